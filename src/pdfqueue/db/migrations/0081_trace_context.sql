-- 0081: the trace context of a document's journey (OpenTelemetry, W3C traceparent), carried
-- in the queue rows so a worker on any host continues the trace the upload started.
--
-- The upload's transaction sets `pdfqueue.traceparent` (set_config(..., true): transaction-
-- scoped, so it holds through PgBouncer's transaction pooling) and the document row takes it
-- as its default. Every queue row inserted later for that document copies the document's
-- value (trigger), whichever process inserts it: the enqueue code needs no part in this.
-- Without tracing the setting is empty and the columns stay NULL. A webhook delivery also
-- sends the context to the receiver (`traceparent` header), so its side can join the trace.

ALTER TABLE processed_documents ADD COLUMN traceparent text
  DEFAULT nullif(current_setting('pdfqueue.traceparent', true), '');

CREATE FUNCTION pdfqueue_copy_traceparent() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  SELECT d.traceparent INTO NEW.traceparent FROM processed_documents d WHERE d.id = NEW.document_id;
  RETURN NEW;
END
$$;

DO $$
DECLARE
  queue text;
BEGIN
  FOREACH queue IN ARRAY ARRAY['stage_queue', 'image_processing_queue', 'ai_analysis_queue',
                             'webhook_queue'] LOOP
    EXECUTE format('ALTER TABLE %I ADD COLUMN traceparent text', queue);
    EXECUTE format('CREATE TRIGGER copy_traceparent BEFORE INSERT ON %I FOR EACH ROW'
                   ' WHEN (NEW.traceparent IS NULL) EXECUTE FUNCTION pdfqueue_copy_traceparent()',
                   queue);
  END LOOP;
END
$$;
