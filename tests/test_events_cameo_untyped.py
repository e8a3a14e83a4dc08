"""CAMEO.2.0's 01x statements from the built-in verbs (session 14, s14-petr): a verb our lexicon
lacks whose CAMEO.2.0 code has no PLOVER type makes an untyped event only between actors the user's
own CAMEO actor dictionaries (`--actors`) coded, a PETRARCH user's workflow; ordinary news (no user
dictionaries) codes none (coder.cameo_sense); and the other general causes s14-petr fixed on its
harness misses (the fallback's target, patterns over event nouns, listed verbs between the user's
actors, verbs of taking part). Sentences and dictionaries written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsgraph.evaluate import petrarch as ep

ACTORS = "FREEDONIA [FRE]\nSYLVANIA [SYL]\nOSTERLICH [OST]\n"
AGENTS = "GOVERNMENT [~GOV]\n"


@pytest.fixture(scope="module")
def user_pipeline(tmp_path_factory):
    from newsgraph.pipeline import Pipeline

    d = tmp_path_factory.mktemp("dicts")
    (d / "actors.txt").write_text(ACTORS)
    (d / "agents.txt").write_text(AGENTS)
    opts = ep.pipeline_options(None, actors=[str(d / "actors.txt")], agents=[str(d / "agents.txt")])
    return Pipeline(replace(opts, check_language=False))


def _events(pipeline, text):
    doc = pipeline.extract(text, name="t.txt", published="2015-06-01")
    code = lambda i: doc.entity(i).actor.code if doc.entity(i).actor else doc.entity(i).name  # noqa: E731
    return [(e.cameo, e.type, [code(i) for i in e.source], [code(i) for i in e.target]) for e in doc.events]


@pytest.mark.parametrize("text, cameo, source, target", [
    # a bare verb with an actor object: QUOTE's, EXPLAIN_VERBAL's block code [010]
    ("Freedonia reiterated its position to Sylvania.", "010", ["FRE"], ["SYL"]),
    ("Osterlich mentioned Freedonia in its annual report.", "010", ["OST"], ["FRE"]),
    # an actor of a country the user's dictionary coded, with the role the sentence gives it
    ("Sylvania's government described Osterlich as a reliable partner.", "010", ["SYLGOV"], ["OST"]),
])
def test_a_statement_between_the_users_actors_is_untyped(user_pipeline, text, cameo, source, target):
    got = _events(user_pipeline, text)
    assert (cameo, None, source, target) in got, got


@pytest.mark.parametrize("text", [
    # one side is no actor of the user's dictionaries (the built-in knowledge base codes Poland)
    "Freedonia mentioned Poland in its annual report.",
    # no one addressed: PETRARCH codes dyads only
    "Freedonia reiterated its position on Monday.",
])
def test_no_untyped_statement_without_two_user_actors(user_pipeline, text):
    assert not [e for e in _events(user_pipeline, text) if e[1] is None]


@pytest.mark.parametrize("text", [
    "Poland reiterated its position to Hungary.",
    "Chile mentioned Peru in its annual report.",
])
def test_ordinary_news_makes_no_untyped_statement(pipeline, text):
    """No user dictionaries: CAMEO.2.0's 01x codes would flood ordinary news (docs/events.md)."""
    assert not [e for e in _events(pipeline, text) if e[1] is None]


@pytest.mark.parametrize("text, cameo, type_, source, target", [
    # the actor inside the object's own phrase, as PETRARCH reads a verb phrase (SOUND `* ALARM`: CAMEO.2.0
    # lists it twice, [012] then [112]; PETRARCH2 keeps the last, session 32 s32-petr2, so 112 ACCUSE)
    ("Freedonia sounded the alarm over Sylvania's troop build-up.", "112", "ACCUSE", ["FRE"], ["SYL"]),
    # the object of a preposition no rule of ours reads as the target (OBSERVE's block code)
    ("Freedonia watched over Sylvania during the elections.", "010", None, ["FRE"], ["SYL"]),
])
def test_a_statement_aimed_inside_the_verb_phrase(user_pipeline, text, cameo, type_, source, target):
    """A verb coded from CAMEO.2.0 alone takes, with no target of our rules, the first actor its
    object's and prepositional phrases name (coder.attach_participants), as PETRARCH2 does."""
    got = _events(user_pipeline, text)
    assert (cameo, type_, source, target) in got, got


@pytest.mark.parametrize("text, cameo, type_, source, target", [
    ("Norway advised the resumption of talks with Sudan.", "034", "AGREE", ["NOR"], ["SDN"]),
    ("Venezuela quoted concerns about Colombia's nuclear programme.", "110", "ACCUSE", ["VEN"], ["COL"]),
    ("Chile bargained over the compromise with Peru.", "046", "CONSULT", ["CHL"], ["PER"]),
])
def test_a_typed_fallback_aimed_inside_the_verb_phrase(pipeline, text, cameo, type_, source, target):
    """The same in ordinary news, for the typed codes session 13's fallback makes."""
    got = _events(pipeline, text)
    assert (cameo, type_, source, target) in got, got


def test_a_typed_code_still_needs_no_user_actor(user_pipeline):
    # CHIDE's block code is typed (111, ACCUSE): coded as before, whoever coded the actors
    assert ("111", "ACCUSE", ["FRE"], ["POL"]) in _events(user_pipeline, "Freedonia chided Poland for its slow response.")


