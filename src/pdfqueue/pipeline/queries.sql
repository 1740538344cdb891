-- The pipeline's SQL, named and described; `pdfqueue.db.named_sql` loads it and
-- `stages.sql(name)` hands a statement out. First the documents, their stage counts and
-- progress (stages.py, state.py, operations.py), then each stage handler's domain reads and
-- writes (pages, images, chunks, products), then documents' passwords (passwords.py) and
-- webhooks' signing keys (webhooks.py). Statements on queue tables are the queue's
-- (queue/queries.sql).


-- name: lock_documents
-- Serialise every outcome of a document (the fan-in lock): two workers ending a stage's last
-- two items at the same instant take turns here, so exactly one sees the stage done. Taken
-- once, at the start of an outcome transaction (stages.hold_documents), for every document of
-- the batch, in id order: a batch holds rows of several documents, and two workers recording
-- batches that name the same documents in different orders deadlocked (seen on the 10-PDF
-- benchmark); one order also matches the operations' (document, then its queue rows).
SELECT id, owner_id, status, priority, deleted_at IS NOT NULL
FROM processed_documents WHERE id = ANY(%(ids)s::uuid[])
ORDER BY id
FOR UPDATE;


-- name: lock_document
-- The same lock for one document, where no outcome transaction holds it already (operations,
-- the rescuer's on_failed, a document whose row this transaction changed).
SELECT id, owner_id, status, priority, deleted_at IS NOT NULL
FROM processed_documents WHERE id = %(document_id)s FOR UPDATE;


-- name: init_stages
-- One job_progress row per stage; the stage-job stages know their total (extraction has one
-- job per range of pages, the others one), the fan-out stages learn theirs when the stage
-- before them ends.
INSERT INTO job_progress (document_id, stage, total_items)
SELECT %(document_id)s, stage, total
FROM (VALUES ('extraction', %(extraction_jobs)s::int), ('image_processing', NULL), ('chunking', 1),
             ('ai_analysis', NULL), ('product_creation', 1)) AS s(stage, total)
ON CONFLICT (document_id, stage) DO NOTHING;


-- name: open_stage
-- A stage starts (again) with `total` items and no outcomes counted yet.
UPDATE job_progress
SET total_items = %(total)s, completed_items = 0, failed_items = 0, progress = 0,
    started_at = coalesce(started_at, now()), completed_at = NULL, updated_at = now()
WHERE document_id = %(document_id)s AND stage = %(stage)s;


-- name: count_outcome
-- More items of a stage are done (completed or failed); returns the counts so the caller,
-- holding the document's row lock, can tell whether these were the last.
UPDATE job_progress
SET completed_items = completed_items + %(completed)s,
    failed_items = failed_items + %(failed)s,
    started_at = coalesce(started_at, %(started_at)s, now()),
    progress = CASE WHEN total_items IS NULL THEN 0
                    WHEN total_items = 0 THEN 100
                    ELSE least(100, round(100.0 * (completed_items + %(completed)s
                                                   + failed_items + %(failed)s)
                                          / total_items, 2)) END,
    completed_at = CASE WHEN total_items IS NOT NULL
                         AND completed_items + %(completed)s + failed_items + %(failed)s
                             >= total_items
                        THEN now() END,
    updated_at = now()
WHERE document_id = %(document_id)s AND stage = %(stage)s
RETURNING total_items, completed_items, failed_items;


-- name: set_total
-- A fan-out stage whose items were enqueued, and may have ended, before its total was known
-- (OCR items of a PDF's parts) learns it; the outcomes counted so far stay.
UPDATE job_progress
SET total_items = %(total)s,
    progress = CASE WHEN %(total)s = 0 THEN 100
                    ELSE least(100, round(100.0 * (completed_items + failed_items) / %(total)s, 2))
               END,
    started_at = coalesce(started_at, now()),
    completed_at = CASE WHEN completed_items + failed_items >= %(total)s THEN now() END,
    updated_at = now()
WHERE document_id = %(document_id)s AND stage = %(stage)s
RETURNING total_items, completed_items, failed_items;


-- name: uncount
-- A retry takes items back (they are counted again when they end).
UPDATE job_progress
SET failed_items = greatest(0, failed_items - %(failed)s),
    completed_items = greatest(0, completed_items - %(completed)s),
    completed_at = NULL, updated_at = now()
WHERE document_id = %(document_id)s AND stage = %(stage)s;


-- name: stage_counts
-- Every stage's counts for one document.
SELECT stage, total_items, completed_items, failed_items, progress, started_at, completed_at
FROM job_progress WHERE document_id = %(document_id)s;


-- name: raise_progress
-- The document's progress, never lowered; status and stage when given.
UPDATE processed_documents
SET progress = greatest(progress, %(progress)s),
    status = coalesce(%(status)s, status),
    current_stage = coalesce(%(stage)s, current_stage),
    updated_at = now()
WHERE id = %(document_id)s
RETURNING id, owner_id, status, progress, current_stage;


-- name: notify_progress
-- Tell listeners (API event streams, the dashboard), delivered when this transaction commits;
-- %(channel)s is db/channels.PROGRESS_CHANNEL.
SELECT pg_notify(%(channel)s, %(payload)s);


-- name: record_item_error
-- A failed item joins the document's list of errors.
UPDATE processed_documents
SET errors = errors || jsonb_build_array(%(error)s::jsonb), updated_at = now()
WHERE id = %(document_id)s;


-- name: fail_document
-- The document cannot be processed; the reason is for people.
UPDATE processed_documents
SET status = 'failed', error_message = %(reason)s, completed_at = now(), updated_at = now(),
    errors = errors || jsonb_build_array(%(error)s::jsonb)
WHERE id = %(document_id)s;


-- name: finish_document
-- The last stage is done: completed, or completed_with_errors when any item of any stage
-- failed.
UPDATE processed_documents d
SET status = CASE WHEN (SELECT coalesce(sum(failed_items), 0) FROM job_progress p
                        WHERE p.document_id = d.id) > 0
                  THEN 'completed_with_errors' ELSE 'completed' END,
    completed_at = now(), updated_at = now(), error_message = NULL
WHERE id = %(document_id)s
RETURNING status;


-- name: mark_cancelled
-- The document stops; rows still running finish and their results are dropped.
UPDATE processed_documents SET status = 'cancelled', updated_at = now(), completed_at = now()
WHERE id = %(document_id)s;


-- name: reopen_document
-- Processing again; the errors of the retried items are forgotten.
UPDATE processed_documents
SET status = 'processing', error_message = NULL, errors = '[]', completed_at = NULL,
    updated_at = now()
WHERE id = %(document_id)s;


-- name: mark_deleted
-- Hidden from now on; pruning.prune_deleted removes it and its rows later.
UPDATE processed_documents
SET deleted_at = coalesce(deleted_at, now()), updated_at = now(),
    status = CASE WHEN status IN ('queued', 'processing') THEN 'cancelled' ELSE status END
WHERE id = %(document_id)s;


-- name: owner_places
-- Owner fairness: for each of these documents, how many older documents its owner still has
-- in flight (at most 1000). A document's first rows in a queue start after that many places
-- (queue.enqueue `start_after`, from stages.enqueue), so an owner's k-th document starts at k
-- while another owner's only document starts at 1, and one owner's thousand PDFs cannot hold
-- back another's one (0071's index keeps the count to the owner's in-flight documents).
SELECT me.id, (
  SELECT count(*) FROM (
    SELECT 1 FROM processed_documents other
    WHERE other.owner_id = me.owner_id
      AND (other.created_at, other.id) < (me.created_at, me.id)
      AND other.status IN ('queued', 'processing') AND other.deleted_at IS NULL
    LIMIT 1000) AS in_flight)
FROM processed_documents me
WHERE me.id = ANY (%(ids)s::uuid[]);


-- name: deleted_documents
-- Pruning (pruning.prune_deleted), step 1: documents marked deleted, longest deleted first.
SELECT id FROM processed_documents
WHERE deleted_at IS NOT NULL
ORDER BY deleted_at
LIMIT %(limit)s;


-- name: remove_documents
-- Pruning, last step: deleted documents no queue row names any more are removed (their
-- images, chunks, products and progress go with them: ON DELETE CASCADE).
DELETE FROM processed_documents
WHERE id = ANY (%(ids)s::uuid[]) AND deleted_at IS NOT NULL;


-- name: document_row
-- What the read model shows of the document itself.
SELECT id, owner_id, filename, status, progress, current_stage, page_count, error_message,
       errors, created_at, started_at, completed_at, updated_at
FROM processed_documents WHERE id = %(document_id)s;


-- name: document_clock
-- The document's status, progress, and seconds since it started (for the ETA).
SELECT status, progress, extract(epoch FROM now() - started_at)
FROM processed_documents WHERE id = %(document_id)s;


-- name: resume_document
-- A cancelled document runs again from where it stopped; the errors of items that failed
-- before stay listed (they stay failed, and still count).
UPDATE processed_documents
SET status = 'processing', error_message = NULL, completed_at = NULL, updated_at = now()
WHERE id = %(document_id)s;


-- name: chunk_texts
-- the contents of a batch's chunks.
SELECT id, content FROM document_chunks WHERE id = ANY(%(ids)s);


-- name: store_classification
-- the chunk's label and confidence.
UPDATE document_chunks SET classification = %(label)s, classification_confidence = %(confidence)s
WHERE id = %(chunk_id)s;


-- name: store_metadata
-- the chunk's structured attributes.
UPDATE document_chunks SET metadata = %(metadata)s WHERE id = %(chunk_id)s;


-- name: store_embedding
-- the chunk's embedding; `{vector}` is the vector literal's SQL (vectors.vector_sql: pgvector,
-- or a float array where pgvector is missing).
UPDATE document_chunks SET embedding = {vector} WHERE id = %(chunk_id)s;


-- name: chunk_places
-- where each of a batch's chunks sits in the document model (kind, headings above, first page):
-- the classifier's context.
SELECT id, kind, heading_path, page_numbers[1] FROM document_chunks WHERE id = ANY(%(ids)s);


-- name: stored_embeddings
-- embeddings already computed for a batch's chunks, as text (both column types read back the
-- same way): classification reuses them instead of embedding the text again.
SELECT id, embedding::text FROM document_chunks
WHERE id = ANY(%(ids)s) AND embedding IS NOT NULL;


-- name: embedding_type
-- The type of the embedding columns (`vector(…)` with pgvector, else `real[]`), decided when
-- the database was migrated.
SELECT format_type(atttypid, atttypmod) FROM pg_attribute
WHERE attrelid = 'document_chunks'::regclass AND attname = 'embedding';


-- name: chunk_sources
-- each page's text, then the OCR text of its images (first placement of each
-- distinct image only, so a logo repeated on every page is not chunked a hundred times).
WITH first_placement AS (
  SELECT DISTINCT ON (content_sha256) id, page_number, image_index, ocr_text
  FROM document_images
  WHERE document_id = %(document_id)s AND coalesce(ocr_text, '') <> ''
  ORDER BY content_sha256, page_number, image_index
)
SELECT page_number, 0 AS kind, 0 AS image_index, text, NULL::uuid AS image_id
FROM document_pages WHERE document_id = %(document_id)s
UNION ALL
SELECT page_number, 1, image_index, ocr_text, id FROM first_placement
ORDER BY 1, 2, 3;


