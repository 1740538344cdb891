"""An office supplies catalogue's cards: a photo, the name, "Item 40-9457 Box of 10", on some a
quantity price ("5+ £16.95"), and the card's price on a small flag turned 90 degrees along the
card's right edge, beside the photo. The layout keeps turned text apart; the flag is the
card's price, before the quantity price; so it is when a scan's figure finder took the flag
and the photo for one picture (the flag inside its right edge). Controls: a turned price far
from any photo prices nothing, nor does one inside a picture's left half, and a card without
a flag keeps its own price."""

from __future__ import annotations

from catalog_blocks import one_page

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout

CARDS = [
    (44.0, "Lever Arch File A4 75 mm", "40-9457", "5+ £16.95", "£18.95"),
    (222.0, "Ring Binder A4 2-Ring 25 mm", "40-3265", "", "£12.49"),
    (401.0, "Copier Paper A4 80 gsm", "40-9108", "5+ £20.99", "£22.99"),
]


def _text(kind: str, box: tuple[float, float, float, float], text: str) -> Block:
    return Block(kind, box, text, font_size=8, lines=text.split("\n"))


def _page(flag_gap: float = 12.0, picture_reach: float = 0.0) -> DocumentLayout:
    """The cards, each flag `flag_gap` right of its photo; the figure `picture_reach` wider
    than the photo (a scan's figure finder taking the flag in)."""
    blocks, turned = [], []
    for left, name, item, more, flag in CARDS:
        blocks += [
            Block("figure", (left, 84, left + 126 + picture_reach, 188), "", image_index=0),
            _text("caption", (left, 197, left + 116, 208), name),
            _text("paragraph", (left, 212, left + 50, 234), f"Item {item}\nBox of 10"),
        ]
        if more:
            blocks.append(_text("paragraph", (left, 238, left + 36, 247), more))
        else:
            blocks.append(_text("paragraph", (left, 238, left + 36, 247), "Each £2.10"))
        right = left + 126 + flag_gap
        turned.append(Block("caption", (right, 119, right + 12, 150), flag, font_size=9))
    document = one_page(*blocks)
    document.pages[0].turned = turned
    return document


def test_a_turned_flag_beside_a_card_s_photo_is_its_price() -> None:
    products = products_from_layout(_page())
    assert [(p.name, p.prices) for p in products] == [
        ("Lever Arch File A4 75 mm", ["£18.95", "£16.95"]),
        ("Ring Binder A4 2-Ring 25 mm", ["£12.49", "£2.10"]),
        ("Copier Paper A4 80 gsm", ["£22.99", "£20.99"]),
    ]


def test_a_turned_price_far_from_the_photos_prices_nothing() -> None:
    products = products_from_layout(_page(flag_gap=45.0))
    assert [(p.name, p.prices) for p in products] == [
        ("Lever Arch File A4 75 mm", ["£16.95"]),
        ("Ring Binder A4 2-Ring 25 mm", ["£2.10"]),
        ("Copier Paper A4 80 gsm", ["£20.99"]),
    ]


def test_a_turned_flag_the_scan_s_picture_took_in_is_its_price() -> None:
    products = products_from_layout(_page(picture_reach=30.0))
    assert [p.prices[0] for p in products] == ["£18.95", "£12.49", "£22.99"]


def test_a_turned_price_inside_a_picture_s_left_half_prices_nothing() -> None:
    products = products_from_layout(_page(flag_gap=-100.0))
    assert [p.prices for p in products] == [["£16.95"], ["£2.10"], ["£20.99"]]
