"""What an operator can do from the error log: retry or cancel failed items.

An admin may read every queue row but write none (row-level security). An action therefore
runs in one transaction that first looks at the rows with the admin's own claims (what the
operator saw is what gets changed), then switches to the service's claims and changes them
through the queue's own operations, which also wake the workers.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

import psycopg
from psycopg_pool import ConnectionPool

from pdfqueue.auth import Claims
from pdfqueue.dashboard import queries
from pdfqueue.dashboard.view import ErrorFilter
from pdfqueue.db.pools import SERVICE_CLAIMS, set_claims
from pdfqueue.pipeline import operations
from pdfqueue.queue.registry import QUEUE_TABLES

POOL_TIMEOUT_SECONDS = 5.0

# An action: given a transaction acting as the admin, check, switch to service, act, and say
# what happened in one sentence.
Action = Callable[[psycopg.Connection], str]


class ActionRefused(Exception):
    """The action cannot be done as asked; the message says why, for the operator."""


def perform(pool: ConnectionPool, admin: Claims, action: Action) -> str:
    """Run `action` in one transaction that starts with the admin's claims."""
    with pool.connection(timeout=POOL_TIMEOUT_SECONDS) as conn, conn.transaction():
        set_claims(conn, admin.as_db_claims())
        return action(conn)


def _check_queue(queue: str) -> str:
    if queue not in QUEUE_TABLES:
        raise ActionRefused(f"{queue!r} is not a queue; choose one of {', '.join(QUEUE_TABLES)}.")
    return queue


def _expect_status(conn: psycopg.Connection, queue: str, job_id: UUID, status: str) -> None:
    """Refuse unless the admin can see this item and it is still in `status`."""
    found = queries.job_status(conn, queue, job_id)
    if found != status:
        now = "is gone" if found is None else f"is {found} now"
        raise ActionRefused(
            f"That item {now}, no longer {status} (someone may have acted on it first); "
            "the error log shows its current state."
        )


def retry_one(queue: str, job_id: UUID) -> Action:
    def run(conn: psycopg.Connection) -> str:
        _check_queue(queue)
        _expect_status(conn, queue, job_id, "failed")
        set_claims(conn, SERVICE_CLAIMS)
        count = operations.retry_jobs(conn, queue, ids=[job_id])
        return f"Retried {count} item: it is pending again."

    return run


def cancel_one(queue: str, job_id: UUID) -> Action:
    def run(conn: psycopg.Connection) -> str:
        _check_queue(queue)
        _expect_status(conn, queue, job_id, "pending")
        set_claims(conn, SERVICE_CLAIMS)
        count = operations.cancel_jobs(conn, queue, ids=[job_id], status="pending")
        return f"Cancelled {count} item: it will not be retried."

    return run


def retry_matching(chosen: ErrorFilter) -> Action:
    def run(conn: psycopg.Connection) -> str:
        set_claims(conn, SERVICE_CLAIMS)
        count = 0
        for name in [chosen.queue] if chosen.queue else QUEUE_TABLES:
            count += operations.retry_jobs(conn, name, document_id=chosen.document_id)
        if count == 0:
            raise ActionRefused("No failed items match this filter; nothing was retried.")
        return f"Retried {count} failed item{'s' if count != 1 else ''}: pending again."

    return run
