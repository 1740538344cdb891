"""Who may call what: every route needs a token, roles gate admin routes, and a user never
sees another user's document, even through a query that forgets to filter (row-level security).
"""

from __future__ import annotations

import re
import uuid

import psycopg
import pytest
from apihelpers import RunningApi, insert_document
from pydantic import SecretStr

from pdfqueue.api.deps import Db

OPEN_PATHS = {"/healthz", "/readyz"}
ADMIN_PREFIXES = ("/api/admin", "/metrics")


def _routes(api: RunningApi) -> list[tuple[str, str]]:
    """Every (method, concrete path) of the OpenAPI schema, with made-up ids filled in."""
    schema = api.client(None).get("/openapi.json").json()
    found = []
    for path, operations in schema["paths"].items():
        if path in OPEN_PATHS or path.startswith("/admin"):
            continue  # the dashboard's pages have their own session login and tests
        concrete = re.sub(r"\{queue\}", "stage_queue", path)
        concrete = re.sub(r"\{[a-z_]+\}", str(uuid.uuid4()), concrete)
        for method in operations:
            found.append((method.upper(), concrete))
    return found


def test_every_route_but_health_needs_a_valid_token(api: RunningApi) -> None:
    routes = _routes(api)
    assert len(routes) >= 18
    with api.client(None) as anonymous, api.client(None) as forged:
        forged.headers["Authorization"] = "Bearer not.a.jwt"
        for method, path in routes:
            for client in (anonymous, forged):
                response = client.request(method, path)
                assert response.status_code == 401, (method, path, response.text)
                assert response.headers["www-authenticate"].startswith("Bearer")
                assert response.json()["error"]["message"]
        assert anonymous.get("/healthz").status_code == 200


def test_a_token_signed_with_another_secret_is_refused(api: RunningApi) -> None:
    other = api.settings.model_copy(update={"jwt_secret": SecretStr("another-secret-" + "y" * 40)})
    from pdfqueue.auth import mint_token

    token = mint_token("admin", "mallory", settings=other)
    with api.client(None) as client:
        response = client.get("/api/documents", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_token"


def test_users_are_refused_admin_routes_and_metrics(api: RunningApi) -> None:
    admin_routes = [(m, p) for m, p in _routes(api) if p.startswith(ADMIN_PREFIXES)]
    assert len(admin_routes) >= 8
    with api.client("user") as user, api.client("service") as service:
        for method, path in admin_routes:
            response = user.request(method, path, json={})
            assert response.status_code == 403, (method, path, response.text)
            assert "role" in response.json()["error"]["message"]
        assert service.get("/api/admin/queues").status_code == 403
        assert service.get("/metrics").status_code == 200


def test_a_user_sees_only_its_own_documents(
    api: RunningApi, owner_conn: psycopg.Connection
) -> None:
    mine = insert_document(owner_conn, "alice")
    theirs = insert_document(owner_conn, "bob")
    with api.client("user", "alice") as alice, api.client("admin", "root") as admin:
        listed = alice.get("/api/documents").json()
        assert [d["id"] for d in listed["items"]] == [str(mine)]
        assert alice.get(f"/api/documents/{mine}").status_code == 200
        for suffix in ("", "/chunks", "/images", "/products", "/events"):
            response = alice.get(f"/api/documents/{theirs}{suffix}")
            assert response.status_code == 404, suffix
        for action in ("cancel", "retry"):
            assert alice.post(f"/api/documents/{theirs}/{action}").status_code == 404
        assert alice.delete(f"/api/documents/{theirs}").status_code == 404
        assert alice.get("/api/products", params={"document_id": str(theirs)}).json()["items"] == []
        everyone = {d["id"] for d in admin.get("/api/documents").json()["items"]}
        assert everyone == {str(mine), str(theirs)}
    # Bob's document was neither cancelled nor deleted by Alice's attempts.
    row = owner_conn.execute(
        "SELECT status, deleted_at FROM processed_documents WHERE id = %s", (theirs,)
    ).fetchone()
    assert row == ("processing", None)


@pytest.mark.parametrize("table", ["processed_documents", "job_progress", "stage_queue"])
def test_the_request_connection_applies_rls_to_unfiltered_queries(
    make_api, owner_conn: psycopg.Connection, table: str
) -> None:
    """A route that forgets its filter still only reads the caller's rows."""
    mine = insert_document(owner_conn, "alice")
    theirs = insert_document(owner_conn, "bob")
    if table != "processed_documents":
        for doc in (mine, theirs):
            column = "stage" if table in ("stage_queue", "job_progress") else None
            owner_conn.execute(
                f"INSERT INTO {table} (document_id, {column}) VALUES (%s, 'extraction')", (doc,)
            )
    api = make_api()

    @api.app.get("/test/unfiltered")
    def unfiltered(conn: Db) -> list[str]:  # the bug: no owner filter at all
        key = "id" if table == "processed_documents" else "document_id"
        return [str(r[0]) for r in conn.execute(f"SELECT {key} FROM {table}").fetchall()]

    with api.client("user", "alice") as alice, api.client("user", "carol") as carol:
        assert alice.get("/test/unfiltered").json() == [str(mine)]
        assert carol.get("/test/unfiltered").json() == []
    with api.client("admin", "root") as admin:
        assert sorted(admin.get("/test/unfiltered").json()) == sorted([str(mine), str(theirs)])
