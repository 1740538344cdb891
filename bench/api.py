"""API benchmark: upload latency under load, SSE latency, many SSE clients on one process.

Runs a real API process (`pdfqueue.api.app.serve`) and real worker processes against a fresh
database, then measures:
1. upload-to-202 latency p50/p99 of a --size-mb PDF (a real PDF carrying an incompressible
   attachment), while the workers process a backlog of image-heavy PDFs (both cores busy);
2. SSE latency from the commit of a progress change to the event at the client, p50/p95;
3. --clients concurrent SSE streams on the one API process: extra RSS, LISTEN connections, and
   the commit-to-client latency of a change fanned out to all of them.

Usage: python bench/api.py [--database-url URL] [--uploads 40] [--size-mb 20] [--clients 200]
Without --database-url it starts the embedded PostgreSQL in a temporary directory.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import psutil
import psycopg

from pdfqueue.auth import mint_token
from pdfqueue.client import iter_events
from pdfqueue.config import Settings
from pdfqueue.db import migrate, server
from pdfqueue.db.pools import SERVICE_CLAIMS, set_claims
from pdfqueue.pipeline import stages

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("PDFQUEUE_CORPUS_DIR", REPO / "tests" / "corpus"))
BACKLOG_PDF = "image-corporate-report-3p.pdf"  # OCR-heavy: keeps workers on the CPU
BASE_PDF = "text-multi-page-5p.pdf"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.05)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def big_pdf(path: Path, size_mb: int) -> Path:
    """A valid PDF of about size_mb: the base PDF's pages plus an incompressible attachment."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=CORPUS / BASE_PDF)
    filler = size_mb * 2**20 - (CORPUS / BASE_PDF).stat().st_size
    writer.add_attachment("noise.bin", os.urandom(max(filler, 0)))
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/readyz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def upload_with_curl(url: str, token: str, path: Path) -> tuple[float, int, str]:
    """The same upload sent by curl (C): the client's own CPU cost out of the way."""
    result = subprocess.run(
        [
            "curl", "-s", "-o", "/dev/null", "-D", "-",
            "-w", "\n%{http_code} %{time_total}",
            "-H", f"Authorization: Bearer {token}",
            "-F", f"file=@{path};type=application/pdf",
            f"{url}/api/documents?force=true",
        ],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    headers, _, last = result.stdout.rpartition("\n")
    code, seconds = last.split()
    timing = next(
        (h.split(":", 1)[1] for h in headers.splitlines() if h.lower().startswith("server-timing")),
        "",
    )
    return float(seconds), int(code), timing


def upload(client: httpx.Client, path: Path, **params: str) -> tuple[float, httpx.Response]:
    start = time.perf_counter()
    with path.open("rb") as handle:
        response = client.post(
            "/api/documents",
            files={"file": (path.name, handle, "application/pdf")},
            params=params,
            timeout=120,
        )
    return time.perf_counter() - start, response


def service_publish(conn: psycopg.Connection, document_id: uuid.UUID, value: float) -> float:
    """Commit a progress change as the pipeline does; returns the moment the commit returned."""
    with conn.transaction():
        set_claims(conn, SERVICE_CLAIMS)
        stages.publish(conn, document_id, status="processing", stage="chunking", progress=value)
    return time.perf_counter()


def insert_document(conn: psycopg.Connection, owner: str) -> uuid.UUID:
    return conn.execute(
        "INSERT INTO processed_documents (owner_id, filename, content_sha256, status)"
        " VALUES (%s, 'bench.pdf', %s, 'processing') RETURNING id",
        (owner, secrets.token_hex(32)),
    ).fetchone()[0]


# --- 1. uploads under load ----------------------------------------------------------------------
def bench_uploads(
    url: str, token: str, pdf: Path, count: int, backlog: int, use_curl: bool
) -> dict:
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}) as client:
        for _ in range(backlog):
            _, response = upload(client, CORPUS / BACKLOG_PDF, force="true")
            response.raise_for_status()
        time.sleep(3)  # let the workers get going
        psutil.cpu_percent(None)
        for _ in range(2):  # warm-up: first requests load pdfium, fill pools
            upload(client, pdf, force="true")
        latencies = []
        phases: dict[str, list[float]] = {}
        for _ in range(count):
            if use_curl:
                elapsed, status, timing = upload_with_curl(url, token, pdf)
            else:
                elapsed, response = upload(client, pdf, force="true")
                status, timing = response.status_code, response.headers.get("server-timing", "")
            if status != 202:
                raise SystemExit(f"upload answered {status}")
            latencies.append(elapsed * 1000)
            for part in timing.split(","):
                name, _, duration = part.strip().partition(";dur=")
                phases.setdefault(name, []).append(float(duration))
        cpu = psutil.cpu_percent(None)
    return {
        "uploads": count,
        "client": "curl" if use_curl else "httpx",
        "size_mb": round(pdf.stat().st_size / 2**20, 1),
        "p50_ms": round(percentile(latencies, 50), 1),
        "p99_ms": round(percentile(latencies, 99), 1),
        "max_ms": round(max(latencies), 1),
        "cpu_busy_percent_during": cpu,
        "server_p50_ms": {k: round(percentile(v, 50), 1) for k, v in phases.items()},
    }


