-- The API's SQL, named and described; `deps.sql(name)` hands a statement out (loaded by
-- pdfqueue.db.named_sql). Every statement runs in the request's transaction, acting with the
-- caller's claims, so row-level security decides which rows exist for it: none needs an owner
-- filter to be safe (those that have one count one owner's uploads, or let the planner use
-- the owner index). First the documents (documents.py), then what a document holds, then
-- search (search.py), upload limits (limits.py) and metrics (metrics.py). What people do to
-- documents goes through the pipeline's operations; queue tables are the queue's.


-- name: visible_document
-- A document as the caller sees it (no row: not theirs, deleted, or no such id: 404).
SELECT id, owner_id, filename, status, progress, current_stage, priority, size_bytes,
       page_count, content_sha256, callback_url, error_message, created_at, updated_at,
       started_at, completed_at
FROM processed_documents WHERE id = %(document_id)s AND deleted_at IS NULL;


-- name: lock_upload
-- Two uploads of the same bytes by the same owner at once take turns here, so they cannot
-- both pass the "already uploaded" check (released when the transaction ends).
SELECT pg_advisory_xact_lock(hashtextextended(%(key)s, 0));


-- name: same_upload
-- The owner's latest document with these bytes, if any (an upload without force=true answers
-- with it instead of processing the file again).
SELECT id, status, error_message FROM processed_documents
WHERE owner_id = %(owner_id)s AND content_sha256 = %(sha256)s AND deleted_at IS NULL
ORDER BY created_at DESC LIMIT 1;


-- name: remember_trace
-- The rows this transaction inserts carry the upload's trace context: the queue tables'
-- traceparent column defaults read this setting (migration 0081).
SELECT set_config(%(setting)s, %(traceparent)s, true);


-- name: count_documents
-- How many documents the listing has in all; a NULL filter matches everything. A user's
-- listing names its owner (idx_documents_owner_created serves it; RLS would allow no more).
SELECT count(*) AS n FROM processed_documents
WHERE deleted_at IS NULL
  AND (%(id_pattern)s::text IS NULL OR id::text LIKE %(id_pattern)s)
  AND (%(owner_id)s::text IS NULL OR owner_id = %(owner_id)s)
  AND (%(status)s::text IS NULL OR status = %(status)s);


-- name: list_documents
-- One page of the same listing, newest first.
SELECT id, owner_id, filename, status, progress, current_stage, priority, size_bytes,
       page_count, error_message, created_at, updated_at, completed_at
FROM processed_documents
WHERE deleted_at IS NULL
  AND (%(id_pattern)s::text IS NULL OR id::text LIKE %(id_pattern)s)
  AND (%(owner_id)s::text IS NULL OR owner_id = %(owner_id)s)
  AND (%(status)s::text IS NULL OR status = %(status)s)
ORDER BY created_at DESC, id
LIMIT %(limit)s OFFSET %(offset)s;


-- name: document_file
-- Where the document's PDF is stored.
SELECT storage_path FROM processed_documents WHERE id = %(document_id)s;


-- name: count_pages
-- How many pages of the document were read.
SELECT count(*) AS n FROM document_pages WHERE document_id = %(document_id)s;


-- name: list_pages
-- One page of the document's pages and their text, in order.
SELECT page_number, text, has_text_layer, char_count
FROM document_pages WHERE document_id = %(document_id)s
ORDER BY page_number LIMIT %(limit)s OFFSET %(offset)s;


-- name: count_chunks
-- How many chunks the document has.
SELECT count(*) AS n FROM document_chunks WHERE document_id = %(document_id)s;


-- name: list_chunks
-- One page of the document's chunks with their analyses, in order.
SELECT id, chunk_index, content, page_numbers, image_ids, char_count, classification,
       classification_confidence, metadata, created_at, heading_path, boxes, kind
FROM document_chunks WHERE document_id = %(document_id)s
ORDER BY chunk_index LIMIT %(limit)s OFFSET %(offset)s;


-- name: count_blocks
-- How many blocks the document (or its page %(page)s, when not NULL) has.
SELECT count(*) AS n FROM document_blocks
WHERE document_id = %(document_id)s AND (%(page)s::int IS NULL OR page_number = %(page)s::int);


