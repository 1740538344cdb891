"""A badge printed right after a product's name ("NEW", "SALE", "-20%", "Bestseller", "Top"),
white on a coloured box, in a colour of its own, or as capitals in smaller bold type: the text
layer gives it as words on the name's line, and the name ran on into it ("Trail runner shoe
NEW"). The badge is known by its print, not by a word list: a name that has "New" in it, set
like the rest of the name ("New Balance 574", "New York Cheesecake mix"), keeps it. Controls: a
name's last word in the name's own style, a longer phrase in another colour, and a lowercase
remark in grey stay in the name."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import DocumentLayout, PageLayout, analyse_document

ROWS = [
    ("AB-101", "Trail runner shoe", "NEW", "89,00"),
    ("AB-102", "New Balance 574", "", "99,00"),
    ("AB-103", "Canvas sneaker low", "-20%", "49,00"),
    ("AB-104", "Leather boot brown", "Bestseller", "149,00"),
    ("AB-105", "New York Cheesecake mix", "SALE", "9,90"),
    ("AB-106", "Wool sock pack", "Top", "12,50"),
]
NAMES = [name for _, name, _, _ in ROWS]


def _boxed(pdf: FPDF, x: float, y: float, text: str) -> None:
    """A badge white on a red box, its baseline at `y`."""
    pdf.set_font("Helvetica", "B", 7)
    pdf.set_fill_color(210, 30, 40)
    pdf.rect(x, y - 8, pdf.get_string_width(text) + 6, 11, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.text(x + 3, y, text)
    pdf.set_text_color(0, 0, 0)


def _coloured(pdf: FPDF, x: float, y: float, text: str) -> None:
    pdf.set_font("Helvetica", "B", 8)
    pdf.set_text_color(200, 0, 0)
    pdf.text(x, y, text)
    pdf.set_text_color(0, 0, 0)


def _price_list(rows: list[tuple[str, str, str, str]], badge=_coloured) -> FPDF:
    """A price list: code, name (a badge right after it), price."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 50, "Footwear price list")
    pdf.set_font("Helvetica", "B", 9)
    for x, title in ((40, "Code"), (120, "Article"), (480, "Price")):
        pdf.text(x, 80, title)
    y = 100.0
    for code, name, mark, price in rows:
        pdf.set_font("Helvetica", "", 10)
        pdf.text(40, y, code)
        pdf.text(120, y, name)
        pdf.text(520 - pdf.get_string_width(price), y, price)
        if mark:
            badge(pdf, 120 + pdf.get_string_width(name) + 6, y, mark)
        y += 18
    return pdf


def _cards(badge=_boxed) -> FPDF:
    """Framed cards three to a row: the name (a badge after it), the article number, the
    price."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 50, "Shoes")
    for n, (code, name, mark, price) in enumerate(ROWS):
        x, y = 40 + (n % 3) * 180, 90 + (n // 3) * 160
        pdf.set_draw_color(180, 180, 180)
        pdf.rect(x, y, 165, 140)
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(x + 8, y + 70, name)
        if mark:
            badge(pdf, x + 8 + pdf.get_string_width(name) + 5, y + 70, mark)
        pdf.set_font("Helvetica", "", 8)
        pdf.text(x + 8, y + 88, "Art. " + code)
        pdf.set_font("Helvetica", "B", 13)
        pdf.text(x + 8, y + 115, price + " EUR")
    return pdf


def test_a_badge_in_its_own_colour_after_a_listed_name_is_no_part_of_it(tmp_path: Path) -> None:
    products = products_of_pdf(_price_list(ROWS), tmp_path)
    assert [p.name for p in products] == NAMES
    assert [p.prices for p in products] == [[row[3]] for row in ROWS]


def test_a_badge_on_a_coloured_box_after_a_card_s_name_is_no_part_of_it(tmp_path: Path) -> None:
    products = products_of_pdf(_cards(), tmp_path)
    assert [p.name for p in products] == NAMES


def test_a_capitals_badge_in_smaller_bold_type_is_no_part_of_the_name(tmp_path: Path) -> None:
    def small_capitals(pdf: FPDF, x: float, y: float, text: str) -> None:
        pdf.set_font("Helvetica", "B", 7)
        pdf.text(x, y, text.upper())

    rows = [(c, n, m, p) for c, n, m, p in ROWS if m != "-20%"]
    products = products_of_pdf(_price_list(rows, small_capitals), tmp_path)
    assert [p.name for p in products] == [row[1] for row in rows]


def test_badges_survive_the_stored_layout(tmp_path: Path) -> None:
    """The pipeline stores each page's layout and reads products from it later."""
    path = tmp_path / "list.pdf"
    _price_list(ROWS).output(str(path))
    stored = [PageLayout.from_dict(p.to_dict()) for p in analyse_document(path).pages]
    assert ("shoe", "NEW") in stored[0].badges
    assert [p.name for p in products_from_layout(DocumentLayout(stored))] == NAMES


