"""A product-data export printed in Courier: one block of "field ....... value" lines a record
(its title, SKU, GTIN, list and sale price, a shipping band's charge, a wrapped description). A
record is a product named by its title, its codes the SKU then the GTIN, its prices list then
sale, its size the net content; the shipping charge is no price. Control: a menu's leader lines
("Focaccia ........ 6.00") name no field as a name: no records."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

from pdfqueue.engines.catalog.records import record_entries
from pdfqueue.engines.layout import analyse_document

RECORDS = [
    ("Carbon Steel Wok 32 cm", "KK-8047-E", "5060107630277", "GBP 38.50", "-", "n/a"),
    ("Glass Storage Jar with Oak Lid", "KK-3488-B", "5060115990158", "GBP 14.00", "-", "1.2 l"),
    ("Cast Iron Casserole 24 cm", "KK-7666-F", "5060167997655", "GBP 89.00", "GBP 74.00", "4.2 l"),
]


def _field(key: str, value: str) -> str:
    return f"{key} {'.' * (16 - len(key))} {value}"


def _export(pdf: FPDF) -> None:
    pdf.add_page()
    pdf.set_font("Courier", "B", 9)
    pdf.text(40, 50, "KESTREL KITCHENWARE LTD - PRODUCT DATA EXPORT")
    top = 80.0
    for n, (title, sku, gtin, price, sale, content) in enumerate(RECORDS, start=1):
        pdf.set_font("Courier", "", 8)
        pdf.text(40, top, f"----- record {n:04d} / {len(RECORDS):04d} " + "-" * 40)
        fields = [
            ("title", title),
            ("brand", "Kestrel"),
            ("sku", sku),
            ("gtin", gtin),
            ("net_content", content),
            ("list_price", price),
            ("sale_price", sale),
            ("shipping_band", "B (GBP 4.95)"),
            ("stock", "12"),
            ("description", "Seasoned by hand; oven safe; a long description wrapped onto"),
        ]
        lines = [_field(k, v) for k, v in fields] + ["a line of its own."]
        for k, line in enumerate(lines):
            pdf.text(40, top + 14 + 10 * k, line)
        top += 14 + 10 * len(lines) + 20


def test_each_record_of_an_export_is_a_product(tmp_path: Path) -> None:
    pdf = a4_pdf()
    _export(pdf)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices, p.sizes) for p in products] == [
        (
            title,
            [sku, gtin],
            [p for p in (price, sale) if p != "-"],
            [content] if content != "n/a" else [],
        )
        for title, sku, gtin, price, sale, content in RECORDS
    ]


def test_a_menus_leader_lines_are_no_records(tmp_path: Path) -> None:
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Courier", "", 9)
    dishes = ["Focaccia", "Bruschetta", "Minestrone", "Tiramisu", "Panna cotta"]
    for k, dish in enumerate(dishes):
        pdf.text(40, 80 + 12 * k, _field(dish, f"{6 + k}.50"))
    path = tmp_path / "menu.pdf"
    pdf.output(str(path))
    page = analyse_document(path).pages[0]
    assert record_entries(page, set()) == []
