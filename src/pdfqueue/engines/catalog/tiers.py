"""Quantity tiers under an item: a small table that prices one item by the quantity ordered,
quantities across its first row ("Qty | 50 | 100 | 250 | 500 | 1000") and the unit price of
each under it ("£ each | 4.95 | 4.20 | ..."; a dash where the quantity is below the minimum
order), as promotional-merchandise, packaging and print catalogues set one under each item's
photo and text. The tiers are the item's prices, left to right, dashes skipped; the table
itself names nothing (it is no list of products). On a scan the table finder may not see the
small grid: its cells are then read as short blocks, a label block ("Qty" over "£ each", its
lines digit-free) with the quantities level with its first line and the amounts with its
second (`text_tiers`). A card's small table of variants under its item ("Talpa | Aukštis |
Kaina": a pot, a height and a price a row, a nursery's) prices it too, each variant's price top
down; cards side by side may make one table, each card's columns its own (`variant_prices`).
A small table of an item's sizes across, each size's price under it ("1 l | 2,5 l | 5 l" over
"4 990 Ft | 11 730 Ft | 21 960 Ft", a paint's tins; a row of prices per litre under them),
set under the item's text beside its photo, prices it by size (`size_prices`)."""

from __future__ import annotations

import itertools
import re

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import (
    PRICE,
    column_title_role,
    has_digit,
    is_amount,
    is_size,
    unique_texts,
)
from pdfqueue.engines.layout import Block, PageLayout

MIN_TIERS = 3  # quantities a tier table prices at least
TIER_GAP = 40.0  # points between an item's text and its tier table under it, at most
_QUANTITY = re.compile(r"^(\d[\d,.' ]*?)\s*\+?$")
_DASHES = frozenset({"-", "–", "—", "/", "·", "x", "n/a"})


def _quantity(text: str) -> int | None:
    match = _QUANTITY.match(text.strip())
    if match is None:
        return None
    digits = re.sub(r"\D", "", match.group(1))
    return int(digits) if digits else None


def tier_prices(block: Block) -> list[str] | None:
    """The prices of a tier table (two rows: a label and rising quantities over a label and an
    amount or a dash for each), left to right; None when the block is no tier table."""
    rows = block.rows or []
    if block.kind != "table" or len(rows) != 2 or len(rows[0]) != len(rows[1]):
        return None
    quantities = [_quantity(c) for c in rows[0][1:]]
    cells = [c.strip() for c in rows[1][1:]]
    if len(quantities) < MIN_TIERS or any(q is None for q in quantities):
        return None
    if any(b <= a for a, b in itertools.pairwise(quantities)):  # type: ignore[operator]
        return None
    if not all(is_amount(c) or c.casefold() in _DASHES or not c for c in cells):
        return None
    prices = [c for c in cells if is_amount(c)]
    return prices or None


TIER_ROW = 20.0  # points a tier table's row is high at most (a line and its cell's padding)
_TEXT_KINDS = ("paragraph", "heading", "caption")


def _tokens(text: str) -> list[str]:
    """A line's tokens, a scan's marks read from the grid's rules ("|", "[") aside."""
    return [t for t in text.split() if any(c.isalnum() for c in t) or t in _DASHES]


