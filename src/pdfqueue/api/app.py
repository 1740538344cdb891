"""The FastAPI application: documents, live events, search, admin, metrics, health.

One process holds an async pool (requests' claims are set per transaction), a synchronous pool
for the shared libraries the routes call in worker threads, and one LISTEN connection that
every SSE client shares. It mounts the dashboard's router under /admin.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI
from psycopg_pool import ConnectionPool

from pdfqueue import __version__, keys
from pdfqueue.api import (
    admin,
    docs,
    documents,
    errors,
    events,
    health,
    metrics,
    search,
    webhook_keys,
)
from pdfqueue.api.body_limit import BodyLimit
from pdfqueue.api.limits import StreamSlots
from pdfqueue.api.security_headers import SecurityHeaders
from pdfqueue.config import Settings, get_settings
from pdfqueue.db.channels import JOBS_CHANNEL, PROGRESS_CHANNEL
from pdfqueue.db.connect import database_url, pool_safe_kwargs, session_url
from pdfqueue.db.listener import Listener
from pdfqueue.db.pools import open_async_pool
from pdfqueue.storage import open_store

log = logging.getLogger(__name__)

SYNC_POOL_SIZE = 16  # connections for routes running in worker threads
ASYNC_POOL_SIZE = 4  # the dashboard's async reads
LISTEN_CHANNELS = (PROGRESS_CHANNEL, JOBS_CHANNEL)  # documents' progress; queue activity

DESCRIPTION = """
Upload a PDF (`POST /api/documents`), follow its progress live
(`GET /api/documents/{id}/events`), then read its pages, chunks and products, or search them
(`GET /api/products?q=`).

**Authentication.** Every route except `/healthz` and `/readyz` needs
`Authorization: Bearer <token>` (mint one with `pdfqueue token`). Users see only their own
documents; admins see everything.

**Errors** answer `{"error": {"code": "...", "message": "..."}}`, the message a sentence that
says what to do.

**Lists** answer `{"items", "total", "limit", "offset", "next"}`; `limit` is at most 500.
Timestamps are RFC 3339 in UTC (`2026-12-05T05:35:40.123456Z`).
"""


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    keys.check_settings(settings)  # refuse to serve with a short secret
    url = await anyio.to_thread.run_sync(database_url, settings)
    app.state.db_url = url
    app.state.store = open_store(settings)
    app.state.sync_pool = ConnectionPool(
        url,
        min_size=2,
        max_size=SYNC_POOL_SIZE,
        name="pdfqueue-api",
        kwargs={"connect_timeout": 5, "application_name": "pdfqueue-api", **pool_safe_kwargs(url)},
        check=ConnectionPool.check_connection,
        open=False,
        reconnect_timeout=300,
    )
    app.state.sync_pool.open(wait=False)
    app.state.pool = await open_async_pool(url, acting="claims", max_size=ASYNC_POOL_SIZE)
    app.state.listener = Listener(session_url(url), LISTEN_CHANNELS)
    await app.state.listener.start()
    app.state.shared_reads = events.SharedReads(app.state.sync_pool, app.state.listener)
    app.state.stream_slots = StreamSlots(settings.max_event_streams_per_user)
    try:
        yield
    finally:
        await app.state.listener.stop()
        await app.state.pool.close()
        await anyio.to_thread.run_sync(app.state.sync_pool.close)


def create_app(settings: Settings | None = None) -> FastAPI:
    """The API application; its lifespan opens the pools and the listener."""
    app = FastAPI(
        title="pdfqueue",
        summary="Asynchronous PDF ingestion with live progress",
        description=DESCRIPTION,
        version=__version__,
        lifespan=lifespan,
        docs_url=None,  # FastAPI's pages load from a CDN; docs.install serves local ones
        redoc_url=None,
    )
    docs.install(app)
    app.state.settings = settings or get_settings()
    errors.install(app)
    app.add_middleware(BodyLimit, limit_bytes=app.state.settings.max_request_body_kb * 1024)
    app.add_middleware(SecurityHeaders)
    app.include_router(health.router)
    app.include_router(documents.router)
    app.include_router(events.router)
    app.include_router(search.router)
    app.include_router(admin.router)
    app.include_router(metrics.router)
    app.include_router(webhook_keys.router)
    try:
        from pdfqueue.dashboard.routes import router as dashboard_router
    except ImportError:
        log.info("dashboard not installed; /admin is not served")
    else:
        app.include_router(dashboard_router)
    return app


def serve(settings: Settings | None = None) -> None:
    """Run the API in this process with uvicorn until interrupted."""
    import uvicorn

    settings = settings or get_settings()
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level.lower(),
        proxy_headers=True,
        timeout_graceful_shutdown=5,
    )
