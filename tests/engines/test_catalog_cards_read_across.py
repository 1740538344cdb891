"""Cards side by side whose lines stand level, read across as a table a column (or two) a card:
a spice merchant's hexagonal tiles (the name, its origin, its code, "50 g tin £3.20" and
"100 g refill £5.10", centred in the tile; a tile among them holding the shop's mark) and a
sign maker's cards (the name, "SS-W104 · 200 × 300 mm", then "Rigid PVC" and
"Self-adhesive" each with its price at the card's right). Each card is a product named by its
name, its prices and sizes in the order printed; the labels of a card's prices ("Rigid
PVC"), repeated on every card, are no products. Controls: a price list whose rows are its
products keeps them; a comparison of cards with bare prices is read as before."""

from __future__ import annotations

import math
from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf, table
from fpdf import FPDF

from pdfqueue.engines.catalog.card_columns import card_columns

SPICES = [
    ("Whole Cumin Seed", "Rajasthan, India", "SP-151", "£3.20", "£5.10"),
    ("Fennel Seed", "Egypt", "SP-156", "£2.95", "£4.60"),
    ("Star Anise", "Guangxi, China", "SP-178", "£4.60", None),
    ("Kashmiri Chilli Powder", "Kashmir, India", "SP-163", "£3.75", "£5.95"),
]
SIGNS = [
    ("Wet floor warning sign", "SS-W104", "200 × 300 mm", "£5.40", "£3.95"),
    ("No smoking sign", "SS-P201", "200 × 300 mm", "£5.40", "£3.95"),
    ("Ear protection mandatory sign", "SS-M302", "300 × 400 mm", "£8.90", "£6.60"),
]


def _centre(pdf: FPDF, x: float, y: float, text: str) -> None:
    pdf.text(x - pdf.get_string_width(text) / 2, y, text)


def _hexagon(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    return [
        (cx + r * math.cos(math.radians(a)), cy + r * math.sin(math.radians(a)))
        for a in (-90, -30, 30, 90, 150, 210)
    ]


def _tiles(pdf: FPDF, spices: list, mark_at: int | None, cy: float) -> None:
    slots = len(spices) + (mark_at is not None)
    for slot in range(slots):
        cx = 110 + 125 * slot
        pdf.polygon(_hexagon(cx, cy, 68), style="D")
        if slot == mark_at:
            pdf.set_font("Times", "B", 14)
            _centre(pdf, cx, cy - 4, "S & S")
            pdf.set_font("Times", "I", 7)
            _centre(pdf, cx, cy + 10, "ground to order")
            continue
        name, origin, code, tin, refill = spices[slot - (mark_at is not None and slot > mark_at)]
        pdf.set_font("Helvetica", "B", 8.5)
        _centre(pdf, cx, cy - 24, name)
        pdf.set_font("Times", "I", 7.5)
        _centre(pdf, cx, cy - 13, origin)
        pdf.set_font("Helvetica", "", 6.5)
        _centre(pdf, cx, cy - 3, code)
        pdf.set_font("Helvetica", "B", 7.5)
        _centre(pdf, cx, cy + 11, f"50 g tin {tin}")
        if refill:
            pdf.set_font("Helvetica", "", 7.5)
            _centre(pdf, cx, cy + 21, f"100 g refill {refill}")


def test_hexagonal_tiles_in_a_row_are_products(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    _tiles(pdf, SPICES[:2], 1, 200)  # the shop's mark between two tiles
    _tiles(pdf, SPICES[2:], None, 320)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices, p.sizes) for p in products] == [
        (
            name,
            [code],
            [tin, refill] if refill else [tin],
            ["50 g", "100 g"] if refill else ["50 g"],
        )
        for name, _, code, tin, refill in SPICES
    ]


def _right(pdf: FPDF, x: float, y: float, text: str) -> None:
    pdf.text(x - pdf.get_string_width(text), y, text)


