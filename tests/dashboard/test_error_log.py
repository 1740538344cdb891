"""The error log: failed items with their history, retried or cancelled from the page."""

from __future__ import annotations

import pytest
from dashboard_support import (
    MONITOR,
    count,
    job_status,
    make_document,
    make_stage_job,
    screenshot,
    sign_in,
)
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_retrying_a_failed_item_puts_it_back_to_pending(
    page, server: str, admin_token: str, owner_conn
) -> None:
    doc = make_document(owner_conn, filename="catalog-2026.pdf")
    job = make_stage_job(owner_conn, doc)
    sign_in(page, admin_token)

    item = page.locator(f'tr[data-job="{job}"]')
    expect(item).to_contain_text("catalog-2026.pdf")
    expect(item).to_contain_text("chunking")
    expect(item).to_contain_text("3/3")
    expect(item).to_contain_text("the splitter ran out of patience")
    item.locator("summary").click()  # every attempt is listed
    expect(item.locator(".attempts li")).to_have_count(4)
    assert count(page, "stage_queue", "failed") == 1
    screenshot(page, "error-log-before-retry")

    item.locator('button[data-act="retry"]').click()

    expect(page.locator("#flash")).to_contain_text("pending again")
    expect(item).to_have_count(0)
    expect(page.locator('[data-queue="stage_queue"] [data-count="pending"]')).to_have_text("1")
    assert count(page, "stage_queue", "failed") == 0
    assert job_status(owner_conn, job) == "pending"


def test_an_item_waiting_for_a_retry_can_be_cancelled_with_the_pages_csrf_token(
    page, server: str, admin_token: str, owner_conn
) -> None:
    doc = make_document(owner_conn)
    job = make_stage_job(owner_conn, doc, status="pending", retry_count=1, run_after_seconds=600)
    sign_in(page, admin_token)
    item = page.locator(f'tr[data-job="{job}"]')
    expect(item.locator(".badge")).to_have_text("retrying")

    # The browser holds a valid admin cookie; a forged form without the page's token fails.
    forged = page.context.request.post(
        f"{server}{MONITOR}/jobs/cancel",
        form={"queue": "stage_queue", "job_id": job, "csrf_token": "forged"},
    )
    assert forged.status == 403
    assert job_status(owner_conn, job) == "pending"

    item.locator('button[data-act="cancel"]').click()

    expect(page.locator("#flash")).to_contain_text("will not be retried")
    expect(item).to_have_count(0)
    assert job_status(owner_conn, job) == "cancelled"


def test_retry_all_matching_the_filter_retries_only_that_document(
    page, server: str, admin_token: str, owner_conn
) -> None:
    # One failed stage job per document: a real document fails at most one stage job (the
    # ones after it never start), and retrying goes through the pipeline's bookkeeping.
    chosen = make_document(owner_conn, filename="chosen.pdf")
    others = [make_document(owner_conn, filename=f"other-{i}.pdf") for i in range(2)]
    chosen_job = make_stage_job(owner_conn, chosen, stage="extraction")
    other_jobs = [make_stage_job(owner_conn, other) for other in others]
    sign_in(page, admin_token)
    expect(page.locator('[data-metric="failed-total"]')).to_have_attribute("data-value", "3")

    page.fill('#error-filter input[name="document"]', chosen)
    page.click("#error-filter button[type=submit]")
    expect(page.locator('[data-metric="failed-total"]')).to_have_attribute("data-value", "1")
    assert f"document={chosen}" in page.url
    page.click("#retry-matching button")  # confirms a dialog, accepted by the fixture

    expect(page.locator("#flash")).to_contain_text("Retried 1 failed item")
    expect(page.locator('[data-metric="failed-total"]')).to_have_attribute("data-value", "0")
    assert job_status(owner_conn, chosen_job) == "pending"
    assert [job_status(owner_conn, j) for j in other_jobs] == ["failed", "failed"]
