"""Titled entries as products: units headed by a title line (bold, larger, capitals or numbered)
whose style heads at least `MIN_TITLED_ENTRIES` units of a page, each with the detail lines
under it in its column and the prices standing beside it (alone, or stacked a line each), when
most carry a price, a code or a size (a lookbook's numbered names, a flyer's cards, a price
list's entries by volume, "50 ml . . . R$ 389,90": leader dots are no words of an entry). A
title wrapped at its entry's width is one name; on a scan a title in the titles' size, larger
than the body, heads its entry whatever weight OCR read it in."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from pdfqueue.engines.catalog.blocks import (
    CAPTION_KINDS,
    inside,
    line_height_of,
    lines_of,
)
from pdfqueue.engines.catalog.photos import CAPTION_BELOW, TITLE_MAX_LINES
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.prose_entries import run_in_entries, sentences
from pdfqueue.engines.catalog.words import (
    BARE_PRICE,
    BULLET_MARK,
    CODE_LABEL,
    ON_REQUEST,
    PACK,
    PRICE,
    SIZE,
    all_caps,
    branded,
    has_digit,
    is_brand,
    is_name,
    is_price,
    is_price_label,
    is_qualified_price,
    offers_price,
    starts_like_a_name,
    strip_evidence,
    unique_texts,
)
from pdfqueue.engines.layout import Block, PageLayout, union

MIN_TITLED_ENTRIES = 3  # units of a page whose title lines share one style
TITLED_EVIDENCE_SHARE = 0.6  # share of those units that must carry a price, a code or a size
TITLED_GAP_LINES = 5.0  # title-line heights under a unit's last line its next detail may start
TITLED_MAX_WORDS = 80  # words an entry's details run to at most (more is prose under a heading)
_TITLE_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]?\s+(?=[^\W\d_])")


@dataclass
class _Unit:
    title: int  # block index of the title line
    blocks: list[int]  # the title's block, then its details' blocks
    name: str
    text: str  # the title line and the detail lines, joined


def _title_style(
    block: Block, sizes: dict[float, int] | None = None
) -> tuple[int, bool, bool, bool]:
    """What sets a block's first line apart: its size (or its class of sizes), bold (the
    whole block, or the head its first line runs in with: "**Ricoh GR III**, 9/10, 2 akut"),
    capitals, a number before it."""
    first = (block.lines or [block.text])[0]
    size = sizes[block.font_size] if sizes else round(block.font_size)
    bold = block.bold or bool(block.head)
    return (size, bold, all_caps(first), bool(_TITLE_NUMBER.match(first)))


OCR_SIZE_STEP = 0.05  # relative step between two OCR'd sizes that starts another class


def _size_classes(page: PageLayout) -> dict[float, int] | None:
    """On a scan, the OCR'd type sizes in classes, each class's sizes less than
    `OCR_SIZE_STEP` apart from the next; the text layer's sizes are exact (None). The layout
    snaps a scan's sizes to the page's few sizes, which then lie at least about 6 % apart (10,
    11 and 12 pt are 9-10 % apart): a step this small keeps them apart and still joins what
    the snapping left a hair apart."""
    if page.source != "ocr":
        return None
    classes: dict[float, int] = {}
    previous, number = 0.0, 0
    for size in sorted({b.font_size for b in page.blocks}):
        if previous and size - previous > OCR_SIZE_STEP * previous:
            number += 1
        classes[size], previous = number, size
    return classes


def _body_class(page: PageLayout, sizes: dict[float, int] | None) -> int | None:
    """On a scan, the size class most of the page's text lines are set in (its body); None
    on a text layer."""
    if sizes is None:
        return None
    counted = Counter(
        sizes[b.font_size]
        for b in page.blocks
        if b.kind in CAPTION_KINDS
        for _ in (b.lines or [b.text])
    )
    return counted.most_common(1)[0][0] if counted else None


def _styled_as(
    found: tuple[int, bool, bool, bool], style: tuple[int, bool, bool, bool], body: int | None
) -> bool:
    """A title line is in `style`; on a scan (`body` its body's size class), whose OCR reads
    a line's weight unsurely, a line of the style's size class larger than the body, in
    its capitals and numbering, is in it whatever weight OCR gave it (one name of a column
    of bold names read regular)."""
    if found == style:
        return True
    size, _, caps, numbered = found
    return (
        body is not None
        and size > body
        and (size, caps, numbered)
        == (
            style[0],
            style[2],
            style[3],
        )
    )


def _title_name(line: str) -> str:
    """The title line without its number and without a price or code it ends with."""
    numbered = _TITLE_NUMBER.match(line)
    text = line[numbered.end() :] if numbered else line
    return BULLET_MARK.sub("", strip_evidence(text)).strip(" .…-–")


def _evidence(text: str) -> bool:
    """A labelled code anywhere in an entry; a price or a size on a short line of its own
    ("55,95 €", "500 ml") or a price ending a line of no sentences (a menu's dish): an
    amount inside a sentence ("revenue rose to $1.2m in the quarter"), ending prose ("7.30
    pm, Town Hall. Tickets $12.": an event) or a recipe's "200 g flour" is no product's."""
    codes = [m.group("code") for m in CODE_LABEL.finditer(text) if has_digit(m.group("code"))]
    if codes:
        return True
    for line in text.splitlines():
        short = len(line.split()) <= 6
        prices = [m.group(0) for m in PRICE.finditer(line)]
        ends = line.rstrip(" .;").endswith(prices[-1]) if prices else False
        sentences = re.search(r"[a-z]{2}\.\s", line)  # "... Town Hall. Tickets $12."
        offered = prices and offers_price(line)  # not "Tickets £12 at the door"
        if (offered and (short or (ends and not sentences))) or (short and SIZE.search(line)):
            return True
    return False


def _stands_out(
    style: tuple[int, bool, bool, bool],
    details: Sequence[Block],
    classes: dict[float, int] | None = None,
) -> bool:
    """A title line is set apart from the lines under it: larger, bold, capitals or numbered
    (a plain paragraph's first line is no title)."""
    size, bold, caps, numbered = style
    if bold or caps or numbered:
        return True
    # a mark of a character or two (a colour dot OCR read as "®c") is no detail line, nor
    # is a price standing alone past the first detail, which a flyer sets larger than the
    # name ("£1.79" on a burst); a large price right under a line (a page's subtitle over
    # the cards) still outsizes it
    lines = [
        b
        for n, b in enumerate(details)
        if sum(c.isalnum() for c in b.text) >= MARK_MAX_CHARS + 1
        and not (n > 0 and _price_alone(b))
    ]
    sizes = [classes[b.font_size] if classes else round(b.font_size) for b in lines]
    return bool(sizes) and size > max(sizes)


MARK_MAX_CHARS = 2  # letters and digits a mark holds at most

COLUMN_TITLE_MAX_WORDS = 2  # words of a table column's title ("Kaina", "Height", "Unit price")
_RANGE_SIZE = re.compile(r"^\d+(?:[.,]\d+)?\s?[-–]\s?(?=\d)")  # "30-40 cm": a range's low end
_NUMBER = re.compile(r"^[\d\s.,'%/–-]+$")


def _value_kind(line: str) -> str | None:
    """What a line holds when it holds one value and nothing else: "price" ("12,00 €",
    "11.50"), "size" ("500 ml", "30-40 cm"), "number" ("12", "1.5"); None for a line with a
    word in it. A rule's stroke OCR read as "|" beside the value is no part of it."""
    text = line.strip(" |¦")
    if not text:
        return None
    if BARE_PRICE.match(text) or PRICE.fullmatch(text):
        return "price"
    if SIZE.fullmatch(_RANGE_SIZE.sub("", text)):
        return "size"
    if _NUMBER.match(text) and has_digit(text):
        return "number"
    return None


def _column_title(unit: _Unit) -> bool:
    """A unit that is a table's column read as a titled entry: a short title of words only
    ("Kaina", "Height", "Price") over two values or more that are each alone on their line
    and all of one kind (the prices, the heights, the quantities of a table's rows). A
    product's entry says what it is under its name (a description, a code, a size beside its
    price); a title over nothing but a column of figures names what they measure."""
    lines = [line for line in unit.text.splitlines() if line.strip(" |¦")]
    if len(lines) < 3 or has_digit(lines[0]) or len(lines[0].split()) > COLUMN_TITLE_MAX_WORDS:
        return False
    kinds = {_value_kind(line) for line in lines[1:]}
    return len(kinds) == 1 and None not in kinds


def _on_a_photo(page: PageLayout, block: Block) -> bool:
    """A title printed on a photo, inside its box: a badge on a card's photo ("NEW", "SALE",
    "-20 %"), which names no entry (the card's name is set beside or under the photo)."""
    return any(f.kind == "figure" and inside(block, f, margin=1.0) for f in page.blocks)


def _price_alone(block: Block) -> bool:
    """A one-line block that is only a price: "£1.79", "91p", "2,49 €", "1.36"."""
    text = block.text.strip()
    return len(block.lines) <= 1 and bool(PRICE.fullmatch(text) or BARE_PRICE.match(text))


def _units(
    page: PageLayout,
    used: set[int],
    style: tuple[int, bool, bool, bool],
    sizes: dict[float, int] | None = None,
) -> list[_Unit]:
    """Units of a page headed by title lines of `style`: the title's block (its first line
    the title, the rest details), then the blocks under it in its column (starting from
    a few points left of it to its right end: a scan's OCR may indent a detail line), up to
    the next title, a figure, a gap of `TITLED_GAP_LINES` lines or the bottom of the page."""
    blocks = page.blocks
    body = _body_class(page, sizes)
    titles = [
        i
        for i, b in enumerate(blocks)
        if i not in used
        and b.kind in CAPTION_KINDS
        and _styled_as(_title_style(b, sizes), style, body)
        and _names(b)  # not a mark in the titles' size ("®c": a colour dot OCR read)
        # "Price on request" set in the titles' style where a price would stand: no name
        and not ON_REQUEST.match((b.lines or [b.text])[0])
    ]
    title_set = set(titles)
    # a style or article number set on its own line right over a title is that entry's (a
    # lookbook's "Style 24-1187" over the garment's name), not the entry above's last line
    coded = {
        index: over
        for index in titles
        if (over := _brand_over(blocks, index, used)) is not None
        and over not in title_set
        and _code_line(blocks[over])
    }
    starts = title_set | set(coded.values())
    units = []
    for index in titles:
        head = blocks[index]
        lines = head.lines or [head.text]
        name = _title_name(lines[0])
        if head.head:
            name = _head_name(head)
        elif _wrapped_name(head):
            name = _title_name(" ".join(lines))  # "Elektrisk kedel Nordlys 1,7" + "l"
        elif lines[0].rstrip().endswith(",") and "," in lines[0].rstrip()[:-1]:
            name = _title_name(lines[0].split(",")[0])  # a run-in head: "Nikon F3, kroom, 8/10,"
        elif len(lines) > 1 and lines[1][:1].islower():
            continue  # the start of a sentence wrapped onto the next line: prose, no title
        # the next title set under this one (overlapping its span: a centred menu's next
        # dish, however much wider or narrower) ends the unit, even outside its column
        stop = min(
            (
                b.top
                for i, b in enumerate(blocks)
                if i in starts
                and i != index
                and i != coded.get(index)
                and b.top >= head.bottom - 0.35 * line_height_of(head)
                and b.left < head.right
                and b.right > head.left
            ),
            default=float("inf"),
        )
        below = sorted(
            (
                (i, b)
                for i, b in enumerate(blocks)
                if i != index
                and head.bottom - 0.35 * line_height_of(head) <= b.top < stop
                and (
                    head.left - 12 <= b.left < head.right
                    or abs((b.left + b.right) - (head.left + head.right)) <= 6
                    or _flush_right_under(head, b)
                )
                and (
                    b.kind in CAPTION_KINDS
                    or b.kind in ("footer", "figure")
                    or _read_as_a_table(page, b)
                )
            ),
            key=lambda item: item[1].top,
        )
        members, last = [index], head
        # the left edge of the next column of entries right of this one, if any
        beside = min((blocks[t].left for t in titles if blocks[t].left >= head.right), default=None)
        for i, b in below:
            if (
                i in title_set
                or i in used
                or b.kind == "figure"
                or b.top - last.bottom > TITLED_GAP_LINES * line_height_of(head)
                or _section_heading(b, head, sizes)
            ):
                break
            if beside is not None and b.right > beside:
                # a block reaching under the next column of entries is the page's (its care
                # notes, its services box), not this entry's; nor is the heading over it
                if len(members) > 1 and _bare_heading(blocks[members[-1]]):
                    members.pop()
                break
            members.append(i)
            last = b
        if len(lines) == 1 and len(members) > 1:
            name = _brand_and_name(name, head, blocks[members[1]], sizes)
        elif not head.head and _wrapped_at_width(head, [blocks[i] for i in members[1:]]):
            name = _title_name(" ".join(lines))  # "Schwarzwälder" + "Kirschtorte"
        over = _brand_over(blocks, index, used)
        if over is not None:
            brand = (blocks[over].lines or [blocks[over].text])[0].strip()
            if _brand_and_name(brand, blocks[over], head, sizes) != brand:
                name = branded(brand, name)
        if index in coded:
            members.append(coded[index])
        text = "\n".join([*lines, *(line for i in members[1:] for line in lines_of([blocks[i]]))])
        units.append(_Unit(index, members, name, text))
    return units


FLUSH_SLACK = 2.0  # points a right edge may be off a title's to be set flush with it
FLUSH_WIDTH = 3.0  # times a title's width a detail set flush right under it spans at most


def _flush_right_under(head: Block, block: Block) -> bool:
    """A detail line set flush right with its title, reaching left of it (a label set
    against the leader line running right to its photo: the name, then "Item 41-210 · 8
    litres" under it ending where the name ends), no wider than `FLUSH_WIDTH` titles (not
    a paragraph of the page whose column ends there too)."""
    return abs(
        block.right - head.right
    ) <= FLUSH_SLACK and block.right - block.left <= FLUSH_WIDTH * (head.right - head.left)


WRAPPED_TAIL_WORDS = 2  # words of a name's end wrapped onto a title's second line


def _wrapped_name(block: Block) -> bool:
    """A heading of two lines that is one name wrapped: its second line a short end, no code
    or price, that starts no name of its own ("l" of "Nordlys 1,7 l", "200 cm" of "Stribe 140
    × 200 cm": a unit, a figure), the two lines together a name."""
    lines = block.lines or [block.text]
    if block.kind != "heading" or len(lines) != 2:
        return False
    tail = lines[1].strip()
    return (
        0 < len(tail.split()) <= WRAPPED_TAIL_WORDS
        and (tail[:1].islower() or tail[:1].isdigit())
        and strip_evidence(tail) == tail  # not its code ("nr. 5") nor its price
        and is_name(" ".join(lines))
    )


WRAP_SLACK = 0.95  # share of its entry's width a title line and the next line's first word fill


def _wrapped_at_width(title: Block, details: Sequence[Block]) -> bool:
    """A title of two lines or more in one style that is one name wrapped at its entry's
    width: each line but the last broke because the next line's first word would not have
    fitted beside it in the width the entry's detail lines run to (a leaflet's centred
    "Schwarzwälder" over "Kirschtorte" over "Art.-Nr. KT-412 · Ø 26 cm · 16 Stück"). No line
    holds a code or a price, and all of them together are a name. A title whose first line
    leaves room for the next line's first word set that line apart on purpose (a name over
    its tagline), and stays the first line."""
    lines = [line.strip() for line in title.lines]
    if not 1 < len(lines) <= TITLE_MAX_LINES or not details:
        return False
    if any(strip_evidence(line) != line for line in lines) or not is_name(" ".join(lines)):
        return False
    width = max(b.right - b.left for b in details)
    per_char = (title.right - title.left) / max(len(line) for line in lines)
    return all(
        (len(line) + 1 + len(after.split()[0])) * per_char > WRAP_SLACK * width
        for line, after in itertools.pairwise(lines)
    )


def _bare_heading(block: Block) -> bool:
    """A heading line naming something, with no price, code or size: a section's title."""
    text = block.text.strip()
    return block.kind == "heading" and len(block.lines or [text]) <= 1 and not _evidence(text)


def _code_line(block: Block) -> bool:
    """A one-line block holding nothing but a labelled code ("Style 24-1187", "Art. 4410")."""
    text = block.text.strip()
    match = CODE_LABEL.fullmatch(text)
    return len(block.lines or [text]) <= 1 and match is not None and has_digit(match.group("code"))


def _section_heading(block: Block, title: Block, sizes: dict[float, int] | None = None) -> bool:
    """A heading under an entry, a name in at least the title's size and no price: the next
    section's ("NIGHT MENU 22-07"), never a line of the entry (not a colour dot OCR read as
    a mark, "®c"). It is set as a heading under a title set as text, or its first line is in
    capitals under a title that is not ("MAISON LUZIA" under "Madeira Azul": a price list's
    next house or range, which a scan's OCR reads in the entries' weight); on a scan (`sizes`
    given) so whatever its kind: the weight that made it a heading may be read as regular
    ("KUIH & PENCUCI MULUT / DESSERTS" over a menu's next section, a paragraph)."""
    text = block.text.strip()
    if not is_name(text) or PRICE.search(text) or BARE_PRICE.match(text):
        return False
    if block.kind == "heading" and title.kind != "heading":
        return block.font_size >= title.font_size
    size = sizes[block.font_size] if sizes else block.font_size
    title_size = sizes[title.font_size] if sizes else title.font_size
    return (
        (block.kind == "heading" or sizes is not None)
        and size >= title_size
        and all_caps((block.lines or [text])[0])
        and not all_caps((title.lines or [title.text])[0])
    )


def _names(block: Block) -> bool:
    """A block whose first line (without its number, price or code) can be a name: not the
    word a price is labelled with ("RRP € 149", "Price: $20")."""
    name = _head_name(block) if block.head else _title_name((block.lines or [block.text])[0])
    return is_name(name) and starts_like_a_name(name) and not is_price_label(name)


def _head_name(block: Block) -> str:
    """The name of an entry set as a run-in paragraph: its bold head, without the comma or
    colon that runs it into the text ("**Nikkor 50 mm f/1.4 AI-S**, 9/10, kaaned")."""
    return _title_name(block.head.rstrip(" ,;:–—"))


def _read_as_a_table(page: PageLayout, block: Block) -> bool:
    """A scan's borderless table: on a scan (no rules known) OCR's lines of an entry's
    details (its rating, a small spec table, its SKU, its price beside them) line up into one
    table; under a title, in its column, they are the entry's detail lines."""
    return page.source == "ocr" and block.kind == "table" and not block.ruled


def _brand_and_name(
    title: str, head: Block, under: Block, sizes: dict[float, int] | None = None
) -> str:
    """A short line in capitals set smaller than the name line right under it is the
    product's brand (a pharmacy's or a cosmetics shop's tile: "BIOFARMA" over "Vitamina C
    1000 mg"): the product is named by both, else products of one brand would merge."""
    if not is_brand(title):
        return title
    size = sizes[head.font_size] if sizes else head.font_size
    under_size = sizes[under.font_size] if sizes else under.font_size
    lines = under.lines or [under.text]
    line = " ".join(lines).strip()
    if (
        under.kind not in CAPTION_KINDS
        or under_size <= size
        or all_caps(lines[0])
        or not starts_like_a_name(line)
        or not is_name(line)
        or _evidence(line)
    ):
        return title
    return branded(title, _title_name(line))


def _brand_over(blocks: Sequence[Block], index: int, used: set[int]) -> int | None:
    """The one-line block set flush left right over a title line (less than half a line
    between them), if any: the line a brand is set on."""
    head = blocks[index]
    for i, b in enumerate(blocks):
        if (
            i != index
            and i not in used
            and b.kind in CAPTION_KINDS
            and len(b.lines or [b.text]) == 1
            and abs(b.left - head.left) <= 3
            and 0 <= head.top - b.bottom <= 0.5 * line_height_of(head)
        ):
            return i
    return None


Style = tuple[int, bool, bool, bool]
# a title style as printed, comparable from page to page: the title's size in points (not
# its class of sizes on its page: a scan's classes are counted page by page, so class 2 of
# one page may be class 5 of another), bold, capitals, numbered
PrintedStyle = tuple[float, bool, bool, bool]

# relative difference at most between two OCR'd sizes of titles on two pages that are one
# size: OCR measures a size a few per cent differently from page to page, while sizes a
# designer sets apart lie about 9 % apart and more (10, 11 and 12 pt)
OCR_PAGES_SIZE_STEP = 0.08


def entry_styles(page: PageLayout, products: Sequence[Product]) -> set[PrintedStyle]:
    """The title styles of a page's titled entries (their first block the title), with each
    title's size in points."""
    out: set[PrintedStyle] = set()
    for product in products:
        if product.source == "titled_entry" and product.block_indexes:
            title = page.blocks[product.block_indexes[0]]
            _, bold, caps, numbered = _title_style(title)
            out.add((title.font_size, bold, caps, numbered))
    return out


def _printed_in(
    page: PageLayout,
    style: Style,
    styles: set[PrintedStyle],
    sizes: dict[float, int] | None,
) -> bool:
    """A page's title style is one of `styles` (found on other pages): the same marks, and
    the same size rounded on a text layer, or on a scan a size of its class within
    `OCR_PAGES_SIZE_STEP` of theirs."""
    size, *marks = style
    for printed, *other in styles:
        if other != marks:
            continue
        if sizes is None:
            if round(printed) == size:
                return True
        elif any(
            sizes[b.font_size] == size
            and abs(b.font_size - printed) <= OCR_PAGES_SIZE_STEP * printed
            for b in page.blocks
        ):
            return True
    return False


def titled_entries(
    page: PageLayout,
    used: set[int],
    least: int = MIN_TITLED_ENTRIES,
    styles: set[PrintedStyle] | None = None,
    share: float | None = None,
) -> list[Product]:
    """Entries a page presents alike: a title line (bold, larger, capitals or numbered) whose
    style heads at least `MIN_TITLED_ENTRIES` units of the page, each unit the title and the
    detail lines under it, a product when it carries a price, a code or a size, as most of
    them must (headings of a report with a figure in their text are no entries). Prices
    standing alone beside a unit (on its title's row, or beside the photo it is set under)
    are its prices. `least`, `styles`: fewer units suffice in a style that heads a document's
    entries on its other pages (a lookbook's look of two garments); `share`: of the units,
    the share that must carry evidence (`TITLED_EVIDENCE_SHARE` unless given)."""
    blocks = page.blocks
    sizes = _size_classes(page)
    counted = Counter(
        _title_style(b, sizes)
        for i, b in enumerate(blocks)
        if i not in used and b.kind in CAPTION_KINDS
    )
    best: list[Product] = []
    best_key: tuple[int, ...] = ()
    for style, count in counted.items():
        if count < least or (styles is not None and not _printed_in(page, style, styles, sizes)):
            continue
        units = _units(page, used, style, sizes)
        units = [
            u
            for u in units
            if _stands_out(style, [blocks[i] for i in u.blocks[1:]], sizes)
            and not _column_title(u)
            and not _on_a_photo(page, blocks[u.title])
        ]
        if len(units) < least:
            continue
        products = _unit_products(page, used, units, least, share)
        # the style that heads the most products; of two alike, the more prominent
        key = (len(products), style[0], style[1], style[2], style[3])
        if products and key > best_key:
            best, best_key = products, key
    return best


def _unit_products(
    page: PageLayout,
    used: set[int],
    units: list[_Unit],
    least: int = MIN_TITLED_ENTRIES,
    share: float | None = None,
) -> list[Product]:
    """The units that carry evidence, as products, when most units do."""
    blocks = page.blocks
    claimed = {i for u in units for i in u.blocks}
    loose = _loose_prices(page, used | claimed)
    codes = _codes_in_margin(page, units, used | claimed | set(loose))
    products = []
    for unit, extra, coded in zip(units, _prices_beside(page, units, loose), codes, strict=True):
        extra = _offer_before_struck(page, extra) + coded
        text = "\n".join([unit.text, *(blocks[i].text for i in extra)])
        indexes = unit.blocks + extra
        entries = run_in_entries(unit.text, unit.name) if blocks[unit.title].head else []
        if len(entries) > 1 and all(_words(body) <= TITLED_MAX_WORDS for _, body in entries):
            # entries run on in one paragraph: each its own product
            products += [_run_in_product(page, name, body, indexes) for name, body in entries]
            continue
        if not (_evidence(text) or extra) or _words(text) > TITLED_MAX_WORDS:
            continue
        boxes = [blocks[i].bbox for i in indexes]
        products.append(
            Product(
                name=unit.name,
                page=page.page_number,
                bbox=union(boxes),
                source="titled_entry",
                confidence=0.7,
                codes=unique_texts(
                    [
                        m.group("code")
                        for m in CODE_LABEL.finditer(text)
                        if has_digit(m.group("code"))
                    ]
                ),
                prices=unique_texts(
                    _offered_prices(text)
                    + [
                        blocks[i].text.strip()
                        for i in extra
                        if BARE_PRICE.match(blocks[i].text.strip())
                    ]
                ),
                sizes=unique_texts(  # the packs priced first ("20 seeds" over a line break)
                    [" ".join(m.group(0).split()) for m in PACK.finditer(text)]
                    + [m.group(0) for m in SIZE.finditer(text)]
                    + _size_ranges(text)
                ),
                description=" ".join(
                    line for i in unit.blocks[1:] for line in lines_of([blocks[i]])
                )[:500]
                or " ".join((blocks[unit.title].lines or [""])[1:])[:500],
                block_indexes=indexes,
            )
        )
    share = TITLED_EVIDENCE_SHARE if share is None else share
    if len(products) < least or len(products) < share * len(units):
        return []
    return products


OFFER_PROMINENCE = 1.5  # times the type of a price over it an offer's price is set at least


def _offer_before_struck(page: PageLayout, prices: list[int]) -> list[int]:
    """Two prices beside an entry, the first set small over the second set large (a leaflet's
    old price struck over the offer's, "3 499 грн" over "2 999 грн"): the offer's first, then
    the struck one, as a card's prices are given. Prices in one type (a glass's and a
    bottle's) stay as printed."""
    if len(prices) != 2:
        return prices
    first, second = (page.blocks[i] for i in prices)
    if second.font_size >= OFFER_PROMINENCE * first.font_size:
        return [prices[1], prices[0]]
    return prices


# a garment's sizes on a line of their own: "Sizes 6-16", "Size: XS-XL", "One size"
_SIZE_RANGE = re.compile(
    r"^\s*(?:(?:sizes?|größen?|tailles?|tallas?|taglie)\s*:?\s*(?P<range>[\w/]{1,4}(?:\s?[-–]\s?[\w/]{1,4})?)"
    r"|(?P<one>one size|einheitsgröße|taille unique|talla única|taglia unica))\s*$",
    re.I,
)


def _size_ranges(text: str) -> list[str]:
    """The sizes an entry's lines state as such ("Sizes 6-16" -> "6-16", "One size")."""
    found = []
    for line in text.splitlines():
        match = _SIZE_RANGE.match(line)
        if match is not None:
            found.append(match.group("range") or match.group("one"))
    return found


def _words(text: str) -> int:
    """The words of an entry's text, not its leaders' dots ("50 ml . . . . R$ 389,90": a
    price list's leader set as spaced dots is a row of marks, no words of prose); other marks
    count (a table's cells joined by "|" under a card's text make it long)."""
    return sum(1 for word in text.split() if word.strip(".…"))


def _run_in_product(page: PageLayout, name: str, text: str, indexes: list[int]) -> Product:
    """One of the entries run on in a paragraph: its codes, prices and sizes from its own
    sentences only."""
    boxes = [page.blocks[i].bbox for i in indexes]
    lines = sentences(text)
    return Product(
        name=name,
        page=page.page_number,
        bbox=union(boxes),
        source="titled_entry",
        confidence=0.7,
        codes=unique_texts(
            [m.group("code") for m in CODE_LABEL.finditer(text) if has_digit(m.group("code"))]
        ),
        prices=unique_texts(_offered_prices(lines)),
        # the packs priced ("Packet of 10 seeds £3.25"), else the sizes it names
        sizes=unique_texts(
            [m.group(0) for m in PACK.finditer(text)] or [m.group(0) for m in SIZE.finditer(text)]
        ),
        description=text[len(name) :].strip(" –—-:")[:500],
        block_indexes=list(indexes),
    )


def _offered_prices(text: str) -> list[str]:
    """The prices of an entry's lines that offer them (not an amount a sentence mentions)."""
    return [
        m.group(0) for line in text.splitlines() if offers_price(line) for m in PRICE.finditer(line)
    ]


def _loose_prices(page: PageLayout, taken: set[int]) -> list[int]:
    """Prices standing alone: with a currency, or bare amounts ("11.50") that make a column
    of at least `MIN_TITLED_ENTRIES` (a wine list's glass and bottle prices); prices with a
    currency stacked a line each (a wine's bottle sizes priced right of their leaders)."""
    kinds = (*CAPTION_KINDS, "footer")
    alone = [
        i
        for i, b in enumerate(page.blocks)
        if i not in taken and b.kind in kinds and len(b.lines) <= 1
    ]
    # a price alone, or with what it is for after it ("£3.50 per ball")
    priced = [
        i
        for i in alone
        if is_price(page.blocks[i].text.strip()) or is_qualified_price(page.blocks[i].text)
    ]
    priced += [
        i
        for i, b in enumerate(page.blocks)
        if i not in taken
        and b.kind in kinds
        and len(b.lines) > 1
        and all(is_price(line.strip()) for line in b.lines)
        and _after_leaders(page, b)
    ]
    bare = [i for i in alone if BARE_PRICE.match(page.blocks[i].text.strip())]
    column = [
        i
        for i in bare
        if sum(1 for j in bare if abs(page.blocks[j].right - page.blocks[i].right) <= 4)
        >= MIN_TITLED_ENTRIES
    ]
    return sorted({*priced, *column})


LEADER = re.compile(r"(?:\.\s?){3,}$")  # a line's dotted leader: ". . . ." or "...."


def _after_leaders(page: PageLayout, prices: Block) -> bool:
    """Prices stacked a line each right after lines that end in dotted leaders, one a price
    (a wine's bottle sizes: "75 cl . . . . . ." then "24,90 €"): the prices of those lines,
    not a column of a table read as text (its title over it, its sizes left of it)."""
    height = (prices.bottom - prices.top) / len(prices.lines)
    return any(
        b is not prices
        and 0 <= prices.left - b.right <= LEADER_GAP_LINES * height
        and abs(b.bottom - prices.bottom) <= 0.5 * height
        and sum(1 for line in b.lines if LEADER.search(line.strip())) >= len(prices.lines)
        for b in page.blocks
    )


LEADER_GAP_LINES = 3.0  # line heights between a leader's last dot and its price at most


PHOTO_GUTTER = 40.0  # points between a card's photo and the title set right of it


def _prices_beside(page: PageLayout, units: list[_Unit], loose: list[int]) -> list[list[int]]:
    """Prices standing alone right of a unit, level with it or with the photo right above it
    (a flyer's card: the photo, its price beside it, the name under both) or left of it (a
    card's price at its right under the text beside its photo): each to the nearest unit
    left of it, one whose title stands level with it first."""
    blocks = page.blocks
    bands = []
    for unit in units:
        head = blocks[unit.title]
        top = head.top
        above = [
            b
            for b in blocks
            if b.kind == "figure"
            and b.bottom <= head.top + 1
            and head.top - b.bottom <= CAPTION_BELOW
            and b.left <= head.left + 12 <= b.right
        ]
        if above:
            top = max(above, key=lambda b: b.bottom).top
        bottom = max(blocks[i].bottom for i in unit.blocks)
        # the photo left of the title, the card's text beside it: its price may stand at the
        # card's right under that text, level with the photo's lower part
        left_of = [
            b
            for b in blocks
            if b.kind == "figure"
            and b.right <= head.left + 2
            and head.left - b.right <= PHOTO_GUTTER
            and b.top <= head.bottom
            and b.bottom >= head.top
        ]
        if left_of:
            bottom = max(bottom, max(b.bottom for b in left_of))
        bands.append((head.left, top, bottom))
    out: list[list[int]] = [[] for _ in units]
    for i in loose:
        b = blocks[i]
        centre = (b.top + b.bottom) / 2
        owners = [
            (left, n)
            for n, (left, top, bottom) in enumerate(bands)
            if b.left > left and top - 1 <= centre <= bottom + 1
        ]
        if not owners:
            continue
        # the nearest column's units; a price level with a title among them is that entry's,
        # though a photo over the next title reaches up to it (small boxes listed under a
        # list's last photo)
        nearest = max(left for left, _ in owners)
        column = [(left, n) for left, n in owners if left == nearest]
        level = [(left, n) for left, n in column if _level_with(blocks[units[n].title], centre)]
        out[max(level or column)[1]].append(i)
    return out


def _level_with(head: Block, centre: float) -> bool:
    """Whether a height (a price's centre) falls on a title's line."""
    return head.top - 1 <= centre <= head.bottom + 1


MARGIN_CODE_WORDS = 3  # words of a margin's code block at most ("Код", "Art. 20451")


def _codes_in_margin(page: PageLayout, units: list[_Unit], taken: set[int]) -> list[list[int]]:
    """An entry's code set in a margin column left of its row (a leaflet's grey strip with
    "Code" over the number beside each row, the row's photo between): the short blocks left
    of a unit, level with its row, whose text together is a labelled code, are its."""
    blocks = page.blocks
    rows = []
    for unit in units:
        head = blocks[unit.title]
        bottom = max(blocks[i].bottom for i in unit.blocks)
        rows.append((head.left, head.top - 0.5 * line_height_of(head), bottom))
    out: list[list[int]] = [[] for _ in units]
    for n, (left, top, bottom) in enumerate(rows):
        # the margin: left of everything else in the row (its photo too)
        row = [
            i
            for i, b in enumerate(blocks)
            if i not in taken and top <= (b.top + b.bottom) / 2 <= bottom and b.right <= left
        ]
        if any(
            other != n and other_left < left and other_top < bottom and other_bottom > top
            for other, (other_left, other_top, other_bottom) in enumerate(rows)
        ):
            continue  # a unit left of this one in its row: the row's margin is not its
        # the row's photo left of the title: the margin is left of it
        edge = min(
            (
                b.left
                for b in blocks
                if b.kind == "figure" and b.right <= left and b.top < bottom and b.bottom > top
            ),
            default=left,
        )
        margin = sorted(
            (
                i
                for i in row
                if blocks[i].kind in CAPTION_KINDS
                and blocks[i].right <= edge
                and len(blocks[i].text.split()) <= MARGIN_CODE_WORDS
            ),
            key=lambda i: blocks[i].top,
        )
        text = "\n".join(blocks[i].text for i in margin)
        if margin and any(has_digit(m.group("code")) for m in CODE_LABEL.finditer(text)):
            out[n] = margin
    return out
