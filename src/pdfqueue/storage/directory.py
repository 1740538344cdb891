"""`file:///path`: blobs as files in a directory (DATA_DIR/blobs by default).

The directory may be a shared mount when several machines work together, but a deployment
with nothing shared but PostgreSQL uses the `postgres` or `s3` store instead. Writes go to a
temporary file first and are renamed into place, so a crash never leaves a half-written blob
under a real key. Each blob's SHA-256 sits beside it in a hidden `.<name>.sha256` file,
written before the blob is renamed into place.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pdfqueue.storage.base import READ_CHUNK_BYTES, BlobMissing, BlobStore, BlobWriter, StoredBlob


def _checksum_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.sha256")


class DirectoryStore(BlobStore):
    def __init__(self, root: Path) -> None:
        self.root = root
        self.url = root.absolute().as_uri()

    def path(self, key: str) -> Path:
        """The file behind a key; keys never escape the root."""
        path = (self.root / key).resolve()
        if not path.is_relative_to(self.root.resolve()):
            raise ValueError(f"blob key {key!r} escapes the storage root")
        return path

    def exists(self, key: str) -> bool:
        return self.path(key).is_file()

    def open_writer(self, key: str, *, max_bytes: int | None = None) -> BlobWriter:
        return _FileWriter(self.path(key), key, max_bytes)

    def _open_chunks(self, key: str) -> tuple[str, Iterator[bytes]]:
        path = self.path(key)
        try:
            file = path.open("rb")
        except FileNotFoundError:
            raise BlobMissing(f"No blob {key!r} in {self.url}.") from None
        try:
            expected = _checksum_path(path).read_text().strip()
        except FileNotFoundError:
            # Written before checksums were recorded: the bytes are their own reference.
            expected = _hash_file(path)
        return expected, _read(file)

    @contextlib.contextmanager
    def local_copy(self, key: str) -> Iterator[Path]:
        """The file itself (no copy), once its bytes are checked."""
        for _ in self.iter_chunks(key):
            pass
        yield self.path(key)

    def delete(self, key: str) -> None:
        path = self.path(key)
        path.unlink(missing_ok=True)
        _checksum_path(path).unlink(missing_ok=True)

    def delete_prefix(self, prefix: str) -> None:
        shutil.rmtree(self.path(prefix), ignore_errors=True)


def _read(file: object) -> Iterator[bytes]:
    with file:  # type: ignore[attr-defined]
        while chunk := file.read(READ_CHUNK_BYTES):  # type: ignore[attr-defined]
            yield chunk


def _hash_file(path: Path) -> str:
    with path.open("rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


class _FileWriter(BlobWriter):
    def __init__(self, target: Path, key: str, max_bytes: int | None) -> None:
        super().__init__(key, max_bytes)
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".partial-")
        self._file = os.fdopen(fd, "wb")
        self._tmp = Path(tmp)

    def _write(self, chunk: bytes) -> None:
        self._file.write(chunk)

    def _commit(self, blob: StoredBlob) -> None:
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        _checksum_path(self.target).write_text(blob.sha256 + "\n")
        os.replace(self._tmp, self.target)

    def _abort(self) -> None:
        if not self._file.closed:
            self._file.close()
        self._tmp.unlink(missing_ok=True)
