"""Pieces stamped as sold: a studio's or a dealer's sale board keeps a sold piece on it, a
stamp ("SOLD", "VERKAUFT") set across its photo. The piece is no longer offered, so its entry
is no product. A stamp belongs to the entry whose box it lies in, or to the entry it stands
right above in that entry's column (on a photo the layout did not find), nothing else's text
between them; a table's sold rows are read by the table (a "SOLD" price cell)."""

from __future__ import annotations

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import SOLD
from pdfqueue.engines.layout import Block, DocumentLayout

STAMP_REACH = 160.0  # points a stamp may stand above its entry's title (a photo's height)


def without_sold(products: list[Product], document: DocumentLayout) -> list[Product]:
    """The products whose entry carries no sold stamp."""
    pages = {page.page_number: page for page in document.pages}
    out = []
    for product in products:
        page = pages.get(product.page)
        if product.source == "table_row" or page is None:
            out.append(product)
            continue
        stamps = [b for b in page.blocks if b.kind != "table" and SOLD.fullmatch(b.text.strip())]
        if not any(_stamped(product, stamp, page.blocks) for stamp in stamps):
            out.append(product)
    return out


def _stamped(product: Product, stamp: Block, blocks: list[Block]) -> bool:
    left, top, right, bottom = product.bbox
    centre = (stamp.left + stamp.right) / 2
    if not left <= centre <= right:
        return False
    if top <= (stamp.top + stamp.bottom) / 2 <= bottom:
        return True  # across its photo
    if not 0 <= top - stamp.bottom <= STAMP_REACH:
        return False
    return not any(
        b is not stamp
        and b.kind != "figure"
        and b.text.strip()
        and b.top >= stamp.bottom
        and b.bottom <= top + 1
        and b.left < right
        and b.right > left
        for b in blocks
    )
