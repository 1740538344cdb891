"""Worker processes: a supervisor and N processes that claim rows and run their handlers.

`run()` is the supervisor (`pdfqueue worker`). It starts `concurrency` worker processes
(fresh interpreters, so an idle worker holds only what it imported: the queue, psycopg and the
handlers module), and every few hundred milliseconds it

- restarts a process that died (kill -9, crash) or recycled itself, failing what it held
  with an attempt counted so it is retried at once;
- kills a process whose current handler call ran past its timeout (each process publishes
  "busy since, timeout" in a small shared-memory file), or whose memory passed twice
  `worker_memory_limit_mb` mid-job, and fails its jobs the same way;
- runs queue maintenance (rescuer, pruner) when elected leader (queue/maintenance.py);
- on SIGTERM/SIGINT forwards the signal, gives running jobs `shutdown_grace_seconds`, kills
  what is left and returns its rows to pending without counting an attempt, and returns 0.

A worker process (`WorkerProcess`) loops: claim up to a batch of due rows (one round trip),
run them through their handlers, record the outcomes in one transaction per batch of outcomes,
each row fenced on its own. A thread renews its leases and beats its heartbeat. When nothing is
due it waits for a NOTIFY on `pdfqueue_jobs` or the next row's `run_after`, at most
`poll_interval_seconds`. It survives database restarts (reconnects with backoff) and recycles
itself between jobs above `worker_memory_limit_mb`.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import logging
import mmap
import os
import secrets
import signal
import socket
import struct
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
from psycopg.types.json import Jsonb

from pdfqueue.config import Settings, get_settings
from pdfqueue.db.connect import database_url
from pdfqueue.db.pools import open_pool
from pdfqueue.errors import ConfigurationError
from pdfqueue.queue import jobs, notify, registry
from pdfqueue.queue.maintenance import Maintainer
from pdfqueue.queue.registry import QUEUE_TABLES, Handler, Job
from pdfqueue.queue.rescuer import settle_failed
from pdfqueue.queue.runner import Outcome, record, run_handler
from pdfqueue.queue.sql import query

log = logging.getLogger("pdfqueue.worker")

DEFAULT_HANDLERS = "pdfqueue.pipeline.handlers"
EXIT_CONFIG = 78  # a worker process cannot start (bad handlers module): the supervisor stops
SUPERVISE_EVERY_SECONDS = 0.1  # how often the supervisor looks at its processes
MAINTAIN_EVERY_SECONDS = 1.0  # how often the supervisor runs (or tries to lead) maintenance
CLAIM_WINDOW_SECONDS = 0.05  # a process claims about this much work (in a slow case) at once
FLUSH_AFTER_SECONDS = 0.05  # outcomes are written at least this often during a claimed batch
FLUSH_ATTEMPTS = 3  # an outcome transaction that deadlocks is written again this many times
EWMA_WEIGHT = 0.2  # weight of the newest run time in the per-queue mean and variance
SLOW_CASE_SIGMAS = 2  # a claim is sized by mean + this many standard deviations of run time
# A queue whose claim came back empty is not claimed from again until a NOTIFY names it, or
# for at most this long (rows that become due by time, such as a retry's backoff, notify none).
EMPTY_RECHECK_SECONDS = 0.5
RECONNECT_MAX_SECONDS = 5.0  # backoff ceiling while the database is unreachable
RESTART_BACKOFF_MAX_SECONDS = 30.0  # a process that keeps dying is restarted at most this slowly
HARD_MEMORY_FACTOR = 2  # a busy process above this × the memory limit is killed mid-job
# Shared with the supervisor through a small memory-mapped file: busy since (epoch s, 0 when
# idle), that call's timeout, and how many of the running rows' ids follow (TOO_MANY: more than
# fit, i.e. unknown), then the ids (16 bytes each).
_HEADER = struct.Struct("ddI4x")
TRACKED_IDS = 64
TOO_MANY = 0xFFFFFFFF
_STATE_SIZE = _HEADER.size + 16 * TRACKED_IDS


# =============================================================================================
# The supervisor
# =============================================================================================
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
    served = _served_queues(handlers, queues)
    url = database_url(settings)
    supervisor = Supervisor(
        url=url, settings=settings, queues=served, handlers=handlers, concurrency=concurrency
    )
    return supervisor.run()


def _served_queues(handlers: str, queues: Sequence[str] | None) -> list[str]:
    """Import the handlers module here (to fail early and clearly) and pick the queues."""
    import_handlers(handlers)
    for q in queues or ():
        if q not in QUEUE_TABLES:
            raise ConfigurationError(
                f"Unknown queue {q!r}; choose among {', '.join(QUEUE_TABLES)}."
            )
    wanted = list(queues) if queues else list(QUEUE_TABLES)
    served = [q for q in wanted if registry.registered(q)]
    if not served:
        raise ConfigurationError(
            f"The handlers module {handlers!r} registers no handler for {', '.join(wanted)}; "
            "register handlers there or choose other --queues."
        )
    return served


def import_handlers(module: str) -> None:
    """Import the module that registers handlers, or say clearly why it cannot be."""
    try:
        importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and (module == exc.name or module.startswith(exc.name + ".")):
            raise ConfigurationError(
                f"The handlers module {module!r} does not exist; install the pipeline or pass "
                "--handlers with a module that registers the queue's handlers."
            ) from None
        raise


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
        state_path.write_bytes(b"\0" * _STATE_SIZE)
        cmd = [
            sys.executable,
            "-c",
            "from pdfqueue.worker import child_main; raise SystemExit(child_main())",
            "--token", token,
            "--queues", ",".join(self.queues),
            "--handlers", self.handlers,
            "--state", str(state_path),
        ]  # fmt: skip
        slot.proc = subprocess.Popen(cmd, env=self._child_env())
        slot.worker_id = worker_id(slot.proc.pid, token)
        with state_path.open("r+b") as f:
            if slot.state is not None:
                slot.state.close()
            slot.state = mmap.mmap(f.fileno(), _STATE_SIZE)
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
        since, timeout, _ = _HEADER.unpack_from(slot.state)
        if since and timeout and time.time() - since > timeout:
            log.warning(
                "worker %s: job ran past its timeout of %.0f s; killing the process",
                slot.worker_id,
                timeout,
            )
            self._kill(slot, f"job timed out after {timeout:g} s; its worker process was killed")
            return
        hard_limit_mb = HARD_MEMORY_FACTOR * self.settings.worker_memory_limit_mb
        rss_mb = _rss_of(slot.proc.pid) / 2**20
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
            self._fail_rows(slot.worker_id, reason, _running_ids(slot.state))
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
                failed = jobs.fail_worker(conn, worker, reason, running)
                released = jobs.release_worker(conn, worker) if running is not None else 0
                queues = {q for q, _ in failed}
                for queue in queues:
                    settle_failed(conn, queue, [row for q, row in failed if q == queue])
                for queue in queues | (set(self.queues) if released else set()):
                    conn.execute(query("notify_jobs"), {"queue": queue})
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


def _running_ids(state: mmap.mmap | None) -> list[UUID] | None:
    """The rows a worker process was running when it stopped (None: not known)."""
    if state is None:
        return None
    since, _, count = _HEADER.unpack_from(state)
    if not since or count == TOO_MANY:
        return None
    start = _HEADER.size
    return [UUID(bytes=bytes(state[start + 16 * i : start + 16 * (i + 1)])) for i in range(count)]


def _death(rc: int) -> str:
    if rc < 0:
        with contextlib.suppress(ValueError):
            return f"worker process died (killed by {signal.Signals(-rc).name})"
    return f"worker process died (exit code {rc})"


def worker_id(pid: int, token: str) -> str:
    """The `workers.id` and `locked_by` of a worker process: host:pid:random."""
    return f"{socket.gethostname()}:{pid}:{token}"


# =============================================================================================
# A worker process
# =============================================================================================
def child_main(argv: Sequence[str] | None = None) -> int:
    """Entry point of a worker process started by the supervisor."""
    parser = argparse.ArgumentParser(prog="pdfqueue-worker-process")
    parser.add_argument("--token", required=True)
    parser.add_argument("--queues", required=True)
    parser.add_argument("--handlers", required=True)
    parser.add_argument("--state", default=None)
    args = parser.parse_args(argv)
    settings = get_settings()
    wid = worker_id(os.getpid(), args.token)
    if settings.worker_nice:
        # Heavy work (OCR, embeddings) yields the CPU to the API on a shared machine, so an
        # upload's 202 stays fast while the workers keep every core busy.
        with contextlib.suppress(OSError):
            os.nice(settings.worker_nice)
    logging.basicConfig(
        level=settings.log_level.upper(),
        format=f"%(asctime)s %(levelname)s [{wid}] %(name)s: %(message)s",
    )
    try:
        import_handlers(args.handlers)
    except ConfigurationError as exc:
        log.error("%s", exc)
        return EXIT_CONFIG
    state = None
    if args.state:
        try:
            with open(args.state, "r+b") as f:
                state = mmap.mmap(f.fileno(), _STATE_SIZE)
        except OSError:  # the supervisor is already gone: nobody watches our timeouts
            return 0
    worker = WorkerProcess(
        url=database_url(settings),  # the login role, never the owner's URL
        settings=settings,
        queues=args.queues.split(","),
        worker_id=wid,
        state=state,
    )
    return worker.serve()


class WorkerProcess:
    """The claim loop of one process. `serve()` runs it until stopped; tests may also call
    `run_once()` in-process."""

    def __init__(
        self,
        *,
        url: str,
        settings: Settings,
        queues: Sequence[str],
        worker_id: str,
        state: mmap.mmap | None = None,
    ) -> None:
        self.url = url
        self.settings = settings
        self.queues = list(queues)
        self.id = worker_id
        self.state = state
        self.stopping = threading.Event()
        self.pool = open_pool(url, acting="service", min_size=1, max_size=2, name="worker")
        self._listener: psycopg.Connection | None = None
        self._lock = threading.Lock()
        self._held: dict[str, set[UUID]] = {}
        self._busy_since = 0.0
        self._busy_timeout = 0.0
        self._current: dict[str, Any] | None = None
        self._run_times: dict[str, RunTimes] = {}
        self._turn = 0
        self._woken_for: set[str] = set()
        self._found_empty: dict[str, float] = {}  # queue -> when a claim last came back empty
        self.completed = 0
        self.failed = 0

    # --- the loop ------------------------------------------------------------------------------
    def serve(self) -> int:
        self._install_signals()
        if self.settings.worker_preload:
            self.warm_up()
        beat = threading.Thread(target=self._background, name="heartbeat", daemon=True)
        beat.start()
        log.info("worker process ready for %s", ", ".join(self.queues))
        backoff = 0.5
        recycle = False
        while not self.stopping.is_set():
            try:
                if self.run_once() == 0:
                    self._idle_wait()
                backoff = 0.5
                if self._over_memory():
                    recycle = True
                    break
            except psycopg.OperationalError as exc:
                log.warning("database unavailable (%s); retrying in %.1f s", _first(exc), backoff)
                self._close_listener()
                self.stopping.wait(backoff)
                backoff = min(RECONNECT_MAX_SECONDS, backoff * 2)
        self.stopping.set()
        beat.join(timeout=5)
        self._heartbeat(status="stopped")
        self.close()
        log.info("worker process %s", "recycled" if recycle else "stopped")
        return 0

    def warm_up(self) -> None:
        """Load the engines of the handlers this process serves, before its first heartbeat
        says it is ready. One that fails is logged and left to fail its first job clearly."""
        started = time.monotonic()
        warmed = []
        for queue in self.queues:
            for handler in registry.registered(queue):
                if handler.warm_up is None or self.stopping.is_set():
                    continue
                try:
                    handler.warm_up()
                    warmed.append(handler.task)
                except Exception as exc:
                    log.warning("warming up %s failed: %s", handler.task, _first(exc))
        if warmed:
            seconds = time.monotonic() - started
            log.info("engines of %s loaded in %.2f s", ", ".join(warmed), seconds)

    def _install_signals(self) -> None:
        def stop(_signum: int, _frame: Any) -> None:
            self.stopping.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)

    def run_once(self) -> int:
        """Claim from each queue in turn and run what was claimed; returns rows claimed.

        A queue found empty is skipped until a NOTIFY names it (read from the listening
        connection without waiting) or EMPTY_RECHECK_SECONDS pass: while one queue keeps a
        process busy, the others cost no round trip per batch."""
        self._note_wake_ups()
        total = 0
        order = self.queues[self._turn :] + self.queues[: self._turn]
        self._turn = (self._turn + 1) % len(self.queues)
        if self._woken_for:  # the queues a NOTIFY named go first: lower pickup latency
            order.sort(key=lambda q: q not in self._woken_for)
            self._woken_for = set()
        for queue in order:
            if self.stopping.is_set():
                break
            if time.monotonic() - self._found_empty.get(queue, -1e9) < EMPTY_RECHECK_SECONDS:
                continue
            tasks = [h.task for h in registry.registered(queue)]
            with self.pool.connection() as conn:
                claimed = jobs.claim(
                    conn,
                    queue,
                    tasks,
                    worker=self.id,
                    limit=self._claim_size(queue),
                    lease_seconds=self.settings.lease_seconds,
                )
            if claimed:
                self._found_empty.pop(queue, None)
                self._process(queue, claimed)
                total += len(claimed)
            else:
                self._found_empty[queue] = time.monotonic()
        return total

    def _note_wake_ups(self) -> None:
        """Queues named by a NOTIFY since the last round are claimed from again, first."""
        if self._listener is None or self._listener.closed:
            # LISTEN first, then claim from every queue: nothing enqueued after goes unnoticed
            self._found_empty.clear()
            self._listener = notify.listen(self.url)
            return
        woken = set(notify.pending(self._listener))
        self._woken_for |= woken
        for queue in woken:
            self._found_empty.pop(queue, None)

    def _claim_size(self, queue: str) -> int:
        """Enough rows for about CLAIM_WINDOW_SECONDS of work, at least one handler batch.

        Work is estimated pessimistically: a row claimed here is a row an idle process cannot
        take, and where run times vary (a tiny image next to a full-page scan) sizing by the
        mean alone let one process hoard seconds of work at the end of a stage."""
        batch = max((h.batch_size for h in registry.registered(queue)), default=1)
        times = self._run_times.get(queue)
        if times is None:
            return batch
        by_time = int(CLAIM_WINDOW_SECONDS / max(times.slow_case(), 1e-6))
        return max(batch, min(by_time, self.settings.claim_batch_max))

    def _process(self, queue: str, claimed: list[Job]) -> None:
        with self._lock:
            self._held[queue] = {job.id for job in claimed}
        try:
            self._process_held(queue, claimed)
        finally:
            with self._lock:  # rows whose outcome was lost are left to the rescuer
                self._held.pop(queue, None)

    def _process_held(self, queue: str, claimed: list[Job]) -> None:
        outcomes: list[Outcome] = []
        first_outcome_at = 0.0
        batches = _batches(queue, claimed)
        for n, (handler, batch) in enumerate(batches):
            if self.stopping.is_set():
                rest = [job.id for _, b in batches[n:] for job in b]
                with self.pool.connection() as conn:
                    jobs.release(conn, queue, rest, worker=self.id)
                log.info("returned %d claimed rows of %s to pending", len(rest), queue)
                break
            outcomes.extend(self._run(queue, handler, batch))
            first_outcome_at = first_outcome_at or time.monotonic()
            if time.monotonic() - first_outcome_at >= FLUSH_AFTER_SECONDS:
                self._flush(queue, outcomes)
                outcomes, first_outcome_at = [], 0.0
        self._flush(queue, outcomes)

    def _run(self, queue: str, handler: Handler, batch: list[Job]) -> list[Outcome]:
        timeout = handler.timeout_seconds or self.settings.job_timeout_seconds
        started = time.time()
        with self._lock:
            self._busy_since, self._busy_timeout = started, timeout
            self._current = {
                "queue": queue,
                "task": handler.task,
                "ids": [str(job.id) for job in batch],
                "document_id": str(batch[0].document_id),
                "since": started,
            }
        if self.state is not None:
            if len(batch) <= TRACKED_IDS:
                ids = b"".join(job.id.bytes for job in batch)
                self.state[_HEADER.size : _HEADER.size + len(ids)] = ids
            count = len(batch) if len(batch) <= TRACKED_IDS else TOO_MANY
            _HEADER.pack_into(self.state, 0, started, timeout, count)
        try:
            return run_handler(handler, batch)
        finally:
            if self.state is not None:
                _HEADER.pack_into(self.state, 0, 0.0, 0.0, 0)
            elapsed = (time.time() - started) / len(batch)
            with self._lock:
                self._busy_since = 0.0
                self._current = None
            self._run_times.setdefault(queue, RunTimes(elapsed)).add(elapsed)

    def _flush(self, queue: str, outcomes: list[Outcome]) -> None:
        if not outcomes:
            return
        for attempt in range(FLUSH_ATTEMPTS):
            try:
                with self.pool.connection() as conn, conn.transaction():
                    done = record(
                        conn,
                        queue,
                        outcomes,
                        worker=self.id,
                        retry_base_seconds=self.settings.retry_base_seconds,
                    )
                break
            except (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure):
                # e.g. an operator's bulk cancel locked the same rows in another order
                if attempt == FLUSH_ATTEMPTS - 1:
                    raise
                log.debug("outcome transaction hit a deadlock; writing it again")
        self.completed += done.completed
        self.failed += done.failed + done.retried
        with self._lock:
            held = self._held.get(queue)
            if held is not None:
                held.difference_update(o.job.id for o in outcomes)

    def _idle_wait(self) -> None:
        """Sleep until a NOTIFY, the next due row, or the poll interval, whichever is first.

        The round before it opened the listening connection, if there was none, before it
        claimed from every queue: nothing enqueued since can go unnoticed."""
        assert self._listener is not None
        timeout = self.settings.poll_interval_seconds
        with self.pool.connection() as conn:
            for queue in self.queues:
                tasks = [h.task for h in registry.registered(queue)]
                due = jobs.next_due(conn, queue, tasks)
                if due is not None:
                    now = conn.execute("SELECT now()").fetchone()[0]
                    timeout = min(timeout, max(0.0, (due - now).total_seconds()))
        deadline = time.monotonic() + timeout
        while not self.stopping.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                self._found_empty.clear()  # a row due by time, or the slow poll: look everywhere
                return
            woken_for = notify.wait(self._listener, min(left, 0.5))
            if woken_for:
                self._woken_for = set(woken_for)
                for queue in woken_for:
                    self._found_empty.pop(queue, None)
                return

    def close(self) -> None:
        """Close the process's database connections."""
        self._close_listener()
        self.pool.close()

    def _close_listener(self) -> None:
        if self._listener is not None:
            with contextlib.suppress(Exception):
                self._listener.close()
        self._listener = None

    def _over_memory(self) -> bool:
        rss_mb = _rss_bytes() / 2**20
        if rss_mb > self.settings.worker_memory_limit_mb:
            log.info(
                "RSS %.0f MB is above the limit of %d MB; recycling this process",
                rss_mb,
                self.settings.worker_memory_limit_mb,
            )
            return True
        return False

    # --- the heartbeat thread ------------------------------------------------------------------
    def _background(self) -> None:
        """Renew leases of held rows (a few times per lease) and beat the heartbeat."""
        renew_every = max(0.05, self.settings.lease_seconds / 3)
        beat_every = self.settings.heartbeat_seconds
        next_beat = 0.0
        parent = os.getppid()
        while not self.stopping.wait(min(renew_every, beat_every)):
            if self.state is not None and os.getppid() != parent:
                log.warning("the supervisor is gone; stopping after the current job")
                self.stopping.set()
                break
            try:
                self._renew()
                if time.monotonic() >= next_beat:
                    self._heartbeat()
                    next_beat = time.monotonic() + beat_every
            except Exception as exc:  # the main loop handles a lost database; keep beating
                log.debug("heartbeat failed: %s", _first(exc))

    def _renew(self) -> None:
        with self._lock:
            held = {q: list(ids) for q, ids in self._held.items() if ids}
            overdue = self._busy_since and time.time() - self._busy_since > self._busy_timeout
        if not held or overdue:
            return  # a job past its timeout loses its lease: the rescuer takes it back
        with self.pool.connection() as conn:
            for queue, ids in held.items():
                jobs.renew(
                    conn, queue, ids, worker=self.id, lease_seconds=self.settings.lease_seconds
                )

    def _heartbeat(self, status: str | None = None) -> None:
        with self._lock:
            current = dict(self._current) if self._current else None
        if status is None:
            status = "stopping" if self.stopping.is_set() else ("busy" if current else "idle")
        host, pid, _ = self.id.rsplit(":", 2)
        try:
            with self.pool.connection() as conn:
                conn.execute(
                    query("heartbeat"),
                    {
                        "id": self.id,
                        "hostname": host,
                        "pid": int(pid),
                        "queues": self.queues,
                        "status": status,
                        "current_job": Jsonb(current) if current else None,
                        "jobs_completed": self.completed,
                        "jobs_failed": self.failed,
                        "rss_bytes": _rss_bytes(),
                    },
                )
        except psycopg.Error as exc:
            log.debug("heartbeat failed: %s", _first(exc))


