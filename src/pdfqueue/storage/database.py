"""`postgres`: blobs in pdfqueue's own database, so a deployment needs nothing else.

Bytes travel in chunks of CHUNK_BYTES, one statement each, both ways: an upload of 200 MB
holds one chunk in memory, never the file, and so does a worker reading it back. Each
statement stands alone (autocommit) except the commit, which is one short transaction, so
the store works through PgBouncer in transaction pooling mode. Tables and the reasons for
their shape: db/migrations/0080_blobs.sql; the statements: storage/blobs.sql.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any
from uuid import UUID, uuid4

from psycopg_pool import ConnectionPool

from pdfqueue.storage.base import BlobMissing, BlobStore, BlobWriter, StoredBlob

CHUNK_BYTES = 1024 * 1024  # bytes per blob_chunks row
READ_AHEAD_CHUNKS = 4  # chunks fetched per round trip when reading (4 MiB in memory at most)
POOL_MAX_SIZE = 4  # connections per process for blob traffic
_NAME = re.compile(r"^-- name: (\w+)\s*$", re.MULTILINE)


@cache
def _queries() -> dict[str, str]:
    text = resources.files("pdfqueue.storage").joinpath("blobs.sql").read_text(encoding="utf-8")
    parts = _NAME.split(text)
    found = {}
    for name, body in zip(parts[1::2], parts[2::2], strict=True):
        lines = [ln for ln in body.strip().splitlines() if not ln.lstrip().startswith("--")]
        found[name] = "\n".join(lines).strip().rstrip(";")
    return found


def query(name: str) -> str:
    """The text of a named statement of storage/blobs.sql."""
    return _queries()[name]


def like_prefix(prefix: str) -> str:
    """A LIKE pattern for every key under `prefix`/, with LIKE's wildcards escaped."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "/%"


class PostgresStore(BlobStore):
    url = "postgres"

    def __init__(self, database_url: str, **connect_kwargs: Any) -> None:
        self._pool = ConnectionPool(
            database_url,
            min_size=0,
            max_size=POOL_MAX_SIZE,
            name="pdfqueue-blobs",
            kwargs={"autocommit": True, "connect_timeout": 5, **connect_kwargs},
            open=True,
            reconnect_timeout=300,
        )

    def execute(self, name: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        with self._pool.connection() as conn:
            cur = conn.execute(query(name), params)
            return cur.fetchall() if cur.description else []

    def open_writer(self, key: str, *, max_bytes: int | None = None) -> BlobWriter:
        return _ChunkWriter(self, key, max_bytes)

    def exists(self, key: str) -> bool:
        return bool(self.execute("blob_exists", {"key": key})[0][0])

    def _open_chunks(self, key: str) -> tuple[str, Iterator[bytes]]:
        rows = self.execute("find_blob", {"key": key})
        if not rows:
            raise BlobMissing(f"No blob {key!r} in the database.")
        upload_id, _size, sha256 = rows[0]
        return sha256, self._chunks(upload_id)

    def _chunks(self, upload_id: UUID) -> Iterator[bytes]:
        seq = 0
        while True:
            rows = self.execute(
                "read_chunks", {"upload_id": upload_id, "seq": seq, "limit": READ_AHEAD_CHUNKS}
            )
            for got, data in rows:
                if got != seq:  # a chunk went missing: the checksum will say so
                    return
                yield bytes(data)
                seq += 1
            if len(rows) < READ_AHEAD_CHUNKS:
                return

    def delete(self, key: str) -> None:
        escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        self.execute("delete_blobs", {"pattern": escaped})

    def delete_prefix(self, prefix: str) -> None:
        self.execute("delete_blobs", {"pattern": like_prefix(prefix)})

    def prune_orphans(self, older_than_seconds: float = 24 * 3600) -> int:
        """Remove chunks of writes that never committed (writers that died mid-blob)."""
        with self._pool.connection() as conn:
            cur = conn.execute(
                query("prune_orphan_chunks"), {"older_than": f"{older_than_seconds} seconds"}
            )
            return cur.rowcount

    def close(self) -> None:
        self._pool.close()


class _ChunkWriter(BlobWriter):
    def __init__(self, store: PostgresStore, key: str, max_bytes: int | None) -> None:
        super().__init__(key, max_bytes)
        self.store = store
        self.upload_id = uuid4()
        self._buffer = bytearray()
        self._seq = 0

    def _write(self, chunk: bytes) -> None:
        self._buffer += chunk
        while len(self._buffer) >= CHUNK_BYTES:
            self._flush(CHUNK_BYTES)

    def _flush(self, size: int, conn: Any = None) -> None:
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        params = {"upload_id": self.upload_id, "seq": self._seq, "data": data}
        if conn is None:
            self.store.execute("insert_chunk", params)
        else:
            conn.execute(query("insert_chunk"), params)
        self._seq += 1

    def _commit(self, blob: StoredBlob) -> None:
        params = {"key": blob.key, "upload_id": self.upload_id, "size": blob.size}
        with self.store._pool.connection() as conn, conn.transaction():
            if self._buffer:  # the last piece in the same commit: a small blob costs one
                self._flush(len(self._buffer), conn)
            conn.execute(query("lock_key"), params)
            old = conn.execute(query("replaced_upload"), params).fetchone()
            conn.execute(query("commit_blob"), {**params, "sha256": blob.sha256})
            if old and old[0] != self.upload_id:
                conn.execute(query("delete_chunks"), {"upload_id": old[0]})

    def _abort(self) -> None:
        self._buffer.clear()
        self.store.execute("delete_chunks", {"upload_id": self.upload_id})
