-- What the dashboard reads that no other part answers: documents in flight and done, and how
-- its page's transaction reads. Loaded by name (pdfqueue.db.named_sql); queue figures come
-- from pdfqueue.queue.


-- name: snapshot_transaction
-- The page's reads see one snapshot (the counts, lists and figures agree with each other) and
-- write nothing; the first statement of its transaction.
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY;


-- name: statement_timeout
-- No read of the page holds a connection longer than %(timeout)s (routes.STATEMENT_TIMEOUT),
-- for this transaction only (as SET LOCAL).
SELECT set_config('statement_timeout', %(timeout)s, true);


-- name: documents_in_flight
-- queued or processing documents, in the order workers serve them.
SELECT d.id, d.filename, d.owner_id, d.status, d.current_stage, d.progress::float AS progress,
       d.page_count, d.priority, d.created_at, d.started_at,
       jsonb_array_length(d.errors) AS error_count
  FROM processed_documents d
 WHERE d.status IN ('queued', 'processing') AND d.deleted_at IS NULL
 ORDER BY d.priority DESC, d.created_at
 LIMIT %(limit)s;


-- name: count_in_flight
-- how many documents the in-flight list may be leaving out.
SELECT count(*) FROM processed_documents
 WHERE status IN ('queued', 'processing') AND deleted_at IS NULL;


-- name: recently_finished
-- the latest documents to reach an end state, with how long they took
-- (ordered by updated_at, which their last change set, so idx_documents_status serves it).
SELECT d.id, d.filename, d.owner_id, d.status, d.progress::float AS progress, d.page_count,
       d.error_message, jsonb_array_length(d.errors) AS error_count,
       d.created_at, coalesce(d.completed_at, d.updated_at) AS finished_at,
       extract(epoch FROM coalesce(d.completed_at, d.updated_at) - d.created_at)::float
         AS duration_seconds
  FROM processed_documents d
 WHERE d.status = ANY(%(statuses)s) AND d.deleted_at IS NULL
 ORDER BY d.updated_at DESC
 LIMIT %(limit)s;


-- name: document_names
-- filenames of the documents an error-log page mentions.
SELECT id, filename, owner_id FROM processed_documents WHERE id = ANY(%(ids)s);
