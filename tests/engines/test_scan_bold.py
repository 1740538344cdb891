"""Bold type on scanned pages: OCR gives words without a weight, yet a catalog marks its
entries' names and prices bold and its rules read that; the scan's layout reads the weight
from the render, by how thick a word's stems are for its size."""

from __future__ import annotations

from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from pdfqueue.engines.layout import page_from_ocr

SCALE = 200 / 72  # pixels per point
SIZE = 30  # type size of the lines below, in pixels (some 11 points)

BODY = [
    "Used cameras and lenses, checked and cleaned in our workshop",
    "every piece is tested before sale and comes with a warranty",
    "Condition grades run from ten for new to seven for well used",
    "Prices include tax and are valid while the stock lasts",
]


def _page(lines: list[list[tuple[str, Any]]]) -> tuple[Image.Image, dict[str, Any]]:
    """A scanned page of `lines` (each words with whether bold: drawn with a heavier stroke;
    "semi": drawn twice a pixel apart, its stems a pixel short of bold) and the OCR result
    for it: each word's box, baseline and type size, as Tesseract gives."""
    image = Image.new("L", (1654, 2339), 250)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=SIZE)
    words = []
    for row, line in enumerate(lines):
        x, y = 150, 200 + row * 60
        for text, bold in line:  # an empty line: a gap between paragraphs
            stroke = 1 if bold is True else 0
            draw.text((x, y), text, fill=10, font=font, stroke_width=stroke, stroke_fill=10)
            if bold == "semi":
                draw.text((x + 1, y), text, fill=10, font=font)
            box = draw.textbbox((x, y), text, font=font, stroke_width=stroke)
            words.append(
                {
                    "text": text,
                    "confidence": 92.0,
                    "bbox": box,
                    "baseline": y + SIZE * 0.8,
                    "font_px": SIZE * 1.1,
                }
            )
            x = box[2] + 14
    noise = np.random.default_rng(5).normal(0, 4, (2339, 1654))
    pixels = np.clip(np.asarray(image, dtype=np.float64) + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "L"), {"words": words, "width": 1654, "rotation": 0}


def _plain(text: str) -> list[tuple[str, bool]]:
    return [(word, False) for word in text.split()]


def test_a_scanned_entry_s_bold_name_and_price_read_bold() -> None:
    """An entry whose name runs in bold and a price set bold, among plain lines: the scan's
    layout marks them bold as a text layer does, the plain lines not."""
    entry = [("Nikon", True), ("F3", True), ("korpus,", True), *_plain("kroom, 8/10, karbiga")]
    price = [("295", True), ("EUR", True)]
    lines = [_plain(text) for text in BODY] + [[], entry, [], price, []]
    lines += [_plain(text) for text in BODY]
    image, result = _page(lines)
    page = page_from_ocr(result, 1, 1654 / SCALE, 2339 / SCALE, image=image)
    bold = [block for block in page.blocks if block.bold]
    assert [block.text for block in bold] == ["295 EUR"]
    (named,) = [block for block in page.blocks if block.text.startswith("Nikon")]
    assert named.head.startswith("Nikon F3 korpus")
    assert not any(block.bold for block in page.blocks if block.text.split()[0] in "Used every")


def test_a_scanned_page_of_plain_type_has_no_bold() -> None:
    """Control: the same page with every word plain gives no bold word, nor a page of too
    few words to tell its usual type."""
    lines = [_plain(text) for text in BODY * 2] + [_plain("Nikon F3 korpus, kroom, 8/10")]
    image, result = _page(lines)
    page = page_from_ocr(result, 1, 1654 / SCALE, 2339 / SCALE, image=image)
    assert not any(block.bold or block.head for block in page.blocks)
    few = [[("Nikon", True), ("F3", True)], _plain("kroom 8/10")]
    image, result = _page(few)
    page = page_from_ocr(result, 1, 1654 / SCALE, 2339 / SCALE, image=image)
    assert not any(block.bold or block.head for block in page.blocks)


def test_a_bold_title_s_words_a_pixel_short_of_bold_read_bold_beside_it() -> None:
    """A bold title whose first words' stems came out a pixel thinner on the scan: beside a
    bold word of their line they are bold too, and the title with them."""
    title = [("Stretch", "semi"), ("Slim-Fit", "semi"), ("Trousers", True)]
    lines = [_plain(text) for text in BODY] + [[], title, []] + [_plain(t) for t in BODY]
    image, result = _page(lines)
    page = page_from_ocr(result, 1, 1654 / SCALE, 2339 / SCALE, image=image)
    assert [block.text for block in page.blocks if block.bold] == ["Stretch Slim-Fit Trousers"]


def test_words_a_pixel_heavier_beside_plain_words_stay_plain() -> None:
    """Control: the same words beside a plain word are no bold title."""
    title = [("Stretch", "semi"), ("Slim-Fit", "semi"), ("Trousers", False)]
    lines = [_plain(text) for text in BODY] + [[], title, []] + [_plain(t) for t in BODY]
    image, result = _page(lines)
    page = page_from_ocr(result, 1, 1654 / SCALE, 2339 / SCALE, image=image)
    assert not any(block.bold or block.head for block in page.blocks)
