"""Menus set with dotted leaders, and leaflet tiles priced with a big split price."""

from __future__ import annotations

import pytest

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.split_prices import split_price
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 595, 842)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _text(kind: str, box: tuple[float, float, float, float], text: str, size: float = 11) -> Block:
    return Block(kind, box, text, font_size=size, lines=text.split("\n"))


DISHES = (
    ("Pulpo a la gallega", "4,10", "21,00 €", "Sobre cachelos y pimentón."),
    ("Gazpacho andaluz", "5", "9,00 €", "Frío, con picatostes."),
    ("Merluza a la romana", "6,11", "18,50 €", "Con pimientos asados."),
    ("Tarta de queso", "3,7", "6,50 €", "Con coulis de frutos rojos."),
)


def test_two_columns_of_leader_lines_read_as_one_table_are_dishes_without_their_marks() -> None:
    """A two-column menu the table finder took for one table: a leader and its price are a
    cell of their own or run on in the name's cell; the allergen numbers after the name are
    not part of it, the line under it describes it."""
    rows = [["ENTRANTES", "", "DEL MAR"]]
    for (name, marks, price, said), (name2, marks2, price2, said2) in zip(
        DISHES[:2], DISHES[2:], strict=True
    ):
        rows.append([f"{name} {marks}", f". . . . . . {price}", f"{name2} {marks2} . . . {price2}"])
        rows.append([said, "", said2])
    table = Block("table", (40, 90, 557, 300), "", rows=rows)
    products = products_from_layout(_page(table))
    assert sorted((p.name, p.prices[0], p.description) for p in products) == sorted(
        (name, price, said) for name, _, price, said in DISHES
    )


def test_a_leader_and_price_set_as_a_block_of_its_own_are_the_line_s_price() -> None:
    blocks = []
    for row, (name, marks, price, said) in enumerate(DISHES):
        top = 100 + 32 * row
        blocks += [
            _text("heading", (40, top, 150, top + 13), f"{name} {marks}"),
            _text("paragraph", (158, top, 283, top + 13), f". . . . . . . . . . {price}"),
            _text("paragraph", (40, top + 14, 230, top + 25), said, size=9.5),
        ]
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.prices, p.description) for p in products] == [
        (name, [price], said) for name, _, price, said in DISHES
    ]


def test_leader_lines_with_bare_prices_are_a_price_list() -> None:
    lines = ["Espresso ........ 2.50", "Cappuccino ........ 3.80", "Flat white ........ 4.20"]
    block = _text("paragraph", (40, 100, 300, 140), "\n".join(lines))
    products = products_from_layout(_page(block))
    assert [(p.name, p.prices) for p in products] == [
        ("Espresso", ["2.50"]),
        ("Cappuccino", ["3.80"]),
        ("Flat white", ["4.20"]),
    ]


def test_a_table_of_contents_set_with_leaders_is_no_menu() -> None:
    lines = [
        "Introduction . . . . . . . . . . 3",
        "Getting started . . . . . . . . 12",
        "Configuration . . . . . . . . . 27",
        "Appendix A . . . . . . . . . . 104",
    ]
    block = _text("paragraph", (40, 100, 400, 160), "\n".join(lines))
    assert products_from_layout(_page(block)) == []


def test_a_financial_statement_set_with_leaders_is_no_price_list() -> None:
    lines = [
        "Revenue . . . . . . . . . . 1,234.56",
        "Cost of sales . . . . . . . (812.40)",
        "Interest received . . . . . 45.10",
        "Bank charges . . . . . . . . 3.20",
        "Other income . . . . . . . . 12.00",
    ]
    block = _text("paragraph", (40, 100, 400, 170), "\n".join(lines))
    assert products_from_layout(_page(block)) == []


def test_on_a_scan_a_name_and_a_price_cell_with_the_leader_on_a_row_of_its_own_are_a_dish() -> None:
    """OCR reads a leader's dots a little lower than the name, on a row of their own, and
    the raised allergen numbers as symbols; the price of one column may run into the next
    column's name."""
    rows = [
        ["", "Cocina de mercado", "", ""],
        ["ENTRANTES", "DEL MAR", "", ""],
        ["Pulpo a la gallega®®", "21,00 € Merluza a la romana", "", "18,50 €"],
        ["", "...", "................", ""],
        ["Sobre cachelos y pimentón.", "", "Con pimientos asados.", ""],
        ["Gazpacho andaluz™ ..............", "9,00 €", "Tarta de queso*’", "6,50 €"],
        ["Frío, con picatostes.", "", "Con coulis de frutos rojos.", ""],
    ]
    products = products_from_layout(_page(Block("table", (40, 55, 557, 300), "", rows=rows)))
    assert sorted((p.name, p.prices) for p in products) == sorted(
        (name, [price]) for name, _, price, _ in DISHES
    )


