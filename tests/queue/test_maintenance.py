"""Maintenance: the rescuer returns expired leases, the pruner forgets the rows of documents
being removed, registered tasks run, and only one elected process runs them
(docs/architecture.md rule 2)."""

from __future__ import annotations

import time
from datetime import datetime

from queue_helpers import Q, effects, enqueue_jobs, make_document, row, rows

from pdfqueue.queue import jobs, pruner, registry, rescuer
from pdfqueue.queue.maintenance import Maintainer

W = "gone-host:99:dead00"


def _claim(conn, tasks, lease):
    with conn.transaction():
        return jobs.claim(conn, Q, tasks, worker=W, limit=10, lease_seconds=lease)


def test_rescuer_returns_expired_leases_to_pending_counting_an_attempt(conn) -> None:
    (expired,) = enqueue_jobs(conn, "noop")
    _claim(conn, ["noop"], lease=0.1)
    (alive,) = enqueue_jobs(conn, "effect")
    _claim(conn, ["effect"], lease=60)
    time.sleep(0.2)

    with conn.transaction():
        assert rescuer.rescue_expired(conn, retry_base_seconds=0) == {Q: 1}

    r = row(conn, expired)
    assert (r["status"], r["retry_count"], r["locked_by"]) == ("pending", 1, None)
    assert r["error_message"] == f"lease expired (worker {W} died or hung)"
    assert r["errors"][0]["worker"] == W
    assert row(conn, alive)["status"] == "processing"


def test_rescuer_fails_rows_without_retries_left_and_runs_on_failed(conn) -> None:
    (job_id,) = enqueue_jobs(conn, "always_fails", max_retries=0)
    _claim(conn, ["always_fails"], lease=0.1)
    time.sleep(0.2)
    with conn.transaction():
        rescuer.rescue_expired(conn, retry_base_seconds=0)
    assert row(conn, job_id)["status"] == "failed"
    assert effects(conn)[job_id] == 1  # on_failed ran in the rescuer's transaction


def test_a_rescued_row_waits_the_same_backoff_as_a_failed_one(conn) -> None:
    """One retry decision: an expired lease is a failed attempt, with its backoff."""
    (expired,) = enqueue_jobs(conn, "noop")
    _claim(conn, ["noop"], lease=0.1)
    (failing,) = enqueue_jobs(conn, "always_fails")
    time.sleep(0.2)
    with conn.transaction():
        rescuer.rescue_expired(conn, retry_base_seconds=60)
        (job,) = jobs.claim(conn, Q, ["always_fails"], worker=W, limit=1)
        jobs.fail(conn, Q, [(job, jobs.Failure.message("boom"))], worker=W, retry_base_seconds=60)

    for job_id in (expired, failing):
        r = row(conn, job_id)
        failed_at = datetime.fromisoformat(r["errors"][-1]["at"])
        wait = (r["run_after"] - failed_at).total_seconds()
        assert (r["status"], r["retry_count"]) == ("pending", 1)
        assert 60 <= wait <= 60 * 1.25 + 1, (job_id, wait)  # base · 2^0 plus jitter


def test_only_the_elected_maintainer_rescues(db_url, conn) -> None:
    first, second = (Maintainer(db_url, retry_base_seconds=0) for _ in range(2))
    try:
        first.tick()
        (job_id,) = enqueue_jobs(conn, "noop")
        _claim(conn, ["noop"], lease=0.1)
        time.sleep(0.2)
        assert second.tick() == {}  # not the leader: does nothing
        assert row(conn, job_id)["status"] == "processing"
        assert first.tick()["rescued"] == {Q: 1}
        first.close()  # the leader goes away: the other takes over
        _claim(conn, ["noop"], lease=0.1)
        time.sleep(0.2)
        assert second.tick()["rescued"] == {Q: 1}
    finally:
        first.close()
        second.close()


def test_a_rescue_takes_one_batch_and_the_maintainer_takes_them_all(
    db_url, conn, monkeypatch
) -> None:
    """A rescue transaction locks its documents before its rows, so it takes one batch (a
    second would lock documents after rows); the maintainer runs batches until one is short."""
    enqueue_jobs(conn, "noop", 5)
    _claim(conn, ["noop"], lease=0.1)
    time.sleep(0.2)
    with conn.transaction():
        assert rescuer.rescue_expired(conn, retry_base_seconds=0, limit=2) == {Q: 2}
    _claim(conn, ["noop"], lease=0.1)  # the two rescued, claimed again
    time.sleep(0.2)
    monkeypatch.setattr(rescuer, "BATCH", 2)
    maintainer = Maintainer(db_url, retry_base_seconds=0)
    try:
        assert maintainer.tick()["rescued"] == {Q: 5}  # batches of 2, 2 and 1
    finally:
        maintainer.close()
    assert {(r["status"], r["retry_count"]) for r in rows(conn)} == {("pending", 1), ("pending", 2)}


def test_forgetting_documents_cancels_their_pending_rows_and_deletes_finished_ones(conn) -> None:
    gone, kept = make_document(conn), make_document(conn)
    enqueue_jobs(conn, "noop", 3, document_id=gone)
    enqueue_jobs(conn, "noop", 2, document_id=kept)
    conn.execute(f"UPDATE {Q} SET status = 'completed'")
    (running,) = enqueue_jobs(conn, "noop", document_id=kept)
    _claim(conn, ["noop"], lease=60)
    (late,) = enqueue_jobs(conn, "noop", document_id=gone)  # never started

    with conn.transaction():
        assert pruner.forget_documents(conn, [gone], limit=2) == {Q: 2}  # a limit per pass
        assert pruner.documents_with_rows(conn, [gone, kept]) == {gone, kept}
        assert row(conn, late)["status"] == "cancelled"
        assert pruner.forget_documents(conn, [gone]) == {Q: 2}
        assert pruner.documents_with_rows(conn, [gone, kept]) == {kept}
    assert {r["document_id"] for r in rows(conn)} == {kept}
    assert row(conn, running)["status"] == "processing"


def test_forgetting_a_document_leaves_its_running_rows_to_finish(conn) -> None:
    doc = make_document(conn)
    enqueue_jobs(conn, "noop", 2, document_id=doc)
    _claim(conn, ["noop"], lease=60)  # both running
    with conn.transaction():
        assert pruner.forget_documents(conn, [doc]) == {}
        assert pruner.documents_with_rows(conn, [doc]) == {doc}
    assert len(rows(conn)) == 2


def test_maintenance_runs_the_registered_tasks_and_reports_their_counts(
    conn, db_url, monkeypatch
) -> None:
    seen = []

    def task(c):
        seen.append(c.info.transaction_status.name)
        return {"things": 2}

    monkeypatch.setattr(registry, "_MAINTENANCE", {})
    registry.register_maintenance("test", task)
    maintainer = Maintainer(db_url, retry_base_seconds=0)
    try:
        assert maintainer.tick()["pruned"] == {"things": 2}
        assert maintainer.tick().get("pruned") is None  # not again before PRUNE_EVERY_SECONDS
    finally:
        maintainer.close()
    assert seen == ["INTRANS"]  # in a transaction of its own
