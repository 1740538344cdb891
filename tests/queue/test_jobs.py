"""Row transitions: enqueue, claim, fencing, leases, cancellation (docs/architecture.md rules
1–3, 6, 7, 9)."""

from __future__ import annotations

import dataclasses
import threading
import time

import psycopg
import pytest
from queue_helpers import Q, enqueue_jobs, make_document, row, rows, wait_until

from pdfqueue import queue
from pdfqueue.queue import jobs, rescuer
from pdfqueue.queue.registry import Job
from pdfqueue.queue.runner import Outcome, record

A, B = "host:1:aaaaaa", "host:2:bbbbbb"


def claim(conn, worker=A, limit=1, lease=30.0, tasks=("noop", "effect")):
    with conn.transaction():
        return jobs.claim(conn, Q, list(tasks), worker=worker, limit=limit, lease_seconds=lease)


def test_enqueue_numbers_rows_within_their_document_and_continues(conn) -> None:
    doc, other = make_document(conn), make_document(conn, owner="bob")
    first = enqueue_jobs(conn, "noop", 3, document_id=doc)
    enqueue_jobs(conn, "noop", 2, document_id=other)
    later = enqueue_jobs(conn, "noop", 2, document_id=doc)

    seqs = {r["id"]: r["seq"] for r in rows(conn)}
    assert [seqs[i] for i in first] == [1, 2, 3]
    assert [seqs[i] for i in later] == [4, 5]
    assert sorted(r["seq"] for r in rows(conn) if r["document_id"] == other) == [1, 2]


def test_rows_enqueued_ahead_go_first_within_their_document_only(conn) -> None:
    doc, other = make_document(conn), make_document(conn, owner="bob")
    backlog = enqueue_jobs(conn, "noop", 3, document_id=doc)
    theirs = enqueue_jobs(conn, "noop", 3, document_id=other)
    claim(conn, limit=1)  # the document's first row is taken: two of its rows still wait
    late = enqueue_jobs(conn, "noop", 2, document_id=doc, ahead=True)

    order = [j.id for j in claim(conn, limit=10)]
    # the late rows take the backlog's places (2, 3), the backlog moves back (4, 5), and the
    # other document's rows (1, 2, 3; older on a tie) keep theirs
    assert order == [theirs[0], theirs[1], late[0], theirs[2], late[1], backlog[1], backlog[2]]
    # with nothing pending, rows ahead are numbered after the document's last row, as usual
    alone_doc = make_document(conn, owner="carol")
    (alone,) = enqueue_jobs(conn, "noop", document_id=alone_doc, ahead=True)
    assert row(conn, alone)["seq"] == 1


def test_a_document_enqueueing_ahead_again_and_again_does_not_starve_another(conn) -> None:
    """Rule 6 still holds: a catalog queueing OCR rows part after part, each part ahead of
    its backlog, does not pass a memo submitted after it."""
    catalog, memo = make_document(conn), make_document(conn)
    enqueue_jobs(conn, "noop", 4, document_id=catalog)
    claim(conn, limit=2)
    memo_rows = enqueue_jobs(conn, "noop", 2, document_id=memo)
    for _ in range(3):
        enqueue_jobs(conn, "noop", 10, document_id=catalog, ahead=True)

    first_four = {j.id for j in claim(conn, limit=4)}
    assert set(memo_rows) <= first_four


def test_enqueue_takes_priority_and_max_retries_and_rejects_queue_columns(conn) -> None:
    (job_id,) = enqueue_jobs(conn, "noop", priority=5, max_retries=1)
    assert (row(conn, job_id)["priority"], row(conn, job_id)["max_retries"]) == (5, 1)
    with pytest.raises(ValueError, match="set by the queue"):
        queue.enqueue(conn, Q, [{"document_id": make_document(conn), "status": "completed"}])
    with pytest.raises(ValueError, match="unknown queue"):
        queue.enqueue(conn, "nope", [{"document_id": make_document(conn)}])


def test_enqueue_notifies_workers_only_when_the_transaction_commits(conn, db_url) -> None:
    with psycopg.connect(db_url, autocommit=True) as listener:
        listener.execute("LISTEN pdfqueue_jobs")
        doc = make_document(conn)
        with conn.transaction():
            queue.enqueue(conn, Q, [{"document_id": doc, "task": "noop"}])
            assert list(listener.notifies(timeout=0.2)) == []
        got = list(listener.notifies(timeout=2, stop_after=1))
    assert [n.payload for n in got] == [Q]


def test_a_rolled_back_enqueue_leaves_no_job(conn) -> None:
    doc = make_document(conn)
    with pytest.raises(RuntimeError), conn.transaction():
        queue.enqueue(conn, Q, [{"document_id": doc, "task": "noop"}])
        raise RuntimeError("the caller's work failed")
    assert rows(conn) == []


def test_claim_takes_several_rows_in_one_round_trip_and_leases_them(conn) -> None:
    enqueue_jobs(conn, "noop", 5)
    claimed = claim(conn, limit=3, lease=30)
    assert len(claimed) == 3
    for r in rows(conn, [j.id for j in claimed]):
        assert r["status"] == "processing" and r["locked_by"] == A
        assert r["lease_expires_at"] > r["started_at"]


