"""Session 36 (s36-fict): renaming invariance. An event coded on real names must code the same on invented ones
given through PETRARCH-format dictionaries (--actors/--agents), as the PETRARCH validation suite codes its
fictional countries. The harness (docs/accuracy.md "Session 36, s36-fict") found that a user agent inside a means
noun's phrase ("army reservists", ARMY [~MIL]) made that modifier count as a second party: the mobilisation's
target became the source's own reservists instead of whom the war is against."""

from pathlib import Path

import pytest

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
