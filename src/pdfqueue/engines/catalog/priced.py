"""Entries that end in a price, as products: short priced lines ("Focaccia de romero 6$") when a
page has at least `MIN_PRICED_ENTRIES` of them (menus, price lists set as text), a price per
unit ending the line too ("Smoked ham – 14,50 €/kg"); a line naming its item before a comma or
colon and then only sizes and their prices ("Honey, 500 g – 7,50 €", "Honey: 250 g – 4,20 €;
1 kg – 13,50 €") is one product named by that text, a price a size; and run-in
entries, paragraphs that start with a name and a dash, describe it and end with its price
("Eichenstuhl - Pflegeleicht. Art. 742868, € 150,51")."""

from __future__ import annotations

import itertools
import re

from pdfqueue.engines.catalog.blocks import CAPTION_KINDS, line_height_of
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.variant_lines import variant_pairs
from pdfqueue.engines.catalog.words import (
    BULLET_MARK,
    CAPTION_WORD,
    CODE_LABEL,
    PRICE,
    SIZE,
    WEIGHT_UNITS,
    has_digit,
    is_name,
    is_price,
    starts_like_a_name,
    strip_evidence,
)
from pdfqueue.engines.layout import Block, PageLayout

MIN_PRICED_ENTRIES = 3  # priced lines on a page that make a menu or a price list

PRICED_NAME_MAX_WORDS = 14  # a menu's dish, named on one line with its price, runs longer
PRICED_SHARE = 0.2  # share of a page's text lines that priced entries must make
SERVING_PRICES = 3  # prices a menu's line may end in side by side, one a serving or way of
# serving ("at the table | to take away", "glass | bottle", "S | M | L"); a comparison's row
# of five shops' prices is not an entry


def trailing_prices(line: str) -> list[str]:
    """The prices a line ends in, side by side, when it holds no other price and they are at
    most `SERVING_PRICES`: "Galão 1,50 € 1,40 €" -> ["1,50 €", "1,40 €"]; else []."""
    found = list(PRICE.finditer(line))
    text = line.rstrip()
    if not found or len(found) > SERVING_PRICES or not text.endswith(found[-1].group(0)):
        return []
    for before, after in itertools.pairwise(found):
        if line[before.end() : after.start()].strip():
            return []  # words between two prices: a price in the name or a sentence
    return [m.group(0) for m in found]


# a price per unit ends a deli's or farm shop's line: "Smoked ham – 14,50 €/kg", "3,20 kr/st"
# (the pieces and measures as `tables._PER_MEASURE`'s but for the words each form met: "gab"
# here, "ml", "cl", "ud", "kom" there; and in the case printed, where a table's are read in any)
PER_UNIT = re.compile(
    rf"(?<=[^\s/])\s?/\s?(?:{WEIGHT_UNITS}|l|m|m²|m2|pc|pcs|st|stk|kpl|gab|szt|ks|db)\.?$"
)
# the pack a name ends in after a comma: "Liepu medus, 500 g", "Sklandrausis, 1 gab."
_PACK_AFTER_COMMA = re.compile(
    r",\s(?P<pack>\d+(?:[.,]\d+)?\s?(?:[x×]\s?\d+(?:[.,]\d+)?\s?)?[^\W\d_]{1,5}\.?)$"
)


def sized_entry(line: str) -> tuple[str, list[tuple[str, str]]] | None:
    """A priced line that names its item, then a comma or colon, then nothing but its sizes
    and their prices ("Liepu medus, 500 g – 7,50 €", "Ziedu medus: 250 g – 4,20 €; 1 kg –
    13,50 €": a word-processed price list's bullets): (the name, the (size, price) pairs);
    None for any other line. The item is one product, a price a size (no size has a code)."""
    for match in re.finditer(r"[,:]\s", line):
        pairs = variant_pairs(line[match.end() :])
        if pairs:
            return line[: match.start()], pairs
    return None


def only_prices(text: str) -> bool:
    """A block holding nothing but a line's price or prices side by side ("0,95 € 0,85 €")."""
    prices = trailing_prices(text)
    return bool(prices) and text.strip().startswith(prices[0])


def _describes(block: Block | None) -> bool:
    """A short paragraph without a price under a priced line is that entry's description."""
    return (
        block is not None
        and block.kind == "paragraph"
        and not PRICE.search(block.text)
        and len(block.text.split()) <= 40
    )


