"""Session 29 (s29-nearmiss): events precision on own probe sentences (tests/data/s29_nearmiss_probes.tsv and
s29_nearmiss_probes2.tsv, written for these tests and labelled from the PLOVER manual and the CAMEO/ACLED codebooks
before any run; none from an evaluation corpus). A label is NONE (no asserted event), !TYPE (no asserted event of
that type), or the exact list of asserted PLOVER types, one per event (`evaluate.events.plover_events`, `asserted`),
so an extra event fails. docs/accuracy.md, Session 29, s29-nearmiss."""

from collections import Counter

import pytest

from newsgraph.evaluate.events import asserted, plover_events
from eventsutil import probe_rows

# Probe lines still wrong after this branch, by cause (docs/accuracy.md): strict xfail, so a fix shows up.
KNOWN_MISSES = {
    "Bayern attacked down the left wing throughout the second half.",  # a named club: nothing in the clause says sport
    "Cancer cells invade nearby tissue.",  # "cells" alone may be a terrorist cell; compounds are not read
    "The teachers' union blasted the ministry's pay offer as an insult.",  # "blast" lacks "offer"; the offer coded
    "The United Nations condemned the shelling of the hospital.",  # the condemned shelling is a second record
    "Police arrested the opposition leader, his supporters protested outside the court.",  # protest read as 114
    # set 2 (written after the fixes, not tuned on)
    "Torrential rain and floods destroyed roads across the region.",  # "rain" left out ("a rain of rockets")
    "A deadly fungus attacked the banana plantations.",  # no "fungus" in NO_ONE
    "The euro rallied against the dollar after the vote.",  # currencies by name are not in NO_ONE
    "Soldiers patrolled the streets of the capital.",  # the verb "patrol" codes nothing (base too)
}


def _rows():
    return probe_rows(("s29_nearmiss_probes.tsv", "s29_nearmiss_probes2.tsv"), KNOWN_MISSES, 2)


def _asserted_types(pipeline, text) -> Counter:
    doc = pipeline.extract(text, published="2024-06-01")
    return Counter(e.type for e in plover_events(list(doc.events)) if asserted(e))


@pytest.mark.parametrize("label, text", list(_rows()))
def test_probe(pipeline, label, text):
    got = _asserted_types(pipeline, text)
    if label == "NONE":
        assert not got
    elif label.startswith("!"):
        assert not got[label[1:]]
    else:
        assert got == Counter(label.split())


# Guards: doers that are someone keep their events; only a whole set of non-actors drops one.
@pytest.mark.parametrize("text, type_", [
    ("Sniper fire killed two civilians in the old town.", "ASSAULT"),  # "fire" is someone's
    ("The Russian side attacked Ukrainian positions near Bakhmut.", "ASSAULT"),  # a side with no ground
    ("Thousands rallied in the capital against the new law.", "PROTEST"),
    ("Flood victims protested outside the governor's office.", "PROTEST"),  # a compound, not the head
    ("Homes were destroyed by soldiers in the village.", "ASSAULT"),  # a passive's agent decides
    ("Storms and rebels attacked the town.", "ASSAULT"),  # not all doers are no one
])
def test_someone_did_it(pipeline, text, type_):
    assert _asserted_types(pipeline, text)[type_] >= 1


@pytest.mark.parametrize("text", [
    "Thousands of homes were destroyed by the floods.",  # a passive's agent
    "Wildfires destroyed thousands of hectares of forest.",  # the tagger's plural name ("Wildfires")
    "The visiting side attacked down the right.",
])
def test_no_one_did_it(pipeline, text):
    assert not _asserted_types(pipeline, text)


# Comma splices: the first clause is a clause of its own unless its verb is one of saying or thinking.
def test_splice_keeps_first_clause(pipeline):
    got = _asserted_types(pipeline, "Hundreds protested outside parliament, police detained several.")
    assert got["PROTEST"] == 1 and got["COERCE"] == 1


def _parse(words, heads, deps, lemmas):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas)


