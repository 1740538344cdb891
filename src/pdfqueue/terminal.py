"""What the command line prints: tables and live progress for a person, plain lines for a pipe.

On a terminal ids are shortened to their first 8 characters (the CLI accepts them back, as it
accepts the dashboard's); when stdout is a pipe or a file every id is printed in full, and
`--follow` writes one line per change instead of drawing bars.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from pdfqueue.client import FAILED, SHORT_ID_CHARS, TERMINAL

STAGE_LABELS = {
    "extraction": "extracting",
    "image_processing": "OCR of images",
    "chunking": "chunking",
    "ai_analysis": "analysing",
    "product_creation": "finding products",
}

console = Console(stderr=True)
out = Console(soft_wrap=True)  # a long line stays one line in a pipe


def interactive() -> bool:
    """True when stdout is a terminal a person reads."""
    return out.is_terminal


def short(document_id: Any) -> str:
    """An id as tables show it: short on a terminal, full anywhere else."""
    text = str(document_id)
    return text[:SHORT_ID_CHARS] if interactive() else text


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A table for a person; for a pipe, tab-separated lines with full values (`cut -f1`)."""
    if interactive():
        drawn = Table(*headers)
        for row in rows:
            drawn.add_row(*row)
        out.print(drawn)
        return
    for row in (headers, *rows):
        print("\t".join(" ".join(str(cell).split()) for cell in row))


def print_json(value: Any) -> None:
    """One JSON document on stdout, exactly as the API gave it (scripts parse this)."""
    print(json.dumps(value, indent=2, ensure_ascii=False))


