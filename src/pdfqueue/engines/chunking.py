"""Chunking engine: page text and OCR text into overlapping chunks that remember their sources.

The splitting itself is semantic-text-splitter's (Rust, no dependencies; ~1 ms for 50 pages):
it cuts at the largest semantic unit that fits — runs of newlines, then sentences, then words —
so chunks rarely end mid-sentence. We add provenance: the sources are joined, each source's
character span in that joined text is recorded, and a chunk's pages and images are those of
the spans its own span overlaps. The splitter reports character offsets (not bytes), so
non-ASCII text maps exactly.

Pages are joined with a blank line and an image's OCR text to its page with a single newline
(pdfium separates lines with one newline). The splitter cuts at the longest newline runs first,
so chunks break at page boundaries where they can, while a figure's few OCR'd words join the
text of their page instead of becoming a chunk of 40 characters.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from semantic_text_splitter import TextSplitter

__all__ = ["BlockChunk", "Chunk", "SourceText", "chunk_layout", "chunk_texts"]

PAGE_SEPARATOR = "\n\n"  # between pages: a paragraph break, where the splitter cuts first
SAME_PAGE_SEPARATOR = "\n"  # between a page's text and its images' OCR text: a line break


@dataclass(frozen=True)
class SourceText:
    """A page's text (`image_id` None) or the OCR text of one image on that page."""

    text: str
    page_number: int
    image_id: str | None = None


@dataclass(frozen=True)
class Chunk:
    index: int  # 0-based position in the document
    content: str
    page_numbers: list[int]  # ascending
    image_ids: list[str]  # in order of appearance
    char_count: int
    start: int = 0  # character span in the joined text of all sources
    end: int = 0


def chunk_texts(
    sources: Sequence[SourceText], *, size: int = 1200, overlap: int = 150
) -> list[Chunk]:
    """Split the sources, in the order given, into chunks of at most `size` characters.

    Neighbouring chunks share up to `overlap` characters. Whitespace-only sources are skipped.
    Give a page's text before the OCR text of its images to keep reading order. Deterministic:
    the same sources always give the same chunks.
    """
    if size < 1:
        raise ValueError(f"chunk size must be at least 1 character, not {size}")
    if not 0 <= overlap < size:
        raise ValueError(
            f"chunk overlap must be between 0 and size - 1 ({size - 1}), not {overlap}"
        )

    parts: list[str] = []
    starts: list[int] = []  # span start of each kept source, ascending
    kept: list[SourceText] = []
    position = 0
    for source in sources:
        text = source.text.strip()
        if not text:
            continue
        if parts:
            same_page = kept[-1].page_number == source.page_number
            separator = SAME_PAGE_SEPARATOR if same_page else PAGE_SEPARATOR
            parts.append(separator)
            position += len(separator)
        starts.append(position)
        kept.append(source)
        parts.append(text)
        position += len(text)
    ends = [start + len(source.text.strip()) for start, source in zip(starts, kept, strict=True)]
    joined = "".join(parts)

    chunks: list[Chunk] = []
    for offset, content in _splitter(size, overlap).chunk_indices(joined):
        end = offset + len(content)
        # Sources whose span [start, end) overlaps [offset, end): from the last one starting
        # at or before `offset` up to the last one starting before `end`.
        first = max(bisect.bisect_right(starts, offset) - 1, 0)
        last = bisect.bisect_left(starts, end) - 1
        touched = [kept[i] for i in range(first, last + 1) if ends[i] > offset]
        image_ids: list[str] = []
        for source in touched:
            if source.image_id is not None and source.image_id not in image_ids:
                image_ids.append(source.image_id)
        chunks.append(
            Chunk(
                index=len(chunks),
                content=content,
                page_numbers=sorted({source.page_number for source in touched}),
                image_ids=image_ids,
                char_count=len(content),
                start=offset,
                end=end,
            )
        )
    return chunks


@lru_cache(maxsize=8)
def _splitter(size: int, overlap: int) -> TextSplitter:
    return TextSplitter(size, overlap=overlap, trim=True)


# --- chunks that follow the document's structure -------------------------------------------


@dataclass(frozen=True)
class BlockChunk:
    """A chunk of a document's layout: blocks of one section, or (part of) one table."""

    index: int
    content: str
    page_numbers: list[int]  # ascending
    heading_path: list[str]  # the headings above it, outermost first
    boxes: list[tuple[int, tuple[float, float, float, float]]]  # (page, block box), in order
    kind: str  # "text" or "table"
    char_count: int


