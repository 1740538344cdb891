"""The command line: `pdfqueue up | serve | worker | migrate | token | submit | status | search`.

Every command turns pdfqueue's own errors (PdfqueueError) into one red sentence and exit code 1,
never a traceback: a misconfigured database URL is a message, not a stack.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from pdfqueue.config import get_settings
from pdfqueue.errors import ConfigurationError, PdfqueueError

app = typer.Typer(
    help="pdfqueue: asynchronous PDF ingestion on durable PostgreSQL job queues.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)
out = Console()

F = TypeVar("F", bound=Callable[..., Any])


def friendly_errors(func: F) -> F:
    """Print PdfqueueError as one sentence and exit 1; let Ctrl-C end quietly."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except PdfqueueError as exc:
            console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


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
    ttl: Annotated[int | None, typer.Option(help="Lifetime in seconds")] = None,
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


def _client_target(url: str | None, token_value: str | None) -> tuple[str, str]:
    settings = get_settings()
    if token_value is None:
        if settings.jwt_secret is None and not (settings.data_dir / "jwt_secret").exists():
            raise ConfigurationError(
                "No token: pass --token or set PDFQUEUE_TOKEN (mint one with `pdfqueue token`)."
            )
        from pdfqueue.auth import mint_token

        token_value = mint_token("admin", "cli", ttl_seconds=3600, settings=settings)
    return (url or settings.api_url).rstrip("/"), token_value


def _client_exit(
    url: str | None, token_value: str | None, call: Callable[[Any, str, str], int]
) -> typer.Exit:
    """Run one client call against the API and turn its result into the exit code."""
    try:
        from pdfqueue import client
    except ImportError:
        raise _not_available("The HTTP client") from None
    base, bearer = _client_target(url, token_value)
    return typer.Exit(call(client, base, bearer))


@app.command()
@friendly_errors
def submit(
    files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, readable=True)],
    follow: Annotated[bool, typer.Option(help="Show live progress until each ends")] = False,
    priority: Annotated[int, typer.Option(help="Higher runs first")] = 0,
    password: Annotated[
        str | None,
        typer.Option(
            envvar="PDFQUEUE_PDF_PASSWORD",
            help="Password of encrypted PDFs (or the PDFQUEUE_PDF_PASSWORD environment "
            "variable, which stays out of the shell history)",
            show_default=False,
        ),
    ] = None,
    url: UrlOption = None,
    token_: TokenOption = None,
) -> None:
    """Upload PDFs; with --follow, show a live progress bar per document."""
    raise _client_exit(
        url,
        token_,
        lambda client, base, bearer: client.submit(
            files, url=base, token=bearer, follow=follow, priority=priority, password=password
        ),
    )


@app.command()
@friendly_errors
def status(
    document_id: Annotated[str | None, typer.Argument(help="A document id")] = None,
    url: UrlOption = None,
    token_: TokenOption = None,
) -> None:
    """Show one document's progress, or recent documents and the queues."""
    raise _client_exit(
        url, token_, lambda client, base, bearer: client.status(document_id, url=base, token=bearer)
    )


@app.command()
@friendly_errors
def search(
    query: Annotated[str, typer.Argument(help="What to look for")],
    type_: Annotated[str | None, typer.Option("--type", help="Product type filter")] = None,
    url: UrlOption = None,
    token_: TokenOption = None,
) -> None:
    """Semantic search over products and chunks."""
    raise _client_exit(
        url,
        token_,
        lambda client, base, bearer: client.search(query, url=base, token=bearer, type=type_),
    )


def main() -> None:  # pragma: no cover - entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
