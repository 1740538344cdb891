"""Scanned catalog pages: what OCR and the scan's layout make of price boxes, names with
superscript marks and prices split by OCR."""

from __future__ import annotations

import io
import math
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pdfqueue.engines.layout import page_from_ocr
from pdfqueue.engines.ocr import OcrEngine, flatten_panels

SCALE = 200 / 72  # pixels per point of the OCR results below


def _scan(draw_on: Any) -> Image.Image:
    """An A4 page at 200 dpi, drawn on by `draw_on(draw)`, with a scanner's light noise."""
    image = Image.new("L", (1654, 2339), 250)
    draw_on(ImageDraw.Draw(image))
    noise = np.random.default_rng(3).normal(0, 4, (2339, 1654))
    pixels = np.clip(np.asarray(image, dtype=np.float64) + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "L")


def test_a_price_box_with_a_big_bold_price_is_a_panel() -> None:
    """A light grey price box with a big bold price on it: the price's strokes are solid ink,
    flat cells as dark as ink, yet the box is one flat fill with text on it; its fill turns
    white so Tesseract reads the price (left grey, a box under a struck-out old price read
    as nothing)."""

    def draw_on(draw: ImageDraw.ImageDraw) -> None:
        draw.text((200, 300), "Mineral water six bottles", fill=10, font=_font(40))
        draw.rectangle((400, 600, 800, 780), fill=212)
        draw.text((430, 620), "3.58", fill=10, font=_font(120), stroke_width=6, stroke_fill=10)

    flattened, _ = flatten_panels(_scan(draw_on))
    pixels = np.asarray(flattened)
    assert pixels[610:620, 700:780].mean() > 240  # the box's fill, beside the price
    assert pixels[300:340, 200:260].mean() < 200  # the text off the box as it was


