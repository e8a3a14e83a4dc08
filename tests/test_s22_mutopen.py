"""Session 22, s22-mutopen: tests that kill the open mutants s21d-mutpetr left in events/coder.py
(_target_to_source, _prep_object_party, _noun_participants 473/477/483, _clause_target), read through the
whole pipeline with a user's actor dictionary (Gondor, Mordor, Rohan) as tests/test_mut_s21_petr.py does.
Own sentences."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    from dataclasses import replace

    from newsgraph.evaluate import petrarch as ep
    from newsgraph.nlp import parse_many
    from newsgraph.pipeline import Pipeline
    from newsgraph.read import make_article
    f = tmp_path_factory.mktemp("s22-mutopen") / "actors.txt"
    f.write_text("GONDOR [GON]\nMORDOR [MOR]\nROHAN [ROH]\n")
    pipe = Pipeline(replace(ep.pipeline_options(None, actors=[str(f)]), check_language=False))

    def run(text):
        doc = pipe.prepare(make_article(text, "s22", published="2015-06-01"))
        (parse,) = parse_many(pipe.nlp, [(doc.text, doc.sections)])
        ann = pipe.annotate(doc, parse, "s22")
        names = {e.id: e.name for e in ann.entities}
        return [(e.type, e.cameo, [names[i] for i in e.source], [names[i] for i in e.target]) for e in ann.events]
    return run


def test_a_reversed_pattern_reads_the_giver_anywhere_in_the_clause(events):
    # `* SUPPORT (FROM)` reversed: the giver may be named inside the "from" phrase, not as its object
    # (051 since s33-petr: the `support` noun carries the codebook's code, 050 before)
    assert events("Gondor got support from the friends of Mordor.") == [("SUPPORT", "051", ["Mordor"], ["Gondor"])]


def test_a_reversed_pattern_whose_giver_is_no_party_codes_nothing(events):
    # "allies near Mordor" names no giver the coder can attach: the reversed event needs both sides
    assert events("Gondor got support from allies near Mordor.") == []


def test_the_nouns_party_survives_a_second_verb_phrase(events):
    # "from its capital" is a second phrase of the verb: the party of "talks with Mordor" is still read
    assert ("REQUEST", "026", ["Gondor"], ["Mordor"]) in events("Gondor appealed for talks with Mordor from its capital.")


def test_a_place_under_the_noun_is_no_party(events):
    # "talks in Mordor": where the talks are, not with whom
    assert events("Gondor appealed for talks in Mordor.") == [("REQUEST", "026", ["Gondor"], [])]


def test_an_agreement_on_a_party_names_its_topic(events):
    # AGREE is read with "on" as its topic (TOPIC_ON): Mordor is what the talks are about
    assert events("Gondor agreed to talks on Mordor.") == [("AGREE", "036", ["Gondor"], [])]


def test_a_demand_on_a_party_names_its_target(events):
    # a demand is no TOPIC_ON type: "sanctions on Mordor" names who is to undergo them
    assert ("ACCUSE", "113", ["Gondor"], ["Mordor"]) in events("Gondor called for sanctions on Mordor.")


def test_a_topic_phrase_before_the_party(events):
    # "on trade" is a phrase of its own; it is not taken for the party
    assert events("Gondor appealed for talks on trade with Mordor.")[0][:3] == ("REQUEST", "026", ["Gondor"])


def test_a_time_on_the_verb_after_the_noun(events):
    # "on Monday" hangs on the verb after the noun: a date, no target (the sense's type is read for "on")
    assert events("Gondor embarked on an offensive on Monday.") == [("ASSAULT", "190", ["Gondor"], [])]


def test_a_companion_before_the_noun_is_no_target(events):
    # "with Mordor" before "on an offensive": a partner in the offensive, not its target
    assert events("Gondor embarked with Mordor on an offensive.") == [("ASSAULT", "190", ["Gondor"], [])]


def test_a_place_phrase_on_the_verb_is_no_target(events):
    # "launched an offensive in Mordor": where, not against whom
    assert events("Gondor launched an offensive in Mordor.") == [("ASSAULT", "190", ["Gondor"], [])]


def test_talks_with_a_party_hung_on_the_verb(events):
    # "with Mordor" after a time phrase: the parser may hang it on "held"; it is still the other side
    assert events("Gondor held talks on Friday with Mordor.") == [
        ("CONSULT", "046", ["Gondor"], ["Mordor"]), ("CONSULT", "046", ["Mordor"], ["Gondor"])]
