"""A list whose column titles are set once, at the top of the page, over sections of rows (a
coffee roaster's lots by continent and country, a nursery's cultivars by genus and species):
"Lot | Process | Altitude | Cup notes | 250 g | 1 kg | 5 kg", then bands, headings and notes
between groups of rows that line up under those titles. The rows are read as the page prints
them, whatever the layout made of them (small tables, a row's cells as loose blocks, a column
of two rows' prices as one block), each piece put under the title it stands below.

The titles end in `MIN_PACK_TITLES` or more columns of packs or pots ("250 g", "1 kg", "K9",
"1,5 l"): a row is a product when its first column names it and every pack column holds an
amount or a dash ("—": that pack not sold), one amount at least. Its prices are those amounts
left to right, its sizes the packs they price. Amounts may be bare ("69", "119": a price list
stating its currency once, in its header) only when the page names a currency somewhere. A
row naming only a variety in quotes ("'Caradonna'") is named by the heading over its group,
up to a spaced dash (the vernacular name after it): "Salvia nemorosa 'Caradonna'".

A timetable, a statistics table or a tariff sheet titles its columns with times, years or
bands, not packs, and so yields nothing here; nor does a carrier's tariff titled by plain
weights whose rows are its destinations (`rate_cards.weight_band_tariff`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pdfqueue.engines import currencies
from pdfqueue.engines.catalog.blocks import rows_of_blocks
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.rate_cards import weight_band_tariff
from pdfqueue.engines.catalog.words import SIZE, is_name, is_price
from pdfqueue.engines.layout import Block, PageLayout, union

MIN_TITLES = 4  # column titles of the line at least: a name, something else, two packs
MIN_PACK_TITLES = 2  # pack columns ending the titles
MIN_ROWS = 3  # rows of products on the page at least
TITLE_MAX_WORDS = 3  # words of a column's title
PACK_MAX_WORDS = 2  # words of a pack's title ("250 g", "K9")
_TEXT_KINDS = ("paragraph", "heading", "caption", "list_item")
_DASH = re.compile(r"^[—–\-=]{1,2}$")  # a pack not sold (a scan may read the dash as "==")
_BARE_AMOUNT = re.compile(r"^\d{1,6}(?:[.,]\d{2})?$")
_QUOTED = re.compile(r"^['‘’\"“”].+['‘’\"“”]$")  # a cultivar: 'Caradonna'
_SPACED_DASH = re.compile(r"\s[–—-]\s")
_CURRENCY_WORD = re.compile(
    rf"(?<![\w])(?:{currencies.BEFORE_AMOUNT}|{currencies.AFTER_AMOUNT})(?![\w])"
)


@dataclass
class _Piece:
    text: str
    left: float
    top: float
    right: float
    bottom: float
    index: int  # the page block it came from


def titled_once_rows(page: PageLayout) -> list[Product]:
    """The products of the page's rows under column titles set once (see the module)."""
    found = _title_line(page)
    if found is None:
        return []
    titles, packs = found
    line_bottom = max(t.bottom for t in titles)
    pieces = [p for p in _pieces(page) if p.top >= line_bottom - 1]
    bare = bool(_CURRENCY_WORD.search(page.text))
    out: list[Product] = []
    group = ""  # the heading over the rows that follow
    read: list[list[str]] = []  # the rows priced, cell by column, to tell a tariff by
    for line in _lines(pieces):
        cells = {c: " ".join(p.text for p in found) for c, found in _cells(line, titles).items()}
        name_text = cells.get(0, "")
        packed = [(c, cells[c]) for c in packs if c in cells]  # (column, its text) a pack
        offered = [(c, a) for c, a in packed if _amount(a, bare)]
        sold = all(_amount(a, bare) or _DASH.match(a) for _, a in packed)
        if not (name_text and offered and sold):
            if name_text and set(cells) == {0}:  # a heading over the rows that follow
                group = _SPACED_DASH.split(name_text, maxsplit=1)[0].strip()
            continue
        if not is_name(name_text):
            continue
        read.append([cells.get(c, "") for c in range(len(titles))])
        if _QUOTED.match(name_text) and group:
            name_text = f"{group} {name_text}"
        out.append(
            Product(
                name=name_text,
                page=page.page_number,
                bbox=union([(p.left, p.top, p.right, p.bottom) for p in line]),
                source="table_row",
                confidence=0.85,
                prices=[a for _, a in offered],
                sizes=[titles[c].text for c, _ in offered],
                attributes={
                    titles[c].text: cells[c] for c in sorted(cells) if c != 0 and c not in packs
                },
                block_indexes=sorted({p.index for p in line}),
            )
        )
    if _carriage_tariff(titles, read):
        return []
    return out if len(out) >= MIN_ROWS else []


