"""Worker processes (pdfqueue.worker) under their supervisor, as real processes: exclusivity,
crashes, hangs, graceful shutdown, cancellation, lease renewal, heartbeats, recycling,
reconnects (docs/architecture.md rules 2, 3, 8, 9)."""

from __future__ import annotations

import os
import signal
import time

import pytest
from psycopg.conninfo import conninfo_to_dict
from queue_helpers import (
    HANDLERS,
    HERE,
    Q,
    effects,
    enqueue_jobs,
    make_document,
    row,
    rows,
    runs,
    status_counts,
    wait_until,
    worker_processes,
)

from pdfqueue import queue, worker
from pdfqueue.errors import ConfigurationError
from worker_subprocess import start_supervisor, stop_supervisor


@pytest.fixture
def supervisor():
    """Start `worker.run` in a process; stopped (SIGTERM) at the end of the test."""
    started = []

    def start(concurrency: int = 2, **env: str):
        proc = start_supervisor(
            concurrency,
            handlers=HANDLERS,
            queues=[Q],
            env={k.upper(): v for k, v in env.items()},
            import_from=[HERE],
            log_level="WARNING",
        )
        started.append(proc)
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            stop_supervisor(proc)


def _completed(conn, ids) -> bool:
    return all(r["status"] == "completed" for r in rows(conn, ids))


def test_eight_processes_complete_5000_jobs_each_exactly_once(conn, supervisor, run_log) -> None:
    ids, hooked = [], []
    for _ in range(9):  # most without a hook (bulk outcomes), some with one (per-row outcomes)
        ids += enqueue_jobs(conn, "noop", 500, document_id=make_document(conn))
    hooked = enqueue_jobs(conn, "effect", 500, document_id=make_document(conn))
    proc = supervisor(8, pdfqueue_lease_seconds="30")

    wait_until(
        lambda: status_counts(conn).get("completed") == 5000,
        timeout=120,
        what="5,000 jobs to complete",
    )
    assert stop_supervisor(proc) == 0

    ran = runs(run_log)
    assert len(ran) == 5000 and set(ran.values()) == {1}, "a job ran twice or never"
    assert {r["status"] for r in rows(conn)} == {"completed"}
    done = effects(conn)
    assert set(done) == set(hooked) and set(done.values()) == {1}, "an outcome committed twice"
    assert len({r["locked_by"] for r in rows(conn)}) == 8  # all eight took part


def test_a_killed_worker_s_job_runs_again_and_completes_once(conn, supervisor, tmp_path) -> None:
    markers = tmp_path / "markers"
    markers.mkdir()
    (job_id,) = enqueue_jobs(conn, "slow", payload={"marker_dir": str(markers), "seconds": 60})
    others = enqueue_jobs(conn, "effect", 20)
    supervisor(2)

    marker = wait_until(lambda: next(markers.glob(f"{job_id}.0"), None), what="job to start")
    os.kill(int(marker.read_text()), signal.SIGKILL)
    killed_at = time.monotonic()

    wait_until(lambda: _completed(conn, [job_id, *others]), timeout=30, what="the re-run")
    assert time.monotonic() - killed_at < 4.0  # within one lease period (4 s here)
    r = row(conn, job_id)
    assert (r["status"], r["retry_count"]) == ("completed", 1)
    assert "killed by SIGKILL" in r["errors"][0]["error"]
    assert effects(conn)[job_id] == 1  # the outcome committed exactly once
    assert (markers / f"{job_id}.1").exists()


def test_rows_a_killed_worker_had_not_started_go_back_without_an_attempt(
    conn, supervisor, tmp_path
) -> None:
    markers = tmp_path / "markers"
    markers.mkdir()
    warm_up = enqueue_jobs(conn, "noop", 20)
    supervisor(1)
    wait_until(lambda: _completed(conn, warm_up), what="warm-up")  # short jobs: big claims
    doc = make_document(conn)
    slow = {"document_id": doc, "task": "slow", "payload": {"marker_dir": str(markers)}}
    quick = {"document_id": doc, "task": "noop"}
    with conn.transaction():
        running, *waiting = queue.enqueue(conn, Q, [slow] + [quick] * 10)
    marker = wait_until(lambda: next(markers.glob("*.0"), None), what="the slow job")
    assert {r["status"] for r in rows(conn, waiting)} == {"processing"}  # claimed with it
    os.kill(int(marker.read_text()), signal.SIGKILL)

    wait_until(lambda: _completed(conn, [running, *waiting]), timeout=30, what="the re-runs")
    assert row(conn, running)["retry_count"] == 1
    assert {(r["retry_count"], len(r["errors"])) for r in rows(conn, waiting)} == {(0, 0)}


