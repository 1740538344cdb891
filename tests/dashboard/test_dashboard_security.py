"""The dashboard's security headers, its cookie, sign-out's CSRF check and fixed reason codes
(plain HTTP, no browser needed)."""

from __future__ import annotations

import re

import httpx
from dashboard_support import MONITOR


def _signed_in(server: str, admin_token: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=server)
    answer = client.post(f"{MONITOR}/sign-in", data={"token": admin_token})
    assert answer.status_code == 303
    page = client.get(MONITOR).text
    csrf = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page)
    assert csrf, "the page carries its CSRF token"
    return client, csrf[1]


def test_the_dashboard_cannot_be_framed_and_runs_only_its_own_scripts(server: str) -> None:
    answer = httpx.get(f"{server}{MONITOR}/sign-in")
    csp = answer.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert answer.headers["x-frame-options"] == "DENY"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in answer.text


def test_the_cookie_is_secure_unless_the_browser_is_on_this_machine(
    server: str, admin_token: str
) -> None:
    with httpx.Client(base_url=server) as client:
        proxied = client.post(  # plain http through a proxy that says nothing of TLS
            f"{MONITOR}/sign-in",
            data={"token": admin_token},
            headers={"Host": "pdfqueue.example.com"},
        )
        local = client.post(f"{MONITOR}/sign-in", data={"token": admin_token})
    assert "Secure" in proxied.headers["set-cookie"]
    assert "Secure" not in local.headers["set-cookie"]  # http://127.0.0.1: a developer's own


def test_signing_out_needs_the_sessions_csrf_token(server: str, admin_token: str) -> None:
    client, csrf = _signed_in(server, admin_token)
    try:
        forged = client.post(f"{MONITOR}/sign-out")
        assert forged.status_code == 403 and "set-cookie" not in forged.headers
        assert client.get(MONITOR).status_code == 200  # still signed in
        genuine = client.post(f"{MONITOR}/sign-out", data={"csrf_token": csrf})
        assert genuine.status_code == 303
        assert client.get(MONITOR).headers["location"].endswith("/sign-in")
    finally:
        client.close()


def test_the_sign_in_page_shows_only_its_own_reasons(server: str) -> None:
    phishing = "Your account is locked: call +1 555 0100 now"
    with httpx.Client(base_url=server) as client:
        page = client.get(f"{MONITOR}/sign-in", params={"reason": phishing}).text
        expired = client.get(f"{MONITOR}/sign-in", params={"reason": "expired"}).text
    assert "555 0100" not in page and "sign-in-error" not in page
    assert "the token has expired" in expired


def test_an_ended_session_redirects_with_a_reason_code(server: str, settings) -> None:
    from pdfqueue.auth import mint_token

    stale = mint_token("admin", "ops", ttl_seconds=-10, settings=settings)
    with httpx.Client(base_url=server, cookies={"pdfqueue_admin": stale}) as client:
        answer = client.get(MONITOR)
    assert answer.status_code == 303
    assert answer.headers["location"].endswith("/sign-in?reason=expired")
