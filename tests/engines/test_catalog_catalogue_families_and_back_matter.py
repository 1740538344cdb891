"""A trade catalogue's families and back matter, on small PDFs: a family's heading over a
table of its variants whose first column, titled "Variant" or "Colour", prints only the
variant ("Mini", "Cerise"): each row is a product named family + variant, unless its cell
names the product in full. A back page's alphabetical index (entries, leaders, page numbers)
and code-to-page cross-reference list again what the pages before presented: no entry, nor
the index's title, is a product. A supplement's table of discontinued lines (codes and
descriptions, no price, under a heading saying so or with a "Replaced by" column) offers
nothing. Controls: a table whose name column is titled as names keeps its rows' names, a
table of codes and descriptions without prices under an ordinary heading still lists
products, a menu's leaders ending in whole prices are no index, and a timetable or a
statistics table under a heading offers nothing."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

from pdfqueue.engines.catalog.unoffered import presents_an_index
from pdfqueue.engines.layout import Block, analyse_document

COLUMNS = (50.0, 170.0, 260.0, 360.0, 460.0)  # x of each column's left edge


WIDE_COLUMNS = (50.0, 120.0, 330.0, 400.0, 480.0)  # a description's column wider


def _table(
    pdf: FPDF, top: float, rows: list[list[str]], columns: tuple[float, ...] = COLUMNS
) -> None:
    """Rows of cells at `columns`, the first row bold (the column titles), 17 pt apart."""
    for number, row in enumerate(rows):
        pdf.set_font("Helvetica", "B" if number == 0 else "", 9)
        for x, cell in zip(columns, row, strict=False):
            pdf.text(x, top + 17 * number, cell)


def _family(pdf: FPDF, top: float, name: str, rows: list[list[str]]) -> None:
    """A family's heading, two lines of prose and its table of variants under them."""
    pdf.set_font("Times", "B", 15)
    pdf.text(220, top, name)
    pdf.set_font("Helvetica", "", 9)
    pdf.text(220, top + 20, "Cast in one piece in our own foundry and seasoned three times.")
    pdf.text(220, top + 32, "Made in England · Lifetime guarantee")
    _table(pdf, top + 70, rows)


SKILLETS = [
    ["Variant", "Code", "Size", "Weight", "RRP"],
    ["Mini", "HC-1100", "Ø 16 cm", "1.1 kg", "£29.00"],
    ["Classic", "HC-1107", "Ø 26 cm", "2.6 kg", "£54.00"],
    ["Deep", "HC-1114", "Ø 26 cm", "3.1 kg", "£62.00"],
    ["Grill", "HC-1117", "Ø 28 cm", "3.0 kg", "£64.00"],
]
CASSEROLES = [
    ["Colour", "Code", "Size", "Weight", "RRP"],
    ["Flame", "HC-1127", "24 cm / 4.2 l", "4.6 kg", "£159.00"],
    ["Cerise", "HC-1139", "24 cm / 4.2 l", "4.6 kg", "£159.00"],
    ["Slate", "HC-1142", "24 cm / 4.2 l", "4.6 kg", "£159.00"],
]


def test_a_variant_column_under_a_familys_heading_names_rows_family_and_variant(
    tmp_path: Path,
) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    _family(pdf, 90, "Forge Cast Iron Skillet", SKILLETS)
    _family(pdf, 360, "Enamel Casserole", CASSEROLES)
    products = products_of_pdf(pdf, tmp_path)
    assert [p.name for p in products] == [
        "Forge Cast Iron Skillet Mini",
        "Forge Cast Iron Skillet Classic",
        "Forge Cast Iron Skillet Deep",
        "Forge Cast Iron Skillet Grill",
        "Enamel Casserole Flame",
        "Enamel Casserole Cerise",
        "Enamel Casserole Slate",
    ]
    assert products[0].codes == ["HC-1100"]
    assert products[0].prices == ["£29.00"]


