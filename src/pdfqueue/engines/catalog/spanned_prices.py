"""Price columns titled only by a title spanning them: a nursery's or garden centre's plant
list sets one price column per pot size ("P11", "2 liter" ... "25 liter") under one title
over them all ("Pris kr per pottestørrelse", "Prices per pot size"), the pot sizes printed
turned 90° (which the text layer's upright reading leaves out) and a dash where that size is
not sold. The table then has no column titled as prices, and its whole amounts ("89", "139")
look like any figures.

Each row naming an item (its first cell a name) and ending in a run of amounts and dashes is
one product: its prices the amounts in printed order (a dash: a size not sold), its other
cells (a hardiness zone, a height) attributes. On a scan, OCR reads a thin dash as "=", "~"
or a lone letter: in such a run, a dash. Only under such a title: above the table, in its
width, over the right part of it (where the amounts are), a few words on a line titling
prices, with nothing between it and the table but short lines (column heads, sections) and
the list's earlier tables (a list carried over several tables, section rows between them),
and with sizes not sold (a dash) in at least `DASHED_SHARE` of the rows. A table of figures
without that title, or filling every column (a report's years, a price index's regions),
offers nothing here."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import (
    BARE_PRICE,
    PRICE,
    column_title_role,
    is_name,
    starts_like_a_name,
)
from pdfqueue.engines.layout import Block, PageLayout

MIN_SPANNED_ROWS = 3  # rows of such a table that are products, at least
DASHED_SHARE = 1 / 3  # share of them with a dash among their amounts (a size not sold), least
TITLE_MAX_WORDS = 6  # words of a title spanning price columns ("Pris kr per pottestørrelse")

# a whole amount ("89", "1 290", "1.290") or one with cents; a dash: not sold in that size
_AMOUNT = re.compile(r"^(?:\d{1,4}|\d(?:[ \u00a0.]\d{3})+|\d{1,3}(?:\.\d{3})+)(?:,-)?$")
_DASH = re.compile(r"^[-–—]$")
# a scan's reading of that thin dash: "=", "~", a mark ("&"), or one letter ("o", "g")
_READ_DASH = re.compile(r"^(?:[-–—=~_]{1,2}|[^\w\s]|[^\W\d_])$")


def _amount(text: str) -> bool:
    return bool(_AMOUNT.match(text) or BARE_PRICE.match(text) or PRICE.fullmatch(text))


def _tokens(cell: str, scanned: bool = False) -> list[str] | None:
    """A cell's amounts and dashes (two cells the table finder merged: "- 99", "99 139"), or
    None when it holds anything else (`scanned`: OCR's misreadings of a dash count as one)."""
    cell = cell.strip()
    if not cell:
        return []
    parts = [cell] if _amount(cell) else cell.split()
    tokens = ["-" if scanned and _READ_DASH.match(p) else p for p in parts]
    if all(_amount(t) or _DASH.match(t) for t in tokens):
        return tokens
    return None


def _trailing_amounts(
    row: Sequence[str], scanned: bool = False
) -> tuple[int, list[str], bool] | None:
    """Where a row's run of amounts and dashes starts (its last cells), the amounts, and
    whether a dash is among them; None without a run of two or more holding an amount."""
    found: list[str] = []
    start = len(row)
    for column in range(len(row) - 1, 0, -1):
        tokens = _tokens(row[column], scanned)
        if tokens is None:
            break
        found = tokens + found
        start = column
    amounts = [t for t in found if not _DASH.match(t)]
    if len(found) < 2 or not amounts:
        return None
    return start, amounts, len(amounts) < len(found)


def price_title_over(page: PageLayout, index: int) -> Block | None:
    """The title spanning a table's price columns, above it (see the module); None without."""
    table = page.blocks[index]
    middle = (table.left + table.right) / 2
    for block in reversed(page.blocks[:index]):
        if block.bottom > table.top or block.right < table.left or block.left > table.right:
            continue  # beside or below it
        if block.kind == "table":
            continue  # the list's earlier table: the title is over it too
        words = block.text.split()
        short = len(words) <= TITLE_MAX_WORDS and len(block.lines or [block.text]) <= 1
        if block.kind not in ("heading", "header", "paragraph", "caption") or not short:
            return None  # prose, a photo: the title above it is another's
        centre = (block.left + block.right) / 2
        if centre > middle and column_title_role(block.text.strip()) == "price":
            return block
        # column heads ("Plant", "Zone"), a section's name, marks a scan read: walk on
    return None


def spanned_price_rows(page: PageLayout, index: int) -> list[Product]:
    """The rows of a table whose price columns are titled only by a title spanning them."""
    block = page.blocks[index]
    rows = [[c.strip() for c in r] for r in block.rows or []]
    if len(rows) < MIN_SPANNED_ROWS or price_title_over(page, index) is None:
        return []
    row_height = (block.bottom - block.top) / max(len(rows), 1)
    out: list[Product] = []
    dashed = 0
    for number, row in enumerate(rows):
        name = row[0] if row else ""
        if not name or not any(row[1:]):
            continue  # a section's row ("Roser"), or an empty one
        run = _trailing_amounts(row, page.source == "ocr")
        if run is None or not is_name(name) or not starts_like_a_name(name):
            continue
        start, amounts, dash = run
        dashed += dash
        top = block.top + number * row_height
        attributes = {f"column {c + 1}": row[c] for c in range(1, start) if row[c]}
        out.append(
            Product(
                name=name,
                page=page.page_number,
                bbox=(block.left, top, block.right, top + row_height),
                source="table_row",
                confidence=0.8,
                prices=amounts,
                attributes=attributes,
                block_indexes=[index],
            )
        )
    # a price per size with sizes not sold: a report's figures by year fill every column
    if len(out) < MIN_SPANNED_ROWS or dashed < DASHED_SHARE * len(out):
        return []
    return out
