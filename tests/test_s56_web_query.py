"""Session 56, s56-web: who said what, and where, queryable: `Store.quotes`, `Store.places`,
`Store.place_articles` (corpus/query_said.py), `newsgraph query quotes|places`, and schema v5 (each place's
GeoNames id). The store is tests/s56_web_docs.py's four made-up articles."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from typer.testing import CliRunner

from newsgraph import cli
from newsgraph.corpus import Store
from newsgraph.corpus.query_said import country_code
from newsgraph.corpus.store import MIGRATIONS, SCHEMA_VERSION
from newsgraph.errors import NotFoundError, QueryError
from s56_web_docs import LISBON, LONDON_CA, LONDON_GB, PORTO, build_said_store, said_docs


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("said") / "said.duckdb"
    build_said_store(path)
    return str(path)


@pytest.fixture
def store(db):
    with Store.open(db, read_only=True) as s:
        yield s


@pytest.fixture
def runner():
    return CliRunner()


def _texts(table) -> list[str]:
    return table.column("text").to_pylist()


# --- the Python API ------------------------------------------------------------------------------------------

def test_quotes_newest_first_with_speaker_cue_and_offsets(store):
    rows = store.quotes().to_pylist()
    assert [r["text"] for r in rows] == ["Trade is growing,", "We cannot wait,", "Prices will fall by summer,",
                                         "wages would rise", "Talks went well,"]
    assert [r["published"] for r in rows] == sorted((r["published"] for r in rows), reverse=True)
    first = rows[2]  # the minister in March: her actor, the words the article uses, the cue, where the words are
    assert (first["speaker_name"], first["speaker_text"], first["cue"], first["kind"]) == ("Ana Ruiz", "Ruiz", "said", "direct")
    assert (first["title"], first["source"], first["published"]) == ("Minister on prices", "Daily Post", dt.date(2026, 3, 4))
    doc = next(d for d in said_docs() if d.id == first["article_id"])
    assert doc.text[first["start"]:first["end"]] == first["text"]
    farmer = rows[1]  # no corpus actor: the article's words say who
    assert (farmer["speaker_actor_id"], farmer["speaker_name"], farmer["speaker_text"]) == (None, None, "a farmer")
    # two quotes of one article: in text order
    assert rows[2]["start"] < rows[3]["start"] and rows[2]["article_id"] == rows[3]["article_id"]


def test_quotes_filters(store):
    assert _texts(store.quotes(speaker="Ruiz")) == ["Trade is growing,", "Prices will fall by summer,", "wages would rise"]
    assert _texts(store.quotes(speaker="PRTGOV")) == _texts(store.quotes(speaker="Ana Ruiz"))
    assert _texts(store.quotes(speaker="Ruiz", since="2026-04")) == ["Trade is growing,"]
    assert _texts(store.quotes(until="2025")) == ["Talks went well,"]  # a year's until ends on its last day
    assert _texts(store.quotes(since="2026-03-04", until="2026-03-04")) == ["Prices will fall by summer,", "wages would rise"]
    assert _texts(store.quotes(contains="CANNOT")) == ["We cannot wait,"]  # any case
    assert store.quotes(contains="   ").num_rows == 5  # a blank field is no filter
    assert store.quotes(contains="nothing like this").num_rows == 0
    assert _texts(store.quotes(limit=2, offset=1)) == ["We cannot wait,", "Prices will fall by summer,"]
    assert store.quotes(limit=None, offset=3).num_rows == 2  # no limit: the rest (the Python API's "everything")


def test_quotes_bad_input_is_said(store):
    with pytest.raises(NotFoundError, match="no actor matches 'Atlantis'"):
        store.quotes(speaker="Atlantis")
    with pytest.raises(QueryError, match="since: 2026-05 is after until: 2026-04"):
        store.quotes(since="2026-05", until="2026-04")
    with pytest.raises(QueryError, match="until: 'soon' is not a date"):
        store.quotes(until="soon")


def test_places_counted_across_articles(store):
    rows = store.places().to_pylist()
    # Europe (no GeoNames entry) and Lisbon: two mentions in two articles; Porto: two in one; the two Londons apart
    assert [(r["place"], r["name"], r["country"], r["num_mentions"], r["num_articles"]) for r in rows] == [
        ("Europe", "Europe", None, 2, 2), (str(LISBON), "Lisbon", "PRT", 2, 2), (str(PORTO), "Porto", "PRT", 2, 1),
        (str(LONDON_GB), "London", "GBR", 1, 1), (str(LONDON_CA), "London", "CAN", 1, 1)]
    assert [r["geonameid"] for r in rows] == [None, LISBON, PORTO, LONDON_GB, LONDON_CA]
    lisbon = rows[1]
    assert (lisbon["feature"], lisbon["lat"], lisbon["lon"]) == ("city", 1.5, 2.5)
    assert (lisbon["first_published"], lisbon["last_published"]) == (dt.date(2026, 3, 4), dt.date(2026, 4, 10))


def test_places_filters(store):
    assert store.places(country="gb").column("geonameid").to_pylist() == [LONDON_GB]
    assert store.places(country="PRT").column("name").to_pylist() == ["Lisbon", "Porto"]
    assert store.places(country="ZZZ").num_rows == 0  # well formed, no place there
    # only what the articles of the period say: Lisbon once in April
    april = {r["name"]: (r["num_mentions"], r["num_articles"]) for r in store.places(since="2026-04", until="2026-04").to_pylist()}
    assert april == {"Porto": (2, 1), "Lisbon": (1, 1), "London": (1, 1), "Europe": (1, 1)}
    to_march = {r["name"]: (r["country"], r["num_articles"]) for r in store.places(until="2026-03").to_pylist()}
    assert to_march == {"Lisbon": ("PRT", 1), "London": ("GBR", 1), "Europe": (None, 1)}
    assert store.places(limit=2, offset=1).column("name").to_pylist() == ["Lisbon", "Porto"]
    assert store.places(limit=None, offset=1).num_rows == 4


@pytest.mark.parametrize("given,code", [("GBR", "GBR"), ("gbr", "GBR"), (" GB ", "GBR"), ("pt", "PRT"), ("", None),
                                        (None, None), ("XKX", "XKX")])
def test_country_codes(given, code):
    assert country_code(given) == code


@pytest.mark.parametrize("given", ["G", "QQ", "GBRX", "G7", "12", "Britain"])
def test_country_that_is_no_code_is_refused(given):
    with pytest.raises(QueryError, match=f"country: {given!r} is not an ISO 3166 country code"):
        country_code(given)


def test_articles_of_a_place(store):
    docs = {d.title: d.id for d in said_docs()}
    lisbon = store.place_articles(str(LISBON)).to_pylist()
    assert [(r["id"], r["num_mentions"]) for r in lisbon] == [(docs["Farmers block road"], 1), (docs["Minister on prices"], 1)]
    assert (lisbon[0]["title"], lisbon[0]["source"], lisbon[0]["published"]) == ("Farmers block road", "Coast Times",
                                                                                   dt.date(2026, 4, 10))
    assert store.place_articles(str(PORTO)).column("num_mentions").to_pylist() == [2]
    assert store.place_articles(" Europe ").column("id").to_pylist() == [docs["Minister abroad"], docs["London talks"]]
    assert store.place_articles("Europe", until="2025").column("id").to_pylist() == [docs["London talks"]]
    assert store.place_articles("Europe", limit=1, offset=1).column("id").to_pylist() == [docs["London talks"]]
    assert store.place_articles("Europe", limit=None).num_rows == 2
    assert store.place_articles("Europe", limit=1).column("id").to_pylist() == [docs["Minister abroad"]]
    assert store.place_articles("Europe", since="2027").num_rows == 0  # a known place, none in the period
    with pytest.raises(NotFoundError, match="no place matches 'Atlantis'"):
        store.place_articles("Atlantis")
    with pytest.raises(NotFoundError, match="no place matches 'Lisbon'"):  # Lisbon is known by its GeoNames id
        store.place_articles("Lisbon")
    with pytest.raises(QueryError, match="since: 2026 is after until: 2025"):
        store.place_articles("Europe", since="2026", until="2025")


# --- schema v5 -----------------------------------------------------------------------------------------------

def test_v5_backfills_geonames_ids_of_a_v4_store(tmp_path):
    path = tmp_path / "v4.duckdb"
    docs = said_docs()
    with Store.open(path, upto=4) as old:
        old.add_documents(docs)
        assert "geonameid" not in old._columns("places")
    with Store.open(path) as new:
        assert new.version() == SCHEMA_VERSION == 5 == MIGRATIONS[-1][0]
        got = dict(new.con.execute("SELECT name || '/' || coalesce(country, ''), geonameid FROM places").fetchall())
        assert got == {"Lisbon/PRT": LISBON, "Porto/PRT": PORTO, "London/GBR": LONDON_GB, "London/CAN": LONDON_CA,
                       "Europe/": None}
        assert new.places().column("num_articles").to_pylist() == [2, 2, 1, 1, 1]


# --- the command line ----------------------------------------------------------------------------------------

def test_cli_quotes_table_and_json(runner, db, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    r = runner.invoke(cli.app, ["query", "quotes", "--db", db, "--speaker", "Ruiz"])
    assert r.exit_code == 0, r.stderr
    lines = [ln for ln in r.stdout.splitlines() if ln.strip()]
    assert lines[1].split() == ["date", "speaker", "cue", "kind", "text"]
    assert lines[3].split() == ["2026-04-20", "Ana", "Ruiz", "said", "direct", "Trade", "is", "growing,"]
    assert len(lines) == 6
    farmer = runner.invoke(cli.app, ["query", "quotes", "--db", db, "--contains", "wait"])
    assert "a farmer" in farmer.stdout  # no actor: the article's words
    got = json.loads(runner.invoke(cli.app, ["query", "quotes", "--db", db, "-f", "json", "--since", "2026-03",
                                             "--until", "2026-03", "--limit", "1"]).stdout)
    assert [(q["text"], q["cue"], q["start"]) for q in got] == [("Prices will fall by summer,", "said", 58)]


def test_cli_quotes_errors_and_empty(runner, db):
    r = runner.invoke(cli.app, ["query", "quotes", "--db", db, "--speaker", "Atlantis"])
    assert (r.exit_code, r.stderr) == (1, f"newsgraph: error: {db}: no actor matches 'Atlantis'\n")
    r = runner.invoke(cli.app, ["query", "quotes", "--db", db, "--since", "2026-05", "--until", "2026-04"])
    assert (r.exit_code, r.stderr) == (2, "newsgraph: error: since: 2026-05 is after until: 2026-04\n")
    r = runner.invoke(cli.app, ["query", "quotes", "--db", db, "--contains", "zebra"])
    assert (r.exit_code, r.stdout, r.stderr) == (0, "", f"newsgraph: {db}: no quotes match these filters\n")
    r = runner.invoke(cli.app, ["query", "quotes", "--db", db, "--contains", "zebra", "-f", "json"])
    assert (r.exit_code, json.loads(r.stdout)) == (0, [])  # scripts still get their empty answer
    assert "no quotes match" in r.stderr


def test_cli_places_table_csv_and_articles(runner, db, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    r = runner.invoke(cli.app, ["query", "places", "--db", db])
    assert r.exit_code == 0, r.stderr
    lines = [ln.split() for ln in r.stdout.splitlines() if ln.strip()]
    assert lines[1] == ["geonameid", "name", "country", "feature", "mentions", "articles"]
    assert lines[3] == ["Europe", "region", "2", "2"] and lines[4] == [str(LISBON), "Lisbon", "PRT", "city", "2", "2"]
    rows = list(csv.DictReader(io.StringIO(runner.invoke(cli.app, ["query", "places", "--db", db, "--country", "GB",
                                                                   "-f", "csv"]).stdout)))
    assert [(r["geonameid"], r["name"], r["num_articles"]) for r in rows] == [(str(LONDON_GB), "London", "1")]
    arts = runner.invoke(cli.app, ["query", "places", "--db", db, "--place", str(PORTO)])
    docs = {d.title: d.id for d in said_docs()}
    assert arts.exit_code == 0 and docs["Farmers block road"] in arts.stdout and "articles mentioning" in arts.stdout
    got = json.loads(runner.invoke(cli.app, ["query", "places", "--db", db, "--place", "Europe", "-f", "json"]).stdout)
    assert [a["id"] for a in got] == [docs["Minister abroad"], docs["London talks"]]


def test_cli_places_errors_and_empty(runner, db):
    r = runner.invoke(cli.app, ["query", "places", "--db", db, "--place", "Atlantis"])
    assert r.exit_code == 1 and r.stderr.startswith(f"newsgraph: error: {db}: no place matches 'Atlantis'")
    assert len(r.stderr.splitlines()) == 1
    r = runner.invoke(cli.app, ["query", "places", "--db", db, "--country", "Britain"])
    assert (r.exit_code, r.stderr) == (2, "newsgraph: error: country: 'Britain' is not an ISO 3166 country code (e.g. GBR or GB)\n")
    r = runner.invoke(cli.app, ["query", "places", "--db", db, "--country", "FRA"])
    assert (r.exit_code, r.stdout, r.stderr) == (0, "", f"newsgraph: {db}: no places match these filters\n")
    r = runner.invoke(cli.app, ["query", "places", "--db", db, "--place", "Europe", "--since", "2030", "-f", "csv"])
    assert r.exit_code == 0 and r.stdout.splitlines() == ["id,title,published,source,num_mentions"]
    assert r.stderr == f"newsgraph: {db}: no articles match these filters\n"
    r = runner.invoke(cli.app, ["query", "places", "--db", db, "--limit", "0"])
    assert r.exit_code == 2 and len(r.stderr.splitlines()) == 1


# --- the terminal layout: one line a row, what gives way first --------------------------------------------------

@pytest.fixture(scope="module")
def long_db(tmp_path_factory):
    """One article with a long-named speaker, a long quote, a quote nobody is named for, and a long title."""
    from corpus_docs import make_doc
    from s56_web_docs import place, quote

    words = "The harbour will reopen to every fishing boat before the autumn storms arrive on the coast"
    doc = make_doc(f'Maximiliana Wolkenstein-Rosenfeld visited Porto. "{words}," Maximiliana Wolkenstein-Rosenfeld said. '
                   '"Nobody listens," the banner read. Boats came from the Democratic Republic of the Congo.',
                   title="A very long headline about the harbour of Porto and its fishing fleet", published="2026-05-02",
                   outlet="The Harbour Gazette and Fishing Fleet Weekly Review", entities=[("e1", "Maximiliana Wolkenstein-Rosenfeld", "PERSON", None, "mayor")])
    quote(doc, "q1", words + ",", "said", "e1", "Maximiliana Wolkenstein-Rosenfeld")
    doc.quotes.append(type(doc.quotes[0])(id="q2", start=doc.text.index("Nobody"), end=doc.text.index("Nobody") + 15,
                                           text="Nobody listens,", kind="direct"))
    place(doc, "p1", "Porto", "PRT", "city", PORTO)
    place(doc, "p2", "Democratic Republic of the Congo", "COD", "country", 203312)
    path = tmp_path_factory.mktemp("long") / "long.duckdb"
    with Store.open(path) as s:
        s.add_documents([doc])
    return str(path), doc.id


def _table_lines(runner, monkeypatch, columns: int, *args) -> list[str]:
    monkeypatch.setenv("COLUMNS", str(columns))
    r = runner.invoke(cli.app, ["query", *args])
    assert r.exit_code == 0, r.stderr
    return [ln.rstrip() for ln in r.stdout.splitlines() if ln.strip()]


def _cells(line: str) -> list[str]:
    """A table row's cells (Rich pads them with at least three spaces between)."""
    return [c.strip() for c in line.split("   ") if c.strip()]


