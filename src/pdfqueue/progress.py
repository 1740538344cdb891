"""Progress: the stage table, the formula, and a document's state as people see it.

    progress = stage_start + completed_items / total_items * stage_range

A stage whose item count is not known yet counts 0, a stage with no items counts as done, and a
failed item (retries exhausted) counts as done. The document's overall progress is the sum of
its stages' shares; it is written with GREATEST, so it never moves backwards (a retry that
re-opens a stage does not lower it), and it is 100 exactly when the last stage is done.

Every change goes out on the NOTIFY channel `pdfqueue_progress` in the same transaction, so a
listener never sees progress that was rolled back.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

import psycopg
from psycopg.rows import dict_row

PROGRESS_CHANNEL = "pdfqueue_progress"


@dataclass(frozen=True)
class Stage:
    name: str
    start: float  # percent
    end: float  # percent
    queue: str  # where its items live

    @property
    def range(self) -> float:
        return self.end - self.start


STAGES: tuple[Stage, ...] = (
    Stage("extraction", 0, 20, "stage_queue"),
    Stage("image_processing", 20, 40, "image_processing_queue"),
    Stage("chunking", 40, 60, "stage_queue"),
    Stage("ai_analysis", 60, 90, "ai_analysis_queue"),
    Stage("product_creation", 90, 100, "stage_queue"),
)
STAGE_BY_NAME: dict[str, Stage] = {s.name: s for s in STAGES}
FINISHED_STATUSES = ("completed", "completed_with_errors")
ENDED_STATUSES = (*FINISHED_STATUSES, "failed", "cancelled")


def stage_fraction(total: int | None, completed: int, failed: int) -> float:
    """How much of one stage is done, 0..1: unknown total → 0, no items → 1."""
    if total is None:
        return 0.0
    if total == 0:
        return 1.0
    return min(1.0, (completed + failed) / total)


def overall_progress(counts: Mapping[str, tuple[int | None, int, int]]) -> float:
    """The document's progress from {stage: (total, completed, failed)}; missing stages count 0."""
    return round(
        sum(
            stage.range * stage_fraction(*counts[stage.name])
            for stage in STAGES
            if stage.name in counts
        ),
        2,
    )


# ---------------------------------------------------------------------------------------------
# SQL
# ---------------------------------------------------------------------------------------------

# init_stages: one job_progress row per stage; the stage-job stages know their total (extraction
# has one job per range of pages, the others one), the fan-out stages learn theirs when the
# stage before them finishes.
_INIT_STAGES = """
INSERT INTO job_progress (document_id, stage, total_items)
SELECT %(document_id)s, stage, total
FROM (VALUES ('extraction', %(extraction_jobs)s::int), ('image_processing', NULL), ('chunking', 1),
             ('ai_analysis', NULL), ('product_creation', 1)) AS s(stage, total)
ON CONFLICT (document_id, stage) DO NOTHING
"""

# open_stage: a stage starts (again) with `total` items and no outcomes counted yet.
_OPEN_STAGE = """
UPDATE job_progress
SET total_items = %(total)s, completed_items = 0, failed_items = 0, progress = 0,
    started_at = coalesce(started_at, now()), completed_at = NULL, updated_at = now()
WHERE document_id = %(document_id)s AND stage = %(stage)s
"""

# count_outcome: one more item of a stage is done (completed or failed); returns the counts so
# the caller, holding the document's row lock, can tell whether this was the last one.
_COUNT_OUTCOME = """
UPDATE job_progress
SET completed_items = completed_items + %(completed)s,
    failed_items = failed_items + %(failed)s,
    started_at = coalesce(started_at, %(started_at)s, now()),
    progress = CASE WHEN total_items IS NULL THEN 0
                    WHEN total_items = 0 THEN 100
                    ELSE least(100, round(100.0 * (completed_items + %(completed)s
                                                   + failed_items + %(failed)s)
                                          / total_items, 2)) END,
    completed_at = CASE WHEN total_items IS NOT NULL
                         AND completed_items + %(completed)s + failed_items + %(failed)s
                             >= total_items
                        THEN now() END,
    updated_at = now()
WHERE document_id = %(document_id)s AND stage = %(stage)s
RETURNING total_items, completed_items, failed_items
"""

# set_total: a fan-out stage whose items were enqueued, and may have ended, before its total was
# known (OCR items of a PDF's parts) learns it; the outcomes counted so far stay.
_SET_TOTAL = """
UPDATE job_progress
SET total_items = %(total)s,
    progress = CASE WHEN %(total)s = 0 THEN 100
                    ELSE least(100, round(100.0 * (completed_items + failed_items) / %(total)s, 2))
               END,
    started_at = coalesce(started_at, now()),
    completed_at = CASE WHEN completed_items + failed_items >= %(total)s THEN now() END,
    updated_at = now()
WHERE document_id = %(document_id)s AND stage = %(stage)s
RETURNING total_items, completed_items, failed_items
"""

