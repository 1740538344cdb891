"""Forgetting documents: the queue's part of removing deleted documents.

The queue knows no documents' table. Whoever owns the documents (the pipeline: its pruning
pass, registered with `registry.register_maintenance`, runs in queue maintenance) names the
documents it is removing; `forget_documents` cancels their rows that never started and
deletes their finished ones, and `documents_with_rows` says which of them still have rows (one
still running, or more finished rows than one pass deletes), so the owner removes only the
others.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from uuid import UUID

import psycopg

from pdfqueue.queue.registry import QUEUE_TABLES
from pdfqueue.queue.sql import query

log = logging.getLogger("pdfqueue.queue")

BATCH = 5000  # rows deleted per statement, so one pass never holds locks for long


def forget_documents(
    conn: psycopg.Connection, document_ids: Sequence[UUID], *, limit: int = BATCH
) -> dict[str, int]:
    """In the caller's transaction: cancel the documents' rows that have not started and
    delete up to `limit` of their finished rows per queue; returns rows deleted per queue."""
    deleted: dict[str, int] = {}
    if not document_ids:
        return deleted
    ids = [UUID(str(i)) for i in document_ids]
    for queue in QUEUE_TABLES:
        conn.execute(query("cancel_pending_of_documents", queue), {"ids": ids})
        params = {"ids": ids, "limit": limit}
        n = conn.execute(query("delete_finished_of_documents", queue), params).rowcount
        if n:
            deleted[queue] = n
    return deleted


def documents_with_rows(conn: psycopg.Connection, document_ids: Iterable[UUID]) -> set[UUID]:
    """Which of these documents still have a row in some queue."""
    ids = [UUID(str(i)) for i in document_ids]
    if not ids:
        return set()
    return {
        row[0]
        for queue in QUEUE_TABLES
        for row in conn.execute(query("documents_with_rows", queue), {"ids": ids})
    }
