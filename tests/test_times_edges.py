"""times.py's remaining helpers with hand-made inputs (mutation testing, session 5): which candidate
spans overlap, which are kept, what TimeML leaves outside an expression, which time dates an event,
where a period starts, when a capitalised time word is part of a name, and when a date says when a
finite past verb happened (spaCy `Doc`s built with fixed trees: no parser in the way).

Each case pins what a one-token change of the helper gets wrong (`scripts/mutate.py times`); the
survivors left are listed in docs/testing.md, session 5."""

from types import SimpleNamespace

import pytest

from newsgraph.model import TimeExpr
from newsgraph.timex import Norm
from newsgraph.times import (_period_start, _told_in_past, in_a_name, outer_span, overlapping_pairs, select,
                             time_for_span)


# --- overlapping_pairs: half-open spans that share a character -------------------------------------

def test_overlapping_pairs_are_those_sharing_a_character():
    ys = [(0, 5), (10, 12), (4, 6), (9, 11), (0, 20), (12, 14), (1, 5)]
    got = sorted(y for _, y in overlapping_pairs([(5, 10)], ys))
    assert got == [(0, 20), (4, 6), (9, 11)]  # (0, 5), (1, 5) end where x starts, (10, 12) starts where it ends


# --- select: longest readable candidates first, no overlaps ---------------------------------------

def test_select_does_not_take_a_shorter_candidate_inside_one_taken_at_the_text_start():
    text = "March 3, 2026 was quiet."
    got = select(text, [(0, 5), (0, 13), (6, 13)], lambda _: None)
    assert [(a, b) for a, b, _ in got] == [(0, 13)]


def test_select_returns_text_order():
    text = "On March 3 and in 2026."
    got = select(text, [(18, 22), (3, 10)], lambda _: None)
    assert [(a, b) for a, b, _ in got] == [(3, 10), (18, 22)]


# --- outer_span: signals outside, "at least" only on durations -----------------------------------

def _outer(text, duration=False):
    a, b = outer_span(text, 0, len(text), duration)
    return text[a:b]


@pytest.mark.parametrize("text, duration, out", [
    ("since 2022", False, "2022"),
    ("ever since Monday", False, "Monday"),
    ("until at least Friday", False, "Friday"),  # a day is just the day
    ("at least Friday", False, "Friday"),
    ("at least 5", False, "5"),
    ("at least ", False, "at least "),  # nothing after it: the span is not emptied
    ("at least three days", True, "at least three days"),  # on a duration it stays
    ("three days later", True, "three days"),
    ("for three days", True, "three days"),
    ("until ", False, "until "),  # a signal alone is left as it is
])
def test_outer_span(text, duration, out):
    assert _outer(text, duration) == out


@pytest.mark.parametrize("text, span, out", [
    ("in its third quarter", "in its third quarter", "third quarter"),  # a possessive is the noun phrase's
    ("their first half results", "their first half", "first half"),
    ("the third-quarter loss", "the third-quarter", "third-quarter"),  # the article is the loss's
    ("the third quarter fell", "the third quarter", "the third quarter"),  # the article of the time itself
    ("the year-ago quarter", "the year-ago quarter", "the year-ago quarter"),
    ("the third-quarter GNP", "the third-quarter", "the third-quarter"),  # no lower-case noun after it
    ("its ", "its ", "its "),  # nothing after it: the span is not emptied
])
def test_outer_span_leaves_the_noun_phrase_out(text, span, out):
    a, b = outer_span(text, text.index(span), text.index(span) + len(span))
    assert text[a:b] == out


def test_outer_span_is_for_a_point_unless_told_otherwise():
    assert outer_span("at least Friday", 0, 15) == (9, 15)


def test_outer_span_reads_only_inside_its_bounds():
    text = "He stayed until Friday."
    a = text.index("until")
    assert outer_span(text, a, a + len("until"), False) == (a, a + len("until"))  # "until" + beyond: not a signal here


# --- time_for_span: the dated expression that dates an event --------------------------------------

