"""Products from a document's structure, with evidence: what a catalog page shows as products.

A page yields products only when its structure presents them, in one of eight forms:

- **table rows**: a table with a column of names and a column of prices or article codes (by
  header word or by content) is a price list; each row is a product, its cells its attributes.
  Its column titles may be set over several rows, or apart above it; a row holding only a name
  followed by rows of variants ("Small", "Medium": labels recurring from group to group) is
  one product with its variants' codes and prices; a table with a total row and no code
  column is a budget or a bill, not a price list. A table may also set its products as
  columns (a comparison: names across the top, "Price", "Art. No." down the first column);
  a name column repeating a few values (a material) is an attribute, the products being the
  heading above the table in each row's size; bare amounts right of an article list's names
  are its prices (by quantity: "1+", "10+"); a list in sections repeating its column titles
  ("Glass | Bottle" by region) has its rows of text and amounts as products;
- **captioned photos**: text right under a photo (or, in a list layout, right beside it) that
  holds a name and an article code or a price is a product; so are a document's photos captioned
  underneath when at least `MIN_GRID` of them carry a short name and description each (a grid
  without codes or prices). A caption's lines may be two of their heights apart (a code over a
  name with a brand's logo between them), and may be centred under a photo wider than it;
- **data sheets**: a page headed by one name, with a specification (a two-column table of
  properties, or "Key: value" lines) holding a code or price or product properties, is one
  product with that specification;
- **priced entries**: short lines ending in a price ("Focaccia de romero 6$") when a page has
  at least `MIN_PRICED_ENTRIES` of them (menus, price lists set as text); a dish may be named
  in up to `PRICED_NAME_MAX_WORDS` words;
- **run-in entries**: paragraphs (or text columns the table finder took for cells) that start
  with a name and a dash, then describe it and end with its price ("Eichenstuhl - Pflegeleicht.
  Art. 742868, € 150,51"), at least `MIN_PRICED_ENTRIES` on a page;
- **entries of a template**: a guide or catalog that presents each item alike, a name standing
  alone (numbered, bold or a heading) followed by "Key: value" (or "Question? answer") lines
  whose keys recur in at least `MIN_TEMPLATE_ENTRIES` entries of the document, one item per
  page with its photo; entries of one page under the same number are one item in the
  document's several languages (a trilingual gem guide);
- **titled entries**: units headed by a title line (bold, larger, capitals or numbered)
  whose style heads at least `MIN_TITLED_ENTRIES` units of a page, each with the detail
  lines under it in its column and the prices standing beside it, when most carry a price,
  a code or a size (a lookbook's numbered names, a flyer's cards);
- **translated terms**: at least `MIN_TRANSLATED_ENTRIES` lines (or table cells) that hold
  nothing but "term → name", on a page with a photo (a parts dealer's bilingual list); on a
  scan, an arrow OCR read as "~" or did not read at all.

Entries side by side that carry the same codes are one product in two languages. A page that
names itself an invoice (a receipt, an order confirmation) and totals its lines yields none.
Nothing else makes a product: prose, a heading, a chapter title, a table of figures or dates
do not, so a novel, a paper or a report yields none. Each product has its page, box (points,
top-left origin, as the layout), the indexes of the page blocks it came from, the figures next
to it (only those; their boxes in the stored page's PDF space, `layout.page_space`), a
confidence by the kind of evidence, and a type from a vocabulary matched against its own name
and text, else its section's heading ("Fruit"), else `other` (`products.product_type`).

`extract_products(path, ocr=engine)` runs the layout (OCR-ing pages without a text layer) and
this; `products_from_layout` works on a layout already made; `to_drafts` turns products into the
pipeline's `ProductDraft`s.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout, analyse_document, page_space
from pdfqueue.engines.products import ProductDraft, product_type

__all__ = ["Product", "extract_products", "images_next_to", "products_from_layout", "to_drafts"]

MIN_GRID = 3  # captioned photos without codes or prices that make a product grid
MIN_PRICED_ENTRIES = 3  # priced lines on a page that make a menu or a price list
MIN_TABLE_ROWS = 2  # data rows a product table has at least
MAX_HEADER_ROWS = 3  # rows a table's header may be set over (cells spanning rows, columns)
HEADER_ABOVE_ROWS = 3.0  # row heights above a table where its column titles set apart may be
COLUMN_SHARE = 0.6  # share of a column's cells that must look like prices (or codes, sizes)
CAPTION_BELOW = 90.0  # points under a photo where its caption lines may be
CAPTION_MAX_LINES = 10  # a hero's caption: brand, name, bullets, model line, price, was, save
CAPTION_BELOW_SHARE = 0.6  # ... or this share of the photo's height, when that is more
CAPTION_BESIDE = 30.0  # points right of a photo where a list layout's text starts
CAPTION_BESIDE_LEFT = 90.0  # points left of a photo where the text set left of it may end
CAPTION_GAP = 18.0  # points between a photo's caption lines (a wider gap ends the caption)
CAPTION_GAP_LINES = 2.0  # ... or this many of the caption line's heights, when that is more
NAME_MAX_WORDS = 8
NAME_PROMINENCE = 1.15  # a caption line this much larger than the name so far names instead
PRICED_NAME_MAX_WORDS = 14  # a menu's dish, named on one line with its price, runs longer
PRICED_SHARE = 0.2  # share of a page's text lines that priced entries must make

_CURRENCY = r"[$€£¥]|USD|EUR|GBP|CHF|US\$"
_NUMBER = r"\d(?:[\d.,' ]*\d)?"
PRICE = re.compile(
    rf"(?:(?:{_CURRENCY})\s?{_NUMBER}(?:,-)?|{_NUMBER}(?:,-)?\s?(?:{_CURRENCY}|€)(?![A-Za-z\d]))"
)
_CODE_TOKEN = r"[A-Z0-9][A-Z0-9]*(?:[-./][A-Z0-9]+)*"
CODE_LABEL = re.compile(
    r"(?:\b(?:item|art(?:icle)?|art\.?-?nr|part|sku|ref(?:erence)?|code|model|réf|artikel"
    r"|prod(?:uct)?|cat)\.?\s*(?:no|nr|number|num|n°|#)?\.?|\bno\.|\bnr\.|#)\s*[:.]?\s*"
    rf"(?P<code>{_CODE_TOKEN})",
    re.I,
)
# article numbers ("AB-1234", "123456", "ABC123"), and EAN / UPC / GTIN numbers (12 to 14 digits)
BARE_CODE = re.compile(
    r"^(?:[A-Z]{1,4}-?\d{3,8}(?:-[A-Z0-9]{1,3})?|\d{5,8}|\d{12,14}|[A-Z]{2,4}\d{2,6})$"
)
SIZE = re.compile(
    r"\d+(?:[.,]\d+)?\s?[x×]\s?\d+(?:[.,]\d+)?(?:\s?[x×]\s?\d+(?:[.,]\d+)?)?\s?(?:mm|cm|m|in)\b"
    r"|\d+(?:[.,]\d+)?\s?(?:mm|cm|ml|cl|l|kg|g|ct|oz|lb|m²|m2)\b",
    re.I,
)
_CODE_SHAPE = re.compile(r"^[A-Z]{1,4}-\d{3,8}(?:-[A-Z0-9]{1,3})?$")  # MN-4898-C, TS-8737
_KEY_VALUE = re.compile(r"^\s*([A-Za-zÀ-ÿ][\w .()/-]{1,30}?)\s*:\s*(\S.{0,80})$")

_HEADER_ROLES: dict[str, tuple[str, ...]] = {
    "price": ("price", "preis", "prix", "precio", "prezzo", "cost", "€", "$", "eur", "usd"),
    "code": (
        "code",
        "item",
        "art",
        "sku",
        "ref",
        "part",
        "nr",
        "no",
        "number",
        "artikel",
        "réf",
        "model",
        "cat",
    ),
    "size": (
        "size",
        "pack",
        "dimension",
        "format",
        "größe",
        "grösse",
        "taille",
        "tamaño",
        "weight",
        "gewicht",
        "poids",
        "peso",
        "volume",
        "inhalt",
        "contenu",
        "unit",
        "qty",
    ),
    "name": (
        "product",
        "name",
        "description",
        "designation",
        "désignation",
        "bezeichnung",
        "produkt",
        "produit",
        "producto",
        "article",
        "artikelname",
        "item name",
        "title",
    ),
}
_SPEC_KEYS = (
    "dimension", "size", "weight", "material", "colour", "color", "finish", "price", "code",
    "warranty", "capacity", "power", "origin", "mineral", "volume", "format", "thickness",
    "länge", "breite", "höhe", "gewicht", "farbe", "maße", "preis", "poids", "couleur",
    "prix", "peso", "precio",
)  # fmt: skip


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


def extract_products(
    path: Path,
    *,
    ocr: object | None = None,
    password: str | None = None,
    render_dpi: int = 200,
    pages: tuple[int, int] | None = None,
) -> list[Product]:
    """The products of a PDF (pages without a text layer are OCR'd when `ocr` is given), of
    every page or of `pages=(first, last)`."""
    layout = analyse_document(
        Path(path), ocr=ocr, password=password, render_dpi=render_dpi, pages=pages
    )
    return products_from_layout(layout)


def products_from_layout(document: DocumentLayout) -> list[Product]:
    """Products of every page that presents them, near-duplicates merged."""
    found: list[Product] = []
    grid_candidates: list[Product] = []
    templated = _templated_entries(document)
    titles = _column_titles(document)
    for page in document.pages:
        if _presents_a_bill(page):
            continue  # an invoice's lines are what was bought, not what is offered
        page_products, weak = _page_products(page, titles)
        if not page_products and not weak:
            page_products = templated.get(page.page_number, [])
        found += page_products
        grid_candidates += weak
    if len(grid_candidates) >= MIN_GRID:
        found += grid_candidates
    sections = _Sections(document)
    for product in found:
        product.product_type = product_type(
            product.name, product.description, " ".join(product.attributes.values())
        )
        if product.product_type == "other":  # its section's title: "Fruit", "BRAKE"
            product.product_type = product_type("", sections.above(product))
    return _merge(sorted(found, key=lambda p: (p.page, p.bbox[1], p.bbox[0])))


# an invoice, a receipt, an order or a credit note says so (in the languages catalogs come in)
_BILL_WORD = re.compile(
    r"\b(?:invoice|bill\s+to|receipt|order\s+confirmation|credit\s+note|packing\s+slip"
    r"|rechnung|lieferschein|facture|factura|fattura|ricevuta|quittung)\b",
    re.I,
)
_BILL_TOTAL = re.compile(
    r"^\s*(?:(?:grand\s+|sub-?)?total|amount\s+due|balance\s+due|total\s+due"
    r"|gesamtbetrag|rechnungsbetrag|montant\s+total|total\s+ttc)\b",
    re.I,
)


def _presents_a_bill(page: PageLayout) -> bool:
    """A page that names itself an invoice (a receipt, an order confirmation) and has a total
    line or row with an amount: its lines are a purchase, not a catalog's offer."""
    if not _BILL_WORD.search(page.text):
        return False
    for block in page.blocks:
        for row in block.rows or [[line] for line in block.lines or [block.text]]:
            cells = [c for c in row if c.strip()]
            for n, cell in enumerate(cells):
                rest = " ".join(cells[n:])
                if _BILL_TOTAL.match(cell) and re.search(r"\d", rest):
                    return True
    return False


class _Sections:
    """The heading a product sits under: the last one above it on its page, or else the last
    one of the pages before (a grid running on under its section's title)."""

    def __init__(self, document: DocumentLayout) -> None:
        self.headings: dict[int, list[Block]] = {}
        for page in document.pages:
            self.headings[page.page_number] = [
                b for b in page.blocks if b.kind == "heading" and len(b.text.split()) <= 6
            ]
        self.pages = sorted(self.headings)

    def above(self, product: Product) -> str:
        same = [h for h in self.headings.get(product.page, []) if h.top <= product.bbox[1]]
        if same:
            return max(same, key=lambda h: h.top).text
        for number in reversed([n for n in self.pages if n < product.page]):
            if self.headings[number]:
                return max(self.headings[number], key=lambda h: h.top).text
        return ""


def _page_products(
    page: PageLayout, titles: Counter[tuple[str, ...]] | None = None
) -> tuple[list[Product], list[Product]]:
    """(products, captioned photos without code or price that count only in a grid)."""
    blocks = page.blocks
    products: list[Product] = []
    used: set[int] = set()
    for index, block in enumerate(blocks):
        if block.kind == "table" and block.rows:
            rows = _table_products(
                block,
                page.page_number,
                index,
                _header_above(page, index),
                _title_above(page, index),
            )
            if not rows and _transposable(block):
                # two cards side by side make a table of two columns: two products
                rows = _table_products(
                    _transposed(block), page.page_number, index, least=MIN_TABLE_ROWS
                )
            rows = rows or _sectioned_list(block, page.page_number, index, titles or Counter())
            if rows:
                products += rows
                used.add(index)
    captioned, weak, caption_blocks = _captioned_photos(page, used)
    products += captioned
    used |= caption_blocks
    if not products:
        from pdfqueue.engines.catalog_sheets import titled_spec_tables  # it imports this module

        sheets = titled_spec_tables(page, used)  # several data sheets (entries) on one page
        if sheets:
            return sheets, []
        sheet = _data_sheet(page, used)
        if sheet is not None:
            return [sheet], []
    products += _run_in_entries(page, used) or _priced_entries(page, used)
    if not products:
        products += _translated_entries(page, used)
    if not products:
        products += _titled_entries(page, used)
    elif captioned and len(products) == len(captioned):
        # labels set straight on a room photo beside others set under photos of their own
        products += _titled_entries(page, used | {i for p in captioned for i in p.block_indexes})
    return _translations(products), weak


def _translations(products: list[Product]) -> list[Product]:
    """Entries side by side that carry the same codes are one product in two languages (a
    bilingual catalog's columns): the first named keeps the other's name as an other name,
    and takes the prices only the other shows."""
    out: list[Product] = []
    for product in products:
        codes = {_key(c) for c in product.codes}
        twin = next(
            (
                p
                for p in out
                if codes
                and {_key(c) for c in p.codes} == codes
                and (
                    set(p.block_indexes) & set(product.block_indexes)
                    or (p.bbox[1] < product.bbox[3] and product.bbox[1] < p.bbox[3])
                )
                and _key(p.name) != _key(product.name)
            ),
            None,
        )
        if twin is None:
            out.append(product)
            continue
        names = [n for n in (twin.attributes.get("other names", ""), product.name) if n]
        twin.attributes["other names"] = "; ".join(names)
        twin.prices = twin.prices or product.prices
        twin.sizes = twin.sizes or product.sizes
        twin.block_indexes = _unique_ints(twin.block_indexes + product.block_indexes)
    return out


def _unique_ints(values: list[int]) -> list[int]:
    return list(dict.fromkeys(values))


# --- table rows ------------------------------------------------------------------------------


def _is_price(text: str) -> bool:
    match = PRICE.search(text)
    return bool(match) and len(text) <= len(match.group(0)) + 6


def _is_code(text: str) -> bool:
    return bool(BARE_CODE.match(text.strip())) or bool(CODE_LABEL.fullmatch(text.strip()))


def _is_size(text: str) -> bool:
    match = SIZE.search(text)
    return bool(match) and len(text) <= len(match.group(0)) + 8


def _is_name(text: str, max_words: int = NAME_MAX_WORDS) -> bool:
    words = [w for w in text.split() if any(c.isalnum() for c in w)]  # "/" is no word
    letters = sum(c.isalpha() for c in text)
    return (
        1 <= len(words) <= max_words
        and letters >= 3
        and letters >= 0.6 * len(text.replace(" ", ""))
        and not text.rstrip().endswith((".", ";", ":"))
        and len({c.lower() for c in text if c.isalpha()}) >= 2  # "HHHHHHHH": a test sheet's row
    )


def _share(values: Sequence[str], test: Callable[[str], bool]) -> float:
    filled = [v for v in values if v.strip()]
    return sum(1 for v in filled if test(v)) / len(filled) if filled else 0.0


def _header_role(text: str) -> str | None:
    words = set(re.findall(r"[\w€$]+", text.casefold()))
    for role in ("price", "code", "size", "name"):
        if any(k in words or (len(k) > 4 and k in text.casefold()) for k in _HEADER_ROLES[role]):
            return role
    return None


def _roles(rows: list[list[str]]) -> tuple[dict[str, int], bool]:
    """Which column holds names, codes, prices and sizes; and whether row 0 is a header."""
    width = max(len(r) for r in rows)
    header = rows[0] + [""] * (width - len(rows[0]))
    body = [r + [""] * (width - len(r)) for r in rows[1:]]
    has_header = not any(_is_price(c) for c in header) and sum(
        1 for c in header if _header_role(c)
    ) >= min(2, width)
    if not has_header:
        body = [header, *body]
    roles: dict[str, int] = {}
    for column in range(width):
        values = [r[column] for r in body]
        by_content = None
        if _share(values, _is_price) >= COLUMN_SHARE:
            by_content = "price"
        elif _share(values, _is_code) >= COLUMN_SHARE:
            by_content = "code"
        elif _share(values, _is_size) >= COLUMN_SHARE:
            by_content = "size"
        by_header = _header_role(header[column]) if has_header else None
        role = by_content or (by_header if by_header != "name" else None)
        if role and role not in roles:
            roles[role] = column
    # the name column: by header, else the wordiest column of names that is not taken
    candidates = [c for c in range(width) if c not in roles.values()]
    named = [c for c in candidates if has_header and _header_role(header[c]) == "name"]
    if named:
        roles["name"] = named[0]
    else:
        scored = [
            (statistics.fmean(len(r[c].split()) for r in body), -c)
            for c in candidates
            if _share([r[c] for r in body], _is_name) >= COLUMN_SHARE
        ]
        if scored:
            roles["name"] = -max(scored)[1]
    if "name" not in roles and has_header and "code" in roles:
        # a tool family's table: its models ("TP-330") look like codes, but the column is
        # titled "Model" and another column titled as codes ("Ref.") holds the order codes
        model = roles["code"]
        others = [
            c
            for c in range(width)
            if c != model and c not in roles.values() and _header_role(header[c]) == "code"
        ]
        if _MODEL_HEADER.match(header[model].strip()) and others:
            roles["name"], roles["code"] = model, others[0]
    return roles, has_header


_MODEL_HEADER = re.compile(r"^(?:model[oeil]?|modèle|type|typ|tipo)\b", re.I)


def _header_rows(rows: list[list[str]]) -> list[list[str]]:
    """The rows with a header set over several rows (a cell spanning columns, "Dimensions"
    over "W | H | D", or cells spanning rows) joined into one header row, column by column.
    Leading rows count as header while they hold no price, code or size and short cells
    only, up to `MAX_HEADER_ROWS`; they are joined when together they name at least two
    columns' roles. A column's title is its lowest cell when that names a role ("Code" under
    a title spanning the table), else its cells joined ("Dimensions (mm) W")."""
    width = max(len(r) for r in rows)
    padded = [r + [""] * (width - len(r)) for r in rows]
    count = 0
    while count < min(MAX_HEADER_ROWS, len(padded) - MIN_TABLE_ROWS - 1):
        cells = [c for c in padded[count] if c.strip()]
        evidence = any(_is_price(c) or _is_code(c) or _is_size(c) for c in cells)
        figures = sum(1 for c in cells if re.fullmatch(r"[\d.,' ]+", c.strip())) >= 2
        if not cells or evidence or figures or any(len(c.split()) > 4 for c in cells):
            break
        count += 1
    if count < 2:
        return rows
    joined = []
    for column in range(width):
        cells = [r[column].strip() for r in padded[:count] if r[column].strip()]
        lowest_titles = bool(cells) and _header_role(cells[-1]) is not None
        joined.append(cells[-1] if lowest_titles else " ".join(cells))
    if sum(1 for c in joined if _header_role(c)) < 2:
        return rows
    return [joined, *padded[count:]]


def _header_above(page: PageLayout, index: int) -> list[str] | None:
    """A table's column titles set apart above it, one line of short blocks (a section's
    heading may come between them and the table's first row), when the table's own first
    row is no header: one title per column, at least two naming a role."""
    table = page.blocks[index]
    width = max(len(r) for r in table.rows or [[]])
    line_height = (table.bottom - table.top) / max(len(table.rows or []), 1)
    lines: dict[int, list[Block]] = {}
    for block in page.blocks[:index]:
        if block.kind not in ("paragraph", "heading", "caption") or len(block.lines) > 1:
            continue
        if not (0 <= table.top - block.bottom <= HEADER_ABOVE_ROWS * line_height):
            continue
        if block.right < table.left - 4 or block.left > table.right + 4:
            continue
        lines.setdefault(round(block.top / 4), []).append(block)
    for _, blocks in sorted(lines.items(), reverse=True):  # the nearest line first
        if len(blocks) != width:
            continue
        titles = [b.text.strip() for b in sorted(blocks, key=lambda b: b.left)]
        if sum(1 for t in titles if _header_role(t)) >= 2 and not any(
            _is_price(t) or len(t.split()) > 4 for t in titles
        ):
            return titles
    return None


_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ)])\.\s+(?=[A-ZÀ-Ý])")