def test_on_a_scan_a_name_and_its_price_far_right_with_leader_specks_between_are_a_dish() -> None:
    blocks = []
    for row, (name, _, price, said) in enumerate(DISHES):
        top = 100 + 32 * row
        blocks += [
            _text("paragraph", (40, top, 150, top + 13), f"{name}®®", size=8),
            _text("paragraph", (160, top + 8, 240, top + 10), "...............", size=1.4),
            _text("paragraph", (250, top, 285, top + 13), price, size=8),
            _text("paragraph", (40, top + 14, 230, top + 25), said, size=6.5),
        ]
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.prices) for p in products] == [
        (name, [price]) for name, _, price, _ in DISHES
    ]


def test_a_price_report_s_table_without_leaders_gives_no_dishes() -> None:
    """A statistics office's average prices: a name, this year's and last year's price and
    the change, no leaders: what the leader rule reads, it does not read here."""
    rows = [["Item", "Average price", "", "Change"]]
    rows += [["White bread, 800 g", "$2.49", "$2.41", "+3.3%"]]
    rows += [["Whole milk, 1 l", "$1.19", "$1.15", "+3.5%"]]
    rows += [["Eggs, dozen", "$3.89", "$4.10", "-5.1%"]]
    rows += [["Ground coffee, 500 g", "$7.45", "$6.90", "+8.0%"]]
    products = products_from_layout(_page(Block("table", (40, 100, 557, 300), "", rows=rows)))
    assert [p for p in products if p.source == "priced_entry"] == []


TILES = (  # name, pack and unit price, the big price as the layout or OCR reads it, the price
    ("Kaffee Crema", "je 1-kg-Packung (1 kg = 8,36)", "8.36", "8.36"),
    ("Butter", "je 250-g-Stück (1 kg = 3,96)", "-.99", "0.99"),
    ("Orangensaft", "je 1-l-Flasche (1 l = 2,00)", "2,-", "2.00"),
    ("Spaghetti", "je 500-g-Packung (1 kg = 2,72)", "1 36", "1.36"),
)


def _tile(left: float, top: float, n: int, name: str, pack: str, big: str) -> list[Block]:
    """A photo, the name and small print right of it, the big price under them after a gap
    wider than a caption's line gap."""
    return [
        Block("figure", (left, top, left + 130, top + 110), "", image_index=n),
        _text("heading", (left + 140, top + 2, left + 230, top + 17), name, size=12),
        _text("paragraph", (left + 140, top + 18, left + 250, top + 39), f"frisch\n{pack}", 8),
        _text("heading", (left + 146, top + 63, left + 200, top + 104), big, size=34),
    ]


