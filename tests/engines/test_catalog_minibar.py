"""A hotel's minibar card: items in two languages in one cell ("Øl, Tuborg Classic 33 cl /
Beer, Tuborg Classic 33 cl") under sections that repeat their titles ("kr | antal / qty"), a
size in each language; room service as names over their English names with prices at the
right, in sections whose next heading follows an entry. And the look-alikes: a sentence in a
list's cell, a price set as a heading under its name."""

from __future__ import annotations

from catalog_blocks import one_page, table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block


def _names(*blocks: Block) -> list[str]:
    return [p.name for p in products_from_layout(one_page(*blocks))]


MINIBAR = [
    ["DRIKKEVARER · DRINKS", "kr", "antal / qty"],
    ["Øl, Tuborg Classic 33 cl Beer, Tuborg Classic 33 cl", "45,00", ""],
    ["Øl, Carlsberg Nordic alkoholfri 33 cl Beer, Carlsberg Nordic alcohol-free", "40,00", ""],
    ["Champagne, brut 20 cl Champagne, brut", "245,00", ""],
    ["SNACKS", "kr", "antal / qty"],
    ["Chips med havsalt Crisps with sea salt", "35,00", ""],
    ["Ristede mandler Roasted almonds", "45,00", ""],
]


def test_an_item_named_in_two_languages_with_its_size_in_each_is_a_product() -> None:
    names = _names(table(MINIBAR))
    assert names[:2] == [MINIBAR[1][0], MINIBAR[2][0]]
    assert len(names) == 5


def test_a_sentence_in_a_sectioned_list_s_cell_is_no_product() -> None:
    rows = [
        *MINIBAR,
        ["Alle priser er i DKK og inkluderer moms og service for værelset i dag", "0,00", ""],
    ]
    assert not any(n.startswith("Alle priser") for n in _names(table(rows)))


def _text(kind: str, left: float, top: float, text: str, size: float, bold: bool = False) -> Block:
    box = (left, top, left + 0.5 * size * len(text), top + 1.2 * size)
    return Block(kind, box, text, font_size=size, bold=bold, lines=[text])  # type: ignore[arg-type]


def _dish(top: float, name: str, english: str, price: str) -> list[Block]:
    return [
        _text("paragraph", 36, top, name, 8.5),
        _text("paragraph", 36, top + 11, english, 7.0),
        _text("paragraph", 354, top, price, 8.5),
    ]


def test_a_section_heading_after_an_entry_is_not_the_entry_s_line() -> None:
    blocks = [
        _text("heading", 36, 106, "ROOM SERVICE 07-22", 9, bold=True),
        *_dish(122, "Smørrebrød med æg og rejer", "Open sandwich, egg and prawns", "125,00"),
        *_dish(145, "Stjerneskud", "Fried plaice with prawns on rye", "165,00"),
        *_dish(168, "Ostetallerken, tre oste", "Cheese plate, three cheeses", "135,00"),
        _text("heading", 36, 193, "NATMENU · NIGHT MENU 22-07", 9, bold=True),
        *_dish(209, "Toast med skinke og ost", "Ham and cheese toastie", "95,00"),
        *_dish(232, "Pølse med brød", "Hot dog", "75,00"),
    ]
    assert "Ostetallerken, tre oste" in _names(*blocks)


def test_a_price_set_as_a_heading_under_its_name_stays_the_entry_s() -> None:
    blocks = []
    for n, (name, price) in enumerate(
        (("Oak stool", "€49"), ("Ash bench", "€129"), ("Elm shelf", "€79"))
    ):
        top = 100 + 60 * n
        blocks += [
            _text("paragraph", 36, top, name, 10, bold=True),
            _text("paragraph", 36, top + 13, "Solid wood, oiled", 8),
            _text("heading", 36, top + 25, price, 14, bold=True),
        ]
    products = products_from_layout(one_page(*blocks))
    assert [(p.name, p.prices) for p in products] == [
        ("Oak stool", ["€49"]),
        ("Ash bench", ["€129"]),
        ("Elm shelf", ["€79"]),
    ]
