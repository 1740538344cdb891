"""Sizes read whole: a dimension that letters each of its figures ("L 130 × P 39 × H 196 cm",
width, depth and height as furniture is measured), a size in a compound word ("500-g-Packung")
but not a unit price's measure ("1 kg = 11,58"); and the near cases that stay as they were."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.words import SIZE
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 595, 842)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _line(kind: str, box: tuple[float, float, float, float], text: str, size: float) -> Block:
    return Block(kind, box, text, font_size=size, lines=[text])  # type: ignore[arg-type]


def _card(
    left: float, top: float, n: int, name: str, detail: str, foot: str = "Made to order."
) -> list[Block]:
    photo = Block("figure", (left + 62, top, left + 162, top + 100), "", image_index=n)
    return [
        photo,
        _line("caption", (left, top + 125, left + 6.5 * len(name), top + 141), name, 13),
        _line("paragraph", (left, top + 145, left + 200, top + 156), detail, 9),
        _line("paragraph", (left, top + 186, left + 206, top + 196), foot, 8),
    ]


def _sizes(*cards: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    places = [(54, 62), (316, 62), (54, 320)]
    blocks = [
        block
        for n, (card, (left, top)) in enumerate(zip(cards, places, strict=False))
        for block in _card(left, top, n, *card)
    ]
    return [(p.name, p.sizes) for p in products_from_layout(_page(*blocks))]


def test_a_dimension_lettering_each_figure_is_one_size_not_its_height() -> None:
    assert _sizes(
        ("Onda Bookcase", "L 130 × P 39 × H 196 cm · € 499,00"),
        ("Rio Table", "G 200 × D 95 × Y 76 cm · € 389,00"),
        ("Luna Side Table", "Ø 90 × H 38 cm · € 129,00"),
    ) == [
        ("Onda Bookcase", ["L 130 × P 39 × H 196 cm"]),
        ("Rio Table", ["G 200 × D 95 × Y 76 cm"]),
        ("Luna Side Table", ["Ø 90 × H 38 cm"]),
    ]


def test_a_unit_price_s_measure_is_no_size_of_the_article() -> None:
    assert _sizes(
        ("Shampoo Fructis for Coloured Hair", "400 ml · € 12,99", "1 l = 32,48 €"),
        ("Body Balm with Shea Butter", "250 ml · € 9,99", "1 l = 39,96 €"),
    ) == [
        ("Shampoo Fructis for Coloured Hair", ["400 ml"]),
        ("Body Balm with Shea Butter", ["250 ml"]),
    ]


def test_a_size_in_a_compound_word_is_the_size_and_the_price_s_measure_is_not() -> None:
    assert _sizes(
        ("Spaghetti aus Hartweizengrieß", "je 500-g-Packung (1 kg = 11,58) · 5,79 €"),
        ("Orange Juice Not From Concentrate", "je 1-l-Flasche (1 l = 2,79) · 2,79 €"),
    ) == [
        ("Spaghetti aus Hartweizengrieß", ["500-g"]),
        ("Orange Juice Not From Concentrate", ["1-l"]),
    ]


def test_unlettered_dimensions_and_a_size_letter_before_them_stay_as_they_were() -> None:
    found = [m.group(0) for m in SIZE.finditer("Mailing box S 250 × 175 × 70 mm, 45 x 50 cm")]
    assert found == ["250 × 175 × 70 mm", "45 x 50 cm"]  # "S" is the box's size, not a width
    assert [m.group(0) for m in SIZE.finditer("Typ A4 is 2 x 3 cm wide")] == ["2 x 3 cm"]


def test_a_report_s_sentence_with_lettered_figures_and_no_price_gives_no_products() -> None:
    blocks = [
        *_card(54, 62, 0, "Site Survey", "Plot L 130 × P 39 × H 196 cm measured."),
        *_card(316, 62, 1, "Soil Samples", "Taken 2 x 120g from each bed."),
    ]
    assert products_from_layout(_page(*blocks)) == []
