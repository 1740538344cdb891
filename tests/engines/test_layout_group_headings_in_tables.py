"""A group's heading inside a borderless table ("PIEMONTE" over its wines, under the column
titles): set in capitals shorter than the type of the rows it heads, with more space above it
than between rows. The gap above a line of one segment over a row of cells is measured in the
taller of the two lines' heights, so a scan's heading a point shorter than its text layer's
does not end the table at its column titles (a scanned wine list: 0 -> 17 of 17 wines)."""

from __future__ import annotations

from pdfqueue.engines.layout import Block, Word, layout_words

WINES = [
    ("Barolo DOCG Cannubi", "Borgogno", "2019", "14", "78"),
    ("Barbaresco DOCG", "Castello di Verduno", "2020", "—", "62"),
    ("Barbera d'Asti", "Braida", "2021", "7", "34"),
    ("Dolcetto di Dogliani", "Pecchenino", "2022", "6", "26"),
]


def _words(text: str, left: float, top: float, bottom: float, gap: float = 2.5) -> list[Word]:
    """The words of `text` from `left`, each 0.55 of its height per character wide."""
    out, x, height = [], left, bottom - top
    for token in text.split():
        width = 0.45 * height * len(token)
        out.append(Word(token, x, top, x + width, bottom, height / 1.15))
        x += width + gap
    return out


def _list(heading_top: float) -> list[Block]:
    """Column titles over their quantities, the group's heading at `heading_top` (10.3 pt
    tall, as a scan reads its capitals), then wines on two lines each (11.7 pt tall)."""
    words = [
        *_words("Glass", 378, 97.1, 105.9),
        *_words("Bottle", 430, 97.1, 105.9),
        *_words("Vintage", 320, 106.1, 114.9),
        *_words("0,15 l", 381, 106.1, 114.9),
        *_words("0,75 l", 441, 106.1, 114.9),
        *_words("PIEMONTE", 265, heading_top, heading_top + 10.3),
    ]
    for n, (name, maker, year, glass, bottle) in enumerate(WINES):
        top = heading_top + 19 + 28 * n
        words += _words(name, 60, top, top + 11.7)
        words += _words(year, 330, top, top + 11.7)
        words += _words(glass, 390, top, top + 11.7)
        words += _words(bottle, 449, top, top + 11.7)
        words += _words(maker, 60, top + 12.5, top + 22.5)
    return layout_words(words, [], [], 595, 842)


def _tables(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if b.kind == "table"]


def test_a_group_heading_shorter_than_its_rows_keeps_the_column_titles_with_them() -> None:
    """16.8 pt above the heading: 1.6 of its own height is 16.5 pt, of its rows' 18.7 pt."""
    (table,) = _tables(_list(131.7))
    assert table.rows is not None
    assert any("Glass" in row for row in table.rows)
    assert any(row[0].startswith("Barolo") for row in table.rows)


def test_a_line_far_above_its_rows_still_ends_the_titles_run() -> None:
    """Control: 2.2 of the rows' heights above the heading, the titles are no table's."""
    tables = _tables(_list(114.9 + 2.2 * 11.7))
    assert not any(any("Glass" in row for row in t.rows or []) for t in tables)
