"""Session 44 (s44-reported): an event noun told in a phrase of prior time or cause ("after Russia's invasion",
"because of Canada's arrest of X", "in response to U.S. missile attacks") is the backdrop of its clause, flagged
`historical` (PLOVER's auxiliary mode for setting), also when that clause's own verb tells no act the lexicon codes
("oil prices climbed after X's invasion"); before, only a phrase on another act's trigger was read so. Own probes
(tests/data/s44_lonebackdrop_set1.tsv, labelled before any run). docs/accuracy.md, Session 44, s44-reported."""

import pytest

from newsgraph.evaluate.events import asserted
from eventsutil import DATA, top_event


def _rows(name):
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            top, word, text = line.split("\t")
            yield pytest.param(top, word, text, id=text[:60])


@pytest.mark.parametrize("top, word, text", list(_rows("s44_lonebackdrop_set1.tsv")))
def test_lone_backdrop_probe_set1(pipeline, top, word, text):
    doc = pipeline.extract(text, published="2024-06-01")
    told = {e.trigger.text.split()[-1]: asserted(e) for e in doc.events if e.trigger}
    best = top_event(pipeline, text)
    assert (best.type if best is not None else "NONE") == top
    if word.startswith("="):
        assert told.get(word[1:]) is True  # the news stays asserted
    else:
        assert told.get(word) is not True  # the backdrop is no asserted record


@pytest.mark.parametrize("text, word", [
    ("Four policemen were wounded after an ambush by ISWAP fighters near Maiduguri.", "ambush"),  # the toll's verb
    ("Two herders were left dead after a raid by Fulani gunmen on Bokkos.", "raid"),  # the state it left them in
])
def test_an_act_told_by_its_toll_stays_the_news(pipeline, text, word):
    doc = pipeline.extract(text, published="2024-06-01")
    told = {e.trigger.text.split()[-1]: asserted(e) for e in doc.events if e.trigger}
    assert told.get(word) is True


def _root(text):
    from newsgraph.nlp import load

    return next(t for t in load()(text) if t.dep_ == "ROOT")


@pytest.mark.parametrize("text, toll", [
    ("Three soldiers died after the ambush.", True),  # TOLL_VERBS
    ("The villagers were found dead after the attack.", True),  # oprd in TOLL_STATES
    ("The families are homeless after the raid.", True),  # acomp in TOLL_STATES
    ("Markets slumped after the strike.", False),
    ("The families were found after the raid.", False),  # no state of harm
    ("The village was quiet after the raid.", False),  # a state, no harm
])
def test_toll_clause(text, toll):
    from newsgraph.events.stage import _toll_clause

    assert _toll_clause(_root(text)) is toll


def test_a_backdrop_phrase_on_a_toll_verb_that_is_an_act_is_still_a_backdrop(pipeline):
    # the climb stops at the act above ("killed" is a trigger) before the root's toll is read: the raid is the
    # killing's setting (mutloop _backdrop_noun 42, 43: the climb going on to the root would keep it the news)
    doc = pipeline.extract("Rebels killed three soldiers after the army's raid on their camp.", published="2024-06-01")
    flags = {e.trigger.text: e.flags for e in doc.events}
    assert "historical" in flags["raid"] and "historical" not in flags["killed"]


def test_an_act_planned_in_a_backdrop_phrase_is_no_backdrop(pipeline):
    # "to press" (no trigger) heads a to-infinitive: the offensive is planned, not the setting (_unrealised; mutloop
    # _backdrop_noun 28, 30: the lookup of that verb among the triggers must allow it to be none)
    doc = pipeline.extract("Oil prices rose after Moscow's decision to press ahead with a new offensive.", published="2024-06-01")
    flags = {e.trigger.text: e.flags for e in doc.events}
    assert "historical" not in flags["offensive"]


def test_a_climb_that_reaches_no_root_within_its_steps_flags_nothing(pipeline):
    # the attack is nine clauses below the root, with no trigger or backdrop phrase on the way: the climb's eight
    # steps end without an answer, which is "no backdrop" (mutloop _backdrop_noun 64: `True` after the last step)
    text = ("Analysts wrote that diplomats believed that officials thought that the envoy knew that the minister felt "
            "that the generals understood that the colonel heard that the captain noticed that the army had planned "
            "an attack.")
    doc = pipeline.extract(text, published="2024-06-01")
    flags = {e.trigger.text: e.flags for e in doc.events}
    assert "historical" not in flags["attack"]
