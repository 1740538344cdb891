"""Borderless tables whose every row takes two lines (a builder's list wrapping each article's
name, a wine list setting each wine over its producer), a wine list priced by serving in whole
euros under titles that give each serving's quantity, and the controls: a text column running
on alone beside a shorter one, nutrition figures per portion."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from pdfqueue.engines.catalog import extract_products, products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout, analyse_document

BUILDER_ITEMS = [
    ("4.2.1", "Horizontal gutter PVC 125 mm, length 4 m,", "brown", "1.590,00", "1.908,00"),
    ("4.2.2", "Downpipe PVC 90 mm, length 3 m, with", "socket", "1.190,00", "1.428,00"),
    ("4.2.3", "Gutter hanger PVC with steel insert,", "brown", "145,00", "174,00"),
    ("4.2.4", "Elbow 67 degrees for downpipe 90 mm,", "brown", "310,00", "372,00"),
]


def _builders_list(path: Path) -> Path:
    """Rows 24 points apart, each article's name wrapped onto a second line 10 points under
    its first: no row of cells ever follows another right under it."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 8.5)
    pdf.text(52, 240, "4.2 Gutters")
    pdf.set_font("helvetica", "", 8)
    for n, (number, name, wrapped, net, gross) in enumerate(BUILDER_ITEMS):
        y = 256 + 24 * n
        pdf.text(64, y, number)
        pdf.text(96, y, name)
        pdf.text(96, y + 10, wrapped)
        pdf.text(351, y, "pcs")
        pdf.text(470 - pdf.get_string_width(net), y, net)
        pdf.text(555 - pdf.get_string_width(gross), y, gross)
    pdf.output(str(path))
    return path


def test_a_table_whose_every_row_wraps_its_name_is_one_table_of_its_rows(tmp_path: Path) -> None:
    layout = analyse_document(_builders_list(tmp_path / "gutters.pdf"))
    tables = [b for b in layout.pages[0].blocks if b.kind == "table"]
    assert len(tables) == 1
    assert tables[0].rows == [
        [number, f"{name} {wrapped}", "pcs", net, gross]
        for number, name, wrapped, net, gross in BUILDER_ITEMS
    ]


WINES = [
    ("Barolo Cannubi", "Borgogno - Nebbiolo", "2019", "14", "78", "165"),
    ("Barbaresco Rabaja", "Castello di Verduno - Nebbiolo", "2020", "-", "62", "130"),
    ("Barbera d'Asti Superiore", "Braida - Barbera", "2021", "7", "34", "-"),
    ("Dolcetto di Dogliani", "Pecchenino - Dolcetto", "2022", "6", "26", "-"),
    ("Roero Arneis", "Malvira - Arneis", "2023", "6", "28", "60"),
]


def _wine_list(path: Path, titles: tuple[str, str, str], quantities: tuple[str, ...]) -> Path:
    """Servings titled over their quantities; each wine in bold over its producer in smaller
    type, its vintage and its whole-euro prices on the name's line."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 7.5)
    for x, title, quantity in zip((400, 460, 530), titles, quantities, strict=True):
        pdf.text(x - pdf.get_string_width(title), 104, title)
        if quantity:
            pdf.text(x - pdf.get_string_width(quantity), 112, quantity)
    pdf.text(330, 112, "Vintage")
    y = 128.0
    for name, producer, year, *prices in WINES:
        pdf.set_font("helvetica", "B", 10)
        pdf.text(60, y, name)
        pdf.set_font("helvetica", "", 9.5)
        pdf.text(330, y, year)
        for x, price in zip((400, 460, 530), prices, strict=True):
            pdf.text(x - pdf.get_string_width(price), y, price)
        pdf.set_font("helvetica", "", 9)
        pdf.text(60, y + 12.8, producer)
        y += 28
    pdf.output(str(path))
    return path


def test_a_wine_list_priced_by_serving_in_whole_euros_gives_each_wine(tmp_path: Path) -> None:
    """'Calice' over '0,15 l': the servings' quantities title the columns, whole euros are the
    prices, a dash a serving not poured; the producer's line under a wine is no name."""
    path = _wine_list(
        tmp_path / "wines.pdf", ("Calice", "Bottiglia", "Magnum"), ("0,15 l", "0,75 l", "1,5 l")
    )
    products = extract_products(path)
    sizes = {"Calice": "0,15 l", "Bottiglia": "0,75 l", "Magnum": "1,5 l"}
    expected = []
    for name, _, _, *prices in WINES:
        offered = [(p, s) for p, s in zip(prices, sizes.values(), strict=True) if p != "-"]
        expected.append((name, [p for p, _ in offered], [s for _, s in offered]))
    assert [(p.name, p.prices, p.sizes) for p in products] == expected


