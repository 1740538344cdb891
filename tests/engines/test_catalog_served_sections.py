"""A menu table whose sections name themselves in its rows: leader rows with whole prices,
then a section titled by servings ("PASTALAR | Dilim | Bütün") and one in capitals alone.
Whole numbers are a dish's prices there; a contents list's rising page numbers are not."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

_DOTS = ". . . . . . . . . . . . . . . ."


def _products(rows: list[list[str]]) -> list[tuple[str, list[str]]]:
    page = PageLayout(1, 600, 800)
    page.blocks = [Block("table", (80.0, 110.0, 505.0, 560.0), "", rows=rows)]
    return [(p.name, p.prices) for p in products_from_layout(DocumentLayout([page]))]


def _bakery(sections: list[list[str]]) -> list[list[str]]:
    return [
        ["Tereyağlı Kruvasan", _DOTS, "45"],
        ["Su Böreği", _DOTS, "35"],
        ["Simit", _DOTS, "25"],
        *sections,
        ["Limonlu Cheesecake", "110", "830"],
        ["Lemon cheesecake", "", ""],
        ["Islak Kek", "95", "720"],
        ["Chocolate wet cake", "", ""],
        ["KAHVALTI · 09.00-14.00", "", ""],
        ["Menemen", "", "500"],
        ["Eggs scrambled with tomato and peppers", "", ""],
        ["Kahvaltı Tabağı", "", "420"],
    ]


def test_leader_rows_and_served_sections_with_whole_prices_are_dishes() -> None:
    assert _products(_bakery([["PASTALAR", "Dilim", "Bütün"]])) == [
        ("Tereyağlı Kruvasan", ["45"]),
        ("Su Böreği", ["35"]),
        ("Simit", ["25"]),
        ("Limonlu Cheesecake", ["110", "830"]),
        ("Islak Kek", ["95", "720"]),
        ("Menemen", ["500"]),
        ("Kahvaltı Tabağı", ["420"]),
    ]


def test_without_serving_titles_the_whole_numbers_are_no_prices() -> None:
    """The same rows under a section with no servings named: nothing says they are prices."""
    assert _products(_bakery([["PASTALAR", "", ""]])) == []


def test_a_contents_list_with_rising_page_numbers_is_no_menu() -> None:
    rows = [
        ["Introduction", _DOTS, "3"],
        ["Choosing a stone", _DOTS, "5"],
        ["PARTS", "Half", "Whole"],
        ["Cutting and polishing", "7", "9"],
        ["Certificates", "", "12"],
        ["Care and cleaning", "", "15"],
    ]
    assert _products(rows) == []
