"""Session 52, s52-qa: a user's pass over the corpus commands. Export targets that cannot be written
are one usage line, not an internal error; a person or body coded with a bare country code does not
become that country in the corpus (docs/testing.md, "Session 52, s52-qa")."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from corpus_docs import make_doc

from newsgraph.cli import check_export_out
from newsgraph.corpus import Store
from newsgraph.corpus.resolve import ActorInfo, stands_for_country

ROOT = Path(__file__).resolve().parent.parent


# ---- export: the target's shape is checked before any work --------------------------------------

@pytest.mark.parametrize("fmt", ["jsonl", "csv", "gdelt", "polecat", "acled"])
def test_a_file_export_refuses_a_missing_directory_and_a_directory(tmp_path, fmt):
    with pytest.raises(typer.BadParameter, match="does not exist") as missing:
        check_export_out(str(tmp_path / "nodir" / "ev.out"), fmt)
    with pytest.raises(typer.BadParameter, match="is a directory") as a_dir:
        check_export_out(str(tmp_path), fmt)
    assert missing.value.param_hint == a_dir.value.param_hint == "--out"  # the message names the option
    check_export_out(str(tmp_path / "ev.out"), fmt)  # a new file in a directory that exists: fine


def test_a_parquet_export_refuses_a_file_and_takes_a_new_or_existing_directory(tmp_path):
    (tmp_path / "ev.csv").write_text("x\n")
    with pytest.raises(typer.BadParameter, match="is a file; parquet writes a directory") as a_file:
        check_export_out(str(tmp_path / "ev.csv"), "parquet")
    assert a_file.value.param_hint == "--out"
    check_export_out(str(tmp_path / "new" / "pq"), "parquet")  # made with its parents
    check_export_out(str(tmp_path), "parquet")  # an existing directory: export.py decides about its contents


def _cli(*args):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "newsgraph.cli", *args], capture_output=True, text=True,
                          env=env, timeout=300)


def test_cli_export_to_an_unwritable_target_is_one_usage_line(tmp_path):
    db = tmp_path / "c.duckdb"
    with Store.open(db) as s:
        s.add_documents([make_doc("France met Italy.", published="2026-01-05")])
    (tmp_path / "ev.csv").write_text("x\n")
    cases = [("csv", tmp_path / "nodir" / "ev.csv", "does not exist"), ("gdelt", tmp_path, "is a directory"),
             ("parquet", tmp_path / "ev.csv", "is a file")]
    for fmt, out, why in cases:
        r = _cli("export", "--db", str(db), "--format", fmt, "--out", str(out))
        assert r.returncode == 2, r.stderr
        assert why in r.stderr and "internal error" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not list(tmp_path.glob("*.part")) and (tmp_path / "ev.csv").read_text() == "x\n"


def test_cli_export_write_failure_is_an_input_line_not_an_internal_error(tmp_path, monkeypatch):
    """An OSError while writing (no permission, disk full) names the target and the reason; exit 1."""
    from typer.testing import CliRunner

    import newsgraph.corpus.export as export_mod
    from newsgraph.cli import app

    db = tmp_path / "c.duckdb"
    with Store.open(db) as s:
        s.add_documents([make_doc("France met Italy.", published="2026-01-05")])

    def full(store, path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_mod, "_jsonl", full)
    r = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "jsonl", "--out", str(tmp_path / "ev.jsonl")])
    assert r.exit_code == 1
    assert f"{tmp_path / 'ev.jsonl'}: cannot write the export (No space left on device)" in r.output
    assert "internal error" not in r.output


# ---- actors: only a place or a people stands for its country's code ------------------------------

def _actor_of(store, doc, entity_id="e1"):
    return store.con.execute("SELECT actor_id FROM entities WHERE article_id = ? AND entity_id = ?",
                             [doc.id, entity_id]).fetchall()[0][0]


@pytest.mark.parametrize("kind,name", [("PERSON", "Alan Beith"), ("ORG", "Singapore Telecom")])
def test_a_person_or_body_coded_with_a_bare_country_code_is_not_the_country(kind, name):
    code = "GBR" if kind == "PERSON" else "SGP"
    with Store.open(":memory:") as s:
        first = make_doc(f"{name} spoke.", published="2026-01-05", entities=[("e1", name, kind, code, None)])
        country = make_doc("The country agreed.", published="2026-01-06",
                           entities=[("e1", "The country", "GPE", code, None)])
        people = make_doc("The nationals agreed.", published="2026-01-07",
                          entities=[("e1", "Nationals", "NORP", code, None)])
        s.add_documents([first])
        s.add_documents([country, people])
        assert _actor_of(s, first) != _actor_of(s, country)
        assert _actor_of(s, country) == _actor_of(s, people)  # places and peoples still meet by code
        assert s.actor(name)["aliases"] == [name]


def test_a_person_whose_code_arrives_later_does_not_take_the_country_key():
    """_enrich fills a code on an existing actor: a person's bare country code still gives no key."""
    with Store.open(":memory:") as s:
        bare = make_doc("Alan Beith spoke.", published="2026-01-05", entities=[("e1", "Alan Beith", "PERSON", None, None)])
        coded = make_doc("Alan Beith spoke again.", published="2026-01-06",
                         entities=[("e1", "Alan Beith", "PERSON", "GBR", None)])
        uk = make_doc("The UK agreed.", published="2026-01-07", entities=[("e1", "UK", "GPE", "GBR", None)])
        s.add_documents([bare])
        s.add_documents([coded])
        s.add_documents([uk])
        assert _actor_of(s, bare) == _actor_of(s, coded) != _actor_of(s, uk)
        assert s.actor("Alan Beith")["code"] == "GBR"
        keys = dict(s.con.execute("SELECT norm_key, actor_id FROM actor_aliases WHERE norm_key LIKE 'code:%'").fetchall())
        assert keys == {"code:GBR": _actor_of(s, uk)}