def test_a_wine_list_s_servings_without_quantities_stay_unread(tmp_path: Path) -> None:
    """Control: the same list titled by servings alone ('Calice | Bottiglia | Magnum') says no
    quantity, and whole figures under bare names are no prices."""
    path = _wine_list(tmp_path / "wines.pdf", ("Calice", "Bottiglia", "Magnum"), ("", "", ""))
    assert extract_products(path) == []


def _two_columns(path: Path) -> Path:
    """A used-goods list in two narrow columns, each entry two or three lines with its price
    at the column's right on its last line, the right column ending before the left one."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "", 7.5)
    left = [
        ["Fujifilm X100V, silver, 9/10, 2100", "shots, battery (code 44230)"],
        ["Sony A7 III body, 8/10, 38 000", "shots, 2 batteries (code 43800)"],
        ["Canon EOS 5D Mark IV body,", "9/10, 61 000 shots (code", "49623)"],
        ["Nikkor 50 mm f/1.4 AI-S, 9/10,", "caps (code 40360)"],
        ["Nikkor 105 mm f/2.5 AI, 8/10,", "built-in hood (code", "45000)"],
        ["Canon FD 28 mm f/2.8, 7/10,", "small scratch on front (code", "40931)"],
    ]
    right = [
        ["Gossen Lunasix 3 light meter,", "7/10, works (code 46765)"],
        ["Lowepro Flipside 300 backpack,", "8/10 (code 41099)"],
    ]
    prices = iter(["1190 EUR", "1090 EUR", "1490 EUR", "219 EUR", "189 EUR", "69 EUR"])
    for column, entries, x_price, more in ((40, left, 200, prices), (218, right, 378, None)):
        y = 320.0
        for n, entry in enumerate(entries):
            for line in entry:
                pdf.text(column, y, line)
                y += 10
            price = next(more) if more else ("89 EUR", "49 EUR")[n]
            pdf.text(x_price - pdf.get_string_width(price), y - 10, price)
            y += 5
    pdf.output(str(path))
    return path


def test_a_text_column_running_on_alone_beside_a_shorter_one_is_no_table(tmp_path: Path) -> None:
    """Control: the left column's entries under the right column's end sit at the entries'
    spacing, not closer under the line above: no cell of a row runs on there."""
    layout = analyse_document(_two_columns(tmp_path / "used.pdf"))
    assert not any(b.kind == "table" and len(b.rows or []) > 4 for b in layout.pages[0].blocks), [
        b.rows for b in layout.pages[0].blocks if b.kind == "table"
    ]


def _page(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 600, 800)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def test_nutrition_figures_per_portion_are_no_prices() -> None:
    """Control: whole figures under measures of mass ('Portion 30 g') are a food's nutrition,
    not a drink's servings."""
    rows = [
        ["", "Per", "Portion"],
        ["", "100 g", "30 g"],
        ["Energy kcal", "380", "114"],
        ["Fat", "12", "4"],
        ["Carbohydrate", "58", "17"],
        ["Protein", "9", "3"],
    ]
    table = Block("table", (80.0, 110.0, 505.0, 360.0), "", rows=rows)
    assert products_from_layout(_page(table)) == []


BILINGUAL = {
    "DRINKS": [
        ("Kildevand med brus", "Sparkling water", "35,00"),
        ("Hyldeblomstsaft", "Elderflower cordial", "38,00"),
        ("Appelsinjuice", "Orange juice", "38,00"),
    ],
    "SNACKS": [
        ("Chips med havsalt", "Crisps with sea salt", "35,00"),
        ("Ristede mandler", "Roasted almonds", "45,00"),
        ("Lakridskugler", "Liquorice balls", "40,00"),
    ],
}


def _bilingual_list(path: Path) -> Path:
    """A hotel's minibar list in sections, each titling a column of prices by the currency
    beside one to write the quantity taken in; each item named in the house's language, its
    translation under it in smaller type."""
    pdf = FPDF(unit="pt", format=(420, 595))
    pdf.add_page()
    y = 112.0
    for section, items in BILINGUAL.items():
        pdf.set_font("helvetica", "B", 8)
        pdf.text(36, y, section)
        pdf.text(300, y, "kr")
        pdf.text(340, y, "qty")
        y += 16
        for name, translation, price in items:
            pdf.set_font("helvetica", "", 8.5)
            pdf.text(36, y, name)
            pdf.text(320 - pdf.get_string_width(price), y, price)
            pdf.set_font("helvetica", "", 7)
            pdf.text(36, y + 10, translation)
            y += 24
    pdf.output(str(path))
    return path


def test_a_name_s_translation_in_smaller_type_is_no_part_of_the_name(tmp_path: Path) -> None:
    """The line under each name in smaller type is its translation, not the name wrapped."""
    products = extract_products(_bilingual_list(tmp_path / "minibar.pdf"))
    assert [(p.name, p.prices) for p in products] == [
        (name, [price]) for items in BILINGUAL.values() for name, _, price in items
    ]