def _t(i, start, end, value, type_="DATE", mod=None):
    return TimeExpr(id=f"t{i}", start=start, end=end, text="x" * (end - start), value=value, type=type_, mod=mod)


def _pick(times, start=0, end=100, near=None):
    got = time_for_span(SimpleNamespace(times=times), start, end, near)
    return got and got.id


def test_time_for_span_takes_an_expression_ending_at_the_span_end():
    assert _pick([_t(1, 90, 100, "2026-03-01")]) == "t1"
    assert _pick([_t(1, 90, 101, "2026-03-01")]) is None


def test_time_for_span_takes_times_of_day_and_skips_placeholders_and_durations():
    assert _pick([_t(1, 10, 20, "2026-03-01T10:00", "TIME")]) == "t1"
    assert _pick([_t(1, 10, 20, "PAST_REF"), _t(2, 30, 40, "2026-03-01")]) == "t2"  # goes on past the placeholder
    assert _pick([_t(1, 10, 20, "P3D", "DURATION")]) is None


def test_time_for_span_prefers_a_point_then_the_nearest_then_the_first():
    assert _pick([_t(1, 10, 20, "2022", mod="ON_OR_AFTER"), _t(2, 60, 70, "2026-03-01")]) == "t2"
    assert _pick([_t(1, 10, 20, "2026-03-01"), _t(2, 60, 70, "2026-03-02")], near=55) == "t2"  # 5 from its start
    assert _pick([_t(1, 10, 20, "2026-03-01"), _t(2, 60, 70, "2026-03-02")], near=25) == "t1"  # 5 from its end
    assert _pick([_t(1, 10, 20, "2026-03-01"), _t(2, 30, 40, "2026-03-02")], near=25) == "t1"  # a tie: the first
    assert _pick([_t(1, 10, 20, "2026-03-01"), _t(2, 30, 80, "2026-03-02")], near=29) == "t2"  # 1 from its start


# --- _period_start: first day of an absolute year, month or decade --------------------------------

@pytest.mark.parametrize("norm, start", [
    (Norm("2003", "year"), "2003-01-01"),
    (Norm("2003-05", "month"), "2003-05-01"),
    (Norm("199", "decade"), "1990-01-01"),
    (Norm("2003", "year", relative=True), None),  # from the document date
    (Norm("2003", "year", type="TIME"), None),
    (Norm("2003-05-01", "day"), None),  # a day is not a period
    (Norm(None, "year"), None),
])
def test_period_start(norm, start):
    got = _period_start(norm)
    assert (got and got.isoformat()) == start


# --- in_a_name: a capitalised time word inside a title or name ----------------------------------------

@pytest.mark.parametrize("text, phrase, named", [
    ("We watched 60 Minutes again", "60 Minutes", True),
    ("He was on This Week on Sunday", "This Week", True),
    ("the rally This Friday was large", "This Friday", False),  # a weekday after This is just the day
    ("during Fashion Week in Paris", "Fashion Week", False),  # Week counts only after This/Last/Next
    ("watch this Morning show", "this Morning", True),  # capitalised after a lowercase first word
    ("Voices Today said", "Today", True),  # right after a capitalised word
    ("See TOday now", "TOday", False),  # not written as a capitalised word
    ("In March for the first time", "March", False),  # the month after "In", though "March for" follows
    ("They held the March for Life", "March", True),
])
def test_in_a_name(text, phrase, named):
    a = text.index(phrase)
    assert in_a_name(text, a, a + len(phrase)) is named


# --- _told_in_past: a date saying when a finite past verb happened ----------------------------------

def _parse(tokens):
    import spacy
    from spacy.tokens import Doc

    from newsgraph.nlp import Parse

    words, heads, deps, tags, pos, lemmas = zip(*tokens)
    doc = Doc(spacy.blank("en").vocab, words=list(words), heads=list(heads), deps=list(deps), tags=list(tags),
              pos=list(pos), lemmas=list(lemmas))
    return Parse(doc=doc, sections=[])


def _told(tokens, phrase, cut=0):
    p = _parse(tokens)
    a = p.doc.text.index(phrase)
    return _told_in_past(p, a, a + len(phrase) - cut)


