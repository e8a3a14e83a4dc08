"""Session 54, s54-tidy: what a user meets at the command line.

A missing corpus store is the same mistake whichever command names it: every command that reads an
existing store through --db says so in one line naming the file, with the set-up exit code (3) the
README's table promises for "the corpus store cannot be opened"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph import cli

ROOT = Path(__file__).resolve().parent.parent


def _env() -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("NEWSGRAPH_TOKEN", None)
    return env


READERS = [["failures"], ["query", "events"], ["query", "dyad", "A", "B"], ["query", "actor", "A"],
           ["export", "--out", "{tmp}/out.jsonl"]]


@pytest.mark.parametrize("args", READERS, ids=lambda a: " ".join(a[:2]))
def test_every_reader_of_a_missing_store_exits_3_naming_it(tmp_path, args):
    missing = tmp_path / "missing.duckdb"
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args] + ["--db", str(missing)]
    r = CliRunner().invoke(cli.app, argv)
    lines = r.output.strip().splitlines()
    assert r.exit_code == cli.EXIT_SETUP == 3
    assert len(lines) == 1 and str(missing) in lines[0] and "no such corpus database" in lines[0]
    assert not missing.exists()


def test_serve_with_a_missing_store_exits_as_query_does(tmp_path):
    missing = tmp_path / "missing.duckdb"
    res = subprocess.run([sys.executable, "-m", "newsgraph.cli", "serve", "--db", str(missing), "--port", "0"],
                         env=_env(), capture_output=True, text=True, timeout=60)
    query = CliRunner().invoke(cli.app, ["query", "events", "--db", str(missing)])
    lines = res.stderr.strip().splitlines()
    assert res.returncode == query.exit_code == 3
    assert len(lines) == 1 and str(missing) in lines[0] and "no such corpus database" in lines[0]
    assert "newsgraph ingest" in lines[0] and "--token" in lines[0]  # how to get a store: still said
    assert not missing.exists()
