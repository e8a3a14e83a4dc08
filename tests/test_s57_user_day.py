"""Session 57, s57-user: what a political scientist met on a first day with newsgraph (docs/testing.md).

- `--db corpus.jsonl` (any existing .jsonl, .json, .csv or .parquet file): DuckDB 2 opens such a file as
  data in an in-memory database, so `ingest` said "added 1 ... 1 articles in corpus.jsonl", exit 0, and
  stored nothing; `query` said DuckDB's "Cannot launch in-memory database in read-only mode!".
- `ingest` run again over stored articles (the documented resume) built the whole pipeline, about 12 s on
  a busy machine, to extract nothing.
- `--max-bytes 100` said "3 KB is over the 0 KB limit": sizes under 1 KB were rounded to 0 KB, and two
  sizes that round alike read as equal.
- `export --format jsonl` dropped the event date's granularity, so an event of "in 1947" was exported as
  1947-01-01 with nothing to tell it from a day.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsgraph import cli
from newsgraph.corpus import Store
from newsgraph.errors import StoreError
from webutil import ARTICLES, build_corpus

# --- a data file named as the store is refused, not opened as an in-memory database -------------------


@pytest.mark.parametrize("suffix", ["jsonl", "json", "csv", "parquet"])
@pytest.mark.parametrize("read_only", [False, True])
def test_a_data_file_given_as_the_store_is_refused_and_left_alone(tmp_path, suffix, read_only):
    path = tmp_path / f"news.{suffix}"
    body = '{"text": "An article a user meant to ingest, not a database."}\n'
    path.write_text(body, encoding="utf-8")
    with pytest.raises(StoreError) as err:
        Store.open(path, read_only=read_only)
    msg = str(err.value)
    assert msg.startswith(f"{path}: not a DuckDB database"), msg
    assert "\n" not in msg
    assert path.read_text(encoding="utf-8") == body


def test_a_new_store_may_have_any_name(tmp_path):
    path = tmp_path / "corpus.csv"  # no file yet: DuckDB makes a real database file of it
    with Store.open(path) as store:
        assert store.count("articles") == 0
    with Store.open(path, read_only=True) as store:
        assert store.version() > 0
    with Store.open(":memory:") as store:  # the in-memory store tests use stays allowed
        assert store.count("articles") == 0


def test_the_cli_says_so_in_one_line_with_the_store_exit_code(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text('{"text": "x"}\n', encoding="utf-8")
    for args in (["query", "events", "--db", str(path)], ["export", "--db", str(path), "--out", str(tmp_path / "o.csv"),
                                                          "--format", "csv"]):
        res = CliRunner().invoke(cli.app, args)
        assert res.exit_code == 3, res.output
        lines = res.output.strip().splitlines()
        assert len(lines) == 1 and "not a DuckDB database" in lines[0], res.output


# --- a resume with nothing new builds no pipeline ------------------------------------------------------


def _records(path, specs):
    path.write_text("".join(json.dumps({"text": s["text"], "title": s["title"]}) + "\n" for s in specs), encoding="utf-8")
    return str(path)


def test_ingest_with_every_article_stored_builds_no_pipeline(tmp_path, monkeypatch):
    from newsgraph import pipeline
    from newsgraph.corpus.ingest import ingest

    def no_pipeline(*a, **k):
        raise AssertionError("the pipeline was built with nothing to extract")

    monkeypatch.setattr(pipeline, "extract_many", no_pipeline)
    db = tmp_path / "c.duckdb"
    build_corpus(db)
    src = _records(tmp_path / "again.jsonl", ARTICLES)
    with Store.open(db) as store:
        stats = ingest([src], store)
    assert (stats["added"], stats["skipped"], stats["failed"], stats["batches"]) == (0, len(ARTICLES), 0, 0)


def test_ingest_extracts_what_is_new_in_input_order(tmp_path, monkeypatch):
    """The first new article is looked at before the pipeline is made; it must still be extracted, and first."""
    from newsgraph import pipeline
    from newsgraph.corpus.ingest import ingest
    from webutil import make_document

    seen = []

    def fake_extract_many(articles, options=None, workers=1):
        for art in articles:
            seen.append(art.text)
            yield make_document({**ARTICLES[1], "text": art.text, "title": art.title})

    monkeypatch.setattr(pipeline, "extract_many", fake_extract_many)
    db = tmp_path / "c.duckdb"
    with Store.open(db) as store:
        store.add_documents([make_document(ARTICLES[0])])
    fresh = {**ARTICLES[1], "text": ARTICLES[1]["text"] + " A second report followed."}
    src = _records(tmp_path / "mixed.jsonl", [ARTICLES[0], ARTICLES[1], fresh])
    with Store.open(db) as store:
        stats = ingest([src], store)
        assert (stats["added"], stats["skipped"]) == (2, 1)
        assert store.count("articles") == 3
    assert seen == [ARTICLES[1]["text"], fresh["text"]]


# --- sizes said so that the two differ -----------------------------------------------------------------


def test_sizes_over_a_limit_are_told_apart():
    from newsgraph.read import _over

    assert _over(3496, 100) == "3,496 bytes is over the 100-byte limit"
    assert _over(1100, 1024) == "1,100 bytes is over the 1,024-byte limit"
    assert _over(5 * 1024 * 1024, 2 * 1024 * 1024) == "5.0 MB is over the 2.0 MB limit"
    # 2 MB and a byte more round alike: then the bytes are said
    assert _over(2 * 1024 * 1024 + 1, 2 * 1024 * 1024) == "2,097,153 bytes is over the 2,097,152-byte limit"
    assert _over(2 * 1024 * 1024, 1024 * 1024 + 1) == "2.0 MB is over the 1.0 MB limit"


def test_extract_max_bytes_names_both_sizes(tmp_path, monkeypatch):
    from newsgraph.read import read_paths

    f = tmp_path / "a.txt"
    f.write_text("x" * 299 + ".", encoding="utf-8")
    (err,) = list(read_paths([str(f)], max_bytes=100))
    assert err.reason == "300 bytes is over the 100-byte limit (raise it with --max-bytes)"
    j = tmp_path / "r.jsonl"
    j.write_text(json.dumps({"text": "y" * 60}) + "\n", encoding="utf-8")
    (err,) = list(read_paths([str(j)], max_bytes=50))
    assert err.reason == "record: 73 bytes is over the 50-byte limit (raise it with --max-bytes)"
    import io

    class Stdin:
        buffer = io.BytesIO(b"z" * 3000)

    monkeypatch.setattr("sys.stdin", Stdin)
    (err,) = list(read_paths(["-"], max_bytes=100))  # only 101 bytes were read: no size is made up
    assert (err.name, err.reason) == ("<stdin>", "over the 100-byte limit (raise it with --max-bytes)")


# --- an event's date as exactly as it was told ---------------------------------------------------------


@pytest.fixture(scope="module")
def told_db(tmp_path_factory):
    """ARTICLES[0] and [2] with their events dated "in 1947" (a year), "in April 2005" (a month), a decade and a day."""
    from newsgraph.model import DateRef
    from webutil import make_document

    first, third = make_document(ARTICLES[0]), make_document(ARTICLES[2])
    first.events[0].date = DateRef(value="1947", granularity="year")
    first.events[1].date = DateRef(value="2005-04", granularity="month")
    third.events[0].date = DateRef(value="1990", granularity="decade")
    path = tmp_path_factory.mktemp("told") / "told.duckdb"
    with Store.open(path) as store:
        store.add_documents([first, third])
    return str(path)


def test_store_events_say_how_exact_each_date_is(told_db):
    with Store.open(told_db, read_only=True) as store:
        rows = store.events(order="date", limit=None).to_pylist()
    got = [(r["date"].isoformat(), r["date_granularity"], r["type"]) for r in rows]
    assert got == [("1947-01-01", "year", "THREATEN"), ("1990-01-01", "decade", "CONSULT"),
                   ("2005-04-01", "month", "REJECT"), ("2026-03-02", "day", "AID")]


def test_query_events_table_shows_the_date_as_told(told_db):
    import re

    res = CliRunner().invoke(cli.app, ["query", "events", "--db", told_db, "--order", "date"], env={"COLUMNS": "160"})
    assert res.exit_code == 0, res.output
    dates = [m.group(1) for m in re.finditer(r"^\s*\d+\s+(\S+)\s+[A-Z]{3,}", res.output, re.M)]
    assert dates == ["1947", "1990s", "2005-04", "2026-03-02"], res.output
    res = CliRunner().invoke(cli.app, ["query", "events", "--db", told_db, "--order", "date", "-f", "json"])
    rows = json.loads(res.output)
    assert [(r["date"], r["date_granularity"]) for r in rows] == [
        ("1947-01-01", "year"), ("1990-01-01", "decade"), ("2005-04-01", "month"), ("2026-03-02", "day")]


def test_jsonl_export_keeps_the_granularity(told_db, tmp_path):
    from newsgraph.corpus.export import export

    out = tmp_path / "ev.jsonl"
    with Store.open(told_db, read_only=True) as store:
        assert export(store, "jsonl", out) == 4
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["date"], r["date_granularity"]) for r in recs] == [
        ("1947-01-01", "year"), ("1990-01-01", "decade"), ("2005-04-01", "month"), ("2026-03-02", "day")]


def test_the_events_api_says_the_granularity(told_db):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from newsgraph.web import create_app

    items = TestClient(create_app(told_db)).get("/v1/events", params={"order": "date"}).json()["items"]
    assert [(i["date"], i["date_granularity"]) for i in items] == [
        ("1947-01-01", "year"), ("1990-01-01", "decade"), ("2005-04-01", "month"), ("2026-03-02", "day")]


@pytest.mark.parametrize("day, granularity, told", [
    ("1947-01-01", "year", "1947"), ("2005-04-01", "month", "2005-04"), ("1990-01-01", "decade", "1990s"),
    ("2005-03-15", "day", "2005-03-15"), ("2005-03-14", "week", "2005-03-14"), ("2005-03-15", None, "2005-03-15")])
def test_date_as_told(day, granularity, told):
    import datetime as dt

    from newsgraph.corpus.output import date_as_told

    assert date_as_told(dt.date.fromisoformat(day), granularity) == told
    assert date_as_told(None, granularity) is None


def test_the_events_page_shows_the_date_as_told():
    """app.js's asTold, run by node: the Events page's date cell says what `query events` says."""
    import re
    import shutil
    import subprocess
    from pathlib import Path

    node = shutil.which("node")
    if node is None:
        pytest.skip("no node to run the page's JavaScript")
    src = (Path(cli.__file__).parent / "web/static/app.js").read_text(encoding="utf-8")
    fn = re.search(r"function asTold\(.*?\n  }\n", src, re.S).group(0)
    cases = [["1947-01-01", "year"], ["2005-04-01", "month"], ["1990-01-01", "decade"], ["2005-03-15", "day"],
             ["2005-03-15", None], [None, "year"]]
    js = fn + f"console.log(JSON.stringify({json.dumps(cases)}.map(([d, g]) => asTold(d, g))));"
    out = subprocess.run([node, "-e", js], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == ["1947", "2005-04", "1990s", "2005-03-15", "2005-03-15", ""]


@pytest.mark.parametrize("by, periods", [("year", ["1947", "1990", "2005", "2026"]),
                                         ("month", ["1947-01", "1990-01", "2005-04", "2026-03"]),
                                         ("week", ["1946-12-30", "1990-01-01", "2005-03-28", "2026-03-02"])])
def test_query_dyad_table_names_each_period_as_its_length(told_db, by, periods):
    """A dyad by month listed 2005-03-01, by year 2005-01-01: a period named by its first day read as that day."""
    import re

    res = CliRunner().invoke(cli.app, ["query", "dyad", "USA", "IRQ", "--db", told_db, "--by", by], env={"COLUMNS": "160"})
    assert res.exit_code == 0, res.output
    assert sorted(re.findall(r"^│ (\d[\d-]*)\s+│", res.output, re.M)) == periods, res.output
    rows = json.loads(CliRunner().invoke(cli.app, ["query", "dyad", "USA", "IRQ", "--db", told_db, "--by", by,
                                                  "-f", "json"]).output)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", r["period"]) for r in rows)  # scripts keep the ISO date


def test_the_dyad_chart_labels_periods_as_told():
    """The Dyad page's bar labels go through asTold with the period length the API answered with."""
    from pathlib import Path

    src = (Path(cli.__file__).parent / "web/static/app.js").read_text(encoding="utf-8")
    assert "dyadChart(rows, data.by)" in src
    assert 'r.period ? asTold(String(r.period).slice(0, 10), by) : "undated"' in src


# --- a store another process holds: said in newsgraph's words --------------------------------------------


@pytest.fixture
def held_store(tmp_path):
    """A store another process holds open for writing (as a running ingest does); yields its path and pid."""
    import subprocess
    import sys

    path = tmp_path / "held.duckdb"
    Store.open(path).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); time.sleep(60)", str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        yield str(path), holder.pid
    finally:
        holder.kill()
        holder.wait()


def test_a_store_in_use_is_named_with_its_holder_and_what_to_do(held_store):
    """DuckDB's own words ended "...by using the -readonly parameter in the CLI", DuckDB's CLI, not newsgraph's."""
    path, pid = held_store
    with pytest.raises(StoreError) as err:
        Store.open(path)
    assert str(err.value) == (f"{path}: another process has the corpus database open (PID {pid}); stop it, or, if it is "
                              "a `newsgraph serve`, ingest through it with `ingest --server URL`")
    with pytest.raises(StoreError) as err:
        Store.open(path, read_only=True)
    assert str(err.value) == (f"{path}: another process is writing the corpus database (PID {pid}); "
                              "try again when it has finished")
