"""Session 17 (s17d-mutea): tests that kill surviving mutants of round 2-3's events, attribution and actors
changes (docs/testing.md, "Session 17, s17d-mutea"). Hand-built parses (so the parser's mood cannot hide
the case) and sentences of our own."""

from types import SimpleNamespace

import pytest
import spacy
from eventsutil import placed
from spacy.tokens import Doc

from newsgraph.attribution.speakers import label_agent, passive_speaker
from newsgraph.events.acled import _other_triggers

VOCAB = spacy.blank("en").vocab


def doc_of(rows):
    """A parse from rows (word, head index, dep, pos, tag); a head of None is the root."""
    words = [r[0] for r in rows]
    heads = [i if r[1] is None else r[1] for i, r in enumerate(rows)]
    return Doc(VOCAB, words=words, heads=heads, deps=[r[2] for r in rows], pos=[r[3] for r in rows],
               tags=[r[4] for r in rows])


def named_by(label_dep="attr", obj_pos="NOUN", obj="board", before=None, before_tag=","):
    """'He was named chairman [before] by the <obj> .' with the "by" hung on the label (dep `label_dep`)."""
    rows = [("He", 2, "nsubjpass", "PRON", "PRP"), ("was", 2, "auxpass", "AUX", "VBD"),
            ("named", None, "ROOT", "VERB", "VBN"), ("chairman", 2, label_dep, "NOUN", "NN")]
    if before is not None:
        rows.append((before, 3, "punct", "PUNCT", before_tag))
    k = len(rows)
    rows += [("by", 3, "prep", "ADP", "IN"), ("the", k + 2, "det", "DET", "DT"),
             (obj, k, "pobj", obj_pos, "NN"), (".", 2, "punct", "PUNCT", ".")]
    return doc_of(rows)


def test_a_plain_passive_agent_is_the_speaker():
    # passive_speaker 11-15: no label; the agent "by" on the verb itself names the speaker
    d = doc_of([("The", 1, "det", "DET", "DT"), ("plan", 3, "nsubjpass", "NOUN", "NN"),
                ("was", 3, "auxpass", "AUX", "VBD"), ("rejected", None, "ROOT", "VERB", "VBN"),
                ("by", 3, "agent", "ADP", "IN"), ("critics", 4, "pobj", "NOUN", "NNS"), (".", 3, "punct", "PUNCT", ".")])
    assert passive_speaker(d[3]).text == "critics"


@pytest.mark.parametrize("dep", ["oprd", "attr", "dobj"])
def test_a_by_right_after_a_one_word_label_is_the_agent(dep):
    # label_agent 8-11 (each label dep), 73 (the by right after the label's left edge), 75 (a word, no mark, before by)
    d = named_by(dep)
    by, obj = label_agent(d[2])
    assert (by.text, obj.text) == ("by", "board")


@pytest.mark.parametrize("pos,word", [("PROPN", "Senate"), ("PRON", "them")])
def test_a_named_or_pronoun_agent_on_the_label_counts(pos, word):
    # label_agent 69-72
    assert label_agent(named_by(obj_pos=pos, obj=word)[2])[1].text == word


def test_a_by_after_a_comma_or_an_opening_mark_is_no_agent_of_the_label():
    # label_agent 57, 58 (which token is "before"), 76 (an opening quotation mark is no closing one)
    assert label_agent(named_by(before=",", before_tag=",")[2]) is None
    assert label_agent(named_by(before='"', before_tag="``")[2]) is None
    assert label_agent(named_by(before='"', before_tag="''")[2]) is not None


def test_only_an_as_phrase_is_a_label_and_a_bare_as_or_by_is_none():
    # label_agent 13, 20: "described in a memo by critics": the memo is no label
    d = doc_of([("It", 1, "nsubjpass", "PRON", "PRP"), ("described", None, "ROOT", "VERB", "VBN"),
                ("in", 1, "prep", "ADP", "IN"), ("memo", 2, "pobj", "NOUN", "NN"),
                ("by", 3, "prep", "ADP", "IN"), ("critics", 4, "pobj", "NOUN", "NNS")])
    assert label_agent(d[1]) is None
    # label_agent 16: an "as" with no object
    d = doc_of([("It", 1, "nsubjpass", "PRON", "PRP"), ("described", None, "ROOT", "VERB", "VBN"),
                ("as", 1, "prep", "ADP", "IN"), ("failing", 2, "pcomp", "VERB", "VBG")])
    assert label_agent(d[1]) is None
    # label_agent 49: "by" with no object ("named chairman by voting")
    d = doc_of([("He", 1, "nsubjpass", "PRON", "PRP"), ("named", None, "ROOT", "VERB", "VBN"),
                ("chairman", 1, "oprd", "NOUN", "NN"), ("by", 2, "prep", "ADP", "IN"),
                ("voting", 3, "pcomp", "VERB", "VBG")])
    assert label_agent(d[1]) is None


