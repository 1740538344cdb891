"""Documents that name, picture and price products without offering them, and a brochure's
cards that a page border made one table: a magazine's buyer's guide (each model scored out of
ten at its typical price, how it was tested, a table comparing them), an appliance maker's
guarantee (product ranges, the models each covers, the years), an architect's door-hardware
schedule (sets of items by manufacturer's reference, finish and quantity per door, the titles
set again over each set), and a hamper brochure inside a page border, its cards ruled apart,
the last card's photo over a section of small gift boxes. Controls: a catalog's star ratings
and "Our pick" badges, a catalog quoting one score, a guarantee table naming one model a row,
a comparison read across, and a parts list framed and ruled by rows keep their products."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF
from PIL import Image


def _rows(pdf: FPDF, top: float, columns: list[float], rows: list[list[str]]) -> float:
    """A table set as text: a row every 16 points, a cell at each column's left edge."""
    for k, row in enumerate(rows):
        pdf.set_font("Helvetica", "B" if k == 0 else "", 8.5)
        for x, cell in zip(columns, row, strict=True):
            pdf.text(x, top + 16 * k, cell)
    return top + 16 * len(rows)


# --- a buyer's guide: models scored out of ten at their typical prices ----------------------

VACUUMS = [
    ("Aerolux V12", 349, 9, "The best all-rounder: strong on carpets and quiet."),
    ("Kestrel Storm 5", 279, 8, "Nearly as powerful for much less; the bin is fiddly."),
    ("Tidal CleanPro S", 219, 7, "Light and nimble, with a swappable battery."),
    ("Orbis Feather 2", 149, 7, "Good on hard floors, weak on deep carpet."),
]


def _guide_entry(pdf: FPDF, top: float, name: str, line: str, remark: str) -> None:
    pdf.set_font("Times", "B", 13)
    pdf.text(40, top, name)
    pdf.set_font("Helvetica", "B", 8)
    pdf.text(40, top + 14, line)
    pdf.set_font("Times", "", 10)
    pdf.text(40, top + 30, remark)


def _guide(pdf: FPDF, line: str, method: str, table_title: str) -> None:
    pdf.add_page()
    pdf.set_font("Times", "B", 26)
    pdf.text(40, 70, "Four cordless vacuums, one winner")
    for n, (name, price, score, remark) in enumerate(VACUUMS):
        _guide_entry(pdf, 120 + 70 * n, name, line.format(score=score, price=price), remark)
    pdf.set_font("Helvetica", "B", 9)
    pdf.text(40, 420, method)
    rows = [["Model", table_title, "Weight"]]
    for n, (name, price, _, _) in enumerate(VACUUMS):
        rows.append([name, f"£{price}", f"{2 + n / 10:.1f} kg"])
    _rows(pdf, 460, [40, 240, 340], rows)


def test_a_buyer_s_guide_scoring_models_at_their_typical_prices_offers_none(
    tmp_path: Path,
) -> None:
    pdf = a4_pdf(windows_1252=True)
    _guide(pdf, "SCORE {score}/10  ·  Typical price £{price}", "HOW WE TEST", "Typical price")
    assert products_of_pdf(pdf, tmp_path) == []


def test_a_catalog_s_star_ratings_and_our_pick_badges_keep_its_products(tmp_path: Path) -> None:
    # a shop's own prices, its customers' ratings out of five, its badges: no tester speaks
    pdf = a4_pdf(windows_1252=True)
    _guide(pdf, "Rating 4.{score}/5  ·  Our pick  ·  £{price}", "FREE DELIVERY", "Price")
    names = {p.name for p in products_of_pdf(pdf, tmp_path)}
    assert {name for name, _, _, _ in VACUUMS} <= names


def test_a_catalog_quoting_one_magazine_score_keeps_its_products(tmp_path: Path) -> None:
    # "Score 9/10" quoted from the press is one way of a tester's voice, not a review
    pdf = a4_pdf(windows_1252=True)
    _guide(pdf, "Score {score}/10 (Home Tech)  ·  £{price}", "FREE DELIVERY", "Price")
    names = {p.name for p in products_of_pdf(pdf, tmp_path)}
    assert {name for name, _, _, _ in VACUUMS} <= names


