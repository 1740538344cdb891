"""Live progress of a document as Server-Sent Events.

The first event is the document's current state; after that, one event per progress change,
read again under the caller's claims shortly after the change commits. The stream ends once the
document reaches a terminal state. Clients share the process's single LISTEN connection
(`app.state.listener`); an event borrows a pooled connection only for the moment of its read.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any
from uuid import UUID

import anyio.to_thread
import psycopg
from fastapi import APIRouter, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import StreamingResponse
from psycopg_pool import PoolTimeout

from pdfqueue.api.deps import AnyCaller, transaction
from pdfqueue.api.documents import TERMINAL, read_state, visible_document
from pdfqueue.api.errors import DATABASE_DOWN, ApiError, error_body
from pdfqueue.auth import Claims

router = APIRouter(prefix="/api/documents", tags=["documents"])

PROGRESS_CHANNEL = "pdfqueue_progress"
KEEPALIVE_SECONDS = 15.0  # a comment line this often keeps proxies from closing the stream
RECHECK_SECONDS = 60.0  # re-read the state this often anyway, in case a notification was lost


def _state(request: Request, claims: Claims, document_id: UUID) -> dict[str, Any]:
    with transaction(request.app.state.sync_pool, claims) as conn:
        document = visible_document(conn, document_id)
        return jsonable_encoder({**document, **read_state(conn, document_id)})


def _concerns(payload: str, document_id: str) -> bool:
    try:
        return str(json.loads(payload).get("document_id")) == document_id
    except (ValueError, AttributeError):
        return True  # an unreadable payload: re-reading costs little, missing one costs more


def format_event(event: str, data: dict[str, Any], event_id: int) -> bytes:
    return f"id: {event_id}\nevent: {event}\ndata: {json.dumps(data)}\n\n".encode()


@router.get(
    "/{document_id}/events",
    summary="Live progress (Server-Sent Events)",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}}},
)
async def document_events(document_id: UUID, request: Request, claims: AnyCaller) -> Any:
    """`event: progress` with the document's state now and after every change; the stream
    closes after the event that shows a terminal status (completed, completed_with_errors,
    failed, cancelled)."""
    # 404 before the stream starts, so a client sees the error as an HTTP status.
    first = await anyio.to_thread.run_sync(_state, request, claims, document_id)
    return StreamingResponse(
        _stream(request, claims, document_id, first),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


async def _stream(
    request: Request, claims: Claims, document_id: UUID, first: dict[str, Any]
) -> AsyncIterator[bytes]:
    listener = request.app.state.listener
    wanted = str(document_id)
    async with listener.subscribe([PROGRESS_CHANNEL]) as notes:
        # Subscribed before the second read, so no change between the two can be missed.
        state = await anyio.to_thread.run_sync(_state, request, claims, document_id)
        if state["progress"] < first["progress"]:
            state = first
        event_id = 1
        yield format_event("progress", state, event_id)
        last = state
        loop = asyncio.get_running_loop()
        quiet_since = loop.time()
        while last["status"] not in TERMINAL:
            try:
                note = await asyncio.wait_for(anext(notes), KEEPALIVE_SECONDS)
            except TimeoutError:
                if await request.is_disconnected():
                    return
                yield b": keep-alive\n\n"
                if loop.time() - quiet_since < RECHECK_SECONDS:
                    continue
                note = None
            burst = [note, *notes.pending()] if note is not None else []
            if note is not None and not any(
                n.resync or _concerns(n.payload, wanted) for n in burst
            ):
                continue
            quiet_since = loop.time()
            try:
                state = await anyio.to_thread.run_sync(_state, request, claims, document_id)
            except ApiError as exc:  # deleted meanwhile
                yield format_event("error", error_body(exc.code, exc.message), event_id + 1)
                return
            except (psycopg.OperationalError, PoolTimeout):
                body = error_body("database_unavailable", DATABASE_DOWN)
                yield format_event("error", body, event_id + 1)
                return
            if _changed(last, state):
                event_id += 1
                yield format_event("progress", state, event_id)
                last = state


def _changed(before: dict[str, Any], after: dict[str, Any]) -> bool:
    keys = ("status", "progress", "current_stage", "stages", "errors", "eta_seconds", "eta")
    return any(before.get(k) != after.get(k) for k in keys)
