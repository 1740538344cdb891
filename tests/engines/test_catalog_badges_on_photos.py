"""A card's photo with a badge printed on it ("NEW") beside the card's lines (name, bullets,
colours, style number) and a price at the card's right: the badge lines up with the lines
beside the photo like a table's first column, but the card is a card, not a table. Control:
a price table printed over a page-wide background photo stays a table."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.layout import analyse_document

CARDS = [
    ("Padded Body Warmer", "HW-5756", "£10.50", "£12.60"),
    ("Heavyweight Polo Shirt", "HW-1272", "£18.00", "£21.60"),
    ("Softshell Work Jacket", "HW-7780", "£38.95", "£46.74"),
]
MORE_CARDS = [
    ("Hi-Vis Bomber Jacket", "HW-4687", "£18.50", "£22.20"),
    ("Thermal Base Layer Top", "HW-2335", "£64.50", "£77.40"),
    ("Fleece-Lined Zip Hoodie", "HW-3002", "£63.50", "£76.20"),
]


def _photo(tmp_path: Path, name: str, size: tuple[int, int], shade: int) -> Path:
    path = tmp_path / f"{name}.png"
    image = Image.new("RGB", size, (shade, 120, 255 - shade))
    for x in range(0, size[0], 7):  # some texture: a photo, not a flat fill
        for y in range(0, size[1], 5):
            image.putpixel((x, y), (255 - shade, x % 256, y % 256))
    image.save(path)
    return path


def _right(pdf: FPDF, x: float, y: float, text: str) -> None:
    pdf.text(x - pdf.get_string_width(text), y, text)


def _cards(tmp_path: Path, badge: bool, every: bool = False, cards: list = CARDS) -> FPDF:
    """Cards one under another: a photo, the first with a "NEW" patch on its corner; beside
    it the name, two bullets, colour swatches, size chips and the style number; the price
    ex VAT set large at the right, the price with VAT under it (`every`: a patch on each photo)."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 17)
    pdf.text(40, 32, "Jackets & Layers")
    for n, (name, code, ex_vat, inc_vat) in enumerate(cards):
        top = 70 + 122 * n
        pdf.image(str(_photo(tmp_path, f"p{n}", (180, 190), 40 + 60 * n)), x=40, y=top, w=95, h=100)
        if badge and (n == 0 or every):
            pdf.set_fill_color(210, 30, 40)
            pdf.rect(40, top, 30, 13, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Helvetica", "B", 7.5)
            pdf.text(44, top + 9.5, "NEW")
            pdf.set_text_color(0, 0, 0)
        pdf.set_font("Helvetica", "B", 11.5)
        pdf.text(150, top + 13, name)
        pdf.set_font("Helvetica", "", 8)
        for k, feature in enumerate(("Reflective piping", "Cordura reinforced knees")):
            pdf.text(150, top + 28 + k * 11, f"\u2022  {feature}")
        x = 150.0
        pdf.set_font("Helvetica", "", 6.5)
        for colour in ("Graphite", "Hi-Vis Orange", "Khaki"):
            pdf.set_fill_color(90, 90, 90)
            pdf.rect(x, top + 52, 8, 8, style="FD")
            pdf.text(x + 11, top + 58.5, colour)
            x += 18 + pdf.get_string_width(colour)
        x = 150.0
        for size in ("S", "M", "L", "XL", "2XL", "3XL"):
            box = max(14.0, pdf.get_string_width(size) + 6)
            pdf.rect(x, top + 66, box, 11)
            pdf.text(x + (box - pdf.get_string_width(size)) / 2, top + 74, size)
            x += box + 3
        pdf.set_font("Helvetica", "", 7.5)
        pdf.text(150, top + 93, f"Style {code}")
        pdf.set_font("Helvetica", "B", 17)
        _right(pdf, 555, top + 30, ex_vat)
        pdf.set_font("Helvetica", "", 7)
        _right(pdf, 555, top + 40, "ex VAT")
        pdf.set_font("Helvetica", "", 8.5)
        _right(pdf, 555, top + 55, f"{inc_vat} inc VAT")
        pdf.line(40, top + 110, 555, top + 110)
    return pdf


def test_a_badge_on_a_card_s_photo_makes_no_table_of_the_card(tmp_path: Path) -> None:
    path = tmp_path / "cards.pdf"
    _cards(tmp_path, badge=True).output(str(path))
    page = analyse_document(path).pages[0]
    assert [b.kind for b in page.blocks].count("table") == 0
    products = products_of_pdf(_cards(tmp_path, badge=True), tmp_path)
    assert [(p.name, p.codes, p.prices[:1]) for p in products] == [
        (name, [code], [ex_vat]) for name, code, ex_vat, _ in CARDS
    ]


def test_a_price_table_over_a_page_wide_background_photo_stays_a_table(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.image(str(_photo(tmp_path, "background", (400, 560), 200)), x=0, y=0, w=595, h=842)
    pdf.set_font("Helvetica", "", 10)
    rows = [("Code", "Article", "Size", "Price")] + [
        (f"A-{100 + n}", f"Garden chair model {n}", f"{40 + n} cm", f"{19 + n},95")
        for n in range(6)
    ]
    for r, row in enumerate(rows):
        for c, (x, value) in enumerate(zip((60, 140, 330, 430), row, strict=True)):
            pdf.set_xy(x, 120 + 18 * r)
            pdf.cell(80 if c != 1 else 180, 12, value)
    path = tmp_path / "background.pdf"
    pdf.output(str(path))
    tables = [b for b in analyse_document(path).pages[0].blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].rows[1][0] == "A-100"


def test_badges_on_every_card_s_photo_title_no_entries(tmp_path: Path) -> None:
    """The same "NEW" on each photo, in one bold style, heads no titled entry: the prices with
    VAT level with it would otherwise make a product named "NEW"."""
    cards = CARDS + MORE_CARDS
    products = products_of_pdf(_cards(tmp_path, badge=True, every=True, cards=cards), tmp_path)
    assert [(p.name, p.codes, p.prices[:1]) for p in products] == [
        (name, [code], [ex_vat]) for name, code, ex_vat, _ in cards
    ]
