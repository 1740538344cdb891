"""A product found on a page, with the evidence it was found by."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Product:
    """A product found on a page, with the evidence it was found by."""

    name: str
    page: int  # 1-based
    bbox: tuple[float, float, float, float]  # points, (left, top, right, bottom), top-left origin
    source: str  # "table_row", "captioned_photo", "data_sheet", "priced_entry",
    # "run_in_entry", "template_entry", "titled_entry" or "translated_entry"
    confidence: float
    codes: list[str] = field(default_factory=list)
    prices: list[str] = field(default_factory=list)
    sizes: list[str] = field(default_factory=list)
    description: str = ""
    attributes: dict[str, str] = field(default_factory=dict)  # column header / property: value
    product_type: str = "other"
    block_indexes: list[int] = field(default_factory=list)  # the page's blocks it came from
    # PDF space of the stored page (`page_space`), as the stored images' boxes are
    figure_boxes: list[tuple[float, float, float, float]] = field(default_factory=list)
    figure_indexes: list[int] = field(default_factory=list)  # figures' `image_index`
