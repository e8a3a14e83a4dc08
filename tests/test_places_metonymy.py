"""Metonymy regression gold (gold/places_metonymy.jsonl, our own sentences: LGL has no metonymy labels).

Each item lists place mentions and the kind they must get: `metonym` (a place standing for its
government, people or team), `name` (a literal place) or `modifier` (a demonym, a place naming
something else). `"Paris#2"` is the second whole-word occurrence of Paris.
"""

import json
import re
from pathlib import Path
from placeutil import mention_kinds

GOLD = Path(__file__).resolve().parent.parent / "gold" / "places_metonymy.jsonl"


def _span(text: str, spec: str) -> tuple[int, int]:
    name, _, nth = spec.partition("#")
    hits = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    return hits[int(nth or 1) - 1]


def score(pipeline, rows):
    tp = fp = fn = agree = total = 0
    misses = []
    docs = [pipeline.extract(r["text"]) for r in rows]
    for row, doc in zip(rows, docs):
        got = {(m.start, m.end): m.kind for p in doc.places for m in p.mentions}
        for spec, kind in row["kinds"].items():
            system = got.get(_span(row["text"], spec), "missing")
            total += 1
            agree += system == kind
            tp += system == kind == "metonym"
            fp += system == "metonym" != kind
            fn += kind == "metonym" != system
            if system != kind:
                misses.append(f"{row['id']} {spec}: {system}, gold {kind}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r, "accuracy": agree / total,
            "misses": misses}


def test_metonymy_regression_gold(pipeline):
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 200
    result = score(pipeline, rows)
    # session 6 (200 items): metonym F1 0.983, kind accuracy 0.974; session 5 (130 items): F1 0.986,
    # accuracy 0.974. The misses (docs/accuracy.md): "Florence", "Wigan", "Leeds" not found (the parser's
    # person or group), "intelligence on North Korea" and "sending drones to Russia" read as places (m94
    # disagrees with m07: what is sent goes to a place), "European" in "the European aid package" and
    # "Borneo" not found, "Spain has the highest youth unemployment rate" and "Sheffield hosted the
    # championship" read as the state, "their win at Liverpool" as the place
    assert result["f1"] >= 0.96 and result["accuracy"] >= 0.95, result
    assert len(result["misses"]) <= 11, result


_kinds = mention_kinds


def test_places_on_ways_and_of_people_are_literal(pipeline):
    # a way, line or crash between places, and where people come from (session 5)
    assert _kinds(pipeline, "Two people died in a crash between Dayton and Springfield.") == {
        "Dayton": "name", "Springfield": "name"}
    assert _kinds(pipeline, "Poland sent troops to its border with Belarus.")["Belarus"] == "name"
    assert _kinds(pipeline, "A man from Paris was arrested in Frankfurt.")["Paris"] == "name"
    # ...while relations between governments stay metonymic
    assert _kinds(pipeline, "Talks between Israel and Egypt resumed.")["Egypt"] == "metonym"
    # what befalls a place as a place: its passive subject is the place, not its government
    assert _kinds(pipeline, "Vienna was spared the worst of the floods.") == {"Vienna": "name"}
    assert _kinds(pipeline, "Kyiv was shelled overnight.") == {"Kyiv": "name"}
    assert _kinds(pipeline, "Moscow was accused of meddling.") == {"Moscow": "metonym"}


def test_a_capital_the_parser_took_for_an_organisation(pipeline):
    # "Washington" tagged ORG, coded by the actors stage as the United States: the capital, acting
    assert _kinds(pipeline, "Washington said the talks would resume next week.") == {"Washington": "metonym"}
    assert "Toyota" not in _kinds(pipeline, "Toyota said its sales rose.")  # a company named after a town


def test_teams_in_a_game_report(pipeline):
    got = _kinds(pipeline, "Brazil beat Argentina 2-0 in Rio de Janeiro on Sunday.")  # "Argentina 2-0" tagged NORP
    assert got == {"Brazil": "metonym", "Argentina": "metonym", "Rio de Janeiro": "name"}
    assert _kinds(pipeline, "Chile won the match 3-1 and Peru were eliminated.")["Peru"] == "metonym"
    assert _kinds(pipeline, "Japan won the gold medal, ahead of Kenya.")["Kenya"] == "metonym"
    assert _kinds(pipeline, "Portugal knocked out Switzerland in the last round.")["Switzerland"] == "metonym"


def test_a_place_glued_to_a_participle(pipeline):
    # where something is sited or was born: a modifier; what a state backs or leads: a metonym (session 6)
    assert _kinds(pipeline, "A London-based think tank published the report.") == {"London": "modifier"}
    assert _kinds(pipeline, "The Texas-born singer moved to Nashville.") == {"Texas": "modifier", "Nashville": "name"}
    assert _kinds(pipeline, "Iran-backed militias attacked the base.") == {"Iran": "metonym"}
    assert _kinds(pipeline, "The US-led coalition struck targets in Syria.") == {"US": "metonym", "Syria": "name"}


def test_a_place_that_records_its_weather_is_the_place(pipeline):
    # the subject of record/see/endure with the weather as object is the place (session 6)...
    assert _kinds(pipeline, "Delhi recorded its hottest day on record.") == {"Delhi": "name"}
    assert _kinds(pipeline, "Tokyo saw heavy snow on Monday.") == {"Tokyo": "name"}
    # ...an economy's figures or a view are still the state's
    assert _kinds(pipeline, "Japan recorded a trade deficit in May.") == {"Japan": "metonym"}
    assert _kinds(pipeline, "Washington sees Beijing as a rival.") == {"Washington": "metonym", "Beijing": "metonym"}


