"""A card's name wrapped before its unit, among cards side by side read across as a table (a
column a card): "Encimera laminada 38" over "mm", the unit level with the other cards' codes.
The table finder makes the unit a row of its own, so that card's lines stand a row lower
than its neighbours' and its last line (its price) falls under the table as a loose line.
The unit is put back at the end of the name (a size's unit stays with its figure), the
card's lines under it move up a row, and the line set under the table in that card's column
fills the card's last row."""

from __future__ import annotations

import re
from dataclasses import replace

from pdfqueue.engines.catalog.words import LENGTH_UNITS, VOLUME_UNITS, WEIGHT_UNITS
from pdfqueue.engines.layout import Block, PageLayout

# a unit of measure alone in a cell: "mm", "cm", "kg", "ml"; or an electrical rating's ("W",
# "V", "mAh"), which a card's name ends in as often as in a size
UNIT_ALONE = re.compile(rf"(?:{LENGTH_UNITS}|{WEIGHT_UNITS}|{VOLUME_UNITS}|W|kW|V|Ah|mAh)\.?")


def units_run_on(page: PageLayout, index: int, block: Block) -> tuple[Block, set[int]]:
    """The table `block` (page block `index`) of cards side by side with each name's unit
    wrapped onto the row under it put back (see the module), and the indexes of the loose
    lines under the table taken back as those cards' last lines."""
    rows = [[c.strip() for c in r] for r in block.rows or []]
    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    moved = []
    for column in range(width):
        for number in range(1, len(rows)):
            cell, above = rows[number][column], rows[number - 1][column]
            if UNIT_ALONE.fullmatch(cell) and above[-1:].isdigit():
                rows[number - 1][column] = f"{above} {cell}"
                for below in range(number, len(rows) - 1):
                    rows[below][column] = rows[below + 1][column]
                rows[-1][column] = ""
                moved.append(column)
                break
    if not moved:
        return block, set()
    taken: set[int] = set()
    row_height = (block.bottom - block.top) / max(len(rows), 1)
    for column in moved:
        if not block.columns or column >= len(block.columns):
            continue
        left, right = block.columns[column]
        under = [
            n
            for n, b in enumerate(page.blocks)
            if n != index
            and b.kind in ("paragraph", "heading", "caption")
            and len(b.lines or [b.text]) == 1
            and -row_height / 2 <= b.top - block.bottom <= row_height
            and left - 2 <= b.left
            and b.right <= right + 2
        ]
        if len(under) == 1:
            rows[-1][column] = page.blocks[under[0]].text.strip()
            taken.add(under[0])
    return replace(block, rows=rows), taken
