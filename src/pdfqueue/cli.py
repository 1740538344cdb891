"""The command line: the processes (`up`, `serve`, `worker`, `migrate`, `token`) and the whole
job of a client (`submit`, `status`, `cancel`, `retry`, `delete`, `products`, `chunks`,
`export`, `download`, `search`), the latter through `pdfqueue.Client`.

Every command turns pdfqueue's own errors (PdfqueueError) into one red sentence and exit code 1
(2 when the server cannot be reached), never a traceback: a misconfigured database URL is a
message, not a stack. Read commands take `--json` and then print the API's JSON unchanged.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from pdfqueue.client import FAILED, ApiProblem, Client
from pdfqueue.config import get_settings
from pdfqueue.db_commands import db_app
from pdfqueue.engines.products import PRODUCT_TYPES
from pdfqueue.errors import PdfqueueError

app = typer.Typer(
    help="pdfqueue: asynchronous PDF ingestion on durable PostgreSQL job queues.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(db_app, name="db")
console = Console(stderr=True)
out = Console(soft_wrap=True)  # a long line stays one line in a pipe

F = TypeVar("F", bound=Callable[..., Any])


def friendly_errors(func: F) -> F:
    """Print PdfqueueError as one sentence and exit 1; let Ctrl-C end quietly."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except PdfqueueError as exc:
            console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(getattr(exc, "exit_code", 1)) from None
        except KeyboardInterrupt:
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def _show_version(value: bool) -> None:
    if value:
        from pdfqueue import __version__

        out.print(f"pdfqueue {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """pdfqueue: asynchronous PDF ingestion on durable PostgreSQL job queues."""


def _not_available(what: str) -> typer.Exit:
    console.print(f"[yellow]{what} is not available yet in this build of pdfqueue.[/]")
    return typer.Exit(2)


# --- database ------------------------------------------------------------------------------


@app.command()
@friendly_errors
def migrate() -> None:
    """Apply pending schema migrations (safe to run twice, or from several processes)."""
    from pdfqueue.db import connect
    from pdfqueue.db import migrate as migrations

    url = connect.owner_url()  # the only command that logs in as the schema owner
    applied = migrations.migrate(url)
    where = connect.describe_url(url)
    if applied:
        names = ", ".join(f"{m.version:04d}_{m.name}" for m in applied)
        out.print(f"Applied {len(applied)} migration(s) to {where}: {names}")
    else:
        out.print(f"Schema of {where} is current (version {migrations.latest_version()}).")


@app.command()
@friendly_errors
def token(
    role: Annotated[str, typer.Option(help="admin, service or user")] = "user",
    sub: Annotated[str, typer.Option(help="The subject: who the token speaks for")] = "dev",
    ttl: Annotated[int | None, typer.Option(min=1, help="Lifetime in seconds (at least 1)")] = None,
) -> None:
    """Mint a bearer token signed with PDFQUEUE_JWT_SECRET (or the local dev secret)."""
    from pdfqueue.auth import mint_token

    out.print(mint_token(role, sub, ttl_seconds=ttl), soft_wrap=True, highlight=False)  # type: ignore[arg-type]


# --- processes -----------------------------------------------------------------------------


@app.command()
@friendly_errors
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address")] = None,
    port: Annotated[int | None, typer.Option(help="Port")] = None,
) -> None:
    """Run the HTTP API and the dashboard (one process)."""
    _override_env(PDFQUEUE_HOST=host, PDFQUEUE_PORT=port)
    try:
        from pdfqueue.api.app import serve as serve_api
    except ImportError:
        raise _not_available("The HTTP API") from None
    serve_api(get_settings())


@app.command()
@friendly_errors
def worker(
    concurrency: Annotated[int, typer.Option("--concurrency", "-c", help="Processes")] = 2,
    queues: Annotated[
        str | None, typer.Option(help="Comma-separated queues to drain (default: all)")
    ] = None,
    handlers: Annotated[
        str, typer.Option(help="Module that registers the handlers")
    ] = "pdfqueue.pipeline.handlers",
) -> None:
    """Run N worker processes under a supervisor (SIGTERM drains them gracefully)."""
    try:
        from pdfqueue import worker as worker_module
    except ImportError:
        raise _not_available("The worker") from None
    from pdfqueue.keys import check_settings

    check_settings(get_settings())  # refuse to run with a short secret
    selected = [q.strip() for q in queues.split(",") if q.strip()] if queues else None
    code = worker_module.run(
        concurrency=concurrency, queues=selected, handlers=handlers, settings=get_settings()
    )
    raise typer.Exit(code)


@app.command()
@friendly_errors
def up(
    workers: Annotated[int | None, typer.Option(help="Worker processes")] = None,
    host: Annotated[str | None, typer.Option(help="Bind address")] = None,
    port: Annotated[int | None, typer.Option(help="Port")] = None,
) -> None:
    """Start everything: embedded database, migrations, API + dashboard, workers."""
    from pdfqueue.system import run_system

    _override_env(PDFQUEUE_HOST=host, PDFQUEUE_PORT=port, PDFQUEUE_WORKERS=workers)
    raise typer.Exit(run_system(get_settings(), console=out))


def _override_env(**values: object) -> None:
    """Command-line options win over the environment, for this process and its children."""
    changed = False
    for key, value in values.items():
        if value is not None:
            os.environ[key] = str(value)
            changed = True
    if changed:
        get_settings.cache_clear()


# --- client --------------------------------------------------------------------------------

UrlOption = Annotated[
    str | None, typer.Option(envvar="PDFQUEUE_URL", help="API URL (default: local server)")
]
TokenOption = Annotated[
    str | None,
    typer.Option(
        "--token", envvar="PDFQUEUE_TOKEN", help="Bearer token (default: a local admin token)"
    ),
]
JsonOption = Annotated[
    bool, typer.Option("--json", help="Print the API's JSON (stable, for scripts).")
]
IdArgument = Annotated[str, typer.Argument(help="A document id, or its first 8 characters or more")]


# The vocabulary of products' types, as choices: --help lists them and the shell completes them.
ProductType = StrEnum("ProductType", {name: name for name in PRODUCT_TYPES})  # type: ignore[misc]


def _connect(url: str | None, token_value: str | None) -> Client:
    return Client.from_env(url, token_value)


@app.command()
@friendly_errors
def submit(
    files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, readable=True)],
    follow: Annotated[
        bool,
        typer.Option(
            help="Show live progress until each ends (one line per change when not a terminal)"
        ),
    ] = False,
    priority: Annotated[int, typer.Option(min=-100, max=100, help="Higher runs first")] = 0,
    force: Annotated[
        bool, typer.Option(help="Process again even if you already submitted the same file")
    ] = False,
    callback_url: Annotated[
        str | None,
        typer.Option(help="POST the outcome here when the document ends (see docs/webhooks.md)"),
    ] = None,
    password: Annotated[
        str | None,
        typer.Option(
            envvar="PDFQUEUE_PDF_PASSWORD",
            help="Password of encrypted PDFs (or the PDFQUEUE_PDF_PASSWORD environment "
            "variable, which stays out of the shell history)",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOption = False,
    url: UrlOption = None,
    token_: TokenOption = None,
) -> None:
    """Upload PDFs; with --follow, show their progress until they end.

    Exits 1 if any upload was refused or any followed document failed or was cancelled."""
    from pdfqueue import terminal

    failed = False
    accepted: list[tuple[str, str]] = []
    with _connect(url, token_) as client:
        for path in files:
            try:
                body = client.submit(
                    path,
                    priority=priority or None,
                    force=force,
                    callback_url=callback_url,
                    password=password,
                )
            except ApiProblem as exc:
                console.print(f"[red]{path.name}: {exc}[/red]", highlight=False)
                failed = True
                continue
            accepted.append((body["id"], path.name))
            if as_json:
                print(json.dumps(body), flush=True)
            else:
                note = " (already submitted: the same document; --force to process again)"
                out.print(
                    f"{terminal.short(body['id'])}  {path.name}{note if body['duplicate'] else ''}",
                    highlight=False,
                )
        if follow and accepted:
            failed |= terminal.follow_all(client.follow, accepted, as_json=as_json)
    raise typer.Exit(1 if failed else 0)


@app.command()
@friendly_errors
def status(
    document_id: Annotated[
        str | None, typer.Argument(help="A document id or its first 8+ characters")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=500, help="Documents listed")] = 20,
    as_json: JsonOption = False,
    url: UrlOption = None,
    token_: TokenOption = None,
) -> None:
    """Show one document's progress by stage, or the recent documents and the queues."""
    from pdfqueue import terminal

    with _connect(url, token_) as client:
        if document_id:
            state = client.document(document_id)
            if as_json:
                terminal.print_json(state)
            else:
                terminal.document(state)
            raise typer.Exit(1 if state["status"] in FAILED else 0)
        page = client.documents(limit=limit)
        if as_json:
            terminal.print_json(page)
            return
        terminal.documents(page)
        # Queue figures are for admins; a user's token sees its documents only.
        with contextlib.suppress(ApiProblem):
            terminal.queues(client.queues())


@app.command()
@friendly_errors
def cancel(document_id: IdArgument, url: UrlOption = None, token_: TokenOption = None) -> None:
    """Cancel a document: pending work is dropped, running items finish and are discarded."""
    with _connect(url, token_) as client:
        answer = client.cancel(document_id)
    out.print(f"cancelled  {answer['id']}", highlight=False)


@app.command()
@friendly_errors
def retry(document_id: IdArgument, url: UrlOption = None, token_: TokenOption = None) -> None:
    """Requeue a document's unfinished items (after a failure or a cancel)."""
    with _connect(url, token_) as client:
        answer = client.retry(document_id)
    out.print(f"requeued {answer.get('requeued', 0)} item(s)  {answer['id']}", highlight=False)


@app.command()
@friendly_errors
def delete(
    document_id: IdArgument,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation")] = False,
    url: UrlOption = None,
    token_: TokenOption = None,
) -> None:
    """Delete a document with its results and files (its running work is cancelled)."""
    with _connect(url, token_) as client:
        full = client.resolve(document_id)
        if not yes:
            if not sys.stdin.isatty():
                raise PdfqueueError(f"Deleting {full} cannot be undone; pass --yes to confirm.")
            typer.confirm(f"Delete {full} and everything derived from it?", abort=True)
        client.delete(full)
    out.print(f"deleted  {full}", highlight=False)


@app.command()
@friendly_errors
def products(
    document_id: IdArgument,
    as_json: JsonOption = False,
    url: UrlOption = None,
    token_: TokenOption = None,
) -> None:
    """The products found in a document, in its order: by page, then top to bottom."""
    from pdfqueue import terminal

    with _connect(url, token_) as client:
        items = client.products(document_id)
    if as_json:
        terminal.print_json(items)
    else:
        terminal.products(items)


@app.command()
@friendly_errors
def chunks(
    document_id: IdArgument,
    as_json: JsonOption = False,
    url: UrlOption = None,
    token_: TokenOption = None,
) -> None:
    """A document's text chunks with their classification, in order."""
    from pdfqueue import terminal

    with _connect(url, token_) as client:
        items = client.chunks(document_id)
    if as_json:
        terminal.print_json(items)
    else:
        terminal.chunks(items)


class ExportFormat(StrEnum):
    md = "md"
    json = "json"


@app.command()
@friendly_errors
def export(
    document_id: IdArgument,
    format_: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="md: readable; json: everything")
    ] = ExportFormat.md,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout")
    ] = None,
    url: UrlOption = None,
    token_: TokenOption = None,
) -> None:
    """Export a document: Markdown, or JSON with its pages, blocks, chunks and products."""
    with _connect(url, token_) as client:
        exported = client.export(document_id, format_.value)
    text = exported if isinstance(exported, str) else json.dumps(exported, indent=2)
    if output is None:
        print(text)
    else:
        output.write_text(text + "\n", encoding="utf-8")
        console.print(f"wrote {output}")


@app.command()
@friendly_errors
def download(
    document_id: IdArgument,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="File or directory (default: here)")
    ] = Path("."),
    url: UrlOption = None,
    token_: TokenOption = None,
) -> None:
    """Download a document's original PDF."""
    with _connect(url, token_) as client:
        saved = client.download(document_id, output)
    out.print(str(saved), highlight=False)


@app.command()
@friendly_errors
def search(
    query: Annotated[str, typer.Argument(help="What to look for")],
    type_: Annotated[
        ProductType | None, typer.Option("--type", help="Only products of this type")
    ] = None,
    document_id: Annotated[
        str | None, typer.Option("--document", help="Only in this document (id or 8+ chars)")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=500, help="Hits shown")] = 20,
    as_json: JsonOption = False,
    url: UrlOption = None,
    token_: TokenOption = None,
) -> None:
    """Semantic search over products and chunks, best first."""
    from pdfqueue import terminal

    with _connect(url, token_) as client:
        kind = None if type_ is None else type_.value
        hits = client.search(query, type=kind, document_id=document_id, limit=limit)
    if as_json:
        terminal.print_json(hits)
    else:
        terminal.search_hits(hits)


def main() -> None:  # pragma: no cover - entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