def test_spliced_reads_the_head_verb():
    from newsgraph.events.stage import _spliced, _subordinate

    words = ["Crowds", "marched", ",", "police", "arrested", "ten", "."]
    deps = ["nsubj", "ccomp", "punct", "nsubj", "ROOT", "dobj", "punct"]
    heads = [1, 4, 4, 4, 4, 4, 4]
    doc = _parse(words, heads, deps, ["crowd", "march", ",", "police", "arrest", "ten", "."])
    assert _spliced(doc[1]) and not _subordinate(doc[1])
    said = _parse(words[:4] + ["said", "ten", "."], heads, deps, ["crowd", "march", ",", "police", "say", "ten", "."])
    assert not _spliced(said[1]) and _subordinate(said[1])  # "X marched, police said": what was said
    nocomma = _parse(["Crowds", "marched", "police", "arrested", "ten", "."], [1, 3, 3, 3, 3, 3],
                     ["nsubj", "ccomp", "nsubj", "ROOT", "dobj", "punct"],
                     ["crowd", "march", "police", "arrest", "ten", "."])
    assert not _spliced(nocomma[1])
    after = _parse(["Police", "arrested", "ten", ",", "crowds", "marched", "."], [1, 1, 1, 1, 5, 1, 1],
                   ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ccomp", "punct"],
                   ["police", "arrest", "ten", ",", "crowd", "march", "."])
    assert not _spliced(after[5])  # a complement after its verb is one
    after_comma = _parse(["Police", "arrested", "ten", ",", "crowds", "marched", ",", "too", "."],
                         [1, 1, 1, 1, 5, 1, 1, 1, 1],
                         ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ccomp", "punct", "advmod", "punct"],
                         ["police", "arrest", "ten", ",", "crowd", "march", ",", "too", "."])
    assert not _spliced(after_comma[5])  # after its verb, even with a comma after it
    nosubj = _parse(["Marching", "on", ",", "police", "arrested", "ten", "."], [4, 0, 4, 4, 4, 4, 4],
                    ["ccomp", "prt", "punct", "nsubj", "ROOT", "dobj", "punct"],
                    ["march", "on", ",", "police", "arrest", "ten", "."])
    assert not _spliced(nosubj[0])  # no subject of its own: no clause of its own


# What is feared, plotted or remembered did not happen now.
@pytest.mark.parametrize("text", [
    "Villagers feared a raid by the militia.",
    "The cell was plotting an attack on the embassy.",
    "Fears of an invasion grew in the border towns.",
    "The risk of a coup has risen, diplomats said.",
    "Survivors marked the anniversary of the massacre.",
    "Villagers feared the outbreak of fighting.",  # the feared noun's own "of" phrase
    "Villagers feared the start of an offensive.",
])
def test_not_happened(pipeline, text):
    assert not _asserted_types(pipeline, text)["ASSAULT"]


def test_returned_fire(pipeline):
    assert _asserted_types(pipeline, "Border guards returned fire.")["ASSAULT"] == 1


# A patrol an attack hits is who was attacked, not a MOBILIZE; a patrol that acts is still one.
@pytest.mark.parametrize("text", [
    "Gunmen attacked an army patrol near the border.",
    "A police patrol was ambushed outside the town.",
    "Militants opened fire on a border patrol.",
])
def test_attacked_patrol(pipeline, text):
    got = _asserted_types(pipeline, text)
    assert got["ASSAULT"] == 1 and not got["MOBILIZE"]


def test_patrol_that_acts(pipeline):
    assert _asserted_types(pipeline, "The navy stepped up patrols in the strait.")["MOBILIZE"] == 1


# "the threat of X" with no one threatening is a danger; a named threatener makes it an act.
def test_threat_as_danger(pipeline):
    assert not _asserted_types(pipeline, "The threat of war loomed over the region.")["THREATEN"]


@pytest.mark.parametrize("text", [
    "Iran's threat of retaliation alarmed Washington.",
    "The threat of sanctions by the European Union worried Belgrade.",
])
def test_threat_with_threatener(pipeline, text):
    assert _asserted_types(pipeline, text)["THREATEN"] == 1


# Guards of the attacked-patrol rule: only a MOBILIZE noun, and only under an ASSAULT.
def test_attacked_protest_stays(pipeline):
    got = _asserted_types(pipeline, "Thugs attacked a peaceful protest in the capital.")
    assert got["ASSAULT"] == 1 and got["PROTEST"] == 1  # the protest was held, then attacked


def test_patrol_under_another_verb(pipeline):
    assert _asserted_types(pipeline, "The general relied on patrols along the border.")["MOBILIZE"] == 1


def test_every_doer_must_be_no_one():
    # a hand-built parse with two subjects of one verb (as `subjects` may return a split subject): one of them
    # is someone, so someone did it
    from newsgraph.events.coder import no_one_doing

    doc = _parse(["Storms", "rebels", "attacked", "town"], [2, 2, 2, 2], ["nsubj", "nsubj", "ROOT", "dobj"],
                 ["storm", "rebel", "attack", "town"])
    assert not no_one_doing(doc[2])
    doc = _parse(["Storms", "floods", "hit", "town"], [2, 2, 2, 2], ["nsubj", "nsubj", "ROOT", "dobj"],
                 ["storm", "flood", "hit", "town"])
    assert no_one_doing(doc[2])
