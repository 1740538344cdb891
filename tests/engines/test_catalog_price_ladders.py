"""A distributor's search results: per part a row block (its part number, a description, the
maker and order number, the stock) with a stacked price ladder at the right ("1+ / 10+ /
100+ / 1000+"); and the look-alikes (a list of articles each with its minimum order, a rate
card's weight bands) whose rows are products of their own or none."""

from __future__ import annotations

from catalog_blocks import one_page, table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block


def _part(mpn: str, description: str, order: str, prices: list[str]) -> list[list[str]]:
    return [
        [mpn, "1+", prices[0]],
        [description, "10+", prices[1]],
        [f"Mfr.: Texas Instruments Order no.: {order}", "100+", prices[2]],
        ["In stock: 37,574 RoHS compliant", "1000+", prices[3]],
    ]


def test_a_part_s_price_ladder_is_one_product_priced_top_to_bottom() -> None:
    first = _part(
        "TLV9062IDR", "Op-amp, dual, SOIC-8", "2139-770", ["€0.620", "€0.533", "€0.440", "€0.360"]
    )
    second = _part(
        "NE555DR", "Precision timer, SOIC-8", "2143-280", ["€0.230", "€0.198", "€0.163", "€0.133"]
    )
    products = products_from_layout(one_page(table(first), table(second, top=300)))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (
            "TLV9062IDR",
            ["TLV9062IDR", "2139-770"],
            ["€0.620", "€0.533", "€0.440", "€0.360"],
        ),
        (
            "NE555DR",
            ["NE555DR", "2143-280"],
            ["€0.230", "€0.198", "€0.163", "€0.133"],
        ),
    ]

    assert products[0].description.startswith("Op-amp, dual, SOIC-8 Mfr.: Texas Instruments")


def test_a_ladder_s_last_step_set_under_its_table_is_its_own() -> None:
    rows = _part("NE555DR", "Precision timer", "2143-280", ["€0.230", "€0.198", "€0.163", ""])[:3]
    ladder = table(rows)  # three rows, 100 to 142
    stock = Block(
        "paragraph", (40.0, 144.0, 120.0, 153.0), "In stock: 59,164", lines=["In stock: 59,164"]
    )
    step = Block("paragraph", (450.0, 146.0, 477.0, 155.0), "1000+", lines=["1000+"])
    price = Block("paragraph", (520.0, 146.0, 548.0, 155.0), "€0.133", lines=["€0.133"])
    products = products_from_layout(one_page(ladder, stock, step, price))
    assert [(p.name, p.prices) for p in products] == [
        ("NE555DR", ["€0.230", "€0.198", "€0.163", "€0.133"])
    ]


def test_articles_each_with_a_minimum_order_are_products_of_their_own() -> None:
    rows = [
        ["Article", "Min. order", "Price"],
        ["Cable tie 200 mm", "100+", "€5.00"],
        ["Hose clamp 12 mm", "50+", "€3.00"],
        ["Washer M8", "200+", "€1.00"],
        ["Wing nut M6", "25+", "€2.50"],
    ]
    names = [p.name for p in products_from_layout(one_page(table(rows)))]
    assert names == ["Cable tie 200 mm", "Hose clamp 12 mm", "Washer M8", "Wing nut M6"]


def test_packs_of_rising_sizes_are_products_of_their_own() -> None:
    # a pack's count is no quantity break: three packs of one screw, each its own article
    rows = [
        ["Wood screw 4 x 40", "100", "€4.20"],
        ["Wood screw 4 x 40", "250", "€9.10"],
        ["Wood screw 4 x 40", "500", "€16.80"],
        ["Wood screw 5 x 60", "100", "€5.40"],
    ]
    products = products_from_layout(one_page(table(rows)))
    assert len(products) != 1 or products[0].prices == ["€4.20"]
    assert not any(p.attributes.get("price breaks") for p in products)
