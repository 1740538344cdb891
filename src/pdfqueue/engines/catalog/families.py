"""A family's table of variants: a heading names a family (a tyre's tread pattern, a cable
type, a fitting), and the table under it has a row per variant with its order code and price
but no column that names it, only what tells the variants apart (a size, "3 x 1.5", "185/65
R15" and its load index "88H", a pipe diameter "22"). Each row is a product, named as a
labeller writes it: the family, then the row's designation cells ("EcoGrip 5 185/65 R15 88H").

The family is the most prominent heading between the table and what is above it (a subtitle
in smaller type under it, "Pneu été", is the family's kind, not its name), or a lone title in
the table's own first row (a fitting's name set inside its frame). A row is an offer only with
both an article code and a price: a table of sizes and measured values without them (a test
report, a data sheet) offers nothing. As a scan reads it, the column heads' pictograms are
marks ("%)", "[}") beside the family's name in the first row, a misread title ("2 mm" for
"Ø mm") makes the titles look like a row, and a pictogram beside the rows a column of marks:
the rows with a code and a price are the offers, the columns of marks no designations."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pdfqueue.engines.catalog.columns import code_columns
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.tables import (
    COLUMN_SHARE,
    MIN_TABLE_ROWS,
    code_and_name_split,
    code_of,
    roles_of,
    titled,
    transposed,
)
from pdfqueue.engines.catalog.words import (
    BARE_PRICE,
    NAME_MAX_WORDS,
    SIZE,
    column_title_role,
    has_digit,
    is_amount,
    is_code,
    is_name,
    is_price,
    is_size,
    unique_texts,
    without_continued,
)
from pdfqueue.engines.layout import Block, PageLayout

FAMILY_DEPTH = 260.0  # points a family's heading may stand above its table (a photo between)
DESIGNATION_MAX_WORDS = 3  # words of a designation cell ("3 x 1.5", "185/65 R15", "94V XL")


def family_title(page: PageLayout, index: int) -> str | None:
    """The heading a table of variants is set under: the nearest heading between it and the
    table (or page top) before it, in its columns, or the larger one set right over that (a
    subtitle, "Pneu été", under the family's name); None without one."""
    table = page.blocks[index]
    headings: list[Block] = []
    for block in reversed(page.blocks[:index]):
        if block.bottom > table.top or block.right < table.left or block.left > table.right:
            continue  # beside or below it: another column of the page
        if block.kind == "table":
            swallowed = heading_row(block)
            if swallowed and not headings:
                return swallowed  # the table above took this family's heading as its last row
            break
        if block.kind == "heading" and table.top - block.bottom <= FAMILY_DEPTH:
            headings.append(block)
    names = [h for h in headings if _family_name(h.text.strip())]  # the nearest first
    if not names:
        return _card_title(page, index)
    chosen = names[0]
    for heading in names[1:]:
        gap = chosen.top - heading.bottom
        if heading.font_size <= chosen.font_size or gap > chosen.bottom - chosen.top:
            break  # a chapter's title further up, or no title over it
        chosen = heading  # the nearest was a subtitle set right under the family's name
    return chosen.text.strip()


CARD_TITLE_ROWS = 3.0  # rows of its table a card's title may stand above the table's top


def heading_row(table: Block) -> str | None:
    """The last row of a table when it holds nothing but a family's name in its first cell:
    the heading of the table under it, set so close that the table finder took it as a row
    (a price list's families one under the other)."""
    rows = table.rows or []
    if len(rows) < 2:
        return None
    cells = [c.strip() for c in rows[-1]]
    first = cells[0] if cells else ""
    if not first or any(cells[1:]) or has_digit(first) or not _family_name(first):
        return None
    return first


def _card_title(page: PageLayout, index: int) -> str | None:
    """The family's name set in the table's card, left of the table and level with its top
    (a frame holding the name and a drawing on the left, the variants on the right): the
    nearest one-line name ending left of the table, at most `CARD_TITLE_ROWS` rows above its
    first row and not below it."""
    table = page.blocks[index]
    row_height = (table.bottom - table.top) / max(len(table.rows or []), 1)
    beside = [
        b
        for b in page.blocks[:index]
        if b.kind in ("heading", "paragraph")
        and len(b.lines) <= 1
        and b.right <= table.left
        and table.top - CARD_TITLE_ROWS * row_height <= b.top <= table.top
        and _family_name(b.text.strip())
    ]
    if not beside:
        return None
    return max(beside, key=lambda b: b.top).text.strip()


def _family_name(text: str) -> bool:
    """A family's name: a few words starting with a letter, not a sentence. Looser than a
    product's name: a cable type is mostly capitals and figures ("H07RN-F", "NYY-J 0.6/1 kV")."""
    words = text.split()
    return (
        1 <= len(words) <= NAME_MAX_WORDS
        and text[:1].isalpha()
        and sum(c.isalpha() for c in text) >= 2
        and not text.endswith((".", ";", ":", ","))
    )


def family_rows(
    block: Block, page: int, index: int, above: list[str] | None, family: str | None
) -> list[Product]:
    """The variants of a family's table as products (see the module); [] when the table has a
    column naming its rows, or no family, code or price."""
    rows = [[c.strip() for c in r] for r in block.rows or []]
    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    skipped = 0
    if rows and _title_row(rows[0]):  # the family's name inside its frame
        family, rows, skipped = next(c for c in rows[0] if c), rows[1:], 1
    rows = code_and_name_split(_without_empty_columns(rows))  # a scan's merged columns
    if family is None or len(rows) <= MIN_TABLE_ROWS or not rows[0]:
        return []
    family = without_continued(family)  # "Keilbout A4 RVS (vervolg)": the family run on
    roles, has_header = roles_of(rows)
    if not has_header and above is not None and len(above) == len(rows[0]):
        rows, skipped = [above, *rows], skipped - 1
        roles, has_header = roles_of(rows)
    body = rows[1:] if has_header else rows
    if "name" in roles and not _repeats_few([r[roles["name"]] for r in body]):
        return []  # its rows name themselves
    code = roles.get("code")
    price = roles.get("price", _amounts_column(body, roles))
    if code is None or price is None:
        return []
    # whole amounts ("1.861.000") are prices under a price's title ("Đơn giá (VNĐ)")
    whole = has_header and column_title_role(rows[0][price]) == "price"
    # the rows offering a variant: a code and a price (a scan's titles it did not tell from
    # a row, a pictogram's marks, aside)
    offers = [(n, r) for n, r in enumerate(body) if r[code] and _amount(r[price], whole)]
    # two variants suffice under titles read as a code's and a price's ("Koko | REF | Hinta")
    if len(offers) < (MIN_TABLE_ROWS if has_header else MIN_TABLE_ROWS + 1):
        return []
    designations = _designation_columns([r for _, r in offers], {code, price})
    fitted = not designations
    designations = designations or _fitted_column([r for _, r in offers], roles)
    if not designations:
        return []
    header = rows[0] if has_header else []
    more_codes = code_columns(header, body, roles, has_header, column_title_role)
    sized = roles.get("size") if roles.get("size") not in designations else None
    row_height = (block.bottom - block.top) / max(len(block.rows or []), 1)
    offset = skipped + (1 if has_header else 0)
    out = []
    for number, row in offers:
        cells = [row[c] for c in designations if row[c]]
        if not cells:
            continue  # its size lost (a scan): no name to give it
        top = block.top + (number + offset) * row_height
        out.append(
            Product(
                name=titled(_without_rating(family), " ".join(cells)),
                page=page,
                bbox=(block.left, top, block.right, top + row_height),
                source="table_row",
                confidence=0.85,
                # a scan reads a speck after it as a mark; "REF 301236": its label aside
                codes=unique_texts(
                    [code_of(row[code]).strip(" ,;."), *(row[c] for c in more_codes)]
                ),
                prices=[row[price]],
                sizes=_sizes(row, designations[0], sized, fitted),
                attributes={"family": family, **_attributes(rows[0] if has_header else [], row)},
                block_indexes=[index],
            )
        )
    names = [p.name for p in out]
    if len(out) < MIN_TABLE_ROWS or len(set(names)) < len(names):
        return []  # rows the designations do not tell apart: not a family's variants
    return out


def variant_columns(block: Block, page: int, index: int, family: str | None) -> list[Product]:
    """A family's variants set as the table's COLUMNS (a hardware catalogue's table beside
    the family's photo: "Item no.", "Size", "Pack", "Price" down its first column, one column
    a variant): read as rows, each a product named family + size (`family_rows`). Only when
    every row is labelled in its first cell: a comparison sets its models across the top over
    an empty corner, and they name themselves."""
    rows = block.rows or []
    if not rows or not all(r and r[0].strip() for r in rows):
        return []
    return family_rows(transposed(block), page, index, None, family)


def _title_row(row: Sequence[str]) -> bool:
    """A table's first row holding a family's name in its first cell and no other word nor
    figure (a pictogram's marks as a scan reads them, "%)", "=", aside): a row of data whose
    column titles were set apart ("CT-185 | D300 | 1.861.000") names no family."""
    filled = [c for c in row if c]
    return (
        bool(filled)
        and _family_name(filled[0])
        and not any(_WORD.search(c) or _FIGURES.fullmatch(c) for c in filled[1:])
    )


_WORD = re.compile(r"[^\W\d_]{2}")


def _without_empty_columns(rows: list[list[str]]) -> list[list[str]]:
    """The rows without the columns no row fills (a table finder's cuts at drawn shapes)."""
    if not rows:
        return rows
    keep = [c for c in range(len(rows[0])) if any(r[c] for r in rows)]
    return [[r[c] for c in keep] for r in rows]


def _repeats_few(values: Sequence[str]) -> bool:
    """A column repeating a few values (a driver, "in stock"): an attribute, no name."""
    filled = [v for v in values if v]
    return len(filled) >= 2 and len(set(filled)) <= len(filled) / 2


def _amounts_column(body: list[list[str]], roles: dict[str, int]) -> int | None:
    """Without a price column by title (its title a pictogram), the last column of bare
    amounts with two decimals ("4.34")."""
    width = len(body[0]) if body else 0
    for column in range(width - 1, -1, -1):
        values = [r[column] for r in body if r[column]]
        if column not in roles.values() and values:
            share = sum(1 for v in values if BARE_PRICE.match(v)) / len(values)
            if share >= COLUMN_SHARE:
                return column
    return None


_DESIGNATION_CELL = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])\S+(?: [A-Z]{1,3})?$")  # "88H", "94V XL"


