"""A carrier's tariff with its weight bands across ("Service | 1 kg | 5 kg | 10 kg | 20 kg"),
its rows destinations, zones or services ("UK mainland", "Zone 2", "Next day") and amounts in
the cells, prices a carriage by weight: no row is an article. So does a postage box on a
catalog's order page, beside the catalog's own products, which stay. Controls: a coffee list
and a plant list priced per pack size ("250 g | 1 kg | 5 kg") keep their products, delivery
mentioned or not."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf, table
from fpdf import FPDF

from pdfqueue.engines.catalog.rate_cards import weight_band_tariff

COLUMNS = (44.0, 200.0, 290.0, 370.0, 450.0, 530.0)  # each column's left edge


def _line(pdf: FPDF, top: float, cells: list[str], style: str = "") -> None:
    pdf.set_font("Helvetica", style, 9)
    for x, cell in zip(COLUMNS, cells, strict=False):
        if cell:
            pdf.text(x, top, cell)


def _title(pdf: FPDF, top: float, text: str, size: float = 16) -> None:
    pdf.set_font("Helvetica", "B", size)
    pdf.text(36, top, text)


def _text(pdf: FPDF, top: float, text: str) -> None:
    pdf.set_font("Helvetica", "", 8)
    pdf.text(36, top, text)


def test_a_carrier_s_tariff_by_weight_band_offers_nothing(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    _title(pdf, 40, "Swiftline Parcels")
    _text(pdf, 56, "Tariff from 1 April 2027, prices per parcel ex VAT")
    _line(pdf, 90, ["", "1 kg", "5 kg", "10 kg", "20 kg"], "B")
    _line(pdf, 110, ["UK mainland", "£4.20", "£6.90", "£9.40", "£14.80"])
    _line(pdf, 126, ["Highlands & Islands", "£8.60", "£12.40", "£16.90", "£24.50"])
    _line(pdf, 142, ["Zone 2 Europe", "£12.50", "£18.90", "£26.40", "£39.00"])
    _line(pdf, 158, ["Zone 3 World", "£21.00", "£34.50", "£52.00", "£81.00"])
    _line(pdf, 174, ["Next day", "£6.80", "£9.50", "£12.90", "£18.40"])
    _line(pdf, 190, ["Next day before noon", "£9.90", "£12.60", "£16.00", "£21.50"])
    assert products_of_pdf(pdf, tmp_path) == []


def test_a_postage_box_on_an_order_page_is_no_product(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    _title(pdf, 40, "Hillside Seeds - Order form")
    _line(pdf, 80, ["Item", "Code", "Packet", "Price", "Qty"], "B")
    _line(pdf, 100, ["Sweet pea Cupani", "SP-101", "20 seeds", "£2.95", ""])
    _line(pdf, 116, ["Tomato Gardener's Delight", "TO-210", "30 seeds", "£2.45", ""])
    _line(pdf, 132, ["Runner bean Scarlet Emperor", "RB-305", "25 seeds", "£2.75", ""])
    _line(pdf, 148, ["Sunflower Russian Giant", "SF-412", "15 seeds", "£2.25", ""])
    _title(pdf, 200, "Postage and packing", 12)
    _line(pdf, 220, ["Delivery to", "1 kg", "2 kg", "5 kg", "10 kg"], "B")
    _line(pdf, 240, ["UK mainland", "£3.50", "£4.90", "£7.50", "£11.00"])
    _line(pdf, 256, ["Channel Islands", "£6.00", "£8.50", "£12.00", "£18.00"])
    _line(pdf, 272, ["Europe", "£9.50", "£14.00", "£21.00", "£32.00"])
    _line(pdf, 288, ["Rest of world", "£14.00", "£22.00", "£35.00", "£55.00"])
    _text(pdf, 320, "Please add postage to your order total. Cheques payable to Hillside Seeds.")
    names = [p.name for p in products_of_pdf(pdf, tmp_path)]
    assert names == [
        "Sweet pea Cupani",
        "Tomato Gardener's Delight",
        "Runner bean Scarlet Emperor",
        "Sunflower Russian Giant",
    ]


def test_coffees_priced_per_pack_size_stay_products_beside_a_delivery_note(
    tmp_path: Path,
) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    _title(pdf, 40, "Lantern Coffee Roasters")
    _text(pdf, 56, "Wholesale list, free UK delivery on orders over £100")
    _line(pdf, 90, ["Coffee", "250 g", "1 kg", "5 kg"], "B")
    _line(pdf, 110, ["Yirgacheffe Konga", "£8.50", "£27.00", "£120.00"])
    _line(pdf, 126, ["Huila La Plata", "£7.50", "£23.50", "£104.00"])
    _line(pdf, 142, ["Narino Buesaco", "£8.00", "£25.00", "£110.00"])
    _line(pdf, 158, ["Brazil Cerrado", "£6.50", "£21.00", "£92.00"])
    names = [p.name for p in products_of_pdf(pdf, tmp_path)]
    assert names == ["Yirgacheffe Konga", "Huila La Plata", "Narino Buesaco", "Brazil Cerrado"]


def test_compost_by_bag_weight_stays_products(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    _title(pdf, 40, "Greenacre Garden Supplies")
    _text(pdf, 56, "Bagged goods, prices per bag, delivery extra")
    _line(pdf, 90, ["Product", "5 kg", "10 kg", "20 kg", "40 kg"], "B")
    _line(pdf, 110, ["Multi-purpose compost", "£3.20", "£5.60", "£9.90", "£16.50"])
    _line(pdf, 126, ["Ericaceous compost", "£3.60", "£6.20", "£10.80", "£18.00"])
    _line(pdf, 142, ["Lawn feed and weed", "£6.90", "£12.50", "£22.00", "£39.00"])
    _line(pdf, 158, ["Chicken manure pellets", "£4.10", "£7.40", "£12.90", "£22.50"])
    names = [p.name for p in products_of_pdf(pdf, tmp_path)]
    assert names == [
        "Multi-purpose compost",
        "Ericaceous compost",
        "Lawn feed and weed",
        "Chicken manure pellets",
    ]


PARCELS = [
    ["Sendung", "bis 2 kg", "bis 5 kg", "bis 10 kg"],
    ["Päckchen", "4,50 €", "—", "—"],
    ["Paket", "5,90 €", "7,90 €", "10,90 €"],
    ["Sperrgut", "19,90 €", "24,90 €", "29,90 €"],
]
COFFEES = [
    ["Coffee", "250 g", "1 kg", "5 kg"],
    ["Yirgacheffe Konga", "£8.50", "£27.00", "£120.00"],
    ["Huila La Plata", "£7.50", "£23.50", "£104.00"],
    ["Narino Buesaco", "£8.00", "£25.00", "£110.00"],
]


def test_a_table_under_a_shipping_heading_with_weight_bands_is_a_tariff() -> None:
    assert weight_band_tariff(table(PARCELS), "Versandkosten")
    assert weight_band_tariff(table([["Frais de port", *PARCELS[0][1:]], *PARCELS[1:]]))
    assert not weight_band_tariff(table(PARCELS), "Unsere Preise")


def test_packs_under_a_long_line_mentioning_delivery_are_no_tariff() -> None:
    assert not weight_band_tariff(table(COFFEES), "Our single origins")
    assert not weight_band_tariff(
        table(COFFEES), "Every bag roasted to order, free delivery on orders over £50"
    )
