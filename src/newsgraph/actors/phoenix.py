"""The Phoenix actor dictionaries (PETRARCH2, MIT; converted by scripts/convert_petrarch.py into
events/data/phoenix_actors.tsv) as the last source of actor codes.

Our own knowledge base and the article's context come first (they date current office holders
and read titles); a name they leave without a code, or with a country guessed only from the
article's focus, takes the dictionary's code in force on the document date: international bodies
("the U.N. Security Council" -> IGOUNO), countries the tables miss, and past office holders.
"""

from __future__ import annotations

import calendar
import re

from rapidfuzz.distance import Indel
from spacy.attrs import IDX, LENGTH

from ..columns import column_list
from ..spans import token_span
from . import cameo_dict
from .article import strip_the
from .phoenix_table import _without_acronym, entries

FILL_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


class PhoenixActors:
    """Lookup of the Phoenix names ending a mention (a dictionary of phrases: a mention is short,
    so its suffixes are looked up directly, with no phrase matcher to build)."""

    def __init__(self):
        from .tables import big_cities

        self.phrases = entries()
        big_cities()  # read now, not in the first article that names a place
        # built now too, not when the first person needs them: a pipeline is built once before its
        # workers fork, so they share these instead of each building its own (0.05-0.4 s of CPU a
        # worker, the more the larger its heap)
        self.short = _first_and_last(self.phrases)
        self.by_first = _by_first_name(self.phrases)
        self.acronyms = _cached_acronyms(self.phrases)
        self.firsts, self.lasts = _name_part_counts(self.by_first)

    def code_for(self, sd, i: int, j: int, date, text: str | None = None) -> str | None:
        """The code of the longest dictionary name inside tokens [i, j) that ends at j (its head). `text`: the
        Doc's text (`sd.text`), when the caller has it: the span's words are then a slice of it, where
        `Span.text` would make a Token for each word to join their texts (about 3 us for five words)."""
        return _coded(self.entry_for(sd, i, j, text), date)

    def entry_for(self, sd, i: int, j: int, text: str | None = None):
        """The entry of the longest dictionary name inside tokens [i, j) that ends at j, or None (code_for)."""
        if i >= j:
            return None
        idx = column_list(sd, IDX)  # (each suffix's start: no Token made for it either)
        if text is not None and 0 <= i and j <= len(idx):
            base = idx[i]
            whole = text[base:idx[j - 1] + column_list(sd, LENGTH)[j - 1]]  # Span.text: start_char to end_char
        else:
            span = token_span(sd, i, j)
            whole, base = span.text, span.start_char
        for k in range(i, j):  # each suffix is a slice of the span's text (the first is the whole of it)
            words = " ".join((whole if k == i else whole[idx[k] - base:]).lower().split())
            entry = self.phrases.get(words)
            if entry is not None:
                return entry
        return None

    def acronym_code(self, name: str, date, spelt: tuple[str, ...] = ()) -> str | None:
        """ "OSCE", "ECCAS", "CPJ": capitals that spell the initials of one international body the
        dictionary lists only by its full name ("organization for security and co-operation in
        europe"). A capitalised acronym of three to six letters that the dictionary lists as a phrase
        is coded by code_for; one whose initials no body or more than one spells is left alone, and so is
        one the article spells out (`spelt`: the actor's names of several words) as another name: "the
        Securities and Exchange Commission ... the SEC" is no "sunsat energy council" (a spelling of the
        body's own name, "Food and Agriculture Organisation", is still that body). Three capitals the article
        does not spell out are coded only when the dictionary states them as the body's acronym: a guess from
        three initials names one of the dictionary's few bodies where news means many it lacks (the SEC, the
        FDA, the Fed are no "sunsat energy council", "foundation for democracy in africa", "foundation for
        education for democracy"); the knowledge base names the well-known ones (WHO, IMF, ICC)."""
        if not (name.isupper() and name.isalpha() and 3 <= len(name) <= 6):
            return None
        entry = self.acronyms.get(name.lower())  # (an international body's: no country to fall back on)
        if entry is None:
            return None
        spelt_out = any(_spelling_of(s, entry) for s in spelt)
        if (spelt and not spelt_out) or not (spelt_out or len(name) > 3 or _states(entry, name)):
            return None  # three capitals alone, as a guess, name too many bodies the dictionary lacks: no code
        return entry.code_at(date)

    def person_code(self, sd, i: int, j: int, date) -> str | None:
        """ "Carlos Menem" for the dictionary's "carlos saul menem": a two-word name that is the
        first and last word of exactly one longer dictionary name (news drops middle names), or
        a misspelling of one (_spelt_otherwise)."""
        return _coded(self.person_entry(sd, i, j), date)

    def person_entry(self, sd, i: int, j: int):
        """The entry person_code reads, or None."""
        if j - i != 2:
            return None
        first, last = sd[i].lower_, sd[j - 1].lower_
        return self.short.get((first, last)) or self._spelt_otherwise(first, last)

    def common_name(self, first: str, last: str) -> bool:
        """Both words of a name open or close many of the dictionary's names ("John Smith", "Jose Costa"): a
        match of its first and last word to one longer name ("john hilary smith") is then one namesake of many
        the world has, not evidence of that person (fill asks the article for more)."""
        return self.firsts.get(first, 0) >= COMMON_FIRST and self.lasts.get(last, 0) >= COMMON_LAST

    def _spelt_otherwise(self, first: str, last: str):
        """ "Francois Mitterand", "Juvenal Habyariman": the one dictionary person with that first name
        whose surname differs by a letter or two (wire copy misspells and transliterates names)."""
        if len(last) < 5 or not last.isalpha():
            return None
        # rapidfuzz's Indel similarity, as _spelling_of measures: twice the longest common subsequence over the
        # two lengths, so two swapped letters ("moltreer" for "molterer") cost what they are, where difflib's
        # greedy matching blocks lost a whole block to them (0.75). Its cutoff skips the far namesakes of a
        # common first name early, as difflib's bounds did
        found = {}
        for other, e in self.by_first.get(first, ()):
            if other[0] == last[0] and other != last and Indel.normalized_similarity(other, last, score_cutoff=0.85):
                found[id(e)] = e
        return next(iter(found.values())) if len(found) == 1 else None


