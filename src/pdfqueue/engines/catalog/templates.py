"""Entries of a template as products: a guide or catalog that presents each item alike, a name
standing alone (numbered, bold or a heading) followed by "Key: value" (or "Question? answer")
lines whose keys recur in at least `MIN_TEMPLATE_ENTRIES` entries of the document; entries of
one page under the same number are one item in the document's several languages."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from pdfqueue.engines.catalog.blocks import line_height_of, photo_blocks
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import is_name, name_key, starts_like_a_name, unique_ints
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout, page_space

MIN_TEMPLATE_ENTRIES = 3  # entries a property key recurs in before it makes a template
MIN_ENTRY_PROPERTIES = 2  # recurring properties an entry has at least
_NUMBERED = re.compile(r"^\s*(\d{1,3})[.)]\s+")
_TAGLINE = re.compile(r"\s+[-–—]\s+.*$")  # "Citrine (Sitrin) - Batu Matahari": its epithet
_PROPERTY = re.compile(
    r"^\s*(?:[•·▪■◦●○‣⁃*\-–]\s*)?(?P<key>[^\W\d_][^:?؟\n]{0,40}?)\s*[:?؟]\s+(?P<value>\S.*)$",
    re.S,
)


@dataclass
class _Entry:
    page: PageLayout
    title: int  # block index
    number: str | None
    name: str
    properties: list[tuple[str, str, int]]  # (key, value, block index)


def _entries(page: PageLayout) -> list[_Entry]:
    """A name standing alone (numbered, bold or a heading) followed by at least two
    "Key: value" (or "Question? answer") blocks: one entry of a guide or a catalog."""
    blocks = page.blocks
    out: list[_Entry] = []
    for index, block in enumerate(blocks):
        if block.kind not in ("heading", "list_item", "paragraph") or len(block.lines) > 2:
            continue
        numbered = _NUMBERED.match(block.text)
        if not (numbered or block.bold or block.kind == "heading"):
            continue
        name = _TAGLINE.sub("", block.text[numbered.end() :] if numbered else block.text).strip()
        if not is_name(name) or _PROPERTY.match(block.text) or not starts_like_a_name(name):
            continue
        properties = _properties(blocks, index)
        if len(properties) >= MIN_ENTRY_PROPERTIES:
            out.append(
                _Entry(page, index, numbered.group(1) if numbered else None, name, properties)
            )
    return out


def _property(line: str) -> tuple[str, str] | None:
    match = _PROPERTY.match(line)
    if match is None or len(match.group("key").split()) > 5:
        return None
    return " ".join(match.group("key").split()), " ".join(match.group("value").split())


def _properties(blocks: Sequence[Block], title: int) -> list[tuple[str, str, int]]:
    """The "Key: value" lines after the title block, each with the lines that continue it
    (a wrapped value), up to a block that does not start with one. Line by line, not block
    by block: a scan's OCR may read a list of bullets as one paragraph; and what OCR makes of
    bullets (an "e", a "«") or of the rest of the title's line is passed over."""
    out: list[list[Any]] = []
    head = blocks[title]
    last: Block | None = None  # the block the properties so far end in
    for index in range(title + 1, len(blocks)):
        block = blocks[index]
        lines = block.lines or [block.text]
        beside_title = block.top < head.bottom and block.bottom > head.top
        if len(block.text.strip()) <= 2 or (beside_title and not out):
            continue
        # a value's last line set apart as a paragraph of its own, right under it
        runs_on = (
            last is not None
            and block.kind == "paragraph"
            and block.top - last.bottom <= line_height_of(last)
        )
        if block.kind not in ("list_item", "paragraph") or (
            _property(lines[0]) is None and not runs_on
        ):
            break
        last = block
        for line in lines:
            found = _property(line)
            if found is not None:
                out.append([*found, index])
            else:
                out[-1][1] = f"{out[-1][1]} {' '.join(line.split())}"
    return [(key, value, index) for key, value, index in out]


def templated_entries(document: DocumentLayout) -> dict[int, list[Product]]:
    """Products of a guide or catalog that presents each item as an entry of one template
    (the same property keys, "Colors:", "Features:", in at least `MIN_TEMPLATE_ENTRIES`
    entries), one entry per product on a page with its photo. Entries of one page under
    the same number are one item in the document's several languages: the first names it,
    the others are its other names."""
    entries = [e for page in document.pages for e in _entries(page)]
    counts = Counter(name_key(k) for e in entries for k in {p[0] for p in e.properties})
    out: dict[int, list[Product]] = {}
    numbers: dict[tuple[int, str], Product] = {}
    for entry in entries:
        recurring = [p for p in entry.properties if counts[name_key(p[0])] >= MIN_TEMPLATE_ENTRIES]
        page = entry.page
        photos = photo_blocks(page)
        if len(recurring) < MIN_ENTRY_PROPERTIES or not photos:
            continue
        same = numbers.get((page.page_number, entry.number)) if entry.number else None
        if same is not None:
            same.attributes.setdefault("other names", "")
            same.attributes["other names"] = "; ".join(
                n for n in (same.attributes["other names"], entry.name) if n
            )
            continue
        last = page.blocks[entry.properties[-1][2]]
        title = page.blocks[entry.title]
        product = Product(
            name=entry.name,
            page=page.page_number,
            bbox=(title.left, title.top, max(title.right, last.right), last.bottom),
            source="template_entry",
            confidence=0.7,
            description=" ".join(v for _, v, _ in entry.properties)[:500],
            attributes={k: v for k, v, _ in entry.properties},
            block_indexes=[entry.title, *(i for _, _, i in entry.properties)],
            figure_boxes=[page_space(page, f.bbox) for f in photos],
            figure_indexes=[f.image_index or 0 for f in photos],
        )
        if entry.number:
            numbers[(page.page_number, entry.number)] = product
        out.setdefault(page.page_number, []).append(product)
    return out


