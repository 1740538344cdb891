"""A Swahili wholesaler's price list and a Croatian jeweller's key list.

The list's column titles in Swahili ("Msimbo | Bidhaa | Ujazo | Bei/Katoni | Bei/Kipande": code,
goods, content, price per carton, per piece) over whole shilling amounts ("37,500", "800"), no
currency in the cells: each row's prices are the carton's then the piece's. A jeweller's
numbered entries whose code is labelled in Croatian ("Šifra ZL-4412"). Controls: a German
title holding the word "bei" ("Drehmoment bei 1500 U/min") names no price; a column of whole
amounts right of a price column in cents is no further price; a Croatian firm's letter with its
activity code ("Šifra djelatnosti") offers nothing."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

from pdfqueue.engines.catalog.columns import header_role


WHOLESALE = [
    ("JB-2251", "Unga wa Mahindi Dona", "2 kg", "10", "6208688198215", "37,500", "3,750"),
    ("JB-7878", "Unga wa Ngano Azam", "2 kg", "10", "6204439322496", "41,500", "4,150"),
    ("JB-8097", "Chumvi ya Mezani", "500 g", "24", "6200283663907", "18,200", "800"),
    ("JB-1206", "Soda ya Machungwa", "350 ml", "24", "6205625442714", "14,600", "650"),
    ("JB-3553", "Dawa ya Vyombo Limau", "500 ml", "12", "6209463401223", "34,200", "2,850"),
]
# each column's x and alignment: the code, the goods, the content, the count a carton holds,
# the EAN, the carton's price, the piece's
COLUMNS = ((32, "l"), (78, "l"), (246, "l"), (330, "r"), (346, "l"), (482, "r"), (563, "r"))


def _cells(pdf: FPDF, y: float, values: tuple[str, ...] | list[str]) -> None:
    for (x, align), value in zip(COLUMNS, values, strict=True):
        pdf.text(x - pdf.get_string_width(value) if align == "r" else x, y, value)


def _price_list(pdf: FPDF, titles: list[str], rows: list[tuple[str, ...]]) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(32, 40, "JUMLA BORA LTD")
    pdf.set_font("Helvetica", "B", 7.5)
    _cells(pdf, 76, titles)
    pdf.line(32, 81, 563, 81)
    pdf.set_font("Helvetica", "", 7.5)
    for n, row in enumerate(rows):
        _cells(pdf, 100 + 16 * n, row)


def test_swahili_titles_over_whole_shillings_give_the_carton_and_piece_prices(
    tmp_path: Path,
) -> None:
    pdf = a4_pdf()
    titles = ["Msimbo", "Bidhaa", "Ujazo", "Kwa katoni", "EAN", "Bei/Katoni", "Bei/Kipande"]
    _price_list(pdf, titles, WHOLESALE)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices, p.sizes) for p in products] == [
        (name, [code, ean], [carton, piece], [size])
        for code, name, size, _, ean, carton, piece in WHOLESALE
    ]


def test_whole_amounts_beside_a_price_in_cents_are_no_further_price(tmp_path: Path) -> None:
    pdf = a4_pdf()
    titles = ["Code", "Product", "Size", "Pack", "EAN", "Price", "Price/case"]
    rows = [(*row[:5], f"{row[6]}.00".replace(",", ""), row[5]) for row in WHOLESALE]
    _price_list(pdf, titles, rows)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.prices) for p in products] == [(row[1], [row[5]]) for row in rows]


def test_bei_titles_a_price_only_opening_a_swahili_title() -> None:
    assert [header_role(t) for t in ("Bei", "Bei (TSh)", "Bei ya jumla", "Bei kwa katoni")] == [
        "price"
    ] * 4
    assert header_role("Drehmoment bei 1500 U/min") is None
    assert header_role("Bei 20 °C") is None
