"""Tables ruled by their rows only (a box round each row, two such lists side by side), column
titles set closer together than the cells under them, and a series' heading beside its photo
under the table before it."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from pdfqueue.engines.layout import Block, Word, analyse_document, layout_words

LEFT = [
    ("Schmerz & Fieber", None),
    ("14230981", ["Dolorin akut 400 mg Filmtabletten", "20 St", "6,97", "5,92"]),
    ("18123755", ["Paracetamol-ratio 500 mg Tabletten", "20 St", "2,95", "2,66"]),
    ("09303733", ["Meersalz Nasendusche mit Spülsalz", "1 Pck", "19,95", "17,95"]),
    ("10298749", ["Migrafix Kopfschmerztabletten", "30 St", "11,49", "10,34"]),
]
RIGHT = [
    ("Haut & Allergie", None),
    ("05510922", ["Cetirex Allergietabletten 10 mg", "20 St", "5,95", "4,76"]),
    ("02908193", ["Panthesol Wund- und Heilsalbe", "50 g", "7,98", "6,78"]),
    ("02137272", ["Hydrocort Creme 0,5 %", "15 g", "6,45", "5,16"]),
    ("08490987", ["Lippenbalsam Herpes Akut", "2 g", "8,29", "6,63"]),
]


def _right(pdf: FPDF, x: float, y: float, text: str) -> None:
    pdf.text(x - pdf.get_string_width(text), y, text)


def _boxed_lists(tmp_path: Path, *, boxes: bool = True) -> list[Block]:
    """Two narrow lists side by side, a box round each row, titles in a shaded band over them;
    a long name wraps onto two lines inside its row."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    for side, rows in enumerate((LEFT, RIGHT)):
        x0, y = 40 + side * 262, 84.0
        pdf.set_font("Helvetica", "B", 6.5)
        pdf.set_fill_color(230, 240, 234)
        pdf.rect(x0, y, 253, 13, style="F")
        for x, title in ((3, "PZN"), (40, "Artikel"), (166, "Menge")):
            pdf.text(x0 + x, y + 9, title)
        _right(pdf, x0 + 212, y + 9, "AVP¹")
        _right(pdf, x0 + 251, y + 9, "Unser Preis")
        y += 13
        for first, cells in rows:
            if boxes:
                pdf.rect(x0, y, 253, 20)
            pdf.set_font("Helvetica", "B" if cells is None else "", 8 if cells is None else 6.5)
            if cells is None:
                pdf.text(x0 + 3, y + 13.5, first)
                y += 20
                continue
            pdf.text(x0 + 3, y + 12.5, first)
            name, amount, avp, ours = cells
            lines = [name] if pdf.get_string_width(name) < 100 else name.rsplit(" ", 1)
            for k, line in enumerate(lines):
                pdf.text(x0 + 40, y + 8.5 + k * 7.5 + (4 if len(lines) == 1 else 0), line)
            pdf.text(x0 + 166, y + 12.5, amount)
            _right(pdf, x0 + 212, y + 12.5, avp)
            _right(pdf, x0 + 251, y + 12.5, ours)
            y += 20
    path = tmp_path / "boxed.pdf"
    pdf.output(str(path))
    return analyse_document(path).pages[0].blocks


def test_two_lists_boxed_row_by_row_side_by_side_are_two_tables(tmp_path: Path) -> None:
    tables = [b for b in _boxed_lists(tmp_path) if b.kind == "table"]
    assert len(tables) == 2
    left, right = tables
    assert left.right < right.left  # one each side, not one table across both
    for table, rows in ((left, LEFT), (right, RIGHT)):
        assert table.rows[0] == ["PZN", "Artikel", "Menge", "AVP¹", "Unser Preis"]
        assert table.rows[1][0] == rows[0][0]  # the group's heading: a row of its own
        for row, (first, cells) in zip(table.rows[2:], rows[1:], strict=True):
            assert row == [first, *cells]  # a name wrapped in its row is one cell


def test_the_same_lists_without_their_boxes_are_not_read_so(tmp_path: Path) -> None:
    # the rule holds only where the rows are boxed: unruled, the finder does as before
    tables = [b for b in _boxed_lists(tmp_path, boxes=False) if b.kind == "table"]
    assert not any(
        t.rows and t.rows[0] == ["PZN", "Artikel", "Menge", "AVP¹", "Unser Preis"] for t in tables
    )