def test_sign_cards_with_their_prices_at_the_right_are_products(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    for n, (name, code, size, rigid, vinyl) in enumerate(SIGNS):
        x, width = 38 + 180 * n, 172
        pdf.rect(x, 74, width, 226)
        pdf.set_font("Helvetica", "B", 7.5)
        _centre(pdf, x + width / 2, 180, " ".join(name.split()[:2]).upper())  # the sign's own
        pdf.set_font("Helvetica", "B", 9.5)
        _centre(pdf, x + width / 2, 224, name)
        pdf.set_font("Helvetica", "", 7.5)
        _centre(pdf, x + width / 2, 237, f"{code}  ·  {size}")
        pdf.set_font("Helvetica", "", 8)
        pdf.text(x + 16, 256, "Rigid PVC")
        pdf.text(x + 16, 270, "Self-adhesive")
        pdf.set_font("Helvetica", "B", 9)
        _right(pdf, x + width - 16, 256, rigid)
        _right(pdf, x + width - 16, 270, vinyl)
        pdf.line(x + 16, 260, x + width - 16, 260)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices, p.sizes) for p in products] == [
        (name, [code], [rigid, vinyl], [size]) for name, code, size, rigid, vinyl in SIGNS
    ]


def test_a_price_lists_rows_are_no_cards() -> None:
    """Control: a table whose rows are products (a name, a code, a price each) reads no
    card; nor does a table of titles over its columns."""
    rows = [["Whole Cumin Seed", "SP-151", "£3.20"], ["Fennel Seed", "SP-156", "£2.95"]]
    rows += [["Star Anise", "SP-178", "£4.60"]]
    assert card_columns(table(rows), 1, 0) == []
    assert card_columns(table([["Spice", "Code", "50 g tin"], *rows]), 1, 0) == []


def test_cards_with_bare_prices_are_left_to_the_comparison_reading() -> None:
    """Control: cards whose price stands bare on its line ("38,00 €") offer no sized line:
    no cards here (the transposed comparison reads them)."""
    rows = [
        ["Zócalo PVC aluminio", "Cornisa superior", "Costado decorativo"],
        ["Ref. LN-ZO-240", "Ref. LN-CO-240", "Ref. LN-CD-072"],
        ["L. 240 × Al. 10 cm", "L. 240 × Al. 4 cm", "Al. 72 × Fo. 58 cm"],
        ["38,00 €", "46,00 €", "72,00 €"],
    ]
    assert card_columns(table(rows), 1, 0) == []


def test_a_name_run_on_over_its_cards_prices_and_a_note_among_the_cards() -> None:
    """A long name run on over its card's column of prices ("Ear protection mandatory" |
    "sign") is the card's whole name; a tile of the shop's ordering note among the cards,
    titled but offering nothing, is no card and keeps the others."""
    rows = [
        ["Ear protection mandatory", "sign", "How to order", "Hand washing sign", ""],
        ["SS-M302 · 200 × 300 mm", "", "Online, by phone", "SS-M315 · 150 × 200 mm", ""],
        ["Rigid PVC", "£5.40", "or at the stall. Post £3.20, free over £35", "Rigid PVC", "£3.80"],
        ["Self-adhesive", "£3.95", "", "Self-adhesive", "£2.75"],
    ]
    products = card_columns(table(rows), 1, 0)
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Ear protection mandatory sign", ["SS-M302"], ["£5.40", "£3.95"]),
        ("Hand washing sign", ["SS-M315"], ["£3.80", "£2.75"]),
    ]


def test_cards_as_a_scan_reads_them_a_code_misread_and_its_dot_a_dash() -> None:
    """As OCR reads the cards: the dot between a code and its format a dash ("SS-W104 - 200 x
    300 mm"), one card's code misread ("$S-W125"): still three cards, the misread one
    without its code. Control: cards none of which shows a code are none (a table of a
    shop's offers by size, read as before)."""
    rows = [
        ["Wet floor warning sign", "", "High voltage warning sign", "", "Forklift trucks sign", ""],
        ["SS-W104 - 200 x 300 mm", "", "SS-W112 - 200 x 300 mm", "", "$S-W125 - 300 x 400 mm", ""],
        ["Rigid PVC", "£5.40", "Rigid PVC", "£5.40", "Rigid PVC", "£8.90"],
        ["Self-adhesive", "£3.95", "Self-adhesive", "£3.95", "Self-adhesive", "£6.60"],
    ]
    products = card_columns(table(rows), 1, 0)
    assert [(p.name, p.codes, p.sizes) for p in products] == [
        ("Wet floor warning sign", ["SS-W104"], ["200 x 300 mm"]),
        ("High voltage warning sign", ["SS-W112"], ["200 x 300 mm"]),
        ("Forklift trucks sign", [], ["300 x 400 mm"]),
    ]
    uncoded = [[c.replace("SS-W1", "$S-W1") for c in r] for r in rows]
    assert card_columns(table(uncoded), 1, 0) == []
