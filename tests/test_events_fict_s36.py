"""Session 36 (s36-fict): renaming invariance. An event coded on real names must code the same on invented ones
given through PETRARCH-format dictionaries (--actors/--agents), as the PETRARCH validation suite codes its
fictional countries. The harness (docs/accuracy.md "Session 36, s36-fict") found that a user agent inside a means
noun's phrase ("army reservists", ARMY [~MIL]) made that modifier count as a second party: the mobilisation's
target became the source's own reservists instead of whom the war is against."""

from pathlib import Path

import pytest

from conftest import SHARED
from newsgraph.evaluate import petrarch as ep

ROOT = Path(__file__).resolve().parents[1]
ACTORS = str(ROOT / "gold" / "petrarch_records_23.actors.txt")
AGENTS = str(ROOT / "gold" / "petrarch_records_23.agents.txt")


def _codings(text, agents=True) -> set[str]:
    opts = ep.pipeline_options(None, actors=[ACTORS], agents=[AGENTS] if agents else None)
    (got,) = ep.predict([ep.Record("t", text, "2015-06-01")], opts)
    return {f"{c.source} {c.target} {c.code}" for c in got}


@pytest.mark.parametrize("text, codings", [
    # the agent word is part of the means noun's own actor: the source's own forces, not a recipient
    ("Fredonia mobilized army reservists for a possible war against Sylvania.", {"FRD SYL 154"}),
    ("Karvonia mobilized army reservists on Monday for a war against Valdoria.", {"KRV VLD 154"}),
])
def test_an_agent_word_in_a_means_phrase_is_not_a_second_party(text, codings):
    assert _codings(text) == codings


def test_the_same_sentence_codes_alike_without_user_agents():
    # without user agents "army reservists" is no actor at all: the target was always the war's
    assert _codings("Fredonia mobilized army reservists for a possible war against Sylvania.", agents=False) \
        == {"FRD SYL 154"}


def test_a_modifier_naming_another_state_still_makes_the_means_its_own():
    # "Sylvania troops" are Sylvania's: coding them as the target of Fredonia's act is unchanged
    got = _codings("Fredonia expelled Sylvania troops from the border area on Monday.")
    assert {c.rsplit(" ", 1)[0] for c in got} == {"FRD SYLMIL"}


@pytest.mark.parametrize("name, gold, correct, extra", [
    # first run on main cffd83c0: 9 with 7 extra; NG23-011..016 were labelled by the built-in tables' convention
    # (an agent with no country of its own is the story's state's, "Karvonia said police arrested" KRVCOP),
    # which PETRARCH does not share (records_10, _22: "Soldiers attacked Mordor" ---MIL): left as labelled, open
    ("23", 16, 10, 6),
    # the second set, written after the fix: main 2 with 3 extra; NG24-005/006 ("conflict with", "in case of war
    # with") and NG24-009's CAMEO code (seized trucks coded 192, labelled 1711) open; session 42 (s42-petr): NG24-006
    # coded, by PETRARCH's target of a verb with none of ours (the first actor its phrases name)
    ("24", 10, 8, 2),
])
def test_own_records_23_24(name, gold, correct, extra):
    """Regression test (our own sentences about invented countries, session 36): the dictionaries of
    gold/petrarch_records_23 with the built-in verbs (docs/accuracy.md "Session 36, s36-fict")."""
    opts = ep.pipeline_options(None, actors=[ACTORS], agents=[AGENTS])
    report = ep.evaluate(str(ROOT / "gold" / f"petrarch_records_{name}.xml"), opts)
    assert (report["gold_events"], report["correct"], report["extra"]) == (gold, correct, extra)


VALIDATION = SHARED / "data" / "cameo-dict-format"


@pytest.mark.skipif(not (VALIDATION / "PETR.Validate.actors.txt").exists(), reason="validation dictionaries absent")
def test_a_name_inside_the_means_nouns_own_actor_names_another_party():
    # "Gondor police" is one actor (an agent after a dictionary name): its name word makes it another party,
    # so the pelting is aimed at it (as gold/petrarch_records_6.xml's NG6-68 says in other words)
    opts = ep.pipeline_options(None, actors=[str(VALIDATION / "PETR.Validate.actors.txt")],
                               agents=[str(VALIDATION / "PETR.Validate.agents.txt")])
    (got,) = ep.predict([ep.Record("t", "Rohan students pelted Gondor police with stones.", "2015-06-01")], opts)
    assert {f"{c.source} {c.target}" for c in got} == {"ROHEDU GONCOP"}


@pytest.mark.parametrize("text, actors", [
    # a people adjective (amod) and a possessive (poss) of another state: its forces are the target
    ("Fredonia expelled Sylvanian troops from the border area on Monday.", {"FRD SYLMIL"}),
    ("Fredonia expelled Sylvania's troops from the border area on Monday.", {"FRD SYLMIL"}),
    # a modifier that is no actor ("additional"): the source's own means
    ("Fredonia mobilized additional troops for a possible war against Sylvania.", {"FRD SYL"}),
    ("Fredonia mobilized additional army reservists for a possible war against Sylvania.", {"FRD SYL"}),
])
def test_which_modifiers_of_a_means_noun_name_another_party(text, actors):
    assert {c.rsplit(" ", 1)[0] for c in _codings(text)} == actors
