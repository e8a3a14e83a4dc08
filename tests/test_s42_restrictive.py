"""Session 42 (s42-wire): an act told inside a restrictive relative clause ("Arabs who have spurned him", "a store
owner they took hostage", "those who say that ...") says which people the sentence means, by an act it takes as
known: the setting of the sentence's news, not news of its own (gold/plover_wire.md: "a backdrop act in a
relative or nominal clause is left out"; the PLOVER manual's auxiliary mode `historical`). It is flagged
`historical`, so no asserted record. A non-restrictive clause, set off by a comma, asserts its act and stays.
Own probe sentences (tests/data/s42_restrictive_set*.tsv), labelled before any run. docs/accuracy.md, Session 42,
s42-wire."""

import pytest

from newsgraph.evaluate.events import asserted
from eventsutil import probe_rows


# known misses (strict): the parser reads the clause's verb as a noun and roots the sentence in its head noun; it
# reads a contact clause ("the journalist the militia kidnapped") as a participle on its subject; and a past
# participle on a noun is not read as a restrictive clause (the lead, session 42: see stage._relative_clause_of)
KNOWN_MISSES = {"Companies that Washington sanctions face long delays at European ports.",
                "The journalist the militia kidnapped in March has written a book about his ordeal.",
                "Activists detained during the march were mostly teenagers."}


def _check(pipeline, word, text):
    doc = pipeline.extract(text, published="2024-06-01")
    told = {}
    for e in doc.events:
        if e.trigger:
            told[e.trigger.text.split()[0]] = told.get(e.trigger.text.split()[0], False) or asserted(e)
    if word.startswith("="):
        assert told.get(word[1:]) is True  # the news stays asserted
    else:
        assert told.get(word) is not True  # the presupposed act is no asserted record


@pytest.mark.parametrize("word, text", list(probe_rows(["s42_restrictive_set1.tsv"], KNOWN_MISSES, 2)))
def test_restrictive_probe_set1(pipeline, word, text):
    _check(pipeline, word, text)


@pytest.mark.parametrize("word, text", list(probe_rows(["s42_restrictive_set2.tsv"], KNOWN_MISSES, 2)))
def test_restrictive_probe_set2(pipeline, word, text):
    _check(pipeline, word, text)


def _at(pipeline, text, word):
    """(the token of `word` in the parse of `text`, a candidate-like object anchored on it)."""
    from types import SimpleNamespace

    tok = next(t for t in pipeline.nlp(text) if t.text == word)
    return tok, SimpleNamespace(anchor=tok)


def test_a_restrictive_clause_is_a_setting_a_set_off_one_is_not(pipeline):
    from newsgraph.events import stage

    for mark in ("", ",", "("):
        text = {"": "The soldiers who attacked the convoy belonged to a unit.",
                ",": "The soldiers, who attacked the convoy, belonged to a unit.",
                "(": "The soldiers (who attacked the convoy) belonged to a unit."}[mark]
        tok, c = _at(pipeline, text, "attacked")
        assert tok.dep_ == "relcl" and stage._relative_clause_of(c).i == tok.i
        assert stage._restrictive_relative(c, {}) is (mark == "")


def test_a_clause_on_a_trigger_or_in_a_verbless_sentence_is_no_setting(pipeline):
    from newsgraph.events import stage

    tok, c = _at(pipeline, "The soldiers who attacked the convoy belonged to a unit.", "attacked")
    assert stage._restrictive_relative(c, {tok.head.i: [object()]}) is False  # the clause tells the event noun
    assert stage._restrictive_relative(c, {tok.i: [object()]}) is True  # (only the noun it hangs on counts)
    tok, c = _at(pipeline, "Soldiers who attacked a convoy near the border", "attacked")
    assert tok.dep_ == "relcl" and tok.head.dep_ == "ROOT"
    assert stage._restrictive_relative(c, {}) is False  # a headline's noun phrase: the clause is the news


def test_the_clause_above_a_noun_and_the_participles_read(pipeline):
    from newsgraph.events import stage

    tok, c = _at(pipeline, "Officers who ordered the raid were suspended.", "raid")
    assert stage._relative_clause_of(c).text == "ordered" and stage._restrictive_relative(c, {}) is True
    tok, c = _at(pipeline, "Extremists opposed to the truce planted the bomb.", "opposed")
    assert (tok.dep_, tok.tag_) == ("acl", "VBD") and stage._relative_clause_of(c) is None  # a participle: not read
    tok, c = _at(pipeline, "The group issued a statement demanding the release of the hostages.", "demanding")
    assert (tok.dep_, tok.tag_) == ("acl", "VBG") and stage._relative_clause_of(c) is None  # what was said
    tok, c = _at(pipeline, "The group has a plan to attack the city.", "attack")
    assert tok.dep_ == "acl" and stage._relative_clause_of(c) is None  # what is planned
    tok, c = _at(pipeline, "The army attacked the convoy.", "attacked")
    assert stage._relative_clause_of(c) is None


def test_a_content_clause_the_parser_hangs_as_a_relative_is_none(pipeline):
    from newsgraph.events import stage

    tok, c = _at(pipeline, "The carmaker has struck a deal to supply its rival with engines.", "supply")
    assert tok.dep_ == "relcl" and stage._content_clause(tok) and stage._relative_clause_of(c) is None
    tok, c = _at(pipeline, "Less welcome was the news that the firm had been fined for breaking the rules.", "fined")
    assert (tok.dep_, tok.tag_) == ("acl", "VBN") and stage._content_clause(tok)
    assert stage._relative_clause_of(c) is None
    tok, c = _at(pipeline, "The soldiers who attacked the convoy belonged to a unit.", "attacked")
    assert not stage._content_clause(tok)


def test_a_clause_on_a_proper_noun_is_read_too(pipeline):
    from newsgraph.events import stage

    tok, c = _at(pipeline, "Palestinians who protested at the checkpoint were sent home.", "protested")
    assert tok.head.pos_ == "PROPN" and stage._relative_clause_of(c).i == tok.i
    assert stage._restrictive_relative(c, {}) is True
