"""A web shop's order confirmation printed from a mail client ("Your Fernbrook order FB-118204 is
confirmed", "Thanks for your order, Sarah!"): its items with thumbnails and prices, then the
subtotal, delivery and total paid. What was bought is no offer: no products. Control: a shop's
page thanking for orders but totalling nothing keeps its products."""

from __future__ import annotations

from catalog_blocks import one_page

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block

ITEMS = [
    ("Linen Duvet Cover Set, King", "Colour: Sage Qty 1", "£95.00"),
    ("Waffle Bath Towel", "Colour: Oat Qty 2", "£44.00"),
    ("Stoneware Table Lamp", "Shade: Natural linen Qty 1", "£68.00"),
    ("Wool Throw, Herringbone", "Colour: Charcoal Qty 1", "£54.00"),
]


def _mail(greeting: str, totals: bool) -> list[Block]:
    blocks = [
        Block("heading", (110, 139, 293, 155), greeting, font_size=13, bold=True,
              lines=[greeting]),
    ]  # fmt: skip
    for n, (name, line, price) in enumerate(ITEMS):
        top = 202 + 64 * n
        blocks += [
            Block("figure", (110, top, 164, top + 54), "", image_index=n),
            Block("heading", (176, top + 5, 300, top + 16), name, font_size=9, bold=True,
                  lines=[name]),
            Block("paragraph", (176, top + 20, 250, top + 42), line, font_size=8, lines=[line]),
            Block("paragraph", (457, top + 5, 485, top + 16), price, font_size=9,
                  lines=[price]),
        ]  # fmt: skip
    if totals:
        rows = [["Subtotal", "£261.00"], ["Delivery (standard)", "£4.95"]]
        rows += [["Total paid (Visa ending 4417)", "£265.95"]]
        blocks.append(Block("table", (110, 470, 485, 520), "", rows=rows))
    return blocks


def test_an_order_confirmation_mail_offers_nothing() -> None:
    page = _mail("Thanks for your order, Sarah!", totals=True)
    assert products_from_layout(one_page(*page)) == []


def test_a_shop_page_thanking_for_orders_without_totals_keeps_its_products() -> None:
    page = _mail("Thanks for your order, Sarah!", totals=False)
    assert [p.name for p in products_from_layout(one_page(*page))] == [n for n, _, _ in ITEMS]
