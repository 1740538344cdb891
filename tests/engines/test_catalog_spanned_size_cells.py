"""A dealer's price list by size: a ruled table whose first cell (the size) is drawn over the
rows of the items made in it, its text printed once, level with one of them or between two;
rules under each row cross the other columns only, those under a group cross the size's
too. Each row is an item in that size, named by it ("Aster Tour 4 205/55 R16"). Controls: a
first column filled here and there with no cell drawn over rows, and a leading column whose
values do not hold for runs of rows, keep their old outcomes."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

GROUPS = [
    ("185/65 R15", [("Aster Eco 2", "AR-1102", "£71.00"), ("Borea Rain 5", "AR-1108", "£64.50"),
                    ("Corvo LS 30", "AR-1113", "£48.90")]),
    ("205/55 R16", [("Aster Tour 4", "AR-1120", "£92.00"), ("Delta Grip 7", "AR-1126", "£95.50"),
                    ("Enna Comfort", "AR-1131", "£86.00"), ("Fjord Econex", "AR-1135", "£55.90")]),
    ("225/45 R17", [("Gala Sport 3", "AR-1142", "£119.00"), ("Hollis Maxx", "AR-1150", "£108.50"),
                    ("Isola Prime", "AR-1157", "£84.00")]),
]  # fmt: skip


def _rule(pdf: FPDF, y: float, left: float, right: float = 555) -> None:
    pdf.set_line_width(0.5)
    pdf.line(left, y, right, y)


def _price_list(*, group_rules: bool = True, row_rules: bool = True) -> FPDF:
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 8)
    for x, title in ((46, "Size"), (126, "Brand & pattern"), (330, "Item no."), (520, "Fitted")):
        pdf.text(x, 92, title)
    y = 100.0
    for size, rows in GROUPS:
        top = y
        for name, code, price in rows:
            y += 22
            pdf.set_font("Helvetica", "B", 9)
            pdf.text(126, y, name)
            pdf.set_font("Helvetica", "", 8.5)
            pdf.text(330, y, code)
            pdf.text(555 - pdf.get_string_width(price), y, price)
            if row_rules:
                _rule(pdf, y + 8, 120)
        bottom = y + 8
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(46, (top + bottom) / 2 + 4, size)  # set once, in the middle of its rows
        _rule(pdf, bottom, 40 if group_rules else 120)
    return pdf


def test_a_size_cell_drawn_over_its_rows_names_each_row_in_that_size(tmp_path: Path) -> None:
    products = products_of_pdf(_price_list(), tmp_path)
    assert [(p.name, p.codes, p.prices, p.sizes) for p in products] == [
        (f"{name} {size}", [code], [price], [size])
        for size, rows in GROUPS
        for name, code, price in rows
    ]


def test_a_first_column_without_a_cell_drawn_over_rows_is_not_spread(tmp_path: Path) -> None:
    """Control: every rule crosses only the other columns, none parts the first column's
    groups: the sizes printed once are not given to the rows around them."""
    products = products_of_pdf(_price_list(group_rules=False), tmp_path)
    assert not any("R15" in p.name or "R16" in p.name for p in products[:2])


def test_rules_crossing_every_row_draw_no_cell_over_rows(tmp_path: Path) -> None:
    """Control: only the groups' rules, no rule parting rows within them: no cell is seen
    drawn taller than its row, nothing is spread."""
    products = products_of_pdf(_price_list(row_rules=False), tmp_path)
    assert not any(p.name.startswith("Aster Eco 2 ") for p in products)


def _table(rows: list[list[str]]) -> DocumentLayout:
    page = PageLayout(1, 595, 842)
    header = ["Size", "Brand & pattern", "Item no.", "Price"]
    page.blocks = [Block("table", (40, 100, 555, 100 + 14 * (len(rows) + 1)), "",
                         rows=[header, *rows])]  # fmt: skip
    return DocumentLayout([page])


def test_a_leading_column_holding_for_runs_of_rows_names_them() -> None:
    rows = [[size, name, code, price] for size, items in GROUPS for name, code, price in items]
    products = products_from_layout(_table(rows))
    assert [p.name for p in products][:4] == [
        "Aster Eco 2 185/65 R15",
        "Borea Rain 5 185/65 R15",
        "Corvo LS 30 185/65 R15",
        "Aster Tour 4 205/55 R16",
    ]


def test_a_leading_column_of_values_that_come_back_or_differ_names_nothing() -> None:
    """Controls: values that recur after others (no groups) or differ on every row (a
    position's number) are a column of their own, not part of the names."""
    items = [item for _, items in GROUPS for item in items]
    back = [[("A1", "B2")[n % 2], *item] for n, item in enumerate(items)]
    numbered = [[f"1.{n}", *item] for n, item in enumerate(items, start=1)]
    for rows in (back, numbered):
        products = products_from_layout(_table(rows))
        assert [p.name for p in products][:2] == ["Aster Eco 2", "Borea Rain 5"]
