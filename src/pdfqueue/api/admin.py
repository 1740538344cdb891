"""Operators' routes (role admin): queue metrics, jobs and their errors, retry and cancel, workers.

Admins read every row under row-level security but may not write queue rows; a retry or cancel
first finds the rows under the admin's own claims, then acts with the service's claims.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal
from uuid import UUID

import psycopg
from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from pdfqueue.api.deps import Admin, Db, act_as_service
from pdfqueue.api.errors import ApiError
from pdfqueue.api.responses import AUTHENTICATED, errors
from pdfqueue.api.shape import Limit, Offset, page, plain
from pdfqueue.pipeline import operations
from pdfqueue.queue import jobs as queue_jobs
from pdfqueue.queue import list_jobs, list_workers, metrics
from pdfqueue.queue.registry import QUEUE_TABLES

router = APIRouter(prefix="/api/admin", tags=["admin"], responses={**AUTHENTICATED, **errors(403)})

QueueName = Literal["stage_queue", "image_processing_queue", "ai_analysis_queue", "webhook_queue"]
JobStatus = Literal["pending", "processing", "completed", "failed", "cancelled"]

assert set(QueueName.__args__) == set(QUEUE_TABLES)  # type: ignore[attr-defined]


@router.get("/queues", summary="Queue metrics")
def queues(_: Admin, conn: Db) -> Any:
    """Per queue: counts by status, oldest pending age, recent durations (p50/p95)."""
    return plain(metrics(conn))


Include = Literal["embedding"]


@router.get("/jobs", summary="Jobs by queue and status, with their errors")
def jobs(
    conn: Db,
    _: Admin,
    queue: QueueName | None = None,
    status: JobStatus | None = None,
    document_id: UUID | None = None,
    include: Annotated[
        list[Include] | None,
        Query(
            description="`embedding`: keep the 384 numbers an embedding job's result holds "
            "(left out by default: they make a page of 50 jobs weigh 160 KB)."
        ),
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    items = list_jobs(
        conn, queue=queue, status=status, document_id=document_id, limit=limit, offset=offset
    )
    if "embedding" not in (include or []):
        items = [_without_embedding(job) for job in items]
    total = _count_jobs(conn, queue, status, document_id)
    return page(items, total, limit, offset)


def _without_embedding(job: dict[str, Any]) -> dict[str, Any]:
    result = job.get("result")
    if isinstance(result, dict) and "embedding" in result:
        return {**job, "result": {k: v for k, v in result.items() if k != "embedding"}}
    return job


def _count_jobs(
    conn: psycopg.Connection, queue: str | None, status: str | None, document_id: UUID | None
) -> int:
    """How many rows the listing's filters match, over the queues it reads."""
    names = [queue] if queue else QUEUE_TABLES
    return sum(
        queue_jobs.count_matching(conn, name, status=status, document_id=document_id)
        for name in names
    )


def _job_status(conn: psycopg.Connection, queue: str, job_id: UUID) -> str:
    status = queue_jobs.status_of(conn, queue, job_id)
    if status is None:
        raise ApiError(404, f"No job {job_id} in {queue}.")
    return status


@router.post("/jobs/{queue}/{job_id}/retry", summary="Retry one job", responses=errors(404, 409))
def retry_job(queue: QueueName, job_id: UUID, _: Admin, conn: Db) -> dict[str, Any]:
    status = _job_status(conn, queue, job_id)
    if status not in ("failed", "cancelled"):
        raise ApiError(
            409,
            f"The job is {status}; only failed or cancelled jobs can be retried "
            "(a pending or running one will run, or is running, without help).",
        )
    act_as_service(conn)
    count = operations.retry_jobs(conn, queue, ids=[job_id], status=status)
    return {"queue": queue, "id": job_id, "retried": count}


@router.post("/jobs/{queue}/{job_id}/cancel", summary="Cancel one job", responses=errors(404, 409))
def cancel_job(queue: QueueName, job_id: UUID, _: Admin, conn: Db) -> dict[str, Any]:
    status = _job_status(conn, queue, job_id)
    if status not in ("pending", "processing"):
        raise ApiError(
            409,
            f"The job is {status}; only pending or running jobs can be cancelled "
            "(retry a failed or cancelled one instead).",
        )
    act_as_service(conn)
    count = operations.cancel_jobs(conn, queue, ids=[job_id], status=status)
    return {"queue": queue, "id": job_id, "cancelled": count}


class JobFilter(BaseModel):
    """Which jobs a bulk action applies to; every queue when `queue` is omitted."""

    queue: QueueName | None = None
    status: JobStatus | None = Field(None, description="Default: failed (retry), pending (cancel)")
    document_id: UUID | None = None


def _bulk(conn: psycopg.Connection, action: str, flt: JobFilter, default: str) -> dict[str, Any]:
    status = flt.status or default
    allowed = ("failed", "cancelled") if action == "retry" else ("pending", "processing")
    if status not in allowed:
        raise ApiError(422, f"{action} applies to jobs that are {' or '.join(allowed)}.")
    act_as_service(conn)
    # Retry and cancel go through the pipeline's operations, which keep documents in step.
    function = operations.retry_jobs if action == "retry" else operations.cancel_jobs
    counts = {
        name: function(conn, name, status=status, document_id=flt.document_id)
        for name in ([flt.queue] if flt.queue else QUEUE_TABLES)
    }
    return {"action": action, "status": status, "counts": counts, "total": sum(counts.values())}


@router.post("/jobs/retry", summary="Retry every job matching a filter")
def retry_jobs(flt: JobFilter, _: Admin, conn: Db) -> dict[str, Any]:
    return _bulk(conn, "retry", flt, "failed")


@router.post("/jobs/cancel", summary="Cancel every job matching a filter")
def cancel_jobs(flt: JobFilter, _: Admin, conn: Db) -> dict[str, Any]:
    return _bulk(conn, "cancel", flt, "pending")


@router.get("/workers", summary="Workers and their heartbeats")
def workers(_: Admin, conn: Db, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Worker processes with their last heartbeat; `stale` when one stopped beating."""
    everyone = list_workers(conn)
    return page(everyone[offset : offset + limit], len(everyone), limit, offset)
