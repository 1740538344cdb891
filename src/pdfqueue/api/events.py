"""Live progress of a document as Server-Sent Events.

The first event is the document's current state, read under the caller's claims (which is also
where a stream of someone else's document ends, with 404). After that, one event per progress
change, read shortly after the change commits. The stream ends once the document reaches a
terminal state.

Clients share the process's single LISTEN connection (`app.state.listener`), and the reads after
a notification are shared too: when many clients watch one document, one read of its state
serves all of those that need a state at least as new as the notification they got. An event
borrows a pooled connection only for the moment of that read.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Annotated, Any
from uuid import UUID

import anyio.to_thread
import psycopg
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from psycopg_pool import ConnectionPool, PoolTimeout
from starlette.background import BackgroundTask

from pdfqueue.api.deps import AnyCaller, current_claims, transaction, verified
from pdfqueue.api.documents import TERMINAL, read_state, visible_document
from pdfqueue.api.errors import DATABASE_DOWN, ApiError, error_body
from pdfqueue.api.limits import StreamSlot
from pdfqueue.api.responses import AUTHENTICATED, errors
from pdfqueue.api.shape import plain
from pdfqueue.auth import EVENTS_SCOPE, EVENTS_TOKEN_TTL_SECONDS, Claims, mint_events_token
from pdfqueue.db.channels import PROGRESS_CHANNEL
from pdfqueue.db.listener import Listener
from pdfqueue.db.pools import SERVICE_CLAIMS

router = APIRouter(prefix="/api/documents", tags=["documents"], responses=AUTHENTICATED)

KEEPALIVE_SECONDS = 15.0  # a comment line this often keeps proxies from closing the stream
RECHECK_SECONDS = 60.0  # re-read the state this often anyway, in case a notification was lost
EXPIRED = "Your token expired; open the stream again with a fresh token."

_SERVICE = Claims(sub=SERVICE_CLAIMS["sub"], role="service")


def _state(pool: ConnectionPool, claims: Claims, document_id: UUID) -> dict[str, Any]:
    """The document's state as `claims` may see it (404 when they may not)."""
    with transaction(pool, claims) as conn:
        document = visible_document(conn, document_id)
        return plain({**document, **read_state(conn, document_id)})


class SharedReads:
    """One state read per document per wave of notifications, shared by all its streams.

    A read started when the listener's newest notification was number S reflects every change
    notified up to S, so it serves any stream waiting for a state at least as new as S. Streams
    only get here after their own first read proved, under their claims, that they may see the
    document; these reads use the service's claims.
    """

    def __init__(self, pool: ConnectionPool, listener: Listener) -> None:
        self._pool = pool
        self._listener = listener
        self._reads: dict[UUID, tuple[int, asyncio.Future[dict[str, Any]]]] = {}
        self._watchers: Counter[UUID] = Counter()

    @contextmanager
    def watching(self, document_id: UUID) -> Iterator[None]:
        self._watchers[document_id] += 1
        try:
            yield
        finally:
            self._watchers[document_id] -= 1
            if self._watchers[document_id] <= 0:
                del self._watchers[document_id]
                self._reads.pop(document_id, None)

    async def state(self, document_id: UUID, at_least: int) -> dict[str, Any]:
        entry = self._reads.get(document_id)
        if entry is None or entry[0] < at_least:
            seq = self._listener.latest_seq
            read = asyncio.ensure_future(
                anyio.to_thread.run_sync(_state, self._pool, _SERVICE, document_id)
            )
            entry = (seq, read)
            self._reads[document_id] = entry
        # shield: a client that goes away must not cancel the read the others wait for.
        return await asyncio.shield(entry[1])


def _concerns(payload: str, document_id: str) -> bool:
    try:
        return str(json.loads(payload).get("document_id")) == document_id
    except (ValueError, AttributeError):
        return True  # an unreadable payload: re-reading costs little, missing one costs more


def format_event(event: str, data: dict[str, Any], event_id: int) -> bytes:
    return f"id: {event_id}\nevent: {event}\ndata: {json.dumps(data)}\n\n".encode()


_optional_bearer = HTTPBearer(auto_error=False)


def stream_claims(
    document_id: UUID,
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_optional_bearer)],
    token: Annotated[
        str | None,
        Query(
            description="For browsers (EventSource cannot send headers): a token from "
            "POST /api/documents/{document_id}/events-token, valid for this stream only."
        ),
    ] = None,
) -> Claims:
    """The caller of a stream: a bearer token as everywhere, or a `?token=` narrowed to it."""
    if credentials is not None or token is None:
        return current_claims(request, credentials)
    claims = verified(token, request, scope=EVENTS_SCOPE)
    if claims.document_id != str(document_id):
        raise ApiError(
            401,
            "A token in the URL opens only the event stream of the document it was made for; "
            "get one from POST /api/documents/{id}/events-token.",
            code="invalid_token",
        )
    return claims


