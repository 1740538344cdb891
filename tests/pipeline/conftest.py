"""Pipeline test helpers that speak the domain: submit a corpus file, drive jobs, read states.

`drive()` runs claimed jobs in this process with the queue's own claim / complete / fail
functions and the registered handlers, exactly as a worker's loop does (fenced completion and
on_complete in one transaction), so transitions can be tested step by step. End-to-end tests
use real worker processes instead.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import psycopg
import pytest

from pdfqueue.api.sniff import count_pages
from pdfqueue.config import Settings
from pdfqueue.db.pools import configure_service
from pdfqueue.pipeline import context
from pdfqueue.pipeline.submit import submit_document
from pdfqueue.queue import jobs as queue_jobs
from pdfqueue.queue import runner
from pdfqueue.queue.registry import Handler, get, register, registered
from pdfqueue.storage import BlobStore, open_store, source_key
from worker_subprocess import start_supervisor, stop_all

WORKER = "test-driver"
HERE = Path(__file__).resolve().parent
ENDED = ("completed", "completed_with_errors", "failed", "cancelled")


@pytest.fixture
def service_conn(db_url: str, settings: Settings) -> Iterator[psycopg.Connection]:
    """A connection acting as the service role (RLS applies), as workers act."""
    conn = psycopg.connect(db_url, autocommit=True)
    configure_service(conn)
    yield conn
    conn.close()
    context.close()


@pytest.fixture
def store(settings: Settings) -> BlobStore:
    return open_store(settings)


@pytest.fixture
def submit(service_conn: psycopg.Connection, store: BlobStore) -> Callable[..., UUID]:
    """Store a file as an upload would and submit it (with the page count the API reads, so
    a long PDF is extracted in parts); returns the document id."""

    def _submit(path: Path, *, owner_id: str = "alice", priority: int = 0) -> UUID:
        document_id = uuid.uuid4()
        key = source_key(document_id)
        store.put_file(key, path)
        data = path.read_bytes()
        with service_conn.transaction():
            submit_document(
                service_conn,
                owner_id=owner_id,
                filename=path.name,
                storage_key=key,
                size_bytes=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                page_count=count_pages(path),
                priority=priority,
                document_id=document_id,
            )
        return document_id

    return _submit


def run_claimed(conn: psycopg.Connection, handler: Handler, claimed: list[Any]) -> None:
    """Run claimed jobs and record their outcomes exactly as a worker process does."""
    outcomes = runner.run_handler(handler, claimed)
    with conn.transaction():
        runner.record(conn, handler.queue, outcomes, worker=WORKER, retry_base_seconds=0)


def drive(
    conn: psycopg.Connection,
    *,
    queues: tuple[str, ...] | None = None,
    max_rounds: int = 200,
) -> int:
    """Claim and run due jobs until none is left; returns how many batches ran."""
    rounds = 0
    while rounds < max_rounds:
        progressed = False
        for handler in registered():
            if queues and handler.queue not in queues:
                continue
            with conn.transaction():
                claimed = queue_jobs.claim(
                    conn, handler.queue, [handler.task], worker=WORKER, limit=handler.batch_size
                )
            if claimed:
                run_claimed(conn, handler, claimed)
                progressed = True
                rounds += 1
        if not progressed:
            return rounds
    raise AssertionError(f"jobs still due after {max_rounds} batches")


def document(conn: psycopg.Connection, document_id: UUID) -> dict[str, Any]:
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        return cur.execute(
            "SELECT * FROM processed_documents WHERE id = %s", (document_id,)
        ).fetchone()


@pytest.fixture
def pipeline(service_conn: psycopg.Connection) -> Iterator[Any]:
    """The pipeline's handlers registered, and helpers to drive jobs and read documents."""
    from pdfqueue.pipeline import handlers

    for handler in handlers.HANDLERS:
        register(handler)

    class Pipeline:
        conn = service_conn

        @staticmethod
        def drive(**kwargs: Any) -> int:
            return drive(service_conn, **kwargs)

        @staticmethod
        def document(document_id: UUID) -> dict[str, Any]:
            return document(service_conn, document_id)

        @staticmethod
        def handler(queue: str, task: str) -> Handler:
            return get(queue, task)

        @staticmethod
        def claim(queue: str, task: str, limit: int = 1) -> list[Any]:
            with service_conn.transaction():
                return queue_jobs.claim(service_conn, queue, [task], worker=WORKER, limit=limit)

        @staticmethod
        def run_claimed(handler: Handler, claimed: list[Any]) -> None:
            run_claimed(service_conn, handler, claimed)

    yield Pipeline


FAST_QUEUE = {
    "PDFQUEUE_LEASE_SECONDS": "10",
    "PDFQUEUE_POLL_INTERVAL_SECONDS": "1",
    "PDFQUEUE_RETRY_BASE_SECONDS": "0.05",
    "PDFQUEUE_JOB_TIMEOUT_SECONDS": "120",
    "PDFQUEUE_SHUTDOWN_GRACE_SECONDS": "10",
}


@pytest.fixture
def workers(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., subprocess.Popen]]:
    """Start real worker processes (`pdfqueue.worker.run` in a subprocess); stopped at the end."""
    for key, value in FAST_QUEUE.items():
        monkeypatch.setenv(key, value)
    started: list[subprocess.Popen] = []

    def _start(
        concurrency: int = 1, *, handlers: str = "pdfqueue.pipeline.handlers", **env: str
    ) -> subprocess.Popen:
        proc = start_supervisor(
            concurrency, handlers=handlers, env={"PYTHONPATH": str(HERE), **env}
        )
        started.append(proc)
        return proc

    yield _start
    stop_all(started)


@pytest.fixture
def progress_log(db_url: str) -> Iterator[list[dict[str, Any]]]:
    """Every 'pdfqueue_progress' notification, in order, collected by a listening thread."""
    seen: list[dict[str, Any]] = []
    stop = threading.Event()
    ready = threading.Event()

    def listen() -> None:
        with psycopg.connect(db_url, autocommit=True) as conn:
            conn.execute("LISTEN pdfqueue_progress")
            ready.set()
            while not stop.is_set():
                for note in conn.notifies(timeout=0.2):
                    seen.append(json.loads(note.payload))

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    ready.wait(10)
    yield seen
    stop.set()
    thread.join(5)


def wait_until_ended(
    conn: psycopg.Connection, document_ids: list[UUID], timeout: float = 120.0
) -> dict[UUID, dict[str, Any]]:
    """Poll until every document has ended; returns their rows (fails the test on timeout)."""
    deadline = time.monotonic() + timeout
    while True:
        rows = {
            r["id"]: r
            for r in conn.cursor(row_factory=psycopg.rows.dict_row).execute(
                "SELECT * FROM processed_documents WHERE id = ANY(%s)", (document_ids,)
            )
        }
        if all(r["status"] in ENDED for r in rows.values()) and len(rows) == len(document_ids):
            return rows
        if time.monotonic() > deadline:
            states = {str(k): (v["status"], float(v["progress"])) for k, v in rows.items()}
            raise AssertionError(f"documents did not end within {timeout:.0f} s: {states}")
        time.sleep(0.3)


@pytest.fixture
def ended(service_conn: psycopg.Connection) -> Callable[..., dict[UUID, dict[str, Any]]]:
    def _ended(*document_ids: UUID, timeout: float = 120.0) -> dict[UUID, dict[str, Any]]:
        return wait_until_ended(service_conn, list(document_ids), timeout)

    return _ended