def _column_titles(document: DocumentLayout) -> Counter[tuple[str, ...]]:
    """How often each row of column titles ("Glass | Bottle" right of a section's name)
    starts a table or a section of one in the document."""
    counts: Counter[tuple[str, ...]] = Counter()
    for page in document.pages:
        for block in page.blocks:
            for row in block.rows or []:
                cells = tuple(c.strip() for c in row[1:])
                if cells and all(cells) and not any(_has_digit(c) for c in cells):
                    counts[cells] += 1
    return counts


def _sectioned_list(
    block: Block, page: int, index: int, titles_seen: Counter[tuple[str, ...]]
) -> list[Product]:
    """A list set in sections that repeat its column titles ("Glass | Bottle" under each
    region's name): each other row with text and amounts under those titles is a product,
    named by its first cell's first sentence (the rest describes it). Recurring titles
    without figures show a list by sections, not a statement of accounts."""
    rows = block.rows or []
    if len(rows) < MIN_TABLE_ROWS + 2:
        return []
    width = max(len(r) for r in rows)
    padded = [[c.strip() for c in r + [""] * (width - len(r))] for r in rows]
    titles = tuple(padded[0][1:])
    sections = [n for n, r in enumerate(padded) if tuple(r[1:]) == titles]
    if (
        titles_seen[titles] < 2
        or sections[0] != 0
        or not all(titles)
        or any(_has_digit(t) or len(t.split()) > 3 for t in titles)
    ):
        return []
    height = (block.bottom - block.top) / max(len(rows), 1)
    out = []
    for number, row in enumerate(padded):
        if number in sections:
            continue
        amounts = [c for c in row[1:] if c and (_BARE_PRICE.match(c) or _is_price(c))]
        if not amounts or any(c and c not in amounts for c in row[1:]):
            continue
        first = _SENTENCE_END.split(row[0], maxsplit=1)
        name = first[0].strip(" .")
        if not _is_name(name) or not _starts_like_a_name(name):
            continue
        section = max(n for n in sections if n < number)
        name = _without_section(name, padded[section][0])
        top = block.top + number * height
        out.append(
            Product(
                name=name,
                page=page,
                bbox=(block.left, top, block.right, top + height),
                source="table_row",
                confidence=0.8,
                prices=amounts,
                description=first[1] if len(first) > 1 else "",
                attributes={
                    "section": padded[section][0],
                    **{t: c for t, c in zip(titles, row[1:], strict=True) if c},
                },
                block_indexes=[index],
            )
        )
    return out if len(out) >= MIN_PRICED_ENTRIES else []


