-- The SQL of the `postgres` blob store (storage/database.py), loaded by name.
-- Tables: db/migrations/0080_blobs.sql.

-- name: insert_chunk
-- One piece of a blob being written, under its upload id (invisible until commit_blob).
INSERT INTO blob_chunks (upload_id, seq, data) VALUES (%(upload_id)s, %(seq)s, %(data)s);

-- name: lock_key
-- Serialise writers of one key for the rest of the transaction (transaction-scoped, so it
-- holds through PgBouncer's transaction pooling).
SELECT pg_advisory_xact_lock(hashtextextended('pdfqueue-blob:' || %(key)s, 0));

-- name: replaced_upload
-- The upload a key points at now, if any (its chunks go once the key points elsewhere).
SELECT upload_id FROM blobs WHERE key = %(key)s;

-- name: commit_blob
-- Point the key at the finished upload.
INSERT INTO blobs (key, upload_id, size, sha256)
VALUES (%(key)s, %(upload_id)s, %(size)s, %(sha256)s)
ON CONFLICT (key) DO UPDATE
SET upload_id = excluded.upload_id, size = excluded.size, sha256 = excluded.sha256,
    created_at = now();

-- name: delete_chunks
-- Every chunk of one upload (an aborted write, or the blob a key no longer points at).
DELETE FROM blob_chunks WHERE upload_id = %(upload_id)s;

-- name: find_blob
-- A blob's upload, size and checksum, for reading.
SELECT upload_id, size, sha256 FROM blobs WHERE key = %(key)s;

-- name: read_chunks
-- The next few pieces of an upload from `seq` on, in order.
SELECT seq, data FROM blob_chunks
WHERE upload_id = %(upload_id)s AND seq >= %(seq)s
ORDER BY seq
LIMIT %(limit)s;

-- name: blob_exists
-- Whether a key names a committed blob.
SELECT EXISTS (SELECT 1 FROM blobs WHERE key = %(key)s);

-- name: delete_blobs
-- Remove blobs whose key matches a LIKE pattern (one key, or a document's prefix), with their
-- chunks, in one statement.
WITH gone AS (DELETE FROM blobs WHERE key LIKE %(pattern)s RETURNING upload_id)
DELETE FROM blob_chunks WHERE upload_id IN (SELECT upload_id FROM gone);

-- name: prune_orphan_chunks
-- Chunks of writes that never committed (a writer that died), older than the given age.
DELETE FROM blob_chunks c
WHERE c.written_at < now() - %(older_than)s::interval
  AND NOT EXISTS (SELECT 1 FROM blobs b WHERE b.upload_id = c.upload_id);
