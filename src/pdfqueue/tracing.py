"""OpenTelemetry traces of a document's journey: the upload, then every job on any host.

FastAPI (≥ 0.165) makes a server span of every request, continuing a `traceparent` the client
sent. The upload's trace context (a W3C `traceparent`) is stored with the document and copied into
every queue row of that document when the row is inserted (db/migrations/0081), so a worker
on another machine continues the same trace: each batch of jobs it runs is a span whose parent
is the upload (or, for a batch spanning documents, a span linked to each of them).

Exporting is off unless PDFQUEUE_OTLP_ENDPOINT is set (it needs the `tracing` extra, the OTLP
exporter). Without it no tracer provider is installed and spans cost next to nothing; a
process that installs its own provider first (tests, an embedding application) keeps it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.trace import Link, Span
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from pdfqueue.config import Settings, get_settings

log = logging.getLogger(__name__)

TRACER_NAME = "pdfqueue"
TRACEPARENT_SETTING = "pdfqueue.traceparent"  # transaction setting read by column defaults
_propagator = TraceContextTextMapPropagator()
_lock = threading.Lock()
_set_up_in: int | None = None  # pid of the process that ran setup()
_pid = os.getpid()  # this process's, kept across forks: setup() runs before every job batch


def _forked() -> None:
    global _pid
    _pid = os.getpid()


os.register_at_fork(after_in_child=_forked)


def setup(settings: Settings | None = None) -> None:
    """Install an OTLP exporter once per process when PDFQUEUE_OTLP_ENDPOINT is set."""
    global _set_up_in
    if _set_up_in == _pid:
        return
    with _lock:
        if _set_up_in == _pid:
            return
        _set_up_in = _pid
        settings = settings or get_settings()
        if not settings.otlp_endpoint:
            return
        try:
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
            from opentelemetry.sdk.resources import Resource
            from opentelemetry.sdk.trace import TracerProvider
            from opentelemetry.sdk.trace.export import BatchSpanProcessor
        except ImportError:
            log.warning(
                "PDFQUEUE_OTLP_ENDPOINT is set but the OTLP exporter is not installed; "
                "install pdfqueue[tracing] to export traces"
            )
            return
        provider = TracerProvider(resource=Resource.create({"service.name": "pdfqueue"}))
        provider.add_span_processor(
            BatchSpanProcessor(OTLPSpanExporter(endpoint=settings.otlp_endpoint))
        )
        trace.set_tracer_provider(provider)


def tracer() -> trace.Tracer:
    setup()
    return trace.get_tracer(TRACER_NAME)


def recording() -> bool:
    """Whether a tracer provider is installed (by setup() or by the embedding process), so a
    span may be recorded; without one every span is a no-op. Once installed, it stays."""
    global _recording
    if _recording:
        return True
    setup()
    # get_tracer_provider() looks an environment variable up whenever none is installed (a
    # KeyError each time: a tenth of a worker's time per one-row batch). Nothing installed
    # and nothing named in the environment is read from the API's own global instead; were
    # that name ever gone, the public call below decides.
    if getattr(trace, "_TRACER_PROVIDER", ...) is None and not _PROVIDER_FROM_ENVIRONMENT:
        return False
    provider = trace.get_tracer_provider()
    _recording = not isinstance(provider, (trace.ProxyTracerProvider, trace.NoOpTracerProvider))
    return _recording


_recording = False
_PROVIDER_FROM_ENVIRONMENT = "OTEL_PYTHON_TRACER_PROVIDER" in os.environ


def current_traceparent() -> str | None:
    """The W3C traceparent of the current span, if one is recording."""
    carrier: dict[str, str] = {}
    _propagator.inject(carrier)
    return carrier.get("traceparent")


def outgoing_headers() -> dict[str, str]:
    """W3C trace headers for an outgoing request (none when nothing is recording)."""
    carrier: dict[str, str] = {}
    _propagator.inject(carrier)
    return carrier


def context_of(traceparent: str | None) -> Context | None:
    if not traceparent:
        return None
    return _propagator.extract({"traceparent": traceparent})


@contextlib.contextmanager
def span(
    name: str, *, parent: str | None = None, attributes: Mapping[str, Any] | None = None
) -> Iterator[Span]:
    """A span, child of `parent` (a traceparent from another process) or of the current one."""
    with tracer().start_as_current_span(
        name, context=context_of(parent), attributes=dict(attributes or {})
    ) as current:
        yield current


def batch_span(
    name: str, traceparents: Sequence[str | None], attributes: Mapping[str, Any]
) -> contextlib.AbstractContextManager[Span]:
    """A span for a batch of jobs: the child of their trace when they share one, else linked
    to each of them (a batch may hold rows of several documents).

    With no tracer provider installed and no trace to continue, the span would be an invalid
    one carrying nothing: none is made (that cost about 10 µs a batch, a fifth of a worker's
    time per row for batches of one short job)."""
    distinct = {t for t in traceparents if t}
    if not distinct and not recording():
        return _NO_SPAN
    return _batch_span(name, distinct, attributes)


_NO_SPAN = contextlib.nullcontext(trace.INVALID_SPAN)


@contextlib.contextmanager
def _batch_span(name: str, distinct: set[str], attributes: Mapping[str, Any]) -> Iterator[Span]:
    parent = next(iter(distinct)) if len(distinct) == 1 else None
    links = [] if parent else [_link(t) for t in sorted(distinct)]
    with tracer().start_as_current_span(
        name,
        context=context_of(parent) if parent else Context(),
        links=[link for link in links if link is not None],
        attributes=dict(attributes),
    ) as current:
        yield current


def _link(traceparent: str) -> Link | None:
    span_context = trace.get_current_span(context_of(traceparent)).get_span_context()
    return Link(span_context) if span_context.is_valid else None