-- name: clear_chunks
-- a re-run replaces earlier chunks (their analysis rows go with them).
DELETE FROM document_chunks WHERE document_id = %(document_id)s;


-- name: chunk_ids
-- the new chunks' ids in order, for their analysis rows.
SELECT id FROM document_chunks WHERE document_id = %(document_id)s ORDER BY chunk_index;


-- name: insert_chunk
-- one chunk (executemany: COPY is refused under row-level security).
INSERT INTO document_chunks (document_id, chunk_index, content, page_numbers, image_ids,
                             char_count)
VALUES (%s, %s, %s, %s, %s::uuid[], %s);


-- name: start_document
-- the document is being processed; its page count and PDF metadata are known.
UPDATE processed_documents
SET status = 'processing', page_count = %(page_count)s,
    metadata = metadata || jsonb_build_object('pdf', %(pdf)s::jsonb),
    started_at = coalesce(started_at, %(started_at)s, now()), updated_at = now()
WHERE id = %(document_id)s;


-- name: insert_page
-- one page's text (executemany: COPY is refused under row-level security).
INSERT INTO document_pages (document_id, page_number, text, has_text_layer, char_count)
VALUES (%s, %s, %s, %s, %s);


-- name: insert_image
-- one image placement, with the engine's verdict on whether it needs OCR.
INSERT INTO document_images (document_id, page_number, image_index, source, storage_path,
                             mime_type, width, height, bbox, content_sha256, needs_ocr)
