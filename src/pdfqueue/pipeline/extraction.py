"""Stage 1, extraction: page text and embedded images of the stored PDF.

A PDF is read by one job per range of pages (`page_ranges`; submit enqueues them together), so
the workers share a long document. `run` walks its pages one at a time (memory does not grow
with page count): images go to the blob store (identical images once), page texts, page
layouts (blocks in reading order, see pipeline/blocks.py) and image descriptions go to a
JSON-lines manifest blob per part. `on_complete`, in the outcome transaction, loads the part's
manifest into document_pages, document_blocks and document_images and enqueues
one OCR job per distinct image of its pages that no earlier part has enqueued, so OCR starts
while the other parts are still being read. The part that completes the stage (the fan-in,
under the document lock) gives the OCR stage its total; OCR outcomes counted before that do
not end the stage. An unreadable PDF is not retried: the job raises PermanentFailure(reason),
its row is `failed` at once (counted, listed and retryable like any failed row) and the
document ends `failed` with that reason.
"""

from __future__ import annotations

import contextlib
import json
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import psycopg

from pdfqueue.pipeline import blocks, context, memory, passwords, stages
from pdfqueue.queue import jobs
from pdfqueue.queue.errors import PermanentFailure
from pdfqueue.queue.registry import Job
from pdfqueue.storage import BlobStore, document_prefix, image_key, source_key

STAGE = "extraction"
BLOB_WRITE_THREADS = 4  # image blob writes in flight while pages are read
MAX_PENDING_WRITES = 32  # images held in memory waiting for a write, at most


def page_ranges(page_count: int | None, pages_per_job: int) -> list[list[int] | None]:
    """The extraction jobs of a PDF: [first, last] pages (1-based, inclusive) for each, or one
    job for the whole file (None) when the page count is unknown or fits in one job."""
    if page_count is None or page_count <= pages_per_job:
        return [None]
    return [
        [first, min(first + pages_per_job - 1, page_count)]
        for first in range(1, page_count + 1, pages_per_job)
    ]


def manifest_key(document_id: Any, part: int = 0) -> str:
    return f"{document_prefix(document_id)}/extraction-{part}.jsonl"


def warm_up() -> None:
    import pdfqueue.engines.pdf  # noqa: F401  (pdfium)


def run(batch: Sequence[Job]) -> list[dict[str, Any] | BaseException]:
    results: list[dict[str, Any] | BaseException] = []
    try:
        for job in batch:
            try:
                results.append(extract(job))
            except PermanentFailure as exc:  # this job's alone: the others of a batch go on
                results.append(exc)
        return results
    finally:
        memory.release_memory()


def extract(job: Job) -> dict[str, Any]:
    """Read the PDF into blobs; returns a small summary. Raises PermanentFailure when the PDF
    cannot be read (encrypted, damaged, empty, too long): reading it again would not help."""
    store = context.store()
    key = job.payload.get("storage_key") or source_key(job.document_id)
    if not store.exists(key):
        raise FileNotFoundError(f"the stored PDF {key} is missing from {store.url}")
    # pdfium wants a file: a checked local copy for a remote store, removed when done.
    with store.local_copy(key) as path:
        return _extract_file(job, store, path)


def _extract_file(job: Job, store: BlobStore, path: Path) -> dict[str, Any]:
    from pdfqueue.engines.pdf import PdfError, inspect_pdf, iter_pages

    settings = context.settings()
    password = passwords.load(context.read_connection(), job.document_id)
    try:
        info = inspect_pdf(path, password=password)
        if info.page_count > settings.max_pages:
            raise PermanentFailure(
                f"The PDF has {info.page_count} pages, more than the limit of "
                f"{settings.max_pages} (PDFQUEUE_MAX_PAGES); split it into smaller documents "
                "and upload them separately."
            )
        pages = job.payload.get("pages")
        span = tuple(pages) if pages else None
        layouts = blocks.iter_layouts(path, password=password, pages=span)
        try:
            summary = _write_manifest(
                store,
                job,
                iter_pages(path, render_dpi=settings.render_dpi, password=password, pages=span),
                info.page_count,
                layouts,
            )
        finally:
            layouts.close()  # its pdfium document, now rather than at garbage collection
        summary["pages"] = pages
    except PdfError as exc:
        raise PermanentFailure(exc.reason) from exc
    summary["pdf"] = {
        "version": info.pdf_version,
        "encrypted": info.encrypted,
        "metadata": info.metadata,  # Title, Author, ... as the file states them
    }
    return summary


class _BlobWriters:
    """Image blobs written on a few threads while pdfium reads the next pages.

    Each blob write ends with an fsync (~7 ms here), which releases the GIL: overlapping them
    with page reading takes them off extraction's path (a 300-image catalog spent 1.6 s in
    them). At most MAX_PENDING_WRITES images wait in memory.
    """

    def __init__(self, store: BlobStore) -> None:
        self.store = store
        self.pool = ThreadPoolExecutor(BLOB_WRITE_THREADS, thread_name_prefix="blob-write")
        self.pending: deque[Future[Any]] = deque()

    def put(self, key: str, data: bytes) -> None:
        while len(self.pending) >= MAX_PENDING_WRITES:
            self.pending.popleft().result()
        self.pending.append(self.pool.submit(self._put, key, data))

    def _put(self, key: str, data: bytes) -> None:
        if not self.store.exists(key):
            self.store.put_bytes(key, data)

    def finish(self) -> None:
        """Wait for every write (raising the first error), then stop the threads."""
        try:
            while self.pending:
                self.pending.popleft().result()
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)


