"""The boundaries docs/architecture.md draws, held against the code: who may touch what."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
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


def test_the_queue_names_no_table_of_the_pipeline() -> None:
    """The queue knows its own rows only: what it needs of documents (their owners' places,
    which are being removed) its callers pass as parameters (issue 14)."""
    pipeline_tables = ("processed_documents", "document_images", "document_chunks", "products")
    named = re.compile(
        r"\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+(" + "|".join(pipeline_tables) + r")\b"
    )
    found = []
    for path in (PACKAGE / "queue").rglob("*"):
        if path.suffix not in (".py", ".sql"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.lstrip().startswith(("--", "#")) and named.search(line):
                found.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert found == []


def test_the_api_and_dashboard_import_the_pipeline_plainly() -> None:
    """Imports are visible to readers and tools: no importlib indirection."""
    for part in ("api", "dashboard"):
        for path in (PACKAGE / part).glob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "importlib" not in text and "__import__" not in text, path


# SQL lives in each part's named, described .sql files (queue/queries.sql, pipeline/queries.sql,
# api/queries.sql, db/queries.sql, …), loaded through pdfqueue.db.named_sql; no Python module
# holds a statement. A string is one when it starts like a statement (keywords in capitals, as
# every statement of this code base writes them), or when it names a table of the schema where
# a table goes (a fragment: a column list's FROM, a JOIN).
INLINE_STATEMENT = re.compile(
    r"""^\s*\(?\s*(?:
        SELECT\s | INSERT\s+INTO\s | UPDATE\s+\w+(?:\s+\w+)?\s+SET\s | DELETE\s+FROM\s
      | WITH\s+(?:RECURSIVE\s+)?\w+\s+AS\s*(?:NOT\s+)?(?:MATERIALIZED\s+)?\(
      | (?:SET|RESET|SHOW)\s+(?:LOCAL\s+|SESSION\s+)?\w
      | (?:UN)?LISTEN\s | NOTIFY\s
      | (?:CREATE|ALTER|DROP)\s+(?:OR\s+REPLACE\s+)?(?:UNIQUE\s+)?
        (?:TABLE|SCHEMA|DATABASE|INDEX|ROLE|EXTENSION|FUNCTION|TRIGGER|VIEW|POLICY|TYPE|SEQUENCE)\b
      | (?:GRANT|REVOKE|TRUNCATE|VACUUM|ANALYZE|COPY|LOCK|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|CALL)\b
    )""",
    re.VERBOSE,
)
SCHEMA_TABLES = sorted(
    {
        name
        for path in PACKAGE.rglob("*.sql")
        for name in re.findall(
            r"CREATE TABLE (?:IF NOT EXISTS )?(?:\w+\.)?(\w+)", path.read_text(encoding="utf-8")
        )
    }
)
NAMES_A_TABLE = re.compile(
    r"\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+(?:ONLY\s+)?(?:" + "|".join(SCHEMA_TABLES) + r")\b"
)


def _strings(source: str) -> Iterator[tuple[int, str]]:
    """Every string literal of a module with its line; an f-string with `{}` for its values."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
        elif isinstance(node, ast.JoinedStr):
            parts = (v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            yield node.lineno, "".join(parts)


def _inline_sql(source: str) -> list[tuple[int, str]]:
    """(line, first line of the statement) for each line where a statement starts."""
    found: dict[int, str] = {}
    for line, text in _strings(source):
        if INLINE_STATEMENT.match(text) or NAMES_A_TABLE.search(text):
            found.setdefault(line, text.strip().splitlines()[0])
    return sorted(found.items())


def test_no_python_module_holds_an_sql_statement() -> None:
    found = [
        f"{path.relative_to(PACKAGE)}:{line}: {text}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, text in _inline_sql(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "SQL goes in the part's named .sql file (pdfqueue.db.named_sql loads it)"


STATEMENTS_IN_PYTHON = '''
A = "SELECT 1"
B = f"SET LOCAL statement_timeout = '{T}'"
C = (
    "UPDATE document_chunks"
    " SET embedding = %s WHERE id = %s"
)
D = "p.id, d.filename FROM products p JOIN processed_documents d ON d.id = p.document_id"
conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
E = """
  WITH due AS (SELECT id FROM x) DELETE FROM x USING due"""
'''
PROSE_IN_PYTHON = '''
"""Select the rows; delete what is left, then update the set of documents."""
HELP = "Delete {name} and everything derived from it?"
DOC = "Insert the drafts (one pipelined statement each); their ids, in order."
Q = named_sql.load("pdfqueue.api", "queries.sql")["list_documents"]
'''


def test_the_inline_sql_guard_sees_statements_and_fragments_but_not_prose() -> None:
    assert {"processed_documents", "stage_queue", "workers"} <= set(SCHEMA_TABLES)
    assert [line for line, _ in _inline_sql(STATEMENTS_IN_PYTHON)] == [2, 3, 5, 8, 9, 10]
    assert _inline_sql(PROSE_IN_PYTHON) == []
