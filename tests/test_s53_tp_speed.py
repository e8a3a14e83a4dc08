"""Session 53 (s53-tp): the times and places stages' cheap first tests (a character or a substring read before a
regular expression is tried), the matcher's memo of its tries and `timex.clean`'s cache give what the long way
gives. Each long way is written out here as it stood before (main 6191f894), and both are asked the same
questions: every character span of our own sentences up to a width."""

import re

import pytest

from newsgraph import places, times, timex
from newsgraph.timex import Norm

# our own sentences: "ago" phrases with and without a possessive anchor, bare hours before a part of the day (with
# and without a clock cue, in ASCII and in Arabic-Indic digits, which \d matches too), compound units, lengths
# after an article, and words that open none of these
TIME_TEXTS = [
    "Two years ago today's winners were named; a year ago today the plant shut, agog and agonised.",
    "Police said 11 last night that 3 were hurt; at 9 this morning, by 10:30 tonight, killed 7 in the morning.",
    "Sales rose on a year-on-year basis; day-to-day costs fell in the March-to-May quarter, month-over-month.",
    "Guards held \u0663 last night and at \u0663 last night; the \u00b2 last night is no hour; 23 tonight, 24 tonight.",
    "Over the past three months, the previous 12 months and the two weeks' pay, the 10 month deficit grew.",
    "The next five years, the first 18 months and one year later; a   three-day   wait.",
]
WIDTH = 40


def _spans(text, width=WIDTH):
    for a in range(len(text) + 1):
        for b in range(a, min(len(text), a + width) + 1):
            yield a, b


# --- the long ways, as they stood before ------------------------------------------------------------

def _ago_possessed_long(text, a, b):
    m = times._AGO_WORD.search(text, a, b)
    return m is not None and m.end() < b and times._POSSESSIVE_END.match(text, b) is not None


def _count_before_part_long(text, a, b):
    return times._BARE_HOUR_PART.fullmatch(text, a, b) is not None \
        and times._cue_before(times._CLOCK_CUE, text, a, times._CLOCK_CUE_WIDTH) is None


def _compound_unit_long(text, b):
    return times._COMPOUND_AFTER.match(text, b) is not None \
        and times._UNIT_BEFORE.search(text, max(0, b - 7), b) is not None


def _with_article_long(text, a, b, norm):
    u = times._COUNT_AND_UNIT.fullmatch(text, a, b)
    if norm.type != "DURATION" or u is None or text[b:b + 1] in ("'", "’") or not times._heads_its_phrase(u):
        return a, b
    m = times._cue_before(times._ARTICLE_BEFORE, text, a, times._ARTICLE_WIDTH)
    return (times._cue_start(text, a, len(m.group().split())), b) if m else (a, b)


def _pattern_spans_long(text, cols):
    """times.pattern_spans without its memo of tries: each family's match tried afresh at every token."""
    idx, _, lower, etype, _ = cols
    out, last_end = [], -1
    for i in [k for k, h in enumerate(lower) if h in times._TRIGGERS]:
        fam = times._TRIGGERS[lower[i]]
        if idx[i] < last_end or (fam == "year" and etype[i] in times._NOT_YEAR_ENTS):
            continue
        rx, starts = times.FAMILY_RE[fam], times._STARTS[fam]
        for k in range(times._words_back(text, idx, i, times.REACH_WORDS[fam]), i + 1):
            w = text[idx[k]:idx[k] + times._START_WIDTH]
            if starts is not None and w not in starts and len(w) == times._START_WIDTH and w.isascii():
                continue
            m = rx.match(text, idx[k])
            if m is None or m.end() <= idx[i]:
                continue
            inner = next((g for g, v in m.groupdict().items() if v and g.startswith("inner")), None)
            a, b = m.span(inner) if inner else m.span()
            if b - a == 3 and text[a:b] == "May" and \
                    times._cue_before(times._BARE_MONTH_CUE, text, a, times._BARE_MONTH_WIDTH) is None:
                break
            out.append((a, b))
            last_end = b
            break
    return out


