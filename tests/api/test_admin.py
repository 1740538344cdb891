"""Operators' routes: queue metrics, jobs with errors, retry/cancel one or many, workers."""

from __future__ import annotations

from pathlib import Path

import psycopg
from apihelpers import RunningApi

SMALL = "scan-jbig2-xerox.pdf"


def _submit(api: RunningApi, corpus: Path, sub: str) -> str:
    with api.client("user", sub) as client:
        response = client.post(
            "/api/documents",
            files={"file": (SMALL, (corpus / SMALL).read_bytes(), "application/pdf")},
        )
    assert response.status_code == 202
    return response.json()["id"]


def _job(conn: psycopg.Connection, document_id: str) -> tuple[str, str]:
    return conn.execute(
        "SELECT id::text, status FROM stage_queue WHERE document_id = %s", (document_id,)
    ).fetchone()


def test_queues_jobs_and_workers(api: RunningApi, corpus: Path) -> None:
    document_id = _submit(api, corpus, "alice")
    with api.client("admin", "root") as admin:
        queues = admin.get("/api/admin/queues").json()
        assert queues["stage_queue"]["pending"] == 1
        assert set(queues) == {
            "stage_queue",
            "image_processing_queue",
            "ai_analysis_queue",
            "webhook_queue",
        }
        jobs = admin.get("/api/admin/jobs", params={"document_id": document_id}).json()
        assert [(j["queue"], j["status"]) for j in jobs["items"]] == [("stage_queue", "pending")]
        assert admin.get("/api/admin/jobs", params={"queue": "nope"}).status_code == 422
        assert admin.get("/api/admin/workers").json()["items"] == []


def test_retry_and_cancel_one_job(
    api: RunningApi, corpus: Path, owner_conn: psycopg.Connection
) -> None:
    document_id = _submit(api, corpus, "alice")
    job_id, _ = _job(owner_conn, document_id)
    with api.client("admin", "root") as admin:
        refused = admin.post(f"/api/admin/jobs/stage_queue/{job_id}/retry")
        assert refused.status_code == 409 and "pending" in refused.json()["error"]["message"]
        owner_conn.execute(
            "UPDATE stage_queue SET status = 'failed', error_message = 'boom',"
            ' errors = \'[{"error": "boom"}]\' WHERE id = %s',
            (job_id,),
        )
        failed = admin.get("/api/admin/jobs", params={"status": "failed"}).json()["items"]
        assert failed[0]["error_message"] == "boom"
        retried = admin.post(f"/api/admin/jobs/stage_queue/{job_id}/retry")
        assert retried.json()["retried"] == 1
        assert _job(owner_conn, document_id)[1] == "pending"
        cancelled = admin.post(f"/api/admin/jobs/stage_queue/{job_id}/cancel")
        assert cancelled.json()["cancelled"] == 1
        assert _job(owner_conn, document_id)[1] == "cancelled"
        missing = admin.post(f"/api/admin/jobs/image_processing_queue/{job_id}/cancel")
        assert missing.status_code == 404


def test_bulk_actions_apply_to_everything_matching_the_filter(
    api: RunningApi, corpus: Path, owner_conn: psycopg.Connection
) -> None:
    first = _submit(api, corpus, "alice")
    second = _submit(api, corpus, "bob")
    with api.client("admin", "root") as admin:
        one = admin.post("/api/admin/jobs/cancel", json={"document_id": first}).json()
        assert one["total"] == 1 and one["counts"]["stage_queue"] == 1
        assert _job(owner_conn, second)[1] == "pending"
        everything = admin.post("/api/admin/jobs/cancel", json={"queue": "stage_queue"}).json()
        assert everything["total"] == 1
        retried = admin.post("/api/admin/jobs/retry", json={"status": "cancelled"}).json()
        assert retried["total"] == 2
        wrong = admin.post("/api/admin/jobs/retry", json={"status": "pending"})
        assert wrong.status_code == 422
    assert {_job(owner_conn, d)[1] for d in (first, second)} == {"pending"}
