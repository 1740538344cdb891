"""The dashboard's picture of the system at one instant, and how its numbers are written.

`snapshot()` gathers everything the page shows in one read-only transaction (one consistent
view of the database); the templates only lay it out. The formatting helpers are Jinja filters.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import psycopg

from pdfqueue import queue
from pdfqueue.dashboard import queries
from pdfqueue.db.named_sql import statement
from pdfqueue.pipeline import state
from pdfqueue.pipeline.stages import STAGES
from pdfqueue.queue.registry import QUEUE_TABLES

THROUGHPUT_MINUTES = 15  # width of the throughput chart
IN_FLIGHT_LIMIT = 25  # documents listed in flight (the total is shown)
FINISHED_LIMIT = 10  # recently finished documents listed
ERROR_LIMIT = 50  # failed items listed (the total matching the filter is shown)
WORKER_LIMIT = 50  # worker processes listed
STOPPED_SHOWN_SECONDS = 600  # a stopped worker stays listed this long, then drops off

QUEUE_LABELS: dict[str, str] = {
    "stage_queue": "Extraction, chunking, products",
    "image_processing_queue": "OCR of images",
    "ai_analysis_queue": "Embeddings, classification, metadata",
    "webhook_queue": "Webhook deliveries",
}

_SHORT_STAGE_NAMES = {
    "extraction": "Extract",
    "image_processing": "OCR",
    "chunking": "Chunk",
    "ai_analysis": "AI analysis",
    "product_creation": "Prod.",
}
_STAGE_NAMES = {
    "extraction": "Extraction",
    "image_processing": "OCR of images",
    "chunking": "Chunking",
    "ai_analysis": "AI analysis",
    "product_creation": "Products",
}
# The five stages and their progress bands (pipeline.stages.STAGES): name, label, start %, end %.
STAGE_BANDS: tuple[tuple[str, str, int, int], ...] = tuple(
    (s.name, _SHORT_STAGE_NAMES.get(s.name, s.name), int(s.start), int(s.end)) for s in STAGES
)
STAGE_LABELS = {s.name: _STAGE_NAMES.get(s.name, s.name) for s in STAGES}

OUTCOME_LABELS = {
    "completed": "completed",
    "completed_with_errors": "completed with errors",
    "failed": "failed",
    "cancelled": "cancelled",
}


@dataclass(frozen=True)
class ErrorFilter:
    """Which failed items the error log shows (and "retry all matching" retries)."""

    queue: str | None = None
    document_id: UUID | None = None

    @classmethod
    def parse(cls, queue: str | None, document: str | None) -> ErrorFilter:
        """From form or query values; unknown values are dropped rather than failing the page."""
        queue = queue if queue in QUEUE_TABLES else None
        document_id = None
        if document and document.strip():
            try:
                document_id = UUID(document.strip())
            except ValueError:
                document_id = None
        return cls(queue=queue, document_id=document_id)

    @property
    def active(self) -> bool:
        return self.queue is not None or self.document_id is not None

    def query(self) -> dict[str, str]:
        out = {}
        if self.queue:
            out["queue"] = self.queue
        if self.document_id:
            out["document"] = str(self.document_id)
        return out


def snapshot(
    conn: psycopg.Connection, *, errors: ErrorFilter, stale_after_seconds: float
) -> dict[str, Any]:
    """Everything on the page, read in the caller's (admin-claims, single-snapshot) transaction."""
    # the database's clock: ages agree with it
    now = conn.execute(statement("pdfqueue.db", "database_now")).fetchone()[0]
    figures = queue.metrics(conn)
    series = queue.throughput_series(conn, THROUGHPUT_MINUTES)
    cards = []
    for name in QUEUE_TABLES:
        m = figures[name]
        cards.append(
            {
                "name": name,
                "label": QUEUE_LABELS.get(name, name),
                **m.as_dict(),
                "throughput_per_minute": m.completed_last_minute,
                "series": [count for _, count in series.get(name, [])],
                "p50_seconds": None if m.p50_ms is None else m.p50_ms / 1000,
                "p95_seconds": None if m.p95_ms is None else m.p95_ms / 1000,
            }
        )

    in_flight, in_flight_total = queries.documents_in_flight(conn, limit=IN_FLIGHT_LIMIT)
    for doc in in_flight:
        doc["eta_seconds"] = state.estimate_eta(conn, doc["id"])
        doc["stage_label"] = STAGE_LABELS.get(doc["current_stage"] or "", doc["current_stage"])
    finished = queries.recently_finished(conn, limit=FINISHED_LIMIT)

    failed = queue.list_jobs(
        conn, queue=errors.queue, status="failed", document_id=errors.document_id, limit=ERROR_LIMIT
    )
    failed_total = queries.count_failed(conn, queue=errors.queue, document_id=errors.document_id)
    retrying = queries.retrying_items(
        conn, queue=errors.queue, document_id=errors.document_id, limit=ERROR_LIMIT
    )
    names = queries.document_names(conn, [row["document_id"] for row in failed + retrying])
    for row in failed + retrying:
        doc = names.get(row["document_id"], {})
        row["filename"] = doc.get("filename")
        row["owner_id"] = doc.get("owner_id")
    for row in retrying:
        row["next_attempt_in_seconds"] = max(0.0, (row["run_after"] - now).total_seconds())

    listed = queue.list_workers(conn, stale_after_s=stale_after_seconds)
    workers = [w for w in listed if _still_shown(w, now)][:WORKER_LIMIT]
    for w in workers:
        w["heartbeat_age_seconds"] = max(0.0, (now - w["last_heartbeat_at"]).total_seconds())

    return {
        "generated_at": now,
        "queues": cards,
        "in_flight": in_flight,
        "in_flight_total": in_flight_total,
        "finished": finished,
        "failed": failed,
        "failed_total": failed_total,
        "retrying": retrying,
        "error_filter": errors,
        "workers": workers,
        "stale_after_seconds": stale_after_seconds,
    }


