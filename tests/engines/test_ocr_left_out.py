"""Text Tesseract's layout left out is read (`OcrEngine._read_left_out`).

On a typewritten mail-order list scanned, Tesseract takes the block under a row of "=====" (the
list's column heads and its first section heading) for a picture and reads nothing of it; the
list's first codes went with it. Lines of ink the size of the page's words that no word covers
are cut out and read on their own."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw

from pdfqueue.engines.ocr import OcrEngine

ROWS = [
    ("GRS 4630", "THE DREAMS COLLECTIVE - Train Sessions Fire", "CD", "EUR 18,37"),
    ("MMA 8682", "YINTHE PONS-VAN DER STAEL - Night Street", '12"', "EUR 27,14"),
    ("JEK 1500", "TIJN VAN DEN HEUVEL - Sun Soul Blue", "LP", "EUR 43,45"),
    ("HSS 8277", "THE LIVE ORCHESTRA - Moon River Train", '7"', "EUR 36,44"),
    ("RBE 167", "THE TRAIN ORCHESTRA - Train Sessions", "LP+DL", "EUR 29,81"),
    ("MPC 820", "JAYDEN VAN DIJK - Live Fire", "CD", "EUR 15,49"),
    ("GDP 876", "THE DREAMS ORCHESTRA - Rain Fire", "2LP", "EUR 44,12"),
]
COLUMNS = (40, 105, 386, 456)


def _scan(pdf: object) -> bytes:
    """The page rendered at 300 dpi with a scanner's noise, as a JPEG."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(bytes(pdf.output()))[0]  # type: ignore[attr-defined]
    pixels = np.asarray(page.render(scale=300 / 72, grayscale=True).to_pil(), dtype=np.float64)
    noisy = np.clip(pixels + np.random.default_rng(1).normal(0, 10, pixels.shape), 0, 255)
    buffer = io.BytesIO()
    Image.fromarray(noisy.astype(np.uint8), "L").save(buffer, "JPEG", quality=75)
    return buffer.getvalue()


def _typewritten_list() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Courier", "", 9)
    for at, head in zip(COLUMNS, ("CAT.NR.", "ARTIEST - TITEL", "FORMAAT", "PRIJS"), strict=True):
        pdf.text(at, 70, head)
    pdf.text(40, 81, "=" * 74)
    pdf.set_font("Courier", "B", 9)
    pdf.text(40, 103, "REGGAE / DUB")
    pdf.set_font("Courier", "", 9)
    pdf.text(40, 114, "-" * 12)
    for index, row in enumerate(ROWS):
        for at, cell in zip(COLUMNS, row, strict=True):
            pdf.text(at, 136 + 13 * index, cell)
    return _scan(pdf)


def test_a_heading_the_layout_took_for_a_picture_is_read(ocr_engine: OcrEngine) -> None:
    words = [w.text for w in ocr_engine.recognize(_typewritten_list()).words]
    for lost in ("CAT.NR.", "ARTIEST", "REGGAE", "DUB"):
        assert lost in words, words
    assert words.count("GRS") == 1, words  # what was read is not read twice


def test_a_photo_beside_text_gives_no_words(ocr_engine: OcrEngine) -> None:
    """Negative: a product photo (a shaded backdrop, a rounded object) and a picture of
    stripes on a page of text are no left-out text: no word lands on them."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 9)
    for index, row in enumerate(ROWS * 3):
        pdf.text(40, 60 + 13 * index, f"{row[0]}   {row[1]}   {row[3]}")
    photo = Image.new("L", (400, 300), 200)
    draw = ImageDraw.Draw(photo)
    draw.rounded_rectangle((100, 80, 300, 220), radius=20, fill=60)
    for x in range(0, 400, 12):
        draw.line((x, 250, x + 6, 300), fill=30, width=3)
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=80)
    buffer.seek(0)
    pdf.image(buffer, x=300, y=400, w=200, h=150)
    result = ocr_engine.recognize(_scan(pdf))
    scale = 300 / 72
    inside = [
        w.text
        for w in result.words
        if 300 * scale <= (w.bbox[0] + w.bbox[2]) / 2 <= 500 * scale
        and 400 * scale <= (w.bbox[1] + w.bbox[3]) / 2 <= 550 * scale
    ]
    assert inside == [], inside
