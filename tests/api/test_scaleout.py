"""Many hosts, nothing shared but PostgreSQL (or an object store): uploads and the pipeline on
every store, and the whole system through PgBouncer in transaction pooling mode."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from apihelpers import RunningApi

from pdfqueue.config import Settings, get_settings
from pdfqueue.storage import close_all, make_store
from pgbouncer import pgbouncer, pgbouncer_binary
from s3_server import create_bucket, s3_endpoint, s3_env

__all__ = ["s3_endpoint", "s3_env"]  # fixtures

pytestmark = pytest.mark.slow

ENDED = ("completed", "completed_with_errors", "failed", "cancelled")
WITH_IMAGE = "scan-jbig2-xerox.pdf"  # one scanned page: an extracted image, OCR, chunks
TEXT = "text-multi-page-5p.pdf"


def upload(client: httpx.Client, path: Path) -> str:
    response = client.post(
        "/api/documents", files={"file": (path.name, path.read_bytes(), "application/pdf")}
    )
    assert response.status_code == 202, response.text
    return response.json()["id"]


def wait_ended(client: httpx.Client, ids: list[str], timeout: float = 240) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    docs: dict[str, Any] = {}
    while time.monotonic() < deadline:
        docs = {i: client.get(f"/api/documents/{i}").json() for i in ids}
        if all(d["status"] in ENDED for d in docs.values()):
            return docs
        time.sleep(0.5)
    raise AssertionError(f"not ended in {timeout} s: {[d['status'] for d in docs.values()]}")


def use_storage(backend: str, request: pytest.FixtureRequest, monkeypatch, tmp_path) -> None:
    if backend == "s3":
        endpoint = request.getfixturevalue("s3_env")
        monkeypatch.setenv("PDFQUEUE_STORAGE_URL", f"s3://{create_bucket(endpoint)}/blobs")
        monkeypatch.setenv("PDFQUEUE_S3_ENDPOINT_URL", endpoint)
    elif backend == "postgres":
        monkeypatch.setenv("PDFQUEUE_STORAGE_URL", "postgres")
    else:
        monkeypatch.setenv("PDFQUEUE_STORAGE_URL", (tmp_path / "shared-blobs").as_uri())
    get_settings.cache_clear()


@pytest.fixture
def fresh_settings() -> Iterator[Callable[[], Settings]]:
    def _read() -> Settings:
        get_settings.cache_clear()
        return get_settings()

    yield _read
    close_all()
    get_settings.cache_clear()


@pytest.mark.parametrize("backend", ["file", "postgres", "s3"])
def test_each_store_takes_uploads_feeds_the_pipeline_and_forgets_deleted_documents(
    backend: str,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    make_api: Callable[..., RunningApi],
    workers: Callable[..., Any],
    fresh_settings: Callable[[], Settings],
    corpus: Path,
    owner_conn: psycopg.Connection,
) -> None:
    use_storage(backend, request, monkeypatch, tmp_path)
    settings = fresh_settings()
    api = make_api(storage_url=settings.storage_url, s3_endpoint_url=settings.s3_endpoint_url)
    workers(2)
    with api.client("user", "alice") as alice:
        ids = [upload(alice, corpus / WITH_IMAGE), upload(alice, corpus / TEXT)]
        docs = wait_ended(alice, ids)
        assert [d["status"] for d in docs.values()] == ["completed", "completed"], docs
        images = alice.get(f"/api/documents/{ids[0]}/images").json()["items"]
        assert images
        image = alice.get(f"/api/documents/{ids[0]}/images/{images[0]['id']}")
        assert image.status_code == 200 and len(image.content) > 1000
        chunks = owner_conn.execute(
            "SELECT count(*) FROM document_chunks WHERE document_id = ANY(%s::uuid[])", (ids,)
        ).fetchone()[0]
        assert chunks >= 2

        store = make_store(settings.storage_url or "", settings)
        source = f"documents/{ids[1]}/source.pdf"
        assert store.read_bytes(source) == (corpus / TEXT).read_bytes()
        if backend != "file":  # nothing of a document on this host's disk
            data_dir = Path(os.environ["PDFQUEUE_DATA_DIR"])
            assert not (data_dir / "blobs").exists()
        assert alice.delete(f"/api/documents/{ids[1]}").status_code == 204
        assert not store.exists(source)
        assert store.exists(f"documents/{ids[0]}/source.pdf")
        store.close()


def test_the_pipeline_and_the_api_run_through_pgbouncer_in_transaction_mode(
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    make_api: Callable[..., RunningApi],
    workers: Callable[..., Any],
    fresh_settings: Callable[[], Settings],
    corpus: Path,
) -> None:
    """Workers, API and the `postgres` blob store all reach the database through PgBouncer;
    only LISTEN, the maintenance leader's lock and migrations use the direct URL."""
    if pgbouncer_binary() is None:
        pytest.skip("pgbouncer is not installed (apt-get install pgbouncer)")
    with pgbouncer(db_url) as pooled:
        monkeypatch.setenv("PDFQUEUE_DATABASE_URL", pooled)
        monkeypatch.setenv("PDFQUEUE_DIRECT_DATABASE_URL", db_url)
        monkeypatch.setenv("PDFQUEUE_STORAGE_URL", "postgres")
        settings = fresh_settings()
        api = make_api(database_url=pooled, direct_database_url=db_url, storage_url="postgres")
        workers(2)
        with api.client("user", "alice") as alice:
            ids = [upload(alice, corpus / WITH_IMAGE), upload(alice, corpus / TEXT)]
            docs = wait_ended(alice, ids)
            assert [d["status"] for d in docs.values()] == ["completed", "completed"], docs
            # A user still sees only their own documents: row-level security holds through
            # the pooler, the claims being set per transaction.
            with api.client("user", "bob") as bob:
                assert bob.get(f"/api/documents/{ids[0]}").status_code == 404
                assert bob.get("/api/documents").json()["total"] == 0
        transactions = _pgbouncer_transactions(pooled)
        assert transactions > 100, transactions  # the traffic did go through the pooler
    assert settings.database_url == pooled


