"""The queue's SQL, loaded by name from queries.sql (one place to read the whole queue).

Each query in queries.sql starts with `-- name: <name>` and a comment saying what it does.
`query(name, table)` returns the text with `{table}` replaced by the quoted table name; only the
queue tables of the registry are accepted, so no caller-provided text reaches the SQL.
"""

from __future__ import annotations

from functools import cache

from psycopg import sql

from pdfqueue.db import named_sql
from pdfqueue.queue.errors import UnknownQueue
from pdfqueue.queue.registry import QUEUE_TABLES


def _queries() -> dict[str, str]:
    return named_sql.load("pdfqueue.queue", "queries.sql")


def names() -> list[str]:
    """Every query name in queries.sql."""
    return list(_queries())


def check_queue(queue: str) -> str:
    """The queue (table) name, or a ValueError naming the valid ones."""
    if queue not in QUEUE_TABLES:
        raise UnknownQueue(f"unknown queue {queue!r}; queues are {', '.join(QUEUE_TABLES)}")
    return queue


@cache
def query(name: str, table: str | None = None) -> str:
    """The text of query `name`, for queue `table` when it is per-queue."""
    text = _queries()[name]
    if table is not None:
        text = text.replace("{table}", sql.Identifier(check_queue(table)).as_string(None))
    return text
