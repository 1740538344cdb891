"""A dealer's stock list keeps sold pieces on it, the price cell saying so ("VENDUTO", "SOLD"):
no longer offered, no products; the pieces' serial numbers ("Matricola", "Serial no.") are
their codes beside the list's reference, and a column of remarks in small letters ("custodia
rigida") never names the rows, however wordier than the models beside it. A product's line
beside its photo broken by a badge ("MY26" then "Art. 26-1813") or its price set beside the
one struck ("£1,199.00  £1,399.00") reads whole, while what the offer saves ("Save £200.00")
and what a buyer must spend ("min. spend £500") are no prices. A price chip's label ("One-time
purchase", "Subscribe & Save") over the chips' prices names no product; the chips under a
box (their row read as one table across the boxes) are that box's prices. Controls: the same
list with every piece priced, a photo's text without a badge, names that merely open with such
words."""

from __future__ import annotations

from catalog_blocks import one_page, table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block

HEAD = ["Rif.", "Strumento", "Anno", "Matricola", "Cond.", "Note", "Prezzo"]
ROWS = [
    ["U27-233", "Fender Blues Junior IV", "2019", "FU9978064", "B", "valvole nuove 2025", "€ 490"],
    ["U27-240", "Marshall DSL40CR", "2020", "FK3868271", "A", "footswitch incluso", "€ 570"],
    ["U27-247", "Boss GT-1000", "2021", "AE5710263", "B", "", "VENDUTO"],
    ["U27-254", "Strymon BigSky", "2019", "FD9895014", "A", "scatola e manuale", "€ 380"],
    ["U27-261", "Vox AC15C1", "2018", "VX4410236", "C", "altoparlante nuovo", "SOLD"],
]


def test_sold_rows_of_a_dealer_list_are_no_products() -> None:
    products = products_from_layout(one_page(table([HEAD, *ROWS])))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Fender Blues Junior IV", ["U27-233", "FU9978064"], ["€ 490"]),
        ("Marshall DSL40CR", ["U27-240", "FK3868271"], ["€ 570"]),
        ("Strymon BigSky", ["U27-254", "FD9895014"], ["€ 380"]),
    ]


def test_every_piece_priced_every_row_a_product_named_by_its_model() -> None:
    priced = [[*r[:6], "€ 300"] if r[6] in ("VENDUTO", "SOLD") else r for r in ROWS]
    products = products_from_layout(one_page(table([HEAD, *priced])))
    assert [p.name for p in products] == [r[1] for r in ROWS]


def _text(kind: str, box: tuple[float, float, float, float], text: str, size: float) -> Block:
    return Block(kind, box, text, font_size=size, bold=kind == "heading", lines=text.split("\n"))


def _bike(top: float, name: str, badge: bool) -> list[Block]:
    """A bike's photo and, right of it, its name, badge and article number on one line, its
    price beside the one struck, the saving and the finance offer under them."""
    code = [
        _text("paragraph", (355, top + 25, 373, top + 34), "MY26", 7),
        _text("paragraph", (384, top + 24, 428, top + 34), "Art. 26-1813", 8),
    ]
    if not badge:  # the article number where the badge was, close to the photo
        code = [_text("paragraph", (355, top + 24, 399, top + 34), "Art. 26-1813", 8)]
    return [
        Block("figure", (36, top - 4, 336, top + 166), "", image_index=0),
        _text("heading", (352, top, 555, top + 20), name, 17),
        *code,
        _text("paragraph", (352, top + 49, 450, top + 75), "£1,199.00", 22),
        _text("heading", (352, top + 78, 402, top + 88), "Save £200.00", 8),
        _text("paragraph", (470, top + 60, 519, top + 72), "£1,399.00", 11),
        _text(
            "paragraph",
            (352, top + 94, 525, top + 116),
            "or 0% finance over 12 months (min. spend £500)\nFree first service within 8 weeks",
            8,
        ),
    ]


def test_a_line_broken_by_a_badge_beside_a_photo_reads_whole() -> None:
    products = products_from_layout(one_page(*_bike(80, "Ridgeback Trail 29 Deore", True)))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Ridgeback Trail 29 Deore", ["26-1813"], ["£1,199.00", "£1,399.00"])
    ]


def test_a_code_set_close_to_the_photo_without_a_badge() -> None:
    products = products_from_layout(one_page(*_bike(80, "Ridgeback Trail 29 Deore", False)))
    assert [(p.name, p.codes) for p in products] == [("Ridgeback Trail 29 Deore", ["26-1813"])]


def test_price_chip_labels_name_no_products() -> None:
    """Two boxes side by side, a row of price chips at each box's foot, three rows of boxes:
    each row's chips read as a table of their labels over their prices."""
    labels = ["One-time purchase", "Subscribe & Save", "One-time purchase", "Subscribe & Save"]
    prices = [["$18.99", "$17.09", "$21.49", "$19.34"], ["$9.99", "$8.99", "$12.49", "$11.24"]]
    prices.append(["$34.99", "$31.49", "$11.99", "$10.79"])
    chips = [table([labels, row], top=150 + 200 * n) for n, row in enumerate(prices)]
    assert [p.name for p in products_from_layout(one_page(*chips))] == []


def test_names_opening_with_a_chip_s_words_are_products() -> None:
    rows = [
        ["Item", "Description", "Price"],
        ["SB-100", "Subscription box, deluxe", "$29.99"],
        ["SB-200", "Repeat delivery tote bag", "$9.99"],
        ["SB-300", "One-time gift card sleeve", "$2.49"],
    ]
    products = products_from_layout(one_page(table(rows)))
    assert [p.name for p in products] == [r[1] for r in rows[1:]]


def _box(left: float, top: float, name: str, sku: str) -> list[Block]:
    """A box's photo, its name and SKU right of the photo, a row of option chips under it."""
    return [
        Block("figure", (left, top, left + 96, top + 84), "", image_index=0),
        _text("heading", (left + 106, top + 3, left + 236, top + 16), name, 11),
        _text("paragraph", (left + 106, top + 33, left + 208, top + 55), f"SKU {sku}", 7.5),
        _text("caption", (left + 2, top + 97, left + 27, top + 106), "Size:", 7.5),
    ]


def test_price_chips_under_boxes_price_the_box_over_them() -> None:
    columns = [(46.0, 105.5), (173.5, 232.6), (323.0, 382.5), (450.5, 509.6)]
    labels = ["One-time purchase", "Subscribe & Save", "One-time purchase", "Subscribe & Save"]
    blocks = []
    prices = [["$18.99", "$17.09", "$21.49", "$19.34"], ["$9.99", "$8.99", "$12.49", "$11.24"]]
    names = [("Puppy Kibble", "PS-40497", "Dental Chews", "PS-40205")]
    names.append(("Liver Bites", "PS-40822", "Rope Toy", "PS-40585"))
    for n, (row, (a, a_sku, b, b_sku)) in enumerate(zip(prices, names, strict=True)):
        top = 108 + 206 * n
        blocks += [*_box(44, top, a, a_sku), *_box(321, top, b, b_sku)]
        chips = Block("table", (46, top + 143, 510, top + 173), "", rows=[labels, row])
        chips.columns = columns
        blocks.append(chips)
    products = products_from_layout(one_page(*blocks))
    assert [(p.name, p.prices) for p in products] == [
        ("Puppy Kibble", ["$18.99", "$17.09"]),
        ("Dental Chews", ["$21.49", "$19.34"]),
        ("Liver Bites", ["$9.99", "$8.99"]),
        ("Rope Toy", ["$12.49", "$11.24"]),
    ]
