"""Cheap checks of an upload before it is accepted: is it a PDF, and how many pages.

The API never renders or extracts text (that is the workers' job, under time and memory
limits). It only looks for the `%PDF-` magic and asks pdfium for the page count, which reads
the cross-reference table and page tree, not the page contents. pdfium is not thread-safe,
so page counts run in a worker thread under one process-wide lock.

A file pdfium cannot open is not rejected here: it is accepted and ends `failed` in the
pipeline with a reason the user can read.
"""

from __future__ import annotations

import threading
from pathlib import Path

import anyio.to_thread
import pypdfium2 as pdfium

MAGIC = b"%PDF-"
SNIFF_BYTES = 1024  # the magic may follow some junk, as readers accept (PDF 1.7, annex H)

_PDFIUM_LOCK = threading.Lock()


def looks_like_pdf(head: bytes) -> bool:
    """True when the first SNIFF_BYTES bytes carry the PDF magic."""
    return MAGIC in head[:SNIFF_BYTES]


def count_pages(path: Path) -> int | None:
    """The page count pdfium reads, or None when it cannot open the file (or asks a password)."""
    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(str(path))
        except (pdfium.PdfiumError, OSError, ValueError):
            return None
        try:
            return len(document)
        finally:
            document.close()


async def count_pages_async(path: Path) -> int | None:
    return await anyio.to_thread.run_sync(count_pages, path)
