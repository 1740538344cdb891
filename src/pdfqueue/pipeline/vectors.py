"""Embeddings in SQL: pgvector `vector` where the extension exists, `real[]` elsewhere.

The embedding columns' type depends on whether the database had pgvector when it was migrated;
these helpers find out once per database and write the literal and cast that type accepts.
"""

from __future__ import annotations

from typing import Any

import psycopg

from pdfqueue.db import named_sql

_vector_kind: dict[tuple[Any, ...], str] = {}


def vector_kind(conn: psycopg.Connection) -> str:
    """'vector' or 'real[]': the type of document_chunks.embedding in this database."""
    key = (conn.info.host, conn.info.port, conn.info.dbname)
    kind = _vector_kind.get(key)
    if kind is None:
        row = conn.execute(named_sql.load("pdfqueue.pipeline", "queries.sql")["embedding_type"])
        row = row.fetchone()
        kind = "vector" if row and row[0].startswith("vector") else "real[]"
        _vector_kind[key] = kind
    return kind


def vector_sql(conn: psycopg.Connection) -> str:
    """The SQL placeholder for an embedding parameter given by `vector_param`."""
    return "%s::vector" if vector_kind(conn) == "vector" else "%s::real[]"


def vector_param(values: list[float] | None) -> str | None:
    """An embedding as text both `vector` ('[..]' ) and `real[]` ('{..}') accept after a cast."""
    if values is None:
        return None
    return "[" + ",".join(f"{v:.7g}" for v in values) + "]"


def vector_param_for(conn: psycopg.Connection, values: list[float] | None) -> str | None:
    text = vector_param(values)
    if text is None or vector_kind(conn) == "vector":
        return text
    return "{" + text[1:-1] + "}"


def parse_vector(text: str | None) -> list[float] | None:
    """An embedding read back as `embedding::text` ('[..]' or '{..}')."""
    if not text:
        return None
    inner = text.strip()[1:-1]
    return [float(v) for v in inner.split(",")] if inner else []
