"""Session 48 (s48-mutweb): the survivors session 47 left open in web/app.py (`_new_app` 14, `_http_error` 3,
5-7, 10, 11), killed through FastAPI's TestClient.

No route of the app raises an HTTP error outside the error table, a 404 with its own detail, or a detail that is
not a string, and every route returns its response itself; a route a test adds to the app is a client of the
app's error handlers and default response class like any other, so these tests add one."""

from __future__ import annotations

import pytest
from fastapi import HTTPException
from fastapi.testclient import TestClient
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph.web import create_app


@pytest.fixture
def app():
    return create_app()


def _client(app):
    return TestClient(app, raise_server_exceptions=False)


# --- _http_error ------------------------------------------------------------------------------------------

def test_a_status_outside_the_error_table_gets_the_code_error(app):
    @app.get("/teapot")
    def teapot():
        raise StarletteHTTPException(418, "short and stout")

    with _client(app) as c:
        r = c.get("/teapot")
    assert r.status_code == 418
    assert r.json() == {"error": "error", "message": "short and stout"}


def test_a_detail_that_is_not_a_string_is_told_by_the_code(app):
    @app.get("/conflict")
    def conflict():
        raise HTTPException(409, detail={"why": "a mapping, not a line"})

    @app.get("/gone")
    def gone():
        raise HTTPException(403, detail=["a", "list"])

    with _client(app) as c:
        r = c.get("/conflict")
        assert r.status_code == 409 and r.json() == {"error": "error", "message": "error"}
        r = c.get("/gone")
        assert r.status_code == 403 and r.json() == {"error": "forbidden", "message": "forbidden"}


def test_a_404_with_its_own_detail_keeps_it_and_only_starlettes_default_names_the_path(app):
    @app.get("/v1/things/{name}")
    def thing(name: str):
        raise StarletteHTTPException(404, f"no thing called {name}")

    @app.get("/moved")
    def moved():
        raise StarletteHTTPException(410, "Not Found")  # the default 404 words under another status

    with _client(app) as c:
        r = c.get("/v1/things/kettle")
        assert r.status_code == 404
        assert r.json() == {"error": "not_found", "message": "no thing called kettle"}
        r = c.get("/moved")
        assert r.status_code == 410 and r.json() == {"error": "error", "message": "Not Found"}
        r = c.get("/v1/nothing/here")
        assert r.json() == {"error": "not_found", "message": "no such path: /v1/nothing/here"}


def test_an_http_errors_headers_reach_the_client(app):
    @app.get("/slow")
    def slow():
        raise StarletteHTTPException(429, "slow down", headers={"Retry-After": "30"})

    with _client(app) as c:
        r = c.get("/slow")
    assert r.status_code == 429 and r.headers["retry-after"] == "30"
    assert r.json() == {"error": "too_many_requests", "message": "slow down"}


# --- _new_app: the default response class --------------------------------------------------------------------

def test_a_route_returning_a_bare_value_is_encoded_by_the_apps_json_class(app):
    """msgspec writes a float with no JSON value as null; Starlette's JSONResponse refuses it (a 500)."""

    @app.get("/ratio", include_in_schema=False)
    def ratio():
        return {"ratio": float("nan"), "count": 2}

    with _client(app) as c:
        r = c.get("/ratio")
    assert r.status_code == 200, r.text
    assert r.content == b'{"ratio":null,"count":2}'
    assert r.headers["content-type"] == "application/json"


# --- events.stage._trigger_types 12, 13: the condemning trigger's type read by the coder's participants -----------

# A condemning verb's trigger type is "ACCUSE-disapprove"; the coder reads its part before "-" ("ACCUSE", one of the
# REACTIONS) and so does not make the verb's subject the doer of the event noun it governs: who condemns an attack,
# sanctions or a blockade did not carry them out (PLOVER: the source is the actor who does the act).
@pytest.mark.parametrize("text", [
    "Rohan condemned the attack on Gondor.",
    "Rohan condemned the invasion of Gondor by Mordor.",
    "Rohan condemned the sanctions against Gondor.",
    "Rohan denounced the blockade of Gondor.",
    "Rohan criticised the raid on Gondor's embassy.",
])
def test_who_condemns_an_act_is_not_its_doer(pipeline, text):
    events = pipeline.extract(text, name="t", published="2009-03-25").events
    (accuse,) = [e for e in events if e.type == "ACCUSE"]
    assert accuse.source, text
    assert [e.type for e in events if e is not accuse and set(e.source) & set(accuse.source)] == []


