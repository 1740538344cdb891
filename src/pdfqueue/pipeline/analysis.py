"""Stage 4, AI analysis: one queue row per chunk × type (`ai_analysis_queue`).

- embedding: a batch handler; one model call embeds the whole batch.
- classification: the seven categories, zero-shot over the chunk's embedding (also batched,
  so the chunks are embedded in one call) with what the document model says of the chunk
  (table or text, the headings above it, its first page), or the LLM when one is configured.
- metadata: structured attributes; an empty result says why (found=0 and a reason).

Results go to document_chunks and to the queue row's result. The models load on the first job
of this process, never at import.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, is_dataclass
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from pdfqueue.pipeline import context, memory, stages, vectors
from pdfqueue.queue.registry import Job


def _texts(jobs: Sequence[Job]) -> list[str]:
    ids = [job.row["chunk_id"] for job in jobs]
    found = dict(
        context.read_connection().execute(stages.sql("chunk_texts"), {"ids": ids}).fetchall()
    )
    missing = [str(i) for i in ids if i not in found]
    if missing:
        raise LookupError(f"chunks {missing} no longer exist (the document was re-chunked)")
    return [found[i] for i in ids]


def embedder():  # -> engines.embedding.Embedder
    from pdfqueue.engines.embedding import get_embedder

    return get_embedder(context.settings().embedding_model)


def _llm():
    settings = context.settings()
    if not settings.llm_base_url:
        return None
    from pdfqueue.engines.llm import llm_from_settings

    return llm_from_settings(settings)


def _plain(value: Any) -> Any:
    return asdict(value) if is_dataclass(value) else value


# --- embedding -------------------------------------------------------------------------------


def warm_up_embedding() -> None:
    embedder()


def run_embedding(jobs: Sequence[Job]) -> list[dict[str, Any]]:
    model = embedder()
    vectors = model.embed(_texts(jobs))
    memory.release_memory()
    return [
        {"dimension": int(model.dimension), "embedding": [round(float(v), 7) for v in vector]}
        for vector in vectors
    ]


def on_embedding(conn: psycopg.Connection, done: Sequence[tuple[Job, dict[str, Any]]]) -> None:
    vector = vectors.vector_sql(conn).replace("%s", "%(embedding)s")
    stages.store_items(
        conn,
        done,
        stages.sql("store_embedding").replace("{vector}", vector),
        lambda job, result: {
            "embedding": vectors.vector_param_for(conn, result["embedding"]),
            "chunk_id": job.row["chunk_id"],
        },
    )


# --- classification --------------------------------------------------------------------------


def warm_up_classification() -> None:
    if _llm() is None:
        from pdfqueue.engines.classification import prepare

        prepare(embedder())


def run_classification(jobs: Sequence[Job]) -> list[dict[str, Any]]:
    texts = _texts(jobs)
    llm = _llm()
    if llm is not None:
        return [_plain(llm.classify(text)) for text in texts]
    import numpy as np

    from pdfqueue.engines.classification import classify

    model = embedder()
    vectors = _stored_embeddings(jobs)
    missing = [i for i, v in enumerate(vectors) if v is None]
    if missing:  # not embedded yet (another worker has it): embed those here, in one call
        for i, vector in zip(missing, model.embed([texts[i] for i in missing]), strict=True):
            vectors[i] = vector
    places = _chunk_places(jobs)
    return [
        _plain(
            classify(
                text,
                embedding=np.asarray(vector, dtype=np.float32),
                embedder=model,
                **place,
            )
        )
        for text, vector, place in zip(texts, vectors, places, strict=True)
    ]


def _chunk_places(jobs: Sequence[Job]) -> list[dict[str, Any]]:
    """The classifier's context of each chunk: a table or text, the headings it sits under and
    its first page (none for a chunk made before layouts were kept)."""
    ids = [job.row["chunk_id"] for job in jobs]
    found = {
        row[0]: {"kind": row[1], "heading_path": list(row[2] or []), "page": row[3]}
        for row in context.read_connection().execute(stages.sql("chunk_places"), {"ids": ids})
    }
    return [found.get(i, {}) for i in ids]


def _stored_embeddings(jobs: Sequence[Job]) -> list[Any]:
    ids = [job.row["chunk_id"] for job in jobs]
    rows = context.read_connection().execute(stages.sql("stored_embeddings"), {"ids": ids})
    found = dict(rows.fetchall())
    return [vectors.parse_vector(found.get(i)) for i in ids]


def on_classification(conn: psycopg.Connection, done: Sequence[tuple[Job, dict[str, Any]]]) -> None:
    stages.store_items(
        conn,
        done,
        stages.sql("store_classification"),
        lambda job, result: {
            "label": result["label"],
            "confidence": result.get("confidence"),
            "chunk_id": job.row["chunk_id"],
        },
    )


# --- metadata --------------------------------------------------------------------------------


def warm_up_metadata() -> None:
    if _llm() is None:
        import pdfqueue.engines.metadata  # noqa: F401


def run_metadata(jobs: Sequence[Job]) -> list[dict[str, Any]]:
    texts = _texts(jobs)
    llm = _llm()
    if llm is not None:
        found = [_plain(llm.extract_metadata(text)) for text in texts]
    else:
        from pdfqueue.engines.metadata import extract_metadata

        found = [_plain(extract_metadata(text)) for text in texts]
    for item in found:
        if not item.get("found") and not item.get("reason"):
            item["reason"] = "no attributes recognised in the chunk's text"
    return found


def on_metadata(conn: psycopg.Connection, done: Sequence[tuple[Job, dict[str, Any]]]) -> None:
    stages.store_items(
        conn,
        done,
        stages.sql("store_metadata"),
        lambda job, result: {"metadata": Jsonb(result), "chunk_id": job.row["chunk_id"]},
    )


def on_failed(conn: psycopg.Connection, job: Job, error: str) -> None:
    stages.record_failed_item(conn, job, error)
