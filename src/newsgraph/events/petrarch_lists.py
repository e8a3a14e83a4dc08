"""PETRARCH's discard list and issue dictionary (`dictionaries.rst`, "Discard List", "Issues List").

**Discards.** One phrase a line (`#` starts a comment). A sentence holding the phrase, starting at a
word's start, codes no event; a phrase written `+PHRASE` stops the whole story (here: the document)
from coding any event. The phrase's last word is a stem ("CHAMPION" also finds "championship")
unless the phrase ends with `_`, when a blank, a punctuation mark or the text's end must follow it.
Matching ignores case. A sentence discard found inside a clause of circumstance (a relative,
adverbial or noun-complement clause, or one after a preposition: "jailed 52 members for playing
in a youth football tournament") does not stop the sentence: the sentence is not about sport or
history; in the main clause, or in what a speaker said, it does. Nor does one in a prepositional phrase of a setting
(at, outside, during, after ...) of a sentence naming harm or an armed doer ("Gunmen opened fire on spectators at a
football match, killing three": `_in_setting`, session 32). Built in: PETRARCH2's `Phoenix.discards.txt`, converted by
scripts/convert_petrarch.py. The document keeps why a sentence coded nothing (`doc.discards`).

**Issues.** `PHRASE [CODE]` lines, optionally inside `<ISSUE CATEGORY="...">` ... `</ISSUE>` sections
(read; they change nothing, as in PETRARCH). In a phrase, `n:word` stands for the noun and its
regular plural, `v:word` for the verb's regular forms (-s, -ed, -ing), and `+` for a blank or a
hyphen (`pre+n:school`: "pre school", "pre-school", "pre schools", "pre-schools"). `~PHRASE` and
`~~PHRASE` are exclusions, as PETRARCH's reader documents them: `~PHRASE` in a sentence cancels
the codes of its own section for that sentence, `~~PHRASE` anywhere in the story cancels them for
the whole story. (PETRARCH's code today lets any exclusion cancel every issue of the sentence;
with its own Phoenix list, where `~~oil` keeps oil stories out of CRIME, no sentence about oil
could then have the OIL issue.) Every event of a sentence gets the sentence's issues as PETRARCH writes
them: each code with the number of the dictionary's phrases the sentence holds. Words are matched
whole, ignoring case and the punctuation around the phrase (a comma or full stop inside breaks it).

A line PETRARCH2's issue reader reads its own way (a phrase with no code: skipped; text after a line's first
`PHRASE [CODE]`: ignored; a `</ISSUE>` that closes no section: ignored) is read so, with a warning naming the
file and line (`read_issues`, `check_lists`). Any other line is an error at load time naming the file and
line (errors.DictionaryError).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..dictionary_files import dictionary_text, no_entries
from ..errors import DictionaryError, InputError
from ..model import trimmed_span

DATA = Path(__file__).parent / "data"
BUILTIN_DISCARDS = DATA / "phoenix_discards.txt"
BUILTIN_ISSUES = DATA / "phoenix_issues.txt"
BUILTIN, NONE = "builtin", "none"  # the names --discards/--issues take besides files
DISCARDS, ISSUES = "discard list", "issue dictionary"  # the two kinds of list file, as messages name them

EDGE_PUNCT = ".,;:!?\"'()[]{}«»“”‘’"
CODE_LINE = re.compile(r"^(?P<phrase>[^\[\]]+?)\s*\[(?P<code>[^\[\]\s]+)\]")  # a line's first PHRASE [CODE]
TAG = re.compile(r'^<ISSUE(?:\s+[A-Z_]+="[^"]*")*\s*>$', re.I)
NOT_A_PHRASE = "[]{}"  # the marks of verb, actor and agent dictionaries (codes, plurals) ...
NOT_A_START = "&$%^~<-"  # ... and of their synsets, slots, patterns and tags


def _words(text: str) -> list[tuple[str, bool, bool]]:
    """(upper-case word without the punctuation around it, punctuation before it, punctuation
    after it) for each blank-separated token."""
    out = []
    for tok in text.upper().split():
        word = tok.strip(EDGE_PUNCT)
        if word is tok:
            out.append((word, False, False))
        elif word:
            lead = len(tok) - len(tok.lstrip(EDGE_PUNCT))
            out.append((word, lead > 0, lead + len(word) < len(tok)))
    return out


def _run(words, i: int, phrase: tuple[str, ...]) -> bool:
    """The words from i on are the phrase's words but its last, with only blanks between them and
    up to its last word (a comma or a full stop inside breaks a phrase)."""
    n = len(phrase)
    if i + n > len(words):
        return False
    for j in range(n - 1):
        w, before, after = words[i + j]
        if w != phrase[j] or after or (j > 0 and before) or (j == n - 2 and words[i + j + 1][1]):
            return False
    return True


# --- discards ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DiscardEntry:
    words: tuple[str, ...]  # upper case, as written (the last one a stem unless whole)
    story: bool  # `+`: the whole story codes nothing
    whole: bool  # `_`: the last word ends where the text's word ends
    written: str  # the line as the dictionary writes it (without its comment)


class Discards:
    """A discard list, compiled into two regular expressions (story and sentence entries), each a
    trie of the phrases' characters, so a text is read once by the regex engine."""

    def __init__(self, entries: list[DiscardEntry]):
        self.entries = entries
        self._by_phrase = {(e.story, " ".join(e.words)): e for e in reversed(entries)}  # the first wins
        self._regexes = [(story, rx) for story in (True, False)
                         if (rx := _trie_regex([e for e in entries if e.story == story])) is not None]
        # for a text whose capitals are longer than its letters ("ß"): the same, case-blind, on the text
        self._blind = [(story, re.compile(rx.pattern, re.IGNORECASE)) for story, rx in self._regexes]

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, text: str) -> list[tuple[DiscardEntry, int, int]]:
        """Every (entry, start, end) whose phrase the text holds, in text order (story entries
        and sentence entries alike; at one place, the longest phrase of each kind)."""
        up = text.upper()  # upper-case text against upper-case phrases: faster than case-blind
        regexes, subject = (self._regexes, up) if len(up) == len(text) else (self._blind, text)
        subject = " " + subject  # (the text's start is a boundary: a blank before it, and offsets one on)
        out = []
        for story, rx in regexes:
            pos = 0
            while (m := rx.search(subject, pos)) is not None:
                # the match is the boundary character and the phrase: the phrase's last character may be the
                # next one's boundary ("U.S.ARMY"), so the next search starts on it, as a lookbehind would see it
                pos = m.end() - 1
                e = self._by_phrase.get((story, " ".join(m.group(0)[1:].upper().split())))
                if e is not None:
                    out.append((e, m.start(), pos))
        out.sort(key=lambda h: h[1])
        return out


