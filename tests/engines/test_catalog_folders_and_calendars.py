"""A butcher's folder in panels parted by fold lines (packages priced per person beside an à la
carte list priced per kilo and per piece), an advent calendar's doors set as panels of colour
(a date, a big day number, a bold name, copy, a code, the price), a gift guide's captions
beside their photos (a bold name wrapped over two lines, its price as large), and a carrier's
consignment note (goods lines marked, numbered and weighed) that offers nothing. Controls: a
table ruled the page down keeps its rows, bare amounts with no unit price nothing, and the
consignment's goods table under a catalog's title is still read."""

from __future__ import annotations

from pathlib import Path

from catalog_blocks import a4_pdf, one_page, products_of_pdf
from fpdf import FPDF

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block

PACKAGES = [
    (
        "Pakket Klassiek",
        "€ 12,50 p.p.",
        ["- 1 chipolata", "- 1 barbecueworst", "- 1 kippenbrochette"],
    ),
    ("Pakket Luxe", "€ 17,90 p.p.", ["- 1 kalfsbrochette", "- 1 lamskotelet", "- 1 scampispies"]),
    ("Pakket Kids", "€ 7,95 p.p.", ["- 1 chipolata", "- 1 mini-hamburger"]),
    ("Pakket Veggie", "€ 11,50 p.p.", ["- 1 halloumispies", "- 1 groenteburger"]),
]
CARTE = [
    (
        "Varken",
        [
            ("Chipolata", "1,10", "/st"),
            ("Barbecueworst met kaas", "1,45", "/st"),
            ("Spareribs gemarineerd", "14,95", "/kg"),
            ("Buikspek in honingmarinade", "13,50", "/kg"),
        ],
    ),
    (
        "Rund & kalf",
        [
            ("Hamburger Black Angus 180 g", "3,40", "/st"),
            ("Entrecote Simmental", "42,50", "/kg"),
            ("Kalfsbrochette met salie", "4,20", "/st"),
        ],
    ),
]
SAUCES = [
    ("Looksaus huisbereid (250 ml)", "3,20", ""),
    ("Tartaar van de chef (250 ml)", "3,40", ""),
    ("Aardappelsalade met bieslook", "9,80", "/kg"),
    ("Pastasalade pesto", "11,20", "/kg"),
]


def _carte_lines(pdf: FPDF, left: float, right: float, top: float, sections) -> None:
    y = top
    for heading, items in sections:
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.text(left, y, heading)
        y += 17
        for name, price, unit in items:
            pdf.set_font("Helvetica", "", 8.5)
            pdf.text(left, y, name)
            pdf.set_font("Helvetica", "B", 8.5)
            width = pdf.get_string_width(price)
            pdf.set_font("Helvetica", "", 6)
            unit_width = pdf.get_string_width(unit) + 2 if unit else 0
            pdf.text(right - unit_width + 2, y, unit)
            pdf.set_font("Helvetica", "B", 8.5)
            pdf.text(right - unit_width - width, y, price)
            y += 14
        y += 10


