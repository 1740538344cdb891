"""The command line: bad configuration ends in one clear sentence and a non-zero exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from pdfqueue.auth import verify_token
from pdfqueue.config import Settings


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("PDFQUEUE_")}
    return subprocess.run(
        [sys.executable, "-m", "pdfqueue.cli", *args],
        env={**base, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_one_clear_sentence(result: subprocess.CompletedProcess[str], phrase: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert phrase in result.stderr, result.stderr
    assert result.stderr.strip().startswith("error:")


@pytest.mark.parametrize(
    ("url", "phrase"),
    [
        ("not a url", "is not a PostgreSQL URL"),
        ("postgresql://me@127.0.0.1:1/nowhere", "Cannot connect to PostgreSQL at 127.0.0.1:1"),
        ("postgresql://me@127.0.0.1:99999/x", "PDFQUEUE_DATABASE_URL"),
    ],
)
def test_bad_database_url_is_one_sentence(url: str, phrase: str, tmp_path: Path) -> None:
    result = run_cli(
        "migrate", env={"PDFQUEUE_DATABASE_URL": url, "PDFQUEUE_DATA_DIR": str(tmp_path)}
    )
    assert_one_clear_sentence(result, phrase)


def test_unusable_data_directory_is_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    result = run_cli("migrate", env={"PDFQUEUE_DATA_DIR": str(blocker / "data")})
    assert_one_clear_sentence(result, "is not writable")


def test_database_from_a_newer_pdfqueue_is_refused(db_url: str, tmp_path: Path) -> None:
    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO pdfqueue_meta.schema_migrations (version, name) VALUES (9999, 'future')"
        )
    result = run_cli(
        "migrate", env={"PDFQUEUE_DATABASE_URL": db_url, "PDFQUEUE_DATA_DIR": str(tmp_path)}
    )
    assert_one_clear_sentence(result, "migrated by a newer pdfqueue")


def test_migrate_reports_applied_then_current(empty_db_url: str, tmp_path: Path) -> None:
    env = {"PDFQUEUE_DATABASE_URL": empty_db_url, "PDFQUEUE_DATA_DIR": str(tmp_path)}
    first = run_cli("migrate", env=env)
    second = run_cli("migrate", env=env)
    assert first.returncode == 0 and "Applied" in first.stdout
    assert second.returncode == 0 and "is current" in second.stdout


def test_token_mints_a_verifiable_token_with_the_dev_secret(tmp_path: Path) -> None:
    result = run_cli(
        "token", "--role", "service", "--sub", "ingest", env={"PDFQUEUE_DATA_DIR": str(tmp_path)}
    )
    assert result.returncode == 0, result.stderr
    claims = verify_token(result.stdout.strip(), Settings(data_dir=tmp_path))
    assert (claims.role, claims.sub) == ("service", "ingest")
    assert (tmp_path / "jwt_secret").stat().st_mode & 0o077 == 0


def test_token_rejects_an_unknown_role(tmp_path: Path) -> None:
    result = run_cli("token", "--role", "root", env={"PDFQUEUE_DATA_DIR": str(tmp_path)})
    assert_one_clear_sentence(result, "Unknown role")


def test_token_refuses_a_lifetime_above_the_cap(tmp_path: Path) -> None:
    result = run_cli("token", "--ttl", str(10**9), env={"PDFQUEUE_DATA_DIR": str(tmp_path)})
    assert_one_clear_sentence(result, "at most")


def test_submit_takes_a_pdf_password(tmp_path: Path) -> None:
    result = run_cli("submit", "--help", env={"PDFQUEUE_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0 and "--password" in result.stdout
    assert "PDFQUEUE_PDF_PASSWORD" in result.stdout
