"""Blobs behind one interface: a directory, PostgreSQL itself, or an S3-compatible store.

`open_store()` gives this process's store for
PDFQUEUE_STORAGE_URL; base.py says what every store offers, one module per kind says how.
"""

from pdfqueue.storage.base import (
    BlobCorrupt,
    BlobMissing,
    BlobStore,
    BlobTooLarge,
    BlobWriter,
    StoredBlob,
)
from pdfqueue.storage.directory import DirectoryStore
from pdfqueue.storage.keys import document_prefix, image_key, source_key
from pdfqueue.storage.select import close_all, make_store, open_store, storage_url

__all__ = [
    "BlobCorrupt",
    "BlobMissing",
    "BlobStore",
    "BlobTooLarge",
    "BlobWriter",
    "DirectoryStore",
    "StoredBlob",
    "close_all",
    "document_prefix",
    "image_key",
    "make_store",
    "open_store",
    "source_key",
    "storage_url",
]
