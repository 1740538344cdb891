"""A name over ONE line of its variants and their prices: pet food, coffee, bulk foods and
feed sold by weight print a food's name, a line of copy, then "2 kg 4 990 Ft · 7,5 kg 14 490
Ft · 15 kg 24 990 Ft" (or "250 g 6,90 € | 1 kg 22,50 €", packs "12 × 85 g 2 990 Ft") and,
under it, the article numbers in the same order ("Cikkszám: 31102 / 31103 / 31104", "Art.-Nr.
4410 / 4411"). Each weight is a product named name + weight, its price the one after its
weight, its code the article number in the same place.

A variant line prints nothing but (size, price) pairs and separators; the name is the line
set largest right above it (within `NAME_GAP_LINES` of its heights, the copy between being
the description). A page yields these products only with at least `MIN_VARIANT_LINES` lines
of two pairs or more, or one over as many article numbers (a scan's other lines garbled), so
a nutrition table ("100 g | 250 g": sizes, no prices), a price change ("2 kg 4 990 Ft → 5 490
Ft") or a receipt's lines (one weight, one price each) do not.
"""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.variants import PrintedLine, printed_lines
from pdfqueue.engines.catalog.words import PRICE, SIZE, is_name
from pdfqueue.engines.layout import PageLayout

MIN_VARIANT_LINES = 2  # lines of two (size, price) pairs or more on a page
NAME_GAP_LINES = 4.0  # variant-line heights the name may stand above it
CODES_GAP_LINES = 1.5  # variant-line heights the codes line may stand under it

_PACK_SIZE = rf"(?:\d+\s?[x×]\s?)?(?i:{SIZE.pattern})"
# not a size "=" its price: a price per unit ("1 kg = 8,73 €" under a pack's own price)
_PAIR = re.compile(rf"(?P<size>{_PACK_SIZE})\s*[:–-]?\s*(?P<price>{PRICE.pattern})")
_SEPARATOR = re.compile(r"^[\s·•|/;,–-]*$")
_CODE = r"[A-Z0-9](?:[A-Z0-9.-]*\d)[A-Z0-9-]*"
_CODES = re.compile(
    rf"^(?:[^\W\d][^\d:]{{0,24}}[:.]?\s*)?(?P<codes>{_CODE}(?:\s*[/·,;|]\s*{_CODE})+)$"
)


def variant_pairs(text: str) -> list[tuple[str, str]]:
    """The (size, price) pairs of a line that prints nothing else (separators aside)."""
    pairs: list[tuple[str, str]] = []
    end = 0
    for match in _PAIR.finditer(text):
        if not _SEPARATOR.match(text[end : match.start()]):
            return []
        pairs.append((match.group("size").strip(), match.group("price").strip()))
        end = match.end()
    if not pairs or not _SEPARATOR.match(text[end:]):
        return []
    return pairs


def _codes_of(text: str) -> list[str]:
    match = _CODES.match(text.strip())
    if match is None:
        return []
    return [c for c in re.split(r"\s*[/·,;|]\s*", match.group("codes")) if c]


def variant_lines(page: PageLayout, used: set[int]) -> list[Product]:
    """The variants printed on one line under a name, each a product (name + size)."""
    lines = printed_lines(page, used)
    parsed = [variant_pairs(line.text) for line in lines]
    coded = any(
        len(pairs) >= 2 and len(_codes_of(below.text)) == len(pairs)
        for pairs, below in zip(parsed, lines[1:], strict=False)
    )
    if not coded and sum(1 for pairs in parsed if len(pairs) >= 2) < MIN_VARIANT_LINES:
        return []
    sizes = {index: block.font_size for index, block in enumerate(page.blocks)}
    found: list[Product] = []
    floor = 0  # lines above this one belong to the group before
    for k, (line, pairs) in enumerate(zip(lines, parsed, strict=True)):
        if not pairs:
            continue
        height = line.bbox[3] - line.bbox[1]
        above = [
            (j, other)
            for j, other in enumerate(lines[floor:k], start=floor)
            if line.bbox[1] - other.bbox[3] <= NAME_GAP_LINES * height
            and other.bbox[0] < line.bbox[2]
            and line.bbox[0] < other.bbox[2]
            and not parsed[j]
        ]
        named = [(j, other) for j, other in above if is_name(other.text)]
        floor = k + 1
        if not named:
            continue
        j, name_line = max(
            named, key=lambda item: (max(sizes.get(i, 0.0) for i in item[1].indexes), -item[0])
        )
        description = " ".join(other.text for i, other in above if i > j)
        codes: list[str] = []
        below = lines[k + 1] if k + 1 < len(lines) else None
        if below is not None and below.bbox[1] - line.bbox[3] <= CODES_GAP_LINES * height:
            codes = _codes_of(below.text)
            if len(codes) == len(pairs):
                floor = k + 2
            else:
                codes = []
        found += _variants(page, name_line, line, below if codes else None, pairs, codes)
        for product in found[-len(pairs) :]:
            product.description = description
    return found


def _variants(
    page: PageLayout,
    name_line: PrintedLine,
    line: PrintedLine,
    codes_line: PrintedLine | None,
    pairs: list[tuple[str, str]],
    codes: list[str],
) -> list[Product]:
    parts = [name_line, line] + ([codes_line] if codes_line is not None else [])
    bbox = (
        min(p.bbox[0] for p in parts),
        name_line.bbox[1],
        max(p.bbox[2] for p in parts),
        parts[-1].bbox[3],
    )
    indexes = sorted({i for p in parts for i in p.indexes})
    name = name_line.text.strip()
    return [
        Product(
            name=f"{name} {size}",
            page=page.page_number,
            bbox=bbox,
            source="variant_line",
            confidence=0.75,
            codes=[codes[n]] if codes else [],
            prices=[price],
            sizes=[size],
            block_indexes=indexes,
        )
        for n, (size, price) in enumerate(pairs)
    ]
