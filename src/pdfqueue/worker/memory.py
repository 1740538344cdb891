"""Resident memory of a worker process: what its limits are compared with.

A process above `worker_memory_limit_mb` recycles itself between jobs (it exits 0 and the
supervisor starts a fresh one); the supervisor kills one above HARD_MEMORY_FACTOR × that limit
mid-job, since a single runaway job (a PDF built to exhaust memory) never reaches "between".
"""

from __future__ import annotations

import gc
import os

HARD_MEMORY_FACTOR = 2  # a busy process above this × the memory limit is killed mid-job


def rss_of(pid: int | str) -> int:
    """Resident memory of a process in bytes (0 when it is already gone); "self" for this one."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        import psutil  # no /proc (macOS)

        try:
            return psutil.Process(None if pid == "self" else int(pid)).memory_info().rss
        except psutil.Error:
            return 0


def rss_bytes() -> int:
    """Resident memory of this process in bytes."""
    return rss_of("self")


def freeze_startup_objects() -> None:
    """Move every object alive now (modules, the handlers and their loaded engines, the pool)
    to the garbage collector's permanent generation, once the process is ready to serve.

    They live as long as the process anyway, and each full collection walked all of them: a
    claimed batch allocates a few objects per row (its rows, jobs, outcomes), which triggered
    a collection every few hundred rows, and with some 46,000 start-up objects behind it the
    collector took 3 to 5 µs of a no-op job's 20 µs of worker CPU (bench/queue_cpu_per_row.py;
    none with them frozen). Objects made later are collected as before."""
    gc.collect()
    gc.freeze()
