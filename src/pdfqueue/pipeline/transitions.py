"""Stage transitions: counting item outcomes, fan-in exactly once, ending a document.

Every function here runs inside a queue outcome transaction (or the API's), and starts by
locking the document row: two workers finishing a stage's last two items at the same instant
take turns on that lock, so exactly one of them sees `completed + failed == total` and enqueues
the next stage. (The count itself is one `UPDATE … RETURNING` on the stage's job_progress row,
which serialises the same way; the document lock also orders outcomes against a concurrent
cancel or retry.) stage_queue's UNIQUE (document_id, stage, part) is the backstop (ON CONFLICT
DO NOTHING). Results that arrive for a document that has ended (cancelled, failed, deleted) are
discarded. The webhook of an ended document is queued by the database (migration 0030).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import psycopg

from pdfqueue import progress
from pdfqueue.queue import cancel_jobs
from pdfqueue.queue.registry import Job

log = logging.getLogger(__name__)

# The stage after each stage; fan-out stages (image_processing, ai_analysis) are entered by the
# stage job before them.
NEXT_STAGE_JOB: dict[str, str] = {
    "image_processing": "chunking",
    "ai_analysis": "product_creation",
}
STAGE_OF_QUEUE: dict[str, str] = {
    "image_processing_queue": "image_processing",
    "ai_analysis_queue": "ai_analysis",
}


@dataclass(frozen=True)
class LockedDocument:
    id: UUID
    owner_id: str
    status: str
    priority: int
    deleted: bool

    @property
    def active(self) -> bool:
        """Results for it still count: it has not ended and is not deleted."""
        return not self.deleted and self.status in ("queued", "processing")


# lock_document: serialise every outcome of one document (the fan-in lock).
_LOCK_DOCUMENT = """
SELECT id, owner_id, status, priority, deleted_at IS NOT NULL
FROM processed_documents WHERE id = %s FOR UPDATE
"""

# enqueue_stage_job: the next stage's single job (part 0); UNIQUE (document_id, stage, part)
# makes a second insert a no-op, so a transition can never run twice.
_ENQUEUE_STAGE_JOB = """
INSERT INTO stage_queue (document_id, stage, priority, payload)
VALUES (%(document_id)s, %(stage)s, %(priority)s, %(payload)s)
ON CONFLICT (document_id, stage, part) DO NOTHING
RETURNING id
"""

# wake_workers: the queue's wake-up channel (idle workers LISTEN on it).
_WAKE = "SELECT pg_notify('pdfqueue_jobs', %s)"

# record_item_error: a failed item joins the document's list of errors.
_RECORD_ERROR = """
UPDATE processed_documents
SET errors = errors || jsonb_build_array(%(error)s::jsonb), updated_at = now()
WHERE id = %(document_id)s
"""

# fail_document: the document cannot be processed; the reason is for people.
_FAIL_DOCUMENT = """
UPDATE processed_documents
SET status = 'failed', error_message = %(reason)s, completed_at = now(), updated_at = now(),
    errors = errors || jsonb_build_array(%(error)s::jsonb)
WHERE id = %(document_id)s
"""

# finish_document: the last stage is done; completed, or completed_with_errors when any item
# of any stage failed.
_FINISH_DOCUMENT = """
UPDATE processed_documents d
SET status = CASE WHEN (SELECT coalesce(sum(failed_items), 0) FROM job_progress p
                        WHERE p.document_id = d.id) > 0
                  THEN 'completed_with_errors' ELSE 'completed' END,
    completed_at = now(), updated_at = now(), error_message = NULL
WHERE id = %(document_id)s
RETURNING status
"""


def lock_document(conn: psycopg.Connection, document_id: UUID) -> LockedDocument | None:
    row = conn.execute(_LOCK_DOCUMENT, (document_id,)).fetchone()
    return LockedDocument(*row) if row else None


def enqueue_stage_job(
    conn: psycopg.Connection,
    document: LockedDocument,
    stage: str,
    payload: dict[str, Any] | None = None,
) -> UUID | None:
    """Enqueue a stage's single job; None if it already exists (the backstop fired)."""
    row = conn.execute(
        _ENQUEUE_STAGE_JOB,
        {
            "document_id": document.id,
            "stage": stage,
            "priority": document.priority,
            "payload": json.dumps(payload or {}),
        },
    ).fetchone()
    if row is None:
        log.warning("stage %s of document %s was already enqueued", stage, document.id)
        return None
    conn.execute(_WAKE, ("stage_queue",))
    return row[0]


def item_error(job: Job, error: str) -> dict[str, Any]:
    """How a failed item is listed in processed_documents.errors."""
    item = job.row.get("image_id") or job.row.get("chunk_id") or job.id
    return {
        "queue": job.queue,
        "task": job.task,
        "job_id": str(job.id),
        "item": str(item),
        "error": error.strip().splitlines()[0] if error.strip() else "unknown error",
    }


def record_error(conn: psycopg.Connection, document_id: UUID, job: Job, error: str) -> None:
    """A failed item joins the document's list of errors."""
    conn.execute(
        _RECORD_ERROR, {"document_id": document_id, "error": json.dumps(item_error(job, error))}
    )


