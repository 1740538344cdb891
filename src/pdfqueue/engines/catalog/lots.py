"""An auction catalogue's lots: "LOT 112" over a description whose first words title the object
("A GEORGE III MAHOGANY BRACKET CLOCK, the arched case ...") and an estimate ("Estimate £800 -
£1,200"). A lot is offered for sale and bid on by its number: it is a product, named by its
description's first clause (up to the first comma or full stop), its code the lot number,
its prices the low then the high estimate.

A lot counts only with its estimate, and a page yields lots only when at least `MIN_LOTS` of
them carry one: a results list (hammer prices, no estimates), an article that mentions a lot
or a parking lot's tariff yields none.
"""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import PRICE, is_name
from pdfqueue.engines.layout import Block, PageLayout, union

MIN_LOTS = 2  # lots with an estimate on a page
LOT_TITLE_MAX_WORDS = 12  # words of a lot's title ("A PAIR OF STAFFORDSHIRE SPANIELS")
COLUMN_SLACK = 24.0  # points a lot's text may start left or right of its number's left edge

_TEXT_KINDS = ("caption", "paragraph", "heading", "list_item")
_LOT = re.compile(
    r"^\s*(?:lot|lote|lotto|los|losnummer)\s*(?:no\.?|nr\.?|n[°º]\.?|#)?\s*(?P<number>\d{1,5}[A-Z]?)"
    r"\s*[.:]?\s*$",
    re.I,
)
_ESTIMATE = re.compile(
    r"\b(?:estimates?|est\.|schätz(?:preis|ung)|schätzwert|estimation|estimación|stima)\b"
    r"\s*:?\s*(?P<range>.+)$",
    re.I,
)
_TITLE_END = re.compile(r"[,.;:]\s")


def lot_entries(page: PageLayout, used: set[int]) -> list[Product]:
    """The lots of a page (a number, a description, an estimate), when at least `MIN_LOTS`
    carry an estimate."""
    blocks = page.blocks
    heads = [
        i
        for i, b in enumerate(blocks)
        if i not in used and b.kind in _TEXT_KINDS and _LOT.match(b.text)
    ]
    found: list[Product] = []
    for n, head in enumerate(heads):
        until = blocks[heads[n + 1]].top if n + 1 < len(heads) else page.height
        lot = _lot(page, head, until, used)
        if lot is not None:
            found.append(lot)
    return found if len(found) >= MIN_LOTS else []


def _lot(page: PageLayout, head: int, until: float, used: set[int]) -> Product | None:
    blocks = page.blocks
    number = _LOT.match(blocks[head].text)
    assert number is not None
    own = [
        i
        for i, b in enumerate(blocks)
        if i not in used
        and i != head
        and b.kind in _TEXT_KINDS
        and blocks[head].top <= b.top < until
        and abs(b.left - blocks[head].left) <= COLUMN_SLACK
    ]
    prices: list[str] = []
    title = ""
    for i in own:
        for line in blocks[i].lines or [blocks[i].text]:
            estimate = _ESTIMATE.search(line)
            if estimate and not prices:
                prices = [m.group(0).strip() for m in PRICE.finditer(estimate.group("range"))][:2]
        first = (blocks[i].lines or [blocks[i].text])[0]
        if not title and not _ESTIMATE.search(first):
            title = _title(blocks[i])
    if not prices or not title:
        return None
    box = union([blocks[head].bbox, *(blocks[i].bbox for i in own)])
    return Product(
        name=title,
        page=page.page_number,
        bbox=box,
        source="lot_entry",
        confidence=0.75,
        codes=[number.group("number")],
        prices=prices,
        description=" ".join(blocks[i].text for i in own),
        block_indexes=[head, *own],
    )


def _title(block: Block) -> str:
    """The first clause of a lot's description, its title; "" if that is no name."""
    text = " ".join(block.text.split())
    end = _TITLE_END.search(text + " ")
    title = text[: end.start()] if end else text
    return title if is_name(title, LOT_TITLE_MAX_WORDS) else ""