# words an acronym skips ("Organization for Security and Co-operation in Europe": OSCE)
ACRONYM_SKIPS = frozenset({"of", "for", "and", "the", "in", "on", "to", "&"})
# nouns that make a dictionary phrase a body's name, not a person's or a place's: only bodies are
# named by their initials in news ("Juan Manuel Suarez del Toro Rivero" is never "JMSDTR")
BODY_NOUNS = frozenset({"organization", "organisation", "community", "union", "council", "committee", "commission",
                        "agency", "fund", "programme", "program", "association", "federation", "movement",
                        "states", "league", "court", "bank", "forum", "foundation", "institute", "front",
                        "alliance", "conference", "cooperation", "co-operation", "watch", "office", "authority",
                        "network", "centre", "center", "society", "societies", "tribunal", "parliament", "assembly"})
# the nouns of a body's name and of an armed group's, whose initials a stated acronym competes with
ORGANISATION_NOUNS = BODY_NOUNS | {"army"}
# the CAMEO primaries of international bodies: an acronym stands for one, and its officers carry its code (codes)
INTERNATIONAL = frozenset({"IGO", "NGO", "IMG"})


def _initials(phrase: str, split_hyphens: bool) -> str | None:
    """The initials of a name of three words or more, its function words skipped; with `split_hyphens`
    each part of a hyphenated word counts ("asia-pacific economic cooperation": apec)."""
    words = [w for w in (phrase.replace("-", " ") if split_hyphens else phrase).split() if w not in ACRONYM_SKIPS]
    if len(words) < 3 or not all(w[0].isalpha() for w in words):
        return None
    return "".join(w[0] for w in words)


def _acronyms(phrases: dict) -> dict:
    """initials -> entry of the one international body (IGO, NGO, IMG) they spell. Every body's name in
    the dictionary (whatever its code: a state's ministry, a company) competes for its initials, and
    initials two codes share are dropped; so are initials the dictionary lists as a phrase itself.
    Initials the dictionary itself gives a name (_stated_acronyms) are that name's, whatever its code."""
    codes: dict[str, set] = {}
    found: dict[str, object] = {}
    for p, e in phrases.items():
        if not BODY_NOUNS.intersection(p.replace("-", " ").split() + p.split()):
            continue
        key = tuple((c.code, c.after, c.before) for c in e.codes)
        for split in (False, True):
            k = _initials(p, split)
            if k is None:
                continue
            codes.setdefault(k, set()).add(key)
            if all(c.code[:3] in INTERNATIONAL for c in e.codes):
                found.setdefault(k, e)
    guessed = {k: e for k, e in found.items() if len(codes[k]) == 1 and k not in phrases}
    return guessed | _stated_acronyms(phrases)


