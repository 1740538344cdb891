"""A promo banner in capitals over a tile's name ("HIT TYGODNIA") flags the offer and is no
part of its name, where a brand in capitals over it is; a scan's list entries read as a
table (name, brand, "Formato: …", "Cód. … EAN …" stacked beside the prices) are no table of
products."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _names(*blocks: Block) -> list[str]:
    page = PageLayout(1, 600, 800)
    page.blocks = list(blocks)
    return [p.name for p in products_from_layout(DocumentLayout([page]))]


def _tiles(tiles: list[tuple[str, str]]) -> list[Block]:
    blocks: list[Block] = []
    for n, (over, name) in enumerate(tiles):
        left = 30 + 180 * n
        blocks += [
            Block("figure", (left, 100, left + 160, 200), "", image_index=n),
            Block("heading", (left, 210, left + 60, 222), over, font_size=12.8, lines=[over]),
            Block("heading", (left, 226, left + 120, 240), name, font_size=14.5, lines=[name]),
            Block("paragraph", (left, 244, left + 40, 252), "opak. 500 g", font_size=8,
                  lines=["opak. 500 g"]),
            Block("paragraph", (left, 256, left + 60, 276), f"{n + 4},99 zł", font_size=20,
                  lines=[f"{n + 4},99 zł"]),
        ]  # fmt: skip
    return blocks


def test_a_promo_banner_over_a_tile_s_name_is_no_part_of_it() -> None:
    tiles = [("HIT TYGODNIA", "Kawa mielona Złote Ziarno"), ("NOWOŚĆ", "Herbata zielona")]
    tiles += [("SUPER CENA", "Olej rzepakowy")]
    assert _names(*_tiles(tiles)) == [name for _, name in tiles]


def test_a_brand_in_capitals_over_a_tile_s_name_still_leads_it() -> None:
    tiles = [("ZŁOTE ZIARNO", "Kawa mielona"), ("NEW BALANCE", "Buty do biegania")]
    tiles += [("MLECZNA DOLINA", "Masło ekstra")]
    assert _names(*_tiles(tiles)) == [f"{brand} {name}" for brand, name in tiles]


def _table(rows: list[list[str]]) -> Block:
    return Block("table", (100.0, 330.0, 560.0, 490.0), "", rows=rows)


def test_a_scan_s_entry_lines_read_as_a_table_are_no_products() -> None:
    rows = [
        ["Formato: pack 6 x 1,5 L", "1,92 €/caja"],
        ["Cód. 87415 EAN 8488309824404", ""],
        ["Zumo de naranja sin azúcar", ""],
        ["Citrus Levante", "1,38 €/ud."],
        ["Formato: caja 12 x 1 L", "16,56 €/caja"],
        ["Cód. 97487 EAN 8422716561651", ""],
    ]
    assert _names(_table(rows)) == []


def test_a_price_list_with_a_code_line_under_a_name_keeps_its_rows() -> None:
    """A code line alone under a row (no "key: value" line among the names): a table still."""
    rows = [
        ["Description", "Code", "Price"],
        ["Olive oil, extra virgin", "24461", "8,03 €"],
        ["Sunflower oil, high oleic", "79155", "2,23 €"],
        ["EAN 8439841823820", "", ""],
        ["Tuna in olive oil", "47529", "1,25 €"],
    ]
    assert _names(_table(rows)) == [r[0] for r in rows[1:] if "," in r[0] or "Tuna" in r[0]]
