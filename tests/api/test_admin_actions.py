"""What an admin may do to another user's document through the API is what
docs/permissions.md says: cancel and retry (operators), not delete (the owner's call)."""

from __future__ import annotations

from pathlib import Path

import psycopg
from apihelpers import RunningApi, insert_document

PERMISSIONS = (Path(__file__).resolve().parents[2] / "docs" / "permissions.md").read_text()


def test_admins_cancel_and_retry_anyones_document_but_delete_only_their_own(
    api: RunningApi, owner_conn: psycopg.Connection
) -> None:
    theirs = insert_document(owner_conn, "alice", status="processing")
    mine = insert_document(owner_conn, "root", status="completed")
    with api.client("admin", "root") as admin:
        assert admin.post(f"/api/documents/{theirs}/cancel").status_code == 200
        assert admin.post(f"/api/documents/{theirs}/retry").status_code in (202, 409)
        refused = admin.delete(f"/api/documents/{theirs}")
        assert admin.delete(f"/api/documents/{mine}").status_code == 204
    assert refused.status_code == 403
    deleted = owner_conn.execute(
        "SELECT deleted_at IS NOT NULL FROM processed_documents WHERE id = %s", (theirs,)
    ).fetchone()[0]
    assert deleted is False
    with api.client("user", "alice") as alice:
        assert alice.delete(f"/api/documents/{theirs}").status_code == 204


def test_the_permissions_document_says_the_same() -> None:
    section = PERMISSIONS.split("## Actions through the API", 1)[1]
    row = next(line for line in section.splitlines() if line.startswith("| delete a document"))
    assert "own only" in row.split("|")[2]  # the admin column
    cancel = next(line for line in section.splitlines() if line.startswith("| cancel"))
    assert "any" in cancel.split("|")[2]
