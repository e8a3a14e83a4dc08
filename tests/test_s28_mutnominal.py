"""Session 28, s28-mutsettle: survivors of `_group_nominal` (src/newsgraph/actors/nominals.py), run whole for the
first time since s27-nominal's key change, against the actors test files (docs/testing.md, "Session 28,
s28-mutsettle"). Each test states a rule of how English refers to groups that the code follows; sentences written
for these tests (the names "Orvane" and "Brantel" are made up)."""

import pytest


def _entities(doc, word):
    return [e for e in doc.entities if any(word in m.text for m in e.mentions)]


def _entity(doc, word):
    found = _entities(doc, word)
    assert len(found) == 1, (word, [(e.name, [m.text for m in e.mentions]) for e in doc.entities])
    return found[0]


def _extract(pipeline, *paragraphs):
    return pipeline.extract("\n\n".join(paragraphs), name="t", published="2026-12-01")


# ---- which group nouns are actors at all


def test_a_bare_singular_body_noun_is_no_actor(pipeline):
    # (mutants 14-16, 22, 23 of the `role.cls == "org" and not plural and not (...)` return.) A singular body
    # noun with no determiner, possessor or country ("Opposition grew") is read as the mass noun, the activity,
    # not the body; with the article it names the body
    assert _entities(_extract(pipeline, "Opposition grew after the vote."), "Opposition") == []
    body = _entity(_extract(pipeline, "The opposition walked out after the vote."), "opposition")
    assert body.actor is not None and body.actor.sector == "OPP"


# ---- whose an unnamed group is


VENEZUELA = "Venezuela will host the talks, Venezuela's foreign minister said on Monday."


@pytest.mark.parametrize("clause", [
    "Rebels and the Colombian government signed a ceasefire on Tuesday.",  # government_partner
    "Rebels attacked a police station in Cali on Tuesday.",  # where_they_act
])
def test_rebels_are_the_country_they_fight_in_not_the_articles_focus(pipeline, clause):
    # (mutants 88, 90, 91, 92, 97 of the OPPOSING_SECTORS line.) Rebels coordinated with a country's government
    # are the two sides of that country's conflict; rebels whose clause names places of one country act there.
    # The article is about Venezuela (the focus), but these rebels are Colombia's
    doc = _extract(pipeline, VENEZUELA, clause)
    rebels = _entity(doc, "Rebels")
    assert rebels.actor.country == "COL" and rebels.actor.sector == "REB"
    assert _entity(doc, "foreign minister").actor.country == "VEN"  # (the focus is Venezuela)


@pytest.fixture(scope="module")
def with_agents(tmp_path_factory):
    from newsgraph.evaluate.events import pipeline_options
    from newsgraph.pipeline import Pipeline

    agents = tmp_path_factory.mktemp("agents") / "agents.txt"
    agents.write_text("RELIEF_AGENCIES [NGO~]\nPEACEKEEPERS [~IGO]\n")
    return Pipeline(pipeline_options(None, actors=[], agents=[str(agents)]))


def test_an_international_or_aid_group_takes_no_focus_country(with_agents):
    # (mutants 109, 111-114 of `ctx.focus_country if role.sector not in ("IGO", "NGO")`.) Relief agencies and
    # peacekeepers in a story about Kenya are not Kenya's: CAMEO codes an unnamed NGO or IGO by no country,
    # while unnamed officials in the same story are the focus country's
    doc = _extract(with_agents, "Kenya's president opened the camp in Kenya on Monday.",
                   "Relief agencies said the camp was full.", "The road was closed, peacekeepers said.",
                   "Officials said the road would reopen.")
    relief, keepers = _entity(doc, "Relief agencies"), _entity(doc, "peacekeepers")
    assert (relief.actor.country, relief.actor.sector, relief.actor.code) == (None, "NGO", "NGO")
    assert (keepers.actor.country, keepers.actor.sector, keepers.actor.code) == (None, "IGO", "IGO")
    assert _entity(doc, "Officials").actor.country == "KEN"


@pytest.mark.parametrize("text", ["The government in Nairobi said the talks would resume.",
                                  "The Kenyan government said the talks would resume."])
def test_a_countrys_government_named_by_a_noun_is_an_organisation(pipeline, text):
    # (mutants 134, 141, 142, 146, 149, 152, 153 of the GOVT cluster's type and role.) "the government" of a
    # known country is that country's one government actor: an organisation, role "government"
    gov = _entity(_extract(pipeline, text), "government")
    assert gov.type == "ORG"
    assert (gov.actor.code, gov.actor.role) == ("KENGOV", "government")


# ---- when a group noun repeats a named group


HOUTHIS = "The Houthis fired missiles at a ship on Monday."


def test_a_bare_plural_after_a_named_group_is_a_new_group(pipeline):
    # (mutants 155, 156: `... or (plural or org)`, `definite or ...`.) Only the definite article refers back: "the
    # rebels" after "the Houthis" are the Houthis, bare "Rebels" introduce rebels not yet identified
    doc = _extract(pipeline, HOUTHIS, "Rebels also attacked a village.")
    assert _entity(doc, "Rebels") is not _entity(doc, "Houthis")
    doc = _extract(pipeline, HOUTHIS, "The rebels also attacked a village.")
    assert _entity(doc, "rebels") is _entity(doc, "Houthis")


