"""A social feed's bylines: the account's handle set over every post's caption.

A boutique's feed printed from a browser heads each post's caption with the account's handle
("wren.and.willow", "@wrenandwillow"), then the post's text ("New in: Linen Wrap Dress, sage",
its price and SKU). The handle is the seller's, the same over every post: it names no product.
A line is a byline when it is shaped as a handle (one lowercase token with a dot or an
underscore in it, or led by "@") and opens the text under at least `MIN_POSTS` photos of the
page.
"""

from __future__ import annotations

import re
from collections import Counter

from pdfqueue.engines.catalog.blocks import photo_figures
from pdfqueue.engines.layout import PageLayout

MIN_POSTS = 3  # photos whose captions open with the same handle
BYLINE_BELOW = 30.0  # points under a photo where its caption's first line starts

_HANDLE = re.compile(r"^(?=.*[a-z])(?:@[\w.]{2,30}|[a-z0-9][a-z0-9]*(?:[._][a-z0-9]+)+)$")


def is_handle(line: str) -> bool:
    """'wren.and.willow', '@wrenandwillow', 'the_linen_shop': an account's handle."""
    return bool(_HANDLE.match(line.strip()))


def page_bylines(page: PageLayout) -> set[str]:
    """The handles that open the caption under `MIN_POSTS` or more of the page's photos."""
    firsts: Counter[str] = Counter()
    for _, fig in photo_figures(page):
        under = [
            b
            for b in page.blocks
            if b.kind != "figure"
            and 0 <= b.top - fig.bottom <= BYLINE_BELOW
            and fig.left - 10 <= b.left < fig.right
        ]
        if not under:
            continue
        first = min(under, key=lambda b: (b.top, b.left))
        line = (first.lines or [first.text])[0].strip()
        if is_handle(line):
            firsts[line] += 1
    return {line for line, count in firsts.items() if count >= MIN_POSTS}
