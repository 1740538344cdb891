"""A worker process: the loop that claims rows and runs their handlers.

`WorkerProcess.serve()` loops: claim up to a batch of due rows from each queue in turn (one
round trip; how many, claim_sizing.py), run them through their handlers, and record the
outcomes in one transaction per batch of outcomes (at least every FLUSH_AFTER_SECONDS), each
row fenced on its own. A thread renews its leases and beats its heartbeat (heartbeat.py); around
every handler call the process publishes what it runs in its slot (slots.py) for the
supervisor. When nothing is due it waits for a NOTIFY on `pdfqueue_jobs` or the next row's
`run_after`, at most `poll_interval_seconds`. It survives database restarts (reconnects with
backoff) and recycles itself between jobs above `worker_memory_limit_mb` (memory.py).
"""

from __future__ import annotations

import argparse
import contextlib
import mmap
import os
import signal
import socket
import threading
import time
from collections.abc import Sequence
from typing import Any

import psycopg

from pdfqueue.config import Settings, get_settings
from pdfqueue.db.connect import database_url
from pdfqueue.db.named_sql import statement
from pdfqueue.db.pools import open_pool
from pdfqueue.errors import ConfigurationError
from pdfqueue.queue import jobs, notify, registry
from pdfqueue.queue.registry import Handler, Job
from pdfqueue.queue.runner import Outcome, record, record_completions, run_handler, runs_no_hook
from pdfqueue.worker import logs, slots
from pdfqueue.worker.claim_sizing import ClaimSizer
from pdfqueue.worker.handlers import import_handlers
from pdfqueue.worker.heartbeat import Activity, Heartbeat
from pdfqueue.worker.logs import first_line, log
from pdfqueue.worker.memory import freeze_startup_objects, rss_bytes

EXIT_CONFIG = 78  # a worker process cannot start (bad handlers module): the supervisor stops
FLUSH_AFTER_SECONDS = 0.05  # outcomes are written at least this often during a claimed batch
FLUSH_ATTEMPTS = 3  # an outcome transaction that deadlocks is written again this many times
# A queue whose claim came back empty is not claimed from again until a NOTIFY names it, or
# for at most this long (rows that become due by time, such as a retry's backoff, notify none).
EMPTY_RECHECK_SECONDS = 0.5
RECONNECT_MAX_SECONDS = 5.0  # backoff ceiling while the database is unreachable


def worker_id(pid: int, token: str) -> str:
    """The `workers.id` and `locked_by` of a worker process: host:pid:random."""
    return f"{socket.gethostname()}:{pid}:{token}"


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
    logs.configure(wid, settings.log_level)
    try:
        import_handlers(args.handlers)
    except ConfigurationError as exc:
        log.error("%s", exc)
        return EXIT_CONFIG
    state = None
    if args.state:
        try:
            state = slots.attach(args.state)
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
        # Autocommit: a claim and a batch of completions go out without BEGIN and COMMIT
        # (queue/jobs.py _own_transaction); outcome hooks run in explicit transactions.
        self.pool = open_pool(
            url, acting="service", min_size=1, max_size=2, name="worker", autocommit=True
        )
        self.activity = Activity()
        self.heartbeat = Heartbeat(
            pool=self.pool,
            settings=settings,
            worker_id=worker_id,
            queues=self.queues,
            activity=self.activity,
            stopping=self.stopping,
            supervised=state is not None,
        )
        self.sizing = ClaimSizer(settings.claim_batch_max)
        self._listener: psycopg.Connection | None = None
        self._turn = 0
        self._woken_for: set[str] = set()
        self._found_empty: dict[str, float] = {}  # queue -> when a claim last came back empty

    @property
    def completed(self) -> int:
        """Rows this process completed."""
        return self.activity.completed

    @property
    def failed(self) -> int:
        """Rows this process failed (retried or for good)."""
        return self.activity.failed

    # --- the loop ------------------------------------------------------------------------------
    def serve(self) -> int:
        self._install_signals()
        if self.settings.worker_preload:
            self.warm_up()
        beat = threading.Thread(target=self.heartbeat.run, name="heartbeat", daemon=True)
        beat.start()
        freeze_startup_objects()  # what start-up made lives on: no collection walks it again
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
                log.warning(
                    "database unavailable (%s); retrying in %.1f s", first_line(exc), backoff
                )
                self._close_listener()
                self.stopping.wait(backoff)
                backoff = min(RECONNECT_MAX_SECONDS, backoff * 2)
        self.stopping.set()
        beat.join(timeout=5)
        self.heartbeat.beat(status="stopped")
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
                    log.warning("warming up %s failed: %s", handler.task, first_line(exc))
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
            handlers = registry.registered(queue)
            batch = max((h.batch_size for h in handlers), default=1)
            with self.pool.connection() as conn:
                claimed = jobs.claim(
                    conn,
                    queue,
                    [h.task for h in handlers],
                    worker=self.id,
                    limit=self.sizing.size(queue, batch),
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

    def _process(self, queue: str, claimed: list[Job]) -> None:
        self.activity.hold(queue, {job.id for job in claimed})
        try:
            self._process_held(queue, claimed)
        finally:
            self.activity.let_go(queue)  # rows whose outcome was lost are left to the rescuer

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
        self.activity.call_started(started, timeout, queue, handler.task, batch)
        if self.state is not None:
            slots.publish_busy(self.state, started, timeout, [job.id for job in batch])
        try:
            return run_handler(handler, batch)
        finally:
            if self.state is not None:
                slots.publish_idle(self.state)
            elapsed = (time.time() - started) / len(batch)
            self.activity.call_ended()
            self.sizing.observe(queue, elapsed)

    def _flush(self, queue: str, outcomes: list[Outcome]) -> None:
        if not outcomes:
            return
        no_hooks = all(runs_no_hook(o) for o in outcomes)
        for attempt in range(FLUSH_ATTEMPTS):
            try:
                if no_hooks:  # completions only, nothing but their rows: one round trip
                    with self.pool.connection() as conn:
                        done = record_completions(conn, queue, outcomes, worker=self.id)
                    break
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
        self.activity.completed += done.completed
        self.activity.failed += done.failed + done.retried
        self.activity.settled(queue, [o.job.id for o in outcomes])

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
                    now = conn.execute(statement("pdfqueue.db", "database_now")).fetchone()[0]
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
        rss_mb = rss_bytes() / 2**20
        if rss_mb > self.settings.worker_memory_limit_mb:
            log.info(
                "RSS %.0f MB is above the limit of %d MB; recycling this process",
                rss_mb,
                self.settings.worker_memory_limit_mb,
            )
            return True
        return False


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
