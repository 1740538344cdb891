"""A cap on request bodies, enforced before authentication and before anything reads them.

FastAPI reads a route's JSON or form body before it runs the route's dependencies, so without
this a 20 MB body to an admin route was received whole and only then answered 401. Every body
except a document upload (which streams to storage under PDFQUEUE_MAX_UPLOAD_MB) is limited to
PDFQUEUE_MAX_REQUEST_BODY_KB: a declared Content-Length above it is answered 413 at once,
without reading a byte of the body, and a chunked body is cut off with 413 as soon as it passes
the limit.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

UPLOAD_ROUTES = frozenset({("POST", "/api/documents")})  # bodies limited by the upload itself


class BodyTooLarge(HTTPException):
    """Raised from `receive` when a streamed body passes the limit (the API answers 413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, _message(limit))


def _message(limit: int) -> str:
    return (
        f"The request body is larger than {limit // 1024} KB (PDFQUEUE_MAX_REQUEST_BODY_KB); "
        "only document uploads may be larger."
    )


class BodyLimit:
    """ASGI middleware: 413 for bodies above `limit_bytes`, except on upload routes."""

    def __init__(self, app: ASGIApp, limit_bytes: int) -> None:
        self.app = app
        self.limit = limit_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or (scope["method"], scope["path"]) in UPLOAD_ROUTES:
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.limit:
            await _refuse(send, self.limit)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if started:
                raise
            await _refuse(send, self.limit)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _refuse(send: Send, limit: int) -> None:
    body: dict[str, Any] = {"error": {"code": "too_large", "message": _message(limit)}}
    payload = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                (b"connection", b"close"),  # the unread rest of the body is not ours to drain
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})
