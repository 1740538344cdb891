"""A web shop's export as a scan reads it: a letterhead (the shop's title at the left, the
date and the filter at the right, two lines) a line apart above a table of seven columns.
The letterhead is no row of the table: joined to it, its lines spanned the table's gutters
and merged its columns (the export's nine columns read as four). Control: a table's column
titles a line apart over its rows stay its first row."""

from __future__ import annotations

from pdfqueue.engines.layout import Word, layout_words

# cells as a scan's OCR placed them (left, right; points), each row's top and bottom
HEAD = [(24, 217, "ZahradaPlus.sk - Administracia"), (618, 817, "Vygenerovane: 06.12.2026")]
SUB = [(25, 103, "Produkty > Export (PDF)"), (545, 818, "Filter: Kategoria = Zahrada")]
TITLES = [
    (29, 56, "# Kod"),
    (99, 113, "EAN"),
    (171, 230, "Nazov produktu"),
    (505, 525, "Sklad"),
    (623, 676, "Cena bez DPH"),
    (695, 738, "Cena s DPH"),
    (785, 799, "DPH"),
]


def _row(cells: list[tuple[float, float, str]], top: float, bottom: float) -> list[Word]:
    size = (bottom - top) / 1.14  # an OCR word's box: its line's ascent to descent
    return [Word(text, left, top, right, bottom, size) for left, right, text in cells]


def _item(n: int) -> list[tuple[float, float, str]]:
    return [
        (31, 33, str(n)),
        (42, 74, f"ZP-1803{n}"),
        (99, 153, f"858661144093{n}"),
        (170, 278, f"Zahradna hadica Flex {n}"),
        (382, 462, "Zahrada > Zavlazovanie"),
        (505, 582, f"Skladom ({n} ks)"),
        (651, 676, f"1{n},18 EUR"),
        (713, 738, f"1{n},90 EUR"),
        (784, 800, "23%"),
    ]


def test_a_letterhead_a_line_above_a_table_is_no_row_of_it() -> None:
    words = _row(HEAD, 22.6, 36.8) + _row(SUB, 39.4, 48.6) + _row(TITLES, 64.0, 73.8)
    for n in range(1, 7):
        words += _row(_item(n), 81.5 + 17 * (n - 1), 90.7 + 17 * (n - 1))
    blocks = layout_words(words, [], [], 842, 595)
    tables = [b for b in blocks if b.kind == "table" and b.rows]
    assert len(tables) == 1
    rows = tables[0].rows or []
    assert not any("ZahradaPlus.sk" in cell for row in rows for cell in row), rows[:3]
    first = rows[-6]  # the export's first item: its code and its EAN in cells of their own
    assert any(c.endswith("ZP-18031") for c in first) and "8586611440931" in first, first


def test_column_titles_set_apart_over_a_table_stay_its_first_row() -> None:
    """Column titles a line apart over the rows, as few cells as the rows': the table's
    first row, whatever gutters the titles' segments span."""
    xs = (44, 104, 190, 240, 300, 350, 420)
    titles = ("Format (cm)", "Boja", "Sifra", "Debljina", "Kom/kut.", "EUR/m2", "EUR/kut.")
    words = _row([(x, x + 40, t) for x, t in zip(xs, titles, strict=True)], 62, 71)
    for n in range(1, 6):
        line = (f"{n}0 x 60", "antracit", f"2107{n}", "0,9 cm", "4", f"2{n},59", f"3{n},10")
        cells = [(x, x + 30, t) for x, t in zip(xs, line, strict=True)]
        words += _row(cells, 72 + 12 * n, 81 + 12 * n)
    tables = [b for b in layout_words(words, [], [], 842, 595) if b.kind == "table" and b.rows]
    assert len(tables) == 1
    rows = tables[0].rows or []
    assert rows[0][0] == "Format (cm)" and len(rows) == 6, rows[:2]
