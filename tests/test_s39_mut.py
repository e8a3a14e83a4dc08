"""Session 39, s39-mut: tests for mutants of session 38's changes that the earlier tests left alive
(docs/testing.md, "Session 39, s39-mut"). Own sentences and hand-made values; each test names the rule it pins."""

import pytest

from newsgraph.times import _continues_narrative, _narrative_month
from newsgraph.timex import Norm


@pytest.fixture(scope="module")
def extract(pipeline):
    return pipeline.extract


def _at(text: str, s: str) -> tuple[int, int]:
    a = text.index(s)
    return a, a + len(s)


# ---------------------------------------------------------------- times: a bare month in a past narrative

def test_narrative_month_asks_for_a_month_value():
    """Only a bare month read as a month (a 7-character value) takes the narrative's year: no value, or a day's, is
    left alone (and no value is no error)."""
    text = "The talks opened in March 2019. By May, fighting had resumed."
    prev, (a, b) = _at(text, "March 2019"), _at(text, "By May")
    before = Norm("2019-03", "month")
    assert _narrative_month(text, prev, before, a, b, Norm("2026-05", "month")) is True
    assert _narrative_month(text, prev, before, a, b, Norm(None, None, relative=True)) is False
    assert _narrative_month(text, prev, before, a, b, Norm("2026-05-04", "day")) is False


def test_narrative_month_asks_for_a_bare_month_name():
    """A month value that is no bare month's ("last month": the document date's) does not continue the narrative."""
    text = "The talks opened in January 2019. Last month, the talks collapsed."
    prev, (a, b) = _at(text, "January 2019"), _at(text, "Last month")
    assert _narrative_month(text, prev, Norm("2019-01", "month"), a, b, Norm("2026-02", "month")) is False


def test_narrative_month_looks_for_a_paragraph_break_only_up_to_the_month():
    """The paragraph break that ends the narrative is one between the two times, not one after the later."""
    text = "In March 2019 the talks collapsed. By May, fighting had resumed.\n\nA new round opens next week."
    prev, (a, b) = _at(text, "March 2019"), _at(text, "By May")
    assert _narrative_month(text, prev, Norm("2019-03", "month"), a, b, Norm("2026-05", "month")) is True
    assert _continues_narrative(text, prev, Norm("2019-03", "month"), a, Norm("2026-05", "month"), None) is True


@pytest.mark.parametrize("span", ["March 2019", "since March 2019"])
def test_narrative_month_no_since_bound_without_a_parse(span):
    """A "since" bound (inside the span or before it) is no narrative, read from the text alone when no parse is
    given (the parse's own check, `_under_since`, comes after it)."""
    text = "Prices have doubled since March 2019. In May, the firm cut them."
    prev, (a, b) = _at(text, span), _at(text, "In May")
    assert _narrative_month(text, prev, Norm("2019-03", "month"), a, b, Norm("2026-05", "month")) is False


def test_a_deictic_month_after_a_dated_day_keeps_the_document_date(extract):
    """"Last month" is counted from the document date even in a past narrative of an earlier year."""
    doc = extract("The talks opened on Jan. 5, 2024. Last month, the talks collapsed.", published="2026-03-12")
    assert [(t.text, t.value) for t in doc.times] == [("Jan. 5, 2024", "2024-01-05"), ("Last month", "2026-02")]


def test_a_bare_month_keeps_the_narrative_year_with_a_paragraph_after(extract):
    doc = extract("In March 2019 the talks collapsed. By May, fighting had resumed.\n\nThe envoy left.",
                  published="2026-03-12")
    assert [(t.text, t.value) for t in doc.times] == [("March 2019", "2019-03"), ("May", "2019-05")]


# ---------------------------------------------------------------- timex: one "that + weekday" pattern for two readers

