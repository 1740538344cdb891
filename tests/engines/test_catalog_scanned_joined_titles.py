"""Column titles as a scan's OCR reads them: the titles of two narrow neighbouring columns
("Code" over the article codes, "Product" over the names) read as one block, so the line of
titles is one short of the table's columns. The block is parted between the two columns by
where its words stand, and the prices under their titles are the rows' prices; the near
misses keep their old outcome."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

COLUMNS = [
    (31.0, 61.0),
    (78.0, 195.0),
    (246.0, 267.0),
    (321.0, 330.0),
    (347.0, 408.0),
    (456.0, 482.0),
    (538.0, 563.0),
]
ROWS = [
    ["WH-1042", "Maize flour fine", "2 kg", "10", "6208600000011", "37,500", "3,750"],
    ["WH-1077", "Wheat flour white", "2 kg", "10", "6208600000028", "41,500", "4,150"],
    ["WH-1103", "Long grain rice", "5 kg", "4", "6208600000035", "69,900", "17,600"],
    ["WH-1150", "White sugar", "1 kg", "20", "6208600000042", "60,500", "3,050"],
    ["WH-1189", "Yellow beans", "1 kg", "20", "6208600000059", "73,500", "3,700"],
]


def _text(kind: str, box: tuple[float, float, float, float], text: str) -> Block:
    return Block(kind, box, text, font_size=8.0, lines=[text])  # type: ignore[arg-type]


def _page(first_titles: list[Block], source: str = "ocr") -> DocumentLayout:
    page = PageLayout(1, 595, 842, source=source)  # type: ignore[arg-type]
    page.blocks = [
        _text("heading", (31, 13, 204, 34), "NORTHGATE WHOLESALE"),
        *first_titles,
        _text("paragraph", (36, 86, 176, 96), "DRY FOODS"),
        _text("heading", (247, 69, 269, 78), "Size"),
        _text("heading", (284, 69, 330, 78), "Per case"),
        _text("heading", (347, 69, 363, 78), "EAN"),
        _text("heading", (439, 67, 482, 79), "Price/case"),
        _text("heading", (513, 69, 563, 78), "Price/unit"),
        Block("table", (31, 105, 563, 170), "", rows=ROWS, columns=COLUMNS),
    ]
    return DocumentLayout([page])


def test_two_column_titles_read_as_one_block_are_parted_between_their_columns() -> None:
    products = products_from_layout(_page([_text("heading", (33, 68, 107, 78), "Code Product")]))
    assert [(p.name, p.codes[0], p.prices[0]) for p in products] == [
        (name, code, case) for code, name, _, _, _, case, _ in ROWS
    ]


def test_a_one_word_title_over_two_columns_is_not_parted() -> None:
    # near miss: one word reaching into the next column cannot be parted between them
    products = products_from_layout(_page([_text("heading", (33, 68, 107, 78), "Productcode")]))
    assert len(products) == len(ROWS) and all(not p.prices for p in products)


def test_a_text_layer_line_of_titles_is_not_parted() -> None:
    # near miss: a text layer sets its titles as printed; one block over two columns there is
    # one title, and the line stays one short of the columns
    titles = [_text("paragraph", (33, 68, 107, 78), "Code Product")]
    products = products_from_layout(_page(titles, source="text"))
    assert len(products) == len(ROWS) and all(not p.prices for p in products)