def _folder(fold_lines: bool = True) -> FPDF:
    """The folder's inside: packages in the left panel, the à la carte list in the middle and
    right ones, the panels parted by fold lines the page down; the panels' lines are not
    level with each other."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page(orientation="L")
    if fold_lines:
        pdf.set_draw_color(170, 170, 170)
        pdf.set_line_width(0.6)
        for x in (280.6, 561.2):
            pdf.line(x, 7, x, 588)
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(24, 44, "BBQ-pakketten")
    y = 90.0
    for name, price, contents in PACKAGES:
        pdf.set_draw_color(120, 20, 30)
        pdf.rect(26, y - 16, 226, 18 + 10 * len(contents) + 20, round_corners=True)
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(32, y, name)
        pdf.text(249 - pdf.get_string_width(price), y, price)
        pdf.set_font("Helvetica", "", 7.5)
        for n, line in enumerate(contents):
            pdf.text(36, y + 14 + 10 * n, line)
        y += 90
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(305, 44, "À la carte")
    _carte_lines(pdf, 305, 532, 66, CARTE)
    _carte_lines(pdf, 585, 813, 46, [("Sauzen & bijgerechten", SAUCES)])
    return pdf


def test_a_folders_panels_parted_by_fold_lines_give_its_lists_and_its_packages(
    tmp_path: Path,
) -> None:
    products = products_of_pdf(_folder(), tmp_path)
    by_name = {p.name: p for p in products}
    for _, items in CARTE:
        for name, price, unit in items:
            assert by_name[name].prices == [f"{price} {unit}"]
    assert by_name["Looksaus huisbereid"].sizes == ["250 ml"]  # its size in brackets
    assert by_name["Looksaus huisbereid"].prices == ["3,20"]
    for name, price, _ in PACKAGES:
        assert by_name[name].prices[-1] == price.removesuffix(" p.p.")
    # a package's contents are sold only inside it
    assert not {"1 chipolata", "Chipolata p.p."} & set(by_name)
    assert len(products) == sum(len(items) for _, items in CARTE) + len(SAUCES) + len(PACKAGES)


def test_a_table_ruled_the_page_down_keeps_its_rows_level_across_its_rules(
    tmp_path: Path,
) -> None:
    """Column rules spanning the page with the rows level across them part no panels."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_line_width(0.5)
    for x in (200.0, 300.0):
        pdf.line(x, 30, x, 810)
    rows = [(f"Artikel {n} Eiche", f"AB-{4100 + n}", f"{10 + n},50 €") for n in range(8)]
    pdf.set_font("Helvetica", "", 9)
    for n, (name, code, price) in enumerate(rows):
        y = 100 + 16 * n
        pdf.text(60, y, name)
        pdf.text(220, y, code)
        pdf.text(320, y, price)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (name, [code], [price]) for name, code, price in rows
    ]


def test_bare_amounts_say_no_price_without_the_unit_they_are_for(tmp_path: Path) -> None:
    """A list of names and bare amounts is read as prices when most amounts say their unit
    ("14,95 /kg"); the same list without the units (a budget's lines) offers nothing."""
    for units in (True, False):
        pdf = a4_pdf(windows_1252=True)
        pdf.add_page()
        _carte_lines(
            pdf,
            60,
            300,
            100,
            [(h, [(n, p, u if units else "") for n, p, u in i]) for h, i in CARTE],
        )
        products = products_of_pdf(pdf, tmp_path)
        assert len(products) == (7 if units else 0)


def _door(pdf: FPDF, x: float, y: float, day: int, name: str, code: str, price: str, was: str):
    pdf.set_fill_color(*((170, 25, 35) if day % 2 else (245, 238, 220)))
    pdf.rect(x, y, 150, 150, style="F", round_corners=True, corner_radius=6)
    pdf.set_text_color(*((255, 255, 255) if day % 2 else (20, 20, 20)))
    pdf.set_font("Helvetica", "B", 22)
    pdf.text(x + 8, y + 28, str(day))
    pdf.set_font("Helvetica", "", 6.5)
    pdf.text(x + 8 + pdf.get_string_width(str(day)) * 22 / 6.5 + 4, y + 12, f"{day}. december")
    pdf.set_font("Helvetica", "B", 9.5)
    words, first = name.split(), ""
    while words and pdf.get_string_width(f"{first} {words[0]}".strip()) <= 128:
        first = f"{first} {words.pop(0)}".strip()
    pdf.text(x + 8, y + 48, first)
    line = y + 48
    if words:
        line += 11
        pdf.text(x + 8, line, " ".join(words))
    pdf.set_font("Helvetica", "", 7)
    pdf.text(x + 8, line + 13, "Rustfrit stål, 2200 W")
    pdf.text(x + 8, line + 23, f"Varenr. {code}")
    if was:
        pdf.set_font("Helvetica", "", 8)
        pdf.text(x + 8, y + 128, "Før")
        pdf.text(x + 8, y + 138, was)
    pdf.set_font("Helvetica", "B", 22)
    pdf.text(x + 142 - pdf.get_string_width(price), y + 140, price)
    pdf.set_text_color(0, 0, 0)


