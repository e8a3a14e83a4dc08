"""Session 22 (s22c-mutev): tests that kill the surviving mutants of the lines session 22 changed on the
events side (events/stage.py, events/coder.py, events/acled.py, evaluate/events.py), on sentences written
for these tests."""

import json

import pytest


# ---------------------------------------------------------------- evaluate/events.py: _read_gold


def _record(rid, text, event, source, target, sector=None):
    return {"id": rid, "text": text, "event": event, "source": [{"code": source, "sector": sector}],
            "target": [{"code": target}]}


def test_each_record_of_one_sentence_keeps_its_own_sides_text_and_date(tmp_path):
    """Two records of one sentence are one gold item whose events keep each record's source and target
    (with sector), and whose text and date are the first record's text and the GSR date."""
    from newsgraph.evaluate.base import heldout_split
    from newsgraph.evaluate.events import GSR_DATE, load_gold

    a, b = [i for i in (f"SIDE-{n}" for n in range(40)) if heldout_split(i) == "dev"][:2]
    text = "Brazilian troops shelled a camp in Bolivia and detained its Argentine guards."
    records = [_record(a, text, "FIGHT", "BRA", "BOL", sector="MIL"), _record(b, text, "COERCE", "BRA", "ARG")]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    (item,) = load_gold(str(path), "dev")
    assert (item.id, item.text, item.date) == (a, text, GSR_DATE)
    assert [(e.type, e.source, e.target) for e in item.events] == [
        ("ASSAULT", [("BRA", "MIL")], [("BOL", None)]), ("COERCE", [("BRA", None)], [("ARG", None)])]


# ---------------------------------------------------------------- events/stage.py: _without_causes_of_reactions


def _triggers(pipeline, text):
    return [e.trigger.text for e in pipeline.extract(text).events if e.trigger]


def test_the_complement_of_an_answered_act_goes_with_it(pipeline):
    """"Somalia's refusal to release two prisoners" is one act the complaint answers: the refusal and the
    release it refuses both go (the release hangs on the refusal, not in a phrase of cause)."""
    triggers = _triggers(pipeline, "Kenya complained to the African Union over Somalia's refusal to release two "
                                   "Kenyan prisoners.")
    assert "complained" in triggers and "refusal" not in triggers, triggers
    assert not any(t.startswith("release") for t in triggers), triggers  # (its trigger is "release two ... prisoners")


def test_an_act_joined_to_an_answered_act_goes_with_it(pipeline):
    """"over Somalia's seizure and detention of two fishermen": both acts are what the complaint answers."""
    triggers = _triggers(pipeline, "Kenya complained to Somalia over Somalia's seizure and detention of two Kenyan "
                                   "fishermen.")
    assert triggers == ["complained"], triggers


def test_a_verb_between_the_act_and_the_reaction_keeps_the_act(pipeline):
    """"over Somalia's decision to launch raids": the raids are told in a clause of their own (launch),
    so they are not what the complaint answers, and stay."""
    triggers = _triggers(pipeline, "Kenya complained to the African Union over Somalia's decision to launch raids "
                                   "on its border towns.")
    assert "complained" in triggers and "raids" in triggers, triggers


def test_a_verb_event_under_a_verb_that_is_no_event_stays(pipeline):
    """The walk up from "attack" stops at "hoped", a verb and no trigger: the attack is nobody's answer."""
    assert _triggers(pipeline, "The rebels hoped to attack the town.") == ["attack"]


def test_a_plain_in_phrase_is_no_phrase_of_cause(pipeline):
    """"in a letter about X" says how the complaint was made, not what it answers ("in protest at X" would):
    Somalia's raids stay an event though Somalia is the complaint's recipient."""
    triggers = _triggers(pipeline, "Kenya complained to Somalia in a letter about Somalia's raids on its border towns.")
    assert "complained" in triggers and "raids" in triggers, triggers


# ---------------------------------------------------------------- events/coder.py: _speaker_of, _of_undergoer


