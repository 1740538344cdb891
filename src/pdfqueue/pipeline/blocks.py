"""The document model as the pipeline keeps it: each page's blocks in document_blocks, the
page's own facts (size, source, rotation) in document_pages.layout.

Extraction lays out the pages it reads (`iter_layouts`; pages with a text layer are complete
then). Chunking, which runs once after OCR, completes the document (`complete`): a page without
a text layer gets the layout of its scan from the OCR result stored for its render (and the
photos found on it are cut out of the render and stored as images of their own, source
'figure_crop', so products and the Markdown can link them), and running headers and footers
are marked across the whole document (extraction's parts each see a slice of it). Chunks,
Markdown, products and the API's /blocks all read the completed blocks.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg.types.json import Jsonb

from pdfqueue.pipeline import stages
from pdfqueue.storage import BlobStore, document_prefix

if TYPE_CHECKING:  # the engine (and pdfium) load only where a layout is made or read
    from pdfqueue.engines.layout import DocumentLayout, PageLayout

FIGURE_SHARE = 0.5  # an image is a figure's when this share of it lies in the figure's box


def markdown_key(document_id: Any) -> str:
    """Where a document's Markdown is stored (chunking writes it, the API serves it)."""
    return f"{document_prefix(document_id)}/document.md"


def iter_layouts(
    path: Path, *, password: str | None, pages: tuple[int, int] | None
) -> Iterator[PageLayout]:
    """Each page's layout from its text layer, in order, one page in memory at a time (pages
    without a text layer come out `source="empty"`, to be completed from their OCR)."""
    import pypdfium2 as pdfium

    from pdfqueue.engines.layout import PageLayout, analyse_page

    pdf = pdfium.PdfDocument(str(path), password=password)
    try:
        first, last = pages or (1, len(pdf))
        for number in range(max(1, first), min(last, len(pdf)) + 1):
            page = pdf[number - 1]
            try:
                yield analyse_page(page, number)
            except Exception:  # a page the geometry cannot read keeps its text (document_pages)
                width, height = page.get_size()
                yield PageLayout(number, width, height, source="empty")
            finally:
                page.close()
    finally:
        pdf.close()


def page_facts(page: dict[str, Any]) -> dict[str, Any]:
    """What document_pages.layout keeps of a page's `to_dict()`: all but its blocks."""
    return {k: v for k, v in page.items() if k != "blocks"}


