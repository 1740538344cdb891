"""Tables whose column headings are set turned: a selection chart (saw blades, paints,
adhesives) prints each heading turned 90 degrees to keep narrow columns narrow, so the
headings stand side by side on one line right above the first row, reading up the page (or
down it). The layout keeps turned text apart (`PageLayout.turned`) and finds the table from
its upright rows alone, so the table came without its header and read as a headerless block
of figures, its rows no products.

The rule puts the turned headings back as the table's header row: the turned phrases whose
ends stand at most `HEAD_GAP` of the table's row pitch above its top (never inside it) and
whose middles lie over the table, each given to the column nearest its middle (at most
`HEAD_SLACK` type sizes beside it; phrases over one column join left to right, as text reading
up the page does). It holds only when at least `MIN_TURNED_HEADS` columns and at least half
the table's columns are so titled, and when the table's first row reads as data (holds a
figure): a table whose header row is upright keeps it. The table's box stays its rows'. The
phrases used leave `turned`, and so do the other phrases of that heading line (titles of
columns drawn without text: dots, ticks): they are the chart's headings, not names.

Where it stops: turned text beside a table (a thumb-index tab down the page's edge, a label
along a drawn item further up) is not a heading line over it and stays in `turned`; a lone
turned word over a table titles nothing; headings mixing upright and turned titles on one line
(the upright ones read into the table's first row) are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pdfqueue.engines.layout import Block

MIN_TURNED_HEADS = 2  # columns a turned heading line must title, at least (and half of all)
HEAD_GAP = 1.5  # row pitches between a heading's end and the table's top, at most
HEAD_SLACK = 1.0  # type sizes a heading's middle may stand beside its column
_FIGURE = re.compile(r"\d")


def tables_under_turned_heads(
    blocks: list[Block], turned: list[Block]
) -> tuple[list[Block], list[Block]]:
    """The page's blocks with each table under a line of turned headings given them as its
    header row, and the turned phrases left over (see the module doc)."""
    if len(turned) < MIN_TURNED_HEADS:
        return blocks, turned
    used: set[int] = set()
    out = []
    for block in blocks:
        titled = _titled(block, turned, used)
        out.append(titled if titled is not None else block)
    return out, [t for i, t in enumerate(turned) if i not in used]


def _titled(table: Block, turned: list[Block], used: set[int]) -> Block | None:
    """`table` with the turned headings over it as its first row, or None."""
    if table.kind != "table" or not table.rows or not table.columns:
        return None
    if len(table.columns) != len(table.rows[0]) or not any(
        _FIGURE.search(cell) for cell in table.rows[0]
    ):
        return None
    pitch = (table.bottom - table.top) / len(table.rows)
    line = [
        i
        for i, t in enumerate(turned)
        if i not in used
        and table.top - HEAD_GAP * pitch <= t.bottom <= table.top
        and table.left - t.font_size <= (t.left + t.right) / 2 <= table.right + t.font_size
    ]
    heads: dict[int, list[int]] = {}
    for i in line:
        phrase = turned[i]
        middle = (phrase.left + phrase.right) / 2
        reach = [
            (max(left - middle, middle - right, 0.0), k)
            for k, (left, right) in enumerate(table.columns)
        ]
        distance, column = min(reach)
        if distance <= HEAD_SLACK * max(phrase.font_size, 1.0):
            heads.setdefault(column, []).append(i)
    if len(heads) < max(MIN_TURNED_HEADS, (len(table.columns) + 1) // 2):
        return None
    header = [
        " ".join(turned[i].text for i in sorted(heads.get(k, []), key=lambda i: turned[i].left))
        for k in range(len(table.columns))
    ]
    used.update(line)
    rows = [header, *table.rows]
    return replace(  # the box stays the rows' (a row's box is its share of it)
        table,
        text="\n".join(" | ".join(row) for row in rows),
        rows=rows,
    )
