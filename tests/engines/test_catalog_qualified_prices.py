"""A price set apart at an entry's right with what it is for after it ("£3.50 per ball", the
pack's price under it): a yarn shop's or a haberdasher's list of titled entries prices each
entry by it. Controls: a line that goes on after the price (a sentence, a second offer) is no
price standing alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalog_blocks import a4_pdf, products_of_pdf

from pdfqueue.engines.catalog.words import is_qualified_price

YARNS = [
    ("Shetland Heritage Jumper", "YW-2481", "£3.50"),
    ("Ragg Rustic Worsted", "YW-9329", "£14.20"),
    ("Hebridean Aran", "YW-2721", "£5.20"),
]


def test_a_price_per_ball_at_the_right_prices_each_titled_entry(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 17)
    pdf.text(40, 32, "Wool and wool blends")
    for n, (name, code, price) in enumerate(YARNS):
        top = 70 + 184 * n
        pdf.set_font("Helvetica", "B", 15)
        pdf.text(185, top + 16, name)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.text(185, top + 32, "100% pure wool")
        pdf.text(185, top + 44, "50 g · 110 m · needles 4 mm")
        pdf.set_font("Helvetica", "", 6.5)
        for k in range(6):
            pdf.text(193 + 30 * k, top + 90, str(301 + k))  # shade numbers under swatches
        pdf.set_font("Helvetica", "", 8)
        pdf.text(185, top + 111, f"Code {code}")
        pdf.set_font("Helvetica", "B", 14)
        label = f"{price} per ball"
        pdf.text(555 - pdf.get_string_width(label), top + 112, label)
        pdf.set_font("Helvetica", "", 8.5)
        pack = "pack of 10 £31.50"
        pdf.text(555 - pdf.get_string_width(pack), top + 125, pack)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices[:1]) for p in products] == [
        (name, [code], [price]) for name, code, price in YARNS
    ]


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("£3.50 per ball", True),
        ("14,95 € le kg", True),
        ("$2 each", True),
        ("£3.50", True),
        ("£3.50 per ball, 10 for £30", False),  # a second offer after it
        ("£9.50 postage to Europe applies", False),  # a sentence
        ("per ball £3.50", False),  # the price does not lead
    ],
)
def test_a_qualified_price_is_a_price_and_what_it_is_for_and_nothing_else(
    text: str, alone: bool
) -> None:
    assert is_qualified_price(text) is alone


def _photo(tmp_path: Path, n: int) -> str:
    from PIL import Image

    path = tmp_path / f"photo{n}.png"
    image = Image.new("RGB", (190, 150), (120 + 30 * n, 110, 90))
    for x in range(0, 190, 6):
        image.putpixel((x, (x * 7) % 150), (255, 255, 255))
    image.save(path)
    return str(path)


OFFICE = [
    ("Table de réunion ronde Nova 120", "NO-12056", "995,50 €", "1 194,60 €"),
    ("Desserte mobile Linéa", "LI-8813", "1 184,50 €", "1 421,40 €"),
    ("Bibliothèque ouverte Sillon", "SI-9037", "484,50 €", "581,40 €"),
]


def test_a_card_s_price_under_the_text_beside_its_photo_prices_the_card(tmp_path: Path) -> None:
    """An office-furniture catalog: each card a photo at the left, its name, copy and
    reference right of it, its price set large at the card's right under that text, level
    with the photo's lower part, the price with tax under it."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 17)
    pdf.text(40, 32, "Bureaux et plans de travail")
    for n, (name, code, price, with_tax) in enumerate(OFFICE):
        top = 72 + 186 * n
        pdf.image(_photo(tmp_path, n), x=40, y=top, w=190, h=150)
        pdf.set_font("Helvetica", "B", 13)
        pdf.text(250, top + 14, name)
        pdf.set_font("Helvetica", "", 8.5)
        lines = [
            "Livré monté ou en kit, montage sur site en option.",
            "Structure acier, plateau mélaminé 25 mm.",
            "Dimensions : L 160 × P 80 × H 74 cm",
            "Coloris : Anthracite, Blanc, Gris perle",
            f"Réf. {code}",
        ]
        for k, line in enumerate(lines):
            pdf.text(250, top + 34 + 12 * k, line)
        pdf.set_font("Helvetica", "B", 16)
        label = f"{price} HT"
        pdf.text(555 - pdf.get_string_width(label), top + 128, label)
        pdf.set_font("Helvetica", "", 8.5)
        label = f"{with_tax} TTC"
        pdf.text(555 - pdf.get_string_width(label), top + 142, label)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices[:1]) for p in products] == [
        (name, [code], [price]) for name, code, price, _ in OFFICE
    ]
