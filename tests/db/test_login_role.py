"""The API and the workers log in as `pdfqueue_login`: a member of pdfqueue_app that owns
nothing and cannot become the owner; only migrations use the owner's login."""

from __future__ import annotations

import os
import uuid

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict

from pdfqueue.config import Settings
from pdfqueue.db import server
from pdfqueue.db.connect import LOGIN_ROLE, database_url, owner_url


def test_the_app_url_logs_in_as_the_login_role_not_the_owner(settings: Settings) -> None:
    assert conninfo_to_dict(database_url(settings))["user"] == LOGIN_ROLE
    assert owner_url(settings) == settings.database_url


def test_the_login_role_cannot_act_as_the_owner(
    settings: Settings, owner_conn: psycopg.Connection
) -> None:
    owner = owner_conn.execute("SELECT current_user").fetchone()[0]
    owner_conn.execute(
        "INSERT INTO processed_documents (owner_id, filename, content_sha256)"
        " VALUES ('alice', 'a.pdf', 'x')"
    )
    with psycopg.connect(database_url(settings), autocommit=True) as conn:
        is_super, bypass = conn.execute(
            "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user"
        ).fetchone()
        assert (is_super, bypass) == (False, False)
        # Row-level security applies even before any SET ROLE: no claims, no rows.
        assert conn.execute("SELECT count(*) FROM processed_documents").fetchone()[0] == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f'SET ROLE "{owner}"')
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DROP TABLE processed_documents")
        conn.execute("SET ROLE pdfqueue_app")  # what the pools do


def test_the_api_and_workers_connect_as_the_login_role(
    settings: Settings, owner_conn: psycopg.Connection
) -> None:
    from pdfqueue.pipeline import context

    context.close()
    conn = context.read_connection()  # a worker's connection
    try:
        users = {
            row[0]
            for row in owner_conn.execute(
                "SELECT usename FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        }
    finally:
        context.close()
    assert conn is not None and users == {LOGIN_ROLE}


@pytest.mark.skipif(bool(os.environ.get("PDFQUEUE_TEST_DATABASE_URL")), reason="an external server")
def test_the_embedded_servers_socket_directory_is_private(pg_admin_url: str) -> None:
    directory = server.socket_dir(pg_admin_url)
    assert directory is not None
    assert directory.stat().st_mode & 0o077 == 0, oct(directory.stat().st_mode)


def test_a_world_readable_socket_directory_is_made_private(tmp_path) -> None:
    shared = tmp_path / f"socket-{uuid.uuid4().hex[:6]}"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)
    server.make_socket_dir_private(f"postgresql://postgres:@/db?host={shared}")
    assert shared.stat().st_mode & 0o777 == 0o700
