"""Session 31 (s31-mut2): kills of the surviving mutants on the older lines of five ACLED functions in events/acled.py
(`not_physical`, `_protest_response`, `_natural_doer`, `charged`, `referred_to`; docs/testing.md, "Session 31,
s31-mut2"). Hand-built events of our own sentences (the evidence sentence and the trigger's offsets), and for
`_protest_response` hand-built sides (who the source and target are, as the actors stage would give them), so each
test sets exactly what a mutant changes: a missing trigger or sentence, a sentence that does not open the text, the
event's type, the words naming a side."""

import pytest
from eventsutil import event

from newsgraph.events.acled import (
    PROTESTS,
    RIOTS,
    _natural_doer,
    _protest_response,
    _Sides,
    charged,
    not_physical,
    referred_to,
)


# ---------------------------------------------------------------- not_physical


def test_not_physical_needs_a_trigger():
    text = "The opposition described the deportation as an abduction."
    assert not_physical(event(text, None, type="COERCE")) is False
    assert not_physical(event(None, "abduction", at=text.index("abduction"), type="COERCE")) is False


@pytest.mark.parametrize("text, trigger, type, want", [
    # a hedge names a coercion's word as a characterisation, as it does an assault's
    ("The opposition described the deportation as an abduction.", "abduction", "COERCE", True),
    ("Critics called the raid practically a massacre.", "massacre", "ASSAULT", True),
    ("Police carried out the abduction of the suspect's son.", "abduction", "COERCE", False),
])
def test_hedged_word_of_a_coercion(text, trigger, type, want):
    assert not_physical(event(text, trigger, type=type)) is want


@pytest.mark.parametrize("text, trigger, want", [
    # a scare-quoted word: the quote opens right before it and closes right after it
    ('The tabloid\'s front page screamed "Massacre" over the council vote.', "Massacre", True),
    ("The tabloid's front page screamed 'Massacre' over the council vote.", "Massacre", True),
    # a quotation that only closes after the word: the speaker tells of a real act
    ('"Soldiers carried out the massacre," the survivor said.', "massacre", False),
    ('"Police made the arrests," the mayor said.', "arrests", False),
    # a quotation that only opens before it
    ('The survivor said: "Soldiers carried out the massacre at dawn."', "massacre", False),
])
def test_scare_quotes_need_both_marks(text, trigger, want):
    type = "COERCE" if trigger == "arrests" else "ASSAULT"
    assert not_physical(event(text, trigger, type=type)) is want


@pytest.mark.parametrize("text, trigger, want", [
    # title-case headlines: "for failing" is still the reason of a verbal attack
    ("Senator Attacked Mayor For Failing To Fix Roads", "Attacked", True),
    ("Governor Slams Rival For Not Answering Questions", "Slams", True),
    ("Gunmen Attacked Village For Hours Before Dawn", "Attacked", False),
])
def test_verbal_attack_reason_in_any_case(text, trigger, want):
    assert not_physical(event(text, trigger)) is want


def test_empty_trigger_of_a_protest():
    assert not_physical(event("Supporters gathered downtown.", "", type="PROTEST")) is False


@pytest.mark.parametrize("text, trigger, want", [
    # the trigger is a phrase: its last word is the rally word
    ("The governor held a campaign rally in Ohio.", "held a campaign rally", True),
    ("The governor held a rally for supporters in Ohio.", "held a rally", False),
])
def test_rally_of_a_phrase_trigger(text, trigger, want):
    assert not_physical(event(text, trigger, type="PROTEST")) is want


@pytest.mark.parametrize("text, trigger", [
    # a protest that is no rally, where a candidate's campaign is named: still a protest
    ("Farmers protested at a campaign stop of the governor.", "protested"),
    ("Nurses marched past the hall where the senator told supporters to vote.", "marched"),
])
def test_campaign_words_do_not_unmake_a_protest_that_is_no_rally(text, trigger):
    assert not_physical(event(text, trigger, type="PROTEST")) is False


# ---------------------------------------------------------------- _protest_response


def _sides(src="", tgt="", src_sectors=(), tgt_sectors=()):
    """Hand-built sides: the words naming each side and its sectors, as `_Sides` reads them off the actors."""
    s = object.__new__(_Sides)
    s.src_sectors, s.src_text, s.src_names = set(src_sectors), src, src
    s.tgt_sectors, s.tgt_text = set(tgt_sectors), tgt
    s.src_countries, s.tgt_countries = set(), set()
    return s


@pytest.mark.parametrize("mode", [None, "crowd-control"])
@pytest.mark.parametrize("trigger, evidence", [(False, True), (True, False), (False, False)])
def test_protest_response_without_trigger_or_sentence(mode, trigger, evidence):
    text = "Police fired tear gas at the protesters."
    ev = event(text if evidence else None, "fired" if trigger else None, at=text.index("fired"), mode=mode,
               source=["a1"], target=["a2"])
    got = _protest_response(ev, text, _sides("Police", "the protesters"))
    assert got == (PROTESTS, "Protest with intervention")


@pytest.mark.parametrize("offset", [0, 240])
def test_crowd_control_of_rioters_in_a_later_sentence(offset):
    # the words after the trigger are read from the sentence, wherever it stands in the text
    text = "Police dispersed rioters in the capital."
    ev = event(text, "dispersed", mode="crowd-control", source=["a1"], offset=offset)
    assert _protest_response(ev, text, _sides("Police")) == (RIOTS, "Violent demonstration")


def _padded(head, middle, tail, width):
    """`head` + `middle` + `tail`, `middle` padded with spaces so that the text after `head` is `width` characters."""
    n = width - len(tail)
    assert len(middle) <= n
    return head + middle.ljust(n) + tail


