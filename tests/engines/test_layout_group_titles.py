"""A table's first line titling groups of its columns ("Dimensions (mm)" over Ø | H | Wt,
"Price / 1000 pcs" over carton | pallet), set right under drawings of the articles: on a
scan the drawings are figures, and the run of lines from the titles looked like captions
under photos. The table found from its next line takes the titles back
(`layout._group_titles_above`); a note set over a table is no titles and stays out."""

from __future__ import annotations

from pdfqueue.engines.layout import Block, Word, layout_words


def _line(text: str, left: float, top: float, size: float = 8.0) -> list[Word]:
    words, x = [], left
    for token in text.split():
        words.append(Word(token, x, top, x + 0.5 * size * len(token), top + 1.2 * size, size))
        x = words[-1].right + 0.3 * size
    return words


COLUMNS = [40.0, 90.0, 200.0, 240.0, 264.0, 288.0, 320.0, 360.0, 400.0]
HEADER = ["Code", "Article", "Colour", "Ø", "H", "Wt", "carton", "pallet", "Pcs/pallet"]
ROWS = [
    ["BT-0250", "Bottle Marasca 250 ml", "green", "60", "268", "360", "308,63", "282,87", "4.200"],
    ["BT-0500", "Bottle Marasca 500 ml", "green", "66", "305", "455", "370,25", "325,28", "5.600"],
    ["BT-0750", "Bottle Dorica 750 ml", "white", "68", "330", "520", "388,78", "341,83", "4.200"],
]
DRAWINGS = [(150.0, 115.0, 180.0, 178.0), (300.0, 107.0, 330.0, 178.0)]  # bottles, 16 pt above


def _page(over: list[tuple[str, float]]) -> list[Block]:
    words: list[Word] = []
    for text, left in over:  # the line over the table
        words += _line(text, left, 194.0)
    for n, row in enumerate([HEADER, *ROWS]):
        for text, left in zip(row, COLUMNS, strict=True):
            words += _line(text, left, 207.0 + 15.0 * n)
    return layout_words(words, [], DRAWINGS, 600, 842)


def test_group_titles_under_drawings_are_the_table_s_first_row() -> None:
    blocks = _page([("Dimensions (mm)", 236.0), ("Price / 1000 pcs", 320.0)])
    (table,) = [b for b in blocks if b.kind == "table"]
    assert table.rows is not None
    first = " ".join(c for c in table.rows[0] if c)
    assert first == "Dimensions (mm) Price / 1000 pcs"  # over the columns they title
    assert table.rows[1][0] == "Code"
    assert not any("Dimensions" in b.text for b in blocks if b.kind != "table")


def test_a_note_over_the_table_under_drawings_stays_out_of_it() -> None:
    blocks = _page([("Sow outdoors in May, deep.", 150.0), ("Price list", 320.0)])
    (table,) = [b for b in blocks if b.kind == "table"]
    assert table.rows is not None and table.rows[0][0] == "Code"
    assert not any("Sow" in cell for row in table.rows for cell in row)