def _trie_regex(entries: list[DiscardEntry]) -> re.Pattern | None:
    """One regex for the entries (upper case): a phrase starts a word (at the text's start, after a
    blank or opening punctuation), its words are separated by blanks only, its last word is a stem
    unless the entry is whole (`_`: no letter or digit may follow). At one place the longest
    phrase wins (a trie's continuations are tried before its ends).

    The regex starts with the boundary character itself, not a lookbehind for it: a pattern that opens
    with a set is searched by the engine's own scan for the set's characters, so only the blanks and
    marks (about a fifth of a text) start a try, where a lookbehind was tested at every character (a
    third less time, 112 against 82 microseconds an article). `find` puts a blank before the text and
    takes the phrase's offsets from the character after the boundary."""
    if not entries:
        return None
    trie: dict = {}
    for e in entries:
        node = trie
        for ch in " ".join(e.words):
            node = node.setdefault(ch, {})
        node[""] = node.get("", True) and e.whole  # a stem entry subsumes a whole one

    def emit(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(node[ch]) for ch in sorted(node) if ch]
        if "" in node:
            alts.append(r"(?!\w)" if node[""] else "")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    opening = "".join(re.escape(c) for c in EDGE_PUNCT)
    return re.compile(rf"[\s{opening}]" + emit(trie))


