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


# --- query events in a terminal (was: eleven folded columns four letters wide at COLUMNS=80) --------------

@pytest.fixture(scope="module")
def events_db(tmp_path_factory):
    from corpus_docs import AFP, AP, LATER, REUTERS
    from newsgraph.corpus import Store

    path = tmp_path_factory.mktemp("s53qa") / "c.duckdb"
    with Store.open(path) as s:
        s.add_documents([AFP, REUTERS, AP, LATER])
    return str(path)


def _events_table(db: str, columns: int, *extra: str) -> list[str]:
    result = CliRunner().invoke(cli.app, ["query", "events", "--db", db, *extra], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


@pytest.mark.parametrize("extra", [(), ("--all",)])
def test_query_events_fits_an_80_column_terminal_one_line_an_event(events_db, extra):
    lines = _events_table(events_db, 80, *extra)
    assert max(len(line) for line in lines) <= 80
    header = next(line for line in lines if " date " in line)
    assert header.split()[:4] == ["date", "type", "source", "target"] and header.split()[-1] == "evidence"
    rows = [line for line in lines if line.lstrip()[:4] == "2026"]
    assert len(rows) == 3  # one line each: nothing folded onto a second line
    assert [r.split()[0] for r in rows] == ["2026-02-15", "2026-01-25", "2026-01-25"]  # the date whole
    assert all(r.rstrip().endswith("…") for r in rows)  # the evidence cut to its line, with an ellipsis


def test_query_events_in_a_wide_terminal_shows_every_column_and_the_whole_evidence(events_db):
    lines = _events_table(events_db, 220)
    header = next(line for line in lines if " date " in line).split()
    assert header == ["id", "date", "type", "source", "target", "quad", "gold", "ment", "srcs", "arts", "evidence"]
    assert any(line.rstrip().endswith("Rubio met al-Sudani again in Washington in February.") for line in lines)


def test_fit_columns_drops_in_order_then_narrows_names_never_below_ten():
    from newsgraph.corpus.output import Fit, fit_columns

    rows = [{"a": "x" * 30, "n": 1, "m": 2, "t": "y" * 100}]
    fit = Fit(drop=("m", "n"), squeeze="t", max_width=20, min_squeeze=20)
    assert fit_columns(rows, ["a", "n", "m", "t"], fit, 200) == (["a", "n", "m", "t"], {"a": 20, "n": 1, "m": 1, "t": 200 - 23 - 4 - 4 - 3})
    # 23 + 4 + 4 + 23 = 54 > 50: m goes first, then it fits
    assert fit_columns(rows, ["a", "n", "m", "t"], fit, 50) == (["a", "n", "t"], {"a": 20, "n": 1, "t": 50 - 23 - 4 - 3})
    # at 40 both go and the name narrows to 14 (17 + 23 = 40)
    assert fit_columns(rows, ["a", "n", "m", "t"], fit, 40) == (["a", "t"], {"a": 14, "t": 20})
    # at 30: the name stops at 10, then the text narrows down to 12 (13 + 15 = 28 <= 30)
    assert fit_columns(rows, ["a", "n", "m", "t"], fit, 30) == (["a", "t"], {"a": 10, "t": 14})
    assert fit_columns(rows, ["a", "n", "m", "t"], fit, 10) == (["a", "t"], {"a": 10, "t": 12})


def test_evaluate_checks_the_dictionaries_as_extract_does_before_any_work(tmp_path):
    """`evaluate events --verbs EMPTY` scored 0 of N without a word on why; a bad dictionary line surfaced
    only once the model and gold were loaded."""
    empty = tmp_path / "empty.verbs.txt"
    empty.write_text("# nothing yet\n", encoding="utf-8")
    missing = tmp_path / "nowhere.xml"
    result = CliRunner().invoke(cli.app, ["evaluate", "events", "--petrarch", str(missing), "--verbs", str(empty)])
    assert result.stderr.splitlines()[:2] == [
        f"newsgraph: warning: {empty}: no verb in this verb dictionary (empty, or comments only)",
        "newsgraph: warning: the --verbs dictionaries hold no verb: no events will be coded"]
    bad = tmp_path / "bad.actors.txt"
    bad.write_text("GONDOR_ [GON\n", encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["evaluate", "events", "--petrarch", str(missing), "--actors", str(bad)])
    assert result.exit_code == 1 and result.stderr == f"newsgraph: error: {bad}:1: unbalanced [ ] in code block\n"


def test_dyad_counts_a_flagged_event_only_when_asked(tmp_path):
    """(the mutation run on corpus.query.dyad: no test asked for include_flagged, so dropping it survived)"""
    from corpus_docs import make_doc
    from newsgraph.corpus import Store

    text = "Gondor did not attack Mordor on Monday."
    doc = make_doc(text, published="2026-04-06", entities=[("e1", "Gondor", "GPE", "GON", None),
                                                             ("e2", "Mordor", "GPE", "MOR", None)],
                   events=[{"type": "ASSAULT", "source": ["e1"], "target": ["e2"], "quad_class": 4, "goldstein": -9.0,
                            "flags": ["negated"], "evidence": text}])
    with Store.open(tmp_path / "f.duckdb") as store:
        store.add_documents([doc])
        assert store.dyad("GON", "MOR").num_rows == 0
        (row,) = store.dyad("GON", "MOR", include_flagged=True).to_pylist()
        assert (row["direction"], row["quad4"], row["events"]) == ("a->b", 1, 1)


# --- corpus.output.show in process (the mutation run: the CLI tests that read it ran it in a subprocess) -----

def _shown(data, fmt, **kw) -> str:
    import io

    from newsgraph.corpus.output import show

    buf = io.StringIO()
    show(data, fmt, file=buf, **kw)
    return buf.getvalue()


def test_show_writes_json_and_csv_of_a_table_and_of_rows():
    import datetime as dt

    import pyarrow as pa

    table = pa.table({"name": ["Zoë"], "day": [dt.date(2026, 1, 2)], "score": [1.5]})
    assert _shown(table, "json") == '[\n  {\n    "name": "Zoë",\n    "day": "2026-01-02",\n    "score": 1.5\n  }\n]\n'
    assert _shown({"a": 1}, "json") == '{\n  "a": 1\n}\n'
    assert _shown(table, "csv") == "name,day,score\r\nZoë,2026-01-02,1.50\r\n"
    assert _shown([{"a": 1, "b": [2, 3]}, {"a": None, "b": []}], "csv") == "a,b\r\n1,\"2, 3\"\r\n,\r\n"
    assert _shown({"a": 1, "b": 2}, "csv") == "a,b\r\n1,2\r\n"
    assert _shown([], "csv") == "\r\n"


def test_show_a_plain_table_folds_and_keeps_its_title(monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    out = _shown([{"field": "name", "value": "x" * 50}], "table", title="actor")
    lines = out.splitlines()
    assert lines[0].strip() == "actor" and "┃ field" in lines[2]
    assert "".join(line.split("│")[2].strip() for line in lines if line.count("│") == 3) == "x" * 50  # folded, whole
    two = _shown([{"a": "1"}, {"a": "2"}], "table").splitlines()
    assert [line.strip() for line in two] == ["┏━━━┓", "┃ a ┃", "┡━━━┩", "│ 1 │", "│ 2 │", "└───┘"]  # no rule between rows


def test_show_a_fitted_table_cuts_narrow_and_folds_wide(monkeypatch):
    from newsgraph.corpus.output import Fit

    fit = Fit(headers={"n": "num"}, squeeze="t", wide=60, max_width=6, min_squeeze=12)
    rows = [{"n": "abcdefghij", "t": "word " * 30}]
    monkeypatch.setenv("COLUMNS", "40")
    narrow = _shown(rows, "table", title="tt", fit=fit).splitlines()
    assert narrow[0].strip() == "tt" and narrow[2].split() == ["num", "t"]
    assert len(narrow) == 6 and narrow[4].split()[0] == "abcde…" and narrow[4].rstrip().endswith("…")
    monkeypatch.setenv("COLUMNS", "60")
    wide = _shown(rows, "table", fit=fit).splitlines()
    assert len([line for line in wide if line.strip()]) > 3  # folded over several lines, all of it
    assert " ".join(line[9:].strip() for line in wide[2:] if line.strip() and "─" not in line).split() == ["word"] * 30


def test_fit_columns_narrows_the_widest_first_and_never_leaves_a_squeeze_it_has_not():
    from newsgraph.corpus.output import Fit, fit_columns

    rows = [{"a": "x" * 20, "b": "y" * 14, "t": "z"}]
    fit = Fit(squeeze="t", max_width=30, min_squeeze=12)
    # 23 + 17 + 15 = 55 > 50: the widest ("a", not the last by name) narrows, one at a time, to 15
    assert fit_columns(rows, ["a", "b", "t"], fit, 50) == (["a", "b", "t"], {"a": 15, "b": 14, "t": 12})
    assert fit_columns(rows, ["b", "a", "t"], fit, 49) == (["b", "a", "t"], {"b": 14, "a": 14, "t": 12})
    # with no squeeze column nothing is reserved for it
    assert fit_columns(rows, ["a", "b"], Fit(max_width=30), 40) == (["a", "b"], {"a": 20, "b": 14})
    assert fit_columns(rows, ["a", "b"], Fit(max_width=30), 36) == (["a", "b"], {"a": 16, "b": 14})
    # the long text alone, in too narrow a terminal: it narrows to 12 and no further
    assert fit_columns(rows, ["t"], fit, 5) == (["t"], {"t": 12})
    # below the names' floor the text gives way, one column at a time, to 12 and no further
    assert fit_columns(rows, ["a", "t"], Fit(squeeze="t", max_width=30, min_squeeze=20), 29) == (["a", "t"], {"a": 10, "t": 13})
    assert fit_columns(rows, ["a", "t"], Fit(squeeze="t", max_width=30, min_squeeze=20), 5) == (["a", "t"], {"a": 10, "t": 12})


@pytest.mark.parametrize("columns,header", [
    (130, ["id", "date", "type", "source", "target", "quad", "gold", "ment", "srcs", "arts", "evidence"]),
    (120, ["id", "date", "type", "source", "target", "quad", "gold", "arts", "evidence"]),
    (110, ["id", "date", "type", "source", "target", "quad", "gold", "evidence"]),
    (100, ["id", "date", "type", "source", "target", "gold", "evidence"]),
    (95, ["id", "date", "type", "source", "target", "evidence"]),
    (90, ["date", "type", "source", "target", "evidence"])])
def test_query_events_drops_the_counts_then_the_codes_then_the_id(events_db, columns, header):
    lines = _events_table(events_db, columns)
    assert next(line for line in lines if " date " in line).split() == header
    assert "Mohammed Shia al-…" in lines[4]  # a name is cut at 18 characters


def test_run_options_builds_the_stages_from_whichever_dictionaries_are_given(tmp_path, capsys):
    actors = _dict(tmp_path, "a.txt", "GONDOR_ [GON]\n")
    agents = _dict(tmp_path, "g.txt", "WARDEN [~MIL]\n")
    discards = _dict(tmp_path, "d.txt", "# none yet\n")
    verbs = _dict(tmp_path, "v.txt", "--- MEET [040] ---\nMEET\n")
    issues = _dict(tmp_path, "i.txt", "n:orc [ORCS]\n")
    opts = cli.run_options("my_model", "2024-03-01", None, [agents], None, batch_size=7, discards=[discards])
    assert (opts.model, opts.published, opts.batch_size) == ("my_model", "2024-03-01", 7)
    assert opts.stages["actors"].agent_dicts == (agents,) and opts.stages["actors"].actor_dicts == ()
    assert opts.stages["events"].discards == (discards,) and opts.stages["events"].verb_dicts == ()
    assert capsys.readouterr().err.splitlines() == [
        f"newsgraph: warning: {discards}: no phrase in this discard list (empty, or comments only)",
        "newsgraph: warning: the --discards lists hold no phrase: nothing is discarded (`--discards none` says so)"]
    opts = cli.run_options(None, None, [actors], None, [verbs], issues=[issues])
    assert opts.stages["actors"].actor_dicts == (actors,) and opts.stages["actors"].agent_dicts == ()
    assert (opts.stages["events"].verb_dicts, opts.stages["events"].issues) == ((verbs,), (issues,))
    assert cli.run_options(None, None, None, None, None, issues=[issues]).stages["events"].issues == (issues,)
    assert cli.run_options(None, None, None, None, None).stages == {}
    with pytest.raises(Exception) as err:
        cli.run_options(None, "someday", None, None, None)
    assert "'someday' is not a date" in str(err.value) and err.value.param_hint == "--published"


def _dict(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)
