"""What people do to a document: retry its failed items, delete it."""

from __future__ import annotations

from pdfqueue import queue
from pdfqueue.pipeline import operations as control
from pdfqueue.pipeline.operations import delete_document, retry_document


def test_retry_requeues_failed_items_and_the_document_finishes_again(
    pipeline, submit, corpus, store
):
    doc_id = submit(corpus / "scan-jbig2-xerox.pdf")
    pipeline.drive(queues=("stage_queue",))
    conn = pipeline.conn
    key = conn.execute(
        "SELECT storage_path FROM document_images WHERE document_id = %s", (doc_id,)
    ).fetchone()[0]
    good = store.read_bytes(key)
    store.put_bytes(key, b"this is not an image")  # every OCR attempt fails
    pipeline.drive()
    doc = pipeline.document(doc_id)
    assert doc["status"] == "completed_with_errors" and float(doc["progress"]) == 100.0
    assert len(doc["errors"]) == 1 and doc["errors"][0]["queue"] == "image_processing_queue"
    chunks_before = conn.execute(
        "SELECT count(*) FROM document_chunks WHERE document_id = %s", (doc_id,)
    ).fetchone()[0]

    store.put_bytes(key, good)
    with conn.transaction():
        assert retry_document(conn, doc_id) == 1
    doc = pipeline.document(doc_id)
    assert doc["status"] == "processing" and float(doc["progress"]) == 100.0  # never backwards
    pipeline.drive()
    doc = pipeline.document(doc_id)
    assert doc["status"] == "completed" and doc["errors"] == []
    assert float(doc["progress"]) == 100.0
    text = conn.execute(
        "SELECT string_agg(content, ' ') FROM document_chunks WHERE document_id = %s", (doc_id,)
    ).fetchone()[0]
    # the page render's row: a figure cut out of the scan is a row of its own, never OCR'd
    ocr = conn.execute(
        "SELECT ocr_text FROM document_images WHERE document_id = %s AND source <> 'figure_crop'",
        (doc_id,),
    ).fetchone()[0]
    # the OCR text is chunked now (its words: the page's blocks are made of them)
    assert chunks_before == 0 and ocr and " ".join(ocr.split()) in " ".join(text.split())
    with conn.transaction():
        assert retry_document(conn, doc_id) == 0  # nothing failed any more


def test_an_unreadable_pdf_is_a_failed_row_counted_listed_and_retryable(pipeline, submit, corpus):
    doc_id = submit(corpus / "edge-not-pdf-plain-text.pdf")
    pipeline.drive(queues=("stage_queue",))
    conn = pipeline.conn
    doc = pipeline.document(doc_id)
    assert doc["status"] == "failed"
    assert doc["error_message"].startswith("the file is not a PDF")  # the reason, as it is
    (row,) = queue.list_jobs(conn, queue="stage_queue", status="failed", document_id=doc_id)
    assert row["retry_count"] == 0 and row["errors"][-1]["permanent"] is True  # not retried
    assert queue.metrics(conn)["stage_queue"].failed == 1

    with conn.transaction():  # retryable like any failed row: it reads the same bytes again
        assert retry_document(conn, doc_id) == 1
    assert pipeline.document(doc_id)["status"] == "processing"
    pipeline.drive(queues=("stage_queue",))
    again = pipeline.document(doc_id)
    assert again["status"] == "failed" and again["error_message"] == doc["error_message"]


def test_retry_resumes_a_cancelled_document_where_it_stopped(pipeline, submit, corpus):
    doc_id = submit(corpus / "scan-multipage-4p.pdf")
    pipeline.drive(queues=("stage_queue",))  # extracted: its OCR items are pending
    conn = pipeline.conn
    with conn.transaction():
        assert control.cancel_document(conn, doc_id)
    cancelled = pipeline.document(doc_id)
    assert cancelled["status"] == "cancelled"
    pending = queue.list_jobs(conn, queue="image_processing_queue", document_id=doc_id)
    assert pending and {r["status"] for r in pending} == {"cancelled"}

    with conn.transaction():
        assert retry_document(conn, doc_id) == len(pending)
    resumed = pipeline.document(doc_id)
    assert resumed["status"] == "processing"
    assert float(resumed["progress"]) == float(cancelled["progress"])  # never backwards
    pipeline.drive()
    done = pipeline.document(doc_id)
    assert done["status"] == "completed" and float(done["progress"]) == 100.0
    extraction = conn.execute(
        "SELECT count(*) FROM stage_queue WHERE document_id = %s AND stage = 'extraction'",
        (doc_id,),
    ).fetchone()
    assert extraction == (1,)  # what had finished was not run again


