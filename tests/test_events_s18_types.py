"""Session 18 (s18b-types): the CAMEO code chosen for an appeal, demand, rejection, threat or intent
by what it is about. Sentences written for these tests."""

import pytest


def _events(pipeline, text):
    doc = pipeline.extract(text, published="2026-03-04")
    return [(e.type, e.cameo, e.trigger.text) for e in doc.events]


def test_an_intent_code_as_content_is_the_act_intended():
    from newsgraph.events.ontology import parallel_code

    assert parallel_code("020", "0341") == "0241"  # appeal for leadership change (HOLD `* ELECTIONS` [0341])
    assert parallel_code("100", "0353") == "1053"  # demand release of persons
    assert parallel_code("120", "036") == "125"  # reject proposal to meet
    assert parallel_code("020", "0332") == "0232"  # appeal for military aid
    assert parallel_code("030", "0341") == "0341"  # an intent stays the intent


@pytest.mark.parametrize("text, trigger", [
    ("Norway called on Kenya's government to hold elections by March.", "called"),
    ("Germany urged Serbia to hold fresh elections.", "urged"),
])
def test_a_complement_our_lexicon_does_not_code_is_read_by_cameo_patterns(pipeline, text, trigger):
    assert ("REQUEST", "0241", trigger) in _events(pipeline, text)


def test_a_reported_demand_is_not_read_as_the_sayers_complement(pipeline):
    # REACH's `GOVERNMENT * &TREATY` [0344] would match the clause's own subject
    events = _events(pipeline, "Sweden said Kenya's government must reach an agreement with the rebels.")
    assert ("REQUEST", "100", "said") in events


def _discards(pipeline, text):
    doc = pipeline.extract(text, published="2026-03-04")
    return [d.phrase for d in doc.discards], [(e.type, e.trigger.text) for e in doc.events]


@pytest.mark.parametrize("text, event", [
    # the discard phrase in a clause after a preposition / in a relative clause: circumstances, not the topic
    ("Kenyan police arrested ten activists for organising a football match in Nairobi.", ("COERCE", "arrested")),
    ("Chile demanded an apology from Peru for crimes its soldiers committed during World War Two.",
     ("REQUEST", "demanded")),
])
def test_a_discard_phrase_in_a_clause_of_circumstance_keeps_the_sentence(pipeline, text, event):
    phrases, events = _discards(pipeline, text)
    assert phrases == [] and event in events


@pytest.mark.parametrize("text", [
    "Brazil's football team defeated Argentina in Buenos Aires.",  # the main clause: a sports story
    "Japan's prime minister said the football team would visit China.",  # what was said is the news
])
def test_a_discard_phrase_of_the_main_clause_or_what_was_said_discards(pipeline, text):
    phrases, events = _discards(pipeline, text)
    assert phrases == ["FOOTBALL"] and events == []


def test_a_noun_complement_clause_is_no_word_of_the_verbs_pattern(pipeline):
    # DEMAND's `* &SECURITY` [0212] is not "an admission by Russia [that its security forces had poisoned ...]"
    events = _events(pipeline, "Norway demanded an admission by Russia that its security forces had poisoned the journalist.")
    assert ("REQUEST", "100", "demanded") in events


@pytest.mark.parametrize("text, event", [
    ("Chad handed over the suspects to Niger.", ("COOPERATE", "063", "handed")),
    ("Ghana handed over the wanted men to Togo.", ("COOPERATE", "063", "handed")),
    # an intent to do it, and a demand for it, are sub-coded as judicial cooperation (0313, 1013)
    ("Mali offered to hand over two of its citizens accused of smuggling to Senegal.", ("AGREE", "0313", "offered")),
])
def test_handing_over_the_accused_is_judicial_cooperation(pipeline, text, event):
    assert event in _events(pipeline, text)


def test_handing_over_prisoners_is_still_their_return(pipeline):
    # (session 29: persons handed over are the codebook's 0841 "Return, release person(s)", a sub-code of
    # 084; as every sense named by its object, the trigger runs to the object, as "released two soldiers")
    assert ("RETREAT", "0841", "handed over two Nigerian soldiers") in _events(
        pipeline, "Chad handed over two Nigerian soldiers to Niger.")


@pytest.mark.parametrize("text, cameo", [
    ("Opposition activists in Togo began a hunger strike to demand the resignation of the prime minister.", "1421"),
    ("Farmers in Kenya blocked roads to demand a change in the land policy.", "1442"),
    ("Students in Chile staged a hunger strike in protest against the arrest of their leaders.", "1423"),
    ("Protesters in Ghana blocked roads to demand autonomy for the northern region.", "1444"),
])
def test_a_protest_is_sub_coded_by_its_stated_aim(pipeline, text, cameo):
    assert any(t == "PROTEST" and c == cameo for t, c, _ in _events(pipeline, text))


def test_a_protest_with_no_stated_aim_keeps_its_category(pipeline):
    events = _events(pipeline, "Opposition activists in Togo began a hunger strike in the capital.")
    assert [c for t, c, _ in events if t == "PROTEST"] == ["142"]


def test_a_phrase_hung_on_the_caller_is_what_the_call_asks_for(pipeline):
    # the parser hangs "for military aid" on "leaders"; it says what the rejected calls ask for (1222)
    events = _events(pipeline, "Norway rejected repeated calls by Kenya's leaders for military aid.")
    assert ("REJECT", "1222", "rejected") in events


@pytest.mark.parametrize("text, event", [
    ("China imposed export controls on Japan.", ("SANCTION", "163", "imposed export controls")),
    ("Peru threatened to impose trade restrictions on Chile.", ("THREATEN", "1312", "threatened")),
])
def test_restrictions_on_trade_are_an_embargo(pipeline, text, event):
    assert event in _events(pipeline, text)


def test_other_restrictions_stay_administrative_sanctions(pipeline):
    events = _events(pipeline, "Japan imposed restrictions on North Korean diplomats.")
    assert [t for t, *_ in events] == ["COERCE"]