@pytest.mark.parametrize("width, want", [(80, True), (86, True), (87, False)])
def test_protest_words_are_read_80_characters_after_the_trigger(width, want):
    # "Police fired on the students ... who marched": the target protests, named within 80 characters after the
    # trigger; a word the 80th character cuts is read whole (session 34, `acled._first_chars`: at width 86 "marched"
    # starts at the 80th character), one starting after it is not (width 87)
    text = _padded("Police fired", " on the students as they crossed the bridge", " who marched", width) + "."
    ev = event(text, "fired", source=["a1"], target=["a2"])
    assert len(text[ev.trigger.end:].rstrip(".")) == width
    got = _protest_response(ev, text, _sides("Police", "the students"))
    assert (got is not None) is want


@pytest.mark.parametrize("width, want", [(40, "Violent demonstration"), (42, "Violent demonstration"),
                                         (43, "Protest with intervention")])
def test_a_violent_crowd_is_read_40_characters_after_the_trigger(width, want):
    # (session 34) a word the 40th character cuts is read whole ("mob" starting at the 40th at width 42), one starting
    # after it is not (width 43)
    text = _padded("Police dispersed", " on Saturday", " a mob", width) + "."
    ev = event(text, "dispersed", mode="crowd-control", source=["a1"])
    assert _protest_response(ev, text, _sides("Police"))[1] == want


def test_rioters_with_an_armed_source_are_not_the_crowd_acting():
    # the armed group named as the source acts; the rioters before the trigger are not taken as the doers
    text = "Rioters and militiamen torched the market."
    ev = event(text, "torched", source=["a1"])
    assert _protest_response(ev, text, _sides("militiamen")) is None
    # without the armed source, the crowd before the trigger acts
    assert _protest_response(event(text, "torched"), text, _sides()) == (RIOTS, "Violent demonstration")


def test_unarmed_civilians_beating_protesters_is_an_intervention():
    text = "Shopkeepers beat the protesters with sticks."
    ev = event(text, "beat", source=["a1"], target=["a2"])
    assert _protest_response(ev, text, _sides("Shopkeepers", "the protesters")) == (PROTESTS, "Protest with intervention")


def test_unarmed_civilians_shooting_protesters_is_excessive_force():
    # the event itself is a shooting (mode firearms), no lethal word in the sentence: _response reads the event
    text = "Shopkeepers shot three protesters and beat others."
    ev = event(text, "shot", mode="firearms", source=["a1"], target=["a2"])
    got = _protest_response(ev, text, _sides("Shopkeepers", "three protesters"))
    assert got == (PROTESTS, "Excessive force against protesters")


def test_rioters_attacking_marchers_is_a_violent_demonstration():
    text = "The marchers were attacked by rioters."
    ev = event(text, "attacked", source=["a1"], target=["a2"])
    assert _protest_response(ev, text, _sides("rioters", "The marchers")) == (RIOTS, "Violent demonstration")


@pytest.mark.parametrize("src, sectors", [
    ("Government officials", {"GOV"}),  # a state side that is no armed force
    ("Rebels", set()),                  # an armed side that is no state's
])
def test_a_state_or_an_armed_side_attacking_protesters(src, sectors):
    text = f"{src} assaulted the protesters."
    ev = event(text, "assaulted", source=["a1"], target=["a2"])
    got = _protest_response(ev, text, _sides(src, "the protesters", src_sectors=sectors))
    assert got == (PROTESTS, "Protest with intervention")


# ---------------------------------------------------------------- _natural_doer


BLAST = "A gas cylinder exploded in a restaurant."


@pytest.mark.parametrize("kw", [
    {"trigger": None},                                    # no trigger
    {"sentence": None, "at": BLAST.index("exploded")},    # no sentence
    {"source": ["a1"]},                                   # someone named as setting it off
    {"type": "COERCE"},                                   # not an assault
])
def test_natural_doer_guard(kw):
    ev = event(**({"sentence": BLAST, "trigger": "exploded"} | kw))
    assert _natural_doer(ev) is False


def test_accidental_blast():
    assert _natural_doer(event("A gas cylinder exploded in a restaurant.", "exploded")) is True
    # an armed side named in the sentence: not ruled an accident (STATE_WORDS alone, REBEL_WORDS alone)
    assert _natural_doer(event("A gas cylinder exploded at a police station.", "exploded")) is False
    assert _natural_doer(event("A gas cylinder exploded near a rebel camp.", "exploded")) is False


@pytest.mark.parametrize("text, trigger, want", [
    ("A fire swept through the market, destroying stalls.", "destroying", True),
    # "opened heavy fire": someone's fire, not a natural one
    ("Gunmen opened heavy fire on a bus, killing two.", "killing", False),
    # someone named between the fire and the trigger: STATE_WORDS alone, REBEL_WORDS alone, PEOPLE alone
    ("A fire started by soldiers destroyed the market.", "destroyed", False),
    ("A fire set by militants destroyed the market.", "destroyed", False),
    ("A fire lit by two men destroyed the market.", "destroyed", False),
])
def test_natural_doer(text, trigger, want):
    assert _natural_doer(event(text, trigger)) is want


# ---------------------------------------------------------------- charged, referred_to


@pytest.mark.parametrize("offset", [0, 300])
def test_charged_reads_the_words_after_the_trigger_in_a_later_sentence(offset):
    text = "The murder trial opened on Monday."
    assert charged(event(text, "murder", offset=offset)) is True


def test_charged_with_an_empty_trigger():
    assert charged(event("He was charged on Monday.", "")) is False


def test_referred_to_without_a_sentence():
    ev = event(None, "killing", at="Gunmen were killing villagers.".index("killing"))
    assert referred_to(ev) is False
