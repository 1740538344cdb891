"""Rows named by the series their table is set under: a dealer's list prints one table a series
("Nickel Wound Electric", "Flatwound Jazz"), each row naming only its variant ("Light",
"Medium", "Extra Super Light"). The variants recur from series to series, so a row's own cell
names no product alone: it is the series' heading + the variant ("Flatwound Jazz Medium").

A table's rows are so named when, under its heading, every name is a few words sharing none
with the heading, and either some of them name rows of another series' table too, or its name
column is titled as the name column of such a table ("Set" over the sets of every series).
An ordinary price list under category headings ("Lighting": "Desk lamp", "Floor lamp") repeats
no names from table to table and keeps them bare."""

from __future__ import annotations

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.tables import VARIANT_MAX_WORDS, title_above, titled
from pdfqueue.engines.catalog.words import name_key
from pdfqueue.engines.layout import DocumentLayout

MIN_SERIES = 2  # series' tables whose variants recur, at least, before any is named by it


def name_by_series(products: list[Product], document: DocumentLayout) -> None:
    """Names the rows of tables of a series' variants heading + variant, in place."""
    pages = {page.page_number: page for page in document.pages}
    tables: dict[tuple[int, int], list[Product]] = {}
    for product in products:
        if product.source == "table_row" and len(product.block_indexes) == 1:
            tables.setdefault((product.page, product.block_indexes[0]), []).append(product)
    candidates: dict[tuple[int, int], tuple[str, str, list[Product]]] = {}
    for (number, index), rows in tables.items():
        page = pages.get(number)
        if page is None or index >= len(page.blocks) or page.blocks[index].kind != "table":
            continue  # its rows read from the page as a form rebuilt it (a row put back)
        title = title_above(page, index)
        column = _name_column(rows)
        if title and column is not None and _variants_only(title, rows):
            candidates[(number, index)] = (title, column, rows)
    titles: dict[str, set[str]] = {}  # a variant's name: the series' titles it is printed under
    for title, _, rows in candidates.values():
        for row in rows:
            titles.setdefault(name_key(row.name), set()).add(name_key(title))
    recurring = {
        key
        for key, (_, _, rows) in candidates.items()
        if any(len(titles[name_key(row.name)]) > 1 for row in rows)
    }
    if len(recurring) < MIN_SERIES:
        return
    variant_columns = {candidates[key][1] for key in recurring}
    for key, (title, column, rows) in candidates.items():
        if key in recurring or column in variant_columns:
            for row in rows:
                row.name = titled(title, row.name)


def _name_column(rows: list[Product]) -> str | None:
    """The title of the column the rows' names were read from (the same for every row)."""
    found = {next((k for k, v in row.attributes.items() if v == row.name), None) for row in rows}
    if len(found) != 1:
        return None
    return found.pop()


def _variants_only(title: str, rows: list[Product]) -> bool:
    """Every name a few words and none of the heading's (a name repeating the series' words
    names the product in full)."""
    family = set(name_key(title).split())
    return all(
        len(row.name.split()) <= VARIANT_MAX_WORDS and not family & set(name_key(row.name).split())
        for row in rows
    )