def _parse(spec):
    """Tokens `word:POS:dep:head` separated by spaces (head: the head's index)."""
    import spacy
    from spacy.tokens import Doc

    items = [t.split(":") for t in spec.split()]
    return Doc(spacy.blank("en").vocab, words=[w for w, *_ in items], pos=[p for _, p, *_ in items],
               deps=[d for _, _, d, _ in items], heads=[int(h) for *_, h in items])


def _speaker(speaker_type, pronoun):
    """What _speaker_of reads for the pronoun subject of "Ruritania said <pronoun> had been detained", the
    speaker an entity of `speaker_type`."""
    from types import SimpleNamespace

    from newsgraph.events import coder

    d = _parse(f"Ruritania:PROPN:nsubj:1 said:VERB:ROOT:1 {pronoun}:PRON:nsubjpass:5 had:AUX:aux:5 "
               "been:AUX:auxpass:5 detained:VERB:ccomp:1 .:PUNCT:punct:1")
    speaker = SimpleNamespace(id="r", type=speaker_type, attrs={}, actor=SimpleNamespace(country="RUR", sector=None),
                              mentions=[SimpleNamespace(kind="name", start=0, end=len("Ruritania"))])
    parts = coder.Participants(SimpleNamespace(entities=[speaker]), d, frozenset())
    return coder._speaker_of(d[2], parts)


@pytest.mark.parametrize("speaker_type", ["ORG", "GPE", "NORP", "LOC", "FAC"])
@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_he_or_she_in_what_a_body_says_is_never_the_body(speaker_type, pronoun):
    assert _speaker(speaker_type, pronoun) == []


def test_he_in_what_a_person_says_is_that_person():
    assert _speaker("PERSON", "he") == ["r"]


@pytest.mark.parametrize("speaker_type", ["ORG", "GPE"])
def test_it_in_what_a_body_says_is_the_body(speaker_type):
    assert _speaker(speaker_type, "it") == ["r"]


def test_a_possessive_with_a_place_phrase_alone_is_still_the_one_arrested(pipeline):
    """Only an of-phrase naming who undergoes it makes the possessive the doer: "in Moscow" is no such phrase."""
    doc = pipeline.extract("Navalny's arrest in Moscow drew protests.")
    (arrest,) = [e for e in doc.events if e.trigger and e.trigger.text == "arrest"]
    assert [doc.entity(i).name for i in arrest.target] == ["Navalny"]


# ---------------------------------------------------------------- events/acled.py

from test_events_acled_classes import snippet  # noqa: E402,F401  (the fixture: one sub-event type per snippet)


def test_a_law_noun_before_a_protest_is_no_law_content(snippet):
    """Only an -ing trigger after a law noun is the law's content ("a bill banning rallies"): "the referendum
    protests" are protests about a referendum, reported as happening."""
    assert snippet("Students held referendum protests in the capital on Sunday.") == "Peaceful protest"



@pytest.mark.parametrize("text", [
    # a revolt is a riot by its word (the lexicon's mode), with none of the riot acts named
    "Students staged a revolt on the campus against the new fees.",
    # demonstrators defacing a building: vandalism by a demonstration (its mode), no act of RIOT_ACTS named
    "Demonstrators defaced the walls of the ministry.",
])
def test_a_riot_or_vandalism_told_by_its_word_alone_is_a_violent_demonstration(snippet, text):
    assert snippet(text) == "Violent demonstration"


def _event(trigger, sentence, type_="ASSAULT"):
    from newsgraph.model import Event, Span

    at = sentence.index(trigger)
    return Event(id="e", type=type_, mode=None, cameo="190", source=[], target=[], flags=[], confidence=0.9,
                 trigger=Span(start=at, end=at + len(trigger), text=trigger),
                 evidence=Span(start=0, end=len(sentence), text=sentence))


@pytest.mark.parametrize("trigger, sentence", [
    # a known past act dated in its own noun phrase, with nothing summed up
    ("invasion", "Ruritania's 1998 invasion of the islands still divides the two parliaments."),
    # acts summed up over a period, with no year in the phrase
    ("raids", "After weeks of border raids, the two armies pulled back."),
])
def test_a_dated_act_or_acts_summed_up_are_each_referred_to_alone(trigger, sentence):
    from newsgraph.events.acled import referred_to

    assert referred_to(_event(trigger, sentence))