DOORS = [
    ("Elektrisk kedel Nordlys 1,7 l", "14-2022", "199,-", "349,-"),
    ("Uldplaid Fjordblå", "26-5360", "299,-", "499,-"),
    ("Stegepande Jern 28 cm", "29-1787", "249,-", ""),
    ("LED-lyskæde 80 pærer", "56-6592", "89,-", "149,-"),
    ("Kaffebrygger Morgenro", "68-7279", "399,-", "699,-"),
    ("Dynebetræk Stribe 140 × 200 cm", "72-7211", "199,-", ""),
]


def test_a_calendars_doors_in_panels_of_colour_are_cards_not_a_table(tmp_path: Path) -> None:
    """Doors side by side, their lines level across the gutters, each line in a style of its
    own (a date, a big day number, a bold name, copy): each door a product, named in full
    (a name wrapped onto a line of its unit, "l"), its code and its price."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    for n, door in enumerate(DOORS):
        _door(pdf, 48 + 175 * (n % 3), 90 + 175 * (n // 3), n + 1, *door)
    products = products_of_pdf(pdf, tmp_path)
    found = {p.name: p for p in products}
    assert sorted(found) == sorted(name for name, *_ in DOORS)
    for name, code, price, _ in DOORS:
        assert found[name].codes == [code]
        assert price in found[name].prices


def test_a_caption_beside_a_photo_names_its_item_by_both_lines_of_its_bold_name() -> None:
    """A gift guide's caption beside its photo: the bold name wrapped over two lines, the
    maker in small type, the price in the name's size and weight; the name is both lines
    (a title's "Bók:" too, no key of a property)."""
    items = [
        ("Leðurveski", "handsaumað", "Sútarinn", "8 990 kr."),
        ("Bók: Fuglar", "Íslands", "Forlagið Lundi", "6 990 kr."),
        ("Heyrnartól", "Þögn ANC", "Hljóðhús", "39 990 kr."),
    ]
    blocks = []
    for n, (first, second, maker, price) in enumerate(items):
        top = 90 + 160 * n
        blocks += [
            Block("figure", (40, top, 122, top + 100), "", image_index=n),
            Block(
                "heading",
                (128, top + 4, 184, top + 24),
                f"{first} {second}",
                font_size=8.5,
                bold=True,
                lines=[first, second],
            ),
            Block("paragraph", (128, top + 26, 178, top + 34), maker, font_size=7.0, lines=[maker]),
            Block(
                "paragraph",
                (128, top + 34, 171, top + 44),
                price,
                font_size=8.5,
                bold=True,
                lines=[price],
            ),
        ]
    products = products_from_layout(one_page(*blocks))
    assert [(p.name, p.prices) for p in products] == [
        (f"{first} {second}", [price.rstrip(".")]) for first, second, _, price in items
    ]


GOODS = [
    ("DK-AAR-01/1-12", "12 paller", "Møbler, spiseborde i eg", "9403 60", "2 880"),
    ("DK-AAR-01/13-20", "8 paller", "Stole, polstrede, stablede", "9401 61", "1 040"),
    ("DK-AAR-01/21-24", "4 kasser", "Lamper, gulv- og bordlamper", "9405 21", "310"),
    ("DK-AAR-01/25", "1 pakke", "Monteringsbeslag og skruer", "8302 42", "46"),
]


def _goods_page(title: str) -> FPDF:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(40, 60, title)
    columns = (40, 130, 190, 360, 430)
    pdf.set_font("Helvetica", "B", 7)
    titles = ("Mærker og nr.", "Emballage", "Godsets art", "Stat. nr.", "Bruttovægt kg")
    for x, text in zip(columns, titles, strict=True):
        pdf.text(x, 100, text)
    pdf.set_font("Helvetica", "", 8)
    for n, row in enumerate(GOODS):
        for x, text in zip(columns, row, strict=True):
            pdf.text(x, 116 + 13 * n, text)
    return pdf


def test_a_consignment_note_offers_none_of_the_goods_it_carries(tmp_path: Path) -> None:
    """A page naming itself a consignment note, its goods table weighing the goods: none."""
    note = _goods_page("CMR FRAGTBREV · International consignment note Nr. 2026-11822")
    assert products_of_pdf(note, tmp_path) == []
    # the control: the same goods under a catalog's title are read as its products
    listed = products_of_pdf(_goods_page("Møbler til erhverv 2026"), tmp_path)
    assert len(listed) == len(GOODS)


USED = [
    ("Nikon F3 korpus", "kroom, 8/10,", "karbiga (kood 43026)", "295 €"),
    ("Canon PowerShot G7 X", "8/10,", "laadija (kood 47574)", "379 €"),
    ("Minolta Hi-Matic 7s II", "7/10,", "mõõtur töötab (kood 43798)", "159 €"),
    ("Fujifilm Klasse W", "must, 9/10,", "karbiga (kood 41293)", "890 €"),
]


def test_a_used_list_names_each_entry_by_its_run_in_head_before_the_first_comma() -> None:
    """A used-equipment list's entries: a bold line running on past the name ("Nikon F3
    korpus, kroom, 8/10,"), the rest under it with the code ("(kood 43026)"), the price at
    the right: the name is the head before its first comma, the code the "kood"."""
    blocks = []
    for n, (name, rest, under, price) in enumerate(USED):
        top = 100 + 30 * n
        head = f"{name}, {rest}"
        blocks += [
            Block(
                "paragraph", (40, top, 170, top + 9), head, font_size=7.5, bold=True, lines=[head]
            ),
            Block("paragraph", (40, top + 10, 160, top + 19), under, font_size=7.5, lines=[under]),
            Block(
                "paragraph",
                (177, top + 10, 200, top + 19),
                price,
                font_size=7.5,
                bold=True,
                lines=[price],
            ),
        ]
    products = products_from_layout(one_page(*blocks))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (name, [under.split("kood ")[1].rstrip(")")], [price]) for name, _, under, price in USED
    ]


