"""The end-to-end harness: the real system as subprocesses, driven over HTTP.

`launch()` (conftest.py) starts `python -m pdfqueue.cli serve` on a free port and
`python -m pdfqueue.cli worker --concurrency 2` against this test's database (the `settings`
fixture exports the PDFQUEUE_* variables; the harness adds short leases and timeouts), each
with its output in a log file. The returned `System` speaks the domain: upload a file, wait
until documents end, read queue rows, find the worker processes. Everything it waits for has a
deadline.
"""

from __future__ import annotations

import contextlib
import itertools
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil
import psycopg
from psycopg.rows import dict_row

from pdfqueue.auth import mint_token
from pdfqueue.config import Settings

TERMINAL = ("completed", "completed_with_errors", "failed", "cancelled")
QUEUES = ("stage_queue", "image_processing_queue", "ai_analysis_queue")
START_TIMEOUT_SECONDS = 60.0  # the API answering /healthz, the workers' processes up
STOP_TIMEOUT_SECONDS = 15.0

# Short enough that a killed worker's rows come back quickly, long enough for a noisy machine.
E2E_ENV = {
    "PDFQUEUE_LEASE_SECONDS": "8",
    "PDFQUEUE_JOB_TIMEOUT_SECONDS": "60",
    "PDFQUEUE_WORKER_MEMORY_LIMIT_MB": "1500",
    "PDFQUEUE_MAX_RETRIES": "3",
    "PDFQUEUE_RETRY_BASE_SECONDS": "0.2",
    "PDFQUEUE_POLL_INTERVAL_SECONDS": "1",
    "PDFQUEUE_HEARTBEAT_SECONDS": "1",
    "PDFQUEUE_SHUTDOWN_GRACE_SECONDS": "3",
    "PDFQUEUE_LOG_LEVEL": "WARNING",
    "OMP_THREAD_LIMIT": "1",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Service:
    """One subprocess of the system and its log file."""

    name: str
    proc: subprocess.Popen
    log: Path

    def output(self) -> bytes:
        return self.log.read_bytes() if self.log.exists() else b""

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(STOP_TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                _kill_tree(self.proc.pid)
                self.proc.wait(5)
        _kill_tree(self.proc.pid)  # orphans of a supervisor that died (nothing if it drained)


def _kill_tree(pid: int) -> None:
    with contextlib.suppress(psutil.NoSuchProcess):
        for child in psutil.Process(pid).children(recursive=True):
            with contextlib.suppress(psutil.NoSuchProcess):
                child.kill()


@dataclass
class System:
    """The running system under test (API + worker supervisor) and ways to look inside it."""

    db_url: str
    env: dict[str, str]
    workdir: Path
    port: int
    services: dict[str, Service] = field(default_factory=dict)

    # --- processes -----------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def blob_dir(self) -> Path:
        return Path(self.env["PDFQUEUE_DATA_DIR"]) / "blobs"

    def spawn(self, name: str, *args: str) -> Service:
        log = self.workdir / f"{name}.log"
        handle = log.open("ab")
        proc = subprocess.Popen(
            [sys.executable, "-m", "pdfqueue.cli", *args],
            env=self.env,
            stdout=handle,
            stderr=subprocess.STDOUT,
            cwd=self.workdir,
        )
        handle.close()
        service = Service(name, proc, log)
        self.services[name] = service
        return service

    def start_api(self) -> Service:
        service = self.spawn("api", "serve")
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if not service.alive():
                raise AssertionError(f"the API exited:\n{service.output().decode()[-3000:]}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.base_url}/healthz", timeout=2).status_code == 200:
                    return service
            time.sleep(0.2)
        raise AssertionError(f"the API did not answer:\n{service.output().decode()[-3000:]}")

    def start_workers(self, concurrency: int = 2) -> Service:
        service = self.spawn("worker", "worker", "--concurrency", str(concurrency))
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while len(self.worker_processes()) < concurrency:
            if not service.alive():
                raise AssertionError(f"the workers exited:\n{service.output().decode()[-3000:]}")
            if time.monotonic() > deadline:
                raise AssertionError("the worker processes did not start")
            time.sleep(0.2)
        return service

    def worker_processes(self) -> list[psutil.Process]:
        """The supervisor's worker processes (its direct children), alive now."""
        supervisor = self.services.get("worker")
        if supervisor is None or not supervisor.alive():
            return []
        with contextlib.suppress(psutil.NoSuchProcess):
            return [
                p
                for p in psutil.Process(supervisor.proc.pid).children()
                if p.status() != psutil.STATUS_ZOMBIE
            ]
        return []

    def wait_for_worker_processes(self, count: int, timeout: float = 60.0) -> int:
        """How many worker processes the supervisor runs once it has had `timeout` seconds to
        replace killed ones (a process that died quickly is restarted after a backoff)."""
        deadline = time.monotonic() + timeout
        while len(self.worker_processes()) != count and time.monotonic() < deadline:
            time.sleep(0.2)
        return len(self.worker_processes())

    def stop(self) -> None:
        for service in reversed(list(self.services.values())):
            service.stop()

    # --- HTTP ----------------------------------------------------------------------------------
    def token(self, role: str = "user", sub: str = "e2e-user") -> str:
        settings = Settings(jwt_secret=self.env["PDFQUEUE_JWT_SECRET"])  # type: ignore[arg-type]
        return mint_token(role, sub, ttl_seconds=3600, settings=settings)  # type: ignore[arg-type]

    def client(self, role: str = "user", sub: str = "e2e-user") -> httpx.Client:
        return httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {self.token(role, sub)}"},
            timeout=30,
        )

    def upload(
        self, path: Path, *, filename: str | None = None, client: httpx.Client | None = None
    ) -> httpx.Response:
        """POST one file as multipart/form-data (force=true: the same bytes twice is fine)."""
        own = client is None
        client = client or self.client()
        try:
            with path.open("rb") as file:
                files = {"file": (filename or path.name, file, "application/pdf")}
                return client.post("/api/documents", files=files, params={"force": "true"})
        finally:
            if own:
                client.close()

    def submit(self, paths: Iterable[Path]) -> dict[str, Path]:
        """Upload each file; {document id: path}. Every upload must be accepted (202)."""
        ids: dict[str, Path] = {}
        with self.client() as client:
            for path in paths:
                response = self.upload(path, client=client)
                assert response.status_code == 202, (path.name, response.text)
                ids[response.json()["id"]] = path
        return ids

    # --- database ------------------------------------------------------------------------------
    def query(self, sql: str, params: Any = None) -> list[dict[str, Any]]:
        """Rows as the schema owner (row-level security does not apply)."""
        with psycopg.connect(self.db_url, autocommit=True, connect_timeout=5) as conn:
            return conn.cursor(row_factory=dict_row).execute(sql, params).fetchall()

    def documents(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        rows = self.query(
            "SELECT id::text, status, progress, error_message, filename, size_bytes, created_at,"
            " completed_at, updated_at FROM processed_documents WHERE id::text = ANY(%s)",
            (list(ids),),
        )
        return {row["id"]: row for row in rows}

    def wait_until_ended(
        self,
        ids: Iterable[str],
        timeout: float,
        *,
        every: Callable[[], None] | None = None,
        poll_seconds: float = 0.5,
    ) -> dict[str, dict[str, Any]]:
        """Poll until every document is terminal; calls `every()` between polls."""
        wanted = list(ids)
        deadline = time.monotonic() + timeout
        while True:
            docs = self.documents(wanted)
            if len(docs) == len(wanted) and all(d["status"] in TERMINAL for d in docs.values()):
                return docs
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"documents did not end within {timeout:.0f} s:\n" + self.report(wanted)
                )
            if every is not None:
                every()
            time.sleep(poll_seconds)

    def queue_counts(self, ids: Iterable[str] | None = None) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = {}
        for queue in QUEUES:
            where = "WHERE document_id::text = ANY(%s)" if ids is not None else ""
            rows = self.query(
                f"SELECT status, count(*) AS n FROM {queue} {where} GROUP BY status",
                (list(ids),) if ids is not None else None,
            )
            counts[queue] = {r["status"]: r["n"] for r in rows}
        return counts

    def report(self, ids: Iterable[str]) -> str:
        """What a failing test prints: documents, queue counts and the end of each log."""
        ids = list(ids)
        lines = [
            f"  {d['filename']}: {d['status']} {d['progress']}% {d['error_message'] or ''}"
            for d in self.documents(ids).values()
        ]
        lines.append(f"  queues: {self.queue_counts(ids)}")
        for queue in QUEUES:
            for row in self.query(
                f"SELECT task, retry_count, errors FROM {queue}"
                " WHERE document_id::text = ANY(%s) AND status = 'failed' LIMIT 5",
                (ids,),
            ):
                lines.append(f"  failed {queue} {row['task']}: {row['errors']}"[:1500])
        for service in self.services.values():
            tail = service.output().decode(errors="replace")[-2500:]
            lines.append(f"--- {service.name} log (alive={service.alive()}):\n{tail}")
        return "\n".join(lines)


Launch = Callable[..., System]  # the `launch` fixtures: launch(api=True, workers=2, **env)


def integrity_problems(system: System, ids: Iterable[str]) -> list[str]:
    """Every way the finished documents' rows could show work lost or done twice; [] if none.

    Each queue row completed (none pending, failed or stuck processing); each stage's jobs
    numbered 0..n-1 once (extraction's page ranges, product creation's embedding parts; one
    chunking job); every product embedded; one OCR row per image; one analysis row per chunk
    and type, for chunks that exist; chunk numbers contiguous (no leftovers of an earlier run);
    job_progress counts equal to the rows; no duplicate products; progress exactly 100.
    """
    ids = list(ids)
    checks = {
        "queue rows not completed": """
            SELECT q, document_id, status, count(*) FROM (
              SELECT 'stage' q, document_id, status FROM stage_queue
              UNION ALL SELECT 'image', document_id, status FROM image_processing_queue
              UNION ALL SELECT 'ai', document_id, status FROM ai_analysis_queue) r
            WHERE document_id::text = ANY(%(ids)s) AND status <> 'completed'
            GROUP BY 1, 2, 3""",
        "stage rows other than the three stages": """
            SELECT document_id, array_agg(DISTINCT stage ORDER BY stage) FROM stage_queue
            WHERE document_id::text = ANY(%(ids)s) GROUP BY document_id
            HAVING array_agg(DISTINCT stage ORDER BY stage)
                   <> ARRAY['chunking', 'extraction', 'product_creation']""",
        "stage parts other than 0..n-1 once each (chunking: one)": """
            SELECT document_id, stage, array_agg(part ORDER BY part) FROM stage_queue
            WHERE document_id::text = ANY(%(ids)s) GROUP BY 1, 2
            HAVING count(*) <> max(part) + 1 OR count(DISTINCT part) <> count(*)
                OR (stage = 'chunking' AND count(*) <> 1)""",
        "products without an embedding": """
            SELECT document_id, count(*) FROM products
            WHERE document_id::text = ANY(%(ids)s) AND embedding IS NULL GROUP BY 1""",
        "images OCR'd more than once": """
            SELECT document_id, image_id, count(*) FROM image_processing_queue
            WHERE document_id::text = ANY(%(ids)s) GROUP BY 1, 2 HAVING count(*) > 1""",
        "chunks analysed other than once per type": """
            SELECT c.document_id, c.chunk_index, count(a.id), count(DISTINCT a.analysis_type)
            FROM document_chunks c LEFT JOIN ai_analysis_queue a ON a.chunk_id = c.id
            WHERE c.document_id::text = ANY(%(ids)s) GROUP BY 1, 2
            HAVING count(a.id) <> 3 OR count(DISTINCT a.analysis_type) <> 3""",
        "analysis rows of chunks that no longer exist": """
            SELECT document_id, count(*) FROM ai_analysis_queue a
            WHERE document_id::text = ANY(%(ids)s)
              AND NOT EXISTS (SELECT 1 FROM document_chunks c WHERE c.id = a.chunk_id)
            GROUP BY 1""",
        "chunk numbers not contiguous": """
            SELECT document_id, count(*), min(chunk_index), max(chunk_index)
            FROM document_chunks WHERE document_id::text = ANY(%(ids)s) GROUP BY 1
            HAVING min(chunk_index) <> 0 OR max(chunk_index) <> count(*) - 1""",
        "job_progress counts differ from the rows": """
            SELECT p.document_id, p.stage, p.total_items, p.completed_items, p.failed_items,
                   r.n AS rows
            FROM job_progress p
            LEFT JOIN LATERAL (
              SELECT CASE p.stage
                WHEN 'image_processing' THEN (SELECT count(*) FROM image_processing_queue i
                                              WHERE i.document_id = p.document_id)
                WHEN 'ai_analysis' THEN (SELECT count(*) FROM ai_analysis_queue a
                                         WHERE a.document_id = p.document_id)
                ELSE (SELECT count(*) FROM stage_queue s
                      WHERE s.document_id = p.document_id AND s.stage = p.stage) END AS n
            ) r ON true
            WHERE p.document_id::text = ANY(%(ids)s)
              AND (p.total_items IS DISTINCT FROM r.n OR p.completed_items <> r.n
                   OR p.failed_items <> 0)""",
        "duplicate products": """
            SELECT document_id, name, page_numbers, count(*) FROM products
            WHERE document_id::text = ANY(%(ids)s) GROUP BY 1, 2, 3 HAVING count(*) > 1""",
        "documents not completed at 100 %": """
            SELECT id, status, progress FROM processed_documents
            WHERE id::text = ANY(%(ids)s) AND (status <> 'completed' OR progress <> 100)""",
    }
    problems = []
    for what, sql in checks.items():
        rows = system.query(sql, {"ids": ids})
        if rows:
            problems.append(f"{what}: {[tuple(r.values()) for r in rows[:5]]}")
    return problems


class ProgressRecorder:
    """Every progress value each document showed, polled from the database; `backwards()`
    lists the documents whose progress ever went down."""

    def __init__(self, system: System, ids: Iterable[str]) -> None:
        self.system = system
        self.ids = list(ids)
        self.seen: dict[str, list[float]] = {i: [] for i in self.ids}

    def poll(self) -> None:
        with contextlib.suppress(psycopg.OperationalError):
            for doc_id, doc in self.system.documents(self.ids).items():
                values = self.seen[doc_id]
                if not values or values[-1] != float(doc["progress"]):
                    values.append(float(doc["progress"]))

    def backwards(self) -> dict[str, list[float]]:
        return {i: v for i, v in self.seen.items() if any(b < a for a, b in itertools.pairwise(v))}
