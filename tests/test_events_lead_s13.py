"""Session 13, lead: general rules found on own wire-style stories (not from any evaluation set)."""

import pytest
from eventsutil import named_events


def test_the_speakers_appeal_after_a_reported_clause(pipeline):
    events = named_events(pipeline, "Foreign ministry spokesperson Mao Ning said the arms sale had violated "
                                    "China's interests and urged Washington to stop arming Taiwan.")
    urged = [e for e in events if e[1] == "urged"]
    assert urged and urged[0][0] == "REQUEST" and urged[0][2] == ["Mao Ning"]


def test_the_speakers_vow_after_a_reported_attack(pipeline):
    events = named_events(pipeline, "Pakistan said the strikes killed 26 civilians and vowed to respond.")
    vowed = [e for e in events if e[1] == "vowed"]
    assert vowed and vowed[0][2] == ["Pakistan"]
    killed = [e for e in events if e[1] == "killed"]
    assert killed and killed[0][2] == []  # the strikes' side is not named


def test_a_clash_between_two_named_sides_is_not_aimed_at_its_place(pipeline):
    """Both sides in the subject act on each other; the town they clashed near is where, not whom."""
    events = named_events(pipeline, "Ethiopian and Eritrean troops clashed near the disputed town of Badme on Monday.")
    assert sorted((e[2], e[3]) for e in events if e[1] == "clashed") == [
        (["Eritrean troops"], ["Ethiopian"]), (["Ethiopian"], ["Eritrean troops"])]
    events = named_events(pipeline, "Government forces and rebels clashed in the town of Goma.")
    assert all("Goma" not in e[2] + e[3] for e in events)


def test_an_attack_by_one_side_still_aims_at_its_place(pipeline):
    events = named_events(pipeline, "Rebels attacked near the town of Goma on Sunday.")
    assert [e[3] for e in events if e[1] == "attacked"] == [["Goma"]]


def test_an_accused_act_is_the_objects_when_the_parser_hangs_it_on_the_object(pipeline):
    """"accused [the army of bombing]": en_core_web_sm hangs "of bombing" on the object, not the verb."""
    events = named_events(pipeline, "The RSF accused the army of bombing residential areas.")
    assert [e[2] for e in events if e[1] == "bombing"] == [["army"]]


def test_a_gerund_after_an_ordinary_objects_phrase_is_not_given_the_object(pipeline):
    events = named_events(pipeline, "The minister condemned the practice of torturing prisoners.")
    assert [e[2] for e in events if e[1] == "torturing"] == [[]]


def test_a_vow_to_defeat_or_drive_out_an_enemy_is_a_threat(pipeline):
    for text in ("Army chief Abdel Fattah al-Burhan vowed to drive the RSF out of Khartoum.",
                 "Sudan's army chief vowed to defeat the Rapid Support Forces.",
                 "The rebels swore to retake the city from government troops."):
        assert [e[0] for e in named_events(pipeline, text) if e[1] in ("vowed", "swore")] == ["THREATEN"], text


def test_a_vow_to_do_good_stays_a_commitment(pipeline):
    events = named_events(pipeline, "The president vowed to rebuild the city.")
    assert [e[0] for e in events if e[1] == "vowed"] == ["AGREE"]


PAIR_STORY = ("Turkish President Tayyip Erdogan arrived in Baghdad on Monday for his first visit to Iraq in a "
              "decade. Iraqi Prime Minister Mohammed Shia al-Sudani welcomed him at the airport. {}")


def test_the_two_leaders_are_the_two_latest_persons(pipeline):
    events = named_events(pipeline, PAIR_STORY.format("The two leaders held talks on trade."))
    assert sorted((e[2], e[3]) for e in events if e[1] == "held talks") == [
        (["Mohammed Shia al-Sudani"], ["Tayyip Erdogan"]), (["Tayyip Erdogan"], ["Mohammed Shia al-Sudani"])]
    events = named_events(pipeline, PAIR_STORY.format("The two leaders agreed to expand trade."))
    assert [sorted(e[2]) for e in events if e[1] == "agreed"] == [["Mohammed Shia al-Sudani", "Tayyip Erdogan"]]


def test_a_pair_is_two_persons_when_the_latest_name_has_several_words(pipeline):
    events = named_events(pipeline, "Turkish President Tayyip Erdogan arrived in Baghdad. Iraqi Prime Minister "
                                    "Mohammed Shia al-Sudani welcomed the guest. Both leaders held talks on trade.")
    assert sorted(n for e in events if e[1] == "held talks" for n in e[2]) == [
        "Mohammed Shia al-Sudani", "Tayyip Erdogan"]


