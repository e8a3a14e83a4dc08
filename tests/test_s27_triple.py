"""Session 27 (s27-triple): what an accusation alleges is flagged `alleged`, not `reported`. The PLOVER
manual ("Auxiliary modes") has the coder return "the single event category, not a category+auxiliary"
(THREATEN, not ASSAULT + hypothetical), so "X accused Y of supporting rebels" is one ACCUSE record, and
the scorer counts no second, alleged SUPPORT; ACLED still reads the act an accusation names as told.
Sentences written for these tests."""

import pytest
from eventsutil import coded

from newsgraph.evaluate import acled as acled_eval
from newsgraph.evaluate.events import GoldEvent, GoldItem, asserted, score
from newsgraph.events.factuality import CONTENT_FLAGS
from newsgraph.events.ontology import FLAGS
from newsgraph.model import Actor, Document, Entity


def _events(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2011-06-14")
    names = {e.id: e.name for e in doc.entities}
    return doc, [(e.type, e.trigger.text if e.trigger else None, sorted(e.flags), [names[i] for i in e.source],
                  [names[i] for i in e.target]) for e in doc.events]


@pytest.mark.parametrize("text, trigger", [
    ("Kenya accused Uganda of supporting the rebels.", "supporting"),
    ("Bolivia accused Chile of attacking a border post.", "attacking"),
])
def test_what_an_accusation_alleges_is_flagged_alleged(pipeline, text, trigger):
    doc, evs = _events(pipeline, text)
    accusation = [e for e in evs if e[0] == "ACCUSE"]
    content = [e for e in evs if e[1] == trigger]
    assert accusation and accusation[0][2] == []  # the accusation itself is told as fact
    assert content and content[0][2] == ["alleged"]


def test_an_alleged_act_is_no_record_of_its_own_in_the_plover_score(pipeline):
    text = "Kenya accused Uganda of supporting the rebels."
    doc = pipeline.extract(text, name="t", published="2011-06-14")
    item = GoldItem("k", text, "2011-06-14", [GoldEvent("ACCUSE", [("KEN", None)], [("UGA", None)])])
    r = score([item], [doc])["triples"]["country"]
    assert (r["tp"], r["pred"], r["gold"]) == (1, 1, 1)


def test_a_said_attack_stays_reported_and_asserted(pipeline):
    # "X said Y attacked Z": the complement of a verb of saying, told by another party (unchanged)
    doc, evs = _events(pipeline, "Russia said Ukraine attacked its positions near the border.")
    (ev,) = [e for e in evs if e[1] == "attacked"]
    assert ev[2] == ["reported"]
    assert all(asserted(e) for e in doc.events)


def test_a_condemned_attack_is_no_allegation(pipeline):
    # ACCUSE `disapprove` ("condemned the attack"): what is condemned happened; no content flag
    doc, evs = _events(pipeline, "Peru condemned Chile for shelling a fishing village.")
    assert not any("alleged" in e[2] for e in evs)


@pytest.mark.parametrize("flags, want", [
    ([], True), (["reported"], True), (["alleged"], False), (["reported", "alleged"], False),
    (["hypothetical"], False),
])
def test_asserted_counts_no_alleged_act(flags, want):
    assert asserted(coded("ACCUSE", ["e1"], flags=flags)) is want


@pytest.mark.parametrize("flags, want", [
    (["alleged"], True), (["alleged", "historical"], True), (["alleged", "hypothetical"], False), (["reported"], True),
])
def test_acled_reads_an_alleged_act_as_told(flags, want):
    # "accused the rebels of planting the bomb": the bombing is what ACLED codes; who did it is alleged
    assert acled_eval._told_as_fact(coded("ACCUSE", ["e1"], flags=flags)) is want


def test_every_content_flag_is_a_schema_flag():
    assert set(CONTENT_FLAGS.values()) <= set(FLAGS)
    assert CONTENT_FLAGS["ACCUSE"] == "alleged" and "alleged" in FLAGS


def test_an_alleged_event_in_a_document_does_not_count_in_the_triples():
    ents = [Entity(id="e1", name="Kenya", type="GPE", actor=Actor(code="KEN", country="KEN")),
            Entity(id="e2", name="Uganda", type="GPE", actor=Actor(code="UGA", country="UGA"))]
    accuse = coded("ACCUSE", ["e1"], ["e2"], id="a", trigger="accused", at=6)
    content = coded("SUPPORT", ["e2"], id="b", flags=["alleged"], trigger="supporting", at=24)
    item = GoldItem("k", "x", "2026-01-01", [GoldEvent("ACCUSE", [("KEN", None)], [("UGA", None)])])
    r = score([item], [Document(text="x", entities=ents, events=[accuse, content])])
    assert (r["triples"]["country"]["pred"], r["totals"]["extra"]) == (1, 0)


# The parser often hangs the of-phrase of "accused the police of beating protesters" on the object
# ("police of"), not on the verb: the phrase is still the accusation's, so its act is alleged too.
@pytest.mark.parametrize("text, trigger", [
    ("The opposition accused the police of beating protesters in Nairobi.", "beating protesters"),
    ("Activists accused security forces of killing two students.", "killing"),
])
def test_an_accusations_of_phrase_hung_on_its_object_is_still_alleged(pipeline, text, trigger):
    doc, evs = _events(pipeline, text)
    (content,) = [e for e in evs if e[1] == trigger]
    assert content[2] == ["alleged"]


def _governor(words, heads, deps, prep_at):
    """factuality.phrase_governor of the preposition at `prep_at` on a hand-built parse: its text."""
    import spacy
    from spacy.tokens import Doc

    from newsgraph.events.factuality import phrase_governor

    sd = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=[w.lower() for w in words])
    return phrase_governor(sd[prep_at]).text


