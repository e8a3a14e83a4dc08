"""Session 35 (s35-mutfocus): the conditions of `codes._focus_country_default` that s35-triple's mutation run left
untested (docs/testing.md, "Session 35, s35-mutfocus"). The story's focus country is the default of an unqualified
office holder ("the prime minister") or a state body ("police"); it is no one's default who already has a country,
who belongs to someone or something else (his spokesperson, an officer of a named body), who is uprooted (refugees),
international (an IGO, NGO or international militarised group), or who names no office at all. Sentences written for
these tests; the unit cases use hand-made clusters, as the phase reads nothing but the clusters, focus and date."""

from types import SimpleNamespace

import pytest

from newsgraph.actors import codes
from newsgraph.actors.article import ActorCluster
from test_actors_article import cluster_with, context_after


def _defaulted(*clusters, focus="NGA", date="2020-06-01"):
    codes._focus_country_default(SimpleNamespace(focus_country=focus, clusters=list(clusters), date=date))
    return clusters


# ---------------------------------------------------------------- unit cases


def test_a_state_body_takes_the_focus_country():
    (police,) = _defaulted(ActorCluster(type="ORG", sector="COP"))
    assert (police.country, police.attrs.get("country_basis")) == ("NGA", "article focus")


def test_an_organisation_of_no_known_kind_takes_no_focus_country():
    (body,) = _defaulted(ActorCluster(type="ORG"))
    assert body.country is None and "country_basis" not in body.attrs


def test_a_named_person_with_no_office_takes_no_focus_country():
    (person,) = _defaulted(ActorCluster(type="PERSON", name="Ahmed Karimi"))
    assert person.country is None and "country_basis" not in person.attrs


def test_a_person_with_a_sector_but_no_office_takes_no_focus_country():
    (person,) = _defaulted(ActorCluster(type="PERSON", sector="BUS"))
    assert person.country is None


def test_an_office_holder_takes_the_focus_country():
    (minister,) = _defaulted(ActorCluster(type="PERSON", role="Finance Minister"))
    assert (minister.country, minister.attrs.get("country_basis")) == ("NGA", "article focus")


@pytest.mark.parametrize("sector", ["REF", "IGO", "NGO", "IMG"])
def test_uprooted_and_international_groups_take_no_focus_country(sector):
    (group,) = _defaulted(ActorCluster(type="ORG", sector=sector))
    assert group.country is None and "country_basis" not in group.attrs


def test_an_officer_of_a_named_body_belongs_where_the_body_does():
    body = ActorCluster(type="ORG", name="Fano")  # a body of no known country
    officer = ActorCluster(type="PERSON", role="spokesman", sector="GOV", attrs={"org": body})
    _defaulted(body, officer)
    assert officer.country is None and "country_basis" not in officer.attrs


def test_a_relational_role_waits_for_its_anchor():
    boss = ActorCluster(type="PERSON", name="Ahmed Karimi")
    aide = ActorCluster(type="PERSON", role="spokesperson", anchor=boss)
    _defaulted(boss, aide)
    assert aide.country is None and "country_basis" not in aide.attrs  # codes._anchors gives the anchor's


def test_a_known_country_stays():
    (envoy,) = _defaulted(ActorCluster(type="PERSON", role="ambassador", country="GHA"))
    assert envoy.country == "GHA" and "country_basis" not in envoy.attrs


@pytest.mark.parametrize("date, country, open_", [
    ("2010-03-01", "KEN", False),  # Kenya had a prime minister from 2008 to 2013
    ("2016-03-01", None, True),  # and none since: the office is left to _open_offices
])
def test_an_office_is_checked_at_the_publication_date(date, country, open_):
    (pm,) = _defaulted(ActorCluster(type="PERSON", role="Prime Minister"), focus="KEN", date=date)
    assert pm.country == country and pm.attrs.get("office_open", False) is open_


# ---------------------------------------------------------------- sentences through the actors phases
# (the phase runs inside codes.assign_codes; what is read here is the state once the whole phase has run)


def _after_focus(pipeline, text, published="2025-06-01"):
    return context_after(pipeline, text, codes.assign_codes, published=published)


def _holding(ctx, word):
    """The one cluster with a mention whose text holds `word` ("his spokesperson" for "spokesperson")."""
    (c,) = [c for c in ctx.clusters if any(word in m.text for m in c.mentions)]
    return c


def test_police_in_a_story_about_kenya(pipeline):
    ctx = _after_focus(pipeline, "Kenyan lawmakers debated the budget on Tuesday. Police fired tear gas at students.")
    police = _holding(ctx, "Police")
    assert (police.country, police.attrs.get("country_basis")) == ("KEN", "article focus")


@pytest.mark.parametrize("published, country", [("2010-03-01", "KEN"), ("2016-03-01", None)])
def test_the_prime_minister_of_kenya_by_date(pipeline, published, country):
    ctx = _after_focus(pipeline, "Kenya's parliament approved the budget. The prime minister praised the vote.",
                       published=published)
    pm = _holding(ctx, "prime minister")
    assert pm.country == country


def test_a_spokesperson_of_a_person_of_no_country(pipeline):
    ctx = _after_focus(pipeline, "Nigeria's courts are busy. Ahmed Karimi denied the charges, and his spokesperson "
                                 "said he would appeal.")
    karimi, aide = cluster_with(ctx, "Ahmed Karimi"), _holding(ctx, "spokesperson")
    assert karimi.country is None and aide.country is None


def test_the_leader_of_a_body_of_no_known_country(pipeline):
    # (first written as "A spokesman for the Fano militia", which the actors stage reads as one cluster, the
    # militia's: no officer to test)
    ctx = _after_focus(pipeline, "Kenya will vote in August. Jomo Mwangi, leader of the Unity Forward Movement, "
                                 "said turnout would be high.")
    mwangi, movement = cluster_with(ctx, "Jomo Mwangi"), _holding(ctx, "Unity Forward Movement")
    assert mwangi.attrs.get("org") is movement and movement.country is None
    assert mwangi.country is None and "country_basis" not in mwangi.attrs  # the body's, not the story's
