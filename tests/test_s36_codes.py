"""Session 36 (s36-codes): the detailed CAMEO code of a rejected or accepted proposal whose proposed act our
lexicon does not code, read by the CAMEO.2.0 pattern of that act's verb (events/stage.py `_proposal_code`).
Own sentences labelled from the codebook before their first run (tests/data/s36_codes_set1.tsv, written before
the rule; s36_codes_set2.tsv, written after it). docs/accuracy.md, Session 36, s36-codes."""

import pytest

from eventsutil import probe_rows, top_event

# FLY `* &WEAPON` [072] does not match "fly weapons to the front" (the rule asks the pattern; none fits)
KNOWN_MISSES = {"The rebels accepted a plan to fly weapons to the front."}


@pytest.mark.parametrize("want, text", list(probe_rows(("s36_codes_set1.tsv", "s36_codes_set2.tsv"), KNOWN_MISSES, 2)))
def test_proposal_content_code(pipeline, want, text):
    ev = top_event(pipeline, text)
    assert ev is not None and ev.cameo == want, (text, ev and ev.cameo)


@pytest.mark.parametrize("text", [
    # a for-phrase that gives a reason, not a proposal's content ("criticized X for hailing Y")
    "Gondor rejected the ruling for bringing aid to the camps.",
    # "to" + gerund is no proposed act of the noun ("an invitation to talks" is a noun's phrase)
    "Gondor rejected the approach to constructing shelters.",
])
def test_only_proposal_nouns_and_their_acts(pipeline, text):
    ev = top_event(pipeline, text)
    assert ev is not None and ev.cameo == "120", (text, ev and ev.cameo)


@pytest.mark.parametrize("text, want", [
    # BUY is in CAMEO.2.0's PURCHASE [061] block: its bare block code says too little of what is proposed
    ("Gondor rejected a plan to buy the farmland.", "120"),
    # ... but its pattern `* &AIRCRAFT` [062] says military cooperation: 1212
    ("Gondor rejected a plan to buy military aircraft.", "1212"),
])
def test_only_a_pattern_of_the_proposed_act(pipeline, text, want):
    ev = top_event(pipeline, text)
    assert ev is not None and ev.cameo == want, (text, ev and ev.cameo)


def test_passive_proposal(pipeline):
    """The proposal as the passive's subject is the rejected one, as the object is in the active."""
    ev = top_event(pipeline, "The plan to construct shelters was rejected by the ministers.")
    assert ev is not None and ev.cameo == "1223", ev and ev.cameo


def test_advcl_must_follow_the_noun(pipeline):
    """The parser may hang the noun's infinitive on the verb ("dismissed a call [to embrace] the amendment");
    an infinitive elsewhere is the verb's own purpose clause, not the proposal's content."""
    ev = top_event(pipeline, "To embrace the constitutional amendment, Parliament dismissed a call.")
    assert ev is not None and ev.cameo != "1234"


def test_clausal_complement_read_by_its_pattern(pipeline):
    """complement_code (pattern_code's other caller): a demand's that-clause is what is demanded
    (BRING `* {HUMANITARIAN AID}` [073]: 1033), as its to-infinitive is."""
    ev = top_event(pipeline, "Gondor demanded that Mordor bring humanitarian aid to the refugees.")
    assert ev is not None and ev.cameo == "1033", ev and ev.cameo


@pytest.mark.parametrize("text", [
    "Gondor rejected the plan and brought food to the city.",
    "Gondor refused, bringing water to the city instead.",
])
def test_a_coordinated_or_adverbial_verb_is_no_complement(pipeline, text):
    """A verb coordinated with the rejection, or a participle clause after it, says what else the subject did,
    not what it rejected (BRING's `* &FOOD` [073] would make it 1223)."""
    codes = [e.cameo for e in pipeline.extract(text).events if e.type == "REJECT"]
    assert codes == ["120"], codes
