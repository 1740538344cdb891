"""Price lists set as engineering tables or as lists priced by measure: a column titled as names
that holds designations, prices titled by what they buy ("125 ml", "Bottle", "10 g")."""

from __future__ import annotations

from catalog_blocks import one_page as _page
from catalog_blocks import table as _table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout

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


def _line(text: str, left: float, top: float, kind: str = "paragraph") -> Block:
    return Block(kind, (left, top, left + 6.0 * len(text), top + 9.0), text, lines=[text])


def _titles(titles: list[str], lefts: list[float], top: float) -> list[Block]:
    return [_line(t, x, top) for t, x in zip(titles, lefts, strict=True)]


LEFTS = [40.0, 120.0, 420.0, 470.0, 530.0]
WINES = [
    ["108", "Crémant de Loire Brut, Domaine de Langlois", "6.50", "9.00", "34.00"],
    ["115", "Champagne Blanc de Blancs, Pierre Gimonnet", "", "", "187.00"],
    ["116", "English Sparkling Classic Cuvée, Nyetimber", "", "", "110.00"],
]
REDS = [
    ["167", "Côtes du Rhône 'Belleruche', M. Chapoutier", "8.00", "11.00", "42.00"],
    ["172", "Rioja Reserva 'Viña Ardanza', La Rioja Alta", "6.00", "8.25", "31.00"],
    ["179", "Barolo 'Cannubi', Borgogno", "", "", "143.00"],
]


def test_columns_titled_by_measures_are_the_prices_of_a_list_in_sections() -> None:
    blocks = [
        *_titles(["No", "Wine", "125 ml", "175 ml", "Bottle"], LEFTS, 80.0),
        _line("SPARKLING", 40.0, 92.0, "heading"),
        _table(WINES, top=106.0),
        _line("RED", 40.0, 160.0, "heading"),
        _table(REDS, top=176.0),  # the titles are set once, at the top of the list
    ]
    products = products_from_layout(_page(*blocks))
    assert [p.name for p in products] == [
        "Crémant de Loire Brut",
        "Champagne Blanc de Blancs",
        "English Sparkling Classic Cuvée",
        "Côtes du Rhône 'Belleruche'",
        "Rioja Reserva 'Viña Ardanza'",
        "Barolo 'Cannubi'",
    ]
    assert products[0].prices == ["6.50", "9.00", "34.00"]  # a glass, a larger glass, a bottle
    assert products[1].prices == ["187.00"]  # by the bottle only
    assert products[0].attributes["maker"] == "Domaine de Langlois"
    assert products[3].codes == ["167"]


