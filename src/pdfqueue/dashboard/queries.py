"""What the dashboard reads that no other part already answers: documents, in flight and done.

Every query runs in a transaction that acts with the signed-in admin's claims, so row-level
security applies (admins read everything, write nothing). Queue figures, failed items and
workers come from `pdfqueue.queue`, which owns the queue tables' SQL; here are only the
filters the error log adds on top (items still retrying, counts matching a filter).
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from pdfqueue.progress import ENDED_STATUSES
from pdfqueue.queue.registry import QUEUE_TABLES

# documents_in_flight: queued or processing documents, in the order workers serve them.
DOCUMENTS_IN_FLIGHT = """
SELECT d.id, d.filename, d.owner_id, d.status, d.current_stage, d.progress::float AS progress,
       d.page_count, d.priority, d.created_at, d.started_at,
       jsonb_array_length(d.errors) AS error_count
  FROM processed_documents d
 WHERE d.status IN ('queued', 'processing') AND d.deleted_at IS NULL
 ORDER BY d.priority DESC, d.created_at
 LIMIT %(limit)s
"""

# count_in_flight: how many documents the in-flight list may be leaving out.
COUNT_IN_FLIGHT = """
SELECT count(*) FROM processed_documents
 WHERE status IN ('queued', 'processing') AND deleted_at IS NULL
"""

# recently_finished: the latest documents to reach an end state, with how long they took
# (ordered by updated_at, which their last change set, so idx_documents_status serves it).
RECENTLY_FINISHED = """
SELECT d.id, d.filename, d.owner_id, d.status, d.progress::float AS progress, d.page_count,
       d.error_message, jsonb_array_length(d.errors) AS error_count,
       d.created_at, coalesce(d.completed_at, d.updated_at) AS finished_at,
       extract(epoch FROM coalesce(d.completed_at, d.updated_at) - d.created_at)::float
         AS duration_seconds
  FROM processed_documents d
 WHERE d.status = ANY(%(statuses)s) AND d.deleted_at IS NULL
 ORDER BY d.updated_at DESC
 LIMIT %(limit)s
"""

# document_names: filenames of the documents an error-log page mentions.
DOCUMENT_NAMES = """
SELECT id, filename, owner_id FROM processed_documents WHERE id = ANY(%(ids)s)
"""


def documents_in_flight(
    conn: psycopg.Connection, *, limit: int = 25
) -> tuple[list[dict[str, Any]], int]:
    """The first `limit` documents still moving, and how many there are in all."""
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(DOCUMENTS_IN_FLIGHT, {"limit": limit})
        rows = cur.fetchall()
        cur.execute(COUNT_IN_FLIGHT)
        total = (cur.fetchone())["count"]
    return rows, int(total)


def recently_finished(conn: psycopg.Connection, *, limit: int = 10) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(RECENTLY_FINISHED, {"statuses": list(ENDED_STATUSES), "limit": limit})
        return cur.fetchall()


def document_names(conn: psycopg.Connection, ids: list[Any]) -> dict[Any, dict[str, Any]]:
    """id → {filename, owner_id} for the given documents (those RLS lets us see)."""
    if not ids:
        return {}
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(DOCUMENT_NAMES, {"ids": list(set(ids))})
        return {row["id"]: row for row in cur.fetchall()}


# retrying_items: rows that failed an attempt and wait for their next one (pending, errors
# recorded), soonest first; the queue lists failed rows, these are the ones still retrying.
RETRYING_ITEMS = """
SELECT %(queue)s AS queue, q.id, q.document_id, q.task, q.status, q.retry_count, q.max_retries,
       q.error_message, q.errors, q.run_after, q.updated_at
  FROM {table} q
 WHERE q.status = 'pending' AND q.retry_count > 0
   AND (%(document_id)s::uuid IS NULL OR q.document_id = %(document_id)s::uuid)
 ORDER BY q.run_after
 LIMIT %(limit)s
"""

# count_failed: how many failed rows match the filter (the log shows the newest only).
COUNT_FAILED = """
SELECT count(*) FROM {table} q
 WHERE q.status = 'failed'
   AND (%(document_id)s::uuid IS NULL OR q.document_id = %(document_id)s::uuid)
"""


def _on(template: str, queue: str) -> sql.Composed:
    if queue not in QUEUE_TABLES:
        raise ValueError(f"unknown queue {queue!r}")
    return sql.SQL(template).format(table=sql.Identifier(queue))


def retrying_items(
    conn: psycopg.Connection,
    *,
    queue: str | None = None,
    document_id: Any = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Items waiting for another attempt after a failure (all queues when queue is None)."""
    rows: list[dict[str, Any]] = []
    params = {"document_id": document_id, "limit": limit}
    with conn.cursor(row_factory=dict_row) as cur:
        for name in [queue] if queue else QUEUE_TABLES:
            cur.execute(_on(RETRYING_ITEMS, name), {**params, "queue": name})
            rows.extend(cur.fetchall())
    rows.sort(key=lambda r: r["run_after"])
    return rows[:limit]


def count_failed(
    conn: psycopg.Connection, *, queue: str | None = None, document_id: Any = None
) -> int:
    """How many failed items match the filter (the log lists only the newest)."""
    total = 0
    for name in [queue] if queue else QUEUE_TABLES:
        row = conn.execute(_on(COUNT_FAILED, name), {"document_id": document_id}).fetchone()
        total += int(row[0])
    return total


# job_status: one queue row's status as the caller's claims see it (None: not visible).
JOB_STATUS = """
SELECT status FROM {table} WHERE id = %(id)s
"""


def job_status(conn: psycopg.Connection, queue: str, job_id: Any) -> str | None:
    row = conn.execute(_on(JOB_STATUS, queue), {"id": job_id}).fetchone()
    return None if row is None else row[0]
