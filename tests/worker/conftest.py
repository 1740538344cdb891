"""Worker tests share the queue tests' fixtures, handlers and helpers (tests/queue)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "queue"))

from queue_fixtures import conn, make_worker, qsettings, run_log  # noqa: F401
