"""The chunking engine: sizes, overlap, and the pages and images each chunk came from."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pdfqueue.engines.chunking import (
    PAGE_SEPARATOR,
    SAME_PAGE_SEPARATOR,
    Chunk,
    SourceText,
    chunk_texts,
)
from pdfqueue.engines.pdf import iter_pages


def joined(sources: list[SourceText]) -> str:
    """The text chunk offsets refer to: sources joined by page or same-page separators."""
    text, previous = "", None
    for source in (s for s in sources if s.text.strip()):
        if previous is not None:
            same = previous.page_number == source.page_number
            text += SAME_PAGE_SEPARATOR if same else PAGE_SEPARATOR
        text += source.text.strip()
        previous = source
    return text


@pytest.fixture(scope="module")
def paper(corpus: Path) -> list[SourceText]:
    """The first four pages of a real paper, plus OCR text of two images on pages 2 and 3."""
    sources = [
        SourceText(page.text, page.page_number)
        for page in iter_pages(corpus / "text-tracemonkey-paper-14p.pdf", extract_images=False)
        if page.page_number <= 4
    ]
    sources.insert(2, SourceText("Figure 1. Sample program: sieve of primes", 2, "img-fig1"))
    sources.insert(4, SourceText("Figure 2. State machine of the trace monitor", 3, "img-fig2"))
    return sources


def test_chunks_respect_the_size_and_cover_the_text(paper: list[SourceText]) -> None:
    chunks = chunk_texts(paper, size=800, overlap=100)
    text = joined(paper)
    assert len(chunks) > len(paper)
    assert [c.index for c in chunks] == list(range(len(chunks)))
    for chunk in chunks:
        assert 0 < chunk.char_count == len(chunk.content) <= 800
        assert text[chunk.start : chunk.end] == chunk.content
    assert chunks[0].start == 0 and chunks[-1].end == len(text.rstrip())


def test_neighbouring_chunks_overlap(paper: list[SourceText]) -> None:
    chunks = chunk_texts(paper, size=800, overlap=100)
    overlapping = [a.end > b.start for a, b in itertools.pairwise(chunks)]
    assert sum(overlapping) >= len(overlapping) // 2
    for a, b in itertools.pairwise(chunks):
        assert a.end - b.start <= 100  # never more than the overlap asked for
    without = chunk_texts(paper, size=800, overlap=0)
    assert all(a.end <= b.start for a, b in itertools.pairwise(without))


def test_pages_and_images_are_tracked_across_page_boundaries(paper: list[SourceText]) -> None:
    chunks = chunk_texts(paper, size=800, overlap=100)
    text = joined(paper)
    spans = []  # (start, end, source) of every source in the joined text
    position = 0
    for source in (s for s in paper if s.text.strip()):
        start = text.index(source.text.strip(), position)
        spans.append((start, start + len(source.text.strip()), source))
        position = start
    for chunk in chunks:
        touched = [s for start, end, s in spans if start < chunk.end and end > chunk.start]
        assert chunk.page_numbers == sorted({s.page_number for s in touched})
        assert chunk.image_ids == [s.image_id for s in touched if s.image_id]
    # A figure's OCR text joins its page's text rather than forming a tiny chunk of its own.
    (figure,) = [c for c in chunks if "img-fig1" in c.image_ids]
    assert figure.page_numbers == [2] and "sieve of primes" in figure.content
    assert figure.content.index("Figure 1.") > 50


def test_short_pages_share_a_chunk() -> None:
    sources = [SourceText(f"Page {n} says one short thing about tiles.", n) for n in (1, 2, 3)]
    sources.append(SourceText("OCR: Oak 60x60 cm", 3, "img-oak"))
    (chunk,) = chunk_texts(sources, size=1200, overlap=150)
    assert chunk.page_numbers == [1, 2, 3] and chunk.image_ids == ["img-oak"]
    assert chunk.content.startswith("Page 1") and chunk.content.endswith("60x60 cm")


def test_whitespace_sources_are_skipped_and_output_is_deterministic() -> None:
    sources = [
        SourceText("   \n\t ", 1),
        SourceText("Alpha beta gamma. " * 30, 2),
        SourceText("", 3, "img-empty"),
        SourceText("Delta epsilon. " * 30, 4, "img-4"),
    ]
    first = chunk_texts(sources, size=200, overlap=40)
    assert first == chunk_texts(sources, size=200, overlap=40)
    assert all(1 not in c.page_numbers and 3 not in c.page_numbers for c in first)
    assert all("img-empty" not in c.image_ids for c in first)
    assert chunk_texts([SourceText(" ", 1)]) == []
    assert chunk_texts([]) == []


def test_non_ascii_text_keeps_exact_offsets() -> None:
    sources = [SourceText("Größe: 60×60 cm — Farbe: weiß. " * 20, 1), SourceText("한국어 " * 80, 2)]
    chunks = chunk_texts(sources, size=120, overlap=20)
    text = joined(sources)
    assert all(text[c.start : c.end] == c.content for c in chunks)
    assert {1, 2} == {p for c in chunks for p in c.page_numbers}


@pytest.mark.parametrize(("size", "overlap"), [(0, 0), (100, 100), (100, -1)])
def test_bad_settings_are_refused(size: int, overlap: int) -> None:
    with pytest.raises(ValueError, match="chunk"):
        chunk_texts([SourceText("text", 1)], size=size, overlap=overlap)


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(st.text(min_size=0, max_size=300), min_size=1, max_size=8),
    size=st.integers(min_value=20, max_value=200),
)
def test_any_text_chunks_within_size_with_valid_provenance(texts: list[str], size: int) -> None:
    sources = [SourceText(t, i + 1, f"img-{i}" if i % 2 else None) for i, t in enumerate(texts)]
    chunks: list[Chunk] = chunk_texts(sources, size=size, overlap=size // 4)
    text = joined(sources)
    valid_pages = {s.page_number for s in sources if s.text.strip()}
    for chunk in chunks:
        assert chunk.char_count <= size and chunk.content.strip()
        assert text[chunk.start : chunk.end] == chunk.content
        assert chunk.page_numbers and set(chunk.page_numbers) <= valid_pages


# --- chunks that follow the layout ----------------------------------------------------------


def _document(blocks_by_page):
    from pdfqueue.engines.layout import DocumentLayout, PageLayout

    pages = []
    for number, blocks in enumerate(blocks_by_page, start=1):
        page = PageLayout(number, 600, 800)
        page.blocks = blocks
        pages.append(page)
    return DocumentLayout(pages)


def _block(kind, text="", size=10.0, rows=None):
    from pdfqueue.engines.layout import Block

    return Block(kind, (0.0, 0.0, 1.0, 1.0), text, rows=rows, font_size=size)


def test_layout_chunks_do_not_cross_headings_and_keep_their_path() -> None:
    from pdfqueue.engines.chunking import chunk_layout

    document = _document(
        [
            [
                _block("header", "Journal of Things"),
                _block("heading", "Manual", 20),
                _block("heading", "Safety", 14),
                _block("paragraph", "Keep the lid closed."),
            ],
            [_block("heading", "Cleaning", 14), _block("paragraph", "Rinse with water.")],
        ]
    )
    chunks = chunk_layout(document, size=200, overlap=20)
    assert [c.content for c in chunks] == [
        "Manual\n\nSafety\n\nKeep the lid closed.",
        "Cleaning\n\nRinse with water.",
    ]
    assert chunks[0].heading_path == ["Manual", "Safety"]
    assert chunks[1].heading_path == ["Manual", "Cleaning"]
    assert chunks[1].page_numbers == [2]


def test_a_long_table_is_split_by_rows_with_its_header() -> None:
    from pdfqueue.engines.chunking import chunk_layout

    rows = [["Code", "Name"]] + [[f"A-{i:03}", f"Product number {i}"] for i in range(40)]
    chunks = chunk_layout(_document([[_block("table", rows=rows)]]), size=300, overlap=0)
    assert len(chunks) > 2 and all(c.kind == "table" for c in chunks)
    assert all(c.content.startswith("| Code | Name |\n| --- | --- |") for c in chunks)
    assert all(c.char_count <= 300 for c in chunks)
    body = [line for c in chunks for line in c.content.splitlines()[2:]]
    assert body == [f"| A-{i:03} | Product number {i} |" for i in range(40)]  # each row once


def test_a_short_table_stays_whole() -> None:
    from pdfqueue.engines.chunking import chunk_layout

    rows = [["Code", "Name"], ["A-1", "Oak"]]
    (chunk,) = chunk_layout(_document([[_block("table", rows=rows)]]), size=300, overlap=0)
    assert chunk.content == "| Code | Name |\n| --- | --- |\n| A-1 | Oak |"


def test_a_table_whose_first_row_is_data_is_headed_by_the_titles_printed_above_it(
    tmp_path: Path,
) -> None:
    """A price list titled once over its sections: each section's table chunk is headed by
    those titles (not by its first item, which stays a row), and the titles' line is not a
    text chunk of its own."""
    from test_markdown_tables import SECTIONS, _price_list

    from pdfqueue.engines.chunking import chunk_layout
    from pdfqueue.engines.layout import analyse_document

    document = analyse_document(
        _price_list(tmp_path / "list.pdf", ("Pos.", "Name", "Unit", "Price"))
    )
    chunks = chunk_layout(document, size=2000, overlap=0)
    tables = [c.content for c in chunks if c.kind == "table"]
    assert len(tables) == len(SECTIONS)
    for content, (heading, items) in zip(tables, SECTIONS, strict=True):
        number = heading.split()[0]
        assert content.splitlines()[:3] == [
            "| Pos. | Name | Unit | Price |",
            "| --- | --- | --- | --- |",
            f"| {number}.1 | {items[0][0]} | {items[0][1]} | {items[0][2]} |",
        ]
    assert not any("Unit" in c.content for c in chunks if c.kind == "text")


def test_a_long_table_without_titles_keeps_every_row_under_a_blank_header() -> None:
    from pdfqueue.engines.chunking import chunk_layout

    rows = [[f"A-{i:03}", f"{10 + i},50"] for i in range(40)]
    chunks = chunk_layout(_document([[_block("table", rows=rows)]]), size=300, overlap=0)
    assert len(chunks) > 2
    assert all(c.content.startswith("|  |  |\n| --- | --- |") for c in chunks)
    body = [line for c in chunks for line in c.content.splitlines()[2:]]
    assert body == [f"| A-{i:03} | {10 + i},50 |" for i in range(40)]
