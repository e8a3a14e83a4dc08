"""The `times` stage: every time expression, normalised, and the publication date.

1. Candidates: spaCy's DATE/TIME entities, our own patterns (timex.FIND_RE: the small model misses
   "since 2022", some weekdays and relative forms), pieces inside entities we cannot read whole
   ("between 2001 and 2003"), and the union of overlapping ones ("since" + "2022"). The longest
   candidate that timex.normalize can read wins; overlapping shorter ones are dropped.
2. Tense: each expression takes the tense of the clause it attaches to (the first verb up its
   dependency path), so "on Sunday" in "warned Iraq on Sunday" is the Sunday before the document
   date, and in "will meet on Sunday" the next one. Headlines use the historical present: past.
3. Publication date: metadata or --published (never overridden), else a dated "Published" line,
   else inferred from the text (`infer_published`), else null, and relative expressions get value
   null (their granularity still says what they are).
4. Values, resolved against the document date, in text order ("that year" reads the last year named).

`time_for_span(doc, start, end)` is the helper the events stage uses to date an event.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from weakref import WeakKeyDictionary

from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LEMMA, LENGTH, LOWER, POS, TAG
from spacy.symbols import AUX, VERB
from spacy.strings import get_string_id

from .columns import column_list, head_list
from .model import Document, Published, TimeExpr
from .nlp import Parse, verb_lemma
from .spans import expand_bounds, expand_span
from .words import ANY_SPEECH
from .regex_start import start_windows_each
from .dates import parse_date, period_start
from .stage import Stage, register
from .timex import MONTHS, _DEICTIC_PART, _dur, _month_end, decade_plural, _week_value, FAMILY_RE, FIND_RE, RANGE_START, THE_MONTH_USE, HOLIDAYS, THAT_WEEKDAY, NUMBERS, ORDINALS, SUB_RE, TRIGGER_FAMILY, WEEKDAYS, Norm, normalize, weekday_date, weekday_direction

SKIP_SECTIONS = frozenset({"credit", "byline"})
# Words spaCy sometimes puts at the edge of a DATE entity that are not part of the expression.
_LEAD = frozenset({"on", "in", "at", "during", "of", "for", "both", "and", "or", "from", "to", "with", "between",
                   "into", "than", "as", "—", "-", "–", ","})
_TRAIL = frozenset({"and", "or", "to", "of", "-", "–", "—", ","})
_AT_LEAST = re.compile(r"at (?:least|most)\b", re.IGNORECASE)  # a modifier, not the preposition "at"
_TRAIL_CHARS = " \t\n,.;:!?\"“”'’()[]"
_LEAD_CHARS = " \t\n,;:!?\"“”'’()[]"

_TOKEN_ATTRS = [IDX, LENGTH, LOWER, ENT_TYPE, ENT_IOB]
_DATE_ENTS = frozenset({get_string_id("DATE"), get_string_id("TIME")})
# a four-digit number the parser calls a count or an amount is not a year ("a total of 1500 troops")
_NOT_YEAR_ENTS = frozenset(get_string_id(x) for x in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"))
_JOINERS = frozenset({" ", ", ", " of ", " in "})
FUTURE_AUX = frozenset({"will", "'ll", "ll", "shall", "wo", "’ll"})
# verbs whose infinitive complement is in the future: "plans to visit on Monday", "is due to"
FUTURE_HEADS = frozenset({"plan", "expect", "schedule", "set", "due", "intend", "aim", "hope", "prepare", "seek",
                          "want", "vow", "pledge", "promise", "threaten", "go", "slate", "poise", "agree", "decide",
                          "propose", "announce", "likely", "unlikely"})
_SCHEDULE = frozenset({"plan", "schedule", "set", "slate", "due"})  # "planned to leave on Thursday": still ahead
# verbs whose past tense is spelt as their present: a VBP tag on them is a guess
_SAME_IN_PAST = frozenset({"hurt", "cut", "put", "set", "hit", "cost", "let", "quit", "shut", "spread", "cast", "bet",
                           "bid", "burst", "split", "upset", "read", "thrust", "broadcast", "forecast"})
_PLAN_VERBS = frozenset({"plan", "schedule", "reschedule"})
PERFECT_AUX = frozenset({"has", "have", "had", "'ve", "'s", "having", "’ve", "’s"})

# --- candidates --------------------------------------------------------------------------------

# "last" after an infinitive "to" or a modal, before a count of units, is the verb: "expected to last two days",
# "will last three weeks" (the duration is "two days"; "returned to last year's level" has no count: a date)
_LAST_VERB = re.compile(r"last (?=(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
                        r"|thirty|several|many|a few|a couple of)[- ])", re.IGNORECASE)
# ("n't" and "'ll" are joined to the word before them, "won't", "it'll": no word boundary before the "n")
_VERB_BEFORE = re.compile(r"(?:\b(?:to|will|would|could|can|may|might|should|must|shall|not|also)|n['’]t|['’]ll)\s+$",
                          re.IGNORECASE)


def _verb_before(text: str, start: int) -> bool:
    """Whether "to", a modal or a negation stands right before `start`, past whitespace of any length (a hard-wrapped
    line: "should" and a line break and an indent before "last"): `_cue_before` counts the run as one space."""
    return _cue_before(_VERB_BEFORE, text, start, 12) is not None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past edge punctuation, prepositions, the verb "last" and a possessive 's."""
    while start < end and text[start] in _LEAD_CHARS:
        start += 1
    while True:
        sp = text.find(" ", start, end)
        if sp < 0 or text[start:sp].lower() not in _LEAD or _AT_LEAST.match(text, start, end):
            break
        start = sp + 1
    if _LAST_VERB.match(text, start, end) and _verb_before(text, start):
        start += 5
    while True:  # (each round either ends or moves `end` back past a word: "2004, and of" loses both)
        while end > start and text[end - 1] in _TRAIL_CHARS:  # ("s" is not one of them: the 's is below)
            if text[max(start, end - 4):end].lower() in ("a.m.", "p.m."):
                break
            end -= 1
        if text[end - 2:end] in ("’s", "'s") and not decade_plural(text, end):
            end -= 2
        sp = text.rfind(" ", start, end)
        if sp > start and text[sp + 1:end].lower() in _TRAIL:
            end = sp
        else:
            break
    return start, end


_TRIGGERS = {get_string_id(w): fam for w, fam in TRIGGER_FAMILY.items()}
# a capitalised "May" alone is as often a name (Theresa May) or a modal as a month
_BARE_MONTH_OK = frozenset({"in", "since", "until", "by", "of", "early", "late", "mid", "last", "next", "this",
                            "from", "before", "after", "during", "through", "end", "start", "beginning", "and", "or"})
# one of them as the word right before "May" (past whitespace of any length: a line break and an indent), a word of
# its own (not the end of a longer one: "Chancellor May"); the window holds the longest and the space after it
_BARE_MONTH_CUE = re.compile(r"(?<!\S)(?:" + "|".join(sorted(_BARE_MONTH_OK)) + ") $", re.IGNORECASE)
_BARE_MONTH_WIDTH = max(map(len, _BARE_MONTH_OK)) + 1


def token_columns(sdoc) -> tuple[list[int], ...]:
    """idx, length, lower, ent_type, ent_iob per token, from the parse's shared columns (no Token objects;
    places reads idx, length and lower too): lists no caller changes."""
    return tuple(column_list(sdoc, a) for a in _TOKEN_ATTRS)


def date_entities(cols) -> list[tuple[int, int]]:
    """Character spans of the parser's DATE/TIME entities (read from the arrays: doc.ents is slow)."""
    idx, length, _, etype, iob = cols
    out: list[list[int]] = []
    for i in [k for k, e in enumerate(etype) if e in _DATE_ENTS]:  # (a few tokens an article: one pass in C)
        e = etype[i]
        if out and iob[i] == 1 and out[-1][2] == i - 1 and etype[i - 1] == e:  # I- continues the entity
            out[-1][1] = idx[i] + length[i]
            out[-1][2] = i
        else:
            out.append([idx[i], idx[i] + length[i], i])
    return [(a, b) for a, b, _ in out]


# How far before its trigger word a family's match may start, counted in words (tokens with no whitespace between
# them), not tokens: the parser cuts "two-and-a-half" into seven tokens and "mid-March" into three, a line break is a
# token of its own, but English counts them as one word or none. A family's reach is the most whitespace characters
# its pattern (timex.FAMILY_RE) can match: a match that starts n words before its trigger's word holds at least n of
# them before the trigger, so no match that reaches the trigger starts further back, and trying every token from the
# text's start finds nothing more. tests/test_s26_reach.py computes these numbers from the compiled patterns' parse
# trees and fails when a pattern's change makes one wrong (or any pattern's whitespace unbounded). The largest are
# strings no English has, but the patterns match them: the month's "since the first few days of mid- the following
# March of that same year" (13), a length's "more than two to three 1/2 more hours and 5 minutes and 12 seconds" (13).
REACH_WORDS = {
    "month": 13, "weekday": 7, "dayword": 9, "unit": 13, "ago": 7, "year": 6, "term": 2, "decadeword": 2, "end": 2,
    "ref": 2, "fiscal": 1, "duration": 13, "set": 4, "holiday": 5, "clock": 4, "century": 13, "season": 8, "sets": 4,
    "half": 13, "stretch": 5, "shortyear": 4, "oclock": 7, "qabbr": 5,
}


def _words_back(text: str, idx: list[int], i: int, words: int) -> int:
    """The first token of the `words`-th word before token i's own, a word being tokens with no whitespace between
    them ("twenty-five", "mid-March", "year's", "(since"), or of the text's first word if it has fewer. A token of
    whitespace (the parser's for a line break or a second space) belongs to the word before it."""
    k = i
    while True:
        while k > 0 and (text[idx[k]].isspace() or not text[idx[k] - 1].isspace()):
            k -= 1
        if words == 0 or k == 0:
            return k
        words -= 1
        k -= 1


# the three characters a match of a family's pattern may start with (regex_start.start_windows): a token whose first
# three are none of them is not tried. A first character alone left 96 tries an article on BBC news, 11 of them
# matching, each failure a walk through the family's alternatives (about 2 us); the first three leave 38.
_START_WIDTH = 3
_STARTS = start_windows_each("time-family-windows", FAMILY_RE, _START_WIDTH)


def pattern_spans(text: str, cols) -> list[tuple[int, int]]:
    """Spans our own patterns find: each trigger word's family, tried from each token of the family's REACH_WORDS
    words before it on (the first match that reaches the trigger), matched on the rest of the text."""
    idx, _, lower, etype, _ = cols
    out: list[tuple[int, int]] = []
    last_end = -1
    # (family, token) -> the family's match from there: the windows of neighbouring triggers of one family overlap
    # ("the past three years and the next five years"), and a try is the matcher's cost
    tried: dict[tuple[str, int], re.Match | None] = {}
    for i in [k for k, h in enumerate(lower) if h in _TRIGGERS]:  # (the trigger words, a few in a hundred tokens)
        fam = _TRIGGERS[lower[i]]
        if idx[i] < last_end or (fam == "year" and etype[i] in _NOT_YEAR_ENTS):
            continue
        rx, starts = FAMILY_RE[fam], _STARTS[fam]
        for k in range(_words_back(text, idx, i, REACH_WORDS[fam]), i + 1):
            w = text[idx[k]:idx[k] + _START_WIDTH]
            if starts is not None and w not in starts and len(w) == _START_WIDTH and w.isascii():
                continue  # (near the text's end, or with a character outside ASCII, it is tried)
            m = tried.get((fam, k), tried)
            if m is tried:  # (on the rest of the text: a pattern ends where its words do, its guards read on)
                m = tried[(fam, k)] = rx.match(text, idx[k])
            if m is None or m.end() <= idx[i]:
                continue
            inner = next((g for g, v in m.groupdict().items() if v and g.startswith("inner")), None)
            a, b = m.span(inner) if inner else m.span()
            if b - a == 3 and text[a:b] == "May" and _cue_before(_BARE_MONTH_CUE, text, a, _BARE_MONTH_WIDTH) is None:
                break
            out.append((a, b))
            last_end = b
            break
    return out


# The parser's DATE entities are not read by our own patterns, so the guards those patterns carry are
# applied to them here. An age is a property, not a time of the text (TimeBank tags none of its "N-year-old"
# ages; docs/schema.md): "a quarter of a century-old feud". And a possessive makes its word the determiner
# of the noun after it, so the word cannot close an "ago" phrase as its anchor: "Ten years ago today's
# champion" is "Ten years ago" and "today" ("a year ago today" unpossessed stays one expression).
_AGE_AFTER = re.compile(r"[- ]olds?\b")  # ("18 to 24 year olds": ages too)
_AGO_WORD = re.compile(r"\bago\b")
_POSSESSIVE_END = re.compile(r"['’]s\b")


def _entity_span(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The parser's entity [a, b) trimmed as an expression, or None for an age."""
    c, d = _trim(text, a, b)
    if _AGE_AFTER.match(text, d):
        return None
    return c, d


def _ago_possessed(text: str, a: int, b: int) -> bool:
    """An "ago" phrase whose anchor is a possessive: "Ten years ago today's" (two expressions)."""
    if text.find("ago", a, b) < 0:  # (every candidate is asked; few hold the word: a find costs a third of a search)
        return False
    m = _AGO_WORD.search(text, a, b)
    return m is not None and m.end() < b and _POSSESSIVE_END.match(text, b) is not None


# a numeric date, month first as US news writes it ("03/02/98", "2/14/1998"): one token with no trigger word,
# and the parser often leaves it out of its DATE entities; not a fraction or a part of a longer figure
_NUMERIC_DATE = re.compile(r"(?<![/\d.])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:\d{4}|\d{2})\b(?![/.]?\d)")


def candidate_spans(text: str, parse: Parse) -> list[tuple[int, int]]:
    """All candidate [start, end) spans (overlapping; the caller picks)."""
    cols = token_columns(parse.doc)
    ents = [s for s in (_entity_span(text, a, b) for a, b in date_entities(cols)) if s is not None]
    found = pattern_spans(text, cols)
    if "/" in text:
        found += [m.span() for m in _NUMERIC_DATE.finditer(text)]
    cands = set(ents) | set(found)
    for a, b in ents:
        for m in SUB_RE.finditer(text, a, b):
            cands.add(m.span())
    for (a, b), (c, d) in overlapping_pairs(ents, found):  # union with an overlapping pattern match: "since" + "2022"
        if (c, d) != (a, b):
            cands.add((min(a, c), max(b, d)))
    # neighbours that may read as one expression: "the autumn" + "of" + "2023", "Monday" + ", " + "June 2"
    # (every candidate starting after the joiner, not just the next in order: "the quarter" + "a year ago"
    # when "a year" is a candidate too)
    ends_at: dict[int, list[int]] = {}
    for c, d in cands:
        ends_at.setdefault(c, []).append(d)
    for a, b in list(cands):
        for j in _JOINERS:
            if text.startswith(j, b):
                cands.update((a, d) for d in ends_at.get(b + len(j), ()))
    return [(a, b) for a, b in cands if b > a and not _ago_possessed(text, a, b) and not _compound_unit(text, b)
            and not _count_before_part(text, a, b)]


# a bare number before a deictic part of day is a clock only after a word that introduces one: "at 11 last night",
# "by 9 tonight"; else it is a count or a score ("killed 11 last night", "scored 3 this afternoon": the parser's
# TIME entity), and the part of day is the expression alone
# (and so before a part of the day said with "in the" or "at": "killed 7 in the morning" is seven people, "at 7 in the
# morning" a clock, timex._r_spoken_clock)
_BARE_HOUR_PART = re.compile(r"(?:[01]?\d|2[0-3])(?::[0-5]\d)?(?: o['’]clock)? "
                             r"(?:" + _DEICTIC_PART + r"|in the (?:morning|afternoon|evening)|at night)", re.IGNORECASE)
_CLOCK_CUES = ("at", "by", "until", "till", "around", "about", "from", "before", "after", "since")
_CLOCK_CUE = re.compile(r"\b(?:" + "|".join(_CLOCK_CUES) + r") $", re.IGNORECASE)
_CLOCK_CUE_WIDTH = max(map(len, _CLOCK_CUES)) + 1  # the longest cue and the one space after it


def _count_before_part(text: str, a: int, b: int) -> bool:
    """Whether [a, b) is a number and a part of day ("11 last night") with no clock-introducing word before it."""
    # (a match opens with a digit: every candidate is asked, and most open with a word; isdigit holds for every
    # character \d matches, and more)
    return text[a:a + 1].isdigit() and _BARE_HOUR_PART.fullmatch(text, a, b) is not None \
        and _cue_before(_CLOCK_CUE, text, a, _CLOCK_CUE_WIDTH) is None


# a unit word that opens a compound ("year-on-year", "day-to-day", "month-over-month", "year-by-year") names a
# way of comparing or a manner, not a time: "on a year-on-year basis" holds no "a year"
# (a month or weekday so joined is a range: "the March-to-May harvest" keeps its months)
_COMPOUND_AFTER = re.compile(r"-(?:on|to|over|by|after)-[a-z]", re.IGNORECASE)
_UNIT_BEFORE = re.compile(r"\b(?:second|minute|hour|day|night|week|month|quarter|year|decade)$", re.IGNORECASE)


def _compound_unit(text: str, b: int) -> bool:
    # (a match opens with the hyphen: every candidate is asked, and few are followed by one)
    return text.startswith("-", b) and _COMPOUND_AFTER.match(text, b) is not None \
        and _UNIT_BEFORE.search(text, max(0, b - 7), b) is not None


def overlapping_pairs(xs: list[tuple[int, int]], ys: list[tuple[int, int]]):
    """Every (x, y) with x from xs and y from ys that overlap, without comparing all pairs: ys sorted by
    start with a running maximum of their ends, each x looks back from the last y starting before it
    ends and stops where no earlier y reaches it (n log n plus the pairs found; a 1.5 MB text has
    thousands of each)."""
    ys = sorted(ys)
    starts = [c for c, _ in ys]
    reach: list[int] = []
    for _, d in ys:
        reach.append(max(d, reach[-1]) if reach else d)
    for a, b in xs:
        j = bisect.bisect_left(starts, b) - 1
        while j >= 0 and reach[j] > a:
            if ys[j][1] > a:
                yield (a, b), ys[j]
            j -= 1


_BARE_ABBREV = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)")
# "between two to six days", "from five to three years": TimeML marks the two bounds of a range opened by
# "between" or "from" apart ("from 1990 to 1995"), so a candidate spanning both is not one expression
_BOUNDS_APART = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


def _as_written(text: str, a: int, b: int) -> str:
    """The words of [a, b) to read, a decade's apostrophe plural told by the text around it ("the 1960's and 1970's":
    the second "1970's" is a decade too, which its own words cannot tell from a year's possessive) as "1970s"."""
    if text[b - 2:b] in ("'s", "’s") and decade_plural(text, b):
        return text[a:b - 2] + "s"
    return text[a:b]


def select(text: str, spans: list[tuple[int, int]], kind_at) -> list[tuple[int, int, Norm]]:
    """Longest readable candidates first, without overlaps; returned in text order.

    What is taken is marked in a byte per character, so a candidate's overlap check reads its own
    characters only (not every span taken: long texts have thousands): one sort, then linear."""
    cover = bytearray(len(text) + 1)
    taken: list[tuple[int, int, Norm]] = []
    for a, b in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if cover.find(1, a, b) >= 0:
            continue
        if kind_at(a) in SKIP_SECTIONS:
            continue
        if _BARE_ABBREV.fullmatch(text, a, b):
            continue  # "Jan Kavan": an abbreviated month alone, without its period or a day, is a name
        if RANGE_START.match(text, a) and _BOUNDS_APART.search(text, max(0, a - 20), a):  # (a line break, spaces)
            continue
        norm = normalize(_as_written(text, a, b))
        if norm is None:
            continue
        cover[a:b] = b"\x01" * (b - a)
        taken.append((a, b, norm))
    taken.sort(key=lambda t: t[0])
    return taken


