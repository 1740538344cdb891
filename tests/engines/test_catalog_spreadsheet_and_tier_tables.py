"""Price lists in three table forms and their look-alikes: a price list printed from a
SPREADSHEET (gridlines round every cell, the sheet's column letters and row numbers as its
frame, a title row over the column titles, shaded group rows, two price columns); items of a
promotional catalogue each priced by a small ruled QUANTITY TIER table under its photo and
text ("Qty | 25 | 50 | 100" over "€ each | 3.10 | 2.80 | 2.50"); and a furniture type list
whose models' ELEMENTS are priced by FABRIC GROUP ("Stoffgruppe 1 | 2 | 3 | Leder"). The
look-alikes (an order confirmation printed from a spreadsheet, a quantity table in a report, a
fee table by account model, measurements that do not rise) give none."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, one_page, products_of_pdf
from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.tables import table_products
from pdfqueue.engines.layout import Block, analyse_document

# === a spreadsheet printed with its headings ====================================================

WIDTHS = (90.0, 210.0, 70.0, 80.0, 80.0, 60.0)
LEFT, GUTTER, ROW = 60.0, 22.0, 16.0


def _sheet(pdf: FPDF, rows: list[tuple[str, list[str]]], first_number: int = 1) -> None:
    """One printed page of a sheet: shaded heading cells (letters across, numbers down) round
    stroked cells; `rows` of kind "title" (one long cell), "head", "group" (shaded), "item"."""
    pdf.add_page()
    pdf.set_line_width(0.4)
    pdf.set_draw_color(170, 170, 170)
    pdf.set_fill_color(230, 230, 230)
    pdf.set_font("Helvetica", "", 8)
    y = 50.0
    pdf.rect(LEFT - GUTTER, y, GUTTER, 14, style="DF")
    x = LEFT
    for n, width in enumerate(WIDTHS):
        pdf.rect(x, y, width, 14, style="DF")
        pdf.text(x + width / 2 - 2, y + 10, "ABCDEF"[n])
        x += width
    y += 14
    for number, (kind, values) in enumerate(rows, first_number):
        pdf.set_fill_color(230, 230, 230)
        pdf.rect(LEFT - GUTTER, y, GUTTER, ROW, style="DF")
        label = str(number)
        pdf.text(LEFT - 3 - pdf.get_string_width(label), y + 11, label)
        x = LEFT
        for width in WIDTHS:
            if kind == "group":
                pdf.set_fill_color(220, 232, 245)
                pdf.rect(x, y, width, ROW, style="DF")
            else:
                pdf.rect(x, y, width, ROW)
            x += width
        pdf.set_font("Helvetica", "B" if kind != "item" else "", 8)
        x = LEFT
        for value, width in zip(values, WIDTHS, strict=False):
            pdf.text(x + 3, y + 11, value)
            x += width
        pdf.set_font("Helvetica", "", 8)
        y += ROW


HEAD = ["Item no.", "Description", "Unit", "List price", "Dealer price", "Discount"]
ITEMS = [
    ["FT-DRL-2201-EU", "Cordless drill 18 V", "pc", "189.00", "141.75", "25%"],
    ["FT-IMP-2202-EU", "Impact driver 18 V", "pc", "229.00", "171.75", "25%"],
    ["FT-AGR-2210-UK", "Angle grinder 125 mm", "pc", "149.00", "119.20", "20%"],
    ["FT-BAT-2230-EU", "Battery pack 5.0 Ah", "pc", "99.00", "79.20", "20%"],
]


def _price_list_sheet() -> FPDF:
    pdf = a4_pdf()
    _sheet(
        pdf,
        [
            ("title", ["", "Fieldline Tools - dealer price list spring 2026"]),
            ("head", HEAD),
            ("group", ["POWER TOOLS"]),
            *(("item", row) for row in ITEMS),
        ],
    )
    return pdf


def test_a_spreadsheet_s_headings_are_no_cells_of_its_table(tmp_path: Path) -> None:
    """Shaded stroked cells (the headings, a group row) are cells of the ruled grid, so the
    sheet is one table; its letters and row numbers (a number set close to the next cell's
    text) are its frame, not its text."""
    path = tmp_path / "sheet.pdf"
    _price_list_sheet().output(str(path))
    page = analyse_document(path).pages[0]
    tables = [b for b in page.blocks if b.kind == "table"]
    assert len(tables) == 1
    rows = tables[0].rows or []
    assert rows[1] == HEAD
    assert rows[2][0] == "POWER TOOLS"
    assert rows[3] == ITEMS[0]


def test_a_spreadsheet_price_list_gives_its_rows_with_both_prices(tmp_path: Path) -> None:
    products = products_of_pdf(_price_list_sheet(), tmp_path)
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (row[1], [row[0]], [row[3], row[4]]) for row in ITEMS
    ]


def test_an_order_confirmation_printed_from_a_spreadsheet_gives_none(tmp_path: Path) -> None:
    pdf = a4_pdf()
    _sheet(
        pdf,
        [
            ("title", ["", "Order confirmation no. 2026-0415 for Baumarkt Keller"]),
            ("head", ["Item no.", "Description", "Qty", "Unit price", "Amount", "VAT"]),
            ("item", ["FT-DRL-2201-EU", "Cordless drill 18 V", "4", "141.75", "567.00", "19%"]),
            ("item", ["FT-IMP-2202-EU", "Impact driver 18 V", "2", "171.75", "343.50", "19%"]),
            ("item", ["FT-AGR-2210-UK", "Angle grinder 125 mm", "3", "119.20", "357.60", "19%"]),
            ("item", ["", "Total", "", "", "1,268.10", ""]),
        ],
    )
    assert products_of_pdf(pdf, tmp_path) == []


def test_a_long_title_row_over_a_table_s_column_titles_is_no_row() -> None:
    rows = [
        ["Office chairs and desks - trade prices 2026", "", ""],
        ["Article", "Art. no.", "Price"],
        ["Swivel chair Nova", "OC-NOVA-12", "249.00"],
        ["Desk Lift 160", "OD-LIFT-30", "599.00"],
        ["Pedestal Box 3", "OP-BOX-41", "189.00"],
    ]
    block = Block("table", (40.0, 100.0, 555.0, 170.0), "", rows=rows)
    assert [p.name for p in table_products(block, 1, 0)] == [
        "Swivel chair Nova",
        "Desk Lift 160",
        "Pedestal Box 3",
    ]


def test_a_second_column_titled_as_prices_is_a_further_price_and_a_rate_is_none() -> None:
    rows = [
        ["Article", "Art. no.", "Price excl. VAT", "Price incl. VAT", "Margin"],
        ["Swivel chair Nova", "OC-NOVA-12", "209.24", "249.00", "18%"],
        ["Desk Lift 160", "OD-LIFT-30", "503.36", "599.00", "22%"],
        ["Pedestal Box 3", "OP-BOX-41", "158.82", "189.00", "20%"],
    ]
    block = Block("table", (40.0, 100.0, 555.0, 156.0), "", rows=rows)
    assert [p.prices for p in table_products(block, 1, 0)] == [
        ["209.24", "249.00"],
        ["503.36", "599.00"],
        ["158.82", "189.00"],
    ]


def test_a_code_column_and_a_name_column_read_as_one_are_cut_in_two() -> None:
    """A scan's table finder missed the rule between the narrow SKU column and the names: the
    titles share a cell ("SKU Description"), each cell a code, then the name."""
    rows = [
        ["", "SKU Description", "Term", "List (EUR)", "Dealer (EUR)"],
        ["30", "OFFICE SUITES", "", "", ""],
        ["31", "QS-STD-SUB-12 Quillo Standard Subscription", "12 months", "150.00", "117.00"],
        ["32", "QS-PRO-SUB-12 Quillo Professional Subscription", "12 months", "270.00", "216.00"],
        ["", "QS-ENT-SUB-12 Quillo Enterprise Subscription", "12 months", "460.00", "358.80"],
    ]
    heading = Block("heading", (40.0, 60.0, 300.0, 74.0), "Price list", lines=["Price list"])
    products = products_from_layout(
        one_page(heading, Block("table", (40.0, 100.0, 555.0, 170.0), "", rows=rows))
    )
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (row[1].split(maxsplit=1)[1], [row[1].split()[0]], row[3:]) for row in rows[2:]
    ]


# === quantity tiers under each item ============================================================

GIFTS = [
    ("PG-1180", "Cork notebook A6", ["25", "50", "100", "250"], ["3.10", "2.80", "2.50", "2.20"]),
    ("PG-1195", "Bamboo phone stand", ["25", "50", "100", "250"], ["—", "4.90", "4.40", "3.95"]),
]


def _tier_table(pdf: FPDF, x: float, y: float, head: list[str], cells: list[str]) -> None:
    width = 220 / len(head)
    for row, values in enumerate((head, cells)):
        for n, value in enumerate(values):
            cx, cy = x + n * width, y + row * 14
            if row == 0 and n:
                pdf.set_fill_color(235, 235, 235)
                pdf.rect(cx, cy, width, 14, style="DF")
            else:
                pdf.rect(cx, cy, width, 14)
            pdf.text(cx + 3, cy + 10, value)


def test_each_item_is_priced_by_the_quantity_tiers_under_it(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_draw_color(140, 140, 140)
    for n, (code, name, quantities, prices) in enumerate(GIFTS):
        x = 50 + 270 * n
        pdf.image(Image.new("RGB", (220, 120), (80 + 60 * n, 120, 90)), x=x, y=80, w=220, h=120)
        pdf.set_font("Helvetica", "", 7.5)
        pdf.text(x, 214, code)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.text(x, 228, name)
        pdf.set_font("Helvetica", "", 8)
        pdf.text(x, 241, "Natural finish, printed in one colour.")
        _tier_table(pdf, x, 252, ["Qty", *quantities], ["€ each", *prices])
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Cork notebook A6", ["PG-1180"], ["3.10", "2.80", "2.50", "2.20"]),
        ("Bamboo phone stand", ["PG-1195"], ["4.90", "4.40", "3.95"]),
    ]


def test_a_quantity_table_in_a_report_gives_none(tmp_path: Path) -> None:
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(50, 70, "Print run planning")
    pdf.set_font("Helvetica", "", 10)
    pdf.text(50, 95, "Lead times and cost per copy by run length, as quoted by the printer.")
    pdf.set_font("Helvetica", "", 8)
    _tier_table(
        pdf, 50, 120, ["Copies", "500", "1000", "2500"], ["Cost per copy", "1.20", "0.95", "0.70"]
    )
    assert products_of_pdf(pdf, tmp_path) == []


# === a model's elements priced by fabric group ================================================


def _model(name: str, top: float, rows: list[list[str]]) -> list[Block]:
    heading = Block("heading", (250.0, top, 330.0, top + 22), name, lines=[name], font_size=20)
    table = Block("table", (80.0, top + 140, 555.0, top + 140 + 20 * len(rows)), "", rows=rows)
    return [heading, table]


def test_a_model_s_elements_priced_by_fabric_group_are_its_products() -> None:
    rows = [
        ["3-Sitzer", "ALV-3S-201 212 × 95 × 82", "1 890", "2 140", "2 390", "3 190"],
        ["2-Sitzer", "ALV-2S-202 172 × 95 × 82", "1 590", "1 790", "1 990", "2 690"],
        ["Sessel", "ALV-1S-203 96 × 95 × 82", "890", "990", "1 090", "1 490"],
    ]
    products = products_from_layout(one_page(*_model("Alva", 60, rows)))
    assert [(p.name, p.codes, p.sizes, p.prices) for p in products] == [
        ("Alva 3-Sitzer", ["ALV-3S-201"], ["212 × 95 × 82"], rows[0][2:]),
        ("Alva 2-Sitzer", ["ALV-2S-202"], ["172 × 95 × 82"], rows[1][2:]),
        ("Alva Sessel", ["ALV-1S-203"], ["96 × 95 × 82"], rows[2][2:]),
    ]


def test_a_fee_table_by_account_model_gives_none() -> None:
    rows = [
        ["Kontoführung", "4,90", "7,90", "12,90"],
        ["Girocard", "0,00", "9,00", "9,00"],
        ["Kreditkarte", "29,00", "29,00", "0,00"],
    ]
    assert products_from_layout(one_page(*_model("Kontomodelle", 60, rows))) == []


def test_measurements_that_do_not_rise_give_none() -> None:
    rows = [
        ["Probe Nord", "PR-N-101 20 × 20 × 5", "812", "640", "590"],
        ["Probe Süd", "PR-S-102 20 × 20 × 5", "745", "702", "611"],
        ["Probe Ost", "PR-O-103 20 × 20 × 5", "690", "655", "600"],
    ]
    assert products_from_layout(one_page(*_model("Messreihe", 60, rows))) == []


def _text(kind: str, box: tuple[float, float, float, float], *lines: str) -> Block:
    return Block(kind, box, " ".join(lines), lines=list(lines), font_size=8)


def test_tiers_a_scan_read_as_loose_blocks_price_the_item_over_them() -> None:
    """On a scan the small grid is no table: a label block ("Qty" over "€ each") with the
    quantities level with its first line and the amounts (a dash lost) with its second."""
    blocks = [
        Block("figure", (40.0, 60.0, 290.0, 170.0), "", image_index=0),
        _text("caption", (40, 177, 71, 186), "PG-1180"),
        _text("caption", (40, 188, 160, 200), "Cork notebook A6"),
        _text("paragraph", (40, 203, 208, 214), "Natural finish, printed in one colour."),
        _text("paragraph", (42, 226, 66, 250), "[ Qty", "€ each"),
        _text("paragraph", (93, 226, 150, 236), "25 50"),
        _text("paragraph", (93, 240, 150, 250), "3.10 2.80"),
        _text("paragraph", (176, 226, 195, 250), "100", "2.50"),
        _text("heading", (220, 226, 236, 236), "250"),
        _text("paragraph", (220, 240, 236, 250), "2.20"),
    ]
    products = products_from_layout(one_page(*blocks))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Cork notebook A6", ["PG-1180"], ["3.10", "2.80", "2.50", "2.20"])
    ]


# === a card's small table of variants under its item ===========================================

PLANTS = (  # name, code, the card's table of pots, heights and prices
    (
        "Acer palmatum 'Bloodgood'",
        "AC-0284",
        [["P9", "15–20 cm", "7,50 €"], ["C2", "30–40 cm", "15,00 €"]],
    ),
    (
        "Thuja occidentalis 'Smaragd'",
        "TH-0878",
        [["P9", "15–20 cm", "4,00 €"], ["C5", "60–80 cm", "16,00 €"]],
    ),
)


def _card_row(cards: tuple[tuple[str, str, list[list[str]]], ...], cell: list[str]) -> list[Block]:
    """Cards side by side, a photo over each one's name, code and a small table of variants;
    the table finder takes the cards' tables for one table, each card's columns its own."""
    blocks: list[Block] = []
    columns: list[tuple[float, float]] = []
    rows: list[list[str]] = [[] for _ in range(len(cards[0][2]) + 1)]
    for n, (name, code, variants) in enumerate(cards):
        x = 42.0 + 178 * n
        blocks += [
            Block("figure", (x, 64.0, x + 156, 214.0), "", image_index=n),
            _text("caption", (x + 2, 224, x + 130, 234), name),
            _text("paragraph", (x + 2, 238, x + 80, 258), "Aukštis iki 4 m", f"Kodas: {code}"),
        ]
        columns += [(x + 2, x + 24), (x + 44, x + 78), (x + 130, x + 152)]
        rows[0] += cell
        for r, variant in enumerate(variants, 1):
            rows[r] += variant
    table = Block("table", (44.0, 270.0, 552.0, 310.0), "", rows=rows, columns=columns)
    return [*blocks, table]


def test_each_card_is_priced_by_its_own_table_of_variants_under_it() -> None:
    """A nursery's cards: a pot size, a height and a price a row, under each plant; cards side
    by side make one table whose columns under each card are that card's."""
    blocks = _card_row(PLANTS, ["Talpa", "Aukštis", "Kaina"])
    products = products_from_layout(one_page(*blocks))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (name, [code], [row[2] for row in variants]) for name, code, variants in PLANTS
    ]


def test_a_card_s_table_of_bare_measures_gives_its_item_no_price() -> None:
    """The same cards measured, not priced: bare decimals under untitled columns ("Ø | 7,50")
    are no prices."""
    measured = tuple(
        (name, code, [[a, b, c.replace(" €", "")] for a, b, c in variants])
        for name, code, variants in PLANTS
    )
    products = products_from_layout(one_page(*_card_row(measured, ["Talpa", "Aukštis", "Ø"])))
    assert all(p.prices == [] for p in products)
