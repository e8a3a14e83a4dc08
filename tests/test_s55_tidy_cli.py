"""Session 55, s55-tidy: `evaluate`'s --errors says in --help which gold sources it works with (before, `evaluate
events --help` did not say that --petrarch refuses it), and an --errors file that cannot be written is one usage
line before the gold is scored, not an input error after it. Gold files invented here (test_evaluate_cli_errors'
builders); no model is loaded."""

from __future__ import annotations

import importlib
import re

import pytest
import typer
from typer.testing import CliRunner

from newsgraph import cli
from newsgraph.evaluate import evaluators, get
from test_evaluate_cli_errors import _args, _no_data_env, _one_line, _valid  # noqa: F401 (_no_data_env: a fixture)


def _app():
    """The command line with its evaluate commands built afresh (as cli.app builds them at import)."""
    app, group = typer.Typer(cls=cli._Commands), typer.Typer()
    app.add_typer(group, name="evaluate")
    cli.add_evaluate_commands(group)
    return app


def _dump_option(ev):
    return next((o for o in ev.options if o.name == "errors" and o.kind == "value"), None)


# (evaluator, source) of every evaluator whose --errors names a dump file, and whether the source writes one
DUMPS = [(ev.name, src.name) for ev in evaluators() if _dump_option(ev) for src in ev.sources]


def _writes_dump(evaluator: str, source: str) -> bool:
    ev = get(evaluator)
    module = ev._module(source)
    return hasattr(module if not isinstance(module, str) else importlib.import_module(module), "write_errors")


def test_every_dump_option_is_covered():
    assert {ev for ev, _ in DUMPS} == {"events", "places", "time"}
    assert ("events", "petrarch") in DUMPS and not _writes_dump("events", "petrarch")


@pytest.mark.parametrize("evaluator", sorted({ev for ev, _ in DUMPS}))
def test_the_errors_help_names_the_sources_that_take_it_and_those_that_refuse_it(evaluator):
    ev = get(evaluator)
    m = re.search(r"With (.+); not with (.+)\.$", _dump_option(ev).help)
    assert m, _dump_option(ev).help
    named = lambda words: set(re.findall(r"GOLD|--[a-z-]+", words))  # noqa: E731
    assert named(m.group(1)) == {s.flag for s in ev.sources if _writes_dump(evaluator, s.name)}
    assert named(m.group(2)) == {s.flag for s in ev.sources if not _writes_dump(evaluator, s.name)}


def test_evaluate_events_help_says_errors_is_not_for_petrarch():
    shown = CliRunner().invoke(_app(), ["evaluate", "events", "--help"], terminal_width=200).stdout
    assert "With GOLD, --codebook or --acled; not with --petrarch." in " ".join(shown.replace("│", " ").split())


@pytest.mark.parametrize("evaluator,source", [d for d in DUMPS if not _writes_dump(*d)])
def test_errors_with_a_source_that_refuses_it_is_one_usage_line(tmp_path, evaluator, source):
    path, _ = _valid(tmp_path, evaluator, source)
    flag = get(evaluator).source(source).flag
    result = CliRunner().invoke(_app(), _args(evaluator, source, path) + ["--errors", str(tmp_path / "e.jsonl")])
    _one_line(result, 2, f"evaluate {evaluator}: --errors is not available for {flag}")


@pytest.mark.parametrize("evaluator,source", [d for d in DUMPS if _writes_dump(*d)])
@pytest.mark.parametrize("where,reason", [("folder", "is a directory; give a file name"),
                                          ("nowhere/e.jsonl", "does not exist")])
def test_an_errors_file_that_cannot_be_written_is_refused_before_scoring(tmp_path, monkeypatch, evaluator, source,
                                                                        where, reason):
    path, _ = _valid(tmp_path, evaluator, source)
    (tmp_path / "folder").mkdir()
    monkeypatch.setattr(get(evaluator), "run", lambda *a, **k: pytest.fail("scored before the --errors check"))
    result = CliRunner().invoke(_app(), _args(evaluator, source, path) + ["--errors", str(tmp_path / where)])
    _one_line(result, 2, "Invalid value for --errors: ", reason)


def test_a_writable_errors_file_reaches_the_evaluator(tmp_path, monkeypatch):
    path, _ = _valid(tmp_path, "events", "codebook")
    got = {}
    monkeypatch.setattr(get("events"), "run", lambda p, **kw: got.update(kw, path=p) or {"n": 0})
    monkeypatch.setattr(get("events"), "render", lambda report, source: "scored\n")
    result = CliRunner().invoke(_app(), ["evaluate", "events", "--codebook", path, "--errors", str(tmp_path / "e.jsonl")])
    assert result.exit_code == 0 and result.stdout == "scored\n", result.stderr
    assert got["errors"] == str(tmp_path / "e.jsonl") and got["source"] == "codebook" and got["path"] == path
