"""The pipeline's side of two things the queue does not know: owners (fairness between them
in claim order) and documents' deletion (removing a deleted document once the queue holds no
row of it)."""

from __future__ import annotations

from arrange import make_document
from pdfqueue.pipeline import pruning, stages
from pdfqueue.queue import jobs

Q = "webhook_queue"  # any queue: they share the enqueue statement


def _enqueue(conn, document_id, n=3):
    with conn.transaction():
        return stages.enqueue(conn, Q, [{"document_id": document_id, "task": "noop"}] * n)


def _claim_all(conn):
    with conn.transaction():
        return jobs.claim(conn, Q, ["noop"], worker="w:1:x", limit=500, lease_seconds=60)


def test_one_owners_many_documents_do_not_hold_back_another_owners_one(service_conn) -> None:
    """Claim order interleaves owners as it interleaves documents: bob's only document,
    submitted after alice's many, is claimed among the first, not after all of hers."""
    conn = service_conn
    alice_docs = [make_document(conn, owner="alice") for _ in range(30)]
    for doc in alice_docs:
        _enqueue(conn, doc)
    bob_doc = make_document(conn, owner="bob")
    _enqueue(conn, bob_doc)

    order = [j.document_id for j in _claim_all(conn)]
    assert order.index(bob_doc) <= 1, "bob's document waited behind alice's"
    # alice's own documents still start in the order she submitted them
    firsts = [order.index(doc) for doc in alice_docs]
    assert firsts == sorted(firsts)


def test_an_owners_ended_documents_take_no_places(service_conn) -> None:
    conn = service_conn
    done = [make_document(conn, owner="alice", status="completed") for _ in range(5)]
    assert done
    doc = make_document(conn, owner="alice")
    (job_id,) = _enqueue(conn, doc, 1)
    assert conn.execute(f"SELECT seq FROM {Q} WHERE id = %s", (job_id,)).fetchone()[0] == 1


def test_pruning_removes_finished_rows_and_then_the_deleted_documents(service_conn) -> None:
    conn = service_conn
    deleted, kept = make_document(conn), make_document(conn)
    _enqueue(conn, deleted)
    _enqueue(conn, kept, 2)
    conn.execute(f"UPDATE {Q} SET status = 'completed'")
    _enqueue(conn, deleted, 1)  # never started
    conn.execute("UPDATE processed_documents SET deleted_at = now() WHERE id = %s", (deleted,))

    with conn.transaction():
        done = pruning.prune_deleted(conn)

    assert done == {Q: 4, "processed_documents": 1}
    left = conn.execute(f"SELECT DISTINCT document_id FROM {Q}").fetchall()
    assert left == [(kept,)]
    assert conn.execute("SELECT id FROM processed_documents").fetchall() == [(kept,)]


def test_pruning_keeps_a_deleted_document_while_one_of_its_rows_runs(service_conn) -> None:
    conn = service_conn
    doc = make_document(conn)
    _enqueue(conn, doc, 2)
    _claim_all(conn)  # both running
    conn.execute("UPDATE processed_documents SET deleted_at = now() WHERE id = %s", (doc,))
    with conn.transaction():
        assert pruning.prune_deleted(conn) == {}
    assert conn.execute(f"SELECT count(*) FROM {Q}").fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM processed_documents").fetchone()[0] == 1


def test_the_pipeline_registers_its_pruning_with_queue_maintenance() -> None:
    import pdfqueue.pipeline.handlers  # noqa: F401  (registers on import, as workers do)
    from pdfqueue.queue import registry

    assert pruning.prune_deleted in registry.maintenance_tasks().values()
