"""The command line's HTTP client: submit PDFs, follow them live, show status, search.

`pdfqueue submit/status/search` call these with --url and --token. Everything goes through
the public HTTP API, so the CLI works against any pdfqueue server it can reach. Each function
returns the process's exit code: 0 on success, 1 when a document failed or the server refused,
2 when the server could not be reached.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

TERMINAL = frozenset({"completed", "completed_with_errors", "failed", "cancelled"})
FAILED = frozenset({"failed", "cancelled"})
TIMEOUT_SECONDS = 30.0
UPLOAD_TIMEOUT_SECONDS = 600.0  # a 200 MB upload over a slow link
RECONNECTS = 5  # a dropped event stream is reopened this many times
STAGE_LABELS = {
    "extraction": "extracting",
    "image_processing": "OCR of images",
    "chunking": "chunking",
    "ai_analysis": "analysing",
    "product_creation": "finding products",
}

console = Console(stderr=True)
out = Console()


class ApiProblem(Exception):
    """The server answered with an error; the message is its own sentence."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Event:
    event: str
    data: dict[str, Any]


def _client(url: str, token: str, timeout: float = TIMEOUT_SECONDS) -> httpx.Client:
    return httpx.Client(
        base_url=url.rstrip("/"),
        headers={"Authorization": f"Bearer {token}", "User-Agent": "pdfqueue-cli"},
        timeout=timeout,
    )


def _check(response: httpx.Response) -> httpx.Response:
    if response.is_success:
        return response
    try:
        message = response.json()["error"]["message"]
    except (ValueError, KeyError, TypeError):
        message = f"the server answered {response.status_code} {response.reason_phrase}"
    raise ApiProblem(response.status_code, message)


def _unreachable(url: str, exc: Exception) -> int:
    console.print(
        f"[red]Cannot reach the pdfqueue API at {url} ({exc}); is `pdfqueue serve` (or "
        "`pdfqueue up`) running, and is --url / PDFQUEUE_URL right?[/red]"
    )
    return 2


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


