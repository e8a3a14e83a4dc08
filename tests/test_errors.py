"""newsgraph's errors: one hierarchy, pickle round trips, and their exit codes on the command line."""

import inspect
import pickle

import pytest
from typer.testing import CliRunner

import newsgraph.errors as errors
from newsgraph import cli
from newsgraph.errors import (DictionaryError, ExtractionError, InputError, ModelError, NewsgraphError, NotFoundError,
                              PipelineError, QueryError, StoreError, UsageError)

# one example per class, by its constructor
EXAMPLES = {
    NewsgraphError: ("something went wrong",),
    UsageError: ("--split: no such split 'x'",),
    QueryError: ("since: 'x' is not a date",),
    NotFoundError: ("no actor matches 'x'",),
    InputError: ("a.txt", "empty input"),
    DictionaryError: ("actors.txt", 3, "bad actor code '?'"),
    ExtractionError: ("a.txt", "internal error in stage 'places': KeyError: 'x'"),
    ModelError: ("spaCy pipeline 'x' is not installed",),
    PipelineError: ("stage 'b' needs 'w', which no stage provides",),
    StoreError: ("c.duckdb: no such corpus database",),
}


def _error_classes():
    return [c for _, c in inspect.getmembers(errors, inspect.isclass)
            if issubclass(c, NewsgraphError) and c.__module__ == errors.__name__]


def test_every_error_class_has_an_example():
    assert set(_error_classes()) == set(EXAMPLES)


@pytest.mark.parametrize("cls", list(EXAMPLES), ids=lambda c: c.__name__)
def test_errors_survive_pickling(cls):
    err = cls(*EXAMPLES[cls])
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is cls and str(back) == str(err) and back.args == err.args
    assert {k: v for k, v in vars(back).items()} == {k: v for k, v in vars(err).items()}


def test_pickled_errors_keep_their_fields_and_extra_attributes():
    err = DictionaryError("agents.txt", 2, "agent code 'COP' must start or end with ~")
    err.note = "added later"
    back = pickle.loads(pickle.dumps(err))
    assert (back.name, back.reason, back.path, back.line, back.note) == (
        "agents.txt:2", "agent code 'COP' must start or end with ~", "agents.txt", 2, "added later")
    assert str(back) == "agents.txt:2: agent code 'COP' must start or end with ~"


def test_errors_made_with_keyword_arguments_pickle_too():
    back = pickle.loads(pickle.dumps(InputError(name="a.txt", reason="empty input")))
    assert (back.name, back.reason, str(back)) == ("a.txt", "empty input", "a.txt: empty input")


def test_moved_and_reexported_names_are_the_same_classes():
    from newsgraph.actors.cameo_dict import DictionaryError as FromDict
    from newsgraph.pipeline import ExtractionError as FromPipeline
    from newsgraph.stage import PipelineError as FromStage

    assert FromPipeline is ExtractionError and FromDict is DictionaryError and FromStage is PipelineError
    assert issubclass(QueryError, ValueError)  # callers that caught ValueError still work


@pytest.mark.parametrize("cls,code", [
    (UsageError, 2), (QueryError, 2), (ModelError, 3), (PipelineError, 3), (StoreError, 3),
    (InputError, 1), (DictionaryError, 1), (ExtractionError, 1), (NewsgraphError, 1), (NotFoundError, 1),
], ids=lambda v: getattr(v, "__name__", str(v)))
def test_exit_code_table(cls, code):
    assert cli.exit_code(cls(*EXAMPLES[cls])) == code


@pytest.mark.parametrize("cls,status,code", [(NotFoundError, 404, "not_found"), (QueryError, 422, "invalid"),
                                             (NewsgraphError, 422, "invalid")], ids=lambda v: getattr(v, "__name__", str(v)))
def test_http_status_table(cls, status, code):
    import json

    from newsgraph.web.app import error_response

    resp = error_response(cls(*EXAMPLES[cls]))
    assert resp.status_code == status and json.loads(resp.body) == {"error": code, "message": str(cls(*EXAMPLES[cls]))}


# --- through the real command line (in process, with typer's CliRunner) ----------------------------

@pytest.fixture
def runner():
    return CliRunner()


def _one_line(result, code: int, text: str):
    assert result.exit_code == code, (result.stdout, result.stderr)
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and text in lines[0], result.stderr
    assert "Traceback" not in result.stderr + result.stdout


@pytest.fixture
def gold(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"id": "a", "text": "On Monday it rained.", "times": []}\n', encoding="utf-8")
    return str(p)


def test_cli_usage_error_exits_2(runner, tmp_path):
    _one_line(runner.invoke(cli.app, ["evaluate", "time"]), 2, "give exactly one of GOLD")


def test_cli_input_error_exits_1(runner, tmp_path):
    _one_line(runner.invoke(cli.app, ["evaluate", "time", str(tmp_path / "nope.jsonl")]), 1, "no such gold file")


def test_cli_store_and_query_errors(runner, tmp_path):
    from newsgraph.corpus import Store

    r = runner.invoke(cli.app, ["query", "events", "--db", str(tmp_path / "missing.duckdb")])
    _one_line(r, 3, "no such corpus database")
    db = tmp_path / "c.duckdb"
    Store.open(db).close()
    _one_line(runner.invoke(cli.app, ["query", "events", "--db", str(db), "--since", "last week"]), 2, "is not a date")


def test_cli_model_error_exits_3(runner, gold):
    r = runner.invoke(cli.app, ["evaluate", "time", gold, "--model", "no_such_pipeline_xyz"])
    _one_line(r, 3, "no_such_pipeline_xyz")


@pytest.mark.parametrize("raised,code,text", [
    (ExtractionError("g.jsonl#a", "internal error in stage 'times'"), 1, "error: g.jsonl#a: internal error"),
    (RuntimeError("a bug"), 1, "internal error: RuntimeError: a bug"),
    (KeyboardInterrupt(), 130, "interrupted"),
])
def test_cli_failures_inside_a_command(runner, gold, monkeypatch, raised, code, text):
    import newsgraph.evaluate.time as evt

    def fail(items, options=None):
        raise raised

    monkeypatch.delenv("NEWSGRAPH_DEBUG", raising=False)
    monkeypatch.setattr(evt, "predict", fail)
    _one_line(runner.invoke(cli.app, ["evaluate", "time", gold]), code, text)
