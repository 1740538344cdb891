"""Translated terms as products: at least `MIN_TRANSLATED_ENTRIES` lines (or table cells) that
hold nothing but "term → name", on a page with a photo (a parts dealer's bilingual list); on a
scan, an arrow OCR read as "~" or did not read at all. Dotted leaders (or an ellipsis) join the
two names as an arrow does when the names are in two different scripts ("ჰაერის ფილტრი ......
Air Filter"): in one script they would be a table of contents or a glossary's term and its
gloss."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from pdfqueue.engines.catalog.blocks import line_height_of, photo_blocks
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import BULLET_MARK, is_name, starts_like_a_name
from pdfqueue.engines.layout import PageLayout, page_space

MIN_TRANSLATED_ENTRIES = 3  # "term → term" lines on a page with a photo that make a list
TRANSLATED_NAME_MAX_WORDS = 6
_ARROW_ENTRY = re.compile(r"^(?P<source>[^→➔⇒]+?)\s*(?:→|➔|⇒|->)\s*(?P<target>[^→➔⇒]+)$")


# a name, dotted leaders or an ellipsis, a name: "ჰაერის ფილტრი ........ Air Filter"
_LEADER_ENTRY = re.compile(
    r"^(?P<source>[^.·…_‥]+?)\s*(?:(?:[.·_‥]\s?){3,}|…+)\s*(?P<target>[^.·…_‥]+)$"
)


def _script(text: str) -> str | None:
    """The script most of a text's letters are written in ("LATIN", "GEORGIAN", "THAI")."""
    scripts = Counter(unicodedata.name(c, "?").split()[0] for c in text if c.isalpha())
    return scripts.most_common(1)[0][0] if scripts else None


def _two_scripts(source: str, target: str) -> bool:
    """Two names in different scripts: one name of a product in two languages."""
    first, second = _script(source), _script(target)
    return first is not None and second is not None and first != second


def _clean_term(text: str) -> str:
    """A term without its bullet and without stray marks or signs standing alone at its
    ends (a Thai tone mark the PDF set apart, a dash)."""
    words = BULLET_MARK.sub("", text).split()
    while words and not any(c.isalnum() for c in words[0]):
        words.pop(0)
    while words and not any(c.isalnum() for c in words[-1]):
        words.pop()
    return " ".join(words)


# What OCR reads an arrow glyph as: "~", "-~", ">", "->", a dash.
_OCR_ARROW_ENTRY = re.compile(
    r"^(?P<source>[^→➔⇒~>]+?)\s*(?:→|➔|⇒|->|[-~>»—–]{1,3})\s+(?P<target>[^→➔⇒~>]+)$"
)


# A scan's line of the list whose other-script term OCR dropped: the arrow (or what OCR made of
# it) and the name alone, "— Oil Filter".
_OCR_TERM_LOST = re.compile(r"^(?:→|➔|⇒|->|[-~>»—–]{1,3})\s+(?P<target>[^→➔⇒~>]+)$")
TERM_LOST_REACH = 3.0  # line heights from the list's other lines a lone-arrow line may stand


def _terms_lost(
    page: PageLayout, used: set[int], found: list[tuple[str, str, int, tuple[float, ...]]]
) -> list[tuple[str, str, int, tuple[float, float, float, float]]]:
    """On a scan, the lines of a bilingual list that OCR read as the arrow and the name
    alone ("— Oil Filter": the other script's term too faint or too foreign to be read):
    names of the list, when they stand in its columns (their block starts inside the span of
    an entry read whole) and near its lines (within `TERM_LOST_REACH` line heights), or are
    cells of a table that holds entries read whole."""
    if page.source != "ocr":
        return []
    boxes = [box for *_, box in found]
    taken = {(e[0], e[2]) for e in found}
    out = []
    for index, block in enumerate(page.blocks):
        if index in used or block.kind in ("header", "footer", "figure"):
            continue
        if block.kind == "table":
            if block.rows and index in {e[2] for e in found}:
                cells = [cell for row in block.rows for cell in row]
                out += _lost_in(cells, index, block.bbox, taken)
            continue
        reach = TERM_LOST_REACH * line_height_of(block)
        beside = any(
            box[0] - 2 <= block.left < box[2]
            and block.top - reach <= box[3]
            and box[1] <= block.bottom + reach
            for box in boxes
        )
        if beside:
            out += _lost_in(block.lines or [block.text], index, block.bbox, taken)
    return out


