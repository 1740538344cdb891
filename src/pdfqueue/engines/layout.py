"""The document model: each page's blocks in reading order, with their kind, box and text.

Built from pypdfium2's character boxes on pages with a text layer, and from Tesseract's word
boxes on scanned pages (`page_from_ocr`), by one geometry (`layout_words`), so both kinds of
page give the same model:

1. **Words, then segments.** Characters join into words at spaces and gaps; words on one
   baseline join into a *segment* unless a gap wider than `SEGMENT_GAP` times the text height
   parts them: a column gutter or a table's column gap ends a segment, a word space does not.
   Words drawn far off the page are dropped. A segment that starts in a right-to-left script
   (Arabic, Hebrew) runs leftwards, its words in reading order. A bullet glyph set apart from
   its line starts that line; the pieces of a justified line, parted by wide word spaces that
   the lines above or below span (a gutter is empty on every line), join again.
2. **Figures.** Images large enough to be figures, except those with text drawn over them: a
   page's frame, a panel, a decoration or a text shadow is a background, not a figure.
3. **Tables.** Ruled tables come from the page's stroked paths (cell rectangles and rules): the
   grid's column and row edges, each segment in the cell under its centre; a path with a
   curve or a slanted line (a wheel's spokes, an arc) draws a picture and rules nothing,
   whatever its box. Borderless tables are
   runs of at least `MIN_TABLE_ROWS` lines of several short segments whose x-extents fall into
   the same `>= 2` columns (the columns are the union of the segments' extents); a one-cell line
   continues the row above only when it sits closer under it than the rows sit to each other. A
   run of captions under a row of photos is a product grid, not a table: those lines stay
   captions. A heading in larger type centred across a run is a row of it that makes no
   column; a line of a large title beside a small note (a page's head) starts no run. A line
   of notes under a row (sentences starting where columns start) is a row of its own that
   makes no column; a lone dash right of an amount is a cell, not a bullet; lines under two
   photos that form a table under each (four columns or more) are tables, not cards' text;
   two lines that fill the same three columns or more, one cell in each and figures in the
   second, are a table of two rows (a wine's two vintages, a data sheet's titles over its one
   accessory). Two columns of text whose lines lie level across the gutter (a publisher's
   entries, each a title with its price at the column's right) are no table: on either side
   of a gap in the run's middle few lines hold two cells; nor are price lists set in
   columns side by side (each column with the prices right of it a list of its own, lines
   ending in an amount and lines of words alone, as no table's column of names holds), nor
   cards framed apart (each card's lines in a drawn frame of its own, no table in any), nor
   cards whose lines each set a style of their own (a calendar door's date, big day number,
   bold name and copy), nor an entry's lines with a note beside a few of them (its price
   level with its name, "ex VAT" under it, a thumbnail's number: one column fills every line,
   each other two at most). A folder's panels, parted by fold lines (thin rules the page down,
   the lines either side not level), are each searched for tables on their own, and so are
   page columns parted by a blank gutter, their lines not level across it (a price list's
   families in two columns); a table ends where a heading stands over its titles repeated
   (the next family's).
   Shaded cells (stroked and filled, a line or two high) rule a table as outlined ones do, a
   line is cut where a cell's edge runs between two of its words, and a spreadsheet's printed
   column letters and row numbers frame its cells, not its text. A table ruled by its rows only
   (a box round each row, no edges between cells) has its rows from the rules and its columns
   from its text's gutters, its titles in the band right over its first row; so has one ruled by
   a hairline under each row, the hairlines apart, of one extent and a line or two of text apart
   (a key table under a drawing), when its lines were too far apart for a borderless table.
   Column titles set closer together than the cells under them (one segment bridging two
   columns) are cut where a gutter of the rows runs between two of their words, at an aligned
   column's edge; a large heading beside a photo starts no section of the table above it. A
   row's segment that runs from one column across the gutter into the next, its part past the
   column's end opening with an amount (a sale price set in the gutter before the price it
   replaces, a price set close after a date), is cut there; so is the first row under a line
   of column titles alone, the titles giving the columns.
4. **Reading order** by recursive XY-cut, cutting at the widest empty band first: a full-width
   title is cut from the body by its blank band, then the gutter between two columns is wider
   than any gap between lines, so a two-column page is read column by column. A figure and the
   short lines right under it (its caption, ending at a line too wide to caption it) are
   ordered as one unit, and a region holding rows
   of such units side by side (a product grid) is cut between its rows first, so it reads row
   by row however wide its column gaps are.
5. **Blocks and kinds.** Consecutive lines close together, of one size, join into a block
   (a line in capitals over one that is not, in another size however close, does not: a
   brand over its first entry's name).
   A block is a `heading` when its text is larger than the page's body text (or bold, short and
   not a sentence) and not a price alone ("17 690 Kč" set large names no section), a `list_item`
   when it starts with a bullet or a number, a `caption` when it sits right under or over a
   figure (or starts with "Figure"/"Table", not a sentence citing one: "Figure 7 shows"), a
   `figure` for an image, a `table` with its `rows`, else a `paragraph`. `mark_running` then
   turns blocks in the top or bottom margin whose text (digits aside) recurs on several pages,
   and bare page numbers, into `header` / `footer`.

Boxes are `(left, top, right, bottom)` in PDF points from the page's top-left corner (so reading
order sorts by `top`); `pdf_bbox` converts one back to PDF's bottom-left space. A page whose text
mostly runs sideways or upside down is laid out in the frame where it reads upright
(`PageLayout.rotation` says how far it was turned, and its boxes are in that frame; `page_space`
maps a box back to the stored page, where its images are); a scanned page is laid out from
Tesseract's words on its render, in the render's upright frame, its photos found in the render
(`figures_in_image`: regions almost wholly ink, grown to the faint outline around them when
a photo's white backdrop merges with the paper; on a panel, what differs from its fill) and cut
out of it by `crop_figures`, so they can be stored as images. An OCR'd word's box spans its
line's ascent to descent and its size is its line's type size (from `OcrWord.baseline` and
`font_px`), snapped to the few sizes the page's estimates gather around (`_snap_sizes`).

Measured cost (BENCHMARKS.md, "Quality"): a few milliseconds per ordinary page, most of it one
pdfium call per character for its box.
"""

from __future__ import annotations

import ctypes
import itertools
import math
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pdfqueue.engines import currencies, scanned_prices
from pdfqueue.engines.name_badges import badges_after_names
from pdfqueue.engines.pdf import STAMP_MAX_CHARS, open_pdf, stamped_scan, walk_objects
from pdfqueue.engines.turned_headers import tables_under_turned_heads

__all__ = [
    "Block",
    "DocumentLayout",
    "FigureCrop",
    "PageLayout",
    "Word",
    "analyse_document",
    "analyse_page",
    "crop_figures",
    "layout_words",
    "mark_running",
    "page_from_ocr",
    "page_space",
    "pdf_bbox",
    "union",
]

BlockKind = Literal[
    "heading", "paragraph", "list_item", "table", "figure", "caption", "header", "footer"
]
Box = tuple[float, float, float, float]


def union(boxes: Sequence[Box]) -> Box:
    """The smallest box (left, top, right, bottom) holding every one of `boxes` (at least one).
    The one place a union of boxes is taken, here and in the catalog built on this model."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _edges(item: Word | _Segment) -> Box:
    """A word's or a segment's box."""
    return (item.left, item.top, item.right, item.bottom)


MAX_RENDER_PIXELS = 9_000_000  # a page rendered for OCR is at most this big (A4 at 300 dpi)
SEGMENT_GAP = 1.0  # a gap wider than this many text heights ends a segment (column, cell)
WORD_GAP = 0.15  # a gap wider than this many text heights between glyphs is a word space
MIN_TABLE_ROWS = 3  # a borderless table has at least this many lines of cells
MAX_CELL_WORDS = 8  # a borderless table's cells are short (the median cell at most this)
MULTI_CELL_SHARE = 0.5  # at least this share of a borderless table's lines hold several cells
ROW_GAP = 1.6  # lines further apart than this many heights are not one table or paragraph
PARAGRAPH_GAP = 0.75  # lines of a paragraph are at most this many heights apart (baselines ~1.2)
HEADING_SIZE = 1.18  # text this much larger than the page's body text is a heading
SUBSECTION_SIZE = 1.08  # a numbered subsection's title in regular type this much larger
CENTRED_SHARE = 0.1  # a heading this share of a table's width off its centre is centred on it
MARGIN_SHARE = 0.08  # top and bottom share of the page where running headers/footers live
RUNNING_SHARE = 0.5  # a margin text on this share of the pages (at least 2) is running
MIN_FIGURE_SIDE = 24.0  # points: smaller images are bullets, rules and logos
CAPTION_DISTANCE = 24.0  # points between a figure and the text that captions it
SHADED_CELL_HEIGHT = 30.0  # points: a stroked and filled rectangle at most this high is a cell
FILL_SEGMENTS = 24  # segments of a filled shape behind a word at most (a pill: 4 lines, 4 arcs)
MIN_RULE_CELLS = 4  # stroked rectangles/rules that make a ruled table
MIN_RULES_ACROSS = 3  # row edges a ruled table rules across its width (frame and a row)
RULED_ACROSS_SHARE = 0.8  # share of a ruled table's width a row edge's rules cover
RULE_END_SLACK = 3.0  # points the ends of a row-ruled table's hairlines may differ by
MIN_CUT_HEAD = 2  # letters or digits a column's value holds before a sale price cut off it
STACKED_GAP = 2.5  # a hairline this many times the usual spacing below the last ends the run
MIN_GROUP_ROWS = 2  # group rows inside a row-ruled table's bands, alike, that show the form
GROUP_ROW_PITCH = 1.6  # a group row's line stands this many of its heights over its row
STACKED_ROW_LINES = 3.0  # hairlines a table's rows apart stand this many text lines apart at most
FRAMED_ROW_LINES = 8.0  # rules across a frame stand this many text lines apart at most (a row
# of a framed list holds a description wrapped over lines; a card a title, its lines, a photo)
OCR_BOX_PAD = 0.25  # share of an OCR word's height added above and below (see page_from_ocr)
# A text layer's word box (pdfium's loose boxes) reaches this many ems above and below the
# baseline (measured on the generated catalogs: 0.87-0.98 above, 0.20-0.25 below)
OCR_ASCENT = 0.92
OCR_DESCENT = 0.22

# a bullet: a mark, a number or a letter; or a symbol font's glyph, which a text layer gives in
# the private use area (Wingdings' check mark "\uf0fc", Symbol's bullet "\uf0b7")
_BULLET = re.compile(r"^\s*(?:[•·▪■◦●○\-–*\uf020-\uf0ff]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
_CAPTION = re.compile(
    r"^(?:fig(?:ure)?\.?|table|tab\.|abb\.|abbildung|tableau)\s*(?:[A-Z]\.)?\d", re.I
)
# a sentence of the text that cites a figure or a table: its number, then a word in lower case
# ("Figure 7 shows", "Table 2 lists", "Abbildung 3 zeigt"), where a caption's number is followed
# by its stop, a dash or its title's capital ("Figure 7: Nested trees", "Fig. 3 Overview")
_CITES_FIGURE = re.compile(
    r"(?i:fig(?:ure)?s?\.?|table|tab\.|abb\.|abbildung|tableau)\s*(?:[A-Z]\.)?\d[\w./]*"
    r"\s+[a-zß-ÿ]{2,}\b(?!\))"
)
# a page's number: "7", "Page 3 of 10", "Seite 2/5", and one between dashes ("-14-", "— 3 —")
_PAGE_NUMBER = re.compile(
    r"^(?:(?:page\s*|seite\s*|p\.\s*)?\d{1,4}(?:\s*(?:/|of|von)\s*\d{1,4})?"
    r"|[-–—]\s*\d{1,4}\s*[-–—])$",
    re.I,
)


@dataclass
class Word:
    """A word (or an OCR word) with its box in points from the page's top-left."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    size: float  # font size (text layer) or word height (OCR), in points
    bold: bool = False
    colour: tuple[int, int, int] | None = None  # text layer: the fill colour it is printed in

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


@dataclass
class _Segment:
    words: list[Word]
    left: float
    top: float
    right: float
    bottom: float

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)

    @property
    def size(self) -> float:
        marked = [w for w in self.words if w.text not in _BULLET_GLYPHS] or self.words
        return statistics.median(w.size for w in marked)

    @property
    def bold(self) -> bool:
        return sum(w.bold for w in self.words) * 2 > len(self.words)


@dataclass
class Block:
    """One block of a page: its kind, box, text, and for a table its rows of cells."""

    kind: BlockKind
    bbox: Box
    text: str
    rows: list[list[str]] | None = None  # tables: rows of cell texts, header first
    font_size: float = 0.0
    bold: bool = False
    ruled: bool | None = None  # tables: drawn with rules, or aligned text only
    image_index: int | None = None  # figures: their order among the page's figures
    lines: list[str] = field(default_factory=list)  # text blocks: their lines, as printed
    # tables: each column's left and right edge (x), so a title set apart above a table is
    # matched to the column under it, not by count (OCR may lose a column of lone digits)
    columns: list[tuple[float, float]] | None = None
    # text blocks: the bold words their first line runs in with ("Nikon F3 korpus," of
    # "Nikon F3 korpus, kroom, 8/10"), an entry's name or a term's; "" when there are none
    head: str = ""
    # tables: lines of one cell set in a smaller type under a row, each a row of its own (a
    # coin's condition note, a wine's producer under its name): no wrapped part of the cell
    asides: list[str] = field(default_factory=list)

    @property
    def left(self) -> float:
        return self.bbox[0]

    @property
    def top(self) -> float:
        return self.bbox[1]

    @property
    def right(self) -> float:
        return self.bbox[2]

    @property
    def bottom(self) -> float:
        return self.bbox[3]


