"""The page follows real work live: a real PDF, real worker processes, a real browser."""

from __future__ import annotations

from pathlib import Path

import pytest
from dashboard_support import (
    MONITOR,
    RECORD_PROGRESS,
    count,
    queue_counts,
    screenshot,
    sign_in,
    upload,
)
from playwright.sync_api import expect

from pdfqueue.dashboard.view import OUTCOME_LABELS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PROCESSING_TIMEOUT_MS = 120_000  # the PDF takes seconds; the bound is for a noisy machine
# Long enough (14 pages, 69 images to OCR, 84 chunks: 2 s on one worker of a fast machine) for
# the page, refreshed at most twice a second, to see the bar at several values on the way: a
# 5-page PDF was done in 0.3 s, before a third refresh.
PDF = "text-tracemonkey-paper-14p.pdf"


def test_counts_and_a_documents_bar_move_while_a_real_pdf_is_processed(
    page, server: str, admin_token: str, user_token: str, corpus: Path, workers, owner_conn
) -> None:
    sign_in(page, admin_token)
    expect(page.locator("#live-status")).to_have_attribute("data-mode", "live")
    assert count(page, "stage_queue", "pending") == 0

    doc = upload(server, user_token, corpus / PDF)

    # Before any worker runs: the document is in flight at 0 % and its extraction jobs (one
    # per range of pages) are pending.
    row = page.locator(f'table.in-flight tr[data-document="{doc}"]')
    expect(row).to_be_visible()
    expect(row.locator(".bar")).to_have_attribute("data-progress", "0.00")
    assert "bob" in row.inner_text()
    extraction_jobs = queue_counts(owner_conn)["stage_queue"]["pending"]
    assert extraction_jobs >= 1
    assert count(page, "stage_queue", "pending") == extraction_jobs
    page.evaluate(RECORD_PROGRESS, doc)

    workers(1)
    # The worker shows up, then the bar moves through the stages while the counts grow.
    expect(page.locator("[data-worker]").first).to_be_visible(timeout=30_000)
    page.wait_for_function(
        "() => (window.__progressSeen || []).some((v) => v > 0 && v < 100)",
        timeout=PROCESSING_TIMEOUT_MS,
    )
    screenshot(page, "live-mid-run")
    screenshot(page, "live-mid-run-full", full_page=True)

    finished = page.locator(f'table.finished tr[data-document="{doc}"]')
    expect(finished).to_be_visible(timeout=PROCESSING_TIMEOUT_MS)
    expect(row).to_have_count(0)
    status = owner_conn.execute(
        "SELECT status FROM processed_documents WHERE id = %s", (doc,)
    ).fetchone()[0]
    expect(finished.locator(".badge")).to_have_text(OUTCOME_LABELS[status])

    seen = page.evaluate("window.__progressSeen")
    assert seen[0] == 0 and len(seen) >= 3, f"the bar should move through the stages: {seen}"
    assert seen == sorted(seen), f"progress went backwards: {seen}"
    # Once the document has ended nothing moves: every count on the page is the database's.
    page.wait_for_timeout(1500)  # let the last refresh land
    for queue, by_status in queue_counts(owner_conn).items():
        for state in ("pending", "processing", "completed", "failed"):
            assert count(page, queue, state) == by_status.get(state, 0), (queue, state)
    assert count(page, "stage_queue", "completed") >= 2  # extraction and chunking at least
    assert count(page, "ai_analysis_queue", "completed") > 0
    throughput = page.locator('[data-queue="ai_analysis_queue"] [data-metric="throughput"]')
    assert int(throughput.inner_text().replace(",", "")) > 0

    screenshot(page, "live-end")
    screenshot(page, "live-end-full", full_page=True)
    assert page.url == f"{server}{MONITOR}"


def test_an_unreadable_upload_is_a_failed_item_the_error_log_lists_and_counts(
    page, server: str, admin_token: str, user_token: str, corpus: Path, workers
) -> None:
    doc = upload(server, user_token, corpus / "edge-encrypted-aes256-user-password.pdf")
    workers(1)
    sign_in(page, admin_token)

    finished = page.locator(f'table.finished tr[data-document="{doc}"]')
    expect(finished).to_be_visible(timeout=PROCESSING_TIMEOUT_MS)
    item = page.locator('tr[data-job][data-status="failed"]').filter(has_text="extraction")
    expect(item).to_contain_text("password", timeout=PROCESSING_TIMEOUT_MS)
    assert count(page, "stage_queue", "failed") == 1
    screenshot(page, "unreadable-upload")