def price_on_its_line(page: PageLayout, index: int) -> tuple[int, list[int]] | None:
    """The block standing alone right of a block's first line, level with it, that is only
    a price, and the blocks between them, which may only be what a dotted leader leaves on
    a scan (dots, a letter or two, specks): (the price's block, the leader's blocks). A
    menu's "Name ........ 12,50 €" that OCR cut into pieces."""
    block = page.blocks[index]
    lines = block.lines or [block.text]
    if PRICE.search(lines[0]):
        return None
    height = line_height_of(block)
    centre = block.top + height / 2
    level = sorted(
        (
            (i, b)
            for i, b in enumerate(page.blocks)
            if i != index
            and b.kind in CAPTION_KINDS
            and b.left >= block.right - 1
            and abs((b.top + b.bottom) / 2 - centre) <= 0.6 * height
        ),
        key=lambda item: item[1].left,
    )
    leader: list[int] = []
    for i, other in level:
        text = other.text.strip()
        if len(other.lines) <= 1 and ((is_price(text) and PRICE.match(text)) or only_prices(text)):
            return i, leader
        speck = (other.bottom - other.top) < 0.5 * height
        if len(text) <= 3 or speck or not any(c.isalnum() for c in text):
            leader.append(i)
            continue
        return None
    return None


# what OCR reads a name's small raised allergen or footnote numbers as: "gallega®®", "asado™”"
MARKS_READ = re.compile(r"(?<=[^\W\d_])[®™*’'\"”“>°ºª]+$")


def priced_entries(page: PageLayout, used: set[int]) -> list[Product]:
    entries = []
    blocks = page.blocks
    joined: set[int] = set()  # prices and leaders read with the line they are level with
    priced_lines: dict[int, list[int]] = {}  # each block's lines that are entries
    for index, block in enumerate(blocks):
        if index in used or block.kind in ("header", "footer", "figure", "table"):
            continue
        lines = list(block.lines or [block.text])
        if index not in joined and (found := price_on_its_line(page, index)) is not None:
            price_block, leader = found
            if price_block not in used and price_block not in joined:
                lines[0] = f"{lines[0]} {blocks[price_block].text.strip()}"
                joined.update([price_block, *leader])
        for number, line in enumerate(lines):
            line = PER_UNIT.sub("", line.rstrip())  # "14,50 €/kg": its price all the same
            sized = sized_entry(line)
            prices = [p for _, p in sized[1]] if sized else trailing_prices(line)
            if not prices:
                continue  # a menu's or price list's line ends with its price (or prices)
            name = BULLET_MARK.sub("", strip_evidence(sized[0] if sized else line)).strip(" .…")
            name = MARKS_READ.sub("", re.sub(r"\.{2,}.*$", "", name).strip())
            packs = [s for s, _ in sized[1]] if sized else []
            if not packs and (pack := _PACK_AFTER_COMMA.search(name)) is not None:
                packs, name = [pack.group("pack")], name[: pack.start()]  # "…, 1 gab."
            if (
                not is_name(name, PRICED_NAME_MAX_WORDS)
                or len(name) < 4
                or not starts_like_a_name(name)
            ):
                continue
            following = next(
                (b for i, b in enumerate(blocks) if i > index and i not in joined), None
            )
            description = ""
            if len(block.lines) <= 1 and _describes(following):
                description = following.text  # type: ignore[union-attr]
            codes = [  # its own, or its description's ("Carbon steel head. Art. 40017")
                m.group("code")
                for m in CODE_LABEL.finditer(f"{line}\n{description}")
                if has_digit(m.group("code"))
            ]
            entry = entry_product(
                page, index, "priced_entry", name, codes, prices, line, description
            )
            entry.sizes = packs or entry.sizes
            entries.append(entry)
            priced_lines.setdefault(index, []).append(number)
    lines = sum(
        _lines_counted(b, priced_lines.get(i, []))
        for i, b in enumerate(blocks)
        if b.kind not in ("figure", "table") and i not in joined
    )
    if len(entries) < MIN_PRICED_ENTRIES or len(entries) < PRICED_SHARE * lines:
        return []  # a few amounts in prose (a tax guide's "$3,000") are not a menu
    return entries