def test_a_worker_claims_many_short_jobs_at_once_but_never_hoards_uneven_ones(
    conn, make_worker
) -> None:
    """A claimed row is one an idle process cannot take: claims are sized by a slow case of
    the queue's run times, not by their mean, which rare long rows barely move."""
    batch = 5  # the largest batch_size among the test queue's handlers: the smallest claim
    enqueue_jobs(conn, "noop", 200)
    short = make_worker()
    sizes = []
    while claimed := short.run_once():
        sizes.append(claimed)
    assert sizes[0] == batch and max(sizes) >= 4 * batch, sizes  # short, even jobs: claims grow

    doc = make_document(conn)
    for _ in range(10):  # one row of 100 ms, then nine instant ones, ten times
        enqueue_jobs(conn, "slow", document_id=doc, payload={"seconds": 0.1})
        enqueue_jobs(conn, "slow", 9, document_id=doc, payload={"slow_attempts": []})
    uneven = make_worker("test-host:2:bbbbbb")
    sizes = []
    while claimed := uneven.run_once():
        sizes.append(claimed)
    # Sized by the mean (a tenth of the long rows' time), claims here grew to 8–15 rows.
    assert sizes == [batch] * 20, sizes


def test_a_queue_found_empty_is_skipped_until_a_notify_names_it_or_a_while_passes(
    conn, make_worker, monkeypatch
) -> None:
    """While one queue keeps a process busy, the others cost no claim per round. A row that
    becomes claimable with no NOTIFY (a retry whose backoff ends) waits at most the recheck."""
    from pdfqueue.worker import process

    monkeypatch.setattr(process, "EMPTY_RECHECK_SECONDS", 3600.0)
    w = make_worker()
    assert w.run_once() == 0  # the queue is found empty
    enqueue_jobs(conn, "noop", notify=False)  # claimable, but nobody is told
    assert w.run_once() == 0  # not looked at again

    enqueue_jobs(conn, "noop")  # its NOTIFY names the queue
    claimed: list[int] = []
    wait_until(lambda: claimed.append(w.run_once()) or sum(claimed) == 2, timeout=10)

    assert w.run_once() == 0
    enqueue_jobs(conn, "noop", notify=False)
    monkeypatch.setattr(process, "EMPTY_RECHECK_SECONDS", 0.0)  # the recheck is due
    assert w.run_once() == 1


