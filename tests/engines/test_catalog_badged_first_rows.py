"""A wholesale list's section whose first row carries a badge ("NEW") set in the gutter after
its name, where the longer names of the rows under it run on: the table finder leaves that
row out (its badge a column the other rows cross), and the row put back keeps the badge with
its name; its product was lost. Control: a second name block in the same cell (two words of
text, no badge) still makes no row of the table."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

ROWS = [
    ("EN-C4-20", "Padded envelope C4, paper", "100 pcs", "68,90", "63,40"),
    ("EN-E15-10", "Padded envelope E/15, white", "100 pcs", "34,90", "32,10"),
    (
        "EN-LD-32",
        "Poly mailer LDPE 325 x 425 mm with peel and seal strip",
        "500 pcs",
        "84,50",
        "77,70",
    ),
    ("BG-PAP-24", "Paper bag with twisted handle 240 x 110 x 320 mm", "50 pcs", "39,90", "36,70"),
]


def _list(badge: str) -> FPDF:
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 50, "Packaging price list 2026")
    pdf.set_font("Helvetica", "B", 8)
    for x, title in ((40, "Code"), (112, "Description"), (356, "Pack"), (430, "1+"), (520, "10+")):
        pdf.text(x, 80, title)
    pdf.set_font("Helvetica", "B", 9)
    pdf.text(44, 100, "Envelopes and bags")
    y = 116.0
    for n, (code, name, pack, one, ten) in enumerate(ROWS):
        pdf.set_font("Helvetica", "", 8)
        for x, text in ((40, code), (112, name), (356, pack)):
            pdf.text(x, y, text)
        for right, amount in ((456, one), (546, ten)):
            pdf.text(right - pdf.get_string_width(amount), y, amount)
        if n == 0 and badge:
            pdf.set_font("Helvetica", "B", 6)
            pdf.text(300, y, badge)
        y += 15
    return pdf


def test_a_first_row_with_a_badge_in_the_gutter_is_the_table_s_row(tmp_path: Path) -> None:
    products = products_of_pdf(_list("NEW"), tmp_path)
    assert [p.codes for p in products] == [[row[0]] for row in ROWS]
    assert products[0].name.startswith("Padded envelope C4, paper")
    assert products[0].prices[:1] == ["68,90"]


def test_a_second_text_in_the_name_cell_is_no_badge(tmp_path: Path) -> None:
    products = products_of_pdf(_list("see note"), tmp_path)
    assert [p.codes for p in products] == [[row[0]] for row in ROWS[1:]]
