"""Scanned price lists set with dotted leaders: Tesseract leaves a leader's small, light dots
unread, and the name and its price, a column apart, would read as two cells of a table (two
lists side by side as one table of four columns: no price list). `ocr._leaders` reads the
dots from the gap's pixels and makes them one word of dots again, as a text layer has them."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.catalog import extract_products
from pdfqueue.engines.ocr import get_engine

CHEESES = [
    ("Young farmhouse cheddar", "11,95"),
    ("Mature farmhouse cheddar", "14,50"),
    ("Smoked goat cheese", "17,45"),
    ("Sheep cheese with thyme", "15,25"),
    ("Blue cheese from the valley", "16,95"),
    ("Soft washed rind cheese", "19,25"),
]
CHAPTERS = [
    ("Introduction to the survey", "3"),
    ("Methods and sampling", "11"),
    ("Results by region", "19"),
    ("Discussion of the findings", "27"),
    ("Recommendations", "35"),
    ("Appendix and tables", "41"),
]


def _list_pdf(entries: list[tuple[str, str]], dots: bool) -> bytes:
    """An A5 page with `entries` in two columns, each a name in Helvetica 8 pt, a leader of
    light grey dots (or none) and its amount flush right."""
    pdf = FPDF(unit="pt", format=(420, 595))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(28, 60, "Counter list, week 12")
    halves = ((28.0, 200.0), (220.0, 392.0))
    y = 100.0
    for row in range(0, len(entries), 2):
        y += 14
        for (left, end), (name, amount) in zip(halves, entries[row : row + 2], strict=False):
            pdf.set_font("Helvetica", "", 8)
            pdf.set_text_color(0)
            pdf.text(left, y, name)
            start = left + pdf.get_string_width(name) + 2
            stop = end - pdf.get_string_width(amount) - 2
            if dots:
                pdf.set_text_color(150)
                x = start + 2
                while x < stop - 2:
                    pdf.text(x, y, ".")
                    x += 4.2
            pdf.set_text_color(0)
            pdf.text(end - pdf.get_string_width(amount), y, amount)
    return bytes(pdf.output())


def _scanned(source: bytes, tmp_path: Path) -> Path:
    """The pages rasterised at 200 dpi with a scanner's noise, as JPEG, no text layer."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(source)
    page = document[0]
    width, height = page.get_size()
    bitmap = page.render(scale=200 / 72, grayscale=True).to_pil()
    noise = np.random.default_rng(5).normal(0, 8, size=bitmap.size[::-1])
    pixels = np.clip(np.asarray(bitmap, dtype=np.float64) + noise, 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(pixels, "L").save(buffer, "JPEG", quality=80)
    buffer.seek(0)
    out = FPDF(unit="pt", format=(width, height))
    out.add_page()
    out.image(buffer, x=0, y=0, w=width, h=height)
    path = tmp_path / "scan.pdf"
    out.output(str(path))
    return path


def _read(pdf: bytes) -> tuple[list[str], list[str]]:
    """(the OCR'd page's words, in order), and what the OCR reads of it as an image."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(pdf)[0]
    image = page.render(scale=200 / 72, grayscale=True).to_pil()
    noise = np.random.default_rng(5).normal(0, 8, size=image.size[::-1])
    pixels = np.clip(np.asarray(image, dtype=np.float64) + noise, 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(pixels, "L").save(buffer, "PNG")
    words = [w.text for w in get_engine("eng").recognize(buffer.getvalue()).words]
    return words, [w for w in words if w and set(w) == {"."} and len(w) >= 4]


def test_a_scanned_price_list_with_dotted_leaders_keeps_each_name_with_its_price(
    tmp_path: Path,
) -> None:
    """Two columns of leader lines: each name is read with its own price (the table of four
    columns it made without its dots offered nothing)."""
    products = extract_products(_scanned(_list_pdf(CHEESES, True), tmp_path), ocr=get_engine())
    found = {p.name: p.prices for p in products}
    assert len(products) == len(CHEESES)
    for name, amount in CHEESES:
        assert any(amount in prices[0] for n, prices in found.items() if name.split()[0] in n)


def test_the_dots_are_read_between_name_and_price_and_the_price_follows_them() -> None:
    words, leaders = _read(_list_pdf(CHEESES, True))
    assert len(leaders) == len(CHEESES)
    for name, amount in CHEESES:
        parts = name.split()
        at = next(
            i + len(parts) - 1 for i in range(len(words)) if words[i : i + len(parts)] == parts
        )
        assert set(words[at + 1]) == {"."}  # the leader right after the name ...
        # ... and its price after it in reading order (past a speck OCR read as a letter)
        assert amount in words[at + 2 : at + 4]


def test_no_dots_are_made_up_where_the_gap_is_blank() -> None:
    """The same list set without leaders (a table of names and amounts): nothing is added."""
    _, leaders = _read(_list_pdf(CHEESES, False))
    assert leaders == []


def test_a_scanned_table_of_contents_set_with_leaders_stays_without_products(
    tmp_path: Path,
) -> None:
    """A table of contents, its leaders read back as a text layer has them, ends in page
    numbers, not prices: still no products."""
    path = _scanned(_list_pdf(CHAPTERS, True), tmp_path)
    assert extract_products(path, ocr=get_engine()) == []
