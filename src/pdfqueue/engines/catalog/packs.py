"""A product's sizes no other rule read: its pack, and its line of sizes.

Sizes read so far are measures ("25 × 19 × 19 cm", "500 ml"); a pack counted in pieces is a
size too, the one a buyer orders by ("Pack of 10", "32 pcs", "200 kpl", "120 compresse",
"4 pints", "12 pack"), and so is a line of the sizes it comes in ("S M L XL", "XS - XL",
"One size", a spectacle frame's "52□18 145"), and so is the scale a model is made to
("1:72 scale", "Maßstab 1:87": a kit's, a model railway's). The rules that find a product
read its name, codes and prices and leave such a line, or a table's pack column, unread. So,
last, each product takes the pack counts of its own text: its name, its description, its
cells (a table row's attributes) and, for a card or an entry, the lines of the blocks no
other product shares (a paragraph of several entries is no one entry's); the sizes of its
lines that hold sizes alone; and the scales its text names."""

from __future__ import annotations

import re
from collections import Counter

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import VOLUME_UNITS
from pdfqueue.engines.layout import DocumentLayout

# the words a count of pieces, doses or portions goes by, in the catalogs' languages
_COUNTED = (
    r"pcs|pieces|pc|pack|kpl|stk|stuks|stück|szt|ks|uds|unidades|pz|pezzi|compresse|"
    r"pastiglie|capsule|capsules|caps|tablets|tabs|tabletten|kapseln|sachets|bustine|filtri|"
    r"filters|flaconcini|pints?|rolls|softgels|gummies|lozenges"
)
_HELD = r"reams|sheets|rolls|pairs|pieces|pcs|bags|sachets"  # "Box of 5 reams"
PACK_SIZE = re.compile(
    # "32 pcs", "25 × 2 kpl" (25 packs of 2)
    rf"(?<![\w.,/-])(?:\d{{1,4}}\s?[x×]\s?)?\d{{1,5}}\s?(?:{_COUNTED})(?![\w/-])"
    # "Pack of 10", "Box of 5 reams"
    rf"|\b(?:pack|set|box|wallet|case|tin|tub|bag|tube)\s+of\s+\d{{1,5}}(?:\s(?:{_HELD}))?\b"
    r"(?![.,]\d)"
    # a multipack of a measure: "2 x 120g", "6 x 1.5L"
    # (metric measures only: an ounce or a pound, "6 x 12 oz", is not read as one here)
    rf"|(?<![\w.,/-])\d{{1,3}}\s?[x×]\s?\d+(?:[.,]\d+)?\s?(?:kg|g|{VOLUME_UNITS})\b",
    re.I,
)


_LETTER = r"(?:[2-6]XL|X{1,3}[SL]|[SML])"  # a garment's or a frame's size: "S", "XL", "3XL"
LETTER_SIZES = re.compile(rf"{_LETTER}(?:(?:\s+|\s*[/|·,]\s*){_LETTER})+")  # "S M L XL", "S/M/L"
FRAME_SIZE = re.compile(r"\d{2}\s?□\s?\d{2}(?:\s?[-–]?\s?\d{3})?")  # a frame's: "52□18 145"
ONE_SIZE = re.compile(r"one\s?size", re.I)  # "One size", "Onesize": made in a single size
LETTER_RANGE = re.compile(rf"{_LETTER}\s?[-–]\s?{_LETTER}")  # "XS - XL": the sizes it comes in


# a model's scale named as such: "1:72 scale", "scale 1:48", "M 1:87", "Maßstab 1:87"
_SCALE_WORD = r"scale|schaal|skala|scala|escala|maßstab|massstab|échelle"
SCALE = re.compile(
    rf"(?<![\w:.,])(?P<before>1\s?:\s?\d{{1,4}})(?=\s(?:{_SCALE_WORD})\b)"
    rf"|\b(?:{_SCALE_WORD}|m)\s(?P<after>1\s?:\s?\d{{1,4}})(?![\d:])",
    re.I,
)


def scales(text: str) -> list[str]:
    """The scales a text names as such ("1:72 scale · 112 parts": "1:72")."""
    return [m.group("before") or m.group("after") for m in SCALE.finditer(text)]


def pack_sizes(text: str) -> list[str]:
    """The pack counts a text gives ("Item No. 50046 20 pcs": "20 pcs"); one piece ("1 pcs",
    "1 pc.") is no pack."""
    found = [m.group(0).strip() for m in PACK_SIZE.finditer(text)]
    return [f for f in found if not _ONE_PIECE.match(f)]


_ONE_PIECE = re.compile(r"1\s?(?!pints?\b)[^\W\d]", re.I)  # "1 pcs", "1pc": a single piece


def line_sizes(line: str) -> list[str]:
    """The sizes a line of size letters alone gives: each of "S M L XL", or a range "XS -
    XL" (or "One size", or a spectacle frame's lens, bridge and temple "52□18 145") as one;
    none from a line with other words ("Size M only")."""
    line = line.strip()
    if LETTER_RANGE.fullmatch(line) or ONE_SIZE.fullmatch(line) or FRAME_SIZE.fullmatch(line):
        return [line]
    if LETTER_SIZES.fullmatch(line):
        return re.findall(_LETTER, line)
    return []


def add_pack_sizes(products: list[Product], document: DocumentLayout) -> None:
    """Each product's pack counts after its sizes (see the module doc)."""
    pages = {page.page_number: page for page in document.pages}
    shared = Counter((p.page, i) for p in products for i in set(p.block_indexes))
    for product in products:
        lines = list(product.attributes.values())  # a table row's cells
        page = pages.get(product.page)
        if page is not None and product.source != "table_row":
            for index in product.block_indexes:
                block = page.blocks[index] if index < len(page.blocks) else None
                if block is None or block.kind == "table" or shared[(product.page, index)] > 1:
                    continue
                lines += block.lines or [block.text]
        found = [s for t in (product.name, product.description, *lines) for s in pack_sizes(t)]
        found += [s for line in lines for s in line_sizes(line)]
        found += [s for t in (product.name, *lines) for s in scales(t)]
        known = {size.casefold() for size in product.sizes}
        for size in found:
            if size.casefold() not in known:
                product.sizes.append(size)
                known.add(size.casefold())
