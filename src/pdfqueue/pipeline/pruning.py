"""Removing deleted documents for good: the pipeline's pruning pass.

A document is deleted by marking it (`operations.delete_document`: the API answers at once);
queue maintenance runs `prune_deleted` now and then (registered by pipeline/handlers.py with
`queue.registry.register_maintenance`). The queue is asked to forget the documents' rows
(queue/pruner.py: rows that never started are cancelled, finished ones deleted) and to say
which documents still have rows; the others are removed, with their images, chunks, products
and progress (ON DELETE CASCADE). A document with a row still running waits for a later pass.
"""

from __future__ import annotations

import logging

import psycopg

from pdfqueue.pipeline import stages
from pdfqueue.queue import pruner

log = logging.getLogger(__name__)

DOCUMENTS_PER_PASS = 1000  # deleted documents looked at per pass


def prune_deleted(conn: psycopg.Connection, *, limit: int = pruner.BATCH) -> dict[str, int]:
    """One pruning pass in the caller's transaction; returns rows deleted per queue table and
    documents removed ("processed_documents"). `limit`: finished rows deleted per queue."""
    ids = [
        r[0] for r in conn.execute(stages.sql("deleted_documents"), {"limit": DOCUMENTS_PER_PASS})
    ]
    deleted = pruner.forget_documents(conn, ids, limit=limit)
    gone = sorted(set(ids) - pruner.documents_with_rows(conn, ids), key=str)
    if gone:
        n = conn.execute(stages.sql("remove_documents"), {"ids": gone}).rowcount
        if n:
            deleted["processed_documents"] = n
    if deleted:
        log.info("pruned deleted documents and their rows: %s", deleted)
    return deleted
