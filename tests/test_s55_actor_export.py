"""Session 55, s55-actor: the ACLED export's country follows an actor whose phrase names its country (issue 11,
item 1), through the command line (ingest, then export). Kept apart from test_s55_actor_codes.py: its two
subprocesses load a pipeline each. Sentences written for this test."""

from test_s55_actor_codes import _ISRAEL_STORY


def test_the_acled_export_takes_the_phrases_country(tmp_path):
    import csv
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent / "src"))
    (tmp_path / "t.txt").write_text(_ISRAEL_STORY + "The Army of Iran shelled a village on Tuesday, killing three "
                                                    "farmers.\n")
    db = str(tmp_path / "c.duckdb")
    for args in (("ingest", "--published", "2024-05-01", "--db", db, str(tmp_path / "t.txt")),
                 ("export", "--db", db, "--format", "acled", "--out", str(tmp_path / "a.csv"))):
        r = subprocess.run([sys.executable, "-m", "newsgraph.cli", *args], capture_output=True, text=True, env=env)
        assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(open(tmp_path / "a.csv", encoding="utf-8")))
    shelling = [r for r in rows if r["event_type"] == "Explosions/Remote violence"]
    assert [r["country"] for r in shelling] == ["Iran"]