# --- _add_components: the schema's references --------------------------------------------------------------------

def _refs(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref":
                yield v
            else:
                yield from _refs(v)
    elif isinstance(node, list):
        for v in node:
            yield from _refs(v)


def test_every_reference_in_the_openapi_document_names_one_of_its_components(app):
    """The newsgraph/1 schema's parts refer to each other; a reference outside `#/components/schemas/` (msgspec's
    default is `#/$defs/`) leaves a client's code generator with a dangling name."""
    with _client(app) as c:
        spec = c.get("/openapi.json").json()
    comps = spec["components"]["schemas"]
    refs = set(_refs(spec))
    assert "#/components/schemas/Document" in refs and len(refs) > 5
    prefix = "#/components/schemas/"
    assert sorted(r for r in refs if not r.startswith(prefix) or r[len(prefix):] not in comps) == []


def test_the_article_bodies_are_described_by_their_models(app):
    """/v1/extract's JSON body is a TextArticle or an HtmlArticle; the document carries both models' schemas."""
    with _client(app) as c:
        comps = c.get("/openapi.json").json()["components"]["schemas"]
    for name, field in (("TextArticle", "text"), ("HtmlArticle", "html")):
        schema = comps[name]
        assert schema["type"] == "object" and schema["title"] == name
        assert field in schema["required"] and schema["properties"][field]["minLength"] == 1


def test_the_openapi_document_is_built_once(app):
    """Its schemas are put together on the first request and kept, as FastAPI keeps its own."""
    first = app.openapi()
    assert app.openapi_schema is first and app.openapi() is first


# --- events.stage._mode_from_cues 30: a cue word modifying a noun two levels below the trigger -------------------

# The walk reads the trigger's complements two levels down; a noun there is read with its own modifiers ("with
# military action": the action is military), which no further level would reach. PLOVER's modes: a threat of
# violence, an attack from the air, a threat of arrest.
@pytest.mark.parametrize("text, type_, mode", [
    ("Rohan threatened Gondor with military action.", "THREATEN", "violence"),
    ("Rohan attacked the villages of Gondor with helicopter gunships.", "ASSAULT", "aerial"),
    ("The council threatened the editors with prison terms.", "THREATEN", "arrest"),
])
def test_a_cue_modifying_a_complements_noun_gives_the_mode(pipeline, text, type_, mode):
    events = pipeline.extract(text, name="t", published="2009-03-25").events
    assert [(e.type, e.mode) for e in events if e.type == type_] == [(type_, mode)], text


# The walk skips what is not the act's own means: the passive subject (the attacked tanks are the target, not the
# weapon), a conjoined verb (its own act: the shelling is heavy weapons, the attack before it says none), and a
# clause with a passive subject of its own (the bombs dropped before the attack are another act's).
@pytest.mark.parametrize("text, modes", [
    ("The tanks of Gondor were attacked by Rohan on Monday.", [None]),
    ("The helicopters of Gondor were attacked by Rohan on Monday.", [None]),
    ("Rohan attacked the town of Edoras on Monday and shelled the port of Dol Amroth on Tuesday.",
     [None, "heavy-weapons"]),
    ("Rohan attacked the town of Edoras after bombs were dropped on the port.", [None]),
    ("Rohan attacked the town of Edoras after rockets were fired at its port.", [None]),
])
def test_the_mode_walk_skips_what_is_not_the_acts_own_means(pipeline, text, modes):
    events = pipeline.extract(text, name="t", published="2009-03-25").events
    assert sorted((e.mode for e in events if e.type == "ASSAULT"), key=str) == sorted(modes, key=str), text
