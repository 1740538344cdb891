"""The claim and the outcome stay index lookups when a queue grows under a running worker.

A worker claims and completes on the same connection for hours. Its statements must not keep
a plan made while the table was small, nor one PostgreSQL picks from statistics taken when the
queue was idle: both read the whole table (or the whole lease index) for every batch once the
queue is full, and a drain of 20,000 rows became quadratic. Counted through PostgreSQL's
statistics views, so no timing is involved.
"""

from __future__ import annotations

import psycopg
import pytest
from queue_helpers import Q, enqueue_jobs, make_document

from pdfqueue.db.pools import configure_service
from pdfqueue.queue import jobs

WORKER = "plan-host:1:aaaaaa"


def scans(conn: psycopg.Connection) -> tuple[int, int]:
    """(sequential scans of the queue table, scans of its lease index) so far, this
    connection's own (the enqueues') counted first."""
    conn.execute("SELECT pg_stat_force_next_flush()")
    conn.execute("SELECT pg_stat_clear_snapshot()")
    seq = conn.execute(
        "SELECT coalesce(seq_scan, 0) FROM pg_stat_user_tables WHERE relname = %s", (Q,)
    ).fetchone()[0]
    lease = conn.execute(
        "SELECT coalesce(sum(idx_scan), 0) FROM pg_stat_user_indexes"
        " WHERE relname = %s AND indexrelname LIKE %s",
        (Q, "%lease%"),
    ).fetchone()[0]
    return seq, lease


def in_transaction(conn: psycopg.Connection, queue: str, outcomes, *, worker: str) -> set:
    """`complete` as runner.record writes it: in the outcome transaction, hooks beside it."""
    with conn.transaction():
        return jobs.complete(conn, queue, outcomes, worker=worker)


@pytest.fixture(params=[in_transaction, jobs.complete_committed], ids=["record", "alone"])
def complete(request: pytest.FixtureRequest):
    return request.param


def test_claims_and_outcomes_stay_index_lookups_when_the_queue_grows(
    conn, db_url, complete
) -> None:
    def claim_and_complete(worker_conn: psycopg.Connection, limit: int) -> int:
        claimed = jobs.claim(worker_conn, Q, ["noop"], worker=WORKER, limit=limit)
        done = complete(worker_conn, Q, [(j, {"ok": True}) for j in claimed], worker=WORKER)
        worker_conn.execute("SELECT pg_stat_force_next_flush()")  # counted at its next idle
        return len(done)

    with psycopg.connect(db_url, autocommit=True) as worker_conn:
        configure_service(worker_conn)
        doc = make_document(conn)
        # A quiet start: statistics taken while the queue is empty, then the worker's
        # statements run many times on a near-empty table (more often than psycopg's and
        # PostgreSQL's thresholds for preparing a statement and caching a generic plan of it).
        conn.execute(f"VACUUM ANALYZE {Q}")
        for _ in range(15):
            enqueue_jobs(conn, "noop", document_id=doc)
            assert claim_and_complete(worker_conn, 5) == 1
        enqueue_jobs(conn, "noop", 3000, document_id=doc)  # then a burst

        worker_conn.execute("SELECT 1")  # its counts so far reach the views
        before = scans(conn)
        drained = 0
        for _ in range(5):
            drained += claim_and_complete(worker_conn, 100)
        worker_conn.execute("SELECT 1")
        after = scans(conn)

    assert drained == 500
    assert after[0] == before[0], "the claim or the outcome read the whole queue table"
    assert after[1] == before[1], "the outcome scanned the lease index instead of the key"
