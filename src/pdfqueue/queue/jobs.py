"""A queue row's life, one function per transition: enqueue, claim, renew, complete, fail,
release, cancel, requeue, delete. Each is a statement of queries.sql run on the caller's
connection, inside the caller's transaction: the caller decides what commits together
(docs/architecture.md rules 1–5, 9). Nothing outside the queue writes or reads a queue table: the
pipeline calls these.
"""

from __future__ import annotations

import contextlib
import json
import random
import traceback
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

import psycopg
from psycopg.pq import TransactionStatus
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb, set_json_loads

from pdfqueue.config import get_settings
from pdfqueue.db.channels import JOBS_CHANNEL
from pdfqueue.queue.errors import PermanentFailure
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
    unique: bool = False,
    start_after: Mapping[UUID | str, int] | None = None,
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

    `unique` inserts only rows that the table's UNIQUE keys do not already hold (a fan-in's
    next stage job, (document_id, stage, part) in stage_queue): the ids returned are those of
    the rows inserted, and nobody is woken when there are none.

    `start_after` places a document new to this queue after that many places (document id ->
    places; 0 for one it does not name): the caller's fairness between groups of documents,
    such as the pipeline's owners (pipeline/stages.py `enqueue`). A document already in the
    queue continues after its own rows, whatever it says.
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
    starts = to_json({str(k): int(v) for k, v in (start_after or {}).items()})
    inserted: set[str] = set()
    for columns, items in groups.items():
        cur = conn.execute(
            _enqueue_sql(queue, columns, unique),
            {"rows": Jsonb(items, dumps=to_json), "ahead": ahead, "start_after": starts},
        )
        inserted.update(str(row[0]) for row in cur.fetchall())
    ids = [UUID(item["id"]) for item in prepared if item["id"] in inserted]
    if notify and ids:
        notify_workers(conn, queue)
    return ids


def _enqueue_sql(queue: str, columns: tuple[str, ...], unique: bool) -> str:
    quoted = [psycopg.sql.Identifier(c).as_string(None) for c in columns]
    return (
        query("enqueue", queue)
        .replace("{incoming_columns}", ", ".join(f"i.{c}" for c in quoted))
        .replace("{columns}", ", ".join(quoted))
        .replace("{on_conflict}", "ON CONFLICT DO NOTHING" if unique else "")
    )


def notify_workers(conn: psycopg.Connection, queue: str) -> None:
    """Wake idle workers for `queue` when the caller's transaction commits (rule 7)."""
    conn.execute(query("notify_jobs"), {"channel": JOBS_CHANNEL, "queue": check_queue(queue)})


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
    with conn.cursor() as cur:
        set_json_loads(_loads, cur)  # most rows' errors ([]) and many payloads ({}) are empty
        # One round trip: the settings and the claim go out as a pipeline, in a transaction
        # of their own. Walk the claim index in order; commit without waiting for the WAL
        # flush (a claim lost in a crash is harmless: fencing refuses its completion).
        # queries.sql says why.
        with _own_transaction(conn):
            cur.execute(query("claim_plan"))
            cur.execute(query("claim", queue), params)
        values = cur.fetchall()  # tuples: each row's dict is made once, below (Job.row)
        names = [column.name for column in cur.description or ()]
    rows = [dict(zip(names, row, strict=True)) for row in values]
    rows.sort(key=lambda r: (-r["priority"], r["seq"], r["created_at"]))
    return [_job(queue, row) for row in rows]


def _loads(data: bytes | str) -> Any:
    """json.loads, without the parser for the empty values most claimed rows hold."""
    if data == b"[]":
        return []
    if data == b"{}":
        return {}
    return json.loads(data)


def job_from_row(queue: str, row: Mapping[str, Any]) -> Job:
    """The handler's view of a queue row (a copy of `row` becomes Job.row)."""
    return _job(queue, dict(row))


def _job(queue: str, row: dict[str, Any]) -> Job:
    """The handler's view of a queue row; `row` itself becomes Job.row (the claim's own).

    Made without the frozen dataclass's __init__, which sets each of its eight fields through
    object.__setattr__ (1.2 µs a job against 0.4, for every row a worker claims); the fields
    and their values are those of `Job(...)`, which compares equal."""
    job = _new(Job)
    job.__dict__.update(
        queue=queue,
        id=row["id"],
        document_id=row["document_id"],
        task=row["task"],
        payload=row.get("payload") or {},
        attempt=row["retry_count"],
        max_retries=row["max_retries"],
        row=row,
    )
    return job