def _lines_counted(block: Block, priced: list[int]) -> int:
    """The lines a block counts for in a page's share of priced entries: one for an entry
    whose description OCR ran into its priced title line's paragraph (the title line the
    block's first line, no amount on the others: a dish and what it is made of), else all
    its lines (a report's paragraphs that name amounts here and there)."""
    lines = block.lines or [block.text]
    if priced == [0] and not any(PRICE.search(line) for line in lines[1:]):
        return 1
    return len(lines)


RUN_IN_DESCRIPTION_WORDS = 3  # words a run-in entry says of its product at least
_RUN_IN = re.compile(r"^(?P<name>.{3,80}?)\s[-–—]\s(?P<rest>.+)$", re.S)


def _run_in(text: str) -> tuple[str, str, list[str], list[str]] | None:
    """ "Name - description. Art. 123456, € 49,90": (name, description, codes, prices) of an
    entry that names its product first, then describes it and ends with its price."""
    text = " ".join(text.split())
    match = _RUN_IN.match(text)
    if match is None:
        return None
    name, rest = match.group("name").strip(), match.group("rest")
    prices = [m.group(0) for m in PRICE.finditer(rest)]
    if not prices or not text.endswith(prices[-1]) or not is_name(name):
        return None
    if not starts_like_a_name(name) or CAPTION_WORD.match(name):
        return None
    codes = [m.group("code") for m in CODE_LABEL.finditer(rest) if has_digit(m.group("code"))]
    description = strip_evidence(rest)
    if _described_words(rest) < RUN_IN_DESCRIPTION_WORDS:
        # "Pasta - 12 €" is a priced line whose name has a dash; "Eau de Parfum - floral" over
        # "50 ml . . . . R$ 109,90" lines is a kind and a note over sizes priced by leaders
        return None
    return name, description, codes, prices[-1:]


def _described_words(text: str) -> int:
    """The words a run-in entry's text after its dash describes its product with: words with
    a letter in them, not its codes and prices, nor its sizes ("50 ml", priced a line each
    after the description) nor leader dots (". . . ." between a size and its price)."""
    return sum(
        1 for word in strip_evidence(SIZE.sub(" ", text)).split() if any(c.isalpha() for c in word)
    )


def _column_texts(block: Block) -> list[str]:
    """A borderless "table" that is columns of text entries: each column's cells top down,
    cut after each cell that ends with a price (an entry's end)."""
    rows = block.rows or []
    width = max((len(r) for r in rows), default=0)
    out = []
    for column in range(width):
        entry: list[str] = []
        for row in rows:
            cell = row[column].strip() if column < len(row) else ""
            if not cell:
                continue
            entry.append(cell)
            prices = list(PRICE.finditer(cell))
            if prices and cell.endswith(prices[-1].group(0)):
                out.append(" ".join(entry))
                entry = []
    return out


def run_in_entries(page: PageLayout, used: set[int]) -> list[Product]:
    """Products set as run-in entries, at least `MIN_PRICED_ENTRIES` on the page: a
    paragraph (or a text column the table finder took for cells) that starts with a name,
    a dash, then its description, codes, and ends with its price."""
    found: list[Product] = []
    for index, block in enumerate(page.blocks):
        if index in used or block.kind in ("header", "footer", "figure", "heading"):
            continue
        texts = _column_texts(block) if block.kind == "table" and not block.ruled else []
        if block.kind != "table":
            texts = [block.text]
        for text in texts:
            entry = _run_in(text)
            if entry is None:
                continue
            name, description, codes, prices = entry
            found.append(
                entry_product(
                    page, index, "run_in_entry", name, codes, prices, description, description
                )
            )
    return found if len(found) >= MIN_PRICED_ENTRIES else []


def entry_product(
    page: PageLayout,
    index: int,
    source: str,
    name: str,
    codes: list[str],
    prices: list[str],
    sized: str,
    description: str,
) -> Product:
    """A product read from one text block (a priced line, a run-in entry); its sizes are
    those printed in `sized`."""
    return Product(
        name=name,
        page=page.page_number,
        bbox=page.blocks[index].bbox,
        source=source,
        confidence=0.75,
        codes=codes,
        prices=prices,
        sizes=[m.group(0) for m in SIZE.finditer(sized)],
        description=description,
        block_indexes=[index],
    )
