"""Operations over HTTP with real workers: retry after cancel, unreadable files as failed rows,
operator retries that bring their document along, and 409s that say what to do."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from apihelpers import RunningApi

pytestmark = pytest.mark.slow


def _upload(client: httpx.Client, pdf: Path) -> str:
    answer = client.post("/api/documents", files={"file": (pdf.name, pdf.read_bytes())})
    assert answer.status_code == 202, answer.text
    return answer.json()["id"]


def _wait(client: httpx.Client, doc: str, done, timeout: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = client.get(f"/api/documents/{doc}").json()
        if done(state):
            return state
        time.sleep(0.2)
    raise AssertionError(f"document {doc} stayed {state['status']} at {state['progress']} %")


def _ended(state: dict[str, Any]) -> bool:
    return state["status"] in ("completed", "completed_with_errors", "failed", "cancelled")


def test_a_cancelled_document_resumes_on_retry_and_completes(
    api: RunningApi, corpus: Path, workers
) -> None:
    with api.client("user", "alice") as alice:
        doc = _upload(alice, corpus / "scan-multipage-4p.pdf")
        assert alice.post(f"/api/documents/{doc}/cancel").status_code == 200
        again = alice.post(f"/api/documents/{doc}/cancel")
        assert again.status_code == 409 and "Retry it" in again.json()["error"]["message"]

        retried = alice.post(f"/api/documents/{doc}/retry")
        assert retried.status_code == 202, retried.text
        assert retried.json()["requeued"] >= 1
        workers(concurrency=1)
        state = _wait(alice, doc, _ended)
        assert state["status"] == "completed" and state["progress"] == 100

        nothing = alice.post(f"/api/documents/{doc}/retry")
        assert nothing.status_code == 409
        assert "force=true" in nothing.json()["error"]["message"]  # says what to do instead


def test_an_unreadable_upload_is_a_failed_job_operators_see_and_can_retry(
    api: RunningApi, corpus: Path, workers
) -> None:
    workers(concurrency=1)
    with api.client("user", "alice") as alice:
        doc = _upload(alice, corpus / "edge-encrypted-aes256-user-password.pdf")
        state = _wait(alice, doc, _ended)
        assert state["status"] == "failed" and "password" in state["error_message"]
    with api.client("admin", "root") as admin:
        listed = admin.get("/api/admin/jobs", params={"status": "failed"}).json()["items"]
        assert [(j["document_id"], j["queue"]) for j in listed] == [(doc, "stage_queue")]
        assert admin.get("/api/admin/queues").json()["stage_queue"]["failed"] == 1
        (job,) = listed
        retried = admin.post(f"/api/admin/jobs/stage_queue/{job['id']}/retry")
        assert retried.status_code == 200 and retried.json()["retried"] == 1
    with api.client("user", "alice") as alice:
        # Read again (same bytes, same reason): the document went back to work and failed again.
        state = _wait(alice, doc, lambda s: _ended(s) and s["updated_at"] > state["updated_at"])
        assert state["status"] == "failed" and "password" in state["error_message"]


def test_an_operator_retry_of_a_cancelled_documents_jobs_resumes_the_document(
    api: RunningApi, corpus: Path, workers
) -> None:
    with api.client("user", "alice") as alice:
        doc = _upload(alice, corpus / "text-multi-page-5p.pdf")
        assert alice.post(f"/api/documents/{doc}/cancel").status_code == 200
    with api.client("admin", "root") as admin:
        bulk = admin.post("/api/admin/jobs/retry", json={"status": "cancelled", "document_id": doc})
        assert bulk.status_code == 200 and bulk.json()["total"] >= 1
    with api.client("user", "alice") as alice:
        assert alice.get(f"/api/documents/{doc}").json()["status"] == "processing"
        workers(concurrency=1)
        state = _wait(alice, doc, _ended)
        assert state["status"] == "completed" and state["progress"] == 100
