"""Session 31 (s31-ptype): WHICH event of a sentence that tells several is the record's event, and acts announced by
their own doer (PLOVER manual, "Auxiliary modes": THREATEN for ASSAULT + hypothetical, AGREE for SUPPORT + future).
Own probe sentences, labelled with a PLOVER type before their first run (tests/data/s31_ptype_choice.tsv, 36
multi-event leads; s31_ptype_choice2.tsv, 18 leads whose fronted clause names both sides as fully as the main
clause, written after reading `evaluate.events._rank` and `stage._confidence`; s31_ptype_announced.tsv, 18
announced acts and near misses; s31_ptype_armed.tsv, 8 more of arms held for use against a named enemy, written after
coder._armed_against and labelled before its first run). Each case is the event the evaluation counts (`evaluate.events._rank`,
`asserted`), or no event for NONE. docs/accuracy.md, Session 31, s31-ptype."""

import pytest

from eventsutil import probe_rows, top_event

KNOWN_MISSES = {
    # no actor on either side of the meeting (an unnamed president, "tribal elders"): no CONSULT to choose, so the
    # shelling in the "while" clause is the only event (not a wrong choice: the main clause codes nothing)
    "While troops shelled the rebel-held town, the president met tribal elders in the capital.",
    # a plan ("preparing to") stays the planned act flagged future (factuality's rule), so no asserted record;
    # a purpose infinitive ("training fighters to attack") is not flagged at all, so a factual ASSAULT
    "Iran's army said it is preparing to attack Israeli positions in Syria.",
    "Al-Shabaab said it was training fighters to attack Kenyan troops in Somalia.",
    # "target" (attack) is no verb sense of ours
    "Russia's defence minister said Moscow would target Western arms shipments in Ukraine.",
    # another's forecast is recast as the doer's threat: the reported "would" commits whoever the clause names
    "Analysts said Russia would attack Ukraine within weeks.",
    # "send rescue teams" is no aid sense of ours (AGREE needs the announced act coded first)
    "Japan said it would send rescue teams to Turkey.",
}


def _rows():
    return probe_rows(("s31_ptype_choice.tsv", "s31_ptype_choice2.tsv", "s31_ptype_announced.tsv",
                       "s31_ptype_armed.tsv"), KNOWN_MISSES, 2)


@pytest.mark.parametrize("label, text", list(_rows()))
def test_probe_type(pipeline, label, text):
    top = top_event(pipeline, text)
    if label == "NONE":
        assert top is None, (text, top.type, top.cameo)
        return
    assert top is not None, text
    assert top.type == label, (text, top.type, top.cameo)


def _armed(pipeline, text):
    """The events of `text` that coder._armed_against made (THREATEN 138 on the verb of saying)."""
    doc = pipeline.extract(text, published="2024-06-01")
    return [e for e in doc.events if e.cameo == "138" and e.trigger and e.trigger.text in ("said", "says", "claims")]


def test_arms_to_use_against_in_own_words(pipeline):
    [ev] = _armed(pipeline, "Hezbollah says it has missiles to use against Israeli cities.")
    assert ev.type == "THREATEN" and ev.mode == "violence" and not ev.flags
    assert ev.source and ev.target  # the speaker, the enemy named after "against"


@pytest.mark.parametrize("text", [
    "Hamas has stockpiled rockets to use against Israel, Israeli officials said.",  # no one speaks of their own arms
    "Israeli officials said Hamas had stockpiled rockets to use against Israel.",  # a named other holds them
    "The central bank said it had reserves to use against inflation.",  # reserves are no arms
    "The ministry said it had drones to use in the search for survivors.",  # no one to use them against
    "Hezbollah says it has missiles to test in the desert.",  # the infinitive is not "use"
    "Hezbollah says it has missiles that it will use against Israeli cities.",  # "use" has its own object
])
def test_no_armed_threat(pipeline, text):
    assert not _armed(pipeline, text), text