# --- tense of the clause -----------------------------------------------------------------------

def verb_tense(v, depth: int = 0) -> str | None:
    """'past' | 'future' | 'present' | None for a verb token, from its tag and auxiliaries."""
    auxes = [c for c in v.lefts if c.dep_ in ("aux", "auxpass")]
    lows = {c.lower_ for c in auxes}
    atags = {c.tag_ for c in auxes}
    tag = v.tag_
    if v.lower_ in FUTURE_AUX or lows & FUTURE_AUX:
        return "future"
    if depth == 0 and v.lemma_ in _PLAN_VERBS and any(c.dep_ == "dobj" for c in v.rights):
        return "future"  # "planned a rally on Saturday", "has scheduled a news conference Thursday": the plan's date
    if "MD" in atags or tag == "MD":
        return "past" if "have" in lows and tag == "VBN" else "future"  # "would have met" vs "would meet"
    if tag == "VBN" and lows & PERFECT_AUX:
        return "past"
    if "VBD" in atags:
        return "past"
    h = v.head
    if "to" in lows and depth < 3 and h is not v:  # an infinitive: "is to visit", "plans to", "going to"
        if h.lemma_ == "be" and h.tag_ in ("VBZ", "VBP"):
            return "future"
        frame = _pluperfect_above(h)
        if frame is None and (verb_lemma(h) in FUTURE_HEADS and (h.tag_ != "VBD" or verb_lemma(h) in _SCHEDULE)
                              or _backshifted_attitude(h)):
            return "future"  # not "had been scheduled to expire on Friday": a plan overtaken
        return verb_tense(frame if frame is not None else h, depth + 1)
    if tag in ("VBD", "VBN") and not auxes and depth < 3 and (g := _time_clause_head(v)) is not None \
            and verb_tense(g, depth + 1) == "future":
        return "future"  # "would buy as soon as trading opened Monday": a future's time clause, told in the past
    if tag == "VBD":
        return "past"
    if tag == "VBN":
        if atags & {"VBZ", "VBP"}:
            return "future" if verb_lemma(v) in FUTURE_HEADS else "present"
        if depth < 3 and v.dep_ in ("conj", "xcomp", "ccomp") and h is not v:
            return verb_tense(h, depth + 1)
        return "past"  # a reduced relative: "a building burned ... on Monday"
    if tag == "VBG":
        if lows & PERFECT_AUX:  # "has been missing since Tuesday"
            return "past"
        if atags & {"VBZ", "VBP"}:
            return "present"
        if depth < 3 and h is not v:
            return verb_tense(h, depth + 1)
        return None
    if tag == "VBP" and v.lower_ in _SAME_IN_PAST:
        return None  # "stocks hurt the index on Friday": the tagger cannot tell present from past here
    if tag in ("VBZ", "VBP"):
        return "present"
    if tag == "VB" and depth < 3 and v.dep_ in ("conj", "xcomp") and h is not v:
        return verb_tense(h, depth + 1)
    if v.lemma_ == "due":
        return "past" if _has_had(_copula(v)) else "future"  # "had been due (to end) on Friday": overtaken
    return None


# verbs of a present attitude to what is to come, and verbs that report speech: "said she hoped to sign on Friday"
_ATTITUDE_VERBS = frozenset({"hope", "expect", "want", "intend", "aim", "wish"})
_REPORT_VERBS = frozenset({"say", "tell", "announce", "add", "state", "report", "confirm", "explain", "insist",
                           "write", "declare", "indicate", "note", "claim"})


def _backshifted_attitude(h) -> bool:
    """Whether h is a verb of hoping, expecting, wanting or intending in the simple past only because a past
    reporting verb governs it ("the minister said she hoped to sign the deal on Friday", "told reporters that
    detectives hoped to question him on Saturday"): the sequence of tenses turns the speaker's "I hope" into
    "she hoped", so the infinitive it governs is still ahead, as after "said it would". Not the same verb in plain
    narration ("the climbers hoped to reach the summit on Sunday, but a storm ..."), whose hope was then."""
    r = h.head
    return h.tag_ == "VBD" and verb_lemma(h) in _ATTITUDE_VERBS and h.dep_ == "ccomp" and r.i != h.i \
        and r.lemma_ in _REPORT_VERBS and r.tag_ == "VBD"


def _noun_clause_tense(noun) -> str | None:
    """The tense of the clause a noun belongs to: the first verb up from it (a few steps), else None."""
    tok = noun
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return verb_tense(tok, 1)
    return None


def _copula(v):
    """The verb that carries an adjective's tense ("had been due to expire": been), else v itself."""
    return v.head if v.dep_ == "acomp" and v.head.i != v.i else v


def _pluperfect_above(h):
    """The verb in the pluperfect that carries infinitive h's plan, h's own (or its copula's) or one up
    a chain of infinitives ("had been expected to agree to sign the deal on Friday": the signing was
    planned before, and overtaken), else None."""
    while not _has_had(_copula(h)):
        if h.dep_ != "xcomp":  # (the root is no xcomp: the climb ends)
            return None
        h = h.head
    return _copula(h)


def _has_had(v) -> bool:
    """Whether verb v is in the pluperfect ("had been scheduled", "had been due"): a plan told as overtaken."""
    return any(c.lower_ == "had" for c in v.lefts if c.dep_ in ("aux", "auxpass"))


_TIME_MARKS = frozenset({"when", "once", "after", "before", "until", "till", "as", "whenever"})


def _time_clause_head(v):
    """The verb a time clause hangs on ("would decide after the board met Friday": decide) when that verb is a
    future told from a past time, else None. In reported speech such a future's time clause takes the past
    form ("as soon as trading opened Monday"), so its time is the future's."""
    if v.dep_ == "advcl" and any(c.lower_ in _TIME_MARKS for c in v.lefts if c.dep_ in ("mark", "advmod")):
        h = v.head
    elif v.head.lower_ in _TIME_MARKS:  # "before trading closed": "before" parsed as a preposition
        h = v.head.head
    else:
        return None
    if h.pos_ == "ADV":  # "as soon as ...": the clause hangs on "soon"
        h = h.head
    return h if _future_in_past(h) else None


def _future_in_past(v) -> bool:
    """Whether verb v is a future told from a past time: "would buy", "were likely to buy", "was expected to
    sell", "was going to sell", "planned to sell". Not "will resume after negotiators met Monday" nor "could face
    prison after he swore in January", nor "are expected to sell after prices fell Monday": their past verbs are past."""
    lows = {c.lower_ for c in v.lefts if c.dep_ == "aux"}
    if lows & {"would", "'d", "’d"}:
        return True
    frame = v.head.head if v.head.dep_ == "acomp" else v.head  # "were likely to": the copula
    return "to" in lows and (frame.tag_ == "VBD" or any(c.tag_ == "VBD" for c in frame.lefts if c.dep_ in ("aux", "auxpass")))


def clause_tense(parse: Parse, start: int, end: int) -> str | None:
    """The tense of the clause an expression attaches to: the first verb up its dependency path."""
    tok = clause_verb(parse, start, end)
    if tok is None:
        return None
    tense = verb_tense(tok)
    if tense is None and tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN") \
            and _hangs_on(parse, start, end, tok):
        return _on_a_noun_tense(tok)
    return tense


def _on_a_noun_tense(v) -> str | None:
    """The time of a verb that modifies a noun, told by the time it names itself (the verb's tense gave none). An
    infinitive names what is still to come ("the report, to be published Tuesday, will show", "no funds to sign
    players in January"); told from a past clause ("the vote to be held Sunday was postponed") it may lie either
    side: no tense, as before. A participle shares the time of the noun's clause ("talks resuming Thursday will
    focus on trade": the coming Thursday; "protesters marching on Saturday were arrested": the last one)."""
    outer = _noun_clause_tense(v.head)
    if any(c.lower_ == "to" for c in v.lefts if c.dep_ == "aux"):
        return None if outer == "past" else "future"
    if v.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in v.lefts) and v.head.lemma_ not in _PERIOD_NOUNS:
        return outer  # (not "the year ending June 30": a period's bound, no event of the clause)
    return None


_PERIOD_NOUNS = frozenset({"year", "month", "quarter", "week", "day", "period", "half", "season", "term"})


def _expression_root(parse: Parse, start: int, end: int):
    """The syntactic root of the tokens the expression at [start, end) covers, or None when it covers none."""
    span = expand_span(parse.doc, start, end)  # (char_span's own Span, made without a Token for each offset)
    return span.root if span is not None and len(span) else None


def _under_since(parse: Parse, start: int, end: int) -> bool:
    """Whether the expression dates an event "since" introduces as a noun or a gerund ("since his arrest in June",
    "since taking office in June"): that event lies before now, whatever the clause's tense. Up from the
    expression to the first verb: "since" is a preposition on the way, or the one the verb's clause is the object
    of. (A "since" clause with a finite verb, "since the crisis began in June", is already past by its verb.)"""
    tok = _expression_root(parse, start, end)
    while tok is not None and tok.head.i != tok.i:
        tok = tok.head
        if tok.lower_ == "since":
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return tok.head.lower_ == "since"
    return False


def _soon_after_past(parse: Parse, start: int, end: int) -> bool:
    """Whether "soon" tells how shortly after a past event the past verb it modifies came ("the strike began in May
    and soon spread", "had soon run out", "was soon released"): a time in the story's past, not one after now
    (FUTURE_REF). Not on an infinitive ("hoped to reopen it soon") nor a verb of expecting ("was expected soon",
    "had hoped soon"): what they look to lies ahead."""
    tok = _expression_root(parse, start, end)
    if tok is None:
        return False
    v = tok.head
    return v.pos_ in ("VERB", "AUX") and verb_lemma(v) not in FUTURE_HEADS and \
        not any(c.lower_ == "to" for c in v.lefts if c.dep_ == "aux") and verb_tense(v) == "past"


def _hangs_on(parse: Parse, start: int, end: int, verb) -> bool:
    """Whether the expression modifies `verb` itself ("to be shown on Sunday", "resuming Thursday"), not a noun
    below it ("to cement the promise of their autumn displays": the autumn is the displays' time)."""
    root = _expression_root(parse, start, end)
    if root is None:
        return False
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        root = root.head
    return root.head.i == verb.i and root.dep_ in ("npadvmod", "prep", "advmod")


def clause_verb(parse: Parse, start: int, end: int):
    """The verb (token) of the clause an expression attaches to, or None."""
    i = _clause_verb_index(parse.doc, start, end)
    return None if i is None else parse.doc[i]


# Doc -> clause_verb's columns (_verb_columns): plain lists of ints, no Token (the Doc's end drops them)
_HEADS: WeakKeyDictionary = WeakKeyDictionary()
_VERB_POS = frozenset({VERB, AUX})
_MD, _DUE, _ON = (get_string_id(w) for w in ("MD", "due", "on"))
_VB_TAGS: dict[int, bool] = {}  # a tag's id -> whether its name starts with "VB" (a few dozen tags: asked once each)


def _verb_columns(sdoc) -> tuple[list[int], ...]:
    """(heads, POS, TAG, LEMMA, LOWER) of every token, for clause_verb: found once per Doc (it is asked about 17
    times an article, and each column's own look-up costs a weak dictionary's)."""
    got = _HEADS.get(sdoc)
    if got is None:
        got = _HEADS[sdoc] = (head_list(sdoc), *(column_list(sdoc, a) for a in (POS, TAG, LEMMA, LOWER)))
    return got


def _is_vb_tag(sdoc, tag: int) -> bool:
    """Whether the tag with id `tag` is a verb's (VB, VBD, ...: its name starts with "VB"), read once a process."""
    got = _VB_TAGS.get(tag)
    if got is None:
        got = _VB_TAGS[tag] = sdoc.vocab.strings[tag].startswith("VB") if tag else False
    return got


def _clause_verb_index(sdoc, start: int, end: int) -> int | None:
    """clause_verb's token as an index, read from the parse's columns (a Token for each word it passes cost more than
    the walk): the expression's root (its first token whose head lies outside it), then up its heads to the first
    verb, modal or "due"; a verb right before the expression (or its "on") wins over a later one the parser hung it
    on ("said on Monday he would resign"), and a verb whose "that"/"whether" clause opens after the expression is
    passed ("warnings on Thursday that air strikes could do harm")."""
    bounds = expand_bounds(sdoc, start, end)
    if bounds is None or bounds[0] == bounds[1]:
        return None
    first, stop = bounds
    heads, pos, tag, lemma, lower = _verb_columns(sdoc)
    tok = stop - 1
    for t in range(first, stop):  # the expression's root: the token whose head lies outside it
        h = heads[t]
        if not (first <= h < stop) or h == t:
            tok = t
            break
    j = first - 1
    if j >= 0 and lower[j] == _ON:
        j -= 1
    left = j if j >= 0 and _is_vb_tag(sdoc, tag[j]) else None
    for _ in range(8):
        if pos[tok] in _VERB_POS or tag[tok] == _MD or lemma[tok] == _DUE:
            if left is not None and tok > stop and left != tok:
                tok = left
            elif tok > stop and _marked_after(sdoc, tok, stop):
                if heads[tok] == tok:
                    return None
                tok = heads[tok]
                continue
            return tok
        if heads[tok] == tok:
            return None
        tok = heads[tok]
    return None


def _marked_after(sdoc, v: int, stop: int) -> bool:
    """Whether verb v has a "mark" child ("that", "whether", "if") on its left at or after token `stop`: its clause
    opens after the expression. Read from the Token's own left children (rare: asked only of a verb past the
    expression)."""
    return any(stop <= c.i < v for c in sdoc[v].lefts if c.dep_ == "mark")


_AT_PREPS = frozenset({"in", "on", "at", "during", "over", "between"})
_PERFECT_AUX = frozenset({"had", "has", "have"})
# adjectives naming when something falls due, not when a state held ("the dividend was payable Dec. 1")
_OWED = frozenset({"payable", "ready", "eligible", "available"})


def _told_in_past(parse: Parse, a: int, b: int) -> bool:
    """Whether the expression at [a, b) says when a finite past verb's event happened ("In January, the
    company brought in a new chief", "violence broke out in the city at Easter", "he spent Christmas
    there"): then it is the last such period, however near the next one. Not a date hanging on a plan
    or on a non-finite verb ("agreed to buy it in February", "a dividend payable Dec. 1", "loans
    through January"), whose time the past tense of the report does not fix."""
    tok = _expression_root(parse, a, b)
    if tok is None:
        return False
    for _ in range(3):  # up through prepositional phrases: "in the old city at Easter"
        if tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head  # "closed between Christmas and New Year": the second time as the first
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in _AT_PREPS:
            tok = tok.head.head
        elif tok.dep_ in ("npadvmod", "dobj"):
            tok = tok.head
        elif tok.dep_ == "acomp" and verb_lemma(tok) not in FUTURE_HEADS and tok.lemma_ not in _OWED:
            tok = tok.head  # "shops were busy on Christmas Eve": the time the copula's state held
        else:
            return False
        if tok.pos_ in ("VERB", "AUX"):
            break
    if verb_lemma(tok) in FUTURE_HEADS or tok.lemma_ in _PLAN_VERBS:
        return False
    if tok.tag_ == "VBN":  # a past passive: "the vote was held on Nov. 2", "talks were broken off in March"
        auxes = [c for c in tok.lefts if c.dep_ in ("aux", "auxpass")]
        if not auxes:  # a reduced relative: "the accord, signed in November, ..."
            return tok.dep_ == "acl" or _finite_past_participle(tok)
        if auxes[0].lower_ in _PERFECT_AUX:
            # a perfect ("they had met at Easter", "the vote had been held in November", "he has visited the
            # city in November") tells an event done by the time of telling, not ahead, however near the next
            # Easter or November (a modal or "to" before "have" comes first: "could have", "to have")
            return True
        return len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ == "VBD"
    if tok.tag_ != "VBD":
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in tok.lefts)


def _finite_past_participle(v) -> bool:
    """Whether a verb the tagger calls a past participle, with no auxiliary, is a simple past it mistook ("the steel
    plant closed in January, putting 900 out of work": "closed" tagged VBN): English puts an active subject before a
    bare participle only when the form is the past tense ("closed", "sold", "shut" spell both), so a nominal subject
    of its own makes it a finite past verb, whose time is the last January, however near the next one (the
    TIMEX3 reading of a bare month in a past clause). A reduced relative ("the accord, signed in November") or a
    passive ("was closed") has no active subject."""
    return any(c.dep_ == "nsubj" for c in v.lefts)


# --- the publication date --------------------------------------------------------------------

def _is_day(value: str | None) -> bool:
    return bool(value) and len(value) == 10 and value[4] == "-" and value[:4].isdigit()


def _is_month(value: str | None) -> bool:
    return bool(value) and len(value) == 7 and value[4] == "-" and value[:4].isdigit() and value[5:].isdigit()


_BOUND_MODS = frozenset({"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"})


def _period_start(n: Norm) -> dt.date | None:
    """First day of an absolute year, month or decade value ("2003", "2003-05", "199"); None for days and relatives."""
    v = n.value
    if n.type != "DATE" or n.relative or not v or len(v) not in (3, 4, 7):
        return None
    return period_start(v)


_MONTH_WORD = re.compile(r"\b(?:%s)\b" % "|".join(sorted(MONTHS, key=len, reverse=True)), re.IGNORECASE)


def _yearless_date(items: list[tuple[str, Norm, str | None, str | None]], dated_days: set[str]) -> str | None:
    """The first month or month-day the text names without a year ("in May", "on Oct. 14"), unless it repeats a day
    dated in full ("the Sept. 11 attacks" after "Sept. 11, 2001"). News style (AP, and the Wall Street Journal's)
    writes the year only for a date outside the current year, so beside such a month the dated day lies in an earlier
    year; and where the year-less month shares the dated day's year, it may come after it: either way the dated day
    is not the latest event (TimeML dev: the inferred date was another day in 8 of the 9 documents it was used on).
    The body's style only: a caption dates its photo in full, whatever the year."""
    for text, n, _, _ in items:
        if n.relative and n.weekday is None and n.granularity in ("day", "month") and _MONTH_WORD.search(text):
            got = normalize(text, dt.date(2000, 7, 1))  # any day: only the month and day are read
            if not (n.granularity == "day" and got is not None and got.value and got.value[5:] in dated_days):
                return text.strip()
    return None