def _without_section(name: str, section: str) -> str:
    """A name without the words it ends in that repeat its section's title ("... 2012 Mosel,
    Germany" under "MOSEL · Germany": where it comes from, said again in its detail line)."""
    known = {w.casefold() for w in re.findall(r"\w+", section)}
    words = name.split()
    while len(words) > 1 and re.sub(r"\W", "", words[-1]).casefold() in known:
        words.pop()
    return " ".join(words).strip(" ,;·-–")


def _transposable(block: Block) -> bool:
    """A table that may present its products as columns: its first column titles rows by
    role ("Art. No.", "Price"), or a row of it holds labelled codes ("Ref. 30-7850") one
    a column (bare figures across a row are a register's bits or a year's values), or it
    is a row of cards: names across its first row, a row of prices under them."""
    rows = block.rows or []
    titles = [r[0].strip() for r in rows if r and len(r[0].split()) <= 3]
    if sum(1 for t in titles if _header_role(t)) >= 2:
        return True
    if any(
        sum(1 for c in r if CODE_LABEL.fullmatch(c.strip()) and not BARE_CODE.match(c.strip())) >= 2
        for r in rows
    ):
        return True
    # cards side by side: a name atop each column, and a row of prices, one a column
    names = [c.strip() for c in rows[0]] if rows else []
    return (
        len(names) >= 2
        and all(_is_name(n) and _starts_like_a_name(n) for n in names)
        and any(
            sum(1 for c in r if c.strip()) >= 2 and all(_is_price(c) for c in r if c.strip())
            for r in rows[1:]
        )
    )


def _transposed(block: Block) -> Block:
    """A table read the other way: products as its columns, their properties as its rows
    (a comparison table: names in the first row, "Price", "Art. No." down the first column)."""
    rows = block.rows or []
    width = max((len(r) for r in rows), default=0)
    padded = [r + [""] * (width - len(r)) for r in rows]
    return replace(block, rows=[list(column) for column in zip(*padded, strict=True)])


def _table_products(
    block: Block,
    page: int,
    index: int,
    above: list[str] | None = None,
    title: str | None = None,
    least: int = MIN_TABLE_ROWS + 1,
) -> list[Product]:
    rows = block.rows or []
    if len(rows) < least or max(len(r) for r in rows) < 2:
        return []
    printed = len(rows)
    rows = _header_rows(_titles_over_two_cells(rows))
    header_rows = printed - len(rows) + 1  # rows of the block its header takes, when it has one
    roles, has_header = _roles(rows)
    if not has_header and above is not None:
        rows, header_rows = [above, *rows], 0
        roles, has_header = _roles(rows)
    if "name" not in roles or not ("price" in roles or "code" in roles):
        return []
    if "code" not in roles and _amount_columns(rows[1:] if has_header else rows) >= 2:
        return []  # a financial table: amounts per year or per quarter, not a price list
    width = max(len(r) for r in rows)
    header = rows[0] + [""] * (width - len(rows[0])) if has_header else [""] * width
    body = rows[1:] if has_header else rows
    naming = _naming_columns(body, roles, width) if title else None
    # a column titled "Model" names its rows by designations ("TP-330") that look like codes
    models = bool(_MODEL_HEADER.match(header[roles["name"]].strip()))
    breaks = _quantity_breaks(body, roles, width) if "code" in roles else []
    if "code" not in roles and any(_TOTAL.match(r[roles["name"]].strip()) for r in body):
        return []  # a budget, a bill: a price list does not total its prices
    row_height = (block.bottom - block.top) / max(printed, 1)
    offset = header_rows if has_header else 0
    grouped = _variant_groups(body, roles, width)
    if grouped is not None:
        return _grouped_products(block, page, index, grouped, roles, row_height, offset)
    out = []
    for number, row in enumerate(body):
        row = row + [""] * (width - len(row))
        name = row[roles["name"]].strip()
        if naming is not None:  # the name column only tells a few materials apart
            name = " ".join([title or "", *(row[c].strip() for c in naming)]).strip()
        filled = [c.strip() for c in row if c.strip()]
        if not name and filled and all(_is_price(c) for c in filled):
            if out and not out[-1].prices:  # its price set apart, after it (a column of its own)
                out[-1].prices = filled
            continue
        if models and name and any(c.isalpha() for c in name):
            name = f"{title} {name}" if title else name  # "Taladro percutor TP-330"
        # a name may carry its size ("Cable tie, 4.8 × 200 mm"): figures, but a name
        elif not _is_name(SIZE.sub("", name).strip(" ,;")) or _TOTAL.match(name):
            continue
        code = row[roles["code"]].strip() if "code" in roles else ""
        price = row[roles["price"]].strip() if "price" in roles else ""
        tiers = [row[c].strip() for c in breaks if row[c].strip()]
        price = price or (tiers[0] if tiers else "")
        if not _has_digit(price):
            price = ""  # a header the table finder did not set apart ("Cost"), "on request"
        if not (code or price):
            continue  # a subtotal or a section line inside the table
        size = row[roles["size"]].strip() if "size" in roles else ""
        attributes = {
            (header[c] or f"column {c + 1}"): row[c].strip() for c in range(width) if row[c].strip()
        }
        top = block.top + (number + offset) * row_height
        out.append(
            Product(
                name=name,
                page=page,
                bbox=(block.left, top, block.right, top + row_height),
                source="table_row",
                confidence=0.95 if code and price else 0.9,
                codes=[_code_of(code)] if code else [],
                prices=_unique([price, *tiers]) if price else [],
                sizes=[size] if size else [],
                attributes=attributes,
                block_indexes=[index],
            )
        )
    return out if len(out) >= MIN_TABLE_ROWS else []


def _titles_over_two_cells(rows: list[list[str]]) -> list[list[str]]:
    """A column title set over two cells, its values all in the untitled cell beside it (the
    title's own cells empty): one column."""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    for column in range(width - 2, -1, -1):
        own = [r[column].strip() for r in rows[1:]]
        beside = [r[column + 1].strip() for r in rows[1:]]
        if (
            rows[0][column].strip()
            and not rows[0][column + 1].strip()
            and not any(own)
            and sum(1 for v in beside if v) >= COLUMN_SHARE * len(beside)
        ):
            rows = [[*r[:column], r[column] or r[column + 1], *r[column + 2 :]] for r in rows]
    return rows


_BARE_PRICE = re.compile(r"^\d{1,3}(?:[ ,.']?\d{3})*[.,]\d{2}$")


def _quantity_breaks(body: list[list[str]], roles: dict[str, int], width: int) -> list[int]:
    """In a list of articles (names and codes) without a price column, the columns of bare
    amounts ("24.82": two decimals) right of the names are its prices, by quantity ("1+",
    "10+", "100+") or by unit: the first the product's price, all its prices."""
    if "price" in roles and any((r + [""] * width)[roles["price"]].strip() for r in body):
        return []
    return [
        c
        for c in range(roles["name"] + 1, width)
        if c not in roles.values()
        and _share(
            [(r + [""] * width)[c] for r in body], lambda v: bool(_BARE_PRICE.match(v.strip()))
        )
        >= COLUMN_SHARE
    ]


def _naming_columns(body: list[list[str]], roles: dict[str, int], width: int) -> list[int] | None:
    """When a table's name column repeats a few values (a material, a finish: an attribute,
    not a name), the products are the title above the table in the sizes (or other values)
    that tell its rows apart: the columns to name them by, or None when the names do."""
    names = [(r + [""] * width)[roles["name"]].strip() for r in body]
    filled = [n for n in names if n]
    if len(filled) < MIN_TITLED_ENTRIES or len(set(filled)) > len(filled) / 2:
        return None
    if "size" in roles:
        return [roles["size"]]
    for column in range(width):
        if column in roles.values():
            continue
        values = [(r + [""] * width)[column].strip() for r in body]
        if all(values) and len(set(values)) == len(values):
            return [column]
    return None


def _title_above(page: PageLayout, index: int) -> str | None:
    """The heading a table is set under (only text between them, no other table)."""
    table = page.blocks[index]
    for block in reversed(page.blocks[:index]):
        if block.kind in ("table", "figure") and block.bottom <= table.top:
            if block.kind == "table":
                return None
            continue
        if block.kind == "heading" and block.bottom <= table.top:
            text = block.text.strip()
            return text if _is_name(text) and table.top - block.bottom <= 200 else None
    return None