def chunk_layout(document: object, *, size: int = 1200, overlap: int = 150) -> list[BlockChunk]:
    """Chunks of a `layout.DocumentLayout` that follow its structure.

    A chunk never crosses a heading (a new heading starts a new chunk) and records the path of
    headings it sits under, its pages and its blocks' boxes. A table is one chunk when it fits,
    else it is split by rows, each part repeating the header: its own first row, or, when that
    row is data, the column titles printed apart above it (`markdown.table_headers`, whose
    source lines are then not repeated as text) or a blank header. A block longer than `size`
    is split by the semantic splitter; neighbouring chunks of one section share up to `overlap`
    characters. Running headers and footers are left out; figures are left out, their captions
    kept. A heading that opens no section (a price or a code set large, a grid's card's name, a
    chart's legend's label: `markdown.section_headings`) or a bold run-in head whose sentence
    runs on under it (`markdown.runs_on`) is text of its section, and a contents list whose
    pages the layout set apart is one line an entry, each title with its page
    (`markdown.contents_lists`).
    Deterministic.
    """
    from pdfqueue.engines.markdown import (
        contents_lists,
        heading_levels,
        pipe_table,
        runs_on,
        section_headings,
        table_headers,
    )

    if size < 1 or not 0 <= overlap < size:
        raise ValueError(f"need size >= 1 and 0 <= overlap < size, not {size}, {overlap}")
    levels = heading_levels(document)  # type: ignore[arg-type]
    chunks: list[BlockChunk] = []
    path: list[str] = []
    parts: list[str] = []
    boxes: list[tuple[int, tuple[float, float, float, float]]] = []
    headings_only = True

    def emit(content: str, where: list, kind: str) -> None:
        chunks.append(
            BlockChunk(
                index=len(chunks),
                content=content,
                page_numbers=sorted({page for page, _ in where}),
                heading_path=list(path),
                boxes=list(where),
                kind=kind,
                char_count=len(content),
            )
        )

    def flush(keep_tail: bool = False) -> None:
        nonlocal parts, boxes, headings_only
        if parts:
            content = "\n\n".join(parts)
            emit(content, boxes, "text")
            tail = _tail(content, overlap) if keep_tail and overlap else ""
            parts, boxes = ([tail], boxes[-1:]) if tail else ([], [])
        headings_only = True

    for page in document.pages:  # type: ignore[attr-defined]
        headers, titles = table_headers(page)
        contents = contents_lists(page)  # a contents list's pages set apart: to their titles
        within = {n for blocks, _ in contents.values() for n in blocks[1:]}
        sections = section_headings(page)  # no price set large, no grid's labels
        for index, block in enumerate(page.blocks):
            where = (page.page_number, block.bbox)
            if block.kind in ("header", "footer", "figure") or index in titles | within:
                continue
            after = page.blocks[index + 1] if index + 1 < len(page.blocks) else None
            run_in = after is not None and runs_on(block, after)  # its sentence runs on
            if index in sections and not run_in:
                if not headings_only:
                    flush()
                level = levels.of(block)
                path[:] = [*path[: level - 1], block.text]
                parts.append(block.text)
                boxes.append(where)
                continue
            if block.kind == "table" and block.rows:
                flush()
                rows = [headers[index], *block.rows] if index in headers else block.rows
                for piece in _table_pieces(rows, size, pipe_table):
                    emit(piece, [where], "table")
                continue
            text = block.text.strip()
            if index in contents:
                text = "\n".join(f"{title} … {page}" for title, page in contents[index][1])
            if not text:
                continue
            if sum(len(p) + 2 for p in parts) + len(text) > size and not headings_only:
                flush(keep_tail=True)
            if len(text) > size:
                for piece in _splitter(size, overlap).chunks(text):
                    if sum(len(p) + 2 for p in parts) + len(piece) > size and parts:
                        flush()
                    parts.append(piece)
                    boxes.append(where)
                    headings_only = False
                continue
            parts.append(text)
            boxes.append(where)
            headings_only = False
    flush()
    return chunks


def _tail(text: str, overlap: int) -> str:
    """The last `overlap` characters of a chunk, from a word start."""
    if len(text) <= overlap:
        return ""
    tail = text[-overlap:]
    space = tail.find(" ")
    return tail[space + 1 :].strip() if space >= 0 else ""


def _table_pieces(rows: list[list[str]], size: int, render) -> list[str]:
    """A table (its header the first of `rows`) as one piece, or split by rows with the
    header repeated in each."""
    whole = render(rows)
    if len(whole) <= size or len(rows) <= 2:
        return [whole]
    header, body = rows[0], rows[1:]
    pieces, current = [], []
    for row in body:
        if current and len(render([header, *current, row])) > size:
            pieces.append(render([header, *current]))
            current = []
        current.append(row)
    if current:
        pieces.append(render([header, *current]))
    return pieces
