"""The read model: a document's processing as people see it (stages, progress, ETA).

One place for the API, the dashboard and the CLI. Runs with the caller's role and claims, so
row-level security decides what is visible.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

import psycopg
from psycopg.rows import dict_row

from pdfqueue.pipeline.stages import ENDED_STATUSES, STAGES, sql, stage_fraction
from pdfqueue.queue.metrics import document_job_stats, recent_mean_seconds

# Queues whose items the ETA counts, each once.
_QUEUES = tuple(dict.fromkeys(s.queue for s in STAGES))


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def document_state(conn: psycopg.Connection, document_id: UUID) -> dict[str, Any] | None:
    """Everything a person wants to know about one document's processing, or None if unseen."""
    with conn.cursor(row_factory=dict_row) as cur:
        doc = cur.execute(sql("document_row"), {"document_id": document_id}).fetchone()
        if doc is None:
            return None
        counts = cur.execute(sql("stage_counts"), {"document_id": document_id})
        rows = {r["stage"]: r for r in counts}
    stages = []
    for stage in STAGES:
        r = rows.get(stage.name)
        total = r["total_items"] if r else None
        completed = r["completed_items"] if r else 0
        failed = r["failed_items"] if r else 0
        started = r["started_at"] if r else None
        ended = r["completed_at"] if r else None
        stages.append(
            {
                "name": stage.name,
                "start": stage.start,
                "end": stage.end,
                "total_items": total,
                "completed_items": completed,
                "failed_items": failed,
                "progress": round(100 * stage_fraction(total, completed, failed), 2),
                "started_at": _iso(started),
                "completed_at": _iso(ended),
                "duration_seconds": (ended - started).total_seconds()
                if started and ended
                else None,
            }
        )
    ended = doc["status"] in ENDED_STATUSES
    return {
        "document_id": str(doc["id"]),
        "owner_id": doc["owner_id"],
        "filename": doc["filename"],
        "status": doc["status"],
        "progress": float(doc["progress"]),
        "current_stage": doc["current_stage"],
        "page_count": doc["page_count"],
        "error_message": doc["error_message"],
        "errors": doc["errors"],
        "stages": stages,
        "created_at": _iso(doc["created_at"]),
        "started_at": _iso(doc["started_at"]),
        "completed_at": _iso(doc["completed_at"]),
        "updated_at": _iso(doc["updated_at"]),
        "eta_seconds": None if ended else estimate_eta(conn, document_id),
    }


def estimate_eta(conn: psycopg.Connection, document_id: UUID) -> float | None:
    """Seconds until the document is done, from observed item durations; None if unknowable.

    Remaining items of each queue × their observed mean duration (this document's first, else
    recent ones of any document), divided by the workers currently busy with the document.
    Stages whose items are not known yet are extrapolated from the observed rate of progress.
    """
    doc = conn.execute(sql("document_clock"), {"document_id": document_id}).fetchone()
    if doc is None or doc[0] in ENDED_STATUSES:
        return None
    status, progress, elapsed = doc[0], float(doc[1]), doc[2]
    seconds = 0.0
    known_any = False
    for queue in _QUEUES:
        stats = document_job_stats(conn, queue, document_id)
        if not stats.remaining:
            continue
        mean = stats.mean_seconds
        if mean is None and queue != "stage_queue":
            mean = recent_mean_seconds(conn, queue)
        if mean is not None:
            seconds += mean * stats.remaining / max(1, stats.busy_workers)
            known_any = True
    # Stages not yet fanned out: extrapolate from the rate so far.
    if status == "processing" and elapsed is not None and progress > 0:
        rate = progress / max(float(elapsed), 1e-3)  # percent per second
        extrapolated = (100 - progress) / rate
        return round(max(seconds, extrapolated) if known_any else extrapolated, 1)
    return round(seconds, 1) if known_any else None
