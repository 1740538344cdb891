"""Worker crashes: kill -9 worker processes while documents process; nothing is lost or doubled.

A catalog and eleven other small corpus PDFs go through the real system (API + supervisor with 2
worker processes). Every few seconds a worker process that is busy (per its heartbeat row) is
killed with SIGKILL; the supervisor replaces it and fails what it held, so it runs again. At
the end every document is completed, every queue row completed exactly once, every
job_progress count equals the rows, and no document's progress ever went backwards, neither
in the database nor in the SSE stream a client followed.
"""

from __future__ import annotations

import json
import random
import threading
import time
from pathlib import Path

import httpx
import psutil
import pytest
from e2e_harness import Launch, ProgressRecorder, System, integrity_problems

pytestmark = pytest.mark.slow

FILES = (
    "gen-catalog-product-grid-2p.pdf",
    "text-multi-page-5p.pdf",
    "scan-table-image.pdf",
    "scan-jbig2-xerox.pdf",
    "scan-rotated-90.pdf",
    "edge-encoding-arabic-short.pdf",
    "edge-encoding-korean-tables.pdf",
    "edge-encoding-arabic-rtl-article.pdf",
    "edge-encoding-font-without-unicode-map.pdf",
    "scan-french-diacritics.pdf",
    # Dense scans: enough OCR work that the run outlasts several kills on a quiet machine too.
    "gen-scan-office-2p.pdf",
    "scan-multipage-4p.pdf",
)
KILL_EVERY_SECONDS = 1.5  # the run takes ~10 s on a quiet machine: room for MAX_KILLS
MAX_KILLS = 6
IDLE_KILL_AFTER_SECONDS = 4.5  # no busy process for this long past a kill's time: kill any
RUN_TIMEOUT_SECONDS = 240.0


class Killer:
    """SIGKILLs a busy worker process every few seconds (any one, if none has been busy for a
    while), never twice during the same job.

    Killing the same job again and again would exhaust its retries (a poison job), which is
    the retry policy working, not what this test is about.
    """

    def __init__(self, system: System, seed: int = 7) -> None:
        self.system = system
        self.random = random.Random(seed)
        self.kills: list[int] = []
        self.killed_jobs: set[str] = set()
        self.next_at = time.monotonic() + KILL_EVERY_SECONDS

    def tick(self) -> None:
        if len(self.kills) >= MAX_KILLS or time.monotonic() < self.next_at:
            return
        processes = {p.pid: p for p in self.system.worker_processes()}
        busy = {
            r["pid"]: set(r["job"] or [])
            for r in self.system.query(
                "SELECT pid, ARRAY(SELECT jsonb_array_elements_text(current_job -> 'ids')) AS job"
                " FROM workers WHERE status = 'busy' AND stopped_at IS NULL"
            )
            if r["pid"] in processes and not set(r["job"] or []) & self.killed_jobs
        }
        if not busy:
            if time.monotonic() < self.next_at + IDLE_KILL_AFTER_SECONDS:
                return  # wait for a busy one (on a loaded machine they show up late)
            busy = {pid: set() for pid in processes}  # then any: an idle one must recover too
            if not busy:
                return
        victim = self.random.choice(sorted(busy))
        try:
            processes[victim].kill()
        except psutil.NoSuchProcess:
            return
        self.kills.append(victim)
        self.killed_jobs |= busy[victim]
        self.next_at = time.monotonic() + KILL_EVERY_SECONDS


def follow_events(system: System, document_id: str, into: list[float]) -> None:
    """Record the progress of every SSE event of one document until its stream ends."""
    with (
        system.client() as client,
        client.stream(
            "GET",
            f"/api/documents/{document_id}/events",
            timeout=httpx.Timeout(10, read=RUN_TIMEOUT_SECONDS),
        ) as stream,
    ):
        for line in stream.iter_lines():
            if line.startswith("data:"):
                data = json.loads(line[5:])
                if "progress" in data:
                    into.append(float(data["progress"]))


def test_killed_workers_lose_nothing_and_do_nothing_twice(launch: Launch, corpus: Path) -> None:
    # A kill counts an attempt against every row the process held (claimed in a batch, not only
    # the running one): retries must outlast MAX_KILLS, or a row could fail for lack of them.
    system = launch(workers=2, PDFQUEUE_MAX_RETRIES=str(MAX_KILLS + 2))
    ids = system.submit(corpus / name for name in FILES)
    catalog = next(i for i, p in ids.items() if p.name.startswith("gen-catalog-"))
    streamed: list[float] = []
    follower = threading.Thread(target=follow_events, args=(system, catalog, streamed))
    follower.start()
    recorder = ProgressRecorder(system, ids)
    killer = Killer(system)

    def every() -> None:
        killer.tick()
        recorder.poll()

    system.wait_until_ended(ids, RUN_TIMEOUT_SECONDS, every=every, poll_seconds=0.3)
    follower.join(30)
    recorder.poll()

    assert len(killer.kills) >= 3, f"only {len(killer.kills)} kills happened: the run was too short"
    assert system.services["worker"].alive(), "the supervisor died"
    assert system.wait_for_worker_processes(2) == 2, "the supervisor did not replace its processes"
    killed_rows = system.query(
        "SELECT count(*) AS n FROM (SELECT errors FROM stage_queue UNION ALL"
        " SELECT errors FROM image_processing_queue UNION ALL SELECT errors FROM ai_analysis_queue)"
        " q WHERE errors::text LIKE '%%SIGKILL%%'"
    )[0]["n"]
    assert killed_rows > 0, "no kill interrupted a job: the test did not test anything"

    problems = integrity_problems(system, ids)
    assert not problems, "\n".join(problems) + "\n" + system.report(ids)
    assert not recorder.backwards(), recorder.backwards()
    assert streamed and streamed[-1] == 100.0, streamed
    assert streamed == sorted(streamed), f"the SSE stream went backwards: {streamed}"
