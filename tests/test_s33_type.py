"""Session 33 (s33-type): the PLOVER manual's "Potential ambiguities" as families of our own probe sentences, labelled
from the manual before their first run (tests/data/s33_type_ambig.tsv, 69 lines, 18 families;
s33_type_ambig2.tsv, 25 lines in other wordings of the four families fixed, with near misses, committed before the
fix; s33_type_rescue.tsv, 10 lines of hostages freed by security forces and by their captors, committed before that
fix). Fixed in the lexicon where the manual and CAMEO agree: an arrest warrant issued is THREATEN `arrest' (137), people
seized are arrested by the police and abducted by anyone else (181; combatants captured too), the envoys a state summons
or calls in (ACCUSE 114), an international team or mission barred from entering (REJECT 1245); and, from the manual's
AID ambiguity, hostages, captives or victims freed by the police or troops are rescued (AID 073). Each case is the event
the evaluation counts (`evaluate.events._rank`, `asserted`). docs/accuracy.md, Session 33, s33-type."""

import pytest

from eventsutil import probe_rows, top_event

KNOWN_MISSES = {
    # the CAMEO->PLOVER table, which the PLOVER records follow (the GSR codes "apologized" SUPPORT, "cancelled a planned
    # visit" SANCTION, "said they will release" AGREE), against the manual's prose: left as the records read them
    "The defence minister apologised to the families of the victims of the air strike.",
    "The police chief apologized for the killing of the unarmed teenager.",
    "Turkey cancelled a planned visit by the Dutch foreign minister.",
    "The president called off his trip to Washington.",
    "Pakistan cancelled a meeting with Indian officials in New York.",
    "Seoul scrapped the summit with Tokyo planned for next month.",
    "Russia announced it would withdraw its troops from the border.",
    "The rebels said they would release the hostages on Friday.",
    "Israel said it would pull its forces out of the town within a week.",
    "The president invited his Chinese counterpart to visit Washington.",
    "Kenya invited Somalia's president for a state visit.",
    "Egypt expelled the staff of Human Rights Watch.",  # CAMEO 166 SANCTION, as the GSR codes expelled inspectors
    "Police pushed back protesters outside the presidential palace.",  # 175, which ACLED's intervention reading uses
    # a sense we lack: regret and remorse as nouns of "express"/"voice", debts cancelled, fines, court-ordered payments,
    # reparations paid, "forcibly returned", "forced ... away", "took ... prisoner", "in absentia" ordered arrests
    "Japan expressed remorse for its wartime actions in Korea.",
    "Germany voiced regret over the deaths of the two Polish farmers.",
    "China cancelled the interest-free loans owed by seventeen African countries.",
    "A Paris court fined the former minister 50,000 euros for corruption.",
    "A Dutch court ordered Shell to pay compensation to Nigerian farmers.",
    "A court ordered Chevron to pay nine billion dollars to Ecuador.",
    "Germany paid reparations to Namibia for the colonial-era genocide.",
    "Thailand forcibly returned forty Uyghur men to China.",
    "Riot police forced demonstrators away from the parliament building.",
    "Ukrainian troops took forty Russian soldiers prisoner during the battle for the village.",
    "A court in Dhaka ordered the arrest in absentia of the former prime minister.",
    "Police in Lima captured a fugitive former mayor wanted for corruption.",  # "mayor" is in no capture list
    # a rescue told by "freed" whose freed people are named as workers, not hostages, captives or victims (the
    # police's or troops' own prisoners and detainees are released, so the object class decides)
    "Commandos freed two aid workers who had been held by gunmen for a month.",
    # withdrawing a demand: the demand noun is read as the thing withdrawn (RETREAT 0874) or negated
    "The opposition withdrew its call for early elections.",
    "Greece abandoned its demand that Germany pay war reparations.",
    # (troops sent for relief, "deployed troops to help flood victims", were misses here until session 40's
    # coder.relief_purpose made such a deployment AID, as the PLOVER manual says: now ordinary probes)
    # journalists or correspondents kept out: not in the international-group list (left: a state's own press and a
    # foreign outlet's reporters read alike)
    "Russia banned BBC correspondents from entering the country.",
    "The army barred journalists from entering the area near the front line.",
}


def _rows():
    return probe_rows(("s33_type_ambig.tsv", "s33_type_ambig2.tsv", "s33_type_rescue.tsv"), KNOWN_MISSES, 2)


@pytest.mark.parametrize("label, text", list(_rows()))
def test_probe_type(pipeline, label, text):
    top = top_event(pipeline, text)
    if label == "NONE":
        assert top is None, (text, top.type, top.cameo)
        return
    assert top is not None, text
    assert top.type == label, (text, top.type, top.cameo)


@pytest.mark.parametrize("text, type_, mode", [
    # seize: the object's class decides; the police as captor make it an arrest (two conditions beat one)
    ("Gunmen seized twenty passengers from a bus near Kaduna.", "ASSAULT", "abduct"),
    ("Police seized three men at the airport in Lagos.", "COERCE", "arrest"),
    ("Customs officers in Rotterdam seized a shipment of rifles.", "COERCE", "seize"),
    ("Rebels seized the town of Goma.", "COERCE", "seize"),
    # capture: combatants by an armed side are abducted; by the police, arrested
    ("Hamas fighters captured an Israeli soldier.", "ASSAULT", "abduct"),
    pytest.param("Hamas fighters captured an Israeli soldier near the border.", "ASSAULT", "abduct",
                 marks=pytest.mark.xfail(strict=True, reason="a place phrase ('near the border') meets the territory "
                                         "sense's object condition, listed first, as the person does the abduction's")),
    ("Police captured a militant in a raid in Karachi.", "COERCE", "arrest"),
    # issue: a warrant, a warning, an ultimatum
    ("A court in Caracas issued an arrest warrant for the opposition leader.", "THREATEN", "arrest"),
    ("Moscow issued a stern warning to the Baltic states.", "THREATEN", None),
    # summon / call in: envoys only
    ("Ghana summoned Nigeria's high commissioner over the attacks on traders.", "ACCUSE", "disapprove"),
    ("Spain called in the Moroccan ambassador over the migrant crossings.", "ACCUSE", "disapprove"),
    # barred from entering: an international team
    ("Israel barred a team of UN investigators from entering Gaza.", "REJECT", "yield"),
    # free: hostages freed by troops are rescued; the troops' own detainees, or hostages freed by their captors, released
    ("Hostages were freed by police in a raid on a farm near Cali.", "AID", None),
    ("The army freed two hundred detainees from a barracks in Juba.", "RETREAT", "release"),
    ("Gunmen freed the hostages after a ransom was paid.", "RETREAT", "release"),
])
def test_sense_by_argument(pipeline, text, type_, mode):
    top = top_event(pipeline, text)
    assert top is not None, text
    assert top.type == type_ and (mode is None or top.mode == mode), (text, top.type, top.mode, top.cameo)


@pytest.mark.parametrize("text", [
    "The ministry issued a statement on Monday.",  # issue: only a warrant, warning or ultimatum
    "The coach called in two young players for the match.",  # call in: only an envoy
    "The school barred the pupils from using their phones.",  # bar: only an international group, from entering
])
def test_no_new_sense(pipeline, text):
    top = top_event(pipeline, text)
    assert top is None or top.type not in ("THREATEN", "ACCUSE", "REJECT"), (text, top.type, top.cameo)
