"""A leaflet's wheel: entries round a drawn plate, each joined to it by a spoke, each a small
photo over a bold name (wrapped onto two lines when long), its code and its price. Slanted
lines draw a picture, not a table's ruling (the same entries in a grid of rules across and
down are a table); a line under a photo too wide to caption it ends the photo's caption, so
the entry's lines under it read in order."""

from __future__ import annotations

import math
from pathlib import Path

from fpdf import FPDF

from pdfqueue.engines.layout import Block, Word, analyse_document, layout_words

ENTRIES = [
    ("Apfelstrudel", "AS-101", "3,20 €"),
    ("Mohnkuchen", "MK-102", "2,90 €"),
    ("Nusszopf", "NZ-103", "2,60 €"),
    ("Linzer Torte", "LT-104", "3,10 €"),
    ("Bienenstich", "BS-105", "2,95 €"),
    ("Zitronentarte", "ZT-106", "3,40 €"),
    ("Quarkkuchen", "QK-107", "2,80 €"),
    ("Sachertorte", "ST-108", "4,20 €"),
]
CENTRE = (297.0, 420.0)


def _entry(pdf: FPDF, x: float, y: float, name: str, code: str, price: str) -> None:
    for size, style, line, down in ((9, "B", name, 0), (7, "", f"Art.-Nr. {code}", 11)):
        pdf.set_font("Helvetica", style, size)
        pdf.text(x - pdf.get_string_width(line) / 2, y + down, line)
    pdf.set_font("Helvetica", "", 8)
    pdf.text(x - pdf.get_string_width(price) / 2, y + 22, price)


def _page(tmp_path: Path, *, wheel: bool) -> list[Block]:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_draw_color(160, 120, 120)
    pdf.set_line_width(0.5)
    cx, cy = CENTRE
    if wheel:  # eight spokes from the plate's middle out to the entries, slanted but four
        spots = [
            (
                cx + 200 * math.cos(math.radians(-90 + k * 45)),
                cy + 230 * math.sin(math.radians(-90 + k * 45)),
            )
            for k in range(8)
        ]
        for x, y in spots:
            pdf.line(cx, cy, x, y)
        pdf.ellipse(cx - 70, cy - 70, 140, 140)
    else:  # the same entries in a grid ruled across and down
        spots = [(160 + 140 * (k % 3), 180 + 90 * (k // 3)) for k in range(8)]
        for k in range(4):
            pdf.line(90, 160 + 90 * k, 510, 160 + 90 * k)
        for k in range(4):
            pdf.line(90 + 140 * k, 160, 90 + 140 * k, 430)
    for (x, y), entry in zip(spots, ENTRIES, strict=True):
        _entry(pdf, x, y + 4, *entry)
    path = tmp_path / "page.pdf"
    pdf.output(str(path))
    return analyse_document(path).pages[0].blocks


def test_a_wheel_of_slanted_spokes_rules_no_table(tmp_path: Path) -> None:
    """The spokes' boxes overlap like a grid's cells; slanted lines draw a picture, so no
    ruled table is read and no entry's name runs into its code in one cell."""
    blocks = _page(tmp_path, wheel=True)
    tables = [b for b in blocks if b.kind == "table"]
    assert not any(b.ruled for b in tables)
    pieces = [cell for b in tables for row in b.rows or [] for cell in row]
    pieces += [b.text for b in blocks if b.kind != "table"]
    for name, code, price in ENTRIES:
        assert {name, f"Art.-Nr. {code}", price} <= set(pieces)


def test_entries_in_a_grid_ruled_across_and_down_are_a_table(tmp_path: Path) -> None:
    """Control: rules across and down round the same entries rule a table."""
    tables = [b for b in _page(tmp_path, wheel=False) if b.kind == "table"]
    assert len(tables) == 1
    assert any("Apfelstrudel" in cell for row in tables[0].rows or [] for cell in row)


def _line(text: str, centre: float, top: float, size: float, bold: bool) -> list[Word]:
    """A line of words centred on `centre`, each glyph half its size wide."""
    width = 0.5 * size * len(text)
    x, out = centre - width / 2, []
    for token in text.split():
        out.append(Word(token, x, top, x + 0.5 * size * len(token), top + 1.2 * size, size, bold))
        x += 0.5 * size * (len(token) + 1)
    return out


def _photo_over(lines: list[tuple[str, float, bool]]) -> list[Block]:
    """A photo 36 points wide, its entry's lines centred under it, top down."""
    photo = (280.0, 150.0, 316.0, 186.0)
    words, top = [], 192.0
    for text, size, bold in lines:
        words += _line(text, 298.0, top, size, bold)
        top += 1.25 * size
    return layout_words(words, [], [photo], 595, 842)


def test_a_line_too_wide_to_caption_a_photo_ends_its_caption() -> None:
    """A bold name wrapped over two lines under a small photo, its first line wider than a
    caption of the photo can be: the caption ends there, so the name's second line is not
    read apart from its first (nor the price before the name): the entry reads in order."""
    blocks = _photo_over(
        [
            ("Schwarzwälder", 9, True),
            ("Kirschtorte", 9, True),
            ("Art.-Nr. KT-412 · 16 Stück", 7, False),
            ("Stück 3,90 €", 8, False),
        ]
    )
    texts = [b.text for b in blocks if b.kind != "figure"]
    assert texts == ["Schwarzwälder Kirschtorte", "Art.-Nr. KT-412 · 16 Stück", "Stück 3,90 €"]


def test_lines_as_narrow_as_a_photo_caption_it() -> None:
    """Control: lines no wider than a caption of the photo are its caption, in order."""
    blocks = _photo_over([("Linzer", 9, True), ("Torte", 9, True), ("Stück 3,10 €", 8, False)])
    assert blocks[0].kind == "figure"
    assert [b.text for b in blocks[1:]] == ["Linzer Torte", "Stück 3,10 €"]
    assert blocks[1].kind == "caption"
