"""Real PDFs through the real pipeline with real worker processes."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

BROKEN = {
    "edge-zero-bytes.pdf": "empty",
    "edge-not-pdf-plain-text.pdf": "not a pdf",
    "edge-encrypted-aes256-user-password.pdf": "password",
    "edge-malformed-missing-pages.pdf": "",
    "edge-zero-pages.pdf": "no pages",
}


def _monotonic_to_100(events, doc_id):
    values = [e["progress"] for e in events if e["document_id"] == str(doc_id)]
    assert values, "no progress was notified"
    assert values == sorted(values), values
    assert values[0] < 20 and values[-1] == 100.0
    assert values.count(100.0) == 1 or set(values[values.index(100.0) :]) == {100.0}
    return values


def test_text_and_catalog_complete_beside_broken_files(
    pipeline, submit, corpus, workers, ended, progress_log
):
    text = submit(corpus / "text-multi-page-5p.pdf")
    catalog = submit(corpus / "gen-catalog-product-grid-2p.pdf")
    broken = {submit(corpus / name): words for name, words in BROKEN.items()}
    workers(2)
    docs = ended(text, catalog, *broken, timeout=240)
    conn = pipeline.conn

    for doc_id in (text, catalog):
        doc = docs[doc_id]
        assert doc["status"] == "completed", (doc["status"], doc["errors"])
        assert float(doc["progress"]) == 100.0 and doc["completed_at"] is not None
        _monotonic_to_100(progress_log, doc_id)
        analysed = conn.execute(
            "SELECT count(*), count(embedding), count(classification),"
            " count(*) FILTER (WHERE metadata ? 'found') FROM document_chunks"
            " WHERE document_id = %s",
            (doc_id,),
        ).fetchone()
        assert analysed[0] > 0 and len(set(analysed)) == 1, analysed
        unfinished = conn.execute(
            "SELECT count(*) FROM ai_analysis_queue WHERE document_id = %s"
            " AND status <> 'completed'",
            (doc_id,),
        ).fetchone()
        assert unfinished == (0,)

    pages = conn.execute(
        "SELECT count(*) FROM document_pages WHERE document_id = %s", (text,)
    ).fetchone()
    assert pages == (5,)
    # The catalog's photos were OCR'd and its products carry names, types and images.
    products = conn.execute(
        "SELECT name, product_type, cardinality(image_ids), cardinality(chunk_ids), embedding"
        " FROM products WHERE document_id = %s",
        (catalog,),
    ).fetchall()
    assert products, "the catalog gave no products"
    for name, kind, _images, chunk_count, embedding in products:
        assert name and kind and chunk_count >= 1 and embedding is not None

    for doc_id, words in broken.items():
        doc = docs[doc_id]
        assert doc["status"] == "failed", (doc["filename"], doc["status"])
        assert words in doc["error_message"].lower(), doc["error_message"]
        assert float(doc["progress"]) == 0.0  # a failure is no progress


def test_scans_are_read_and_a_failing_ocr_item_completes_with_errors(
    pipeline, submit, corpus, workers, ended, progress_log
):
    scan = submit(corpus / "scan-book-page-huckleberry-finn.pdf")
    multi = submit(corpus / "scan-multipage-4p.pdf")
    workers(2, handlers="faulty_handlers", PDFQUEUE_TEST_FAIL_OCR_PAGE="2")
    docs = ended(scan, multi, timeout=240)
    conn = pipeline.conn

    assert docs[scan]["status"] == "completed"
    text = conn.execute(
        "SELECT string_agg(ocr_text, ' ') FROM document_images WHERE document_id = %s", (scan,)
    ).fetchone()[0]
    assert text and len(text.split()) > 20
    _monotonic_to_100(progress_log, scan)

    doc = docs[multi]
    assert doc["status"] == "completed_with_errors"
    assert float(doc["progress"]) == 100.0
    assert len(doc["errors"]) == 1
    assert "injected OCR fault on page 2" in doc["errors"][0]["error"]
    failed = conn.execute(
        "SELECT retry_count, max_retries, jsonb_array_length(errors) FROM image_processing_queue"
        " WHERE document_id = %s AND status = 'failed'",
        (multi,),
    ).fetchall()
    assert failed == [(3, 3, 4)]  # every attempt ran and was kept
    _monotonic_to_100(progress_log, multi)
