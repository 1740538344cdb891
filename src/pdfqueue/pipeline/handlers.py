"""Every pipeline handler, registered by importing this module (what workers do).

The import stays light: engines (pdfium, Tesseract, onnxruntime) load in each handler's
`warm_up`, which a worker process calls before it reports ready (PDFQUEUE_WORKER_PRELOAD; off:
on the handler's first job), and only for the queues it serves. Every handler's outcome
transaction starts by locking its batch's documents once, in id order (`stages.hold_documents`);
the hooks then use them without locking again.
"""

from __future__ import annotations

import importlib
import importlib.util

from pdfqueue.config import get_settings
from pdfqueue.pipeline import analysis, chunking, extraction, ocr, products, pruning, stages
from pdfqueue.queue.registry import Handler, register, register_maintenance

METADATA_BATCH = 8  # chunks per metadata job claim (pure Python, cheap per chunk)
# Images per OCR claim. Most catalog photos take Tesseract ~25 ms, about what one outcome
# transaction costs (document lock, durable commit): recorded one by one, two workers' outcomes
# queued behind each other on the document's lock.
OCR_BATCH = 4

_batch = max(1, get_settings().embedding_batch_size)

HANDLERS: tuple[Handler, ...] = (
    Handler(
        "stage_queue",
        "extraction",
        extraction.run,
        warm_up=extraction.warm_up,
        on_complete=extraction.on_complete,
        on_failed=extraction.on_failed,
        hold=stages.hold_documents,
    ),
    Handler(
        "image_processing_queue",
        "ocr",
        ocr.run,
        batch_size=OCR_BATCH,
        warm_up=ocr.warm_up,
        on_complete_many=ocr.on_complete,
        on_failed=ocr.on_failed,
        hold=stages.hold_documents,
    ),
    Handler(
        "stage_queue",
        "chunking",
        chunking.run,
        warm_up=chunking.warm_up,
        on_complete=chunking.on_complete,
        on_failed=chunking.on_failed,
        hold=stages.hold_documents,
    ),
    Handler(
        "ai_analysis_queue",
        "embedding",
        analysis.run_embedding,
        batch_size=_batch,
        warm_up=analysis.warm_up_embedding,
        on_complete_many=analysis.on_embedding,
        on_failed=analysis.on_failed,
        hold=stages.hold_documents,
    ),
    Handler(
        "ai_analysis_queue",
        "classification",
        analysis.run_classification,
        batch_size=_batch,
        warm_up=analysis.warm_up_classification,
        on_complete_many=analysis.on_classification,
        on_failed=analysis.on_failed,
        hold=stages.hold_documents,
    ),
    Handler(
        "ai_analysis_queue",
        "metadata",
        analysis.run_metadata,
        batch_size=METADATA_BATCH,
        warm_up=analysis.warm_up_metadata,
        on_complete_many=analysis.on_metadata,
        on_failed=analysis.on_failed,
        hold=stages.hold_documents,
    ),
    Handler(
        "stage_queue",
        "product_creation",
        products.run,
        warm_up=products.warm_up,
        on_complete=products.on_complete,
        on_failed=products.on_failed,
        hold=stages.hold_documents,
    ),
)

for _handler in HANDLERS:
    register(_handler)

# Queue maintenance removes deleted documents and (through the queue) their rows.
register_maintenance("prune_deleted_documents", pruning.prune_deleted)

# The API part's webhook delivery handler registers itself on import; only its absence is
# tolerated (while it is being written), never an error inside it.
if importlib.util.find_spec("pdfqueue.pipeline.webhooks") is not None:
    importlib.import_module("pdfqueue.pipeline.webhooks")
