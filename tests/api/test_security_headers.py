"""Every answer says nosniff; image bytes come sandboxed and inline."""

from __future__ import annotations

import psycopg
from apihelpers import RunningApi, insert_document


def test_api_answers_say_nosniff(api: RunningApi) -> None:
    with api.client(None) as anonymous:
        for path in ("/healthz", "/api/documents", "/no-such-route"):
            assert anonymous.get(path).headers["x-content-type-options"] == "nosniff"


def test_image_bytes_are_sandboxed(api: RunningApi, owner_conn: psycopg.Connection) -> None:
    document_id = insert_document(owner_conn, "alice")
    key = f"documents/{document_id}/images/evil.png"
    path = api.settings.blob_dir / key
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"<html><script>alert(document.cookie)</script></html>")
    image_id = owner_conn.execute(
        "INSERT INTO document_images (document_id, page_number, image_index, storage_path,"
        " mime_type, content_sha256) VALUES (%s, 1, 0, %s, 'image/png', 'x') RETURNING id",
        (document_id, key),
    ).fetchone()[0]
    with api.client("user", "alice") as alice:
        answer = alice.get(f"/api/documents/{document_id}/images/{image_id}")
    assert answer.status_code == 200
    assert answer.headers["content-security-policy"].startswith("sandbox")
    assert "default-src 'none'" in answer.headers["content-security-policy"]
    assert answer.headers["content-disposition"].startswith("inline")
    assert answer.headers["x-content-type-options"] == "nosniff"