# uncount_failed: a retry takes failed items back (they will be counted again when they end).
_UNCOUNT_FAILED = """
UPDATE job_progress
SET failed_items = greatest(0, failed_items - %(n)s), completed_at = NULL, updated_at = now()
WHERE document_id = %(document_id)s AND stage = %(stage)s
"""

# stage_counts: every stage's counts for one document.
_STAGE_COUNTS = """
SELECT stage, total_items, completed_items, failed_items, progress, started_at, completed_at
FROM job_progress WHERE document_id = %(document_id)s
"""

# raise_progress: the document's progress, never lowered; status/stage when given.
_RAISE_PROGRESS = """
UPDATE processed_documents
SET progress = greatest(progress, %(progress)s),
    status = coalesce(%(status)s, status),
    current_stage = coalesce(%(stage)s, current_stage),
    updated_at = now()
WHERE id = %(document_id)s
RETURNING id, owner_id, status, progress, current_stage
"""

# notify_progress: tell listeners (API event streams, the dashboard), in this transaction.
_NOTIFY = "SELECT pg_notify(%s, %s)"


@dataclass(frozen=True)
class StageCounts:
    total: int | None
    completed: int
    failed: int

    @property
    def done(self) -> bool:
        """Every item has an outcome (completed or failed)."""
        return self.total is not None and self.completed + self.failed >= self.total


def init_stages(conn: psycopg.Connection, document_id: UUID, *, extraction_jobs: int = 1) -> None:
    conn.execute(_INIT_STAGES, {"document_id": document_id, "extraction_jobs": extraction_jobs})


def open_stage(conn: psycopg.Connection, document_id: UUID, stage: str, total: int | None) -> None:
    conn.execute(_OPEN_STAGE, {"document_id": document_id, "stage": stage, "total": total})


def count_outcome(
    conn: psycopg.Connection,
    document_id: UUID,
    stage: str,
    *,
    completed: int = 0,
    failed: int = 0,
    started_at: datetime | None = None,
) -> StageCounts:
    """Count outcomes of a stage's items; `started_at`: when its (single) job started."""
    row = conn.execute(
        _COUNT_OUTCOME,
        {
            "document_id": document_id,
            "stage": stage,
            "completed": completed,
            "failed": failed,
            "started_at": started_at,
        },
    ).fetchone()
    if row is None:
        raise LookupError(f"document {document_id} has no progress row for stage {stage!r}")
    return StageCounts(row[0], row[1], row[2])


def set_total(conn: psycopg.Connection, document_id: UUID, stage: str, total: int) -> StageCounts:
    """Give a stage its total, keeping the outcomes already counted; returns the counts."""
    row = conn.execute(
        _SET_TOTAL, {"document_id": document_id, "stage": stage, "total": total}
    ).fetchone()
    if row is None:
        raise LookupError(f"document {document_id} has no progress row for stage {stage!r}")
    return StageCounts(row[0], row[1], row[2])


def uncount_failed(conn: psycopg.Connection, document_id: UUID, stage: str, n: int) -> None:
    conn.execute(_UNCOUNT_FAILED, {"document_id": document_id, "stage": stage, "n": n})


def computed_progress(conn: psycopg.Connection, document_id: UUID) -> float:
    """The formula over the document's job_progress rows (without the monotonic guard)."""
    rows = conn.execute(_STAGE_COUNTS, {"document_id": document_id}).fetchall()
    return overall_progress({r[0]: (r[1], r[2], r[3]) for r in rows})


def publish(
    conn: psycopg.Connection,
    document_id: UUID,
    *,
    status: str | None = None,
    stage: str | None = None,
    progress: float | None = None,
) -> dict[str, Any]:
    """Raise the document's progress to the formula's value (or `progress`) and NOTIFY it.

    Call inside the transaction that changed the counts; returns the notification's payload.
    """
    value = computed_progress(conn, document_id) if progress is None else progress
    if status not in FINISHED_STATUSES:
        value = min(value, 99.99)  # 100 means finished, and only finishing says so
    row = conn.execute(
        _RAISE_PROGRESS,
        {"document_id": document_id, "progress": value, "status": status, "stage": stage},
    ).fetchone()
    if row is None:
        raise LookupError(f"document {document_id} does not exist")
    payload = {
        "document_id": str(row[0]),
        "owner_id": row[1],
        "status": row[2],
        "progress": float(row[3]),
        "stage": row[4],
    }
    conn.execute(_NOTIFY, (PROGRESS_CHANNEL, json.dumps(payload)))
    return payload