VALUES (%(document_id)s, %(page_number)s, %(image_index)s, %(source)s, %(storage_path)s,
        %(mime_type)s, %(width)s, %(height)s, %(bbox)s, %(sha256)s, %(needs_ocr)s);


-- name: images_to_ocr
-- one OCR item per distinct image of a part's pages that needs it (its first
-- placement stands for all of them), largest first; those an OCR item of the document reads
-- already are left out by the caller. The queue claims in this order, and OCR time grows with
-- pixels: workers start on the long items and end on short ones, so none is left reading one
-- big scan while the others wait for the stage to end.
SELECT id, content_sha256, storage_path, page_number
FROM (SELECT DISTINCT ON (content_sha256) id, content_sha256, storage_path, page_number,
             image_index, coalesce(width, 0)::bigint * coalesce(height, 0) AS pixels
      FROM document_images i
      WHERE document_id = %(document_id)s AND needs_ocr
        AND page_number BETWEEN coalesce(%(first)s, 1) AND coalesce(%(last)s, 2147483647)
      ORDER BY content_sha256, page_number, image_index) first_placements
ORDER BY pixels DESC, page_number, image_index;


-- name: copy_known_ocr
-- a part's placements of an image that another part's OCR item already read.
UPDATE document_images d
SET ocr_text = k.ocr_text, ocr_confidence = k.ocr_confidence, ocr_result = k.ocr_result
FROM (SELECT DISTINCT ON (content_sha256) content_sha256, ocr_text, ocr_confidence, ocr_result
      FROM document_images
      WHERE document_id = %(document_id)s AND ocr_result IS NOT NULL
      ORDER BY content_sha256) k
