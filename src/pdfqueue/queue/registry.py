"""Handlers by name: what a worker runs for a claimed row.

The queue knows queue tables, rows and handler names (each queue row's `task` column), never
stages: the pipeline registers its handlers here, tests register their own.

A handler's `run` does the slow work outside any transaction and returns one result per job.
`on_complete` and `on_failed` run inside the transaction that records the outcome
(docs/architecture.md rule 4), so domain rows, progress and the next stage's enqueue commit
together with it. A
handler of many small items may give `on_complete_many` instead: one call for a batch's
completed rows, so their domain writes and counting take a few statements instead of a few per
row (runner.record falls back to one row at a time if it raises).

A handler whose hooks change rows shared by many jobs (the pipeline's documents) gives `hold`:
the runner enters it once per outcome transaction, before any statement on a queue row and any
hook, with the document ids of the batch's outcomes; it locks what the hooks will change, in one
order, and keeps it for them until it exits. So each document is locked once per outcome
transaction, two workers recording batches that name the same documents in different orders
cannot deadlock, and the order matches an operation that locks a document before its rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

import psycopg

QUEUE_TABLES: tuple[str, ...] = (
    "stage_queue",
    "image_processing_queue",
    "ai_analysis_queue",
    "webhook_queue",
)


@dataclass(frozen=True)
class Job:
    """A claimed queue row as a handler sees it."""

    queue: str
    id: UUID
    document_id: UUID
    task: str
    payload: dict[str, Any]
    attempt: int  # retries so far (0 on the first run)
    max_retries: int
    row: dict[str, Any] = field(default_factory=dict)  # every column of the row


# run(jobs) returns, for each job in order, its result (a JSON-able dict) or the exception
# that failed it; raising fails the whole batch.
RunBatch = Callable[[Sequence[Job]], Sequence["dict[str, Any] | BaseException"]]
OnComplete = Callable[[psycopg.Connection, Job, dict[str, Any]], None]
OnCompleteMany = Callable[[psycopg.Connection, Sequence[tuple[Job, dict[str, Any]]]], None]
OnFailed = Callable[[psycopg.Connection, Job, str], None]
# hold(conn, document_ids): entered at the start of an outcome transaction, exited at its end.
Hold = Callable[[psycopg.Connection, Sequence[UUID]], AbstractContextManager[object]]


@dataclass(frozen=True)
class Handler:
    queue: str
    task: str
    run: RunBatch
    batch_size: int = 1
    timeout_seconds: float | None = None  # None: the configured job timeout
    requires_result: bool = True  # an empty/None result is then a failure
    warm_up: Callable[[], None] | None = None  # loads the handler's engines (see worker/process.py)
    on_complete: OnComplete | None = None
    on_complete_many: OnCompleteMany | None = None  # instead of on_complete: a batch at once
    on_failed: OnFailed | None = None  # retries exhausted: the row is now `failed`
    hold: Hold | None = None  # locks what the hooks change, once per outcome transaction


_HANDLERS: dict[tuple[str, str], Handler] = {}


def register(handler: Handler) -> Handler:
    if handler.queue not in QUEUE_TABLES:
        raise ValueError(f"unknown queue {handler.queue!r}; queues are {QUEUE_TABLES}")
    if handler.on_complete and handler.on_complete_many:
        raise ValueError(f"{handler.task!r}: give on_complete or on_complete_many, not both")
    _HANDLERS[(handler.queue, handler.task)] = handler
    return handler


def get(queue: str, task: str) -> Handler:
    try:
        return _HANDLERS[(queue, task)]
    except KeyError:
        raise LookupError(f"no handler registered for task {task!r} on {queue}") from None


def registered(queue: str | None = None) -> list[Handler]:
    return [h for (q, _), h in _HANDLERS.items() if queue is None or q == queue]


def clear() -> None:
    """Forget every handler (tests)."""
    _HANDLERS.clear()


# A periodic task of whoever owns the documents the queue rows name (the pipeline removes its
# deleted documents, calling queue.pruner for their rows): run by the elected maintenance
# process now and then (maintenance.PRUNE_EVERY_SECONDS), in a transaction of its own; it
# returns counts of what it removed, reported with the queue's own maintenance.
MaintenanceTask = Callable[[psycopg.Connection], Mapping[str, int]]
_MAINTENANCE: dict[str, MaintenanceTask] = {}


def register_maintenance(name: str, task: MaintenanceTask) -> MaintenanceTask:
    """Run `task` in queue maintenance (once per name: registering again replaces it)."""
    _MAINTENANCE[name] = task
    return task


def maintenance_tasks() -> dict[str, MaintenanceTask]:
    """The registered maintenance tasks, by name."""
    return dict(_MAINTENANCE)
