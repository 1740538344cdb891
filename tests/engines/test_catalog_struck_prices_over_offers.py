"""A leaflet's rows whose old price, struck through and set small, stands over the offer's price
set large: the offer's price comes first, then the struck one, as a card's prices are given.
Control: two prices in one type stay in the order printed."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF
from PIL import Image

LEAFLET = [
    ("Headphones Quiet ANC 2", "Bluetooth 5.3 | ANC | 40 h", "2 999 €", "3 499 €"),
    ("Television Horizon 65Q9", '65" QLED | 120 Hz | HDMI 2.1', "36 499 €", "42 999 €"),
    ("Laptop Lyra 15 Pro", '15,6" IPS | Core i7 | 16 GB', "33 099 €", "38 999 €"),
    ("Robot Vacuum Sweep R5", "2700 Pa | LiDAR | 180 min", "10 199 €", "11 999 €"),
]


def _leaflet(pdf: FPDF, old_size: float, now_size: float = 17) -> None:
    """A leaflet's rows: the code in the left margin, a photo, the bold name, a spec line; at the
    right the old price (struck through) over the offer's price set large."""
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(84, 32, "TECHWORLD")
    for n, (name, specs, now, old) in enumerate(LEAFLET):
        y = 86 + 100 * n
        pdf.set_font("Helvetica", "", 6.5)
        pdf.text(14, y + 16, "Code")
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.text(14, y + 28, str(1466333 + 7919 * n))
        pdf.image(Image.new("RGB", (140, 110), (90, 120, 160)), x=82, y=y + 4, w=104, h=80)
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(198, y + 22, name)
        pdf.set_font("Helvetica", "", 8)
        pdf.text(198, y + 40, specs)
        pdf.set_font("Helvetica", "B", now_size)
        pdf.text(565 - pdf.get_string_width(now), y + 34, now)
        pdf.set_font("Helvetica", "", old_size)
        width = pdf.get_string_width(old)
        pdf.text(565 - width, y + 14, old)
        pdf.line(565 - width, y + 11, 565, y + 11)
        pdf.set_font("Helvetica", "", 7)
        pdf.text(198, y + 56, "Warranty 12 months - Delivery nationwide")


def test_a_small_old_price_over_a_large_one_comes_after_the_offer(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    _leaflet(pdf, 9)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.prices) for p in products] == [
        (name, [now, old]) for name, _, now, old in LEAFLET
    ]


def test_two_prices_in_one_type_stay_as_printed(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    _leaflet(pdf, 9, now_size=9)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.prices) for p in products] == [
        (name, [old, now]) for name, _, now, old in LEAFLET
    ]
