"""Queue figures for the dashboard and /metrics: counts, age, throughput, run times."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from uuid import UUID

import psycopg
from psycopg.rows import dict_row

from pdfqueue.queue.registry import QUEUE_TABLES
from pdfqueue.queue.sql import query

DURATION_WINDOW_SECONDS = 300  # p50/p95 are over completions of the last five minutes


@dataclass(frozen=True)
class QueueMetrics:
    """One queue's figures. Durations are claim-to-completion of the last attempt, in ms."""

    pending: int
    processing: int
    completed: int
    failed: int
    cancelled: int
    oldest_pending_age_s: float | None
    completed_last_minute: int
    p50_ms: float | None
    p95_ms: float | None

    def as_dict(self) -> dict:
        return asdict(self)


def metrics(conn: psycopg.Connection) -> dict[str, QueueMetrics]:
    """Figures of every queue, keyed by queue name (what the connection's role may see)."""
    out: dict[str, QueueMetrics] = {}
    with conn.cursor(row_factory=dict_row) as cur:
        for queue in QUEUE_TABLES:
            counts = cur.execute(query("queue_counts", queue)).fetchone()
            recent = cur.execute(
                query("recent_completions", queue), {"window_s": DURATION_WINDOW_SECONDS}
            ).fetchone()
            out[queue] = QueueMetrics(
                pending=counts["pending"],
                processing=counts["processing"],
                completed=counts["completed"],
                failed=counts["failed"],
                cancelled=counts["cancelled"],
                oldest_pending_age_s=_float(counts["oldest_pending_age_s"]),
                completed_last_minute=recent["completed_last_minute"],
                p50_ms=_float(recent["p50_ms"]),
                p95_ms=_float(recent["p95_ms"]),
            )
    return out


def throughput_series(
    conn: psycopg.Connection, minutes: int = 15
) -> dict[str, list[tuple[datetime, int]]]:
    """Completions per minute per queue over the last `minutes` minutes, oldest first."""
    return {
        queue: [
            (minute, int(n))
            for minute, n in conn.execute(
                query("throughput_series", queue), {"minutes": minutes}
            ).fetchall()
        ]
        for queue in QUEUE_TABLES
    }


def _float(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


@dataclass(frozen=True)
class DocumentJobStats:
    """One document's rows in one queue, for estimating when it will be done."""

    finished: int
    remaining: int
    busy_workers: int
    mean_seconds: float | None  # of its completed rows


def document_job_stats(
    conn: psycopg.Connection, queue: str, document_id: UUID | str
) -> DocumentJobStats:
    row = conn.execute(query("document_job_stats", queue), {"document_id": document_id}).fetchone()
    finished, remaining, busy, mean = row
    return DocumentJobStats(finished, remaining, busy, None if mean is None else float(mean))


def recent_mean_seconds(conn: psycopg.Connection, queue: str) -> float | None:
    """Mean run time of the queue's last 200 completed rows, any document."""
    value = conn.execute(query("recent_mean_seconds", queue)).fetchone()[0]
    return None if value is None else float(value)


def status_counts(conn: psycopg.Connection) -> list[dict]:
    """Every queue's rows by status: {queue, status, n, retries, oldest} (Prometheus)."""
    with conn.cursor(row_factory=dict_row) as cur:
        return [
            row
            for queue in QUEUE_TABLES
            for row in cur.execute(query("status_counts", queue), {"queue": queue}).fetchall()
        ]


def run_time_quantiles(conn: psycopg.Connection, window_s: float) -> list[dict]:
    """Every queue's p50/p95 run time (s) over recent completions: {queue, p50, p95, n}."""
    params = {"window_s": window_s}
    with conn.cursor(row_factory=dict_row) as cur:
        return [
            cur.execute(query("run_time_quantiles", queue), {**params, "queue": queue}).fetchone()
            for queue in QUEUE_TABLES
        ]