def _item_long(text, a, b, label, gaz, people, named):
    a, b = places._trim(text, a, b)
    if b <= a or places._SAINTS_DAY.match(text, a, b + 2) and text[b:b + 2] in ("'s", "’s"):
        return None
    if places._PREFIX_BEFORE.search(text, max(0, a - 8), a):
        return None
    if label == "DEMONYM":
        return places._demonym_item(text, a, b, gaz)
    return places._place_item(text, a, b, label, gaz, people, named)


# --- the times stage -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", TIME_TEXTS)
def test_the_candidate_filters_first_tests_agree_with_their_patterns_on_every_span(text):
    for a, b in _spans(text):
        assert times._ago_possessed(text, a, b) == _ago_possessed_long(text, a, b), (text[a:b], a, b)
        assert bool(times._count_before_part(text, a, b)) == _count_before_part_long(text, a, b), (text[a:b], a, b)
        assert bool(times._compound_unit(text, b)) == _compound_unit_long(text, b), (text[a:b], a, b)


def _find(text, words, nth=0):
    a = [m.start() for m in re.finditer(re.escape(words), text)][nth]
    return a, a + len(words)


def test_the_filters_still_say_yes_where_their_patterns_do():
    """Not vacuous: each filter holds of a span it exists for, and the cheap test lets it through."""
    t = TIME_TEXTS[0]
    assert times._ago_possessed(t, *_find(t, "Two years ago today"))  # "today's": the anchor is a possessive
    assert not times._ago_possessed(t, *_find(t, "a year ago today"))
    # at the text's very start (find gives 0 there: the first test is "not found", not "found past the start")
    assert times._ago_possessed("ago today's", 0, 9) and _ago_possessed_long("ago today's", 0, 9)
    t = TIME_TEXTS[1]
    assert times._count_before_part(t, *_find(t, "11 last night"))  # "said 11 last night": a count
    assert not times._count_before_part(t, *_find(t, "9 this morning"))  # "at 9": a clock
    t = TIME_TEXTS[3]
    assert times._count_before_part(t, *_find(t, "\u0663 last night"))  # a digit \d matches outside ASCII
    assert not times._count_before_part(t, *_find(t, "\u0663 last night", 1))
    t = TIME_TEXTS[2]
    assert times._compound_unit(t, _find(t, "a year")[1])  # "a year-on-year basis"
    assert times._compound_unit(t, _find(t, "day")[1])  # "day-to-day"
    assert not times._compound_unit(t, _find(t, "March")[1])  # a month so joined is a range
    # the unit is read in the seven characters before the hyphen: "quarter" and a line break (which `$` passes
    # over at the window's end) is eight, so it is not read; "decade" and a line break is seven
    assert not times._compound_unit("the quarter\n-on-quarter", 12)
    assert times._compound_unit("the decade\n-on-decade", 11)


@pytest.mark.parametrize("text", TIME_TEXTS)
@pytest.mark.parametrize("kind", ["DURATION", "DATE", "SET", "TIME"])
def test_with_article_asks_the_type_first_and_gives_what_it_gave(text, kind):
    norm = Norm("P3M", "month", kind)
    for a, b in _spans(text, 25):
        assert times._with_article(text, a, b, norm) == _with_article_long(text, a, b, norm), (text[a:b], kind)


def test_with_article_still_widens_a_length_to_its_article():
    t = TIME_TEXTS[4]
    a, b = _find(t, "three months")
    assert times._with_article(t, a, b, Norm("P3M", "month", "DURATION")) == (_find(t, "the past three months")[0], b)
    assert times._with_article(t, a, b, Norm("P3M", "month", "DATE")) == (a, b)


# the same family's triggers close enough for their reaches to overlap (units, months, durations, years)
MATCH_TEXTS = [
    "Over the past three years and the next five years, prices rose for two weeks, three weeks or four weeks.",
    "In March and April and May 2020, and again in the first half of 2021 and the second half of 2022.",
    "It lasted 18 months, then 12 months, then six more months; a decade ago, two decades ago, three years ago.",
    "May said on May 3 that by May the plan for the May 2024 vote, due in May, would hold.",
]