def test_words_of_a_name_in_its_own_style_stay(tmp_path: Path) -> None:
    """Controls: a name ending in capitals set like the rest ("Drill PRO"), a remark in grey
    lowercase after a name, a phrase of three words in another colour."""

    def grey(pdf: FPDF, x: float, y: float, text: str) -> None:
        pdf.set_font("Helvetica", "", 10)
        pdf.set_text_color(120, 120, 120)
        pdf.text(x, y, text)
        pdf.set_text_color(0, 0, 0)

    rows = [
        ("DR-200", "Cordless drill PRO", "", "129,00"),
        ("DR-201", "Impact driver", "compact", "99,00"),
        ("DR-202", "Angle grinder", "Blue Steel Edition", "89,00"),
        ("DR-203", "New line sander", "", "59,00"),
    ]
    products = products_of_pdf(_price_list(rows, grey), tmp_path)
    assert [p.name for p in products] == [
        "Cordless drill PRO",
        "Impact driver compact",
        "Angle grinder Blue Steel Edition",
        "New line sander",
    ]


def test_capitals_in_smaller_type_inside_a_name_stay(tmp_path: Path) -> None:
    """Control: an acronym in small bold capitals with the name running on after it ("with
    DOLBY Atmos") ends no phrase, so it is no badge."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 50, "Audio price list")
    pdf.set_font("Helvetica", "B", 9)
    for x, title in ((40, "Code"), (120, "Article"), (480, "Price")):
        pdf.text(x, 80, title)
    rows = [
        ("SB-10", "Soundbar with", "DOLBY", "Atmos", "349,00"),
        ("SB-11", "Speaker pair with", "HDMI", "input", "199,00"),
        ("SB-12", "Subwoofer", "", "", "249,00"),
    ]
    y = 100.0
    for code, head, acronym, tail, price in rows:
        pdf.set_font("Helvetica", "", 10)
        pdf.text(40, y, code)
        pdf.text(120, y, head)
        pdf.text(520 - pdf.get_string_width(price), y, price)
        x = 120 + pdf.get_string_width(head + " ")
        if acronym:
            pdf.set_font("Helvetica", "B", 7.5)
            pdf.text(x, y, acronym)
            x += pdf.get_string_width(acronym + " ")
            pdf.set_font("Helvetica", "", 10)
            pdf.text(x, y, tail)
        y += 18
    names = [p.name for p in products_of_pdf(pdf, tmp_path)]
    assert names == ["Soundbar with DOLBY Atmos", "Speaker pair with HDMI input", "Subwoofer"]


def _pill(pdf: FPDF, x: float, y: float, text: str) -> None:
    """A badge in black on a yellow pill (its ends rounded), set like the name otherwise."""
    pdf.set_font("Helvetica", "", 7)
    pdf.set_fill_color(255, 220, 0)
    width = pdf.get_string_width(text) + 8
    pdf.rect(x, y - 8, width, 11, style="F", round_corners=True, corner_radius=4)
    pdf.text(x + 4, y, text)


def test_a_badge_on_a_filled_pill_in_the_name_s_colour_is_no_part_of_it(tmp_path: Path) -> None:
    products = products_of_pdf(_cards(_pill), tmp_path)
    assert [p.name for p in products] == NAMES


def test_a_stripe_behind_the_whole_row_sets_no_word_apart(tmp_path: Path) -> None:
    """Control: a zebra list's stripe lies behind the name and the word after it alike."""

    def striped(pdf: FPDF, x: float, y: float, text: str) -> None:
        pdf.set_fill_color(236, 236, 236)
        pdf.rect(36, y - 12, 524, 17, style="F")
        pdf.set_font("Helvetica", "", 10)
        pdf.text(x - 6 + pdf.get_string_width(" "), y, text)  # a word space after the name

    rows = [
        ("OK-100", "Oak dining table", "Natural", "899,00"),
        ("OK-101", "Oak sideboard", "", "649,00"),
        ("OK-102", "Oak bench", "Smoked", "299,00"),
    ]
    pdf = _price_list(rows, striped)
    names = [p.name for p in products_of_pdf(pdf, tmp_path)]
    assert names == ["Oak dining table Natural", "Oak sideboard", "Oak bench Smoked"]


def test_a_row_of_chips_is_no_name_and_its_badge(tmp_path: Path) -> None:
    """Control: flavours or fuels as chips, each on a fill of its own, the chosen one in
    another colour ("Chicken" white on green, "Salmon" on grey): tags, none a badge."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, 60, "Grain-free adult dog food")
    x = 40.0
    for n, chip in enumerate(("Chicken", "Salmon", "Lamb")):
        pdf.set_font("Helvetica", "", 8)
        width = pdf.get_string_width(chip) + 10
        pdf.set_fill_color(*((40, 140, 70) if n == 0 else (225, 225, 225)))
        pdf.rect(x, 70, width, 13, style="F")
        pdf.set_text_color(*((255, 255, 255) if n == 0 else (0, 0, 0)))
        pdf.text(x + 5, 79.5, chip)
        x += width + 4
    path = tmp_path / "chips.pdf"
    pdf.output(str(path))
    assert analyse_document(path).pages[0].badges == []
