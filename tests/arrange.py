"""Arranging rows for tests, as the schema owner writes them (not the pipeline): the one place
that makes a document row, whatever the part under test."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg


def make_document(conn: psycopg.Connection, *, owner: str = "alice", **columns: Any) -> uuid.UUID:
    """A processed_documents row; columns not given take test defaults (a unique checksum)."""
    values = {
        "owner_id": owner,
        "filename": columns.pop("filename", "test.pdf"),
        "content_sha256": columns.pop("content_sha256", uuid.uuid4().hex),
        **columns,
    }
    names = ", ".join(values)
    marks = ", ".join(["%s"] * len(values))
    return conn.execute(
        f"INSERT INTO processed_documents ({names}) VALUES ({marks}) RETURNING id",
        list(values.values()),
    ).fetchone()[0]
