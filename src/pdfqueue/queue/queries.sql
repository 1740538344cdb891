-- Every SQL statement of the queue, named and described; `queue/sql.py` loads them by name.
--
-- `{table}` is one of the queue tables (registry.QUEUE_TABLES), substituted as a quoted
-- identifier; `%(name)s` are bound parameters. Every queue table has the same queue columns
-- (see 0001_schema.sql), so one text serves them all. The row state machine these statements
-- implement is drawn in queue/README.md.


-- name: enqueue
-- Insert rows given as a JSON array (`{columns}` of the table), numbering `seq` per document
-- after that document's existing rows in this queue, so claim order round-robins documents.
-- With %(ahead)s, a document's new rows take the places of its first pending rows, which move
-- back to make room (`make_room`): they go first among the document's own rows, and no other
-- document's row is passed. (Numbered below the first pending row instead, a catalog queueing
-- OCR rows part after part would keep jumping ahead of a memo submitted after it.)
-- A document new to this queue starts after %(start_after)s places (a JSON object {document
-- id: places}, 0 for a document it does not name): the caller's fairness between groups of
-- documents. The pipeline gives each document as many places as its owner has older
-- documents in flight (pipeline/stages.py `enqueue`), so an owner's k-th document starts at k
-- while another owner's only document starts at 1; the queue knows no owners nor documents'
-- tables, only its own rows.
-- `{on_conflict}` is `ON CONFLICT DO NOTHING` for an insert-if-absent (`unique=True`: a
-- fan-in's next stage job, whose UNIQUE key makes a second insert a no-op), else empty;
-- the ids returned are those of the rows inserted.
WITH incoming AS (
  SELECT * FROM jsonb_populate_recordset(NULL::{table}, %(rows)s) WITH ORDINALITY
),
base AS MATERIALIZED (
  SELECT d.document_id, d.n,
         CASE WHEN %(ahead)s THEN min(q.seq) FILTER (WHERE q.status = 'pending') END
           AS first_pending,
         coalesce(max(q.seq), (%(start_after)s::jsonb ->> d.document_id::text)::int, 0)
           AS last_seq
  FROM (SELECT document_id, count(*) AS n FROM incoming GROUP BY document_id) AS d
  LEFT JOIN {table} q ON q.document_id = d.document_id
  GROUP BY d.document_id, d.n
),
make_room AS (
  UPDATE {table} q
  SET seq = q.seq + base.n
  FROM base
  WHERE base.first_pending IS NOT NULL
    AND q.document_id = base.document_id AND q.status = 'pending'
)
INSERT INTO {table} (seq, {columns})
SELECT coalesce(base.first_pending - 1, base.last_seq)
         + row_number() OVER (PARTITION BY i.document_id ORDER BY i.ordinality),
       {incoming_columns}
FROM incoming i JOIN base USING (document_id)
ORDER BY i.ordinality
{on_conflict}
RETURNING id;


-- name: notify_jobs
-- Wake idle workers (delivered when the caller's transaction commits); %(channel)s is
-- db/channels.JOBS_CHANNEL.
SELECT pg_notify(%(channel)s, %(queue)s);


-- name: claim_plan
-- Run before `claim` in its transaction. The claim walks the claim index in order rather than
-- sorting every pending row (which the planner prefers while its statistics still describe an
-- empty table), and updates the rows it locked by their ctid (a TID scan) rather than by
-- reading the table: a plan made while the queue was nearly empty, and cached for the
-- prepared statement, read all of it once it was full (100 ms for a claim of 500 among 20,000
-- rows). Its commit need not wait for the WAL flush: a claim lost in a server crash only
-- means the row is pending again, and the worker's fenced completion is then refused.
SELECT set_config('enable_sort', 'off', true), set_config('enable_seqscan', 'off', true),
       set_config('synchronous_commit', 'off', true);


-- name: claim
-- Lease up to %(limit)s due pending rows of the given tasks, best first: priority, then the
-- row's position within its document (fairness), then age. SKIP LOCKED lets claimers pass
-- each other; the array is computed once, so each row is claimed by exactly one worker. Rows
-- are addressed by ctid (a TID scan): locked FOR UPDATE, their ctid cannot change meanwhile.
UPDATE {table} q
SET status = 'processing',
    locked_by = %(worker)s,
    lease_expires_at = now() + make_interval(secs => %(lease)s),
    started_at = now(),
    updated_at = now()
WHERE q.ctid = ANY (ARRAY(
  SELECT ctid FROM {table}
  WHERE status = 'pending' AND run_after <= now() AND task = ANY (%(tasks)s)
  ORDER BY priority DESC, seq, created_at
  LIMIT %(limit)s
  FOR UPDATE SKIP LOCKED
))
RETURNING q.*;


-- name: next_due
-- When the next pending row of these tasks becomes due (an idle worker sleeps until then).
SELECT min(run_after) FROM {table} WHERE status = 'pending' AND task = ANY (%(tasks)s);


-- name: renew_leases
-- Extend the leases of rows this worker still holds; rows it lost are left alone, and so are
-- rows locked right now (their outcome is being written): renewal never waits, never deadlocks.
UPDATE {table}
SET lease_expires_at = now() + make_interval(secs => %(lease)s)
WHERE id = ANY (ARRAY(
  SELECT id FROM {table}
  WHERE id = ANY (%(ids)s) AND status = 'processing' AND locked_by = %(worker)s
  FOR UPDATE SKIP LOCKED
));


-- name: complete
-- Fenced completion of a batch (a JSON object {id: {attempt, result}}; %(ids)s its keys):
-- only rows still processing under this worker's lease, in the attempt they were claimed for,
-- complete; others (lease lost, re-claimed, cancelled) are left alone and their outcome is
-- discarded. The rows are found by id alone (the primary key; no join, which a planner misled
-- by stale statistics turned into a loop rescanning the batch for every row), and each one's
-- attempt and result are looked up in the object by its id.
UPDATE {table} q
SET status = 'completed',
    result = %(outcomes)s::jsonb -> q.id::text -> 'result',
    completed_at = now(),
    updated_at = now(),
    lease_expires_at = NULL
WHERE q.id = ANY (%(ids)s::uuid[]) AND q.status = 'processing' AND q.locked_by = %(worker)s
  AND q.retry_count = (%(outcomes)s::jsonb -> q.id::text ->> 'attempt')::int
RETURNING q.id;


-- name: complete_plan
-- Run before `complete` in a transaction of its own (jobs.complete_committed): the rows are
-- found by their key, also by a plan cached for the prepared statement while the queue was
-- nearly empty (which read the table).
SELECT set_config('enable_seqscan', 'off', true);


-- name: fail
-- The one retry decision, for every way an attempt ends badly: a handler's failure, an expired
-- lease (the rescuer) and a killed worker process. Fenced per row (JSON array of {id, attempt,
-- worker, error, message, delay, final}): only a row still processing under that worker, in
-- the attempt it claimed, is touched. The attempt's error is appended to `errors`; with retries
-- left (and not `final`, a permanent failure) the row waits `delay` seconds (backoff with
-- jitter, jobs.backoff_seconds) as pending, otherwise it is `failed`.
UPDATE {table} q
SET status = CASE WHEN q.retry_count >= q.max_retries OR o.final THEN 'failed' ELSE 'pending' END,
    retry_count = CASE WHEN q.retry_count >= q.max_retries OR o.final THEN q.retry_count
                       ELSE q.retry_count + 1 END,
    run_after = CASE WHEN q.retry_count >= q.max_retries OR o.final THEN q.run_after
                     ELSE now() + make_interval(secs => o.delay) END,
    errors = q.errors || jsonb_build_array(jsonb_build_object(
      'attempt', q.retry_count + 1, 'at', now(), 'error', o.error, 'worker', o.worker,
      'permanent', o.final)),
    error_message = o.message,
    completed_at = CASE WHEN q.retry_count >= q.max_retries OR o.final THEN now() END,
    lease_expires_at = NULL,
    locked_by = CASE WHEN q.retry_count >= q.max_retries OR o.final THEN q.locked_by END,
    updated_at = now()
FROM jsonb_to_recordset(%(outcomes)s) AS o(id uuid, attempt int, worker text, error text,
                                            message text, delay float8, final boolean)
WHERE q.id = o.id AND q.status = 'processing' AND q.locked_by = o.worker
  AND q.retry_count = o.attempt
RETURNING q.*;


-- name: release
-- Un-claim rows this worker will not run (shutdown): back to pending, no attempt counted.
UPDATE {table}
SET status = 'pending', locked_by = NULL, lease_expires_at = NULL, started_at = NULL,
    updated_at = now()
WHERE id = ANY (%(ids)s) AND status = 'processing' AND locked_by = %(worker)s;


-- name: release_worker
-- Un-claim every row a worker process holds (it was stopped by its supervisor during a
-- graceful shutdown): back to pending, no attempt counted. (Every processing row has a lease:
-- saying so lets the lease index find them.)
UPDATE {table}
SET status = 'pending', locked_by = NULL, lease_expires_at = NULL, started_at = NULL,
    updated_at = now()
WHERE status = 'processing' AND lease_expires_at IS NOT NULL AND locked_by = %(worker)s;


-- name: expired_leases
-- The rescuer: rows whose lease expired (their worker died, hung or lost the database), with
-- their task and document. Read twice in one transaction: first unlocked (%(ids)s NULL), so the
-- handlers' `hold` can lock the rows' documents before any row (the order every outcome
-- transaction takes them in); then, {lock} = FOR UPDATE SKIP LOCKED, only %(ids)s of them that
-- are still expired (a renewal in between keeps its row), for the `fail` that follows.
SELECT id, retry_count, locked_by, task, document_id FROM {table}
WHERE status = 'processing' AND lease_expires_at < now()
  AND (%(ids)s::uuid[] IS NULL OR id = ANY (%(ids)s::uuid[]))
ORDER BY lease_expires_at
LIMIT %(limit)s
{lock};


-- name: held_by_worker
-- The rows a worker process holds (or only %(ids)s of them), with their task and document: its
-- supervisor killed it (it hung past its job timeout) or found it dead. Read twice in one
-- transaction, as expired_leases: unlocked, then ({lock} = FOR UPDATE) only the rows read
-- first, after the handlers' `hold` locked their documents, for the `fail` that follows.
-- (Every processing row has a lease: saying so lets the lease index find them.)
SELECT id, retry_count, locked_by, task, document_id FROM {table}
WHERE status = 'processing' AND lease_expires_at IS NOT NULL AND locked_by = %(worker)s
  AND (%(ids)s::uuid[] IS NULL OR id = ANY (%(ids)s::uuid[]))
{lock};


-- name: cancel_document
-- Cancel a document's unfinished rows: pending rows never run; running rows finish, but their
-- fenced completion no longer matches (status is not 'processing') and is discarded.
UPDATE {table}
SET status = 'cancelled', lease_expires_at = NULL, updated_at = now()
WHERE document_id = %(document_id)s AND status IN ('pending', 'processing');


-- name: cancel_jobs
-- Operator cancel: rows in %(status)s (optionally only %(ids)s / one document) -> cancelled.
UPDATE {table}
SET status = 'cancelled', lease_expires_at = NULL, updated_at = now()
WHERE status = %(status)s
  AND (%(ids)s::uuid[] IS NULL OR id = ANY (%(ids)s::uuid[]))
  AND (%(document_id)s::uuid IS NULL OR document_id = %(document_id)s::uuid);


-- name: retry_jobs
-- Operator retry: failed (or cancelled) rows -> pending now, with a fresh retry budget;
-- `errors` keeps the history of earlier attempts.
UPDATE {table}
SET status = 'pending', run_after = now(), retry_count = 0, locked_by = NULL,
    lease_expires_at = NULL, started_at = NULL, completed_at = NULL, result = NULL,
    updated_at = now()
WHERE status = %(status)s
  AND (%(ids)s::uuid[] IS NULL OR id = ANY (%(ids)s::uuid[]))
  AND (%(document_id)s::uuid IS NULL OR document_id = %(document_id)s::uuid)
RETURNING id;


-- name: requeue
-- Ended rows (completed, failed or cancelled) run again from scratch: pending now, a fresh
-- retry budget, no result; `errors` keeps the record of earlier attempts.
UPDATE {table}
SET status = 'pending', run_after = now(), retry_count = 0, locked_by = NULL,
    lease_expires_at = NULL, started_at = NULL, completed_at = NULL, result = NULL,
    updated_at = now()
WHERE id = ANY (%(ids)s::uuid[]) AND status IN ('completed', 'failed', 'cancelled')
RETURNING id;


-- name: find_jobs
-- A document's rows in some statuses (and tasks), in claim order, optionally locked.
SELECT * FROM {table}
WHERE document_id = %(document_id)s
  AND (%(statuses)s::text[] IS NULL OR status = ANY (%(statuses)s::text[]))
  AND (%(tasks)s::text[] IS NULL OR task = ANY (%(tasks)s::text[]))
ORDER BY seq, created_at
{lock};


-- name: select_jobs
-- An operator's selection in one queue: rows in %(status)s, optionally only %(ids)s and/or one
-- document, in document order, optionally locked (the pipeline's operations read it unlocked,
-- lock its documents, then read it again locked: documents before their rows, as outcomes do).
SELECT * FROM {table}
WHERE status = %(status)s
  AND (%(ids)s::uuid[] IS NULL OR id = ANY (%(ids)s::uuid[]))
  AND (%(document_id)s::uuid IS NULL OR document_id = %(document_id)s::uuid)
ORDER BY document_id
{lock};


-- name: delete_jobs
-- Remove a document's ended rows of some tasks (work that will be enqueued again: the stages
-- after a retried one, OCR rows of extraction parts that run again). A late outcome of a row
-- still running is refused by the fence: its row is gone.
DELETE FROM {table}
WHERE document_id = %(document_id)s
  AND (%(tasks)s::text[] IS NULL OR task = ANY (%(tasks)s::text[]))
  AND status = ANY (%(statuses)s::text[]);


-- name: delete_rows
-- Remove rows by id, whatever their status (work that names data that is gone).
DELETE FROM {table} WHERE id = ANY (%(ids)s::uuid[]);


-- name: retrying
-- Rows that failed an attempt and wait for their next one (pending, errors recorded), soonest
-- first; failed rows are listed by `list_jobs`, these are the ones still retrying.
SELECT %(queue)s AS queue, id, document_id, task, status, retry_count, max_retries,
       error_message, errors, run_after, updated_at
FROM {table}
WHERE status = 'pending' AND retry_count > 0
  AND (%(document_id)s::uuid IS NULL OR document_id = %(document_id)s::uuid)
ORDER BY run_after
LIMIT %(limit)s;


-- name: count_matching
-- How many rows in %(status)s (any status when NULL), optionally of one document: what a
-- filtered listing matches in all.
SELECT count(*) FROM {table}
WHERE (%(status)s::text IS NULL OR status = %(status)s::text)
  AND (%(document_id)s::uuid IS NULL OR document_id = %(document_id)s::uuid);


-- name: job_status
-- One row's status (what the caller's role may see of it).
SELECT status FROM {table} WHERE id = %(id)s;


