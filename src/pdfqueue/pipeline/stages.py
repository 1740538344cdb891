"""The five stages: the one stage table, the progress formula, and the state machine.

    progress = stage_start + completed_items / total_items * stage_range

A stage whose item count is not known yet counts 0, a stage with no items counts as done, and a
failed item (retries exhausted) counts as done. The document's progress is the sum of its
stages' shares, written with GREATEST, so it never moves backwards (a retry that re-opens a
stage does not lower it), and it is 100 exactly when the last stage is done.

Every function that changes a document runs inside a queue outcome transaction (or an
operation's), with the document row locked first: two workers finishing a stage's last two
items at the same instant take turns on that lock, so exactly one of them sees `completed +
failed == total` and enqueues the next stage (stage_queue's UNIQUE (document_id, stage, part) is
the backstop: `enqueue(unique=True)`). An outcome transaction locks its batch's documents
once, in id order, before anything else (`hold_documents`, the handlers' `hold`); the hooks then
get their document from `lock_document` without locking it again. Results that arrive for a
document that has ended (cancelled, failed, deleted) are discarded. Every change of progress
goes out on PROGRESS_CHANNEL in the same transaction, so a listener never sees progress rolled
back. The webhook of an ended document is queued by the database (migration 0030).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID
from weakref import WeakKeyDictionary

import psycopg

from pdfqueue import queue
from pdfqueue.db import named_sql
from pdfqueue.db.channels import PROGRESS_CHANNEL
from pdfqueue.queue.registry import Job

log = logging.getLogger(__name__)


def sql(name: str) -> str:
    """A statement of pipeline/queries.sql."""
    return named_sql.load("pdfqueue.pipeline", "queries.sql")[name]


# --- the stage table -------------------------------------------------------------------------
@dataclass(frozen=True)
class Stage:
    name: str
    start: float  # percent
    end: float  # percent
    queue: str  # where its items live
    fan_out: bool  # one queue row per item (an image, a chunk × analysis), else stage jobs
    next: str | None  # the stage after it

    @property
    def range(self) -> float:
        return self.end - self.start


STAGES: tuple[Stage, ...] = (
    Stage("extraction", 0, 20, "stage_queue", False, "image_processing"),
    Stage("image_processing", 20, 40, "image_processing_queue", True, "chunking"),
    Stage("chunking", 40, 60, "stage_queue", False, "ai_analysis"),
    Stage("ai_analysis", 60, 90, "ai_analysis_queue", True, "product_creation"),
    Stage("product_creation", 90, 100, "stage_queue", False, None),
)
STAGE_BY_NAME: dict[str, Stage] = {s.name: s for s in STAGES}
FAN_OUT_STAGE_OF_QUEUE: dict[str, Stage] = {s.queue: s for s in STAGES if s.fan_out}

# A document's statuses; the ended ones take no more results.
DOCUMENT_STATUSES = (
    "queued",
    "processing",
    "completed",
    "completed_with_errors",
    "failed",
    "cancelled",
)
ACTIVE_STATUSES = ("queued", "processing")
FINISHED_STATUSES = ("completed", "completed_with_errors")
ENDED_STATUSES = (*FINISHED_STATUSES, "failed", "cancelled")


# --- the formula -----------------------------------------------------------------------------
def stage_fraction(total: int | None, completed: int, failed: int) -> float:
    """How much of one stage is done, 0..1: unknown total → 0, no items → 1."""
    if total is None:
        return 0.0
    if total == 0:
        return 1.0
    return min(1.0, (completed + failed) / total)


def overall_progress(counts: Mapping[str, tuple[int | None, int, int]]) -> float:
    """The document's progress from {stage: (total, completed, failed)}; missing stages count 0."""
    return round(
        sum(
            stage.range * stage_fraction(*counts[stage.name])
            for stage in STAGES
            if stage.name in counts
        ),
        2,
    )


