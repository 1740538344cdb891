"""Fixtures of the end-to-end suite; the harness itself is e2e_harness.py.

`launch` starts a system on this test's database (the `settings` fixture); `module_launch` one
on a database shared by a module's tests, for tests that only need a running API and would
otherwise pay its start-up each time.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from e2e_harness import E2E_ENV, Launch, System, free_port
from psycopg.conninfo import make_conninfo

from pdfqueue.config import Settings


def _launcher(base_env: dict[str, str], root: Path) -> tuple[Launch, list[System]]:
    systems: list[System] = []

    def start(*, api: bool = True, workers: int = 2, **env: str) -> System:
        """Start the API (unless api=False) and `workers` worker processes; env overrides."""
        environ = {**base_env, **E2E_ENV, "PDFQUEUE_PORT": str(free_port()), **env}
        workdir = root / f"system{len(systems)}"
        workdir.mkdir(parents=True)
        system = System(
            db_url=environ["PDFQUEUE_DATABASE_URL"],
            env=environ,
            workdir=workdir,
            port=int(environ["PDFQUEUE_PORT"]),
        )
        systems.append(system)
        if api:
            system.start_api()
        if workers:
            system.start_workers(workers)
        return system

    return start, systems


@pytest.fixture
def launch(settings: Settings, tmp_path: Path) -> Iterator[Launch]:
    """`launch(api=True, workers=2, **env)`: the system on this test's database."""
    start, systems = _launcher(dict(os.environ), tmp_path)
    yield start
    for system in systems:
        system.stop()


@pytest.fixture(scope="module")
def module_launch(
    pg_admin_url: str, template_database: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Launch]:
    """Like `launch`, on one migrated database for the whole module."""
    name = f"pdfqueue_e2e_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template_database}"')
    root = tmp_path_factory.mktemp("system")
    env = {
        **os.environ,
        "PDFQUEUE_DATABASE_URL": make_conninfo(pg_admin_url, dbname=name),
        "PDFQUEUE_DATA_DIR": str(root / "data"),
        "PDFQUEUE_JWT_SECRET": "e2e-secret-" + "y" * 40,
    }
    start, systems = _launcher(env, root)
    yield start
    for system in systems:
        system.stop()
    with psycopg.connect(pg_admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