# --- 2. SSE latency -----------------------------------------------------------------------------
def bench_sse_latency(url: str, settings: Settings, db_url: str, updates: int) -> dict:
    with psycopg.connect(db_url, autocommit=True) as owner:
        document_id = insert_document(owner, "bench")
    token = mint_token("user", "bench", settings=settings)
    arrivals: dict[float, float] = {}
    ready = threading.Event()

    def listen() -> None:
        with (
            httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}) as client,
            client.stream("GET", f"/api/documents/{document_id}/events", timeout=60) as response,
        ):
            for event in iter_events(response.iter_lines()):
                arrivals[event.data["progress"]] = time.perf_counter()
                ready.set()
                if event.data["status"] != "processing" and len(arrivals) > 1:
                    return

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    ready.wait(10)
    commits: dict[float, float] = {}
    with psycopg.connect(db_url) as conn:
        for i in range(1, updates + 1):
            value = round(i * 99 / updates, 2)
            commits[value] = service_publish(conn, document_id, value)
            time.sleep(0.05)
        time.sleep(1)
        with conn.transaction():
            set_claims(conn, SERVICE_CLAIMS)
            stages.publish(conn, document_id, status="completed", progress=100)
    thread.join(10)
    latencies = [(arrivals[v] - t) * 1000 for v, t in commits.items() if v in arrivals]
    return {
        "updates": updates,
        "received": len(latencies),
        "p50_ms": round(percentile(latencies, 50), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "max_ms": round(max(latencies), 1),
    }


# --- 3. many clients ----------------------------------------------------------------------------
async def _many_clients(
    url: str, settings: Settings, db_url: str, clients: int, documents: int, api_pid: int
) -> dict:
    with psycopg.connect(db_url, autocommit=True) as owner:
        ids = [insert_document(owner, f"user{i}") for i in range(documents)]
        backends_before = owner.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
        ).fetchone()[0]
    rss_before = psutil.Process(api_pid).memory_info().rss
    arrivals: dict[tuple[int, float], float] = {}
    opened = 0
    all_open = asyncio.Event()
    limits = httpx.Limits(max_connections=clients + 10, max_keepalive_connections=clients + 10)

    async def watch(index: int, http: httpx.AsyncClient) -> None:
        nonlocal opened
        doc = ids[index % documents]
        token = mint_token("user", f"user{index % documents}", settings=settings)
        async with http.stream(
            "GET",
            f"/api/documents/{doc}/events",
            headers={"Authorization": f"Bearer {token}"},
            timeout=httpx.Timeout(120),
        ) as response:
            first = True
            lines: list[str] = []
            async for line in response.aiter_lines():
                if line:
                    lines.append(line)
                    continue
                data = next((x[5:].strip() for x in lines if x.startswith("data:")), None)
                lines = []
                if data is None:
                    continue
                state = json.loads(data)
                arrivals[(index, state["progress"])] = time.perf_counter()
                if first:
                    first = False
                    opened += 1
                    if opened == clients:
                        all_open.set()
                if state["status"] != "processing":
                    return

    async with httpx.AsyncClient(base_url=url, limits=limits) as http:
        tasks = [asyncio.create_task(watch(i, http)) for i in range(clients)]
        await asyncio.wait_for(all_open.wait(), 120)
        await asyncio.sleep(1)
        rss_open = psutil.Process(api_pid).memory_info().rss
        with psycopg.connect(db_url, autocommit=True) as owner:
            listening = owner.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND application_name = 'pdfqueue-listener'"
            ).fetchone()[0]
            backends_open = owner.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            ).fetchone()[0]
        commits: dict[tuple[uuid.UUID, float], float] = {}
        with psycopg.connect(db_url) as conn:
            for round_ in range(1, 6):
                for doc in ids:
                    value = float(round_ * 10)
                    commits[(doc, value)] = await asyncio.to_thread(
                        service_publish, conn, doc, value
                    )
                await asyncio.sleep(1.5)
            rss_peak = psutil.Process(api_pid).memory_info().rss
            for doc in ids:
                with conn.transaction():
                    set_claims(conn, SERVICE_CLAIMS)
                    stages.publish(conn, doc, status="completed", progress=100)
        await asyncio.wait_for(asyncio.gather(*tasks), 120)
    latencies = [
        (arrived - commits[(ids[index % documents], value)]) * 1000
        for (index, value), arrived in arrivals.items()
        if (ids[index % documents], value) in commits
    ]
    return {
        "clients": clients,
        "documents": documents,
        "extra_rss_mb_open": round((rss_open - rss_before) / 2**20, 1),
        "extra_rss_mb_after_fanout": round((rss_peak - rss_before) / 2**20, 1),
        "listen_connections": listening,
        "db_backends_before_after": [backends_before, backends_open],
        "fanout_events": len(latencies),
        "fanout_p50_ms": round(percentile(latencies, 50), 1),
        "fanout_p95_ms": round(percentile(latencies, 95), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="PostgreSQL superuser URL (default: embedded)")
    parser.add_argument("--uploads", type=int, default=40)
    parser.add_argument("--size-mb", type=int, default=20)
    parser.add_argument("--backlog", type=int, default=6, help="PDFs keeping the workers busy")
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument(
        "--worker-nice", type=int, default=0, help="run the workers at this CPU niceness"
    )
    parser.add_argument("--curl", action="store_true", help="upload with curl instead of httpx")
    parser.add_argument("--sse-updates", type=int, default=100)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--documents", type=int, default=20, help="documents they watch")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="pdfqueue-bench-api-"))
    procs: list[subprocess.Popen] = []
    admin_url = args.database_url
    name = f"pdfqueue_bench_api_{uuid.uuid4().hex[:6]}"
    try:
        if admin_url is None:
            admin_url = psycopg.conninfo.make_conninfo(
                server.ensure_running(tmp / "pg"), dbname="postgres"
            )
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        db_url = psycopg.conninfo.make_conninfo(admin_url, dbname=name)
        migrate.migrate(db_url)
        port = free_port()
        env = {
            **os.environ,
            "PDFQUEUE_DATABASE_URL": db_url,
            "PDFQUEUE_DATA_DIR": str(tmp / "data"),
            "PDFQUEUE_JWT_SECRET": secrets.token_urlsafe(48),
            "PDFQUEUE_PORT": str(port),
            "PDFQUEUE_LOG_LEVEL": "WARNING",
            # one user uploads the whole benchmark: per-user limits would cut it short
            "PDFQUEUE_UPLOADS_PER_MINUTE": "0",
            "PDFQUEUE_MAX_STORED_MB_PER_USER": "0",
        }
        settings = Settings(
            database_url=db_url,
            data_dir=tmp / "data",
            jwt_secret=env["PDFQUEUE_JWT_SECRET"],
            port=port,
        )
        url = f"http://127.0.0.1:{port}"
        api = subprocess.Popen(
            [sys.executable, "-c", "from pdfqueue.api.app import serve; serve()"], env=env
        )
        procs.append(api)
        wait_for(lambda: healthy(url), 60, "the API")
        worker_code = (
            "import sys; from pdfqueue import worker; "
            f"sys.exit(worker.run(concurrency={args.workers}))"
        )
        nice = ["nice", "-n", str(args.worker_nice)] if args.worker_nice else []
        procs.append(subprocess.Popen([*nice, sys.executable, "-c", worker_code], env=env))
        pdf = big_pdf(tmp / "big.pdf", args.size_mb)
        token = mint_token("user", "uploader", settings=settings)

        print(
            f"machine: {platform.node()} {platform.machine()}, {os.cpu_count()} cores,"
            f" {round(psutil.virtual_memory().total / 2**30)} GB;"
            f" Python {platform.python_version()}"
        )
        with psycopg.connect(db_url) as conn:
            print("postgres:", conn.execute("SHOW server_version").fetchone()[0])
        results = {
            "uploads_under_load": bench_uploads(
                url, token, pdf, args.uploads, args.backlog, args.curl
            )
        }
        print(json.dumps(results, indent=2), flush=True)
        # The workers keep running (on whatever backlog is left) during the SSE measurements.
        results["sse_latency"] = bench_sse_latency(url, settings, db_url, args.sse_updates)
        print(json.dumps({"sse_latency": results["sse_latency"]}, indent=2), flush=True)
        results["many_clients"] = asyncio.run(
            _many_clients(url, settings, db_url, args.clients, args.documents, api.pid)
        )
        print(json.dumps({"many_clients": results["many_clients"]}, indent=2), flush=True)
    finally:
        for proc in procs:
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        if admin_url:
            with (
                contextlib.suppress(psycopg.Error),
                psycopg.connect(admin_url, autocommit=True) as c,
            ):
                c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if args.database_url is None:
            server.stop(tmp / "pg")
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
