-- 0020: the text of each page, kept by extraction for chunking (and for the API to show).
-- Page text lives here rather than in the extraction job's result so that a 2000-page PDF does
-- not become one huge jsonb value, and chunking reads exactly the pages it needs.
CREATE TABLE document_pages (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  document_id     uuid NOT NULL REFERENCES processed_documents (id) ON DELETE CASCADE,
  page_number     int NOT NULL,                        -- 1-based
  text            text NOT NULL DEFAULT '',
  has_text_layer  boolean NOT NULL DEFAULT true,
  char_count      int NOT NULL DEFAULT 0,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (document_id, page_number)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON document_pages TO pdfqueue_app;
ALTER TABLE document_pages ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Admins view all document_pages" ON document_pages FOR SELECT TO pdfqueue_app
  USING (auth.role() = 'admin');
CREATE POLICY "Service manages document_pages" ON document_pages FOR ALL TO pdfqueue_app
  USING (auth.role() = 'service') WITH CHECK (auth.role() = 'service');
CREATE POLICY "Owners view own document_pages" ON document_pages FOR SELECT TO pdfqueue_app
  USING (auth.owns_document(document_id));
