"""Mentions into clusters (clusters.cluster_mentions): countries, governments, places, organisations, persons."""

import pytest

from newsgraph.actors.article import ActorCluster, ActorMention
from newsgraph.actors.clusters import cluster_mentions, cluster_persons, merge_acronyms, relabel_surnames
from test_actors_article import cluster_with, context_after


def _m(text, start, label="PERSON", kind="name"):
    return ActorMention(start, start + 1, start, start + len(text), text, label, kind=kind)


def test_governments_places_and_persons(pipeline):
    ctx = context_after(pipeline, "The Kremlin said Iraq would send envoys to Baghdad. Nouri al-Maliki agreed, "
                                  "and Maliki said Iraqi officials would come.", cluster_mentions)
    kremlin = cluster_with(ctx, "The Kremlin") or cluster_with(ctx, "Kremlin")
    assert kremlin.mentions[0].kind == "metonym" and (kremlin.country, kremlin.sector) == ("RUS", "GOV")
    assert ctx.keyed[("GOVT", "RUS", "GOV")] is kremlin
    iraq = cluster_with(ctx, "Iraq")
    assert iraq.type == "GPE" and iraq.name == "Iraq" and iraq.country == "IRQ"
    assert cluster_with(ctx, "Iraqi").type == "NORP"
    baghdad = cluster_with(ctx, "Baghdad")  # "to Baghdad": a place, not the government
    assert baghdad.type == "GPE" and baghdad.mentions[0].kind == "name" and baghdad.country is None
    maliki = cluster_with(ctx, "Nouri al-Maliki")
    assert {m.text for m in maliki.mentions} == {"Nouri al-Maliki", "Maliki"} and maliki in ctx.persons


def test_credits_are_set_aside(pipeline):
    def credit(doc, parse):
        for e in doc.entities:
            e.attrs["section"] = "credit"

    ctx = context_after(pipeline, "Ahmed Karimi met Laila Nouri.", cluster_mentions, doc_hook=credit)
    assert ctx.clusters == [] and {m.text for m in ctx.debris} == {"Ahmed Karimi", "Laila Nouri"}


def test_surname_the_ner_missed_is_recovered(pipeline):
    text = "Abbas Araqchi met reporters. Araqchi said no."

    def drop_second(doc, parse):
        for e in doc.entities:
            e.mentions = [m for m in e.mentions if m.text != "Araqchi"]
        doc.entities = [e for e in doc.entities if e.mentions]

    ctx = context_after(pipeline, text, cluster_mentions, doc_hook=drop_second)
    assert [m.text for m in cluster_with(ctx, "Abbas Araqchi").mentions] == ["Abbas Araqchi", "Araqchi"]


def test_merge_acronyms():
    long = ActorCluster(type="ORG", mentions=[_m("the Kenya Wildlife Service", 0, "ORG")])
    short = ActorCluster(type="ORG", mentions=[_m("KWS", 40, "ORG")])
    other = ActorCluster(type="ORG", mentions=[_m("NUP", 60, "ORG")])
    merge_acronyms([long, short, other])
    assert [m.text for m in long.mentions] == ["the Kenya Wildlife Service", "KWS"]
    assert short.mentions == [] and len(other.mentions) == 1


def test_cluster_persons_full_names_first():
    clusters = []
    pcs = cluster_persons([_m("Sudani", 30), _m("Mr. Karimi", 50), _m("Mohammed Shia al-Sudani", 0),
                           _m("Ahmed Karimi", 10)], clusters)
    assert pcs == clusters and len(pcs) == 2
    sudani, karimi = pcs
    assert [m.text for m in sudani.mentions] == ["Mohammed Shia al-Sudani", "Sudani"]
    assert [m.text for m in karimi.mentions] == ["Ahmed Karimi", "Mr. Karimi"] and karimi.gender == "m"


def test_relabel_surnames():
    person = ActorCluster(type="PERSON", tokens=["nouri", "maliki"], mentions=[_m("Nouri al-Maliki", 0)])
    org = ActorCluster(type="ORG", mentions=[_m("Maliki", 30, "ORG"), _m("Maliki Group", 50, "ORG")])
    relabel_surnames([person, org], [person])
    assert [m.text for m in person.mentions] == ["Nouri al-Maliki", "Maliki"]
    assert [m.text for m in org.mentions] == ["Maliki Group"]


def test_a_short_name_in_brackets_the_ner_missed_names_its_organisation_everywhere(pipeline):
    """"the National Liberation Army (ELN)", then "The ELN, the country's largest guerrilla group, freed two
    soldiers": en_core_web_sm tags neither ELN; both are the army's mentions, so the release is the ELN's."""
    text = ("Colombia's government and the National Liberation Army (ELN) agreed on Saturday to extend a ceasefire. "
            "The ELN, Colombia's largest remaining guerrilla group, freed two soldiers last week.")
    doc = pipeline.extract(text, published="2024-08-03")
    army = next(e for e in doc.entities if e.name == "National Liberation Army")
    assert [m.text for m in army.mentions].count("ELN") == 2
    freed = next(e for e in doc.events if e.trigger.text.startswith("freed"))
    assert freed.source == [army.id]


def test_capitals_in_brackets_after_no_organisation_name_are_left_alone(pipeline):
    doc = pipeline.extract("Prices rose sharply (GDP fell). GDP is expected to recover.", published="2024-08-03")
    assert not any(m.text == "GDP" and e.type == "ORG" and len(e.mentions) > 1 for e in doc.entities for m in e.mentions)


@pytest.mark.parametrize("text, short", [
    ("ELN", True), ("U.N.", True), ("AB", True), ("ABCDEF", True), ("A", False), ("ABCDEFG", False),
    ("Eln", False), ("E1N", False), ("A.B.C.D.E.F.G.", False),
])
def test_what_a_short_name_is(text, short):
    from newsgraph.actors.clusters import _short_name

    assert _short_name(text) is short
