"""Liveness and readiness, the only routes without a token.

/healthz says the process answers (no database involved, so an orchestrator does not restart
API processes when the database blips); /readyz says requests can be served: the database is
reachable and its schema is the one this pdfqueue expects.
"""

from __future__ import annotations

from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from pdfqueue.api.errors import error_body
from pdfqueue.db.migrate import pending
from pdfqueue.errors import DatabaseUnavailable, SchemaTooNew

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Process alive")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", summary="Database reachable and migrated")
async def readyz(request: Request) -> Any:
    try:
        missing = await anyio.to_thread.run_sync(pending, request.app.state.db_url)
    except (DatabaseUnavailable, SchemaTooNew) as exc:
        return JSONResponse(error_body("not_ready", str(exc)), status_code=503)
    if missing:
        names = ", ".join(f"{m.version:04d}_{m.name}" for m in missing)
        message = f"Migrations are pending ({names}); run `pdfqueue migrate`."
        return JSONResponse(error_body("not_ready", message), status_code=503)
    listening = request.app.state.listener.connected.is_set()
    return {"status": "ready", "listener": "connected" if listening else "reconnecting"}
