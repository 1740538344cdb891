"""A product listed again under its code, without a price, on another page (a catalog's index,
an order list; a scan may misread the name there) is the product priced before, not another."""

from __future__ import annotations

from catalog_blocks import table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import DocumentLayout, PageLayout

PRICED = [
    ["Code", "Product", "Price"],
    ["425647", "Almond Drink", "$4.49"],
    ["616711", "Apple Juice", "$3.19"],
    ["666268", "Basmati Rice", "$5.80"],
    ["424417", "Green Tea Bags", "$2.95"],
]
# the index at the back: names as the scan read them, codes right, no prices
INDEX = [
    ["Product", "Code", "Page"],
    ["AlmondDrink", "425647", "2"],
    ["Apple Juicer", "616711", "2"],
    ["Basmati", "666268", "2"],
    ["GreenTea Bags", "424417", "2"],
]


def _pages(*tables: list[list[str]]) -> DocumentLayout:
    pages = []
    for number, rows in enumerate(tables, 1):
        page = PageLayout(number, 600, 800)
        page.blocks = [table(rows)]
        pages.append(page)
    return DocumentLayout(pages)


def test_an_index_listing_priced_products_again_by_code_adds_none() -> None:
    products = products_from_layout(_pages(PRICED, INDEX))
    assert [(p.name, p.codes, p.page) for p in products] == [
        (name, [code], 1) for code, name, _ in PRICED[1:]
    ]


def test_unpriced_products_under_codes_of_their_own_stay() -> None:
    """Control: a parts list's second page, codes of its own and no prices, keeps them."""
    other = [["Product", "Code", "Page"]] + [
        [f"Spare part {n}", f"99{n:04d}", "3"] for n in range(1, 5)
    ]
    products = products_from_layout(_pages(PRICED, other))
    assert [p.name for p in products] == [r[1] for r in PRICED[1:]] + [r[0] for r in other[1:]]
