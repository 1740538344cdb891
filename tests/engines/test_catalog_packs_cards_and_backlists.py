"""Whole catalogs in three common forms.

- A bulb grower's or seed merchant's entry ends in its order line, the article number and then
  the packs it is sold in, each with its price ("Art. 4417 25 st. € 6,50 · 100 st. € 21,95"):
  the figure after the article number counts the pieces of a pack, never a group of the code.
  Control: an article number printed in digit groups ("Art.-Nr. 2261 9700 00") stays one code.
- A school or office supplies catalogue's card: a photo, the name and copy right of it, and
  under both a foot line with the item code at the left and the price at the right. Control:
  the same cards with a sentence under them (a remark that names an amount) are no products.
- A back page's order form set beside an index by item code (code, dot leaders, page) reads
  as one table; its leaders run entries out to page numbers, so it is never cards side by
  side read across. Control: cards side by side titled by role still are.
- A publisher's backlist: a table per section under column titles ("Title  Author  ISBN
  Format  Published  RRP"), the price set close after the date, so one segment runs from
  the date's column into the price's; every row is read, the ISBN as its code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from catalog_blocks import a4_pdf, one_page, products_of_pdf, table
from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.words import CODE_LABEL, PACK

# --- packs after the article number ---------------------------------------------------------

BULBS = [
    ("Hyacinthus 'Delft Blue'", "4417", [("25 st.", "€ 6,50"), ("100 st.", "€ 21,95")]),
    ("Fritillaria 'Aurora'", "9032", [("5 st.", "€ 8,25")]),
    ("Muscari 'Valerie Finnis'", "3581", [("50 st.", "€ 4,75"), ("250 st.", "€ 19,50")]),
    ("Scilla siberica", "6120", [("40 st.", "€ 3,95")]),
]


def _bulb_page(pdf: FPDF, entries: list[tuple[str, str, list[tuple[str, str]]]]) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(50, 60, "Voorjaarsbloeiers")
    y = 100.0
    for name, code, packs in entries:
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(50, y, name)
        pdf.set_font("Helvetica", "", 9)
        pdf.text(50, y + 14, "Plant in het najaar op een zonnige plek; verwildert goed.")
        pdf.text(50, y + 26, "Bloei: maart-april")
        order = " · ".join(f"{pack} {price}" for pack, price in packs)
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(50, y + 40, f"Art. {code} {order}")
        y += 70


def test_a_pack_after_the_article_number_is_no_part_of_the_code(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    _bulb_page(pdf, BULBS)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes) for p in products] == [(b[0], [b[1]]) for b in BULBS]
    assert [p.prices for p in products] == [[price for _, price in b[2]] for b in BULBS]
    # the packs the prices are for are the entry's sizes, first
    assert [p.sizes[: len(b[2])] for p, b in zip(products, BULBS, strict=True)] == [
        [pack for pack, _ in b[2]] for b in BULBS
    ]


def test_a_count_or_measure_after_the_code_ends_it_in_any_language() -> None:
    def codes(text: str) -> list[str]:
        return [m.group("code") for m in CODE_LABEL.finditer(text)]

    assert codes("Art.-Nr. 4410 10 Stück 12,50 €") == ["4410"]
    assert codes("Ref. 2210 12 uds. 8,40 €") == ["2210"]
    assert codes("Item 5521 24 pcs $9.99") == ["5521"]
    assert codes("Art. 7310 250 g € 3,95") == ["7310"]
    assert codes("Art.-Nr. 2261 9700 15 Stück") == ["2261 9700"]


def test_a_pack_is_counted_in_pieces_right_before_its_price() -> None:
    assert [m.group(0) for m in PACK.finditer("Art. 4410 10 Stück 12,50 € · 50 Stück 49,00 €")] == [
        "10 Stück",
        "50 Stück",
    ]
    assert [m.group(0) for m in PACK.finditer("24 pcs $9.99")] == ["24 pcs"]
    # control: an ordinal, or a count with no price after it, is no pack
    assert [m.group(0) for m in PACK.finditer("the 1st 2 rows; 15 st. per crate")] == []


def test_an_article_number_in_digit_groups_stays_one_code() -> None:
    """Control: groups with no unit after them are the code's own."""
    assert [m.group("code") for m in CODE_LABEL.finditer("Art.-Nr. 2261 9700 00")] == [
        "2261 9700 00"
    ]
    assert [m.group("code") for m in CODE_LABEL.finditer("Art. 1234 56 78 € 5,75")] == [
        "1234 56 78"
    ]
    assert [m.group("code") for m in CODE_LABEL.finditer("Part no. 5H0 071 151 A")] == [
        "5H0 071 151 A"
    ]


# --- cards: photo, text beside it, a foot line of code and price under both ----------------------

CARDS = [
    ("Counting Bears Set", "Grades K-2 · Set of 96", "KT3310", "$24.95"),
    ("Magnetic Letters", "Grades K-1 · Pack of 104", "KT4471", "$18.50"),
    ("Geared Clock Kit", "Grades 1-3 · 1 clock", "KT2208", "$32.99"),
    ("Sand Timer Set", "All grades · Set of 6", "KT5046", "$14.75"),
    ("Letter Stamps", "Grades K-2 · Set of 30", "KT6132", "$21.00"),
    ("Fraction Circles", "Grades 2-5 · Set of 51", "KT7795", "$27.40"),
]


