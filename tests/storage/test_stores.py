"""Every blob store keeps the same promises: the one suite, run against a directory,
PostgreSQL itself and a real S3-compatible server."""

from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import os
from collections.abc import AsyncIterator, Iterator

import pytest

from pdfqueue.storage import (
    BlobCorrupt,
    BlobMissing,
    BlobStore,
    BlobTooLarge,
    document_prefix,
    image_key,
    source_key,
)
from pdfqueue.storage.database import CHUNK_BYTES
from pdfqueue.storage.s3 import PART_BYTES

DOC = "0b6f2a8e-3c59-4f0e-9a57-0d2f7d1c0a11"
OTHER = "6f0f3c1e-2a4b-4c1d-8e55-7a9b2c3d4e5f"
LARGE = PART_BYTES + CHUNK_BYTES + 12345  # several database chunks, a multipart upload


def pieces(data: bytes, size: int = 64 * 1024) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def test_a_streamed_blob_reads_back_the_same_in_pieces(store: BlobStore) -> None:
    data = os.urandom(LARGE)
    stored = store.put_chunks(source_key(DOC), pieces(data))
    assert stored.size == len(data)
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert store.exists(source_key(DOC))
    read = list(store.iter_chunks(source_key(DOC)))
    assert b"".join(read) == data
    assert len(read) > 1 and max(map(len, read)) <= PART_BYTES  # never handed out whole


def test_a_small_blob_round_trips(store: BlobStore) -> None:
    key = image_key(DOC, "ab" * 32, "png")
    store.put_bytes(key, b"\x89PNG tiny")
    assert store.read_bytes(key) == b"\x89PNG tiny"
    assert store.put_bytes(key + ".empty", b"").size == 0
    assert store.read_bytes(key + ".empty") == b""


def test_a_writer_shows_nothing_until_commit_and_abort_keeps_the_old_blob(
    store: BlobStore,
) -> None:
    key = source_key(DOC)
    store.put_bytes(key, b"first version")
    writer = store.open_writer(key)
    writer.write(os.urandom(CHUNK_BYTES + 10))  # past one database chunk: rows were written
    assert store.read_bytes(key) == b"first version"
    writer.abort()
    assert store.read_bytes(key) == b"first version"
    store.put_bytes(key, b"second version")
    assert store.read_bytes(key) == b"second version"


def test_past_the_limit_nothing_is_kept(store: BlobStore) -> None:
    with pytest.raises(BlobTooLarge):
        store.put_chunks(source_key(DOC), pieces(os.urandom(300_000)), max_bytes=200_000)
    assert not store.exists(source_key(DOC))


def test_a_missing_blob_says_so(store: BlobStore) -> None:
    assert not store.exists(source_key(DOC))
    with pytest.raises(BlobMissing):
        store.read_bytes(source_key(DOC))


def test_damaged_bytes_are_refused_on_read(store: BlobStore, tamper) -> None:
    key = source_key(DOC)
    store.put_bytes(key, b"%PDF-1.7 the real bytes")
    tamper(key, b"%PDF-1.7 the real bytez")
    with pytest.raises(BlobCorrupt, match="checksum"):
        store.read_bytes(key)
    with pytest.raises(BlobCorrupt), store.local_copy(key):
        pass


def test_deleting_a_document_removes_all_its_blobs_and_nothing_else(store: BlobStore) -> None:
    keys = [source_key(DOC), image_key(DOC, "cd" * 32, "png"), f"{document_prefix(DOC)}/x.jsonl"]
    for key in keys:
        store.put_bytes(key, key.encode())
    store.put_bytes(source_key(OTHER), b"keep me")
    store.delete_document(DOC)
    assert [store.exists(k) for k in keys] == [False, False, False]
    assert store.read_bytes(source_key(OTHER)) == b"keep me"
    store.delete(source_key(OTHER))
    assert not store.exists(source_key(OTHER))