_new = object.__new__


def renew(
    conn: psycopg.Connection, queue: str, ids: Sequence[UUID], *, worker: str, lease_seconds: float
) -> int:
    """Extend this worker's leases on `ids`; returns how many it still holds."""
    if not ids:
        return 0
    cur = conn.execute(
        query("renew_leases", queue),
        {"ids": list(ids), "worker": worker, "lease": lease_seconds},
        prepare=False,
    )
    return cur.rowcount


def next_due(conn: psycopg.Connection, queue: str, tasks: Sequence[str]) -> datetime | None:
    """When the next pending row of `tasks` becomes due (None: nothing pending)."""
    row = conn.execute(query("next_due", queue), {"tasks": list(tasks)}, prepare=False).fetchone()
    return row[0] if row else None


# --- outcomes --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Failure:
    """Why one attempt of a job failed: a one-line error and the end of its traceback."""

    error: str
    detail: str  # error plus the end of the traceback: what error_message keeps
    permanent: bool = False  # PermanentFailure: no retry, however many are left

    @classmethod
    def from_exception(cls, exc: BaseException) -> Failure:
        if isinstance(exc, PermanentFailure):  # a reason for people, not a traceback
            return cls(exc.reason[:ERROR_CHARS], exc.reason, permanent=True)
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
    params = _complete_params(outcomes, worker)
    if params is None:
        return set()
    cur = conn.execute(query("complete", queue), params, prepare=False)
    return {row[0] for row in cur.fetchall()}


def _complete_params(
    outcomes: Iterable[tuple[Job, dict[str, Any]]], worker: str
) -> dict[str, Any] | None:
    """The parameters of queries.sql `complete` (None when there is nothing to complete), as
    text made before the statement is sent: dumped while sending, the batch's JSON (about 1 ms
    for 500 rows) kept the outcome transaction open and its backend waiting."""
    by_id = {str(job.id): {"attempt": job.attempt, "result": result} for job, result in outcomes}
    if not by_id:
        return None
    return {"outcomes": to_json(by_id), "ids": "{" + ",".join(by_id) + "}", "worker": worker}


def complete_committed(
    conn: psycopg.Connection,
    queue: str,
    outcomes: Iterable[tuple[Job, dict[str, Any]]],
    *,
    worker: str,
) -> set[UUID]:
    """`complete` in a transaction of its own, committed (durably) in one round trip: its plan
    setting and the fenced UPDATE go out together (pipeline mode, `_own_transaction`), and the
    ids that completed are read after the commit. For outcomes that run no hook; call it
    outside a transaction."""
    params = _complete_params(outcomes, worker)
    if params is None:
        return set()
    with conn.cursor() as cur:
        with _own_transaction(conn):
            cur.execute(query("complete_plan"))
            cur.execute(query("complete", queue), params)
        return {row[0] for row in cur.fetchall()}


