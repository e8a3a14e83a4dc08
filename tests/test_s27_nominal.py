"""Session 27 (s27-nominal): an unnamed body ("the opposition", "the union", "the university", "the
army") and a plural of people of the same sector ("protesters", "workers", "students", "soldiers")
are two actors, not one (docs/accuracy.md, "Session 27, s27-nominal"). The actors stage kept one
unnamed group per country and sector, so "The opposition said demonstrators would march" made the
demonstrators a second mention of the opposition. A people noun still repeats a people noun of its
sector ("protesters ... the demonstrators") and a body a body ("the army ... the military").
Sentences written for these tests."""

import pytest

from newsgraph.actors.nominals import group_key
from newsgraph.actors.tables import Role


def _entity(doc, word):
    found = [e for e in doc.entities if any(word in m.text for m in e.mentions)]
    assert len(found) == 1, (word, [(e.name, [m.text for m in e.mentions]) for e in doc.entities])
    return found[0]


def _code(e):
    return e.actor.code if e.actor else None


# ---- fixed: a body and a plural of people of one sector are two actors

@pytest.mark.parametrize("text, body, people, code", [
    ("The Zambian opposition said protesters would gather outside parliament in Lusaka.", "opposition", "protesters",
     "ZMBOPP"),
    ("The union in Ohio warned that workers would walk out on Friday.", "union", "workers", "USALAB"),
    ("The university in Dhaka suspended students after the sit-in.", "university", "students", "BGDEDU"),
    ("The Nigerian army said soldiers had freed the hostages.", "army", "soldiers", "NGAMIL"),
    ("The opposition in Caracas claimed demonstrators had been beaten.", "opposition", "demonstrators", "VENOPP"),
])
def test_a_body_and_a_plural_of_people_are_two_actors(pipeline, text, body, people, code):
    doc = pipeline.extract(text, name="t", published="2026-12-01")
    b, p = _entity(doc, body), _entity(doc, people)
    assert b is not p
    assert [m.text.lower().split()[-1] for m in b.mentions] == [body]
    assert [m.text.lower().split()[-1] for m in p.mentions] == [people]
    # the code each carries is unchanged: the same country and sector
    assert _code(b) == code and _code(p) == code


def test_an_accusation_about_protesters_does_not_target_the_accuser(pipeline):
    doc = pipeline.extract("The Ugandan opposition accused the police of beating protesters in Kampala.", name="t",
                           published="2026-12-01")
    opp, crowd = _entity(doc, "opposition"), _entity(doc, "protesters")
    assert opp is not crowd
    beat = [ev for ev in doc.events if ev.trigger is not None and ev.trigger.text.lower().startswith("beat")]
    assert beat, [(ev.type, ev.trigger.text if ev.trigger else None) for ev in doc.events]
    assert all(opp.id not in ev.target for ev in beat)
    assert any(crowd.id in ev.target for ev in beat)


# ---- kept: the same sort of noun of the same sector repeats its group

@pytest.mark.parametrize("text, first, second", [
    ("Protesters marched through Accra. The demonstrators then blocked a bridge.", "Protesters", "demonstrators"),
    ("Insurgents took the town. The rebels later withdrew to the hills.", "Insurgents", "rebels"),
    ("Troops reached the border on Sunday. The soldiers set up checkpoints.", "Troops", "soldiers"),
    ("The army closed the road. The military said it would reopen on Monday.", "army", "military"),
])
def test_the_same_sort_of_noun_repeats_its_group(pipeline, text, first, second):
    doc = pipeline.extract(text, name="t", published="2026-12-01")
    assert _entity(doc, first) is _entity(doc, second)


# ---- kept: groups of different sectors were never merged

@pytest.mark.parametrize("text, a, b", [
    ("Police dispersed demonstrators in Harare with water cannon.", "Police", "demonstrators"),
    ("Gunmen abducted villagers near Kaduna.", "Gunmen", "villagers"),
])
def test_groups_of_different_sectors_stay_apart(pipeline, text, a, b):
    doc = pipeline.extract(text, name="t", published="2026-12-01")
    assert _entity(doc, a) is not _entity(doc, b)


# ---- a country coordinated before a group noun has the group too, under the same key

def test_each_coordinated_country_has_its_own_group(pipeline):
    doc = pipeline.extract("Kenyan, Tanzanian and Ugandan troops patrolled the border on Monday.", name="t",
                           published="2026-12-01")
    groups = [e for e in doc.entities if _code(e) and _code(e).endswith("MIL")]
    assert sorted(_code(e) for e in groups) == ["KENMIL", "TZAMIL", "UGAMIL"]
    assert {e.type for e in groups} == {"ORG"}  # a country's troops are an organisation, as the last one's are


def test_a_coordinated_countrys_group_is_repeated_by_its_people_noun(pipeline):
    doc = pipeline.extract("Kenyan and Ugandan soldiers crossed the river. Kenyan soldiers later returned to Lodwar.",
                           name="t", published="2026-12-01")
    ken = [e for e in doc.entities if _code(e) == "KENMIL"]
    assert len(ken) == 1 and [m.text for m in ken[0].mentions] == ["Kenyan", "Kenyan soldiers"]


def test_a_coordinated_countrys_soldiers_are_not_its_army(pipeline):
    doc = pipeline.extract("Kenyan and Ugandan soldiers crossed the river. The Kenyan army said it had lost no one.",
                           name="t", published="2026-12-01")
    army = _entity(doc, "army")
    assert [m.text for m in army.mentions] == ["The Kenyan army"] and _code(army) == "KENMIL"


def test_a_coordinated_countrys_group_keeps_its_identity(pipeline):
    doc = pipeline.extract("Iraqi and Syrian Shiite militiamen attacked the base. Iraqi Shiite militiamen later "
                           "withdrew, and Iraqi Sunni militiamen stayed.", name="t", published="2026-12-01")
    iraqi = [[m.text for m in e.mentions] for e in doc.entities if _code(e) == "IRQUAF"]
    assert sorted(iraqi) == [["Iraqi", "Iraqi Shiite militiamen"], ["Iraqi Sunni militiamen"]]


# ---- the key itself

def _role(phrase, sector, cls):
    return Role(phrase=phrase, sector=sector, role=phrase, cls=cls)


def test_group_key_sorts_bodies_from_people():
    body = group_key("KEN", _role("opposition", "OPP", "org"), None, None)
    people = group_key("KEN", _role("protester", "OPP", "grp"), None, None)
    other_people = group_key("KEN", _role("demonstrator", "OPP", "grp"), None, None)
    other_body = group_key("KEN", _role("army", "MIL", "org"), None, None)
    assert body != people and people == other_people and body != other_body
    assert group_key("UGA", _role("protester", "OPP", "grp"), None, None) != people
    assert group_key("KEN", _role("protester", "OPP", "grp"), "Kikuyu", None) != people
    assert group_key(None, _role("protester", "OPP", "grp"), None, 4) != group_key(None, _role("protester", "OPP", "grp"), None, 5)
    # a role of no sector is keyed by the role itself ("the group", "the movement")
    assert group_key("KEN", _role("group", "-", "org"), None, None) != group_key("KEN", _role("movement", "-", "org"), None, None)
    assert group_key("KEN", _role("group", "-", "org"), None, None)[0] == "GROUP"
