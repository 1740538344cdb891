"""Pipeline test helpers that speak the domain: submit a corpus file, drive jobs, read states.

`drive()` runs claimed jobs in this process with the queue's own claim / complete / fail
functions and the registered handlers, exactly as a worker's loop does (fenced completion and
on_complete in one transaction), so transitions can be tested step by step. End-to-end tests
use real worker processes instead.
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import psycopg
import pytest

from pdfqueue.config import Settings
from pdfqueue.db.pools import configure_service
from pdfqueue.pipeline import context
from pdfqueue.pipeline.submit import submit_document
from pdfqueue.queue import jobs as queue_jobs
from pdfqueue.queue.registry import Handler, get, register, registered
from pdfqueue.storage import BlobStore, source_key

WORKER = "test-driver"


@pytest.fixture
def service_conn(db_url: str, settings: Settings) -> Iterator[psycopg.Connection]:
    """A connection acting as the service role (RLS applies), as workers act."""
    conn = psycopg.connect(db_url)
    configure_service(conn)
    yield conn
    conn.close()
    context.close()


@pytest.fixture
def store(settings: Settings) -> BlobStore:
    return BlobStore.from_settings(settings)


@pytest.fixture
def submit(service_conn: psycopg.Connection, store: BlobStore) -> Callable[..., UUID]:
    """Store a file as an upload would and submit it; returns the document id."""

    def _submit(path: Path, *, owner_id: str = "alice", priority: int = 0) -> UUID:
        document_id = uuid.uuid4()
        key = source_key(document_id)
        target = store.path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        data = path.read_bytes()
        with service_conn.transaction():
            submit_document(
                service_conn,
                owner_id=owner_id,
                filename=path.name,
                storage_key=key,
                size_bytes=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                priority=priority,
                document_id=document_id,
            )
        return document_id

    return _submit


def run_claimed(conn: psycopg.Connection, handler: Handler, claimed: list[queue_jobs.Job]) -> None:
    """Run claimed jobs and record their outcomes as a worker does."""
    results = handler.run(claimed)
    with conn.transaction():
        done = [(j, r) for j, r in zip(claimed, results, strict=True) if isinstance(r, dict)]
        failed = [
            (j, queue_jobs.Failure.from_exception(r))
            for j, r in zip(claimed, results, strict=True)
            if isinstance(r, BaseException)
        ]
        completed = queue_jobs.complete(conn, handler.queue, done, worker=WORKER)
        for job, result in done:
            if job.id in completed and handler.on_complete:
                handler.on_complete(conn, job, result)
        rows = queue_jobs.fail(conn, handler.queue, failed, worker=WORKER, retry_base_seconds=0)
        by_id = {j.id: j for j, _ in failed}
        for row in rows:
            if row["status"] == "failed" and handler.on_failed:
                handler.on_failed(conn, by_id[row["id"]], row.get("error_message") or "")


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
