"""The document driver: which form each page presents its products in, in what order the forms
are tried, and what joins them (entries side by side in two languages, the same product on
two pages, the section heading that types a product)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from pdfqueue.engines.catalog.badged_names import strip_badges
from pdfqueue.engines.catalog.bills import presents_a_bill
from pdfqueue.engines.catalog.card_columns import card_columns
from pdfqueue.engines.catalog.costings import presents_a_costing
from pdfqueue.engines.catalog.credit_agreements import credit_agreement_pages
from pdfqueue.engines.catalog.credits import credit_entries
from pdfqueue.engines.catalog.element_cells import element_cells
from pdfqueue.engines.catalog.enquiries import presents_a_request_for_quotation
from pdfqueue.engines.catalog.families import family_rows, family_title, variant_columns
from pdfqueue.engines.catalog.finish_groups import finish_group_rows, model_heading
from pdfqueue.engines.catalog.flowing import flowing_entries
from pdfqueue.engines.catalog.ladders import ladder_foot, price_ladders
from pdfqueue.engines.catalog.lots import lot_entries
from pdfqueue.engines.catalog.menus import leader_entries
from pdfqueue.engines.catalog.misread_codes import misread_as
from pdfqueue.engines.catalog.notices import (
    presents_a_recall,
    presents_a_review,
    presents_a_ruling,
    review_evidence,
)
from pdfqueue.engines.catalog.offer_boxes import offer_box
from pdfqueue.engines.catalog.own_codes import add_own_codes
from pdfqueue.engines.catalog.packs import add_pack_sizes
from pdfqueue.engines.catalog.photos import MIN_GRID, captioned_photos
from pdfqueue.engines.catalog.planograms import presents_a_planogram
from pdfqueue.engines.catalog.price_tables import code_prices, price_by_code
from pdfqueue.engines.catalog.priced import priced_entries, run_in_entries
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.rate_cards import presents_a_rate_card
from pdfqueue.engines.catalog.records import record_entries
from pdfqueue.engines.catalog.run_on_units import units_run_on
from pdfqueue.engines.catalog.series import name_by_series
from pdfqueue.engines.catalog.sheets import data_sheet
from pdfqueue.engines.catalog.shelf_labels import label_sheet
from pdfqueue.engines.catalog.shelves import shelf_products
from pdfqueue.engines.catalog.shipping_documents import shipping_document_pages
from pdfqueue.engines.catalog.single_row import single_row_tables
from pdfqueue.engines.catalog.size_guides import charts_body_measures, presents_a_size_guide
from pdfqueue.engines.catalog.sold import without_sold
from pdfqueue.engines.catalog.spanned_prices import spanned_price_rows
from pdfqueue.engines.catalog.spec_tables import titled_spec_tables
from pdfqueue.engines.catalog.tables import (
    MIN_TABLE_ROWS,
    column_titles,
    header_above,
    linked_columns,
    names_over_columns,
    parts_joined,
    prices_under,
    rows_left_out,
    sectioned_list,
    table_heads,
    table_products,
    title_above,
    transposable,
    transposed,
)
from pdfqueue.engines.catalog.templates import sheet_pages, templated_entries
from pdfqueue.engines.catalog.tiers import priced_by_tiers, text_tiers
from pdfqueue.engines.catalog.titled import MIN_TITLED_ENTRIES, entry_styles, titled_entries
from pdfqueue.engines.catalog.titled_once import titled_once_rows
from pdfqueue.engines.catalog.translated import translated_entries
from pdfqueue.engines.catalog.turned_names import turned_name_products
from pdfqueue.engines.catalog.unoffered import unoffered_tables
from pdfqueue.engines.catalog.valuations import valuation_pages
from pdfqueue.engines.catalog.variant_lines import variant_lines
from pdfqueue.engines.catalog.variants import variant_rows
from pdfqueue.engines.catalog.words import (
    BARE_PRICE,
    PRICE,
    is_price_label,
    is_saving_label,
    name_key,
    unique_ints,
    unique_texts,
)
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout, analyse_document
from pdfqueue.engines.product_types import (
    PREVAILING_MIN,
    catalog_type,
    prevailing_type,
    weak_name_type,
)


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
    templated = templated_entries(document)
    for number, sheet in sheet_pages(document).items():
        templated.setdefault(number, sheet)  # a page of its own per item, a box of properties
    titles = column_titles(document)
    flowing = flowing_entries(document)  # entries running on from column to column
    by_page: dict[int, list[Product]] = {}
    own: set[int] = set()  # pages whose products their own blocks gave (not the document's)
    reviewed = set().union(*(review_evidence(page) for page in document.pages))
    measured = any(charts_body_measures(page) for page in document.pages)
    # a credit agreement's goods are what one borrower bought, a valuation's what one client
    # owns, a packing list's (a delivery note's, a bill of lading's) what one sender ships
    owned = (
        credit_agreement_pages(document)
        | valuation_pages(document)
        | shipping_document_pages(document)
    )
    for page in document.pages:
        if (
            page.page_number in owned
            or presents_a_bill(page)
            or presents_a_recall(page)
            or presents_a_review(page, reviewed)
            or presents_a_rate_card(page)
            or presents_a_request_for_quotation(page)
            or presents_a_costing(page)
            or presents_a_planogram(page)
            or presents_a_ruling(page)
            or presents_a_size_guide(page, measured)
        ):
            # an invoice's lines are what was bought, a recall's what is taken back, a rate
            # card's a service's charges, a request for quotation's what a buyer wants, a
            # review's what its tester judged, a costing's what a kitchen spends, a
            # planogram's where a store sets them, a ruling's how customs classify them, a
            # size guide's how they fit
            continue
        page_products, weak = _page_products(page, titles)
        once = titled_once_rows(page)  # column titles set once over sections of rows
        if len(once) > len(page_products):
            page_products, weak = once, []
        if page_products or weak:
            own.add(page.page_number)
        if not page_products and not weak:
            page_products = templated.get(page.page_number, [])
        if not page_products and not weak:
            page_products = flowing.get(page.page_number, [])
        by_page[page.page_number] = page_products
        grid_candidates += weak
    _fewer_titled_entries(document, by_page, own)
    found += [p for products in by_page.values() for p in products]
    name_by_series(found, document)  # "Medium" under "Flatwound Jazz", as under every series
    # a caption read as a product in its own right (its card's code and price found another
    # way) is no member of a grid of uncaptioned photos: it would count a cover's title in
    known = {(p.page, name_key(p.name)) for p in found}
    grid_candidates = [p for p in grid_candidates if (p.page, name_key(p.name)) not in known]
    if len(grid_candidates) >= MIN_GRID:
        found += grid_candidates
    strip_badges(found, document)  # "Trail runner shoe NEW": a badge set by the name
    found = without_sold(found, document)  # a piece on a sale board stamped "SOLD"
    # "Poupe 53 €": a card's badge; "One-time purchase" over a price: a price chip's label
    # (a table's row with its own article code is an article whatever it is named: "Regular")
    found = [
        p
        for p in found
        if not (is_saving_label(p.name) or is_price_label(p.name))
        or (p.source == "table_row" and p.codes)
    ]
    _bilingual_names(found)
    sections = _Sections(document)
    own: dict[int, str] = {}  # the type each product's own name or text gives it
    for product in found:
        # its name, then the text around it (each attribute's value a short text of its own;
        # its key names a feature, "Battery life", not the product's kind), then its section's
        # title ("Fruit", "BRAKE"), then a draper's fabric ("Pamuk Poplin Beyaz")
        around = [product.description, *product.attributes.values()]
        own[id(product)] = catalog_type(product.name, around, "")
        heading = sections.above(product)
        product.product_type = (
            catalog_type(product.name, around, heading) if heading else own[id(product)]
        )
    _untyped_take_prevailing(found, own)  # "Aurora 40" among a page of pendant lamps is a lamp
    add_own_codes(found, document)  # a code on a line of its own no rule read
    add_pack_sizes(found, document)  # "Pack of 10", "200 kpl": a size no rule read
    price_by_code(found, code_prices(document))  # prices listed apart, by article number
    return _merge(sorted(found, key=lambda p: (p.page, p.bbox[1], p.bbox[0])))


def _untyped_take_prevailing(products: list[Product], own: dict[int, str]) -> None:
    """A product nothing types (its name, the text around it, its section's title) takes the
    type its page's products prevailingly have (`prevailing_type`); on a page with too few
    typed to tell, the catalog's. A mixed page (lamps and chairs) leaves it `other`, and a
    product typed otherwise keeps its type: "Coffee mug" in a grocer's flyer is no food. First,
    a type only a feature word gives (`weak_name_type`: "Extra Super Light" strings as lamps)
    holds only where another product of the catalog is typed so by other words, so that it
    spreads no further.

    A type spreads only where it is no minority of the types the products' own names or texts
    give (`own`): the products one section's title typed are that one title's word, not each
    a witness, and one heading ("Flooring" over four model names) must not outvote the names
    of the page ("Desk lamp", "Pendant lamp") to type an unnamed product among them. Where no
    name types anything ("Unga wa Ngano" under a grocer's heading), the section's type may
    still spread."""
    weak = {id(p) for p in products if weak_name_type(p.name) == p.product_type}
    confirmed = {p.product_type for p in products if id(p) not in weak}
    for product in products:  # "Extra Super Light" strings, no lamp among them: no type
        if id(product) in weak and product.product_type not in confirmed:
            product.product_type = "other"
    by_page: dict[int, list[Product]] = {}
    for product in products:
        by_page.setdefault(product.page, []).append(product)
    whole = _prevailing(products, own)
    for listed in by_page.values():
        typed = [p.product_type for p in listed if p.product_type != "other"]
        kind = _prevailing(listed, own) if len(typed) >= PREVAILING_MIN else whole
        for product in listed:
            if kind is not None and product.product_type == "other":
                product.product_type = kind


def _prevailing(products: list[Product], own: dict[int, str]) -> str | None:
    """The type the products prevailingly have, unless only a minority of the types their own
    names or texts give is that one (fewer than half of them)."""
    kind = prevailing_type(p.product_type for p in products)
    named = [own[id(p)] for p in products if p.product_type != "other" and own[id(p)] != "other"]
    if kind is not None and 2 * named.count(kind) < len(named):
        return None
    return kind


MIN_BILINGUAL_NAMES = 3  # products of a page named "name / translation" at least
BILINGUAL_SHARE = 0.6  # share of the page's products so named
_NAME_HALF = re.compile(r"(?=.*[^\W\d_]{2})[^/]+")  # a name's half: letters, no slash


def _bilingual_names(products: list[Product]) -> None:
    """Names printed in two languages on one line ("Nasi Lemak Ayam / Spiced Chicken Nasi
    Lemak"), as most products of a page are (a bilingual menu or price list): the first is
    the name, the other its translation (an other name). A name alone so set ("Black /
    White") keeps its slash, and so do a finish's colours ("Desk, light grey / black")."""
    by_page: dict[int, list[Product]] = {}
    for product in products:
        by_page.setdefault(product.page, []).append(product)
    for listed in by_page.values():
        halves = {}
        for product in listed:
            parts = [p.strip() for p in product.name.split(" / ")]
            # each half a name of its own, opening with a capital (not a finish's colours
            # after a comma: "Bench desk, light grey / black")
            if (
                len(parts) == 2
                and all(_NAME_HALF.fullmatch(p) and p[:1].isupper() for p in parts)
                and "," not in parts[0]
            ):
                halves[id(product)] = parts
        if len(halves) < MIN_BILINGUAL_NAMES or len(halves) < BILINGUAL_SHARE * len(listed):
            continue
        for product in listed:
            if id(product) in halves:
                first, other = halves[id(product)]
                product.name = first
                names = [n for n in (product.attributes.get("other names", ""), other) if n]
                product.attributes["other names"] = "; ".join(names)


MIN_TITLED_PAGES = 2  # pages of titled entries that make their style the document's


def _fewer_titled_entries(
    document: DocumentLayout, by_page: dict[int, list[Product]], own: set[int]
) -> None:
    """A lookbook's or catalogue's page of fewer titled entries than a page needs alone (a
    look of two garments), in the style that heads the titled entries of at least
    `MIN_TITLED_PAGES` other pages: read as titled entries, in place of what only the
    document's flow gave it."""
    pages = {page.page_number: page for page in document.pages}
    titled = {n: entry_styles(pages[n], by_page[n]) for n in own if n in by_page}
    if sum(1 for styles in titled.values() if styles) < MIN_TITLED_PAGES:
        return
    styles = set().union(*titled.values())
    for number in by_page:
        if number in own:
            continue
        entries = titled_entries(pages[number], set(), least=1, styles=styles)
        if entries:
            by_page[number] = entries


class _Sections:
    """The heading a product sits under: the last one above it on its page, or else the last
    one of the pages before (a grid running on under its section's title). On a page of
    columns or of cards side by side, the heading over the product's own column: a card's
    title ("DANGER HIGH VOLTAGE") heads only the card beneath it, not its neighbours at the
    same height; where no heading stands over the product's width, the last one above it that
    is no such title of a column (a heading with another beside it at its height)."""

    def __init__(self, document: DocumentLayout) -> None:
        self.headings: dict[int, list[Block]] = {}
        for page in document.pages:
            self.headings[page.page_number] = [
                b for b in page.blocks if b.kind == "heading" and len(b.text.split()) <= 6
            ]
        self.pages = sorted(self.headings)
        self.beside = {  # headings side by side at one height: each titles its own column
            id(h)
            for heads in self.headings.values()
            for h in heads
            for o in heads
            if o is not h
            and min(h.bbox[3], o.bbox[3]) > max(h.top, o.top)
            and min(h.bbox[2], o.bbox[2]) <= max(h.bbox[0], o.bbox[0])
        }

    def above(self, product: Product) -> str:
        same = [h for h in self.headings.get(product.page, []) if h.top <= product.bbox[1]]
        left, right = product.bbox[0], product.bbox[2]
        over = [h for h in same if min(h.bbox[2], right) - max(h.bbox[0], left) > 1]
        same = over or [h for h in same if id(h) not in self.beside]
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
    # a table's first or last row left out as loose blocks (a cell wrapped over two lines)
    page, left_out = rows_left_out(page, set())
    page, parts = parts_joined(page, left_out)  # a table cut in two, its titles over one row
    left_out |= parts
    blocks = page.blocks
    products: list[Product] = []
    used = unoffered_tables(page)  # market data, timetables: rows, but no articles
    used |= left_out
    # a name over rows that print only a variant (a vintage, a size), a code and a price: read
    # before the tables, which would name those rows by the section's heading
    products += variant_rows(page, used)
    used |= {i for p in products for i in p.block_indexes}
    products += variant_lines(page, used)  # the variants on one line: "2 kg 4 990 Ft · 7,5 kg …"
    used |= {i for p in products for i in p.block_indexes}
    products += shelf_products(page, used)  # items drawn on shelves, a ticket under each
    used |= {i for p in products for i in p.block_indexes}
    products += element_cells(page, used)  # a grid of cells: number, symbol, name, price
    used |= {i for p in products for i in p.block_indexes}
    products += turned_name_products(page, used)  # named along them, a table column each
    used |= {i for p in products for i in p.block_indexes}
    for index, block in enumerate(blocks):
        if block.kind == "table" and block.rows and index not in used:
            above = header_above(page, index)
            # first a part's price ladder ("1+ / 10+ / 100+") beside its lines: one product;
            # then a family's variants (a size and a code a row, no column naming them): the
            # table's other columns would be taken for names
            # a sheet of shelf-edge labels: its columns are the labels
            around = [b.text for b in blocks if b.kind != "table"]
            rows = label_sheet(block, page.page_number, index, around)
            rows = rows or price_ladders(block, page.page_number, index)
            # one code over a few prices by what is sold ("Mint set", "Used set"): one item
            rows = rows or offer_box(page, index)
            used |= ladder_foot(page, index, rows)
            rows = rows or family_rows(
                block, page.page_number, index, above, family_title(page, index)
            )
            # cards side by side (tiles in a row), their lines level: a column (or two) a card
            rows = rows or card_columns(block, page.page_number, index)
            rows = rows or table_products(
                block, page.page_number, index, above, title_above(page, index)
            )
            # a model's elements priced by fabric group: named by the model's heading
            rows = rows or finish_group_rows(
                block, page.page_number, index, model_heading(page, index), above
            )
            named = None if rows else names_over_columns(page, index)
            if named is not None:  # a comparison's models named apart, over its columns
                block = replace(block, rows=[named[0], *(block.rows or [])])
            if not rows and named is None and transposable(block):
                rows = variant_columns(block, page.page_number, index, family_title(page, index))
            if not rows and (named is not None or transposable(block)):
                # a card's name wrapped before its unit ("... 38" over "mm"): put back
                block, run_on = units_run_on(page, index, block)
                used |= run_on
                # two cards side by side make a table of two columns: two products
                rows = table_products(
                    transposed(block),
                    page.page_number,
                    index,
                    least=MIN_TABLE_ROWS,
                    models_first=True,
                )
                prices_under(page, index, rows)
            rows = rows or sectioned_list(block, page.page_number, index, titles or Counter())
            # price columns titled only by a title over them all (their own turned, lost)
            rows = rows or spanned_price_rows(page, index)
            if rows:
                products += rows
                used.add(index)
                used |= named[1] if named is not None else set()
                used |= table_heads(page, index)  # its heading under a photo: no caption
    one_row, one_row_blocks = single_row_tables(page, used)  # one accessory, set as text
    products += one_row
    used |= one_row_blocks
    loose_tiers = text_tiers(page, used)  # a scan's tier tables, no captions of the photos
    captioned, weak, caption_blocks = captioned_photos(
        page, used | {n for members, _, _ in loose_tiers for n in members}
    )
    linked, completed = linked_columns(page, captioned + weak, set())
    if linked:  # a comparison table of the models on the cards: their columns complete them
        products = [p for p in products if not set(p.block_indexes) & linked]
        used |= linked
        promoted = [p for p in weak if p in completed and p.prices]
        captioned += promoted + [p for p in completed if p not in weak and p not in captioned]
        weak = [p for p in weak if p not in promoted]
    tiered = priced_by_tiers(
        page, captioned + weak, used, loose_tiers
    )  # prices by quantity under each
    if tiered:
        captioned += [p for p in weak if p.prices]
        weak = [p for p in weak if not p.prices]
        used |= tiered
    products += captioned
    uncaptioned = set(used)
    used |= caption_blocks
    lots = lot_entries(page, used)  # an auction's lots: a number, a description, an estimate
    products += lots
    used |= {i for p in lots for i in p.block_indexes}
    if not products:
        records = record_entries(page, used)  # an export's "field ..... value" records
        if records:
            return records, []
        sheets = titled_spec_tables(page, used)  # several data sheets (entries) on one page
        if sheets:
            return sheets, []
        sheet = data_sheet(page, used)
        if sheet is not None:
            return [sheet], []
    entries = run_in_entries(page, used) or priced_entries(page, used)
    if not products:
        # a menu's leader lines are read from table cells too (a row the table finder took)
        leadered = leader_entries(page, used)
        entries = leadered if len(leadered) > len(entries) else entries
    products += entries
    if not products:
        products += translated_entries(page, used)
    if not products:
        products += credit_entries(page, used)  # a story's credits, numbered in its prose
    if not products:
        products += titled_entries(page, used)
    elif any(p.source == "table_row" for p in products):
        products += _priced_boxes(page, uncaptioned, products)
    elif captioned and len(products) == len(captioned):
        # labels set straight on a room photo beside others set under photos of their own
        taken = {i for p in captioned for i in p.block_indexes}
        products += titled_entries(page, used | taken) or _cards_left(page, uncaptioned, taken)
    return _translations(products), weak


def _priced_boxes(page: PageLayout, used: set[int], found: list[Product]) -> list[Product]:
    """Beside a page's price tables, entries of a style of their own, each a title with its
    price on its row and its details under it (a butcher's BBQ packages beside the à la carte
    list): titled entries, when each of them, `MIN_TITLED_ENTRIES` at least, carries a
    price; fewer when each carries a code by its label and a price (a stamp maker's two models
    above the accessories' table: "Kod: TR-46040", "brutto 80,00 zł"); those of blocks
    another form read (a photo's caption) are that form's."""
    entries = titled_entries(page, used)
    if len(entries) < MIN_TITLED_ENTRIES:
        few = titled_entries(page, used, least=1, share=0.0)
        entries = [p for p in few if p.codes and p.prices]
    elif not all(p.prices for p in entries):
        return []
    taken = {i for p in found for i in p.block_indexes}
    return [p for p in entries if not set(p.block_indexes) & taken]


def _cards_left(page: PageLayout, used: set[int], taken: set[int]) -> list[Product]:
    """Cards alike whose photo captions gave most of their products: the few left (a photo
    not found, a price OCR garbled) are titled entries of the style that heads them all,
    the captioned cards counting among them; the captioned cards' own entries are dropped.
    A card left whose entry took, as a price standing beside it, one a captioned card holds
    (that card's code line lost by OCR, its text ends higher than the card left's and the
    price beside both falls to the card left) keeps the rest of its entry."""
    out = []
    for product in titled_entries(page, used):
        shared = [i for i in product.block_indexes if i in taken]
        if shared and not all(_price_alone(page.blocks[i]) for i in shared):
            continue
        if shared:
            taken_prices = {m.group(0) for i in shared for m in _prices_of(page.blocks[i])}
            product.prices = [p for p in product.prices if p not in taken_prices]
            product.block_indexes = [i for i in product.block_indexes if i not in taken]
            if not (product.prices or product.codes):
                continue
        out.append(product)
    return out


def _price_alone(block: Block) -> bool:
    """A one-line block that is only a price ("1 499 kr", "11.50")."""
    text = block.text.strip()
    return len(block.lines) <= 1 and bool(PRICE.fullmatch(text) or BARE_PRICE.match(text))


def _prices_of(block: Block) -> list[re.Match[str]]:
    text = block.text.strip()
    return [*PRICE.finditer(text), *([m] if (m := BARE_PRICE.match(text)) else [])]


def _translations(products: list[Product]) -> list[Product]:
    """Entries side by side that carry the same codes are one product in two languages (a
    bilingual catalog's columns): the first named keeps the other's name as an other name,
    and takes the prices only the other shows."""
    out: list[Product] = []
    for product in products:
        codes = {name_key(c) for c in product.codes}
        twin = next(
            (
                p
                for p in out
                if codes
                and {name_key(c) for c in p.codes} == codes
                and (
                    set(p.block_indexes) & set(product.block_indexes)
                    or (p.bbox[1] < product.bbox[3] and product.bbox[1] < p.bbox[3])
                )
                and name_key(p.name) != name_key(product.name)
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
        twin.block_indexes = unique_ints(twin.block_indexes + product.block_indexes)
    return out


MIN_CODE_CHARS = 4  # letters or digits a code has at least to name one article across pages


def _merge(products: list[Product]) -> list[Product]:
    """The same product on two pages (same name, no contradicting code) is one product; so is
    one listed again without a price under the code of a priced product on another page (an
    index or an order list naming it as the scan misread it: "AlmondDrink 425647")."""
    out: list[Product] = []
    by_key: dict[str, Product] = {}
    by_code: dict[str, Product] = {}
    for product in products:
        owners = [by_code.get(c) for c in product.codes]
        listed = owners[0] if owners else None
        if not (listed is not None and all(owner is listed for owner in owners)):
            listed = _misread_listing(product, out)
        if (
            listed is not None
            and not product.prices
            and listed.page != product.page
            and all(sum(ch.isalnum() for ch in c) >= MIN_CODE_CHARS for c in product.codes)
        ):
            listed.sizes = unique_texts([*listed.sizes, *product.sizes])
            continue
        if product.prices:
            for code in product.codes:
                by_code.setdefault(code, product)
        twin = by_key.get(name_key(product.name))
        if twin is not None and (
            not (twin.codes and product.codes) or set(twin.codes) & set(product.codes)
        ):
            twin.codes = unique_texts([*twin.codes, *product.codes])
            twin.prices = unique_texts([*twin.prices, *product.prices])
            twin.sizes = unique_texts([*twin.sizes, *product.sizes])
            twin.attributes = {**product.attributes, **twin.attributes}
            twin.confidence = round(min(1.0, max(twin.confidence, product.confidence) + 0.02), 4)
            continue
        by_key.setdefault(name_key(product.name), product)
        out.append(product)
    return out


def _misread_listing(product: Product, earlier: list[Product]) -> Product | None:
    """The one product of another page an unpriced entry lists again under its code as a
    scan's OCR misread it on one of the two pages ("$1-9037" in a back page's index for the
    card's "SI-9037"), or under its very code when OCR lost the card's price: its every code
    `misread_as` one of that product's, and the two names sharing a word (an index names
    what it lists). None when no product or more than one fits."""
    if product.prices or not product.codes:
        return None
    words = _name_words(product.name)
    fits = [
        p
        for p in earlier
        if p.page != product.page
        and p.codes
        and all(any(misread_as(c, o) for o in p.codes) for c in product.codes)
        and words & _name_words(p.name)
    ]
    return fits[0] if len(fits) == 1 else None


def _name_words(name: str) -> set[str]:
    """A name's words of three letters or more, lower case."""
    return {w for w in name_key(name).split() if sum(c.isalpha() for c in w) >= 3}
