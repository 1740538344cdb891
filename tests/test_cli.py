"""The command line through its entry point: bad configuration ends in one clear sentence and a
non-zero exit; the client commands do the whole job against a real API server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import psycopg
import pytest

from api.apihelpers import RunningApi, run_server
from pdfqueue.api.app import create_app
from pdfqueue.auth import verify_token
from pdfqueue.config import Settings

SMALL = "scan-jbig2-xerox.pdf"


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


# --- the client commands, through the entry point against a real API --------------------------


def test_version_prints_the_installed_version() -> None:
    from importlib.metadata import version

    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"pdfqueue {version('pdfqueue')}"


@pytest.mark.parametrize("ttl", ["0", "-5"])
def test_token_refuses_a_lifetime_that_is_not_positive(ttl: str, tmp_path: Path) -> None:
    result = run_cli("token", "--ttl", ttl, env={"PDFQUEUE_DATA_DIR": str(tmp_path)})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "greater than or equal to 1" in result.stderr


def test_shell_completion_is_offered() -> None:
    from typer.testing import CliRunner

    from pdfqueue.cli import app

    result = CliRunner().invoke(app, ["--show-completion", "bash"], prog_name="pdfqueue")
    assert result.exit_code == 0
    assert "_PDFQUEUE_COMPLETE=complete_bash" in result.output


@pytest.fixture
def api(settings: Settings) -> Iterator[RunningApi]:
    app = create_app(settings)
    server = run_server(app)
    url = next(server)
    yield RunningApi(app, url, settings)
    next(server, None)


def cli_as(api: RunningApi, role: str = "user", sub: str = "alice") -> Callable[..., Any]:
    """Run the CLI as `sub` against `api`; stdout is a pipe, as in a script."""
    env = {"PDFQUEUE_URL": api.url, "PDFQUEUE_TOKEN": api.token(role, sub)}
    return lambda *args: run_cli(*args, env=env)


def test_submit_prints_full_ids_and_takes_force_and_callback_url(
    api: RunningApi, corpus: Path, owner_conn: psycopg.Connection
) -> None:
    cli = cli_as(api)
    first = cli("submit", str(corpus / SMALL))
    again = cli("submit", str(corpus / SMALL))
    forced = cli(
        "submit", "--force", "--callback-url", "https://example.org/hook", str(corpus / SMALL)
    )
    assert first.returncode == again.returncode == forced.returncode == 0, first.stderr
    first_id, second_id = first.stdout.split()[0], forced.stdout.split()[0]
    assert str(UUID(first_id)) == first_id  # a full id, not the terminal's short one
    assert again.stdout.split()[0] == first_id and "already submitted" in again.stdout
    assert second_id != first_id
    row = owner_conn.execute(
        "SELECT callback_url FROM processed_documents WHERE id = %s", (second_id,)
    ).fetchone()
    assert row[0] == "https://example.org/hook"


def test_follow_writes_one_line_per_change_when_not_a_terminal(
    api: RunningApi, corpus: Path, db_url: str, owner_conn: psycopg.Connection
) -> None:
    from test_client import drive

    driver = drive(db_url, owner_conn, "completed")
    result = cli_as(api)("submit", "--follow", str(corpus / SMALL))
    driver.join(timeout=30)
    assert result.returncode == 0, result.stderr
    document_id = result.stdout.split()[0]
    changes = [line for line in result.stdout.splitlines() if "%" in line]
    percents = [float(line.split("%")[0].split()[-1]) for line in changes]
    assert len(changes) >= 3 and percents == sorted(percents) and percents[-1] == 100.0
    assert all(line.startswith(document_id) for line in changes)
    assert result.stdout.splitlines()[-1].startswith("completed")


def test_submit_follow_json_writes_one_state_per_line(
    api: RunningApi, corpus: Path, db_url: str, owner_conn: psycopg.Connection
) -> None:
    from test_client import drive

    driver = drive(db_url, owner_conn, "failed")
    result = cli_as(api)("submit", "--follow", "--json", str(corpus / SMALL))
    driver.join(timeout=30)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1  # the document failed
    assert lines[0]["duplicate"] is False
    assert [s["status"] for s in lines[1:]][-1] == "failed"
    assert all(s["id"] == lines[0]["id"] for s in lines[1:])


def test_read_commands_print_the_apis_json_with_short_ids(
    api: RunningApi, owner_conn: psycopg.Connection
) -> None:
    from test_client import with_results

    doc = with_results(owner_conn)
    cli = cli_as(api)
    state = json.loads(cli("status", doc[:8], "--json").stdout)
    listing = json.loads(cli("status", "--json").stdout)
    products = json.loads(cli("products", doc[:10], "--json").stdout)
    chunks = json.loads(cli("chunks", doc, "--json").stdout)
    table = cli("status")
    assert state["id"] == doc and state["status"] == "completed"
    assert set(listing) == {"items", "total", "limit", "offset", "next"}
    assert [d["id"] for d in listing["items"]] == [doc]
    assert [p["name"] for p in products] == ["Aurora Desk Lamp"]
    assert [c["chunk_index"] for c in chunks] == [0]
    assert doc in table.stdout  # full id: stdout is not a terminal


def test_export_markdown_and_json(api: RunningApi, owner_conn: psycopg.Connection, tmp_path):
    from pdfqueue.storage import open_store
    from test_client import with_results

    doc = with_results(owner_conn, store=open_store(api.settings))
    cli = cli_as(api)
    markdown = cli("export", doc[:8], "--format", "md")
    written = cli("export", doc[:8], "--format", "json", "-o", str(tmp_path / "d.json"))
    assert markdown.returncode == 0, markdown.stderr
    assert "# Aurora Desk Lamp\n" in markdown.stdout
    assert "Aurora Desk Lamp: dimmable LED" in markdown.stdout
    assert written.returncode == 0, written.stderr
    exported = json.loads((tmp_path / "d.json").read_text())
    assert {"pages", "blocks", "chunks", "products", "stages"} <= exported.keys()
    assert [b["kind"] for b in exported["blocks"]] == ["heading", "paragraph"]


def test_ambiguous_unknown_and_foreign_ids_are_one_sentence(
    api: RunningApi, owner_conn: psycopg.Connection
) -> None:
    from api.apihelpers import insert_document

    insert_document(owner_conn, "alice", id="abcdef12-0000-4000-8000-000000000001")
    insert_document(owner_conn, "alice", id="abcdef12-1111-4000-8000-000000000002")
    bobs = str(insert_document(owner_conn, "bob"))
    cli = cli_as(api)
    assert_one_clear_sentence(cli("status", "abcdef12"), "start of 2 documents")
    assert_one_clear_sentence(cli("cancel", "abc"), "first 8 characters")
    assert_one_clear_sentence(cli("products", bobs[:8]), "No document whose id starts with")
    assert_one_clear_sentence(cli("chunks", bobs), "is visible to you")


def test_cancel_retry_and_delete(
    api: RunningApi, corpus: Path, owner_conn: psycopg.Connection
) -> None:
    cli = cli_as(api)
    document_id = cli("submit", str(corpus / SMALL)).stdout.split()[0]
    short_id = document_id[:8]
    cancelled = cli("cancel", short_id)
    again = cli("cancel", short_id)
    assert cancelled.returncode == 0 and document_id in cancelled.stdout
    assert_one_clear_sentence(again, "already cancelled")
    # Retry resumes the cancelled document: its cancelled extraction job runs again.
    retried = cli("retry", short_id)
    assert retried.returncode == 0 and "requeued 1 item(s)" in retried.stdout, retried.stderr
    status = owner_conn.execute(
        "SELECT status FROM processed_documents WHERE id = %s", (document_id,)
    ).fetchone()
    assert status == ("processing",)
    refused = cli("delete", short_id)
    assert_one_clear_sentence(refused, "pass --yes")
    deleted = cli("delete", "--yes", short_id)
    assert deleted.returncode == 0 and document_id in deleted.stdout
    assert_one_clear_sentence(cli("status", document_id), "is visible to you")


def test_search_lists_types_and_shows_file_names(
    api: RunningApi, owner_conn: psycopg.Connection
) -> None:
    from test_client import with_results

    with_results(owner_conn)
    cli = cli_as(api)
    wrong = cli("search", "lamp", "--type", "spaceship")
    listing = json.loads(cli("search", "", "--type", "lighting", "--json").stdout)
    assert wrong.returncode == 2 and "flooring" in wrong.stderr and "lighting" in wrong.stderr
    assert [(h["name"], h["filename"]) for h in listing["items"]] == [
        ("Aurora Desk Lamp", "lamps.pdf")
    ]


def test_an_unreachable_server_exits_2_with_a_sentence() -> None:
    result = run_cli("status", env={"PDFQUEUE_URL": "http://127.0.0.1:1", "PDFQUEUE_TOKEN": "x"})
    assert result.returncode == 2
    assert_one_clear_sentence(result, "Cannot reach the pdfqueue API")


def test_a_terminal_sees_short_ids_that_the_cli_accepts_back(
    api: RunningApi, owner_conn: psycopg.Connection
) -> None:
    from test_client import with_results

    doc = with_results(owner_conn)
    env = {
        "PDFQUEUE_URL": api.url,
        "PDFQUEUE_TOKEN": api.token("user", "alice"),
        "TTY_COMPATIBLE": "1",  # rich then draws for a terminal, as it would on a tty
        "COLUMNS": "120",
    }
    listed = run_cli("status", env=env)
    assert listed.returncode == 0, listed.stderr
    assert doc[:8] in listed.stdout and doc not in listed.stdout
    shown = run_cli("products", doc[:8], env=env)
    assert "Aurora Desk Lamp" in shown.stdout


def test_token_refuses_a_lifetime_above_the_cap(tmp_path: Path) -> None:
    result = run_cli("token", "--ttl", str(10**9), env={"PDFQUEUE_DATA_DIR": str(tmp_path)})
    assert_one_clear_sentence(result, "at most")


def test_submit_takes_a_pdf_password(tmp_path: Path) -> None:
    result = run_cli("submit", "--help", env={"PDFQUEUE_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0 and "--password" in result.stdout
    assert "PDFQUEUE_PDF_PASSWORD" in result.stdout


@pytest.mark.slow
def test_submit_follow_shows_why_a_file_that_is_not_a_pdf_failed(
    api: RunningApi, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The non-PDF is accepted, real workers fail it, and --follow prints the reason; the
    good PDF beside it completes; the exit code says one failed."""
    from worker_subprocess import start_supervisor, stop_supervisor

    notes = tmp_path / "notes.pdf"
    notes.write_text("Meeting notes, Tuesday: ship the catalogue on Friday.\n")
    monkeypatch.setenv("PDFQUEUE_POLL_INTERVAL_SECONDS", "1")
    worker = start_supervisor(1)
    try:
        result = cli_as(api)(
            "submit", "--follow", str(notes), str(corpus / "text-multi-page-5p.pdf")
        )
    finally:
        stop_supervisor(worker)
    assert result.returncode == 1, result.stdout + result.stderr
    said = " ".join(result.stderr.split())  # the terminal's width may wrap the sentence
    assert 'the file is not a PDF (it starts with "Meeting notes, Tuesday:' in said, said
    assert "save or export it as a PDF and upload that" in said
    outcomes = [line.split()[::2] for line in result.stdout.splitlines()[-2:]]
    assert outcomes == [["failed", "notes.pdf"], ["completed", "text-multi-page-5p.pdf"]]
