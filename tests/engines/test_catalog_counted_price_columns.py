"""Price columns titled by counts of one thing ("12 plugs | 24 plugs", "6 bottles | 12
bottles"): a nursery's or a merchant's list sells each row in packs of so many, each column's
price that pack's, and the count its size. Controls: counts of different things and terms
("1 year | 3 years") title no packs."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

_ROWS = [
    ("Tomato 'Gardener's Delight'", "VP341", "£6.95", "£11.95"),
    ("Tomato 'Sungold' F1", "VP347", "£8.45", "£14.50"),
    ("Courgette 'Defender' F1", "VP367", "£7.95", "£13.95"),
    ("Cucumber 'Marketmore'", "VP381", "£7.45", "£12.95"),
    ("Lettuce 'Little Gem'", "VP403", "£4.95", "£8.45"),
    ("Leek 'Musselburgh'", "VP434", "£4.95", "£8.45"),
]


def _list(pdf: FPDF, titles: tuple[str, str, str, str]) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 50, "Thornfield Nurseries")
    columns = (40, 250, 400, 480)
    pdf.set_font("Helvetica", "B", 9)
    for left, title in zip(columns, titles, strict=True):
        pdf.text(left, 90, title)
    pdf.set_font("Helvetica", "", 9)
    for k, row in enumerate(_ROWS):
        top = 112 + 20 * k
        for left, cell in zip(columns, row, strict=True):
            pdf.text(left, top, cell)
        pdf.line(40, top + 6, 540, top + 6)


def test_price_columns_titled_by_counts_are_packs_priced(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    _list(pdf, ("Variety", "Code", "12 plugs", "24 plugs"))
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices, p.sizes) for p in products] == [
        (name, [code], [a, b], ["12 plugs", "24 plugs"]) for name, code, a, b in _ROWS
    ]


def test_counts_of_different_things_or_terms_are_no_packs(tmp_path: Path) -> None:
    for titles in (
        ("Variety", "Code", "12 plugs", "6 trays"),
        ("Plan", "Code", "1 year", "3 years"),
    ):
        pdf = a4_pdf(windows_1252=True)
        _list(pdf, titles)
        products = products_of_pdf(pdf, tmp_path)
        assert {name for name, *_ in _ROWS} <= {p.name for p in products}, titles
        assert all(titles[2] not in p.sizes and titles[3] not in p.sizes for p in products)
