"""The event stream: admin only, and throttled however many notifications arrive."""

from __future__ import annotations

import json
import time

import httpx
import psycopg
import pytest
from dashboard_support import MONITOR

from pdfqueue.dashboard.routes import MIN_EVENT_INTERVAL_SECONDS

FLOOD = 200  # notifications committed at once (fewer than a subscriber buffers)
TRICKLE = 100  # notifications committed one by one, as fast as one connection can
SLACK_SECONDS = 1.0  # delivery lag allowed for on a busy machine


def test_notifications_become_few_throttled_events(
    server: str, admin_token: str, db_url: str
) -> None:
    seen: list[tuple[str, int]] = []  # (event, notifications the server received so far)
    with httpx.Client(base_url=server, timeout=15) as client:
        signed_in = client.post(f"{MONITOR}/sign-in", data={"token": admin_token})
        assert signed_in.status_code == 303
        with client.stream("GET", f"{MONITOR}/events") as stream, psycopg.connect(db_url) as db:
            assert stream.headers["content-type"].startswith("text/event-stream")
            lines = stream.iter_lines()
            assert next(lines) == "retry: 2000" and next(lines) == "event: ready"
            with db.transaction():  # a burst: delivered together at commit
                for n in range(FLOOD):
                    db.execute("SELECT pg_notify('pdfqueue_jobs', %s)", (f"burst {n}",))
            started = time.monotonic()
            for n in range(TRICKLE):  # a stream of separate changes
                with db.transaction():
                    db.execute("SELECT pg_notify('pdfqueue_progress', %s)", (f"step {n}",))
            sending = time.monotonic() - started
            kind = None
            for line in lines:
                if line.startswith("event: "):
                    kind = line.removeprefix("event: ")
                elif line.startswith("data: ") and kind is not None:
                    seen.append((kind, json.loads(line.removeprefix("data: "))["notifications"]))
                    if seen[-1][1] >= FLOOD + TRICKLE:
                        break

    # Every notification reached the stream, but as a few coalesced events, not one each: the
    # burst as at most two, the trickle as no more than the throttle allows in its duration.
    assert seen[-1] == ("change", FLOOD + TRICKLE), seen
    burst = [count for _, count in seen if count <= FLOOD]
    assert len(burst) <= 2, seen
    allowed = (sending + SLACK_SECONDS) / MIN_EVENT_INTERVAL_SECONDS + 1
    assert len(seen) - len(burst) <= allowed < TRICKLE, (seen, sending)


@pytest.mark.parametrize("proto", ["https"])
def test_the_session_cookie_is_secure_behind_https(server: str, admin_token: str, proto) -> None:
    # uvicorn trusts X-Forwarded-Proto from its local proxy, as behind a TLS terminator.
    with httpx.Client(base_url=server) as client:
        answer = client.post(
            f"{MONITOR}/sign-in",
            data={"token": admin_token},
            headers={"X-Forwarded-Proto": proto},
        )
    cookie = answer.headers["set-cookie"]
    assert answer.status_code == 303
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Secure" in cookie
    assert "Path=/admin" in cookie
