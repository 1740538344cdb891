"""Progress: the formula, monotonic publishing, and a document's state."""

from __future__ import annotations

import hashlib
import json
import uuid

import psycopg
import pytest

from pdfqueue.db.pools import configure_service
from pdfqueue.pipeline import stages, state
from pdfqueue.pipeline.submit import submit_document


def test_stage_table_covers_0_to_100_in_order():
    assert [(s.name, s.start, s.end) for s in stages.STAGES] == [
        ("extraction", 0, 20),
        ("image_processing", 20, 40),
        ("chunking", 40, 60),
        ("ai_analysis", 60, 90),
        ("product_creation", 90, 100),
    ]


def test_formula_is_stage_start_plus_share_of_the_range():
    done = (1, 1, 0)
    # The seed's example: 50 of 215 images done → 24.65 %.
    assert stages.overall_progress({"extraction": done, "image_processing": (215, 50, 0)}) == (
        pytest.approx(24.65, abs=0.01)
    )
    # Failed items count as done; a stage with no items counts as done; unknown counts 0.
    assert stages.overall_progress({"extraction": done, "image_processing": (4, 1, 3)}) == 40
    assert stages.overall_progress({"extraction": done, "image_processing": (0, 0, 0)}) == 40
    assert stages.overall_progress({"extraction": done, "image_processing": (None, 0, 0)}) == 20
    every = {s.name: (3, 2, 1) for s in stages.STAGES}
    assert stages.overall_progress(every) == 100


@pytest.fixture
def conn(db_url: str, settings) -> psycopg.Connection:
    with psycopg.connect(db_url, autocommit=True) as c:
        configure_service(c)
        yield c


def _document(conn: psycopg.Connection) -> uuid.UUID:
    with conn.transaction():
        return submit_document(
            conn,
            owner_id="alice",
            filename="a.pdf",
            storage_key="documents/x/source.pdf",
            size_bytes=1,
            sha256=hashlib.sha256(b"x").hexdigest(),
        )


def _progress(conn, document_id) -> float:
    row = conn.execute("SELECT progress FROM processed_documents WHERE id = %s", (document_id,))
    return float(row.fetchone()[0])


def test_progress_never_moves_backwards_and_100_means_finished(conn):
    doc = _document(conn)
    with conn.transaction():
        stages.count_outcome(conn, doc, "extraction", completed=1)
        stages.open_stage(conn, doc, "image_processing", 4)
        stages.count_outcome(conn, doc, "image_processing", completed=2)
        stages.publish(conn, doc)
    assert _progress(conn, doc) == 30.0
    with conn.transaction():  # a retry re-opens the stage: the formula drops, progress does not
        stages.open_stage(conn, doc, "image_processing", 4)
        payload = stages.publish(conn, doc)
    assert payload["progress"] == 30.0 and _progress(conn, doc) == 30.0
    with conn.transaction():  # every stage done, yet not declared finished: below 100
        for stage in ("image_processing", "chunking", "ai_analysis", "product_creation"):
            stages.open_stage(conn, doc, stage, 1)
            stages.count_outcome(conn, doc, stage, completed=1)
        stages.publish(conn, doc)
    assert _progress(conn, doc) < 100
    with conn.transaction():
        stages.publish(conn, doc, status="completed")
    assert _progress(conn, doc) == 100.0


def test_every_change_is_notified_in_its_transaction(conn, db_url):
    doc = _document(conn)
    with psycopg.connect(db_url, autocommit=True) as listener:
        listener.execute("LISTEN pdfqueue_progress")
        with conn.transaction():
            stages.count_outcome(conn, doc, "extraction", completed=1)
            stages.publish(conn, doc, status="processing", stage="image_processing")
        with pytest.raises(RuntimeError), conn.transaction():  # rolled back: never announced
            stages.publish(conn, doc, stage="chunking")
            raise RuntimeError
        seen = [json.loads(n.payload) for n in listener.notifies(timeout=1)]
    assert seen == [
        {
            "document_id": str(doc),
            "owner_id": "alice",
            "status": "processing",
            "progress": 20.0,
            "stage": "image_processing",
        }
    ]


def test_document_state_shows_stages_counts_and_an_eta(conn):
    doc = _document(conn)
    with conn.transaction():
        stages.count_outcome(conn, doc, "extraction", completed=1)
        stages.open_stage(conn, doc, "image_processing", 4)
        stages.count_outcome(conn, doc, "image_processing", completed=1, failed=1)
        conn.execute(
            "UPDATE processed_documents SET status = 'processing',"
            " started_at = now() - interval '10 seconds' WHERE id = %s",
            (doc,),
        )
        stages.publish(conn, doc, stage="image_processing")
    shown = state.document_state(conn, doc)
    assert shown["status"] == "processing" and shown["progress"] == 30.0
    assert shown["current_stage"] == "image_processing"
    by_name = {s["name"]: s for s in shown["stages"]}
    assert by_name["image_processing"]["total_items"] == 4
    assert by_name["image_processing"]["failed_items"] == 1
    assert by_name["image_processing"]["progress"] == 50.0
    assert by_name["extraction"]["progress"] == 100.0
    # 30 % in ~10 s: the rest extrapolates to ~23 s.
    assert shown["eta_seconds"] == pytest.approx(23.3, rel=0.2)
    assert state.document_state(conn, uuid.uuid4()) is None
