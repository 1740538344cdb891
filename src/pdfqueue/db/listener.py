"""One LISTEN connection per process, fanned out in memory to any number of subscribers.

Every SSE client of the API wants progress notifications; giving each its own database
connection would exhaust PostgreSQL's connection limit long before the API ran out of
anything else. The Listener holds a single autocommit connection, LISTENs on every channel
someone subscribed to, and copies each notification into the subscribers' in-memory queues.

When the connection drops (a database restart), it reconnects by itself and hands every
subscriber a `resync` notification: notifications sent while it was away are lost, so a
subscriber should re-read whatever state it mirrors.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass

import psycopg

from pdfqueue.db.named_sql import statement

log = logging.getLogger(__name__)

WAIT_SECONDS = 0.5  # how long one notifies() wait lasts before pending LISTENs are applied
PING_SECONDS = 5.0  # an idle connection is probed this often, so a dead one is noticed
RECONNECT_MAX_SECONDS = 5.0  # backoff ceiling while the database is unreachable
APPLICATION_NAME = "pdfqueue-listener"  # how the connection shows in pg_stat_activity
QUEUE_SIZE = 4096  # notifications buffered per subscriber before it is told to resync
YIELD_EVERY = 64  # dispatches in a burst before the loop lets subscribers run


@dataclass(frozen=True)
class Notification:
    channel: str
    payload: str
    resync: bool = False  # True: notifications may have been lost; re-read the state
    seq: int = 0  # this process's running count of notifications, in arrival order


class Subscription:
    """What one subscriber receives: an async iterator of notifications on its channels."""

    def __init__(self, channels: frozenset[str]) -> None:
        self.channels = channels
        self._queue: asyncio.Queue[Notification] = asyncio.Queue(QUEUE_SIZE)

    def _deliver(self, note: Notification) -> None:
        try:
            self._queue.put_nowait(note)
        except asyncio.QueueFull:
            # A slow consumer: drop its backlog and tell it to re-read, instead of growing.
            while not self._queue.empty():
                self._queue.get_nowait()
            self._queue.put_nowait(Notification(note.channel, "", resync=True, seq=note.seq))

    def __aiter__(self) -> Subscription:
        return self

    async def __anext__(self) -> Notification:
        return await self._queue.get()

    def pending(self) -> list[Notification]:
        """Notifications already received and not yet consumed (for coalescing bursts)."""
        drained = []
        while not self._queue.empty():
            drained.append(self._queue.get_nowait())
        return drained


class Listener:
    """The process's single LISTEN connection; `subscribe()` any number of times."""

    def __init__(self, url: str, channels: Iterable[str] = ()) -> None:
        """`channels` are listened to from the start, before anyone subscribes."""
        self.url = url
        self._always = frozenset(channels)
        self.connected = asyncio.Event()
        self._subscriptions: set[Subscription] = set()
        self._listening: set[str] = set()
        self._task: asyncio.Task[None] | None = None
        self._conn: psycopg.AsyncConnection | None = None
        self._seq = 0

    async def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="pdfqueue-listener")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._conn is not None:
            await self._conn.close()
            self._conn = None
        self.connected.clear()

    @property
    def latest_seq(self) -> int:
        """The seq of the newest notification received: state read now reflects all up to it."""
        return self._seq

    @property
    def subscribers(self) -> int:
        return len(self._subscriptions)

    @contextlib.asynccontextmanager
    async def subscribe(self, channels: Iterable[str]) -> AsyncIterator[Subscription]:
        """Receive notifications on `channels` for the duration of the block."""
        sub = Subscription(frozenset(channels))
        self._subscriptions.add(sub)
        if self.connected.is_set() and not sub.channels <= self._listening:
            # A channel nobody listened to yet: LISTEN before the caller relies on it.
            with contextlib.suppress(TimeoutError):
                await self.wait_listening(sub.channels, timeout=2 * WAIT_SECONDS + 1)
        try:
            yield sub
        finally:
            self._subscriptions.discard(sub)

    async def wait_listening(self, channels: Iterable[str], timeout: float = 10.0) -> None:
        """Wait until the connection LISTENs on `channels` (tests and startup checks)."""
        wanted = set(channels)
        async with asyncio.timeout(timeout):
            while not (self.connected.is_set() and wanted <= self._listening):
                await asyncio.sleep(0.02)

    def _wanted(self) -> set[str]:
        wanted: set[str] = set(self._always)
        for sub in self._subscriptions:
            wanted |= sub.channels
        return wanted

    async def _run(self) -> None:
        delay = 0.2
        first = True
        while True:
            try:
                self._conn = await psycopg.AsyncConnection.connect(
                    self.url, autocommit=True, connect_timeout=5, application_name=APPLICATION_NAME
                )
            except psycopg.OperationalError as exc:
                log.warning("listener cannot connect (%s); retrying in %.1fs", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, RECONNECT_MAX_SECONDS)
                continue
            delay = 0.2
            self._listening = set()
            try:
                await self._sync_channels()
                self.connected.set()
                if not first:
                    self._broadcast_resync()
                first = False
                await self._pump()
            except psycopg.OperationalError as exc:
                log.warning("listener connection lost (%s); reconnecting", exc)
            finally:
                self.connected.clear()
                self._listening = set()
                with contextlib.suppress(Exception):
                    await self._conn.close()
                self._conn = None

    async def _sync_channels(self) -> None:
        assert self._conn is not None
        for channel in sorted(self._wanted() - self._listening):
            await self._conn.execute(statement("pdfqueue.db", "listen", channel=channel))
            self._listening.add(channel)

    async def _pump(self) -> None:
        assert self._conn is not None
        loop = asyncio.get_running_loop()
        last_ping = loop.time()
        while True:
            async for raw in self._conn.notifies(timeout=WAIT_SECONDS):
                self._seq += 1
                self._dispatch(Notification(raw.channel, raw.payload, seq=self._seq))
                if self._seq % YIELD_EVERY == 0:
                    await asyncio.sleep(0)  # a burst arrives without I/O waits in between
            if self._wanted() - self._listening:
                await self._sync_channels()
            if loop.time() - last_ping > PING_SECONDS:
                await self._conn.execute(statement("pdfqueue.db", "ping"))
                last_ping = loop.time()

    def _dispatch(self, note: Notification) -> None:
        for sub in list(self._subscriptions):
            if note.channel in sub.channels:
                sub._deliver(note)

    def _broadcast_resync(self) -> None:
        self._seq += 1
        for sub in list(self._subscriptions):
            for channel in sub.channels:
                sub._deliver(Notification(channel, "", resync=True, seq=self._seq))
