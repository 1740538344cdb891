"""Live progress over Server-Sent Events: the current state first, then every change, ending at
a terminal state; all clients share the process's one LISTEN connection."""

from __future__ import annotations

import queue
import threading
import time
from pathlib import Path
from typing import Any
from uuid import UUID

import psycopg
import pytest
from apihelpers import RunningApi

from pdfqueue.client import Client, iter_events
from pdfqueue.db.pools import SERVICE_CLAIMS, set_claims
from pdfqueue.pipeline import stages

EVENT_TIMEOUT = 10


def _upload(api: RunningApi, corpus: Path, name: str = "text-multi-page-5p.pdf") -> str:
    with api.client("user", "alice") as alice:
        response = alice.post(
            "/api/documents",
            files={"file": (name, (corpus / name).read_bytes(), "application/pdf")},
        )
    assert response.status_code == 202, response.text
    return response.json()["id"]


def _collect(api: RunningApi, document_id: str, role: str = "user") -> queue.Queue:
    """Follow the stream in a thread; each state lands in the returned queue, then None."""
    states: queue.Queue = queue.Queue()

    def run() -> None:
        try:
            with Client(api.url, api.token(role, "alice")) as client:
                for state in client.follow(document_id):
                    states.put(state)
        except Exception as exc:  # the server stopped under an unfinished stream (teardown)
            states.put(exc)
        finally:
            states.put(None)

    threading.Thread(target=run, daemon=True).start()
    return states


def _publish(db_url: str, document_id: str, **kwargs: Any) -> None:
    with psycopg.connect(db_url) as conn:
        set_claims(conn, SERVICE_CLAIMS)
        stages.publish(conn, UUID(document_id), **kwargs)


def test_stream_starts_with_state_follows_changes_and_ends_at_terminal(
    api: RunningApi, corpus: Path, db_url: str
) -> None:
    document_id = _upload(api, corpus)
    states = _collect(api, document_id)
    first = states.get(timeout=EVENT_TIMEOUT)
    assert first["status"] == "queued" and first["progress"] == 0
    assert first["stages"][0]["name"] == "extraction"
    for value in (5.0, 12.5, 20.0, 33.0):
        _publish(db_url, document_id, status="processing", stage="extraction", progress=value)
        state = states.get(timeout=EVENT_TIMEOUT)
        assert state["progress"] == value and state["status"] == "processing"
    _publish(db_url, document_id, status="completed", stage="product_creation", progress=100)
    last = states.get(timeout=EVENT_TIMEOUT)
    assert last["status"] == "completed" and last["progress"] == 100
    assert states.get(timeout=EVENT_TIMEOUT) is None  # the stream ended by itself


def test_notifications_of_other_documents_send_nothing(
    api: RunningApi, corpus: Path, db_url: str
) -> None:
    watched = _upload(api, corpus)
    other = _upload(api, corpus, "scan-jbig2-xerox.pdf")
    states = _collect(api, watched)
    assert states.get(timeout=EVENT_TIMEOUT)["progress"] == 0
    _publish(db_url, other, status="processing", progress=50.0)
    _publish(db_url, watched, status="cancelled")
    final = states.get(timeout=EVENT_TIMEOUT)
    assert final["status"] == "cancelled" and final["progress"] == 0
    assert states.get(timeout=EVENT_TIMEOUT) is None


