"""Session 31 (s31-ptype): WHICH event of a sentence that tells several is the record's event, and acts announced by
their own doer (PLOVER manual, "Auxiliary modes": THREATEN for ASSAULT + hypothetical, AGREE for SUPPORT + future).
Own probe sentences, labelled with a PLOVER type before their first run (tests/data/s31_ptype_choice.tsv, 36
multi-event leads; s31_ptype_choice2.tsv, 18 leads whose fronted clause names both sides as fully as the main
clause, written after reading `evaluate.events._rank` and `stage._confidence`; s31_ptype_announced.tsv, 18
announced acts and near misses). Each case is the event the evaluation counts (`evaluate.events._rank`,
`asserted`), or no event for NONE. docs/accuracy.md, Session 31, s31-ptype."""

import pytest

from eventsutil import probe_rows, top_event

KNOWN_MISSES = {
    # no actor on either side of the meeting (an unnamed president, "tribal elders"): no CONSULT to choose, so the
    # shelling in the "while" clause is the only event (not a wrong choice: the main clause codes nothing)
    "While troops shelled the rebel-held town, the president met tribal elders in the capital.",
    # weapons "to use against" X: the infinitive's object is the weapon noun it hangs on (gap), "use" + against is
    # no sense of ours, and the purpose's modality would have to make it a threat (the dev study half's one real
    # "no event" lead, a claim of manufacturing weapons to use against two countries, is of this shape)
    "A jihadist group claims to be building bombs to use against French troops in Mali.",
    "An Iraqi militia said it had drones ready to use against US bases in Syria.",
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
    return probe_rows(("s31_ptype_choice.tsv", "s31_ptype_choice2.tsv", "s31_ptype_announced.tsv"), KNOWN_MISSES, 2)


@pytest.mark.parametrize("label, text", list(_rows()))
def test_probe_type(pipeline, label, text):
    top = top_event(pipeline, text)
    if label == "NONE":
        assert top is None, (text, top.type, top.cameo)
        return
    assert top is not None, text
    assert top.type == label, (text, top.type, top.cameo)