def record_failed_item(conn: psycopg.Connection, job: Job, error: str) -> None:
    """A fan-out item ran out of retries: list it among the document's errors and count it
    (it may be the stage's last)."""
    document = lock_document(conn, job.document_id)
    if document is None or not document.active:
        return
    record_error(conn, document.id, job, error)
    count_items(conn, document, job.queue, failed=1)


def store_items(
    conn: psycopg.Connection,
    done: Sequence[tuple[Job, dict[str, Any]]],
    sql: str,
    params: Callable[[Job, dict[str, Any]], Any],
) -> None:
    """A batch of fan-out results (on_complete_many): `sql` once per item with `params(job,
    result)`, pipelined, then one count per document (documents that ended are skipped)."""
    for document, items in active_documents(conn, done):
        with conn.cursor() as cur:
            cur.executemany(sql, [params(job, result) for job, result in items])
        count_items(conn, document, items[0][0].queue, completed=len(items))


def active_documents(
    conn: psycopg.Connection, done: Sequence[tuple[Job, dict[str, Any]]]
) -> Iterator[tuple[LockedDocument, list[tuple[Job, dict[str, Any]]]]]:
    """A batch's (job, result) pairs by document, each document locked (in id order, as
    runner.record locked them); documents that ended are skipped: their results are discarded."""
    by_document: dict[UUID, list[tuple[Job, dict[str, Any]]]] = {}
    for job, result in done:
        by_document.setdefault(job.document_id, []).append((job, result))
    for document_id in sorted(by_document, key=str):
        document = lock_document(conn, document_id)
        if document is not None and document.active:
            yield document, by_document[document_id]


def count_items(
    conn: psycopg.Connection,
    document: LockedDocument,
    queue: str,
    *,
    completed: int = 0,
    failed: int = 0,
) -> None:
    """Count outcomes of a (locked, active) document's fan-out items, enqueue the next stage if
    they were the last, and publish the progress."""
    stage = STAGE_OF_QUEUE[queue]
    counts = progress.count_outcome(conn, document.id, stage, completed=completed, failed=failed)
    # OCR items of a PDF's first parts end while later parts are still being read: the stage
    # shown stays the earlier one until the stage has its total.
    current = stage if counts.total is not None else None
    if counts.done:
        current = NEXT_STAGE_JOB[stage]
        enqueue_stage_job(conn, document, current)
    progress.publish(conn, document.id, stage=current)


def enter_fan_out(
    conn: psycopg.Connection, document: LockedDocument, stage: str, total: int
) -> None:
    """A fan-out stage begins with `total` items; with none it is done at once."""
    progress.open_stage(conn, document.id, stage, total)
    if total == 0:
        enqueue_stage_job(conn, document, NEXT_STAGE_JOB[stage])


def close_fan_out(
    conn: psycopg.Connection, document: LockedDocument, stage: str, total: int
) -> str:
    """A fan-out stage whose items were enqueued as its inputs arrived gets its total; if
    every item has already ended, the next stage is enqueued here. Returns the stage the
    document is now in."""
    if progress.set_total(conn, document.id, stage, total).done:
        enqueue_stage_job(conn, document, NEXT_STAGE_JOB[stage])
        return NEXT_STAGE_JOB[stage]
    return stage


def single_job_failed(
    conn: psycopg.Connection, job: Job, *, stage: str, what: str, error: str, advice: str
) -> None:
    """A single-job stage (extraction, chunking, product creation) ran out of retries: count
    it and end the document `failed`, saying what kept failing and what to do."""
    document = lock_document(conn, job.document_id)
    if document is None or not document.active:
        return
    progress.count_outcome(conn, document.id, stage, failed=1, started_at=job.row.get("started_at"))
    first = error.splitlines()[0] if error else "unknown error"
    fail_document(conn, document.id, stage=stage, reason=f"{what} kept failing ({first}); {advice}")


def fail_document(conn: psycopg.Connection, document_id: UUID, *, stage: str, reason: str) -> None:
    """The document ends `failed` with a reason a person understands; its stage jobs and OCR
    items that have not started (the other parts of its extraction, the OCR of the parts
    read) are cancelled."""
    cancel_jobs(conn, "stage_queue", status="pending", document_id=document_id)
    cancel_jobs(conn, "image_processing_queue", status="pending", document_id=document_id)
    error = {"stage": stage, "error": reason}
    conn.execute(
        _FAIL_DOCUMENT, {"document_id": document_id, "reason": reason, "error": json.dumps(error)}
    )
    # progress=0: GREATEST keeps the value reached; a failure is no progress.
    progress.publish(conn, document_id, status="failed", stage=stage, progress=0)


def finish_document(conn: psycopg.Connection, document_id: UUID) -> str:
    """The last stage is done: completed (or completed_with_errors), progress exactly 100."""
    status = conn.execute(_FINISH_DOCUMENT, {"document_id": document_id}).fetchone()[0]
    progress.publish(conn, document_id, status=status, stage="product_creation", progress=100)
    return status
