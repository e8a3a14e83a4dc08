"""Session 45 (s45-triple): two targets the sentence names and the coder did not read.

1. A criticism of someone's conduct told as a clause ("complained about how X treats ...", "condemned the way X
   handles ...", "voiced concern over how X ...", "a complaint about how X uses ..."): the clause's subject is the
   one whose act is criticised, PLOVER's ACCUSE target. Before, the clause (a verb, no actor) gave no target. The
   object noun of a light verb of criticism ("voiced concern over X") names what the criticism is about, as the
   verb's own phrase does ("complained about X").
2. An attack whose verb names no target ("bombs exploded outside the U.S. embassies") aims at whom its site stands
   for, as a protest at an embassy already did (_site_target).
Sentences written for these tests; countries real (docs/accuracy.md, "Session 45, s45-triple")."""

import pytest


def _codes(pipeline, text, type_):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    code = {e.id: e.actor.country if e.actor else None for e in doc.entities}
    (ev,) = [e for e in doc.events if e.type == type_ and not e.flags]
    return sorted(code[i] for i in ev.source), sorted(code[i] for i in ev.target)


@pytest.mark.parametrize("text, source, target", [
    ("Ecuador complained about how Colombia patrols the border.", ["ECU"], ["COL"]),
    ("Greece voiced concern over how Turkey handles migrants.", ["GRC"], ["TUR"]),
    ("Estonia condemned the way Russia treats its minorities.", ["EST"], ["RUS"]),
    ("Uruguay lodged a complaint about how Argentina runs the river ferries.", ["URY"], ["ARG"]),
    ("Malaysia criticised the manner in which Singapore sold the water rights.", ["MYS"], ["SGP"]),
])
def test_the_doer_of_a_criticised_conduct_is_the_target(pipeline, text, source, target):
    assert _codes(pipeline, text, "ACCUSE") == (source, target)


@pytest.mark.parametrize("text, target", [
    ("Kenya voiced concern over Somalia.", ["SOM"]),
    ("Peru expressed anger about the Chilean fishing fleet.", ["CHL"]),
])
def test_a_light_verbs_object_names_what_the_criticism_is_about(pipeline, text, target):
    assert _codes(pipeline, text, "ACCUSE")[1] == target


def test_a_copula_clause_names_its_subject(pipeline):
    # "how slow X is": the clause's verb is the copula (AUX), its subject the one criticised
    assert _codes(pipeline, "Poland complained about how slow France is.", "ACCUSE") == (["POL"], ["FRA"])


def test_the_one_complained_against_wins_over_the_one_complained_to(pipeline):
    # "complained to the UN against X": X is complained of; "to" names the addressee
    assert _codes(pipeline, "Chad complained to the UN against Libyan raids.", "ACCUSE")[1] == ["LBY"]


def test_a_passive_clause_subject_is_no_doer(pipeline):
    # "how its farmers were treated": the farmers undergo the act; the doer is the "by" phrase's, not read here
    assert _codes(pipeline, "Poland complained about how its farmers were treated.", "ACCUSE") == (["POL"], [])


def test_a_complaint_about_a_thing_keeps_the_thing(pipeline):
    # the older reading: the object of "about" itself when it names someone
    assert _codes(pipeline, "Poland complained to France about Russian raids.", "ACCUSE") == (["POL"], ["RUS"])


def test_conduct_doers_reads_only_clauses_and_conduct_nouns():
    from newsgraph.events.coder import CONDUCT_NOUNS, conduct_doers
    from types import SimpleNamespace as NS
    subj = NS(dep_="nsubj")
    verb = NS(dep_="pcomp", pos_="VERB", children=[NS(dep_="advmod"), subj, NS(dep_="dobj")], lemma_="treat")
    assert conduct_doers(verb) == [subj]
    assert conduct_doers(NS(dep_="pcomp", pos_="NOUN", lemma_="raid", children=[subj])) == []
    assert conduct_doers(NS(dep_="pobj", pos_="VERB", lemma_="treat", children=[subj])) == []
    rel = NS(dep_="relcl", children=[subj])
    assert conduct_doers(NS(dep_="dobj", pos_="NOUN", lemma_="Way", children=[NS(dep_="det"), rel])) == [subj]
    assert conduct_doers(NS(dep_="dobj", pos_="NOUN", lemma_="way", children=[NS(dep_="det")])) == []
    assert conduct_doers(NS(dep_="dobj", pos_="NOUN", lemma_="plan", children=[rel])) == []
    assert CONDUCT_NOUNS == {"way", "manner"}


@pytest.mark.parametrize("text, target", [
    ("A bomb exploded outside the Israeli embassy in Buenos Aires on Monday.", ["ISR"]),
    ("A car bomb exploded near the Saudi consulate in Peshawar.", ["SAU"]),
    ("A grenade blew up outside the Indian embassy in Kabul.", ["IND"]),
])
def test_an_attack_at_a_site_aims_at_whom_the_site_stands_for(pipeline, text, target):
    assert _codes(pipeline, text, "ASSAULT")[1] == target


@pytest.mark.parametrize("text, target", [
    ("A grenade went off at the Indian consulate in Jalalabad.", ["IND"]),
    ("Gunmen opened fire at the Turkish embassy in Kabul.", ["TUR"]),
])
def test_an_attack_at_a_site_reads_as_before(pipeline, text, target):
    # "at" was read already (a target preposition of the verb); the site reading agrees with it
    assert _codes(pipeline, text, "ASSAULT")[1] == target


def test_an_attack_with_its_own_object_keeps_it(pipeline):
    # the verb names whom it strikes: the site is only where
    assert _codes(pipeline, "Rebels shelled Malian soldiers outside the French embassy.", "ASSAULT")[1] == ["MLI"]


def test_other_types_take_no_target_from_a_site():
    from newsgraph.events.stage import SITE_TARGET_TYPES
    assert SITE_TARGET_TYPES == {"PROTEST", "ASSAULT"}


def test_an_act_of_another_type_takes_no_target_from_its_site(pipeline):
    # an apology is owed to whom it addresses, not to the building it was made outside; only a protest or an
    # attack aims at whom its site stands for
    assert _codes(pipeline, "Outside the Chinese embassy, Brazilian officials apologised to their own citizens.",
                  "SUPPORT") == (["BRA"], [])


@pytest.mark.parametrize("text", [
    # the embassy only dates the blast (the phrase is "after", no preposition of place)
    "A bomb exploded after a protest at the Israeli embassy.",
    # a cafe stands for no government, whoever owns it
    "A bomb exploded outside a Turkish cafe in Berlin.",
])
def test_an_attack_takes_no_target_from_a_phrase_that_names_no_site(pipeline, text):
    assert _codes(pipeline, text, "ASSAULT")[1] == []
