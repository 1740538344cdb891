"""`pdfqueue up`: the whole system in one supervised command.

Starts (or joins) the embedded database, migrates, then runs the API server and the worker
supervisor as child processes, restarting either if it dies. Ctrl-C or SIGTERM stops the
children gracefully (SIGTERM, then SIGKILL after the grace period) and, when this command
started the embedded database, stops it too.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field

import httpx
from rich.console import Console
from rich.panel import Panel

from pdfqueue.auth import mint_token
from pdfqueue.config import Settings
from pdfqueue.db import connect, migrate, server
from pdfqueue.errors import ConfigurationError
from pdfqueue.keys import check_settings

HEALTH_TIMEOUT_SECONDS = 60.0  # how long the API may take to answer /healthz at start
RESTART_BACKOFF_SECONDS = (1.0, 2.0, 5.0, 10.0)  # between restarts of a child that keeps dying
POLL_SECONDS = 0.5
UP_TOKEN_TTL_SECONDS = 3600  # the printed admin token lands in terminals and logs: keep it short


@dataclass
class Child:
    name: str
    argv: list[str]
    process: subprocess.Popen[bytes] | None = None
    restarts: int = 0
    started_at: float = field(default=0.0)

    def start(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(self.argv, env=env)
        self.started_at = time.monotonic()

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None


def _children(settings: Settings) -> list[Child]:
    python = [sys.executable, "-m", "pdfqueue.cli"]
    return [
        Child("api", [*python, "serve"]),
        Child("workers", [*python, "worker", "--concurrency", str(settings.workers)]),
    ]


def ensure_port_free(host: str, port: int) -> None:
    """Fail at once, in a sentence, when the API's address is taken (another `up`, or any
    other server): otherwise the health check would find *that* server and report success."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise ConfigurationError(
                f"Port {port} on {host} is taken ({exc.strerror or exc}): is pdfqueue already "
                f"running? Open http://{_connectable(host)}:{port}/healthz to see, or choose "
                "another port with --port or PDFQUEUE_PORT."
            ) from None


def run_system(settings: Settings, *, console: Console) -> int:
    """Run until interrupted; returns the exit code."""
    check_settings(settings)  # refuse to start with a short secret, before anything runs
    ensure_port_free(settings.host, settings.port)
    started_embedded = False
    if settings.database_url:
        url = connect.owner_url(settings)
    else:
        already = server.is_running(settings.data_dir)
        pgdata = server.pgdata_dir(settings.data_dir)
        if already:
            console.print(
                f"Joining the embedded PostgreSQL in {pgdata}, started by "
                f"{server.describe_owner(settings.data_dir)}: it keeps running after this "
                "command ends (`pdfqueue db stop` stops it)."
            )
        else:
            console.print(f"Starting the embedded PostgreSQL in {pgdata}")
        url = server.ensure_running(settings.data_dir)
        started_embedded = not already
    applied = migrate.migrate(url)
    if applied:
        console.print(f"Applied {len(applied)} migration(s).")

    env = {**os.environ, "PDFQUEUE_DATABASE_URL": url, "PDFQUEUE_DATA_DIR": str(settings.data_dir)}
    children = _children(settings)
    stopping = False

    def request_stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        for child in children:
            child.start(env)
        _wait_healthy(settings, children[0])
        admin = mint_token("admin", "admin", ttl_seconds=UP_TOKEN_TTL_SECONDS, settings=settings)
        console.print(
            Panel.fit(
                f"[bold]Dashboard[/]  {settings.api_url}/admin/async-queue-monitor\n"
                f"[bold]API docs[/]   {settings.api_url}/docs\n"
                f"[bold]Database[/]   {connect.describe_url(url)}\n"
                f"[bold]Workers[/]    {settings.workers} worker process(es)",
                title="pdfqueue is up",
            )
        )
        # The token goes on lines of its own, never wrapped or cut by a panel, to copy whole.
        console.print(
            "Admin token (sign in to the dashboard with it; valid 1 hour, then mint another "
            "with `pdfqueue token --role admin`):",
            soft_wrap=True,
        )
        console.print(admin, soft_wrap=True, highlight=False)
        console.print("Press Ctrl-C to stop.")
        while not stopping:
            for child in children:
                if not child.alive() and not stopping:
                    _restart(child, env, console)
            time.sleep(POLL_SECONDS)
        console.print("Stopping…")
        return 0
    finally:
        _stop_children(children, settings.shutdown_grace_seconds + 5)
        if started_embedded:
            server.stop(settings.data_dir)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _wait_healthy(settings: Settings, api: Child) -> None:
    deadline = time.monotonic() + HEALTH_TIMEOUT_SECONDS
    url = f"http://{_connectable(settings.host)}:{settings.port}/healthz"
    while time.monotonic() < deadline:
        if not api.alive():
            code = api.process.returncode if api.process else "?"
            raise ConfigurationError(
                f"The API server exited at start (code {code}); is port {settings.port} "
                "already in use? Choose another with PDFQUEUE_PORT."
            )
        try:
            if httpx.get(url, timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise ConfigurationError(
        f"The API server did not answer {url} within {HEALTH_TIMEOUT_SECONDS:.0f} s; "
        "see its log above."
    )


def _connectable(host: str) -> str:
    return "127.0.0.1" if host in ("0.0.0.0", "::", "") else host


def _restart(child: Child, env: dict[str, str], console: Console) -> None:
    code = child.process.returncode if child.process else None
    delay = RESTART_BACKOFF_SECONDS[min(child.restarts, len(RESTART_BACKOFF_SECONDS) - 1)]
    if time.monotonic() - child.started_at > 60:
        child.restarts = 0  # it ran a good while: start the backoff over
        delay = RESTART_BACKOFF_SECONDS[0]
    console.print(f"[yellow]{child.name} exited (code {code}); restarting in {delay:.0f} s[/]")
    time.sleep(delay)
    child.restarts += 1
    child.start(env)


def _stop_children(children: list[Child], grace: float) -> None:
    for child in children:
        if child.alive():
            child.process.send_signal(signal.SIGTERM)  # type: ignore[union-attr]
    deadline = time.monotonic() + grace
    for child in children:
        if child.process is None:
            continue
        try:
            child.process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.process.kill()
            child.process.wait()
