"""PDFQUEUE_STORAGE_URL → the store it names, one per process and URL.

Stores that hold connections (a pool for `postgres`, an HTTP client for `s3`) are made once
per process and reused: handlers ask for the store on every job. A forked child makes its own,
since neither a psycopg pool nor a boto3 client survives a fork.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from urllib.parse import unquote, urlparse

from pdfqueue.config import Settings, get_settings
from pdfqueue.errors import ConfigurationError
from pdfqueue.storage.base import BlobStore

_lock = threading.Lock()
_stores: dict[tuple[int, str, str | None], BlobStore] = {}


def storage_url(settings: Settings) -> str:
    """The configured URL, or the default directory's file:// URL."""
    return settings.storage_url or settings.blob_dir.as_uri()


def open_store(settings: Settings | None = None) -> BlobStore:
    """This process's store for the settings' PDFQUEUE_STORAGE_URL."""
    settings = settings or get_settings()
    url = storage_url(settings)
    key = (os.getpid(), url, settings.s3_endpoint_url if url.startswith("s3://") else None)
    if url == "postgres":
        from pdfqueue.db.connect import database_url

        key = (*key[:2], database_url(settings))
    with _lock:
        store = _stores.get(key)
        if store is None:
            store = _stores[key] = make_store(url, settings)
        return store


def make_store(url: str, settings: Settings) -> BlobStore:
    """A new store for `url` (tests and benchmarks; processes use `open_store`)."""
    if url.startswith("file:"):
        from pdfqueue.storage.directory import DirectoryStore

        parsed = urlparse(url)
        if parsed.netloc not in ("", "localhost"):
            raise ConfigurationError(
                f"PDFQUEUE_STORAGE_URL {url!r} names a host; use file:///absolute/path."
            )
        return DirectoryStore(Path(unquote(parsed.path)))
    if url == "postgres":
        from pdfqueue.db.connect import database_url, pool_safe_kwargs
        from pdfqueue.storage.database import PostgresStore

        db = database_url(settings)
        return PostgresStore(db, **pool_safe_kwargs(db, settings))
    if url.startswith("s3://"):
        from pdfqueue.storage.s3 import S3Store

        try:
            return S3Store(url, endpoint_url=settings.s3_endpoint_url)
        except ValueError as exc:
            raise ConfigurationError(f"PDFQUEUE_STORAGE_URL: {exc}.") from None
    raise ConfigurationError(
        f"PDFQUEUE_STORAGE_URL {url!r} is not a storage pdfqueue knows; use file:///path, "
        "postgres, or s3://bucket/prefix."
    )


def close_all() -> None:
    """Close every store this process opened (tests; shutdown)."""
    with _lock:
        for store in _stores.values():
            store.close()
        _stores.clear()
