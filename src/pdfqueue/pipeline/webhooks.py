"""Webhook deliveries: POST a document's outcome to its callback_url, signed, with retries.

Deliveries are rows of `webhook_queue`, queued by the database when a document with a
callback_url ends (migration 0030: a trigger deferred to commit, so whatever ended the document,
the outcome is announced once per final status). This handler POSTs the JSON body; a non-2xx
answer or a network error raises, and the queue retries with backoff up to the row's
max_retries.

The receiver verifies `X-Pdfqueue-Signature: sha256=<hex>`, the HMAC-SHA256 of the raw body
keyed with the document owner's own signing secret (GET /api/webhooks/secret; never the JWT
secret, and never another owner's: pdfqueue.keys). `X-Pdfqueue-Key-Version` says which version
of it signed, so a receiver can accept the old and the new secret while it rotates. The body
carries `sent_at`, and the same instant is in `X-Pdfqueue-Timestamp`, so a receiver can refuse
stale replays.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Sequence
from typing import Any
from uuid import UUID

import httpx
import psycopg

from pdfqueue import keys, netguard, tracing
from pdfqueue.config import Settings
from pdfqueue.pipeline import context, stages
from pdfqueue.queue.registry import Handler, Job, register

TIMEOUT_SECONDS = 10.0  # per delivery attempt
SIGNATURE_HEADER = "X-Pdfqueue-Signature"
TIMESTAMP_HEADER = "X-Pdfqueue-Timestamp"
KEY_VERSION_HEADER = "X-Pdfqueue-Key-Version"
USER_AGENT = "pdfqueue-webhook/1"


class DeliveryFailed(Exception):
    """The receiver did not accept the delivery; the queue will try again later."""


def key_version(conn: psycopg.Connection, owner_id: str) -> int:
    """The owner's current signing-key version (1 until they first rotate)."""
    row = conn.execute(stages.sql("signing_key_version"), {"owner_id": owner_id}).fetchone()
    return int(row[0]) if row else 1


def rotate_key(conn: psycopg.Connection, owner_id: str) -> int:
    """Bump the owner's signing-key version; returns the new one."""
    row = conn.execute(stages.sql("rotate_signing_key"), {"owner_id": owner_id}).fetchone()
    return int(row[0])


def signing_secret(owner_id: str, version: int = 1, settings: Settings | None = None) -> bytes:
    """The HMAC key of the owner's deliveries: the secret the owner reads, as UTF-8 bytes."""
    return keys.webhook_secret(owner_id, version, settings).encode()


def sign(body: bytes, secret: bytes) -> str:
    """The signature header's value for a body."""
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify(body: bytes, signature: str, secret: bytes) -> bool:
    """What a receiver does (and what the tests do): constant-time comparison."""
    return hmac.compare_digest(sign(body, secret), signature)


def enqueue_delivery(conn: psycopg.Connection, document_id: UUID) -> UUID | None:
    """Make sure the ended document's delivery is queued (idempotent; the trigger does it too).

    Returns the delivery's id when this call queued it, None when there is nothing to send or it
    was already queued.
    """
    row = conn.execute(stages.sql("enqueue_webhook"), {"document_id": document_id}).fetchone()
    return row[0] if row else None


def body_of(job: Job, sent_at: int) -> bytes:
    """The JSON a receiver gets: the payload queued at the end, without the URL."""
    payload = {k: v for k, v in job.payload.items() if k != "url"}
    payload.update({"delivery_id": str(job.id), "attempt": job.attempt + 1, "sent_at": sent_at})
    return json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()


def deliver(
    job: Job,
    *,
    secret: bytes,
    client: httpx.Client,
    version: int = 1,
    allowed: netguard.Allowed | None = None,
) -> dict[str, Any]:
    url = job.payload.get("url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise DeliveryFailed(f"the callback URL {url!r} is not an http(s) URL")
    try:
        # Resolve and check once, then connect to that address: no second lookup (SSRF).
        target = netguard.pin(url, allowed or netguard.Allowed())
    except netguard.AddressRefused as exc:
        raise DeliveryFailed(f"POST {url} refused: {exc}") from None
    sent_at = int(time.time())
    body = body_of(job, sent_at)
    headers = {
        "Host": target.host_header,
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        SIGNATURE_HEADER: sign(body, secret),
        TIMESTAMP_HEADER: str(sent_at),
        KEY_VERSION_HEADER: str(version),
        "X-Pdfqueue-Event": str(job.payload.get("event", "")),
        "X-Pdfqueue-Delivery": str(job.id),
        **tracing.outgoing_headers(),  # the receiver may continue the document's trace
    }
    try:
        response = client.post(
            target.url,
            content=body,
            headers=headers,
            extensions={"sni_hostname": target.server_name},  # TLS checks the name, not the IP
        )
    except httpx.HTTPError as exc:
        raise DeliveryFailed(f"POST {url} failed: {exc or type(exc).__name__}") from None
    if not 200 <= response.status_code < 300:
        raise DeliveryFailed(f"POST {url} answered {response.status_code}; expected 2xx")
    return {"status_code": response.status_code, "delivered_at": sent_at}


def run(jobs: Sequence[Job]) -> list[dict[str, Any] | BaseException]:
    """The handler's batch: one POST per job, each failing alone."""
    conn = context.read_connection()
    allowed = netguard.Allowed.parse(context.settings().webhook_allowed_hosts)
    results: list[dict[str, Any] | BaseException] = []
    # trust_env=False: a proxy from the environment would resolve the name again itself.
    with httpx.Client(timeout=TIMEOUT_SECONDS, follow_redirects=False, trust_env=False) as client:
        for job in jobs:
            owner = str(job.payload.get("owner_id") or "")
            try:
                version = key_version(conn, owner)
                secret = signing_secret(owner, version)
                results.append(
                    deliver(job, secret=secret, client=client, version=version, allowed=allowed)
                )
            except DeliveryFailed as exc:
                results.append(exc)
    return results


HANDLER = register(Handler("webhook_queue", "webhook", run, timeout_seconds=60.0))
