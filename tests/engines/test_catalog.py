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