-- name: count_jobs
-- How many rows a document has in this queue.
SELECT count(*) FROM {table} WHERE document_id = %(document_id)s;


-- name: payload_values
-- The distinct values of one payload key over a document's rows (e.g. the image hashes
-- already queued for OCR).
SELECT DISTINCT payload ->> %(key)s FROM {table}
WHERE document_id = %(document_id)s AND payload ? %(key)s;


-- name: document_job_stats
-- One document's rows in this queue: finished, remaining, workers busy on it, and the mean
-- run time of its completed rows (the ETA is built from these).
SELECT count(*) FILTER (WHERE status IN ('completed', 'failed'))         AS finished,
       count(*) FILTER (WHERE status IN ('pending', 'processing'))       AS remaining,
       count(DISTINCT locked_by) FILTER (WHERE status = 'processing')    AS busy_workers,
       avg(extract(epoch FROM completed_at - started_at))
         FILTER (WHERE status = 'completed' AND started_at IS NOT NULL) AS mean_seconds
FROM {table}
WHERE document_id = %(document_id)s;


-- name: recent_mean_seconds
-- Mean run time of the queue's last 200 completed rows, any document.
SELECT avg(extract(epoch FROM completed_at - started_at))
FROM (SELECT completed_at, started_at FROM {table}
      WHERE status = 'completed' ORDER BY completed_at DESC LIMIT 200) recent;


