"""A product's code printed on a line of its own in its unit, when no rule gave it one.

Cards and entries often print their article number on a line by itself, with no label
("617.451.60", "MF26-118", two colours' codes "BL 879-46 BK 879-28"), or after a word that is
no code label anywhere else ("Minsan 263568013", the Slovak "Skladové číslo 24121"); a price
list may give its codes a column whose title names none ("HJL 8127" under "CAT.NR. ARTIEST").
The rules that find the product read its name and price and may leave such a line unread; a
reader still takes it as the item's code. So, last, a product with no code takes:

- the codes of the lines of its own blocks that hold nothing but codes, or one word or two and
  a number of 5 to 13 figures (a label no vocabulary lists), never a phone, tax or bank
  number's label, a date, a price, a size or a standard ("DIN 931", "ISO 7380");
- a table row: the cell of a column every row of its table fills with one such code (a
  prefix that is also a currency's letters, "GBP 3034" among "GRS 4630" and "MMA 8682", is
  one more code's prefix when few of the column's cells have one);
- a table's rows: the blocks of one code each stacked out of the table's frame, one a row;
- a block that is one code and no product's, set in the product's unit: within its box or
  right under it, across its width ("Item # 8088824" under a card's price), else level with
  its name, alone at its left or right ("M1914" in a list's margin), when no other product
  without a code is so placed.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pdfqueue.engines.catalog.blocks import line_height_of
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import (
    BARE_CODE,
    CODE_LABEL,
    JOINED_CODE,
    column_title_role,
    is_code,
    is_price,
    unique_texts,
)
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

MAX_OWN_CODES = 4  # codes one product's lines may give it (colours' codes); more is a list
MIN_CODE_ROWS = 3  # rows of a table whose one column holds codes, each row's own
MAX_LEVEL_GAP = 0.4  # share of the page's width a code level with a name may stand off it
_NOT_UNITS = ("table", "figure")  # blocks that are no entry's own

# digits in groups joined by dots, two joins at least ("617.451.60"; "100.50" is an amount)
_DOTTED = re.compile(r"\d{3,4}(?:\.\d{2,4}){2,3}")
# capitals, a space, figures ("HJL 8127", "VL 3046", "BL 879-46"): a code with its prefix
_PREFIXED = re.compile(r"(?P<prefix>[A-Z]{2,4}) \d{3,8}(?:[-/]\d{1,4})?")
# one word or two, then a number of 5 to 13 figures: a label no vocabulary lists
_LABELLED = re.compile(
    r"(?P<label>[^\W\d_][^\W\d_]*\.?(?:\s[^\W\d_][^\W\d_]*\.?)?)\s*:?\s*(?P<code>\d{5,13})"
)
# currencies, standards and units a capital prefix may be instead of a code's
_NOT_PREFIXES = frozenset(
    (
        "EUR",
        "USD",
        "GBP",
        "CHF",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "CZK",
        "HUF",
        "RON",
        "BGN",
        "RSD",
        "TRY",
        "JPY",
        "CNY",
        "INR",
        "IDR",
        "THB",
        "VND",
        "MYR",
        "SGD",
        "AUD",
        "CAD",
        "NZD",
        "ZAR",
        "BRL",
        "MXN",
        "ARS",
        "CLP",
        "COP",
        "PEN",
        "RUB",
        "UAH",
        "KR",
        "KC",
        "FT",
        "ZL",
        "RS",
        "RP",
        "TL",
        "DIN",
        "ISO",
        "EN",
        "IEC",
        "ASTM",
        "BS",
        "NF",
        "UNE",
        "JIS",
        "SAE",
        "IP",
        "UL",
        "CE",
        "NEN",
        "SS",
        "NS",
        "AISI",
        "GOST",
        "AM",
        "PM",
        "KM",
        "MM",
        "CM",
        "KG",
        "KW",
        "HP",
        "PS",
        "CC",
        "ML",
        "TEL",
        "FAX",
    )
)
# labels of numbers that are no article's: phones, taxes, banks, registers, places, pages,
# years, distances, prices and quantities
_NOT_LABELS = re.compile(
    r"^(?:tel|phone|fon|fax|mob|gsm|tlf|hotline|vat|tva|iva|btw|ust|mwst|moms|nip|regon|krs"
    r"|tax|iban|bic|swift|konto|account|acct|plz|zip|post|cap\b|kvk|siret|siren|org|cvr|ico"
    r"|dič|dic|ein|abn|gst|oib|pib|year|jahr|anno|año|ano|rok|km|mileage|page|seite|pag"
    r"|price|preis|prix|precio|prezzo|cena|pris|hinta|ár|qty|quantity|menge|stück|pcs)",
    re.I,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# figures in groups joined by dashes ("5140-2210-01"), a parts list's codes set beside its rows;
# not a date ("2026-03-01")
_DASHED = re.compile(r"(?!(?:19|20)\d\d-\d\d-\d\d$)\d{3,5}(?:-\d{2,5}){1,3}")


def add_own_codes(products: list[Product], document: DocumentLayout) -> None:
    """Give each product without a code the code its own lines, or its row's code column,
    print (in place)."""
    pages = {page.page_number: page for page in document.pages}
    rows: dict[tuple[int, tuple[int, ...]], list[Product]] = defaultdict(list)
    for product in products:
        if product.codes or product.page not in pages:
            continue
        if product.source == "table_row":
            rows[(product.page, tuple(product.block_indexes))].append(product)
            continue
        blocks = pages[product.page].blocks
        found: list[str] = []
        for index in product.block_indexes:
            if index >= len(blocks) or blocks[index].kind in ("table", "figure"):
                continue
            for line in blocks[index].lines or [blocks[index].text]:
                if line.strip() != product.name.strip():
                    found += code_line(line)
        found = unique_texts(found)
        if 0 < len(found) <= MAX_OWN_CODES:
            product.codes = found
    for group in rows.values():
        _code_column(group)
    for page in pages.values():
        on_page = [p for p in products if p.page == page.page_number]
        _codes_apart(page, on_page)
        _codes_beside_rows(page, on_page)
        _codes_in_spec_tables(page, on_page)


MAX_SPEC_COLUMNS = 3  # cells of a specification's row: its label, its value (a margin's blank)


def _codes_in_spec_tables(page: PageLayout, products: list[Product]) -> None:
    """A card's specification set as a table of labels and values ("Berths | 4", "Model code
    | WB-554") that no product's rows came from, beside one product only or lying on its box:
    the value its row labelled as a code gives is that product's code, when it has none."""
    taken = {i for p in products if p.source == "table_row" for i in p.block_indexes}
    for index, block in enumerate(page.blocks):
        if block.kind != "table" or index in taken or not block.rows:
            continue
        if max(len(r) for r in block.rows) > MAX_SPEC_COLUMNS:
            continue
        codes = []
        for row in block.rows:
            cells = [c.strip() for c in row if c.strip()]
            if len(cells) == 2 and column_title_role(cells[0]) == "code" and is_code(cells[1]):
                codes.append(cells[1])
        if len(codes) != 1:
            continue
        level = [
            p
            for p in products
            if p.source != "table_row" and p.bbox[1] < block.bottom and block.top < p.bbox[3]
        ]  # beside it, or under it when cards stand side by side
        on = [p for p in level if p.bbox[0] < block.right and block.left < p.bbox[2]]
        on = level if len(level) == 1 else on
        if len(on) == 1 and not on[0].codes:
            on[0].codes = codes


