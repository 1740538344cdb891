"""A shop's credit agreement (the goods it finances, coded and priced, then the loan's terms)
and a jeweller's valuation for insurance (a client's pieces, described and valued) offer
nothing, on the page titled so and on a page of theirs the title is not repeated on; a
furniture catalog that advertises finance (a representative example, "19.9% APR", a regulated
agreement in its small print) and a jeweller's catalog that offers a free insurance valuation
keep their products."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from catalog_blocks import a4_pdf
from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.credit_agreements import credit_agreement_pages
from pdfqueue.engines.catalog.valuations import valuation_pages
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout, analyse_document


def _text(kind: str, left: float, top: float, text: str, size: float, bold: bool = False) -> Block:
    box = (left, top, left + 0.48 * size * len(text), top + 1.2 * size)
    return Block(kind, box, text, font_size=size, bold=bold, lines=[text])  # type: ignore[arg-type]


def _table(left: float, top: float, right: float, rows: list[list[str]]) -> Block:
    text = "\n".join(" | ".join(row) for row in rows)  # as the layout sets a table's text
    return Block("table", (left, top, right, top + 14 * len(rows)), text, rows=rows)


def _document(*pages: list[Block]) -> DocumentLayout:
    layouts = []
    for number, blocks in enumerate(pages, start=1):
        page = PageLayout(number, 595, 842)
        page.blocks = blocks
        layouts.append(page)
    return DocumentLayout(layouts)


def _names(document: DocumentLayout) -> list[str]:
    return [p.name for p in products_from_layout(document)]


# --- a credit agreement ----------------------------------------------------------------------

GOODS = [
    ["Description", "Reference", "Cash price"],
    ["Harrow corner sofa, right hand, green velvet", "KS-31120", "£1,749.00"],
    ["Harrow armchair, green velvet", "KS-31126", "£649.00"],
    ["Bergen walnut sideboard 160 cm", "KS-52011", "£899.00"],
]
TERMS = [
    ["Amount of credit", "£2,997.00"],
    ["Monthly repayment", "£111.22"],
    ["Total amount payable", "£4,003.92"],
    ["APR", "21.9%"],
]


def _goods(top: float) -> Block:
    return _table(40, top, 555, GOODS)


def _terms(top: float) -> Block:
    return _table(44, top, 538, TERMS)


def _agreement_page(title: str) -> list[Block]:
    return [
        _text("header", 40, 35, title, 15, bold=True),
        _text("header", 40, 54, "Agreement no. KF-2031-55012", 8),
        _text("heading", 40, 148, "Goods financed", 9.5, bold=True),
        _goods(166),
        _terms(260),
        _text("paragraph", 40, 421, "Signature of borrower", 7.5),
    ]


@pytest.mark.parametrize(
    "title",
    ["Fixed-Sum Loan Agreement", "Hire Purchase Agreement", "Kreditvertrag", "Contrat de crédit"],
)
def test_a_page_titled_as_a_credit_agreement_offers_nothing(title: str) -> None:
    document = _document(_agreement_page(title))
    assert credit_agreement_pages(document) == {1}
    assert _names(document) == []


def test_an_agreement_s_page_without_its_title_offers_nothing_when_it_states_the_terms() -> None:
    # the goods financed on a second page, the title printed on the first only
    first = [_text("header", 40, 35, "Credit Agreement", 15, bold=True), _terms(100)]
    second = [_text("heading", 40, 60, "Goods financed", 9.5, bold=True), _goods(80), _terms(180)]
    document = _document(first, second)
    assert credit_agreement_pages(document) == {1, 2}
    assert _names(document) == []


@pytest.mark.parametrize("title", ["Living room collection", "Interest-free credit on every sofa"])
def test_a_furniture_catalog_advertising_finance_keeps_its_products(title: str) -> None:
    goods = [[r[0], r[1], r[2]] for r in GOODS]
    goods[0] = ["Description", "Code", "Price"]
    footnote = (
        "Representative example: cash price £1,749.00, amount of credit £1,749.00, 36 monthly "
        "repayments of £64.91, total amount payable £2,336.76, 19.9% APR representative. Credit "
        "subject to status; you will sign a credit agreement regulated by the Consumer Credit Act."
    )
    page = [
        _text("heading", 40, 40, title, 20, bold=True),
        _table(40, 100, 555, goods),
        _text("paragraph", 40, 760, footnote, 7),
    ]
    document = _document(page)
    assert credit_agreement_pages(document) == set()
    assert _names(document) == [r[0] for r in GOODS[1:]]


# --- a valuation for insurance ---------------------------------------------------------------

PIECES = [
    (
        "An 18 carat white gold three-stone diamond ring",
        "Three round brilliant-cut diamonds, total estimated 1.05 ct, colour F, clarity VS1. "
        "Weight 4.4 g - Hallmarked Edinburgh 2016",
        "£7,250.00",
    ),
    (
        "A silver and enamel brooch in the form of a swallow",
        "Blue and green guilloche enamel, marcasite eye, C-clasp. Weight 9.8 g - Hallmarked "
        "Chester 1912",
        "£310.00",
    ),
    (
        "A lady's 9 carat gold cocktail watch on a mesh strap",
        "Manual wind, champagne dial, baton hands, 17 jewels. Weight 22.5 g - Case hallmarked "
        "Birmingham 1967",
        "£640.00",
    ),
]


def _photo(shade: int) -> io.BytesIO:
    out = io.BytesIO()
    Image.new("RGB", (120, 120), (shade, 180, 200)).save(out, "PNG")
    out.seek(0)
    return out


def _jeweller_page(pdf: FPDF, title: str, *, valued: bool, first: int = 1, note: str = "") -> None:
    """A jeweller's page of three pieces, each a photo, a bold name and its description: valued
    (numbered, its value labelled a replacement value) or offered (a reference and a price)."""
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.set_xy(50, 34)
    pdf.cell(0, 24, "Carrick & Sons")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.set_xy(50, 59)
    pdf.cell(0, 10, "Goldsmiths and registered valuers since 1890")
    if title:
        pdf.set_font("Helvetica", "B", 14)
        pdf.set_xy(50, 88)
        pdf.cell(0, 16, title)
    for n, (name, description, value) in enumerate(PIECES):
        top = 164 + 100 * n
        pdf.image(_photo(60 * n), 50, top, 84, 84)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.set_xy(150, top + 1)
        pdf.cell(0, 12, f"Item {first + n}. {name}" if valued else name)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.set_xy(150, top + 17)
        if valued:
            pdf.multi_cell(360, 10, f"{description}\nReplacement value")
        else:
            pdf.cell(0, 10, description.split(". ")[0])
            pdf.set_xy(150, top + 29)
            pdf.cell(0, 10, f"Ref. JW-{4100 + first + n}")
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_xy(470, top + (56 if valued else 1))
        pdf.cell(75, 12, value, align="R")
    if note:
        pdf.set_font("Helvetica", "", 8)
        pdf.set_xy(50, 760)
        pdf.cell(0, 10, note)


def _layout(pdf: FPDF, tmp_path: Path) -> DocumentLayout:
    path = tmp_path / "document.pdf"
    pdf.output(str(path))
    return analyse_document(path)


@pytest.mark.parametrize(
    "title",
    ["Valuation for Insurance Purposes", "Insurance Appraisal", "Wertgutachten", "Taxatierapport"],
)
def test_a_page_titled_as_a_valuation_offers_nothing(title: str, tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    _jeweller_page(pdf, title, valued=True)
    document = _layout(pdf, tmp_path)
    assert valuation_pages(document) == {1}
    assert _names(document) == []


def test_a_valuation_s_page_without_its_title_offers_nothing_when_it_labels_replacement_values(
    tmp_path: Path,
) -> None:
    pdf = a4_pdf(windows_1252=True)
    _jeweller_page(pdf, "Valuation for Insurance Purposes", valued=True)
    _jeweller_page(pdf, "", valued=True, first=4)
    document = _layout(pdf, tmp_path)
    assert valuation_pages(document) == {1, 2}
    assert _names(document) == []


@pytest.mark.parametrize("title", ["Fine jewellery and watches", "Insurance valuations"])
def test_a_jeweller_s_catalog_offering_a_free_valuation_keeps_its_products(
    title: str, tmp_path: Path
) -> None:
    pdf = a4_pdf(windows_1252=True)
    note = (
        "Every piece comes with a free valuation for insurance purposes by our registered valuer."
    )
    _jeweller_page(pdf, title, valued=False, note=note)
    document = _layout(pdf, tmp_path)
    assert valuation_pages(document) == set()
    products = products_from_layout(document)
    assert [p.name for p in products] == [name for name, _, _ in PIECES]
    assert [p.codes for p in products] == [["JW-4101"], ["JW-4102"], ["JW-4103"]]
    assert [p.prices for p in products] == [[value] for _, _, value in PIECES]
