"""Session 36 (s36-nevent): acts the events stage made no event for (families from s36-acledcat's probes:
take back, take hostage, beat/stone to death, conclude a deal, trade fire, chemical weapons used or dropped,
vehicles rammed, parties suspended). Own probe sentences (tests/data/s36_nevent_set*.tsv), labelled from the
CAMEO codebook before their first run; a case passes when some event's CAMEO code starts with the label.
Regression tests of coverage, not accuracy. docs/accuracy.md, Session 36, s36-nevent."""

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"

# lines still failing after this branch's lexicon senses (strict=False: a later fix may make one pass). First set: 27 of 48
# on base 6ec2487d, 43 after; second set: 2 of 18 on base, 15 after (docs/accuracy.md).
KNOWN_MISSES = {
    "Militiamen beat three prisoners to death at a camp in Darfur.",  # coded 190, not a physical assault (18x)
    "Helicopters dropped barrels of chlorine on the besieged town.",  # an aircraft's drop is coded 195 before the lexicon
    "Army helicopters dropped chlorine on residential districts of Aleppo.",  # the same
    "Aircraft dropped canisters of toxic gas on a rebel-held village.",  # "toxic" is an adjective, not an object word
    "Rebels used chemical weapons against the army, the government claimed.",  # the same ("chemical" an amod of weapons)
    "A suicide bomber rammed an explosives-laden car into an army checkpoint.",  # coded 193
    "Mali's junta suspended political parties' activities until further notice.",  # the parties are the object's owner
    "Myanmar's military dissolved the National League for Democracy party.",  # the name, not "party", heads the object
}


def _rows(name):
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            family, code, text = line.split("\t")
            marks = [pytest.mark.xfail(strict=False, reason="known miss")] if text in KNOWN_MISSES else []
            yield pytest.param(code, text, marks=marks, id=f"{family}:{text[:50]}")


def codes(pipeline, text):
    return [e.cameo or "" for e in pipeline.extract(text, published="2024-06-01").events]


@pytest.mark.parametrize("code, text", list(_rows("s36_nevent_set1.tsv")))
def test_first_set(pipeline, code, text):
    got = codes(pipeline, text)
    assert any(c.startswith(code) for c in got), (text, got)


@pytest.mark.parametrize("code, text", list(_rows("s36_nevent_set2.tsv")))
def test_second_set(pipeline, code, text):
    got = codes(pipeline, text)
    assert any(c.startswith(code) for c in got), (text, got)


# near misses of the new senses (own wordings, written after the fixes): no actor acts on another, so no event. (A sixth,
# "two companies concluded a licensing deal", was dropped as no near miss: CAMEO codes business actors, and `sign` codes
# the same deal signed.) The 1722 and chemical senses need an acting source for these.
@pytest.mark.parametrize("text", [
    "The ship rammed the pier while docking in fog.",
    "The club suspended the party planned for Saturday.",
    "The farmers traded fire-damaged grain with neighbours.",
    "The chemist used chemical reagents against the stain.",
    "The tourists took back souvenirs from the island.",
])
def test_near_misses_make_no_event(pipeline, text):
    assert codes(pipeline, text) == []
