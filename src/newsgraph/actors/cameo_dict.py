"""User dictionaries in the CAMEO/TABARI/PETRARCH format (`--actors FILE`, `--agents FILE`).

Actors file: an entry line `NAME [CODE]` (words joined by `_` or spaces), optional `+SYNONYM`
lines, and code lines, possibly indented on their own lines and date-restricted:
    [IRQGOV >20060520]   from that date on      [HOB <950601]   before that date
    [HOBGOV 19950601 - 19990815]   within the range   [---]   discard (not an actor)
Dates are YYYYMMDD or TABARI's YYMMDD (YY 00-30 is 20YY, else 19YY; a day the calendar has not is an error). `#` starts a comment
(in actors files `;` too, KEDS/TABARI's); `<!-- ... -->` comments may span lines.
A compound actor's codes are joined by `/` (`THE_SHIRE [FRO/BIL/SAM]`, dated as any code:
`[ELR/GAL >950601]`): the name stands for a group of actors, and an event it takes part in is coded
once for each of them, as PETRARCH's coder expands `XXX/YYY` codes into its source and target lists.
Agents file: `NAME {PLURAL} [~CODE]` (`~CODE` appended to the actor's country, `CODE~` put
before it), `{}` = no plural form, and substitution sets `!PERSON! = MAN, MEN, WOMAN, WOMEN`.
A line that cannot be read raises DictionaryError naming the file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
import datetime
from functools import lru_cache

from ..dictionary_files import dictionary_text, no_entries, without_block_comments
from ..errors import DictionaryError


@dataclass(frozen=True)
class DatedCode:
    code: str  # '' means discard ('---')
    after: str | None = None  # YYYYMMDD, inclusive
    before: str | None = None  # YYYYMMDD, exclusive (a day after the dictionary's inclusive limit)


# TABARI reads a phrase whose last word does not end in `_` as a stem ("ARGENTIN" is Argentina,
# Argentine, Argentinian). Any continuation would make "PLO" match "plot" and "ENT" "entire": a stem
# takes only the endings of plurals and of the country and people words news writes.
STEM_ENDINGS = ("s", "es", "a", "e", "i", "n", "ns", "is", "an", "ans", "ia", "ian", "ians", "ese", "ine", "ines",
                "ish", "ic", "ics")


@dataclass
class ActorEntry:
    phrases: list[str]
    codes: list[DatedCode] = field(default_factory=list)
    line: int = 0
    stems: set[str] = field(default_factory=set)  # the phrases written without a final `_`

    def stem_forms(self) -> list[str]:
        """The forms its stems match besides themselves: each stem with the endings it may take."""
        return [p + ending for p in self.phrases if p in self.stems for ending in STEM_ENDINGS]

    def code_at(self, date: str | None) -> str | None:
        """The code in force at `date` (ISO or YYYYMMDD); restricted codes win over the default."""
        d = date.replace("-", "")[:8] if date else None
        default = None
        for c in self.codes:
            if c.after is None and c.before is None:
                default = default if default is not None else c.code
                continue
            if d is None:
                continue
            if (c.after is None or d >= c.after) and (c.before is None or d < c.before):
                return c.code
        if default is None and d is None and self.codes:
            default = self.codes[-1].code  # undated document: the most recent restriction
        return default


@dataclass(frozen=True)
class AgentEntry:
    phrase: str
    code: str
    prefix: bool  # CODE~ goes before the country code
    line: int = 0
    plural: bool = False  # a plural form: the {PLURAL} the file spells or the regular one PETRARCH makes


_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_CODE = re.compile(r"^[A-Za-z0-9]{2,15}$|^---$|^\+\+\+$|^###$")
_RANGE = re.compile(r"^(\d{6,})\s*-\s*(\d{6,})$")
_BOUND = re.compile(r"^([<>])\s*(\d{6,})$")
_SUBST = re.compile(r"^(![A-Za-z0-9_]+!)\s*=\s*(.+)$")
_PLURAL = re.compile(r"\{([^}]*)\}")


def _date(path: str, n: int, s: str, notes: list[str] | None = None) -> str:
    """YYYYMMDD of a restriction's date; a day the calendar has not is an error, as PETRARCH's
    reader refuses it (its DateError: "could not be interpreted"). Other lengths are read as PETRARCH's
    dstr_to_ordate reads them (up to 7 digits: YYMMDD, the rest ignored; more: the first 8 as YYYYMMDD):
    the production Phoenix dictionaries hold such typos ("9008223", "1920030320"), and refusing them
    made those files unusable. Each is noted in `notes` for a warning naming the file and line."""
    if len(s) not in (6, 8):
        read = s[:6] if len(s) < 8 else s[:8]
        _note(notes, path, n, f"date {s!r} read as {read!r}, as PETRARCH reads it (up to 7 digits: YYMMDD, else YYYYMMDD)")
        s = read
    if len(s) == 6:  # TABARI YYMMDD: 00-30 are 20YY, 31-99 19YY (PETRARCH2's dstr_to_ordate, "as KEDS and TABARI")
        s = ("20" if int(s[:2]) <= 30 else "19") + s
    try:
        datetime.date(int(s[:4]), int(s[4:6]), int(s[6:]))
    except ValueError:
        raise DictionaryError(path, n, f"bad date {s!r} in a date restriction (no such day)") from None
    return s


def _strip_comments(lines: list[str]) -> list[tuple[int, str]]:
    """(line number, text) with `#` and `<!-- -->` comments removed."""
    return [(n, s.split("#", 1)[0]) for n, s in without_block_comments(lines)]


def _phrase(name: str) -> str:
    words = [w for w in re.split(r"[_\s]+", name.strip()) if w]
    return " ".join(words).lower()


def _add_phrase(entry: ActorEntry, name: str) -> None:
    phrase = _phrase(name)
    entry.phrases.append(phrase)
    if not name.strip().endswith("_"):
        entry.stems.add(phrase)


def split_codes(code: str | None) -> list[str]:
    """The codes of an actor code: a compound actor's `FRO/BIL/SAM` is three, any other code one."""
    return code.split("/") if code else []