def _write_manifest(
    store: BlobStore,
    job: Job,
    pages: Iterator[Any],
    page_count: int,
    layouts: Iterator[Any],
) -> dict:
    written: set[str] = set()
    layout = None
    images = ocr_images = text_chars = pages_with_text = 0
    writer = store.open_writer(manifest_key(job.document_id, job.row.get("part") or 0))
    blobs = _BlobWriters(store)
    try:
        for page in pages:
            described = []
            for image in page.images:
                key = image_key(job.document_id, image.sha256, image.extension)
                if image.sha256 not in written:
                    blobs.put(key, image.data)
                    written.add(image.sha256)
                described.append(
                    {
                        "page_number": image.page_number,
                        "image_index": image.image_index,
                        "storage_path": key,
                        "mime_type": image.mime_type,
                        "width": image.width,
                        "height": image.height,
                        "bbox": list(image.bbox) if image.bbox else None,
                        "sha256": image.sha256,
                        "source": image.source,
                        "needs_ocr": image.needs_ocr,
                    }
                )
                images += 1
                ocr_images += image.needs_ocr
            text_chars += len(page.text)
            pages_with_text += page.has_text_layer
            while layout is None or layout.page_number < page.page_number:
                layout = next(layouts, None)
                if layout is None:
                    break
            line = {
                "page_number": page.page_number,
                "text": page.text,
                "has_text_layer": page.has_text_layer,
                "images": described,
                "layout": layout.to_dict()
                if layout is not None and layout.page_number == page.page_number
                else None,
            }
            writer.write(json.dumps(line).encode() + b"\n")
        blobs.finish()  # every image is on disk before the manifest names it
        stored = writer.commit()
    except BaseException:
        with contextlib.suppress(Exception):  # the first error is the one to report
            blobs.finish()
        writer.abort()
        raise
    return {
        "page_count": page_count,
        "pages_with_text_layer": pages_with_text,
        "text_chars": text_chars,
        "images": images,
        "distinct_images": len(written),
        "images_needing_ocr": ocr_images,
        "manifest": stored.key,
    }


# --- outcome ---------------------------------------------------------------------------------


def on_complete(conn: psycopg.Connection, job: Job, result: dict[str, Any]) -> None:
    document = stages.lock_document(conn, job.document_id)
    if document is None or not document.active:
        return
    started_at = job.row.get("started_at")
    first, last = result.get("pages") or (None, None)
    span = {"document_id": document.id, "first": first, "last": last}
    conn.execute(stages.sql("clear_images"), span)
    conn.execute(stages.sql("clear_pages"), span)
    conn.execute(stages.sql("clear_blocks"), span)
    conn.execute(
        stages.sql("start_document"),
        {
            "document_id": document.id,
            "page_count": result["page_count"],
            "pdf": json.dumps(result.get("pdf") or {}),
            "started_at": started_at,
        },
    )
    store, manifest = context.store(), result["manifest"]
    with conn.cursor() as cur:
        cur.executemany(
            stages.sql("insert_page"),
            (
                (document.id, p["page_number"], p["text"], p["has_text_layer"], len(p["text"]))
                for p in _read_manifest(store, manifest)
            ),
        )
        cur.executemany(
            stages.sql("insert_image"),
            (
                {**image, "document_id": document.id, "bbox": json.dumps(image["bbox"])}
                for page in _read_manifest(store, manifest)
                for image in page["images"]
            ),
        )
    # Pages whose layout could not be made keep layout NULL: the document is then chunked and
    # its products built from page text, as before layouts were kept.
    blocks.store_pages(
        conn, document.id, (p["layout"] for p in _read_manifest(store, manifest) if p.get("layout"))
    )
    conn.execute(stages.sql("copy_known_ocr"), span)
    # Ahead of the document's OCR backlog: the last parts' images, read first, no longer end
    # the stage alone on one worker (largest first within the part, by stages.sql("images_to_ocr")).
    rows = _ocr_rows(conn, span)
    stages.enqueue(conn, "image_processing_queue", rows, priority=document.priority, ahead=True)
    counts = stages.count_outcome(conn, document.id, STAGE, completed=1, started_at=started_at)
    if not counts.done:  # other parts of the PDF are still being read
        stages.publish(conn, document.id, status="processing", stage=STAGE)
        return
    total = jobs.count(conn, "image_processing_queue", document.id)  # the OCR stage's total
    stage = stages.close_fan_out(conn, document, "image_processing", total)
    stages.publish(conn, document.id, status="processing", stage=stage)


def _read_manifest(store: BlobStore, key: str) -> Iterator[dict[str, Any]]:
    """The manifest's pages one at a time (a long PDF's manifest is never held whole)."""
    for line in store.iter_lines(key):
        yield json.loads(line)


def _ocr_rows(conn: psycopg.Connection, span: dict[str, Any]) -> list[dict[str, Any]]:
    """One OCR queue row per distinct image of a part's pages that no OCR row reads yet."""
    queued = jobs.payload_values(conn, "image_processing_queue", span["document_id"], "sha256")
    return [
        {
            "document_id": span["document_id"],
            "image_id": image_id,
            "payload": {"sha256": sha256, "storage_path": storage_path, "page_number": page},
        }
        for image_id, sha256, storage_path, page in conn.execute(stages.sql("images_to_ocr"), span)
        if sha256 not in queued
    ]


def on_failed(conn: psycopg.Connection, job: Job, error: str) -> None:
    """The part failed for good: an unreadable PDF (PermanentFailure: its reason is the
    document's), or retries exhausted by crashes. The document cannot go on."""
    stages.single_job_failed(
        conn,
        job,
        stage=STAGE,
        what="Extraction",
        error=error,
        advice="retry the document, or re-upload the file if it persists.",
    )
