"""Helpers of the API tests: a real uvicorn server in a thread, clients with tokens per role."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import psycopg
import uvicorn
from fastapi import FastAPI

from arrange import make_document
from pdfqueue.auth import mint_token
from pdfqueue.config import Settings

START_TIMEOUT_SECONDS = 20


@dataclass
class RunningApi:
    app: FastAPI
    url: str
    settings: Settings

    def token(self, role: str = "user", sub: str = "alice") -> str:
        return mint_token(role, sub, settings=self.settings)  # type: ignore[arg-type]

    def client(self, role: str | None = "user", sub: str = "alice", **kw: Any) -> httpx.Client:
        headers = {} if role is None else {"Authorization": f"Bearer {self.token(role, sub)}"}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30, **kw)


def run_server(app: FastAPI) -> Iterator[str]:
    """Serve `app` with uvicorn in a thread; yields its base URL."""
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=0,
        log_level="warning",
        lifespan="on",
        timeout_graceful_shutdown=2,  # open event streams must not hold the shutdown
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="uvicorn-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the API server did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)


def insert_document(
    conn: psycopg.Connection, owner: str, *, status: str = "processing", **columns: Any
) -> Any:
    """A document row arranged directly (as the schema owner) for read tests."""
    columns.setdefault("filename", f"{owner}.pdf")
    columns.setdefault("content_sha256", "0" * 64)
    return make_document(conn, owner=owner, status=status, **columns)