def test_many_clients_share_one_listen_connection_which_survives_a_restart(
    api: RunningApi, corpus: Path, db_url: str, owner_conn: psycopg.Connection
) -> None:
    document_id = _upload(api, corpus)
    streams = [_collect(api, document_id) for _ in range(20)]
    for states in streams:
        assert states.get(timeout=EVENT_TIMEOUT)["status"] == "queued"
    listening = owner_conn.execute(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
        " AND application_name = 'pdfqueue-listener'"
    ).fetchall()
    assert len(listening) == 1  # one LISTEN connection for 20 clients
    # The database drops the listener's connection: it reconnects and the streams go on.
    owner_conn.execute("SELECT pg_terminate_backend(%s)", (listening[0][0],))
    deadline = time.monotonic() + EVENT_TIMEOUT
    while time.monotonic() < deadline:
        again = owner_conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
            " AND application_name = 'pdfqueue-listener' AND pid <> %s",
            (listening[0][0],),
        ).fetchall()
        if again:
            break
        time.sleep(0.05)
    assert again, "the listener did not reconnect"
    _publish(db_url, document_id, status="processing", progress=40.0)
    for states in streams:
        state = states.get(timeout=EVENT_TIMEOUT)
        while state["progress"] < 40.0:  # a resync may re-send the unchanged state first
            state = states.get(timeout=EVENT_TIMEOUT)
        assert state["progress"] == 40.0


@pytest.mark.slow
def test_a_real_pdf_streams_monotonic_progress_to_100_with_real_workers(
    api: RunningApi, corpus: Path, workers
) -> None:
    for engine in ("products", "metadata", "embedding", "classification", "llm"):
        pytest.importorskip(f"pdfqueue.engines.{engine}", reason="the pipeline is not complete")
    workers(concurrency=2)
    document_id = _upload(api, corpus, "text-multi-page-5p.pdf")
    states = _collect(api, document_id)
    seen: list[dict[str, Any]] = []
    while (state := states.get(timeout=120)) is not None:
        seen.append(state)
    progress_values = [s["progress"] for s in seen]
    assert progress_values == sorted(progress_values), progress_values
    assert seen[-1]["status"] in ("completed", "completed_with_errors"), (
        seen[-1]["error_message"],
        seen[-1]["errors"],
    )
    assert progress_values[-1] == 100
    assert len(seen) >= 3  # intermediate changes arrived, not just the first and last


def test_a_browser_opens_the_stream_with_a_token_scoped_to_that_document(
    api: RunningApi, corpus: Path
) -> None:
    """EventSource cannot send an Authorization header: a short-lived token in the URL opens
    one document's stream, and nothing else."""
    watched = _upload(api, corpus)
    other = _upload(api, corpus, "scan-jbig2-xerox.pdf")
    with api.client("user", "alice") as alice:
        issued = alice.post(f"/api/documents/{watched}/events-token").json()
    assert 0 < issued["expires_in"] <= 600
    with api.client(None) as browser:  # no Authorization header, as EventSource
        with browser.stream("GET", issued["stream_url"]) as stream:
            assert stream.status_code == 200
            first = next(e for e in iter_events(stream.iter_lines()))
        elsewhere = browser.get(f"/api/documents/{other}/events", params={"token": issued["token"]})
        as_bearer = browser.get(
            f"/api/documents/{watched}", headers={"Authorization": f"Bearer {issued['token']}"}
        )
        forged = browser.get(f"/api/documents/{watched}/events", params={"token": "x.y.z"})
    assert first.event == "progress" and first.data["id"] == watched
    assert elsewhere.status_code == 401 and as_bearer.status_code == 401
    assert forged.status_code == 401
    with api.client("user", "bob") as bob:
        assert bob.post(f"/api/documents/{watched}/events-token").status_code == 404


def test_an_admins_stream_token_does_not_open_the_dashboard(api: RunningApi, corpus: Path) -> None:
    document_id = _upload(api, corpus)
    with api.client("admin", "root") as admin:
        token = admin.post(f"/api/documents/{document_id}/events-token").json()["token"]
    with api.client(None, follow_redirects=False) as browser:
        refused = browser.post("/admin/async-queue-monitor/sign-in", data={"token": token})
        admitted = browser.post(
            "/admin/async-queue-monitor/sign-in", data={"token": api.token("admin", "root")}
        )
    assert refused.status_code == 401 and "pdfqueue_admin" not in refused.cookies
    assert admitted.status_code == 303  # the same form takes a real admin token
