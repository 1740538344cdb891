"""/docs and /redoc render with the network blocked: their scripts come from this server (the
fastapi-offline package), not from a CDN, so "everything runs locally" holds for them too."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def _offline(page, server: str) -> list[str]:
    """Abort every request that leaves `server`; the list of what was refused."""
    refused: list[str] = []

    def route(request_route) -> None:
        url = request_route.request.url
        if url.startswith(server) or url.startswith("data:"):
            request_route.continue_()
        else:
            refused.append(url)
            request_route.abort()

    page.context.route("**/*", route)
    return refused


def test_swagger_ui_lists_the_operations_offline(page, server: str) -> None:
    refused = _offline(page, server)
    page.goto("/docs")
    upload = page.locator(".opblock-summary-path", has_text="/api/documents").first
    expect(upload).to_be_visible()
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert len(paths) >= 20
    assert "/api/documents/{document_id}/events" in [p.replace("\u200b", "") for p in paths]
    assert refused == []


def test_redoc_renders_offline(page, server: str) -> None:
    refused = _offline(page, server)
    page.goto("/redoc")
    expect(page.locator("h2", has_text="Submit a PDF")).to_be_visible()
    expect(page.locator("h2", has_text="Download the original PDF")).to_be_attached()
    assert refused == []
