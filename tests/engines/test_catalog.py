"""Products from structure: which structures present products, and which do not."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 600, 800)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _table(rows: list[list[str]]) -> Block:
    return Block("table", (50.0, 100.0, 550.0, 400.0), "", rows=rows)


def test_a_price_list_row_is_a_product_with_its_cells() -> None:
    rows = [
        ["Code", "Product", "Size", "Price"],
        ["AB-1001", "Oak Chair", "45 x 50 cm", "$120.00"],
        ["AB-1002", "Ash Table", "80 x 120 cm", "$340.00"],
        ["AB-1003", "Pine Stool", "30 x 30 cm", "$45.50"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [p.name for p in products] == ["Oak Chair", "Ash Table", "Pine Stool"]
    chair = products[0]
    assert (chair.codes, chair.prices, chair.sizes) == (["AB-1001"], ["$120.00"], ["45 x 50 cm"])
    assert chair.attributes["Product"] == "Oak Chair" and chair.source == "table_row"
    assert chair.product_type == "furniture" and chair.page == 1


def test_a_financial_statement_is_not_a_price_list() -> None:
    rows = [
        ["", "2023", "2024"],
        ["Revenue", "$1,200", "$1,500"],
        ["Operating costs", "$800", "$900"],
        ["Net income", "$400", "$600"],
    ]
    assert products_from_layout(_page(_table(rows))) == []


def test_a_table_of_dates_and_places_is_not_a_price_list() -> None:
    rows = [
        ["Notice Date", "Company", "City", "Employees"],
        ["06/22/2015", "Maxim Healthcare", "Columbia", "125"],
        ["07/01/2015", "Acme Foods", "Baltimore", "40"],
        ["07/09/2015", "Harbor Metals", "Dundalk", "77"],
    ]
    assert products_from_layout(_page(_table(rows))) == []


def test_prose_headings_and_figures_without_captions_are_not_products() -> None:
    document = _page(
        Block("heading", (50, 50, 300, 70), "Chapter 11", font_size=18),
        Block("paragraph", (50, 80, 550, 200), "It was a dark night. " * 10),
        Block("figure", (50, 220, 250, 380), "", image_index=0),
        Block("paragraph", (50, 400, 550, 500), "Yes, she said, and went home."),
    )
    assert products_from_layout(document) == []


def test_a_captioned_photo_with_a_code_is_a_product_with_that_photo() -> None:
    document = _page(
        Block("figure", (40, 100, 200, 220), "", image_index=0),
        Block("caption", (40, 226, 190, 238), "Aurora Desk Lamp", lines=["Aurora Desk Lamp"]),
        Block(
            "paragraph",
            (40, 242, 190, 266),
            "Dimmable LED lamp Item AL-2040",
            lines=["Dimmable LED lamp", "Item AL-2040"],
        ),
        Block("figure", (300, 100, 460, 220), "", image_index=1),
    )
    (lamp,) = products_from_layout(document)
    assert (lamp.name, lamp.codes, lamp.figure_indexes) == ("Aurora Desk Lamp", ["AL-2040"], [0])
    assert lamp.product_type == "lighting"


def _pages(*pages: list[Block]) -> DocumentLayout:
    out = []
    for number, blocks in enumerate(pages, start=1):
        page = PageLayout(number, 600, 800)
        page.blocks = list(blocks)
        out.append(page)
    return DocumentLayout(out)


def _text(kind: str, top: float, text: str, bold: bool = False, left: float = 60) -> Block:
    return Block(kind, (left, top, 540, top + 12), text, bold=bold, lines=[text])


PHOTO = Block("figure", (200, 600, 400, 750), "", image_index=0)


def _entry(number: int, name: str, keys: tuple[str, ...], top: float = 100) -> list[Block]:
    blocks = [_text("list_item", top, f"{number}. {name} - A Fine Piece", bold=True)]
    for row, key in enumerate(keys, start=1):
        blocks.append(_text("list_item", top + 20 * row, f"• {key}: something said of it."))
    return blocks


def test_entries_of_one_template_are_products_one_a_page() -> None:
    """A guide presents each item alike: a numbered name, the same property keys, a photo.
    The same item in the document's second language (same number) is its other name."""
    keys_es, keys_en = ("Origen", "Colores", "Rasgos"), ("Origin", "Colours", "Features")
    names = [("Mesa de roble (Oak Table)", "Oak Table"), ("Silla de lino", "Linen Chair")]
    names += [("Taburete de acero", "Steel Stool")]
    pages = [
        [
            _text("heading", 50, f"Capítulo {n}: La casa", bold=True),
            *_entry(n, es, keys_es, 100),
            *_entry(n, en, keys_en, 300),
            PHOTO,
        ]
        for n, (es, en) in enumerate(names, start=1)
    ]
    products = products_from_layout(_pages(*pages))
    assert [p.name for p in products] == [es for es, _ in names]
    assert [p.attributes["other names"] for p in products] == [en for _, en in names]
    assert all(p.source == "template_entry" and p.figure_indexes == [0] for p in products)
    assert products[0].attributes["Origen"] == "something said of it."


