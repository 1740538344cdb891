"""Wake-ups: enqueue and retry NOTIFY a channel that idle workers LISTEN on (rule 7).

A dedicated autocommit connection listens; `wait()` returns on the first notification or
after the timeout (the slow poll that covers a missed NOTIFY, e.g. across a reconnect).
"""

from __future__ import annotations

import psycopg

from pdfqueue.db.channels import JOBS_CHANNEL
from pdfqueue.db.connect import session_url
from pdfqueue.db.named_sql import statement


def listen(url: str, channel: str = JOBS_CHANNEL) -> psycopg.Connection:
    """A new autocommit connection listening on `channel`."""
    conn = psycopg.connect(session_url(url), autocommit=True, connect_timeout=5)
    conn.execute(statement("pdfqueue.db", "listen", channel=channel))
    return conn


def pending(conn: psycopg.Connection) -> list[str]:
    """The payloads of notifications already received, without waiting."""
    return [n.payload for n in conn.notifies(timeout=0.0)]


def wait(conn: psycopg.Connection, timeout: float) -> list[str]:
    """Block until a notification arrives (or `timeout` s pass); returns the payloads seen."""
    payloads = [n.payload for n in conn.notifies(timeout=max(timeout, 0.0), stop_after=1)]
    # Drain what else is already buffered, so one burst of enqueues wakes us once.
    payloads.extend(n.payload for n in conn.notifies(timeout=0.0))
    return payloads
