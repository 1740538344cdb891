"""Entries of a template as products: a guide or catalog that presents each item alike, a name
standing alone (numbered, bold or a heading) followed by "Key: value" (or "Question? answer")
lines whose keys recur in at least `MIN_TEMPLATE_ENTRIES` entries of the document; entries of
one page under the same number are one item in the document's several languages."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pdfqueue.engines.catalog.blocks import _line_height, _photo_blocks
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import _is_name, _key, _starts_like_a_name
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
        if not _is_name(name) or _PROPERTY.match(block.text) or not _starts_like_a_name(name):
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
            and block.top - last.bottom <= _line_height(last)
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


def _templated_entries(document: DocumentLayout) -> dict[int, list[Product]]:
    """Products of a guide or catalog that presents each item as an entry of one template
    (the same property keys, "Colors:", "Features:", in at least `MIN_TEMPLATE_ENTRIES`
    entries), one entry per product on a page with its photo. Entries of one page under
    the same number are one item in the document's several languages: the first names it,
    the others are its other names."""
    entries = [e for page in document.pages for e in _entries(page)]
    counts = Counter(_key(k) for e in entries for k in {p[0] for p in e.properties})
    out: dict[int, list[Product]] = {}
    numbers: dict[tuple[int, str], Product] = {}
    for entry in entries:
        recurring = [p for p in entry.properties if counts[_key(p[0])] >= MIN_TEMPLATE_ENTRIES]
        page = entry.page
        photos = _photo_blocks(page)
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
