"""A sale price set in the gutter between two columns of a price table (just left of the
case price it replaces, struck through) runs into the column before it as one segment of
text ("12/cs $270.42 $318.14"); the table finder cuts it after the pack, and the row is read
with both prices, the sale price first. Control: a section's heading across two columns is
not cut (it opens with no amount past the column's end), and makes no product."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

from pdfqueue.engines.catalog.words import cell_prices

ROWS = [
    ("HRS-41310", "Steam table pan, full size", "6/cs", "$177.46", None, "$29.58"),
    ("HRS-46317", "Steam table pan, half size", "6/cs", "$154.41", None, "$25.74"),
    ("HRS-46690", "Slotted cover, half size", "12/cs", "$318.14", "$270.42", "$26.51"),
    ("HRS-43788", "Solid cover, third size", "6/cs", "$136.44", None, "$22.74"),
    ("HRS-46972", "Drain shelf, full size", "12/cs", "$295.58", None, "$24.63"),
]


def _right(pdf: FPDF, right: float, baseline: float, text: str) -> None:
    pdf.text(right - pdf.get_string_width(text), baseline, text)


def _price_table(pdf: FPDF, rows: list[tuple], heading_after: int | None = None) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.text(42, 100, "Item #")
    pdf.text(108, 100, "Description")
    pdf.text(398, 100, "Pack")
    _right(pdf, 500, 100, "Case")
    _right(pdf, 570, 100, "Each")
    baseline = 116.0
    for n, (code, name, pack, case, sale, each) in enumerate(rows):
        pdf.set_font("Helvetica", "", 8.5)
        pdf.text(42, baseline, code)
        pdf.text(108, baseline, name)
        pdf.text(398, baseline, pack)
        if sale:
            pdf.set_text_color(200, 0, 0)
            pdf.text(425, baseline, sale)  # in the gutter, before the price it replaces
            pdf.set_text_color(0, 0, 0)
            pdf.text(462, baseline, case)
            width = pdf.get_string_width(case)
            pdf.line(462, baseline - 3, 462 + width, baseline - 3)  # struck through
        else:
            _right(pdf, 500, baseline, case)
        _right(pdf, 570, baseline, each)
        baseline += 16
        if heading_after == n:
            pdf.set_font("Helvetica", "B", 8.5)
            pdf.text(42, baseline, "COVERS & SHELVES")
            baseline += 16


def test_a_sale_price_set_in_the_gutter_keeps_its_row_in_the_table(tmp_path: Path) -> None:
    pdf = a4_pdf()
    _price_table(pdf, ROWS)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes) for p in products] == [(r[1], [r[0]]) for r in ROWS]
    sale = products[2]
    assert sale.prices[:2] == ["$270.42", "$318.14"]  # the sale price, then the struck one
    assert [p.prices[0] for p in products] == [r[4] or r[3] for r in ROWS]


def test_a_heading_across_two_columns_is_not_cut_into_cells(tmp_path: Path) -> None:
    """Control: "COVERS & SHELVES" runs from the code column into the name column; past the
    code column's end it opens with no amount, so it is not a row's cells."""
    pdf = a4_pdf()
    rows = [(*r[:4], None, *r[5:]) for r in ROWS]
    _price_table(pdf, rows, heading_after=1)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes) for p in products] == [(r[1], [r[0]]) for r in rows]


def test_a_cell_of_two_prices_gives_both_in_order() -> None:
    assert cell_prices("$270.42 $318.14") == ["$270.42", "$318.14"]
    assert cell_prices("$219.95 - $239.95") == ["$219.95", "$239.95"]
    assert cell_prices("$12.83") == ["$12.83"]
    assert cell_prices("$5.00 off $20") == ["$5.00 off $20"]  # words between: as it is


def test_a_count_run_into_a_price_cell_before_its_sign_is_not_the_amount_s() -> None:
    """A scan read a pack's count into the price's cell, "1 £13.80": no thousands group
    stands before the currency sign, so the price is "£13.80"."""
    assert cell_prices("1 £13.80") == ["£13.80"]
    assert cell_prices("12 $4.50") == ["$4.50"]


def test_figures_that_are_the_amount_s_or_words_between_stay() -> None:
    """Controls: thousands grouped by a space after the sign or before a sign after the
    amount are the amount's; a count with words ("2 for £5") is an offer, as it is."""
    assert cell_prices("£1 299.00") == ["£1 299.00"]
    assert cell_prices("1 299,00 €") == ["1 299,00 €"]
    assert cell_prices("2 for £5") == ["2 for £5"]
    assert cell_prices("1 £13.80 each") == ["1 £13.80 each"]
