"""Layout blocks the catalog tests build pages from: a page of blocks, a table of rows."""

from __future__ import annotations

from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

ROW_HEIGHT = 14.0  # points a table row takes


def one_page(*blocks: Block) -> DocumentLayout:
    """A one-page document (600 × 800 pt) holding `blocks` in this order."""
    page = PageLayout(1, 600, 800)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def table(rows: list[list[str]], top: float = 100.0) -> Block:
    """A table block across the page's text width, its first row at `top`."""
    return Block("table", (40.0, top, 555.0, top + ROW_HEIGHT * len(rows)), "", rows=rows)