def test_quotes_fit_the_terminal(runner, monkeypatch, long_db):
    db, _ = long_db
    # lines: title, header, rule, then a row each
    roomy = _table_lines(runner, monkeypatch, 90, "quotes", "--db", db)
    assert roomy[1].split() == ["date", "speaker", "cue", "kind", "text"] and len(roomy) == 5
    assert _cells(roomy[3])[:4] == ["2026-05-02", "Maximiliana Wolkenste…", "said", "direct"]  # names: 22 columns
    assert _cells(roomy[3])[4].startswith("The harbour will reopen") and _cells(roomy[3])[4].endswith("…")
    assert _cells(roomy[4]) == ["2026-05-02", "direct", "Nobody listens,"]  # nobody named: a blank cell
    assert _table_lines(runner, monkeypatch, 72, "quotes", "--db", db)[1].split() == ["date", "speaker", "cue", "text"]
    narrow = _table_lines(runner, monkeypatch, 64, "quotes", "--db", db)
    assert narrow[1].split() == ["date", "speaker", "text"]  # the kind goes first, then the cue
    assert all(len(ln) <= 64 for ln in narrow)
    wide = _table_lines(runner, monkeypatch, 160, "quotes", "--db", db)
    assert "autumn storms arrive on the coast," in wide[3]  # from 140 columns the words are whole


