"""Product and chunk search: semantic (pgvector) with `q`, a filtered listing without it.

The query text is embedded by `pdfqueue.pipeline.query.embed_query`, the same model the
pipeline embeds chunks with; it is the one model call the API makes (a few milliseconds for a
short query), run in the request's worker thread. Without pgvector, semantic search answers 501
and says why, while listing products by type still works.
"""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

import psycopg
from fastapi import APIRouter, Query

from pdfqueue.api.deps import Db, dict_cursor
from pdfqueue.api.documents import MAX_OFFSET, MAX_PAGE_SIZE, page, pipeline_module
from pdfqueue.api.errors import ApiError

router = APIRouter(tags=["search"])

MAX_QUERY_CHARS = 1000

_PRODUCT_COLUMNS = (
    "p.id, p.document_id, p.name, p.product_type, p.description, p.attributes, p.image_ids,"
    " p.chunk_ids, p.page_numbers, p.confidence, p.created_at"
)

# Nearest products and chunks by cosine distance, both kinds ranked together; rows of deleted
# documents (kept until the pruner runs) are left out.
_SEMANTIC = """
SELECT * FROM (
  SELECT 'product' AS kind, p.id, p.document_id, p.name AS title, p.product_type AS type,
         p.description AS text, p.page_numbers, 1 - (p.embedding <=> %(q)s::vector) AS score
  FROM products p
  WHERE p.embedding IS NOT NULL AND vector_dims(p.embedding) = %(dims)s
    AND (%(type)s::text IS NULL OR p.product_type = %(type)s)
    AND (%(doc)s::uuid IS NULL OR p.document_id = %(doc)s)
    AND NOT EXISTS (SELECT 1 FROM processed_documents d
                    WHERE d.id = p.document_id AND d.deleted_at IS NOT NULL)
  UNION ALL
  SELECT 'chunk', c.id, c.document_id, NULL, c.classification, c.content, c.page_numbers,
         1 - (c.embedding <=> %(q)s::vector)
  FROM document_chunks c
  WHERE %(type)s::text IS NULL AND c.embedding IS NOT NULL
    AND vector_dims(c.embedding) = %(dims)s
    AND (%(doc)s::uuid IS NULL OR c.document_id = %(doc)s)
    AND NOT EXISTS (SELECT 1 FROM processed_documents d
                    WHERE d.id = c.document_id AND d.deleted_at IS NOT NULL)
) hits
ORDER BY score DESC, id
LIMIT %(limit)s OFFSET %(offset)s
"""


def has_vector_search(conn: psycopg.Connection) -> bool:
    """True when the embedding columns are pgvector's `vector` (decided at migration time)."""
    row = (
        dict_cursor(conn)
        .execute(
            "SELECT format_type(atttypid, atttypmod) AS type FROM pg_attribute"
            " WHERE attrelid = 'products'::regclass AND attname = 'embedding'"
        )
        .fetchone()
    )
    return row is not None and row["type"].startswith("vector")


@router.get("/api/products", summary="Search products and chunks")
def search_products(
    conn: Db,
    q: Annotated[str | None, Query(max_length=MAX_QUERY_CHARS, description="Search text")] = None,
    type: Annotated[str | None, Query(max_length=100, description="Product type")] = None,
    document_id: UUID | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    """With `q`: products and chunks nearest in meaning, best first, each with a score.
    Without `q`: products (optionally of one `type` or document), most confident first."""
    if q is not None and q.strip():
        return _semantic(conn, q.strip(), type, document_id, limit, offset)
    return _listing(conn, type, document_id, limit, offset)


def _semantic(
    conn: psycopg.Connection,
    q: str,
    type_: str | None,
    document_id: UUID | None,
    limit: int,
    offset: int,
) -> dict[str, Any]:
    if not has_vector_search(conn):
        raise ApiError(
            501,
            "Semantic search needs the pgvector extension, and this database was set up "
            "without it; use the embedded server or a PostgreSQL with pgvector (omit q to "
            "list products by type).",
        )
    query = pipeline_module("pdfqueue.pipeline.query")
    vector = query.embed_query(q)  # this route already runs in a worker thread
    literal = "[" + ",".join(f"{float(x):.7g}" for x in vector) + "]"
    rows = (
        dict_cursor(conn)
        .execute(
            _SEMANTIC,
            {
                "q": literal,
                "dims": len(vector),
                "type": type_,
                "doc": document_id,
                "limit": limit,
                "offset": offset,
            },
        )
        .fetchall()
    )
    following = offset + limit if len(rows) == limit else None
    return {"items": rows, "limit": limit, "offset": offset, "next": following, "query": q}


def _listing(
    conn: psycopg.Connection, type_: str | None, document_id: UUID | None, limit: int, offset: int
) -> dict[str, Any]:
    condition = "(%(type)s::text IS NULL OR p.product_type = %(type)s)"
    condition += " AND (%(doc)s::uuid IS NULL OR p.document_id = %(doc)s)"
    # A deleted document's rows stay until the pruner removes them: never show them.
    condition += (
        " AND NOT EXISTS (SELECT 1 FROM processed_documents d"
        " WHERE d.id = p.document_id AND d.deleted_at IS NOT NULL)"
    )
    params = {"type": type_, "doc": document_id, "limit": limit, "offset": offset}
    total = (
        dict_cursor(conn)
        .execute(f"SELECT count(*) AS n FROM products p WHERE {condition}", params)
        .fetchone()["n"]
    )
    rows = (
        dict_cursor(conn)
        .execute(
            f"SELECT {_PRODUCT_COLUMNS} FROM products p WHERE {condition}"
            " ORDER BY p.confidence DESC, p.created_at DESC, p.id"
            " LIMIT %(limit)s OFFSET %(offset)s",
            params,
        )
        .fetchall()
    )
    return page([{**row, "kind": "product"} for row in rows], total, limit, offset)
