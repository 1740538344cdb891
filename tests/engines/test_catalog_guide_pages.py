"""A guide's page per item: a photo across the page, the item's name under it (read as the
photo's caption), a table of its properties and its price line. And the look-alikes: an
encyclopaedia's article set the same way without a price, a glossary, a chapter's opening."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF
from PIL import Image

PROSE = (
    "Der Name geht auf eine alte Handelsbezeichnung zurück. Die Farbe entsteht durch geringe "
    "Beimengungen von Eisen oder Mangan. Größere, klare Exemplare sind selten und teuer."
)
PROPERTIES = (
    ("Mineralklasse", "Oxide (Quarz-Gruppe)"),
    ("Mohshärte", "7"),
    ("Dichte (g/cm³)", "2,65"),
    ("Farbe", "gelb bis goldbraun"),
    ("Fundorte", "Brasilien, Bolivien"),
)


def _guide_page(pdf: FPDF, name: str, price_line: str | None, number: int) -> None:
    pdf.add_page()
    pdf.image(Image.new("RGB", (200, 130), (90 + 30 * number, 160, 90)), x=60, y=56, w=475, h=300)
    pdf.set_font("Times", "B", 26)
    pdf.text(60, 396, name)
    y = 414.0
    for key, value in PROPERTIES:
        pdf.rect(60, y, 140, 18)
        pdf.rect(200, y, 335, 18)
        pdf.set_font("Times", "B", 10)
        pdf.text(64, y + 13, key)
        pdf.set_font("Times", "", 10)
        pdf.text(204, y + 13, value)
        y += 18
    if price_line is not None:
        pdf.set_font("Times", "B", 11)
        pdf.text(60, y + 22, price_line)
    pdf.set_font("Times", "", 11)
    pdf.set_xy(60, y + 36)
    pdf.multi_cell(475, 15, PROSE)


def test_a_guide_s_stone_under_its_photo_with_properties_and_price_is_a_product(
    tmp_path: Path,
) -> None:
    pdf = a4_pdf(windows_1252=True)
    for number, (name, price) in enumerate((("Citrin", 5), ("Spinell", 350))):
        _guide_page(pdf, name, f"Richtpreis je Karat: ab {price} €", number)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.prices, p.page) for p in products] == [
        ("Citrin", ["5 €"], 1),
        ("Spinell", ["350 €"], 2),
    ]
    assert products[0].attributes["Mohshärte"] == "7"


def test_an_encyclopaedia_s_article_under_its_photo_with_an_infobox_is_no_product(
    tmp_path: Path,
) -> None:
    pdf = a4_pdf(windows_1252=True)
    for number, name in enumerate(("Citrin", "Spinell")):
        _guide_page(pdf, name, None, number)
    assert products_of_pdf(pdf, tmp_path) == []


def test_a_glossary_and_a_chapter_opening_under_a_photo_are_no_products(
    tmp_path: Path,
) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.image(Image.new("RGB", (200, 130), (120, 160, 90)), x=60, y=56, w=475, h=300)
    pdf.set_font("Times", "B", 26)
    pdf.text(60, 396, "Quarze und Feldspäte")
    pdf.set_font("Times", "", 11)
    pdf.set_xy(60, 420)
    pdf.multi_cell(475, 15, PROSE + " " + PROSE)
    pdf.add_page()
    pdf.set_font("Times", "B", 20)
    pdf.text(60, 80, "Begriffe")
    for n, (term, meaning) in enumerate(
        (
            ("Karat", "Gewichtseinheit für Edelsteine, 1 ct = 0,2 g"),
            ("Mohshärte", "Ritzhärte auf einer Skala von 1 (Talk) bis 10 (Diamant)"),
            ("Dichte", "Masse je Volumen, hilft bei der Bestimmung"),
            ("Preis", "Richtwert je Karat im Handel, ab 5 €"),
        )
    ):
        pdf.set_font("Times", "B", 11)
        pdf.text(60, 110 + 20 * n, term)
        pdf.set_font("Times", "", 11)
        pdf.text(160, 110 + 20 * n, meaning)
    assert products_of_pdf(pdf, tmp_path) == []
