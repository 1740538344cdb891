"""Cards side by side read across as a table: a row of tiles (a spice merchant's hexagons, a
grid's boxes) whose lines stand level from card to card, so that the table finder took each
card for a column and each of its lines for a row ("Whole Cumin Seed | Fennel Seed",
"SP-151 | SP-156", "50 g tin £3.20 | 50 g tin £2.95"). Each column holding a name atop and,
under it, lines that offer it ("50 g tin £3.20": what the price is for, then the price) is a
product: its code the line that is one, its prices and sizes those lines' in order. A
table's own columns never read so: a price list's prices stand in a column of their own, bare,
and its first row's cells are column titles or one product's cells; a column without a name
atop (a shop's mark set among the cards) is no card."""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import (
    JOINED_CODE,
    PRICE,
    SIZE,
    column_title_role,
    is_code,
    is_name,
    is_price,
    offers_price,
    starts_like_a_name,
    unique_texts,
)
from pdfqueue.engines.layout import Block

MIN_CARDS = 2  # cards a row of them holds at least
MIN_CARD_LINES = 3  # lines of a card at least: its name, its code, an offer
TITLE_MAX_WORDS = 2  # words of a column's title ("Item no.", "Unit price")
_SENTENCE = re.compile(r"[^\W\d_][.,;](?:\s|$)")  # a clause's end after a word: prose


def card_columns(block: Block, page: int, index: int) -> list[Product]:
    """The cards of a row read across as a table's columns (see the module), `MIN_CARDS` at
    least; [] when the table's columns are no cards."""
    rows = block.rows or []
    width = max((len(r) for r in rows), default=0)
    if len(rows) < MIN_CARD_LINES or width < MIN_CARDS:
        return []
    padded = [[c.strip() for c in r] + [""] * (width - len(r)) for r in rows]
    column_width = (block.right - block.left) / width
    out = []
    for first, last in _cards(padded):
        # a name run on over its card's prices ("Ear protection mandatory | sign")
        name = " ".join(c for c in padded[0][first : last + 1] if c and not _column_title(c))
        lines = [
            " ".join(c for c in r[first : last + 1] if c)
            for r in padded[1:]
            if any(r[first : last + 1])
        ]
        offers = [line for line in lines if _offer_line(line)]
        codes = [part for line in lines for part in _parts(line) if _code(part)]
        if not offers and not codes:
            continue  # a note set among the cards ("How to order"), no card
        if not (offers and _card_name(name)) or len(lines) < MIN_CARD_LINES - 1:
            return []
        left = block.left + first * column_width
        out.append(
            Product(
                name=name,
                page=page,
                bbox=(left, block.top, block.left + (last + 1) * column_width, block.bottom),
                source="table_row",
                confidence=0.7,
                codes=unique_texts(codes),
                prices=unique_texts([m.group(0) for line in offers for m in PRICE.finditer(line)]),
                sizes=unique_texts([m.group(0) for line in lines for m in SIZE.finditer(line)]),
                description=" ".join(line for line in lines if line not in offers),
                block_indexes=[index],
            )
        )
    # a card's code a scan misread ("$S-W125") leaves it without one; the others have theirs
    coded = any(p.codes for p in out)
    return out if len(out) >= MIN_CARDS and coded else []


def _cards(rows: list[list[str]]) -> list[tuple[int, int]]:
    """The columns each card spans (first, last): from a column with a name atop, over the
    columns right of it holding nothing but prices under their first row (the card's prices
    set at its right, "Rigid PVC" | "£5.40"; atop them nothing, or the end of a long name
    run on over them). A column of other text with nothing atop (a shop's mark among the
    cards) is no card's."""
    spans: list[list[int]] = []
    for column in range(len(rows[0])):
        cells = [r[column] for r in rows[1:] if r[column]]
        priced = bool(cells) and all(is_price(c) for c in cells)
        if priced and spans and spans[-1][1] == column - 1:
            spans[-1][1] = column
        elif rows[0][column]:
            spans.append([column, column])
    return [(a, b) for a, b in spans]


# the parts of a card's line ("SS-W104 · 200 × 300 mm"; a scan may read the dot as a dash)
_PART = re.compile(r"\s+[·|•–-]\s+")


def _parts(line: str) -> list[str]:
    return [p.strip() for p in _PART.split(line) if p.strip()]


def _code(text: str) -> bool:
    """An article code ("SP-151", "SS-W104": capitals and figures joined by a dash)."""
    return is_code(text) or bool(JOINED_CODE.fullmatch(text))


def _card_name(text: str) -> bool:
    """A card's name: a few words, capitalised, no price, no column's title ("Price", "Item
    no."; a name may open with a word a title does: "No smoking sign")."""
    return (
        is_name(text)
        and starts_like_a_name(text)
        and not PRICE.search(text)
        and not _column_title(text)
    )


def _column_title(text: str) -> bool:
    """A column's title ("Price", "Item no."), a few words naming a role."""
    return column_title_role(text) is not None and len(text.split()) <= TITLE_MAX_WORDS


def _offer_line(line: str) -> bool:
    """A line offering the card's item in a size or pack, its price last ("50 g tin £3.20",
    "100 g refill £5.10"): words before the price, not a bare price (a table's price cell),
    and no sentence ("Post £3.20, free over £35": a note's)."""
    match = PRICE.search(line)
    return (
        match is not None
        and not _SENTENCE.search(line)
        and not is_price(line)
        and offers_price(line)
        and any(c.isalpha() for c in line[: match.start()])
    )
