"""A kitchen's recipe-costing sheet (each line the share of a pack a recipe uses, and what that
share costs), a store's planogram (positions, barcodes, facings, shelf prices) and a customs
ruling (the models it classifies) offer nothing; a wholesale price list with pack sizes and a
price per kilogram, a coffee list priced per pack, a spice list priced by weight, a parts list
with a unit cost and a fitting position, a list of shelf-edge labels by aisle and shelf, a
brick list with a column titled "Facing" and a data sheet of the same models still do."""

from __future__ import annotations

from catalog_blocks import one_page, table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.costings import presents_a_costing
from pdfqueue.engines.catalog.notices import presents_a_ruling
from pdfqueue.engines.catalog.planograms import presents_a_planogram
from pdfqueue.engines.layout import Block, DocumentLayout


def _heading(text: str, top: float = 30.0, size: float = 16.0) -> Block:
    right = 40 + 0.5 * size * len(text)
    return Block("heading", (40, top, right, top + 1.2 * size), text, font_size=size, lines=[text])


def _names(document: DocumentLayout) -> list[str]:
    return [p.name for p in products_from_layout(document)]


# --- a recipe-costing sheet -----------------------------------------------------------------

COSTING = [
    ["Ingredient", "Supplier code", "Pack", "Pack cost", "Used", "Cost"],
    ["Hake fillet, skin on", "FSH-2231", "5 kg", "£62.50", "1.6 kg", "£20.00"],
    ["Charlotte potatoes", "VEG-1104", "10 kg", "£11.80", "2.2 kg", "£2.60"],
    ["Flat-leaf parsley", "HRB-0310", "250 g", "£2.10", "120 g", "£1.01"],
    ["Extra virgin olive oil", "OIL-0012", "5 l", "£31.00", "300 ml", "£1.86"],
    ["Free-range eggs", "DAI-0411", "180 eggs", "£38.70", "4", "£0.86"],
]


def test_a_recipe_costing_sheet_offers_nothing() -> None:
    document = one_page(_heading("Pan-roast hake, crushed potatoes"), table(COSTING, 80))
    assert presents_a_costing(document.pages[0])
    assert _names(document) == []


def test_a_wholesale_price_list_with_packs_and_a_price_per_kilogram_keeps_its_products() -> None:
    # a price per kilogram is one kilogram's share of every pack: the same share on each line
    rows = [["Code", "Description", "Pack", "Price", "Per kg"]]
    rows += [[r[1], r[0], r[2], r[3], ""] for r in COSTING[1:4]]
    rows += [["DRY-1001", "Self-raising flour", "16 kg", "£12.20", ""]]
    for row in rows[1:]:
        pack = float(row[2].split()[0]) * (0.001 if row[2].endswith(" g") else 1)
        row[4] = f"£{float(row[3][1:]) / pack:.2f}"
    document = one_page(_heading("Fresh & dry goods price list"), table(rows, 80))
    assert not presents_a_costing(document.pages[0])
    assert _names(document) == [r[1] for r in rows[1:]]


def test_a_coffee_list_priced_per_pack_keeps_its_products() -> None:
    # a quarter of the kilo bag's price for the 250 g bag on every line: one share, not a costing
    rows = [["Coffee", "Small", "Price", "Large", "Price"]]
    rows += [[name, "250 g", f"£{p / 4:.2f}", "1 kg", f"£{p:.2f}"] for name, p in _COFFEES]
    document = one_page(_heading("Roastery price list"), table(rows, 80))
    assert not presents_a_costing(document.pages[0])
    assert _names(document) == [name for name, _ in _COFFEES]


def test_a_spice_list_priced_by_weight_keeps_its_products() -> None:
    # each spice's small pack a share of its large one, priced by weight, the shares unalike
    rows = [["Spice", "Code", "Small", "Price", "Large", "Price"]]
    rows += [
        ["Saffron threads", "SP-101", "1 g", "£6.00", "5 g", "£30.00"],
        ["Smoked paprika", "SP-214", "50 g", "£2.50", "250 g", "£12.50"],
        ["Green cardamom", "SP-230", "25 g", "£3.10", "100 g", "£12.40"],
        ["Cumin seed", "SP-305", "100 g", "£1.80", "500 g", "£9.00"],
    ]
    document = one_page(_heading("Spices by weight"), table(rows, 80))
    assert not presents_a_costing(document.pages[0])
    assert _names(document) == [r[0] for r in rows[1:]]


_COFFEES = [("Colombia Huila", 22.0), ("Ethiopia Guji", 26.0), ("Brazil Cerrado", 18.0)]


def test_a_parts_list_with_a_unit_cost_and_a_fitting_position_keeps_its_products() -> None:
    rows = [
        ["Part no.", "Description", "Position", "Pack", "Unit cost", "Pack cost"],
        ["BP-2210", "Brake pads, ceramic", "Front axle", "4", "£9.50", "£38.00"],
        ["BP-2214", "Brake pads, semi-metallic", "Rear axle", "4", "£7.25", "£29.00"],
        ["BD-3102", "Brake disc, vented 280 mm", "Front", "2", "£24.90", "£49.80"],
        ["SH-0410", "Brake shoes, drum", "Rear", "4", "£6.10", "£24.40"],
    ]
    document = one_page(_heading("Braking parts: trade prices"), table(rows, 80))
    assert not presents_a_costing(document.pages[0])
    assert not presents_a_planogram(document.pages[0])
    assert _names(document) == [r[1] for r in rows[1:]]


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


def test_a_brick_list_with_a_facing_column_keeps_its_products() -> None:
    # a brick's facing is its face (smooth, rustic), not a count of fronts on a shelf
    rows = [
        ["Brick", "Facing", "Size", "Price per 1000"],
        ["Ibstock Cheddar Red", "Smooth", "215 x 102.5 x 65 mm", "£685.00"],
        ["Ibstock Surrey Orange", "Sandfaced", "215 x 102.5 x 65 mm", "£720.00"],
        ["Wienerberger Kassandra", "Rustic", "215 x 102.5 x 65 mm", "£798.00"],
    ]
    document = one_page(_heading("Facing bricks"), table(rows, 80))
    assert not presents_a_planogram(document.pages[0])
    assert len(_names(document)) == len(rows) - 1


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