def _variant_groups(
    body: list[list[str]], roles: dict[str, int], width: int
) -> list[tuple[int, str, list[list[str]]]] | None:
    """A table of products with variants: a row holding only a name (the product's), then
    rows of its variants with codes or prices, whose own "names" recur from product to
    product ("Small", "Medium"). (row number, product name, variant rows), or None."""
    groups: list[tuple[int, str, list[list[str]]]] = []
    for number, row in enumerate(body):
        row = row + [""] * (width - len(row))
        filled = [c for c in row if c.strip()]
        if len(filled) == 1 and _is_name(filled[0]) and not _TOTAL.match(filled[0]):
            groups.append((number, filled[0].strip(), []))
        elif groups and any(row[roles[r]].strip() for r in ("code", "price") if r in roles):
            groups[-1][2].append(row)
    groups = [g for g in groups if g[2]]
    labels = Counter(row[roles["name"]].strip() for _, _, rows in groups for row in rows)
    recurring = sum(n for n in labels.values() if n >= 2)
    variants = sum(len(rows) for _, _, rows in groups)
    if len(groups) < MIN_TABLE_ROWS or recurring < 0.5 * variants:
        return None
    return groups


def _grouped_products(
    block: Block,
    page: int,
    index: int,
    groups: list[tuple[int, str, list[list[str]]]],
    roles: dict[str, int],
    row_height: float,
    offset: int,
) -> list[Product]:
    """One product per group of variant rows: its codes, prices and sizes are its variants'."""
    out = []
    for number, name, rows in groups:

        def column(role: str, rows: list[list[str]] = rows) -> list[str]:
            return _unique([r[roles[role]] for r in rows]) if role in roles else []

        top = block.top + (number + offset) * row_height
        variants = {r[roles["name"]].strip(): " ".join(c for c in r if c.strip()) for r in rows}
        out.append(
            Product(
                name=name,
                page=page,
                bbox=(block.left, top, block.right, top + (len(rows) + 1) * row_height),
                source="table_row",
                confidence=0.9,
                codes=[_code_of(c) for c in column("code")],
                prices=column("price"),
                sizes=column("size"),
                attributes={f"variant {k}": v for k, v in variants.items()},
                block_indexes=[index],
            )
        )
    return out


def _amount_columns(body: list[list[str]]) -> int:
    """Columns of money amounts or plain numbers: a price list has one, a statement several."""
    width = max(len(r) for r in body)
    count = 0
    for column in range(width):
        values = [r[column] for r in body if column < len(r)]
        if _share(values, lambda v: _is_price(v) or bool(_AMOUNT.match(v))) >= COLUMN_SHARE:
            count += 1
    return count


_AMOUNT = re.compile(r"^\(?[-+]?[$€£]?\s?\d[\d,.' ]*\)?%?$")
_TOTAL = re.compile(r"^(?:sub-?)?totals?\b|^(?:net|gross|sum|summe|gesamt)\b", re.I)


def _code_of(text: str) -> str:
    match = CODE_LABEL.search(text)
    # a dash standing for no position number, the position's column run into the code's
    return match.group("code") if match else re.sub(r"^[-–—]\s+(?=\S)", "", text.strip())


# --- captioned photos ------------------------------------------------------------------------


# blocks that may caption a photo: a card's features are often bullets ("• Stackable")
_CAPTION_KINDS = ("caption", "paragraph", "heading", "list_item")


def _photos(page: PageLayout) -> list[tuple[int, Block]]:
    """Figures that are photos: not a badge or logo lying on a larger figure."""
    figures = [(i, b) for i, b in enumerate(page.blocks) if b.kind == "figure"]
    out = []
    for i, fig in figures:
        area = (fig.right - fig.left) * (fig.bottom - fig.top)
        on_larger = any(
            other is not fig
            and (other.right - other.left) * (other.bottom - other.top) > 2 * area
            and fig.left < other.right
            and fig.right > other.left
            and fig.top < other.bottom
            and fig.bottom > other.top
            for _, other in figures
        )
        if not on_larger and min(fig.right - fig.left, fig.bottom - fig.top) >= 40:
            out.append((i, fig))
    return out


def _captioned_photos(
    page: PageLayout, used: set[int]
) -> tuple[list[Product], list[Product], set[int]]:
    photos = _photos(page)
    if not photos:
        return [], [], set()
    # each text block goes to the nearest photo above it that it sits under
    groups: dict[int, list[int]] = {i: [] for i, _ in photos}
    for index, block in enumerate(page.blocks):
        if index in used or block.kind not in _CAPTION_KINDS:
            continue
        best = None
        for i, fig in photos:
            distance = block.top - fig.bottom
            centre = (block.left + block.right) / 2
            # set flush with the photo's left edge, or centred under it (wider than it)
            aligned = fig.left - 10 <= block.left < fig.right or fig.left <= centre <= fig.right
            # a large photo (a hero product's) has a caption as deep as half its height
            below = max(CAPTION_BELOW, CAPTION_BELOW_SHARE * (fig.bottom - fig.top))
            under = -4 <= distance <= below and aligned
            if under and centre <= fig.right + 60 and (best is None or distance < best[0]):
                best = (distance, i)
        if best is not None:
            groups[best[1]].append(index)
    strong, weak, taken = [], [], set()
    claimed = used | {m for members in groups.values() for m in members}
    alone: list[tuple[int, Block]] = []  # photos with no text under or right of them
    captions: set[int] = set()  # the members of grid captions (weak products)
    for i, fig in photos:
        members = _close_under(page, fig, groups[i])
        beside = False
        if not members:  # a list layout: the photo on the left, its text on the right
            members, beside = _beside(page, fig, used), True
        if not members:
            alone.append((i, fig))
            continue
        product = _caption_product(page, fig, i, members)
        if product is None and not beside:  # a card named above its photo, priced below
            above = _name_above(page, fig, claimed | taken)
            if above:
                members = [*above, *members]
                product = _caption_product(page, fig, i, members, title=len(above))
        if product is not None and not product.prices:  # a price sticker on the photo
            sticker = _price_on(page, fig, used | taken)
            if sticker is not None:
                product.prices = [page.blocks[sticker].text.strip()]
                product.block_indexes.append(sticker)
                members = [*members, sticker]
        if product is None or (beside and not (product.codes or product.prices)):
            continue
        if product.codes or product.prices:
            strong.append(product)
            taken.update(members)
        elif _grid_caption(product, len(_lines_of([page.blocks[m] for m in members]))):
            weak.append(product)
            captions.update(members)
    _prices_by_row_label(page, [p for p in strong if not p.prices], used | taken)
    # bands alternating sides: the text LEFT of a photo that has none under or right of it,
    # once every other photo has its own text
    for i, fig in alone:
        members = _beside_left(page, fig, used | taken | captions)
        product = _caption_product(page, fig, i, members) if members else None
        if product is not None and (product.codes or product.prices):
            strong.append(product)
            taken.update(members)
    return strong, weak, taken


def _prices_by_row_label(page: PageLayout, products: list[Product], used: set[int]) -> None:
    """A comparison table with the products as columns under their photos: a row titled
    "Price" (a label left of every photo) holds each column's price, level with the label,
    in the column of the product's photo. Gives those products their prices."""
    if not products:
        return
    figures = [page.blocks[p.block_indexes[0]] for p in products]  # each one's photo
    left_edge = min(f.left for f in figures)
    for block in page.blocks:
        if block.right > left_edge or _header_role(block.text) != "price":
            continue
        if len(block.text.split()) > 3:
            continue
        centre = (block.top + block.bottom) / 2
        for index, other in enumerate(page.blocks):
            text = other.text.strip()
            level = abs((other.top + other.bottom) / 2 - centre) <= _line_height(block)
            if index in used or not level or not (_is_price(text) and PRICE.match(text)):
                continue
            for product, fig in zip(products, figures, strict=True):
                if fig.left - 4 <= other.left < fig.right and not product.prices:
                    product.prices = [text]
                    product.block_indexes.append(index)


def _price_on(page: PageLayout, fig: Block, used: set[int]) -> int | None:
    """A price printed on a photo (a sticker, a badge in its corner): a one-line block that
    is only a price, lying inside the photo's box."""
    for index, block in enumerate(page.blocks):
        text = block.text.strip()
        if index in used or block.kind not in _CAPTION_KINDS or len(block.lines) > 1:
            continue
        inside = (
            fig.left - 2 <= block.left
            and block.right <= fig.right + 2
            and fig.top - 2 <= block.top
            and block.bottom <= fig.bottom + 2
        )
        if inside and _is_price(text) and PRICE.match(text):
            return index
    return None


def _beside_left(page: PageLayout, fig: Block, used: set[int]) -> list[int]:
    """The blocks left of a photo, level with it, with nothing between them and it, when the
    nearest of them ends within `CAPTION_BESIDE_LEFT` of the photo; top down, up to a wide
    gap (`_beside`, mirrored: a ragged right edge leaves a wider gap than a left one)."""
    level = [
        i
        for i, b in enumerate(page.blocks)
        if i not in used
        and b.kind in _CAPTION_KINDS
        and b.right <= fig.left + 2
        and fig.top - max(4.0, _line_height(b)) <= b.top < fig.bottom
    ]
    if not level or fig.left - max(page.blocks[i].right for i in level) > CAPTION_BESIDE_LEFT:
        return []
    edge = max(page.blocks[i].right for i in level)
    between = [
        b
        for b in page.blocks
        if b.kind == "figure"
        and b is not fig
        and b.left >= min(page.blocks[i].left for i in level)
        and b.right <= fig.left
        and b.top < fig.bottom
        and b.bottom > fig.top
    ]
    if between or edge > fig.left:
        return []
    out: list[int] = []
    bottom = None
    for index in sorted(level, key=lambda i: page.blocks[i].top):
        block = page.blocks[index]
        if (bottom is not None and block.top - bottom > CAPTION_GAP) or len(
            block.text.split()
        ) > 40:
            break
        out.append(index)
        bottom = block.bottom if bottom is None else max(bottom, block.bottom)
    return out


def _name_above(page: PageLayout, fig: Block, claimed: set[int]) -> list[int]:
    """The block right above a photo, aligned with it, that is a name (of up to three lines):
    a card's title set over its photo, when the text under the photo names nothing."""
    best = None
    for index, block in enumerate(page.blocks):
        if index in claimed or block.kind not in ("caption", "paragraph", "heading"):
            continue
        distance = fig.top - block.bottom
        centre = (block.left + block.right) / 2
        aligned = fig.left - 10 <= block.left < fig.right or fig.left <= centre <= fig.right
        if not (-2 <= distance <= _caption_gap(block, None) and aligned):
            continue
        if len(block.lines) > 3 or block.right > fig.right + 60:
            continue
        if not _is_name(" ".join(_lines_of([block]))):
            continue
        if best is None or distance < best[0]:
            best = (distance, index)
    if best is None:
        return []
    out = [best[1]]
    while True:  # a name's first line read as a block of its own (OCR): the one right above
        first = page.blocks[out[0]]
        more = [
            i
            for i, b in enumerate(page.blocks)
            if i not in claimed
            and i not in out
            and b.kind in _CAPTION_KINDS
            and abs(b.left - first.left) <= 6
            and -0.5 * _line_height(first) <= first.top - b.bottom <= _line_height(first)
        ]
        names = [" ".join(_lines_of([page.blocks[i] for i in [m, *out]])) for m in more]
        lines = len(_lines_of([page.blocks[i] for i in out]))
        if len(more) != 1 or lines >= 3 or not _is_name(names[0]):
            return out
        out.insert(0, more[0])


