"""Real worker supervisors for tests: `pdfqueue.worker.run` in a subprocess, stopped politely.

The one way tests start worker processes (the e2e harness starts the whole system through the
CLI instead, as an operator would)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path


def start_supervisor(
    concurrency: int = 1,
    *,
    handlers: str | None = None,
    queues: Sequence[str] | None = None,
    env: Mapping[str, str] | None = None,
    import_from: Sequence[Path] = (),
    log_level: str | None = None,
) -> subprocess.Popen:
    """Start `worker.run(concurrency=…)` with the current environment plus `env`.

    `import_from`: directories put first on PYTHONPATH, for a handlers module that lives among
    the tests (the worker processes inherit it). `log_level`: the supervisor's own logging."""
    args = [f"concurrency={concurrency}"]
    if handlers is not None:
        args.append(f"handlers={handlers!r}")
    if queues is not None:
        args.append(f"queues={list(queues)!r}")
    logging = f"logging.basicConfig(level={log_level!r}); " if log_level else ""
    code = (
        f"import logging, sys; from pdfqueue import worker; {logging}"
        f"sys.exit(worker.run({', '.join(args)}))"
    )
    full_env = {**os.environ, **(env or {})}
    if import_from:
        paths = [str(p) for p in import_from] + [full_env.get("PYTHONPATH", "")]
        full_env["PYTHONPATH"] = os.pathsep.join(paths)
    return subprocess.Popen([sys.executable, "-c", code], env=full_env)


def stop_supervisor(proc: subprocess.Popen, timeout: float = 30.0) -> int:
    """SIGTERM the supervisor (it drains its processes) and return its exit code; kill it and
    fail if it outlives `timeout`."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise


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
