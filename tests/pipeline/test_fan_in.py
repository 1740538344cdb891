"""Fan-in happens exactly once, even when the last two items finish at the same instant."""

from __future__ import annotations

import logging

from together import record_together

from pdfqueue.queue import runner
from pdfqueue.queue.runner import Outcome

OCR_RESULT = {"text": "recorded by the test", "mean_confidence": 90.0, "engine": "test"}


def _claim_all_ocr(pipeline, n):
    jobs = pipeline.claim("image_processing_queue", "ocr", limit=n)
    assert len(jobs) == n
    return jobs


def test_last_two_items_finishing_together_enqueue_the_next_stage_once(
    pipeline, submit, corpus, db_url, caplog
):
    caplog.set_level(logging.WARNING, logger="pdfqueue.pipeline.stages")
    handler = pipeline.handler("image_processing_queue", "ocr")
    rounds = 3
    for _ in range(rounds):
        doc_id = submit(corpus / "gen-catalog-product-grid-2p.pdf")
        pipeline.drive(queues=("stage_queue",))  # extraction: 7 product photos to OCR
        jobs = _claim_all_ocr(pipeline, 7)
        with pipeline.conn.transaction():  # the first five finish alone
            runner.record(
                pipeline.conn,
                "image_processing_queue",
                [Outcome(j, handler, result=OCR_RESULT) for j in jobs[:5]],
                worker="test-driver",
                retry_base_seconds=0,
            )
        # The last two finish at the same instant, on two connections (two workers).
        errors = record_together(
            db_url,
            "image_processing_queue",
            [[Outcome(j, handler, result=OCR_RESULT)] for j in jobs[5:]],
        )
        assert not errors
        stages = pipeline.conn.execute(
            "SELECT stage FROM stage_queue WHERE document_id = %s ORDER BY created_at", (doc_id,)
        ).fetchall()
        assert stages == [("extraction",), ("chunking",)]
        counts = pipeline.conn.execute(
            "SELECT total_items, completed_items, failed_items FROM job_progress"
            " WHERE document_id = %s AND stage = 'image_processing'",
            (doc_id,),
        ).fetchone()
        assert counts == (7, 7, 0)
        assert float(pipeline.document(doc_id)["progress"]) == 40.0
    # The row lock decided every time; the UNIQUE backstop never had to.
    assert "already enqueued" not in caplog.text


def test_a_failed_item_counts_as_done_and_is_listed(pipeline, submit, corpus):
    handler = pipeline.handler("image_processing_queue", "ocr")
    doc_id = submit(corpus / "scan-multipage-4p.pdf")
    pipeline.drive(queues=("stage_queue",))
    jobs = _claim_all_ocr(pipeline, 4)
    conn = pipeline.conn
    with conn.transaction():
        runner.record(
            conn,
            "image_processing_queue",
            [Outcome(j, handler, result=OCR_RESULT) for j in jobs[:3]],
            worker="test-driver",
            retry_base_seconds=0,
        )
    conn.execute("UPDATE image_processing_queue SET max_retries = 0 WHERE id = %s", (jobs[3].id,))
    with conn.transaction():
        runner.record(
            conn,
            "image_processing_queue",
            [Outcome(jobs[3], handler, failure=runner.Failure.message("the image is damaged"))],
            worker="test-driver",
            retry_base_seconds=0,
        )
    doc = pipeline.document(doc_id)
    assert float(doc["progress"]) == 40.0
    assert [e["error"] for e in doc["errors"]] == ["the image is damaged"]
    assert doc["errors"][0]["item"] == str(jobs[3].row["image_id"])
    assert conn.execute(
        "SELECT count(*) FROM stage_queue WHERE document_id = %s AND stage = 'chunking'",
        (doc_id,),
    ).fetchone() == (1,)


def test_results_for_a_cancelled_document_are_discarded(pipeline, submit, corpus):
    from pdfqueue.pipeline.operations import cancel_document

    handler = pipeline.handler("image_processing_queue", "ocr")
    doc_id = submit(corpus / "scan-multipage-4p.pdf")
    pipeline.drive(queues=("stage_queue",))
    jobs = _claim_all_ocr(pipeline, 2)  # two running, two pending
    conn = pipeline.conn
    with conn.transaction():
        assert cancel_document(conn, doc_id)
    with conn.transaction():
        done = runner.record(
            conn,
            "image_processing_queue",
            [Outcome(j, handler, result=OCR_RESULT) for j in jobs],
            worker="test-driver",
            retry_base_seconds=0,
        )
    assert done.completed == 0
    statuses = conn.execute(
        "SELECT status, count(*) FROM image_processing_queue WHERE document_id = %s GROUP BY 1",
        (doc_id,),
    ).fetchall()
    assert statuses == [("cancelled", 4)]
    assert conn.execute(
        "SELECT count(*) FROM document_images WHERE document_id = %s AND ocr_text IS NOT NULL",
        (doc_id,),
    ).fetchone() == (0,)
    doc = pipeline.document(doc_id)
    assert doc["status"] == "cancelled" and float(doc["progress"]) == 20.0


def test_batches_naming_two_documents_in_opposite_orders_do_not_deadlock(
    pipeline, submit, corpus, db_url
):
    handler = pipeline.handler("image_processing_queue", "ocr")
    first = submit(corpus / "gen-catalog-product-grid-2p.pdf")
    second = submit(corpus / "gen-catalog-product-grid-2p.pdf")
    pipeline.drive(queues=("stage_queue",))
    jobs = _claim_all_ocr(pipeline, 14)
    mine = {doc: [j for j in jobs if j.document_id == doc] for doc in (first, second)}
    errors: list[BaseException] = []
    for n in range(7):  # seven rounds: each worker's batch names both documents, oppositely
        pair = [mine[first][n], mine[second][n]]
        errors += record_together(
            db_url,
            "image_processing_queue",
            [
                [Outcome(j, handler, result=OCR_RESULT) for j in batch]
                for batch in (pair, pair[::-1])
            ],
        )
    assert errors == []
    counts = pipeline.conn.execute(
        "SELECT completed_items FROM job_progress WHERE stage = 'image_processing'"
        " AND document_id = ANY(%s)",
        ([first, second],),
    ).fetchall()
    assert counts == [(7,), (7,)]