def _card_page(pdf: FPDF, foot: bool, drop: float = 100.0) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(40, 40, "Early Learning")
    for n, (name, line, code, price) in enumerate(CARDS):
        x, y = 40 + (n % 2) * 272, 80 + (n // 2) * 150
        shade = (90 + 25 * n, 140, 200 - 20 * n)
        pdf.image(Image.new("RGB", (70, 70), shade), x=x, y=y, w=70, h=70)
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(x + 80, y + 10, name)
        pdf.set_font("Helvetica", "", 7.5)
        pdf.text(x + 80, y + 24, line)
        pdf.text(x + 80, y + 36, "Sturdy, washable pieces in a storage tub")
        pdf.text(x + 80, y + 46, "with a lid; a teacher guide comes with it.")
        if foot:
            pdf.set_font("Helvetica", "B", 9)
            pdf.text(x, y + drop, code)
            pdf.set_font("Helvetica", "B", 13)
            pdf.text(x + 250 - pdf.get_string_width(price), y + drop, price)
        else:
            pdf.set_font("Helvetica", "", 8)
            pdf.text(x, y + 100, f"Order ten or more and save $5.00 on {code[:2]} sets.")
        pdf.line(x, y + drop + 8, x + 252, y + drop + 8)


@pytest.mark.parametrize("drop", [100.0, 108.0])  # the code close under the photo, or further
def test_a_card_s_foot_line_under_its_photo_gives_its_code_and_price(
    tmp_path: Path, drop: float
) -> None:
    pdf = a4_pdf()
    _card_page(pdf, foot=True, drop=drop)
    products = products_of_pdf(pdf, tmp_path)
    found = sorted((p.name, p.codes, p.prices) for p in products)
    assert found == sorted((name, [code], [price]) for name, _, code, price in CARDS)


def test_a_remark_under_cards_is_no_foot_line(tmp_path: Path) -> None:
    """Control: a sentence under the cards names an amount, but it is no foot of code and
    price: the cards have no evidence, and are no products."""
    pdf = a4_pdf()
    _card_page(pdf, foot=False)
    assert products_of_pdf(pdf, tmp_path) == []


# --- an order form beside an index by item code ---------------------------------------------


def test_an_index_by_item_code_beside_an_order_form_gives_no_products() -> None:
    leader = ". . . . . . . . . . . . . . . . . . ."
    rows = [
        ["Name:", "", "", "Index", "by item code", ""],
        ["Address:", "", "", "KT2208", leader, "4"],
        ["Phone:", "", "", "KT3310", leader, "4"],
        ["P.O. number:", "", "", "KT4471", leader, "5"],
        ["", "", "", "KT5046", leader, "5"],
        ["Item #", "Description", "Qty", "", "", ""],
        ["", "", "", "KT6132", leader, "6"],
    ]
    assert products_from_layout(one_page(table(rows))) == []


def test_cards_side_by_side_titled_by_role_are_still_read_across() -> None:
    """Control: a table whose first column titles its rows by role, no leaders in it."""
    rows = [
        ["Model", "Aria 200", "Aria 300"],
        ["Art. No.", "AR-200", "AR-300"],
        ["Price", "€ 199,00", "€ 249,00"],
    ]
    products = products_from_layout(one_page(table(rows)))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Aria 200", ["AR-200"], ["€ 199,00"]),
        ("Aria 300", ["AR-300"], ["€ 249,00"]),
    ]


# --- a publisher's backlist ----------------------------------------------------------------

BOOKS = [
    ("The Drovers' Roads", "Owen Pryce", "978-0-85331-221-6", "Hardback", "Sep 2021", "£24.99"),
    ("Salt and Stone", "Ruth Calder", "978-0-85331-104-2", "Paperback", "Mar 2019", "£9.99"),
    ("Birds of the Estuary", "Ann Hale", "978-0-85331-318-3", "Flexibound", "Jun 2016", "£16.99"),
    ("A Year in the Fells", "Tom Rigg", "978-0-85331-402-9", "Paperback", "Oct 2020", "£12.99"),
    ("Lost Mills of the Dale", "Kay Booth", "978-0-85331-517-0", "Hardback", "Apr 2014", "£22.99"),
]


def _backlist_page(pdf: FPDF, books: list[tuple[str, ...]]) -> None:
    pdf.add_page()
    pdf.set_font("Times", "B", 15)
    pdf.text(40, 60, "Landscape and Local History")
    pdf.set_font("Helvetica", "B", 7.5)
    for x, title in ((44, "Title"), (230, "Author"), (340, "ISBN"), (432, "Format")):
        pdf.text(x, 98, title)
    pdf.text(490, 98, "Published")
    pdf.text(551 - pdf.get_string_width("RRP"), 98, "RRP")
    pdf.line(40, 102, 555, 102)
    pdf.set_font("Helvetica", "", 7.5)
    y = 114.0
    for name, author, isbn, binding, date, price in books:
        for x, text in ((44, name), (230, author), (340, isbn), (432, binding), (490, date)):
            pdf.text(x, y, text)
        pdf.text(551 - pdf.get_string_width(price), y, price)  # close after the date
        pdf.set_draw_color(215, 215, 215)
        pdf.line(40, y + 4, 555, y + 4)
        pdf.set_draw_color(0, 0, 0)
        y += 16


def test_a_backlist_s_rows_are_read_under_its_column_titles(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    _backlist_page(pdf, BOOKS)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (b[0], [b[2]], [b[5]]) for b in BOOKS
    ]
    assert all("Published" not in p.name for p in products)
