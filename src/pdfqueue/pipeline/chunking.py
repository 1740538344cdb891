"""Stage 3, chunking: page text and OCR text into chunks, then one analysis row per chunk × type.

Runs once per document, enqueued by the image stage's fan-in. `run` reads the page texts and
OCR texts (this process's read connection), chunks them and writes the chunks to a JSON-lines
blob; `on_complete` loads them into document_chunks and fans out the analysis rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

import psycopg

from pdfqueue.pipeline import context, stages
from pdfqueue.queue import enqueue
from pdfqueue.queue.registry import Job
from pdfqueue.storage import BlobStore, document_prefix

STAGE = "chunking"
# Enqueued (so claimed) in this order: classification reads each chunk's stored embedding, and
# metadata needs none, so while the last embeddings run another worker has metadata to do
# rather than classifying chunks whose vectors are not stored yet (it would embed them again).
ANALYSIS_TYPES = ("embedding", "metadata", "classification")


def chunks_key(document_id: Any) -> str:
    return f"{document_prefix(document_id)}/chunks.jsonl"


def warm_up() -> None:
    import pdfqueue.engines.chunking  # noqa: F401  (the splitter)


def run(jobs: Sequence[Job]) -> list[dict[str, Any]]:
    return [chunk_document(job) for job in jobs]


def chunk_document(job: Job) -> dict[str, Any]:
    from pdfqueue.engines.chunking import SourceText, chunk_texts

    settings = context.settings()
    conn = context.read_connection()
    sources = [
        SourceText(text or "", page, str(image_id) if image_id else None)
        for page, _kind, _index, text, image_id in conn.execute(
            stages.sql("chunk_sources"), {"document_id": job.document_id}
        )
    ]
    chunks = chunk_texts(sources, size=settings.chunk_size, overlap=settings.chunk_overlap)
    writer = context.store().open_writer(chunks_key(job.document_id))
    try:
        for chunk in chunks:
            line = {
                "index": chunk.index,
                "content": chunk.content,
                "page_numbers": chunk.page_numbers,
                "image_ids": chunk.image_ids,
                "char_count": chunk.char_count,
            }
            writer.write(json.dumps(line).encode() + b"\n")
        stored = writer.commit()
    except BaseException:
        writer.abort()
        raise
    return {
        "chunks": len(chunks),
        "sources": len(sources),
        "ocr_sources": sum(1 for s in sources if s.image_id),
        "chars": sum(c.char_count for c in chunks),
        "chunk_size": settings.chunk_size,
        "chunk_overlap": settings.chunk_overlap,
        "artifact": stored.key,
    }


# chunk_ids: the new chunks' ids in order, for the analysis rows.
_CHUNK_IDS = (
    "SELECT id FROM document_chunks WHERE document_id = %(document_id)s ORDER BY chunk_index"
)


def _read_chunks(store: BlobStore, key: str) -> Iterator[dict[str, Any]]:
    for line in store.iter_lines(key):
        yield json.loads(line)


def on_complete(conn: psycopg.Connection, job: Job, result: dict[str, Any]) -> None:
    document = stages.lock_document(conn, job.document_id)
    if document is None or not document.active:
        return
    conn.execute(stages.sql("clear_chunks"), {"document_id": document.id})
    store, artifact = context.store(), result["artifact"]
    with conn.cursor() as cur:
        cur.executemany(
            stages.sql("insert_chunk"),
            (
                (
                    document.id,
                    c["index"],
                    c["content"],
                    c["page_numbers"],
                    c["image_ids"],
                    c["char_count"],
                )
                for c in _read_chunks(store, artifact)
            ),
        )
    chunk_ids = [r[0] for r in conn.execute(_CHUNK_IDS, {"document_id": document.id})]
    # Grouped by type, embeddings first: a claim then holds one type (full model batches), and
    # classification (last) mostly finds the chunk's embedding already stored.
    rows = [
        {"document_id": document.id, "chunk_id": chunk_id, "analysis_type": kind}
        for kind in ANALYSIS_TYPES
        for chunk_id in chunk_ids
    ]
    stages.count_outcome(
        conn, document.id, STAGE, completed=1, started_at=job.row.get("started_at")
    )
    enqueue(conn, "ai_analysis_queue", rows, priority=document.priority)
    stages.enter_fan_out(conn, document, "ai_analysis", len(rows))
    stages.publish(conn, document.id, stage="ai_analysis" if rows else "product_creation")


def on_failed(conn: psycopg.Connection, job: Job, error: str) -> None:
    stages.single_job_failed(
        conn, job, stage=STAGE, what="Chunking", error=error, advice="retry the document."
    )
