"""Property-based API test: schemathesis generates requests (valid and invalid) from the OpenAPI spec
of the live server and checks every response: no server error, and status codes, content types,
headers and bodies as the spec documents them.

The cases come from schemathesis' Hypothesis strategies under ``@given``; its pytest plugin's lazy
schema loading does not run under pytest 9.2 (it sets ``Function._nodeid``, which pytest dropped).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import positive_data_acceptance

from ..conftest import running_api

pytestmark = [pytest.mark.slow, pytest.mark.api]

KEY = "properties-key"
OPERATIONS = [
    "POST /v1/ask",
    "GET /v1/articles",
    "POST /v1/articles",
    "GET /v1/articles/{article_id}",
    "DELETE /v1/articles/{article_id}",
    "GET /v1/models",
    "GET /v1/models/{model}",
    "POST /v1/chat/completions",
    "GET /v1/chat/completions/{completion_id}",
    "GET /healthz",
]
# Operations where a request the schema allows may still be refused for reasons JSON Schema cannot
# state, so "schema-valid data is accepted" does not apply: an upload must be a usable article (a
# known suffix, decodable text), a chat must end with a user message that has text, and a question
# must have visible text and ask for an answer mode this server's settings set up (else 400); a model
# or completion id that the server does not have is a 404.
SEMANTIC_CHECKS = {
    "POST /v1/articles",
    "POST /v1/chat/completions",
    "POST /v1/ask",
    "GET /v1/models/{model}",
    "GET /v1/chat/completions/{completion_id}",
}


@pytest.fixture(scope="module")
def api_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server with an API key, so the checks also cover that auth is enforced where the spec says."""
    with running_api(tmp_path_factory.mktemp("properties"), "--no-ui", api_key=KEY) as url:
        yield url


@pytest.fixture(scope="module")
def api_schema(api_url: str) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_url(f"{api_url}/openapi.json")


def test_every_operation_is_covered(api_schema: schemathesis.BaseSchema) -> None:
    labels = {result.ok().label for result in api_schema.get_all_operations()}
    assert labels == set(OPERATIONS)


@pytest.mark.parametrize("label", OPERATIONS)
def test_operation_conforms_to_the_spec(api_schema: schemathesis.BaseSchema, label: str) -> None:
    operation = api_schema.find_operation_by_label(label)
    assert operation is not None
    cases = st.one_of(
        operation.as_strategy(GenerationMode.POSITIVE), operation.as_strategy(GenerationMode.NEGATIVE)
    )

    excluded = [positive_data_acceptance] if label in SEMANTIC_CHECKS else []

    @given(case=cases)
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(case: schemathesis.Case) -> None:
        auth = {"Authorization": f"Bearer {KEY}"}
        case.call_and_validate(headers=auth, excluded_checks=excluded, timeout=120)

    check()
