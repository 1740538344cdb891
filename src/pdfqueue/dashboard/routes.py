"""The admin dashboard at /admin/async-queue-monitor: pages, data, live events and actions.

The page is rendered on the server; a little JavaScript keeps it current. It listens to
`/events` (Server-Sent Events, fed by the process's single LISTEN connection and throttled),
and on each event fetches `/data`, which returns the page's sections as HTML. When the event
stream cannot be opened it fetches `/data` every few seconds instead and says so on the page.

Everything the page reads is read with the signed-in admin's claims, so row-level security
applies. Admins may read every queue row but write none; retry and cancel therefore switch the
action's transaction to the service's claims, and only after the admin cookie and the form's
CSRF token have been checked.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode
from uuid import UUID

import jinja2
import psycopg
from fastapi import APIRouter, Form, Request
from fastapi.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from fastapi.templating import Jinja2Templates
from psycopg_pool import PoolTimeout
from starlette.concurrency import run_in_threadpool

from pdfqueue.auth import InvalidToken
from pdfqueue.config import Settings, get_settings
from pdfqueue.dashboard import actions, queries, session, view
from pdfqueue.db.channels import JOBS_CHANNEL, PROGRESS_CHANNEL
from pdfqueue.db.pools import set_claims
from pdfqueue.queue.registry import QUEUE_TABLES

log = logging.getLogger(__name__)

PREFIX = "/admin/async-queue-monitor"
EVENT_CHANNELS = [PROGRESS_CHANNEL, JOBS_CHANNEL]
# At most 2 refresh events per second per browser: each refresh reads a whole snapshot (tens
# of ms on a busy database), and a change still reaches the page within a second.
MIN_EVENT_INTERVAL_SECONDS = 0.5
TICK_SECONDS = 5.0  # an event at least this often, so heartbeat ages and ETAs stay current
POLL_SECONDS = 5  # the page's refresh period when the event stream is unavailable
POOL_TIMEOUT_SECONDS = 5.0  # wait for a database connection at most this long
STATEMENT_TIMEOUT = "5s"  # a dashboard read never holds a connection longer than this
PARTS = ("queues", "documents", "errors", "workers")

_HERE = Path(__file__).parent
_STATIC = {"monitor.css": "text/css", "monitor.js": "text/javascript"}

templates = Jinja2Templates(
    env=jinja2.Environment(
        loader=jinja2.FileSystemLoader(_HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,  # a misspelt field fails loudly, never renders blank
    )
)
templates.env.filters.update(view.FILTERS)
templates.env.globals.update(
    **view.GLOBALS,
    prefix=PREFIX,
    stage_bands=view.STAGE_BANDS,
    queue_tables=QUEUE_TABLES,
    outcome_labels=view.OUTCOME_LABELS,
    sparkline=view.sparkline,
    poll_seconds=POLL_SECONDS,
)

router = APIRouter(prefix=PREFIX, include_in_schema=False)


def _settings(request: Request) -> Settings:
    return getattr(request.app.state, "settings", None) or get_settings()


def _stale_after(settings: Settings) -> float:
    """A worker that missed three heartbeats in a row is stale (the queue's own default)."""
    return 3 * float(settings.heartbeat_seconds)


def _read(request: Request, who: session.Session, errors: view.ErrorFilter) -> dict[str, Any]:
    """The page's data, read in one read-only, single-snapshot transaction as the admin.

    pdfqueue's libraries are synchronous (like the workers that use them), so this runs in a
    thread on a connection of the app's synchronous pool.
    """
    stale_after = _stale_after(_settings(request))
    pool = request.app.state.sync_pool
    with pool.connection(timeout=POOL_TIMEOUT_SECONDS) as conn, conn.transaction():
        conn.execute(queries.sql("snapshot_transaction"))
        conn.execute(queries.sql("statement_timeout"), {"timeout": STATEMENT_TIMEOUT})
        set_claims(conn, who.claims.as_db_claims())
        return view.snapshot(conn, errors=errors, stale_after_seconds=stale_after)


class Unavailable(Exception):
    """The database could not answer the page's reads; the message says so for the operator."""


async def _snapshot(
    request: Request, who: session.Session, errors: view.ErrorFilter
) -> dict[str, Any]:
    try:
        return await run_in_threadpool(_read, request, who, errors)
    except (psycopg.OperationalError, PoolTimeout) as exc:
        log.warning("dashboard read failed: %s", exc)
        raise Unavailable(
            "The database is not answering right now; the page retries by itself, or check "
            "that PostgreSQL is running."
        ) from None


def _error_filter(request: Request) -> view.ErrorFilter:
    return view.ErrorFilter.parse(
        request.query_params.get("queue"), request.query_params.get("document")
    )


def _sign_in_redirect(code: str | None = None) -> RedirectResponse:
    # Only a fixed reason code goes in the URL (session.REASONS), never text.
    url = f"{PREFIX}/sign-in" + (f"?{urlencode({'reason': code})}" if code else "")
    return RedirectResponse(url, status_code=303)


# --- pages ---------------------------------------------------------------------------------


@router.get("", response_class=HTMLResponse)
async def monitor(request: Request) -> Response:
    """The dashboard, or the sign-in form for whoever has no admin session."""
    try:
        who = session.current(request, _settings(request))
    except session.NotSignedIn as exc:
        return _sign_in_redirect(exc.code)
    try:
        data = await _snapshot(request, who, _error_filter(request))
    except Unavailable as exc:
        return templates.TemplateResponse(
            request, "unavailable.html", {"message": str(exc)}, status_code=503
        )
    return templates.TemplateResponse(
        request,
        "monitor.html",
        {**data, "who": who, "csrf": who.csrf},
        headers={"Cache-Control": "no-store"},
    )


@router.get("/sign-in", response_class=HTMLResponse)
async def sign_in_form(request: Request, reason: str | None = None) -> Response:
    # An unknown code shows nothing: the page never repeats text from its URL.
    message = session.REASONS.get(reason or "")
    return templates.TemplateResponse(
        request, "sign_in.html", {"error": message}, headers={"Cache-Control": "no-store"}
    )


@router.post("/sign-in", response_class=HTMLResponse)
async def sign_in(request: Request, token: Annotated[str, Form()] = "") -> Response:
    """Check the pasted token; keep it in the session cookie if it is an admin's."""
    settings = _settings(request)
    if not token.strip():
        return templates.TemplateResponse(
            request,
            "sign_in.html",
            {"error": "Paste a token first: `pdfqueue token --role admin --sub <you>` mints one."},
            status_code=400,
        )
    try:
        claims = session.admin_claims(token, settings)
    except InvalidToken as exc:
        return templates.TemplateResponse(
            request, "sign_in.html", {"error": str(exc)}, status_code=401
        )
    except session.NotAdmin as exc:
        return templates.TemplateResponse(
            request, "refused.html", {"claims": exc.claims}, status_code=403
        )
    response = RedirectResponse(PREFIX, status_code=303)
    session.remember(response, request, token, claims)
    return response


@router.post("/sign-out")
async def sign_out(request: Request, csrf_token: Annotated[str, Form()] = "") -> Response:
    """End the session; a signed-in session must present its CSRF token (another site must
    not be able to sign an operator out)."""
    try:
        who = session.current(request, _settings(request))
    except session.NotSignedIn:
        who = None  # nothing to protect: just clear whatever cookie is left
    if who is not None and not session.csrf_ok(who, csrf_token):
        return JSONResponse(
            {"error": "The form is stale (CSRF token mismatch); reload the page."},
            status_code=403,
        )
    response = RedirectResponse(f"{PREFIX}/sign-in", status_code=303)
    session.forget(response, request)
    return response


@router.get("/static/{name}")
async def static(name: str) -> Response:
    if name not in _STATIC:
        return Response(status_code=404)
    return FileResponse(
        _HERE / "static" / name,
        media_type=_STATIC[name],
        headers={"Cache-Control": "no-cache"},
    )


# --- live data -----------------------------------------------------------------------------


@router.get("/data")
async def data(request: Request) -> Response:
    """The page's live sections as HTML fragments (the page swaps them in place)."""
    try:
        who = session.current(request, _settings(request))
    except session.NotSignedIn as exc:
        return JSONResponse({"error": exc.reason or "Sign in first."}, status_code=401)
    try:
        snap = await _snapshot(request, who, _error_filter(request))
    except Unavailable as exc:
        return JSONResponse({"error": str(exc)}, status_code=503)
    context = {**snap, "who": who, "csrf": who.csrf}
    parts = {name: templates.get_template(f"part_{name}.html").render(context) for name in PARTS}
    summary = {
        "generated_at": snap["generated_at"].isoformat(),
        "queues": {
            card["name"]: {
                key: card[key] for key in ("pending", "processing", "completed", "failed")
            }
            for card in snap["queues"]
        },
        "in_flight": snap["in_flight_total"],
        "failed": snap["failed_total"],
        "workers": len(snap["workers"]),
    }
    return JSONResponse({"parts": parts, "summary": summary}, headers={"Cache-Control": "no-store"})


@router.get("/events")
async def events(request: Request) -> Response:
    """Server-Sent Events: `change` whenever a job or a document's progress changed."""
    try:
        who = session.current(request, _settings(request))
    except session.NotSignedIn as exc:
        return JSONResponse({"error": exc.reason or "Sign in first."}, status_code=401)
    listener = getattr(request.app.state, "listener", None)
    if listener is None:
        return JSONResponse({"error": "Live updates are not available."}, status_code=503)
    return StreamingResponse(
        _event_stream(request, listener, expires_at=who.claims.exp),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


async def _event_stream(
    request: Request, listener: Any, *, expires_at: int | None
) -> AsyncIterator[str]:
    """Coalesce notifications into at most one `change` event per MIN_EVENT_INTERVAL."""
    async with listener.subscribe(EVENT_CHANNELS) as notifications:
        changed = asyncio.Event()
        count = 0

        async def pump() -> None:
            nonlocal count
            async for _ in notifications:
                count += 1
                changed.set()

        pumping = asyncio.create_task(pump())
        try:
            yield f"retry: 2000\nevent: ready\ndata: {json.dumps({'ok': True})}\n\n"
            while not pumping.done():
                try:
                    await asyncio.wait_for(changed.wait(), TICK_SECONDS)
                    kind = "change"
                except TimeoutError:
                    kind = "tick"
                if await request.is_disconnected():
                    break
                if expires_at is not None and time.time() >= expires_at:
                    yield "event: expired\ndata: {}\n\n"
                    break
                changed.clear()
                yield f"event: {kind}\ndata: {json.dumps({'notifications': count})}\n\n"
                await asyncio.sleep(MIN_EVENT_INTERVAL_SECONDS)
        finally:
            pumping.cancel()


# --- actions -------------------------------------------------------------------------------


async def _act(
    request: Request,
    csrf_token: str,
    run: Any,
    back: dict[str, str] | None = None,
) -> Response:
    """Check the admin session and CSRF token, run the action with service claims, answer."""
    try:
        who = session.current(request, _settings(request))
    except session.NotSignedIn as exc:
        return JSONResponse({"error": exc.reason or "Sign in first."}, status_code=401)
    if not session.csrf_ok(who, csrf_token):
        return JSONResponse(
            {"error": "The form is out of date; reload the page and try again."}, status_code=403
        )
    try:
        message = await run_in_threadpool(
            actions.perform, request.app.state.sync_pool, who.claims, run
        )
    except actions.ActionRefused as exc:
        return JSONResponse({"error": str(exc)}, status_code=409)
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"message": message})
    query = f"?{urlencode(back)}" if back else ""
    return RedirectResponse(PREFIX + query, status_code=303)


@router.post("/jobs/retry")
async def retry_job(
    request: Request,
    queue: Annotated[str, Form()],
    job_id: Annotated[UUID, Form()],
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    """Put one failed item back to pending."""
    return await _act(request, csrf_token, actions.retry_one(queue, job_id))


@router.post("/jobs/cancel")
async def cancel_job(
    request: Request,
    queue: Annotated[str, Form()],
    job_id: Annotated[UUID, Form()],
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    """Cancel one item that is waiting for another attempt: it will not run again."""
    return await _act(request, csrf_token, actions.cancel_one(queue, job_id))


@router.post("/jobs/retry-matching")
async def retry_matching(
    request: Request,
    queue: Annotated[str, Form()] = "",
    document: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    """Retry every failed item matching the error log's filter (queue, document)."""
    chosen = view.ErrorFilter.parse(queue or None, document or None)
    if document.strip() and chosen.document_id is None:
        return JSONResponse(
            {"error": f"{document!r} is not a document id; paste the document's UUID."},
            status_code=422,
        )
    return await _act(request, csrf_token, actions.retry_matching(chosen), back=chosen.query())
