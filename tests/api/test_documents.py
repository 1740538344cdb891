"""A document's state, results (chunks, images, products), and control (cancel, retry, delete)."""

from __future__ import annotations

from pathlib import Path

import psycopg
from apihelpers import RunningApi, insert_document
from psycopg.types.json import Jsonb

SMALL = "text-multi-page-5p.pdf"


def _upload(api: RunningApi, corpus: Path, sub: str = "alice") -> str:
    with api.client("user", sub) as client:
        response = client.post(
            "/api/documents",
            files={"file": (SMALL, (corpus / SMALL).read_bytes(), "application/pdf")},
        )
    assert response.status_code == 202, response.text
    return response.json()["id"]


def test_state_has_stages_counts_eta_and_links(api: RunningApi, corpus: Path) -> None:
    document_id = _upload(api, corpus)
    with api.client("user", "alice") as alice:
        state = alice.get(f"/api/documents/{document_id}").json()
    assert state["id"] == document_id and state["status"] == "queued"
    assert [s["name"] for s in state["stages"]] == [
        "extraction",
        "image_processing",
        "chunking",
        "ai_analysis",
        "product_creation",
    ]
    assert {"eta_seconds", "errors", "created_at", "progress", "page_count"} <= state.keys()
    assert state["links"]["events"].endswith("/events")


def test_list_paginates_and_filters_by_status(
    api: RunningApi, owner_conn: psycopg.Connection
) -> None:
    for i in range(5):
        insert_document(owner_conn, "alice", status="completed" if i % 2 else "processing")
    with api.client("user", "alice") as alice:
        first = alice.get("/api/documents", params={"limit": 2}).json()
        rest = alice.get("/api/documents", params={"limit": 2, "offset": first["next"]}).json()
        done = alice.get("/api/documents", params={"status": "completed"}).json()
        bad = alice.get("/api/documents", params={"status": "nonsense"})
    assert first["total"] == 5 and len(first["items"]) == 2 and first["next"] == 2
    assert not {d["id"] for d in first["items"]} & {d["id"] for d in rest["items"]}
    assert done["total"] == 2 and {d["status"] for d in done["items"]} == {"completed"}
    assert bad.status_code == 422 and "status must be one of" in bad.json()["error"]["message"]


def test_chunks_images_and_products_with_image_bytes(
    api: RunningApi, owner_conn: psycopg.Connection
) -> None:
    document_id = insert_document(owner_conn, "alice", status="completed")
    key = f"documents/{document_id}/images/abc.png"
    blob = api.settings.blob_dir / key
    blob.parent.mkdir(parents=True)
    blob.write_bytes(b"\x89PNG fake image bytes")
    image_id = owner_conn.execute(
        "INSERT INTO document_images (document_id, page_number, image_index, storage_path,"
        " mime_type, content_sha256, ocr_text) VALUES (%s, 1, 0, %s, 'image/png', 'abc', 'hi')"
        " RETURNING id",
        (document_id, key),
    ).fetchone()[0]
    for index in range(3):
        owner_conn.execute(
            "INSERT INTO document_chunks (document_id, chunk_index, content) VALUES (%s, %s, %s)",
            (document_id, index, f"chunk {index}"),
        )
    owner_conn.execute(
        "INSERT INTO products (document_id, name, product_type, confidence)"
        " VALUES (%s, 'Oak floor', 'flooring', 0.9)",
        (document_id,),
    )
    base = f"/api/documents/{document_id}"
    with api.client("user", "alice") as alice, api.client("user", "bob") as bob:
        chunks = alice.get(f"{base}/chunks", params={"limit": 2}).json()
        assert [c["content"] for c in chunks["items"]] == ["chunk 0", "chunk 1"]
        assert chunks["total"] == 3 and chunks["next"] == 2
        images = alice.get(f"{base}/images").json()["items"]
        assert images[0]["ocr_text"] == "hi" and "storage_path" not in images[0]
        image = alice.get(images[0]["url"])
        assert image.content == b"\x89PNG fake image bytes"
        assert image.headers["content-type"] == "image/png"
        assert bob.get(f"{base}/images/{image_id}").status_code == 404
        products = alice.get(f"{base}/products").json()["items"]
        assert products[0]["name"] == "Oak floor" and "embedding" not in products[0]


