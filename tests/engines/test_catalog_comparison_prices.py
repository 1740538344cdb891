"""A grocery tile prints its item's price large (on the photo, or at the tile's foot) and, in
small type under the name, the comparison price per weight or volume ("£0.79 per litre",
"soit 26,47 € le kg"): the item's price is the large one. Controls: a tile with only a price
per kilo (a deli counter's) keeps it; a tile whose caption prints a plain price keeps that."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF
from PIL import Image

TILES = [
    ("Chocolat noir 70 %", "le lot de 3 x 100 g soit 26,47 € le kg", "7,94 €"),
    ("Filet de poulet", "la barquette de 600 g soit 10,20 € le kg", "6,12 €"),
    ("Pizza jambon fromage", "400 g soit 7,02 € le kg", "2,81 €"),
]


def _tiles(pdf: FPDF, tmp_path: Path, tiles, *, on_photo: bool = False) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.text(24, 36, "Les promos de la semaine")
    for n, (name, small, big) in enumerate(tiles):
        left = 32 + 184 * n
        photo = tmp_path / f"tile{n}.png"
        Image.new("RGB", (160, 150), (200, 80 + 40 * n, 60)).save(photo)
        pdf.image(str(photo), x=left, y=80, w=160, h=150)
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(left, 250, name)
        pdf.set_font("Helvetica", "", 8)
        pdf.text(left, 264, small)
        if big:
            if on_photo:
                pdf.set_font("Helvetica", "B", 17)
                pdf.text(left + 110, 110, big)
            else:
                pdf.set_font("Helvetica", "B", 30)
                pdf.text(left + 30, 330, big)


def test_the_large_price_not_the_price_per_kilo_is_the_items(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    _tiles(pdf, tmp_path, TILES)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.prices) for p in products] == [(n, [big]) for n, _, big in TILES]


def test_a_sticker_on_the_photo_beats_the_price_per_litre(tmp_path: Path) -> None:
    tiles = [
        ("British Semi-Skimmed Milk", "4 pints · £0.79 per litre", "£1.79"),
        ("Orange Juice with Bits", "1.75 litre · £1.82 per litre", "£3.19"),
        ("Basmati Rice", "2 kg · £0.94 per kg", "£1.89"),
    ]
    pdf = a4_pdf(windows_1252=True)
    _tiles(pdf, tmp_path, tiles, on_photo=True)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.prices) for p in products] == [(n, [big]) for n, _, big in tiles]


def test_a_price_per_kilo_alone_or_a_plain_caption_price_is_kept(tmp_path: Path) -> None:
    tiles = [
        ("Jambon de Bayonne", "à la coupe, 12,90 € le kg", None),
        ("Comté 18 mois", "à la coupe, 24,50 € le kg", None),
        ("Rillettes du Mans", "le pot de 220 g 3,99 €", "9,99 €"),
    ]
    pdf = a4_pdf(windows_1252=True)
    _tiles(pdf, tmp_path, tiles)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.prices[:1]) for p in products] == [
        ("Jambon de Bayonne", ["12,90 €"]),
        ("Comté 18 mois", ["24,50 €"]),
        ("Rillettes du Mans", ["3,99 €"]),
    ]