def _beside(page: PageLayout, fig: Block, used: set[int]) -> list[int]:
    """The blocks right of a photo, starting level with it, top down, up to a wide gap."""
    out: list[int] = []
    bottom = None
    candidates = [
        i
        for i, b in enumerate(page.blocks)
        if i not in used
        and b.kind in _CAPTION_KINDS
        and 0 <= b.left - fig.right <= CAPTION_BESIDE
        and fig.top - max(4.0, _line_height(b)) <= b.top < fig.bottom
    ]
    for index in sorted(candidates, key=lambda i: page.blocks[i].top):
        block = page.blocks[index]
        if bottom is not None and block.top - bottom > CAPTION_GAP:
            break
        if len(block.text.split()) > 30:
            break
        out.append(index)
        bottom = block.bottom if bottom is None else max(bottom, block.bottom)
    return out


def _close_under(page: PageLayout, fig: Block, members: list[int]) -> list[int]:
    """The blocks right under a photo, top down, up to a wide gap or a block of prose."""
    out: list[int] = []
    bottom = fig.bottom
    above: Block | None = None
    for index in sorted(members, key=lambda m: page.blocks[m].top):
        block = page.blocks[index]
        if block.top - bottom > _caption_gap(block, above) or len(block.text.split()) > 30:
            break
        out.append(index)
        bottom = max(bottom, block.bottom)
        above = block
    return out


def _line_height(block: Block) -> float:
    return (block.bottom - block.top) / max(len(block.lines), 1)


def _caption_gap(block: Block, above: Block | None) -> float:
    """How far under the caption so far (or the photo) its next line may start: `CAPTION_GAP`,
    or `CAPTION_GAP_LINES` of the larger of the two lines' heights when that is more (a grid's
    14-point names; a code over a name with a brand's logo between them)."""
    tallest = max(_line_height(block), _line_height(above) if above is not None else 0.0)
    return max(CAPTION_GAP, CAPTION_GAP_LINES * tallest)


def _starts_like_a_name(text: str) -> bool:
    """Capitalised, or a brand written in camel case ("iPhone 15", "eBook Reader")."""
    first = text.split()[0] if text.split() else ""
    return first[:1].isupper() or (first[:1].islower() and any(c.isupper() for c in first[1:]))


def _grid_caption(product: Product, lines: int) -> bool:
    """A name and a one-line description, as a product grid captions its photos: not a
    sentence wrapped over two lines, nor a quotation."""
    name, description = product.name, product.description
    return (
        lines <= 3
        and len(name.split()) <= 6
        and _starts_like_a_name(name)
        and not re.search(r"[,;:“”\"«»!?]", name)
        and 2 <= len(description.split()) <= 15
        and description[:1].isupper()
    )


def _lines_of(blocks: Sequence[Block]) -> list[str]:
    return [line for b in blocks for line in (b.lines or [b.text]) if line.strip()]


# a price struck through and said to be the former one: "Was $239.99", "statt 19,99 €"
_FORMER_PRICE = re.compile(
    r"^\s*(?:was|reg\.?|regular|statt|vorher|anziché|invece\s+di|au\s+lieu\s+de|antes"
    r"|van|normaal)\b",
    re.I,
)


def _caption_product(
    page: PageLayout, fig: Block, index: int, members: list[int], title: int = 0
) -> Product | None:
    """The product a photo's caption lines make; with `title`, the first `title` blocks are a
    name of its own set over the photo, their lines one name ("Gently Used Steel / Gloves")."""
    blocks = [page.blocks[m] for m in members]
    lines = _lines_of(blocks)
    if title:
        lines = [" ".join(_lines_of(blocks[:title])), *_lines_of(blocks[title:])]
    if _CAPTION_WORD.match(lines[0]):
        return None  # "Figure 3: ..." captions a paper's figure, not a product
    name, rest = None, []
    name_size = 0.0
    name_line = False  # the line before was the name so far
    bare_prices: list[str] = []
    former: list[str] = []
    codes, prices, sizes = [], [], []
    sized = [(line, b.font_size) for b in blocks for line in (b.lines or [b.text]) if line.strip()]
    if title:  # the title's lines are one name, at its blocks' largest size
        sized = [(lines[0], max(b.font_size for b in blocks[:title]))] + [
            (line, b.font_size)
            for b in blocks[title:]
            for line in (b.lines or [b.text])
            if line.strip()
        ]
    for line, size in sized:
        codes += [m.group("code") for m in CODE_LABEL.finditer(line) if _has_digit(m.group("code"))]
        if _FORMER_PRICE.match(line):  # "Was $239.99": the price struck, not the price
            former += [m.group(0) for m in PRICE.finditer(line)]
        else:
            prices += [m.group(0) for m in PRICE.finditer(line)]
        sizes += [m.group(0) for m in SIZE.finditer(line)]
        bare = line.strip()
        if _BARE_PRICE.match(bare) and name is not None and size >= name_size:
            bare_prices.append(bare)  # a deal's price, set large without its currency
            name_line = False
            continue
        if BARE_CODE.match(bare):
            codes.append(bare)
            name_line = False
            continue
        if not codes:  # an OCR'd label ("Iltem GR-1475"): a token shaped like a code
            codes += [t for t in bare.split()[1:] if _CODE_SHAPE.match(t)]
        stripped = _strip_evidence(line)
        if _KEY_VALUE.match(line):
            rest.append(line.strip())  # "Mineral: corundum" describes, it does not name
        elif (
            _is_name(stripped)
            and stripped == line.strip()
            and (name is None or (name_size > 0 and size >= NAME_PROMINENCE * name_size))
        ):
            # the name is the first line that could be one, unless a later one is set
            # clearly larger (a scan's brand logo, read as text, above the name)
            if name is not None and _is_brand(name) and not _caps(stripped) and name_line:
                stripped = _branded(name, stripped)  # a brand in capitals set over the name
            elif name is not None:
                rest.append(name)
            name, name_size = stripped, size
            name_line = True
            continue
        elif stripped:
            rest.append(stripped)
        name_line = False
    if name is None or len(lines) > CAPTION_MAX_LINES:
        return None
    prices = prices or bare_prices[:1] or former
    box = (
        min(fig.left, *(b.left for b in blocks)),
        min(fig.top, *(b.top for b in blocks)),
        max(fig.right, *(b.right for b in blocks)),
        max(b.bottom for b in blocks),
    )
    return Product(
        name=name,
        page=page.page_number,
        bbox=box,
        source="captioned_photo",
        confidence=0.9 if codes or prices else 0.7,
        codes=_unique(codes),
        prices=_unique(prices),
        sizes=_unique(sizes),
        description=" ".join(rest),
        block_indexes=[index, *members],
        figure_boxes=[page_space(page, fig.bbox)],
        figure_indexes=[fig.image_index or 0],
    )


_BULLET_MARK = re.compile(r"^\s*[•·▪■◦●○‣⁃*]\s*")
_CAPTION_WORD = re.compile(r"^(?:fig(?:ure)?|table|tab|abb|abbildung|tableau|chart|photo)\b", re.I)


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _strip_evidence(line: str) -> str:
    """The line without its codes, prices and labels ("Item no. X", "$4.99")."""
    text = CODE_LABEL.sub(lambda m: "" if _has_digit(m.group("code")) else m.group(0), line)
    text = PRICE.sub("", text)
    return " ".join(text.split()).strip(" -–|·,:")


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v.strip()))


# --- data sheets -----------------------------------------------------------------------------


def _spec(page: PageLayout, used: set[int]) -> tuple[dict[str, str], list[int]]:
    """The page's specification: two-column property tables and "Key: value" lines."""
    spec: dict[str, str] = {}
    sources: list[int] = []
    for index, block in enumerate(page.blocks):
        if index in used or block.kind in ("header", "footer", "figure"):
            continue
        pairs: list[tuple[str, str]] = []
        if block.kind == "table" and block.rows:
            filled = [[c for c in r if c.strip()] for r in block.rows]
            two = [r for r in filled if len(r) == 2]
            if len(two) >= 0.7 * len(filled):  # a property table (an OCR'd speck aside)
                pairs = [(r[0], r[1]) for r in two]
        else:
            for line in block.lines:
                match = _KEY_VALUE.match(line)
                if match:
                    pairs.append((match.group(1), match.group(2)))
        pairs = [(k, v) for k, v in pairs if len(k.split()) <= 4 and "..." not in k + v]
        if len(pairs) >= 3:
            for key, value in pairs:
                spec.setdefault(key.strip(), value.strip())
            sources.append(index)
    return spec, sources


def _data_sheet(page: PageLayout, used: set[int]) -> Product | None:
    spec, sources = _spec(page, used)
    if not spec:
        return None
    body = [b for b in page.blocks if b.kind not in ("header", "footer", "figure")]
    headings = [b for b in body if b.kind == "heading"]
    if not headings:
        return None
    title = max(headings, key=lambda b: (b.font_size, -b.top))
    if title.top > page.height / 3 or not _is_name(title.text):
        return None
    keys = " ".join(spec).casefold()
    product_keys = sum(1 for k in _SPEC_KEYS if k in keys)
    values = " ".join(spec.values())
    codes = [v for k, v in spec.items() if _header_role(k) == "code" and _has_digit(v)]
    near = [b for b in body if 0 <= b.top - title.bottom <= 60 and b.kind != "table"]
    for block in near:
        codes += [
            m.group("code") for m in CODE_LABEL.finditer(block.text) if _has_digit(m.group("code"))
        ]
    prices = [m.group(0) for m in PRICE.finditer(values)]
    if product_keys < 2:
        return None  # "SUMMARY:", "DATES:" or a table of contents: not a product's properties
    sizes = [m.group(0) for m in SIZE.finditer(values)]
    description = next(
        (b.text for b in body if b.kind == "paragraph" and len(b.text.split()) >= 8), ""
    )
    photos = _photo_blocks(page)
    if not (photos or codes or prices):
        return None  # properties alone, with no picture, code or price: a reference table
    return Product(
        name=title.text.strip(),
        page=page.page_number,
        bbox=(0.0, title.top, page.width, max(page.blocks[i].bottom for i in sources)),
        source="data_sheet",
        confidence=0.85 if codes or prices else 0.7,
        codes=_unique(codes),
        prices=_unique(prices),
        sizes=_unique(sizes),
        description=description[:500],
        attributes=spec,
        block_indexes=[page.blocks.index(title), *sources],
        figure_boxes=[page_space(page, f.bbox) for f in photos],
        figure_indexes=[f.image_index or 0 for f in photos],
    )