def _still_shown(worker: dict[str, Any], now: datetime) -> bool:
    stopped = worker["stopped_at"]
    return stopped is None or (now - stopped).total_seconds() < STOPPED_SHOWN_SECONDS


# --- formatting (Jinja filters) ----------------------------------------------------------------


def due_in(seconds: float | None) -> str:
    """When a waiting item runs next: "due now" once its time has come."""
    return "due now" if seconds is not None and seconds <= 0.05 else f"in {duration(seconds)}"


def duration(seconds: float | None) -> str:
    """A human duration: 850 ms, 12.3 s, 4m 05s, 2h 03m; an em dash when unknown."""
    if seconds is None or (isinstance(seconds, float) and math.isnan(seconds)):
        return "—"
    seconds = max(0.0, float(seconds))
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    if seconds < 60:
        return f"{seconds:.1f} s"
    if seconds < 3600:
        minutes, secs = divmod(int(seconds), 60)
        return f"{minutes}m {secs:02d}s"
    hours, rest = divmod(int(seconds), 3600)
    return f"{hours}h {rest // 60:02d}m"


def clock(moment: datetime | None) -> str:
    """HH:MM:SS UTC; operators compare it with logs."""
    return "—" if moment is None else moment.astimezone(UTC).strftime("%H:%M:%S")


def short_id(value: Any) -> str:
    return str(value)[:8]


def sparkline(series: list[int], *, width: int = 150, height: int = 32) -> dict[str, Any]:
    """Bars of a per-minute series, scaled to its maximum, for an inline SVG."""
    peak = max(series, default=0)
    n = max(len(series), 1)
    slot = width / n
    bars = []
    for i, value in enumerate(series):
        h = 0.0 if value <= 0 else max(1.5, value / peak * (height - 2))
        bars.append(
            {
                "x": round(i * slot + 1, 2),
                "y": round(height - h, 2),
                "w": round(max(slot - 2, 1), 2),
                "h": round(h, 2),
                "value": value,
                "minutes_ago": n - 1 - i,
            }
        )
    return {"width": width, "height": height, "bars": bars, "peak": peak}


def num(value: int | float | None) -> str:
    """Thousands separated, so 12000 and 1200 are told apart at a glance."""
    if value is None:
        return "—"
    return f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"


def megabytes(value: int | None) -> str:
    return "—" if value is None else f"{value / 1_000_000:,.0f} MB"


def attempt_text(entry: Any) -> str:
    """One entry of a queue row's `errors` list, as a line of text."""
    if isinstance(entry, dict):
        text = entry.get("error") or entry.get("message") or ""
        attempt = entry.get("attempt")
        worker = entry.get("worker")
        where = f" on {worker}" if worker else ""
        return f"attempt {attempt}{where}: {text}" if attempt is not None else str(text)
    return str(entry)


def current_job_text(job: Any) -> str:
    """What a worker is doing, from its `current_job` (None when idle)."""
    if not job:
        return "idle"
    if isinstance(job, dict):
        parts = [str(job[key]) for key in ("queue", "task") if job.get(key)]
        document = job.get("document_id")
        if document:
            parts.append(f"doc {short_id(document)}")
        count = job.get("count") or (len(job["ids"]) if isinstance(job.get("ids"), list) else 0)
        if count and count > 1:
            parts.append(f"×{count}")
        return " · ".join(parts) or "busy"
    return str(job)


FILTERS = {
    "duration": duration,
    "due_in": due_in,
    "clock": clock,
    "short_id": short_id,
    "num": num,
    "megabytes": megabytes,
}
GLOBALS = {"attempt_text": attempt_text, "current_job_text": current_job_text}
