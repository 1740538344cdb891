"""pdfqueue: asynchronous PDF ingestion on durable PostgreSQL job queues."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Client", "__version__"]

if TYPE_CHECKING:
    from pdfqueue.client import Client


def __getattr__(name: str) -> Any:
    # The client pulls in httpx; workers and the API import pdfqueue without needing it.
    if name == "Client":
        from pdfqueue.client import Client

        return Client
    raise AttributeError(f"module 'pdfqueue' has no attribute {name!r}")
