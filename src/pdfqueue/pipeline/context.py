"""What every handler of this worker process shares: settings, blobs, a read connection.

Handlers' `run` does its slow work outside the outcome transaction; when it needs to read
(chunk texts, page texts) it uses this process's read connection, acting as the service role.
Everything is opened lazily, so importing the handlers costs nothing until a job arrives.
"""

from __future__ import annotations

import ctypes
import threading
from typing import Any

import psycopg

from pdfqueue.config import Settings, get_settings
from pdfqueue.db.connect import connect, database_url, is_pooled
from pdfqueue.db.pools import configure_service
from pdfqueue.storage import BlobStore

_lock = threading.Lock()
_read: dict[str, psycopg.Connection] = {}
_vector_kind: dict[tuple[Any, ...], str] = {}
_libc: Any = None  # glibc, False where there is none


def settings() -> Settings:
    return get_settings()


def store() -> BlobStore:
    """This process's blob store (PDFQUEUE_STORAGE_URL), made once and reused."""
    return BlobStore.from_settings(get_settings())


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


def release_memory() -> None:
    """Hand freed heap back to the OS after a heavy job (glibc keeps it otherwise).

    Decoded page images, Tesseract's buffers and model activations are freed by Python and the
    libraries, but glibc's allocator retains the pages, so a worker's RSS would only ever grow;
    trimming after each heavy job kept the measured peak ~15 % lower (bench/pipeline.py).
    """
    global _libc
    if _libc is None:
        try:
            _libc = ctypes.CDLL("libc.so.6")
            _libc.malloc_trim  # noqa: B018  (not glibc: no trimming)
        except (OSError, AttributeError):
            _libc = False
    if _libc:
        _libc.malloc_trim(0)


def close() -> None:
    """Close the read connection (tests; worker shutdown)."""
    with _lock:
        for conn in _read.values():
            conn.close()
        _read.clear()


# --- embeddings: pgvector `vector` where the extension exists, `real[]` elsewhere -------------


def vector_kind(conn: psycopg.Connection) -> str:
    """'vector' or 'real[]': the type of document_chunks.embedding in this database."""
    key = (conn.info.host, conn.info.port, conn.info.dbname)
    kind = _vector_kind.get(key)
    if kind is None:
        row = conn.execute(
            "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
            " WHERE attrelid = 'document_chunks'::regclass AND attname = 'embedding'"
        ).fetchone()
        kind = "vector" if row and row[0].startswith("vector") else "real[]"
        _vector_kind[key] = kind
    return kind


def vector_sql(conn: psycopg.Connection) -> str:
    """The SQL placeholder for an embedding parameter given by `vector_param`."""
    return "%s::vector" if vector_kind(conn) == "vector" else "%s::real[]"


def vector_param(values: list[float] | None) -> str | None:
    """An embedding as text both `vector` ('[..]' ) and `real[]` ('{..}') accept after a cast."""
    if values is None:
        return None
    return "[" + ",".join(f"{v:.7g}" for v in values) + "]"


def vector_param_for(conn: psycopg.Connection, values: list[float] | None) -> str | None:
    text = vector_param(values)
    if text is None or vector_kind(conn) == "vector":
        return text
    return "{" + text[1:-1] + "}"


def parse_vector(text: str | None) -> list[float] | None:
    """An embedding read back as `embedding::text` ('[..]' or '{..}')."""
    if not text:
        return None
    inner = text.strip()[1:-1]
    return [float(v) for v in inner.split(",")] if inner else []