@pytest.mark.parametrize("sentence", [
    "The three countries signed an agreement on water.",  # not a pair
    "The countries signed an agreement on water.",  # no "two" or "both"
    "The two firms signed an agreement on water.",  # no person or country noun
    "Both government and opposition signed an agreement on water.",  # "both ... and": not a pair
])
def test_other_plurals_are_no_pair(pipeline, sentence):
    events = named_events(pipeline, PAIR_STORY.format(sentence))
    assert all(len(e[2]) < 2 for e in events if e[1].startswith("signed")), sentence


def test_both_countries_are_the_two_latest_countries(pipeline):
    doc = pipeline.extract(PAIR_STORY.format("Both countries signed an agreement on water."), published="2024-04-22")
    country = {e.id: e.actor.country for e in doc.entities if e.actor}
    signed = [e for e in doc.events if e.trigger.text.startswith("signed")]
    assert sorted((country[e.source[0]], country[e.target[0]]) for e in signed) == [("IRQ", "TUR"), ("TUR", "IRQ")]


def test_a_single_country_resolves_no_pair(pipeline):
    events = named_events(pipeline, "Iraq welcomed the plan. The two countries signed an agreement on water.")
    assert all(e[2] == [] for e in events if e[1].startswith("signed"))  # only one country named before


def test_a_participle_after_an_accused_act_is_that_acts(pipeline):
    """"accused the group of attacking a base, wounding four soldiers": the group wounded them, not the army."""
    # (en_core_web_sm hangs "wounding" on "accused" here; hung on "attacking" it is that attack's detail)
    events = named_events(pipeline, "But the army accused the group of attacking a military base in Arauca province "
                                    "on Thursday, wounding four soldiers.")
    assert [e[2] for e in events if e[1] == "wounding"] == [["group"]]


def test_a_participle_of_speech_after_an_accusation_is_the_accusers(pipeline):
    from newsgraph.events.syntax import subjects
    from newsgraph.nlp import load

    doc = load()("Russia accused Ukraine of shelling the plant, saying it endangered Europe.")
    saying = next(t for t in doc if t.text == "saying")
    assert [t.text for t in subjects(saying)] == ["Russia"]


def _pair_of(text, word):
    """Participants._pair on a parsed text, with Iraq and Turkey (tokens 0 and 2) as the actors named before."""
    from types import SimpleNamespace

    from newsgraph.events.coder import Participants
    from newsgraph.nlp import load

    doc = load()(text)
    parts = SimpleNamespace(tok2ent={0: "e1", 2: "e2"}, actor_ids={"e1", "e2"}, persons=frozenset(),
                            country={"e1": "IRQ", "e2": "TUR"})
    return Participants._pair(parts, next(t for t in doc if t.text == word))


@pytest.mark.parametrize("text, word, pair", [
    ("Iraq and Turkey met. The two countries signed a deal.", "countries", True),
    ("Iraq and Turkey met. Both countries signed a deal.", "countries", True),
    ("Iraq and Turkey met. The three countries signed a deal.", "countries", False),
    ("Iraq and Turkey met. The countries signed a deal.", "countries", False),
    ("Iraq and Turkey met. Both government and opposition signed a deal.", "government", False),
    ("Iraq and Turkey met. The two men signed a deal.", "men", False),
])
def test_what_makes_a_pair(text, word, pair):
    assert bool(_pair_of(text, word)) is pair


def test_the_accused_act_when_both_phrases_are_misattached(pipeline):
    """en_core_web_sm hangs "of bombing" on the object and ", killing" on "accused"."""
    events = named_events(pipeline, "The RSF accused the army of bombing residential areas, killing dozens of people.")
    assert [e[2] for e in events if e[1] == "killing"] in ([["army"]], [])  # the army's, or merged into the bombing
    assert [e[2] for e in events if e[1] == "bombing"] == [["army"]]


