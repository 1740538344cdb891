"""Prices listed apart from their products, by article number.

Some catalogs show their items with codes but no prices (photos, names, finishes), and print
the prices in a table of their own at the end: "Art. | € | Art. | € ...", article numbers and
prices in pairs of columns, often several pairs side by side to fill the page. A reader joins
the two by the article number; so does this module:

- `code_prices(document)`: every code priced in such a table (each pair of columns titled code |
  price, or code | nothing where a scan lost the small "€", a code with a figure in it beside
  an amount in every filled row; no column of names, which would make it a price list whose
  rows are products themselves);
- `price_by_code(products, prices)`: a product printed with codes and no price takes the price
  listed against its code.
"""

from __future__ import annotations

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import column_title_role, has_digit, is_amount
from pdfqueue.engines.layout import DocumentLayout

MIN_PRICED_CODES = 3  # a table pairing fewer codes with prices is no price table


def _key(code: str) -> str:
    return "".join(code.split()).casefold()


def code_prices(document: DocumentLayout) -> dict[str, str]:
    """{code (spaces removed, casefolded): price as printed} from the document's price tables."""
    found: dict[str, str] = {}
    for page in document.pages:
        for block in page.blocks:
            if block.kind != "table" or not block.rows or len(block.rows) < 2:
                continue
            found.update(_pairs(block.rows))
    return found


def _pairs(rows: list[list[str]]) -> dict[str, str]:
    titles = rows[0]
    roles = [column_title_role(t) if t.strip() else None for t in titles]
    if len(titles) < 2 or len(titles) % 2 or roles[0::2] != ["code"] * (len(titles) // 2):
        return {}
    prices = roles[1::2]  # a scan may lose a title ("€" is small): the rows' amounts tell
    if "price" not in prices or any(role not in ("price", None) for role in prices):
        return {}
    pairs: dict[str, str] = {}
    for row in rows[1:]:
        for left in range(0, min(len(row), len(titles)) - 1, 2):
            code, price = row[left].strip(), row[left + 1].strip()
            if not code and not price:
                continue  # the last pair of columns runs out first
            if not has_digit(code) or len(code.split()) > 2 or not is_amount(price):
                return {}  # a name, a note or a blank price: no table of codes and prices
            pairs[_key(code)] = price
    return pairs if len(pairs) >= MIN_PRICED_CODES else {}


def price_by_code(products: list[Product], prices: dict[str, str]) -> None:
    """Give each product printed with codes and no price the price listed against its code."""
    for product in products:
        if product.prices or not product.codes:
            continue
        listed = [prices[_key(c)] for c in product.codes if _key(c) in prices]
        if listed:
            product.prices = [listed[0]]
