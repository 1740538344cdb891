"""Bearer tokens: HS256 JWTs with `sub` and `role`, and the claims handed to PostgreSQL.

The roles are those of docs/architecture.md: `admin` reads everything, `service` runs the pipeline,
`user` sees only its own documents. Row-level security in the database enforces the same.
"""

from __future__ import annotations

import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import jwt

from pdfqueue.config import Settings, get_settings
from pdfqueue.errors import ConfigurationError, PdfqueueError

Role = Literal["admin", "service", "user"]
ROLES: tuple[Role, ...] = ("admin", "service", "user")
ALGORITHM = "HS256"
SECRET_FILE = "jwt_secret"
EVENTS_SCOPE = "events"  # a token that only opens one document's event stream
EVENTS_TOKEN_TTL_SECONDS = 300  # long enough to open (and reopen) a stream, short in a log
MIN_SECRET_BYTES = 32  # shorter secrets are refused: brute-forcing an HS256 key must not pay


class InvalidToken(PdfqueueError):
    """The bearer token is missing, malformed, expired, or signed with another secret."""


@dataclass(frozen=True)
class Claims:
    sub: str
    role: Role
    exp: int | None = None
    # Set on a narrowed token: `scope` says what it may open, `document_id` which document.
    scope: str | None = None
    document_id: str | None = None

    def as_db_claims(self) -> dict[str, Any]:
        """What `auth.jwt()` returns inside PostgreSQL for this token."""
        claims: dict[str, Any] = {"sub": self.sub, "role": self.role}
        if self.exp is not None:
            claims["exp"] = self.exp
        return claims


def jwt_secret(settings: Settings | None = None) -> str:
    """PDFQUEUE_JWT_SECRET, or a dev secret generated once in the data directory."""
    settings = settings or get_settings()
    if settings.jwt_secret is not None:
        return long_enough(settings.jwt_secret.get_secret_value(), "PDFQUEUE_JWT_SECRET")
    path = settings.data_dir / SECRET_FILE
    return long_enough(_dev_secret(path), f"The dev secret in {path}")


def long_enough(value: str, name: str) -> str:
    """The secret if it has at least MIN_SECRET_BYTES, else ConfigurationError saying how to
    make one. Every other key is derived from the JWT secret (pdfqueue.keys), so the dev secret
    file is held to it too (an empty or hand-edited file must not sign admin tokens)."""
    if len(value.encode()) < MIN_SECRET_BYTES:
        raise ConfigurationError(
            f"{name} is shorter than {MIN_SECRET_BYTES} bytes; use a long random value "
            "(python -c 'import secrets; print(secrets.token_urlsafe(48))')."
        )
    return value


def _dev_secret(path: Path) -> str:
    if path.exists():
        return path.read_text().strip()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first
        for _ in range(50):
            value = path.read_text().strip()
            if value:
                return value
            time.sleep(0.01)
        return path.read_text().strip()
    except OSError as exc:
        raise ConfigurationError(
            f"Cannot create the dev JWT secret in {path.parent} ({exc.strerror}); "
            "set PDFQUEUE_JWT_SECRET or fix PDFQUEUE_DATA_DIR's permissions."
        ) from None
    value = secrets.token_urlsafe(48)
    with os.fdopen(fd, "w") as handle:
        handle.write(value)
    return value


def mint_token(
    role: Role, sub: str, *, ttl_seconds: int | None = None, settings: Settings | None = None
) -> str:
    """A signed token for `sub` acting as `role`."""
    settings = settings or get_settings()
    if role not in ROLES:
        raise ConfigurationError(f"Unknown role {role!r}; choose one of {', '.join(ROLES)}.")
    now = int(time.time())
    ttl = settings.token_ttl_seconds if ttl_seconds is None else ttl_seconds
    if ttl > settings.max_token_ttl_seconds:
        raise ConfigurationError(
            f"A token may live at most {settings.max_token_ttl_seconds} s "
            f"(PDFQUEUE_MAX_TOKEN_TTL_SECONDS); ask for a shorter --ttl."
        )
    payload = {"sub": sub, "role": role, "iat": now, "exp": now + ttl}
    return jwt.encode(payload, jwt_secret(settings), algorithm=ALGORITHM)


def mint_events_token(
    claims: Claims,
    document_id: str,
    *,
    ttl_seconds: int = EVENTS_TOKEN_TTL_SECONDS,
    settings: Settings | None = None,
) -> str:
    """A token that opens only `document_id`'s event stream, for `claims`' subject and role.

    A browser's EventSource cannot send an Authorization header, so the token travels in the
    URL, where proxies and histories keep it: hence its narrow scope and short life.
    """
    now = int(time.time())
    payload = {
        "sub": claims.sub,
        "role": claims.role,
        "iat": now,
        "exp": now + ttl_seconds,
        "scope": EVENTS_SCOPE,
        "doc": document_id,
    }
    return jwt.encode(payload, jwt_secret(settings), algorithm=ALGORITHM)


def verify_token(
    token: str, settings: Settings | None = None, *, scope: str | None = None
) -> Claims:
    """The claims of a valid token, or InvalidToken saying what is wrong with it.

    A narrowed token (one with a `scope`) is valid only where that scope is asked for, so a
    token that leaked from a URL opens nothing else: not the API, not the dashboard.
    """
    settings = settings or get_settings()
    try:
        payload = jwt.decode(
            token,
            jwt_secret(settings),
            algorithms=[ALGORITHM],
            options={"require": ["sub", "role", "exp"]},
        )
    except jwt.ExpiredSignatureError:
        raise InvalidToken("The token has expired; mint a new one with `pdfqueue token`.") from None
    except jwt.InvalidTokenError as exc:
        raise InvalidToken(f"The token is not valid ({exc}).") from None
    role = payload.get("role")
    if role not in ROLES:
        raise InvalidToken(f"The token's role {role!r} is not one of {', '.join(ROLES)}.")
    sub = payload.get("sub")
    if not isinstance(sub, str) or not sub:
        raise InvalidToken("The token has no subject (`sub`).")
    exp = payload.get("exp")
    # A leaked token must not work for years: whoever minted it, its lifetime is capped.
    if isinstance(exp, (int, float)) and exp - time.time() > settings.max_token_ttl_seconds + 60:
        raise InvalidToken(
            "The token lives longer than PDFQUEUE_MAX_TOKEN_TTL_SECONDS allows; mint a "
            "shorter-lived one."
        )
    if payload.get("scope") != scope:
        if scope is None:
            raise InvalidToken(
                f"This token only opens one document's event stream (scope "
                f"{payload.get('scope')!r}); use a token minted by `pdfqueue token`."
            )
        raise InvalidToken(f"This is not a token for {scope}; get one for it.")
    document_id = payload.get("doc")
    return Claims(
        sub=sub,
        role=role,
        exp=exp,
        scope=scope,
        document_id=document_id if isinstance(document_id, str) else None,
    )
