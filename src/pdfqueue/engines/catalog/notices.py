"""Pages that are recall notices, not offers: a page titled as a product recall (a safety
notice, a withdrawal) names the product, its pack and its batches so that buyers return it;
it offers nothing and yields no products."""

from __future__ import annotations

import re

from pdfqueue.engines.layout import PageLayout

# a recall or a safety notice names itself so in its title (in the languages catalogs come in)
_NOTICE_TITLE = re.compile(
    r"\b(?:(?:product\s+)?recall|safety\s+(?:notice|warning|alert)|product\s+withdrawal"
    r"|(?:produkt)?r[üu]ckruf|rappel\s+(?:de\s+)?(?:produits?|conso)|retirada\s+de\s+producto"
    r"|richiamo|terugroep(?:actie)?|återkallelse|tilbagekaldelse)\b",
    re.I,
)
TITLE_ZONE = 1 / 3  # share of the page's height, from the top, where its title stands


def presents_a_recall(page: PageLayout) -> bool:
    """A page whose title (its largest heading in the top third) names a product recall or a
    safety notice."""
    headings = [
        b
        for b in page.blocks
        if b.kind in ("heading", "header") and b.top <= TITLE_ZONE * page.height
    ]
    if not headings:
        return False
    title = max(headings, key=lambda b: b.font_size)
    return bool(_NOTICE_TITLE.search(title.text))
