"""Session 56, s56-read: the lead's read-again findings of session 55 (one home for a word list two stages share,
rapidfuzz for the dictionary's spelling check, the attribution search oracle kept in the tests, `query events`
resolving an actor once and /v1/events agreeing with the CLI, `query actor` at 80 columns). Sentences of our own."""

from types import SimpleNamespace

import pytest


# --- item 1: the meeting nouns live in newsgraph.words; both stages read that one list -------------------------

@pytest.fixture(scope="module")
def blank():
    import spacy

    return spacy.blank("en")


def _two_word_org(blank, text):
    doc = blank(text)
    return SimpleNamespace(sd=doc, in_role=set()), SimpleNamespace(i=0, j=2)


def test_both_stages_read_the_one_list_of_meeting_nouns():
    from newsgraph import words
    from newsgraph.actors import clusters
    from newsgraph.events import coder

    assert coder.MEETING_NOUNS is words.MEETING_NOUNS
    assert words.MEETING_NOUNS <= clusters.BODY_WORDS
    assert {"summit", "agreement", "accord", "treaty", "talks"} <= words.MEETING_NOUNS


def test_a_capital_before_any_meeting_noun_is_no_persons_first_name(blank):
    from newsgraph import words
    from newsgraph.actors.clusters import _personal_name

    for noun in sorted(words.MEETING_NOUNS):
        ctx, x = _two_word_org(blank, f"Paris {noun.capitalize()}")
        assert len(ctx.sd) == 2 and not _personal_name(ctx, x, "Paris"), noun
    ctx, x = _two_word_org(blank, "Paris Hilton")
    assert _personal_name(ctx, x, "Paris")  # a word that names no body or meeting: a person's surname


# --- item 2: the dictionary's spelling check is rapidfuzz's Indel similarity, nine in ten at least -------------

def _body(*phrases):
    return SimpleNamespace(phrases=list(phrases))


def test_a_spelling_of_a_bodys_name_is_nine_in_ten_of_its_letters():
    from newsgraph.actors.phoenix import _spelling_of

    assert _spelling_of("The Food & Agriculture Organisation", _body("food and agriculture organization"))
    assert _spelling_of("Co Op", _body("co-op")) and _spelling_of("Co-Op", _body("co op"))  # a hyphen: a space
    assert _spelling_of("R & D", _body("r and d"))  # (short names: 5 of 7 letters alike without the "and")
    assert _spelling_of("Anti-Defamation League", _body("anti defamation league"))
    assert not _spelling_of("Securities and Exchange Commission", _body("sunsat energy council"))
    assert _spelling_of("abcdefghiX", _body("zzz", "abcdefghij"))  # 18 of 20 letters: exactly nine in ten, any phrase
    assert not _spelling_of("abcdefghX", _body("abcdefghi"))  # 16 of 18: below
    assert not _spelling_of("abcdefghXY", _body("abcdefghij"))  # 16 of 20


def test_typos_that_cross_still_count_every_letter_alike():
    """difflib's ratio took the longest block first and lost letters on the far side of a crossing (0.86 here);
    the longest common subsequence keeps them (0.91)."""
    from difflib import SequenceMatcher

    from newsgraph.actors.phoenix import _spelling_of

    name, phrase = "anti efamation lageure", "anti defamation league"
    assert SequenceMatcher(None, name, phrase).ratio() < 0.9  # (what the old measure said)
    assert _spelling_of(name, _body(phrase))


# --- item 4: `query events` resolves an actor term once; /v1/events names an unknown actor as /v1/dyad does -----

@pytest.fixture(scope="module")
def two_states(tmp_path_factory):
    from corpus_docs import make_doc

    from newsgraph.corpus.store import Store

    text = "Freedonia accused Sylvania of poisoning a border river."
    doc = make_doc(text, published="2026-04-02", outlet="Wire",
                   entities=[("e1", "Freedonia", "GPE", "FRD", None), ("e2", "Sylvania", "GPE", "SYL", None)],
                   events=[{"type": "ACCUSE", "source": ["e1"], "target": ["e2"], "date": "2026-04-02", "evidence": text},
                           {"type": "THREATEN", "source": ["e2"], "target": ["e1"], "date": "2026-04-02",
                            "evidence": text, "flags": ["future"]}])  # (told as to come: listed only on request)
    db = tmp_path_factory.mktemp("s56read") / "c.duckdb"
    with Store.open(db) as s:
        s.add_documents([doc])
    return str(db)


