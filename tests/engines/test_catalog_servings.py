"""A menu's dishes with two prices, one a serving ("Tapa | Ración"), and tables of two numeric
columns that are no menu."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 600, 800)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _table(rows: list[list[str]]) -> Block:
    return Block("table", (80.0, 110.0, 505.0, 360.0), "", rows=rows)


def test_dishes_under_serving_titles_are_products_with_both_prices() -> None:
    """Titles set once; a dash where a dish has no small serving; allergen numbers after the
    names; a blank column the table finder cut for a centred section heading."""
    rows = [
        ["", "", "Tapa", "Ración"],
        ["Jamón ibérico de bellota (2, 10)", "", "4,50", "10,00"],
        ["Queso manchego curado (4, 14)", "", "5,00", "11,50"],
        ["Salmorejo cordobés(1, 11)", "", "—", "12,50"],
        ["", "TAPAS CALIENTES", "", ""],
        ["Patatas bravas", "", "8,00", "17,50"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [(p.name, p.prices) for p in products] == [
        ("Jamón ibérico de bellota", ["4,50", "10,00"]),
        ("Queso manchego curado", ["5,00", "11,50"]),
        ("Salmorejo cordobés", ["12,50"]),
        ("Patatas bravas", ["8,00", "17,50"]),
    ]
    assert products[2].attributes["Ración"] == "12,50" and "Tapa" not in products[2].attributes


def test_small_and_large_servings_in_english_are_a_menu_too() -> None:
    rows = [
        ["", "Small", "Large"],
        ["Margherita", "8.50", "12.00"],
        ["Quattro formaggi", "9.50", "13.50"],
        ["Diavola", "9.00", "13.00"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [p.name for p in products] == ["Margherita", "Quattro formaggi", "Diavola"]


def test_a_report_of_two_numeric_columns_set_once_is_no_menu() -> None:
    for titles in (["", "Men", "Women"], ["", "Exports", "Imports"], ["", "", "Index", "Change"]):
        rows = [
            titles,
            *[
                [region, *([""] * (len(titles) - 3)), a, b]
                for region, a, b in (
                    ("North Yorkshire", "12,50", "13,40"),
                    ("West Midlands", "11,20", "—"),
                    ("Greater London", "15,75", "16,10"),
                )
            ],
        ]
        assert products_from_layout(_page(_table(rows))) == [], titles


def test_a_price_index_by_product_group_is_no_menu() -> None:
    """A statistics office's consumer prices: groups and two periods' indexes."""
    rows = [
        ["", "Jan", "Feb"],
        ["Bread and cereals", "104.20", "104.90"],
        ["Meat", "108.10", "108.60"],
        ["Milk, cheese and eggs", "111.30", "111.00"],
    ]
    assert products_from_layout(_page(_table(rows))) == []


def test_a_recipe_s_ingredients_in_small_and_large_batches_are_no_menu() -> None:
    """Quantities by batch are weights, not prices (no two decimals)."""
    rows = [
        ["", "Small", "Large"],
        ["Flour", "250 g", "500 g"],
        ["Butter", "125 g", "250 g"],
        ["Sugar", "100 g", "200 g"],
    ]
    assert products_from_layout(_page(_table(rows))) == []


def test_a_scanned_menu_keeps_its_dishes_when_ocr_loses_titles_and_reads_dashes_as_equals() -> None:
    """OCR set the first title row apart from the table, dropped "Ración" from the second
    and its accent from the third, and read a dash as "=": the sections still start at each
    row of servings, and the rows above the first are the first section."""
    rows = [
        ["Jamón ibérico de bellota", "4,50", "10,00"],
        ["Queso manchego curado", "5,00", "11,50"],
        ["TAPAS CALIENTES", "", ""],
        ["", "Tapa", ""],
        ["Patatas bravas", "8,00", "17,50"],
        ["Tortilla de patatas", "6,50", "14,00"],
        ["RACIONES", "", ""],
        ["", "Tapa", "Racion"],
        ["Pulpo a la brasa", "=", "18,00"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [(p.name, p.prices) for p in products] == [
        ("Jamón ibérico de bellota", ["4,50", "10,00"]),
        ("Queso manchego curado", ["5,00", "11,50"]),
        ("Patatas bravas", ["8,00", "17,50"]),
        ("Tortilla de patatas", ["6,50", "14,00"]),
        ("Pulpo a la brasa", ["18,00"]),
    ]
    assert products[-1].attributes == {"section": "", "Racion": "18,00"}


def test_one_row_of_servings_inside_a_table_of_figures_makes_no_menu() -> None:
    """A report whose first row is data and that names servings once further down (a
    survey of portion sizes): sections need two rows of servings at least."""
    rows = [
        ["North Yorkshire", "12,50", "13,40"],
        ["West Midlands", "11,20", "10,90"],
        ["", "Small", "Large"],
        ["Greater London", "15,75", "16,10"],
        ["South West", "14,10", "14,30"],
    ]
    assert products_from_layout(_page(_table(rows))) == []


def test_recurring_batch_sizes_over_weights_make_no_scanned_menu() -> None:
    rows = [
        ["Flour", "250 g", "500 g"],
        ["", "Small", ""],
        ["Butter", "125 g", "250 g"],
        ["", "Small", "Large"],
        ["Sugar", "100 g", "200 g"],
        ["Salt", "2 g", "4 g"],
    ]
    assert products_from_layout(_page(_table(rows))) == []


def test_allergen_marks_a_scan_reads_as_quotes_leave_the_dish_names() -> None:
    rows = [
        ["", "Tapa", "Ración"],
        ["Patatas bravas “'?", "8,00", "17,50"],
        ["Albóndigas en salsa‘®”", "9,00", "19,50"],
        ["Champiñones al ajillo*'?", "8,50", "18,50"],
        ["Pulpo a la brasa '", "—", "18,00"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [p.name for p in products] == [
        "Patatas bravas",
        "Albóndigas en salsa",
        "Champiñones al ajillo",
        "Pulpo a la brasa",
    ]


def test_quoted_words_inside_a_dish_name_stay() -> None:
    rows = [
        ["", "Small", "Large"],
        ["Pizza 'Napoli' with anchovies", "8,00", "12,50"],
        ["Tarte “maison” aux pommes", "6,00", "9,50"],
        ["Ensalada de la casa", "5,00", "8,50"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [p.name for p in products] == [
        "Pizza 'Napoli' with anchovies",
        "Tarte “maison” aux pommes",
        "Ensalada de la casa",
    ]
