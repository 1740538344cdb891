-- 0001: the whole schema of docs/architecture.md.
-- The seed's tables keep their names and columns; timestamps are timestamptz (the seed's
-- TIMESTAMP loses the zone). Additions are marked "added:" with the rule of docs/architecture.md they serve.


-- ---------------------------------------------------------------------------------------------
-- auth: claims of the current transaction, as in Supabase.
-- The API and the workers run `SET LOCAL ROLE pdfqueue_app` and
-- `set_config('request.jwt.claims', '<json>', true)`; policies read them through auth.jwt().
-- ---------------------------------------------------------------------------------------------
CREATE SCHEMA IF NOT EXISTS auth;

CREATE OR REPLACE FUNCTION auth.jwt() RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb
$$;

CREATE OR REPLACE FUNCTION auth.role() RETURNS text
LANGUAGE sql STABLE AS $$ SELECT auth.jwt() ->> 'role' $$;

CREATE OR REPLACE FUNCTION auth.uid() RETURNS text
LANGUAGE sql STABLE AS $$ SELECT auth.jwt() ->> 'sub' $$;

-- ---------------------------------------------------------------------------------------------
-- Documents and what the pipeline extracts from them
-- ---------------------------------------------------------------------------------------------
CREATE TABLE processed_documents (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id        text NOT NULL,                       -- added: JWT `sub` of the uploader
  filename        text NOT NULL,
  content_sha256  text NOT NULL,                       -- added: idempotent uploads
  size_bytes      bigint NOT NULL DEFAULT 0,
  storage_path    text,
  page_count      int,
  status          text NOT NULL DEFAULT 'queued'
    CHECK (status IN ('queued', 'processing', 'completed', 'completed_with_errors',
                      'failed', 'cancelled')),
  current_stage   text,
  progress        numeric(5, 2) NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  priority        int NOT NULL DEFAULT 0,
  callback_url    text,
  error_message   text,
  errors          jsonb NOT NULL DEFAULT '[]',          -- failed items: [{queue, item, error}]
  metadata        jsonb NOT NULL DEFAULT '{}',
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  started_at      timestamptz,
  completed_at    timestamptz,
  deleted_at      timestamptz                          -- added: the pruner removes its rows
);
CREATE INDEX idx_documents_owner_created ON processed_documents (owner_id, created_at DESC);
CREATE INDEX idx_documents_owner_sha ON processed_documents (owner_id, content_sha256);
CREATE INDEX idx_documents_status ON processed_documents (status, updated_at DESC);

CREATE TABLE document_images (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  document_id     uuid NOT NULL REFERENCES processed_documents (id) ON DELETE CASCADE,
  page_number     int NOT NULL,                        -- 1-based
  image_index     int NOT NULL,                        -- order on its page
  source          text NOT NULL DEFAULT 'embedded' CHECK (source IN ('embedded', 'page_render')),
  storage_path    text,
  mime_type       text,
  width           int,
  height          int,
  bbox            jsonb,                               -- {left, bottom, right, top} in PDF points
  content_sha256  text NOT NULL,
  ocr_text        text,
  ocr_confidence  real,
  ocr_result      jsonb,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (document_id, page_number, image_index)
);
CREATE INDEX idx_images_document_sha ON document_images (document_id, content_sha256);

CREATE TABLE document_chunks (
  id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  document_id                uuid NOT NULL REFERENCES processed_documents (id) ON DELETE CASCADE,
  chunk_index                int NOT NULL,
  content                    text NOT NULL,
  page_numbers               int[] NOT NULL DEFAULT '{}',
  image_ids                  uuid[] NOT NULL DEFAULT '{}',
  char_count                 int NOT NULL DEFAULT 0,
  classification             text,
  classification_confidence  real,
  metadata                   jsonb NOT NULL DEFAULT '{}',
  created_at                 timestamptz NOT NULL DEFAULT now(),
  UNIQUE (document_id, chunk_index)
);

