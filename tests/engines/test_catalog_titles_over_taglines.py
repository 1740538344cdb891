"""A card named above its photo, its title set large over a tagline in small type that a
scan's OCR cut short enough to read as a name ("Exe 430 Compact" over "Front lounge, ce"): the
title alone names the product. A name whose first line OCR read as a block of its own, set
in the same type, stays one name."""

from __future__ import annotations

from catalog_blocks import one_page

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block


def _text(kind: str, box: tuple[float, float, float, float], text: str, size: float) -> Block:
    return Block(kind, box, text, font_size=size, lines=[text])


def _card(left: float, top: float, upper: Block, lower: Block, price: str) -> list[Block]:
    """A name over a photo, its price under the photo."""
    figure = Block("figure", (left, top + 42, left + 250, top + 208), "")
    return [
        upper,
        lower,
        figure,
        _text("caption", (left, top + 237, left + 86, top + 265), price, 25),
    ]


def _names(blocks: list[Block]) -> list[str]:
    return [p.name for p in products_from_layout(one_page(*blocks))]


def test_a_large_title_over_a_cut_tagline_names_the_card_alone() -> None:
    blocks = []
    for top, (title, tagline, price) in zip(
        (69.0, 421.0),
        [
            ("Exe 430 Compact", "Front lounge, ce", "£21,995"),
            ("Exe 520 Family", "Triple bunks besid", "£23,995"),
        ],
        strict=True,
    ):
        upper = _text("heading", (40, top, 205, top + 24), title, 20.6)
        lower = _text("caption", (40, top + 27, 110, top + 37), tagline, 9.4)
        blocks += _card(40, top, upper, lower, price)
    assert _names(blocks) == ["Exe 430 Compact", "Exe 520 Family"]


def test_a_name_whose_first_line_ocr_set_apart_stays_one_name() -> None:
    blocks = []
    for top, (first, second, price) in zip(
        (69.0, 421.0),
        [("Gently Used Steel", "Work Gloves", "£4.50"), ("Leather Rigger", "Gloves", "£6.95")],
        strict=True,
    ):
        upper = _text("caption", (40, top + 14, 160, top + 25), first, 10)
        lower = _text("caption", (40, top + 27, 120, top + 38), second, 10)
        blocks += _card(40, top, upper, lower, price)
    assert _names(blocks) == ["Gently Used Steel Work Gloves", "Leather Rigger Gloves"]