-- name: list_jobs
-- One page of rows for the dashboard, newest activity first, with their errors.
SELECT %(queue)s AS queue, id, document_id, task, status, priority, seq, retry_count,
       max_retries, run_after, locked_by, lease_expires_at, error_message, errors, payload,
       result, created_at, updated_at, started_at, completed_at
FROM {table}
WHERE (%(status)s::text IS NULL OR status = %(status)s::text)
  AND (%(document_id)s::uuid IS NULL OR document_id = %(document_id)s::uuid)
ORDER BY updated_at DESC, id
LIMIT %(limit)s;


-- name: queue_counts
-- Counts by status and the age of the oldest pending row, for metrics().
SELECT count(*) FILTER (WHERE status = 'pending') AS pending,
       count(*) FILTER (WHERE status = 'processing') AS processing,
       count(*) FILTER (WHERE status = 'completed') AS completed,
       count(*) FILTER (WHERE status = 'failed') AS failed,
       count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
       extract(epoch FROM now() - min(created_at) FILTER (WHERE status = 'pending'))
         AS oldest_pending_age_s
FROM {table};


-- name: status_counts
-- Rows by status, with the retries they took and (pending) the oldest one's age: /metrics.
SELECT %(queue)s AS queue, status, count(*) AS n, sum(retry_count) AS retries,
       extract(epoch FROM now() - min(created_at) FILTER (WHERE status = 'pending')) AS oldest
