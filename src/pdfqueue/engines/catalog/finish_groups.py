"""A model's elements priced by finish group: furniture makers' type lists (sofas, beds,
kitchens) print under each model's name a table whose rows are the model's elements (a
three-seater, an armchair, a corner unit; "trojsedák", "Sessel", "fauteuil"), each with its
order code (and its size), and one price per fabric, leather or finish group across ("Skupina
A | B | C | Kůže", "Preisgruppe 1 | 2 | 3", "Cat. A | B | Cuir"), the amounts bare (the
currency said once, in the page's header). A row is a product named as a labeller writes it:
the model, then the element ("Lund trojsedák"); its code the row's code, its size the row's
dimensions, its prices the groups' left to right.

Read only where the table tells this form: a model's heading above it, an element's name in
the first column of every row, an article code in every row (codes distinct), and two price
columns at least at its right whose amounts rise (or stay) from group to group in every row,
as dearer materials do; a packing list's or a statement's figures (a quantity, then weights)
do not rise so, and carry no model's heading over element names."""

from __future__ import annotations

import itertools
import re

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.tables import MIN_TABLE_ROWS, titled
from pdfqueue.engines.catalog.words import (
    BARE_PRICE,
    PRICE,
    SIZE,
    is_name,
    is_price,
)
from pdfqueue.engines.layout import Block

MIN_GROUPS = 2  # price columns (finish groups) a row prices its element in, at least
ELEMENT_MAX_WORDS = 5  # words of an element's name ("rohová sestava L", "3-seater with chaise")
# an order code: capitals and figures joined by dashes, dots or slashes ("LUN-3S-648", "4711.20")
_CODE = re.compile(r"^(?=\S*\d)(?=\S*[A-Z])[A-Z0-9]+(?:[-./][A-Z0-9]+)+$")
# a whole amount as a price list prints it without its currency ("24 990", "1.290", "12990",
# "1 290,-"), or one with cents ("1,290.00")
_WHOLE = re.compile(r"^\d{1,3}(?:[ .'’]\d{3})+(?:,-)?$|^\d{3,6}(?:,-)?$")
_DASHES = frozenset({"-", "–", "—", "x", "/"})


def _value(text: str) -> float | None:
    """The amount a price cell holds, or None when it holds none."""
    bare = text.strip()
    if not (
        _WHOLE.match(bare) or BARE_PRICE.match(bare) or (is_price(bare) and PRICE.search(bare))
    ):
        return None
    digits = re.sub(r"[^\d,.]", "", bare.removesuffix(",-"))
    if re.search(r"[,.]\d{2}$", digits):  # its cents after the last mark
        whole, cents = digits[:-3], digits[-2:]
        return float(re.sub(r"\D", "", whole) + "." + cents)
    return float(re.sub(r"\D", "", digits) or 0)


def _price_columns(rows: list[list[str]]) -> list[int]:
    """The columns at the table's right whose every cell is an amount (or a dash: a group the
    element is not made in), left to right."""
    width = len(rows[0])
    out: list[int] = []
    for column in range(width - 1, 0, -1):
        cells = [r[column].strip() for r in rows]
        if not all(_value(c) is not None or c in _DASHES for c in cells):
            break
        if not any(_value(c) is not None for c in cells):
            break
        out.insert(0, column)
    return out


def _rising(values: list[float]) -> bool:
    return len(values) >= MIN_GROUPS and all(b >= a for a, b in itertools.pairwise(values))


def _code_and_size(cells: list[str]) -> tuple[str, str] | None:
    """The row's order code and its size from the cells between its element and its prices
    (a code and dimensions set close may share one cell: "LUN-3S-648 214 × 92 × 84")."""
    code, size = "", ""
    for cell in cells:
        tokens = cell.split()
        for n, token in enumerate(tokens):
            if not code and _CODE.match(token):
                code = token
                rest = " ".join(tokens[n + 1 :]).strip()
                size = size or rest
                break
        else:
            if (
                cell.strip()
                and not size
                and (SIZE.search(cell) or re.search(r"\d\s?[x×]\s?\d", cell))
            ):
                size = cell.strip()
    return (code, size) if code else None


def finish_group_rows(block: Block, page: int, index: int, model: str | None) -> list[Product]:
    """The rows of a model's table of elements priced by finish group (see the module); []
    when the table is not one."""
    rows = [[c.strip() for c in r] for r in block.rows or []]
    if not model or len(rows) < MIN_TABLE_ROWS:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    if width < 1 + MIN_GROUPS + 1:
        return []
    prices = _price_columns(rows)
    if len(prices) < MIN_GROUPS:
        return []
    found = []
    for row in rows:
        element = row[0]
        coded = _code_and_size(row[1 : prices[0]])
        amounts = [row[c] for c in prices if _value(row[c]) is not None]
        values = [_value(a) or 0.0 for a in amounts]
        if coded is None or not is_name(element, ELEMENT_MAX_WORDS) or not _rising(values):
            return []
        found.append((element, *coded, amounts))
    codes = [code for _, code, _, _ in found]
    elements = [element.casefold() for element, *_ in found]
    if len(set(codes)) < len(codes) or len(set(elements)) < len(elements):
        return []
    row_height = (block.bottom - block.top) / len(rows)
    out = []
    for number, (element, code, size, amounts) in enumerate(found):
        top = block.top + number * row_height
        out.append(
            Product(
                name=titled(model, element),
                page=page,
                bbox=(block.left, top, block.right, top + row_height),
                source="table_row",
                confidence=0.85,
                codes=[code],
                prices=amounts,
                sizes=[size] if size else [],
                attributes={"model": model, "element": element},
                block_indexes=[index],
            )
        )
    return out