# --- counting outcomes -----------------------------------------------------------------------
@dataclass(frozen=True)
class StageCounts:
    total: int | None
    completed: int
    failed: int

    @property
    def done(self) -> bool:
        """Every item has an outcome (completed or failed)."""
        return self.total is not None and self.completed + self.failed >= self.total


def init_stages(conn: psycopg.Connection, document_id: UUID, *, extraction_jobs: int = 1) -> None:
    conn.execute(
        sql("init_stages"), {"document_id": document_id, "extraction_jobs": extraction_jobs}
    )


def open_stage(conn: psycopg.Connection, document_id: UUID, stage: str, total: int | None) -> None:
    conn.execute(sql("open_stage"), {"document_id": document_id, "stage": stage, "total": total})


def count_outcome(
    conn: psycopg.Connection,
    document_id: UUID,
    stage: str,
    *,
    completed: int = 0,
    failed: int = 0,
    started_at: datetime | None = None,
) -> StageCounts:
    """Count outcomes of a stage's items; `started_at`: when its (single) job started."""
    params = {
        "document_id": document_id,
        "stage": stage,
        "completed": completed,
        "failed": failed,
        "started_at": started_at,
    }
    row = conn.execute(sql("count_outcome"), params).fetchone()
    if row is None:
        raise LookupError(f"document {document_id} has no progress row for stage {stage!r}")
    return StageCounts(row[0], row[1], row[2])


def set_total(conn: psycopg.Connection, document_id: UUID, stage: str, total: int) -> StageCounts:
    """Give a stage its total, keeping the outcomes already counted; returns the counts."""
    params = {"document_id": document_id, "stage": stage, "total": total}
    row = conn.execute(sql("set_total"), params).fetchone()
    if row is None:
        raise LookupError(f"document {document_id} has no progress row for stage {stage!r}")
    return StageCounts(row[0], row[1], row[2])


def uncount(
    conn: psycopg.Connection, document_id: UUID, stage: str, *, completed: int = 0, failed: int = 0
) -> None:
    """Take outcomes back from a stage's counts (their items run again)."""
    params = {"document_id": document_id, "stage": stage, "completed": completed, "failed": failed}
    conn.execute(sql("uncount"), params)


def computed_progress(conn: psycopg.Connection, document_id: UUID) -> float:
    """The formula over the document's job_progress rows (without the monotonic guard)."""
    rows = conn.execute(sql("stage_counts"), {"document_id": document_id}).fetchall()
    return overall_progress({r[0]: (r[1], r[2], r[3]) for r in rows})


def publish(
    conn: psycopg.Connection,
    document_id: UUID,
    *,
    status: str | None = None,
    stage: str | None = None,
    progress: float | None = None,
) -> dict[str, Any]:
    """Raise the document's progress to the formula's value (or `progress`) and NOTIFY it.

    Call inside the transaction that changed the counts; returns the notification's payload.
    """
    value = computed_progress(conn, document_id) if progress is None else progress
    if status not in FINISHED_STATUSES:
        value = min(value, 99.99)  # 100 means finished, and only finishing says so
    row = conn.execute(
        sql("raise_progress"),
        {"document_id": document_id, "progress": value, "status": status, "stage": stage},
    ).fetchone()
    if row is None:
        raise LookupError(f"document {document_id} does not exist")
    _status_changed(conn, row[0], row[2])
    payload = {
        "document_id": str(row[0]),
        "owner_id": row[1],
        "status": row[2],
        "progress": float(row[3]),
        "stage": row[4],
    }
    conn.execute(
        sql("notify_progress"), {"channel": PROGRESS_CHANNEL, "payload": json.dumps(payload)}
    )
    return payload


# --- the state machine -----------------------------------------------------------------------
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
        return not self.deleted and self.status in ACTIVE_STATUSES