def test_measure_titles_set_in_the_table_price_its_rows_without_a_code_column() -> None:
    rows = [
        ["Variety", "Days", "Pkt", "10 g", "50 g"],
        ["Provider", "105", "2.25", "5.85", "21.38"],
        ["Cobra", "97", "2.25", "-", "-"],
        ["Purple Teepee", "29", "1.95", "5.07", "18.52"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [p.name for p in products] == ["Provider", "Cobra", "Purple Teepee"]
    assert products[1].prices == ["2.25"]  # a dash: no 10 g packet of it


def test_a_nutrition_table_titled_per_100_g_lists_no_products() -> None:
    rows = [
        ["Nutrient", "100 g", "Portion", "Share"],
        ["Energy", "1250 kJ", "625 kJ", "15 %"],
        ["Fat", "12.50", "6.25", "18 %"],
        ["Carbohydrate", "48.00", "24.00", "9 %"],
        ["Protein", "8.20", "4.10", "8 %"],
    ]
    assert products_from_layout(_page(_table(rows))) == []


def test_an_exchange_rate_table_lists_no_products() -> None:
    rows = [
        ["Currency", "Code", "Buy", "Sell"],
        ["US Dollar", "USD", "0.9120", "0.9480"],
        ["Pound Sterling", "GBP", "1.1510", "1.1890"],
        ["Swiss Franc", "CHF", "1.0410", "1.0760"],
        ["Japanese Yen", "JPY", "0.0061", "0.0064"],
    ]
    assert products_from_layout(_page(_table(rows))) == []


def test_a_financial_statement_under_a_title_line_lists_no_products() -> None:
    blocks = [
        *_titles(["Note", "Item", "2024", "2025", "Change"], LEFTS, 80.0),
        _table(
            [
                ["4", "Revenue, Group", "1,204.50", "1,310.00", "8.80"],
                ["5", "Cost of sales, Group", "804.25", "870.75", "8.30"],
                ["6", "Gross profit, Group", "400.25", "439.25", "9.70"],
                ["7", "Operating expenses, Group", "210.00", "221.10", "5.30"],
            ],
            top=96.0,
        ),
    ]
    assert products_from_layout(_page(*blocks)) == []


def test_one_noun_and_its_kinds_keep_their_comma() -> None:
    rows = [
        ["Art. No.", "Description", "Price"],
        ["SC-1001", "Screw, Wood", "€ 4.20"],
        ["SC-1002", "Screw, Machine", "€ 5.10"],
        ["SC-1003", "Screw, Self-tapping", "€ 4.80"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [p.name for p in products] == ["Screw, Wood", "Screw, Machine", "Screw, Self-tapping"]


def test_a_column_titled_part_names_the_parts_beside_their_part_numbers() -> None:
    blocks = [
        *_titles(["Part", "Our No.", "OE No.", "Replaces", "Net £"], LEFTS, 80.0),
        _table(
            [
                ["Oil filter element", "PL-40417", "04E 115 561", "Mahle OX 388D", "7.45"],
                ["Air filter panel", "PL-40427", "5Q0 129 620", "Mann C 35 154", "11.20"],
                ["Glow plug 11 V", "PL-40555", "N 105 651 01", "Bosch 0 250 403 009", "14.80"],
            ],
            top=96.0,
        ),
    ]
    products = products_from_layout(_page(*blocks))
    assert [p.name for p in products] == [
        "Oil filter element",
        "Air filter panel",
        "Glow plug 11 V",
    ]
    assert products[0].codes == ["PL-40417", "04E 115 561"]
    assert products[0].prices == ["7.45"]


def test_a_speck_on_a_scanned_title_line_does_not_hide_the_titles() -> None:
    titles = _titles(["No", "Wine", "125 ml", "175 ml", "Bottle"], LEFTS, 80.0)
    blocks = [*titles, _line(";", 300.0, 80.0), _table(WINES, top=96.0)]
    products = products_from_layout(_page(*blocks))
    assert [p.prices for p in products] == [["6.50", "9.00", "34.00"], ["187.00"], ["110.00"]]


MATRIX = [
    ["", "10", "16", "20", "25"],
    ["", "", "912.04.016", "912.04.020", ""],
    ["M4", "-", "4.20", "4.58", "-"],
    ["", "", "", "", "912.05.025"],
    ["M5", "-", "-", "-", "6.56"],
    ["", "", "", "912.06.020", ""],
    ["M6", "-", "-", "7.95", "-"],
]


def _titled_table(rows: list[list[str]], title: str) -> DocumentLayout:
    return _page(_line(title, 40.0, 60.0, "heading"), _table(rows, top=90.0))


def test_each_offer_of_a_price_matrix_is_a_product_named_by_its_row_and_column() -> None:
    products = products_from_layout(_titled_table(MATRIX, "Socket head cap screw DIN 912"))
    assert [p.name for p in products] == [
        "Socket head cap screw DIN 912 M4 x 16",
        "Socket head cap screw DIN 912 M4 x 20",
        "Socket head cap screw DIN 912 M5 x 25",
        "Socket head cap screw DIN 912 M6 x 20",
    ]
    assert products[0].codes == ["912.04.016"]
    assert products[0].prices == ["4.20"]
    assert products[0].sizes == ["M4 x 16"]


def test_a_bold_axis_title_in_the_text_s_size_over_a_matrix_does_not_name_its_offers() -> None:
    """ "Length l (mm)" set bold in the text's own size right over the matrix's lengths (now
    that bold standard fonts read as headings) is no title: the larger heading names the offers.
    Set larger, or far above the table, a bold line is the table's title as before."""

    def page(axis_size: float, axis_top: float) -> DocumentLayout:
        title = Block("heading", (40, 40, 260, 56), "Socket head cap screw DIN 912", font_size=14)
        note = "Steel 8.8, zinc plated. Prices in GBP per 100 pieces."
        text = Block("paragraph", (40, 60, 300, 70), note, font_size=9, lines=[note])
        axis = Block("heading", (300, axis_top, 360, axis_top + 10), "Length l (mm)",
                     font_size=axis_size, bold=True)  # fmt: skip
        return _page(title, text, axis, _table(MATRIX, top=90.0))

    named = [p.name for p in products_from_layout(page(9, 78))]
    assert named[0] == "Socket head cap screw DIN 912 M4 x 16" and len(named) == 4
    assert products_from_layout(page(12, 78))[0].name == "Length l (mm) M4 x 16"


def test_a_statement_by_region_and_year_under_a_title_lists_no_products() -> None:
    rows = [
        ["", "2022", "2023", "2024"],
        ["", "", "", ""],
        ["North", "1,204.50", "1,310.00", "1,402.75"],
        ["South", "980.25", "1,005.00", "1,120.40"],
        ["East", "640.00", "702.10", "733.90"],
    ]
    assert products_from_layout(_titled_table(rows, "Revenue by region")) == []


def test_an_exchange_rate_cross_table_lists_no_products() -> None:
    rows = [
        ["", "EUR", "USD", "GBP"],
        ["EUR", "1.00", "1.08", "0.86"],
        ["USD", "0.92", "1.00", "0.79"],
        ["GBP", "1.17", "1.27", "1.00"],
    ]
    assert products_from_layout(_titled_table(rows, "Cross rates at noon")) == []


def test_a_timetable_and_a_league_table_list_no_products() -> None:
    timetable = [
        ["", "Mon-Fri", "Sat", "Sun"],
        ["Central", "07:15", "08:15", "09:15"],
        ["Harbour", "07:32", "08:32", "09:32"],
        ["Airport", "07:58", "08:58", "09:58"],
    ]
    league = [
        ["", "P", "W", "D", "L", "Pts"],
        ["Rovers", "12", "9", "2", "1", "29"],
        ["United", "12", "8", "2", "2", "26"],
        ["Athletic", "12", "6", "3", "3", "21"],
    ]
    assert products_from_layout(_titled_table(timetable, "Route 12 departures")) == []
    assert products_from_layout(_titled_table(league, "League table")) == []


def test_tables_side_by_side_are_each_a_price_list_with_notes_and_marks() -> None:
    header = ["Code", "Variety", "Days", "Pkt", "10 g", "50 g"]
    left = [
        ["V2020", "Provider", "105", "2.25", "5.85", "21.38"],
        ["", "Smooth skin, deep colour.", "", "", "", ""],
        ["V2044", "Cobra", "97", "2.25", "5.85", "21.38"],
        ["", "Reliable even in a cool summer.", "", "", "", ""],
        ["V2077", "Purple Teepee NEW", "29", "1.95", "5.07", "18.52"],
    ]
    right = [
        ["V2114", "Boltardy NEW", "91", "1.95", "5.07", "18.52"],
        ["", "Striking colour in the kitchen.", "", "", "", ""],
        ["V2117", "Chioggia", "119", "3.45", "-", "-"],
        ["", "Smooth skin, deep colour.", "", "", "", ""],
        ["V2132", "Burpees Golden", "33", "2.75", "7.15", "26.12"],
    ]
    rows = [[*header, *header]] + [[*a, *b] for a, b in zip(left, right, strict=True)]
    products = {p.name: p for p in products_from_layout(_page(_table(rows)))}
    assert sorted(products) == [
        "Boltardy",
        "Burpees Golden",
        "Chioggia",
        "Cobra",
        "Provider",
        "Purple Teepee",  # "NEW": a mark on the item, not its name
    ]
    assert products["Provider"].description == "Smooth skin, deep colour."  # its note
    assert products["Boltardy"].description == "Striking colour in the kitchen."
    assert products["Chioggia"].prices == ["3.45"]  # by the packet only
    assert products["Purple Teepee"].attributes["tag"] == "NEW"


def test_a_product_named_by_a_word_in_capitals_once_keeps_it() -> None:
    rows = [
        ["Art. No.", "Description", "Price"],
        ["AD-1001", "Adapter USB", "€ 4.20"],
        ["AD-1002", "Cable HDMI", "€ 5.10"],
        ["AD-1003", "Charger", "€ 14.80"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [p.name for p in products] == ["Adapter USB", "Cable HDMI", "Charger"]


def test_a_last_section_of_two_rows_under_titles_set_once_lists_both() -> None:
    """A cellar list's titles set once at its top, each section a table of its own: a last
    section of two wines (fewer rows than a table of its own needs) takes the carried titles
    as its first row, its two wines products."""
    sweet = [
        ["201", "Tokaji Aszú 5 Puttonyos, Royal Tokaji", "7.50", "10.50", "48.00"],
        ["205", "Vintage Port 2011, Graham's", "", "", "96.00"],
    ]
    blocks = [
        *_titles(["No", "Wine", "125 ml", "175 ml", "Bottle"], LEFTS, 80.0),
        _line("SPARKLING", 40.0, 92.0, "heading"),
        _table(WINES, top=106.0),
        _line("SWEET", 40.0, 160.0, "heading"),
        _table(sweet, top=176.0),
    ]
    products = products_from_layout(_page(*blocks))[3:]
    names = [p.name.split(",")[0] for p in products]
    assert names == ["Tokaji Aszú 5 Puttonyos", "Vintage Port 2011"]
    assert [p.codes for p in products] == [["201"], ["205"]]
    assert products[0].prices == ["7.50", "10.50", "48.00"]


def test_two_rows_of_a_statement_under_a_title_line_list_no_products() -> None:
    blocks = [
        *_titles(["Note", "Item", "2024", "2025", "Change"], LEFTS, 80.0),
        _table(
            [
                ["4", "Revenue, Group", "1,204.50", "1,310.00", "8.80"],
                ["5", "Cost of sales, Group", "804.25", "870.75", "8.30"],
            ],
            top=96.0,
        ),
    ]
    assert products_from_layout(_page(*blocks)) == []


BORES = [
    ["d", "D", "B mm", "C kN", "Mass kg", "Designation", "Price EUR"],
    ["10", "26", "8", "4.62", "0.019", "6000-2Z", "11.88"],
    ["", "30", "9", "5.07", "0.032", "6200-2Z", "9.12"],
    ["12", "28", "8", "5.07", "0.022", "6001-2Z", "8.88"],
    ["", "32", "10", "6.89", "0.037", "6201-2Z", "11.05"],
]


def test_columns_titled_by_dimension_letters_give_each_row_its_size() -> None:
    """Bore, outside diameter and width under "d | D | B mm", the bore printed on its
    group's first row only: each row's size its three dimensions ("10 x 30 x 9 mm")."""
    products = products_from_layout(_page(_table(BORES)))
    assert [(p.name, p.sizes) for p in products] == [
        ("6000-2Z", ["10 x 26 x 8 mm"]),
        ("6200-2Z", ["10 x 30 x 9 mm"]),
        ("6001-2Z", ["12 x 28 x 8 mm"]),
        ("6201-2Z", ["12 x 32 x 10 mm"]),
    ]


def test_letter_titled_columns_without_a_unit_of_length_are_no_dimensions() -> None:
    """The same titles without "mm" (grades, classes by letter): no size made of them."""
    rows = [["d", "D", "B", *BORES[0][3:]], *(["10", *r[1:]] for r in BORES[1:])]
    products = products_from_layout(_page(_table(rows)))
    assert len(products) == 4
    assert all(" x " not in s for p in products for s in p.sizes), [p.sizes for p in products]
