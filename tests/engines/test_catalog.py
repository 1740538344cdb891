"""Products from structure: which structures present products, and which do not."""

from __future__ import annotations

import pytest

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


def test_a_scans_translated_list_keeps_the_lines_whose_other_term_ocr_lost() -> None:
    """On a scan the Thai term of some lines is lost: "— Oil Filter", a bullet-like "- Spark
    Plug" set where the arrow was. In the list's column, near its lines, they are its names."""
    page = PageLayout(2, 600, 800, source="ocr")
    entries = ["Asavo1MA — Air Filter", "— Oil Filter", "ASOVIUUTU - Fuel Filter"]
    page.blocks = [
        Block("figure", (60, 80, 260, 200), "", image_index=0),
        Block("paragraph", (82, 298, 228, 346), " ".join(entries), lines=entries),
        Block("list_item", (115, 348, 196, 378), "- Spark Plug", lines=["- Spark Plug"]),
        Block("paragraph", (82, 379, 207, 395), "Ksdu - Valve", lines=["Ksdu - Valve"]),
        # far below the list, in its column: a slogan with a dash, not a name of the list
        Block("list_item", (90, 700, 300, 714), "- Fast Delivery", lines=["- Fast Delivery"]),
    ]
    names = [p.name for p in products_from_layout(DocumentLayout([page]))]
    assert sorted(names) == ["Air Filter", "Fuel Filter", "Oil Filter", "Spark Plug", "Valve"]
    # a scan's dashed list with no line read whole is no bilingual list
    lost = ["— Oil Filter", "— Spark Plug", "— Brake Disc"]
    page.blocks = [page.blocks[0], Block("paragraph", (82, 298, 228, 346), "", lines=lost)]
    assert products_from_layout(DocumentLayout([page])) == []


def test_one_items_numbered_titles_in_several_languages_on_a_scan_are_no_bilingual_list() -> None:
    """A guide titles its stone in three languages, each with a tagline after a dash that OCR
    may take for an arrow: the terms before it are one name (its number and brackets aside),
    so the taglines are not a list of goods."""
    titles = ["15. Aquamarine - Tetesan Samudra", "15. Aquamarine - The Drop of the Ocean",
              "(Aquamarine) - Jasal Bahr"]  # fmt: skip
    page = PageLayout(19, 600, 800, source="ocr")
    page.blocks = [
        Block("figure", (200, 600, 400, 760), "", image_index=0),
        *(_text("list_item", 150 + 170 * i, title) for i, title in enumerate(titles)),
    ]
    assert products_from_layout(DocumentLayout([page])) == []


def test_a_scans_dishes_with_their_descriptions_run_in_are_a_menu() -> None:
    """OCR runs a dish's description into the paragraph of its priced title line; the
    paragraph counts as one line in the page's share of priced entries."""
    dishes = ["Ensalada Primavera 9$", "Carpaccio de Lomito 10$", "Tartar de Atun 9$",
              "Ensalada Pasionne 10$"]  # fmt: skip
    blocks = [Block("heading", (60, 60, 300, 80), "ENTRADAS", lines=["ENTRADAS"])]
    for n, dish in enumerate(dishes):
        top = 100 + 90 * n
        lines = [dish, "Finas laminas de lomito, mezclum,", "aderezo de pesto de albahaca,",
                 "champinones y laminas de queso", "parmesano y aceite de oliva."]  # fmt: skip
        blocks.append(Block("paragraph", (60, top, 400, top + 80), " ".join(lines), lines=lines))
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.prices) for p in products] == [
        ("Ensalada Primavera", ["9$"]),
        ("Carpaccio de Lomito", ["10$"]),
        ("Tartar de Atun", ["9$"]),
        ("Ensalada Pasionne", ["10$"]),
    ]
    # a report's paragraphs that also hold amounts on their later lines are not a menu
    for block in blocks[1:]:
        block.lines[2] = "at a cost of 120$ a year"
    assert products_from_layout(_page(*blocks)) == []


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


def test_a_feature_around_the_name_types_nothing_and_in_the_name_it_does() -> None:
    """A cooker hood's "LED osvětlení" (LED lighting) is a feature, not its type; an "LED
    Panel" is a lamp by its own name, and a lamp named so in its description still types."""
    from pdfqueue.engines.products import product_type

    assert product_type("Odsavač par Beko HCA62640B", "LED osvětlení, 3 rychlosti") == "other"
    assert product_type("Wireless speaker", "LED display, 20 W") == "electronics"
    assert product_type("LED Panel 60x60", "4000 K, 36 W") == "lighting"
    assert product_type("Aurora 3", "Pendant lamp in brushed brass") == "lighting"


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


def _box(kind: str, box: tuple[float, float, float, float], text: str = "") -> Block:
    return Block(kind, box, text, lines=text.split("\n") if text else [])