def infer_published(items: list[tuple[str, Norm, str | None, str | None]]) -> Published:
    """Infer the document date from (text, anchor-free Norm, tense, section kind) of its expressions.

    The latest absolute day date the text reports as past (or in a caption) bounds the date from
    below. A past-tense bare weekday ("on Sunday") happened within the 6 days up to publication,
    and, as news names a day by its weekday only when it is recent, after any dated event: the
    earliest date >= that bound for which every such weekday falls between the bound and the date.
    """
    dated = [(n.value, text) for text, n, tense, kind in items
             if _is_day(n.value) and n.type == "DATE" and (kind == "caption" or tense in ("past", None))]
    if not dated:
        return Published(value=None, inferred=True, basis="no metadata date and no absolute day date in the text to infer one from")
    latest, latest_text = max(dated)
    lower = dt.date.fromisoformat(latest)
    captioned = {n.value for _, n, _, kind in items if kind == "caption"}
    # (a caption writes a photo's full date whatever its year: its year says nothing of the day's distance)
    if latest not in captioned and (yearless := _yearless_date(items, {v[5:] for v, _ in dated})) is not None:
        return Published(value=None, inferred=True,
                         basis=f"{yearless!r} names a month without its year beside {latest_text!r}: the latest "
                               f"dated day is not shown to be the latest event, no day to infer")
    # a later year or month told in the past ("in 1994 he ...") means the dated day is not the latest
    # event: the text dates its news only coarsely, and we cannot name the day
    for text, n, tense, _ in items:
        start = _period_start(n)
        if start is not None and start > lower and tense == "past" and n.mod not in _BOUND_MODS:
            return Published(value=None, inferred=True,
                             basis=f"the latest absolute date in the text ({latest_text!r}) precedes {text.strip()!r}, "
                                   f"told in the past: no day to infer")
    past_wds: dict[int, str] = {}
    for text, n, tense, _ in items:
        if n.weekday is not None and weekday_direction(tense) == "past":
            past_wds.setdefault(n.weekday, text.strip())
    if not past_wds:
        return Published(value=latest, inferred=True,
                         basis=f"the latest absolute date in the text ({latest_text!r}); no past-tense weekday narrows it")
    for k in range(7):
        d = lower + dt.timedelta(days=k)
        if all(weekday_date(d, wd, "past") >= lower for wd in past_wds):
            break
    names = ", ".join(repr(t) for t in past_wds.values())
    return Published(value=d.isoformat(), inferred=True,
                     basis=f"earliest date on or after the latest absolute date ({latest_text!r}) with past-tense "
                           f"{names} falling between that date and publication")


def published_from_line(doc: Document) -> Published | None:
    """A dated 'Published'/'Updated' section (its attrs['value_text']), if one reads as a day; else a dateline
    whose date gives its year ("WASHINGTON, March 4, 2025 -"): the day the story was written."""
    for sec in doc.sections:
        if sec.kind == "dateline" and (value := parse_date(sec.attrs.get("date"))):
            return Published(value=value, inferred=False, basis=f"dated dateline {sec.text.strip()!r}")
        if sec.kind != "published" or not sec.attrs.get("value_text"):
            continue
        value_text = sec.attrs["value_text"]
        for m in FIND_RE.finditer(value_text):
            n = normalize(m.group())
            if n is not None and _is_day(n.value):
                return Published(value=n.value, inferred=False, basis=f"dated line {sec.text.strip()!r}")
        # parse_date refuses a text without a four-digit year ("2 hours ago" would be read against today's clock)
        value = parse_date(value_text)
        if value:
            return Published(value=value, inferred=False, basis=f"dated line {sec.text.strip()!r}")
    return None


# --- the stage ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class TimesSettings:
    """How values are written where annotation practice differs.

    `weekday_parts`: a weekday with its part of day ("Friday night") as TIMEX3 writes it, the part kept
    (1998-10-23TNI, TIME); False writes the day alone (1998-10-23, DATE), as TimeBank and AQUAINT do for
    most of them (7 of the 12 on their dev documents, and for `[Friday] night` the gold marks the weekday
    alone). `last night`, `this morning` keep their part either way (both corpora write it)."""

    weekday_parts: bool = True


@register
class TimesStage(Stage):
    """Time expressions normalised to TimeML values, and the publication date settled for later stages:
    the date from metadata or --published (set before any stage), else a dated 'Published' line, else
    the date inferred from the text's own dates."""

    name = "times"
    requires = frozenset({"parse", "sections"})
    provides = frozenset({"times", "published"})
    Settings = TimesSettings

    def __call__(self, doc: Document, parse: Parse) -> None:
        run(doc, parse, weekday_parts=self.settings.weekday_parts)


def run(doc: Document, parse: Parse, weekday_parts: bool = True) -> None:
    """The article's time expressions into doc.times, and doc.published settled when metadata gave none. Passes in
    order, each needing the one before it whole: every expression read on its own (extent, tense, whether it names
    a time at all); the publication date, which may be inferred from those readings; the values in text order, each
    told from the document date and from the times named before it; the extents as TimeML marks them."""
    text = doc.text
    items, links = _read_items(doc, parse)
    _settle_published(doc, items)
    anchor = _anchor_day(doc)
    sharers = _year_sharers(text, items)  # "March" in "March and April 1998": no topic of its own (its year comes later)
    resolved = _Resolution(text, parse, items, links, anchor, sharers).values()
    resolved = _clock_days(text, items, resolved, anchor)
    resolved = _share_years(resolved, sharers)
    if not weekday_parts:  # after the clock times, which still take the last bare day named
        resolved = [_day_alone(text, a, b, n) for (a, b, *_), n in zip(items, resolved)]
    kept = _kept_spans(text, parse, items, resolved, anchor)
    doc.times = [TimeExpr(id=f"t{i + 1}", start=a, end=b, text=text[a:b], value=n.value, granularity=n.granularity,
                          type=n.type, mod=n.mod) for i, ((a, b), n) in enumerate(kept)]


# --- reading each expression on its own --------------------------------------------------------
# An item is (start, end, norm, tense, section kind, strict): the expression's extent, its value as written, the
# tense it is told in, the section it stands in and whether a relative value is the last such time strictly
# before the telling (`normalize`'s strict).


@dataclass
class _ReportLinks:
    """Neighbouring expressions where one dates a report and the other a thing it tells, by the later item's index.

    Weekdays a report tells in the past lie before the day the report names (`_day_before`): the told item after
    the report's ("said Friday she had resigned on Monday": `before_last`), or the report's after the told one ("had
    resigned on Monday, officials said Friday": `before_next`). Weekdays a past report tells as its future ("said
    Monday the vote would be held Tuesday") lie after the report's day (`after_last`, `after_next`). Bare months a
    report tells are counted from the report's own time ("said in October 2025 the plant would close in February":
    2026-02), after it for a future told from the past (True), on or before it for a past (False): the told month
    after the report's time (`told_after`) or before it (`told_before`: "would close in February, the minister said
    in October 2025")."""

    before_last: set[int] = field(default_factory=set)
    before_next: set[int] = field(default_factory=set)
    after_last: set[int] = field(default_factory=set)
    after_next: set[int] = field(default_factory=set)
    told_after: dict[int, bool] = field(default_factory=dict)
    told_before: dict[int, bool] = field(default_factory=dict)


def _read_items(doc: Document, parse: Parse) -> tuple[list[tuple], _ReportLinks]:
    """The items of the selected candidates in text order (those naming no time left out) and the report links
    between neighbours; all read before any value is resolved, since the publication date is inferred from them."""
    text = doc.text
    picked = select(text, candidate_spans(text, parse), parse.kind_at)
    need_all = doc.published.value is None  # inference reads the tense of absolute dates too
    starts = {a for a, _, _ in picked}
    items: list[tuple] = []
    links = _ReportLinks()
    for a, b, norm in picked:
        item = _read_item(text, parse, a, b, norm, starts, need_all)
        if item is not None:
            _link_reports(text, parse, items, item, links)
            items.append(item)
    return _years_told(text, parse, items, need_all), links


def _read_item(text: str, parse: Parse, a: int, b: int, norm: Norm, starts: set[int], need_all: bool) -> tuple | None:
    """The item of the candidate at [a, b), or None when it names no time there."""
    if norm.value == "PAST_REF" and (m := _RECENTLY_AS.match(text, b)) and m.end() in starts:
        return None  # "as recently as last month", "most recently last October": the time is the one named after
    a, norm = _extent(text, parse, a, b, norm)
    kind = parse.kind_at(a)
    if _not_a_time_word(text, parse, a, b, norm):
        return None
    told, norm = norm, _future_ref(text, parse, a, b, norm)  # (the tense is read with the value before the vague future)
    if _a_count_or_part(text, a, b, norm) or _a_kind_of_thing(text, parse, a, b) \
            or _in_a_name_here(text, parse, a, b, norm, kind):
        return None
    if not _tense_read(norm, need_all):
        return a, b, norm, None, kind, False  # (not read, or not yet: see _tense_read)
    tense, strict = _told(text, parse, a, b, told, norm, kind, need_all)
    return a, b, norm, tense, kind, strict


def _told(text: str, parse: Parse, a: int, b: int, told: Norm, norm: Norm, kind: str, need_all: bool) -> tuple:
    """(tense, strict) of the item at [a, b): the tense read with the value as first read (`told`), the strictness
    with the value kept (`norm`)."""
    since = _since_bound(text, a, b)
    tense = _item_tense(text, parse, a, b, told, kind, need_all, since)
    strict, tense = _strictness(text, parse, a, b, norm, tense, since)
    return tense, strict


def _tense_read(norm: Norm, need_all: bool) -> bool:
    """Whether the tense and strictness of an item whose value is `norm` are read as it is read (need_all: the
    publication date is to be inferred). Their readers: the values (`_Resolution._relative_value`, of a relative value
    only: `_stretch_reading` makes no absolute value relative), the clock times' days (`_clock_days`, a TIME's), the
    report links (`_link_reports`, a weekday's) and the inference (`infer_published`: an absolute day's, a weekday's,
    and past its first step a year's, month's or decade's, which `_years_told` reads once all items are in). No
    reader asks any other item's (a duration's, a set's, PAST_REF's or PRESENT_REF's, an absolute year's beside a
    known publication date): a third of the items of BBC news, and each reading is a walk of the parse."""
    if norm.relative or norm.weekday is not None or norm.type == "TIME":
        return True
    return need_all and norm.type == "DATE" and _is_day(norm.value)


def _years_told(text: str, parse: Parse, items: list[tuple], need_all: bool) -> list[tuple]:
    """The items, with the tense and strictness of each absolute year, month or decade (`_period_start`) read when
    the inference will read them: `infer_published` asks whether one is told in the past only after finding an
    absolute day date (`dated`), else it stops first (on BBC news 197 articles of 200 name none)."""
    if not (need_all and any(n.type == "DATE" and _is_day(n.value) for _, _, n, *_ in items)):
        return items
    out = []
    for a, b, n, tense, kind, strict in items:
        if not _tense_read(n, need_all) and _period_start(n) is not None:  # (its value is as first read: see _told)
            tense, strict = _told(text, parse, a, b, n, n, kind, need_all)
        out.append((a, b, n, tense, kind, strict))
    return out


def _extent(text: str, parse: Parse, a: int, b: int, norm: Norm) -> tuple[int, Norm]:
    """The start and value once the words before the candidate are weighed: a bound ("at most 40 days") joins
    the extent, a preposition or conjunction that is no part of the time leaves it."""
    if norm.mod == "MORE_THAN" and _over_across(parse, text, a):
        a, norm = a + 5, replace(norm, mod=None)  # "repaid over five years": the stretch, out of the extent
    elif norm.type == "DURATION" and (m := _cue_before(_BOUND_BEFORE, text, a, _BOUND_WIDTH)) is not None:
        start = _cue_start(text, a, len(m.group().split()))
        bounded = normalize(text[start:b])  # "at most 40 days", "no less than six hours" (negation turns it)
        if bounded is not None and bounded.mod in _BOUNDS:
            a, norm = start, bounded
    a = _graded_bound_start(text, a, b, norm)  # "a little over three hours": the bound's own degree
    if _that_conjunction(text, parse, a, b):
        a, norm = a + 5, normalize(text[a + 5:b]) or norm  # "said that Friday would be a holiday": the bare weekday
    return a, norm


def _item_tense(text: str, parse: Parse, a: int, b: int, norm: Norm, kind: str, need_all: bool, since) -> str | None:
    """The tense the expression is told in: its clause's (read only when the value or the inference needs it),
    turned by the section and by the first cue around the expression that decides it (`_TENSE_CUES`)."""
    tense = clause_tense(parse, a, b) if (need_all or norm.relative) else None
    if kind == "title" and tense == "present":
        tense = "past"  # headlines tell past events in the present
    if since:
        return "past"  # "since Tuesday", "since early March" point back, whatever the verb
    for cue in _TENSE_CUES:
        if (cued := cue(text, parse, a, b, norm, tense, kind)) is not None:
            return cued
    return tense


def _earliest_cue(text: str, parse: Parse, a: int, b: int, norm: Norm, tense: str | None, kind: str) -> str | None:
    """The earliest a coming event may happen: "ready to leave as soon as Tuesday, he said", "a vote could come as
    early as Monday"; but "police knew as early as Monday" looks back."""
    if norm.weekday is not None and (e := _cue_before(_EARLIEST, text, a, 16)) and \
            (e.group(1).lower() == "soon" or tense != "past"):
        return "future"
    return None


def _ahead_of_cue(text: str, parse: Parse, a: int, b: int, norm: Norm, tense: str | None, kind: str) -> str | None:
    """"ahead of Tuesday's vote", "heading into Monday's caucuses": the day lies after the clause's own time; a
    present or future report looks ahead; after a past one (or none) the day may lie either side of the document
    date: the coming one only when it is far nearer ("ahead", resolved with the value)."""
    if norm.weekday is not None and _cue_before(_AHEAD_OF, text, a, 24):
        return "future" if tense in ("present", "future") else "ahead"
    return None


def _refusal_cue(text: str, parse: Parse, a: int, b: int, norm: Norm, tense: str | None, kind: str) -> str | None:
    """"could not be reached for comment Saturday", "would not say Monday": a refusal made then."""
    if norm.weekday is not None and tense == "future" and _no_comment(parse, a, b):
        return "past"
    return None


def _still_ahead_cue(text: str, parse: Parse, a: int, b: int, norm: Norm, tense: str | None, kind: str) -> str | None:
    """"has given them until 9 a.m. Tuesday": a present state's deadline, still to come; "the vote, originally set
    for Sunday": a schedule's day, which the past tense of the scheduling does not fix; "the summit was pushed back
    to Monday": the day a thing was put off or brought forward to, still ahead of it."""
    if tense == "past" and (_deadline_ahead(parse, text, a, b, norm) or _scheduled_for(parse, a, b)
                            or _moved_to(parse, text, a, b)):
        return "future"
    return None


def _owner_day_cue(text: str, parse: Parse, a: int, b: int, norm: Norm, tense: str | None, kind: str) -> str | None:
    """"follows Tuesday's declaration": a day named as the owner of a known event (but "braces for Friday's report",
    "faces Sunday's vote", "to meet Friday's deadline": one still to come)."""
    if norm.weekday is not None and tense == "present" and text[b:b + 2] in ("'s", "’s") \
            and not _awaited(parse, a, b):
        return "past"
    return None


def _futurate_cue(text: str, parse: Parse, a: int, b: int, norm: Norm, tense: str | None, kind: str) -> str | None:
    """"the new tax takes effect in March", "the rules apply from Feb. 1", told in June: the simple present of a
    scheduled event is its future (as a bare weekday's is), not the nearest March, which lay behind (a caption,
    like a headline, tells what happened in the present: left as it was)."""
    if tense == "present" and norm.relative and norm.weekday is None and norm.granularity in ("month", "day") \
            and kind != "caption" and _futurate(parse, a, b):
        return "future"
    return None


# the cues that turn a clause's tense for the expression, in order: the first that speaks decides
_TENSE_CUES = (_earliest_cue, _ahead_of_cue, _refusal_cue, _still_ahead_cue, _owner_day_cue, _futurate_cue)


def _not_a_time_word(text: str, parse: Parse, a: int, b: int, norm: Norm) -> bool:
    """Whether a word that can name a time or a frequency names none here."""
    if norm.value == "FUTURE_REF" and text[a:b].lower() == "soon" and _soon_after_past(parse, a, b):
        return True  # "the strike began in May and soon spread": shortly after a past event, no time after now
    if norm.type == "SET" and text[a:b].lower() in _SET_ADJECTIVES and _premodifies(parse, a, b):
        return True  # "a quarterly dividend", "the annual meeting": TimeBank leaves these unmarked
    # "declared its initial quarterly", "the weekly": a payment or a paper, not how often
    return norm.type == "SET" and text[a:b].lower() in _SET_NOUNS and _a_noun(parse, a, b)


def _future_ref(text: str, parse: Parse, a: int, b: int, norm: Norm) -> Norm:
    """TimeML's vague future (FUTURE_REF) for "tomorrow" and "one day" where they name no day."""
    if text[a:b].lower() == "tomorrow" and text[b:b + 2] not in ("'s", "’s") \
            and _cue_before(_OF_AN_ERA, text, a, 70):
        return Norm("FUTURE_REF", "future", "DATE")  # "the leaders of tomorrow", "the world of tomorrow": the future
    if norm.value == "P1D" and text[a:b].lower() == "one day" and _someday(parse, a, b):
        return Norm("FUTURE_REF", "future", "DATE")  # "Islam will one day be", "hopes to one day lead"
    return norm


def _a_count_or_part(text: str, a: int, b: int, norm: Norm) -> bool:
    """Whether a quarter or a half counts or divides a thing here, not a year."""
    if norm.type == "DURATION" and norm.value and norm.value.endswith("Q") and _FRACTION_OF.match(text, b) \
            and not text.startswith(("the ", "The "), a):
        return True  # "more than a quarter of the market", "three quarters of its loans": a fraction, not a time
    if norm.granularity == "half" and _HALF_OF_A_THING.match(text, b):
        return True  # "the second half of the match", "the first half of the book": a half of a thing, not of a year
    # "fell for the fourth quarter in a row", "the third straight quarter": a count, not the third quarter
    return bool((_IN_A_ROW.match(text, b) and _QUARTER_ORDINAL.fullmatch(text, a, b))
                or _COUNTED_QUARTER.fullmatch(text, a, b))


def _a_kind_of_thing(text: str, parse: Parse, a: int, b: int) -> bool:
    """Whether a part of day or a season names a kind of thing, a greeting or an event's own night here."""
    words = text[a:b].lower()
    if words in _PART_WORDS and (_cue_before(_GREETING, text, a, 6) or _classifies(parse, a, b)):
        return True  # "Good evening from Havana", "a morning talk show": a greeting, a kind of thing
    if words in _SEASON_WORDS and _cue_before(_INDEFINITE, text, a, 4) and _classifies(parse, a, b):
        return True  # "a summer camp", "a winter coat": after "a", a kind of thing, no summer of any year
    # "the night of the attack", "the night the plane went down": a night an event names, not the day last named;
    # "the night of Oct. 23": TimeBank marks the date alone (2 of 2 on dev), which stays ("in the morning edition",
    # "the evening shift": a kind of thing)
    return words in _THE_PART and (text.startswith(" of ", b) or _named_by_clause(parse, a, b)
                                   or _classifies(parse, text.rindex(" ", a, b) + 1, b))


def _in_a_name_here(text: str, parse: Parse, a: int, b: int, norm: Norm, kind: str) -> bool:
    """Whether the expression is a word of a name (a holiday's, a paper's, a show's, a band's), not a time."""
    if _NEW_YEAR.fullmatch(text, a, b) and (not text.startswith("New Year", a) or text[b:b + 1] in ("'", "’")
                                            or _cue_before(_A_NEW_YEAR, text, a, 12)):
        return True  # "in the New Year" (the coming year), "Chinese New Year", "a new year", "New Year's bank holiday"
    if norm.weekday is not None and (_inside_a_name(parse, a, b) or _names_a_title(parse, a, b)):
        return True  # "the Sunday Times", "Monday Night Football": a weekday inside the name of a paper or show
    if kind != "title" and in_a_name(text, a, b):
        return True  # "CBS's 60 Minutes", "the film High Noon", "VOA Today": a title, not a time
    # "with Happy Mondays star Bez": plural weekdays after a capitalised word mid-sentence, a name
    return norm.type == "SET" and text[b - 4:b] == "days" and _cue_before(_NAME_WORD_BEFORE, text, a, 30) is not None


