"""Stage 2, image processing: OCR of each unique image (queue `image_processing_queue`).

One Tesseract per worker process (engines.ocr.get_engine caches it). The extraction stage
enqueued one row per distinct image hash, so identical images are read once; the result goes
to the queue row and to every document_images row with that hash.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from pdfqueue.pipeline import context, memory, stages
from pdfqueue.queue.registry import Job

# Word boxes stored per image (text is always kept whole): chunking lays a scanned page out
# from them (pipeline/blocks.py), so a dense page's words must all fit (~60 bytes a word).
MAX_WORDS_KEPT = 6000


def warm_up() -> None:
    from pdfqueue.engines.ocr import get_engine

    settings = context.settings()
    get_engine(settings.ocr_languages, settings.tessdata_dir, settings.ocr_word_languages)


def run(jobs: Sequence[Job]) -> list[dict[str, Any] | BaseException]:
    results: list[dict[str, Any] | BaseException] = []
    for job in jobs:
        try:
            results.append(recognize(job))
        except Exception as exc:  # one bad image must not fail its batch-mates
            results.append(exc)
    memory.release_memory()
    return results


def recognize(job: Job) -> dict[str, Any]:
    from pdfqueue.engines.ocr import get_engine

    settings = context.settings()
    engine = get_engine(settings.ocr_languages, settings.tessdata_dir, settings.ocr_word_languages)
    image = context.store().read_bytes(job.payload["storage_path"])
    result = engine.recognize(image)
    found = asdict(result)
    found["words"] = found["words"][:MAX_WORDS_KEPT]
    found["word_count"] = len(result.words)
    found["sha256"] = job.payload.get("sha256")
    if not result.text and not result.skipped_reason:
        found["skipped_reason"] = "no text recognized in the image"
    return found


def on_complete(conn: psycopg.Connection, done: Sequence[tuple[Job, dict[str, Any]]]) -> None:
    """A batch of OCR results: each image's text to its rows, one count per document."""
    stages.store_items(
        conn,
        done,
        stages.sql("store_ocr"),
        lambda job, result: {
            "document_id": job.document_id,
            "sha256": job.payload["sha256"],
            "text": result.get("text") or "",
            "confidence": result.get("mean_confidence"),
            "result": Jsonb(result),  # with its words: a scanned page's layout is made of them
        },
    )


def on_failed(conn: psycopg.Connection, job: Job, error: str) -> None:
    stages.record_failed_item(conn, job, error)
