"""A product's code printed on a line of its own in its unit, when no rule gave it one.

Cards and entries often print their article number on a line by itself, with no label
("617.451.60", "MF26-118", two colours' codes "BL 879-46 BK 879-28"), or after a word that is
no code label anywhere else ("Minsan 263568013", the Slovak "Skladové číslo 24121"); a price
list may give its codes a column whose title names none ("HJL 8127" under "CAT.NR. ARTIEST").
The rules that find the product read its name and price and may leave such a line unread; a
reader still takes it as the item's code. So, last, a product with no code takes:

- the codes of the lines of its own blocks that hold nothing but codes, or one word or two and
  a number of 5 to 13 figures (a label no vocabulary lists), never a phone, tax or bank
  number's label, a date, a price, a size or a standard ("DIN 931", "ISO 7380");
- a table row: the cell of a column every row of its table fills with one such code.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.words import BARE_CODE, JOINED_CODE, unique_texts
from pdfqueue.engines.layout import DocumentLayout

MAX_OWN_CODES = 4  # codes one product's lines may give it (colours' codes); more is a list
MIN_CODE_ROWS = 3  # rows of a table whose one column holds codes, each row's own

# digits in groups joined by dots, two joins at least ("617.451.60"; "100.50" is an amount)
_DOTTED = re.compile(r"\d{3,4}(?:\.\d{2,4}){2,3}")
# capitals, a space, figures ("HJL 8127", "VL 3046", "BL 879-46"): a code with its prefix
_PREFIXED = re.compile(r"(?P<prefix>[A-Z]{2,4}) \d{3,8}(?:[-/]\d{1,4})?")
# one word or two, then a number of 5 to 13 figures: a label no vocabulary lists
_LABELLED = re.compile(
    r"(?P<label>[^\W\d_][^\W\d_]*\.?(?:\s[^\W\d_][^\W\d_]*\.?)?)\s*:?\s*(?P<code>\d{5,13})"
)
# currencies, standards and units a capital prefix may be instead of a code's
_NOT_PREFIXES = frozenset(
    (
        "EUR",
        "USD",
        "GBP",
        "CHF",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "CZK",
        "HUF",
        "RON",
        "BGN",
        "RSD",
        "TRY",
        "JPY",
        "CNY",
        "INR",
        "IDR",
        "THB",
        "VND",
        "MYR",
        "SGD",
        "AUD",
        "CAD",
        "NZD",
        "ZAR",
        "BRL",
        "MXN",
        "ARS",
        "CLP",
        "COP",
        "PEN",
        "RUB",
        "UAH",
        "KR",
        "KC",
        "FT",
        "ZL",
        "RS",
        "RP",
        "TL",
        "DIN",
        "ISO",
        "EN",
        "IEC",
        "ASTM",
        "BS",
        "NF",
        "UNE",
        "JIS",
        "SAE",
        "IP",
        "UL",
        "CE",
        "NEN",
        "SS",
        "NS",
        "AISI",
        "GOST",
        "AM",
        "PM",
        "KM",
        "MM",
        "CM",
        "KG",
        "KW",
        "HP",
        "PS",
        "CC",
        "ML",
        "TEL",
        "FAX",
    )
)
# labels of numbers that are no article's: phones, taxes, banks, registers, places, pages,
# years, distances, prices and quantities
_NOT_LABELS = re.compile(
    r"^(?:tel|phone|fon|fax|mob|gsm|tlf|hotline|vat|tva|iva|btw|ust|mwst|moms|nip|regon|krs"
    r"|tax|iban|bic|swift|konto|account|acct|plz|zip|post|cap\b|kvk|siret|siren|org|cvr|ico"
    r"|dič|dic|ein|abn|gst|oib|pib|year|jahr|anno|año|ano|rok|km|mileage|page|seite|pag"
    r"|price|preis|prix|precio|prezzo|cena|pris|hinta|ár|qty|quantity|menge|stück|pcs)",
    re.I,
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def add_own_codes(products: list[Product], document: DocumentLayout) -> None:
    """Give each product without a code the code its own lines, or its row's code column,
    print (in place)."""
    pages = {page.page_number: page for page in document.pages}
    rows: dict[tuple[int, tuple[int, ...]], list[Product]] = defaultdict(list)
    for product in products:
        if product.codes or product.page not in pages:
            continue
        if product.source == "table_row":
            rows[(product.page, tuple(product.block_indexes))].append(product)
            continue
        blocks = pages[product.page].blocks
        found: list[str] = []
        for index in product.block_indexes:
            if index >= len(blocks) or blocks[index].kind in ("table", "figure"):
                continue
            for line in blocks[index].lines or [blocks[index].text]:
                if line.strip() != product.name.strip():
                    found += code_line(line)
        found = unique_texts(found)
        if 0 < len(found) <= MAX_OWN_CODES:
            product.codes = found
    for group in rows.values():
        _code_column(group)


def _code_column(group: list[Product]) -> None:
    """The rows of one table take the cells of a column that holds one code in every row."""
    if len(group) < MIN_CODE_ROWS:
        return
    for key in group[0].attributes:
        cells = [p.attributes.get(key, "") for p in group]
        codes = [code_line(cell, labelled=False) for cell in cells]
        if all(len(c) == 1 for c in codes) and len({c[0] for c in codes}) == len(codes):
            for product, (code,) in zip(group, codes, strict=True):
                product.codes = [code]
            return


def code_line(text: str, *, labelled: bool = True) -> list[str]:
    """The codes a line holds when it holds nothing else (else none): bare or prefixed codes,
    or (when `labelled`) a word or two and a long number."""
    line = " ".join(text.split()).strip(" ·,;()")
    if not line:
        return []
    if BARE_CODE.fullmatch(line) or JOINED_CODE.fullmatch(line):
        return [] if _YEAR.fullmatch(line) else [line]
    if _DOTTED.fullmatch(line):
        return [line]
    prefixed = list(_PREFIXED.finditer(line))
    if prefixed and " ".join(m.group(0) for m in prefixed) == line:
        if any(m.group("prefix") in _NOT_PREFIXES for m in prefixed):
            return []
        return [m.group(0) for m in prefixed]
    match = _LABELLED.fullmatch(line) if labelled else None
    if match and not _NOT_LABELS.match(match.group("label")):
        return [match.group("code")]
    return []
