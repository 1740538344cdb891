"""An order form's empty tick boxes on a scan: Tesseract reads them as glyphs ("|:|", "E:I",
"l_____l", "D"), junk that splits each row's cells into blocks of their own. `ocr` drops the
words that are such boxes (rings of straight ink, paper inside), never a letter's ring ("O",
"D", "0" curve away from their box at its corners)."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from pdfqueue.engines.ocr import get_engine

BOXES = [(700 + 140 * n, 300, 700 + 140 * n + 95, 345) for n in range(6)]


def _scan(draw_on) -> bytes:  # type: ignore[no-untyped-def]
    image = Image.new("L", (1654, 800), 250)
    draw_on(ImageDraw.Draw(image))
    noise = np.random.default_rng(3).normal(0, 6, (800, 1654))
    pixels = np.clip(np.asarray(image, dtype=np.float64) + noise, 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(pixels, "L").save(buffer, "PNG")
    return buffer.getvalue()


def _overlaps(box: tuple[int, int, int, int], other: tuple[int, int, int, int]) -> bool:
    return box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3]


def test_empty_tick_boxes_beside_a_row_are_read_as_nothing() -> None:
    def draw_on(draw: ImageDraw.ImageDraw) -> None:
        font = ImageFont.load_default(size=30)
        draw.text((80, 200), "Code   Product   Price   Mon   Tue   Wed", fill=10, font=font)
        draw.text((80, 305), "B115   White tin loaf   1.45", fill=10, font=font)
        for box in BOXES:
            draw.rectangle(box, outline=40, width=3)

    words = get_engine("eng").recognize(_scan(draw_on)).words
    assert [w.text for w in words if any(_overlaps(w.bbox, b) for b in BOXES)] == []
    assert {"B115", "White", "1.45"} <= {w.text for w in words}


def test_letters_drawn_round_stay() -> None:
    """Large round letters and figures, a box's size: read as they are."""

    def draw_on(draw: ImageDraw.ImageDraw) -> None:
        font = ImageFont.load_default(size=60)
        draw.text((80, 300), "ODD 0000 DOOR", fill=10, font=font)

    words = [w.text for w in get_engine("eng").recognize(_scan(draw_on)).words]
    assert words == ["ODD", "0000", "DOOR"]
