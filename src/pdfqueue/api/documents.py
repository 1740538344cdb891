"""Documents: upload, list, state, results, cancel, retry, delete.

Reads run under the caller's claims (row-level security decides what exists for them). Writes
beyond the caller's role (enqueuing jobs, cancelling, requeuing, deleting) first find the row
under the caller's claims, then switch the same transaction to the service's claims.
"""

from __future__ import annotations

import importlib
import time
from types import ModuleType
from typing import Annotated, Any
from urllib.parse import urlsplit
from uuid import UUID

import anyio.to_thread
import psycopg
from fastapi import APIRouter, Query, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.requests import ClientDisconnect

from pdfqueue import tracing
from pdfqueue.api.deps import AnyCaller, Db, act_as_service, dict_cursor, transaction
from pdfqueue.api.errors import ApiError
from pdfqueue.api.sniff import count_pages
from pdfqueue.api.upload import (
    MULTIPART_SLACK_BYTES,
    ReceivedUpload,
    idle_limited,
    local_pdf,
    receive,
)
from pdfqueue.auth import Claims
from pdfqueue.storage import BlobMissing, BlobStore

router = APIRouter(prefix="/api/documents", tags=["documents"])

TERMINAL = frozenset({"completed", "completed_with_errors", "failed", "cancelled"})
MAX_PAGE_SIZE = 500
MAX_OFFSET = 10_000_000
PRIORITY_RANGE = (-100, 100)
STATUSES = ("queued", "processing", "completed", "completed_with_errors", "failed", "cancelled")

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")]


