"""What every handler of this worker process shares: settings, blobs, a read connection.

Handlers' `run` does its slow work outside the outcome transaction; when it needs to read
(chunk texts, page texts) it uses this process's read connection, acting as the service role.
Everything is opened lazily, so importing the handlers costs nothing until a job arrives.
"""

from __future__ import annotations

import threading

import psycopg

from pdfqueue.config import Settings, get_settings
from pdfqueue.db.connect import connect, database_url, is_pooled
from pdfqueue.db.pools import configure_service
from pdfqueue.storage import BlobStore, open_store

_lock = threading.Lock()
_read: dict[str, psycopg.Connection] = {}


def settings() -> Settings:
    return get_settings()


def store() -> BlobStore:
    """This process's blob store (PDFQUEUE_STORAGE_URL), made once and reused."""
    return open_store(get_settings())


def read_connection() -> psycopg.Connection:
    """This process's autocommit connection for reads outside any outcome transaction."""
    url = database_url(get_settings())
    with _lock:
        conn = _read.get(url)
        if conn is None or conn.closed or conn.broken:
            conn = connect(url, autocommit=True, application_name="pdfqueue-handler-reads")
            if not is_pooled(url):  # through PgBouncer no session role (see db/pools.py)
                configure_service(conn)
            _read.clear()
            _read[url] = conn
        return conn


def close() -> None:
    """Close the read connection (tests; worker shutdown)."""
    with _lock:
        for conn in _read.values():
            conn.close()
        _read.clear()
