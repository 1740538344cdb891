"""A family's table of variants: a heading names the family, its table's rows tell the variants
apart by a size or designation and carry a code and a price, but no column names them."""

from __future__ import annotations

from catalog_blocks import one_page as _page
from catalog_blocks import table as _table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block

TYRES = [
    ["Dimension", "Indice", "CAI", "RR", "Adh.", "Bruit dB", "Prix HT €", "Dispo."],
    ["185/65 R15", "88H", "253557", "C", "B", "68", "114,31", "Sur commande"],
    ["195/65 R15", "91V", "253619", "B", "B", "68", "105,94", "Sur commande"],
    ["205/55 R16", "91V", "253694", "C", "B", "69", "118,58", "Oui"],
    ["205/55 R16", "94V XL", "253732", "C", "B", "70", "118,35", "Oui"],
]
CABLES = [
    ["Cores x mm²", "Ø mm", "Cu kg/km", "kg/km", "Part no.", "Drum m", "€ / 100 m"],
    ["3 x 1.5", "11.1", "43.2", "143", "1001423", "500", "51.33"],
    ["3 x 2.5", "12.7", "72.0", "187", "1001432", "250", "61.35"],
    ["5 x 2.5", "17.5", "120.0", "277", "1001440", "250", "83.86"],
]


def _heading(text: str, top: float, size: float, left: float = 40.0) -> Block:
    box = (left, top, left + 8.0 * len(text), top + size)
    return Block("heading", box, text, font_size=size, lines=[text])


def test_a_tyre_patterns_rows_are_named_by_the_pattern_size_and_index() -> None:
    blocks = [
        _heading("EcoGrip 5", 60.0, 26.0, left=180.0),
        _heading("Pneu été", 93.0, 12.0, left=180.0),  # its kind, in smaller type
        _table(TYRES, top=255.0),
    ]
    products = products_from_layout(_page(*blocks))
    assert [p.name for p in products] == [
        "EcoGrip 5 185/65 R15 88H",
        "EcoGrip 5 195/65 R15 91V",
        "EcoGrip 5 205/55 R16 91V",
        "EcoGrip 5 205/55 R16 94V XL",
    ]
    assert products[0].codes == ["253557"]
    assert products[0].prices == ["114,31"]
    assert products[0].sizes == ["185/65 R15"]


def test_a_cable_types_rows_are_named_by_the_type_and_its_cores_without_its_rating() -> None:
    blocks = [_heading("NYY-J 0.6/1 kV", 56.0, 15.0), _table(CABLES, top=137.0)]
    products = products_from_layout(_page(*blocks))
    assert [p.name for p in products] == ["NYY-J 3 x 1.5", "NYY-J 3 x 2.5", "NYY-J 5 x 2.5"]
    assert [p.codes for p in products] == [["1001423"], ["1001432"], ["1001440"]]
    assert products[2].prices == ["83.86"]


