"""Stage 5, product creation: products from the document's structure, then the document ends.

Its first job (part 0, enqueued by the analysis fan-in) reads the completed layout and the
images' boxes (read connection) and builds the products from structure (engines/catalog/: a
table row with a name and a code or price, a captioned photo, a data sheet, priced entries;
each with its page, box, source blocks and a confidence, and the images drawn next to it). A
page that does not present products yields none, so a novel or a report yields none. A
document read before layouts were kept falls back to the analysed chunks. Its `on_complete`
replaces the document's products and enqueues their embeddings as more jobs of the same stage
(parts 1..n, EMBED_PRODUCTS_PER_JOB products each), so the workers share them: embedding is
most of this stage's work, and as one job it was the serial tail of every document. The part
that completes the stage finishes the document: `completed`, or `completed_with_errors` when
any item of any stage failed (a product whose embedding kept failing is listed), at exactly
100 %.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from pdfqueue.pipeline import blocks, context, memory, stages, vectors
from pdfqueue.queue import jobs
from pdfqueue.queue.registry import Job

STAGE = "product_creation"
PRODUCT_EMBED_DESCRIPTION_CHARS = 300  # of a product's description, embedded with its name
EMBED_PRODUCTS_PER_JOB = 16  # products per embedding job (~0.2 s of one worker's time)


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
    import pdfqueue.engines.catalog  # noqa: F401
    from pdfqueue.pipeline.analysis import embedder

    embedder()


def run(jobs: Sequence[Job]) -> list[dict[str, Any]]:
    try:
        return [embed(job) if is_embedding_job(job) else build(job) for job in jobs]
    finally:
        memory.release_memory()


def embed(job: Job) -> dict[str, Any]:
    """Embed the job's products; returns {product id: vector}."""
    from pdfqueue.pipeline.analysis import embedder

    rows = context.read_connection().execute(
        stages.sql("products_to_embed"),
        {"document_id": job.document_id, "ids": job.payload["products"]},
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
    conn = context.read_connection()
    document = blocks.load(conn, job.document_id)
    if document is None:
        return _build_from_chunks(job)
    return _build_from_layout(job, document)


def _build_from_layout(job: Job, document: Any) -> dict[str, Any]:
    from pdfqueue.engines.catalog import images_next_to, products_from_layout, to_drafts

    conn = context.read_connection()
    params = {"document_id": job.document_id}
    images: dict[int, list[tuple[str, Any]]] = {}
    for image_id, page_number, bbox in conn.execute(stages.sql("image_boxes"), params):
        images.setdefault(page_number, []).append((str(image_id), blocks.box(bbox)))
    chunks_by_page: dict[int, list[str]] = {}
    for chunk_id, pages in conn.execute(stages.sql("chunk_pages"), params):
        for number in pages:
            chunks_by_page.setdefault(number, []).append(str(chunk_id))
    found = products_from_layout(document)
    drafts = [
        asdict(d) for d in to_drafts(found, lambda p: images_next_to(p, images.get(p.page, [])))
    ]
    for product, draft in zip(found, drafts, strict=True):
        draft["chunk_ids"] = chunks_by_page.get(product.page, [])
        draft.pop("embedding", None)
    return {
        "products": drafts,
        "count": len(drafts),
        "pages": len(document.pages),
        "reason": None
        if drafts
        else "no page presents products (tables, captioned photos, data sheets or priced entries)",
    }


def _build_from_chunks(job: Job) -> dict[str, Any]:
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
            embedding=_array(vectors.parse_vector(r[7])),
        )
        for r in conn.execute(stages.sql("analysed_chunks"), params)
    ]
    images = {
        page: [str(i) for i in ids]
        for page, ids in conn.execute(stages.sql("images_by_page"), params)
    }
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


def on_complete(conn: psycopg.Connection, job: Job, result: dict[str, Any]) -> None:
    document = stages.lock_document(conn, job.document_id)
    if document is None or not document.active:
        return
    if is_embedding_job(job):
        _store_embeddings(conn, result["embeddings"])
        counts = stages.count_outcome(conn, document.id, STAGE, completed=1)
        _finish_if_done(conn, document, counts)
        return
    conn.execute(stages.sql("clear_products"), {"document_id": document.id})
    # An earlier run's embedding jobs (parts 1..n) name products that are gone.
    earlier = jobs.find(conn, "stage_queue", document.id, tasks=[STAGE])
    jobs.delete_rows(conn, "stage_queue", [r["id"] for r in earlier if r["part"] > 0])
    ids = _insert(conn, document.id, result["products"])
    parts = [
        ids[start : start + EMBED_PRODUCTS_PER_JOB]
        for start in range(0, len(ids), EMBED_PRODUCTS_PER_JOB)
    ]
    stages.enqueue(
        conn,
        "stage_queue",
        [
            {"document_id": document.id, "stage": STAGE, "part": n, "payload": {"products": part}}
            for n, part in enumerate(parts, start=1)
        ],
        priority=document.priority,
    )
    stages.open_stage(conn, document.id, STAGE, 1 + len(parts))
    counts = stages.count_outcome(
        conn, document.id, STAGE, completed=1, started_at=job.row.get("started_at")
    )
    _finish_if_done(conn, document, counts)


def _insert(conn: psycopg.Connection, document_id: Any, drafts: list[dict[str, Any]]) -> list[str]:
    """Insert the drafts (one pipelined statement each); their ids, in order."""
    with conn.cursor() as cur:
        cur.executemany(
            stages.sql("insert_product"),
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
    sql = stages.sql("set_product_embedding").replace(
        "{vector}", vectors.vector_sql(conn).replace("%s", "%(vec)s")
    )
    with conn.cursor() as cur:
        cur.executemany(
            sql,
            [
                {"id": product_id, "vec": vectors.vector_param_for(conn, vector)}
                for product_id, vector in embeddings.items()
            ],
        )


def _finish_if_done(
    conn: psycopg.Connection, document: stages.LockedDocument, counts: stages.StageCounts
) -> None:
    if counts.done:
        stages.finish_document(conn, document.id)
    else:
        stages.publish(conn, document.id, stage=STAGE)


def on_failed(conn: psycopg.Connection, job: Job, error: str) -> None:
    """The first job out of retries fails the document; an embedding job is listed as a failed
    item (its products stay, without embeddings) and the document still finishes."""
    if not is_embedding_job(job):
        stages.single_job_failed(
            conn,
            job,
            stage=STAGE,
            what="Product creation",
            error=error,
            advice="retry the document.",
        )
        return
    document = stages.lock_document(conn, job.document_id)
    if document is None or not document.active:
        return
    counts = stages.count_outcome(conn, document.id, STAGE, failed=1)
    stages.record_error(conn, document.id, job, error)
    _finish_if_done(conn, document, counts)
