"""Price lists set as text in columns side by side, and cards framed apart, read as what they
are, not as one table across the page: a wine merchant's list in three columns (a region in
capitals, a wine's name, a line of words, a line per bottle size ending in its price) and a
maker's novelties two to a row, each card in a frame of its own (its code and price set
apart under its text). Controls: a price table in three columns stays a table, and so does a
table drawn inside one frame."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalog_blocks import a4_pdf, products_of_pdf
from fpdf import FPDF
from PIL import Image

from pdfqueue.engines.catalog import titled
from pdfqueue.engines.layout import Word, analyse_document, layout_words

REGIONS = [
    (
        "BORDEAUX",
        [
            (
                # four sizes: the leaders' dots are no words (the entry is no prose)
                "Château Lamothe",
                "Rouge · Médoc",
                [
                    ("37,5 cl", "14,50"),
                    ("75 cl", "24,90"),
                    ("150 cl", "52,00"),
                    ("300 cl", "110,00"),
                ],
            ),
            ("Clos des Graves", "Blanc · Pessac", [("75 cl", "31,00"), ("150 cl", "66,00")]),
            ("Domaine Saint-Roch", "Rouge · Pomerol", [("75 cl", "48,00")]),
        ],
    ),
    (
        "LOIRE",
        [
            (
                "Vouvray Les Perrières",
                "Blanc · demi-sec",
                [("75 cl", "17,80"), ("150 cl", "38,00")],
            ),
            (
                "Chinon Vieilles Vignes",
                "Rouge · Cabernet",
                [("37,5 cl", "9,90"), ("75 cl", "16,40")],
            ),
        ],
    ),
    (
        "BOURGOGNE",
        [
            ("Mercurey Les Murgers", "Rouge · Pinot noir", [("75 cl", "27,50")]),
            ("Chablis Montmains", "Blanc · Chardonnay", [("75 cl", "29,90"), ("150 cl", "62,00")]),
            ("Givry La Plante", "Rouge · Pinot noir", [("37,5 cl", "12,20"), ("75 cl", "21,90")]),
        ],
    ),
]


def _leader(
    pdf: FPDF, left: float, right: float, baseline: float, bottle: tuple[str, str], apart: bool
) -> None:
    """A bottle's line: its size, dotted leaders, its price flush right at the column's edge;
    the leaders run up to the price (one segment of text), or stop short of it (`apart`: the
    prices a column of their own)."""
    size, price = bottle
    pdf.set_font("Helvetica", "", 8)
    pdf.text(left, baseline, size)
    amount = f"{price} €"
    end = right - pdf.get_string_width(amount)
    room = end - left - 36 - (12 if apart else pdf.get_string_width(" "))
    dots = " ".join("." for _ in range(int(room / pdf.get_string_width(". "))))
    pdf.text(left + 36, baseline, dots)
    pdf.text(end, baseline, amount)


def _wine_list(
    pdf: FPDF, regions: list, apart: bool = False
) -> list[tuple[str, list[str], list[str]]]:
    """Each region its own column, lines level across the columns (one leading); the wines
    as (name, sizes, prices)."""
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.text(40, 60, "Cave du Port")
    wines = []
    for column, (region, entries) in enumerate(regions):
        left = 40 + column * 180
        right = left + 160
        baseline = 110.0
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(left, baseline, region)
        baseline += 20
        for name, note, bottles in entries:
            pdf.set_font("Helvetica", "B", 9.5)
            pdf.text(left, baseline, name)
            pdf.set_font("Helvetica", "I", 8)
            pdf.text(left, baseline + 12, note)
            baseline += 24
            for bottle in bottles:
                _leader(pdf, left, right, baseline, bottle, apart)
                baseline += 12
            wines.append((name, [s for s, _ in bottles], [f"{p} €" for _, p in bottles]))
            baseline += 12
    return wines


@pytest.mark.parametrize("apart", [False, True])
def test_a_wine_list_in_three_columns_gives_each_wine_its_prices_by_bottle(
    tmp_path: Path, apart: bool
) -> None:
    pdf = a4_pdf(windows_1252=True)
    wines = _wine_list(pdf, REGIONS, apart)
    products = products_of_pdf(pdf, tmp_path)
    found = {p.name: p for p in products}
    assert sorted(found) == sorted(name for name, _, _ in wines)
    for name, sizes, prices in wines:
        assert found[name].sizes == sizes
        assert found[name].prices == prices  # in the order printed


def test_a_price_table_in_three_columns_stays_a_table(tmp_path: Path) -> None:
    """Control: a column of names, one of sizes, one of prices: a table's columns keep to
    their kinds (no amount among the names), so the list is read as one table."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    rows = [
        (name, sizes[-1], prices[-1])
        for _, entries in REGIONS
        for name, _, b in entries
        for sizes, prices in [([s for s, _ in b], [f"{p} €" for _, p in b])]
    ]
    pdf.set_font("Helvetica", "B", 9)
    for x, title in ((40, "Wine"), (260, "Bottle"), (420, "Price")):
        pdf.text(x, 100, title)
    pdf.set_font("Helvetica", "", 9)
    for n, (name, size, price) in enumerate(rows):
        pdf.text(40, 116 + 14 * n, name)
        pdf.text(260, 116 + 14 * n, size)
        pdf.text(420, 116 + 14 * n, price)
    path = tmp_path / "table.pdf"
    pdf.output(str(path))
    tables = [b for b in analyse_document(path).pages[0].blocks if b.kind == "table"]
    assert len(tables) == 1 and len(tables[0].rows or []) == len(rows) + 1
    products = products_of_pdf(pdf, tmp_path)
    assert [p.name for p in products] == [name for name, _, _ in rows]


