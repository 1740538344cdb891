"""Handlers for the queue tests, registered on import (worker processes import this module).

All live on `webhook_queue`, whose `task` column is free text; their behaviour is steered by
the row's payload, and each run is appended to a log file when PDFQUEUE_TEST_RUN_LOG names a
directory, so a test can count how often a job's handler really ran, across processes.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from pdfqueue.queue import Handler, Job, register
from pdfqueue.queue.errors import PermanentFailure

Q = "webhook_queue"


def _log_runs(jobs) -> None:
    where = os.environ.get("PDFQUEUE_TEST_RUN_LOG")
    if where:
        with open(Path(where) / f"{os.getpid()}.log", "a") as f:
            f.write("".join(f"{job.id}\n" for job in jobs))


def _each(fn):
    def run(jobs):
        _log_runs(jobs)
        return [fn(job) for job in jobs]

    return run


def _noop(job: Job) -> dict:
    return {"ok": True}


def _flaky(job: Job) -> dict:
    if job.attempt < job.payload.get("fail_times", 0):
        raise RuntimeError(f"flaky failure on attempt {job.attempt}")
    return {"ok": True, "attempt": job.attempt}


def _always_fails(job: Job) -> dict:
    raise ValueError(f"always fails (attempt {job.attempt})")


def _refuses(job: Job) -> dict:
    raise PermanentFailure(f"cannot ever work (attempt {job.attempt})")


def _empty(job: Job) -> dict:
    return {}


def _slow(job: Job) -> dict:
    """Writes a marker with its pid, then sleeps (on the attempts listed in `slow_attempts`).

    The marker appears whole, by renaming a written file: a test that sees it can read the pid
    (CI once read an empty marker, created but not yet written).
    """
    marker = job.payload.get("marker_dir")
    if marker:
        written = Path(marker) / f".{job.id}.{job.attempt}.tmp"
        written.write_text(str(os.getpid()))
        written.rename(Path(marker) / f"{job.id}.{job.attempt}")
    if job.attempt in job.payload.get("slow_attempts", [0]):
        time.sleep(job.payload.get("seconds", 3600))
    return {"ok": True, "pid": os.getpid()}


def _hog(job: Job) -> dict:
    """On its first attempt, grows by 20 MB every 50 ms until something stops it."""
    if job.attempt == 0:
        hoard = []
        while True:
            hoard.append(bytearray(20 * 2**20))  # bytearray pages are touched: resident
            time.sleep(0.05)
    return {"ok": True}


def _record_effect(conn, job: Job, result: dict) -> None:
    conn.execute(
        "INSERT INTO queue_test_effects (job_id, attempt) VALUES (%s, %s)", (job.id, job.attempt)
    )


def _effect_then_raise(conn, job: Job, result: dict) -> None:
    _record_effect(conn, job, result)
    if job.attempt < job.payload.get("hook_fail_times", 1):
        raise RuntimeError("on_complete exploded")


def _record_together(conn, done) -> None:
    """on_complete_many: one effect per row, each saying how many rows the call had; raises
    (after writing) while any row's attempt is below its payload's `hook_fail_times`."""
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO queue_test_effects (job_id, attempt, call_size) VALUES (%s, %s, %s)",
            [(job.id, job.attempt, len(done)) for job, _ in done],
        )
    if any(job.attempt < job.payload.get("hook_fail_times", 0) for job, _ in done):
        raise RuntimeError("on_complete_many exploded")


def _record_failure(conn, job: Job, error: str) -> None:
    conn.execute(
        "INSERT INTO queue_test_effects (job_id, attempt, failed_with) VALUES (%s, %s, %s)",
        (job.id, job.attempt, error),
    )


def _warm_up() -> None:
    """Writes `<pid>.warm` holding the time, where PDFQUEUE_TEST_WARM_LOG names a directory;
    then raises if PDFQUEUE_TEST_WARM_FAIL is set."""
    where = os.environ.get("PDFQUEUE_TEST_WARM_LOG")
    if where:
        (Path(where) / f"{os.getpid()}.warm").write_text(repr(time.time()))
        if os.environ.get("PDFQUEUE_TEST_WARM_FAIL"):
            raise RuntimeError("warm-up exploded")


def _batch(jobs):
    """Odd `n` fails, even succeeds: each row of one call gets its own outcome."""
    _log_runs(jobs)
    return [
        ValueError(f"odd {job.payload['n']}") if job.payload["n"] % 2 else {"n": job.payload["n"]}
        for job in jobs
    ]


register(Handler(Q, "noop", _each(_noop)))
register(Handler(Q, "effect", _each(_noop), warm_up=_warm_up, on_complete=_record_effect))
register(Handler(Q, "flaky", _each(_flaky), on_complete=_record_effect))
register(Handler(Q, "always_fails", _each(_always_fails), on_failed=_record_failure))
register(Handler(Q, "refuses", _each(_refuses), on_failed=_record_failure))
register(Handler(Q, "empty", _each(_empty)))
register(Handler(Q, "empty_ok", _each(_empty), requires_result=False))
register(Handler(Q, "slow", _each(_slow), on_complete=_record_effect))
register(Handler(Q, "hang", _each(_slow), timeout_seconds=1.5, on_complete=_record_effect))
register(Handler(Q, "hog", _each(_hog), timeout_seconds=120, on_complete=_record_effect))
register(Handler(Q, "hook_raises", _each(_noop), on_complete=_effect_then_raise))
register(Handler(Q, "batch", _batch, batch_size=5, on_complete=_record_effect))
register(Handler(Q, "together", _each(_noop), batch_size=5, on_complete_many=_record_together))
register(Handler(Q, "slow_tracked", _each(_slow), on_failed=_record_failure))
