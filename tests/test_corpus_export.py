import csv
import json

import pyarrow.dataset as ds
import pytest

from corpus_docs import AFP, AP, LATER, REUTERS
from newsgraph.corpus import Store
from newsgraph.corpus.export import ACLED_COLUMNS, GDELT_COLUMNS, export
from newsgraph.corpus.ingest import load_parquet
from newsgraph.errors import InputError, NewsgraphError


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "c.duckdb") as s:
        s.add_documents([AFP, REUTERS, AP, LATER], [InputError("bad.txt", "empty input")])
        yield s


def test_jsonl_has_every_evidence_span(store, tmp_path):
    out = tmp_path / "ev.jsonl"
    assert export(store, "jsonl", out) == 3
    events = [json.loads(l) for l in out.read_text().splitlines()]
    merged = next(e for e in events if e["num_articles"] == 3)
    assert merged["type"] == "CONSULT" and merged["sources"][0]["name"] == "Marco Rubio"
    assert len(merged["evidence"]) == 3 and {e["outlet"] for e in merged["evidence"]} == {"AFP", "Reuters", "AP"}
    assert not (tmp_path / "ev.jsonl.part").exists()


def test_csv_matches_events_table(store, tmp_path):
    out = tmp_path / "ev.csv"
    export(store, "csv", out)
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == 3 and set(store.events().column_names) == set(rows[0])


def test_gdelt_layout(store, tmp_path):
    out = tmp_path / "ev.gdelt.csv"
    export(store, "gdelt", out)
    rows = [l.split("\t") for l in out.read_text().splitlines()]
    assert len(GDELT_COLUMNS) == 61 and all(len(r) == 61 for r in rows)
    rec = dict(zip(GDELT_COLUMNS, rows[0]))
    assert rec["SQLDATE"] == "20260125" and rec["MonthYear"] == "202601" and rec["Year"] == "2026"
    consult = next(dict(zip(GDELT_COLUMNS, r)) for r in rows if r[GDELT_COLUMNS.index("NumArticles")] == "3")
    assert consult["Actor1Code"] == "USAGOV" and consult["Actor1Name"] == "MARCO RUBIO"
    assert consult["Actor1CountryCode"] == "USA" and consult["Actor1Type1Code"] == "GOV"
    assert consult["Actor2Code"] == "IRQGOV" and consult["QuadClass"] == "1" and consult["NumSources"] == "3"
    assert consult["AvgTone"] == "" and consult["Actor1EthnicCode"] == ""  # unused columns stay empty
    assert len(consult["DATEADDED"]) == 14


def test_polecat_records(store, tmp_path):
    out = tmp_path / "ev.polecat.jsonl"
    export(store, "polecat", out)
    recs = [json.loads(l) for l in out.read_text().splitlines()]
    rec = next(r for r in recs if r["numArticles"] == 3)
    assert rec["event"] == "CONSULT" and rec["date"] == "2026-01-25"
    assert rec["source"][0] == {"actorText": "Marco Rubio", "code": "USAGOV", "sector": "GOV", "country": "USA",
                                "actorId": rec["source"][0]["actorId"]}
    assert set(rec["publication"]) == {"AFP", "Reuters", "AP"}
    assert rec["context"] == "security" and rec["target"][0]["actorText"] == "Mohammed Shia al-Sudani"


def test_parquet_partitions_round_trip(store, tmp_path):
    out = tmp_path / "pq"
    assert export(store, "parquet", out) == 4
    months = sorted(p.name for p in (out / "articles").iterdir())
    assert months == ["month=2026-01", "month=2026-02"]
    ce = ds.dataset(out / "corpus_events", format="parquet", partitioning="hive").to_table()
    assert ce.num_rows == 3
    # load it into a new store: same articles, same merged events, failures kept
    with Store.open(tmp_path / "copy.duckdb") as copy:
        stats = load_parquet(out, copy)
        assert stats["added"] == 4 and stats["failed"] == 1
        assert sorted(copy.events().column("num_articles").to_pylist()) == [1, 1, 3]
        assert load_parquet(out, copy)["added"] == 0  # loading twice changes nothing
        assert copy.count("articles") == 4
    # exporting again over our own export replaces it; over anything else is refused
    export(store, "parquet", out)
    other = tmp_path / "mine"
    other.mkdir()
    (other / "precious.txt").write_text("keep")
    with pytest.raises(NewsgraphError, match="not a newsgraph Parquet export"):
        export(store, "parquet", other)
    assert (other / "precious.txt").exists()


def test_unknown_format(store, tmp_path):
    with pytest.raises(NewsgraphError):
        export(store, "xml", tmp_path / "x")


def test_cli_export_then_ingest_from_parquet_and_failures(store, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent / "src"))
    db = store.path
    store.close()  # one writer per DuckDB file: let the CLI open it

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "newsgraph.cli", *args], capture_output=True, text=True, env=env)

    out = tmp_path / "pq"
    r = cli("export", "--db", db, "--format", "parquet", "--out", str(out))
    assert r.returncode == 0, r.stderr
    r = cli("export", "--db", db, "--format", "gdelt", "--out", str(tmp_path / "ev.tsv"))
    assert r.returncode == 0 and "wrote 3 events" in r.stderr
    new = str(tmp_path / "new.duckdb")
    r = cli("ingest", "--from-parquet", str(out), "--db", new)
    assert r.returncode == 1  # the stored failure is carried over and reported
    assert "added 4" in r.stderr and "failed 1" in r.stderr
    r = cli("failures", "--db", new, "--format", "json")
    assert r.returncode == 0
    assert [(f["name"], f["reason"]) for f in json.loads(r.stdout)] == [("bad.txt", "empty input")]
    r = cli("ingest", "--db", new)
    assert r.returncode == 2 and "--from-parquet" in r.stderr
    r = cli("ingest", "--from-parquet", str(tmp_path / "nothing"), "--db", new)
    assert r.returncode == 1 and "no Parquet article partitions" in r.stderr and "Traceback" not in r.stderr