def test_places_and_their_articles_fit_the_terminal(runner, monkeypatch, long_db):
    db, doc_id = long_db
    narrow = _table_lines(runner, monkeypatch, 60, "places", "--db", db)
    assert narrow[1].split() == ["geonameid", "name", "country", "mentions", "articles"]  # the feature goes first
    assert narrow[4].split() == [str(PORTO), "Porto", "PRT", "1", "1"]
    wide = _table_lines(runner, monkeypatch, 100, "places", "--db", db)
    assert wide[1].split() == ["geonameid", "name", "country", "feature", "mentions", "articles"]
    assert _cells(wide[3])[:2] == ["203312", "Democratic Republic of the Co…"]  # names: 30 columns
    arts = _table_lines(runner, monkeypatch, 80, "places", "--db", db, "--place", str(PORTO))
    assert arts[1].split() == ["date", "ment", "title", "id"]  # the outlet goes first; the id stays whole
    assert _cells(arts[3]) == ["2026-05-02", "1", "A very long he…", doc_id]
    assert all(len(ln) <= 80 for ln in arts)
    least = _table_lines(runner, monkeypatch, 77, "places", "--db", db, "--place", str(PORTO))
    assert _cells(least[3]) == ["2026-05-02", "1", "A very long…", doc_id]  # the title gives way to 12 columns
    wide = _table_lines(runner, monkeypatch, 140, "places", "--db", db, "--place", str(PORTO))
    assert wide[1].split() == ["date", "ment", "source", "title", "id"]
    folded = " ".join(" ".join(ln.split()) for ln in wide[3:])
    assert _cells(wide[3])[-1] == doc_id and folded.endswith("its fishing fleet")  # from 140 columns the title folds whole
    assert _cells(wide[3])[2] == "The Harbour Gazette and Fishing Fleet W…"  # other columns: 40 at most


