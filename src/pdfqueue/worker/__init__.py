"""Worker processes: a supervisor and N processes that claim rows and run their handlers.

What callers use: `run()` (the supervisor, `pdfqueue worker`) and `WorkerProcess` (one
process's claim loop, which tests also drive in-process). README.md maps the modules.
"""

from pdfqueue.worker.claim_sizing import RunTimes
from pdfqueue.worker.handlers import DEFAULT_HANDLERS, import_handlers
from pdfqueue.worker.process import EXIT_CONFIG, WorkerProcess, child_main, worker_id
from pdfqueue.worker.supervisor import Supervisor, run

__all__ = [
    "DEFAULT_HANDLERS",
    "EXIT_CONFIG",
    "RunTimes",
    "Supervisor",
    "WorkerProcess",
    "child_main",
    "import_handlers",
    "run",
    "worker_id",
]
