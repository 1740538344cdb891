"""What the dashboard reads that no other part already answers: documents, in flight and done.

Every query runs in a transaction that acts with the signed-in admin's claims, so row-level
security applies (admins read everything, write nothing). Queue figures, failed items and
workers come from `pdfqueue.queue`, which owns every statement on the queue tables.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.rows import dict_row

from pdfqueue.db import named_sql
from pdfqueue.pipeline.stages import ENDED_STATUSES
from pdfqueue.queue import jobs
from pdfqueue.queue.registry import QUEUE_TABLES


def sql(name: str) -> str:
    """A statement of dashboard/queries.sql."""
    return named_sql.load("pdfqueue.dashboard", "queries.sql")[name]


def documents_in_flight(
    conn: psycopg.Connection, *, limit: int = 25
) -> tuple[list[dict[str, Any]], int]:
    """The first `limit` documents still moving, and how many there are in all."""
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql("documents_in_flight"), {"limit": limit})
        rows = cur.fetchall()
        cur.execute(sql("count_in_flight"))
        total = (cur.fetchone())["count"]
    return rows, int(total)


def recently_finished(conn: psycopg.Connection, *, limit: int = 10) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql("recently_finished"), {"statuses": list(ENDED_STATUSES), "limit": limit})
        return cur.fetchall()


def document_names(conn: psycopg.Connection, ids: list[Any]) -> dict[Any, dict[str, Any]]:
    """id → {filename, owner_id} for the given documents (those RLS lets us see)."""
    if not ids:
        return {}
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql("document_names"), {"ids": list(set(ids))})
        return {row["id"]: row for row in cur.fetchall()}


def retrying_items(
    conn: psycopg.Connection,
    *,
    queue: str | None = None,
    document_id: Any = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Rows that failed an attempt and wait for their next one, soonest first."""
    rows: list[dict[str, Any]] = []
    for name in [queue] if queue else QUEUE_TABLES:
        rows.extend(jobs.retrying(conn, name, document_id=document_id, limit=limit))
    rows.sort(key=lambda r: r["run_after"])
    return rows[:limit]


def count_failed(
    conn: psycopg.Connection, *, queue: str | None = None, document_id: Any = None
) -> int:
    """How many failed rows match the filter (the log shows the newest only)."""
    names = [queue] if queue else QUEUE_TABLES
    return sum(
        jobs.count_matching(conn, name, status="failed", document_id=document_id) for name in names
    )


def job_status(conn: psycopg.Connection, queue: str, job_id: Any) -> str | None:
    return jobs.status_of(conn, queue, job_id)
