"""Fixtures of the queue and worker tests (imported by tests/queue and tests/worker conftests):
short leases and timeouts (in the environment, so worker processes share them), the handlers
of queue_test_handlers registered, and a table for their side effects."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import queue_test_handlers  # noqa: F401  (registers the test handlers)
from queue_helpers import create_effects_table

from pdfqueue.config import Settings, get_settings

FAST = {
    "PDFQUEUE_LEASE_SECONDS": "4",  # short, yet safe from renewal delays on a busy machine
    "PDFQUEUE_POLL_INTERVAL_SECONDS": "1",
    "PDFQUEUE_RETRY_BASE_SECONDS": "0.05",
    "PDFQUEUE_HEARTBEAT_SECONDS": "0.5",
    "PDFQUEUE_JOB_TIMEOUT_SECONDS": "20",
    "PDFQUEUE_SHUTDOWN_GRACE_SECONDS": "10",
}


@pytest.fixture
def qsettings(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[Settings]:
    """Settings with short queue timings; PDFQUEUE_TEST_RUN_LOG collects handler runs."""
    run_log = tmp_path / "runs"
    run_log.mkdir()
    for key, value in {**FAST, "PDFQUEUE_TEST_RUN_LOG": str(run_log)}.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()


@pytest.fixture
def run_log(qsettings: Settings, tmp_path: Path) -> Path:
    return tmp_path / "runs"


@pytest.fixture
def conn(db_url: str, qsettings: Settings) -> Iterator[psycopg.Connection]:
    """The schema owner's autocommit connection, with the effects table made."""
    with psycopg.connect(db_url, autocommit=True) as c:
        create_effects_table(c)
        yield c


@pytest.fixture
def make_worker(db_url: str, qsettings: Settings):
    """In-process worker loops (no processes, no threads): `w = make_worker(); w.run_once()`."""
    from pdfqueue.worker import WorkerProcess

    made: list[WorkerProcess] = []

    def factory(name: str = "test-host:1:aaaaaa", queues: tuple[str, ...] = ("webhook_queue",)):
        w = WorkerProcess(url=db_url, settings=qsettings, queues=list(queues), worker_id=name)
        made.append(w)
        return w

    yield factory
    for w in made:
        w.close()
