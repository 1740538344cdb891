"""A long PDF is extracted by one job per range of pages, and the parts add up to the whole."""

from __future__ import annotations

import pytest
from together import record_together

from pdfqueue.config import get_settings
from pdfqueue.pipeline.operations import retry_document
from pdfqueue.queue import runner
from pdfqueue.queue.runner import Outcome

CATALOG = "gen-catalog-grocery-9p.pdf"  # 9 pages, 173 placements of 6 distinct images


@pytest.fixture
def pages_per_job(monkeypatch):
    def _set(n: int) -> None:
        monkeypatch.setenv("PDFQUEUE_EXTRACTION_PAGES_PER_JOB", str(n))
        get_settings.cache_clear()

    return _set


def _extraction_jobs(conn, doc_id):
    return conn.execute(
        "SELECT part, payload->'pages', status FROM stage_queue"
        " WHERE document_id = %s AND stage = 'extraction' ORDER BY part",
        (doc_id,),
    ).fetchall()


def _stored(conn, doc_id):
    pages = conn.execute(
        "SELECT page_number, text FROM document_pages WHERE document_id = %s ORDER BY 1",
        (doc_id,),
    ).fetchall()
    images = conn.execute(
        "SELECT page_number, image_index, content_sha256, needs_ocr FROM document_images"
        " WHERE document_id = %s ORDER BY 1, 2",
        (doc_id,),
    ).fetchall()
    ocr = conn.execute(
        "SELECT i.content_sha256 FROM image_processing_queue q"
        " JOIN document_images i ON i.id = q.image_id WHERE q.document_id = %s ORDER BY 1",
        (doc_id,),
    ).fetchall()
    return pages, images, ocr


def _counts(conn, doc_id, stage):
    return conn.execute(
        "SELECT total_items, completed_items, failed_items FROM job_progress"
        " WHERE document_id = %s AND stage = %s",
        (doc_id, stage),
    ).fetchone()


def test_parts_store_what_one_job_stores_and_fan_out_once(pipeline, submit, corpus, pages_per_job):
    conn = pipeline.conn
    pages_per_job(100)
    whole = submit(corpus / CATALOG)
    assert [j[:2] for j in _extraction_jobs(conn, whole)] == [(0, None)]
    pages_per_job(4)
    parted = submit(corpus / CATALOG)
    assert [j[:2] for j in _extraction_jobs(conn, parted)] == [
        (0, [1, 4]),
        (1, [5, 8]),
        (2, [9, 9]),
    ]
    assert _counts(conn, parted, "extraction") == (3, 0, 0)

    # One part done: a third of extraction's 20 %, and OCR of its own images already queued.
    handler = pipeline.handler("stage_queue", "extraction")
    claimed = [j for j in pipeline.claim("stage_queue", "extraction", limit=4)]
    mine = [j for j in claimed if j.document_id == parted]
    pipeline.run_claimed(handler, [mine[0]])
    doc = pipeline.document(parted)
    assert (doc["status"], float(doc["progress"])) == ("processing", 6.67)
    assert doc["current_stage"] == "extraction"
    _, images, ocr = _stored(conn, parted)
    first_part = {sha for page, _, sha, needs in images if needs and page <= 4}
    assert [o[0] for o in ocr] == sorted(first_part) and first_part
    # An OCR item ending before the stage has its total is counted, but moves nothing yet.
    pipeline.run_claimed(
        pipeline.handler("image_processing_queue", "ocr"),
        pipeline.claim("image_processing_queue", "ocr", limit=1),
    )
    assert _counts(conn, parted, "image_processing") == (None, 1, 0)
    doc = pipeline.document(parted)
    assert (float(doc["progress"]), doc["current_stage"]) == (6.67, "extraction")

    pipeline.run_claimed(handler, [j for j in claimed if j is not mine[0]])
    pipeline.drive(queues=("stage_queue",))
    assert _counts(conn, parted, "extraction") == (3, 3, 0)
    pages, images, ocr = _stored(conn, parted)
    assert (pages, images, ocr) == _stored(conn, whole)
    assert [p[0] for p in pages] == list(range(1, 10))
    distinct = {sha for _, _, sha, needs in images if needs}
    assert len(images) > len(distinct) and sorted(distinct) == [o[0] for o in ocr]
    assert _counts(conn, parted, "image_processing") == (len(distinct), 1, 0)
    doc = pipeline.document(parted)
    assert float(doc["progress"]) == round(20 + 20 / len(distinct), 2)
    assert doc["current_stage"] == "image_processing"


