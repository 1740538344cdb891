"""Product types read from the head noun: a type word that only modifies a head the vocabulary
lacks gives no type, a card's caption types only its card, and a section's title does not
outvote the products' own names when an unnamed product's type spreads."""

from __future__ import annotations

import pytest

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout
from pdfqueue.engines.products import product_type


@pytest.mark.parametrize(
    "name",
    [
        "Wet floor warning sign",
        "Wet Floor Warning Sign 200 x 300 mm",
        "No mobile phones sign",
        "Hard hat mandatory sign",
        "Not drinking water sign",
        "Floor cleaner",
        "Water bottle, 500 ml",
    ],
)
def test_a_type_word_before_a_head_the_vocabulary_lacks_gives_no_type(name: str) -> None:
    assert product_type(name) == "other"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Floor lamp", "lighting"),
        ("Floor tile", "flooring"),
        ("Desk lamp", "lighting"),
        ("Desk lamp Aurora 40", "lighting"),  # a model's name after the head
        ("Floor tile 60x60 matt", "flooring"),  # a size and a finish
        ("Table lamp brass", "lighting"),  # a material
        ("Oak flooring natural oiled", "flooring"),
        ("Knife set", "kitchenware"),  # a set of the thing
        ("Stuhl schwarz", "furniture"),  # a colour after a German noun
        ("Meta bench desk for 2, light grey / black", "furniture"),
        ("Bluetooth speaker cube", "electronics"),  # a form of the thing, no other kind
        ("Pipe clip 15 mm", "building product"),
    ],
)
def test_a_type_word_keeps_its_type_before_a_model_a_size_a_finish_or_a_set(
    name: str, kind: str
) -> None:
    assert product_type(name) == kind


def _page(blocks: list[Block]) -> DocumentLayout:
    page = PageLayout(1, 600, 800)
    page.blocks = blocks
    return DocumentLayout([page])


def _heading(text: str, left: float, top: float, right: float) -> Block:
    return Block("heading", (left, top, right, top + 14), text, lines=[text])


def _line(text: str, left: float, top: float, right: float) -> Block:
    return Block("paragraph", (left, top, right, top + 12), text, lines=[text])


_COLUMNS = ((40.0, 200.0), (220.0, 380.0), (400.0, 560.0))


def _cards(captions: tuple[str, ...], names: tuple[str, ...]) -> list[Block]:
    """Cards side by side, a caption over each and the card's name and price under it."""
    blocks = []
    for (left, right), caption, name in zip(_COLUMNS, captions, names, strict=True):
        blocks.append(_heading(caption, left, 100, right))
        blocks.append(_line(f"{name} 8,50 €", left, 130, right))
    return blocks


def test_safety_sign_cards_are_typed_neither_by_their_words_nor_by_a_neighbours_caption() -> None:
    """A safety sign's card: its face printed over it as a heading ("CAUTION WET FLOOR"), its
    name under it ("Wet floor warning sign"). The sign is no floor, and its neighbour ("High
    voltage warning sign") is not under the wet floor's caption."""
    captions = ("CAUTION WET FLOOR", "DANGER HIGH VOLTAGE", "NO MOBILE PHONES")
    names = ("Wet floor warning sign", "High voltage warning sign", "No mobile phones sign")
    products = products_from_layout(_page(_cards(captions, names)))
    assert [p.name for p in products] == list(names)
    assert [p.product_type for p in products] == ["other"] * 3


def test_a_columns_title_types_the_products_under_it_and_a_page_title_all() -> None:
    """Controls: titles side by side ("Lighting" | "Furniture") each type their own column; a
    title over the whole width types every column under it."""
    blocks = [
        _heading("Lighting", 40, 100, 200),
        _heading("Furniture", 220, 100, 380),
        _line("Aurora 59,00 €", 40, 130, 200),
        _line("Nova 99,00 €", 220, 130, 380),
        _line("Borealis 69,00 €", 40, 160, 200),
        _line("Orbit 89,00 €", 220, 160, 380),
    ]
    products = products_from_layout(_page(blocks))
    assert {p.name: p.product_type for p in products} == {
        "Aurora": "lighting",
        "Borealis": "lighting",
        "Nova": "furniture",
        "Orbit": "furniture",
    }
    blocks = [_heading("Flooring", 40, 100, 560)]
    blocks += [
        _line(f"{name} 12,00 €", left, 130, right)
        for (left, right), name in zip(_COLUMNS, ("Aurora", "Borealis", "Cirrus"), strict=True)
    ]
    products = products_from_layout(_page(blocks))
    assert [p.product_type for p in products] == ["flooring"] * 3


def _listing(named: tuple[str, ...], heading: str, models: tuple[str, ...]) -> DocumentLayout:
    """Named products and an unnamed one, then a section's title over model names."""
    lines = [*named, "Zeta"]
    blocks = [_line(f"{n} {49 + i},00 €", 60, 100 + 30 * i, 540) for i, n in enumerate(lines)]
    top = 100 + 30 * len(lines)
    blocks.append(_heading(heading, 60, top, 540))
    blocks += [
        _line(f"{n} {12 + i},00 €", 60, top + 30 + 30 * i, 540) for i, n in enumerate(models)
    ]
    return _page(blocks)


def test_a_sections_title_does_not_outvote_the_names_to_type_an_unnamed_product() -> None:
    """Two lamps named so and an unnamed "Zeta", then four model names under "Flooring":
    four floorings typed by one title are no majority of witnesses, and the lamps' names
    disagree: "Zeta" stays `other`."""
    models = ("Aurora", "Borealis", "Cirrus", "Dune")
    products = products_from_layout(
        _listing(("Desk lamp Nova", "Pendant lamp Arc"), "Flooring", models)
    )
    types = {p.name: p.product_type for p in products}
    assert types["Aurora"] == "flooring"
    assert types["Desk lamp Nova"] == "lighting"
    assert types["Zeta"] == "other"


def test_a_sections_title_agreeing_with_the_names_still_spreads() -> None:
    """Control: where the names agree with the title, the unnamed product takes the type."""
    models = ("Aurora", "Borealis", "Cirrus", "Dune")
    named = ("Desk lamp Nova", "Pendant lamp Arc")
    products = products_from_layout(_listing(named, "Lighting", models))
    assert {p.name: p.product_type for p in products}["Zeta"] == "lighting"
