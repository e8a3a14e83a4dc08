"""Property-based API tests from the OpenAPI document (schemathesis): every response an operation can
give (to valid and to invalid requests) must be documented, JSON, schema-conformant, and not a 5xx."""

from __future__ import annotations

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


schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(token=TOKEN))


@schema.parametrize()
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_conforms_to_its_openapi_document(case):
    if case.operation.path == "/v1/ingest":
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {TOKEN}"}
    case.call_and_validate(checks=CHECKS)
