"""A queue row's life, one function per transition: enqueue, claim, renew, complete, fail,
release, cancel. Each is one statement of queries.sql run on the caller's connection, inside
the caller's transaction: the caller decides what commits together (DESIGN.md rules 1–5, 9).
"""

from __future__ import annotations

import json
import random
import traceback
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from pdfqueue.config import get_settings
from pdfqueue.queue.registry import QUEUE_TABLES, Job
from pdfqueue.queue.sql import check_queue, query

JITTER_FRACTION = 0.25  # a retry waits base·2^attempt plus up to this fraction of it
TRACEBACK_TAIL_CHARS = 2000  # how much of a traceback's end error_message keeps
ERROR_CHARS = 1000  # longest one-line error kept per attempt in `errors`

# Columns set by the queue itself: enqueue rejects them in a row mapping.
_QUEUE_OWNED = frozenset(
    {"id", "seq", "status", "locked_by", "lease_expires_at", "retry_count"}
    | {"errors", "error_message", "result", "started_at", "completed_at", "updated_at"}
)
_GENERATED_TASK = {"stage_queue": "stage", "ai_analysis_queue": "analysis_type"}


# --- enqueue ---------------------------------------------------------------------------------
def enqueue(
    conn: psycopg.Connection,
    queue: str,
    rows: Sequence[Mapping[str, Any]],
    *,
    priority: int = 0,
    max_retries: int | None = None,
    notify: bool = True,
    ahead: bool = False,
) -> list[UUID]:
    """Insert rows into `queue` inside the caller's transaction and return their ids in order.

    Each mapping holds the table's own columns (document_id, and stage / image_id /
    chunk_id + analysis_type / task, payload, ...). `seq` continues after the document's
    existing rows in this queue, so documents take turns (rule 6). Workers are woken by a
    NOTIFY that PostgreSQL delivers when the caller commits, never before (transactional
    enqueue: no job without its data, no data without its job).

    `ahead` puts the rows before the document's pending rows in this queue: they take those
    rows' places, which move back, so no other document's row is passed. It is for work found
    late that should not wait behind the document's backlog, such as the images of the last
    pages read, whose OCR would otherwise end the stage alone on one worker while the others
    idle.
    """
    check_queue(queue)
    if not rows:
        return []
    if max_retries is None:
        max_retries = get_settings().max_retries  # PDFQUEUE_MAX_RETRIES
    prepared: list[dict[str, Any]] = []
    for row in rows:
        owned = _QUEUE_OWNED.intersection(row)
        if owned:
            raise ValueError(f"enqueue: {sorted(owned)} are set by the queue, not the caller")
        if "document_id" not in row:
            raise ValueError("enqueue: every row needs a document_id")
        if queue in _GENERATED_TASK and "task" in row:
            raise ValueError(f"enqueue: {queue}.task is generated from {_GENERATED_TASK[queue]}")
        item = dict(row)
        item["id"] = str(uuid.uuid4())
        item.setdefault("priority", priority)
        if max_retries is not None:
            item.setdefault("max_retries", max_retries)
        prepared.append(item)

    # Rows with the same columns go in one statement; columns missing from a row take the
    # table's defaults only if no row of its group names them, hence grouping by key set.
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for item in prepared:
        groups.setdefault(tuple(sorted(item)), []).append(item)
    for columns, items in groups.items():
        conn.execute(
            _enqueue_sql(queue, columns), {"rows": Jsonb(items, dumps=to_json), "ahead": ahead}
        )
    if notify:
        conn.execute(query("notify_jobs"), {"queue": queue})
    return [UUID(item["id"]) for item in prepared]


def _enqueue_sql(queue: str, columns: tuple[str, ...]) -> str:
    quoted = [psycopg.sql.Identifier(c).as_string(None) for c in columns]
    return (
        query("enqueue", queue)
        .replace("{incoming_columns}", ", ".join(f"i.{c}" for c in quoted))
        .replace("{columns}", ", ".join(quoted))
    )


# --- claim and leases ------------------------------------------------------------------------
def claim(
    conn: psycopg.Connection,
    queue: str,
    tasks: Sequence[str],
    *,
    worker: str,
    limit: int = 1,
    lease_seconds: float = 30.0,
) -> list[Job]:
    """Lease up to `limit` due pending rows of `tasks` in one round trip (rules 1, 2, 6).

    Returned in claim order (priority, position within document, age). The claim commits in
    its own transaction (a savepoint if the caller has one open), so call it outside others.
    """
    if not tasks:
        return []
    params = {"worker": worker, "lease": lease_seconds, "tasks": list(tasks), "limit": limit}
    with conn.cursor(row_factory=dict_row) as cur:
        # One round trip: BEGIN, the settings, the claim and COMMIT go out as a pipeline.
        with conn.pipeline(), conn.transaction():
            # Walk the claim index in order; commit without waiting for the WAL flush (a
            # claim lost in a crash is harmless: fencing refuses its completion). queries.sql
            # says why.
            cur.execute(query("claim_plan"))
            cur.execute(query("claim", queue), params)
        rows = cur.fetchall()
    rows.sort(key=lambda r: (-r["priority"], r["seq"], r["created_at"]))
    return [job_from_row(queue, row) for row in rows]


def job_from_row(queue: str, row: Mapping[str, Any]) -> Job:
    """The handler's view of a queue row."""
    return Job(
        queue=queue,
        id=row["id"],
        document_id=row["document_id"],
        task=row["task"],
        payload=row.get("payload") or {},
        attempt=row["retry_count"],
        max_retries=row["max_retries"],
        row=dict(row),
    )


