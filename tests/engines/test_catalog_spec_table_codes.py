"""A dealer's model card: the model's name, its photo, its price, and its specification set as a
table of labels and values ("Berths | 4", "Model code | WB-554") on the card. The row labelled as
a code gives the model its code. Control: a specification without a code row gives none."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF
from PIL import Image

MODELS = [("Solent 554", "WB-554", "£26,495"), ("Solent 574", "WB-574", "£27,995")]


def _cards(pdf: FPDF, tmp_path: Path, coded: bool) -> None:
    pdf.add_page()
    for n, (name, code, price) in enumerate(MODELS):
        top = 60 + 360 * n
        pdf.set_font("Helvetica", "B", 22)
        pdf.text(40, top + 20, name)
        photo = tmp_path / f"van{n}.png"
        Image.new("RGB", (250, 160), (90, 120 + 40 * n, 150)).save(photo)
        pdf.image(str(photo), x=40, y=top + 40, w=250, h=160)
        pdf.set_font("Helvetica", "", 9)
        pdf.set_xy(320, top + 60)
        rows = [("Berths", "4"), ("Internal length", "5.54 m"), ("MTPLM", "1,480 kg")]
        rows += [("Model code", code)] if coded else []
        with pdf.table(col_widths=(110, 80), width=190, align="LEFT") as table:
            for label, value in rows:
                line = table.row()
                line.cell(label)
                line.cell(value)
        pdf.set_font("Helvetica", "B", 18)
        pdf.text(40, top + 230, price)


def test_the_row_labelled_as_a_code_gives_the_card_its_code(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    _cards(pdf, tmp_path, coded=True)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (name, [code], [price]) for name, code, price in MODELS
    ]


def test_a_specification_without_a_code_row_gives_none(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    _cards(pdf, tmp_path, coded=False)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes) for p in products] == [(name, []) for name, _, _ in MODELS]
