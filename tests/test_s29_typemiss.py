"""Session 29 (s29-typemiss): families of session 28's known type misses, fixed in the lexicon data, checked on a
new probe set of other wordings and near misses (tests/data/s29_typemiss_set3.tsv, set4.tsv, set5.tsv), labelled from the
PLOVER manual before any run (own sentences, none from an evaluation corpus). Each case is the type the evaluation
counts: the best-ranked asserted event (`evaluate.events._rank`, `asserted`). docs/accuracy.md, Session 29,
s29-typemiss."""

import pytest

from newsgraph.events.lexicon import make_sense
from eventsutil import probe_rows, top_event

# Labels from the manual's prose that the CAMEO->PLOVER table (which the PLOVER records and the codebook's gold
# follow) reads otherwise: apologies and regret are 055 SUPPORT, a declared ceasefire 0871 RETREAT, a cancelled
# visit or talks 164 SANCTION. Coding them as the prose says lowered PLOVER and codebook dev, so the table stays and
# these stay known misses (strict xfail: a change shows up as an unexpected pass).
KNOWN_MISSES = {
    "The Japanese prime minister apologized to South Korea for wartime forced labour.",
    "Germany's defence ministry regretted the loss of civilian lives in the airstrike.",
    "The Dutch king offered an apology for the country's role in slavery.",
    "Police in Kenya apologised after officers shot a teenager.",
    "Turkey's president said he regretted the killing of the Russian pilot.",
    "The Ethiopian government declared a humanitarian truce in Tigray.",
    "Hamas declared a three-day ceasefire for the Eid holiday.",
    "Beijing cancelled a planned visit by the German foreign minister.",
    "India called off the summit with Pakistan after the attack.",
    "The Kremlin cancelled talks with the Ukrainian delegation.",
    # set 5: the suspension is coded (SANCTION expel 166) but flagged historical ("in 2011" before the 2024 date
    # given), so not asserted; and "ECOWAS suspended Niger" codes nothing
    "The Arab League suspended Syria's membership in 2011.",
    "ECOWAS suspended Niger from its decision-making bodies after the coup.",
}


def _rows():
    return probe_rows(("s29_typemiss_set3.tsv", "s29_typemiss_set4.tsv", "s29_typemiss_set5.tsv"), KNOWN_MISSES, 2)


@pytest.mark.parametrize("label, text", list(_rows()))
def test_probe_type(pipeline, label, text):
    top = top_event(pipeline, text)
    got = top.type if top else None
    want, _, mode = label.partition("/")
    if want == "NONE":
        assert got is None
    elif want.startswith("!"):
        assert got != want[1:]
    else:
        assert got == want
        if mode:
            assert top.mode == mode


# The families' codes: CAMEO 072 military aid (as `deliver` and `send` code arms), 073 relief, 0831 resignation,
# 055 for regret over a harm (typed by the table), 111 disapproval.
@pytest.mark.parametrize("text, type_, cameo", [
    ("Poland handed over its remaining MiG-29 jets to Kyiv.", "AID", "072"),
    ("Turkish soldiers helped evacuate civilians from the flooded villages.", "AID", "073"),
    ("Peru's interior minister quit on Sunday amid a corruption probe.", "RETREAT", "0831"),
    ("Turkey's president said he regretted the killing of the Russian pilot.", "SUPPORT", "055"),
    ("China slammed the US arms sale to Taiwan.", "ACCUSE", "111"),
])
def test_family_codes(pipeline, text, type_, cameo):
    top = top_event(pipeline, text)
    assert (top.type, top.cameo) == (type_, cameo)


# Guards: each new sense needs what makes it the event.
@pytest.mark.parametrize("text, not_type", [
    ("The minister quit the coalition talks.", "RETREAT"),  # something quit named: no resignation
    ("The minister quit to run for governor.", "RETREAT"),  # a to-clause complement
    ("The rebels handed over their rifles to the army.", "AID"),  # own arms: disarm
    ("Russia regretted the EU's decision to extend sanctions.", "SUPPORT"),  # disapproval, no harm regretted
    ("The scandal helped bring down the government.", "AID"),  # no relief act
])
def test_new_senses_need_their_condition(pipeline, text, not_type):
    top = top_event(pipeline, text)
    assert (top.type if top else None) != not_type


def test_intransitive_key_is_read():
    assert make_sense({"type": "RETREAT", "subject": ["minister"], "intransitive": True}, "t", "t").intransitive is True
    assert make_sense({"type": "RETREAT", "subject": ["minister"]}, "t", "t").intransitive is False
    # a condition: a sense with it is more specific than one without
    assert make_sense({"type": "RETREAT", "intransitive": True}, "t", "t").specificity == 1
