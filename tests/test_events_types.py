"""PLOVER event types the coder must choose on sentences of common news shapes (issue 11, type
accuracy). Our own sentences, written for these tests; none comes from an evaluation set."""

import pytest

from test_events_coder import code, names  # noqa: F401 (the coder tests' fixture and helper)


def top(doc):
    """The sentence's main event as the evaluator ranks it: factual first, then by confidence."""
    evs = sorted(doc.events, key=lambda e: (bool(set(e.flags) - {"reported"}), -e.confidence))
    assert evs, "no event coded"
    return evs[0]


def test_hearing_opened_by_light_verb_is_an_investigation(code):
    # the parser hangs "into ..." on "opened", not on "hearing"
    doc = code("The Kenyan parliament opened a public hearing on Tuesday into the conduct of police commanders.")
    ev = top(doc)
    assert (ev.type, ev.mode) == ("ACCUSE", "investigate")
    assert "parliament" in names(doc, ev.source)


def test_push_for_someone_to_act_is_a_request(code):
    doc = code("Germany is pushing for Poland to accept the new asylum rules.")
    ev = top(doc)
    assert ev.type == "REQUEST" and ev.trigger.text == "pushing"
    assert names(doc, ev.source) == "Germany" and names(doc, ev.target) == "Poland"


def test_allowing_someone_to_act_is_a_concession(code):
    # "allow X to run": the parser makes X the subject of the infinitive, not the object of "allow"
    doc = code("The constitutional court decided to allow opposition leader Raila Odinga to contest the election.")
    ev = top(doc)
    assert ev.type == "CONCEDE" and ev.trigger.text == "allow"
    assert "Odinga" in names(doc, ev.target)


def test_days_of_joint_exercises_are_cooperation(code):
    # "five days of naval exercises": the exercises' actors are the subject of "began", two countries
    doc = code("Indian and Japanese warships began five days of naval exercises in the Bay of Bengal on Sunday.")
    ev = top(doc)
    assert ev.type == "COOPERATE"
    assert len(ev.source) == 2


def test_single_country_exercises_stay_mobilization(code):
    doc = code("Chinese warships began three days of naval exercises near Taiwan on Sunday.")
    ev = top(doc)
    assert ev.type == "MOBILIZE"
    assert "Chin" in names(doc, ev.source)


def test_guilty_of_violating_a_ceasefire_is_an_assault_by_the_subject(code):
    doc = code("Both the Thai army and the rebels are guilty of violating the truce, monitors said.")
    ev = top(doc)
    assert ev.type == "ASSAULT" and ev.cameo == "196"
    assert "Thai army" in names(doc, ev.source) and "rebels" in names(doc, ev.source)


def test_date_inside_an_objects_relative_clause_is_not_the_events(code):
    # "signed in May 2019" dates the truce, not its violation: the violation is not historical
    doc = code("Rebel fighters violated the truce signed in May 2019, the army said.")
    ev = top(doc)
    assert ev.type == "ASSAULT"
    assert "historical" not in ev.flags
    assert "2019" not in ev.date.text


# --- lexicon senses from the CAMEO codebook (090, 140, 166/1661, 174)

def test_sending_inspectors_is_an_investigation(code):
    doc = code("The United Nations sent inspectors to Syria to investigate the attack.")
    ev = top(doc)
    assert (ev.type, ev.mode, ev.cameo) == ("ACCUSE", "investigate", "090")
    assert names(doc, ev.target) == "Syria"


def test_dispatching_troops_stays_a_deployment(code):
    doc = code("Kenya dispatched troops to the Somali border.")
    assert top(doc).type == "MOBILIZE"


def test_forcing_an_organization_out_is_an_expulsion(code):
    doc = code("The junta forced the French ambassador out of the country on Monday.")
    ev = top(doc)
    assert (ev.type, ev.mode) == ("SANCTION", "expel")
    assert "ambassador" in names(doc, ev.target)


