"""A dealer's list prints one table a series under the series' heading, each row naming only its
variant ("Light", "Medium") as the rows of every other series do: a row is the series' heading +
its variant, its further price column titled as the first ("MAP single | MAP 3-pack") its second
price, its gauge its size. Control: a price list under category headings ("Lighting",
"Seating") repeats no names from table to table and keeps them bare."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

SERIES = [
    (
        "Nickel Wound Electric",
        [
            ("LS-0942", "Super Light", "9-42", "$6.99", "$18.99"),
            ("LS-1046", "Regular Light", "10-46", "$6.99", "$18.99"),
            ("LS-1149", "Medium", "11-49", "$7.49", "$19.99"),
        ],
    ),
    (
        "Flatwound Jazz",
        [
            ("LF-1150", "Light", "11-50", "$19.99", "$54.99"),
            ("LF-1252", "Medium", "12-52", "$19.99", "$54.99"),
            ("LF-1356", "Heavy", "13-56", "$21.49", "$57.99"),
        ],
    ),
    (
        "Classical Nylon",
        [
            ("LN-2843", "Normal Tension", "28-43", "$9.99", "$26.99"),
            ("LN-2944", "Hard Tension", "29-44", "$9.99", "$26.99"),
            ("LN-3045", "Extra Hard Tension", "30-45", "$10.49", "$27.99"),
        ],
    ),
]
WIDTHS = (70, 150, 60, 80, 80)


def _tables(pdf: FPDF, sections, header) -> None:
    pdf.add_page()
    top = 60.0
    for heading, rows in sections:
        pdf.set_font("Helvetica", "B", 15)
        pdf.text(40, top + 14, heading)
        pdf.set_font("Helvetica", "", 9)
        pdf.set_xy(40, top + 30)
        with pdf.table(col_widths=WIDTHS, width=sum(WIDTHS), align="LEFT") as table:
            for row in [header, *rows]:
                line = table.row()
                for cell in row:
                    line.cell(cell)
        top = pdf.get_y() + 30


def test_rows_printing_only_their_variant_are_named_by_their_series(tmp_path: Path) -> None:
    pdf = a4_pdf()
    _tables(pdf, SERIES, ("Set No.", "Set", "Gauge", "MAP single", "MAP 3-pack"))
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices, p.sizes) for p in products] == [
        (f"{heading} {name}", [code], [single, pack], [gauge])
        for heading, rows in SERIES
        for code, name, gauge, single, pack in rows
    ]


def test_a_price_list_under_category_headings_keeps_its_names(tmp_path: Path) -> None:
    sections = [
        (
            "Lighting",
            [
                ("LT-100", "Desk lamp", "40 cm", "$39.00", "$35.00"),
                ("LT-110", "Floor lamp", "160 cm", "$89.00", "$79.00"),
                ("LT-120", "Wall light", "22 cm", "$45.00", "$41.00"),
            ],
        ),
        (
            "Seating",
            [
                ("ST-200", "Oak stool", "65 cm", "$59.00", "$52.00"),
                ("ST-210", "Bench", "120 cm", "$129.00", "$119.00"),
                ("ST-220", "Armchair", "80 cm", "$349.00", "$319.00"),
            ],
        ),
    ]
    pdf = a4_pdf()
    _tables(pdf, sections, ("Item No.", "Product", "Size", "Price each", "Price 3+"))
    products = products_of_pdf(pdf, tmp_path)
    assert [p.name for p in products] == [name for _, rows in sections for _, name, *_ in rows]
