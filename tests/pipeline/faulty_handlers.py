"""Test-only handlers module: the real pipeline, with OCR failing for the images of one page.

Workers started with `handlers="faulty_handlers"` and PDFQUEUE_TEST_FAIL_OCR_PAGE=<n> run every
real handler, except that OCR of an image on page n always raises: a fault injected at the
handler level, so the queue's retries and the pipeline's failed-item path run for real.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from pdfqueue.pipeline import handlers
from pdfqueue.queue.registry import Job, get, register

FAIL_PAGE = int(os.environ.get("PDFQUEUE_TEST_FAIL_OCR_PAGE", "0"))
_real = get("image_processing_queue", "ocr")


class InjectedFault(RuntimeError):
    pass


def run(jobs: Sequence[Job]) -> list[Any]:
    results = list(_real.run(jobs))
    for i, job in enumerate(jobs):
        if job.payload.get("page_number") == FAIL_PAGE:
            results[i] = InjectedFault(f"injected OCR fault on page {FAIL_PAGE}")
    return results


register(replace(_real, run=run))
assert handlers.HANDLERS  # the rest of the pipeline is registered as is
