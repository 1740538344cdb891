"""Running claimed jobs through their handler, and recording each outcome (rules 3–5).

`run_handler` calls a handler outside any transaction and turns whatever happened into one
outcome per job. `record` writes a batch of outcomes in the caller's transaction: every row is
fenced on its own, and a handler's on_complete / on_failed runs inside the same transaction as
its row's outcome (in a savepoint, so one row's hook failing never undoes another row's outcome);
a handler's `hold` is entered first, once per batch (the pipeline locks the batch's documents
there, in id order, and its hooks use them without locking again).
A handler's on_complete_many gets its completed rows together in one savepoint; if it raises,
they are recorded again one at a time, so still only the row whose hook fails is retried.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

import psycopg

from pdfqueue import tracing
from pdfqueue.queue import jobs
from pdfqueue.queue.jobs import Failure
from pdfqueue.queue.registry import Handler, Hold, Job

log = logging.getLogger("pdfqueue.queue")

NO_RESULT = "handler returned no result"


@dataclass
class Outcome:
    """What one run of one job produced: a result, or the failure of this attempt."""

    job: Job
    handler: Handler
    result: dict[str, Any] | None = None
    failure: Failure | None = None


@dataclass
class Recorded:
    """What `record` did with a batch of outcomes."""

    completed: int = 0
    retried: int = 0
    failed: int = 0
    discarded: int = 0  # lease lost, re-claimed or cancelled: outcome thrown away
    failed_ids: list[Any] = field(default_factory=list)


def run_handler(handler: Handler, batch: Sequence[Job]) -> list[Outcome]:
    """Run `handler` on a batch and return one outcome per job, never raising for a job's sake."""
    try:
        # One span per batch, in the trace of the upload that queued its rows.
        with tracing.batch_span(
            f"{handler.queue} {handler.task}",
            [job.row.get("traceparent") for job in batch],
            {"pdfqueue.queue": handler.queue, "pdfqueue.task": handler.task,
             "pdfqueue.jobs": len(batch)},
        ):  # fmt: skip
            results = list(handler.run(batch))
    except Exception as exc:  # a handler failing fails its whole batch, one outcome each
        failure = Failure.from_exception(exc)
        return [Outcome(job, handler, failure=failure) for job in batch]
    if len(results) != len(batch):
        failure = Failure.message(
            f"handler {handler.task!r} returned {len(results)} results for {len(batch)} jobs"
        )
        return [Outcome(job, handler, failure=failure) for job in batch]
    return [_outcome(handler, job, result) for job, result in zip(batch, results, strict=True)]


def _outcome(handler: Handler, job: Job, result: Any) -> Outcome:
    if isinstance(result, BaseException):
        return Outcome(job, handler, failure=Failure.from_exception(result))
    if result is not None and not isinstance(result, dict):
        return Outcome(
            job,
            handler,
            failure=Failure.message(f"handler returned a {type(result).__name__}, not a dict"),
        )
    if not result and handler.requires_result:
        return Outcome(job, handler, failure=Failure.message(NO_RESULT))
    return Outcome(job, handler, result=result or {})


def record(
    conn: psycopg.Connection,
    queue: str,
    outcomes: Sequence[Outcome],
    *,
    worker: str,
    retry_base_seconds: float,
) -> Recorded:
    """Write the outcomes of jobs of `queue` inside the caller's (open) transaction.

    The handlers' `hold` comes first (the pipeline locks the batch's documents there, in id
    order, once), so nothing below takes a lock on a document before a queue row, and the hooks
    find their documents held.
    """
    with holding_documents(conn, ((o.handler, o.job.document_id) for o in outcomes)):
        return _record(conn, queue, outcomes, worker, retry_base_seconds)


@contextmanager
def holding_documents(
    conn: psycopg.Connection, rows: Iterable[tuple[Handler | None, UUID | None]]
) -> Iterator[None]:
    """Enter each handler's `hold` once, with the documents of its rows, before any queue row
    is locked; kept until the block ends, so the hooks find their documents held. A row without
    a handler here (None), a handler without `hold`, or a row without a document needs none."""
    holds: dict[Hold, list[UUID]] = {}
    for handler, document_id in rows:
        if handler is not None and handler.hold is not None and document_id is not None:
            holds.setdefault(handler.hold, []).append(document_id)
    with ExitStack() as held:
        for hold, document_ids in holds.items():
            held.enter_context(hold(conn, document_ids))
        yield


