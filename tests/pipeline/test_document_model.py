"""The document model through the pipeline: every completed document has its blocks (in
document_blocks), its Markdown, chunks that follow its structure, and products from structure
only where its pages present them."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import psycopg
import pytest
from PIL import Image

from pdfqueue.pipeline.blocks import markdown_key
from pdfqueue.storage import BlobStore

QUALITY = Path(__file__).resolve().parents[1] / "quality"


def _quality(name: str) -> ModuleType:
    """tests/quality's scoring or generator, shared with bench/quality.py (loaded by path)."""
    spec = importlib.util.spec_from_file_location(
        f"pipeline_quality_{name}", QUALITY / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _process(pipeline: Any, submit: Any, path: Path) -> Any:
    document_id = submit(path)
    pipeline.drive()
    assert pipeline.document(document_id)["status"] in ("completed", "completed_with_errors")
    return document_id


def _blocks(conn: psycopg.Connection, document_id: Any) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        return cur.execute(
            "SELECT page_number, block_index, kind, bbox, text, cells, style"
            " FROM document_blocks WHERE document_id = %s ORDER BY page_number, block_index",
            (document_id,),
        ).fetchall()


def _pages(conn: psycopg.Connection, document_id: Any) -> list[tuple[int, dict]]:
    return conn.execute(
        "SELECT page_number, layout FROM document_pages WHERE document_id = %s"
        " ORDER BY page_number",
        (document_id,),
    ).fetchall()


def _products(conn: psycopg.Connection, document_id: Any) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        return cur.execute(
            "SELECT name, product_type, page_numbers, attributes, image_ids, confidence"
            " FROM products WHERE document_id = %s",
            (document_id,),
        ).fetchall()


def test_a_text_pdf_has_blocks_markdown_and_structured_chunks(
    pipeline: Any, submit: Any, corpus: Path, store: BlobStore
) -> None:
    document_id = _process(pipeline, submit, corpus / "text-multi-column-paper-13p.pdf")
    conn = pipeline.conn
    pages = _pages(conn, document_id)
    assert [n for n, _ in pages] == list(range(1, 14))
    assert all(layout["source"] == "text" and layout["width"] > 0 for _, layout in pages)
    found = _blocks(conn, document_id)
    assert {b["page_number"] for b in found} == set(range(1, 14))
    assert {"heading", "paragraph", "table"} <= {b["kind"] for b in found}
    tables = [b for b in found if b["kind"] == "table"]
    assert all(len(t["cells"]) >= 2 and len(t["cells"][0]) >= 2 for t in tables)
    for block in found:
        left, top, right, bottom = block["bbox"]
        assert 0 <= left < right and 0 <= top < bottom
    page_text = " ".join(
        conn.execute(
            "SELECT string_agg(text, ' ') FROM document_pages WHERE document_id = %s",
            (document_id,),
        )
        .fetchone()[0]
        .split()
    )
    block_words = " ".join(b["text"] for b in found).split()
    # the blocks hold the page text (reading order and joins may differ)
    assert len(set(block_words) & set(page_text.split())) >= 0.9 * len(set(page_text.split()))

    markdown = store.read_bytes(markdown_key(document_id)).decode()
    headings = [b["text"] for b in found if b["kind"] == "heading"]
    assert any(line.startswith("#") and headings[0] in line for line in markdown.splitlines())
    assert "<!-- page 13 -->" in markdown
    header_row = "| " + " | ".join(c.strip() for c in tables[0]["cells"][0]) + " |"
    assert any(line.split() == header_row.split() for line in markdown.splitlines()), header_row

    chunks = conn.execute(
        "SELECT heading_path, boxes, kind, page_numbers FROM document_chunks"
        " WHERE document_id = %s ORDER BY chunk_index",
        (document_id,),
    ).fetchall()
    assert chunks and all(kind in ("text", "table") for _, _, kind, _ in chunks)
    assert all(boxes and {p for p, _ in boxes} == set(pages) for _, boxes, _, pages in chunks)
    assert any(path for path, _, _, _ in chunks)  # chunks know the headings they sit under
    # a document of prose presents no products
    assert _products(conn, document_id) == []


def test_a_novel_yields_no_products(
    pipeline: Any, submit: Any, corpus: Path, tmp_path: Path
) -> None:
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(corpus / "text-public-domain-stories-55p.pdf")
    first = pdfium.PdfDocument.new()
    first.import_pages(source, list(range(8)))
    path = tmp_path / "stories-8p.pdf"
    first.save(path)
    document_id = _process(pipeline, submit, path)
    assert _products(pipeline.conn, document_id) == []
    assert len(_blocks(pipeline.conn, document_id)) >= 8


@pytest.mark.parametrize("name", ["gen-catalog-parts-3p.pdf", "gen-catalog-grocery-9p.pdf"])
def test_a_generated_catalog_gives_its_products_from_structure(
    pipeline: Any, submit: Any, corpus: Path, name: str
) -> None:
    path = corpus / name
    truth = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))["products"]
    document_id = _process(pipeline, submit, path)
    conn = pipeline.conn
    products = _products(conn, document_id)
    predictions = [
        {
            "name": p["name"],
            "codes": p["attributes"]["identity"]["product_codes"],
            "prices": p["attributes"]["commercial"]["prices"],
            "sizes": p["attributes"]["physical"]["dimensions"],
            "pages": p["page_numbers"],
        }
        for p in products
    ]
    score = _quality("scoring").score_products(truth, predictions)
    assert score.f1 >= 0.95, (score.missed, score.spurious)
    assert (score.code_accuracy or 1.0) >= 0.95 and (score.price_accuracy or 1.0) >= 0.95
    images = dict(
        conn.execute(
            "SELECT id, page_number FROM document_images WHERE document_id = %s", (document_id,)
        ).fetchall()
    )
    for product in products:
        evidence = product["attributes"]["evidence"]
        assert product["page_numbers"] == [evidence["page"]]
        assert len(evidence["bbox"]) == 4 and evidence["blocks"]
        assert 0 < product["confidence"] <= 1
        # its images are drawn on its page
        assert all(images[i] == evidence["page"] for i in product["image_ids"])


