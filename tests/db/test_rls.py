"""Row-level security, proven with real queries as each role (docs/architecture.md: API,
auth and RLS)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest

ALICE = {"role": "user", "sub": "alice"}
BOB = {"role": "user", "sub": "bob"}
ADMIN = {"role": "admin", "sub": "root"}
SERVICE = {"role": "service", "sub": "worker"}

Connect = Callable[[dict[str, Any] | None], psycopg.Connection]


@pytest.fixture
def two_owners(owner_conn: psycopg.Connection) -> dict[str, str]:
    """One document each for alice and bob, with an image, a chunk, progress and queue rows."""
    ids = {}
    for owner in ("alice", "bob"):
        doc = owner_conn.execute(
            "INSERT INTO processed_documents (owner_id, filename, content_sha256)"
            " VALUES (%s, %s, 'sha') RETURNING id",
            (owner, f"{owner}.pdf"),
        ).fetchone()[0]
        image = owner_conn.execute(
            "INSERT INTO document_images (document_id, page_number, image_index, content_sha256)"
            " VALUES (%s, 1, 0, 'img') RETURNING id",
            (doc,),
        ).fetchone()[0]
        chunk = owner_conn.execute(
            "INSERT INTO document_chunks (document_id, chunk_index, content)"
            " VALUES (%s, 0, 'text') RETURNING id",
            (doc,),
        ).fetchone()[0]
        owner_conn.execute(
            "INSERT INTO image_processing_queue (document_id, image_id) VALUES (%s, %s)",
            (doc, image),
        )
        owner_conn.execute(
            "INSERT INTO ai_analysis_queue (document_id, chunk_id, analysis_type)"
            " VALUES (%s, %s, 'embedding')",
            (doc, chunk),
        )
        owner_conn.execute(
            "INSERT INTO stage_queue (document_id, stage) VALUES (%s, 'extraction')", (doc,)
        )
        owner_conn.execute(
            "INSERT INTO job_progress (document_id, stage) VALUES (%s, 'extraction')", (doc,)
        )
        owner_conn.execute(
            "INSERT INTO products (document_id, name) VALUES (%s, 'Oak plank')", (doc,)
        )
        ids[owner] = str(doc)
    owner_conn.execute("INSERT INTO workers (id, hostname, pid) VALUES ('w1', 'h', 1)")
    return ids


TABLES = [
    "processed_documents",
    "document_images",
    "document_chunks",
    "image_processing_queue",
    "ai_analysis_queue",
    "stage_queue",
    "job_progress",
    "products",
]


def _count(conn: psycopg.Connection, table: str) -> int:
    with conn.transaction():
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _doc_ids(conn: psycopg.Connection, table: str) -> set[str]:
    column = "id" if table == "processed_documents" else "document_id"
    with conn.transaction():
        rows = conn.execute(f"SELECT {column} FROM {table}").fetchall()
    return {str(r[0]) for r in rows}


@pytest.mark.parametrize("table", TABLES)
def test_a_user_sees_only_its_own_documents_and_their_rows(
    connect_as: Connect, two_owners: dict[str, str], table: str
) -> None:
    assert _doc_ids(connect_as(ALICE), table) == {two_owners["alice"]}
    assert _doc_ids(connect_as(BOB), table) == {two_owners["bob"]}


@pytest.mark.parametrize("table", [*TABLES, "workers"])
def test_admin_reads_everything(
    connect_as: Connect, two_owners: dict[str, str], table: str
) -> None:
    expected = 1 if table == "workers" else 2
    assert _count(connect_as(ADMIN), table) == expected


def test_without_a_known_role_nothing_is_visible(
    connect_as: Connect, two_owners: dict[str, str]
) -> None:
    for claims in (None, {"role": "anon"}, {"sub": "alice"}, {}):
        conn = connect_as(claims)
        visible = {table: _count(conn, table) for table in [*TABLES, "workers"]}
        assert set(visible.values()) == {0}, (claims, visible)


@pytest.mark.parametrize("queue", ["image_processing_queue", "ai_analysis_queue", "stage_queue"])
def test_admin_cannot_write_queue_rows(
    connect_as: Connect, two_owners: dict[str, str], owner_conn: psycopg.Connection, queue: str
) -> None:
    admin = connect_as(ADMIN)
    with admin.transaction():
        updated = admin.execute(f"UPDATE {queue} SET status = 'cancelled'").rowcount
        deleted = admin.execute(f"DELETE FROM {queue}").rowcount
    assert (updated, deleted) == (0, 0)
    with pytest.raises(psycopg.errors.InsufficientPrivilege), admin.transaction():
        admin.execute(
            "INSERT INTO stage_queue (document_id, stage) VALUES (%s, 'chunking')",
            (two_owners["alice"],),
        )
    statuses = owner_conn.execute(f"SELECT DISTINCT status FROM {queue}").fetchall()
    assert statuses == [("pending",)]


def test_service_manages_queues_progress_and_workers(
    connect_as: Connect, two_owners: dict[str, str], owner_conn: psycopg.Connection
) -> None:
    service = connect_as(SERVICE)
    with service.transaction():
        service.execute(
            "INSERT INTO stage_queue (document_id, stage) VALUES (%s, 'chunking')",
            (two_owners["alice"],),
        )
        claimed = service.execute(
            "UPDATE image_processing_queue SET status = 'processing', locked_by = 'w1'"
        ).rowcount
        service.execute("UPDATE job_progress SET completed_items = 1")
        service.execute("UPDATE workers SET last_heartbeat_at = now()")
    assert claimed == 2
    assert owner_conn.execute("SELECT count(*) FROM stage_queue").fetchone()[0] == 3
    assert owner_conn.execute("SELECT sum(completed_items) FROM job_progress").fetchone()[0] == 2


def test_users_cannot_write_queue_rows_or_others_documents(
    connect_as: Connect, two_owners: dict[str, str], owner_conn: psycopg.Connection
) -> None:
    alice = connect_as(ALICE)
    with alice.transaction():
        assert alice.execute("UPDATE image_processing_queue SET priority = 9").rowcount == 0
        assert (
            alice.execute(
                "UPDATE processed_documents SET filename = 'x' WHERE id = %s",
                (two_owners["bob"],),
            ).rowcount
            == 0
        )
    with pytest.raises(psycopg.errors.InsufficientPrivilege), alice.transaction():
        alice.execute(
            "INSERT INTO processed_documents (owner_id, filename, content_sha256)"
            " VALUES ('bob', 'forged.pdf', 'x')"
        )
    with alice.transaction():
        alice.execute(
            "INSERT INTO processed_documents (owner_id, filename, content_sha256)"
            " VALUES ('alice', 'mine.pdf', 'y')"
        )
    owners = owner_conn.execute(
        "SELECT owner_id, count(*) FROM processed_documents GROUP BY 1 ORDER BY 1"
    ).fetchall()
    assert owners == [("alice", 2), ("bob", 1)]
