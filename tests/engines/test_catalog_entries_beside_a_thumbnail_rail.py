"""A catering supplier's entries, each level with its thumbnail in a rail at the left (the
thumbnail's number under it): the bold name with its price at the right and "ex VAT" under
the price, its copy, its dimensions ("W 600 × D 640 × H 820 mm · 230 V"), its catalogue number
and a service line, one under the other. Read across, the rail's number, the entry's lines and
the price make columns, but only the entry's column fills every line: the lines are an
entry's, no table, and each entry is a product with its code, price and dimensions. A name's
"2 x 8 L" set with word spaces stays as printed (no letter-spaced word), and dimensions
lettered by abbreviations ("An. 60 × Al. 72 × Fo. 56 cm") or a capacity in litres are sizes.
Controls: a price list whose price column fills every row stays a table; a tracked heading
("Q U A L I T Y") is still joined into its word."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.catalog.words import SIZE, is_size
from pdfqueue.engines.layout import Word, analyse_document, layout_words

ENTRIES = [
    (
        "Upright Gastronorm Fridge 600 L",
        "Single door, stainless inside and out, takes GN 2/1 shelves.",
        "W 700 × D 830 × H 2010 mm",
        "BW-R1145",
        "£1,245.00",
    ),
    (
        "Twin Tank Electric Fryer 2 x 8 L",
        "Two independent tanks with cool zones and drain taps.",
        "W 600 × D 600 × H 400 mm",
        "BW-C1501",
        "£1,129.00",
    ),
    (
        "Undercounter Freezer 130 L",
        "Fits under a 900 mm worktop; lockable door.",
        "W 600 × D 640 × H 820 mm",
        "BW-R1232",
        "£689.00",
    ),
]


def _right(pdf: FPDF, x: float, y: float, text: str) -> None:
    pdf.text(x - pdf.get_string_width(text), y, text)


def _page(tmp_path: Path) -> FPDF:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(128, 100, "Refrigeration")
    for slot, (name, copy, size, code, price) in enumerate(ENTRIES):
        top = 124 + slot * 128
        photo = tmp_path / f"thumb{slot}.png"
        Image.new("RGB", (160, 120), (90 + 40 * slot, 120, 140)).save(photo)
        pdf.image(str(photo), x=16, y=top, w=80, h=60)
        pdf.set_font("Helvetica", "", 6.5)
        pdf.text(52, top + 70, f"1.{slot + 1}")
        pdf.set_font("Helvetica", "B", 11.5)
        pdf.text(128, top + 12, name)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.text(128, top + 27, copy)
        pdf.set_font("Helvetica", "", 8)
        pdf.text(128, top + 41, f"{size}  ·  230 V  ·  0.35 kW")
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.text(128, top + 58, f"Cat. no. {code}")
        pdf.set_font("Helvetica", "", 7.5)
        pdf.text(128, top + 72, "2 years parts and labour  ·  next-day delivery from stock")
        pdf.set_font("Helvetica", "B", 15)
        _right(pdf, 547, top + 14, price)
        pdf.set_font("Helvetica", "", 7)
        _right(pdf, 547, top + 25, "ex VAT")
    return pdf


def test_entries_level_with_a_thumbnail_rail_are_products(tmp_path: Path) -> None:
    products = products_of_pdf(_page(tmp_path), tmp_path)
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (name, [code], [price]) for name, _, _, code, price in ENTRIES
    ]
    assert all(size in p.sizes for p, (_, _, size, _, _) in zip(products, ENTRIES, strict=True))


def test_a_name_ending_in_a_count_of_litres_keeps_its_spaces(tmp_path: Path) -> None:
    names = [p.name for p in products_of_pdf(_page(tmp_path), tmp_path)]
    assert "Twin Tank Electric Fryer 2 x 8 L" in names


def test_a_price_list_whose_prices_fill_every_row_stays_a_table(tmp_path: Path) -> None:
    """Control: names and their prices, a price on every row, read across: a table."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 9)
    for n, (name, _, _, _, price) in enumerate(ENTRIES + ENTRIES[:2]):
        pdf.text(52, 120 + 14 * n, f"1.{n + 1}")
        pdf.text(128, 120 + 14 * n, name)
        _right(pdf, 547, 120 + 14 * n, price)
    path = tmp_path / "list.pdf"
    pdf.output(str(path))
    tables = [b for b in analyse_document(path).pages[0].blocks if b.kind == "table"]
    assert len(tables) == 1 and len(tables[0].rows) == 5


def _letters(text: str, left: float, gap: float) -> list[Word]:
    words, x = [], left
    for letter in text.split():
        words.append(Word(letter, x, 100.0, x + 6.0, 112.0, 11.5, True))
        x += 6.0 + gap
    return words


def test_a_tracked_heading_is_still_joined_into_its_word() -> None:
    """Control: one-letter words set close on a line are a tracked word; figures multiplied
    ("2 x 8 L") are not."""
    blocks = layout_words(_letters("Q U A L I T Y", 40.0, 3.0), [], [], 600, 800)
    assert blocks[0].text == "QUALITY"
    blocks = layout_words(_letters("2 x 8 L", 40.0, 3.0), [], [], 600, 800)
    assert blocks[0].text == "2 x 8 L"


def test_dimensions_lettered_by_abbreviations_and_litres_are_sizes() -> None:
    assert is_size("An. 60 × Al. 72 × Fo. 56 cm")
    assert is_size("L. 300 × Fo. 62 cm")
    assert SIZE.search("Item 40-126 · 65 litres").group(0) == "65 litres"
    assert SIZE.search("Kettle 1.7 liter").group(0) == "1.7 liter"
    assert not SIZE.search("Art. 60 dining chairs")