-- name: list_blocks
-- One page of those blocks, page by page in reading order (a table's column edges with it).
SELECT page_number AS page, block_index AS index, kind, bbox::float8[] AS bbox, text, cells,
       style->'columns' AS columns, style->'image_index' AS figure_index
FROM document_blocks
WHERE document_id = %(document_id)s AND (%(page)s::int IS NULL OR page_number = %(page)s::int)
ORDER BY page_number, block_index LIMIT %(limit)s OFFSET %(offset)s;


-- name: count_images
-- How many image placements the document has.
SELECT count(*) AS n FROM document_images WHERE document_id = %(document_id)s;


-- name: list_images
-- One page of the document's images: what they are, where they sit, their OCR text.
SELECT id, page_number, image_index, source, mime_type, width, height, bbox, content_sha256,
       ocr_text, ocr_confidence, created_at
FROM document_images WHERE document_id = %(document_id)s
ORDER BY page_number, image_index LIMIT %(limit)s OFFSET %(offset)s;


-- name: image_file
-- Where one image of the document is stored, and its type.
SELECT storage_path, mime_type FROM document_images
WHERE id = %(image_id)s AND document_id = %(document_id)s;


-- name: count_products
-- How many products the document has.
SELECT count(*) AS n FROM products WHERE document_id = %(document_id)s;


-- name: list_products
-- One page of the document's products in the document's order, with where each was found
-- (page, box and source blocks, from its evidence) beside the fields clients already read.
-- A reader checks a catalog against its pages: by page, then top to bottom and left to right
-- on it (the box is top-left origin); a product without evidence by its first page, after
-- those with a box; the rest by insertion time and id, so pages of the list never shuffle.
SELECT id, document_id, name, product_type, description, attributes, image_ids, chunk_ids,
       page_numbers, confidence, created_at,
       (attributes #>> '{evidence,page}')::int AS page,
       attributes #> '{evidence,bbox}' AS bbox,
       attributes #> '{evidence,blocks}' AS source_blocks
FROM products WHERE document_id = %(document_id)s
ORDER BY COALESCE((attributes #>> '{evidence,page}')::int, page_numbers[1]) NULLS LAST,
         (attributes #>> '{evidence,bbox,1}')::float8 NULLS LAST,
         (attributes #>> '{evidence,bbox,0}')::float8 NULLS LAST,
         created_at, id
LIMIT %(limit)s OFFSET %(offset)s;


-- name: products_embedding_type
-- The type of products.embedding: `vector(…)` when the database had pgvector at migration.
SELECT format_type(atttypid, atttypmod) AS type FROM pg_attribute
WHERE attrelid = 'products'::regclass AND attname = 'embedding';


-- name: search_candidates
-- Not run alone: the products and chunks with embeddings that match the filters, the
-- candidates of a search; semantic_search and semantic_search_total put it at {candidates}.
SELECT 'product' AS kind, p.id, p.document_id, p.name, p.product_type, p.description,
       p.confidence, NULL::int AS chunk_index, NULL::text AS content,
       NULL::text AS classification, p.page_numbers, p.embedding
FROM products p
WHERE p.embedding IS NOT NULL AND vector_dims(p.embedding) = %(dims)s
  AND (%(type)s::text IS NULL OR p.product_type = %(type)s)
  AND (%(doc)s::uuid IS NULL OR p.document_id = %(doc)s)
  AND NOT EXISTS (SELECT 1 FROM processed_documents d
                  WHERE d.id = p.document_id AND d.deleted_at IS NOT NULL)
UNION ALL
SELECT 'chunk', c.id, c.document_id, NULL, NULL, NULL, NULL, c.chunk_index, c.content,
       c.classification, c.page_numbers, c.embedding
FROM document_chunks c
WHERE %(type)s::text IS NULL AND c.embedding IS NOT NULL
  AND vector_dims(c.embedding) = %(dims)s
  AND (%(doc)s::uuid IS NULL OR c.document_id = %(doc)s);


-- name: semantic_search
-- The nearest products and chunks to the query's embedding by cosine distance, both kinds
-- ranked together, best first.
SELECT hits.*, d.filename, 1 - (hits.embedding <=> %(q)s::vector) AS score
FROM ({candidates}) hits
JOIN processed_documents d ON d.id = hits.document_id AND d.deleted_at IS NULL
ORDER BY score DESC, hits.id
LIMIT %(limit)s OFFSET %(offset)s;


-- name: semantic_search_total
-- How many hits the search has in all.
SELECT count(*) AS n FROM ({candidates}) hits
JOIN processed_documents d ON d.id = hits.document_id AND d.deleted_at IS NULL;


-- name: count_listed_products
-- Without a query: how many products match the filters (a NULL filter matches everything).
SELECT count(*) AS n
FROM products p JOIN processed_documents d ON d.id = p.document_id
WHERE d.deleted_at IS NULL AND (%(type)s::text IS NULL OR p.product_type = %(type)s)
  AND (%(doc)s::uuid IS NULL OR p.document_id = %(doc)s);


-- name: listed_products
-- One page of them, most confident first.
SELECT p.id, p.document_id, d.filename, p.name, p.product_type, p.description, p.attributes,
       p.image_ids, p.chunk_ids, p.page_numbers, p.confidence, p.created_at
FROM products p JOIN processed_documents d ON d.id = p.document_id
WHERE d.deleted_at IS NULL AND (%(type)s::text IS NULL OR p.product_type = %(type)s)
  AND (%(doc)s::uuid IS NULL OR p.document_id = %(doc)s)
ORDER BY p.confidence DESC, p.created_at DESC, p.id
LIMIT %(limit)s OFFSET %(offset)s;


-- name: recent_uploads
-- The caller's uploads in the last minute, and the age in seconds of the oldest (when the
-- limit frees a place again).
SELECT count(*), extract(epoch FROM now() - min(created_at))
FROM processed_documents
WHERE owner_id = %(owner_id)s AND created_at > now() - interval '1 minute';


-- name: stored_bytes
-- What the caller's documents take in storage (their quota).
SELECT coalesce(sum(size_bytes), 0) FROM processed_documents
WHERE owner_id = %(owner_id)s AND deleted_at IS NULL;


-- name: documents_by_status
-- For /metrics: documents by status.
SELECT status, count(*) AS n FROM processed_documents GROUP BY status;


-- name: workers_alive
-- For /metrics: workers whose heartbeat is more recent than %(alive_seconds)s.
SELECT count(*) AS n FROM workers
WHERE stopped_at IS NULL
  AND last_heartbeat_at > now() - %(alive_seconds)s * interval '1 second';
