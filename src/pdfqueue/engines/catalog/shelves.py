"""Items drawn standing on shelves, each named over it and priced by a ticket on the shelf's
edge under it (a liquor store's or a grocer's weekend specials): a line of at least
`MIN_SHELF_ITEMS` names side by side, then, well below them (the items drawn between, no
photo and no text), a line of tickets holding nothing but evidence: a price set large, the
pack's size ("750 ml", "6 x 330 ml"), a code ("662362") and on some the struck price under
a label ("Was R 79,99"). Each name takes the ticket pieces nearest under it; it is a product
when its ticket gives it a price, and the line is read so only when most of its names get
one, no ticket gives more than `TICKET_PRICES`, no name repeats (a date set on each door of
an advent calendar names nothing) and none stands right under a title (a card's copy). The
table finder may take a line of tickets for a table: its cells are pieces too, at their
columns' middles.

Books stand on shelves named along their spines (a bookshop's staff picks): their titles
make the text that runs most one way, so the page is read in the frame where they read
(`PageLayout.rotation`), and the tickets on the shelf's edge, upright on the paper, are
turned against that frame (`PageLayout.turned`). A ticket that is a price alone names no
book: the book is the spine level with it, ending short of it (no other ticket between, no
further than `SPINE_REACH` of the ticket's type sizes); its first line is its title (the
author's follows). A shelf of spines is read so when `MIN_SHELF_ITEMS` tickets at least
find a spine each, most of the turned prices do and no title repeats.
"""

from __future__ import annotations

import itertools
import re

from pdfqueue.engines.catalog.blocks import line_height_of, rows_of_blocks
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import BARE_CODE, PRICE, SIZE, is_name, unique_texts
from pdfqueue.engines.layout import Block, PageLayout, union

MIN_SHELF_ITEMS = 3  # names side by side on one line that make a shelf
SHELF_GAP_LINES = 4.0  # name-line heights between the names and their tickets at least
TICKET_DEPTH_LINES = 5.0  # name-line heights a line of tickets reaches down from its top
TICKET_PRICES = 2  # prices a ticket gives at most (the price, the struck one)
OCR_MISREAD_PIECES = 1  # pieces of a scanned line of tickets the OCR may misread, left out
PRICED_SHARE = 0.6  # share of a shelf's names their tickets must price
SPINE_REACH = 24.0  # a ticket's type sizes its spine's title may end short of it, at most

_NAME_KINDS = ("heading", "paragraph", "caption")
_PACK = re.compile(rf"(?:\d+\s?[x×]\s?)?(?:{SIZE.pattern})", re.I)
# a struck price as a scan's OCR reads it through its stroke: its label, the currency and the
# figures run together by dashes and marks ("Was-R-79:99-")
_STRUCK = re.compile(r"^[^\W\d_]{2,12}[-–—]+[^\W\d_]{0,3}[-–—]*\d[\d,.;:\s–—-]*$")
_LABEL = re.compile(r"^[^\W\d_]{2,12}\.?:?\s")  # "Was ", "Voorheen ", "Vorher: "


def shelf_products(page: PageLayout, used: set[int]) -> list[Product]:
    """The products of a page's shelves: each name over its ticket."""
    position = {id(b): n for n, b in enumerate(page.blocks)}
    names = [
        b
        for n, b in enumerate(page.blocks)
        if n not in used and b.kind in _NAME_KINDS and _item_name(b)
    ]
    lines = [line for line in rows_of_blocks(names) if len(line) >= MIN_SHELF_ITEMS]
    out: list[Product] = []
    for number, line in enumerate(lines):
        floor = lines[number + 1][0].top if number + 1 < len(lines) else page.height
        out += _shelf(page, line, floor, used, position)
    return out or _spines(page, used)


def _spines(page: PageLayout, used: set[int]) -> list[Product]:
    """The books of a page read in the frame of the titles along their spines: each ticket
    turned against that frame (a price alone) prices the spine level with it, ending short
    of it."""
    if page.rotation not in (90, 270):
        return []
    tickets = [t for t in page.turned if PRICE.fullmatch(t.text.strip())]
    found: dict[int, tuple[Block, list[int]]] = {}  # a spine's first block: its ticket, blocks
    for ticket in tickets:
        size = ticket.right - ticket.left  # the ticket's type size, across the frame
        level = [
            n
            for n, b in enumerate(page.blocks)
            if n not in used
            and b.kind in _NAME_KINDS
            and b.right <= ticket.left
            and ticket.left - b.right <= SPINE_REACH * size
            and b.top < ticket.bottom
            and b.bottom > ticket.top
            and not any(  # another ticket between: the spine is that one's
                o is not ticket
                and b.right <= o.left < ticket.left
                and o.top < b.bottom
                and o.bottom > b.top
                for o in tickets
            )
        ]
        level.sort(key=lambda n: page.blocks[n].top)
        if level and _item_name(page.blocks[level[0]]) and level[0] not in found:
            found[level[0]] = (ticket, level)
    titles = [" ".join(page.blocks[n].text.split()) for n in found]
    if len(found) < MIN_SHELF_ITEMS or len(found) < PRICED_SHARE * len(tickets):
        return []
    if len(set(titles)) < len(titles):
        return []
    return [
        Product(
            name=title,
            page=page.page_number,
            bbox=union([page.blocks[n].bbox for n in level] + [ticket.bbox]),
            source="shelf_ticket",
            confidence=0.8,
            prices=[ticket.text.strip()],
            block_indexes=level,
        )
        for title, (ticket, level) in zip(titles, found.values(), strict=True)
    ]