def test_a_fittings_name_set_in_its_tables_frame_names_its_sizes() -> None:
    # pictograms for column titles (no words), blank cells where the table finder cut columns
    rows = [
        ["", "", "Elbow 90°", "", "", "", "", ""],
        ["", "", "", "15", "61218", "", "10", "4.34"],
        ["", "", "", "22", "61226", "", "25", "6.20"],
        ["", "", "", "28", "61236", "", "5", "7.95"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [p.name for p in products] == ["Elbow 90° 15", "Elbow 90° 22", "Elbow 90° 28"]
    assert products[1].codes == ["61226"]
    assert products[1].prices == ["6.20"]


def test_a_model_column_names_the_rows_not_a_column_repeating_the_driver() -> None:
    head = ["Model", "Length mm", "W", "CCT K", "Driver", "Order code", "€ net"]
    first = [
        head,
        ["Arco 600/830", "600", "18", "3000", "DALI", "LM-40109", "213.56"],
        ["Arco 600/840", "600", "18", "4000", "DALI", "LM-40114", "213.56"],
    ]
    second = [  # the same table, the table finder cut it at a rule: its titles carried over
        ["Arco 1200/830", "1200", "36", "3000", "DALI", "LM-40117", "374.90"],
        ["Arco 1200/840", "1200", "36", "4000", "DALI", "LM-40118", "374.90"],
        ["Arco 1500/830", "1500", "45", "3000", "DALI", "LM-40121", "455.57"],
    ]
    blocks = [_heading("ARCO", 67.0, 30.0), _table(first, top=283.0), _table(second, top=338.0)]
    products = products_from_layout(_page(*blocks))
    assert [p.name for p in products] == [
        "Arco 600/830",
        "Arco 600/840",
        "Arco 1200/830",
        "Arco 1200/840",
        "Arco 1500/830",
    ]
    assert products[2].codes == ["LM-40117"]
    assert products[2].prices == ["374.90"]


def test_a_tables_own_names_are_not_prefixed_by_the_heading_above() -> None:
    rows = [
        ["Article", "Size", "Art. No.", "Price"],
        ["Garden hose", "1/2 in", "A-1001", "19.90"],
        ["Spiral hose", "3/4 in", "A-1002", "24.50"],
        ["Soaker hose", "1/2 in", "A-1003", "17.00"],
    ]
    blocks = [_heading("Hoses", 60.0, 20.0), _table(rows, top=120.0)]
    names = [p.name for p in products_from_layout(_page(*blocks))]
    assert names == ["Garden hose", "Spiral hose", "Soaker hose"]


def test_a_test_reports_samples_by_size_under_a_heading_are_no_products() -> None:
    rows = [
        ["Cores x mm²", "R20 ohm/km", "Insul. mm", "Sheath mm", "Result"],
        ["3 x 1.5", "12.10", "0.81", "1.42", "PASS"],
        ["3 x 2.5", "7.98", "0.93", "1.61", "FAIL"],
        ["5 x 2.5", "7.95", "0.95", "1.75", "PASS"],
    ]
    blocks = [_heading("H07RN-F samples", 60.0, 16.0), _table(rows, top=120.0)]
    # sizes and measured amounts, but no article code: nothing is offered
    assert products_from_layout(_page(*blocks)) == []


def test_sizes_with_codes_but_no_prices_under_a_heading_are_no_family_rows() -> None:
    rows = [
        ["Size", "Part no.", "d mm", "D mm"],
        ["15", "61218", "15.2", "18.4"],
        ["22", "61226", "22.2", "25.6"],
        ["28", "61236", "28.2", "31.8"],
    ]
    blocks = [_heading("Elbow 90°", 60.0, 16.0), _table(rows, top=120.0)]
    # a dimension table: codes and measures, no price (the offer is elsewhere, if anywhere)
    assert products_from_layout(_page(*blocks)) == []


# as a scan reads them: pictograms as marks, column titles misread, titles set apart as blocks


def test_a_scanned_fittings_table_with_pictograms_read_as_marks_names_its_sizes() -> None:
    rows = [
        ["Reducer", "", "[}", "", ""],  # the column heads' pictograms, read as marks
        ["=", "15", "61320", "25", "4.76"],  # an approval pictogram beside the drawing
        ["", "22", "61330", "10", "6.79"],
        ["&", "28", "61340", "", "8.70"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [p.name for p in products] == ["Reducer 15", "Reducer 22", "Reducer 28"]


def test_a_pictogram_read_as_a_figure_and_marks_leaves_the_family_s_title_row() -> None:
    rows = [
        ["Equal tee", "", "19/]", "", "&", "<]"],  # "19/]": a pictogram, no cell of data
        ["", "", "15", "61269", "50", "5.67"],
        ["", "", "22", "61276", "25", "8.10"],
        ["", "", "28", "61283", "10", "10.38"],
    ]
    products = products_from_layout(_page(_table(rows)))
    assert [p.name for p in products] == ["Equal tee 15", "Equal tee 22", "Equal tee 28"]


def test_a_scanned_cable_table_whose_misread_titles_look_like_a_row_names_its_offers() -> None:
    rows = [
        ["Cores x mm?", "2 mm", "Cu kg/km", "kg/km", "Part no.", "Drum m", "€/100m"],  # "Ø mm"
        ["3x1.5", "11.1", "43.2", "143", "1001423,", "500", "51.33"],  # a speck after the code
        ["3x25", "12.7", "72.0", "187", "1001432", "250", "61.35"],  # "2.5", its point lost
        ["5x4", "20.6", "192.0", "378", "1001444", "250", "106.49"],
        ["5x6", "24.0", "288.0", "504", "1001457", "250", "134.36"],
    ]
    blocks = [_heading("NYY-J 0.6/1 kV", 56.0, 15.0), _table(rows, top=137.0)]
    products = products_from_layout(_page(*blocks))
    names = [p.name for p in products]
    assert names == ["NYY-J 3x1.5", "NYY-J 3x25", "NYY-J 5x4", "NYY-J 5x6"]
    assert products[0].codes == ["1001423"]


def _title(text: str, left: float, top: float, height: float, kind: str = "paragraph") -> Block:
    return Block(kind, (left, top, left + 6.0 * len(text), top + height), text, lines=[text])


def test_column_titles_set_apart_at_uneven_heights_title_the_table_and_name_nothing() -> None:
    # OCR boxes each title by its own letters: tops and heights differ a little along the line
    titles = [
        _title("Model", 40.0, 283.0, 9.0),
        _title("W", 193.0, 281.0, 11.0, "heading"),
        _title("CCT K", 267.0, 283.0, 9.0, "heading"),
        _title("Driver", 339.0, 280.0, 13.0, "heading"),
        _title("Order code", 430.0, 282.0, 10.0, "heading"),
        _title("€ net", 537.0, 285.0, 6.0),
    ]
    rows = [
        ["Arco 600/830", "18", "3000", "DALI", "LM-40109", "213.56"],
        ["Arco 600/840", "18", "4000", "DALI", "LM-40114", "213.56"],
        ["Arco 1200/830", "36", "3000", "DALI", "LM-40117", "374.90"],
    ]
    blocks = [_heading("ARCO", 67.0, 30.0), *titles, _table(rows, top=301.0)]
    products = products_from_layout(_page(*blocks))
    assert [p.name for p in products] == ["Arco 600/830", "Arco 600/840", "Arco 1200/830"]
    assert products[0].codes == ["LM-40109"]
    assert products[0].attributes["Driver"] == "DALI"  # the titles are the table's


def test_a_capitalised_word_ending_every_model_is_part_of_its_name_not_a_tag() -> None:
    rows = [
        ["Model", "W", "Driver", "Order code", "€ net"],
        ["Arco 600/830 DALI", "18", "DALI", "LM-40109", "213.56"],
        ["Arco 600/840 DALI", "18", "DALI", "LM-40114", "213.56"],
        ["Arco 1200/830 DALI", "36", "DALI", "LM-40117", "374.90"],
    ]
    names = [p.name for p in products_from_layout(_page(_table(rows)))]
    assert names == ["Arco 600/830 DALI", "Arco 600/840 DALI", "Arco 1200/830 DALI"]


def test_a_tables_titles_are_not_carried_to_a_part_that_fills_other_columns() -> None:
    first = [
        ["No", "Art.", "OEM", "", "Description", "Fits", "", "Price"],
        ["1", "", "19003-C4462", "Kolodki", "Front Brake Pads", "VW Polo Sedan", "", "406,00"],
        ["12", "AS99404", "94111-J4462", "Kolodki", "Rear Brake Pads", "Nissan", "J11", "272,50"],
        ["13", "AS75806", "51643-B8801", "Disk", "Brake Disc", "VW Polo Sedan", "", "800,00"],
    ]
    second = [  # as a scan cut it: its names one column further right
        ["14", "AS57177", "50836-K6327", "Support", "", "Brake Caliper", "Nissan J11", "260,00"],
        ["15", "MK63862", "", "Shlang", "", "Brake Hose", "Skoda Octavia A7", "499,00"],
        ["16", "MK60699", "22474-K4117", "", "Tormoz", "Brake Master Cylinder", "Camry", "523,50"],
    ]
    blocks = [_table(first, top=273.0), _table(second, top=340.0)]
    names = [p.name for p in products_from_layout(_page(*blocks))]
    assert names[-3:] == ["Brake Caliper", "Brake Hose", "Brake Master Cylinder"]


def test_a_chapter_title_in_larger_type_further_up_is_not_the_family() -> None:
    blocks = [
        _heading("Power and control cables", 40.0, 22.0),
        Block("paragraph", (40.0, 70.0, 500.0, 80.0), "Prices per 100 m.", lines=["x"]),
        _heading("NYY-J 0.6/1 kV", 200.0, 15.0),
        _table(CABLES, top=260.0),
    ]
    names = [p.name for p in products_from_layout(_page(*blocks))]
    assert names == ["NYY-J 3 x 1.5", "NYY-J 3 x 2.5", "NYY-J 5 x 2.5"]


FITTINGS = [
    ["15", "61218", "10", "4.34"],
    ["22", "61226", "25", "6.20"],
    ["28", "61236", "5", "7.95"],
    ["35", "61247", "5", "9.80"],
]


def _fitting_card(title_top: float) -> list[Block]:
    """A card: the fitting's name on the left (a drawing under it), its sizes' table on the
    right under a row of pictograms (no words), the table starting at 114 pt."""
    name = Block(
        "paragraph", (60.0, title_top, 117.0, title_top + 15), "Elbow 90°", lines=["Elbow 90°"]
    )
    table = Block("table", (239.0, 114.0, 530.0, 114.0 + 18.7 * len(FITTINGS)), "", rows=FITTINGS)
    return [name, table]


def test_a_fittings_name_left_of_its_table_in_one_card_names_its_sizes() -> None:
    """When the frame is no table, the card's name stands left of the table, level with the
    pictograms over it: it names the family."""
    products = products_from_layout(_page(*_fitting_card(82.0)))
    assert [p.name for p in products] == [
        "Elbow 90° 15",
        "Elbow 90° 22",
        "Elbow 90° 28",
        "Elbow 90° 35",
    ]
    assert products[0].codes == ["61218"] and products[0].prices == ["4.34"]


def test_a_name_left_of_a_table_and_below_its_top_is_not_its_family() -> None:
    """Text in the page's left column beside the table's rows, not above them: no family."""
    assert products_from_layout(_page(*_fitting_card(140.0))) == []