WHERE d.document_id = %(document_id)s AND d.content_sha256 = k.content_sha256
  AND d.ocr_result IS NULL
  AND d.page_number BETWEEN coalesce(%(first)s, 1) AND coalesce(%(last)s, 2147483647);


-- name: store_ocr
-- every placement of this image in the document gets the text.
UPDATE document_images
SET ocr_text = %(text)s, ocr_confidence = %(confidence)s, ocr_result = %(result)s
WHERE document_id = %(document_id)s AND content_sha256 = %(sha256)s;


-- name: analysed_chunks
-- what product building reads of each chunk.
SELECT id, chunk_index, content, page_numbers, classification, classification_confidence,
       metadata, embedding::text
FROM document_chunks WHERE document_id = %(document_id)s ORDER BY chunk_index;


-- name: images_by_page
-- the document's images, page by page, in order.
SELECT page_number, array_agg(id ORDER BY image_index)
FROM document_images WHERE document_id = %(document_id)s GROUP BY page_number;


-- name: products_to_embed
-- the name and description of an embedding job's products (those that still
-- exist: a re-run of the first job replaces them).
SELECT id, name, description FROM products
WHERE document_id = %(document_id)s AND id = ANY(%(ids)s::uuid[]);


-- name: clear_products
-- a re-run replaces earlier products.
DELETE FROM products WHERE document_id = %(document_id)s;


-- name: insert_document
-- a new document, queued, at 0 %.
INSERT INTO processed_documents (id, owner_id, filename, content_sha256, size_bytes,
                                 storage_path, page_count, priority, callback_url, status,
                                 current_stage, progress)
VALUES (%(id)s, %(owner_id)s, %(filename)s, %(sha256)s, %(size_bytes)s, %(storage_key)s,
        %(page_count)s, %(priority)s, %(callback_url)s, 'queued', 'extraction', 0);


-- name: clear_images
-- A re-run of an extraction part (retry after a crash) replaces the image placements an earlier
-- run of the same part stored (first/last NULL: the whole document).
DELETE FROM document_images
WHERE document_id = %(document_id)s
  AND page_number BETWEEN coalesce(%(first)s, 1) AND coalesce(%(last)s, 2147483647);


-- name: clear_pages
-- The same for the part's pages.
DELETE FROM document_pages
WHERE document_id = %(document_id)s
  AND page_number BETWEEN coalesce(%(first)s, 1) AND coalesce(%(last)s, 2147483647);


-- name: insert_product
-- One product built by product creation.
INSERT INTO products (document_id, name, product_type, description, attributes, image_ids,
                      chunk_ids, page_numbers, confidence)
VALUES (%(document_id)s, %(name)s, %(product_type)s, %(description)s, %(attributes)s,
        %(image_ids)s::uuid[], %(chunk_ids)s::uuid[], %(page_numbers)s, %(confidence)s)
RETURNING id;


-- name: set_product_embedding
-- A product's embedding; `{vector}` is the vector literal's SQL (vectors.vector_sql: pgvector,
-- or a float array where pgvector is missing).
UPDATE products SET embedding = {vector} WHERE id = %(id)s;


-- name: clear_blocks
-- A re-run of an extraction part replaces the blocks an earlier run of it stored.
DELETE FROM document_blocks
WHERE document_id = %(document_id)s
  AND page_number BETWEEN coalesce(%(first)s, 1) AND coalesce(%(last)s, 2147483647);


-- name: clear_page_blocks
-- The blocks of the pages chunking lays out again (scans from their OCR, running headers).
DELETE FROM document_blocks
WHERE document_id = %(document_id)s AND page_number = ANY(%(pages)s::int[]);


-- name: insert_block
-- One block of a page, in reading order.
INSERT INTO document_blocks (document_id, page_number, block_index, kind, bbox, text, cells,
                             style)
