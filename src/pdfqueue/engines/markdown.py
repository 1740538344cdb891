"""Markdown of a document's layout: headings, paragraphs, lists, pipe tables and figures.

Heading levels come from the heading sizes of the whole document (the largest is `#`, the next
`##`, and so on down to `###`), so a document's title outranks its section heads whatever page
they are on. Tables become GitHub pipe tables, their first row the header. Figures become image
links whose URL the caller gives (`image_url(page_number, image_index)`, e.g. the API's image
route); without a URL a figure is left out. Running headers and footers are left out: they
repeat on every page and say nothing about its content. A paragraph made of leader lines (a table
of contents, an index: "Fruit ........ 5") becomes one list item an entry, its dots shortened to
" … ", since the layout joins a block's lines into one. One-line paragraphs on one baseline,
left to right (a year, a code and a price set apart by wide gaps), are one line of Markdown.
Each page starts with an HTML comment naming it, so a reader (or a chunker) can find where
pages begin; a document in which nothing was found (blank pages) is one comment that says so,
never an empty answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

__all__ = ["ImageUrl", "page_markdown", "to_markdown"]

ImageUrl = Callable[[int, int], str | None]  # (page number, figure index) -> URL or None
MAX_HEADING_LEVEL = 3
NOTHING_FOUND = "<!-- no text, table or figure was found in this document: its pages are blank -->"

_LIST_MARK = re.compile(r"^\s*(?:[•·▪■◦●○\-–*])\s+")
_NUMBERED = re.compile(r"^\s*\(?(\d{1,2}|[a-z])[.)]\s+")
_LEADER_ENTRY = re.compile(r"\s*(\S[^.]*?)\s*(?:\.\s?){4,}\s*(\S+)")
MIN_LEADER_ENTRIES = 2
_LEADER_DOTS = re.compile(r"(?:\.\s?){6,}")  # a leader; "...." may end a sentence


def to_markdown(document: DocumentLayout, image_url: ImageUrl | None = None) -> str:
    """The whole document as Markdown (see the module doc)."""
    levels = heading_levels(document)
    parts = [page_markdown(page, image_url, levels) for page in document.pages]
    text = "\n\n".join(p for p in parts if p).strip()
    return (text or NOTHING_FOUND) + "\n"


def page_markdown(
    page: PageLayout, image_url: ImageUrl | None = None, levels: dict[float, int] | None = None
) -> str:
    """One page as Markdown; `levels` maps heading sizes to levels (document-wide if given)."""
    levels = levels if levels is not None else heading_levels(DocumentLayout([page]))
    out = [f"<!-- page {page.page_number} -->"]
    previous: Block | None = None
    for block in page.blocks:
        text = _block(block, page.page_number, image_url, levels)
        if text and previous is not None and _continues_line(previous, block):
            out[-1] = f"{out[-1]} {text}"  # "2020", "Ref. 40213 …", "26,29 €": one line
        elif text:
            out.append(text)
        previous = block if text else previous
    return "\n\n".join(out) if len(out) > 1 else ""


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


def _block(
    block: Block, page_number: int, image_url: ImageUrl | None, levels: dict[float, int]
) -> str:
    if block.kind in ("header", "footer"):
        return ""
    if block.kind == "heading":
        return "#" * levels.get(block.font_size, MAX_HEADING_LEVEL) + " " + _inline(block.text)
    if block.kind == "list_item":
        numbered = _NUMBERED.match(block.text)
        if numbered:
            return f"{numbered.group(1)}. " + _inline(block.text[numbered.end() :])
        return "- " + _inline(_LIST_MARK.sub("", block.text, count=1))
    if block.kind == "table" and block.rows:
        return pipe_table(block.rows)
    if block.kind == "figure":
        url = image_url(page_number, block.image_index or 0) if image_url else None
        return (
            f"![Figure {(block.image_index or 0) + 1} on page {page_number}]({url})" if url else ""
        )
    if block.kind == "caption":
        return f"*{_inline(block.text)}*"
    entries = _leader_entries(block.text)
    if entries:
        return "\n".join(f"- {_inline(label)} … {_inline(page)}" for label, page in entries)
    return _inline(block.text)


def _leader_entries(text: str) -> list[tuple[str, str]]:
    """(label, target) of each entry when the whole text is leader lines, else nothing."""
    entries, at = [], 0
    while at < len(text):
        entry = _LEADER_ENTRY.match(text, at)
        if not entry:
            return [] if text[at:].strip() else entries
        entries.append((entry.group(1), entry.group(2)))
        at = entry.end()
    return entries if len(entries) >= MIN_LEADER_ENTRIES else []


def heading_levels(document: DocumentLayout) -> dict[float, int]:
    sizes = sorted(
        {b.font_size for p in document.pages for b in p.blocks if b.kind == "heading"},
        reverse=True,
    )
    return {size: min(i + 1, MAX_HEADING_LEVEL) for i, size in enumerate(sizes)}


def _inline(text: str) -> str:
    """One line of text, with the characters Markdown would read as markup escaped, and a
    leader's dots ("Ref. 40186 .......... 64,19 €") shortened to " … " (what they say)."""
    text = " ".join(_LEADER_DOTS.sub(" … ", text).split())
    return re.sub(r"([\\`*_\[\]<>])", r"\\\1", text)


def pipe_table(rows: list[list[str]]) -> str:
    width = max(len(row) for row in rows)
    padded = [[_cell(c) for c in row] + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(padded[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(row) + " |" for row in padded[1:]]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return _inline(text).replace("|", "\\|")