def _code_column(group: list[Product]) -> None:
    """The rows of one table take the cells of a column that holds one code in every row."""
    if len(group) < MIN_CODE_ROWS:
        return
    for key in group[0].attributes:
        cells = [p.attributes.get(key, "") for p in group]
        codes = [code_line(cell, labelled=False) for cell in cells]
        if not all(codes):
            # "GBP 3034" among "GRS 4630", "MMA 8682": a prefix that is a currency's letters
            lettered = [code_line(cell, labelled=False, currency=True) for cell in cells]
            if sum(not c for c in codes) <= len(codes) // 4:
                codes = lettered
        if all(len(c) == 1 for c in codes) and len({c[0] for c in codes}) == len(codes):
            for product, (code,) in zip(group, codes, strict=True):
                product.codes = [code]
            return


def _codes_apart(page: PageLayout, products: list[Product]) -> None:
    """The products of a page with no code take the block that is one code, no product's, set
    in their unit: right under one of the product's blocks, across it, else level with its
    name (the nearest name on each side; of two, the one the page's other codes stand beside
    alike); a block so placed by two products is neither's."""
    claimed = {i for p in products for i in p.block_indexes}
    codeless = [  # a table's rows: its columns give their codes (`_code_column`)
        p
        for p in products
        if not p.codes and _members(page, p) and _name_block(page, p).kind not in _NOT_UNITS
    ]
    if not codeless:
        return
    given: dict[int, list[str]] = defaultdict(list)
    between: list[tuple[list[str], Block, list[Product]]] = []  # level with several names
    sides: list[str] = []
    for index, block in enumerate(page.blocks):
        if index in claimed or block.kind in _NOT_UNITS or len(block.lines or [1]) > 1:
            continue
        codes = _one_code(block.text)
        if not codes:
            continue
        height = line_height_of(block)
        inside = [  # right under one of its blocks, across it ("Item # 8088824")
            p
            for p in codeless
            if any(
                _across(block, m) and 0 <= block.top - m.bottom <= 1.5 * height
                for m in _members(page, p)
            )
        ]
        level = [
            p
            for p in codeless
            if _level(block, _name_block(page, p))
            and _gap(block, _name_block(page, p)) <= MAX_LEVEL_GAP * page.width
        ]
        # the nearest name on either side: a row of cards names each of them level
        level = [
            min(on_side, key=lambda p: _gap(block, _name_block(page, p)))
            for side in ("left", "right")
            if (on_side := [p for p in level if _side(block, _name_block(page, p)) == side])
        ]
        if len(inside) == 1 or (not inside and len(level) == 1):
            given[id((inside or level)[0])] += codes
            if not inside:
                sides.append(_side(block, _name_block(page, level[0])))
        elif not inside and level:
            between.append((codes, block, level))
    # a code level with two names (cards side by side) is the nearer one's it stands beside as
    # the page's other codes stand beside theirs (all right of their names, or all left)
    if len(set(sides)) == 1:
        for codes, block, level in between:
            names = [(p, _name_block(page, p)) for p in level]
            beside = [(p, n) for p, n in names if _side(block, n) == sides[0]]
            if beside:
                nearest = min(beside, key=lambda pn: _gap(block, pn[1]))[0]
                given[id(nearest)] += codes
    for product in codeless:
        if len(given[id(product)]) == 1:
            product.codes = given[id(product)]


