"""An entry's box of prices by what is sold under one code (a coin dealer's bulletin: "KM 1192"
over "Proof £45.00", "Uncirculated £12.00", "Presentation pack £18.50") is one product named
by the entry's title, its prices in printed order, not a product per line. Controls: the same
boxes without a code over them, or with a code on each line, are no such box; a scan's title
read as a paragraph names the box when set clearly larger than the code, a line no larger
does not."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, one_page, products_of_pdf
from fpdf import FPDF

from pdfqueue.engines.catalog.offer_boxes import offer_box
from pdfqueue.engines.layout import Block, analyse_document

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


def _scanned_entry(title_size: float) -> list[str]:
    """A scan's entry: its bold title read as a paragraph, the code over the box's lines."""
    title = Block("paragraph", (40, 88, 220, 104), "Royal Navy Submarines", font_size=title_size)
    note = Block("paragraph", (40, 106, 220, 116), "Issued 10 June 2027 · set of 3", font_size=8.2)
    code = Block("heading", (408, 126, 466, 137), "SG 4957-4959", font_size=9.1, bold=True)
    rows = [["Mint set", "£7.20"], ["Used set", "£6.60"], ["First day cover", "£9.95"]]
    box = Block("table", (408, 143, 547, 182), "", rows=rows)
    page = one_page(title, note, code, box).pages[0]
    return [p.name for p in offer_box(page, 3)]


def test_a_scans_title_read_as_a_paragraph_names_the_box() -> None:
    assert _scanned_entry(13.9) == ["Royal Navy Submarines"]


def test_a_line_no_larger_than_the_code_is_no_title() -> None:
    assert _scanned_entry(9.1) == []