def _strictness(text: str, parse: Parse, a: int, b: int, norm: Norm, tense: str | None, since) -> tuple:
    """(strict, tense): whether a relative value is the last such time strictly before the telling, or a period not
    yet ended; a strict past makes the tense past."""
    # "the quarter ended Oct. 31": a period that has ended lies in the past, however near the next one
    # and "since" (in the extent or just before it: "since year-end") names a time already begun
    strict = since or _cue_before(_ENDED, text, a, 8) is not None or _under_since(parse, a, b) or \
        (tense == "past" and (_told_in_past(parse, a, b) or _in_pluperfect(parse, a, b)
                              or _participle_on_noun(parse, a, b))) or \
        _closes_past_stretch(parse, text, a, tense)
    if strict:
        return strict, "past"
    if tense == "future" and norm.granularity in ("quarter", "half") and _cue_before(_IN_DURING, text, a, 12):
        return True, tense  # "will rise in the second half": a future event inside the period, so one not yet ended
    return strict, tense


def _link_reports(text: str, parse: Parse, items: list[tuple], item: tuple, links: _ReportLinks) -> None:
    """Record in `links` how the new item and the one before it date a report and what it tells, if they do."""
    if not items:
        return
    a, b, norm, tense = item[:4]
    last, i = items[-1], len(items)
    if norm.weekday is not None and tense == "past" and _reported_past(parse, last, (a, b)):
        links.before_last.add(i)
    elif last[2].weekday is not None and last[3] == "past" and _reported_past(parse, (a, b), last):
        links.before_next.add(i)
    elif norm.weekday is not None and tense != "past" and _reported_future(parse, last, (a, b)):
        links.after_last.add(i)
    elif last[2].weekday is not None and last[3] != "past" and _reported_future(parse, (a, b), last):
        links.after_next.add(i)
    elif norm.weekday is not None and tense == "past" and last[2].weekday not in (None, norm.weekday) \
            and last[3] == "past" and _coordinated_past(parse, last, (a, b)):
        links.before_next.add(i)  # "began on Monday and ended on Thursday": Monday is the one before Thursday
    elif _told_month(text, a, b) and (way := _report_way(parse, last, (a, b))) is not None:
        links.told_after[i] = way
    elif _told_month(text, *last[:2]) and (way := _report_way(parse, (a, b), last)) is not None:
        links.told_before[i] = way


# --- the publication date, then the values in text order ---------------------------------------


def _settle_published(doc: Document, items: list[tuple]) -> None:
    """When metadata gave no publication date: a dated line's, else the one inferred from the items."""
    if doc.published.value is None:
        got = published_from_line(doc)
        if got is None:
            got = infer_published([(doc.text[a:b], n, t, k) for a, b, n, t, k, _ in items])
        doc.published = got


def _anchor_day(doc: Document) -> dt.date | None:
    """The day relative values are told from: the publication date, or a dated dateline just before it."""
    try:
        anchor = dt.date.fromisoformat(doc.published.value[:10]) if doc.published.value else None
    except ValueError:  # a metadata date we cannot use as an anchor: relative values stay null
        anchor = None
    return dateline_day(doc, anchor) or anchor


class _Resolution:
    """The values of the items in text order. A relative value is told from the document date and from the topic,
    what the text named before it: the time under discussion (`ref`), the week, the quarter, the stretch of the year
    a report is about, the year of each month and day the text dated; some items also mend the value before them
    (a report's day, two quarters in apposition, the quarter a day closes)."""

    def __init__(self, text: str, parse: Parse, items: list[tuple], links: _ReportLinks, anchor: dt.date | None,
                 sharers: set[int]):
        self.text, self.parse, self.items, self.links = text, parse, items, links
        self.anchor, self.sharers = anchor, sharers
        self.resolved: list[Norm] = []
        self.ref: str | None = None  # the time under discussion
        self.week: str | None = None  # the week or weekend named last ("last weekend"), until a date is named after it
        self.quarter: str | None = None  # the last quarter named
        self.dated: dict[str, str] = {}  # "09-11" -> "2001": the year of each month and day the text named with one
        self.part_year: str | None = None  # the stretch of the year a report is about ("the nine months": P9M), if any
        # `ref` is the start of a stretch reaching to now ("since 1997"): "that year" is it, "the year" not
        self.ref_bound = False
        self.narrated: set[int] = set()  # the yearless months and days that took the narrative's year (`_narrative_prev`)

    def values(self) -> list[Norm]:
        for a, b, norm, tense, _kind, strict in self.items:
            self.resolved.append(self._value(a, b, norm, tense, strict))
        return self.resolved

    def _value(self, a: int, b: int, norm: Norm, tense: str | None, strict) -> Norm:
        """The value of the item at [a, b), the topic moved on by it and the value before it mended."""
        norm = _stretch_reading(self.text, self.parse, a, b, norm)
        if norm.relative:
            norm = self._relative_value(a, b, norm, tense, strict)
        self._mend_report_day(a, norm)
        norm = self._apposed_quarter(a, b, norm)
        norm = self._year_stretch(a, b, norm)
        self._follow_topic(a, b, norm)
        self._close_quarter(a, norm)
        return self._dated_day(a, b, norm)

    def _relative_value(self, a: int, b: int, norm: Norm, tense: str | None, strict) -> Norm:
        """A relative value told from the document date and the topic, in the narrative's year, from a report's day."""
        r = self._reference(a, b)
        if tense == "ahead":  # the coming day when it is far nearer than the last one: one or two days ahead
            tense = "future" if self.anchor and 0 < (norm.weekday - self.anchor.weekday()) % 7 <= 2 else "past"
        wd = norm.weekday
        norm = normalize(self.text[a:b], self.anchor, tense, ref=r, strict=strict) or norm
        if tense == "past" and self._in_narrative(a, b, norm):
            # "In March 2019 the talks collapsed. By May, fighting had resumed": the year the narrative is in
            norm = replace(norm, value=self.resolved[-1].value[:4] + norm.value[4:])
            self.narrated.add(len(self.resolved))
        return self._from_report(a, norm, wd)

    def _reference(self, a: int, b: int) -> str | None:
        """The time named before that a relative expression is told from, if any (`normalize`'s ref)."""
        text = self.text
        # "the latest period", "the year-ago period": the quarter a report is about, even when a day ("the quarter
        # ended Sept. 30") was named after it (when the last time named is itself a quarter, `quarter` is that one)
        r = self.quarter if self.quarter and _QUARTER_REF.match(text, a, b) else self.ref
        if self.ref_bound and _IN_THE_YEAR.fullmatch(text, a, b):
            r = None  # "the highest since 1997 ... for the year": the bound is no year under discussion
        if self.week and (_WEEK_ANAPHOR.fullmatch(text, a, b) or THAT_WEEKDAY.fullmatch(text, a, b)):
            r = self.week  # "Last weekend ... That weekend": the week named last, when no date was named since
        if _THE_NEXT.match(text, a, b) and _cue_before(_STRETCH_BEFORE, text, a, 12):
            r = None  # "over the next year", "in the next week": the stretch ahead of now, not of a time named
        return r

    def _in_narrative(self, a: int, b: int, norm: Norm) -> bool:
        """Whether a past month or day continues the narrative of the time before it, in that time's year (a past
        time, not after now)."""
        resolved, anchor = self.resolved, self.anchor
        if not (resolved and anchor):
            return False
        prev, prev_norm = self.items[len(resolved) - 1], _narrative_prev(resolved, self.narrated)
        return any(f(self.text, prev, prev_norm, a, b, norm, self.parse) for f in (_narrative_month, _narrative_day)) \
            and resolved[-1].value[:4] + norm.value[4:7] <= anchor.isoformat()[:7]

    def _from_report(self, a: int, norm: Norm, wd: int | None) -> Norm:
        """A weekday or month a report tells, counted from the report's time named just before (`_ReportLinks`)."""
        i, resolved, links = len(self.resolved), self.resolved, self.links
        if not resolved:
            return norm
        if i in links.before_last:
            return _day_before(self.text, self.items[i - 1][1], a, resolved[-1], norm, wd)
        if i in links.after_last:
            return _day_after(self.text, self.items[i - 1][1], a, resolved[-1], norm, wd)
        if i in links.told_after:
            return _month_from_report(resolved[-1], norm, links.told_after[i])
        return norm

    def _mend_report_day(self, a: int, norm: Norm) -> None:
        """The weekday or month before, told by the report this item dates, counted from this item's value."""
        i, resolved, links = len(self.resolved), self.resolved, self.links
        if not resolved:
            return
        prev = self.items[i - 1]
        if i in links.before_next:
            resolved[-1] = _day_before(self.text, prev[1], a, norm, resolved[-1], prev[2].weekday)
        elif i in links.after_next:
            resolved[-1] = _day_after(self.text, prev[1], a, norm, resolved[-1], prev[2].weekday)
        elif i in links.told_before:
            resolved[-1] = _month_from_report(norm, resolved[-1], links.told_before[i])

    def _apposed_quarter(self, a: int, b: int, norm: Norm) -> Norm:
        """Two quarters in apposition name one period: "the year-ago quarter, the second quarter ended Oct. 31" is
        that second quarter in the year of the first; the ordinal says which quarter both are."""
        text, resolved = self.text, self.resolved
        if not (resolved and norm.value and "-Q" in norm.value and _QUARTER_ORDINAL.fullmatch(text, a, b)):
            return norm
        prev_a, prev_b = self.items[len(resolved) - 1][:2]
        last = resolved[-1]
        if text[prev_b:a] != ", " or not (last.value and "-Q" in last.value) \
                or not _UNNUMBERED_QUARTER.fullmatch(text, prev_a, prev_b):
            return norm
        norm = Norm(last.value[:4] + norm.value[4:], norm.granularity, norm.type, norm.mod, norm.relative)
        resolved[-1] = Norm(norm.value, last.granularity, last.type, last.mod, last.relative)
        return norm

    def _year_stretch(self, a: int, b: int, norm: Norm) -> Norm:
        """A year or a part of one read as the stretch a report is about."""
        text = self.text
        if norm.granularity == "year" and _THE_YEAR.fullmatch(text, a, b) and _ENDING.match(text, b):
            return Norm("P1Y", "duration", "DURATION")  # "the year ending June 30": a stretch, TimeML's P1Y
        if norm.type == "DURATION" and norm.value in _PART_YEAR:
            # "for the nine months ... a year earlier": the comparison is now with the year to date, the year
            # of the quarter the report is about (not of a comparison named since: "a loss last year")
            base = self.quarter or self.ref
            self.ref = base[:4] if base and base[:4].isdigit() else (f"{self.anchor.year:04d}" if self.anchor else self.ref)
            self.quarter, self.part_year = None, norm.value
        elif self.part_year and _YEAR_AGO_PERIOD.fullmatch(text, a, b):
            return Norm(self.part_year, "duration", "DURATION")  # after "the nine months", "the year-earlier period"
        return norm

    def _follow_topic(self, a: int, b: int, norm: Norm) -> None:
        """The topic after the item: a date it names becomes the time under discussion, a week the week."""
        if self._new_topic(a, b, norm):
            self.ref = norm.value  # the time under discussion; "a year earlier" is a comparison, not a new topic
            self.ref_bound = _since_bound(self.text, a, b)
            self.week = None
            self.quarter = self.ref if "-Q" in self.ref else self.quarter
            self.part_year = None if "-Q" in self.ref else self.part_year
        elif norm.type == "DATE" and _WEEK_VALUE.fullmatch(norm.value or ""):
            self.week = norm.value
        elif norm.type == "TIME" and _is_day((norm.value or "")[:10]) and not _COMPARED.search(self.text, a, b):
            # a part or a time of a named day ("Tuesday morning", "9 a.m. Tuesday") makes that day the one under
            # discussion: "later in the day", "the same day", "the next morning" are told from it
            self.ref = norm.value[:10]

    def _new_topic(self, a: int, b: int, norm: Norm) -> bool:
        """Whether a date (a year, month or day) becomes the time under discussion: not one whose year comes later,
        not a comparison ("a year earlier"), not the day a quarter named before "ended" (that quarter's date, not a
        new topic: "a year ago" after "the fiscal first quarter ended Sept. 30" is that quarter then)."""
        text = self.text
        return norm.type == "DATE" and bool(norm.value) and norm.value[:4].isdigit() and len(norm.value) in (4, 7, 10) \
            and len(self.resolved) not in self.sharers \
            and (not _COMPARED.search(text, a, b) or _DAY_AROUND.match(text, a, b) is not None) \
            and not (self.quarter and _cue_before(_PERIOD_END, text, a, 10))

    def _close_quarter(self, a: int, norm: Norm) -> None:
        """"the quarter ended July 31", "the quarter to June": the quarter before is the one that day or month closes
        (the topic from here on); after a quarter the text named, "the quarter" is that one, in the company's own
        count."""
        resolved = self.resolved
        if not (resolved and (_is_day(norm.value) or _is_month(norm.value)) and _cue_before(_PERIOD_END, self.text, a, 10)) \
                or any(r.value and "-Q" in r.value for r in resolved[:-1]):
            return
        closed = _quarter_closed_by(self.text, self.items[len(resolved) - 1], resolved[-1], norm.value, a)
        if closed:
            if self.quarter == resolved[-1].value:
                self.quarter = closed.value
            if self.ref == resolved[-1].value:
                self.ref = closed.value
            resolved[-1] = closed

    def _dated_day(self, a: int, b: int, norm: Norm) -> Norm:
        """A yearless day the text dated before in the year it gave ("the Sept. 11 attacks" after "Sept. 11, 2001":
        the day the text dated, not this year's; also after a signal the expression's own words begin with: "since
        Sept. 11", "until Sept. 11"); a dated day remembered."""
        if norm.relative and _is_day(norm.value) and norm.value[5:] in self.dated \
                and _MONTH_DAY.fullmatch(self.text, *outer_span(self.text, a, b)):
            return Norm(self.dated[norm.value[5:]] + norm.value[4:], norm.granularity, norm.type, norm.mod, relative=True)
        if not norm.relative and _is_day(norm.value):
            self.dated[norm.value[5:]] = norm.value[:4]
        return norm


def _stretch_reading(text: str, parse: Parse, a: int, b: int, norm: Norm) -> Norm:
    """A duration read as a rate, or a relative time as a stretch up to or from now, where its context says so."""
    if norm.type == "DURATION" and norm.value in _RATE_VALUES and text[a:b].lower().startswith(("a ", "an ", "per ")) \
            and _cue_before(_RATE_BEFORE, text, a, 45) and not _NOT_A_RATE.match(text, a):
        return Norm(norm.value, "set", "SET", norm.mod)  # "$10m a year", "three times a day"
    if norm.type == "DURATION" and (n := _as_many(text, a, norm.value)):
        return Norm(n, "duration", "DURATION", norm.mod)  # "the third attack in as many days": P3D
    if norm.relative and (length := _within_length(text, a, b)):
        return length  # "within the next week": seven days from now, not the calendar week after this one
    if norm.value == "PAST_REF" and (length := _recent_stretch(text, a, b, parse)):
        return length  # "have climbed in recent months": the stretch up to now (PXM), not a past time
    return norm


def _clock_days(text: str, items: list[tuple], resolved: list[Norm], anchor: dt.date | None) -> list[Norm]:
    """Clock times and parts of day take the date of the day expression they sit next to, else the day the text
    last named, else (TimeML) the document date."""
    last_day = None
    for i, (a, b, norm, tense, _kind, strict) in enumerate(items):
        if norm.type == "TIME" and norm.value and norm.value.startswith("XXXX"):
            day = _nearby_day(items, resolved, i, text) or last_day or (anchor.isoformat() if anchor else None)
            if day:
                resolved[i] = normalize(text[a:b], anchor, tense, day=day, strict=strict) or resolved[i]
        if _is_day(resolved[i].value):
            last_day = resolved[i].value
    return resolved


def _kept_spans(text: str, parse: Parse, items: list[tuple], resolved: list[Norm], anchor: dt.date | None) -> list:
    """((start, end), value) of the expressions kept, in text order, with the extents TimeML marks: "the latest
    period" names a time only in a text about a quarter, "sales for the month" only after a month; an article
    joins, a second day's year is shared, first days and counts, clock times and coordinated periods are marked."""
    kept = [(outer_span(text, a, b, n.type == "DURATION"), n) for (a, b, *_), n in zip(items, resolved)
            if _names_a_time(text, a, b, n, anchor)]
    kept = [(_with_article(text, a, b, n), n) for (a, b), n in kept]
    kept = _year_after_second_day(text, kept, _second_days(text, items, resolved))
    kept += _apposed_days(text, items, resolved)
    kept += _closing_weeks(text, items, resolved)
    kept += _first_days(text, items, resolved)
    kept += _first_counts(text, items, resolved)
    kept = _first_clocks(text, kept)
    kept = _habitual_periods(text, _coordinated_periods(text, kept))
    kept.sort(key=lambda k: k[0])
    return _indefinite_weekdays(text, parse, _every_weekdays(text, kept))


# "recent years" is a stretch reaching up to now when its clause is a present perfect ("prices have climbed in recent
# months": PXM, TimeML's vague DURATION, as the TimeML dev study half writes it 4 times of 5 in a present perfect) and
# a past time otherwise ("prices rose in recent months", "the boom of recent years": PAST_REF, 2 of 2 there); a
# present perfect is the tense of a stretch that runs to now, a past simple or a pluperfect places an event before it
_RECENT_PLURAL = re.compile(r"(?:in )?recent (?P<unit>days|weeks|months|years)", re.IGNORECASE)
_PRESENT_HAVE = frozenset({"has", "have", "'ve", "’ve"})


def _recent_stretch(text: str, a: int, b: int, parse: Parse) -> Norm | None:
    """PXM etc. for "recent months" at [a, b) in a present perfect clause; None otherwise."""
    m = _RECENT_PLURAL.fullmatch(text, a, b)
    if m is None:
        return None
    verb = clause_verb(parse, a, b)
    if verb is None or not any(c.dep_ == "aux" and c.lower_ in _PRESENT_HAVE for c in verb.lefts):
        return None
    return Norm(_dur("X", m["unit"].lower()[:-1]), "duration", "DURATION")


_DATELINE_WAIT = 3  # days a dated dateline may lie before the publication date (a wire's archive date)


def dateline_day(doc: Document, published: dt.date | None) -> dt.date | None:
    """The day a dated dateline gives ("WASHINGTON, March 12 (Xinhua) --"), when it lies up to three days
    before the publication date: the story was written that day, filed or archived later, so its
    "Friday", "today", "last week" are told from the dateline (TimeML anchors them to the time of writing).
    The publication date itself is left as given; a dateline after it, or far before, is not used."""
    if published is None:
        return None
    line = next((s for s in doc.sections if s.kind == "dateline" and s.attrs.get("date")), None)
    if line is None:
        return None
    given = parse_date(line.attrs["date"])  # a dateline that gives its year ("WASHINGTON, March 4, 2025 -")
    for day in [given] if given else [parse_date(f"{line.attrs['date']} {year}") for year in (published.year, published.year - 1)]:
        if day and 0 <= (published - dt.date.fromisoformat(day)).days <= _DATELINE_WAIT:
            return dt.date.fromisoformat(day)
    return None


