"""pdfqueue: asynchronous PDF ingestion on durable PostgreSQL job queues."""

__version__ = "0.1.0"
