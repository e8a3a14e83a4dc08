import json

import pytest

from corpus_docs import AFP, AP, LATER, REUTERS, make_doc
from newsgraph.corpus import SCHEMA_VERSION, Store
from newsgraph.corpus.store import MIGRATIONS
from newsgraph.dates import calendar_date as to_date
from newsgraph.errors import InputError, NewsgraphError, QueryError, StoreError
from newsgraph.model import Document, check_offsets, content_id


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "c.duckdb") as s:
        yield s


def test_fixtures_have_exact_offsets():
    for doc in (AFP, REUTERS, AP, LATER):
        assert check_offsets(doc) == []


def test_add_and_read_back_documents(store):
    stats = store.add_documents([AFP, REUTERS])
    assert stats == {"added": 2, "skipped": 0, "failed": 0, "events": 2}
    back = store.article(AFP.id)
    assert isinstance(back, Document)
    assert back.to_json() == AFP.to_json()
    assert store.article("sha256:nope") is None
    arts = store.articles()
    assert set(arts.column_names) >= {"id", "title", "published", "source", "num_events"}
    assert sorted(arts.column("id").to_pylist()) == sorted([AFP.id, REUTERS.id])


def test_idempotent_by_content_hash(store):
    store.add_documents([AFP, REUTERS])
    again = store.add_documents([AFP, AP, AP])  # stored before, and twice in one call
    assert again["added"] == 1 and again["skipped"] == 2
    assert store.count("articles") == 3
    n_entities = store.count("entities")
    store.add_documents([AFP, REUTERS, AP])
    assert store.count("entities") == n_entities
    assert store.con.execute("SELECT count(*) FROM (SELECT DISTINCT article_id, event_id FROM events)").fetchall()[0][0] \
        == store.count("events")


