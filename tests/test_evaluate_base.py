"""The evaluator interface: the registry, ModuleEvaluator over plain modules, and the CLI built from it."""

import json
import types

import pytest
import typer
from typer.testing import CliRunner

from newsgraph import cli
from newsgraph.errors import UsageError
from newsgraph.evaluate import (GOLD, REGISTRY, ModuleEvaluator, Option, corpus, evaluators, get, gold_file,
                                heldout_split)


def _module(name: str, tag: str) -> types.ModuleType:
    """A plain evaluator module, as helpers write them: four functions."""
    mod = types.ModuleType(name)
    mod.load_gold = lambda path, split=None: [{"path": path, "split": split, "tag": tag}]
    mod.predict = lambda gold, options: [options.published]
    mod.score = lambda gold, predictions: {"tag": tag, "gold": gold[0], "predicted": predictions}
    mod.render = lambda report: f"{report['tag']} report for {report['gold']['path']}\n"
    return mod


def _pipeline_options(model=None, published=None):
    from newsgraph.stage import Options

    return Options(model=model, published=published)


@pytest.fixture
def fake():
    gold, other = _module("fake_gold", "gold"), _module("fake_other", "other")
    gold.pipeline_options = _pipeline_options  # the evaluator's own option becomes a pipeline setting
    return ModuleEvaluator(gold, name="fake", help="A fake evaluator.",
                           sources=[gold_file("Gold JSONL."), corpus("other_corpus", "DIR", other, "Another corpus.")],
                           options=[Option("published", "A date for every text.")])


def _runner_app(ev):
    app = typer.Typer(cls=cli._Commands)
    group = typer.Typer()
    app.add_typer(group, name="evaluate")
    cli.add_evaluate_commands(group, [ev])
    return app


def test_module_evaluator_runs_the_module_of_the_source(fake):
    report = fake.run("g.jsonl", split="dev", model=None, published="2026-01-02")
    assert report == {"tag": "gold", "gold": {"path": "g.jsonl", "split": "dev", "tag": "gold"}, "predicted": ["2026-01-02"]}
    other = fake.run("d/", source="other_corpus")
    assert other["tag"] == "other" and other["predicted"] == [None]  # its module has no pipeline_options
    assert fake.render(report) == "gold report for g.jsonl\n"
    with pytest.raises(UsageError, match="no gold source 'nope'"):
        fake.run("x", source="nope")


def test_cli_command_built_from_an_evaluator(fake):
    app, runner = _runner_app(fake), CliRunner()
    r = runner.invoke(app, ["evaluate", "fake", "g.jsonl", "--split", "heldout", "--format", "json", "--published", "2026-03-04"])
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout) == {"tag": "gold", "gold": {"path": "g.jsonl", "split": "heldout", "tag": "gold"},
                                    "predicted": ["2026-03-04"]}
    r = runner.invoke(app, ["evaluate", "fake", "--other-corpus", "some/dir"])
    assert r.exit_code == 0 and r.stdout == "other report for some/dir\n"
    for args in ([], ["g.jsonl", "--other-corpus", "d"]):  # exactly one gold source
        r = runner.invoke(app, ["evaluate", "fake", *args])
        assert r.exit_code == 2 and "give exactly one of GOLD or --other-corpus DIR" in r.stderr
    assert "--other-corpus" in runner.invoke(app, ["evaluate", "fake", "--help"]).stdout
    assert runner.invoke(app, ["evaluate", "fake", "g.jsonl", "--split", "tset"]).exit_code == 2  # dev|heldout|train


def test_every_registered_evaluator_is_a_command_with_the_shared_options():
    names = [ev.name for ev in evaluators()]
    assert {"time", "events", "quotes", "places", "actors"} <= set(names)
    runner = CliRunner()
    for name in names:
        shown = runner.invoke(cli.app, ["evaluate", name, "--help"], terminal_width=200).stdout
        for opt in ("--split", "--format", "--model"):
            assert opt in shown, (name, opt)
        assert any(s.name == GOLD for s in get(name).sources)
    assert [o.name for o in get("events").options] == ["verbs", "actors", "agents", "discards", "issues", "errors"]
    with pytest.raises(UsageError, match="--errors is not available for --petrarch"):
        get("events").run("unused.xml", source="petrarch", errors="dump.jsonl")
    assert [s.name for s in get("events").sources] == [GOLD, "petrarch", "codebook", "acled"]
    with pytest.raises(UsageError):
        get("no-such-evaluator")
    assert REGISTRY["time"] is get("time")


def test_heldout_split_is_the_project_convention():
    import hashlib

    ids = [f"doc{i}" for i in range(30)]
    held = [i for i in ids if heldout_split(i) == "heldout"]
    assert held == [i for i in ids if int(hashlib.sha1(i.encode()).hexdigest(), 16) % 3 == 0]
    assert 0 < len(held) < len(ids) and all(heldout_split(i) in ("dev", "heldout") for i in ids)
