"""Queue maintenance, run by one elected process at a time: rescuer, stale workers, and the
maintenance tasks the handlers' owner registered (the pipeline's pruning of deleted documents,
which calls queue/pruner.py for their rows; registry.register_maintenance).

Every worker supervisor runs a `Maintainer`; each tick it tries a session-level advisory lock
on its own connection, and only the holder works (like River's leader-elected maintainer). If
the leader dies, its connection closes, the lock is released and another supervisor takes
over on its next tick.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import psycopg

from pdfqueue.db.connect import session_url
from pdfqueue.db.pools import configure_service
from pdfqueue.queue import registry, rescuer
from pdfqueue.queue.sql import query
from pdfqueue.storage import open_store

log = logging.getLogger("pdfqueue.queue")

LEADER_LOCK_KEY = 0x70647177  # "pdqw": advisory lock key of the maintenance leader
PRUNE_EVERY_SECONDS = 60.0  # pruning is cheap but not urgent
STALE_WORKER_ROWS_AFTER_SECONDS = 3600.0  # workers rows not heard from for this long are deleted


class Maintainer:
    """Runs maintenance when elected. Call `tick()` from a loop; it never raises for a lost
    database (it reconnects on a later tick)."""

    def __init__(self, url: str, *, retry_base_seconds: float | None = None) -> None:
        self.url = url
        self.retry_base_seconds = retry_base_seconds  # None: the setting
        self.conn: psycopg.Connection | None = None
        self.leader = False
        self._last_prune = 0.0

    def tick(self) -> dict[str, Any]:
        """One round: elect, rescue expired leases, now and then run the registered maintenance
        tasks (pruning) and forget stale workers."""
        try:
            if not self._elect():
                return {}
            assert self.conn is not None
            done: dict[str, Any] = {}
            done["rescued"] = self._rescue()
            if time.monotonic() - self._last_prune >= PRUNE_EVERY_SECONDS:
                pruned: dict[str, int] = {}
                for task in registry.maintenance_tasks().values():
                    with self.conn.transaction():
                        for key, n in task(self.conn).items():
                            pruned[key] = pruned.get(key, 0) + n
                done["pruned"] = pruned
                with self.conn.transaction():
                    self.conn.execute(
                        query("delete_stale_workers"),
                        {"older_than_s": STALE_WORKER_ROWS_AFTER_SECONDS},
                    )
                # Blob chunks of uploads that died midway (the store's own connection: the
                # service role has no access to blob tables).
                done["orphan_blob_pieces"] = open_store().prune_orphans()
                self._last_prune = time.monotonic()
            return done
        except psycopg.OperationalError as exc:
            log.warning("maintenance lost the database (%s); will retry", exc)
            self.close()
            return {}

    def _rescue(self) -> dict[str, int]:
        """Rescue every expired lease, a batch per queue and transaction (each transaction locks
        its documents before its rows, so one cannot take a second batch)."""
        assert self.conn is not None
        rescued: dict[str, int] = {}
        while True:
            with self.conn.transaction():
                batch = rescuer.rescue_expired(
                    self.conn, retry_base_seconds=self.retry_base_seconds, limit=rescuer.BATCH
                )
            for queue, n in batch.items():
                rescued[queue] = rescued.get(queue, 0) + n
            if all(n < rescuer.BATCH for n in batch.values()):
                return rescued

    def connection(self) -> psycopg.Connection:
        """This process's maintenance connection (autocommit, service role), opened on demand.

        The supervisor also uses it for its own few writes (failing a dead process's rows).
        """
        if self.conn is None or self.conn.closed:
            # A session of its own: the leader's advisory lock lasts across transactions.
            self.conn = psycopg.connect(session_url(self.url), autocommit=True, connect_timeout=5)
            configure_service(self.conn)
            self.leader = False
        return self.conn

    def _elect(self) -> bool:
        self.connection()
        assert self.conn is not None
        if not self.leader:
            self.leader = bool(
                self.conn.execute(query("try_leader_lock"), {"key": LEADER_LOCK_KEY}).fetchone()[0]
            )
            if self.leader:
                log.info("this process now runs queue maintenance (rescuer, pruning)")
        return self.leader

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
        self.conn = None
        self.leader = False
