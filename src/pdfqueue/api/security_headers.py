"""Security headers on every response.

- `X-Content-Type-Options: nosniff` everywhere: a browser must not run a JSON answer or an
  uploaded file's bytes as a script or page because they look like one.
- The dashboard (/admin): a Content-Security-Policy allowing only its own scripts, styles and
  connections, and `frame-ancestors 'none'` (with X-Frame-Options for old browsers) so no other
  site can frame it to trick an operator into clicking (clickjacking). Its inline `style`
  attributes (progress bars) need 'unsafe-inline' for styles only; no inline script runs.
- Image bytes extracted from PDFs: `Content-Disposition: inline` with a sandboxing CSP, so an
  image that is really HTML or SVG with script cannot run in the API's origin.
"""

from __future__ import annotations

import re

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

DASHBOARD_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
IMAGE_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:"
_IMAGE_PATH = re.compile(r"^/api/documents/[^/]+/images/[^/]+$")


class SecurityHeaders:
    """ASGI middleware adding the headers above to each response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        extra = headers_for(path)

        async def add_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in extra.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        await self.app(scope, receive, add_headers)


def headers_for(path: str) -> dict[str, str]:
    """The headers a response to `path` carries."""
    headers = {"x-content-type-options": "nosniff", "referrer-policy": "same-origin"}
    if path == "/admin" or path.startswith("/admin/"):
        headers["content-security-policy"] = DASHBOARD_CSP
        headers["x-frame-options"] = "DENY"
    elif _IMAGE_PATH.match(path):
        headers["content-security-policy"] = IMAGE_CSP
        headers["content-disposition"] = "inline"
    return headers
