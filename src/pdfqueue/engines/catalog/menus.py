"""Menus and price lists set with dotted leaders: "Name ¹,⁴ . . . . . . 12,50 €".

A leader line is a name, dots (or dashes, ellipses) run out to the right margin, and a price;
a description may follow on the lines below it. Its pieces often reach the layout as separate
blocks (the name on the left, the leader and price on the right) or as the cells of a
"table" that a two-column page makes. Here each piece is put back with the name it is level
with before the line is read. What sets a menu apart from a table of contents, which is also
set with leaders: a price, not a page number, at the leader's end; and from a financial
statement: one amount per line, with a currency or every line's amount shaped as a price.
A wholesaler's list may run the leader out to the item's labelled code, the price after it
("Deviatore 1P 16 AX . . . . cod. BS16023 € 6,40"): the code is the item's; such a list codes
what it sells, so a section of its lines with no code prices services (a survey, delivery).
"""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.blocks import line_height_of
from pdfqueue.engines.catalog.priced import (
    MARKS_READ,
    MIN_PRICED_ENTRIES,
    PRICED_NAME_MAX_WORDS,
    SERVING_PRICES,
    entry_product,
    price_on_its_line,
    trailing_prices,
)
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import (
    BARE_CODE,
    CODE_LABEL,
    JOINED_CODE,
    PRICE,
    has_digit,
    is_name,
    starts_like_a_name,
)
from pdfqueue.engines.layout import Block, PageLayout

BARE_PRICE_SHARE = 0.8  # share of a page's leader lines that must end in a price-shaped amount
# (when none names a currency): a financial statement's lines end in "1,234" and "(56)"
LEVEL_SHARE = 0.6  # line heights between the middles of two pieces of one printed line
MIN_LEADER_RUNS = 2  # runs of leader dots on a page (a scan's, left apart from their lines)
# that let a name and a price level with it, far apart, read as one leader line

# three or more dots (or middle dots, ellipses, underscores), spaced or not
_LEADER = r"(?:\s*[.·…_‥](?:\s*[.·…_‥]){2,}\s*|\s*…+\s*)"
_BARE_AMOUNT = r"\d{1,4}[.,]\d{2}(?![\d])"
_LEADER_START = re.compile(rf"^{_LEADER}")
# allergen or footnote marks set small after a name: "4,10", "1, 3, 7", "*", "¹²"
_MARKS = r"(?:\s+\d{1,2}(?:\s*[,.]\s*\d{1,2})*|\s*[*†¹²³⁴⁵⁶⁷⁸⁹⁰]+)"
_AMOUNT = rf"(?:{PRICE.pattern}|{_BARE_AMOUNT})"
# the unit a price is for, set between the leader and the amount: "st. 4,25" (per piece, where
# the list prices by the kilo), "pot 4,50", "zak 3,75"
_UNIT = r"(?:[^\W\d_]{1,4}\.?\s)"
# a line's other prices side by side after its first, one a serving (`SERVING_PRICES` in all)
_MORE = rf"(?P<more>(?:\s+{_AMOUNT}){{0,{SERVING_PRICES - 1}}})"
_ENTRY = re.compile(
    rf"^(?P<name>\S.*?)(?:{_MARKS})?{_LEADER}{_UNIT}?(?P<price>{_AMOUNT}){_MORE}"
    r"(?P<rest>(?:\s+(?=\D).*)?)$",
    re.S,
)
_LEADER_RUN = re.compile(r"(?:[.·…_‥]\s?){3,}|…")
_LEADING_PRICE = re.compile(rf"^(?P<price>{PRICE.pattern})\s+(?P<rest>[^\W\d_].*)$")
_ANY_LEADER_LINE = re.compile(rf"\S.*?{_LEADER}(?P<end>\S.*)$")
_SHAPED_END = re.compile(rf"^{_UNIT}?{_BARE_AMOUNT}(?:\s+\D.*)?$")
_BARE_END = re.compile(rf"(?<=\s){_BARE_AMOUNT}$")


