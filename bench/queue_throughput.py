"""Queue throughput benchmark: pdfqueue's queue against pgqueuer, procrastinate and a bare
`FOR UPDATE SKIP LOCKED` loop.

One run, no-op jobs, the same machine and database server for all of them:
- batch enqueue rate (rows/s, inserted in transactions of --enqueue-batch rows);
- claim-and-complete rate with --workers worker processes, durable commits, two ways:
  `complete_per_s`: the workers are running and idle, --jobs rows become visible at one commit,
  jobs/s from that commit to the last completion;
  `prefilled_complete_per_s`: --jobs rows are committed first, then the workers are started
  (pgqueuer's own benchmarks measure this way), jobs/s from the first claim seen to the last
  completion (process start-up is left out);
- pickup latency p50/p95 (enqueue of one job into an idle system -> handler starts);
- RSS of an idle worker process.
pgqueuer runs once per --pgqueuer-batch (default: its default batch of 10, and 50); the bare
loop (`skip_locked_loop`) claims --bare-batch rows per transaction and marks them completed in
the same transaction: an upper bound for a queue on this server, with no leases, no fencing
and no fairness.

Usage: python bench/queue_throughput.py [--database-url URL] [--jobs 20000] [--workers 2]
Without --database-url it starts the embedded PostgreSQL in a temporary directory. This file is
also the handlers module its pdfqueue workers import (it registers a no-op handler).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
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
def wait_for(predicate: Callable[[], bool], timeout: float, what: str, every: float = 0.01) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(every)


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


def prefilled_rate(
    conn: psycopg.Connection,
    jobs: int,
    start_workers: Callable[[], list[subprocess.Popen]],
    counts_sql: str,
) -> float:
    """`jobs` rows are already committed; start the workers and drain the queue.

    jobs/s from the first claim seen (fewer than `jobs` rows left pending) to the moment none
    is unfinished. `counts_sql` returns (rows pending, rows not finished)."""
    procs = start_workers()
    try:
        wait_for(lambda: conn.execute(counts_sql).fetchone()[0] < jobs, 120, "a first claim", 0.002)
        t0 = time.perf_counter()
        wait_for(lambda: conn.execute(counts_sql).fetchone()[1] == 0, 600, "the queue to drain")
        return jobs / (time.perf_counter() - t0)
    finally:
        for p in procs:
            stop(p)


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

        proc = _start_pdfqueue(url, args)
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

        # pre-filled: all rows committed before the workers start
        conn.execute(f"DELETE FROM {QUEUE}")
        conn.execute(f"VACUUM ANALYZE {QUEUE}")
        with conn.transaction():
            for _ in range(args.jobs // args.enqueue_batch):
                queue.enqueue(conn, QUEUE, [row] * args.enqueue_batch, notify=False)
        prefilled = prefilled_rate(
            conn,
            args.jobs,
            lambda: [_start_pdfqueue(url, args)],
            f"SELECT count(*) FILTER (WHERE status = 'pending'),"
            f" count(*) FILTER (WHERE status <> 'completed') FROM {QUEUE}",
        )
    return {
        "enqueue_per_s": enqueue_rate,
        "complete_per_s": rate,
        "prefilled_complete_per_s": prefilled,
        "pickup_p50_ms": statistics.median(latencies),
        "pickup_p95_ms": pct(latencies, 0.95),
        "idle_worker_rss_mb": idle_rss,
    }


def _start_pdfqueue(url: str, args: argparse.Namespace) -> subprocess.Popen:
    """`pdfqueue worker` (the supervisor and its --workers processes) on this file's handler."""
    env = {
        **os.environ,
        "PDFQUEUE_DATABASE_URL": url,
        "PDFQUEUE_LOG_LEVEL": "WARNING",
        # Every other system's workers run at the default priority; at pdfqueue's default of
        # nice 10 they would get a fraction of a busy shared machine's CPU and the comparison
        # would measure the scheduler.
        "PDFQUEUE_WORKER_NICE": "0",
        "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")]),
    }
    code = (
        "import sys; from pdfqueue import worker; sys.exit(worker.run("
        f"concurrency={args.workers}, queues=[{QUEUE!r}], handlers='queue_throughput'))"
    )
    return subprocess.Popen([sys.executable, "-c", code], env=env)


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

    await qm.run(batch_size=int(sys.argv[3]))