FROM {table}
GROUP BY status;


-- name: run_time_quantiles
-- p50 and p95 run time (s) of the rows completed in the last %(window_s)s seconds: /metrics.
SELECT %(queue)s AS queue,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM completed_at - started_at))
         AS p50,
       percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM completed_at - started_at))
         AS p95,
       count(*) AS n
FROM {table}
WHERE status = 'completed' AND started_at IS NOT NULL
  AND completed_at > now() - make_interval(secs => %(window_s)s);


-- name: recent_completions
-- Completions in the last minute, and p50/p95 run time (ms) of completions in the last
-- %(window_s)s seconds, for metrics().
SELECT count(*) FILTER (WHERE completed_at > now() - interval '1 minute')
         AS completed_last_minute,
       percentile_cont(0.5) WITHIN GROUP (
         ORDER BY extract(epoch FROM completed_at - started_at) * 1000) AS p50_ms,
       percentile_cont(0.95) WITHIN GROUP (
         ORDER BY extract(epoch FROM completed_at - started_at) * 1000) AS p95_ms
FROM {table}
WHERE completed_at > now() - make_interval(secs => %(window_s)s) AND status = 'completed';


-- name: throughput_series
-- Completions per minute over the last %(minutes)s minutes (empty minutes count 0).
SELECT m.minute, count(q.id) AS completed
FROM generate_series(date_trunc('minute', now()) - make_interval(mins => %(minutes)s - 1),
                     date_trunc('minute', now()), interval '1 minute') AS m(minute)
  LEFT JOIN {table} q
    ON q.completed_at >= m.minute AND q.completed_at < m.minute + interval '1 minute'
   AND q.status = 'completed'
