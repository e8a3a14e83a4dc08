"""Session 34 (s34-mutc): the survivors of mutation runs on actors.codes._named_after_country and _name_country and on
events.coder Participants._of_conjuncts and pobjs (docs/testing.md, "Session 34, s34-mutc"). Hand-built clusters and
parses (own names and words, none from a corpus): the pipeline never hands these functions a cluster of each kind the
guard skips, nor the parses below."""

from types import SimpleNamespace

import pytest

from newsgraph.actors.article import ActorCluster, ActorMention, ArticleContext
from newsgraph.actors.codes import _name_country, _named_after_country
from newsgraph.actors.tables import tables
from newsgraph.events import coder
from test_events_coder_mutants import ent, parse, parts_for


# --- actors.codes._named_after_country: which clusters it places -------------------------------------------------

def _org(text="Darfur Front", kind="name", type_="ORG", **fields):
    """An organisation cluster with one mention `text` of `kind` (a group head after a place of one state: placeable)."""
    attrs = dict(fields.pop("attrs", {}))
    return ActorCluster(type=type_, mentions=[ActorMention(0, len(text.split()), 0, len(text), text, type_, kind)],
                        attrs=attrs, **fields)


def _placed(*clusters):
    """Each cluster's (country, country_basis) after the phase."""
    ctx = ArticleContext(doc=None, parse=None, res=None, tables=tables(), date=None, clusters=list(clusters))
    _named_after_country(ctx)
    return [(c.country, c.attrs.get("country_basis")) for c in ctx.clusters]


def test_an_uncoded_organisation_named_after_a_place_is_placed_by_its_name():
    assert _placed(_org()) == [("SDN", "name")]


@pytest.mark.parametrize("fields, why", [
    ({"type_": "GPE"}, "not an organisation"),
    ({"code": "IGOUNO"}, "already coded (the dictionaries' code stands)"),
    ({"kb": SimpleNamespace(name="Darfur Front")}, "a knowledge-base row says who it is"),
    ({"attrs": {"actor": False}}, "marked no actor"),
    ({"attrs": {"nominal": True}}, "a nominal, not a name"),
    ({"attrs": {"ethnicity": "Fur"}}, "an ethnic group, not an organisation"),
])
def test_the_guard_skips_a_cluster_and_the_next_one_is_still_placed(fields, why):
    # each condition alone skips the cluster (its country stays unset), and the phase goes on to the next one
    # (fresh clusters per test: a parameter's cluster changed under one mutant would stay changed for the next)
    assert _placed(_org(**fields), _org()) == [(None, None), ("SDN", "name")], why


def test_a_country_already_known_is_kept():
    assert _placed(_org(country="TCD")) == [("TCD", None)]


def test_only_a_name_mention_places_and_the_first_name_that_places_wins():
    assert _placed(_org(kind="nominal")) == [(None, None)]
    two = _org("Liberation Front")  # no place: the next name mention places it
    two.mentions.append(ActorMention(5, 7, 30, 42, "Darfur Front", "ORG", "name"))
    assert _placed(two) == [("SDN", "name")]


# --- actors.codes._name_country: a place's name alone is the place, not an organisation named after it -----------

@pytest.mark.parametrize("name", ["Kenya", "Papua New Guinea", "the Sudan"])
def test_a_country_name_alone_places_nothing(name):
    assert _name_country(tables(), name) is None


# --- events.coder Participants._of_conjuncts ------------------------------------------------------------------------

PRESIDENTS = "Presidents:NOUN:nsubj:5:president:NNS of:ADP:prep:0 Kenya:PROPN:pobj:1 and:CCONJ:cc:2 " \
             "Uganda:PROPN:conj:2 met:VERB:ROOT:5"


def _sectored(e, sector):
    e.actor.sector = sector
    return e


def test_the_other_country_of_an_of_phrase_is_its_group_not_the_country():
    d = parse(PRESIDENTS)
    presidents = _sectored(ent("p", d, 0, country="KEN", type_="ORG"), "GOV")
    uganda_gov = _sectored(ent("g", d, country="UGA", type_="ORG"), "GOV")  # the actors stage's group, no mention here
    parts = parts_for(d, presidents, ent("k", d, 2, country="KEN"), ent("u", d, 4, country="UGA"), uganda_gov)
    assert parts._of_conjuncts(d[0], "p", ["p"]) == ["g"]


def test_a_party_of_a_sector_takes_no_bare_country_when_its_group_is_missing():
    # the no-sector fallback is for a party of no sector ("negotiators from X and Y") only
    d = parse(PRESIDENTS)
    presidents = _sectored(ent("p", d, 0, country="KEN", type_="ORG"), "GOV")
    parts = parts_for(d, presidents, ent("k", d, 2, country="KEN"), ent("u", d, 4, country="UGA"))
    assert parts._of_conjuncts(d[0], "p", ["p"]) == []


# --- events.coder.pobjs ---------------------------------------------------------------------------------------------

def test_a_prepositions_clausal_object_is_its_object():
    d = parse("accused:VERB:ROOT:0 of:ADP:prep:0 killing:VERB:pcomp:1:kill:VBG civilians:NOUN:dobj:2")
    assert coder.pobjs(d[1]) == [d[2]]


def test_a_coordinated_other_preposition_brings_not_its_objects():
    # "talks with Iran and about Syria": Syria is what the talks are about, not a party to them
    d = parse("talks:NOUN:ROOT:0 with:ADP:prep:0 Iran:PROPN:pobj:1 and:CCONJ:cc:1 about:ADP:conj:1 "
              "Syria:PROPN:pobj:4")
    assert coder.pobjs(d[1]) == [d[2]]
    d = parse("talks:NOUN:ROOT:0 with:ADP:prep:0 Iran:PROPN:pobj:1 and:CCONJ:cc:1 with:ADP:conj:1 "
              "Syria:PROPN:pobj:4")
    assert coder.pobjs(d[1]) == [d[2], d[5]]  # the same preposition repeated: both
