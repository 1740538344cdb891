"""A table of one row: column titles in a line ("Article no. | Item | EUR") over a single row
of values, each under its title (a data sheet's one accessory). The layout finds it as a table
of two rows when both lines fill the same columns, and leaves it as two lines of text when
they do not (a title wider than its value); read either way as titles over one row, the row is
a product when its values name it and price it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pdfqueue.engines.catalog.blocks import rows_of_blocks
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.tables import table_products
from pdfqueue.engines.catalog.words import column_title_role, is_amount, is_name
from pdfqueue.engines.layout import Block, Box, PageLayout, union

MIN_TITLES = 3  # column titles a line sets over its one row (a code or a name, and a price)
TITLE_MAX_WORDS = 3  # words of a column title
ROW_GAP = 2.5  # line heights between the titles and their row at most

_TEXT_KINDS = ("paragraph", "caption", "heading")


def _lines(blocks: Sequence[tuple[int, Block]]) -> list[list[tuple[int, Block]]]:
    """One-line blocks grouped into visual lines, top to bottom, each left to right."""
    index = {id(b): i for i, b in blocks}
    return [[(index[id(b)], b) for b in line] for line in rows_of_blocks([b for _, b in blocks])]


def _under(value: Block, title: Block) -> bool:
    """A value set in its title's column: overlapping it across, or flush with its edge."""
    return value.left < title.right and value.right > title.left


def _row_under(titles: list[Block], row: list[Block]) -> bool:
    return len(row) == len(titles) and all(
        _under(v, t) and not any(_under(v, o) for o in titles if o is not t)
        for v, t in zip(row, titles, strict=True)
    )


HEADING_OVER = 5.0  # title heights above its titles a one-row table's family heading may end


def _heading_over(page: PageLayout, titles: Box) -> str | None:
    """The heading right over a one-row table whose titles name a size but no column of names
    ("Size | Ref. | Pack | Price"): the family the row offers, a short description between
    them at most; None without one."""
    left, top, right, bottom = titles
    height = bottom - top
    above = [
        b
        for b in page.blocks
        if b.bottom <= top
        and b.right > left - height
        and b.left < right
        and top - b.bottom <= HEADING_OVER * height
    ]
    if not above:
        return None
    nearest = max((b for b in above if b.kind == "heading"), key=lambda b: b.bottom, default=None)
    if nearest is None or any(b.kind == "table" for b in above if b.top > nearest.top):
        return None
    text = nearest.text.strip()
    return text if is_name(text) else None


def single_row_tables(page: PageLayout, used: set[int]) -> tuple[list[Product], set[int]]:
    """(products of the page's one-row tables, the blocks they take): titles and their row set
    as two lines of text, or found by the layout as a table of two rows (titles and one row)."""
    products: list[Product] = []
    taken: set[int] = set()
    for one_row in (*_set_as_text(page, used), *_two_row_tables(page, used)):
        found = _products(page, one_row)
        products += found
        taken |= set(one_row.indexes) if found else set()
    return products, taken


@dataclass
class _OneRow:
    indexes: list[int]  # the page's blocks it is made of
    titles: list[str]
    row: list[str]
    box: Box  # the table's
    titles_box: Box  # the line of its titles


def _set_as_text(page: PageLayout, used: set[int]) -> list[_OneRow]:
    """Column titles in a line of one-line blocks over a single row of values, each under its
    title, and no further row under them."""
    blocks = [
        (i, b)
        for i, b in enumerate(page.blocks)
        if i not in used and b.kind in _TEXT_KINDS and len(b.lines or [b.text]) == 1
    ]
    lines = _lines(blocks)
    found: list[_OneRow] = []
    for n, line in enumerate(lines[:-1]):
        titles = [b for _, b in line]
        if not _are_titles([b.text.strip() for b in titles]):
            continue
        row = [b for _, b in lines[n + 1]]
        height = max(b.bottom - b.top for b in titles)
        if row[0].top - max(b.bottom for b in titles) > ROW_GAP * height:
            continue
        if not _row_under(titles, row):
            continue
        if n + 2 < len(lines) and _row_under(titles, [b for _, b in lines[n + 2]]):
            continue  # more rows: a table for the table finder, not one row
        found.append(
            _OneRow(
                indexes=[i for i, _ in line] + [i for i, _ in lines[n + 1]],
                titles=[b.text.strip() for b in titles],
                row=[b.text.strip() for b in row],
                box=_around(titles + row),
                titles_box=_around(titles),
            )
        )
    return found


def _two_row_tables(page: PageLayout, used: set[int]) -> list[_OneRow]:
    """The layout's tables of two rows, column titles over one row of as many cells."""
    found: list[_OneRow] = []
    for i, block in enumerate(page.blocks):
        rows = block.rows or []
        if i in used or block.kind != "table" or len(rows) != 2 or len(rows[1]) != len(rows[0]):
            continue
        titles = [cell.strip() for cell in rows[0]]
        if _are_titles(titles):
            left, top, right, bottom = block.bbox
            half = (left, top, right, (top + bottom) / 2)  # the titles' line, the upper row
            row = [cell.strip() for cell in rows[1]]
            found.append(_OneRow([i], titles, row, block.bbox, half))
    return found


def _are_titles(texts: list[str]) -> bool:
    """A one-row table's column titles: at least `MIN_TITLES`, short, each a column title,
    one of them a price's."""
    roles = [column_title_role(t) for t in texts]
    return (
        len(texts) >= MIN_TITLES
        and all(roles)
        and "price" in roles
        and not any(len(t.split()) > TITLE_MAX_WORDS for t in texts)
    )


def _around(blocks: Sequence[Block]) -> Box:
    return union([b.bbox for b in blocks])


def _products(page: PageLayout, one_row: _OneRow) -> list[Product]:
    """The row as a product, when its value under the price title is a price (a form's blank
    fields, a data block: nothing priced)."""
    roles = [column_title_role(t) for t in one_row.titles]
    price = one_row.row[roles.index("price")]
    if not is_amount(price):
        return []
    rows = [one_row.titles, one_row.row]
    text = "\n".join(" | ".join(r) for r in rows)
    table = Block("table", one_row.box, text, rows=rows)
    # a row of a size, a code and a price, no column of names: a family sold in one
    # size, named as the family ("Article no. | Item | EUR" names its item itself)
    sized = "size" in roles and "name" not in roles
    family = _heading_over(page, one_row.titles_box) if sized else None
    if family is not None:
        table.rows = [["Product", *rows[0]], [family, *rows[1]]]
    found = table_products(table, page.page_number, one_row.indexes[0], least=2, fewest=1)
    for product in found:
        product.block_indexes = list(one_row.indexes)
    return found