def _codes_beside_rows(page: PageLayout, products: list[Product]) -> None:
    """A table's rows, none with a code, take the blocks of one code each stacked in a column
    just outside the table's frame at its left or right edge, within its height, one per row
    (a parts list whose codes stand out left of its frame, the table finder leaving them out),
    top down; nothing when they are not as many as the rows."""
    claimed = {i for p in products for i in p.block_indexes}
    tables: dict[int, list[Product]] = defaultdict(list)
    for product in products:
        if product.source == "table_row" and product.block_indexes:
            tables[product.block_indexes[0]].append(product)
    for index, rows in tables.items():
        if index >= len(page.blocks) or any(p.codes for p in rows) or len(rows) < MIN_CODE_ROWS:
            continue
        table = page.blocks[index]
        found = [
            block
            for n, block in enumerate(page.blocks)
            if n not in claimed
            and block.kind not in _NOT_UNITS
            and table.top <= block.top
            and block.bottom <= table.bottom
            and _outside(block, table)
            and _code_token(block.text)
        ]
        for side in (True, False):  # left of the frame, right of it
            column = sorted(
                (b for b in found if (b.right <= table.left + 2) == side), key=lambda b: b.top
            )
            aligned = len({round(b.left / 3) for b in column}) <= 2
            if len(column) == len(rows) and aligned:
                for product, block in zip(
                    sorted(rows, key=lambda p: p.bbox[1]), column, strict=True
                ):
                    product.codes = [block.text.strip()]
                break


