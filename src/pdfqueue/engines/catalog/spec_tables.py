"""Titled property tables: a page of several items, each a name over its own key/value table.

A guide sets each of its items (a gemstone, a mineral, a wine) as a heading, often numbered
("3. Kecubung (Amethyst)"), over a small borderless table of its properties (hardness, colour,
origin, "Harga per karat | Rp 250.000") beside its photo; a manufacturer's brochure sets
several data sheets on one page, a bold name over a spec table (code, sizes, weight, "Price
per piece | £47.00") beside a drawing. Both are one form: a title followed by its own
key/value table, repeated. Each such entry is a product named by its title (without its
number; a bracketed name after it is an other name), the table's rows its attributes, a
price row (its key says price in any language, or its value is an amount in a currency) its
price, a code row its code.

What keeps this from reading a report or a bill as a catalog:

- at least `MIN_SHEETS` entries on the page, whose tables share most of their keys (one
  template, as a catalog repeats it; not two unrelated tables);
- each table has at least `MIN_SPEC_ROWS` rows of exactly two cells, keys short words (not
  years or numbers: a statistics table's first column), distinct, and no header row;
- its values are of several kinds (text, measures, amounts, codes): a report's table of
  figures by region holds amounts or shares only, an invoice's summary only amounts;
- each entry carries a product's evidence: a price, an article code, or a photo of its own;
- the title is prominent (a heading, bold, or set larger than the page's body text), short,
  reads as a name, and stands right above its table.

A chapter heading over prose has no table; an invoice's line items are a table of more than
two columns; a report's section headings stand over tables of figures.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from pdfqueue.engines.catalog.blocks import photo_blocks
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import (
    BARE_CODE,
    SIZE,
    column_title_role,
    is_name,
    is_price,
    starts_like_a_name,
    unique_texts,
)
from pdfqueue.engines.layout import Block, PageLayout, page_space

__all__ = ["titled_spec_tables"]

MIN_SHEETS = 2  # titled property tables on a page that make the form (one is a data sheet)
MIN_SPEC_ROWS = 3  # key/value rows a property table has at least
SPEC_ROWS_SHARE = 0.7  # share of a property table's rows that hold both a key and a value
STRAY_SHARE = 0.2  # share of its rows a third column may fill (stray text taken in) at most
SHARED_KEYS = 0.5  # share of an entry's keys the page's other entries must print too
MAX_KEY_WORDS = 5
TITLE_GAP = 40.0  # points between a title's bottom and its table's top at most ...
TITLE_GAP_LINES = 3.0  # ... or this many of the title's line heights, when that is more
TITLE_PROMINENCE = 1.15  # a title set this much larger than the page's body text stands out
SHEET_CONFIDENCE = 0.8
_TITLE_KINDS = ("heading", "list_item", "paragraph", "caption")
_NUMBER_PREFIX = re.compile(r"^\s*\d{1,3}[.)]\s+(?=[^\W\d_])")  # "3. ", not "400 Series"
_OTHER_NAME = re.compile(r"^(?P<name>.+?)\s*[(\[](?P<other>[^()\[\]]{2,60})[)\]]\s*$")
# "price" in the languages catalogs come in; a row keyed so holds the price in any currency
_PRICE_KEY = re.compile(
    r"\b(?:price|prices|preis|prix|precio|prezzo|preço|prijs|pris|cena|cijena|hinta|harga"
    r"|fiyat|giá|цена|стоимость|cost|kosten|coste|costo|tarif|rrp|msrp)\b|ราคา|价格|価格|가격",
    re.I,
)
# a value that is one amount or share, with or without its currency or unit sign
_AMOUNT = re.compile(
    r"^[(\-+−]?\s*(?:[^\W\d_]{1,3}\.?\s?)?[$€£¥₹₽₩₺]?\s?\d[\d.,' ]*\s?[%$€£¥]?\)?$"
)


@dataclass
class _Sheet:
    title: int  # block index
    table: int  # block index
    name: str
    other_name: str | None
    pairs: list[tuple[str, str]]


def titled_spec_tables(page: PageLayout, used: set[int]) -> list[Product]:
    """The page's entries that are a title over a key/value table of their own, when at least
    `MIN_SHEETS` of them repeat one template and each carries a price, a code or a photo."""
    sheets = [s for s in (_sheet(page, i, used) for i in range(len(page.blocks))) if s]
    sheets = [s for s in sheets if _shares_keys(s, sheets)]
    if len(sheets) < MIN_SHEETS or not _prominent(page, {s.title for s in sheets}):
        return []
    bands = _bands(page, sheets)
    products = []
    for sheet, (top, bottom), own in zip(
        sheets, bands, _own_photos(page, sheets, bands), strict=True
    ):
        product = _product(page, sheet, own, top, bottom)
        if not (product.prices or product.codes or own):
            return []  # one entry without a product's evidence: a report's look-alike
        products.append(product)
    return products


def _pairs(block: Block) -> list[tuple[str, str]] | None:
    """A property table's (key, value) rows, or None when the block is not one. Its keys
    and values are the two side-by-side columns most often filled together; any other
    column may hold a stray line only (a drawing's caption a scan's table took in)."""
    if block.kind != "table" or not block.rows:
        return None
    rows = [[c.strip() for c in row] for row in block.rows if any(c.strip() for c in row)]
    width = max(len(row) for row in rows)
    if width < 2:
        return None
    grid = [row + [""] * (width - len(row)) for row in rows]
    both = [sum(1 for row in grid if row[c] and row[c + 1]) for c in range(width - 1)]
    key = both.index(max(both))
    for column in set(range(width)) - {key, key + 1}:
        if sum(1 for row in grid if row[column]) > max(1, STRAY_SHARE * len(grid)):
            return None  # a table of more than two columns
    keyed = [row for row in grid if row[key] or row[key + 1]]
    two = [(row[key], row[key + 1]) for row in keyed if row[key] and row[key + 1]]
    if len(two) < MIN_SPEC_ROWS or len(two) < SPEC_ROWS_SHARE * len(keyed):
        return None
    keys = [" ".join(k.split()) for k, _ in two]
    if len({k.casefold() for k in keys}) < len(keys):
        return None  # a key repeated: a list of things, not one thing's properties
    for key in keys:
        letters = sum(c.isalpha() for c in key)
        if len(key.split()) > MAX_KEY_WORDS or letters < 2 or letters < 0.6 * len(key):
            return None  # "2023", "Q1 2024": a table of figures by period
    return [(k, " ".join(v.split())) for k, (_, v) in zip(keys, two, strict=True)]


def _kind(value: str) -> str:
    if _AMOUNT.match(value):
        return "amount"
    if SIZE.fullmatch(value.strip()) or re.fullmatch(r"[\d.,\s–-]+\s?[^\W\d_]{1,4}\.?", value):
        return "measure"
    if BARE_CODE.match(value):
        return "code"
    if sum(c.isalpha() for c in value) >= 3:
        return "text"
    return "amount"  # "6,5 – 7,5", "-": figures


def _mixed(pairs: list[tuple[str, str]]) -> bool:
    """Values of several kinds (a name's properties), not one kind (a column of figures
    under its title: "Region | Share" over amounts and shares)."""
    if not any(c.isdigit() for c in pairs[0][1]) and all(
        any(c.isdigit() for c in v) for _, v in pairs[1:]
    ):
        pairs = pairs[1:]  # a column title may head the figures
    return len({_kind(v) for _, v in pairs if v not in ("-", "–", "—")}) >= 2


def _prominent(page: PageLayout, titles: set[int]) -> bool:
    """The titles are headings, bold, or set larger than the page's other text; a page of
    nothing but titles and tables has no other text to stand out from."""
    sizes = [
        b.font_size
        for i, b in enumerate(page.blocks)
        if i not in titles and b.kind in _TITLE_KINDS and b.font_size > 0
    ]
    body = statistics.median(sizes) if sizes else 0.0
    return all(
        page.blocks[i].kind == "heading"
        or page.blocks[i].bold
        or page.blocks[i].font_size >= TITLE_PROMINENCE * body
        for i in titles
    )


def _sheet(page: PageLayout, index: int, used: set[int]) -> _Sheet | None:
    if index in used:
        return None
    table = page.blocks[index]
    pairs = _pairs(table)
    if pairs is None or not _mixed(pairs):
        return None
    title = _title_over(page, index)
    if title is None or title in used:
        return None
    text = " ".join(page.blocks[title].text.split())
    name = _NUMBER_PREFIX.sub("", text, count=1).strip()
    if not is_name(name) or not starts_like_a_name(name):
        return None
    bracketed = _OTHER_NAME.match(name)
    other = bracketed.group("other").strip() if bracketed else None
    return _Sheet(title, index, name, other, pairs)


def _title_over(page: PageLayout, index: int) -> int | None:
    """The one- or two-line block right above the table, over it."""
    table = page.blocks[index]
    above = [
        (i, b)
        for i, b in enumerate(page.blocks)
        if b.kind not in ("header", "footer", "figure")
        and b.bottom <= table.top + 2
        and b.left < table.right
        and b.right > table.left
    ]
    if not above:
        return None
    i, block = max(above, key=lambda ib: ib[1].bottom)
    if block.kind not in _TITLE_KINDS or not 1 <= len(block.lines or [block.text]) <= 2:
        return None
    line_height = (block.bottom - block.top) / max(len(block.lines), 1)
    if table.top - block.bottom > max(TITLE_GAP, TITLE_GAP_LINES * line_height):
        return None
    return i


def _shares_keys(sheet: _Sheet, sheets: Sequence[_Sheet]) -> bool:
    """Another entry of the page prints most of this one's keys: one template."""
    mine = {k.casefold() for k, _ in sheet.pairs}
    for other in sheets:
        if other is sheet:
            continue
        theirs = {k.casefold() for k, _ in other.pairs}
        if len(mine & theirs) >= SHARED_KEYS * min(len(mine), len(theirs)):
            return True
    return False