def _photo_blocks(page: PageLayout) -> list[Block]:
    return [fig for _, fig in _photos(page)]


# --- entries of a template -------------------------------------------------------------------

MIN_TEMPLATE_ENTRIES = 3  # entries a property key recurs in before it makes a template
MIN_ENTRY_PROPERTIES = 2  # recurring properties an entry has at least
_NUMBERED = re.compile(r"^\s*(\d{1,3})[.)]\s+")
_TAGLINE = re.compile(r"\s+[-–—]\s+.*$")  # "Citrine (Sitrin) - Batu Matahari": its epithet
_PROPERTY = re.compile(
    r"^\s*(?:[•·▪■◦●○‣⁃*\-–]\s*)?(?P<key>[^\W\d_][^:?؟\n]{0,40}?)\s*[:?؟]\s+(?P<value>\S.*)$",
    re.S,
)


@dataclass
class _Entry:
    page: PageLayout
    title: int  # block index
    number: str | None
    name: str
    properties: list[tuple[str, str, int]]  # (key, value, block index)


def _entries(page: PageLayout) -> list[_Entry]:
    """A name standing alone (numbered, bold or a heading) followed by at least two
    "Key: value" (or "Question? answer") blocks: one entry of a guide or a catalog."""
    blocks = page.blocks
    out: list[_Entry] = []
    for index, block in enumerate(blocks):
        if block.kind not in ("heading", "list_item", "paragraph") or len(block.lines) > 2:
            continue
        numbered = _NUMBERED.match(block.text)
        if not (numbered or block.bold or block.kind == "heading"):
            continue
        name = _TAGLINE.sub("", block.text[numbered.end() :] if numbered else block.text).strip()
        if not _is_name(name) or _PROPERTY.match(block.text) or not _starts_like_a_name(name):
            continue
        properties = _properties(blocks, index)
        if len(properties) >= MIN_ENTRY_PROPERTIES:
            out.append(
                _Entry(page, index, numbered.group(1) if numbered else None, name, properties)
            )
    return out


def _property(line: str) -> tuple[str, str] | None:
    match = _PROPERTY.match(line)
    if match is None or len(match.group("key").split()) > 5:
        return None
    return " ".join(match.group("key").split()), " ".join(match.group("value").split())


def _properties(blocks: Sequence[Block], title: int) -> list[tuple[str, str, int]]:
    """The "Key: value" lines after the title block, each with the lines that continue it
    (a wrapped value), up to a block that does not start with one. Line by line, not block
    by block: a scan's OCR may read a list of bullets as one paragraph; and what OCR makes of
    bullets (an "e", a "«") or of the rest of the title's line is passed over."""
    out: list[list[Any]] = []
    head = blocks[title]
    last: Block | None = None  # the block the properties so far end in
    for index in range(title + 1, len(blocks)):
        block = blocks[index]
        lines = block.lines or [block.text]
        beside_title = block.top < head.bottom and block.bottom > head.top
        if len(block.text.strip()) <= 2 or (beside_title and not out):
            continue
        # a value's last line set apart as a paragraph of its own, right under it
        runs_on = (
            last is not None
            and block.kind == "paragraph"
            and block.top - last.bottom <= _line_height(last)
        )
        if block.kind not in ("list_item", "paragraph") or (
            _property(lines[0]) is None and not runs_on
        ):
            break
        last = block
        for line in lines:
            found = _property(line)
            if found is not None:
                out.append([*found, index])
            else:
                out[-1][1] = f"{out[-1][1]} {' '.join(line.split())}"
    return [(key, value, index) for key, value, index in out]


def _templated_entries(document: DocumentLayout) -> dict[int, list[Product]]:
    """Products of a guide or catalog that presents each item as an entry of one template
    (the same property keys, "Colors:", "Features:", in at least `MIN_TEMPLATE_ENTRIES`
    entries), one entry per product on a page with its photo. Entries of one page under
    the same number are one item in the document's several languages: the first names it,
    the others are its other names."""
    entries = [e for page in document.pages for e in _entries(page)]
    counts = Counter(_key(k) for e in entries for k in {p[0] for p in e.properties})
    out: dict[int, list[Product]] = {}
    numbers: dict[tuple[int, str], Product] = {}
    for entry in entries:
        recurring = [p for p in entry.properties if counts[_key(p[0])] >= MIN_TEMPLATE_ENTRIES]
        page = entry.page
        photos = _photo_blocks(page)
        if len(recurring) < MIN_ENTRY_PROPERTIES or not photos:
            continue
        same = numbers.get((page.page_number, entry.number)) if entry.number else None
        if same is not None:
            same.attributes.setdefault("other names", "")
            same.attributes["other names"] = "; ".join(
                n for n in (same.attributes["other names"], entry.name) if n
            )
            continue
        last = page.blocks[entry.properties[-1][2]]
        title = page.blocks[entry.title]
        product = Product(
            name=entry.name,
            page=page.page_number,
            bbox=(title.left, title.top, max(title.right, last.right), last.bottom),
            source="template_entry",
            confidence=0.7,
            description=" ".join(v for _, v, _ in entry.properties)[:500],
            attributes={k: v for k, v, _ in entry.properties},
            block_indexes=[entry.title, *(i for _, _, i in entry.properties)],
            figure_boxes=[page_space(page, f.bbox) for f in photos],
            figure_indexes=[f.image_index or 0 for f in photos],
        )
        if entry.number:
            numbers[(page.page_number, entry.number)] = product
        out.setdefault(page.page_number, []).append(product)
    return out


# --- priced entries --------------------------------------------------------------------------


def _describes(block: Block | None) -> bool:
    """A short paragraph without a price under a priced line is that entry's description."""
    return (
        block is not None
        and block.kind == "paragraph"
        and not PRICE.search(block.text)
        and len(block.text.split()) <= 40
    )


def _price_on_its_line(page: PageLayout, index: int) -> tuple[int, list[int]] | None:
    """The block standing alone right of a block's first line, level with it, that is only
    a price, and the blocks between them, which may only be what a dotted leader leaves on
    a scan (dots, a letter or two, specks): (the price's block, the leader's blocks). A
    menu's "Name ........ 12,50 €" that OCR cut into pieces."""
    block = page.blocks[index]
    lines = block.lines or [block.text]
    if PRICE.search(lines[0]):
        return None
    height = _line_height(block)
    centre = block.top + height / 2
    level = sorted(
        (
            (i, b)
            for i, b in enumerate(page.blocks)
            if i != index
            and b.kind in _CAPTION_KINDS
            and b.left >= block.right - 1
            and abs((b.top + b.bottom) / 2 - centre) <= 0.6 * height
        ),
        key=lambda item: item[1].left,
    )
    leader: list[int] = []
    for i, other in level:
        text = other.text.strip()
        if len(other.lines) <= 1 and _is_price(text) and PRICE.match(text):
            return i, leader
        speck = (other.bottom - other.top) < 0.5 * height
        if len(text) <= 3 or speck or not any(c.isalnum() for c in text):
            leader.append(i)
            continue
        return None
    return None


def _priced_entries(page: PageLayout, used: set[int]) -> list[Product]:
    entries = []
    blocks = page.blocks
    joined: set[int] = set()  # prices and leaders read with the line they are level with
    for index, block in enumerate(blocks):
        if index in used or block.kind in ("header", "footer", "figure", "table"):
            continue
        lines = list(block.lines or [block.text])
        if index not in joined and (found := _price_on_its_line(page, index)) is not None:
            price_block, leader = found
            if price_block not in used and price_block not in joined:
                lines[0] = f"{lines[0]} {blocks[price_block].text.strip()}"
                joined.update([price_block, *leader])
        for line in lines:
            prices = [m.group(0) for m in PRICE.finditer(line)]
            if len(prices) != 1 or not line.strip().endswith(prices[0]):
                continue  # a menu's or price list's line ends with its price
            name = _BULLET_MARK.sub("", _strip_evidence(line)).strip(" .…")
            name = re.sub(r"\.{2,}.*$", "", name).strip()
            if (
                not _is_name(name, PRICED_NAME_MAX_WORDS)
                or len(name) < 4
                or not _starts_like_a_name(name)
            ):
                continue
            following = next(
                (b for i, b in enumerate(blocks) if i > index and i not in joined), None
            )
            description = ""
            if len(block.lines) <= 1 and _describes(following):
                description = following.text  # type: ignore[union-attr]
            codes = [  # its own, or its description's ("Carbon steel head. Art. 40017")
                m.group("code")
                for m in CODE_LABEL.finditer(f"{line}\n{description}")
                if _has_digit(m.group("code"))
            ]
            entries.append(
                _entry_product(page, index, "priced_entry", name, codes, prices, line, description)
            )
    lines = sum(
        len(b.lines or [b.text])
        for i, b in enumerate(blocks)
        if b.kind not in ("figure", "table") and i not in joined
    )
    if len(entries) < MIN_PRICED_ENTRIES or len(entries) < PRICED_SHARE * lines:
        return []  # a few amounts in prose (a tax guide's "$3,000") are not a menu
    return entries


# --- titled entries --------------------------------------------------------------------------

MIN_TITLED_ENTRIES = 3  # units of a page whose title lines share one style
TITLED_EVIDENCE_SHARE = 0.6  # share of those units that must carry a price, a code or a size
TITLED_GAP_LINES = 5.0  # title-line heights under a unit's last line its next detail may start
TITLED_MAX_WORDS = 80  # words an entry's details run to at most (more is prose under a heading)
_TITLE_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]?\s+(?=[^\W\d_])")


@dataclass
class _Unit:
    title: int  # block index of the title line
    blocks: list[int]  # the title's block, then its details' blocks
    name: str
    text: str  # the title line and the detail lines, joined


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _title_style(
    block: Block, sizes: dict[float, int] | None = None
) -> tuple[int, bool, bool, bool]:
    """What sets a block's first line apart: its size (or its class of sizes), bold,
    capitals, a number before it."""
    first = (block.lines or [block.text])[0]
    size = sizes[block.font_size] if sizes else round(block.font_size)
    return (size, block.bold, _caps(first), bool(_TITLE_NUMBER.match(first)))


OCR_SIZE_STEP = 0.12  # relative step between two OCR'd sizes that starts another class


