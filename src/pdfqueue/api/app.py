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

from pdfqueue.api import admin, documents, errors, events, health, metrics, search
from pdfqueue.config import Settings, get_settings
from pdfqueue.db.connect import database_url, pool_safe_kwargs, session_url
from pdfqueue.db.listener import Listener
from pdfqueue.db.pools import open_async_pool
from pdfqueue.storage import BlobStore

log = logging.getLogger(__name__)

SYNC_POOL_SIZE = 16  # connections for routes running in worker threads
ASYNC_POOL_SIZE = 4  # the dashboard's async reads
LISTEN_CHANNELS = ("pdfqueue_progress", "pdfqueue_jobs")  # documents' progress; queue activity


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    url = await anyio.to_thread.run_sync(database_url, settings)
    app.state.db_url = url
    app.state.store = BlobStore.from_settings(settings)
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
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings or get_settings()
    errors.install(app)
    app.include_router(health.router)
    app.include_router(documents.router)
    app.include_router(events.router)
    app.include_router(search.router)
    app.include_router(admin.router)
    app.include_router(metrics.router)
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