def text_tiers(page: PageLayout, used: set[int]) -> list[tuple[list[int], list[str], Block]]:
    """Tier tables read as loose blocks (a scan's): per table its blocks, its prices left to
    right and its label block (see the module)."""
    blocks = page.blocks
    out: list[tuple[list[int], list[str], Block]] = []
    taken: set[int] = set()
    for index, label in enumerate(blocks):
        if index in used or index in taken or label.kind not in _TEXT_KINDS:
            continue
        lines = [" ".join(_tokens(line)) for line in (label.lines or [label.text])]
        lines = [line for line in lines if line]
        if any(has_digit(line) for line in lines) or not 1 <= len(lines) <= 2:
            continue
        if any(len(line.split()) > 2 for line in lines):
            continue
        top = label.top
        middle = top + (label.bottom - top) / 2 if len(lines) == 2 else label.bottom + 2
        if len(lines) == 1:  # its second label a block of its own under it ("£ each")
            under = [
                n
                for n, b in enumerate(blocks)
                if n not in used
                and b.kind in _TEXT_KINDS
                and 0 <= b.top - label.bottom <= TIER_ROW / 2
                and abs(b.left - label.left) <= 10
                and not has_digit(b.text)
            ]
            if not under:
                continue
        else:
            under = []
        members, first, second = [index, *under], [], []
        cells = sorted(
            (
                (b.left, n, b)
                for n, b in enumerate(blocks)
                if n not in used
                and n not in members
                and b.kind in _TEXT_KINDS
                and b.left > label.right
                and top - 4 <= b.top
                and b.bottom <= top + 2 * TIER_ROW + 4
            ),
        )
        for _, n, block in cells:
            parts = [_tokens(line) for line in (block.lines or [block.text])]
            parts = [p for p in parts if p]
            if parts and not has_digit(block.text):
                break  # the next item's labels: its tiers are its own
            if len(parts) == 2:
                first += parts[0]
                second += parts[1]
            elif len(parts) == 1:
                (first if block.bottom <= middle + 2 else second).extend(parts[0])
            else:
                continue
            members.append(n)
        quantities = [_quantity(t) for t in first]
        if len(quantities) < MIN_TIERS or any(q is None for q in quantities):
            continue
        if any(b <= a for a, b in itertools.pairwise(quantities)):  # type: ignore[operator]
            continue
        prices = [t for t in second if is_amount(t)]
        if not prices or len(prices) > len(quantities):
            continue
        taken.update(members)
        out.append((members, prices, label))
    return out


def priced_by_tiers(
    page: PageLayout,
    products: list[Product],
    used: set[int],
    loose: list[tuple[list[int], list[str], Block]] | None = None,
) -> set[int]:
    """Give each product found without prices (an item captioned under its photo) the prices of
    the tier table set right under its text, within its column (a table block, or one of
    `loose`: read from a scan's blocks); the blocks so read."""
    tiers = [([n], tier_prices(b), b) for n, b in enumerate(page.blocks) if n not in used]
    tiers = [(n, p, b) for n, p, b in tiers if p] + list(loose or [])
    taken: set[int] = set()
    for product in products:
        if product.prices:
            continue
        left, _, right, bottom = product.bbox
        for members, prices, block in tiers:
            if set(members) & taken:
                continue
            if not (0 <= block.top - bottom <= TIER_GAP and left - 10 <= block.left < right):
                continue
            product.prices = unique_texts(prices or [])
            product.block_indexes = [*product.block_indexes, *members]
            product.bbox = (left, product.bbox[1], right, max(bottom, block.bottom))
            taken.update(members)
            break
    for product in products:
        if product.prices:
            continue
        left, _, right, bottom = product.bbox
        for n, block in enumerate(page.blocks):
            if n in used or block.kind != "table" or not 0 <= block.top - bottom <= TIER_GAP:
                continue
            prices = variant_prices(block, left, right)
            if prices:
                product.prices = prices
                product.block_indexes = [*product.block_indexes, n]
                product.bbox = (left, product.bbox[1], right, max(bottom, block.bottom))
                taken.add(n)
                break
    for product in products:
        if product.prices:
            continue
        left, _, right, bottom = product.bbox
        text = [
            page.blocks[i].bottom
            for i in product.block_indexes
            if i < len(page.blocks) and page.blocks[i].kind != "figure"
        ]
        under = max(text, default=bottom)  # a table under the text beside the photo
        for n, block in enumerate(page.blocks):
            if n in used or n in taken or not 0 <= block.top - under <= TIER_GAP:
                continue
            if not left - CARD_SLACK <= block.left < right:
                continue
            sized = size_prices(block, scanned=page.source == "ocr")
            if sized is not None:
                product.prices, sizes = sized
                product.sizes = sizes  # the sizes offered, each priced
                product.block_indexes = [*product.block_indexes, n]
                product.bbox = (left, product.bbox[1], right, max(bottom, block.bottom))
                taken.add(n)
                break
    return taken


