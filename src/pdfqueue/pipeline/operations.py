"""What people do to documents and jobs: submit, cancel, retry, delete, retry or cancel jobs,
search. The API, the dashboard and the CLI call these, inside a transaction that acts as the
service role (or the schema owner); each locks the document first and keeps its bookkeeping
(stage counts, progress, events) in step through `stages`, as the pipeline's own outcomes do.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

import psycopg

from pdfqueue import queue
from pdfqueue.pipeline import stages
from pdfqueue.pipeline.query import embed_query
from pdfqueue.pipeline.submit import submit_document
from pdfqueue.queue import jobs, registry
from pdfqueue.queue.jobs import job_from_row
from pdfqueue.storage import BlobStore

__all__ = [
    "cancel_document",
    "cancel_jobs",
    "delete_document",
    "embed_query",
    "retry_document",
    "retry_jobs",
    "submit_document",
]

ENDED_ROWS = ("completed", "failed", "cancelled")
ALL_ROWS = ("pending", "processing", *ENDED_ROWS)
ENDED_BADLY = ("failed", "cancelled")
PIPELINE_QUEUES = tuple(dict.fromkeys(s.queue for s in stages.STAGES))


def cancel_document(conn: psycopg.Connection, document_id: UUID) -> bool:
    """Cancel a document that has not ended; False if it had already ended (or is unknown).

    Its pending rows never run; running rows finish and their results are discarded."""
    document = stages.lock_document(conn, document_id)
    if document is None or not document.active:
        return False
    queue.cancel_document(conn, document_id)
    conn.execute(stages.sql("mark_cancelled"), {"document_id": document_id})
    stages.publish(conn, document_id, status="cancelled")
    return True


def retry_document(conn: psycopg.Connection, document_id: UUID) -> int:
    """Resume a document: its unfinished items run again; returns how many rows were requeued.

    A cancelled document resumes where it stopped (its cancelled rows run, and count when
    they end). Otherwise the failed items of its earliest failing stage run again and the
    stages after it follow (chunks and products are rebuilt); a stage made of stage jobs runs
    again whole (when one part of an extraction failed, the parts that finished after the
    document had failed were never counted). Progress never goes backwards: it stays where it
    was until the work catches up. 0 when there is nothing to retry (or no such document).
    """
    document = stages.lock_document(conn, document_id)
    if document is None or document.deleted:
        return 0
    if document.status == "cancelled":
        return _resume_cancelled(conn, document_id)
    return _retry_failed_stage(conn, document_id)


def _resume_cancelled(conn: psycopg.Connection, document_id: UUID) -> int:
    requeued = 0
    first_stage = None
    for stage in stages.STAGES:
        tasks = [stage.name] if not stage.fan_out else None
        rows = jobs.find(conn, stage.queue, document_id, statuses=["cancelled"], tasks=tasks)
        if rows:
            requeued += len(jobs.requeue(conn, stage.queue, [r["id"] for r in rows]))
            first_stage = first_stage or stage.name
    if requeued:
        conn.execute(stages.sql("resume_document"), {"document_id": document_id})
        stages.publish(conn, document_id, status="processing", stage=first_stage)
    return requeued


def _retry_failed_stage(conn: psycopg.Connection, document_id: UUID) -> int:
    for index, stage in enumerate(stages.STAGES):
        tasks = None if stage.fan_out else [stage.name]
        # An operator's cancel of an item ended it like a failure (counted, on_failed ran).
        failed = jobs.find(conn, stage.queue, document_id, statuses=ENDED_BADLY, tasks=tasks)
        if not failed:
            continue
        if stage.fan_out:
            ids = jobs.requeue(conn, stage.queue, [r["id"] for r in failed])
            stages.uncount(conn, document_id, stage.name, failed=len(ids))
        else:
            ended = jobs.find(conn, stage.queue, document_id, statuses=ENDED_ROWS, tasks=tasks)
            # every extraction part, or the first job of chunking or product creation (product
            # creation's embedding jobs, parts 1..n, are replaced when its first job runs again)
            ids = jobs.requeue(
                conn,
                stage.queue,
                [r["id"] for r in ended if stage.name == "extraction" or r["part"] == 0],
            )
            stages.open_stage(conn, document_id, stage.name, len(ids))
            if stage.name == "extraction":  # its parts enqueue their OCR items again
                # (a late outcome of an OCR row still running is refused: its row is gone)
                jobs.delete(conn, "image_processing_queue", document_id, statuses=ALL_ROWS)
                stages.open_stage(conn, document_id, "image_processing", None)
        later = [s.name for s in stages.STAGES[index + 1 :] if not s.fan_out]
        jobs.delete(conn, "stage_queue", document_id, tasks=later)
        conn.execute(stages.sql("reopen_document"), {"document_id": document_id})
        stages.publish(conn, document_id, status="processing", stage=stage.name)
        return len(ids)
    return 0


def retry_jobs(
    conn: psycopg.Connection,
    queue_name: str,
    *,
    ids: Sequence[UUID] | None = None,
    status: str = "failed",
    document_id: UUID | None = None,
) -> int:
    """An operator's retry of failed or cancelled jobs, through the pipeline's bookkeeping.

    A failed item was counted as done for its stage, and a cancelled one belongs to a document
    that stopped: requeueing the bare row would run it with nobody to count it, and leave the
    document where it was. So each affected document is retried as a whole
    (`retry_document`): a cancelled document resumes, a failed stage runs again. Webhook
    deliveries carry no progress and are requeued as they are. Returns the rows requeued.
    """
    if queue_name == "webhook_queue":
        return queue.retry_jobs(conn, queue_name, ids=ids, status=status, document_id=document_id)
    rows = jobs.select(
        conn, queue_name, status=status, ids=ids, document_id=document_id, lock=False
    )
    documents = sorted({r["document_id"] for r in rows}, key=str)
    with stages.hold_documents(conn, documents):  # documents first, as outcomes lock them
        return sum(retry_document(conn, doc) for doc in documents)


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
    seen = jobs.select(
        conn, queue_name, status=status, ids=ids, document_id=document_id, lock=False
    )
    if not seen:
        return 0
    # The documents first, in id order, then their rows (those still in `status`): the order
    # an outcome transaction takes them in, so an operator's cancel and a worker recording an
    # outcome of the same document cannot deadlock.
    with stages.hold_documents(conn, [r["document_id"] for r in seen]):
        rows = jobs.select(conn, queue_name, status=status, ids=[r["id"] for r in seen])
        if not rows:
            return 0
        count = queue.cancel_jobs(conn, queue_name, ids=[r["id"] for r in rows], status=status)
        for row in rows:
            try:
                handler = registry.get(queue_name, row["task"])
            except LookupError:
                continue  # no bookkeeping registered for it (e.g. a test queue)
            if handler.on_failed is not None:
                handler.on_failed(conn, job_from_row(queue_name, row), "cancelled by an operator")
        return count


def delete_document(conn: psycopg.Connection, store: BlobStore, document_id: UUID) -> bool:
    """Cancel the document, mark it deleted and remove its blobs; False if unknown.

    The blobs go at once (the caller's transaction holds the row lock, so no handler of this
    document can commit meanwhile; a handler still running finds its files gone and its
    results are discarded).
    """
    document = stages.lock_document(conn, document_id)
    if document is None:
        return False
    if document.active:
        queue.cancel_document(conn, document_id)
    conn.execute(stages.sql("mark_deleted"), {"document_id": document_id})
    stages.publish(conn, document_id)
    store.delete_document(document_id)
    return True


def describe(document: dict[str, Any]) -> str:
    """What a person can do next with a document that has nothing to retry (for 409s)."""
    status = document.get("status")
    if status in stages.ACTIVE_STATUSES:
        return "The document is still being processed; wait for it, or cancel it first."
    if status in stages.FINISHED_STATUSES:
        return (
            f"The document is {status} with nothing left to retry; upload the file again with "
            "force=true to process it from scratch."
        )
    return "Nothing is left to retry; upload the file again with force=true to start over."
