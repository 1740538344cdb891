"""The OpenAPI document: every error a route can answer is documented with an example, and
the upload and the document carry examples a client author can copy."""

from __future__ import annotations

from apihelpers import RunningApi


def _operations(spec: dict) -> list[tuple[str, str, dict]]:
    return [
        (method, path, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if path.startswith("/api/")
    ]


def test_every_api_operation_documents_its_errors(api: RunningApi) -> None:
    with api.client(None) as anonymous:
        spec = anonymous.get("/openapi.json").json()
    operations = _operations(spec)
    assert len(operations) >= 20
    for method, path, operation in operations:
        responses = operation["responses"]
        assert {"401", "422"} <= responses.keys(), (method, path)
        if "{document_id}" in path:
            assert "404" in responses, (method, path)
        if path.startswith("/api/admin/"):
            assert "403" in responses, (method, path)
        for status in ("401", "403", "404", "409", "413", "415", "422"):
            if status in responses:
                content = responses[status]["content"]["application/json"]
                assert content["example"]["error"]["message"], (method, path, status)
    upload = spec["paths"]["/api/documents"]["post"]["responses"]
    assert {"413", "415", "422"} <= upload.keys()
    for path in ("/api/documents/{document_id}/cancel", "/api/documents/{document_id}/retry"):
        assert "409" in spec["paths"][path]["post"]["responses"]
    accepted = spec["components"]["schemas"]["DocumentAccepted"]
    assert accepted["examples"][0]["status"] == "queued"
