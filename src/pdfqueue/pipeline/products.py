"""Stage 5, product creation: products from the analysed chunks, then the document ends.

Runs once per document, enqueued by the analysis fan-in. `run` reads the analysed chunks and
the images by page (read connection), builds the products and embeds each product's name and
description; `on_complete` replaces the document's products and finishes the document:
`completed`, or `completed_with_errors` when any item of any stage failed, at exactly 100 %.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from pdfqueue import progress
from pdfqueue.pipeline import context, transitions
from pdfqueue.queue.registry import Job

STAGE = "product_creation"
PRODUCT_EMBED_DESCRIPTION_CHARS = 300  # of a product's description, embedded with its name

# analysed_chunks: what product building reads of each chunk.
_ANALYSED_CHUNKS = """
SELECT id, chunk_index, content, page_numbers, classification, classification_confidence,
       metadata, embedding::text
FROM document_chunks WHERE document_id = %(document_id)s ORDER BY chunk_index
"""

# images_by_page: the document's images, page by page, in order.
_IMAGES_BY_PAGE = """
SELECT page_number, array_agg(id ORDER BY image_index)
FROM document_images WHERE document_id = %(document_id)s GROUP BY page_number
"""


def product_text(draft: dict[str, Any]) -> str:
    """What a product's embedding is of: its name and the start of its description.

    The start says what the product is; the rest of a long description (often a whole chunk,
    already embedded) would make this one job, which runs alone, several times slower.
    """
    description = (draft.get("description") or "")[:PRODUCT_EMBED_DESCRIPTION_CHARS]
    return f"{draft['name']}\n{description}".strip()


def run(jobs: Sequence[Job]) -> list[dict[str, Any]]:
    try:
        return [build(job) for job in jobs]
    finally:
        context.release_memory()


def build(job: Job) -> dict[str, Any]:
    from pdfqueue.engines.products import ChunkInfo, build_products

    conn = context.read_connection()
    params = {"document_id": job.document_id}
    chunks = [
        ChunkInfo(
            id=str(r[0]),
            index=r[1],
            content=r[2],
            page_numbers=list(r[3]),
            classification=r[4],
            confidence=r[5],
            metadata=r[6] or {},
            embedding=_array(context.parse_vector(r[7])),
        )
        for r in conn.execute(_ANALYSED_CHUNKS, params)
    ]
    images = {page: [str(i) for i in ids] for page, ids in conn.execute(_IMAGES_BY_PAGE, params)}
    drafts = [asdict(d) for d in build_products(chunks, images)]
    if drafts:
        from pdfqueue.pipeline.analysis import embedder

        vectors = embedder().embed([product_text(d) for d in drafts])
        for draft, vector in zip(drafts, vectors, strict=True):
            draft["embedding"] = [round(float(v), 7) for v in vector]
    return {
        "products": drafts,
        "count": len(drafts),
        "chunks": len(chunks),
        "reason": None if drafts else "no chunk was classified as a product",
    }


def _array(values: list[float] | None) -> Any:
    """float32 array (4 bytes a value: a long document's chunks stay small in memory)."""
    import numpy as np

    return None if values is None else np.asarray(values, dtype=np.float32)


# clear_products: a re-run replaces earlier products.
_CLEAR = "DELETE FROM products WHERE document_id = %(document_id)s"

_INSERT_PRODUCT = """
INSERT INTO products (document_id, name, product_type, description, attributes, image_ids,
                      chunk_ids, page_numbers, confidence, embedding)
VALUES (%(document_id)s, %(name)s, %(product_type)s, %(description)s, %(attributes)s,
        %(image_ids)s::uuid[], %(chunk_ids)s::uuid[], %(page_numbers)s, %(confidence)s, {vector})
"""


def on_complete(conn: psycopg.Connection, job: Job, result: dict[str, Any]) -> None:
    document = transitions.lock_document(conn, job.document_id)
    if document is None or not document.active:
        return
    conn.execute(_CLEAR, {"document_id": document.id})
    sql = _INSERT_PRODUCT.replace("{vector}", context.vector_sql(conn).replace("%s", "%(vec)s"))
    for draft in result["products"]:
        conn.execute(
            sql,
            {
                "document_id": document.id,
                "name": draft["name"],
                "product_type": draft.get("product_type") or "other",
                "description": draft.get("description"),
                "attributes": Jsonb(draft.get("attributes") or {}),
                "image_ids": [str(i) for i in draft.get("image_ids") or []],
                "chunk_ids": [str(i) for i in draft.get("chunk_ids") or []],
                "page_numbers": list(draft.get("page_numbers") or []),
                "confidence": draft.get("confidence") or 0,
                "vec": context.vector_param_for(conn, draft.get("embedding")),
            },
        )
    progress.count_outcome(
        conn, document.id, STAGE, completed=1, started_at=job.row.get("started_at")
    )
    transitions.finish_document(conn, document.id)


def on_failed(conn: psycopg.Connection, job: Job, error: str) -> None:
    transitions.single_job_failed(
        conn, job, stage=STAGE, what="Product creation", error=error, advice="retry the document."
    )
