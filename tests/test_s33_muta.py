"""Session 33 (s33-muta): mutants of s33-acled's new lines that the branch tests left alive, killed with hand-built
parses of our own sentences (rows as in tests/test_s32_mut3.py: "word/TAG/POS/dep/head/lemma")."""
import pytest
from eventsutil import acled_predicted
from test_s32_mut3 import _doc, _shift

from newsgraph.nlp import hyphenated_verbs

# "Marchers were pepper-sprayed." read by the parser as be + an adjective complement (be the root)
ACOMP = ["Marchers/NNS/NOUN/nsubj/1/marcher", "were/VBD/AUX/ROOT/1/be", "pepper/NN/NOUN/npadvmod/4/pepper",
         "-/HYPH/PUNCT/punct/4/-", "sprayed/VBN/VERB/acomp/1/spray", "././PUNCT/punct/1/."]


def _edit(rows, i, **kw):
    w, tag, pos, dep, head, lemma = rows[i].split("/")
    f = dict(w=w, tag=tag, pos=pos, dep=dep, head=head, lemma=lemma)
    f.update(kw)
    return rows[:i] + ["/".join([f["w"], f["tag"], f["pos"], f["dep"], f["head"], f["lemma"]])] + rows[i + 1:]


def test_two_passives_of_be_in_one_text_are_both_repaired():
    # "Marchers were pepper-sprayed. Students were pepper-sprayed.": the first repair does not end the loop
    doc = _doc(ACOMP + _shift(ACOMP, len(ACOMP)))
    hyphenated_verbs(doc)
    for k in (0, len(ACOMP)):
        assert (doc[k + 4].dep_, doc[k + 4].head.i) == ("ROOT", k + 4)
        assert (doc[k + 1].dep_, doc[k + 1].head.i) == ("auxpass", k + 4)
        assert (doc[k].dep_, doc[k].head.i) == ("nsubjpass", k + 4)


def test_passive_of_be_under_a_verb_of_saying_keeps_its_place():
    # "Witnesses said marchers were pepper-sprayed.": be is the complement clause of "said"; the participle takes its
    # place there (head "said", dep ccomp), not the root's
    rows = ["Witnesses/NNS/NOUN/nsubj/1/witness", "said/VBD/VERB/ROOT/1/say", "marchers/NNS/NOUN/nsubj/3/marcher",
            "were/VBD/AUX/ccomp/1/be", "pepper/NN/NOUN/npadvmod/6/pepper", "-/HYPH/PUNCT/punct/6/-",
            "sprayed/VBN/VERB/acomp/3/spray", "././PUNCT/punct/1/."]
    doc = _doc(rows)
    hyphenated_verbs(doc)
    assert (doc[6].dep_, doc[6].head.i) == ("ccomp", 1)
    assert (doc[3].dep_, doc[3].head.i) == ("auxpass", 6)
    assert (doc[2].dep_, doc[2].head.i) == ("nsubjpass", 6)
    assert doc[1].dep_ == "ROOT"


def test_complement_of_another_verb_is_no_passive():
    # "Marchers seemed pepper-sprayed.": a participle complement of "seem" describes a state; only "be" makes a passive
    doc = _doc(_edit(_edit(ACOMP, 1, w="seemed", tag="VBD", pos="VERB", lemma="seem"), 4))
    hyphenated_verbs(doc)
    assert [(t.dep_, t.head.i) for t in doc] == [("nsubj", 1), ("ROOT", 1), ("npadvmod", 4), ("punct", 4),
                                                  ("acomp", 1), ("punct", 1)]


def test_past_tense_tag_under_be_is_left():
    # the same words with "sprayed" tagged a past-tense verb (VBD): only a participle (VBN) after "be" is a passive's
    doc = _doc(_edit(ACOMP, 4, tag="VBD"))
    hyphenated_verbs(doc)
    assert [(t.dep_, t.head.i) for t in doc] == [("nsubj", 1), ("ROOT", 1), ("npadvmod", 4), ("punct", 4),
                                                  ("acomp", 1), ("punct", 1)]


# --- acled._fans_fighting: each guard on its own stops the reading (a stub event and sides: the guard's words only) ---

def _fans(sentence: str, trigger: str, armed: bool = False) -> bool:
    from types import SimpleNamespace

    from newsgraph.events.acled import _fans_fighting

    at = sentence.index(trigger)
    ev = SimpleNamespace(trigger=SimpleNamespace(start=at, end=at + len(trigger)),
                         evidence=SimpleNamespace(start=0, text=sentence))
    return _fans_fighting(ev, sentence, SimpleNamespace(src_armed=lambda: armed))


def test_fans_fighting_each_guard_alone():
    assert _fans("Hooligans attacked rival fans with iron bars.", "attacked")  # the reading itself
    assert not _fans("Hooligans attacked rival fans with iron bars.", "attacked", armed=True)  # an armed side acts
    assert not _fans("Fans were attacked outside the stadium.", "attacked")  # the fans undergo (a passive)
    assert not _fans("Fans backed by soldiers attacked the visitors' coach.", "attacked")  # a state force named
    assert not _fans("Fans joined by militants attacked the visitors' coach.", "attacked")  # a rebel named


# --- acled._object_not_forces: a force named by the object's modifier ("army recruits") is a force -----------------

def _object(sentence: str, trigger: str) -> bool:
    from types import SimpleNamespace

    from newsgraph.events.acled import _object_not_forces

    at = sentence.index(trigger)
    ev = SimpleNamespace(trigger=SimpleNamespace(start=at, end=at + len(trigger)),
                         evidence=SimpleNamespace(start=0, text=sentence))
    return _object_not_forces(ev, sentence)


def test_object_named_a_force_by_its_modifier():
    assert _object("Gunmen killed two shopkeepers.", "killed")
    assert not _object("Gunmen killed two army recruits.", "killed")  # a state force in the modifier
    assert not _object("Soldiers killed two rebel commanders.", "killed")  # a rebel force in the modifier
    # a noun before "of" is read past (the match's last word is then "the"): the force is in the whole phrase
    assert not _object("Gunmen killed two soldiers of the garrison.", "killed")
    assert not _object("Soldiers killed two militants of the group.", "killed")
    assert _object("Gunmen killed two cousins of the mayor.", "killed")
    # the participle's object likewise: "wounding two police recruits"
    assert not _object("Gunmen opened fire on a checkpoint, wounding two police recruits.", "opened")
    assert _object("Gunmen opened fire on a checkpoint, wounding two passers-by.", "opened")


# --- a sport's crowd fighting: mob violence, or a violent demonstration where one is named (acled._assault) ---------

@pytest.mark.parametrize("text, want", [
    ("Hooligans attacked rival fans with iron bars after the derby.", "Mob violence"),
    ("Hooligans attacked rival fans with iron bars during a protest against the club's owners.",
     "Violent demonstration"),
    ("Hooligans attacked a bus carrying rival fans.", "Mob violence"),
    # a riot by fans (acled._protest): with no demonstration named mob violence, with one named a demonstration's
    ("Fans rioted after the match, smashing shop windows.", "Mob violence"),
    ("Fans rioted during the protest.", "Violent demonstration"),
    # a riot told by its act's object, not by a word of RIOT_ACTS ("threw bricks": the lexicon's riot mode)
    ("Fans threw bricks at the visitors' coach after the match.", "Mob violence"),
    ("Hooligans hurled bricks at police after the derby.", "Mob violence"),
])
def test_fans_fighting_kinds(pipeline, text, want):
    assert acled_predicted(pipeline, text) == want