@pytest.mark.parametrize("text", MATCH_TEXTS + TIME_TEXTS)
def test_pattern_spans_with_its_memo_finds_what_fresh_tries_find(pipeline, text):
    cols = times.token_columns(pipeline.nlp(text))
    got = times.pattern_spans(text, cols)
    assert got == _pattern_spans_long(text, cols)
    assert got  # every sentence names a time


def test_pattern_spans_tries_each_family_once_at_a_token(pipeline, monkeypatch):
    """The memo: a family's pattern is matched at most once from any token of an article, however many of its
    triggers reach back over that token."""
    text = MATCH_TEXTS[0]
    cols = times.token_columns(pipeline.nlp(text))
    tries = []

    class Counting:
        def __init__(self, fam, rx):
            self.fam, self.rx = fam, rx

        def match(self, s, pos):
            tries.append((self.fam, pos))
            return self.rx.match(s, pos)

    monkeypatch.setattr(times, "FAMILY_RE", {f: Counting(f, rx) for f, rx in times.FAMILY_RE.items()})
    got = times.pattern_spans(text, cols)
    monkeypatch.undo()
    assert got == _pattern_spans_long(text, cols)
    assert tries and len(tries) == len(set(tries))


def test_clean_is_kept_and_gives_what_it_computes():
    words = ["Last  Year's", "the 1990's", "twenty four hours", "two more weeks", "this past spring", "“Monday”,",
             "three-and-a-half years", "5 p.m.", "nineteen ninety-eight", "the Sales’", "", "   "]
    for w in words:
        assert timex.clean(w) == timex.clean.__wrapped__(w), w
    before = timex.clean.cache_info().hits
    timex.clean(words[0])
    assert timex.clean.cache_info().hits == before + 1


# --- the places stage ------------------------------------------------------------------------------

PLACE_TEXTS = [
    "After the St. Patrick's Day parade in Dublin, Mr. Arlington met Ms.\nParis at St Mary's School in Cork.",
    "Dr. Lebanon spoke in Lebanon, Dr.  Tyre too; Saint Paul's Cathedral and St. Paul, Minn., and the Sgt.\tJordan case.",
    "The Syrian town of Kobani; a British official in Paris's suburbs; Ste. Genevieve's bells; in Tokyo's wards.",
    "St Mary’s Church, St. A's, Saint Jo’s and Ste. B’s; the Mr.\nDover ,  ; Sen. Reno’s aides.",
]


@pytest.fixture(scope="module")
def gaz(pipeline):
    return next(s for s in pipeline.stages if s.name == "places").gazetteer


@pytest.mark.parametrize("text", PLACE_TEXTS)
@pytest.mark.parametrize("label", ["GPE", "DEMONYM", "STREETS"])
def test_item_tries_its_patterns_only_where_a_character_lets_them_match(gaz, text, label):
    for a, b in _spans(text, 24):
        assert places._item(text, a, b, label, gaz, set(), {}) == _item_long(text, a, b, label, gaz, set(), {}), \
            (text[a:b], label)


def test_item_still_drops_a_saints_day_and_a_title_s_tail(gaz):
    t = PLACE_TEXTS[0]
    assert places._item(t, *_find(t, "St. Patrick"), "GPE", gaz, set(), {}) is None  # "St. Patrick's Day"
    assert places._item(t, *_find(t, "Arlington"), "GPE", gaz, set(), {}) is None  # "Mr. Arlington"
    assert places._item(t, *_find(t, "Paris"), "GPE", gaz, set(), {}) is None  # "Ms." and a line break
    assert places._item(t, *_find(t, "Dublin"), "GPE", gaz, set(), {}) is not None
    t = PLACE_TEXTS[1]
    assert places._item(t, *_find(t, "Lebanon"), "GPE", gaz, set(), {}) is None  # "Dr." and a space
    assert places._item(t, *_find(t, "Lebanon", 1), "GPE", gaz, set(), {}) is not None