def test_a_variant_cell_naming_the_product_in_full_keeps_its_name(tmp_path: Path) -> None:
    rows = [
        ["Variant", "Code", "Size", "Weight", "RRP"],
        ["Skillet Mini", "HC-1100", "Ø 16 cm", "1.1 kg", "£29.00"],
        ["Skillet Classic", "HC-1107", "Ø 26 cm", "2.6 kg", "£54.00"],
        ["Skillet Deep", "HC-1114", "Ø 26 cm", "3.1 kg", "£62.00"],
    ]
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    _family(pdf, 90, "Forge Cast Iron Skillet", rows)
    names = [p.name for p in products_of_pdf(pdf, tmp_path)]
    assert names == ["Skillet Mini", "Skillet Classic", "Skillet Deep"]


def test_a_finish_column_under_a_section_title_about_finishes_keeps_its_names(
    tmp_path: Path,
) -> None:
    rows = [
        ["Finish", "Code", "Size", "Sheen", "Price"],
        ["Chalky Flat", "HF-47", "2.5 l", "Flat", "£32.67"],
        ["Satinwood", "HF-51", "2.5 l", "Satin", "£34.09"],
        ["High Gloss", "HF-59", "2.5 l", "Gloss", "£39.14"],
    ]
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    _family(pdf, 90, "Choose your finish", rows)
    names = [p.name for p in products_of_pdf(pdf, tmp_path)]
    assert names == ["Chalky Flat", "Satinwood", "High Gloss"]


def test_a_name_column_titled_as_names_keeps_its_rows_names(tmp_path: Path) -> None:
    rows = [
        ["Product", "Code", "Size", "Weight", "RRP"],
        ["Milk pan", "HC-1100", "Ø 16 cm", "1.1 kg", "£29.00"],
        ["Stockpot", "HC-1107", "Ø 26 cm", "2.6 kg", "£54.00"],
        ["Griddle", "HC-1114", "Ø 26 cm", "3.1 kg", "£62.00"],
    ]
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    _family(pdf, 90, "Kitchen Essentials", rows)
    names = [p.name for p in products_of_pdf(pdf, tmp_path)]
    assert names == ["Milk pan", "Stockpot", "Griddle"]


def test_a_timetable_and_a_statistics_table_under_headings_offer_nothing(
    tmp_path: Path,
) -> None:
    pdf = a4_pdf()
    pdf.add_page()
    _family(
        pdf,
        90,
        "Route 42 Weekday Service",
        [
            ["Variant", "Depart", "Arrive", "Platform", "Days"],
            ["Fast", "07:10", "07:55", "4", "Mon-Fri"],
            ["Stopping", "07:25", "08:30", "2", "Mon-Sat"],
            ["Express", "08:05", "08:40", "4", "Mon-Fri"],
        ],
    )
    _family(
        pdf,
        360,
        "Survey Response Rates",
        [
            ["Colour", "Region", "2024", "2025", "Change"],
            ["Blue", "North", "41.2", "43.5", "+2.3"],
            ["Green", "South", "38.0", "37.1", "-0.9"],
            ["Red", "East", "45.6", "46.0", "+0.4"],
        ],
    )
    assert products_of_pdf(pdf, tmp_path) == []


PRICE_LIST = [
    ["Product", "Code", "Size", "Finish", "Price"],
    ["Knob Orbit", "KH-2133-MB", "30 mm", "Matt black", "£3.20"],
    ["Knob Pebble", "KH-2142-PC", "35 mm", "Chrome", "£3.65"],
    ["Bar Handle Loft", "KH-2108-BN", "128 mm", "Nickel", "£4.85"],
    ["Edge Pull Slim", "KH-2158-AA", "150 mm", "Aluminium", "£5.10"],
]
INDEX = [
    ["Alphabetical index", "", "Code / page", ""],
    ["Bar Handle Loft", "...... 1", "KH-2108-BN", "1"],
    ["Edge Pull Slim", "...... 1", "KH-2133-MB", "1"],
    ["Knob Orbit", "...... 1", "KH-2142-PC", "1"],
    ["Knob Pebble", "...... 1", "KH-2158-AA", "1"],
]


