"""Products measured against truth: a regression in what comes out fails here.

The same scoring as bench/quality.py (which prints the full figures, scanned catalogs and the
old path included), on the cheap part: the generated catalogs with a text layer, the corpus
catalogs, the first pages of every corpus file labelled "no products", and one scanned catalog.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from pdfqueue.engines.catalog import Product, extract_products
from pdfqueue.engines.errors import PdfError

LAYOUTS = ("grid", "pricelist", "borderless", "datasheet", "brochure", "katalog", "liste")
LAYOUTS += ("guia", "teile")
# held out: written after the engine was tuned, before it was changed for them
LAYOUTS += ("cards", "menu", "spanning", "rightcode", "labelled", "spread", "sheet2col")
LAYOUTS += ("tiles", "variants", "runin", "eanlist")  # a second held-out batch
LAYOUTS += ("zigzag", "compare", "stickers")  # and a third
NON_CATALOGS = ("advice", "stats", "contents")  # catalog-ish, but they present no product
NON_CATALOGS += ("glossary", "budget", "timetable")
LAYOUTS += ("badges",)  # photos on white, codes on grey badges
NON_CATALOG_PAGES = (1, 12)  # the first pages of each: where a catalog shows what it is
SKIP = {"edge-resource-bomb-render.pdf"}  # inflates to 1.2 GB: opened only under limits


def predictions(products: list[Product]) -> list[dict[str, Any]]:
    return [
        {"name": p.name, "codes": p.codes, "prices": p.prices, "sizes": p.sizes, "pages": [p.page]}
        for p in products
    ]


def truth(pdf: Path) -> dict[str, Any]:
    return json.loads(pdf.with_suffix(".truth.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_generated_catalog_products(generated: Path, score: ModuleType, layout: str) -> None:
    pdf = generated / f"q-{layout}.pdf"
    result = score.score_products(truth(pdf)["products"], predictions(extract_products(pdf)))
    assert result.f1 >= 0.95, (result.missed, result.spurious)
    assert (result.price_accuracy or 1.0) >= 0.95
    assert (result.code_accuracy or 1.0) >= 0.95


def test_the_generator_holds_out_what_the_tests_score(generator: ModuleType) -> None:
    assert set(LAYOUTS) | set(NON_CATALOGS) == set(generator.LAYOUTS)
    batches = (generator.NON_CATALOGS, generator.NON_CATALOGS_2, generator.NON_CATALOGS_3)
    assert set(NON_CATALOGS) == {layout for batch in batches for layout in batch}


@pytest.mark.parametrize("layout", NON_CATALOGS)
def test_generated_documents_without_products_give_none(generated: Path, layout: str) -> None:
    """Numbered recommendations with bold titles, tables of figures by country and year, a
    table of contents with dotted leaders, a glossary, a budget table with its total, a
    timetable: catalog-ish structure, no product."""
    pdf = generated / f"q-{layout}.pdf"
    assert truth(pdf)["presents_products"] is False
    assert [p.name for p in extract_products(pdf)] == []


def test_corpus_catalog_products(corpus: Path, labels: dict, score: ModuleType) -> None:
    total = score.ProductScore()
    for name, truth_file in labels["catalogs_with_truth"].items():
        expected = json.loads((corpus / truth_file).read_text(encoding="utf-8"))["products"]
        total.add(score.score_products(expected, predictions(extract_products(corpus / name))))
    assert total.f1 >= 0.9, (total.missed[:5], total.spurious[:5])


def test_documents_without_products_give_none(corpus: Path, labels: dict) -> None:
    counts = {}
    for name in sorted(labels["no_products"]):
        if name in SKIP:
            continue
        try:
            counts[name] = len(extract_products(corpus / name, pages=NON_CATALOG_PAGES))
        except PdfError:
            continue  # unreadable: nothing to extract, and the pipeline says why
    with_some = {name: n for name, n in counts.items() if n}
    assert len(with_some) <= 0.1 * len(counts), with_some
    assert max(counts.values()) <= 3, with_some


@pytest.mark.parametrize(
    ("layout", "pages"),
    [("grid", (1, 1)), ("guia", (2, 4)), ("teile", (1, 1)), ("badges", (1, 2))],
)
def test_a_scanned_catalog(
    tmp_path: Path,
    score: ModuleType,
    generator: ModuleType,
    ocr: Any,
    layout: str,
    pages: tuple[int, int],
) -> None:
    written = generator.generate(tmp_path, scanned=True, layouts=(layout,))
    (pdf,) = [p for p in written if p.name.endswith("-scan.pdf")]
    found = extract_products(pdf, ocr=ocr, pages=pages)
    expected = [p for p in truth(pdf)["products"] if pages[0] <= p["page"] <= pages[1]]
    result = score.score_products(expected, predictions(found))
    assert result.f1 >= 0.85, (result.missed, result.spurious)


def test_products_on_a_scan_have_their_photo_cut_out_beside_them(
    tmp_path: Path, generator: ModuleType, ocr: Any
) -> None:
    """A scan is one picture of its page: each photo found on it is cut out of the render,
    and each product's own photo is the cut-out next to it, not the page."""
    import pypdfium2 as pdfium

    from pdfqueue.engines.catalog import images_next_to, products_from_layout
    from pdfqueue.engines.layout import analyse_document, crop_figures

    written = generator.generate(tmp_path, scanned=True, layouts=("grid",))
    (pdf,) = [p for p in written if p.name.endswith("-scan.pdf")]
    layout = analyse_document(pdf, ocr=ocr, pages=(1, 1))
    products = products_from_layout(layout)
    document = pdfium.PdfDocument(pdf)
    render = document[0].render(scale=150 / 72).to_pil()
    crops = crop_figures(layout.pages[0], render)
    assert len(crops) >= len(products) >= 8
    page_box = (0.0, 0.0, layout.pages[0].width, layout.pages[0].height)
    stored = [("page", page_box), *((f"crop-{c.image_index}", c.bbox) for c in crops)]
    owners = [images_next_to(p, stored) for p in products]
    assert all(len(ids) == 1 and ids[0].startswith("crop-") for ids in owners), owners
    assert len({ids[0] for ids in owners}) == len(products)
    for crop in crops:  # a cut-out is the box's part of the render, as a JPEG
        assert crop.data[:2] == b"\xff\xd8"
        width, height = crop.bbox[2] - crop.bbox[0], crop.bbox[3] - crop.bbox[1]
        assert abs(crop.width / crop.height - width / height) <= 0.05 * width / height


