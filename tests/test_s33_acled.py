"""ACLED sub-event types, session 33 (s33-acled, issue 11: held-aside macro-F1 0.5886 [0.60]). Own sentences labelled
from the ACLED codebook before their first run (docs/accuracy.md, "Session 33, s33-acled"): tests/data/s33_acled_probes1.tsv
(the four weakest types of the dev study half: Armed clash, Disrupted weapons use, Attack, none), s33_acled_probes2.tsv
(new wordings of the families set 1 showed, written after the first fixes), s33_acled_probes3.tsv (session 32's
left-alone families in new wordings). The families fixed: harm told by a participle after property destruction
("torched homes, killing six": `acled.BODILY_HARM`); the victims named by the harm's participle ("opened fire at a
wedding, killing four guests": `acled.HARM_PARTICIPLE`); "an exchange of fire/prisoners" (lexicon nouns; `acled.NO_FOE`
no longer reads a noun's "of" phrase as a fight's object); a disarming that did not happen ("before police could
defuse it": `acled.UNDONE_DISRUPTION`); a device set off on purpose with its object between ("detonated it safely":
`acled.SAFELY_SET_OFF`); weapons uncovered or unearthed, mutilating, maiming and knee-capping (lexicon); the passive of
a hyphenated verb of force read as an adjective complement of "be" (`nlp._passive_of_be`); a sport's crowds fighting
(`acled._fans_fighting`). Known misses are strict xfails, so a fix of one shows."""

import pytest

from eventsutil import probe_rows, acled_predicted
from newsgraph.events import acled

KNOWN_MISSES = {  # each wrong on base 8f652d78 too; the cause in docs/accuracy.md, Session 33, s33-acled
    # (session 34, s34-acled, fixed three: "FARC dissidents", "dismantled a bomb-making factory", "Striking miners
    # were tear-gassed"; tests/test_s34_acled.py)
    # "explosive device" found: "device" is left out of find's objects ("found a fault in the device" would code)
    "An improvised explosive device was found and made safe near a military base.",
    "An explosive device was found under a bridge near the army barracks.",
    # a report of violence in general ("documented torture in the country's prisons"): read as the event itself
    "A report by Human Rights Watch documented torture in the country's prisons.",
    # "after the final whistle": PETRARCH's discard phrase FINAL WHISTLE stops the sentence (no harm named)
    "Fans attacked the referee after the final whistle.",
    # "beat fans queuing": the parser reads "fans" as the subject of "queuing", so "beat" has no object
    "Soldiers beat fans queuing outside the stadium.",
}


def _rows():
    return probe_rows(("s33_acled_probes1.tsv", "s33_acled_probes2.tsv", "s33_acled_probes3.tsv"), KNOWN_MISSES, 3)


@pytest.mark.parametrize("want, text", list(_rows()))
def test_probe(pipeline, want, text):
    assert acled_predicted(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # the harm's participle after property destruction makes it violence against people ...
    ("Militia fighters torched a row of shops, killing two shopkeepers.", "Attack"),
    ("Raiders burned the village, leaving 40 people dead.", "Attack"),
    # ... and without it, or with no one hurt, it stays property destruction
    ("Militia fighters torched a row of shops on the main road.", "Looting/property destruction"),
    ("Militia fighters torched a row of shops, but nobody was hurt.", "Looting/property destruction"),
])
def test_participle_harm_after_destruction(pipeline, text, want):
    assert acled_predicted(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("A gunman opened fire at a concert in the park, killing five spectators.", "Attack"),
    ("A gunman opened fire at a police post, killing two officers.", "Armed clash"),  # forces as the victims
])
def test_victims_of_the_participle(pipeline, text, want):
    assert acled_predicted(pipeline, text) == want


def test_harm_participle_pattern():
    assert acled.HARM_PARTICIPLE.search("at a wedding, killing four guests")
    assert acled.HARM_PARTICIPLE.search("at a market, wounding six")
    assert not acled.HARM_PARTICIPLE.search("at a wedding killing four guests")  # no comma: no clause of its own
    assert not acled.HARM_PARTICIPLE.search("at a wedding, the killing of four guests")


