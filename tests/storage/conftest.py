"""The same store fixture for every backend: a directory, PostgreSQL itself, and a real
S3-compatible server (moto_server in a subprocess, started once per test session)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import boto3
import psycopg
import pytest

from pdfqueue.config import Settings
from pdfqueue.storage import BlobStore, make_store
from pdfqueue.storage.directory import DirectoryStore
from pdfqueue.storage.s3 import S3Store
from s3_server import create_bucket, s3_endpoint, s3_env

BACKENDS = ("file", "postgres", "s3")
__all__ = ["s3_endpoint", "s3_env"]  # fixtures shared with other test folders


def storage_url_for(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if backend == "file":
        return (tmp_path / "blobs").as_uri()
    if backend == "postgres":
        return "postgres"
    endpoint = request.getfixturevalue("s3_env")
    return f"s3://{create_bucket(endpoint)}/pdfqueue"


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def storage_settings(
    backend: str,
    request: pytest.FixtureRequest,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Settings:
    """The test's settings with PDFQUEUE_STORAGE_URL (and the S3 endpoint) for `backend`."""
    url = storage_url_for(backend, request, tmp_path)
    monkeypatch.setenv("PDFQUEUE_STORAGE_URL", url)
    if backend == "s3":
        monkeypatch.setenv("PDFQUEUE_S3_ENDPOINT_URL", request.getfixturevalue("s3_env"))
    from pdfqueue.config import get_settings

    get_settings.cache_clear()
    return get_settings()


@pytest.fixture
def store(storage_settings: Settings) -> Iterator[BlobStore]:
    store = make_store(storage_settings.storage_url or "", storage_settings)
    yield store
    store.close()


@pytest.fixture
def tamper(store: BlobStore, db_url: str) -> Callable[[str, bytes], None]:
    """Change a stored blob's bytes behind the store's back (damage at rest)."""

    def _tamper(key: str, data: bytes) -> None:
        if isinstance(store, DirectoryStore):
            store.path(key).write_bytes(data)
        elif isinstance(store, S3Store):
            client = boto3.client("s3", endpoint_url=store.client.meta.endpoint_url)
            head = client.head_object(Bucket=store.bucket, Key=store.object_key(key))
            client.put_object(
                Bucket=store.bucket,
                Key=store.object_key(key),
                Body=data,
                Metadata=head["Metadata"],  # the old checksum stays
            )
        else:
            with psycopg.connect(db_url, autocommit=True) as conn:
                conn.execute(
                    "UPDATE blob_chunks SET data = %s WHERE seq = 0 AND upload_id ="
                    " (SELECT upload_id FROM blobs WHERE key = %s)",
                    (data, key),
                )

    return _tamper
