"""Queue tests: the fixtures of queue_fixtures.py (this directory is put on sys.path, so
worker processes started by the tests import the same handlers module)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from queue_fixtures import conn, make_worker, qsettings, run_log  # noqa: F401
