"""Session 30 (s30-mut): mutation tests of the code session 29 changed (36b68e32..7afd7c13) and of the
open survivors session 29 left (docs/testing.md, "Session 30, s30-mut"). Every sentence is our own; the
person names are made up.

places: the "Chad borders Libya" reading of a verbless sentence (`mention_kind`), a place standing for what
happened there (`happening`: a fronted "before", a copula after a fronted "after", "the next X"; not a fronted
locative, nor a place with a plain adjective), an unknown place after "the <demonym> <kind> of" (`_kind_of_country`:
a text that starts with the phrase; a regional demonym gives no country). actors: a group's possessor kept when the
group is named again (`_group_nominal`). events: a feared event's flag, a danger ("the threat of war") that drops only
itself, a patrol fired on (`code_events`, `_danger_of`, `_attacked_unit`, `clause_flags`); a pattern word's plurals
(`petrarch_verbs._word_ok`); a doer's "from" phrase naming the party (`coder._doer_slot`)."""

import pytest
from placeutil import mention_kinds


_kinds = mention_kinds


# ---------------------------------------------------------------- places.mention_kind, places.happening


@pytest.mark.parametrize("text, expected", [
    # a whole text that is a verbless "X borders Y" (a headline cut at its last word): the parser's noun
    # "borders" is the verb, each country a place
    ("Chad borders Libya", {"Chad": "name", "Libya": "name"}),
    # a text ending in "<country> borders": the noun is the last token (nothing after it to read)
    ("Refugees streamed across the Sudan borders", {"Sudan": "modifier"}),
    # a sentence with a verb of its own: "borders" is a noun, the country its modifier, even with a name after it
    ("Troops guarded the Chad borders Monday.", {"Chad": "modifier"}),
    # ...and with only an auxiliary (a copula) for its verb
    ("The Chad borders Monday were quiet.", {"Chad": "modifier"}),
    # a verbless "<country> borders <common noun>": no second place, so no "X borders Y"
    ("Chad borders and security", {"Chad": "modifier"}),
])
def test_a_verbless_x_borders_y(pipeline, text, expected):
    got = _kinds(pipeline, text)
    assert {k: got.get(k, "missing") for k in expected} == expected, got


@pytest.mark.parametrize("text, expected", [
    # a fronted "before" orders what happened there before the clause, as "after" does
    ("Before Hiroshima, nobody had seen such a weapon.", {"Hiroshima": "metonym"}),
    # the clause after a fronted "after" may have a copula for its verb
    ("After Fukushima, Germany was wary of nuclear power.", {"Fukushima": "metonym"}),
    # a region (the gazetteer's feature) stands for what happened there as a country or a city does
    ("The lessons of Darfur were soon forgotten.", {"Darfur": "metonym"}),
    # one of a series with "the"
    ("Officials warn the region could become the next Afghanistan.", {"Afghanistan": "metonym"}),
    # a fronted locative is where the clause happens, not an event
    ("In Nairobi, police arrested five men on Monday.", {"Nairobi": "name"}),
    # a place with a plain adjective is the place in a state, not one of a series
    ("He campaigned for a united Ireland.", {"Ireland": "name"}),
    # the place of a quantifier's people, not a partitive's whole ("most of Kenya"): where they are
    ("Most in Kenya backed the plan, a poll found.", {"Kenya": "name"}),
])
def test_what_happened_there_and_its_near_misses(pipeline, text, expected):
    got = _kinds(pipeline, text)
    assert {k: got.get(k, "missing") for k in expected} == expected, got


@pytest.mark.parametrize("text, name, country", [
    # the phrase starts the text: "The" at offset 0 is read
    ("The Malian village of Ogossagou was attacked on Sunday.", "Ogossagou", "MLI"),
    # a demonym of a region of several countries gives no country
    ("Gunmen raided the African village of Ogossagou.", "Ogossagou", None),
])
def test_the_demonym_before_an_unknown_places_kind(pipeline, text, name, country):
    places = {p.name: p.country for p in pipeline.extract(text).places}
    assert name in places and places[name] == country, places


# ---------------------------------------------------------------- actors._group_nominal


def test_a_groups_possessor_is_kept_when_the_group_is_named_again(pipeline):
    # "Mr. Vekker's fighters ... The fighters": one group, Vekker's; the second mention (no possessor) must not
    # take the possessor away
    doc = pipeline.extract("Forces loyal to the warlord Tomas Vekker attacked the town on Monday. Mr. Vekker's fighters "
                           "held the bridge for hours. The fighters withdrew on Tuesday, residents said.")
    vekker = next(e for e in doc.entities if e.name == "Tomas Vekker")
    group = next(e for e in doc.entities if any(m.text == "The fighters" for m in e.mentions))
    assert any(m.text == "Mr. Vekker's fighters" for m in group.mentions)
    assert group.attrs.get("org") == vekker.id


# ---------------------------------------------------------------- events.stage.code_events, _danger_of


def _events(pipeline, text):
    return [(e.type, e.trigger.text if e.trigger else None, sorted(e.flags))
            for e in pipeline.extract(text, published="2024-06-01").events]