def test_an_operator_retry_of_cancelled_jobs_resumes_their_document(pipeline, submit, corpus):
    doc_id = submit(corpus / "scan-multipage-4p.pdf")
    pipeline.drive(queues=("stage_queue",))
    conn = pipeline.conn
    with conn.transaction():
        control.cancel_document(conn, doc_id)
        retried = control.retry_jobs(conn, "image_processing_queue", status="cancelled")
    assert retried > 0
    assert pipeline.document(doc_id)["status"] == "processing"  # not left behind, cancelled
    pipeline.drive()
    assert pipeline.document(doc_id)["status"] == "completed"


def test_delete_cancels_hides_and_removes_blobs(pipeline, submit, corpus, store):
    doc_id = submit(corpus / "image-corporate-report-3p.pdf")
    pipeline.drive(queues=("stage_queue",))  # images stored, OCR pending
    conn = pipeline.conn
    assert store.path(f"documents/{doc_id}").is_dir()
    with conn.transaction():
        assert delete_document(conn, store, doc_id)
    doc = pipeline.document(doc_id)
    assert doc["deleted_at"] is not None and doc["status"] == "cancelled"
    assert not store.path(f"documents/{doc_id}").exists()
    pending = conn.execute(
        "SELECT count(*) FROM image_processing_queue WHERE document_id = %s AND status = 'pending'",
        (doc_id,),
    ).fetchone()[0]
    assert pending == 0
    assert pipeline.drive() == 0  # nothing left to run


def test_an_operator_retry_of_one_failed_item_reopens_and_refinishes_its_document(
    pipeline, submit, corpus, store
):
    doc_id = submit(corpus / "scan-jbig2-xerox.pdf")
    pipeline.drive(queues=("stage_queue",))
    conn = pipeline.conn
    (key,) = conn.execute(
        "SELECT storage_path FROM document_images WHERE document_id = %s", (doc_id,)
    ).fetchone()
    good = store.read_bytes(key)
    store.put_bytes(key, b"this is not an image")
    pipeline.drive()
    assert pipeline.document(doc_id)["status"] == "completed_with_errors"
    (failed_id,) = conn.execute(
        "SELECT id FROM image_processing_queue WHERE document_id = %s AND status = 'failed'",
        (doc_id,),
    ).fetchone()

    store.put_bytes(key, good)
    with conn.transaction():
        assert control.retry_jobs(conn, "image_processing_queue", ids=[failed_id]) == 1
    pipeline.drive()
    doc = pipeline.document(doc_id)
    assert doc["status"] == "completed" and doc["errors"] == []
    assert float(doc["progress"]) == 100.0


def test_an_operator_cancel_of_a_pending_item_lets_its_document_finish(pipeline, submit, corpus):
    doc_id = submit(corpus / "scan-multipage-4p.pdf")
    pipeline.drive(queues=("stage_queue",))
    conn = pipeline.conn
    pending = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM image_processing_queue WHERE document_id = %s ORDER BY seq",
            (doc_id,),
        )
    ]
    assert len(pending) >= 2
    with conn.transaction():
        assert control.cancel_jobs(conn, "image_processing_queue", ids=[pending[0]]) == 1
    pipeline.drive()

    doc = pipeline.document(doc_id)
    assert doc["status"] == "completed_with_errors" and float(doc["progress"]) == 100.0
    assert [e["error"] for e in doc["errors"]] == ["cancelled by an operator"]
    counts = conn.execute(
        "SELECT completed_items, failed_items, total_items FROM job_progress"
        " WHERE document_id = %s AND stage = 'image_processing'",
        (doc_id,),
    ).fetchone()
    assert counts == (len(pending) - 1, 1, len(pending))
