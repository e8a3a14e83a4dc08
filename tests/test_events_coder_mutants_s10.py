"""Tests for the survivors of the mutation run over the events coder's noun rules (`_noun_participants`
in events/coder.py; docs/testing.md, "Session 10, s10-mutate2: the coder"). Each sentence is our own
and each expectation is what a user sees: the event's type, trigger, and the names of its source and
target. Every case here told a mutant apart that the sentences quoted in the other events tests did
not: a preposition dropped from one of the coder's lists, a dependency label misspelt, `and` turned
into `or`."""

import pytest

from eventsutil import named_events


def _events(pipeline, text):
    return named_events(pipeline, text)


# ---- the noun's own phrases ----------------------------------------------------------------------

@pytest.mark.parametrize("text,events", [
    # "X's arrest": the one whose arrest it is undergoes it (the lexicon's `poss: target`)
    ("Police announced Sharif's arrest.", [("COERCE", "arrest", ["Police"], ["Sharif"])]),
    # an actor-naming compound before the noun is its doer ("US strikes")
    ("US strikes on Syria killed ten people.", [("ASSAULT", "strikes", ["United States"], ["Syria"])]),
    # "talks on X": what the talks are about is no party to them
    ("Talks on Kosovo began in Vienna.", [("CONSULT", "Talks", [], [])]),
    ("Talks on Monday with Serbia ended.", [("CONSULT", "Talks", [], ["Serbia"])]),
    # a mis-attached apposition of the nearest noun phrase is read as the actor's, not as a party
    ("The support of the alliance, the Framework, was welcomed by Kenya.",
     [("SUPPORT", "support", ["alliance"], [])]),
    # a "to" deeper in the phrase is a destination only for a visit: the convoy, not Gaza, was hit
    ("Israel's attack on a convoy heading to Gaza killed nine people.", [("ASSAULT", "attack", ["Israel"], [])]),
    # "a suspension of operations against X": the party of the thing suspended
    ("Italy announced a suspension of military operations against the rebels.",
     [("SANCTION", "suspension", ["Italy"], ["rebels"])]),
    ("Italy announced a suspension of aid to Ethiopia and Eritrea.",
     [("SANCTION", "suspension", ["Italy"], ["Ethiopia", "Eritrea"]), ("AID", "aid", [], ["Ethiopia", "Eritrea"])]),
])
def test_a_noun_s_own_phrases_name_its_actors(pipeline, text, events):
    assert _events(pipeline, text) == events


# ---- the verb the noun hangs on ------------------------------------------------------------------

@pytest.mark.parametrize("text,events", [
    # what one receives comes from whoever a "from" on the verb names
    ("Ukraine received support on Monday from the United States.",
     [("SUPPORT", "support", ["United States"], ["Ukraine"])]),
    # a light verb's phrase, whichever target preposition, hung on the verb after a time phrase
    ("Israel carried out air strikes on Tuesday on Gaza.", [("ASSAULT", "air strikes", ["Israel"], ["Gaza"])]),
    ("Israel carried out air strikes on Tuesday against Hamas.",
     [("ASSAULT", "air strikes", ["Israel"], ["Hamas"])]),
    ("Ethiopia launched an offensive on Tuesday toward Eritrea.",
     [("ASSAULT", "offensive", ["Ethiopia"], ["Eritrea"])]),
    ("Ethiopia launched an offensive on Tuesday towards Eritrea.",
     [("ASSAULT", "offensive", ["Ethiopia"], ["Eritrea"])]),
    ("Israel launched attacks yesterday upon Gaza.", [("ASSAULT", "attacks", ["Israel"], ["Gaza"])]),
    ("Japan announced aid yesterday for Haiti.", [("AID", "aid", ["Japan"], ["Haiti"])]),
    ("Iran announced cooperation yesterday with Iraq.", [("COOPERATE", "cooperation", ["Iran"], ["Iraq"])]),
    # "gave X support": the dative names whom it is given to
    ("The United States gave Ukraine support.", [("SUPPORT", "support", ["United States"], ["Ukraine"])]),
    # the attribute of "be" ("was" is an AUX): the subject's owner did it
    ("Iran's response was a missile attack on Israel.", [("ASSAULT", "attack", ["Iran"], ["Israel"])]),
    # "with X" after a time phrase "on Monday" (a topic "on" is skipped, not the end of the search)
    ("Iran announced talks on Tuesday with Iraq.",
     [("CONSULT", "talks", ["Iran"], ["Iraq"]), ("CONSULT", "talks", ["Iraq"], ["Iran"])]),
    # talks "on" a country, hung on the verb: the topic, no party
    ("Iran announced talks yesterday on Iraq.", [("CONSULT", "talks", ["Iran"], [])]),
    # "with help from X": a helper is no target (and the target found first is kept)
    ("Israel carried out air strikes on Gaza with help from the United States.",
     [("ASSAULT", "air strikes", ["Israel"], ["Gaza"])]),
])
def test_a_noun_object_of_a_verb_takes_the_verb_s_phrases(pipeline, text, events):
    assert _events(pipeline, text) == events