def test_a_header_over_two_rows_is_joined_and_is_no_product() -> None:
    rows = [
        ["", "", "Dimensions (mm)", "", ""],
        ["Art. no.", "Description", "W", "H", "Price"],
        ["104233", "Oak Shelf", "800", "300", "$120.00"],
        ["104234", "Ash Rack", "900", "350", "$1,340.00"],
        ["104235", "Pine Board", "1200", "250", "$45.50"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Oak Shelf", ["104233"], ["$120.00"]),
        ("Ash Rack", ["104234"], ["$1,340.00"]),
        ("Pine Board", ["104235"], ["$45.50"]),
    ]
    assert products[0].attributes["Dimensions (mm) W"] == "800"


def test_column_titles_set_apart_above_a_table_choose_its_name_column() -> None:
    """Without its titles the wordier column (the description) would be taken for names."""
    titles = [
        _box("paragraph", (x, 60, x + 40, 70), t)
        for x, t in ((50, "Product"), (200, "Description"), (400, "Price"), (480, "Code"))
    ]
    heading = _box("heading", (50, 80, 150, 95), "Garden")
    rows = [
        ["Oak Bench", "Sturdy design for everyday outdoor use", "$1,220.50", "FH-3411"],
        ["Ash Planter", "Light design for the terrace and balcony", "$702.15", "LA-8071"],
        ["Pine Trellis", "Elegant design for climbing plants", "$77.41", "KS-8155"],
    ]
    table = Block("table", (50.0, 100.0, 550.0, 160.0), "", rows=rows)
    products = products_from_layout(_page(*titles, heading, table))
    assert [(p.name, p.codes) for p in products] == [
        ("Oak Bench", ["FH-3411"]),
        ("Ash Planter", ["LA-8071"]),
        ("Pine Trellis", ["KS-8155"]),
    ]
    assert products_from_layout(_page(heading, table))[0].name != "Oak Bench"  # the contrast


def test_a_card_named_above_its_photo_is_a_product_with_that_name() -> None:
    cards = []
    for column, (first, second, code) in enumerate(
        (("Handcrafted Concrete", "Soap", "HS-7147"), ("Gently Used", "Steel Gloves", "EG-5962"))
    ):
        x = 40 + 130 * column
        cards += [
            _box("paragraph", (x, 324, x + 100, 336), first),  # a name's lines as OCR parts them
            _box("caption", (x, 336, x + 40, 348), second),
            Block("figure", (x, 354, x + 118, 442), "", image_index=column),
            _box("caption", (x, 448, x + 60, 458), f"SKU: {code}"),
            _box("paragraph", (x + 6, 466, x + 40, 478), "$63.01"),
        ]
    products = products_from_layout(_pages(cards))
    assert [(p.name, p.codes) for p in products] == [
        ("Handcrafted Concrete Soap", ["HS-7147"]),
        ("Gently Used Steel Gloves", ["EG-5962"]),
    ]
    assert all(p.bbox[1] == 324 for p in products)  # the box takes in the name above


DISHES = (
    ("Grilled Duck with Lentils", "13,79 €"),
    ("Roasted Salmon with Leeks", "11,51 €"),
    ("Smoked Halloumi with Gnocchi", "24,50 €"),
)


def test_a_price_level_with_a_name_across_a_leader_ocr_cut_apart_is_its_price() -> None:
    """A scanned menu's "Name ........ 12,50 €": OCR gives the name (with its description
    under it, in its block or one of its own), specks of the leader, and the price as blocks
    of their own on one line."""
    page = []
    for row, (dish, price) in enumerate(DISHES):
        top = 100 + 40 * row
        if row == 0:
            page += [
                _box("paragraph", (81, top, 220, top + 14), dish),
                _box("paragraph", (81, top + 15, 220, top + 27), "lentils from the hills"),
            ]
        else:
            page.append(_box("paragraph", (81, top, 220, top + 28), f"{dish}\nsaid of the dish"))
        page += [
            _box("paragraph", (227, top + 8, 340, top + 11), "..................."),
            _box("paragraph", (344, top + 8, 352, top + 11), "R"),
            _box("paragraph", (479, top, 517, top + 14), price),
        ]
    products = products_from_layout(_pages(page))
    assert [(p.name, p.prices) for p in products] == [(d, [p]) for d, p in DISHES]
    assert products[0].description == "lentils from the hills"  # not the leader's dots


def test_a_price_level_with_a_name_but_words_between_is_not_its_price() -> None:
    page = []
    for row, (dish, price) in enumerate(DISHES):
        top = 100 + 40 * row
        page += [
            _box("paragraph", (81, top, 220, top + 14), dish),
            _box("paragraph", (227, top, 400, top + 14), "served with bread"),
            _box("paragraph", (479, top, 517, top + 14), price),
        ]
    assert products_from_layout(_pages(page)) == []


def test_a_product_with_variant_rows_is_one_product_with_their_codes() -> None:
    rows = [["Product / variant", "Size", "Article", "Price"]]
    for name, base in (("Oak Chair", 100), ("Ash Table", 200), ("Pine Stool", 300)):
        rows.append([name, "", "", ""])
        for offset, label in enumerate(("Small", "Large")):
            rows.append([label, f"{40 + offset} cm", f"AB-{base + offset}", f"${base + offset}.00"])
    products = products_from_layout(_page(_table(rows)))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Oak Chair", ["AB-100", "AB-101"], ["$100.00", "$101.00"]),
        ("Ash Table", ["AB-200", "AB-201"], ["$200.00", "$201.00"]),
        ("Pine Stool", ["AB-300", "AB-301"], ["$300.00", "$301.00"]),
    ]


