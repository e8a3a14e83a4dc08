"""The command line: formats, batches, exit codes, one-line errors."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "rubio-iraq-maliki.txt"


def run(*args, stdin=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "newsgraph.cli", *args], input=stdin, capture_output=True,
                          text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def bad_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("inputs")
    (d / "good.txt").write_text("The foreign minister of France met his German counterpart in Berlin on Monday.")
    (d / "empty.txt").write_text("")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (d / "french.txt").write_text("Le président de la République a annoncé mardi une réforme des retraites très contestée.")
    (d / "broken.json").write_text('{"text": ')
    return d


def test_one_input_json_object():
    res = run("extract", str(SAMPLE))
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["schema"] == "newsgraph/1"
    for key in ("id", "text", "language", "source", "title", "dateline", "published", "sections", "entities",
                "events", "quotes", "times", "places"):
        assert key in doc
    assert doc["dateline"]["text"] == "(Washington)"


def test_batch_goes_on_and_reports(bad_dir):
    res = run("extract", str(bad_dir), "--format", "jsonl")
    assert res.returncode == 1
    lines = [json.loads(l) for l in res.stdout.splitlines()]
    assert len(lines) == 1 and "Berlin" in lines[0]["text"]
    errors = [l for l in res.stderr.splitlines() if "error:" in l]
    assert len(errors) == 4
    assert any("empty.txt: empty input" in e for e in errors)
    assert any("binary.txt: binary content" in e for e in errors)
    assert any("french.txt: text is in French (fr)" in e for e in errors)
    assert any("broken.json: malformed JSON" in e for e in errors)
    assert "Traceback" not in res.stderr
    assert "read 5, extracted 1, failed 4" in res.stderr


def test_failures_come_back_from_worker_processes(bad_dir):
    # failures cross the process boundary by pickle (InputError once could not be unpickled)
    res = run("extract", str(bad_dir), "--format", "jsonl", "--workers", "2", "--quiet")
    assert res.returncode == 1 and "Traceback" not in res.stderr and "internal error" not in res.stderr
    assert len(res.stdout.splitlines()) == 1
    assert any("french.txt: text is in French (fr)" in e for e in res.stderr.splitlines())
    assert sum("error:" in e for e in res.stderr.splitlines()) == 4


def test_several_inputs_json_array_in_order_with_workers(tmp_path):
    texts = [f"Article {i}: the prime minister of Italy visited Spain on Monday for talks." for i in range(5)]
    p = tmp_path / "many.jsonl"
    p.write_text("".join(json.dumps({"text": t, "id": str(i)}) + "\n" for i, t in enumerate(texts)))
    res = run("extract", str(p), "--workers", "2", "--out", str(tmp_path / "out.json"), "--quiet")
    assert res.returncode == 0, res.stderr
    docs = json.loads((tmp_path / "out.json").read_text())
    assert [d["source"]["record_id"] for d in docs] == ["0", "1", "2", "3", "4"]
    assert not (tmp_path / "out.json.part").exists()


def test_text_report_and_stdin():
    res = run("extract", "-", "--format", "text", stdin=SAMPLE.read_text())
    assert res.returncode == 0, res.stderr
    assert "## Sections" in res.stdout and "credit" in res.stdout and "## Entities" in res.stdout


def test_usage_and_setup_errors():
    assert run("extract", "--no-such-option", str(SAMPLE)).returncode == 2
    res = run("extract", "--model", "no_such_pipeline_xyz", str(SAMPLE))
    assert res.returncode == 3 and "not installed" in res.stderr and "Traceback" not in res.stderr


def test_published_override():
    res = run("extract", str(SAMPLE), "--published", "2026-02-01")
    doc = json.loads(res.stdout)
    assert doc["published"] == {"value": "2026-02-01", "inferred": False, "basis": "given with --published"}


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_workers_give_what_one_process_gives(tmp_path, start, monkeypatch):
    """Forked workers inherit the parent's pipeline (its options and stage settings included); spawned
    ones build their own. Both must give the one-process documents, a user dictionary's codes too."""
    (tmp_path / "actors.txt").write_text("FREEDONIA [FRE]\nRUFUS_FIREFLY [FREGOV]\n")
    texts = ["Freedonia accused Sylvania of violating the border on Monday, officials said.",
             "Rufus Firefly met the prime minister of Italy in Rome on Tuesday to discuss trade.",
             "Protesters marched through Paris on Saturday against the pension reform."] * 24  # 3 batches of 32
    p = tmp_path / "many.jsonl"
    p.write_text("".join(json.dumps({"text": t, "id": str(i)}) + "\n" for i, t in enumerate(texts)))
    common = ["--format", "jsonl", "--quiet", "--published", "2024-03-01", "--actors", str(tmp_path / "actors.txt")]
    one = run("extract", str(p), *common)
    monkeypatch.setenv("NEWSGRAPH_START_METHOD", start)
    two = run("extract", str(p), *common, "--workers", "2")
    assert one.returncode == 0 and two.returncode == 0, two.stderr
    assert two.stdout == one.stdout
    codes = {e["actor"]["code"] for d in map(json.loads, one.stdout.splitlines()) for e in d["entities"] if e["actor"]}
    assert "FREGOV" in codes



@pytest.mark.parametrize("ends", ["returning", "exiting"])
def test_main_freezes_the_collector_before_the_interpreter_exits(monkeypatch, ends):
    """Session 18 (s18-speed): once the command is over, what is left is put out of the cyclic collector's
    reach, so that the interpreter's shutdown does not walk the model and tables again (0.85-2.0 s a run),
    whether the command returns or exits (Typer ends with SystemExit)."""
    import contextlib
    import gc

    from newsgraph import cli

    def command():
        if ends == "exiting":
            raise SystemExit(0)

    monkeypatch.setattr(cli, "app", command)
    monkeypatch.delitem(sys.modules, "duckdb", raising=False)  # (a command that never opened the store)
    assert gc.get_freeze_count() == 0
    try:
        with contextlib.suppress(SystemExit):
            cli.main()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_store_command_ends_without_duckdbs_leak_report(tmp_path):
    """Session 18 (the lead's review): with the collector frozen at exit, DuckDB's bindings listed every object
    of theirs still alive ("nanobind: leaked 27 instances!") on stderr after each `ingest`; a command that has
    loaded DuckDB is left to the collector."""
    db = tmp_path / "c.duckdb"
    done = run("ingest", str(SAMPLE), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "leaked" not in done.stderr and "nanobind" not in done.stderr, done.stderr