def test_forcing_people_out_is_a_mass_expulsion(code):
    # session 19: a population forced out is CAMEO 201 (codebook 201 "Force large groups of people or
    # populations out of some territory"; 174 is deportation "typically following legal proceedings");
    # individuals forced out stay 174 (test_events_s19_types)
    doc = code("The army forced hundreds of refugees out of the camp.")
    ev = top(doc)
    assert (ev.type, ev.cameo) == ("ASSAULT", "201")


def test_peacekeepers_shipped_out_are_withdrawn(code):
    doc = code("Two hundred UN peacekeepers were shipped out of the town on Friday.")
    ev = top(doc)
    assert (ev.type, ev.cameo) == ("SANCTION", "1661")


def test_a_signature_drive_is_dissent(code):
    doc = code("Opposition parties are gathering signatures against the new tax law.")
    ev = top(doc)
    assert (ev.type, ev.cameo) == ("PROTEST", "140")
    assert "Opposition" in names(doc, ev.source)


def test_signatures_on_a_treaty_are_no_protest(code):
    # only a drive collecting signatures is dissent; signing is not
    doc = code("Both countries collected their copies of the treaty after the signing ceremony.")
    assert all(e.type != "PROTEST" for e in doc.events)


def test_arriving_peacekeepers_are_received_by_the_host(code):
    # CAMEO 0861: the reported arrival of peacekeepers, the host as source
    doc = code("A first batch of Kenyan peacekeeping troops arrived in Haiti on Tuesday.")
    ev = top(doc)
    assert (ev.type, ev.mode, ev.cameo) == ("RETREAT", "access", "0861")
    assert names(doc, ev.source) == "Haiti"
    assert "Kenyan" in names(doc, ev.target)


def test_arriving_troops_or_ministers_are_no_access(code):
    for text in ("Russian troops arrived in Belarus for exercises.",
                 "The Iraqi foreign minister arrived in Amman on Monday."):
        assert all(e.mode != "access" for e in code(text).events), text


def test_an_arriving_deployment_is_the_deployment_alone(code):
    doc = code("The first deployment of NATO peacekeeping troops has arrived in Bosnia.")
    assert [e.type for e in doc.events if e.trigger.text == "arrived"] == []
    assert top(doc).type == "AID"


def test_a_press_release_is_no_release(code):
    doc = code("The rebels demanded the release of the prisoners in a news release on Monday.")
    assert [e.trigger.text for e in doc.events if e.type == "RETREAT"] == ["release"]
    assert all(e.trigger.start < doc.text.index("news release") for e in doc.events)
    doc = code("The army has been holding thousands of civilians, according to a press release by the rebels.")
    assert all(e.type != "RETREAT" for e in doc.events)


def test_a_purpose_shares_the_willingness_of_its_act(code):
    # manual, AGREE: "indicate willingness ... to cooperate"; the purpose of a promised act is promised
    doc = code("Denmark is willing to send equipment to help defend Poland, its foreign minister said.")
    assert {e.type for e in doc.events} == {"AGREE"}
    assert any(names(doc, e.target) == "Poland" for e in doc.events)


def test_a_purpose_of_a_factual_act_stays_factual(code):
    doc = code("Britain sent troops to help defend Estonia.")
    defend = [e for e in doc.events if e.trigger.text == "defend"]
    assert [(e.type, e.flags) for e in defend] == [("SUPPORT", [])]


def test_training_hackers_mobilizes_cyber_forces(code):
    doc = code("Iran has trained hundreds of hackers to attack Israeli banks, officials said.")
    ev = top(doc)
    assert (ev.type, ev.cameo) == ("MOBILIZE", "155") and "cyber" in ev.context
    assert names(doc, ev.source) == "Iran"


def test_training_teachers_is_no_event(code):
    assert code("The ministry trained hundreds of teachers last year.").events == []