CREATE TABLE products (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  document_id   uuid NOT NULL REFERENCES processed_documents (id) ON DELETE CASCADE,
  name          text NOT NULL,
  product_type  text NOT NULL DEFAULT 'other',
  description   text,
  attributes    jsonb NOT NULL DEFAULT '{}',
  image_ids     uuid[] NOT NULL DEFAULT '{}',
  chunk_ids     uuid[] NOT NULL DEFAULT '{}',
  page_numbers  int[] NOT NULL DEFAULT '{}',
  confidence    real NOT NULL DEFAULT 0,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_products_document ON products (document_id);
CREATE INDEX idx_products_type ON products (product_type);

-- ---------------------------------------------------------------------------------------------
-- Queues. Every queue row follows one state machine (see src/pdfqueue/queue/README.md):
--   pending --claim--> processing --complete--> completed
--                       |  |--fail, attempts left--> pending (run_after = backoff)
--                       |  |--fail, none left-----> failed
--                       |--lease expired (rescuer)--> pending (an attempt counted)
--   pending|processing --cancel--> cancelled
-- Added to the seed's columns: max_retries on every queue, run_after (rule 5), locked_by and
-- lease_expires_at (rules 2, 3), seq = the row's position within its document (rule 6),
-- errors (every attempt's error, rule 5), task (the name of the handler that runs the row,
-- so the queue needs to know nothing of stages), payload (handler input).
-- ---------------------------------------------------------------------------------------------
CREATE TABLE stage_queue (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  document_id       uuid NOT NULL REFERENCES processed_documents (id),
  stage             text NOT NULL CHECK (stage IN ('extraction', 'chunking', 'product_creation')),
  task              text GENERATED ALWAYS AS (stage) STORED,   -- added: the handler's name
  status            text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'processing', 'completed', 'failed', 'cancelled')),
  priority          int NOT NULL DEFAULT 0,
  seq               int NOT NULL DEFAULT 0,
  retry_count       int NOT NULL DEFAULT 0,
  max_retries       int NOT NULL DEFAULT 3,
  run_after         timestamptz NOT NULL DEFAULT now(),
  locked_by         text,
  lease_expires_at  timestamptz,
  error_message     text,
  errors            jsonb NOT NULL DEFAULT '[]',
  payload           jsonb NOT NULL DEFAULT '{}',
  result            jsonb,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  started_at        timestamptz,
  completed_at      timestamptz,
  UNIQUE (document_id, stage)                          -- a stage transition happens once
);

CREATE TABLE image_processing_queue (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  document_id       uuid NOT NULL REFERENCES processed_documents (id),
  image_id          uuid NOT NULL REFERENCES document_images (id) ON DELETE CASCADE,
  task              text NOT NULL DEFAULT 'ocr',               -- added: the handler's name
  status            text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'processing', 'completed', 'failed', 'cancelled')),
  priority          int NOT NULL DEFAULT 0,
  seq               int NOT NULL DEFAULT 0,
  retry_count       int NOT NULL DEFAULT 0,
  max_retries       int NOT NULL DEFAULT 3,
  run_after         timestamptz NOT NULL DEFAULT now(),
  locked_by         text,
  lease_expires_at  timestamptz,
  error_message     text,
  errors            jsonb NOT NULL DEFAULT '[]',
  payload           jsonb NOT NULL DEFAULT '{}',
  result            jsonb,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  started_at        timestamptz,
  completed_at      timestamptz
);

CREATE TABLE ai_analysis_queue (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  document_id       uuid NOT NULL REFERENCES processed_documents (id),
  chunk_id          uuid REFERENCES document_chunks (id) ON DELETE CASCADE,
  analysis_type     text NOT NULL
    CHECK (analysis_type IN ('embedding', 'classification', 'metadata')),
  task              text GENERATED ALWAYS AS (analysis_type) STORED,  -- added: the handler's name
  status            text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'processing', 'completed', 'failed', 'cancelled')),
  priority          int NOT NULL DEFAULT 0,
  seq               int NOT NULL DEFAULT 0,
  retry_count       int NOT NULL DEFAULT 0,
  max_retries       int NOT NULL DEFAULT 3,
  run_after         timestamptz NOT NULL DEFAULT now(),
  locked_by         text,
  lease_expires_at  timestamptz,
  error_message     text,
  errors            jsonb NOT NULL DEFAULT '[]',
  payload           jsonb NOT NULL DEFAULT '{}',
  result            jsonb,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  started_at        timestamptz,
  completed_at      timestamptz
);

