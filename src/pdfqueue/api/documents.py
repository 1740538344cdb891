"""Documents: upload, list, state, results, cancel, retry, delete.

Reads run under the caller's claims (row-level security decides what exists for them). Writes
beyond the caller's role (enqueuing jobs, cancelling, requeuing, deleting) first find the row
under the caller's claims, then switch the same transaction to the service's claims.
"""

from __future__ import annotations

import time
from typing import Annotated, Any
from urllib.parse import quote, urlsplit
from uuid import UUID

import anyio.to_thread
import psycopg
from fastapi import APIRouter, Query, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel
from starlette.requests import ClientDisconnect

from pdfqueue import netguard, tracing
from pdfqueue.api import limits
from pdfqueue.api.deps import AnyCaller, Db, act_as_service, dict_cursor, sql, transaction
from pdfqueue.api.errors import ApiError
from pdfqueue.api.responses import AUTHENTICATED, errors
from pdfqueue.api.shape import MAX_OFFSET, MAX_PAGE_SIZE, Limit, Offset, page, plain
from pdfqueue.api.sniff import count_pages
from pdfqueue.api.upload import (
    MULTIPART_SLACK_BYTES,
    ReceivedUpload,
    idle_limited,
    local_pdf,
    receive,
)
from pdfqueue.auth import Claims
from pdfqueue.pipeline import blocks, operations, passwords, state
from pdfqueue.pipeline.stages import DOCUMENT_STATUSES, ENDED_STATUSES
from pdfqueue.storage import BlobMissing, BlobStore

router = APIRouter(prefix="/api/documents", tags=["documents"], responses=AUTHENTICATED)

TERMINAL = frozenset(ENDED_STATUSES)
__all__ = ["MAX_OFFSET", "MAX_PAGE_SIZE", "page"]  # re-exported for older imports

PRIORITY_RANGE = (-100, 100)
STATUSES = DOCUMENT_STATUSES

SHORT_ID_CHARS = 8  # the shortest id prefix accepted (what the dashboard and tables show)
NOT_VISIBLE = errors(404)


def links(document_id: UUID | str) -> dict[str, str]:
    base = f"/api/documents/{document_id}"
    return {
        "self": base,
        "events": f"{base}/events",
        "chunks": f"{base}/chunks",
        "blocks": f"{base}/blocks",
        "markdown": f"{base}/markdown",
        "images": f"{base}/images",
        "products": f"{base}/products",
        "pages": f"{base}/pages",
        "file": f"{base}/file",
        "cancel": f"{base}/cancel",
        "retry": f"{base}/retry",
    }


def visible_document(conn: psycopg.Connection, document_id: UUID) -> dict[str, Any]:
    """The document as the caller's claims see it, or 404 (also for other users' documents)."""
    row = (
        dict_cursor(conn).execute(sql("visible_document"), {"document_id": document_id}).fetchone()
    )
    if row is None:
        raise ApiError(404, f"No document {document_id} is visible to you.")
    return row


# --- upload ---------------------------------------------------------------------------------


class DocumentAccepted(BaseModel):
    """The answer to an upload. `content_sha256` is the same field as in a document's state.

    A new document is `queued`: a file that turns out not to be a readable PDF ends `failed` a
    moment later, its `error_message` saying why (GET the document, or follow its events). The
    same bytes sent again answer with that earlier document, its status and reason included.
    """

    id: UUID
    status: str
    error_message: str | None = None
    filename: str
    size_bytes: int
    page_count: int | None
    content_sha256: str
    duplicate: bool
    links: dict[str, str]

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "id": "3f2c9a1e-5b7d-4c1a-9e0f-2a6b8c4d1e7f",
                    "status": "queued",
                    "error_message": None,
                    "filename": "catalog.pdf",
                    "size_bytes": 482133,
                    "page_count": 12,
                    "content_sha256": "9b1c…",
                    "duplicate": False,
                    "links": {"self": "/api/documents/3f2c9a1e-5b7d-4c1a-9e0f-2a6b8c4d1e7f"},
                }
            ]
        }
    }


_UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "priority": {"type": "integer", "minimum": -100, "maximum": 100},
                        "force": {"type": "boolean"},
                        "callback_url": {"type": "string", "format": "uri"},
                        "password": {
                            "type": "string",
                            "format": "password",
                            "description": "The PDF's password, if it is encrypted; stored "
                            "encrypted until extraction ends, never returned.",
                        },
                    },
                }
            }
        },
    }
}


