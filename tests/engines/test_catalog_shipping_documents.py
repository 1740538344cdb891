"""A shipment's papers offer nothing: a packing list (cartons, SKUs, quantities, net and gross
weights, carton sizes, a value declared for customs), on the page titled so and on a page it
runs on to without its title, and one in French. Controls keep their products: a
catalog that prints each item's shipping weight and speaks of delivery, a price list with a
packing unit and a carton quantity, a catalog with a box of delivery terms, an order form, and
a stationery catalog selling packing-list envelopes."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

GOODS = [
    ("1-3", "HT-20418", "Cordless combi drill 18V, bare unit", "24", "38.4", "44.9"),
    ("4-5", "HT-20422", "Angle grinder 115 mm, 750 W", "20", "41.0", "46.2"),
    ("6-8", "HT-31107", "Jigsaw 650 W with case", "18", "39.6", "45.0"),
    ("9-10", "HT-31150", "Random orbit sander 125 mm", "30", "36.0", "41.7"),
]
PARTIES = ("Shipper", "Exporter Co., Ltd, 88 Harbour Road"), ("Consignee", "Importer Ltd, Unit 4")


def _row(pdf: FPDF, y: float, cells: list[str], xs: tuple[float, ...]) -> None:
    for x, cell in zip(xs, cells, strict=True):
        pdf.text(x, y, cell)


def _table(pdf: FPDF, y: float, titles: list[str], rows: list[list[str]]) -> None:
    # the names' column wide, the others narrow
    widths = [190 if len(rows[0][n]) > 12 else 60 for n in range(len(titles))]
    xs = tuple(40 + sum(widths[:n]) for n in range(len(titles)))
    pdf.set_font("helvetica", "", 8)
    _row(pdf, y, titles, xs)
    pdf.set_font("helvetica", "", 8)
    for n, row in enumerate(rows, start=1):
        _row(pdf, y + 18 * n, row, xs)


def _packing_page(pdf: FPDF, title: str | None, goods: list[tuple[str, ...]]) -> None:
    pdf.add_page()
    y = 120
    if title:
        pdf.set_font("helvetica", "B", 18)
        pdf.text(40, 50, title)
        pdf.set_font("helvetica", "", 8)
        for n, (label, text) in enumerate(PARTIES):
            pdf.text(40 + 200 * n, 80, label)
            pdf.text(40 + 200 * n, 92, text)
    titles = ["Cartons", "SKU", "Description", "Qty", "Net kg", "Gross kg", "Value"]
    rows = [[*g, f"USD {200 + 37 * n:.2f}"] for n, g in enumerate(goods)]
    _table(pdf, y, titles, rows)


def _names(pdf: FPDF, tmp_path: Path) -> list[str]:
    return [p.name for p in products_of_pdf(pdf, tmp_path)]


def test_a_packing_list_offers_nothing(tmp_path: Path) -> None:
    pdf = a4_pdf()
    _packing_page(pdf, "PACKING LIST", GOODS)
    assert _names(pdf, tmp_path) == []


def test_a_packing_list_run_on_without_its_title_offers_nothing(tmp_path: Path) -> None:
    pdf = a4_pdf()
    _packing_page(pdf, "PACKING LIST", GOODS[:2])
    _packing_page(pdf, None, GOODS[2:])
    assert _names(pdf, tmp_path) == []


def test_a_packing_list_in_french_offers_nothing(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 18)
    pdf.text(40, 50, "Liste de colisage n° 4471")
    pdf.set_font("helvetica", "", 8)
    pdf.text(40, 80, "Destinataire : Bricolage Keller SARL, 4 rue de l'Industrie")
    rows = [[g[0], g[1], g[2], g[3], g[5], f"{310 + 17 * n},00 €"] for n, g in enumerate(GOODS)]
    titles = ["Colis", "Référence", "Désignation", "Quantité", "Poids brut", "Valeur"]
    _table(pdf, 120, titles, rows)
    assert _names(pdf, tmp_path) == []


def _catalog(pdf: FPDF, title: str, titles: list[str], rows: list[list[str]]) -> None:
    pdf.add_page()
    pdf.set_font("helvetica", "B", 18)
    pdf.text(40, 50, title)
    _table(pdf, 120, titles, rows)


def test_a_catalog_with_shipping_weights_keeps_its_products(tmp_path: Path) -> None:
    pdf = a4_pdf()
    titles = ["Code", "Description", "Shipping weight", "Delivery", "Price"]
    rows = [[g[1], g[2], f"{g[4]} kg", "2-3 days", f"${99 + n}.00"] for n, g in enumerate(GOODS)]
    _catalog(pdf, "Power tools 2027", titles, rows)
    assert len(_names(pdf, tmp_path)) == len(GOODS)


def test_a_price_list_with_packing_units_keeps_its_products(tmp_path: Path) -> None:
    pdf = a4_pdf()
    titles = ["Code", "Description", "Packing unit", "Cartons", "Gross kg", "Price"]
    rows = [[g[1], g[2], "1 pc", g[0], g[5], f"${99 + n}.00"] for n, g in enumerate(GOODS)]
    _catalog(pdf, "Price list", titles, rows)
    pdf.set_font("helvetica", "", 8)
    pdf.text(40, 260, "Delivery terms: FOB, container loads, shipper's own carton.")
    assert len(_names(pdf, tmp_path)) == len(GOODS)


def test_an_order_form_keeps_its_products(tmp_path: Path) -> None:
    pdf = a4_pdf()
    titles = ["Code", "Description", "Net kg", "Price", "Qty ordered"]
    rows = [[g[1], g[2], g[4], f"${99 + n}.00", "____"] for n, g in enumerate(GOODS)]
    _catalog(pdf, "ORDER FORM", titles, rows)
    assert len(_names(pdf, tmp_path)) == len(GOODS)


def test_packing_list_envelopes_keep_their_products(tmp_path: Path) -> None:
    pdf = a4_pdf()
    titles = ["Code", "Description", "Cartons", "Gross kg", "Price"]
    names = ["Envelope A6 clear", "Envelope A5 printed", "Envelope DL", "Envelope A4"]
    rows = [[f"PL-{n}0", name, "1000", "5.2", f"${19 + n}.00"] for n, name in enumerate(names)]
    _catalog(pdf, "Packing list envelopes", titles, rows)
    assert len(_names(pdf, tmp_path)) == len(names)
