"""Embedding a search query with the model the pipeline embeds chunks with.

The API may not import engines (a request never does heavy work), but semantic search needs
the query as a vector in the same space as the stored embeddings. This is the one model call
the API makes: a short text, a few milliseconds once the model is loaded (lazily, on the first
search of the process, guarded so concurrent first searches load it once).
"""

from __future__ import annotations

import threading

from pdfqueue.config import get_settings

_LOCK = threading.Lock()


def embed_query(text: str) -> list[float]:
    """The query's embedding (normalised like the chunks'), as a list of floats."""
    from pdfqueue.engines.embedding import get_embedder

    with _LOCK:
        embedder = get_embedder(get_settings().embedding_model)
        vector = embedder.embed([text])[0]
    return [float(x) for x in vector]
