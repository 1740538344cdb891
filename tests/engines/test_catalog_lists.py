"""Parts lists and price tables: bilingual names joined by dotted leaders, descriptions
wrapped over two lines, and a drawing's legend of callout numbers that lists no articles."""

from __future__ import annotations

from catalog_blocks import one_page as _page
from catalog_blocks import table as _table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block


def _lines(kind: str, top: float, lines: list[str]) -> Block:
    bottom = top + 14 * len(lines)
    return Block(kind, (40, top, 285, bottom), " ".join(lines), lines=lines)


PHOTO = Block("figure", (40, 90, 130, 150), "", image_index=0)
DOTTED = [
    "ჰაერის ფილტრი ......................................... Air Filter",
    "ზეთის ფილტრი ........................................... Oil Filter",
    "ანთების სანთელი …………… Spark Plug",
    "ამორტიზატორი . . . . . . . . . . . . . Shock Absorber",
]


def test_names_in_two_scripts_joined_by_dotted_leaders_are_translated_parts() -> None:
    page = _page(
        PHOTO,
        Block("heading", (140, 104, 195, 119), "ENGINE", lines=["ENGINE"]),
        _lines("caption", 161, DOTTED),
    )
    products = products_from_layout(page)
    assert [p.name for p in products] == [
        "Air Filter",
        "Oil Filter",
        "Spark Plug",
        "Shock Absorber",
    ]
    assert products[0].attributes["other names"] == "ჰაერის ფილტრი"


def test_leaders_between_names_in_one_script_are_no_parts_list() -> None:
    """A table of contents or a glossary set with leaders, even beside a picture: the two
    sides are in the same script (a term and its gloss, a chapter and its title)."""
    glossary = [
        "Bearing .................................... Rolling Element",
        "Gasket ..................................... Flat Seal",
        "Impeller ................................... Rotating Vane",
        "Thermostat ................................. Heat Valve",
    ]
    assert products_from_layout(_page(PHOTO, _lines("paragraph", 161, glossary))) == []
    # and the bilingual list without any photo is a dictionary's page, not a catalog
    assert products_from_layout(_page(_lines("paragraph", 161, DOTTED))) == []


HEADER = ["Item no.", "Description", "Unit", "Qty/box", "Price"]


def test_a_description_wrapped_in_its_cell_still_names_the_row() -> None:
    long = "Shelf bracket steel white M5 x 60 for fixing in hollow walls, plasterboard and concrete"
    rows = [
        HEADER,
        ["629844", long, "pc", "1", "47.21"],
        ["967628", "Drywall screw phosphated M6 x 30", "box", "200", "8.92"],
        ["951619", "Shelf bracket steel white M8 x 60", "box", "50", "11.53"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert len(products) == 3 and products[0].name == long
    assert products[0].prices == ["47.21"]


def test_a_description_wrapped_onto_a_row_of_its_own_continues_the_row_above() -> None:
    rows = [
        HEADER,
        ["629844", "Shelf bracket steel white M5 x 60", "pc", "1", "47.21"],
        ["", "for fixing in hollow walls", "", "", ""],
        ["967628", "Drywall screw phosphated M6 x 30", "box", "200", "8.92"],
        ["", "Wood screws", "", "", ""],  # a section's title, not a wrapped line
        ["951619", "Wood screw countersunk M8 x 60", "box", "50", "11.53"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [p.name for p in products] == [
        "Shelf bracket steel white M5 x 60 for fixing in hollow walls",
        "Drywall screw phosphated M6 x 30",
        "Wood screw countersunk M8 x 60",
    ]


def test_a_legend_of_callout_numbers_is_no_price_list() -> None:
    """A service manual's exploded view: "No. | Part | Qty", numbered 1, 2, 3 ... as the
    drawing's callouts; no article code, no price."""
    legend = [
        ["No.", "Part", "Qty"],
        ["1", "Housing cover", "1"],
        ["2", "Gasket", "1"],
        ["3", "Impeller", "1"],
        ["4", "Shaft seal", "1"],
        ["5", "Bearing 6202", "2"],
        ["6", "Bolt M6 x 25", "6"],
    ]
    drawing = Block("figure", (40, 60, 555, 300), "", image_index=0)
    assert products_from_layout(_page(drawing, _table(legend, top=320))) == []
    # the same table numbered with article codes is a parts list
    coded = [legend[0]] + [[f"WP-{100 + n}", *row[1:]] for n, row in enumerate(legend[1:])]
    coded[0] = ["Part no.", "Part", "Qty"]
    assert len(products_from_layout(_page(drawing, _table(coded, top=320)))) == 6