def follow_events(client: httpx.Client, document_id: str) -> Iterator[dict[str, Any]]:
    """The document's states from its event stream until it ends; reconnects when dropped."""
    failures = 0
    while True:
        try:
            with client.stream(
                "GET", f"/api/documents/{document_id}/events", timeout=httpx.Timeout(60, read=60)
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
            if failures > RECONNECTS or (isinstance(exc, ApiProblem) and exc.status < 500):
                raise
            time.sleep(min(2**failures * 0.25, 5))


def _upload(
    client: httpx.Client, path: Path, priority: int | None, password: str | None = None
) -> dict[str, Any]:
    params = {} if priority is None else {"priority": priority}
    # The password goes in the form body, never the URL (URLs end up in logs).
    data = {"password": password} if password else None
    with path.open("rb") as handle:
        response = client.post(
            "/api/documents",
            files={"file": (path.name, handle, "application/pdf")},
            data=data,
            params=params,
            timeout=UPLOAD_TIMEOUT_SECONDS,
        )
    return _check(response).json()


def _eta(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = int(seconds)
    return f"ETA {seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"ETA {seconds}s"


def submit(
    files: Sequence[Path | str],
    *,
    url: str,
    token: str,
    follow: bool = False,
    priority: int | None = None,
    password: str | None = None,
) -> int:
    """Upload each file; with `follow`, a live progress bar per document until all end.
    `password` opens encrypted PDFs (sent with each file).

    Exit code 1 if any upload was refused or any document failed or was cancelled.
    """
    failed = False
    accepted: list[tuple[str, str]] = []
    try:
        with _client(url, token) as client:
            for name in files:
                path = Path(name)
                if not path.is_file():
                    console.print(f"[red]{path}: no such file.[/red]")
                    failed = True
                    continue
                try:
                    body = _upload(client, path, priority, password)
                except ApiProblem as exc:
                    console.print(f"[red]{path.name}: {exc}[/red]")
                    failed = True
                    continue
                note = " (already submitted: the same document)" if body["duplicate"] else ""
                out.print(f"{body['id']}  {path.name}{note}")
                accepted.append((body["id"], path.name))
            if follow and accepted:
                failed |= _follow_all(client, accepted)
    except httpx.TransportError as exc:
        return _unreachable(url, exc)
    return 1 if failed else 0


def _follow_all(client: httpx.Client, documents: list[tuple[str, str]]) -> bool:
    """Live bars for every document; True if any of them failed."""
    outcomes: dict[str, str] = {}
    columns = (
        TextColumn("{task.fields[name]}", style="bold"),
        BarColumn(),
        TextColumn("{task.percentage:>5.1f}%"),
        TextColumn("{task.fields[stage]}"),
        TextColumn("{task.fields[eta]}", style="dim"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=False) as bars:

        def watch(document_id: str, task: TaskID) -> None:
            try:
                for state in follow_events(client, document_id):
                    status = state.get("status", "")
                    stage = STAGE_LABELS.get(state.get("current_stage") or "", "")
                    label = status if status in TERMINAL or status == "queued" else stage
                    bars.update(
                        task,
                        completed=float(state.get("progress") or 0),
                        stage=label,
                        eta=_eta(state.get("eta_seconds")),
                    )
                    outcomes[document_id] = status
                    if status in TERMINAL and state.get("error_message"):
                        bars.console.print(f"[red]{document_id}: {state['error_message']}[/red]")
            except (ApiProblem, httpx.TransportError) as exc:
                outcomes[document_id] = "failed"
                bars.console.print(f"[red]{document_id}: lost the progress stream ({exc})[/red]")

        threads = []
        for document_id, name in documents:
            task = bars.add_task("", total=100, name=name, stage="queued", eta="")
            thread = threading.Thread(target=watch, args=(document_id, task), daemon=True)
            thread.start()
            threads.append(thread)
        for thread in threads:
            thread.join()
    for document_id, name in documents:
        status = outcomes.get(document_id, "unknown")
        colour = "red" if status in FAILED or status == "unknown" else "green"
        out.print(f"[{colour}]{status}[/{colour}]  {document_id}  {name}")
    return any(outcomes.get(d, "unknown") in FAILED | {"unknown"} for d, _ in documents)


def status(document_id: str | None, *, url: str, token: str) -> int:
    """One document's state by stage, or recent documents (and queues, for an admin)."""
    try:
        with _client(url, token) as client:
            if document_id:
                return _show_document(_check(client.get(f"/api/documents/{document_id}")).json())
            documents = _check(client.get("/api/documents", params={"limit": 20})).json()
            _show_documents(documents)
            queues = client.get("/api/admin/queues")
            if queues.status_code == 200:
                _show_queues(queues.json())
            return 0
    except ApiProblem as exc:
        console.print(f"[red]{exc}[/red]")
        return 1
    except httpx.TransportError as exc:
        return _unreachable(url, exc)


def _show_document(state: dict[str, Any]) -> int:
    out.print(
        f"[bold]{state['filename']}[/bold]  {state['id']}\n"
        f"status {state['status']}  progress {state['progress']:.1f}%  "
        f"{_eta(state.get('eta_seconds'))}"
    )
    table = Table("stage", "progress", "done", "failed", "total", "seconds")
    for stage in state.get("stages", []):
        table.add_row(
            stage["name"],
            f"{stage['progress']:.0f}%",
            str(stage["completed_items"]),
            str(stage["failed_items"]),
            "" if stage["total_items"] is None else str(stage["total_items"]),
            "" if stage["duration_seconds"] is None else f"{stage['duration_seconds']:.1f}",
        )
    out.print(table)
    for error in state.get("errors") or []:
        out.print(f"[red]error:[/red] {error}")
    if state.get("error_message"):
        out.print(f"[red]{state['error_message']}[/red]")
    return 1 if state["status"] in FAILED else 0


def _show_documents(page: dict[str, Any]) -> None:
    table = Table("id", "file", "status", "progress", "created")
    for doc in page["items"]:
        table.add_row(
            doc["id"],
            doc["filename"],
            doc["status"],
            f"{float(doc['progress']):.1f}%",
            str(doc["created_at"])[:19],
        )
    out.print(table)
    out.print(f"{len(page['items'])} of {page['total']} documents")


def _show_queues(queues: dict[str, Any]) -> None:
    table = Table("queue", "pending", "processing", "completed", "failed", "p95 ms")
    for name, figures in queues.items():
        p95 = figures.get("p95_ms")
        table.add_row(
            name,
            *(str(figures.get(k, "")) for k in ("pending", "processing", "completed", "failed")),
            "" if p95 is None else f"{p95:.0f}",
        )
    out.print(table)


def search(query: str, *, url: str, token: str, type: str | None = None) -> int:
    """Products and chunks nearest in meaning to `query`, best first."""
    params: dict[str, Any] = {"q": query}
    if type:
        params["type"] = type
    try:
        with _client(url, token) as client:
            hits = _check(client.get("/api/products", params=params)).json()
    except ApiProblem as exc:
        console.print(f"[red]{exc}[/red]")
        return 1
    except httpx.TransportError as exc:
        return _unreachable(url, exc)
    table = Table("score", "kind", "type", "title / text", "document", "pages")
    for hit in hits["items"]:
        text = hit.get("title") or (hit.get("text") or "")[:80].replace("\n", " ")
        table.add_row(
            f"{hit['score']:.3f}",
            hit["kind"],
            hit.get("type") or "",
            text,
            hit["document_id"],
            ",".join(str(p) for p in hit.get("page_numbers") or []),
        )
    out.print(table)
    if not hits["items"]:
        out.print("No matches.")
    return 0