def _compound(path: str, n: int, code: str) -> str:
    """`ABC/DEF`: each part a code of its own; an empty part or a discard inside is an error."""
    parts = code.split("/")
    for p in parts:
        if not p:
            raise DictionaryError(path, n, f"bad compound actor code {code!r} (an empty code beside '/')")
        if not _CODE.match(p) or p in ("---", "+++", "###"):
            raise DictionaryError(path, n, f"bad code {p!r} in compound actor code {code!r} "
                                           "(expected 2-15 letters or digits)")
    return "/".join(p.upper() for p in parts)


def _note(notes: list[str] | None, path: str, n: int, what: str) -> None:
    """A line read PETRARCH's way, for the warning `check` gives (None: the caller wants no notes)."""
    if notes is not None:
        notes.append(f"{path}:{n}: {what}")


def irregular_block(block: str, where: str) -> str | None:
    """Why a code block's body is not in the form dictionaries.rst gives, or None: an error, or a reading
    PETRARCH's reader makes of a typo (a date of seven or nine digits, a range that ends before it
    starts). The converter keeps such blocks out of the shipped tables (scripts/convert_petrarch.py)."""
    notes: list[str] = []
    try:
        _parse_code(where, 0, block, notes)
    except DictionaryError as exc:
        return str(exc)
    return notes[0] if notes else None


