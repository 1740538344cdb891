"""Health, readiness, Prometheus metrics, and a database that is down: 503, never 500."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from apihelpers import RunningApi

from pdfqueue.api import deps


def test_health_and_readiness(api: RunningApi) -> None:
    with api.client(None) as anonymous:
        assert anonymous.get("/healthz").json() == {"status": "ok"}
        ready = anonymous.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"


def test_metrics_are_prometheus_text_read_from_the_database(api: RunningApi, corpus: Path) -> None:
    with api.client("user", "alice") as alice:
        alice.post(
            "/api/documents",
            files={"file": ("a.pdf", (corpus / "scan-jbig2-xerox.pdf").read_bytes())},
        )
    with api.client("admin", "root") as admin:
        response = admin.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert 'pdfqueue_queue_jobs{queue="stage_queue",status="pending"} 1.0' in text
    assert "pdfqueue_documents_in_flight 1.0" in text
    assert 'pdfqueue_jobs_failed_total{queue="ai_analysis_queue"} 0.0' in text


def test_a_database_that_is_down_gives_503_with_a_clear_message(
    make_api, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(deps, "POOL_TIMEOUT_SECONDS", 1.0)
    api = make_api(database_url="postgresql://nobody@127.0.0.1:1/nothing")
    with api.client("admin", "root") as admin:
        assert admin.get("/healthz").status_code == 200
        ready = admin.get("/readyz")
        assert ready.status_code == 503
        # Only this: no driver text naming the host, port or database to an anonymous caller.
        assert ready.json()["error"]["message"] == "database unavailable"
        assert "127.0.0.1" not in ready.text and "nothing" not in ready.text
        for response in (
            admin.get("/api/documents"),
            admin.get("/metrics"),
            admin.post(
                "/api/documents",
                files={"file": ("a.pdf", (corpus / "scan-jbig2-xerox.pdf").read_bytes())},
            ),
        ):
            assert response.status_code == 503, response.text
            assert "database is unreachable" in response.json()["error"]["message"]
    blobs = api.settings.blob_dir
    assert not blobs.exists() or not [p for p in blobs.rglob("*") if p.is_file()]


def _sessions(conn: psycopg.Connection) -> int:
    conn.execute("SELECT pg_stat_clear_snapshot()")
    return conn.execute(
        "SELECT sessions FROM pg_stat_database WHERE datname = current_database()"
    ).fetchone()[0]


def test_readiness_probes_use_the_pool_and_a_cached_answer(
    api: RunningApi, owner_conn: psycopg.Connection
) -> None:
    with api.client(None) as anonymous, api.client("user", "alice") as alice:
        assert anonymous.get("/readyz").status_code == 200
        assert alice.get("/api/documents").status_code == 200  # the pools are up
        before = _sessions(owner_conn)
        answers = [anonymous.get("/readyz").status_code for _ in range(30)]
    assert answers == [200] * 30
    # Opening a connection per probe made 30 sessions; the pools may open a few of their own.
    assert _sessions(owner_conn) - before < 10


def test_readiness_says_when_migrations_are_pending(make_api, empty_db_url: str) -> None:
    api = make_api(database_url=empty_db_url)
    with api.client(None) as anonymous:
        response = anonymous.get("/readyz")
    assert response.status_code == 503
    assert "pdfqueue migrate" in response.json()["error"]["message"]
