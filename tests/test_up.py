"""`pdfqueue up`: the whole system from one command, and a clean stop on Ctrl-C."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from pdfqueue.auth import verify_token
from pdfqueue.config import Settings
from pdfqueue.db import server

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def data_dir() -> Iterator[Path]:
    # Not tmp_path: pytest keeps its base temp 0700, which the embedded server's system user
    # (`pgserver`, when running as root) cannot traverse if pytest re-tightens it meanwhile.
    path = Path(tempfile.mkdtemp(prefix="pdfqueue-up-"))
    yield path / "data"
    shutil.rmtree(path, ignore_errors=True)


def pdfqueue(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pdfqueue.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_db_status_says_who_started_the_embedded_server_and_db_stop_stops_it(
    data_dir: Path,
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PDFQUEUE_")}
    env["PDFQUEUE_DATA_DIR"] = str(data_dir)
    try:
        assert pdfqueue(env, "migrate").returncode == 0  # starts the server, leaves it running
        assert server.is_running(data_dir)
        status = " ".join(pdfqueue(env, "db", "status").stdout.split())  # unwrapped
        assert "is running, started by `pdfqueue migrate`" in status, status
        stopped = pdfqueue(env, "db", "stop")
        assert "Stopped the embedded PostgreSQL" in stopped.stdout, stopped.stdout
        assert not server.is_running(data_dir)
        after = pdfqueue(env, "db", "status", "--json")
        assert json.loads(after.stdout)["running"] is False
    finally:
        server.stop(data_dir)


def test_up_runs_the_system_on_the_embedded_database_and_stops_cleanly(data_dir: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PDFQUEUE_")}
    env |= {"PDFQUEUE_DATA_DIR": str(data_dir), "PDFQUEUE_PORT": str(port)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pdfqueue.cli", "up", "--workers", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    try:
        deadline = time.monotonic() + 120
        assert proc.stdout is not None
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "Press Ctrl-C to stop" in line:
                break
        output = "".join(lines)
        assert f"http://127.0.0.1:{port}/admin/async-queue-monitor" in output, output
        token_line = next(lines[i + 1] for i, line in enumerate(lines) if "Admin token" in line)
        token = token_line.strip()
        claims = verify_token(token, Settings(data_dir=data_dir))
        assert claims.role == "admin"
        # short-lived: the printed token ends up in terminals and logs
        assert claims.exp is not None and claims.exp - time.time() <= 3600

        assert httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5).status_code == 200
        ready = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=5)
        assert ready.status_code == 200, ready.text
        assert server.is_running(data_dir)

        # A second `up` on the same port fails at once, in a sentence, and leaves this one be.
        second = pdfqueue(env, "up", "--workers", "1", timeout=60)
        assert second.returncode != 0
        assert f"Port {port} on 127.0.0.1 is taken" in second.stdout + second.stderr
        assert "pdfqueue is up" not in second.stdout
        status = pdfqueue(env, "db", "status", "--json")
        assert json.loads(status.stdout)["running"] is True
        assert json.loads(status.stdout)["started_by"] == "pdfqueue up"
        assert httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5).status_code == 200

        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=90) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
            server.stop(data_dir)
    assert not server.is_running(data_dir), "the embedded database outlived `pdfqueue up`"