def test_leaflet_tiles_with_a_big_split_price_under_a_gap_are_products_at_that_price() -> None:
    blocks = []
    for n, (name, pack, big, _) in enumerate(TILES):
        blocks += _tile(28 + (n % 2) * 275, 78 + (n // 2) * 182, n, name, pack, big)
    products = products_from_layout(_page(*blocks))
    assert sorted((p.name, p.prices) for p in products) == sorted(
        (name, [price]) for name, _, _, price in TILES
    )  # the unit price "(1 kg = ...)" is not the product's price


def test_photos_with_small_numbers_beside_them_are_no_products() -> None:
    """A report's figures with a caption beside them and a small "1 36" (a figure number, a
    page reference) at the caption's size are not priced products."""
    blocks = []
    for n in range(4):
        top = 78 + n * 182
        blocks += [
            Block("figure", (28, top, 158, top + 110), "", image_index=n),
            _text("heading", (168, top + 2, 260, top + 17), f"Site visit {n + 1}", size=12),
            _text("paragraph", (168, top + 18, 300, top + 39), "north wall\nafter repair", 8),
            _text("paragraph", (168, top + 63, 200, top + 75), f"{n + 1} 36", size=12),
        ]
    assert products_from_layout(_page(*blocks)) == []


@pytest.mark.parametrize(
    ("text", "prominence", "price"),
    [
        ("1.36", 1.0, "1.36"),
        ("-.99", 1.0, "0.99"),
        ("2,-", 1.0, "2.00"),
        ("1 36", 2.8, "1.36"),
        ("1 36", 1.0, None),  # small print: a figure number and a page, not a price
        ("- -", 3.0, None),
        ("136", 3.0, None),
        ("1.5", 3.0, None),
    ],
)
def test_a_split_price_reads_as_one_price(text: str, prominence: float, price: str | None) -> None:
    assert split_price(text, prominence) == price


def test_a_large_title_set_apart_under_the_text_beside_a_photo_is_not_its_caption() -> None:
    """Only a big price may stand that far under the small print beside a photo: a large
    title there (the next spread's "Easy layers") does not rename the product."""
    blocks = []
    for n, name in enumerate(("Quilted Denim Top", "Pleated Cotton Shorts", "Linen Shirt")):
        top = 78 + n * 182
        blocks += [
            Block("figure", (28, top, 158, top + 110), "", image_index=n),
            _text("heading", (168, top + 2, 300, top + 17), name, size=12),
            _text("paragraph", (168, top + 18, 300, top + 39), "cotton blend\n€ 39,90", 8),
            _text("heading", (168, top + 63, 330, top + 90), "Easy layers", size=24),
        ]
    products = products_from_layout(_page(*blocks))
    assert [p.name for p in products] == [
        "Quilted Denim Top",
        "Pleated Cotton Shorts",
        "Linen Shirt",
    ]


COUNTER_LIST = (  # code, name, price: an ironmonger's counter list, codes leading the names
    ("7444", "Dobradiça inox 80 mm", "10,63"),
    ("3633", "Dobradiça latão 60 mm", "19,33"),
    ("9760", "Parafuso autorroscante 3,5x25", "8,19"),  # no room left for the dots
    ("2419", "Dobradiça de mola", "4,89"),
)


def test_leader_lines_led_by_article_codes_give_the_codes_apart_from_the_names() -> None:
    """A narrow column of "7444 Dobradiça inox 80 mm . . . 10,63": the number every line
    starts with is the article's code, not the start of its name; a line whose name left no
    room for the dots still ends in its bare price, as its neighbours do."""
    lines = [
        f"{code} {name} 8,19" if code == "9760" else f"{code} {name} . . . . . . {price}"
        for code, name, price in COUNTER_LIST
    ]
    block = _text("paragraph", (40, 100, 206, 160), "\n".join(lines), size=7.4)
    products = products_from_layout(_page(block))
    assert [(p.codes, p.name, p.prices, p.description) for p in products] == [
        ([code], name, [price], "") for code, name, price in COUNTER_LIST
    ]


def test_a_wine_list_s_vintages_leading_its_names_are_not_article_codes() -> None:
    lines = [
        "2019 Rioja Reserva . . . . . . 24,00",
        "2021 Albariño Rías Baixas . . . . 19,50",
        "2016 Ribera del Duero Crianza . . 28,00",
    ]
    block = _text("paragraph", (40, 100, 300, 150), "\n".join(lines))
    assert all(not p.codes for p in products_from_layout(_page(block)))


def test_a_count_leading_one_leader_line_of_a_list_is_not_its_code() -> None:
    """Only a column of codes makes the first word of each line a code: one name starting
    with a count among plain names keeps its outcome (no entry, as a name starting with a
    figure)."""
    lines = [
        "Espresso ........ 2.50",
        "Cappuccino ........ 3.80",
        "100 Servietten ........ 2.50",
        "Flat white ........ 4.20",
    ]
    block = _text("paragraph", (40, 100, 300, 150), "\n".join(lines))
    products = products_from_layout(_page(block))
    assert [(p.name, p.codes) for p in products] == [
        ("Espresso", []),
        ("Cappuccino", []),
        ("Flat white", []),
    ]


def test_a_numbered_table_of_contents_set_with_leaders_stays_no_price_list() -> None:
    lines = [
        "101 Introduction . . . . . . . . . . 3",
        "102 Getting started . . . . . . . . 12",
        "201 Configuration . . . . . . . . . 27",
        "301 Appendix 12.50 . . . . . . . . . 104",
    ]
    block = _text("paragraph", (40, 100, 400, 160), "\n".join(lines))
    assert products_from_layout(_page(block)) == []