MIN_SHEET_KEYS = 3  # keys that recur over a document's sheet pages before they make a template
MIN_PAGE_KEYS = 2  # recurring keys a page's box holds at least
SHEET_KEY_WORDS = 4  # words a box's key runs to at most
SHEET_VALUE_WORDS = 10  # words a box's value runs to at most (more is prose)


def _page_title(page: PageLayout) -> int | None:
    """The page's largest heading, in its top third, that is a name."""
    headings = [
        i for i, b in enumerate(page.blocks) if b.kind == "heading" and len(b.lines or [1]) <= 2
    ]
    if not headings:
        return None
    index = max(headings, key=lambda i: (page.blocks[i].font_size, -page.blocks[i].top))
    title = page.blocks[index]
    name = " ".join(title.text.split())
    if title.top > page.height / 3 or not is_name(name) or not starts_like_a_name(name):
        return None
    return index


def _key_like(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= SHEET_KEY_WORDS
        and not any(c.isdigit() for c in text)
        and is_name(text)
        and not text.endswith((".", ","))
    )


def _box_pairs(page: PageLayout, title: int) -> list[tuple[str, str, int]]:
    """Key/value pairs of a page's box, wherever it stands: "Key: value" lines, a key set
    over its value (a tinted side box: "Hardness" over "7"), or such a key over its value
    in a column of a table the layout read (a box beside prose read as one table)."""
    blocks = page.blocks
    out: list[tuple[str, str, int]] = []
    singles = []
    for index, block in enumerate(blocks):
        if index == title or block.kind in ("header", "footer", "figure"):
            continue
        if block.kind == "table" and block.rows:
            for c in range(max(len(r) for r in block.rows)):
                cells = [r[c].strip() for r in block.rows if c < len(r) and r[c].strip()]
                for key, value in pairwise(cells):
                    if _key_like(key) and len(value.split()) <= SHEET_VALUE_WORDS:
                        out.append((key, value, index))
            continue
        for line in block.lines or [block.text]:
            found = _property(line)
            if found is not None and len(found[1].split()) <= SHEET_VALUE_WORDS:
                out.append((*found, index))
        if len(block.lines or [1]) == 1:
            singles.append(index)
    for index in singles:
        key = blocks[index]
        under = [
            i
            for i in singles
            if abs(blocks[i].left - key.left) <= 3
            and 0 <= blocks[i].top - key.bottom <= 0.5 * line_height_of(key)
        ]
        text = " ".join(key.text.split())
        if len(under) == 1 and _key_like(text):
            value = " ".join(blocks[under[0]].text.split())
            if len(value.split()) <= SHEET_VALUE_WORDS and not value.endswith(":"):
                out.append((text, value, index))
    return out


def sheet_pages(document: DocumentLayout) -> dict[int, list[Product]]:
    """A guide that gives each item a page of one template: a title heading the page and a
    box of properties whose keys (in any language) recur on the other such pages (at least
    `MIN_SHEET_KEYS` keys on `MIN_TEMPLATE_ENTRIES` pages and on most titled pages with a
    box), and a photo: each such page is one product. A report's "Key facts" boxes, whose
    keys change from chapter to chapter, a novel's chapters, with no box, minutes repeating
    their fields, with no photo, and a survey's pages, a question titling each, a chart and a
    table of the same answers over their counts ("En accord" over "60", "Total" over "247"),
    values that are figures only, are none: a product's box says what it is in words too."""
    pages: list[tuple[PageLayout, int, list[tuple[str, str, int]]]] = []
    for page in document.pages:
        title = _page_title(page)
        if title is None:
            continue
        pairs = _box_pairs(page, title)
        if pairs:
            pages.append((page, title, pairs))
    counts = Counter(name_key(k) for _, _, pairs in pages for k in {p[0] for p in pairs})
    threshold = max(MIN_TEMPLATE_ENTRIES, len(pages) / 2)
    recurring = {k for k, n in counts.items() if n >= threshold}
    if len(recurring) < MIN_SHEET_KEYS:
        return {}
    out: dict[int, list[Product]] = {}
    for page, title, pairs in pages:
        found: dict[str, tuple[str, int]] = {}
        for key, value, index in pairs:
            if name_key(key) in recurring and name_key(value) not in recurring:
                found.setdefault(key, (value, index))
        photos = photo_blocks(page)
        if len(found) < MIN_PAGE_KEYS or not photos:
            continue  # minutes, forms: a page of fields with no picture of what it presents
        if not any(any(c.isalpha() for c in value) for value, _ in found.values()):
            continue  # counts under recurring answers: a survey's table by its chart, no box
        head = page.blocks[title]
        prose = next(
            (b.text for b in page.blocks if b.kind == "paragraph" and len(b.text.split()) >= 12),
            "",
        )
        out[page.page_number] = [
            Product(
                name=" ".join(head.text.split()),
                page=page.page_number,
                bbox=(
                    0.0,
                    head.top,
                    page.width,
                    max(page.blocks[i].bottom for _, i in found.values()),
                ),
                source="template_entry",
                confidence=0.6,
                description=" ".join(prose.split())[:500],
                attributes={k: v for k, (v, _) in found.items()},
                block_indexes=[title, *unique_ints([i for _, i in found.values()])],
                figure_boxes=[page_space(page, f.bbox) for f in photos],
                figure_indexes=[f.image_index or 0 for f in photos],
            )
        ]
    return out