def leader_entries(page: PageLayout, used: set[int]) -> list[Product]:
    """The entries of a page whose lines run a name out to its price with dotted leaders,
    when there are at least `MIN_PRICED_ENTRIES` of them."""
    entries: list[Product] = []
    currency = False
    ends: list[str] = []  # what every leader line on the page ends in
    without_dots: list[Product] = []  # the entries whose name left no room for a leader
    leadered = _leader_runs(page, used) >= MIN_LEADER_RUNS
    pieces = _pieces(page, used, leadered)
    coded = _codes_lead(pieces, leadered)
    for index, lines, below in pieces:
        for n, line in enumerate(lines):
            if match := _ANY_LEADER_LINE.match(line):
                ends.append(match.group("end"))
            match = _entry(line, leadered)
            unleadered = match is not None and _ENTRY.match(line) is None
            if match is None:
                continue
            name = MARKS_READ.sub("", match.group("name").strip(" .…·-–—•")).strip()
            codes = []
            if coded and (lead := _leading_code(name)) is not None:
                codes, name = [lead[0]], lead[1]
            if (ending := _code_ending(name)) is not None:
                name, codes = ending[0], [*codes, ending[1]]
            if len(name) < 3 or not is_name(name, PRICED_NAME_MAX_WORDS):
                continue
            if not starts_like_a_name(name):
                continue
            price = match.group("price").strip()
            more = re.findall(_AMOUNT, match.group("more"))
            currency = currency or bool(PRICE.search(price))
            description = match.group("rest").strip()
            after = lines[n + 1 :] if n + 1 < len(lines) else below
            if not description and after and not _entry(after[0], leadered):
                description = after[0]
            entry = entry_product(
                page, index, "priced_entry", name, codes, [price, *more], line, description
            )
            entries.append(entry)
            if unleadered:
                without_dots.append(entry)
    if len(entries) - len(without_dots) < MIN_PRICED_ENTRIES:
        return []  # a name with no room for dots counts only among lines set with them
    if not currency:
        shaped = sum(bool(_SHAPED_END.match(end)) for end in ends)
        if shaped < BARE_PRICE_SHARE * len(ends):
            return []  # a statement's or a report's figures, not a price list
    return _articles(entries)


CODED_SHARE = 0.5  # share of a page's leader entries that must carry a code: a coded list
MIN_UNCODED = 2  # entries of one block, none coded, that make it a section of charges


def _articles(entries: list[Product]) -> list[Product]:
    """A page's leader entries without the sections of a coded list that price no article: a
    list most of whose entries carry their codes (more than `CODED_SHARE`, at least
    `MIN_PRICED_ENTRIES`) codes what it sells, so a block of `MIN_UNCODED` entries or more
    none of which has a code prices services (a survey, testing, delivery), not articles. A
    lone entry without a code (a scan's code lost) stays."""
    coded = [p for p in entries if p.codes]
    if len(coded) < MIN_PRICED_ENTRIES or len(coded) <= CODED_SHARE * len(entries):
        return entries
    blocks: dict[int, list[Product]] = {}
    for entry in entries:
        blocks.setdefault(entry.block_indexes[0], []).append(entry)
    uncoded = {
        index
        for index, members in blocks.items()
        if len(members) >= MIN_UNCODED and not any(p.codes for p in members)
    }
    return [p for p in entries if p.block_indexes[0] not in uncoded]


_TEXT_KINDS = ("caption", "paragraph", "heading", "list_item")
CODES_LEAD_SHARE = 0.5  # share of a page's leader entries that must start with an article
# code for the first word of each to be read as its code (a counter list's "7444 Dobradiça")
_CODE_WORD = re.compile(r"^\d{3,8}$")


def _entry(line: str, leadered: bool) -> re.Match[str] | None:
    """A leader line's pieces (name, price, more prices, rest); on a `leadered` page also a
    line whose name left no room for the dots."""
    match = _ENTRY.match(line)
    if match is None and leadered:
        match = _ENTRY.match(_unleadered(line))
    return match