HE = ("he", 1, "nsubj", "PRP", "PRON", "he")


def _v(word, lemma, tag="VBD", pos="VERB", head=1, dep="ROOT"):
    return (word, head, dep, tag, pos, lemma)


IN_JANUARY = [HE, _v("left", "leave"), ("in", 1, "prep", "IN", "ADP", "in"), ("January", 2, "pobj", "NNP", "PROPN", "january")]
LEFT_MONDAY = [HE, _v("left", "leave"), ("Monday", 1, "npadvmod", "NNP", "PROPN", "monday")]
SPENT_CHRISTMAS = [HE, _v("spent", "spend"), ("Christmas", 1, "dobj", "NNP", "PROPN", "christmas")]
MONDAY_SUBJECT = [("Monday", 1, "nsubj", "NNP", "PROPN", "monday"), _v("was", "be", pos="AUX"),
                  ("quiet", 1, "acomp", "JJ", "ADJ", "quiet")]
WAS_THERE_IN_JANUARY = [HE, _v("was", "be", pos="AUX"), ("in", 1, "prep", "IN", "ADP", "in"),
                        ("January", 2, "pobj", "NNP", "PROPN", "january")]
# a bare participle with a passive subject (a headline's "Dividends paid in January"): not finite
PAID_IN_JANUARY = [("dividends", 1, "nsubjpass", "NNS", "NOUN", "dividend"), _v("paid", "pay", tag="VBN"),
                   ("in", 1, "prep", "IN", "ADP", "in"), ("January", 2, "pobj", "NNP", "PROPN", "january")]
# the tagger's slip the other way: a simple past tagged VBN, known by its active subject ("the plant closed in
# January, putting ..."; session 40): finite
CLOSED_IN_JANUARY = [("plant", 1, "nsubj", "NN", "NOUN", "plant"), _v("closed", "close", tag="VBN"),
                     ("in", 1, "prep", "IN", "ADP", "in"), ("January", 2, "pobj", "NNP", "PROPN", "january")]
PLANNED_IN_JANUARY = [HE, _v("planned", "plan"), ("in", 1, "prep", "IN", "ADP", "in"),
                      ("January", 2, "pobj", "NNP", "PROPN", "january")]
EXPECTED_IN_JANUARY = [HE, _v("expected", "expect"), ("in", 1, "prep", "IN", "ADP", "in"),
                       ("January", 2, "pobj", "NNP", "PROPN", "january")]
# the small parser's slips: a past participle tagged VBD after its auxiliary
HAD_MET_IN_JANUARY = [("he", 2, "nsubj", "PRP", "PRON", "he"), ("had", 2, "aux", "VBD", "AUX", "have"),
                      _v("met", "meet", head=2), ("in", 2, "prep", "IN", "ADP", "in"),
                      ("January", 3, "pobj", "NNP", "PROPN", "january")]
WAS_KILLED_IN_JANUARY = [("he", 2, "nsubjpass", "PRP", "PRON", "he"), ("was", 2, "auxpass", "VBD", "AUX", "be"),
                         _v("killed", "kill", head=2), ("in", 2, "prep", "IN", "ADP", "in"),
                         ("January", 3, "pobj", "NNP", "PROPN", "january")]
# "he left in January and February": the second time of a coordination as the first (session 40, for mutants)
LEFT_JAN_AND_FEB = [HE, _v("left", "leave"), ("in", 1, "prep", "IN", "ADP", "in"),
                    ("January", 2, "pobj", "NNP", "PROPN", "january"), ("and", 3, "cc", "CC", "CCONJ", "and"),
                    ("February", 3, "conj", "NNP", "PROPN", "february")]
# "he left before January": a bound, not the time the leaving happened (only in/on/at/during/over/between say that)
LEFT_BEFORE_JANUARY = [HE, _v("left", "leave"), ("before", 1, "prep", "IN", "ADP", "before"),
                       ("January", 2, "pobj", "NNP", "PROPN", "january")]
