"""Property-based API tests from the OpenAPI document (schemathesis): every response an operation can
give (to valid and to invalid requests) must be documented, JSON, schema-conformant, and not a 5xx.

Two servers: one without a corpus (extraction only) and one over a small hand-made corpus store."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ignored_auth,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from newsgraph.web import create_app
from webutil import build_corpus

TOKEN = "test-token-for-schemathesis"


def no_server_error(ctx, response, case):
    """Like schemathesis' not_a_server_error, but a server started without --db answers the corpus
    endpoints with its documented 503 no_corpus."""
    if response.status_code == 503 and response.json().get("error") == "no_corpus":
        return None
    assert response.status_code < 500, f"server error {response.status_code}: {response.text[:300]}"
    return None


CHECKS = [no_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
          negative_data_rejection, ignored_auth]
SETTINGS = settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)


def _corpus_app():
    tmp = Path(tempfile.mkdtemp(prefix="newsgraph-openapi-"))
    atexit.register(shutil.rmtree, tmp, True)
    build_corpus(tmp / "corpus.duckdb")
    return create_app(str(tmp / "corpus.duckdb"), token=TOKEN)


bare = schemathesis.openapi.from_asgi("/openapi.json", create_app(token=TOKEN))
with_corpus = schemathesis.openapi.from_asgi("/openapi.json", _corpus_app())


class TokenAuth:
    """The server's token on every request: schemathesis' ignored_auth check then probes /v1/ingest
    without it and with a wrong one, and expects those refused."""

    def get(self, case, context):
        return TOKEN

    def set(self, case, data, context):
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


for _schema in (bare, with_corpus):
    _schema.auth()(TokenAuth)


def _call(case):
    case.call_and_validate(checks=CHECKS)


@bare.parametrize()
@SETTINGS
def test_api_without_corpus_conforms(case):
    _call(case)


@with_corpus.parametrize()
@SETTINGS
def test_api_with_corpus_conforms(case):
    _call(case)