def _item_name(block: Block) -> bool:
    text = " ".join(block.text.split())
    return is_name(text) and not PRICE.search(text) and len(block.lines or [text]) <= 3


def _shelf(
    page: PageLayout, line: list[Block], floor: float, used: set[int], position: dict[int, int]
) -> list[Product]:
    """The products of one line of names over its tickets, or none."""
    if len({" ".join(b.text.split()).casefold() for b in line}) < len(line):
        return []  # a word repeated along a line (a date on each door) names no items
    if any(_under_a_title(page, name) for name in line):
        return []  # a card's copy under its title: the title names the item, not the copy
    top = max(b.bottom for b in line)
    height = max(line_height_of(b) for b in line)
    between = [
        (n, b)
        for n, b in enumerate(page.blocks)
        if n not in used and b not in line and top <= b.top < floor and b.kind != "footer"
    ]
    figures = [b for _, b in between if b.kind == "figure"]
    if figures and not _drawn_shelf(page, figures, line):
        return []  # photos: their captions, not a shelf's
    between = [(n, b) for n, b in between if b.kind != "figure"]
    if not between:
        return []
    first = min(b.top for _, b in between)
    if first - top < SHELF_GAP_LINES * height:
        return []  # text right under the names: their descriptions, no drawn items between
    pieces = [
        piece
        for n, b in between
        if b.top <= first + TICKET_DEPTH_LINES * height
        for piece in _pieces(n, b)
    ]
    misread = [piece for piece in pieces if not _evidence(piece[1])]
    if page.source == "ocr" and len(misread) <= OCR_MISREAD_PIECES:
        pieces = [piece for piece in pieces if piece not in misread]  # "1 l" read "11"
    if not pieces or not all(_evidence(text) for _, text, _ in pieces):
        return []
    centres = [(b.left + b.right) / 2 for b in line]
    pitch = min(b - a for a, b in itertools.pairwise(centres))
    tickets: list[list[tuple[int, str]]] = [[] for _ in line]
    for n, text, middle in pieces:
        nearest = min(range(len(line)), key=lambda k: abs(centres[k] - middle))
        if abs(centres[nearest] - middle) <= pitch / 2:
            tickets[nearest].append((n, text))
    products = [
        _product(page, name, ticket, position) for name, ticket in zip(line, tickets, strict=True)
    ]
    if any(len(p.prices) > TICKET_PRICES for p in products):
        return []  # a ticket prices one item: its price and the struck one
    priced = [p for p in products if p.prices]
    if len(priced) < max(MIN_SHELF_ITEMS, PRICED_SHARE * len(line)):
        return []
    return priced


def _under_a_title(page: PageLayout, name: Block) -> bool:
    """Text set right over a name, within a line of it and across it: the name is the second
    line of a card (its copy under its bold title), as on an advent calendar's doors."""
    height = line_height_of(name)
    return any(
        b is not name
        and b.kind in _NAME_KINDS
        and 0 <= name.top - b.bottom <= height
        and b.left < name.right
        and name.left < b.right
        for b in page.blocks
    )


def _drawn_shelf(page: PageLayout, figures: list[Block], line: list[Block]) -> bool:
    """On a scanned page, the shelf and the items drawn on it read as figures: fewer of them
    than the names over them (one photo per item is a grid of photos and their captions)."""
    return page.source == "ocr" and len(figures) < len(line)


def _pieces(index: int, block: Block) -> list[tuple[int, str, float]]:
    """(block, text, middle) of a block's lines, or of a table's cells at its columns'
    middles."""
    if block.kind == "table":
        if not block.rows or not block.columns:
            return []
        return [
            (index, cell.strip(), (left + right) / 2)
            for row in block.rows
            for cell, (left, right) in zip(row, block.columns, strict=False)
            if cell.strip()
        ]
    middle = (block.left + block.right) / 2
    return [(index, line.strip(), middle) for line in (block.lines or [block.text]) if line.strip()]


def _evidence(text: str) -> bool:
    """A ticket's piece: prices, sizes and codes, a price's label at most ("Was R 79,99")."""
    if _STRUCK.match(text):
        return True
    rest = _PACK.sub(" ", PRICE.sub(" ", text))
    words = [w for w in rest.split() if not BARE_CODE.match(w)]
    return len(words) <= 1 and (not words or words[0].rstrip(".:").isalpha())


def _product(
    page: PageLayout, name: Block, ticket: list[tuple[int, str]], position: dict[int, int]
) -> Product:
    prices, former, codes, sizes = [], [], [], []
    for _, text in ticket:
        found = [m.group(0) for m in PRICE.finditer(text)]
        (former if _LABEL.match(text) else prices).extend(found)
        rest = PRICE.sub(" ", text)
        sizes += [m.group(0) for m in _PACK.finditer(rest)]
        codes += [w for w in _PACK.sub(" ", rest).split() if BARE_CODE.match(w)]
    blocks = sorted({position[id(name)], *(n for n, _ in ticket)})
    return Product(
        name=" ".join(name.text.split()),
        page=page.page_number,
        bbox=(
            name.left,
            name.top,
            name.right,
            max(name.bottom, *(page.blocks[n].bottom for n in blocks)),
        ),
        source="shelf_ticket",
        confidence=0.8,
        codes=unique_texts(codes),
        prices=unique_texts([*prices, *former]),
        sizes=unique_texts(sizes),
        block_indexes=blocks,
    )
