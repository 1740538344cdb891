"""The shared-memory slot between a worker process and its supervisor (pdfqueue.worker.slots):
what the process publishes is what the supervisor reads, through two separate mappings of the
same file, as across the two processes."""

from __future__ import annotations

import uuid
from pathlib import Path

from pdfqueue.worker import slots


def test_the_supervisor_reads_the_rows_a_process_is_running(tmp_path: Path) -> None:
    path = tmp_path / "slot0"
    slots.reset(path)
    process, supervisor = slots.attach(path), slots.attach(path)
    ids = [uuid.uuid4() for _ in range(3)]

    assert slots.busy(supervisor) == (0.0, 0.0)
    assert slots.running_ids(supervisor) is None  # idle: nothing running

    slots.publish_busy(process, 1234.5, 60.0, ids)
    assert slots.busy(supervisor) == (1234.5, 60.0)
    assert slots.running_ids(supervisor) == ids

    slots.publish_idle(process)
    assert slots.busy(supervisor) == (0.0, 0.0)
    assert slots.running_ids(supervisor) is None


def test_more_rows_than_fit_are_reported_as_unknown(tmp_path: Path) -> None:
    """The supervisor then fails every row the process held, not only those it can name."""
    path = tmp_path / "slot0"
    slots.reset(path)
    process, supervisor = slots.attach(path), slots.attach(path)

    slots.publish_busy(process, 1.0, 5.0, [uuid.uuid4() for _ in range(slots.TRACKED_IDS + 1)])
    assert slots.busy(supervisor) == (1.0, 5.0)
    assert slots.running_ids(supervisor) is None

    fits = [uuid.uuid4() for _ in range(slots.TRACKED_IDS)]
    slots.publish_busy(process, 2.0, 5.0, fits)
    assert slots.running_ids(supervisor) == fits


def test_no_slot_means_unknown() -> None:
    assert slots.running_ids(None) is None
