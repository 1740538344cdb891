"""A table of one row set as text: column titles in a line ("Article no. | Item | EUR") over a
single row of values, each under its title (a data sheet's one accessory). The table finder
wants rows to tell columns by, so it leaves both lines as text; read as a table of titles and
one row, the row is a product when its values name it and price it."""

from __future__ import annotations

from collections.abc import Sequence

from pdfqueue.engines.catalog.blocks import rows_of_blocks
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.tables import table_products
from pdfqueue.engines.catalog.words import BARE_PRICE, column_title_role, is_name, is_price
from pdfqueue.engines.layout import Block, PageLayout

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


def _heading_over(page: PageLayout, titles: list[Block]) -> str | None:
    """The heading right over a one-row table whose titles name a size but no column of names
    ("Size | Ref. | Pack | Price"): the family the row offers, a short description between
    them at most; None without one."""
    top = min(b.top for b in titles)
    left, right = min(b.left for b in titles), max(b.right for b in titles)
    height = max(b.bottom - b.top for b in titles)
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
    """(products of the page's one-row tables set as text, the blocks they take)."""
    blocks = [
        (i, b)
        for i, b in enumerate(page.blocks)
        if i not in used and b.kind in _TEXT_KINDS and len(b.lines or [b.text]) == 1
    ]
    lines = _lines(blocks)
    products: list[Product] = []
    taken: set[int] = set()
    for n, line in enumerate(lines[:-1]):
        titles = [b for _, b in line]
        roles = [column_title_role(b.text.strip()) for b in titles]
        if (
            len(titles) < MIN_TITLES
            or not all(roles)
            or "price" not in roles
            or any(len(b.text.split()) > TITLE_MAX_WORDS for b in titles)
        ):
            continue
        row = [b for _, b in lines[n + 1]]
        height = max(b.bottom - b.top for b in titles)
        if row[0].top - max(b.bottom for b in titles) > ROW_GAP * height:
            continue
        if not _row_under(titles, row):
            continue
        if n + 2 < len(lines) and _row_under(titles, [b for _, b in lines[n + 2]]):
            continue  # more rows: a table for the table finder, not one row
        price = row[roles.index("price")].text.strip()
        if not (is_price(price) or BARE_PRICE.match(price)):
            continue  # a form's blank fields, a data block: nothing priced
        indexes = [i for i, _ in line] + [i for i, _ in lines[n + 1]]
        box = (
            min(b.left for b in titles + row),
            min(b.top for b in titles),
            max(b.right for b in titles + row),
            max(b.bottom for b in row),
        )
        rows = [[b.text.strip() for b in titles], [b.text.strip() for b in row]]
        text = "\n".join(" | ".join(r) for r in rows)
        table = Block("table", box, text, rows=rows)
        # a row of a size, a code and a price, no column of names: a family sold in one
        # size, named as the family ("Article no. | Item | EUR" names its item itself)
        sized = "size" in roles and "name" not in roles
        family = _heading_over(page, titles) if sized else None
        if family is not None:
            table.rows = [["Product", *rows[0]], [family, *rows[1]]]
        found = table_products(table, page.page_number, indexes[0], least=2, fewest=1)
        for product in found:
            product.block_indexes = indexes
        products += found
        taken |= set(indexes) if found else set()
    return products, taken