def _parse_code(path: str, n: int, block: str, notes: list[str] | None = None) -> DatedCode | None:
    """A code block's code and date restriction; None for one PETRARCH skips (with a note in `notes`)."""
    parts = block.strip().split(None, 1)
    if not parts:
        raise DictionaryError(path, n, "empty code block []")
    code = parts[0]
    rest = parts[1].strip() if len(parts) > 1 else ""
    if rest == "" and re.match(r"^[A-Za-z0-9/-]+[<>]", code):  # [ONO<911226]
        m = re.match(r"^([A-Za-z0-9/-]+)([<>].*)$", code)
        code, rest = m.group(1), m.group(2)
    if "/" in code:
        code = _compound(path, n, code)
    elif not _CODE.match(code):
        raise DictionaryError(path, n, f"bad actor code {code!r} (expected 2-15 letters or digits, or ---)")
    else:
        code = "" if code in ("---", "+++", "###") else code.upper()  # TABARI null/discard codes
    if not rest:
        return DatedCode(code)
    m = _BOUND.match(rest)
    if m:
        d = _date(path, n, m.group(2), notes)
        # PETRARCH reads the limits as "or equal to" (dictionaries.rst): <D includes the day D
        return DatedCode(code, before=str(int(d) + 1)) if m.group(1) == "<" else DatedCode(code, after=d)
    m = _RANGE.match(rest)
    if m:
        a, b = _date(path, n, m.group(1), notes), _date(path, n, m.group(2), notes)
        if a > b:  # PETRARCH skips the line with a warning; the Phoenix dictionaries hold two
            _note(notes, path, n, f"date range {rest!r} ends before it starts: this code is skipped, as PETRARCH skips it")
            return None
        # the end day is part of the range
        return DatedCode(code, after=a, before=str(int(b) + 1))
    if re.fullmatch(r"\d{6,}", rest):  # no <, > or range: PETRARCH keeps the code as a default one
        _note(notes, path, n, f"date {rest!r} with no <, > or range: read as {code or '---'} with no date, as PETRARCH reads it")
        return DatedCode(code)
    raise DictionaryError(path, n, f"bad date restriction {rest!r} (expected <DATE, >DATE or DATE - DATE)")


def _read(path: str, what: str) -> list[str]:
    return dictionary_text(path, what).splitlines()


def parse_actors(path: str) -> list[ActorEntry]:
    return read_actors(path)[0]


def read_actors(path: str) -> tuple[list[ActorEntry], list[str]]:
    """An actor file's entries, and a note (file:line: what) for each line read PETRARCH's way."""
    notes: list[str] = []
    entries: list[ActorEntry] = []
    cur: ActorEntry | None = None
    for n, s in _strip_comments(_read(path, "actor dictionary")):
        s = s.split(";", 1)[0]  # the KEDS/TABARI comment PETRARCH's actor reader ignores ("NAME_ ; source")
        if not s.strip():
            continue
        if s.strip().startswith("+") and "[" not in s and "]" in s:  # "+FAEROYENE]_" in the Phoenix countries
            _note(notes, path, n, f"synonym {s.strip()!r} holds a stray ']': it could match no text; skipped")
            continue
        if s.count("[") != s.count("]"):
            raise DictionaryError(path, n, "unbalanced [ ] in code block")
        stripped = s.strip()
        if stripped.startswith("+"):
            if cur is None:
                raise DictionaryError(path, n, "synonym line (+NAME) before any actor entry")
            name = _CODE_BLOCK.sub("", stripped[1:])
            if _phrase(name):
                _add_phrase(cur, name)
            for block in _CODE_BLOCK.findall(stripped):
                cur.codes += [c for c in [_parse_code(path, n, block, notes)] if c is not None]
            continue
        if stripped.startswith("["):  # a code line belonging to the current entry
            if cur is None:
                raise DictionaryError(path, n, "code line before any actor entry")
            for block in _CODE_BLOCK.findall(stripped):
                cur.codes += [c for c in [_parse_code(path, n, block, notes)] if c is not None]
            continue
        name = _CODE_BLOCK.sub("", stripped)
        if not _phrase(name):
            raise DictionaryError(path, n, "entry has no name")
        if "]" in name or "[" in name:
            raise DictionaryError(path, n, "stray bracket in actor name")
        if cur is None or cur.codes:
            cur = ActorEntry(phrases=[], line=n)
            entries.append(cur)
        # else a name after one with no code yet: PETRARCH gives both the codes that follow (the Phoenix
        # dictionaries' "IVO_JOSIPOVIC_ / PRESIDENT_JOSIPOVIC_ / JOSIPOVIC_ / <tab>[HRVGOV ...]")
        _add_phrase(cur, name)
        for block in _CODE_BLOCK.findall(stripped):
            cur.codes += [c for c in [_parse_code(path, n, block, notes)] if c is not None]
    for e in entries:
        if not e.codes:
            raise DictionaryError(path, e.line, f"actor {e.phrases[0].upper()!r} has no [CODE]")
    return entries, notes


def parse_agents(path: str) -> list[AgentEntry]:
    return read_agents(path)[0]


