"""Session 19 (s19-mut): tests that kill s18b-mut's unclassified survivors of events/stage.py
(`code_events`' light-verb "no", `_without_anonymous_details`, `_clause_verb`, `_subordinate`; docs/testing.md,
"Session 19, s19-mut"). Our own sentences; where only the filter is under test, hand-made (event, candidate)
pairs on a real parse."""

from types import SimpleNamespace

import pytest

from newsgraph.events import stage
from stageutil import parsed


@pytest.fixture(scope="module")
def coded(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2027-11-17")
        return [(e.type, sorted(e.flags), [doc.entity(i).name for i in e.source], [doc.entity(i).name for i in e.target])
                for e in doc.events]
    return run


def test_a_light_verb_noun_with_an_article_took_place(coded):
    # only the determiner "no" says the arrests were not made; "an" is no negation
    assert coded("Police made an arrest in the case on Friday.") == [("COERCE", [], ["Police"], [])]


def test_a_light_verb_noun_under_no_is_negated(coded):
    # the flag itself, not only what ACLED makes of it
    assert coded("Police have made no arrests in the case.") == [("COERCE", ["negated"], ["Police"], [])]


def test_an_anonymous_event_in_a_reason_clause_of_an_act_with_only_an_actor_is_dropped(coded):
    # the arrest names an actor and no recipient: that is enough to make the bombing its detail
    assert coded("Police arrested two men because there was a bombing in the town.") == \
        [("COERCE", [], ["Police"], [])]


def test_a_gerund_after_a_preposition_is_told_in_the_clause_above(coded):
    # "the practice of torturing prisoners" is what Kenya condemns, as "the practice of torture" would be
    types = [t for t, _, _, _ in coded("Kenya condemned the practice of torturing prisoners.")]
    assert types == ["ACCUSE", "ASSAULT"]


def test_an_anonymous_event_in_a_coordinated_clause_is_kept(coded):
    # "and a bomb exploded": a clause beside the arrest, not below it
    types = [t for t, _, _, _ in coded("Police arrested two men and a bomb exploded later.")]
    assert types == ["COERCE", "ASSAULT"]


def _pair(tok, source=(), target=()):
    return (SimpleNamespace(source=list(source), target=list(target)),
            SimpleNamespace(sent=tok.sent, predicate=tok, dictionary=False))


def test_an_event_noun_under_a_copula_is_told_in_the_copula_clause(pipeline):
    # "because the fire was an arson attack": the attack's clause is the "was" (AUX) clause, a reason
    # clause below the arrest; the walk stops at the auxiliary, not at the arrest
    _, parse = parsed(pipeline, "Police arrested two men because the fire was an arson attack.")
    parse = parse.doc
    arrested = next(t for t in parse if t.text == "arrested")
    attack = next(t for t in parse if t.text == "attack")
    assert stage._clause_verb(SimpleNamespace(predicate=attack)).lemma_ == "be"
    named, anonymous = _pair(arrested, source=[0]), _pair(attack)
    assert stage._without_anonymous_details([named, anonymous]) == [named]


def test_a_verb_predicate_is_its_own_clause_verb(pipeline):
    # "who attacked a bus": the relative clause's verb tells the attack, not the noun it hangs on nor the
    # arrest above it; an anonymous act there, beside the named arrest, is the arrest's detail
    _, parse = parsed(pipeline, "Police arrested two men who attacked a bus.")
    parse = parse.doc
    arrested = next(t for t in parse if t.text == "arrested")
    attacked = next(t for t in parse if t.text == "attacked")
    assert stage._clause_verb(SimpleNamespace(predicate=attacked)) is attacked
    named, anonymous = _pair(arrested, source=[0]), _pair(attacked)
    assert stage._without_anonymous_details([named, anonymous]) == [named]
