"""A document's journey is one OpenTelemetry trace: the upload's span, then a span for every
batch of its jobs, wherever they run (the trace context travels in the queue rows)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from apihelpers import RunningApi
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from test_webhooks import Receiver

from pdfqueue.db.pools import configure_service
from pdfqueue.pipeline import context, handlers
from pdfqueue.queue import jobs as queue_jobs
from pdfqueue.queue import runner
from pdfqueue.queue.registry import register, registered

QUEUES = ("stage_queue", "image_processing_queue", "ai_analysis_queue")
_exporter = InMemorySpanExporter()


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    """The SDK's in-memory exporter on this process's tracer provider (installed once)."""
    if not isinstance(trace.get_tracer_provider(), TracerProvider):
        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(_exporter))
        trace.set_tracer_provider(provider)
    _exporter.clear()
    yield _exporter
    _exporter.clear()


def drive(db_url: str) -> None:
    """Claim and run every due job in this process, as a worker's loop does."""
    for handler in handlers.HANDLERS:
        register(handler)
    with psycopg.connect(db_url, autocommit=True) as conn:
        configure_service(conn)
        progressed = True
        while progressed:
            progressed = False
            for handler in registered():
                with conn.transaction():
                    claimed = queue_jobs.claim(
                        conn, handler.queue, [handler.task], worker="tracing-test", limit=8
                    )
                if claimed:
                    outcomes = runner.run_handler(handler, claimed)
                    with conn.transaction():
                        runner.record(
                            conn, handler.queue, outcomes, worker="tracing-test",
                            retry_base_seconds=0,
                        )  # fmt: skip
                    progressed = True
    context.close()


def test_upload_and_every_job_of_a_document_share_one_trace(
    api: RunningApi,
    corpus: Path,
    db_url: str,
    owner_conn: psycopg.Connection,
    spans,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pdfqueue.config import get_settings

    # The receiver listens on loopback, which callbacks may reach only when allowed.
    monkeypatch.setenv("PDFQUEUE_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1/32")
    get_settings.cache_clear()
    receiver = Receiver()  # the webhook's receiver: it gets the trace context too
    with api.client("user", "alice") as alice:
        pdf = corpus / "scan-jbig2-xerox.pdf"  # extraction, OCR, chunking, analysis, products
        response = alice.post(
            "/api/documents", files={"file": (pdf.name, pdf.read_bytes(), "application/pdf")}
        )
    assert response.status_code == 202
    document_id = response.json()["id"]
    (upload,) = [s for s in spans.get_finished_spans() if s.name == "POST /api/documents"]
    trace_id = f"{upload.context.trace_id:032x}"

    stored = owner_conn.execute(
        "SELECT traceparent FROM processed_documents WHERE id = %s", (document_id,)
    ).fetchone()[0]
    assert stored.split("-")[1] == trace_id

    owner_conn.execute(
        "UPDATE processed_documents SET callback_url = %s WHERE id = %s",
        (receiver.url, document_id),
    )
    drive(db_url)
    receiver.server.shutdown()
    status = owner_conn.execute(
        "SELECT status FROM processed_documents WHERE id = %s", (document_id,)
    ).fetchone()[0]
    assert status == "completed"
    carried = {
        row[0]
        for queue in QUEUES
        for row in owner_conn.execute(
            f"SELECT DISTINCT traceparent FROM {queue} WHERE document_id = %s", (document_id,)
        )
    }
    assert carried == {stored}  # every row of every stage carries the upload's context
    [(headers, _body)] = receiver.received
    assert headers["traceparent"].split("-")[1] == trace_id

    jobs = [s for s in spans.get_finished_spans() if s.attributes.get("pdfqueue.queue")]
    assert {s.attributes["pdfqueue.queue"] for s in jobs} == {*QUEUES, "webhook_queue"}
    assert {f"{s.context.trace_id:032x}" for s in jobs} == {trace_id}
    # Each batch's parent is the request's span that stored the context (FastAPI's endpoint
    # span inside the upload's server span).
    parent_id = int(stored.split("-")[2], 16)
    assert {s.parent.span_id for s in jobs} == {parent_id}
    request_spans = {
        s.context.span_id: s
        for s in spans.get_finished_spans()
        if s.context.trace_id == upload.context.trace_id
    }
    ancestor = request_spans[parent_id]
    while ancestor.parent is not None and ancestor.parent.span_id in request_spans:
        ancestor = request_spans[ancestor.parent.span_id]
    assert ancestor is upload


def test_nothing_is_exported_unless_an_endpoint_is_configured(tmp_path: Path) -> None:
    probe = (
        "from pdfqueue import tracing; from opentelemetry import trace; tracing.setup();"
        " print(type(trace.get_tracer_provider()).__name__)"
    )

    def provider(**env: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", probe],
            capture_output=True,
            text=True,
            check=True,
            env={"PATH": "/usr/bin:/bin", "PDFQUEUE_DATA_DIR": str(tmp_path), **env},
        )
        return done.stdout.strip()

    assert provider() == "ProxyTracerProvider"  # the API's no-op default: nothing recorded
    configured = provider(PDFQUEUE_OTLP_ENDPOINT="http://127.0.0.1:9/v1/traces")
    assert configured == "TracerProvider"


def test_without_a_provider_a_batch_still_hands_on_its_trace_context(tmp_path: Path) -> None:
    """With no tracer provider, a batch with a trace context still makes it current (a webhook
    sends it on); a batch without one leaves the current context alone (no span is made)."""
    upload = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    probe = (
        "from pdfqueue import tracing\n"
        "with tracing.batch_span('b', [None], {}) as span:\n"
        "    print(span.get_span_context().is_valid, tracing.outgoing_headers())\n"
        f"with tracing.batch_span('b', [None, {upload!r}], {{}}) as span:\n"
        "    print(tracing.outgoing_headers()['traceparent'])\n"
        "print(tracing.recording())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin", "PDFQUEUE_DATA_DIR": str(tmp_path)},
    )
    empty, continued, recording = done.stdout.splitlines()
    assert empty == "False {}"
    assert continued.split("-")[1] == upload.split("-")[1]  # the upload's trace goes on
    assert recording == "False"
