"""A family's table read by its column titles in the catalog's own language: a precast
concrete maker's type table titled in Vietnamese ("Mã SP | Loại | Quy cách | Đơn giá (VNĐ)",
whole prices in dong), a parts maker's table naming the vehicle each row fits ("Codice |
Veicolo | Misure | Rif. OE | €"). Each row is a product named family + its type or vehicle.
Controls: the same tables without codes or prices (a handbook's units, statistics) offer
nothing, and a column titled in words that only hold a title word ("Plasma spray") names no
code."""

from __future__ import annotations

from catalog_blocks import one_page as _page
from catalog_blocks import table as _table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.words import column_title_role
from pdfqueue.engines.layout import Block

PIPES = [
    ["Mã SP", "Loại", "Quy cách (mm)", "Khối lượng (kg)", "Tải trọng", "Đơn giá (VNĐ)"],
    ["CT-185", "D300", "Ø300 × 4000 × 50", "550", "H30", "1.861.000"],
    ["CT-952", "D400", "Ø400 × 4000 × 60", "867", "H30", "3.435.000"],
    ["CT-797", "D600", "Ø600 × 4000 × 80", "1708", "H30", "6.272.000"],
]
PADS = [
    ["Codice", "Veicolo / Vehicle", "Anni / Years", "Misure / Size", "Rif. OE / OE ref.", "€"],
    ["ZB12528", "VW Polo 1.0 TSI", "2017-2024", "105,6 × 45,1 × 17 mm", "5E0 763 262", "117,90"],
    ["ZB14321", "Alfa Romeo Giulietta", "2010-2020", "107,7 × 53,5 × 17 mm", "74622579", "84,00"],
    ["ZB16664", "Renault Clio IV 1.5 dCi", "2012-2019", "137,1 × 53,3 × 17 mm", "7701208", "48,90"],
]


def _heading(text: str, top: float, size: float, left: float = 200.0) -> Block:
    box = (left, top, left + 8.0 * len(text), top + size)
    return Block("heading", box, text, font_size=size, lines=[text])


def test_a_type_table_titled_in_vietnamese_names_its_rows_by_family_and_type() -> None:
    blocks = [_heading("Cống tròn BTCT", 87.0, 16.0), _table(PIPES, top=195.0)]
    products = products_from_layout(_page(*blocks))
    assert [p.name for p in products] == [
        "Cống tròn BTCT D300",
        "Cống tròn BTCT D400",
        "Cống tròn BTCT D600",
    ]
    assert products[0].codes == ["CT-185"]
    assert products[0].prices == ["1.861.000"]  # whole dong under "Đơn giá (VNĐ)"
    assert products[0].sizes == ["Ø300 × 4000 × 50"]  # the "Quy cách" column, not the type


def test_a_parts_table_names_its_rows_by_family_and_the_vehicle_they_fit() -> None:
    blocks = [
        _heading("Pastiglie freno anteriori", 60.0, 17.0),
        _heading("Front brake pads", 80.0, 12.0),
        _table(PADS, top=179.0),
    ]
    products = products_from_layout(_page(*blocks))
    assert [p.name for p in products] == [
        "Pastiglie freno anteriori VW Polo 1.0 TSI",
        "Pastiglie freno anteriori Alfa Romeo Giulietta",
        "Pastiglie freno anteriori Renault Clio IV 1.5 dCi",
    ]
    assert products[1].codes == ["ZB14321", "74622579"]  # its code, then the OE number
    assert products[1].prices == ["84,00"]
    assert products[1].sizes == ["107,7 × 53,5 × 17 mm"]  # the vehicle is no size


def test_a_handbooks_unit_table_without_codes_or_prices_offers_nothing() -> None:
    rows = [
        ["Designation", "Span (mm)", "Height (mm)", "Wall (mm)", "Mass (t/m)", "Cover (m)"],
        ["BC 1200 × 900", "1200", "900", "150", "2.41", "0.6 - 4.0"],
        ["BC 1500 × 1000", "1500", "1000", "180", "3.02", "0.6 - 4.0"],
        ["BC 1800 × 1200", "1800", "1200", "210", "3.84", "0.6 - 4.0"],
    ]
    blocks = [_heading("4.4  Standard box culvert units", 60.0, 14.0, left=36.0), _table(rows)]
    assert products_from_layout(_page(*blocks)) == []


def test_whole_amounts_under_a_title_that_is_no_price_are_no_offers() -> None:
    # a statistics table in Vietnamese: codes of provinces, counts grouped in thousands
    rows = [
        ["Mã", "Loại", "Diện tích (km²)", "Dân số"],
        ["HCM", "T1", "2.095", "9.389.000"],
        ["HN", "T1", "3.359", "8.435.000"],
        ["DN", "T2", "1.285", "1.220.000"],
    ]
    blocks = [_heading("Dân số theo tỉnh", 60.0, 16.0), _table(rows)]
    assert products_from_layout(_page(*blocks)) == []


def test_vehicles_with_codes_but_no_prices_under_a_heading_are_no_products() -> None:
    # an OE cross-reference list: what fits which vehicle, nothing priced
    rows = [[c for n, c in enumerate(r) if n != 5] for r in PADS]
    blocks = [_heading("Pastiglie freno anteriori", 60.0, 17.0), _table(rows, top=179.0)]
    assert products_from_layout(_page(*blocks)) == []


def test_a_title_of_words_is_matched_as_whole_words() -> None:
    assert column_title_role("Ma SP") == "code"  # "Mã SP" as a scan reads it
    assert column_title_role("Plasma spray") is None


def _title(text: str, left: float, right: float, top: float = 194.0) -> Block:
    return Block("caption", (left, top, right, top + 10.0), text, lines=[text])


def test_scanned_titles_broken_in_pieces_still_title_their_columns() -> None:
    # as a scan reads them: the titles set apart from the rows, "Quy cách (mm)" read as "Quy"
    # and "(mm)" (a word lost), a wide title over a narrow right-aligned column of figures
    titles = [
        _title("Ma SP", 37.0, 62.0),
        _title("Loai", 100.0, 117.0),
        _title("Quy", 180.0, 197.0),
        _title("(mm)", 222.0, 243.0),
        _title("Khéi lugng (kg)", 285.0, 349.0),
        _title("Tai trong", 391.0, 429.0),
        _title("bon gia (VND)", 499.0, 559.0),
    ]
    rows = [[*r[:2], r[2].replace("Ø", "@").replace("×", "x"), *r[3:]] for r in PIPES[1:]]
    columns = [(36.0, 66.0), (100.0, 128.0), (180.0, 271.0), (328.0, 350.0)]
    columns += [(413.0, 430.0), (511.0, 559.0)]
    table = Block("table", (36.0, 213.0, 559.0, 273.0), "", rows=rows, columns=columns)
    blocks = [_heading("Céng tron BTCT", 85.0, 19.0), *titles, table]
    products = products_from_layout(_page(*blocks))
    assert [p.name for p in products] == [
        "Céng tron BTCT D300",
        "Céng tron BTCT D400",
        "Céng tron BTCT D600",
    ]
    assert products[2].prices == ["6.272.000"]
    assert products[0].codes == ["CT-185"]  # its first row is a row, not a family's title
