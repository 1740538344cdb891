"""The shared-memory slot: how a worker process tells its supervisor what it is running.

Each worker process has a small memory-mapped file, made by the supervisor before it starts
the process. The process writes it around every handler call; the supervisor reads it every
few hundred milliseconds, without a round trip to the database and whatever the process is
doing (stuck in C code, out of memory), to

- kill a process whose current handler call ran past its timeout, and
- know which rows a process that died was running (they fail, an attempt counted) and which
  it had only claimed (they go back to pending without one).

Layout: busy since (epoch seconds, 0 when idle), that call's timeout (seconds), and how many of
the running rows' ids follow (TOO_MANY: more than fit, i.e. unknown), then the ids (16 bytes
each). The ids are written before the header, so a reader that sees "busy" sees them too.
"""

from __future__ import annotations

import mmap
import struct
from collections.abc import Sequence
from pathlib import Path
from uuid import UUID

_HEADER = struct.Struct("ddI4x")
TRACKED_IDS = 64  # ids of at most this many rows per handler call are published
TOO_MANY = 0xFFFFFFFF
SIZE = _HEADER.size + 16 * TRACKED_IDS


def reset(path: Path) -> None:
    """Make (or zero) a slot file: idle, no rows."""
    path.write_bytes(b"\0" * SIZE)


def attach(path: str | Path) -> mmap.mmap:
    """Map a slot file the supervisor made (OSError if it is gone)."""
    with open(path, "r+b") as f:
        return mmap.mmap(f.fileno(), SIZE)


def publish_busy(state: mmap.mmap, since: float, timeout: float, ids: Sequence[UUID]) -> None:
    """A handler call on these rows started at `since` (epoch s) and may take `timeout` s."""
    if len(ids) <= TRACKED_IDS:
        packed = b"".join(i.bytes for i in ids)
        state[_HEADER.size : _HEADER.size + len(packed)] = packed
    count = len(ids) if len(ids) <= TRACKED_IDS else TOO_MANY
    _HEADER.pack_into(state, 0, since, timeout, count)


def publish_idle(state: mmap.mmap) -> None:
    """The handler call ended."""
    _HEADER.pack_into(state, 0, 0.0, 0.0, 0)


def busy(state: mmap.mmap) -> tuple[float, float]:
    """(busy since, timeout) of the current handler call; (0, 0) when idle."""
    since, timeout, _ = _HEADER.unpack_from(state)
    return since, timeout


def running_ids(state: mmap.mmap | None) -> list[UUID] | None:
    """The rows a worker process was running when it stopped (None: not known)."""
    if state is None:
        return None
    since, _, count = _HEADER.unpack_from(state)
    if not since or count == TOO_MANY:
        return None
    start = _HEADER.size
    return [UUID(bytes=bytes(state[start + 16 * i : start + 16 * (i + 1)])) for i in range(count)]