@router.post(
    "/{document_id}/events-token",
    summary="A short-lived token for one document's event stream",
    responses=errors(404),
)
def events_token(document_id: UUID, request: Request, claims: AnyCaller) -> dict[str, Any]:
    """For a browser's `EventSource`, which cannot send an Authorization header: open
    `stream_url` (it carries the token) within `expires_in` seconds. The token opens nothing
    else, and only while you may see the document."""
    with transaction(request.app.state.sync_pool, claims) as conn:
        visible_document(conn, document_id)
    token = mint_events_token(claims, str(document_id), settings=request.app.state.settings)
    return {
        "token": token,
        "expires_in": EVENTS_TOKEN_TTL_SECONDS,
        "stream_url": f"/api/documents/{document_id}/events?token={token}",
    }


@router.get(
    "/{document_id}/events",
    summary="Live progress (Server-Sent Events)",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}}, **errors(404)},
)
async def document_events(
    document_id: UUID, request: Request, claims: Annotated[Claims, Depends(stream_claims)]
) -> Any:
    """`event: progress` with the document's state now and after every change; the stream
    closes after the event that shows a terminal status (completed, completed_with_errors,
    failed, cancelled). `event: error` ends it early (document deleted, database down).

    Authenticate with a bearer token, or, from a browser, with `?token=` from
    POST /api/documents/{document_id}/events-token."""
    pool = request.app.state.sync_pool
    # 404 before the stream starts, so a client sees the error as an HTTP status.
    first = await anyio.to_thread.run_sync(_state, pool, claims, document_id)
    slot = request.app.state.stream_slots.acquire(claims)  # 429 past the user's limit
    return StreamingResponse(
        _released_after(_stream(request, claims, document_id, first), slot),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        background=BackgroundTask(slot.release),  # also when the stream never started
    )


async def _released_after(stream: AsyncIterator[bytes], slot: StreamSlot) -> AsyncIterator[bytes]:
    try:
        async for chunk in stream:
            yield chunk
    finally:
        slot.release()


async def _stream(
    request: Request, claims: Claims, document_id: UUID, first: dict[str, Any]
) -> AsyncIterator[bytes]:
    listener: Listener = request.app.state.listener
    shared: SharedReads = request.app.state.shared_reads
    wanted = str(document_id)
    loop = asyncio.get_running_loop()
    with shared.watching(document_id):
        async with listener.subscribe([PROGRESS_CHANNEL]) as notes:
            # Subscribed before this read, so no change between the two reads can be missed.
            state = await shared.state(document_id, listener.latest_seq)
            if state["progress"] < first["progress"]:
                state = first
            event_id = 1
            yield format_event("progress", state, event_id)
            last = state
            quiet_since = loop.time()
            while last["status"] not in TERMINAL:
                # A stream must not outlive the token that opened it.
                left = _token_left(claims)
                if left <= 0:
                    yield format_event("error", error_body("token_expired", EXPIRED), event_id + 1)
                    return
                try:
                    note = await asyncio.wait_for(anext(notes), min(KEEPALIVE_SECONDS, left))
                except TimeoutError:
                    if await request.is_disconnected():
                        return
                    if _token_left(claims) <= 0:
                        continue  # the check above ends the stream
                    yield b": keep-alive\n\n"
                    if loop.time() - quiet_since < RECHECK_SECONDS:
                        continue
                    at_least = listener.latest_seq + 1  # a fresh read
                else:
                    burst = [note, *notes.pending()]
                    relevant = [n for n in burst if n.resync or _concerns(n.payload, wanted)]
                    if not relevant:
                        continue
                    at_least = max(n.seq for n in relevant)
                quiet_since = loop.time()
                try:
                    state = await shared.state(document_id, at_least)
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


def _token_left(claims: Claims) -> float:
    """Seconds until the caller's token expires (forever for a token without `exp`)."""
    return float("inf") if claims.exp is None else claims.exp - time.time()


def _changed(before: dict[str, Any], after: dict[str, Any]) -> bool:
    keys = ("status", "progress", "current_stage", "stages", "errors", "eta_seconds")
    return any(before.get(k) != after.get(k) for k in keys)