def _bands(page: PageLayout, sheets: list[_Sheet]) -> list[tuple[float, float]]:
    """Each entry's stretch of the page, top to bottom: from the bottom of the last table
    above its title (a photo may stand higher than the title it goes with) to the next
    title under it."""
    out = []
    for sheet in sheets:
        title = page.blocks[sheet.title]
        tables = [page.blocks[s.table].bottom for s in sheets]
        titles = [page.blocks[s.title].top for s in sheets]
        start = max([0.0, *(b for b in tables if b <= title.top)])
        end = min([page.height, *(t for t in titles if t > title.bottom)])
        out.append((start, end))
    return out


def _own_photos(
    page: PageLayout, sheets: list[_Sheet], bands: list[tuple[float, float]]
) -> list[list[Block]]:
    """The photos of each entry: those whose middle is in its stretch of the page, each
    given to the nearest entry across (entries set side by side share a stretch)."""
    out: list[list[Block]] = [[] for _ in sheets]
    for photo in photo_blocks(page):
        middle = ((photo.left + photo.right) / 2, (photo.top + photo.bottom) / 2)
        mine = [n for n, (top, bottom) in enumerate(bands) if top <= middle[1] < bottom]
        if not mine:
            continue

        across = [_distance(page.blocks[sheets[n].table], middle[0]) for n in mine]
        out[mine[across.index(min(across))]].append(photo)
    return out


