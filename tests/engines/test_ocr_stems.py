"""A column of codes whose first glyph is a stem ("JB-2251" down a wholesaler's list): the
stems line up as a broken rule that Tesseract removes, and the codes lose their "J"."""

from __future__ import annotations

import io

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.ocr import OcrEngine

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
CODES = [
    "JB-4898", "JB-9916", "JB-3136", "JB-7061", "JB-8766", "JB-2073", "JB-1215", "JB-8687",
    "JB-5249", "JB-4839", "JB-4141", "JB-8704", "JB-9863", "JB-8804", "JB-7506", "JB-3467",
]  # fmt: skip
NAMES = [
    "Rice flour", "Maize meal", "Brown sugar", "Cooking oil", "Table salt", "Black pepper",
    "Green tea", "Instant coffee", "Orange soda", "Mango juice", "Still water", "Bar soap",
    "Dish liquid", "Toilet paper", "Matches", "Candles",
]  # fmt: skip


def _scan(codes: list[str], rule: bool = False) -> bytes:
    """A PNG of a price list's rows (code, name, price) in DejaVu Sans at 8 pt, rendered at
    200 dpi with a scanner's noise; `rule`: a dashed rule down the left of the codes."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.set_font("DejaVu", "", 8)
    for row, (code, name) in enumerate(zip(codes, NAMES, strict=True)):
        y = 120 + 16 * row
        pdf.text(32, y, code)
        pdf.text(80, y, name)
        pdf.text(300, y, f"{20 + 3 * row},500")
        if rule:
            pdf.set_line_width(0.8)
            pdf.line(29, y - 7, 29, y + 1)  # a dash of the rule a row
    page = pdfium.PdfDocument(bytes(pdf.output()))[0]
    pixels = np.asarray(page.render(scale=200 / 72, grayscale=True).to_pil(), dtype=np.float64)
    noisy = np.clip(pixels + np.random.default_rng(7).normal(0, 10, pixels.shape), 0, 255)
    buffer = io.BytesIO()
    Image.fromarray(noisy.astype(np.uint8), "L").save(buffer, "PNG")
    return buffer.getvalue()


def test_a_column_of_codes_keeps_its_first_stem(ocr_engine: OcrEngine) -> None:
    """Every "J" lost before; read again beside the rule Tesseract found, each code whole."""
    read = {w.text for w in ocr_engine.recognize(_scan(CODES)).words}
    assert set(CODES) <= read, sorted(read)


def test_a_dashed_rule_beside_codes_adds_no_glyph(ocr_engine: OcrEngine) -> None:
    """A real broken rule left of a column of codes: no letter or figure is put before them
    (Tesseract may glue a dash of it to a code as "|", as it did before)."""
    codes = [c[1:] for c in CODES]  # "B-4898"
    read = [w.text for w in ocr_engine.recognize(_scan(codes, rule=True)).words if "-" in w.text]
    assert not [t for t in read if t[0].isalnum() and t not in codes], read
    assert sum(t.lstrip("|") in codes for t in read) == len(codes), read


def test_a_closing_bracket_before_a_capital_is_a_j() -> None:
    """Tesseract reads a sans serif's "J" opening a code as "]" or ")"; a bracket closing
    nothing before a capital is the "J", a bracket elsewhere stays."""
    from pdfqueue.engines.ocr import OcrWord, _j_read

    def word(text: str) -> OcrWord:
        return OcrWord(text, 90.0, (0, 0, 10, 10), 10.0, 10.0)

    texts = ["]B-7878", ")B-8597", "(a)", "[B]", "]x", "B)", "3)A"]
    read = [w.text for w in _j_read([word(t) for t in texts])]
    assert read == ["JB-7878", "JB-8597", "(a)", "[B]", "]x", "B)", "3)A"]
