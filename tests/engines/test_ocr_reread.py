"""Words OCR read unsurely in a page's line are read again on their own (`_reread_unsure`).

Scanned price tables lose short figures in Tesseract's line reading ("1.95" read "195", "91"
read "a1", both unsurely); cut out with a margin of paper and read alone, they read right.
The page's reading is given here as it came on such scans, so each test says what the second
reading does with it, whatever Tesseract's line reading of the day."""

from __future__ import annotations

import numpy as np
from PIL import Image

from pdfqueue.engines.ocr import OcrEngine, OcrWord

DPI = 200


def _line(cells: list[tuple[float, str]], size: float = 8.5) -> Image.Image:
    """A strip of a scanned table row: each (x in points, text) set in Helvetica at `size`,
    rendered at 200 dpi with a scanner's noise, JPEG-free grey."""
    import pypdfium2 as pdfium
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(400, 40))
    pdf.add_page()
    pdf.set_font("Helvetica", "", size)
    for x, text in cells:
        pdf.text(x, 24, text)
    page = pdfium.PdfDocument(bytes(pdf.output()))[0]
    pixels = np.asarray(page.render(scale=DPI / 72, grayscale=True).to_pil(), dtype=np.float64)
    noisy = np.clip(pixels + np.random.default_rng(3).normal(0, 10, pixels.shape), 0, 255)
    return Image.fromarray(noisy.astype(np.uint8), "L")


def _ink_box(image: Image.Image, x0_pt: float, x1_pt: float) -> tuple[int, int, int, int]:
    """The box of the ink between two x positions (points), as Tesseract's word box."""
    gray = np.asarray(image)[:, int(x0_pt * DPI / 72) : int(x1_pt * DPI / 72)]
    ys, xs = np.nonzero(gray < 128)
    left = int(x0_pt * DPI / 72)
    return (left + int(xs.min()), int(ys.min()), left + int(xs.max()) + 1, int(ys.max()) + 1)


def _word(text: str, confidence: float, box: tuple[int, int, int, int]) -> OcrWord:
    return OcrWord(text, confidence, box, float(box[3]), 24.0)


def test_an_unsure_price_is_read_again_alone(ocr_engine: OcrEngine) -> None:
    """A "1.95" that the page's reading made "195" (confidence 55) reads "1.95" alone; the
    word keeps its line's baseline and type size."""
    image = _line([(20, "V2114"), (120, "1.95"), (220, "18.52")])
    price = _ink_box(image, 110, 200)
    words = [
        _word("V2114", 92.0, _ink_box(image, 10, 100)),
        _word("195", 55.0, price),
        _word("18.52", 93.0, _ink_box(image, 210, 300)),
    ]
    again = ocr_engine._reread_unsure(image, words)
    assert [w.text for w in again] == ["V2114", "1.95", "18.52"], again
    assert again[1].confidence > 55.0 and again[1].baseline == float(price[3])
    assert again[1].font_px == 24.0


def test_a_sure_word_is_not_read_again(ocr_engine: OcrEngine) -> None:
    """Negative: a word read surely stays as it was read, even where a second reading might
    differ (no second reading is made at all)."""
    image = _line([(120, "1.95")])
    words = [_word("195", 93.0, _ink_box(image, 110, 200))]
    assert ocr_engine._reread_unsure(image, words) == words


def test_a_second_reading_that_disagrees_is_not_taken(ocr_engine: OcrEngine) -> None:
    """Negative: a second reading is taken only when it agrees with the first in at least
    half its characters, and a lone glyph is not read again. On a tyre label's pictograms
    the page's reading made "OO" unsurely, and alone they read "- C B", a row's worth of
    spurious cells: here a first reading "OO" of marks that alone read "CB", and a lone "4"
    of an "L", stay as the page read them."""
    image = _line([(20, "CB"), (120, "L")], size=12)
    words = [
        _word("OO", 8.0, _ink_box(image, 10, 100)),
        _word("4", 30.0, _ink_box(image, 110, 200)),
    ]
    assert ocr_engine._reread_unsure(image, words) == words