@pytest.mark.parametrize("text,source", [
    ("Kenya was given aid by Japan.", ["Japan"]),  # a passive verb's agent gives what its object names
])
def test_a_noun_object_of_a_passive_verb_is_its_agent_s(pipeline, text, source):
    (ev,) = [e for e in _events(pipeline, text) if e[0] == "AID"]
    assert ev[2] == source


@pytest.mark.parametrize("text,source,target", [
    # what is received comes from a "from" on the verb, also after another phrase of the verb; the
    # receiver is its target and nothing else's
    ("Ukraine received aid at a summit from the United States.", ["United States"], ["Ukraine"]),
    ("Kenya received aid from Japan at a summit in Nairobi.", ["Japan"], ["Kenya"]),
])
def test_received_aid_comes_from_the_verb_s_from_phrase(pipeline, text, source, target):
    (ev,) = [e for e in _events(pipeline, text) if e[0] == "AID"]
    assert ev[2:] == (source, target)


@pytest.mark.parametrize("text,events", [
    # the subject of a passive: its phrases on the verb name the target
    ("Sanctions were announced on Iran.", [("SANCTION", "Sanctions", [], ["Iran"])]),
    ("Sanctions were announced against Iran.", [("SANCTION", "Sanctions", [], ["Iran"])]),
    ("Sanctions were announced upon Iran.", [("SANCTION", "Sanctions", [], ["Iran"])]),
    ("Talks were scheduled with Iran.", [("CONSULT", "Talks", [], ["Iran"])]),
    # where it was announced is no target
    ("Sanctions were announced in Kenya.", [("SANCTION", "Sanctions", [], [])]),
    # the subject of an arrival verb: where it arrives (not where it comes from)
    ("The first deployment of American troops arrived at Kuwait on Sunday.",
     [("MOBILIZE", "deployment", ["American troops"], ["Kuwait"])]),
    ("The first deployment of American troops arrived into Kuwait on Sunday.",
     [("MOBILIZE", "deployment", ["American troops"], ["Kuwait"])]),
    ("The deployment of NATO troops arrived from Germany.",
     [("MOBILIZE", "deployment", ["NATO troops"], [])]),
])
def test_a_noun_subject_takes_its_verb_s_phrases(pipeline, text, events):
    assert _events(pipeline, text) == events


@pytest.mark.parametrize("text,events", [
    # the agent of a passive: the passive's subject undergoes it
    ("Kabul was rocked by a suicide attack.", [("ASSAULT", "attack", [], ["Kabul"])]),
    # "under arrest", "under attack": the subject undergoes it; the agent or "from" acts
    ("Sharif was placed under arrest by police.", [("COERCE", "arrest", ["police"], ["Sharif"])]),
    ("Iran is under attack from Iraq.", [("ASSAULT", "attack", ["Iraq"], ["Iran"])]),
])
def test_a_noun_in_a_passive_s_agent_or_under_names_who_undergoes_it(pipeline, text, events):
    assert _events(pipeline, text) == events