# apposition: an unnumbered quarter ("the year-ago quarter", "the latest quarter") restated by a numbered
# one with no year of its own ("the second quarter"; not "third-quarter net", a modifier of what follows)
_QUARTER_ORDINAL = re.compile(r"(?:the |its )?(?:fiscal )?(?:first|second|third|fourth|1st|2nd|3rd|4th) (?:fiscal )?quarter",
                              re.IGNORECASE)
_UNNUMBERED_QUARTER = re.compile(r"(?:the|its|that)(?: (?:latest|most recent|comparable|year-ago|year-earlier|fiscal))* quarter",
                                 re.IGNORECASE)
# "the quarter", "its latest quarter" with no ordinal or year of its own (the ordinal of a fiscal quarter
# names it in the company's own count, which stays: "its fourth quarter ended June 30" is Q4)
_BARE_QUARTER = re.compile(r"(?:the|its|that)(?: (?:latest|most recent|fiscal|just-ended|just-completed))* quarter",
                           re.IGNORECASE)


def _quarter_closed_by(text: str, item: tuple, norm: Norm, end: str, a: int) -> Norm | None:
    """The calendar quarter a three-month period ending on the day or month `end` mostly lies in, when the item
    before is a bare "the quarter" the day's "ended"/"ending" ("ended in", "to", "through") follows: "the quarter
    ended July 31" covers May to July, the second quarter; "ended Oct. 1" (a 52-week fiscal year) July to
    September, the third; "the quarter to June" (a month: its last day) April to June.
    Its middle, 45 days before the end, says which (TimeML writes the quarter the period is, not the
    quarter its last day falls in)."""
    qa, qb = item[0], item[1]
    if not (norm.value and "-Q" in norm.value and _BARE_QUARTER.fullmatch(text, qa, qb)):
        return None
    if not _CLOSED_BY.fullmatch(text[qb:a].strip(" ,")):
        return None
    try:  # a month closes the period with its last day ("the quarter to June": April to June)
        if len(end) == 10:
            last = dt.date.fromisoformat(end)
        else:
            last = _month_end(int(end[:4]), int(end[5:7]))
        mid = last - dt.timedelta(days=45)
    except ValueError:
        return None
    return Norm(f"{mid.year:04d}-Q{(mid.month - 1) // 3 + 1}", "quarter", "DATE", norm.mod, norm.relative)


def _one_space_runs(s: str) -> str:
    """`re.sub(r"\\s+", " ", s)`: each run of whitespace as one space, a run at either end included. str.split() and
    the regex's \\s (on str) break at the same characters (Python's Unicode whitespace), and the split and join run
    in C without a match object for every single space: about a third of the regex's time on a 280-character slice."""
    out = " ".join(s.split())
    if s[:1].isspace():
        out = " " + out
    if s[-1:].isspace() and out != " ":  # (a text all of whitespace is one space, its one run)
        out += " "
    return out


def _cue_before(rx: re.Pattern, text: str, a: int, width: int) -> re.Match | None:
    """rx searched in the `width` characters before offset a, each run of whitespace counted as one space:
    a cue behind extra spaces or a line break ("ahead of   Friday's vote", "Good   evening") still counts,
    as it does behind one space, however long the run. The text before the window (at least a width of it)
    stays visible to rx's \\b and look-behinds, as with rx.search(text, pos, a)."""
    start, head = a, ""
    # a whitespace run of any length is one space: take more text until the collapsed head holds the window
    # and as much again before it for \b and look-behinds (a run cut at the slice's start is still one space)
    while len(head) < 2 * width and start > 0:
        start = max(0, start - 4 * width)
        head = _one_space_runs(text[start:a])
    return rx.search(head, max(0, len(head) - width))


_WEEKDAY_PART = re.compile(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI)")


def _day_alone(text: str, a: int, b: int, n: Norm) -> Norm:
    """"Friday night" as the day alone (TimesSettings.weekday_parts False); any other value unchanged."""
    if n.value and _WEEKDAY_PART.fullmatch(n.value) and _A_WEEKDAY.search(text, a, b):
        return Norm(n.value[:10], "day", "DATE", n.mod, n.relative)
    return n


# the second day of "April 24 and 25", "March 3 or 4", "Dec. 6-9" (the dash reads "to"): a day number alone, ending a phrase
_AND_DAY = re.compile(r"(?:\s+(?:and|or|to|through)\s+|[-–])([0-3]?\d)(?:st|nd|rd|th)?\b(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|of|to|for|when|with|and|but)\b)")
_MONTH_FIRST = re.compile(r"[A-Z][a-z]+\.?\s+[0-3]?\d(?:st|nd|rd|th)?$")


def _second_days(text: str, items, resolved: list[Norm]) -> list:
    """A day number coordinated with a month and day names a day of its own ("the summit on April 24 and
    25": TimeML marks "25", 1999-04-25)."""
    out = []
    for (a, b, *_), n in zip(items, resolved):
        if not _is_day(n.value) or not _MONTH_FIRST.search(text, a, b):
            continue
        m = _AND_DAY.match(text, b)
        if m is None or any(c < m.end(1) and m.start(1) < d for c, d, *_ in items):
            continue
        try:
            day = dt.date(int(n.value[:4]), int(n.value[5:7]), int(m.group(1)))
        except ValueError:
            continue
        if day.isoformat() > n.value:  # "April 24 and 25" counts on; "April 24 and 3" is no such pair
            out.append(((m.start(1), m.end(1)), Norm(day.isoformat(), "day", "DATE", relative=n.relative)))
    return out


# a day number before "and"/"to" and a day written before its month ("on 3 and 4 March", "from 8 to 12 October")
_DAY_BEFORE_AND = re.compile(r"(?<![\d.,$£€-])\b(([0-3]?\d)(?:st|nd|rd|th)?)\s+(?:and|or|to|through)\s+$")
_DAY_FIRST = re.compile(r"[0-3]?\d(?:st|nd|rd|th)?\s+[A-Z][a-z]+\b")


def _first_days(text: str, items, resolved: list[Norm]) -> list:
    """A day number coordinated before a day and month names a day of its own, in that month ("talks on 3 and 4
    March": "3" is the 3rd, as "25" in "April 24 and 25" is the 25th)."""
    out = []
    for (a, b, *_), n in zip(items, resolved):
        if not _is_day(n.value) or not _DAY_FIRST.match(text, a, b):
            continue
        m = _DAY_BEFORE_AND.search(text, max(0, a - 16), a)
        if m is None or any(c < m.end(1) and m.start(1) < d for c, d, *_ in items):
            continue
        try:
            day = dt.date(int(n.value[:4]), int(n.value[5:7]), int(m.group(2)))
        except ValueError:
            continue
        if day.isoformat() < n.value:  # "3 and 4 March" counts on; "30 and 4 March" is no such pair
            out.append(((m.start(1), m.end(1)), Norm(day.isoformat(), "day", "DATE", relative=n.relative)))
    return out


# the first bound of a range of lengths opened by "between" or "from": a count alone, the unit said once after the second
# (one space each side: the whole match is at most 26 characters, well inside the 30 searched)
_BOUND_WORDS = sorted((k for k in NUMBERS if re.fullmatch(r"[a-z]+(?:-[a-z]+)?", k)), key=len, reverse=True)
_COUNT_BEFORE_AND = re.compile(rf"\b(?:between|from) (\d{{1,3}}|{'|'.join(_BOUND_WORDS)}) (?:and|to) $", re.IGNORECASE)
_COUNT_UNIT = re.compile(r"\S+ ([a-z]+)")  # a length written as a count and its unit: "six days", "15 years"


def _first_counts(text: str, items, resolved: list[Norm]) -> list:
    """The first bound of "between two and six days", "from 10 to 15 years": TimeML marks the two bounds of a range
    opened by "between" or "from" apart (`_BOUNDS_APART`), the first a length of its own in the unit written once,
    after the second ("two": P2D, as "3" in "3 and 4 March" is a day)."""
    out = []
    for (a, b, *_), n in zip(items, resolved):
        u = _COUNT_UNIT.fullmatch(text, a, b)
        if n.type != "DURATION" or u is None:
            continue
        m = _COUNT_BEFORE_AND.search(text, max(0, a - 30), a)
        if m is None or any(c < m.end(1) and m.start(1) < d for c, d, *_ in items):
            continue
        first = normalize(f"{m.group(1)} {u.group(1)}")
        if first is not None:  # (a count and a unit word is a length, or nothing: "two while")
            out.append(((m.start(1), m.end(1)), first))
    return out


_YEAR_AFTER = re.compile(r",\s*((?:1[5-9]|20)\d\d)\b")


def _year_after_second_day(text: str, kept: list, seconds: list) -> list:
    """`kept` with the second days (`_second_days`) added; a year written after the second ("May 3 and 4, 1997") is
    both days' and part of the second's extent ("4, 1997", as "May 4, 1997" would be), in place of the year alone
    (the first day had been read without a year: the document's)."""
    for (c, d), n in seconds:
        m = _YEAR_AFTER.match(text, d)
        if m is None or n.value is None:
            kept.append(((c, d), n))
            continue
        year = m.group(1)
        first = max((k for k in kept if k[0][1] <= c and _is_day(k[1].value)), key=lambda k: k[0][1], default=None)
        kept = [k for k in kept if k[0] != m.span(1) and k is not first]
        if first is not None:
            kept.append((first[0], Norm(year + first[1].value[4:], "day", "DATE", first[1].mod, first[1].relative)))
        kept.append(((c, m.end(1)), Norm(year + n.value[4:], "day", "DATE")))
    return kept


# a bare four-digit number joined to a 24-hour clock time that follows ("between 2000 and 2100 GMT", "from 2200
# to 0600 local time"): the first end of the same range, a clock time of the same day and zone, not a year
# (found over the whole text, so a joiner's whitespace may be of any length: a hard-wrapped "2000 and" + indent)
_CLOCK_BEFORE = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)(?:\s+(?:and|to|until|till|through)\s+|\s?[-–]\s?)(?=\d)")
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_FOUR_DIGITS = re.compile(r"\d{4}\b")


def _first_clocks(text: str, kept: list) -> list:
    """`kept` with the first clock time of a range written in 24-hour digits read as a time (`_CLOCK_BEFORE`)."""
    before: dict[int, re.Match] | None = None  # each range's first clock by where the second starts (made once)
    for (c, d), n in list(kept):
        if n.type != "TIME" or n.value is None or not _CLOCK_VALUE.match(n.value) or not _FOUR_DIGITS.match(text, c):
            continue
        if before is None:
            before = {m.end(): m for m in _CLOCK_BEFORE.finditer(text)}
        m = before.get(c)
        if m is None:
            continue
        span = (m.start(1), m.end(2))
        first = f"{m.group(1)}:{m.group(2)}"
        kept = [k for k in kept if k[0] != span]
        kept.append((span, Norm(f"{n.value[:11]}{first}", n.granularity, "TIME", relative=n.relative)))
        if first >= n.value[11:16]:  # "from 2200 to 0600": the range runs past midnight, its end is the next day
            # ("from 0600 to 0600": a whole day, its end the next morning)
            nxt = (dt.date.fromisoformat(n.value[:10]) + dt.timedelta(days=1)).isoformat()
            kept = [((c, d), replace(n, value=nxt + n.value[10:])) if k[0] == (c, d) else k for k in kept]
    return kept


_ORD = r"(first|second|third|fourth)"
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_COORD_PERIODS = re.compile(  # "the second and fourth quarters of 1997", "fiscal 1997's first and second halves"
    rf"\b(?:(?:fiscal )?(?P<py>\d{{4}})['’]s |the |its )?(?P<o1>first|second|third|fourth) and "
    rf"(?P<o2>first|second|third|fourth) (?P<unit>quarter|half|halve)s(?(py)|(?: (?:of|in) (?:fiscal )?(?P<y>\d{{4}})\b)?)",
    re.IGNORECASE)


# the words every match of _COORD_PERIODS holds, as the lower-cased text spells them: the second ordinal, a space
# and the plural unit ("fourth quarters", "second halves")
_PERIOD_PAIR_END = re.compile(r"(?:first|second|third|fourth) (?:quarter|half|halve)s")
# the characters outside ASCII that IGNORECASE matches to an ASCII letter (dotted and dotless i, long s, Kelvin
# sign); tests/test_s30_speed.py finds them all by trying every code point
ASCII_CASE_PARTNERS = "\u0130\u0131\u017f\u212a"


def _names_a_period(text: str) -> bool:
    """Whether the text has the words _COORD_PERIODS needs: substring tests decide most texts, where the
    pattern itself, tried at every word, was a tenth of this stage. The text must hold an ordinal and a
    plural unit after it ("second quarters", "first halves", in any case): with none of the characters that
    IGNORECASE relates to an ASCII letter beside its capital, a match is ASCII letters and spaces, which the
    lower-cased text holds in lower case ("headquarters", "on behalf of" are not let through). A text with
    one of them ("ſ" matches "s", "ı" matches "i") is tested for the unit alone ("quarter", "half", "halve":
    letters with no such partner)."""
    low = text.lower()
    if not any(c in text for c in ASCII_CASE_PARTNERS):  # (the plural units first: three substring tests)
        return ("quarters" in low or "halves" in low or "halfs" in low) and _PERIOD_PAIR_END.search(low) is not None
    return "quarter" in low or "half" in low or "halve" in low


def _coordinated_periods(text: str, kept: list) -> list:
    """Two ordinals sharing one quarter or half and its year name two periods ("the second and fourth quarters
    of 1997": 1997-Q2 and 1997-Q4; TimeML marks "second" and "fourth quarters of 1997"), in place of the year
    alone. Without a year written they are marked only as a habit's periods, sets of any year ("is usually
    conducted in the second and fourth quarters": XXXX-Q2, XXXX-Q4, as TimeML writes a recurring quarter)."""
    for m in _COORD_PERIODS.finditer(text) if _names_a_period(text) else ():
        year, unit, type_ = m["py"] or m["y"], "Q" if m["unit"].lower() == "quarter" else "H", "DATE"
        if year is None:
            if not _habitual_at(text, m.start("o1")):
                continue  # "in the second and fourth quarters": any year's, or one the text does not say
            year, type_ = "XXXX", "SET"
        o1, o2 = _ORDINAL[m["o1"].lower()], _ORDINAL[m["o2"].lower()]
        if unit == "H" and max(o1, o2) > 2:
            continue
        first = (m.start() if m["py"] else m.start("o1"), m.end("o1"))
        spans = [(first, f"{year}-{unit}{o1}"), ((m.start("o2"), m.end()), f"{year}-{unit}{o2}")]
        kept = [k for k in kept if not (k[0][0] < m.end() and m.start() < k[0][1])]
        kept += [(span, Norm(value, "quarter" if unit == "Q" else "half", type_)) for span, value in spans]
    kept.sort(key=lambda k: k[0])
    return kept


# a habit told earlier in the clause ("sales usually peak in", "the river typically floods during"; no comma, dash or
# bracket between: not "sales were usually weak, but in March they rose", "Exports - traditionally the driver of
# growth - grew slower in January"); not "always" or "often", which as often tell one event ("he always said he
# would retire in June")
_HABITUAL = re.compile(r"\b(?:usually|typically|normally|generally|traditionally|customarily)\b(?:(?!\s-\s)[^.;:!?,()–—])*$",
                       re.IGNORECASE)
_IN_DURING = re.compile(r"\b(?:in|during) (?:the )?$", re.IGNORECASE)
_RECURRING = re.compile(r"\d{4}-(?:[01]\d|Q[1-4]|SP|SU|FA|WI)")  # a month, quarter or season
_OWN_YEAR = re.compile(r"\d|\b(?:this|last|next|that|coming|past|previous|following|same|current)\b", re.IGNORECASE)


def _habitual_at(text: str, a: int) -> bool:
    """Whether the period at offset a is one a habit recurs in: "in" or "during" right before it, a habitual adverb
    earlier in its sentence ("business is usually conducted in the fourth quarter")."""
    return _cue_before(_IN_DURING, text, a, 12) is not None and _cue_before(_HABITUAL, text, a, 80) is not None


def _habitual_periods(text: str, kept: list) -> list:
    """A month, quarter or season named without a year of its own in a habit ("prices usually peak in December",
    "the river typically floods in the spring") recurs every year: a SET (XXXX-12, XXXX-SP), as TimeML writes
    "every December", not this year's date."""
    out = []
    for (a, b), n in kept:
        if n.type == "DATE" and _RECURRING.fullmatch(n.value or "") and not _OWN_YEAR.search(text, a, b) \
                and _habitual_at(text, a):
            n = Norm("XXXX" + n.value[4:], n.granularity, "SET", n.mod)
        out.append(((a, b), n))
    return out


_WEEKDAY_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_AND_OR = re.compile(r" (?:and|or) |, ")  # (not ", and": "every Monday, and Thursday the council votes" joins clauses)


def _every_weekdays(text: str, kept: list) -> list:
    """A weekday coordinated after a weekly set shares its quantifier ("every Monday and Thursday", "every Monday,
    Wednesday and Friday": the later days recur too, XXXX-WXX-4, not the nearest one). `kept` is in text order."""
    out = []
    for (a, b), n in kept:
        if out and _WEEKDAY_WORD.fullmatch(text, a, b) and out[-1][1].type == "SET" \
                and (out[-1][1].value or "").startswith("XXXX-WXX-") and _AND_OR.fullmatch(text, out[-1][0][1], a):
            n = Norm(f"XXXX-WXX-{WEEKDAYS[text[a:b].lower()] + 1}", "set", "SET")
        out.append(((a, b), n))
    return out


_ANY_ONE = re.compile(r"\b(?:[Aa]n?|[Oo]ne) $")  # "met on a Monday", "one Tuesday in May"
_DAY_OR_PART = re.compile(r"\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|NI))?")  # a day, or a part of one ("2025-10-17TNI")


def _indefinite_weekdays(text: str, parse: Parse, kept: list) -> list:
    """A weekday after "a", "an" or "one" ("the leaders first met on a Monday", "one Tuesday in May", "on a Friday
    night") is no particular week's: the TIMEX3 value leaves the digits the text does not give as X
    ("XXXX-WXX-1", "XXXX-WXX-5TNI"), not the nearest Monday. Unless the expression modifies a noun the article
    belongs to: "faces a Friday deadline", "a Saturday night raid" are a known day's deadline and raid."""
    out = []
    for (a, b), n in kept:
        m = _WEEKDAY_WORD.match(text, a)
        if m and _DAY_OR_PART.fullmatch(n.value or "") and _cue_before(_ANY_ONE, text, a, 4) \
                and not _noun_follows(parse, a, b):
            n = Norm(f"XXXX-WXX-{WEEKDAYS[m.group().lower()] + 1}{n.value[10:]}", n.granularity, n.type, n.mod)
        out.append(((a, b), n))
    return out


def _noun_follows(parse: Parse, a: int, b: int) -> bool:
    """Whether a noun or an -ing word follows the expression at [a, b) directly: "a Friday deadline", "a Saturday
    night raid", "a Friday night shooting" (the article is that noun's, whatever the parser hangs it on: it may read
    "shooting" as a verb and "a" as the night's), not "on a Friday, survivors said", "a Friday night in June"."""
    span = expand_span(parse.doc, a, b)
    return span is not None and span.end < len(parse.doc) and parse.doc[span.end].tag_ in _NOUN_NEXT


_NOUN_NEXT = frozenset({"NN", "NNS", "VBG"})


# between two coordinated dates: "March and April", "May 3 or June 4", "November to December", "late May and early
# June"; a bare comma only inside a list that goes on to such a word ("January, February and March 1996")
_COORD_GAP = re.compile(r",? (?:and|or|to|through|until|till|into) |\s?[-–]\s?")
_LIST_COMMA = re.compile(r", ")
_WRITTEN_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b|\b(?:last|this|next|that|the same|the following|the previous|the next) year\b",
                           re.IGNORECASE)