@pytest.mark.parametrize("span, found", [
    ("that Friday", True), ("That same Monday", True), ("the same Sunday", True), ("that friday", True),
    ("THE SAME SUNDAY", True), ("that Fri", False), ("that week", False), ("the next Friday", False),
])
def test_the_times_stage_reads_a_that_weekday_span_in_any_case(span, found):
    """The times stage's test of a span (a parser's DATE entity may be lower case) takes the finder's words in any
    case, and no abbreviation the finder does not find."""
    from newsgraph.timex import THAT_WEEKDAY
    assert (THAT_WEEKDAY.fullmatch(span) is not None) is found


@pytest.mark.parametrize("text, span", [
    ("The envoy arrived on Aug. 14, 2022. That Friday he left.", "That Friday"),
    ("The envoy arrived on Aug. 14, 2022. He left that same Friday.", "that same Friday"),
    ("The envoy arrived on Aug. 14, 2022. That Friday's talks failed.", None),  # a possessive: the weekday's own
])
def test_the_finder_takes_that_weekday_from_the_shared_pattern(text, span):
    from newsgraph.timex import FIND_RE
    assert span is None or any(m.group() == span for m in FIND_RE.finditer(text))
    assert span is not None or not any(m.group().startswith("That Friday") for m in FIND_RE.finditer(text))


# ---------------------------------------------------------------- nlp.Parse.text (mutmut makes no mutant of it)

def test_parse_text_is_the_document_text_made_once():
    """Parse.text is the parse's document text, made once: spaCy joins every token again at each `doc.text` (a new
    string each time), which times._reported_past read hundreds of times an article."""
    import spacy

    from newsgraph.nlp import Parse
    doc = spacy.blank("en")("The talks collapsed in May.  They resumed in June.")
    parse = Parse(doc=doc, sections=[])
    assert parse.text == doc.text == "The talks collapsed in May.  They resumed in June."
    assert doc.text is not doc.text  # (spaCy's own: a new string at each read)
    assert parse.text is parse.text


# ---------------------------------------------------------------- actors.context.role_is_head's older lines

def _doc(words, tags, heads, deps):
    import spacy
    from spacy.tokens import Doc
    return Doc(spacy.blank("en").vocab, words=words, tags=tags, heads=heads, deps=deps)


def test_a_role_phrase_ending_on_no_noun_heads_nothing():
    from newsgraph.actors.context import role_is_head
    doc = _doc(["the", "senior", "staff"], ["DT", "JJ", "NN"], [2, 2, 2], ["det", "amod", "ROOT"])
    assert not role_is_head(doc, 1, 2)  # "senior": an adjective alone (no noun before it to follow)
    assert role_is_head(doc, 1, 3)


@pytest.mark.parametrize("dep", ["compound", "amod", "nmod"])
def test_a_role_noun_modifying_a_later_noun_is_no_head(dep):
    """'police' in 'the police officials': hung on the noun after it as a compound, an adjectival or a nominal
    modifier (the parser uses all three), the role word modifies that noun, unless it has a determiner and "and"
    of its own (a misparsed conjunct: 'the police and the soldiers' read as one phrase)."""
    from newsgraph.actors.context import role_is_head
    doc = _doc(["the", "police", "officials"], ["DT", "NN", "NNS"], [2, 2, 2], ["det", dep, "ROOT"])
    assert not role_is_head(doc, 1, 2)
    conj = _doc(["the", "police", "and", "the", "soldiers"], ["DT", "NN", "CC", "DT", "NNS"], [1, 4, 1, 4, 4],
                ["det", dep, "cc", "det", "ROOT"])
    assert role_is_head(conj, 0, 2)


def test_a_role_noun_hung_on_no_later_noun_heads_its_phrase():
    """Only a modifier of a noun after the phrase makes it no head: hung on a verb after it (a misparse), or on a
    noun before it, the role word still heads its phrase."""
    from newsgraph.actors.context import role_is_head
    on_verb = _doc(["the", "army", "chief", "resigned"], ["DT", "NN", "NN", "VBD"], [2, 2, 3, 3],
                   ["det", "compound", "compound", "ROOT"])
    assert role_is_head(on_verb, 1, 3)
    before = _doc(["ministry", "spokesman"], ["NN", "NN"], [0, 0], ["ROOT", "compound"])
    assert role_is_head(before, 1, 2)