# --- a guarantee: product ranges, the models each covers, the years ---------------------------

RANGES = [
    ("Kettles", "Vireo K1, K2 Rapid, K3 Glass", "K2-300"),
    ("Toasters", "Vireo T2, T4 Long Slot", "T4-410"),
    ("Stand mixers", "Vireo Mixa 5, Mixa 7 Pro", "MX-705"),
    ("Coffee machines", "Vireo Barista B6, BC9", "BC-900"),
]


def _guarantee(pdf: FPDF, models: int) -> None:
    pdf.add_page()
    pdf.set_font("Times", "B", 22)
    pdf.text(40, 60, "Warranty & Returns Policy")
    pdf.set_font("Helvetica", "", 9)
    pdf.text(40, 90, "Every appliance is guaranteed against defects for the period below.")
    rows = [["Product range", "Models covered", "Guarantee", "If registered"]]
    for name, listed, one in RANGES:
        rows.append([name, listed if models > 1 else one, "2 years", "3 years"])
    _rows(pdf, 120, [40, 170, 395, 480], rows)


def test_a_guarantee_s_ranges_and_the_models_each_covers_offer_none(tmp_path: Path) -> None:
    pdf = a4_pdf()
    _guarantee(pdf, models=3)
    assert products_of_pdf(pdf, tmp_path) == []


def test_a_list_of_one_model_a_row_keeps_its_rows(tmp_path: Path) -> None:
    # the control: a model's code a row is an article's, listed without a price
    pdf = a4_pdf()
    _guarantee(pdf, models=1)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes) for p in products] == [(n, [c]) for n, _, c in RANGES]


# --- a door-hardware schedule: titles set again over each set -----------------------------

SETS = [
    (
        "IS-01  Office doors, single leaf",
        [
            ("Lever handle on rose", "Allgood 7103/19", "SSS", "1 pair"),
            ("Sashlock 60 mm backset", "Union JL2277", "SSS", "1"),
            ("Euro cylinder 70 mm", "Union J2X10", "SCP", "1"),
        ],
    ),
    (
        "IS-02  WC doors",
        [
            ("Lever handle on rose", "Allgood 7103/19", "SSS", "1 pair"),
            ("Bathroom lock 60 mm", "Union JL2226", "SSS", "1"),
            ("Turn and release", "Allgood 8110", "SSS", "1"),
        ],
    ),
]


def test_a_door_hardware_schedule_titled_again_over_each_set_offers_none(
    tmp_path: Path,
) -> None:
    pdf = a4_pdf()
    pdf.add_page(orientation="L")
    pdf.set_font("Helvetica", "B", 13)
    pdf.text(36, 60, "32.4 Ironmongery schedule")
    top = 100.0
    for title, items in SETS:
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(44, top, title)
        pdf.text(640, top, "Doors: D1.04, D1.05")
        rows = [["Item", "Basis of design", "Finish", "Qty / door"], *map(list, items)]
        top = _rows(pdf, top + 18, [44, 250, 430, 560], rows) + 10
    assert products_of_pdf(pdf, tmp_path) == []


def test_a_comparison_titled_down_its_first_column_is_still_read_across(tmp_path: Path) -> None:
    # the control: titles down the first column ("Art. No.", "Price"), models across the top
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    rows = [
        ["Model", "Hydra 3-45", "Hydra 5-60", "Hydra 7-80"],
        ["Art. No.", "40211", "40212", "40213"],
        ["Flow", "45 l/min", "60 l/min", "80 l/min"],
        ["Price", "€ 349", "€ 449", "€ 599"],
    ]
    _rows(pdf, 120, [40, 200, 320, 440], rows)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes) for p in products] == [
        ("Hydra 3-45", ["40211"]),
        ("Hydra 5-60", ["40212"]),
        ("Hydra 7-80", ["40213"]),
    ]


# --- a hamper brochure inside a page border, its cards ruled apart -------------------------