SIZE_ROWS = 3  # rows of a table of an item's sizes across: sizes, prices, prices per unit
# an amount per unit of measure ("4 990 Ft/l", "12,50 €/m²"): a size's price per litre
_PER_MEASURE = re.compile(r"/\s?[^\W\d_]{1,3}[²³2]?\.?$")


# a quantity in litres whose "l" a scan's OCR read as the figure "1": "5 l" read "51"
_LITRE_AS_ONE = re.compile(r"(\d+(?:[.,]\d+)?)\s?1")
_LITRES = re.compile(r"\d+(?:[.,]\d+)?\s?l")


def _litres_read_as_ones(sizes: list[str]) -> list[str]:
    """A scanned row of sizes in litres ("11 | 2,5 l | 51", for "1 l | 2,5 l | 5 l"): each bare
    number ending in "1" made a quantity in litres when another size of the row is one, as
    the OCR took the "l" for a "1"; else the sizes as they were."""
    if not any(_LITRES.fullmatch(c) for c in sizes):
        return sizes
    return [
        f"{m.group(1)} l" if (m := _LITRE_AS_ONE.fullmatch(c)) and not _LITRES.fullmatch(c) else c
        for c in sizes
    ]


def size_prices(block: Block, scanned: bool = False) -> tuple[list[str], list[str]] | None:
    """The prices and sizes of a small table of an item's sizes across, its price under each
    ("1 l | 2,5 l | 5 l" over "4 990 Ft | 11 730 Ft | 21 960 Ft", a paint's tins), a row of
    prices per unit under them at most ("4 990 Ft/l"); None for any other table. On a
    `scanned` page, a size in litres may have its "l" read as a "1" ("51")."""
    rows = [[c.strip() for c in r] for r in block.rows or []]
    if block.kind != "table" or not 2 <= len(rows) <= SIZE_ROWS:
        return None
    sizes, prices = [c for c in rows[0] if c], [c for c in rows[1] if c]
    if scanned:
        sizes = _litres_read_as_ones(sizes)
    if len(sizes) < 2 or len(prices) != len(sizes) or not all(is_size(c) for c in sizes):
        return None
    if not all(PRICE.fullmatch(c) for c in prices):
        return None
    for row in rows[2:]:
        if not all(PRICE.search(c) and _PER_MEASURE.search(c) for c in row if c):
            return None
    return prices, sizes


VARIANT_ROWS = 8  # rows of variants a card's own small table lists at most
CARD_SLACK = 10.0  # points a card's table column may stand out of the card's item


def variant_prices(block: Block, left: float, right: float) -> list[str]:
    """The prices, top down, of a card's small table of variants set under its item within
    its width (`left` to `right`): a column of prices in a currency (or titled as prices)
    beside a column of what each variant is ("P9 | 15-20 cm | 7,50 €", a nursery's pots and
    heights), a few rows; cards side by side may make one table, each card's columns its
    own. [] when there is no such table."""
    rows = block.rows or []
    width = max((len(r) for r in rows), default=0)
    if block.columns and len(block.columns) == width:
        inside = [
            c
            for c, (a, b) in enumerate(block.columns)
            if a >= left - CARD_SLACK and b <= right + CARD_SLACK
        ]
    elif block.left >= left - CARD_SLACK and block.right <= right + CARD_SLACK:
        inside = list(range(width))
    else:
        inside = []
    if len(inside) < 2:
        return []
    cells = [[r[c].strip() if c < len(r) else "" for c in inside] for r in rows]
    cells = [r for r in cells if any(r)]
    if cells and not any(has_digit(c) for c in cells[0]):
        titles, cells = cells[0], cells[1:]  # its own titles ("Talpa | Aukštis | Kaina")
    else:
        titles = [""] * len(inside)
    if not 1 <= len(cells) <= VARIANT_ROWS:
        return []
    for k in range(len(inside)):
        column = [r[k] for r in cells if r[k]]
        priced = column and all(is_amount(c) for c in column)
        titled = column_title_role(titles[k]) == "price" if titles[k] else False
        if not priced or not (titled or all(PRICE.search(c) for c in column)):
            continue
        others = [r[j] for r in cells for j in range(len(inside)) if j != k and r[j]]
        if others and not any(is_amount(o) for o in others):
            return column
    return []