def _discard_line(path: str, n: int, line: str) -> DiscardEntry | None:
    body = line.split("#", 1)[0].strip()
    if not body:
        return None
    story = body.startswith("+")
    phrase = body[1:].strip() if story else body
    whole = phrase.endswith("_")
    phrase = phrase[:-1].rstrip() if whole else phrase
    if not phrase:
        raise DictionaryError(path, n, f"{body!r} has no phrase to discard")
    bad = next((c for c in NOT_A_PHRASE if c in phrase), None) or \
        next((c for c in NOT_A_START if phrase.startswith(c)), None)
    if bad:
        raise DictionaryError(path, n, f"{body!r}: a discard phrase cannot hold {bad!r} "
                                       "(is this a verb, actor or agent dictionary?)")
    if "_" in phrase:
        raise DictionaryError(path, n, f"{body!r}: '_' may only end a phrase (the match must end a word)")
    words = tuple(w.upper() for w in phrase.split())
    return DiscardEntry(words=words, story=story, whole=whole, written=body)


def load_discards(paths: tuple[str, ...] = ()) -> Discards:
    """The discard lists named (files, `builtin`, or `none` for no list); none named: the built-in one."""
    return Discards([e for p in paths or (BUILTIN,) if p != NONE for e in _list_file(DISCARDS, p)])


def _list_file(kind: str, p: str):
    """A discard list's entries, or an issue dictionary's reading (`_issue_file`), read once a process while the
    file is unchanged: check_lists reads each file alone before any work, and the events stage then loads them
    all."""
    return _read_list_file(kind, p, _stamp(_path(kind, p)))


def _path(kind: str, p: str) -> Path:
    return (BUILTIN_DISCARDS if kind == DISCARDS else BUILTIN_ISSUES) if p == BUILTIN else Path(p)


def _stamp(path: Path) -> tuple[int, int] | None:
    """(modification time, size) of a named list file, None where it cannot be read (its reader says why)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


@lru_cache(maxsize=32)
def _read_list_file(kind: str, p: str, stamp: tuple[int, int] | None):
    """`_list_file`'s reading, kept per (kind, name, `stamp`): one cache for both kinds of list."""
    path = _path(kind, p)
    if kind == ISSUES:
        return _issue_file(path, p)
    lines = enumerate(_read(path, p, DISCARDS), 1)
    return tuple(e for n, line in lines if (e := _discard_line(p if p != BUILTIN else str(path), n, line)) is not None)


def _read(path: Path, name: str, what: str) -> list[str]:
    """The list's lines, read as the actor and agent dictionaries are (dictionary_files): a byte that is not
    UTF-8 named by its line (it was the codec's message), a byte-order mark dropped, a folder said to be
    one (it was "not found")."""
    if not path.exists():
        raise InputError(name, f"{what} not found")
    return dictionary_text(str(path), what).splitlines()


# --- issues ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class IssueForm:
    words: tuple[str, ...]
    code: str | None  # None: an exclusion (~, ~~)
    order: int  # the form's place in the dictionary (PETRARCH lists codes in that order)
    section: int  # the <ISSUE> section it is in (the lines outside sections are one more)
    story: bool = False  # ~~: an exclusion found anywhere in the story


class Issues:
    """An issue dictionary: every form of every phrase, indexed by its first word."""

    def __init__(self, forms: list[IssueForm]):
        self.forms = forms
        self._first: dict[str, list[IssueForm]] = {}
        for f in forms:
            self._first.setdefault(f.words[0], []).append(f)

    def __len__(self) -> int:
        return len(self.forms)

    def matches(self, text: str) -> set[IssueForm]:
        words = _words(text)
        found: set[IssueForm] = set()
        for i, (w, *_) in enumerate(words):
            for f in self._first.get(w, ()):
                if _run(words, i, f.words) and words[i + len(f.words) - 1][0] == f.words[-1]:
                    found.add(f)
        return found

    def story_exclusions(self, texts) -> set[int]:
        """The sections a `~~` phrase found in any of the story's texts shuts for the whole story."""
        return {f.section for t in texts for f in self.matches(t) if f.code is None and f.story}

    def codes(self, text: str, shut: set[int] = frozenset()) -> list[tuple[str, int]]:
        """(code, how many of the dictionary's phrase forms the text holds) in dictionary order,
        leaving out the sections in `shut` and those a `~` phrase in the text shuts."""
        found = self.matches(text)
        shut = set(shut) | {f.section for f in found if f.code is None}
        counts: dict[str, list[int]] = {}
        for f in sorted(found, key=lambda f: f.order):
            if f.code is not None and f.section not in shut:
                counts.setdefault(f.code, [f.order, 0])[1] += 1
        return [(code, n) for code, (_, n) in counts.items()]