# ---------------------------------------------------------------------------------------------
# Reading a document's state (API, dashboard)
# ---------------------------------------------------------------------------------------------

# document_row: what the state shows of the document itself.
_DOCUMENT_ROW = """
SELECT id, owner_id, filename, status, progress, current_stage, page_count, error_message,
       errors, created_at, started_at, completed_at, updated_at
FROM processed_documents WHERE id = %(document_id)s
"""

# item_durations: per queue, this document's finished items and their mean duration, plus the
# rows still waiting or running; the ETA is built from these observations.
_ITEM_DURATIONS = """
SELECT q.queue,
       count(*) FILTER (WHERE q.status IN ('completed', 'failed'))         AS finished,
       count(*) FILTER (WHERE q.status IN ('pending', 'processing'))       AS remaining,
       count(DISTINCT q.locked_by) FILTER (WHERE q.status = 'processing')  AS busy_workers,
       avg(extract(epoch FROM q.completed_at - q.started_at))
         FILTER (WHERE q.status = 'completed' AND q.started_at IS NOT NULL) AS mean_seconds
FROM (
  SELECT 'image_processing_queue' AS queue, status, locked_by, started_at, completed_at
  FROM image_processing_queue WHERE document_id = %(document_id)s
  UNION ALL
  SELECT 'ai_analysis_queue', status, locked_by, started_at, completed_at
  FROM ai_analysis_queue WHERE document_id = %(document_id)s
  UNION ALL
  SELECT 'stage_queue', status, locked_by, started_at, completed_at
  FROM stage_queue WHERE document_id = %(document_id)s
) q
GROUP BY q.queue
"""


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def document_state(conn: psycopg.Connection, document_id: UUID) -> dict[str, Any] | None:
    """Everything a person wants to know about one document's processing, or None if unseen.

    Runs with the caller's role and claims, so row-level security decides visibility.
    """
    with conn.cursor(row_factory=dict_row) as cur:
        doc = cur.execute(_DOCUMENT_ROW, {"document_id": document_id}).fetchone()
        if doc is None:
            return None
        rows = {r["stage"]: r for r in cur.execute(_STAGE_COUNTS, {"document_id": document_id})}
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


# stage_means: recent mean duration of a stage's items over every document, for stages this
# document has not reached yet.
_RECENT_MEANS = """
SELECT 'image_processing_queue', avg(extract(epoch FROM completed_at - started_at))
FROM (SELECT completed_at, started_at FROM image_processing_queue
      WHERE status = 'completed' ORDER BY completed_at DESC LIMIT 200) i
UNION ALL
SELECT 'ai_analysis_queue', avg(extract(epoch FROM completed_at - started_at))
FROM (SELECT completed_at, started_at FROM ai_analysis_queue
      WHERE status = 'completed' ORDER BY completed_at DESC LIMIT 200) a
"""


def estimate_eta(conn: psycopg.Connection, document_id: UUID) -> float | None:
    """Seconds until the document is done, from observed item durations; None if unknowable.

    Remaining items of each queue × their observed mean duration (this document's first, else
    recent ones of any document), divided by the workers currently busy with the document.
    Stages whose items are not known yet are extrapolated from the observed rate of progress.
    """
    doc = conn.execute(
        "SELECT status, progress, started_at FROM processed_documents WHERE id = %s",
        (document_id,),
    ).fetchone()
    if doc is None or doc[0] in ENDED_STATUSES:
        return None
    status, progress, started_at = doc[0], float(doc[1]), doc[2]
    observed = conn.execute(_ITEM_DURATIONS, {"document_id": document_id}).fetchall()
    recent = {r[0]: r[1] for r in conn.execute(_RECENT_MEANS).fetchall()}
    seconds = 0.0
    known_any = False
    for queue, _finished, remaining, busy, mean in observed:
        mean = mean if mean is not None else recent.get(queue)
        if remaining and mean is not None:
            seconds += float(mean) * remaining / max(1, busy)
            known_any = True
    # Stages not yet fanned out: extrapolate from the rate so far.
    if status == "processing" and started_at is not None and progress > 0:
        elapsed = conn.execute("SELECT extract(epoch FROM now() - %s)", (started_at,)).fetchone()
        rate = progress / max(float(elapsed[0]), 1e-3)  # percent per second
        extrapolated = (100 - progress) / rate
        return round(max(seconds, extrapolated) if known_any else extrapolated, 1)
    return round(seconds, 1) if known_any else None
