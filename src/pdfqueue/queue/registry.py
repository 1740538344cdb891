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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
