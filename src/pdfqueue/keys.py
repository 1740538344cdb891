"""Keys derived from the server secret, one per purpose, so handing out one never gives another.

The JWT secret (PDFQUEUE_JWT_SECRET, or the dev secret in DATA_DIR) signs bearer tokens and is
the master key of everything else: HKDF-SHA256 (RFC 5869) derives a separate key for each
purpose, and HKDF is one-way, so a key given away (an owner's webhook signing secret) reveals
neither the master secret nor any other derived key. Nothing derived needs storing: the same
secret always derives the same keys, on every API and worker process.

Purposes:
- `dashboard-csrf`: the dashboard's per-session CSRF tokens.
- `webhook:<owner>:<version>`: each owner's webhook signing secret (rotating bumps the version);
  their root is PDFQUEUE_WEBHOOK_SECRET when set, else a key derived from the master secret.
- `document-password`: encrypts PDF passwords at rest (AES-256-GCM) until extraction ends.
"""

from __future__ import annotations

import base64
import os
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from pdfqueue.auth import jwt_secret, long_enough
from pdfqueue.config import Settings, get_settings

KEY_BYTES = 32
_SALT = b"pdfqueue/v1"
WEBHOOK_SECRET_PREFIX = "whsec_"
_NONCE_BYTES = 12  # AES-GCM's standard nonce


def check_settings(settings: Settings | None = None) -> None:
    """Refuse to start with an empty or short secret (called by every server and worker)."""
    settings = settings or get_settings()
    jwt_secret(settings)
    if settings.webhook_secret is not None:
        long_enough(settings.webhook_secret.get_secret_value(), "PDFQUEUE_WEBHOOK_SECRET")


@lru_cache(maxsize=256)
def _hkdf(master: bytes, purpose: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=_SALT, info=purpose.encode()
    ).derive(master)


def derive(purpose: str, settings: Settings | None = None) -> bytes:
    """The key for `purpose`, derived from the master (JWT) secret."""
    return _hkdf(jwt_secret(settings).encode(), purpose)


def _webhook_root(settings: Settings | None) -> bytes:
    settings = settings or get_settings()
    if settings.webhook_secret is not None:
        value = long_enough(settings.webhook_secret.get_secret_value(), "PDFQUEUE_WEBHOOK_SECRET")
        return value.encode()
    return derive("webhook-root", settings)


def webhook_secret(owner_id: str, version: int, settings: Settings | None = None) -> str:
    """The owner's webhook signing secret at `version`, as the owner reads it and as the HMAC
    key (its UTF-8 bytes): one owner's secret cannot sign deliveries to another's receiver."""
    key = _hkdf(_webhook_root(settings), f"webhook:{owner_id}:{version}")
    return WEBHOOK_SECRET_PREFIX + base64.urlsafe_b64encode(key).decode().rstrip("=")


def seal(plaintext: str, context: str, settings: Settings | None = None) -> bytes:
    """Encrypt a short secret (a PDF password) bound to `context` (the document id): a sealed
    value copied onto another document does not open."""
    nonce = os.urandom(_NONCE_BYTES)
    box = AESGCM(derive("document-password", settings))
    return nonce + box.encrypt(nonce, plaintext.encode(), context.encode())


def unseal(sealed: bytes, context: str, settings: Settings | None = None) -> str:
    """The plaintext of `seal`; ValueError when the value or its context was tampered with."""
    box = AESGCM(derive("document-password", settings))
    try:
        return box.decrypt(sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:], context.encode()).decode()
    except InvalidTag:
        raise ValueError("the sealed value does not open with this server's key") from None
