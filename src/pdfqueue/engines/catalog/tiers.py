"""Quantity tiers under an item: a small table that prices one item by the quantity ordered,
quantities across its first row ("Qty | 50 | 100 | 250 | 500 | 1000") and the unit price of
each under it ("£ each | 4.95 | 4.20 | ..."; a dash where the quantity is below the minimum
order), as promotional-merchandise, packaging and print catalogues set one under each item's
photo and text. The tiers are the item's prices, left to right, dashes skipped; the table
itself names nothing (it is no list of products)."""

from __future__ import annotations

import itertools
import re

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import BARE_PRICE, PRICE, is_price, unique_texts
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


def _amount(text: str) -> bool:
    bare = text.strip()
    return bool(BARE_PRICE.match(bare) or (is_price(bare) and PRICE.search(bare)))


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
    if not all(_amount(c) or c.casefold() in _DASHES or not c for c in cells):
        return None
    prices = [c for c in cells if _amount(c)]
    return prices or None


def priced_by_tiers(page: PageLayout, products: list[Product], used: set[int]) -> set[int]:
    """Give each product found without prices (an item captioned under its photo) the prices of
    the tier table set right under its text, within its column; the tables so read."""
    taken: set[int] = set()
    for product in products:
        if product.prices:
            continue
        left, _, right, bottom = product.bbox
        for index, block in enumerate(page.blocks):
            if index in used or index in taken:
                continue
            if not (0 <= block.top - bottom <= TIER_GAP and left - 10 <= block.left < right):
                continue
            prices = tier_prices(block)
            if prices is None:
                continue
            product.prices = unique_texts(prices)
            product.block_indexes = [*product.block_indexes, index]
            product.bbox = (left, product.bbox[1], max(right, block.right), block.bottom)
            taken.add(index)
            break
    return taken
