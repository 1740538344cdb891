"""What people do to a document: cancel it, retry its failed items, delete it.

Called by the API inside a request's transaction (service claims or the schema owner).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

import psycopg
from psycopg.rows import dict_row

from pdfqueue import progress
from pdfqueue import queue as queues
from pdfqueue.pipeline import transitions
from pdfqueue.queue import cancel_document as cancel_queue_rows
from pdfqueue.queue import registry
from pdfqueue.queue.jobs import job_from_row
from pdfqueue.storage import BlobStore

# Stages in order, with where their failed items live.
_STAGE_QUEUES: tuple[tuple[str, str], ...] = (
    ("extraction", "stage_queue"),
    ("image_processing", "image_processing_queue"),
    ("chunking", "stage_queue"),
    ("ai_analysis", "ai_analysis_queue"),
    ("product_creation", "stage_queue"),
)

# mark_cancelled: the document stops; rows still running finish and their results are dropped.
_MARK_CANCELLED = """
UPDATE processed_documents SET status = 'cancelled', updated_at = now(), completed_at = now()
WHERE id = %(document_id)s
"""


def cancel_document(conn: psycopg.Connection, document_id: UUID) -> bool:
    """Cancel a document that has not ended; False if it had already ended (or is unknown)."""
    document = transitions.lock_document(conn, document_id)
    if document is None or not document.active:
        return False
    cancel_queue_rows(conn, document_id)
    conn.execute(_MARK_CANCELLED, {"document_id": document_id})
    progress.publish(conn, document_id, status="cancelled")
    return True


# failed_rows: a queue's failed rows of one stage of the document.
_FAILED_ROWS = {
    "stage_queue": "SELECT id FROM stage_queue WHERE document_id = %(document_id)s"
    " AND stage = %(stage)s AND status = 'failed'",
    "image_processing_queue": "SELECT id FROM image_processing_queue"
    " WHERE document_id = %(document_id)s AND status = 'failed'",
    "ai_analysis_queue": "SELECT id FROM ai_analysis_queue"
    " WHERE document_id = %(document_id)s AND status = 'failed'",
}

# stage_jobs: the ended jobs that begin a stage-job stage of the document: every extraction
# part, or the first job of chunking or product creation (product creation's embedding jobs,
# parts 1..n, are replaced by the ones its first job enqueues when it runs again).
_STAGE_JOBS = """
SELECT id FROM stage_queue
WHERE document_id = %(document_id)s AND stage = %(stage)s
  AND (stage = 'extraction' OR part = 0)
  AND status IN ('completed', 'failed', 'cancelled')
"""

# requeue: failed rows run again from scratch (fresh attempts, errors kept for the record).
_REQUEUE = """
UPDATE {queue}
SET status = 'pending', retry_count = 0, run_after = now(), locked_by = NULL,
    lease_expires_at = NULL, result = NULL, completed_at = NULL, updated_at = now()
WHERE id = ANY(%(ids)s)
"""

# drop_later_stage_jobs: stage jobs after the retried stage run again when it ends again.
_DROP_LATER_STAGE_JOBS = """
DELETE FROM stage_queue
WHERE document_id = %(document_id)s AND stage = ANY(%(stages)s)
  AND status IN ('completed', 'failed', 'cancelled')
"""

# drop_ocr_items: OCR items enqueued by extraction parts that run again (a late outcome of one
# still running is refused by the queue's fence: its row is gone).
_DROP_OCR_ITEMS = "DELETE FROM image_processing_queue WHERE document_id = %(document_id)s"

# reopen_document: processing again; the errors of the retried items are forgotten.
_REOPEN_DOCUMENT = """
UPDATE processed_documents
SET status = 'processing', error_message = NULL, errors = '[]', completed_at = NULL,
    updated_at = now()