_SHARES_YEAR = frozenset({"day", "month", "season"})
_DIGIT = re.compile(r"\d")


def _year_sharers(text: str, items) -> set[int]:
    """Which items take their year from the next one: coordinated months, days or seasons share the year written
    after the last of them ("in March and April 1998", "the spring and summer of 1980", "January, February and
    March last year"); read from the document date, the earlier ones were this year's. The start of a range takes
    its end's year, written or not ("from January to October"). Each such item has no year of its own, the
    granularity of the next, and only a coordinating word (or a list's comma) between them."""
    sharers: set[int] = set()
    for j in range(len(items) - 2, -1, -1):
        (a, b, norm), (c, d, nxt) = items[j][:3], items[j + 1][:3]
        if not (norm.relative and norm.type == nxt.type == "DATE" and norm.granularity == nxt.granularity
                and norm.granularity in _SHARES_YEAR):
            continue
        if norm.granularity == "day" and not _DIGIT.search(text, a, b):
            continue  # "from Monday to Friday last week": a weekday's week, not its year, is what the end would say
        if not (_WRITTEN_YEAR.search(text, c, d) or j + 1 in sharers or _a_range(text, a, b, c)):
            continue  # "in December and January": each read on its own (they may straddle a year)
        if _COORD_GAP.fullmatch(text, b, c) or (j + 1 in sharers and _LIST_COMMA.fullmatch(text, b, c)):
            sharers.add(j)
    return sharers


_RANGE_GAP = re.compile(r" (?:to|through|until|till|into) |\s?[-–]\s?")
_BETWEEN = re.compile(r"\bbetween $", re.IGNORECASE)


def _a_range(text: str, a: int, b: int, c: int) -> bool:
    """Whether the dates at [a, b) and from c on bound a range ("from January to October", "between March and
    May"): its start lies before its end, so takes the end's year even when none is written (read alone, a past
    report's "January" in November would be the coming one)."""
    return bool(_RANGE_GAP.fullmatch(text, b, c)) or (text[b:c] == " and " and _cue_before(_BETWEEN, text, a, 8) is not None)


def _share_years(resolved: list[Norm], sharers: set[int]) -> list[Norm]:
    """The values of the sharers (`_year_sharers`) in the year of the date after them, last first; a month or day
    later in the year than the next one lies in the year before ("from November to February 1996": November 1995)."""
    out = list(resolved)
    for j in sorted(sharers, reverse=True):
        this, nxt = out[j], out[j + 1]
        if not (this.value and nxt.value and this.value[:4].isdigit() and nxt.value[:4].isdigit()):
            continue
        year = int(nxt.value[:4]) - (this.granularity != "season" and this.value[5:] > nxt.value[5:])
        out[j] = Norm(f"{year:04d}{this.value[4:]}", this.granularity, this.type, this.mod, this.relative)
    return out


_APPOSED_DAY = re.compile(r",\s+(the day) (?:before|after|of)\s+(?!yesterday|tomorrow)\w", re.IGNORECASE)


def _apposed_days(text: str, items, resolved: list[Norm]) -> list:
    """`the day` set beside a date names that day ("Oct. 12, the day before the crash", "on Friday, the day
    after the vote"): TimeML marks it with the date's value, the event it is told from being no time."""
    out = []
    for (a, b, *_), n in zip(items, resolved):
        m = _APPOSED_DAY.match(text, b) if _is_day(n.value) else None
        if m is None or any(c < m.end(1) and m.start(1) < d for c, d, *_ in items):
            continue
        out.append(((m.start(1), m.end(1)), Norm(n.value, "day")))  # (a DATE; `relative` is not read after this)
    return out


# "the week" a day closes: "the week to Friday", "the week ended on Oct. 13", "the week ending Sunday" (the whole
# match, "the week through on ", is at most 20 characters, inside the 24 searched)
_WEEK_CLOSED_BY = re.compile(r"(?<![\w-])(the week)\s(?:to|ended|ending|through)(?:\son)?\s$", re.IGNORECASE)


def _closing_weeks(text: str, items, resolved: list[Norm]) -> list:
    """"the week" before the day that closes it ("sales rose in the week to Friday", "claims fell in the week ended
    June 5"), market and statistics usage: TimeML marks it apart from the day, as TimeBank marks "the quarter" and
    "the six months" apart from the "Sept. 30" that ends them, its value the ISO week that holds most of the seven
    days the day closes, the week of the day three days before it (a week to Friday, Saturday or Sunday is that
    day's own ISO week; a week to Wednesday mostly the one before). The day keeps its tense reading ("rose in the
    week to Friday": the last one). Not before a possessive day: in "devoted the week to Friday's talks" the "to"
    belongs to the verb."""
    out = []
    for (a, b, *_), n in zip(items, resolved):
        m = _WEEK_CLOSED_BY.search(text, max(0, a - 24), a) if _is_day(n.value) else None
        if m is None or text.startswith(("'s", "’s"), b) or any(c < m.end(1) and m.start(1) < d for c, d, *_ in items):
            continue
        out.append(((m.start(1), m.end(1)), Norm(_week_value(dt.date.fromisoformat(n.value) - dt.timedelta(days=3)), "week")))
    return out


# a month and day without a year: "Sept. 11", "11 September", "Sept. 11th"
_MONTH_DAY = re.compile(r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
                        r"\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)")
# (a word of up to 29 letters: the whole match fits the 30 characters _cue_before reads)
_NAME_WORD_BEFORE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{1,28} $")
_THE_NEXT = re.compile(r"the next (?:week|weekend|month|year)\b", re.IGNORECASE)
_STRETCH_BEFORE = re.compile(r"\b(?:in|over|during|within|for|throughout|through)\s+$", re.IGNORECASE)
# "within" bounds a length (TimeBank: "within 18 months" P18M, "within two weeks" P2W), so the one unit it bounds is
# a length too: "within the next week" is P1W, the seven days from now, where "next week" is the calendar week after
# this one; "within the past year" the twelve months up to now. Not "within the last year of his term": that year
# is the term's last, a point.
_WITHIN_BEFORE = re.compile(r"\bwithin\s+$", re.IGNORECASE)
_THE_ONE_UNIT = re.compile(r"the (?:next|coming|following|past|last|previous) (?P<unit>hour|day|week|month|year)", re.IGNORECASE)


def _within_length(text: str, a: int, b: int) -> Norm | None:
    """The length (P1W) "the next week" etc. at [a, b) names after "within"; None for any other time."""
    m = _THE_ONE_UNIT.fullmatch(text, a, b)
    if m is None or text.startswith(" of ", b) or not _cue_before(_WITHIN_BEFORE, text, a, 8):
        return None
    return Norm(_dur(1, m["unit"].lower()), "duration", "DURATION")


# TimeML keeps signals ("since", "by", "in", "after") outside the TIMEX3 extent: they relate the time to
# an event. The expression is still read with them (they set mod: "since 2022" is ON_OR_AFTER), only
# the reported span leaves them out. "only"/"just" are not modifiers TimeML records: out as well.
_SIGNAL = re.compile(r"(?:(?:ever )?since|(?:up )?until|till|through|throughout|by|before|prior to|ahead of|after|"
                     r"following|in|from|within|as of|starting|during|on|at(?! (?:least|most)\b)|of|for|only|just)\s+", re.IGNORECASE)


_AFTER = re.compile(r"\s+(?:later|earlier|before|after|ago)$", re.IGNORECASE)


def outer_span(text: str, a: int, b: int, duration: bool = False) -> tuple[int, int]:
    """[a, b) without leading signal words, as TimeML marks the expression (and a duration without
    the "later" that places it: "three days later"; "at least" stays only on a duration)."""
    if duration:
        m = _AFTER.search(text, a, b)
        if m and m.start() > a:
            b = m.start()
    while True:
        m = _SIGNAL.match(text, a, b)
        if m is None or m.end() >= b:
            break
        a = m.end()
    m = _ABOUT_THE.match(text, a, b)
    if m:
        a = m.end()  # "spoke about the year-end deal", "talked about the past": the preposition, not "roughly"
    if not duration:  # "until at least Friday": "at least" bounds a duration, a day is just the day
        m = _AT_LEAST.match(text, a, b)
        if m and m.end() + 1 < b:
            a = m.end() + 1
    # a possessive belongs to the noun phrase, not the time ("its third quarter"); so does the article
    # of a noun a hyphenated time modifies ("the third-quarter loss": the loss's article)
    premodifier = _PREMODIFIER.fullmatch(text, a, b) is not None and text[b:b + 1] == " " and text[b + 1:b + 2].islower()
    m = _POSSESSIVE.match(text, a, b) or (_ARTICLE.match(text, a, b) if premodifier else None)
    if m and m.end() < b:
        a = m.end()
    return a, b



# TIMEX3 marks a noun phrase with its premodifiers, its article included ("the nine months ended Sept. 30", "the latest
# three months"; TimeBank's study half keeps the "the" of such a length 20 times of 20): where the patterns read only the
# count and the unit, the "the" before them (and one word of position between) is the expression's. Not the article
# of another noun: a hyphenated length ("the three-month loss") is no count and unit, nor one that owns the next noun
# ("the two weeks' pay").
_ARTICLE_BEFORE = re.compile(r"\b[Tt]he (?:(?:latest|first|last|past|next|final|previous|prior|coming|following|"
                             r"preceding|remaining|same|entire|full|whole|initial) )?$")
_ARTICLE_WIDTH = len("the preceding ")  # the longest cue (a one-space run: `_cue_before`)
# a count in figures or words and its unit ("12 months", "nine months", "twenty-five years"; not "weeks ahead")
_COUNT_AND_UNIT = re.compile(rf"(?P<count>\d[\d,.]*|{'|'.join(_BOUND_WORDS)}) (?P<unit>[a-z]+)", re.IGNORECASE)


def _heads_its_phrase(u: re.Match) -> bool:
    """Whether a count and its unit are a noun phrase's head: the unit plural after a count above one ("the 10 months");
    a singular one there modifies the noun after it, as a hyphenated one does ("the 10 month deficit")."""
    return u["unit"].lower().endswith("s") or u["count"].lower() in ("one", "1")


def _with_article(text: str, a: int, b: int, norm: Norm) -> tuple[int, int]:
    """The extent [a, b) of a length widened to the article that opens its noun phrase (`_ARTICLE_BEFORE`)."""
    if norm.type != "DURATION":  # (asked first: every kept item comes here, few are lengths, and the match costs)
        return a, b
    u = _COUNT_AND_UNIT.fullmatch(text, a, b)
    if u is None or text[b:b + 1] in ("'", "’") or not _heads_its_phrase(u):
        return a, b
    m = _cue_before(_ARTICLE_BEFORE, text, a, _ARTICLE_WIDTH)
    return (_cue_start(text, a, len(m.group().split())), b) if m else (a, b)

_ABOUT_THE = re.compile(r"about\s+(?=the\s)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:its|their|his|her|our|my|your)\s+", re.IGNORECASE)
_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
_PREMODIFIER = re.compile(r"(?:the|a|an)\s+\w+-\w+", re.IGNORECASE)


# after "recently" (its PAST_REF) only a comma or the "as" of "as recently as" before the time it leads to
_RECENTLY_AS = re.compile(r"(?<=[Rr]ecently),? (?:as )?")
# frequency adjectives: TimeML marks a set as an adverbial ("paid quarterly", "held annually", "on a daily
# basis"), not as a word that classifies a noun ("quarterly dividend", "annual meeting", "average daily volume")
_SET_ADJECTIVES = frozenset({"annual", "quarterly", "yearly", "biannual", "semiannual", "monthly", "weekly", "daily"})


# verbs whose complement is a length ("lasted over three weeks", "took over two years", "was over a decade"): after
# them "over" is "more than", whatever the parser attached it to
_LENGTH_VERBS = frozenset({"last", "take", "spend", "wait", "be", "need", "require"})


# a bound on a length that the patterns and the parser leave outside the expression ("at most 40 days", "a maximum
# of 12 days", "longer than a week") or a negation before "more/less than" that turns it into the other bound ("no less than six hours"
# is at least six hours, "not more than two years" at most two): TimeML's EQUAL_OR_LESS / EQUAL_OR_MORE
_BOUND_BEFORE = re.compile(r"\b(?:at\s+most|an?\s+(?:maximum|minimum)\s+of|(?:(?:no|not)\s+)?(?:longer|shorter)\s+than|no|not)\s+$",
                           re.IGNORECASE)
_BOUNDS = frozenset({"EQUAL_OR_LESS", "EQUAL_OR_MORE", "MORE_THAN", "LESS_THAN"})
_BOUND_WIDTH = len("not shorter than ")  # the longest cue, its whitespace runs counted as one space (`_cue_before`)
# a degree word before a length's bound that the extent already opens with ("a little over three hours", "slightly
# more than two weeks", "well over a year"): it grades the bound, so it is part of the modifier TIMEX3 marks with the
# expression, as "more than" is; "just"/"only" are not (`_SIGNAL`)
_BOUND_WORD = re.compile(r"(?:over|under|more|less|fewer|longer|shorter)\b", re.IGNORECASE)
_DEGREE_BEFORE = re.compile(r"(?<![\w-])(?:a\s+little|a\s+bit|slightly|somewhat|well|far|much|a\s+good\s+deal|a\s+lot)\s+$",
                            re.IGNORECASE)
_DEGREE_WIDTH = len("a good deal ")


def _graded_bound_start(text: str, a: int, b: int, norm: Norm) -> int:
    """Where a length bounded at [a, b) starts with the degree word before its bound ("a little over three hours");
    `a` when the expression opens with no bound or no degree word precedes it."""
    if norm.type != "DURATION" or norm.mod not in _BOUNDS or not _BOUND_WORD.match(text, a, b):
        return a
    m = _cue_before(_DEGREE_BEFORE, text, a, _DEGREE_WIDTH)
    return a if m is None else _cue_start(text, a, len(m.group().split()))


def _cue_start(text: str, a: int, n: int) -> int:
    """The start of the n-th word before offset a (words split by whitespace of any length, a line break too),
    past punctuation that opens it ("(no less than"): where a cue `_cue_before` found in collapsed text begins."""
    i = a
    for _ in range(n):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
    while i < a and not text[i].isalnum():
        i += 1
    return i


# verbs whose simple present in news tells a scheduled event (the futurate present: "the law takes effect in March",
# "the curfew begins Oct. 1", "voters go to the polls in May"); not the verbs of a state or a report ("the index
# stands at 103 in March", "the figures show a fall in May"), whose present may look back
_FUTURATE_VERBS = frozenset({"begin", "start", "open", "reopen", "resume", "expire", "apply", "take", "come", "enter",
                             "kick", "launch", "arrive", "leave", "return", "hold", "meet", "visit", "travel", "fly",
                             "head", "go"})


def _futurate(parse: Parse, a: int, b: int) -> bool:
    """Whether the expression at [a, b) dates a simple present (VBZ/VBP, active) of a verb of a scheduled event."""
    verb = clause_verb(parse, a, b)
    return verb is not None and verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in _FUTURATE_VERBS


def _over_across(parse: Parse, text: str, a: int) -> bool:
    """Whether the "over" opening the expression at `a` is the preposition "across" a stretch ("repaid over five
    years", "evolved over several years", "fighting over two days"), not "more than" ("for over 30 years", "over
    30 years ago"): the parser hangs it on a verb or noun as a preposition (it makes "more than" a number's
    quantmod)."""
    if text[a:a + 5].lower() != "over ":
        return False
    span = parse.doc.char_span(a, a + 4)
    if span is None or len(span) != 1:
        return False
    t = span[0]
    return t.dep_ == "prep" and t.head.pos_ in ("VERB", "NOUN") and t.head.lemma_.lower() not in _LENGTH_VERBS


def _premodifies(parse: Parse, a: int, b: int) -> bool:
    """Whether the word at [a, b) is an adjective modifying a noun (spaCy's amod), not an adverb; "basis"
    takes it as an adverbial ("on a weekly basis" is "weekly")."""
    span = expand_span(parse.doc, a, b)
    return span is not None and len(span) == 1 and span[0].dep_ == "amod" and span[0].head.lower_ != "basis"


_SET_NOUNS = frozenset({"quarterly", "weekly", "monthly", "daily", "annual"})


def _a_noun(parse: Parse, a: int, b: int) -> bool:
    """Whether the single word at [a, b) is a noun (a determiner or possessive opens its phrase): "its
    initial quarterly", "a weekly" name a payment or a publication."""
    span = expand_span(parse.doc, a, b)
    return span is not None and len(span) == 1 and span[0].tag_ in ("NN", "NNS") and \
        any(c.dep_ in ("det", "poss") for c in span[0].children)


def _someday(parse: Parse, a: int, b: int) -> bool:
    """Whether "one day" at [a, b) sits between a modal or subject and its verb ("will one day be",
    "to one day lead"): someday, not a span of 24 hours ("took one day", "one day later")."""
    span = expand_span(parse.doc, a, b)
    if span is None or span.end >= len(parse.doc):
        return False
    nxt = parse.doc[span.end]
    prev = parse.doc[span.start - 1] if span.start > 0 else None
    if prev is not None and nxt.lower_ == "to" and verb_lemma(prev) in _WISH_VERBS:
        return True  # "researchers hope one day to harness it"
    return nxt.tag_ in ("VB", "VBP", "VBZ") or (prev is not None and prev.tag_ == "MD")


_WISH_VERBS = frozenset({"hope", "dream", "wish", "expect", "want", "aspire", "plan", "intend"})


_PART_WORDS = frozenset({"morning", "afternoon", "evening", "night"})
_SEASON_WORDS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
_INDEFINITE = re.compile(r"\b[Aa]n? $")
_THE_PART = frozenset(f"{d} {p}" for d in ("the", "that") for p in _PART_WORDS)
_GREETING = re.compile(r"\bgood\s+$", re.IGNORECASE)
# "the people of tomorrow", "the cars of tomorrow": a noun's era, the future as such (not "the day of tomorrow's vote");
# up to three words of up to 20 letters ("the international telecommunications networks of"), at most 70
# characters with whitespace collapsed: the window _cue_before reads holds the whole match
_OF_AN_ERA = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z]{1,20}\s+){0,2}[a-z]{1,20}\s+of\s+$")