@pytest.mark.parametrize("typ,code,expected", [
    ("GPE", "IRQ", True), ("NORP", "IRQ", True), ("LOC", "IRQ", True),
    ("PERSON", "IRQ", False), ("ORG", "IRQ", False), ("GPE", "IRQGOV", False), ("GPE", None, False),
])
def test_stands_for_country(typ, code, expected):
    assert stands_for_country(ActorInfo("A1", "x", typ, code)) is expected


def test_a_place_whose_code_arrives_later_takes_the_country_key():
    """_enrich: a place first seen uncoded owns the code once a report codes it, and the alias row
    records the code itself."""
    with Store.open(":memory:") as s:
        bare = make_doc("Britain agreed.", published="2026-01-05", entities=[("e1", "Britain", "GPE", None, None)])
        coded = make_doc("Britain agreed again.", published="2026-01-06", entities=[("e1", "Britain", "GPE", "GBR", None)])
        uk = make_doc("The UK agreed.", published="2026-01-07", entities=[("e1", "UK", "GPE", "GBR", None)])
        for d in (bare, coded, uk):
            s.add_documents([d])
        assert _actor_of(s, bare) == _actor_of(s, coded) == _actor_of(s, uk)
        rows = s.con.execute("SELECT norm_key, actor_id, alias FROM actor_aliases WHERE norm_key LIKE 'code:%'").fetchall()
        assert rows == [("code:GBR", _actor_of(s, bare), "GBR")]


def test_a_new_actor_keeps_its_sector_its_code_alias_and_a_deterministic_id():
    from newsgraph.corpus.resolve import actor_id

    with Store.open(":memory:") as s:
        iraq = make_doc("Iraq agreed.", published="2026-01-05", entities=[("e1", "Iraq", "GPE", "IRQ", None)])
        rubio = make_doc("Marco Rubio spoke.", published="2026-01-05",
                         entities=[("e1", "Marco Rubio", "PERSON", "USAGOV", None)])
        s.add_documents([iraq, rubio])
        assert _actor_of(s, rubio) == actor_id("per", "marco rubio", "USA")
        assert _actor_of(s, iraq) == actor_id("geo", "iraq", "IRQ")
        assert s.actor("Marco Rubio")["sector"] == "GOV"
        assert s.con.execute("SELECT alias FROM actor_aliases WHERE norm_key = 'code:IRQ'").fetchall() == [("IRQ",)]


def test_a_lone_surname_is_upgraded_only_by_a_person_of_a_compatible_country():
    """_create's upgrade of a surname-only person: never by a body whose name ends with the surname,
    never by a full name of another country."""
    with Store.open(":memory:") as s:
        rubio = make_doc("Rubio spoke.", published="2026-01-05", entities=[("e1", "Rubio", "PERSON", "USAGOV", None)])
        team = make_doc("Team Rubio spoke.", published="2026-01-06", entities=[("e1", "Team Rubio", "ORG", None, None)])
        other = make_doc("Ana Rubio spoke.", published="2026-01-07", entities=[("e1", "Ana Rubio", "PERSON", "ESPGOV", None)])
        for d in (rubio, team, other):
            s.add_documents([d])
        assert len({_actor_of(s, d) for d in (rubio, team, other)}) == 3
        assert s.actor(_actor_of(s, rubio))["name"] == "Rubio"
