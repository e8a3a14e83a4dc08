"""Session 52, the lead: a type filter that is no PLOVER type is the user's slip, said as one."""
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from corpus_docs import AFP, AP, LATER, REUTERS
from newsgraph.corpus import Store
from newsgraph.corpus.query import _type
from newsgraph.errors import QueryError
from newsgraph.events.ontology import TYPES
from newsgraph.web import create_app

SRC = str(Path(__file__).resolve().parent.parent / "src")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("s52") / "c.duckdb"
    with Store.open(path) as s:
        s.add_documents([AFP, REUTERS, AP, LATER])
    return str(path)


@pytest.mark.parametrize("given, stored", [(None, None), ("", None), ("consult", "CONSULT"), ("Assault", "ASSAULT"),
                                           ("AGREE", "AGREE")])
def test_a_plover_type_in_any_case_is_the_stores_spelling(given, stored):
    assert _type(given) == stored


@pytest.mark.parametrize("given", ["FOO", "consults", "CAMEO 042", "042", " CONSULT"])
def test_a_word_that_is_no_plover_type_is_refused_by_name(given):
    with pytest.raises(QueryError) as err:
        _type(given)
    assert str(err.value) == f"type: {given!r} is not a PLOVER event type (one of {', '.join(TYPES)})"


def test_every_plover_type_is_accepted():
    assert [_type(t.lower()) for t in TYPES] == list(TYPES)


def test_the_store_filters_by_a_type_and_refuses_an_unknown_one(db):
    with Store.open(db, read_only=True) as store:
        assert store.events(type="consult").num_rows == 2
        assert store.events(type="ACCUSE").column("type").to_pylist() == ["ACCUSE"]
        assert store.network(type="consult")["nodes"]
        with pytest.raises(QueryError, match="'CONSULTS' is not a PLOVER event type"):
            store.events(type="CONSULTS")
        with pytest.raises(QueryError, match="'war' is not a PLOVER event type"):
            store.network(type="war")


def test_cli_and_web_say_so_in_one_line(db):
    r = subprocess.run([sys.executable, "-m", "newsgraph", "query", "events", "--db", db, "--type", "FOO"],
                       capture_output=True, text=True, env={"PYTHONPATH": SRC, "PATH": "/usr/bin:/bin"})
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "'FOO' is not a PLOVER event type" in r.stderr
    with TestClient(create_app(db), raise_server_exceptions=False) as client:
        resp = client.get("/v1/events", params={"type": "FOO"})
        assert resp.status_code == 422 and "is not a PLOVER event type" in resp.text
        assert client.get("/v1/events", params={"type": "consult"}).status_code == 200
