"""A stocktake's count sheet (bins, item codes, descriptions, book quantities, a blank column
to count into) and a courier's rate card (weight bands by zones, surcharges under it) offer
nothing; a codes-only parts list, an order form with a blank quantity column, a shop's goods
sold by weight, a gravel merchant's grades in millimetres and a fishmonger's fish by weight
band still do."""

from __future__ import annotations

from catalog_blocks import one_page, table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.unoffered import presents_a_count_sheet
from pdfqueue.engines.layout import Block

COUNT_ROWS = [
    ["Bin", "Item", "Description", "Unit", "Book qty", "Counted"],
    ["A-01-1", "40211", "Hex bolt M8 x 40, zinc", "box 100", "23", ""],
    ["A-01-2", "40212", "Hex bolt M10 x 50, zinc", "box 50", "28", ""],
    ["A-01-3", "40388", "Washer M8, form A", "box 500", "7", ""],
    ["B-02-1", "70450", "Silicone sealant, clear, 310 ml", "each", "22", ""],
]


def _names(*blocks: Block) -> list[str]:
    return [p.name for p in products_from_layout(one_page(*blocks))]


def test_a_stocktake_count_sheet_offers_no_products() -> None:
    assert presents_a_count_sheet(table(COUNT_ROWS))
    assert _names(table(COUNT_ROWS)) == []


def test_a_codes_only_parts_list_with_a_blank_order_column_keeps_its_products() -> None:
    # an order form: a blank quantity to fill in, but no quantities held beside it
    rows = [[r[1], r[2], r[3], ""] for r in COUNT_ROWS]
    rows[0] = ["Item", "Description", "Unit", "Order qty"]
    assert not presents_a_count_sheet(table(rows))
    assert len(_names(table(rows))) == 4


def test_a_stock_list_with_prices_keeps_its_products() -> None:
    rows = [[*r[1:5], "€4.20" if n else "Price", ""] for n, r in enumerate(COUNT_ROWS)]
    rows[0][-1] = "Order"
    assert not presents_a_count_sheet(table(rows))
    assert len(_names(table(rows))) == 4


RATE_ROWS = [
    ["Weight", "UK mainland", "Highlands & Islands", "Zone 1 EU", "Zone 2 EU"],
    ["up to 1 kg", "4.35", "9.80", "11.50", "15.90"],
    ["1-2 kg", "5.74", "12.94", "15.18", "20.99"],
    ["2-5 kg", "7.13", "16.07", "18.86", "26.08"],
    ["5-10 kg", "8.53", "19.21", "22.54", "31.16"],
]
SURCHARGES = [
    ["Oversize (longest side over 120 cm)", "£12.00"],
    ["Failed collection", "£9.00"],
    ["Saturday delivery", "£6.50"],
]


def test_a_courier_s_rate_card_and_its_surcharges_offer_no_products() -> None:
    assert _names(table(RATE_ROWS), table(SURCHARGES, top=300)) == []


def test_goods_by_weight_grades_and_weight_bands_keep_their_products() -> None:
    goods = [
        ["Product", "Pack", "Price"],
        ["Basmati rice", "1 kg", "£2.40"],
        ["Jasmine rice", "5 kg", "£9.90"],
        ["Red lentils", "2 kg", "£4.10"],
    ]
    assert len(_names(table(goods))) == 3
    grades = [
        ["Grade", "Product", "Price per tonne"],
        ["2-8 mm", "Pea gravel", "£48.00"],
        ["10-20 mm", "Shingle", "£44.00"],
        ["0-20 mm", "Ballast", "£39.00"],
    ]
    assert _names(table(grades)) == ["Pea gravel", "Shingle", "Ballast"]
    # a fishmonger's fish by weight band: bands, but one price a row, no zones across
    fish = [
        ["Size", "Product", "Price"],
        ["1-2 kg", "Atlantic salmon, whole", "£18.00"],
        ["2-3 kg", "Sea trout, whole", "£26.00"],
        ["3-4 kg", "Sea bass, whole", "£34.00"],
    ]
    assert len(_names(table(fish))) == 3
