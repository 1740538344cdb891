"""A cheap look at an upload before its document is recorded: how many pages it has.

The API never renders or extracts text (that is the workers' job, under time and memory
limits). It only asks pdfium for the page count, which reads the cross-reference table and
page tree, not the page contents, so a long PDF is read by several extraction jobs at once.
pdfium is not thread-safe, so page counts run in a worker thread under one process-wide lock.

Nothing is refused here: a file pdfium cannot open (empty, not a PDF, damaged, encrypted) has
no count, and one with more pages than PDFQUEUE_MAX_PAGES is accepted too. Extraction ends
such a document `failed` with a reason the user can read, and keeps the file.
"""

from __future__ import annotations

import threading
from pathlib import Path

import anyio.to_thread
import pypdfium2 as pdfium

_PDFIUM_LOCK = threading.Lock()


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