_NP_INSIDE = frozenset({"det", "compound", "amod", "poss", "nummod"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _named_by_clause(parse: Parse, a: int, b: int) -> bool:
    """Whether "the night" at [a, b) opens a clause that says which night ("the night the plane went down",
    "the evening when the verdict was read"): a subject right after it whose verb is not the verb the
    expression itself modifies ("In the evening the minister spoke": the same verb, the evening of the day)."""
    span = expand_span(parse.doc, a, b)
    if span is None or span.end >= len(parse.doc) or span[0].lower_ != "the":  # not "That night the rebels attacked"
        return False
    if span.root.head.lower_ == "of":
        return False  # "the biggest cheer of the night when he walked in": the night under discussion, a whole
    head = parse.doc[span.end]
    if head.lower_ == "when":  # "the night when the fire started", not "the cheers of the night when he walked in"
        return any(c.dep_ == "relcl" for c in span.root.rights)
    while head.dep_ in _NP_INSIDE and head.head.i > head.i:
        head = head.head  # "the TWA flight": the subject is the noun the words before it modify
    if head.tag_ in _FINITE and head.i > span.end:
        verb = head  # "the ferry sank" parsed as a compound noun: the words still run to a finite verb (not
        # "stars who turned out on the night included ...": no subject of its own between)
    elif head.dep_ in ("nsubj", "nsubjpass") and head.head.i > head.i:
        verb = head.head
    else:
        return False
    return verb != clause_verb(parse, a, b)


def _classifies(parse: Parse, a: int, b: int) -> bool:
    """Whether the single word at [a, b) modifies a noun after it, inside a noun phrase a determiner or
    possessive opens ("TV's morning talk show", "the afternoon announcement"): a kind of thing, not a
    time. Without one ("shares fell in afternoon trading") it still says when."""
    span = expand_span(parse.doc, a, b)
    if span is None or len(span) != 1 or span.start == 0:
        return False
    tok = span[0]
    return tok.dep_ in ("amod", "compound") and tok.head.i > tok.i and parse.doc[tok.i - 1].tag_ in ("DT", "PRP$", "POS")


# time words written in lower case in running text; capitalised mid-sentence, they are part of a title
# or name (TimeML leaves time words inside proper names unmarked). Not "Day"/"Night"/"Eve"/"Week":
# holidays and named weeks ("Election Day", "Holy Week") are times.
_LOWER_TIME_WORDS = frozenset(
    "today tonight tomorrow yesterday now noon midnight midday morning afternoon evening minute minutes hour hours "
    "days weeks month months year years decade decades century quarter spring summer fall autumn winter "
    "currently recently recent current future past daily weekly monthly annually quarterly yearly".split())
_WORD = re.compile(r"[A-Za-z]+")
_DEICTIC = frozenset({"This", "Last", "Next"})
# the words `in_a_name`'s word test looks for, as it finds them (capitalised: "Minutes", "Today", "Week"); an
# expression holding none of them anywhere (most: "2004", "Thursday", "three years") is no name by that test
_TITLE_TIME_WORD = re.compile("|".join(sorted({w.capitalize() for w in _LOWER_TIME_WORDS} | {"Week"})))
_HOLIDAY_NAME = re.compile("|".join(re.escape(h).replace("'", "['’]") for h in sorted(HOLIDAYS, key=len, reverse=True)),
                           re.IGNORECASE)
_NEW_YEAR = re.compile(r"new year", re.IGNORECASE)  # the holiday's bare name ("between Christmas and New Year")
# a year, not its first day ("in the New Year", "a new year"), another calendar's ("Chinese New Year"), a greeting
_A_NEW_YEAR = re.compile(r"(?:\b(?:the|a|each|every|happy)|Chinese|Lunar|Jewish|Islamic|Persian|Iranian|Kurdish|Tamil|Sinhala|"
                         r"Thai|Vietnamese|Tibetan|Korean|Hindu|Sikh|Bengali|Nepali|Orthodox|Muslim|Hijri)\s+$", re.IGNORECASE)
# a protest march named as such: "the March for Life", "the March of the Mothers", "the March on Washington"
_A_MARCH = re.compile(r"March (?:for|against) |March of the [A-Z]|March on [A-Z][a-z]+\b(?!,? \d)")
_MONTH_PREPS = frozenset({"in", "since", "until", "till", "by", "from", "through", "during", "early", "late", "mid",
                          "last", "next", "this", "of", "before", "after", "to", "between", "and", "or"})


def in_a_name(text: str, a: int, b: int) -> bool:
    """Whether the expression at [a, b) is part of a title or name: a time word capitalised inside it
    ("60 Minutes", "This Week"; not "Thanksgiving Day", "Holy Week"), or capitalised right after a
    capitalised word with no sentence break between ("High Noon", "VOA Today"); and "March" naming a
    protest march rather than the month ("the annual March for Life", not "in March for the first time")."""
    if _TITLE_TIME_WORD.search(text, a, b) is None and not text.startswith("March", a):
        return False  # (neither test below can find a name: the holiday search is the dearest, for nothing)
    if _HOLIDAY_NAME.search(text, a, b):
        return False  # "New Year's Eve", "Christmas Day": the name is the time
    if text.startswith("March", a) and b == a + 5 and _A_MARCH.match(text, a):
        before = _WORD.findall(text, max(0, a - 20), a)
        return not before or before[-1].lower() not in _MONTH_PREPS  # "the annual March for Life"
    words = list(_WORD.finditer(text, a, b))
    for i, m in enumerate(words):
        w = m.group()
        if not (w[0].isupper() and w[1:].islower()):
            continue
        if w.lower() not in _LOWER_TIME_WORDS and not (w == "Week" and i and words[i - 1].group() in _DEICTIC):
            continue
        if m.start() > a:  # not where the expression starts (any word after its first): "60 Minutes", "This Week"
            return True
        before = list(_WORD.finditer(text, max(0, a - 30), a))
        if before and before[-1].end() + 1 == a and text[a - 1] == " " and before[-1].group()[0].isupper():
            return True
        if _NAMED_OWNER_BEFORE.search(text, max(0, a - 30), a):
            return True  # "the BBC's Today programme", "Radio 4's Today": a capitalised time word a name owns
    return False


# a name's possessive right before a word ("BBC's ", "Radio 4’s "): the capitalised word after it is no sentence's first
_NAMED_OWNER_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z]*|\b\d+)['’]s $")


_PERIOD = re.compile(r"\bperiod\b", re.IGNORECASE)
_THE_MONTH = re.compile(r"the month", re.IGNORECASE)


def _names_a_time(text: str, a: int, b: int, n: Norm, anchor) -> bool:
    """Whether the expression at [a, b) is kept. "The latest period" and "for the month" name only the time under
    discussion: with none (the value unread) they name nothing. "The month" is read so only after "for", "in",
    "during", "over" (timex.THE_MONTH_USE), wherever the parser's entity found it ("the month before the vote" is
    told from an event, "the month of May" names its own, "up 0.4% on the month" a comparison), with a document
    date or without: no other expression says which month it is."""
    if _THE_MONTH.fullmatch(text, a, b):
        return n.value is not None and THE_MONTH_USE.match(text, a) is not None
    return anchor is None or n.value is not None or not _PERIOD.search(text, a, b)
# a week told from the week named last: "that week", "the following weekend", "later that week"
_WEEK_ANAPHOR = re.compile(r"(?:(?:earlier|later) )?(?:that(?: same)?|the (?:same|following|next|previous|preceding|prior)) "
                           r"week(?:end)?", re.IGNORECASE)
_WEEK_VALUE = re.compile(r"\d{4}-W\d\d(?:-WE)?")
# verbs that take a that-clause: after one, "that" before a weekday opens the clause ("said that Friday would be a
# holiday", "insisted that Sunday was the only day"), it does not point the weekday at a time named before
_CLAUSE_VERBS = ANY_SPEECH | _REPORT_VERBS | _ATTITUDE_VERBS | frozenset(
    {"think", "believe", "know", "agree", "decide", "predict", "suggest", "ensure", "learn", "show", "mean", "fear",
     "doubt", "hear", "understand", "realize", "realise", "assume", "argue", "estimate", "signal", "specify"})


def _that_conjunction(text: str, parse: Parse, a: int, b: int) -> bool:
    """Whether "that" opening the weekday at [a, b) ("that Friday") is the conjunction of a verb's clause, not the
    determiner of an anaphoric weekday: a verb taking a that-clause is the word before it (the small model tags this
    "that" mark/SCONJ as readily after "held" or at a sentence's start, so its own label cannot tell)."""
    if not text.startswith("that ", a) or not THAT_WEEKDAY.fullmatch(text, a, b):
        return False  # (a capital "That" opens a sentence: no verb before it)
    i = parse.doc.char_span(a, a + 4)[0].i  # (the token "that" itself)
    return i > 0 and parse.doc[i - 1].pos_ == "VERB" and verb_lemma(parse.doc[i - 1]) in _CLAUSE_VERBS
# "the quarter", "that quarter", "the latest period" (no ordinal): the quarter the text is about
_QUARTER_REF = re.compile(r"(?:the|its|that)\b(?!.*\b(?:first|second|third|fourth|final)\b).*\b(?:period|quarter)"
                          r"(?: a year (?:ago|earlier|before)| (?:of )?last year)?$",
                          re.IGNORECASE)
_THE_YEAR = re.compile(r"the (?:fiscal |financial )?year", re.IGNORECASE)
_IN_THE_YEAR = re.compile(r"(?:(?:earlier|later) in )?the (?:fiscal |financial )?year", re.IGNORECASE)
# "the year ending June 30", "the year to March" (British news): a stretch of a year up to then; also in a relative
# clause ("the fiscal year that ended June 30", "the year, which ends in March"): the same stretch (not a bare "the
# year ends ...", a clause of its own)
_ENDING = re.compile(r"\s+end(?:ed|ing)\b|,?\s+(?:that|which)\s+end(?:ed|s)\b|"
                     r"\s+to (?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b)")
_YEAR_AGO_PERIOD = re.compile(r"the (?:comparable )?year-(?:ago|earlier) period|the same period (?:a year (?:ago|earlier|before)"
                              r"|(?:of )?last year)", re.IGNORECASE)
_PART_YEAR = frozenset({"P6M", "P9M"})  # the first half or nine months of a year a report covers
_ENDED = re.compile(r"\bended\s+$")
# a stretch a report covers, closed by the time named next ("rose 3% in the year to March", "the three months
# through September", "the half ending June"): told with a past verb, that stretch is over, so the time that closes
# it is the last one, however near the next (the look-ahead that lets "declared a dividend payable Dec. 1" mean
# the coming one does not apply); a future ("profits in the year to March will rise") still looks ahead
_STRETCH_TO = re.compile(r"\b(year|months|weeks|quarter|half|period)\s+(?:to|through|ending)\s+$", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s")


def _reported_past(parse: Parse, report: tuple, told: tuple) -> bool:
    """Whether the time `told` ((start, end, ...)) hangs on a past verb (pluperfect or backshifted simple past) in
    what a report says, and the time `report` on the reporting verb ("police said Thursday [that] the gunman had
    fled on Tuesday", "the gunman fled on Tuesday, police said Thursday"). Not a time bounding the verb ("had hung
    onto the gains by Thursday": that day is the past time the pluperfect looks back from) nor any other time in
    the sentence ("rose on Wednesday, though it had ...").
    A "since" bound in what a report says is past whatever the told verb's tense ("officials said Friday the vote
    would be the first since Tuesday", "said Friday the border has been shut since Tuesday"): "since" looks back
    from the told clause's own time, which a report sets at its telling (or later), so the bound lies before the
    report's day, not the document date."""
    v = clause_verb(parse, told[0], told[1])
    if v is None or v.dep_ != "ccomp" or _cue_before(_UNTIL_BEFORE, parse.text, told[0], 7) \
            or (verb_tense(v) != "past" and not _since_bound(parse.text, told[0], told[1])):
        return False
    p = clause_verb(parse, report[0], report[1])
    return p is not None and p.i == v.head.i


def _reported_future(parse: Parse, report: tuple, told: tuple) -> bool:
    """Whether the time `told` hangs on a future told from the past ("would resume", "was expected to open") in what
    a report says, and the time `report` on the reporting verb ("officials said Monday [that] talks would resume
    Tuesday", "talks would resume Tuesday, officials said Monday")."""
    v = clause_verb(parse, told[0], told[1])
    if v is None or v.dep_ != "ccomp" or not _future_in_past(v):
        return False
    p = clause_verb(parse, report[0], report[1])
    return p is not None and p.i == v.head.i


def _told_month(text: str, a: int, b: int) -> bool:
    """Whether [a, b) is a bare month name (no year, no day: "in February"), whose year the stage reads off a time
    (a report's, `_month_from_report`, or a past narrative's, `_narrative_month`)."""
    return _BARE_MONTH_NAME.fullmatch(text, a, b) is not None


def _report_way(parse: Parse, report: tuple, told: tuple) -> bool | None:
    """True when the time `told` hangs on a future told from the past in what the report whose time is `report`
    says, False when on a past told in it, None when neither (`_reported_future`, `_reported_past`)."""
    if _reported_future(parse, report, told):
        return True
    return False if _reported_past(parse, report, told) else None


def _month_from_report(report: Norm, told: Norm, forward: bool) -> Norm:
    """A bare month a report tells (`told`, read from the document date), beside the month or day the report names
    (`report`): TimeML anchors what a report tells to the report's own time, not the document date, so a future
    told from the past ("said in October 2025 the plant would close in February") is the first such month after the
    report's month (2026-02, not the February after the document date), and a past told in it ("said in March 2024
    the plant had closed in June") the last one on or before it (2023-06)."""
    if not report.value or not _DATED.fullmatch(report.value) or not _is_month(told.value):
        return told
    ry, rm, m = int(report.value[:4]), int(report.value[5:7]), int(told.value[5:])
    y = (ry if m > rm else ry + 1) if forward else (ry if m <= rm else ry - 1)
    return replace(told, value=f"{y:04d}-{m:02d}")


_BARE_MONTH_NAME = re.compile(r"(?:(?:[Bb]y|[Ii]n|[Uu]ntil) )?(?:January|February|March|April|May|June|July|August|September|October|November|December)")
_DATED = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
# the base a change is measured from: "rose 5% from December 2003", "higher than in May 2019", "compared with March 2020"
_COMPARISON_BASE = re.compile(r"\b(?:from|than|against|versus|vs\.|compared (?:with|to))\s+(?:in\s+|the\s+)?$", re.IGNORECASE)


def _narrative_prev(resolved: list[Norm], narrated: set[int]) -> Norm:
    """The time right before, as the narrative rules (`_narrative_month`, `_narrative_day`) weigh it: a yearless
    month or day that itself took the narrative's year counts as written, so the year carries along the story
    ("On Oct. 16, 1962 ... On Oct. 22 ... By Oct. 28": all 1962). The TIMEX3 guideline's reference time moves with
    the narrative; without this, the third date fell back to the document date's year (a retrospective's dates
    all but the first two wrong: own whole-document probes, session 40)."""
    prev = resolved[-1]
    return replace(prev, relative=False) if len(resolved) - 1 in narrated else prev


def _narrative_month(text: str, prev: tuple, prev_norm: Norm, a: int, b: int, norm: Norm, parse: Parse | None = None) \
        -> bool:
    """Whether the bare month at [a, b) (`norm`, read from the document date, past tense) continues a past narrative
    in the year of the time named right before it in the same paragraph ("In March 2019 the talks collapsed. By May,
    fighting had resumed"): TimeML's reference time there is the narrative's, 2019-05. Narrow on purpose (TimeBank
    mostly anchors a bare month to the document date): only a written month or day just before it
    (no other time between, no paragraph break, not a "since" bound) and a month not earlier than that one's own.
    Nor a written month that is only the base of a comparison ("wages grew 1.9% in December 2004 from December 2003.
    However, they fell in December": the news is 2004's) or dates an event under "since" ("since its launch in March
    2002. Halo 2, released in November, ..."): neither is the time the text goes on to tell (the same reason `run`
    takes no comparison as the time under discussion); each was wrong on BBC news, session 30."""
    if not _told_month(text, a, b) or not norm.value or len(norm.value) != 7:
        return False
    return _continues_narrative(text, prev, prev_norm, a, norm, parse)


# a month and day with no year, with the signal a span may open with ("by Dec. 1", as `_BARE_MONTH_NAME` has its own)
_NARRATIVE_DAY = re.compile(r"(?:(?:[Bb]y|[Oo]n|[Uu]ntil) )?" + _MONTH_DAY.pattern)


def _narrative_day(text: str, prev: tuple, prev_norm: Norm, a: int, b: int, norm: Norm, parse: Parse | None = None) \
        -> bool:
    """Whether the month and day with no year at [a, b) ("On June 9, the talks collapsed", read from the document
    date, past tense) continues the past narrative of the written day or month right before it ("The talks opened on
    May 5, 2024."): the TIMEX3 guideline's reference time, the narrative's year, as for a bare month
    (`_narrative_month`), under the same narrow conditions, and not a day earlier than that one's own."""
    if not _NARRATIVE_DAY.fullmatch(text, a, b) or not _is_day(norm.value):
        return False
    return _continues_narrative(text, prev, prev_norm, a, norm, parse)


def _continues_narrative(text: str, prev: tuple, prev_norm: Norm, a: int, norm: Norm, parse: Parse | None) -> bool:
    """The conditions `_narrative_month` and `_narrative_day` share: the time right before (`prev`, `prev_norm`) is a
    written month or day, in the same paragraph, no "since" bound nor comparison base, and the later time's month (and
    day, when both name one) is not before its own."""
    if prev_norm.relative or not _DATED.fullmatch(prev_norm.value or "") or "\n" in text[prev[1]:a] \
            or _since_bound(text, prev[0], prev[1]):
        return False  # ("has doubled since 1980. In September, it announced": a bound reaching to now, no narrative)
    n = min(len(prev_norm.value), len(norm.value))
    return prev_norm.value[5:n] <= norm.value[5:n] and _cue_before(_COMPARISON_BASE, text, prev[0], 18) is None \
        and (parse is None or not _under_since(parse, prev[0], prev[1]))


def _participle_on_noun(parse: Parse, a: int, b: int) -> bool:
    """Whether the time at [a, b) hangs on a participle modifying a noun ("the program, ending in May, was cut"): the
    participle shares the time of the noun's clause (`_on_a_noun_tense`), so after a past verb it is that verb's
    own time, the last May, as "protesters marching on Saturday were arrested" is the last Saturday."""
    v = clause_verb(parse, a, b)
    return v is not None and v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN") \
        and v.head.lemma_ not in _PERIOD_NOUNS and _hangs_on(parse, a, b, v)


def _coordinated_past(parse: Parse, first: tuple, second: tuple) -> bool:
    """Whether the times `first` and `second` ((start, end, ...)) hang on two past verbs of one subject joined as a
    sequence ("the strike began on Monday and ended on Thursday"): coordinated verb phrases tell one subject's events
    in order, so the first day lies before the second (TimeML anchors the later one to the document date, the
    earlier one before it). Not two clauses with subjects of their own ("the minister resigned on Monday, and the
    cabinet met on Friday"), which a text may list in any order."""
    v1, v2 = clause_verb(parse, first[0], first[1]), clause_verb(parse, second[0], second[1])
    return v1 is not None and v2 is not None and v2.dep_ == "conj" and v2.head.i == v1.i \
        and verb_tense(v1) == "past" and verb_tense(v2) == "past" \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v2.lefts)


def _day_after(text: str, gap_start: int, gap_end: int, prev: Norm, norm: Norm, wd: int | None) -> Norm:
    """A weekday a past report tells as its future (`norm`), beside the day the report names (`prev`): TimeML
    anchors it to the report's time, not the document date, so it is the first such weekday after the report's
    day ("said Monday the vote would be held Tuesday", told on Wednesday: that Tuesday, yesterday, not next week's).
    The same weekday as the report's is a week on ("said Friday it would reopen Friday")."""
    if wd is None or not _is_day(prev.value) or not _is_day(norm.value) \
            or _SENTENCE_END.search(text, gap_start, gap_end) or ";" in text[gap_start:gap_end]:
        return norm
    day = dt.date.fromisoformat(prev.value)
    return replace(norm, value=(day + dt.timedelta(days=(wd - day.weekday()) % 7 or 7)).isoformat())


def _day_before(text: str, gap_start: int, gap_end: int, prev: Norm, norm: Norm, wd: int | None) -> Norm:
    """A weekday a report tells in the past (`norm`), beside the day the report in the same sentence names (`prev`;
    the text between the two is [gap_start, gap_end)) ("said Friday that she had resigned on Monday"): a past told
    in a report happened before it, at the report's own time or earlier (not the document date), so the
    weekday is the last one before it, not one after it ("Friday" = Nov. 12: "Monday" = Nov. 8, not Nov. 15). The
    same weekday as the report's stays that day ("said Friday she had resigned Friday": earlier that day)."""
    if wd is None or not _is_day(prev.value) or not _is_day(norm.value) or norm.value <= prev.value \
            or _SENTENCE_END.search(text, gap_start, gap_end) or ";" in text[gap_start:gap_end]:
        return norm  # (a semicolon joins two clauses of their own: "opened Monday; on Sunday, protesters gathered")
    day = dt.date.fromisoformat(prev.value)
    back = (day.weekday() - wd) % 7 or 7
    return replace(norm, value=(day - dt.timedelta(days=back)).isoformat())


_BOUND_PREPS = frozenset({"by", "until", "till", "through", "from"})  # a start is as past as an end


def _in_pluperfect(parse: Parse, a: int, b: int) -> bool:
    """Whether the time at [a, b) bounds a verb in the pluperfect ("By March, the army had withdrawn", "the road
    had been closed until March"): that tense sets its event before a past time, so before the telling, and the
    bound is the last such time, not the coming one (`_told_in_past` reads "in"/"on" the same way; a time on a
    noun, "had been talking about the visit in September", or a plan under the verb, "had agreed to sell it by
    March", is not the verb's own and keeps its look-ahead)."""
    root = _expression_root(parse, a, b)
    if root is None:
        return False
    # "By March" as found, or "March" alone; a passive's "by" is spaCy's `agent` ("had been finished by March")
    prep = root if root.dep_ in ("prep", "agent") else root.head
    if prep.dep_ not in ("prep", "agent") or prep.lower_ not in _BOUND_PREPS or (prep.i != root.i and root.dep_ != "pobj"):
        return False
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and _has_had(verb)


def _closes_past_stretch(parse: Parse, text: str, a: int, tense: str | None) -> bool:
    """Whether the time at a closes a stretch told with a past verb ("rose in the year to March", "in the half
    ending March": "ending" hangs on the noun, so the stretch's own clause gives the tense)."""
    m = _STRETCH_TO.search(text, max(0, a - 40), a)
    if m is None:
        return False
    return (tense or clause_tense(parse, m.start(1), m.end(1))) == "past"
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _since_bound(text: str, a: int, b: int) -> bool:
    """Whether the time at [a, b) is the start of a stretch reaching to now ("the highest since 1997", "has
    grown since 2019"): a bound, not the time the text goes on to talk about, so "the year" after it ("a
    high for the year") is not that year; "that year" still is."""
    return text[a:b].lower().startswith(("since ", "ever since ")) or _cue_before(_SINCE, text, a, 7) is not None


# the word that closes a period with the day or month after it: "the quarter ended July 31", "ending in June",
# and right after "quarter" in British and wire news "the quarter to June", in American "the quarter through
# September" (elsewhere "to" and "through" close no period: "from January to March")
_PERIOD_END = re.compile(r"(?:\bend(?:ed|ing)(?: in)?|(?<=\bquarter )(?:to|through))\s+$")
_CLOSED_BY = re.compile(r"end(?:ed|ing)(?: in)?|to|through")
_UNTIL = re.compile(r"(?:until|till|by|before)\s+", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|by|before)\s+$", re.IGNORECASE)
_A_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_HAVE = frozenset({"has", "have", "'ve", "’ve"})


def _deadline_ahead(parse: Parse, text: str, a: int, b: int, norm: Norm) -> bool:
    """Whether a weekday or a dated day bounds a present perfect from above ("has given them until Tuesday", "have
    postponed the vote until Monday", "has extended the deadline until 15 July 2006"): the perfect reports a state
    that holds now, so its deadline is still to come (and a dated one is no past event the publication date could
    be inferred from). Not a pluperfect ("had filed reports by Wednesday") nor a simple past ("stayed
    until Tuesday"), whose bound lies in the past. And a time granted or put off ("gave the family until
    Thursday to respond", "the hearing was adjourned until Monday"): it runs on from then, still to come."""
    day = _A_WEEKDAY.search(text, a, b) or (not norm.relative and _is_day(norm.value))
    if not day or not (_UNTIL.match(text, a) or _cue_before(_UNTIL_BEFORE, text, a, 12)):
        return False
    verb = _infinitive_governor(clause_verb(parse, a, b))
    if verb is None or _has_had(verb):
        return False
    if verb.lemma_ in _GRANT_UNTIL and (text[a:b].lower().startswith(("until", "till")) or _cue_before(_TILL, text, a, 7)):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in _HAVE for c in verb.lefts)


