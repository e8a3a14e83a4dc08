"""Session 55, s55-user: what a user met building a corpus and reading it through the CLI and the web API.

- `--until 2026` / `until=2026-02` meant the first day of that year or month, so most of it was left out;
  a `since` after the `until` gave an empty answer that reads as "no events".
- The actor list counted flagged events too, while the actor's timeline (and every other view) lists
  factual ones: "12 events" in the list, 4 on the actor's page.
"""

from __future__ import annotations

import warnings

import pytest
from typer.testing import CliRunner

from newsgraph import cli
from newsgraph.corpus import Store
from newsgraph.dates import calendar_date
from webutil import build_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("s55user") / "c.duckdb"
    build_corpus(path)
    return str(path)


@pytest.fixture(scope="module")
def client(corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from newsgraph.web import create_app

    return TestClient(create_app(corpus), raise_server_exceptions=False)


# --- until a year or month takes in all of it; since after until is refused ----------------------------


def test_a_calendar_bound_is_the_first_day_or_with_last_the_last_day():
    assert str(calendar_date("2024")) == "2024-01-01" and str(calendar_date("2024", last=True)) == "2024-12-31"
    assert str(calendar_date("2024-02", last=True)) == "2024-02-29"
    assert str(calendar_date("2023-12", last=True)) == "2023-12-31"
    assert str(calendar_date("2024-02-10", last=True)) == "2024-02-10"
    assert calendar_date("199", last=True) is None  # a decade is no query bound


def _dates(table) -> list[str]:
    return sorted(str(d) for d in table.column("date").to_pylist())


def test_until_a_month_or_a_year_takes_in_the_whole_of_it(corpus):
    with Store.open(corpus, read_only=True) as store:
        assert _dates(store.events(until="2026-02")) == ["2026-01-25", "2026-01-26", "2026-02-10", "2026-02-11"]
        assert _dates(store.events(until="2026-02")) == _dates(store.events(until="2026-02-28"))
        assert len(store.events(until="2026")) == len(store.events()) == 7
        assert _dates(store.events(since="2026-02", until="2026-02")) == ["2026-02-10", "2026-02-11"]
        edges = store.network(until="2026-01")["edges"]
        assert sorted((e["source"], e["target"]) for e in edges) != [] and all(
            e["weight"] == 1 for e in edges) and len(edges) == 2  # Rubio -> Iraq and Iraq -> Rubio in January


def test_until_a_month_on_the_web_and_the_command_line(corpus, client):
    web = client.get("/v1/events?until=2026-02").json()["items"]
    assert sorted(e["date"] for e in web) == ["2026-01-25", "2026-01-26", "2026-02-10", "2026-02-11"]
    assert len(client.get("/v1/network?until=2026-01").json()["edges"]) == 2
    r = CliRunner().invoke(cli.app, ["query", "events", "--db", corpus, "--until", "2026", "-f", "csv"])
    assert r.exit_code == 0 and len(r.output.strip().splitlines()) == 1 + 7


@pytest.mark.parametrize("since,until", [("2026-03-01", "2026-02-28"), ("2026-03", "2026-02"), ("2027", "2026")])
def test_a_since_after_the_until_is_refused_by_name(corpus, client, since, until):
    r = CliRunner().invoke(cli.app, ["query", "events", "--db", corpus, "--since", since, "--until", until])
    assert r.exit_code == cli.EXIT_USAGE
    assert r.output.strip().splitlines() == [f"newsgraph: error: since: {since} is after until: {until}"]
    for path in ("/v1/events", "/v1/network"):
        res = client.get(f"{path}?since={since}&until={until}")
        assert res.status_code == 422 and res.json()["error"] == "invalid"
        assert res.json()["message"].startswith("since: ") and "is after until: " in res.json()["message"]


def test_a_one_day_range_and_an_open_range_are_kept(corpus):
    with Store.open(corpus, read_only=True) as store:
        assert _dates(store.events(since="2026-02-10", until="2026-02-10")) == ["2026-02-10"]
        assert len(store.events(since="2026-02-11")) == 4 and len(store.events(until="2026-01-26")) == 2


# --- the actor list counts what the actor's page lists -----------------------------------------------


def test_the_actor_list_counts_the_events_the_actor_timeline_lists(corpus, client):
    listed = client.get("/v1/actors?limit=100").json()["items"]
    assert listed
    for a in listed:
        timeline = client.get(f"/v1/actors/{a['id']}").json()["timeline"]
        assert a["num_events"] == len(timeline), a["name"]
    iran = next(a for a in listed if a["name"] == "Iran")
    assert iran["num_events"] == 1  # the signed deal; "could close its border" is hypothetical


def test_the_actor_list_counts_flagged_events_when_asked(corpus, client):
    flagged = {a["name"]: a["num_events"] for a in client.get("/v1/actors?include_flagged=true").json()["items"]}
    assert flagged["Iran"] == 2
    with Store.open(corpus, read_only=True) as store:
        counts = dict(zip(*(store.actors(include_flagged=True).column(c).to_pylist() for c in ("name", "num_events"))))
        assert counts == flagged
        assert dict(zip(*(store.actors().column(c).to_pylist() for c in ("name", "num_events"))))["Iran"] == 1


def test_a_bad_until_is_named_as_the_until(corpus, client):
    r = CliRunner().invoke(cli.app, ["query", "events", "--db", corpus, "--until", "2026-13"])
    assert r.exit_code == cli.EXIT_USAGE
    assert r.output.strip().splitlines() == ["newsgraph: error: until: '2026-13' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)"]
    res = client.get("/v1/events?until=2026-02-30")
    assert res.status_code == 422 and res.json() == {
        "error": "invalid", "message": "until: '2026-02-30' is not a calendar date (YYYY-MM-DD, YYYY-MM or YYYY)",
        "details": [{"loc": ["query", "until"], "msg": "not a calendar date"}]}


def test_the_actor_query_counts_factual_events_by_default(corpus):
    from newsgraph.corpus import query

    with Store.open(corpus, read_only=True) as store, store.reader() as cur:
        counts = dict(zip(*(query.actors(cur).column(c).to_pylist() for c in ("name", "num_events"))))
    assert counts["Iran"] == 1 and counts["Marco Rubio"] == 4