def test_only_an_accusations_of_phrase_gives_the_act():
    import spacy
    from spacy.tokens import Doc

    from newsgraph.events.syntax import _accused_act

    words = ["Army", "accused", "rebels", "after", "meeting", "of", "raiding", "town", ",", "wounding", "soldiers"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 3, 1, 5, 6, 1, 1, 9],
              deps=["nsubj", "ROOT", "dobj", "prep", "pcomp", "prep", "pcomp", "dobj", "punct", "advcl", "dobj"],
              tags=["NNP", "VBD", "NNS", "IN", "VBG", "IN", "VBG", "NN", ",", "VBG", "NNS"],
              lemmas=["army", "accuse", "rebel", "after", "meet", "of", "raid", "town", ",", "wound", "soldier"])
    assert _accused_act(doc[9]).i == 6  # "of raiding", not "after meeting"
    doc[1].lemma_ = "arrest"
    assert _accused_act(doc[9]) is None  # an arrest is no accusation


def test_a_participle_of_speech_after_an_accusation_is_the_accusers_even_when_not_saying(pipeline):
    from newsgraph.events.syntax import subjects
    from newsgraph.nlp import load

    doc = load()("Russia accused Ukraine of shelling the plant, calling it a crime.")
    calling = next(t for t in doc if t.text == "calling")
    assert [t.text for t in subjects(calling)] == ["Russia"]


def test_a_one_sided_clash_or_a_two_sided_attack_still_aims_at_its_place(pipeline):
    assert [e[3] for e in named_events(pipeline, "Rebels clashed near the town of Goma on Sunday.")
            if e[1] == "clashed"] == [["Goma"], ["Rebels"]]  # (the other side unnamed: the place, both ways)
    assert [e[3] for e in named_events(pipeline, "Rebels and gunmen attacked near the town of Goma on Sunday.")
            if e[1] == "attacked"] == [["Goma"]]


def _acled(pipeline, text):
    doc = pipeline.extract(text, published="2025-05-08")
    return [(e.trigger.text, (e.acled or {}).get("sub_event_type")) for e in doc.events]


@pytest.mark.parametrize("text, trigger, sub", [
    # the weapon of another act, after ", adding" or ", a day after", is not this act's
    ("Indian and Pakistani troops exchanged fire across the Line of Control on Thursday, a day after India "
     "launched missile strikes on Pakistan.", "exchanged fire", "Armed clash"),
    ("Gunmen opened fire on the army post, a source said, adding that the army sent a helicopter gunship.",
     "opened fire", "Armed clash"),
    ("Militants attacked the army post; later the army sent a helicopter gunship.", "attacked", "Armed clash"),
    ("Fighting went on for a week. India launched missile strikes on Wednesday; on Thursday troops exchanged fire "
     "across the border.", "exchanged fire", "Armed clash"),  # the other act before, in a later sentence
    ("Drones struck the army base near the border.", "struck", "Air/drone strike"),  # the weapon opens the sentence
    ("Fighting went on for a week. Troops exchanged fire; India launched missile strikes.", "exchanged fire",
     "Armed clash"),  # the other act right after, in a later sentence
    ("Talks failed on Wednesday; on Thursday militants attacked the base with grenades, a source said, adding that "
     "three soldiers died.", "attacked", "Grenade"),  # its own weapon between two passages (the mode says explosives)
    # a "when" clause with no comma tells how
    ("Four soldiers were killed when a roadside bomb struck their vehicle in Helmand province.", "killed",
     "Remote explosive/landmine/IED"),
])
def test_an_acts_weapon_is_read_in_its_own_stretch_of_the_sentence(pipeline, text, trigger, sub):
    assert (trigger, sub) in _acled(pipeline, text)


@pytest.mark.parametrize("text, source, target", [
    ("Russian foreign ministry spokeswoman Maria Zakharova warned that Warsaw would regret the decision.",
     ["Maria Zakharova"], ["Polish government"]),
    ("Iran warned that Israel would pay a heavy price.", ["Iran"], ["Israel"]),
    ("Iran said its navy would stay in the Gulf and warned that Israel would pay a heavy price.", ["Iran"], ["Israel"]),
])
def test_a_warning_that_someone_will_regret_or_pay_a_price_threatens_them(pipeline, text, source, target):
    assert [(e[0], e[2], e[3]) for e in named_events(pipeline, text) if e[1] == "warned"] == [
        ("THREATEN", source, target)]


@pytest.mark.parametrize("text", [
    "Economists warned that consumers would pay more for fuel.",  # a cost, no penalty
    "Analysts warned that farmers would suffer.",  # no consequence named
    "Iran warned that it would have to cut exports.",  # the speaker's own burden
    "Iran warned that Israel would lose the war.",  # a prediction, no penalty
])
def test_other_warnings_about_others_are_no_threat(pipeline, text):
    assert [e for e in named_events(pipeline, text) if e[1] == "warned"] == []
