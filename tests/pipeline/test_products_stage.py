"""Product creation: one job builds the products, then their embeddings are shared out as more
jobs of the same stage; the last of them finishes the document."""

from __future__ import annotations

import json
import math

import numpy as np

from pdfqueue.pipeline import products
from pdfqueue.pipeline.operations import retry_document

CATALOG = "gen-catalog-grocery-9p.pdf"


def _product_jobs(conn, doc_id):
    return conn.execute(
        "SELECT part, status, jsonb_array_length(coalesce(payload->'products', '[]'))"
        " FROM stage_queue WHERE document_id = %s AND stage = 'product_creation' ORDER BY part",
        (doc_id,),
    ).fetchall()


def _products(conn, doc_id):
    return conn.execute(
        "SELECT count(*), count(embedding) FROM products WHERE document_id = %s", (doc_id,)
    ).fetchone()


def _stage_counts(conn, doc_id):
    return conn.execute(
        "SELECT total_items, completed_items, failed_items FROM job_progress"
        " WHERE document_id = %s AND stage = 'product_creation'",
        (doc_id,),
    ).fetchone()


def test_products_are_embedded_by_several_jobs_and_the_last_one_finishes(pipeline, submit, corpus):
    conn = pipeline.conn
    doc_id = submit(corpus / CATALOG)
    pipeline.drive()
    doc = pipeline.document(doc_id)
    assert (doc["status"], float(doc["progress"])) == ("completed", 100.0)
    made, embedded = _products(conn, doc_id)
    assert made > products.EMBED_PRODUCTS_PER_JOB  # enough for several embedding jobs
    assert embedded == made
    parts = math.ceil(made / products.EMBED_PRODUCTS_PER_JOB)
    jobs = _product_jobs(conn, doc_id)
    assert [(part, status) for part, status, _ in jobs] == [
        (n, "completed") for n in range(parts + 1)
    ]
    assert sum(size for _, _, size in jobs) == made
    assert _stage_counts(conn, doc_id) == (parts + 1, parts + 1, 0)
    # Each product's embedding is of its own name and description.
    from pdfqueue.pipeline.analysis import embedder

    rows = conn.execute(
        "SELECT name, description, embedding::text FROM products WHERE document_id = %s",
        (doc_id,),
    ).fetchall()
    stored = np.array([json.loads(r[2].replace("{", "[").replace("}", "]")) for r in rows])
    expected = embedder().embed([products.product_text(r[0], r[1]) for r in rows])
    assert np.allclose((stored * expected).sum(axis=1), 1.0, atol=1e-4)


def test_an_embedding_job_that_keeps_failing_is_listed_and_a_retry_rebuilds(
    pipeline, submit, corpus, monkeypatch
):
    conn = pipeline.conn
    doc_id = submit(corpus / CATALOG)
    real_embed = products.embed

    def failing_embed(job):
        if job.row.get("part") == 1:
            raise RuntimeError("the embedding model ran out of memory")
        return real_embed(job)

    monkeypatch.setattr(products, "embed", failing_embed)
    pipeline.drive()
    doc = pipeline.document(doc_id)
    assert (doc["status"], float(doc["progress"])) == ("completed_with_errors", 100.0)
    assert [e["error"] for e in doc["errors"]] == [
        "RuntimeError: the embedding model ran out of memory"
    ]
    made, embedded = _products(conn, doc_id)
    assert made - embedded == products.EMBED_PRODUCTS_PER_JOB  # part 1's products only
    total, completed, failed = _stage_counts(conn, doc_id)
    assert (completed + failed, failed) == (total, 1)

    monkeypatch.setattr(products, "embed", real_embed)
    with conn.transaction():
        assert retry_document(conn, doc_id) == 1  # the first job: it enqueues the rest again
    pipeline.drive()
    doc = pipeline.document(doc_id)
    assert (doc["status"], doc["errors"]) == ("completed", [])
    made_again, embedded = _products(conn, doc_id)
    assert embedded == made_again == made
    assert all(status == "completed" for _, status, _ in _product_jobs(conn, doc_id))
