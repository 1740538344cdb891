"""Cards of a sale board and of a model shop. A piece stamped "SOLD" across its photo is no
longer offered (control: the board's note that sold pieces stay on it drops nothing); a kit's
scale named as such ("1:48 scale · 246 parts") is its size, and its name under the maker's
capitals may open with a particle in lower case ("de Havilland Mosquito FB.VI"); a mixing ratio
("Mix 1:4 with water") is no scale."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.catalog.packs import scales

PIECES = [
    ("Speckled moon jar", "No. 27-010 · H 24 cm", "£48"),
    ("Celadon breakfast bowl", "No. 27-014 · Ø 15 cm", "£18"),
    ("Large garden planter", "No. 27-063 · Ø 40 cm", "£120"),
]


def _photo(pdf: FPDF, tmp_path: Path, n: int, left: float, top: float) -> None:
    path = tmp_path / f"photo{n}.png"
    Image.new("RGB", (150, 140), (120 + 30 * n, 90, 70)).save(path)
    pdf.image(str(path), x=left, y=top, w=150, h=140)


def _board(pdf: FPDF, tmp_path: Path, sold: int | None) -> None:
    pdf.add_page()
    for n, (name, line, price) in enumerate(PIECES):
        left = 40 + 180 * n
        _photo(pdf, tmp_path, n, left, 100)
        if n == sold:
            pdf.set_font("Helvetica", "B", 22)
            pdf.set_text_color(200, 30, 30)
            pdf.text(left + 40, 175, "SOLD")
            pdf.set_text_color(0, 0, 0)
        pdf.set_font("Times", "BI", 11)
        pdf.text(left, 258, name)
        pdf.set_font("Helvetica", "", 7)
        pdf.text(left, 272, line)
        pdf.set_font("Times", "B", 15)
        pdf.text(left, 292, price)
    pdf.set_font("Helvetica", "", 9)
    pdf.text(40, 700, "Sold pieces stay on the board until the end of the sale.")


def test_a_piece_stamped_sold_is_no_product(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    _board(pdf, tmp_path, sold=2)
    products = products_of_pdf(pdf, tmp_path)
    assert [p.name for p in products] == [name for name, _, _ in PIECES[:2]]


def test_a_board_without_a_stamp_keeps_every_piece(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    _board(pdf, tmp_path, sold=None)
    products = products_of_pdf(pdf, tmp_path)
    assert [p.name for p in products] == [name for name, _, _ in PIECES]


KITS = [
    ("AEROFORGE", "Supermarine Spitfire Mk.IXc", "1:72", "AF-07214", "£18.99"),
    ("AEROFORGE", "de Havilland Mosquito FB.VI", "1:48", "AF-04831", "£54.99"),
    ("MARITIMA", "HMS Belfast 1942", "1:350", "MA-35011", "£89.99"),
]


def test_a_kit_is_named_under_its_maker_and_sized_by_its_scale(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    for n, (maker, name, scale, code, price) in enumerate(KITS):
        left = 40 + 180 * n
        _photo(pdf, tmp_path, n, left, 90)
        pdf.set_font("Helvetica", "B", 7)
        pdf.set_text_color(120, 120, 120)
        pdf.text(left + 6, 250, maker)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(left + 6, 264, name)
        pdf.set_font("Helvetica", "", 8)
        pdf.text(left + 6, 280, f"{scale} scale · {100 + n} parts")
        pdf.text(left + 6, 291, f"Kit {code}")
        pdf.set_font("Helvetica", "B", 14)
        pdf.text(left + 100, 320, price)
    products = products_of_pdf(pdf, tmp_path)
    assert len(products) == len(KITS)
    named = [
        (p.name.removeprefix(f"{k[0]} "), p.codes, p.sizes)
        for p, k in zip(products, KITS, strict=True)
    ]
    assert named == [(name, [code], [scale]) for _, name, scale, code, _ in KITS]


def test_a_ratio_not_named_a_scale_is_no_size() -> None:
    assert scales("Mix 1:4 with water") == []
    assert scales("1:72 scale · 112 parts") == ["1:72"]
    assert scales("Maßstab 1:87") == ["1:87"]
