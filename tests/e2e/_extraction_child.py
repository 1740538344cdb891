"""Extraction in a disposable child process, under an address-space limit.

The fuzz test runs every mutated PDF through here so that whatever pdfium does with it (hang,
exhaust memory, crash the process) happens to a child the test can time out, kill and classify,
as the worker supervisor has to.
"""

from __future__ import annotations

import resource
from multiprocessing.connection import Connection
from pathlib import Path

from pdfqueue.engines.pdf import PdfError, inspect_pdf, iter_pages


def extract(path: str, memory_headroom_bytes: int, reply: Connection) -> None:
    """Inspect and read every page of `path`; send back (kind, detail) through `reply`.

    The address-space limit is relative: a child forked from a test process starts with that
    process's mappings (onnxruntime, tesseract... loaded by earlier tests).
    """
    limit = _address_space_bytes() + memory_headroom_bytes
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        info = inspect_pdf(Path(path))
        pages = chars = images = 0
        for page in iter_pages(Path(path), render_dpi=72, max_image_pixels=1_000_000):
            pages += 1
            chars += len(page.text)
            images += len(page.images)
        outcome: tuple[str, str] = (
            "result",
            f"{info.page_count} pages declared, {pages} read, {chars} chars, {images} images",
        )
    except PdfError as error:
        outcome = ("typed", f"{type(error).__name__}: {error}")
    except MemoryError:
        outcome = ("memory", "MemoryError under the address-space limit")
    except BaseException as error:  # the finding this harness exists for
        outcome = ("untyped", f"{type(error).__name__}: {error!r}"[:300])
    reply.send(outcome)
    reply.close()


def _address_space_bytes() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("VmSize missing from /proc/self/status")
