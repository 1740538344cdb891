"""Passwords of encrypted PDFs: sealed at upload, opened by extraction, gone when it ends.

The upload hands the password to `store`, which seals it (pdfqueue.keys.seal: AES-256-GCM under
a key derived from the server secret, bound to the document id) into `document_passwords`;
extraction jobs `load` it to open the PDF. A trigger (migration 0073) deletes the row when the
document leaves extraction or ends. The password is never logged, never put in a job's payload
and never returned by the API.
"""

from __future__ import annotations

from uuid import UUID

import psycopg

from pdfqueue import keys
from pdfqueue.pipeline import stages

MAX_PASSWORD_CHARS = 1024  # PDF passwords are 32 bytes (RC4/AES-128) to 127 bytes (AES-256)


def store(conn: psycopg.Connection, document_id: UUID, password: str) -> None:
    """Keep the document's password, sealed, inside the caller's (service) transaction."""
    sealed = keys.seal(password, str(document_id))
    conn.execute(stages.sql("store_password"), {"document_id": document_id, "sealed": sealed})


def load(conn: psycopg.Connection, document_id: UUID) -> str | None:
    """The document's password, or None when it was given none (or it is already deleted)."""
    row = conn.execute(stages.sql("sealed_password"), {"document_id": document_id}).fetchone()
    return None if row is None else keys.unseal(bytes(row[0]), str(document_id))