def _protest(source: dict) -> dict:
    return {"event_id": 7, "type": "PROTEST", "acled_event_type": "Protests", "acled_sub_event_type": "Peaceful protest",
            "sources": [source], "targets": [], "source_actor_id": source["id"], "target_actor_id": None,
            "date": None, "date_granularity": None, "place_country": "ZWE", "place_name": "Harare",
            "place_lat": None, "place_lon": None, "place_feature": "city", "evidence": "", "evidence_spans": [],
            "added": None}


def test_acled_protest_by_a_place_is_acleds_generic_protesters_a_named_group_stays():
    from newsgraph.corpus.export import _countries, acled_row

    countries = _countries()
    place = {"id": "a1", "name": "Harare", "code": "ZWE", "country": "ZWE", "sector": None}
    row = dict(zip(ACLED_COLUMNS, acled_row(_protest(place), countries)))
    assert (row["actor1"], row["inter1"]) == ("Protesters (Zimbabwe)", "6")
    group = {"id": "a2", "name": "Zimbabwean teachers", "code": "ZWEEDU", "country": "ZWE", "sector": "EDU"}
    row = dict(zip(ACLED_COLUMNS, acled_row(_protest(group), countries)))
    assert (row["actor1"], row["inter1"]) == ("Zimbabwean teachers", "6")


def test_gdelt_one_row_per_code_of_a_compound_actor(tmp_path):
    """A user dictionary's compound actor (`THE_SHIRE [FRO/BIL/SAM]`, fictional) is one actor in the
    corpus and one row per source code x target code in the GDELT export, as PETRARCH codes it; the
    list formats keep the actor whole (through the CLI: ingest --actors, then export)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent / "src"))
    (tmp_path / "a.txt").write_text("MORDOR [MOR]\nTHE_SHIRE [FRO/BIL/SAM]\nLORIEN [ELR/GAL]\n")
    (tmp_path / "t.txt").write_text("The Shire attacked Mordor on Monday.\n\nLorien attacked the Shire on Tuesday.\n")
    db = str(tmp_path / "c.duckdb")

    def cli(*args):
        r = subprocess.run([sys.executable, "-m", "newsgraph.cli", *args], capture_output=True, text=True, env=env)
        assert r.returncode == 0, r.stderr
        return r

    cli("ingest", "--actors", str(tmp_path / "a.txt"), "--published", "2020-01-08", "--db", db, str(tmp_path / "t.txt"))
    r = cli("export", "--db", db, "--format", "gdelt", "--out", str(tmp_path / "ev.tsv"))
    assert "wrote 2 events" in r.stderr  # events, not rows
    rows = [dict(zip(GDELT_COLUMNS, l.split("\t"))) for l in (tmp_path / "ev.tsv").read_text().splitlines()]
    dyads = [(r["GLOBALEVENTID"], r["Actor1Code"], r["Actor2Code"], r["EventCode"]) for r in rows]
    first, second = sorted({d[0] for d in dyads})
    assert dyads == [(first, "BIL", "MOR", "190"), (first, "FRO", "MOR", "190"), (first, "SAM", "MOR", "190"),
                     (second, "ELR", "BIL", "190"), (second, "ELR", "FRO", "190"), (second, "ELR", "SAM", "190"),
                     (second, "GAL", "BIL", "190"), (second, "GAL", "FRO", "190"), (second, "GAL", "SAM", "190")]
    assert all(len(r) == 61 for r in rows) and {r["Actor1Name"] for r in rows} == {"SHIRE", "LORIEN"}
    cli("export", "--db", db, "--format", "polecat", "--out", str(tmp_path / "ev.jsonl"))
    recs = [json.loads(l) for l in (tmp_path / "ev.jsonl").read_text().splitlines()]
    assert [r["source"][0]["code"] for r in recs] == ["FRO/BIL/SAM", "ELR/GAL"]  # one actor, its codes joined


def test_a_city_an_event_names_is_coded_as_its_state_and_stays_its_own_actor(pipeline, tmp_path):
    """CAMEO codes a city as its state (PETRARCH's country dictionary lists PARIS under FRANCE [FRA]):
    "visited Paris" exports Actor2Code FRA, not an empty code. The city stays an actor of its own:
    France, seen before or after it, is not renamed Paris nor merged with it."""
    def doc(text):
        return pipeline.extract(text, published="2026-11-20")

    docs = [doc("Germany's chancellor visited Paris on Monday."),
            doc("France condemned the attack on Sunday."),
            doc("The Dutch king visited Paris on Tuesday and then flew to France's south.")]
    with Store.open(tmp_path / "c.duckdb") as s:
        s.add_documents(docs)
        out = tmp_path / "ev.tsv"
        export(s, "gdelt", out)
        rows = [dict(zip(GDELT_COLUMNS, l.split("\t"))) for l in out.read_text().splitlines()]
        visits = [r for r in rows if r["EventCode"] == "042"]
        # the second visit's country is named in its sentence: the event codes France itself
        assert sorted((r["Actor2Code"], r["Actor2Name"], r["Actor2CountryCode"]) for r in visits) == \
            [("FRA", "FRANCE", "FRA"), ("FRA", "PARIS", "FRA")]
        assert s.actor("France")["name"] == "France" and s.actor("Paris")["name"] == "Paris"
        assert s.actor("France")["id"] != s.actor("Paris")["id"]
