"""Storage benchmark: the three blob stores side by side (file, postgres, s3).

For each PDFQUEUE_STORAGE_URL kind, on a fresh database:
1. the store alone: write and read back (checksum verified) a --size-mb blob, and many small
   blobs (the size of an extracted image), in MB/s and blobs/s;
2. uploads through a real API process: --uploads uploads of a --size-mb PDF one after
   another, upload-to-202 p50/p99 (no workers running: the upload path alone);
3. the pipeline: a real API and a worker supervisor with --workers processes; ten corpus PDFs
   uploaded at once, time from the first upload to the last document's end (database clock);
4. (--trigger) the cost of the trace-context trigger (migration 0081) on bulk enqueue: 20,000
   queue rows in one INSERT, trigger enabled and disabled in turns, rows/s.

The S3 store is moto's standalone server (`moto_server`, from the dev extra) on 127.0.0.1, so
the s3 figures are those of a local, in-memory S3 implementation written in Python: they show
pdfqueue's S3 path, not the speed of AWS or MinIO.

Usage: python bench/storage.py [--database-url URL] [--stores file,postgres,s3]
Without --database-url it starts the embedded PostgreSQL in a temporary directory.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import psutil
import psycopg

from pdfqueue.auth import mint_token
from pdfqueue.config import Settings
from pdfqueue.db import migrate, server
from pdfqueue.storage import make_store, storage_url

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("PDFQUEUE_CORPUS_DIR", REPO / "tests" / "corpus"))
BASE_PDF = "text-multi-page-5p.pdf"
PIPELINE_PDFS = [
    "scan-jbig2-xerox.pdf",
    "scan-table-image.pdf",
    "scan-rotated-90.pdf",
    "text-multi-page-5p.pdf",
    "gen-menu-es-4p.pdf",
    "scan-book-page-huckleberry-finn.pdf",
    "gen-catalog-product-grid-2p.pdf",
    "gen-catalog-parts-3p.pdf",
    "gen-scan-office-2p.pdf",
    "image-corporate-report-3p.pdf",
]
SMALL_BLOB_BYTES = 50 * 1024  # a typical extracted image
S3_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "bench",
    "AWS_SECRET_ACCESS_KEY": "bench-secret",
    "AWS_DEFAULT_REGION": "us-east-1",
}
ENDED = ("completed", "completed_with_errors", "failed", "cancelled")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.2)


def big_pdf(path: Path, size_mb: int) -> Path:
    """A valid PDF of about size_mb: the base PDF's pages plus an incompressible attachment."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=CORPUS / BASE_PDF)
    writer.add_attachment("noise.bin", os.urandom(size_mb * 2**20))
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def start_moto() -> tuple[subprocess.Popen, str]:
    command = Path(sys.executable).with_name("moto_server")
    if not command.exists():
        raise SystemExit("moto_server is not installed: pip install 'moto[server]'")
    port = free_port()
    proc = subprocess.Popen(
        [str(command), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **S3_CREDENTIALS},
    )
    endpoint = f"http://127.0.0.1:{port}"
    wait_for(lambda: _answers(port), 30, "moto_server")
    return proc, endpoint


