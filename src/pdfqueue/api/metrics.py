"""Prometheus metrics, read from the database at scrape time.

The queue tables are the source of truth, shared by every worker and API process, so the
figures are the same whichever API process is scraped: nothing is counted in process memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric

from pdfqueue.api.deps import Db, Operator, dict_cursor, sql
from pdfqueue.queue.metrics import run_time_quantiles, status_counts
from pdfqueue.queue.registry import QUEUE_TABLES

router = APIRouter(tags=["metrics"])

WINDOW_MINUTES = 15  # durations are quantiles over jobs completed this recently
ALIVE_SECONDS = 60  # a worker whose heartbeat is older is not counted alive


class _Snapshot:
    """A prometheus_client collector over figures read once for this scrape."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.counts: list[dict[str, Any]] = status_counts(conn)
        self.durations = run_time_quantiles(conn, WINDOW_MINUTES * 60)
        cursor = dict_cursor(conn)
        self.documents: list[dict[str, Any]] = cursor.execute(sql("documents_by_status")).fetchall()
        alive = {"alive_seconds": ALIVE_SECONDS}
        self.workers: int = cursor.execute(sql("workers_alive"), alive).fetchone()["n"]

    def collect(self) -> Iterator[Metric]:
        depth = GaugeMetricFamily(
            "pdfqueue_queue_jobs", "Jobs in each queue by status.", labels=["queue", "status"]
        )
        oldest = GaugeMetricFamily(
            "pdfqueue_queue_oldest_pending_seconds",
            "Age of the oldest pending job.",
            labels=["queue"],
        )
        completed = CounterMetricFamily(
            "pdfqueue_jobs_completed", "Jobs completed (rows kept).", labels=["queue"]
        )
        failed = CounterMetricFamily(
            "pdfqueue_jobs_failed", "Jobs failed after all retries.", labels=["queue"]
        )
        retries = CounterMetricFamily(
            "pdfqueue_job_retries", "Retries recorded on jobs.", labels=["queue"]
        )
        totals: dict[str, dict[str, float]] = {q: {} for q in QUEUE_TABLES}
        for row in self.counts:
            totals[row["queue"]][row["status"]] = row["n"]
            totals[row["queue"]]["_retries"] = totals[row["queue"]].get("_retries", 0) + (
                row["retries"] or 0
            )
            if row["oldest"] is not None:
                oldest.add_metric([row["queue"]], float(row["oldest"]))
        for queue, by_status in totals.items():
            for status in ("pending", "processing", "completed", "failed", "cancelled"):
                depth.add_metric([queue, status], by_status.get(status, 0))
            completed.add_metric([queue], by_status.get("completed", 0))
            failed.add_metric([queue], by_status.get("failed", 0))
            retries.add_metric([queue], by_status.get("_retries", 0))
        duration = GaugeMetricFamily(
            "pdfqueue_job_duration_seconds",
            f"Run time of jobs completed in the last {WINDOW_MINUTES} minutes.",
            labels=["queue", "quantile"],
        )
        for row in self.durations:
            for quantile, key in (("0.5", "p50"), ("0.95", "p95")):
                if row[key] is not None:
                    duration.add_metric([row["queue"], quantile], float(row[key]))
        documents = GaugeMetricFamily(
            "pdfqueue_documents", "Documents by status.", labels=["status"]
        )
        in_flight = 0
        for row in self.documents:
            documents.add_metric([row["status"]], row["n"])
            if row["status"] in ("queued", "processing"):
                in_flight += row["n"]
        yield from (depth, oldest, completed, failed, retries, duration, documents)
        yield GaugeMetricFamily(
            "pdfqueue_documents_in_flight", "Documents queued or processing.", value=in_flight
        )
        yield GaugeMetricFamily(
            "pdfqueue_workers_alive", "Workers with a recent heartbeat.", value=self.workers
        )


@router.get(
    "/metrics",
    summary="Prometheus metrics",
    response_class=Response,
    responses={200: {"content": {"text/plain": {}}}},
)
def metrics(_: Operator, conn: Db) -> Response:
    """Queue depths, completions, failures, durations, in-flight documents (admin or service)."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Snapshot(conn))  # type: ignore[arg-type]
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
