"""A supplies list in families (a heading, a line of description, a table "Size | REF | Pack |
Price" under it, titled in the list's language): each row a product named family + size, a
size in letters ("M", "XL") or a dimension ("0,4 × 19 mm"), its "REF 301135" code without
the label; a family's heading the table finder took as the last row of the table above; a
family in two sizes; a family in one size set as one line of titles over one row, named as
the family. And the look-alikes each rule must leave alone."""

from __future__ import annotations

from catalog_blocks import ROW_HEIGHT, one_page, table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block

TITLES = ["Koko", "REF", "Pakkaus", "Hinta / pkt"]


def _heading(text: str, top: float) -> Block:
    return Block("heading", (40.0, top, 300.0, top + 12.0), text, font_size=10.5, lines=[text])


def _line(text: str, left: float, top: float, kind: str = "paragraph") -> Block:
    box = (left, top, left + 5.0 * len(text), top + 9.0)
    return Block(kind, box, text, font_size=8.0, lines=[text])  # type: ignore[arg-type]


def _products(*blocks: Block) -> list[tuple[str, list[str], list[str]]]:
    return [(p.name, p.codes, p.prices) for p in products_from_layout(one_page(*blocks))]


GLOVES = [
    TITLES,
    ["S", "REF 301126", "200 kpl", "11,90 €"],
    ["M", "REF 301135", "200 kpl", "14,04 €"],
    ["XL", "REF 301163", "200 kpl", "18,33 €"],
]


def test_a_family_in_letter_sizes_titled_in_finnish_is_named_family_and_size() -> None:
    found = _products(_heading("Nitriilitutkimuskäsine, puuteriton", 80), table(GLOVES, 113))
    assert found == [
        ("Nitriilitutkimuskäsine, puuteriton S", ["301126"], ["11,90 €"]),
        ("Nitriilitutkimuskäsine, puuteriton M", ["301135"], ["14,04 €"]),
        ("Nitriilitutkimuskäsine, puuteriton XL", ["301163"], ["18,33 €"]),
    ]


def test_letters_that_are_no_size_tell_no_variants_apart() -> None:
    # energy classes, not sizes: the rows are not the family's variants by size
    rows = [["Luokka", *TITLES[1:]], *([c, *r[1:]] for c, r in zip("ABC", GLOVES[1:], strict=True))]
    found = _products(_heading("Jääkaappi", 80), table(rows, 113))
    assert not any(name.startswith("Jääkaappi ") for name, _, _ in found)


def test_a_heading_taken_as_the_last_row_of_the_table_above_names_the_next_family() -> None:
    first = [*GLOVES, ["Injektioneula, steriili", "", "", ""]]
    needles = [
        TITLES,
        ["0,4 × 19 mm", "REF 301320", "100 kpl", "6,20 €"],
        ["0,6 × 25 mm", "REF 301344", "100 kpl", "7,32 €"],
        ["0,8 × 40 mm", "REF 301361", "100 kpl", "8,43 €"],
    ]
    top = 113 + ROW_HEIGHT * len(first) + 20
    found = _products(
        _heading("Nitriilitutkimuskäsine", 80), table(first, 113), table(needles, top)
    )
    assert [name for name, _, _ in found][-3:] == [
        "Injektioneula, steriili 0,4 × 19 mm",
        "Injektioneula, steriili 0,6 × 25 mm",
        "Injektioneula, steriili 0,8 × 40 mm",
    ]


def test_a_note_ending_the_table_above_names_no_family() -> None:
    first = [*GLOVES, ["Hinnat sisältävät toimituksen.", "", "", ""]]
    needles = [
        TITLES,
        ["0,4 × 19 mm", "REF 301320", "100 kpl", "6,20 €"],
        ["0,6 × 25 mm", "REF 301344", "100 kpl", "7,32 €"],
        ["0,8 × 40 mm", "REF 301361", "100 kpl", "8,43 €"],
    ]
    top = 113 + ROW_HEIGHT * len(first) + 20
    found = _products(
        _heading("Nitriilitutkimuskäsine", 80), table(first, 113), table(needles, top)
    )
    assert not any(name.startswith("Hinnat") for name, _, _ in found)


