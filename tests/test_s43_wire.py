"""Session 43 (s43-wire): two steps of the events stage where the PLOVER wire set's gold events were lost.
1. A promise, pledge, threat or vow that is kept, honoured, fulfilled, carried out or made good on tells its act as
   done: the act is asserted and the commitment noun codes no AGREE or THREATEN of its own (the PLOVER manual:
   AGREE and THREATEN are commitments to future action; the acts themselves are those carried out).
2. An official's journey to a region of several states is a visit with no recipient (gold/plover_wire.md: "a visit
   is CONSULT visit (visitor the actor; a region, "East Africa", is no recipient)"), and AP's "_" dateline dash
   ends the dateline.
Own probe sentences (tests/data/s43_*_set*.tsv), labelled before any run. docs/accuracy.md, Session 43, s43-wire."""

import pytest

from newsgraph.evaluate.events import asserted
from eventsutil import probe_rows

KNOWN_MISSES: set[str] = set()


def _asserted(pipeline, text):
    """(type, source country codes) of every asserted event of `text`."""
    doc = pipeline.extract(text, published="1998-08-18")
    country = {e.id: (e.actor.country if e.actor else None) for e in doc.entities}
    return [(e.type, {country.get(s) for s in e.source} - {None}) for e in doc.events if asserted(e)]


def _check(pipeline, label, text):
    told = _asserted(pipeline, text)
    for want in label.split(","):
        sign, rest = want[0], want[1:]
        type_, _, src = rest.partition(":")
        hits = [s for t, s in told if t == type_]
        if sign == "-":
            assert not hits, told
        else:
            assert hits and (not src or any(src in s for s in hits)), told


SETS = ["s43_kept_set1.tsv", "s43_kept_set2.tsv", "s43_regionvisit_set1.tsv", "s43_apdateline_set1.tsv"]


@pytest.mark.parametrize("label, text", list(probe_rows(SETS, KNOWN_MISSES, 2)))
def test_probe(pipeline, label, text):
    _check(pipeline, label, text)


def test_ap_underscore_ends_a_dateline_only_after_an_agency_tag():
    from newsgraph.structure import _dateline

    text = "DAR ES SALAAM, Tanzania (AP) _ U.S. officials met on Tuesday."
    length, attrs = _dateline(text, 0, len(text))
    assert text[:length] == "DAR ES SALAAM, Tanzania (AP) _"
    assert attrs == {"place": "Dar Es Salaam", "agency": "AP", "region": "Tanzania"}
    text = "PARIS (AP) _ French officials met."
    assert _dateline(text, 0, len(text))[0] == len("PARIS (AP) _")
    for text in ("ROME _ The Italian prime minister flew to Milan.",  # no agency's tag: an underscore is no dash
                 "PARIS (AP)_French officials met."):  # (the AP's "_" stands between spaces)
        assert _dateline(text, 0, len(text)) is None
    text = "WASHINGTON (AP) -- Officials met."  # the dashes as before
    assert _dateline(text, 0, len(text))[0] == len("WASHINGTON (AP) --")


def test_kept_commitment_parse(pipeline):
    from newsgraph.events import stage

    def at(text, word):
        doc = pipeline.nlp(text)
        return next(t for t in doc if t.text == word)

    v = at("Kidnappers kept their promise to kill a store owner.", "kill")  # on the noun (acl)
    verb, noun = stage._kept_commitment(v)
    assert (verb.text, noun.text) == ("kept", "promise")
    v = at("Insurgents carried out their threat to bomb the bridge.", "bomb")  # on the keeping verb (advcl)
    verb, noun = stage._kept_commitment(v)
    assert (verb.text, noun.text) == ("carried", "threat")
    assert stage._kept_commitment(at("The army followed through on its threat to shell the camps.", "shell"))
    assert stage._kept_commitment(at("The gunmen made good on their threat to kill the chief.", "kill"))
    # not kept: another verb, or a keeping verb without its particle or complement
    assert stage._kept_commitment(at("The gunmen renewed their threat to kill the chief.", "kill")) is None
    assert stage._kept_commitment(at("The gunmen made a threat to kill the chief.", "kill")) is None
    assert stage._kept_commitment(at("The militia kept its fighters ready to withdraw from the town.", "withdraw")) is None


@pytest.mark.parametrize("text", ["The militia will keep its promise to withdraw its fighters from the town.",
                                  "The militia did not keep its promise to withdraw its fighters from the town.",
                                  "The militia failed to keep its promise to withdraw its fighters from the town."])
def test_a_commitment_not_told_as_kept_leaves_its_act_undone(pipeline, text):
    assert not [t for t, _ in _asserted(pipeline, text) if t == "RETREAT"]


def test_the_act_of_a_kept_promise_takes_the_keeper_as_doer(pipeline):
    assert ("RETREAT", {"SRB"}) in _asserted(pipeline, "Serbia kept its promise to withdraw its police from Kosovo.")


def test_keeping_verb_needs_its_particle_and_a_preposition_of_keeping(pipeline):
    from newsgraph.events import stage

    def noun(text, word="promise"):
        return next(t for t in pipeline.nlp(text) if t.text == word)

    assert stage._keeping_verb(noun("The rebels carried out their promise.")).text == "carried"
    assert stage._keeping_verb(noun("The rebels carried their promise to the grave.")) is None  # no "out"
    assert stage._keeping_verb(noun("The rebels lived up to their promise.")).text == "lived"
    assert stage._keeping_verb(noun("The rebels spoke about their promise.")) is None  # no preposition of keeping
    assert stage._keeping_verb(noun("The rebels kept the plan.", "plan")).text == "kept"  # (the noun is the caller's)
    assert stage._kept_commitment(noun("The militia kept its plan to withdraw from the town.", "withdraw")) is None


@pytest.mark.parametrize("text", ["Police arrested five men, and Hamas carried out its threat to bomb the bridge.",
                                  "The militia will keep its promise to withdraw its fighters, but Hamas carried "
                                  "out its threat to bomb the bridge."])
def test_every_kept_commitment_of_a_sentence_is_read(pipeline, text):
    told = [t for t, _ in _asserted(pipeline, text)]
    assert "ASSAULT" in told and "RETREAT" not in told


@pytest.mark.parametrize("text, word", [
    ("The rebels carried out the raid to free the hostages.", "free"),  # a purpose, no commitment kept
    ("The rebels issued their threat to bomb the bridge.", "bomb"),  # a commitment not kept
    ("The militia kept the promise given to Moscow.", "given"),  # no to-infinitive: not the promised act
    ("Serbia kept its promise that it would withdraw from Kosovo.", "withdraw"),  # a finite clause: not read
])
def test_only_a_kept_commitments_to_infinitive_is_its_act(pipeline, text, word):
    from newsgraph.events import stage

    tok = next(t for t in pipeline.nlp(text) if t.text == word)
    assert stage._kept_commitment(tok) is None