# a name whose last word is its acronym in brackets: the Phoenix dictionaries' IRISH_REPUBLICAN_ARMY_(IRA)_
STATED = re.compile(r"(.+) \(([a-z]{3,6})\)")


def _stated_acronyms(phrases: dict) -> dict:
    """initials -> entry, for the names the dictionary writes with their own acronym in brackets
    ("irish republican army (ira)", WEUREB): the dictionary says what the capitals stand for, so they need
    no international code, and a guess from initials does not override them. Only brackets holding the
    initials of the words before them are an acronym (phoenix_table._without_acronym: "korea (north)",
    "national liberation army (colombia)" qualify a name). Capitals another body's name also spells, or
    another name states, with another code are left alone ("afghan national army" and "albanian national
    army (ana)"); a word the dictionary joins with "/" is two words there ("islamic/african relief agency"
    spells IARA, not IRA)."""
    stated: dict[str, object] = {}
    codes: dict[str, set] = {}
    for p, e in phrases.items():
        m = STATED.fullmatch(p)
        if m is not None and _without_acronym(p) is not None:  # (the bracket spells the name's initials)
            stated.setdefault(m.group(2), e)
            codes.setdefault(m.group(2), set()).add(tuple((c.code, c.after, c.before) for c in e.codes))
    for p, e in phrases.items():  # every body's name competes for the capitals it spells
        words = p.replace("/", " ")
        if not ORGANISATION_NOUNS.intersection(words.replace("-", " ").split()):
            continue
        for k in {_initials(words, False), _initials(words, True)} & stated.keys():
            codes[k].add(tuple((c.code, c.after, c.before) for c in e.codes))
    return {k: e for k, e in stated.items() if len(codes[k]) == 1 and k not in phrases}


def _cached_acronyms(phrases: dict) -> dict:
    """`_acronyms(phrases)`, its initials -> phrase kept on disk (cache.py) when `phrases` is the dictionary
    file's table: the index tests every phrase's words against BODY_NOUNS (about 30 ms a process, for
    some 800 initials), while looking its phrases up again costs well under a millisecond. The entries are
    the table's own, as when built here. Any other table (a test's) is indexed afresh."""
    from .. import cache, dictionary_files
    from . import phoenix_table

    if phrases is not phoenix_table.entries():
        return _acronyms(phrases)
    # the table's inputs (as phoenix_table keys its own cache) and this module, which makes the index
    keys = cache.cached("phoenix-acronyms", [phoenix_table.DATA, phoenix_table.__file__, cameo_dict.__file__,
                                             dictionary_files.__file__, __file__], lambda: _acronym_phrases(phrases))
    return {k: phrases[p] for k, p in keys.items()}


def _acronym_phrases(phrases: dict) -> dict[str, str]:
    """initials -> the first phrase of `phrases` naming the entry `_acronyms` gives them (picklable
    without the entries, and the same entry looked up again: a phrase names one entry)."""
    first: dict[int, str] = {}
    for p, e in phrases.items():
        first.setdefault(id(e), p)
    return {k: first[id(e)] for k, e in _acronyms(phrases).items()}


def _by_first_name(phrases: dict) -> dict:
    """first word -> [(last word, entry)] of the dictionary's names of two words or more."""
    out: dict = {}
    for p, e in phrases.items():
        words = p.split()
        if len(words) >= 2 and words[0].isalpha() and words[-1].isalpha():
            out.setdefault(words[0], []).append((words[-1], e))
    return out


# how many dictionary names a first word must open, and a last word close, to make a name of the two common
# (John: 144 names, Smith: 20; Carlos 56+, Menem 1)
COMMON_FIRST, COMMON_LAST = 10, 5


def _name_part_counts(by_first: dict) -> tuple[dict, dict]:
    """How many entries each first word opens and each last word closes (_by_first_name's names)."""
    firsts = {f: len({id(e) for _, e in names}) for f, names in by_first.items()}
    lasts: dict = {}
    for names in by_first.values():
        for last, e in names:
            lasts.setdefault(last, set()).add(id(e))
    return firsts, {last: len(ids) for last, ids in lasts.items()}