def test_a_budget_with_a_total_row_is_not_a_price_list() -> None:
    rows = [["Budget line", "Cost"], ["Staff salaries", "$80,452.11"]]
    rows += [["Travel and subsistence", "$8,112.21"], ["Office rent", "$6,825.05"]]
    priced = products_from_layout(_page(_table(rows)))
    assert [p.name for p in priced] == ["Staff salaries", "Travel and subsistence", "Office rent"]
    assert products_from_layout(_page(_table([*rows, ["Total", "$95,389.37"]]))) == []
    # a scan whose OCR lost the label: the amount alone is the sum of the lines above it
    assert products_from_layout(_page(_table([*rows, ["", "$95,389.37"]]))) == []
    # an amount on its own that is not their sum is no total
    assert len(products_from_layout(_page(_table([*rows, ["", "$12.00"]])))) == 3


def test_ean_codes_and_prices_titled_by_their_column_make_a_price_list() -> None:
    rows = [["EAN", "Bezeichnung", "Einheit", "Preis €"]]
    rows += [["4009466852347", "Robuster Stahlstuhl", "Karton", "3,30"]]
    rows += [["4001176086503", "Praktischer Kupferstuhl", "Paar", "6,78"]]
    rows += [["4003595945917", "Kompakter Leinenkessel", "Set", "30,10"]]
    products = products_from_layout(_page(_table(rows)))
    first = products[0]
    assert (first.name, first.codes, first.prices) == (
        "Robuster Stahlstuhl",
        ["4009466852347"],
        ["3,30"],
    )
    assert len(products) == 3


def test_run_in_entries_name_their_product_first_and_end_with_its_price() -> None:
    entries = [
        "Moderner Keramikstuhl - Pflegeleicht und langlebig. Art. 742868, € 150,51",
        "Kompakter Stahleimer - Ideal für Küche und Wohnzimmer. Art. 783064, € 29,80",
        "Eleganter Eichenhocker - Handgefertigt in kleiner Serie. Art. 657650, € 99,31",
    ]
    page = [_text("paragraph", 100 + 40 * i, entry) for i, entry in enumerate(entries)]
    products = products_from_layout(_pages(page))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Moderner Keramikstuhl", ["742868"], ["€ 150,51"]),
        ("Kompakter Stahleimer", ["783064"], ["€ 29,80"]),
        ("Eleganter Eichenhocker", ["657650"], ["€ 99,31"]),
    ]
    # two text columns the table finder took for cells: each column's entries, in order
    cells = [e.split(". Art") for e in entries]
    rows = [[cells[0][0] + ".", cells[1][0] + "."], ["Art" + cells[0][1], "Art" + cells[1][1]]]
    rows += [[cells[2][0] + ".", ""], ["Art" + cells[2][1], ""]]
    table = Block("table", (50.0, 100.0, 550.0, 300.0), "", rows=rows, ruled=False)
    assert [p.name for p in products_from_layout(_page(table))] == [
        "Moderner Keramikstuhl",
        "Eleganter Eichenhocker",
        "Kompakter Stahleimer",
    ]
    prose = [
        "The new model - available from May in three colours - costs less than before.",
        "Our service team - based in Leeds - answers within a day, for a fee of $25.",
    ]
    assert products_from_layout(_pages([_text("paragraph", 100, t) for t in prose * 2])) == []


def test_text_left_of_a_photo_with_none_under_or_beside_it_is_its_caption() -> None:
    """Bands alternating sides: the second band's text is left of its photo."""
    page = [
        Block("figure", (60, 60, 230, 184), "", image_index=0),
        _box("heading", (250, 63, 380, 79), "Fantastic Frozen Ball"),
        _box("paragraph", (250, 85, 530, 128), "Process it name campaign.\nModel: RB-3095"),
        _box("heading", (250, 134, 315, 149), "USD 635.54"),
        _box("heading", (60, 248, 217, 264), "Ergonomic Frozen Bacon"),
        _box("paragraph", (60, 270, 326, 313), "Response dark realize task.\nModel: FR-4972"),
        _box("heading", (60, 319, 125, 334), "USD 546.26"),
        Block("figure", (375, 245, 545, 369), "", image_index=1),
    ]
    products = products_from_layout(_pages(page))
    assert [(p.name, p.codes, p.prices, p.figure_indexes) for p in products] == [
        ("Fantastic Frozen Ball", ["RB-3095"], ["USD 635.54"], [0]),
        ("Ergonomic Frozen Bacon", ["FR-4972"], ["USD 546.26"], [1]),
    ]


