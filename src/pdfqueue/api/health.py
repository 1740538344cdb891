"""Liveness and readiness, the only routes without a token.

/healthz says the process answers (no database involved, so an orchestrator does not restart
API processes when the database blips); /readyz says requests can be served: the database is
reachable and its schema is the one this pdfqueue expects.

/readyz is open to anyone, so it must be cheap and say little: it borrows a pooled connection
(never opens one per call), its answer is cached for READY_CACHE_SECONDS so a flood of probes
costs one query per interval, and a database failure reads "database unavailable" without the
driver's text (which names the host, port and database); the details go to the log.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import anyio
import psycopg
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse
from psycopg_pool import PoolTimeout

from pdfqueue.api.errors import error_body
from pdfqueue.db.migrate import latest_version
from pdfqueue.db.named_sql import statement

log = logging.getLogger(__name__)

router = APIRouter(tags=["health"])

READY_CACHE_SECONDS = 2.0  # one database check per interval, whatever the probe rate
READY_TIMEOUT_SECONDS = 2.0  # waiting for a pooled connection
UNAVAILABLE = "database unavailable"


@router.get("/healthz", summary="Process alive")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", summary="Database reachable and migrated")
async def readyz(request: Request) -> Any:
    app = request.app
    cached = getattr(app.state, "ready_cache", None)
    if cached is None or cached[0] <= time.monotonic():
        lock = _lock(app)
        async with lock:
            cached = getattr(app.state, "ready_cache", None)
            if cached is None or cached[0] <= time.monotonic():
                answer = await _check(app)
                cached = (time.monotonic() + READY_CACHE_SECONDS, *answer)
                app.state.ready_cache = cached
    _, status, body = cached
    listening = app.state.listener.connected.is_set()
    if status == 200:
        return {**body, "listener": "connected" if listening else "reconnecting"}
    return JSONResponse(body, status_code=status, headers={"Retry-After": "5"})


def _lock(app: FastAPI) -> anyio.Lock:
    lock = getattr(app.state, "ready_lock", None)
    if lock is None:
        lock = app.state.ready_lock = anyio.Lock()
    return lock


async def _check(app: FastAPI) -> tuple[int, dict[str, Any]]:
    try:
        async with app.state.pool.connection(timeout=READY_TIMEOUT_SECONDS) as conn:
            # Two statements: the second names a table that an empty database lacks.
            cur = await conn.execute(statement("pdfqueue.db", "has_migrations"))
            row = await cur.fetchone()
            if row and row[0]:
                cur = await conn.execute(statement("pdfqueue.db", "schema_version"))
                row = await cur.fetchone()
            else:
                row = (0,)
    except (psycopg.Error, PoolTimeout, OSError) as exc:
        log.warning("readiness: the database is unavailable (%s)", exc)
        return 503, error_body("not_ready", UNAVAILABLE)
    version, known = int(row[0]) if row else 0, latest_version()
    if version < known:
        message = "Migrations are pending; run `pdfqueue migrate`."
        return 503, error_body("not_ready", message)
    if version > known:
        message = "The database was migrated by a newer pdfqueue; upgrade this one."
        return 503, error_body("not_ready", message)
    return 200, {"status": "ready"}
