"""Migrations: from empty, twice, concurrently, and refusing a newer schema."""

from __future__ import annotations

import subprocess
import sys

import psycopg
import pytest

from pdfqueue.db import migrate
from pdfqueue.errors import SchemaTooNew

EXPECTED_TABLES = {
    "webhook_queue",
    "processed_documents",
    "document_images",
    "document_chunks",
    "image_processing_queue",
    "ai_analysis_queue",
    "stage_queue",
    "job_progress",
    "products",
    "workers",
}


def _tables(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
    return {r[0] for r in rows}


def test_migrate_from_empty_creates_the_whole_schema(empty_db_url: str) -> None:
    applied = migrate.migrate(empty_db_url)

    assert [m.version for m in applied] == [m.version for m in migrate.available()]
    assert _tables(empty_db_url) >= EXPECTED_TABLES
    with psycopg.connect(empty_db_url) as conn:
        assert migrate.current_version(conn) == migrate.latest_version()
        rls = dict(
            conn.execute(
                "SELECT relname, relrowsecurity FROM pg_class WHERE relname = ANY(%s)",
                (list(EXPECTED_TABLES),),
            ).fetchall()
        )
    assert all(rls[t] for t in EXPECTED_TABLES), rls


def test_seed_columns_and_queue_additions_exist(db_url: str) -> None:
    with psycopg.connect(db_url) as conn:
        cols = {
            r[0]
            for r in conn.execute(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_name = 'image_processing_queue'"
            ).fetchall()
        }
    seed = {"id", "document_id", "image_id", "status", "priority", "retry_count", "max_retries"}
    seed |= {"error_message", "result", "created_at", "updated_at", "started_at", "completed_at"}
    added = {"run_after", "locked_by", "lease_expires_at", "seq", "errors", "task"}
    assert seed | added <= cols


def test_migrate_twice_is_a_no_op(empty_db_url: str) -> None:
    migrate.migrate(empty_db_url)
    assert migrate.migrate(empty_db_url) == []
    assert migrate.pending(empty_db_url) == []


def test_concurrent_migrations_apply_each_migration_once(empty_db_url: str) -> None:
    code = "import sys; from pdfqueue.db import migrate; print(len(migrate.migrate(sys.argv[1])))"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, empty_db_url], stdout=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    counts = []
    for proc in procs:
        out, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0
        counts.append(int(out.strip()))

    assert sorted(counts) == [0, 0, 0, len(migrate.available())]
    with psycopg.connect(empty_db_url) as conn:
        versions = conn.execute("SELECT version FROM pdfqueue_meta.schema_migrations").fetchall()
    assert sorted(v[0] for v in versions) == [m.version for m in migrate.available()]


def test_a_newer_schema_is_refused(db_url: str) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO pdfqueue_meta.schema_migrations (version, name) VALUES (9999, 'future')"
        )
    with pytest.raises(SchemaTooNew, match="newer pdfqueue"):
        migrate.migrate(db_url)