def _designation_columns(body: list[list[str]], taken: set[int]) -> list[int]:
    """The columns that tell a family's variants apart: its first filled column (a size or a
    designation with figures, not an amount; the codes aside when they lead), then the
    designations right beside it ("88H": letters and figures, an index), up to the first
    column of measured values or codes."""
    width = len(body[0]) if body else 0
    # a column of marks ("=", "&": a scan's pictograms) fills no column
    filled = [
        c
        for c in range(width)
        if sum(1 for r in body if any(ch.isalnum() for ch in r[c])) >= COLUMN_SHARE * len(body)
    ]
    # the article number may lead the row ("Cikkszám | Méret | ... | Ár"): the first column
    # after it tells the variants apart
    leading = filled[0] if filled else None
    if (
        leading in taken
        and len(filled) > 2
        and all(is_code(r[leading]) for r in body if r[leading])
    ):
        filled = filled[1:]
    if not filled or filled[0] in taken:
        return []
    first = filled[0]
    values = [r[first] for r in body if r[first]]
    if not all(_size_cell(v) for v in values) or len(set(values)) < 2:
        return []
    out = [first]
    for column in filled[1:]:
        values = [r[column] for r in body if r[column]]
        if column in taken or not all(_DESIGNATION_CELL.match(v) for v in values):
            break
        out.append(column)
    return out