# "Ghana X Togo of/with shelling": the object's phrase (heads: the preposition on the object, token 2)
@pytest.mark.parametrize("verb, prep, want", [
    ("accuse", "of", "accuse"),
    ("charge", "with", "charge"),
    ("blame", "for", "blame"),
    ("accuse", "with", "Togo"),  # not the verb's own preposition: the object's phrase
    ("warn", "of", "Togo"),  # no verb of blame
])
def test_the_phrase_of_an_object_of_blame_belongs_to_the_verb(verb, prep, want):
    words = ["Ghana", verb, "Togo", prep, "shelling"]
    assert _governor(words, [1, 1, 1, 2, 3], ["nsubj", "ROOT", "dobj", "prep", "pcomp"], 3) == want


def test_the_phrase_of_a_subject_is_the_subjects():
    # "Togo of old accuse": the blame verb's subject is no object it lays an act on
    words = ["Togo", "of", "old", "accuse"]
    assert _governor(words, [3, 0, 1, 3], ["nsubj", "prep", "pobj", "ROOT"], 1) == "Togo"


def _gerund_flags(words, lemmas, heads, deps, prep_at, trigger_types=None):
    """factuality._gerund_phrase_flags of the preposition at `prep_at` on a hand-built parse."""
    import spacy
    from spacy.tokens import Doc

    from newsgraph.events.factuality import _gerund_phrase_flags

    sd = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    return _gerund_phrase_flags(sd[prep_at], trigger_types or {})


def test_a_gerund_after_an_adjective_of_ability_is_hypothetical_and_needs_no_trigger():
    # "Hackers capable of launching attacks": nothing governs the phrase as a trigger; only able to
    words = ["Hackers", "capable", "of", "launching"]
    assert _gerund_flags(words, ["hacker", "capable", "of", "launch"], [0, 0, 1, 2],
                         ["ROOT", "amod", "prep", "pcomp"], 2) == {"hypothetical"}


@pytest.mark.parametrize("prep", ["towards", "toward"])
def test_a_gerund_worked_towards_is_future(prep):
    words = ["They", "worked", prep, "lifting"]
    assert _gerund_flags(words, ["they", "work", prep, "lift"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pcomp"], 2) \
        == {"future"}


@pytest.mark.parametrize("verb, lemma, prep, want", [
    ("refrained", "refrain", "from", {"negated"}),  # not done
    ("fled", "flee", "from", set()),  # "fled from fighting": the fighting is real
    ("refrained", "refrain", "after", set()),  # only "from" names what was held back
])
def test_a_gerund_held_back_from_is_negated(verb, lemma, prep, want):
    words = ["They", verb, prep, "criticizing"]
    assert _gerund_flags(words, ["they", lemma, prep, "criticize"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pcomp"],
                         2) == want


def test_a_content_flag_comes_from_the_governing_trigger_only():
    # "Ghana accused Togo of shelling": the accusation (token 1) governs; a phrase that is itself a
    # trigger (token 3 here) takes nothing from it
    words = ["Ghana", "accused", "Togo", "of", "shelling"]
    lemmas = ["ghana", "accuse", "togo", "of", "shell"]
    heads, deps = [1, 1, 1, 1, 3], ["nsubj", "ROOT", "dobj", "prep", "pcomp"]
    assert _gerund_flags(words, lemmas, heads, deps, 3, {1: "ACCUSE"}) == {"alleged"}
    assert _gerund_flags(words, lemmas, heads, deps, 3, {1: "ACCUSE", 3: "ASSAULT"}) == set()
    assert _gerund_flags(words, lemmas, heads, deps, 3, {1: "ACCUSE-disapprove"}) == set()