def _size_classes(page: PageLayout) -> dict[float, int] | None:
    """On a scan, word heights vary from line to line of one type size (8.1, 8.3, 9.0): its
    sizes in classes, each class's sizes less than `OCR_SIZE_STEP` apart from the next;
    the text layer's sizes are exact (None)."""
    if page.source != "ocr":
        return None
    classes: dict[float, int] = {}
    previous, number = 0.0, 0
    for size in sorted({b.font_size for b in page.blocks}):
        if previous and size - previous > OCR_SIZE_STEP * previous:
            number += 1
        classes[size], previous = number, size
    return classes


def _title_name(line: str) -> str:
    """The title line without its number and without a price or code it ends with."""
    numbered = _TITLE_NUMBER.match(line)
    text = line[numbered.end() :] if numbered else line
    return _BULLET_MARK.sub("", _strip_evidence(text)).strip(" .…-–")


def _evidence(text: str) -> bool:
    """A labelled code anywhere in an entry; a price or a size on a short line of its own
    ("55,95 €", "500 ml") or a price ending a line of no sentences (a menu's dish): an
    amount inside a sentence ("revenue rose to $1.2m in the quarter"), ending prose ("7.30
    pm, Town Hall. Tickets $12.": an event) or a recipe's "200 g flour" is no product's."""
    codes = [m.group("code") for m in CODE_LABEL.finditer(text) if _has_digit(m.group("code"))]
    if codes:
        return True
    for line in text.splitlines():
        short = len(line.split()) <= 6
        prices = [m.group(0) for m in PRICE.finditer(line)]
        ends = line.rstrip(" .;").endswith(prices[-1]) if prices else False
        sentences = re.search(r"[a-z]{2}\.\s", line)  # "... Town Hall. Tickets $12."
        if (prices and (short or (ends and not sentences))) or (short and SIZE.search(line)):
            return True
    return False


def _stands_out(
    style: tuple[int, bool, bool, bool],
    details: Sequence[Block],
    classes: dict[float, int] | None = None,
) -> bool:
    """A title line is set apart from the lines under it: larger, bold, capitals or numbered
    (a plain paragraph's first line is no title)."""
    size, bold, caps, numbered = style
    if bold or caps or numbered:
        return True
    sizes = [classes[b.font_size] if classes else round(b.font_size) for b in details]
    return bool(sizes) and size > max(sizes)


def _units(
    page: PageLayout,
    used: set[int],
    style: tuple[int, bool, bool, bool],
    sizes: dict[float, int] | None = None,
) -> list[_Unit]:
    """Units of a page headed by title lines of `style`: the title's block (its first line
    the title, the rest details), then the blocks under it in its column (starting from
    a few points left of it to its right end: a scan's OCR may indent a detail line), up to
    the next title, a figure, a gap of `TITLED_GAP_LINES` lines or the bottom of the page."""
    blocks = page.blocks
    titles = [
        i
        for i, b in enumerate(blocks)
        if i not in used and b.kind in _CAPTION_KINDS and _title_style(b, sizes) == style
    ]
    title_set = set(titles)
    units = []
    for index in titles:
        head = blocks[index]
        lines = head.lines or [head.text]
        name = _title_name(lines[0])
        if not _is_name(name) or not _starts_like_a_name(name):
            continue
        if len(lines) > 1 and lines[1][:1].islower():
            continue  # the start of a sentence wrapped onto the next line: prose, no title
        below = sorted(
            (
                (i, b)
                for i, b in enumerate(blocks)
                if i != index
                and b.top >= head.bottom - 0.35 * _line_height(head)
                and head.left - 12 <= b.left < head.right
                and (b.kind in _CAPTION_KINDS or b.kind in ("footer", "figure"))
            ),
            key=lambda item: item[1].top,
        )
        members, last = [index], head
        for i, b in below:
            if (
                i in title_set
                or i in used
                or b.kind == "figure"
                or b.top - last.bottom > TITLED_GAP_LINES * _line_height(head)
            ):
                break
            members.append(i)
            last = b
        if len(lines) == 1 and len(members) > 1:
            name = _brand_and_name(name, head, blocks[members[1]], sizes)
        over = _brand_over(blocks, index, used)
        if over is not None:
            brand = (blocks[over].lines or [blocks[over].text])[0].strip()
            if _brand_and_name(brand, blocks[over], head, sizes) != brand:
                name = _branded(brand, name)
        text = "\n".join([*lines, *(line for i in members[1:] for line in _lines_of([blocks[i]]))])
        units.append(_Unit(index, members, name, text))
    return units


BRAND_MAX_WORDS = 3  # a brand set over a product's name: "BIOFARMA", "LA ROCHE-POSAY"


def _is_brand(text: str) -> bool:
    """A short line in capitals, as a brand is set over a product's name."""
    return _caps(text) and len(text.split()) <= BRAND_MAX_WORDS and not _has_digit(text)


def _brand_and_name(
    title: str, head: Block, under: Block, sizes: dict[float, int] | None = None
) -> str:
    """A short line in capitals set smaller than the name line right under it is the
    product's brand (a pharmacy's or a cosmetics shop's tile: "BIOFARMA" over "Vitamina C
    1000 mg"): the product is named by both, else products of one brand would merge."""
    if not _is_brand(title):
        return title
    size = sizes[head.font_size] if sizes else head.font_size
    under_size = sizes[under.font_size] if sizes else under.font_size
    lines = under.lines or [under.text]
    line = " ".join(lines).strip()
    if (
        under.kind not in _CAPTION_KINDS
        or under_size <= size
        or _caps(lines[0])
        or not _starts_like_a_name(line)
        or not _is_name(line)
        or _evidence(line)
    ):
        return title
    return _branded(title, _title_name(line))


def _branded(brand: str, name: str) -> str:
    """A name with its brand before it, unless it starts with it ("ZENTRA" over "Zentra
    Smartwatch 45 mm")."""
    return name if name.casefold().startswith(brand.casefold()) else f"{brand} {name}"


def _brand_over(blocks: Sequence[Block], index: int, used: set[int]) -> int | None:
    """The one-line block set flush left right over a title line (less than half a line
    between them), if any: the line a brand is set on."""
    head = blocks[index]
    for i, b in enumerate(blocks):
        if (
            i != index
            and i not in used
            and b.kind in _CAPTION_KINDS
            and len(b.lines or [b.text]) == 1
            and abs(b.left - head.left) <= 3
            and 0 <= head.top - b.bottom <= 0.5 * _line_height(head)
        ):
            return i
    return None


def _titled_entries(page: PageLayout, used: set[int]) -> list[Product]:
    """Entries a page presents alike: a title line (bold, larger, capitals or numbered) whose
    style heads at least `MIN_TITLED_ENTRIES` units of the page, each unit the title and the
    detail lines under it, a product when it carries a price, a code or a size, as most of
    them must (headings of a report with a figure in their text are no entries). Prices
    standing alone beside a unit (on its title's row, or beside the photo it is set under)
    are its prices."""
    blocks = page.blocks
    sizes = _size_classes(page)
    styles = Counter(
        _title_style(b, sizes)
        for i, b in enumerate(blocks)
        if i not in used and b.kind in _CAPTION_KINDS
    )
    best: list[Product] = []
    best_key: tuple[int, ...] = ()
    for style, count in styles.items():
        if count < MIN_TITLED_ENTRIES:
            continue
        units = _units(page, used, style, sizes)
        units = [u for u in units if _stands_out(style, [blocks[i] for i in u.blocks[1:]], sizes)]
        if len(units) < MIN_TITLED_ENTRIES:
            continue
        products = _unit_products(page, used, units)
        # the style that heads the most products; of two alike, the more prominent
        key = (len(products), style[0], style[1], style[2], style[3])
        if products and key > best_key:
            best, best_key = products, key
    return best


def _unit_products(page: PageLayout, used: set[int], units: list[_Unit]) -> list[Product]:
    """The units that carry evidence, as products, when most units do."""
    blocks = page.blocks
    claimed = {i for u in units for i in u.blocks}
    loose = _loose_prices(page, used | claimed)
    products = []
    for unit, extra in zip(units, _prices_beside(page, units, loose), strict=True):
        text = "\n".join([unit.text, *(blocks[i].text for i in extra)])
        if not (_evidence(text) or extra) or len(text.split()) > TITLED_MAX_WORDS:
            continue
        indexes = unit.blocks + extra
        boxes = [blocks[i].bbox for i in indexes]
        products.append(
            Product(
                name=unit.name,
                page=page.page_number,
                bbox=(
                    min(b[0] for b in boxes),
                    min(b[1] for b in boxes),
                    max(b[2] for b in boxes),
                    max(b[3] for b in boxes),
                ),
                source="titled_entry",
                confidence=0.7,
                codes=_unique(
                    [
                        m.group("code")
                        for m in CODE_LABEL.finditer(text)
                        if _has_digit(m.group("code"))
                    ]
                ),
                prices=_unique(
                    [m.group(0) for m in PRICE.finditer(text)]
                    + [
                        blocks[i].text.strip()
                        for i in extra
                        if _BARE_PRICE.match(blocks[i].text.strip())
                    ]
                ),
                sizes=_unique([m.group(0) for m in SIZE.finditer(text)]),
                description=" ".join(
                    line for i in unit.blocks[1:] for line in _lines_of([blocks[i]])
                )[:500]
                or " ".join((blocks[unit.title].lines or [""])[1:])[:500],
                block_indexes=indexes,
            )
        )
    if len(products) < MIN_TITLED_ENTRIES or len(products) < TITLED_EVIDENCE_SHARE * len(units):
        return []
    return products


def _loose_prices(page: PageLayout, taken: set[int]) -> list[int]:
    """Prices standing alone: with a currency, or bare amounts ("11.50") that make a column
    of at least `MIN_TITLED_ENTRIES` (a wine list's glass and bottle prices)."""
    alone = [
        i
        for i, b in enumerate(page.blocks)
        if i not in taken and b.kind in (*_CAPTION_KINDS, "footer") and len(b.lines) <= 1
    ]
    priced = [i for i in alone if _is_price(page.blocks[i].text.strip())]
    bare = [i for i in alone if _BARE_PRICE.match(page.blocks[i].text.strip())]
    column = [
        i
        for i in bare
        if sum(1 for j in bare if abs(page.blocks[j].right - page.blocks[i].right) <= 4)
        >= MIN_TITLED_ENTRIES
    ]
    return sorted({*priced, *column})


