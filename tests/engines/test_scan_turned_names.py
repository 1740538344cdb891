"""Scanned pages whose items are named by text set turned along them, light on a dark upright
panel (a ski drawn upright, its name printed along it in white): Tesseract reads dark text
that runs across the page, and read nothing of such names. `OcrEngine` reads an upright
badge turned both ways and keeps the surer reading as turned words; the scan's layout keeps
them as the text layer keeps its turned phrases, and each names the details under it."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.catalog import extract_products
from pdfqueue.engines.ocr import OcrEngine, get_engine

SKIS = [
    ("Vertex Ridge 78", "SK-20438", "139 990 Ft", "156 cm · 163 cm"),
    ("Nordkamm Allrounder 80", "SK-28511", "159 990 Ft", "152 cm · 160 cm"),
    ("Carve Pro Slalom", "SK-27370", "249 990 Ft", "155 cm · 160 cm"),
    ("Alpenfux Comfort 72", "SK-24353", "109 990 Ft", "146 cm · 153 cm"),
]


def _skis_pdf(named: bool) -> bytes:
    """An A4 landscape page of four skis drawn upright, dark grey, each with its name printed
    white along it reading upward (or, `named` False, no name: bare bars), and under each its
    lengths, its article number and its price."""
    pdf = FPDF(unit="pt", format="A4", orientation="L")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(30, 40, "Snow Sport ski catalogue 2026")
    slot = 780 / len(SKIS)
    for index, (name, code, price, lengths) in enumerate(SKIS):
        centre = 30 + slot * (index + 0.5)
        pdf.set_fill_color(60 + 25 * index)
        pdf.rect(centre - 17, 74, 34, 340, style="F", round_corners=True, corner_radius=14)
        if named:
            pdf.set_text_color(255)
            pdf.set_font("Helvetica", "B", 11)
            with pdf.rotation(90, centre + 4, 388):
                pdf.text(centre + 4, 388, name)
        pdf.set_text_color(0)
        for line, (style, size, text) in enumerate(
            (("", 7, lengths.replace("·", "-")), ("", 7, f"Item: {code}"), ("B", 12, price))
        ):
            pdf.set_font("Helvetica", style, size)
            pdf.text(centre - pdf.get_string_width(text) / 2, 440 + 14 * line, text)
    return bytes(pdf.output())


def _scan(source: bytes) -> Image.Image:
    """The page rasterised at 200 dpi with a scanner's noise, no text layer."""
    import pypdfium2 as pdfium

    bitmap = pdfium.PdfDocument(source)[0].render(scale=200 / 72, grayscale=True).to_pil()
    noise = np.random.default_rng(5).normal(0, 6, size=bitmap.size[::-1])
    pixels = np.clip(np.asarray(bitmap, dtype=np.float64) + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "L")


def _scanned_pdf(source: bytes, tmp_path: Path) -> Path:
    image = _scan(source)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    buffer.seek(0)
    out = FPDF(unit="pt", format="A4", orientation="L")
    out.add_page()
    out.image(buffer, x=0, y=0, w=out.w, h=out.h)
    path = tmp_path / "scan.pdf"
    out.output(str(path))
    return path


def test_names_turned_along_dark_upright_panels_are_read_turned(ocr_engine: OcrEngine) -> None:
    """Each ski's name, white along it reading upward, comes out as words turned 90 degrees,
    in their places on the ski; the page's upright text reads as before."""
    buffer = io.BytesIO()
    _scan(_skis_pdf(True)).save(buffer, "PNG")
    words = ocr_engine.recognize(buffer.getvalue()).words
    turned = {w.text for w in words if w.turned == 90}
    assert {"Vertex", "Ridge", "Nordkamm", "Allrounder", "Alpenfux", "Comfort"} <= turned, words
    for word in words:
        if word.turned:
            assert word.bbox[3] - word.bbox[1] > word.bbox[2] - word.bbox[0] or len(word.text) < 3
    upright = {w.text for w in words if not w.turned}
    assert {"Snow", "SK-20438", "SK-24353", "SK-27370"} <= upright, upright


def test_bare_dark_upright_panels_give_no_turned_words(ocr_engine: OcrEngine) -> None:
    """The control: the same bars with nothing printed on them read as no words at all."""
    buffer = io.BytesIO()
    _scan(_skis_pdf(False)).save(buffer, "PNG")
    words = ocr_engine.recognize(buffer.getvalue()).words
    assert not [w for w in words if getattr(w, "turned", 0)], words


@pytest.mark.parametrize("named", [True, False])
def test_a_scanned_ski_catalog_is_named_by_the_names_along_the_skis(
    tmp_path: Path, named: bool
) -> None:
    """Scanned, each ski is one product named by the name along it, with its article number
    and price from the lines under it (without the names read: none by those names)."""
    products = extract_products(_scanned_pdf(_skis_pdf(named), tmp_path), ocr=get_engine())
    by_name = {p.name: p for p in products}
    for name, code, price, _ in SKIS:
        if not named:
            assert name not in by_name
            continue
        assert name in by_name, [p.name for p in products]
        assert code in by_name[name].codes and price in by_name[name].prices