def test_a_killed_worker_s_last_attempt_fails_and_runs_on_failed(
    conn, supervisor, tmp_path
) -> None:
    markers = tmp_path / "markers"
    markers.mkdir()
    payload = {"marker_dir": str(markers), "seconds": 60}
    (job_id,) = enqueue_jobs(conn, "slow_tracked", payload=payload, max_retries=0)
    supervisor(1)
    marker = wait_until(lambda: next(markers.glob("*.0"), None), what="the job to start")
    os.kill(int(marker.read_text()), signal.SIGKILL)

    wait_until(lambda: row(conn, job_id)["status"] == "failed", what="the row to fail")
    (failed_with,) = conn.execute(
        "SELECT failed_with FROM queue_test_effects WHERE job_id = %s", (job_id,)
    ).fetchone()
    assert failed_with == "worker process died (killed by SIGKILL)"


def test_a_hung_handler_is_killed_at_its_timeout_and_retried(conn, supervisor, tmp_path) -> None:
    markers = tmp_path / "markers"
    markers.mkdir()
    (job_id,) = enqueue_jobs(conn, "hang", payload={"marker_dir": str(markers), "seconds": 3600})
    supervisor(1)

    def started() -> str | None:  # the marker, once its pid is written (not just created)
        marker = next(markers.glob("*.0"), None)
        return marker.read_text() if marker is not None and marker.read_text() else None

    first_pid = int(wait_until(started, what="start"))
    wait_until(lambda: _completed(conn, [job_id]), timeout=20, what="the retry to complete")

    r = row(conn, job_id)
    assert r["retry_count"] == 1
    assert r["errors"][0]["error"] == "job timed out after 1.5 s; its worker process was killed"
    second_pid = int((markers / f"{job_id}.1").read_text())
    assert second_pid != first_pid
    with pytest.raises(ProcessLookupError):
        os.kill(first_pid, 0)


def test_sigterm_lets_running_jobs_finish_and_returns_the_rest(conn, supervisor, tmp_path) -> None:
    markers = tmp_path / "markers"
    markers.mkdir()
    doc = make_document(conn)
    slow = {"marker_dir": str(markers), "seconds": 1.5}
    (running,) = enqueue_jobs(conn, "slow", document_id=doc, payload=slow)
    waiting = enqueue_jobs(conn, "slow", 5, document_id=doc, payload=slow)
    proc = supervisor(1)

    wait_until(lambda: next(markers.glob(f"{running}.0"), None), what="the first job to start")
    assert stop_supervisor(proc) == 0

    assert row(conn, running)["status"] == "completed"
    left = rows(conn, waiting)
    assert {r["status"] for r in left} == {"pending"}
    assert {r["retry_count"] for r in left} == {0}  # returned without counting an attempt
    assert all(r["locked_by"] is None for r in left)


def test_sigterm_kills_what_outlives_the_grace_period_without_counting_it(
    conn, supervisor, tmp_path
) -> None:
    markers = tmp_path / "markers"
    markers.mkdir()
    (job_id,) = enqueue_jobs(conn, "slow", payload={"marker_dir": str(markers), "seconds": 60})
    proc = supervisor(1, pdfqueue_shutdown_grace_seconds="0.5")
    wait_until(lambda: next(markers.glob("*.0"), None), what="the job to start")

    assert stop_supervisor(proc) == 0
    r = row(conn, job_id)
    assert (r["status"], r["retry_count"], r["locked_by"]) == ("pending", 0, None)


def test_cancelling_a_document_mid_flight(conn, supervisor, tmp_path) -> None:
    markers = tmp_path / "markers"
    markers.mkdir()
    doc = make_document(conn)
    (running,) = enqueue_jobs(
        conn, "slow", document_id=doc, payload={"marker_dir": str(markers), "seconds": 1}
    )
    rest = enqueue_jobs(conn, "effect", 5, document_id=doc)
    supervisor(1)
    wait_until(lambda: next(markers.glob("*.0"), None), what="the job to start")

    with conn.transaction():
        assert queue.cancel_document(conn, doc) == 6
    (other,) = enqueue_jobs(conn, "effect")  # the worker goes on with other documents
    wait_until(lambda: _completed(conn, [other]), what="another document's job")

    assert {r["status"] for r in rows(conn, [running, *rest])} == {"cancelled"}
    assert row(conn, running)["result"] is None
    assert set(effects(conn)) == {other}  # the cancelled job's on_complete never ran


def test_leases_are_renewed_while_a_long_job_runs(conn, supervisor, tmp_path, run_log) -> None:
    markers = tmp_path / "markers"
    markers.mkdir()
    # runs 5 s with 2.5 s leases: without renewal the rescuer would hand it to the other process
    (job_id,) = enqueue_jobs(conn, "slow", payload={"marker_dir": str(markers), "seconds": 5})
    supervisor(2, pdfqueue_lease_seconds="2.5")
    wait_until(lambda: _completed(conn, [job_id]), timeout=20, what="the long job")
    assert row(conn, job_id)["retry_count"] == 0
    assert runs(run_log)[job_id] == 1


