"""Records of a data export printed as text: a product-information system's or a shop's feed
printed in a fixed-width font, one block of "field ....... value" lines a record ("title
........ Carbon Steel Wok 32 cm", "sku ...... KK-8047-E", "list_price ...... GBP 38.50"), a long
value wrapped onto lines of its own.

A record is a product when a field titled as a name ("title", "name", "product") holds a short
name and a field titled as a code or a price holds one, on a page of `MIN_RECORDS` such records
at least. Its codes are its code fields' values, its prices its price fields' (in printed
order; a dash, a value not offered, is none), its sizes what a size field holds or a field's
value that is a size alone ("4.2 l"); every field is an attribute. A field whose title names
nothing of these ("shipping_band ... B (GBP 4.95)": a delivery charge) is only an attribute.
A menu's leader lines ("Focaccia ...... 6.00") have no field naming their items: no records."""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import (
    PRICE,
    SIZE,
    column_title_role,
    is_code,
    is_name,
    unique_texts,
)
from pdfqueue.engines.layout import PageLayout, union

MIN_RECORDS = 2  # records a page holds at least before they are read as products
FIELD_SHARE = 0.5  # share of a block's lines that are fields, at least, for a block of fields
MAX_FIELD_WORDS = 3  # words of a field's title ("net_content", "list price")
# a field's title, a leader of dots, its value (empty when the field is blank)
_FIELD = re.compile(r"^(?P<key>[^\W\d][\w/-]*(?: [\w/-]+){0,2})\s?\.{3,}\s*(?P<value>.*)$")
_BLANK = frozenset({"-", "–", "—", "n/a", "none", ""})


def record_entries(page: PageLayout, used: set[int]) -> list[Product]:
    """The page's records of field lines as products (none when fewer than `MIN_RECORDS`)."""
    records: list[list[tuple[int, str, str]]] = []  # (block, field's title, value) a record
    current: list[tuple[int, str, str]] | None = None
    for index, block in enumerate(page.blocks):
        if index in used or block.kind in ("table", "figure"):
            continue
        lines = [line.strip() for line in block.lines or [block.text] if line.strip()]
        fields = [_FIELD.match(line) for line in lines]
        if not lines or sum(1 for f in fields if f) < FIELD_SHARE * len(lines):
            current = None  # a record's fields run in blocks of fields only
            continue
        for line, field in zip(lines, fields, strict=True):
            if field is None:
                if current:  # a long value wrapped onto a line of its own
                    at, key, value = current[-1]
                    current[-1] = (at, key, f"{value} {line}".strip())
                continue
            key, value = field.group("key").strip(), field.group("value").strip()
            if current is None or key == current[0][1]:  # its first field again: the next
                current = []
                records.append(current)
            current.append((index, key, value))
    products = [p for p in (_product(page, r) for r in records) if p is not None]
    return products if len(products) >= MIN_RECORDS else []


def _product(page: PageLayout, record: list[tuple[int, str, str]]) -> Product | None:
    name = next(
        (value for _, key, value in record if column_title_role(key) == "name" and is_name(value)),
        "",
    )
    codes, prices, sizes = [], [], []
    for _, key, value in record:
        if value.casefold() in _BLANK:
            continue
        role = column_title_role(key)
        if role == "code" and is_code(value):
            codes.append(value)
        elif role == "price" and PRICE.fullmatch(value):
            prices.append(value)
        elif role == "size" or (role is None and SIZE.fullmatch(value)):
            sizes.append(value)
    if not name or not (codes or prices):
        return None
    indexes = sorted({at for at, _, _ in record})
    return Product(
        name=name,
        page=page.page_number,
        bbox=union([page.blocks[i].bbox for i in indexes]),
        source="record",
        confidence=0.9,
        codes=unique_texts(codes),
        prices=prices,
        sizes=unique_texts(sizes),
        attributes={key: value for _, key, value in record if value and value != name},
        block_indexes=indexes,
    )