def test_ocr_that_ends_before_the_later_parts_reaches_them_and_starts_chunking(
    pipeline, submit, corpus, pages_per_job
):
    """Parts [1-4], [5-8], [9]: pages 5-8 show only images of pages 3-4, page 9 none."""
    conn = pipeline.conn
    pages_per_job(4)
    doc_id = submit(corpus / CATALOG)
    extraction = pipeline.handler("stage_queue", "extraction")
    first, second, last = pipeline.claim("stage_queue", "extraction", limit=3)
    pipeline.run_claimed(extraction, [first])
    pipeline.drive(queues=("image_processing_queue",))  # the first part's OCR items all end
    read = _stored(conn, doc_id)[2]
    assert read and _counts(conn, doc_id, "image_processing") == (None, len(read), 0)

    # The second part's placements of images already read get their text, with no new item.
    pipeline.run_claimed(extraction, [second])
    assert _stored(conn, doc_id)[2] == read
    texts = conn.execute(
        "SELECT count(*), count(ocr_result) FROM document_images"
        " WHERE document_id = %s AND page_number BETWEEN 5 AND 8",
        (doc_id,),
    ).fetchone()
    assert texts[0] > 0 and texts == (texts[0], texts[0])
    assert _chunking_jobs(conn, doc_id) == 0

    # The last part, with every OCR item already ended, starts chunking itself.
    pipeline.run_claimed(extraction, [last])
    assert _counts(conn, doc_id, "image_processing") == (len(read), len(read), 0)
    assert _chunking_jobs(conn, doc_id) == 1
    doc = pipeline.document(doc_id)
    assert (doc["current_stage"], float(doc["progress"])) == ("chunking", 40.0)


def _chunking_jobs(conn, doc_id) -> int:
    return conn.execute(
        "SELECT count(*) FROM stage_queue WHERE document_id = %s AND stage = 'chunking'",
        (doc_id,),
    ).fetchone()[0]


def test_last_two_parts_finishing_together_fan_out_once(
    pipeline, submit, corpus, db_url, pages_per_job
):
    pages_per_job(5)
    doc_id = submit(corpus / CATALOG)  # two parts
    handler = pipeline.handler("stage_queue", "extraction")
    jobs = pipeline.claim("stage_queue", "extraction", limit=2)
    outcomes = runner.run_handler(handler, jobs)
    errors = record_together(db_url, "stage_queue", [[o] for o in outcomes])
    assert errors == []
    _, images, ocr = _stored(pipeline.conn, doc_id)
    distinct = {sha for _, _, sha, needs in images if needs}
    assert len(ocr) == len(distinct) > 0  # one OCR row per image, not one set per part
    assert _counts(pipeline.conn, doc_id, "image_processing") == (len(distinct), 0, 0)


def test_a_part_that_keeps_failing_fails_the_document_and_a_retry_runs_every_part(
    pipeline, submit, corpus, pages_per_job
):
    conn = pipeline.conn
    pages_per_job(4)
    doc_id = submit(corpus / CATALOG)
    handler = pipeline.handler("stage_queue", "extraction")
    first, second = pipeline.claim("stage_queue", "extraction", limit=2)
    pipeline.run_claimed(handler, [first])
    conn.execute("UPDATE stage_queue SET max_retries = 0 WHERE id = %s", (second.id,))
    with conn.transaction():
        runner.record(
            conn,
            "stage_queue",
            [Outcome(second, handler, failure=runner.Failure.message("worker ran out of memory"))],
            worker="test-driver",
            retry_base_seconds=0,
        )
    doc = pipeline.document(doc_id)
    assert doc["status"] == "failed"
    assert "Extraction kept failing (worker ran out of memory)" in doc["error_message"]
    # The part that had not started, and the OCR of the part read, are dropped with it.
    assert [j[2] for j in _extraction_jobs(conn, doc_id)] == ["completed", "failed", "cancelled"]
    ocr_statuses = conn.execute(
        "SELECT DISTINCT status FROM image_processing_queue WHERE document_id = %s", (doc_id,)
    ).fetchall()
    assert ocr_statuses == [("cancelled",)]

    with conn.transaction():
        assert retry_document(conn, doc_id) == 3
    assert _counts(conn, doc_id, "extraction") == (3, 0, 0)
    pipeline.drive(queues=("stage_queue",))
    doc = pipeline.document(doc_id)
    assert doc["status"] == "processing" and doc["current_stage"] == "image_processing"
    assert _counts(conn, doc_id, "extraction") == (3, 3, 0)
    pages, images, ocr = _stored(conn, doc_id)
    assert [p[0] for p in pages] == list(range(1, 10))
    assert len(ocr) == len({sha for _, _, sha, needs in images if needs}) > 0
