"""A catalog whose items carry article numbers and no prices, and a price table at its end
("Art. | € | Art. | €"): each item takes the price listed against its number. A table of codes
beside names is no such table, nor is one whose amounts are not prices."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.price_tables import code_prices
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

ITEMS = (
    ("Portasciugamani a barra 60 cm", "4517.NO"),
    ("Portasciugamani ad anello", "4526.CR"),
    ("Porta rotolo con coperchio", "4532.CR"),
    ("Scopino WC a parete", "4551.CR"),
    ("Mensola in vetro 50 cm", "4559.CR"),
    ("Dispenser sapone", "4568.NO"),
)
PRICES = {"4517.NO": "24,15", "4526.CR": "73,35", "4532.CR": "57,25", "4551.CR": "39,90",
          "4559.CR": "117,38", "4568.NO": "137,03"}  # fmt: skip


def _grid_page() -> PageLayout:
    """Two rows of three photos, each captioned with its name, article number and finish."""
    page = PageLayout(1, 595, 842)
    for n, (name, code) in enumerate(ITEMS):
        left, top = 40 + 175 * (n % 3), 80 + 360 * (n // 3)
        page.blocks += [
            Block("figure", (left, top, left + 165, top + 160), "", image_index=n),
            Block("caption", (left, top + 170, left + 150, top + 182), name, font_size=10,
                  bold=True, lines=[name]),
            Block("caption", (left, top + 186, left + 100, top + 196), f"Art. {code}",
                  font_size=8, lines=[f"Art. {code}"]),
            Block("caption", (left, top + 200, left + 120, top + 210), "Finitura cromo lucido",
                  font_size=8, lines=["Finitura cromo lucido"]),
        ]  # fmt: skip
    return page


def _table_page(rows: list[list[str]]) -> PageLayout:
    page = PageLayout(2, 595, 842)
    page.blocks = [
        Block("heading", (40, 60, 300, 80), "Listino prezzi 2026", font_size=16),
        Block("table", (40, 100, 555, 100 + 16 * len(rows)), "\n".join(" | ".join(r) for r in rows),
              rows=rows),
    ]  # fmt: skip
    return page


def _price_rows(titles: tuple[str, str] = ("Art.", "€")) -> list[list[str]]:
    pairs = list(PRICES.items())
    rows = [[*titles, *titles]]
    for k in range(3):
        rows.append([pairs[k][0], pairs[k][1], pairs[k + 3][0], pairs[k + 3][1]])
    return rows


def test_items_without_prices_take_them_from_the_price_table_by_article_number() -> None:
    before = products_from_layout(DocumentLayout([_grid_page()]))
    assert {p.name for p in before} == {name for name, _ in ITEMS}
    assert all(not p.prices for p in before)
    after = products_from_layout(DocumentLayout([_grid_page(), _table_page(_price_rows())]))
    prices = {p.codes[0]: p.prices for p in after}
    assert prices == {code: [price] for code, price in PRICES.items()}
    assert len(after) == len(ITEMS)  # the price table's rows are no products


def test_a_scan_that_lost_the_small_currency_titles_still_pairs_codes_and_prices() -> None:
    rows = _price_rows()
    rows[0][3] = ""  # "€" not read
    assert code_prices(DocumentLayout([_table_page(rows)]))["4568.no"] == "137,03"


def test_tables_pairing_codes_with_names_or_with_other_figures_price_nothing() -> None:
    named = [["Art.", "Descrizione"], *([code, name] for name, code in ITEMS)]
    counts = [["Art.", "Pezzi", "Art.", "Pezzi"], ["4517.NO", "12", "4559.CR", "3"],
              ["4526.CR", "8", "4568.NO", "5"], ["4532.CR", "1", "4551.CR", "9"]]  # fmt: skip
    for rows in (named, counts):
        assert code_prices(DocumentLayout([_table_page(rows)])) == {}