# The documents each connection's open outcome transaction holds (hold_documents): id → the
# row as it was locked, None for a document that does not exist. Nobody else can change a held
# row, and every statement here that changes a document's status (start, fail, finish, cancel,
# delete, reopen) is followed by `publish` in the same savepoint, which drops the entry when the
# status it reads back differs. So an entry is never stale, even after a hook's savepoint
# rolled back: a dropped entry is simply locked again, which the lock's holder does at once.
_held: WeakKeyDictionary[psycopg.Connection, dict[UUID, LockedDocument | None]] = (
    WeakKeyDictionary()
)


@contextmanager
def hold_documents(conn: psycopg.Connection, document_ids: Sequence[UUID]) -> Iterator[None]:
    """Lock the documents, in id order, and keep them for this transaction's hooks.

    The queue's runner enters it (the pipeline handlers' `hold`) at the start of an outcome
    transaction, before any queue row is touched; operations on many documents use it too. A
    document held already (an enclosing hold) is not locked again.
    """
    held = _held.get(conn, {})
    new = sorted({UUID(str(i)) for i in document_ids} - held.keys(), key=str)
    if new:
        rows = conn.execute(sql("lock_documents"), {"ids": new}).fetchall()
        held.update(dict.fromkeys(new))
        held.update({row[0]: LockedDocument(*row) for row in rows})
    _held[conn] = held
    try:
        yield
    finally:
        for document_id in new:
            held.pop(document_id, None)
        if not held:
            _held.pop(conn, None)


def lock_document(conn: psycopg.Connection, document_id: UUID) -> LockedDocument | None:
    """The document's row, locked for this transaction (None if there is no such document):
    the one `hold_documents` holds, else locked here."""
    held = _held.get(conn)
    if held is not None and document_id in held:
        return held[document_id]
    row = conn.execute(sql("lock_document"), {"document_id": document_id}).fetchone()
    return LockedDocument(*row) if row else None


def _status_changed(conn: psycopg.Connection, document_id: UUID, status: str) -> None:
    """A held document whose status this transaction changed is locked (read) again when next
    asked for."""
    held = _held.get(conn)
    if held is not None and document_id in held:
        document = held[document_id]
        if document is None or document.status != status:
            del held[document_id]


def enqueue(
    conn: psycopg.Connection, queue_name: str, rows: Sequence[Mapping[str, Any]], **options: Any
) -> list[UUID]:
    """`queue.enqueue` with owner fairness: a document's first rows in a queue start after as
    many places as its owner has older documents in flight (queries.sql `owner_places`), so
    claim order interleaves owners as the queue interleaves documents. `options` are
    queue.enqueue's (priority, ahead, unique, notify, ...)."""
    if not rows:
        return []
    ids = sorted({UUID(str(row["document_id"])) for row in rows}, key=str)
    places = {doc: n for doc, n in conn.execute(sql("owner_places"), {"ids": ids}) if n}
    return queue.enqueue(conn, queue_name, rows, start_after=places, **options)


def enqueue_stage_job(
    conn: psycopg.Connection,
    document: LockedDocument,
    stage: str,
    payload: dict[str, Any] | None = None,
) -> UUID | None:
    """Enqueue a stage's single job (part 0); None if it already exists (the backstop fired)."""
    row = {"document_id": document.id, "stage": stage, "payload": payload or {}}
    ids = enqueue(conn, "stage_queue", [row], priority=document.priority, unique=True)
    if not ids:
        log.warning("stage %s of document %s was already enqueued", stage, document.id)
        return None
    return ids[0]


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
        sql("record_item_error"),
        {"document_id": document_id, "error": json.dumps(item_error(job, error))},
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
    statement: str,
    params: Callable[[Job, dict[str, Any]], Any],
) -> None:
    """A batch of fan-out results (on_complete_many): `statement` once per item with
    `params(job, result)`, pipelined, then one count per document (documents that ended are
    skipped)."""
    for document, items in active_documents(conn, done):
        with conn.cursor() as cur:
            cur.executemany(statement, [params(job, result) for job, result in items])
        count_items(conn, document, items[0][0].queue, completed=len(items))


