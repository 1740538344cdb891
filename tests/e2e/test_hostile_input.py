"""Hostile input: every broken, encrypted, truncated, empty, non-PDF and resource-bomb file of
the corpus, submitted while good files process.

Each file the engine cannot read, the empty one and the one that only claims to be a PDF
included (accepted at upload like any other), ends `failed` with a reason naming the problem,
within the job timeout; files pdfium repairs
(truncated, bogus counts, the resource bomb, which pdfium parses without inflating it) complete.
The corpus bomb turns out harmless to pdfium, so the test adds a real one: a 22 KB page of
200,000 page-covering strokes, which pdfium needs minutes to render. The supervisor kills its
worker process at the job timeout, the retry meets the same fate, and the document ends
`failed` saying it timed out. Good documents complete. The worker processes stay under the
memory limit, their logs stay small (poppler wrote 11 GB of warnings for the corpus bomb), and
no supervisor dies.
"""

from __future__ import annotations

import threading
import zlib
from pathlib import Path

import psutil
import pytest
from e2e_harness import Launch, System

pytestmark = pytest.mark.slow

JOB_TIMEOUT_SECONDS = 15
MAX_RETRIES = 1
KILL_SLACK_SECONDS = 5  # the supervisor looks every 0.1 s, then records the outcome
MEMORY_LIMIT_MB = 1024
LOG_LIMIT_BYTES = 64 * 1024
RUN_TIMEOUT_SECONDS = 200.0

GOOD = ("text-multi-page-5p.pdf", "scan-table-image.pdf", "gen-catalog-product-grid-2p.pdf")
UNREADABLE = {  # file: words its reason must contain
    "edge-zero-bytes.pdf": "empty",
    "edge-not-pdf-plain-text.pdf": "not a pdf",
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


def render_bomb(strokes: int = 200_000) -> bytes:
    """A one-page PDF without text whose content stream draws `strokes` page-sized paths: the
    page has an image and no text layer, so extraction renders it for OCR."""
    compressor = zlib.compressobj(9)
    stroke = b"0 0 m 600 600 l 600 0 l 0 600 l h S\n"
    drawing = b"".join(compressor.compress(stroke) for _ in range(strokes)) + compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 600] /Contents [4 0 R 5 0 R]"
        b" /Resources << /XObject << /Im0 6 0 R >> >> >>",
        _stream(b"/Filter /FlateDecode", zlib.compress(b"q 100 0 0 100 10 10 cm /Im0 Do Q\n")),
        _stream(b"/Filter /FlateDecode", drawing),
        _stream(
            b"/Type /XObject /Subtype /Image /Width 32 /Height 32 /ColorSpace /DeviceRGB"
            b" /BitsPerComponent 8 /Filter /FlateDecode",
            zlib.compress(b"\x80" * 32 * 32 * 3),
        ),
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<< %s /Length %d >>\nstream\n%s\nendstream" % (dictionary, len(data), data)


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


def test_hostile_files_fail_clearly_and_good_ones_complete(
    launch: Launch, corpus: Path, tmp_path: Path
) -> None:
    system = launch(
        workers=2,
        PDFQUEUE_JOB_TIMEOUT_SECONDS=str(JOB_TIMEOUT_SECONDS),
        PDFQUEUE_WORKER_MEMORY_LIMIT_MB=str(MEMORY_LIMIT_MB),
        PDFQUEUE_MAX_RETRIES=str(MAX_RETRIES),
    )
    bomb = tmp_path / "render-time-bomb.pdf"
    bomb.write_bytes(render_bomb())
    sampler = MemorySampler(system)
    sampler.start()
    supervisor = system.services["worker"].proc.pid

    good = system.submit(corpus / name for name in GOOD[:1])
    bad = system.submit([bomb, *(corpus / name for name in [*UNREADABLE, *REPAIRABLE])])
    good |= system.submit(corpus / name for name in GOOD[1:])
    docs = system.wait_until_ended([*good, *bad], RUN_TIMEOUT_SECONDS)
    sampler.done.set()
    sampler.join()

    report = system.report([*good, *bad])
    for doc_id in good:
        assert docs[doc_id]["status"] == "completed", report
    for doc_id, path in bad.items():
        doc = docs[doc_id]
        if path == bomb:
            assert doc["status"] == "failed", report
            assert "timed out" in (doc["error_message"] or ""), report
        elif path.name in UNREADABLE:
            assert doc["status"] == "failed", report
            assert UNREADABLE[path.name] in (doc["error_message"] or "").lower(), report
        else:
            assert doc["status"] in ("completed", "completed_with_errors"), report
    unreadable = [doc_id for doc_id, path in bad.items() if path.name in UNREADABLE]
    attempts = system.query(
        "SELECT document_id::text, retry_count FROM stage_queue"
        " WHERE stage = 'extraction' AND document_id::text = ANY(%s)",
        (unreadable,),
    )
    assert {r["retry_count"] for r in attempts} == {0}, attempts  # failed for good at once
    extraction = system.query(
        "SELECT d.filename, extract(epoch FROM q.completed_at - q.started_at) AS seconds"
        " FROM stage_queue q JOIN processed_documents d ON d.id = q.document_id"
        " WHERE q.stage = 'extraction' AND d.id::text = ANY(%s)",
        (list(bad),),
    )
    slow = {
        r["filename"]: r["seconds"]
        for r in extraction
        if r["seconds"] is not None and r["seconds"] > JOB_TIMEOUT_SECONDS + KILL_SLACK_SECONDS
    }
    assert not slow, f"extraction ran past the job timeout: {slow}"
    bomb_doc = next(docs[i] for i, p in bad.items() if p == bomb)
    lifetime = (bomb_doc["completed_at"] or bomb_doc["updated_at"]) - bomb_doc["created_at"]
    attempts = MAX_RETRIES + 1
    assert lifetime.total_seconds() < attempts * (JOB_TIMEOUT_SECONDS + KILL_SLACK_SECONDS) + 30

    assert system.services["worker"].alive() and psutil.pid_exists(supervisor)
    assert system.wait_for_worker_processes(2) == 2
    assert sampler.peaks, "no worker process was sampled"
    peak_mb = max(sampler.peaks.values()) / 2**20
    print(f"\npeak worker RSS {peak_mb:.0f} MB; extraction seconds {extraction}")
    for doc_id, path in bad.items():
        print(f"{path.name}: {docs[doc_id]['status']} {docs[doc_id]['error_message']}")
    assert peak_mb < MEMORY_LIMIT_MB, f"a worker process reached {peak_mb:.0f} MB"
    for service in system.services.values():
        size = len(service.output())
        assert size < LOG_LIMIT_BYTES, f"{service.name} wrote {size} bytes of log"