def _answers(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def pieces(data: bytes, size: int = 64 * 1024) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def bench_store(settings: Settings, size_mb: int, small: int) -> dict:
    store = make_store(storage_url(settings), settings)
    data = os.urandom(size_mb * 2**20)
    writes, reads = [], []
    for i in range(3):
        key = f"documents/bench/large-{i}.bin"
        start = time.perf_counter()
        store.put_chunks(key, pieces(data))
        writes.append(time.perf_counter() - start)
        start = time.perf_counter()
        for _ in store.iter_chunks(key):
            pass
        reads.append(time.perf_counter() - start)
    blob = os.urandom(SMALL_BLOB_BYTES)
    start = time.perf_counter()
    for i in range(small):
        store.put_bytes(f"documents/bench/small-{i}.png", blob)
    small_write = time.perf_counter() - start
    start = time.perf_counter()
    for i in range(small):
        store.read_bytes(f"documents/bench/small-{i}.png")
    small_read = time.perf_counter() - start
    start = time.perf_counter()
    store.delete_document("bench")
    delete = time.perf_counter() - start
    store.close()
    return {
        "large_write_mb_s": round(size_mb / min(writes), 1),
        "large_read_mb_s": round(size_mb / min(reads), 1),
        "small_write_per_s": round(small / small_write),
        "small_read_per_s": round(small / small_read),
        "delete_document_s": round(delete, 3),
    }


def upload(client: httpx.Client, path: Path) -> tuple[float, httpx.Response]:
    start = time.perf_counter()
    with path.open("rb") as handle:
        response = client.post(
            "/api/documents",
            files={"file": (path.name, handle, "application/pdf")},
            params={"force": "true"},  # the same bytes again: a new document each time
            timeout=120,
        )
    return time.perf_counter() - start, response


def bench_backend(kind: str, args: argparse.Namespace, admin_url: str, tmp: Path, s3: str) -> dict:
    name = f"pdfqueue_bench_storage_{kind}_{uuid.uuid4().hex[:6]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    db_url = psycopg.conninfo.make_conninfo(admin_url, dbname=name)
    migrate.migrate(db_url)
    data_dir = tmp / kind
    env = {
        **os.environ,
        "PDFQUEUE_DATABASE_URL": db_url,
        "PDFQUEUE_DATA_DIR": str(data_dir),
        "PDFQUEUE_JWT_SECRET": secrets.token_urlsafe(48),
        "PDFQUEUE_LOG_LEVEL": "WARNING",
        "PDFQUEUE_PORT": str(free_port()),
    }
    if kind == "postgres":
        env["PDFQUEUE_STORAGE_URL"] = "postgres"
    elif kind == "s3":
        import boto3

        bucket = f"bench-{uuid.uuid4().hex[:8]}"
        boto3.client("s3", endpoint_url=s3, **_boto_credentials()).create_bucket(Bucket=bucket)
        env.update(S3_CREDENTIALS)
        env["PDFQUEUE_STORAGE_URL"] = f"s3://{bucket}/pdfqueue"
        env["PDFQUEUE_S3_ENDPOINT_URL"] = s3
    saved = dict(os.environ)
    os.environ.update(env)
    procs: list[subprocess.Popen] = []
    try:
        settings = Settings()
        result: dict = {"store": bench_store(settings, args.size_mb, args.small_blobs)}
        url = f"http://127.0.0.1:{env['PDFQUEUE_PORT']}"
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", "from pdfqueue.api.app import serve; serve()"], env=env
            )
        )
        wait_for(lambda: _healthy(url), 60, "the API")
        token = mint_token("user", "bench", settings=settings)
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=url, headers=headers) as client:
            worker = (
                "import sys; from pdfqueue import worker; "
                f"sys.exit(worker.run(concurrency={args.workers}))"
            )
            workers = subprocess.Popen([sys.executable, "-c", worker], env=env)
            procs.append(workers)
            with psycopg.connect(db_url, autocommit=True) as conn:
                wait_for(
                    lambda: (
                        conn.execute(
                            "SELECT count(*) FROM workers WHERE stopped_at IS NULL"
                        ).fetchone()[0]
                        >= args.workers
                    ),
                    120,
                    "the workers",
                )
                ids = [upload(client, CORPUS / n)[1].json()["id"] for n in PIPELINE_PDFS]
                wait_for(
                    lambda: (
                        conn.execute(
                            "SELECT count(*) FROM processed_documents WHERE id = ANY(%s::uuid[])"
                            " AND status = ANY(%s)",
                            (ids, list(ENDED)),
                        ).fetchone()[0]
                        == len(ids)
                    ),
                    600,
                    "the pipeline",
                )
                seconds, statuses = conn.execute(
                    "SELECT extract(epoch FROM max(completed_at) - min(created_at)),"
                    " array_agg(DISTINCT status) FROM processed_documents"
                    " WHERE id = ANY(%s::uuid[])",
                    (ids,),
                ).fetchone()
            result["pipeline"] = {"ten_pdfs_s": round(float(seconds), 2), "statuses": statuses}
            workers.terminate()  # the uploads below are measured with nothing else running
            workers.wait(60)
            pdf = big_pdf(tmp / f"big-{kind}.pdf", args.size_mb)
            timings, splits = [], []
            for _ in range(args.uploads):
                seconds, response = upload(client, pdf)
                assert response.status_code == 202, response.text
                timings.append(seconds)
                splits.append(response.headers.get("server-timing", ""))
            result["upload"] = {
                "p50_ms": round(percentile(timings, 50) * 1000),
                "p99_ms": round(percentile(timings, 99) * 1000),
                "server_timing_median": sorted(splits)[len(splits) // 2],
            }
        return result
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        os.environ.clear()
        os.environ.update(saved)
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def bench_trace_trigger(admin_url: str, rounds: int = 3, rows: int = 20_000) -> dict:
    name = f"pdfqueue_bench_trigger_{uuid.uuid4().hex[:6]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = psycopg.conninfo.make_conninfo(admin_url, dbname=name)
    try:
        migrate.migrate(url)
        with psycopg.connect(url, autocommit=True) as conn:
            doc = conn.execute(
                "INSERT INTO processed_documents (owner_id, filename, status, content_sha256)"
                " VALUES ('bench', 'x.pdf', 'queued', repeat('a', 64)) RETURNING id"
            ).fetchone()[0]
            chunk = conn.execute(
                "INSERT INTO document_chunks (document_id, chunk_index, content)"
                " VALUES (%s, 0, 'x') RETURNING id",
                (doc,),
            ).fetchone()[0]
            rates: dict[str, list[int]] = {"trigger": [], "no trigger": []}
            for _ in range(rounds):
                for mode, verb in (("trigger", "ENABLE"), ("no trigger", "DISABLE")):
                    conn.execute(f"ALTER TABLE ai_analysis_queue {verb} TRIGGER copy_traceparent")
                    conn.execute("TRUNCATE ai_analysis_queue")
                    start = time.perf_counter()
                    conn.execute(
                        "INSERT INTO ai_analysis_queue (document_id, chunk_id, analysis_type)"
                        " SELECT %s, %s, 'embedding' FROM generate_series(1, %s)",
                        (doc, chunk, rows),
                    )
                    rates[mode].append(round(rows / (time.perf_counter() - start)))
        return rates
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/readyz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def _boto_credentials() -> dict[str, str]:
    return {
        "aws_access_key_id": S3_CREDENTIALS["AWS_ACCESS_KEY_ID"],
        "aws_secret_access_key": S3_CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        "region_name": S3_CREDENTIALS["AWS_DEFAULT_REGION"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", help="PostgreSQL superuser URL (default: embedded)")
    parser.add_argument("--stores", default="file,postgres,s3")
    parser.add_argument("--size-mb", type=int, default=20, help="the large blob / upload")
    parser.add_argument("--small-blobs", type=int, default=200)
    parser.add_argument("--uploads", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--trigger", action="store_true", help="only the trace-context trigger's enqueue cost"
    )
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="pdfqueue-bench-storage-"))
    moto = None
    try:
        admin_url = args.database_url or psycopg.conninfo.make_conninfo(
            server.ensure_running(tmp / "pg"), dbname="postgres"
        )
        print(
            f"machine: {platform.node()} {platform.machine()}, {os.cpu_count()} cores,"
            f" {round(psutil.virtual_memory().total / 2**30)} GB; Python"
            f" {platform.python_version()}; load average {os.getloadavg()[0]:.1f}"
        )
        with psycopg.connect(admin_url) as conn:
            print("postgres:", conn.execute("SHOW server_version").fetchone()[0])
        if args.trigger:
            print("enqueue rows/s:", json.dumps(bench_trace_trigger(admin_url)))
            return
        endpoint = ""
        if "s3" in args.stores:
            moto, endpoint = start_moto()
        results = {}
        for kind in args.stores.split(","):
            results[kind] = bench_backend(kind, args, admin_url, tmp, endpoint)
            print(kind, json.dumps(results[kind]), flush=True)
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
        if args.json:
            args.json.write_text(json.dumps(results, indent=2))
    finally:
        if moto is not None:
            moto.terminate()
            moto.wait(10)
        if args.database_url is None:
            server.stop(tmp / "pg")
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
