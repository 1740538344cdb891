"""Text set smaller beside a row's name: a note in smaller italics under the description
("light hairlines" under a coin, "ex Norweb collection") is the row's description, and a
gloss set smaller after a bold name on its line ("Cornetto alla crema  Custard croissant",
a menu's translation) is its other name; neither is part of the name. Controls: a
description wrapped onto a second line in the row's own type, and words after a bold name in
its own size, stay the name's."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

COLUMNS = (40, 90, 330, 400, 500)  # Date, Description, Ref., Grade, Price (its right edge)


ROWS = [
    ("1816", "Sixpence, bull head", "S.3791", "EF", "65"),
    ("1836", "Shilling", "S.3835", "VF", "85"),
    ("1845", "Crown, young head", "S.3882", "GF", "450"),
    ("1887", "Florin, Jubilee head", "S.3925", "BU", "30"),
    ("1893", "Halfcrown, old head", "S.3938", "EF", "70"),
]


def _list(notes: dict[int, str], style: str = "I", size: float = 7.5) -> FPDF:
    """The list's titles and `ROWS`, under row n its note `notes[n]` in `style` and `size`."""
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Times", "B", 18)
    pdf.text(40, 50, "Fixed Price List No. 12")
    pdf.set_font("Times", "B", 10)
    for x, title in zip(COLUMNS, ("Date", "Description", "Ref.", "Grade", "£"), strict=True):
        pdf.text(x if title != "£" else COLUMNS[4] + 24, 90, title)
    y = 112.0
    for n, cells in enumerate(ROWS):
        pdf.set_font("Times", "", 10)
        for x, text in zip(COLUMNS[:4], cells[:4], strict=True):
            pdf.text(x, y, text)
        pdf.text(COLUMNS[4] + 30 - pdf.get_string_width(cells[4]), y, cells[4])
        if n in notes:
            pdf.set_font("Times", style, size)
            pdf.text(COLUMNS[1], y + size + 2.5, notes[n])
            y += size + 2.5
        y += 17
    return pdf


def test_a_note_in_smaller_italics_under_a_row_is_its_description(tmp_path: Path) -> None:
    pdf = _list({1: "light hairlines", 3: "attractive old cabinet tone"})
    products = products_of_pdf(pdf, tmp_path)
    assert [p.name for p in products][1:4] == [
        "Shilling 1836",
        "Crown, young head 1845",
        "Florin, Jubilee head 1887",
    ]
    assert products[1].description == "light hairlines"
    assert products[3].description == "attractive old cabinet tone"


def test_a_description_wrapped_in_the_row_s_own_type_stays_its_name(tmp_path: Path) -> None:
    pdf = _list({1: "with rare overstrike"}, style="", size=10)
    names = [p.name for p in products_of_pdf(pdf, tmp_path)]
    assert any("Shilling" in n and "with rare overstrike" in n for n in names), names


def _menu(rows: list[tuple[str, str, str]], gloss_size: float = 8.0) -> FPDF:
    """A café's list: each row's name in bold, a gloss after it in `gloss_size` regular type
    (none when ""), dot leaders, its price flush right."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 50, "Dalla pasticceria - From our bakery")
    pdf.set_font("Helvetica", "", 8)
    pdf.text(40, 70, "Sfornati ogni mattina. Baked fresh every morning.")
    y = 95.0
    for name, gloss, price in rows:
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(40, y, name)
        x = 40 + pdf.get_string_width(name) + 6
        if gloss:
            pdf.set_font("Helvetica", "", gloss_size)
            pdf.text(x, y, gloss)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(300, y, ". " * 30)
        pdf.text(555 - pdf.get_string_width(price), y, price)
        y += 18
    return pdf


PASTRIES = [
    ("Cornetto alla crema", "Custard croissant", "€ 1,80"),
    ("Sfogliatella", "Shell pastry", "€ 2,20"),
    ("Cannolo siciliano", "Ricotta cannoli", "€ 2,80"),
    ("Bombolone", "Doughnut", "€ 1,90"),
]


def test_a_gloss_set_smaller_after_a_bold_name_is_its_other_name(tmp_path: Path) -> None:
    products = products_of_pdf(_menu(PASTRIES), tmp_path)
    assert [p.name for p in products] == [n for n, _, _ in PASTRIES]
    assert products[0].attributes["other names"] == "Custard croissant"
    assert products[3].prices == ["€ 1,90"]


def test_words_after_a_bold_name_in_its_own_size_stay_the_name(tmp_path: Path) -> None:
    products = products_of_pdf(_menu(PASTRIES, gloss_size=10), tmp_path)
    assert [p.name for p in products] == [f"{n} {g}" for n, g, _ in PASTRIES]


def test_a_description_wrapped_a_point_smaller_stays_its_name(tmp_path: Path) -> None:
    """A wrapped line in 9 pt under a 10 pt name (a price list's long description run on in
    a slightly smaller size) is still the name's."""
    pdf = _list({1: "for fixing in hollow walls"}, style="", size=9)
    names = [p.name for p in products_of_pdf(pdf, tmp_path)]
    assert any("Shilling" in n and "for fixing in hollow walls" in n for n in names), names