HAMPERS = [
    ("The Teatime Tin", "H-259", "£38.00", ["Earl Grey tea 100 g", "Lemon curd 220 g"]),
    ("The Grand Ashdown", "H-210", "£195.00", ["Champagne 75 cl", "Christmas cake 900 g"]),
    ("The Vegan Feast", "H-289", "£72.00", ["Mushroom pâté 180 g", "Spiced nuts 150 g"]),
]
BOXES = [
    ("Chocolate Trio Box", "G-263", "£18.50", "milk, dark and caramel bars, 3 × 90 g"),
    ("Stocking Filler Box", "G-281", "£14.00", "fudge 100 g, shortbread 75 g"),
    ("Cheese Lover's Box", "G-277", "£24.00", "Cheddar 200 g, crackers 100 g"),
]


def _hampers(pdf: FPDF) -> None:
    pdf.add_page()
    pdf.set_line_width(0.8)
    pdf.rect(20, 20, pdf.w - 40, pdf.h - 40)  # the page's border
    pdf.set_line_width(0.2)
    pdf.set_font("Times", "B", 22)
    pdf.text(200, 72, "Hampers & Gift Boxes")
    y = 92.0
    for n, (name, ref, price, contents) in enumerate(HAMPERS):
        pdf.image(Image.new("RGB", (150, 112), (150, 110, 60 + 40 * n)), x=40, y=y, w=150, h=112)
        pdf.set_font("Times", "B", 15)
        pdf.text(206, y + 14, name)
        pdf.set_font("Times", "B", 14)
        pdf.text(pdf.w - 40 - pdf.get_string_width(price), y + 14, price)
        pdf.set_font("Helvetica", "", 7.5)
        pdf.text(206, y + 28, f"Ref. {ref}  ·  Presented in a gift box")
        pdf.set_font("Helvetica", "B", 7.5)
        pdf.text(206, y + 44, "Contents")
        pdf.set_font("Helvetica", "", 7.5)
        for k, item in enumerate(contents):
            pdf.text(206, y + 57 + 11 * k, f"-  {item}")
        pdf.line(40, y + 126, pdf.w - 40, y + 126)  # the rule under each card
        y += 138
    pdf.set_font("Times", "B", 13)
    pdf.text(40, y + 6, "Small gift boxes")
    for k, (name, ref, price, contents) in enumerate(BOXES):
        yy = y + 26 + 30 * k
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(40, yy, name)
        pdf.text(pdf.w - 40 - pdf.get_string_width(price), yy, price)
        pdf.set_font("Helvetica", "", 7.5)
        pdf.text(40, yy + 11, f"Ref. {ref}  ·  {contents}")


def test_hamper_cards_ruled_apart_inside_a_page_border_are_each_a_product(
    tmp_path: Path,
) -> None:
    pdf = a4_pdf(windows_1252=True)
    _hampers(pdf)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices[:1]) for p in products] == [
        (name, [ref], [price]) for name, ref, price, *_ in [*HAMPERS, *BOXES]
    ]


def test_a_parts_list_framed_and_ruled_by_rows_is_still_a_table(tmp_path: Path) -> None:
    # the control: a frame round a two-column list, a rule under each row, each description
    # wrapped over two lines
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    items = [
        ("Blade 46 cm, hardened steel,", "with centring ring", "£34.50"),
        ("Blade 53 cm, hardened steel,", "with centring ring", "£39.95"),
        ("Rear wheel 200 mm with ball", "bearing and hub cap", "£12.95"),
        ("Front wheel 180 mm with ball", "bearing and hub cap", "£11.40"),
    ]
    pdf.rect(40, 100, 400, 20 + 36 * len(items))
    pdf.set_font("Helvetica", "B", 8)
    pdf.text(48, 114, "Description")
    pdf.text(380, 114, "Price")
    pdf.set_font("Helvetica", "", 8)
    for k, (first, second, price) in enumerate(items):
        pdf.line(40, 120 + 36 * k, 440, 120 + 36 * k)
        pdf.text(48, 132 + 36 * k, first)
        pdf.text(48, 142 + 36 * k, second)
        pdf.text(380, 132 + 36 * k, price)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.prices) for p in products] == [(f"{a} {b}", [p]) for a, b, p in items]
