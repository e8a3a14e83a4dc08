"""Session 56, s56-web: GET /v1/quotes, /v1/places, /v1/places/articles and the Quotes and Places pages,
over tests/s56_web_docs.py's four made-up articles. The browser tests run in Debian's headless Chromium
(skipped without it, as tests/test_web_browser.py's)."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from newsgraph.web import create_app
from s56_web_docs import LISBON, LONDON_GB, PORTO, build_said_store
from webutil import CHROMIUM, browser, page, running_server  # noqa: F401 (fixtures)



@pytest.fixture(scope="module")
def said(tmp_path_factory):
    path = tmp_path_factory.mktemp("said") / "said.duckdb"
    docs = build_said_store(path)
    return str(path), {d.title: d for d in docs}


@pytest.fixture(scope="module")
def client(said):
    with TestClient(create_app(said[0]), raise_server_exceptions=False) as c:
        yield c


def _texts(page: dict) -> list[str]:
    return [q["text"] for q in page["items"]]


def test_quotes_endpoint_filters_and_pages(client, said):
    _, docs = said
    everything = client.get("/v1/quotes").json()
    assert len(everything["items"]) == 5 and everything["next_offset"] is None
    first = everything["items"][0]
    assert {k: first[k] for k in ("published", "speaker_name", "speaker_text", "cue", "kind", "text", "title")} == {
        "published": "2026-04-20", "speaker_name": "Ana Ruiz", "speaker_text": "Ruiz", "cue": "said", "kind": "direct",
        "text": "Trade is growing,", "title": "Minister abroad"}
    doc = docs["Minister abroad"]
    assert first["article_id"] == doc.id and doc.text[first["start"]:first["end"]] == first["text"]
    assert _texts(client.get("/v1/quotes", params={"speaker": "Ruiz", "since": "2026-03", "until": "2026-03"}).json()) == [
        "Prices will fall by summer,", "wages would rise"]
    assert _texts(client.get("/v1/quotes", params={"contains": "TALKS"}).json()) == ["Talks went well,"]
    p1 = client.get("/v1/quotes", params={"limit": 2}).json()
    p2 = client.get("/v1/quotes", params={"limit": 2, "offset": p1["next_offset"]}).json()
    assert (p1["next_offset"], p2["offset"]) == (2, 2) and _texts(p1) + _texts(p2) == _texts(everything)[:4]


def test_quotes_endpoint_bad_input(client):
    r = client.get("/v1/quotes", params={"speaker": "Atlantis"})
    assert (r.status_code, r.json()) == (404, {"error": "not_found", "message": "no actor matches 'Atlantis'"})
    r = client.get("/v1/quotes", params={"since": "2026-05", "until": "2026-04"})
    assert r.status_code == 422 and "is after until" in r.json()["message"]
    r = client.get("/v1/quotes", params={"since": "last week"})
    assert r.status_code == 422 and r.json()["message"].startswith("since: 'last week' is not a calendar date")
    r = client.get("/v1/quotes", params={"who": "Ruiz"})
    assert r.status_code == 422 and r.json()["message"] == "unknown query parameter 'who'"
    assert client.get("/v1/quotes", params={"limit": 0}).status_code == 422
    assert client.get("/v1/quotes", params={"contains": "x" * 201}).status_code == 422


def test_places_endpoint(client):
    page = client.get("/v1/places").json()
    assert [(p["place"], p["geonameid"], p["num_mentions"], p["num_articles"]) for p in page["items"]] == [
        ("Europe", None, 2, 2), (str(LISBON), LISBON, 2, 2), (str(PORTO), PORTO, 2, 1), (str(LONDON_GB), LONDON_GB, 1, 1),
        ("6058560", 6058560, 1, 1)]
    assert [p["name"] for p in client.get("/v1/places", params={"country": "PT"}).json()["items"]] == ["Lisbon", "Porto"]
    assert client.get("/v1/places", params={"until": "2025"}).json()["items"][1]["name"] == "London"
    p2 = client.get("/v1/places", params={"limit": 2, "offset": 2}).json()
    assert [p["name"] for p in p2["items"]] == ["Porto", "London"] and p2["next_offset"] == 4
    r = client.get("/v1/places", params={"country": "Britain"})
    assert r.status_code == 422 and "not an ISO 3166 country code" in r.json()["message"]
    r = client.get("/v1/places", params={"speaker": "x"})
    assert r.status_code == 422 and r.json()["message"] == "unknown query parameter 'speaker'"


def test_place_articles_endpoint(client, said):
    _, docs = said
    got = client.get("/v1/places/articles", params={"place": str(LISBON)}).json()
    assert got["place"] == str(LISBON) and got["next_offset"] is None
    assert [(a["id"], a["num_mentions"]) for a in got["items"]] == [(docs["Farmers block road"].id, 1),
                                                                    (docs["Minister on prices"].id, 1)]
    europe = client.get("/v1/places/articles", params={"place": "Europe", "limit": 1}).json()
    assert [a["title"] for a in europe["items"]] == ["Minister abroad"] and europe["next_offset"] == 1
    r = client.get("/v1/places/articles", params={"place": "Atlantis"})
    assert r.status_code == 404 and r.json()["message"].startswith("no place matches 'Atlantis'")
    assert client.get("/v1/places/articles").status_code == 422  # which place is required


def test_openapi_documents_the_new_endpoints(client):
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    for path, model in (("/v1/quotes", "QuotesPage"), ("/v1/places", "PlacesPage"), ("/v1/places/articles", "PlaceArticlesPage")):
        ok = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert ok == {"$ref": f"#/components/schemas/{model}"}
    assert {"speaker_name", "cue", "text", "start", "end"} <= set(schemas["QuoteRow"]["properties"])
    assert {"place", "geonameid", "num_mentions", "num_articles"} <= set(schemas["PlaceRow"]["properties"])
    assert "404" in spec["paths"]["/v1/quotes"]["get"]["responses"]
    assert "404" in spec["paths"]["/v1/places/articles"]["get"]["responses"]


def test_pages_are_served_and_linked(client):
    html = client.get("/").text
    assert 'href="#/quotes"' in html and 'href="#/places"' in html
    js = client.get("/static/app.js").text
    assert "quotes: quotesPage, places: placesPage" in js and '"/v1/quotes"' in js and '"/v1/places"' in js


def test_without_a_corpus_the_endpoints_say_so():
    with TestClient(create_app(), raise_server_exceptions=False) as bare:
        for path in ("/v1/quotes", "/v1/places", "/v1/places/articles?place=1"):
            r = bare.get(path)
            assert (r.status_code, r.json()["error"]) == (503, "no_corpus"), path


# --- the pages in Chromium ------------------------------------------------------------------------------------

browser_only = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                                  "(apt-get install -y chromium; `make browser` and CI install it)")


@pytest.fixture(scope="module")
def said_server(said):
    with running_server(create_app(said[0])) as base:
        yield base


@pytest.mark.browser
@browser_only
def test_quotes_page_filters_and_links_each_quote_to_its_words(page, said_server, said):
    _, docs = said
    page.goto(f"{said_server}/#/quotes")
    page.wait_for_selector("#quotes-table tbody tr.quote-row")
    rows = page.locator("#quotes-table tbody tr.quote-row")
    assert rows.count() == 5
    assert rows.first.locator("td").nth(1).text_content() == "Ana Ruiz (“Ruiz”)"  # the actor, and the article's words
    assert rows.nth(1).locator("td").nth(1).text_content() == "a farmer"  # no actor: no link, the article's words
    assert rows.nth(1).locator("td").nth(1).locator("a").count() == 0
    page.fill('#quotes-filter input[name="contains"]', "prices")
    page.click('#quotes-filter button[type="submit"]')
    page.wait_for_function("() => document.querySelectorAll('#quotes-table tbody tr.quote-row').length === 1")
    row = page.locator("#quotes-table tbody tr.quote-row").first
    assert row.locator("td").nth(2).text_content() == "said"
    row.locator("td").nth(5).locator("a").click()
    page.wait_for_selector("#article-text .seg.evidence")
    marked = page.evaluate("() => [...document.querySelectorAll('#article-text .seg.evidence')].map(s => s.textContent).join('')")
    assert marked == "Prices will fall by summer,"
    assert page.url.endswith("/#/article/" + quote(docs["Minister on prices"].id, safe="") + "?start=58&end=85")
    assert page.errors == []


@pytest.mark.browser
@browser_only
def test_places_page_lists_places_and_their_articles(page, said_server):
    page.goto(f"{said_server}/#/places")
    page.wait_for_selector("#places-table tbody tr.place-row")
    names = page.locator("#places-table tbody tr.place-row td:first-child").all_text_contents()
    assert names == ["Europe", "Lisbon", "Porto", "London", "London"]
    assert page.locator("#places-table tbody tr.place-row").nth(1).locator("td").nth(1).text_content() == str(LISBON)
    page.locator(f'#places-table tr[data-place="{LISBON}"] td:last-child a').click()
    page.wait_for_selector("#place-articles tbody tr")
    assert page.locator("#place-name").text_content() == "Articles mentioning Lisbon"
    assert page.locator("#place-articles tbody td:nth-child(2)").all_text_contents() == ["Farmers block road", "Minister on prices"]
    page.locator("#place-articles tbody a").first.click()
    page.wait_for_selector("#article-text")
    assert "Farmers in Porto" in page.locator("#article-text").text_content()
    page.goto(f"{said_server}/#/places?country=Britain")
    page.wait_for_selector("main .error")
    assert "not an ISO 3166 country code" in page.locator("main .error").text_content()
    assert page.errors == []
