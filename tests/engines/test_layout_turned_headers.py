"""A selection chart's table whose column headings are all set turned 90 degrees over narrow
columns (some columns holding only drawn dots) is read with those headings as its header row,
its rows products; turned text beside a table (a thumb-index tab) or a lone turned word over it
titles nothing."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf
from fpdf import FPDF

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import analyse_document

ROWS = [
    ("Rapid Epoxy Clear", "AD-4410", (2, 2, 1), "25 ml", "EUR 6.90"),
    ("Contact Glue Gel", "AD-4425", (2, 1, 0), "50 ml", "EUR 5.40"),
    ("Super Glue Control", "AD-4431", (1, 2, 2), "3 g", "EUR 4.20"),
    ("Wood Glue Express", "AD-4447", (2, 0, 0), "250 g", "EUR 7.80"),
    ("Mounting Adhesive Max", "AD-4452", (2, 2, 1), "290 ml", "EUR 9.60"),
]
HEADS = ["Adhesive", "Art. no.", "Wood", "Metal", "Glass", "Tube", "Price"]
XS = [50, 200, 290, 320, 350, 390, 470]
BASE = 160.0  # the turned headings stand on this line


def _chart(heads: list[str] | None, tab: str = "") -> FPDF:
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.text(50, 60, "Which adhesive for which job?")
    pdf.set_font("Helvetica", "B", 8)
    for x, head in zip(XS, heads or [], strict=False):
        if head:
            with pdf.rotation(90, x + 4, BASE):
                pdf.text(x + 4, BASE, head)
    pdf.line(46, BASE + 4, 520, BASE + 4)
    y = BASE + 4
    for name, code, dots, size, price in ROWS:
        y += 20
        pdf.set_font("Helvetica", "", 8.5)
        pdf.text(XS[0], y, name)
        pdf.text(XS[1], y, code)
        for x, level in zip(XS[2:5], dots, strict=True):
            pdf.set_fill_color(0, 0, 0)
            if level:
                pdf.ellipse(x + 2, y - 6, 6, 6, style="F" if level == 2 else "D")
        pdf.text(XS[5], y, size)
        pdf.text(XS[6], y, price)
        pdf.line(46, y + 6, 520, y + 6)
    if tab:  # a thumb-index tab down the right edge, beside the table
        pdf.set_font("Helvetica", "B", 9)
        with pdf.rotation(90, 570, 300):
            pdf.text(570, 300, tab)
    return pdf


def _page_and_products(pdf: FPDF, tmp_path: Path) -> tuple[object, list]:
    path = tmp_path / "chart.pdf"
    pdf.output(str(path))
    document = analyse_document(path)
    return document.pages[0], products_from_layout(document)


def test_a_table_under_turned_headings_takes_them_as_its_header(tmp_path: Path) -> None:
    page, products = _page_and_products(_chart(HEADS), tmp_path)
    (table,) = [b for b in page.blocks if b.kind == "table"]
    assert table.rows[0] == ["Adhesive", "Art. no.", "Tube", "Price"]  # dot columns: no cells
    assert page.turned == []  # the chart's headings, the dot columns' too, are no names
    assert [p.name for p in products] == [row[0] for row in ROWS]
    assert [p.codes for p in products] == [[row[1]] for row in ROWS]
    assert [p.prices for p in products] == [[row[4]] for row in ROWS]
    assert products[0].sizes == ["25 ml"]


def test_turned_text_beside_a_table_or_alone_over_it_is_no_header(tmp_path: Path) -> None:
    # a thumb-index tab down the page's edge beside the table stays turned text
    page, _ = _page_and_products(_chart(None, tab="ADHESIVES"), tmp_path)
    (table,) = [b for b in page.blocks if b.kind == "table"]
    assert table.rows[0][0] == "Rapid Epoxy Clear"
    assert [b.text for b in page.turned] == ["ADHESIVES"]
    # a lone turned word over one column titles nothing
    page, _ = _page_and_products(_chart(["", "", "", "", "", "", "New"]), tmp_path)
    (table,) = [b for b in page.blocks if b.kind == "table"]
    assert table.rows[0][0] == "Rapid Epoxy Clear"
    assert [b.text for b in page.turned] == ["New"]
