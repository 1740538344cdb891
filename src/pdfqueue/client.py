"""`pdfqueue.Client`: a small typed client of the HTTP API, used by the command line itself.

    from pdfqueue import Client

    with Client("http://127.0.0.1:8000", token) as pdfq:
        doc = pdfq.submit("catalog.pdf")
        final = pdfq.wait(doc["id"])           # or: for state in pdfq.follow(doc["id"]): ...
        for product in pdfq.products(doc["id"]):
            print(product["name"], product["product_type"])
        markdown = pdfq.export(doc["id"], "md")

Everything goes through the public API, so the client works against any pdfqueue server it can
reach. Answers are the API's JSON as plain dicts; a refusal raises `ApiProblem` carrying the
server's sentence, an unreachable server raises `Unreachable`.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import httpx

from pdfqueue.errors import PdfqueueError

TERMINAL = frozenset({"completed", "completed_with_errors", "failed", "cancelled"})
FAILED = frozenset({"failed", "cancelled"})
TIMEOUT_SECONDS = 30.0
UPLOAD_TIMEOUT_SECONDS = 600.0  # a 200 MB upload over a slow link
RECONNECTS = 5  # a dropped event stream is reopened this many times
PAGE_SIZE = 500  # the API's largest page: fewest round trips when reading everything
SHORT_ID_CHARS = 8  # the shortest id prefix accepted (what the dashboard and tables show)
ExportFormat = Literal["json", "md"]

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_PREFIX = re.compile(r"^[0-9a-f-]+$")


class ApiProblem(PdfqueueError):
    """The server refused; the message is its own sentence."""

    exit_code = 1

    def __init__(self, status: int, message: str, code: str = "error") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class Unreachable(PdfqueueError):
    """No pdfqueue API answers at the URL."""

    exit_code = 2


@dataclass(frozen=True)
class Event:
    """One Server-Sent Event: its name and its JSON data."""

    event: str
    data: dict[str, Any]


def iter_events(lines: Iterator[str]) -> Iterator[Event]:
    """Parse a Server-Sent Events stream (lines without their newlines) into events."""
    name, data = "message", []
    for line in lines:
        if line == "":
            if data:
                yield Event(name, json.loads("\n".join(data)))
            name, data = "message", []
        elif line.startswith(":"):
            continue  # keep-alive comment
        elif line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].removeprefix(" "))


def _check(response: httpx.Response) -> httpx.Response:
    if response.is_success:
        return response
    try:
        error = response.json()["error"]
        message, code = error["message"], error.get("code", "error")
    except (ValueError, KeyError, TypeError):
        message = f"the server answered {response.status_code} {response.reason_phrase}"
        code = "error"
    raise ApiProblem(response.status_code, message, code)


def local_admin_token() -> str | None:
    """An hour's admin token signed with this machine's secret, when one is configured."""
    from pdfqueue.auth import mint_token
    from pdfqueue.config import get_settings

    settings = get_settings()
    if settings.jwt_secret is None and not (settings.data_dir / "jwt_secret").exists():
        return None
    return mint_token("admin", "cli", ttl_seconds=3600, settings=settings)


class Client:
    """The pdfqueue HTTP API. Use as a context manager, or call `close()`."""

    def __init__(self, url: str, token: str, *, timeout: float = TIMEOUT_SECONDS) -> None:
        self.url = url.rstrip("/")
        self._http = httpx.Client(
            base_url=self.url,
            headers={"Authorization": f"Bearer {token}", "User-Agent": "pdfqueue-client"},
            timeout=timeout,
        )

    @classmethod
    def from_env(cls, url: str | None = None, token: str | None = None) -> Client:
        """URL from `url`, PDFQUEUE_URL or the local server; token from `token`,
        PDFQUEUE_TOKEN, or a short-lived admin token signed with this machine's secret."""
        from pdfqueue.config import get_settings

        url = url or os.environ.get("PDFQUEUE_URL") or get_settings().api_url
        token = token or os.environ.get("PDFQUEUE_TOKEN") or local_admin_token()
        if token is None:
            raise PdfqueueError(
                "No token: pass --token or set PDFQUEUE_TOKEN (mint one with `pdfqueue token`)."
            )
        return cls(url, token)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transport ---------------------------------------------------------------------------

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            return _check(self._http.request(method, path, **kwargs))
        except httpx.TransportError as exc:
            raise self._unreachable(exc) from None

    def _get(self, path: str, **params: Any) -> Any:
        clean = {k: v for k, v in params.items() if v is not None}
        return self._request("GET", path, params=clean).json()

    def _unreachable(self, exc: Exception) -> Unreachable:
        return Unreachable(
            f"Cannot reach the pdfqueue API at {self.url} ({exc}); is `pdfqueue serve` (or "
            "`pdfqueue up`) running, and is --url / PDFQUEUE_URL right?"
        )

    def _all(self, path: str, **params: Any) -> list[dict[str, Any]]:
        """Every item of a paginated list, following `next`."""
        items: list[dict[str, Any]] = []
        offset: int | None = 0
        while offset is not None:
            page = self._get(path, limit=PAGE_SIZE, offset=offset, **params)
            items.extend(page["items"])
            offset = page["next"]
        return items

    # --- documents ---------------------------------------------------------------------------

    def submit(
        self,
        path: str | Path,
        *,
        priority: int | None = None,
        force: bool = False,
        callback_url: str | None = None,
        password: str | None = None,
    ) -> dict[str, Any]:
        """Upload a PDF. The answer has `id`, `status` and `duplicate` (true when you had
        already submitted the same bytes and `force` was not set: that earlier document).
        `password` opens an encrypted PDF; it goes in the form body, never the URL (URLs end
        up in logs)."""
        path = Path(path)
        if not path.is_file():
            raise PdfqueueError(f"{path}: no such file.")
        params: dict[str, Any] = {}
        if priority is not None:
            params["priority"] = priority
        if force:
            params["force"] = "true"
        if callback_url:
            params["callback_url"] = callback_url
        with path.open("rb") as handle:
            response = self._request(
                "POST",
                "/api/documents",
                files={"file": (path.name, handle, "application/pdf")},
                data={"password": password} if password else None,
                params=params,
                timeout=UPLOAD_TIMEOUT_SECONDS,
            )
        return response.json()

    def document(self, document_id: str) -> dict[str, Any]:
        """A document's state: status, progress, stages with counts, ETA, errors."""
        return self._get(f"/api/documents/{self.resolve(document_id)}")

    def documents(
        self, *, limit: int = 50, offset: int = 0, status: str | None = None
    ) -> dict[str, Any]:
        """One page of your documents, newest first (everyone's for an admin)."""
        return self._get("/api/documents", limit=limit, offset=offset, status=status)

    def resolve(self, document_id: str) -> str:
        """The full id of a document given its id or a unique prefix of at least 8 characters
        (what the dashboard and the CLI's tables show)."""
        wanted = document_id.strip().lower()
        if _UUID.match(wanted):
            return wanted
        if len(wanted) < SHORT_ID_CHARS or not _PREFIX.match(wanted):
            raise PdfqueueError(
                f"{document_id!r} is not a document id: give the id, or its first "
                f"{SHORT_ID_CHARS} characters or more."
            )
        page = self._get("/api/documents", id_prefix=wanted, limit=10)
        if page["total"] == 0:
            raise ApiProblem(404, f"No document whose id starts with {wanted} is visible to you.")
        if page["total"] > 1:
            shown = ", ".join(d["id"] for d in page["items"])
            raise PdfqueueError(
                f"{wanted} is the start of {page['total']} documents' ids ({shown}); "
                "give more characters."
            )
        return page["items"][0]["id"]

    def follow(self, document_id: str) -> Iterator[dict[str, Any]]:
        """The document's state now and after every change, until it ends (live, over
        Server-Sent Events; a dropped stream is reopened)."""
        document_id = self.resolve(document_id)
        failures = 0
        while True:
            try:
                with self._http.stream(
                    "GET",
                    f"/api/documents/{document_id}/events",
                    timeout=httpx.Timeout(60, read=60),
                ) as response:
                    if not response.is_success:
                        response.read()
                        _check(response)
                    for event in iter_events(response.iter_lines()):
                        failures = 0
                        if event.event == "error":
                            raise ApiProblem(503, event.data["error"]["message"])
                        yield event.data
                        if event.data.get("status") in TERMINAL:
                            return
            except (httpx.TransportError, ApiProblem) as exc:
                failures += 1
                if isinstance(exc, ApiProblem) and exc.status < 500:
                    raise
                if failures > RECONNECTS:
                    if isinstance(exc, httpx.TransportError):
                        raise self._unreachable(exc) from None
                    raise
                time.sleep(min(2**failures * 0.25, 5))

    def wait(self, document_id: str, timeout: float | None = None) -> dict[str, Any]:
        """Block until the document ends; its final state. TimeoutError after `timeout` s."""
        deadline = None if timeout is None else time.monotonic() + timeout
        state: dict[str, Any] = {}
        for state in self.follow(document_id):
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError(f"document {document_id} still {state.get('status')}")
        return state

    def cancel(self, document_id: str) -> dict[str, Any]:
        """Cancel pending work; running items finish and their results are discarded."""
        return self._request("POST", f"/api/documents/{self.resolve(document_id)}/cancel").json()

    def retry(self, document_id: str) -> dict[str, Any]:
        """Requeue the document's unfinished items."""
        return self._request("POST", f"/api/documents/{self.resolve(document_id)}/retry").json()

    def delete(self, document_id: str) -> None:
        """Cancel the document's work and remove it with its results and files."""
        self._request("DELETE", f"/api/documents/{self.resolve(document_id)}")

    def download(self, document_id: str, destination: str | Path) -> Path:
        """Save the original PDF; a directory as destination keeps the uploaded file name."""
        document_id = self.resolve(document_id)
        destination = Path(destination)
        response = self._request("GET", f"/api/documents/{document_id}/file")
        if destination.is_dir():
            name = response.headers.get("content-disposition", "")
            match = re.search(r'filename="?([^";]+)"?', name)
            destination = destination / (match.group(1) if match else f"{document_id}.pdf")
        destination.write_bytes(response.content)
        return destination

    # --- results -----------------------------------------------------------------------------

    def pages(self, document_id: str) -> list[dict[str, Any]]:
        """Each page's number and text, in order."""
        return self._all(f"/api/documents/{self.resolve(document_id)}/pages")

    def chunks(self, document_id: str) -> list[dict[str, Any]]:
        """The document's chunks with their classification and metadata, in order."""
        return self._all(f"/api/documents/{self.resolve(document_id)}/chunks")

    def products(self, document_id: str) -> list[dict[str, Any]]:
        """Products found in the document, in its order: by page, then top to bottom."""
        return self._all(f"/api/documents/{self.resolve(document_id)}/products")

    def search(
        self,
        query: str,
        *,
        type: str | None = None,
        document_id: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> dict[str, Any]:
        """Products and chunks nearest in meaning to `query`, best first (a page)."""
        if document_id is not None:
            document_id = self.resolve(document_id)
        return self._get(
            "/api/products",
            q=query,
            type=type,
            document_id=document_id,
            limit=limit,
            offset=offset,
        )

    def product_types(self) -> list[str]:
        """The values `search(type=...)` accepts."""
        return [item["name"] for item in self._get("/api/products/types")["items"]]

    def queues(self) -> dict[str, Any]:
        """Per-queue counts and latencies (admins only)."""
        return self._get("/api/admin/queues")

    def export(self, document_id: str, format: ExportFormat = "json") -> Any:
        """`json`: the document with its pages, blocks, chunks and products as the API returns
        them (a dict). `md`: the document as Markdown (a string)."""
        document_id = self.resolve(document_id)
        if format == "md":
            return self.markdown(document_id)
        if format != "json":
            raise PdfqueueError(f"Unknown export format {format!r}; use json or md.")
        return {
            **self.document(document_id),
            "pages": self.pages(document_id),
            "blocks": self.blocks(document_id),
            "chunks": self.chunks(document_id),
            "products": self.products(document_id),
        }

    def blocks(self, document_id: str) -> list[dict[str, Any]]:
        """The document's layout: each block's page, kind, box, text and (tables) cells, in
        reading order."""
        return self._all(f"/api/documents/{self.resolve(document_id)}/blocks")

    def markdown(self, document_id: str) -> str:
        """The document as Markdown, rendered by the server from the document's structure
        (headings, lists, pipe tables, figures linked to the image route)."""
        document_id = self.resolve(document_id)
        return self._request("GET", f"/api/documents/{document_id}/markdown").text