def test_a_definite_group_noun_with_a_country_joins_only_a_named_group_of_that_country(pipeline):
    # (mutants 165, 173: the named group looked up by no country, or by `mods.country and iso2`.) "the
    # Palestinian rebels" after the Houthis (Yemen's) are not the Houthis: the country the phrase names must be
    # the named group's; without one, "the rebels" are the Houthis
    doc = _extract(pipeline, HOUTHIS, "The Palestinian rebels said the talks would go on.")
    assert _entity(doc, "Palestinian rebels") is not _entity(doc, "Houthis")
    assert _entity(doc, "Palestinian rebels").actor.country == "PSE"
    doc = _extract(pipeline, HOUTHIS, "Hamas said on Tuesday it would talk.",
                   "The Palestinian rebels said the talks would go on.")
    assert [m.text for m in _entity(doc, "Hamas").mentions] == ["Hamas", "The Palestinian rebels"]


def test_the_firm_is_the_most_mentioned_firm_and_makes_it_a_business(pipeline):
    # (mutants 167, 172, 174: `latest` off for a singular noun; 181, 182, 183: the named organisation's sector not
    # set.) A singular definite noun after two named companies is the one the story is about, the most mentioned;
    # it says what the company is (a business), which no table knew
    doc = _extract(pipeline, "Orvane Corp said on Monday it would cut jobs. Orvane Corp also sold a plant. "
                             "Brantel Corp said it would hire.", "The firm said the cuts were needed.")
    orvane = _entity(doc, "Orvane")
    assert [m.text for m in orvane.mentions] == ["Orvane Corp", "Orvane Corp", "The firm"]
    assert orvane.actor.sector == "BUS"
    assert _entity(doc, "Brantel").actor is None or _entity(doc, "Brantel").actor.sector is None


def test_the_group_joins_a_named_body_without_saying_what_kind_it_is(pipeline):
    # (mutants 177-180: the sector "-" of "group" set on the named body.) "the group" refers back to the one
    # named organisation, but says nothing of its kind: the body keeps no sector
    doc = _extract(pipeline, "Talks went on in Geneva. The Orvane Foundation said it would fund the talks.",
                   "The group said the money was ready.")
    found = _entity(doc, "Orvane")
    assert [m.text for m in found.mentions] == ["The Orvane Foundation", "The group"]
    assert found.actor is None or (found.actor.sector, found.actor.code) == (None, None)


def test_a_bare_plural_after_two_named_groups_of_its_sector_joins_neither(pipeline):
    # (mutant 174: `latest=plural`.) "the rebels" after two named rebel groups could be either: they stay a
    # group of their own (a singular noun takes the most mentioned, above; a plural does not)
    doc = _extract(pipeline, HOUTHIS, "Hamas said on Tuesday it would talk.", "The rebels said the talks would go on.")
    rebels = _entity(doc, "rebels")
    assert rebels is not _entity(doc, "Houthis") and rebels is not _entity(doc, "Hamas")


# ---- whose people an unplaced group is


def test_officials_of_two_bodies_are_two_groups(pipeline):
    # (mutants 192, 197, 199: the group's key without its body.) "EU officials" and "AU officials" have no
    # country; the body they serve keeps them apart, and gives each its code
    doc = _extract(pipeline, "EU officials met AU officials in Geneva on Monday.")
    eu, au = _entity(doc, "EU officials"), _entity(doc, "AU officials")
    assert eu is not au
    assert (eu.actor.code, au.actor.code) == ("IGOEEC", "IGOAFR")


def test_a_leaders_fighters_are_his(pipeline):
    # (mutants 203, 210-214: the possessor not kept as the group's organisation.) "General Zorba's fighters" (a
    # person no table knows) have no country in the phrase: the man whose fighters they are is recorded as their
    # organisation, the way to their code once he has one
    doc = _extract(pipeline, "General Zorba's fighters seized the port on Monday.")
    zorba = next(e for e in doc.entities if e.type == "PERSON")
    fighters = _entity(doc, "fighters")
    assert [m.text for m in zorba.mentions] == ["Zorba"]
    assert fighters.attrs.get("org") == zorba.id


# ---- _country_group: the counterpart of a coordinated country


def test_a_coordinated_countrys_group_is_a_nominal_mention_with_the_groups_role(pipeline):
    # (`_country_group` 8, 16, 23, 24: the counterpart's mention not of kind "nominal"; 42: its role not set.)
    # In "Kenyan and Ugandan soldiers" the word "Kenyan" stands for Kenya's soldiers: a nominal mention (the word
    # names no organisation: it is no name of the group, nor its alias), with the soldiers' role
    doc = _extract(pipeline, "Kenyan and Ugandan soldiers patrolled the border on Monday.")
    kenyan = next(e for e in doc.entities if e.attrs.get("coordinated"))
    assert [(m.text, m.kind) for m in kenyan.mentions] == [("Kenyan", "nominal")]
    assert kenyan.aliases == []
    assert (kenyan.actor.code, kenyan.actor.role) == ("KENMIL", "soldiers")
    ugandan = _entity(doc, "Ugandan soldiers")
    assert ugandan.actor.role == kenyan.actor.role


def test_officials_from_two_countries_are_each_countrys(pipeline):
    # (`_group_nominal` 279, 280: `_coordinated_of` not reached when the group's country came from its own
    # from-phrase, with no of-phrase.) "Officials from Kenya and Uganda" are Kenya's officials and Uganda's
    doc = _extract(pipeline, "Officials from Kenya and Uganda met in Geneva on Monday.")
    codes = sorted(e.actor.code for e in doc.entities if e.actor and e.actor.sector == "GOV")
    assert codes == ["KENGOV", "UGAGOV"]
