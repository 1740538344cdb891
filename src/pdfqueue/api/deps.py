"""Request dependencies: who is calling (bearer JWT → Claims) and a database connection
whose transaction acts with the caller's claims.

Every database access of a request runs as the non-owner role `pdfqueue_app` with the
request's JWT claims, so row-level security decides what it sees: a route that forgets a
filter still cannot leak another user's rows. Routes whose write goes beyond what the caller's
role may do (a user's upload enqueues jobs, a user cancels its document, an admin retries a
job) first read the row under the caller's claims, then call `act_as_service` on the same
transaction.

The shared libraries (queue, progress, pipeline) are synchronous, like the workers that use
them, so requests borrow synchronous connections and FastAPI runs those routes in its thread
pool; `app.state.pool` (async) serves the dashboard and the SSE stream's cheap reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import psycopg
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from pdfqueue.api.errors import ApiError
from pdfqueue.auth import Claims, InvalidToken, Role, verify_token
from pdfqueue.db.named_sql import statement
from pdfqueue.db.pools import SERVICE_CLAIMS, set_claims

POOL_TIMEOUT_SECONDS = 5.0  # a request waits this long for a connection before answering 503

_bearer = HTTPBearer(auto_error=False, description="A token minted by `pdfqueue token`.")
_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="pdfqueue"'}


def current_claims(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Claims:
    """The verified claims of the request's bearer token; 401 without a valid one."""
    if credentials is None:
        raise ApiError(
            401,
            "This route needs a bearer token (Authorization: Bearer <token>); "
            "mint one with `pdfqueue token`.",
            headers=_CHALLENGE,
        )
    return verified(credentials.credentials, request)


_INVALID = {"WWW-Authenticate": 'Bearer realm="pdfqueue", error="invalid_token"'}


def verified(token: str, request: Request, scope: str | None = None) -> Claims:
    """The claims of a token signed by this server (narrowed to `scope`, if given); 401
    saying what is wrong otherwise."""
    try:
        return verify_token(token, request.app.state.settings, scope=scope)
    except InvalidToken as exc:
        raise ApiError(401, str(exc), code="invalid_token", headers=_INVALID) from None


def require_roles(*roles: Role) -> Any:
    """A dependency admitting only tokens whose role is one of `roles` (403 otherwise)."""

    def check(claims: Annotated[Claims, Depends(current_claims)]) -> Claims:
        if claims.role not in roles:
            raise ApiError(
                403,
                f"This route needs the role {' or '.join(roles)}; your token's role is "
                f"{claims.role}.",
            )
        return claims

    return Depends(check)


AnyCaller = Annotated[Claims, require_roles("user", "admin", "service")]
Admin = Annotated[Claims, require_roles("admin")]
Operator = Annotated[Claims, require_roles("admin", "service")]


def sync_pool(request: Request) -> ConnectionPool:
    return request.app.state.sync_pool


@contextmanager
def transaction(pool: ConnectionPool, claims: Claims) -> Iterator[psycopg.Connection]:
    """A connection in a transaction acting as `pdfqueue_app` with `claims`; commits on success."""
    with pool.connection(timeout=POOL_TIMEOUT_SECONDS) as conn, conn.transaction():
        set_claims(conn, claims.as_db_claims())
        yield conn


def db(request: Request, claims: AnyCaller) -> Iterator[psycopg.Connection]:
    """The request's database transaction, acting with the caller's claims."""
    with transaction(sync_pool(request), claims) as conn:
        yield conn


# scope="function": the transaction commits before the response is sent, so a 2xx means done.
Db = Annotated[psycopg.Connection, Depends(db, scope="function")]


def sql(name: str) -> str:
    """A statement of api/queries.sql, the API's SQL."""
    return statement("pdfqueue.api", name)


def dict_cursor(conn: psycopg.Connection) -> psycopg.Cursor[dict[str, Any]]:
    """A cursor yielding dicts; the connection itself keeps tuple rows for the shared libraries."""
    return conn.cursor(row_factory=dict_row)


def act_as_service(conn: psycopg.Connection) -> None:
    """Switch the current transaction to the service's claims.

    Only after the route proved, under the caller's own claims, that the caller may act on the
    rows it is about to change.
    """
    set_claims(conn, SERVICE_CLAIMS)
