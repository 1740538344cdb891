"""Stage 2 with the real OCR engine: scanned pages are read, identical images read once."""

from __future__ import annotations


def test_scanned_page_is_read_and_its_text_chunked(pipeline, submit, corpus):
    doc_id = submit(corpus / "scan-book-page-huckleberry-finn.pdf")
    pipeline.drive(queues=("stage_queue", "image_processing_queue"))
    conn = pipeline.conn
    images = conn.execute(
        "SELECT source, ocr_text, ocr_confidence FROM document_images WHERE document_id = %s",
        (doc_id,),
    ).fetchall()
    ocr = [image for image in images if image[0] != "figure_crop"]
    assert len(ocr) == 1 and ocr[0][0] == "page_render"
    # the illustration, cut out of the render when the page was laid out, is not read again
    crops = [image for image in images if image[0] == "figure_crop"]
    assert crops and all(text is None for _, text, _ in crops)
    assert len(ocr[0][1]) > 200 and ocr[0][2] > 50
    result = conn.execute(
        "SELECT status, result FROM image_processing_queue WHERE document_id = %s", (doc_id,)
    ).fetchone()
    assert result[0] == "completed" and result[1]["text"] == ocr[0][1]
    assert result[1]["engine"] == "tesseract" and result[1]["duration_seconds"] > 0
    chunks = " ".join(
        r[0]
        for r in conn.execute(
            "SELECT content FROM document_chunks WHERE document_id = %s ORDER BY chunk_index",
            (doc_id,),
        )
    )
    # the OCR text is what got chunked: its words, in order (the page's layout is made of
    # them, so its line breaks become the blocks' own; an illustration's caption may come
    # with the illustration, before the text beside it; the single marks OCR read in the
    # illustration's hatching, "R S :", are no text the layout keeps)
    words = iter(chunks.split())
    read = [w for w in ocr[0][1].split()[:40] if sum(c.isalpha() for c in w) >= 2]
    assert len(read) >= 30 and all(word in words for word in read)
    assert float(pipeline.document(doc_id)["progress"]) == 60.0


def test_identical_images_are_read_once_and_all_placements_get_the_text(pipeline, submit, corpus):
    doc_id = submit(corpus / "gen-catalog-grocery-9p.pdf")  # 173 placements, 6 images
    pipeline.drive(queues=("stage_queue",))
    conn = pipeline.conn
    placements, unique = conn.execute(
        "SELECT count(*), count(DISTINCT content_sha256) FROM document_images"
        " WHERE document_id = %s",
        (doc_id,),
    ).fetchone()
    assert placements > unique  # the file repeats some images
    queued = conn.execute(
        "SELECT count(*) FROM image_processing_queue WHERE document_id = %s", (doc_id,)
    ).fetchone()[0]
    assert queued == unique
    pipeline.drive(queues=("image_processing_queue",))
    unread = conn.execute(
        "SELECT count(*) FROM document_images WHERE document_id = %s AND ocr_result IS NULL",
        (doc_id,),
    ).fetchone()[0]
    assert unread == 0
    # Placements of the same image carry the same text.
    assert conn.execute(
        "SELECT count(*) FROM (SELECT content_sha256 FROM document_images WHERE document_id = %s"
        " GROUP BY 1 HAVING count(DISTINCT coalesce(ocr_text, '')) > 1) d",
        (doc_id,),
    ).fetchone() == (0,)
