"""One entry per page of a guide (a title and a box of properties whose keys recur), a
comparison table completing the model cards over it, and a centred menu's dishes each taking
only the price under its own name. And the look-alikes: a report's chapters with "Key facts"
boxes whose keys change, a novel's chapters."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF
from PIL import Image

PROSE = (
    "The stone forms deep in the crust over millions of years and is prized by collectors. "
    "Natural pieces often show small inclusions that a loupe reveals at once, and heat is "
    "often used to deepen their colour before they reach the market in the old town."
)


def _entry_page(pdf: FPDF, title: str, box: list[tuple[str, str]], photo: bool = True) -> None:
    """A title, prose on the left, a box of properties on the right, each key over its value."""
    pdf.add_page()
    pdf.set_font("Times", "B", 26)
    pdf.text(60, 95, title)
    pdf.set_font("Times", "", 11)
    for n in range(4):
        pdf.set_xy(60, 135 + 80 * n)
        pdf.multi_cell(290, 14, PROSE)
    if photo:
        pdf.image(Image.new("RGB", (150, 130), (60, 150, 120)), x=390, y=140, w=150, h=130)
    top = 300
    for key, value in box:
        pdf.set_font("Helvetica", "B", 8)
        pdf.text(390, top + 8, key)
        pdf.set_font("Helvetica", "", 9)
        pdf.text(390, top + 20, value)
        top += 32


STONES = [
    ("Giok (Jade)", "6 - 7", "2,9 - 3,4", "Hijau, putih", "Myanmar, Aceh"),
    ("Kecubung (Ametis)", "7", "2,65", "Ungu muda", "Kalimantan, Brasil"),
    ("Opal Kalimaya", "5,5 - 6,5", "2,1", "Putih susu", "Banten, Australia"),
    ("Delima (Garnet)", "6,5 - 7,5", "3,5 - 4,3", "Merah tua", "India, Sri Lanka"),
]


def test_a_guide_with_a_page_per_stone_and_a_box_of_recurring_keys(tmp_path: Path) -> None:
    pdf = a4_pdf()
    for name, hardness, density, colour, origin in STONES:
        box = [
            ("Kekerasan (Mohs)", hardness),
            ("Berat jenis", density),
            ("Warna", colour),
            ("Asal", origin),
        ]
        _entry_page(pdf, name, box)
    products = products_of_pdf(pdf, tmp_path)
    assert [p.name for p in products] == [s[0] for s in STONES]
    assert products[1].attributes["Berat jenis"] == "2,65"


def test_a_report_whose_key_facts_boxes_change_keys_gives_no_products(tmp_path: Path) -> None:
    pdf = a4_pdf()
    boxes = [
        [("Founded", "1998"), ("Staff", "120"), ("Region", "North")],
        [("Budget", "4 million"), ("Partners", "Six"), ("Duration", "Two years")],
        [("Sites visited", "Nine"), ("Survey size", "2,400"), ("Response", "High")],
        [("Next review", "March"), ("Owner", "The board"), ("Risk", "Low")],
    ]
    for n, box in enumerate(boxes):
        _entry_page(pdf, f"Chapter {n + 1} Findings", [("Key facts", "below"), *box])
    assert products_of_pdf(pdf, tmp_path) == []


def test_minutes_whose_pages_repeat_their_fields_without_a_photo_give_none(tmp_path: Path) -> None:
    pdf = a4_pdf()
    for n in range(4):
        box = [("Chair", "Ms Reyes"), ("Venue", "Room B"), ("Attendees", f"{9 + n} members")]
        _entry_page(pdf, f"Meeting of {n + 3} March", box, photo=False)
    assert products_of_pdf(pdf, tmp_path) == []


def test_a_novel_gives_no_products(tmp_path: Path) -> None:
    pdf = a4_pdf()
    for n in range(4):
        pdf.add_page()
        pdf.set_font("Times", "B", 26)
        pdf.text(60, 95, f"Chapter {n + 1}")
        pdf.set_font("Times", "", 11)
        for m in range(6):
            pdf.set_xy(60, 135 + 80 * m)
            pdf.multi_cell(470, 14, PROSE)
    assert products_of_pdf(pdf, tmp_path) == []


def test_a_comparison_table_gives_the_carded_models_their_prices(tmp_path: Path) -> None:
    pdf = a4_pdf()
    pdf.add_page()
    models = ["Arca Pulse 300", "Arca Pulse 500", "Arca Pulse 700 Pro"]
    for n, model in enumerate(models):
        left = 54 + 180 * n
        pdf.image(Image.new("RGB", (140, 120), (90 + 40 * n, 60, 160)), x=left, y=112, w=140, h=120)
        pdf.set_font("Helvetica", "B", 13)
        pdf.text(left, 260, model)
        pdf.set_font("Helvetica", "", 8)
        pdf.text(left, 277, "Wireless sound for every day")
    rows = [
        ["", *models],
        ["Driver", "30 mm", "40 mm", "40 mm planar"],
        ["Water resistance", "IP67", "IP67", "IPX4"],
        ["Weight", "190 g", "250 g", "320 g"],
        ["Price", "$74.99", "$211.99", "$290.99"],
    ]
    pdf.set_font("Helvetica", "", 8)
    pdf.set_y(390)
    with pdf.table(col_widths=(130, 134, 134, 134), first_row_as_headings=False) as table:
        for row in rows:
            line = table.row()
            for cell in row:
                line.cell(cell)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.prices, p.codes) for p in products] == [
        ("Arca Pulse 300", ["$74.99"], []),
        ("Arca Pulse 500", ["$211.99"], []),
        ("Arca Pulse 700 Pro", ["$290.99"], []),
    ]
    assert products[0].attributes["Water resistance"] == "IP67"


def test_a_centred_menu_dish_takes_only_the_price_under_its_name(tmp_path: Path) -> None:
    pdf = a4_pdf()
    pdf.core_fonts_encoding = "cp1252"  # the euro sign
    pdf.add_page()
    dishes = [
        ("CROQUETAS DE JAMÓN IBÉRICO", "10,00 €", "Ocho unidades, bechamel de leche fresca"),
        ("PULPO A LA GALLEGA", "23,00 €", "Pimentón de la Vera, aceite de oliva y sal"),
        ("ENSALADA DE TOMATE RAF", "17,50 €", "Ventresca de bonito, cebolleta y olivas"),
        ("GAZPACHO ANDALUZ", "18,00 €", "Con guarnición de pepino y picatostes"),
        ("PIMIENTOS DE PADRÓN", "11,00 €", "Unos pican y otros no"),
    ]
    top = 160
    for name, price, description in dishes:
        for text, style, size, y in (
            (name, "B", 12, top),
            (price, "", 10, top + 18),
            (description, "I", 7, top + 34),
        ):
            pdf.set_font("Times", style, size)
            pdf.text((595 - pdf.get_string_width(text)) / 2, y, text)
        top += 62
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.prices) for p in products] == [(n, [p]) for n, p, _ in dishes]
