"""Figures for the dashboard and the operators' actions, on a known set of rows."""

from __future__ import annotations

import pytest
from queue_helpers import Q, enqueue_jobs, make_document, row

from pdfqueue import queue
from pdfqueue.queue import QueueMetrics


def _set(conn, ids, sql: str) -> None:
    conn.execute(f"UPDATE {Q} SET {sql} WHERE id = ANY(%s)", (list(ids),))


def test_metrics_counts_ages_and_durations(conn) -> None:
    doc = make_document(conn)
    done = enqueue_jobs(conn, "noop", 10, document_id=doc)
    for n, job_id in enumerate(done, start=1):  # durations 100, 200, ... 1000 ms
        _set(
            conn,
            [job_id],
            "status = 'completed', completed_at = now() - interval '10 seconds',"
            f" started_at = now() - interval '10 seconds' - interval '{n * 100} milliseconds'",
        )
    old = enqueue_jobs(conn, "noop", 2, document_id=doc)
    _set(conn, old[:1], "created_at = now() - interval '90 seconds'")
    _set(conn, enqueue_jobs(conn, "noop", 3, document_id=doc), "status = 'processing'")
    _set(conn, enqueue_jobs(conn, "noop", 4, document_id=doc), "status = 'failed'")
    _set(conn, enqueue_jobs(conn, "noop", 5, document_id=doc), "status = 'cancelled'")
    ancient = enqueue_jobs(conn, "noop", document_id=doc)  # completed long ago: not "recent"
    _set(
        conn,
        ancient,
        "status = 'completed', completed_at = now() - interval '1 hour',"
        " started_at = now() - interval '2 hours'",
    )

    with conn.transaction():
        m = queue.metrics(conn)[Q]

    assert isinstance(m, QueueMetrics)
    assert (m.pending, m.processing, m.completed, m.failed, m.cancelled) == (2, 3, 11, 4, 5)
    assert 90 <= m.oldest_pending_age_s < 120
    assert m.completed_last_minute == 10
    assert m.p50_ms == pytest.approx(550, abs=1)
    assert m.p95_ms == pytest.approx(955, abs=1)
    empty = queue.metrics(conn)["stage_queue"]
    assert (empty.pending, empty.p50_ms, empty.oldest_pending_age_s) == (0, None, None)


def test_throughput_series_counts_completions_per_minute(conn) -> None:
    ids = enqueue_jobs(conn, "noop", 5)
    _set(conn, ids[:3], "status = 'completed', completed_at = now()")
    _set(conn, ids[3:], "status = 'completed', completed_at = now() - interval '2 minutes'")
    series = queue.throughput_series(conn, minutes=5)[Q]
    assert len(series) == 5
    assert series[-1][1] == 3 and series[-3][1] == 2 and sum(n for _, n in series) == 5
    assert [t for t, _ in series] == sorted(t for t, _ in series)


def test_list_jobs_filters_and_pages(conn) -> None:
    doc, other = make_document(conn), make_document(conn)
    mine = enqueue_jobs(conn, "always_fails", 3, document_id=doc)
    enqueue_jobs(conn, "noop", 2, document_id=other)
    _set(conn, mine, "status = 'failed', error_message = 'boom'")

    failed = queue.list_jobs(conn, status="failed")
    assert {j["id"] for j in failed} == set(mine)
    assert all(j["queue"] == Q and j["error_message"] == "boom" for j in failed)
    assert {"errors", "retry_count", "task", "document_id", "created_at"} <= set(failed[0])
    assert len(queue.list_jobs(conn, document_id=other)) == 2
    assert len(queue.list_jobs(conn, queue=Q, limit=2)) == 2
    assert len(queue.list_jobs(conn, limit=10, offset=4)) == 1
    with pytest.raises(ValueError):
        queue.list_jobs(conn, status="bogus")


def test_retry_jobs_gives_failed_rows_a_fresh_start_and_wakes_workers(conn, db_url) -> None:
    import psycopg

    ids = enqueue_jobs(conn, "noop", 3)
    _set(
        conn,
        ids,
        'status = \'failed\', retry_count = 3, errors = \'[{"attempt": 1, "error": "x"}]\'::jsonb',
    )
    with psycopg.connect(db_url, autocommit=True) as listener:
        listener.execute("LISTEN pdfqueue_jobs")
        with conn.transaction():
            assert queue.retry_jobs(conn, Q, ids=ids[:2]) == 2
        assert [n.payload for n in listener.notifies(timeout=2, stop_after=1)] == [Q]
    r = row(conn, ids[0])
    assert (r["status"], r["retry_count"], len(r["errors"])) == ("pending", 0, 1)
    assert row(conn, ids[2])["status"] == "failed"
    assert queue.retry_jobs(conn, Q) == 1  # everything failed in the queue
    with pytest.raises(ValueError):
        queue.retry_jobs(conn, Q, status="completed")


def test_cancel_jobs_by_filter(conn) -> None:
    doc, other = make_document(conn), make_document(conn)
    enqueue_jobs(conn, "noop", 3, document_id=doc)
    (keep,) = enqueue_jobs(conn, "noop", document_id=other)
    assert queue.cancel_jobs(conn, Q, document_id=doc) == 3
    assert row(conn, keep)["status"] == "pending"
    assert queue.cancel_jobs(conn, Q, ids=[keep]) == 1
    assert queue.cancel_jobs(conn, Q) == 0


def test_workers_are_listed_with_a_stale_flag(conn) -> None:
    conn.execute(
        "INSERT INTO workers (id, hostname, pid, queues, last_heartbeat_at) VALUES"
        " ('h:1:a', 'h', 1, '{webhook_queue}', now()),"
        " ('h:2:b', 'h', 2, '{webhook_queue}', now() - interval '10 minutes')"
    )
    listed = {w["id"]: w for w in queue.list_workers(conn, stale_after_s=30)}
    assert (listed["h:1:a"]["stale"], listed["h:2:b"]["stale"]) == (False, True)
    assert {"hostname", "pid", "queues", "status", "current_job", "last_heartbeat_at"} <= set(
        listed["h:1:a"]
    )


def test_service_role_can_run_admin_actions_under_rls(conn, connect_as) -> None:
    ids = enqueue_jobs(conn, "noop", 2)
    _set(conn, ids, "status = 'failed'")
    service = connect_as({"role": "service"})
    with service.transaction():
        assert queue.retry_jobs(service, Q) == 2
    admin = connect_as({"role": "admin", "sub": "root"})
    with admin.transaction():
        assert queue.metrics(admin)[Q].pending == 2  # admins read
        assert queue.cancel_jobs(admin, Q) == 0  # but cannot write queue rows
