"""An entry's box of prices by what is sold under one code (a coin dealer's bulletin: "KM 1192"
over "Proof £45.00", "Uncirculated £12.00", "Presentation pack £18.50") is one product named
by the entry's title, its prices in printed order, not a product per line. Controls: the same
boxes without a code over them, or with a code on each line, are no such box."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

from pdfqueue.engines.catalog.offer_boxes import offer_box
from pdfqueue.engines.layout import analyse_document

ISSUES = [  # title, code, prices
    ("Tudor Rose Crown", "KM 1192", ("£45.00", "£12.00", "£18.50")),
    ("Britannia Quarter Ounce", "KM 1207", ("£310.00", "£265.00", "£335.00")),
    ("Year of the Hare", "KM 1215", ("£52.00", "£14.50", "£21.00")),
]
LABELS = ("Proof", "Uncirculated", "Presentation pack")


def _bulletin(*, code: str = "over") -> FPDF:
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Times", "B", 20)
    pdf.text(40, 50, "Crown & Anchor Coins")
    y = 100.0
    for k, (title, number, prices) in enumerate(ISSUES):
        pdf.set_font("Times", "B", 14)
        pdf.text(40, y, title)
        pdf.set_font("Helvetica", "", 8)
        pdf.text(40, y + 13, f"Struck 2027 · mintage {1500 + 500 * k} · cased with certificate")
        pdf.rect(380, y + 20, 175, 74)
        if code in ("over", "each"):
            pdf.set_font("Helvetica", "B", 9)
            pdf.text(388, y + 35, number)
        for n, (label, price) in enumerate(zip(LABELS, prices, strict=True)):
            pdf.set_font("Helvetica", "", 8.5)
            shown = f"{label} {number}-{n + 1}" if code == "each" else label
            pdf.text(388, y + 52 + n * 14, shown)
            pdf.set_font("Helvetica", "B", 9)
            pdf.text(547 - pdf.get_string_width(price), y + 52 + n * 14, price)
        y += 150
    return pdf


def test_a_box_of_prices_under_one_code_is_one_product(tmp_path: Path) -> None:
    products = products_of_pdf(_bulletin(), tmp_path)
    found = sorted((p.name, p.codes, p.prices) for p in products)
    assert found == sorted((t, [c], list(prices)) for t, c, prices in ISSUES)


def _boxes(pdf: FPDF, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "bulletin.pdf"
    pdf.output(str(path))
    page = analyse_document(path).pages[0]
    tables = [n for n, b in enumerate(page.blocks) if b.kind == "table"]
    assert tables  # the boxes are read as tables, as with their code
    return [[p.name for p in offer_box(page, n)] for n in tables]


def test_boxes_without_a_code_over_them_are_no_offer_box(tmp_path: Path) -> None:
    assert all(names == [] for names in _boxes(_bulletin(code="none"), tmp_path))


def test_boxes_with_a_code_on_each_line_are_no_offer_box(tmp_path: Path) -> None:
    assert all(names == [] for names in _boxes(_bulletin(code="each"), tmp_path))
