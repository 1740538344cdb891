"""Per-user limits: uploads per minute, bytes stored, event streams open (429 + Retry-After).

One tenant must not exhaust what everyone shares. Uploads and stored bytes are counted in the
database (the caller's own rows, under their claims), so every API process sees the same
totals; open event streams are counted per API process (a stream lives in one process). The
service role, which ingests on behalf of others, is exempt; a limit of 0 turns that limit off.
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from dataclasses import dataclass, field

import psycopg
from psycopg_pool import ConnectionPool

from pdfqueue.api.deps import sql, transaction
from pdfqueue.api.errors import ApiError
from pdfqueue.auth import Claims
from pdfqueue.config import Settings

STORAGE_RETRY_AFTER_SECONDS = 3600  # stored bytes shrink only when the user deletes documents
STREAM_RETRY_AFTER_SECONDS = 10


def limited(claims: Claims) -> bool:
    return claims.role != "service"


def _too_many(message: str, retry_after: float) -> ApiError:
    seconds = max(1, math.ceil(retry_after))
    return ApiError(429, message, code="rate_limited", headers={"Retry-After": str(seconds)})


def check_upload_allowed(
    pool: ConnectionPool, claims: Claims, settings: Settings, incoming_bytes: int
) -> None:
    """Before an upload is read: 429 when the caller is over its uploads per minute, or when
    its stored bytes (plus the declared size of this upload) pass its quota."""
    if not limited(claims):
        return
    with transaction(pool, claims) as conn:
        if settings.uploads_per_minute > 0:
            count, age = conn.execute(sql("recent_uploads"), {"owner_id": claims.sub}).fetchone()
            if count >= settings.uploads_per_minute:
                raise _too_many(
                    f"You uploaded {count} documents in the last minute, the limit "
                    f"(PDFQUEUE_UPLOADS_PER_MINUTE); retry later.",
                    60 - float(age or 0),
                )
        check_storage(conn, claims, settings, incoming_bytes)


def check_storage(
    conn: psycopg.Connection, claims: Claims, settings: Settings, incoming_bytes: int
) -> None:
    """429 when the caller's stored documents plus `incoming_bytes` pass its quota."""
    if not limited(claims) or settings.max_stored_mb_per_user <= 0:
        return
    quota = settings.max_stored_mb_per_user * 1024 * 1024
    stored = int(conn.execute(sql("stored_bytes"), {"owner_id": claims.sub}).fetchone()[0])
    if stored + incoming_bytes > quota:
        raise _too_many(
            f"Your documents use {stored // (1024 * 1024)} MB of your "
            f"{settings.max_stored_mb_per_user} MB (PDFQUEUE_MAX_STORED_MB_PER_USER); delete "
            "some before uploading more.",
            STORAGE_RETRY_AFTER_SECONDS,
        )


@dataclass
class StreamSlots:
    """Event streams open per user in this process."""

    limit: int
    _open: Counter[str] = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def acquire(self, claims: Claims) -> StreamSlot:
        with self._lock:
            if limited(claims) and self.limit > 0 and self._open[claims.sub] >= self.limit:
                raise _too_many(
                    f"You have {self.limit} event streams open, the limit "
                    "(PDFQUEUE_MAX_EVENT_STREAMS_PER_USER); close one first.",
                    STREAM_RETRY_AFTER_SECONDS,
                )
            self._open[claims.sub] += 1
        return StreamSlot(self, claims.sub)

    def _release(self, sub: str) -> None:
        with self._lock:
            self._open[sub] -= 1
            if self._open[sub] <= 0:
                del self._open[sub]


@dataclass
class StreamSlot:
    """One open stream; release() is idempotent (the stream's end and the response's
    background task both call it, whichever comes first)."""

    slots: StreamSlots
    sub: str
    released: bool = False

    def release(self) -> None:
        if not self.released:
            self.released = True
            self.slots._release(self.sub)
