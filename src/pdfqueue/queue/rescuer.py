"""The rescuer: rows whose lease expired fail that attempt (rule 2), with the same backoff and
the same end (`failed` when no retries are left) as a handler's failure (jobs.fail).

A worker renews its leases while it runs; a lease expires only when its worker died, hung
without its process being killed, or lost the database. The rescuer returns such rows so a
killed worker's jobs run again one lease period (plus the backoff) later, or fails them when
no retries are left (running the handler's on_failed in the same transaction, when this
process has it).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import psycopg

from pdfqueue.queue import jobs, registry
from pdfqueue.queue.jobs import job_from_row
from pdfqueue.queue.registry import QUEUE_TABLES
from pdfqueue.queue.runner import run_on_failed

log = logging.getLogger("pdfqueue.queue")

BATCH = 500  # rows rescued per statement


def rescue_expired(
    conn: psycopg.Connection, *, retry_base_seconds: float | None = None
) -> dict[str, int]:
    """Rescue every expired lease in every queue; returns rows rescued per queue.

    Runs in the caller's transaction (the caller commits).
    """
    rescued: dict[str, int] = {}
    for queue in QUEUE_TABLES:
        while True:
            rows = jobs.fail_expired(
                conn, queue, limit=BATCH, retry_base_seconds=retry_base_seconds
            )
            settle_failed(conn, queue, rows)
            rescued[queue] = rescued.get(queue, 0) + len(rows)
            if len(rows) < BATCH:
                break
        if rescued[queue]:
            log.info("rescued %d %s rows whose lease expired", rescued[queue], queue)
            jobs.notify_workers(conn, queue)  # idle workers: run them when due
    return {q: n for q, n in rescued.items() if n}


def settle_failed(conn: psycopg.Connection, queue: str, rows: list[Mapping[str, Any]]) -> None:
    """Run on_failed for rows that just became `failed` outside a worker's own outcome."""
    for row in rows:
        if row["status"] != "failed":
            continue
        try:
            handler = registry.get(queue, row["task"])
        except LookupError:
            log.warning(
                "%s %s failed (%s) but no handler %r is registered here to run its on_failed",
                queue,
                row["id"],
                row["error_message"],
                row["task"],
            )
            continue
        run_on_failed(conn, handler, job_from_row(queue, row), row["error_message"])
