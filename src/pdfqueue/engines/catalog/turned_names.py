"""Items named by text set turned along them (a ski drawn upright, its name printed along it),
their details in a table under them, one column an item: its note, its lengths ("163 cm · 170
cm · 177 cm"), its article number ("Cikkszám: SK-27421"), its price and, on some, the struck
one. The layout keeps turned text apart (`PageLayout.turned`); a turned phrase that reads as a
name and stands over one column of a table, no further than `TURNED_ABOVE` of the table's
height above it, names that column. A column so named is a product when it gives a price or a
code, and a table is read so only when at least `MIN_TURNED_NAMES` of its columns are named
and each of those is priced or coded (so an axis label turned beside a chart names nothing).
"""

from __future__ import annotations

import itertools
import re

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import (
    BARE_CODE,
    CODE_LABEL,
    PRICE,
    SIZE,
    has_digit,
    is_name,
    unique_texts,
)
from pdfqueue.engines.layout import Block, PageLayout

_LABELLED = re.compile(r"^[^\W\d_][^\d:]{1,24}:\s*(\S+)$")
MIN_TURNED_NAMES = 2  # columns of a table named by turned phrases over them, at least
TURNED_ABOVE = 4.0  # table heights above a table a turned name may stand
STACK_GAP = 2.0  # type sizes between two blocks of an item's details under its name at most


def turned_name_products(page: PageLayout, used: set[int]) -> list[Product]:
    """The products of the tables whose columns are named by turned phrases over them."""
    names = [b for b in page.turned if is_name(b.text) and not PRICE.search(b.text)]
    if len(names) < MIN_TURNED_NAMES:
        return []
    out: list[Product] = []
    for index, table in enumerate(page.blocks):
        if index in used or table.kind != "table" or not table.rows or not table.columns:
            continue
        out += _named_columns(page, index, table, names)
    return out or _named_stacks(page, used, names)


def _named_stacks(page: PageLayout, used: set[int], names: list[Block]) -> list[Product]:
    """The products named by turned phrases when no table lies under them (a scan's details
    under each ski read as a stack of blocks a ski, not as one table): each name's details
    are the text blocks under it whose middles lie within half the way from its middle to the
    nearest name's: the first no further than `TURNED_ABOVE` of its length below it, each
    next within `STACK_GAP` type sizes of the one before (a page's footer further apart);
    read, line by line, as a table column's cells are."""
    if page.source != "ocr":  # a text layer lines the details up as the table they are
        return []
    middles = sorted((n.left + n.right) / 2 for n in names)
    if len(middles) < MIN_TURNED_NAMES:
        return []
    reach_x = min(b - a for a, b in itertools.pairwise(middles)) / 2
    products = []
    for name in names:
        middle = (name.left + name.right) / 2
        reach = TURNED_ABOVE * (name.bottom - name.top)
        under = [
            (index, block)
            for index, block in enumerate(page.blocks)
            if index not in used
            and block.kind != "table"
            and block.text.strip()
            and 0 <= block.top - name.bottom <= reach
            and abs((block.left + block.right) / 2 - middle) < reach_x
        ]
        under.sort(key=lambda item: item[1].top)
        stack = under[:1]  # the first block under the name, then those following it closely
        for item in under[1:]:
            before = stack[-1][1]
            if item[1].top - before.bottom > STACK_GAP * max(before.font_size, 1.0):
                break  # a footer or the next section, not this item's details
            stack.append(item)
        under = stack
        if not under:
            continue
        cells = [line.strip() for _, b in under for line in (b.lines or [b.text]) if line.strip()]
        product = _product(page, under[0][0], under[0][1], name, cells)
        product.bbox = (
            min(name.left, *(b.left for _, b in under)),
            name.top,
            max(name.right, *(b.right for _, b in under)),
            max(b.bottom for _, b in under),
        )
        product.block_indexes = [index for index, _ in under]
        products.append(product)
    if len(products) < MIN_TURNED_NAMES or not all(p.prices or p.codes for p in products):
        return []
    return products


def _named_columns(page: PageLayout, index: int, table: Block, names: list[Block]) -> list[Product]:
    reach = TURNED_ABOVE * (table.bottom - table.top)
    products = []
    for column, (left, right) in enumerate(table.columns or []):
        over = [
            n
            for n in names
            if left <= (n.left + n.right) / 2 <= right and 0 <= table.top - n.bottom <= reach
        ]
        if len(over) != 1:
            continue
        cells = [
            r[column].strip() for r in table.rows or [] if column < len(r) and r[column].strip()
        ]
        products.append(_product(page, index, table, over[0], cells))
    if len(products) < MIN_TURNED_NAMES or not all(p.prices or p.codes for p in products):
        return []
    return products


def _product(page: PageLayout, index: int, table: Block, name: Block, cells: list[str]) -> Product:
    codes = [
        m.group("code") for c in cells for m in CODE_LABEL.finditer(c) if has_digit(m.group("code"))
    ]
    # a cell of a label and a code alone ("Cikkszám: SK-27421"), the label in any language
    codes += [
        m.group(1) for c in cells if (m := _LABELLED.match(c)) and BARE_CODE.match(m.group(1))
    ]
    prices = [m.group(0) for c in cells for m in PRICE.finditer(c)]
    sizes = [m.group(0) for c in cells if not PRICE.search(c) for m in SIZE.finditer(c)]
    described = [
        c for c in cells if not (PRICE.search(c) or CODE_LABEL.search(c) or _LABELLED.match(c))
    ]
    return Product(
        name=name.text,
        page=page.page_number,
        bbox=(min(name.left, table.left), name.top, max(name.right, table.right), table.bottom),
        source="turned_name",
        confidence=0.8,
        codes=unique_texts(codes),
        prices=unique_texts(prices),
        sizes=unique_texts(sizes),
        description=" ".join(described),
        block_indexes=[index],
    )