NOVELTIES = [
    (
        "Dampflok BR 01 der DB",
        "Spur H0 · Epoche III",
        "Länge über Puffer 27,3 cm",
        "39.101",
        "469,00 €",
    ),
    (
        "Kühlwagen-Set Interfrigo",
        "Spur H0 · Epoche IV",
        "Länge über Puffer 45,2 cm",
        "47.552",
        None,
    ),
    (
        "Diesellok V 200 der DB",
        "Spur N · Epoche III",
        "Länge über Puffer 11,7 cm",
        "71.204",
        "219,00 €",
    ),
    (
        "Silowagen-Set Wacker",
        "Spur N · Epoche V",
        "Länge über Puffer 29,8 cm",
        "71.877",
        "139,00 €",
    ),
]
PROSE = [
    "Metallgehäuse mit angesetzten Griffstangen, Lichtwechsel weiß/rot mit der Fahrtrichtung "
    "und Kupplungsaufnahme nach NEM 362.",
    "Bedruckung nach Vorbildfotos, Anschriften und Revisionsdaten lupenrein, Mindestradius "
    "360 mm, Innenbeleuchtung vorbereitet.",
    "Fein detaillierter Rahmen mit Bremsanlage und Zurüstteilen, digital schaltbares Licht "
    "mit warmweißen LED.",
    "Kurzkupplungskulisse an beiden Enden, Radsätze brüniert, Anschriften der Bahnverwaltung "
    "und Gattungszeichen.",
]


def test_novelties_framed_two_to_a_row_are_cards_not_a_table(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page(orientation="L")
    for slot, (name, spec, length, code, price) in enumerate(NOVELTIES):
        x, top = 36 + (slot % 2) * 392, 60 + (slot // 2) * 262
        pdf.rect(x, top, 378, 248)
        pdf.set_font("Helvetica", "B", 11.5)
        pdf.text(x + 10, top + 138, name)
        pdf.set_font("Helvetica", "", 8)
        pdf.text(x + 10, top + 152, spec)
        pdf.text(x + 10, top + 164, length)
        pdf.set_font("Helvetica", "", 7.5)
        pdf.set_xy(x + 10, top + 172)
        pdf.multi_cell(358, 10, PROSE[slot])
        pdf.set_font("Helvetica", "", 8)
        pdf.text(x + 10, top + 236, f"Art.-Nr. {code}")
        pdf.set_font("Helvetica", "B", 13)
        label = price or "Preis auf Anfrage"
        pdf.text(x + 368 - pdf.get_string_width(label), top + 236, label)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes) for p in products] == [(n[0], [n[3]]) for n in NOVELTIES]
    for product, novelty in zip(products, NOVELTIES, strict=True):
        assert product.prices == ([novelty[4]] if novelty[4] else [])
        assert novelty[2].split()[-2] + " cm" in product.sizes