def test_a_backfill_reads_every_stored_document_once_a_batch_at_a_time(tmp_path, monkeypatch):
    from newsgraph.corpus import store as store_mod

    docs = said_docs()
    with Store.open(tmp_path / "s.duckdb") as st:
        st.add_documents(docs)
        monkeypatch.setattr(store_mod, "BACKFILL_BATCH", 3)
        batches = [[d.id for d in batch] for batch in store_mod._stored_documents(st.con)]
    assert [len(b) for b in batches] == [3, 1]
    assert [i for b in batches for i in b] == sorted(d.id for d in docs)


def test_v5_backfill_reaches_past_its_first_batch(tmp_path, monkeypatch):
    from newsgraph.corpus import store as store_mod

    path = tmp_path / "v4.duckdb"
    with Store.open(path, upto=4) as old:
        old.add_documents(said_docs())
    monkeypatch.setattr(store_mod, "BACKFILL_BATCH", 1)  # four articles: four batches
    with Store.open(path) as new:
        got = dict(new.con.execute("SELECT name || '/' || coalesce(country, ''), geonameid FROM places").fetchall())
    assert got == {"Lisbon/PRT": LISBON, "Porto/PRT": PORTO, "London/GBR": LONDON_GB, "London/CAN": LONDON_CA,
                   "Europe/": None}
