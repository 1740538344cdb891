"""Signing in: admin tokens only, kept in an HttpOnly SameSite cookie, never in a URL."""

from __future__ import annotations

import httpx
import pytest
from dashboard_support import MONITOR, screenshot, sign_in
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def _session_cookies(page) -> list[dict]:
    return [c for c in page.context.cookies() if c["name"] == "pdfqueue_admin"]


def test_an_admin_signs_in_and_out(page, server: str, admin_token: str) -> None:
    page.goto(MONITOR)
    assert page.url.endswith(f"{MONITOR}/sign-in")  # no session: the sign-in form

    sign_in(page, admin_token)

    expect(page.locator('[data-queue="stage_queue"]')).to_be_visible()
    assert page.url == f"{server}{MONITOR}"
    assert admin_token not in page.url
    expect(page.locator(".who")).to_contain_text("ops-alice")
    (cookie,) = _session_cookies(page)
    assert cookie["httpOnly"] is True
    assert cookie["sameSite"] == "Strict"
    assert cookie["path"] == "/admin"
    assert cookie["secure"] is False  # plain http here; https sets Secure
    assert page.evaluate("document.cookie") == ""  # invisible to scripts

    page.click(".who button")

    expect(page.locator("#sign-in")).to_be_visible()
    assert not _session_cookies(page)
    page.goto(MONITOR)
    assert page.url.endswith(f"{MONITOR}/sign-in")


def test_non_admin_and_invalid_tokens_are_refused(page, server: str, user_token: str) -> None:
    page.goto(MONITOR)
    page.fill("#token", user_token)
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        page.click("#sign-in button[type=submit]")

    assert answer.value.status == 403
    text = page.locator("#refused").inner_text()
    assert "bob" in text and "user" in text and "admin" in text
    assert not _session_cookies(page)
    screenshot(page, "refused")

    sign_in(page, "not-a-token")

    expect(page.locator("#sign-in-error")).to_contain_text("not valid")
    assert not _session_cookies(page)

    # Without a session, data, events and actions answer 401 (and never any data).
    with httpx.Client(base_url=server) as client:
        assert client.get(f"{MONITOR}/data").status_code == 401
        assert client.get(f"{MONITOR}/events").status_code == 401
        assert client.post(f"{MONITOR}/jobs/retry-matching").status_code == 401
        smuggled = {"Cookie": f"pdfqueue_admin={user_token}"}  # a user's token as the cookie
        assert client.get(f"{MONITOR}/data", headers=smuggled).status_code == 401
