"""Database restart: PostgreSQL goes away mid-run and comes back; nobody needs a restart.

While the server is down the API still answers: 503 with a sentence saying the database is
unreachable (never a 500), /healthz 200, /readyz 503. When it is back, the API and the worker
processes reconnect by themselves, every document completes, and a new upload is accepted.

On the embedded server the system under test gets its OWN embedded PostgreSQL (the suite's
shared server must not stop under other tests); on an external server
(PDFQUEUE_TEST_DATABASE_URL) the test stops and starts the cluster with pg_ctlcluster, which the
rest of this (serial) run shares, and waits until it is back.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import psycopg
import pytest
from e2e_harness import Launch, System, integrity_problems

from pdfqueue.db import migrate, server

pytestmark = pytest.mark.slow

FILES = (
    "text-multi-page-5p.pdf",
    "scan-table-image.pdf",
    "edge-encoding-korean-tables.pdf",
    "scan-jbig2-xerox.pdf",
)
DOWN_SECONDS = 6.0  # how long the server stays down while the API is probed
RUN_TIMEOUT_SECONDS = 200.0
BACK_TIMEOUT_SECONDS = 60.0


@dataclass
class Database:
    url: str
    stop: Callable[[], None]
    start: Callable[[], None]


def _wait_until_up(url: str) -> None:
    deadline = time.monotonic() + BACK_TIMEOUT_SECONDS
    while True:
        try:
            with psycopg.connect(url, connect_timeout=2) as conn:
                conn.execute("SELECT 1")
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def _cluster(url: str) -> tuple[str, str]:
    with psycopg.connect(url) as conn:
        version = conn.execute("SHOW server_version_num").fetchone()[0]
        data_dir = conn.execute("SHOW data_directory").fetchone()[0]
    return str(int(version) // 10000), Path(data_dir).name  # e.g. ("15", "main")


@pytest.fixture
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database the test may stop and start (see the module docstring)."""
    if os.environ.get("PDFQUEUE_TEST_DATABASE_URL"):
        url = request.getfixturevalue("db_url")
        version, cluster = _cluster(url)

        def ctl(action: str) -> Callable[[], None]:
            command = ["pg_ctlcluster", "--skip-systemctl-redirect", version, cluster, action]
            return lambda: subprocess.run(command, check=True, capture_output=True, timeout=60)

        db = Database(url, ctl("stop"), ctl("start"))
        try:
            yield db
        finally:
            if _down(url):
                db.start()
            _wait_until_up(url)
        return
    data_dir = tmp_path / "own-postgres"
    url = server.ensure_running(data_dir)
    migrate.migrate(url)

    def start() -> None:
        server.ensure_running(data_dir)

    try:
        yield Database(url, lambda: server.stop(data_dir), start)
    finally:
        server.stop(data_dir)


def _down(url: str) -> bool:
    try:
        with psycopg.connect(url, connect_timeout=2):
            return False
    except psycopg.OperationalError:
        return True


def probe(system: System, document_id: str, pdf: Path) -> dict[str, httpx.Response]:
    """Hit the API's routes at once while the database is down."""
    routes: dict[str, Callable[[httpx.Client], httpx.Response]] = {
        "healthz": lambda c: c.get("/healthz"),
        "readyz": lambda c: c.get("/readyz"),
        "document": lambda c: c.get(f"/api/documents/{document_id}"),
        "list": lambda c: c.get("/api/documents"),
        "upload": lambda c: system.upload(pdf, client=c),
    }

    def call(name: str) -> tuple[str, httpx.Response]:
        with system.client() as client:
            return name, routes[name](client)

    with ThreadPoolExecutor(len(routes)) as pool:
        return dict(pool.map(call, routes))


def test_the_system_rides_out_a_database_restart(
    launch: Launch, database: Database, corpus: Path
) -> None:
    system = launch(workers=2, PDFQUEUE_DATABASE_URL=database.url)
    ids = system.submit(corpus / name for name in FILES)
    first = next(iter(ids))
    deadline = time.monotonic() + RUN_TIMEOUT_SECONDS
    while not any(d["progress"] > 0 for d in system.documents(ids).values()):
        assert time.monotonic() < deadline, system.report(ids)
        time.sleep(0.2)

    database.stop()
    down_at = time.monotonic()
    answers = probe(system, first, corpus / "scan-rotated-90.pdf")
    time.sleep(max(0.0, DOWN_SECONDS - (time.monotonic() - down_at)))
    database.start()

    statuses = {name: r.status_code for name, r in answers.items()}
    assert 500 not in statuses.values(), statuses
    assert statuses["healthz"] == 200, statuses
    for name in ("readyz", "document", "list", "upload"):
        assert statuses[name] == 503, (name, answers[name].text)
    for name in ("document", "list", "upload"):
        message = answers[name].json()["error"]["message"]
        assert "database" in message.lower() and "retry" in message.lower(), message

    docs = system.wait_until_ended(ids, RUN_TIMEOUT_SECONDS)
    assert all(d["status"] == "completed" for d in docs.values()), system.report(ids)
    assert system.services["worker"].alive() and system.services["api"].alive()
    again = system.upload(corpus / "scan-rotated-90.pdf")
    assert again.status_code == 202, again.text
    ids[again.json()["id"]] = corpus / "scan-rotated-90.pdf"
    system.wait_until_ended(ids, RUN_TIMEOUT_SECONDS)
    problems = integrity_problems(system, ids)
    assert not problems, "\n".join(problems) + "\n" + system.report(ids)
    orphans = system.query(
        "SELECT count(*) AS n FROM processed_documents WHERE id::text <> ALL(%s)", (list(ids),)
    )[0]["n"]
    assert orphans == 0, "the upload refused while the database was down left a row"
    stored = {d.name for d in (system.blob_dir / "documents").iterdir()}
    assert stored <= set(ids), "the upload refused while the database was down left its blob"