def _int_field(name: str, value: str, low: int, high: int) -> int:
    try:
        number = int(value)
    except ValueError:
        raise ApiError(422, f"{name} must be an integer between {low} and {high}.") from None
    if not low <= number <= high:
        raise ApiError(422, f"{name} must be an integer between {low} and {high}.")
    return number


def _bool_field(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


def validate_callback_url(url: str | None, allowed_hosts: str = "") -> str | None:
    if url is None or url == "":
        return None
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname or len(url) > 2048:
        raise ApiError(
            422, "callback_url must be an absolute http:// or https:// URL (at most 2048 chars)."
        )
    try:  # addresses written in the URL are refused now; names are checked at delivery
        netguard.check_literal(url, netguard.Allowed.parse(allowed_hosts))
    except netguard.AddressRefused as exc:
        raise ApiError(422, f"callback_url is refused: {exc}.") from None
    return url


@router.post(
    "",
    status_code=202,
    response_model=DocumentAccepted,
    openapi_extra=_UPLOAD_BODY,
    responses={
        200: {
            "description": "The same bytes were already submitted by you: that document "
            "(`duplicate: true`; send force=true to process them again).",
            "model": DocumentAccepted,
        },
        **errors(413, 415, 422),
    },
    summary="Submit a PDF",
)
async def upload_document(
    request: Request,
    claims: AnyCaller,
    priority: Annotated[int | None, Query(ge=-100, le=100)] = None,
    force: Annotated[bool, Query(description="Process again even if already submitted.")] = False,
    callback_url: Annotated[str | None, Query(max_length=2048)] = None,
) -> Response:
    """Stream the PDF into storage, then create its document row and first job at once.

    Answers 202 with the new document, or 200 with the existing one when you already
    submitted the same bytes (unless force=true).
    """
    settings = request.app.state.settings
    store = request.app.state.store
    if "password" in request.query_params:
        raise ApiError(
            400,
            "Send the PDF's password as the form field 'password', never in the URL "
            "(URLs end up in logs).",
        )
    max_bytes = settings.max_upload_mb * 1024 * 1024
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > max_bytes + MULTIPART_SLACK_BYTES:
        raise ApiError(
            413,
            f"The upload is larger than the {settings.max_upload_mb} MB limit "
            "(PDFQUEUE_MAX_UPLOAD_MB); split it or ask the operator to raise the limit.",
        )
    # Before a byte of the body is read: the caller's uploads per minute and stored bytes.
    declared = int(length) if length and length.isdigit() else 0
    await anyio.to_thread.run_sync(
        limits.check_upload_allowed, request.app.state.sync_pool, claims, settings, declared
    )
    started = time.perf_counter()
    try:
        received = await receive(
            idle_limited(request.stream(), settings.upload_idle_timeout_seconds),
            request.headers.get("content-type", ""),
            store,
            max_bytes,
        )
    except ClientDisconnect:
        raise ApiError(400, "The client went away before the upload finished.") from None
    timings = {"receive": time.perf_counter() - started}
    try:
        fields = received.fields
        if "priority" in fields:
            priority = _int_field("priority", fields["priority"], *PRIORITY_RANGE)
        if (priority or 0) > 0 and claims.role == "user":
            # Claims go by priority: a user raising theirs would starve every other tenant.
            raise ApiError(
                403, "Only admin and service tokens may raise a document's priority above 0."
            )
        if "force" in fields:
            force = _bool_field(fields["force"])
        callback = validate_callback_url(
            fields.get("callback_url", callback_url), settings.webhook_allowed_hosts
        )
        pages, document_id, existing = await anyio.to_thread.run_sync(
            _accept,
            request.app.state.sync_pool,
            claims,
            received,
            store,
            priority or 0,
            callback,
            force,
        )
        timings["accept"] = time.perf_counter() - started - sum(timings.values())
    except BaseException:
        store.delete_document(received.document_id)
        if received.local_copy is not None:
            received.local_copy.unlink(missing_ok=True)
        raise
    if existing is not None:  # the same bytes again: keep the first copy only
        store.delete_document(received.document_id)
    body = DocumentAccepted(
        id=document_id,
        status=existing["status"] if existing else "queued",
        error_message=existing["error_message"] if existing else None,
        filename=received.filename,
        size_bytes=received.blob.size,
        page_count=pages,
        content_sha256=received.blob.sha256,
        duplicate=existing is not None,
        links=links(document_id),
    )
    return JSONResponse(
        jsonable_encoder(body),
        status_code=202 if existing is None else 200,
        headers={
            "Location": f"/api/documents/{document_id}",
            # Where the time went (browsers' dev tools and the benchmark read it).
            "Server-Timing": ", ".join(f"{k};dur={v * 1000:.1f}" for k, v in timings.items()),
        },
    )


def _accept(
    pool: Any,
    claims: Claims,
    received: ReceivedUpload,
    store: BlobStore,
    priority: int,
    callback_url: str | None,
    force: bool,
) -> tuple[int | None, UUID, dict[str, Any] | None]:
    """Count the pages, then record the document: one thread hop.

    Nothing about the file itself is refused here. An empty file, a non-PDF or a PDF with more
    pages than PDFQUEUE_MAX_PAGES becomes a document like any other, and its extraction job
    ends it `failed` at its first attempt with the reason (pipeline/extraction.py): one place
    judges a file, the upload is kept for its owner, and the failure is a failed row that the
    dashboard's error log, retries, webhooks and events already know.
    """
    with local_pdf(store, received) as path:
        pages = count_pages(path)
    document_id, existing = _record(pool, claims, received, pages, priority, callback_url, force)
    return pages, document_id, existing


def _record(
    pool: Any,
    claims: Claims,
    received: ReceivedUpload,
    pages: int | None,
    priority: int,
    callback_url: str | None,
    force: bool,
) -> tuple[UUID, dict[str, Any] | None]:
    """Create the document and its first job, or find the caller's earlier copy.

    Returns (id, None) for a new document, (id, its status and error_message) for an
    existing one.
    """
    with transaction(pool, claims) as conn:
        # Two uploads of the same bytes by the same owner at once must not both pass the check.
        conn.execute(sql("lock_upload"), {"key": f"upload:{claims.sub}:{received.blob.sha256}"})
        if not force:
            existing = (
                dict_cursor(conn)
                .execute(
                    sql("same_upload"), {"owner_id": claims.sub, "sha256": received.blob.sha256}
                )
                .fetchone()
            )
            if existing is not None:
                return existing["id"], existing
        act_as_service(conn)
        # the document and its jobs carry this upload's trace
        conn.execute(
            sql("remember_trace"),
            {
                "setting": tracing.TRACEPARENT_SETTING,
                "traceparent": tracing.current_traceparent() or "",
            },
        )
        document_id = operations.submit_document(
            conn,
            owner_id=claims.sub,
            filename=received.filename,
            storage_key=received.blob.key,
            size_bytes=received.blob.size,
            sha256=received.blob.sha256,
            page_count=pages,
            priority=priority,
            callback_url=callback_url,
            document_id=received.document_id,
        )
        password = received.fields.get("password")
        if password:  # sealed, service-only, deleted when extraction ends (docs/permissions.md)
            passwords.store(conn, document_id, password)
    return document_id, None


# --- reading ----------------------------------------------------------------------------------


@router.get("", summary="List documents")
def list_documents(
    conn: Db,
    claims: AnyCaller,
    limit: Limit = 50,
    offset: Offset = 0,
    status: Annotated[str | None, Query(description="Only documents in this status.")] = None,
    id_prefix: Annotated[
        str | None,
        Query(
            min_length=SHORT_ID_CHARS,
            max_length=36,
            pattern="^[0-9a-fA-F-]+$",
            description="Only documents whose id starts with this (a short id as the dashboard "
            f"and the CLI's tables show it, at least {SHORT_ID_CHARS} characters).",
        ),
    ] = None,
) -> dict[str, Any]:
    """Your documents, newest first (admins and the service see everyone's)."""
    if status is not None and status not in STATUSES:
        raise ApiError(422, f"status must be one of {', '.join(STATUSES)}.")
    params = {
        "id_pattern": None if id_prefix is None else id_prefix.lower() + "%",
        "owner_id": claims.sub if claims.role == "user" else None,
        "status": status,
        "limit": limit,
        "offset": offset,
    }
    total = dict_cursor(conn).execute(sql("count_documents"), params).fetchone()["n"]
    rows = dict_cursor(conn).execute(sql("list_documents"), params).fetchall()
    items = [{**row, "links": links(row["id"])} for row in rows]
    return page(items, total, limit, offset)


@router.get("/{document_id}", summary="A document's state and progress", responses=NOT_VISIBLE)
def get_document(document_id: UUID, conn: Db) -> dict[str, Any]:
    """Status, overall and per-stage progress with counts, ETA, errors and timings."""
    document = visible_document(conn, document_id)
    return plain({**document, **read_state(conn, document_id), "links": links(document_id)})


def read_state(conn: psycopg.Connection, document_id: UUID) -> dict[str, Any]:
    """The read model's state of a document the caller was shown to see.

    It runs with the service's claims so the ETA can use every document's observed durations,
    not only the caller's; it reads, and only this document's rows are returned. The read
    model's `document_id` is dropped: in the API a document's own id is `id`, everywhere.
    """
    act_as_service(conn)
    shown = dict(state.document_state(conn, document_id))
    shown.pop("document_id", None)
    return shown


@router.get(
    "/{document_id}/pages", summary="A document's pages and their text", responses=NOT_VISIBLE
)
def list_pages(
    document_id: UUID, conn: Db, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    """Each page's extracted text (its text layer, or OCR for a scanned page), in order."""
    visible_document(conn, document_id)
    total = _count(conn, "count_pages", document_id)
    rows = _page_of(conn, "list_pages", document_id, limit, offset)
    return page(rows, total, limit, offset)


@router.get(
    "/{document_id}/file",
    summary="Download the original PDF",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/pdf": {}}}, **NOT_VISIBLE},
)
def download_file(document_id: UUID, conn: Db, request: Request) -> StreamingResponse:
    """The bytes you uploaded, for the document's owner or an admin (row-level security
    decides, as for every read), streamed from the store and checked against their checksum."""
    filename = visible_document(conn, document_id)["filename"]
    row = dict_cursor(conn).execute(sql("document_file"), {"document_id": document_id}).fetchone()
    store: BlobStore = request.app.state.store
    if not row or not row["storage_path"] or not store.exists(row["storage_path"]):
        raise ApiError(404, "The document's PDF is no longer stored (it may have been deleted).")
    disposition = f"attachment; filename*=UTF-8''{quote(filename)}"
    return StreamingResponse(
        store.iter_chunks(row["storage_path"]),
        media_type="application/pdf",
        headers={"Content-Disposition": disposition},
    )


@router.get("/{document_id}/chunks", summary="A document's text chunks", responses=NOT_VISIBLE)
def list_chunks(
    document_id: UUID, conn: Db, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    visible_document(conn, document_id)
    total = _count(conn, "count_chunks", document_id)
    rows = _page_of(conn, "list_chunks", document_id, limit, offset)
    return page(rows, total, limit, offset)


@router.get(
    "/{document_id}/blocks",
    summary="A document's blocks: its layout, page by page in reading order",
    responses=NOT_VISIBLE,
)
def list_blocks(
    document_id: UUID,
    conn: Db,
    limit: Limit = 100,
    offset: Offset = 0,
    page_number: Annotated[int | None, Query(alias="page", ge=1)] = None,
) -> dict[str, Any]:
    """Each block's page, kind (heading, paragraph, list_item, table, figure, caption, header,
    footer), box (points, `[left, top, right, bottom]` from the page's top-left corner), text,
    and for a table its cells (rows of cell texts, header first). `page=N` gives one page."""
    visible_document(conn, document_id)
    params = {"document_id": document_id, "page": page_number, "limit": limit, "offset": offset}
    total = dict_cursor(conn).execute(sql("count_blocks"), params).fetchone()["n"]
    rows = dict_cursor(conn).execute(sql("list_blocks"), params).fetchall()
    return page(rows, total, limit, offset)


@router.get(
    "/{document_id}/markdown",
    summary="A document as Markdown",
    response_class=Response,
    responses={200: {"content": {"text/markdown": {}}}, **NOT_VISIBLE},
)
def get_markdown(document_id: UUID, conn: Db, request: Request) -> Response:
    """Headings, paragraphs, lists, GitHub pipe tables, and figures as links to the image
    route; written when the document's chunking ends (its layout is complete then)."""
    visible_document(conn, document_id)
    store: BlobStore = request.app.state.store
    try:
        data = store.read_bytes(blocks.markdown_key(document_id))
    except BlobMissing:
        data = None
    if data is None:
        raise ApiError(
            404,
            "The document has no Markdown yet: it is written once the document's pages are"
            " laid out (its chunking stage); wait for it to complete, or retry it if it failed.",
        )
    return Response(data, media_type="text/markdown; charset=utf-8")


@router.get(
    "/{document_id}/images",
    summary="A document's images (metadata and OCR text)",
    responses=NOT_VISIBLE,
)
def list_images(
    document_id: UUID, conn: Db, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    visible_document(conn, document_id)
    total = _count(conn, "count_images", document_id)
    rows = _page_of(conn, "list_images", document_id, limit, offset)
    items = [{**row, "url": f"/api/documents/{document_id}/images/{row['id']}"} for row in rows]
    return page(items, total, limit, offset)


@router.get(
    "/{document_id}/images/{image_id}",
    summary="An image's bytes",
    response_class=Response,
    responses={200: {"content": {"image/png": {}, "application/octet-stream": {}}}, **NOT_VISIBLE},
)
def get_image(document_id: UUID, image_id: UUID, conn: Db, request: Request) -> Response:
    row = (
        dict_cursor(conn)
        .execute(sql("image_file"), {"image_id": image_id, "document_id": document_id})
        .fetchone()
    )
    if row is None:
        raise ApiError(404, f"No image {image_id} in a document visible to you.")
    store: BlobStore = request.app.state.store
    try:
        # Images are small; reading one whole lets a checksum mismatch become an error
        # response instead of a cut-off body.
        data = store.read_bytes(row["storage_path"]) if row["storage_path"] else None
    except BlobMissing:
        data = None
    if data is None:
        raise ApiError(404, "The image's bytes are not stored (it may have been pruned).")
    return Response(data, media_type=row["mime_type"] or "application/octet-stream")


@router.get(
    "/{document_id}/products", summary="Products found in a document", responses=NOT_VISIBLE
)
def list_products(
    document_id: UUID, conn: Db, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    visible_document(conn, document_id)
    total = _count(conn, "count_products", document_id)
    rows = _page_of(conn, "list_products", document_id, limit, offset)
    return page(rows, total, limit, offset)


def _count(conn: psycopg.Connection, name: str, document_id: UUID) -> int:
    """A document's rows of one kind, counted by statement `name`."""
    return dict_cursor(conn).execute(sql(name), {"document_id": document_id}).fetchone()["n"]


def _page_of(
    conn: psycopg.Connection, name: str, document_id: UUID, limit: int, offset: int
) -> list[dict[str, Any]]:
    """One page of a document's rows of one kind, read by statement `name`."""
    params = {"document_id": document_id, "limit": limit, "offset": offset}
    return dict_cursor(conn).execute(sql(name), params).fetchall()


# --- control ----------------------------------------------------------------------------------


@router.post("/{document_id}/cancel", summary="Cancel a document", responses=errors(404, 409))
def cancel_document(document_id: UUID, conn: Db) -> dict[str, Any]:
    """Cancel pending work; running items finish and their results are discarded."""
    document = visible_document(conn, document_id)
    if document["status"] in TERMINAL:
        raise ApiError(
            409,
            f"The document is already {document['status']}; nothing to cancel. Retry it "
            "(POST …/retry) to run its unfinished items, or delete it.",
        )
    act_as_service(conn)
    if not operations.cancel_document(conn, document_id):
        raise ApiError(
            409, "The document has already ended; nothing to cancel. Retry it or delete it."
        )
    return plain({"id": document_id, "status": "cancelled", "links": links(document_id)})


@router.post(
    "/{document_id}/retry",
    summary="Resume a document: run its unfinished items",
    responses=errors(404, 409),
)
def retry_document(document_id: UUID, conn: Db) -> JSONResponse:
    """A cancelled document resumes where it stopped; a failed one (or one with failed items)
    runs its earliest failing stage again, and the stages after it follow."""
    document = visible_document(conn, document_id)
    act_as_service(conn)
    requeued = operations.retry_document(conn, document_id)
    if not requeued:
        raise ApiError(409, operations.describe(document))
    return JSONResponse(
        jsonable_encoder({"id": document_id, "requeued": requeued, "links": links(document_id)}),
        status_code=202,
    )


@router.delete(
    "/{document_id}", status_code=204, summary="Delete a document", responses=NOT_VISIBLE
)
def delete_document(document_id: UUID, conn: Db, request: Request, claims: AnyCaller) -> Response:
    """Cancel its work, then remove its rows and blobs."""
    document = visible_document(conn, document_id)
    if claims.role == "admin" and document["owner_id"] != claims.sub:
        # Operators cancel and retry anyone's work; a user's data is deleted only by its owner
        # (docs/permissions.md, "Actions through the API").
        raise ApiError(403, "Admins may cancel or retry any document; only its owner deletes it.")
    act_as_service(conn)
    operations.delete_document(conn, request.app.state.store, document_id)
    return Response(status_code=204)