def test_a_photo_s_shaded_backdrop_is_not_a_panel() -> None:
    """A photo: a backdrop shaded from dark to light, a dark object on it. Its shades are
    not one fill, so it is left as it is."""

    def draw_on(draw: ImageDraw.ImageDraw) -> None:
        draw.text((200, 300), "Mineral water six bottles", fill=10, font=_font(40))
        for x in range(400, 800):
            draw.line((x, 600, x, 900), fill=140 + (x - 400) * 80 // 400)
        draw.rounded_rectangle((500, 650, 700, 850), radius=20, fill=40)

    image = _scan(draw_on)
    flattened, _ = flatten_panels(image)
    assert flattened is image


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _word(text: str, confidence: float, left: float, right: float, baseline: float) -> dict:
    size = 10.0
    return {
        "text": text,
        "confidence": confidence,
        "bbox": [
            round(left * SCALE),
            round((baseline - 0.72 * size) * SCALE),
            round(right * SCALE),
            round(baseline * SCALE),
        ],
        "baseline": baseline * SCALE,
        "font_px": size * SCALE,
    }


def _page(words: list[dict]) -> str:
    result = {"words": words, "width": round(595 * SCALE), "rotation": 0}
    return page_from_ocr(result, 1, 595, 842).text


def test_a_name_s_last_word_with_superscript_marks_glued_to_it_is_kept() -> None:
    """A name "Pimientos de Padrón¹¹,¹²": Tesseract glues the marks to the word as junk and reads it
    at confidence 11; its line reads surely, so the word's letters stay and the marks go."""
    words = [
        _word("Pimientos", 92, 40, 86, 220),
        _word("de", 92, 89, 99, 220),
        _word("Padrén'™'\"?", 11, 103, 154, 220),
        _word("7,50", 95, 256, 274, 220),
        _word("€", 95, 278, 285, 220),
    ]
    text = _page(words)
    assert "Pimientos de Padrén" in text, text
    assert "™" not in text and "?" not in text


def test_junk_read_on_its_own_stays_dropped() -> None:
    """Letters and signs read unsurely with no sure line beside them (a photo's specks) stay
    dropped, and so does an unsure word that is not letters with marks after them."""
    words = [
        _word("Gouda", 92, 40, 80, 100),
        _word("jung", 92, 84, 110, 100),
        _word("Wrnlk'®\"", 10, 300, 340, 400),  # no line beside it
        _word("x7q'™", 10, 114, 140, 100),  # not a word's letters
    ]
    text = _page(words)
    assert "Gouda jung" in text
    assert "Wrnlk" not in text and "x7q" not in text, text


def test_a_price_ocr_read_in_two_at_its_comma_is_joined() -> None:
    """ "24,50 €" read as "24," and "50" (or "24" and ",50€"): one price again. A price whose
    comma OCR lost ("2450") is left as read, and numbers in prose a comma and a space
    apart, with no currency, stay apart."""
    words = [
        _word("Secreto", 92, 40, 80, 100),
        _word("ibérico", 92, 83, 115, 100),
        _word("24,", 90, 250, 264, 100),
        _word("50", 90, 265.5, 275, 100),
        _word("€", 95, 278, 285, 100),
        _word("Entrecot", 92, 40, 80, 130),
        _word("19", 90, 250, 259, 130),
        _word(",90€", 90, 260, 285, 130),
        _word("Carrillera", 92, 40, 90, 160),
        _word("2450", 90, 250, 270, 160),
        _word("€", 95, 274, 281, 160),
        _word("In", 92, 40, 48, 190),
        _word("1990,", 92, 51, 74, 190),
        _word("50", 92, 75.5, 85, 190),
        _word("people", 92, 88, 115, 190),
    ]
    text = _page(words)
    assert "24,50 €" in text and "19,90€" in text, text
    assert "2450 €" in text and "24,5" not in text.replace("24,50", "")
    assert "1990, 50 people" in text, text


def _glyphs(
    text: str, confidence: float, box: tuple[float, float, float, float], baseline: float
) -> dict:
    """An OCR word with its glyph box (points) on a line of 13-point type at `baseline`."""
    return {
        "text": text,
        "confidence": confidence,
        "bbox": [round(v * SCALE) for v in box],
        "baseline": baseline * SCALE,
        "font_px": 13 * SCALE,
    }


def test_a_leader_s_dots_read_as_letters_are_dropped() -> None:
    """A dotted leader between a dish and its price, read as "SN", "e", "AR" and a bullet:
    specks a third as tall as the words level with them on both sides go, so the line reads
    name, dots, price. A dash between words of a name stays, and so does small type on a
    line of its own."""
    words = [
        _glyphs("Roasted", 92, (81, 238, 120, 251), 249),
        _glyphs("Octopus", 92, (123, 238, 165, 251), 249),
        _glyphs(".....", 60, (243, 246, 269, 249), 249),
        _glyphs("SN", 55, (297, 246, 318, 249), 249),
        _glyphs("AR", 50, (330, 246, 360, 249), 249),
        _glyphs("e", 45, (457, 245, 471, 249), 249),
        _glyphs("•", 45, (430, 245, 436, 249), 249),
        _glyphs("24,29", 95, (479, 238, 505, 251), 249),
        _glyphs("€", 95, (508, 238, 517, 251), 249),
        _glyphs("Onda", 92, (81, 300, 110, 313), 311),
        _glyphs("-", 92, (113, 306, 117, 307), 311),
        _glyphs("libreria", 92, (120, 300, 160, 313), 311),
        _glyphs("see", 90, (81, 400, 92, 404), 404),
        _glyphs("notes", 90, (94, 400, 110, 404), 404),
    ]
    text = _page(words)
    for speck in ("SN", "AR", " e ", "•"):
        assert speck not in text, text
    assert "Roasted Octopus" in text and "24,29 €" in text and "....." in text, text
    assert "Onda - libreria" in text and "see notes" in text, text


def test_short_words_between_dashes_ocr_boxed_tall_are_no_leader_specks() -> None:
    """A door's widths, "Szerokości: 70 cm · 80 cm · 90 cm · 100 cm": OCR reads two of the
    middle dots as dashes boxed three times as tall as the type, one far left and one far
    right on the line. "cm" is short beside them, yet a dash's box is no measure of the
    type: every "cm" stays. (The dotted leader's specks above stay dropped.)"""
    words = [_glyphs("Szerokości:", 90, (40, 704, 82, 712), 712)]
    x = 86.0
    for n, width in enumerate(("70", "80", "90", "100")):
        words.append(_glyphs(width, 92, (x, 704, x + 4 * len(width), 712), 712))
        words.append(_glyphs("cm", 85, (x + 12, 708, x + 23, 712), 712))
        dash = (x + 26, 703, x + 29, 715) if n in (0, 2) else (x + 26, 708, x + 27, 709)
        words.append(_glyphs("-", 70, dash, 712))
        x += 32
    text = _page(words)
    assert text.count("cm") == 4, text
    assert "70 cm" in text and "90 cm" in text and "100 cm" in text, text


def test_a_word_ocr_read_twice_at_one_place_is_read_once() -> None:
    """Tesseract read a pack line's "Ft" twice, the second time less surely in a line of
    its own over the first's glyphs: the line reads once, in order, one "Ft" after "2 990".
    Control: the same word twice on the line, apart, stays twice."""
    line = [
        ("12", (126, 569, 137, 576)),
        ("x", (144, 570, 148, 576)),
        ("85", (154, 569, 166, 576)),
        ("g", (170, 569, 175, 578)),
        ("2", (180, 569, 185, 576)),
        ("990", (190, 569, 209, 576)),
        ("Ft", (213, 569, 223, 576)),
        ("-", (231, 571, 233, 574)),
        ("48", (242, 569, 253, 576)),
        ("x", (260, 570, 264, 576)),
        ("85", (269, 569, 281, 576)),
        ("g", (285, 569, 290, 578)),
        ("9", (294, 569, 300, 576)),
        ("700", (306, 569, 323, 576)),
        ("Ft", (329, 569, 339, 576)),
    ]
    words = [_glyphs(text, 93, box, 576) for text, box in line]
    twice = {**_glyphs("Ft", 53, (213, 569, 223, 576), 576), "font_px": 9.5 * SCALE}
    text = _page([*words[:7], twice, *words[7:]])
    assert " ".join(text.split()) == "12 x 85 g 2 990 Ft - 48 x 85 g 9 700 Ft", text


PT = 200 / 72  # pixels per point of the arrays below


def _px(points: float) -> int:
    return round(points * PT)


def _photo(pixels: np.ndarray, left: float, top: float, right: float, bottom: float) -> None:
    """A product shot: a backdrop shaded left to right, a dark object in the middle."""
    x0, y0, x1, y1 = _px(left), _px(top), _px(right), _px(bottom)
    pixels[y0:y1, x0:x1] = np.linspace(130, 200, x1 - x0)[None, :]
    w, h = x1 - x0, y1 - y0
    pixels[y0 + h // 4 : y1 - h // 4, x0 + w // 4 : x1 - w // 4] = 60


def test_a_dark_title_bar_with_its_title_read_is_no_figure() -> None:
    """A dark bar across the page's top with its white title read on it is the title's
    background; the photo under it is still a figure."""
    from pdfqueue.engines.layout import Word, figures_in_image

    pixels = np.full((_px(842), _px(595)), 250, dtype=np.uint8)
    pixels[: _px(60), :] = 60
    title = Word("Weekly", 30, 18, 120, 46, 24.0)
    for x in range(_px(30), _px(120), 6):  # the title's white strokes
        pixels[_px(22) : _px(42), x : x + 2] = 250
    _photo(pixels, 30, 100, 170, 210)
    figures = figures_in_image(pixels, 1 / PT, [title])
    assert len(figures) == 1, figures
    assert figures[0][1] >= 95, figures


def test_the_rest_of_a_price_box_beside_its_price_is_no_figure() -> None:
    """A light price box: OCR read the euros, not the small cents beside them. The part of
    the box past the word read is its fill with a few strokes, not a photo; a photo right
    beside a word stays one."""
    from pdfqueue.engines.layout import Word, figures_in_image

    pixels = np.full((_px(842), _px(595)), 250, dtype=np.uint8)
    pixels[_px(503) : _px(549), _px(443) : _px(553)] = 212  # the box
    euros = Word("0.", 450, 505, 497, 546, 30.0)
    pixels[_px(510) : _px(540), _px(455) : _px(460)] = 20  # the euros' strokes
    for x in (505, 525):  # the cents' strokes, unread: two rings
        pixels[_px(508) : _px(530), _px(x) : _px(x + 14)] = 20
        pixels[_px(511) : _px(527), _px(x + 3) : _px(x + 11)] = 212
    _photo(pixels, 30, 500, 160, 610)
    label = Word("Butter", 161, 500, 200, 512, 10.0)
    figures = figures_in_image(pixels, 1 / PT, [euros, label])
    assert len(figures) == 1, figures
    assert figures[0][0] < 40 and figures[0][2] > 150, figures


def test_a_light_photo_right_over_its_caption_s_price_stays_a_figure() -> None:
    """A product shot on a light, softly shaded backdrop (most of it one flat tone, a small
    dark object) set a hair over its caption's price, on paper: the words it touches stand
    on paper, not on its fill, so it is a photo, not the rest of a price box. Control: the
    price box beside its euros (above) stays no figure."""
    from pdfqueue.engines.layout import Word, figures_in_image

    pixels = np.full((_px(842), _px(595)), 250, dtype=np.uint8)
    x0, y0, x1, y1 = _px(40), _px(60), _px(190), _px(172)
    pixels[y0:y1, x0:x1] = np.linspace(178, 196, x1 - x0)[None, :].astype(np.uint8)
    pixels[_px(95) : _px(135), _px(100) : _px(130)] = 70  # the object
    price = Word("$212.27", 42, 173, 100, 193, 17.7)
    for x in range(_px(44), _px(98), 8):  # the price's strokes
        pixels[_px(177) : _px(191), x : x + 3] = 30
    noise = np.random.default_rng(7).normal(0, 3, pixels.shape)
    pixels = np.clip(pixels + noise, 0, 255).astype(np.uint8)
    figures = figures_in_image(pixels, 1 / PT, [price])
    assert len(figures) == 1, figures
    assert figures[0][0] < 45 and figures[0][2] > 185, figures


def _framed_card(pixels: np.ndarray, left: float, top: float) -> None:
    """A card 168 points wide with a thin grey frame and a photo 6 points inside it."""
    x0, y0, x1, y1 = _px(left), _px(top), _px(left + 168), _px(top + 232)
    for x in (x0, x1):
        pixels[y0:y1, x : x + 3] = 200
    for y in (y0, y1):
        pixels[y : y + 3, x0 : x1 + 3] = 200
    _photo(pixels, left + 6, top + 6, left + 162, top + 116)


def test_two_photos_on_framed_cards_side_by_side_are_two_figures() -> None:
    """Two cards ten points apart, each framed by a thin grey line with a photo in it: the
    frames join the two photos' faint surroundings, yet each photo is its own figure."""
    from pdfqueue.engines.layout import figures_in_image

    pixels = np.full((_px(842), _px(595)), 250, dtype=np.uint8)
    _framed_card(pixels, 36, 60)
    _framed_card(pixels, 212, 60)
    noise = np.random.default_rng(5).normal(0, 4, pixels.shape)
    pixels = np.clip(pixels + noise, 0, 255).astype(np.uint8)
    figures = sorted(figures_in_image(pixels, 1 / PT))
    assert len(figures) == 2, figures
    assert figures[0][2] <= 214 and figures[1][0] >= 204, figures


def test_a_drawing_s_outline_around_its_small_dark_parts_is_one_figure() -> None:
    """A drawn face: an outline with two small dark eyes in it. The eyes are photo-sized
    regions, yet they cover little of the outline's box: one figure, the outline's."""
    from pdfqueue.engines.layout import figures_in_image

    def face(draw: ImageDraw.ImageDraw) -> None:
        draw.ellipse((400, 600, 1200, 1400), outline=60, width=5)
        draw.ellipse((560, 800, 660, 900), fill=30)
        draw.ellipse((940, 800, 1040, 900), fill=30)

    figures = figures_in_image(np.asarray(_scan(face)), 1 / PT)
    assert len(figures) == 1, figures
    assert figures[0][0] <= 400 / PT + 4 and figures[0][2] >= 1200 / PT - 4, figures


def _photo_glyph(text: str, box: tuple[float, float, float, float]) -> dict:
    """A photo read by OCR as one huge glyph: its box the photo's, its size as tall."""
    return {
        "text": text,
        "confidence": 60,
        "bbox": [round(v * PT) for v in box],
        "baseline": box[3] * PT,
        "font_px": (box[3] - box[1]) * PT,
    }


def _list_page(glyph: str | None) -> tuple[dict, Image.Image]:
    """A product list row: a photo at left, a name and a price right of it."""
    pixels = np.full((_px(842), _px(595)), 250, dtype=np.uint8)
    _photo(pixels, 36, 64, 154, 182)
    words = [
        _glyphs("Nova", 92, (168, 70, 200, 80), 80),
        _glyphs("X5", 92, (204, 70, 218, 80), 80),
        _glyphs("$689.99", 92, (470, 120, 520, 130), 130),
        _glyphs("Spring", 92, (168, 300, 200, 310), 310),
        _glyphs("sale", 92, (204, 300, 230, 310), 310),
    ]
    if glyph:
        words.append(_photo_glyph(glyph, (36, 64, 154, 182)))
    result = {"words": words, "width": _px(595), "rotation": 0}
    return result, Image.fromarray(pixels, "L")


def test_a_photo_ocr_read_as_one_huge_glyph_is_a_figure_not_text() -> None:
    """A plain product shot (a grey square, a rounded shape on it) that Tesseract reads as
    one huge "™": the word is dropped and the photo is a figure, as without the word."""
    result, image = _list_page("™")
    page = page_from_ocr(result, 1, 595, 842, image=image)
    assert "™" not in page.text, page.text
    assert [b.kind for b in page.blocks].count("figure") == 1, page.blocks
    assert "Nova X5" in page.text and "$689.99" in page.text


def test_a_big_glyph_on_paper_stays_text() -> None:
    """A huge letter on paper (a drop cap, a poster's big sign) leaves most of its box paper:
    it is text, kept."""
    result, image = _list_page(None)
    result["words"].append(_photo_glyph("A", (300, 400, 420, 560)))
    pixels = np.asarray(image).copy()
    pixels[_px(400) : _px(560), _px(300) : _px(320)] = 20  # the letter's strokes only
    pixels[_px(400) : _px(420), _px(300) : _px(420)] = 20
    page = page_from_ocr(result, 1, 595, 842, image=Image.fromarray(pixels, "L"))
    assert "A" in page.text.split(), page.text


def _cells(text: str, left: float, top: float, size: float = 7.5) -> list:
    from pdfqueue.engines.layout import Word

    out, x = [], left
    for token in text.split():
        out.append(Word(token, x, top, x + 0.55 * size * len(token), top + size * 1.15, size))
        x = out[-1].right + 0.3 * size
    return out


def test_cards_detail_lines_under_a_row_of_photos_are_no_table() -> None:
    """Three cards side by side: a photo each, the name under it (OCR lost the line under
    the names), then each card's code, cross-reference and price, level across the cards.
    Aligned as they are, they are three cards' details, not one table."""
    from pdfqueue.engines.layout import layout_words

    photos = [(36.0 + 178 * n, 325.0, 210.0 + 178 * n, 443.0) for n in range(3)]
    words = []
    for n in range(3):
        x = 42 + 178 * n
        words += _cells(f"Part {n} Name", x, 448, 11)
        words += _cells(f"Code: 4{n}-4083", x, 480)
        words += _cells(f"OE: 7311{n}-79437", x, 492)
        words += _cells(f"OE: 1K0 31{n} 126", x, 503)
        words += _cells(f"€ 12{n},11", x + 100, 536, 14)
    blocks = layout_words(words, [], photos, 595, 842)
    assert not [b for b in blocks if b.kind == "table"], [b.text for b in blocks]


def test_a_comparison_table_under_photos_with_its_row_labels_left_stays_a_table() -> None:
    """Products as columns under their photos, the row labels left of the photos: a table."""
    from pdfqueue.engines.layout import layout_words

    photos = [(160.0 + 100 * n, 85.0, 250.0 + 100 * n, 153.0) for n in range(4)]
    words = []
    for r, label in enumerate(("Order no.", "Capacity", "Weight", "Price")):
        top = 190 + 14 * r
        words += _cells(label, 45, top, 8)
        for n in range(4):
            words += _cells(f"{label[0]}{r}{n}-55", 160 + 100 * n, top, 8)
    blocks = layout_words(words, [], photos, 595, 842)
    assert [b.kind for b in blocks].count("table") == 1, [b.text for b in blocks]


def _ruled_list(rules: bool) -> tuple[dict, Image.Image]:
    """A scanned parts list ruled by its rows (a light grey hairline under each row, a frame),
    each part's name set on two lines in its row, a title over it and part numbers in the
    margin, and the OCR words of it (points -> pixels).
    Without `rules`, the same words on blank paper."""
    parts = [
        ("Blade 46 cm, hardened", "steel, with centring ring", "Model A, Model B", "34,50"),
        ("Blade 53 cm, hardened", "steel, with centring ring", "Model C, Model D", "39,95"),
        ("Hex bolt for the blade", "M10 x 25, grade 8.8", "all models", "2,40"),
        ("Blade adapter with key", "for a 22 mm crankshaft", "Model A, Model C", "18,75"),
        ("Air filter element", "paper with pre-filter", "Model A, Model D", "9,60"),
        ("Rear wheel 200 mm", "with ball bearing and cap", "Model B", "16,40"),
        ("Front wheel 180 mm", "with ball bearing and cap", "Model B, Model D", "14,90"),
    ]
    words: list[dict] = []

    def line(text: str, left: float, baseline: float) -> None:
        x = left
        for token in text.split():
            width = 5.0 * len(token)
            words.append(_word(token, 95.0, x, x + width, baseline))
            x += width + 3.0

    top = 100.0
    line("ACME PARTS LIST SERIES 5", 100, top - 34)  # a title line over the table
    line("valid from 1-3-2026", 480, top - 34)
    line("Description", 100, top - 14)
    line("Fits", 330, top - 14)
    line("Price", 500, top - 14)
    edges = [top]
    for index, (first, second, fits, price) in enumerate(parts):
        y = top + 30 * index
        line(f"51{index}0-22{index}0", 20, y + 12)  # its part number in the margin
        line(first, 100, y + 12)
        line(second, 100, y + 24)
        line(fits, 330, y + 12)
        line(price, 520, y + 12)
        edges.append(y + 30)

    def draw_on(draw: ImageDraw.ImageDraw) -> None:
        if not rules:
            return
        left, right = round(90 * SCALE), round(556 * SCALE)
        for y in [top - 26, *edges]:
            draw.line((left, round(y * SCALE), right, round(y * SCALE)), fill=215, width=2)
        for x in (left, right):
            draw.line((x, round((top - 26) * SCALE), x, round(edges[-1] * SCALE)), fill=215)

    result = {"words": words, "width": round(595 * SCALE), "rotation": 0}
    return result, _scan(draw_on)


def test_a_scanned_list_ruled_by_its_rows_is_one_table_of_its_rows() -> None:
    """A parts list ruled by its rows, each name on two lines in its row: from the scan's
    light hairlines the rows are the rules' bands, as on the list's text layer, so each
    part is one row of the table, its name's two lines one cell (without the rules read from
    the image, the list was read by its alignment alone: the title over it and the part
    numbers in the margin became a row and a column of it)."""
    result, image = _ruled_list(rules=True)
    page = page_from_ocr(result, 1, 595, 842, image=image)
    tables = [b for b in page.blocks if b.kind == "table"]
    assert len(tables) == 1
    rows = tables[0].rows or []
    assert rows[0] == ["Description", "Fits", "Price"]
    assert ["Blade 46 cm, hardened steel, with centring ring", "Model A, Model B", "34,50"] in rows
    assert ["Front wheel 180 mm with ball bearing and cap", "Model B, Model D", "14,90"] in rows


def test_a_scan_s_photo_and_a_rule_under_a_heading_make_no_table() -> None:
    """Control: a page of prose under a heading with a long hairline under it, a dark photo
    beside it: the hairline is one rule and the photo's rows are too thick for rules, so the
    prose stays lines of text, as without the image."""
    words: list[dict] = []
    prose = "the river ran slowly past the mill and the old stone bridge"
    for row in range(12):
        x = 80.0
        for token in prose.split(" "):
            words.append(_word(token, 95.0, x, x + 5.0 * len(token), 130 + 14 * row))
            x += 5.0 * len(token) + 3.0
    words.append(_word("Chapter", 95.0, 80, 130, 100))

    def draw_on(draw: ImageDraw.ImageDraw) -> None:
        draw.line(
            (round(80 * SCALE), round(108 * SCALE), round(520 * SCALE), round(108 * SCALE)),
            fill=200,
            width=2,
        )
        draw.rectangle(
            (round(380 * SCALE), round(300 * SCALE), round(540 * SCALE), round(420 * SCALE)),
            fill=40,
        )

    result = {"words": words, "width": round(595 * SCALE), "rotation": 0}
    page = page_from_ocr(result, 1, 595, 842, image=_scan(draw_on))
    assert not [b for b in page.blocks if b.kind == "table"]
    assert "the river ran slowly" in page.text


def test_a_scan_s_light_skewed_hairlines_are_rules_a_photo_s_rows_not() -> None:
    """A ruled table's hairlines scan light grey (some 50 levels under the paper) and turn
    with the page's skew: found as rules in the frame OCR turned the page straight in, each
    as long as it is drawn; a dark photo's rows are too thick for rules."""
    from pdfqueue.engines.layout import rules_in_image

    def draw_on(draw: ImageDraw.ImageDraw) -> None:
        for y in (400, 500, 600):
            draw.line((250, y, 1450, y + 10), fill=200, width=2)  # skewed by some 0.48 deg
        draw.rectangle((300, 1200, 1300, 1600), fill=40)

    rules = rules_in_image(
        np.asarray(_scan(draw_on)), 1 / SCALE, skew=math.degrees(math.atan2(10, 1200))
    )
    assert len(rules) == 3
    for rule in rules:
        assert rule[3] - rule[1] <= 2.5
        assert abs(rule[0] - 250 / SCALE) <= 6 and abs(rule[2] - 1450 / SCALE) <= 6


def test_a_scanned_frame_s_sides_overshooting_its_top_rule_group_with_it() -> None:
    """A scanned frame's two sides start a hair above its top rule; cut back to it, they come
    after it and the rules group into one grid, one table (apart, each side formed a group
    of its own and the rows were ruled on one side only: no table)."""
    from pdfqueue.engines.layout import _sides_to_corners, _touching

    sides = [(89.6, 57.2, 91.1, 440.5), (554.6, 57.2, 556.1, 440.5)]
    across = [(89.3, 57.6 + 30 * i, 555.7, 58.8 + 30 * i) for i in range(13)]
    assert len(_touching(_sides_to_corners([*sides, *across]))) == 1


def test_two_scanned_tables_apart_keep_their_rules_apart() -> None:
    """Control: two framed tables side by side, a gutter between them: two groups."""
    from pdfqueue.engines.layout import _sides_to_corners, _touching

    left = [(40.0, 99.6, 41.0, 400.0), (290.0, 99.6, 291.0, 400.0)]
    left += [(40.0, 100.0 + 30 * i, 291.0, 101.0 + 30 * i) for i in range(11)]
    right = [(x + 270.0, top, x2 + 270.0, bottom) for x, top, x2, bottom in left]
    assert len(_touching(_sides_to_corners([*left, *right]))) == 2


def _card_page(card_fill: int, ink: int) -> Image.Image:
    """Three lines of dark body text on the paper, then a card taller than wide filled with
    `card_fill`: a bold name, a regular description and a code, in `ink`."""

    def draw_on(draw: ImageDraw.ImageDraw) -> None:
        body = _font(30)
        lines = (
            "Our shop is open every day from nine until six",
            "Delivery is free for orders over fifty euros",
            "Prices include value added tax and packing",
        )
        for index, line in enumerate(lines):
            draw.text((120, 120 + 50 * index), line, fill=20, font=body)
        draw.rectangle((120, 400, 900, 1100), fill=card_fill)
        draw.text((170, 450), "Electric Kettle Nordlys", fill=ink, font=_font(40), stroke_width=2)
        draw.text((170, 530), "stainless steel with a filter", fill=ink, font=body)
        draw.text((170, 580), "item number 4812", fill=ink, font=body)

    return _scan(draw_on)


@pytest.mark.parametrize(("fill", "ink"), [(35, 245), (225, 10)])
def test_a_bold_name_on_a_dark_card_reads_bold_its_description_not(
    ocr_engine: OcrEngine, fill: int, ink: int
) -> None:
    """On a dark card lettered light (and, the control, a light card lettered dark) the bold
    name is bold and the description under it is not: a word's ink is its letters, not the
    card's fill around them (taken as ink, the fill made the description's "stems" thick)."""
    image = _card_page(fill, ink)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    layout = page_from_ocr(ocr_engine.recognize(buffer.getvalue()), 1, 595, 842, image=image)
    named = [block for block in layout.blocks if "Kettle" in block.text]
    described = [block for block in layout.blocks if "stainless" in block.text]
    assert named and all(block.bold for block in named), layout.blocks
    assert described and not any(block.bold for block in described), layout.blocks
