"""Ingest with the real pipeline: idempotent, resumable after kill -9, failures recorded."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.corpus import Store
from newsgraph.corpus.ingest import ingest
from newsgraph.model import check_offsets, content_id
from conftest import SHARED

BBC = SHARED / "data/bbc/bbc.jsonl"
SRC = str(Path(__file__).resolve().parent.parent / "src")
pytestmark = pytest.mark.skipif(not BBC.exists(), reason="BBC sample not available")


def bbc_lines(n: int, extra: tuple[int, ...] = ()) -> list[str]:
    lines = BBC.read_text(encoding="utf-8").splitlines()
    return lines[:n] + [lines[i] for i in extra]


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def distinct_ids(lines: list[str]) -> set[str]:
    from newsgraph.read import make_article

    return {content_id(make_article(json.loads(l)["text"], "x").text) for l in lines if l.startswith("{")}


def test_ingest_is_idempotent_and_checks_before_extracting(tmp_path, monkeypatch):
    # 6 articles, an exact copy of the third, and a malformed line
    lines = bbc_lines(6) + [bbc_lines(6)[2], "{not json"]
    src = write_jsonl(tmp_path / "in.jsonl", lines)
    from newsgraph.pipeline import Pipeline

    prepared = []
    real = Pipeline.prepare
    monkeypatch.setattr(Pipeline, "prepare", lambda self, art: prepared.append(art.name) or real(self, art))
    with Store.open(tmp_path / "c.duckdb") as store:
        first = ingest([str(src)], store, batch_size=4)
        assert (first["added"], first["duplicates"], first["failed"]) == (6, 1, 1)
        assert len(prepared) == 6  # the duplicate text was never extracted
        prepared.clear()
        second = ingest([str(src)], store, batch_size=4)
        assert (second["added"], second["skipped"]) == (0, 7)
        assert prepared == []  # stored articles are skipped BEFORE extraction
        assert store.count("articles") == 6
        (fail,) = store.failures().to_pylist()
        assert fail["name"].endswith(":8") and "malformed JSON" in fail["reason"]
        # a stored article comes back as the newsgraph/1 Document the pipeline made
        aid = store.articles(limit=1).column("id")[0].as_py()
        doc = store.article(aid)
        assert doc.schema == "newsgraph/1" and doc.entities and check_offsets(doc) == []
        ents = store.con.execute("SELECT count(*) FROM entities WHERE article_id = ?", [aid]).fetchall()[0][0]
        assert ents == len(doc.entities)


def _cli(*args, **kw):
    env = dict(os.environ, PYTHONPATH=SRC, OMP_NUM_THREADS="1")
    return subprocess.run([sys.executable, "-m", "newsgraph.cli", *args], capture_output=True, text=True, env=env, **kw)


@pytest.mark.slow
def test_kill_9_mid_run_then_resume_stores_every_article_once(tmp_path):
    lines = bbc_lines(30, extra=(252,))  # line 252 is an exact copy of line 6
    src = write_jsonl(tmp_path / "bbc30.jsonl", lines)
    expected = distinct_ids(lines)
    assert len(expected) == 30
    db = str(tmp_path / "corpus.duckdb")
    env = dict(os.environ, PYTHONPATH=SRC, OMP_NUM_THREADS="1")
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph.cli", "ingest", str(src), "--db", db, "--batch-size", "4", "-v"],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    committed = 0
    for line in proc.stderr:
        if line.startswith("newsgraph: committed batch"):
            committed += 1
            if committed == 2:
                proc.send_signal(signal.SIGKILL)  # mid-run: later batches are being extracted
                break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    with Store.open(db) as store:
        partial = store.count("articles")
    assert 8 <= partial < 30
    second = _cli("ingest", str(src), "--db", db, "--batch-size", "4")
    assert second.returncode == 0, second.stderr
    third = _cli("ingest", str(src), "--db", db)
    assert third.returncode == 0, third.stderr
    assert "added 0, already stored 31" in third.stderr
    with Store.open(db) as store:
        ids = {r[0] for r in store.con.execute("SELECT id FROM articles").fetchall()}
        assert store.count("articles") == 30 and ids == expected
        con = store.con
        for table, key in (("entities", "article_id, entity_id"), ("events", "article_id, event_id"),
                           ("mentions", "article_id, entity_id, start_char"), ("event_sources", "article_id, event_id, kind, start_char")):
            total = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
            distinct = con.execute(f"SELECT count(*) FROM (SELECT DISTINCT {key} FROM {table})").fetchall()[0][0]
            assert total == distinct, table
        # every event report with an actor (or a protest/assault with a place) belongs to exactly one
        # corpus event, whose counts match its links; the rest stay in their articles only
        assert con.execute("""SELECT count(*) FROM events WHERE corpus_event_id IS NULL
                              AND (len(source_actor_ids) > 0 OR len(target_actor_ids) > 0
                                   OR (type IN ('PROTEST', 'ASSAULT') AND location IS NOT NULL))""").fetchall()[0][0] == 0
        assert con.execute("""SELECT count(*) FROM events WHERE corpus_event_id IS NOT NULL
                              AND len(source_actor_ids) = 0 AND len(target_actor_ids) = 0
                              AND NOT (type IN ('PROTEST', 'ASSAULT') AND location IS NOT NULL)""").fetchall()[0][0] == 0
        bad = con.execute("""SELECT count(*) FROM corpus_events ce WHERE num_articles <>
                             (SELECT count(DISTINCT article_id) FROM event_sources s WHERE s.corpus_event_id = ce.id)""").fetchall()[0][0]
        assert bad == 0
        assert store.count("actors") == con.execute("SELECT count(DISTINCT id) FROM actors").fetchall()[0][0]
    # the done-when queries work on that store
    dyad = _cli("query", "dyad", "UK", "US", "--by", "month", "--db", db, "--format", "json")
    assert dyad.returncode == 0, dyad.stderr
    assert isinstance(json.loads(dyad.stdout), list)
    out = tmp_path / "export"
    exp = _cli("export", "--db", db, "--format", "parquet", "--out", str(out))
    assert exp.returncode == 0, exp.stderr
    import pyarrow.dataset as ds

    arts = ds.dataset(out / "articles", format="parquet", partitioning="hive").to_table()
    assert arts.num_rows == 30 and "month" in arts.column_names


REPORTS = [  # one meeting told by three agencies in different words, and an unrelated accusation
    {"title": "Blinken meets Erdogan in Ankara", "published": "2026-02-10", "source": "AFP",
     "text": "ANKARA (AFP) - US Secretary of State Antony Blinken met Turkish President Recep Tayyip Erdogan in "
             "Ankara on Monday to discuss the war in Syria, officials said.\n\nThe two men talked for two hours."},
    {"title": "Top US diplomat holds talks with Turkish leader", "published": "2026-02-10", "source": "Reuters",
     "text": "ANKARA (Reuters) - Secretary of State Antony Blinken held talks with President Recep Tayyip Erdogan on "
             "Monday, focusing on Syria, a Turkish official told Reuters.\n\nNo agreement was announced."},
    {"title": "Erdogan receives Blinken", "published": "2026-02-11", "source": "AP",
     "text": "ISTANBUL (AP) - Turkey's President Recep Tayyip Erdogan received Antony Blinken, the US secretary of "
             "state, in Ankara, according to a statement from his office.\n\nThey discussed Syria."},
    {"title": "Russia accuses Ukraine", "published": "2026-02-10", "source": "AP",
     "text": "MOSCOW (AP) - Russia accused Ukraine on Monday of shelling a border village."},
]


def test_real_reports_of_one_meeting_merge(tmp_path):
    """With the real pipeline: three agencies, one corpus event."""
    src = write_jsonl(tmp_path / "reports.jsonl", [json.dumps(r) for r in REPORTS])
    with Store.open(tmp_path / "c.duckdb") as store:
        assert ingest([str(src)], store)["added"] == 4
        meetings = [e for e in store.events(type="CONSULT").to_pylist() if e["source_name"] and e["target_name"]]
        best = max(meetings, key=lambda e: e["num_articles"])
        assert {best["source_name"], best["target_name"]} == {"Antony Blinken", "Recep Tayyip Erdogan"}
        assert best["num_articles"] >= 2 and best["num_sources"] == best["num_articles"]
        assert not any(e["type"] == "ACCUSE" and e["num_articles"] > 1 for e in store.events().to_pylist())


def test_a_fixed_input_leaves_the_failure_table(tmp_path):
    bad = tmp_path / "story.txt"
    bad.write_text("   \n", encoding="utf-8")
    ok = tmp_path / "other.txt"
    ok.write_text("LONDON (Reuters) - The Bank of England held interest rates on Thursday.", encoding="utf-8")
    with Store.open(tmp_path / "c.duckdb") as store:
        assert ingest([str(bad), str(ok)], store)["failed"] == 1
        assert [f["name"] for f in store.failures().to_pylist()] == [str(bad)]
        bad.write_text("PARIS (AFP) - France and Germany signed a defence pact on Friday.", encoding="utf-8")
        got = ingest([str(bad), str(ok)], store)  # a re-run skips what failed before...
        assert (got["added"], got["skipped"], got["failed"], got["failed_before"]) == (0, 1, 0, 1)
        got = ingest([str(bad), str(ok)], store, retry_failed=True)  # ...unless told to retry it
        assert (got["added"], got["skipped"], got["failed"], got["failed_before"]) == (1, 1, 0, 0)
        assert store.failures().num_rows == 0
