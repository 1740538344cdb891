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
do not rise so, and carry no model's heading over element names; a price change's columns
(the old price, the new one) rise by date, not by material."""

from __future__ import annotations

import itertools
import re

from pdfqueue.engines.catalog.families import heading_row
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.tables import MIN_TABLE_ROWS, titled
from pdfqueue.engines.catalog.words import JOINED_CODE, SIZE, amount_value, is_amount, is_name
from pdfqueue.engines.layout import Block, PageLayout

MIN_GROUPS = 2  # price columns (finish groups) a row prices its element in, at least
ELEMENT_MAX_WORDS = 5  # words of an element's name ("rohová sestava L", "3-seater with chaise")
# a whole amount as a price list prints it without its currency ("24 990", "1.290", "12990",
# "1 290,-"), or one with cents ("1,290.00")
_WHOLE = re.compile(r"^\d{1,3}(?:[ .'’]\d{3})+(?:,-)?$|^\d{3,6}(?:,-)?$")
_DASHES = frozenset({"-", "–", "—", "x", "/"})
# a price change's columns: the price before and the price after, which rise too, by date,
# not by material ("Bisheriger Preis | Neuer Preis", "Old price | New price", "Was | Now")
_BEFORE_AFTER = re.compile(
    r"\b(?:old|new|was|now|previous|current|bisherig\w*|neu\w*|alt\w*|ancien\w*|nouve\w*"
    r"|anterior\w*|nuev\w*|actual\w*|vecchi\w*|nuov\w*|precedente|oud\w*|nieuw\w*)\b",
    re.I,
)


MODEL_DEPTH = 260.0  # points a model's name may stand above its table (its photo and copy between)


def model_heading(page: PageLayout, index: int) -> str | None:
    """The model a table of elements is set under: the most prominent heading between it and
    the table before it (the nearest of the largest), in its columns; the column titles set
    apart over the table, bold, are smaller than the model's name. A scan's table finder may
    have taken the name as the table before's last row."""
    table = page.blocks[index]
    headings: list[Block] = []
    for block in reversed(page.blocks[:index]):
        if block.bottom > table.top or block.right < table.left or block.left > table.right:
            continue
        if block.kind == "table":
            if not headings:
                return heading_row(block)
            break
        if block.kind == "heading" and table.top - block.bottom <= MODEL_DEPTH:
            headings.append(block)
    if not headings:
        return None
    largest = max(h.font_size for h in headings)
    return next(h.text.strip() for h in headings if h.font_size >= largest)


def _value(text: str) -> float | None:
    """The amount a price cell holds, or None when it holds none."""
    bare = text.strip()
    if not (_WHOLE.match(bare) or is_amount(bare)):
        return None
    return amount_value(bare)


def _price_columns(rows: list[list[str]]) -> list[int]:
    """The columns at the table's right whose every cell is an amount (or a dash: a group the
    element is not made in; or blank: an amount a scan's OCR lost), left to right."""
    width = len(rows[0])
    out: list[int] = []
    for column in range(width - 1, 0, -1):
        cells = [r[column].strip() for r in rows]
        if not all(_value(c) is not None or c in _DASHES or not c for c in cells):
            break
        if sum(1 for c in cells if _value(c) is not None) * 2 < len(cells):
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
            if not code and JOINED_CODE.match(token):
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


def _element(cells: list[str]) -> str:
    """The element's name: the first cell before its code that names something, a scan's
    marks read from its pictogram ("1]", "— []") aside."""
    for cell in cells:
        words = cell.split()
        while words and not any(c.isalpha() for c in words[0]):
            words = words[1:]
        text = " ".join(words)
        if is_name(text, ELEMENT_MAX_WORDS):
            return text
    return ""


def finish_group_rows(
    block: Block, page: int, index: int, model: str | None, above: list[str] | None = None
) -> list[Product]:
    """The rows of a model's table of elements priced by finish group (see the module); []
    when the table is not one. Rows without a code (the column titles, a heading a scan's
    table finder took in) are no elements, when they hold no amount; `above`, the column
    titles set apart over the table, tell a price change as the titles inside it do."""
    rows = [[c.strip() for c in r] for r in block.rows or []]
    if not model or len(rows) < MIN_TABLE_ROWS:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    if width < 1 + MIN_GROUPS + 1:
        return []
    coded = [
        (number, row)
        for number, row in enumerate(rows)
        if any(JOINED_CODE.match(t) for c in row for t in c.split())
    ]
    others = [row for number, row in enumerate(rows) if number not in dict(coded)]
    if len(coded) < MIN_TABLE_ROWS or any(_value(c) is not None for r in others for c in r):
        return []
    prices = _price_columns([row for _, row in coded])
    if len(prices) < MIN_GROUPS:
        return []
    titles = [above] if above is not None and len(above) == width else []
    if any(_BEFORE_AFTER.search(row[c]) for row in [*others, *titles] for c in prices):
        return []  # a price change's old and new prices
    found = []
    for number, row in coded:
        first_code = next(
            c for c in range(width) if any(JOINED_CODE.match(t) for t in row[c].split())
        )
        element = _element(row[:first_code]) or _element(row[first_code : first_code + 1])
        code_size = _code_and_size(row[first_code : prices[0]])
        amounts = [row[c] for c in prices if _value(row[c]) is not None]
        values = [_value(a) or 0.0 for a in amounts]
        if code_size is None or not element or not _rising(values):
            return []
        found.append((number, element, *code_size, amounts))
    codes = [code for _, _, code, _, _ in found]
    elements = [element.casefold() for _, element, *_ in found]
    if len(set(codes)) < len(codes) or len(set(elements)) < len(elements):
        return []
    row_height = (block.bottom - block.top) / len(rows)
    out = []
    for number, element, code, size, amounts in found:
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