def test_query_events_looks_each_actor_term_up_once(two_states, monkeypatch):
    from typer.testing import CliRunner

    from newsgraph import cli
    from newsgraph.corpus import query

    asked = []
    real = query.actor_ids
    monkeypatch.setattr(query, "actor_ids", lambda con, term: asked.append(term) or real(con, term))
    r = CliRunner().invoke(cli.app, ["query", "events", "--db", two_states, "--source", "Freedonia",
                                     "--target", "Sylvania", "-f", "json"])
    assert r.exit_code == 0, r.output
    assert [e["type"] for e in __import__("json").loads(r.stdout)] == ["ACCUSE"]
    assert asked == ["Freedonia", "Sylvania"]  # once each (the command asked twice before)
    asked.clear()
    r = CliRunner().invoke(cli.app, ["query", "events", "--db", two_states, "--target", "Atlantis"])
    assert r.exit_code == 1 and asked == ["Atlantis"]


def test_store_events_with_no_actor_term_is_no_actor_filter(two_states):
    from newsgraph.corpus.store import Store
    from newsgraph.errors import NotFoundError

    with Store.open(two_states, read_only=True) as s:
        assert s.events().num_rows == 1 and s.events(source="FRD").num_rows == 1
        assert s.events(target="FRD").num_rows == 0  # a known actor that is no target: an empty answer, no error
        for side in ("source", "target"):
            with pytest.raises(NotFoundError, match="^no actor matches 'Atlantis'$"):
                s.events(**{side: "Atlantis"})


def test_query_events_own_defaults_list_factual_events_newest_first(two_states):
    """(query.events called as the store does not call it: with its own defaults)"""
    from newsgraph.corpus import query
    from newsgraph.corpus.store import Store

    with Store.open(two_states, read_only=True) as s, s.reader() as cur:
        assert query.events(cur).column("type").to_pylist() == ["ACCUSE"]
        assert query.events(cur, limit=None).column("type").to_pylist() == ["ACCUSE"]
        assert sorted(query.events(cur, include_flagged=True).column("type").to_pylist()) == ["ACCUSE", "THREATEN"]
        assert query.events(cur, source="Sylvania", include_flagged=True).column("type").to_pylist() == ["THREATEN"]


