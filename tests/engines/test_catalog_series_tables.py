"""A series' table of variants (a tile catalogue: each format in each colour, priced per m² and
per box, a skirting piece per piece), an article's name carrying its ratings (a wholesaler's
"LED-lamp E27 8 W 2700 K"), and price columns titled by a recommended price's abbreviation
("AVP¹", "UVP")."""

from __future__ import annotations

from catalog_blocks import one_page as _page
from catalog_blocks import table as _table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.words import column_title_role
from pdfqueue.engines.layout import Block

TITLES = ["Format (cm)", "Boja", "Šifra", "Debljina", "Kom/kut.", "m²/kut.", "€ / m²", "€ / kut."]
TILES = [
    TITLES,
    ["60 × 60", "antracit", "21073", "0,9 cm", "4", "1,44", "21,59", "31,10"],
    ["30 × 60", "antracit", "21078", "0,9 cm", "8", "1,44", "21,59", "31,10"],
    ["sokl 8 × 60", "antracit", "21083", "0,9 cm", "10", "—", "—", "4,75 / kom"],
    ["60 × 60", "bež", "21091", "0,9 cm", "4", "1,44", "21,59", "31,10"],
    ["30 × 60", "bež", "21095", "0,9 cm", "8", "1,44", "21,59", "31,10"],
    ["sokl 8 × 60", "bež", "21097", "0,9 cm", "10", "—", "—", "4,75 / kom"],
]


def _heading(text: str, top: float, size: float = 18.0) -> Block:
    box = (228.0, top, 228.0 + 9.0 * len(text), top + size)
    return Block("heading", box, text, font_size=size, lines=[text])


def test_a_series_rows_are_named_by_the_series_the_colour_and_the_format() -> None:
    products = products_from_layout(_page(_heading("NORDSAND", 60.0), _table(TILES, top=180.0)))
    assert [p.name for p in products] == [
        "NORDSAND antracit 60 × 60",
        "NORDSAND antracit 30 × 60",
        "NORDSAND antracit sokl 8 × 60",
        "NORDSAND bež 60 × 60",
        "NORDSAND bež 30 × 60",
        "NORDSAND bež sokl 8 × 60",
    ]
    assert products[0].codes == ["21073"] and products[0].sizes == ["60 × 60"]
    assert products[0].prices == ["21,59", "31,10"]  # per m², then per box
    assert products[2].prices == ["4,75 / kom"]  # skirting: per piece only


def test_a_price_per_piece_whose_slash_a_scan_misread_is_still_the_row_s_price() -> None:
    # the OCR reads the slash of "4,75 / kom" as a bar or a bracket, or loses it
    for read in ("4,75 | kom", "4,75 [ kom", "4,75 kom"):
        rows = [[read if c == "4,75 / kom" else c for c in row] for row in TILES]
        products = products_from_layout(_page(_heading("NORDSAND", 60.0), _table(rows, top=180.0)))
        assert products[2].prices == [read] and products[5].prices == [read], read
        assert products[0].prices == ["21,59", "31,10"]


def test_a_material_column_beside_sizes_that_tell_the_rows_apart_stays_out_of_the_names() -> None:
    # every size once: the sizes alone name the rows, the repeated material is an attribute
    rows = [
        ["Size", "Material", "Art. No.", "Price"],
        ["M4 x 16", "Stainless A2", "40116", "4,10"],
        ["M5 x 20", "Stainless A2", "40120", "4,60"],
        ["M6 x 25", "Stainless A2", "40125", "5,20"],
        ["M8 x 30", "Stainless A2", "40130", "6,90"],
    ]
    products = products_from_layout(_page(_heading("HEX BOLT", 60.0), _table(rows, top=120.0)))
    assert [p.name for p in products] == [
        "HEX BOLT M4 x 16",
        "HEX BOLT M5 x 20",
        "HEX BOLT M6 x 25",
        "HEX BOLT M8 x 30",
    ]


