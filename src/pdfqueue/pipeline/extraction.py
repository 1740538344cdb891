"""Stage 1, extraction: page text and embedded images of the stored PDF.

A PDF is read by one job per range of pages (`page_ranges`; submit enqueues them together), so
the workers share a long document. `run` walks its pages one at a time (memory does not grow
with page count): images go to the blob store (identical images once), page texts and image
descriptions go to a JSON-lines manifest blob per part. `on_complete`, in the outcome
transaction, loads the part's manifest into document_pages and document_images and enqueues
one OCR job per distinct image of its pages that no earlier part has enqueued, so OCR starts
while the other parts are still being read. The part that completes the stage (the fan-in,
under the document lock) gives the OCR stage its total; OCR outcomes counted before that do
not end the stage. An unreadable PDF is not retried: the job completes with {"failed": reason}
and the document ends `failed` with that reason.
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

from pdfqueue import progress
from pdfqueue.pipeline import context, transitions
from pdfqueue.queue import enqueue
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


def run(jobs: Sequence[Job]) -> list[dict[str, Any]]:
    try:
        return [extract(job) for job in jobs]
    finally:
        context.release_memory()


def extract(job: Job) -> dict[str, Any]:
    """Read the PDF into blobs; returns a small summary (or {"failed": reason})."""
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
    try:
        info = inspect_pdf(path)
        if info.page_count > settings.max_pages:
            return {
                "failed": f"The PDF has {info.page_count} pages, more than the {settings.max_pages}"
                " accepted; split it into smaller files and upload them separately.",
                "page_count": info.page_count,
            }
        pages = job.payload.get("pages")
        summary = _write_manifest(
            store,
            job,
            iter_pages(path, render_dpi=settings.render_dpi, pages=tuple(pages) if pages else None),
            info.page_count,
        )
        summary["pages"] = pages
    except PdfError as exc:
        return {"failed": exc.reason, "error_type": type(exc).__name__}
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


def _write_manifest(store: BlobStore, job: Job, pages: Iterator[Any], page_count: int) -> dict:
    written: set[str] = set()
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
            line = {
                "page_number": page.page_number,
                "text": page.text,
                "has_text_layer": page.has_text_layer,
                "images": described,
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

# clear_images, clear_pages: a re-run (retry after a crash) replaces what an earlier run of the
# same part stored (first/last NULL: the whole document).
_CLEAR_IMAGES = """
DELETE FROM document_images
WHERE document_id = %(document_id)s
  AND page_number BETWEEN coalesce(%(first)s, 1) AND coalesce(%(last)s, 2147483647)
"""
_CLEAR_PAGES = """
DELETE FROM document_pages
WHERE document_id = %(document_id)s
  AND page_number BETWEEN coalesce(%(first)s, 1) AND coalesce(%(last)s, 2147483647)
"""

# start_document: the document is being processed; its page count and PDF metadata are known.
_START_DOCUMENT = """
UPDATE processed_documents
SET status = 'processing', page_count = %(page_count)s,
    metadata = metadata || jsonb_build_object('pdf', %(pdf)s::jsonb),
    started_at = coalesce(started_at, %(started_at)s, now()), updated_at = now()
WHERE id = %(document_id)s
"""

# insert_page: one page's text (executemany: COPY is refused under row-level security).
_INSERT_PAGE = """
INSERT INTO document_pages (document_id, page_number, text, has_text_layer, char_count)
VALUES (%s, %s, %s, %s, %s)
"""

# insert_image: one image placement, with the engine's verdict on whether it needs OCR.
_INSERT_IMAGE = """
INSERT INTO document_images (document_id, page_number, image_index, source, storage_path,
                             mime_type, width, height, bbox, content_sha256, needs_ocr)
VALUES (%(document_id)s, %(page_number)s, %(image_index)s, %(source)s, %(storage_path)s,
        %(mime_type)s, %(width)s, %(height)s, %(bbox)s, %(sha256)s, %(needs_ocr)s)
"""

# images_to_ocr: one OCR item per distinct image of a part's pages that needs it and that no
# OCR item of the document reads yet (its first placement stands for all of them), largest
# first. The queue claims in this order, and OCR time grows with pixels: workers start on the
# long items and end on short ones, so none is left reading one big scan while the others
# wait for the stage to end.
_IMAGES_TO_OCR = """
SELECT id, content_sha256, storage_path, page_number
FROM (SELECT DISTINCT ON (content_sha256) id, content_sha256, storage_path, page_number,
             image_index, coalesce(width, 0)::bigint * coalesce(height, 0) AS pixels
      FROM document_images i
      WHERE document_id = %(document_id)s AND needs_ocr
        AND page_number BETWEEN coalesce(%(first)s, 1) AND coalesce(%(last)s, 2147483647)
        AND NOT EXISTS (SELECT FROM image_processing_queue q
                        WHERE q.document_id = i.document_id
                          AND q.payload->>'sha256' = i.content_sha256)
      ORDER BY content_sha256, page_number, image_index) first_placements
