"""Scanned flyer prices: a large whole amount with its cents small and raised at its top right
("4" then "€55") is one price, "4,55 €"; Tesseract reads the pieces apart, in any order, and
often leaves the large figure unread. A price whose cents are a dash ("4 490,-") read with a
quote mark for the dash is that price again. Controls: two numbers of one size on a
baseline, a small figure level with a word's foot, and a quote after a word stay as read."""

from __future__ import annotations

import io
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from pdfqueue.engines.layout import page_from_ocr
from pdfqueue.engines.ocr import OcrEngine

BOLD = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"


def _word(text: str, box: tuple[int, int, int, int], baseline: float, size: float) -> dict:
    return {"text": text, "confidence": 95.0, "bbox": box, "baseline": baseline, "font_px": size}


def _read(*words: dict[str, Any]) -> str:
    return page_from_ocr({"width": 1654, "words": list(words)}, 1, 595.0, 842.0).text


def test_a_large_amount_and_its_raised_cents_are_one_price() -> None:
    """As Tesseract gave them off a scanned flyer: the cents first, on the line's baseline
    at their own feet; the large "7" after them."""
    cents = _word("€80", (252, 2020, 342, 2058), 2057.8, 52.5)
    whole = _word("7", (181, 2031, 243, 2118), 2057.9, 93.6)
    assert _read(cents, whole) == "7,80 €"
    ten = [_word("1", (697, 2030, 736, 2118), 2057.1, 94.6)]
    ten += [_word("0", (761, 2030, 822, 2120), 2057.0, 96.8)]
    assert _read(*ten, _word("€90", (832, 2020, 922, 2057), 2056.8, 51.1)) == "10,90 €"
    pounds = _word("£12", (100, 500, 260, 600), 600.0, 110.0)
    assert _read(pounds, _word("99", (270, 500, 330, 545), 545.0, 50.0)) == "£12.99"


def test_a_currency_sign_read_apart_is_the_amount_s() -> None:
    """As Tesseract gave them off a scanned DIY flyer's badge: the pound sign, the large
    "126" in three words and the raised "99", each a word; one price, "£126.99", and no
    "£" left as a cell of its own."""
    line = [_word("£", (1239, 321, 1282, 382), 381.2, 82.0)]
    line += [_word("1", (1289, 322, 1315, 381), 381.1, 82.0)]
    line += [_word("2", (1332, 322, 1372, 381), 381.1, 82.0)]
    line += [_word("6", (1379, 322, 1420, 383), 381.0, 82.0)]
    assert _read(*line, _word("99", (1427, 315, 1478, 344), 343.9, 40.0)) == "£126.99"


def test_a_sign_far_before_or_beside_small_type_stays_its_own() -> None:
    """Controls: a "£" a column away from the amount (a table's currency column), and a
    sign beside figures of another size (not one amount), stay as read."""
    far = _word("£", (900, 321, 943, 382), 381.2, 82.0)
    whole = _word("126", (1289, 322, 1420, 382), 381.1, 82.0)
    cents = _word("99", (1427, 315, 1478, 344), 343.9, 40.0)
    assert _read(far, whole, cents).split()[-1] == "126.99"
    small = _word("£", (1259, 360, 1282, 382), 381.2, 30.0)
    assert "£126" not in _read(small, whole, cents)


def test_numbers_of_one_size_or_set_low_stay_as_read() -> None:
    """Controls: "12 99" of one size on a baseline (a table's cells); a small "25" at a
    large figure's foot (not raised); a small figure far after the large one."""
    assert (
        _read(
            _word("12", (100, 500, 160, 540), 540.0, 40.0),
            _word("99", (175, 500, 235, 540), 540.0, 40.0),
        )
        == "12 99"
    )
    low = _word("25", (250, 560, 300, 600), 600.0, 40.0)
    assert _read(_word("7", (181, 510, 243, 600), 600.0, 90.0), low) == "7 25"
    far = _word("€55", (500, 510, 590, 548), 548.0, 50.0)
    assert "€55" in _read(_word("7", (181, 510, 243, 600), 600.0, 90.0), far)