def _record(
    conn: psycopg.Connection,
    queue: str,
    outcomes: Sequence[Outcome],
    worker: str,
    retry_base_seconds: float,
) -> Recorded:
    done = Recorded()
    failures: list[tuple[Job, Failure]] = []
    handlers = {o.job.id: o.handler for o in outcomes}

    plain = [(o.job, o.result) for o in outcomes if o.failure is None and not _hooked(o.handler)]
    if plain:
        completed = jobs.complete(conn, queue, plain, worker=worker)
        done.completed += len(completed)
        done.discarded += len(plain) - len(completed)
        for job, _ in plain:
            _log_outcome(job, "completed" if job.id in completed else "discarded")

    hooked: dict[str, list[Outcome]] = {}
    for o in outcomes:
        if o.failure is None and _hooked(o.handler):
            hooked.setdefault(o.handler.task, []).append(o)
    for group in hooked.values():
        together = len(group) > 1 and group[0].handler.on_complete_many is not None
        if together and _complete_together(conn, queue, group, worker, done):
            continue  # else one row at a time: only a row whose hook raises fails
        for o in group:
            failure = _complete_one(conn, queue, o, worker, done)
            if failure is not None:
                failures.append((o.job, failure))

    failures.extend((o.job, o.failure) for o in outcomes if o.failure is not None)
    rows = jobs.fail(conn, queue, failures, worker=worker, retry_base_seconds=retry_base_seconds)
    done.discarded += len(failures) - len(rows)
    by_id = {job.id: job for job, _ in failures}
    for row in rows:
        job = by_id[row["id"]]
        if row["status"] == "failed":
            done.failed += 1
            done.failed_ids.append(job.id)
            # the hook sees the row as the failure left it (its errors, permanent or not)
            run_on_failed(
                conn, handlers[job.id], jobs.job_from_row(queue, row), row["error_message"]
            )
        else:
            done.retried += 1
        _log_outcome(job, row["status"], row["error_message"])
    return done


def _hooked(handler: Handler) -> bool:
    return handler.on_complete is not None or handler.on_complete_many is not None


def _complete_together(
    conn: psycopg.Connection, queue: str, group: list[Outcome], worker: str, done: Recorded
) -> bool:
    """Complete a group of one handler's rows and run its on_complete_many once, in one
    savepoint; False (nothing written) if the hook raised."""
    handler = group[0].handler
    assert handler.on_complete_many is not None
    try:
        with conn.transaction():
            pairs = [(o.job, o.result) for o in group]
            completed = jobs.complete(conn, queue, pairs, worker=worker)
            accepted = [(o.job, o.result or {}) for o in group if o.job.id in completed]
            if accepted:
                handler.on_complete_many(conn, accepted)
    except Exception:
        log.debug("on_complete_many of %s %s failed; one row at a time", queue, handler.task)
        return False
    done.completed += len(accepted)
    done.discarded += len(group) - len(accepted)
    for o in group:
        _log_outcome(o.job, "completed" if o.job.id in completed else "discarded")
    return True


def _complete_one(
    conn: psycopg.Connection, queue: str, o: Outcome, worker: str, done: Recorded
) -> Failure | None:
    """Complete one row and run its hook in a savepoint; the failure if the hook raised."""
    try:
        with conn.transaction():  # a savepoint: the completion and its hook, or neither
            if not jobs.complete(conn, queue, [(o.job, o.result)], worker=worker):
                done.discarded += 1
                _log_outcome(o.job, "discarded")
                return None
            if o.handler.on_complete_many is not None:
                o.handler.on_complete_many(conn, [(o.job, o.result or {})])
            elif o.handler.on_complete is not None:
                o.handler.on_complete(conn, o.job, o.result or {})
    except Exception as exc:
        log.debug("on_complete of %s %s failed", queue, o.job.id, exc_info=True)
        hook = Failure.from_exception(exc)
        return Failure(f"on_complete failed: {hook.error}", hook.detail)
    done.completed += 1
    _log_outcome(o.job, "completed")
    return None


def run_on_failed(conn: psycopg.Connection, handler: Handler | None, job: Job, error: str) -> None:
    """Run a handler's on_failed in a savepoint of the transaction that failed the row.

    If the hook itself raises, its effects are rolled back and the row stays failed: running
    it again later would only fail again, and the row's error says what happened.
    """
    if handler is None or handler.on_failed is None:
        return
    try:
        with conn.transaction():
            handler.on_failed(conn, job, error)
    except Exception:
        log.exception(
            "on_failed of %s %s (%s) raised; the row stays failed", job.queue, job.id, job.task
        )


def runs_no_hook(outcome: Outcome) -> bool:
    """A completion whose handler has no on_complete(_many): nothing but its row to write."""
    return outcome.failure is None and not _hooked(outcome.handler)


def record_completions(
    conn: psycopg.Connection, queue: str, outcomes: Sequence[Outcome], *, worker: str
) -> Recorded:
    """Write completions that run no hook (`runs_no_hook`) in a transaction of their own,
    committed in one round trip (jobs.complete_committed): `record` would take three (BEGIN,
    the UPDATE, COMMIT). Each row is fenced as in `record`; call it outside a transaction."""
    pairs = [(o.job, o.result) for o in outcomes]
    completed = jobs.complete_committed(conn, queue, pairs, worker=worker)
    done = Recorded(completed=len(completed), discarded=len(pairs) - len(completed))
    if log.isEnabledFor(logging.DEBUG):
        for job, _ in pairs:
            _log_outcome(job, "completed" if job.id in completed else "discarded")
    return done


def _log_outcome(job: Job, status: str, error: str | None = None) -> None:
    if log.isEnabledFor(logging.DEBUG):
        first = (error or "").splitlines()[0] if error else ""
        log.debug(
            "%s %s %s attempt %d: %s %s", job.queue, job.task, job.id, job.attempt, status, first
        )
