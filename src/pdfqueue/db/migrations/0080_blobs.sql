-- 0080: blobs kept in PostgreSQL itself (PDFQUEUE_STORAGE_URL=postgres), so a deployment
-- needs nothing but the database: no shared directory, no object store.
--
-- A blob is a row in `blobs` (key, size, checksum) and its bytes are rows of `blob_chunks`
-- (1 MiB each), written and read one chunk per statement so that neither side ever holds a
-- whole PDF in memory. Chunks are written under a fresh `upload_id` before the blob row
-- exists; the commit points the key at that upload in one transaction, so a reader sees the
-- old blob or the new one, never a mixture, and a writer that dies leaves only orphaned
-- chunks (removed by `prune_orphan_chunks` in storage/blobs.sql).
--
-- Only the store reads and writes these tables (as the owner here; see 0082 for its role):
-- the API checks that a caller may see a document before it asks the store for its bytes, and
-- `pdfqueue_app` (the role row-level security applies to) gets no grant on them.

CREATE TABLE blobs (
  key        text COLLATE "C" PRIMARY KEY,  -- "C": `key LIKE 'documents/<id>/%'` uses the index
  upload_id  uuid NOT NULL UNIQUE,
  size       bigint NOT NULL CHECK (size >= 0),
  sha256     text NOT NULL CHECK (length(sha256) = 64),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE blob_chunks (
  upload_id  uuid NOT NULL,
  seq        int NOT NULL CHECK (seq >= 0),
  data       bytea NOT NULL,
  written_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (upload_id, seq)
);

-- PDFs and images are compressed already: storing the chunks out of line without another
-- compression attempt saves the CPU that pglz would spend failing to shrink them.
ALTER TABLE blob_chunks ALTER COLUMN data SET STORAGE EXTERNAL;

REVOKE ALL ON blobs, blob_chunks FROM pdfqueue_app;