def eta(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = int(seconds)
    return f"ETA {seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"ETA {seconds}s"


def _stage_label(state: dict[str, Any]) -> str:
    status = state.get("status", "")
    if status in TERMINAL or status == "queued":
        return status
    return STAGE_LABELS.get(state.get("current_stage") or "", status)


# --- one document, lists ----------------------------------------------------------------------


def document(state: dict[str, Any]) -> None:
    out.print(
        f"[bold]{state['filename']}[/bold]  {state['id']}\n"
        f"status {state['status']}  progress {state['progress']:.1f}%  "
        f"{eta(state.get('eta_seconds'))}",
        highlight=False,
    )
    rows = []
    for stage in state.get("stages", []):
        rows.append(
            (
                stage["name"],
                f"{stage['progress']:.0f}%",
                str(stage["completed_items"]),
                str(stage["failed_items"]),
                "" if stage["total_items"] is None else str(stage["total_items"]),
                "" if stage["duration_seconds"] is None else f"{stage['duration_seconds']:.1f}",
            )
        )
    table(("stage", "progress", "done", "failed", "total", "seconds"), rows)
    for error in state.get("errors") or []:
        out.print(f"[red]error:[/red] {error}", highlight=False)
    if state.get("error_message"):
        out.print(f"[red]{state['error_message']}[/red]", highlight=False)


def documents(page: dict[str, Any]) -> None:
    rows = []
    for doc in page["items"]:
        rows.append(
            (
                short(doc["id"]),
                doc["filename"],
                doc["status"],
                f"{doc['progress']:.1f}%",
                str(doc["created_at"])[:19].replace("T", " "),
            )
        )
    table(("id", "file", "status", "progress", "created"), rows)
    out.print(f"{len(page['items'])} of {page['total']} documents")


def queues(figures_by_queue: dict[str, Any]) -> None:
    rows = []
    for name, figures in figures_by_queue.items():
        p95 = figures.get("p95_ms")
        rows.append(
            (
                name,
                *(
                    str(figures.get(k, ""))
                    for k in ("pending", "processing", "completed", "failed")
                ),
                "" if p95 is None else f"{p95:.0f}",
            )
        )
    table(("queue", "pending", "processing", "completed", "failed", "p95 ms"), rows)


def search_hits(page: dict[str, Any]) -> None:
    rows = []
    for hit in page["items"]:
        if hit["kind"] == "product":
            kind, text = hit.get("product_type") or "", hit.get("name") or ""
        else:
            kind = hit.get("classification") or ""
            text = (hit.get("content") or "")[:80].replace("\n", " ")
        rows.append(
            (
                f"{hit['score']:.3f}" if "score" in hit else "",
                hit["kind"],
                kind,
                text,
                f"{hit.get('filename') or ''} {short(hit['document_id'])}",
                ",".join(str(p) for p in hit.get("page_numbers") or []),
            )
        )
    table(("score", "kind", "type", "name / text", "file", "pages"), rows)
    if not page["items"]:
        out.print("No matches.")


def products(items: Sequence[dict[str, Any]]) -> None:
    rows = []
    for product in items:
        rows.append(
            (
                product["name"],
                product.get("product_type") or "",
                ",".join(str(p) for p in product.get("page_numbers") or []),
                f"{product.get('confidence') or 0:.2f}",
                (product.get("description") or "")[:60],
            )
        )
    table(("name", "type", "pages", "confidence", "description"), rows)
    out.print(f"{len(items)} products")


def chunks(items: Sequence[dict[str, Any]]) -> None:
    rows = []
    for chunk in items:
        rows.append(
            (
                str(chunk["chunk_index"]),
                ",".join(str(p) for p in chunk.get("page_numbers") or []),
                chunk.get("classification") or "",
                str(chunk.get("char_count") or len(chunk.get("content") or "")),
                (chunk.get("content") or "")[:70].replace("\n", " "),
            )
        )
    table(("#", "pages", "class", "chars", "text"), rows)
    out.print(f"{len(items)} chunks")


# --- following documents ----------------------------------------------------------------------

Follow = Callable[[str], Iterator[dict[str, Any]]]


def follow_all(follow: Follow, docs: list[tuple[str, str]], *, as_json: bool = False) -> bool:
    """Follow every document to its end; True if any failed or was cancelled.

    On a terminal: a live bar per document. Otherwise: one line per change on stdout (a JSON
    object per line with --json), so a pipe or a log sees progress as it happens.
    """
    outcomes: dict[str, str] = {}
    lock = threading.Lock()
    if interactive() and not as_json:
        _bars(follow, docs, outcomes)
    else:
        threads = [
            threading.Thread(
                target=_lines, args=(follow, doc, name, outcomes, lock, as_json), daemon=True
            )
            for doc, name in docs
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    if not as_json:
        for document_id, name in docs:
            status = outcomes.get(document_id, "unknown")
            colour = "red" if status in FAILED or status == "unknown" else "green"
            out.print(f"[{colour}]{status}[/{colour}]  {short(document_id)}  {name}")
    return any(outcomes.get(d, "unknown") in FAILED | {"unknown"} for d, _ in docs)


def _lines(
    follow: Follow,
    document_id: str,
    name: str,
    outcomes: dict[str, str],
    lock: threading.Lock,
    as_json: bool,
) -> None:
    from pdfqueue.errors import PdfqueueError

    try:
        for state in follow(document_id):
            outcomes[document_id] = state.get("status", "")
            if as_json:
                line = json.dumps(state, ensure_ascii=False)
            else:
                line = (
                    f"{document_id}  {name}  {state.get('status')}  "
                    f"{float(state.get('progress') or 0):.1f}%  {_stage_label(state)}"
                ).rstrip()
            with lock:
                print(line, flush=True)
            if state.get("status") in TERMINAL and state.get("error_message"):
                console.print(f"[red]{document_id}: {state['error_message']}[/red]")
    except PdfqueueError as exc:
        outcomes[document_id] = "failed"
        console.print(f"[red]{document_id}: lost the progress stream ({exc})[/red]")


def _bars(follow: Follow, docs: list[tuple[str, str]], outcomes: dict[str, str]) -> None:
    from pdfqueue.errors import PdfqueueError

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
                for state in follow(document_id):
                    bars.update(
                        task,
                        completed=float(state.get("progress") or 0),
                        stage=_stage_label(state),
                        eta=eta(state.get("eta_seconds")),
                    )
                    outcomes[document_id] = state.get("status", "")
                    if state.get("status") in TERMINAL and state.get("error_message"):
                        bars.console.print(f"[red]{document_id}: {state['error_message']}[/red]")
            except PdfqueueError as exc:
                outcomes[document_id] = "failed"
                bars.console.print(f"[red]{document_id}: lost the progress stream ({exc})[/red]")

        threads = []
        for document_id, name in docs:
            task = bars.add_task("", total=100, name=name, stage="queued", eta="")
            thread = threading.Thread(target=watch, args=(document_id, task), daemon=True)
            thread.start()
            threads.append(thread)
        for thread in threads:
            thread.join()
