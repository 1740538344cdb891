"""Blob keys: relative paths under one prefix per document, the same in every store."""

from __future__ import annotations

from uuid import UUID


def document_prefix(document_id: UUID | str) -> str:
    return f"documents/{document_id}"


def source_key(document_id: UUID | str) -> str:
    return f"{document_prefix(document_id)}/source.pdf"


def image_key(document_id: UUID | str, sha256: str, extension: str) -> str:
    return f"{document_prefix(document_id)}/images/{sha256}.{extension.lstrip('.')}"