def test_a_scanned_label_sheet_whose_header_strip_reads_in_two_sizes_stays_a_table() -> None:
    """A scan carries no weight and OCR's sizes vary line to line: a sheet of shelf labels
    (name, pack, big price, unit price, code), its header strip read as "MARKET NOU" beside
    "PROMO" in two sizes, is still a table of labels, not cards; the calendar's doors above
    are cards by their bold names."""
    from pdfqueue.engines.layout import Word, layout_words

    def cell(text: str, left: float, top: float, size: float) -> list[Word]:
        words, x = [], left
        for token in text.split():
            width = 0.5 * size * len(token)
            words.append(Word(token, x, top, x + width, top + size, size))
            x += width + 0.3 * size
        return words

    rows = [
        (("MARKET NOU", 7.0), ("PROMO", 8.5), ("MARKET NOU", 7.0)),
        (("Fasole boabe alba", 10.5), ("Malai extra", 10.5), ("Mustar dulce", 10.5)),
        (("500 g", 8.5), ("1 kg", 8.5), ("400 g", 8.5)),
        (("8,29", 27.0), ("5,99", 27.0), ("4,59", 27.0)),
        (("Pret/kg: 16,58 lei", 7.0), ("Pret/kg: 5,99 lei", 7.0), ("Pret/kg: 11,48 lei", 7.0)),
        (("Cod 103314", 7.0), ("Cod 103361", 7.0), ("Cod 103393", 7.0)),
    ]
    words: list[Word] = []
    top = 60.0
    for row in rows:
        for column, (text, size) in enumerate(row):
            words += cell(text, 40 + 185 * column, top, size)
        top += max(size for _, size in row) + 6
    blocks = layout_words(words, [], [], 595, 842)
    tables = [b for b in blocks if b.kind == "table"]
    assert tables and any(
        "Fasole boabe alba" in cell for b in tables for r in b.rows or [] for cell in r
    )
