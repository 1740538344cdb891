"""Which database to use, and connections whose failures read as one clear sentence."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from pdfqueue.config import Settings, get_settings
from pdfqueue.db import server
from pdfqueue.errors import ConfigurationError, DatabaseUnavailable

CONNECT_TIMEOUT_SECONDS = 5


LOGIN_ROLE = "pdfqueue_login"  # made by migration 0072: a member of pdfqueue_app, owns nothing


def owner_url(settings: Settings | None = None) -> str:
    """The schema owner's URL: PDFQUEUE_DATABASE_URL, or the embedded server's superuser.
    Only migrations (and `pdfqueue up`, which migrates) use it."""
    settings = settings or get_settings()
    if settings.database_url:
        validate_url(settings.database_url)
        return settings.database_url
    return server.ensure_running(settings.data_dir)


def database_url(settings: Settings | None = None) -> str:
    """The URL the API and the workers log in with: PDFQUEUE_APP_DATABASE_URL, or the owner's
    URL with the login role `pdfqueue_login` instead of the owner (a member of pdfqueue_app and
    nothing more, so a compromised process cannot act as the owner). With the embedded server
    it connects through the server's private socket directory; an external server must let
    pdfqueue_login in (trust or peer for a local socket, else set PDFQUEUE_APP_DATABASE_URL
    with a password).

    Through PgBouncer in transaction pooling mode (PDFQUEUE_DIRECT_DATABASE_URL set) no
    session can be told to act as the service, so workers there log in as the owner, as
    before the login role existed (docs/permissions.md says so); the API still switches to
    pdfqueue_app with the caller's claims in every transaction."""
    settings = settings or get_settings()
    if settings.app_database_url:
        validate_url(settings.app_database_url)
        return settings.app_database_url
    owner = owner_url(settings)
    if is_pooled(owner, settings):
        return owner
    return make_conninfo(owner, user=LOGIN_ROLE)


def is_pooled(url: str, settings: Settings | None = None) -> bool:
    """Whether `url` goes through a transaction pooler (PgBouncer): PDFQUEUE_DIRECT_DATABASE_URL
    is set and `url` is not it. Such connections get no prepared statements and no session
    state, since each transaction may run on another server connection."""
    settings = settings or get_settings()
    direct = settings.direct_database_url
    return bool(direct) and url != direct


def session_url(url: str, settings: Settings | None = None) -> str:
    """The URL for a connection that needs a session of its own (LISTEN, an advisory lock held
    across transactions, migrations): the direct one when `url` goes through a pooler."""
    settings = settings or get_settings()
    if is_pooled(url, settings):
        assert settings.direct_database_url is not None
        validate_url(settings.direct_database_url)
        return settings.direct_database_url
    return url


def pool_safe_kwargs(url: str, settings: Settings | None = None) -> dict[str, Any]:
    """Connection options for `url`: through PgBouncer in transaction mode, psycopg must not
    prepare statements (a prepared statement lives in one server session, and the next
    transaction may run in another)."""
    return {"prepare_threshold": None} if is_pooled(url, settings) else {}


def validate_url(url: str) -> dict[str, Any]:
    """Parse a PostgreSQL URL, or say in one sentence why it is not one."""
    if not url.startswith(("postgresql://", "postgres://")) and "=" not in url:
        raise ConfigurationError(
            f"PDFQUEUE_DATABASE_URL {url!r} is not a PostgreSQL URL; "
            "use the form postgresql://user:password@host:5432/dbname."
        )
    try:
        return conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        raise ConfigurationError(
            f"PDFQUEUE_DATABASE_URL is malformed ({_first_line(exc)}); "
            "use the form postgresql://user:password@host:5432/dbname."
        ) from None


def describe_url(url: str) -> str:
    """host:port/dbname of a URL, without its password, for messages and logs."""
    try:
        info = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "<malformed URL>"
    host = info.get("host") or "localhost"
    where = "embedded server" if str(host).startswith("/") else f"{host}:{info.get('port') or 5432}"
    return f"{where}/{info.get('dbname') or info.get('user') or ''}"


def connect(url: str, **kwargs: Any) -> psycopg.Connection:
    """A connection as the URL's user, with unreachable servers explained."""
    kwargs.setdefault("connect_timeout", CONNECT_TIMEOUT_SECONDS)
    kwargs = {**pool_safe_kwargs(url), **kwargs}
    try:
        return psycopg.connect(url, **kwargs)
    except psycopg.OperationalError as exc:
        raise unavailable(url, exc) from None


def unavailable(url: str, exc: BaseException) -> DatabaseUnavailable:
    """Turn a driver error into the sentence a person can act on."""
    return DatabaseUnavailable(
        f"Cannot connect to PostgreSQL at {describe_url(url)} ({_first_line(exc)}); "
        "check that the server is running and that PDFQUEUE_DATABASE_URL is right."
    )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0].removeprefix("connection failed: ")