def test_failed_write_leaves_nothing(store, monkeypatch):
    store.add_documents([AFP])
    before = {t: store.count(t) for t in ("articles", "entities", "events", "actors", "corpus_events", "event_sources")}

    def boom(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("newsgraph.corpus.store.EventMerger.assign", boom)
    with pytest.raises(RuntimeError):
        store.add_documents([REUTERS, AP])
    monkeypatch.undo()
    assert {t: store.count(t) for t in before} == before
    # the in-memory actor index was reset, so a retry resolves against what is really stored
    store.add_documents([REUTERS, AP])
    assert store.count("articles") == 3
    assert store.con.execute("SELECT count(*) FROM actors").fetchall()[0][0] == \
        store.con.execute("SELECT count(DISTINCT id) FROM actors").fetchall()[0][0]


def test_failures_recorded_once_per_input(store):
    store.add_documents([], [InputError("a.txt", "empty input"), InputError("b.txt", "binary")])
    store.add_documents([], [InputError("a.txt", "still empty")])
    rows = {r["name"]: r["reason"] for r in store.failures().to_pylist()}
    assert rows == {"a.txt": "still empty", "b.txt": "binary"}


def test_schema_version_recorded(store):
    assert store.version() == SCHEMA_VERSION == MIGRATIONS[-1][0]
    assert [r[0] for r in store.con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()] == \
        [m[0] for m in MIGRATIONS]


def test_upgrade_from_v1_backfills_actors_and_corpus_events(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store.open(path, upto=1) as old:
        assert old.version() == 1
        assert not old.con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'actors'").fetchall()[0][0]
        # what a v1 writer stored: the article row with its Document, and its per-document rows
        for doc in (AFP, REUTERS):
            old.con.execute("INSERT INTO articles (id, title, published, document) VALUES (?, ?, ?, ?)",
                            [doc.id, doc.title, to_date(doc.published.value), doc.to_json()])
            for ev in doc.events:
                old.con.execute("INSERT INTO events (article_id, event_id, type) VALUES (?, ?, ?)", [doc.id, ev.id, ev.type])
    with Store.open(path) as new:
        assert new.version() == SCHEMA_VERSION
        assert new.count("articles") == 2
        assert new.count("events") == 2
        assert new.con.execute("SELECT count(*) FROM events WHERE corpus_event_id IS NULL").fetchall()[0][0] == 0
        evs = new.events()
        assert evs.num_rows == 1 and evs.column("num_articles").to_pylist() == [2]
        assert new.actor("Rubio")["name"] == "Marco Rubio"


def test_read_only_open_of_missing_store_is_a_user_error(tmp_path):
    with pytest.raises(StoreError, match="no such corpus"):
        Store.open(tmp_path / "missing.duckdb", read_only=True)


def test_stores_that_cannot_be_opened_or_migrated_raise_store_error(tmp_path):
    import duckdb

    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="junk.duckdb: not a DuckDB database"):  # said before DuckDB sees it (s57)
        Store.open(junk)
    old = tmp_path / "old.duckdb"
    Store.open(old, upto=1).close()
    with pytest.raises(StoreError, match="older than"):
        Store.open(old, read_only=True)
    newer = tmp_path / "newer.duckdb"
    Store.open(newer).close()
    con = duckdb.connect(str(newer))
    con.execute("INSERT INTO schema_version (version) VALUES (?)", [SCHEMA_VERSION + 1])
    con.close()
    for read_only in (True, False):
        with pytest.raises(StoreError, match="newer than"):
            Store.open(newer, read_only=read_only)
    foreign = tmp_path / "foreign.duckdb"  # a DuckDB file whose tables clash with the store's
    con = duckdb.connect(str(foreign))
    con.execute("CREATE TABLE articles (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="cannot upgrade the corpus database"):
        Store.open(foreign)
    assert issubclass(StoreError, NewsgraphError)


def test_unknown_table_is_a_query_error(store):
    with pytest.raises(QueryError, match="unknown table"):
        store.count("articles; DROP TABLE articles")


def test_to_date_granularities():
    assert str(to_date("2026-01-25")) == "2026-01-25"
    assert str(to_date("2026-01")) == "2026-01-01"
    assert str(to_date("2026")) == "2026-01-01"
    assert to_date("PRESENT_REF") is None and to_date(None) is None


def test_entity_rows_carry_actor_ids(store):
    store.add_documents([AFP])
    rows = store.con.execute("SELECT name, actor_id FROM entities WHERE article_id = ? ORDER BY entity_id", [AFP.id]).fetchall()
    assert all(aid is not None for _, aid in rows)
    spk = store.con.execute("SELECT speaker_actor_id FROM quotes").fetchall()[0][0]
    assert spk == dict(rows)["Marco Rubio"]


def test_document_json_is_schema_newsgraph_1(store):
    store.add_documents([make_doc("Plain text with no events.", published="2026-03-01")])
    raw = store.con.execute("SELECT document FROM articles").fetchall()[0][0]
    assert json.loads(raw)["schema"] == "newsgraph/1"


def test_documents_without_id_get_the_content_hash(store):
    doc = make_doc("An article without an id.", published="2026-03-01")
    doc.id = ""
    store.add_documents([doc])
    assert store.article(content_id(doc.text)) is not None


def test_an_actor_named_twice_in_one_event_is_listed_once(store):
    text = "Marco Rubio and Secretary Rubio met Iraq's premier."
    doc = make_doc(text, published="2026-01-25",
                   entities=[("e1", "Marco Rubio", "PERSON", "USAGOV", None), ("e3", "Rubio", "PERSON", "USAGOV", None),
                             ("e2", "Iraq", "GPE", "IRQ", None)],
                   events=[{"type": "CONSULT", "source": ["e1", "e3"], "target": ["e2"], "evidence": text}])
    store.add_documents([doc])
    src, = store.con.execute("SELECT source_actor_ids FROM events").fetchall()[0]
    assert len(src) == 1
    assert store.con.execute("SELECT len(source_actor_ids) FROM corpus_events").fetchall()[0][0] == 1


def test_two_writers_in_one_process_share_actors(tmp_path):
    from corpus_docs import AFP, REUTERS

    path = tmp_path / "c.duckdb"
    with Store.open(path) as a:
        a.add_documents([make_doc("Nothing here.", published="2026-01-01")])  # loads a's actor index
        with Store.open(path) as b:  # a second Store on the same file (e.g. a web server and a script)
            b.add_documents([AFP])
        a.add_documents([REUTERS])  # a must see b's actors, not make a second Marco Rubio
        assert a.con.execute("SELECT count(*) FROM actors WHERE name = 'Marco Rubio'").fetchall()[0][0] == 1
        assert a.events().column("num_articles").to_pylist() == [2]