GROUP BY m.minute
ORDER BY m.minute;


-- name: cancel_pending_of_documents
-- Forgetting documents (queue/pruner.py), step 1: their rows that have not started are
-- cancelled; running rows finish (their outcome is then refused or recorded as usual).
UPDATE {table}
SET status = 'cancelled', updated_at = now()
WHERE document_id = ANY (%(ids)s::uuid[]) AND status = 'pending';


-- name: delete_finished_of_documents
-- Forgetting documents, step 2: their finished rows are removed (%(limit)s at most).
DELETE FROM {table}
WHERE id = ANY (ARRAY(
  SELECT id FROM {table}
  WHERE document_id = ANY (%(ids)s::uuid[]) AND status IN ('completed', 'failed', 'cancelled')
  LIMIT %(limit)s
));


-- name: documents_with_rows
-- Which of these documents still have a row in this queue (one still running, or left by
-- the limit of `delete_finished_of_documents`).
SELECT DISTINCT document_id FROM {table} WHERE document_id = ANY (%(ids)s::uuid[]);


-- name: heartbeat
-- A worker process says it is alive, what it runs and how big it is (insert or refresh).
INSERT INTO workers (id, hostname, pid, queues, status, current_job, jobs_completed,
                     jobs_failed, rss_bytes, last_heartbeat_at)
VALUES (%(id)s, %(hostname)s, %(pid)s, %(queues)s, %(status)s, %(current_job)s,
        %(jobs_completed)s, %(jobs_failed)s, %(rss_bytes)s, now())
ON CONFLICT (id) DO UPDATE
SET status = excluded.status, current_job = excluded.current_job,
    jobs_completed = excluded.jobs_completed, jobs_failed = excluded.jobs_failed,
    rss_bytes = excluded.rss_bytes, last_heartbeat_at = now(),
    stopped_at = CASE WHEN excluded.status = 'stopped' THEN now() END;


-- name: mark_worker_stopped
-- The supervisor records that one of its worker processes is gone (killed, died, recycled).
UPDATE workers SET status = 'stopped', current_job = NULL, stopped_at = now()
WHERE id = %(id)s AND stopped_at IS NULL;


-- name: delete_stale_workers
-- Maintenance: forget worker rows not heard from for %(older_than_s)s seconds.
DELETE FROM workers
WHERE last_heartbeat_at < now() - make_interval(secs => %(older_than_s)s);


-- name: list_workers
-- Worker processes for the dashboard; `stale` when the heartbeat is older than
-- %(stale_after_s)s seconds and the worker did not say it stopped.
SELECT id, hostname, pid, queues, status, current_job, jobs_completed, jobs_failed,
       rss_bytes, started_at, last_heartbeat_at, stopped_at,
       (stopped_at IS NULL
        AND last_heartbeat_at < now() - make_interval(secs => %(stale_after_s)s)) AS stale
FROM workers
ORDER BY stopped_at IS NOT NULL, hostname, pid;


-- name: try_leader_lock
-- Leader election for maintenance: only the session holding this advisory lock runs it.
SELECT pg_try_advisory_lock(%(key)s);
