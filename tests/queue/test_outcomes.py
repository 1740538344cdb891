"""Outcomes of a run: retries with backoff, failure after max_retries, empty results, batches,
and hooks running inside the outcome's transaction (docs/architecture.md rules 4, 5)."""

from __future__ import annotations

from datetime import datetime

import psycopg
import pytest
from queue_helpers import Q, effects, enqueue_jobs, row, rows, runs, wait_until

from pdfqueue.db.pools import configure_service
from pdfqueue.queue import jobs, registry
from pdfqueue.queue.runner import NO_RESULT, record_completions, run_handler, runs_no_hook


def _drain(worker, conn, ids, statuses=("completed", "failed"), timeout=20.0) -> None:
    def done() -> bool:
        worker.run_once()
        return all(r["status"] in statuses for r in rows(conn, ids))

    wait_until(done, timeout=timeout, what=f"jobs to reach {statuses}")


def test_a_job_failing_twice_then_succeeding_completes(conn, make_worker, run_log) -> None:
    (job_id,) = enqueue_jobs(conn, "flaky", payload={"fail_times": 2})
    worker = make_worker()
    delays = []
    for attempt in (0, 1):
        wait_until(lambda: worker.run_once(), timeout=10, what=f"attempt {attempt}")
        r = row(conn, job_id)
        assert (r["status"], r["retry_count"]) == ("pending", attempt + 1)
        failed_at = datetime.fromisoformat(r["errors"][-1]["at"])
        delays.append((r["run_after"] - failed_at).total_seconds())
    _drain(worker, conn, [job_id])

    r = row(conn, job_id)
    assert (r["status"], r["retry_count"], r["result"]) == (
        "completed",
        2,
        {"ok": True, "attempt": 2},
    )
    assert [e["attempt"] for e in r["errors"]] == [1, 2]
    assert all(e["worker"] == worker.id for e in r["errors"])
    assert "flaky failure on attempt 1" in r["error_message"]
    assert runs(run_log)[job_id] == 3
    assert effects(conn)[job_id] == 1
    assert 0.05 <= delays[0] < delays[1], "the backoff must grow: base·2^attempt + jitter"


def test_a_job_that_always_fails_ends_failed_with_every_error_kept(conn, make_worker) -> None:
    (job_id,) = enqueue_jobs(conn, "always_fails", max_retries=2)
    _drain(make_worker(), conn, [job_id])

    r = row(conn, job_id)
    assert r["status"] == "failed"
    assert [e["attempt"] for e in r["errors"]] == [1, 2, 3]
    assert [e["error"] for e in r["errors"]] == [
        f"ValueError: always fails (attempt {n})" for n in range(3)
    ]
    assert r["error_message"].startswith("ValueError: always fails (attempt 2)")
    assert "Traceback (most recent call last)" in r["error_message"]
    assert "_always_fails" in r["error_message"]  # the end of the traceback names the handler
    # on_failed ran once, in the transaction that failed the row
    (failed_with,) = conn.execute(
        "SELECT failed_with FROM queue_test_effects WHERE job_id = %s", (job_id,)
    ).fetchone()
    assert failed_with.startswith("ValueError: always fails (attempt 2)")


def test_an_empty_result_is_a_failure_where_a_result_is_required(conn, make_worker) -> None:
    (empty,) = enqueue_jobs(conn, "empty", max_retries=0)
    (allowed,) = enqueue_jobs(conn, "empty_ok")
    _drain(make_worker(), conn, [empty, allowed])

    assert row(conn, empty)["status"] == "failed"
    assert row(conn, empty)["error_message"] == NO_RESULT
    assert (row(conn, allowed)["status"], row(conn, allowed)["result"]) == ("completed", {})


def test_each_row_of_a_batch_completes_or_fails_on_its_own(conn, make_worker, run_log) -> None:
    doc_rows = [{"n": n} for n in range(10)]
    ids = [enqueue_jobs(conn, "batch", payload=p, max_retries=0)[0] for p in doc_rows]
    _drain(make_worker(), conn, ids)

    for n, job_id in enumerate(ids):
        r = row(conn, job_id)
        if n % 2:
            assert (r["status"], r["error_message"]) == ("failed", f"ValueError: odd {n}")
        else:
            assert (r["status"], r["result"]) == ("completed", {"n": n})
    assert set(effects(conn)) == {ids[n] for n in range(0, 10, 2)}
    # the handler saw batches of (at most) its batch size, not one row at a time
    assert sum(runs(run_log).values()) == 10
    assert len(list(run_log.glob("*.log"))) == 1


