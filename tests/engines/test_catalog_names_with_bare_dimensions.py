"""Names that carry their dimensions without a unit, the catalog's own understood ("Rug Runa
200 × 300", a rug in cm): the figures are set aside as a size's would be, and the words left
make the name. Controls: a row of figures alone or a total's label with dimensions is no name."""

from __future__ import annotations

from catalog_blocks import one_page, table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.words import is_name

RUGS = [
    ["Art.nr", "Name", "Price"],
    ["182.531.68", "Rug Runa 200 × 300", "3 295:-"],
    ["182.531.70", "Rug Runa 160 × 230", "2 195:-"],
    ["182.531.72", "Rug Tova 80 × 250", "1 495:-"],
]


def test_names_carrying_dimensions_without_a_unit_name_their_rows() -> None:
    products = products_from_layout(one_page(table(RUGS)))
    assert [p.name for p in products] == [r[1] for r in RUGS[1:]]


def test_figures_alone_or_a_total_with_dimensions_are_no_names() -> None:
    for text in ("2 × 3", "200 × 300 12,50", "Total 200 × 300"):
        assert not is_name(text), text
