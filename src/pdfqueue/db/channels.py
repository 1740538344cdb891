"""The NOTIFY channels, named once: who sends on them and what the payload is."""

JOBS_CHANNEL = "pdfqueue_jobs"  # the queue: rows became due in a queue; payload: its name
PROGRESS_CHANNEL = "pdfqueue_progress"  # the pipeline: a document's progress (JSON)