VALUES (%(document_id)s, %(page_number)s, %(block_index)s, %(kind)s, %(bbox)s::real[],
        %(text)s, %(cells)s, %(style)s);


-- name: set_page_layout
-- A page's size, layout source and rotation (its blocks are in document_blocks).
UPDATE document_pages SET layout = %(layout)s
WHERE document_id = %(document_id)s AND page_number = %(page_number)s;


-- name: page_layouts
-- Each page's layout facts, in page order (NULL for pages read before layouts were kept).
SELECT page_number, layout FROM document_pages
WHERE document_id = %(document_id)s ORDER BY page_number;


-- name: document_blocks
-- The document's blocks, page by page in reading order.
SELECT page_number, kind, bbox::float8[], text, cells, style FROM document_blocks
WHERE document_id = %(document_id)s ORDER BY page_number, block_index;


-- name: page_scans
-- The OCR result of each of these pages' render (pages without a text layer), to lay the
-- page out from its words.
SELECT DISTINCT ON (page_number) page_number, storage_path, ocr_result
FROM document_images
WHERE document_id = %(document_id)s AND page_number = ANY(%(pages)s::int[])
  AND source = 'page_render' AND ocr_result IS NOT NULL
ORDER BY page_number, image_index;


-- name: clear_figure_crops
-- The figures an earlier run cut out of these scanned pages' renders: replaced by this run's.
DELETE FROM document_images
WHERE document_id = %(document_id)s AND page_number = ANY(%(pages)s::int[])
  AND source = 'figure_crop';


-- name: insert_figure_crop
-- A figure of a scanned page, cut out of its render (its id chosen by chunking, which links it
-- from the Markdown before the row exists); nothing to OCR: its words are the page's blocks.
INSERT INTO document_images (id, document_id, page_number, image_index, source, storage_path,
                             mime_type, width, height, bbox, content_sha256, needs_ocr)
VALUES (%(id)s, %(document_id)s, %(page_number)s, %(image_index)s, 'figure_crop',
        %(storage_path)s, %(mime_type)s, %(width)s, %(height)s, %(bbox)s, %(sha256)s, false);


-- name: image_boxes
-- Where each of the document's images is drawn (PDF space), to tie figures to them.
SELECT id, page_number, bbox FROM document_images
WHERE document_id = %(document_id)s ORDER BY page_number, image_index;


-- name: embedded_ocr_sources
-- The OCR text of embedded images (first placement of each distinct image), chunked beside
-- the layout's chunks; page renders are not here, their words are the page's blocks.
SELECT DISTINCT ON (content_sha256) page_number, image_index, ocr_text, id
FROM document_images
WHERE document_id = %(document_id)s AND source = 'embedded' AND coalesce(ocr_text, '') <> ''
ORDER BY content_sha256, page_number, image_index;


-- name: insert_layout_chunk
-- One chunk that follows the structure, with its heading path, boxes and kind.
INSERT INTO document_chunks (document_id, chunk_index, content, page_numbers, image_ids,
                             char_count, heading_path, boxes, kind)
VALUES (%(document_id)s, %(index)s, %(content)s, %(page_numbers)s, %(image_ids)s::uuid[],
        %(char_count)s, %(heading_path)s, %(boxes)s, %(kind)s);


-- name: chunk_pages
-- Each chunk's pages, to tie a product to the chunks of its page.
SELECT id, page_numbers FROM document_chunks WHERE document_id = %(document_id)s
ORDER BY chunk_index;


-- name: store_password
-- A document's password, sealed (passwords.py), kept for its extraction only (service role).
INSERT INTO document_passwords (document_id, sealed) VALUES (%(document_id)s, %(sealed)s)
ON CONFLICT (document_id) DO UPDATE SET sealed = EXCLUDED.sealed;


-- name: sealed_password
-- The sealed password of a document, if it was given one.
SELECT sealed FROM document_passwords WHERE document_id = %(document_id)s;


-- name: signing_key_version
-- An owner's current webhook signing-key version (no row: still 1).
SELECT version FROM webhook_signing_keys WHERE owner_id = %(owner_id)s;


-- name: rotate_signing_key
-- The owner's next signing-key version (the first rotation makes it 2).
INSERT INTO webhook_signing_keys AS k (owner_id, version) VALUES (%(owner_id)s, 2)
ON CONFLICT (owner_id) DO UPDATE SET version = k.version + 1, rotated_at = now()
RETURNING version;


-- name: enqueue_webhook
-- Queue the delivery of an ended document's outcome (the database function of migration
-- 0030, which the trigger uses too; it returns NULL when there is nothing to send).
SELECT enqueue_webhook(%(document_id)s);