@contextlib.contextmanager
def _own_transaction(conn: psycopg.Connection) -> Iterator[None]:
    """Statements sent together (pipeline mode) in a transaction of their own, committed when
    the block ends: one round trip. On an autocommit connection outside a transaction (a
    worker's) they form the implicit transaction the protocol ends at the pipeline's Sync, so
    no BEGIN and COMMIT go with them: each of those was a message the backend could wait for
    on a busy machine. Elsewhere BEGIN and COMMIT (a savepoint inside a caller's transaction)."""
    if conn.autocommit and conn.info.transaction_status == TransactionStatus.IDLE:
        with conn.pipeline():
            yield
    else:
        with conn.pipeline(), conn.transaction():
            yield


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

    A row with retries left is pending again after the backoff; otherwise, or when the
    failure is permanent, it is `failed` (the caller runs the handler's on_failed for those,
    in the same transaction).
    """
    attempts = [(job.id, job.attempt, worker, failure) for job, failure in outcomes]
    return _fail_attempts(conn, queue, attempts, retry_base_seconds)


def _fail_attempts(
    conn: psycopg.Connection,
    queue: str,
    attempts: Sequence[tuple[UUID, int, str, Failure]],
    retry_base_seconds: float,
) -> list[dict[str, Any]]:
    """The one retry decision (queries.sql `fail`): (id, attempt, worker, failure) tuples."""
    payload = [
        {
            "id": str(job_id),
            "attempt": attempt,
            "worker": worker,
            "error": failure.error,
            "message": failure.detail,
            "delay": backoff_seconds(attempt, retry_base_seconds),
            "final": failure.permanent,
        }
        for job_id, attempt, worker, failure in attempts
    ]
    if not payload:
        return []
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(
            query("fail", queue), {"outcomes": Jsonb(payload, dumps=to_json)}, prepare=False
        )
        return cur.fetchall()


def expired_leases(conn: psycopg.Connection, queue: str, *, limit: int) -> list[dict[str, Any]]:
    """Up to `limit` rows whose lease expired (id, retry_count, locked_by, task, document_id),
    read without locking them: the rescuer holds their documents before `fail_expired` locks
    the rows (documents before rows, as every outcome transaction takes them)."""
    return _expired(conn, queue, None, limit, lock=False)


def fail_expired(
    conn: psycopg.Connection,
    queue: str,
    candidates: Sequence[Mapping[str, Any]],
    *,
    retry_base_seconds: float | None = None,
) -> list[dict[str, Any]]:
    """Of `candidates` (`expired_leases`), the rows still expired and not locked by another
    transaction fail this attempt (the rescuer), through the same retry decision as any
    failure: pending again after the backoff, or `failed`. Returns the rows as updated."""
    if not candidates:
        return []
    base = get_settings().retry_base_seconds if retry_base_seconds is None else retry_base_seconds
    ids = [row["id"] for row in candidates]
    attempts = []
    for row in _expired(conn, queue, ids, len(ids), lock=True):
        reason = f"lease expired (worker {row['locked_by']} died or hung)"
        attempts.append((row["id"], row["retry_count"], row["locked_by"], Failure.message(reason)))
    return _fail_attempts(conn, queue, attempts, base)


def _expired(
    conn: psycopg.Connection, queue: str, ids: list[UUID] | None, limit: int, *, lock: bool
) -> list[dict[str, Any]]:
    text = query("expired_leases", queue).replace(
        "{lock}", "FOR UPDATE SKIP LOCKED" if lock else ""
    )
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(text, {"ids": ids, "limit": limit}, prepare=False).fetchall()


def release(conn: psycopg.Connection, queue: str, ids: Sequence[UUID], *, worker: str) -> int:
    """Un-claim rows this worker will not run (no attempt counted); returns how many."""
    if not ids:
        return 0
    params = {"ids": list(ids), "worker": worker}
    return conn.execute(query("release", queue), params, prepare=False).rowcount


def release_worker(conn: psycopg.Connection, worker: str) -> int:
    """Un-claim every row a worker process holds, in all queues (no attempt counted)."""
    return sum(
        conn.execute(query("release_worker", q), {"worker": worker}, prepare=False).rowcount
        for q in QUEUE_TABLES
    )


def held_by_worker(
    conn: psycopg.Connection, worker: str, ids: Sequence[UUID] | None = None
) -> list[tuple[str, dict[str, Any]]]:
    """The rows a worker process holds (all, or only `ids`) in every queue, as (queue, row)
    pairs (id, retry_count, locked_by, task, document_id), read without locking them: its
    supervisor holds their documents before `fail_worker` locks the rows."""
    return [
        (q, row)
        for q in QUEUE_TABLES
        for row in _held_by_worker(conn, q, worker, None if ids is None else list(ids), lock=False)
    ]


def fail_worker(
    conn: psycopg.Connection,
    worker: str,
    error: str,
    held: Sequence[tuple[str, Mapping[str, Any]]],
    *,
    retry_base_seconds: float | None = None,
) -> list[tuple[str, dict]]:
    """Fail the rows a killed worker process held (`held_by_worker`, those it still holds), an
    attempt counted, through the same retry decision as any failure; returns the (queue, row)
    pairs as updated."""
    base = get_settings().retry_base_seconds if retry_base_seconds is None else retry_base_seconds
    failed: list[tuple[str, dict]] = []
    for q in QUEUE_TABLES:
        ids = [row["id"] for queue, row in held if queue == q]
        if not ids:
            continue
        attempts = [
            (row["id"], row["retry_count"], row["locked_by"], Failure.message(error))
            for row in _held_by_worker(conn, q, worker, ids, lock=True)
        ]
        failed.extend((q, row) for row in _fail_attempts(conn, q, attempts, base))
    return failed


def _held_by_worker(
    conn: psycopg.Connection, queue: str, worker: str, ids: list[UUID] | None, *, lock: bool
) -> list[dict[str, Any]]:
    text = query("held_by_worker", queue).replace("{lock}", "FOR UPDATE" if lock else "")
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(text, {"worker": worker, "ids": ids}, prepare=False).fetchall()


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


# --- an ended row again, and reading a document's rows ----------------------------------------
def requeue(conn: psycopg.Connection, queue: str, ids: Sequence[UUID]) -> list[UUID]:
    """Ended rows (completed, failed, cancelled) run again from scratch: pending now, with a
    fresh retry budget (their errors are kept); returns the ids requeued. Idle workers are
    woken when the caller commits."""
    if not ids:
        return []
    cur = conn.execute(query("requeue", queue), {"ids": [UUID(str(i)) for i in ids]})
    requeued = [row[0] for row in cur.fetchall()]
    if requeued:
        notify_workers(conn, queue)
    return requeued


def find(
    conn: psycopg.Connection,
    queue: str,
    document_id: UUID | str,
    *,
    statuses: Sequence[str] | None = None,
    tasks: Sequence[str] | None = None,
    lock: bool = False,
) -> list[dict[str, Any]]:
    """A document's rows in `queue` (optionally only some statuses and tasks), in claim order;
    `lock` holds them (FOR UPDATE) until the caller's transaction ends."""
    text = query("find_jobs", queue).replace("{lock}", "FOR UPDATE" if lock else "")
    params = {
        "document_id": document_id,
        "statuses": None if statuses is None else list(statuses),
        "tasks": None if tasks is None else list(tasks),
    }
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(text, params).fetchall()


