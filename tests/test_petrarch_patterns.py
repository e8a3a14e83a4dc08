"""scripts/petrarch_patterns.py: one sentence per verb-dictionary pattern, its expected coding, and the tally."""

import importlib.util
import sys
from pathlib import Path

import pytest

from conftest import SHARED

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("petrarch_patterns", ROOT / "scripts" / "petrarch_patterns.py")
pp = importlib.util.module_from_spec(spec)
sys.modules["petrarch_patterns"] = pp
spec.loader.exec_module(pp)

DICT = """&SANCT
+ECONOMIC SANCTIONS
+EMBARGO

--- CALL [010] ---
CALL
- * FOR &SANCT [172]
- SAID WOULD * [---]
- NOT * [112]

--- MEET [031:032] ---
MEET
- % * [030]
- + WAS_ * [033]

--- BREAK [1717] ---
BREAK {BROKE BROKEN}
+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN}
- * OFF_ TIES [161]
"""


@pytest.fixture()
def cases(tmp_path):
    f = tmp_path / "v.txt"
    f.write_text(DICT)
    return {(c.block, c.pattern.split("[")[0].strip()): c for c in pp.cases(f)}


def test_one_sentence_per_pattern_with_its_coding(cases):
    c = cases[("CALL", "(verb alone)")]
    assert (c.sentence, c.expected) == ("Gondor called Mordor.", [("GON", "MOR", "010")])
    c = cases[("CALL", "- * FOR &SANCT")]  # a synset is its first member; the target after a preposition
    assert c.sentence == "Gondor called for economic sanctions against Mordor."
    assert c.expected == [("GON", "MOR", "172")] and {"synset", "preposition"} <= set(c.constructs)
    c = cases[("CALL", "- SAID WOULD *")]  # a negative pattern expects nothing; the said clause gets a subject
    assert (c.sentence, c.expected, c.code) == ("Gondor said it would call Mordor.", [], None)
    assert "negative pattern [---]" in c.constructs
    assert cases[("CALL", "- NOT *")].sentence == "Gondor did not call Mordor."


def test_slots_compounds_and_verb_forms(cases):
    c = cases[("MEET", "- % *")]  # a compound subject: each on the other
    assert (c.sentence, c.expected) == ("Rohan and Arnor met.", [("ROH", "ARN", "030"), ("ARN", "ROH", "030")])
    c = cases[("MEET", "- + WAS_ *")]  # a target before a passive verb: the source is its agent
    assert (c.sentence, c.expected) == ("Mordor was met by Gondor.", [("GON", "MOR", "033")])
    assert cases[("BREAK", "(verb alone)")].sentence == "Gondor broke Mordor."  # the dictionary's own past
    c = cases[("BREAK", "(synonym verb line alone)")]
    assert c.sentence == "Gondor broke down Mordor." and "synonym verb line" in c.constructs
    assert cases[("BREAK", "- * OFF_ TIES")].sentence == "Gondor broke off ties with Mordor."


def test_past_and_participle():
    assert [pp.past(v) for v in ("abandon", "agree", "deny", "withdraw", "stop")] == [
        "abandoned", "agreed", "denied", "withdrew", "stopped"]
    assert pp.participle("withdraw") == "withdrawn" and pp.participle("condemn") == "condemned"


def test_tally_by_construct():
    a = pp.Case("X", 1, "- * A", ["object words"], "s", "010", [("GON", "MOR", "010")], outcome="correct")
    b = pp.Case("X", 2, "- * B", ["object words", "synset"], "s", "011", [("GON", "MOR", "011")],
                outcome="other", extra=1)
    u = pp.Case("X", 3, "- * C", ["synset"], "s", "012", [("GON", "MOR", "012")], natural=False, outcome="uncoded")
    rep = pp.report([a, b, u])
    assert rep["all natural"]["n"] == 2 and rep["all natural"]["correct"] == 1 and rep["all natural"]["extra"] == 1
    assert rep["by construct (natural)"]["synset"] == {"n": 1, "correct": 0, "other": 1, "uncoded": 0, "extra": 1,
                                                       "correct_pct": 0.0, "extra_pct": 100.0}
    assert rep["unnatural (apart)"]["uncoded"] == 1


@pytest.mark.skipif(not (SHARED / "data/cameo-dict-format").exists(), reason="validation dictionaries absent")
def test_run_codes_the_sentences(tmp_path):
    d = SHARED / "data/cameo-dict-format"
    verbs = d / "PETR.Validate.verbs.txt"
    cs = [c for c in pp.cases(verbs) if c.line in (357, 175)]  # CONDEMN alone; ASK `* FOR &ECONSANCT`
    pp.run(cs, verbs, [str(d / "PETR.Validate.actors.txt")], [str(d / "PETR.Validate.agents.txt")])
    assert [(c.sentence, c.outcome) for c in cs] == [
        ("Gondor asked for economic sanctions against Mordor.", "correct"), ("Gondor condemned Mordor.", "correct")]
