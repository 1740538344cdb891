"""A light ruled table on a scan: a word whose glyph Tesseract joined to a piece of rule keeps
the box of its glyphs, so the table's first row keeps its size. (Taking the grey rules out
before OCR was tried and not kept: it lost more products on other scans than it found.)"""

from __future__ import annotations

from pdfqueue.engines.ocr import _without_stray_glyph_ink


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
