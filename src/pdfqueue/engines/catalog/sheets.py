"""Data sheets as products: a page headed by one name, with a specification (a two-column table
of properties, or "Key: value" lines) holding a code or price or product properties, is one
product with that specification."""

from __future__ import annotations

from pdfqueue.engines.catalog.blocks import photo_blocks
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import (
    CODE_LABEL,
    KEY_VALUE,
    PRICE,
    SIZE,
    column_title_role,
    has_digit,
    is_name,
    is_price,
    unique_texts,
)
from pdfqueue.engines.layout import Block, PageLayout, page_space

_SPEC_KEYS = (
    "dimension", "size", "weight", "material", "colour", "color", "finish", "price", "code",
    "warranty", "capacity", "power", "origin", "mineral", "volume", "format", "thickness",
    "länge", "breite", "höhe", "gewicht", "farbe", "maße", "preis", "poids", "couleur",
    "prix", "peso", "precio",
)  # fmt: skip


PRICE_LINE_BELOW = 24.0  # points under a specification where its price line may stand
TITLE_SIZE = 1.5  # a caption this many times the size of the page's text heads the page
MIN_CARD_TITLES = 3  # names set as large as the title: a page of cards, not one data sheet


def _large_caption(block: Block, body: list[Block]) -> bool:
    """A name set right under a photo that the layout read as the photo's caption, in a
    type far larger than the page's text: the title of the page, as a heading is."""
    sizes = sorted(b.font_size for b in body if b.kind == "paragraph" and b.font_size)
    return (
        block.kind == "caption"
        and bool(sizes)
        and block.font_size >= TITLE_SIZE * sizes[len(sizes) // 2]
    )


def _without_specks(cells: list[str]) -> list[str]:
    """A row's cells without the single characters a scan read from specks between or after
    a property's name and value ("Farbe | 2 | rot, rosa"): in a row of more than two cells
    only, as a value may be one character ("Mohshärte | 8")."""
    if len(cells) <= 2:
        return cells
    return [c for c in cells if len(c.strip()) > 1]


def _spec(page: PageLayout, used: set[int]) -> tuple[dict[str, str], list[int]]:
    """The page's specification: two-column property tables and "Key: value" lines."""
    spec: dict[str, str] = {}
    sources: list[int] = []
    for index, block in enumerate(page.blocks):
        if index in used or block.kind in ("header", "footer", "figure"):
            continue
        pairs: list[tuple[str, str]] = []
        if block.kind == "table" and block.rows:
            filled = [_without_specks([c for c in r if c.strip()]) for r in block.rows]
            two = [r for r in filled if len(r) == 2]
            if len(two) >= 0.7 * len(filled):  # a property table (an OCR'd speck aside)
                pairs = [(r[0], r[1]) for r in two]
        else:
            for line in block.lines:
                match = KEY_VALUE.match(line)
                if match:
                    pairs.append((match.group(1), match.group(2)))
        pairs = [(k, v) for k, v in pairs if len(k.split()) <= 4 and "..." not in k + v]
        if len(pairs) >= 3:
            for key, value in pairs:
                spec.setdefault(key.strip(), value.strip())
            sources.append(index)
    return spec, sources


def _trailing_lines(page: PageLayout, sources: list[int]) -> list[str]:
    """The rows of one cell that end a specification table: a line set right under the
    table that a scan's table finder took in as its last row ("Richtpreis je Karat: ab 90 €")."""
    out = []
    for index in sources:
        rows = page.blocks[index].rows or []
        filled = [[c.strip() for c in r if c.strip()] for r in rows]
        while filled and len(filled[-1]) == 1:
            out.append(filled.pop()[0])
    return out


def data_sheet(page: PageLayout, used: set[int]) -> Product | None:
    spec, sources = _spec(page, used)
    if not spec:
        return None
    body = [b for b in page.blocks if b.kind not in ("header", "footer", "figure")]
    headings = [b for b in body if b.kind == "heading" or _large_caption(b, body)]
    if not headings:
        return None
    title = max(headings, key=lambda b: (b.font_size, -b.top))
    alike = [b for b in headings if b.font_size == title.font_size and is_name(b.text)]
    if len(alike) >= MIN_CARD_TITLES:
        return None  # a page of cards titled alike, each product its own, not one data sheet
    first = all(b.top >= title.top for b in body)  # under nothing but photos (a guide's page)
    if (title.top > page.height / 3 and not first) or not is_name(title.text):
        return None
    keys = " ".join(spec).casefold()
    product_keys = sum(1 for k in _SPEC_KEYS if k in keys)
    values = " ".join(spec.values())
    codes = [v for k, v in spec.items() if column_title_role(k) == "code" and has_digit(v)]
    near = [b for b in body if 0 <= b.top - title.bottom <= 60 and b.kind != "table"]
    for block in near:
        codes += [
            m.group("code") for m in CODE_LABEL.finditer(block.text) if has_digit(m.group("code"))
        ]
    prices = [m.group(0) for m in PRICE.finditer(values)]
    bottom = max(page.blocks[i].bottom for i in sources)
    lines = [
        b.lines[0] for b in body if 0 <= b.top - bottom <= PRICE_LINE_BELOW and len(b.lines) == 1
    ]
    for line in lines + _trailing_lines(page, sources):
        # "Richtpreis je Karat: ab 90 €" set right under the specification
        match = KEY_VALUE.match(line)
        if match and is_price(match.group(2)):
            prices += [m.group(0) for m in PRICE.finditer(match.group(2))]
    if product_keys < 2:
        return None  # "SUMMARY:", "DATES:" or a table of contents: not a product's properties
    sizes = [m.group(0) for m in SIZE.finditer(values)]
    description = next(
        (b.text for b in body if b.kind == "paragraph" and len(b.text.split()) >= 8), ""
    )
    photos = photo_blocks(page)
    if not (photos or codes or prices):
        return None  # properties alone, with no picture, code or price: a reference table
    if (title.kind == "caption" or title.top > page.height / 3) and not (codes or prices):
        return None  # an article's photo, title and infobox: the guide's entry has a price
    return Product(
        name=title.text.strip(),
        page=page.page_number,
        bbox=(0.0, title.top, page.width, max(page.blocks[i].bottom for i in sources)),
        source="data_sheet",
        confidence=0.85 if codes or prices else 0.7,
        codes=unique_texts(codes),
        prices=unique_texts(prices),
        sizes=unique_texts(sizes),
        description=description[:500],
        attributes=spec,
        block_indexes=[page.blocks.index(title), *sources],
        figure_boxes=[page_space(page, f.bbox) for f in photos],
        figure_indexes=[f.image_index or 0 for f in photos],
    )
