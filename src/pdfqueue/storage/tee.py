"""A writer that also keeps a local copy while the bytes stream to a remote store.

The API counts an upload's pages with pdfium, which wants a file. With a remote store
(`postgres`, `s3`) reading the blob back would move every byte a second time (a 20 MB upload
into PostgreSQL spent ~270 ms on that); the tee writes the same bytes to a temporary file as
they pass, and the caller removes it as soon as the pages are counted.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pdfqueue.storage.base import BlobWriter, StoredBlob


class TeeWriter(BlobWriter):
    def __init__(self, inner: BlobWriter) -> None:
        super().__init__(inner.key, None)
        self.inner = inner
        fd, name = tempfile.mkstemp(prefix="pdfqueue-upload-", suffix=Path(inner.key).suffix)
        self._file = os.fdopen(fd, "wb")
        self.local_path = Path(name)

    def write(self, chunk: bytes) -> None:
        try:
            self.inner.write(chunk)  # size limit and hashing happen here
        except BaseException:
            self._drop()
            raise
        self._file.write(chunk)

    def commit(self) -> StoredBlob:
        self._file.close()
        try:
            return self.inner.commit()
        except BaseException:
            self._drop()
            raise

    def abort(self) -> None:
        try:
            self.inner.abort()
        finally:
            self._drop()

    def _drop(self) -> None:
        if not self._file.closed:
            self._file.close()
        self.local_path.unlink(missing_ok=True)

    # The public methods above replace the base's; these are never called.
    def _write(self, chunk: bytes) -> None:  # pragma: no cover
        raise NotImplementedError

    def _commit(self, blob: StoredBlob) -> None:  # pragma: no cover
        raise NotImplementedError

    def _abort(self) -> None:  # pragma: no cover
        raise NotImplementedError
