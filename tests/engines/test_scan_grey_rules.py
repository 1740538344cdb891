"""A light ruled table on a scan: its grey rules (noisy about a light grey, no ink at half
grey) are taken out before Tesseract reads the page, and a word whose glyph Tesseract joined
to a piece of rule keeps the box of its glyphs, so the table's first row keeps its size."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from pdfqueue.engines.ocr import _remove_rules, _without_stray_glyph_ink


def _page() -> tuple[Image.Image, np.ndarray]:
    """A page with a grey rule two pixels thick, a grey panel, a line of text and a dark
    rule, with a scanner's noise; and the noise-free drawing."""
    image = Image.new("L", (1600, 1200), 250)
    draw = ImageDraw.Draw(image)
    draw.rectangle((200, 300, 1400, 301), fill=205)  # the grey rule
    draw.rectangle((200, 600, 1400, 700), fill=205)  # a grey panel: not a rule
    font = ImageFont.load_default(size=40)
    draw.text((200, 420), "Tuotenro 1523576 1457120 1694255 1164059", fill=20, font=font)
    drawn = np.asarray(image).copy()
    noise = np.random.default_rng(7).normal(0, 12, (1200, 1600))
    pixels = np.clip(drawn.astype(np.float64) + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "L"), drawn


def test_a_grey_rule_is_taken_out() -> None:
    image, _ = _page()
    cleaned = np.asarray(_remove_rules(image))
    assert cleaned[300:302, 220:1380].mean() > 245  # the rule gone
    assert np.asarray(image)[300:302, 220:1380].mean() < 225


def test_a_grey_panel_and_text_stay() -> None:
    """Control: a grey fill is no rule, nor is a line of text; both stay as they were."""
    image, drawn = _page()
    before = np.asarray(image)
    cleaned = np.asarray(_remove_rules(image))
    assert (cleaned[610:690, 220:1380] == before[610:690, 220:1380]).all()
    text = drawn[400:480, 190:1500] < 128
    assert (cleaned[400:480, 190:1500][text] == before[400:480, 190:1500][text]).all()


def test_a_glyph_joined_to_a_rule_leaves_the_word_its_glyphs_box() -> None:
    glyphs = [(c, (904 + 14 * i, 355, 914 + 14 * i, 373)) for i, c in enumerate("152357")]
    glyphs.append(("6", (988, 333, 1000, 373)))  # reaches up to the rule above the row
    assert _without_stray_glyph_ink((904, 333, 1000, 373), glyphs) == (904, 355, 1000, 373)


def test_capitals_accents_and_descenders_keep_the_word_s_box() -> None:
    """Control: a capital, an accented capital and a descender reach past the x-height
    letters, by less than a glyph's height; the word keeps Tesseract's box."""
    glyphs = [("É", (100, 80, 112, 118)), ("t", (113, 94, 119, 118))]
    glyphs += [(c, (120 + 12 * i, 100, 130 + 12 * i, 118)) for i, c in enumerate("age")]
    glyphs.append(("p", (160, 100, 170, 126)))
    assert _without_stray_glyph_ink((100, 80, 170, 126), glyphs) == (100, 80, 170, 126)
