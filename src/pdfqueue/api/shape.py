"""One JSON shape for every answer: pages, timestamps and numbers written the same way everywhere.

Every list (documents, chunks, images, products, search, admin jobs, workers) answers the same
envelope: `items`, `total`, `limit`, `offset`, `next` (the offset of the following page, or
null). Timestamps are RFC 3339 in UTC with a `Z` (`2026-12-05T05:35:40.123456Z`), whether the
row came from PostgreSQL or from the read model's ISO strings. Numbers are JSON numbers:
PostgreSQL's `numeric` (a document's `progress`) would otherwise leave pydantic as the string
"100.00" in one place and 100.0 in another.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from fastapi import Query

MAX_PAGE_SIZE = 500  # the largest `limit` any list accepts (documented in the OpenAPI)
MAX_OFFSET = 10_000_000

Limit = Annotated[
    int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"Items per page (at most {MAX_PAGE_SIZE}).")
]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")]


def timestamp(value: datetime) -> str:
    """The one timestamp format of the API."""
    if value.tzinfo is None:  # timestamptz always has one; a naive value is taken as UTC
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _timestamp_text(text: str) -> str:
    try:
        return timestamp(datetime.fromisoformat(text))
    except ValueError:
        return text


def plain(value: Any, key: str = "") -> Any:
    """`value` with datetimes, decimals and UUIDs as the API writes them, recursively.

    Strings under a key ending in `_at` (or `at`, in a job's list of attempts) are timestamps
    that the read model or PostgreSQL's JSON already formatted; they are rewritten so the
    format does not depend on which part produced them.
    """
    if isinstance(value, dict):
        return {k: plain(v, str(k)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, datetime):
        return timestamp(value)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, str) and (key.endswith("_at") or key == "at"):
        return _timestamp_text(value)
    return value


def page(items: list[dict[str, Any]], total: int, limit: int, offset: int) -> dict[str, Any]:
    """The pagination envelope shared by every list."""
    following = offset + limit if offset + limit < total else None
    return plain(
        {"items": items, "total": total, "limit": limit, "offset": offset, "next": following}
    )