def test_a_price_table_drawn_in_one_frame_stays_a_table(tmp_path: Path) -> None:
    """Control: the frame round a whole table holds all its cells; the table is read."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.rect(30, 80, 520, 200)
    pdf.set_font("Helvetica", "B", 9)
    for x, title in ((40, "Art.-Nr."), (140, "Bezeichnung"), (440, "Preis")):
        pdf.text(x, 100, title)
    pdf.set_font("Helvetica", "", 9)
    for n, (name, _, _, code, price) in enumerate(NOVELTIES):
        pdf.text(40, 116 + 14 * n, code)
        pdf.text(140, 116 + 14 * n, name)
        pdf.text(440, 116 + 14 * n, price or "-")
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes) for p in products] == [(n[0], [n[3]]) for n in NOVELTIES]


def _line(text: str, top: float, size: float, bold: bool = True) -> list[Word]:
    words, left = [], 40.0
    for token in text.split():
        width = 0.5 * size * len(token)
        words.append(Word(token, left, top, left + width, top + size, size, bold))
        left += width + 0.28 * size
    return words


def test_a_line_in_capitals_over_a_name_in_another_size_is_a_block_of_its_own() -> None:
    """A brand in 10 points over its first perfume in 9.5: two blocks, the name its own."""
    words = [*_line("MAISON LUZIA", 100, 10), *_line("Rosa Imperial", 112, 9.5)]
    blocks = layout_words(words, [], [], 600, 800)
    assert [b.text for b in blocks] == ["MAISON LUZIA", "Rosa Imperial"]


def test_a_heading_in_capitals_over_a_line_in_its_own_size_stays_one_block() -> None:
    """Control: one size, two lines of one heading."""
    words = [*_line("SPRING SALE", 100, 10), *_line("Garden tools", 112, 10)]
    blocks = layout_words(words, [], [], 600, 800)
    assert [b.text for b in blocks] == ["SPRING SALE Garden tools"]


SHRUBS = [
    (
        "Hydrangea paniculata 'Limelight'",
        "HY-0412",
        [
            ("C2", "30–40 cm", "11,00 €"),
            ("C5", "60–80 cm", "22,00 €"),
            ("C10", "100–125 cm", "41,50 €"),
        ],
    ),
    (
        "Acer palmatum 'Atropurpureum'",
        "AC-0733",
        [
            ("P9", "15–20 cm", "7,50 €"),
            ("C2", "30–40 cm", "15,00 €"),
            ("C5", "60–80 cm", "29,00 €"),
        ],
    ),
    (
        "Thuja occidentalis 'Brabant'",
        "TH-0305",
        [("P9", "15–20 cm", "4,00 €"), ("C2", "30–40 cm", "8,00 €"), ("C5", "60–80 cm", "16,00 €")],
    ),
]


def test_cards_framed_side_by_side_keep_the_tables_under_their_text(tmp_path: Path) -> None:
    """Control: each framed card holds a table of its own (pot, height, price) under more
    lines of text than the table has rows: lines of several cells in every frame, so the
    run is read as before and each card has its prices."""
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    for slot, (name, code, rows) in enumerate(SHRUBS):
        x = 35 + slot * 178
        pdf.rect(x, 57, 170, 330)
        pdf.image(Image.new("RGB", (156, 150), (60, 150, 120)), x=x + 7, y=64, w=156, h=150)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.text(x + 9, 232, name)
        pdf.set_font("Helvetica", "", 7.5)
        pdf.text(x + 9, 244, "Flowers July to September")
        pdf.text(x + 9, 256, f"Kodas: {code}")
        pdf.set_font("Helvetica", "", 7)
        pdf.text(x + 9, 270, "Likes a sunny or half-shaded spot")
        pdf.text(x + 9, 280, "and a moist, rich soil.")
        pdf.set_font("Helvetica", "B", 7)
        for dx, title in ((0, "Talpa"), (42, "Aukštis"), (130, "Kaina")):
            pdf.text(x + 9 + dx, 300, title)
        pdf.set_font("Helvetica", "", 7)
        for n, (pot, height, price) in enumerate(rows):
            pdf.text(x + 9, 312 + 12 * n, pot)
            pdf.text(x + 51, 312 + 12 * n, height)
            pdf.text(x + 161 - pdf.get_string_width(price), 312 + 12 * n, price)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes) for p in products] == [(s[0], [s[1]]) for s in SHRUBS]
    for product, (_, _, rows) in zip(products, SHRUBS, strict=True):
        assert product.prices == [price for _, _, price in rows]


def test_leader_dots_are_no_words_of_an_entry_but_other_marks_are() -> None:
    """An entry's length (prose under a heading is no entry) counts its words, not the dots
    of its leaders; a table's cells joined by "|" (read under a card's text) still count."""
    assert titled._words("50 ml . . . . . . . . R$ 389,90") == 4
    assert titled._words("C2 | 30-40 cm | 16,00 € | C5") == 9