@dataclass
class PageLayout:
    page_number: int  # 1-based
    width: float  # points
    height: float
    blocks: list[Block] = field(default_factory=list)
    source: Literal["text", "ocr", "empty"] = "text"
    rotation: int = 0  # OCR pages: degrees the render was turned before reading
    # text set turned against the page's (a name printed along a drawn ski), each phrase a
    # caption block in the page's frame; kept apart from `blocks`, which read upright text
    turned: list[Block] = field(default_factory=list)
    # badges printed right after a name ("NEW" on a red box), each with the word it follows:
    # the blocks' text keeps them as printed; the catalog takes them off names (`name_badges`)
    badges: list[tuple[str, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks if b.text)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: what the pipeline stores per page and the /blocks route serves."""
        return {
            "page": self.page_number,
            "width": round(self.width, 2),
            "height": round(self.height, 2),
            "source": self.source,
            "rotation": self.rotation,
            "blocks": [
                {
                    "kind": b.kind,
                    "bbox": [round(v, 2) for v in b.bbox],
                    "text": b.text,
                    "cells": b.rows,
                    "font_size": b.font_size,
                    "bold": b.bold,
                    "ruled": b.ruled,
                    "image_index": b.image_index,
                    "lines": b.lines,
                    "columns": [list(c) for c in b.columns] if b.columns else None,
                    "head": b.head,
                    "asides": b.asides,
                }
                for b in self.blocks
            ],
            **(
                {
                    "turned": [
                        {"bbox": [round(v, 2) for v in b.bbox], "text": b.text, "size": b.font_size}
                        for b in self.turned
                    ]
                }
                if self.turned
                else {}
            ),
            **({"badges": [list(b) for b in self.badges]} if self.badges else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PageLayout:
        """The page back from `to_dict` (stored blocks feed products and Markdown later)."""
        blocks = [
            Block(
                kind=b["kind"],
                bbox=tuple(b["bbox"]),  # type: ignore[arg-type]
                text=b["text"],
                rows=b.get("cells"),
                font_size=b.get("font_size", 0.0),
                bold=b.get("bold", False),
                ruled=b.get("ruled"),
                image_index=b.get("image_index"),
                lines=list(b.get("lines") or []),
                columns=[(c[0], c[1]) for c in b["columns"]] if b.get("columns") else None,
                head=b.get("head") or "",
                asides=list(b.get("asides") or []),
            )
            for b in data["blocks"]
        ]
        turned = [
            Block(kind="caption", bbox=tuple(t["bbox"]), text=t["text"], font_size=t["size"])  # type: ignore[arg-type]
            for t in data.get("turned") or []
        ]
        return cls(
            data["page"],
            data["width"],
            data["height"],
            blocks,
            data["source"],
            data["rotation"],
            turned,
            [(b[0], b[1]) for b in data.get("badges") or []],
        )


@dataclass
class DocumentLayout:
    pages: list[PageLayout]


def pdf_bbox(bbox: Box, page_height: float) -> Box:
    """A block's box in PDF space: (left, bottom, right, top) from the bottom-left corner."""
    left, top, right, bottom = bbox
    return (left, page_height - bottom, right, page_height - top)


def page_space(page: PageLayout, bbox: Box) -> Box:
    """A box of `page`'s layout in PDF space of the page as it is stored, where its images'
    boxes are: the quarter turns that made its text upright undone (the layout's frame is
    the stored page turned `rotation` degrees counter-clockwise), then `pdf_bbox`. For a
    scanned page the stored frame is that of its render."""
    left, top, right, bottom = bbox
    if page.rotation == 90:  # frame width = stored height, frame height = stored width
        width, height = page.height, page.width
        return pdf_bbox((width - bottom, left, width - top, right), height)
    if page.rotation == 180:
        width, height = page.width, page.height
        return pdf_bbox((width - right, height - bottom, width - left, height - top), height)
    if page.rotation == 270:
        width, height = page.height, page.width
        return pdf_bbox((top, height - right, bottom, height - left), height)
    return pdf_bbox(bbox, page.height)


@dataclass(frozen=True)
class FigureCrop:
    """A figure of a scanned page cut out of its render, to be stored as an image of its own."""

    image_index: int  # the figure's `image_index` on its page
    bbox: Box  # PDF space (`page_space`), as stored images' boxes are
    data: bytes  # JPEG
    width: int  # pixels
    height: int


CROP_JPEG_QUALITY = 85


def crop_figures(page: PageLayout, render: object) -> list[FigureCrop]:
    """The figures of a page laid out from its scan, cut out of `render` (a PIL image of the
    page as rendered, before any turn): a photo on a scan is no image of its own in the PDF,
    so a product shown in it would have no picture to link to without this."""
    import io

    image = render.convert("RGB")  # type: ignore[attr-defined]
    if page.rotation:
        image = image.rotate(page.rotation, expand=True)
    scale = image.width / max(page.width, 1.0)  # pixels per point of the layout's frame
    out = []
    for block in page.blocks:
        if block.kind != "figure":
            continue
        box = tuple(round(v * scale) for v in block.bbox)
        left, top = max(box[0], 0), max(box[1], 0)
        right, bottom = min(box[2], image.width), min(box[3], image.height)
        if right - left < 2 or bottom - top < 2:
            continue
        buffer = io.BytesIO()
        image.crop((left, top, right, bottom)).save(buffer, "JPEG", quality=CROP_JPEG_QUALITY)
        out.append(
            FigureCrop(
                block.image_index or 0,
                page_space(page, block.bbox),
                buffer.getvalue(),
                right - left,
                bottom - top,
            )
        )
    return out


# --- documents ---------------------------------------------------------------------------------


def analyse_document(
    path: Path,
    *,
    pages: tuple[int, int] | None = None,
    password: str | None = None,
    ocr: object | None = None,
    render_dpi: int = 200,
) -> DocumentLayout:
    """The layout of every page (or of `pages=(first, last)`, 1-based, inclusive).

    Pages without a text layer are rendered at `render_dpi` and read with `ocr` (an
    `OcrEngine`) when one is given, else left empty (`source="empty"`). Running headers and
    footers are marked across the pages read.
    """
    pdf = open_pdf(Path(path), password)
    try:
        first, last = pages or (1, len(pdf))
        out = []
        for number in range(max(1, first), min(last, len(pdf)) + 1):
            page = pdf[number - 1]
            try:
                layout = analyse_page(page, number)
                if layout.source == "empty" and ocr is not None and _readable(page, layout):
                    layout = _ocr_page(page, number, ocr, render_dpi)
            finally:
                page.close()
            out.append(layout)
    finally:
        pdf.close()
    document = DocumentLayout(out)
    mark_running(document)
    return document


def _ocr_page(page: pdfium.PdfPage, number: int, ocr: object, dpi: int) -> PageLayout:
    import io

    width, height = page.get_size()
    # a bogus media box (2^31 points tall) must not allocate a bitmap of that size
    scale = min(dpi / 72, math.sqrt(MAX_RENDER_PIXELS / max(width * height, 1.0)))
    bitmap = page.render(scale=scale, grayscale=True)
    pil = bitmap.to_pil()
    buffer = io.BytesIO()
    pil.save(buffer, "PNG", compress_level=1)
    result = ocr.recognize(buffer.getvalue())  # type: ignore[attr-defined]
    return page_from_ocr(result, number, width, height, image=pil)


def _readable(page: pdfium.PdfPage, layout: PageLayout) -> bool:
    """Whether OCR may find text on a page without a text layer: it shows an image (a scan) or
    has characters that extract to nothing (a font without a Unicode map); a blank page not."""
    if layout.blocks:
        return True
    textpage = page.get_textpage()
    try:
        return pdfium_c.FPDFText_CountChars(textpage.raw) > 0
    finally:
        textpage.close()


def page_from_ocr(
    result: object, page_number: int, width: float, height: float, image: object = None
) -> PageLayout:
    """The layout of a scanned page from an `OcrResult` of its render (words in pixels), or
    from the dict `dataclasses.asdict` makes of one (as the pipeline stores it; keep all words).

    The render's pixels map to the page's points; a page OCR read turned by 90 or 270 degrees
    has its width and height swapped, and its boxes are in that upright frame. With the render
    (`image`, a PIL image of the page upright), photos on it become figures.
    """

    def get(obj: object, key: str, default: Any = None) -> Any:
        return obj.get(key, default) if isinstance(obj, dict) else getattr(obj, key, default)

    rotation = int(get(result, "rotation", 0) or 0) % 360
    if rotation in (90, 270):
        width, height = height, width
    pixels_wide = max(int(get(result, "width", 0) or 0), 1)
    scale = width / pixels_wide
    words = []
    found = [
        (
            str(get(w, "text", "")).strip(),
            float(get(w, "confidence", 0.0)),
            get(w, "bbox"),
            get(w, "baseline"),
            get(w, "font_px"),
        )
        for w in get(result, "words", []) or []
        if not get(w, "turned", 0)  # a line set turned (a name along a ski): `turned` below
    ]
    found = [word for word in found if word[0] and word[2]]
    turned = _ocr_turned(
        [
            (str(get(w, "text", "")).strip(), get(w, "bbox"), get(w, "font_px"), turn)
            for w in get(result, "words", []) or []
            if (turn := int(get(w, "turned", 0) or 0)) and get(w, "bbox")
        ],
        scale,
    )
    gray = None
    if image is not None:
        import numpy as np

        gray = np.asarray(image.convert("L").rotate(rotation, expand=True))  # type: ignore[attr-defined]
        found = _without_photo_glyphs(found, gray)
    found = _marks_stripped(_without_repeats(found))
    found = _roman_numerals_read(found)
    found = scanned_prices.dash_cents_read(scanned_prices.raised_cents_read(found))
    found = scanned_prices.point_read_as_dash(found)
    found = _without_leader_specks(found)
    found = _without_dash_rules(found)
    typical = statistics.median(b[3] - b[1] for _, _, b, _, _ in found) if found else 0
    heavy = _bold_read(found, gray) if gray is not None else [False] * len(found)
    for (text, confidence, box, baseline, font_px), bold in zip(found, heavy, strict=True):
        if confidence < MIN_OCR_CONFIDENCE:
            continue
        if set(text) <= set("|Il[]!") and box[3] - box[1] > 1.3 * typical:
            continue  # a piece of a table's rule, taller than the text, read as "|"
        if _rule_sliver(text, confidence, box, typical):
            continue
        left, top, right, bottom = (v * scale for v in box)
        if baseline is not None and font_px:
            # Tesseract's boxes hug the glyphs ("sea" half as tall as "Type"); a text layer's
            # loose boxes span the font's ascent to descent, alike for every word of a line.
            # From the line's baseline and type size, an OCR word gets that box and size.
            size = float(font_px) * scale
            base = float(baseline) * scale
            top, bottom = base - OCR_ASCENT * size, base + OCR_DESCENT * size
            words.append(Word(text, left, top, right, bottom, size, bold))
            continue
        # No line metrics (a result stored before them): the glyph box, widened.
        pad = OCR_BOX_PAD * (bottom - top)
        words.append(Word(text, left, top - pad, right, bottom + pad, bottom - top, bold))
    words = _split_amounts_joined(words)
    words = _dollar_read(_dong_read(_currency_read(words)))
    _snap_sizes(words)
    figures: list[Box] = []
    rules: list[Box] = []
    if gray is not None:
        figures = figures_in_image(gray, width / max(gray.shape[1], 1), words)
        skew = float((get(result, "extra", {}) or {}).get("deskew_degrees", 0.0) or 0.0)
        rules = rules_in_image(gray, width / max(gray.shape[1], 1), figures, skew, words)
    layout = PageLayout(page_number, width, height, source="ocr", rotation=rotation)
    # a table's headings set turned over its columns are its header row (`turned_headers`)
    layout.blocks, layout.turned = tables_under_turned_heads(
        layout_words(words, rules, figures, width, height), turned
    )
    if not layout.blocks:
        layout.source = "empty"
    return layout


def _ocr_turned(words: list[tuple[str, Any, Any, int]], scale: float) -> list[Block]:
    """OCR's words set turned (text, box in pixels, type size in pixels, degrees turned), as
    the text layer's turned phrases: each run of words along one turned line, no further
    apart than `TURNED_GAP` sizes, a caption block in the page's frame (points)."""
    phrases: list[tuple[int, list[tuple[str, Box, float]]]] = []
    # in reading order: up the page for text turned counter-clockwise, down it for clockwise
    ordered = sorted(words, key=lambda w: -w[1][3] if w[3] == 90 else w[1][1])
    for text, box, font_px, turn in ordered:
        if not text:
            continue
        word_box: Box = tuple(float(v) * scale for v in box)  # type: ignore[assignment]
        size = float(font_px or (box[2] - box[0]) / OCR_ASCENT) * scale
        for direction, phrase in phrases:  # the phrase whose line this word continues
            before = phrase[-1][1]
            across = min(before[2], word_box[2]) - max(before[0], word_box[0])
            gap = max(word_box[1], before[1]) - min(word_box[3], before[3])
            if direction == turn and across > 0 and gap <= TURNED_GAP * size:
                phrase.append((text, word_box, size))
                break
        else:
            phrases.append((turn, [(text, word_box, size)]))
    return _turned_blocks(phrases)


BOLD_STEM = 1.4  # a word whose stems are this many times as thick (per em) as the page's ...
BOLD_STEM_EMS = 0.12  # ... most words' and at least this share of its type size is bold
BOLD_NEAR = 1.2  # a word beside a bold word of its line is bold from this many times
BOLD_SAMPLE = 12  # words of two letters or more the page needs for its usual stem


def _bold_read(found: list[tuple[Any, ...]], gray: Any) -> list[bool]:
    """Which OCR words are set in bold, from the render: OCR gives no weight, yet a catalog
    marks its entries' names and prices bold, and its rules read that as a text layer gives
    it. A letter's stems are what its ink runs across mostly are; a bold word's stems are
    thicker for its size (some 0.15 em against 0.09), so a word is bold when its stems are
    well thicker than most words' of the page. A page of too few words marks none."""
    import numpy as np

    stems: list[float | None] = []
    for _, _, box, _, font_px in found:
        x0, y0, x1, y1 = (round(float(v)) for v in box)
        crop = gray[max(y0, 0) : max(y1, 0) + 1, max(x0, 0) : max(x1, 0) + 1].astype(float)
        em = float(font_px) if font_px else 1.4 * (y1 - y0)
        if crop.size == 0 or em <= 0:
            stems.append(None)
            continue
        paper, ink = np.percentile(crop, 95), np.percentile(crop, 5)
        if paper - ink < 40:
            stems.append(None)
            continue
        mask = crop < (paper + ink) / 2
        # light type on a dark card or band: the ground round the word's box is dark
        pad = max(2, round(0.15 * em))
        around = gray[
            max(y0 - pad, 0) : max(y1, 0) + pad + 1, max(x0 - pad, 0) : max(x1, 0) + pad + 1
        ]
        if float(np.median(around)) < (paper + ink) / 2:
            mask = ~mask
        rows = np.pad(mask, ((0, 0), (1, 1))).astype(np.int8)
        steps = np.diff(rows, axis=1)
        runs = np.flatnonzero(steps.ravel() == -1) - np.flatnonzero(steps.ravel() == 1)
        runs = runs[runs <= 0.3 * em]  # across a stem, not along a bar
        if not runs.size:
            stems.append(None)
            continue
        # the runs' middle half, averaged: a pixel's step finer than their median
        low, high = np.percentile(runs, 25), np.percentile(runs, 75)
        stems.append(float(runs[(runs >= low) & (runs <= high)].mean()) / em)
    usual = [
        stem
        for stem, (text, *_) in zip(stems, found, strict=True)
        if stem is not None and sum(c.isalpha() for c in text) >= 2
    ]
    if len(usual) < BOLD_SAMPLE:
        return [False] * len(found)
    usual_stem = statistics.median(usual)
    floor = max(BOLD_STEM * usual_stem, BOLD_STEM_EMS)
    bold = [stem is not None and stem >= floor for stem in stems]
    # a word of a bold run a pixel short of the mark (its stems thin by a pixel's rounding)
    # is bold when the word beside it on its line, of its type, is: both ways along the line
    near = BOLD_NEAR * usual_stem
    for order in (range(len(found)), range(len(found) - 1, -1, -1)):
        previous = None
        for index in order:
            stem = stems[index]
            if (
                previous is not None
                and bold[previous]
                and not bold[index]
                and stem is not None
                and stem >= near
                and _same_line(found[previous], found[index])
            ):
                bold[index] = True
            previous = index
    return bold


def _same_line(one: tuple[Any, ...], other: tuple[Any, ...]) -> bool:
    """Two OCR words of one line and one type: their baselines and sizes alike."""
    if one[3] is None or other[3] is None or not one[4] or not other[4]:
        return False
    size = float(one[4])
    return (
        abs(float(one[3]) - float(other[3])) <= 0.2 * size
        and abs(float(one[4]) - float(other[4])) <= 0.1 * size
    )


PHOTO_GLYPH_HEIGHT = 8.0  # a word of a glyph or two this many times the page's median word
PHOTO_GLYPH_CHARACTERS = 2  # height (a leaflet's big price is some 5) over a box ...
PHOTO_GLYPH_INK = 0.85  # ... this share of whose pixels are not paper is a photo OCR read


def _without_photo_glyphs(found: list[tuple[Any, ...]], gray: Any) -> list[tuple[Any, ...]]:
    """OCR words that are a photo read as a glyph, dropped: Tesseract reads a plain product
    shot (a grey square with a rounded shape on it) as one huge "™", "w" or "=". Such a
    word would hide the photo from `figures_in_image` (cells under words are text) and
    become a caption of junk. A glyph leaves most of its box paper; a photo covers it."""

    if len(found) < 2:
        return found
    median = statistics.median(b[3] - b[1] for _, _, b, _, _ in found)
    out = []
    for word in found:
        text, _, box, _, _ = word
        left, top, right, bottom = (int(v) for v in box)
        if len(text) <= PHOTO_GLYPH_CHARACTERS and bottom - top >= PHOTO_GLYPH_HEIGHT * median:
            area = gray[max(top, 0) : bottom, max(left, 0) : right]
            if area.size and float((area < PAPER_LEVEL).mean()) >= PHOTO_GLYPH_INK:
                continue
        out.append(word)
    return out


SLIVER_SHARE = 0.1  # of the page's usual glyph height: a "glyph" this thin is a rule's sliver
SLIVER_CONFIDENCE = 80  # ... read less surely than this
_FLAT_MARKS = frozenset("-–—_~=.,·'`")  # marks that are flat or small as they are printed


def _rule_sliver(text: str, confidence: float, box: Any, typical: float) -> bool:
    """An OCR "word" of a glyph or two, read unsurely, a pixel or two thin across (a table's
    faint vertical cell rule read as "i", ";", "‘" or "|"): no letter or figure is that thin
    at the page's type. (A flat speck stays: a table's reading counts on one before a price,
    and a dash or a stop may be that flat.)"""
    if len(text) > 2 or confidence >= SLIVER_CONFIDENCE or set(text) <= _FLAT_MARKS:
        return False
    return box[2] - box[0] <= SLIVER_SHARE * typical


MIN_OCR_CONFIDENCE = 20  # an OCR word read less surely than this is a speck's or a photo's
SURE_CONFIDENCE = 60  # a word read this surely on the same line vouches for its neighbours
# a word's letters and, glued to them, what Tesseract made of the superscript marks after it
# (allergen numbers, footnote signs: "Padrón¹¹,¹²" read "Padrén'™'\"?", confidence 11)
_MARKED_WORD = re.compile(r"^(?P<word>[^\W\d_]{3,}[,.]?)(?P<marks>[^\w\s]+)$")


REPEAT_OVERLAP = 0.8  # share of the smaller box two readings of one word cover together


def _without_repeats(found: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """OCR words read twice, dropped: Tesseract may find a second line over glyphs it read
    in a line already ("2 990 Ft" and, over its "Ft", a line "Ft" of its own), and the word
    then stands twice at one place, which splits the line it is in. Of two words of the same
    text whose boxes cover each other mostly, the surer one stays."""
    out: list[tuple[Any, ...]] = []
    for word in sorted(found, key=lambda w: -w[1]):
        text, _, box, _, _ = word
        if any(
            other[0].casefold() == text.casefold() and _covered(box, other[2]) >= REPEAT_OVERLAP
            for other in out
        ):
            continue
        out.append(word)
    kept = {id(word) for word in out}
    return [word for word in found if id(word) in kept]


def _covered(a: Any, b: Any) -> float:
    """The share of the smaller of two boxes (left, top, right, bottom) the other covers."""
    across = min(a[2], b[2]) - max(a[0], b[0])
    down = min(a[3], b[3]) - max(a[1], b[1])
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    if across <= 0 or down <= 0 or smaller <= 0:
        return 0.0
    return across * down / smaller


def _marks_stripped(found: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """OCR words read unsurely only for the superscript marks glued to their end, the marks
    dropped and the word kept at its line's surest confidence.

    Menus and catalogs print allergen numbers and footnote signs small and high after a
    name; Tesseract glues them to the word as junk and scores the whole word low, and the
    name's last word is lost with its marks. The word's letters stand when the rest of its
    line reads surely (a photo's specks read as letters have no such line)."""
    out = []
    for text, confidence, box, baseline, font_px in found:
        match = _MARKED_WORD.match(text) if confidence < MIN_OCR_CONFIDENCE else None
        if match:
            height = box[3] - box[1]
            sure = [
                c
                for t, c, b, _, _ in found
                if c >= SURE_CONFIDENCE
                and b is not box
                and min(b[3], box[3]) - max(b[1], box[1]) >= 0.5 * min(height, b[3] - b[1])
                and min(abs(b[0] - box[2]), abs(box[0] - b[2])) <= 3 * height
            ]
            if sure:
                word = match["word"]
                right = box[0] + (box[2] - box[0]) * len(word) / len(text)
                box = (box[0], box[1], right, box[3])
                text, confidence = word, min(sure)
        out.append((text, confidence, box, baseline, font_px))
    return out


# a Roman numeral of capital I's as Tesseract reads it unsurely ("Il" for III, "Mk.|" for
# Mk.I, "B.llII" for B.III): strokes, after a short abbreviation and its stop at most
_STROKES_READ = re.compile(r"^(?P<head>[^\W\d_]{1,3}\.)?(?P<strokes>[Il|]{1,4})$")
NUMERAL_STROKES = 3  # I's of a numeral at most (IIII is written IV)
# strokes read surely as capital I's and l's mixed ("Il", "Ill"): in a sans serif both are
# one stroke, and a numeral's I's are read so ("Dacia Logan Il", "Octavia Ill")
_MIXED_STROKES = re.compile(r"^(?=[Il]*I)(?=[Il]*l)[Il]{2,3}$")
SURE_STROKES_SPACE = 1.0  # heights after a name's word that surely read strokes may stand
NUMERAL_GAP_AFTER = 4.0  # heights right of a numeral where a word past a word space makes it unsure
STROKE_PITCH = 0.28  # ems from one capital I of a numeral to the next
STROKE_WIDTH = 0.15  # ems a capital I's stroke is wide


def _roman_numerals_read(found: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Roman numerals of capital I's that OCR read unsurely, kept as I's: a model's "Series
    III", "Mk.I" or "B.III" after its name's words read surely, which Tesseract reads "Il",
    "Mk.|", "B.llII" with a confidence of 0 to 20, and which were dropped with the specks,
    cutting a name short (or apart, where the numeral stood between its words). The word
    must follow a word of letters read surely on its line, close (a word space) and as tall:
    a rule's piece read as "|" is apart from the text, or taller than it; and it must end
    its line or a word must follow it as close: strokes before a gap wider than a word space
    and narrower than a column's may be a column's edge, and kept they join the columns. A
    bare numeral's I's are counted from its width (`STROKE_PITCH`, `STROKE_WIDTH`),
    Tesseract's count ("Il") being unsure; after an abbreviation, its strokes as read,
    `NUMERAL_STROKES` at most. Strokes read surely as I's and l's mixed ("Dacia Logan Il",
    "Octavia Ill": one stroke in a sans serif) are the numeral's I's as counted, after a
    name's word a word space away (its top level with theirs: a "g" may reach below), when
    no word of letters follows them ("Ristorante Il Gabbiano" keeps its article)."""
    out = []
    for text, confidence, box, baseline, font_px in found:
        sure = confidence >= MIN_OCR_CONFIDENCE and bool(_MIXED_STROKES.match(text))
        match = _STROKES_READ.match(text) if confidence < MIN_OCR_CONFIDENCE or sure else None
        height = box[3] - box[1]
        # kept whatever they are, strokes read surely need only follow a word space's reach
        space = (SURE_STROKES_SPACE if sure else 0.6) * height
        before = [
            b
            for t, c, b, _, _ in found
            if match
            and c >= SURE_CONFIDENCE
            and any(ch.isalpha() for ch in t)
            and 0 <= box[0] - b[2] <= space
            and (
                0.8 * (b[3] - b[1]) <= height <= 1.25 * (b[3] - b[1])
                # or capitals' height, level with the word's top ("Logan" reaches lower)
                or (sure and abs(b[1] - box[1]) <= 0.25 * height)
            )
            and min(b[3], box[3]) - max(b[1], box[1]) >= 0.7 * height
        ]
        after = [
            (t, b[0] - box[2])
            for t, c, b, _, _ in found
            if match
            and b is not box
            and 0 <= b[0] - box[2] <= NUMERAL_GAP_AFTER * height
            and min(b[3], box[3]) - max(b[1], box[1]) >= 0.5 * height
        ]
        if sure:
            # a word of letters after them ("Ristorante Il Gabbiano") makes the strokes a
            # word; a figure ("Logan Il 1.5 dCi"), or nothing, a numeral
            following = min(after, key=lambda pair: pair[1], default=("", 0.0))[0]
            if before and not following[:1].isalpha():
                text = "I" * len(text)
        elif match and before and all(gap <= 0.6 * height for _, gap in after):
            if match["head"]:
                count = min(len(match["strokes"]), NUMERAL_STROKES)
            else:
                em = float(font_px) if font_px else 1.4 * height
                count = round((box[2] - box[0] - STROKE_WIDTH * em) / (STROKE_PITCH * em)) + 1
                count = max(1, min(count, NUMERAL_STROKES))
            text = f"{match['head'] or ''}{'I' * count}"
            confidence = MIN_OCR_CONFIDENCE
        out.append((text, confidence, box, baseline, font_px))
    return out


LEADER_SPECK_HEIGHT = 0.45  # a word at most this share as tall as the words level with it
# on both sides, left and right, is what OCR made of a dotted leader's dots ("SN", "e", "oo0")


def _without_leader_specks(found: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """OCR words that are a dotted leader's dots read as letters, dropped: between a name
    and its price, level with them, OCR reads runs of dots as "R", "SN", "eeeee", "oo00o",
    words a third as tall as the text beside them. A run read as dots stays (it is one).
    Only words of letters, figures or a currency's sign measure the line: OCR may box a dash
    three times as tall as it is, and "cm" beside such a "-" is no speck."""

    def height(box: Any) -> float:
        return float(box[3] - box[1])

    out = []
    for word in found:
        text, _, box, _, _ = word
        if not any(c.isalnum() or c == "•" for c in text):  # a "•": a dot read as a bullet
            out.append(word)
            continue
        middle = (box[1] + box[3]) / 2
        sides = set()
        for other_text, other_confidence, other, _, _ in found:
            if other is box or other_confidence < MIN_OCR_CONFIDENCE:
                continue
            if not any(c.isalnum() or unicodedata.category(c) == "Sc" for c in other_text):
                continue  # a dash, a rule's piece: its box no measure of the type
            if height(box) > LEADER_SPECK_HEIGHT * height(other):
                continue
            if not other[1] <= middle <= other[3]:
                continue
            if other[2] <= box[0]:
                sides.add("left")
            elif other[0] >= box[2]:
                sides.add("right")
        if len(sides) < 2:
            out.append(word)
    return out


DASH_RULE_SPECKS = 4  # flat specks in a row, level and close, at least, for a rule of dashes
DASH_RULE_GAP = 3.0  # the type's heights between two specks of one rule of dashes, at most


def _without_dash_rules(found: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """OCR words that are a rule of dashes read as letters, dropped: a text export or a
    typed sheet parts its records with "----- record 2 -----------" lines, whose dashes OCR
    reads as a run of flat "e", "S", "R" words, as flat as a dash and spaced along one level.
    Left in, they come between a record's lines and part them. Flat: at most
    `LEADER_SPECK_HEIGHT` times the page's typical word height; a run of fewer than
    `DASH_RULE_SPECKS` (a word's superscript mark, a dash read as "e") stays. The typical
    height is the surely read words' (a page of rules has more specks than words)."""
    sure = [b[3] - b[1] for _, confidence, b, _, _ in found if confidence >= SURE_CONFIDENCE]
    if not sure:
        return found
    typical = statistics.median(sure)

    def speck(word: tuple[Any, ...]) -> bool:
        text, box = word[0], word[2]
        flat = box[3] - box[1] <= LEADER_SPECK_HEIGHT * typical < box[2] - box[0]
        return flat and any(c.isalnum() for c in text)

    specks = sorted((w for w in found if speck(w)), key=lambda w: (w[2][1], w[2][0]))
    runs: list[list[tuple[Any, ...]]] = []
    for word in sorted(specks, key=lambda w: w[2][0]):
        box = word[2]
        run = next(
            (
                r
                for r in runs
                if min(r[-1][2][3], box[3]) >= max(r[-1][2][1], box[1])
                and 0 <= box[0] - r[-1][2][2] <= DASH_RULE_GAP * typical
            ),
            None,
        )
        if run is None:
            runs.append([word])
        else:
            run.append(word)
    dropped = {id(w) for r in runs if len(r) >= DASH_RULE_SPECKS for w in r}
    return [w for w in found if id(w) not in dropped]


# an amount OCR cut at its decimal separator: "24," and "50", or "24" and ",50€"
_AMOUNT_HEAD = re.compile(r"^[€$£]?\d{1,6}[,.]?$")
_AMOUNT_TAIL = re.compile(r"^[,.]?\d{2}(?:[€$£]|[,.]?-)?$")
AMOUNT_GAP = 0.4  # ems between the halves of one amount OCR cut in two (a word space ~0.28)


def _split_amounts_joined(words: list[Word]) -> list[Word]:
    """Prices OCR read in two at their decimal separator ("24, 50 €", "24 ,50€") joined.

    Only where it is one amount for sure: exactly one separator between the halves, two
    decimals, a currency sign at either end of it or a word beside it, and the halves a
    narrow gap apart on one line. A separator OCR lost ("2450") is not guessed back."""
    out: list[Word] = []
    index = 0
    while index < len(words):
        word = words[index]
        tail = words[index + 1] if index + 1 < len(words) else None
        if tail is not None and _amount_halves(words, index):
            joined = Word(
                word.text + tail.text,
                word.left,
                min(word.top, tail.top),
                tail.right,
                max(word.bottom, tail.bottom),
                max(word.size, tail.size),
            )
            out.append(joined)
            index += 2
            continue
        out.append(word)
        index += 1
    return out


def _amount_halves(words: list[Word], index: int) -> bool:
    head, tail = words[index], words[index + 1]
    if not (_AMOUNT_HEAD.match(head.text) and _AMOUNT_TAIL.match(tail.text)):
        return False
    separators = sum(c in ",." for c in head.text[-1:] + tail.text[:1])
    if separators != 1:
        return False
    size = max(head.size, tail.size)
    gap = tail.left - head.right
    level = min(head.bottom, tail.bottom) - max(head.top, tail.top) >= 0.5 * size
    if not (level and -0.1 * size <= gap <= AMOUNT_GAP * size):
        return False
    before = words[index - 1] if index > 0 else None
    after = words[index + 2] if index + 2 < len(words) else None
    return (
        head.text[0] in "€$£"
        or tail.text[-1] in "€$£"
        or any(
            w is not None and currencies.ALONE.match(w.text) and abs(w.top - head.top) < 0.5 * size
            for w in (before, after)
        )
    )


# Currencies written after the amount that OCR without the language's model misreads, the
# letter it lacks read as a Latin one: "zł" as "zt" or "zl", "Kč" as "K¢", "Kc" or "Ké".
_CURRENCY_MISREADS = {"zt": "zł", "zl": "zł", "K¢": "Kč", "Kc": "Kč", "Ké": "Kč"}
_AMOUNT_BEFORE = re.compile(r"^\d{1,3}(?:[ .]?\d{3})*(?:,\d{2}|,-)?$")
CURRENCY_GAP = 1.0  # ems from an amount to its currency: a word space, wide in bold type


def _currency_read(words: list[Word]) -> list[Word]:
    """A currency that OCR without its language's model misread (`_CURRENCY_MISREADS`) made
    itself again: the word alone, right after an amount on its line (a word space apart; a
    bold price's space measured 0.44 em)."""
    out = [_per_unit_read(w) for w in words]
    for index in range(1, len(out)):
        word, before = out[index], out[index - 1]
        meant = _CURRENCY_MISREADS.get(word.text)
        if meant is None or not _AMOUNT_BEFORE.match(before.text):
            continue
        level = min(word.bottom, before.bottom) - max(word.top, before.top) >= 0.5 * word.size
        if level and 0 <= word.left - before.right <= CURRENCY_GAP * max(word.size, before.size):
            out[index] = Word(meant, word.left, word.top, word.right, word.bottom, word.size)
    return out


# a price column's title, the currency per a unit ("zł/m²", "zł/opak.", "Kč/ks"), its currency
# misread (`_CURRENCY_MISREADS`) and a square or cube's superscript read "?" ("zt/m?")
_PER_UNIT_MISREAD = re.compile(
    r"^(?P<currency>[^/\s]{2})/(?P<unit>[^\W\d_]{1,6}\.?)(?P<power>\?)?$"
)


def _per_unit_read(word: Word) -> Word:
    """A column title of a currency per a unit that OCR without its language's model
    misread ("zt/m?", "zt/opak.") made itself again ("zł/m²", "zł/opak.")."""
    match = _PER_UNIT_MISREAD.match(word.text)
    meant = _CURRENCY_MISREADS.get(match.group("currency")) if match else None
    if match is None or meant is None:
        return word
    power = "²" if match.group("power") and match.group("unit") in ("m", "cm") else ""
    if match.group("power") and not power:
        return word
    return replace(word, text=f"{meant}/{match.group('unit')}{power}")


# an amount in dong, its thousands grouped by dots, its sign "₫" (or "đ") read as "d" by OCR
# without a Vietnamese model: "8.490.000d" (millions at least, as phones and rents cost)
_DONG_MISREAD = re.compile(r"^(\d{1,3}(?:\.\d{3}){2,})d$")


def _dong_read(words: list[Word]) -> list[Word]:
    """The Vietnamese dong's sign that OCR read as "d" made "₫" again: a word of an amount
    grouped by dots in two groups or more ("8.490.000d"), the "d" set right after it."""
    return [
        replace(w, text=f"{match.group(1)}₫") if (match := _DONG_MISREAD.match(w.text)) else w
        for w in words
    ]


_GLUED_DOLLARS = re.compile(r"^\d{1,4}(?:[.,]\d{2})?\$$")  # "9$", "12.50$"
_GLUED_PERCENT = re.compile(r"^(\d{1,4}(?:[.,]\d{2})?)%$")
MIN_GLUED_DOLLARS = 3  # amounts written "9$" on a page that make it a page priced so


def _dollar_read(words: list[Word]) -> list[Word]:
    """A price written "9$" that OCR read as "9%" made a price again: an amount glued to "%"
    that ends its line, on a page with at least `MIN_GLUED_DOLLARS` amounts glued to "$" (a
    menu's prices); a percentage inside a line ("10% off all") stays."""
    if sum(bool(_GLUED_DOLLARS.match(w.text)) for w in words) < MIN_GLUED_DOLLARS:
        return words
    out = list(words)
    for index, word in enumerate(words):
        match = _GLUED_PERCENT.match(word.text)
        if match is None:
            continue
        after = any(
            w.left > word.right
            and min(w.bottom, word.bottom) - max(w.top, word.top) > 0.5 * word.size
            for w in words
        )
        if not after:
            out[index] = replace(word, text=f"{match.group(1)}$")
    return out


SIZE_BANDWIDTH = 0.06  # OCR'd sizes this share apart are one type size (see _snap_sizes)


def _snap_sizes(words: list[Word]) -> None:
    """Each OCR'd word's size moved to the type size of the page it is an estimate of.

    A page sets its text in a few sizes; measured from glyph heights, one size scatters by
    a few per cent from line to line (8.2, 8.5, 8.3 for 8.5 pt), and the scatter of several
    sizes runs together (8, 8.5, 9, 9.5, 10, ... in steps of under a tenth). The estimates'
    modes, weighted by characters (mean shift in log size, `SIZE_BANDWIDTH` wide), are the
    page's sizes; each word takes the mode its estimate climbs to."""
    weights: Counter[float] = Counter()
    for word in words:
        weights[round(math.log(max(word.size, 0.5)), 3)] += len(word.text)
    if len(weights) < 2:
        return
    values = sorted(weights)
    modes: dict[float, float] = {}
    for start in values:
        centre = start
        for _ in range(50):
            near = [v for v in values if abs(v - centre) <= SIZE_BANDWIDTH]
            moved = sum(v * weights[v] for v in near) / sum(weights[v] for v in near)
            if abs(moved - centre) < 1e-4:
                break
            centre = moved
        modes[start] = centre
    for word in words:
        word.size = round(math.exp(modes[round(math.log(max(word.size, 0.5)), 3)]), 2)


PHOTO_CELL_PT = 4.0  # side of the cells a scan is cut into to find photos, in points
PHOTO_CELL_FILL = 0.85  # share of a photo cell's pixels that are not paper
PHOTO_CONTENT_SHARE = 0.2  # share of a cell's pixels not paper that make it part of a photo
PAPER_LEVEL = 235  # grey level above which a pixel is paper (scanner noise stays above ~225)
PANEL_LEVEL = 160  # a cell of a region with text on it this light on average ...
PANEL_STD = 20.0  # ... whose grey levels spread no more than this (a scan's noise and
# JPEG ringing included) is the panel's flat fill
DARK_PANEL_SHARE = 0.6  # share of a dark region with text on it that is one flat fill: a panel
PANEL_INK_CONTRAST = 40  # grey levels off a panel's fill that make a pixel ink (or paper) on it
PHOTO_OFF_FILL = 0.3  # share of a photo's pixels off its panel's fill; text strokes leave less
TINT_RING = 2  # cells around a flat region that tell paper (a swatch) from a photo's backdrop
TINT_STD = 3.0  # grey levels a flat tint's cells spread at most (a photo's shading: 10 and more)


IMAGE_RULE_SHARE = 0.08  # a straight run of ink this share of the page's width (height) is a rule
IMAGE_RULE_THICK = 2.5  # points a rule is thick at most (thicker: a bar, a panel, a photo)
IMAGE_RULE_INK = 15  # grey levels under the paper's a rule's pixel is at least
IMAGE_RULE_TEXT_INK = 60  # grey levels under the paper a rule's side is dark as text from
IMAGE_RULE_SIDE = 10  # grey levels a rule's pixel is darker than the page to either side of it
IMAGE_DASH_GAP = 2.6  # points of paper between two dashes of a dashed vertical rule at most


def rules_in_image(
    gray: Any,
    scale: float,
    figures: Sequence[Box] = (),
    skew: float = 0.0,
    words: Sequence[Word] = (),
) -> list[Box]:
    """The thin straight rules of a scanned page (a ruled table's row and column edges), in
    points (`scale`: points per pixel), as a text layer's page gives its stroked paths: the
    same table rules then read a scan's ruled table as its text twin's. A rule is a run of
    ink a good share of the page long and at most `IMAGE_RULE_THICK` thick; a photo's dark
    rows are thicker, and none is taken inside a figure. A table's rules print light (a
    hairline scans grey, some 30 levels under the paper): ink is what is `IMAGE_RULE_INK`
    darker than the paper, in either of two pixel rows (a hairline turned straight spreads
    over two, each lighter), unbroken along the run (a line of text's letters leave gaps).
    The render is turned by `skew` degrees first, as OCR turned it (its words' boxes are in
    that frame). A run along a line of `words` (its letters' feet, most of its length
    within their boxes) is text, no rule."""
    import numpy as np
    from PIL import Image

    from pdfqueue.engines.ocr import _components

    if skew:
        turned = Image.fromarray(gray).rotate(
            skew, resample=Image.Resampling.BICUBIC, fillcolor=255
        )
        gray = np.asarray(turned)
    paper = float(np.median(gray))
    ink = gray < paper - IMAGE_RULE_INK
    out: list[Box] = []
    reach = int(IMAGE_RULE_THICK / scale) + 2
    for axis in (1, 0):  # horizontal rules (along rows), then vertical ones
        lined = ink & _darker_than_beside(gray, 0 if axis == 1 else 1, reach, paper)
        grid = lined if axis == 1 else lined.T
        grid = grid | np.pad(grid[:-1], ((1, 0), (0, 0)))
        # and a speck of the scan's paper in it (a pixel or two lighter) does not break it
        before1, after1 = (
            np.pad(grid[:, :-1], ((0, 0), (1, 0))),
            np.pad(grid[:, 1:], ((0, 0), (0, 1))),
        )
        before2, after2 = (
            np.pad(grid[:, :-2], ((0, 0), (2, 0))),
            np.pad(grid[:, 2:], ((0, 0), (0, 2))),
        )
        grid = grid | (before1 & after1) | (before1 & after2) | (before2 & after1)
        if axis == 0:
            grid = grid | _dash_gaps(grid, max(int(IMAGE_DASH_GAP / scale), 1))
        length = max(int(ink.shape[axis] * IMAGE_RULE_SHARE), 20)
        sums = np.cumsum(np.pad(grid, ((0, 0), (1, 0))), axis=1, dtype=np.int32)
        full = (sums[:, length:] - sums[:, :-length]) == length
        if not full.any():
            continue
        # a pixel is rule when a window holding it is: one starting up to `length` - 1 before
        starts = np.pad(full, ((0, 0), (length - 1, length - 1)))
        covered = np.cumsum(np.pad(starts, ((0, 0), (1, 0))), axis=1, dtype=np.int32)
        mask = (covered[:, length:] - covered[:, :-length]) > 0
        mask = mask[:, : grid.shape[1]]
        for top, left, bottom, right in _components(mask):
            if (bottom - top) * scale > IMAGE_RULE_THICK:  # the rows joined add one
                continue
            # a window mostly of ink starts a little before the rule: its ends are its ink's
            inked = np.flatnonzero(grid[top : bottom + 1, left : right + 1].any(axis=0))
            if not len(inked):
                continue
            left, right = left + int(inked[0]), left + int(inked[-1])
            if axis == 1:
                box = (left * scale, top * scale, (right + 1) * scale, (bottom + 1) * scale)
            else:
                box = (top * scale, left * scale, (bottom + 1) * scale, (right + 1) * scale)
            if any(_box_holds(figure, box) for figure in figures):
                continue
            if _along_text(box, axis, words):
                continue
            out.append(box)
    return _sides_to_corners(out)


def _darker_than_beside(gray: Any, across: int, reach: int, paper: float) -> Any:
    """Pixels darker than the page `reach` pixels to either side of them across a rule
    (`across`: 0, above and below; 1, left and right), on both sides, by `IMAGE_RULE_SIDE`:
    a line drawn on the page. A tinted band (a table's shaded header or banded rows), as
    dark as ink yet as dark as its own pixels around, is none: read as ink, its noisy rows
    made rules inside it, and a rule along its edge was one thick run with it (no rule).
    A side as dark as text (`IMAGE_RULE_TEXT_INK` under the paper: a bold price set close
    to a table's frame) counts as lighter: the rule runs on beside the text."""
    import numpy as np

    level = gray.astype(np.int16)
    pad = [(0, 0), (0, 0)]
    pad[across] = (reach, reach)
    padded = np.pad(level, pad, mode="edge")
    size = level.shape[across]
    before = padded[:size] if across == 0 else padded[:, :size]
    after = padded[2 * reach :] if across == 0 else padded[:, 2 * reach :]
    text = paper - IMAGE_RULE_TEXT_INK
    return ((level <= before - IMAGE_RULE_SIDE) | (before < text)) & (
        (level <= after - IMAGE_RULE_SIDE) | (after < text)
    )


def _dash_gaps(grid: Any, gap: int) -> Any:
    """The paper between two dashes of a dashed line along each row of `grid` (ink runs with
    gaps of `gap` pixels at most between them): filled, a dashed vertical rule (a folder's
    fold line, a line parting its panels or columns) is one run, as a text layer gives it,
    one stroked path with a dash pattern. Without it the panels' lists read as one page
    wide row of texts, and no table is found in any panel. Only vertical runs are so joined:
    a horizontal dotted run is more often a leader between a name and its price, read as
    text."""
    import numpy as np

    width = grid.shape[1]
    index = np.arange(width)
    dash = max(gap // 2, 2)  # a dash is ink this long at least: no speck of a scan's noise
    sums = np.cumsum(np.pad(grid, ((0, 0), (1, 0))), axis=1, dtype=np.int32)
    full = sums[:, dash:] - sums[:, :-dash] == dash  # a dash starts here
    starts = np.pad(full, ((0, 0), (dash - 1, dash - 1)))
    covered = np.cumsum(np.pad(starts, ((0, 0), (1, 0))), axis=1, dtype=np.int32)
    dashes = (covered[:, dash:] - covered[:, :-dash] > 0)[:, :width]
    sums = np.cumsum(np.pad(dashes, ((0, 0), (1, 0))), axis=1, dtype=np.int32)
    # a dash within `gap` pixels before a pixel, and one within `gap` pixels after it
    before = sums[:, index] - sums[:, np.maximum(index - gap, 0)] > 0
    after = sums[:, np.minimum(index + 1 + gap, width)] - sums[:, index + 1] > 0
    return before & after


def _sides_to_corners(rules: list[Box]) -> list[Box]:
    """Rules with a vertical one's ends that overshoot a rule across it by a hair (a scanned
    frame's sides start a pixel above its top rule) cut back to that rule: the sides of a
    frame then come after its top rule, as a text layer's frame has them, and the rules
    group into one grid (`_touching`), not each side apart."""
    across = [
        r for r in rules if r[3] - r[1] <= IMAGE_RULE_THICK and r[2] - r[0] > 3 * IMAGE_RULE_THICK
    ]
    out = []
    for rule in rules:
        left, top, right, bottom = rule
        if right - left <= IMAGE_RULE_THICK and bottom - top > 3 * IMAGE_RULE_THICK:
            for a in across:
                if a[0] - 1 <= left and right <= a[2] + 1:
                    if 0 <= a[1] - top <= IMAGE_RULE_THICK:
                        top = a[1] + 0.01
                    if 0 <= bottom - a[3] <= IMAGE_RULE_THICK:
                        bottom = a[3]
        out.append((left, top, right, bottom))
    return out


def _along_text(box: Box, axis: int, words: Sequence[Word]) -> bool:
    """Whether half a run's length or more lies within words' boxes it crosses."""
    lo, hi = (box[0], box[2]) if axis == 1 else (box[1], box[3])
    mid = (box[1] + box[3]) / 2 if axis == 1 else (box[0] + box[2]) / 2
    covered = 0.0
    for w in words:
        across = (w.top, w.bottom) if axis == 1 else (w.left, w.right)
        along = (w.left, w.right) if axis == 1 else (w.top, w.bottom)
        if across[0] < mid < across[1]:
            covered += max(0.0, min(hi, along[1]) - max(lo, along[0]))
    return covered >= 0.5 * (hi - lo)


def figures_in_image(
    gray: object, points_per_pixel: float, words: Sequence[Word] = ()
) -> list[Box]:
    """Photos on a scanned page: regions of cells almost wholly covered by ink, at least
    `MIN_FIGURE_SIDE` points on each side. Text never fills a cell (letters leave most of it
    paper), so lines of text do not join into figures; cells under an OCR word are skipped.
    A region with words lying on it is a panel (a grid tile's or a box's background), not a
    photo: the photos on it are what is left of it without its flat light fill."""
    import numpy as np

    pixels = np.asarray(gray)
    cell = max(round(PHOTO_CELL_PT / points_per_pixel), 2)
    rows, cols = pixels.shape[0] // cell, pixels.shape[1] // cell
    if rows < 2 or cols < 2:
        return []
    cells = pixels[: rows * cell, : cols * cell].reshape(rows, cell, cols, cell)
    filled = (cells < PAPER_LEVEL).mean(axis=(1, 3)) >= PHOTO_CELL_FILL
    scale = cell * points_per_pixel  # points per cell
    lettered = np.zeros_like(filled)
    for word in words:
        top, bottom = int(word.top / scale), int(word.bottom / scale) + 1
        lettered[top:bottom, int(word.left / scale) : int(word.right / scale) + 1] = True
    filled &= ~lettered
    means, spread = cells.mean(axis=(1, 3)), cells.std(axis=(1, 3))
    flat = (means >= PANEL_LEVEL) & (spread <= PANEL_STD)
    centres = [((w.left + w.right) / 2 / scale, (w.top + w.bottom) / 2 / scale) for w in words]
    # cells with some ink: a white plate's rim and shadow, a white device's outline
    content = ((cells < PAPER_LEVEL).mean(axis=(1, 3)) >= PHOTO_CONTENT_SHARE) & ~lettered
    content = _regions_map(_joined(content))
    boxes: list[Box] = []
    tints: list[Box] = []  # regions of one flat tone: swatches, not photos
    regions = _regions(filled)
    side = MIN_FIGURE_SIDE / scale  # cells
    # the regions big enough to be photos of their own: a backdrop reaching one is not its
    photos = [r for r in regions if r[2] - r[0] + 1 >= side and r[3] - r[1] + 1 >= side]
    for top, left, bottom, right in regions:
        on_it = any(left <= x <= right + 1 and top <= y <= bottom + 1 for x, y in centres)
        if on_it:
            inner = (
                filled[top : bottom + 1, left : right + 1]
                & ~flat[top : bottom + 1, left : right + 1]
            )
            found = [
                (max(t - 1, 0) + top, max(x - 1, 0) + left, b + 1 + top, r + 1 + left)
                for t, x, b, r in _regions(_eroded(inner))  # the panel's frame lines go
            ]
            # a photo on a white backdrop laid on the panel: what differs from the fill,
            # paper included, inside the panel (a region touching its edge is not on it)
            area = (slice(top, bottom + 1), slice(left, right + 1))
            fill = flat[area] & filled[area]
            if not fill.any():
                # a dark panel (a title bar, a badge) with light text read on it: one flat
                # fill over most of it is a background, what differs from it the photos
                smooth = (spread[area] <= PANEL_STD) & ~lettered[area]
                if smooth.any():
                    level = float(np.median(means[area][smooth]))
                    dark_fill = smooth & (abs(means[area] - level) <= PANEL_STD)
                    if dark_fill.mean() >= DARK_PANEL_SHARE:
                        fill, found = dark_fill, []
            if fill.any():
                level = float(np.median(means[area][fill]))
                same = (spread[area] <= PANEL_STD) & (abs(means[area] - level) <= PANEL_STD)
                backed = [
                    (max(t - 1, 0) + top, max(x - 1, 0) + left, b + 1 + top, r + 1 + left)
                    for t, x, b, r in _regions(_eroded(~same & ~lettered[area]))
                    if _on_the_panel((t, x, b, r), means[area] >= PAPER_LEVEL)
                ]
                found = [*backed, *(f for f in found if not any(_holds(g, f) for g in backed))]
                # text on the panel OCR did not read: thin strokes, the fill between them
                found = [
                    (t, x, b, r)
                    for t, x, b, r in found
                    if _off_level(
                        pixels[t * cell : (b + 1) * cell, x * cell : (r + 1) * cell], level
                    )
                    >= PHOTO_OFF_FILL
                ]
        elif _cut_from_a_panel(pixels, cell, (top, left, bottom, right), flat, lettered, means):
            found = []  # the rest of a price box beside the words read on it: its fill
        else:
            found = [_with_its_backdrop((top, left, bottom, right), content, lettered, photos)]
        for t, x, b, r in found:
            box = (x * scale, t * scale, (r + 1) * scale, (b + 1) * scale)
            big = box[2] - box[0] >= MIN_FIGURE_SIDE and box[3] - box[1] >= MIN_FIGURE_SIDE
            if big and box not in boxes:
                boxes.append(box)
                if _one_tint(means, (t, x, b, r)):
                    tints.append(box)
    # a photo's darker part found on its own, inside the photo found on its panel; then the
    # flat tints go (what lies inside one was taken with it, as part of a larger region)
    boxes = [b for b in boxes if not any(o != b and _box_holds(o, b) for o in boxes)]
    boxes = [b for b in boxes if b not in tints]
    return sorted(boxes, key=lambda b: (b[1], b[0]))


BACKDROP_PAPER_SHARE = 0.5  # share of a backdrop at its panel's edge that is white paper


def _on_the_panel(region: tuple[int, int, int, int], paper: Any) -> bool:
    """Whether a region that differs from a panel's fill (eroded; in cells of the panel's box,
    whose cells as light as paper are `paper`) lies on the panel: clear of its box's edges.
    A photo's white backdrop laid a cell under a tile's frame is not quite clear of them, and
    counts while it is mostly white; a photo framed on a page-wide background, or the paper
    round an irregular panel, is left to the rules for photos of their own."""
    t, x, b, r = region
    height, width = paper.shape[0] - 1, paper.shape[1] - 1
    if t > 1 and x > 1 and b < height - 1 and r < width - 1:
        return True
    if not (t > 0 and x > 0 and b < height and r < width):
        return False
    return float(paper[t - 1 : b + 2, x - 1 : r + 2].mean()) >= BACKDROP_PAPER_SHARE


def _one_tint(means: Any, region: tuple[int, int, int, int]) -> bool:
    """A region (cells top, left, bottom, right) of one flat tone inside its edges, set on the
    paper: a colour card's swatch, a tint panel, not a photo. A photo shades from light to
    dark; a flat object in one stands on the photo's backdrop, not on paper. The scan's noise
    evens out over a cell's pixels, so a swatch's cells differ by a level or two."""
    import numpy as np

    top, left, bottom, right = region
    rows, cols = bottom - top + 1, right - left + 1
    inner = means[
        top + rows // 10 : bottom + 1 - rows // 10, left + cols // 10 : right + 1 - cols // 10
    ]
    if inner.size < 4 or float(inner.std()) > TINT_STD:
        return False
    y0, x0 = max(top - TINT_RING, 0), max(left - TINT_RING, 0)
    near = means[y0 : bottom + 1 + TINT_RING, x0 : right + 1 + TINT_RING]
    ring = np.ones(near.shape, dtype=bool)
    ring[top - y0 : top - y0 + rows, left - x0 : left - x0 + cols] = False  # the region itself
    return bool(ring.any()) and float(np.median(near[ring])) >= PAPER_LEVEL


def _cut_from_a_panel(
    pixels: Any,
    cell: int,
    region: tuple[int, int, int, int],
    flat: Any,
    lettered: Any,
    means: Any,
) -> bool:
    """Whether a region without words on it is the part of a flat panel beside the words read
    on it (a price box's superscript cents OCR missed, next to the euros it read): mostly one
    light fill, touching those words, few of its pixels off the fill. Words standing on
    paper are beside the region, not on its fill: a light product shot right over its
    caption's price stays a photo."""
    import numpy as np

    top, left, bottom, right = region
    area = (slice(top, bottom + 1), slice(left, right + 1))
    if flat[area].mean() < DARK_PANEL_SHARE:
        return False
    y0, x0 = max(top - 1, 0), max(left - 1, 0)
    near = lettered[y0 : bottom + 2, x0 : right + 2]
    if not near.any():
        return False
    ground = np.concatenate(
        [
            pixels[(y0 + y) * cell : (y0 + y + 1) * cell, (x0 + x) * cell : (x0 + x + 1) * cell]
            for y, x in zip(*near.nonzero(), strict=True)
        ],
        axis=None,
    )
    if float(np.median(ground)) >= PAPER_LEVEL:
        return False  # the words' ground (most of their cells' pixels) is the paper round them
    level = float(np.median(means[area][flat[area]]))
    box = pixels[top * cell : (bottom + 1) * cell, left * cell : (right + 1) * cell]
    return _off_level(box, level) < PHOTO_OFF_FILL


def _off_level(pixels: Any, level: float) -> float:
    """Share of `pixels` that differ from a panel's fill `level` as ink or paper does."""
    import numpy as np

    if not pixels.size:
        return 0.0
    return float((np.abs(pixels.astype(np.float32) - level) > PANEL_INK_CONTRAST).mean())


def _box_holds(outer: Box, inner: Box) -> bool:
    return (
        outer[0] <= inner[0]
        and outer[1] <= inner[1]
        and inner[2] <= outer[2]
        and inner[3] <= outer[3]
    )


def _joined(mask: Any) -> Any:
    """A boolean grid with each set cell's right neighbour set too: a thin curve's diagonal
    steps and one-cell breaks join (4-connected), while nothing is bridged vertically (a
    badge a cell under a plate's rim stays apart from it)."""

    out = mask.copy()
    out[:, 1:] |= mask[:, :-1]
    return out


def _regions_map(mask: Any) -> tuple[Any, list[tuple[int, int, int, int]]]:
    """The regions of a boolean grid and, per cell, the index of its region (-1: none)."""
    import numpy as np

    regions = _regions(mask)
    index = np.full(mask.shape, -1, dtype=np.int32)
    for number, (top, left, bottom, right) in enumerate(regions):
        box = index[top : bottom + 1, left : right + 1]
        box[(box < 0) & mask[top : bottom + 1, left : right + 1]] = number
    return index, regions


def _with_its_backdrop(
    region: tuple[int, int, int, int],
    content: Any,
    lettered: Any,
    photos: Sequence[tuple[int, int, int, int]] = (),
) -> tuple[int, int, int, int]:
    """A photo found by its dark part, grown to the box of the faint ink around it (a white
    plate's rim and shadow, a white device's outline: on a scan its white merges with the
    paper, and its caption seems to sit far under it) unless that box holds text or joins
    it to another of the page's `photos` (`_joins_photos`: two photos side by side whose
    cards' frames bridge the gutter are two figures)."""
    _, regions = content
    top, left, bottom, right = region
    around = [
        (t, x, b, r)
        for t, x, b, r in regions
        if t <= top
        and x <= left
        and bottom <= b
        and right <= r
        and not lettered[t : b + 1, x : r + 1].any()
        and not _joins_photos((t, x, b, r), region, photos)
    ]
    if not around:
        return region
    return max(around, key=lambda box: (box[2] - box[0]) * (box[3] - box[1]))


BACKDROP_PHOTOS_SHARE = 0.25  # share of a backdrop's box that photos, its own and another,
# cover at most: a plate's rim around its small dark pieces, not two photos and a gutter


def _joins_photos(
    box: tuple[int, int, int, int],
    region: tuple[int, int, int, int],
    photos: Sequence[tuple[int, int, int, int]],
) -> bool:
    """Whether a faint region around `region` (its (top, left, bottom, right) cells `box`)
    reaches another photo and is mostly photos: two photos side by side, joined by their
    cards' frames, cover most of it; a white plate's rim holds only its own small dark
    pieces, a drawn face's outline its eyes, and is mostly paper."""
    top, left, bottom, right = box

    def cells(other: tuple[int, int, int, int]) -> int:
        rows = min(bottom, other[2]) - max(top, other[0]) + 1
        cols = min(right, other[3]) - max(left, other[1]) + 1
        return max(rows, 0) * max(cols, 0)

    others = sum(cells(other) for other in photos if other != region)
    if not others:
        return False
    area = (bottom - top + 1) * (right - left + 1)
    return (others + cells(region)) >= BACKDROP_PHOTOS_SHARE * area


def _holds(outer: tuple[int, int, int, int], inner: tuple[int, int, int, int]) -> bool:
    """Whether the (top, left, bottom, right) cells `inner` lie within `outer`."""
    return (
        outer[0] <= inner[0]
        and outer[1] <= inner[1]
        and inner[2] <= outer[2]
        and inner[3] <= outer[3]
    )


def _eroded(mask: Any) -> Any:
    """The cells of a boolean grid whose four neighbours are set too: lines a cell or two
    wide (a panel's frame) vanish, a photo shrinks by one cell all round."""
    import numpy as np

    padded = np.pad(mask, 1)
    return mask & padded[:-2, 1:-1] & padded[2:, 1:-1] & padded[1:-1, :-2] & padded[1:-1, 2:]


def _regions(mask: Any) -> list[tuple[int, int, int, int]]:
    """The (top, left, bottom, right) cells of each 4-connected region of a boolean grid."""
    import numpy as np

    rows, cols = mask.shape
    seen = np.zeros_like(mask)
    out = []
    for r0, c0 in zip(*np.nonzero(mask), strict=True):
        if seen[r0, c0]:
            continue
        stack = [(r0, c0)]
        seen[r0, c0] = True
        top, left, bottom, right = r0, c0, r0, c0
        while stack:
            r, c = stack.pop()
            top, bottom, left, right = min(top, r), max(bottom, r), min(left, c), max(right, c)
            for rr, cc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= rr < rows and 0 <= cc < cols and mask[rr, cc] and not seen[rr, cc]:
                    seen[rr, cc] = True
                    stack.append((rr, cc))
        out.append((int(top), int(left), int(bottom), int(right)))
    return out


# --- one text page -----------------------------------------------------------------------------


def analyse_page(page: pdfium.PdfPage, page_number: int) -> PageLayout:
    """The layout of one page from its text layer (`source="empty"` when it has none).

    A page whose text mostly runs turned by 90, 180 or 270 degrees (a catalog spread set
    sideways) is laid out in the frame where that text reads upright: `rotation` says by how
    many degrees (counter-clockwise) the page was turned, and the boxes are in that frame."""
    width, height = page.get_size()
    if page.get_rotation() in (90, 270):
        # pdfium's size is the displayed one; character boxes are in the page's own space
        width, height = height, width
    words, turn, turned = _words(page, width, height)
    words = join_raised_cents(words)
    rules, figures, fills = _graphics(page, height)
    if turn:
        rules = [_turn(box, turn, width, height) for box in rules]
        figures = [_turn(box, turn, width, height) for box in figures]
        fills = [_turn(box, turn, width, height) for box in fills]
        if turn in (1, 3):
            width, height = height, width
    layout = PageLayout(page_number, width, height, rotation=(0, 90, 180, 270)[turn])
    characters = sum(len(w.text) for w in words)
    if characters < 10 or (characters < 2 * STAMP_MAX_CHARS and figures and stamped_scan(page)):
        # no text layer, or a scan with a few words stamped on it (read as a scan: OCR'd)
        layout.source = "empty"
        layout.blocks = [_figure(box, i) for i, box in enumerate(figures)]
        return layout
    # a table's headings set turned over its columns are its header row (`turned_headers`)
    layout.blocks, layout.turned = tables_under_turned_heads(
        layout_words(words, rules, figures, width, height), turned
    )
    layout.badges = badges_after_names(words, fills)
    return layout


def _turn(box: Box, turn: int, width: float, height: float) -> Box:
    """A top-down box of a (width x height) page in the frame where text of direction `turn`
    (pdfium's char angle in quarter turns clockwise: 1 runs down, 2 upside down, 3 up) reads
    left to right."""
    left, top, right, bottom = box
    if turn == 1:  # the page turned a quarter counter-clockwise
        return (top, width - right, bottom, width - left)
    if turn == 2:
        return (width - right, height - bottom, width - left, height - top)
    if turn == 3:  # the page turned a quarter clockwise
        return (height - bottom, left, height - top, right)
    return box


_TOKEN = re.compile(r"[^\s\ufffe\uffff\x00]+(\ufffe)?")
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")  # Hebrew, Arabic letters
BOLD_WEIGHT = 600
DEFAULT_WEIGHT = 400  # the weight pdfium gives a stem width written as a default (80)
# a bold face by its name ("Helvetica-Bold", "ABCDEF+Arial-BoldMT", "TimesNewRoman,Bold",
# "Montserrat-SemiBold", "Arial Black"), for fonts that state no weight
_BOLD_NAME = re.compile(rb"bold|black|heavy|demi|[-,]bd(?:$|[^a-z])", re.I)


def _bold(textpage: Any, index: int, fonts: dict[int, bool]) -> bool:
    """Whether a character is set in a bold face: its font's weight where the font states one;
    else its font's name says so (the standard 14 fonts, "Helvetica-Bold", and many fonts made
    by office suites state no weight, and pdfium reports 0 or -1 for them). pdfium reads the
    weight from the descriptor's stem width, which many producers write as one default (80,
    weight 400) for every face of a family: a weight of exactly `DEFAULT_WEIGHT` states
    nothing ("CenturyGothic-Bold" at 400 like its regular face), and the name decides.
    `fonts` keeps each font's answer for the page, so a name is read once a font, not once a
    word."""
    weight = pdfium_c.FPDFText_GetFontWeight(textpage, index)
    if weight > 0 and weight != DEFAULT_WEIGHT:
        return weight >= BOLD_WEIGHT
    font = pdfium_c.FPDFTextObj_GetFont(pdfium_c.FPDFText_GetTextObject(textpage, index))
    key = ctypes.cast(font, ctypes.c_void_p).value or 0
    if key not in fonts:
        name = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        pdfium_c.FPDFText_GetFontInfo(textpage, index, name, len(name), ctypes.byref(flags))
        fonts[key] = bool(_BOLD_NAME.search(name.value))
    return fonts[key]


def _words(
    page: pdfium.PdfPage, width: float, height: float
) -> tuple[list[Word], int, list[Block]]:
    """Words from pdfium's characters, split where pdfium put a space or a line break, and the
    direction most of the text runs in (quarter turns, see `_turn`).

    A word's box is the union of the loose boxes of its first and last characters (the loose
    box spans the glyph's advance and the font's ascent to descent); only a word whose two ends
    are not on one line, or that is far wider than its characters, is walked character by
    character. Three more calls per word give its angle, font size and weight. One call per
    character was most of the cost of a dense page. Words running in another direction than
    most (a margin stamp, an axis label) are left out, and so are words drawn far off the page
    (more than `OFF_PAGE` of its size beyond an edge), which no reader sees; text just past an
    edge (a caption cut off at the bottom) is kept, as a text extractor would give it."""
    textpage = page.get_textpage()
    try:
        raw = textpage.raw
        count = pdfium_c.FPDFText_CountChars(raw)
        if count <= 0:
            return [], 0, []
        text = textpage.get_text_range(0, count)
        if len(text) != count:  # characters outside the BMP: fall back to one call each
            text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))
        tokens = []
        weight_by_turn = [0, 0, 0, 0]
        fonts: dict[int, bool] = {}  # bold or not, by font, for fonts stating no weight
        for match in _TOKEN.finditer(text):
            angle = pdfium_c.FPDFText_GetCharAngle(raw, match.start())
            turn = round(angle / (math.pi / 2)) % 4
            tokens.append((match, turn))
            weight_by_turn[turn] += match.end() - match.start()
        turn = max(range(4), key=lambda t: (weight_by_turn[t], t == 0))
        rect = pdfium_c.FS_RECTF()
        channels = _Channels()

        def box(index: int) -> tuple[float, float, float, float] | None:
            if not pdfium_c.FPDFText_GetLooseCharBox(raw, index, rect):
                return None
            top_down = (rect.left, height - rect.top, rect.right, height - rect.bottom)
            return _turn(top_down, turn, width, height) if turn else top_down

        words: list[Word] = []
        frame_w, frame_h = (height, width) if turn in (1, 3) else (width, height)
        phrases: list[tuple[int, list[tuple[str, Box, float]]]] = []  # turned text, by run
        for match, direction in tokens:
            if direction != turn:
                _add_turned(phrases, match, direction, text, box, raw)
                continue
            start, end = match.start(), match.end(1) if match.group(1) else match.end()
            last = end - 1 - (1 if match.group(1) else 0)
            a, b = box(start), box(last)
            if a is None or b is None:
                continue
            token = text[start : last + 1] + ("-" if match.group(1) else "")
            tall = max(a[3] - a[1], 1.0)
            rtl = bool(_RTL.search(token))  # Arabic, Hebrew: the last character is leftmost
            if rtl:
                a, b = b, a
            one_line = abs((a[1] + a[3]) - (b[1] + b[3])) < tall and b[2] >= a[0]
            if one_line and b[2] - a[0] <= (last - start + 1) * tall * 1.2 + tall:
                pieces = [(start, token, (a[0], min(a[1], b[1]), b[2], max(a[3], b[3])))]
                if _FIGURES_TOKEN.fullmatch(token):
                    pieces = _split_at_smaller_type(text, start, last, box, raw) or pieces
            else:
                pieces = _split_token(text, start, last, box, rtl)
            for first, word, (left, top, right, bottom) in pieces:
                if (
                    right < -OFF_PAGE * frame_w
                    or bottom < -OFF_PAGE * frame_h
                    or left > (1 + OFF_PAGE) * frame_w
                    or top > (1 + OFF_PAGE) * frame_h
                ):
                    continue  # far off the page (a design tool's stray glyphs): never shown
                size = _font_size(raw, first) or bottom - top
                bold = _bold(raw, first, fonts)
                colour = _colour(raw, first, channels)
                words.append(Word(word, left, top, right, bottom, size, bold, colour))
        return words, turn, _turned_blocks(phrases)
    finally:
        textpage.close()


class _Channels:
    """The four out-parameters of pdfium's colour call, made once per page, not per word."""

    def __init__(self) -> None:
        self.r, self.g, self.b, self.a = (ctypes.c_uint() for _ in range(4))


def _colour(raw: Any, index: int, out: _Channels) -> tuple[int, int, int] | None:
    """The colour a character is filled with (a badge's white on its box, a red "SALE"), which
    sets a badge apart from the name it follows (`name_badges`); None where pdfium has none."""
    if not pdfium_c.FPDFText_GetFillColor(raw, index, out.r, out.g, out.b, out.a):
        return None
    return (out.r.value, out.g.value, out.b.value)


def _font_size(raw: Any, index: int) -> float:
    """The size a character is printed at, in points: its font's size in the text state times
    the vertical scale of its text matrix (with the page's transformation). A word processor's
    export may set every font at 1 and scale it by the matrix (ITU T.4: "1 Tf", "12 0 0 12 Tm"),
    where the font size alone made every line 1 point and no heading larger than its text."""
    size = pdfium_c.FPDFText_GetFontSize(raw, index)
    matrix = pdfium_c.FS_MATRIX()
    if size and pdfium_c.FPDFText_GetMatrix(raw, index, ctypes.byref(matrix)):
        scale = math.hypot(matrix.c, matrix.d)
        if scale > 0:
            return size * scale
    return size


RAISED_CENTS_SIZE = 0.75  # a raised cents word's size at most this share of its amount's
RAISED_CENTS_GAP = 0.3  # sizes of the amount between its last figure and the cents
_WHOLE_AMOUNT = re.compile(r"(?P<pre>[€$£])?(?P<whole>\d{1,4})")
_RAISED_CENTS = re.compile(r"(?P<pre>[€$£])?(?P<cents>\d{2})(?P<post>[€$£])?")


def join_raised_cents(words: list[Word]) -> list[Word]:
    """A price as a flyer prints it: the whole amount large, the cents small and raised at its
    top right, the currency sign small beside them ("7" then "€94", "1" then "99") is one
    word, "7,94 €" (a comma with the euro, else a point: "£1.45", "1.99"). Read apart, a
    flyer's price was two numbers, the cents a price of their own, the whole amount nothing;
    a raised figure after a smaller word (a footnote's mark) is no cents. Words with their
    sizes are only known here; where only a line's text is left (a scan's "1 36", the dot lost
    under the cents), the catalog's `split_prices` reads the same form."""
    out: list[Word] = []
    for word in words:
        whole = _WHOLE_AMOUNT.fullmatch(out[-1].text) if out else None
        cents = _RAISED_CENTS.fullmatch(word.text)
        if whole and cents:
            big = out[-1]
            sign = whole["pre"] or cents["pre"] or cents["post"] or ""
            if (
                not (whole["pre"] and (cents["pre"] or cents["post"]))
                and word.size <= RAISED_CENTS_SIZE * big.size
                and 0 <= word.left - big.right <= RAISED_CENTS_GAP * big.size
                and word.top >= big.top - 0.2 * big.height
                and word.bottom <= big.top + 0.7 * big.height
            ):
                amount = f"{whole['whole']},{cents['cents']} €" if sign == "€" else ""
                amount = amount or f"{sign}{whole['whole']}.{cents['cents']}"
                out[-1] = Word(
                    amount,
                    big.left,
                    min(big.top, word.top),
                    word.right,
                    big.bottom,
                    big.size,
                    big.bold,
                )
                continue
        out.append(word)
    return out


TURNED_GAP = 1.0  # font sizes between two turned words of one phrase, along its run


def _add_turned(
    phrases: list[tuple[int, list[tuple[str, Box, float]]]],
    match: re.Match[str],
    direction: int,
    text: str,
    box: Callable[[int], Box | None],
    raw: Any,
) -> None:
    """Put a word set turned against the page into the phrase it continues (same direction,
    next along the run, on its line), else start a phrase."""
    start, last = match.start(), match.end() - 1
    a, b = box(start), box(last)
    if a is None or b is None:
        return
    word_box = union([a, b])
    size = _font_size(raw, start) or 1.0
    if phrases and phrases[-1][0] == direction:
        _, prior = phrases[-1]
        before = prior[-1][1]
        across = (before[0], before[2]) if direction % 2 else (before[1], before[3])
        this = (word_box[0], word_box[2]) if direction % 2 else (word_box[1], word_box[3])
        gap = (
            max(word_box[1], before[1]) - min(word_box[3], before[3])
            if direction % 2
            else max(word_box[0], before[0]) - min(word_box[2], before[2])
        )
        same_line = min(across[1], this[1]) - max(across[0], this[0]) > 0
        if same_line and gap <= TURNED_GAP * size:
            prior.append((text[start : last + 1], word_box, size))
            return
    phrases.append((direction, [(text[start : last + 1], word_box, size)]))


def _turned_blocks(phrases: list[tuple[int, list[tuple[str, Box, float]]]]) -> list[Block]:
    """The turned phrases as caption blocks in the page's frame."""
    out = []
    for _, words in phrases:
        bbox = union([box for _, box, _ in words])
        text = " ".join(word for word, _, _ in words)
        size = statistics.median(size for _, _, size in words)
        out.append(Block(kind="caption", bbox=bbox, text=text, font_size=size, lines=[text]))
    return out


_FIGURES_TOKEN = re.compile(r"[€$£]?\d{1,4}[€$£]?\d{2}[€$£]?")  # "1299€": a price, its cents small?


def _split_at_smaller_type(
    text: str, start: int, last: int, box: Callable[[int], Box | None], raw: Any
) -> list[tuple[int, str, Box]]:
    """A token of figures whose end is set in smaller type ("12" large, "99€" small, with no
    space between): the large part and the small one as two words, else none."""
    sizes = [_font_size(raw, i) for i in range(start, last + 1)]
    if not sizes[0]:
        return []
    cut = next((k for k, size in enumerate(sizes) if size <= RAISED_CENTS_SIZE * sizes[0]), 0)
    if cut < 1:
        return []
    out: list[tuple[int, str, Box]] = []
    for first, end in ((start, start + cut - 1), (start + cut, last)):
        a, b = box(first), box(end)
        if a is None or b is None:
            return []
        extent = (a[0], min(a[1], b[1]), b[2], max(a[3], b[3]))
        out.append((first, text[first : end + 1], extent))
    return out


def _split_token(
    text: str, start: int, last: int, box, rtl: bool = False
) -> list[tuple[int, str, Box]]:
    """A token whose characters pdfium set apart without a space: split at the gaps (right to
    left in a right-to-left script)."""
    out: list[tuple[int, str, Box]] = []
    chars: list[str] = []
    first, extent, previous = start, None, None
    for index in range(start, last + 1):
        b = box(index)
        if b is None:
            continue
        if previous is not None:
            tall = max(b[3] - b[1], previous[3] - previous[1], 1.0)
            gap = previous[0] - b[2] if rtl else b[0] - previous[2]
            if (
                abs((b[1] + b[3]) - (previous[1] + previous[3])) >= tall
                or not -tall <= gap <= WORD_GAP * tall
            ):
                out.append((first, "".join(chars), extent))
                chars, extent = [], None
        if extent is None:
            first, extent = index, b
        else:
            extent = union([extent, b])
        chars.append(text[index])
        previous = b
    if chars and extent is not None:
        out.append((first, "".join(chars), extent))
    return out


def _graphics(page: pdfium.PdfPage, page_height: float) -> tuple[list[Box], list[Box], list[Box]]:
    """Stroked rectangles and thin rules (table edges), images large enough to be figures, and
    filled shapes a line or two high (a badge's box or pill behind its word, a zebra row)."""
    rules: list[Box] = []
    figures: list[Box] = []
    fills: list[Box] = []
    left, bottom = ctypes.c_float(), ctypes.c_float()
    right, top = ctypes.c_float(), ctypes.c_float()
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if pdfium_c.FPDFPage_CountObjects(page.raw) > 5000:
        return rules, figures, fills  # a page drawn from thousands of objects: no tables
    for kind, obj, forms in walk_objects(page.raw):
        if kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE):
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        bounds = (left.value, bottom.value, right.value, top.value)
        for matrix in reversed(forms):  # form space -> page space, innermost first
            bounds = matrix.on_rect(*bounds)
        box = (bounds[0], page_height - bounds[3], bounds[2], page_height - bounds[1])
        w, h = box[2] - box[0], box[3] - box[1]
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            if w >= MIN_FIGURE_SIDE and h >= MIN_FIGURE_SIDE:
                figures.append(box)
            continue
        segments = pdfium_c.FPDFPath_CountSegments(obj)
        pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke)
        thin = min(w, h) <= 2.5
        if fill.value and not thin and h <= SHADED_CELL_HEIGHT and segments <= FILL_SEGMENTS:
            fills.append(box)  # a rectangle or a pill (its round ends a few curves)
        if segments > 6 or not _square_path(obj, segments, forms):
            continue  # curves, slants and drawings (a wheel's spokes), not rules or cells
        # a shaded cell (a header's, a spreadsheet's row numbers, a group row) is stroked and
        # filled: a cell still when it is a line or two high; a taller one is a panel
        shaded_cell = stroke.value and fill.value and h <= SHADED_CELL_HEIGHT
        if thin or (stroke.value and not fill.value) or shaded_cell:
            rules.append(box)
    return rules, figures, fills


SQUARE_SLACK = 1.0  # points a rule's or cell side's ends may differ by across it


def _square_path(obj: Any, segments: int, forms: Sequence[pdfium.PdfMatrix]) -> bool:
    """A path drawn of straight lines across and down only (a rule, a cell's sides): one with a
    curve or a slanted line (a spoke, a diagonal, an arc) draws a picture, never a table's
    ruling, however its bounding box looks."""
    x, y = ctypes.c_float(), ctypes.c_float()
    raw = pdfium_c.FS_MATRIX()
    matrices = forms
    if pdfium_c.FPDFPageObj_GetMatrix(obj, raw):
        matrices = [*forms, pdfium.PdfMatrix.from_raw(raw)]
    previous: tuple[float, float] | None = None
    for index in range(segments):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, index)
        if not segment or not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            return True  # unreadable: judged by its box as before
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            return False
        point = (x.value, y.value)
        for matrix in reversed(matrices):  # the object's own matrix first, then its forms'
            point = matrix.on_point(*point)
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and previous is not None:
            across, down = abs(point[0] - previous[0]), abs(point[1] - previous[1])
            if min(across, down) > SQUARE_SLACK:
                return False
        previous = point
    return True


# --- the geometry, shared by text and OCR pages -------------------------------------------------


def layout_words(
    words: Sequence[Word],
    rules: Sequence[Box],
    figures: Sequence[Box],
    width: float,
    height: float,
) -> list[Block]:
    """Blocks in reading order from words, table edges and figure boxes (see module doc)."""
    segments = _segments(_join_letter_spaced(words))
    figures = [box for box in figures if not _behind_text(box, segments, width * height)]
    blocks: list[Block] = []
    touching = _touching(rules)  # rules grouped by overlap: a grid's, or a lone hairline
    tables, segments = _ruled_tables(segments, rules, touching)
    blocks += tables
    figure_blocks = [_figure(box, i) for i, box in enumerate(figures)]
    frames = [box for box in rules if min(box[2] - box[0], box[3] - box[1]) > 2.5]
    borderless, left = [], []
    panels = [
        column
        for panel in _panels(segments, rules, height)
        for part in _boxed_apart(panel, touching)
        for column in _gutter_panels(part, width)
    ]
    runs = _stacked_rules([g[0] for g in touching if len(g) == 1])
    for panel in panels:
        found, rest = _borderless_tables(panel, figures, frames, rules)
        cutting = [table for table in found if _cuts_a_ruled_table(table, runs)]
        if cutting:  # their lines go back to the table their hairlines rule
            kept = {id(s) for s in rest}
            rest = [
                s
                for s in panel
                if id(s) in kept or any(_box_holds(t.bbox, _edges(s)) for t in cutting)
            ]
        borderless += [table for table in found if not any(table is t for t in cutting)]
        left += rest
    kept = {id(s) for s in left}
    segments = [s for s in segments if id(s) in kept]
    blocks += borderless
    hairlined, segments = _hairline_tables(segments, touching)
    blocks += hairlined
    segments = _join_justified(segments)
    lines = _lines(segments)
    units, captions = _figure_units(figure_blocks, lines)
    items: list[Item] = [*blocks, *units, *(line for line in lines if id(line[0]) not in captions)]
    ordered = _expand(_xy_cut(items))
    body = _body_size(segments)
    out = _group(ordered, body)
    _mark_captions(out)
    return out


LETTER_SPACED_RUN = 4  # at least this many single letters in a row make a letter-spaced word
LETTER_SPACING = 0.6  # letter-spaced: gaps at most this many font sizes, and alike
WORD_SPACING = 1.6  # in a letter-spaced run, a gap this many times the letters' is a word space


def _join_letter_spaced(words: Sequence[Word]) -> list[Word]:
    """Letter-spaced text ("Q U A L I T Y  P R O D U C T S", a designer's tracking) as words.

    A text extractor or OCR gives each letter of a tracked heading as a word of its own. A run of
    at least `LETTER_SPACED_RUN` one-letter words on one line, of one size, whose gaps are
    narrow (at most `LETTER_SPACING` of the size) and alike, is joined back into words, split
    where a gap is `WORD_SPACING` times the run's usual gap. Single letters set far apart
    (a table's size columns "S  M  L  XL") or a lone initial are left as they are."""
    out: list[Word] = []
    run: list[Word] = []

    def flush() -> None:
        if len(run) >= LETTER_SPACED_RUN and not _dimensions_run(run):
            out.extend(_spaced_words(run))
        else:
            out.extend(run)
        run.clear()

    for word in words:
        if len(word.text) == 1 and word.text.isalnum():
            if run and not _next_letter(run[-1], word):
                flush()
            run.append(word)
            continue
        flush()
        out.append(word)
    flush()
    return out


def _dimensions_run(run: Sequence[Word]) -> bool:
    """A run of one-character words holding figures multiplied ("2 x 8 L": a fryer's two
    tanks of 8 litres, set with word spaces): a size, no tracked word."""
    return any(
        a.text.isdigit() and x.text in "xX" and b.text.isdigit()
        for a, x, b in zip(run, run[1:], run[2:], strict=False)
    )


def _next_letter(previous: Word, word: Word) -> bool:
    """`word` follows `previous` on its line, of its size, within a letter-spaced run's reach."""
    same_line = abs((previous.top + previous.bottom) - (word.top + word.bottom)) < previous.height
    gap = word.left - previous.right
    size = max(previous.size, 1.0)
    return (
        same_line
        and abs(word.size - previous.size) < 0.1 * size
        and 0 <= gap <= WORD_SPACING * LETTER_SPACING * size
    )


def _spaced_words(run: list[Word]) -> list[Word]:
    gaps = [b.left - a.right for a, b in itertools.pairwise(run)]
    letter_gap = sorted(gaps)[len(gaps) // 2]
    size = max(run[0].size, 1.0)
    letters = [g for g in gaps if g < WORD_SPACING * max(letter_gap, 0.05 * size)]
    if letter_gap > LETTER_SPACING * size or max(letters) > 2 * max(min(letters), 0.05 * size):
        return run  # wide or uneven gaps: single letters set apart, not a tracked word
    out: list[Word] = []
    group = [run[0]]
    for gap, word in zip(gaps, run[1:], strict=True):
        if gap >= WORD_SPACING * max(letter_gap, 0.05 * size):
            out.append(_joined_word(group))
            group = []
        group.append(word)
    out.append(_joined_word(group))
    return out


def _joined_word(letters: list[Word]) -> Word:
    return Word(
        "".join(w.text for w in letters),
        letters[0].left,
        min(w.top for w in letters),
        letters[-1].right,
        max(w.bottom for w in letters),
        letters[0].size,
        all(w.bold for w in letters),
    )


BEHIND_TEXT_SHARE = 0.1  # share of an image covered by text on it that makes it a background
TEXT_EFFECT_HEIGHT = 3.0  # an image at most this many text heights tall behind one line
STICKER_WORDS = 3  # words of a sticker or badge on a photo: "2 for", "£1.45", "NEW"
MAX_STICKERS = 4  # stickers and badges a photo may carry and still be a photo
BACKDROP_PAGE_SHARE = 0.5  # share of the page an image covers that makes texts on it a backdrop's


def _behind_text(box: Box, segments: Sequence[_Segment], page_area: float = 0.0) -> bool:
    """An image with text drawn over it is a background, not a figure: a page's frame, a
    panel or a decoration (several lines or a tenth of its area covered by text), or a text
    effect such as a shadow (an image little taller than the one line drawn on it). A photo
    carrying a few short stickers (a flyer's price burst, a "2 for £3" roundel) stays one."""
    left, top, right, bottom = box
    area = max((right - left) * (bottom - top), 1.0)
    inside = [
        s
        for s in segments
        if left <= (s.left + s.right) / 2 <= right and top <= (s.top + s.bottom) / 2 <= bottom
    ]
    covered = sum((s.right - s.left) * (s.bottom - s.top) for s in inside)
    if inside and covered >= BEHIND_TEXT_SHARE * area:
        return True
    if len(inside) >= 3 and not _stickers(inside, area, page_area):
        return True
    # A text effect: words drawn across the image, which is little taller than them. Words,
    # not lines: a shadow may lie behind one word of a line whose middle is elsewhere.
    across = [
        (min(w.right, right) - max(w.left, left), w.height)
        for s in segments
        for w in s.words
        if w.left < right
        and w.right > left
        and w.top < bottom
        and w.bottom > top
        and top <= (w.top + w.bottom) / 2 <= bottom
    ]
    if not across:
        return False
    tallest = max(height for _, height in across)
    spanned = sum(width for width, _ in across)
    blur = bottom - top - tallest  # an effect reaches as far past the words' ends as above them
    return bottom - top <= TEXT_EFFECT_HEIGHT * tallest and spanned + blur >= 0.5 * (right - left)


def _stickers(inside: Sequence[_Segment], area: float, page_area: float) -> bool:
    """Texts on an image that are stickers or badges on a photo, not text flowing over a
    background: a few short pieces (the share they cover is checked by the caller) on an
    image smaller than a page's backdrop (half a page or more, whose texts are the page's)."""
    return (
        len(inside) <= MAX_STICKERS
        and all(len(s.words) <= STICKER_WORDS for s in inside)
        and area < BACKDROP_PAGE_SHARE * page_area
    )


JUSTIFY_GAP = 3.0  # text heights: the widest word space of a justified line


def _join_justified(segments: list[_Segment]) -> list[_Segment]:
    """Segments of one line parted by a justified line's wide word spaces join again: two
    pieces of a line, at most `JUSTIFY_GAP` heights apart, whose gap the line above or below
    spans (a column gutter is empty on every line, a word space is not)."""
    rows = _rows_of(segments)
    if all(len(row) < 2 for row in rows):
        return segments
    merged: dict[int, _Segment] = {}  # id of a segment joined into another -> that one
    for number, row in enumerate(rows):
        neighbours = [s for k in (number - 1, number + 1) if 0 <= k < len(rows) for s in rows[k]]
        current = row[0]
        for seg in row[1:]:
            tall = min(current.height, seg.height)
            gap = seg.left - current.right
            near = [
                n
                for n in neighbours
                if n.top - current.bottom <= tall and current.top - n.bottom <= tall
            ]
            if (
                0 < gap <= JUSTIFY_GAP * tall
                and abs(current.size - seg.size) < 0.6
                and any(n.left <= current.right and n.right >= seg.left for n in near)
            ):
                if _RTL.search(current.words[0].text):
                    current.words[:0] = seg.words  # the right-hand piece reads first
                else:
                    current.words += seg.words
                current.right = max(current.right, seg.right)
                current.top, current.bottom = (
                    min(current.top, seg.top),
                    max(current.bottom, seg.bottom),
                )
                merged[id(seg)] = current
                continue
            current = seg
    return [s for s in segments if id(s) not in merged]


def _segments(words: Sequence[Word]) -> list[_Segment]:
    """Words joined along a baseline while no wide gap parts them; a segment that starts in a
    right-to-left script runs leftwards, its words kept in reading order. A bullet drawn apart
    from its line (a glyph set in its own column) joins the line it marks."""
    out: list[_Segment] = []
    for word in words:
        if out:
            seg = out[-1]
            last = seg.words[-1]
            height = max(min(last.height, word.height), 1.0)
            centre_a, centre_b = (last.top + last.bottom) / 2, (word.top + word.bottom) / 2
            same_line = abs(centre_a - centre_b) < 0.5 * height
            leftwards = bool(_RTL.search(seg.words[0].text))
            gap = last.left - word.right if leftwards else word.left - last.right
            if same_line and -0.5 * height <= gap <= SEGMENT_GAP * height:
                _extend(seg, word)
                continue
        out.append(_Segment([word], word.left, word.top, word.right, word.bottom))
    return _join_bullets(out)


def _extend(seg: _Segment, word: Word) -> None:
    seg.words.append(word)
    seg.left, seg.top, seg.right, seg.bottom = union([_edges(seg), _edges(word)])


OFF_PAGE = 0.1  # share of the page's size beyond an edge past which words are dropped
BULLET_GAP = 4.0  # text heights between a lone bullet glyph and the line it marks


def _join_bullets(segments: list[_Segment]) -> list[_Segment]:
    """A segment that is only a bullet, followed on its line (within `BULLET_GAP` heights)
    by text, starts that text: "•" + "Warnanya: ..." is one list item's line."""
    bullets = [s for s in segments if len(s.words) == 1 and s.words[0].text in _BULLET_GLYPHS]
    if not bullets:
        return segments
    taken: set[int] = set()
    for bullet in bullets:
        centre = (bullet.top + bullet.bottom) / 2
        if _marks_a_cell(bullet, segments):
            continue
        best = None
        for seg in segments:
            if seg is bullet or id(seg) in taken or seg.words[0].text in _BULLET_GLYPHS:
                continue
            gap = seg.left - bullet.right
            tall = max(seg.height, bullet.height)
            near = 0 <= gap <= BULLET_GAP * tall and seg.top < centre < seg.bottom
            if near and (best is None or gap < best[0]):
                best = (gap, seg)
        if best is not None:
            seg = best[1]
            seg.words.insert(0, bullet.words[0])
            seg.left, seg.top = min(seg.left, bullet.left), min(seg.top, bullet.top)
            seg.bottom = max(seg.bottom, bullet.bottom)
            taken.add(id(bullet))
    return [s for s in segments if id(s) not in taken]


_BULLET_GLYPHS = frozenset("•·▪■◦●○‣⁃–-*")
_CELL_FIGURE = re.compile(r"^[-–—]$|^[\d.,' ]*\d$")  # a dash (nothing offered) or an amount
_CELL_AMOUNT = re.compile(r"^[£$€¥]\s?\d[\d.,' ]*\d$|^\d[\d.,' ]*[.,]\d\d\s?[£$€¥]?$")


def _marks_a_cell(dash: _Segment, segments: Sequence[_Segment]) -> bool:
    """A lone dash right of another dash or an amount on its line, or left of a price (within
    `BULLET_GAP` heights): a table's mark for a cell with nothing in it ("3.45 | - | -",
    "- | £34.11"), not the bullet of the text after it (in the next table beside it)."""
    if dash.words[0].text not in "-–":
        return False
    centre = (dash.top + dash.bottom) / 2
    beside = [
        s
        for s in segments
        if s is not dash
        and s.top < centre < s.bottom
        and (
            0 <= dash.left - s.right <= BULLET_GAP * max(s.height, dash.height)
            or 0 <= s.left - dash.right <= BULLET_GAP * max(s.height, dash.height)
        )
    ]
    left = [s for s in beside if s.right <= dash.left]
    if left and _CELL_FIGURE.match(max(left, key=lambda s: s.right).text.strip()):
        return True
    # a dash before a priced cell ("- | £34.11"): a list's bullet marks words, not an amount
    right = [s for s in beside if s.left >= dash.right]
    return bool(right) and bool(_CELL_AMOUNT.match(min(right, key=lambda s: s.left).text.strip()))


def _lines(segments: Sequence[_Segment]) -> list[list[_Segment]]:
    """Each segment as its own line item (reading order decides what follows what)."""
    return [[s] for s in segments]


# --- tables ------------------------------------------------------------------------------------


def _cluster(values: Iterable[float], tolerance: float) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if out and value - out[-1] <= tolerance:
            continue
        out.append(value)
    return out


def _ruled_tables(
    segments: list[_Segment], rules: Sequence[Box], groups: Sequence[Sequence[Box]]
) -> tuple[list[Block], list[_Segment]]:
    """Tables drawn with cell rectangles or rules (`groups`: the rules by overlap): their
    grid's rows and columns."""
    if len(rules) < MIN_RULE_CELLS:
        return [], segments
    tables: list[Block] = []
    used: set[int] = set()
    for group in groups:
        if len(group) < MIN_RULE_CELLS:
            continue
        xs, ys = [], []
        for left, top, right, bottom in group:
            if right - left <= 2.5:  # vertical rule
                xs.append((left + right) / 2)
            elif bottom - top <= 2.5:  # horizontal rule
                ys.append((top + bottom) / 2)
            else:  # a stroked rectangle: all four edges
                xs += [left, right]
                ys += [top, bottom]
        columns, rows = _cluster(xs, 3.0), _cluster(ys, 3.0)
        if len(columns) == 2 and len(rows) > MIN_TABLE_ROWS:
            if not _rows_apart_by_lines(rows, segments):
                continue  # a frame round cards ruled apart (a brochure's page border)
            found = _ruled_by_rows(segments, used, columns, rows, group)
            if found is not None:
                tables.append(found[0])
                used.update(found[1])
            continue
        if len(columns) < 3 or len(rows) < 3:
            continue  # one row or one column is a box around text, not a table
        if _ruled_across(group, rows, columns[-1] - columns[0]) < MIN_RULES_ACROSS:
            continue  # a frame around a drawing: its strokes are no rows of a grid
        grid = [["" for _ in columns[1:]] for _ in rows[1:]]
        inside = []
        for index, seg in enumerate(segments):
            if index in used:
                continue
            cx, cy = (seg.left + seg.right) / 2, (seg.top + seg.bottom) / 2
            if not (columns[0] <= cx <= columns[-1] and rows[0] <= cy <= rows[-1]):
                continue
            r = max(i for i, y in enumerate(rows[:-1]) if y <= cy)
            for part in _split_at_edges(seg.words, columns[1:-1]):
                px = (part[0].left + part[-1].right) / 2
                c = max((i for i, x in enumerate(columns[:-1]) if x <= px), default=0)
                text = " ".join(w.text for w in part)
                grid[r][c] = f"{grid[r][c]} {text}".strip()
            inside.append(index)
        framed = _sheet_headings(grid)
        if framed:  # a spreadsheet's column letters and row numbers: no cells of the sheet
            grid, columns, rows = [row[1:] for row in grid[1:]], columns[1:], rows[1:]
        grid = [row for row in grid if any(row)]
        if len(grid) < 2 or not inside:
            continue
        used.update(inside)
        box = (columns[0], rows[0], columns[-1], rows[-1])
        spans = [(round(a, 2), round(b, 2)) for a, b in itertools.pairwise(columns)]
        tables.append(_table(grid, box, ruled=True, columns=spans))
    return tables, [s for i, s in enumerate(segments) if i not in used]


def _hairline_tables(
    segments: list[_Segment], touching: Sequence[Sequence[Box]]
) -> tuple[list[Block], list[_Segment]]:
    """Tables ruled by a hairline under each row, the hairlines apart from each other (each
    alone in its group of `touching` rules), whose rows stand too far apart for a borderless
    table (read first): a shop's key table under a room's picture, a price list's rows with
    air between them."""
    tables: list[Block] = []
    used: set[int] = set()
    lone = [g[0] for g in touching if len(g) == 1]
    for group in _stacked_rules(lone):
        if not _rows_between(group, segments):
            continue
        frame = [group[0][0], group[0][2]]
        found = _ruled_by_rows(segments, used, frame, [(b[1] + b[3]) / 2 for b in group], group)
        if found is not None:
            tables.append(found[0])
            used.update(found[1])
    return tables, [s for i, s in enumerate(segments) if i not in used]


def _cuts_a_ruled_table(table: Block, runs: Sequence[Sequence[Box]]) -> bool:
    """Whether a borderless table reads a band of two tables set side by side, each ruled by
    a hairline under each row (runs of `_stacked_rules`, apart across), a run going on a row
    or more above or below it: their rows stand level, so the band read as one table (its
    columns repeated). Its lines are the ruled tables' (`_hairline_tables`), whose group rows
    name the rows under them. A borderless table over all of the runs' rows (their first row
    over their first hairline) is the two read whole; one over a single run's rows, a table
    with its sections' headings between its rows, is its own reading."""
    over = [
        run
        for run in runs
        if run[0][0] < table.right
        and table.left < run[0][2]
        and run[0][1] < table.bottom
        and table.top < run[-1][3]
    ]
    if not any(a[0][2] <= b[0][0] for a in over for b in over):
        return False  # no two runs side by side under the table
    for run in over:
        spacing = statistics.median(b[1] - a[1] for a, b in itertools.pairwise(run))
        if run[0][1] < table.top - spacing or run[-1][3] > table.bottom + spacing:
            return True
    return False


def _stacked_rules(lone: Sequence[Box]) -> list[list[Box]]:
    """Rules drawn across a table under each of its rows, apart from each other (a row-ruled
    table's hairlines, touching nothing): runs of `MIN_RULES_ACROSS` + 1 horizontal rules or
    more, of one extent (their ends within `RULE_END_SLACK`), each as far below the last as a
    row is tall at most `STACKED_GAP` times the run's usual spacing."""
    flat = sorted((b for b in lone if b[3] - b[1] <= 2.5), key=lambda b: (b[0], b[2], b[1]))
    runs: list[list[Box]] = []
    for box in flat:
        home = next(
            (
                run
                for run in runs
                if abs(run[0][0] - box[0]) <= RULE_END_SLACK
                and abs(run[0][2] - box[2]) <= RULE_END_SLACK
            ),
            None,
        )
        if home is None:
            runs.append([box])
        else:
            home.append(box)
    out = []
    for run in runs:
        run.sort(key=lambda b: b[1])
        gaps = [b[1] - a[1] for a, b in itertools.pairwise(run)]
        if len(run) <= MIN_RULES_ACROSS or not gaps:
            continue
        usual = statistics.median(gaps)
        if usual > 0 and all(g <= STACKED_GAP * usual for g in gaps):
            out.append(run)
    return out


def _rows_between(rules: Sequence[Box], segments: Sequence[_Segment]) -> bool:
    """Whether hairlines stacked apart rule a table's rows, not cards or sections: they stand
    at most `STACKED_ROW_LINES` lines of the text between them apart (a row holds a line or
    two; a card holds a title, its lines, a photo)."""
    spacing = statistics.median(b[1] - a[1] for a, b in itertools.pairwise(rules))
    return _lines_apart(rules[0][1], rules[-1][3], spacing, segments)


def _rows_apart_by_lines(rows: Sequence[float], segments: Sequence[_Segment]) -> bool:
    """Whether a frame's rules across (`rows`: their heights, the frame's edges among them)
    part a table's rows, standing at most `FRAMED_ROW_LINES` lines apart, as `_rows_between`
    tells hairlines' rows from cards: a page's border round a brochure's cards ruled apart (a
    title, a reference, a list of contents each) is no table of two columns."""
    spacing = statistics.median(b - a for a, b in itertools.pairwise(rows))
    return _lines_apart(rows[0], rows[-1], spacing, segments, FRAMED_ROW_LINES)


def _lines_apart(
    top: float,
    bottom: float,
    spacing: float,
    segments: Sequence[_Segment],
    lines: float = STACKED_ROW_LINES,
) -> bool:
    """Whether rules `spacing` apart between `top` and `bottom` stand at most `lines` lines of
    the text between them apart."""
    heights = [s.height for s in segments if top <= s.top and s.bottom <= bottom]
    if not heights:
        return False
    return spacing <= lines * statistics.median(heights)


def _ruled_by_rows(
    segments: Sequence[_Segment],
    used: set[int],
    frame: Sequence[float],
    rows: Sequence[float],
    group: Sequence[Box],
) -> tuple[Block, set[int]] | None:
    """A table ruled by its rows only (a box round each row, or rules across, no edges between
    its cells): the rules give its rows (a name wrapped onto two lines inside a row is one
    cell) and its width, the text's alignment its columns: gutters the rows with several cells
    keep empty (`_cut_at_gutters` cuts titles set close together). Its column titles may stand
    in a shaded band right over its first ruled row. None when the rules are no such table:
    fewer than `MIN_RULES_ACROSS` of them across, or fewer than `MIN_TABLE_ROWS` rows of
    several cells in two columns at least (boxes round lines of text, a form's fields)."""
    left, right = frame[0], frame[-1]
    if _ruled_across(group, rows, right - left) < max(MIN_RULES_ACROSS, len(rows) - 1):
        return None
    height = statistics.median(b - a for a, b in itertools.pairwise(rows))
    bands: list[list[tuple[int, _Segment]]] = [[] for _ in rows[:-1]]
    titles: list[tuple[int, _Segment]] = []
    for index, seg in enumerate(segments):
        if index in used or seg.left < left - 2 or seg.right > right + 2:
            continue
        cy = (seg.top + seg.bottom) / 2
        if rows[0] <= cy <= rows[-1]:
            bands[max(i for i, y in enumerate(rows[:-1]) if y <= cy)].append((index, seg))
        elif rows[0] - height <= cy < rows[0]:
            titles.append((index, seg))
    if len(titles) >= 2:
        bands.insert(0, titles)
    bands = [band for band in bands if band]
    bands, groups = _group_rows_parted(bands, segments, used, left, right)
    run = [[seg for _, seg in band] for band in bands]
    lines = [r for n, r in enumerate(run) if len(r) >= 2 and n not in groups]
    if len(lines) < MIN_TABLE_ROWS:
        return None
    columns = _spans((s.left, s.right) for r in lines for s in r)
    notes = {id(r) for n, r in enumerate(run) if n in groups}
    run, columns, _ = _cut_at_gutters(run, columns, notes)
    if len(columns) < 2:
        return None
    grid = []
    asides: list[str] = []
    for band in run:
        if id(band) in notes:  # a group row spans the table: its text is its first cell's
            text = " ".join(seg.text for seg in sorted(band, key=lambda s: s.left))
            grid.append([text] + ["" for _ in columns[1:]])
            continue
        cells = ["" for _ in columns]
        held: list[list[_Segment]] = [[] for _ in columns]
        for seg in sorted(band, key=lambda s: (round(s.top), s.left)):
            centre = (seg.left + seg.right) / 2
            column = next(
                (i for i, (a, b) in enumerate(columns) if a - 2 <= centre <= b + 2),
                max((i for i, (a, _) in enumerate(columns) if a - 2 <= seg.left), default=0),
            )
            cells[column] = f"{cells[column]} {seg.text}".strip()
            held[column].append(seg)
        grid.append(cells)
        asides += [text for cell in held for text in _cell_asides(cell)]
    inside = {index for band in bands for index, _ in band}
    top = min(min(s.top for _, s in band) for band in bands[:1]) if bands else rows[0]
    top = min(top, rows[0])
    spans = [(round(a, 2), round(b, 2)) for a, b in columns]
    table = _table(grid, (left, top, right, rows[-1]), ruled=True, columns=spans)
    table.asides = asides
    return table, inside


def _cell_asides(cell: Sequence[_Segment]) -> list[str]:
    """The lines closing a ruled row's cell set clearly smaller than its first line, under
    it (`ASIDE_SIZE`): a name's translation or a note under it ("Filtru ulei" over "Oil
    filter"), as a borderless table's asides (`_aside_lines`), no words of the name."""
    if len(cell) < 2:
        return []
    first = cell[0]
    under = [seg for seg in cell[1:] if seg.top >= first.bottom - 0.25 * first.height]
    if len(under) != len(cell) - 1 or not all(seg.size <= ASIDE_SIZE * first.size for seg in under):
        return []
    return [" ".join(seg.text for seg in under)]


def _group_rows_parted(
    bands: list[list[tuple[int, _Segment]]],
    segments: Sequence[_Segment],
    used: set[int],
    left: float,
    right: float,
) -> tuple[list[list[tuple[int, _Segment]]], set[int]]:
    """A row-ruled table's group rows (a vehicle, a series heading the rows under it, set on a
    band of its own with no rule under it) read into the row below them: a band holding one
    line more than the table's usual band, that line on top, flush with the table's left edge,
    no amount in it, is a group row over the band's row; and the same line (its size and
    weight) right over the table's first row is its first group's. (The bands, the group rows
    parted; the numbers of the group rows among them.)"""
    lined = [_rows_of([seg for _, seg in band]) for band in bands]
    if len(bands) < 2 * MIN_GROUP_ROWS:
        return bands, set()
    usual = statistics.median_low(len(lines) for lines in lined)
    edge = min(seg.left for band in bands for _, seg in band)

    def heads(line: Sequence[_Segment]) -> bool:
        return line[0].left <= edge + 2.0 and not any(_opens_with_amount(seg.words) for seg in line)

    def apart(lines: Sequence[Sequence[_Segment]]) -> bool:
        """The top line stands apart from the row under it (its own band), not a name's first
        line wrapped onto the next."""
        pitch = min(s.top for s in lines[1]) - min(s.top for s in lines[0])
        return pitch >= GROUP_ROW_PITCH * max(s.height for s in lines[0])

    out: list[list[tuple[int, _Segment]]] = []
    groups: set[int] = set()
    for band, lines in zip(bands, lined, strict=True):
        if len(lines) == usual + 1 and heads(lines[0]) and apart(lines):
            first = {id(seg) for seg in lines[0]}
            groups.add(len(out))
            out.append([(i, seg) for i, seg in band if id(seg) in first])
            out.append([(i, seg) for i, seg in band if id(seg) not in first])
        else:
            out.append(band)
    firsts = [min((seg for _, seg in out[g]), key=lambda seg: seg.left) for g in groups]
    if len(groups) < MIN_GROUP_ROWS or len(groups) * 2 > len(out) or not _one_style(firsts):
        return bands, set()  # a band now and then a line taller: a wrapped name, no group
    # the first group's row stands over the first ruled band, outside it
    top = min(seg.top for _, seg in out[0])
    spacing = statistics.median(
        min(s.top for _, s in b) - min(s.top for _, s in a) for a, b in itertools.pairwise(out)
    )
    taken = {i for band in out for i, _ in band}
    above = [
        (i, seg)
        for i, seg in enumerate(segments)
        if i not in used
        and i not in taken
        and seg.left >= left - 2
        and seg.right <= right + 2
        and top - spacing <= seg.top < top
    ]
    over = _rows_of([seg for _, seg in above])
    if over and 0 not in groups:
        line = over[-1]
        if heads(line) and _one_style([*firsts, line[0]]):
            ids = {id(seg) for seg in line}
            out.insert(0, [(i, seg) for i, seg in above if id(seg) in ids])
            groups = {0} | {g + 1 for g in groups}
    return out, groups


def _one_style(segments: Sequence[_Segment]) -> bool:
    """Whether lines are set in one style: one weight, and one type size (within
    `SIZE_BANDWIDTH` of each other, as OCR's estimates of one size scatter: 8.4 and 8.6 for
    one group row's 8.5 pt; a text layer's sizes agree exactly)."""
    sizes = [seg.size for seg in segments]
    return len({seg.bold for seg in segments}) <= 1 and (
        not sizes or max(sizes) <= min(sizes) * math.exp(SIZE_BANDWIDTH)
    )


def _split_at_edges(words: list[Word], edges: Sequence[float]) -> list[list[Word]]:
    """A line's words cut where a cell's edge runs in a gap between two of them: a number set
    flush right in its cell close to the next cell's text ("5 | LED-STA-SUB-12") reads as one
    line, but the rule between them parts two cells. Text running over an edge stays whole."""
    parts = [[words[0]]]
    for before, word in itertools.pairwise(words):
        if any(before.right <= edge <= word.left for edge in edges):
            parts.append([word])
        else:
            parts[-1].append(word)
    return parts


SHEET_LETTERS_READ = 3  # a sheet's column letters read in their places (all, when fewer)
SHEET_NUMBERS_READ = 0.5  # share of its row numbers read
SHEET_MISREAD = 2  # characters OCR may make of a row number it misreads ("M" for "41")


def _sheet_headings(grid: list[list[str]]) -> bool:
    """Whether the grid is a spreadsheet printed with its headings: column letters (A, B, C
    ...) across the top and row numbers (1, 2, 3 ...) down the left frame the sheet's cells
    and are not its text. So when its first row holds the letters in order (its first cell
    blank) and its first column, below it, numbers counting up.

    A scan's OCR loses or misreads some of them (a lone "1" or "E" on a grey heading cell,
    read as nothing, "c" or a mark; "41" read "M"): a letter read must stand where it
    belongs, a number read must count up from the ones above, a row's other heading is
    blank or a misread of `SHEET_MISREAD` characters at most; `SHEET_LETTERS_READ` letters
    and `SHEET_NUMBERS_READ` of the numbers must be read."""
    if len(grid) < 3 or len(grid[0]) < 3:
        return False
    letters = [c.strip() for c in grid[0][1:]]
    if grid[0][0].strip() or any(
        c.upper() != chr(ord("A") + n) for n, c in enumerate(letters) if _alphanumeric(c)
    ):
        return False
    numbers = [row[0].strip() for row in grid[1:] if any(row)]
    counted = [int(n) for n in numbers if n.isdigit()]
    if any(len(n) > SHEET_MISREAD and not n.isdigit() for n in numbers):
        return False  # a word in the first column: the sheet's text, no row number
    # rows the sheet repeats atop each page (its titles) number as they do on the first
    return (
        sum(map(_alphanumeric, letters)) >= min(SHEET_LETTERS_READ, len(letters))
        and len(counted) >= SHEET_NUMBERS_READ * len(numbers)
        and all(b > a for a, b in itertools.pairwise(counted))
    )


def _alphanumeric(cell: str) -> bool:
    """Whether a cell holds a letter or a digit (not blank, nor a mark OCR made of a speck)."""
    return any(c.isalnum() for c in cell)


def _ruled_across(group: Sequence[Box], rows: Sequence[float], width: float) -> int:
    """How many of a grid's row edges are ruled across (most of) its width: every row edge of
    a table is, by one rule or by its cells' edges side by side; a frame holding a technical
    drawing has only its own top and bottom, the drawing's strokes being short."""
    across = 0
    for y in rows:
        spans = sorted(
            (left, right)
            for left, top, right, bottom in group
            if (bottom - top <= 2.5 and abs((top + bottom) / 2 - y) <= 3.0)
            or (bottom - top > 2.5 and min(abs(top - y), abs(bottom - y)) <= 3.0)
        )
        covered, reach = 0.0, -math.inf
        for left, right in spans:
            if right > reach:
                covered += right - max(left, reach)
                reach = right
        if covered >= RULED_ACROSS_SHARE * width:
            across += 1
    return across


def _touching(boxes: Sequence[Box], slack: float = 2.0) -> list[list[Box]]:
    """Boxes grouped by overlap (rules and cells of one table touch each other)."""
    ordered = sorted(boxes, key=lambda b: (b[1], b[0]))
    groups: list[tuple[list[Box], list[float]]] = []
    for box in ordered:
        home = None
        for members, extent in groups:
            if (
                box[0] <= extent[2] + slack
                and box[2] >= extent[0] - slack
                and box[1] <= extent[3] + slack
                and box[3] >= extent[1] - slack
            ):
                home = (members, extent)
                break
        if home is None:
            groups.append(([box], list(box)))
        else:
            members, extent = home
            members.append(box)
            extent[:] = union([extent, box])
    return [members for members, _ in groups]


def _rows_of(segments: Sequence[_Segment]) -> list[list[_Segment]]:
    """Segments grouped into visual lines (one baseline), top to bottom, left to right."""
    rows: list[list[_Segment]] = []
    for seg in sorted(segments, key=lambda s: ((s.top + s.bottom) / 2, s.left)):
        centre = (seg.top + seg.bottom) / 2
        if rows:
            row = rows[-1]
            row_centre = statistics.fmean((s.top + s.bottom) / 2 for s in row)
            if abs(centre - row_centre) < 0.5 * min(seg.height, row[0].height):
                row.append(seg)
                continue
        rows.append([seg])
    for row in rows:
        row.sort(key=lambda s: s.left)
    return rows


def _borderless_tables(
    segments: list[_Segment],
    figures: Sequence[Box],
    frames: Sequence[Box] = (),
    rules: Sequence[Box] = (),
) -> tuple[list[Block], list[_Segment]]:
    """Runs of lines of several short, column-aligned segments, not captions of a grid nor
    the texts of cards framed apart (`frames`: the page's stroked rectangles); a first
    column's cell drawn over several rows (`rules`: the page's rules) holds for each."""
    rows = _rows_of(segments)
    tables: list[Block] = []
    taken: set[int] = set()
    notes: set[int] = set()  # ids of rows that are notes under a row (`_note_row`)
    originals: dict[int, _Segment] = {}  # a piece of a segment `_cut_at_columns` cut: the segment
    start = 0
    while start < len(rows):
        run = [rows[start]]
        columns = _columns(run[0]) if len(run[0]) >= 2 and not _title_beside_note(run[0]) else []
        end = start + 1
        while columns and end < len(rows):
            row = rows[end]
            gap = row[0].top - max(s.bottom for s in run[-1])
            if gap > ROW_GAP * _heading_row_height(rows, end):
                break
            if len(run) <= 2 and gap > row[0].height and _letterhead(run, row):
                break  # a letterhead over the table, not its rows
            if (
                len(row) == 1
                and len(run) >= MIN_TABLE_ROWS
                and not _section_heading(row[0], run, figures)
                and _titles_again(run, rows, end)
            ):
                break  # the next table's heading over its titles, the same as this one's
            if len(row) == 1 and len(run) >= 2 and _section_heading(row[0], run, figures):
                run.append(row)  # a row of its own that makes no column: not one to bridge
                end += 1
                continue
            if len(run[-1]) >= 2 and _note_row(row, columns):
                run.append(row)  # a note under the row above: its extent makes no column
                notes.add(id(row))
                end += 1
                continue
            if len(run) >= 2 or _column_titles(run[0]):
                # an amount set in the gutter before a column's value (a sale price beside the
                # price struck through, a price set close after a date) joins the value before
                # it: cut it off that value; under a line of column titles alone their columns
                # stand already (a publisher's "Published  RRP" over "Sep 2016 £29.99")
                cut_row, cut_from = _cut_at_columns(row, columns)
                originals.update(cut_from)
                rows[end] = row = cut_row
            if len(row) == 1 and len(run) == 1 and _first_row_runs_on(run[0], row[0], rows, end):
                run.append(row)  # the first row's cell set on two lines, like every row's
                end += 1
                continue
            if len(row) == 1 and len(run) == 1 and _sparse_cell_under_titles(run[0], rows, end):
                run.append(row)  # a cross-table's first offer, alone on its line over its row
                end += 1
                continue
            merged = _spans([*columns, *((s.left, s.right) for s in row)])
            # the new line must keep the columns apart (not bridge them with a long segment,
            # unless all under one column title), and have cells in at least two of them,
            # or be a one-cell continuation line
            bridged = len(merged) < len(columns) and not _bridged_under_a_title(
                run[0], row, columns, merged
            )
            if len(merged) < 2 or bridged or (len(row) < 2 and len(run) < 2):
                break
            if len(row) < 2 and not _within(row[0], merged):
                break
            run.append(row)
            columns = merged
            end += 1
        while len(run) > 2 and len(run[-1]) == 1 and _heading_under(run[-1][0], run[:-1], figures):
            run.pop()  # the next section's heading under the last row: no row of the table
            end -= 1
        multi = sum(1 for r in run if len(r) >= 2)
        # most of a table's lines hold several cells; a page of prose whose margin ornament
        # OCR read as specks ("/", "|") beside a few lines is no table. A cell's second line
        # (a name wrapped, a wine's producer under it) is part of its row, no line of its own
        many = multi >= MIN_TABLE_ROWS and multi >= MULTI_CELL_SHARE * _row_count(run)
        many = many or _full_pair(run, columns)
        if (
            many
            and len(columns) >= 2
            and (
                _priced_lists_side_by_side(run, columns)
                or _framed_apart(run, frames)
                or _styled_cards(run)
                or _run_in_lists(run)
                or _numbered_entries(run)
                or _notes_beside_lines(run, columns)
            )
        ):
            start = end  # lists or cards side by side: none of their lines starts a table
            continue
        if (
            many
            and len(columns) >= 2
            and _table_like(run, figures)
            and not _text_columns(run, columns)
        ):
            above = _group_titles_above(rows, start, run, columns, taken, notes, figures)
            if above is not None:
                run, columns = above
            run, columns, cut = _cut_at_gutters(run, columns, notes)
            if _group_titles(run, columns, notes):
                # the lines under a first line of group titles set the columns (and gutters)
                run, columns, more = _cut_at_gutters(run, columns, notes | {id(run[0])})
                cut |= more
                columns = _spans(
                    (s.left, s.right) for r in run[1:] if id(r) not in notes for s in r
                )
            taken.update(cut)
            grid = _grid(run, columns, notes, _spanned_first_cells(run, columns, notes, rules))
            cells = [s for r in run for s in r]
            box = _extent(cells)
            spans = [(round(a, 2), round(b, 2)) for a, b in columns]
            table = _table(grid, box, ruled=False, columns=spans)
            table.asides = _aside_lines(run, notes) + _glosses(run)
            tables.append(table)
            taken.update(id(s) for s in cells)
            taken.update(id(originals[id(s)]) for s in cells if id(s) in originals)
            start = end
        else:
            # a long run that is not a table (prose in columns) is not tried again line by line,
            # but from its first line of `RETRY_CELLS` cells or more, three times its first's
            # (a table's titles under lines of text side by side: the heads of two tables)
            wider = next(
                (n for n, r in enumerate(run) if len(r) >= max(RETRY_CELLS, 3 * len(run[0]))),
                None,
            )
            if wider is not None and len(run) >= MIN_TABLE_ROWS:
                start += wider
            else:
                start = end if len(run) >= MIN_TABLE_ROWS else start + 1
    return tables, [s for s in segments if id(s) not in taken]


TITLES_AGAIN_LINES = 3  # lines of one segment a table's titles repeated may stand under


def _titles_again(run: Sequence[Sequence[_Segment]], rows: list[list[_Segment]], end: int) -> bool:
    """Whether line `end`, of one segment, heads the next table: the lines from it to the
    next line of several cells are `TITLES_AGAIN_LINES` at most (a family's name, its
    material), and that line repeats the run's column titles word for word (a price list's
    families one under the other, each table titled alike: "Maat | Art.nr | Inhoud"). A
    section's name set beside its titles ("BORDEAUX | Glass | Bottle") repeats none, and a
    heading centred over a section (`_section_heading`) stays the table's row."""
    if not _column_titles(run[0]):
        return False
    titles = [s.text for s in run[0]]
    for row in rows[end + 1 : end + 1 + TITLES_AGAIN_LINES]:
        if len(row) >= 2:
            return [s.text for s in row] == titles
    return False


def _heading_row_height(rows: list[list[_Segment]], index: int) -> float:
    """The height a gap above row `index` is measured in: its own, or for a line of one
    segment over a row of cells (a group's heading in capitals, "PIEMONTE" over its wines)
    the taller of its own and that row's: the heading's capitals are shorter than the type
    of the rows it heads, the space above it set in theirs."""
    row = rows[index]
    below = rows[index + 1] if index + 1 < len(rows) else []
    if len(row) != 1 or len(below) < 2:
        return row[0].height
    return max(row[0].height, below[0].height)


RUN_IN_CELLS = 2  # lines that run in with a bold head, of lists side by side, not a table's


def _run_in_lists(run: Sequence[Sequence[_Segment]]) -> bool:
    """Lists of run-in entries side by side (a used-goods list in three columns): their
    lines lie level across the gutters and read as a table's cells, but `RUN_IN_CELLS` of
    them, on rows of their own, start with a bold head closed by a comma or a colon and
    running into regular words ("**Godox V1 (Sony),** 9/10, akuga"), each the start of an
    entry: a table's cell is set in one style, its bold names in a column of their own (a
    bold term beside its translation, "**ไดชาร์จ** → Alternator", is a cell's pair, no head
    closed)."""
    rows = sum(1 for row in run if any(_run_in_head(s).endswith(_HEAD_CLOSE) for s in row))
    return rows >= RUN_IN_CELLS


NUMBERED_ENTRIES = 3  # lines of numbered titles that make the lines entries side by side
TITLE_SIZE_RATIO = 1.1  # ... their titles set this much larger than the lines under them
_ENTRY_NUMBER = re.compile(r"^\d{1,3}\.?$")
_NUMBER_BEFORE_TITLE = re.compile(r"^(\d{1,3})\.?\s+(?=[^\W\d_])")


def _numbered_entries(run: Sequence[Sequence[_Segment]]) -> bool:
    """Numbered entries side by side (a guide's key to a photo: "1  Prsten Zora" over its
    material, its code and its price, two such lists across the page): their lines lie level
    across the gutter and read as a table's cells, the numbers a column of their own where
    OCR parted them from their titles. At least `NUMBERED_ENTRIES` lines hold nothing but
    numbers each before a title, the numbers all different and none on the other lines,
    every such line followed by a line without one (the entry's details), and the titles set
    `TITLE_SIZE_RATIO` larger than those lines. A table's position column numbers every row,
    its wrapped cells' lines set in the rows' size, its other cells on the numbered row."""
    numbered: list[int] = []
    numbers: list[str] = []
    titles: list[_Segment] = []
    for index, row in enumerate(run):
        found: list[tuple[str, _Segment]] = []  # each title's number and its title
        k, whole = 0, True
        while k < len(row):
            text = row[k].text.strip()
            joined = _NUMBER_BEFORE_TITLE.match(text)
            if _ENTRY_NUMBER.match(text) and k + 1 < len(row) and row[k + 1].text[:1].isalpha():
                found.append((text, row[k + 1]))
                k += 2
            elif joined:  # the number and its title one segment ("1 Prsten Zora")
                found.append((joined.group(1), row[k]))
                k += 1
            else:
                whole = False
                k += 1
        if not found:
            continue
        if not whole:
            return False  # a number among a row's other cells: a table's row
        numbered.append(index)
        numbers += [n.rstrip(".") for n, _ in found]
        titles += [t for _, t in found]
    if len(numbered) < NUMBERED_ENTRIES or len(set(numbers)) != len(numbers):
        return False
    if any(b - a < 2 for a, b in itertools.pairwise(numbered)) or numbered[-1] == len(run) - 1:
        return False  # an entry's details under each numbered line
    others = [s.size for i, row in enumerate(run) if i not in numbered for s in row]
    return bool(others) and statistics.median(t.size for t in titles) >= (
        TITLE_SIZE_RATIO * statistics.median(others)
    )


CARD_STYLES = 3  # type styles of a run's lines that make them cards' lines, not a table's
CARD_SIZE_RATIO = 2.0  # ... when the largest is this many times the smallest size
_CARD_NUMBER = re.compile(r"^\d{1,4}\.?$")


def _styled_cards(run: Sequence[Sequence[_Segment]]) -> bool:
    """Cards side by side, not drawn in frames (a calendar's doors, panels of colour): their
    lines lie level across the gutters and read as a table's cells, each card setting its
    lines in styles of their own (a date, a big day number, a bold name, small copy). Lines
    of several cells in `CARD_STYLES` styles or more (size and weight, each line in one),
    the largest `CARD_SIZE_RATIO` times the smallest at least, are such cards when a line
    of them numbers the cards in the largest style ("1", "2", "3"), or a line mixes their
    styles, a bold one among them (a name wrapped onto a second line, beside another card's
    copy: the cards' lines out of step). A sheet of shelf labels, its largest line the
    prices, keeps its lines in step (a table, read label by label); a table's rows share its
    body's style, a header's or a group's bold aside."""
    uniform: dict[tuple[float, bool], list[Sequence[_Segment]]] = {}
    mixed: list[set[tuple[float, bool]]] = []
    for row in run:
        if len(row) < 2:
            continue
        kinds = {(round(s.size * 2) / 2, s.bold) for s in row}
        if len(kinds) == 1:
            uniform.setdefault(kinds.pop(), []).append(row)
        else:
            mixed.append(kinds)
    if len(uniform) < CARD_STYLES:
        return False
    smallest, largest = min(uniform), max(uniform)
    if largest[0] < CARD_SIZE_RATIO * smallest[0]:
        return False
    numbered = any(all(_CARD_NUMBER.match(s.text) for s in row) for row in uniform[largest])
    # a mixed line needs a bold style among its own (a bold name wrapped beside copy): a
    # scan's lines carry no weight, and OCR's sizes vary a little line to line (a label
    # sheet's header strip, "MARKET NOU" beside "PROMO", read in two sizes)
    return numbered or any(
        kinds <= set(uniform) and any(bold for _, bold in kinds) for kinds in mixed
    )


PANEL_RULE_SHARE = 0.8  # share of the page's height a vertical rule spans to part panels
PANEL_LEVEL_SHARE = 0.5  # share of a side's lines level with a line across it that keep one page


def _panels(segments: list[_Segment], rules: Sequence[Box], height: float) -> list[list[_Segment]]:
    """The page's text parted at its panel rules: a folder's fold lines or a page's column
    rules, thin vertical rules spanning `PANEL_RULE_SHARE` of its height that no line of text
    crosses, with the lines either side of them mostly not level (fewer than
    `PANEL_LEVEL_SHARE` of the side with fewer lines). Each panel's lines are its own, so no
    borderless table reads one panel's lines as cells beside another's. A table whose column
    gaps are ruled the page down keeps its rows level across its rules, and is one part."""
    cuts = sorted(
        (r[0] + r[2]) / 2
        for r in rules
        if r[2] - r[0] <= 2.5
        and r[3] - r[1] >= PANEL_RULE_SHARE * height
        and not any(s.left < (r[0] + r[2]) / 2 < s.right for s in segments)
    )
    parts: list[list[_Segment]] = [segments]
    for x in cuts:
        part = next(
            (p for p in parts if any(s.left < x for s in p) and any(s.left > x for s in p)), None
        )
        if part is None:
            continue
        left = [s for s in part if s.right <= x]
        right = [s for s in part if s.left >= x]
        if min(len(left), len(right)) == 0:
            continue
        fewer, more = sorted((left, right), key=len)
        if sum(1 for s in fewer if _level_with(s, more)) >= PANEL_LEVEL_SHARE * len(fewer):
            continue
        parts.remove(part)
        parts += [left, right]
    return parts


FRAME_RULES = 3  # rules touching each other that may be a frame, its sides partly read
BOX_SIDE_SHARE = 0.9  # share of a box's width (height) its top and bottom (sides) rules span


def _boxed_apart(segments: list[_Segment], groups: Sequence[Sequence[Box]]) -> list[list[_Segment]]:
    """`segments` parted at the boxes drawn round some of them beside others: a box of four
    rules (a scan gives a frame as its four sides) round `MIN_TABLE_ROWS` lines or more,
    with text in no box level with its lines (a card's name and description at the left of a
    boxed nutrition panel, its price at the right). The box's lines are a panel of their own,
    so no borderless table reads them as cells beside the card's. A box round one line (a
    table ruled a box to a row, a boxed cell), round lines nothing stands level with (a
    table in its frame), or beside other frames only (cards framed side by side, read across
    as a table whose columns are the cards; a frame of `FRAME_RULES` rules or more, whether
    or not the scan gave all its sides whole) parts nothing."""
    boxes = [box for box in (_drawn_box(group) for group in groups) if box is not None]
    # where rules of a frame stand round text, read whole or not (a scan breaks a side)
    extents = [union(g) for g in groups if len(g) >= FRAME_RULES]

    def boxed(seg: _Segment) -> bool:
        return any(_box_holds(box, _edges(seg)) for box in extents)

    parts: list[list[_Segment]] = [segments]
    for box in boxes:
        for part in parts:
            inside = [s for s in part if _box_holds(box, _edges(s))]
            if len(_rows_of(inside)) < MIN_TABLE_ROWS:
                continue
            outside = [s for s in part if not any(s is t for t in inside)]
            if not any(_level_with(s, inside) for s in outside if not boxed(s)):
                continue
            parts.remove(part)
            parts += [inside, outside]
            break
    return parts


def _drawn_box(group: Sequence[Box]) -> Box | None:
    """The box four sides of rules in `group` draw (rules across at its top and its bottom,
    rules down at its left and its right, each side covered along `BOX_SIDE_SHARE` of its
    length: a scan may break a side into pieces), or None."""
    left, top, right, bottom = union(group)
    across = [r for r in group if r[3] - r[1] <= IMAGE_RULE_THICK < r[2] - r[0]]
    down = [r for r in group if r[2] - r[0] <= IMAGE_RULE_THICK < r[3] - r[1]]

    def covered(spans: list[tuple[float, float]], length: float) -> bool:
        return sum(b - a for a, b in _spans(spans)) >= BOX_SIDE_SHARE * length

    sides = (
        covered([(r[0], r[2]) for r in across if r[1] - top <= IMAGE_RULE_THICK], right - left),
        covered([(r[0], r[2]) for r in across if bottom - r[3] <= IMAGE_RULE_THICK], right - left),
        covered([(r[1], r[3]) for r in down if r[0] - left <= IMAGE_RULE_THICK], bottom - top),
        covered([(r[1], r[3]) for r in down if right - r[2] <= IMAGE_RULE_THICK], bottom - top),
    )
    return (left, top, right, bottom) if all(sides) else None


GUTTER_PANEL_LINES = 6  # segments each side of a blank gutter holds to part the page there
# share of a side's lines level with a line across a blank gutter that keep one part: a
# table's name column wrapped onto two or three lines has a third to a half of its lines
# level with its figures; columns each at its own leading hardly any
GUTTER_LEVEL_SHARE = 0.2


def _gutter_panels(segments: list[_Segment], width: float) -> list[list[_Segment]]:
    """The text of page columns set side by side with a blank gutter and no rule between
    them (a price list in two columns, a family's table in each): parted at the gutter as a
    rule parts panels (`_panels`), so no borderless table reads one column's lines as cells
    beside the other's. A gutter is a band in the page's middle (`GUTTER_BAND`) that the
    column's lines (those narrower than half the page) leave empty, an em wide at least;
    lines across it (a full-width note, the page's title) part the page into bands one
    above the other, and a band is parted where each side holds `GUTTER_PANEL_LINES`
    segments or more and hardly any lines either side are level (fewer than
    `GUTTER_LEVEL_SHARE` of the side with fewer): columns set apart, each at its own
    leading. A table's rows lie level across its column gaps, however wide, and a table
    stays one part; so do lines of prose in two columns set at one leading."""
    narrow = [s for s in segments if s.right - s.left < width / 2]
    if not narrow:
        return [segments]
    em = statistics.median(s.height for s in narrow)
    low, high = (share * width for share in GUTTER_BAND)
    gutters = [
        (end + start) / 2
        for (_, end), (start, _) in itertools.pairwise(_columns(narrow))
        if start - end >= em and low <= (end + start) / 2 <= high
    ]
    parts: list[list[_Segment]] = [segments]
    for x in gutters:
        out: list[list[_Segment]] = []
        for part in parts:
            out += _parted_at(part, x)
        parts = out
    return parts


def _parted_at(segments: list[_Segment], x: float) -> list[list[_Segment]]:
    """`segments` parted at a gutter at `x` (see `_gutter_panels`): each band between the
    lines across it parted in two where its sides are columns of their own, the rest (the
    lines across, the bands not parted) one part."""
    across = sorted((s for s in segments if s.left < x < s.right), key=lambda s: s.top)
    bands: dict[int, list[_Segment]] = {}
    for seg in segments:
        if seg.left < x < seg.right:
            continue
        centre = (seg.top + seg.bottom) / 2
        band = sum(1 for a in across if (a.top + a.bottom) / 2 < centre)
        bands.setdefault(band, []).append(seg)
    kept = list(across)
    parts: list[list[_Segment]] = []
    for band in bands.values():
        left = [s for s in band if s.right <= x]
        right = [s for s in band if s.left >= x]
        fewer, more = sorted((left, right), key=len)
        if len(fewer) < GUTTER_PANEL_LINES or sum(
            1 for s in fewer if _level_with(s, more)
        ) >= GUTTER_LEVEL_SHARE * len(fewer):
            kept += band
            continue
        parts += [left, right]
    return ([kept] if kept else []) + parts


def _level_with(segment: _Segment, others: Sequence[_Segment]) -> bool:
    """Whether a line of `others` stands level with `segment` (their middles within a quarter
    of the smaller's height)."""
    centre = (segment.top + segment.bottom) / 2
    return any(
        abs(centre - (o.top + o.bottom) / 2) < 0.25 * min(segment.height, o.height) for o in others
    )


LETTERHEAD_CELLS = 3  # a table's line has this many times the cells of a letterhead's lines


def _letterhead(run: Sequence[Sequence[_Segment]], row: Sequence[_Segment]) -> bool:
    """Whether the lines of `run` are a letterhead over `row`, a table's first line: few
    segments each (a title at the left, the date and a filter at the right), the line under
    them `LETTERHEAD_CELLS` times as many cells, at least half of whose gutters the
    letterhead's segments span. Joined to the table they would merge its columns (a scanned
    web shop export's 9 columns read as 4), where a table's own lines keep them apart."""
    if len(row) < LETTERHEAD_CELLS * max(len(line) for line in run):
        return False
    gutters = [(a.right, b.left) for a, b in itertools.pairwise(row)]
    spanned = sum(
        1
        for left, right in gutters
        if any(s.left <= left and s.right >= right for line in run for s in line)
    )
    return 2 * spanned >= len(gutters)


def _column_titles(row: Sequence[_Segment]) -> bool:
    """A line of three cells or more, words only (no figure in any): a table's column titles
    ("Title  Author  ISBN  Format  Published  RRP")."""
    return len(row) >= 3 and not any(c.isdigit() for s in row for c in s.text)


def _bridged_under_a_title(
    titles: Sequence[_Segment],
    row: Sequence[_Segment],
    columns: Sequence[tuple[float, float]],
    merged: Sequence[tuple[float, float]],
) -> bool:
    """Whether a line that joins columns of a table joins only columns under one title of
    the table's line of column titles (`titles`, its first line): a cell of several small
    values side by side (a string set's gauges, each printed in a box of its own), which
    OCR reads apart on one line and joined on the next, the boxes' sides read as "|" or
    "[" between them. Those values' columns are one column of the table, the title's. A
    line whose segment runs under two titles or more (a note, a paragraph under the
    table) or a table without a line of titles (nothing tells its columns) joins none.
    The joined line is a row of the table, with cells in other columns too: a line of one
    segment across two columns is a group's heading ("ROLLS AND BAPS") or a note under the
    table ("Pallets are charged at 12,00 €"), which ends it.
    Titles: three cells or more, each of more letters than figures ("MAP 3-pack")."""
    if len(row) < 2 or len(titles) < 3 or not all(_worded_cell(t.text) for t in titles):
        return False
    for left, right in merged:
        joined = [c for c in columns if left - 2 <= c[0] and c[1] <= right + 2]
        if len(joined) < 2:
            continue
        if sum(1 for t in titles if t.left < right and t.right > left) > 1:
            return False
    return True


def _worded_cell(text: str) -> bool:
    """A cell of more letters than figures: a column's title, not a value."""
    return sum(c.isalpha() for c in text) > sum(c.isdigit() for c in text)


def _cut_at_columns(
    row: list[_Segment], columns: Sequence[tuple[float, float]]
) -> tuple[list[_Segment], dict[int, _Segment]]:
    """A line of a table whose segment runs from one column across the gutter into the next
    (a sale price set in the gutter, just left of the case price struck through, "12/cs
    $270.42 $318.14"): the segment cut after its last word inside the first column, when
    the rest opens with an amount and ends inside the next column. Only such a segment is
    cut (its head in one column, its tail from the gutter to within the next); a heading
    or a note across the columns opens with no amount past a column's end. (The line, and
    each piece's segment by the piece's id.)"""
    out: list[_Segment] = []
    cut_from: dict[int, _Segment] = {}
    for seg in row:
        pieces = [seg]
        for (first, end), (start, last) in itertools.pairwise(columns):
            if not (
                first - 2 <= seg.left
                and seg.right > start
                and seg.right <= last + 2
                and seg.left < end
                and len(seg.words) >= 2
            ):
                continue
            inside = next((n for n, w in enumerate(seg.words) if w.right > end + 2), None)
            head, tail = seg.words[:inside], seg.words[inside:] if inside is not None else []
            if not head or not tail or tail[0].left <= end or not _opens_with_amount(tail):
                continue
            if sum(c.isalnum() for w in head for c in w.text) < MIN_CUT_HEAD:
                continue  # a speck a scan read before an amount ("i 57.03"): no value of its own
            pieces = [_piece(head), _piece(tail)]
            cut_from.update((id(piece), seg) for piece in pieces)
            break
        out += pieces
    return (out, cut_from) if cut_from else (row, {})


def _opens_with_amount(words: Sequence[Word]) -> bool:
    """Words that start with an amount ("$270.42", "12,50", "€ 12,50")."""
    texts = [w.text for w in words[:2]]
    if len(texts) == 2 and currencies.ALONE.match(texts[0]):
        texts = texts[1:]
    return bool(_CELL_AMOUNT.match(texts[0]))


def _piece(words: list[Word]) -> _Segment:
    """A segment of these words (in order, on one line)."""
    seg = _Segment([words[0]], words[0].left, words[0].top, words[0].right, words[0].bottom)
    for word in words[1:]:
        _extend(seg, word)
    return seg


GROUP_TITLE_WORDS = 5  # words of a title over a group of columns ("Prezzo € / 1000 pz")
_CLAUSE_END = (".", ",", ";", "!", "?")


def _group_titles_above(
    rows: Sequence[Sequence[_Segment]],
    start: int,
    run: list[Sequence[_Segment]],
    columns: list[tuple[float, float]],
    taken: set[int],
    notes: set[int],
    figures: Sequence[Box],
) -> tuple[list[Sequence[_Segment]], list[tuple[float, float]]] | None:
    """The line right above a table's first that titles groups of its columns (`_group_titles`)
    but was left out of it: tried first, the run it starts was no table (drawings of the
    articles stand right above it, as photos over a grid's captions do). The run with it, and
    the columns its titles join, when it is one."""
    if start == 0:
        return None
    titles = rows[start - 1]
    if len(titles) < 2 or any(id(s) in taken for s in titles):
        return None
    if run[0][0].top - max(s.bottom for s in titles) > ROW_GAP * run[0][0].height:
        return None
    if any(
        len(s.words) > GROUP_TITLE_WORDS or s.text.rstrip().endswith(_CLAUSE_END) for s in titles
    ):
        return None  # a note over the table ("Sow outdoors May to July, 5 cm deep."): no titles
    top = min(s.top for s in titles)
    if not any(f[1] < top and top - f[3] <= CAPTION_DISTANCE for f in figures):
        return None  # nothing above it that made it look like captions: left out for a reason
    merged = _spans([*columns, *((s.left, s.right) for s in titles)])
    if not all(columns[0][0] - 1 <= s.left and s.right <= columns[-1][1] + 1 for s in titles):
        return None  # titles of the table's columns stand within its width
    extended = [titles, *run]
    return (extended, merged) if _group_titles(extended, merged, notes) else None


def _group_titles(
    run: Sequence[Sequence[_Segment]], columns: Sequence[tuple[float, float]], notes: set[int]
) -> bool:
    """A table's first line may title groups of its columns ("Dimensioni (mm)" over Ø | H |
    Peso g, "Price / 1000 pcs" over carton | pallet), each title centred over the columns it
    groups and wider than any of them: its extent would join them into one. The lines under
    it set the columns then, when each of its titles stands over one of their columns at
    least and one over two or more (each title goes in the first column it stands over).
    """
    if len(run) < MIN_TABLE_ROWS + 1 or len(run[0]) < 2:
        return False
    under = _spans((s.left, s.right) for r in run[1:] if id(r) not in notes for s in r)
    if len(under) <= len(columns):
        return False
    counts = [sum(1 for a, b in under if a < seg.right and seg.left < b) for seg in run[0]]
    return min(counts) >= 1 and max(counts) >= 2


GUTTER_BAND = (0.3, 0.7)  # where across a run a gutter between two columns of text may lie


def _text_columns(
    run: Sequence[Sequence[_Segment]], columns: Sequence[tuple[float, float]]
) -> bool:
    """Two columns of text side by side, lines level across the gutter (a publisher's list:
    an entry's title with its price at the column's right, then its author, scoring and codes
    lines): read across, they line up as a table's cells, but on either side of the gutter
    (a gap between the run's columns in its middle, two columns of cells or more each side)
    few lines hold more than one cell: no column of entries is a table by itself. A table's
    rows fill cells on both sides of any gap between its columns."""
    left, right = columns[0][0], columns[-1][1]
    for (_, end), (start, _) in itertools.pairwise(columns):
        middle = (end + start) / 2
        low, high = (left + share * (right - left) for share in GUTTER_BAND)
        if not low <= middle <= high:
            continue
        sides = [
            [sum(1 for s in row if (s.right <= middle) == west) for row in run]
            for west in (True, False)
        ]
        if (
            sum(1 for a, b in columns if b <= middle) < 2
            or sum(1 for a, b in columns if a >= middle) < 2
        ):
            continue
        rows = _row_count(run)
        if all(sum(1 for n in side if n >= 2) < MULTI_CELL_SHARE * rows for side in sides):
            return True
    return False


PRICED_LIST_LINES = 3  # lines ending in an amount, and lines of words, each list side by side holds
WORDED_LIST_SHARE = 0.25  # share of a list's lines at least that are words alone (its names)
AMOUNT_COLUMN_SHARE = 0.8  # share of a column's cells ending in an amount: a column of prices


def _priced_lists_side_by_side(
    run: Sequence[Sequence[_Segment]], columns: Sequence[tuple[float, float]]
) -> bool:
    """Columns of a price list set as text side by side (a perfumery's or a wine merchant's
    list in three columns: a name, a line of words under it, then a line per size ending in
    its price, "50 ml . . . R$ 389,90"): read across, their lines line up as a table's cells,
    but each list is one by itself. A list is a column of the run with the columns of
    prices right of it (its prices set apart from its leaders); two lists or more, each
    holding `PRICED_LIST_LINES` lines at least that end in an amount and as many of words
    alone (names, headings; `WORDED_LIST_SHARE` of its lines at least). A table keeps its
    amounts to its columns of figures: its column of names, a list by itself, ends no line
    in an amount."""
    cells = [
        [s for row in run for s in row if left - 2 <= s.left and s.right <= right + 2]
        for left, right in columns
    ]
    lists: list[list[tuple[float, float]]] = []
    for column, held in zip(columns, cells, strict=True):
        priced = sum(1 for s in held if _ends_in_amount(s))
        if lists and held and priced >= AMOUNT_COLUMN_SHARE * len(held):
            lists[-1].append(column)  # its prices, right of its lines
        else:
            lists.append([column])
    if len(lists) < 2:
        return False
    for spans in lists:
        lines = [[s for s in row if _within(s, spans)] for row in run]
        lines = [line for line in lines if line]
        priced = sum(1 for line in lines if _ends_in_amount(line[-1]))
        worded = sum(1 for line in lines if not any(c.isdigit() for s in line for c in s.text))
        if (
            priced < PRICED_LIST_LINES
            or worded < PRICED_LIST_LINES
            or worded < WORDED_LIST_SHARE * len(lines)
        ):
            return False
    return True


SIDE_NOTE_LINES = 2  # lines of a text's lines a note beside them (a price, its "ex VAT") fills


def _notes_beside_lines(
    run: Sequence[Sequence[_Segment]], columns: Sequence[tuple[float, float]]
) -> bool:
    """An entry's lines with notes set beside a few of them (a catalogue's entry: its name,
    its copy, its dimensions, its catalogue number, one under the other, the price level
    with the name and "ex VAT" under it at the right, the thumbnail's number at the left):
    read across, the notes make columns, but one column holds a line of every row and each
    other column fills `SIDE_NOTE_LINES` of them at most, half the rows at most. A
    table's columns each fill most of its rows."""
    rows = _row_count(run)
    if rows < MIN_TABLE_ROWS + 1:
        return False
    filled = [sum(1 for row in run if any(_within(s, [c]) for s in row)) for c in columns]
    if sum(1 for row in run for s in row if not _within(s, columns)) or max(filled) < len(run):
        return False
    notes = sorted(filled)[:-1]
    return all(n <= SIDE_NOTE_LINES and 2 * n <= rows for n in notes)


def _ends_in_amount(seg: _Segment) -> bool:
    """A segment whose last word is an amount ("12,50", "389,90 €", "R$ 389,90")."""
    words = [w.text for w in seg.words]
    while words and currencies.ALONE.match(words[-1]):
        words.pop()
    return bool(words) and bool(_CELL_AMOUNT.match(words[-1]))


MIN_PROSE_WORDS = 4  # words of a line of a card's description
PROSE_WIDTH_SHARE = 0.75  # share of its frame's width a line of a card's description spans


def _framed_apart(run: Sequence[Sequence[_Segment]], frames: Sequence[Box]) -> bool:
    """Cards side by side, each drawn in a frame of its own (a maker's novelties, two to a
    row: a drawing, the name, its scale and length, a description): their lines lie level
    across the gutter and read as a table's cells, but each frame holds lines of the run
    `MIN_TABLE_ROWS` or more (a card's lines, not one cell's box) and fewer of its lines
    than that hold more than one cell, so no frame holds a table by itself. Lines of
    `MIN_TABLE_ROWS` of the run at least hold cells in two frames, and each frame a line
    of running text, `MIN_PROSE_WORDS` words or more across `PROSE_WIDTH_SHARE` of its
    width at least (the card's description, filling the card as no table's cell fills its
    frame). Cards of short lines alone (a
    name, "Art.-Nr. 2261 9700 00", its measures), read across, make a table whose columns
    are the cards, as before. A table drawn in one
    frame, or with a box round each cell, has its cells in one frame or in frames of one row
    each; tables side by side, framed apart (a card's sizes and prices under its text),
    hold rows of several cells in their frames, and the run is tried as before."""

    def frame_of(seg: _Segment) -> int:
        holding = [
            ((f[2] - f[0]) * (f[3] - f[1]), n)
            for n, f in enumerate(frames)
            if _box_holds(f, _edges(seg))
        ]
        return min(holding)[1] if holding else -1  # the smallest frame round it

    owners = [[frame_of(s) for s in row] for row in run]
    framed: dict[int, list[int]] = {}  # a frame's cells per line of the run
    for row in owners:
        for frame, count in Counter(o for o in row if o >= 0).items():
            framed.setdefault(frame, []).append(count)
    cards = [f for f, counts in framed.items() if len(counts) >= MIN_TABLE_ROWS]
    if len(cards) < 2:
        return False
    if any(sum(1 for n in framed[f] if n >= 2) >= MIN_TABLE_ROWS for f in cards):
        return False  # a card's own table (its sizes and prices), tried as the run's part
    described = {  # the frames holding a line of prose
        o
        for row, kept in zip(run, owners, strict=True)
        for s, o in zip(row, kept, strict=True)
        if o >= 0
        and len(s.words) >= MIN_PROSE_WORDS
        and s.right - s.left >= PROSE_WIDTH_SHARE * (frames[o][2] - frames[o][0])
    }
    if not set(cards) <= described:
        return False  # cards of short lines alone (a name, its code, its measures): a table
    across = sum(1 for row in owners if len({o for o in row if o in cards}) >= 2)
    return across >= MIN_TABLE_ROWS


def _cut_at_gutters(
    run: list[list[_Segment]], columns: list[tuple[float, float]], notes: set[int]
) -> tuple[list[list[_Segment]], list[tuple[float, float]], set[int]]:
    """Column titles set closer together than the cells under them ("Format (cm) Boja",
    "AVP Unser Preis": a title longer than its column's values, a narrow gutter) read as one
    segment, which bridges two columns. Such a segment is cut where a gutter runs between two
    of its words: a band the table's other lines keep empty, with cells on either side of it
    in `MIN_TABLE_ROWS` of those lines at least. (The run, its columns, and the ids of the
    segments cut, whose pieces now stand in the run.)"""
    lines = [r for r in run if len(r) >= 2 and id(r) not in notes]
    number = {id(r): n for n, r in enumerate(lines)}  # by identity: rows alike are not one
    # the lines' cells' extents, sorted once a table: a row's gutters are the other lines'
    extents = sorted((s.left, s.right, n) for n, r in enumerate(lines) for s in r)
    lone = _lone_bands(extents)
    cut: set[int] = set()
    out_rows = []
    for row in run:
        own = number.get(id(row))
        # a gap the other lines leave inside one of the row's segments is a band only the row
        # covers: a row with no such band under a segment of several words has nothing to cut
        if own is None or not any(
            len(s.words) >= 2 and s.left <= a and b <= s.right
            for s in row
            for a, b in lone.get(own, ())
        ):
            out_rows.append(row)
            continue
        spans = _spans((left, right) for left, right, m in extents if m != own)
        # only a gap one of the row's segments of several words bridges can cut it: the
        # alignment round the others is not counted (most rows bridge none)
        bridged = [
            (first, end, start, last)
            for (first, end), (start, last) in itertools.pairwise(spans)
            if any(len(s.words) >= 2 and s.left < end < start < s.right for s in row)
        ]
        others = [r for r in lines if r is not row] if bridged else []
        gutters: list[tuple[float, float, bool, bool]] = []
        for first, end, start, last in bridged:
            sides = sum(
                1
                for r in others
                if any(s.right <= end + 2 for s in r) and any(s.left >= start - 2 for s in r)
            )
            if sides < MIN_TABLE_ROWS:
                continue
            # the columns' alignment: the cells before it set flush right (all ending at its
            # edge), the cells after it flush left (all starting at its other edge)
            before = [s for r in others for s in r if first - 2 <= s.left and s.right <= end + 2]
            after = [s for r in others for s in r if start - 2 <= s.left and s.right <= last + 2]
            flush_right = _flush([abs(s.right - end) <= 2 for s in before])
            flush_left = _flush([abs(s.left - start) <= 2 for s in after])
            if flush_right or flush_left:
                gutters.append((end, start, flush_right, flush_left))
        pieces: list[_Segment] = []
        for seg in row:
            # one cut a gutter, where a title ends at its column's end (set flush right) or
            # the next starts at its column's start (flush left): a word set in the gutter
            # ("80 g (box)" run over it) stays with the words before it
            cuts = set()
            for end, start, flush_right, flush_left in gutters:
                if not seg.left < end < start < seg.right:
                    continue  # a title set in the gutter ("10 g" over a column of dashes)
                gaps = [
                    (word.left - before.right, n)
                    for n, (before, word) in enumerate(itertools.pairwise(seg.words), 1)
                    if (flush_right and abs(before.right - end) <= 2 and word.left > end)
                    or (flush_left and abs(word.left - start) <= 2 and before.right < start)
                ]
                if gaps:
                    cuts.add(max(gaps)[1])
            parts = [[seg.words[0]]]
            for n, word in enumerate(seg.words[1:], 1):
                if n in cuts:
                    parts.append([word])
                else:
                    parts[-1].append(word)
            if len(parts) == 1:
                pieces.append(seg)
                continue
            cut.add(id(seg))
            for words in parts:
                piece = _Segment(
                    [words[0]], words[0].left, words[0].top, words[0].right, words[0].bottom
                )
                for word in words[1:]:
                    _extend(piece, word)
                pieces.append(piece)
        out_rows.append(pieces)
    if not cut:
        return run, columns, cut
    kept = [r for r in out_rows if len(r) >= 2 and id(r) not in notes]
    columns = _spans((s.left, s.right) for r in kept for s in r)
    for before, after in zip(run, out_rows, strict=True):
        if id(before) in notes:
            notes.add(id(after))
    return out_rows, columns, cut


def _lone_bands(
    extents: Sequence[tuple[float, float, int]],
) -> dict[int, list[tuple[float, float]]]:
    """For each line (by number), the bands across the table that its cells alone cover, each
    cell's extent (left, right, line) reaching `_spans`' 2 points of slack past its right."""
    events = sorted(
        (x, step, n) for left, right, n in extents for x, step in ((left, 1), (right + 2.0, -1))
    )
    counts: Counter[int] = Counter()
    active: set[int] = set()
    bands: dict[int, list[tuple[float, float]]] = {}
    for (x, step, n), following in itertools.zip_longest(events, events[1:]):
        counts[n] += step
        if counts[n] > 0:
            active.add(n)
        else:
            active.discard(n)
        if following is not None and following[0] > x and len(active) == 1:
            (only,) = active
            bands.setdefault(only, []).append((x, following[0]))
    return bands


def _flush(at_edge: Sequence[bool]) -> bool:
    """Whether a column's cells are set flush to one edge (each cell's whether it ends, or
    starts, there): `COLUMN_FLUSH_SHARE` of them at least, two or more."""
    return sum(at_edge) >= 2 and sum(at_edge) >= COLUMN_FLUSH_SHARE * len(at_edge)


COLUMN_FLUSH_SHARE = 0.6  # share of a column's cells set flush to its edge: it is aligned so
PAIR_COLUMNS = 3  # cells of each line of a two-line borderless table, one in every column


def _full_pair(run: Sequence[Sequence[_Segment]], columns: Sequence[tuple[float, float]]) -> bool:
    """Two lines that fill the same `PAIR_COLUMNS` or more columns, one cell in each: a table
    of two rows (a wine's two vintages, each with its code and price), which read column by
    column would become loose lines ("2016 2018", "Ref. 40170 Ref. 40173", "42,48 € 38,67 €")."""
    return (
        len(run) == 2
        and len(columns) >= PAIR_COLUMNS
        and all(len(row) == len(columns) for row in run)
        and all(_within(s, columns) for row in run for s in row)
        # figures (a price, a code, a year) in half its second line's cells at least: two
        # lines of words side by side (cards' brands over their names) are captions
        and 2 * sum(any(c.isdigit() for c in s.text) for s in run[1]) >= len(run[1])
    )


def _runs_on(
    above: Sequence[_Segment], row: Sequence[_Segment], below: Sequence[_Segment] | None
) -> bool:
    """Whether a line of one segment continues a cell of the row of several right above it:
    it starts where that cell starts, stays clear of the row's next column, and hugs that row,
    the next line further below it (`RUN_ON_SPACING`) than it is below the row. A column that
    runs on alone beside a shorter one (a list's next entry, where its neighbour has ended)
    sits at the spacing of the entries, not closer to the line above it."""
    if len(row) != 1 or len(above) < 2 or not below:
        return False
    line = row[0]
    cell = next((s for s in above if abs(s.left - line.left) <= 2.0), None)
    gap_above = line.top - max(s.bottom for s in above)
    gap_below = min(s.top for s in below) - line.bottom
    if cell is None or gap_above > line.height:
        return False
    if gap_below - gap_above < RUN_ON_SPACING * line.height:
        return False
    after = [s.left for s in above if s.left > cell.right]
    return not after or line.right < min(after) - line.height


RUN_ON_SPACING = 0.1  # heights a wrapped cell's line sits closer under its row than the next


def _row_count(run: Sequence[Sequence[_Segment]]) -> int:
    """The run's lines less those that continue a cell of the row above (`_runs_on`)."""
    return len(run) - sum(
        1
        for n in range(1, len(run))
        if _runs_on(run[n - 1], run[n], run[n + 1] if n + 1 < len(run) else None)
    )


def _first_row_runs_on(
    first: Sequence[_Segment], line: _Segment, rows: Sequence[Sequence[_Segment]], index: int
) -> bool:
    """Whether a line of one segment (`rows[index]`) under a table's first row continues a
    cell of it (`_runs_on`) in the same type (the cell wrapped), the line under it a row
    again, of cells in the first row's columns. A list whose rows each wrap their names has
    such a line under every row, the first too, so no row ever follows a row."""
    if index + 1 >= len(rows) or not _runs_on(first, [line], rows[index + 1]):
        return False
    if _other_type(line, first):
        return False  # a translation, a description under each name: lines, not a table's rows
    below = rows[index + 1]
    gap = below[0].top - line.bottom
    if len(below) < 2 or gap > ROW_GAP * below[0].height:
        return False
    columns = _columns(first)
    return len(_spans([*columns, *((s.left, s.right) for s in below)])) >= len(columns) and all(
        any(abs(s.left - c.left) <= 2.0 or abs(s.right - c.right) <= 2.0 for s in below)
        for c in first
    )


SPARSE_TITLES = 3  # cells of a cross-table's line of titles, and of each of its rows, at least
SPARSE_CELL_WORDS = 2  # words of a cross-table's title or offered cell at most


def _sparse_cell_under_titles(
    first: Sequence[_Segment], rows: Sequence[Sequence[_Segment]], index: int
) -> bool:
    """Whether a line of one segment (`rows[index]`) under a table's first row is the top line
    of a cross-table's sparse row: a cell under one of the first row's column titles alone
    (an article code over its price, offered at one length of a size), right of where the
    row's label starts the line under it, that line a row of cells again in the first row's
    columns ("M6  -  -  12.30  -  -" under lengths "40 50 60 80 100"). The first row is a
    cross-table's titles: `SPARSE_TITLES` short cells at least (not a letterhead's address
    beside its date); the line a word or two (a code, a mark) centred under one title, not a
    note spanning columns, nor a section's title at the table's left edge, nor a cell's
    second line set flush with it (a translation under a first row of data)."""
    if index + 1 >= len(rows) or len(first) < SPARSE_TITLES:
        return False
    if any(len(s.words) > SPARSE_CELL_WORDS for s in first):
        return False
    line, below = rows[index][0], rows[index + 1]
    gap = below[0].top - line.bottom
    if len(line.words) > SPARSE_CELL_WORDS or len(below) < SPARSE_TITLES:
        return False
    if gap > ROW_GAP * below[0].height or line.left <= below[0].right:
        return False
    columns = _columns(first)
    under = [c for c in columns if c[0] < line.right and line.left < c[1]]
    if len(under) != 1 or any(abs(s.left - line.left) <= 2.0 for s in first):
        return False  # across columns, or flush with a cell: that cell's second line
    if not under[0][0] <= (line.left + line.right) / 2 <= under[0][1]:
        return False  # an offer is centred under its title
    return len(_spans([*columns, *((s.left, s.right) for s in below)])) >= len(columns)


def _note_row(row: Sequence[_Segment], columns: Sequence[tuple[float, float]]) -> bool:
    """A line of sentences, each starting where a column starts and running on past it, fewer
    than half as many as the columns: the notes under a table's row ("Smooth skin, deep
    colour." under a variety's name, one under each of two tables side by side)."""
    starts = [a for a, _ in columns]
    return (
        2 * len(row) < len(columns)
        and all(s.text.rstrip().endswith(".") and len(s.words) >= 2 for s in row)
        and all(any(abs(s.left - a) <= 2.0 for a in starts) for s in row)
        and any(not _within(s, columns) for s in row)
    )


TITLE_NOTE_PARTS = 3  # a page's head: a title, a note, perhaps a logo's words; a row has more
TITLE_NOTE_SIZES = 1.6  # a line whose largest type is this many times its smallest
RETRY_CELLS = 6  # cells of a line in a run that is no table from which a table is tried again


def _title_beside_note(row: Sequence[_Segment]) -> bool:
    """A line of a title in large type beside a note in small type ("Mobile & more" over
    "Spring sale · free shipping"): a page's or a card's head, which starts no table (a
    table's first line, its column titles, is set in one size). A line of more segments than
    `TITLE_NOTE_PARTS` is a table's row whatever its sizes: OCR measures the type of short
    cells unevenly (a figure in a drawn box read at twice its neighbours' size)."""
    sizes = [s.size for s in row]
    return len(row) <= TITLE_NOTE_PARTS and max(sizes) >= TITLE_NOTE_SIZES * min(sizes)


def _section_heading(
    seg: _Segment, run: Sequence[Sequence[_Segment]], figures: Sequence[Box] = ()
) -> bool:
    """A line of one segment in a type larger than the table's cells (`HEADING_SIZE`),
    centred across the table: a section's heading within it ("TAPAS CALIENTES" over a
    menu's rows). A heading set flush left starts the next table (its own column titles
    under it) as before, and so does one set beside a photo (a series' name right of its
    swatch, the series' own table under both)."""
    cells = [s for r in run if len(r) >= 2 for s in r]
    if not cells or seg.size < HEADING_SIZE * statistics.median(s.size for s in cells):
        return False
    if any(
        min(seg.bottom, f[3]) > max(seg.top, f[1]) and (f[2] <= seg.left or f[0] >= seg.right)
        for f in figures
    ):
        return False
    left, right = min(s.left for s in cells), max(s.right for s in cells)
    off_centre = abs((seg.left + seg.right) / 2 - (left + right) / 2)
    return off_centre <= CENTRED_SHARE * (right - left) and seg.left > left + CENTRED_SHARE * (
        right - left
    )


def _heading_under(
    seg: _Segment, run: Sequence[Sequence[_Segment]], figures: Sequence[Box] = ()
) -> bool:
    """A line of one segment in a type larger than a table's cells (`HEADING_SIZE`), not
    centred across it (`_section_heading`): under its last row, with no row after it, the
    heading of the next section set flush left ("History" under the last book of "Nature",
    its introduction under it), no row of one cell (a cell's second line is set in the cells'
    own type). Within the table, rows after it, it stays the section's row ("PIEMONTE" over
    its wines), and so does a heading centred on the table."""
    cells = [s for r in run if len(r) >= 2 for s in r]
    if not cells or seg.size < HEADING_SIZE * statistics.median(s.size for s in cells):
        return False
    return not _section_heading(seg, run, figures)


def _columns(segments: Iterable[_Segment]) -> list[tuple[float, float]]:
    """The union of the segments' x-extents: disjoint intervals, left to right."""
    return _spans([(s.left, s.right) for s in segments])


def _spans(spans: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[list[float]] = []
    for left, right in sorted(spans):
        if out and left <= out[-1][1] + 2.0:
            out[-1][1] = max(out[-1][1], right)
        else:
            out.append([left, right])
    return [(a, b) for a, b in out]


def _within(seg: _Segment, columns: Sequence[tuple[float, float]]) -> bool:
    return any(a - 2 <= seg.left and seg.right <= b + 2 for a, b in columns)


def _table_like(run: Sequence[Sequence[_Segment]], figures: Sequence[Box]) -> bool:
    """Short cells, and not captions under a row of photos (a product grid)."""
    cells = [s for r in run for s in r]
    words = statistics.median(len(s.words) for s in cells)
    if words > MAX_CELL_WORDS:
        return False
    sentences = sum(1 for s in cells if s.text.rstrip().endswith((".", "!", "?", ",", ";")))
    if words >= 3 and sentences >= 0.5 * len(cells):
        return False  # lines of prose side by side end like sentences; a table's cells do not
    if words >= 4:
        # Prose set in columns fills its column line after line; a table's cells are ragged.
        columns = _columns(cells)
        full = 0
        for seg in cells:
            a, b = next(((a, b) for a, b in columns if a - 2 <= seg.left <= b), (0.0, 1.0))
            full += (seg.right - seg.left) >= 0.8 * (b - a)
        if full >= 0.6 * len(cells):
            return False
    if _flows(run):
        return False
    left, top, right, bottom = _extent(cells)
    if any(
        left < f[0] and f[2] < right and min(bottom, f[3]) - max(top, f[1]) >= 0.5 * (bottom - top)
        for f in figures
    ):
        return False  # a photo between its columns: texts beside photos (cards), not one table
    if any(_badge_on_photo(cells, f, top, bottom, right - left) for f in figures):
        return False  # a badge printed on a card's photo ("NEW") beside the card's lines
    # photos right above the run, or holding its first line (a price sticker on each photo)
    above = [
        f
        for f in figures
        if f[1] < top and top - f[3] <= CAPTION_DISTANCE and f[0] < right and f[2] > left
    ]
    return len(above) < 2 and not _under_photos_apart(cells, figures, top)


def _badge_on_photo(
    cells: Sequence[_Segment], figure: Box, top: float, bottom: float, width: float
) -> bool:
    """Whether a photo at the side of a run, narrower than half of it and as tall as half of it
    at least, holds some of its cells inside it, and the rest lie beside it: a card's photo
    with a badge printed on it ("NEW", "-20 %") lines up with the card's lines like a table's
    first column. A page-wide background photo under a table is wider than that."""
    if figure[2] - figure[0] >= 0.5 * width:
        return False
    if min(bottom, figure[3]) - max(top, figure[1]) < 0.5 * (bottom - top):
        return False
    inside = [
        s
        for s in cells
        if figure[0] - 1 <= s.left
        and s.right <= figure[2] + 1
        and figure[1] - 1 <= s.top
        and s.bottom <= figure[3] + 1
    ]
    return bool(inside) and len(inside) < len(cells)


CARD_TEXT_DEPTH = 60.0  # points under a row of photos where their cards' detail lines may start
TABLE_UNDER_PHOTO_COLUMNS = 4  # columns of the lines under each photo that make them a table


def _under_photos_apart(cells: Sequence[_Segment], figures: Sequence[Box], top: float) -> bool:
    """Whether a run's cells are the detail lines of cards side by side: photos in a row end
    at most `CARD_TEXT_DEPTH` above it (the cards' names between, on a scan often not read
    as a line of the run), and every cell lies under one of them, under at least two. A
    comparison table under such photos has its row labels left of them."""
    above = [f for f in figures if f[3] <= top and top - f[3] <= CARD_TEXT_DEPTH]

    def owner(seg: _Segment) -> int:
        return next(
            (i for i, f in enumerate(above) if f[0] - 6 <= seg.left and seg.right <= f[2] + 6),
            -1,
        )

    owners = [owner(seg) for seg in cells]
    if not (len(above) >= 2 and -1 not in owners and len(set(owners)) >= 2):
        return False
    # a table of its own under each photo (its sizes and prices in columns), not a card's lines
    own_columns = [
        len(_columns(s for s, o in zip(cells, owners, strict=True) if o == n)) for n in set(owners)
    ]
    return min(own_columns) < TABLE_UNDER_PHOTO_COLUMNS


FLOWING_ROWS = 0.25  # share of a run's rows that continue a sentence from the line above


def _flows(run: Sequence[Sequence[_Segment]]) -> bool:
    """Columns of prose beside a narrow one (page numbers, a pull quote) line up like a table,
    but their text runs on from line to line: a row whose cell starts in lower case under a
    cell of several words that ends without a stop continues a sentence. Several such rows make
    it prose; a table's wrapped cell is a line of one cell, which does not count here."""
    columns = _columns(s for row in run for s in row)

    def column_of(seg: _Segment) -> int:
        centre = (seg.left + seg.right) / 2
        return next((i for i, (a, b) in enumerate(columns) if a - 2 <= centre <= b + 2), -1)

    rows = [{column_of(s): s for s in row} for row in run]
    flowing = 0
    for above, row in itertools.pairwise(rows):
        if len(row) < 2:
            continue
        flowing += any(
            column in above
            and len(above[column].words) >= 3
            and len(seg.words) >= 3
            and not above[column].text.rstrip().endswith((".", "!", "?", ":", ";"))
            and seg.text[:1].islower()
            for column, seg in row.items()
        )
    multi = sum(1 for row in rows if len(row) >= 2)
    return flowing >= 3 and flowing >= FLOWING_ROWS * multi


def _grid(
    run: Sequence[Sequence[_Segment]],
    columns: Sequence[tuple[float, float]],
    notes: set[int] | None = None,
    spanned: dict[int, str] | None = None,
) -> list[list[str]]:
    """The run's cells, row by row. A line of one cell continues the row above (a wrapped
    cell) when it sits closer under it than the table's rows sit to each other; at the same
    spacing it is a row of its own (a list running on in one column beside a shorter one). A
    line of notes (ids in `notes`) is a row of its own, each note in the column it starts in.
    A row in `spanned` (by id) takes that text as its empty first cell (a cell drawn over it),
    and a row spanned with no text is that cell's text alone, given to the rows it spans."""
    notes = notes or set()
    spanned = spanned or {}
    pairs = list(itertools.pairwise(run))
    gaps = [row[0].top - max(s.bottom for s in above) for above, row in pairs]
    between_rows = [
        gap for gap, (above, row) in zip(gaps, pairs, strict=True) if len(above) > 1 < len(row)
    ]
    spacing = statistics.median(between_rows) if between_rows else None
    grid = []
    for number, row in enumerate(run):
        if spanned.get(id(row)) == "":
            continue
        cells = ["" for _ in columns]
        for seg in row:
            centre = seg.left + 2 if id(row) in notes else (seg.left + seg.right) / 2
            if not _within(seg, columns):  # a title over a group of columns: the first
                centre = next((max(a, seg.left) for a, b in columns if seg.left < b), centre)
            index = next((i for i, (a, b) in enumerate(columns) if a - 2 <= centre <= b + 2), 0)
            cells[index] = f"{cells[index]} {seg.text}".strip()
        if not cells[0] and id(row) in spanned:
            cells[0] = spanned[id(row)]
        wrapped = spacing is None or gaps[number - 1] < spacing - 0.25 * row[0].height
        # a line hugging the row under it (an article code over its price) heads that row
        wrapped = wrapped and not _hugs_next(gaps, number, row[0].height)
        # a wrapped cell: continue the row above, unless set in another type than the line
        # it sits under (a translation, a wine's producer in smaller type: a line of its own)
        if (
            len(row) == 1
            and grid
            and wrapped
            and id(row) not in notes
            and not _other_type(row[0], run[number - 1])
        ):
            for i, text in enumerate(cells):
                if text:
                    grid[-1][i] = f"{grid[-1][i]} {text}".strip()
            continue
        grid.append(cells)
    return grid


def _spanned_first_cells(
    run: Sequence[Sequence[_Segment]],
    columns: Sequence[tuple[float, float]],
    notes: set[int],
    rules: Sequence[Box],
) -> dict[int, str]:
    """The rows (by id) whose first cell is one drawn over several rows (a tyre list's size
    spanning the rows of the tyres made in it, its text set once, level with one of them),
    with that cell's text. Rules across the other columns part every row while the rules
    crossing the first column part only groups of rows: each group of two rows or more with
    one first cell printed, every two of its rows parted by a rule right of the first
    column, has it for all its rows. Nothing where no rule parts rows without crossing the
    first column (a column filled here and there, a cell's lines: not a cell drawn tall)."""
    if len(columns) < 2 or not rules:
        return {}
    first, second = columns[0], columns[1]
    rows = [r for r in run if id(r) not in notes]
    top = min(s.top for r in rows for s in r)
    bottom = max(s.bottom for r in rows for s in r)
    across = [
        b
        for b in rules
        if b[3] - b[1] <= IMAGE_RULE_THICK
        and top - 2 <= (b[1] + b[3]) / 2 <= bottom + 2 * rows[-1][0].height
        and b[2] >= second[1]
    ]
    parting = sorted((b[1] + b[3]) / 2 for b in across if b[0] <= first[0])
    inner = [(b[1] + b[3]) / 2 for b in across if b[0] > first[0]]  # rules right of it only
    if not parting or not inner:
        return {}

    def in_first(seg: _Segment) -> bool:
        return first[0] - 2 <= (seg.left + seg.right) / 2 <= first[1] + 2

    groups: dict[int, list[Sequence[_Segment]]] = {}
    for row in rows:
        middle = sum((s.top + s.bottom) / 2 for s in row) / len(row)
        groups.setdefault(sum(1 for y in parting if y < middle), []).append(row)
    spanned: dict[int, str] = {}
    for members in groups.values():
        printed = [" ".join(s.text for s in r if in_first(s)) for r in members]
        texts = [t for t in printed if t]
        if len(members) < 2 or len(texts) != 1:
            continue
        lines = [r for r, t in zip(members, printed, strict=True) if not t or len(r) > 1]
        ruled = all(
            any(max(s.bottom for s in a) - 1 <= y <= min(s.top for s in b) + 1 for y in inner)
            for a, b in itertools.pairwise(lines)
        )
        if not ruled:
            continue  # rows not parted from each other right of it: a row's lines, no cell
        for row, text in zip(members, printed, strict=True):
            if not text:
                spanned[id(row)] = texts[0]
            elif len(row) == 1:  # the cell's text on a line of its own, between two rows
                spanned[id(row)] = ""
    return spanned if len({t for t in spanned.values() if t}) >= 2 else {}


ASIDE_SIZE = 0.85  # a line under a cell set at most this share of its size is an aside


def _aside_lines(run: Sequence[Sequence[_Segment]], notes: set[int]) -> list[str]:
    """The texts of the run's lines of one segment set clearly smaller than the cell right
    above their start (`ASIDE_SIZE`; rows of their own in `_grid`, `_other_type`): asides to
    the row above (a note, a translation, a producer), not its cell wrapped. A line a point
    smaller (a description wrapped in 8 pt under a 9 pt name) may be the name's own."""
    out = []
    for above, row in itertools.pairwise(run):
        if len(row) != 1 or id(row) in notes or not _other_type(row[0], above):
            continue
        cell = next(s for s in above if s.left - 2 <= row[0].left < s.right)
        if row[0].size <= ASIDE_SIZE * cell.size:
            out.append(row[0].text)
    return out


GLOSS_SIZE = 0.9  # a gloss after a bold name is set at most this share of the name's size


def _glosses(run: Sequence[Sequence[_Segment]]) -> list[str]:
    """The texts that close a cell in smaller, regular type after its bold words, words of
    letters only ("Butter croissant" after "Tereyağlı Kruvasan"): a translation or a gloss
    beside the name, no words of it."""
    out = []
    for seg in (s for row in run for s in row):
        words = seg.words
        head = next((n for n, w in enumerate(words) if not w.bold), len(words))
        gloss = words[head:]
        if not head or not gloss or any(w.bold for w in gloss):
            continue
        if max(w.size for w in gloss) > GLOSS_SIZE * min(w.size for w in words[:head]):
            continue
        text = " ".join(w.text for w in gloss)
        if not any(c.isdigit() for c in text) and any(c.isalpha() for c in text):
            out.append(text)
    return out


def _hugs_next(gaps: Sequence[float], number: int, height: float) -> bool:
    """Whether line `number` of a run (`gaps[n]`: the gap between lines n and n + 1) sits
    closer over the line under it than under the line above it, by a quarter of its height:
    it goes with the row under it, no wrapped cell of the row above."""
    if not 0 < number < len(gaps):
        return False
    return gaps[number] < gaps[number - 1] - 0.25 * height


def _other_type(line: _Segment, above: Sequence[_Segment]) -> bool:
    """Whether a line is set in another size or weight than the cell right above its start."""
    cell = next((s for s in above if s.left - 2 <= line.left < s.right), None)
    return cell is not None and (abs(cell.size - line.size) >= 0.75 or cell.bold != line.bold)


def _table(
    rows: list[list[str]], box: Box, ruled: bool, columns: list[tuple[float, float]]
) -> Block:
    text = "\n".join(" | ".join(row) for row in rows)
    return Block("table", box, text, rows=rows, ruled=ruled, columns=columns)


def _figure(box: Box, index: int) -> Block:
    return Block("figure", box, "", image_index=index)


# --- reading order -----------------------------------------------------------------------------


@dataclass
class _Unit:
    """A figure with what lies on it (badges) and the caption lines under it, ordered as one
    item: a grid of captioned photos is a grid of these."""

    figure: Block
    on_it: list[Block]
    captions: list[list[_Segment]]

    @property
    def bbox(self) -> Box:
        boxes = [self.figure.bbox, *(b.bbox for b in self.on_it)]
        boxes += [_extent(line) for line in self.captions]
        return union(boxes)


Item = Block | list[_Segment] | _Unit
MAX_CAPTION_LINES = 6  # lines under a figure that can caption it; more is a paragraph
CAPTION_WIDTH = 1.5  # times a figure's width a line under it may be wide to caption it


def _figure_units(
    figures: Sequence[Block], lines: Sequence[list[_Segment]]
) -> tuple[list[Block | _Unit], set[int]]:
    """Each figure with the figures lying on it and the short text right under it (see
    `_caption_lines`); returns the items and the ids of the segments taken as captions."""
    ordered = sorted(figures, key=lambda f: -(f.right - f.left) * (f.bottom - f.top))
    hosts: list[_Unit] = []
    for fig in ordered:
        host = next((u for u in hosts if _lies_on(fig.bbox, u.figure.bbox)), None)
        if host is not None:
            host.on_it.append(fig)
        else:
            hosts.append(_Unit(fig, [], []))
    taken: set[int] = set()
    out: list[Block | _Unit] = []
    for unit in sorted(hosts, key=lambda u: (u.figure.top, u.figure.left)):
        captions = _caption_lines(unit.figure, [h.figure for h in hosts], lines, taken)
        if not captions and not unit.on_it:
            out.append(unit.figure)
            continue
        unit.captions = captions
        taken.update(id(line[0]) for line in captions)
        out.append(unit)
    return out, taken


def _lies_on(small: Box, large: Box) -> bool:
    """Most of `small` lies inside `large` (a badge or logo drawn on a photo)."""
    width = min(small[2], large[2]) - max(small[0], large[0])
    height = min(small[3], large[3]) - max(small[1], large[1])
    area = max((small[2] - small[0]) * (small[3] - small[1]), 1e-6)
    return width > 0 and height > 0 and width * height >= 0.8 * area


def _caption_lines(
    fig: Block, figures: Sequence[Block], lines: Sequence[list[_Segment]], taken: set[int]
) -> list[list[_Segment]]:
    """The lines right under a figure, top down, centred within its width, each at most
    `CAPTION_DISTANCE` (or two of its heights) below the one before, with no other figure
    between; none when the text runs on past `MAX_CAPTION_LINES` (a paragraph, not a caption)."""
    width = fig.right - fig.left
    below = sorted(
        (
            line
            for line in lines
            if id(line[0]) not in taken
            and line[0].top >= fig.bottom - 2
            and fig.left <= (line[0].left + line[0].right) / 2 <= fig.right
        ),
        key=lambda line: (line[0].top, line[0].left),
    )
    out: list[list[_Segment]] = []
    reach = fig.bottom
    for line in below:
        seg = line[0]
        if seg.top - reach > max(CAPTION_DISTANCE, 2 * seg.height):
            break
        if seg.right - seg.left > CAPTION_WIDTH * width:
            break  # a line too wide to caption it ends the caption: the lines under it are its
        if any(
            other is not fig
            and other.left < seg.right
            and other.right > seg.left
            and fig.bottom <= other.top < seg.top
            for other in figures
        ):
            break  # the next photo's caption, past that photo
        if len(out) == MAX_CAPTION_LINES:
            return []
        out.append(line)
        reach = max(reach, seg.bottom)
    return out


def _expand(items: Sequence[Item]) -> list[Block | list[_Segment]]:
    out: list[Block | list[_Segment]] = []
    for item in items:
        if isinstance(item, _Unit):
            out += [item.figure, *item.on_it]
            out += sorted(item.captions, key=lambda line: (line[0].top, line[0].left))
        else:
            out.append(item)
    return out


def _extent(item: Item | Sequence[_Segment]) -> Box:
    if isinstance(item, (Block, _Unit)):
        return item.bbox
    return union([_edges(s) for s in item])


GRID_MIN_FIGURES = 4  # figures in a region before it is tried as a grid, read row by row


def _xy_cut(items: list[Item]) -> list[Item]:
    """Recursive XY-cut at the widest empty band of either axis (see module doc); a region
    that holds rows of figures side by side (a product grid) is cut between its rows first,
    so it reads row by row however wide its column gaps are.

    Iterative (a stack of index groups, the upper or left part popped first): a page of a
    thousand lines cuts a thousand deep, past Python's recursion limit."""
    boxes = [_extent(item) for item in items]
    is_figure = [
        isinstance(i, _Unit) or (isinstance(i, Block) and i.kind == "figure") for i in items
    ]
    order: list[int] = []
    stack = [list(range(len(items)))]
    while stack:
        indices = stack.pop()
        if len(indices) <= 1:
            order.extend(indices)
            continue
        best = None
        grid_best = None
        rows = (len(indices), 0)  # the horizontal cuts between rows of figures, if any
        if sum(is_figure[i] for i in indices) >= GRID_MIN_FIGURES:
            rows = _grid_rows(sorted(indices, key=lambda i: boxes[i][1]), boxes, is_figure)
        for axis in (0, 1):  # 0: vertical cut (x gaps), 1: horizontal cut (y gaps)
            lo, hi = (0, 2) if axis == 0 else (1, 3)
            spans = sorted(indices, key=lambda i: boxes[i][lo])
            reach = boxes[spans[0]][hi]
            for position in range(1, len(spans)):
                gap = boxes[spans[position]][lo] - reach
                # columns need a real gutter; lines only need not to overlap
                if gap > (4.0 if axis == 0 else 0.0) and (best is None or gap > best[0]):
                    best = (gap, spans[:position], spans[position:])
                between_rows = axis == 1 and rows[0] <= position <= rows[1]
                if between_rows and gap > 0 and (grid_best is None or gap > grid_best[0]):
                    grid_best = (gap, spans[:position], spans[position:])
                reach = max(reach, boxes[spans[position]][hi])
        best = grid_best or best
        if best is None:  # overlapping items: top to bottom, left to right
            order.extend(sorted(indices, key=lambda i: (boxes[i][1], boxes[i][0])))
            continue
        stack += [best[2], best[1]]
    return [items[i] for i in order]


def _grid_rows(
    spans: Sequence[int], boxes: Sequence[Box], is_figure: Sequence[bool]
) -> tuple[int, int]:
    """For items sorted top down, the (first, last) positions at which a horizontal cut has
    two figures side by side both above and below it (first > last: nowhere). Having such a
    pair only grows with the items above a cut and shrinks with those below, so each end is
    found by bisection."""

    def first(test: Callable[[int], bool], low: int, high: int) -> int:
        while low < high:  # the first position in [low, high) that passes, else high
            middle = (low + high) // 2
            if test(middle):
                high = middle
            else:
                low = middle + 1
        return low

    count = len(spans)
    above = first(lambda k: _figures_side_by_side(spans[:k], boxes, is_figure), 1, count)
    below = first(lambda k: not _figures_side_by_side(spans[k:], boxes, is_figure), 1, count)
    return above, below - 1


def _figures_side_by_side(
    indices: Sequence[int], boxes: Sequence[Box], is_figure: Sequence[bool]
) -> bool:
    """Two figures of these items share a row: apart across, overlapping down (a sweep down
    the figures, each compared with those that start before it ends)."""
    figures = sorted((boxes[i] for i in indices if is_figure[i]), key=lambda b: b[1])
    for n, a in enumerate(figures):
        for b in figures[n + 1 :]:
            if b[1] >= a[3]:
                break  # this one and all below start under `a`
            overlap = min(a[3], b[3]) - max(a[1], b[1])
            apart = a[2] <= b[0] or b[2] <= a[0]
            if apart and overlap > 0.5 * min(a[3] - a[1], b[3] - b[1]):
                return True
    return False


def _body_size(segments: Sequence[_Segment]) -> float:
    """The most common text size on the page, weighted by characters."""
    sizes: Counter[float] = Counter()
    for seg in segments:
        for word in seg.words:
            sizes[round(word.size * 2) / 2] += len(word.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _group(ordered: Sequence[Block | list[_Segment]], body: float) -> list[Block]:
    """Consecutive lines close together and alike join into blocks, which get their kinds."""
    blocks: list[Block] = []
    current: list[_Segment] = []
    entries = _run_in_entries(ordered)

    def flush() -> None:
        if current:
            blocks.append(_text_block(current, body))
            current.clear()

    for item in ordered:
        if isinstance(item, Block):
            flush()
            blocks.append(item)
            continue
        seg = item[0]
        if current and _numbers_section(current[-1], seg):
            last = current[-1]  # "1" + "Introduction" on one baseline: one heading
            current[-1] = _Segment([*last.words, *seg.words], *_extent([last, seg]))
            continue
        introduced = bool(blocks) and blocks[-1].text.rstrip().endswith(":")
        if len(current) == 1 and not introduced and _centred_title_over_text(current[0], seg):
            flush()  # "FOREWORD" centred over its text, in the text's type: a line apart
        if current:
            last = current[-1]
            gap = seg.top - last.bottom
            same_style = (
                abs(seg.size - last.size) < 0.6
                and (seg.bold == last.bold or (entries and _text_runs_on(last, seg)))
                and not _capitals_over_name(last, seg)
            )
            aligned = seg.left < last.right and seg.right > last.left
            starts_item = (
                bool(_BULLET.match(seg.text))
                or (entries and not last.bold and bool(_run_in_head(seg)))
                or _numbered_under_numbered(current[0], seg, body)
            )
            if (
                not (
                    0 - last.height < gap <= PARAGRAPH_GAP * last.height and same_style and aligned
                )
                or starts_item
            ):
                flush()
        current.append(seg)
    flush()
    return blocks


CENTRED_TITLE_WORDS = 6  # words of a title in capitals centred over its text, at most
CENTRED_TITLE_INSET = 3.0  # line heights it stands in from each end of the line under it, at least
CENTRED_TITLE_GAP = 2.0  # line heights between it and that line, at most


def _centred_title_over_text(title: _Segment, line: _Segment) -> bool:
    """A short line in capitals centred over the line under it, which is not in capitals and
    runs well past it at both ends, in the text's own size and weight ("FOREWORD" over "The
    International Telecommunication Union (ITU) is the United Nations specialized..."): a
    section's title as a standard or a legal text sets it, no first line of its paragraph,
    so a block of its own. Set in the text's type it is no heading: its rank among the
    document's headings, which their sizes give, is unknown (a foreword's title would rank
    under the deepest subsection). A paragraph's first line starts at its left edge; a
    centred line of a poem or an address is not in capitals, nor is a title with its
    sentence's stop; a line with a figure ("© ITU 2004", a code "SOF1") names no section,
    nor does a line the text above introduces (its sentence ends in a colon: a code or a
    formula displayed on a line of its own)."""
    inset = CENTRED_TITLE_INSET * line.height
    off_centre = abs((title.left + title.right) - (line.left + line.right)) / 2
    return (
        _in_capitals(title.text)
        and not _in_capitals(line.text)
        and len(title.text.split()) <= CENTRED_TITLE_WORDS
        and not title.text.rstrip().endswith((".", ",", ";", ":"))
        and not any(c.isdigit() for c in title.text)
        and 0 <= line.top - title.bottom <= CENTRED_TITLE_GAP * line.height
        and title.left - line.left >= inset
        and line.right - title.right >= inset
        and off_centre < line.height
    )


MIN_RUN_IN_ENTRIES = 3  # lines of a page that run in with a bold head, to be a list of entries


def _run_in_head(line: _Segment) -> str:
    """The bold words a line begins with when words set regular follow them on the line,
    words of letters or any after a head closed by a comma or a colon: a run-in head
    ("Nikon F3 korpus," then "kroom, 8/10"; "Nikkor 50 mm f/1.4," then "9/10,"; "Note:" then
    its text); "" for a line that starts regular or is bold throughout (a heading), or a bold
    name with a figure or a price beside it ("Tartar de Atún 9$": a menu's dish, a heading)."""
    count = next((n for n, w in enumerate(line.words) if not w.bold), len(line.words))
    count += _quote_closed(line.words[:count], line.words[count:])
    head, rest = line.words[:count], line.words[count:]
    if not rest or not any(_worded(w.text) for w in head):
        return ""  # no head, or a bold price before the one struck ("17,99zł 24,99 zł")
    worded = any(any(c.isalpha() for c in w.text) for w in rest)
    if not worded and not head[-1].text.endswith(_HEAD_CLOSE):
        return ""
    return " ".join(w.text for w in head)


_HEAD_CLOSE = (",", ":", ";", "–", "—")  # marks that end a run-in head before its text
_OPENING_QUOTES = "'‘\"“„«("
_CLOSING_QUOTES = "'’\"”»)"
QUOTE_REACH = 2  # words after a bold head that may close the quote it opened


def _quote_closed(head: Sequence[Word], rest: Sequence[Word]) -> int:
    """How many of the words after a bold head belong to it: those up to the word that closes
    a quote (or bracket) the head opened and left open, `QUOTE_REACH` words at most ("Carrot
    'Autumn King" bold, then "2'": a variety's name, its last word's weight misread, as a
    scan's short word of figures may be); none when the head closes what it opens."""
    opened = sum(w.text[:1] in _OPENING_QUOTES for w in head)
    closed = sum(w.text.rstrip(",:;.").endswith(tuple(_CLOSING_QUOTES)) for w in head)
    if not head or opened <= closed:
        return 0
    for count, word in enumerate(rest[:QUOTE_REACH], start=1):
        if word.text[:1] in _OPENING_QUOTES:
            return 0
        if word.text.rstrip(",:;.").endswith(tuple(_CLOSING_QUOTES)):
            return count
    return 0


def _worded(token: str) -> bool:
    """A word of letters, no figure in it ("Nikon", "Note:"; not "17,99zł" nor "M6")."""
    return any(c.isalpha() for c in token) and not any(c.isdigit() for c in token)


def _text_runs_on(line: _Segment, below: _Segment) -> bool:
    """A regular line under a line that runs in with a head so long the line is bold by most
    of its words ("**Nikon F3 korpus,** kroom," over "karbiga (kood 43026)"), or that is the
    head alone (`_open_head`): the entry's text going on, one block with its head, unless it
    runs in with a head of its own (the next entry)."""
    heads = bool(_run_in_head(line)) or _open_head(line)
    return line.bold and not below.bold and heads and not _run_in_head(below)


def _open_head(line: _Segment) -> bool:
    """A line bold throughout, worded, that ends in a mark closing a run-in head: a head too
    long to run in on its line ("**Canon EOS 5D Mark IV korpus,**" over "9/10, 61 000
    kaadrit"), its text on the next."""
    return (
        all(w.bold for w in line.words)
        and line.words[-1].text.endswith(_HEAD_CLOSE)
        and any(_worded(w.text) for w in line.words)
    )


def _run_in_entries(ordered: Sequence[Block | list[_Segment]]) -> bool:
    """A page of entries each set as a run-in paragraph (a used-goods list, a classified
    ad's, a glossary): at least `MIN_RUN_IN_ENTRIES` lines begin with a bold run-in head. On
    such a page a head under a regular line starts the next entry; prose whose bold term
    happens to fall at a line's start now and then is not split there."""
    heads = sum(1 for item in ordered if not isinstance(item, Block) and _run_in_head(item[0]))
    return heads >= MIN_RUN_IN_ENTRIES


CAPITALS_SIZE_STEP = 0.25  # points between the sizes of a line in capitals and the next


def _capitals_over_name(above: _Segment, below: _Segment) -> bool:
    """A line in capitals over one that is not, set in another size however close (a price
    list's brand "MAISON LUZIA" in 10 points over its first perfume's name in 9.5): a
    heading over the entry it opens, two styles, not one block's two lines."""
    capitals = _in_capitals(above.text), _in_capitals(below.text)
    return abs(above.size - below.size) >= CAPITALS_SIZE_STEP and capitals[0] != capitals[1]


def _in_capitals(text: str) -> bool:
    """Two letters or more, none of them lower case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


# a section's number alone: "3", "3.1.", "IV.", "C.", and an appendix's "D", "B.7", "F.4.2.4"
_SECTION_NUMBER = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.|[A-Z]\.?|[A-Z](?:\.\d{1,2})+\.?)$"
)


def _numbers_section(number: _Segment, title: _Segment) -> bool:
    """A section number set apart from its title on the same baseline. A letter alone ("D")
    numbers an appendix's title only, both bold, the title opening with a capitalised word
    ("Joint training"): a drawing's labels side by side ("P", "s1"), a legend's symbol
    before its text ("O Represents ...") are none."""
    same_line = abs((number.top + number.bottom) - (title.top + title.bottom)) < number.height
    lettered = len(number.text) == 1 and number.text.isalpha()  # "D"; "C." as before
    appendix = number.bold and title.bold and bool(_CAPITALISED_WORD.match(title.text))
    return (
        same_line
        and bool(_SECTION_NUMBER.match(number.text))
        and 0 < title.left - number.right < 4 * number.height
        and (not lettered or appendix)
    )


_CAPITALISED_WORD = re.compile(r"[^\W\d_a-z][^\W\d_]+")  # "Joint", "Übersicht"; not "s1"


# a title's section number, a subsection's at least ("4.2.1.1 Parameter K", "C.6.3.1 Page
# initiator"), or any ("4 Coding", "B.5 Coding"), then its title opening with a capital
_NUMBERED_SUBTITLE = re.compile(r"^(?:\d{1,2}|[A-Z])(?:\.\d{1,2})+\.?\s+[^\W\d_a-z]")
_NUMBERED_TITLE_LINE = re.compile(r"^(?:\d{1,2}|[A-Z])(?:\.\d{1,2})*\.?\s+[^\W\d_a-z]")


def _numbered_under_numbered(first: _Segment, line: _Segment, body: float) -> bool:
    """A subsection's numbered title set right under a numbered title in the same heading
    type, bold or larger than the text ("4.2.1 Data" over "4.2.1.1 Parameter K", no text
    between): two headings, the second opening its own section, not one heading's two
    lines. A wrapped title's second line carries no number of its own. Lines of a contents
    list (a dotted leader to their page: "4.1. Une vision ...... 23") stay its lines."""
    heading_type = (first.bold and line.bold) or min(first.size, line.size) >= HEADING_SIZE * body
    return (
        heading_type
        and bool(_NUMBERED_TITLE_LINE.match(first.text))
        and bool(_NUMBERED_SUBTITLE.match(line.text))
        and not any(_DOT_LEADER.search(s.text) for s in (first, line))
    )


_DOT_LEADER = re.compile(r"(?:\.\s?){4,}|…")  # a contents line's dots to its page


def _text_block(lines: Sequence[_Segment], body: float) -> Block:
    text = _join_lines([s.text for s in lines])
    box = _extent(lines)
    size = statistics.median(s.size for s in lines)
    bold = all(s.bold for s in lines)
    head = _run_in_head(lines[0])
    if not head and len(lines) > 1 and _open_head(lines[0]) and not lines[1].bold:
        head = lines[0].text  # joined only on a page of run-in entries (`_text_runs_on`)
    kind: BlockKind = "paragraph"
    if _BULLET.match(text) and not _numbered_heading(text, lines, size, bold, body):
        kind = "list_item"
    elif _CAPTION.match(text) and not _CITES_FIGURE.match(text):
        kind = "caption"
    elif not head and _is_heading(text, lines, size, bold, body):
        kind = "heading"
    return Block(
        kind,
        box,
        text,
        font_size=round(size, 1),
        bold=bold,
        lines=[s.text for s in lines],
        head=head,
    )


_NUMBERED_TITLE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=[^\W\d_])")


def _numbered_heading(
    text: str, lines: Sequence[_Segment], size: float, bold: bool, body: float
) -> bool:
    """A numbered line set larger than the text as a heading is ("2. Méthodologie et
    consultations", "3) Review the budget"), the section's number, not a list's: a title in
    capitals after the number, a line or two, larger than the body text (a list numbered in the
    body's type, bold or not, stays a list)."""
    number = _NUMBERED_TITLE.match(text)
    return (
        number is not None
        and text[number.end() :][:1].isupper()
        and size >= HEADING_SIZE * body
        and len(lines) <= 2
        and _is_heading(text, lines, size, bold, body)
    )


def _is_heading(text: str, lines: Sequence[_Segment], size: float, bold: bool, body: float) -> bool:
    """Short, not a sentence, mostly words, and larger than the body text (or bold and at least
    as large). A line mostly of figures ("2 kg 4 990 Ft · 7,5 kg 15 340 Ft"), or one price alone
    ("17 690 Kč", "€ 12,99", "9,99"), is no heading however large it is set: it states
    quantities and prices, it names no section."""
    words = len(text.split())
    if words > 20 or len(lines) > 3 or text.rstrip().endswith((".", ",", ";", ":")):
        return False
    if _mostly_figures(text) or _price_line(text) or not _worded_title(text, bold):
        return False
    if all(_repeated_glyphs(word) for word in text.split()):
        return False
    if size >= HEADING_SIZE * body:
        return True
    numbered = bool(_NUMBERED_SUBTITLE.match(text))
    if numbered and not bold and len(lines) == 1 and words <= 12:
        # a subsection's numbered title one step larger than the text ("4.2.1 Flächeninhalt"
        # in 12 points over text in 10.9), its section's title larger still
        return size >= SUBSECTION_SIZE * body
    # bold at the text's size heads a section by its words: a bold number alone there is a
    # drawing's marker or a callout ("4" on a sofa in a room's picture), no section's name;
    # a numbered section's title may be long ("F.4 Basic procedure for the interchange of
    # ..."), a bold sentence of the text without a number is not
    named = any(c.isalpha() for c in text)
    return (
        bold
        and named
        and not _run_in(lines)
        and round(size * 2) / 2 >= body  # the body's size is rounded so (`_body_size`)
        and (words <= 12 or numbered)
        and len(lines) <= 2
    )


ORNAMENT_REPEATS = 3  # times a unit of a few glyphs repeats in a word drawn as an ornament
ORNAMENT_UNIT = 3  # glyphs of that unit at most


def _repeated_glyphs(word: str) -> bool:
    """A word that is one unit of a glyph or three repeated (`ORNAMENT_REPEATS` times at
    least, the last perhaps cut short): a divider drawn in a decorative font whose glyphs
    read as letters ("kikikikikikik", "gtgtgtgtg", "xyxyxyxyx"), or a row of marks
    ("********"), no title however large it is set."""
    for unit in range(1, ORNAMENT_UNIT + 1):
        if len(word) < max(5, ORNAMENT_REPEATS * unit):
            break
        if all(c == word[i % unit] for i, c in enumerate(word)):
            return True
    return False


def _worded_title(text: str, bold: bool) -> bool:
    """Two letters at least ("Data", "3.1 Fill", "Q&A"), or fewer set bold (an index's or a
    glossary's "A", a standard's "T.4", a model's "X5"): a formula's symbol or a drawing's
    label set large in regular type ("γ", "=", "s1", "P") names no section, nor does a
    symbol font's glyph ("!", "■") however it is set."""
    letters = sum(c.isalpha() for c in text)
    return letters >= 2 or (bold and any(c.isalnum() for c in text))


def _run_in(lines: Sequence[_Segment]) -> bool:
    """A line bold in most words but set regular in a word of letters: a run-in head with
    the start of its text ("FOR FURTHER INFORMATION CONTACT: Ian"), or a sentence running
    into one ("in the FOR FURTHER INFORMATION"), not a heading of its own. A figure or a price
    set regular beside a bold name ("Tartar de Atún 9$") does not count."""
    return any(not w.bold and any(c.isalpha() for c in w.text) for s in lines for w in s.words)


MIN_FIGURES = 3  # a line needs this many figures, and more of them than words, to be figures
# an amount with decimal-comma cents and no currency: a price ("9,99", "1.299,-"), where a
# point's ("3.12") may number a section
_COMMA_CENTS = re.compile(r"\d{1,3}(?:[ .'\u00a0\u202f]?\d{3})*,(?:\d{2}|-{1,2}|–)\*?")


def _price_line(text: str) -> bool:
    """One price and nothing else, however large it is set ("17 690 Kč", "€ 12,99", "$4.99",
    "9,99"): never a section's name (a bare "2024" or "3.12" may be)."""
    text = text.strip()
    return bool(currencies.PRICE.fullmatch(text) or _COMMA_CENTS.fullmatch(text))


def _mostly_figures(text: str) -> bool:
    """More tokens of digits (and no letters) than tokens with letters, and at least
    `MIN_FIGURES` of them: "400 g 690 Ft · 800 g 1 230 Ft", not "Chapter 3" or "iPhone 15 128
    GB"."""
    tokens = text.split()
    figures = sum(
        1 for t in tokens if any(c.isdigit() for c in t) and not any(c.isalpha() for c in t)
    )
    worded = sum(1 for t in tokens if any(c.isalpha() for c in t))
    return figures >= MIN_FIGURES and figures > worded


def _join_lines(lines: Sequence[str]) -> str:
    out = ""
    for line in lines:
        if out.endswith("-") and line[:1].islower():
            out = out[:-1] + line  # a word hyphenated at the line end
        else:
            out = f"{out} {line}" if out else line
    return out


# a subsection's number and its title in capitals ("3.3. Rencontres", "4.2.1 Data")
_SUBSECTION = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+[^\W\d_a-z]")


MIN_HEADED_ITEMS = 2  # list items right under a heading that make it the list's heading


def _heads_a_list(blocks: list[Block], index: int) -> bool:
    """Whether the blocks right after `index` are at least `MIN_HEADED_ITEMS` list items,
    the first within two of the heading's line heights under it, set under its text."""
    head = blocks[index]
    items = list(itertools.takewhile(lambda b: b.kind == "list_item", blocks[index + 1 :]))
    if len(items) < MIN_HEADED_ITEMS:
        return False
    first = items[0]
    height = (head.bottom - head.top) / max(len(head.lines), 1)
    return 0 <= first.top - head.bottom <= 2 * height and head.left <= first.left < head.right


def _mark_captions(blocks: list[Block]) -> None:
    """Short text right under (or over) a figure, overlapping it horizontally, captions it;
    not a heading numbered as a subsection, which opens the next section under a chart, nor
    one over a list right under it (a system's name under its photo, its parts listed)."""
    figures = [b for b in blocks if b.kind == "figure"]
    for index, block in enumerate(blocks):
        if block.kind not in ("paragraph", "heading") or len(block.text.split()) > 40:
            continue
        if block.kind == "heading" and _SUBSECTION.match(block.text):
            continue  # "3.3. Meetings with groups" under a chart: the next section, no caption
        if block.kind == "heading" and _heads_a_list(blocks, index):
            continue  # a system's heading under its photo, its parts listed under it
        line_height = (block.bottom - block.top) / max(len(block.lines), 1)
        for figure in figures:
            overlaps = block.left < figure.right and block.right > figure.left
            below = 0 <= block.top - figure.bottom <= max(CAPTION_DISTANCE, 2 * line_height)
            above = 0 <= figure.top - block.bottom <= CAPTION_DISTANCE / 2
            if overlaps and (below or above):
                block.kind = "caption"
                break


# --- running headers and footers ---------------------------------------------------------------


def _running_key(text: str) -> str:
    """The text with its page numbers (tokens of digits only) blanked, and left out at either
    end, where a footer set on facing pages has them ("16 ITU-T Rec. T.4" on the left page,
    "ITU-T Rec. T.4 17" on the right: one running footer): an article code such as MN-3197-F
    keeps its digits, so a grid's last caption is not taken for a running footer."""
    tokens = re.split(r"(\s+|/)", text.casefold().strip())
    key = "".join("#" if t.isdigit() else t for t in tokens)
    outer = re.sub(r"^(?:#\s+)+|(?:\s+#)+$", "", key)
    return outer if any(c.isalpha() for c in outer) else key


def mark_running(document: DocumentLayout) -> None:
    """Margin blocks repeated across pages (digits aside), and page numbers, are headers and
    footers; and so is a margin line set level with the page's number (a book's running
    head, "29" beside "2.1. TOPOLOGISCHE MANNIGFALTIGKEITEN", which names the section the
    page is in and so changes from section to section)."""
    counts: Counter[str] = Counter()
    for page in document.pages:
        keys = {_running_key(b.text) for b in page.blocks if _in_margin(b, page) and b.text}
        counts.update(keys)
    pages = len(document.pages)
    for page in document.pages:
        numbers = []
        for block in page.blocks:
            if not block.text or not _in_margin(block, page) or block.kind == "table":
                continue
            key = _running_key(block.text)
            repeated = pages >= 2 and counts[key] >= max(2, RUNNING_SHARE * pages)
            number = bool(_PAGE_NUMBER.match(block.text.strip()))
            if repeated or number:
                top_half = block.top < page.height / 2
                block.kind = "header" if top_half else "footer"
            if number:
                numbers.append(block)
        _mark_level_with_numbers(page, numbers)
    _mark_running_in_place(document)


RUNNING_BAND_SHARE = 0.15  # top and bottom share of the page a running line set in place may be in
RUNNING_IN_PLACE = 3  # pages near one another a line repeats on at one height to be running there
RUNNING_PAGE_STEP = 2  # pages between two of those at most (a head on every other page)
RUNNING_PLACE_SLACK = 2.0  # points the heights of one running line may differ by


def _mark_running_in_place(document: DocumentLayout) -> None:
    """A one-line block repeated word for word at one height near the top or the bottom of
    the page, on `RUNNING_IN_PLACE` pages or more each at most `RUNNING_PAGE_STEP` pages from
    the last, past the margin `mark_running` reads (a book's running head an inch down,
    "APPENDIX B — MACROS FOR FORMATTING" over each page of the appendix, which changes from
    part to part and so is on fewer than half the pages; a table's "Tax Table–Continued"): a
    running header or footer, no heading of each page. A heading that recurs in chapters far
    apart ("Exercises" closing each chapter, "Chapter 3") is none, nor is a title set larger
    than the text over each page (a catalog's name at the head of its pages), nor a line
    that opens a row (a price table's "£ each" set low on every page, its prices level with
    it, read loose on a scan)."""
    sizes: Counter[float] = Counter()
    for page in document.pages:
        for block in page.blocks:
            if block.kind == "paragraph":
                sizes[block.font_size] += len(block.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    found: list[tuple[str, float, int, Block, PageLayout]] = []
    for number, page in enumerate(document.pages):
        for block in page.blocks:
            if (
                _running_line(block, page)
                and block.font_size < HEADING_SIZE * body
                and not _opens_a_row(block, page)
            ):
                text = " ".join(block.text.casefold().split())
                found.append((text, block.top, number, block, page))
    for text, top, number, block, page in found:
        pages = sorted(
            {n for t, y, n, _, _ in found if t == text and abs(y - top) <= RUNNING_PLACE_SLACK}
        )
        if _run_around(pages, number) >= RUNNING_IN_PLACE:
            block.kind = "header" if block.top < page.height / 2 else "footer"


def _run_around(pages: list[int], number: int) -> int:
    """How many of `pages` (sorted) form the run holding `number`, each at most
    `RUNNING_PAGE_STEP` after the one before."""
    runs: list[list[int]] = []
    for page in pages:
        if runs and page - runs[-1][-1] <= RUNNING_PAGE_STEP:
            runs[-1].append(page)
        else:
            runs.append([page])
    return next((len(run) for run in runs if number in run), 0)


ROW_NEIGHBOURS = 2  # blocks level with a line (page numbers aside) that make it a row's


def _opens_a_row(block: Block, page: PageLayout) -> bool:
    """Whether `ROW_NEIGHBOURS` blocks or more, other than page numbers, stand level with
    the block on its page: a row's cells, not a running line with its page's number."""
    middle = (block.top + block.bottom) / 2
    level = [
        other
        for other in page.blocks
        if other is not block
        and other.top < middle < other.bottom
        and not _PAGE_NUMBER.match(other.text.strip())
    ]
    return len(level) >= ROW_NEIGHBOURS


def _running_line(block: Block, page: PageLayout) -> bool:
    band = RUNNING_BAND_SHARE * page.height
    return (
        block.kind in ("heading", "paragraph")
        and len(block.lines) <= 1
        and any(c.isalpha() for c in block.text)
        and (block.bottom <= band or block.top >= page.height - band)
    )


def _mark_level_with_numbers(page: PageLayout, numbers: Sequence[Block]) -> None:
    """Margin lines of text level with one of the page's numbers take its kind (header or
    footer): one running line, its parts set apart."""
    for block in page.blocks:
        if block.kind not in ("paragraph", "heading") or len(block.lines) > 1:
            continue
        if not _in_margin(block, page):
            continue
        for number in numbers:
            height = min(block.bottom - block.top, number.bottom - number.top)
            level = abs((block.top + block.bottom) - (number.top + number.bottom)) / 2
            if level < height / 2:
                block.kind = number.kind
                break


def _in_margin(block: Block, page: PageLayout) -> bool:
    margin = MARGIN_SHARE * page.height
    return block.bottom <= margin or block.top >= page.height - margin