@pytest.mark.parametrize("text, cameo, type_, source, target, noun_reading", [
    # TERMINATE's `* BLOCKADE` [087] (de-escalation) over the noun's own blockade (COERCE 191)
    ("Freedonia terminated its blockade against Sylvania.", "087", "RETREAT", ["FRE"], ["SYL"], "191"),
    # the plural: the pattern spells the noun's lemma, not the form written (s15-mut:
    # _named_event_objects 11 compared the written form alone and let the noun code 191)
    ("Freedonia terminated its blockades against Sylvania.", "087", "RETREAT", ["FRE"], ["SYL"], "191"),
    # BRING's `* OUT ACCUSATION` [016], a 01x code, over the noun's accusation (ACCUSE 112)
    ("Freedonia brought out the accusation against Sylvania.", "016", None, ["FRE"], ["SYL"], "112"),
])
def test_a_pattern_over_an_event_noun_between_the_users_actors(user_pipeline, text, cameo, type_, source, target,
                                                                 noun_reading):
    """A verb our lexicon lacks whose CAMEO.2.0 pattern spells its event-noun object with another
    type codes the phrase, as PETRARCH2 does, and the noun codes nothing of its own."""
    got = _events(user_pipeline, text)
    assert (cameo, type_, source, target) in got and noun_reading not in [g[0] for g in got], got


def test_an_event_noun_keeps_its_reading_when_the_pattern_keeps_its_type(user_pipeline):
    # LODGE's `* PROTEST` [110] is the noun's type (ACCUSE): the noun's finer 114 stands
    got = _events(user_pipeline, "Freedonia lodged an official protest with Sylvania.")
    assert ("114", "ACCUSE", ["FRE"], ["SYL"]) in got, got


def test_an_event_noun_the_pattern_does_not_spell_codes_itself(user_pipeline):
    """REPEAT's pattern `* +` [111] (an actor after the verb) spells no "threat": the object codes its
    own THREATEN, not an accusation of the verb's (s15-mut: _named_event_objects 5 and 10 let an unspelled direct
    object through)."""
    got = _events(user_pipeline, "Freedonia repeated its threat against Sylvania.")
    assert got == [("130", "THREATEN", ["FRE"], ["SYL"])], got


def test_ordinary_news_keeps_the_event_nouns_reading(pipeline):
    """Without the user's dictionaries the noun codes the event (CAMEO.2.0's synonym lines misread
    news: RESTART `* OFFENSIVE` is a threat, 138)."""
    assert [e[0] for e in _events(pipeline, "Iran restarted the offensive against Iraq.")] == ["190"]
    assert [e[0] for e in _events(pipeline, "Egypt terminated its blockade against Qatar.")] == ["191"]


def test_a_noun_coordinated_under_an_untyped_verb(user_pipeline):
    """"the complaint" (a conjunct of the spelled object, not consumed) reads its governing verb,
    an untyped trigger, whose type is None: the coder crashed on it."""
    got = _events(user_pipeline, "Freedonia brought out the accusation and the complaint against Sylvania.")
    assert ("016", None, ["FRE"], ["SYL"]) in got, got


@pytest.mark.parametrize("text, cameo, source, target", [
    # verbs our lexicon lists, whose senses' conditions do not hold here: a CAMEO.2.0 pattern of the
    # verb's words codes them between the user's actors (ENTER `* TREATY`, UPGRADE `* BASES`)
    ("Freedonia entered the treaty with Sylvania.", "057", ["FRE"], ["SYL"]),
    ("Osterlich upgraded bases with Freedonia.", "062", ["OST"], ["FRE"]),
])
def test_a_listed_verb_by_a_pattern_of_its_words_between_the_users_actors(user_pipeline, text, cameo, source,
                                                                          target):
    got = _events(user_pipeline, text)
    assert any(g[0] == cameo and g[2:] == (source, target) for g in got), got


@pytest.mark.parametrize("text", [
    "Chile entered the treaty with Peru.",  # ordinary news: our lexicon's conditions decide
    "Freedonia went to Sylvania.",  # a listed verb's bare block code (GO_SOMEWHERE 040) codes nothing
])
def test_a_listed_verb_keeps_our_conditions_otherwise(pipeline, user_pipeline, text):
    assert _events(user_pipeline if "Freedonia" in text else pipeline, text) == []


@pytest.mark.parametrize("text, cameo, source, target", [
    ("Russian troops took part in the attack on Ukraine.", "190", ["RUSMIL"], ["UKR"]),
    ("Turkey embarked on an offensive against Syria.", "190", ["TUR"], ["SYR"]),
    ("Germany joined in the condemnation of Russia.", "111", ["DEU"], ["RUS"]),
    ("Israel went ahead with the attack on Lebanon.", "190", ["ISR"], ["LBN"]),
    ("Russia proceeded with the offensive against Ukraine.", "190", ["RUS"], ["UKR"]),
    ("Turkey pressed on with the offensive against Syria.", "190", ["TUR"], ["SYR"]),  # ("on": a particle)
    ("Turkey continued with the offensive against Syria.", "190", ["TUR"], ["SYR"]),
])
def test_the_subject_of_a_verb_of_taking_part_does_the_event(pipeline, text, cameo, source, target):
    """An event noun after "took part in", "embarked on", "joined in", "went ahead with" is done by
    the verb's subject (coder._takes_part; both modes)."""
    got = _events(pipeline, text)
    assert any(g[0] == cameo and g[2:] == (source, target) for g in got), got


@pytest.mark.parametrize("text", [
    "Kenya took comfort in the attack on Somalia.",
    "Israel went along with the attack on Lebanon.",  # (going along with is agreeing, not doing)
    "Kenya rejoiced at the attack on Somalia.",  # (a preposition of no verb of taking part)
])
def test_no_doer_from_a_verb_that_only_looks_like_taking_part(pipeline, text):
    got = _events(pipeline, text)
    assert got and all(g[2] == [] for g in got), got
