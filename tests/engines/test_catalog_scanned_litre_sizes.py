"""A small table of an item's tins across over their prices, as a scan's OCR reads it: the
"l" of "1 l" and "5 l" taken for the figure "1" ("11", "51"), while "2,5 l" beside them
reads right. The sizes are litres again and the item is priced by them; the near misses (a
text layer's row of plain numbers, a scanned row with no size in litres) keep their old
outcome."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

PRICES = ["3 450 Ft", "8 120 Ft", "15 300 Ft"]
PER_LITRE = ["3 450 Ft/l", "3 248 Ft/l", "3 060 Ft/l"]


def _tins(sizes: list[str], source: str = "ocr") -> DocumentLayout:
    """Two varnishes: a photo, the name and code beside it, the table of tins under them."""
    page = PageLayout(1, 595, 842, source=source)  # type: ignore[arg-type]
    for n, name in enumerate(["Parkettlakk selyemfényű", "Kültéri lazúr, dió"]):
        top = 80 + 180 * n
        page.blocks += [
            Block("figure", (40, top, 124, top + 105), "", image_index=n),
            Block("heading", (140, top + 3, 330, top + 17), name, font_size=14, lines=[name]),
            Block("paragraph", (140, top + 23, 384, top + 32), f"Cikkszám: LK-40{n}", font_size=8),
            Block("table", (161, top + 51, 466, top + 102), "", rows=[sizes, PRICES, PER_LITRE]),
        ]
    return DocumentLayout([page])


def test_litres_whose_l_the_ocr_read_as_a_one_price_the_item_by_size() -> None:
    products = products_from_layout(_tins(["11", "2,5 l", "51"]))
    assert [(p.codes, p.prices, p.sizes) for p in products] == [
        (["LK-400"], PRICES, ["1 l", "2,5 l", "5 l"]),
        (["LK-401"], PRICES, ["1 l", "2,5 l", "5 l"]),
    ]


def test_a_text_layer_row_of_numbers_beside_litres_is_no_row_of_sizes() -> None:
    products = products_from_layout(_tins(["11", "2,5 l", "51"], source="text"))
    assert all(p.prices == [] for p in products)


def test_a_scanned_row_without_a_size_in_litres_is_no_row_of_sizes() -> None:
    products = products_from_layout(_tins(["11", "21", "51"]))
    assert all(p.prices == [] for p in products)