def _expand(phrase: str) -> list[str]:
    """The forms of a phrase: `+` as a blank or a hyphen, `n:` noun forms, `v:` verb forms."""
    forms = [phrase.upper()]
    while True:  # each round expands one mark of each form, so the rounds end
        nxt, changed = [], False
        for f in forms:
            if "+" in f:
                nxt += [f.replace("+", " ", 1), f.replace("+", "-", 1)]
            elif m := re.search(r"(?<![^\s\-])([NV]):(\S+)", f):
                kind, root = m.group(1), m.group(2)
                head, tail = f[:m.start()], f[m.end():]
                if kind == "N":
                    variants = [root, root[:-1] + "IES" if root.endswith("Y") else root + "S"]
                else:
                    variants = [root, root + "S"] + ([root + "D", root[:-1] + "ING"] if root.endswith("E")
                                                     else [root + "ED", root + "ING"])
                nxt += [head + v + tail for v in variants]
            else:
                nxt.append(f)
                continue
            changed = True
        forms = nxt
        if not changed:
            break
    return forms


def _issue_tag(path: str, n: int, body: str, state: dict, notes: list[str]) -> None:
    """An <ISSUE ...> or </ISSUE> line: opens or closes a section (a stray </ISSUE> is noted and ignored)."""
    if body.upper() == "</ISSUE>":
        if not state.get("open"):  # PETRARCH reads no sections, so it ignores it (Phoenix.IssueCoding.txt has one)
            notes.append(f"{path}:{n}: </ISSUE> closes no <ISSUE ...> section: ignored, as PETRARCH ignores it")
            return
        state["open"] = False
        state["section"] = state.get("section", 0) + 1
    elif TAG.match(body):
        if state.get("open"):
            raise DictionaryError(path, n, "<ISSUE ...> inside another section (close it with </ISSUE>)")
        state["open"] = True
        state["section"] = state.get("section", 0) + 1
    else:
        raise DictionaryError(path, n, f"{body!r} is not <ISSUE CATEGORY=\"...\"> or </ISSUE>")


def _issue_line(path: str, n: int, line: str, state: dict, notes: list[str]) -> tuple[str, str] | None:
    """(phrase, code, or `~`/`~~` for an exclusion) for a phrase line; None for a tag, a blank line or a
    line PETRARCH2's reader skips. What that reader reads its own way (a phrase with no code: skipped; text
    after the first [CODE]: ignored) is read so, with a note in `notes` naming file and line."""
    body = line.split("#", 1)[0].strip()
    if not body:
        return None
    if body.startswith("<"):
        _issue_tag(path, n, body, state, notes)
        return None
    if body.startswith("~"):
        phrase = body.lstrip("~").strip()
        if not phrase or "[" in phrase or "]" in phrase:
            raise DictionaryError(path, n, f"{body!r}: an exclusion is '~' or '~~' and a phrase, with no code")
        return phrase, "~~" if body.startswith("~~") else "~"
    if "[" not in body:
        notes.append(f"{path}:{n}: issue phrase {body!r} has no [CODE]: skipped, as PETRARCH skips it")
        return None
    m = CODE_LINE.match(body)
    if m is None:
        raise DictionaryError(path, n, f"{body!r}: expected PHRASE [CODE]")
    if m.end() < len(body):  # "a [X]b [X]", "a [X] [X]": PETRARCH takes the first phrase and code
        notes.append(f"{path}:{n}: text after the code ignored: read as {m.group(0)!r}, as PETRARCH reads it")
    bad = re.search(r"(?<![^\s\-+])([A-Za-z]):", m.group("phrase"))
    if bad and bad.group(1).lower() not in "nv":
        raise DictionaryError(path, n, f"{body!r}: unknown expansion {bad.group(0)!r} (n: nouns, v: verbs)")
    return m.group("phrase"), m.group("code").upper()


