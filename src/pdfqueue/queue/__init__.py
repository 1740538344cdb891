"""The durable job queue over PostgreSQL tables (docs/architecture.md, "The queue").

Public interface: enqueue rows inside the caller's transaction, cancel a document's rows,
read metrics, and the operators' list / retry / cancel. Workers use `jobs` and `runner`
(claim, renew, complete, fail); maintenance runs `rescuer` and the tasks registered with
`registry.register_maintenance` (the pipeline's pruning, which calls `pruner` for its rows).
The handler contract is in `registry`. queue/README.md draws a row's state machine.
"""

from pdfqueue.queue.admin import cancel_jobs, list_jobs, list_workers, retry_jobs
from pdfqueue.queue.jobs import cancel_document, enqueue
from pdfqueue.queue.metrics import QueueMetrics, metrics, throughput_series
from pdfqueue.queue.notify import JOBS_CHANNEL
from pdfqueue.queue.registry import QUEUE_TABLES, Handler, Job, get, register, registered

__all__ = [
    "JOBS_CHANNEL",
    "QUEUE_TABLES",
    "Handler",
    "Job",
    "QueueMetrics",
    "cancel_document",
    "cancel_jobs",
    "enqueue",
    "get",
    "list_jobs",
    "list_workers",
    "metrics",
    "register",
    "registered",
    "retry_jobs",
    "throughput_series",
]
