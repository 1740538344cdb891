"""A DIY flyer's prices printed white on grey badges, a large whole amount with its cents
small and raised at its top right ("£126" then ".99"). The badge is a badge though the flat
white insides of its large letters' strokes look like paper; read as one line Tesseract
takes its small cents for a mark ("£126”") and is unsure of all of it, so it is read in its
two pieces and the price is whole, "£126.99". Controls: a grey panel holding a photo's white
backdrop is no badge; a badge of one size of type is read as a line."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from pdfqueue.engines.layout import page_from_ocr
from pdfqueue.engines.ocr import OcrEngine, flatten_panels

BOLD = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
REGULAR = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"


def _flyer(badges: list[tuple[str, str]]) -> Image.Image:
    """A flyer page at 200 dpi: per product a name, a note, and a grey badge with its price
    in white, the whole large and the cents (after a point) small and raised; light noise."""
    image = Image.new("L", (1654, 2339), 248)
    draw = ImageDraw.Draw(image)
    for index, (whole, cents) in enumerate(badges):
        y = 250 + 420 * index
        draw.text(
            (560, y), f"Cordless tool {index + 1}", fill=15, font=ImageFont.truetype(BOLD, 36)
        )
        draw.text((560, y + 60), "Code 307-105", fill=60, font=ImageFont.truetype(REGULAR, 24))
        draw.rectangle((1224, y + 30, 1530, y + 164), fill=141)
        big = ImageFont.truetype(BOLD, 86)
        draw.text((1240, y + 58), whole, fill=250, font=big)
        right = 1240 + draw.textlength(whole, font=big)
        draw.text((right + 4, y + 64), f".{cents}", fill=250, font=ImageFont.truetype(BOLD, 40))
    noise = np.random.default_rng(5).normal(0, 5, (2339, 1654))
    pixels = np.clip(np.asarray(image, dtype=np.float64) + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "L")


def test_a_badge_of_large_light_letters_is_a_badge() -> None:
    """The flat white insides of the large price's strokes are no paper on the panel."""
    _, badges = flatten_panels(_flyer([("£126", "99"), ("£141", "99"), ("£188", "99")]))
    assert len([b for b in badges if b[0] > 1100]) == 3


def test_a_panel_round_a_photo_s_white_backdrop_is_no_badge() -> None:
    """Control: a grey panel with a wide white area on it (a photo's backdrop) and light
    marks on the grey stays unread as a badge."""
    image = Image.new("L", (1654, 2339), 248)
    draw = ImageDraw.Draw(image)
    draw.rectangle((300, 400, 900, 800), fill=141)
    draw.rectangle((420, 470, 780, 730), fill=248)  # the backdrop, paper-white
    draw.text((320, 410), "£126", fill=250, font=ImageFont.truetype(BOLD, 40))
    _, badges = flatten_panels(image)
    assert not [b for b in badges if b[0] < 1000 and b[2] > 250]


def test_a_badge_s_raised_cents_make_one_price_with_its_amount(ocr_engine: OcrEngine) -> None:
    image = _flyer([("£126", "99"), ("£141", "99"), ("£98", "99")])
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    page = page_from_ocr(ocr_engine.recognize(buffer.getvalue()), 1, 595, 842, image=image)
    for price in ("£126.99", "£141.99", "£98.99"):
        assert price in page.text, page.text


def test_a_badge_of_one_size_of_type_reads_as_its_line(ocr_engine: OcrEngine) -> None:
    """Control: "£12.50" set in one size on a badge has no raised cents; it reads as set."""
    image = Image.new("L", (1654, 2339), 248)
    draw = ImageDraw.Draw(image)
    draw.text((560, 250), "Cordless tool", fill=15, font=ImageFont.truetype(BOLD, 36))
    draw.rectangle((1224, 280, 1488, 414), fill=141)
    draw.text((1240, 318), "£12.50", fill=250, font=ImageFont.truetype(BOLD, 56))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    page = page_from_ocr(ocr_engine.recognize(buffer.getvalue()), 1, 595, 842, image=image)
    assert "£12.50" in page.text, page.text
