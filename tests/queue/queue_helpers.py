"""Test helpers that speak the queue's language: documents, enqueued jobs, workers (worker
processes are started by tests/worker_subprocess.py, with HANDLERS from HERE)."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any
from uuid import UUID

import psycopg
from psycopg.rows import dict_row

from arrange import make_document
from pdfqueue import queue

HERE = Path(__file__).resolve().parent
HANDLERS = "queue_test_handlers"
Q = "webhook_queue"


def enqueue_jobs(
    conn: psycopg.Connection,
    task: str,
    n: int = 1,
    *,
    document_id: UUID | None = None,
    payload: Mapping[str, Any] | None = None,
    queue_name: str = Q,
    **kwargs: Any,
) -> list[UUID]:
    """Enqueue `n` rows of `task` for a document (made if not given), committed."""
    document_id = document_id or make_document(conn)
    rows = [{"document_id": document_id, "task": task, "payload": dict(payload or {})}] * n
    with conn.transaction():
        return queue.enqueue(conn, queue_name, rows, **kwargs)


def rows(conn: psycopg.Connection, ids: Sequence[UUID] | None = None, queue_name: str = Q):
    """The queue rows (all, or these ids) as dicts, in claim order."""
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            f"SELECT * FROM {queue_name} WHERE %(ids)s::uuid[] IS NULL OR id = ANY(%(ids)s)"
            " ORDER BY priority DESC, seq, created_at",
            {"ids": list(ids) if ids is not None else None},
        ).fetchall()


def row(conn: psycopg.Connection, job_id: UUID, queue_name: str = Q) -> dict[str, Any]:
    return rows(conn, [job_id], queue_name)[0]


def status_counts(conn: psycopg.Connection, queue_name: str = Q) -> dict[str, int]:
    return dict(conn.execute(f"SELECT status, count(*) FROM {queue_name} GROUP BY 1").fetchall())


def assert_enqueued(
    conn: psycopg.Connection,
    *,
    task: str,
    document_id: UUID | None = None,
    count: int = 1,
    status: str = "pending",
    queue_name: str = Q,
) -> None:
    """Exactly `count` rows of `task` (for that document) are in `status`."""
    found = [
        r
        for r in rows(conn, queue_name=queue_name)
        if r["task"] == task and (document_id is None or r["document_id"] == document_id)
    ]
    statuses = Counter(r["status"] for r in found)
    assert statuses[status] == count, f"expected {count} {status} {task} rows, found {statuses}"


def create_effects_table(conn: psycopg.Connection) -> None:
    """The table handlers' on_complete / on_failed write to (one row per call)."""
    conn.execute(
        "CREATE TABLE queue_test_effects (job_id uuid NOT NULL, attempt int NOT NULL,"
        " failed_with text, call_size int, at timestamptz NOT NULL DEFAULT clock_timestamp())"
    )
    conn.execute("GRANT ALL ON queue_test_effects TO pdfqueue_app")


def effects(conn: psycopg.Connection) -> Counter:
    """How many times each job's on_complete / on_failed committed."""
    return Counter(r[0] for r in conn.execute("SELECT job_id FROM queue_test_effects"))


def runs(run_log: Path) -> Counter:
    """How many times each job's handler started, across every worker process."""
    counted: Counter = Counter()
    for f in run_log.glob("*.log"):
        counted.update(UUID(line) for line in f.read_text().split())
    return counted


def wait_until(
    predicate: Callable[[], Any], *, timeout: float = 30.0, what: str = "condition"
) -> Any:
    """Poll until `predicate()` is truthy; fail the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)


def worker_processes(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """Live worker processes as their heartbeats describe them."""
    return [w for w in queue.list_workers(conn, stale_after_s=60) if w["status"] != "stopped"]