def test_boxes_round_lines_of_text_are_no_table(tmp_path: Path) -> None:
    """A form's fields (a box round each line, one text in each) make no table."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 9)
    lines = ["Name of the applicant", "Address and postcode", "Date of birth", "Signature"]
    for n, line in enumerate(lines):
        pdf.rect(40, 100 + 22 * n, 400, 22)
        pdf.text(44, 114 + 22 * n, line)
    path = tmp_path / "form.pdf"
    pdf.output(str(path))
    blocks = analyse_document(path).pages[0].blocks
    assert not [b for b in blocks if b.kind == "table"]
    assert {b.text for b in blocks} >= set(lines)


def _line(text: str, left: float, top: float, size: float = 7.5) -> list[Word]:
    words, x = [], left
    for token in text.split():
        words.append(Word(token, x, top, x + 0.5 * size * len(token), top + 1.2 * size, size))
        x = words[-1].right + 0.3 * size
    return words


def _table_words(
    titles: list[tuple[str, float]], rows: list[list[tuple[str, float]]]
) -> list[Word]:
    words = []
    for text, left in titles:
        words += _line(text, left, 190.0)
    for number, row in enumerate(rows):
        for text, left in row:
            words += _line(text, left, 206.0 + 14.0 * number)
    return words


def test_column_titles_set_closer_than_their_cells_are_cut_at_the_gutters() -> None:
    # "Format (cm)" and "Boja" a word space or so apart, "AVP" and "Unser Preis" flush right
    # as close: one segment each, which the rows under them part by their gutters
    titles = [("Format (cm)", 44.0), ("Boja", 90.0), ("Šifra", 190.0), ("AVP", 309.5)]
    titles += [("Unser Preis", 324.0)]
    rows = [
        [("60 × 60", 44.0), ("antracit", 90.0), ("21073", 190.0), ("21,59", 302.0)],
        [("30 × 60", 44.0), ("bež", 90.0), ("21078", 190.0), ("21,59", 302.0)],
        [("60 × 120", 44.0), ("siva", 90.0), ("21079", 190.0), ("26,99", 302.0)],
    ]
    for row, price in zip(rows, ("31,10", "31,10", "38,87"), strict=True):
        row.append((price, 345.0))
    tables = [b for b in layout_words(_table_words(titles, rows), [], [], 600, 800)]
    tables = [b for b in tables if b.kind == "table"]
    assert len(tables) == 1
    assert tables[0].rows[0] == ["Format (cm)", "Boja", "Šifra", "AVP", "Unser Preis"]
    assert tables[0].rows[1] == ["60 × 60", "antracit", "21073", "21,59", "31,10"]


def test_a_word_run_into_the_gutter_stays_with_its_cell() -> None:
    # "(box)" runs past the names' column into the gutter, "CP-80" starts the codes' column:
    # one cut, before the code
    titles = [("Item", 54.0), ("Code", 140.0), ("Price", 260.0)]
    rows = [
        [("Copy paper A4 80 g (box)", 54.0), ("CP-80", 140.0), ("£ 21.50", 260.0)],
        [("Toner HP 26A", 54.0), ("TN-26A", 140.0), ("£ 68.00", 260.0)],
        [("Stapler", 54.0), ("ST-90", 140.0), ("£ 14.20", 260.0)],
        [("Archive box", 54.0), ("AB-10", 140.0), ("£ 2.10", 260.0)],
    ]
    blocks = layout_words(_table_words(titles, rows), [], [], 600, 800)
    tables = [b for b in blocks if b.kind == "table"]
    assert tables and ["Copy paper A4 80 g (box)", "CP-80", "£ 21.50"] in tables[0].rows


def _series(photo: bool) -> list[Block]:
    words = _table_words(
        [("Format", 44.0), ("Boja", 104.0), ("Šifra", 190.0), ("Cijena", 300.0)],
        [
            [("60 × 60", 44.0), (colour, 104.0), (f"2107{n}", 190.0), ("21,59", 300.0)]
            for n, colour in enumerate(("antracit", "bež", "siva", "bijela"))
        ],
    )
    # the next series' name, large, near the table's middle, close under its last row
    words += _line("CARRARA LUX", 132.0, 272.0, 18.0)
    figures = [(40.0, 268.0, 125.0, 380.0)] if photo else []  # its swatch, left of it
    return layout_words(sorted(words, key=lambda w: (w.top, w.left)), [], figures, 600, 800)


def test_a_series_name_beside_its_photo_is_no_section_of_the_table_above() -> None:
    blocks = _series(photo=True)
    table = next(b for b in blocks if b.kind == "table")
    assert all("CARRARA" not in c for r in table.rows for c in r)
    assert any(b.text == "CARRARA LUX" for b in blocks if b.kind != "table")


def test_the_same_heading_alone_centred_on_the_table_is_its_section() -> None:
    table = next(b for b in _series(photo=False) if b.kind == "table")
    assert any("CARRARA LUX" in c for r in table.rows for c in r)


def test_a_title_set_in_the_gutter_over_a_column_of_dashes_stays_whole() -> None:
    # "10 g" set flush right over dashes (a size none of these is sold in): it starts in the
    # gutter after the packet prices, so no cut parts its figure from its unit
    titles = [("Code", 40.0), ("Variety", 80.0), ("Pkt", 160.0), ("10 g", 194.0)]
    rows = [
        [("V2367", 40.0), ("Defender F1", 80.0), ("2.25", 160.0), ("-", 205.0)],
        [("V2372", 40.0), ("Black Beauty", 80.0), ("2.49", 160.0), ("-", 205.0)],
        [("V2386", 40.0), ("Soleil F1", 80.0), ("2.25", 160.0), ("-", 205.0)],
    ]
    blocks = layout_words(_table_words(titles, rows), [], [], 600, 800)
    tables = [b for b in blocks if b.kind == "table"]
    assert tables and tables[0].rows[0] == ["Code", "Variety", "Pkt", "10 g"]


def test_lone_bands_are_where_one_line_alone_has_cells() -> None:
    """`_cut_at_gutters` looks for gutters only under a segment covering a band no other line
    covers (a title bridging two columns): the bands, found once a table."""
    from pdfqueue.engines.layout import _lone_bands

    # line 0: a title from 10 to 120 over two columns (10-40 and 60-120) that lines 1 and 2 fill
    extents = sorted(
        [(10.0, 120.0, 0), (10.0, 40.0, 1), (60.0, 120.0, 1), (10.0, 38.0, 2), (60.0, 110.0, 2)]
    )
    bands = _lone_bands(extents)
    assert bands == {0: [(42.0, 60.0)]}  # the gutter, past the 2 points `_spans` joins across
    # every line's cells covered by another's: no band, nothing to cut
    assert (
        _lone_bands(sorted([(10.0, 40.0, 0), (10.0, 40.0, 1), (60.0, 90.0, 0), (60.0, 90.0, 1)]))
        == {}
    )


ROOM_KEY = [
    ("Št.", "Izdelek", "Material / barva", "Šifra", "Cena"),
    ("1", "Kavč Lina, trosed", "tkanina Boucle, svetlo siva", "187.512.32", "749,00 €"),
    ("2", "Fotelj Oslo", "tkanina, gorčično rumena", "404.267.13", "349,00 €"),
    ("3", "Klubska miza Ring", "hrast, oljeno", "964.192.33", "229,00 €"),
    ("4", "Stoječa svetilka Arc", "kovina, mat črna", "508.772.63", "99,00 €"),
    ("5", "Preproga Dune", "volna in viskoza, bež", "589.192.36", "319,00 €"),
]


def _hairlined(tmp_path: Path, pitch: float) -> Path:
    """A key table: a hairline across under its titles and under each row, `pitch` points
    apart, the rows' text 8 pt."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_page()
    pdf.set_font("DejaVu", "", 8)
    pdf.set_line_width(0.4)
    for row, cells in enumerate(ROOM_KEY):
        baseline = 300 + pitch * row
        for x, cell in zip((34, 62, 230, 400, 520), cells, strict=True):
            pdf.text(x, baseline, cell)
        pdf.line(30, baseline + 6, 565, baseline + 6)
    path = tmp_path / f"hairlined-{pitch}.pdf"
    pdf.output(str(path))
    return path


def test_rows_each_ruled_by_a_hairline_far_apart_are_one_table(tmp_path: Path) -> None:
    """Rows 22 pt apart, too far for a borderless table, each ruled under: one table, its
    titles first; and a table of Slovenian titles names its products by "Izdelek"."""
    from pdfqueue.engines.catalog import products_from_layout

    layout = analyse_document(_hairlined(tmp_path, 22.0))
    (table,) = [b for b in layout.pages[0].blocks if b.kind == "table"]
    assert table.rows == [list(cells) for cells in ROOM_KEY]
    products = products_from_layout(layout)
    assert [(p.name, p.codes, p.prices) for p in products] == [
        (name, [code], [price]) for _, name, _, code, price in ROOM_KEY[1:]
    ]


def test_hairlines_between_cards_are_no_table(tmp_path: Path) -> None:
    """The same hairlines 90 pt apart part cards or sections, each many lines tall: no table."""
    layout = analyse_document(_hairlined(tmp_path, 90.0))
    assert [b.kind for b in layout.pages[0].blocks if b.kind == "table"] == []