# a name run out by leaders to its labelled code, the price after it: "Deviatore 1P 16 AX
# . . . . cod. BS16023" (a wholesaler's list setting the code between leaders and price)
_CODED_END = re.compile(rf"^(?P<name>\S.*?){_LEADER}(?P<code>\S.*)$", re.S)


def _code_ending(name: str) -> tuple[str, str] | None:
    """(name, code) of a leader line's name that its leaders run out to a labelled code
    ("Deviatore 1P 16 AX . . . . cod. BS16023"), the code what the label labels; else None."""
    match = _CODED_END.match(name)
    if match is None:
        return None
    labelled = CODE_LABEL.fullmatch(match.group("code").strip())
    if labelled is None or not has_digit(labelled.group("code")):
        return None
    return match.group("name").strip(), labelled.group("code")


def _leading_code(name: str) -> tuple[str, str] | None:
    """(code, name) of a name that starts with an article code, a word of three to eight
    figures or a code's shape ("7444 Dobradiça inox", "AB-1234 Hinge"), then a name."""
    first, _, rest = name.partition(" ")
    rest = rest.strip()
    shaped = _CODE_WORD.match(first) or BARE_CODE.match(first) or JOINED_CODE.match(first)
    if not shaped or not rest or not starts_like_a_name(rest):
        return None
    return first, rest


def _codes_lead(pieces: list[tuple[int, list[str], list[str]]], leadered: bool) -> bool:
    """Whether a page's leader entries start with their article codes: at least
    `MIN_PRICED_ENTRIES` of them and `CODES_LEAD_SHARE` of all, and not every one a year
    (a wine list's vintages lead its names: "2019 Rioja Reserva")."""
    names = [
        match.group("name").strip(" .…·-–—•")
        for _, lines, _ in pieces
        for line in lines
        if (match := _entry(line, leadered)) is not None
    ]
    leads = [lead[0] for name in names if (lead := _leading_code(name)) is not None]
    years = [c for c in leads if len(c) == 4 and c.isdigit() and 1900 <= int(c) <= 2099]
    return (
        len(leads) >= MIN_PRICED_ENTRIES
        and len(leads) >= CODES_LEAD_SHARE * len(names)
        and len(years) < len(leads)
    )


def _unleadered(line: str) -> str:
    """A line of a page set with leaders whose name left no room for dots before its prices
    ("Bica (café expresso) 0,90 € 0,80 €"), with the leader put in; else the line."""
    if _LEADER_RUN.search(line):
        return line
    prices = trailing_prices(line)
    if not prices:  # a bare amount at its end, as its neighbours' leaders end in
        bare = _BARE_END.search(line)
        return f"{line[: bare.start()].rstrip()} ... {bare.group(0)}" if bare else line
    start = list(PRICE.finditer(line))[-len(prices)].start()
    return f"{line[:start].rstrip()} ... {line[start:]}"


def _pieces(
    page: PageLayout, used: set[int], leadered: bool
) -> list[tuple[int, list[str], list[str]]]:
    """(block index, its lines with the leader pieces level with them put back, the lines of
    what is set right under it in its column) for every text block and every table cell; on
    a `leadered` page, a name and the price level with it far right are one line too."""
    blocks = page.blocks
    leaders = {
        i
        for i, b in enumerate(blocks)
        if i not in used
        and b.kind in _TEXT_KINDS
        and len(b.lines or [b.text]) == 1
        and _LEADER_START.match(b.text)
    }
    texts: dict[int, list[str]] = {}
    for i, block in enumerate(blocks):
        if i in used or i in leaders or block.kind not in _TEXT_KINDS:
            continue
        texts[i] = [line.strip() for line in (block.lines or [block.text]) if line.strip()]
    for i in sorted(leaders, key=lambda i: blocks[i].left):
        owner = _level_left(blocks, i, texts)
        if owner is not None:
            line, n = _level_line(blocks[owner], texts[owner], blocks[i])
            texts[owner][n] = f"{line} {blocks[i].text.strip()}"
    if leadered:  # a scan's name and its price, the leader between them lost or in specks
        for i in list(texts):
            found = price_on_its_line(page, i) if i in texts else None
            if found is None or found[0] not in texts or PRICE.search(texts[i][0]):
                continue
            texts[i][0] = f"{texts[i][0]} ... {texts.pop(found[0])[0]}"
            for speck in found[1]:
                texts.pop(speck, None)
    out = [(i, lines, _under(blocks, i, texts)) for i, lines in texts.items()]
    for i, block in enumerate(blocks):
        if i not in used and block.kind == "table" and block.rows:
            out += [(i, [text], below) for text, below in _cells(block.rows, leadered)]
    return out