def test_an_amount_per_piece_is_a_price_only_in_a_column_titled_as_prices() -> None:
    rows = [
        ["Art.-Nr.", "Artikel", "Preis", "Menge"],
        ["51020", "Fliesenkleber flexibel", "18,90", "25,00 / kg"],
        ["51021", "Fugenmörtel grau", "12,40", "5,00 / kg"],
        ["51022", "Grundierung", "9,80", "1,00 / l"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [p.prices for p in products] == [["18,90"], ["12,40"], ["9,80"]]
    # nor when its slash is lost, as a scan's OCR may lose it ("25,00 kg")
    lost = [[c.replace(" / ", " ") for c in row] for row in rows]
    products = products_from_layout(_page(_table(lost)))
    assert [p.prices for p in products] == [["18,90"], ["12,40"], ["9,80"]]


WHOLESALE = [
    ["Artikelnr.", "Fabrikant", "Type", "Omschrijving", "PE", "Bruto €"],
    ["4105086", "Philips", "CorePro 8W", "LED-lamp E27 8 W 2700 K 806 lm mat", "1", "6,25"],
    ["4105472", "Philips", "CorePro 4.9W", "LED-spot GU10 4,9 W 3000 K 36°", "1", "5,81"],
    ["4105827", "Opple", "Batten 1500", "LED-armatuur waterdicht IP65 1500 mm 50 W", "1", "63,64"],
    ["4105837", "Kopp", "NL-3H", "Noodverlichtingsarmatuur 3 uur, opbouw", "1", "120,40"],
]


def test_an_article_s_name_may_carry_its_ratings() -> None:
    products = products_from_layout(_page(_table(WHOLESALE)))
    assert [p.name for p in products] == [r[3] for r in WHOLESALE[1:]]
    assert products[1].codes[0] == "4105472" and products[1].prices == ["5,81"]


def test_a_row_of_ratings_alone_names_nothing() -> None:
    rows = [
        ["Artikelnr.", "Omschrijving", "Bruto €"],
        ["4105086", "LED-lamp E27 mat", "6,25"],
        ["4105472", "230 V 50 Hz 16 A", "5,81"],  # ratings only: no name
        ["4105827", "LED-armatuur waterdicht", "63,64"],
        ["4105837", "Noodverlichtingsarmatuur 3 uur", "120,40"],
    ]
    names = [p.name for p in products_from_layout(_page(_table(rows)))]
    assert "230 V 50 Hz 16 A" not in names and "LED-lamp E27 mat" in names


def test_a_recommended_price_s_abbreviation_titles_a_price_footnoted_or_not() -> None:
    assert column_title_role("AVP¹") == "price"
    assert column_title_role("UVP*") == "price"
    assert column_title_role("RRP") == "price"
    assert column_title_role("Hinweis¹") is None
    rows = [
        ["PZN", "Artikel", "Menge", "AVP¹", "Unser Preis"],
        ["14230981", "Dolorin akut 400 mg Filmtabletten", "20 St", "6,97", "5,92"],
        ["18123755", "Paracetamol-ratio 500 mg Tabletten", "20 St", "2,95", "2,66"],
        ["10298749", "Migrafix Kopfschmerztabletten", "30 St", "11,49", "10,34"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [p.prices for p in products] == [["6,97", "5,92"], ["2,95", "2,66"], ["11,49", "10,34"]]


def test_a_bill_of_quantities_items_lettered_a_b_c_are_no_articles() -> None:
    rows = [
        ["Item", "Description", "Unit", "Qty", "Rate £", "Amount £"],
        ["A", "Excavate topsoil average 150 mm deep", "m²", "420", "6.85", "2,877.00"],
        ["B", "Earthwork support to sides of excavation", "m²", "128", "4.10", "524.80"],
        ["C", "Disposal of excavated material off site", "m³", "96", "42.50", "4,080.00"],
        ["D", "Hardcore filling, compacted in layers", "m²", "310", "11.75", "3,642.50"],
    ]
    assert products_from_layout(_page(_table(rows))) == []


def test_a_price_list_s_item_codes_stay_codes() -> None:
    rows = [
        ["Item", "Description", "Unit", "Price £"],
        ["AB-100", "Oak chair", "each", "£49.00"],
        ["AB-101", "Walnut side table", "each", "£89.00"],
        ["AB-102", "Beech stool", "each", "£29.00"],
        ["AB-103", "Pine shelf", "each", "£39.00"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [p.codes for p in products] == [["AB-100"], ["AB-101"], ["AB-102"], ["AB-103"]]