@pytest.fixture(scope="module")
def client(two_states):
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    with TestClient(create_app(two_states), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("side", ["source", "target"])
def test_v1_events_names_an_unknown_actor_as_v1_dyad_does(client, side):
    res = client.get("/v1/events", params={side: "Atlantis"})
    dyad = client.get("/v1/dyad", params={"a": "Atlantis", "b": "Freedonia"})
    assert res.status_code == dyad.status_code == 404
    assert res.json() == dyad.json() and res.json()["message"] == "no actor matches 'Atlantis'"
    assert client.get("/v1/events", params={side: "Freedonia"}).status_code == 200


def test_v1_events_lists_its_404_in_the_openapi(client):
    responses = client.get("/openapi.json").json()["paths"]["/v1/events"]["get"]["responses"]
    assert "404" in responses


# --- item 6: `query actor` in an 80-column terminal (was: eleven folded columns three letters wide) ---------------

@pytest.fixture(scope="module")
def rubio_db(tmp_path_factory):
    from corpus_docs import AFP, AP, LATER, REUTERS, make_doc

    from newsgraph.corpus.store import Store

    text = "Freedonia criticised Sylvania over the border river, and the two later met in a neutral city."
    untyped = make_doc(text, published="2026-04-02", outlet="Wire",
                       entities=[("e1", "Freedonia", "GPE", "FRD", None), ("e2", "Sylvania", "GPE", "SYL", None)],
                       events=[{"type": None, "cameo": "012", "source": ["e1"], "target": ["e2"], "date": "2026-04-02",
                                "evidence": text}])
    path = tmp_path_factory.mktemp("s56actor") / "c.duckdb"
    with Store.open(path) as s:
        s.add_documents([AFP, REUTERS, AP, LATER, untyped])
    return str(path)


def _actor_lines(db, name, columns):
    from typer.testing import CliRunner

    from newsgraph import cli

    r = CliRunner().invoke(cli.app, ["query", "actor", name, "--db", db], env={"COLUMNS": str(columns)})
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    return lines, lines[next(k for k, line in enumerate(lines) if line.strip() == "timeline"):]


def test_query_actor_fits_an_80_column_terminal_one_line_an_event(rubio_db):
    lines, timeline = _actor_lines(rubio_db, "Rubio", 80)
    assert max(len(line) for line in lines) <= 80
    header = next(line for line in timeline if " date " in line)
    assert header.split() == ["date", "type", "role", "other", "evidence"]
    rows = [line for line in timeline if line.lstrip()[:4] == "2026"]
    assert [r.split()[:3] for r in rows] == [["2026-01-25", "CONSULT", "source"], ["2026-02-15", "CONSULT", "source"]]
    assert all(r.rstrip().endswith("…") for r in rows)  # one line each, the evidence cut with an ellipsis
    assert any(line.split() == ["name", "Marco", "Rubio"] for line in (x.replace("│", " ") for x in lines))


def test_query_actor_in_a_wide_terminal_shows_every_column_and_the_whole_evidence(rubio_db):
    lines, timeline = _actor_lines(rubio_db, "Rubio", 220)
    header = next(line for line in timeline if " date " in line).split()
    assert header == ["id", "date", "type", "role", "other", "quad", "gold", "arts", "evidence"]
    assert any(line.rstrip().endswith("Rubio met al-Sudani again in Washington in February.") for line in timeline)
    rows = [line for line in timeline if "2026-" in line]
    assert all(" Mohammed Shia al-… " in r for r in rows)  # a name cut at 18 characters, as in `query events`


def test_query_actor_shows_an_untyped_event_by_its_code_and_keeps_every_field_in_json(rubio_db):
    import json

    from typer.testing import CliRunner

    from newsgraph import cli

    _, timeline = _actor_lines(rubio_db, "Freedonia", 80)
    row = next(line for line in timeline if "2026-04-02" in line)
    assert " CAMEO 012 " in row and "source" in row and "Sylvania" in row and "None" not in row
    r = CliRunner().invoke(cli.app, ["query", "actor", "Freedonia", "--db", rubio_db, "-f", "json"])
    event = json.loads(r.stdout)["timeline"][0]
    assert (event["type"], event["cameo"], event["other_name"]) == (None, "012", "Sylvania") and event["other_id"]


# --- item 4 on the page: the events page shows the API's message for an unknown actor (run under Node) ------------

def _events_page(client, tmp_path, hash_, requests):
    """static/app.js's events page rendered by Node with a minimal DOM (tests/data/s56_page_shim.js), each of
    `requests` answered by the real API (the test client); the page's error boxes and empty notes."""
    import json
    import shutil
    import subprocess
    from pathlib import Path

    node = shutil.which("node")
    if node is None:
        pytest.skip("no Node.js to run the page with")
    root = Path(__file__).resolve().parents[1]
    answers = {}
    for path in requests:
        res = client.get(path)
        answers[path] = {"status": res.status_code, "body": res.json()}
    canned = tmp_path / "answers.json"
    canned.write_text(json.dumps(answers))
    out = subprocess.run([node, str(root / "tests" / "data" / "s56_page_shim.js"),
                          str(root / "src" / "newsgraph" / "web" / "static" / "app.js"), hash_, str(canned)],
                         capture_output=True, text=True, timeout=60, check=True)
    got = json.loads(out.stdout)
    assert set(got["requested"]) <= set(answers), got["requested"]  # every request the page made was answered
    return got


def test_the_events_page_says_no_actor_matches_instead_of_no_events(client, tmp_path):
    asked = "/v1/events?source=Atlantis&limit=50&offset=0"
    got = _events_page(client, tmp_path, "#/events?source=Atlantis", ["/v1/status", "/v1/actors?limit=300", asked])
    assert asked in got["requested"]
    assert got["errors"] == ["no actor matches 'Atlantis'"] and got["empty"] == []


def test_the_events_page_still_says_no_events_match_for_a_known_actor(client, tmp_path):
    asked = "/v1/events?target=Freedonia&limit=50&offset=0"
    got = _events_page(client, tmp_path, "#/events?target=Freedonia", ["/v1/status", "/v1/actors?limit=300", asked])
    assert asked in got["requested"] and got["errors"] == [] and got["empty"] == ["No events match."]
