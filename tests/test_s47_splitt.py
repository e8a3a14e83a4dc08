"""Session 47, s47-splitt: kills of the surviving mutants of the functions `times.run` and
`structure.label_sections` were split into (docs/testing.md, "Session 47, s47-splitt")."""

from __future__ import annotations

import spacy

from newsgraph.model import Document, Published
from newsgraph.nlp import Parse
from newsgraph.times import run


def _run_unparsed(text: str, published: str, **kw) -> list[tuple[str, str | None]]:
    """doc.times as (text, value) after `run` over a blank-English Doc (no tagger, so every token's tag is empty)."""
    doc = Document(text=text, published=Published(value=published), sections=[])
    run(doc, Parse(doc=spacy.blank("en")(text), sections=[]), **kw)
    return [(t.text, t.value) for t in doc.times]


def test_run_keeps_a_weekdays_part_unless_asked_not_to():
    # TimesSettings' default: "Friday night" is the night of that Friday (TIMEX3's TNI), and only weekday_parts=False
    # writes the day alone; `run` called with no setting is the default
    text = "Police said the fire started on Friday night."
    assert _run_unparsed(text, "2026-12-06") == [("Friday night", "2026-12-04TNI")]
    assert _run_unparsed(text, "2026-12-06", weekday_parts=False) == [("Friday night", "2026-12-04")]


def test_run_asks_the_parse_whether_a_noun_follows_an_indefinite_weekday():
    # "on a Monday" is no particular week's Monday (XXXX-WXX-1); the check for a noun after it ("a Monday deadline")
    # reads the parse, which here has no tags, so the weekday stays indefinite
    assert _run_unparsed("The two leaders first met on a Monday, she said.", "2026-12-06") == \
        [("Monday", "XXXX-WXX-1")]


def test_a_bound_before_a_length_joins_its_extent_as_the_mod():
    # TIMEX3 marks a length's bound in the extent and writes it as the mod: "at most" EQUAL_OR_LESS, "no less than"
    # (the negation turns "less") EQUAL_OR_MORE
    doc = Document(text="The ban will last at most 40 days.", published=Published(value="2026-12-06"), sections=[])
    run(doc, Parse(doc=spacy.blank("en")(doc.text), sections=[]))
    assert [(t.text, t.value, t.mod) for t in doc.times] == [("at most 40 days", "P40D", "EQUAL_OR_LESS")]
    doc = Document(text="Talks took no less than six hours.", published=Published(value="2026-12-06"), sections=[])
    run(doc, Parse(doc=spacy.blank("en")(doc.text), sections=[]))
    assert [(t.text, t.value, t.mod) for t in doc.times] == [("no less than six hours", "PT6H", "EQUAL_OR_MORE")]


def test_a_negation_that_makes_no_bound_stays_out_of_the_extent():
    # "not two days but a week": "not" before a length with no comparative is no bound (the words with it read as no
    # time at all), so the length is marked alone, with no mod
    doc = Document(text="The trip took not two days but a week.", published=Published(value="2026-12-06"), sections=[])
    run(doc, Parse(doc=spacy.blank("en")(doc.text), sections=[]))
    assert [(t.text, t.value, t.mod) for t in doc.times] == [("two days", "P2D", None), ("a week", "P1W", None)]
