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


def _big_price(text: str, size: float = 26.0) -> tuple[Image.Image, float]:
    """A strip of a scanned shelf label: `text` set in Helvetica Bold at `size` points with
    a scanner's noise at 200 dpi; and its baseline in pixels."""
    import pypdfium2 as pdfium
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(300, 60))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", size)
    pdf.text(20, 40, text)
    page = pdfium.PdfDocument(bytes(pdf.output()))[0]
    pixels = np.asarray(page.render(scale=DPI / 72, grayscale=True).to_pil(), dtype=np.float64)
    noisy = np.clip(pixels + np.random.default_rng(5).normal(0, 10, pixels.shape), 0, 255)
    return Image.fromarray(noisy.astype(np.uint8), "L"), 40 * DPI / 72


def _glyphs(
    image: Image.Image, pieces: list[tuple[str, float, int]], baseline: float
) -> list[OcrWord]:
    """The page's reading of a line cut into glyph words: each (text, confidence, glyphs)
    takes the next `glyphs` runs of ink columns, left to right, with the line's baseline
    and a 72 px type."""
    gray = np.asarray(image) < 128
    columns = np.flatnonzero(gray.any(axis=0))
    runs = np.split(columns, np.flatnonzero(np.diff(columns) > 1) + 1)
    words = []
    for text, confidence, glyphs in pieces:
        taken, runs = np.concatenate(runs[:glyphs]), runs[glyphs:]
        ys = np.flatnonzero(gray[:, taken[0] : taken[-1] + 1].any(axis=1))
        box = (int(taken[0]), int(ys[0]), int(taken[-1]) + 1, int(ys[-1]) + 1)
        words.append(OcrWord(text, confidence, box, baseline, 72.0))
    return words


# "11,49" as a scanned label's page reading cut it: (text, confidence, glyphs of ink)
SPLIT = [("1", 88.0, 1), ("1", 89.0, 1), (")/", 42.0, 1), ("49", 86.0, 2)]


def test_a_big_price_read_as_glyphs_is_read_again_whole(ocr_engine: OcrEngine) -> None:
    """A shelf label's big bold "11,49" that the page's reading cut into glyphs ("1", "1",
    ")/", "49", the comma unsure) reads "11,49" cut out whole and shrunk to a text size, and
    takes the place of the glyphs (the same figures, one amount)."""
    image, baseline = _big_price("11,49")
    words = _glyphs(image, SPLIT, baseline)
    assert len(words) == 4
    again = ocr_engine._reread_unsure(image, words)
    assert [w.text for w in again] == ["11,49"], again
    assert again[0].baseline == baseline and again[0].font_px == 72.0
    assert again[0].bbox[0] <= words[0].bbox[0] + 4 and again[0].bbox[2] >= words[-1].bbox[2] - 4


def test_big_glyphs_read_surely_or_small_ones_are_not_joined(ocr_engine: OcrEngine) -> None:
    """Negatives: big glyphs all read surely are left as read (no second reading), and the
    same glyphs in text-sized type (a table's "1 1" and "49" in two cells) are not read as
    one: only an unsure word of two characters or more is read again, on its own."""
    image, baseline = _big_price("11,49")
    sure = _glyphs(image, [(t, 90.0, n) for t, _, n in SPLIT], baseline)
    assert ocr_engine._reread_unsure(image, sure) == sure
    small = [
        OcrWord(w.text, w.confidence, w.bbox, w.baseline, 24.0)
        for w in _glyphs(image, SPLIT, baseline)
    ]
    assert [w.text for w in ocr_engine._reread_unsure(image, small)][:2] == ["1", "1"]
    assert "11,49" not in [w.text for w in ocr_engine._reread_unsure(image, small)]
