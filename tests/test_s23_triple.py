"""Session 23 (s23-triple): which of a sentence's acts is its news, on sentences written for these tests."""

import pytest

from eventsutil import named_events


def _triggers(pipeline, text):
    return [t for _, t, _, _ in named_events(pipeline, text)]


# A relative clause telling what was done to a participant of another named act (its pronoun the
# object or passive subject) says who that participant is: an aside, not the sentence's news.
@pytest.mark.parametrize("text, kept, gone", [
    ("Kenyan police beat the protesters, whom the government accuses of looting shops.",
     "beat the protesters", "accuses"),
    ("Police in Peru freed a Chilean journalist who had been kidnapped by rebels last month.",
     "freed a Chilean journalist", "kidnapped"),
    ("Egypt opened its border to United Nations monitors, who were sent to observe a truce between Sudan and Chad.",
     "opened its border", "observe a truce"),
    ("Chile welcomed home the two diplomats whom Bolivia expelled last week.", "welcomed", "expelled"),
])
def test_an_act_told_in_a_relative_clause_on_a_participant_is_an_aside(pipeline, text, kept, gone):
    triggers = _triggers(pipeline, text)
    assert kept in triggers and gone not in triggers


@pytest.mark.parametrize("text, trigger", [
    # the pronoun is the clause's doer: its act is told (session 7)
    ("Chile, which expelled two Bolivian diplomats last week, sent troops to the border.",
     "expelled two Bolivian diplomats"),
    # the clause hangs on an event noun: it tells that event itself
    ("An attack that killed twelve soldiers hit Kabul on Monday.", "killed"),
    # no act of the sentence governs the noun the clause hangs on
    ("The Chilean reporter, who was detained for a day by Bolivian police, said on Friday that he was well.",
     "detained"),
    # the participant is one of a backdrop's ("after fighting"), which is no news either
    ("Mexican troops took the village after heavy fighting with rebels whom the army had expelled in May.",
     "expelled"),
])
def test_a_relative_clause_elsewhere_keeps_its_act(pipeline, text, trigger):
    assert trigger in _triggers(pipeline, text)


# The reduced form of such a clause, a past participle on the participant, is the same aside; an act
# a participle only suspects was not asserted either.
@pytest.mark.parametrize("text, kept, gone", [
    ("Police in Peru freed a Chilean journalist kidnapped by rebels last month.",
     "freed a Chilean journalist", "kidnapped"),
    ("Chile welcomed home two diplomats expelled by Bolivia last week.", "welcomed", "expelled"),
    ("Police arrested three men suspected of attacking the French embassy.", "arrested", "attacking"),
])
def test_a_reduced_relative_on_a_participant_is_an_aside(pipeline, text, kept, gone):
    triggers = _triggers(pipeline, text)
    assert kept in triggers and gone not in triggers


def test_a_present_participle_keeps_its_act(pipeline):
    # the noun is the participle's doer, as in "the men who attacked" (session 7)
    assert "attacking" in _triggers(pipeline, "Police arrested three men attacking the French embassy.")


# An apposition on a participant says who it is: the acts it names are asides too.
@pytest.mark.parametrize("text, kept, gone", [
    ("Pakistan, a key American ally in the war against the Taliban, refused to send troops to Iraq.",
     "refused", "war"),
    ("Sudan expelled Jan Pronk, the Dutch envoy to the peace talks with the rebels.", "expelled", "talks"),
    ("Police arrested Juan Perez, a leader of last year's protests against the Peruvian government.",
     "arrested", "protests"),
])
def test_an_act_named_in_an_apposition_on_a_participant_is_an_aside(pipeline, text, kept, gone):
    triggers = _triggers(pipeline, text)
    assert kept in triggers and gone not in triggers


def test_an_apposition_on_an_event_noun_tells_that_event(pipeline):
    assert "bombing" in _triggers(pipeline, "The attack, a bombing of the Iraqi parliament, killed two Iraqi lawmakers.")


def test_a_participle_on_a_noun_of_a_clause_telling_no_act_keeps_its_act(pipeline):
    # the general is no participant of the warning: "while" opens a clause of its own
    text = ("Chile warned Peru on Friday against closer ties with Bolivia, while the general, backed by "
            "Bolivian rebels, is expected to take power soon.")
    assert "backed" in _triggers(pipeline, text)


@pytest.mark.parametrize("text, kept, gone", [
    # a relative clause on a pronoun is as much an aside as one on a noun
    ("Police arrested those whom the government accuses of looting shops.", "arrested", "accuses"),
    # the participant is the object of the act's own complement, an infinitive or a that-clause
    ("Egypt agreed to house the United Nations monitors, who were sent to observe a truce between "
     "Sudan and Chad.", "agreed", "observe a truce"),
    ("Egypt promised that it would house the United Nations monitors, who were sent to observe a truce between "
     "Sudan and Chad.", "promised", "observe a truce"),
    # the participant is named in an of-phrase of the act's event noun
    ("Egypt welcomed the deployment of United Nations monitors, who were sent to observe a truce between "
     "Sudan and Chad.", "deployment", "observe a truce"),
])
def test_more_asides(pipeline, text, kept, gone):
    triggers = _triggers(pipeline, text)
    assert kept in triggers and gone not in triggers


@pytest.mark.parametrize("text, trigger", [
    # a participant of a backdrop clause ("after they fought ..."), not of the news
    ("Mexican troops took the village after they fought rebels whom the army had expelled in May.", "expelled"),
    # a flagged act is told as such, not as an aside
    ("Kenyan police beat the protesters, whom the government may accuse of looting shops.", "accuse"),
    # the noun is in a clause of its own whose head is an auxiliary ("is popular")
    ("Chile warned Peru on Friday against closer ties with Bolivia, while the general, backed by Bolivian rebels, "
     "is popular.", "backed"),
])
def test_more_kept_acts(pipeline, text, trigger):
    assert trigger in _triggers(pipeline, text)


# "charged X with Ving", "credited X with Ving": the object does the act of the "with" phrase, as
# in "accused X of Ving"; with other verbs the subject does ("threatened X with imposing sanctions").
@pytest.mark.parametrize("text, trigger, source", [
    ("Zambia charged Malawi with supporting the rebels.", "supporting", ["Malawi"]),
    ("Zambia protested to Malawi, charging the Malawian army with arming the rebels.", "arming",
     ["Malawian army"]),
    ("Zambia threatened Malawi with imposing sanctions.", "imposing sanctions", ["Zambia"]),
])
def test_who_does_the_act_of_a_with_phrase(pipeline, text, trigger, source):
    assert [s for _, t, s, _ in named_events(pipeline, text) if t == trigger] == [source]
