"""Session 10 (branch s10-plover): classes of actor and argument errors found by coding wire-style
sentences we wrote (docs/events.md "Session 10, s10-plover"), each on our own sentences."""

from test_events_session8_plover import events, factual  # noqa: F401 (the same fixture: sides' countries)


def test_an_office_of_a_us_state_is_american_not_the_other_country_named(events):
    evs = factual(events("The governor of Arizona criticized the Mexican government over the border."))
    accuse = next(e for e in evs if e[0] == "ACCUSE")
    assert accuse[1] == ["USA"] and accuse[2] == ["MEX"]


def test_an_office_of_a_province_is_that_provinces_state(events):
    # "Helmand" is listed under AFG by the Phoenix country dictionary; "province" names its kind
    evs = factual(events("The governor of Helmand province accused Pakistan of training insurgents."))
    accuse = next(e for e in evs if e[0] == "ACCUSE")
    assert accuse[1] == ["AFG"] and accuse[2] == ["PAK"]


def test_people_in_a_region_of_a_state_are_that_states(events):
    evs = factual(events("Gunmen in Darfur attacked a Chadian army convoy on Monday."))
    attack = next(e for e in evs if e[0] == "ASSAULT")
    assert attack[1] == ["SDN"] and attack[2] == ["TCD"]