def test_a_list_running_on_beside_a_shorter_one_keeps_its_lines(generated: Path) -> None:
    """Two bullet lists side by side align like a borderless table's columns; the longer
    one's further lines, at the same spacing, are rows of their own, not one merged cell."""
    from pdfqueue.engines.layout import analyse_document

    for page in analyse_document(generated / "q-teile.pdf").pages:
        cells = [c for b in page.blocks if b.kind == "table" for row in b.rows or [] for c in row]
        lines = [line for b in page.blocks if b.kind != "table" for line in b.lines]
        entries = [t for t in cells + lines if "→" in t]
        assert len(entries) >= 4 and all(t.count("→") == 1 for t in entries), entries


def test_a_guide_reads_each_property_whole(generated: Path) -> None:
    """A guide's bullets are glyphs set apart and its values justified: each property is one
    list item, from its bullet to the end of its value."""
    from pdfqueue.engines.layout import analyse_document

    page = analyse_document(generated / "q-guia.pdf", pages=(2, 2)).pages[0]
    items = [b for b in page.blocks if b.kind == "list_item" and b.text.startswith("●")]
    assert len(items) == 6
    keys = [b.text.split(":")[0][2:] for b in items]
    assert keys == ["Origen", "Colores", "Características", "Origin", "Colours", "Features"]
    assert all(b.text.rstrip().endswith(".") for b in items)  # to the end of the value
    assert sum(len(b.lines) >= 2 for b in items) >= 3  # wrapped (justified) values joined


def test_a_scanned_price_table_keeps_its_rows_past_a_speck_before_a_price(
    tmp_path: Path, score: ModuleType, ocr: Any
) -> None:
    """Blind batch 3's fastener list, scanned: OCR reads a speck before one price ("i 57.03");
    the rows under it stay in the table (a sale price's cut off its column needs a value)."""
    import generate_blind

    written = generate_blind.generate(tmp_path, scanned=True, layouts=("fasteners",))
    (pdf,) = [p for p in written if p.name.endswith("-scan.pdf")]
    found = extract_products(pdf, ocr=ocr, pages=(2, 2), render_dpi=200)
    expected = [p for p in truth(pdf)["products"] if p["page"] == 2]
    result = score.score_products(expected, predictions(found))
    assert result.recall >= 0.9, (result.missed, result.spurious)


@pytest.mark.parametrize(("batch", "layout", "page"), [("13", "bakery", 1), ("22", "beton", 2)])
def test_a_scanned_table_ends_at_a_line_of_one_segment_across_two_columns(
    tmp_path: Path, score: ModuleType, ocr: Any, batch: str, layout: str, page: int
) -> None:
    """Blind batches 13 and 22, scanned: under a line of column titles, a line of one segment
    running across two columns under one title (a group's heading "ROLLS AND BAPS" under an
    order form's fields, a pallet note under a transposed table) is no row of the table whose
    values a scan joined under one title (`layout._bridged_under_a_title`): the table ends
    there, as it did before that rule, and the page keeps its products (13 -> 20 of 22 and
    7 -> 15 of 17 over the two documents when that rule took such lines as rows)."""
    from blind_batches import write_batch

    written = write_batch(tmp_path, batch, scanned=True, layouts=(layout,))
    (pdf,) = [p for p in written if p.name.endswith("-scan.pdf")]
    found = extract_products(pdf, ocr=ocr, pages=(page, page), render_dpi=200)
    expected = [p for p in truth(pdf)["products"] if p["page"] == page]
    result = score.score_products(expected, predictions(found))
    assert result.recall >= 0.8, (result.missed, result.spurious)
