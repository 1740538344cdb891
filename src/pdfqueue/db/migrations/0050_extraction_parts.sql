-- 0050: extraction runs as several stage jobs, one per range of pages (`part`), so the workers
-- of one machine share a long PDF instead of one of them reading it while the others wait.
--
-- stage_queue's backstop against a transition running twice becomes UNIQUE (document_id,
-- stage, part): chunking and product creation stay one job (part 0); extraction has parts
-- 0..n-1, enqueued together when the document is submitted.
--
-- document_images.needs_ocr records the extraction engine's verdict per placement, so the
-- extraction fan-in (the last part to finish) can pick one OCR row per distinct image of the
-- whole document with one query, whichever part found it.

ALTER TABLE stage_queue ADD COLUMN part int NOT NULL DEFAULT 0 CHECK (part >= 0);
ALTER TABLE stage_queue DROP CONSTRAINT stage_queue_document_id_stage_key;
ALTER TABLE stage_queue ADD CONSTRAINT stage_queue_document_stage_part_key
  UNIQUE (document_id, stage, part);

ALTER TABLE document_images ADD COLUMN needs_ocr boolean NOT NULL DEFAULT false;
