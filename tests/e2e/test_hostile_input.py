"""Hostile input: every broken, encrypted, truncated, empty, non-PDF and resource-bomb file of
the corpus, submitted while good files process.

Each file the engine cannot read ends `failed` with a reason naming the problem, within the job
timeout; files that only claim to be PDFs are refused at upload (415); files pdfium repairs
(truncated, bogus counts, the resource bomb, which pdfium parses without inflating it) complete.
Good documents complete. The worker processes stay under the memory limit, their logs stay
small (poppler wrote 11 GB of warnings for the bomb), and no supervisor dies.
"""

from __future__ import annotations

import threading
from pathlib import Path

import psutil
import pytest
from e2e_harness import Launch, System

pytestmark = pytest.mark.slow

JOB_TIMEOUT_SECONDS = 20
MEMORY_LIMIT_MB = 1024
LOG_LIMIT_BYTES = 64 * 1024
RUN_TIMEOUT_SECONDS = 200.0

GOOD = ("text-multi-page-5p.pdf", "scan-table-image.pdf", "catalog-electronics-grid-2p.pdf")
REFUSED_AT_UPLOAD = ("edge-zero-bytes.pdf", "edge-not-pdf-plain-text.pdf")
UNREADABLE = {  # file: words its reason must contain
    "edge-encrypted-aes256-user-password.pdf": "encrypted",
    "edge-encrypted-libreoffice-password.pdf": "encrypted",
    "edge-malformed-header-and-eof-only.pdf": "damaged",
    "edge-malformed-missing-pages.pdf": "no pages",
    "edge-zero-pages.pdf": "no pages",
}
REPAIRABLE = (
    "edge-encrypted-copy-protected-2p.pdf",
    "edge-malformed-bogus-page-count.pdf",
    "edge-malformed-missing-endstream.pdf",
    "edge-malformed-parser-issue.pdf",
    "edge-truncated-no-startxref.pdf",
    "edge-resource-bomb-render.pdf",
    "edge-encoding-font-without-unicode-map.pdf",
)


class MemorySampler(threading.Thread):
    """Peak RSS of each worker process, sampled every 0.2 s until stopped."""

    def __init__(self, system: System) -> None:
        super().__init__(daemon=True)
        self.system = system
        self.peaks: dict[int, int] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.2):
            for process in self.system.worker_processes():
                try:
                    rss = process.memory_info().rss
                except psutil.NoSuchProcess:
                    continue
                self.peaks[process.pid] = max(self.peaks.get(process.pid, 0), rss)


def test_hostile_files_fail_clearly_and_good_ones_complete(launch: Launch, corpus: Path) -> None:
    system = launch(
        workers=2,
        PDFQUEUE_JOB_TIMEOUT_SECONDS=str(JOB_TIMEOUT_SECONDS),
        PDFQUEUE_WORKER_MEMORY_LIMIT_MB=str(MEMORY_LIMIT_MB),
        PDFQUEUE_MAX_RETRIES="1",
    )
    sampler = MemorySampler(system)
    sampler.start()
    supervisor = system.services["worker"].proc.pid

    with system.client() as client:
        for name in REFUSED_AT_UPLOAD:
            refused = system.upload(corpus / name, client=client)
            assert refused.status_code == 415, refused.text
            assert "not a PDF" in refused.json()["error"]["message"]
    good = system.submit(corpus / name for name in GOOD[:1])
    bad = system.submit(corpus / name for name in [*UNREADABLE, *REPAIRABLE])
    good |= system.submit(corpus / name for name in GOOD[1:])
    docs = system.wait_until_ended([*good, *bad], RUN_TIMEOUT_SECONDS)
    sampler.done.set()
    sampler.join()

    report = system.report([*good, *bad])
    for doc_id in good:
        assert docs[doc_id]["status"] == "completed", report
    for doc_id, path in bad.items():
        doc = docs[doc_id]
        if path.name in UNREADABLE:
            assert doc["status"] == "failed", report
            assert UNREADABLE[path.name] in (doc["error_message"] or "").lower(), report
        else:
            assert doc["status"] in ("completed", "completed_with_errors"), report
    extraction = system.query(
        "SELECT d.filename, extract(epoch FROM q.completed_at - q.started_at) AS seconds"
        " FROM stage_queue q JOIN processed_documents d ON d.id = q.document_id"
        " WHERE q.stage = 'extraction' AND d.id::text = ANY(%s)",
        (list(bad),),
    )
    slow = {r["filename"]: r["seconds"] for r in extraction if r["seconds"] > JOB_TIMEOUT_SECONDS}
    assert not slow, f"extraction ran past the job timeout: {slow}"

    assert system.services["worker"].alive() and psutil.pid_exists(supervisor)
    assert len(system.worker_processes()) == 2
    assert sampler.peaks, "no worker process was sampled"
    peak_mb = max(sampler.peaks.values()) / 2**20
    print(f"\npeak worker RSS {peak_mb:.0f} MB; extraction seconds {extraction}")
    for doc_id, path in bad.items():
        print(f"{path.name}: {docs[doc_id]['status']} {docs[doc_id]['error_message']}")
    assert peak_mb < MEMORY_LIMIT_MB, f"a worker process reached {peak_mb:.0f} MB"
    for service in system.services.values():
        size = len(service.output())
        assert size < LOG_LIMIT_BYTES, f"{service.name} wrote {size} bytes of log"
