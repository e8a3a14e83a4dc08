"""Event detection on news prose (session 8, s8-acled2): shapes of real news the stage coded
nothing for, or coded wrongly (relative-clause and found-in-state passives, Title Case headlines,
a day after publication in a past telling, events referred back to). Sentences written for these
tests (none is in a gold set)."""

import pytest
from eventsutil import event

from newsgraph.events.acled import acled_for
from newsgraph.events.headlines import headline_case, sentence_cased


def _events(pipeline, text, published="2009-03-25"):
    return pipeline.extract(text, name="t", published=published).events


def _assaults(pipeline, text):
    return [e for e in _events(pipeline, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text,trigger", [
    ("The clerk, who was stabbed twice, died at the hospital.", "stabbed"),
    ("Police said a teenager who was shot in the leg is in stable condition.", "shot"),
])
def test_a_passive_in_a_relative_clause_is_an_attack_on_its_antecedent(pipeline, text, trigger):
    got = _assaults(pipeline, text)
    assert [e.trigger.text for e in got] == [trigger]
    assert got[0].acled["sub_event_type"] == "Attack"


def test_a_thing_shot_in_a_relative_clause_is_no_attack(pipeline):
    assert not _assaults(pipeline, "The film, which was shot in Morocco, opens on Friday.")


@pytest.mark.parametrize("text,trigger", [
    ("Man found fatally shot in a car dealership.", "shot"),  # the parser's "found" auxiliary
    ("Two teenagers found stabbed near a school.", "stabbed"),
])
def test_someone_found_shot_was_shot(pipeline, text, trigger):
    assert [e.trigger.text for e in _assaults(pipeline, text)] == [trigger]


def test_a_day_after_publication_in_a_past_telling_is_not_future(pipeline):
    got = _assaults(pipeline, "The following day, rebels shelled the army base and two soldiers were killed.")
    assert got and all("future" not in e.flags for e in got)


def test_a_day_after_publication_in_a_present_telling_stays_future(pipeline):
    got = [e for e in _events(pipeline, "Protesters march on the capital the following day.") if e.type == "PROTEST"]
    assert got and all("future" in e.flags for e in got)


def test_an_event_referred_back_to_with_nothing_before_is_no_new_event(pipeline):
    assert not _assaults(pipeline, "Police are investigating the shooting.")
    assert not _assaults(pipeline, "American officials allege the attacks were plotted by a Saudi financier.")


def test_an_event_referred_back_to_restates_the_one_told_before(pipeline):
    got = _assaults(pipeline, "Gunmen attacked a bus in Kabul on Monday. Police are investigating the attack.")
    assert [e.trigger.text for e in got] == ["attacked"]


def test_a_definite_event_told_as_happening_is_kept(pipeline):
    assert [e.trigger.text for e in _assaults(pipeline, "The attacks killed 12 people in the capital.")] == ["attacks"]


@pytest.mark.parametrize("text,trigger", [
    ("Georgia Arrests Opposition Members on Arms Charges.", "Arrests"),
    ("Eight Alleged Plotters Detained in Georgia.", "Detained"),
])
def test_a_title_case_headline_is_coded(pipeline, text, trigger):
    got = [e for e in _events(pipeline, text) if e.type == "COERCE"]
    assert [e.trigger.text for e in got] == [trigger]  # (offsets are the document's own)
    assert got[0].acled["sub_event_type"] == "Arrests"


def test_headline_case_needs_capitalised_content_words(pipeline):
    nlp = pipeline.nlp
    assert headline_case(nlp("Georgia Arrests Opposition Members on Arms Charges."))
    assert headline_case(nlp("TALIBAN CLOSING RANKS AROUND NEW LEADER."))
    assert not headline_case(nlp("Georgian police arrested several opposition members on Monday."))
    assert not headline_case(nlp("Obama Visits Ghana"))  # too few words to tell


def test_sentence_casing_keeps_offsets():
    text = "  Georgia Arrests Opposition Members."
    got = sentence_cased(text)
    assert got == "  Georgia arrests opposition members." and len(got) == len(text)


class _NoEntities:
    places = ()

    def entity(self, eid):
        return None


def test_police_who_report_a_shooting_are_not_its_victims():
    s = "Police said a teenager was shot in the leg on Friday."
    assert acled_for(event(s, "shot", mode="firearms", cameo="193"), _NoEntities())["sub_event_type"] == "Attack"
    s = "A police officer was shot in the leg on Friday."
    assert acled_for(event(s, "shot", mode="firearms", cameo="193"), _NoEntities())["sub_event_type"] == "Armed clash"


def test_a_headline_is_parsed_again_only_when_a_word_may_be_a_trigger(pipeline):
    from newsgraph.events.headlines import Recaser

    nlp = pipeline.nlp
    rc = Recaser(nlp, frozenset({"arrest", "shoot", "clash", "rally"}))
    assert rc.may_code(nlp("Georgia Arrests Opposition Members"))
    assert rc.may_code(nlp("Man Found Fatally Shot in Dealership"))  # irregular: shot -> shoot
    assert rc.may_code(nlp("Rival Groups Hold Rallies in Capital"))
    assert not rc.may_code(nlp("Local Bakery Wins Regional Award"))


def test_a_passive_agent_is_the_doer_a_sense_names(pipeline):
    got = [e for e in _events(pipeline, "A man wanted for robbery has been captured by county police.")
           if e.type == "COERCE"]
    assert got and got[0].mode == "arrest"
    # a thing captured by the authorities is no arrest
    got = _events(pipeline, "Sudan must return a helicopter that was captured by the Sudanese authorities.")
    assert not [e for e in got if e.mode == "arrest"]


def test_a_means_shares_the_modality_of_its_act(pipeline):
    got = [e for e in _events(pipeline, "Iraq might retaliate by attacking Jordan.") if e.trigger.text == "attacking"]
    assert got and "hypothetical" in got[0].flags
    got = [e for e in _events(pipeline, "Rebels responded by shelling the town.") if e.trigger.text == "shelling"]
    assert got and "hypothetical" not in got[0].flags