def read_agents(path: str) -> tuple[list[AgentEntry], list[str]]:
    """An agent file's entries, and a note (file:line: what) for each line read PETRARCH's way."""
    notes: list[str] = []
    subst: dict[str, list[str]] = {}
    out: list[AgentEntry] = []
    for n, s in _strip_comments(_read(path, "agent dictionary")):
        stripped = s.strip()
        if not stripped:
            continue
        m = _SUBST.match(stripped)
        if m:
            subst[m.group(1).upper()] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        if "[" not in stripped:  # PETRARCH: "Codes are required for agents; line skipped"
            _note(notes, path, n, f"agent {stripped!r} has no [CODE]: skipped, as PETRARCH skips it")
            continue
        closed = re.sub(r"\[([^\[\]{}]*)\}\s*$", r"[\1]", stripped)
        if closed != stripped:  # "[~ENV}": dictionaries.rst's own examples close a code so
            _note(notes, path, n, f"code block closed by '}}': read as {closed[closed.index('['):]!r}")
            stripped = closed
        blocks = _CODE_BLOCK.findall(stripped)
        if len(blocks) != 1 or stripped.count("[") != 1:
            raise DictionaryError(path, n, "agent line needs exactly one [CODE] block")
        raw = blocks[0].replace(" ", "")
        prefix = raw.endswith("~")
        if not (raw.startswith("~") or prefix):
            raise DictionaryError(path, n, f"agent code {raw!r} must start or end with ~")
        code = raw.strip("~").upper()
        if not _CODE.match(code):
            raise DictionaryError(path, n, f"bad agent code {code!r}")
        body = _CODE_BLOCK.sub("", stripped)
        if body.count("{") != body.count("}") or len(_PLURAL.findall(body)) != body.count("{"):
            raise DictionaryError(path, n, "unbalanced { } around the plural forms")  # PETRARCH: "Missing '}'"
        plurals = _PLURAL.findall(body)
        name = _PLURAL.sub("", body).strip()
        names = _expand(name, subst, path, n)
        many = []
        if plurals:  # {PLURAL, FORMS}; {} = no plural
            many = [_phrase(p) for p in plurals[0].split(",") if _phrase(p)]
        elif "!" not in name:  # regular plural (substitution sets list their own forms)
            many = [_plural(p) for p in names]
        for f, plural in [(f, False) for f in names] + [(f, True) for f in many]:
            out.append(AgentEntry(phrase=_phrase(f), code=code, prefix=prefix, line=n, plural=plural))
    return out, notes


def _plural(phrase: str) -> str:
    """The regular plural PETRARCH generates for an agent ('S', 'ES' after S, 'IES' for Y:
    AUTHORITY -> authorities), in English spelling (an envoy's plural stays envoys)."""
    if phrase.endswith("y") and len(phrase) > 1 and phrase[-2] not in "aeiou":
        return phrase[:-1] + "ies"
    return phrase + ("es" if phrase.endswith(("s", "x", "ch", "sh")) else "s")


def _expand(name: str, subst: dict[str, list[str]], path: str, n: int) -> list[str]:
    m = re.search(r"![A-Za-z0-9_]+!", name)
    if not m:
        return [_phrase(name)]
    key = m.group(0).upper()
    if key not in subst:
        raise DictionaryError(path, n, f"unknown substitution set {key}")
    out = []
    for w in subst[key]:
        out += _expand(name[: m.start()] + w + name[m.end():], subst, path, n)
    return out


@lru_cache(maxsize=16)
def load(actor_paths: tuple[str, ...], agent_paths: tuple[str, ...]) -> tuple[list[ActorEntry], list[AgentEntry]]:
    """Parse (once per process) the dictionaries a run names; later files override earlier ones."""
    actors = [e for p in actor_paths for e in _parsed(p, "actors")[0]]
    agents = [e for p in agent_paths for e in _parsed(p, "agents")[0]]
    return actors, agents


@lru_cache(maxsize=32)
def _parsed(path: str, kind: str) -> tuple[list, list[str]]:
    """One file's entries and notes, parsed once a process whether `load` or `check` asks first."""
    return read_actors(path) if kind == "actors" else read_agents(path)