ORDER BY pixels DESC, page_number, image_index
"""

# copy_known_ocr: a part's placements of an image that another part's OCR item already read.
_COPY_KNOWN_OCR = """
UPDATE document_images d
SET ocr_text = k.ocr_text, ocr_confidence = k.ocr_confidence, ocr_result = k.ocr_result
FROM (SELECT DISTINCT ON (content_sha256) content_sha256, ocr_text, ocr_confidence, ocr_result
      FROM document_images
      WHERE document_id = %(document_id)s AND ocr_result IS NOT NULL
      ORDER BY content_sha256) k
WHERE d.document_id = %(document_id)s AND d.content_sha256 = k.content_sha256
  AND d.ocr_result IS NULL
  AND d.page_number BETWEEN coalesce(%(first)s, 1) AND coalesce(%(last)s, 2147483647)
"""

# ocr_items: how many OCR items the document's parts enqueued (the OCR stage's total).
_OCR_ITEMS = "SELECT count(*) FROM image_processing_queue WHERE document_id = %(document_id)s"


def on_complete(conn: psycopg.Connection, job: Job, result: dict[str, Any]) -> None:
    document = transitions.lock_document(conn, job.document_id)
    if document is None or not document.active:
        return
    started_at = job.row.get("started_at")
    if "failed" in result:
        progress.count_outcome(conn, document.id, STAGE, failed=1, started_at=started_at)
        transitions.fail_document(conn, document.id, stage=STAGE, reason=result["failed"])
        return
    first, last = result.get("pages") or (None, None)
    span = {"document_id": document.id, "first": first, "last": last}
    conn.execute(_CLEAR_IMAGES, span)
    conn.execute(_CLEAR_PAGES, span)
    conn.execute(
        _START_DOCUMENT,
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
            _INSERT_PAGE,
            (
                (document.id, p["page_number"], p["text"], p["has_text_layer"], len(p["text"]))
                for p in _read_manifest(store, manifest)
            ),
        )
        cur.executemany(
            _INSERT_IMAGE,
            (
                {**image, "document_id": document.id, "bbox": json.dumps(image["bbox"])}
                for page in _read_manifest(store, manifest)
                for image in page["images"]
            ),
        )
    conn.execute(_COPY_KNOWN_OCR, span)
    # Ahead of the document's OCR backlog: the last parts' images, read first, no longer end
    # the stage alone on one worker (largest first within the part, by _IMAGES_TO_OCR).
    rows = _ocr_rows(conn, span)
    enqueue(conn, "image_processing_queue", rows, priority=document.priority, ahead=True)
    counts = progress.count_outcome(conn, document.id, STAGE, completed=1, started_at=started_at)
    if not counts.done:  # other parts of the PDF are still being read
        progress.publish(conn, document.id, status="processing", stage=STAGE)
        return
    total = conn.execute(_OCR_ITEMS, span).fetchone()[0]
    stage = transitions.close_fan_out(conn, document, "image_processing", total)
    progress.publish(conn, document.id, status="processing", stage=stage)


def _read_manifest(store: BlobStore, key: str) -> Iterator[dict[str, Any]]:
    """The manifest's pages one at a time (a long PDF's manifest is never held whole)."""
    for line in store.iter_lines(key):
        yield json.loads(line)


def _ocr_rows(conn: psycopg.Connection, span: dict[str, Any]) -> list[dict[str, Any]]:
    """One OCR queue row per distinct image of a part's pages that no OCR row reads yet."""
    return [
        {
            "document_id": span["document_id"],
            "image_id": image_id,
            "payload": {"sha256": sha256, "storage_path": storage_path, "page_number": page},
        }
        for image_id, sha256, storage_path, page in conn.execute(_IMAGES_TO_OCR, span)
    ]


def on_failed(conn: psycopg.Connection, job: Job, error: str) -> None:
    """Retries exhausted (a crash, not an unreadable PDF): the document cannot go on."""
    transitions.single_job_failed(
        conn,
        job,
        stage=STAGE,
        what="Extraction",
        error=error,
        advice="retry the document, or re-upload the file if it persists.",
    )