def test_a_price_on_the_photo_and_a_price_row_of_a_comparison_are_the_products_prices() -> None:
    sticker = [
        Block("figure", (45, 60, 205, 188), "", image_index=0),
        _box("paragraph", (144, 164, 200, 176), "59,34 €"),  # a sticker in the corner
        _box("paragraph", (45, 200, 180, 212), "Klassischer Leinenschrank"),
        _box("caption", (45, 214, 120, 222), "Art. No. 726273"),
    ]
    (cupboard,) = products_from_layout(_pages(sticker))
    assert (cupboard.name, cupboard.codes, cupboard.prices) == (
        "Klassischer Leinenschrank",
        ["726273"],
        ["59,34 €"],
    )
    compare = [_box("paragraph", (45, 280, 65, 290), "Price")]
    for column, (name, code, price) in enumerate(
        (
            ("Sleek Cotton Ball", "HH-9047", "$81.72"),
            ("Rustic Wooden Pants", "CC-7966", "$1,734.92"),
        )
    ):
        x = 160 + 100 * column
        compare += [
            Block("figure", (x, 85, x + 90, 153), "", image_index=column),
            _box("caption", (x, 168, x + 70, 178), name),
            _box("paragraph", (x, 196, x + 35, 206), code),
            _box("paragraph", (x, 224, x + 30, 234), "750 ml"),
            _box("paragraph", (x, 280, x + 35, 290), price),
        ]
    products = products_from_layout(_pages(compare))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Sleek Cotton Ball", ["HH-9047"], ["$81.72"]),
        ("Rustic Wooden Pants", ["CC-7966"], ["$1,734.92"]),
    ]


def _look(top: float, lines: list[str], left: float = 300.0, size: float = 7.0) -> Block:
    height = 10.0 * len(lines)
    return Block(
        "paragraph", (left, top, left + 120, top + height), " ".join(lines), font_size=size,
        lines=lines,
    )  # fmt: skip


def test_numbered_capital_titles_with_a_code_or_price_under_them_are_entries() -> None:
    document = _page(
        Block("figure", (0, 0, 280, 800), "", image_index=0),
        Block("heading", (300, 60, 450, 80), "Autumn walks", font_size=20),
        _look(120, ["1 WAXED COTTON PARKA", "Olive, Navy", "Art. 4411/02", "89,00 €"]),
        _look(180, ["2 CHUNKY WOOL SCARF", "Grey", "Art. 4411/07", "29,50 €"]),
        _look(240, ["3 SUEDE ANKLE BOOTS", "Tan", "Art. 4411/11", "119,00 €"]),
    )
    products = products_from_layout(document)
    assert [p.name for p in products] == [
        "WAXED COTTON PARKA",
        "CHUNKY WOOL SCARF",
        "SUEDE ANKLE BOOTS",
    ]
    assert (products[1].codes, products[1].prices) == (["4411/07"], ["29,50 €"])
    assert products[0].source == "titled_entry"


def test_a_card_title_gets_the_price_set_beside_its_photo_and_the_item_number_under_it() -> None:
    blocks: list[Block] = []
    for n, (left, top) in enumerate([(30, 100), (310, 100), (30, 400), (310, 400)]):
        blocks += [
            Block("figure", (left, top, left + 130, top + 100), "", image_index=n),
            Block("caption", (left, top + 115, left + 150, top + 130), f"Cordless Drill {n}",
                  font_size=13, lines=[f"Cordless Drill {n}"]),
            Block("paragraph", (left, top + 135, left + 80, top + 145), "with two batteries",
                  font_size=9, lines=["with two batteries"]),
            Block("heading", (left + 140, top + 10, left + 220, top + 55), f"${40 + n}",
                  font_size=40, lines=[f"${40 + n}"]),
            Block("paragraph", (left, top + 190, left + 50, top + 198), f"Item 55{n}120",
                  font_size=7, lines=[f"Item 55{n}120"]),
        ]  # fmt: skip
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (f"Cordless Drill {n}", [f"55{n}120"], [f"${40 + n}"]) for n in (0, 1, 2, 3)
    ]


def test_report_headings_with_plain_paragraphs_are_no_entries() -> None:
    blocks = []
    for n in range(4):
        top = 100 + 150 * n
        blocks += [
            Block("heading", (50, top, 300, top + 16), f"Region {n + 1} results", font_size=14,
                  bold=True, lines=[f"Region {n + 1} results"]),
            Block("paragraph", (50, top + 20, 550, top + 80),
                  "Sales grew in the quarter as the new stores opened.", font_size=10,
                  lines=["Sales grew in the quarter as the new stores opened."]),
        ]  # fmt: skip
    assert products_from_layout(_page(*blocks)) == []


