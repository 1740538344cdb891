"""What operators do from the dashboard: list rows and workers, bulk retry and cancel.

Bulk actions act on everything matching a filter (ids, a document, a status), like Oban Web.
They write queue rows, so they need a connection acting as the service role (an admin's
claims may read but not write queue rows: RLS, 0003_security.sql).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

import psycopg
from psycopg.rows import dict_row

from pdfqueue.config import get_settings
from pdfqueue.queue.jobs import notify_workers
from pdfqueue.queue.registry import QUEUE_TABLES
from pdfqueue.queue.sql import check_queue, query

STATUSES = ("pending", "processing", "completed", "failed", "cancelled")


def list_jobs(
    conn: psycopg.Connection,
    *,
    queue: str | None = None,
    status: str | None = None,
    document_id: UUID | str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Queue rows matching the filters, most recently updated first, each with its `queue`."""
    if status is not None and status not in STATUSES:
        raise ValueError(f"unknown status {status!r}; statuses are {', '.join(STATUSES)}")
    queues = [check_queue(queue)] if queue else list(QUEUE_TABLES)
    found: list[dict[str, Any]] = []
    params = {"status": status, "document_id": document_id, "limit": offset + limit}
    with conn.cursor(row_factory=dict_row) as cur:
        for q in queues:
            found.extend(cur.execute(query("list_jobs", q), {**params, "queue": q}).fetchall())
    found.sort(key=lambda r: (r["updated_at"], str(r["id"])), reverse=True)
    return found[offset : offset + limit]


def retry_jobs(
    conn: psycopg.Connection,
    queue: str,
    *,
    ids: Sequence[UUID] | None = None,
    status: str = "failed",
    document_id: UUID | str | None = None,
) -> int:
    """Failed (or cancelled) rows back to pending now; returns how many.

    The retry budget starts afresh (retry_count = 0): an operator retrying has fixed or
    accepted the cause, and the earlier attempts stay listed in `errors`. Idle workers are
    woken when the caller commits.
    """
    if status not in ("failed", "cancelled"):
        raise ValueError("only failed or cancelled jobs can be retried")
    n = conn.execute(
        query("retry_jobs", queue),
        {"status": status, "ids": _ids(ids), "document_id": document_id},
    ).rowcount
    if n:
        notify_workers(conn, queue)
    return n


def cancel_jobs(
    conn: psycopg.Connection,
    queue: str,
    *,
    ids: Sequence[UUID] | None = None,
    status: str = "pending",
    document_id: UUID | str | None = None,
) -> int:
    """Pending (or processing) rows to cancelled; returns how many.

    A cancelled processing row finishes running, but its result is discarded (fencing).
    """
    if status not in ("pending", "processing"):
        raise ValueError("only pending or processing jobs can be cancelled")
    return conn.execute(
        query("cancel_jobs", queue),
        {"status": status, "ids": _ids(ids), "document_id": document_id},
    ).rowcount


def list_workers(
    conn: psycopg.Connection, *, stale_after_s: float | None = None
) -> list[dict[str, Any]]:
    """Worker processes with their heartbeat; `stale` when one stopped beating unannounced."""
    if stale_after_s is None:
        stale_after_s = 3 * get_settings().heartbeat_seconds
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(query("list_workers"), {"stale_after_s": stale_after_s}).fetchall()


def _ids(ids: Sequence[UUID] | None) -> list[UUID] | None:
    return None if ids is None else [UUID(str(i)) for i in ids]
