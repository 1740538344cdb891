"""A family's variants set as the COLUMNS of a table beside its photo (a hardware catalogue:
"Item no.", "Size", "Price" down the first column, one column a variant): each column a
product named family + size; a comparison of models set the same way keeps its models' names."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 595, 842)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _family(top: float, name: str, rows: list[list[str]]) -> list[Block]:
    """A bold family name over its feature line at the left, its photo under it, and the
    variant table on the right, level with the photo."""
    return [
        Block("heading", (40, top, 200, top + 15), name, font_size=13.0, lines=[name]),
        Block(
            "caption",
            (40, top + 22, 300, top + 31),
            "Acid-proof, for concrete C20/25.",
            font_size=8.0,
        ),
        Block("figure", (40, top + 40, 220, top + 180), ""),
        Block("table", (245, top + 47, 549, top + 47 + 19 * len(rows)), "", rows=rows),
    ]


def test_a_family_s_variant_columns_are_products_named_family_and_size() -> None:
    blocks = [
        *_family(
            80,
            "Wedge anchor A4",
            [
                ["Item no.", "1802164", "1315022", "1800487"],
                ["Size", "M8 × 75", "M10 × 90", "M12 × 100"],
                ["Drill hole", "Ø 8 mm", "Ø 10 mm", "Ø 12 mm"],
                ["Pack", "10 pcs", "10 pcs", "10 pcs"],
                ["Price €", "14,90", "24,90", "34,90"],
            ],
        ),
        *_family(
            320,
            "Adjustable wrench Ergo",
            [
                ["Item no.", "1466222", "1528418", "1690810"],
                ["Size", "150 mm", "200 mm", "250 mm"],
                ["Jaw opening", "20 mm", "27 mm", "30 mm"],
                ["Pack", "1 pcs", "1 pcs", "1 pcs"],
                ["Price €", "16,90", "23,90", "29,90"],
            ],
        ),
    ]
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.codes, p.prices, p.sizes) for p in products] == [
        # its pack row ("10 pcs") is a pack size; a wrench sold singly ("1 pcs") has none
        ("Wedge anchor A4 M8 × 75", ["1802164"], ["14,90"], ["M8 × 75", "10 pcs"]),
        ("Wedge anchor A4 M10 × 90", ["1315022"], ["24,90"], ["M10 × 90", "10 pcs"]),
        ("Wedge anchor A4 M12 × 100", ["1800487"], ["34,90"], ["M12 × 100", "10 pcs"]),
        ("Adjustable wrench Ergo 150 mm", ["1466222"], ["16,90"], ["150 mm"]),
        ("Adjustable wrench Ergo 200 mm", ["1528418"], ["23,90"], ["200 mm"]),
        ("Adjustable wrench Ergo 250 mm", ["1690810"], ["29,90"], ["250 mm"]),
    ]


def test_a_comparison_of_models_set_as_columns_keeps_the_models_names() -> None:
    rows = [
        ["", "Hydra 3-45", "Hydra 5-60", "Hydra 7-80"],
        ["Art. No.", "401122", "401123", "401124"],
        ["Power", "450 W", "600 W", "800 W"],
        ["Price", "99,00 €", "129,00 €", "169,00 €"],
    ]
    blocks = [
        Block(
            "heading",
            (40, 80, 300, 95),
            "Pressure washers",
            font_size=13.0,
            lines=["Pressure washers"],
        ),
        Block("table", (40, 110, 549, 190), "", rows=rows),
    ]
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.codes) for p in products] == [
        ("Hydra 3-45", ["401122"]),
        ("Hydra 5-60", ["401123"]),
        ("Hydra 7-80", ["401124"]),
    ]