def _first_and_last(phrases: dict) -> dict:
    """(first word, last word) -> the entry of the one phrase of three or more words they open and close."""
    out: dict = {}
    for p, e in phrases.items():
        words = p.split()
        if len(words) >= 3 and words[0].isalpha() and words[-1].isalpha():
            key = (words[0], words[-1])
            out[key] = e if out.get(key, e) is e else None
    return {k: e for k, e in out.items() if e is not None}


def _one_country(entry) -> str | None:
    """A person the dictionary dates ("moody awori": KENGOV 2003-2008) named outside those dates
    is still of that country: the country all the entry's codes share, without a sector."""
    countries = {cameo_dict.country_part(c.code) for c in entry.codes}
    return countries.pop() if len(countries) == 1 and None not in countries else None


def _region(code: str) -> bool:
    """The dictionary's code names a region, not a state: its country part is no ISO country ("MEA"
    the Middle East, "WAF" West Africa), which says less than a state the actor's own name gives."""
    from .tables import tables

    country = cameo_dict.country_part(code)
    return country is not None and country not in tables().display


def _mention_code(matcher: PhoenixActors, sd, type_: str, m, date, text: str | None, spelt: tuple[str, ...] = (),
                  evidence: tuple[set, str | None] | None = None):
    """(code, entry) of one name mention of a cluster of `type_`: the dictionary phrase ending at its head noun
    ("the Bush administration") or at the name (a person's with the title before it: "President Bush"), a
    person's first and last name, an organisation's acronym (entry None; `spelt`: the cluster's names of several
    words, PhoenixActors.acronym_code); (None, ...) when none codes it. `evidence`: the countries the article's
    actors name and the cluster's own sector, which a common name's first-and-last match must agree with."""
    start = max(0, m.i - 3) if type_ == "PERSON" else m.i
    code = entry = None
    last = sd[m.j - 1]
    if last.dep_ == "compound" and last.head.i == m.j:
        entry = matcher.entry_for(sd, start, m.j + 1, text)
        code = _coded(entry, date)
    if not code:
        entry = matcher.entry_for(sd, start, m.j, text)
        code = _coded(entry, date)
    if not code and type_ == "PERSON":
        entry = matcher.person_entry(sd, m.i, m.j)
        if entry is not None and evidence is not None and not _supported(matcher, sd, m, entry, evidence):
            entry = None
        code = _coded(entry, date)
    if not code and type_ == "ORG":
        entry, code = None, matcher.acronym_code(strip_the(m.text).replace(".", ""), date, spelt)
    return code, entry


def _supported(matcher: PhoenixActors, sd, m, entry, evidence: tuple[set, str | None]) -> bool:
    """A first-and-last match of a common name ("John Smith" for Kiribati's "john hilary smith") stands only
    when the article names one of the entry's countries or the cluster holds one of its sectors (an office
    word); a rare name ("Carlos Menem") stands alone."""
    if not matcher.common_name(sd[m.i].lower_, sd[m.j - 1].lower_):
        return True
    countries, sector = evidence
    return any(cameo_dict.country_part(d.code) in countries or (sector and _sector(d.code) == sector)
               for d in entry.codes)


def _coded(entry, date) -> str | None:
    """An entry's code at `date`, else the one country all its codes name; None for no entry."""
    return (entry.code_at(date) or _one_country(entry)) if entry is not None else None


def dated_offices(entry) -> list[dict]:
    """A dictionary person's codes as dated offices (`{code, sector, start, end}`, ISO, start inclusive, end
    exclusive, "" open, as the knowledge base's tenures: emit._tenures): the code in force at an act's own date
    is the person's office then (PETRARCH's `[CODE start-end]`)."""
    return [{"code": d.code, "sector": _sector(d.code), "start": _iso(d.after), "end": _iso(d.before)}
            for d in entry.codes]


def _sector(code: str) -> str | None:
    """The sector a dictionary code names (fill's reading of a coded name, and each dated office's)."""
    return (code[3:6] or None) if cameo_dict.country_part(code) or len(code) > 3 else None


