"""Queue throughput benchmark: pdfqueue's queue against pgqueuer and procrastinate.

One run, no-op jobs, the same machine and database server for all three:
- batch enqueue rate (rows/s, inserted in transactions of --enqueue-batch rows);
- claim-and-complete rate with --workers worker processes (jobs/s, from the commit that makes
  --jobs rows visible at once to the last completion), durable commits;
- pickup latency p50/p95 (enqueue of one job into an idle system -> handler starts);
- RSS of an idle worker process.

Usage: python bench/queue_throughput.py [--database-url URL] [--jobs 20000] [--workers 2]
Without --database-url it starts the embedded PostgreSQL in a temporary directory. This file is
also the handlers module its pdfqueue workers import (it registers a no-op handler).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.metadata
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg

from pdfqueue.queue import Handler, register

QUEUE = "ai_analysis_queue"  # the high-volume queue of the pipeline (and its indexes)
TASK = "classification"
HERE = Path(__file__).resolve().parent


def _noop(jobs):
    now = time.time()
    return [{"t": now} for _ in jobs]


register(Handler(QUEUE, TASK, _noop))


# --- helpers ---------------------------------------------------------------------------------
def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.01)


def fresh_database(admin_url: str, name: str) -> str:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return psycopg.conninfo.make_conninfo(admin_url, dbname=name)


def drop_database(admin_url: str, name: str) -> None:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def rss_mb(pid: int) -> float:
    import psutil

    return psutil.Process(pid).memory_info().rss / 2**20


def child_pids(pid: int) -> list[int]:
    import psutil

    return [c.pid for c in psutil.Process(pid).children(recursive=True)]


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# --- pdfqueue --------------------------------------------------------------------------------
def bench_pdfqueue(url: str, args: argparse.Namespace) -> dict:
    from pdfqueue import queue
    from pdfqueue.db import migrate

    migrate.migrate(url)
    with psycopg.connect(url, autocommit=True) as conn:
        doc = conn.execute(
            "INSERT INTO processed_documents (owner_id, filename, content_sha256)"
            " VALUES ('bench', 'bench.pdf', 'x') RETURNING id"
        ).fetchone()[0]
        row = {"document_id": doc, "analysis_type": TASK}

        # enqueue rate (into an idle system: no workers yet)
        t0 = time.perf_counter()
        for _ in range(args.jobs // args.enqueue_batch):
            with conn.transaction():
                queue.enqueue(conn, QUEUE, [row] * args.enqueue_batch, notify=False)
        enqueue_rate = args.jobs / (time.perf_counter() - t0)
        conn.execute(f"DELETE FROM {QUEUE}")
        conn.execute(f"VACUUM ANALYZE {QUEUE}")

        env = {
            **os.environ,
            "PDFQUEUE_DATABASE_URL": url,
            "PDFQUEUE_LOG_LEVEL": "WARNING",
            "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")]),
        }
        code = (
            "import sys; from pdfqueue import worker; sys.exit(worker.run("
            f"concurrency={args.workers}, queues=[{QUEUE!r}], handlers='queue_throughput'))"
        )
        proc = subprocess.Popen([sys.executable, "-c", code], env=env)
        try:
            wait_for(
                lambda: conn.execute("SELECT count(*) FROM workers").fetchone()[0] >= args.workers,
                60,
                "pdfqueue workers",
            )
            time.sleep(1.0)
            pids = child_pids(proc.pid)
            idle_rss = max(rss_mb(p) for p in pids)

            # pickup latency: one job at a time into the idle system
            latencies = []
            for _ in range(args.latency_samples):
                with conn.transaction():
                    (job_id,) = queue.enqueue(conn, QUEUE, [row])
                committed = time.time()
                wait_for(
                    lambda job_id=job_id: conn.execute(
                        f"SELECT status = 'completed' FROM {QUEUE} WHERE id = %s", (job_id,)
                    ).fetchone()[0],
                    10,
                    "a pickup",
                )
                started = conn.execute(
                    f"SELECT (result->>'t')::float8 FROM {QUEUE} WHERE id = %s", (job_id,)
                ).fetchone()[0]
                latencies.append((started - committed) * 1000)
                time.sleep(0.05)

            # claim-and-complete: all rows become visible at one commit
            with conn.transaction():
                for _ in range(args.jobs // args.enqueue_batch):
                    queue.enqueue(conn, QUEUE, [row] * args.enqueue_batch)
            t0 = time.perf_counter()
            wait_for(
                lambda: conn.execute(
                    f"SELECT NOT EXISTS (SELECT 1 FROM {QUEUE} WHERE status <> 'completed')"
                ).fetchone()[0],
                600,
                "pdfqueue to drain",
            )
            rate = args.jobs / (time.perf_counter() - t0)
        finally:
            stop(proc)
    return {
        "enqueue_per_s": enqueue_rate,
        "complete_per_s": rate,
        "pickup_p50_ms": statistics.median(latencies),
        "pickup_p95_ms": pct(latencies, 0.95),
        "idle_worker_rss_mb": idle_rss,
    }


# --- pgqueuer --------------------------------------------------------------------------------
PGQUEUER_WORKER = """
import asyncio, os, sys, time
import asyncpg
from pgqueuer import AsyncpgDriver, Queries, QueueManager