def _lost_in(
    texts: list[str],
    index: int,
    box: tuple[float, float, float, float],
    taken: set[tuple[str, int]],
) -> list[tuple[str, str, int, tuple[float, float, float, float]]]:
    """The names of `texts` that are a lone arrow and a name (see `_terms_lost`)."""
    out = []
    for text in texts:
        match = _OCR_TERM_LOST.match(" ".join(text.split()))
        if match is None:
            continue
        target = _clean_term(match.group("target"))
        if _translation("-", target, letters=0) and (target, index) not in taken:
            out.append((target, "", index, box))
    return out


def _translation(source: str, target: str, letters: int = 1) -> bool:
    """A term (of `letters` letters at least) and a name for it, the name without arrows."""
    return (
        sum(c.isalpha() for c in source) >= letters
        and is_name(target, TRANSLATED_NAME_MAX_WORDS)
        and starts_like_a_name(target)
        and not re.search(r"[→➔⇒~>]", target)
    )


def _with_the_next_on_its_line(
    page: PageLayout, index: int
) -> list[tuple[str, str, tuple[float, float, float, float]]]:
    """A one-line block and the one-line block right of it on its line, as (left, right,
    box): OCR parts "Keilriemen ~" from "Drive Belt" where the arrow left a wide gap. A mark
    between them (an arrow read as "~" on its own) goes with the left one."""
    block = page.blocks[index]
    if len(block.lines) > 1 or len(block.text.strip()) <= 2:
        return []
    beside = sorted(
        (
            b
            for b in page.blocks
            if b is not block
            and len(b.lines) == 1
            and b.kind in ("paragraph", "heading", "caption", "list_item")
            and 0 <= b.left - block.right <= 4 * line_height_of(block)
            and abs((b.top + b.bottom) - (block.top + block.bottom)) < line_height_of(block)
        ),
        key=lambda b: b.left,
    )
    words = [b for b in beside if len(b.text.strip()) > 2]
    if not words:
        return []
    nearest = words[0]
    marks = [b.text.strip() for b in beside if len(b.text.strip()) <= 2 and b.left < nearest.left]
    left = " ".join([block.text, *marks])
    box = (
        block.left,
        min(block.top, nearest.top),
        nearest.right,
        max(block.bottom, nearest.bottom),
    )
    return [(left, nearest.text, box)]


