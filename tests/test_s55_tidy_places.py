"""Session 55, s55-tidy: an organisation's name the places stage resolved as a literal place is retyped GPE where the
parse frames each mention as a place (`placed_by_frame`, the test a person's name already had), not where a place
preposition is merely the word before it (the text test it replaces). Names and sentences invented for the tests."""

from __future__ import annotations

import pytest

from newsgraph.model import Document, Entity, Mention, Place
from newsgraph.nlp import load
from newsgraph.places import retype_placed_entities


def _org_type(text: str, name: str = "Dddd", start: int | None = None, end: int | None = None) -> str:
    """The type an ORG entity with one mention of `name` (or of text[start:end]) ends with, the mention resolved as a
    literal town."""
    a = text.index(name) if start is None else start
    b = a + len(name) if end is None else end
    mention = Mention(start=a, end=b, text=text[a:b])
    e = Entity(id="e1", name=text[a:b], type="ORG", mentions=[mention])
    doc = Document(text=text, entities=[e], places=[Place(id="p1", name=text[a:b], feature="city", mentions=[mention])])
    retype_placed_entities(doc, load()(text))
    return e.type


@pytest.mark.parametrize("text", ["Jobs were cut across Dddd.", "Mines throughout Dddd closed.", "In Dddd the rain fell.",
                                  "A Dddd-based firm hired staff.", "Mines in the town of Dddd closed.",
                                  "The plant, in Dddd, Ohio, shut."])
def test_an_organisation_framed_as_a_place_is_a_place(text):
    # "the town of": the parse's frame; the words before it ("of") were no place preposition
    assert _org_type(text) == "GPE"


@pytest.mark.parametrize("text", ["Investors in Dddd shares lost money.", "Shares such as Dddd rose.",
                                  "Funding at Dddd rose.", "Shoppers in Eeee and Dddd queued."])
def test_an_organisation_after_a_preposition_but_not_its_object_stays(text):
    # "in Dddd shares": the preposition's object is "shares", the company's; the text test took "in" for the frame.
    # (The second of two coordinated names is no preposition's object, nor was it framed by the word before it.)
    assert _org_type(text) == "ORG"


def test_every_mention_must_be_framed():
    text = "Mines in Dddd closed. Dddd shares fell."
    a, b = text.index("Dddd"), text.rindex("Dddd")
    mentions = [Mention(start=x, end=x + 4, text="Dddd") for x in (a, b)]
    e = Entity(id="e1", name="Dddd", type="ORG", mentions=mentions)
    doc = Document(text=text, entities=[e], places=[Place(id="p1", name="Dddd", feature="city", mentions=mentions)])
    retype_placed_entities(doc, load()(text))
    assert e.type == "ORG"


def test_a_mention_inside_a_token_is_read_on_the_tokens_that_cover_it():
    # "Ddddx" is one token; a mention of its first four characters is framed as the token is
    assert _org_type("Mines in Ddddx closed.", "Dddd") == "GPE"
    assert _org_type("Investors in Ddddx shares lost money.", "Dddd") == "ORG"


@pytest.mark.parametrize("text,framed", [("Fighting near\nGoma displaced thousands.", True),
                                         ("Fighting near   Goma displaced thousands.", True),
                                         ("Fighting near Goma displaced thousands.", True),
                                         ("Fighting near the Goma road displaced thousands.", False)])
def test_a_line_break_between_the_preposition_and_the_name_is_layout(text, framed):
    # a wrapped line ("near\nGoma") still frames the name as a place, for a person's name as for an organisation's
    from spacy.tokens import Span

    from newsgraph.places import placed_by_frame

    sdoc = load()(text)
    i = next(t.i for t in sdoc if t.text == "Goma")
    assert placed_by_frame(Span(sdoc, i, i + 1, label="PERSON"), text) is framed
    assert _org_type(text, "Goma") == ("GPE" if framed else "ORG")
