"""Blobs: uploaded PDFs and extracted images, in a directory (DATA_DIR/blobs by default).

Keys are relative paths (`documents/<document id>/source.pdf`, `documents/<id>/images/<sha>.png`)
stored in the database; the root may be any directory every API and worker process reaches
(a shared mount when running on several machines). Writes go to a temporary file first and are
renamed into place, so a crash never leaves a half-written blob under a real key.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from pdfqueue.config import Settings, get_settings


class BlobTooLarge(Exception):
    """The stream went past the size limit; nothing was kept."""

    def __init__(self, limit_bytes: int) -> None:
        super().__init__(f"larger than {limit_bytes} bytes")
        self.limit_bytes = limit_bytes


@dataclass(frozen=True)
class StoredBlob:
    key: str
    size: int
    sha256: str


def document_prefix(document_id: UUID | str) -> str:
    return f"documents/{document_id}"


def source_key(document_id: UUID | str) -> str:
    return f"{document_prefix(document_id)}/source.pdf"


def image_key(document_id: UUID | str, sha256: str, extension: str) -> str:
    return f"{document_prefix(document_id)}/images/{sha256}.{extension.lstrip('.')}"


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> BlobStore:
        return cls((settings or get_settings()).blob_dir)

    def path(self, key: str) -> Path:
        """The file behind a key; keys never escape the root."""
        path = (self.root / key).resolve()
        if not path.is_relative_to(self.root.resolve()):
            raise ValueError(f"blob key {key!r} escapes the storage root")
        return path

    def exists(self, key: str) -> bool:
        return self.path(key).is_file()

    def read_bytes(self, key: str) -> bytes:
        return self.path(key).read_bytes()

    def put_bytes(self, key: str, data: bytes) -> StoredBlob:
        return self.put_chunks(key, [data])

    def put_chunks(
        self, key: str, chunks: Iterable[bytes], *, max_bytes: int | None = None
    ) -> StoredBlob:
        """Write a stream of chunks under `key`, atomically; BlobTooLarge past max_bytes."""
        writer = self.open_writer(key, max_bytes=max_bytes)
        try:
            for chunk in chunks:
                writer.write(chunk)
        except BaseException:
            writer.abort()
            raise
        return writer.commit()

    async def put_async_chunks(
        self, key: str, chunks: AsyncIterator[bytes], *, max_bytes: int | None = None
    ) -> StoredBlob:
        writer = self.open_writer(key, max_bytes=max_bytes)
        try:
            async for chunk in chunks:
                writer.write(chunk)
        except BaseException:
            writer.abort()
            raise
        return writer.commit()

    def open_writer(self, key: str, *, max_bytes: int | None = None) -> BlobWriter:
        return BlobWriter(self, key, max_bytes)

    def delete(self, key: str) -> None:
        self.path(key).unlink(missing_ok=True)

    def delete_document(self, document_id: UUID | str) -> None:
        """Remove every blob of a document."""
        shutil.rmtree(self.path(document_prefix(document_id)), ignore_errors=True)


class BlobWriter:
    """Incremental writer: hashes and counts as it goes, renames into place on commit."""

    def __init__(self, store: BlobStore, key: str, max_bytes: int | None) -> None:
        self.key = key
        self.target = store.path(key)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.target.parent, prefix=".partial-")
        self._file = os.fdopen(fd, "wb")
        self._tmp = Path(tmp)
        self._hash = hashlib.sha256()
        self._max = max_bytes
        self.size = 0

    def write(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self._max is not None and self.size > self._max:
            self.abort()
            raise BlobTooLarge(self._max)
        self._hash.update(chunk)
        self._file.write(chunk)

    def commit(self) -> StoredBlob:
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self._tmp, self.target)
        return StoredBlob(self.key, self.size, self._hash.hexdigest())

    def abort(self) -> None:
        if not self._file.closed:
            self._file.close()
        self._tmp.unlink(missing_ok=True)