@dataclass
class RunTimes:
    """A queue's run time per row: exponentially weighted mean and variance (newest weighs
    EWMA_WEIGHT), so the estimate follows a queue whose work changes."""

    mean: float
    variance: float = 0.0

    def add(self, seconds: float) -> None:
        delta = seconds - self.mean
        self.mean += EWMA_WEIGHT * delta
        self.variance = (1 - EWMA_WEIGHT) * (self.variance + EWMA_WEIGHT * delta * delta)

    def slow_case(self) -> float:
        return self.mean + SLOW_CASE_SIGMAS * self.variance**0.5


def _batches(queue: str, claimed: list[Job]) -> list[tuple[Handler, list[Job]]]:
    """Group claimed rows by task (in claim order) into batches of the handler's size."""
    by_task: dict[str, list[Job]] = {}
    for job in claimed:
        by_task.setdefault(job.task, []).append(job)
    out: list[tuple[Handler, list[Job]]] = []
    for task, task_jobs in by_task.items():
        handler = registry.get(queue, task)
        size = max(1, handler.batch_size)
        out.extend((handler, task_jobs[i : i + size]) for i in range(0, len(task_jobs), size))
    return out


def _rss_of(pid: int | str) -> int:
    """Resident memory of a process (0 when it is already gone)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        import psutil  # no /proc (macOS)

        try:
            return psutil.Process(None if pid == "self" else int(pid)).memory_info().rss
        except psutil.Error:
            return 0


def _rss_bytes() -> int:
    return _rss_of("self")


def _first(exc: BaseException) -> str:
    return (str(exc).strip() or type(exc).__name__).splitlines()[0]
