"""Issue codes and discarded sentences in the corpus (schema v4): stored, queried, exported, back-filled."""

import csv
import json

import msgspec
import pyarrow.dataset as ds
import pytest

from corpus_docs import AFP, REUTERS
from newsgraph.corpus import SCHEMA_VERSION, Store
from newsgraph.corpus.export import export
from newsgraph.model import Discard, Issue, Span, content_id


def _with_issues(doc, codes):
    ev = msgspec.structs.replace(doc.events[0], issues=[Issue(code=c, count=n) for c, n in codes])
    return msgspec.structs.replace(doc, events=[ev, *doc.events[1:]])


def _discard(doc, words):
    i = doc.text.index(words)
    dot = doc.text.index(".", i) + 1
    start = doc.text.rfind(". ", 0, i) + 2 if doc.text.rfind(". ", 0, i) >= 0 else 0
    return Discard(scope="sentence", phrase=words.upper(), start=i, end=i + len(words), text=words,
                   sentence=Span(start=start, end=dot, text=doc.text[start:dot]))


AFP_I = msgspec.structs.replace(_with_issues(AFP, [("SECURITY", 2), ("DIPLOMACY", 1)]),
                                discards=[_discard(AFP, "We support Iraq")])
REUTERS_I = _with_issues(REUTERS, [("ENERGY", 1), ("SECURITY", 1)])


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "c.duckdb") as s:
        s.add_documents([AFP_I, REUTERS_I])
        yield s


def test_event_rows_carry_their_issue_codes_in_document_order(store):
    rows = dict(store.con.execute("SELECT article_id, issues FROM events").fetchall())
    assert rows == {AFP_I.id: ["SECURITY", "DIPLOMACY"], REUTERS_I.id: ["ENERGY", "SECURITY"]}


def test_discarded_sentences_are_rows_with_offsets_into_the_text(store):
    (row,) = store.con.execute("""SELECT article_id, scope, phrase, start_char, end_char, text, sentence_start,
                                  sentence_end, sentence_text FROM discards""").fetchall()
    aid, scope, phrase, s, e, text, ss, se, stext = row
    assert (aid, scope, phrase, text) == (AFP_I.id, "sentence", "WE SUPPORT IRAQ", "We support Iraq")
    assert AFP_I.text[s:e] == text and AFP_I.text[ss:se] == stext and ss <= s < e <= se
    assert store.count("discards") == 1


def test_a_corpus_event_has_the_issues_of_all_its_reports_once_sorted(store):
    evs = store.events().to_pylist()
    assert len(evs) == 1 and evs[0]["num_articles"] == 2
    assert evs[0]["issues"] == ["DIPLOMACY", "ENERGY", "SECURITY"]


def test_an_event_without_issues_lists_none(tmp_path):
    with Store.open(tmp_path / "c.duckdb") as s:
        s.add_documents([AFP])
        assert s.events().column("issues").to_pylist() == [[]]


def test_exports_carry_the_issue_codes(store, tmp_path):
    export(store, "jsonl", tmp_path / "e.jsonl")
    (ev,) = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert ev["issues"] == ["DIPLOMACY", "ENERGY", "SECURITY"]
    export(store, "csv", tmp_path / "e.csv")
    (row,) = csv.DictReader((tmp_path / "e.csv").open())
    assert row["issues"] == "DIPLOMACY;ENERGY;SECURITY"
    export(store, "polecat", tmp_path / "p.jsonl")
    (rec,) = [json.loads(line) for line in (tmp_path / "p.jsonl").read_text().splitlines()]
    assert rec["issues"] == ["DIPLOMACY", "ENERGY", "SECURITY"]
    export(store, "parquet", tmp_path / "pq")
    assert ds.dataset(tmp_path / "pq" / "discards", format="parquet").to_table().column("phrase").to_pylist() == [
        "WE SUPPORT IRAQ"]


def test_polecat_record_without_issues_has_no_issues_field(tmp_path):
    with Store.open(tmp_path / "c.duckdb") as s:
        s.add_documents([AFP])
        export(s, "polecat", tmp_path / "p.jsonl")
    (rec,) = [json.loads(line) for line in (tmp_path / "p.jsonl").read_text().splitlines()]
    assert "issues" not in rec


def test_upgrade_from_v3_backfills_issues_and_discards(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store.open(path, upto=3) as old:
        old.add_documents([AFP_I, REUTERS_I])
        assert "issues" not in old._columns("events") and not old._columns("discards")
    with Store.open(path) as new:
        assert new.version() == SCHEMA_VERSION  # the latest (v5 since session 56)
        assert dict(new.con.execute("SELECT article_id, issues FROM events").fetchall()) == {
            AFP_I.id: ["SECURITY", "DIPLOMACY"], REUTERS_I.id: ["ENERGY", "SECURITY"]}
        assert new.con.execute("SELECT article_id, text FROM discards").fetchall() == [(AFP_I.id, "We support Iraq")]
        assert new.events().column("issues").to_pylist() == [["DIPLOMACY", "ENERGY", "SECURITY"]]


def test_upgrade_from_v1_also_reaches_v4_with_discards(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store.open(path, upto=1) as old:
        old.con.execute("INSERT INTO articles (id, title, document) VALUES (?, ?, ?)",
                        [AFP_I.id, AFP_I.title, AFP_I.to_json()])
    with Store.open(path) as new:
        assert new.version() == SCHEMA_VERSION  # the latest (v5 since session 56)
        assert new.count("discards") == 1
        assert new.con.execute("SELECT issues FROM events").fetchall() == [(["SECURITY", "DIPLOMACY"],)]


def test_upgrade_backfills_every_article_once_past_one_chunk(tmp_path):
    """The back-fill reads stored Documents 200 at a time: none missed, none read twice."""
    path = tmp_path / "old.duckdb"
    docs = []
    for n in range(203):
        text = AFP_I.text + f" Item {n}."
        docs.append(msgspec.structs.replace(AFP_I, text=text, id=content_id(text)))
    with Store.open(path, upto=1) as old:
        for d in docs:
            old.con.execute("INSERT INTO articles (id, title, document) VALUES (?, ?, ?)", [d.id, d.title, d.to_json()])
    with Store.open(path) as new:
        assert new.con.execute("SELECT count(*), count(DISTINCT article_id) FROM discards").fetchall() == [(203, 203)]
        assert new.con.execute("SELECT count(*) FROM events WHERE issues = ['SECURITY', 'DIPLOMACY']").fetchall() == [(203,)]
