"""A table of elements: products set as the cells of a grid, each cell headed by its number
(the article's code) at the top left and a weight or size level with it at the top right, then
a big symbol of one to three letters ("Eg", the shop's shorthand), the name in small type and
the price at the cell's foot (a tea merchant's "periodic table", a spice rack's chart).

The symbol is no name: the small line(s) under it name the cell. A cell is read down from its
head within its head's width, to its price; a key explaining the fields ("No.", "weight",
"Sy", "Name of the tea", "price") has no number and is no cell. The layout may read a row of
cells' heads, the row above's prices and the symbols as one borderless table: its cells are
placed by their column and row, the rows spread evenly over the table's height.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import PRICE, SIZE, is_name, is_price
from pdfqueue.engines.layout import PageLayout

MIN_CELLS = 6  # cells read, each with a name and a price, before the page is a table of them
HEAD_LEVEL = 4.0  # points a head's number and weight lie apart in height at most
HEAD_REACH = 120.0  # points right of the number its weight may lie
HEAD_TEXT = 6  # characters of a head's weight as a scan may misread it, at most
HEAD_SLACK = 6.0  # points a misread weight's end may lie off the heads' common width
SPAN_MARGIN = 6.0  # points a cell's content may reach past its head's ends
NAME_LINES = 3  # lines a cell's name wraps to at most

_NUMBER = re.compile(r"^\d{2,5}$")
_SYMBOL = re.compile(r"^[A-Z](?:[a-z]{0,2}|[A-Z])$")  # "Eg", "Mv"; "MV" as a scan reads it
_SKIPPED = ("figure", "header", "footer")


@dataclass
class _Piece:
    text: str
    left: float
    right: float
    y: float  # the middle of its line
    block: int

    @property
    def middle(self) -> float:
        return (self.left + self.right) / 2


def element_cells(page: PageLayout, used: set[int]) -> list[Product]:
    """The products of a grid of element cells on `page`, or none."""
    pieces = _pieces(page, used)
    heads = _heads(pieces)
    if len(heads) < MIN_CELLS:
        return []
    out: list[Product] = []
    for number, weight in heads:
        left, right = number.left - SPAN_MARGIN, (weight.right + SPAN_MARGIN)
        below = [n.y for n, _ in heads if n.y > number.y + HEAD_LEVEL and left <= n.middle <= right]
        floor = min(below, default=page.height)
        inside = sorted(
            (
                p
                for p in pieces
                if p is not number
                and p is not weight
                and number.y + HEAD_LEVEL < p.y < floor
                and left <= p.middle <= right
            ),
            key=lambda p: p.y,
        )
        product = _cell(page, number, weight, inside)
        if product is not None:
            out.append(product)
    if len(out) < MIN_CELLS or len({p.name.casefold() for p in out}) < len(out):
        return []
    return out


def _pieces(page: PageLayout, used: set[int]) -> list[_Piece]:
    """Every line of the page's text, and every cell of its tables, with its place."""
    out: list[_Piece] = []
    for index, block in enumerate(page.blocks):
        if index in used or block.kind in _SKIPPED:
            continue
        if block.kind == "table":
            if not block.rows or not block.columns:
                continue
            step = (block.bottom - block.top) / len(block.rows)
            for r, row in enumerate(block.rows):
                for c, cell in enumerate(row):
                    if cell.strip() and c < len(block.columns):
                        left, right = block.columns[c]
                        y = block.top + (r + 0.5) * step
                        out.append(_Piece(cell.strip(), left, right, y, index))
            continue
        lines = [line for line in (block.lines or [block.text]) if line.strip()]
        step = (block.bottom - block.top) / max(len(lines), 1)
        for k, line in enumerate(lines):
            y = block.top + (k + 0.5) * step
            out.append(_Piece(line.strip(), block.left, block.right, y, index))
    return out


def _heads(pieces: list[_Piece]) -> list[tuple[_Piece, _Piece]]:
    """Each cell's head: a number with a weight or size level with it, on its right; once
    `MIN_CELLS` heads say how wide a cell's head is, also a number with any short text
    ending that far right of it (a scan's "50 g" read as "509")."""
    beside = [(n, _level_right(pieces, n)) for n in pieces if _NUMBER.match(n.text)]
    pairs = [(n, w) for n, w in beside if w is not None]
    out = [(n, w) for n, w in pairs if SIZE.fullmatch(w.text)]
    if len(out) < MIN_CELLS:
        return out
    widths = sorted(w.right - n.left for n, w in out)
    width = widths[len(widths) // 2]
    weights = {id(w) for _, w in out}
    for number, weight in pairs:
        if (
            (number, weight) not in out
            and id(number) not in weights
            and len(weight.text) <= HEAD_TEXT
            and abs(weight.right - number.left - width) <= HEAD_SLACK
        ):
            out.append((number, weight))
            weights.add(id(weight))
    return out


def _level_right(pieces: list[_Piece], number: _Piece) -> _Piece | None:
    """The piece next right of `number` on its line, within `HEAD_REACH`."""
    level = [
        p
        for p in pieces
        if p is not number
        and abs(p.y - number.y) <= HEAD_LEVEL
        and 0 < p.left - number.right <= HEAD_REACH
    ]
    return min(level, key=lambda p: p.left) if level else None


def _cell(page: PageLayout, number: _Piece, weight: _Piece, inside: list[_Piece]) -> Product | None:
    """A cell's product: the symbol skipped, the small lines under it its name, to its price."""
    names: list[_Piece] = []
    price = None
    for k, piece in enumerate(inside):
        if is_price(piece.text) and PRICE.search(piece.text):
            price = piece
            break
        if k == 0 and _SYMBOL.match(piece.text):
            continue  # the cell's symbol: shorthand, not its name
        names.append(piece)
    if price is None or not names or len(names) > NAME_LINES:
        return None
    name = " ".join(p.text for p in names)
    if not is_name(name) or any(_NUMBER.match(p.text) for p in names):
        return None
    parts = [number, weight, *names, price]
    return Product(
        name=name,
        page=page.page_number,
        bbox=(
            min(p.left for p in parts),
            number.y,
            max(p.right for p in parts),
            price.y,
        ),
        source="element_cell",
        confidence=0.8,
        codes=[number.text],
        prices=[PRICE.search(price.text).group(0)],  # type: ignore[union-attr]
        sizes=[weight.text] if SIZE.fullmatch(weight.text) else [],
        block_indexes=sorted({p.block for p in parts}),
    )
