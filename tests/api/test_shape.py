"""One API shape: the same list envelope everywhere, one timestamp format, numbers as numbers,
one name per concept, and admin job listings without embeddings unless asked."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import psycopg
import pytest
from apihelpers import RunningApi, insert_document

SMALL = "text-multi-page-5p.pdf"
ENVELOPE = {"items", "total", "limit", "offset", "next"}
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


def _timestamps(value: Any, key: str = "") -> list[tuple[str, Any]]:
    """Every (key, value) under a key ending in `_at`, anywhere in a JSON value."""
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in _timestamps(v, k)]
    if isinstance(value, list):
        return [t for v in value for t in _timestamps(v, key)]
    stamped = key.endswith("_at") or key == "at"
    return [(key, value)] if stamped and value is not None else []


def _arranged(owner_conn: psycopg.Connection) -> str:
    doc = insert_document(owner_conn, "alice", status="completed", progress=100)
    owner_conn.execute(
        "INSERT INTO document_pages (document_id, page_number, text) VALUES (%s, 1, 'p')", (doc,)
    )
    chunk = owner_conn.execute(
        "INSERT INTO document_chunks (document_id, chunk_index, content) VALUES (%s, 0, 'c')"
        " RETURNING id",
        (doc,),
    ).fetchone()[0]
    owner_conn.execute(
        "INSERT INTO products (document_id, name, product_type, confidence)"
        " VALUES (%s, 'Lamp', 'lighting', 0.5)",
        (doc,),
    )
    owner_conn.execute(
        "INSERT INTO ai_analysis_queue (document_id, chunk_id, analysis_type, status, result,"
        " errors) VALUES (%s, %s, 'embedding', 'completed', %s,"
        " jsonb_build_array(jsonb_build_object('attempt', 1, 'at', now(), 'error', 'x')))",
        (doc, chunk, json.dumps({"dimension": 384, "embedding": [0.1234567] * 384})),
    )
    return str(doc)


def test_every_list_has_the_same_envelope_and_a_documented_maximum(
    api: RunningApi, owner_conn: psycopg.Connection
) -> None:
    doc = _arranged(owner_conn)
    lists = [
        "/api/documents",
        f"/api/documents/{doc}/pages",
        f"/api/documents/{doc}/chunks",
        f"/api/documents/{doc}/images",
        f"/api/documents/{doc}/products",
        "/api/products",
        "/api/products/types",
        "/api/admin/jobs",
        "/api/admin/workers",
    ]
    with api.client("admin", "root") as admin:
        for path in lists:
            body = admin.get(path).json()
            assert set(body) == ENVELOPE, path
            assert body["total"] >= len(body["items"]), path
            if path != "/api/products/types":  # a fixed vocabulary: one page, no limit
                too_many = admin.get(path, params={"limit": 501})
                assert too_many.status_code == 422, path
        openapi = admin.get("/openapi.json").json()
    limit = next(
        p for p in openapi["paths"]["/api/documents"]["get"]["parameters"] if p["name"] == "limit"
    )
    assert limit["schema"]["maximum"] == 500 and "at most 500" in limit["description"]


def test_admin_jobs_count_and_page_through_everything(
    api: RunningApi, owner_conn: psycopg.Connection
) -> None:
    for _ in range(3):
        _arranged(owner_conn)
    with api.client("admin", "root") as admin:
        first = admin.get("/api/admin/jobs", params={"limit": 2}).json()
        rest = admin.get("/api/admin/jobs", params={"limit": 2, "offset": first["next"]}).json()
    assert first["total"] == 3 and first["next"] == 2 and rest["next"] is None
    assert len({j["id"] for j in first["items"] + rest["items"]}) == 3


def test_timestamps_have_one_format_and_progress_is_a_number(
    api: RunningApi, owner_conn: psycopg.Connection, corpus: Path
) -> None:
    doc = _arranged(owner_conn)
    with api.client("admin", "root") as admin:
        bodies = [
            admin.get("/api/documents").json(),
            admin.get(f"/api/documents/{doc}").json(),
            admin.get(f"/api/documents/{doc}/chunks").json(),
            admin.get("/api/products").json(),
            admin.get("/api/admin/jobs").json(),
        ]
    stamps = [stamp for body in bodies for stamp in _timestamps(body)]
    assert len(stamps) >= 8
    assert [s for s in stamps if not TIMESTAMP.match(str(s[1]))] == []
    listed, detail = bodies[0]["items"][0], bodies[1]
    assert listed["progress"] == detail["progress"] == 100.0
    assert isinstance(listed["progress"], float) and isinstance(detail["progress"], float)
    assert all(isinstance(s["progress"], int | float) for s in detail["stages"])


def test_one_name_per_concept(api: RunningApi, corpus: Path) -> None:
    with api.client("user", "alice") as alice:
        accepted = alice.post(
            "/api/documents",
            files={"file": (SMALL, (corpus / SMALL).read_bytes(), "application/pdf")},
        ).json()
        detail = alice.get(f"/api/documents/{accepted['id']}").json()
    assert "sha256" not in accepted and "content_sha256" in accepted
    assert accepted["content_sha256"] == detail["content_sha256"]
    assert "document_id" not in detail and detail["id"] == accepted["id"]


def test_admin_jobs_leave_embeddings_out_unless_asked(
    api: RunningApi, owner_conn: psycopg.Connection
) -> None:
    _arranged(owner_conn)
    with api.client("admin", "root") as admin:
        lean = admin.get("/api/admin/jobs", params={"queue": "ai_analysis_queue"})
        full = admin.get(
            "/api/admin/jobs", params={"queue": "ai_analysis_queue", "include": "embedding"}
        )
        wrong = admin.get("/api/admin/jobs", params={"include": "everything"})
    assert lean.json()["items"][0]["result"] == {"dimension": 384}
    assert len(full.json()["items"][0]["result"]["embedding"]) == 384
    assert len(lean.content) * 3 < len(full.content)
    assert wrong.status_code == 422


def test_search_hits_use_the_listings_names_and_show_the_file(
    api: RunningApi, owner_conn: psycopg.Connection
) -> None:
    _arranged(owner_conn)
    with api.client("user", "alice") as alice:
        listed = alice.get("/api/products").json()["items"]
        typed = alice.get("/api/products", params={"type": "spaceship"})
        types = alice.get("/api/products/types").json()["items"]
    assert listed[0]["name"] == "Lamp" and listed[0]["product_type"] == "lighting"
    assert listed[0]["filename"] == "alice.pdf"
    assert typed.status_code == 422 and "lighting" in typed.json()["error"]["message"]
    assert {"name": "flooring"} in types


@pytest.mark.parametrize("role", ["user", "admin"])
def test_the_original_pdf_downloads_for_its_owner_and_admins(
    api: RunningApi, corpus: Path, role: str
) -> None:
    data = (corpus / SMALL).read_bytes()
    with api.client("user", "alice") as alice:
        document_id = alice.post(
            "/api/documents", files={"file": (SMALL, data, "application/pdf")}
        ).json()["id"]
    with api.client(role, "alice" if role == "user" else "root") as reader:
        response = reader.get(f"/api/documents/{document_id}/file")
    with api.client("user", "bob") as bob:
        hidden = bob.get(f"/api/documents/{document_id}/file")
    assert response.status_code == 200 and response.content == data
    assert response.headers["content-type"] == "application/pdf"
    assert SMALL in response.headers["content-disposition"]
    assert hidden.status_code == 404
