"""Price lists set as engineering tables or as lists priced by measure: a column titled as names
that holds designations, prices titled by what they buy ("125 ml", "Bottle", "10 g")."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 600, 800)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _table(rows: list[list[str]], top: float = 100.0) -> Block:
    return Block("table", (40.0, top, 555.0, top + 14.0 * len(rows)), "", rows=rows)


BEARINGS = [
    ["Principal dimensions", "Basic load ratings", "Mass", "Designation", "Price"],
    ["d D B", "C dyn. C0 stat.", "kg", "", "EUR"],
    ["10 26 8", "3.85 2.00", "0.011", "6000-2RS1", "11.88"],
    ["30 9", "4.89 2.54", "0.017", "6200", "9.12"],
    ["35 11", "7.11 3.70", "0.028", "6300-2RS1", "12.27"],
    ["12 28 8", "3.86 2.01", "0.013", "6001", "8.88"],
]


def test_a_table_naming_its_articles_by_designations_is_a_price_list() -> None:
    products = products_from_layout(_page(_table(BEARINGS)))
    assert [p.name for p in products] == ["6000-2RS1", "6200", "6300-2RS1", "6001"]
    assert products[0].codes == ["6000-2RS1"]
    assert products[0].prices == ["11.88"]
    assert products[0].attributes["Mass kg"] == "0.011"


def test_a_statement_of_quarters_under_a_description_title_lists_no_products() -> None:
    rows = [
        ["Description", "2024", "2025", "Change"],
        ["Q1", "1,204.50", "1,310.00", "8.8"],
        ["Q2", "1,180.25", "1,295.75", "9.8"],
        ["Q3", "1,099.00", "1,201.10", "9.3"],
        ["Q4", "1,310.40", "1,402.00", "7.0"],
    ]
    assert products_from_layout(_page(_table(rows))) == []


def test_a_table_of_materials_and_their_measurements_lists_no_products() -> None:
    rows = [
        ["Sample", "Designation", "Density g/cm3", "Rm MPa", "Elongation %"],
        ["1", "AL6061", "2.70", "310.5", "12.0"],
        ["2", "S235JR", "7.85", "360.0", "26.0"],
        ["3", "X5CRNI18-10", "7.90", "540.0", "45.0"],
        ["4", "CUZN37", "8.44", "300.0", "40.0"],
    ]
    # designations, but no column of prices: a scientific table, not a price list
    assert products_from_layout(_page(_table(rows))) == []
