"""A kitchen's recipe-costing sheet (each line the share of a pack a recipe uses, and what that
share costs), a store's planogram (positions, barcodes, facings, shelf prices) and a customs
ruling (the models it classifies) offer nothing; a wholesale price list with pack sizes and a
price per kilogram, a coffee list priced per pack, a parts list with a unit cost and a fitting
position, a list of shelf-edge labels by aisle and shelf and a data sheet of the same models
still do."""

from __future__ import annotations

from catalog_blocks import one_page, table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.notices import presents_a_ruling
from pdfqueue.engines.catalog.planograms import presents_a_planogram
from pdfqueue.engines.layout import Block, DocumentLayout


def _heading(text: str, top: float = 30.0, size: float = 16.0) -> Block:
    right = 40 + 0.5 * size * len(text)
    return Block("heading", (40, top, right, top + 1.2 * size), text, font_size=size, lines=[text])


def _names(document: DocumentLayout) -> list[str]:
    return [p.name for p in products_from_layout(document)]


# --- a planogram ----------------------------------------------------------------------------

PLANOGRAM = [
    ["Pos", "Shelf", "EAN", "Description", "Facings", "mm", "RSP"],
    ["1", "S1", "5045336767001", "Digestive biscuits 400 g", "3", "75", "£1.49"],
    ["2", "S1", "5023993128014", "Chocolate digestives 266 g", "3", "70", "£1.89"],
    ["3", "S2", "5057348811207", "Rich tea biscuits 300 g", "2", "62", "£0.59"],
    ["4", "S2", "5034109500213", "Custard creams 400 g", "2", "66", "£0.65"],
]


def test_a_table_of_positions_and_facings_offers_nothing() -> None:
    document = one_page(_heading("Sweet biscuits, 4 ft bay"), table(PLANOGRAM, 80))
    assert presents_a_planogram(document.pages[0])
    assert _names(document) == []


def test_a_page_titled_as_a_planogram_offers_nothing() -> None:
    rows = [r[:4] + r[6:] for r in PLANOGRAM]  # its facings drawn in the bay, not tabled
    document = one_page(_heading("PLANOGRAM BIS-04-B · Sweet biscuits"), table(rows, 80))
    assert presents_a_planogram(document.pages[0])
    assert _names(document) == []


def test_a_list_of_shelf_edge_labels_by_aisle_and_shelf_keeps_its_products() -> None:
    rows = [["Aisle", "Shelf", "EAN", "Description", "Shelf price"]]
    rows += [["4", r[1], r[2], r[3], r[6]] for r in PLANOGRAM[1:]]
    document = one_page(_heading("Shelf-edge labels: biscuits"), table(rows, 80))
    assert not presents_a_planogram(document.pages[0])
    assert _names(document) == [r[3] for r in rows[1:]]


# --- a customs ruling -----------------------------------------------------------------------

MODELS = [
    ["Model", "Capacity", "Power", "Construction", "Price"],
    ["AF-350", "3.5 l", "1400 W", "Basket, manual dial", "£59.99"],
    ["AF-550", "5.5 l", "1700 W", "Basket, digital, 8 presets", "£89.99"],
    ["AF-900 Duo", "2 x 4.5 l", "2400 W", "Two drawers, sync finish", "£139.99"],
]


def test_a_page_titled_as_a_tariff_ruling_offers_nothing() -> None:
    document = one_page(_heading("Advance Tariff Ruling"), table(MODELS, 120))
    assert presents_a_ruling(document.pages[0])
    assert _names(document) == []


def test_a_page_of_the_same_models_under_a_range_title_keeps_its_products() -> None:
    for title in ("Crispo air fryers", "Ruling pens and drafting tools"):
        document = one_page(_heading(title), table(MODELS, 120))
        assert not presents_a_ruling(document.pages[0])
        assert len(_names(document)) == len(MODELS) - 1