def test_a_generated_grid_ties_each_product_to_its_own_photo(
    pipeline: Any, submit: Any, corpus: Path
) -> None:
    document_id = _process(pipeline, submit, corpus / "gen-catalog-product-grid-2p.pdf")
    products = _products(pipeline.conn, document_id)
    with_photo = [p for p in products if p["image_ids"]]
    assert len(with_photo) >= 0.9 * len(products) > 0
    # one photo each, not every photo of the page
    assert all(len(p["image_ids"]) == 1 for p in with_photo)
    assert len({p["image_ids"][0] for p in with_photo}) == len(with_photo)


def test_a_scanned_pdf_gets_its_blocks_from_ocr(
    pipeline: Any, submit: Any, corpus: Path, store: BlobStore
) -> None:
    document_id = _process(pipeline, submit, corpus / "gen-scan-office-2p.pdf")
    conn = pipeline.conn
    pages = _pages(conn, document_id)
    assert [layout["source"] for _, layout in pages] == ["ocr", "ocr"]
    found = _blocks(conn, document_id)
    ocr_text = " ".join(
        t
        for (t,) in conn.execute(
            "SELECT ocr_text FROM document_images WHERE document_id = %s AND source ="
            " 'page_render'",
            (document_id,),
        )
    ).split()
    block_words = " ".join(b["text"] for b in found).split()
    assert len(block_words) >= 0.8 * len(ocr_text) > 0
    markdown = store.read_bytes(markdown_key(document_id)).decode()
    assert "<!-- page 2 -->" in markdown and len(markdown.split()) >= 0.8 * len(ocr_text)
    chunks = conn.execute(
        "SELECT count(*) FROM document_chunks WHERE document_id = %s AND kind IN ('text','table')",
        (document_id,),
    ).fetchone()[0]
    assert chunks >= 1


def _predictions(products: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "name": p["name"],
            "codes": p["attributes"]["identity"]["product_codes"],
            "prices": p["attributes"]["commercial"]["prices"],
            "pages": p["page_numbers"],
        }
        for p in products
    ]


def test_a_scanned_catalog_gives_its_products_and_their_photos_from_the_ocr_layout(
    pipeline: Any, submit: Any, tmp_path: Path, store: BlobStore
) -> None:
    """A scan is one picture of its page: each photo found on it is cut out and stored as an
    image of its own, which its product (and the Markdown) links."""
    import pypdfium2 as pdfium

    written = _quality("generate").generate(tmp_path, scanned=True, layouts=("grid",))
    (scan,) = [p for p in written if p.name.endswith("-scan.pdf")]
    first = pdfium.PdfDocument.new()
    first.import_pages(pdfium.PdfDocument(scan), [0])
    path = tmp_path / "grid-scan-page-1.pdf"
    first.save(path)
    truth = json.loads(scan.with_suffix(".truth.json").read_text(encoding="utf-8"))["products"]
    expected = [p for p in truth if p["page"] == 1]
    document_id = _process(pipeline, submit, path)
    conn = pipeline.conn
    assert [layout["source"] for _, layout in _pages(conn, document_id)] == ["ocr"]
    products = _products(conn, document_id)
    score = _quality("scoring").score_products(expected, _predictions(products))
    assert score.f1 >= 0.85, (score.missed, score.spurious)
    rows = conn.execute(
        "SELECT id, page_number, bbox, storage_path FROM document_images"
        " WHERE document_id = %s AND source = 'figure_crop'",
        (document_id,),
    ).fetchall()
    crops = {str(image_id): (page, bbox) for image_id, page, bbox, _ in rows}
    assert len(crops) >= len(expected)  # one per photo at least
    for _, _, bbox, key in rows:  # the stored picture is the box's part of the page
        picture = Image.open(io.BytesIO(store.read_bytes(key)))
        ratio = (bbox["right"] - bbox["left"]) / (bbox["top"] - bbox["bottom"])
        assert abs(picture.width / picture.height - ratio) <= 0.05 * ratio
    linked = [[str(i) for i in p["image_ids"]] for p in products if p["image_ids"]]
    assert len(linked) >= 0.9 * len(products) > 0
    # each product its own photo, cut out beside it: not the page's render
    assert all(len(ids) == 1 and ids[0] in crops for ids in linked)
    assert len({ids[0] for ids in linked}) == len(linked)
    for product in products:
        if not product["image_ids"]:
            continue
        page, box = crops[str(product["image_ids"][0])]
        left, top, right, bottom = product["attributes"]["evidence"]["bbox"]  # top-left origin
        height = _pages(conn, document_id)[0][1]["height"]
        assert page == product["page_numbers"][0]
        assert left - 1 <= box["left"] and box["right"] <= right + 1
        assert height - bottom - 1 <= box["bottom"] and box["top"] <= height - top + 1
    markdown = store.read_bytes(markdown_key(document_id)).decode()
    assert all(f"/images/{image_id})" in markdown for image_id in crops)


