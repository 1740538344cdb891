"""Pages that are planograms, not offers: a retailer's instruction for setting a shelf (a bay
drawn shelf by shelf, a table of positions) lists the articles it puts where, with their
barcodes, shelf prices and how many fronts of each face the shopper (its "facings"). Every line
names and prices an article, but the page tells a store how to lay them out; nobody orders
from it.

A price list says what a pack holds and what it costs, never how many fronts an article takes
on a shelf: a table with a column titled as facings is a planogram's, and so is a page titled
as one ("Planogram BIS-04-B", "Planogramm", "Planograma")."""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.notices import page_title
from pdfqueue.engines.layout import PageLayout

TITLE_ROWS = 3  # rows of a table its column titles may stand in (a drawn bay's cells above)

# a column of facings, as retail jargon writes it in the languages catalogs come in: "Facings",
# "No. of facings", "Anz. Facing" (a brick's or a coat's "Facing" alone is its face, no count)
_FACINGS_TITLE = re.compile(
    r"^(?:facings|(?:no\.?|nb\.?|n[°º]|#|anz(?:ahl)?\.?|num(?:ber|ero)?|qty)\s*(?:of\s+)?facings?)$",
    re.I,
)
_PLANOGRAM_TITLE = re.compile(r"\bplanogram(?:me|m|a|ma)?s?\b", re.I)


def presents_a_planogram(page: PageLayout) -> bool:
    """A page titled as a planogram, or with a table whose column titles (in its first
    `TITLE_ROWS` rows) count an article's facings."""
    if _PLANOGRAM_TITLE.search(page_title(page)):
        return True
    return any(
        _FACINGS_TITLE.match(cell.strip())
        for block in page.blocks
        if block.kind == "table"
        for row in (block.rows or [])[:TITLE_ROWS]
        for cell in row
    )
