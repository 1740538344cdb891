"""Products from a document's structure (being split by the form a product takes; see tables)."""

from pdfqueue.engines.catalog.tables import (
    Product,
    extract_products,
    images_next_to,
    products_from_layout,
    to_drafts,
)

__all__ = ["Product", "extract_products", "images_next_to", "products_from_layout", "to_drafts"]
