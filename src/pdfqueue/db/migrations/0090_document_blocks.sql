-- 0090: the document model. Extraction keeps each page's blocks in reading order (heading,
-- paragraph, list item, table with its cells, figure, caption, header/footer) with their boxes;
-- chunking completes them (layout of scanned pages from their OCR, running headers and footers
-- across the whole document), and chunks, products, /blocks and /markdown build on them.
--
-- A page's own facts (size, where its layout came from, how it was turned) live beside its
-- text in document_pages.layout, so a page without any block still says what it is.

CREATE TABLE document_blocks (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  document_id  uuid NOT NULL REFERENCES processed_documents (id) ON DELETE CASCADE,
  page_number  int NOT NULL,                        -- 1-based
  block_index  int NOT NULL,                        -- reading order within the page
  kind         text NOT NULL,                       -- heading, paragraph, list_item, table, ...
  bbox         real[] NOT NULL,                     -- points, (left, top, right, bottom) from top-left
  text         text NOT NULL DEFAULT '',
  cells        jsonb,                               -- tables: rows of cell texts, header first
  style        jsonb NOT NULL DEFAULT '{}',         -- font size, bold, ruled, figure index, lines
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (document_id, page_number, block_index)
);

ALTER TABLE document_pages ADD COLUMN layout jsonb;  -- {width, height, source, rotation}

-- Chunks that follow the structure keep where they sit in it.
ALTER TABLE document_chunks ADD COLUMN heading_path text[] NOT NULL DEFAULT '{}';
ALTER TABLE document_chunks ADD COLUMN boxes jsonb;   -- [[page, [left, top, right, bottom]], ...]
ALTER TABLE document_chunks ADD COLUMN kind text;     -- "text" or "table" (layout chunks)

GRANT SELECT, INSERT, UPDATE, DELETE ON document_blocks TO pdfqueue_app;
ALTER TABLE document_blocks ENABLE ROW LEVEL SECURITY;
-- The policies in 0040's form: the caller's role is an init-plan, computed once per query.
CREATE POLICY "Admins view all document_blocks" ON document_blocks FOR SELECT TO pdfqueue_app
  USING ((SELECT auth.role()) = 'admin');
CREATE POLICY "Service manages document_blocks" ON document_blocks FOR ALL TO pdfqueue_app
  USING ((SELECT auth.role()) = 'service') WITH CHECK ((SELECT auth.role()) = 'service');
CREATE POLICY "Owners view own document_blocks" ON document_blocks FOR SELECT TO pdfqueue_app
  USING ((SELECT auth.role()) = 'user' AND auth.owns_document(document_id));
