"""ACLED sub-event types, session 48 (s48-acled): a present participle of violence set on a noun ("help Kurdish forces
fighting the Islamic State") says which group is meant by the war it is in, no atomic event with its own day
(`acled._group_described`). Own sentences labelled by the ACLED codebook before their first run
(tests/data/s48_acled_probes.tsv: base 5 of 10, first run of the change 10 of 10)."""

from types import SimpleNamespace

import pytest

from eventsutil import probe_rows, acled_predicted


@pytest.mark.parametrize("want, text", list(probe_rows(("s48_acled_probes.tsv",), set(), 3)))
def test_probe(pipeline, want, text):
    assert acled_predicted(pipeline, text) == want


def _tok(dep="acl", tag="VBG", head_pos="NOUN", ent=""):
    head = SimpleNamespace(pos_=head_pos)
    word = SimpleNamespace(ent_type_=ent, dep_="dobj", children=[])
    return SimpleNamespace(dep_=dep, tag_=tag, head=head, ent_type_="", children=[word])


@pytest.mark.parametrize("change, want", [
    ({}, True),                                   # "forces fighting the Islamic State"
    ({"dep": "advcl"}, False),                    # an adverbial participle is a clause of its own act
    ({"dep": "relcl"}, False),
    ({"tag": "VBN"}, False),                      # a past participle ("the men shot on Sunday") tells a done act
    ({"tag": "VBD"}, False),
    ({"head_pos": "PROPN"}, True),                # on a name ("Hezbollah fighting in Syria")
    ({"head_pos": "PRON"}, True),                 # on a pronoun ("those fighting the army")
    ({"head_pos": "VERB"}, False),                # on a verb: no group described
    ({"ent": "DATE"}, False),                     # its own day: "gunmen shooting at cars on Sunday"
    ({"ent": "TIME"}, False),                     # "... at noon"
    ({"ent": "GPE"}, True),                       # a place is no day
    ({"type": "PROTEST"}, False),                 # a demonstration so told is one seen ("footage of exiles protesting")
    ({"is_noun": True}, False),                   # an event noun is no participle
])
def test_group_described(change, want):
    from newsgraph.events.acled import _group_described
    tok = _tok(change.get("dep", "acl"), change.get("tag", "VBG"), change.get("head_pos", "NOUN"), change.get("ent", ""))
    ev = SimpleNamespace(type=change.get("type", "ASSAULT"))
    coded = [(object(), None), (ev, SimpleNamespace(anchor=tok, is_noun=change.get("is_noun", False)))]
    assert _group_described(ev, coded) is want


def test_group_described_needs_the_stage_parse():
    from newsgraph.events.acled import _group_described
    assert _group_described(SimpleNamespace(type="ASSAULT"), [(object(), None)]) is False


def test_group_described_keeps_the_plover_event(pipeline):
    """Only the ACLED category goes: the PLOVER event of the participle is still coded."""
    doc = pipeline.extract("Washington has quietly armed several groups fighting the government.", name="t",
                           published="2016-05-10")
    fighting = [e for e in doc.events if e.trigger is not None and e.trigger.text == "fighting"]
    assert fighting and fighting[0].type == "ASSAULT" and fighting[0].acled is None