def pipeline_module(name: str) -> ModuleType:
    """A pipeline module, imported when first needed (the API only calls into it)."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise ApiError(
            503, f"This pdfqueue installation lacks {name} ({exc}); reinstall pdfqueue."
        ) from None


def links(document_id: UUID | str) -> dict[str, str]:
    base = f"/api/documents/{document_id}"
    return {
        "self": base,
        "events": f"{base}/events",
        "chunks": f"{base}/chunks",
        "images": f"{base}/images",
        "products": f"{base}/products",
        "cancel": f"{base}/cancel",
        "retry": f"{base}/retry",
    }


def visible_document(conn: psycopg.Connection, document_id: UUID) -> dict[str, Any]:
    """The document as the caller's claims see it, or 404 (also for other users' documents)."""
    row = (
        dict_cursor(conn)
        .execute(
            "SELECT id, owner_id, filename, status, progress, current_stage, priority, size_bytes,"
            " page_count, content_sha256, callback_url, error_message, created_at, updated_at,"
            " started_at, completed_at"
            " FROM processed_documents WHERE id = %s AND deleted_at IS NULL",
            (document_id,),
        )
        .fetchone()
    )
    if row is None:
        raise ApiError(404, f"No document {document_id} is visible to you.")
    return row


# --- upload ---------------------------------------------------------------------------------


class DocumentAccepted(BaseModel):
    id: UUID
    status: str
    filename: str
    size_bytes: int
    page_count: int | None
    sha256: str
    duplicate: bool
    links: dict[str, str]


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


def validate_callback_url(url: str | None) -> str | None:
    if url is None or url == "":
        return None
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname or len(url) > 2048:
        raise ApiError(
            422, "callback_url must be an absolute http:// or https:// URL (at most 2048 chars)."
        )
    return url


@router.post(
    "",
    status_code=202,
    response_model=DocumentAccepted,
    openapi_extra=_UPLOAD_BODY,
    responses={
        200: {"description": "The same bytes were already submitted by you: that document."},
        413: {"description": "Larger than PDFQUEUE_MAX_UPLOAD_MB."},
        415: {"description": "Not a PDF, or not multipart/form-data."},
        422: {"description": "More pages than PDFQUEUE_MAX_PAGES, or an invalid field."},
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
    max_bytes = settings.max_upload_mb * 1024 * 1024
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > max_bytes + MULTIPART_SLACK_BYTES:
        raise ApiError(
            413,
            f"The upload is larger than the {settings.max_upload_mb} MB limit "
            "(PDFQUEUE_MAX_UPLOAD_MB); split it or ask the operator to raise the limit.",
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
        if "force" in fields:
            force = _bool_field(fields["force"])
        callback = validate_callback_url(fields.get("callback_url", callback_url))
        pages, document_id, existing_status = await anyio.to_thread.run_sync(
            _accept,
            request.app.state.sync_pool,
            claims,
            received,
            store,
            settings.max_pages,
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
    if existing_status is not None:  # the same bytes again: keep the first copy only
        store.delete_document(received.document_id)
    body = DocumentAccepted(
        id=document_id,
        status=existing_status or "queued",
        filename=received.filename,
        size_bytes=received.blob.size,
        page_count=pages,
        sha256=received.blob.sha256,
        duplicate=existing_status is not None,
        links=links(document_id),
    )
    return JSONResponse(
        jsonable_encoder(body),
        status_code=202 if existing_status is None else 200,
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
    max_pages: int,
    priority: int,
    callback_url: str | None,
    force: bool,
) -> tuple[int | None, UUID, str | None]:
    """Count the pages (422 past the limit), then record the document: one thread hop."""
    with local_pdf(store, received) as path:
        pages = count_pages(path)
    if pages is not None and pages > max_pages:
        raise ApiError(
            422,
            f"The PDF has {pages} pages, more than the limit of {max_pages} "
            "(PDFQUEUE_MAX_PAGES); split it into smaller documents.",
        )
    document_id, existing_status = _record(
        pool, claims, received, pages, priority, callback_url, force
    )
    return pages, document_id, existing_status


def _record(
    pool: Any,
    claims: Claims,
    received: ReceivedUpload,
    pages: int | None,
    priority: int,
    callback_url: str | None,
    force: bool,
) -> tuple[UUID, str | None]:
    """Create the document and its first job, or find the caller's earlier copy.

    Returns (id, None) for a new document, (id, its status) for an existing one.
    """
    submit = pipeline_module("pdfqueue.pipeline.submit")
    with transaction(pool, claims) as conn:
        # Two uploads of the same bytes by the same owner at once must not both pass the check.
        dict_cursor(conn).execute(
            "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))",
            (f"upload:{claims.sub}:{received.blob.sha256}",),
        )
        if not force:
            existing = (
                dict_cursor(conn)
                .execute(
                    "SELECT id, status FROM processed_documents"
                    " WHERE owner_id = %s AND content_sha256 = %s AND deleted_at IS NULL"
                    " ORDER BY created_at DESC LIMIT 1",
                    (claims.sub, received.blob.sha256),
                )
                .fetchone()
            )
            if existing is not None:
                return existing["id"], existing["status"]
        act_as_service(conn)
        tracing.remember(conn)  # the document and its jobs carry this upload's trace
        document_id = submit.submit_document(
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
    return document_id, None


# --- reading ----------------------------------------------------------------------------------

_LIST_COLUMNS = (
    "id, owner_id, filename, status, progress, current_stage, priority, size_bytes, page_count,"
    " error_message, created_at, updated_at, completed_at"
)


@router.get("", summary="List documents")
def list_documents(
    conn: Db,
    claims: AnyCaller,
    limit: Limit = 50,
    offset: Offset = 0,
    status: Annotated[str | None, Query(description="Only documents in this status.")] = None,
) -> dict[str, Any]:
    """Your documents, newest first (admins and the service see everyone's)."""
    if status is not None and status not in STATUSES:
        raise ApiError(422, f"status must be one of {', '.join(STATUSES)}.")
    where = ["deleted_at IS NULL"]
    params: list[Any] = []
    if claims.role == "user":
        where.append("owner_id = %s")
        params.append(claims.sub)
    if status is not None:
        where.append("status = %s")
        params.append(status)
    condition = " AND ".join(where)
    total = (
        dict_cursor(conn)
        .execute(f"SELECT count(*) AS n FROM processed_documents WHERE {condition}", params)
        .fetchone()["n"]
    )
    rows = (
        dict_cursor(conn)
        .execute(
            f"SELECT {_LIST_COLUMNS} FROM processed_documents WHERE {condition}"
            " ORDER BY created_at DESC, id LIMIT %s OFFSET %s",
            [*params, limit, offset],
        )
        .fetchall()
    )
    items = [{**row, "links": links(row["id"])} for row in rows]
    return page(items, total, limit, offset)


def page(items: list[dict[str, Any]], total: int, limit: int, offset: int) -> dict[str, Any]:
    following = offset + limit if offset + limit < total else None
    return {"items": items, "total": total, "limit": limit, "offset": offset, "next": following}


@router.get("/{document_id}", summary="A document's state and progress")
def get_document(document_id: UUID, conn: Db) -> dict[str, Any]:
    """Status, overall and per-stage progress with counts, ETA, errors and timings."""
    document = visible_document(conn, document_id)
    return {**document, **read_state(conn, document_id), "links": links(document_id)}


def read_state(conn: psycopg.Connection, document_id: UUID) -> dict[str, Any]:
    """progress.document_state for a document the caller was shown to see.

    It runs with the service's claims so the ETA can use every document's observed durations,
    not only the caller's; it reads, and only this document's rows are returned.
    """
    progress = pipeline_module("pdfqueue.progress")
    act_as_service(conn)
    return dict(progress.document_state(conn, document_id))


@router.get("/{document_id}/chunks", summary="A document's text chunks")
def list_chunks(
    document_id: UUID, conn: Db, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    visible_document(conn, document_id)
    total = _count(conn, "document_chunks", document_id)
    rows = (
        dict_cursor(conn)
        .execute(
            "SELECT id, chunk_index, content, page_numbers, image_ids, char_count, classification,"
            " classification_confidence, metadata, created_at"
            " FROM document_chunks WHERE document_id = %s ORDER BY chunk_index LIMIT %s OFFSET %s",
            (document_id, limit, offset),
        )
        .fetchall()
    )
    return page(rows, total, limit, offset)


@router.get("/{document_id}/images", summary="A document's images (metadata and OCR text)")
def list_images(
    document_id: UUID, conn: Db, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    visible_document(conn, document_id)
    total = _count(conn, "document_images", document_id)
    rows = (
        dict_cursor(conn)
        .execute(
            "SELECT id, page_number, image_index, source, mime_type, width, height, bbox,"
            " content_sha256, ocr_text, ocr_confidence, created_at"
            " FROM document_images WHERE document_id = %s"
            " ORDER BY page_number, image_index LIMIT %s OFFSET %s",
            (document_id, limit, offset),
        )
        .fetchall()
    )
    items = [{**row, "url": f"/api/documents/{document_id}/images/{row['id']}"} for row in rows]
    return page(items, total, limit, offset)


@router.get(
    "/{document_id}/images/{image_id}",
    summary="An image's bytes",
    response_class=Response,
    responses={200: {"content": {"image/png": {}, "application/octet-stream": {}}}},
)
def get_image(document_id: UUID, image_id: UUID, conn: Db, request: Request) -> Response:
    row = (
        dict_cursor(conn)
        .execute(
            "SELECT storage_path, mime_type FROM document_images"
            " WHERE id = %s AND document_id = %s",
            (image_id, document_id),
        )
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


@router.get("/{document_id}/products", summary="Products found in a document")
def list_products(
    document_id: UUID, conn: Db, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    visible_document(conn, document_id)
    total = _count(conn, "products", document_id)
    rows = (
        dict_cursor(conn)
        .execute(
            "SELECT id, document_id, name, product_type, description, attributes, image_ids,"
            " chunk_ids, page_numbers, confidence, created_at"
            " FROM products WHERE document_id = %s"
            " ORDER BY confidence DESC, created_at, id LIMIT %s OFFSET %s",
            (document_id, limit, offset),
        )
        .fetchall()
    )
    return page(rows, total, limit, offset)


def _count(conn: psycopg.Connection, table: str, document_id: UUID) -> int:
    # table is one of this module's literals, never user input.
    return (
        dict_cursor(conn)
        .execute(f"SELECT count(*) AS n FROM {table} WHERE document_id = %s", (document_id,))
        .fetchone()["n"]
    )


# --- control ----------------------------------------------------------------------------------


@router.post("/{document_id}/cancel", summary="Cancel a document")
def cancel_document(document_id: UUID, conn: Db) -> dict[str, Any]:
    """Cancel pending work; running items finish and their results are discarded."""
    document = visible_document(conn, document_id)
    if document["status"] in TERMINAL:
        raise ApiError(409, f"The document is already {document['status']}; nothing to cancel.")
    control = pipeline_module("pdfqueue.pipeline.control")
    act_as_service(conn)
    if not control.cancel_document(conn, document_id):
        raise ApiError(409, "The document has already ended; nothing to cancel.")
    return {"id": document_id, "status": "cancelled", "links": links(document_id)}


@router.post("/{document_id}/retry", summary="Requeue a document's failed items")
def retry_document(document_id: UUID, conn: Db) -> JSONResponse:
    visible_document(conn, document_id)
    control = pipeline_module("pdfqueue.pipeline.control")
    act_as_service(conn)
    requeued = control.retry_document(conn, document_id)
    if not requeued:
        raise ApiError(409, "The document has no failed items to retry.")
    return JSONResponse(
        jsonable_encoder({"id": document_id, "requeued": requeued, "links": links(document_id)}),
        status_code=202,
    )


@router.delete("/{document_id}", status_code=204, summary="Delete a document")
def delete_document(document_id: UUID, conn: Db, request: Request) -> Response:
    """Cancel its work, then remove its rows and blobs."""
    visible_document(conn, document_id)
    control = pipeline_module("pdfqueue.pipeline.control")
    act_as_service(conn)
    control.delete_document(conn, request.app.state.store, document_id)
    return Response(status_code=204)
