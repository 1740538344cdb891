"""A space Tesseract lost between two words is put back from its glyph boxes (`split_at_spaces`).

On a noisy scan Tesseract joins a short word to its neighbour ("TerraR 76" for "Terra R 76",
"alaromana" for "a la romana", "15cm"), and a product name so read matches nothing. The glyphs'
boxes still show the white of the space."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from pdfqueue.engines.ocr import OcrEngine, OcrWord, split_at_spaces

DPI = 200


def _scan(lines: list[str], size: float = 8.0) -> bytes:
    """Lines of Helvetica at `size`, rendered at 200 dpi with a scanner's noise, as a JPEG."""
    import pypdfium2 as pdfium
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(420, 40 + 20 * len(lines)))
    pdf.add_page()
    pdf.set_font("Helvetica", "", size)
    for index, text in enumerate(lines):
        pdf.text(20, 28 + 20 * index, text)
    page = pdfium.PdfDocument(bytes(pdf.output()))[0]
    pixels = np.asarray(page.render(scale=DPI / 72, grayscale=True).to_pil(), dtype=np.float64)
    noisy = np.clip(pixels + np.random.default_rng(1).normal(0, 10, pixels.shape), 0, 255)
    buffer = io.BytesIO()
    Image.fromarray(noisy.astype(np.uint8), "L").save(buffer, "JPEG", quality=75)
    return buffer.getvalue()


def test_a_lost_space_between_two_words_is_put_back(ocr_engine: OcrEngine) -> None:
    """Tesseract reads a mower's "Terra R 76" on a noisy scan as "TerraR 76"; the white
    between "a" and "R" is a space wide, so the words come apart."""
    words = [w.text for w in ocr_engine.recognize(_scan(["Terra R 76 and Terra T 107 H"])).words]
    assert words[:3] == ["Terra", "R", "76"], words


def test_codes_prices_and_plain_words_stay_whole(ocr_engine: OcrEngine) -> None:
    """Negative: figures, a narrow "1" beside a letter, codes and words of one piece are
    not cut."""
    lines = ["V1 A1B 2011 11.10 MCP2515-I/SO", "Hilltop literally little fillet"]
    words = [w.text for w in ocr_engine.recognize(_scan(lines)).words]
    for whole in ("V1", "A1B", "2011", "11.10", "Hilltop", "literally", "little", "fillet"):
        assert whole in words, words


def _glyphs(spec: list[tuple[str, int, int]]) -> list[tuple[str, tuple[int, int, int, int]]]:
    return [(text, (left, 10, right, 34)) for text, left, right in spec]


def test_white_beside_a_figure_or_a_sign_is_no_space() -> None:
    """Negative: two figures far apart (a tabular "11"), a "1" beside a letter, a code's
    letters before its figures, and a sign beside a letter keep to one word, however wide the
    white between them, and so do glyphs whose boxes overlap (placed roughly); a letter and a
    letter that far apart part."""
    size = 32.0  # em in pixels: a space is 8 wide at least
    cases = {
        "11": _glyphs([("1", 0, 6), ("1", 18, 24)]),
        "V1": _glyphs([("V", 0, 20), ("1", 30, 36)]),
        "VL3": _glyphs([("V", 0, 20), ("L", 22, 36), ("3", 46, 62)]),
        "DIAN": _glyphs([("D", 0, 20), ("I", 30, 34), ("A", 20, 40), ("N", 42, 60)]),
        "€/m": _glyphs([("€", 0, 18), ("/", 28, 34), ("m", 36, 60)]),
    }
    for text, glyphs in cases.items():
        word = OcrWord(text, 90.0, (0, 10, glyphs[-1][1][2], 34), 34.0, size)
        assert split_at_spaces(word, glyphs) == [word]
    glyphs = _glyphs([("a", 0, 14), ("l", 24, 28), ("a", 30, 44)])
    word = OcrWord("ala", 40.0, (0, 10, 44, 34), 34.0, size)
    assert [w.text for w in split_at_spaces(word, glyphs)] == ["a", "la"]
    assert [w.bbox for w in split_at_spaces(word, glyphs)] == [(0, 10, 14, 34), (24, 10, 44, 34)]


def test_a_pack_s_unit_glued_to_the_next_amount_parts_from_it() -> None:
    """ "85 g 9 700 Ft" read "85", "g9", "700", "Ft": the unit's "g" and the figure "9" a
    space apart part. Controls: a unit set close to a figure ("m2"), and a code's capitals
    before its figures however far apart ("VL3" above), keep to one word."""
    size = 32.0
    word = OcrWord("g9", 90.0, (0, 10, 36, 34), 34.0, size)
    glyphs = _glyphs([("g", 0, 14), ("9", 24, 36)])
    assert [w.text for w in split_at_spaces(word, glyphs)] == ["g", "9"]
    close = OcrWord("m2", 90.0, (0, 10, 30, 34), 34.0, size)
    assert split_at_spaces(close, _glyphs([("m", 0, 22), ("2", 24, 30)])) == [close]
    code = OcrWord("G9", 90.0, (0, 10, 36, 34), 34.0, size)
    assert split_at_spaces(code, _glyphs([("G", 0, 14), ("9", 24, 36)])) == [code]