def test_concurrent_claimers_never_get_the_same_row(conn, db_url) -> None:
    enqueue_jobs(conn, "noop", 200)
    got: dict[str, list] = {}

    def claimer(name: str) -> None:
        with psycopg.connect(db_url, autocommit=True) as c:
            mine = []
            while batch := claim(c, worker=name, limit=7):
                mine.extend(j.id for j in batch)
            got[name] = mine

    threads = [threading.Thread(target=claimer, args=(f"h:{i}:x",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    everything = [i for ids in got.values() for i in ids]
    assert len(everything) == len(set(everything)) == 200


def test_claim_respects_run_after_and_priority(conn) -> None:
    (late,) = enqueue_jobs(conn, "noop")
    conn.execute(f"UPDATE {Q} SET run_after = now() + interval '1 hour' WHERE id = %s", (late,))
    (low,) = enqueue_jobs(conn, "noop", priority=0)
    (high,) = enqueue_jobs(conn, "noop", priority=9)
    assert [j.id for j in claim(conn, limit=10)] == [high, low]


def test_a_small_document_is_not_starved_by_a_big_one_enqueued_before_it(conn) -> None:
    big = make_document(conn)
    enqueue_jobs(conn, "noop", 300, document_id=big)
    for _ in range(10):  # the big one is under way
        claim(conn)
    small = make_document(conn)
    small_ids = set(enqueue_jobs(conn, "noop", 3, document_id=small))

    order = [claim(conn)[0].id for _ in range(2 * len(small_ids))]
    # all three small rows come within a fair share of claims (documents alternate)
    assert small_ids <= set(order), "the 3-row document waited behind the 300-row one"


def test_fenced_completion_after_a_lost_lease_is_discarded(conn) -> None:
    (job_id,) = enqueue_jobs(conn, "effect")
    (as_a,) = claim(conn, worker=A, lease=0.2, tasks=["effect"])
    time.sleep(0.3)
    with conn.transaction():
        assert rescuer.rescue_expired(conn, retry_base_seconds=0) == {Q: 1}
    (as_b,) = claim(conn, worker=B, tasks=["effect"])
    handler = queue.get(Q, "effect")

    with conn.transaction():
        late = record(
            conn, Q, [Outcome(as_a, handler, result={"by": "A"})], worker=A, retry_base_seconds=1
        )
    assert (late.completed, late.discarded) == (0, 1)
    assert row(conn, job_id)["status"] == "processing"
    assert row(conn, job_id)["locked_by"] == B
    assert conn.execute("SELECT count(*) FROM queue_test_effects").fetchone()[0] == 0

    with conn.transaction():
        ok = record(
            conn, Q, [Outcome(as_b, handler, result={"by": "B"})], worker=B, retry_base_seconds=1
        )
    assert ok.completed == 1
    assert row(conn, job_id)["result"] == {"by": "B"}
    assert conn.execute("SELECT count(*) FROM queue_test_effects").fetchone()[0] == 1


def test_a_stale_attempt_cannot_complete_even_under_the_same_worker_name(conn) -> None:
    (job_id,) = enqueue_jobs(conn, "noop")
    (first,) = claim(conn, lease=0.1)
    time.sleep(0.2)
    with conn.transaction():
        rescuer.rescue_expired(conn, retry_base_seconds=0)
    claim(conn)  # same worker id, new attempt
    with conn.transaction():
        assert jobs.complete(conn, Q, [(first, {"stale": True})], worker=A) == set()
    assert row(conn, job_id)["status"] == "processing"


def test_renewal_extends_only_leases_still_held(conn) -> None:
    enqueue_jobs(conn, "noop", 2)
    mine, theirs = claim(conn, worker=A, lease=1), claim(conn, worker=B, lease=1)
    before = {r["id"]: r["lease_expires_at"] for r in rows(conn)}
    ids = [mine[0].id, theirs[0].id]
    with conn.transaction():
        assert jobs.renew(conn, Q, ids, worker=A, lease_seconds=60) == 1
    after = {r["id"]: r["lease_expires_at"] for r in rows(conn)}
    assert after[mine[0].id] > before[mine[0].id]
    assert after[theirs[0].id] == before[theirs[0].id]


def test_cancel_document_cancels_pending_rows_and_discards_running_results(conn) -> None:
    doc, other = make_document(conn), make_document(conn)
    ids = enqueue_jobs(conn, "effect", 3, document_id=doc)
    (untouched,) = enqueue_jobs(conn, "effect", document_id=other)
    (running,) = claim(conn, tasks=["effect"])
    assert running.id == ids[0]

    with conn.transaction():
        assert queue.cancel_document(conn, doc) == 3
    with conn.transaction():
        done = record(
            conn,
            Q,
            [Outcome(running, queue.get(Q, "effect"), result={"x": 1})],
            worker=A,
            retry_base_seconds=1,
        )

    assert done.discarded == 1
    assert {r["status"] for r in rows(conn, ids)} == {"cancelled"}
    assert row(conn, ids[0])["result"] is None
    assert row(conn, untouched)["status"] == "pending"
    assert conn.execute("SELECT count(*) FROM queue_test_effects").fetchone()[0] == 0
    assert claim(conn, tasks=["effect"])[0].id == untouched


def test_release_returns_rows_without_counting_an_attempt(conn) -> None:
    (job_id,) = enqueue_jobs(conn, "noop")
    (job,) = claim(conn)
    with conn.transaction():
        assert jobs.release(conn, Q, [job.id], worker=A) == 1
    r = row(conn, job_id)
    assert (r["status"], r["retry_count"], r["locked_by"], r["errors"]) == ("pending", 0, None, [])


def test_wait_until_helper_times_out_with_a_message() -> None:
    with pytest.raises(AssertionError, match="waiting for nothing"):
        wait_until(lambda: False, timeout=0.1, what="nothing")


def test_a_document_new_to_the_queue_starts_after_the_places_its_caller_gives(conn) -> None:
    """`start_after` is the caller's fairness between groups of documents (the pipeline's
    owners): a document new to the queue starts after that many places; one already in the
    queue continues after its own rows, whatever it says."""
    crowd = [make_document(conn) for _ in range(4)]
    for k, doc in enumerate(crowd):
        enqueue_jobs(conn, "noop", 3, document_id=doc, start_after={doc: k})
    alone = make_document(conn, owner="bob")
    enqueue_jobs(conn, "noop", 3, document_id=alone)  # not named: no places ahead

    order = [j.document_id for j in claim(conn, limit=200)]
    assert order.index(alone) <= 1, "a document given no places waited behind the crowd"
    firsts = [order.index(doc) for doc in crowd]
    assert firsts == sorted(firsts)
    assert min(r["seq"] for r in rows(conn) if r["document_id"] == crowd[3]) == 4
    # a document already in the queue continues after its own rows
    (later,) = enqueue_jobs(conn, "noop", document_id=crowd[0], start_after={crowd[0]: 50})
    assert row(conn, later)["seq"] == 4


def test_a_claimed_job_is_the_handler_contracts_job_of_its_whole_row(conn) -> None:
    (job_id,) = enqueue_jobs(conn, "noop", payload={"k": 1}, max_retries=2)
    (job,) = claim(conn, worker=A)
    full = row(conn, job_id)
    assert job.row == full  # every column, as the table holds it after the claim
    assert job == Job(
        queue=Q,
        id=job_id,
        document_id=full["document_id"],
        task="noop",
        payload={"k": 1},
        attempt=0,
        max_retries=2,
        row=full,
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        job.attempt = 1  # type: ignore[misc]
