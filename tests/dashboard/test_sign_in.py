"""Signing in: admin tokens only, kept in an HttpOnly SameSite cookie, never in a URL."""

from __future__ import annotations

import httpx
import pytest
from dashboard_support import MONITOR, screenshot, sign_in

pytestmark = pytest.mark.browser


def test_an_admin_signs_in_and_out(page, server: str, admin_token: str) -> None:
    page.goto(MONITOR)
    assert page.url.endswith(f"{MONITOR}/sign-in")  # no session: the sign-in form

    sign_in(page, admin_token)

    page.wait_for_selector('[data-queue="stage_queue"]')
    assert page.url == f"{server}{MONITOR}"
    assert admin_token not in page.url
    assert page.locator(".who").inner_text().startswith("ops-alice")
    cookie = next(c for c in page.context.cookies() if c["name"] == "pdfqueue_admin")
    assert cookie["httpOnly"] is True
    assert cookie["sameSite"] == "Strict"
    assert cookie["path"] == "/admin"
    assert page.evaluate("document.cookie") == ""  # invisible to scripts

    page.click(".who button")

    page.wait_for_selector("#sign-in")
    assert not [c for c in page.context.cookies() if c["name"] == "pdfqueue_admin"]
    page.goto(MONITOR)
    assert page.url.endswith(f"{MONITOR}/sign-in")


def test_a_non_admin_token_is_refused_with_a_clear_page(page, server: str, user_token: str) -> None:
    page.goto(MONITOR)
    page.fill("#token", user_token)
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        page.click("#sign-in button[type=submit]")

    assert answer.value.status == 403
    text = page.locator("#refused").inner_text()
    assert "bob" in text and "user" in text and "admin" in text
    assert not [c for c in page.context.cookies() if c["name"] == "pdfqueue_admin"]
    screenshot(page, "refused")


def test_a_bad_token_is_explained(page, server: str) -> None:
    sign_in(page, "not-a-token")

    assert "not valid" in page.locator("#sign-in-error").inner_text()
    assert not [c for c in page.context.cookies() if c["name"] == "pdfqueue_admin"]


def test_data_events_and_actions_need_a_session(server: str) -> None:
    with httpx.Client(base_url=server) as client:
        assert client.get(f"{MONITOR}/data").status_code == 401
        assert client.get(f"{MONITOR}/events").status_code == 401
        refused = client.post(f"{MONITOR}/jobs/retry-matching", data={"csrf_token": "x"})
        assert refused.status_code == 401