@pytest.mark.parametrize("text, trigger", [
    ("Villagers feared a raid by the militia.", "raid"),
    ("Farmers dreaded a new offensive in the valley.", "offensive"),
    # ...and one named in the feared noun's own "of" phrase (factuality.clause_flags reads it)
    ("Shopkeepers feared the outbreak of looting.", "looting"),
    ("Farmers dreaded the start of a new offensive.", "offensive"),
])
def test_a_feared_event_is_hypothetical(pipeline, text, trigger):
    # the event noun a verb of fearing takes as object is flagged hypothetical, and only that
    got = [flags for _, t, flags in _events(pipeline, text) if t == trigger]
    assert got == [["hypothetical"]], _events(pipeline, text)


@pytest.mark.parametrize("text, kept", [
    # a danger ("the threat of sanctions", no one threatening) is dropped; the sentence's other act is kept
    ("Despite the threat of sanctions, rebels attacked the town on Monday.", "ASSAULT"),
    ("Under the threat of war, the two leaders met in Geneva.", "CONSULT"),
    ("The threat of war grew after rebels attacked the town.", "ASSAULT"),
    ("Warnings of a new offensive spread as troops shelled the border villages.", "ASSAULT"),
    # (an event noun after the danger: the nouns are read in text order)
    ("The threat of sanctions hung over the talks in Geneva.", "CONSULT"),
    ("The threat of a strike loomed over the negotiations with the union.", "CONSULT"),
])
def test_a_danger_drops_only_itself(pipeline, text, kept):
    types = [t for t, _, _ in _events(pipeline, text)]
    assert kept in types and "THREATEN" not in types, types


def test_a_danger_whose_event_has_its_own_of_phrase(pipeline):
    # the feared event's own "of" phrase ("an invasion of the island") names no threatener
    types = [t for t, _, _ in _events(pipeline, "The threat of an invasion of the island hung over the talks.")]
    assert "THREATEN" not in types, types


def test_a_threat_whose_feared_act_has_a_passive_agent_is_an_act(pipeline):
    # "by rebels" as a passive gerund's agent inside the phrase names who threatens (as "the threat of sanctions
    # by the EU" does): an act, not a danger
    types = [t for t, _, _ in _events(pipeline, "The threat of being kidnapped by rebels kept aid workers away.")]
    assert "THREATEN" in types, types


@pytest.mark.parametrize("text", [
    # a threatener named as the feared act's possessor inside the phrase: an act
    "The threat of Iran's retaliation worried the markets.",
    # only "threat" and "warning" name a danger: an ultimatum is always someone's demand, with its "of" phrase too
    "An ultimatum of 48 hours expired on Friday.",
])
def test_a_threat_that_is_an_act(pipeline, text):
    types = [t for t, _, _ in _events(pipeline, text)]
    assert "THREATEN" in types, types


def test_a_threat_from_someone_is_theirs_not_a_danger(pipeline):
    # only an "of" phrase names what is feared: "from the rebels" names who threatens (the event is kept, as what
    # officials warned of)
    got = [(t, trig) for t, trig, _ in _events(pipeline, "Officials warned of the threat from the rebels.")]
    assert ("THREATEN", "threat") in got, got


@pytest.mark.parametrize("text", [
    # a patrol an attack hits through its "on"/"at" phrase is who was attacked, no MOBILIZE of its own
    "Gunmen fired on a Kenyan army patrol near the border.",
    "Rebels opened fire on a patrol of Ugandan soldiers.",
    "Insurgents fired at an American patrol in Kandahar.",
])
def test_a_patrol_fired_on_is_no_mobilisation(pipeline, text):
    types = [t for t, _, _ in _events(pipeline, text)]
    assert types == ["ASSAULT"], types


# ---------------------------------------------------------------- events.petrarch_verbs._word_ok


def _tok(text):
    # _word_ok reads a token's lowercase form and lemma only; a lemma that is the form itself makes the plural
    # rules (not the lemmatiser) decide
    from types import SimpleNamespace

    return SimpleNamespace(lower_=text.lower(), lemma_=text.lower())


@pytest.mark.parametrize("token, word, ok", [
    ("troops", "troop", True),      # -s
    ("taxes", "tax", True),         # -es after s, x, z, ch, sh
    ("churches", "church", True),
    ("planes", "plan", False),      # not -es after any other letter (session 29: "planes" is no plural of PLAN)
    ("parties", "party", True),     # -y -> -ies
    ("parties", "parts", False),    # -ies only for a word in -y
    ("troop", "troops", False),     # a plural word does not match its singular
])
def test_a_pattern_words_plural(token, word, ok):
    from newsgraph.events.petrarch_verbs import _word_ok

    assert _word_ok(_tok(token), word) is ok


# ---------------------------------------------------------------- events.coder._doer_slot (the "from" rule)


def _parties(pipeline, text):
    doc = pipeline.extract(text, published="2024-06-01")
    name = {e.id: e.name for e in doc.entities}
    return sorted((e.type, tuple(name.get(s) for s in e.source), tuple(name.get(t) for t in e.target)) for e in doc.events)


@pytest.mark.parametrize("text", [
    # the "from" phrase of a doer names the party: a passive's subject, and a noun inside a subject's "of" phrase
    "A delegation from Kenya was received by the Ugandan president on Monday.",
    "Members of a delegation from Kenya met the Ugandan president on Monday.",
])
def test_a_doers_from_phrase_names_the_party(pipeline, text):
    got = _parties(pipeline, text)
    assert any("Kenya" in src + tgt for _, src, tgt in got), got