def _carriage_tariff(titles: list[Block], rows: list[list[str]]) -> bool:
    """Rows of destinations priced by weight under the titles ("Destination | Transit | 1 kg
    | 2 kg"): a carrier's tariff (`weight_band_tariff`), as a table of them would be."""
    header = [t.text.strip() for t in titles]
    box = (titles[0].left, titles[0].top, titles[-1].right, titles[-1].bottom)
    return weight_band_tariff(Block("table", box, "", rows=[header, *rows]))


def _amount(text: str, bare: bool) -> bool:
    return is_price(text) or (bare and bool(_BARE_AMOUNT.match(text)))


def _title_line(page: PageLayout) -> tuple[list[Block], list[int]] | None:
    """The line of column titles set once (short one-line blocks, `MIN_TITLES` at least, no
    price among them) ending in `MIN_PACK_TITLES` titles of packs or more, and which of its
    columns are the packs; the first such line down the page."""
    short = [
        b
        for b in page.blocks
        if b.kind in _TEXT_KINDS
        and len(b.lines) <= 1
        and 0 < len(b.text.split()) <= TITLE_MAX_WORDS
        and not is_price(b.text)
    ]
    for line in rows_of_blocks(short):
        if len(line) < MIN_TITLES:
            continue
        packs = _pack_columns([b.text.strip() for b in line])
        if len(packs) >= MIN_PACK_TITLES and len(packs) <= len(line) - 2:
            return line, packs
    return None


def _pack_columns(titles: list[str]) -> list[int]:
    """The titles ending the line that name a pack or pot (a figure, a word or two: "250 g",
    "K9", "1,5 l"), when at least `MIN_PACK_TITLES` of them are measures."""
    run: list[int] = []
    for column in range(len(titles) - 1, -1, -1):
        title = titles[column]
        if len(title.split()) > PACK_MAX_WORDS or not any(c.isdigit() for c in title):
            break
        run.insert(0, column)
    measured = sum(1 for c in run if SIZE.fullmatch(titles[c]))
    return run if measured >= MIN_PACK_TITLES else []


def _pieces(page: PageLayout) -> list[_Piece]:
    """Every printed line of the page's text blocks, and every cell of its tables (placed by
    its column's edges), as pieces."""
    out: list[_Piece] = []
    for index, block in enumerate(page.blocks):
        if block.kind == "table" and block.rows:
            height = (block.bottom - block.top) / len(block.rows)
            spans = block.columns or []
            for number, row in enumerate(block.rows):
                top = block.top + number * height
                for column, cell in enumerate(row):
                    if not cell.strip():
                        continue
                    if column >= len(spans):
                        return []  # cells without their columns' edges: unplaceable
                    left, right = spans[column]
                    piece = _Piece(cell.strip(), left, top, right, top + height, index)
                    out += _split_amounts(piece)
        elif block.kind in _TEXT_KINDS:
            texts = block.lines or [block.text]
            height = (block.bottom - block.top) / max(len(texts), 1)
            for number, text in enumerate(texts):
                if text.strip():
                    top = block.top + number * height
                    out.append(
                        _Piece(text.strip(), block.left, top, block.right, top + height, index)
                    )
    return out


def _split_amounts(piece: _Piece) -> list[_Piece]:
    """A cell the table finder made of two columns' amounts ("– 139": a pot not sold, the
    next one's price): a piece a word, side by side across its width. Only with a dash among
    them: "1 290" is one amount grouped in thousands."""
    words = piece.text.split()
    if len(words) < 2 or not any(_DASH.match(w) for w in words):
        return [piece]
    if not all(_DASH.match(w) or _BARE_AMOUNT.match(w) or is_price(w) for w in words):
        return [piece]
    width = (piece.right - piece.left) / len(words)
    return [
        _Piece(
            w,
            piece.left + k * width,
            piece.top,
            piece.left + (k + 1) * width,
            piece.bottom,
            piece.index,
        )
        for k, w in enumerate(words)
    ]


def _lines(pieces: list[_Piece]) -> list[list[_Piece]]:
    blocks = [Block("paragraph", (p.left, p.top, p.right, p.bottom), p.text) for p in pieces]
    by_id = {id(b): p for b, p in zip(blocks, pieces, strict=True)}
    return [[by_id[id(b)] for b in line] for line in rows_of_blocks(blocks)]


def _cells(line: list[_Piece], titles: list[Block]) -> dict[int, list[_Piece]]:
    """The line's pieces by the column whose title they stand under: the first piece, starting
    left of the second title, is the first column's (a name, however wide its block); each
    other by its middle, under the title it falls within or the nearest."""
    cells: dict[int, list[_Piece]] = {}
    for number, piece in enumerate(line):
        if number == 0 and piece.left < titles[1].left:
            cells.setdefault(0, []).append(piece)
            continue
        middle = (piece.left + piece.right) / 2
        column = min(
            range(len(titles)),
            key=lambda c: max(titles[c].left - middle, middle - titles[c].right, 0.0),
        )
        cells.setdefault(column, []).append(piece)
    return cells
