"""`pdfqueue db status` and `pdfqueue db stop`: the embedded PostgreSQL as an operator sees it.

`serve` and `worker` start the embedded server when it is not running and leave it running
when they exit (other processes may share it); these commands say who started it and stop it.
"""

from __future__ import annotations

import json
import time

import typer
from rich.console import Console

from pdfqueue.config import get_settings
from pdfqueue.db import server

db_app = typer.Typer(help="The embedded PostgreSQL: its status, and stopping it.")
out = Console()


@db_app.command()
def status(
    as_json: bool = typer.Option(False, "--json", help="One JSON object, for scripts."),
) -> None:
    """Whether the embedded PostgreSQL runs, where its data is, and who started it."""
    settings = get_settings()
    running = server.is_running(settings.data_dir)
    owner = server.owner(settings.data_dir) if running else None
    facts = {
        "embedded": settings.database_url is None,
        "running": running,
        "data_dir": str(server.pgdata_dir(settings.data_dir)),
        "started_by": owner["command"] if owner else None,
        "started_by_pid": owner["pid"] if owner else None,
        "started_at": owner["started_at"] if owner else None,
    }
    if as_json:
        typer.echo(json.dumps(facts))
        return
    if settings.database_url:
        out.print("pdfqueue uses the server of PDFQUEUE_DATABASE_URL, not the embedded one.")
    if not running:
        out.print(f"The embedded PostgreSQL in {facts['data_dir']} is not running.")
        return
    since = (
        time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(owner["started_at"])) if owner else "?"
    )
    out.print(
        f"The embedded PostgreSQL in {facts['data_dir']} is running, started by "
        f"{server.describe_owner(settings.data_dir)} at {since}. `pdfqueue db stop` stops it."
    )


@db_app.command()
def stop() -> None:
    """Stop the embedded PostgreSQL (processes using it lose their connections)."""
    settings = get_settings()
    if not server.is_running(settings.data_dir):
        out.print("The embedded PostgreSQL is not running; nothing to stop.")
        return
    who = server.describe_owner(settings.data_dir)
    server.stop(settings.data_dir)
    out.print(f"Stopped the embedded PostgreSQL (it had been started by {who}).")
