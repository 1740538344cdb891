"""Search: semantic over products and chunks with pgvector; listing by type without a query;
a clear 501 when the database has no pgvector."""

from __future__ import annotations

import psycopg
import pytest
from apihelpers import RunningApi, insert_document

from pdfqueue.pipeline.query import embed_query


def _vector_columns(conn: psycopg.Connection) -> bool:
    kind = conn.execute(
        "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
        " WHERE attrelid = 'products'::regclass AND attname = 'embedding'"
    ).fetchone()[0]
    return kind.startswith("vector")


def _literal(text: str) -> str:
    return "[" + ",".join(str(x) for x in embed_query(text)) + "]"


def _product(conn: psycopg.Connection, document_id, name: str, kind: str, vector: bool) -> None:
    embedding = _literal(name) if vector else None
    conn.execute(
        "INSERT INTO products (document_id, name, product_type, confidence, embedding)"
        " VALUES (%s, %s, %s, 0.5, %s::vector)"
        if vector
        else "INSERT INTO products (document_id, name, product_type, confidence, embedding)"
        " VALUES (%s, %s, %s, 0.5, %s)",
        (document_id, name, kind, embedding),
    )


def test_listing_by_type_works_everywhere_and_respects_ownership(
    api: RunningApi, owner_conn: psycopg.Connection
) -> None:
    mine = insert_document(owner_conn, "alice", status="completed")
    theirs = insert_document(owner_conn, "bob", status="completed")
    _product(owner_conn, mine, "Oak parquet", "flooring", False)
    _product(owner_conn, mine, "Brass lamp", "lighting", False)
    _product(owner_conn, theirs, "Walnut floor", "flooring", False)
    with api.client("user", "alice") as alice:
        floors = alice.get("/api/products", params={"type": "flooring"}).json()
        everything = alice.get("/api/products").json()
    assert [p["name"] for p in floors["items"]] == ["Oak parquet"]
    assert everything["total"] == 2


def test_semantic_search_without_pgvector_says_why(
    api: RunningApi, owner_conn: psycopg.Connection
) -> None:
    if _vector_columns(owner_conn):
        pytest.skip("this database has pgvector")
    with api.client("user", "alice") as alice:
        response = alice.get("/api/products", params={"q": "oak floor"})
    assert response.status_code == 501
    assert "pgvector" in response.json()["error"]["message"]


def test_semantic_search_ranks_by_meaning(api: RunningApi, owner_conn: psycopg.Connection) -> None:
    if not _vector_columns(owner_conn):
        pytest.skip("this database has no pgvector")
    mine = insert_document(owner_conn, "alice", status="completed")
    theirs = insert_document(owner_conn, "bob", status="completed")
    _product(owner_conn, mine, "Solid oak parquet flooring planks", "flooring", True)
    _product(owner_conn, mine, "Stainless steel kitchen faucet", "building product", True)
    _product(owner_conn, theirs, "Wooden floor boards in walnut", "flooring", True)
    owner_conn.execute(
        "INSERT INTO document_chunks (document_id, chunk_index, content, embedding)"
        " VALUES (%s, 0, 'Installation guide for the kitchen tap', %s::vector)",
        (
            mine,
            "[" + ",".join(map(str, embed_query("Installation guide for the kitchen tap"))) + "]",
        ),
    )
    with api.client("user", "alice") as alice:
        hits = alice.get("/api/products", params={"q": "wooden floor"}).json()["items"]
        taps = alice.get("/api/products", params={"q": "kitchen tap"}).json()["items"]
        typed = alice.get("/api/products", params={"q": "tap", "type": "flooring"}).json()
    assert hits[0]["name"] == "Solid oak parquet flooring planks"
    assert {h["document_id"] for h in hits} == {str(mine)}  # never Bob's
    assert hits[0]["score"] > hits[-1]["score"]
    assert {h["kind"] for h in taps[:2]} == {"product", "chunk"}
    assert {h["product_type"] for h in typed["items"]} == {"flooring"}


def test_deleted_documents_are_not_found_before_the_pruner_runs(
    api: RunningApi, owner_conn: psycopg.Connection
) -> None:
    vector = _vector_columns(owner_conn)
    kept = insert_document(owner_conn, "alice", status="completed")
    gone = insert_document(owner_conn, "alice", status="completed")
    _product(owner_conn, kept, "Oak parquet flooring", "flooring", vector)
    _product(owner_conn, gone, "Walnut parquet flooring", "flooring", vector)
    if vector:
        owner_conn.execute(
            "INSERT INTO document_chunks (document_id, chunk_index, content, embedding)"
            " VALUES (%s, 0, 'Walnut parquet flooring', %s::vector)",
            (gone, _literal("Walnut parquet flooring")),
        )
    with api.client("user", "alice") as alice:
        assert alice.delete(f"/api/documents/{gone}").status_code == 204
        listed = alice.get("/api/products", params={"type": "flooring"}).json()
        found = alice.get("/api/products", params={"q": "walnut parquet"}).json() if vector else {}
    with api.client("admin", "root") as admin:
        as_admin = admin.get("/api/products").json()
    assert [p["name"] for p in listed["items"]] == ["Oak parquet flooring"]
    assert listed["total"] == 1 and as_admin["total"] == 1
    if vector:
        assert {h["document_id"] for h in found["items"]} == {str(kept)}
