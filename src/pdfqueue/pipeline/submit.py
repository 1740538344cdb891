"""Submitting a document: its row, its progress rows and its extraction jobs, in one transaction.

River's "transactional enqueue": the caller's transaction commits the document and its first
jobs together, so there is never a document without its jobs nor a job without its document.
A PDF whose page count is known is read by one extraction job per range of pages
(`extraction_pages_per_job`); an unknown count gives one job for the whole file, and so does
a count over `max_pages`: that job fails the document at once saying so, and parts would only
fail beside it.
"""

from __future__ import annotations

import uuid
from uuid import UUID

import psycopg

from pdfqueue.config import get_settings
from pdfqueue.pipeline import stages
from pdfqueue.pipeline.extraction import page_ranges


def submit_document(
    conn: psycopg.Connection,
    *,
    owner_id: str,
    filename: str,
    storage_key: str,
    size_bytes: int,
    sha256: str,
    page_count: int | None = None,
    priority: int = 0,
    callback_url: str | None = None,
    document_id: UUID | None = None,
) -> UUID:
    """Create the document and enqueue its extraction, inside the caller's transaction.

    The PDF must already be stored under `storage_key`. The caller acts as the service or as
    the owner (row-level security checks the owner); the document id is returned. Give
    `page_count` when it is known (the API reads it), so long PDFs are read in parallel parts.
    """
    document_id = document_id or uuid.uuid4()
    conn.execute(
        stages.sql("insert_document"),
        {
            "id": document_id,
            "owner_id": owner_id,
            "filename": filename,
            "sha256": sha256,
            "size_bytes": size_bytes,
            "storage_key": storage_key,
            "page_count": page_count,
            "priority": priority,
            "callback_url": callback_url,
        },
    )
    settings = get_settings()
    readable = page_count if page_count is None or page_count <= settings.max_pages else None
    ranges = page_ranges(readable, settings.extraction_pages_per_job)
    stages.init_stages(conn, document_id, extraction_jobs=len(ranges))
    stages.enqueue(
        conn,
        "stage_queue",
        [
            {
                "document_id": document_id,
                "stage": "extraction",
                "part": part,
                "payload": {"storage_key": storage_key, "pages": pages},
            }
            for part, pages in enumerate(ranges)
        ],
        priority=priority,
    )
    stages.publish(conn, document_id, stage="extraction")
    return document_id
