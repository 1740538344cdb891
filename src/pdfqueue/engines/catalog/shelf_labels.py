"""A sheet of shelf-edge labels, as retailers' label software prints them (a grid of labels
with cut marks): each label stacks the store's name, the product's name, the pack, a large
price ("7,49 lei", a promotion's struck old price under it), the unit price ("Preț/kg: 24,97
lei", "Prix/kg", "Grundpreis"), a date, an internal code ("Cod 102334", "Art. 4410") and an
EAN with its digits. The table finder takes such a grid for a table whose COLUMNS are the
labels and whose rows are their lines, a label's line sometimes split into the column beside
it (a wider price): columns that never both hold text in one row are put back together
first.

Each column is then a product when it holds a name, a price and a code: its name the first
cell that reads as one and is not printed in every column (the store's name), its prices the
label's price and then a bare amount under it (the struck price), its codes the labelled
code and the EAN; the unit price (a price after a "per unit" label, "…/kg:") is not the
pack's price and is left out. A table is a sheet of labels only when every column that holds
text is such a label (at least `MIN_LABELS`), so a comparison (a column of row titles), a
price list or a basket's rows are not read so. A scan's table may take two rows of labels
stacked in the same columns: it is cut into its rows of labels first (`label_rows`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import (
    BARE_PRICE,
    CODE_LABEL,
    PRICE,
    is_name,
    measures_alone,
)
from pdfqueue.engines.layout import Block

MIN_LABELS = 2  # labels (columns) a table must hold to be a sheet of labels

# "Cod 102334", "Kód: 4410", "Código 55", "Art. 4410": a label's internal code
_CODE = re.compile(r"^(?:cod|kod|kód|código|cód|codice|art)\b\.?\s*:?\s*(?P<code>\d{3,})$", re.I)
# a label's big price alone in its cell, its currency set small apart ("7,49", "7,49.")
_BIG_PRICE = re.compile(r"^(?P<amount>\d{1,4}[.,]\d{2})\.{0,2}$")
# an EAN printed under its bars in groups ("5 942630 295218"), or whole
_EAN = re.compile(r"^\d(?:\s?\d){7}$|^\d(?:\s?\d){11,13}$")
# a unit price: a price after a label that names a unit ("Preț/kg:", "Prix/l", "€/kg")
_UNIT_PRICE = re.compile(r"/\s?(?:kg|l|g|ml|m|buc|st|stk|pc|pcs|100\s?g|100\s?ml)\b|:", re.I)


def _columns(block: Block) -> list[list[str]]:
    """The table's labels top to bottom, a label's lines split into several columns put back
    together: labels are printed to one width, so with the columns' edges known each column
    joins the label its middle falls in (as many labels as a row holds codes); else
    neighbours join when one is no label by itself (no price or no code) and they both hold
    text in one row at most (a promotion's banner across the label)."""
    rows = block.rows or []
    width = max((len(r) for r in rows), default=0)
    columns = [[(r[c] if c < len(r) else "").strip() for r in rows] for c in range(width)]
    labels = max((sum(1 for c in r if _is_code(c.strip())) for r in rows), default=0)
    edges = block.columns
    if edges and len(edges) == width and 1 < labels < width:
        pitch = (block.right - block.left) / labels
        slots: list[list[str]] = [[""] * len(rows) for _ in range(labels)]
        for column, (left, right) in zip(columns, edges, strict=False):
            slot = slots[min(labels - 1, int(((left + right) / 2 - block.left) // pitch))]
            for k, cell in enumerate(column):
                if cell:
                    slot[k] = f"{slot[k]} / {cell}" if slot[k] else cell
        return [slot for slot in slots if any(slot)]
    joined: list[list[str]] = []
    for column in columns:
        if not any(column):
            continue
        last = joined[-1] if joined else None
        if (
            last is not None
            and not (_priced_and_coded(last) and _priced_and_coded(column))
            and sum(1 for a, b in zip(last, column, strict=True) if a and b) <= 1
        ):
            joined[-1] = [
                f"{a} / {b}" if a and b else a or b for a, b in zip(last, column, strict=True)
            ]
        else:
            joined.append(column)
    return joined


def _is_code(cell: str) -> bool:
    return bool(_CODE.match(cell) or CODE_LABEL.fullmatch(cell) or _EAN.match(cell))


def _priced_and_coded(cells: list[str]) -> bool:
    return any(_pack_price(c) for c in cells) and any(_is_code(c) for c in cells)


def _pack_price(cell: str) -> re.Match[str] | None:
    """The price a cell prints, unless it is a unit price ("Preț/kg: 24,97 lei"); a cell of a
    bare amount is the label's big price too, its small currency set apart (or lost by OCR:
    "7,49.")."""
    found = PRICE.search(cell) or _BIG_PRICE.match(cell)
    if found is None or _UNIT_PRICE.search(cell[: found.start()]):
        return None
    return found


def _label(
    cells: list[str], everywhere: set[str]
) -> tuple[str, list[str], list[str], list[str]] | None:
    """(name, codes, prices, sizes) of a column that reads as a shelf label, else None: its
    sizes the first line of measures alone, one ("500 g") or several ("55 × 40 × 20 cm · 36 L
    · 2.4 kg": a case's dimensions, volume and weight)."""
    name = ""
    codes: list[str] = []
    prices: list[str] = []
    sizes: list[str] = []
    for k, cell in enumerate(cells):
        if not cell:
            continue
        code = _CODE.match(cell) or CODE_LABEL.fullmatch(cell)
        if code is not None:
            codes.insert(0, code.group("code"))
            continue
        if _EAN.match(cell):
            codes.append(re.sub(r"\s", "", cell))
            continue
        found = _pack_price(cell) if not prices else None
        if found is not None:
            prices.append(found.group(found.lastgroup or 0).strip())
            # the struck price beside it, or under it
            beside = [
                w
                for w in re.split(r"\s*/\s*", cell[found.end() :] + " / " + cell[: found.start()])
                if w.strip()
            ]
            following = cells[k + 1].strip() if k + 1 < len(cells) else ""
            struck = next(
                (w.strip() for w in [*beside, following] if BARE_PRICE.match(w.strip())), ""
            )
            if struck:
                prices.append(struck)
            continue
        if PRICE.search(cell) or _BIG_PRICE.match(cell):
            continue  # the unit price, or a struck price
        if not sizes and measures_alone(cell):
            sizes = measures_alone(cell)
            continue
        if not name and cell not in everywhere and is_name(cell) and not BARE_PRICE.match(cell):
            name = cell
    if not (name and codes):
        return None
    return name, codes, prices, sizes


def label_sheet(
    block: Block, page_number: int, index: int, around: Sequence[str] = ()
) -> list[Product]:
    """The labels of a table that is a sheet of shelf-edge labels, one product a column (a
    label a column in each row of labels the table took, `label_rows`); `around` the texts of
    the page's other blocks (the store's name over labels the table left out)."""
    for bands in label_rows(block):
        # the store's name, printed on label after label of every row
        everywhere = _printed_everywhere([c for band in bands for c in _columns(band)], around)
        read = [_one_row_of_labels(band, page_number, index, everywhere) for band in bands]
        if all(read):
            return [product for products in read for product in products]
    return _one_row_of_labels(block, page_number, index)


def label_rows(block: Block) -> list[list[Block]]:
    """The ways to cut a table into the rows of labels it took stacked in the same columns (a
    scan's grid read as one table, nothing read between its rows of labels to part them),
    likelier first: each row of labels prints its codes ("Cod 102779", or else the EANs) on
    one row of the table. Between two such rows the cut falls after the last row holding a
    code before the next label's price (its codes at its foot), or else right before the
    next row's codes (at its head). None for a table of one row of labels."""
    rows = block.rows or []
    coded = _rows_of_codes(rows, lambda c: bool(_CODE.match(c) or CODE_LABEL.fullmatch(c)))
    if len(coded) < 2:
        coded = _rows_of_codes(rows, lambda c: bool(_EAN.match(c)))
    if len(coded) < 2:
        return []
    any_code = [any(_is_code(c.strip()) for c in row) for row in rows]
    priced = [any(_pack_price(c.strip()) for c in row) for row in rows]
    at_foot = []
    for first, then in pairwise(coded):
        price = next((k for k in range(first + 1, then) if priced[k]), then)
        at_foot.append(max(k for k in range(first, price) if any_code[k]) + 1)
    return [_cut(block, [0, *cuts, len(rows)]) for cuts in (at_foot, coded[1:])]


def _rows_of_codes(rows: list[list[str]], is_code: Callable[[str], bool]) -> list[int]:
    """The rows where `MIN_LABELS` labels or more print a code of one kind."""
    return [k for k, row in enumerate(rows) if sum(is_code(c.strip()) for c in row) >= MIN_LABELS]


def _cut(block: Block, bounds: list[int]) -> list[Block]:
    """The table's rows between each two of `bounds`, each a table of its own, its box the
    share of the table's height its rows take."""
    rows = block.rows or []
    step = (block.bottom - block.top) / max(len(rows), 1)
    return [
        replace(
            block,
            bbox=(block.left, block.top + a * step, block.right, block.top + b * step),
            rows=rows[a:b],
            text="\n".join(" | ".join(row) for row in rows[a:b]),
        )
        for a, b in pairwise(bounds)
        if b > a
    ]


def _printed_everywhere(columns: list[list[str]], around: Sequence[str] = ()) -> set[str]:
    """The store's name and the like, printed on label after label: in two labels, or once in
    the labels and once more round them."""
    seen = Counter(c for column in columns for c in {c for c in column if c})
    seen.update(text for text in set(around) if text in seen)
    return {c for c, n in seen.items() if n >= 2}


def _one_row_of_labels(
    block: Block, page_number: int, index: int, everywhere: set[str] | None = None
) -> list[Product]:
    """The labels of a table holding one row of them, one product a column; `everywhere` the
    texts printed on label after label (else those of this row's labels)."""
    columns = _columns(block)
    if len(columns) < MIN_LABELS:
        return []
    if everywhere is None:
        everywhere = _printed_everywhere(columns)
    labels = [_label(column, everywhere) for column in columns]
    if any(label is None for label in labels) or 2 * sum(1 for lb in labels if lb and lb[2]) < len(
        labels
    ):
        return []  # every column a label, most with their price (OCR may garble a big one)
    width = (block.right - block.left) / len(columns)
    products: list[Product] = []
    for k, label in enumerate(labels):
        assert label is not None
        name, codes, prices, sizes = label
        left = block.left + k * width
        products.append(
            Product(
                name=name,
                page=page_number,
                bbox=(left, block.top, left + width, block.bottom),
                source="shelf_label",
                confidence=0.7,
                codes=codes,
                prices=prices,
                sizes=sizes,
                block_indexes=[index],
            )
        )
    return products
