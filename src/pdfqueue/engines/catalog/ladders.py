"""Price ladders: a part's unit prices by the quantity bought, stacked down its row block ("1+
€0.620", "10+ €0.533", "100+ €0.440"), as a distributor prints each part beside its lines of
text (the part number, a description, the maker, the order number, the stock). The rows of a
ladder are ONE product, not one a row: named by the ladder's first line, coded by that line
when it is a part number and by the codes its lines label, priced top to bottom."""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.blocks import CAPTION_KINDS
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import (
    CODE_LABEL,
    has_digit,
    is_amount,
    unique_texts,
)
from pdfqueue.engines.layout import Block, PageLayout

MIN_LADDER_STEPS = 3  # quantity breaks that make a ladder (fewer: a pack size, a minimum)

# a quantity break: "1+", "10+", "≥ 100", "from 250", "ab 1000", "1000 +"
_BREAK = re.compile(r"^(?:(?:≥|>=|from|ab|dès|desde|vanaf)\s*)?(\d[\d,.' ]*?)\s*(\+)?$", re.I)
# a part number: one token of capitals and digits ("TLV9062IDR", "LM1117MPX-3.3/NOPB")
PART_NUMBER = re.compile(r"^(?=[^a-z]*\d)(?=[^a-z]*[A-Z])[A-Z0-9][A-Z0-9./+-]{2,}$")


def break_value(text: str) -> int | None:
    """The quantity a break starts at ("10+" -> 10), or None when the text is none."""
    match = _BREAK.match(text.strip())
    if match is None or not (match.group(2) or not text.strip()[:1].isdigit()):
        return None
    digits = re.sub(r"\D", "", match.group(1))
    return int(digits) if digits else None


def _step(row: list[str], column: int) -> int | None:
    """The break a row's ladder step starts at, when the row holds one with its price (or
    with none: a price a scan's OCR lost)."""
    value = break_value(row[column])
    price = row[column + 1].strip()
    return value if value is not None and (not price or is_amount(price, leading=True)) else None


def _ladder_column(rows: list[list[str]]) -> int | None:
    """The column of quantity breaks, each with an amount right after it: every row a step
    or holding neither (a line of the part's text beside the ladder, a step set lower on a
    scan), `MIN_LADDER_STEPS` steps at least, the first row a step."""
    for column in range(1, len(rows[0]) - 1):
        steps = [_step(r, column) for r in rows]
        bare = [not (r[column].strip() or r[column + 1].strip()) for r in rows]
        priced = sum(is_amount(r[column + 1], leading=True) for r in rows)
        if (
            steps[0] is not None
            and priced * 2 > len(rows)
            and all(s is not None or b for s, b in zip(steps, bare, strict=True))
            and sum(s is not None for s in steps) >= MIN_LADDER_STEPS
        ):
            return column
    return None


def _ladders(rows: list[list[str]], column: int) -> list[tuple[int, int]]:
    """(first, last + 1) rows of each ladder: a new one starts at a step whose break is not
    above the step before it."""
    out, start, last = [], 0, 0
    for n, row in enumerate(rows):
        value = _step(row, column)
        if value is None:
            continue
        if n and value <= last:
            out.append((start, n))
            start = n
        last = value
    out.append((start, len(rows)))
    return out


def price_ladders(block: Block, page: int, index: int) -> list[Product]:
    """The products of a table whose rows are price ladders (`MIN_LADDER_STEPS` rising breaks
    each, a price right of each break): one a ladder, named by its first row's first text,
    described by its other rows' text; [] for any other table."""
    rows = block.rows or []
    if len(rows) < MIN_LADDER_STEPS:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    column = _ladder_column(rows)
    if column is None:
        return []
    spans = _ladders(rows, column)
    steps = [[r for r in rows[a:b] if _step(r, column) is not None] for a, b in spans]
    if any(len(s) < MIN_LADDER_STEPS for s in steps):
        return []  # a list of articles each with its minimum order: no ladder
    row_height = (block.bottom - block.top) / len(rows)
    out = []
    for (start, end), ladder in zip(spans, steps, strict=True):
        lines = [" ".join(c.strip() for c in r[:column] if c.strip()) for r in rows[start:end]]
        texts = [t for t in lines if t]
        if not texts or not any(c.isalpha() for c in texts[0]):
            return []
        name = texts[0]
        codes = [name] if PART_NUMBER.match(name) else []
        for text in texts:
            codes += [
                m.group("code") for m in CODE_LABEL.finditer(text) if has_digit(m.group("code"))
            ]
        top = block.top + start * row_height
        out.append(
            Product(
                name=name,
                page=page,
                bbox=(block.left, top, block.right, block.top + end * row_height),
                source="table_row",
                confidence=0.9,
                codes=unique_texts(codes),
                prices=[r[column + 1].strip() for r in ladder if r[column + 1].strip()],
                description=" ".join(texts[1:]),
                attributes={"price breaks": " / ".join(r[column].strip() for r in ladder)},
                block_indexes=[index],
            )
        )
    return out


def ladder_foot(page: PageLayout, index: int, products: list[Product]) -> set[int]:
    """A ladder's last step the table finder left out: the line of blocks right under its
    table (within a row's height, inside its width) ending in a break and its price. Adds the
    step to the last ladder; the blocks it took (its text too: the part's stock line)."""
    table = page.blocks[index]
    if not products or not table.rows:
        return set()
    row_height = (table.bottom - table.top) / len(table.rows)
    under = [
        i
        for i, b in enumerate(page.blocks)
        if b.kind in CAPTION_KINDS
        and 0 <= b.top - table.bottom <= row_height
        and table.left - 2 <= b.left
        and b.right <= table.right + 2
    ]
    if len(under) < 2:
        return set()
    line = sorted(under, key=lambda i: page.blocks[i].left)
    *text, step, price = [page.blocks[i].text.strip() for i in line]
    last = products[-1]
    breaks = last.attributes.get("price breaks", "").split(" / ")
    value = break_value(step)
    if (
        value is None
        or not is_amount(price, leading=True)
        or value <= (break_value(breaks[-1]) or 0)
    ):
        return set()
    last.prices.append(price)
    last.attributes["price breaks"] = " / ".join([*breaks, step])
    last.description = " ".join([last.description, *text]).strip()
    return set(line)
