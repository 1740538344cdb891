"""A real PgBouncer in transaction pooling mode for tests (Debian's `pgbouncer` package).

It runs as an unprivileged user (PgBouncer refuses root), listens on a free port and forwards
every database name to the server the test uses, with trust authentication like that server.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from psycopg.conninfo import conninfo_to_dict, make_conninfo

START_TIMEOUT_SECONDS = 15
RUN_AS = ("postgres", "pgserver", "nobody")  # first existing user PgBouncer may run as


def pgbouncer_binary() -> str | None:
    return shutil.which("pgbouncer") or next(
        (p for p in ("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer") if os.path.exists(p)), None
    )


def _unprivileged_user(host: str) -> str | None:
    if os.geteuid() != 0:
        return None
    if host.startswith("/"):  # a Unix socket: run as the server's own user, who can reach it
        owner = pwd.getpwuid(os.stat(host).st_uid).pw_name
        if owner != "root":
            return owner
    for name in RUN_AS:
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("no unprivileged user to run PgBouncer as")


@contextmanager
def pgbouncer(
    server_url: str,
    *,
    listen: str = "127.0.0.1",
    port: int | None = None,
    wrap: list[str] | None = None,
) -> Iterator[str]:
    """Start PgBouncer (transaction pooling) in front of `server_url`'s server; yields the URL
    of the same database through it."""
    binary = pgbouncer_binary()
    if binary is None:
        raise RuntimeError("pgbouncer is not installed (apt-get install pgbouncer)")
    info = conninfo_to_dict(server_url)
    user = str(info.get("user") or "postgres")
    port = port or _free_port(listen)
    workdir = Path(tempfile.mkdtemp(prefix="pdfqueue-pgbouncer-"))
    workdir.chmod(0o755)  # readable by the unprivileged user it runs as
    server = f"host={info.get('host') or '127.0.0.1'} port={info.get('port') or 5432}"
    (workdir / "users.txt").write_text(f'"{user}" ""\n')
    (workdir / "pgbouncer.ini").write_text(
        "[databases]\n"
        f"* = {server}\n"
        "[pgbouncer]\n"
        f"listen_addr = {listen}\n"
        f"listen_port = {port}\n"
        "unix_socket_dir =\n"
        "auth_type = trust\n"
        f"auth_file = {workdir / 'users.txt'}\n"
        "pool_mode = transaction\n"
        f"admin_users = {user}\n"  # SHOW STATS from the tests
        "max_client_conn = 500\n"
        "default_pool_size = 8\n"
        # psycopg sends these at connect; PgBouncer must not refuse them.
        "ignore_startup_parameters = extra_float_digits,options\n"
        f"logfile = {workdir / 'pgbouncer.log'}\n"
    )
    for path in workdir.iterdir():
        path.chmod(0o644)
    runner = _unprivileged_user(str(info.get("host") or "127.0.0.1"))
    argv = [*(wrap or []), binary, *(["-u", runner] if runner else []), "pgbouncer.ini"]
    if runner:
        shutil.chown(workdir, user=runner)
    proc = subprocess.Popen(argv, cwd=workdir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = make_conninfo(server_url, host=listen, port=str(port))
    try:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while not _answers(listen, port, wrap):
            if proc.poll() is not None or time.monotonic() > deadline:
                logfile = workdir / "pgbouncer.log"
                raise RuntimeError(
                    "pgbouncer did not start: "
                    + (logfile.read_text() if logfile.exists() else "(no log)")
                )
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(workdir, ignore_errors=True)


def _free_port(host: str) -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def _answers(host: str, port: int, wrap: list[str] | None) -> bool:
    if wrap:
        probe = f"exec 3<>/dev/tcp/{host}/{port}"
        return (
            subprocess.run(
                [*wrap, "bash", "-c", probe], check=False, stderr=subprocess.DEVNULL
            ).returncode
            == 0
        )
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex((host, port)) == 0