def _codes(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2005-01-01")
    return {e.name: e.actor.code for e in doc.entities if e.actor is not None and e.attrs.get("actor") is not False}


def test_a_rebel_army_is_a_rebel_organisation(pipeline):
    # roles.composed_role 6, 7: "army" is an organisation noun (cls org) of a state sector; a non-state
    # group before it makes it that group's (REBEL_ARMY [~REB])
    assert _codes(pipeline, "The Ugandan rebel army attacked a village.")["Ugandan rebel army"] == "UGAREB"


def test_a_group_noun_of_no_sector_leaves_a_post_its_own(pipeline):
    # roles.composed_role 28: "faction" has no sector ("-"): it lends none, and the spokesman keeps his
    codes = _codes(pipeline, "A Ugandan faction spokesman met the president.")
    assert codes["A Ugandan faction spokesman"] == "UGAGOV"




def test_other_triggers_are_the_same_sentences_other_events_as_offsets():
    # acled._other_triggers 7-12: offsets from the evidence's start; only other events of the same
    # sentence with a trigger, not one at ev's own trigger
    ev = placed(105, 110)
    others = [ev, placed(120, 126), placed(105, 110), placed(None, None), placed(130, 134, base=None),
              placed(140, 145, base=50)]
    assert _other_triggers(ev, others) == [(20, 26)]
    assert _other_triggers(ev, [ev]) == []


def test_no_other_triggers_for_an_event_without_doer_trigger_or_sentence():
    # acled._other_triggers 1, 2: each of the three guards alone empties the list
    other = placed(120, 126)
    assert _other_triggers(placed(105, 110, source=()), [other]) == []
    assert _other_triggers(placed(None, None), [other]) == []
    assert _other_triggers(placed(105, 110, base=None), [other]) == []


@pytest.mark.parametrize("subj_dep,aux", [("nsubj", None), ("nsubjpass", "auxpass")])
def test_a_conjoined_verb_with_its_own_subject_is_its_own_clause(subj_dep, aux):
    # events.stage._own_clause_verb 11-14: "Rebels fired rockets and artillery shelled villages" (and
    # "... and villages were shelled"): the second verb's own subject, active or passive
    from newsgraph.events.stage import _own_clause_verb

    rows = [("Rebels", 1, "nsubj", "NOUN", "NNS"), ("fired", None, "ROOT", "VERB", "VBD"),
            ("rockets", 1, "dobj", "NOUN", "NNS"), ("and", 1, "cc", "CCONJ", "CC"),
            ("villages", 6 if aux else 5, subj_dep, "NOUN", "NNS")]
    if aux:
        rows.append(("were", 6, aux, "AUX", "VBD"))
    rows.append(("shelled", 1, "conj", "VERB", "VBN" if aux else "VBD"))
    d = doc_of(rows)
    assert _own_clause_verb(SimpleNamespace(is_noun=False, token=d[len(rows) - 1]))


@pytest.mark.parametrize("dep,pos,named", [("compound", "PROPN", True), ("amod", "PROPN", True),
                                           ("nmod", "PROPN", True), ("compound", "NOUN", False),
                                           ("det", "PROPN", False)])
def test_named_people_are_a_name_modifying_the_noun(dep, pos, named):
    # actors.nominals._named_people 2, 6-13: "Karen refugees" (a proper noun, even with no entity
    # label) as compound, amod or nmod; "camp refugees" (a common noun) or a name in another relation not
    from newsgraph.actors.nominals import _named_people

    d = doc_of([("Karen", 1, dep, pos, "NNP"), ("refugees", 2, "nsubj", "NOUN", "NNS"),
                ("fled", None, "ROOT", "VERB", "VBD")])
    assert _named_people(d[1]) is named


def test_refugees_who_fled_a_country_come_from_it(pipeline):
    # actors.nominals.fled_from 5, 6 (a relative clause of flight), 27 (a "from" phrase with its object)
    assert _codes(pipeline, "Tanzania will feed refugees who fled Burundi, Tanzania said.")["refugees"] == "BDIREF"
    assert _codes(pipeline, "Chad feeds refugees who left Sudan last year.")["refugees"] == "SDNREF"
    assert _codes(pipeline, "Tanzania will feed refugees who fled from Burundi, Tanzania said.")["refugees"] == "BDIREF"


@pytest.fixture(scope="module")
def flags_of(pipeline):
    def run(text, trigger):
        doc = pipeline.extract(text, name="t", published="2025-06-02")
        (ev,) = [e for e in doc.events if e.trigger.text == trigger]
        return set(ev.flags)
    return run


def test_a_noun_event_a_negated_ceasing_verb_governs_went_on(flags_of):
    # factuality.clause_flags 148, 150-152 ("going_on"): the protests were not stopped, so they went on
    assert "negated" not in flags_of("Police did not stop the protests in the capital.", "protests")
    # the ceasing verb's own event is still not done, and a plain negated verb still negates its noun
    assert "negated" in flags_of("The army never halted the attacks on the town.", "halted the attacks")
    assert "negated" in flags_of("The army did not launch the offensive in the north.", "offensive")


def test_yet_to_still_negates_its_infinitive(flags_of):
    # factuality.clause_flags 417-419 (the re-wrapped "yet to" line): "are yet to release": not done
    assert "negated" in flags_of("The rebels are yet to release the hostages.", "release the hostages")