@pytest.mark.parametrize("text,events", [
    # a reciprocal event framing a clause (under "be" too) is the clause subject's
    ("During talks with China, Rubio was in Beijing.",
     [("CONSULT", "talks", ["Rubio"], ["China"]), ("CONSULT", "talks", ["China"], ["Rubio"])]),
    ("Under an agreement with Iran, Iraq released prisoners.",
     [("RETREAT", "released prisoners", ["Iraq"], []), ("AGREE", "agreement", ["Iraq"], ["Iran"])]),
    ("In cooperation with Jordan, Israel opened the crossing.",
     [("COOPERATE", "cooperation", ["Israel"], ["Jordan"])]),
])
def test_a_reciprocal_event_framing_a_clause_is_its_subject_s(pipeline, text, events):
    assert _events(pipeline, text) == events


# ---- a verb's target (`_objects`) ----------------------------------------------------------------

@pytest.mark.parametrize("text,events", [
    # a complaint made to one party "over" or "against" another is aimed at the other
    ("Kenya complained to the United Nations over Somalia.", [("ACCUSE", "complained", ["Kenya"], ["Somalia"])]),
    ("Kenya complained to the United Nations against Somalia.",
     [("ACCUSE", "complained", ["Kenya"], ["Somalia"])]),
    # "expressed anger at X": at whom, when X is an actor
    ("Kenya expressed anger at Somalia.", [("ACCUSE", "expressed anger", ["Kenya"], ["Somalia"])]),
    ("Kenya expressed anger at the Somali government.",
     [("ACCUSE", "expressed anger", ["Kenya"], ["Somali government"])]),
    # condemning the violence in a country: an ACCUSE (quad class 3) may be aimed at where it happened
    ("Kenya condemned the violence in Somalia.", [("ACCUSE", "condemned", ["Kenya"], ["Somalia"])]),
    # a warning that one will no longer tolerate someone's protests is aimed at them
    ("The army warned that it will no longer tolerate protests by the opposition.",
     [("THREATEN", "warned", ["army"], ["opposition"]),
      ("PROTEST", "protests", ["opposition"], [])]),
    # the one whose own troops a withdrawal moves is not its target
    ("Kenya insisted on its demand that Somalia withdraw its troops.",
     [("REQUEST", "insisted", ["Kenya"], ["Somalia"]), ("RETREAT", "withdraw", ["Somalia"], [])]),
    # "recalled their/his envoy": the source's own envoy is no target; the country left is
    ("The rebels recalled their envoy from Kenya.", [("SANCTION", "recalled their envoy", ["rebels"], ["Kenya"])]),
    ("Britain and France recalled their ambassadors from Iran.",
     [("SANCTION", "recalled their ambassadors", ["United Kingdom", "France"], ["Iran"])]),
    ("President Macron recalled his ambassador from Iran.",
     [("SANCTION", "recalled his ambassador", ["Macron"], ["Iran"])]),
    # another's soldiers, named by their owner, are no means of the source's own: its target
    ("The United Nations deployed Kenya's soldiers.",
     [("MOBILIZE", "deployed", ["United Nations"], ["Kenya's soldiers"])]),
    ("Merkel recalled her ambassador from Moscow.",
     [("SANCTION", "recalled her ambassador", ["Merkel"], ["Russian government"])]),
])
def test_a_verb_s_target_comes_from_the_phrase_that_names_whom_it_is_aimed_at(pipeline, text, events):
    assert _events(pipeline, text) == events


@pytest.mark.parametrize("text", [
    "Museveni declined to resign despite pressure by the United States.",
    "Museveni declined to resign despite the pressure of the United States.",
])
def test_a_refusal_despite_pressure_is_aimed_at_who_pressed(pipeline, text):
    assert [e[3] for e in _events(pipeline, text) if e[0] == "REJECT"] == [["United States"]]
