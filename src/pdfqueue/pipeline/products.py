"""Stage 5, product creation: products from the analysed chunks, then the document ends.

Its first job (part 0, enqueued by the analysis fan-in) reads the analysed chunks and the
images by page (read connection) and builds the products; its `on_complete` replaces the
document's products and enqueues their embeddings as more jobs of the same stage (parts 1..n,
EMBED_PRODUCTS_PER_JOB products each), so the workers share them: embedding is most of this
stage's work, and as one job it was the serial tail of every document. The part that completes
the stage finishes the document: `completed`, or `completed_with_errors` when any item of any
stage failed (a product whose embedding kept failing is listed), at exactly 100 %.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from pdfqueue import progress
from pdfqueue.pipeline import context, transitions
from pdfqueue.queue import enqueue
from pdfqueue.queue.registry import Job

STAGE = "product_creation"
PRODUCT_EMBED_DESCRIPTION_CHARS = 300  # of a product's description, embedded with its name
EMBED_PRODUCTS_PER_JOB = 16  # products per embedding job (~0.2 s of one worker's time)

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


# products_to_embed: the name and description of an embedding job's products (those that still
# exist: a re-run of the first job replaces them).
_PRODUCTS_TO_EMBED = """
SELECT id, name, description FROM products
WHERE document_id = %(document_id)s AND id = ANY(%(ids)s::uuid[])
"""


def product_text(name: str, description: str | None) -> str:
    """What a product's embedding is of: its name and the start of its description.

    The start says what the product is; the rest of a long description (often a whole chunk,
    already embedded) would make the embedding several times slower for little more meaning.
    """
    return f"{name}\n{(description or '')[:PRODUCT_EMBED_DESCRIPTION_CHARS]}".strip()


def is_embedding_job(job: Job) -> bool:
    """An embedding job (part 1..n) rather than the stage's first job, which builds."""
    return "products" in job.payload


def warm_up() -> None:
    import pdfqueue.engines.products  # noqa: F401
    from pdfqueue.pipeline.analysis import embedder

    embedder()


def run(jobs: Sequence[Job]) -> list[dict[str, Any]]:
    try:
        return [embed(job) if is_embedding_job(job) else build(job) for job in jobs]
    finally:
        context.release_memory()


def embed(job: Job) -> dict[str, Any]:
    """Embed the job's products; returns {product id: vector}."""
    from pdfqueue.pipeline.analysis import embedder

    rows = context.read_connection().execute(
        _PRODUCTS_TO_EMBED, {"document_id": job.document_id, "ids": job.payload["products"]}
    )
    ids, texts = [], []
    for product_id, name, description in rows:
        ids.append(str(product_id))
        texts.append(product_text(name, description))
    vectors = embedder().embed(texts)
    return {
        "embeddings": {
            product_id: [round(float(v), 7) for v in vector]
            for product_id, vector in zip(ids, vectors, strict=True)
        }
    }


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
    for draft in drafts:
        draft.pop("embedding", None)  # the engine's grouping vector; the embedding jobs make one
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

# drop_embedding_jobs: an earlier run's embedding jobs name products that are gone.
_DROP_EMBEDDING_JOBS = """
DELETE FROM stage_queue
WHERE document_id = %(document_id)s AND stage = 'product_creation' AND part > 0
"""

_INSERT_PRODUCT = """
INSERT INTO products (document_id, name, product_type, description, attributes, image_ids,
                      chunk_ids, page_numbers, confidence)
VALUES (%(document_id)s, %(name)s, %(product_type)s, %(description)s, %(attributes)s,
        %(image_ids)s::uuid[], %(chunk_ids)s::uuid[], %(page_numbers)s, %(confidence)s)
RETURNING id
"""

_SET_EMBEDDING = "UPDATE products SET embedding = {vector} WHERE id = %(id)s"


def on_complete(conn: psycopg.Connection, job: Job, result: dict[str, Any]) -> None:
    document = transitions.lock_document(conn, job.document_id)
    if document is None or not document.active:
        return
    if is_embedding_job(job):
        _store_embeddings(conn, result["embeddings"])
        counts = progress.count_outcome(conn, document.id, STAGE, completed=1)
        _finish_if_done(conn, document, counts)
        return
    conn.execute(_CLEAR, {"document_id": document.id})
    conn.execute(_DROP_EMBEDDING_JOBS, {"document_id": document.id})
    ids = _insert(conn, document.id, result["products"])
    parts = [
        ids[start : start + EMBED_PRODUCTS_PER_JOB]
        for start in range(0, len(ids), EMBED_PRODUCTS_PER_JOB)
    ]
    enqueue(
        conn,
        "stage_queue",
        [
            {"document_id": document.id, "stage": STAGE, "part": n, "payload": {"products": part}}
            for n, part in enumerate(parts, start=1)
        ],
        priority=document.priority,
    )
    progress.open_stage(conn, document.id, STAGE, 1 + len(parts))
    counts = progress.count_outcome(
        conn, document.id, STAGE, completed=1, started_at=job.row.get("started_at")
    )
    _finish_if_done(conn, document, counts)


def _insert(conn: psycopg.Connection, document_id: Any, drafts: list[dict[str, Any]]) -> list[str]:
    """Insert the drafts (one pipelined statement each); their ids, in order."""
    with conn.cursor() as cur:
        cur.executemany(
            _INSERT_PRODUCT,
            [
                {
                    "document_id": document_id,
                    "name": draft["name"],
                    "product_type": draft.get("product_type") or "other",
                    "description": draft.get("description"),
                    "attributes": Jsonb(draft.get("attributes") or {}),
                    "image_ids": [str(i) for i in draft.get("image_ids") or []],
                    "chunk_ids": [str(i) for i in draft.get("chunk_ids") or []],
                    "page_numbers": list(draft.get("page_numbers") or []),
                    "confidence": draft.get("confidence") or 0,
                }
                for draft in drafts
            ],
            returning=True,
        )
        return [str(cur.fetchone()[0]) for _ in cur.results()]


def _store_embeddings(conn: psycopg.Connection, embeddings: dict[str, list[float]]) -> None:
    sql = _SET_EMBEDDING.replace("{vector}", context.vector_sql(conn).replace("%s", "%(vec)s"))
    with conn.cursor() as cur:
        cur.executemany(
            sql,
            [
                {"id": product_id, "vec": context.vector_param_for(conn, vector)}
                for product_id, vector in embeddings.items()
            ],
        )


def _finish_if_done(
    conn: psycopg.Connection, document: transitions.LockedDocument, counts: progress.StageCounts
) -> None:
    if counts.done:
        transitions.finish_document(conn, document.id)
    else:
        progress.publish(conn, document.id, stage=STAGE)


def on_failed(conn: psycopg.Connection, job: Job, error: str) -> None:
    """The first job out of retries fails the document; an embedding job is listed as a failed
    item (its products stay, without embeddings) and the document still finishes."""
    if not is_embedding_job(job):
        transitions.single_job_failed(
            conn,
            job,
            stage=STAGE,
            what="Product creation",
            error=error,
            advice="retry the document.",
        )
        return
    document = transitions.lock_document(conn, job.document_id)
    if document is None or not document.active:
        return
    counts = progress.count_outcome(conn, document.id, STAGE, failed=1)
    transitions.record_error(conn, document.id, job, error)
    _finish_if_done(conn, document, counts)