def test_a_back_pages_index_and_cross_reference_are_no_products(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    _table(pdf, 100, PRICE_LIST)
    pdf.add_page()
    _table(pdf, 100, INDEX)
    products = products_of_pdf(pdf, tmp_path)
    assert [p.name for p in products] == [r[0] for r in PRICE_LIST[1:]]
    assert all(p.page == 1 for p in products)


def test_an_index_titled_so_is_no_product_without_its_leaders(tmp_path: Path) -> None:
    # as a scan's OCR reads it: the leaders lost, the page numbers left
    rows = [[name, page.split()[-1], code, number] for name, page, code, number in INDEX[1:]]
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    _table(pdf, 100, PRICE_LIST)
    pdf.add_page()
    _table(pdf, 100, [INDEX[0], *rows])
    products = products_of_pdf(pdf, tmp_path)
    assert [p.name for p in products] == [r[0] for r in PRICE_LIST[1:]]


def test_a_menus_leaders_ending_in_whole_prices_are_no_index(tmp_path: Path) -> None:
    rows = [
        ["Ramen", "........ 980", "Soba", "........ 850"],
        ["Udon", "........ 820", "Gyoza", "........ 520"],
        ["Tempura", "........ 1200", "Edamame", "........ 380"],
    ]
    pdf = a4_pdf()
    pdf.add_page()
    _table(pdf, 100, rows)
    block = next(b for b in _layout_blocks(pdf, tmp_path) if b.kind == "table")
    assert not presents_an_index(block, 1)


def _layout_blocks(pdf: FPDF, tmp_path: Path) -> list[Block]:
    path = tmp_path / "layout.pdf"
    pdf.output(str(path))
    return analyse_document(path).pages[0].blocks


def _supplement(heading: str, titles: list[str], rows: list[list[str]]) -> FPDF:
    """A price supplement's page: amended prices, then `heading` over a table of lines."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(50, 70, "1. Amended prices")
    _table(
        pdf,
        100,
        [
            ["Code", "Description", "Unit", "New price", "Was"],
            ["PV-1025", "Compression elbow 15 mm", "each", "2.36", "2.18"],
            ["PV-1230", "Compression elbow 22 mm", "each", "4.27", "3.94"],
            ["PV-1816", "Compression tee 15 mm", "each", "3.38", "3.12"],
        ],
        WIDE_COLUMNS,
    )
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(50, 220, heading)
    _table(pdf, 250, [titles, *rows], WIDE_COLUMNS)
    return pdf


WITHDRAWN = [
    ["PV-7232", "Gate valve 15 mm", "PV-4410"],
    ["PV-7704", "Radiator single panel 300 x 800", "PV-4420"],
    ["PV-8412", "Pipe clip 22 mm, white", "PV-7022"],
]
AMENDED = ["Compression elbow 15 mm", "Compression elbow 22 mm", "Compression tee 15 mm"]


def test_lines_under_a_discontinued_heading_are_not_offered(tmp_path: Path) -> None:
    pdf = _supplement(
        "3. Discontinued - no longer available",
        ["Code", "Description", "Cat. page"],
        [[c, d, "42"] for c, d, _ in WITHDRAWN],
    )
    assert [p.name for p in products_of_pdf(pdf, tmp_path)] == AMENDED


def test_lines_with_their_replacements_are_not_offered(tmp_path: Path) -> None:
    pdf = _supplement("3. Other changes", ["Code", "Description", "Replaced by"], WITHDRAWN)
    assert [p.name for p in products_of_pdf(pdf, tmp_path)] == AMENDED


def test_codes_and_descriptions_under_an_ordinary_heading_are_still_listed(
    tmp_path: Path,
) -> None:
    pdf = _supplement(
        "3. Also available",
        ["Code", "Description", "Cat. page"],
        [[*r[:2], "42"] for r in WITHDRAWN],
    )
    names = [p.name for p in products_of_pdf(pdf, tmp_path)]
    assert names == AMENDED + [r[1] for r in WITHDRAWN]