def test_a_family_in_two_sizes_under_titles_is_two_products() -> None:
    rows = [
        TITLES,
        ["100 ml", "REF 301517", "1 kpl", "4,90 €"],
        ["500 ml", "REF 301537", "1 kpl", "5,78 €"],
    ]
    found = _products(_heading("Ihonsuojavoide, hajusteeton", 230), table(rows, 263))
    assert [name for name, _, _ in found] == [
        "Ihonsuojavoide, hajusteeton 100 ml",
        "Ihonsuojavoide, hajusteeton 500 ml",
    ]


def test_two_untitled_rows_under_a_heading_are_no_family() -> None:
    rows = [["100 ml", "301517", "1 kpl", "4,90"], ["500 ml", "301537", "1 kpl", "5,78"]]
    assert _products(_heading("Ihonsuojavoide, hajusteeton", 230), table(rows, 263)) == []


def _one_row(top: float, values: list[str]) -> list[Block]:
    lefts = (60.0, 190.0, 330.0, 510.0)
    return [
        *(_line(t, x, top) for t, x in zip(TITLES, lefts, strict=True)),
        *(_line(v, x, top + 14) for v, x in zip(values, lefts, strict=True)),
    ]


def test_a_family_in_one_size_set_as_one_row_is_named_as_the_family() -> None:
    blocks = [
        _heading("Kertakäyttöinen suojaesiliina", 155),
        _line("Polyeteeni, valkoinen, rullalla.", 40, 171),
        *_one_row(188, ["yksi koko", "REF 301509", "200 kpl", "14,50 €"]),
    ]
    assert _products(*blocks) == [("Kertakäyttöinen suojaesiliina", ["301509"], ["14,50 €"])]


def test_a_one_row_table_far_under_a_heading_takes_no_name_from_it() -> None:
    blocks = [
        _heading("Kertakäyttöinen suojaesiliina", 40),
        *_one_row(188, ["yksi koko", "REF 301509", "200 kpl", "14,50 €"]),
    ]
    assert not any(name == "Kertakäyttöinen suojaesiliina" for name, _, _ in _products(*blocks))


def test_a_one_row_accessory_titled_article_item_price_keeps_its_own_name() -> None:
    # "Item" titles the article's name here (no size column): the heading is a section's
    lefts = (40.0, 120.0, 531.0)
    blocks = [
        _heading("Accessories", 474),
        *(_line(t, x, 497) for t, x in zip(("Article no.", "Item", "EUR"), lefts, strict=True)),
        *(
            _line(v, x, 516)
            for v, x in zip(("9820339", "Dry-running protection kit", "63.47"), lefts, strict=True)
        ),
    ]
    assert [name for name, _, _ in _products(*blocks)] == ["Dry-running protection kit"]


def test_a_one_row_table_the_layout_found_as_a_table_of_two_rows_is_read_alike() -> None:
    """The layout takes two lines filling the same columns for a table of two rows: titles
    over one row read as the lines would be, named as the family or by its own name."""
    family = [
        _heading("Kertakäyttöinen suojaesiliina", 155),
        _line("Polyeteeni, valkoinen, rullalla.", 40, 171),
        table([TITLES, ["yksi koko", "REF 301509", "200 kpl", "14,50 €"]], 188),
    ]
    assert _products(*family) == [("Kertakäyttöinen suojaesiliina", ["301509"], ["14,50 €"])]
    accessory = table([["Article no.", "Item", "EUR"], ["9820339", "Dry-running kit", "63.47"]])
    assert [name for name, _, _ in _products(_heading("Accessories", 80), accessory)] == [
        "Dry-running kit"
    ]
    unpriced = table([["Article no.", "Item", "EUR"], ["9820339", "Dry-running kit", ""]])
    assert _products(_heading("Accessories", 80), unpriced) == []
