"""A real API server (uvicorn, in a subprocess) and a real headless Chromium for the dashboard.

The browser is Debian's `chromium` driven by Playwright. Where it is missing the dashboard
tests are skipped with a reason saying how to install it; CI installs it, so there they run.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from dashboard_support import MONITOR

from pdfqueue.auth import mint_token
from pdfqueue.config import Settings
from worker_subprocess import start_supervisor, stop_all

CHROMIUM = os.environ.get("PDFQUEUE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SERVER_START_TIMEOUT = 30.0  # seconds for uvicorn to answer its first request


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(settings: Settings, tmp_path: Path) -> Iterator[str]:
    """The API application (which mounts the dashboard), served by uvicorn; its base URL."""
    port = _free_port()
    log = (tmp_path / "uvicorn.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "pdfqueue.api.app:create_app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--timeout-graceful-shutdown",
            "2",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=os.environ.copy(),
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while True:
        if proc.poll() is not None:
            pytest.fail(f"uvicorn exited: {(tmp_path / 'uvicorn.log').read_text()[-3000:]}")
        try:
            if httpx.get(f"{base}{MONITOR}/sign-in", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"uvicorn did not answer in {SERVER_START_TIMEOUT} s")
        time.sleep(0.2)
    try:
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        # Shown by pytest only when the test failed: the server's side of the story.
        print("--- uvicorn log ---\n" + (tmp_path / "uvicorn.log").read_text()[-5000:])


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        reason = (
            f"DASHBOARD TESTS SKIPPED: no Chromium at {CHROMIUM}. Install Debian's `chromium` "
            "(apt-get install chromium fonts-liberation) or set PDFQUEUE_CHROMIUM."
        )
        if os.environ.get("PDFQUEUE_REQUIRE_BROWSER"):  # CI installs it: never skip there
            pytest.fail(reason.replace("SKIPPED", "CANNOT RUN"))
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server: str, request: pytest.FixtureRequest) -> Iterator[object]:
    """A fresh browser context (no cookies) at 1280×800, with the server as base URL."""
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 800})
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.on("dialog", lambda dialog: dialog.accept())
    yield page
    context.close()


@pytest.fixture
def admin_token(settings: Settings) -> str:
    return mint_token("admin", "ops-alice", settings=settings)


@pytest.fixture
def user_token(settings: Settings) -> str:
    return mint_token("user", "bob", settings=settings)


# Quick retries and leases, so a test's failures and recoveries take seconds, not minutes.
FAST_QUEUE = {
    "PDFQUEUE_LEASE_SECONDS": "10",
    "PDFQUEUE_POLL_INTERVAL_SECONDS": "1",
    "PDFQUEUE_RETRY_BASE_SECONDS": "0.05",
    "PDFQUEUE_JOB_TIMEOUT_SECONDS": "120",
    "PDFQUEUE_SHUTDOWN_GRACE_SECONDS": "10",
    "PDFQUEUE_HEARTBEAT_SECONDS": "1",
}


@pytest.fixture
def workers(settings: Settings) -> Iterator[object]:
    """Start real worker processes (`pdfqueue.worker.run` in a subprocess); stopped at the end."""
    started: list[subprocess.Popen] = []

    def start(concurrency: int = 1) -> subprocess.Popen:
        proc = start_supervisor(concurrency, env=FAST_QUEUE)
        started.append(proc)
        return proc

    yield start
    stop_all(started, timeout=20)