def active_documents(
    conn: psycopg.Connection, done: Sequence[tuple[Job, dict[str, Any]]]
) -> Iterator[tuple[LockedDocument, list[tuple[Job, dict[str, Any]]]]]:
    """A batch's (job, result) pairs by document, each document locked (held by the outcome
    transaction, in id order); documents that ended are skipped: their results are discarded."""
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
    queue_name: str,
    *,
    completed: int = 0,
    failed: int = 0,
) -> None:
    """Count outcomes of a (locked, active) document's fan-out items, enqueue the next stage if
    they were the last, and publish the progress."""
    stage = FAN_OUT_STAGE_OF_QUEUE[queue_name]
    counts = count_outcome(conn, document.id, stage.name, completed=completed, failed=failed)
    # OCR items of a PDF's first parts end while later parts are still being read: the stage
    # shown stays the earlier one until the stage has its total.
    current = stage.name if counts.total is not None else None
    if counts.done:
        current = stage.next
        enqueue_stage_job(conn, document, stage.next)
    publish(conn, document.id, stage=current)


def enter_fan_out(
    conn: psycopg.Connection, document: LockedDocument, stage: str, total: int
) -> None:
    """A fan-out stage begins with `total` items; with none it is done at once."""
    open_stage(conn, document.id, stage, total)
    if total == 0:
        enqueue_stage_job(conn, document, STAGE_BY_NAME[stage].next)


def close_fan_out(
    conn: psycopg.Connection, document: LockedDocument, stage: str, total: int
) -> str:
    """A fan-out stage whose items were enqueued as its inputs arrived gets its total; if
    every item has already ended, the next stage is enqueued here. Returns the stage the
    document is now in."""
    if set_total(conn, document.id, stage, total).done:
        following = STAGE_BY_NAME[stage].next
        enqueue_stage_job(conn, document, following)
        return following
    return stage


def single_job_failed(
    conn: psycopg.Connection, job: Job, *, stage: str, what: str, error: str, advice: str
) -> None:
    """A single-job stage (extraction, chunking, product creation) failed for good: count it
    and end the document `failed`. A permanent failure's reason is said as it is; retries that
    ran out say what kept failing and what to do."""
    document = lock_document(conn, job.document_id)
    if document is None or not document.active:
        return
    count_outcome(conn, document.id, stage, failed=1, started_at=job.row.get("started_at"))
    first = error.splitlines()[0] if error else "unknown error"
    reason = first if is_permanent(job) else f"{what} kept failing ({first}); {advice}"
    fail_document(conn, document.id, stage=stage, reason=reason)


def is_permanent(job: Job) -> bool:
    """The job's row was failed by a PermanentFailure (read in its on_failed: the row as the
    failure left it is what the queue hands the hook)."""
    errors = job.row.get("errors") or []
    return bool(errors) and bool(errors[-1].get("permanent"))


def fail_document(conn: psycopg.Connection, document_id: UUID, *, stage: str, reason: str) -> None:
    """The document ends `failed` with a reason a person understands; its stage jobs and OCR
    items that have not started (the other parts of its extraction, the OCR of the parts
    read) are cancelled."""
    queue.cancel_jobs(conn, "stage_queue", status="pending", document_id=document_id)
    queue.cancel_jobs(conn, "image_processing_queue", status="pending", document_id=document_id)
    error = {"stage": stage, "error": reason}
    params = {"document_id": document_id, "reason": reason, "error": json.dumps(error)}
    conn.execute(sql("fail_document"), params)
    # progress=0: GREATEST keeps the value reached; a failure is no progress.
    publish(conn, document_id, status="failed", stage=stage, progress=0)


def finish_document(conn: psycopg.Connection, document_id: UUID) -> str:
    """The last stage is done: completed (or completed_with_errors), progress exactly 100."""
    status = conn.execute(sql("finish_document"), {"document_id": document_id}).fetchone()[0]
    publish(conn, document_id, status=status, stage="product_creation", progress=100)
    return status