async def main():
    conn = await asyncpg.connect(sys.argv[1])
    qm = QueueManager(Queries(AsyncpgDriver(conn)))
    log = open(sys.argv[2], "a", buffering=1)

    @qm.entrypoint("noop")
    async def noop(job):
        if job.payload == b"lat":
            log.write(f"{job.id} {time.time()}\\n")

    await qm.run(batch_size=10)  # pgqueuer's default batch size

asyncio.run(main())
"""


def bench_pgqueuer(url: str, args: argparse.Namespace) -> dict:
    import asyncpg
    from pgqueuer import AsyncpgDriver, Queries

    url = _uri(url)  # asyncpg takes URLs only

    async def setup_and_enqueue(n: int, batch: int, payload: bytes | None = None) -> float:
        aconn = await asyncpg.connect(url)
        queries = Queries(AsyncpgDriver(aconn))
        t0 = time.perf_counter()
        for _ in range(n // batch):
            await queries.enqueue(["noop"] * batch, [payload] * batch, [0] * batch)
        elapsed = time.perf_counter() - t0
        await aconn.close()
        return elapsed

    async def install() -> None:
        aconn = await asyncpg.connect(url)
        await Queries(AsyncpgDriver(aconn)).install()
        await aconn.close()

    asyncio.run(install())
    enqueue_rate = args.jobs / asyncio.run(setup_and_enqueue(args.jobs, args.enqueue_batch))
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DELETE FROM pgqueuer")
        conn.execute("VACUUM ANALYZE pgqueuer")
        log_dir = Path(tempfile.mkdtemp(prefix="pgq-bench-"))
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", PGQUEUER_WORKER, url, str(log_dir / f"w{i}.log")]
            )
            for i in range(args.workers)
        ]
        try:
            time.sleep(3.0)  # start-up
            idle_rss = max(rss_mb(p.pid) for p in procs)
            latencies = _latencies_via_log(
                args.latency_samples,
                lambda: asyncio.run(setup_and_enqueue(1, 1, b"lat")),
                log_dir,
            )
            rate = _drain_rate(
                conn,
                args.jobs,
                lambda: asyncio.run(setup_and_enqueue(args.jobs, args.jobs)),
                "SELECT count(*) FROM pgqueuer",
            )
        finally:
            for p in procs:
                stop(p)
            shutil.rmtree(log_dir, ignore_errors=True)
    return {
        "enqueue_per_s": enqueue_rate,
        "complete_per_s": rate,
        "pickup_p50_ms": statistics.median(latencies),
        "pickup_p95_ms": pct(latencies, 0.95),
        "idle_worker_rss_mb": idle_rss,
    }


def _uri(conninfo: str) -> str:
    """A postgresql:// URL for a conninfo string (the embedded server's socket included)."""
    from urllib.parse import quote

    info = psycopg.conninfo.conninfo_to_dict(conninfo)
    host = info.pop("host", "localhost")
    port = info.pop("port", "5432")
    user = info.pop("user", "postgres")
    dbname = info.pop("dbname", "postgres")
    if str(host).startswith("/"):
        return f"postgresql://{quote(user)}@/{dbname}?host={quote(host)}&port={port}"
    return f"postgresql://{quote(user)}@{host}:{port}/{dbname}"