def test_on_complete_raising_rolls_the_completion_back_and_retries(conn, make_worker) -> None:
    (job_id,) = enqueue_jobs(conn, "hook_raises", payload={"hook_fail_times": 1})
    _drain(make_worker(), conn, [job_id])

    r = row(conn, job_id)
    assert (r["status"], r["retry_count"]) == ("completed", 1)
    assert r["errors"][0]["error"] == "on_complete failed: RuntimeError: on_complete exploded"
    # the effect written by the first attempt's hook rolled back with its completion
    assert conn.execute(
        "SELECT attempt FROM queue_test_effects WHERE job_id = %s", (job_id,)
    ).fetchall() == [(1,)]


def _call_sizes(conn, ids) -> dict:
    return dict(
        conn.execute(
            "SELECT job_id, call_size FROM queue_test_effects WHERE job_id = ANY(%s)", (ids,)
        ).fetchall()
    )


def test_on_complete_many_records_a_batch_in_one_call(conn, make_worker) -> None:
    ids = enqueue_jobs(conn, "together", 10)
    _drain(make_worker(), conn, ids)

    assert {r["status"] for r in rows(conn, ids)} == {"completed"}
    assert set(effects(conn).values()) == {1} and set(effects(conn)) == set(ids)
    sizes = _call_sizes(conn, ids)
    assert max(sizes.values()) > 1, f"every row was recorded in a call of its own: {sizes}"


def test_on_complete_many_raising_falls_back_to_one_row_at_a_time(conn, make_worker) -> None:
    good = enqueue_jobs(conn, "together", 4)
    (bad,) = enqueue_jobs(conn, "together", payload={"hook_fail_times": 1})
    ids = [*good, bad]
    worker = make_worker()
    _drain(worker, conn, ids)

    assert {r["status"] for r in rows(conn, ids)} == {"completed"}
    assert {row(conn, i)["retry_count"] for i in good} == {0}, "good rows were not retried"
    r = row(conn, bad)
    assert r["retry_count"] == 1
    assert r["errors"][0]["error"] == "on_complete failed: RuntimeError: on_complete_many exploded"
    # the failed call's effects rolled back; each row's effect committed exactly once
    assert set(effects(conn).values()) == {1} and set(effects(conn)) == set(ids)
    assert {_call_sizes(conn, good)[i] for i in good} == {1}


def test_a_handler_gives_one_kind_of_completion_hook() -> None:
    from pdfqueue.queue import Handler, register

    with pytest.raises(ValueError, match="not both"):
        register(
            Handler(
                "webhook_queue",
                "both_hooks",
                lambda jobs: [{} for _ in jobs],
                on_complete=lambda conn, job, result: None,
                on_complete_many=lambda conn, done: None,
            )
        )


def test_outcomes_of_many_jobs_are_each_recorded_once(conn, make_worker) -> None:
    ids = enqueue_jobs(conn, "effect", 250)
    worker = make_worker()
    _drain(worker, conn, ids)
    assert {r["status"] for r in rows(conn, ids)} == {"completed"}
    assert set(effects(conn).values()) == {1} and len(effects(conn)) == 250
    assert worker.completed == 250


def test_a_permanent_failure_fails_at_once_and_is_listed_like_any_other(
    conn, make_worker, run_log
) -> None:
    (job_id,) = enqueue_jobs(conn, "refuses", max_retries=3)
    worker = make_worker()
    _drain(worker, conn, [job_id])

    r = row(conn, job_id)
    assert (r["status"], r["retry_count"]) == ("failed", 0)  # no retry, retries left or not
    assert r["error_message"] == "cannot ever work (attempt 0)"  # the reason, no traceback
    assert [(e["attempt"], e["permanent"]) for e in r["errors"]] == [(1, True)]
    assert runs(run_log)[job_id] == 1
    assert effects(conn)[job_id] == 1  # on_failed ran, as for retries that ran out


def test_completions_without_hooks_are_fenced_and_committed_on_their_own(conn, db_url) -> None:
    """The worker writes a batch of completions that run no hook in one round trip
    (runner.record_completions): each row is still fenced, and the batch is committed."""
    kept = enqueue_jobs(conn, "noop", 2)
    (lost,) = enqueue_jobs(conn, "noop")
    worker = "test-host:9:cccccc"
    with psycopg.connect(db_url) as wconn:  # a pool's kind of connection: not autocommit
        configure_service(wconn)
        claimed = jobs.claim(wconn, Q, ["noop"], worker=worker, limit=3)
        assert {j.id for j in claimed} == {*kept, lost}
        jobs.cancel_document(conn, row(conn, lost)["document_id"])  # its lease is lost
        outcomes = run_handler(registry.get(Q, "noop"), claimed)
        assert all(runs_no_hook(o) for o in outcomes)

        done = record_completions(wconn, Q, outcomes, worker=worker)

        assert wconn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
    assert (done.completed, done.discarded, done.failed) == (2, 1, 0)
    for job_id in kept:  # seen from another connection: committed
        assert (row(conn, job_id)["status"], row(conn, job_id)["result"]) == (
            "completed",
            {"ok": True},
        )
    assert (row(conn, lost)["status"], row(conn, lost)["result"]) == ("cancelled", None)
