"""A stamp maker's page: two models set as titled entries ("Tampo Round 46040", its impression
size, "Kod: TR-46040", "netto 65,04 zł", "brutto 80,00 zł") above a table of accessories. The
models are products beside the table's rows though fewer than a page of titled entries needs,
each carrying its code by its Polish label and a price; a pad's dash in the capacity column is
no size; a row named by a price's label ("Regular") is an article when it has its own code.
Control: a heading over prose beside the table, a price but no code, is no entry."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import one_page, table
from fpdf import FPDF

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, analyse_document

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MODELS = [
    ("Tampo Round 46040", "Ø 40 mm", "TR-46040", "65,04 zł", "80,00 zł"),
    ("Tampo Dater 4750", "41 × 24 mm", "TD-4750", "113,01 zł", "139,00 zł"),
]
ROWS = [
    ["Kod", "Nazwa", "Poj.", "Cena netto", "Cena brutto"],
    ["TU-28N", "Tusz wodny do pieczątek, niebieski", "28 ml", "8,94 zł", "11,00 zł"],
    ["TU-50R", "Tusz olejowy do metalu, czerwony", "50 ml", "23,58 zł", "29,00 zł"],
    ["WK-4912", "Wkład tuszujący 6/4912, niebieski", "–", "9,76 zł", "12,00 zł"],
]


def _page(tmp_path: Path, models: bool) -> Path:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", BOLD)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.text(36, 75, "Okrągłe i datowniki")
    top = 110.0
    for name, size, code, net, gross in MODELS if models else []:
        pdf.set_font("DejaVu", "B", 11)
        pdf.text(310, top, name)
        pdf.set_font("DejaVu", "", 8)
        pdf.text(310, top + 16, f"Wymiar odcisku: {size}")
        pdf.text(310, top + 27, f"Kod: {code}")
        pdf.text(310, top + 52, f"netto {net}")
        pdf.set_font("DejaVu", "B", 14)
        pdf.text(400, top + 54, f"brutto {gross}")
        top += 110
    if not models:
        pdf.set_font("DejaVu", "B", 11)
        pdf.text(310, top, "Projekt graficzny")
        pdf.set_font("DejaVu", "", 8)
        pdf.text(310, top + 16, "Projekt z logo firmy: 30,00 zł za wzór.")
    pdf.set_font("DejaVu", "B", 12)
    pdf.text(36, 350, "Akcesoria")
    pdf.set_font("DejaVu", "", 8)
    pdf.set_xy(40, 365)
    with pdf.table(col_widths=(60, 200, 50, 70, 70), width=450, align="LEFT") as grid:
        for row in ROWS:
            line = grid.row()
            for cell in row:
                line.cell(cell)
    path = tmp_path / "cennik.pdf"
    pdf.output(str(path))
    return path


def test_two_models_beside_an_accessory_table_are_products(tmp_path: Path) -> None:
    products = products_from_layout(analyse_document(_page(tmp_path, models=True)))
    models = [p for p in products if p.source != "table_row"]
    assert [(p.name, p.codes, sorted(p.prices)) for p in models] == [
        (name, [code], sorted([net, gross])) for name, _, code, net, gross in MODELS
    ]
    rows = [p for p in products if p.source == "table_row"]
    sized = [([r[0]], [r[2]] if r[2] != "–" else []) for r in ROWS[1:]]
    assert [(p.codes, p.sizes) for p in rows] == sized


def test_a_heading_over_prose_priced_without_a_code_is_no_entry(tmp_path: Path) -> None:
    products = products_from_layout(analyse_document(_page(tmp_path, models=False)))
    assert [p.source for p in products] == ["table_row"] * (len(ROWS) - 1)


def test_a_row_named_by_a_price_label_is_an_article_with_its_own_code() -> None:
    rows = [
        ["Set No.", "Set", "Price"],
        ["LR-4095", "Light", "$21.99"],
        ["LR-45105", "Regular", "$21.99"],
        ["LR-45130", "Heavy", "$28.99"],
    ]
    heading = Block("heading", (40, 60, 200, 76), "Roundwound Bass", font_size=14, bold=True)
    products = products_from_layout(one_page(heading, table(rows)))
    assert [p.codes for p in products] == [[r[0]] for r in rows[1:]]