def _iso(day: str | None) -> str:
    """YYYYMMDD as an ISO date. An exclusive end is the dictionary's last day plus one as a number
    (cameo_dict: "20070630" -> "20070631"), no calendar day: it becomes the first real day after it, which
    every real date compares against the same way, so the output is a date a reader can parse."""
    if not day:
        return ""
    year, month, dom = int(day[:4]), int(day[4:6]), int(day[6:8])
    if 1 <= month <= 12 and dom > calendar.monthrange(year, month)[1]:
        year, month, dom = (year + 1, 1, 1) if month == 12 else (year, month + 1, 1)
    return f"{year:04d}-{month:02d}-{dom:02d}"


def _states(entry, acronym: str) -> bool:
    """The dictionary writes the acronym itself in brackets after one of the entry's names ("irish republican
    army (ira)"): the capitals are that body's by the dictionary's word, not by a guess from its initials."""
    return any(p.endswith(f"({acronym.lower()})") for p in entry.phrases)


def _spelling_of(name: str, entry) -> bool:
    """A name the article writes is one of the entry's phrases but for its spelling ("organisation" /
    "organization", "&" / "and", a hyphen): nine in ten of their letters alike (rapidfuzz's Indel similarity, the
    project's fuzzy measure: twice the longest common subsequence over the two lengths; difflib's ratio, used until
    session 56, counts greedy matching blocks and so reads a few letters fewer when typos cross: the two agree on
    every pair of the dictionary's body names, see docs/testing.md)."""
    words = " ".join(strip_the(name).lower().replace("&", "and").replace("-", " ").split())
    return any(Indel.normalized_similarity(words, " ".join(p.replace("-", " ").split())) >= 0.9
               for p in entry.phrases)


def _first_word_of_another(c, m) -> bool:
    """Mention m is the first word of another of c's name mentions ("Paris" beside "Paris Hilton")."""
    return any(x.kind == "name" and x.text.startswith(m.text + " ") for x in c.mentions)


def _is_city(name: str) -> bool:
    from .tables import big_cities, tables

    bare = name.removeprefix("the ").removeprefix("The ")
    t = tables()
    return bare in t.capitals or bare in big_cities() or bare in t.us_states or t.territory_of(bare) is not None


def fill(matcher: PhoenixActors, sd, clusters, date, text: str | None = None) -> None:
    """Give clusters without a code (or with only the article focus's country) the dictionary's; `text`: the
    Doc's text, when the caller has it (code_for)."""
    named = {c.country for c in clusters if c.country}  # the countries the article names, before any guess here
    for c in clusters:
        if c.type not in FILL_TYPES or c.attrs.get("actor") is False or "code_source" in c.attrs \
                or "ethnicity" in c.attrs:  # "ethnic Albanians": not the nation the dictionary lists
            continue
        # the dictionary knows better than a guess, or than the table's undated default of a person named
        # before his first office in it (kb.before_office: Putin in 1999 is the dictionary's RUSGOV) while
        # the article has said nothing more of him ("the party's leader Mahmoud Abbas" stays PSEPTY)
        guessed = c.attrs.get("country_basis") in ("article focus", "name") \
            or (c.kb is not None and c.kb.default and c.sector == c.kb.sector)
        if (c.code or c.country or c.kb is not None) and not guessed:
            continue
        # an acronym the article spells out stands for what it spells (PhoenixActors.acronym_code)
        spelt = tuple(m.text for m in c.mentions if m.kind == "name" and len(strip_the(m.text).split()) > 1)
        evidence = (named, c.sector)
        for m in c.mentions:
            if m.kind != "name" or ((c.type == "GPE" or _first_word_of_another(c, m)) and _is_city(m.text)):
                continue  # Phoenix lists cities under their country; here a city (or US state) stays a place,
                # and a city's name that is the first word of the actor's own name ("Paris Hilton ... Paris") no city
            code, entry = _mention_code(matcher, sd, c.type, m, date, text, spelt, evidence)
            if not code:
                continue
            if c.attrs.get("country_basis") == "name" and c.country and _region(code):
                # "the Palestinian Liberation Organization": the state its name says, with the
                # dictionary's sector (PSEREB), not the region (MEAREB)
                code = c.country + code[3:]
            c.code = code
            c.attrs["code_source"] = "phoenix"
            if c.type == "PERSON" and entry is not None and any(d.after or d.before for d in entry.codes):
                c.attrs["tenures"] = dated_offices(entry)
            c.attrs.pop("country_basis", None)
            c.country = cameo_dict.country_part(code)
            c.sector = _sector(code)
            break
