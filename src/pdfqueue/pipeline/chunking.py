"""Stage 3, chunking: the document's structure into chunks, then one analysis row per chunk ×
type.

Runs once per document, enqueued by the image stage's fan-in, so every OCR result is in. `run`
(this process's read connection) completes the document's layout (scanned pages from their
OCR, their photos cut out of their renders and stored as images, running headers and footers
across all pages: pipeline/blocks.py), renders its Markdown to a blob, and chunks it along its
structure (a chunk keeps its heading path, pages and boxes; a table stays whole or is split by
rows), plus the OCR text of embedded images; the chunks and the pages whose layout changed go
to JSON-lines blobs. `on_complete` stores those pages' blocks and their figures' image rows,
loads the chunks into document_chunks and fans out the analysis rows. A document read before
layouts were kept is chunked from its page and OCR texts, as it was then.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from pdfqueue.pipeline import blocks, context, stages
from pdfqueue.queue.registry import Job
from pdfqueue.storage import BlobStore, document_prefix

STAGE = "chunking"
# Enqueued (so claimed) in this order: classification reads each chunk's stored embedding, and
# metadata needs none, so while the last embeddings run another worker has metadata to do
# rather than classifying chunks whose vectors are not stored yet (it would embed them again).
ANALYSIS_TYPES = ("embedding", "metadata", "classification")


def chunks_key(document_id: Any) -> str:
    return f"{document_prefix(document_id)}/chunks.jsonl"


def layout_key(document_id: Any) -> str:
    return f"{document_prefix(document_id)}/layout-completed.jsonl"


def warm_up() -> None:
    import pdfqueue.engines.chunking  # noqa: F401  (the splitter)


def run(jobs: Sequence[Job]) -> list[dict[str, Any]]:
    return [chunk_document(job) for job in jobs]


def chunk_document(job: Job) -> dict[str, Any]:
    conn = context.read_connection()
    document = blocks.load(conn, job.document_id)
    if document is None:
        return _chunk_texts(job)
    return _chunk_layout(job, document)


def _chunk_layout(job: Job, document: Any) -> dict[str, Any]:
    from pdfqueue.engines.chunking import SourceText, chunk_layout, chunk_texts
    from pdfqueue.engines.markdown import to_markdown

    settings = context.settings()
    conn, store = context.read_connection(), context.store()
    params = {"document_id": job.document_id}
    crops: list[dict[str, Any]] = []
    changed = blocks.complete(conn, store, job.document_id, document, crops)
    layout = _write_lines(store, layout_key(job.document_id), (p.to_dict() for p in changed))
    images = [*conn.execute(stages.sql("image_boxes"), params)]
    images += [(c["id"], c["page_number"], c["bbox"]) for c in crops]
    figures = blocks.figure_images(document, images)
    markdown = to_markdown(
        document,
        lambda page, index: (
            f"/api/documents/{job.document_id}/images/{figures[(page, index)]}"
            if (page, index) in figures
            else None
        ),
    )
    store.put_bytes(blocks.markdown_key(job.document_id), markdown.encode())
    size, overlap = settings.chunk_size, settings.chunk_overlap
    lines = [
        {
            "content": c.content,
            "page_numbers": c.page_numbers,
            "image_ids": [],
            "char_count": c.char_count,
            "heading_path": c.heading_path,
            "boxes": [[page, [round(v, 1) for v in box]] for page, box in c.boxes],
            "kind": c.kind,
        }
        for c in chunk_layout(document, size=size, overlap=overlap)
    ]
    # Text in embedded pictures (a label, a diagram) is not in the page's blocks: chunked apart.
    pictures = [
        SourceText(text, page, str(image_id))
        for page, _index, text, image_id in conn.execute(stages.sql("embedded_ocr_sources"), params)
    ]
    lines += [
        {
            "content": c.content,
            "page_numbers": c.page_numbers,
            "image_ids": c.image_ids,
            "char_count": c.char_count,
            "heading_path": [],
            "boxes": None,
            "kind": "image_text",
        }
        for c in chunk_texts(
            sorted(pictures, key=lambda s: s.page_number), size=size, overlap=overlap
        )
    ]
    for index, line in enumerate(lines):
        line["index"] = index
    stored = _write_lines(store, chunks_key(job.document_id), lines)
    return {
        "chunks": len(lines),
        "layout_chunks": len(lines) - sum(1 for c in lines if c["kind"] == "image_text"),
        "pages": len(document.pages),
        "pages_laid_out_again": len(changed),
        "blocks": sum(len(p.blocks) for p in document.pages),
        "ocr_sources": len(pictures),
        "chars": sum(c["char_count"] for c in lines),
        "chunk_size": size,
        "chunk_overlap": overlap,
        "artifact": stored,
        "layout": layout,
        "markdown": blocks.markdown_key(job.document_id),
        # the scanned pages laid out now, and the figures cut out of their renders
        "scanned_pages": [p.page_number for p in changed if p.source == "ocr"],
        "crops": crops,
    }


def _write_lines(store: BlobStore, key: str, lines: Any) -> str:
    writer = store.open_writer(key)
    try:
        for line in lines:
            writer.write(json.dumps(line).encode() + b"\n")
        return writer.commit().key
    except BaseException:
        writer.abort()
        raise


def _chunk_texts(job: Job) -> dict[str, Any]:
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


def _read_chunks(store: BlobStore, key: str) -> Iterator[dict[str, Any]]:
    for line in store.iter_lines(key):
        yield json.loads(line)


def on_complete(conn: psycopg.Connection, job: Job, result: dict[str, Any]) -> None:
    document = stages.lock_document(conn, job.document_id)
    if document is None or not document.active:
        return
    conn.execute(stages.sql("clear_chunks"), {"document_id": document.id})
    store, artifact = context.store(), result["artifact"]
    if result.get("layout"):
        blocks.store_pages(conn, document.id, _read_chunks(store, result["layout"]))
        _store_crops(conn, document.id, result)
        with conn.cursor() as cur:
            cur.executemany(
                stages.sql("insert_layout_chunk"),
                (
                    {
                        **c,
                        "document_id": document.id,
                        "boxes": Jsonb(c["boxes"]) if c["boxes"] is not None else None,
                    }
                    for c in _read_chunks(store, artifact)
                ),
            )
    else:
        _insert_text_chunks(conn, document.id, store, artifact)
    chunk_ids = [r[0] for r in conn.execute(stages.sql("chunk_ids"), {"document_id": document.id})]
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
    stages.enqueue(conn, "ai_analysis_queue", rows, priority=document.priority)
    stages.enter_fan_out(conn, document, "ai_analysis", len(rows))
    stages.publish(conn, document.id, stage="ai_analysis" if rows else "product_creation")


def _store_crops(conn: psycopg.Connection, document_id: Any, result: dict[str, Any]) -> None:
    """The figures cut out of the scanned pages laid out in this run replace earlier runs'."""
    if not result.get("scanned_pages"):
        return
    conn.execute(
        stages.sql("clear_figure_crops"),
        {"document_id": document_id, "pages": result["scanned_pages"]},
    )
    with conn.cursor() as cur:
        cur.executemany(
            stages.sql("insert_figure_crop"),
            [
                {**crop, "document_id": document_id, "bbox": Jsonb(crop["bbox"])}
                for crop in result.get("crops") or []
            ],
        )


def _insert_text_chunks(
    conn: psycopg.Connection, document_id: Any, store: BlobStore, artifact: str
) -> None:
    with conn.cursor() as cur:
        cur.executemany(
            stages.sql("insert_chunk"),
            (
                (
                    document_id,
                    c["index"],
                    c["content"],
                    c["page_numbers"],
                    c["image_ids"],
                    c["char_count"],
                )
                for c in _read_chunks(store, artifact)
            ),
        )


def on_failed(conn: psycopg.Connection, job: Job, error: str) -> None:
    stages.single_job_failed(
        conn, job, stage=STAGE, what="Chunking", error=error, advice="retry the document."
    )
