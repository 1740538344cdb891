"""The stages one by one, driven in-process with the queue's own claim/complete/fail."""

from __future__ import annotations

import pytest


def _counts(conn, document_id):
    return {
        r[0]: (r[1], r[2], r[3])
        for r in conn.execute(
            "SELECT stage, total_items, completed_items, failed_items FROM job_progress"
            " WHERE document_id = %s",
            (document_id,),
        )
    }


def test_submit_queues_the_document_with_its_extraction_job(pipeline, submit, corpus):
    doc_id = submit(corpus / "text-multi-page-5p.pdf")
    doc = pipeline.document(doc_id)
    assert (doc["status"], float(doc["progress"]), doc["current_stage"]) == (
        "queued",
        0.0,
        "extraction",
    )
    stages = pipeline.conn.execute(
        "SELECT stage, status FROM stage_queue WHERE document_id = %s", (doc_id,)
    ).fetchall()
    assert stages == [("extraction", "pending")]
    assert set(_counts(pipeline.conn, doc_id)) == {
        "extraction",
        "image_processing",
        "chunking",
        "ai_analysis",
        "product_creation",
    }


def test_text_pdf_is_extracted_and_chunked(pipeline, submit, corpus):
    doc_id = submit(corpus / "text-multi-page-5p.pdf")
    pipeline.drive(queues=("stage_queue",))
    conn = pipeline.conn
    doc = pipeline.document(doc_id)
    assert doc["status"] == "processing"
    assert doc["page_count"] == 5
    assert doc["metadata"]["pdf"]["version"]  # what the file says about itself
    pages = conn.execute(
        "SELECT count(*), sum(char_count) FROM document_pages WHERE document_id = %s", (doc_id,)
    ).fetchone()
    assert pages[0] == 5 and pages[1] > 5000
    chunks = conn.execute(
        "SELECT count(*), min(page_numbers[1]), max(char_count) FROM document_chunks"
        " WHERE document_id = %s",
        (doc_id,),
    ).fetchone()
    assert chunks[0] >= 5 and chunks[1] == 1 and chunks[2] <= 1200
    kinds = dict(
        conn.execute(
            "SELECT analysis_type, count(*) FROM ai_analysis_queue WHERE document_id = %s"
            " GROUP BY 1",
            (doc_id,),
        ).fetchall()
    )
    assert kinds == {"embedding": chunks[0], "classification": chunks[0], "metadata": chunks[0]}
    counts = _counts(conn, doc_id)
    assert counts["image_processing"] == (0, 0, 0)  # no images: a stage with no items is done
    assert counts["ai_analysis"] == (3 * chunks[0], 0, 0)
    assert float(doc["progress"]) == 60.0
    assert doc["current_stage"] == "ai_analysis"


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("edge-zero-bytes.pdf", "empty"),
        ("edge-not-pdf-plain-text.pdf", "not a pdf"),
        ("edge-encrypted-aes256-user-password.pdf", "password"),
        ("edge-malformed-missing-pages.pdf", ""),
        ("edge-zero-pages.pdf", "no pages"),
    ],
)
def test_unreadable_pdf_fails_with_its_reason_and_is_not_retried(
    pipeline, submit, corpus, name, words
):
    doc_id = submit(corpus / name)
    pipeline.drive(queues=("stage_queue",))
    doc = pipeline.document(doc_id)
    assert doc["status"] == "failed", doc
    assert doc["error_message"] and words in doc["error_message"].lower()
    row = pipeline.conn.execute(
        "SELECT status, retry_count, error_message FROM stage_queue WHERE document_id = %s",
        (doc_id,),
    ).fetchone()
    assert row == ("failed", 0, doc["error_message"])  # a failed row at once, not retried
    assert float(doc["progress"]) == 0.0  # a failure is no progress


def test_page_limit_is_enforced_at_extraction_by_one_job_failed_at_once(
    pipeline, submit, corpus, monkeypatch
):
    from pdfqueue.config import get_settings

    monkeypatch.setenv("PDFQUEUE_MAX_PAGES", "10")
    get_settings.cache_clear()
    doc_id = submit(corpus / "text-federal-register-15p.pdf")  # 2 parts of 8 pages, if read
    jobs = pipeline.conn.execute(
        "SELECT payload->'pages' FROM stage_queue WHERE document_id = %s", (doc_id,)
    ).fetchall()
    assert jobs == [(None,)]  # one job for the whole file: parts would only fail beside it
    pipeline.drive(queues=("stage_queue",))
    doc = pipeline.document(doc_id)
    assert doc["status"] == "failed" and doc["page_count"] == 15
    assert doc["error_message"] == (
        "The PDF has 15 pages, more than the limit of 10 (PDFQUEUE_MAX_PAGES); split it into "
        "smaller documents and upload them separately."
    )
    row = pipeline.conn.execute(
        "SELECT status, retry_count, error_message FROM stage_queue WHERE document_id = %s",
        (doc_id,),
    ).fetchone()
    assert row == ("failed", 0, doc["error_message"])  # permanent: no retry wasted
    assert float(doc["progress"]) == 0.0