def test_entries_without_a_photo_or_a_recurring_template_are_not_products() -> None:
    keys = ("Origin", "Colours", "Features")
    no_photo = [_entry(n, f"Item {n}", keys) for n in range(1, 4)]
    assert products_from_layout(_pages(*no_photo)) == []
    # a report's sections with notes and examples: keys that do not make a template
    varied = [
        [*_entry(1, "Line Eight", ("Note", "Example")), PHOTO],
        [*_entry(2, "Line Nine", ("Exception", "Caution")), PHOTO],
        [*_entry(3, "Line Ten", ("Tip", "Warning")), PHOTO],
    ]
    assert products_from_layout(_pages(*varied)) == []


def test_a_list_of_translated_terms_beside_a_photo_is_a_list_of_products() -> None:
    lines = ["กรองอากาศ → Air Filter", "• Bremsscheibe → Brake Disc", "หัวเทียน → Spark Plug"]
    page = [
        Block("figure", (60, 80, 260, 200), "", image_index=0),
        _text("heading", 210, "ENGINE", bold=True),
        *(_text("list_item", 240 + 16 * i, line) for i, line in enumerate(lines)),
    ]
    products = products_from_layout(_pages(page))
    assert [p.name for p in products] == ["Air Filter", "Brake Disc", "Spark Plug"]
    assert products[0].attributes["other names"] == "กรองอากาศ"
    assert products[1].product_type == "auto part"
    # mappings in a math text, or the same list without any photo, are not products
    maths = ["f: X → Y", "g: Y → Z", "h ∘ g: X → Z"]
    assert products_from_layout(_pages([PHOTO, *(_text("paragraph", 100, m) for m in maths)])) == []
    assert products_from_layout(_pages(page[1:])) == []


def test_a_code_over_a_name_under_a_photo_with_a_logo_between() -> None:
    """A grocery grid's tile: the photo, its code right under it, a brand's logo, then its
    name a code's height further down; and a brand written in camel case is a name."""
    tiles = []
    for column, (code, name) in enumerate((("208014", "Orange juice"), ("521233", "iPhone 15"))):
        x = 70 + 200 * column
        tiles += [
            Block("figure", (x, 90, x + 106, 196), "", image_index=column),
            Block("caption", (x + 30, 198, x + 74, 210), code, font_size=13, lines=[code]),
            Block("caption", (x + 10, 232, x + 95, 241), name, font_size=10, lines=[name]),
        ]
    products = products_from_layout(_pages(tiles))
    assert [(p.name, p.codes) for p in products] == [
        ("Orange juice", ["208014"]),
        ("iPhone 15", ["521233"]),
    ]


def test_a_menu_line_with_a_bullet_and_a_long_dish_name_is_a_product() -> None:
    dishes = [
        "• Focaccia con romero y aceite de oliva. 6$",
        "Penne Rigate en salsa aurora, acompañado con salmón grillado y tomate cherry. 25$",
        "Pie de Parchita. 4$",
    ]
    page = [_text("paragraph", 100 + 30 * i, dish) for i, dish in enumerate(dishes)]
    products = products_from_layout(_pages(page))
    assert [(p.name, p.prices) for p in products] == [
        ("Focaccia con romero y aceite de oliva", ["6$"]),
        ("Penne Rigate en salsa aurora, acompañado con salmón grillado y tomate cherry", ["25$"]),
        ("Pie de Parchita", ["4$"]),
    ]
    assert {p.product_type for p in products} == {"food and drink"}


def test_a_gemstone_is_a_gemstone_and_a_section_title_types_the_rest() -> None:
    """A guide's "LED-lit display" made stones "lighting"; a stone's own name types it, and a
    name with no type word takes its section's ("Fruit"), never the whole document's."""
    from pdfqueue.engines.products import product_type

    assert product_type("Tanzanite", "Lit by LED lamps in the showroom") == "gemstone"
    assert product_type("Berlian (Diamond)") == "gemstone"
    grid = [
        Block("heading", (60, 40, 300, 70), "Fruit", font_size=30, lines=["Fruit"]),
        Block("figure", (70, 90, 176, 196), "", image_index=0),
        Block("caption", (100, 198, 145, 210), "459737", lines=["459737"]),
        Block("caption", (100, 212, 145, 222), "Kiwi", lines=["Kiwi"]),
    ]
    (kiwi,) = products_from_layout(_pages(grid))
    assert kiwi.product_type == "food and drink"


def test_on_a_scan_a_logo_read_as_text_does_not_name_the_product() -> None:
    """A scan reads a brand's logo ("Brand 4 LOGO", an image on the page) as text between
    the code and the name: the name is the line set clearly larger, not the first one."""
    tiles = []
    for column, (code, name) in enumerate((("208014", "Orange juice"), ("521233", "Iced tea"))):
        x = 70 + 200 * column
        tiles += [
            Block("figure", (x, 90, x + 106, 196), "", image_index=column),
            Block("caption", (x + 30, 198, x + 74, 210), code, font_size=9.5, lines=[code]),
            Block(
                "paragraph",
                (x + 25, 216, x + 80, 224),
                "Brand4 LOGO",
                font_size=5.0,
                lines=["Brand4 LOGO"],
            ),
            Block("paragraph", (x + 10, 232, x + 95, 243), name, font_size=7.6, lines=[name]),
        ]
    products = products_from_layout(_pages(tiles))
    assert [(p.name, p.codes) for p in products] == [
        ("Orange juice", ["208014"]),
        ("Iced tea", ["521233"]),
    ]
    assert all("LOGO" in p.description for p in products)
