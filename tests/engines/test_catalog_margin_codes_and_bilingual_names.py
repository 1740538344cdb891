"""A leaflet's rows with their codes in a margin column ("Код" over the number, left of the
row's photo), prices in hryvnia and "price on request" set where a price would stand; a menu
naming its dishes in two languages on one line ("Kopi O / Black Coffee") with drinks priced
hot and iced; a flyer's grid of photos captioned by names in capitals (wrapped) over an
ingredient line, the unit prices ("1 kg = 8,73 €") in a strip under them; and the near cases
that must not change."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.variant_lines import variant_pairs
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(*blocks: Block, width: float = 595, height: float = 842) -> DocumentLayout:
    page = PageLayout(1, width, height)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _text(kind: str, left: float, top: float, text: str, size: float, bold: bool = False) -> Block:
    lines = text.split("\n")
    box = (
        left,
        top,
        left + 0.55 * size * max(len(x) for x in lines),
        top + 1.2 * size * len(lines),
    )
    return Block(kind, box, " ".join(lines), font_size=size, bold=bold, lines=lines)  # type: ignore[arg-type]


def _right(top: float, text: str, size: float, bold: bool = False) -> Block:
    block = _text("heading" if bold else "paragraph", 0, top, text, size, bold)
    width = block.right - block.left
    block.bbox = (565 - width, block.top, 565, block.bottom)
    return block


ROWS = [
    ("Ноутбук Ліра 14 Air", '14" OLED | Ryzen 5 | 16 ГБ', "1513169", None),
    ("Навушники Тиша ANC 2", "Bluetooth 5.3 | ANC | до 40 год", "1466333", "2 999 грн"),
    ("Ігрова консоль Гравець One", "1 ТБ | 4K | 2 геймпади", "1482578", "21 999 грн"),
    ("Смартфон Сокіл A3", '6,5" LCD | 128 ГБ | 13 Мп', "1458079", "5 999 грн"),
]


def _leaflet(label: str = "Код", priced: bool = True, margin: str | None = None) -> DocumentLayout:
    blocks = []
    for n, (name, specs, code, price) in enumerate(ROWS):
        y = 86 + 100 * n
        blocks += [
            _text("paragraph", 14, y + 10, label, 6.5),
            _text("heading", 14, y + 20, margin or code, 8.5, bold=True),
            Block("figure", (82, y + 4, 186, y + 84), "", image_index=n),
            _text("heading", 198, y + 12, name, 11, bold=True),
            _text("paragraph", 198, y + 33, specs, 8),
            _text("paragraph", 198, y + 50, "Гарантія 12 місяців · Доставка по Україні", 7),
        ]
        if not priced:
            continue
        if price is None:
            blocks += [
                _right(y + 20, "Ціна за запитом", 11, bold=True),
                _right(y + 38, "Телефонуйте: 0 800 300 200", 7),
            ]
        else:
            blocks += [
                _right(y + 18, price, 17, bold=True),
                _right(y + 42, "або 10 платежів по 300 грн", 7),
            ]
    return _page(*blocks)


def test_a_leaflet_s_rows_take_their_codes_from_the_margin_and_prices_in_hryvnia() -> None:
    products = products_from_layout(_leaflet())
    assert [p.name for p in products] == [name for name, *_ in ROWS]
    assert [p.codes for p in products] == [[code] for _, _, code, _ in ROWS]
    assert [p.prices for p in products] == [[price] if price else [] for *_, price in ROWS]


def test_a_margin_of_short_words_without_a_code_label_gives_no_codes() -> None:
    # "Новинка" over "Хіт" (new, a hit) in the margin: badges, no code (a bare article number
    # level with a name is a code by another rule, catalog/own_codes)
    products = products_from_layout(_leaflet(label="Новинка", margin="Хіт"))
    assert [p.name for p in products] == [name for name, *_ in ROWS[1:]]
    assert all(p.codes == [] for p in products)


def test_headings_over_specs_without_prices_or_codes_are_no_products() -> None:
    # a report's sections with notes in the margin: no price, no labelled code
    assert products_from_layout(_leaflet(label="Примітка", priced=False)) == []


def _menu_table(rows: list[list[str]]) -> Block:
    return Block("table", (60, 100, 535, 100 + 16 * len(rows)), "", rows=rows, ruled=False)


DRINKS = [
    ["MINUMAN / DRINKS", "Panas", "Ais"],
    ["Kopi O / Black Coffee", "2.50", "3.00"],
    ["Kopi tradisional dibancuh dengan mentega", "", ""],
    ["Kopi Susu / White Coffee", "3.00", "3.50"],
    ["Dengan susu pekat manis", "", ""],
    ["Teh Tarik / Pulled Milk Tea", "3.20", "3.80"],
    ["Ditarik tiga kali", "", ""],
    ["Milo Dinosaur", "6.50", "7.00"],
    ["Ditabur serbuk Milo", "", ""],
]


def test_a_menu_s_drinks_priced_hot_and_iced_are_named_in_their_first_language() -> None:
    products = products_from_layout(_page(_menu_table(DRINKS)))
    assert [p.name for p in products] == ["Kopi O", "Kopi Susu", "Teh Tarik", "Milo Dinosaur"]
    assert products[0].prices == ["2.50", "3.00"]
    assert products[0].attributes["other names"] == "Black Coffee"


def test_one_name_with_a_slash_among_others_keeps_it() -> None:
    rows = [
        ["MINUMAN / DRINKS", "Panas", "Ais"],
        ["Kopi O", "2.50", "3.00"],
        ["Kopi Susu", "3.00", "3.50"],
        ["Teh Tarik", "3.20", "3.80"],
        ["Kopi / Teh", "3.20", "3.80"],
    ]
    products = products_from_layout(_page(_menu_table(rows)))
    assert [p.name for p in products] == ["Kopi O", "Kopi Susu", "Teh Tarik", "Kopi / Teh"]


CARDS = [
    ("ΓΙΑΟΥΡΤΙ ΣΤΡΑΓΓΙΣΤΟ\n2%", "Αγελαδινό γάλα, καλλιέργεια\nγιαουρτιού"),
    ("ΦΕΤΑ ΠΟΠ ΣΕ ΑΛΜΗ", "Πρόβειο και κατσικίσιο γάλα, αλάτι"),
    ("ΓΑΛΑ ΦΡΕΣΚΟ ΠΛΗΡΕΣ", "Παστεριωμένο αγελαδινό γάλα 3,5%"),
    ("ΜΕΛΙ ΘΥΜΑΡΙΣΙΟ", "100% ελληνικό μέλι θυμαριού"),
]


def test_a_flyer_s_grid_names_wrapped_over_an_ingredient_line_are_products() -> None:
    blocks = []
    for n, (name, line) in enumerate(CARDS):
        x = 22 + 128 * n
        blocks.append(Block("figure", (x, 66, x + 120, 158), "", image_index=n))
        title = _text("caption", x, 166, name, 8.5, bold=True)
        if "\n" in name:  # broken where the next word would pass the photo's right edge
            title.bbox = (x, 166, x + 112, title.bottom)
        blocks += [title, _text("caption", x, title.bottom + 4, line, 6.5)]
    strip = [
        ["1 kg · Κωδ. 267554", "400 g · Κωδ. 207573", "1 l · Κωδ. 262961", "450 g · Κωδ. 262633"],
        ["1 kg = 3,69 €", "1 kg = 10,72 €", "1 l = 1,29 €", "1 kg = 16,64 €"],
        ["4,89 € 3,69 €", "5,79 € 4,29 €", "1,69 € 1,29 €", "7,49 €"],
    ]
    blocks.append(Block("table", (26, 222, 530, 264), "", rows=strip, ruled=False))
    names = [p.name for p in products_from_layout(_page(*blocks, width=842, height=595))]
    assert names == [
        "ΓΙΑΟΥΡΤΙ ΣΤΡΑΓΓΙΣΤΟ 2%",
        "ΦΕΤΑ ΠΟΠ ΣΕ ΑΛΜΗ",
        "ΓΑΛΑ ΦΡΕΣΚΟ ΠΛΗΡΕΣ",
        "ΜΕΛΙ ΘΥΜΑΡΙΣΙΟ",
    ]


def test_photos_captioned_by_a_sentence_opening_with_a_share_are_no_products() -> None:
    # a report's figures: "12% of households ..." under each photo, no name over it
    blocks = []
    for n in range(4):
        x = 22 + 128 * n
        blocks.append(Block("figure", (x, 66, x + 120, 158), "", image_index=n))
        blocks.append(
            _text(
                "caption", x, 166, f"{10 + n}% of households in the region\nreported a rise.", 6.5
            )
        )
    assert products_from_layout(_page(*blocks, width=842, height=595)) == []


def test_a_row_of_unit_prices_is_no_variant_line() -> None:
    # "1 kg = 3,69 €": what a pack costs by the kilo, printed under each card of a flyer's row
    assert variant_pairs("1 kg = 3,69 € · 1 kg = 10,72 € · 1 l = 1,29 €") == []
    # a weight and its price are one still
    assert variant_pairs("250 g 6,90 € · 1 kg 22,50 €") == [
        ("250 g", "6,90 €"),
        ("1 kg", "22,50 €"),
    ]


def _grid_over_strip(strip: list[list[str]]) -> list:
    blocks: list = []
    columns = []
    for n, (name, line) in enumerate(CARDS):
        x = 22 + 128 * n
        blocks.append(Block("figure", (x, 66, x + 120, 158), "", image_index=n))
        title = _text("caption", x, 166, name, 8.5, bold=True)
        if "\n" in name:
            title.bbox = (x, 166, x + 112, title.bottom)
        blocks += [title, _text("caption", x, title.bottom + 4, line, 6.5)]
        columns.append((x + 4, x + 116))
    table = Block("table", (26, 222, 530, 264), "", rows=strip, ruled=False, columns=columns)
    return [*blocks, table]


def test_a_strip_under_a_row_of_captioned_photos_gives_each_its_code_pack_and_prices() -> None:
    strip = [
        ["1 kg · Κωδ. 267554", "400 g · Κωδ. 207573", "1 l · Κωδ. 262961", "450 g · Κωδ. 262633"],
        ["1 kg = 3,69 €", "1 kg = 10,72 €", "1 l = 1,29 €", "1 kg = 16,64 €"],
        ["4,89 € 3,69 €", "5,79 € 4,29 €", "1,69 € 1,29 €", "7,49 €"],
    ]
    products = products_from_layout(_page(*_grid_over_strip(strip), width=842, height=595))
    assert [(p.codes, p.prices[:1], p.sizes[:1]) for p in products] == [
        (["267554"], ["3,69 €"], ["1 kg"]),
        (["207573"], ["4,29 €"], ["400 g"]),
        (["262961"], ["1,29 €"], ["1 l"]),
        (["262633"], ["7,49 €"], ["450 g"]),
    ]


def test_a_strip_of_figures_without_prices_or_codes_gives_the_photos_nothing() -> None:
    strip = [["12 kcal", "30 kcal", "41 kcal", "8 kcal"], ["Low", "Medium", "High", "Low"]]
    products = products_from_layout(_page(*_grid_over_strip(strip), width=842, height=595))
    assert all(not p.codes and not p.prices for p in products)


def test_a_recall_notice_in_ukrainian_offers_nothing() -> None:
    blocks = [
        _text("heading", 36, 21, "ВІДКЛИКАННЯ ПРОДУКЦІЇ", 18, bold=True),
        Block("figure", (36, 178, 236, 328), "", image_index=0),
        _text("caption", 36, 339, "Що робити споживачам", 11, bold=True),
        _text("list_item", 36, 360, "1. Не вживайте продукт із зазначеними номерами партій.", 10),
        _text("list_item", 36, 381, "2. Поверніть упаковку: вам повернуть 89,90 грн", 10),
    ]
    assert products_from_layout(_page(*blocks)) == []


def test_names_ending_in_a_finish_s_two_colours_keep_them() -> None:
    rows = [
        ["Model", "Small", "Large"],
        ["Bench desk, light grey / black", "420.00", "510.00"],
        ["Bench desk, walnut / white", "440.00", "530.00"],
        ["Side table, oak / black", "120.00", "150.00"],
    ]
    names = [p.name for p in products_from_layout(_page(_menu_table(rows)))]
    assert all(" / " in name for name in names) and len(names) == 3