def _pgbouncer_transactions(pooled_url: str) -> int:
    """Transactions PgBouncer forwarded (its admin console's SHOW STATS)."""
    from psycopg.conninfo import make_conninfo

    admin = make_conninfo(pooled_url, dbname="pgbouncer")
    with psycopg.connect(admin, autocommit=True, prepare_threshold=None) as conn:
        cur = conn.execute("SHOW STATS")
        names = [c.name for c in cur.description]
        rows = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    return sum(int(r["total_xact_count"]) for r in rows if r["database"] != "pgbouncer")


def test_a_pooled_url_gets_no_session_state_and_session_needs_go_direct(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pdfqueue.db.connect import is_pooled, pool_safe_kwargs, session_url

    direct = "postgresql://pdfqueue@db.internal:5432/pdfqueue"
    pooled = "postgresql://pdfqueue@db.internal:6432/pdfqueue"
    monkeypatch.setenv("PDFQUEUE_DIRECT_DATABASE_URL", direct)
    settings = Settings()
    assert is_pooled(pooled, settings) and not is_pooled(direct, settings)
    assert session_url(pooled, settings) == direct
    assert pool_safe_kwargs(pooled, settings) == {"prepare_threshold": None}
    monkeypatch.delenv("PDFQUEUE_DIRECT_DATABASE_URL")
    settings = Settings()
    assert not is_pooled(pooled, settings) and session_url(pooled, settings) == pooled


@pytest.mark.parametrize("backend", ["postgres", "s3"])
def test_a_remote_store_upload_leaves_nothing_on_the_api_host(
    backend: str,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    make_api: Callable[..., RunningApi],
    fresh_settings: Callable[[], Settings],
    corpus: Path,
) -> None:
    """Pages are counted from the copy kept while the bytes streamed out; it goes at once,
    whether the upload is accepted or refused."""
    spool = tmp_path / "api-tmp"
    spool.mkdir()
    monkeypatch.setenv("TMPDIR", str(spool))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    use_storage(backend, request, monkeypatch, tmp_path)
    settings = fresh_settings()
    api = make_api(storage_url=settings.storage_url, s3_endpoint_url=settings.s3_endpoint_url)
    with api.client("user", "alice") as alice:
        accepted = alice.post(
            "/api/documents",
            files={"file": (TEXT, (corpus / TEXT).read_bytes(), "application/pdf")},
        )
        assert accepted.status_code == 202 and accepted.json()["page_count"] == 5
        refused = alice.post(
            "/api/documents",
            files={"file": (TEXT, (corpus / TEXT).read_bytes(), "application/pdf")},
            data={"priority": "not a number"},
        )
        assert refused.status_code == 422
    assert list(spool.iterdir()) == []
    store = make_store(settings.storage_url or "", settings)
    assert store.exists(f"documents/{accepted.json()['id']}/source.pdf")
    store.close()