def test_products_set_as_the_columns_of_a_comparison_table() -> None:
    rows = [
        ["", "Kettle One", "Kettle Two", "Kettle Max"],
        ["Art. No.", "7712001", "7712002", "7712003"],
        ["Price", "$39.99", "$49.99", "$69.99"],
        ["Capacity", "1.2 l", "1.7 l", "2 l"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Kettle One", ["7712001"], ["$39.99"]),
        ("Kettle Two", ["7712002"], ["$49.99"]),
        ("Kettle Max", ["7712003"], ["$69.99"]),
    ]


def test_an_entry_and_its_translation_beside_it_are_one_product() -> None:
    blocks = []
    for n in range(3):
        top = 100.0 + 100 * n
        rows = [
            [f"Chaise Nord {n}", f"Nord Chair {n}", ""],
            ["En chêne massif.", "Solid oak.", ""],
            [f"Réf. 12-40{n}0", f"Ref. 12-40{n}0", f"{80 + n},00 €"],
        ]
        blocks.append(Block("table", (100.0, top, 550.0, top + 40), "", rows=rows))
    products = products_from_layout(_page(*blocks))
    assert len(products) == 3
    first = products[0]
    assert first.codes == ["12-4000"] and first.prices == ["80,00 €"]
    assert {first.name, first.attributes.get("other names")} == {"Chaise Nord 0", "Nord Chair 0"}


def test_an_invoice_lists_no_products() -> None:
    rows = [
        ["Item", "Description", "Qty", "Unit price", "Amount"],
        ["KT-1001", "Steel Kettle", "2", "£20.00", "£40.00"],
        ["KT-1002", "Glass Kettle", "1", "£30.00", "£30.00"],
        ["KT-1003", "Copper Kettle", "1", "£50.00", "£50.00"],
        ["", "", "", "Total due", "£120.00"],
    ]
    document = _page(
        Block("heading", (50, 40, 200, 60), "INVOICE", font_size=22, lines=["INVOICE"]),
        Block(
            "paragraph", (50, 70, 200, 90), "Bill to Jane Smith", lines=["Bill to", "Jane Smith"]
        ),
        _table(rows),
    )
    assert products_from_layout(document) == []
    document.pages[0].blocks = document.pages[0].blocks[2:]  # the same lines in a price list
    assert len(products_from_layout(document)) == 3


def test_rows_named_by_a_repeated_material_are_the_heading_in_their_sizes() -> None:
    rows = [
        ["Art. No.", "Size", "Material", "Pack", "Price / pack", ""],
        ["440010", "M3 × 10", "Brass", "100", "", "4.20"],
        ["440012", "M3 × 12", "Brass", "100", "", "4.60"],
        ["440016", "M4 × 16", "Zinc plated", "200", "", "6.10"],
        ["440020", "M4 × 20", "Brass", "200", "", "6.90"],
    ]
    document = _page(
        Block("heading", (50, 40, 300, 60), "Wood screw DIN 97", font_size=14, lines=[]),
        _table(rows),
    )
    products = products_from_layout(document)
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Wood screw DIN 97 M3 × 10", ["440010"], ["4.20"]),
        ("Wood screw DIN 97 M3 × 12", ["440012"], ["4.60"]),
        ("Wood screw DIN 97 M4 × 16", ["440016"], ["6.10"]),
        ("Wood screw DIN 97 M4 × 20", ["440020"], ["6.90"]),
    ]


