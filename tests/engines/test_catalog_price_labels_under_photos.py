"""A dealer's cards, one model a card: its title set large over a tagline and its photo, and
under the photo a price's label in small regular type ("On the road", "Ex-display, one only")
right over the price set large. The label qualifies the price; the title names the card (the
label named it when nothing beside the photo took the label in: a scan's spec table in the
page column right of the photo). Control: a leaflet's two photos side by side under a
section's heading, each with its name in small type over a large price, keep those names."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF
from PIL import Image

CARDS = [
    ("Exe 430 Compact", "Front lounge, central kitchen and an end bedroom.", "On the road"),
    ("Exe 520 Family", "Triple bunks beside a side dinette.", "Ex-display, one only"),
]
PRICES = ["£21,995", "£23,995"]


def _photo(tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.png"
    Image.new("RGB", (250, 160), (120, 120, 125)).save(path)
    return str(path)


def _cards(tmp_path: Path) -> FPDF:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    for n, ((title, tagline, label), price) in enumerate(zip(CARDS, PRICES, strict=True)):
        top = 70 + 360 * n
        pdf.set_font("Helvetica", "B", 20)
        pdf.text(40, top + 20, title)
        pdf.set_font("Helvetica", "", 9)
        pdf.text(40, top + 34, tagline)
        pdf.image(_photo(tmp_path, f"card{n}"), x=40, y=top + 46, w=250, h=160)
        pdf.set_font("Helvetica", "", 8)
        pdf.text(40, top + 232, label)
        pdf.set_font("Helvetica", "B", 24)
        pdf.text(40, top + 258, price)
    return pdf


def test_a_price_s_label_under_the_photo_names_no_card(tmp_path: Path) -> None:
    products = products_of_pdf(_cards(tmp_path), tmp_path)
    assert [(p.name, p.prices) for p in products] == [
        ("Exe 430 Compact", ["£21,995"]),
        ("Exe 520 Family", ["£23,995"]),
    ], [(p.name, p.prices) for p in products]


def test_names_in_small_type_over_prices_side_by_side_stay(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(40, 90, "Garden furniture")
    for n, (name, price) in enumerate((("Teak bench", "£249.00"), ("Oak table", "£399.00"))):
        x = 40 + 270 * n
        pdf.image(_photo(tmp_path, f"leaf{n}"), x=x, y=102, w=250, h=160)
        pdf.set_font("Helvetica", "", 8)
        pdf.text(x, 288, name)
        pdf.set_font("Helvetica", "B", 24)
        pdf.text(x, 314, price)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.prices) for p in products] == [
        ("Teak bench", ["£249.00"]),
        ("Oak table", ["£399.00"]),
    ], [(p.name, p.prices) for p in products]
