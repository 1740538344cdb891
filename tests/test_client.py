"""The CLI's HTTP client against a real API server: submit, follow to the end, status, search."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import psycopg
import pytest

from api.apihelpers import RunningApi, run_server
from pdfqueue import client, progress
from pdfqueue.api.app import create_app
from pdfqueue.config import Settings
from pdfqueue.db.pools import SERVICE_CLAIMS, set_claims

SMALL = "scan-jbig2-xerox.pdf"


@pytest.fixture
def api(settings: Settings) -> Iterator[RunningApi]:
    app = create_app(settings)
    server = run_server(app)
    url = next(server)
    yield RunningApi(app, url, settings)
    next(server, None)


def _drive(db_url: str, owner_conn: psycopg.Connection, final: str) -> threading.Thread:
    """Move the newest document through progress to `final`, as the pipeline would."""

    def run() -> None:
        deadline = time.monotonic() + 20
        row = None
        while row is None and time.monotonic() < deadline:
            row = owner_conn.execute(
                "SELECT id FROM processed_documents ORDER BY created_at DESC LIMIT 1"
            ).fetchone()
            time.sleep(0.05)
        time.sleep(0.5)  # let the client open its stream
        with psycopg.connect(db_url) as conn:
            for value, status in ((30.0, "processing"), (70.0, "processing"), (100.0, final)):
                with conn.transaction():
                    set_claims(conn, SERVICE_CLAIMS)
                    progress.publish(conn, UUID(str(row[0])), status=status, progress=value)
                time.sleep(0.2)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_submit_status_and_search(api: RunningApi, corpus: Path, capsys) -> None:
    token = api.token("admin", "root")
    assert client.submit([corpus / SMALL], url=api.url, token=token) == 0
    document_id = capsys.readouterr().out.split()[0]
    assert client.status(document_id, url=api.url, token=token) == 0
    assert "extraction" in capsys.readouterr().out
    assert client.status(None, url=api.url, token=token) == 0
    listed = capsys.readouterr().out
    assert "1 of 1 documents" in listed and "stage_queue" in listed
    assert client.search("anything", url=api.url, token=token) in (0, 1)  # 1: no pgvector


def test_submit_sends_the_pdf_password_in_the_form(
    api: RunningApi, corpus: Path, capsys, owner_conn: psycopg.Connection
) -> None:
    from pdfqueue.db.pools import configure_service
    from pdfqueue.pipeline import passwords

    token = api.token("user", "alice")
    pdf = corpus / "edge-encrypted-aes256-user-password.pdf"
    assert client.submit([pdf], url=api.url, token=token, password="baz") == 0
    document_id = UUID(capsys.readouterr().out.split()[0])
    with psycopg.connect(api.settings.database_url, autocommit=True) as conn:
        configure_service(conn)
        assert passwords.load(conn, document_id) == "baz"


def test_refusals_and_unreachable_servers_give_exit_codes(
    api: RunningApi, corpus: Path, capsys
) -> None:
    token = api.token("user", "alice")
    assert client.submit([corpus / "edge-not-pdf-plain-text.pdf"], url=api.url, token=token) == 1
    assert "not a PDF" in capsys.readouterr().err
    assert client.submit([corpus / "missing.pdf"], url=api.url, token=token) == 1
    assert client.status(None, url=api.url, token="bad") == 1
    assert client.status(None, url="http://127.0.0.1:1", token=token) == 2
    assert "Cannot reach" in capsys.readouterr().err


@pytest.mark.parametrize(("final", "code"), [("completed", 0), ("failed", 1)])
def test_follow_shows_progress_until_the_end_and_reports_failure(
    api: RunningApi, corpus: Path, db_url: str, owner_conn: psycopg.Connection, final, code
) -> None:
    driver = _drive(db_url, owner_conn, final)
    token = api.token("user", "alice")
    assert client.submit([corpus / SMALL], url=api.url, token=token, follow=True) == code
    driver.join(timeout=30)


@pytest.mark.slow
def test_follow_a_real_document_processed_by_real_workers(
    api: RunningApi, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import signal
    import subprocess
    import sys

    for engine in ("products", "metadata", "embedding", "classification", "llm"):
        pytest.importorskip(f"pdfqueue.engines.{engine}", reason="the pipeline is not complete")
    monkeypatch.setenv("PDFQUEUE_POLL_INTERVAL_SECONDS", "1")
    worker = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pdfqueue import worker; sys.exit(worker.run(concurrency=2))",
        ],
        env=dict(os.environ),
    )
    try:
        token = api.token("user", "alice")
        assert (
            client.submit(
                [corpus / "text-multi-page-5p.pdf"], url=api.url, token=token, follow=True
            )
            == 0
        )
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=30)
