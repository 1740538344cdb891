"""Without the event stream the page polls, says so, and still updates."""

from __future__ import annotations

import re
import time

import pytest
from dashboard_support import MONITOR, make_document, make_stage_job, screenshot, sign_in
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

POLL_WAIT_MS = 15_000  # three polling periods


def test_the_page_polls_and_says_so_when_events_are_blocked(
    page, server: str, admin_token: str, owner_conn
) -> None:
    page.route(f"**{MONITOR}/events*", lambda route: route.abort())
    sign_in(page, admin_token)

    status = page.locator("#live-status")
    expect(status).to_have_attribute("data-mode", "polling")
    expect(status).to_contain_text("Polling every 5 s")

    # Changes that send no notification at all: only polling can bring them to the page.
    job = make_stage_job(owner_conn, make_document(owner_conn, filename="silent.pdf"))
    owner_conn.execute(
        "INSERT INTO workers (id, hostname, pid, queues, status, last_heartbeat_at)"
        " VALUES ('gone:4242:abc', 'gone', 4242, '{stage_queue}', 'busy',"
        " now() - interval '2 minutes')"
    )
    expect(page.locator(f'tr[data-job="{job}"]')).to_be_visible(timeout=POLL_WAIT_MS)
    expect(page.locator('[data-queue="stage_queue"] [data-count="failed"]')).to_have_text("1")
    # A worker that stopped beating without saying so stands out.
    expect(page.locator('tr[data-worker="gone:4242:abc"].stale')).to_contain_text("stale")
    expect(status).to_have_attribute("data-mode", "polling")
    screenshot(page, "polling")


# A wide font with extra letter spacing: the layout must not rely on one font's metrics.
WIDE_FONT = (
    "html, html * { font-family: 'DejaVu Sans', Verdana, sans-serif !important;"
    " letter-spacing: 0.1em !important; }"
)


@pytest.mark.parametrize("width", [390, 320])
def test_the_page_is_readable_at_phone_width(
    page, server: str, admin_token: str, owner_conn, width: int
):
    make_stage_job(owner_conn, make_document(owner_conn, filename="phone.pdf"))
    page.set_viewport_size({"width": width, "height": 844})
    sign_in(page, admin_token)
    expect(page.locator('[data-queue="webhook_queue"]')).to_be_visible()
    page.add_style_tag(content=WIDE_FONT)
    expect(page.locator(".count dt").first).to_have_css("letter-spacing", re.compile(r"^1\.\d+px$"))

    # Nothing but the tables' own scrollers is wider than the screen, once the page has
    # settled: a poll re-renders it, and one CI run measured it mid-render (435 px over, at
    # 390 px; the same test passed alone three times). A page that stays too wide still fails.
    # Polled from here: `wait_for_function` evaluates its predicate with `eval` in the page,
    # which the dashboard's CSP (script-src 'self') refuses once it has to poll.
    measure = "document.documentElement.scrollWidth - window.innerWidth"
    deadline = time.monotonic() + 5
    while (overflow := page.evaluate(measure)) > 0 and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert overflow <= 0
    # Every count of every queue card lies inside its card's padding, its text inside itself.
    outside = page.evaluate(
        """Array.from(document.querySelectorAll('.card')).flatMap(card => {
            const outer = card.getBoundingClientRect(), style = getComputedStyle(card);
            const box = {left: outer.left + parseFloat(style.paddingLeft),
                         right: outer.right - parseFloat(style.paddingRight)};
            return Array.from(card.querySelectorAll('.count dt, .count dd'))
              .filter(e => { const r = e.getBoundingClientRect();
                             return r.left < box.left || r.right > box.right + 0.5
                                    || e.scrollWidth > e.clientWidth + 1; })
              .map(e => card.dataset.queue + ': ' + e.textContent);
        })"""
    )
    assert outside == []
    tops = page.evaluate(
        "Array.from(document.querySelectorAll('.card')).map(c => c.getBoundingClientRect().top)"
    )
    assert tops == sorted(tops) and len(set(tops)) == 4  # the four cards stack in one column
    screenshot(page, f"phone-{width}", full_page=True)
