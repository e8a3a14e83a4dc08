"""ACLED sub-event types, session 29 (s29-acled2, issue 11): one side striking an armed organised side is an armed
clash (both sides armed organised groups, whoever struck first), the same doers on civilians an attack; a bomb
that exploded is remote explosive, bombs from aircraft an air strike, a bomber who blew himself up a suicide bomb.
Own sentences labelled from the ACLED codebook before any run (tests/data/s29_acled2_probes*.tsv: set 1 before any
run, set 2 after set 1's run, before the lexicon fix it led to: a force's members named as peacekeepers, troopers,
sentries or guardsmen, `acled.STATE_WORDS`). Known misses are strict xfails, so a fix of one shows."""

import pytest

from eventsutil import probe_rows, acled_predicted

KNOWN_MISSES = {  # each wrong on base 6e794600 too; the cause in docs/accuracy.md, Session 29, s29-acled2
    # a supply column is a force's, but "column" is no force word (a newspaper column, a column of smoke)
    "Insurgents ambushed a government supply column overnight, officials said.",
    # weapons seized: the codebook's disrupted weapons use is arguable here (label kept as written)
    "Separatist fighters raided a border guard post and seized weapons, the ministry said.",
    # a base overrun: the codebook's "Non-state actor overtakes territory" is arguable here (label kept as written)
    "Al-Shabaab fighters overran a military base in southern Somalia on Friday.",
    # "attacked X's positions" is read as a verbal attack on stated positions
    "Militiamen attacked a rival militia's positions outside the town on Monday.",
    # the codebook's disrupted weapons use names a defused explosive: the label was wrong (kept as written)
    "Police defused a bomb found outside a bank on Tuesday.",
    # a helicopter fired on is read as the weapon (an air strike)
    "Insurgents fired on a military helicopter as it landed near the base.",
    # two non-state armed groups with no target parsed: only a state force word in the rest makes a clash
    "Tribal gunmen attacked a pro-government militia in the desert town.",
    # "convoy" is a force word; an aid convoy is not
    "Militants attacked a convoy of aid trucks, killing two drivers.",
}


def _rows():
    return probe_rows(("s29_acled2_probes.tsv", "s29_acled2_probes2.tsv"), KNOWN_MISSES, 3)


@pytest.mark.parametrize("want, text", list(_rows()))
def test_probe(pipeline, want, text):
    assert acled_predicted(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # each new force word alone makes the victims armed (set 2 has them in other wordings); the trooper one is right
    # on base too (the actor coder knows a trooper), kept as a guard
    ("A gunman shot a peacekeeper at the gate of the compound on Sunday.", "Armed clash"),
    # ("Masked men opened fire on ..." is an Attack for "a police officer" too, on base: masked men are no armed side)
    ("A gunman opened fire on a state trooper during a traffic stop.", "Armed clash"),
    ("Rebels killed a sentry at the gate in the night.", "Armed clash"),
    # ("Gunmen wounded two guardsmen at the airport." gives no PLOVER event at all: the events stage, left alone)
    ("Gunmen opened fire on guardsmen at the airport, wounding two.", "Armed clash"),
    # the same doers on the unarmed stay an attack
    ("A gunman shot a shopkeeper at the gate of the market on Sunday.", "Attack"),
    ("Rebels killed a farmer outside the village in the night.", "Attack"),
])
def test_force_words(pipeline, text, want):
    assert acled_predicted(pipeline, text) == want