-- Added: webhook deliveries (a document's callback_url is POSTed when it ends), on the same
-- queue machinery so they get retries with backoff and survive crashes.
CREATE TABLE webhook_queue (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  document_id       uuid NOT NULL REFERENCES processed_documents (id),
  task              text NOT NULL DEFAULT 'webhook',
  status            text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'processing', 'completed', 'failed', 'cancelled')),
  priority          int NOT NULL DEFAULT 0,
  seq               int NOT NULL DEFAULT 0,
  retry_count       int NOT NULL DEFAULT 0,
  max_retries       int NOT NULL DEFAULT 5,
  run_after         timestamptz NOT NULL DEFAULT now(),
  locked_by         text,
  lease_expires_at  timestamptz,
  error_message     text,
  errors            jsonb NOT NULL DEFAULT '[]',
  payload           jsonb NOT NULL DEFAULT '{}',
  result            jsonb,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  started_at        timestamptz,
  completed_at      timestamptz
);
CREATE INDEX idx_webhook_queue_document ON webhook_queue (document_id);
CREATE INDEX idx_webhook_queue_claim ON webhook_queue (priority DESC, seq, created_at)
  WHERE status = 'pending';
CREATE INDEX idx_webhook_queue_lease ON webhook_queue (lease_expires_at)
  WHERE status = 'processing';

-- The seed's indexes, then the ones that serve the claim query (pending rows in claim order)
-- and the rescuer (processing rows by lease end).
CREATE INDEX idx_image_queue_status ON image_processing_queue (status);
CREATE INDEX idx_image_queue_document ON image_processing_queue (document_id);
CREATE INDEX idx_image_queue_created ON image_processing_queue (created_at DESC);
CREATE INDEX idx_ai_queue_status ON ai_analysis_queue (status);
CREATE INDEX idx_ai_queue_document ON ai_analysis_queue (document_id);
CREATE INDEX idx_ai_queue_created ON ai_analysis_queue (created_at DESC);
CREATE INDEX idx_stage_queue_status ON stage_queue (status);
CREATE INDEX idx_stage_queue_document ON stage_queue (document_id);

CREATE INDEX idx_stage_queue_claim ON stage_queue (priority DESC, seq, created_at)
  WHERE status = 'pending';
CREATE INDEX idx_image_queue_claim ON image_processing_queue (priority DESC, seq, created_at)
  WHERE status = 'pending';
CREATE INDEX idx_ai_queue_claim ON ai_analysis_queue (priority DESC, seq, created_at)
  WHERE status = 'pending';
CREATE INDEX idx_stage_queue_lease ON stage_queue (lease_expires_at) WHERE status = 'processing';
CREATE INDEX idx_image_queue_lease ON image_processing_queue (lease_expires_at)
  WHERE status = 'processing';
CREATE INDEX idx_ai_queue_lease ON ai_analysis_queue (lease_expires_at)
  WHERE status = 'processing';
-- The dashboard's throughput and duration figures read recent completions.
CREATE INDEX idx_stage_queue_completed ON stage_queue (completed_at) WHERE completed_at IS NOT NULL;
CREATE INDEX idx_image_queue_completed ON image_processing_queue (completed_at)
  WHERE completed_at IS NOT NULL;
CREATE INDEX idx_ai_queue_completed ON ai_analysis_queue (completed_at)
  WHERE completed_at IS NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- Progress: one row per document and stage (the seed's table; progress as numeric, plus
-- failed_items, since a failed item counts as done for progress).
-- ---------------------------------------------------------------------------------------------
CREATE TABLE job_progress (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  document_id      uuid NOT NULL REFERENCES processed_documents (id) ON DELETE CASCADE,
  stage            text NOT NULL,
  progress         numeric(5, 2) NOT NULL DEFAULT 0,
  total_items      int,
  completed_items  int NOT NULL DEFAULT 0,
  failed_items     int NOT NULL DEFAULT 0,
  current_item_id  uuid,
  metadata         jsonb,
  started_at       timestamptz,
  completed_at     timestamptz,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (document_id, stage)
);
CREATE INDEX idx_job_progress_document ON job_progress (document_id);
CREATE INDEX idx_job_progress_stage ON job_progress (stage);

-- ---------------------------------------------------------------------------------------------
-- Workers: one row per worker process, refreshed by its heartbeat.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE workers (
  id                 text PRIMARY KEY,                 -- host:pid:random
  hostname           text NOT NULL,
  pid                int NOT NULL,
  queues             text[] NOT NULL DEFAULT '{}',
  status             text NOT NULL DEFAULT 'idle',
  current_job        jsonb,
  jobs_completed     bigint NOT NULL DEFAULT 0,
  jobs_failed        bigint NOT NULL DEFAULT 0,
  rss_bytes          bigint,
  started_at         timestamptz NOT NULL DEFAULT now(),
  last_heartbeat_at  timestamptz NOT NULL DEFAULT now(),
  stopped_at         timestamptz
);
CREATE INDEX idx_workers_heartbeat ON workers (last_heartbeat_at DESC);