def _prices_beside(page: PageLayout, units: list[_Unit], loose: list[int]) -> list[list[int]]:
    """Prices standing alone right of a unit, level with it or with the photo right above it
    (a flyer's card: the photo, its price beside it, the name under both): each to the
    nearest unit left of it."""
    blocks = page.blocks
    bands = []
    for unit in units:
        head = blocks[unit.title]
        top = head.top
        above = [
            b
            for b in blocks
            if b.kind == "figure"
            and b.bottom <= head.top + 1
            and head.top - b.bottom <= CAPTION_BELOW
            and b.left <= head.left + 12 <= b.right
        ]
        if above:
            top = max(above, key=lambda b: b.bottom).top
        bands.append((head.left, top, max(blocks[i].bottom for i in unit.blocks)))
    out: list[list[int]] = [[] for _ in units]
    for i in loose:
        b = blocks[i]
        centre = (b.top + b.bottom) / 2
        owners = [
            (left, n)
            for n, (left, top, bottom) in enumerate(bands)
            if b.left > left and top - 1 <= centre <= bottom + 1
        ]
        if owners:
            out[max(owners)[1]].append(i)
    return out


# --- run-in entries --------------------------------------------------------------------------

RUN_IN_DESCRIPTION_WORDS = 3  # words a run-in entry says of its product at least
_RUN_IN = re.compile(r"^(?P<name>.{3,80}?)\s[-–—]\s(?P<rest>.+)$", re.S)


def _run_in(text: str) -> tuple[str, str, list[str], list[str]] | None:
    """ "Name - description. Art. 123456, € 49,90": (name, description, codes, prices) of an
    entry that names its product first, then describes it and ends with its price."""
    text = " ".join(text.split())
    match = _RUN_IN.match(text)
    if match is None:
        return None
    name, rest = match.group("name").strip(), match.group("rest")
    prices = [m.group(0) for m in PRICE.finditer(rest)]
    if not prices or not text.endswith(prices[-1]) or not _is_name(name):
        return None
    if not _starts_like_a_name(name) or _CAPTION_WORD.match(name):
        return None
    codes = [m.group("code") for m in CODE_LABEL.finditer(rest) if _has_digit(m.group("code"))]
    description = _strip_evidence(rest)
    if len(description.split()) < RUN_IN_DESCRIPTION_WORDS:
        return None  # "Pasta - 12 €" is a priced line whose name has a dash
    return name, description, codes, prices[-1:]


def _column_texts(block: Block) -> list[str]:
    """A borderless "table" that is columns of text entries: each column's cells top down,
    cut after each cell that ends with a price (an entry's end)."""
    rows = block.rows or []
    width = max((len(r) for r in rows), default=0)
    out = []
    for column in range(width):
        entry: list[str] = []
        for row in rows:
            cell = row[column].strip() if column < len(row) else ""
            if not cell:
                continue
            entry.append(cell)
            prices = list(PRICE.finditer(cell))
            if prices and cell.endswith(prices[-1].group(0)):
                out.append(" ".join(entry))
                entry = []
    return out


def _run_in_entries(page: PageLayout, used: set[int]) -> list[Product]:
    """Products set as run-in entries, at least `MIN_PRICED_ENTRIES` on the page: a
    paragraph (or a text column the table finder took for cells) that starts with a name,
    a dash, then its description, codes, and ends with its price."""
    found: list[Product] = []
    for index, block in enumerate(page.blocks):
        if index in used or block.kind in ("header", "footer", "figure", "heading"):
            continue
        texts = _column_texts(block) if block.kind == "table" and not block.ruled else []
        if block.kind != "table":
            texts = [block.text]
        for text in texts:
            entry = _run_in(text)
            if entry is None:
                continue
            name, description, codes, prices = entry
            found.append(
                _entry_product(
                    page, index, "run_in_entry", name, codes, prices, description, description
                )
            )
    return found if len(found) >= MIN_PRICED_ENTRIES else []


# --- translated entries ----------------------------------------------------------------------

MIN_TRANSLATED_ENTRIES = 3  # "term → term" lines on a page with a photo that make a list
TRANSLATED_NAME_MAX_WORDS = 6
_ARROW_ENTRY = re.compile(r"^(?P<source>[^→➔⇒]+?)\s*(?:→|➔|⇒|->)\s*(?P<target>[^→➔⇒]+)$")


def _clean_term(text: str) -> str:
    """A term without its bullet and without stray marks or signs standing alone at its
    ends (a Thai tone mark the PDF set apart, a dash)."""
    words = _BULLET_MARK.sub("", text).split()
    while words and not any(c.isalnum() for c in words[0]):
        words.pop(0)
    while words and not any(c.isalnum() for c in words[-1]):
        words.pop()
    return " ".join(words)


# What OCR reads an arrow glyph as: "~", "-~", ">", "->", a dash.
_OCR_ARROW_ENTRY = re.compile(
    r"^(?P<source>[^→➔⇒~>]+?)\s*(?:→|➔|⇒|->|[-~>»—–]{1,3})\s+(?P<target>[^→➔⇒~>]+)$"
)


def _translation(source: str, target: str, letters: int = 1) -> bool:
    """A term (of `letters` letters at least) and a name for it, the name without arrows."""
    return (
        sum(c.isalpha() for c in source) >= letters
        and _is_name(target, TRANSLATED_NAME_MAX_WORDS)
        and _starts_like_a_name(target)
        and not re.search(r"[→➔⇒~>]", target)
    )


def _with_the_next_on_its_line(
    page: PageLayout, index: int
) -> list[tuple[str, str, tuple[float, float, float, float]]]:
    """A one-line block and the one-line block right of it on its line, as (left, right,
    box): OCR parts "Keilriemen ~" from "Drive Belt" where the arrow left a wide gap. A mark
    between them (an arrow read as "~" on its own) goes with the left one."""
    block = page.blocks[index]
    if len(block.lines) > 1 or len(block.text.strip()) <= 2:
        return []
    beside = sorted(
        (
            b
            for b in page.blocks
            if b is not block
            and len(b.lines) == 1
            and b.kind in ("paragraph", "heading", "caption", "list_item")
            and 0 <= b.left - block.right <= 4 * _line_height(block)
            and abs((b.top + b.bottom) - (block.top + block.bottom)) < _line_height(block)
        ),
        key=lambda b: b.left,
    )
    words = [b for b in beside if len(b.text.strip()) > 2]
    if not words:
        return []
    nearest = words[0]
    marks = [b.text.strip() for b in beside if len(b.text.strip()) <= 2 and b.left < nearest.left]
    left = " ".join([block.text, *marks])
    box = (
        block.left,
        min(block.top, nearest.top),
        nearest.right,
        max(block.bottom, nearest.bottom),
    )
    return [(left, nearest.text, box)]


def _translated_entries(page: PageLayout, used: set[int]) -> list[Product]:
    """A list of goods each given in two languages ("กรองอากาศ → Air Filter"), as a parts
    dealer's bilingual catalog prints them: at least `MIN_TRANSLATED_ENTRIES` lines (or
    table cells) that hold nothing but "term → name", on a page with a photo. The name the
    arrow points to names the product; the other is its other name."""
    photos = _photo_blocks(page)
    if not photos:
        return []
    found: list[tuple[str, str, int, tuple[float, float, float, float]]] = []
    unmarked: list[tuple[str, str, int, tuple[float, float, float, float]]] = []
    lines: set[tuple[int, int]] = set()  # the (block, line) each entry was read from
    for index, block in enumerate(page.blocks):
        if index in used or block.kind in ("header", "footer", "figure"):
            continue
        if block.kind == "table" and block.rows:
            height = (block.bottom - block.top) / max(len(block.rows), 1)
            texts = [
                (
                    cell,
                    (block.left, block.top + r * height, block.right, block.top + (r + 1) * height),
                )
                for r, row in enumerate(block.rows)
                for cell in row
            ]
        else:
            texts = [(line, block.bbox) for line in block.lines or [block.text]]
        pieces = _with_the_next_on_its_line(page, index) if page.source == "ocr" else []
        for number, (text, box) in enumerate(texts + [(f"{a} {b}", box) for a, b, box in pieces]):
            arrow = _ARROW_ENTRY if page.source != "ocr" else _OCR_ARROW_ENTRY
            match = arrow.match(" ".join(text.split()))
            if match is None:
                continue
            source, target = _clean_term(match.group("source")), _clean_term(match.group("target"))
            if _translation(source, target):
                found.append((target, source, index, box))
                lines.add((index, min(number, len(texts) - 1)))
        for source, target, box in pieces:  # a scan's line in two pieces, its arrow not read
            source, target = _clean_term(source), _clean_term(target)
            # (a lone letter is more likely what OCR made of a bullet)
            marked = _OCR_ARROW_ENTRY.match(f"{source} {target}")
            if _translation(source, target, letters=2) and not marked:
                unmarked.append((target, source, index, box))
    if len(lines) < MIN_TRANSLATED_ENTRIES:
        return []  # one line read as several ("Prep 25 min - Cook 40 min - Vegetarian")
    # On a scan, a line of the same list whose arrow OCR did not read: two pieces, the first
    # set where the list's lines start.
    starts = {round(box[0]) for _, _, _, box in found}
    found += [e for e in unmarked if any(abs(e[3][0] - x) <= 6 for x in starts)]
    found.sort(key=lambda e: (e[3][1], e[3][0]))
    return [
        Product(
            name=target,
            page=page.page_number,
            bbox=box,
            source="translated_entry",
            confidence=0.7,
            attributes={"other names": source},
            block_indexes=[index],
            figure_boxes=[page_space(page, f.bbox) for f in photos],
            figure_indexes=[f.image_index or 0 for f in photos],
        )
        for target, source, index, box in found
    ]


# --- merging and the pipeline's drafts --------------------------------------------------------


def _key(name: str) -> str:
    return " ".join(re.findall(r"\w+", name.casefold()))


def _merge(products: list[Product]) -> list[Product]:
    """The same product on two pages (same name, no contradicting code) is one product."""
    out: list[Product] = []
    by_key: dict[str, Product] = {}
    for product in products:
        twin = by_key.get(_key(product.name))
        if twin is not None and (
            not (twin.codes and product.codes) or set(twin.codes) & set(product.codes)
        ):
            twin.codes = _unique([*twin.codes, *product.codes])
            twin.prices = _unique([*twin.prices, *product.prices])
            twin.sizes = _unique([*twin.sizes, *product.sizes])
            twin.attributes = {**product.attributes, **twin.attributes}
            twin.confidence = round(min(1.0, max(twin.confidence, product.confidence) + 0.02), 4)
            continue
        by_key.setdefault(_key(product.name), product)
        out.append(product)
    return out


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


def _entry_product(
    page: PageLayout,
    index: int,
    source: str,
    name: str,
    codes: list[str],
    prices: list[str],
    sized: str,
    description: str,
) -> Product:
    """A product read from one text block (a priced line, a run-in entry); its sizes are
    those printed in `sized`."""
    return Product(
        name=name,
        page=page.page_number,
        bbox=page.blocks[index].bbox,
        source=source,
        confidence=0.75,
        codes=codes,
        prices=prices,
        sizes=[m.group(0) for m in SIZE.finditer(sized)],
        description=description,
        block_indexes=[index],
    )
