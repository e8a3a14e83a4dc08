"""Session 21, s21d-mutpetr: tests that kill mutants of the lines s21c-petr changed in events/coder.py
(_prep_object_party, _clause_target, _target_to_source), coding with a user's actor dictionary as
tests/test_petrarch_s21c.py does. Own sentences."""

from __future__ import annotations

import pytest

from newsgraph.evaluate import petrarch as ep
from stageutil import user_dictionary_coder


@pytest.fixture(scope="module")
def code(tmp_path_factory):
    return user_dictionary_coder(tmp_path_factory.mktemp("s21d"))


def test_out_of_the_noun_names_its_party(code):
    # "out of" governs the noun through its own "of": the war's "with Mordor" names the party
    assert code("Gondor stayed out of the war with Mordor.") == [[("GON", "MOR", "035")]]


def test_the_verbs_own_phrase_names_its_party_first(code):
    # "on Rohan" is the verb's own party: the noun "talks"' "with Mordor" does not override it
    assert code("Gondor called on Rohan for talks with Mordor.") == [[("GON", "ROH", "026")]]


def test_a_scene_preposition_governs_no_object(code):
    # "during demonstrations against Mordor" sets the scene: Mordor is not what Gondor protested
    assert code("Gondor protested during demonstrations against Mordor.") == [[]]


def test_target_to_source_patterns(code):
    # CAMEO.2.0's `* SUPPORT (FROM)` [:051]-like and `* (TO)` [:075] patterns: the reversed pair
    assert code("Gondor got support from Mordor.", "Gondor immigrated to Mordor.",
                "Gondor acquired tanks from Mordor in Rohan.") == \
        [[("MOR", "GON", "051")], [("MOR", "GON", "075")], [("MOR", "GON", "072")]]  # (050 until s33-petr: the
    # `support` noun now carries the codebook's 051, which the [:051] pattern gives too)


def test_a_fallback_verb_finds_its_target_in_its_phrases(code):
    # a verb coded from the built-in CAMEO.2.0 alone (Candidate.fallback) takes the actor its phrases name
    assert code("Gondor watched over Mordor.") == [[("GON", "MOR", "010")]]


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    from dataclasses import replace

    from newsgraph.nlp import parse_many
    from newsgraph.pipeline import Pipeline
    from newsgraph.read import make_article
    f = tmp_path_factory.mktemp("s21d-ev") / "actors.txt"
    f.write_text("GONDOR [GON]\nMORDOR [MOR]\n")
    pipe = Pipeline(replace(ep.pipeline_options(None, actors=[str(f)]), check_language=False))

    def run(text):
        doc = pipe.prepare(make_article(text, "s21d", published="2015-06-01"))
        (parse,) = parse_many(pipe.nlp, [(doc.text, doc.sections)])
        ann = pipe.annotate(doc, parse, "s21d")
        names = {e.id: e.name for e in ann.entities}
        return [(e.type, e.cameo, [names[i] for i in e.source], [names[i] for i in e.target]) for e in ann.events]
    return run


def test_target_to_source_keeps_the_codes_plover_type(events):
    # the reversed pattern's event is typed by its own code (051: SUPPORT; 050 until s33-petr gave the
    # `support` noun the codebook's 051), Mordor the one who gave it
    assert events("Gondor got support from Mordor.") == [("SUPPORT", "051", ["Mordor"], ["Gondor"])]


def test_a_clause_target_on_a_topic_is_no_party(code):
    # the verb's "on X" names the target of an attack but only the topic of talks (TOPIC_ON), whether
    # the verb governs the noun as its object ("held talks") or takes part in it ("embarked on talks")
    assert code("Gondor launched an offensive on Mordor.", "Gondor held talks on Mordor.",
                "Gondor embarked on talks on Mordor.", "Gondor embarked on talks with Mordor.") == \
        [[("GON", "MOR", "190")], [], [], [("GON", "MOR", "046")]]
