"""Page blocks every form reads: the photos of a page, the blocks that may caption one, a
block's lines and line height, blocks set on one line."""

from __future__ import annotations

from collections.abc import Sequence

from pdfqueue.engines.layout import Block, PageLayout

# blocks that may caption a photo: a card's features are often bullets ("• Stackable")
CAPTION_KINDS = ("caption", "paragraph", "heading", "list_item")


def photo_figures(page: PageLayout) -> list[tuple[int, Block]]:
    """Figures that are photos: not a badge or logo lying on a larger figure."""
    figures = [(i, b) for i, b in enumerate(page.blocks) if b.kind == "figure"]
    out = []
    for i, fig in figures:
        area = (fig.right - fig.left) * (fig.bottom - fig.top)
        on_larger = any(
            other is not fig
            and (other.right - other.left) * (other.bottom - other.top) > 2 * area
            and fig.left < other.right
            and fig.right > other.left
            and fig.top < other.bottom
            and fig.bottom > other.top
            for _, other in figures
        )
        if not on_larger and min(fig.right - fig.left, fig.bottom - fig.top) >= 40:
            out.append((i, fig))
    return out


def line_height_of(block: Block) -> float:
    return (block.bottom - block.top) / max(len(block.lines), 1)


def lines_of(blocks: Sequence[Block]) -> list[str]:
    return [line for b in blocks for line in (b.lines or [b.text]) if line.strip()]


def photo_blocks(page: PageLayout) -> list[Block]:
    return [fig for _, fig in photo_figures(page)]


def rows_of_blocks(blocks: Sequence[Block]) -> list[list[Block]]:
    """Blocks grouped into the lines they are set on, top to bottom, each left to right: a
    block joins the line whose middle lies within half its own height. Blocks of one line
    differ in top by a point or two on a scan (a skew, a taller "Description" than "Pos."),
    across any fixed band."""
    lines: list[list[Block]] = []
    for block in sorted(blocks, key=lambda b: (b.top + b.bottom) / 2):
        middle = (block.top + block.bottom) / 2
        line = lines[-1] if lines else None
        if line and abs(middle - (line[0].top + line[0].bottom) / 2) <= 0.5 * (
            block.bottom - block.top
        ):
            line.append(block)
        else:
            lines.append([block])
    return [sorted(line, key=lambda b: b.left) for line in lines]


def inside(block: Block, box: Block, margin: float = 2.0) -> bool:
    """Whether `block` lies within `box` (a photo's), give or take `margin` points a side."""
    return (
        box.left - margin <= block.left
        and block.right <= box.right + margin
        and box.top - margin <= block.top
        and block.bottom <= box.bottom + margin
    )
