"""Helpers the dashboard tests share: where the page is, signing in, screenshots."""

from __future__ import annotations

from pathlib import Path

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
