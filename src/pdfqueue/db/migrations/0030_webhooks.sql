-- 0030: webhook deliveries are queued by the database when a document with a callback_url ends.
--
-- A constraint trigger deferred to commit sees the document as its transaction leaves it
-- (status and progress final), whichever path ended it: the pipeline finishing or failing it,
-- a user or an operator cancelling it. `enqueue_webhook(document)` is idempotent per document
-- and status, so the pipeline may also call it (pdfqueue.pipeline.webhooks.enqueue_delivery)
-- without a second delivery. It runs as the schema owner (SECURITY DEFINER): whoever ended the
-- document, the delivery row is written, under the queue's retries and crash safety.

CREATE OR REPLACE FUNCTION enqueue_webhook(doc uuid) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  d processed_documents;
  delivery uuid;
BEGIN
  SELECT * INTO d FROM processed_documents WHERE id = doc;
  IF NOT FOUND OR d.callback_url IS NULL
     OR d.status NOT IN ('completed', 'completed_with_errors', 'failed', 'cancelled') THEN
    RETURN NULL;
  END IF;
  IF EXISTS (SELECT 1 FROM webhook_queue w
             WHERE w.document_id = doc AND w.payload ->> 'status' = d.status) THEN
    RETURN NULL;
  END IF;
  INSERT INTO webhook_queue (document_id, priority, payload)
  VALUES (doc, d.priority, jsonb_build_object(
    'url', d.callback_url,
    'event', 'document.' || d.status,
    'document_id', d.id,
    'owner_id', d.owner_id,
    'filename', d.filename,
    'status', d.status,
    'progress', d.progress,
    'error_message', d.error_message,
    'errors', d.errors,
    'completed_at', d.completed_at))
  RETURNING id INTO delivery;
  PERFORM pg_notify('pdfqueue_jobs', 'webhook_queue');
  RETURN delivery;
END
$$;
REVOKE ALL ON FUNCTION enqueue_webhook(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enqueue_webhook(uuid) TO pdfqueue_app;

CREATE OR REPLACE FUNCTION enqueue_webhook_on_end() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM enqueue_webhook(NEW.id);
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER webhook_on_document_end
  AFTER UPDATE OF status ON processed_documents
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW
  WHEN (NEW.callback_url IS NOT NULL AND NEW.status IS DISTINCT FROM OLD.status
        AND NEW.status IN ('completed', 'completed_with_errors', 'failed', 'cancelled'))
  EXECUTE FUNCTION enqueue_webhook_on_end();
