"""Real worker supervisors for tests: `pdfqueue.worker.run` in a subprocess, stopped politely."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Mapping, Sequence


def start_supervisor(
    concurrency: int = 1,
    *,
    handlers: str | None = None,
    env: Mapping[str, str] | None = None,
) -> subprocess.Popen:
    """Start `worker.run(concurrency=…)` with the current environment plus `env`."""
    extra = "" if handlers is None else f", handlers={handlers!r}"
    code = (
        "import sys; from pdfqueue import worker; "
        f"sys.exit(worker.run(concurrency={concurrency}{extra}))"
    )
    return subprocess.Popen([sys.executable, "-c", code], env={**os.environ, **(env or {})})


def stop_all(processes: Sequence[subprocess.Popen], timeout: float = 30.0) -> None:
    """SIGTERM every process still running (they drain), then kill what outlives `timeout`."""
    for proc in processes:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    for proc in processes:
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