def test_bare_amounts_by_quantity_are_an_article_lists_prices() -> None:
    rows = [
        ["Part no.", "Description", "Unit", "1+", "10+", "100+"],
        ["K10021", "Terminal block grey", "pc", "3.10", "2.80", "2.40"],
        ["K10022", "Terminal block blue", "pc", "3.20", "2.90", "2.50"],
        ["K10023", "Terminal block green", "pc", "3.30", "3.00", "2.60"],
        ["K10024", "Terminal, 2.5 × 10 mm", "pc", "3.40", "3.10", "2.70"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [p.prices for p in products] == [
        ["3.10", "2.80", "2.40"],
        ["3.20", "2.90", "2.50"],
        ["3.30", "3.00", "2.60"],
        ["3.40", "3.10", "2.70"],
    ]
    assert products[3].name == "Terminal, 2.5 × 10 mm"  # a name may carry its size


def test_a_table_of_bytes_read_across_is_no_comparison_of_products() -> None:
    rows = [
        ["FF", "D8", "FF", "E1"],
        ["11111111", "11011000", "11111111", "11100001"],
        ["MSB LSB", "MSB LSB", "", ""],
    ]
    assert products_from_layout(_page(_table(rows))) == []


def test_a_list_by_sections_repeating_its_column_titles_has_its_rows_as_products() -> None:
    rows = [
        ["ALSACE · France", "Glass", "Bottle"],
        ["Domaine Roth Riesling 2019 Alsace, France. Dry and mineral.", "9.50", "38.00"],
        ["Clos Weiss Pinot Gris 2020 Alsace, France. Ripe pear.", "", "42.00"],
        ["RIOJA · Spain", "Glass", "Bottle"],
        ["Bodega Lara Tempranillo 2017 Rioja, Spain. Oak and cherry.", "8.00", "33.00"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [(p.name, p.prices) for p in products] == [
        ("Domaine Roth Riesling 2019", ["9.50", "38.00"]),
        ("Clos Weiss Pinot Gris 2020", ["42.00"]),
        ("Bodega Lara Tempranillo 2017", ["8.00", "33.00"]),
    ]
    assert products[2].attributes["section"] == "RIOJA · Spain"


def test_a_league_table_by_groups_is_no_list_of_products() -> None:
    rows = [
        ["Group A", "P", "W", "Pts"],
        ["Harbour United", "6", "4", "13"],
        ["Riverside Rovers", "6", "3", "10"],
        ["Group B", "P", "W", "Pts"],
        ["Castle Athletic", "6", "5", "15"],
        ["Mill Lane", "6", "1", "4"],
    ]
    assert products_from_layout(_page(_table(rows))) == []


def test_recipes_under_bold_titles_that_weigh_their_flour_are_no_entries() -> None:
    method = (
        "Mix 200 g flour with the butter, add the eggs one by one and beat until smooth. "
        "Rest the dough for an hour, roll it out thinly and bake it for twenty minutes "
        "until golden. Serve warm with the cream whipped to soft peaks and a little sugar."
    )
    blocks = []
    for n, title in enumerate(["Apple tart", "Pear galette", "Plum crumble"]):
        top = 80.0 + 220 * n
        blocks += [
            Block("paragraph", (50, top, 300, top + 14), title, font_size=12, bold=True,
                  lines=[title]),
            Block("paragraph", (50, top + 20, 550, top + 80), method, font_size=10,
                  lines=[method[:90], method[90:180], method[180:]]),
        ]  # fmt: skip
    assert products_from_layout(_page(*blocks)) == []


@pytest.mark.parametrize(("name_size", "detail_size"), [(8.4, 6.2), (11.0, 10.0)])
def test_a_scans_names_over_their_details_with_a_column_of_bare_prices_are_entries(
    name_size: float, detail_size: float
) -> None:
    """OCR'd type sizes come snapped to the page's few sizes (layout); a name one size step
    above its details (11 over 10 pt, 10 % apart) still stands out as its entry's title."""
    page = PageLayout(1, 600, 800, source="ocr")
    names = [
        "Domaine Roth Riesling 2019",
        "Clos Weiss Pinot Gris 2020",
        "Bodega Lara Tempranillo 2017",
    ]
    for n, name in enumerate(names):
        top = 140.0 + 32 * n
        page.blocks += [
            Block("paragraph", (70, top, 230, top + 15.5), name, font_size=name_size, lines=[name]),
            Block("paragraph", (70, top + 14, 300, top + 26), "Alsace, France. Dry and mineral.",
                  font_size=detail_size, lines=["Alsace, France. Dry and mineral."]),
            Block("paragraph", (500, top + 1, 525, top + 13), f"{40 + n}.00", font_size=7.6,
                  lines=[f"{40 + n}.00"]),
        ]  # fmt: skip
    products = products_from_layout(DocumentLayout([page]))
    assert [(p.name, p.prices) for p in products] == [
        ("Domaine Roth Riesling 2019", ["40.00"]),
        ("Clos Weiss Pinot Gris 2020", ["41.00"]),
        ("Bodega Lara Tempranillo 2017", ["42.00"]),
    ]


def test_numbered_sentences_wrapped_over_lines_with_amounts_are_no_entries() -> None:
    items = [
        ["1. Your average annual income", "tax for the last 5 years was", "more than $100,000."],
        ["2. Your net worth on the date", "of your move was $2,000,000", "or more."],
        ["3. You paid a deposit of at", "least $5,000 to the office", "before the deadline."],
    ]
    blocks = [
        Block("list_item", (42, 100 + 60 * n, 208, 140 + 60 * n), " ".join(lines), font_size=9,
              lines=lines)
        for n, lines in enumerate(items)
    ]  # fmt: skip
    assert products_from_layout(_page(*blocks)) == []


def test_report_sections_with_amounts_inside_their_sentences_are_no_entries() -> None:
    blocks = []
    for n, region in enumerate(["Northern region", "Southern region", "Online", "Wholesale"]):
        top = 90.0 + 40 * n
        line = f"Revenue rose to $1.{n}m in the quarter, up 4% on last year."
        blocks += [
            Block("paragraph", (40, top, 200, top + 12), region, font_size=11, bold=True,
                  lines=[region]),
            Block("paragraph", (40, top + 14, 400, top + 24), line, font_size=9, lines=[line]),
        ]  # fmt: skip
    assert products_from_layout(_page(*blocks)) == []


def test_cards_two_by_two_that_the_table_finder_joined_are_products() -> None:
    blocks = []
    for n in range(2):
        top = 100.0 + 110 * n
        rows = [
            [f"Ceramic Mug {n}", f"Linen Towel {n}"],
            ["Handmade in small batches.", "Washed linen."],
            [f"${20 + n}.00", f"${30 + n}.00"],
        ]
        blocks.append(Block("table", (40.0, top, 550.0, top + 40), "", rows=rows))
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.prices) for p in products] == [
        ("Ceramic Mug 0", ["$20.00"]),
        ("Linen Towel 0", ["$30.00"]),
        ("Ceramic Mug 1", ["$21.00"]),
        ("Linen Towel 1", ["$31.00"]),
    ]


def test_events_under_bold_names_with_a_ticket_price_ending_the_prose_are_no_entries() -> None:
    blocks = []
    for n, event in enumerate(["Jazz at the Mill", "Spring Book Fair", "Choir Concert"]):
        top = 90.0 + 40 * n
        line = f"Saturday {n + 2} March, 7.30 pm, Town Hall. Tickets $12."
        blocks += [
            Block("paragraph", (40, top, 200, top + 12), event, font_size=11, bold=True,
                  lines=[event]),
            Block("paragraph", (40, top + 14, 400, top + 24), line, font_size=9, lines=[line]),
        ]  # fmt: skip
    assert products_from_layout(_page(*blocks)) == []


def test_a_priced_lines_code_in_the_description_under_it_is_its_code() -> None:
    blocks = []
    for n, name in enumerate(["Border Spade", "Hand Trowel", "Leaf Rake"]):
        top = 90.0 + 40 * n
        detail = f"Carbon steel head, ash handle. Art. 40{n}17"
        blocks += [
            Block("paragraph", (40, top, 555, top + 12), f"{name} EUR {19 + n},90",
                  font_size=11, lines=[f"{name} EUR {19 + n},90"]),
            Block("paragraph", (40, top + 14, 300, top + 24), detail, font_size=8,
                  lines=[detail]),
        ]  # fmt: skip
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.codes) for p in products] == [
        ("Border Spade", ["40017"]),
        ("Hand Trowel", ["40117"]),
        ("Leaf Rake", ["40217"]),
    ]


