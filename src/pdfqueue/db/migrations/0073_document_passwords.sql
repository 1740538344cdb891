-- 0073: passwords of encrypted PDFs, kept encrypted and only until extraction ends.
--
-- The API stores the password sent with an upload sealed (AES-256-GCM under a key derived
-- from the server secret, bound to the document id: pdfqueue.keys.seal), so the database never
-- holds it in clear; extraction jobs read and unseal it to open the PDF. Only the service role
-- may read or write it. The trigger deletes it as soon as the document leaves the extraction
-- stage or ends, whatever the outcome; ON DELETE CASCADE removes it with the document.

CREATE TABLE IF NOT EXISTS document_passwords (
  document_id uuid PRIMARY KEY REFERENCES processed_documents (id) ON DELETE CASCADE,
  sealed      bytea NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

GRANT SELECT, INSERT, UPDATE, DELETE ON document_passwords TO pdfqueue_app;
ALTER TABLE document_passwords ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Service manages document passwords" ON document_passwords FOR ALL
  TO pdfqueue_app
  USING ((SELECT auth.role()) = 'service') WITH CHECK ((SELECT auth.role()) = 'service');

CREATE OR REPLACE FUNCTION forget_document_password() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  DELETE FROM document_passwords WHERE document_id = NEW.id;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION forget_document_password() FROM PUBLIC;

CREATE TRIGGER forget_password_after_extraction
  AFTER UPDATE OF current_stage, status ON processed_documents
  FOR EACH ROW
  WHEN ((OLD.current_stage = 'extraction' AND NEW.current_stage IS DISTINCT FROM 'extraction')
        OR (NEW.status IS DISTINCT FROM OLD.status
            AND NEW.status IN ('completed', 'completed_with_errors', 'failed', 'cancelled')))
  EXECUTE FUNCTION forget_document_password();
