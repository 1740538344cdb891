"""Figures Tesseract leaves unread on a scan: a figure alone in its table cell ("7" down a wine
list's glass column, far from any word) is not found as text at all, and a bold price over the
price struck through under it loses its last figure ("69,9" for "69,90"). `OcrEngine` finds
such ink on the lines of words it read and reads it again (`ocr._lone_cells`,
`ocr._cut_short`)."""

from __future__ import annotations

import io

import numpy as np
import pytest
from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.ocr import OcrEngine, OcrWord, get_engine, split_at_spaces

WINES = [
    ("Barolo Cannubi", "2019", "14", "78"),
    ("Barbera d'Asti", "2021", "7", "34"),
    ("Dolcetto di Dogliani", "2022", "6", "26"),
    ("Roero Arneis", "2023", "", "28"),
    ("Chianti Classico", "2020", "9", "42"),
    ("Bolgheri Rosso", "2021", "10", "48"),
    ("Soave Classico", "2022", "8", "32"),
    ("Friulano Collio", "2022", "5", "36"),
]
GLASS_X = 330.0  # where the glass column's figures end (flush right)


def _wine_list(rows: list[tuple[str, str, str, str]]) -> bytes:
    """A wine list: name, vintage, a glass's price and a bottle's, flush right, 10 pt."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(60, 70, "Wine list")
    pdf.set_font("Helvetica", "", 8)
    for x, title in ((220, "Vintage"), (GLASS_X - 20, "Glass"), (400 - 22, "Bottle")):
        pdf.text(x, 110, title)
    for n, (name, year, glass, bottle) in enumerate(rows):
        y = 140 + 28 * n
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(60, y, name)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(220, y, year)
        pdf.text(GLASS_X - pdf.get_string_width(glass), y, glass)
        pdf.text(400 - pdf.get_string_width(bottle), y, bottle)
    return bytes(pdf.output())


def _prose() -> bytes:
    """A page of prose with a page number under it: no table."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(60, 80)
    text = (
        "The harvest began late that year, after 3 weeks of rain, and the pickers came "
        "down from the hills in small groups. By the 9th of October the cellar was full. "
    )
    pdf.multi_cell(470, 14, text * 8)
    pdf.text(290, 800, "7")
    return bytes(pdf.output())


def _words(pdf: bytes) -> list:
    """The OCR'd words of the page rendered at 200 dpi with a scanner's noise."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(pdf)[0]
    image = page.render(scale=200 / 72, grayscale=True).to_pil()
    noise = np.random.default_rng(5).normal(0, 8, size=image.size[::-1])
    pixels = np.clip(np.asarray(image, dtype=np.float64) + noise, 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(pixels, "L").save(buffer, "PNG")
    return get_engine("eng").recognize(buffer.getvalue()).words


def _glass_column(words: list) -> list[str]:
    """The words whose right edge is at the glass column's (in points), top to bottom."""
    scale = 72 / 200
    column = [w for w in words if abs(w.bbox[2] * scale - GLASS_X) <= 3 and w.bbox[1] > 300]
    return [w.text for w in sorted(column, key=lambda w: w.bbox[1])]


def test_figures_alone_in_a_scanned_table_s_cells_are_read() -> None:
    assert _glass_column(_words(_wine_list(WINES))) == [g for _, _, g, _ in WINES if g]


def test_a_page_of_prose_gains_no_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    """Control: prose with figures in it and a lone page number under it: its words are
    those Tesseract read without the step (the page number is under no column of words)."""
    words = [(w.text, w.bbox) for w in _words(_prose())]
    monkeypatch.setattr(OcrEngine, "_read_lone_cells", lambda self, pil, found: found)
    assert words == [(w.text, w.bbox) for w in _words(_prose())]


DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TILES = [
    ("MA144-60", "Marble tile floor", "polished", "69,90", "89,90"),
    ("MA215-60", "Marble tile floor matt", "", "119,90", ""),
    ("LE288-20", "Oak plank floor", "natural", "84,90", "99,90"),
    ("LE418-20", "Oak plank floor grey", "", "99,90", ""),
    ("CE641-60", "Concrete tile floor", "textured", "64,90", "79,90"),
    ("CE952-30", "Concrete stair tread", "", "139,00", ""),
]


def _tile_list() -> bytes:
    """A tile price list in DejaVu Sans: code, a name wrapped under it on some rows, and the
    price per m², an offer's in bold red with the former price struck through under it."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 7)
    for x, title in ((40, "Code"), (118, "Name"), (420, "Price")):
        pdf.text(x, 110, title)
    for n, (code, name, wrapped, price, former) in enumerate(TILES):
        y = 130 + 26 * n
        pdf.set_font("DejaVu", "", 7.5)
        pdf.text(40, y, code)
        pdf.text(118, y, name)
        if wrapped:
            pdf.text(118, y + 9, wrapped)
        if former:
            pdf.set_text_color(200, 20, 30)
        pdf.set_font("DejaVu", "B", 8)
        pdf.text(440 - pdf.get_string_width(price), y, price)
        pdf.set_text_color(0)
        if former:
            pdf.set_font("DejaVu", "", 6.5)
            pdf.set_text_color(100)
            pdf.set_draw_color(100)
            width = pdf.get_string_width(former)
            pdf.text(440 - width, y + 9, former)
            strike = y + 9 - 0.3 * pdf.font_size
            pdf.line(440 - width - 1, strike, 441, strike)
            pdf.set_text_color(0)
            pdf.set_draw_color(0)
    return bytes(pdf.output())


def test_a_bold_price_over_a_struck_price_keeps_its_last_figure() -> None:
    texts = [w.text for w in _words(_tile_list())]
    for _, _, _, price, _ in TILES:
        assert price in texts


def _glyphs(*boxes: tuple[str, int, int]) -> list[tuple[str, tuple[int, int, int, int]]]:
    return [(text, (left, 299, right, 315)) for text, left, right in boxes]


def test_a_quantity_in_litres_read_as_one_figure_is_cut_before_its_l() -> None:
    """ "0,15 l" over a wine list's glass column read "0,151": its last glyph a bare stem
    (3 px wide at 21.5 px type) a space after the "5" is the litre's "l"."""
    glyphs = _glyphs(("0", 1060, 1071), (",", 1072, 1075), ("1", 1078, 1085), ("5", 1089, 1099))
    glyphs += _glyphs(("1", 1108, 1111))
    word = OcrWord("0,151", 86.0, (1060, 299, 1111, 317), 314.5, 21.5)
    assert [w.text for w in split_at_spaces(word, glyphs)] == ["0,15", "l"]


def test_a_figure_one_with_its_flag_or_set_close_stays_a_figure() -> None:
    """Controls: a "1" as wide as a figure's flag makes it ("0,15 1" stays one word), and a
    stem set close after a figure is the number's ("2021")."""
    flagged = _glyphs(("0", 1060, 1071), (",", 1072, 1075), ("1", 1078, 1085), ("5", 1089, 1099))
    flagged += _glyphs(("1", 1108, 1115))
    word = OcrWord("0,151", 86.0, (1060, 299, 1115, 317), 314.5, 21.5)
    assert [w.text for w in split_at_spaces(word, flagged)] == ["0,151"]
    year = _glyphs(("2", 1000, 1010), ("0", 1012, 1022), ("2", 1024, 1034), ("1", 1037, 1040))
    word = OcrWord("2021", 96.0, (1000, 299, 1040, 315), 314.5, 21.5)
    assert [w.text for w in split_at_spaces(word, year)] == ["2021"]
