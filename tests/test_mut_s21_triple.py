"""Session 21, s21b-mutev: mutants of the lines s21-triple changed (actors/nominals.py's from-phrase groups,
events/coder.py's target readings) that its own tests left alive (docs/testing.md, "Session 21, s21b-mutev").
Our own sentences; the small helpers asked directly on a parse whose entities are set by hand."""

from __future__ import annotations

from types import SimpleNamespace

from newsgraph.actors.nominals import _country_word, resolve_nominals
from newsgraph.actors.tables import tables
from spacy.tokens import Span
from test_actors_article import context_after


def _groups(ctx, sector):
    """The countries of the unnamed groups of this sector."""
    return {c.country for c in ctx.clusters if c.attrs.get("nominal") and c.sector == sector}


def test_troops_withdrawn_from_two_countries_are_neither_ones(pipeline):
    # "its troops from Iraq and Syria": the from-phrase says where they leave, not whose they are, so
    # Syria gets no troops (co 13-15: the from-phrase's own country unchecked)
    ctx = context_after(pipeline, "Turkey withdrew its troops from Iraq and Syria on Monday.", resolve_nominals)
    assert _groups(ctx, "MIL") == {"TUR"}


def test_a_group_placed_by_the_article_focus_reads_no_from_phrase(pipeline):
    # the troops' country is only the story's focus (the from-phrase is where they leave): 269 / 270 read the
    # phrase anyway and gave Syria troops
    ctx = context_after(pipeline, "Iraq said on Monday that the withdrawal of troops from Iraq and Syria "
                        "would begin soon.", resolve_nominals)
    assert _groups(ctx, "MIL") == {"IRQ"}


def test_a_from_phrase_that_names_the_place_left_spreads_to_no_country_even_when_a_place_matches(pipeline):
    # the troops are placed in Iraq by "begin in Iraq"; the from-phrase after "withdrawal of troops" says
    # where they leave, so its second country (Syria) gets no troops of its own (s21b-mutev's defect:
    # the from-phrase's first country happened to equal the troops' country)
    ctx = context_after(pipeline, "Iraq said on Monday that the withdrawal of troops from Iraq and Syria "
                        "would begin in Iraq soon.", resolve_nominals)
    assert "SYR" not in _groups(ctx, "MIL")


def test_a_from_phrase_that_says_whose_they_are_spreads_to_each_country(pipeline):
    ctx = context_after(pipeline, "Officials from Colombia and Venezuela met in Bogota on Monday.", resolve_nominals)
    assert {"COL", "VEN"} <= _groups(ctx, "GOV")


def test_a_role_at_the_end_of_the_text_has_no_phrase_after_it(pipeline):
    # no final full stop: the role's last token ends the document (co 2 / 3 read past the end)
    ctx = context_after(pipeline, "Colombia praised its officials", resolve_nominals)
    assert _groups(ctx, "GOV") <= {"COL"}


def _with_ents(pipeline, text, spans):
    doc = pipeline.nlp(text)
    doc.ents = [Span(doc, s, e, label="GPE") for s, e in spans]
    return doc


def test_the_country_word_is_its_entity_or_else_itself(pipeline):
    # a name of several words is its entity's (cw 1, 6, 8: "States" alone names nothing) ...
    doc = _with_ents(pipeline, "Officials from Colombia and the United States met.", [(2, 3), (5, 7)])
    ctx = SimpleNamespace(sd=doc, tables=tables())
    assert doc[6].text == "States" and _country_word(ctx, doc[6]) == "USA"
    assert _country_word(ctx, doc[2]) == "COL"
    # ... and a list the NER glued into one name is each word's own (cw 6, 10)
    doc = _with_ents(pipeline, "Officials from Colombia and Venezuela met.", [(2, 5)])
    ctx = SimpleNamespace(sd=doc, tables=tables())
    assert _country_word(ctx, doc[4]) == "VEN"
    # a word outside every entity (cw 8)
    doc = _with_ents(pipeline, "Officials from Colombia and Venezuela met.", [])
    assert _country_word(SimpleNamespace(sd=doc, tables=tables()), doc[4]) == "VEN"


def _verb(pipeline, text, word):
    return next(t for t in pipeline.nlp(text) if t.text == word)


def test_only_a_naming_clause_with_what_names_the_object(pipeline):
    from newsgraph.events.coder import _named_as
    # a clause that does not name ("presented as"): nothing (_named_as 1-3: the naming verb or the "what" unchecked)
    v = _verb(pipeline, "Syria condemned what Turkey presented as a peace plan.", "condemned")
    assert [(k.text, k.dep_) for k in v.children if k.dep_ == "ccomp"] == [("presented", "ccomp")]
    assert _named_as(v) == []
    # a naming clause with an object of its own, not "what" (11): it names that object, not the verb's
    v = _verb(pipeline, "Syria said Turkey called the plan a mistake.", "said")
    assert [(k.text, k.dep_) for k in v.children if k.dep_ == "ccomp"] == [("called", "ccomp")]
    assert _named_as(v) == []
    # the reading itself
    v = _verb(pipeline, "Syria condemned what Turkey called a provocation.", "condemned")
    assert [t.text for t in _named_as(v)] == ["provocation"]


def test_the_name_is_the_as_phrase_not_any_phrase(pipeline):
    from newsgraph.events.coder import _named_as
    # "described to reporters as an accident": the name is the "as" phrase's, not the first phrase's (23)
    v = _verb(pipeline, "Syria condemned what Turkey described to reporters as an accident.", "condemned")
    assert [t.text for t in _named_as(v)] == ["accident"]


def test_its_object_of_a_reported_criticism_is_not_the_speaker():
    # only a bare "it" object is the speaker in any reported act; "its economy" is the speaker's only in
    # an attack (Colombia may criticize its own): _verb_participants 192 / 193 (possessed=True) read it anyway
    from petrarch_util import codings
    from newsgraph.evaluate.events import pipeline_options
    got, bare = codings(["Venezuela said Colombia had criticized its economy.",
                         "Venezuela said Colombia had criticized it."], pipeline_options(None))
    assert ("COL", "VEN") not in {(s, t) for s, t, _ in got}
    assert ("COL", "VEN") in {(s, t) for s, t, _ in bare}


def test_a_reported_them_undergoing_the_act_is_the_speaker():
    # "them" as "it" (_speakers_own 15 / 16: "them" unread)
    from petrarch_util import codings
    from newsgraph.evaluate.events import pipeline_options
    (got,) = codings(["Venezuelan officials said Colombia had criticized them."], pipeline_options(None))
    assert ("COL", "VENGOV") in {(s, t) for s, t, _ in got}
