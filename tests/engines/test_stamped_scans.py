"""A scan with a few words stamped on it (a portal's download notice, a page number) is read as
a scan: the stamp is a text layer, but not the page's text, so the page is OCR'd whole."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from pdfqueue.engines.catalog import extract_products
from pdfqueue.engines.layout import analyse_document
from pdfqueue.engines.ocr import get_engine
from pdfqueue.engines.pdf import iter_pages

A4 = (595.28, 841.89)
STAMP = "Downloaded from www.example.org on 7 December 2026 - for personal use only"
ROWS = [
    ("HX-1021", "Steel door hinge", "4.50"),
    ("HX-1022", "Brass door hinge", "6.20"),
    ("HX-1040", "Cabinet handle oak", "8.90"),
    ("HX-1041", "Cabinet handle walnut", "9.40"),
    ("HX-1077", "Sliding door roller", "12.75"),
    ("HX-1078", "Heavy sliding door roller", "18.30"),
]


def _scan_image(tmp_path: Path) -> Path:
    """A price list scanned at 200 dpi: a title, a header and six rows, light noise."""
    image = Image.new("L", (1654, 2339), 250)
    draw = ImageDraw.Draw(image)
    font, bold = ImageFont.load_default(size=34), ImageFont.load_default(size=56)
    draw.text((150, 180), "Door and cabinet hardware", fill=10, font=bold)
    for x, label in ((150, "Code"), (450, "Description"), (1250, "Price EUR")):
        draw.text((x, 360), label, fill=10, font=font)
    draw.line((150, 410, 1500, 410), fill=30, width=3)
    for i, (code, name, price) in enumerate(ROWS):
        y = 450 + i * 80
        draw.text((150, y), code, fill=10, font=font)
        draw.text((450, y), name, fill=10, font=font)
        draw.text((1250, y), price, fill=10, font=font)
    noise = np.random.default_rng(7).normal(0, 4, (2339, 1654))
    pixels = np.clip(np.asarray(image, dtype=np.float64) + noise, 0, 255).astype(np.uint8)
    path = tmp_path / "scan.png"
    Image.fromarray(pixels, "L").save(path)
    return path


def _pdf(
    tmp_path: Path, name: str, *, image_box: tuple[float, ...], text: str, text_y: float = 815
) -> Path:
    pdf = FPDF(unit="pt", format=A4)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    x, y, w, h = image_box
    pdf.image(str(_scan_image(tmp_path)), x=x, y=y, w=w, h=h)
    pdf.set_font("Helvetica", size=7)
    pdf.set_xy(20, text_y)
    pdf.multi_cell(555, 9, text)
    path = tmp_path / name
    pdf.output(str(path))
    return path


def _stamped(tmp_path: Path) -> Path:
    return _pdf(tmp_path, "stamped.pdf", image_box=(0, 0, *A4), text=STAMP)


def test_a_stamped_scan_is_rendered_for_ocr_as_a_scan_is(tmp_path: Path) -> None:
    (page,) = iter_pages(_stamped(tmp_path))
    assert not page.has_text_layer
    assert [(i.source, i.needs_ocr) for i in page.images] == [("page_render", True)]


def test_a_page_of_text_over_a_full_page_picture_keeps_its_text_layer(tmp_path: Path) -> None:
    """Control: a designed page whose text runs over a background picture has more text than
    any stamp; its text layer is its text."""
    prose = " ".join(["Our hardware range is made to last and fitted in minutes."] * 6)
    path = _pdf(tmp_path, "designed.pdf", image_box=(0, 0, *A4), text=prose)
    (page,) = iter_pages(path)
    assert page.has_text_layer
    assert "page_render" not in {i.source for i in page.images}


def test_a_short_price_list_over_a_full_page_picture_keeps_its_text_layer(tmp_path: Path) -> None:
    """Control: a few short lines over a background picture (under the stamp's letters, but
    more lines than a stamp) are a designed page's content, not a stamp."""
    lines = "\n".join(f"A-{100 + n}  Garden chair {n}  {19 + n},95" for n in range(5))
    path = _pdf(tmp_path, "short-list.pdf", image_box=(0, 0, *A4), text=lines, text_y=300)
    (page,) = iter_pages(path)
    assert page.has_text_layer
    (layout,) = analyse_document(path).pages
    assert layout.source == "text"


def test_a_few_words_beside_a_smaller_picture_stay_a_text_page(tmp_path: Path) -> None:
    """Control: a picture over half the page with a caption is a text page with a figure."""
    path = _pdf(tmp_path, "photo.pdf", image_box=(60, 60, 475, 600), text=STAMP)
    (page,) = iter_pages(path)
    assert page.has_text_layer
    assert [i.source for i in page.images] == ["embedded"]
    (layout,) = analyse_document(path).pages
    assert layout.source == "text"


@pytest.fixture(scope="module")
def ocr():  # type: ignore[no-untyped-def]
    return get_engine("eng")


def test_a_stamped_scan_gives_the_products_of_its_scan(tmp_path: Path, ocr) -> None:  # type: ignore[no-untyped-def]
    """The stamped page is laid out from its OCR (the scan's rows are read) and gives the same
    products as the scan without the stamp; before, its stamp was its only text."""
    stamped = _stamped(tmp_path)
    (layout,) = analyse_document(stamped, ocr=ocr).pages
    assert layout.source == "ocr"
    assert "Sliding door roller" in " ".join(b.text for b in layout.blocks)
    bare = _pdf(tmp_path, "bare.pdf", image_box=(0, 0, *A4), text="")
    from_stamped = sorted(p.name for p in extract_products(stamped, ocr=ocr))
    from_bare = sorted(p.name for p in extract_products(bare, ocr=ocr))
    assert len(from_bare) >= 5
    assert from_stamped == from_bare