_MEASURES_BRACKETED = re.compile(r"\s*\([^()]*\d[^()]*\)")  # "(10,5 × 20)" after "M10"
# a garment's or glove's size in letters: "XS", "S", "M", "L", "XL", "XXL", "3XL"
_LETTER_SIZE = re.compile(r"^(?:\d?X{0,3}[SL]|M)$")


def _size_cell(text: str) -> bool:
    """A size or designation: figures, in a few words, no amount ("3 x 1.5", "22"), or a
    size in letters ("XL"); a designation's measures in brackets after it count as one word
    ("M10 (10,5 × 20)": a washer by its bolt and its bore × diameter)."""
    if _LETTER_SIZE.match(text) or SIZE.fullmatch(text):
        return True  # "XL", "0,4 × 19 mm": its words are one dimension
    return (
        has_digit(text)
        and len(_MEASURES_BRACKETED.sub(" ()", text).split()) <= DESIGNATION_MAX_WORDS
        and not BARE_PRICE.match(text)
        and not is_price(text)
    )


_RATING = re.compile(r"\s+\d[\d.,/]*\s?(?:kV|V|W|A|bar|mm²?)$")


def _without_rating(family: str) -> str:
    """The family's name without the rating its heading ends in ("NYY-J 0.6/1 kV": a voltage
    every variant shares, which a labeller leaves out when naming a variant by its size)."""
    return _RATING.sub("", family).strip() or family


