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

from pdfqueue.api.deps import AnyCaller, Db, dict_cursor, sql
from pdfqueue.api.errors import ApiError
from pdfqueue.api.responses import AUTHENTICATED
from pdfqueue.api.shape import Limit, Offset, page
from pdfqueue.engines.products import PRODUCT_TYPES
from pdfqueue.pipeline.operations import embed_query

router = APIRouter(tags=["search"], responses=AUTHENTICATED)

MAX_QUERY_CHARS = 1000

# A hit carries the names its kind has in its own listing (/products or /chunks), plus `kind`,
# `score` and the document's `filename`; fields of the other kind are left out, not null.
PRODUCT_FIELDS = ("name", "product_type", "description", "confidence")
CHUNK_FIELDS = ("chunk_index", "content", "classification")
HIT_FIELDS = ("kind", "score", "id", "document_id", "filename", "page_numbers")


def _search(name: str) -> str:
    """semantic_search or its total, with the candidates statement in place."""
    return sql(name).replace("{candidates}", sql("search_candidates"))


def has_vector_search(conn: psycopg.Connection) -> bool:
    """True when the embedding columns are pgvector's `vector` (decided at migration time)."""
    row = dict_cursor(conn).execute(sql("products_embedding_type")).fetchone()
    return row is not None and row["type"].startswith("vector")


def check_type(type_: str | None) -> None:
    if type_ is not None and type_ not in PRODUCT_TYPES:
        raise ApiError(
            422, f"type must be one of: {', '.join(PRODUCT_TYPES)} (GET /api/products/types)."
        )


@router.get("/api/products/types", summary="The product types `type` accepts")
def product_types(_: AnyCaller) -> dict[str, Any]:
    """The vocabulary of product types (what `pdfqueue search --type` accepts)."""
    items = [{"name": name} for name in PRODUCT_TYPES]
    return page(items, len(items), len(items), 0)


@router.get("/api/products", summary="Search products and chunks")
def search_products(
    conn: Db,
    q: Annotated[str | None, Query(max_length=MAX_QUERY_CHARS, description="Search text")] = None,
    type: Annotated[
        str | None,
        Query(max_length=100, description="Product type: " + ", ".join(PRODUCT_TYPES)),
    ] = None,
    document_id: UUID | None = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """With `q`: products and chunks nearest in meaning, best first, each with a score.
    Without `q`: products (optionally of one `type` or document), most confident first.

    Each item has `kind` (product or chunk), `score` (search only), the document's `filename`,
    and the fields of its kind as /products and /chunks name them."""
    check_type(type)
    if q is not None and q.strip():
        return _semantic(conn, q.strip(), type, document_id, limit, offset)
    return _listing(conn, type, document_id, limit, offset)


def _hit(row: dict[str, Any]) -> dict[str, Any]:
    own = PRODUCT_FIELDS if row["kind"] == "product" else CHUNK_FIELDS
    return {k: row[k] for k in (*HIT_FIELDS, *own)}


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
    # The one engine call a request makes: embedding the short query, in the model's space
    # (this route already runs in a worker thread).
    vector = embed_query(q)
    literal = "[" + ",".join(f"{float(x):.7g}" for x in vector) + "]"
    params = {
        "q": literal,
        "dims": len(vector),
        "type": type_,
        "doc": document_id,
        "limit": limit,
        "offset": offset,
    }
    cursor = dict_cursor(conn)
    rows = cursor.execute(_search("semantic_search"), params).fetchall()
    total = cursor.execute(_search("semantic_search_total"), params).fetchone()["n"]
    return {**page([_hit(row) for row in rows], total, limit, offset), "query": q}


def _listing(
    conn: psycopg.Connection, type_: str | None, document_id: UUID | None, limit: int, offset: int
) -> dict[str, Any]:
    params = {"type": type_, "doc": document_id, "limit": limit, "offset": offset}
    total = dict_cursor(conn).execute(sql("count_listed_products"), params).fetchone()["n"]
    rows = dict_cursor(conn).execute(sql("listed_products"), params).fetchall()
    return page([{"kind": "product", **row} for row in rows], total, limit, offset)
