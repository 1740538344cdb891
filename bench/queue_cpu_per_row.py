"""CPU per row of draining a pre-filled queue: pdfqueue's worker loop against a bare
`FOR UPDATE SKIP LOCKED` loop, each in one process on the same database.

For each: the process's own CPU and its PostgreSQL backends' CPU (read from /proc, so the
server must run on this machine), per row, and the wall rate. CPU per row, unlike jobs/s,
hardly depends on what else a shared machine runs, and on a machine where workers and
PostgreSQL share the cores it bounds throughput: 2 cores / (µs per row) rows per second.

pdfqueue: `WorkerProcess.run_once()` in this process (claims sized by run time, handlers run
one row per call, outcomes written in batches), no-op handler of bench/queue_throughput.py,
--jobs rows of one document in `ai_analysis_queue`. Bare loop: one transaction per --bare-batch
rows that locks them and marks them completed (the table of bench/queue_throughput.py).

Usage: python bench/queue_cpu_per_row.py --database-url postgresql://postgres@127.0.0.1:5432/test
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
import queue_throughput as qt

TICKS = os.sysconf("SC_CLK_TCK")


def backend_cpu_seconds(monitor: psycopg.Connection, dbname: str) -> float:
    """user + system CPU of every backend of `dbname` but the monitor's own."""
    pids = monitor.execute(
        "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
        (dbname,),
    ).fetchall()
    total = 0
    for (pid,) in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # a backend that ended meanwhile
        total += int(fields[11]) + int(fields[12])
    return total / TICKS


def measure(monitor: psycopg.Connection, dbname: str, drain: Callable[[], int]) -> dict:
    b0, c0, t0 = backend_cpu_seconds(monitor, dbname), time.process_time(), time.perf_counter()
    rows = drain()
    b1, c1, t1 = backend_cpu_seconds(monitor, dbname), time.process_time(), time.perf_counter()
    return {
        "rows": rows,
        "worker_cpu_us_per_row": 1e6 * (c1 - c0) / rows,
        "postgresql_cpu_us_per_row": 1e6 * (b1 - b0) / rows,
        "total_cpu_us_per_row": 1e6 * (c1 - c0 + b1 - b0) / rows,
        "rows_per_s": rows / (t1 - t0),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", required=True, help="a PostgreSQL superuser URL")
    parser.add_argument("--jobs", type=int, default=20000, help="rows pre-filled for each")
    parser.add_argument("--bare-batch", type=int, default=50, help="rows per bare transaction")
    args = parser.parse_args()

    from pdfqueue import queue
    from pdfqueue.config import get_settings
    from pdfqueue.db import migrate
    from pdfqueue.worker import WorkerProcess
    from pdfqueue.worker.memory import freeze_startup_objects

    dbname = f"bench_cpu_{uuid.uuid4().hex[:6]}"
    url = qt.fresh_database(args.database_url, dbname)
    os.environ["PDFQUEUE_DATABASE_URL"] = url
    get_settings.cache_clear()
    print(json.dumps({"machine": qt.machine(), "load_average": os.getloadavg()}))
    try:
        migrate.migrate(url)
        with psycopg.connect(url, autocommit=True) as monitor:
            doc = monitor.execute(
                "INSERT INTO processed_documents (owner_id, filename, content_sha256)"
                " VALUES ('bench', 'bench.pdf', 'x') RETURNING id"
            ).fetchone()[0]
            monitor.execute(f"VACUUM ANALYZE {qt.QUEUE}")
            row = {"document_id": doc, "analysis_type": qt.TASK}
            with monitor.transaction():
                for _ in range(args.jobs // 1000):
                    queue.enqueue(monitor, qt.QUEUE, [row] * 1000, notify=False)
            monitor.execute(qt.BARE_SCHEMA)
            monitor.execute(
                "INSERT INTO bare_queue (payload) SELECT '{}'::jsonb FROM generate_series(1, %s)",
                (args.jobs,),
            )
            monitor.execute("VACUUM ANALYZE bare_queue")

            worker = WorkerProcess(
                url=url, settings=get_settings(), queues=[qt.QUEUE], worker_id="bench:1:cpu"
            )
            worker.run_once()  # connections open and a run time known, as in a running worker
            freeze_startup_objects()  # as WorkerProcess.serve() does before its loop

            def drain_pdfqueue() -> int:
                rows = 0
                while claimed := worker.run_once():
                    rows += claimed
                return rows

            try:
                mine = measure(monitor, dbname, drain_pdfqueue)
            finally:
                worker.close()
            print(json.dumps({"pdfqueue": {k: round(v, 1) for k, v in mine.items()}}))

            with psycopg.connect(url, autocommit=True) as conn:

                def drain_bare() -> int:
                    rows = 0
                    while True:
                        with conn.transaction():
                            ids = [
                                r[0]
                                for r in conn.execute(
                                    "SELECT id FROM bare_queue WHERE status = 'pending'"
                                    " ORDER BY id LIMIT %s FOR UPDATE SKIP LOCKED",
                                    (args.bare_batch,),
                                )
                            ]
                            if ids:
                                conn.execute(
                                    "UPDATE bare_queue SET status = 'completed' WHERE id = ANY(%s)",
                                    (ids,),
                                )
                        if not ids:
                            return rows
                        rows += len(ids)

                bare = measure(monitor, dbname, drain_bare)
            print(json.dumps({"skip_locked_loop": {k: round(v, 1) for k, v in bare.items()}}))
            ratio = bare["total_cpu_us_per_row"] / mine["total_cpu_us_per_row"]
            print(json.dumps({"pdfqueue_cpu_per_row_vs_bare": round(1 / ratio, 2)}))
    finally:
        qt.drop_database(args.database_url, dbname)


if __name__ == "__main__":
    main()
