"""Headings as the engine gives them, and the true ones of a PDF's own outline (bookmarks).

Predicted: the headings of the document's Markdown, each with its page and its level.
True, for a real PDF: the entries of the author's outline whose text is printed on the page
they point at (as a run of the page's words, after `scoring.tokens`' folding); an outline may
name what no heading prints (a file's name, a page that is all figure, a sentence of the text
bookmarked: more than `SENTENCE_WORDS` words ending in a stop), and those say nothing about the
page's headings. Levels are the outline's depth, 1 the top.
Shared by bench/quality.py (the structure section) and the fast tests in this folder.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from pdfqueue.engines.layout import DocumentLayout
from pdfqueue.engines.markdown import heading_levels, page_markdown


def predicted_headings(document: DocumentLayout) -> list[dict[str, Any]]:
    """The headings Markdown prints (`#` to `######`), with their pages and levels: what a
    reader of the output sees (column titles that became a table's header, a contents list's
    lines and a run-in head joined to its sentence are none)."""
    levels = heading_levels(document)
    out = []
    for page in document.pages:
        for line in page_markdown(page, None, levels).splitlines():
            heading = _HEADING.fullmatch(line)
            if heading:
                text = re.sub(r"\\([\\`*_\[\]<>])", r"\1", heading.group(2))
                out.append({"page": page.page_number, "text": text, "level": len(heading.group(1))})
    return out


_HEADING = re.compile(r"(#{1,6}) (.+)")


def _words(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.category(c).startswith("M"))
    return " ".join(re.findall(r"\w+", folded))


SENTENCE_WORDS = 12  # an outline entry longer than this that ends a sentence names no heading


def outline_headings(
    pdf: Path, pages: tuple[int, int] | None = None, max_depth: int = 6
) -> list[dict[str, Any]]:
    """The outline's entries printed on their target page (within `pages`, 1-based)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        out: list[dict[str, Any]] = []
        texts: dict[int, str] = {}
        for entry in document.get_toc(max_depth=max_depth):
            dest = entry.get_dest()
            index = dest.get_index() if dest is not None else None
            title = " ".join((entry.get_title() or "").split())
            if index is None or not title or not 0 <= index < len(document):
                continue
            number = index + 1
            if pages and not pages[0] <= number <= pages[1]:
                continue
            if number not in texts:
                page = document[index]
                textpage = page.get_textpage()
                texts[number] = f" {_words(textpage.get_text_range())} "
                textpage.close()
                page.close()
            wanted = _words(title)
            if not wanted or f" {wanted} " not in texts[number]:
                continue
            if len(title.split()) > SENTENCE_WORDS and title.endswith((".", "!", "?")):
                continue  # a sentence of the text bookmarked, no heading
            heading = {"page": number, "text": title, "level": entry.level + 1}
            if heading not in out:
                out.append(heading)
        return out
    finally:
        document.close()