asyncio.run(main())
"""


def bench_pgqueuer(url: str, args: argparse.Namespace, batch: int = 10) -> dict:
    """pgqueuer's QueueManager (asyncpg driver) dequeuing `batch` jobs at a time (its default
    is 10)."""
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

        def start_workers() -> list[subprocess.Popen]:
            return [
                subprocess.Popen(
                    [sys.executable, "-c", PGQUEUER_WORKER, url, str(log_dir / f"w{i}.log"),
                     str(batch)]
                )
                for i in range(args.workers)
            ]  # fmt: skip

        procs = start_workers()
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
        try:
            # pre-filled: all rows committed before the workers start (completed rows leave
            # the table for pgqueuer_log)
            conn.execute("DELETE FROM pgqueuer")
            conn.execute("VACUUM ANALYZE pgqueuer")
            asyncio.run(setup_and_enqueue(args.jobs, args.enqueue_batch))
            prefilled = prefilled_rate(
                conn,
                args.jobs,
                start_workers,
                "SELECT count(*) FILTER (WHERE status = 'queued'), count(*) FROM pgqueuer",
            )
        finally:
            shutil.rmtree(log_dir, ignore_errors=True)
    return {
        "enqueue_per_s": enqueue_rate,
        "complete_per_s": rate,
        "prefilled_complete_per_s": prefilled,
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


# --- a bare FOR UPDATE SKIP LOCKED loop ------------------------------------------------------
BARE_SCHEMA = """
CREATE TABLE bare_queue (
  id bigserial PRIMARY KEY,
  status text NOT NULL DEFAULT 'pending',
  payload jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bare_queue_pending ON bare_queue (id) WHERE status = 'pending';
"""

BARE_WORKER = """
import sys, time
import psycopg

BATCH = int(sys.argv[2])
with psycopg.connect(sys.argv[1], autocommit=True) as conn:
    while True:
        with conn.transaction():  # claim, run (no-op), complete: one durable commit
            ids = [r[0] for r in conn.execute(
                "SELECT id FROM bare_queue WHERE status = 'pending' ORDER BY id"
                " LIMIT %s FOR UPDATE SKIP LOCKED", (BATCH,))]
            if ids:
                conn.execute(
                    "UPDATE bare_queue SET status = 'completed' WHERE id = ANY(%s)", (ids,))
        if not ids:
            time.sleep(0.01)  # polls: it has no NOTIFY
"""


def bench_skip_locked_loop(url: str, args: argparse.Namespace) -> dict:
    """The floor under any queue on this server: each worker process loops on one transaction
    that locks --bare-batch pending rows (SKIP LOCKED) and marks them completed."""
    fill = "INSERT INTO bare_queue (payload) SELECT '{}'::jsonb FROM generate_series(1, %s)"
    counts = (
        "SELECT count(*) FILTER (WHERE status = 'pending'),"
        " count(*) FILTER (WHERE status <> 'completed') FROM bare_queue"
    )

    def start_workers() -> list[subprocess.Popen]:
        return [
            subprocess.Popen([sys.executable, "-c", BARE_WORKER, url, str(args.bare_batch)])
            for _ in range(args.workers)
        ]

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(BARE_SCHEMA)
        procs = start_workers()
        try:
            time.sleep(1.0)  # start-up
            idle_rss = max(rss_mb(p.pid) for p in procs)
            rate = _drain_rate(
                conn,
                args.jobs,
                lambda: conn.execute(fill, (args.jobs,)),
                counts.replace("count(*) FILTER (WHERE status = 'pending'),", ""),
            )
        finally:
            for p in procs:
                stop(p)
        conn.execute("DELETE FROM bare_queue")
        conn.execute("VACUUM ANALYZE bare_queue")
        conn.execute(fill, (args.jobs,))
        prefilled = prefilled_rate(conn, args.jobs, start_workers, counts)
    return {
        "complete_per_s": rate,
        "prefilled_complete_per_s": prefilled,
        "idle_worker_rss_mb": idle_rss,
    }


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
        "--pgqueuer-batch",
        type=int,
        action="append",
        help="pgqueuer's batch_size; repeat for several runs (default: 10 and 50)",
    )
    parser.add_argument(
        "--bare-batch", type=int, default=50, help="rows per transaction of the bare loop"
    )
    parser.add_argument(
        "--only",
        choices=["pdfqueue", "pgqueuer", "skip_locked_loop", "procrastinate"],
        action="append",
        help="run only these (repeatable; default: all)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="run everything this many times, one system after the other in each round, and "
        "give each ratio's median over the rounds (a shared machine's load drifts)",
    )
    args = parser.parse_args()
    args.pgqueuer_batch = args.pgqueuer_batch or [10, 50]

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
        every_round = []
        for n in range(1, args.rounds + 1):
            results = {}
            for name, fn in benches(args):
                db = f"bench_{name}_{uuid.uuid4().hex[:6]}"
                url = fresh_database(admin_url, db)
                try:
                    results[name] = fn(url, args)
                finally:
                    drop_database(admin_url, db)
                figures = {k: round(v, 1) for k, v in results[name].items()}
                print(json.dumps({name: figures, "round": n}))
            every_round.append(ratios(results))
            load = [round(x, 1) for x in os.getloadavg()]
            print(json.dumps({"ratios": every_round[-1], "round": n, "load_average": load}))
        if args.rounds > 1:
            median = {
                key: round(statistics.median(r[key] for r in every_round), 2)
                for key in every_round[0]
            }
            print(json.dumps({"median_ratios": median}))
    finally:
        if data_dir is not None:
            from pdfqueue.db import server

            server.stop(data_dir)
            shutil.rmtree(data_dir, ignore_errors=True)


def benches(args: argparse.Namespace) -> list[tuple[str, Callable[..., dict]]]:
    """(result name, function) in run order, as --only and --pgqueuer-batch select."""
    chosen: list[tuple[str, Callable[..., dict]]] = []
    wanted = set(args.only or ["pdfqueue", "pgqueuer", "skip_locked_loop", "procrastinate"])
    if "pdfqueue" in wanted:
        chosen.append(("pdfqueue", bench_pdfqueue))
    if "pgqueuer" in wanted:
        for batch in args.pgqueuer_batch:
            chosen.append((f"pgqueuer_b{batch}", functools.partial(bench_pgqueuer, batch=batch)))
    if "skip_locked_loop" in wanted:
        chosen.append(("skip_locked_loop", bench_skip_locked_loop))
    if "procrastinate" in wanted:
        chosen.append(("procrastinate", bench_procrastinate))
    return chosen


def ratios(results: dict[str, dict]) -> dict[str, float]:
    """pdfqueue's drain rate over each other's, per scenario, within this run."""
    out: dict[str, float] = {}
    mine = results.get("pdfqueue")
    if mine is None:
        return out
    for name, theirs in results.items():
        for key in ("complete_per_s", "prefilled_complete_per_s"):
            if name != "pdfqueue" and theirs.get(key):
                out[f"pdfqueue/{name}:{key}"] = round(mine[key] / theirs[key], 2)
    return out


if __name__ == "__main__":
    main()