def select(
    conn: psycopg.Connection,
    queue: str,
    *,
    status: str,
    ids: Sequence[UUID] | None = None,
    document_id: UUID | str | None = None,
    lock: bool = True,
) -> list[dict[str, Any]]:
    """An operator's selection in one queue (status, optionally ids and/or one document), in
    document order; `lock` holds the rows (FOR UPDATE) until the caller's transaction ends."""
    params = {
        "status": status,
        "ids": None if ids is None else [UUID(str(i)) for i in ids],
        "document_id": document_id,
    }
    text = query("select_jobs", queue).replace("{lock}", "FOR UPDATE" if lock else "")
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(text, params).fetchall()


def delete(
    conn: psycopg.Connection,
    queue: str,
    document_id: UUID | str,
    *,
    tasks: Sequence[str] | None = None,
    statuses: Sequence[str] = ("completed", "failed", "cancelled"),
) -> int:
    """Remove a document's rows (by default only ended ones) of some tasks; returns how many."""
    params = {
        "document_id": document_id,
        "tasks": None if tasks is None else list(tasks),
        "statuses": list(statuses),
    }
    return conn.execute(query("delete_jobs", queue), params).rowcount


def delete_rows(conn: psycopg.Connection, queue: str, ids: Sequence[UUID]) -> int:
    """Remove rows by id, whatever their status; returns how many (a late outcome of one that
    is running is refused by the fence: its row is gone)."""
    if not ids:
        return 0
    params = {"ids": [UUID(str(i)) for i in ids]}
    return conn.execute(query("delete_rows", queue), params).rowcount


def retrying(
    conn: psycopg.Connection, queue: str, *, document_id: UUID | str | None = None, limit: int = 50
) -> list[dict[str, Any]]:
    """Rows that failed an attempt and wait for their next one, soonest first."""
    params = {"queue": queue, "document_id": document_id, "limit": limit}
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(query("retrying", queue), params).fetchall()


def count_matching(
    conn: psycopg.Connection,
    queue: str,
    *,
    status: str | None = None,
    document_id: UUID | str | None = None,
) -> int:
    """How many rows are in `status` (any when None), of one document if given."""
    params = {"status": status, "document_id": document_id}
    return conn.execute(query("count_matching", queue), params).fetchone()[0]


def status_of(conn: psycopg.Connection, queue: str, job_id: UUID | str) -> str | None:
    """A row's status, or None if there is no such row (that the caller may see)."""
    row = conn.execute(query("job_status", queue), {"id": job_id}).fetchone()
    return row[0] if row else None


def count(conn: psycopg.Connection, queue: str, document_id: UUID | str) -> int:
    """How many rows the document has in `queue`."""
    return conn.execute(query("count_jobs", queue), {"document_id": document_id}).fetchone()[0]


def payload_values(
    conn: psycopg.Connection, queue: str, document_id: UUID | str, key: str
) -> set[str]:
    """The distinct values of payload[key] over the document's rows in `queue`."""
    params = {"document_id": document_id, "key": key}
    return {row[0] for row in conn.execute(query("payload_values", queue), params)}


def to_json(value: Any) -> str:
    """JSON text of a result (UUIDs and datetimes as strings)."""
    return json.dumps(value, default=str)
