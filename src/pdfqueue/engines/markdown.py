"""Markdown of a document's layout: headings, paragraphs, lists, pipe tables and figures.

Heading levels come from the heading sizes of the whole document (the largest is `#`, the next
`##`, and so on down to `######`), so a document's title outranks its section heads whatever page
they are on; among the headings of one size, a deeper section number ranks lower ("3.1 Error
correction" under "3 Coding", both set bold in 12 points: `heading_levels`); sizes a hair apart are
one; an unnumbered heading between numbered sections of its size is a part of the first
("Inference" between "3.1" and "3.2"), and an annex whose sections are numbered by its label
("Annex A", then "A.1") is a peer of the clauses numbered with one part; a heading set larger than
the numbered section it stands in (a chart's title after "3.2") is under it; and sections in
capitals rank over the lower-case headings up to a point larger set under them
(`_capitals_lifted`); a title that opens the document, smaller than its sections, is over them.
Tables become GitHub pipe tables, their first row the header unless it is data (see
`table_headers`): then the column titles printed apart above the table (or above the first of the
tables sharing its columns, one per section of a list; or a short title set alone over one column,
a contents list's "Page") are its header, and that line of titles is not printed again as text; a
table with no titles at all gets an empty header line, which a pipe table needs, rather than a data
row promoted to one. Figures become image links whose URL the caller gives (`image_url(page_number,
image_index)`, e.g. the API's image route); without a URL a figure is left out. Running headers and
footers are left out: they
repeat on every page and say nothing about its content. A paragraph made of leader lines (a table
of contents, an index: "Fruit ........ 5") becomes one list item an entry, its dots shortened to
" … ", since the layout joins a block's lines into one; when the targets stand apart in a column
of their own right of the leaders (a page number set flush right, a block of its own), each
target goes back to the entry whose leader points at it (`contents_lists`). A line that
states an amount ("995,50 € HT", "£3.50 per ball") or an article's code alone ("ED5219") is no
heading, however large it is set (`reads_as_heading`): it names no section, so it is printed in
bold and opens no section of the outline; so is a grid's label, the name of a card set level
with the names of the cards beside it (`grid_labels`), or a chart's legend's label set large
line under line with the others (`stacked_labels`), or a badge's label inside a paragraph
wrapped around it (`labels_within_text`): the cells of a grid are no sections. A part's label
alone over its title ("CHAPTER I" over "The River", "Annex A" over its name) is printed as one
heading with it (`labels_over_titles`). A paragraph that opens in lower case right under a
block stopped mid-sentence in the same size (a bold run-in head: "Standard mileage rates. The
2007" over "rate for business use...") continues it: one paragraph (`runs_on`).
One-line paragraphs on one baseline, left to right (a year, a code and a price set apart by
wide gaps), are one line of Markdown; list items one after another are one tight list, line
under line. Each page starts with an HTML comment naming it, so a reader (or a chunker) can
find where pages begin; a document in which nothing was found (blank pages) is one comment
that says so, never an empty answer.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from pdfqueue.engines import currencies
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

__all__ = [
    "ImageUrl",
    "contents_lists",
    "entry_names",
    "grid_labels",
    "heading_level",
    "heading_levels",
    "labels_over_titles",
    "page_markdown",
    "reads_as_heading",
    "runs_on",
    "section_headings",
    "stacked_labels",
    "table_headers",
    "to_markdown",
]

ImageUrl = Callable[[int, int], str | None]  # (page number, figure index) -> URL or None
MAX_HEADING_LEVEL = 6  # Markdown's deepest
NOTHING_FOUND = "<!-- no text, table or figure was found in this document: its pages are blank -->"

_LIST_MARK = re.compile(r"^\s*(?:[•·▪■◦●○\-–*])\s+")
_NUMBERED = re.compile(r"^\s*\(?(\d{1,2}|[a-z])[.)]\s+")
_LEADER_ENTRY = re.compile(r"\s*(\S[^.]*?)\s*(?:\.\s?){4,}\s*(\S+)")
MIN_LEADER_ENTRIES = 2
_LEADER_DOTS = re.compile(r"(?:\.\s?){6,}")  # a leader; "...." may end a sentence
# one line of a contents list: its title, a leader, and its target ("Fig. 3 Layout ..... 12")
# (its leader may be three dots when the title is long: "Dobradiça invisível 35 mm . . . 15,16")
_LEADER_LINE = re.compile(r"\s*(\S.*?)\s*(?:\.\s?){3,}\s*(\S+)\s*")
_ENDS_IN_FIGURE = re.compile(r".*\s\S*\d\S*")  # a line of a list whose leader was left out
_LEADER_END = re.compile(r"\s*(\S.*?)\s*(?:\.\s?){4,}\s*")  # its target set apart
# a contents list's target: a page ("12", "xiv"), a chapter's page ("3-12", "A.4")
_TARGET = re.compile(r"(?:\d{1,4}|[ivxlc]{1,6}|[IVXLC]{1,6}|[A-Z]?\d{1,3}[-–.]\d{1,3})")


def to_markdown(document: DocumentLayout, image_url: ImageUrl | None = None) -> str:
    """The whole document as Markdown (see the module doc)."""
    levels = heading_levels(document)
    parts = [page_markdown(page, image_url, levels) for page in document.pages]
    text = "\n\n".join(p for p in parts if p).strip()
    return (text or NOTHING_FOUND) + "\n"


def page_markdown(
    page: PageLayout, image_url: ImageUrl | None = None, levels: HeadingLevels | None = None
) -> str:
    """One page as Markdown; `levels` maps heading sizes to levels (document-wide if given)."""
    levels = levels if levels is not None else heading_levels(DocumentLayout([page]))
    out = [f"<!-- page {page.page_number} -->"]
    previous: Block | None = None
    headers, titles, groups = _table_headers(page)
    contents = contents_lists(page)
    within = {n for blocks, _ in contents.values() for n in blocks[1:]}
    sections = section_headings(page)
    labels = labels_over_titles(page, sections)
    titled = {title: label for label, title in labels.items()}
    for index, block in enumerate(page.blocks):
        if index in titles or index in within or index in labels:
            continue  # column titles printed as a table's header; a contents list's blocks;
            # a part's label, printed with its title
        if index in titled:
            label = page.blocks[titled[index]]
            level = min(heading_level(label, levels), heading_level(block, levels))
            joined = f"{' '.join(label.text.split()).rstrip(':')}: {block.text}"
            text = "#" * level + " " + _inline(joined)
        elif index in headers:
            first = _first_group(page, index, titles, sections)
            level = heading_level(page.blocks[first], levels) if first is not None else 0
            text = pipe_table(block.rows or [], headers[index], block.asides, level)
            if index in groups:  # a group's title over its columns' titles
                text = _paragraph(" · ".join(groups[index])) + "\n\n" + text
        elif index in contents:
            text = _entries(contents[index][1])
        elif block.kind == "heading" and index not in sections:
            text = f"**{_inline(block.text)}**"  # a price set large, a grid's label: no section
        else:
            text = _block(block, page.page_number, image_url, levels)
        if text and previous is not None and _continues_line(previous, block):
            out[-1] = f"{out[-1]} {text}"  # "2020", "Ref. 40213 …", "26,29 €": one line
        elif text and previous is not None and runs_on(previous, block):
            if previous.kind == "heading":  # a bold run-in head, its sentence under it
                out[-1] = _inline(previous.text)
                if block.head and block.text.startswith(block.head):  # the head wraps on
                    out[-1] = f"**{out[-1]} {_inline(block.head)}**"
                    text = _inline(block.text[len(block.head) :].strip())
            hyphen = re.search(r"[^\W\d_]-$", out[-1]) is not None  # "prior-" + "year"
            out[-1] = out[-1][:-1] + text if hyphen else f"{out[-1]} {text}"
        elif text and previous is not None and _items_of_one_list(previous, block):
            out[-1] = f"{out[-1]}\n{text}"  # a tight list: its items line under line
        elif text:
            out.append(text)
        previous = block if text else previous
    return "\n\n".join(out) if len(out) > 1 else ""


def _items_of_one_list(before: Block, block: Block) -> bool:
    """Two list items one after the other: printed line under line, one list (with a blank
    line between them Markdown would make each item a paragraph of a loose list)."""
    return before.kind == "list_item" and block.kind == "list_item"


def _continues_line(before: Block, block: Block) -> bool:
    """Two one-line paragraphs on one baseline, the second to the right of the first: the
    parts of one printed line set apart by wide gaps (a year, a code and leader, a price),
    which the layout keeps as blocks of their own."""
    if before.kind != "paragraph" or block.kind != "paragraph":
        return False
    if len(before.lines) > 1 or len(block.lines) > 1:
        return False
    height = min(before.bottom - before.top, block.bottom - block.top)
    same_line = abs((before.top + before.bottom) - (block.top + block.bottom)) / 2 < height / 2
    return same_line and block.left >= before.right - 1.0


_SENTENCE_END = (".", "!", "?", ":", ";", "…")
_LOWER_WORD = re.compile(r"[^\W\d_A-Z]*[a-zß-ÿ][^\W\d_]*")


def runs_on(before: Block, block: Block) -> bool:
    """Whether a paragraph continues the sentence of the block right above it, which the
    layout set apart for a change of style (a bold run-in head: "Standard mileage rates. The
    2007" over "rate for business use..."): the text above stops mid-sentence (no closing
    point), this one opens with a word in lower case, in the same type size, right under it
    (a line's spacing at most), and they are not two lone lines (a heading over a fragment).
    The block above is a paragraph, or a bold heading set flush over it ("Domestic production
    activities" over "deduction. The deduction rate..."), a head that names a section or one
    wrapped, cut off mid-sentence over the bold words that end it ("Exception for dual
    citizens and" over "certain minors. Dual citizens..."). A heading in a larger type (a
    product's name over its description in lower case), text in another size (a formula's
    index), a sentence carried to the next column (the reading order may be wrong there), the
    text under a numbered section's title ("4.2.1.3.1 Definition of changing picture elements"
    over "changing element: Element whose..."): none runs on."""
    if block.kind != "paragraph" or before.kind not in ("paragraph", "heading"):
        return False
    if before.kind == "heading" and section_depth(before.text):
        return False  # a numbered section's title over its text ("changing element: ...")
    words = block.text.split()
    if not words or not _LOWER_WORD.fullmatch(words[0].rstrip(".,;:")):
        return False
    if not _LETTERS.search(before.text) or before.text.rstrip().endswith(_SENTENCE_END):
        return False
    if len(before.lines) <= 1 and len(block.lines) <= 1:
        return False
    if abs(before.font_size - block.font_size) >= HEADING_SIZE_STEP:
        return False
    pitch = (before.bottom - before.top) / max(len(before.lines), 1)
    under = -0.5 * pitch <= block.top - before.bottom <= pitch
    if not under or block.left >= before.right or block.right <= before.left:
        return False
    if before.kind == "heading":
        # a bold run-in head wrapped: its first line stops mid-sentence, its last words bold
        # at the start of the text ("Exception for dual citizens and" over "certain minors.
        # Dual citizens and ...")
        wrapped = bool(block.head) and _stops_mid_sentence(" ".join(before.text.split()))
        named = reads_as_heading(before) or wrapped
        return named and before.bold and _flush_or_indented(before, block)
    return True


HEADING_SIZE_STEP = 0.5  # points a line's size may differ from the text it runs on into
RUN_IN_INDENT = 2.5  # ems a run-in head may be indented past its paragraph's edge (its first line)


def _flush_or_indented(head: Block, block: Block) -> bool:
    """A bold head set flush over the text it runs on into, or indented as a paragraph's
    first line is ("*Adoption taxpayer identification*" over "numbers (ATINs). If you have",
    the head's line indented one em in a column whose paragraphs open so)."""
    indent = head.left - block.left
    return -2.0 <= indent <= max(2.0, RUN_IN_INDENT * block.font_size)


def _block(
    block: Block, page_number: int, image_url: ImageUrl | None, levels: HeadingLevels
) -> str:
    if block.kind in ("header", "footer"):
        return ""
    if block.kind == "heading":
        return "#" * heading_level(block, levels) + " " + _inline(block.text)
    if block.kind == "list_item":
        numbered = _NUMBERED.match(block.text)
        if numbered and numbered.group(1).isdigit():
            return f"{numbered.group(1)}. " + _inline(block.text[numbered.end() :])
        if numbered:  # Markdown numbers no list by letters: "a." would open no item
            return "- " + _inline(block.text)  # "- (a) Comments due date", its letter kept
        return "- " + _inline(_LIST_MARK.sub("", block.text, count=1))
    if block.kind == "table" and block.rows:
        return pipe_table(block.rows, asides=block.asides)
    if block.kind == "figure":
        url = image_url(page_number, block.image_index or 0) if image_url else None
        return (
            f"![Figure {(block.image_index or 0) + 1} on page {page_number}]({url})" if url else ""
        )
    if block.kind == "caption":
        return f"*{_inline(block.text)}*"
    entries = _leader_entries(block)
    if entries:
        return _entries(entries)
    if block.head and block.text.startswith(block.head):
        # a run-in head, bold as printed: "**Nikon F3 korpus,** kroom, 8/10"
        return f"**{_inline(block.head)}** {_inline(block.text[len(block.head) :])}"
    return _paragraph(block.text)


# what opens a block of Markdown at a line's start: a heading's "#" ("#define", "#1 in
# sales"), a list's mark ("- 5 %", "+ 2 °C", "1990. The year", "3) Cut"), a rule ("---", "===")
_BLOCK_MARK = re.compile(r"#|[-+](?=\s|$)|\d{1,9}[.)](?=\s|$)|([-=_])\1{2,}")


def _paragraph(text: str) -> str:
    """A paragraph's text, escaped as `_inline` does, and its first character too when it
    would open a block of another kind: a paragraph printed "#define foo" or "1990. The year"
    is not a heading nor a list's item."""
    text = _inline(text)
    mark = _BLOCK_MARK.match(text)
    if mark is None:
        return text
    at = mark.end() - 1 if mark.group(0)[0].isdigit() else 0  # "1990\." / "\#define"
    return f"{text[:at]}\\{text[at:]}"


def _entries(entries: list[tuple[str, str]]) -> str:
    """One list item an entry: its title, and its target after " … " when it has one."""
    return "\n".join(
        f"- {_inline(label)} … {_inline(page)}" if page else f"- {_inline(label)}"
        for label, page in entries
    )


def _leader_entries(block: Block) -> list[tuple[str, str]]:
    """(label, target) of each entry when the block is leader lines, else nothing: line by
    line when its lines are known (a title may hold points, "Fig. 3", or run over two lines;
    an entry set without its leader, its figure last, is an entry of its own, no title run
    on), else in its joined text. Most of the lines must be leader lines, two at least."""
    if not block.lines:
        return _leader_text_entries(block.text)
    entries, label, leaders = [], "", 0
    for line in block.lines:
        entry = _LEADER_LINE.fullmatch(line)
        if entry is None and _LEADER_DOTS.search(line):
            return []  # a leader without its target: not an entry of this block
        if entry is not None:
            entries.append((f"{label} {entry.group(1)}".strip(), entry.group(2)))
            leaders += 1
        elif _ENDS_IN_FIGURE.fullmatch(line):
            entries.append((f"{label} {line}".strip(), ""))
        else:
            label = f"{label} {line}".strip()  # a title run over two lines
            continue
        label = ""
    if label or leaders < MIN_LEADER_ENTRIES or 2 * leaders <= len(entries):
        return []
    return entries


def _leader_text_entries(text: str) -> list[tuple[str, str]]:
    """(label, target) of each entry when the whole text is leader lines, else nothing."""
    entries, at = [], 0
    while at < len(text):
        entry = _LEADER_ENTRY.match(text, at)
        if not entry:
            return [] if text[at:].strip() else entries
        entries.append((entry.group(1), entry.group(2)))
        at = entry.end()
    return entries if len(entries) >= MIN_LEADER_ENTRIES else []


def contents_lists(page: PageLayout) -> dict[int, tuple[list[int], list[tuple[str, str]]]]:
    """The contents lists of a page whose targets (pages) the layout set apart from their
    leaders: by the index of the list's first block, the indexes of its blocks and its entries,
    (title, target) each. A list is a run of consecutive paragraphs made only of leader lines,
    with or without their targets, and of targets alone (`_contents_line`); the targets stand
    in a column of their own right of the leaders (a block of them after the block of leader
    lines) or each on its own line after its leader, as the reading order found them, so the
    leaders without a target take the lone targets in order: the n-th such leader the n-th
    target. A title run over two lines joins its leader's. Nothing unless every leader gets its
    target and every target a leader."""
    found: dict[int, tuple[list[int], list[tuple[str, str]]]] = {}
    index = 0
    while index < len(page.blocks):
        run: list[int] = []
        while index + len(run) < len(page.blocks) and _contents_block(
            page.blocks[index + len(run)]
        ):
            run.append(index + len(run))
        entries = _contents_entries([page.blocks[n] for n in run])
        if entries:
            found[run[0]] = (run, entries)
        index += max(len(run), 1)
    return found


def _contents_line(line: str) -> str:
    """What a line of a contents list is: "entry" (title, leader, target), "open" (title and
    leader, the target set apart), "target" (a page alone), or "text" (a title's first line)."""
    if _LEADER_LINE.fullmatch(line) and not _LEADER_END.fullmatch(line):
        return "entry"
    if _LEADER_END.fullmatch(line) and _LEADER_DOTS.search(line):
        return "open"
    return "target" if _TARGET.fullmatch(line.strip()) else "text"


def _contents_block(block: Block) -> bool:
    """A paragraph of contents lines only (`_contents_line`), a line of text only before a
    leader's line (a title run over two lines)."""
    if block.kind != "paragraph" or not block.lines:
        return False
    kinds = [_contents_line(line) for line in block.lines]
    return kinds[-1] != "text" and all(
        kind != "text" or after not in ("target",) for kind, after in itertools.pairwise(kinds)
    )


def _contents_entries(blocks: list[Block]) -> list[tuple[str, str]]:
    """The entries of a run of contents blocks (`contents_lists`), or nothing."""
    titles: list[str] = []
    targets: dict[int, str] = {}
    waiting: list[int] = []  # the leaders without a target yet, in order
    apart = 0
    for block in blocks:
        label = ""
        for line in block.lines:
            kind = _contents_line(line)
            if kind == "text":
                label = f"{label} {line}".strip()
                continue
            if kind == "target":
                if not waiting:
                    return []  # a number with no leader before it: no contents list
                targets[waiting.pop(0)] = line.strip()
                apart += 1
                continue
            match = _LEADER_LINE.fullmatch(line) if kind == "entry" else _LEADER_END.fullmatch(line)
            assert match is not None
            if kind == "entry":
                targets[len(titles)] = match.group(2)
            else:
                waiting.append(len(titles))
            titles.append(f"{label} {match.group(1)}".strip())
            label = ""
    if waiting or not apart or len(titles) < MIN_LEADER_ENTRIES:
        return []
    return [(title, targets[n]) for n, title in enumerate(titles)]


# an article's code alone: capitals and four digits or more, more digits than letters ("ED5219",
# "MN-3197-F"), where a heading's model or chapter ("A320", "Chapter 3") has fewer
_CODE = re.compile(r"(?=(?:\D*\d){4})[A-Z0-9][A-Z0-9./-]*")
QUALIFIER_WORDS = 3  # words after an amount that qualify it ("€ HT", "per ball", "incl. VAT")


def reads_as_heading(block: Block) -> bool:
    """Whether a heading block names a section: not when it stops mid-sentence
    (`_stops_mid_sentence`: "Exception for dual citizens and"), nor when it states an amount
    (a price set large on a product's card: "995,50 € HT", "$18.95", "£3.50 per ball",
    "Price: £549" - an amount first, or after a label of words and its colon, then at most a
    few words that qualify it, each in lower case or an abbreviation in capitals), nor when
    it is an
    article's code alone ("ED5219"), nor when it is a key figure of a report, a number of a
    thousand or more in groups and its unit ("1,186 crore", "25,000 jobs"). "Chapter 3",
    "2024 Annual Report", "Gifts under $50" and "$5 Meals" name sections: no amount leads
    them, or a name follows it."""
    text = " ".join(block.text.split())
    if _stops_mid_sentence(text):
        return False
    if _CODE.fullmatch(text):
        letters = sum(c.isalpha() for c in text)
        return not letters or sum(c.isdigit() for c in text) <= letters
    label, colon, rest = text.partition(": ")
    if colon and len(label.split()) <= 2 and not any(c.isdigit() for c in label):
        text = rest  # "Price: £549"
    amount = currencies.PRICE.match(text)
    if amount is None and not section_depth(text):
        amount = _KEY_FIGURE.match(text)  # "17,81,841 crore", its currency's sign unread
    if amount is None:
        return True
    after = text[amount.end() :].split()
    return len(after) > QUALIFIER_WORDS or not all(_qualifier(word) for word in after)


# a figure in groups of digits (a thousand or more), after a sign at most: a key figure set
# large in a report ("2,32,822", "`17,81,841 crore" in a font whose rupee sign reads "`",
# "+25,000 jobs", "25 000 emplois"); a year or a section's number holds no group, and groups
# set apart by a space are of three digits ("12 64 kbit/s option" is a section's number)
_KEY_FIGURE = re.compile(
    r"[^\w\s]?\s?\d{1,3}(?:(?:[,.']\d{2,3})+|(?:[ \u00a0]\d{3})+)(?:[.,]\d+)?(?!\d)"
)


# words no title ends in, which leave a sentence open: conjunctions, articles, prepositions
# (English, French, German, Spanish, Italian), as a line cut off mid-sentence ends
_OPEN_ENDS = frozenset((
    "and", "or", "of", "the", "a", "an", "to", "for", "with", "by", "from", "than", "that",
    "et", "ou", "de", "des", "du", "la", "le", "les", "un", "une", "pour", "avec", "par", "que",
    "und", "oder", "der", "die", "das", "dem", "den", "des", "ein", "eine", "für", "mit", "von",
    "y", "o", "el", "los", "las", "del", "para", "con", "e", "il", "di", "per", "che",
))  # fmt: skip


def _stops_mid_sentence(text: str) -> bool:
    """A line cut off mid-sentence, which a layout may take for a heading (a bold run-in
    head's first line, "Exception for dual citizens and"; a line of a paragraph set apart,
    "July 1, 1986, and you used this method ..., or"; a fragment of a slogan, "the"): it ends
    in a comma or a word's hyphen, or in a word no title ends in (`_OPEN_ENDS`, in lower
    case: "Plan A" and "Vitamin E" end in capitals)."""
    if text.endswith((",", ";")) or re.search(r"[^\W\d_]-$", text):
        return True
    words = text.split()
    return bool(words) and words[-1] in _OPEN_ENDS


def _qualifier(word: str) -> bool:
    """A word that qualifies an amount: in lower case ("per", "each"), an abbreviation in
    capitals ("HT", "VAT"), or no letters at all ("/m²"); a name's word is capitalised."""
    letters = [c for c in word if c.isalpha()]
    return all(c.islower() for c in letters) or all(c.isupper() for c in letters)


# a section's number before its title: "3", "3.1", "4.2.1.", "C.4"; the title must open with a
# capital ("3.1 Minimum transmission time", "1.1. Pourquoi"): "2.5 kg bags" is no section; its
# point may touch the title ("1.Mise en contexte")
_SECTION_NUMBER = re.compile(
    r"((?:\d{1,2}|[A-Z](?=\.\d))(?:\.\d{1,2})*)(?:\.?\s+|\.(?=[A-ZÀ-Þ][a-zß-ÿ]))"
)


def section_depth(text: str) -> int:
    """How many parts a heading's section number has ("4.2.1 Area": 3); 0 when none."""
    number = _SECTION_NUMBER.match(text)
    if number is None or not text[number.end() :][:1].isupper():
        return 0
    return number.group(1).count(".") + 1


@dataclass
class HeadingLevels:
    """The levels of a document's headings (`heading_levels`): by (size, depth of its section
    number beyond the shallowest of its size), and that shallowest depth per size. Sizes are
    those of `sizes`, each heading's size taken to the size of its cluster (a size set a hair
    smaller by the producer, 8.9 beside 9.0, is the same type); `placed` holds the keys of
    the headings whose place the numbers around them tell rather than their size (by the
    block's identity: `_nested_in_sections`, `_labelled_parts`)."""

    levels: dict[tuple[float, int], int] = field(default_factory=dict)
    shallowest: dict[float, int] = field(default_factory=dict)
    sizes: dict[float, float] = field(default_factory=dict)
    placed: dict[int, tuple[float, int]] = field(default_factory=dict)

    def size(self, block: Block) -> float:
        return self.sizes.get(block.font_size, block.font_size)

    def key(self, block: Block) -> tuple[float, int]:
        size = self.size(block)
        if id(block) in self.placed:
            return self.placed[id(block)]
        depth = section_depth(block.text)
        extra = depth - self.shallowest[size] if depth else 0
        return size, max(0, extra)

    def of(self, block: Block) -> int:
        """A heading block's level (the deepest when its size is none of the document's)."""
        if self.size(block) not in self.shallowest:
            return MAX_HEADING_LEVEL
        return self.levels.get(self.key(block), MAX_HEADING_LEVEL)


SIZE_JITTER = 0.2  # points two headings' sizes may differ by and be one type (8.9 beside 9.0)


def _size_clusters(sizes: set[float]) -> dict[float, float]:
    """Each size to the largest size of its cluster: sizes within `SIZE_JITTER` of the
    largest of a cluster are its type, which the producer set a hair smaller (a scaled font,
    a rounding): one level, not two."""
    out: dict[float, float] = {}
    top: float | None = None
    for size in sorted(sizes, reverse=True):
        if top is None or top - size > SIZE_JITTER + 1e-6:
            top = size
        out[size] = top
    return out


def heading_levels(document: DocumentLayout) -> HeadingLevels:
    """Each heading size's level, larger first; within a size, its numbered headings one level
    deeper for each part their number has beyond the size's shallowest ("3 Coding scheme" and
    "3.1 Minimum time", bold in 12 points both: 3.1 under 3). An unnumbered heading ranks with
    the shallowest number of its size ("Exercises" beside "1.1 Spaces"), unless it stands
    within a numbered section of its size (`_nested_in_sections`): then one level under that
    section. When they need more levels than Markdown's six, a size only one heading is set
    in (a cover's title and its lines, a one-off) shares the level of the size above it, the
    first level when it is the largest: the levels go to the sizes the document's sections
    are set in ("3.1" and "4.2.1.3" of a standard under a cover in three sizes are not both
    the sixth)."""
    headings = [p.blocks[i] for p in document.pages for i in sorted(section_headings(p))]
    out = HeadingLevels(sizes=_size_clusters({b.font_size for b in headings}))
    for block in headings:
        depth = section_depth(block.text) or 99
        size = out.size(block)
        out.shallowest[size] = min(out.shallowest.get(size, depth), depth)
    out.placed = _nested_in_sections(headings, out) | _labelled_parts(headings, out)
    out.placed |= _larger_within_sections(headings, out)
    title = _opening_title(document, headings, out)
    if title is not None:
        out.placed[id(title)] = (max(out.shallowest) + 1.0, 0)  # over every size
    uses = Counter(out.key(b) for b in headings)
    rank = _capitals_lifted(headings, out)
    ordered = sorted(uses, key=lambda key: (-rank.get(key[0], key[0]), key[1]))
    short = len(ordered) > MAX_HEADING_LEVEL
    level = 0
    for key in ordered:
        one_off = uses[key] == 1 and key[1] == 0  # a size of one heading, not a deeper number
        if level == 0 or not (short and one_off):
            level += 1
        out.levels[key] = min(level, MAX_HEADING_LEVEL)
    return out


CAPITALS_LIFT = 1.0  # points a size of headings in capitals may be below one it ranks over


def _capitals_lifted(headings: list[Block], levels: HeadingLevels) -> dict[float, float]:
    """The size a size of headings all in capitals ranks as: a size set in capitals reads as
    large as one a little larger in lower case (capitals stand as tall as the ascenders), so a
    brochure's sections in capitals ("SHOP DRAWINGS", bold in 11 points) rank over the
    services listed under them in lower case ("Precast Foundations", bold in 12), up to
    `CAPITALS_LIFT` points apart, when every heading of the larger size stands under one in
    capitals (one comes before it, after the last heading larger than both). Only a size of
    two headings or more, each of two words or more and all in capitals: a size that mixes
    cases, or a lone label in capitals ("TIP", "NOTE"), ranks by its size; so do capitals
    beside the larger headings rather than over them (a contents page's "RETAIL" listed
    after its "Corporate Overview")."""
    sizes = [levels.size(b) for b in headings]
    texts = [" ".join(b.text.split()) for b in headings]
    by_size: dict[float, list[str]] = {}
    for size, text in zip(sizes, texts, strict=True):
        by_size.setdefault(size, []).append(text)
    capitals = {
        size
        for size, group in by_size.items()
        if len(group) >= 2 and all(_in_capitals(t) and len(t.split()) >= 2 for t in group)
    }

    def under_capitals(small: float, large: float) -> bool:
        opened = False  # a heading in capitals since the last heading larger than both
        for size in sizes:
            if size > large:
                opened = False
            elif size == small:
                opened = True
            elif size == large and not opened:
                return False
        return True

    rank: dict[float, float] = {}
    for size in capitals:
        above = [
            other
            for other in by_size
            if other not in capitals and size < other <= size + CAPITALS_LIFT + 1e-6
        ]
        if above and all(under_capitals(size, other) for other in above):
            rank[size] = max(above) + 0.01
    return rank


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _nested_in_sections(
    headings: list[Block], levels: HeadingLevels
) -> dict[int, tuple[float, int]]:
    """The unnumbered headings that head a part of a numbered section, by block identity, to
    their depth beyond the shallowest of their size: those whose nearest headings before and
    after, of their size or larger (unnumbered ones of their size aside: "In-batch
    negatives", "Similarity and loss", two parts of 5.2 one after the other), are numbered
    headings of their size, the one after not shallower than the one before ("3.1 Overview",
    "Inference", "3.2 Training", bold in one size: "Inference" is a part of 3.1, one level
    under it). An unnumbered heading after a
    chapter's last section ("1.6 Wege", "Übungsaufgaben", then "2 Mannigfaltigkeiten" set
    larger) or between sections the next of which is shallower ("2.3.2", "Summary", "2.4")
    may close the chapter or the section: it keeps the level of its size; so does one in a
    size most headings of which are unnumbered (a rule's sections in 9 points between two
    "14 CFR Part 39" in that size are no parts of the first)."""
    nested: dict[int, tuple[float, int]] = {}
    sizes = [levels.size(b) for b in headings]
    depths = [section_depth(b.text) for b in headings]

    def neighbour(index: int, step: int) -> int | None:
        at = index + step
        while 0 <= at < len(headings) and (
            sizes[at] < sizes[index] or (sizes[at] == sizes[index] and not depths[at])
        ):
            at += step  # smaller headings, and unnumbered ones of its size: parts beside it
        return at if 0 <= at < len(headings) else None

    numbered = Counter(size for size, depth in zip(sizes, depths, strict=True) if depth)
    total = Counter(sizes)
    for index, block in enumerate(headings):
        if depths[index] or not _opens_with_letter(block.text):
            continue
        if 2 * numbered[sizes[index]] < total[sizes[index]]:
            continue  # a size most headings of which are unnumbered: its own sections
        before, after = neighbour(index, -1), neighbour(index, 1)
        if before is None or after is None:
            continue
        if sizes[before] != sizes[index] or sizes[after] != sizes[index]:
            continue
        if not depths[before] or depths[after] < depths[before]:
            continue
        nested[id(block)] = sizes[index], depths[before] + 1 - levels.shallowest[sizes[index]]
    return nested


def _larger_within_sections(
    headings: list[Block], levels: HeadingLevels
) -> dict[int, tuple[float, int]]:
    """Unnumbered headings set larger than the numbered section they stand in (a report's
    chart titles in 18 points after "3.2. Results" in 16, within chapter "3. Consultation" in
    24): one level under that section, not above it. A heading stands in the section of the
    last numbered heading before it, when that section lies within the last heading larger
    than it, itself numbered with fewer parts (a chapter holding the section). Its place is
    that of the sections numbered one part deeper ("3.1.1" in 14 points), else one deeper in
    the section's own size. An unnumbered heading after the numbered ones under a title
    that is not numbered ("Appendix" in 18 points, after "1.1" in 12, under the document's
    title) is not in them: its size places it."""
    placed: dict[int, tuple[float, int]] = {}
    sizes = [levels.size(b) for b in headings]
    depths = [section_depth(b.text) for b in headings]
    by_depth: dict[int, Counter[tuple[float, int]]] = {}
    for block, depth in zip(headings, depths, strict=True):
        if depth:
            by_depth.setdefault(depth, Counter())[levels.key(block)] += 1
    numbered: int | None = None  # the last numbered heading's index
    for index, block in enumerate(headings):
        if depths[index]:
            numbered = index
            continue
        if not _opens_with_letter(block.text):
            continue
        if numbered is None or sizes[numbered] >= sizes[index]:
            continue
        larger = next((n for n in range(index - 1, -1, -1) if sizes[n] > sizes[index]), None)
        if larger is None or larger > numbered or not 0 < depths[larger] < depths[numbered]:
            continue
        deeper = by_depth.get(depths[numbered] + 1)
        if deeper:
            placed[id(block)] = deeper.most_common(1)[0][0]
        else:
            size = sizes[numbered]
            placed[id(block)] = size, depths[numbered] + 1 - levels.shallowest[size]
    return placed


def _opening_title(
    document: DocumentLayout, headings: list[Block], levels: HeadingLevels
) -> Block | None:
    """The document's title when it is set smaller than its sections: the first block of its
    first page (figures, running lines aside) is a heading, the text under it a paragraph
    (not a title's second line nor a heading it is the kicker of), and no other heading is
    in its style while a larger one is ("The Evolution of the Word Processor", bold in the
    body's 12 points, over sections in 13.4): the title opens the document, every section
    is under it."""
    if not document.pages or not headings:
        return None
    blocks = [b for b in document.pages[0].blocks if b.kind not in ("figure", "header", "footer")]
    if len(blocks) < 2 or blocks[0].kind != "heading" or blocks[1].kind != "paragraph":
        return None
    first = blocks[0]
    if not any(first is heading for heading in headings):
        return None
    key = levels.key(first)
    if sum(1 for h in headings if levels.key(h) == key) > 1:
        return None
    return first if any(levels.size(h) > levels.size(first) for h in headings) else None


def _opens_with_letter(text: str) -> bool:
    """Whether a heading opens with a word: one that opens with a figure may be numbered in a
    way `section_depth` does not read ("12 64 kbit/s option", clause 12 titled by a figure),
    and is not taken for an unnumbered one."""
    return text.lstrip()[:1].isalpha()


# a part named by a word and its label: "Annex A", "Appendix B", "Chapter 3", "Part II"
_LABELLED = re.compile(r"[^\W\d_]{3,}\s+([A-Z]|\d{1,2}|[IVX]{1,4})")


def _labelled_parts(headings: list[Block], levels: HeadingLevels) -> dict[int, tuple[float, int]]:
    """A part named by its label whose sections are numbered by that label ("Annex A", then
    "A.1 Introduction", "A.2 Definitions"), set larger than them, and the lines of its title
    set under it in its size ("Optional error correction mode"): its place is that of the
    sections numbered with one part in the size of its own ("1 Scanning track", "4 Coding
    scheme"), which its first section's number says it is one of. Without such sections in
    that size ("Chapter 3" in 18 points over "3.1" in 14) its size places it."""
    placed: dict[int, tuple[float, int]] = {}
    sizes = [levels.size(b) for b in headings]
    for index, block in enumerate(headings):
        label = _part_label(block)
        if label is None:
            continue
        after = index + 1
        while after < len(headings) and sizes[after] == sizes[index]:
            after += 1  # the lines of its title
        if after == len(headings) or sizes[after] >= sizes[index]:
            continue
        first = _SECTION_NUMBER.match(headings[after].text)
        if first is None or not first.group(1).startswith(f"{label.group(1)}."):
            continue
        if levels.shallowest.get(sizes[after]) != 1 or section_depth(headings[after].text) != 2:
            continue
        for part in headings[index:after]:
            placed[id(part)] = (sizes[after], 0)
    return placed | _peer_parts(headings, sizes, placed)


def _part_label(block: Block) -> re.Match[str] | None:
    """The label a heading is ("Annex A"), or its first line is ("Annex A" over its title's
    line in one block)."""
    first = block.lines[0] if len(block.lines) > 1 else block.text
    return _LABELLED.fullmatch(" ".join(first.split()))


def _peer_parts(
    headings: list[Block], sizes: list[float], placed: dict[int, tuple[float, int]]
) -> dict[int, tuple[float, int]]:
    """The other parts named by a label in the size of the parts `_labelled_parts` placed
    ("Appendix I" in the 14 points of "Annex A", its sections unnumbered), and the lines of
    their titles: the same type, so the same place, not a level above those parts."""
    peers: dict[float, tuple[float, int]] = {}
    for block, size in zip(headings, sizes, strict=True):
        if id(block) in placed and _part_label(block):
            peers.setdefault(size, placed[id(block)])
    out: dict[int, tuple[float, int]] = {}
    index = 0
    while index < len(headings):
        block, size = headings[index], sizes[index]
        if id(block) in placed or size not in peers or _part_label(block) is None:
            index += 1
            continue
        out[id(block)] = peers[size]
        index += 1
        while index < len(headings) and sizes[index] == size and not _part_label(headings[index]):
            out[id(headings[index])] = peers[size]  # the lines of its title
            index += 1
    return out


LABEL_GAP = 2.5  # heights of a part's label its title may stand under it


def labels_over_titles(page: PageLayout, sections: set[int]) -> dict[int, int]:
    """Headings that are a part's label alone ("CHAPTER I", "Annex A", "Appendix II") set
    right over a heading that titles the part ("The River", "Optional error correction
    mode"), label to title by index: one heading printed as two lines, the label joined to
    its title ("Annex A: Optional error correction mode"). A title that is numbered ("A.1
    Introduction", the annex's first clause) or another label is none."""
    out: dict[int, int] = {}
    blocks = page.blocks
    for index in sorted(sections):
        label, after = blocks[index], index + 1
        if after not in sections or index in out.values() or len(label.lines) > 1:
            continue
        if _LABELLED.fullmatch(" ".join(label.text.split()).rstrip(".:")) is None:
            continue
        title = blocks[after]
        if section_depth(title.text) or _LABELLED.fullmatch(" ".join(title.text.split())):
            continue
        gap = title.top - label.bottom
        over = title.left < label.right and title.right > label.left
        if over and -1.0 <= gap <= LABEL_GAP * (label.bottom - label.top):
            out[index] = after
    return out


def heading_level(block: Block, levels: HeadingLevels) -> int:
    return levels.of(block)


def section_headings(page: PageLayout) -> set[int]:
    """The indices of the page's headings that open a section: those that name one
    (`reads_as_heading`) and label no grid's cell (`grid_labels`) nor stand in a column of
    labels (`stacked_labels`) nor inside a paragraph's lines (`labels_within_text`)."""
    labels = grid_labels(page) | stacked_labels(page) | labels_within_text(page)
    labels |= entry_names(page)
    return {
        index
        for index, block in enumerate(page.blocks)
        if block.kind == "heading" and reads_as_heading(block) and index not in labels
    }


ENTRY_NAMES = 3  # headings of one type on a page, each over one price, that name entries


def entry_names(page: PageLayout) -> set[int]:
    """The indices of the headings that name one priced entry each, no section: on a page,
    `ENTRY_NAMES` headings or more of one type (size and weight), each followed, up to the
    next heading of the page, by exactly one amount (a catalog's list, one product a row: its
    name set bold, a line of description, its price). A section's heading stands over several
    priced items (a menu's "DESSERTS", a price list's group over its table), or over none (a
    report's chapters); those stay headings. The entries' names are printed bold. Entries a page
    holds fewer of (a datasheet's one product a page), or priced twice (was and now), are left
    as they are."""
    blocks = page.blocks
    headings = [i for i, b in enumerate(blocks) if b.kind == "heading"]
    priced: dict[tuple[float, bool], list[int]] = {}
    types: Counter[tuple[float, bool]] = Counter()
    for position, index in enumerate(headings):
        block = blocks[index]
        kind = (round(block.font_size * 2) / 2, block.bold)
        types[kind] += 1
        end = headings[position + 1] if position + 1 < len(headings) else len(blocks)
        if _amounts(blocks[index + 1 : end]) == 1:
            priced.setdefault(kind, []).append(index)
    return {
        index
        for kind, indices in priced.items()
        if len(indices) >= ENTRY_NAMES and len(indices) == types[kind]
        for index in indices
    }


def _amounts(blocks: Sequence[Block]) -> int:
    """How many amounts the blocks state (a table's cells each)."""
    texts = [cell for b in blocks for row in (b.rows or [[b.text]]) for cell in row]
    return sum(len(currencies.PRICE.findall(text)) for text in texts)


def labels_within_text(page: PageLayout) -> set[int]:
    """The indices of the one-line headings set inside a paragraph's or a list's box, its
    lines running on above and below them: a label on an icon the text wraps around (a
    "TIP" or "NOTE" badge in a column of instructions), a drop cap, no section's title, which
    stands over its text, not within it. A run-in head at a paragraph's top has no line above
    it in the paragraph and is not taken."""
    out: set[int] = set()
    texts = [b for b in page.blocks if b.kind in ("paragraph", "list_item") and len(b.lines) > 2]
    for index, block in enumerate(page.blocks):
        if block.kind != "heading" or len(block.lines) > 1:
            continue
        height = block.bottom - block.top
        for text in texts:
            if (
                text.left - 1 <= block.left
                and block.right <= text.right + 1
                and text.top <= block.top - height / 2
                and block.bottom + height / 2 <= text.bottom
            ):
                out.add(index)
                break
    return out


GRID_CELLS = 3  # lines level side by side, of one type, that make a row of a grid's cells
GRID_LABEL_WORDS = 12  # words of a grid cell's label at most
PROSE_WORDS = 25  # words of a paragraph of prose, which no grid cell holds
LEVEL_SIZE = 0.3  # points two labels' sizes may differ by and be of one type


def grid_labels(page: PageLayout) -> set[int]:
    """The indices of the headings that label a grid's cells (product cards, photo tiles,
    four a row): set level, by their first line, with `GRID_CELLS` - 1 short lines or more of
    their type (size and weight) side by side, the cells' names, whatever kind the layout gave
    them (a name wrapped over its photo is its caption). A grid's cells are no sections: the
    page's outline is its heading over the grid, the cells' names are printed bold, and read
    in rows, a cell's name does not head the cells beside it. Sections set side by side over
    prose in their columns (a newsletter's) stay headings."""
    blocks = page.blocks
    short = [
        index
        for index, block in enumerate(blocks)
        if block.kind in ("heading", "caption", "paragraph")
        and 0 < len(block.text.split()) <= GRID_LABEL_WORDS
    ]
    out: set[int] = set()
    for index in short:
        block = blocks[index]
        if block.kind != "heading" or index in out:
            continue
        row = sorted((n for n in short if _level_with(blocks[n], block)), key=_left(blocks))
        cells = [blocks[n] for n in row]
        apart = all(a.right <= b.left for a, b in itertools.pairwise(cells))
        if len(row) >= GRID_CELLS and apart and not _prose_under(blocks, cells):
            out.update(n for n in row if blocks[n].kind == "heading")
    return out


STACKED_LABELS = 4  # one-line headings of one type stacked line under line: a legend's
STACK_GAP = 0.6  # line heights at most between the lines of a stack of labels


def stacked_labels(page: PageLayout) -> set[int]:
    """The indices of the headings stacked line under line, `STACKED_LABELS` or more of one
    type (size and weight), one line each, flush on one left edge and no farther apart than a
    list's lines (`STACK_GAP`): a chart's legend ("District 1" ... "District 6" beside a pie),
    a column of labels, no sections (a section's heading has its text under it)."""
    blocks = page.blocks
    lines = sorted(
        (n for n, b in enumerate(blocks) if b.kind == "heading" and len(b.lines) <= 1),
        key=lambda n: blocks[n].top,
    )
    out: set[int] = set()
    for index in lines:
        if index in out:
            continue
        stack = [index]
        for other in lines:
            last, block = blocks[stack[-1]], blocks[other]
            height = last.bottom - last.top
            if (
                block.top > last.top
                and abs(block.left - last.left) <= ALIGNED
                and abs(block.font_size - last.font_size) <= LEVEL_SIZE
                and block.bold == last.bold
                and block.top - last.bottom <= STACK_GAP * height
            ):
                stack.append(other)
        if len(stack) >= STACKED_LABELS:
            out.update(stack)
    return out


ALIGNED = 2.0  # points two left edges may differ by and be flush


def _left(blocks: list[Block]) -> Callable[[int], float]:
    return lambda index: blocks[index].left


def _level_with(block: Block, label: Block) -> bool:
    """Set in the label's type (size and weight), its first line level with the label's."""
    pitch = (label.bottom - label.top) / max(len(label.lines), 1)
    return (
        abs(block.font_size - label.font_size) <= LEVEL_SIZE
        and block.bold == label.bold
        and abs(block.top - label.top) <= pitch / 2
    )


def _prose_under(blocks: list[Block], row: list[Block]) -> bool:
    """A paragraph of prose under the row within one of its columns (it overlaps one label's
    extent only, not a text set across the page)."""
    top = min(b.top for b in row)
    for block in blocks:
        if block.kind != "paragraph" or block.top < top:
            continue
        if len(block.text.split()) <= PROSE_WORDS:
            continue
        if sum(1 for b in row if block.left < b.right and block.right > b.left) == 1:
            return True
    return False


def _inline(text: str) -> str:
    """One line of text, with the characters Markdown would read as markup escaped, and a
    leader's dots ("Ref. 40186 .......... 64,19 €") shortened to " … " (what they say)."""
    text = " ".join(_LEADER_DOTS.sub(" … ", text).split())
    return re.sub(r"([\\`*_\[\]<>])", r"\\\1", text)


GROUP_MIN_COLUMNS = 3  # columns of a table whose rows a group's title may head
GROUP_WORDS = 6  # words of a group's title at most ("Group: Fasteners", "Bathroom")
GROUP_FULL_ROWS = 2  # rows filling two cells or more a table has at least around its groups


def pipe_table(
    rows: list[list[str]],
    header: list[str] | None = None,
    asides: Sequence[str] = (),
    group_level: int = 0,
) -> str:
    """A GitHub pipe table: `rows` with the first of them its header, or, when `header` is
    given, all of them under it (an empty header line when its titles are all blank).

    A group's title printed across the table over the rows it groups ("Bathroom", "Group:
    Fasteners": its first cell alone filled, `group_row`) is no row of data: it is set as a
    bold line of its own, and the rows under it as a table again under the same header, so
    a reader sees the groups as the page shows them, not as an item with empty cells. With a
    `group_level` (the table's first group a heading of that level, `_first_group`), each
    group's title is a heading of that level, a peer of the first."""
    if header is not None:
        rows = [header, *rows]
    width = max(len(row) for row in rows)
    head, body = rows[0], rows[1:]
    parts: list[str] = []
    run: list[list[str]] = []
    for row in body:
        if group_row(row, body, asides):
            if run:
                parts.append(_pipe_lines([head, *run], width))
            title = _inline(row[0])
            parts.append(f"{'#' * group_level} {title}" if group_level else f"**{title}**")
            run = []
        else:
            run.append(row)
    if run or not parts:
        parts.append(_pipe_lines([head, *run], width))
    return "\n\n".join(parts)


def _first_group(page: PageLayout, index: int, titles: set[int], sections: set[int]) -> int | None:
    """The index of the section heading set between a table's column titles (printed apart
    above it, `titles`) and its first row: the title of the table's first group, which the
    layout read apart because it stands over the rows, not between them ("Product | Price"
    over "Garden" over the garden's rows); the group titles inside the table are its peers.
    None when the titles stand right over the rows, or the heading above the table is over
    its titles too (a page's section over its price list)."""
    before = [n for n in range(index) if n not in titles]
    if not before or before[-1] not in sections:
        return None
    heading = page.blocks[before[-1]]
    own = _titles_above(page, index)[1]  # this table's own titles, not an earlier one's
    over = [n for n in own if page.blocks[n].bottom <= heading.top + 1]
    return before[-1] if over and heading.bottom <= page.blocks[index].top + 1 else None


def group_row(row: list[str], body: list[list[str]], asides: Sequence[str] = ()) -> bool:
    """Whether a table's row is a group's title over the rows under it: its first cell alone
    filled, a few words starting with a capital (a name's wrapped tail runs on in lowercase),
    in a table of `GROUP_MIN_COLUMNS` columns or more whose other rows fill two cells (no list
    of single cells); a line set in smaller type under a row (`Block.asides`: a wine's
    producer) belongs to that row and is none."""
    text = row[0].strip() if row else ""
    if not text or any(c.strip() for c in row[1:]) or text in asides:
        return False
    if max(len(r) for r in body) < GROUP_MIN_COLUMNS or len(text.split()) > GROUP_WORDS:
        return False
    if not (text[0].isupper() and any(c.isalpha() for c in text)):
        return False
    full = sum(1 for r in body if sum(bool(c.strip()) for c in r) >= 2)
    return full >= GROUP_FULL_ROWS


def _pipe_lines(rows: list[list[str]], width: int) -> str:
    padded = [[_cell(c) for c in row] + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(padded[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(row) + " |" for row in padded[1:]]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return _inline(text).replace("|", "\\|")


# --- a table's header when its first row is data -----------------------------------------------

# a number as printed, its groups set apart by separators ("1.540,00", "4 990", "1.1.2"): an
# amount is one sign whatever its size, "#" or with decimals "#.#" (groups of three after the
# first group thousands, a last group of another length decimals); other groups ("1.1.2",
# "912.04.016": a position, a code) are kept, each group one sign
_NUMBER = re.compile(r"\d+(?:[.,'\u00a0 ]\d+)*")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # a year titling a column of a series ("2024 | 2025")
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"[0-9]")
FIGURE_WORDS = 1  # words without digits a figure may hold: its unit, its code's prefix
TITLE_WORDS = 8  # words a line of a column's title may have, more make a sentence
TITLE_REACH_ROWS = 3.0  # a table's row heights above it where its titles set apart may be
TITLE_SIZE_SPREAD = 1.0  # points the font sizes of one line of titles may differ by
SECTION_LINES = 2  # one-line headings that may stand between a table and its titles
CARRY_ALIGN = 6.0  # points two tables' edges may differ by and still share their columns


def table_headers(page: PageLayout) -> tuple[dict[int, list[str]], set[int]]:
    """The header of each table of the page whose own first row is data (`first_row_is_data`)
    by its block's index: the column titles printed apart above it (a line of short blocks
    over its columns, a section's heading or two between), or those of the table above it
    with the same columns (a list in sections, titled once at the top); else a row of blank
    titles. And the indexes of the blocks those titles were read from, not to be printed again
    as text. Tables whose first row is a header are left out: it stays their header."""
    headers, used, _ = _table_headers(page)
    return headers, used


def _table_headers(
    page: PageLayout,
) -> tuple[dict[int, list[str]], set[int], dict[int, list[str]]]:
    """`table_headers`, and the titles of groups of columns set over those column titles
    ("Price breaks (qty)" over "1+", "10+", "100+"), by table: the lines above a title that
    a block of titles held (`_title_line`), which are printed over the table rather than lost
    with the block."""
    headers: dict[int, list[str]] = {}
    groups: dict[int, list[str]] = {}
    used: set[int] = set()
    before: tuple[int, list[str], list[str]] | None = None  # the last table, header, groups
    for index, table in enumerate(page.blocks):
        if table.kind != "table" or not table.rows:
            continue
        width = max(len(row) for row in table.rows)
        if not first_row_is_data(table.rows):
            own = table.rows[0] + [""] * (width - len(table.rows[0]))
            # its titles go to the sections under it, when they title a column of figures and
            # hold none (a first row the test could not tell from data does not)
            titled = _evidence(table.rows)[1] > 0 and not any(_DIGIT.search(c) for c in own)
            before = (index, own if titled else [""] * width, [])
            continue
        titles, blocks = _titles_above(page, index)
        over = _group_lines(page, blocks, titles or [])
        if (
            titles is None
            and before is not None
            and any(t.strip() for t in before[1])
            and _shares_columns(page, before[0], index)
        ):
            titles, over = before[1], before[2]
        headers[index] = titles if titles is not None else [""] * width
        if over:
            groups[index] = over
        used |= blocks
        before = (index, headers[index], over)
    return headers, used, groups


def _group_lines(page: PageLayout, blocks: set[int], titles: list[str]) -> list[str]:
    """The lines of the title blocks above their column title (`_title_line`): a group's
    title over the columns it spans."""
    wanted = {" ".join(t.split()) for t in titles if t.strip()}
    out = []
    for n in sorted(blocks):
        block = page.blocks[n]
        if len(block.lines) > 1 and " ".join(block.text.split()) not in wanted:
            out += [" ".join(line.split()) for line in block.lines[:-1] if line.strip()]
    return out


def first_row_is_data(rows: list[list[str]]) -> bool:
    """Whether a table's first row is one of its data rows rather than its column titles: in
    the columns of figures (amounts, codes, measures, dates), its cells read like the figures
    under them ("68,50" over "214,00", "1.1.1" over "1.1.2", "250 ml" over "75 ml") and none
    is a title (a word over figures, "Price"; a year over amounts, "2024" over "1,204.5"); or,
    in a table of two columns naming a property a row ("Voltage | 18 V"), the first row's
    value is a figure. Cells that read neither way ("1 l" over "4 990 Ft", a size titling
    prices) say nothing; a table without columns of figures keeps its first row as header."""
    data, titles = _evidence(rows)
    width = max(len(row) for row in rows)
    padded = [row + [""] * (width - len(row)) for row in rows]
    if not data and not titles and width == 2 and len(padded) >= 3:
        first = [c.strip() for c in padded[0]]
        labels = [r[0].strip() for r in padded]
        if all(label and not _DIGIT.search(label) for label in labels) and _figure(first[1]):
            return not _YEAR.fullmatch(first[1])  # "Voltage | 18 V" over "Chuck | 13 mm"
    return data > 0 and titles == 0


def _evidence(rows: list[list[str]]) -> tuple[int, int]:
    """The cells of a table's first row over its columns of figures that read as data (like
    the figures under them), and those that read as titles (words, a year over amounts)."""
    width = max(len(row) for row in rows)
    padded = [row + [""] * (width - len(row)) for row in rows]
    first, body = [c.strip() for c in padded[0]], padded[1:]
    data = titles = 0
    for column in range(width if body else 0):
        values = [r[column].strip() for r in body if r[column].strip()]
        figures = [v for v in values if _figure(v)]
        cell = first[column]
        if not cell or 2 * len(figures) <= len(values):
            continue
        if not _DIGIT.search(cell) or (
            _YEAR.fullmatch(cell) and not all(_YEAR.fullmatch(v) for v in figures)
        ):
            titles += 1
        elif _shape(cell) in {_shape(v) for v in figures}:
            data += 1
    return data, titles


def _figure(cell: str) -> bool:
    """A cell holding a figure: digits, and at most `FIGURE_WORDS` words without any."""
    words = [w for w in cell.split() if _LETTERS.search(w) and not _DIGIT.search(w)]
    return bool(_DIGIT.search(cell)) and len(words) <= FIGURE_WORDS


def _shape(cell: str) -> str:
    """How a figure is written: each number one sign ("#", "#.#" with decimals), the words
    that are all letters as they are (a unit: "ml", "Ft"), letters among digits one sign (a
    code's "LM-" or "B")."""

    def number(match: re.Match[str]) -> str:
        groups = re.split(r"[.,'\u00a0 ]", match.group(0))
        if all(len(g) == 3 for g in groups[1:-1]):
            return "#.#" if len(groups) > 1 and len(groups[-1]) != 3 else "#"
        return re.sub(r"\d+", "#", match.group(0))  # "912.04.016", "1.1.2": a code's groups

    tokens = _NUMBER.sub(number, cell).split()
    return " ".join(t.casefold() if t.isalpha() else _LETTERS.sub("a", t) for t in tokens)


def _titles_above(page: PageLayout, index: int) -> tuple[list[str] | None, set[int]]:
    """The column titles printed apart above a table and the blocks they were read from: the
    price lists' titles the product reader finds (by the roles they name, across the sections
    of one list), else a line of short blocks over the table's columns."""
    from pdfqueue.engines.catalog.tables import header_above

    table = page.blocks[index]
    width = max(len(row) for row in table.rows or [[]])
    titles = header_above(page, index)
    if titles is not None and len(titles) == width:
        return titles, _blocks_of_titles(page, index, titles)
    return _titles_over_columns(page, index)


def _blocks_of_titles(page: PageLayout, index: int, titles: list[str]) -> set[int]:
    """The blocks above a table (or above the tables before it) on one line whose texts are
    the given titles, one title each or two joined by a slash ("Pos. / Name"); none unless
    they hold every title. A block whose last line is a title, its lines above the title of a
    group of columns ("Price breaks (qty)" over "1+"), counts by that line, set where it is:
    the product reader took the column's title from it, so it is read into the header too."""
    table = page.blocks[index]
    wanted = {t.strip() for t in titles if t.strip()}
    pairs = {f"{a.strip()} / {b.strip()}" for a, b in itertools.pairwise(titles)}
    found = [
        (n, _title_line(b, wanted | pairs))
        for n, b in enumerate(page.blocks[:index])
        if b.kind in ("paragraph", "heading", "caption")
        and b.bottom <= table.top + 1
        and b.right >= table.left - CARRY_ALIGN
        and b.left <= table.right + CARRY_ALIGN
    ]
    found = [(n, b) for n, b in found if b is not None]
    for line in _lines(found):
        texts = {" ".join(b.text.split()) for _, b in line}
        covered = {t for t in wanted if t in texts or any(t in p.split(" / ") for p in texts)}
        if covered == wanted and len(line) >= 2:
            return {n for n, _ in line}
    return set()


def _title_line(block: Block, titles: set[str]) -> Block | None:
    """The block as one of the given titles: itself when its text is one, else its last line
    when that is one (under a group's title), narrowed to that line's half; None if neither."""
    text = " ".join(block.text.split())
    if text in titles:
        return block
    if len(block.lines) != 2 or " ".join(block.lines[-1].split()) not in titles:
        return None
    middle = (block.top + block.bottom) / 2
    line = " ".join(block.lines[-1].split())
    return replace(block, bbox=(block.left, middle, block.right, block.bottom), text=line)


def _lines(blocks: list[tuple[int, Block]]) -> list[list[tuple[int, Block]]]:
    """Blocks (with their indexes) grouped into the lines they are set on, the lowest line
    first: a block joins a line whose middle lies within half its own height."""
    lines: list[list[tuple[int, Block]]] = []
    for n, block in sorted(blocks, key=lambda nb: -(nb[1].top + nb[1].bottom)):
        middle = (block.top + block.bottom) / 2
        line = lines[-1] if lines else None
        if line and abs(middle - (line[0][1].top + line[0][1].bottom) / 2) <= 0.5 * (
            block.bottom - block.top
        ):
            line.append((n, block))
        else:
            lines.append([(n, block)])
    return [sorted(line, key=lambda nb: nb[1].left) for line in lines]


def _titles_over_columns(page: PageLayout, index: int) -> tuple[list[str] | None, set[int]]:
    """The nearest line of two blocks or more above a table, within `TITLE_REACH_ROWS` of its
    rows' heights (and the one-line headings between: a section's name under the titles),
    each block short and over the table's columns: a title each column it lies over (a block
    over two columns with one word for each, "Art.nr Benämning", split between them; blocks
    over one column joined). None unless it titles half the columns at least, two or more,
    and does not read as a row of the table's data left out of it."""
    table = page.blocks[index]
    rows = table.rows or []
    spans = table.columns
    width = max(len(row) for row in rows)
    if not spans or len(spans) != width:
        return None, set()
    pitch = (table.bottom - table.top) / len(rows)
    above = [
        (n, b)
        for n, b in enumerate(page.blocks[:index])
        if b.kind in ("paragraph", "heading", "caption", "list_item", "table")
        and b.bottom <= table.top + 1
        and b.right >= table.left - CARRY_ALIGN
        and b.left <= table.right + CARRY_ALIGN
    ]
    reach, headings = TITLE_REACH_ROWS * pitch, 0
    for line in _lines(above):
        if table.top - max(b.bottom for _, b in line) > reach:
            return None, set()
        if any(b.kind == "table" for _, b in line):
            return None, set()  # another table between: its titles are carried, if shared
        column = _lone_title(line[0][1], table, pitch) if len(line) == 1 else None
        if column is not None and not headings:
            titles = [""] * width
            titles[column] = " ".join(line[0][1].text.split())
            return titles, {line[0][0]}
        if len(line) == 1 and _section_heading(line[0][1]) and headings < SECTION_LINES:
            headings += 1  # a section's heading between the titles and the table
            reach += line[0][1].bottom - line[0][1].top + pitch
            continue
        sizes = [b.font_size for _, b in line if b.font_size]
        if len(line) < 2 or (sizes and max(sizes) - min(sizes) > TITLE_SIZE_SPREAD):
            return None, set()  # titles are set alike; a letterhead's lines are not
        titles = _over_columns([b for _, b in line], spans)
        if titles is None:
            return None, set()
        named = sum(1 for t in titles if t)
        if named < max(2, (width + 1) // 2) or first_row_is_data([titles, *rows]):
            return None, set()
        return titles, {n for n, _ in line}
    return None, set()


LONE_TITLE_WORDS = 2  # words of a column's title set alone over its column ("Page", "Unit price")


def _lone_title(block: Block, table: Block, pitch: float) -> int | None:
    """The column a short line right above a table titles alone, when it lies over one column
    only, right of the first (a contents list's "Page" over its column of pages, a list's
    "Price" over its prices), no taller than a row and at most a row above it: a section's
    heading over a table starts over its first column, a letterhead's title is set large."""
    text = " ".join(block.text.split())
    if len(block.lines) > 1 or not 0 < len(text.split()) <= LONE_TITLE_WORDS:
        return None
    if _DIGIT.search(text) or text.endswith(_SENTENCE_END):
        return None
    if block.bottom - block.top > pitch or table.top - block.bottom > pitch:
        return None
    spans = table.columns or []
    over = [c for c, (a, b) in enumerate(spans) if block.left - 2 <= b and a <= block.right + 2]
    if len(over) != 1 or over[0] == 0 or block.left <= spans[0][1]:
        return None
    return over[0]


def _section_heading(block: Block) -> bool:
    """A one-line heading (or bold line, or an outline's numbered line) between a table and
    its titles: a section's name."""
    if len(block.lines) > 1:
        return False
    return block.kind in ("heading", "list_item") or (block.bold and block.kind != "table")


def _over_columns(blocks: list[Block], spans: list[tuple[float, float]]) -> list[str] | None:
    """Short blocks set as one title each over the columns they lie over (see
    `_titles_over_columns`); None when one is no title (a sentence, lines of text)."""
    titles: list[list[str]] = [[] for _ in spans]
    for block in blocks:
        text = " ".join(block.text.split())
        lines = block.lines or [text]
        if block.kind == "list_item" or len(lines) > 2:
            return None
        if any(len(line.split()) > TITLE_WORDS for line in lines):
            return None
        over = [c for c, (a, b) in enumerate(spans) if block.left - 2 <= b and a <= block.right + 2]
        if len(over) > 1 and len(text.split()) == len(over):
            for column, word in zip(over, text.split(), strict=True):
                titles[column].append(word)
            continue
        if not over:  # in a gutter: over the nearest column
            middle = (block.left + block.right) / 2
            over = [min(range(len(spans)), key=lambda c: abs(sum(spans[c]) / 2 - middle))]
        overlap = [min(block.right, spans[c][1]) - max(block.left, spans[c][0]) for c in over]
        titles[over[overlap.index(max(overlap))]].append(text)
    return [" ".join(t) for t in titles]


def _shares_columns(page: PageLayout, before: int, index: int) -> bool:
    """Two tables of a page, one under the other, with the same columns and edges, and only
    one-line headings between them: sections of one list."""
    upper, table = page.blocks[before], page.blocks[index]
    if upper.bottom > table.top:
        return False
    if max(len(r) for r in upper.rows or [[]]) != max(len(r) for r in table.rows or [[]]):
        return False
    if abs(upper.left - table.left) > CARRY_ALIGN or abs(upper.right - table.right) > CARRY_ALIGN:
        return False
    between = [
        b
        for b in page.blocks[before + 1 : index]
        if b.kind not in ("header", "footer", "figure")
        and upper.bottom - 1 <= b.top
        and b.bottom <= table.top + 1
    ]
    return all(b.kind != "table" and len(b.lines) <= 1 for b in between)
