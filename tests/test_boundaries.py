"""The boundaries docs/architecture.md draws, held against the code: who may touch what."""

from __future__ import annotations

import re
from pathlib import Path

from pdfqueue.queue.registry import QUEUE_TABLES

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "pdfqueue"
QUEUE_OWNED = (PACKAGE / "queue", PACKAGE / "db" / "migrations")

# A statement that names a queue table where a table goes: read, written, joined or deleted.
ON_A_QUEUE_TABLE = re.compile(
    r"\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+(?:ONLY\s+)?(" + "|".join(QUEUE_TABLES) + r")\b",
    re.IGNORECASE,
)


def _sources() -> list[Path]:
    return [p for p in PACKAGE.rglob("*") if p.suffix in (".py", ".sql") and p.is_file()]


def test_no_statement_on_a_queue_table_outside_the_queue() -> None:
    found = []
    for path in _sources():
        if any(path.is_relative_to(owner) for owner in QUEUE_OWNED):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ON_A_QUEUE_TABLE.search(line):
                found.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert found == [], "queue tables are the queue's: call pdfqueue.queue instead"


def test_the_guard_sees_a_statement_on_a_queue_table() -> None:
    assert ON_A_QUEUE_TABLE.search("DELETE FROM stage_queue WHERE document_id = %s")
    assert ON_A_QUEUE_TABLE.search("  JOIN image_processing_queue q ON q.image_id = i.id")
    assert not ON_A_QUEUE_TABLE.search('handler = registry.get("stage_queue", task)')


def test_no_statement_outside_the_queue_loops_over_the_queue_tables() -> None:
    """A statement built per queue table (`FROM {table}` over QUEUE_TABLES) is a queue read in
    disguise: it belongs in queue/queries.sql."""
    templated = re.compile(r"\b(?:FROM|JOIN|INTO|UPDATE)\s+\{table\}", re.IGNORECASE)
    found = []
    for path in _sources():
        if any(path.is_relative_to(owner) for owner in QUEUE_OWNED):
            continue
        text = path.read_text(encoding="utf-8")
        if "QUEUE_TABLES" not in text:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if templated.search(line):
                found.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert found == []


def test_the_api_and_dashboard_import_the_pipeline_plainly() -> None:
    """Imports are visible to readers and tools: no importlib indirection."""
    for part in ("api", "dashboard"):
        for path in (PACKAGE / part).glob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "importlib" not in text and "__import__" not in text, path