def test_idle_workers_beat_wake_on_notify_and_say_when_they_stop(conn, supervisor) -> None:
    proc = supervisor(2, pdfqueue_poll_interval_seconds="30")
    live = wait_until(
        lambda: len(worker_processes(conn)) == 2 and worker_processes(conn), what="two heartbeats"
    )
    assert all(w["queues"] == ["webhook_queue"] and not w["stale"] for w in live)
    assert all(w["rss_bytes"] > 0 for w in live)
    time.sleep(0.5)  # idle, listening
    (job_id,) = enqueue_jobs(conn, "effect")
    wait_until(lambda: _completed(conn, [job_id]), timeout=10, what="pickup via NOTIFY")  # not poll
    assert stop_supervisor(proc) == 0
    assert {w["status"] for w in queue.list_workers(conn)} == {"stopped"}


def test_workers_load_their_engines_before_they_report_ready(conn, supervisor, tmp_path) -> None:
    warm = tmp_path / "warm"
    warm.mkdir()
    supervisor(2, pdfqueue_test_warm_log=str(warm), pdfqueue_test_warm_fail="1")
    live = wait_until(
        lambda: len(worker_processes(conn)) == 2 and worker_processes(conn), what="two heartbeats"
    )
    loaded = {int(p.stem): float(p.read_text()) for p in warm.glob("*.warm")}
    assert set(loaded) == {w["pid"] for w in live}
    for w in live:
        assert loaded[w["pid"]] <= w["started_at"].timestamp(), "ready before warming up"
    # a warm-up that raised is logged; the process still serves the handler's jobs
    ids = enqueue_jobs(conn, "effect", 5)
    wait_until(lambda: _completed(conn, ids), timeout=20, what="jobs after a failed warm-up")


def test_without_preload_engines_wait_for_the_first_job(conn, supervisor, tmp_path) -> None:
    warm = tmp_path / "warm"
    warm.mkdir()
    supervisor(1, pdfqueue_test_warm_log=str(warm), pdfqueue_worker_preload="false")
    wait_until(lambda: worker_processes(conn), what="the heartbeat")
    ids = enqueue_jobs(conn, "effect", 2)
    wait_until(lambda: _completed(conn, ids), timeout=20, what="two jobs")
    assert list(warm.glob("*.warm")) == []


def test_a_process_above_its_memory_limit_is_recycled_between_jobs(conn, supervisor) -> None:
    ids = enqueue_jobs(conn, "effect", 3)
    supervisor(1, pdfqueue_worker_memory_limit_mb="1")
    wait_until(lambda: _completed(conn, ids), timeout=30, what="jobs to complete")
    wait_until(lambda: len(queue.list_workers(conn)) >= 2, what="a recycled process")
    assert set(effects(conn).values()) == {1}


def test_a_job_growing_past_twice_the_memory_limit_is_killed_mid_job_and_retried(
    conn, supervisor
) -> None:
    (job_id,) = enqueue_jobs(conn, "hog")
    supervisor(1, pdfqueue_worker_memory_limit_mb="150")
    wait_until(lambda: _completed(conn, [job_id]), timeout=60, what="the retry to complete")

    r = row(conn, job_id)
    assert r["retry_count"] == 1
    assert r["errors"][0]["error"].startswith("job used more than 300 MB of memory")


def test_workers_survive_losing_their_database_connections(conn, supervisor, db_url) -> None:
    first = enqueue_jobs(conn, "effect", 3)
    supervisor(2)
    wait_until(lambda: _completed(conn, first), what="first jobs")
    dbname = conninfo_to_dict(db_url)["dbname"]
    killed = conn.execute(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
        " WHERE datname = %s AND pid <> pg_backend_pid()",
        (dbname,),
    ).fetchone()[0]
    assert killed >= 2
    second = enqueue_jobs(conn, "effect", 3)
    wait_until(lambda: _completed(conn, second), timeout=30, what="jobs after the reconnect")


def test_a_missing_handlers_module_is_a_clear_error(qsettings) -> None:
    with pytest.raises(ConfigurationError, match="does not exist"):
        worker.run(concurrency=1, handlers="no_such_module_for_pdfqueue")


def test_an_unknown_queue_is_a_clear_error(qsettings) -> None:
    with pytest.raises(ConfigurationError, match="Unknown queue"):
        worker.run(concurrency=1, queues=["nope"], handlers="queue_test_handlers")


def test_worker_processes_stop_when_their_supervisor_is_killed(conn, supervisor) -> None:
    proc = supervisor(2)
    live = wait_until(
        lambda: len(worker_processes(conn)) == 2 and worker_processes(conn), what="two heartbeats"
    )
    proc.kill()
    proc.wait()

    def gone() -> bool:
        for w in live:
            try:
                os.kill(w["pid"], 0)
            except ProcessLookupError:
                continue
            return False
        return True

    wait_until(gone, timeout=15, what="orphaned worker processes to exit")


def test_worker_processes_run_at_the_configured_niceness(conn, supervisor) -> None:
    (job_id,) = enqueue_jobs(conn, "effect")
    supervisor(1, pdfqueue_worker_nice="7")
    wait_until(lambda: _completed(conn, [job_id]), timeout=30, what="the job")
    (child,) = wait_until(lambda: worker_processes(conn), what="the heartbeat")
    niceness = os.getpriority(os.PRIO_PROCESS, child["pid"])
    assert niceness - os.getpriority(os.PRIO_PROCESS, 0) == 7
