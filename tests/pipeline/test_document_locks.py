"""A document is locked once per outcome transaction, before its queue rows, by everyone.

The statements a transaction sends are read from the connection itself (a cursor class that
keeps each statement's text and parameters), so what is counted is what PostgreSQL received.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from pdfqueue.db.pools import configure_service
from pdfqueue.pipeline import operations
from pdfqueue.queue import jobs, rescuer, runner
from pdfqueue.queue.runner import Failure, Outcome

OCR_RESULT = {"text": "recorded by the test", "mean_confidence": 90.0, "engine": "test"}
# a statement that takes a row lock on documents (SELECT … FROM processed_documents … FOR UPDATE)
LOCKS_A_DOCUMENT = re.compile(r"\bFROM\s+processed_documents\b[^;]*\bFOR\s+UPDATE\b", re.S)


class Statements(list):
    """What one connection sent: (statement text, parameters), in order."""

    def document_locks(self) -> list[Any]:
        return [params for text, params in self if LOCKS_A_DOCUMENT.search(text)]


@pytest.fixture
def logged_conn(db_url: str) -> Iterator[tuple[psycopg.Connection, Statements]]:
    """A service connection (as a worker's) that keeps every statement it sends."""
    sent = Statements()

    def text_of(query: Any, conn: psycopg.Connection) -> str:
        return query if isinstance(query, str) else query.as_string(conn)

    class LoggedCursor(psycopg.Cursor):
        def execute(self, query, params=None, **kwargs):
            sent.append((text_of(query, self.connection), params))
            return super().execute(query, params, **kwargs)

        def executemany(self, query, params_seq, **kwargs):
            sent.append((text_of(query, self.connection), None))
            return super().executemany(query, params_seq, **kwargs)

    conn = psycopg.connect(db_url, autocommit=True, cursor_factory=LoggedCursor)
    configure_service(conn)
    yield conn, sent
    conn.close()


def _record(conn: psycopg.Connection, queue: str, outcomes: list[Outcome]) -> runner.Recorded:
    with conn.transaction():
        return runner.record(conn, queue, outcomes, worker="test-driver", retry_base_seconds=0)


def test_a_batch_of_outcomes_locks_its_documents_once(pipeline, submit, corpus, logged_conn):
    conn, sent = logged_conn
    handler = pipeline.handler("image_processing_queue", "ocr")
    first = submit(corpus / "gen-catalog-product-grid-2p.pdf")
    second = submit(corpus / "gen-catalog-product-grid-2p.pdf")
    pipeline.drive(queues=("stage_queue",))  # extraction: 7 photos to OCR in each
    jobs = pipeline.claim("image_processing_queue", "ocr", limit=14)
    mine = {doc: [j for j in jobs if j.document_id == doc] for doc in (first, second)}
    out_of_retries = mine[second][0]
    pipeline.conn.execute(
        "UPDATE image_processing_queue SET max_retries = 0 WHERE id = %s", (out_of_retries.id,)
    )
    # completed items of both documents (on_complete_many) and one failed for good (on_failed)
    outcomes = [Outcome(j, handler, result=OCR_RESULT) for j in mine[first][:3]]
    outcomes += [Outcome(j, handler, result=OCR_RESULT) for j in mine[second][1:3]]
    outcomes.append(Outcome(out_of_retries, handler, failure=Failure.message("damaged image")))

    done = _record(conn, "image_processing_queue", outcomes)

    assert (done.completed, done.failed) == (5, 1)
    (locked,) = sent.document_locks()  # one statement, for both documents
    assert sorted(map(str, locked["ids"])) == sorted(map(str, (first, second)))
    # the lock came before any statement on a queue row
    first_lock = next(i for i, (text, _) in enumerate(sent) if LOCKS_A_DOCUMENT.search(text))
    assert not any("image_processing_queue" in text for text, _ in sent[:first_lock])
    counts = pipeline.conn.execute(
        "SELECT document_id, completed_items, failed_items FROM job_progress"
        " WHERE stage = 'image_processing' AND document_id = ANY(%s)",
        ([first, second],),
    ).fetchall()
    assert sorted(counts) == sorted([(first, 3, 0), (second, 2, 1)])


def test_a_stage_job_s_outcome_locks_its_document_once(pipeline, submit, corpus, logged_conn):
    conn, sent = logged_conn
    doc_id = submit(corpus / "text-multi-page-5p.pdf")
    handler = pipeline.handler("stage_queue", "extraction")
    (job,) = pipeline.claim("stage_queue", "extraction")
    outcomes = runner.run_handler(handler, [job])

    assert _record(conn, "stage_queue", outcomes).completed == 1

    assert len(sent.document_locks()) == 1
    assert pipeline.document(doc_id)["status"] == "processing"  # its hook ran, under that lock


def test_a_document_ended_by_one_outcome_takes_no_more_of_the_same_batch(
    pipeline, submit, corpus, logged_conn
):
    """The hooks share the rows locked at the start; a hook that ends the document makes the
    next hook of the batch see it ended, as if it had locked the row itself."""
    conn, _ = logged_conn
    handler = pipeline.handler("stage_queue", "extraction")
    doc_id = submit(corpus / "text-multi-column-paper-13p.pdf")  # two extraction parts
    jobs = pipeline.claim("stage_queue", "extraction", limit=2)
    assert len(jobs) == 2
    pipeline.conn.execute(
        "UPDATE stage_queue SET max_retries = 0 WHERE id = ANY(%s)", ([j.id for j in jobs],)
    )
    failures = [Outcome(j, handler, failure=Failure.message("disk on fire")) for j in jobs]

    assert _record(conn, "stage_queue", failures).failed == 2

    doc = pipeline.document(doc_id)
    assert doc["status"] == "failed"
    assert [e["stage"] for e in doc["errors"]] == ["extraction"]  # failed once, not twice
    assert pipeline.conn.execute(
        "SELECT failed_items FROM job_progress WHERE document_id = %s AND stage = 'extraction'",
        (doc_id,),
    ).fetchone() == (1,)


def _wait_for_lock_wait(db_url: str, pid: int, timeout: float = 30.0) -> None:
    """Until backend `pid` waits for a lock (read as the database owner: pg_stat_activity
    hides other roles' waits)."""
    deadline = time.monotonic() + timeout
    with psycopg.connect(db_url, autocommit=True) as conn:
        while time.monotonic() < deadline:
            waiting = conn.execute(
                "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = %s", (pid,)
            ).fetchone()
            if waiting and waiting[0]:
                return
            time.sleep(0.02)
    raise AssertionError(f"backend {pid} never waited for a lock")


def test_an_operator_s_cancel_and_a_worker_s_outcome_of_one_document_do_not_deadlock(
    pipeline, submit, corpus, db_url, logged_conn
):
    """The worker's outcome transaction has locked the document and is about to complete its
    row when an operator cancels that row: the operator waits for the document before taking
    the row, so the worker finishes, and the cancel finds the row no longer running."""
    worker, _ = logged_conn
    doc_id = submit(corpus / "text-multi-page-5p.pdf")
    handler = pipeline.handler("stage_queue", "extraction")
    (job,) = pipeline.claim("stage_queue", "extraction")
    outcomes = runner.run_handler(handler, [job])
    operator = psycopg.connect(db_url, autocommit=True)
    configure_service(operator)
    cancelled: list[Any] = []

    def cancel() -> None:
        try:
            with operator.transaction():
                cancelled.append(
                    operations.cancel_jobs(
                        operator, "stage_queue", ids=[job.id], status="processing"
                    )
                )
        except BaseException as exc:  # handed to the test
            cancelled.append(exc)

    with worker.transaction():
        # what an outcome transaction does first: lock the document…
        worker.execute("SELECT 1 FROM processed_documents WHERE id = %s FOR UPDATE", (doc_id,))
        thread = threading.Thread(target=cancel)
        thread.start()
        _wait_for_lock_wait(db_url, operator.info.backend_pid)
        # …then its queue rows and hooks
        done = runner.record(
            worker, "stage_queue", outcomes, worker="test-driver", retry_base_seconds=0
        )
    thread.join(30)
    operator.close()

    assert done.completed == 1
    assert cancelled == [0]  # no deadlock; the row had completed when the cancel got to it
    (status,) = pipeline.conn.execute(
        "SELECT status FROM stage_queue WHERE id = %s", (job.id,)
    ).fetchone()
    assert status == "completed"


# The two ways a row fails outside its worker's own outcome: the maintainer's rescue of an
# expired lease, and a supervisor failing the rows of a worker process it killed or found dead.
FAIL_OUTSIDE_OUTCOME = {  # each returns how many rows it failed or returned to pending
    "rescuer": lambda conn, worker: sum(
        rescuer.rescue_expired(conn, retry_base_seconds=0).values()
    ),
    "killed worker": lambda conn, worker: len(
        rescuer.fail_worker(conn, worker, "killed by its supervisor", retry_base_seconds=0)
    ),
}


def _in_thread(db_url: str, action: Any) -> tuple[threading.Thread, psycopg.Connection, list]:
    """Run `action(conn)` in one transaction of a service connection of its own, in a thread;
    what it returned (or raised) is appended to the list."""
    conn = psycopg.connect(db_url, autocommit=True)
    configure_service(conn)
    out: list[Any] = []

    def run() -> None:
        try:
            with conn.transaction():
                out.append(action(conn))
        except BaseException as exc:  # handed to the test
            out.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, conn, out


@pytest.mark.parametrize("path", list(FAIL_OUTSIDE_OUTCOME))
def test_a_row_failed_outside_its_outcome_and_a_cancel_of_its_document_do_not_deadlock(
    pipeline, submit, corpus, db_url, path
):
    """A row out of retries whose lease expired (or whose worker process was killed) is failed
    while an operator cancels it. The cancel has locked the document, as it does first: the
    rescuer waits for the document before it takes the row, so the cancel finishes, and the
    rescuer finds the row no longer running. (Taking the row first, the rescuer then waited in
    on_failed for the document while the cancel waited for the row: a deadlock.)"""
    doc_id = submit(corpus / "text-multi-page-5p.pdf")
    (job,) = pipeline.claim("stage_queue", "extraction")
    worker = job.row["locked_by"]
    pipeline.conn.execute(
        "UPDATE stage_queue SET max_retries = 0, lease_expires_at = now() - interval '1 minute'"
        " WHERE id = %s",
        (job.id,),
    )
    operator = psycopg.connect(db_url, autocommit=True)
    configure_service(operator)
    fail = FAIL_OUTSIDE_OUTCOME[path]

    with operator.transaction():
        # what a cancel does first: lock the document…
        operator.execute("SELECT 1 FROM processed_documents WHERE id = %s FOR UPDATE", (doc_id,))
        thread, rescuing, failed = _in_thread(db_url, lambda conn: fail(conn, worker))
        _wait_for_lock_wait(db_url, rescuing.info.backend_pid)
        # …then its rows
        cancelled = operations.cancel_jobs(
            operator, "stage_queue", ids=[job.id], status="processing"
        )
    thread.join(30)
    rescuing.close()
    operator.close()

    assert cancelled == 1
    assert failed == [0]  # no deadlock; the row had been cancelled when it got there
    (status,) = pipeline.conn.execute(
        "SELECT status FROM stage_queue WHERE id = %s", (job.id,)
    ).fetchone()
    assert status == "cancelled"
    doc = pipeline.document(doc_id)
    assert [e["stage"] for e in doc["errors"]] == ["extraction"]  # counted once, by the cancel


def test_a_lease_renewed_while_the_rescuer_waits_for_its_document_is_not_rescued(
    pipeline, submit, corpus, db_url
):
    """The rescuer reads expired rows before it holds their documents, and fails only those
    still expired once it does: a lease renewed in between (its worker was slow, not dead)
    keeps its row."""
    doc_id = submit(corpus / "text-multi-page-5p.pdf")
    (job,) = pipeline.claim("stage_queue", "extraction")
    pipeline.conn.execute(
        "UPDATE stage_queue SET lease_expires_at = now() - interval '1 minute' WHERE id = %s",
        (job.id,),
    )
    other = psycopg.connect(db_url, autocommit=True)
    configure_service(other)

    with other.transaction():
        other.execute("SELECT 1 FROM processed_documents WHERE id = %s FOR UPDATE", (doc_id,))
        thread, rescuing, rescued = _in_thread(
            db_url, lambda conn: rescuer.rescue_expired(conn, retry_base_seconds=0)
        )
        _wait_for_lock_wait(db_url, rescuing.info.backend_pid)
        renewed = jobs.renew(
            other, "stage_queue", [job.id], worker=job.row["locked_by"], lease_seconds=60
        )
    thread.join(30)
    rescuing.close()
    other.close()

    assert renewed == 1
    assert rescued == [{}]
    row = pipeline.conn.execute(
        "SELECT status, retry_count FROM stage_queue WHERE id = %s", (job.id,)
    ).fetchone()
    assert row == ("processing", 0)