def test_a_brand_in_small_capitals_over_the_name_is_part_of_the_name() -> None:
    tiles = [("NOVAPHARM", "Zinc tablets"), ("NOVAPHARM", "Eye drops"), ("LUMEA", "Hand cream")]
    blocks: list[Block] = []
    for n, (brand, name) in enumerate(tiles):
        left = 30 + 180 * n
        blocks += [
            Block("figure", (left, 100, left + 160, 200), "", image_index=n),
            Block("caption", (left, 210, left + 40, 218), brand, font_size=7, lines=[brand]),
            Block("caption", (left, 220, left + 90, 231), name, font_size=9.5, lines=[name]),
            Block("paragraph", (left, 233, left + 40, 242), "30 ml", font_size=8,
                  lines=["30 ml"]),
            Block("paragraph", (left, 244, left + 60, 252), f"€ {n + 4},90", font_size=8,
                  lines=[f"€ {n + 4},90"]),
        ]  # fmt: skip
    products = products_from_layout(_page(*blocks))
    assert [p.name for p in products] == [f"{brand} {name}" for brand, name in tiles]


def test_a_table_of_models_and_reference_numbers_is_a_product_per_model() -> None:
    rows = [
        ["Model", "Power (W)", "Weight (kg)", "Ref.", "Price"],
        ["HD-330", "750", "2,6", "11.424.23", "178,00 €"],
        ["HD-551", "950", "3,6", "57.314.17", "270,00 €"],
        ["HD-212", "500", "1,9", "34.854.68", "126,00 €"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (row[0], [row[3]], [row[4]]) for row in rows[1:]
    ]


def test_a_deal_price_set_large_without_its_currency_under_the_name_is_its_price() -> None:
    deals = [("Apple juice", "1.5 litre bottle", "9,86"), ("Bananas", "per bunch", "5,17")]
    deals += [("Peanut butter", "350 g jar", "3,08")]
    blocks: list[Block] = []
    for n, (name, unit, price) in enumerate(deals):
        left = 30 + 182 * n
        blocks += [
            Block("figure", (left, 330, left + 170, 415), "", image_index=n),
            Block("caption", (left, 419, left + 60, 432), name, font_size=11, lines=[name]),
            Block("caption", (left, 434, left + 50, 444), unit, font_size=8, lines=[unit]),
            Block("caption", (left + 40, 441, left + 75, 462), price, font_size=18,
                  lines=[price]),
            Block("paragraph", (left + 92, 342, left + 134, 353), "1+1 free", font_size=9,
                  lines=["1+1 free"]),
        ]  # fmt: skip
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.prices) for p in products] == [(d[0], [d[2]]) for d in deals]


def test_a_brand_that_starts_the_name_under_it_is_not_repeated() -> None:
    blocks: list[Block] = []
    for n, (brand, name) in enumerate([("ZENTRA", "Zentra Watch 45 mm"), ("AURA", "Aura Buds")]):
        left = 30 + 400 * n
        blocks += [
            Block("figure", (left, 60, left + 380, 290), "", image_index=n),
            Block("caption", (left, 303, left + 40, 314), brand, font_size=9, lines=[brand]),
            Block("caption", (left, 316, left + 200, 333), name, font_size=15, lines=[name]),
            Block("paragraph", (left, 340, left + 60, 352), f"${n + 40}.99", font_size=9,
                  lines=[f"${n + 40}.99"]),
        ]  # fmt: skip
    products = products_from_layout(_page(*blocks))
    assert [p.name for p in products] == ["Zentra Watch 45 mm", "Aura Buds"]


