"""Tests for the survivors of the mutation run over the events coder's noun rules (`_noun_participants`
in events/coder.py; docs/testing.md, "Session 10, s10-mutate2: the coder"). Each sentence is our own
and each expectation is what a user sees: the event's type, trigger, and the names of its source and
target. Every case here told a mutant apart that the sentences quoted in the other events tests did
not: a preposition dropped from one of the coder's lists, a dependency label misspelt, `and` turned
into `or`."""

import pytest


def _events(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2009-03-25")
    names = {e.id: e.name for e in doc.entities}
    return [(e.type, e.trigger.text, [names[i] for i in e.source], [names[i] for i in e.target])
            for e in doc.events]


# ---- the noun's own phrases ----------------------------------------------------------------------

@pytest.mark.parametrize("text,events", [
    # "X's arrest": the one whose arrest it is undergoes it (the lexicon's `poss: target`)
    ("Police announced Sharif's arrest.", [("COERCE", "arrest", ["Police"], ["Sharif"])]),
    # an actor-naming compound before the noun is its doer ("US strikes")
    ("US strikes on Syria killed ten people.", [("ASSAULT", "strikes", ["United States"], ["Syria"])]),
    # "talks on X": what the talks are about is no party to them
    ("Talks on Kosovo began in Vienna.", [("CONSULT", "Talks", [], [])]),
    # a mis-attached apposition of the nearest noun phrase is read as the actor's, not as a party
    ("The support of the alliance, the Framework, was welcomed by Kenya.",
     [("SUPPORT", "support", ["alliance"], [])]),
    # a "to" deeper in the phrase is a destination only for a visit: the convoy, not Gaza, was hit
    ("Israel's attack on a convoy heading to Gaza killed nine people.", [("ASSAULT", "attack", ["Israel"], [])]),
    # "a suspension of operations against X": the party of the thing suspended
    ("Italy announced a suspension of military operations against the rebels.",
     [("SANCTION", "suspension", ["Italy"], ["rebels"])]),
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
    # "with help from X": a helper is no target (and the target found first is kept)
    ("Israel carried out air strikes on Gaza with help from the United States.",
     [("ASSAULT", "air strikes", ["Israel"], ["Gaza"])]),
])
def test_a_noun_object_of_a_verb_takes_the_verb_s_phrases(pipeline, text, events):
    assert _events(pipeline, text) == events


@pytest.mark.parametrize("text,events", [
    # the subject of a passive: its phrases on the verb name the target
    ("Sanctions were announced on Iran.", [("SANCTION", "Sanctions", [], ["Iran"])]),
    ("Sanctions were announced against Iran.", [("SANCTION", "Sanctions", [], ["Iran"])]),
    ("Sanctions were announced upon Iran.", [("SANCTION", "Sanctions", [], ["Iran"])]),
    ("Talks were scheduled with Iran.", [("CONSULT", "Talks", [], ["Iran"])]),
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
