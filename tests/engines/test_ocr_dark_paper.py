"""A page printed light on dark paper (a chalkboard menu board) is read as dark on light; a
dark photo on white paper leaves the page as it is."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from pdfqueue.engines.ocr import OcrEngine, _on_light_paper


def _page(paper: int, ink: int, photo: bool = False) -> Image.Image:
    image = Image.new("L", (1400, 900), paper)
    draw = ImageDraw.Draw(image)
    if photo:  # a dark photo over most of a white page, the text beside it
        draw.rectangle((520, 40, 1360, 860), fill=35)
    font = ImageFont.load_default(size=40)
    for row, line in enumerate(("Pastel de nata 1,20", "Bolo de arroz 1,10", "Broa de milho")):
        draw.text((60, 120 + 160 * row), line, fill=ink, font=font)
    return image


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_light_text_on_dark_paper_is_read(ocr_engine: OcrEngine) -> None:
    found = {w.text for w in ocr_engine.recognize(_png(_page(40, 235))).words}
    assert {"Pastel", "nata", "arroz", "milho"} <= found, found


def test_a_dark_photo_on_white_paper_is_not_dark_paper() -> None:
    page = _page(250, 20, photo=True)
    assert _on_light_paper(page) is page
