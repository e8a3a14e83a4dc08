"""Corpus views a user can trust: factual events by default (flagged ones on request), newest first;
actorless events stay in their article unless they mean something without actors (a protest or an
assault at a place); the v3 migration; `query events` and `export --format acled` through the CLI."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_docs import AFP, make_doc
from newsgraph.corpus import SCHEMA_VERSION, Store
from newsgraph.corpus import store as store_module
from newsgraph.corpus.export import ACLED_COLUMNS
from newsgraph.model import Place

SRC = str(Path(__file__).resolve().parent.parent / "src")
IRAN_IRAQ = [("e1", "Iran", "GPE", "IRN", None), ("e2", "Iraq", "GPE", "IRQ", None)]


def _doc(text, published, events, entities=IRAN_IRAQ, place=None):
    doc = make_doc(text, published=published, outlet="Wire", entities=entities, events=events)
    if place:  # the event happens at a place the places stage found
        name, country = place
        i = text.index(name)
        doc.places = [Place(id="p1", name=name, country=country, lat=1.0, lon=2.0, feature="city")]
        for ev in doc.events:
            ev.location = "p1"
    return doc


def _events(store, **kw):
    return store.events(limit=None, **kw).to_pylist()


def test_flagged_events_are_behind_the_switch_and_a_factual_report_makes_an_event_factual(tmp_path):
    threat = _doc("Iran could close its border with Iraq on Monday.", "2026-05-01",
                  [{"type": "SANCTION", "source": ["e1"], "target": ["e2"], "flags": ["hypothetical"],
                    "evidence": "Iran could close its border with Iraq on Monday.", "date": "2026-05-04"}])
    with Store.open(tmp_path / "c.duckdb") as s:
        s.add_documents([AFP, threat])
        assert [e["type"] for e in _events(s)] == ["CONSULT"]
        flagged = [e for e in _events(s, include_flagged=True) if e["flags"]]
        assert [(e["type"], e["flags"]) for e in flagged] == [("SANCTION", ["hypothetical"])]
        # another outlet reports it as done: the same happening, now factual
        done = _doc("Iran closed its border with Iraq on Monday, officials said.", "2026-05-04",
                    [{"type": "SANCTION", "source": ["e1"], "target": ["e2"],
                      "evidence": "Iran closed its border with Iraq on Monday, officials said.", "date": "2026-05-04"}])
        s.add_documents([done])
        got = [e for e in _events(s) if e["type"] == "SANCTION"]
        assert len(got) == 1 and got[0]["flags"] == [] and got[0]["num_articles"] == 2


def test_newest_first_by_default(tmp_path):
    docs = [_doc(f"Iran accused Iraq of smuggling on day {d}.", f"2026-05-0{d}",
                 [{"type": "ACCUSE", "source": ["e1"], "target": ["e2"], "date": f"2026-05-0{d}",
                   "evidence": f"Iran accused Iraq of smuggling on day {d}."}]) for d in (1, 5, 9)]
    with Store.open(tmp_path / "c.duckdb") as s:
        s.add_documents(docs)
        assert [str(e["date"]) for e in _events(s)] == ["2026-05-09", "2026-05-05", "2026-05-01"]
        assert [str(e["date"]) for e in _events(s, order="date")] == ["2026-05-01", "2026-05-05", "2026-05-09"]


def test_actorless_events_stay_in_their_article(tmp_path):
    meeting = _doc("A meeting was held on Friday.", "2026-05-01", entities=[],
                   events=[{"type": "CONSULT", "evidence": "A meeting was held on Friday."}])
    protest = _doc("Thousands protested in Nairobi on Friday.", "2026-05-01", entities=[],
                   events=[{"type": "PROTEST", "evidence": "Thousands protested in Nairobi on Friday."}],
                   place=("Nairobi", "KEN"))
    attack = _doc("An attack killed five people on Friday.", "2026-05-01", entities=[],
                  events=[{"type": "ASSAULT", "evidence": "An attack killed five people on Friday."}])
    with Store.open(tmp_path / "c.duckdb") as s:
        s.add_documents([meeting, protest, attack])
        assert [e["type"] for e in _events(s, include_flagged=True)] == ["PROTEST"]  # only the one at a place
        rows = s.con.execute("SELECT type, corpus_event_id IS NULL FROM events ORDER BY type").fetchall()
        assert rows == [("ASSAULT", True), ("CONSULT", True), ("PROTEST", False)]  # all still in their articles
        assert s.article(meeting.id).events[0].type == "CONSULT"
        assert s.con.execute("SELECT count(*) FROM event_sources").fetchall()[0][0] == 1


def test_upgrade_from_v2_unlinks_actorless_events_and_fills_flags_and_acled(tmp_path, monkeypatch):
    path = tmp_path / "old.duckdb"
    meeting = _doc("A meeting was held on Friday.", "2026-05-01", entities=[],
                   events=[{"type": "CONSULT", "evidence": "A meeting was held on Friday."}])
    threat = _doc("Iran could close its border with Iraq on Monday.", "2026-05-01",
                  [{"type": "SANCTION", "source": ["e1"], "target": ["e2"], "flags": ["hypothetical"],
                    "evidence": "Iran could close its border with Iraq on Monday."}])
    troops = _doc("Iraqi troops clashed with Iranian forces near the border on Monday.", "2026-05-01",
                  [{"type": "ASSAULT", "source": ["e2"], "target": ["e1"],
                    "evidence": "Iraqi troops clashed with Iranian forces near the border on Monday."}],
                  entities=[("e1", "Iranian forces", "NORP", "IRNMIL", None), ("e2", "Iraqi troops", "NORP", "IRQMIL", None)])
    troops.events[0].trigger = None
    # what a v2 writer stored: every event a corpus event, no flags or ACLED columns
    monkeypatch.setattr(store_module, "corpus_worthy", lambda *a: True)
    with Store.open(path, upto=2) as old:
        old.add_documents([AFP, meeting, threat, troops])
        assert old.version() == 2 and old.count("corpus_events") == 4
        assert "flags" not in old._columns("corpus_events")
    monkeypatch.undo()
    with Store.open(path) as new:
        assert new.version() == SCHEMA_VERSION and new.count("corpus_events") == 3  # the actorless meeting went
        assert new.count("events") == 4
        assert new.con.execute("SELECT count(*) FROM event_sources WHERE article_id = ?", [meeting.id]).fetchall()[0][0] == 0
        assert [e["type"] for e in _events(new)] == ["ASSAULT", "CONSULT"]
        flagged = [e for e in _events(new, include_flagged=True) if e["flags"]]
        assert [(e["type"], e["flags"]) for e in flagged] == [("SANCTION", ["hypothetical"])]
        clash = next(e for e in _events(new) if e["type"] == "ASSAULT")
        assert (clash["acled_event_type"], clash["acled_sub_event_type"]) == ("Battles", "Armed clash")
        assert new.con.execute("SELECT acled_sub_event_type FROM events WHERE article_id = ?",
                               [troops.id]).fetchall() == [("Armed clash",)]
        assert new.count("event_sources") == new.con.execute(
            "SELECT sum(num_mentions) FROM corpus_events").fetchall()[0][0]


# --- through the command line, on a store that `newsgraph ingest` built --------------------------------

ARTICLES = [
    {"id": "a1", "title": "Students abducted", "published": "2024-05-02",
     "text": "Gunmen abducted 80 students from a school in Kaduna state on Monday, police said."},
    {"id": "a2", "title": "Rally", "published": "2024-05-06",
     "text": "Thousands of people protested in Harare on Saturday against rising prices."},
    {"id": "a3", "title": "Warning", "published": "2024-05-04",
     "text": "Officials said M23 rebels could attack the town of Goma next week."},
    {"id": "a4", "title": "Talks", "published": "2024-05-05",
     "text": "Germany's chancellor met the French president in Berlin on Monday."},
]


def _cli(*args):
    env = dict(os.environ, PYTHONPATH=SRC, OMP_NUM_THREADS="1")
    return subprocess.run([sys.executable, "-m", "newsgraph.cli", *args], capture_output=True, text=True, env=env,
                          timeout=300)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    d = tmp_path_factory.mktemp("views")
    src = d / "news.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db = str(d / "c.duckdb")
    res = _cli("ingest", str(src), "--db", db)
    assert res.returncode == 0, res.stderr
    return d, db


def test_query_events_cli_lists_factual_events_newest_first(ingested):
    _, db = ingested
    res = _cli("query", "events", "--db", db, "-f", "json")
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert rows and all(r["flags"] == [] for r in rows)
    assert [r["date"] for r in rows] == sorted((r["date"] for r in rows), reverse=True)
    assert not any("Goma" in r["evidence"] for r in rows)  # "could attack": hypothetical
    every = json.loads(_cli("query", "events", "--db", db, "-f", "json", "--all").stdout)
    hypothetical = [r for r in every if "Goma" in r["evidence"]]
    assert hypothetical and all("hypothetical" in r["flags"] for r in hypothetical)
    table = _cli("query", "events", "--db", db, "--all", "-f", "csv")
    assert table.returncode == 0 and "flags" in table.stdout.splitlines()[0] and "hypothetical" in table.stdout


def test_export_acled_cli(ingested):
    d, db = ingested
    out = d / "acled.csv"
    res = _cli("export", "--db", db, "--format", "acled", "--out", str(out))
    assert res.returncode == 0, res.stderr
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ACLED_COLUMNS
    got = [dict(zip(ACLED_COLUMNS, r)) for r in rows[1:]]
    subs = {r["sub_event_type"] for r in got}
    assert "Abduction/forced disappearance" in subs and "Peaceful protest" in subs
    assert all(r["event_type"] and r["sub_event_type"] and r["disorder_type"] for r in got)
    assert not any("Goma" in r["notes"] or "chancellor" in r["notes"] for r in got)  # flagged; no ACLED type
    abduction = next(r for r in got if r["sub_event_type"] == "Abduction/forced disappearance")
    assert (abduction["event_type"], abduction["civilian_targeting"], abduction["inter2"]) == \
        ("Violence against civilians", "Civilian targeting", "7")
    assert abduction["event_date"].startswith("2024-") and abduction["year"] == "2024" and abduction["timestamp"].isdigit()
    protest = next(r for r in got if r["sub_event_type"] == "Peaceful protest")
    assert protest["country"] == "Zimbabwe" and protest["iso"] == "716" and protest["location"] == "Harare"
    assert protest["actor1"] == "Protesters (Zimbabwe)" and protest["inter1"] == "6"
    assert protest["latitude"] and protest["longitude"] and protest["fatalities"] == ""
    assert f"wrote {len(got)} events" in res.stderr