# "shops were busy on Friday": the time the copula's state held; "shares were payable on Friday": when a thing falls due
BUSY_ON_FRIDAY = [("shops", 1, "nsubj", "NNS", "NOUN", "shop"), _v("were", "be", pos="AUX"),
                  ("busy", 1, "acomp", "JJ", "ADJ", "busy"), ("on", 2, "prep", "IN", "ADP", "on"),
                  ("Friday", 3, "pobj", "NNP", "PROPN", "friday")]
PAYABLE_ON_FRIDAY = [("shares", 1, "nsubj", "NNS", "NOUN", "share"), _v("were", "be", pos="AUX"),
                     ("payable", 1, "acomp", "JJ", "ADJ", "payable"), ("on", 2, "prep", "IN", "ADP", "on"),
                     ("Friday", 3, "pobj", "NNP", "PROPN", "friday")]
# "it broke out in town on the square at noon in spring": four prepositional phrases deep
FOUR_DEEP = [("it", 1, "nsubj", "PRP", "PRON", "it"), _v("broke", "break"), ("in", 1, "prep", "IN", "ADP", "in"),
             ("town", 2, "pobj", "NN", "NOUN", "town"), ("on", 3, "prep", "IN", "ADP", "on"),
             ("square", 4, "pobj", "NN", "NOUN", "square"), ("at", 5, "prep", "IN", "ADP", "at"),
             ("noon", 6, "pobj", "NN", "NOUN", "noon"), ("in", 7, "prep", "IN", "ADP", "in"),
             ("spring", 8, "pobj", "NN", "NOUN", "spring")]
THREE_DEEP = FOUR_DEEP[:8]  # "... in town on the square at noon"


@pytest.mark.parametrize("tokens, phrase, told", [
    (IN_JANUARY, "January", True),
    (LEFT_MONDAY, "Monday", True),  # a bare day on the verb
    (SPENT_CHRISTMAS, "Christmas", True),  # a period the verb takes as its object
    (MONDAY_SUBJECT, "Monday", False),  # the subject says no time of the verb
    (WAS_THERE_IN_JANUARY, "January", True),  # "be" as the verb
    (PAID_IN_JANUARY, "January", False),  # not finite
    (CLOSED_IN_JANUARY, "January", True),  # a past tense the tagger called a participle
    (LEFT_JAN_AND_FEB, "February", True),  # a conjunct dates the verb as the first time does
    (LEFT_BEFORE_JANUARY, "January", False),  # "before" bounds the event; it does not date it
    (BUSY_ON_FRIDAY, "Friday", True),  # an adjective's copula carries the tense
    (PAYABLE_ON_FRIDAY, "Friday", False),  # a date something falls due, not when it happened
    (PLANNED_IN_JANUARY, "January", False),  # a plan's time is not fixed by the report's tense
    (EXPECTED_IN_JANUARY, "January", False),
    (HAD_MET_IN_JANUARY, "January", False),  # an auxiliary: not a simple past
    (WAS_KILLED_IN_JANUARY, "January", False),
    (THREE_DEEP, "noon", True),
    (FOUR_DEEP, "spring", False),  # three phrases up at most
])
def test_told_in_past(tokens, phrase, told):
    assert _told(tokens, phrase) is told


def test_told_in_past_reads_a_span_cut_inside_a_word_as_the_whole_word():
    assert _told(IN_JANUARY, "January", cut=2) is True


def test_told_in_past_of_an_empty_span_is_false():
    p = _parse(IN_JANUARY)
    assert _told_in_past(p, 3, 3) is False


def test_premodifies_reads_a_span_cut_inside_a_word_as_the_whole_word():
    from newsgraph.times import _premodifies

    p = _parse([("the", 2, "det", "DT", "DET", "the"), ("annual", 2, "amod", "JJ", "ADJ", "annual"),
                ("meeting", 2, "ROOT", "NN", "NOUN", "meeting")])
    a = p.doc.text.index("annual")
    assert _premodifies(p, a, a + 6) is True
    assert _premodifies(p, a, a + 4) is True
    assert _premodifies(p, 0, 3) is False  # a determiner
