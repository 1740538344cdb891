"""Tables set side by side under photos, with a note under each row and dashes for what is not
offered: one table read across both, its notes rows of their own, its dashes cells."""

from __future__ import annotations

from pdfqueue.engines.layout import Word, layout_words


def _line(text: str, left: float, top: float, size: float = 8.5) -> list[Word]:
    words, x = [], left
    for token in text.split():
        words.append(Word(token, x, top, x + 0.5 * size * len(token), top + 1.2 * size, size))
        x = words[-1].right + 0.3 * size
    return words


COLUMNS = [40.0, 80.0, 170.0, 205.0, 237.0, 270.0]  # Code, Variety, Days, Pkt, 10 g, 50 g
HEADER = ["Code", "Variety", "Days", "Pkt", "10 g", "50 g"]
LEFT = [
    (["V2020", "Provider", "105", "2.25", "5.85", "21.38"], "Smooth skin, deep colour."),
    (["V2044", "Cobra", "97", "2.25", "5.85", "21.38"], "Reliable even in a cool summer."),
    (["V2216", "Flyaway F1", "50", "3.45", "-", "-"], "Striking colour in the kitchen."),
]
RIGHT = [
    (["V2114", "Boltardy", "91", "1.95", "5.07", "18.52"], "Striking colour in the kitchen."),
    (["V2117", "Chioggia", "119", "3.45", "8.97", "32.77"], "Smooth skin, deep colour."),
    (["V2260", "Tom Thumb", "71", "1.95", "5.07", "18.52"], "Award of Garden Merit."),
]
PHOTOS = [(40.0, 80.0, 290.0, 200.0), (305.0, 80.0, 555.0, 200.0)]


def _words() -> list[Word]:
    words: list[Word] = []
    for offset, table in ((0.0, LEFT), (265.0, RIGHT)):
        for x, title in zip(COLUMNS, HEADER, strict=True):
            words += _line(title, x + offset, 250.0, 7.5)
        for number, (cells, note) in enumerate(table):
            top = 266.0 + 28.0 * number
            for x, cell in zip(COLUMNS, cells, strict=True):
                # figures and dashes set flush right in their columns, as printed
                right_aligned = cell[:1].isdigit() or cell == "-"
                left = x + 20.0 - 4.25 * len(cell) if right_aligned else x
                words += _line(cell, left + offset, top)
            words += _line(note, COLUMNS[1] + offset, top + 12.0, 8.0)
    return sorted(words, key=lambda w: (w.top, w.left))


def test_two_tables_under_photos_with_notes_under_their_rows_are_read_as_a_table() -> None:
    blocks = layout_words(_words(), [], PHOTOS, 600, 800)
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1
    rows = tables[0].rows
    assert rows[0] == HEADER + HEADER
    assert rows[1][:2] == ["V2020", "Provider"] and rows[1][6:8] == ["V2114", "Boltardy"]
    assert rows[2][1] == "Smooth skin, deep colour."  # the note: a row of its own
    assert rows[2][7] == "Striking colour in the kitchen."
    assert rows[5][4:7] == ["-", "-", "V2260"]  # dashes are cells, not the next code's bullet
