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

__all__ = ["Chunk", "SourceText", "chunk_texts"]

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
