"""The dashboard's sign-in session: an admin token kept in a cookie, and the CSRF token of forms.

An operator pastes a token into the sign-in form once; the browser then keeps it in an
HttpOnly, SameSite=Strict cookie, so page scripts cannot read it and other sites cannot make the
browser send it. A token never appears in a URL (URLs end up in logs and histories).
SameSite=Strict already stops cross-site form posts; actions also carry a CSRF token derived
from the session (an HMAC of the cookie), which costs one hidden field and closes the gap left
by browsers that ignore SameSite.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import time
from dataclasses import dataclass

from fastapi import Request, Response

from pdfqueue import keys
from pdfqueue.auth import Claims, InvalidToken, verify_token
from pdfqueue.config import Settings

COOKIE_NAME = "pdfqueue_admin"
COOKIE_PATH = "/admin"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


# Why a session ended, as the fixed codes the sign-in page accepts in `?reason=`: the page shows
# only these sentences of ours, never text from the URL (which anyone can put in a link).
REASONS = {
    "expired": "Your session ended: the token has expired; sign in again.",
    "invalid": "Your session ended: the token is no longer valid; sign in again.",
    "not_admin": "This session's token is not an admin token; sign in again.",
}


class NotSignedIn(Exception):
    """No cookie, or one whose token is no longer valid; `code` (a key of REASONS) is for the
    sign-in page, `reason` is the sentence for JSON answers."""

    def __init__(self, code: str | None = None, reason: str | None = None) -> None:
        super().__init__(reason or "")
        self.code = code
        self.reason = reason or REASONS.get(code or "")


class NotAdmin(Exception):
    """A valid token whose role is not admin."""

    def __init__(self, claims: Claims) -> None:
        super().__init__(claims.role)
        self.claims = claims


@dataclass(frozen=True)
class Session:
    """Who is signed in, with the token their requests act with."""

    claims: Claims
    token: str
    csrf: str


def admin_claims(token: str, settings: Settings | None) -> Claims:
    """The claims of an admin token; InvalidToken or NotAdmin otherwise."""
    claims = verify_token(token.strip(), settings)
    if claims.role != "admin":
        raise NotAdmin(claims)
    return claims


def current(request: Request, settings: Settings | None) -> Session:
    """The signed-in admin of this request, or NotSignedIn saying why there is none."""
    token = request.cookies.get(COOKIE_NAME)
    if not token:
        raise NotSignedIn()
    try:
        claims = admin_claims(token, settings)
    except InvalidToken as exc:
        code = "expired" if "expired" in str(exc) else "invalid"
        raise NotSignedIn(code, f"Your session ended: {exc}") from None
    except NotAdmin:
        raise NotSignedIn("not_admin") from None
    return Session(claims=claims, token=token, csrf=csrf_token(token, settings))


def csrf_token(token: str, settings: Settings | None) -> str:
    """A per-session value forms echo back; derived, so nothing needs storing (its key is the
    dashboard's own, derived from the master secret: never the JWT key itself)."""
    key = keys.derive("dashboard-csrf", settings)
    return hmac.new(key, b"dashboard-csrf:" + token.encode(), hashlib.sha256).hexdigest()[:32]


def csrf_ok(session: Session, presented: str | None) -> bool:
    return presented is not None and hmac.compare_digest(session.csrf, presented)


def remember(response: Response, request: Request, token: str, claims: Claims) -> None:
    """Keep the token in the cookie until the token itself expires."""
    max_age = None if claims.exp is None else max(0, claims.exp - int(time.time()))
    response.set_cookie(
        COOKIE_NAME,
        token.strip(),
        max_age=max_age,
        path=COOKIE_PATH,
        httponly=True,
        samesite="strict",
        secure=secure_cookie(request),
    )


def forget(response: Response, request: Request) -> None:
    response.delete_cookie(
        COOKIE_NAME,
        path=COOKIE_PATH,
        httponly=True,
        samesite="strict",
        secure=secure_cookie(request),
    )


def secure_cookie(request: Request) -> bool:
    """Secure unless the browser talks plain http to this machine itself.

    Keying it on the scheme alone left the cookie without Secure behind a TLS proxy that does
    not send X-Forwarded-Proto; only a loopback host (a developer's own browser) is exempt."""
    return request.url.scheme == "https" or not _is_loopback(request.url.hostname or "")


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