WHERE id = %(document_id)s
"""


def retry_document(conn: psycopg.Connection, document_id: UUID) -> int:
    """Requeue the failed items of the document's earliest failing stage; returns how many.

    The stages after it run again once it ends (chunks and products are rebuilt). A stage
    made of stage jobs runs again whole: when one part of an extraction failed, the parts
    that finished after the document had failed were never counted, so every part runs again.
    Progress never goes backwards: it stays where it was until the work catches up. 0 when
    nothing failed, and for a PDF that cannot be read (a retry would read the same bytes).
    """
    document = transitions.lock_document(conn, document_id)
    if document is None or document.deleted or document.status == "cancelled":
        return 0
    params = {"document_id": document_id}
    for index, (stage, queue) in enumerate(_STAGE_QUEUES):
        ids = [r[0] for r in conn.execute(_FAILED_ROWS[queue], {**params, "stage": stage})]
        if not ids:
            continue
        if queue == "stage_queue":
            ids = [r[0] for r in conn.execute(_STAGE_JOBS, {**params, "stage": stage})]
            conn.execute(_REQUEUE.replace("{queue}", queue), {"ids": ids})
            progress.open_stage(conn, document_id, stage, len(ids))
            if stage == "extraction":  # the parts enqueue their OCR items again as they end
                conn.execute(_DROP_OCR_ITEMS, params)
                progress.open_stage(conn, document_id, "image_processing", None)
        else:
            conn.execute(_REQUEUE.replace("{queue}", queue), {"ids": ids})
            progress.uncount_failed(conn, document_id, stage, len(ids))
        later = [s for s, _ in _STAGE_QUEUES[index + 1 :]]
        conn.execute(_DROP_LATER_STAGE_JOBS, {**params, "stages": later})
        conn.execute(_REOPEN_DOCUMENT, params)
        conn.execute("SELECT pg_notify('pdfqueue_jobs', %s)", (queue,))
        progress.publish(conn, document_id, status="processing", stage=stage)
        return len(ids)
    return 0


# matching_rows: an operator's selection of rows in one queue (ids and/or one document).
_MATCHING_ROWS = """
SELECT * FROM {queue}
WHERE status = %(status)s
  AND (%(ids)s::uuid[] IS NULL OR id = ANY (%(ids)s::uuid[]))
  AND (%(document_id)s::uuid IS NULL OR document_id = %(document_id)s::uuid)
ORDER BY document_id
FOR UPDATE
"""


def _matching(
    conn: psycopg.Connection,
    queue_name: str,
    status: str,
    ids: Sequence[UUID] | None,
    document_id: UUID | None,
) -> list[dict[str, Any]]:
    if queue_name not in registry.QUEUE_TABLES:
        raise ValueError(f"unknown queue {queue_name!r}")
    params = {
        "status": status,
        "ids": None if ids is None else [UUID(str(i)) for i in ids],
        "document_id": document_id,
    }
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(_MATCHING_ROWS.replace("{queue}", queue_name), params).fetchall()


def retry_jobs(
    conn: psycopg.Connection,
    queue_name: str,
    *,
    ids: Sequence[UUID] | None = None,
    status: str = "failed",
    document_id: UUID | None = None,
) -> int:
    """An operator's retry of failed items, through the pipeline's bookkeeping.

    A failed item was counted as done for its stage (and may have let the document finish
    `completed_with_errors`); requeueing the bare row would run it with nobody to count it.
    So each affected document is retried as a whole (`retry_document`): its earliest failing
    stage's failed items run again and the stages after it follow. Webhook deliveries and
    cancelled rows carry no progress and are requeued as they are. Returns the rows requeued.
    """
    if queue_name == "webhook_queue" or status != "failed":
        return queues.retry_jobs(conn, queue_name, ids=ids, status=status, document_id=document_id)
    rows = _matching(conn, queue_name, status, ids, document_id)
    return sum(retry_document(conn, doc) for doc in dict.fromkeys(r["document_id"] for r in rows))


def cancel_jobs(
    conn: psycopg.Connection,
    queue_name: str,
    *,
    ids: Sequence[UUID] | None = None,
    status: str = "pending",
    document_id: UUID | None = None,
) -> int:
    """An operator's cancel of items: each ends like an item whose retries ran out.

    Its handler's on_failed runs in this transaction, so the item counts as done for progress,
    the stage still ends (fan-in) and the document finishes `completed_with_errors` listing it;
    a cancelled row that is running finishes but its result is discarded.
    """
    rows = _matching(conn, queue_name, status, ids, document_id)
    if not rows:
        return 0
    count = queues.cancel_jobs(
        conn, queue_name, ids=[r["id"] for r in rows], status=status, document_id=document_id
    )
    for row in rows:
        try:
            handler = registry.get(queue_name, row["task"])
        except LookupError:
            continue  # no bookkeeping registered for it (e.g. a test queue)
        if handler.on_failed is not None:
            handler.on_failed(conn, job_from_row(queue_name, row), "cancelled by an operator")
    return count


# mark_deleted: hidden from now on; the queue's pruner removes its rows later.
_MARK_DELETED = """
UPDATE processed_documents
SET deleted_at = coalesce(deleted_at, now()), updated_at = now(),
    status = CASE WHEN status IN ('queued', 'processing') THEN 'cancelled' ELSE status END
WHERE id = %(document_id)s
"""


def delete_document(conn: psycopg.Connection, store: BlobStore, document_id: UUID) -> bool:
    """Cancel the document, mark it deleted and remove its blobs; False if unknown.

    The blobs go at once (the caller's transaction holds the row lock, so no handler of this
    document can commit meanwhile; a handler still running finds its files gone and its
    results are discarded).
    """
    document = transitions.lock_document(conn, document_id)
    if document is None:
        return False
    if document.active:
        cancel_queue_rows(conn, document_id)
    conn.execute(_MARK_DELETED, {"document_id": document_id})
    progress.publish(conn, document_id)
    store.delete_document(document_id)
    return True