def block_rows(document_id: Any, page: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """insert_block parameters for the blocks of one page's `to_dict()`."""
    for index, block in enumerate(page["blocks"]):
        yield {
            "document_id": document_id,
            "page_number": page["page"],
            "block_index": index,
            "kind": block["kind"],
            "bbox": block["bbox"],
            "text": block["text"] or "",
            "cells": Jsonb(block["cells"]) if block["cells"] is not None else None,
            "style": Jsonb(
                {
                    k: block.get(k)
                    for k in (
                        "font_size",
                        "bold",
                        "ruled",
                        "image_index",
                        "lines",
                        "columns",
                        "head",
                        "asides",
                    )
                }
            ),
        }


def store_pages(conn: psycopg.Connection, document_id: Any, pages: Iterable[dict]) -> None:
    """Replace the stored layout of these pages (their `to_dict()`s) with theirs."""
    pages = list(pages)
    if not pages:
        return
    numbers = [p["page"] for p in pages]
    conn.execute(stages.sql("clear_page_blocks"), {"document_id": document_id, "pages": numbers})
    with conn.cursor() as cur:
        cur.executemany(
            stages.sql("set_page_layout"),
            [
                {
                    "document_id": document_id,
                    "page_number": p["page"],
                    "layout": Jsonb(page_facts(p)),
                }
                for p in pages
            ],
        )
        cur.executemany(
            stages.sql("insert_block"), [row for p in pages for row in block_rows(document_id, p)]
        )


def load(conn: psycopg.Connection, document_id: Any) -> DocumentLayout | None:
    """The document's stored layout, or None when its pages were read before layouts were kept
    (then chunks and products have only the page text to go on)."""
    from pdfqueue.engines.layout import DocumentLayout, PageLayout

    facts = {
        number: layout
        for number, layout in conn.execute(stages.sql("page_layouts"), {"document_id": document_id})
    }
    if not facts or any(layout is None for layout in facts.values()):
        return None
    blocks: dict[int, list[dict[str, Any]]] = {n: [] for n in facts}
    for number, kind, bbox, text, cells, style in conn.execute(
        stages.sql("document_blocks"), {"document_id": document_id}
    ):
        blocks.setdefault(number, []).append(
            {"kind": kind, "bbox": bbox, "text": text, "cells": cells, **(style or {})}
        )
    return DocumentLayout(
        [PageLayout.from_dict({**facts[n], "blocks": blocks.get(n, [])}) for n in sorted(facts)]
    )


def complete(
    conn: psycopg.Connection,
    store: BlobStore,
    document_id: Any,
    document: DocumentLayout,
    crops: list[dict[str, Any]] | None = None,
) -> list[PageLayout]:
    """Lay out the scanned pages from their OCR and mark running headers and footers across
    the document (in place); returns the pages that changed, to be stored again. With a
    `crops` list, each figure found on a scan is cut out of its render and stored, and its
    image row (`store_crops`) appended to the list."""
    from pdfqueue.engines.layout import mark_running, page_from_ocr

    before = {p.page_number: p.to_dict() for p in document.pages}
    empty = [p.page_number for p in document.pages if p.source == "empty"]
    scans = {
        number: (storage_path, result)
        for number, storage_path, result in conn.execute(
            stages.sql("page_scans"), {"document_id": document_id, "pages": empty}
        )
    }
    for i, page in enumerate(document.pages):
        if page.page_number not in scans:
            continue
        storage_path, result = scans[page.page_number]
        image = _picture(store, storage_path)
        document.pages[i] = page_from_ocr(
            result, page.page_number, page.width, page.height, image=image
        )
        if crops is not None and image is not None:
            crops += store_crops(store, document_id, document.pages[i], image)
    mark_running(document)
    return [p for p in document.pages if p.to_dict() != before[p.page_number]]


CROP_INDEX_BASE = 10_000  # figure crops' image_index on their page: after every extracted one


def store_crops(
    store: BlobStore, document_id: Any, page: PageLayout, render: Any
) -> list[dict[str, Any]]:
    """Cut a scanned page's figures out of its render, store them as blobs, and return their
    insert_figure_crop rows (ids chosen here, so the Markdown can link them at once)."""
    import hashlib
    import uuid

    from pdfqueue.engines.layout import crop_figures

    rows = []
    for crop in crop_figures(page, render):
        key = f"{document_prefix(document_id)}/figures/{page.page_number}-{crop.image_index}.jpg"
        store.put_bytes(key, crop.data)
        rows.append(
            {
                "id": str(uuid.uuid4()),
                "page_number": page.page_number,
                "image_index": CROP_INDEX_BASE + crop.image_index,
                "storage_path": key,
                "mime_type": "image/jpeg",
                "width": crop.width,
                "height": crop.height,
                "bbox": dict(zip(("left", "bottom", "right", "top"), crop.bbox, strict=True)),
                "sha256": hashlib.sha256(crop.data).hexdigest(),
            }
        )
    return rows


def _picture(store: BlobStore, key: str) -> Any:
    """The page's render as a PIL image (photos on a scan become figures), or None."""
    from PIL import Image

    try:
        return Image.open(io.BytesIO(store.read_bytes(key)))
    except Exception:  # without the render the page still gets its text blocks
        return None


def figure_images(
    document: DocumentLayout, images: Iterable[tuple[Any, int, Any]]
) -> dict[tuple[int, int], str]:
    """(page, figure index) -> the stored image drawn there, by box: `images` are (id, page,
    bbox) as document_images keeps them (PDF space, {left, bottom, right, top} or a list)."""
    from pdfqueue.engines.layout import page_space

    by_page: dict[int, list[tuple[str, tuple[float, ...]]]] = {}
    for image_id, page_number, bbox in images:
        found_box = box(bbox)
        if found_box is not None:
            by_page.setdefault(page_number, []).append((str(image_id), found_box))
    found: dict[tuple[int, int], str] = {}
    for page in document.pages:
        for block in page.blocks:
            if block.kind != "figure" or block.image_index is None:
                continue
            fig = page_space(page, block.bbox)
            for image_id, image_box in by_page.get(page.page_number, []):
                if _share_inside(image_box, fig) >= FIGURE_SHARE:
                    found[(page.page_number, block.image_index)] = image_id
                    break
    return found


def box(bbox: Any) -> tuple[float, float, float, float] | None:
    """An image's stored bbox (jsonb: a list or {left, bottom, right, top}) as a tuple."""
    if isinstance(bbox, str):
        bbox = json.loads(bbox)
    if isinstance(bbox, dict):
        bbox = [bbox.get(k) for k in ("left", "bottom", "right", "top")]
    if not bbox or len(bbox) != 4 or any(v is None for v in bbox):
        return None
    return tuple(float(v) for v in bbox)  # type: ignore[return-value]


def _share_inside(box: tuple[float, ...], fig: tuple[float, ...]) -> float:
    width = min(box[2], fig[2]) - max(box[0], fig[0])
    height = min(box[3], fig[3]) - max(box[1], fig[1])
    area = max((box[2] - box[0]) * (box[3] - box[1]), 1e-6)
    return max(width, 0) * max(height, 0) / area