def test_a_state_that_receives_what_is_given(pipeline):
    # the recipient of what is given is the state; what is sent goes to a place (session 6; m07 and m134)
    assert _kinds(pipeline, "Germany pledged more air defence systems to Kyiv.")["Kyiv"] == "metonym"
    assert _kinds(pipeline, "Hungary vetoed the aid package for Ukraine.")["Ukraine"] == "metonym"
    assert _kinds(pipeline, "Dallas traded its first-round pick to Boston.")["Boston"] == "metonym"
    assert _kinds(pipeline, "Germany will send more tanks to Ukraine.")["Ukraine"] == "name"
    assert _kinds(pipeline, "The United States will send an envoy to Caracas.")["Caracas"] == "name"


def test_a_teams_people_and_moves_between_clubs(pipeline):
    # a country or city naming a team's role is the team (session 6): strong roles anywhere, weak ones in a game
    assert _kinds(pipeline, "England captain Harry Kane scored twice against Italy.") == {
        "England": "metonym", "Italy": "metonym"}
    assert _kinds(pipeline, "The Brazil striker signed a new contract.")["Brazil"] == "metonym"
    assert _kinds(pipeline, "The Texas manager said sales rose.")["Texas"] == "modifier"  # no game: a firm's
    # a game's loser after "past"; the clubs a player leaves or joins
    assert _kinds(pipeline, "Croatia needed penalties to get past Brazil in the quarter-final.")["Brazil"] == "metonym"
    assert _kinds(pipeline, "The striker joined Leeds from Swansea in January.")["Swansea"] == "metonym"
    assert _kinds(pipeline, "The family moved from Swansea to Leeds.")["Swansea"] == "name"


def test_a_passive_subject_is_the_object_of_its_active_verb(pipeline):
    # session 17: a passive subject is what the active verb's object would be, so a state accused, urged or
    # condemned is the state, as "accused Russia" is ...
    assert _kinds(pipeline, "Russia has been accused of meddling in the vote.") == {"Russia": "metonym"}
    assert _kinds(pipeline, "Pakistan was blamed for the raid.") == {"Pakistan": "metonym"}
    assert _kinds(pipeline, "Norway was invited to join the talks.") == {"Norway": "metonym"}
    # ... and a verb that hands its subject on to a complement makes it that verb's subject
    assert _kinds(pipeline, "Greece is expected to announce new spending cuts.") == {"Greece": "metonym"}
    assert _kinds(pipeline, "Portugal was forced to seek a loan.") == {"Portugal": "metonym"}
    # what the weather does to a place, or what befalls it, stays the place
    assert _kinds(pipeline, "Florida was threatened by a hurricane last week.") == {"Florida": "name"}
    assert _kinds(pipeline, "Britain is expected to see heavy snow this week.") == {"Britain": "name"}
    assert _kinds(pipeline, "Texas is expected to be hit by the storm.") == {"Texas": "name"}
    assert _kinds(pipeline, "Houston is expected to flood again.") == {"Houston": "name"}
    assert _kinds(pipeline, "Iraq was invaded in 2003.") == {"Iraq": "name"}
    # a dateline the parser made the next clause's passive subject is where the story was filed
    got = _kinds(pipeline, "Clinics to get new funds. WARREN COUNTY — Warren County Community clinics are expected "
                           "to get new funds.")
    assert got["WARREN COUNTY"] == "name"


def test_a_side_by_its_plural_verb_and_the_side_one_plays_for(pipeline):
    # session 17: British English gives a collective, never a place, a plural verb: a team or a people
    assert _kinds(pipeline, "Burnley were relegated after losing at home.") == {"Burnley": "metonym"}
    assert _kinds(pipeline, "Sri Lanka were bowled out for 150.") == {"Sri Lanka": "metonym"}
    # a name plural in form, or two names together, take "are" as places do
    assert _kinds(pipeline, "The Philippines were colonised by Spain.")["Philippines"] == "name"
    assert _kinds(pipeline, "Ohio and Iowa were crossed by the convoy.") == {"Ohio": "name", "Iowa": "name"}
    # (s41-meto: this was "were carried by the governor", an election's voters: a metonym by GeoWebNews and the
    # PolNeAR fine set's convention, which the object-of-win/carry rule now reads; the plural test keeps its point)
    # the side one plays or scores for, and a defeat's winner
    assert _kinds(pipeline, "He scored twice for Ghana in the friendly.") == {"Ghana": "metonym"}
    assert _kinds(pipeline, "She played for Canada at the Olympics.")["Canada"] == "metonym"
    assert _kinds(pipeline, "England's defeat to Iceland was a shock.") == {"England": "metonym", "Iceland": "metonym"}
    # a place one does other things for stays as it was
    assert _kinds(pipeline, "The firm built a bridge for Ghana's northern region.")["Ghana"] != "metonym"
    assert _kinds(pipeline, "She left for Canada in May.")["Canada"] == "name"


def test_plural_agreement_skips_a_list_the_parser_did_not_join():
    # hand-built parse: the parser made the first of a listed run of names the subject of "were"
    import spacy
    from spacy.tokens import Doc

    from newsgraph.places import plural_agreement

    words = ["Finalists", ",", "Denver", ",", "Tulsa", ",", "were", "named", "."]
    heads = [2, 2, 7, 2, 2, 2, 7, 7, 7]
    deps = ["appos", "punct", "nsubjpass", "punct", "appos", "punct", "auxpass", "ROOT", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert not plural_agreement(doc[2], doc[2:3])
    # the same name alone before its plural verb is a side
    doc = Doc(spacy.blank("en").vocab, words=["Denver", "were", "beaten", "."], heads=[2, 2, 2, 2],
              deps=["nsubjpass", "auxpass", "ROOT", "punct"])
    assert plural_agreement(doc[0], doc[0:1])
