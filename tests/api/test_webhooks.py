"""Webhooks: queued by the database when a document with a callback_url ends, POSTed signed by
the handler, retried by the queue on failure."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import psycopg
import pytest
from apihelpers import RunningApi, insert_document

from pdfqueue.config import Settings
from pdfqueue.db.pools import SERVICE_CLAIMS, set_claims
from pdfqueue.pipeline import webhooks
from pdfqueue.queue.registry import Job


class Receiver:
    """A real HTTP server in a thread that records what it receives."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.received: list[tuple[dict[str, str], bytes]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(outer.status)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture(autouse=True)
def allow_local_receiver(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """The test receivers listen on loopback, which callbacks may reach only when allowed."""
    from pdfqueue.config import get_settings

    monkeypatch.setenv("PDFQUEUE_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1/32")
    get_settings.cache_clear()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()


def _job(url: str, **payload: Any) -> Job:
    return Job(
        queue="webhook_queue",
        id=uuid.uuid4(),
        document_id=uuid.uuid4(),
        task="webhook",
        payload={
            "url": url,
            "event": "document.completed",
            "status": "completed",
            "owner_id": "alice",
            **payload,
        },
        attempt=0,
        max_retries=5,
    )


def test_delivery_is_signed_with_hmac_sha256(settings: Settings, receiver: Receiver) -> None:
    job = _job(receiver.url, progress=100)
    [result] = webhooks.run([job])
    assert result["status_code"] == 200
    [(headers, body)] = receiver.received
    secret = webhooks.signing_secret("alice", 1, settings)
    assert webhooks.verify(body, headers["x-pdfqueue-signature"], secret)
    assert not webhooks.verify(body + b" ", headers["x-pdfqueue-signature"], secret)
    sent = json.loads(body)
    assert sent["status"] == "completed" and sent["progress"] == 100 and "url" not in sent
    assert sent["sent_at"] == int(headers["x-pdfqueue-timestamp"])
    assert headers["x-pdfqueue-event"] == "document.completed"


def test_deliveries_are_not_signed_with_the_jwt_secret_nor_another_owners_key(
    settings: Settings, receiver: Receiver
) -> None:
    webhooks.run([_job(receiver.url, owner_id="alice"), _job(receiver.url, owner_id="bob")])
    [(alice_headers, alice_body), (bob_headers, bob_body)] = receiver.received
    jwt_key = settings.jwt_secret.get_secret_value().encode()  # type: ignore[union-attr]
    assert not webhooks.verify(alice_body, alice_headers["x-pdfqueue-signature"], jwt_key)
    alice_key = webhooks.signing_secret("alice", 1, settings)
    bob_key = webhooks.signing_secret("bob", 1, settings)
    assert webhooks.verify(alice_body, alice_headers["x-pdfqueue-signature"], alice_key)
    assert webhooks.verify(bob_body, bob_headers["x-pdfqueue-signature"], bob_key)
    # alice cannot forge a delivery to bob's receiver with her own key
    assert not webhooks.verify(bob_body, bob_headers["x-pdfqueue-signature"], alice_key)


def test_owners_read_and_rotate_their_own_signing_secret(
    api: RunningApi, receiver: Receiver
) -> None:
    with api.client("user", "alice") as alice, api.client("user", "bob") as bob:
        first = alice.get("/api/webhooks/secret")
        assert first.status_code == 200 and first.headers["cache-control"] == "no-store"
        assert bob.get("/api/webhooks/secret").json()["secret"] != first.json()["secret"]
        webhooks.run([_job(receiver.url, owner_id="alice")])
        rotated = alice.post("/api/webhooks/secret/rotate").json()
        assert rotated["version"] == first.json()["version"] + 1
        assert rotated["secret"] != first.json()["secret"]
        assert alice.get("/api/webhooks/secret").json() == rotated
        webhooks.run([_job(receiver.url, owner_id="alice")])
    [(old_headers, old_body), (new_headers, new_body)] = receiver.received
    old_key, new_key = first.json()["secret"].encode(), rotated["secret"].encode()
    assert webhooks.verify(old_body, old_headers["x-pdfqueue-signature"], old_key)
    assert webhooks.verify(new_body, new_headers["x-pdfqueue-signature"], new_key)
    assert not webhooks.verify(new_body, new_headers["x-pdfqueue-signature"], old_key)
    assert new_headers["x-pdfqueue-key-version"] == str(rotated["version"])


def test_non_2xx_and_network_errors_fail_the_attempt(settings: Settings) -> None:
    refusing = Receiver(status=500)
    try:
        [server_error] = webhooks.run([_job(refusing.url)])
    finally:
        refusing.server.shutdown()
    [unreachable] = webhooks.run([_job("http://127.0.0.1:1/hook")])
    assert isinstance(server_error, webhooks.DeliveryFailed) and "500" in str(server_error)
    assert isinstance(unreachable, webhooks.DeliveryFailed)


def test_callbacks_to_private_addresses_are_not_sent(
    settings: Settings, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pdfqueue.config import get_settings

    monkeypatch.setenv("PDFQUEUE_WEBHOOK_ALLOWED_HOSTS", "")
    get_settings.cache_clear()
    [refused] = webhooks.run([_job(receiver.url)])
    assert isinstance(refused, webhooks.DeliveryFailed) and "not a public address" in str(refused)
    assert receiver.received == []


def test_a_name_is_resolved_once_and_the_checked_address_is_used(
    settings: Settings, receiver: Receiver
) -> None:
    port = receiver.server.server_address[1]
    [result] = webhooks.run([_job(f"http://localhost:{port}/hook")])
    assert result["status_code"] == 200, result
    [(headers, _)] = receiver.received
    assert headers["host"] == f"localhost:{port}"


def test_uploads_with_a_private_callback_address_are_refused(
    api: RunningApi, corpus, owner_conn: psycopg.Connection
) -> None:
    with api.client("user", "alice") as alice:
        for url in ("http://169.254.169.254/latest", "http://2130706433/x", "http://[::1]/x"):
            response = alice.post(
                "/api/documents",
                files={"file": ("a.pdf", (corpus / "scan-jbig2-xerox.pdf").read_bytes())},
                data={"callback_url": url},
            )
            assert response.status_code == 422, (url, response.text)
            assert "not a public address" in response.json()["error"]["message"]
    assert owner_conn.execute("SELECT count(*) FROM processed_documents").fetchone()[0] == 0


def _end(db_url: str, document_id: Any, status: str) -> None:
    with psycopg.connect(db_url) as conn:
        set_claims(conn, SERVICE_CLAIMS)
        conn.execute(
            "UPDATE processed_documents SET status = %s, progress = 100 WHERE id = %s",
            (status, document_id),
        )


def _deliveries(conn: psycopg.Connection, document_id: Any) -> list[tuple[str, dict]]:
    return conn.execute(
        "SELECT status, payload FROM webhook_queue WHERE document_id = %s ORDER BY created_at",
        (document_id,),
    ).fetchall()


def test_ending_a_document_queues_one_delivery_per_final_status(
    db_url: str, owner_conn: psycopg.Connection
) -> None:
    hooked = insert_document(owner_conn, "alice", callback_url="https://example.com/hook")
    silent = insert_document(owner_conn, "alice")
    _end(db_url, hooked, "completed")
    _end(db_url, silent, "completed")
    [(status, payload)] = _deliveries(owner_conn, hooked)
    assert status == "pending"
    assert payload["url"] == "https://example.com/hook" and payload["status"] == "completed"
    assert float(payload["progress"]) == 100  # read at commit: the final state
    assert _deliveries(owner_conn, silent) == []
    with psycopg.connect(db_url) as conn:  # the pipeline may ask again: still one delivery
        set_claims(conn, SERVICE_CLAIMS)
        assert webhooks.enqueue_delivery(conn, hooked) is None
    assert len(_deliveries(owner_conn, hooked)) == 1


def test_a_user_cancelling_through_the_api_queues_the_webhook(
    api: RunningApi, corpus, owner_conn: psycopg.Connection
) -> None:
    with api.client("user", "alice") as alice:
        response = alice.post(
            "/api/documents",
            files={"file": ("a.pdf", (corpus / "scan-jbig2-xerox.pdf").read_bytes())},
            data={"callback_url": "http://hooks.example.invalid:9/hook"},
        )
        document_id = response.json()["id"]
        assert alice.post(f"/api/documents/{document_id}/cancel").status_code == 200
    [(_, payload)] = _deliveries(owner_conn, document_id)
    assert payload["event"] == "document.cancelled"


def test_a_worker_delivers_the_webhook(
    db_url: str, owner_conn: psycopg.Connection, receiver: Receiver, workers
) -> None:
    document_id = insert_document(owner_conn, "alice", callback_url=receiver.url)
    workers(concurrency=1)
    _end(db_url, document_id, "failed")
    deadline = time.monotonic() + 60
    while not receiver.received and time.monotonic() < deadline:
        time.sleep(0.1)
    [(headers, body)] = receiver.received
    assert json.loads(body)["document_id"] == str(document_id)
    secret = webhooks.signing_secret("alice")
    assert webhooks.verify(body, headers["x-pdfqueue-signature"], secret)
    while _deliveries(owner_conn, document_id)[0][0] != "completed":
        assert time.monotonic() < deadline
        time.sleep(0.1)
