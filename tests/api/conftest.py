"""API fixtures: a real uvicorn server per test on a free port, clients with tokens per role."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from apihelpers import RunningApi, run_server

from pdfqueue.api.app import create_app
from pdfqueue.config import Settings
from worker_subprocess import start_supervisor, stop_all


@pytest.fixture
def make_api(settings: Settings) -> Iterator[Callable[..., RunningApi]]:
    """Start an API with these settings (overrides as keyword arguments)."""
    running: list[Iterator[str]] = []

    def factory(**overrides: Any) -> RunningApi:
        effective = settings.model_copy(update=overrides) if overrides else settings
        app = create_app(effective)
        gen = run_server(app)
        url = next(gen)
        running.append(gen)
        return RunningApi(app, url, effective)

    yield factory
    for gen in running:
        next(gen, None)


@pytest.fixture
def api(make_api: Callable[..., RunningApi]) -> RunningApi:
    return make_api()


FAST_QUEUE = {
    "PDFQUEUE_LEASE_SECONDS": "10",
    "PDFQUEUE_POLL_INTERVAL_SECONDS": "1",
    "PDFQUEUE_RETRY_BASE_SECONDS": "0.05",
    "PDFQUEUE_JOB_TIMEOUT_SECONDS": "120",
    "PDFQUEUE_SHUTDOWN_GRACE_SECONDS": "10",
}


@pytest.fixture
def workers(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Any]]:
    """Start real worker processes (`pdfqueue.worker.run` in a subprocess); stopped at the end."""
    for key, value in FAST_QUEUE.items():
        monkeypatch.setenv(key, value)
    started: list[subprocess.Popen] = []

    def start(concurrency: int = 1) -> subprocess.Popen:
        proc = start_supervisor(concurrency)
        started.append(proc)
        return proc

    yield start
    stop_all(started)