def read_issues(paths: tuple[str, ...] = ()) -> tuple[Issues | None, list[str]]:
    """The issue dictionaries named (files or `builtin`; None when none is named: issues are optional) and a
    note for each line read PETRARCH's way (file and line), for a warning before any work."""
    forms: list[IssueForm] = []
    notes: list[str] = []
    sections = 0  # each file's sections are its own
    for p in paths:
        if p == NONE:
            continue
        phrases, file_notes, file_sections = _list_file(ISSUES, p)
        forms += [IssueForm(words=words, code=code, order=len(forms) + i, section=sections + section, story=story)
                  for i, (words, code, section, story) in enumerate(phrases)]
        notes += file_notes
        sections += file_sections
    return (Issues(forms) if forms else None), notes


def _issue_file(path: Path, p: str) -> tuple[tuple, tuple[str, ...], int]:
    """One issue dictionary: its phrase forms as (words, code or None for an exclusion, section in the file,
    whether a `~~` exclusion), the notes on lines read PETRARCH's way, and how many sections it holds."""
    name = str(path) if p == BUILTIN else p
    state: dict = {}
    phrases, notes = [], []
    for n, line in enumerate(_read(path, p, ISSUES), 1):
        got = _issue_line(name, n, line, state, notes)
        if got is None:
            continue
        phrase, code = got
        exclusion = code.startswith("~")
        for f in _expand(phrase):
            words = tuple(w[0] for w in _words(f))
            if words:
                phrases.append((words, None if exclusion else code, state.get("section", 0), code == "~~"))
    if state.get("open"):
        raise DictionaryError(name, n, "an <ISSUE ...> section is not closed with </ISSUE>")
    return tuple(phrases), tuple(notes), state.get("section", 0) + 1


def load_issues(paths: tuple[str, ...] = ()) -> Issues | None:
    """The issue dictionaries named (files or `builtin`); None when none is named (issues are optional)."""
    return read_issues(paths)[0]


# --- applying them to a document ---------------------------------------------------------------------

# clauses that tell the circumstances of a sentence's news, not what it is about: a relative or
# noun-complement clause, an adverbial clause, a clause after a preposition
ASIDE_CLAUSES = frozenset({"acl", "relcl", "advcl", "pcomp"})


def _token_at(sent, char: int):
    """The token of `sent` the character offset `char` falls in. `discarded` passes a discard match's first
    character, never a blank, in the sentence it picked for it; every character of a text but the one blank after
    a token is in a token, so there always is one (session 33: the None default was never reached)."""
    return next(t for t in sent if t.idx <= char < t.idx + len(t.text))


def _aside(sent, char: int) -> bool:
    """The discard phrase starting at `char` stands in a clause of circumstance ("jailed 52 members
    ... for playing in a youth football tournament", "demanded an admission that Soviet forces
    murdered Polish officers during World War Two"): the sentence is not about sport or history,
    its main clause codes as usual. A phrase of the main clause, or of what a speaker said (a
    complement clause), discards the sentence."""
    tok = _token_at(sent, char)
    while tok.head.i != tok.i:
        if tok.dep_ in ASIDE_CLAUSES:
            return True
        tok = tok.head
    return False


# (session 32) prepositions of a setting, where or when the news happened ("at a football match", "outside the
# stadium", "during a league match", "after the derby"); not "in" ("clashed in the cup final": the game itself)
SETTING_PREPS = frozenset({"at", "outside", "near", "inside", "during", "after", "before", "following", "around"})
# harm or an armed doer named in the sentence: what makes a setting's sport the place of real violence
HARM_NAMED = re.compile(r"\b(?:killed|killing|dead|died|deaths?|wounded|wounding|injured|injuring|stabbed|"
                        r"gunm[ae]n|militants?|attackers?|assailants?|bombs?|bombers?|bombings?|explosions?|blasts?|"
                        r"explosives?|grenades?|opened\s+fire)\b", re.IGNORECASE)


