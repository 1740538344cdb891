"""Entries that flow down the columns of a list: a bookshop's new titles, each a bold title
beside a small cover, then the author, a blurb, the binding, "ISBN 978-83-...", "49,90 zł"; the
entries run on from the foot of one column to the head of the next (and onto the next page),
so an entry's code and price may stand a column away from its title.

The document is read as it flows (each page's columns left to right, each column top to
bottom) and cut at every title: a heading that is a name, set level with a photo beside it.
An entry is a product when what follows its title, up to the next title, holds an article
code (an ISBN, a labelled code) and a price; its page is where its title is. Pages whose own
forms found products keep them (this form is read only where none was found), and the
document yields these entries only when at least `MIN_FLOWING_ENTRIES` of them have both, so
a report's headings over figures, or an article's, do not.
"""

from __future__ import annotations

import math
import re

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import CODE_LABEL, PRICE, is_name, is_price
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

MIN_FLOWING_ENTRIES = 3  # entries with a code and a price in a document
ENTRY_MAX_BLOCKS = 10  # text blocks an entry runs to (a chapter's prose is no entry)
GUTTER_SHARE = (0.3, 0.7)  # where across the page a gutter between two columns may lie

_TEXT_KINDS = ("caption", "paragraph", "heading", "list_item")
_ISBN = re.compile(r"\bISBN(?:-1[03])?:?\s*(?P<code>(?:97[89][- ]?)?\d[\d -]{8,15}[\dX])\b")
_PAGES = re.compile(r"\b\d{2,4}\s?(?:s\.|pp\.|pages|str\.|Seiten|S\.)(?=\s|$|[·,;])")


def flowing_entries(document: DocumentLayout) -> dict[int, list[Product]]:
    """The document's flowing entries by the page of their titles."""
    stream: list[tuple[PageLayout, int]] = []
    for page in document.pages:
        for column in _columns(page):
            stream += [(page, i) for i in sorted(column, key=lambda i: page.blocks[i].top)]
    titles = [n for n, (page, i) in enumerate(stream) if _title(page, i)]
    found: dict[int, list[Product]] = {}
    count = 0
    for k, start in enumerate(titles):
        end = titles[k + 1] if k + 1 < len(titles) else len(stream)
        body = stream[start + 1 : end]
        if len(body) > ENTRY_MAX_BLOCKS:
            continue
        product = _entry(stream[start], body)
        if product is not None:
            found.setdefault(product.page, []).append(product)
            count += 1
    return found if count >= MIN_FLOWING_ENTRIES else {}


def _columns(page: PageLayout) -> list[list[int]]:
    """The page's text blocks in its columns, left to right: two columns when a gutter (an
    upright line no block crosses below the page's head, text on both sides) runs down its
    middle, else one; what crosses the gutter above the columns (a title, an address line)
    comes first."""
    texts = [i for i, b in enumerate(page.blocks) if b.kind in _TEXT_KINDS and b.text.strip()]
    boxes = {i: page.blocks[i].bbox for i in texts}  # (left, top, right, bottom)
    spans = [b.bbox for b in page.blocks if b.kind in (*_TEXT_KINDS, "figure")]
    low, high = (int(page.width * share) for share in GUTTER_SHARE)
    # which blocks lie left of, right of or across x changes only at these x: try each once
    edges = {math.ceil(right) for _, _, right, _ in spans} | {
        math.floor(left) + 1 for left, _, _, _ in spans
    }
    for x in sorted({low} | {e for e in edges if low < e < high}):
        left = [i for i in texts if boxes[i][2] <= x]
        right = [i for i in texts if boxes[i][0] >= x]
        if not left or not right:
            continue
        top = min(boxes[i][1] for i in left + right)
        if any(b_left < x < b_right and bottom > top for b_left, _, b_right, bottom in spans):
            continue
        sides = {*left, *right}
        head = [i for i in texts if i not in sides]
        return [head, left, right]
    return [texts]


def _title(page: PageLayout, index: int) -> bool:
    """A heading that names an entry: a name, not a price, a photo level with it beside it."""
    block = page.blocks[index]
    text = block.text.strip()
    if block.kind != "heading" or len(block.lines) > 2 or not is_name(text) or is_price(text):
        return False
    return any(
        b.kind == "figure"
        and b.top - (block.bottom - block.top) <= block.top <= b.bottom
        and b.right <= block.left
        and block.left - b.right <= 2 * (b.right - b.left)
        for b in page.blocks
    )


def _entry(head: tuple[PageLayout, int], body: list[tuple[PageLayout, int]]) -> Product | None:
    page, index = head
    title: Block = page.blocks[index]
    codes: list[str] = []
    isbns: list[str] = []
    prices: list[str] = []
    sizes: list[str] = []
    lines: list[str] = []
    for other, i in body:
        for line in other.blocks[i].lines or [other.blocks[i].text]:
            lines.append(line)
            isbn = _ISBN.search(line)
            labelled = CODE_LABEL.search(line)
            if isbn:
                isbns.append(isbn.group("code").strip())
            elif labelled and any(c.isdigit() for c in labelled.group("code")):
                codes.append(labelled.group("code"))
            if is_price(line.strip()) and PRICE.fullmatch(line.strip()):
                prices.append(line.strip())
            sizes += [m.group(0) for m in _PAGES.finditer(line)]
    codes = isbns or codes
    if not codes or not prices:
        return None
    return Product(
        name=title.text.strip(),
        page=page.page_number,
        bbox=title.bbox,
        source="flowing_entry",
        confidence=0.7,
        codes=codes[:1],
        prices=prices[:1],
        sizes=sizes[:1],
        description=" ".join(lines),
        block_indexes=[index] + [i for other, i in body if other is page],
    )
