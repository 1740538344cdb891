"""An item's box of prices by what is sold: one code set over a few lines, each a label of a
form the item is sold in and its price ("SG 4921-4926" over "Mint set £14.50", "Used set
£13.20", "First day cover £16.95": a stamp issue's prices as a dealer's bulletin sets them).

The box's one code says the lines are one item's: its prices in printed order, named by the
entry's title (the heading the box is set under), not one product per line ("Coastal Birds
Mint set"). Variants that are products of their own carry codes of their own, or none over
them all; a table of more than `MAX_LINES` lines, or with a column more, is a price list.
"""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import PRICE, has_digit, is_code, is_name, is_price
from pdfqueue.engines.layout import PageLayout

MAX_LINES = 4  # lines of a box's prices at most
MIN_LINES = 2
TITLE_LARGER = 1.25  # times the code's type the title's is at least
TITLE_REACH = 200.0  # points the entry's title is set over the box's code at most
CODE_GAP = 1.5  # line heights between the code and the box's first line at most

# a catalogue number with its series' letters and a range ("SG 4921-4926", "Mi 3512/17")
_NUMBERED = re.compile(r"^[A-Z][A-Za-z]{0,3}\.?\s?\d+(?:\s?[-–/]\s?\d+)?[a-z]?$")


def offer_box(page: PageLayout, index: int) -> list[Product]:
    """The one product of the table `index` when it is a box of prices by what is sold under
    one code; else none."""
    table = page.blocks[index]
    rows = [[c.strip() for c in row if c.strip()] for row in table.rows or []]
    if not MIN_LINES <= len(rows) <= MAX_LINES or any(len(row) != 2 for row in rows):
        return []
    labels = [row[0] for row in rows]
    if not all(is_name(label) and not has_digit(label) for label in labels):
        return []
    if len({label.casefold() for label in labels}) < len(labels):
        return []
    if not all(is_price(row[1]) and PRICE.search(row[1]) for row in rows):
        return []
    code = _code_over(page, index)
    title = _title_over(page, code[0]) if code is not None else None
    if code is None or title is None:
        return []
    name = " ".join(page.blocks[title].text.split())
    return [
        Product(
            name=name,
            page=page.page_number,
            bbox=table.bbox,
            source="table_row",
            confidence=0.8,
            codes=[code[1]],
            prices=[PRICE.search(row[1]).group(0) for row in rows],  # type: ignore[union-attr]
            block_indexes=[index, code[0], title],  # the title's: no entry of its own
        )
    ]


def _code_over(page: PageLayout, index: int) -> tuple[int, str] | None:
    """(block, code) of the code line set right over the table, across its width."""
    table = page.blocks[index]
    height = (table.bottom - table.top) / max(len(table.rows or []), 1)
    above = [
        (n, b)
        for n, b in enumerate(page.blocks)
        if b.kind not in ("table", "figure")
        and 0 <= table.top - b.bottom <= CODE_GAP * height
        and b.left < table.right
        and table.left < b.right
    ]
    if len(above) != 1:
        return None
    n, block = above[0]
    text = " ".join(block.text.split())
    if _NUMBERED.match(text) or (is_code(text) and not is_name(text)):
        return n, text
    return None


def _title_over(page: PageLayout, code: int) -> int | None:
    """The entry's title: the nearest text over the code line set clearly larger than it (a
    heading, or a scan's bold line read as a paragraph)."""
    line = page.blocks[code]
    over = [
        (n, b)
        for n, b in enumerate(page.blocks)
        if b.kind in ("heading", "paragraph")
        and b.bottom <= line.top
        and line.top - b.bottom <= TITLE_REACH
        and b.font_size >= TITLE_LARGER * line.font_size
    ]
    if not over:
        return None
    n, block = max(over, key=lambda nb: nb[1].bottom)
    return n if is_name(" ".join(block.text.split())) else None