def test_a_local_copy_is_a_checked_file_that_goes_away(store: BlobStore) -> None:
    data = os.urandom(CHUNK_BYTES * 2 + 7)
    store.put_bytes(source_key(DOC), data)
    with store.local_copy(source_key(DOC)) as path:
        assert path.read_bytes() == data
    if store.url == "postgres" or store.url.startswith("s3://"):
        assert not path.exists()  # nothing stays on this host


def test_lines_of_a_text_blob_stream_across_piece_boundaries(store: BlobStore) -> None:
    lines = [f'{{"page": {i}, "text": "{"x" * (i % 977)}"}}'.encode() for i in range(6000)]
    store.put_chunks(f"{document_prefix(DOC)}/manifest.jsonl", (ln + b"\n" for ln in lines))
    assert list(store.iter_lines(f"{document_prefix(DOC)}/manifest.jsonl")) == lines


def test_an_async_stream_is_stored(store: BlobStore) -> None:
    data = os.urandom(200_000)

    async def body() -> AsyncIterator[bytes]:
        for piece in pieces(data):
            yield piece

    # A thread of its own: a session's browser tests may leave an event loop in this one.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        stored = pool.submit(asyncio.run, store.put_async_chunks(source_key(DOC), body())).result()
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert store.read_bytes(source_key(DOC)) == data


def test_keys_cannot_escape_the_store(store: BlobStore, backend: str) -> None:
    if backend == "postgres":
        pytest.skip("keys are only row values in the database: there is nothing to escape")
    with pytest.raises(ValueError, match="escapes"):
        store.put_bytes("../outside.pdf", b"x")


def test_large_blobs_reach_the_server_before_the_commit(
    store: BlobStore, backend: str, db_url: str
) -> None:
    """Bytes leave as they arrive: database chunk rows, or the parts of an S3 multipart
    upload, exist before the commit makes the blob visible."""
    import psycopg

    key = source_key(DOC)
    writer = store.open_writer(key)
    for piece in pieces(os.urandom(LARGE)):
        writer.write(piece)
    if backend == "postgres":
        with psycopg.connect(db_url) as conn:
            count, longest = conn.execute(
                "SELECT count(*), max(length(data)) FROM blob_chunks"
            ).fetchone()
        assert (count, longest) == (LARGE // CHUNK_BYTES, CHUNK_BYTES)
    elif backend == "s3":
        uploads = store.client.list_multipart_uploads(Bucket=store.bucket).get("Uploads", [])
        assert [u["Key"] for u in uploads] == [store.object_key(key)]
        parts = store.client.list_parts(
            Bucket=store.bucket, Key=store.object_key(key), UploadId=uploads[0]["UploadId"]
        )["Parts"]
        assert [p["Size"] for p in parts] == [PART_BYTES]
    assert not store.exists(key)
    writer.commit()
    assert store.exists(key)
    assert sum(map(len, store.iter_chunks(key))) == LARGE
    if backend == "s3":
        assert store.client.list_multipart_uploads(Bucket=store.bucket).get("Uploads", []) == []


def test_what_a_dead_writer_left_is_pruned_and_nothing_else(
    store: BlobStore, backend: str, db_url: str
) -> None:
    import psycopg

    store.put_bytes(source_key(DOC), b"committed")
    writer = store.open_writer(source_key(OTHER))
    writer.write(os.urandom(CHUNK_BYTES + 1))  # then the process "dies": no commit, no abort
    assert store.prune_orphans(older_than_seconds=3600) == 0  # too recent to be an orphan
    pruned = store.prune_orphans(older_than_seconds=0)
    if backend == "postgres":
        assert pruned == 1
        with psycopg.connect(db_url) as conn:
            assert conn.execute("SELECT count(*) FROM blob_chunks").fetchone()[0] == 1
    assert store.read_bytes(source_key(DOC)) == b"committed"
