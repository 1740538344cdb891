-- 0071: the enqueue statement counts an owner's documents in flight (queue/queries.sql,
-- `enqueue`), so claim order interleaves owners; this partial index keeps that count to the
-- owner's in-flight documents instead of every document they ever submitted.

CREATE INDEX IF NOT EXISTS idx_documents_owner_in_flight ON processed_documents (owner_id, created_at, id)
  WHERE status IN ('queued', 'processing') AND deleted_at IS NULL;