def _latencies_via_log(samples: int, enqueue_one: Callable[[], object], log_dir: Path) -> list:
    """Enqueue one job at a time; the handler writes its start time to a log file."""
    latencies = []
    for n in range(1, samples + 1):
        enqueue_one()
        committed = time.time()

        def seen(n: int = n) -> bool:
            return sum(len(f.read_text().splitlines()) for f in log_dir.glob("*.log")) >= n

        wait_for(seen, 10, "a pickup")
        last = max(
            float(line.split()[1])
            for f in log_dir.glob("*.log")
            for line in f.read_text().splitlines()
        )
        latencies.append((last - committed) * 1000)
        time.sleep(0.05)
    return latencies


def _drain_rate(conn, jobs: int, enqueue_all: Callable[[], object], remaining_sql: str) -> float:
    """Enqueue `jobs` rows at one commit into running workers; jobs/s until none remain."""
    enqueue_all()
    t0 = time.perf_counter()
    wait_for(lambda: conn.execute(remaining_sql).fetchone()[0] == 0, 600, "the queue to drain")
    return jobs / (time.perf_counter() - t0)


# --- procrastinate ---------------------------------------------------------------------------
PROCRASTINATE_APP = """
import os, time
from procrastinate import App, PsycopgConnector

app = App(connector=PsycopgConnector(conninfo=os.environ["BENCH_URL"]))
LOG = os.environ.get("BENCH_LOG")


@app.task(name="noop")
def noop(lat=False):
    if lat:
        with open(LOG + f"/{os.getpid()}.log", "a") as f:
            f.write(f"x {time.time()}\\n")
"""


