"""A parts list whose rows stand under in-table group rows naming the model they fit (a
vehicle and its years, set on a shaded band with no rule under it): each part is named with
the model ("Oil filter Rover 75"); two such lists side by side under titles set once over
both; and the look-alikes that must keep their names (a section row naming a kind of goods)."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, one_page, table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, analyse_document

GROUPS = [
    (
        "Rover 75 Tourer",
        "2.0 CDT · 1999-2005",
        [
            ("RX10234", "Oil filter", "34.00"),
            ("RX10299", "Air filter", "21.50"),
            ("RX11042", "Water pump", "129.90"),
        ],
    ),
    (
        "Saab 9-3 Sport",
        "1.9 TiD · 2004-2011",
        [("RX20417", "Brake pads", "59.90"), ("RX20533", "Clutch kit", "289.00")],
    ),
    (
        "Volvo S40 Kinetic",
        "1.6 D · 2005-2012",
        [("RX30177", "Fuel filter", "18.40"), ("RX30268", "Thermostat", "42.10")],
    ),
]


def _parts_list(tmp_path: Path, groups=GROUPS):
    """A list ruled by a hairline under each part's row (its name over a second language's),
    its group rows on shaded bands."""
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 7)
    for x, title in ((44, "Code"), (90, "Description"), (330, "Price")):
        pdf.text(x, 72, title)
    y = 90.0
    for model, engine, parts in groups:
        pdf.set_fill_color(225, 230, 240)
        pdf.rect(40, y - 10, 320, 14, style="F")
        pdf.set_font("Helvetica", "B", 8)
        pdf.text(44, y, model)
        pdf.set_font("Helvetica", "", 7)
        pdf.text(54 + pdf.get_string_width(model) * 8 / 7, y, engine)
        y += 18
        for code, name, price in parts:
            pdf.set_font("Helvetica", "", 7.5)
            pdf.text(44, y, code)
            pdf.set_font("Helvetica", "B", 8)
            pdf.text(90, y, name)
            pdf.set_font("Helvetica", "I", 6.5)
            pdf.text(90, y + 9, "Ersatzteil")  # its name in a second language, in grey
            pdf.set_font("Helvetica", "", 8)
            pdf.text(340 - pdf.get_string_width(price), y, price)
            pdf.set_line_width(0.4)
            pdf.line(40, y + 14, 360, y + 14)
            y += 26
        y += 6
    path = tmp_path / "parts.pdf"
    pdf.output(str(path))
    return path


def test_group_rows_of_a_ruled_parts_list_name_the_model_its_parts_fit(tmp_path: Path) -> None:
    path = _parts_list(tmp_path)
    tables = [b for b in analyse_document(path).pages[0].blocks if b.kind == "table"]
    assert len(tables) == 1
    assert tables[0].rows[0][0] == "Rover 75 Tourer 2.0 CDT · 1999-2005"
    products = products_from_layout(analyse_document(path))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (f"{name} {model}", [code], [price])  # its second language's name set smaller: aside
        for model, _, parts in GROUPS
        for code, name, price in parts
    ]
    assert {p.attributes["other names"] for p in products} == {"Ersatzteil"}


def test_section_rows_naming_kinds_of_goods_leave_the_names_alone() -> None:
    # the control: a wholesaler's category rows carry no model's years
    rows = [
        ["Code", "Description", "Price"],
        ["Soft drinks", "", ""],
        ["DR-1001", "Cola 330 ml", "0.80"],
        ["DR-1002", "Lemonade 330 ml", "0.75"],
        ["Snacks 2024-2025", "", ""],
        ["SN-2001", "Salted crisps", "1.20"],
        ["SN-2002", "Pretzels", "1.10"],
    ]
    names = [p.name for p in products_from_layout(one_page(table(rows)))]
    assert names == ["Cola 330 ml", "Lemonade 330 ml", "Salted crisps", "Pretzels"]


def _title(text: str, left: float) -> Block:
    return Block("paragraph", (left, 80.0, left + 40.0, 88.0), text, font_size=7.0, lines=[text])


def test_two_parts_lists_side_by_side_under_titles_set_apart_are_read_one_by_one() -> None:
    titles = ["Code", "Description", "Price", "Code", "Description", "Price"]
    lefts = [40.0, 100.0, 240.0, 300.0, 360.0, 500.0]
    rows = [
        ["Rover 75", "2.0 CDT · 1999-2005", "", "Saab 9-3", "1.9 TiD · 2004-2011", ""],
        ["RX10234", "Oil filter", "34.00", "RX20417", "Brake pads", "59.90"],
        ["RX10299", "Air filter", "21.50", "RX20533", "Clutch kit", "289.00"],
        ["RX11042", "Water pump", "129.90", "RX20611", "Starter motor", "310.00"],
    ]
    block = table(rows)
    block.columns = [(x, x + 40.0) for x in lefts]
    products = products_from_layout(
        one_page(*(_title(t, x) for t, x in zip(titles, lefts, strict=True)), block)
    )
    assert sorted(p.name for p in products) == sorted(
        [
            "Oil filter Rover 75",
            "Air filter Rover 75",
            "Water pump Rover 75",
            "Brake pads Saab 9-3",
            "Clutch kit Saab 9-3",
            "Starter motor Saab 9-3",
        ]
    )
    assert all(len(p.codes) == 1 for p in products)


def test_two_parts_lists_side_by_side_without_titles_are_read_one_by_one() -> None:
    # a scan's finder took two lists side by side as one table, their titles out of its reach:
    # their columns repeat ("code | name | price | price" twice), each list its own
    rows = [
        ["Rover 75", "2.0 CDT - 1999-2005", "", "", "Saab 9-3", "1.9 TiD - 2004-2011", "", ""],
        ["RX10234", "Oil filter", "34,00", "30,60", "RX20417", "Brake pads", "59,90", "53,90"],
        ["RX10299", "Air filter", "21,50", "19,40", "RX20533", "Clutch kit", "289,00", "260,10"],
        ["RX11042", "Water pump", "129,90", "116,90", "RX20611", "Starter", "310,00", "279,00"],
    ]
    products = products_from_layout(one_page(table(rows)))
    assert sorted((p.name, p.codes[0], p.prices[0]) for p in products) == sorted(
        (f"{row[c + 1]} {rows[0][c]}", row[c], row[c + 2]) for row in rows[1:] for c in (0, 4)
    )


def test_a_price_list_with_two_price_columns_is_one_list() -> None:
    # the control: code, name and two prices once are one list, read across whole
    rows = [
        ["RX10234", "Oil filter", "34,00", "30,60"],
        ["RX10299", "Air filter", "21,50", "19,40"],
        ["RX11042", "Water pump", "129,90", "116,90"],
    ]
    products = products_from_layout(one_page(table(rows)))
    assert [(p.name, p.prices) for p in products] == [(r[1], r[2:]) for r in rows]
