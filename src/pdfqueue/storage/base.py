"""The one interface every blob store offers, and what all of them share.

A blob is written as a stream (`open_writer`: write, write, commit) and read as a stream
(`iter_chunks`); nothing here holds a whole blob in memory unless the caller asks for
`read_bytes`. Each commit records the blob's SHA-256, and every read checks the bytes against
it, so a blob damaged at rest or cut short in transit raises BlobCorrupt instead of feeding a
truncated PDF to the pipeline.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from pdfqueue.storage.keys import document_prefix

if TYPE_CHECKING:
    pass

READ_CHUNK_BYTES = 1024 * 1024  # size of the pieces a read hands out


class BlobTooLarge(Exception):
    """The stream went past the size limit; nothing was kept."""

    def __init__(self, limit_bytes: int) -> None:
        super().__init__(f"larger than {limit_bytes} bytes")
        self.limit_bytes = limit_bytes


class BlobMissing(FileNotFoundError):
    """No blob is stored under this key."""


class BlobCorrupt(Exception):
    """The bytes read do not match the checksum recorded when the blob was written."""


@dataclass(frozen=True)
class StoredBlob:
    key: str
    size: int
    sha256: str


class BlobWriter(ABC):
    """Incremental writer: hashes and counts as it goes; the blob appears only on commit."""

    def __init__(self, key: str, max_bytes: int | None) -> None:
        self.key = key
        self.size = 0
        self._hash = hashlib.sha256()
        self._max = max_bytes
        self._done = False

    def write(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self._max is not None and self.size > self._max:
            self.abort()
            raise BlobTooLarge(self._max)
        self._hash.update(chunk)
        self._write(chunk)

    def commit(self) -> StoredBlob:
        blob = StoredBlob(self.key, self.size, self._hash.hexdigest())
        self._commit(blob)
        self._done = True
        return blob

    def abort(self) -> None:
        if not self._done:
            self._done = True
            self._abort()

    @abstractmethod
    def _write(self, chunk: bytes) -> None: ...

    @abstractmethod
    def _commit(self, blob: StoredBlob) -> None:
        """Make the blob visible under its key, with its checksum."""

    @abstractmethod
    def _abort(self) -> None:
        """Drop whatever was written; the key keeps its earlier blob, if any."""


class BlobStore(ABC):
    """Where uploaded PDFs, extracted images and intermediate files live between jobs.

    Keys are relative paths (`documents/<document id>/source.pdf`, see keys.py); every key of a
    document starts with its prefix, so `delete_document` removes all of them at once.
    """

    #: URL form of this store, as PDFQUEUE_STORAGE_URL would name it (for logs and messages).
    url: str = ""

    # --- writing -----------------------------------------------------------------------------

    @abstractmethod
    def open_writer(self, key: str, *, max_bytes: int | None = None) -> BlobWriter: ...

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

    def put_file(self, key: str, path: Path) -> StoredBlob:
        with path.open("rb") as file:
            return self.put_chunks(key, iter(lambda: file.read(READ_CHUNK_BYTES), b""))

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

    # --- reading -----------------------------------------------------------------------------

    @abstractmethod
    def exists(self, key: str) -> bool: ...

    @abstractmethod
    def _open_chunks(self, key: str) -> tuple[str, Iterator[bytes]]:
        """The recorded SHA-256 and the raw bytes in pieces; BlobMissing if there is none."""

    def iter_chunks(self, key: str) -> Iterator[bytes]:
        """The blob in pieces, checked against its checksum (BlobCorrupt at the end if not)."""
        expected, chunks = self._open_chunks(key)
        digest = hashlib.sha256()
        for chunk in chunks:
            digest.update(chunk)
            yield chunk
        if digest.hexdigest() != expected:
            raise BlobCorrupt(
                f"The blob {key!r} in {self.url} does not match its checksum "
                f"(recorded {expected[:12]}…, read {digest.hexdigest()[:12]}…); "
                "it was damaged at rest or cut short; submit the document again."
            )

    def read_bytes(self, key: str) -> bytes:
        """The whole blob, checked; only for blobs known to be small (an image, a manifest)."""
        return b"".join(self.iter_chunks(key))

    def iter_lines(self, key: str) -> Iterator[bytes]:
        """A text blob's lines (JSON Lines manifests and chunk lists), streamed and checked."""
        rest = b""
        for chunk in self.iter_chunks(key):
            lines = (rest + chunk).split(b"\n")
            rest = lines.pop()
            yield from (line for line in lines if line)
        if rest:
            yield rest

    @contextlib.contextmanager
    def local_copy(self, key: str) -> Iterator[Path]:
        """A checked copy of the blob in a local temporary file, removed when the block ends.

        For libraries that want a path (pdfium); nothing stays on this host afterwards.
        """
        fd, name = tempfile.mkstemp(prefix="pdfqueue-blob-", suffix=Path(key).suffix)
        path = Path(name)
        try:
            with os.fdopen(fd, "wb") as file:
                for chunk in self.iter_chunks(key):
                    file.write(chunk)
            yield path
        finally:
            path.unlink(missing_ok=True)

    # --- deleting ----------------------------------------------------------------------------

    @abstractmethod
    def delete(self, key: str) -> None: ...

    @abstractmethod
    def delete_prefix(self, prefix: str) -> None:
        """Remove every blob whose key starts with `prefix` + '/'."""

    def delete_document(self, document_id: UUID | str) -> None:
        """Remove every blob of a document."""
        self.delete_prefix(document_prefix(document_id))

    def prune_orphans(self, older_than_seconds: float = 24 * 3600) -> int:
        """Remove what writers that died mid-blob left behind; how many pieces went.

        A directory's partial files and an object store's unfinished multipart uploads are
        left to the operator (a bucket lifecycle rule); the database store cleans its own.
        """
        return 0

    def close(self) -> None:  # noqa: B027  (most stores hold nothing to release)
        """Release connections (stores that hold any)."""
