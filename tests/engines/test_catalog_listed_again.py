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


# a furniture catalog's priced range (codes of letters and digits), then its index of
# references as a scan's OCR read it: "LI1-8813" (the I split in two) and "$1-9037" (S as $)
RANGE = [
    ["Ref.", "Product", "Price"],
    ["LI-8813", "Desserte mobile Linéa", "1 184,50 €"],
    ["SI-9037", "Bibliothèque ouverte Sillon", "484,50 €"],
    ["NO-12056", "Table de réunion ronde Nova 120", "995,50 €"],
    ["TE-6826", "Siège ergonomique Tempo", "1 268,00 €"],
]


def _index(*codes: str) -> list[list[str]]:
    names = ["Desserte mobile Linéa", "Bibliotheque ouverte Sillon", "Table ronde Nova", "Tempo"]
    return [["Réf.", "Désignation", "Page"]] + [
        [code, name, "3"] for code, name in zip(codes, names, strict=True)
    ]


def test_an_index_listing_codes_as_ocr_misread_them_adds_none() -> None:
    index = _index("LI1-8813", "$1-9037", "NO-12056", "TE-6826")
    products = products_from_layout(_pages(RANGE, index))
    assert [(p.name, p.codes, p.page) for p in products] == [
        (name, [code], 1) for code, name, _ in RANGE[1:]
    ]


def test_an_index_listing_a_product_whose_price_ocr_lost_adds_none() -> None:
    """The card's price unread: the index's row under its very code is still that card's."""
    unpriced = [RANGE[0], *RANGE[1:3], ["NO-12056", "Table de réunion ronde Nova 120", ""]]
    unpriced.append(RANGE[4])
    products = products_from_layout(_pages(unpriced, _index(*(r[0] for r in RANGE[1:]))))
    assert [(p.name, p.page) for p in products] == [(r[1], 1) for r in RANGE[1:]]


def test_index_codes_that_differ_by_more_than_ocrs_confusions_stay() -> None:
    """Controls: another digit ("LI-8814"), a letter OCR does not confuse ("SA-9037" for
    "SI-9037") or a near code under a name of no shared word is another article."""
    index = _index("LI-8814", "SA-9037", "NO-12O56", "TE-6826")
    index[3][1] = "Plateau seul"  # the near code "NO-12O56" names another article
    products = products_from_layout(_pages(RANGE, index))
    assert [(p.name, p.codes, p.page) for p in products] == [
        *((name, [code], 1) for code, name, _ in RANGE[1:]),
        ("Desserte mobile Linéa", ["LI-8814"], 2),
        ("Bibliotheque ouverte Sillon", ["SA-9037"], 2),
        ("Plateau seul", ["NO-12O56"], 2),
    ]
