"""Fixtures shared by the whole suite: a real PostgreSQL, a clean database per test.

The server is the embedded one (started once per test session in a temporary data directory),
or the one named by PDFQUEUE_TEST_DATABASE_URL. Each test gets its own database, cloned from a
migrated template, so tests never see each other's rows.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.conninfo import make_conninfo

from pdfqueue.config import Settings, get_settings
from pdfqueue.db import migrate, server
from pdfqueue.db.pools import set_claims

REPO = Path(__file__).resolve().parents[1]


def _corpus_dir() -> Path:
    explicit = os.environ.get("PDFQUEUE_CORPUS_DIR")
    return Path(explicit) if explicit else REPO / "tests" / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The test corpus: tests/corpus in the repository, or PDFQUEUE_CORPUS_DIR."""
    path = _corpus_dir()
    if not path.is_dir():
        pytest.fail(f"corpus not found at {path}; set PDFQUEUE_CORPUS_DIR")
    return path


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """A superuser URL of the server the suite runs on."""
    external = os.environ.get("PDFQUEUE_TEST_DATABASE_URL")
    if external:
        yield external
        return
    data_dir = Path(tempfile.mkdtemp(prefix="pdfqueue-test-"))
    url = server.ensure_running(data_dir)
    admin_url = make_conninfo(url, dbname="postgres")
    with psycopg.connect(admin_url, autocommit=True) as conn:
        # A throwaway test server: trade durability for speed (the benchmarks keep it).
        for setting in ("fsync", "synchronous_commit", "full_page_writes"):
            conn.execute(f"ALTER SYSTEM SET {setting} = off")
        conn.execute("SELECT pg_reload_conf()")
    yield admin_url
    server.stop(data_dir)
    shutil.rmtree(data_dir, ignore_errors=True)


def _create_database(admin_url: str, name: str, template: str | None = None) -> str:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        clause = f' TEMPLATE "{template}"' if template else ""
        conn.execute(f'CREATE DATABASE "{name}"{clause}')
    return make_conninfo(admin_url, dbname=name)


def _drop_database(admin_url: str, name: str) -> None:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def template_database(pg_admin_url: str) -> Iterator[str]:
    """A migrated database that every test's database is cloned from."""
    name = f"pdfqueue_tpl_{uuid.uuid4().hex[:8]}"
    url = _create_database(pg_admin_url, name)
    migrate.migrate(url)
    yield name
    _drop_database(pg_admin_url, name)


@pytest.fixture
def empty_db_url(pg_admin_url: str) -> Iterator[str]:
    """A brand-new, unmigrated database."""
    name = f"pdfqueue_t_{uuid.uuid4().hex[:10]}"
    url = _create_database(pg_admin_url, name)
    yield url
    _drop_database(pg_admin_url, name)


@pytest.fixture
def db_url(pg_admin_url: str, template_database: str) -> Iterator[str]:
    """A clean, migrated database for this test (URL of its owner)."""
    name = f"pdfqueue_t_{uuid.uuid4().hex[:10]}"
    url = _create_database(pg_admin_url, name, template=template_database)
    yield url
    _drop_database(pg_admin_url, name)


@pytest.fixture
def settings(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """Settings pointing at this test's database and a private data directory.

    The same values go into the environment, so subprocesses (workers, servers) use them too.
    """
    env = {
        "PDFQUEUE_DATABASE_URL": db_url,
        "PDFQUEUE_DATA_DIR": str(tmp_path / "data"),
        "PDFQUEUE_JWT_SECRET": "test-secret-" + "x" * 40,
        "PDFQUEUE_LOG_LEVEL": "WARNING",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()


@pytest.fixture
def owner_conn(db_url: str) -> Iterator[psycopg.Connection]:
    """A connection as the schema owner (RLS does not apply): for arranging and checking."""
    with psycopg.connect(db_url, autocommit=True) as conn:
        yield conn


@pytest.fixture
def connect_as(db_url: str) -> Iterator[Callable[[dict[str, Any] | None], psycopg.Connection]]:
    """Open a connection whose every transaction acts as `pdfqueue_app` with the given claims.

    `connect_as({"role": "user", "sub": "alice"})`; `connect_as(None)` gives the app role with no
    claims at all. Use the returned connection inside `with conn.transaction():`.
    """
    opened: list[psycopg.Connection] = []

    def factory(claims: dict[str, Any] | None) -> psycopg.Connection:
        conn = psycopg.connect(db_url)
        conn.execute("SET ROLE pdfqueue_app")
        if claims is not None:
            conn.execute(
                "SELECT set_config('request.jwt.claims', %s, false)", (json.dumps(claims),)
            )
        conn.commit()
        opened.append(conn)
        return conn

    yield factory
    for conn in opened:
        conn.close()


__all__ = ["set_claims"]


@pytest.fixture
def needs_pgvector(db_url: str) -> None:
    """Skip, saying why, on a server without pgvector: semantic search answers 501 there (a
    test of that answer is tests/api/test_search.py)."""
    with psycopg.connect(db_url) as conn:
        found = conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'vector'").fetchone()
    if not found:
        pytest.skip("semantic search needs pgvector, which this PostgreSQL server lacks")
