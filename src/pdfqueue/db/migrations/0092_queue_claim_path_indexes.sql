-- 0092: the queue tables' indexes, for the path every job takes (claim, then outcome).
--
-- 1. Fewer index entries per job. A job is written twice, by its claim and by its outcome,
-- and neither update can be HOT (`status` changes, and the claim index is partial on it), so
-- each of the two row versions enters every index whose predicate it matches. The seed's
-- `status` index (every row; five values) and `created_at` index (read by no statement of
-- queue/queries.sql) took two of the five entries per version: 10 index entries per job
-- become 6 (the primary key, `document_id`, and the lease or the completed index).
--
-- What the `status` index still served was an operator's selection of failed or cancelled
-- rows (list, count, bulk retry / cancel) in a table of mostly completed rows: the partial
-- index below keeps those an index scan and holds only rows that ended badly (300,000 rows:
-- listing the failed ones took 3 ms with either index, 40 ms with none). Pending rows are
-- found through the claim index, completed ones are most of the table (a scan either way).
--
-- 2. The lease index holds the rows that hold a lease (`lease_expires_at IS NOT NULL`, which
-- every statement of queries.sql keeps equivalent to `status = 'processing'`) instead of being
-- partial on `status = 'processing'`. With that predicate, a statement that finds its rows by
-- id and fences them on `status = 'processing'` (the outcome of a batch, lease renewal) could
-- be planned as a scan of the whole lease index, which PostgreSQL chose whenever its
-- statistics saw few processing rows (an idle queue when it last analysed, or a queue filled
-- since): a bitmap scan, which cannot mark an index entry dead, so each outcome read every
-- lease entry written since the last VACUUM (3,000 after 3,000 jobs; the whole drain of a
-- queue became quadratic). Now only the primary key can find those rows. The rescuer and the
-- statements on a worker's rows say `lease_expires_at IS NOT NULL` (or compare it) and keep
-- the index.

DROP INDEX IF EXISTS idx_stage_queue_status;
DROP INDEX IF EXISTS idx_image_queue_status;
DROP INDEX IF EXISTS idx_image_queue_created;
DROP INDEX IF EXISTS idx_ai_queue_status;
DROP INDEX IF EXISTS idx_ai_queue_created;

CREATE INDEX IF NOT EXISTS idx_stage_queue_ended_badly ON stage_queue (status)
  WHERE status IN ('failed', 'cancelled');
CREATE INDEX IF NOT EXISTS idx_image_queue_ended_badly ON image_processing_queue (status)
  WHERE status IN ('failed', 'cancelled');
CREATE INDEX IF NOT EXISTS idx_ai_queue_ended_badly ON ai_analysis_queue (status)
  WHERE status IN ('failed', 'cancelled');

DROP INDEX IF EXISTS idx_stage_queue_lease;
DROP INDEX IF EXISTS idx_image_queue_lease;
DROP INDEX IF EXISTS idx_ai_queue_lease;
DROP INDEX IF EXISTS idx_webhook_queue_lease;
CREATE INDEX idx_stage_queue_lease ON stage_queue (lease_expires_at)
  WHERE lease_expires_at IS NOT NULL;
CREATE INDEX idx_image_queue_lease ON image_processing_queue (lease_expires_at)
  WHERE lease_expires_at IS NOT NULL;
CREATE INDEX idx_ai_queue_lease ON ai_analysis_queue (lease_expires_at)
  WHERE lease_expires_at IS NOT NULL;
CREATE INDEX idx_webhook_queue_lease ON webhook_queue (lease_expires_at)
  WHERE lease_expires_at IS NOT NULL;
