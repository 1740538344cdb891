"""A grid of element cells (a spice merchant's "periodic table"): each cell headed by its number
(the code) and its weight, then a big symbol of one or two letters, the name in small type and
the price at its foot. The small line names the cell, not the symbol; a key cell explaining
the fields (no number) is no product; a cell whose weight a scan misread ("409") is still one,
its head as wide as the others'. Controls: the same cells without prices are no products,
and a plain price list of numbers, names, weights and prices keeps its rows as they are."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

from pdfqueue.engines.catalog.element_cells import element_cells
from pdfqueue.engines.layout import analyse_document

SPICES = [  # symbol, name, weight, price
    ("Cu", "Cumin Seed Whole", "40 g", "£3.20"),
    ("Cr", "Coriander Ground", "40 g", "£2.90"),
    ("Sp", "Smoked Paprika", "50 g", "£3.60"),
    ("Tm", "Turmeric Powder", "50 g", "£2.70"),
    ("Ca", "Green Cardamom Pods", "25 g", "£4.80"),
    ("Cl", "Cloves Whole", "25 g", "£3.10"),
    ("Fn", "Fennel Seed", "40 g", "£2.60"),
    ("Sf", "Saffron Threads", "1 g", "£7.50"),
    ("Nt", "Nutmeg Whole", "30 g", "£3.40"),
    ("Ch", "Chilli Flakes", "40 g", "£2.80"),
]


def _cell(pdf: FPDF, x: float, y: float, fields: tuple[str, str, str, str, str]) -> None:
    number, weight, symbol, name, price = fields
    w, h = 96.0, 100.0
    pdf.set_fill_color(70, 110, 90)
    pdf.set_draw_color(255, 255, 255)
    pdf.rect(x, y, w, h, style="DF")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 8)
    pdf.text(x + 5, y + 11, number)
    pdf.set_font("Helvetica", "", 7.5)
    pdf.text(x + w - 5 - pdf.get_string_width(weight), y + 11, weight)
    pdf.set_font("Helvetica", "B", 28)
    pdf.text(x + (w - pdf.get_string_width(symbol)) / 2, y + 45, symbol)
    pdf.set_font("Helvetica", "", 7)
    pdf.text(x + (w - pdf.get_string_width(name)) / 2, y + 60, name)
    if price:
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.text(x + (w - pdf.get_string_width(price)) / 2, y + h - 7, price)
    pdf.set_text_color(0, 0, 0)


def _chart(*, priced: bool = True, misread: int = 0) -> FPDF:
    pdf = a4_pdf()
    pdf.add_page(orientation="L")
    pdf.set_font("Helvetica", "B", 22)
    pdf.text(260, 50, "The Spice Table")
    for k, (symbol, name, weight, price) in enumerate(SPICES):
        x, y = 60 + (k % 5) * 96, 90 + (k // 5) * 100
        if k < misread:  # "40 g" as a scan may read it
            weight = weight.replace(" g", "9")
        _cell(pdf, x, y, (str(201 + k), weight, symbol, name, price if priced else ""))
    _cell(pdf, 620, 90, ("No.", "weight", "Sy", "Name of the spice", "price"))
    return pdf


def test_element_cells_are_named_by_their_small_lines(tmp_path: Path) -> None:
    products = products_of_pdf(_chart(), tmp_path)
    by_name = {p.name: p for p in products}
    assert sorted(by_name) == sorted(name for _, name, _, _ in SPICES)
    saffron = by_name["Saffron Threads"]
    assert (saffron.codes, saffron.prices, saffron.sizes) == (["208"], ["£7.50"], ["1 g"])


def test_cells_whose_weight_a_scan_misread_are_read_by_the_heads_width(tmp_path: Path) -> None:
    products = products_of_pdf(_chart(misread=3), tmp_path)
    by_name = {p.name: p for p in products}
    assert sorted(by_name) == sorted(name for _, name, _, _ in SPICES)
    assert (by_name["Cumin Seed Whole"].codes, by_name["Cumin Seed Whole"].sizes) == (["201"], [])


def test_cells_without_prices_are_no_element_products(tmp_path: Path) -> None:
    path = tmp_path / "chart.pdf"
    _chart(priced=False).output(str(path))
    assert element_cells(analyse_document(path).pages[0], set()) == []


def test_a_plain_price_list_is_no_grid_of_cells(tmp_path: Path) -> None:
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 9)
    for x, title in ((50, "No."), (90, "Spice"), (260, "Pack"), (330, "Price")):
        pdf.text(x, 64, title)
    pdf.set_font("Helvetica", "", 9)
    for k, (_, name, weight, price) in enumerate(SPICES):
        y = 80 + 16 * k
        pdf.text(50, y, str(201 + k))
        pdf.text(90, y, name)
        pdf.text(260, y, weight)
        pdf.text(330, y, price)
    path = tmp_path / "list.pdf"
    pdf.output(str(path))
    assert element_cells(analyse_document(path).pages[0], set()) == []
    products = products_of_pdf(pdf, tmp_path)
    assert sorted(p.name for p in products) == sorted(name for _, name, _, _ in SPICES)