def _infinitive_governor(verb):
    """The verb whose tense a to-infinitive takes ("has extended the deadline to comply until July": the parser hangs
    "until July" on "comply", whose time is the perfect's), else the verb itself (None stays None)."""
    while verb is not None and verb.tag_ == "VB" and verb.dep_ in ("advcl", "xcomp") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts):
        verb = verb.head
    return verb


def _scheduled_for(parse: Parse, a: int, b: int) -> bool:
    """Whether the weekday at [a, b) is the day a reduced relative schedules for a thing the clause tells as
    still to come ("the vote, originally set for Sunday, would be delayed"): the past participle fixes no
    time. Not a thing told as past ("a memorial service planned for Saturday was canceled": the last one)."""
    span = expand_span(parse.doc, a, b)
    if span is None or len(span) == 0 or not _A_WEEKDAY.search(span.text):
        return False
    tok = span.root
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    verb = tok.head.head
    if verb_lemma(verb) not in _SCHEDULING or verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    thing = verb.head  # "the vote", told in its own clause
    return thing.dep_ in ("nsubj", "nsubjpass", "dobj") and verb_tense(thing.head) == "future"


_SCHEDULING = _SCHEDULE | _PLAN_VERBS
# verbs that put a thing off or bring it forward to a new day ("was pushed back to Monday", "has been moved to
# Friday", "was brought forward to Thursday"); "back", "forward", "off" may stand between the verb and "to"
_MOVING = frozenset({"move", "push", "bring", "put", "postpone", "delay", "defer", "reschedule", "shift", "switch",
                     "bump", "adjourn"})
_TO_BEFORE = re.compile(r"\b(?:to|until|till)\s+$", re.IGNORECASE)


def _moved_to(parse: Parse, text: str, a: int, b: int) -> bool:
    """Whether the weekday at [a, b) is the day a passive or perfect clause moves a thing to ("the summit was
    pushed back to Monday", "the trial has been moved to Friday"): the new day lies after the moving, which the
    past tense of the report does not fix, and a thing put off is one that has not happened yet. Not an active
    past ("the match moved to Sunday, and ended in a draw") nor a reduced relative ("the match, moved to Sunday,
    ended ...", `_scheduled_for`'s case; it has no auxiliary), which may tell the moved thing as over, nor a
    pluperfect ("had moved the race to Sunday": before a past time)."""
    if not _A_WEEKDAY.search(text, a, b) or not _cue_before(_TO_BEFORE, text, a, 7):
        return False
    tok = _root_at(parse, a, b)
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "until", "till"):
        return False
    verb = tok.head.head
    if verb.dep_ == "advmod":
        verb = verb.head  # "pushed back to Monday", "moved up to Friday": "to" hangs on the adverb
    return verb.lemma_ in _MOVING and verb.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lower_ in _HAVE) for c in verb.lefts)


# what a present clause waits, prepares or braces for, or faces, is still to come: its owner's day is the coming one
_AWAITING = frozenset({"await", "expect", "anticipate", "prepare", "brace", "gear", "ready", "face", "eye"})


def _awaited(parse: Parse, a: int, b: int) -> bool:
    """Whether the weekday at [a, b), the owner of a noun ("Friday's report"), dates a thing the present clause
    waits, prepares or braces for or faces ("traders await Thursday's rate decision", "both camps are preparing
    for Sunday's runoff", "the party faces Sunday's vote"), or a deadline ("racing to meet Friday's deadline"): a
    thing still to come. A known event the clause reacts to or follows ("welcome Monday's decision", "follow
    Tuesday's ruling") is not."""
    tok = _root_at(parse, a, b)
    if tok.dep_ != "poss":
        return False
    thing = tok.head
    if thing.lemma_ == "deadline":
        return True
    verb = thing.head
    if thing.dep_ == "pobj" and verb.lower_ == "for":
        verb = verb.head  # "bracing for Friday's report", "gearing up for Monday's strike"
    elif thing.dep_ != "dobj":
        return False
    return verb.lemma_ in _AWAITING


def _root_at(parse: Parse, a: int, b: int):
    """The syntactic head of the tokens covering [a, b), a time expression naming a weekday (`_moved_to`,
    `_awaited`), whose edges may fall inside a token ("Thursday" in a token "Thursday's"): some token always holds
    a weekday's letters, so there is always one (session 33: the None and empty-span guards were never reached)."""
    return expand_span(parse.doc, a, b).root


_GRANT_UNTIL = frozenset({"give", "grant", "allow", "postpone", "delay", "adjourn", "defer", "extend"})
_TILL = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)


_AHEAD_OF = re.compile(r"\b(?:ahead of|in advance of|before|heading into|going into|leading up to|run-up to|"
                       r"lead-up to|in the run-up to)\s+(?:on\s+)?$", re.IGNORECASE)
# the verbs of a refusal to comment, whose negated "could"/"would" is a past inability, not a future
_COMMENT_VERBS = frozenset({"say", "comment", "reach", "confirm", "elaborate", "discuss", "disclose", "respond",
                            "specify", "explain", "identify", "return"})


def _no_comment(parse: Parse, a: int, b: int) -> bool:
    """Whether the expression at [a, b) dates a negated could/would of commenting ("could not be reached for
    comment Saturday", "would not say Monday whether"): news reports a refusal already made."""
    verb = clause_verb(parse, a, b)
    if verb is None or verb.lemma_ not in _COMMENT_VERBS:
        return False
    kids = list(verb.children)
    return any(c.lower_ in ("could", "would") for c in kids) and any(c.dep_ == "neg" for c in kids)


# (not "the fourth quarter running at a loss": "running" only closing the phrase)
_IN_A_ROW = re.compile(r" (?:in a row|in succession)\b| running(?=\s*[,.;:!?)]|\s*$)", re.IGNORECASE)
# "for the second consecutive quarter", "its third straight quarter": the ordinal counts quarters, as "in a row" does
_COUNTED_QUARTER = re.compile(r"(?:the |its |a )?(?:first|second|third|fourth|1st|2nd|3rd|4th) "
                              r"(?:consecutive|straight|successive) (?:fiscal )?quarter", re.IGNORECASE)
# "of" and a determiner before a noun that is no unit of time: what a quarter is a fraction of
_FRACTION_OF = re.compile(r" of (?:the|a|an|its|their|his|her|our|all|those|these|that|this) "
                          r"(?!(?:\w+ )?(?:fiscal |calendar )?(?:year|century|decade|month|week|day)s?\b)", re.IGNORECASE)
# a half ("the second half") of a thing that is no stretch of time: "of the match", "of the book" (not "of the
# year", "of the fiscal year", "of the 1990s", "of the 20th century", "of the season": halves of times)
_HALF_OF_A_THING = re.compile(r" of (?:the|a|an|its|their|his|her|our|this|that) (?!\d|'\d|(?:\w+ )?(?:fiscal |calendar |"
                              r"financial |school |academic )?(?:year|century|decade|month|week|day|quarter|season|"
                              r"term|period|session|nineties|eighties|seventies|sixties)s?\b)[a-z]", re.IGNORECASE)
# named entities that are names of things: a weekday inside one is part of the name ("The Sunday Times": ORG)
_NAME_ENTS = frozenset({"ORG", "WORK_OF_ART", "FAC"})


def _inside_a_name(parse: Parse, a: int, b: int) -> bool:
    """Whether [a, b) lies inside a longer name the parser found ("The Sunday Times", "the Sunday Mirror",
    "Monday Night Football"): the name entity runs on before or after the expression."""
    span = expand_span(parse.doc, a, b)
    if span is None or any(t.ent_type_ not in _NAME_ENTS for t in span):
        return False
    doc = parse.doc
    return span[0].ent_iob_ == "I" or (span.end < len(doc) and doc[span.end].ent_iob_ == "I")


_TIME_NOUNS = frozenset({*_PART_WORDS, "mornings", "afternoons", "evenings", "nights"})


def _names_a_title(parse: Parse, a: int, b: int) -> bool:
    """Whether a bare weekday after "the" is the first word of a capitalised name the parser did not tag ("The Sunday
    Times", "the Sunday Telegraph"): a compound before the capitalised proper noun right after it (TIMEX3 marks no
    time word inside a proper name), the name's last word (not "The Tuesday Senate vote": a noun after it, the vote's
    day); not a part of the day after it ("the Sunday Morning service"). ("the" is what tells a name from a weekday
    before a clause's subject: "officials said Tuesday Smith had fled".)"""
    span = expand_span(parse.doc, a, b)
    if span is None or len(span) != 1 or span.start == 0 or span.end >= len(parse.doc):
        return False
    t, nxt = span[0], parse.doc[span.end]
    return parse.doc[span.start - 1].lower_ == "the" and t.dep_ == "compound" and t.head.i > t.i \
        and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.dep_ != "compound" and nxt.lower_ not in _TIME_NOUNS


_EARLIEST = re.compile(r"\bas (soon|early) as (?:on )?$", re.IGNORECASE)
# "the day before last Tuesday's hearing" names a day of its own (the next "the next morning" counts from
# it), unlike a comparison ("a year earlier", "the day before" closing a clause)
_DAY_AROUND = re.compile(r"the day (?:before|after) \S", re.IGNORECASE)
_COMPARED = re.compile(r"\b(?:ago|earlier|later|before|after|year-(?:ago|earlier)|previous|preceding|\d{4} period)\b", re.IGNORECASE)
_RATE_VALUES = frozenset({"P1Y", "P1M", "P1W", "P1D", "PT1H"})
# (a sum may close a conversion in brackets: "$10bn (£5.4bn) a year"; not a year: "(in 1999) a year after")
# a count written in words makes a rate as digits do: "seven days a week", "fifty thousand copies a year",
# "hundreds of interviews a day" (TimeML: the "a week" of a rate is a SET, P1W)
_COUNT_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|"
                "thousands?|millions?|billions?|dozens?")
# an amount before "a year" ("$500 million a year", "20% a year"); not a number ending in punctuation ("In 1999,
# a year after ...": a year named, then a stretch)
# An amount's unit may be two words after a scale and name what is counted after "of" ("200,000 barrels of oil a
# day", "10 billion cubic metres of gas a year", "3% of its assets a year"): still a rate. _cue_before reads 45
# characters, enough for such a phrase from the amount's last digit.
_OF_WHAT = r"(?: of(?: [a-z]{1,14}){1,3})?"
_RATE_BEFORE = re.compile(r"(?:\d(?:[\d,.]*\d)?\s*(?:%|bn|m|k|billion|million|trillion|per ?cent|percent"
                          r"|(?:(?:bn|billion|million|trillion) )?(?:[a-z]{1,12} )?[a-z]{1,26}s)?"
                          rf"{_OF_WHAT}|[$£€¥]\d(?:[\d,.]*\d)?\s*(?:bn|m|k|billion|million|trillion)?\)|\b(?:times|once|twice)"
                          rf"|\b(?i:{_COUNT_WORDS})(?:[ -](?i:{_COUNT_WORDS}))*(?: of)? [A-Za-z]{{1,20}}s{_OF_WHAT})\s*$")
# so many things, then a stretch that places an event, is no rate: "freed three hostages a week later", "killed 12
# people a day after the raid" (a sum "a year before tax" still is one)
_NOT_A_RATE = re.compile(r"(?:an?|per)\s+\S+\s+(?:later|earlier|ago|(?:after|before)(?!\s+(?:tax|taxes|inflation)\b))\b",
                         re.IGNORECASE)
# "the sixth rise in as many months", "a third defeat in as many weeks": the ordinal counts the units
_AS_MANY = re.compile(r"\b(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                      r"\d{1,2}(?:nd|rd|th))\b[^.;:!?\d]{0,40}\bin as\s+$", re.IGNORECASE)
# "four coups in as many years", "three prime ministers in as many years": a count of things, one or two words
# before "in as", counts the units as well (only so near: in "two of the three attacks in as many days" it is three)
_AS_MANY_COUNT = re.compile(r"\b(?P<card>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
                            r" (?:[A-Za-z-]+ ){1,2}in as\s+$", re.IGNORECASE)
_VAGUE_UNIT = re.compile(r"P(T?)X([YMWDHQ])")


def _as_many(text: str, a: int, value: str | None) -> str | None:
    """The duration "as many <units>" names after an ordinal ("the second time in as many weeks": P2W) or a
    count ("four coups in as many years": P4Y), or None."""
    u = _VAGUE_UNIT.fullmatch(value or "")
    if not u:
        return None
    if m := _cue_before(_AS_MANY, text, a, 60):
        o = m["ord"].lower()
        n = ORDINALS.get(o) or int(o[:-2])
    elif m := _cue_before(_AS_MANY_COUNT, text, a, 60):
        c = m["card"].lower()
        n = int(c) if c.isdigit() else NUMBERS[c]
    else:
        return None
    return f"P{u[1]}{n}{u[2]}"


_DAY_LINK = re.compile(r"\s*\)?\s*(?:,|on|of)?\s*$")
_ASIDE_OPEN = re.compile(r"\s*\(\s*$")


def _nearby_day(items, resolved: list[Norm], i: int, text: str) -> str | None:
    """The day of the day expression right after a clock time ("at noon today", "10am on Monday"; past
    the same time in another zone: "at 6:30 a.m. (1130 GMT) on Sunday"), else of one shortly before it
    in the same line ("Monday at 10am")."""
    b, j = items[i][1], i + 1
    if j < len(items) and resolved[j].type == "TIME" and _ASIDE_OPEN.match(text, b, items[j][0]):
        b, j = items[j][1], j + 1
    if j < len(items) and _is_day(resolved[j].value) and _DAY_LINK.match(text, b, items[j][0]):
        return resolved[j].value
    a = items[i][0]
    for j in range(i - 1, -1, -1):
        if a - items[j][1] > 40 or "\n" in text[items[j][1]:a]:
            break
        if _is_day(resolved[j].value):
            return resolved[j].value
    return None


# --- for the events stage ----------------------------------------------------------------------

_NOT_EVENT_DATES = frozenset({"ON_OR_AFTER", "BEFORE", "AFTER", "ON_OR_BEFORE"})


def time_for_span(doc: Document, start: int, end: int, near: int | None = None) -> TimeExpr | None:
    """The time expression that dates an event told in doc.text[start:end] (its sentence or clause).

    Only dated expressions count (type DATE or TIME with a value; not durations, sets, or the
    PAST_REF/PRESENT_REF/FUTURE_REF placeholders). Among those inside the span, ones that state a
    point ("on Sunday") beat boundaries ("since 2022"); ties go to the one nearest `near` (the
    trigger's offset; default the span start). None when the span holds no such expression:
    the caller then falls back to the document date.
    """
    near = start if near is None else near
    best = None
    best_key = None
    for t in doc.times:
        if t.start < start or t.end > end or t.value is None or t.type not in ("DATE", "TIME"):
            continue
        if t.value.endswith("_REF"):
            continue
        key = (t.mod in _NOT_EVENT_DATES, min(abs(t.start - near), abs(t.end - near)))
        if best_key is None or key < best_key:
            best, best_key = t, key
    return best


__all__ = ["TimesStage", "run", "time_for_span", "infer_published", "clause_tense", "WEEKDAYS"]
