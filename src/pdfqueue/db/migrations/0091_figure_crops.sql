-- 0091: photos on scanned pages. A scan is one picture of the whole page, so a product shown
-- in it had no image of its own to link to. Chunking, which lays scanned pages out from their
-- OCR, cuts each figure it finds out of the page's render and stores it as an image of the
-- page with source 'figure_crop' (its box in PDF space like any other), so products and the
-- Markdown link the photo itself.

ALTER TABLE document_images DROP CONSTRAINT IF EXISTS document_images_source_check;
ALTER TABLE document_images ADD CONSTRAINT document_images_source_check
  CHECK (source IN ('embedded', 'page_render', 'figure_crop'));