def check(actor_paths: tuple[str, ...], agent_paths: tuple[str, ...]) -> list[str]:
    """Load the user's dictionaries (a bad line raises DictionaryError naming file and line) and return a
    warning for each file that holds no entry (it loads, but the user who named it meant something by it)
    and for each date read PETRARCH's way from an odd number of digits."""
    load(actor_paths, agent_paths)
    files = [(p, kind) for kind, paths in (("actors", actor_paths), ("agents", agent_paths)) for p in paths]
    return [no_entries(p, f"{kind[:-1]} dictionary", kind[:-1]) for p, kind in files if not _parsed(p, kind)[0]] \
        + [note for p, kind in files for note in _parsed(p, kind)[1]]


# --- user countries: names a dictionary gives a bare primary code ---------------------------------
# PETRARCH composes codes by concatenation: an actor's code plus an agent's ("Freedonia" [FRE] +
# "foreign minister" [~GOVFRM] = FREGOVFRM). For that, newsgraph must see a dictionary name with a
# bare three-letter code as a country: its modifiers ("Freedonia's", "Freedonian") then give role
# nouns their country exactly as "Poland's" and "Polish" do.

# Three-letter primary codes that are not states (CAMEO international and non-state actor types,
# and the sector codes that a dictionary may give a name on its own).
NON_STATE = frozenset({
    "IGO", "NGO", "NGM", "IMG", "MNC", "UAF", "REB", "MIL", "GOV", "OPP", "PTY", "COP", "JUD", "SPY",
    "MED", "EDU", "BUS", "CRM", "CVL", "LAB", "LEG", "REF", "AGR", "ELI", "HLH", "HRI", "REL", "SET",
})
_LETTERS3 = re.compile(r"^[A-Z]{3}$")


def country_part(code: str | None) -> str | None:
    """The state part of a dictionary code: its first three letters unless they name a non-state
    actor type. ("FREGOV" -> "FRE", "IGOUNO" -> None.) A compound actor's codes (`ISRGOV/ISRMIL`)
    have one only when all of them share it."""
    if code and "/" in code:
        heads = {country_part(c) for c in split_codes(code)}
        return heads.pop() if len(heads) == 1 else None
    if not code or len(code) < 3 or not _LETTERS3.match(code[:3].upper()):
        return None
    head = code[:3].upper()
    return None if head in NON_STATE else head


def compose(code: str, agent: str, prefix: bool) -> str:
    """Actor code + agent code as PETRARCH joins them (`~CODE` after, `CODE~` before); each code of a
    compound actor takes the agent ("Lorien's soldiers", LORIEN [ELR/GAL]: ELRMIL/GALMIL)."""
    return "/".join((agent + c) if prefix else (c + agent) for c in split_codes(code))


def _adjectival(name: str) -> list[str]:
    """Adjectival and plural forms derived from a country name the dictionary gives without them:
    Freedonia -> Freedonian(s), Cuba -> Cuban(s). Other endings are left to the dictionary's own
    `+VARIANT` lines."""
    if name.endswith("ia") or name.endswith("a"):
        return [name + "n", name + "ns"]
    return []


def user_countries(entries, date: str | None) -> dict[str, str]:
    """lower-case name -> code for every dictionary entry whose code in force at `date` is a bare
    three-letter state code, with its variants and (after the dictionary's own names, which win)
    derived adjectival forms."""
    out: dict[str, str] = {}
    derived: dict[str, str] = {}
    for e in entries:
        code = e.code_at(date)
        if not code or len(code) != 3 or country_part(code) is None:
            continue
        for p in e.phrases:
            out.setdefault(p, code)
            for a in _adjectival(p):
                derived.setdefault(a, code)
        for p in e.stem_forms():
            derived.setdefault(p, code)
    for k, v in derived.items():
        out.setdefault(k, v)
    return out


class WithUserCountries:
    """The country tables seen by one article coded with user dictionaries: dictionary country
    names and their adjectival forms first, then the built-in tables."""

    def __init__(self, t, names: dict[str, str]):
        self._t = t
        self._names = names

    def __getattr__(self, name):
        return getattr(self._t, name)

    def country_of(self, text: str) -> str | None:
        low = " ".join(text.split()).lower()
        for cand in (low, low.removeprefix("the ")):
            for form in (cand, cand[:-2] if cand.endswith(("'s", "’s")) else None):
                if form and form in self._names:
                    return self._names[form]
        return self._t.country_of(text)
