"""Products as the pipeline stores them: `ProductDraft`s with their evidence, and the stored
images that are a product's figures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.products import ProductDraft


def to_drafts(
    products: Sequence[Product], image_ids: Callable[[Product], list[str]] | None = None
) -> list[ProductDraft]:
    """The pipeline's drafts: the product API's fields, with the evidence beside them.

    `image_ids(product)` names the stored images next to the product (e.g. those whose box
    overlaps `product.figure_boxes`, which are in PDF space like `ExtractedImage.bbox`).
    """
    drafts = []
    for p in products:
        attributes: dict[str, Any] = {
            "identity": {"product_codes": list(p.codes)},
            "commercial": {"prices": list(p.prices)},
            "physical": {"dimensions": list(p.sizes)},
            "specification": dict(p.attributes),
            "evidence": {
                "source": p.source,
                "page": p.page,
                "bbox": [round(v, 1) for v in p.bbox],
                "blocks": list(p.block_indexes),
            },
        }
        drafts.append(
            ProductDraft(
                name=p.name,
                product_type=p.product_type,
                description=p.description,
                attributes=attributes,
                image_ids=image_ids(p) if image_ids else [],
                chunk_ids=[],
                page_numbers=[p.page],
                confidence=p.confidence,
                codes=list(p.codes),
            )
        )
    return drafts


def images_next_to(
    product: Product, images: Sequence[tuple[str, tuple[float, float, float, float] | None]]
) -> list[str]:
    """The ids of a page's stored images that are the product's figures.

    `images` are (id, bbox) of the product's page, the bbox in PDF space as `ExtractedImage`
    has it; an image is the product's when most of it lies in one of `figure_boxes`."""
    out = []
    for image_id, box in images:
        if box is None:
            continue
        area = max((box[2] - box[0]) * (box[3] - box[1]), 1e-6)
        for fig in product.figure_boxes:
            width = min(box[2], fig[2]) - max(box[0], fig[0])
            height = min(box[3], fig[3]) - max(box[1], fig[1])
            if width > 0 and height > 0 and width * height >= 0.5 * area:
                out.append(image_id)
                break
    return out
