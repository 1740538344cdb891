-- 0003: database roles and row-level security.
--
-- The schema's owner (the login in PDFQUEUE_DATABASE_URL) runs migrations and bypasses RLS.
-- Everything else runs as the non-owner role `pdfqueue_app` with the JWT claims of the request
-- (API) or of the service (workers) set for the transaction, and these policies decide:
--   admin    reads everything, writes nothing but its own documents
--   service  manages documents, queues, progress, results and workers
--   user     reads only the documents it owns and their rows; creates and updates its own documents
--   no claims, or any other role: sees nothing.
-- docs/permissions.md says the same in prose.

DO $$
BEGIN
  CREATE ROLE pdfqueue_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;  -- roles are cluster-wide: another database of this server made it first
END
$$;

DO $$
BEGIN
  EXECUTE format('GRANT pdfqueue_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN
  NULL;  -- already a member (or superuser)
END
$$;

GRANT USAGE ON SCHEMA public, auth TO pdfqueue_app;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA auth TO pdfqueue_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO pdfqueue_app;

-- Documents ----------------------------------------------------------------------------------
ALTER TABLE processed_documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Admins view all documents" ON processed_documents FOR SELECT TO pdfqueue_app
  USING (auth.role() = 'admin');
CREATE POLICY "Service manages documents" ON processed_documents FOR ALL TO pdfqueue_app
  USING (auth.role() = 'service') WITH CHECK (auth.role() = 'service');
CREATE POLICY "Owners view own documents" ON processed_documents FOR SELECT TO pdfqueue_app
  USING (auth.role() IN ('user', 'admin') AND owner_id = auth.uid());
CREATE POLICY "Owners create own documents" ON processed_documents FOR INSERT TO pdfqueue_app
  WITH CHECK (auth.role() IN ('user', 'admin') AND owner_id = auth.uid());
CREATE POLICY "Owners update own documents" ON processed_documents FOR UPDATE TO pdfqueue_app
  USING (auth.role() IN ('user', 'admin') AND owner_id = auth.uid())
  WITH CHECK (auth.role() IN ('user', 'admin') AND owner_id = auth.uid());

-- A user's rows are those of a document it owns.
CREATE OR REPLACE FUNCTION auth.owns_document(doc uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT auth.role() = 'user'
     AND EXISTS (SELECT 1 FROM processed_documents d WHERE d.id = doc AND d.owner_id = auth.uid())
$$;
GRANT EXECUTE ON FUNCTION auth.owns_document(uuid) TO pdfqueue_app;

-- Rows that belong to a document: the seed's admin/service policies plus the owner's view.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['image_processing_queue', 'ai_analysis_queue', 'stage_queue',
                           'webhook_queue', 'job_progress', 'document_images', 'document_chunks', 'products']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO pdfqueue_app USING (auth.role() = %L)',
                   'Admins view all ' || t, t, 'admin');
    EXECUTE format('CREATE POLICY %I ON %I FOR ALL TO pdfqueue_app USING (auth.role() = %L) '
                   'WITH CHECK (auth.role() = %L)', 'Service manages ' || t, t, 'service', 'service');
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO pdfqueue_app '
                   'USING (auth.owns_document(document_id))', 'Owners view own ' || t, t);
  END LOOP;
END
$$;

-- Workers: operators read, the service writes.
ALTER TABLE workers ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Admins view all workers" ON workers FOR SELECT TO pdfqueue_app
  USING (auth.role() = 'admin');
CREATE POLICY "Service manages workers" ON workers FOR ALL TO pdfqueue_app
  USING (auth.role() = 'service') WITH CHECK (auth.role() = 'service');