def _code_token(text: str) -> bool:
    """One token shaped like an article code: a code by the usual shapes, figures in dashed
    groups ("5140-2210-01"), or five characters or more mixing figures with letters or marks
    ("M10x25-8.8"); not a price, a date, a year or a bare number."""
    text = text.strip()
    if not text or " " in text or is_price(text) or _YEAR.fullmatch(text):
        return False
    if _one_code(text) or _DASHED.fullmatch(text):
        return True
    mixed = any(c.isdigit() for c in text) and not text.replace(".", "").isdigit()
    return len(text) >= 5 and mixed and not re.fullmatch(r"[\d./-]+", text)


def _outside(block: Block, table: Block) -> bool:
    """Whether `block` stands out of `table`'s frame at its left or right edge, close by."""
    reach = MAX_LEVEL_GAP * (table.right - table.left)
    return table.left - reach <= block.right <= table.left + 2 or (
        table.right - 2 <= block.left <= table.right + reach
    )


def _side(block: Block, name: Block) -> str:
    return "left" if block.right <= name.left else "right"


def _gap(block: Block, name: Block) -> float:
    return max(block.left - name.right, name.left - block.right, 0.0)


def _one_code(text: str) -> list[str]:
    """The code a block holds when it holds that alone: bare, prefixed, or labelled ("Item #
    8088824"); never a price."""
    text = " ".join(text.split())
    if not text or is_price(text):
        return []
    found = code_line(text)
    if len(found) == 1:
        return found
    labelled = CODE_LABEL.fullmatch(text)
    if labelled and is_code(text) and any(c.isdigit() for c in labelled.group("code")):
        return [labelled.group("code")]
    return []


def _members(page: PageLayout, product: Product) -> list[Block]:
    return [page.blocks[i] for i in product.block_indexes if i < len(page.blocks)]


def _across(block: Block, other: Block) -> bool:
    return block.left < other.right and other.left < block.right


def _name_block(page: PageLayout, product: Product) -> Block:
    blocks = _members(page, product)
    named = [b for b in blocks if b.text.strip() and b.text.strip() in product.name]
    return (named or sorted(blocks, key=lambda b: b.top))[0]


def _level(block: Block, name: Block) -> bool:
    middle = (block.top + block.bottom) / 2
    return name.top <= middle <= name.bottom


def code_line(text: str, *, labelled: bool = True, currency: bool = False) -> list[str]:
    """The codes a line holds when it holds nothing else (else none): bare or prefixed codes,
    or (when `labelled`) a word or two and a long number; `currency`: a prefix may be a
    currency's letters ("GBP 3034" in a column of codes)."""
    line = " ".join(text.split()).strip(" ·,;()")
    if not line:
        return []
    if BARE_CODE.fullmatch(line) or JOINED_CODE.fullmatch(line):
        return [] if _YEAR.fullmatch(line) else [line]
    if _DOTTED.fullmatch(line):
        return [line]
    prefixed = list(_PREFIXED.finditer(line))
    if prefixed and " ".join(m.group(0) for m in prefixed) == line:
        if not currency and any(m.group("prefix") in _NOT_PREFIXES for m in prefixed):
            return []
        return [m.group(0) for m in prefixed]
    match = _LABELLED.fullmatch(line) if labelled else None
    if match and not _NOT_LABELS.match(match.group("label")):
        return [match.group("code")]
    return []