# a cell of data: figures, with the letters and marks codes, sizes and amounts hold ("D300",
# "1.861.000", "CT-185"); a pictogram a scan read as marks and a figure ("19/]") is none
_FIGURES = re.compile(r"[\w.,/×+ -]*\d[\w.,/×+ -]*")
_WHOLE_AMOUNT = re.compile(r"^\d{1,3}(?:[., \u00a0]\d{3})+$")  # "1.861.000", "18 808 000"


def _amount(text: str, whole: bool) -> bool:
    """A price cell: an amount, or (`whole`: under a price's title) a whole amount grouped in
    thousands, as currencies without cents print their prices."""
    return is_amount(text) or (whole and bool(_WHOLE_AMOUNT.match(text)))


def _fitted_column(body: list[list[str]], roles: dict[str, int]) -> list[int]:
    """Without a size or designation telling the variants apart, the column of what each
    fits ("Veicolo / Vehicle": "Fiat Panda 1.2"), when each row names a different one: a
    parts family's table, its rows named family + vehicle as a labeller writes them."""
    fits = roles.get("application")
    if fits is None:
        return []
    values = [r[fits] for r in body]
    if not all(values) or len(set(values)) < len(values):
        return []
    if not all(is_name(v) for v in values):
        return []
    return [fits]


def _sizes(row: Sequence[str], designation: int, sized: int | None, fitted: bool) -> list[str]:
    """The variant's size: its designation ("185/65 R15", "22"), unless that is no size and a
    column titled as sizes holds one ("D300" is a type, "Ø300 × 4000 × 50" its size); what a
    part fits (`fitted`: a vehicle) is never its size."""
    if sized is not None and row[sized] and (fitted or not is_size(row[designation])):
        return [row[sized]]
    return [row[designation]] if row[designation] and not fitted else []


def _attributes(header: Sequence[str], row: Sequence[str]) -> dict[str, str]:
    return {
        (header[c] if c < len(header) and header[c] else f"column {c + 1}"): v
        for c, v in enumerate(row)
        if v
    }
