"""A code printed on a line of its own in a product's unit, unlabelled ("617.451.60",
"MF26-118", two colours' "BL 879-46 BK 879-28") or after a word no label vocabulary holds
("Minsan 263568013"), or a table column of codes under a title that names none: the product
takes it when no other rule gave it a code. An ISBN is a labelled code. Controls: a phone
number's, a tax number's or a price's line, a date, a year, a standard ("DIN 931") and an
amount give no code."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.catalog.own_codes import code_line

CARDS = [
    ("Oak Side Table", "617.451.60", "$121.99"),
    ("Linen Cushion Cover", "244.717.96", "$18.50"),
    ("Walnut Shelf Unit", "739.774.35", "$249.00"),
]


def _cards(pdf: FPDF, tmp_path: Path, codes: list[str]) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 40, "Living room")
    for n, ((name, _, price), code) in enumerate(zip(CARDS, codes, strict=True)):
        left = 40 + 180 * n
        photo = tmp_path / f"photo{n}.png"
        Image.new("RGB", (160, 120), (40 + 60 * n, 120, 200)).save(photo)
        pdf.image(str(photo), x=left, y=60, w=160, h=120)
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(left, 196, name)
        pdf.set_font("Helvetica", "", 8)
        pdf.text(left, 209, "W 153 x D 73 x H 96 cm")
        pdf.text(left, 231, code)
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(left, 246, price)


def test_a_code_alone_on_a_line_of_a_card_is_the_cards_code(tmp_path: Path) -> None:
    pdf = a4_pdf()
    _cards(pdf, tmp_path, [code for _, code, _ in CARDS])
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (name, [code], [price]) for name, code, price in CARDS
    ]


def test_a_phone_line_on_a_card_is_no_code(tmp_path: Path) -> None:
    pdf = a4_pdf()
    _cards(pdf, tmp_path, ["Tel 0201234567", "Tel 0201234568", "Tel 0201234569"])
    products = products_of_pdf(pdf, tmp_path)
    assert [p.name for p in products] == [name for name, _, _ in CARDS]
    assert all(p.codes == [] for p in products)


def test_a_price_list_column_of_prefixed_codes_gives_each_row_its_code(tmp_path: Path) -> None:
    rows = [
        ("HJL 8127", "THE SUN COLLECTIVE - Soul Street Sun", '7"', "EUR 16,12"),
        ("MSA 4113", "THE DUB BAND - Live River Sessions", '12"', "EUR 14,80"),
        ("EEA 4696", "SAM DIE PELSER - Moon Live Blue", '12"', "EUR 21,95"),
        ("RBE 1670", "THE TRAIN ORCHESTRA - Train Sessions", '7"', "EUR 9,50"),
    ]
    pdf = a4_pdf()
    pdf.add_page()
    pdf.set_font("Courier", "", 9)
    pdf.text(100, 60, "ARTIEST - TITEL")
    pdf.text(380, 60, "FORMAAT")
    pdf.text(450, 60, "PRIJS")
    for n, (code, title, size, price) in enumerate(rows):
        y = 90 + 13 * n
        pdf.text(40, y, code)
        pdf.text(100, y, title)
        pdf.text(380, y, size)
        pdf.text(450, y, price)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes) for p in products] == [(title, [code]) for code, title, _, _ in rows]


def test_an_isbn_in_a_titled_entrys_copy_is_its_code(tmp_path: Path) -> None:
    books = [
        ("The Season of Archives", "978-1-1029-3867-5", "£16.99"),
        ("The Salt Island", "978-1-9683-5268-4", "£12.99"),
        ("Lost Letters", "978-1-2719-3951-0", "£9.99"),
    ]
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    for n, (title, isbn, price) in enumerate(books):
        top = 60 + 150 * n
        pdf.set_font("Helvetica", "B", 14)
        pdf.text(110, top, title)
        pdf.set_font("Helvetica", "", 9)
        pdf.text(110, top + 14, "by Lori Rodgers")
        pdf.text(110, top + 30, "A quiet novel of a coast and its keepers, told in letters.")
        pdf.text(110, top + 42, f"Trade paperback · 376 pp · ISBN {isbn} Published April")
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(110, top + 60, price)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (title, [isbn], [price]) for title, isbn, price in books
    ]


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        ("617.451.60", ["617.451.60"]),
        ("MF26-118", ["MF26-118"]),
        ("BL 879-46 BK 879-28", ["BL 879-46", "BK 879-28"]),
        ("Minsan 263568013", ["263568013"]),
        ("Skladové číslo 24121", ["24121"]),
        ("VL 3046", ["VL 3046"]),
        # controls
        ("Tel. 0201234567", []),
        ("VAT 123456789", []),
        ("DIN 931", []),
        ("EUR 1612", []),
        ("12.03.2026", []),
        ("2024", []),
        ("100.50", []),
        ("Steel 8.8, zinc plated", []),
        ("W 153 x D 73 x H 96 cm", []),
        ("$121.99", []),
    ],
)
def test_a_line_holding_only_codes(line: str, codes: list[str]) -> None:
    assert code_line(line) == codes
