"""Session 31 (s31-triple): acts a sentence names but does not assert (events/factuality.py). The PLOVER manual's
auxiliary modes (hypothetical, negation) and the factuality rules: an act someone is kept from doing did not take
place ("stopped the rebels from shelling the town"), unless the prevention failed ("could not stop", "failed to
prevent"); the complement of a purpose clause is an aim ("sent advisers to help the army repel the rebels"), while
the purpose's own verb after a motion is left as it was ("flew to X to meet Y"); "in case X happens" is a
condition. Probes: gold/probe_countries_8.jsonl and _9 (docs/accuracy.md, "Session 31, s31-triple").
Sentences written for these tests (not the probes')."""

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.events.factuality import _prevents, clause_flags


@pytest.fixture(scope="module")
def flags_of(pipeline):
    def run(text, trigger):
        doc = pipeline.extract(text, name="t", published="2026-06-01")
        evs = [e for e in doc.events if e.trigger and trigger in doc.text[e.trigger.start:e.trigger.end]]
        assert evs, f"no event on {trigger!r}: {[(e.type, e.trigger and doc.text[e.trigger.start:e.trigger.end]) for e in doc.events]}"
        return set(evs[0].flags)
    return run


@pytest.mark.parametrize("text, trigger", [
    ("Indian border guards stopped Bangladeshi smugglers from attacking the outpost.", "attacking"),
    ("Jordanian troops prevented the militants from bombing the embassy.", "bombing"),
    ("The navy kept the pirates from seizing the tanker.", "seizing"),
    ("Malaysia barred the rebels from attacking Sabah.", "attacking"),
    ("The ceasefire deterred both armies from shelling the valley.", "shelling"),
])
def test_an_act_someone_is_kept_from_is_negated(flags_of, text, trigger):
    assert "negated" in flags_of(text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Nigerian soldiers could not stop the gunmen from attacking the village.", "attacking"),
    ("Kenyan police failed to prevent the mob from attacking the Somali traders.", "attacking"),
    ("The army did not stop the militia from shelling Aleppo.", "shelling"),
])
def test_a_failed_prevention_leaves_the_act_told_as_done(flags_of, text, trigger):
    assert "negated" not in flags_of(text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Russia sent advisers to Mali to help its army attack the rebels.", "attack"),
    ("Washington imposed tariffs on Chinese steel to force Beijing to cut its exports.", "cut"),
    ("Iran shipped drones to Russia to help Moscow bomb Ukrainian cities.", "bomb"),
])
def test_the_complement_of_an_aim_is_hypothetical(flags_of, text, trigger):
    assert "hypothetical" in flags_of(text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Egypt's prime minister sailed to Jeddah to meet the Saudi king.", "meet"),
    ("Russia forced Ukrainian troops to withdraw from Bakhmut.", "withdraw"),
])
def test_a_purpose_verb_itself_and_a_main_clause_complement_keep_their_flags(flags_of, text, trigger):
    assert "hypothetical" not in flags_of(text, trigger)


def test_in_case_is_a_condition_and_in_the_case_of_is_not(flags_of):
    assert "hypothetical" in flags_of("Oman asked Britain for warships in case Iranian boats attacked its tankers.", "attacked")
    assert "hypothetical" in flags_of("Benin asked Nigeria for troops in case jihadists attacked its northern villages.", "attacked")
    assert "hypothetical" not in flags_of("In the case of Iraq, Turkey attacked Kurdish bases near Dohuk.", "attacked")
    # the request is not conditional, though the parser may hang "in case" on it (after it)
    assert flags_of("Latvia asked Germany for tanks in case Russian troops attacked Riga.", "asked") == set()


_VOCAB = spacy.blank("en").vocab


def _doc(words, heads, deps, lemmas, tags, pos):
    return Doc(_VOCAB, words=words, heads=heads, deps=deps, lemmas=lemmas, tags=tags, pos=pos)


def test_prevents_on_a_hand_built_parse():
    # "troops stopped rebels from attacking" / "troops did not stop rebels from attacking" / "troops failed to stop ..."
    d = _doc(["troops", "stopped", "rebels", "from", "attacking"], [1, 1, 1, 1, 3],
             ["nsubj", "ROOT", "dobj", "prep", "pcomp"], ["troop", "stop", "rebel", "from", "attack"],
             ["NNS", "VBD", "NNS", "IN", "VBG"], ["NOUN", "VERB", "NOUN", "ADP", "VERB"])
    assert _prevents(d[1])
    assert clause_flags(d[4], False, {})[0] == {"negated"}
    d = _doc(["troops", "did", "not", "stop", "rebels", "from", "attacking"], [3, 3, 3, 3, 3, 3, 5],
             ["nsubj", "aux", "neg", "ROOT", "dobj", "prep", "pcomp"], ["troop", "do", "not", "stop", "rebel", "from", "attack"],
             ["NNS", "VBD", "RB", "VB", "NNS", "IN", "VBG"], ["NOUN", "AUX", "PART", "VERB", "NOUN", "ADP", "VERB"])
    assert not _prevents(d[3])
    assert "negated" not in clause_flags(d[6], False, {})[0]
    d = _doc(["troops", "failed", "to", "stop", "rebels", "from", "attacking"], [1, 1, 3, 1, 3, 3, 5],
             ["nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "pcomp"], ["troop", "fail", "to", "stop", "rebel", "from", "attack"],
             ["NNS", "VBD", "TO", "VB", "NNS", "IN", "VBG"], ["NOUN", "VERB", "PART", "VERB", "NOUN", "ADP", "VERB"])
    assert not _prevents(d[3])
    # a verb that keeps no one from anything: "troops retreated from attacking"? no: "moved from"
    d = _doc(["troops", "moved", "from", "attacking"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pcomp"],
             ["troop", "move", "from", "attack"], ["NNS", "VBD", "IN", "VBG"], ["NOUN", "VERB", "ADP", "VERB"])
    assert not _prevents(d[1])


def test_the_aimers_own_act_in_a_purpose_is_not_made_hypothetical(flags_of):
    # "to help support X" / "to try to broker": no other doer, the aimer's own act (CAMEO 053 codes such rallying)
    assert "hypothetical" not in flags_of("Egypt has mobilized lobby groups in Europe to help support the rights of Sudanese refugees.", "support")
