"""Names cleared of the badges printed right after them ("Trail runner shoe NEW" is the
"Trail runner shoe"): the layout finds each badge by its print (`name_badges`) and keeps it
with the word it follows; a badge comes off a name only right after that word, so a name
that has the word in its own right ("New Balance 574") keeps it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.layout import DocumentLayout


def strip_badges(products: Iterable[Product], document: DocumentLayout) -> None:
    """Take off each product's name the badges printed after a word of it on its page."""
    badges = {page.page_number: page.badges for page in document.pages if page.badges}
    for product in products:
        for before, badge in badges.get(product.page, []):
            product.name = _without(product.name, before, badge)


def _without(name: str, before: str, badge: str) -> str:
    """`name` without `badge` where it follows `before` (as whole words, or after the " / "
    that joins two blocks read apart) or where it opens the name before such a joint;
    unchanged when nothing of the name would be left."""
    pattern = re.compile(
        rf"(?:(?<=\s)|^)({re.escape(before)})(?:\s*[/|·])?\s+{re.escape(badge)}(?=$|[\s,;:/|])"
    )
    # a badge read as a piece of its own, joined before the next card's name ("SALE / Wool
    # sock pack"): the joint says it was apart from the name
    joined = re.compile(rf"^{re.escape(badge)}\s*[/|·]\s+")
    stripped = joined.sub("", pattern.sub(r"\1", name)).strip(" -–|")
    return stripped if any(c.isalpha() for c in stripped) else name