def translated_entries(page: PageLayout, used: set[int]) -> list[Product]:
    """A list of goods each given in two languages ("กรองอากาศ → Air Filter"), as a parts
    dealer's bilingual catalog prints them: at least `MIN_TRANSLATED_ENTRIES` lines (or
    table cells) that hold nothing but "term → name", on a page with a photo. The name the
    arrow points to names the product; the other is its other name."""
    photos = photo_blocks(page)
    if not photos:
        return []
    found: list[tuple[str, str, int, tuple[float, float, float, float]]] = []
    unmarked: list[tuple[str, str, int, tuple[float, float, float, float]]] = []
    lines: set[tuple[int, int]] = set()  # the (block, line) each entry was read from
    for index, block in enumerate(page.blocks):
        if index in used or block.kind in ("header", "footer", "figure"):
            continue
        if block.kind == "table" and block.rows:
            height = (block.bottom - block.top) / max(len(block.rows), 1)
            texts = [
                (
                    cell,
                    (block.left, block.top + r * height, block.right, block.top + (r + 1) * height),
                )
                for r, row in enumerate(block.rows)
                for cell in row
            ]
        else:
            texts = [(line, block.bbox) for line in block.lines or [block.text]]
        pieces = _with_the_next_on_its_line(page, index) if page.source == "ocr" else []
        for number, (text, box) in enumerate(texts + [(f"{a} {b}", box) for a, b, box in pieces]):
            if block.kind != "table" and _runs_on(block.lines, number):
                continue  # a sentence of running text, its dash no arrow
            arrow = _ARROW_ENTRY if page.source != "ocr" else _OCR_ARROW_ENTRY
            match = arrow.match(" ".join(text.split()))
            leader = match is None
            if leader:
                match = _LEADER_ENTRY.match(" ".join(text.split()))
            if match is None:
                continue
            source, target = _clean_term(match.group("source")), _clean_term(match.group("target"))
            if _translation(source, target) and (not leader or _two_scripts(source, target)):
                found.append((target, source, index, box))
                lines.add((index, min(number, len(texts) - 1)))
        for source, target, box in pieces:  # a scan's line in two pieces, its arrow not read
            source, target = _clean_term(source), _clean_term(target)
            # (a lone letter is more likely what OCR made of a bullet)
            marked = _OCR_ARROW_ENTRY.match(f"{source} {target}")
            if _translation(source, target, letters=2) and not marked:
                unmarked.append((target, source, index, box))
    if len(lines) < MIN_TRANSLATED_ENTRIES:
        return []  # one line read as several ("Prep 25 min - Cook 40 min - Vegetarian")
    # On a scan, a line of the same list whose arrow OCR did not read: two pieces, the first
    # set where the list's lines start.
    starts = {round(box[0]) for _, _, _, box in found}
    found += [e for e in unmarked if any(abs(e[3][0] - x) <= 6 for x in starts)]
    found += _terms_lost(page, used, found)
    found.sort(key=lambda e: (e[3][1], e[3][0]))
    if _repeats_its_terms(found):
        return []  # "Women - Square", "Men - Round": a card's attribute line, not names
    return [
        Product(
            name=target,
            page=page.page_number,
            bbox=box,
            source="translated_entry",
            confidence=0.7,
            attributes={"other names": source} if source else {},
            block_indexes=[index],
            figure_boxes=[page_space(page, f.bbox) for f in photos],
            figure_indexes=[f.image_index or 0 for f in photos],
        )
        for target, source, index, box in found
    ]


def _runs_on(lines: list[str], number: int) -> bool:
    """Whether line `number` of a text block runs on into the next as one sentence (the next
    line opens in lower case: "Tomato 'Sungold' F1 — The sweetest orange cherry we" over
    "grow, heavy trusses …" in the script the line ends in): running text, where a dash (one
    OCR reads as it reads an arrow) sets a name off from its description. A term's name ends
    with its line."""
    if number + 1 >= len(lines):
        return False  # the block's last line, or a line not of its lines (OCR's pieces)
    following = lines[number + 1].lstrip()
    ending = [c for c in lines[number] if c.isalpha()][-1:]
    # a bilingual list's next line opens in its other script (Georgian has lower case too)
    return following[:1].islower() and bool(ending) and _script(following[0]) == _script(ending[0])


def _repeats_its_terms(
    found: list[tuple[str, str, int, tuple[float, float, float, float]]],
) -> bool:
    """Lines whose left or right terms repeat a few values (a card's "Women · Square", "Men ·
    Round", a dash read for its dot): attributes the cards share, where a list of goods in two
    languages names a different product on each line. Terms are compared by their letters:
    "15. Aquamarine - The Drop of the Ocean" and "(Aquamarine) - ..." are one stone's
    numbered titles in several languages, their taglines after a dash OCR took for arrows."""
    names = [_letters(e[0]) for e in found]
    sources = [t for e in found if (t := _letters(e[1]))]  # (a scan may lose a line's term)
    return len(set(names)) <= len(names) / 2 or len(set(sources)) <= len(sources) / 2


def _letters(term: str) -> str:
    """A term's letters, casefolded: its number, brackets and marks aside."""
    return "".join(c for c in term.casefold() if c.isalpha())