def _leader_runs(page: PageLayout, used: set[int]) -> int:
    """Runs of leader dots printed on a page, in its text blocks and table cells."""
    texts = []
    for i, block in enumerate(page.blocks):
        if i in used or block.kind in ("header", "footer", "figure"):
            continue
        cells = [c for row in block.rows or [] for c in row]
        texts += cells or [block.text]
    return sum(len(_LEADER_RUN.findall(text)) for text in texts)


def _level_left(blocks: list[Block], index: int, texts: dict[int, list[str]]) -> int | None:
    """The text block nearest left of a leader piece that has a line level with it."""
    piece = blocks[index]
    middle = (piece.top + piece.bottom) / 2
    best = None
    for i in texts:
        block = blocks[i]
        if block.right > piece.left + 2:
            continue
        _, n = _level_line(block, texts[i], piece)
        centre = block.top + (n + 0.5) * line_height_of(block)
        if abs(centre - middle) > LEVEL_SHARE * line_height_of(block):
            continue
        if best is None or block.right > blocks[best].right:
            best = i
    return best


def _level_line(block: Block, lines: list[str], piece: Block) -> tuple[str, int]:
    """The line of a block nearest the level of a piece set right of it, and its number."""
    middle = (piece.top + piece.bottom) / 2
    height = line_height_of(block)
    n = min(range(len(lines)), key=lambda k: abs(block.top + (k + 0.5) * height - middle))
    return lines[n], n


def _under(blocks: list[Block], index: int, texts: dict[int, list[str]]) -> list[str]:
    """The lines of the text block set right under one, in its column, within a line or two."""
    block = blocks[index]
    gap = 2 * line_height_of(block)
    best = None
    for i in texts:
        other = blocks[i]
        if i == index or not (0 <= other.top - block.bottom <= gap):
            continue
        if other.left >= block.right or other.right <= block.left:
            continue
        if best is None or other.top < blocks[best].top:
            best = i
    return texts[best] if best is not None else []


def _cells(rows: list[list[str]], leadered: bool = False) -> list[tuple[str, list[str]]]:
    """A table's cells with the leader cells put back after the cell before them in their
    row, each with the cell under it (the next row's, at the same position). On a `leadered`
    page a cell that is only a price (or starts with one) ends the cell before it too: a
    scan's leader, lost or read on a row of its own."""
    joined: list[dict[int, str]] = []
    for row in rows:
        cells: dict[int, str] = {}
        last = None
        for n, cell in enumerate(row):
            text = " ".join(cell.split())
            if not text:
                continue
            if last is not None and _LEADER_START.match(text):
                cells[last] = f"{cells[last]} {text}"
                continue
            open_name = last is not None and not PRICE.search(cells[last])
            if leadered and open_name and (PRICE.fullmatch(text) or _LEADING_PRICE.match(text)):
                leading = _LEADING_PRICE.match(text)
                price = leading.group("price") if leading else text
                cells[last] = f"{cells[last]} ... {price}"  # type: ignore[index]
                if leading is None:
                    continue
                text = leading.group("rest")
            cells[n] = text
            last = n
        joined.append(cells)
    out = []
    for r, cells in enumerate(joined):
        for n, text in cells.items():
            under = joined[r + 1].get(n) if r + 1 < len(joined) else None
            out.append((text, [under] if under else []))
    return out
