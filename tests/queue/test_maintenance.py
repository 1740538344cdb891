"""Maintenance: the rescuer returns expired leases, the pruner removes deleted documents'
rows, and only one elected process runs them (docs/architecture.md rule 2)."""

from __future__ import annotations

import time
from datetime import datetime

from queue_helpers import Q, effects, enqueue_jobs, make_document, row, rows

from pdfqueue.queue import jobs, pruner, rescuer
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


def test_pruner_removes_finished_rows_and_then_deleted_documents(conn) -> None:
    deleted, kept = make_document(conn), make_document(conn)
    enqueue_jobs(conn, "noop", 3, document_id=deleted)
    enqueue_jobs(conn, "noop", 2, document_id=kept)
    conn.execute(f"UPDATE {Q} SET status = 'completed'")
    (late,) = enqueue_jobs(conn, "noop", document_id=deleted)  # never started
    conn.execute("UPDATE processed_documents SET deleted_at = now() WHERE id = %s", (deleted,))

    with conn.transaction():
        done = pruner.prune(conn)

    assert done == {Q: 4, "processed_documents": 1}
    assert {r["document_id"] for r in rows(conn)} == {kept}
    assert conn.execute("SELECT id FROM processed_documents").fetchall() == [(kept,)]
    assert late not in {r["id"] for r in rows(conn)}


def test_pruner_keeps_a_deleted_document_while_one_of_its_rows_runs(conn) -> None:
    doc = make_document(conn)
    enqueue_jobs(conn, "noop", 2, document_id=doc)
    _claim(conn, ["noop"], lease=60)  # both running
    conn.execute("UPDATE processed_documents SET deleted_at = now() WHERE id = %s", (doc,))
    with conn.transaction():
        assert pruner.prune(conn) == {}
    assert len(rows(conn)) == 2
