"""Each owner's webhook signing secret: read it to verify deliveries, rotate it when it leaked.

The secret is derived, not stored (pdfqueue.keys): the route computes it from the server secret,
the caller's `sub` and the version in `webhook_signing_keys`, which row-level security lets a
caller read and bump only for itself. Deliveries say which version signed them
(`X-Pdfqueue-Key-Version`), so a receiver can accept both while it switches.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from pdfqueue import keys
from pdfqueue.api.deps import AnyCaller, Db
from pdfqueue.api.responses import AUTHENTICATED
from pdfqueue.pipeline import webhooks

router = APIRouter(prefix="/api/webhooks", tags=["webhooks"], responses=AUTHENTICATED)

_NO_STORE = {"Cache-Control": "no-store"}  # a secret must not linger in caches


def _body(owner: str, version: int, request: Request) -> dict[str, Any]:
    return {
        "secret": keys.webhook_secret(owner, version, request.app.state.settings),
        "version": version,
        "algorithm": "HMAC-SHA256 of the raw body, keyed with the secret's UTF-8 bytes",
        "signature_header": webhooks.SIGNATURE_HEADER,
        "version_header": webhooks.KEY_VERSION_HEADER,
    }


@router.get("/secret", summary="Your webhook signing secret")
def read_secret(request: Request, claims: AnyCaller, conn: Db) -> JSONResponse:
    """The secret that signs deliveries of your documents' callbacks, and its version."""
    version = webhooks.key_version(conn, claims.sub)
    return JSONResponse(_body(claims.sub, version, request), headers=_NO_STORE)


@router.post("/secret/rotate", summary="Rotate your webhook signing secret")
def rotate_secret(request: Request, claims: AnyCaller, conn: Db) -> JSONResponse:
    """A new secret; deliveries sent from now on are signed with it (the old one stops)."""
    version = webhooks.rotate_key(conn, claims.sub)
    return JSONResponse(_body(claims.sub, version, request), headers=_NO_STORE)
