"""Session 17 (s17c-events, issue 11): sources and targets that hold up, factual flags right.
Our own sentences."""

import pytest


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2025-06-02")
        return [dict(type=e.type, trigger=e.trigger.text, flags=e.flags, acled=e.acled,
                     source=sorted(doc.entity(i).name for i in e.source),
                     target=sorted(doc.entity(i).name for i in e.target)) for e in doc.events]
    return run


def _one(evs, trigger):
    (ev,) = [e for e in evs if e["trigger"] == trigger]
    return ev


@pytest.mark.parametrize("text, trigger, source", [
    ("Israel said its jets struck targets in Gaza.", "struck", "Israel"),
    ("Police said their officers arrested two men.", "arrested", "Police"),
    ("Turkey said that its drones had hit targets in northern Iraq.", "hit", "Turkey"),
])
def test_its_or_their_on_a_reported_subject_is_the_speaker(events, text, trigger, source):
    ev = _one(events(text), trigger)
    assert ev["source"] == [source]
    assert "reported" not in ev["flags"]  # the speaker tells its own act


def test_a_possessive_outside_a_reported_clause_names_no_one(events):
    assert _one(events("Its jets struck targets in Gaza."), "struck")["source"] == []


@pytest.mark.parametrize("text, trigger", [
    ("The senator never stopped speaking at rallies.", "rallies"),
    ("The rebels never stopped attacking the town.", "attacking"),
    ("The militia did not cease shelling the port.", "shelling"),
    ("The farmers never quit protesting against the tax.", "protesting"),
])
def test_a_negated_ceasing_verb_leaves_its_act_factual(events, text, trigger):
    assert "negated" not in _one(events(text), trigger)["flags"]


@pytest.mark.parametrize("text, trigger", [
    ("The rebels stopped attacking the town.", "attacking"),
    ("The farmers quit protesting against the tax.", "protesting"),
    ("The rebels did not attack the town.", "attack"),
])
def test_ceasing_or_a_plain_negation_still_negates(events, text, trigger):
    assert "negated" in _one(events(text), trigger)["flags"]


def test_each_coordinated_clause_reads_its_own_weapon(events):
    evs = events("Rebels fired rockets at the town and troops attacked the villages.")
    assert _one(evs, "fired rockets")["acled"]["sub_event_type"] == "Shelling/artillery/missile attack"
    assert _one(evs, "attacked")["acled"]["sub_event_type"] != "Shelling/artillery/missile attack"
    evs = events("Troops attacked the villages and rebels fired rockets at the town.")
    assert _one(evs, "attacked")["acled"]["sub_event_type"] != "Shelling/artillery/missile attack"


def test_a_weapon_in_a_coordinated_object_stays_the_clauses_own(events):
    ev = _one(events("Rebels fired rockets and mortars at the town."), "fired rockets")
    assert ev["acled"]["sub_event_type"] == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text, type_", [
    ("The Ivorian government will lift the curfew in Abidjan.", "AGREE"),
    ("The Ivorian government will not lift the curfew in Abidjan.", "REJECT"),
    ("The Ivorian government lifted the curfew in Abidjan.", "CONCEDE"),
])
def test_a_promised_or_refused_easing_of_a_curfew_aims_at_its_place(events, text, type_):
    (ev,) = [e for e in events(text) if e["type"] == type_]
    assert ev["target"] == ["Abidjan"]


def test_a_coordinated_clause_dropped_as_a_detail_gives_the_other_no_weapon(events):
    (ev,) = events("Soldiers attacked the villages and jets bombed the market.")
    assert ev["trigger"] == "attacked" and ev["acled"]["sub_event_type"] != "Air/drone strike"


def test_coordinated_verbs_of_one_subject_share_the_weapon(events):
    (ev,) = events("Soldiers attacked and bombed the market.")
    assert ev["acled"]["sub_event_type"] == "Air/drone strike"


def test_an_outcome_with_no_doer_keeps_the_sentences_weapon(events):
    evs = events("The base came under rocket fire, and two guards were killed.")
    assert _one(evs, "killed")["acled"]["sub_event_type"] == "Shelling/artillery/missile attack"
