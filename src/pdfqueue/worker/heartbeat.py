"""Lease renewal and heartbeats: the thread beside a worker process's loop.

While the loop runs handlers, this thread renews the leases of the rows the process holds, a
few times per lease (`lease_seconds / 3`), so a long job keeps its rows and a dead process
loses them within one lease. It also writes the process's heartbeat (`workers` row: status,
current job, counts, RSS) every `heartbeat_seconds`, which the dashboard and `pdfqueue workers`
show. A handler call past its timeout gets no more renewals: the rescuer takes its rows back.
A process whose supervisor is gone stops after its current job.

The loop tells the thread what it is doing through an `Activity`, under one lock.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Sequence
from typing import Any
from uuid import UUID

import psycopg
from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool

from pdfqueue.config import Settings
from pdfqueue.queue import jobs
from pdfqueue.queue.registry import Job
from pdfqueue.queue.sql import query
from pdfqueue.worker.logs import first_line, log
from pdfqueue.worker.memory import rss_bytes


class Activity:
    """What a worker process is doing, shared by its loop and its heartbeat thread: the rows
    it holds per queue, the handler call it is in, and its counts."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.held: dict[str, set[UUID]] = {}
        self.busy_since = 0.0
        self.busy_timeout = 0.0
        self.current: tuple[str, str, Sequence[Job]] | None = None
        self.completed = 0
        self.failed = 0

    def hold(self, queue: str, ids: set[UUID]) -> None:
        """These rows of `queue` were claimed: their leases are renewed until let go."""
        with self.lock:
            self.held[queue] = ids

    def let_go(self, queue: str) -> None:
        """The claimed batch of `queue` is done with (rows whose outcome was lost are left to
        the rescuer)."""
        with self.lock:
            self.held.pop(queue, None)

    def settled(self, queue: str, ids: Sequence[UUID]) -> None:
        """These rows' outcomes are written: no more renewals for them."""
        with self.lock:
            held = self.held.get(queue)
            if held is not None:
                held.difference_update(ids)

    def call_started(
        self, started: float, timeout: float, queue: str, task: str, batch: Sequence[Job]
    ) -> None:
        """A handler call on `batch` started (what the heartbeat reports is built from it only
        when a heartbeat asks: a call on one short job must cost next to nothing)."""
        with self.lock:
            self.busy_since, self.busy_timeout = started, timeout
            self.current = (queue, task, batch)

    def call_ended(self) -> None:
        with self.lock:
            self.busy_since = 0.0
            self.current = None

    def leases_to_renew(self) -> dict[str, list[UUID]]:
        """Held rows per queue; none while a handler call is past its timeout."""
        with self.lock:
            held = {q: list(ids) for q, ids in self.held.items() if ids}
            overdue = self.busy_since and time.time() - self.busy_since > self.busy_timeout
        return {} if overdue else held

    def current_job(self) -> dict[str, Any] | None:
        """The handler call in progress, as the heartbeat reports it (None when idle)."""
        with self.lock:
            if self.current is None:
                return None
            queue, task, batch = self.current
            since = self.busy_since
        return {
            "queue": queue,
            "task": task,
            "ids": [str(job.id) for job in batch],
            "document_id": str(batch[0].document_id),
            "since": since,
        }


class Heartbeat:
    """Renews leases and beats the heartbeat of one worker process (`run` is the thread)."""

    def __init__(
        self,
        *,
        pool: ConnectionPool,
        settings: Settings,
        worker_id: str,
        queues: Sequence[str],
        activity: Activity,
        stopping: threading.Event,
        supervised: bool,
    ) -> None:
        self.pool = pool
        self.settings = settings
        self.id = worker_id
        self.queues = list(queues)
        self.activity = activity
        self.stopping = stopping
        self.supervised = supervised

    def run(self) -> None:
        """Renew leases of held rows (a few times per lease) and beat the heartbeat."""
        renew_every = max(0.05, self.settings.lease_seconds / 3)
        beat_every = self.settings.heartbeat_seconds
        next_beat = 0.0
        parent = os.getppid()
        while not self.stopping.wait(min(renew_every, beat_every)):
            if self.supervised and os.getppid() != parent:
                log.warning("the supervisor is gone; stopping after the current job")
                self.stopping.set()
                break
            try:
                self.renew()
                if time.monotonic() >= next_beat:
                    self.beat()
                    next_beat = time.monotonic() + beat_every
            except Exception as exc:  # the main loop handles a lost database; keep beating
                log.debug("heartbeat failed: %s", first_line(exc))

    def renew(self) -> None:
        held = self.activity.leases_to_renew()
        if not held:
            return  # a job past its timeout loses its lease: the rescuer takes it back
        with self.pool.connection() as conn:
            for queue, ids in held.items():
                jobs.renew(
                    conn, queue, ids, worker=self.id, lease_seconds=self.settings.lease_seconds
                )

    def beat(self, status: str | None = None) -> None:
        current = self.activity.current_job()
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
                        "jobs_completed": self.activity.completed,
                        "jobs_failed": self.activity.failed,
                        "rss_bytes": rss_bytes(),
                    },
                )
        except psycopg.Error as exc:
            log.debug("heartbeat failed: %s", first_line(exc))
