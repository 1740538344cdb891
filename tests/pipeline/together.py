"""Outcomes recorded by several workers at the same instant, for the concurrency tests."""

from __future__ import annotations

import threading
from typing import Any

import psycopg

from pdfqueue.db.pools import configure_service
from pdfqueue.queue import runner


def record_together(db_url: str, queue: str, batches: list[list[Any]]) -> list[BaseException]:
    """Record each batch of outcomes on its own connection, all at the same instant (as that
    many workers finishing together would); returns the errors raised, [] if none."""
    barrier = threading.Barrier(len(batches))
    errors: list[BaseException] = []

    def record(batch: list[Any]) -> None:
        try:
            with psycopg.connect(db_url, autocommit=True) as conn:
                configure_service(conn)
                barrier.wait(5)
                with conn.transaction():
                    runner.record(conn, queue, batch, worker="test-driver", retry_base_seconds=0)
        except BaseException as exc:  # returned to the test
            errors.append(exc)

    threads = [threading.Thread(target=record, args=(b,)) for b in batches]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return errors