def test_products_come_in_the_document_s_order_not_by_confidence(
    api: RunningApi, owner_conn: psycopg.Connection
) -> None:
    """A reader checks a document's products against its pages: by page, then top to bottom
    and left to right, whatever the engine's confidence in each; a product with no evidence
    (another engine's) by its first page, after those of that page with a box. Paging keeps
    that order."""
    document_id = insert_document(owner_conn, "alice", status="completed")
    rows = [  # name, page, (left, top), confidence, inserted in a shuffled order
        ("Right of the second row, page 1", 1, (300.0, 200.0), 0.95),
        ("Page 2's first", 2, (40.0, 80.0), 0.99),
        ("No evidence, page 1", 1, None, 0.97),
        ("Top of page 1", 1, (40.0, 90.0), 0.5),
        ("Left of the second row, page 1", 1, (40.0, 200.0), 0.6),
    ]
    for name, page_number, corner, confidence in rows:
        evidence = (
            {"evidence": {"page": page_number, "bbox": [*corner, corner[0] + 90, corner[1] + 20]}}
            if corner
            else {}
        )
        owner_conn.execute(
            "INSERT INTO products (document_id, name, attributes, page_numbers, confidence)"
            " VALUES (%s, %s, %s, %s, %s)",
            (document_id, name, Jsonb(evidence), [page_number], confidence),
        )
    base = f"/api/documents/{document_id}/products"
    with api.client("user", "alice") as alice:
        whole = [p["name"] for p in alice.get(base).json()["items"]]
        first = alice.get(base, params={"limit": 3}).json()
        rest = alice.get(base, params={"limit": 3, "offset": first["next"]}).json()
    expected = [
        "Top of page 1",
        "Left of the second row, page 1",
        "Right of the second row, page 1",
        "No evidence, page 1",
        "Page 2's first",
    ]
    assert whole == expected
    assert [p["name"] for p in first["items"] + rest["items"]] == expected


def test_cancel_then_delete(api: RunningApi, corpus: Path, owner_conn: psycopg.Connection) -> None:
    document_id = _upload(api, corpus)
    with api.client("user", "alice") as alice:
        cancelled = alice.post(f"/api/documents/{document_id}/cancel")
        again = alice.post(f"/api/documents/{document_id}/cancel")
        assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
        assert again.status_code == 409 and "already" in again.json()["error"]["message"]
        jobs = owner_conn.execute(
            "SELECT status FROM stage_queue WHERE document_id = %s", (document_id,)
        ).fetchall()
        assert jobs == [("cancelled",)]
        assert alice.delete(f"/api/documents/{document_id}").status_code == 204
        assert alice.get(f"/api/documents/{document_id}").status_code == 404
    assert not (api.settings.blob_dir / "documents" / document_id).exists()


def test_retry_requeues_failed_items_and_409_when_none(
    api: RunningApi, corpus: Path, owner_conn: psycopg.Connection
) -> None:
    document_id = _upload(api, corpus)
    with api.client("user", "alice") as alice:
        nothing = alice.post(f"/api/documents/{document_id}/retry")
        assert nothing.status_code == 409
        owner_conn.execute(
            "UPDATE stage_queue SET status = 'failed', error_message = 'boom'"
            " WHERE document_id = %s",
            (document_id,),
        )
        owner_conn.execute(
            "UPDATE processed_documents SET status = 'failed' WHERE id = %s", (document_id,)
        )
        retried = alice.post(f"/api/documents/{document_id}/retry")
    assert retried.status_code == 202 and retried.json()["requeued"] == 1
    status = owner_conn.execute(
        "SELECT status FROM stage_queue WHERE document_id = %s", (document_id,)
    ).fetchone()[0]
    assert status == "pending"
