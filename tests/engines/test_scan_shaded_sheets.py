"""Scanned tables with shaded cells: a spreadsheet printed with its grey headings (column
letters across, row numbers down) and shaded group rows. On a scan the grey is as dark as a
hairline's ink; the gridlines along it are rules all the same, and OCR's losses among the
headings (a lone "1" or "E" read as nothing) leave them the sheet's frame, not its cells."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from pdfqueue.engines.layout import Word, layout_words, rules_in_image

SCALE = 200 / 72  # pixels per point
COLUMNS = (40.0, 62.0, 160.0, 380.0, 440.0, 520.0)  # x of the grid's lines: the frame first
ROWS = tuple(60.0 + 17.0 * n for n in range(10))  # y of its lines: the letters' row first


def _px(value: float) -> int:
    return round(value * SCALE)


def _shaded_sheet(draw: ImageDraw.ImageDraw) -> None:
    """Grey heading cells (the letters' row, the numbers' column) and a grey group row,
    light grey gridlines round every cell."""
    top, bottom, left, right = ROWS[0], ROWS[-1], COLUMNS[0], COLUMNS[-1]
    draw.rectangle((_px(left), _px(top), _px(right), _px(ROWS[1])), fill=228)
    draw.rectangle((_px(left), _px(top), _px(COLUMNS[1]), _px(bottom)), fill=228)
    draw.rectangle((_px(COLUMNS[1]), _px(ROWS[3]), _px(right), _px(ROWS[4])), fill=226)
    for y in ROWS:
        draw.line((_px(left), _px(y), _px(right), _px(y)), fill=195, width=2)
    for x in COLUMNS:
        draw.line((_px(x), _px(top), _px(x), _px(bottom)), fill=195, width=2)


def _scan() -> np.ndarray:
    size = (_px(595), _px(842))
    image = Image.new("L", size, 249)
    _shaded_sheet(ImageDraw.Draw(image))
    noise = np.random.default_rng(11).normal(0, 4, (size[1], size[0]))
    return np.clip(np.asarray(image, dtype=np.float64) + noise, 0, 255).astype(np.uint8)


def test_gridlines_along_shaded_cells_are_rules_the_shade_none() -> None:
    """Every gridline is one rule its whole length, those bordering the grey cells too, and
    none is found inside a grey row (read as ink, the grey's noisy rows made rules in it,
    and a gridline along a grey cell was one thick run with it: none)."""
    rules = rules_in_image(_scan(), 1 / SCALE)
    across = sorted(r for r in rules if r[2] - r[0] > r[3] - r[1])
    down = sorted(r for r in rules if r[3] - r[1] > r[2] - r[0])
    assert len(across) == len(ROWS)
    for rule, y in zip(sorted(across, key=lambda r: r[1]), ROWS, strict=True):
        assert abs((rule[1] + rule[3]) / 2 - y) <= 1.5
        assert rule[0] <= COLUMNS[0] + 1.5 and rule[2] >= COLUMNS[-1] - 1.5
    assert len(down) == len(COLUMNS)
    for rule, x in zip(down, COLUMNS, strict=True):
        assert abs((rule[0] + rule[2]) / 2 - x) <= 1.5
        assert rule[1] <= ROWS[0] + 1.5 and rule[3] >= ROWS[-1] - 1.5


def _word(text: str, left: float, row: int) -> Word:
    top = ROWS[row] + 4.0
    return Word(text, left, top, left + 4.5 * len(text), top + 10.0, 8.0)


def _grid_rules() -> list[tuple[float, float, float, float]]:
    top, bottom, left, right = ROWS[0], ROWS[-1], COLUMNS[0], COLUMNS[-1]
    rules = [(left, y - 0.5, right, y + 0.5) for y in ROWS]
    return rules + [(x - 0.5, top, x + 0.5, bottom) for x in COLUMNS]


ITEMS = [
    ("FT-DRL-2201", "Cordless drill 18 V", "pc", "189.00"),
    ("FT-IMP-2202", "Impact driver 18 V", "pc", "229.00"),
    ("FT-AGR-2210", "Angle grinder 125 mm", "pc", "149.00"),
    ("FT-BAT-2230", "Battery pack 5.0 Ah", "pc", "99.00"),
    ("FT-CHG-2231", "Fast charger", "pc", "59.00"),
]


def _sheet_words(letters: list[str], numbers: list[str]) -> list[Word]:
    """The sheet's words as OCR read them: `letters` over its columns, `numbers` down its
    frame ("" where OCR read nothing), a title row, column titles, a group row, items."""
    words = [_word(c, COLUMNS[n + 1] + 30, 0) for n, c in enumerate(letters) if c]
    words += [_word(n, COLUMNS[0] + 6, row) for row, n in enumerate(numbers, 1) if n]
    words += [_word("Fieldline Tools dealer price list", COLUMNS[1] + 3, 1)]
    for n, title in enumerate(["Item no.", "Description", "Unit", "Price"]):
        words.append(_word(title, COLUMNS[n + 1] + 3, 2))
    words.append(_word("POWER TOOLS", COLUMNS[1] + 3, 3))
    for row, item in enumerate(ITEMS, 4):
        for n, text in enumerate(item):
            left = COLUMNS[n + 1] + 3
            for token in text.split(" "):
                words.append(_word(token, left, row))
                left += 4.5 * len(token) + 3
    return words


def _table_rows(letters: list[str], numbers: list[str]) -> list[list[str]]:
    blocks = layout_words(_sheet_words(letters, numbers), _grid_rules(), [], 595, 842)
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1
    return tables[0].rows or []


def test_a_scanned_sheet_s_headings_partly_lost_are_no_cells() -> None:
    """OCR read some letters (one as "c") and some row numbers ("9" as "g", the single
    digits on grey as nothing): still the sheet's frame, so its rows are the items' cells
    (kept, the numbers' column and the letters' row were a column and a row of the table,
    and its products were read from neither)."""
    rows = _table_rows(["A", "B", "c", ""], ["", "", "3", "4", "5", "6", "", "g"])
    assert rows[0] == ["Fieldline Tools dealer price list", "", "", ""]
    assert rows[1] == ["Item no.", "Description", "Unit", "Price"]
    assert ["FT-DRL-2201", "Cordless drill 18 V", "pc", "189.00"] in rows


def test_a_first_column_of_words_under_letters_is_the_table_s_own() -> None:
    """Control: letters over the columns, but words down the first column (no row numbers
    OCR lost): a column of the table, kept."""
    words = ["", "Tools", "3", "", "5", "6", "", "8"]
    rows = _table_rows(["A", "B", "C", "D"], words)
    assert rows[0][:2] == ["", "A"]
    assert any(row[0] == "Tools" for row in rows)


def test_a_frame_s_side_beside_bold_prices_set_close_is_one_rule() -> None:
    """A price table's frame, its right side some 2 points right of bold prices: the side
    is one rule its whole length (compared with the prices' ink beside it, it was not darker
    than its left side there, and its run broke into pieces too short for a rule)."""

    def draw(draw: ImageDraw.ImageDraw) -> None:
        left, right, top, bottom = _px(40), _px(300), _px(100), _px(400)
        draw.rectangle((left, top, right, bottom), outline=195, width=2)
        for n in range(14):
            y = _px(110 + 20 * n)
            draw.rectangle((right - _px(24), y, right - _px(2.2), y + _px(9)), fill=20)

    size = (_px(595), _px(842))
    image = Image.new("L", size, 249)
    draw(ImageDraw.Draw(image))
    noise = np.random.default_rng(13).normal(0, 4, (size[1], size[0]))
    pixels = np.clip(np.asarray(image, dtype=np.float64) + noise, 0, 255).astype(np.uint8)
    down = [r for r in rules_in_image(pixels, 1 / SCALE) if r[3] - r[1] > r[2] - r[0]]
    assert len(down) == 2
    side = max(down)
    assert abs(side[0] - 300) <= 1.5 and side[1] <= 101 and side[3] >= 399
