"""ACLED sub-event types, session 44 (s44-acled): a bare plural act set in apposition to a plan, an option or a list
names a kind of act, no event with its own date and place (`acled._kind_in_apposition`). Own sentences labelled by the
ACLED codebook before their first run (tests/data/s44_acled_kinds.tsv); known misses are strict xfails."""

from types import SimpleNamespace

import pytest

from eventsutil import probe_rows, acled_predicted

KNOWN_MISSES = {
    # the parser makes the list the copula's attribute ("were familiar: sanctions"), not an apposition on "options"
    "The options on the table were familiar: sanctions, airstrikes, a naval blockade.",
}


@pytest.mark.parametrize("want, text", list(probe_rows(("s44_acled_kinds.tsv",), KNOWN_MISSES, 2)))
def test_probe(pipeline, want, text):
    assert acled_predicted(pipeline, text) == want


def _tok(i, dep, tag="NNS", pos="NOUN", lemma="thing", head=None, kids=()):
    t = SimpleNamespace(i=i, dep_=dep, tag_=tag, pos_=pos, lemma_=lemma, children=list(kids))
    t.head = head if head is not None else t
    return t


def _kid(dep):
    return SimpleNamespace(dep_=dep)


def _coded(anchor, *others, is_noun=True):
    ev = object()
    return ev, [(ev, SimpleNamespace(anchor=anchor, is_noun=is_noun))] + [
        (object(), SimpleNamespace(anchor=o, is_noun=True)) for o in others]


@pytest.mark.parametrize("change, want", [
    ({}, True),                                   # "the plan: airstrikes"
    ({"dep": "dobj"}, False),                     # not an apposition
    ({"tag": "NN"}, False),                       # a singular: "the plan, a strike on the port" is one act
    ({"kids": [_kid("det")]}, False),             # "the airstrikes": particular
    ({"kids": [_kid("nummod")]}, False),          # "two airstrikes"
    ({"kids": [_kid("poss")]}, False),            # "Monday's airstrikes"
    ({"kids": [_kid("predet")]}, False),          # "all the airstrikes"
    ({"kids": [_kid("amod")]}, True),             # "heavy airstrikes": still a kind
    ({"head_pos": "PROPN"}, False),               # on a name: who or where, not a plan's content
    ({"head_lemma": "attack"}, False),            # on an event noun: that event told
    ({"head_lemma": "incident"}, False),          # on a noun of a happening: "two incidents: shootings in the north"
    ({"head_lemma": "violence"}, False),
    ({"head_act": True}, False),                  # on another act of the sentence
    ({"is_noun": False}, False),                  # a verb's event is no apposition
])
def test_kind_in_apposition(change, want):
    from newsgraph.events.acled import _kind_in_apposition
    head = _tok(1, "nsubj", tag="NN", pos=change.get("head_pos", "NOUN"), lemma=change.get("head_lemma", "plan"))
    tok = _tok(3, change.get("dep", "appos"), tag=change.get("tag", "NNS"), head=head, kids=change.get("kids", ()))
    ev, coded = _coded(tok, *([head] if change.get("head_act") else []), is_noun=change.get("is_noun", True))
    assert _kind_in_apposition(ev, coded) is want


def test_kind_in_apposition_a_list_member_shares_the_first_ones_role():
    from newsgraph.events.acled import _kind_in_apposition
    head = _tok(1, "nsubj", tag="NNS", lemma="option")
    first = _tok(3, "appos", tag="NNS", lemma="sanction", head=head)
    second = _tok(5, "conj", head=first)
    ev, coded = _coded(second)
    assert _kind_in_apposition(ev, coded) is True
    first.dep_ = "dobj"  # a list that is a verb's object is no apposition
    assert _kind_in_apposition(ev, coded) is False
    first.dep_, head.pos_ = "appos", "PROPN"  # the list's head decides, not the member's own
    assert _kind_in_apposition(ev, coded) is False


def test_kind_in_apposition_needs_the_stage_parse():
    from newsgraph.events.acled import _kind_in_apposition
    assert _kind_in_apposition(object(), [(object(), None)]) is False


def test_kind_in_apposition_keeps_the_plover_event(pipeline):
    """Only the ACLED category goes: the PLOVER event of the kind named is still coded."""
    doc = pipeline.extract("The minister listed the alternatives already tried: airstrikes, sanctions and talks.",
                           name="t", published="2016-05-10")
    strikes = [e for e in doc.events if e.trigger is not None and e.trigger.text.startswith("airstrikes")]
    assert strikes and strikes[0].type == "ASSAULT" and strikes[0].acled is None


def test_kind_in_apposition_reads_past_an_event_with_no_parse():
    """Another event of the document coded with no candidate (a caller without the parse) is no act to look at."""
    from newsgraph.events.acled import _kind_in_apposition
    head = _tok(1, "nsubj", tag="NN", lemma="strategy")
    ev, coded = _coded(_tok(3, "appos", head=head))
    assert _kind_in_apposition(ev, coded + [(object(), None)]) is True
