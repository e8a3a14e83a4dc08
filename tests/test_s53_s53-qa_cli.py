"""Session 53 (s53-qa): what a demanding user meets at the command line, each defect found and fixed with a
test that fails on the old behaviour. No model is loaded: every case fails (or is answered) before predicting."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsgraph import cli
from newsgraph.evaluate import GOLD, evaluators

NAMED = [(ev.name, src.flag) for ev in evaluators() for src in ev.sources if src.name != GOLD]


@pytest.mark.parametrize("command,flag", NAMED)
def test_a_gold_source_given_twice_is_refused_by_name_not_the_last_kept(tmp_path, command, flag):
    """`evaluate events --petrarch A --petrarch B` scored B alone, as if it were the whole gold set."""
    first, second = tmp_path / "first.gold", tmp_path / "second.gold"
    result = CliRunner().invoke(cli.app, ["evaluate", command, flag, str(first), flag, str(second)])
    assert result.exit_code == 2, result.output
    assert result.stderr == (f"newsgraph: error: evaluate {command}: {flag} given 2 times ({first}, {second}); "
                             "score one gold file at a time\n")


def test_a_gold_source_given_once_still_reaches_its_reader(tmp_path):
    missing = tmp_path / "nowhere.xml"
    result = CliRunner().invoke(cli.app, ["evaluate", "events", "--petrarch", str(missing)])
    assert result.exit_code == 1 and str(missing) in result.stderr and "Traceback" not in result.stderr
    result = CliRunner().invoke(cli.app, ["evaluate", "events"])
    assert result.exit_code == 2 and "give exactly one of GOLD or --petrarch FILE" in result.stderr


def test_one_gold_passes_a_single_value_through_and_refuses_two():
    assert cli._one_gold("events", "--petrarch", "a.xml") == "a.xml"
    assert cli._one_gold("events", "--petrarch", ["a.xml"]) == "a.xml"
    with pytest.raises(cli.UsageError, match=r"--petrarch given 3 times \(a, b, c\)"):
        cli._one_gold("events", "--petrarch", ["a", "b", "c"])
