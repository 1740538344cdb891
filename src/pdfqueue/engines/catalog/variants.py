"""A name line and its variant rows: a wine list's "Viña Lorca Reserva — Bodegas Lorca" and under
it, indented, a row per vintage ("2016  Ref. 40170 ........ 42,48 €"), or a product's name
over a row per size ("75 cl", "150 cl") with its own code and price. Each row is a product
named as a labeller writes it: the name, then the variant ("Viña Lorca Reserva 2016"); a
row marked as having no vintage ("s/a", "NV") is the name alone. What follows a spaced dash
on the name line (the producer) is not part of the name.

The layout often cuts such rows into pieces (the years in one block, the codes and leaders
in another, the prices in a third; or a few rows taken for a table), so the page's lines are
put back first: every text block's lines and every table row, joined with the pieces level
with them. A variant row prints nothing but the variant (a year, a size, a clothing size or
a no-vintage mark), an article code and one price; a page yields these products only with
at least `MIN_VARIANT_GROUPS` names over such rows and `MIN_VARIANT_ROWS` rows in all, so a
price list whose rows print their own names, a year-by-year report or a programme does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pdfqueue.engines.catalog.blocks import rows_of_blocks
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import (
    BARE_CODE,
    CODE_LABEL,
    PRICE,
    SIZE,
    column_title_role,
    is_name,
)
from pdfqueue.engines.layout import Block, PageLayout, union

MIN_VARIANT_GROUPS = 2  # names over variant rows on a page
MIN_VARIANT_ROWS = 3  # variant rows on a page
NAME_GAP_LINES = 2.5  # line heights a name may stand above its first variant row

_TEXT_KINDS = ("caption", "paragraph", "heading", "list_item")
_NO_VINTAGE = r"s/a|n\.?\s?v\.?|o\.\s?j\.|sin añada|non[- ]vintage"
_VARIANT = (
    rf"(?P<year>(?:19|20)\d{{2}})|(?P<none>{_NO_VINTAGE})"
    rf"|(?P<size>{SIZE.pattern}|X{{0,3}}[SL]|M)"
)
_ROW = re.compile(rf"^(?:{_VARIANT})\s+(?P<rest>\S.*)$", re.I)
_LEADER = re.compile(r"\s*[.·…_](?:\s*[.·…_]){2,}\s*")
PRICE_WORDS = 3  # words a price is printed in at most ("EUR 18,50", "18,50 €")
_PRODUCER = re.compile(r"\s+[—–-]\s+.*$")


@dataclass
class PrintedLine:
    text: str
    bbox: tuple[float, float, float, float]
    indexes: list[int]


def printed_lines(page: PageLayout, used: set[int]) -> list[PrintedLine]:
    """The page's printed lines, top to bottom: each text block's lines and each table row,
    joined with the pieces of other blocks level with them (left to right)."""
    pieces: list[Block] = []
    owner: dict[int, int] = {}
    for index, block in enumerate(page.blocks):
        if index in used:
            continue
        if block.kind == "table" and block.rows:
            texts = [" ".join(c for c in row if c.strip()) for row in block.rows]
        elif block.kind in _TEXT_KINDS:
            texts = [line for line in (block.lines or [block.text])]
        else:
            continue
        height = (block.bottom - block.top) / max(len(texts), 1)
        for k, text in enumerate(texts):
            if not text.strip():
                continue
            top = block.top + k * height
            piece = Block("paragraph", (block.left, top, block.right, top + height), text.strip())
            owner[id(piece)] = index
            pieces.append(piece)
    lines = []
    for row in rows_of_blocks(pieces):
        bbox = union([p.bbox for p in row])
        indexes = sorted({owner[id(p)] for p in row})
        lines.append(PrintedLine(" ".join(p.text for p in row), bbox, indexes))
    return lines


def _variant_row(text: str) -> tuple[str, str, str] | None:
    """(variant, code, price) of a variant row, the variant "" for a no-vintage mark."""
    match = _ROW.match(text.strip())
    if match is None:
        return None
    split = _code_and_price(match.group("rest"))
    if split is None:
        return None
    code_text, price = split
    labelled = CODE_LABEL.fullmatch(code_text)
    if labelled is not None:
        code = labelled.group("code")
    elif BARE_CODE.match(code_text):
        code = code_text
    else:
        return None
    variant = "" if match.group("none") else (match.group("year") or match.group("size"))
    return variant, code, price


def _code_and_price(text: str) -> tuple[str, str] | None:
    """A row's code and the price ending it, the leader dots between them dropped."""
    words = _LEADER.sub(" ", text).split()
    for k in range(1, PRICE_WORDS + 1):
        price = " ".join(words[-k:])
        if len(words) > k and PRICE.fullmatch(price):
            return " ".join(words[:-k]), price
    return None


def _name_of(text: str) -> str | None:
    """The name a line gives the rows under it: none if it holds a price or is a row of column
    titles ("Size  Ref.  Price": two words or more that title columns)."""
    name = _PRODUCER.sub("", text.strip()).strip()
    if PRICE.search(name) or not is_name(name):
        return None
    if sum(1 for word in name.split() if column_title_role(word)) >= 2:
        return None
    return name


def variant_rows(page: PageLayout, used: set[int]) -> list[Product]:
    """The variant rows of a page, each a product named by the name line over its group."""
    lines = printed_lines(page, used)
    found: list[Product] = []
    groups = 0
    name: str | None = None
    name_line: PrintedLine | None = None
    last: PrintedLine | None = None
    for line in lines:
        row = _variant_row(line.text)
        if row is None:
            name, name_line, last = _name_of(line.text), line, None
            continue
        height = line.bbox[3] - line.bbox[1]
        if last is None:  # the group's first row: its name right above it, not indented more
            if (
                name is None
                or name_line is None
                or line.bbox[1] - name_line.bbox[3] > NAME_GAP_LINES * height
                or name_line.bbox[0] > line.bbox[0] + 1
            ):
                name = None
                continue
            groups += 1
        elif name is None:
            continue
        last = line
        variant, code, price = row
        found.append(
            Product(
                name=f"{name} {variant}".strip(),
                page=page.page_number,
                bbox=line.bbox,
                source="variant_row",
                confidence=0.75,
                codes=[code],
                prices=[price],
                sizes=[variant] if SIZE.fullmatch(variant) else [],
                description=name_line.text if name_line else "",
                block_indexes=line.indexes,
            )
        )
    if groups < MIN_VARIANT_GROUPS or len(found) < MIN_VARIANT_ROWS:
        return []
    return found
