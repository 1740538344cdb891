"""Errors as the API answers them: `{"error": {"code", "message"}}` with a sentence to act on.

Every failure a client can meet goes through one of these handlers, so none leaks a traceback
or a bare 500: a database that is down reads as 503 with what to do, a malformed value as 400,
a failed validation as 422 naming the field.
"""

from __future__ import annotations

import logging
from typing import Any

import psycopg
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from psycopg_pool import PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from pdfqueue.errors import DatabaseUnavailable

log = logging.getLogger(__name__)

DATABASE_DOWN = (
    "The database is unreachable right now; retry in a few seconds, and if this persists "
    "check that PostgreSQL is running (pdfqueue's /readyz says the same)."
)

_CODES = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    501: "not_implemented",
    503: "unavailable",
}


class ApiError(Exception):
    """Raise from a route to answer `status` with this code and message."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.headers = headers


def error_body(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, **extra}}


def _respond(
    status: int, code: str, message: str, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    return JSONResponse(error_body(code, message, **extra), status_code=status, headers=headers)


async def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return _respond(exc.status, exc.code, exc.message, exc.headers)


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = "No such route; the API is described at /docs."
    if exc.status_code == 405:
        message = "This route does not accept that method; see /docs for the allowed ones."
    return _respond(
        exc.status_code, _CODES.get(exc.status_code, "error"), message, exc.headers or None
    )


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "request"
        problems.append(f"{where}: {err.get('msg', 'invalid')}")
    message = "The request is invalid (" + "; ".join(problems) + "); fix it and retry."
    return _respond(422, "invalid_request", message)


async def _database_down(_: Request, exc: Exception) -> JSONResponse:
    log.warning("database unavailable: %s", exc)
    return _respond(503, "database_unavailable", DATABASE_DOWN, {"Retry-After": "5"})


async def _bad_value(_: Request, exc: Exception) -> JSONResponse:
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return _respond(400, "bad_request", f"A value in the request is not acceptable ({first}).")


async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", exc_info=exc)
    return _respond(
        500,
        "internal",
        "Something went wrong on the server; the error is logged. Retry, or report it "
        "with the time of the request.",
    )


def install(app: FastAPI) -> None:
    """Register every handler on the app."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    for exc_type in (psycopg.OperationalError, PoolTimeout, DatabaseUnavailable):
        app.add_exception_handler(exc_type, _database_down)
    app.add_exception_handler(psycopg.DataError, _bad_value)
    app.add_exception_handler(Exception, _unexpected)
