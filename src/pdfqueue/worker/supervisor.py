"""The supervisor (`pdfqueue worker`): N worker processes, kept alive and within limits.

`run()` starts `concurrency` worker processes (fresh interpreters, so an idle worker holds only
what it imported: the queue, psycopg and the handlers module), and every few hundred
milliseconds it

- restarts a process that died (kill -9, crash) or recycled itself, failing what it held
  with an attempt counted so it is retried at once;
- kills a process whose current handler call ran past its timeout (each process publishes
  "busy since, timeout" in its shared-memory slot, slots.py), or whose memory passed twice
  `worker_memory_limit_mb` mid-job (memory.py), and fails its jobs the same way;
- runs queue maintenance (rescuer, registered tasks such as the pipeline's pruning) when
  elected leader (queue/maintenance.py);
- on SIGTERM/SIGINT forwards the signal, gives running jobs `shutdown_grace_seconds`, kills
  what is left and returns its rows to pending without counting an attempt, and returns 0.
"""

from __future__ import annotations

import contextlib
import json
import mmap
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import UUID

import psycopg

from pdfqueue.config import Settings, get_settings
from pdfqueue.db.connect import database_url
from pdfqueue.errors import ConfigurationError
from pdfqueue.queue import jobs, rescuer
from pdfqueue.queue.maintenance import Maintainer
from pdfqueue.queue.sql import query
from pdfqueue.worker import slots as slot_state
from pdfqueue.worker.handlers import DEFAULT_HANDLERS, served_queues
from pdfqueue.worker.logs import log
from pdfqueue.worker.memory import HARD_MEMORY_FACTOR, rss_of
from pdfqueue.worker.process import EXIT_CONFIG, worker_id

SUPERVISE_EVERY_SECONDS = 0.1  # how often the supervisor looks at its processes
MAINTAIN_EVERY_SECONDS = 1.0  # how often the supervisor runs (or tries to lead) maintenance
RESTART_BACKOFF_MAX_SECONDS = 30.0  # a process that keeps dying is restarted at most this slowly


def run(
    *,
    concurrency: int,
    queues: Sequence[str] | None = None,
    handlers: str = DEFAULT_HANDLERS,
    settings: Settings | None = None,
) -> int:
    """Run `concurrency` worker processes until SIGTERM/SIGINT; returns the exit code."""
    settings = settings or get_settings()
    if concurrency < 1:
        raise ConfigurationError("--concurrency must be at least 1.")
    served = served_queues(handlers, queues)
    url = database_url(settings)
    supervisor = Supervisor(
        url=url, settings=settings, queues=served, handlers=handlers, concurrency=concurrency
    )
    return supervisor.run()


@dataclass
class _Slot:
    """One worker process of the supervisor."""

    index: int
    proc: subprocess.Popen | None = None
    worker_id: str = ""
    state: mmap.mmap | None = None
    started: float = 0.0
    quick_deaths: int = 0
    restart_at: float = 0.0
    killed_for: str | None = None