def test_a_scan_with_a_download_stamp_is_read_as_a_scan(
    pipeline: Any, submit: Any, tmp_path: Path
) -> None:
    """A scanned page with a line of text stamped on it (a portal's download notice) has a
    text layer, but only the stamp: the pipeline renders and OCRs it as a scan, and its
    products come from the OCR layout (before, the stamp was the page's only text)."""
    import pypdfium2 as pdfium
    from fpdf import FPDF

    written = _quality("generate").generate(tmp_path, scanned=True, layouts=("grid",))
    (scan,) = [p for p in written if p.name.endswith("-scan.pdf")]
    picture = tmp_path / "page-1.png"
    pdfium.PdfDocument(scan)[0].render(scale=200 / 72, grayscale=True).to_pil().save(picture)
    stamped = FPDF(unit="pt", format=(595.28, 841.89))
    stamped.set_auto_page_break(False)
    stamped.add_page()
    stamped.image(str(picture), x=0, y=0, w=595.28, h=841.89)
    stamped.set_font("Helvetica", size=7)
    stamped.set_xy(20, 825)
    stamped.cell(0, 8, "Downloaded from www.example.org on 7 December 2026 - personal use only")
    path = tmp_path / "grid-stamped-page-1.pdf"
    stamped.output(str(path))
    truth = json.loads(scan.with_suffix(".truth.json").read_text(encoding="utf-8"))["products"]
    expected = [p for p in truth if p["page"] == 1]
    document_id = _process(pipeline, submit, path)
    conn = pipeline.conn
    assert [layout["source"] for _, layout in _pages(conn, document_id)] == ["ocr"]
    products = _products(conn, document_id)
    score = _quality("scoring").score_products(expected, _predictions(products))
    assert score.f1 >= 0.85, (score.missed, score.spurious)


def test_a_page_scanned_sideways_is_laid_out_upright(
    pipeline: Any, submit: Any, corpus: Path
) -> None:
    document_id = _process(pipeline, submit, corpus / "scan-rotated-90.pdf")
    conn = pipeline.conn
    (number, layout), *_ = _pages(conn, document_id)
    assert layout["source"] == "ocr"
    found = _blocks(conn, document_id)
    ocr = conn.execute(
        "SELECT ocr_text FROM document_images WHERE document_id = %s AND page_number = %s",
        (document_id, number),
    ).fetchone()[0]
    # the blocks read what OCR read, upright (OCR turns the render before reading)
    words = [w for b in found if b["page_number"] == number for w in b["text"].split()]
    assert len(set(words) & set(ocr.split())) >= 0.8 * len(set(ocr.split())) > 10


def test_running_headers_are_found_across_extraction_parts(
    pipeline: Any, submit: Any, corpus: Path, store: BlobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each extraction part sees a few pages; chunking marks running headers and footers over
    the whole document, as the layout of the whole file in one piece does."""
    from collections import Counter

    from pdfqueue.config import get_settings
    from pdfqueue.engines.layout import analyse_document

    monkeypatch.setenv("PDFQUEUE_EXTRACTION_PAGES_PER_JOB", "3")
    get_settings.cache_clear()
    path = corpus / "text-federal-register-15p.pdf"
    document_id = _process(pipeline, submit, path)
    conn = pipeline.conn
    parts = conn.execute(
        "SELECT count(*) FROM stage_queue WHERE document_id = %s AND stage = 'extraction'",
        (document_id,),
    ).fetchone()[0]
    assert parts == 5
    whole = analyse_document(path)
    expected = Counter(
        (page.page_number, block.kind)
        for page in whole.pages
        for block in page.blocks
        if block.kind in ("header", "footer")
    )
    found = Counter(
        (b["page_number"], b["kind"])
        for b in _blocks(conn, document_id)
        if b["kind"] in ("header", "footer")
    )
    assert found == expected and sum(found.values()) > 0
    # running headers and footers say nothing about a page: the Markdown leaves them out
    markdown = store.read_bytes(markdown_key(document_id)).decode()
    running = [
        b.text for p in whole.pages for b in p.blocks if b.kind == "header" and len(b.text) > 20
    ]
    assert running and all(text not in markdown for text in running)
