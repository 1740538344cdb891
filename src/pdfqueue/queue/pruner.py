"""The pruner: finished queue rows of deleted documents are removed, then the documents.

A document is deleted by setting `deleted_at` (the API answers at once); the pruner cancels
its rows that never started, deletes its finished rows, and finally the document itself once
no queue row references it (its images, chunks, products and progress cascade).
"""

from __future__ import annotations

import logging

import psycopg

from pdfqueue.queue.registry import QUEUE_TABLES
from pdfqueue.queue.sql import query

log = logging.getLogger("pdfqueue.queue")

BATCH = 5000  # rows deleted per statement, so one pass never holds locks for long


def prune(conn: psycopg.Connection, *, limit: int = BATCH) -> dict[str, int]:
    """One pruning pass in the caller's transaction; returns rows deleted per table."""
    deleted: dict[str, int] = {}
    for queue in QUEUE_TABLES:
        conn.execute(query("cancel_deleted_documents", queue))
        n = conn.execute(query("prune_finished_rows", queue), {"limit": limit}).rowcount
        if n:
            deleted[queue] = n
    n = conn.execute(query("prune_documents"), {"limit": limit}).rowcount
    if n:
        deleted["processed_documents"] = n
    if deleted:
        log.info("pruned rows of deleted documents: %s", deleted)
    return deleted
