"""Scanned price lists and cards, as OCR lays them out: no bold known, so a table's column
titles, a range's section heading and a line's "kind - note" look like the entries' titles
and run-in entries. A table's column titles over figures are no products; a section heading
in capitals ends the entry above it; a kind and a note over sizes priced by leaders is no
run-in entry. Controls: tiles whose name heads a size and a price, a detail line in small
capitals, and run-in entries that describe their product, stay products."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _document(blocks: list[Block]) -> DocumentLayout:
    page = PageLayout(1, 595, 842, source="ocr")
    page.blocks = blocks
    return DocumentLayout([page])


def _text(kind: str, box: tuple[float, float, float, float], lines: list[str], size: float):
    return Block(kind, box, "\n".join(lines), font_size=size, lines=lines)


PLANTS = [
    ("Acer palmatum", "AC-0284", ["30-40 cm", "60-80 cm"], ["12,00 €", "23,50 €"]),
    ("Buxus sempervirens", "BU-0189", ["15-20 cm", "30-40 cm"], ["8,00 €", "17,00 €"]),
    ("Cornus alba", "CO-0383", ["30-40 cm", "60-80 cm", "100-125 cm"], ["16,50 €", "33,00 €"]),
]


def _card(left: float, name: str, code: str, heights: list[str], prices: list[str]):
    """A nursery's card: its name, its code and a note, then a small table of heights and
    prices whose column titles OCR reads as lines in the name's size."""
    rows = len(heights)
    return [
        _text("heading", (left, 100, left + 110, 112), [name], 10.0),
        _text(
            "paragraph",
            (left, 116, left + 150, 150),
            [f"Kodas: {code}", "Hardy shrub for sun or", "partial shade."],
            8.0,
        ),
        _text("heading", (left + 40, 170, left + 75, 180), ["Height"], 10.0),
        _text("paragraph", (left + 40, 184, left + 85, 184 + 12 * rows), heights, 8.0),
        _text("heading", (left + 110, 170, left + 140, 180), ["Price"], 10.0),
        _text("paragraph", (left + 105, 184, left + 140, 184 + 12 * len(prices)), prices, 8.0),
    ]


def test_a_scanned_card_table_s_column_titles_are_no_products() -> None:
    blocks = [b for n, plant in enumerate(PLANTS) for b in _card(40 + 180 * n, *plant)]
    products = products_from_layout(_document(blocks))
    assert [(p.name, p.codes) for p in products] == [(name, [code]) for name, code, *_ in PLANTS]


def test_tiles_whose_name_heads_a_size_and_a_price_stay_products() -> None:
    """Control: a flyer's tiles, a name over its size and its price, a line each: values of
    two kinds under a name are an article's, not a column of a table."""
    tiles = [("Rose bouquet", "40 cm", "4,99 €"), ("Tulip bunch", "35 cm", "3,49 €")]
    tiles += [("Lily stem", "60 cm", "2,99 €")]
    blocks = []
    for n, (name, size, price) in enumerate(tiles):
        left = 40 + 180 * n
        blocks += [
            _text("heading", (left, 100, left + 90, 112), [name], 10.0),
            _text("paragraph", (left, 116, left + 40, 140), [size, price], 8.0),
        ]
    products = products_from_layout(_document(blocks))
    assert [(p.name, p.prices) for p in products] == [(n, [p]) for n, _, p in tiles]


HOUSES = {
    "AMBAR & CO.": [("Noite de Jasmim", "123,90"), ("Madeira Azul", "199,90")],
    "MAISON LUZIA": [("Rosa Imperial", "107,90"), ("Oud Solar", "123,90")],
}


def _price_list(kind_separator: str) -> list[Block]:
    """A perfumer's price list: a house's name in capitals, then entries, each a name over
    its kind and note and its sizes priced by leaders; OCR sets the house in the names'
    size and reads the kind's "·" as `kind_separator`."""
    blocks, top = [], 80.0
    for house, entries in HOUSES.items():
        blocks.append(_text("heading", (40, top, 120, top + 12), [house], 10.0))
        top += 22
        for name, price in entries:
            blocks.append(_text("heading", (40, top, 120, top + 12), [name], 10.0))
            lines = [
                f"Eau de Parfum feminino {kind_separator} floral",
                f"50 ml .................... R$ {price}",
                "100 ml ................... R$ 189,90",
            ]
            blocks.append(_text("paragraph", (40, top + 13, 200, top + 47), lines, 8.0))
            top += 60
    return blocks


def test_a_scanned_price_list_s_entries_are_named_by_their_titles() -> None:
    """The kind and note ("Eau de Parfum feminino - floral") over sizes priced by leaders
    describe no product as a run-in entry does; a house's name in capitals ends the entry
    above it (the last of a house is an entry too)."""
    products = products_from_layout(_document(_price_list("-")))
    expected = [(name, f"R$ {price}") for entries in HOUSES.values() for name, price in entries]
    assert [(p.name, p.prices[0]) for p in products] == expected


def test_run_in_entries_that_describe_their_product_stay_products() -> None:
    """Control: paragraphs that name the article, a dash, then describe it in words and end
    with its price are run-in entries, sizes among their words or not."""
    entries = [
        ("Eichenstuhl", "Pflegeleichter Stuhl aus massiver Eiche, geölt, 45 cm", "€ 150,51"),
        ("Buchentisch", "Ausziehbarer Tisch aus Buche, natur geölt", "€ 389,00"),
        ("Kiefernbank", "Robuste Bank aus Kiefer für drei Personen", "€ 129,90"),
    ]
    blocks = [
        _text("paragraph", (40, 100 + 40 * n, 500, 130 + 40 * n), [f"{a} - {b}. {c}"], 9.0)
        for n, (a, b, c) in enumerate(entries)
    ]
    products = products_from_layout(_document(blocks))
    assert [(p.name, p.prices) for p in products] == [(a, [c]) for a, _, c in entries]