def _in_setting(sent, char: int) -> bool:
    """The discard phrase starting at `char` stands in a prepositional phrase of a setting (SETTING_PREPS) and the
    sentence names harm or an armed doer (HARM_NAMED): "Gunmen opened fire on spectators at a football match,
    killing three" is about the shooting, the game only where it happened (ACLED codes such attacks). A sport
    sentence names no casualty ("Brazil beat Argentina at the football stadium" stays discarded)."""
    tok = _token_at(sent, char)
    while tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ in SETTING_PREPS:
            return bool(HARM_NAMED.search(sent.text))
        tok = tok.head
    return False


def discarded(discards: Discards, doc, parse, kinds=("body", "title")) -> tuple[list, set[int]]:
    """(the document's Discard records, the start offsets of the parse's sentences that code no
    event). A story discard anywhere in the event-bearing sections stops the whole document: its
    first match is the one record, and every sentence is in the set."""
    from ..model import Discard

    if not len(discards):
        return [], set()
    hits = [(e, sec.start + a, sec.start + b) for sec in doc.sections if sec.kind in kinds
            for e, a, b in discards.find(sec.text)]
    if not hits:
        return [], set()
    sents = list(parse.doc.sents)
    story = next((h for h in hits if h[0].story), None)
    if story is not None:
        hits = [story]
    records, skip = [], set()
    for e, a, b in hits:
        sent = next((s for s in sents if s.start_char <= a < s.end_char), None)
        if sent is None or sent.start_char in skip:
            continue  # one record per sentence: its first phrase
        if story is None and (_aside(sent, a) or _in_setting(sent, a)):
            continue
        skip.add(sent.start_char)
        records.append(Discard(scope="story" if e.story else "sentence", phrase=e.written, start=a, end=b,
                               text=doc.text[a:b], sentence=trimmed_span(doc.text, sent.start_char, sent.end_char)))
    if story is not None:
        skip = {s.start_char for s in sents}
    return records, skip


def tag_issues(issues: Issues, doc) -> None:
    """Give every event the issue codes of its sentence (and of the sentences restating it: counts
    add up), as PETRARCH writes a sentence's issues on each of its events."""
    from ..model import Issue

    if not doc.events:
        return
    shut = issues.story_exclusions(sec.text for sec in doc.sections if sec.kind in ("body", "title"))
    cache: dict[tuple[int, int], list[tuple[str, int]]] = {}
    for ev in doc.events:
        total: dict[str, int] = {}
        for sp in ([ev.evidence] if ev.evidence else []) + list(ev.restatements):
            key = (sp.start, sp.end)
            if key not in cache:
                cache[key] = issues.codes(doc.text[sp.start:sp.end], shut)
            for code, n in cache[key]:
                total[code] = total.get(code, 0) + n
        ev.issues = [Issue(code=c, count=n) for c, n in total.items()]


def check_lists(discards: tuple[str, ...] = (), issues: tuple[str, ...] = ()) -> list[str]:
    """Load the user's --discards and --issues files one by one, so a bad line is reported before any work
    starts; return a warning for each file that holds no phrase, and for discard lists that, all empty,
    replace the built-in list with nothing (`none` is the way to say that)."""
    files = [p for p in discards if p not in (NONE, BUILTIN)]
    warnings = [no_entries(p, DISCARDS, "phrase") for p in files if not len(load_discards((p,)))]
    if files and len(warnings) == len(files) and BUILTIN not in discards:
        warnings.append("the --discards lists hold no phrase: nothing is discarded (`--discards none` says so)")
    for p in (p for p in issues if p not in (NONE, BUILTIN)):
        loaded, notes = read_issues((p,))
        warnings += ([no_entries(p, ISSUES, "phrase")] if loaded is None else []) + notes
    return warnings
