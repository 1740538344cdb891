"""The rescuer: rows whose lease expired fail that attempt (rule 2), with the same backoff and
the same end (`failed` when no retries are left) as a handler's failure (jobs.fail).

A worker renews its leases while it runs; a lease expires only when its worker died, hung
without its process being killed, or lost the database. The rescuer returns such rows so a
killed worker's jobs run again one lease period (plus the backoff) later, or fails them when
no retries are left (running the handler's on_failed in the same transaction, when this
process has it). A supervisor fails the rows of a worker process it killed or found dead the
same way (`fail_worker`).

Both take locks in the order every outcome transaction does (rule 4): the rows are read
unlocked first, their handlers' `hold` locks their documents (once, in id order), and only
then are the rows still matching locked and failed, and the hooks run. So neither can deadlock
with a worker recording an outcome, nor with a cancel or an operator's retry, which also lock
a document before its rows.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any
from uuid import UUID

import psycopg

from pdfqueue.queue import jobs, registry
from pdfqueue.queue.jobs import job_from_row
from pdfqueue.queue.registry import QUEUE_TABLES, Handler
from pdfqueue.queue.runner import holding_documents, run_on_failed

log = logging.getLogger("pdfqueue.queue")

BATCH = 500  # rows rescued per queue and transaction


def rescue_expired(
    conn: psycopg.Connection, *, retry_base_seconds: float | None = None, limit: int = BATCH
) -> dict[str, int]:
    """Rescue up to `limit` expired leases in each queue; returns rows rescued per queue.

    Runs in the caller's transaction (the caller commits). One pass only: its documents are
    locked before its rows, and a second pass in the same transaction would lock more
    documents after rows. A queue with `limit` rows rescued may have more: call again in a new
    transaction (the maintainer does).
    """
    candidates = [
        (q, row) for q in QUEUE_TABLES for row in jobs.expired_leases(conn, q, limit=limit)
    ]
    rescued: dict[str, int] = {}
    with holding(conn, candidates):
        for queue in QUEUE_TABLES:
            mine = [row for q, row in candidates if q == queue]
            if not mine:
                continue
            rows = jobs.fail_expired(conn, queue, mine, retry_base_seconds=retry_base_seconds)
            settle_failed(conn, queue, rows)
            if rows:
                rescued[queue] = len(rows)
                log.info("rescued %d %s rows whose lease expired", len(rows), queue)
                jobs.notify_workers(conn, queue)  # idle workers: run them when due
    return rescued


def fail_worker(
    conn: psycopg.Connection,
    worker: str,
    reason: str,
    ids: Sequence[UUID] | None = None,
    *,
    retry_base_seconds: float | None = None,
) -> list[tuple[str, dict[str, Any]]]:
    """Fail the rows a killed or dead worker process held (all, or only `ids`), an attempt
    counted, running on_failed for those out of retries, in the caller's transaction; returns
    the (queue, row) pairs as updated."""
    held = jobs.held_by_worker(conn, worker, ids)
    with holding(conn, held):
        failed = jobs.fail_worker(conn, worker, reason, held, retry_base_seconds=retry_base_seconds)
        for queue in QUEUE_TABLES:
            settle_failed(conn, queue, [row for q, row in failed if q == queue])
    return failed


@contextmanager
def holding(
    conn: psycopg.Connection, rows: Iterable[tuple[str, Mapping[str, Any]]]
) -> Iterator[None]:
    """`runner.holding_documents` for (queue, row) pairs: each row's handler as registered in
    this process (a row whose handler is not registered here has no hook to run, and needs no
    hold)."""
    owners = ((_handler(queue, row["task"]), row["document_id"]) for queue, row in rows)
    with holding_documents(conn, owners):
        yield


def _handler(queue: str, task: str) -> Handler | None:
    try:
        return registry.get(queue, task)
    except LookupError:
        return None


def settle_failed(conn: psycopg.Connection, queue: str, rows: list[Mapping[str, Any]]) -> None:
    """Run on_failed for rows that just became `failed` outside a worker's own outcome."""
    for row in rows:
        if row["status"] != "failed":
            continue
        handler = _handler(queue, row["task"])
        if handler is None:
            log.warning(
                "%s %s failed (%s) but no handler %r is registered here to run its on_failed",
                queue,
                row["id"],
                row["error_message"],
                row["task"],
            )
            continue
        run_on_failed(conn, handler, job_from_row(queue, row), row["error_message"])
