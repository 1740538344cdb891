"""Schemathesis: requests generated from /openapi.json never make the server answer 5xx."""

from __future__ import annotations

import hypothesis
import pytest
import schemathesis
from apihelpers import RunningApi
from hypothesis import HealthCheck, Phase

# 501: semantic search on a database without pgvector, an answer and not a failure.
EXPECTED = {501}
MAX_EXAMPLES = 10  # per operation: enough to reach each parameter's edge cases, quick


@pytest.mark.slow
def test_generated_requests_never_get_a_server_error(api: RunningApi) -> None:
    with api.client(None) as anonymous:
        raw = anonymous.get("/openapi.json").json()
    schema = schemathesis.openapi.from_dict(raw)
    headers = {"Authorization": f"Bearer {api.token('admin', 'fuzzer')}"}
    failures: list[str] = []
    statuses: list[int] = []
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1

        @hypothesis.settings(
            max_examples=MAX_EXAMPLES,
            deadline=None,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @hypothesis.given(case=operation.as_strategy())
        def check(case: schemathesis.Case) -> None:
            response = case.call(base_url=api.url, headers=headers, timeout=30)
            statuses.append(response.status_code)
            if response.status_code >= 500 and response.status_code not in EXPECTED:
                failures.append(
                    f"{case.method} {case.formatted_path} -> {response.status_code}: "
                    f"{response.text[:300]}"
                )

        check()
    assert operations >= 18
    assert len(statuses) >= 5 * operations  # the fuzzing really ran
    assert failures == [], "\n".join(failures[:10])