def test_a_dash_read_as_a_quote_after_a_decimal_comma_is_the_dash() -> None:
    assert _read(_word("490,'", (648, 1462, 789, 1508), 1501.0, 54.0)) == "490,-"
    assert _read(_word('790,"', (648, 1462, 789, 1508), 1501.0, 54.0)) == "790,-"


def test_a_quote_after_a_word_or_a_bare_comma_stays() -> None:
    assert _read(_word("said,'", (100, 500, 200, 520), 518.0, 20.0)) == "said,'"
    assert _read(_word("790,", (100, 500, 160, 520), 518.0, 20.0)) == "790,"


def _flyer(cards: list[tuple[str, str, str]]) -> Image.Image:
    """A flyer's cards at 200 dpi: a name, a note, and the price as a large bold whole amount
    with its cents small and raised beside it; a scanner's light noise."""
    image = Image.new("L", (1654, 2339), 250)
    draw = ImageDraw.Draw(image)
    for index, (name, whole, cents) in enumerate(cards):
        x = 100 + 500 * index
        draw.rectangle((x, 300, x + 440, 1100), outline=60, width=2)
        draw.rectangle((x + 20, 320, x + 420, 700), fill=170)
        draw.text((x + 20, 730), name, fill=10, font=ImageFont.truetype(BOLD, 36))
        draw.text((x + 20, 790), "the bottle of 1.5 L", fill=10, font=ImageFont.truetype(BOLD, 24))
        draw.text((x + 120, 900), whole, fill=10, font=ImageFont.truetype(BOLD, 130))
        draw.text((x + 210, 905), cents, fill=10, font=ImageFont.truetype(BOLD, 56))
    noise = np.random.default_rng(3).normal(0, 4, (2339, 1654))
    pixels = np.clip(np.asarray(image, dtype=np.float64) + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "L")


def test_a_flyer_s_large_amounts_read_with_their_raised_cents(ocr_engine: OcrEngine) -> None:
    """Tesseract reads the small raised cents and leaves a large lone "5" unread (or reads
    the large figures after the cents): each price is the amount with its cents."""
    image = _flyer([("Orange juice", "4", "€55"), ("Smoked salmon", "2", "€29")])
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    page = page_from_ocr(ocr_engine.recognize(buffer.getvalue()), 1, 595, 842, image=image)
    assert "4,55 €" in page.text and "2,29 €" in page.text, page.text
    assert "€55" not in page.text and "€29" not in page.text, page.text


def test_a_large_amount_tesseract_left_unread_is_read_before_its_cents(
    ocr_engine: OcrEngine, monkeypatch: Any
) -> None:
    """On a scanned flyer Tesseract often reads the raised cents and finds no text in the
    large lone figure beside them. Simulated here (its page reading drops the large figures
    it found): the figure-shaped ink right before the cents is read, and the price is whole.
    A price read whole is left alone."""
    image = _flyer([("Orange juice", "4", "€55"), ("Smoked salmon", "2", "€29")])
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    read = ocr_engine._read

    def page_reading_without_large_figures(pil: Image.Image) -> Any:
        text, words = read(pil)
        if pil.size[0] > 1000:  # the page, not a piece read again
            words = [w for w in words if not (w.text in "42" and w.bbox[3] - w.bbox[1] > 60)]
        return text, words

    monkeypatch.setattr(ocr_engine, "_read", page_reading_without_large_figures)
    page = page_from_ocr(ocr_engine.recognize(buffer.getvalue()), 1, 595, 842, image=image)
    assert "4,55 €" in page.text and "2,29 €" in page.text, page.text


def test_a_price_s_point_read_as_a_dash_is_the_point() -> None:
    """A stationery catalog's "£25.05" that OCR read "£25-05": cents lower than the amount
    make no range, the dash is the point."""
    assert _read(_word("£25-05", (1098, 1041, 1215, 1071), 1070.7, 41.3)) == "£25.05"


def test_a_range_going_up_stays_a_range() -> None:
    """Controls: "£10-15" goes up, a range as printed; a code's figures with no sign stay."""
    assert _read(_word("£10-15", (1098, 1041, 1215, 1071), 1070.7, 41.3)) == "£10-15"
    assert _read(_word("407-25", (1098, 1041, 1215, 1071), 1070.7, 41.3)) == "407-25"
