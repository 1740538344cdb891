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


GOOD = "text-multi-page-5p.pdf"
OVER_THE_LIMIT = "text-federal-register-15p.pdf"
PAGE_LIMIT = 5


def test_bad_files_end_failed_saying_what_to_do_and_a_good_one_beside_them_completes(
    make_api, corpus: Path, workers, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A non-PDF, an empty file and a PDF past PDFQUEUE_MAX_PAGES are accepted (202) like any
    upload and end `failed` at their first attempt with a reason that says what is wrong and
    what to do; their bytes stay downloadable until the document is deleted; the dashboard
    shows the reason; a good PDF submitted between them completes."""
    from pdfqueue.config import get_settings

    monkeypatch.setenv("PDFQUEUE_MAX_PAGES", str(PAGE_LIMIT))  # the workers' setting too
    get_settings.cache_clear()
    api = make_api(max_pages=PAGE_LIMIT)
    uploads = {
        "notes.pdf": b"Meeting notes, Tuesday: ship the catalogue on Friday.\n",
        "empty.pdf": b"",
        "long.pdf": (corpus / OVER_THE_LIMIT).read_bytes(),
    }
    expected = {
        "notes.pdf": ('the file is not a PDF (it starts with "Meeting notes', "export it as a PDF"),
        "empty.pdf": ("the file is empty (0 bytes)", "upload it again"),
        "long.pdf": (
            f"The PDF has 15 pages, more than the limit of {PAGE_LIMIT} (PDFQUEUE_MAX_PAGES)",
            "split it into smaller documents",
        ),
    }
    ids: dict[str, str] = {}
    with api.client("user", "alice") as alice:
        for name, data in list(uploads.items())[:2]:
            accepted = alice.post("/api/documents", files={"file": (name, data)})
            assert accepted.status_code == 202, accepted.text
            assert accepted.json()["status"] == "queued"
            ids[name] = accepted.json()["id"]
        good = _upload(alice, corpus / GOOD)
        accepted = alice.post("/api/documents", files={"file": ("long.pdf", uploads["long.pdf"])})
        assert accepted.status_code == 202, accepted.text
        assert accepted.json()["page_count"] == 15
        ids["long.pdf"] = accepted.json()["id"]
        workers(concurrency=1)

        for name, doc in ids.items():
            state = _wait(alice, doc, _ended)
            what, todo = expected[name]
            assert state["status"] == "failed", (name, state)
            assert what in state["error_message"] and todo in state["error_message"], state
            assert state["progress"] == 0
            kept = alice.get(f"/api/documents/{doc}/file")
            assert kept.status_code == 200 and kept.content == uploads[name]  # loses nothing
        assert _wait(alice, good, _ended)["status"] == "completed"
        again = alice.post("/api/documents", files={"file": ("notes.pdf", uploads["notes.pdf"])})
        assert again.status_code == 200 and again.json()["duplicate"] is True  # decided: says so
        assert again.json()["status"] == "failed"
        assert expected["notes.pdf"][0] in again.json()["error_message"]

    with api.client("admin", "root") as admin:
        failed = admin.get("/api/admin/jobs", params={"status": "failed"}).json()["items"]
        assert sorted(j["document_id"] for j in failed) == sorted(ids.values())
        assert {(j["queue"], j["retry_count"]) for j in failed} == {("stage_queue", 0)}
    with api.client(None, follow_redirects=True) as browser:
        signed_in = browser.post(
            "/admin/async-queue-monitor/sign-in", data={"token": api.token("admin", "root")}
        )
        assert signed_in.status_code == 200, signed_in.text  # redirected to the dashboard
        assert "the file is empty (0 bytes)" in signed_in.text

    source = api.settings.blob_dir / "documents" / ids["notes.pdf"]
    assert source.is_dir()
    with api.client("user", "alice") as alice:
        assert alice.delete(f"/api/documents/{ids['notes.pdf']}").status_code in (200, 204)
        assert alice.get(f"/api/documents/{ids['notes.pdf']}").status_code == 404
    assert not source.exists()  # deleted with its document, as usual