def _distance(block: Block, x: float) -> float:
    return max(block.left - x, x - block.right, 0.0)


def _product(
    page: PageLayout, sheet: _Sheet, photos: list[Block], top: float, bottom: float
) -> Product:
    title, table = page.blocks[sheet.title], page.blocks[sheet.table]
    prices = [v for k, v in sheet.pairs if _PRICE_KEY.search(k) and any(c.isdigit() for c in v)]
    codes = [
        v for k, v in sheet.pairs if column_title_role(k) == "code" and any(c.isdigit() for c in v)
    ]
    if not prices:
        # no row says "price": one row that is an amount in a currency is (several, as
        # "Revenue", "Profit", are a company's figures)
        amounts = [v for _, v in sheet.pairs if is_price(v)]
        prices = amounts if len(amounts) == 1 else []
    values = " ".join(v for _, v in sheet.pairs)
    description = next(
        (
            b.text
            for b in page.blocks
            if b.kind in ("paragraph", "caption")
            and top <= b.top < bottom
            and b.top >= table.bottom
            and len(b.text.split()) >= 8
        ),
        "",
    )
    attributes = dict(sheet.pairs)
    if sheet.other_name:
        attributes["other names"] = sheet.other_name
    return Product(
        name=sheet.name,
        page=page.page_number,
        bbox=(
            min(title.left, table.left),
            title.top,
            max(title.right, table.right),
            table.bottom,
        ),
        source="titled_spec_table",
        confidence=SHEET_CONFIDENCE if prices or codes else 0.7,
        codes=unique_texts(codes),
        prices=unique_texts(prices),
        sizes=unique_texts([m.group(0) for m in SIZE.finditer(values)]),
        description=" ".join(description.split())[:500],
        attributes=attributes,
        block_indexes=[sheet.title, sheet.table],
        figure_boxes=[page_space(page, f.bbox) for f in photos],
        figure_indexes=[f.image_index or 0 for f in photos],
    )
