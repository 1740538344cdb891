"""Helpers the dashboard tests share: where the page is, signing in, screenshots."""

from __future__ import annotations

import json
from pathlib import Path

import arrange

MONITOR = "/admin/async-queue-monitor"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "dashboard"


def sign_in(page, token: str) -> None:
    """Paste the token into the sign-in form, as an operator does."""
    page.goto(MONITOR)
    page.fill("#token", token)
    page.click("#sign-in button[type=submit]")


def screenshot(page, name: str, *, full_page: bool = False) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def upload(server: str, token: str, pdf: Path) -> str:
    """Submit a PDF through the API as its owner would; returns the document id."""
    import httpx

    with httpx.Client(base_url=server, timeout=30) as client:
        answer = client.post(
            "/api/documents",
            files={"file": (pdf.name, pdf.read_bytes(), "application/pdf")},
            headers={"Authorization": f"Bearer {token}"},
        )
    assert answer.status_code == 202, answer.text
    return answer.json()["id"]


def count(page, queue: str, status: str) -> int:
    """A queue card's count as the page shows it."""
    text = page.locator(f'[data-queue="{queue}"] [data-count="{status}"]').inner_text()
    return int(text.replace(",", ""))


# Records every value a document's progress bar shows, however briefly: the page swaps its
# sections in place, so a MutationObserver sees each render.
RECORD_PROGRESS = """
(documentId) => {
  window.__progressSeen = [];
  const note = () => {
    const bar = document.querySelector(`table.in-flight tr[data-document="${documentId}"] .bar`);
    if (bar) {
      const value = Number(bar.dataset.progress);
      const seen = window.__progressSeen;
      if (seen[seen.length - 1] !== value) seen.push(value);
    }
  };
  new MutationObserver(note).observe(document.getElementById("monitor"), {
    childList: true, subtree: true,
  });
  note();
}
"""


def queue_counts(conn) -> dict[str, dict[str, int]]:
    """Rows per queue and status, read by the schema owner: the truth the page must show."""
    from pdfqueue.queue.registry import QUEUE_TABLES

    out: dict[str, dict[str, int]] = {}
    for queue in QUEUE_TABLES:
        rows = conn.execute(f"SELECT status, count(*) FROM {queue} GROUP BY status").fetchall()
        out[queue] = {status: n for status, n in rows}
    return out


def make_document(conn, *, owner: str = "bob", filename: str = "manual.pdf") -> str:
    """A finished document row with errors, as the dashboard's error log shows them."""
    return str(
        arrange.make_document(
            conn, owner=owner, filename=filename, status="completed_with_errors", progress=100
        )
    )


def make_stage_job(
    conn,
    document_id: str,
    *,
    stage: str = "chunking",
    status: str = "failed",
    retry_count: int = 3,
    run_after_seconds: float = 0,
    error: str = "RuntimeError: the splitter ran out of patience",
) -> str:
    """A stage_queue row in the given state with an error history, written by the owner."""
    errors = [
        {"attempt": n + 1, "error": error, "worker": "vm:1:test"} for n in range(retry_count + 1)
    ]
    row = conn.execute(
        "INSERT INTO stage_queue (document_id, stage, status, retry_count, max_retries,"
        " run_after, error_message, errors, started_at, updated_at)"
        " VALUES (%s, %s, %s, %s, 3, now() + make_interval(secs => %s), %s, %s::jsonb,"
        " now() - interval '2 seconds', now()) RETURNING id",
        (
            document_id,
            stage,
            status,
            retry_count,
            run_after_seconds,
            error + "\nTraceback (most recent call last): ...",
            json.dumps(errors),
        ),
    ).fetchone()
    return str(row[0])


def job_status(conn, job_id: str) -> str:
    return conn.execute("SELECT status FROM stage_queue WHERE id = %s", (job_id,)).fetchone()[0]
