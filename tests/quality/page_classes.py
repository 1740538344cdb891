"""Page categories as the pipeline gives them, run in one process without a database.

The pipeline classifies chunks, not pages (stage 4, `pipeline/analysis.py`), and stores no
category per page. A page's chunks are the layout's chunks that hold its blocks
(`engines/chunking.chunk_layout` over the document model of `engines/layout.py`, pages without
a text layer laid out from their OCR) and the chunks of OCR text of the embedded images drawn on
it, as stage 3 makes them. Each is classified as stage 4 does it. To score pages, a page takes
the category with the largest sum of its chunks' probabilities, each chunk weighted by its
characters on that page (a chunk over two pages counts on each by the share of its blocks' text
there); a page without any chunk is OTHER, what the classifier says of too little text.

Used by `bench/quality.py --sections classification` and the fast test beside this file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels" / "pages.json"
PASSWORDS = {  # the corpus's encrypted files, opened with their user passwords (MANIFEST.tsv)
    "edge-encrypted-aes256-user-password.pdf": "baz",
    "edge-encrypted-libreoffice-password.pdf": "openpassword",
}
RENDER_DPI = 200  # config.Settings.render_dpi: scanned pages are rendered at this for OCR
CHUNK_SIZE, CHUNK_OVERLAP = 1200, 150  # config.Settings.chunk_size / chunk_overlap


@dataclass
class PageChunk:
    """A chunk as stage 3 stores it, with its characters on each page."""

    content: str
    kind: str  # "text", "table" or "image_text"
    heading_path: list[str]
    chars_on: dict[int, float]  # page -> characters of the chunk on that page
    scores: dict[str, float] = field(default_factory=dict)  # stage 4's probabilities
    label: str = ""


def load_labels() -> list[dict[str, Any]]:
    return json.loads(LABELS.read_text(encoding="utf-8"))["pages"]


def labelled_documents(
    labels: Iterable[dict[str, Any]], corpus: Path, generated: Path
) -> dict[Path, dict[int, str]]:
    """{pdf: {page: category}}; q-*.pdf are the generated catalogs (tests/quality/generate.py)."""
    out: dict[Path, dict[int, str]] = {}
    for row in labels:
        folder = generated if row["file"].startswith("q-") else corpus
        out.setdefault(folder / row["file"], {})[row["page"]] = row["category"]
    return out


def layout_chunks(document: Any) -> list[PageChunk]:
    """The layout's chunks (stage 3), each with its characters per page."""
    from pdfqueue.engines.chunking import chunk_layout

    chars = {
        (page.page_number, block.bbox): len(block.text or "")
        for page in document.pages
        for block in page.blocks
    }
    out = []
    for chunk in chunk_layout(document, size=CHUNK_SIZE, overlap=CHUNK_OVERLAP):
        per_page: dict[int, float] = {}
        for page, box in chunk.boxes:
            per_page[page] = per_page.get(page, 0.0) + max(chars.get((page, box), 0), 1)
        total = sum(per_page.values())
        out.append(
            PageChunk(
                content=chunk.content,
                kind=chunk.kind,
                heading_path=chunk.heading_path,
                chars_on={p: chunk.char_count * n / total for p, n in per_page.items()},
            )
        )
    return out


def picture_chunks(path: Path, pages: Iterable[int], ocr: Any) -> list[PageChunk]:
    """Chunks of the OCR text of the embedded images on `pages` (first placement of each
    distinct image), as stage 3 chunks them beside the layout's."""
    from pdfqueue.engines.chunking import SourceText, chunk_texts
    from pdfqueue.engines.pdf import iter_pages

    password = PASSWORDS.get(path.name)
    sources, seen = [], set()
    for number in sorted(pages):
        for page in iter_pages(
            path, render_dpi=RENDER_DPI, password=password, pages=(number, number)
        ):
            for image in page.images:
                if image.source != "embedded" or not image.needs_ocr or image.sha256 in seen:
                    continue
                seen.add(image.sha256)
                text = ocr.recognize(image.data).text
                if text.strip():
                    sources.append(SourceText(text, page.page_number, image.sha256))
    return [
        PageChunk(
            content=c.content,
            kind="image_text",
            heading_path=[],
            chars_on={p: c.char_count / len(c.page_numbers) for p in c.page_numbers},
        )
        for c in chunk_texts(sources, size=CHUNK_SIZE, overlap=CHUNK_OVERLAP)
    ]


def document_chunks(path: Path, pages: Sequence[int], ocr: Any) -> list[PageChunk]:
    """The chunks stage 3 makes of `path` that touch `pages` (the whole document is laid out
    and chunked, so chunks and running headers are as in the pipeline). With `ocr` None, pages
    without a text layer and text in pictures are left unread (the fast test's subset)."""
    from pdfqueue.engines.layout import analyse_document

    document = analyse_document(
        path, ocr=ocr, password=PASSWORDS.get(path.name), render_dpi=RENDER_DPI
    )
    wanted = set(pages)
    chunks = [c for c in layout_chunks(document) if wanted & set(c.chars_on)]
    return chunks + (picture_chunks(path, wanted, ocr) if ocr is not None else [])


def classify_chunks(chunks: Sequence[PageChunk], embedder: Any) -> None:
    """Stage 4 without the LLM: embed the chunks in one call, classify each (in place)."""
    from pdfqueue.engines.classification import classify

    if not chunks:
        return
    vectors = embedder.embed([c.content for c in chunks])
    for chunk, vector in zip(chunks, vectors, strict=True):
        result = classify(
            chunk.content,
            embedding=vector,
            embedder=embedder,
            kind=chunk.kind,
            heading_path=chunk.heading_path,
            page=min(chunk.chars_on),
        )
        chunk.label, chunk.scores = result.label, result.scores


def page_category(chunks: Iterable[PageChunk], page: int) -> str:
    """The category with the largest character-weighted sum of probabilities on `page`."""
    totals: dict[str, float] = {}
    for chunk in chunks:
        weight = chunk.chars_on.get(page, 0.0)
        for category, probability in chunk.scores.items():
            totals[category] = totals.get(category, 0.0) + weight * probability
    if not totals or not any(totals.values()):
        return "OTHER"
    return max(totals, key=lambda c: totals[c])


def predict_pages(path: Path, pages: Sequence[int], ocr: Any, embedder: Any) -> dict[int, str]:
    """{page: predicted category} for `pages` of `path`."""
    chunks = document_chunks(path, pages, ocr)
    classify_chunks(chunks, embedder)
    return {page: page_category(chunks, page) for page in pages}