@dataclass
class Supervisor:
    """Starts, watches, restarts and drains the worker processes (`run()` is the loop)."""

    url: str
    settings: Settings
    queues: list[str]
    handlers: str
    concurrency: int
    slots: list[_Slot] = field(default_factory=list)
    stopping: bool = False
    fatal: int | None = None

    def run(self) -> int:
        self._state_dir = Path(tempfile.mkdtemp(prefix="pdfqueue-worker-"))
        self.maintainer = Maintainer(self.url)
        self._install_signals()
        log.info(
            "starting %d worker processes for %s (handlers: %s)",
            self.concurrency,
            ", ".join(self.queues),
            self.handlers,
        )
        self.slots = [_Slot(i) for i in range(self.concurrency)]
        for slot in self.slots:
            self._start(slot)
        next_maintenance = 0.0
        try:
            while not self.stopping and self.fatal is None:
                for slot in self.slots:
                    self._guarded(self._watch, slot)
                if time.monotonic() >= next_maintenance:
                    self._guarded(self.maintainer.tick)
                    next_maintenance = time.monotonic() + MAINTAIN_EVERY_SECONDS
                time.sleep(SUPERVISE_EVERY_SECONDS)
            self._drain()
        finally:
            self.maintainer.close()
            for slot in self.slots:
                if slot.state is not None:
                    slot.state.close()
            with contextlib.suppress(OSError):
                for f in self._state_dir.iterdir():
                    f.unlink()
                self._state_dir.rmdir()
        log.info("workers stopped")
        return self.fatal if self.fatal is not None else 0

    def _guarded(self, action: Any, *args: Any) -> None:
        """The supervisor outlives any one failure: log it and go on with the next round."""
        try:
            action(*args)
        except Exception:
            log.exception("supervisor: %s failed; continuing", getattr(action, "__name__", action))
            if isinstance(self.maintainer.conn, psycopg.Connection):
                self.maintainer.close()  # start the next round on a fresh connection

    # --- signals -------------------------------------------------------------------------------
    def _install_signals(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return

        def stop(signum: int, _frame: Any) -> None:
            if not self.stopping:
                log.info(
                    "%s: stopping workers (grace %.0f s)",
                    signal.Signals(signum).name,
                    self.settings.shutdown_grace_seconds,
                )
            self.stopping = True

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)

    # --- processes -----------------------------------------------------------------------------
    def _start(self, slot: _Slot) -> None:
        token = secrets.token_hex(3)
        state_path = self._state_dir / f"slot{slot.index}"
        slot_state.reset(state_path)
        cmd = [
            sys.executable,
            "-c",
            "from pdfqueue.worker.process import child_main; raise SystemExit(child_main())",
            "--token", token,
            "--queues", ",".join(self.queues),
            "--handlers", self.handlers,
            "--state", str(state_path),
        ]  # fmt: skip
        slot.proc = subprocess.Popen(cmd, env=self._child_env())
        slot.worker_id = worker_id(slot.proc.pid, token)
        if slot.state is not None:
            slot.state.close()
        slot.state = slot_state.attach(state_path)
        slot.started = time.monotonic()
        slot.killed_for = None
        log.debug("started worker process %s", slot.worker_id)

    def _child_env(self) -> dict[str, str]:
        env = dict(os.environ)
        for name, value in self.settings.model_dump().items():
            key = f"PDFQUEUE_{name.upper()}"
            if value is None:
                env.pop(key, None)
            elif isinstance(value, list | tuple | set | dict):
                env[key] = json.dumps(list(value) if not isinstance(value, dict) else value)
            else:
                secret = getattr(value, "get_secret_value", None)
                env[key] = str(secret() if secret else value)
        env["PDFQUEUE_DATABASE_URL"] = self.url
        env["OMP_THREAD_LIMIT"] = "1"  # tesseract & co: parallelism is by process
        # glibc gives each thread that allocates its own heap arena (up to 8 per core), and an
        # arena's freed pages are not returned while any allocation is live in it: the blob
        # writer, onnxruntime and tokenizer threads each held their own. Two arenas bound that.
        env.setdefault("MALLOC_ARENA_MAX", "2")
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p and Path(p).is_dir())
        return env

    def _watch(self, slot: _Slot) -> None:
        if slot.proc is None:
            if time.monotonic() >= slot.restart_at:
                self._start(slot)
            return
        rc = slot.proc.poll()
        if rc is None:
            self._check_limits(slot)
            return
        self._exited(slot, rc)

    def _check_limits(self, slot: _Slot) -> None:
        """Kill a process whose handler call ran past its timeout, or whose memory grew past
        the hard limit mid-job (the soft limit recycles it only between jobs, which a single
        runaway job, such as a PDF built to exhaust memory, never reaches)."""
        assert slot.state is not None and slot.proc is not None
        since, timeout = slot_state.busy(slot.state)
        if since and timeout and time.time() - since > timeout:
            log.warning(
                "worker %s: job ran past its timeout of %.0f s; killing the process",
                slot.worker_id,
                timeout,
            )
            self._kill(slot, f"job timed out after {timeout:g} s; its worker process was killed")
            return
        hard_limit_mb = HARD_MEMORY_FACTOR * self.settings.worker_memory_limit_mb
        rss_mb = rss_of(slot.proc.pid) / 2**20
        if since and rss_mb > hard_limit_mb:
            log.warning(
                "worker %s: %.0f MB in use, above the hard limit of %.0f MB; killing the process",
                slot.worker_id,
                rss_mb,
                hard_limit_mb,
            )
            self._kill(
                slot,
                f"job used more than {hard_limit_mb:.0f} MB of memory "
                f"(2 × PDFQUEUE_WORKER_MEMORY_LIMIT_MB); its worker process was killed",
            )

    def _kill(self, slot: _Slot, reason: str) -> None:
        assert slot.proc is not None
        slot.killed_for = reason
        slot.proc.kill()
        slot.proc.wait()
        self._exited(slot, slot.proc.returncode)

    def _exited(self, slot: _Slot, rc: int) -> None:
        assert slot.proc is not None
        if rc == EXIT_CONFIG:
            log.error("worker process %s could not start; stopping", slot.worker_id)
            self.fatal = EXIT_CONFIG
            slot.proc = None
            return
        recycled = rc == 0 and not self.stopping and slot.killed_for is None
        if recycled:
            log.info("worker %s recycled (memory limit); restarting", slot.worker_id)
            slot.quick_deaths = 0
        else:
            reason = slot.killed_for or _death(rc)
            if slot.killed_for is None:
                log.warning("worker %s: %s; restarting", slot.worker_id, reason)
            self._fail_rows(slot.worker_id, reason, slot_state.running_ids(slot.state))
            quick = time.monotonic() - slot.started < 5.0
            slot.quick_deaths = slot.quick_deaths + 1 if quick else 0
        self._forget(slot.worker_id)
        slot.proc = None
        delay = min(RESTART_BACKOFF_MAX_SECONDS, 0.5 * 2**slot.quick_deaths) - 0.5
        slot.restart_at = time.monotonic() + max(0.0, delay)

    def _fail_rows(self, worker: str, reason: str, running: list[UUID] | None) -> None:
        """A process died or was killed: the rows it was running fail (an attempt counted) and
        run again now; rows it had claimed but not started go back without an attempt. When
        it died between handler calls (`running` unknown), every row it held fails: the cause
        may be a row's own outcome hook."""
        try:
            conn = self.maintainer.connection()
            with conn.transaction():
                # documents before rows, as every outcome transaction (rescuer.fail_worker)
                failed = rescuer.fail_worker(conn, worker, reason, running)
                released = jobs.release_worker(conn, worker) if running is not None else 0
                queues = {q for q, _ in failed}
                for queue in queues | (set(self.queues) if released else set()):
                    jobs.notify_workers(conn, queue)
        except psycopg.OperationalError as exc:
            log.warning("could not fail the rows of %s (%s); the rescuer will", worker, exc)
            self.maintainer.close()

    def _forget(self, worker: str) -> None:
        with contextlib.suppress(psycopg.OperationalError):
            self.maintainer.connection().execute(query("mark_worker_stopped"), {"id": worker})

    def _drain(self) -> None:
        """Graceful stop: SIGTERM everyone, wait the grace period, kill and un-claim the rest."""
        alive = [s for s in self.slots if s.proc is not None and s.proc.poll() is None]
        for slot in alive:
            assert slot.proc is not None
            with contextlib.suppress(ProcessLookupError):
                slot.proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + self.settings.shutdown_grace_seconds
        for slot in alive:
            assert slot.proc is not None
            try:
                slot.proc.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                log.warning(
                    "worker %s did not finish within the grace period; killing it", slot.worker_id
                )
                slot.proc.kill()
                slot.proc.wait()
                self._release(slot.worker_id)
            self._forget(slot.worker_id)

    def _release(self, worker: str) -> None:
        try:
            conn = self.maintainer.connection()
            with conn.transaction():
                n = jobs.release_worker(conn, worker)
            if n:
                log.info("returned %d rows of %s to pending", n, worker)
        except psycopg.OperationalError as exc:
            log.warning("could not return the rows of %s (%s); the rescuer will", worker, exc)


def _death(rc: int) -> str:
    if rc < 0:
        with contextlib.suppress(ValueError):
            return f"worker process died (killed by {signal.Signals(-rc).name})"
    return f"worker process died (exit code {rc})"