def renew(
    conn: psycopg.Connection, queue: str, ids: Sequence[UUID], *, worker: str, lease_seconds: float
) -> int:
    """Extend this worker's leases on `ids`; returns how many it still holds."""
    if not ids:
        return 0
    cur = conn.execute(
        query("renew_leases", queue), {"ids": list(ids), "worker": worker, "lease": lease_seconds}
    )
    return cur.rowcount


def next_due(conn: psycopg.Connection, queue: str, tasks: Sequence[str]) -> datetime | None:
    """When the next pending row of `tasks` becomes due (None: nothing pending)."""
    row = conn.execute(query("next_due", queue), {"tasks": list(tasks)}).fetchone()
    return row[0] if row else None


# --- outcomes --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Failure:
    """Why one attempt of a job failed: a one-line error and the end of its traceback."""

    error: str
    detail: str  # error plus the end of the traceback: what error_message keeps

    @classmethod
    def from_exception(cls, exc: BaseException) -> Failure:
        line = f"{type(exc).__name__}: {exc}".strip().splitlines()[0][:ERROR_CHARS]
        if exc.__traceback__ is None:  # returned, not raised: there is no traceback
            return cls(line, line)
        tb = "".join(traceback.format_exception(exc)).rstrip()
        return cls(line, line + "\n" + tb[-TRACEBACK_TAIL_CHARS:])

    @classmethod
    def message(cls, text: str) -> Failure:
        return cls(text[:ERROR_CHARS], text)


def complete(
    conn: psycopg.Connection,
    queue: str,
    outcomes: Iterable[tuple[Job, dict[str, Any]]],
    *,
    worker: str,
) -> set[UUID]:
    """Fenced completion (rule 3) of (job, result) pairs; returns the ids that completed.

    A row missing from the answer was not ours any more (lease lost, re-claimed, cancelled):
    its result is discarded.
    """
    payload = [
        {"id": str(job.id), "attempt": job.attempt, "result": result} for job, result in outcomes
    ]
    if not payload:
        return set()
    cur = conn.execute(
        query("complete", queue), {"outcomes": Jsonb(payload, dumps=to_json), "worker": worker}
    )
    return {row[0] for row in cur.fetchall()}


def backoff_seconds(attempt: int, base: float, rng: random.Random | None = None) -> float:
    """How long a job waits after failing attempt `attempt` (0-based): base·2^attempt + jitter."""
    delay = base * 2**attempt
    return delay + (rng or random).uniform(0, JITTER_FRACTION * delay)


def fail(
    conn: psycopg.Connection,
    queue: str,
    outcomes: Iterable[tuple[Job, Failure]],
    *,
    worker: str,
    retry_base_seconds: float,
) -> list[dict[str, Any]]:
    """Fenced failure (rules 3, 5) of (job, failure) pairs; returns the rows as updated.

    A row with retries left is pending again after the backoff; otherwise it is `failed`
    (the caller runs the handler's on_failed for those, in the same transaction).
    """
    payload = [
        {
            "id": str(job.id),
            "attempt": job.attempt,
            "error": failure.error,
            "message": failure.detail,
            "delay": backoff_seconds(job.attempt, retry_base_seconds),
        }
        for job, failure in outcomes
    ]
    if not payload:
        return []
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(
            query("fail", queue), {"outcomes": Jsonb(payload, dumps=to_json), "worker": worker}
        )
        return cur.fetchall()


def release(conn: psycopg.Connection, queue: str, ids: Sequence[UUID], *, worker: str) -> int:
    """Un-claim rows this worker will not run (no attempt counted); returns how many."""
    if not ids:
        return 0
    return conn.execute(query("release", queue), {"ids": list(ids), "worker": worker}).rowcount


def release_worker(conn: psycopg.Connection, worker: str) -> int:
    """Un-claim every row a worker process holds, in all queues (no attempt counted)."""
    return sum(
        conn.execute(query("release_worker", q), {"worker": worker}).rowcount for q in QUEUE_TABLES
    )


def fail_worker(
    conn: psycopg.Connection, worker: str, error: str, ids: Sequence[UUID] | None = None
) -> list[tuple[str, dict]]:
    """Fail the rows a killed worker process held (all, or only `ids`), an attempt counted;
    returns the (queue, row) pairs as updated."""
    failed: list[tuple[str, dict]] = []
    params = {"worker": worker, "error": error, "ids": None if ids is None else list(ids)}
    for q in QUEUE_TABLES:
        with conn.cursor(row_factory=dict_row) as cur:
            cur.execute(query("fail_worker", q), params)
            failed.extend((q, row) for row in cur.fetchall())
    return failed


# --- cancellation ----------------------------------------------------------------------------
def cancel_document(conn: psycopg.Connection, document_id: UUID | str) -> int:
    """Cancel a document's unfinished rows in every queue (rule 9); returns how many.

    Pending rows never run. Running rows finish, but their fenced completion finds the row
    `cancelled` and their result is discarded (the handler's on_complete does not run). The
    document's own status is the caller's to set.
    """
    return sum(
        conn.execute(query("cancel_document", q), {"document_id": document_id}).rowcount
        for q in QUEUE_TABLES
    )


def to_json(value: Any) -> str:
    """JSON text of a result (UUIDs and datetimes as strings)."""
    return json.dumps(value, default=str)