def _label(left: float, top: float, name: str, what: str, price: str) -> list[Block]:
    return [
        Block("heading", (left, top, left + 60, top + 15), name, font_size=12, lines=[name]),
        Block("paragraph", (left, top + 16, left + 90, top + 26), what, font_size=8,
              lines=[what]),
        Block("heading", (left, top + 30, left + 55, top + 47), price, font_size=15,
              lines=[price]),
    ]  # fmt: skip


def test_labels_set_on_a_room_photo_count_beside_products_under_photos_of_their_own() -> None:
    blocks = [Block("heading", (30, 15, 310, 46), "Make room", font_size=26, lines=["Make room"])]
    blocks += _label(38, 64, "GROSKA", "Cushion cover, oak", "$121.99")
    blocks += _label(238, 224, "HEMDAL", "Cushion cover, birch", "$655.99")
    blocks += _label(428, 384, "BROKAL", "TV bench, green", "$1,088.99")
    for n, left in enumerate((30, 320)):
        blocks.append(Block("figure", (left, 600, left + 110, 682), "", image_index=n))
        blocks += _label(left + 122, 602, f"STALIN{n}", "Curtains, 1 pair", f"${n + 40}.99")
    products = products_from_layout(_page(*blocks))
    assert sorted(p.name for p in products) == [
        "BROKAL",
        "GROSKA",
        "HEMDAL",
        "STALIN0",
        "STALIN1",
    ]


def test_a_dash_for_no_position_run_into_the_code_column_is_not_part_of_the_code() -> None:
    rows = [
        ["Pos. Part no.", "Description", "Qty", "Price EUR"],
        ["- 8820-179-01", "Engine oil SAE 30", "2", "118,79"],
        ["- 9438-641-01", "Service kit", "1", "90,19"],
        ["- 7188-584-01", "Protective cover", "1", "23,84"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [p.codes for p in products] == [[row[0][2:]] for row in rows[1:]]


def test_a_large_photo_s_deep_caption_is_its_product_and_the_was_price_is_not_its_price() -> None:
    blocks: list[Block] = []
    for n, name in enumerate(["Zentra Smartwatch 45 mm", "Kestrel Camera with Lens"]):
        left = 30 + 400 * n
        bullets = ["• Up to 14 hours battery life", "• Bluetooth 5.3", "• Energy class B"]
        blocks += [
            Block("figure", (left, 60, left + 380, 290), "", image_index=n),
            Block("caption", (left, 316, left + 220, 333), name, font_size=15, lines=[name]),
            *(
                Block("list_item", (left, 342 + 13 * k, left + 110, 353 + 13 * k), b,
                      font_size=9, lines=[b])
                for k, b in enumerate(bullets)
            ),
            Block("paragraph", (left, 389, left + 120, 398), f"Model: ZW-{n}365 | SKU: 67{n}3167",
                  font_size=7.5, lines=[f"Model: ZW-{n}365 | SKU: 67{n}3167"]),
            Block("heading", (left, 409, left + 108, 445), f"${n + 430}.99", font_size=30,
                  lines=[f"${n + 430}.99"]),
            Block("paragraph", (left + 230, 413, left + 283, 424), f"Was ${n + 530}.99",
                  font_size=9, lines=[f"Was ${n + 530}.99"]),
        ]  # fmt: skip
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.prices) for p in products] == [
        ("Zentra Smartwatch 45 mm", ["$430.99"]),
        ("Kestrel Camera with Lens", ["$431.99"]),
    ]


def test_on_a_scan_one_line_of_dashes_is_no_list_of_translated_terms() -> None:
    page = PageLayout(1, 612, 792, source="ocr")
    page.blocks = [
        Block("figure", (0, 0, 610, 337), "", image_index=0),
        Block("caption", (40, 351, 347, 387), "Lemon sponge", font_size=18.7,
              lines=["Lemon sponge"]),
        Block("heading", (40, 382, 77, 402), "Serves 8", font_size=10.8, lines=["Serves 8"]),
        Block("list_item", (83, 385, 214, 400), "- Prep 25 min - Cook 40 min", font_size=8.1,
              lines=["- Prep 25 min - Cook 40 min"]),
        Block("list_item", (221, 385, 277, 400), "- Vegetarian", font_size=10.1,
              lines=["- Vegetarian"]),
    ]  # fmt: skip
    assert products_from_layout(DocumentLayout([page])) == []


def test_rows_of_one_repeated_letter_are_a_test_sheet_not_products() -> None:
    """A character test sheet read by OCR: lines of one letter over lines of one digit look
    like names over 14-digit codes, but a name has more than one letter."""
    rows = [[digit * 14, letter * 14] for digit, letter in zip("4321", "EFHB", strict=True)]
    assert products_from_layout(_page(_table(rows))) == []
    rows = [
        [digit * 14, name]
        for digit, name in zip(
            "4321", ("Hex Wrench", "Oak Stool", "Pine Desk", "Ash Shelf"), strict=True
        )
    ]
    assert len(products_from_layout(_page(_table(rows)))) == 4  # the same shape with names