def test_a_detail_line_in_small_capitals_stays_in_its_entry() -> None:
    """Control: a line in capitals smaller than the title under it ("BESTSELLER") is the
    entry's, not a section's heading: the entry keeps its price set under it."""
    blocks = []
    entries = [("Noite de Jasmim", "R$ 123,90"), ("Oud Solar", "R$ 99,90")]
    for n, (name, price) in enumerate(entries):
        top = 100 + 80 * n
        blocks += [
            _text("heading", (40, top, 120, top + 12), [name], 10.0),
            _text("heading", (40, top + 14, 100, top + 22), ["BESTSELLER"], 7.0),
            _text("paragraph", (40, top + 24, 200, top + 36), [f"50 ml ........ {price}"], 8.0),
        ]
    blocks += [
        _text("heading", (40, 260, 120, 272), ["Frevo"], 10.0),
        _text("paragraph", (40, 274, 200, 286), ["50 ml ........ R$ 111,90"], 8.0),
    ]
    products = products_from_layout(_document(blocks))
    assert [(p.name, p.prices) for p in products] == [
        ("Noite de Jasmim", ["R$ 123,90"]),
        ("Oud Solar", ["R$ 99,90"]),
        ("Frevo", ["R$ 111,90"]),
    ]


def _photo_card(left: float, n: int, caption: list[str]) -> list[Block]:
    """A nursery's card: a photo, its caption under it (the Latin name, the common name),
    then its code and price."""
    return [
        Block("figure", (left, 60, left + 150, 210), "", image_index=n),
        _text("caption", (left - 8, 218, left + 140, 230), caption[:1], 9.8),
        _text("heading", (left, 231, left + 100, 243), caption[1:], 10.4),
        _text("paragraph", (left, 246, left + 90, 268), ["Code: PL-0" + str(100 + n)], 8.0),
        _text("paragraph", (left, 270, left + 50, 280), ["12,50 €"], 8.0),
    ]


def test_a_card_border_ocr_read_before_a_caption_s_name_is_no_part_of_it() -> None:
    """A scan's card border, read as "|" before the caption's first line, leaves the line
    the product's name (not the common name under it)."""
    captions = [
        ["| Hydrangea paniculata", "Panicle hydrangea"],
        ["Acer palmatum", "Japanese maple"],
        ["Buxus sempervirens", "Common box"],
    ]
    blocks = [b for n, c in enumerate(captions) for b in _photo_card(40 + 180 * n, n, c)]
    products = products_from_layout(_document(blocks))
    assert [p.name for p in products] == [
        "Hydrangea paniculata",
        "Acer palmatum",
        "Buxus sempervirens",
    ]


def test_a_caption_s_priced_first_line_is_still_no_name() -> None:
    """Control: a first line that is a price beside the border mark is no name; the line
    under it names the product."""
    captions = [
        ["| 9,90 €", "Hydrangea paniculata"],
        ["Acer palmatum", "Japanese maple"],
        ["Buxus sempervirens", "Common box"],
    ]
    blocks = [b for n, c in enumerate(captions) for b in _photo_card(40 + 180 * n, n, c)]
    products = products_from_layout(_document(blocks))
    assert [p.name for p in products] == [
        "Hydrangea paniculata",
        "Acer palmatum",
        "Buxus sempervirens",
    ]


DISHES = {
    "MAINS": [("Laksa Penang", "Kuah asam ikan", "12.50"), ("Mee Kari Ayam", "Santan", "13.50")],
    "DESSERTS": [("Cendol Durian", "Gula Melaka", "9.50"), ("Ais Kacang", "Jagung", "7.50")],
}


def _menu(section_kind: str, section_size: float) -> list[Block]:
    """A scanned menu: a section's title in capitals, then dishes, each a name over a detail
    line, its price level with the name at the right; OCR read every line as regular type,
    so the layout set the next section's title as a paragraph."""
    blocks, top = [], 80.0
    for section, dishes in DISHES.items():
        blocks.append(_text(section_kind, (40, top, 160, top + 14), [section], section_size))
        top += 24
        for name, detail, price in dishes:
            blocks.append(_text("paragraph", (40, top, 150, top + 13), [name], 11.0))
            blocks.append(_text("paragraph", (40, top + 13, 120, top + 23), [detail], 8.5))
            blocks.append(_text("paragraph", (500, top, 528, top + 13), [price], 11.0))
            top += 30
        top += 18
    return blocks


def test_a_section_title_in_capitals_read_as_a_paragraph_ends_the_dish_above_it() -> None:
    products = products_from_layout(_document(_menu("paragraph", 12.8)))
    expected = [(name, [price]) for dishes in DISHES.values() for name, _, price in dishes]
    assert sorted((p.name, p.prices) for p in products) == sorted(expected)


def test_a_line_in_capitals_smaller_than_the_dishes_is_no_section_title() -> None:
    # control: capitals set smaller than the names under a dish ("MAINS" in 8.5 pt, a
    # detail's size) end no entry: the dish above keeps it among its lines
    products = products_from_layout(_document(_menu("paragraph", 8.5)))
    mee = next(p for p in products if p.name == "Mee Kari Ayam")
    assert "DESSERTS" in mee.description
