"""Session 54, s54-tidy: what a user meets at the command line.

A missing corpus store is the same mistake whichever command names it: every command that reads an
existing store through --db says so in one line naming the file, with the set-up exit code (3) the
README's table promises for "the corpus store cannot be opened"."""

from __future__ import annotations

import os
import re
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


@pytest.mark.parametrize("host", ["999.1.1.1", "no-such-host.invalid", "::1x"])
def test_serve_with_a_host_that_is_no_address_is_one_usage_line_and_no_warning(host):
    r = CliRunner().invoke(cli.app, ["serve", "--host", host, "--port", "0"])
    lines = r.output.strip().splitlines()
    assert r.exit_code == 2
    assert len(lines) == 1 and re.fullmatch(
        rf"newsgraph: error: Invalid value for '--host': {re.escape(repr(host))} is not an address, nor a name this "
        r"machine resolves \([^()]+\) \(see '\w+ serve --help'\)", lines[0]), lines  # (the resolver's reason varies)
    assert "warning" not in r.output and "Traceback" not in r.output


def test_serve_on_an_address_this_machine_has_not_fails_before_the_warning():
    # 192.0.2.0/24 is TEST-NET-1 (RFC 5737): an address, but never one of this machine's
    r = CliRunner().invoke(cli.app, ["serve", "--host", "192.0.2.1", "--port", "0"])
    lines = r.output.strip().splitlines()
    assert r.exit_code == 1 and len(lines) == 1
    assert lines[0] == "newsgraph: error: cannot listen on 192.0.2.1:0 (Cannot assign requested address)"


def _ipv6_loopback() -> bool:
    import socket

    try:
        socket.create_server(("::1", 0), family=socket.AF_INET6).close()
    except OSError:
        return False
    return True


@pytest.mark.skipif(not _ipv6_loopback(), reason="no IPv6 loopback on this machine")
def test_the_listen_check_binds_an_ipv6_address_as_ipv6():
    assert cli._check_listen("::1", 0) is None  # (an IPv4 socket cannot bind it: exit 1)


def test_serve_on_another_interface_still_warns_after_the_listen_check(monkeypatch):
    seen = []
    monkeypatch.setattr(cli, "_check_listen", lambda host, port: seen.append((host, port)) or cli._err("checked"))
    monkeypatch.setattr("newsgraph.web.serve.run", lambda *a, **k: None)
    r = CliRunner().invoke(cli.app, ["serve", "--host", "0.0.0.0", "--port", "0"])
    lines = r.output.strip().splitlines()
    assert seen == [("0.0.0.0", 0)] and r.exit_code == 0
    assert lines[0] == "newsgraph: checked" and lines[1].startswith("newsgraph: warning: listening on 0.0.0.0")


# --- corpus.output.fit_columns: the squeeze column's floor is a local count, the caller's Fit untouched ------

from newsgraph.corpus.output import Fit, fit_columns  # noqa: E402


@pytest.mark.parametrize("width, text_width", [(40, 24), (39, 23), (30, 14), (28, 12), (20, 12)])
def test_the_text_column_gives_way_down_to_twelve(width, text_width):
    fit = Fit(squeeze="text", min_squeeze=24)
    rows = [{"name": "n" * 10, "text": "t" * 100}]  # a name of 10 is never narrowed: the text gives way
    kept, widths = fit_columns(rows, ["name", "text"], fit, width)
    assert kept == ["name", "text"] and widths == {"name": 10, "text": text_width}
    assert fit == Fit(squeeze="text", min_squeeze=24)


def test_a_text_floor_of_twelve_or_less_is_never_lowered():
    rows = [{"name": "n" * 10, "text": "t" * 100}]
    assert fit_columns(rows, ["name", "text"], Fit(squeeze="text", min_squeeze=12), 20)[1]["text"] == 12
    assert fit_columns(rows, ["name", "text"], Fit(squeeze="text", min_squeeze=9), 20)[1]["text"] == 9


def test_an_odd_text_floor_steps_down_to_twelve_exactly():
    # step by step from 25: 24, 23 ... 12, never 11 (a step of two from an odd floor would pass twelve)
    rows = [{"name": "n" * 10, "text": "t" * 100}]
    assert fit_columns(rows, ["name", "text"], Fit(squeeze="text", min_squeeze=25), 20)[1]["text"] == 12
