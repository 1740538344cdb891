"""A flyer's saving badges ("Save £20", "Poupe 35 €") read apart from their cards name no
product: the saving's label alone is no name. Control: a name that starts with such a word
("Spare wheel cover", "Save-a-Lot tote") is one."""

from __future__ import annotations

from catalog_blocks import one_page

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout


def _entries(titles: list[str]) -> DocumentLayout:
    blocks = []
    for n, title in enumerate(titles):
        top = 100 + 120 * n
        note = "Offer ends Sunday, while stocks last"
        blocks.append(
            Block(
                "heading", (40, top, 200, top + 14), title, font_size=12, bold=True, lines=[title]
            )
        )
        blocks.append(
            Block("paragraph", (40, top + 20, 300, top + 30), note, font_size=9, lines=[note])
        )
    return one_page(*blocks)


def test_saving_badges_read_apart_are_no_products() -> None:
    assert products_from_layout(_entries(["Save £20", "Poupe 35 €", "You save £50"])) == []


def test_names_opening_with_a_saving_s_word_are_products() -> None:
    page = _entries(["Spare wheel cover £20", "Save-a-Lot tote £35", "Sparkling water £5"])
    assert [p.name for p in products_from_layout(page)] == [
        "Spare wheel cover",
        "Save-a-Lot tote",
        "Sparkling water",
    ]
