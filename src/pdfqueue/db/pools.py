"""Connection pools, and the role and JWT claims a connection acts with.

Row-level security decides what a connection sees: `set_claims()` switches the current
transaction to the non-owner role `pdfqueue_app` and hands PostgreSQL the claims that
`auth.jwt()` reads. Worker pools do the same once per connection, with the service's claims.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal

import psycopg
from psycopg_pool import AsyncConnectionPool, ConnectionPool

from pdfqueue.db.connect import is_pooled, pool_safe_kwargs
from pdfqueue.db.named_sql import statement

APP_ROLE = "pdfqueue_app"
SERVICE_CLAIMS: Mapping[str, str] = {"role": "service", "sub": "pdfqueue-service"}

Acting = Literal["owner", "service"]


def _sql(name: str) -> str:
    """A statement of db/queries.sql, acting as APP_ROLE where it names a role."""
    return statement("pdfqueue.db", name, role=APP_ROLE)


def _service_claims() -> dict[str, str]:
    return {"claims": json.dumps(dict(SERVICE_CLAIMS))}


def _configure_service(conn: psycopg.Connection) -> None:
    conn.execute(_sql("act_as_app_role"))
    conn.execute(_sql("set_session_claims"), _service_claims())
    if not conn.autocommit:
        conn.commit()


async def _configure_service_async(conn: psycopg.AsyncConnection) -> None:
    await conn.execute(_sql("act_as_app_role"))
    await conn.execute(_sql("set_session_claims"), _service_claims())
    if not conn.autocommit:
        await conn.commit()


def configure_service(conn: psycopg.Connection) -> None:
    """Make a whole session act as the service role (for connections outside a pool)."""
    _configure_service(conn)


def open_pool(
    url: str,
    *,
    acting: Acting = "service",
    min_size: int = 1,
    max_size: int = 4,
    name: str = "pdfqueue",
    **kwargs: Any,
) -> ConnectionPool:
    """A pool whose connections act as the schema owner or as the service role (RLS applies).

    Through PgBouncer in transaction pooling mode a session-wide role cannot be set (the next
    transaction may run on another server connection, and the role would leak to whoever gets
    this one), so there service connections act as the schema owner, whose credentials the
    worker holds anyway; the service's policies allow it everything too.
    """
    service = acting == "service" and not is_pooled(url)
    return ConnectionPool(
        url,
        min_size=min_size,
        max_size=max_size,
        name=name,
        configure=_configure_service if service else None,
        kwargs={"connect_timeout": 5, **pool_safe_kwargs(url), **kwargs},
        open=True,
        reconnect_timeout=300,
    )


async def open_async_pool(
    url: str,
    *,
    acting: Acting | Literal["claims"] = "claims",
    min_size: int = 1,
    max_size: int = 10,
    name: str = "pdfqueue-async",
    **kwargs: Any,
) -> AsyncConnectionPool:
    """An async pool. With acting="claims", each transaction sets its own claims (set_claims,
    transaction-scoped: safe through PgBouncer in transaction pooling mode)."""
    service = acting == "service" and not is_pooled(url)
    pool = AsyncConnectionPool(
        url,
        min_size=min_size,
        max_size=max_size,
        name=name,
        configure=_configure_service_async if service else None,
        kwargs={"connect_timeout": 5, **pool_safe_kwargs(url), **kwargs},
        open=False,
        reconnect_timeout=300,
    )
    await pool.open(wait=False)
    return pool


def set_claims(conn: psycopg.Connection, claims: Mapping[str, Any]) -> None:
    """Inside a transaction: act as `pdfqueue_app` with these JWT claims until it ends."""
    conn.execute(_sql("act_as_app_role_locally"))
    conn.execute(_sql("set_transaction_claims"), {"claims": json.dumps(dict(claims))})


async def set_claims_async(conn: psycopg.AsyncConnection, claims: Mapping[str, Any]) -> None:
    """The async twin of `set_claims`."""
    await conn.execute(_sql("act_as_app_role_locally"))
    await conn.execute(_sql("set_transaction_claims"), {"claims": json.dumps(dict(claims))})
