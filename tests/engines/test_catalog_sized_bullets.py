"""A price list typed in a word processor: bullet lines "Name, 500 g – 7,50 €", several
sizes on one line ("Name: 250 g – 4,20 €; 1 kg – 13,50 €": one product, a price a size) and
prices per kilogram ("Name – 14,50 €/kg"); and the prose that must stay without products."""

from __future__ import annotations

from catalog_blocks import one_page

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block


def _bullets(lines: list[str], top: float = 100.0) -> list[Block]:
    return [
        Block(
            "list_item",
            (90, top + 17 * n, 360, top + 17 * n + 12),
            f"• {line}",
            font_size=10.0,
            lines=[f"• {line}"],
        )
        for n, line in enumerate(lines)
    ]


def test_bullets_name_their_item_before_the_comma_or_colon_with_every_size_s_price() -> None:
    blocks = [
        Block(
            "heading",
            (72, 70, 260, 84),
            "Honey and bee products",
            font_size=11.0,
            lines=["Honey and bee products"],
        ),
        *_bullets(
            [
                "Linden honey, 500 g – 7,50 €",
                "Meadow honey: 250 g – 4,20 €; 1 kg – 13,50 €",
                "Smoked pork – 14,50 €/kg",
                "Gingerbread, 1 pc. – 1,60 €",
                "Sour cream 30 %, 400 g – 2,90 €",
            ]
        ),
    ]
    products = products_from_layout(one_page(*blocks))
    assert [(p.name, p.prices, p.sizes) for p in products] == [
        ("Linden honey", ["7,50 €"], ["500 g"]),
        ("Meadow honey", ["4,20 €", "13,50 €"], ["250 g", "1 kg"]),
        ("Smoked pork", ["14,50 €"], []),
        ("Gingerbread", ["1,60 €"], ["1 pc"]),
        ("Sour cream 30 %", ["2,90 €"], ["400 g"]),
    ]


def test_prose_quoting_prices_per_kilogram_stays_without_products() -> None:
    text = (
        "This autumn the harvest was poor and we had to raise our prices: smoked pork now "
        "costs 14,50 €/kg, honey 13,50 €/kg and cheese 22,00 €/kg. We thank you for your "
        "understanding and look forward to seeing you at the market on Saturday."
    )
    blocks = [
        Block(
            "heading", (72, 70, 260, 84), "Dear customers", font_size=11.0, lines=["Dear customers"]
        ),
        Block(
            "paragraph",
            (72, 100, 520, 160),
            text,
            font_size=10.0,
            lines=[text[:90], text[90:180], text[180:]],
        ),
    ]
    assert products_from_layout(one_page(*blocks)) == []
