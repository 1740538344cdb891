"""How worker processes log: the process's id on every line, one line per error."""

from __future__ import annotations

import logging

log = logging.getLogger("pdfqueue.worker")


def configure(worker_id: str, level: str) -> None:
    """Log lines of a worker process carry its id (host:pid:token), as `locked_by` does."""
    logging.basicConfig(
        level=level.upper(),
        format=f"%(asctime)s %(levelname)s [{worker_id}] %(name)s: %(message)s",
    )


def first_line(exc: BaseException) -> str:
    """An error in one log line (psycopg's span several)."""
    return (str(exc).strip() or type(exc).__name__).splitlines()[0]