def bench_procrastinate(url: str, args: argparse.Namespace) -> dict:
    args = argparse.Namespace(**{**vars(args), "jobs": args.procrastinate_jobs})
    app_dir = Path(tempfile.mkdtemp(prefix="procrastinate-bench-"))
    log_dir = app_dir / "log"
    log_dir.mkdir()
    (app_dir / "bench_procrastinate_app.py").write_text(PROCRASTINATE_APP)
    sys.path.insert(0, str(app_dir))
    os.environ["BENCH_URL"] = url
    os.environ["BENCH_LOG"] = str(log_dir)
    import bench_procrastinate_app as mod

    app = mod.app
    with app.open():
        app.schema_manager.apply_schema()
        t0 = time.perf_counter()
        for _ in range(args.jobs // args.enqueue_batch):
            mod.noop.batch_defer(*[{}] * args.enqueue_batch)
        enqueue_rate = args.jobs / (time.perf_counter() - t0)
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("DELETE FROM procrastinate_jobs")
            conn.execute("VACUUM ANALYZE procrastinate_jobs")
            env = {**os.environ, "PYTHONPATH": str(app_dir)}
            procs = [
                subprocess.Popen(
                    [sys.executable, "-m", "procrastinate", "--app=bench_procrastinate_app.app",
                     "worker", "--concurrency=1"],
                    env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                )
                for _ in range(args.workers)
            ]  # fmt: skip
            try:
                time.sleep(3.0)
                idle_rss = max(rss_mb(p.pid) for p in procs)
                latencies = _latencies_via_log(
                    args.latency_samples, lambda: mod.noop.defer(lat=True), log_dir
                )
                rate = _drain_rate(
                    conn,
                    args.jobs,
                    lambda: mod.noop.batch_defer(*[{}] * args.jobs),
                    "SELECT count(*) FROM procrastinate_jobs WHERE status IN ('todo', 'doing')",
                )
            finally:
                for p in procs:
                    stop(p)
    shutil.rmtree(app_dir, ignore_errors=True)
    return {
        "enqueue_per_s": enqueue_rate,
        "complete_per_s": rate,
        "pickup_p50_ms": statistics.median(latencies),
        "pickup_p95_ms": pct(latencies, 0.95),
        "idle_worker_rss_mb": idle_rss,
    }


# --- main ------------------------------------------------------------------------------------
def machine() -> dict:
    info = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    with contextlib.suppress(OSError):
        mem = Path("/proc/meminfo").read_text().split()[1]
        info["memory_gb"] = round(int(mem) / 2**20, 1)
    for pkg in ("pdfqueue", "psycopg", "pgqueuer", "procrastinate"):
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            info[pkg] = importlib.metadata.version(pkg)
    return info


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="a PostgreSQL superuser URL (default: embedded)")
    parser.add_argument("--jobs", type=int, default=20000, help="jobs per throughput run")
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--enqueue-batch", type=int, default=1000, help="rows per enqueue")
    parser.add_argument("--latency-samples", type=int, default=50)
    parser.add_argument(
        "--procrastinate-jobs",
        type=int,
        default=2000,
        help="jobs for procrastinate's throughput run (it is much slower; see BENCHMARKS.md)",
    )
    parser.add_argument(
        "--only", choices=["pdfqueue", "pgqueuer", "procrastinate"], action="append"
    )
    args = parser.parse_args()

    data_dir = None
    admin_url = args.database_url
    if not admin_url:
        from pdfqueue.db import server

        data_dir = Path(tempfile.mkdtemp(prefix="pdfqueue-bench-"))
        admin_url = psycopg.conninfo.make_conninfo(
            server.ensure_running(data_dir), dbname="postgres"
        )
    try:
        with psycopg.connect(admin_url) as conn:
            info = machine()
            info["postgresql"] = conn.execute("SHOW server_version").fetchone()[0]
            info["synchronous_commit"] = conn.execute("SHOW synchronous_commit").fetchone()[0]
        info["load_average_at_start"] = [round(x, 1) for x in os.getloadavg()]
        print(json.dumps({"machine": info}, indent=2))
        results = {}
        for name, fn in BENCHES.items():
            if args.only and name not in args.only:
                continue
            db = f"bench_{name}_{uuid.uuid4().hex[:6]}"
            url = fresh_database(admin_url, db)
            try:
                results[name] = fn(url, args)
            finally:
                drop_database(admin_url, db)
            print(json.dumps({name: {k: round(v, 1) for k, v in results[name].items()}}))
        print(json.dumps({"load_average_at_end": [round(x, 1) for x in os.getloadavg()]}))
        if "pdfqueue" in results and "pgqueuer" in results:
            ratio = results["pdfqueue"]["complete_per_s"] / results["pgqueuer"]["complete_per_s"]
            print(json.dumps({"pdfqueue_vs_pgqueuer_throughput": round(ratio, 2)}))
    finally:
        if data_dir is not None:
            from pdfqueue.db import server

            server.stop(data_dir)
            shutil.rmtree(data_dir, ignore_errors=True)


BENCHES: dict[str, Callable[[str, argparse.Namespace], dict]] = {
    "pdfqueue": bench_pdfqueue,
    "pgqueuer": bench_pgqueuer,
    "procrastinate": bench_procrastinate,
}

if __name__ == "__main__":
    main()