@pytest.mark.parametrize("text, undone", [
    ("exploded before police could defuse it", True),
    ("went off as experts tried to defuse it", True),
    ("detonated while soldiers were attempting to disarm it", True),
    ("the team failed to deactivate the device", True),
    ("police defused the bomb before it could explode", False),  # the defusing happened
    ("engineers defused the device", False),
])
def test_undone_disruption(text, undone):
    assert bool(acled.UNDONE_DISRUPTION.search(text)) is undone


@pytest.mark.parametrize("text, safe", [
    ("soldiers detonated it safely", True),
    ("blew the shells up safely", True),
    ("destroyed the device in a controlled explosion", True),
    ("the bomb detonated in a crowded market", False),
    ("they detonated it near the crowd", False),
])
def test_safely_set_off(text, safe):
    assert bool(acled.SAFELY_SET_OFF.search(text)) is safe


@pytest.mark.parametrize("after, figurative", [
    (" the blaze for six hours", True),  # a fight against no one who can be hurt
    (" of fire between troops and insurgents", False),  # a noun's "of" names the fight's kind
    (" of gunfire with police", False),
])
def test_no_foe_not_of(after, figurative):
    assert bool(acled.NO_FOE.match(after)) is figurative


@pytest.mark.parametrize("text, want", [
    ("The two sides held an exchange of fire across the river, killing a soldier.", "Armed clash"),
    ("Prime ministers held an exchange of views on the economy.", "none"),
])
def test_exchange_noun(pipeline, text, want):
    assert acled_predicted(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("Fans fought each other outside the ground after the cup tie.", "Mob violence"),
    ("Supporters of the two clubs pelted each other with bottles at the stadium.", "Mob violence"),
    # supporters with no game named are a party's or a cause's: not this reading
    ("Supporters of the governor attacked a journalist outside his office.", "Attack"),
    # an armed side on fans: violence against them
    ("Militiamen opened fire on fans watching a match in a cafe, killing six.", "Attack"),
])
def test_fans_fighting(pipeline, text, want):
    assert acled_predicted(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # (strict xfail: "paramilitaries" in a passive's by-phrase is found as no actor, so with no side found and an armed
    # word in the sentence the act is read as one among forces; "A shopkeeper was shot by paramilitaries" codes nothing)
    pytest.param("A shopkeeper was knee-capped by paramilitaries in the north of the city.", "Attack",
                 marks=pytest.mark.xfail(strict=True, reason="known miss: no actor for the passive's agent")),
    ("Gunmen kneecapped a man outside his home.", "Attack"),
    ("The budget capped spending on defence.", "none"),  # "cap" with no "knee": no violence
])
def test_knee_capping(pipeline, text, want):
    assert acled_predicted(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("Rebels mutilated the bodies of three soldiers.", "Attack"),
    ("The censors mutilated the film.", "none"),  # no people as the object
])
def test_mutilate(pipeline, text, want):
    got = acled_predicted(pipeline, text)
    assert (got != "none") if want != "none" else got == "none"


def _tree(pipeline, text):
    from newsgraph.model import Section
    from newsgraph.nlp import parse_many

    (parse,) = parse_many(pipeline.nlp, [(text, [Section(kind="body", start=0, end=len(text), text=text)])])
    return parse.doc


@pytest.mark.parametrize("text, verb, subject", [
    ("Demonstrators were tear-gassed as they approached the palace.", "gassed", "Demonstrators"),
    ("Nurses were pepper-sprayed outside the hospital.", "sprayed", "Nurses"),
])
def test_passive_of_be_repaired(pipeline, text, verb, subject):
    doc = _tree(pipeline, text)
    v = next(t for t in doc if t.text == verb)
    # (en_core_web_sm reads the first as "were" + an adjective complement; repaired, the participle heads the clause)
    assert v.dep_ == "ROOT" and len(list(doc.sents)) == 1
    assert [c.text for c in v.children if c.dep_ == "nsubjpass"] == [subject]
    assert [c.lemma_ for c in v.children if c.dep_ == "auxpass"] == ["be"]
    assert not [c for c in v.children if c.dep_ == "acomp"]


def test_passive_of_be_left_for_other_participles(pipeline):
    # "were shell-shocked": "shocked" is no second part of a verb of force, so its reading stays
    doc = _tree(pipeline, "The villagers were shell-shocked after the storm.")
    shocked = next(t for t in doc if t.text == "shocked")
    assert shocked.dep_ != "ROOT" or not [c for c in shocked.children if c.dep_ == "auxpass"]
