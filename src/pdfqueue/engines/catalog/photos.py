"""Captioned photos as products: text right under a photo (or, in a list layout, right beside
it) that holds a name and an article code or a price; and a document's photos captioned
underneath with a short name and description each, when at least `MIN_GRID` of them do (a grid
without codes or prices)."""

from __future__ import annotations

import itertools
import re

from pdfqueue.engines.catalog.blocks import (
    CAPTION_KINDS,
    inside,
    line_height_of,
    lines_of,
    photo_figures,
    rows_of_blocks,
)
from pdfqueue.engines.catalog.bylines import is_handle, page_bylines
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.split_prices import SPLIT_PRICE_PROMINENCE, split_price
from pdfqueue.engines.catalog.words import (
    BARE_CODE,
    BARE_PRICE,
    CAPTION_WORD,
    CODE_LABEL,
    KEY_VALUE,
    LABELLED_AMOUNT,
    NAME_MAX_WORDS,
    PRICE,
    SIZE,
    VOLUME_UNITS,
    WEIGHT_UNITS,
    all_caps,
    amount_value,
    branded,
    column_title_role,
    has_digit,
    is_brand,
    is_name,
    is_price,
    is_price_label,
    is_promo_banner,
    is_size,
    offers_price,
    starts_like_a_name,
    strip_evidence,
    unique_texts,
)
from pdfqueue.engines.currencies import ALONE
from pdfqueue.engines.layout import Block, PageLayout, page_space, union

MIN_GRID = 3  # captioned photos without codes or prices that make a product grid
CAPTION_BELOW = 90.0  # points under a photo where its caption lines may be
CAPTION_MAX_LINES = 10  # a hero's caption: brand, name, bullets, model line, price, was, save
CAPTION_BELOW_SHARE = 0.6  # ... or this share of the photo's height, when that is more
CAPTION_BESIDE = 30.0  # points right of a photo where a list layout's text starts
CAPTION_BESIDE_LEFT = 90.0  # points left of a photo where the text set left of it may end
MAX_STACKED_PRICES = 3  # prices a list row may stack at its right edge (per piece, per case)
CAPTION_GAP = 18.0  # points between a photo's caption lines (a wider gap ends the caption)
CAPTION_GAP_LINES = 2.0  # ... or this many of the caption line's heights, when that is more
CAPTION_GAP_PAST_SWATCHES = 3.0  # ... line heights, when the lines past a wider gap give the
# caption its first code or price (set under a row of colour swatches)
NAME_PROMINENCE = 1.15  # a caption line this much larger than the name so far names instead
# words of a name set bold over its description in regular type ("A pair of 18 carat yellow
# gold sapphire and diamond cluster earrings": a jeweller's or a dealer's descriptive name)
BOLD_NAME_MAX_WORDS = 14

_CODE_SHAPE = re.compile(r"^[A-Z]{1,4}-\d{3,8}(?:-[A-Z0-9]{1,3})?$")  # MN-4898-C, TS-8737


def captioned_photos(
    page: PageLayout, used: set[int]
) -> tuple[list[Product], list[Product], set[int]]:
    photos = photo_figures(page)
    if not photos:
        return [], [], set()
    # each text block goes to the nearest photo above it that it sits under
    groups: dict[int, list[int]] = {i: [] for i, _ in photos}
    for index, block in enumerate(page.blocks):
        if index in used or block.kind not in CAPTION_KINDS:
            continue
        best = None
        for i, fig in photos:
            distance = block.top - fig.bottom
            centre = (block.left + block.right) / 2
            # set flush with the photo's left edge, or centred under it (wider than it)
            aligned = fig.left - 10 <= block.left < fig.right or fig.left <= centre <= fig.right
            # a large photo (a hero product's) has a caption as deep as half its height
            below = max(CAPTION_BELOW, CAPTION_BELOW_SHARE * (fig.bottom - fig.top))
            # or set flush with a card's inner edge, the photo centred in the card above it
            in_card = not aligned and _in_card_under(block, fig)
            under = -4 <= distance <= below and (aligned or in_card)
            rank = (in_card, distance)
            if under and centre <= fig.right + 60 and (best is None or rank < best[0]):
                best = (rank, i)
        if best is not None:
            groups[best[1]].append(index)
    _level_with_captions(page, photos, groups, used)
    strong, weak, taken = [], [], set()
    claimed = used | {m for members in groups.values() for m in members}
    alone: list[tuple[int, Block]] = []  # photos with no text under or right of them
    captions: set[int] = set()  # the members of grid captions (weak products)
    for i, fig in photos:
        members = _close_under(page, fig, groups[i])
        beside = False
        if members and all(_evidence_only(page.blocks[m]) for m in members):
            # only the item code under the photo, the name and copy right of it: the code
            # opens the card's foot line, under both (its price at the right)
            right = _beside(page, fig, used)
            others = used | (claimed - set(groups[i]))
            if right and set(members) <= set(_foot_under_card(page, fig, right, others)):
                members, beside = right, True
        card = None
        if not beside and any(_evidence_only(page.blocks[m]) for m in members):
            # its code under the photo, its name beside it, its price at the card's foot
            right = _beside(page, fig, used)
            others = used | (claimed - set(groups[i])) | taken
            card = _card_under_beside(page, fig, i, right, members, others) if right else None
            if card is not None:
                members, beside = card[0], True
        if not members:  # a list layout: the photo on the left, its text on the right
            members, beside = _beside(page, fig, used), True
        if not members:
            alone.append((i, fig))
            continue
        product = card[1] if card is not None else _caption_product(page, fig, i, members)
        if not beside and _set_contents([page.blocks[m] for m in members]):
            # a set's contents listed under its photo, its name and number beside the photo,
            # its price at the card's foot
            found = _named_beside_contents(page, fig, i, members, used, claimed | taken)
            if found is not None:
                members, product = found
                beside = True
        if not beside and product is not None and not (product.codes or product.prices):
            # its codes and price set under a row of colour swatches or icons, a gap wider
            # than a line's
            wider = _close_under(page, fig, groups[i], CAPTION_GAP_PAST_SWATCHES)
            past = [page.blocks[m] for m in wider if m not in members]
            evidence = bool(past) and all(_evidence_only(b) for b in past)
            found = _caption_product(page, fig, i, wider) if evidence else None
            if found is not None and found.name == product.name and (found.codes or found.prices):
                members, product = wider, found
            elif not evidence:
                # a sale flyer's box: its code, its price and the struck one set at the box's
                # foot, below the copy past any gap (the photo's other text, all evidence)
                foot = _card_foot(page, fig, members, claimed - set(groups[i]) | taken)
                found = _caption_product(page, fig, i, [*members, *foot]) if foot else None
                if found is not None and found.name == product.name and found.prices:
                    members, product = [*members, *foot], found
        if product is not None and not beside and _price_label_first(page, fig, members):
            # a card titled over its photo, a price's small label ("On the road") over its
            # big price under the photo: the title names the card, not the label
            above = _name_above(page, fig, claimed | taken)
            titled = [*above, *members]
            found = _caption_product(page, fig, i, titled, title=len(above)) if above else None
            if found is not None and found.prices:
                members, product = titled, found
        if product is None and not beside:  # a card named above its photo, priced below
            above = _name_above(page, fig, claimed | taken)
            if above:
                members = [*above, *members]
                product = _caption_product(page, fig, i, members, title=len(above))
        unproven = product is not None and not (product.codes or product.prices)
        if not beside and (
            _no_caption(page, product, members) or _entries_under(product) or unproven
        ):
            # a remark set under the photo ("Handmade in our workshop.") or a badge hanging
            # below it ("3+ YRS"), the product's name, code and price right of it; or the
            # next section's heading and entries under a list's photo, its row beside it; or
            # a row of option chips under it ("Salmon | Lamb") with neither code nor price,
            # the card's name, code and price beside the photo (taken only with them)
            right = _beside(page, fig, used | set(members))
            aside = _caption_product(page, fig, i, right) if right else None
            if aside is None or not (aside.codes or aside.prices):
                right = _beside(page, fig, used | set(members), spread=True)
                aside = _spread_product(page, fig, i, right)
            if aside is not None and (aside.codes or aside.prices):
                members, product, beside = right, aside, True
        if beside and (product is None or not (product.codes or product.prices)):
            # a list's row beside its thumbnail: style number, name, fabric, sizes, prices
            row = _row_beside(page, fig, used)
            across = _caption_product(page, fig, i, row, row=True) if row else None
            if across is not None and (across.codes or across.prices):
                members, product = row, across
        if beside and (product is None or not (product.codes or product.prices)):
            # a card's text spread down its photo's height: code and price set low
            spread = _beside(page, fig, used, spread=True)
            aside = _spread_product(page, fig, i, spread)
            if aside is not None:
                members, product = spread, aside
        if beside and product is not None and not (product.codes or product.prices):
            # a card's foot line under its photo and the text beside it: the item code at
            # the left, the price at the right (a school or office supplies catalogue's cards)
            foot = _foot_under_card(page, fig, members, used | taken | (claimed - set(groups[i])))
            found = _caption_product(page, fig, i, [*members, *foot]) if foot else None
            if found is not None and found.name == product.name and found.prices:
                members, product = [*members, *foot], found
        if beside and product is not None and product.codes and not product.prices:
            # a list's row: the price set apart at the right, level with the entry
            far = _price_far_right(page, fig, members, used | taken | set(members))
            if far:
                product.prices = [page.blocks[f].text.strip() for f in far]
                product.block_indexes += far
                members = [*members, *far]
        if beside and product is not None and product.codes and not product.prices:
            # a card's name and code at the top beside its photo, its price set low, past a
            # gap, within the photo's height, as large as the name ("Mã SP: DT10234" over
            # "8.490.000₫"; not a fitting charge in small print)
            spread = _beside(page, fig, used, spread=True)
            size = max(page.blocks[m].font_size for m in members)
            low = [
                m
                for m in spread
                if m not in members
                and PRICE.search(page.blocks[m].text)
                and page.blocks[m].font_size >= size
            ]
            aside = _spread_product(page, fig, i, spread) if low else None
            if aside is not None and aside.prices and aside.codes == product.codes:
                members, product = spread, aside
        if product is not None and product.prices and _unit_prices_only(page, members, product):
            # a grocery tile's comparison price ("£0.79 per litre", "soit 26,47 € le kg") is
            # no price of the item: the price on its photo, or set large at the tile's foot, is
            offer = _price_on(page, fig, used | taken)
            if offer is None:
                offer = _tile_foot_price(page, fig, members, photos, used | taken | claimed)
            if offer is not None:
                product.prices = [page.blocks[offer].text.strip()]
                product.block_indexes.append(offer)
                members = [*members, offer]
        if product is not None and not product.prices:  # a price sticker on the photo
            sticker = _price_on(page, fig, used | taken)
            if sticker is not None:
                product.prices = [page.blocks[sticker].text.strip()]
                product.block_indexes.append(sticker)
                members = [*members, sticker]
        if product is not None and not product.prices:  # a roundel: "449" over "kr."
            badge = _badge_price(page, fig, used | taken | set(members))
            if badge is not None:
                product.prices = [badge[1]]
                product.block_indexes.extend(badge[0])
                members = [*members, *badge[0]]
        if product is not None and not beside and product.codes and not product.prices:
            # a slide's cards in a row: the code closing the copy, the price set low, apart
            low = _price_low_in_card(page, fig, members, used | taken | (claimed - set(groups[i])))
            if low is not None:
                product.prices = [page.blocks[low].text.strip()]
                product.block_indexes.append(low)
                members = [*members, low]
        if product is None or (beside and not (product.codes or product.prices)):
            continue
        if product.prices:  # "HEK 96,09 ... UVP 174,72": the further price level with it
            further = _labelled_level(page, members, claimed | taken | set(members))
            product.prices = unique_texts(
                [*product.prices, *(_labelled_amount(page.blocks[n]) for n in further)]
            )
            product.block_indexes.extend(further)
            members = [*members, *further]
        if product.prices and not _unit_prices_only(page, members, product):
            # the item's price found, its comparison price per weight or volume is none
            product.prices = [p for p in product.prices if not _unit_price(page, members, p)]
        if product.codes or product.prices:
            strong.append(product)
            taken.update(members)
        elif _grid_caption(
            product, _caption_lines([page.blocks[m] for m in members], product.name)
        ):
            weak.append(product)
            captions.update(members)
    for product, table in _strip_details(page, weak, used | taken):
        weak.remove(product)
        strong.append(product)
        taken.add(table)
    _prices_by_row_label(page, [p for p in strong if not p.prices], used | taken)
    _prices_in_chips_under(page, [p for p in strong if not p.prices])
    _flag_prices(page, strong)
    _labelled_sizes(page, strong, used | taken)
    # bands alternating sides: the text LEFT of a photo that has none under or right of it,
    # once every other photo has its own text
    for i, fig in alone:
        members = _beside_left(page, fig, used | taken | captions)
        product = _caption_product(page, fig, i, members) if members else None
        if product is not None and _article([page.blocks[m] for m in members], product):
            continue  # a welcome page's text beside its photo, an amount in its sentences
        if product is not None and (product.codes or product.prices):
            strong.append(product)
            taken.update(members)
    return strong, weak, taken


def _level_with_captions(
    page: PageLayout, photos: list[tuple[int, Block]], groups: dict[int, list[int]], used: set[int]
) -> None:
    """A card's foot set on one line (its price large, its article number small beside it) the
    caption's reach under the photo cuts: a block under a photo, within its width, level with
    a block of that photo's caption (their heights overlapping by half the smaller's) joins
    the caption, if it is no other photo's. So does a short line set flush with the caption's
    lines where they start left of a centred photo (a card's "75 ml" under its name, too
    short to reach under the photo), within the caption's reach under it."""
    grouped = {m for members in groups.values() for m in members}
    for index, block in enumerate(page.blocks):
        if index in used or index in grouped or block.kind not in CAPTION_KINDS:
            continue
        for i, fig in photos:
            if block.top < fig.bottom:
                continue
            if fig.left - 4 <= block.left and block.right <= fig.right + 4:
                if any(_level(block, page.blocks[m]) for m in groups[i]):
                    groups[i].append(index)
                    break
            elif _flush_in_card(block, fig, [page.blocks[m] for m in groups[i]]):
                groups[i].append(index)
                break


def _flush_in_card(block: Block, fig: Block, caption: list[Block]) -> bool:
    """A size line starting where a photo's card text starts, left of the photo
    (`_in_card_under` lines among the caption), within a caption's reach under the photo, not
    past its right."""
    below = max(CAPTION_BELOW, CAPTION_BELOW_SHARE * (fig.bottom - fig.top))
    return (
        is_size(block.text)  # a size line ("75 ml"), not a brand's or a heading's
        and block.top - fig.bottom <= below
        and block.right <= fig.right + 4
        and any(
            abs(block.left - line.left) <= FLUSH_TOLERANCE and _in_card_under(line, fig)
            for line in caption
        )
    )


FLUSH_TOLERANCE = 2.0  # points two lines' left edges may differ by and still be set flush


def _level(one: Block, other: Block) -> bool:
    """Two blocks on one line: their heights overlap by half the smaller's at least."""
    overlap = min(one.bottom, other.bottom) - max(one.top, other.top)
    return overlap >= 0.5 * min(one.bottom - one.top, other.bottom - other.top) > 0


VALUE_ROW_MIN = 3  # short values side by side that make a row of values (a card's spec row)
VALUE_MAX_WORDS = 3  # words of such a value ("2200 K", "IP20", "8 W")


def _printed_lines(blocks: list[Block]) -> int:
    """The lines a caption is printed on: a row of at least `VALUE_ROW_MIN` short values set
    side by side (specification values under their icons, the icons a scan read as letters),
    none a price or a code (a labelled one, digits alone), counts once; every other block
    counts its lines."""
    count = 0
    for row in rows_of_blocks(blocks):
        lines = [[line for line in (b.lines or [b.text]) if line.strip()] for b in row]
        values = len(row) >= VALUE_ROW_MIN and all(
            len(own) == 1
            and len(own[0].split()) <= VALUE_MAX_WORDS
            # a row of prices or article numbers is several items' evidence, not one's specs
            and not PRICE.search(own[0])
            and not CODE_LABEL.search(own[0])
            and any(c.isalpha() for c in own[0])
            for own in lines
        )
        count += 1 if values else sum(len(own) for own in lines)
    return count


ARTICLE_MIN_PARAGRAPHS = 2  # paragraphs of prose that make a photo's text an article
PARAGRAPH_MIN_WORDS = 12  # words of a paragraph of prose (ending as a sentence does)


def _article(blocks: list[Block], product: Product) -> bool:
    """Text that is an article, not a caption: `ARTICLE_MIN_PARAGRAPHS` paragraphs of prose
    (a welcome page's "About us"), no code, and every price it gives named inside them ("...
    Overseas postage from £9.50."), none on a line of its own."""
    paragraphs = [
        " ".join(b.text.split())
        for b in blocks
        if len(b.text.split()) >= PARAGRAPH_MIN_WORDS and b.text.strip().endswith((".", "!", "?"))
    ]
    return (
        len(paragraphs) >= ARTICLE_MIN_PARAGRAPHS
        and not product.codes
        and all(any(price in text for text in paragraphs) for price in product.prices)
    )


CARD_INSET = 1.0  # photo widths left of a photo where the text of its card may start
CARD_REACH = 0.25  # share of the photo's width a card's text line reaches under it


def _in_card_under(block: Block, fig: Block) -> bool:
    """A text line starting left of a photo (at most `CARD_INSET` of its widths) and
    reaching under it: a card's text set flush with the card's edge, the photo centred."""
    width = fig.right - fig.left
    return (
        fig.left - CARD_INSET * width <= block.left < fig.left
        and block.right >= fig.left + CARD_REACH * width
    )


def _prices_by_row_label(page: PageLayout, products: list[Product], used: set[int]) -> None:
    """A comparison table with the products as columns under their photos: a row titled
    "Price" (a label left of every photo) holds each column's price, level with the label,
    in the column of the product's photo. Gives those products their prices."""
    if not products:
        return
    figures = [page.blocks[p.block_indexes[0]] for p in products]  # each one's photo
    left_edge = min(f.left for f in figures)
    for block in page.blocks:
        if block.right > left_edge or column_title_role(block.text) != "price":
            continue
        if len(block.text.split()) > 3:
            continue
        centre = (block.top + block.bottom) / 2
        for index, other in enumerate(page.blocks):
            text = other.text.strip()
            level = abs((other.top + other.bottom) / 2 - centre) <= line_height_of(block)
            if index in used or not level or not (is_price(text) and PRICE.match(text)):
                continue
            for product, fig in zip(products, figures, strict=True):
                if fig.left - 4 <= other.left < fig.right and not product.prices:
                    product.prices = [text]
                    product.block_indexes.append(index)


def _prices_in_chips_under(page: PageLayout, products: list[Product]) -> None:
    """Price chips under boxes set side by side: each chip a price's label over its price
    ("One-time purchase" over "$18.99", "Subscribe & Save" over "$17.09"), a row of them
    under the boxes, read as one table of labels over prices. A product without a price
    takes the prices of the chips under it (their columns within its box), left to right."""
    for block in page.blocks:
        rows = block.rows or []
        if block.kind != "table" or len(rows) != 2 or not block.columns:
            continue
        labels, prices = rows
        if not (
            all(is_price_label(c) for c in labels)
            and len(prices) == len(labels) == len(block.columns)
            and all(is_price(c) for c in prices)
        ):
            continue
        chosen: dict[int, list[str]] = {}
        boxes = [_with_photo(page, p) for p in products]
        for price, (start, end) in zip(prices, block.columns, strict=True):
            centre = (start + end) / 2
            # the box right over the chip: the nearest product above it, within its width,
            # the chip no farther under it than the box is tall (its option chips between)
            over = [
                (block.top - bottom, n)
                for n, (left, top, right, bottom) in enumerate(boxes)
                if left - 4 <= centre <= right + 4 and 0 <= block.top - bottom + 2 <= bottom - top
            ]
            if over:
                chosen.setdefault(min(over)[1], []).append(price)
        for n, chips in chosen.items():
            if not products[n].prices:
                products[n].prices = chips


# the label of a product's sizes, perhaps saying which ("Frame sizes:", "Size:", "Größen:")
_SIZES_LABEL = re.compile(
    r"^(?:[^\W\d_]+\s)?(?:sizes?|größen?|grössen?|tailles?|tallas?|taglie|taglia|maten|"
    r"storlek(?:ar)?|rozmiary?)\s*:$",
    re.I,
)


def _labelled_sizes(page: PageLayout, products: list[Product], used: set[int]) -> None:
    """The sizes a product comes in, labelled under its photo, outside its caption: a spec
    sheet's "Frame sizes: | S, M, L, XL" (a table of labels and values under a bike's photo)
    or a selector's "Size:" and its chips ("4 lb", "12 lb", "24 lb") on one line. The value
    as printed, or each chip in order, for a product that has no size; the label must say
    sizes (a "Weight:" says no size it is sold in)."""
    for product in products:
        first = page.blocks[product.block_indexes[0]] if product.block_indexes else None
        if product.sizes or first is None or first.kind != "figure":
            continue
        reach = first.bottom + (first.bottom - first.top)
        left, _, right, _ = _with_photo(page, product)
        under = [
            (i, b)
            for i, b in enumerate(page.blocks)
            if i not in product.block_indexes
            and first.bottom <= b.top <= reach
            and left - 4 <= b.left < right
        ]
        for i, block in under:
            if block.kind == "table":
                values = [
                    row[n + 1].strip()
                    for row in block.rows or []
                    for n, cell in enumerate(row[:-1])
                    if _SIZES_LABEL.match(cell.strip()) and row[n + 1].strip()
                ]
            elif i not in used and _SIZES_LABEL.match(block.text.strip()):
                chips = [
                    b
                    for j, b in enumerate(page.blocks)
                    if j != i and j not in used and _level(b, block) and b.left > block.right
                ]
                values = [b.text.strip() for b in sorted(chips, key=lambda b: b.left)]
                # the chips up to the first that is no size ("price shown for 4 lb": a note)
                values = list(itertools.takewhile(is_size, values))
            else:
                continue
            if values:
                product.sizes = values
                break


FLAG_BESIDE = 30.0  # points right of a photo where a price flag along the card's edge may stand


def _flag_prices(page: PageLayout, products: list[Product]) -> None:
    """A price printed on a small flag turned along a card's right edge, beside its photo
    (an office supplies catalogue's cards): the layout keeps turned text apart, so the card
    read without it. A turned price alone, right of the photo and level with it, is the
    card's price, before any it has (a "5+ £16.95" quantity price in the card's text). On a
    scan the figure finder may take the flag and the photo for one picture: a flag inside the
    picture's right half, ending near its right edge, is beside the photo too."""
    flags = [b for b in page.turned if PRICE.fullmatch(b.text.strip())]
    for product in products:
        first = page.blocks[product.block_indexes[0]] if product.block_indexes else None
        if first is None or first.kind != "figure":
            continue
        middle = (first.left + first.right) / 2
        beside = [
            f
            for f in flags
            if (
                0 <= f.left - first.right <= FLAG_BESIDE
                or (middle < f.left and abs(f.right - first.right) <= FLAG_BESIDE)
            )
            and first.top <= (f.top + f.bottom) / 2 <= first.bottom
        ]
        if len(beside) == 1:
            product.prices = unique_texts([beside[0].text.strip(), *product.prices])


def _with_photo(page: PageLayout, product: Product) -> tuple[float, float, float, float]:
    """A product's box and its photo's together (its first block), in the page's frame."""
    first = page.blocks[product.block_indexes[0]] if product.block_indexes else None
    boxes = [product.bbox, *([first.bbox] if first is not None and first.kind == "figure" else [])]
    return union(boxes)


# a weight or volume and an equals sign right before a price: "1 kg = ", "100 g = ", "1 l ="
_MEASURE_EQUALS = re.compile(
    rf"(?<![\w,.])\d+(?:[.,]\d+)?\s?(?:{WEIGHT_UNITS}|{VOLUME_UNITS})\s?=\s*$", re.I
)
# what a comparison price is for: a weight or a volume ("per litre", "le kg", "/100 g")
_PER_MEASURE = re.compile(
    r"^\s*(?:per|pro|je|le|la|el|al|il|a|à|za|/)?\s*(?:100\s?|1\s?)?"
    rf"(?:{WEIGHT_UNITS}|{VOLUME_UNITS}|litre|liter|litro|lt|kilo)\b",
    re.I,
)


def _unit_prices_only(page: PageLayout, members: list[int], product: Product) -> bool:
    """Whether every price a product took is a comparison price: followed, where its caption
    prints it, by the weight or volume it is for ("£0.79 per litre")."""
    return all(_unit_price(page, members, price) for price in product.prices)


def _unit_price(page: PageLayout, members: list[int], price: str) -> bool:
    """Whether a price is followed, where the caption prints it, by the weight or volume it is
    for ("£0.79 per litre", "26,47 € le kg"), or preceded by it and an equals sign ("1 kg =
    40,90 zł", as Polish and German shops print the price per kilo); a measure that opens the
    next price's ("4,09 zł" over "1 kg = 40,90 zł") is not this one's."""
    text = " ".join(page.blocks[m].text for m in members)
    at = text.find(price)
    if at < 0:
        return False
    if _MEASURE_EQUALS.search(text[:at]):
        return True
    after = _PER_MEASURE.match(text[at + len(price) :])
    return bool(after) and not text[at + len(price) + after.end() :].lstrip().startswith("=")


TILE_PRICE_PROMINENCE = 1.5  # a tile's price is set this much larger than its caption at least


def _tile_foot_price(
    page: PageLayout,
    fig: Block,
    members: list[int],
    photos: list[tuple[int, Block]],
    used: set[int],
) -> int | None:
    """The price set large at the foot of a photo's tile: a one-line block that is only a
    price, under the photo's caption and above the next photo down, across the photo's width,
    larger than the caption's type (the nearest of several)."""
    if not members:
        return None
    bottom = max(page.blocks[m].bottom for m in members)
    size = min(page.blocks[m].font_size for m in members)
    below = [
        f.top for _, f in photos if f.top > fig.bottom and f.left < fig.right and fig.left < f.right
    ]
    floor = min(below, default=page.height)
    found = []
    for index, block in enumerate(page.blocks):
        text = block.text.strip()
        if index in used or index in members or block.kind not in CAPTION_KINDS:
            continue
        if len(block.lines) > 1 or not (is_price(text) and PRICE.fullmatch(text)):
            continue
        centre = (block.left + block.right) / 2
        if (
            bottom <= block.top < floor
            and fig.left <= centre <= fig.right
            and block.font_size >= TILE_PRICE_PROMINENCE * size
        ):
            found.append(index)
    return min(found, key=lambda i: page.blocks[i].top, default=None)


def _price_on(page: PageLayout, fig: Block, used: set[int]) -> int | None:
    """A price printed on a photo (a sticker, a badge in its corner): a one-line block that
    is only a price, lying inside the photo's box; of several, the largest, and never the
    price of a multi-buy roundel ("2 for" over "£3": the deal's, not the item's)."""
    found: list[int] = []
    for index, block in enumerate(page.blocks):
        text = block.text.strip()
        if index in used or block.kind not in CAPTION_KINDS or len(block.lines) > 1:
            continue
        priced = (is_price(text) and PRICE.match(text)) or _PENCE.match(text)
        if priced and inside(block, fig):
            found.append(index)
    found = [i for i in found if not _deal_over(page, fig, page.blocks[i])]
    return max(found, key=lambda i: page.blocks[i].font_size, default=None)


_BADGE_AMOUNT = re.compile(r"^\d{1,3}(?:[ .]\d{3})*(?:[.,]\d{2}|,-)?$")


def _badge_price(page: PageLayout, fig: Block, used: set[int]) -> tuple[list[int], str] | None:
    """A price badge on a photo set as two blocks: a bare amount and, right under it or
    beside it, its currency alone ("449" over "kr."), both inside the photo's box: the
    photo's price, read as one ("449 kr."); None unless exactly one badge is there."""
    found: list[tuple[list[int], str]] = []
    for index, block in enumerate(page.blocks):
        text = block.text.strip()
        if index in used or block.kind not in CAPTION_KINDS or not _BADGE_AMOUNT.match(text):
            continue
        if not inside(block, fig):
            continue
        height = line_height_of(block)
        for other, mark in enumerate(page.blocks):
            if other in used or other == index or not ALONE.match(mark.text.strip()):
                continue
            under = 0 <= mark.top - block.bottom <= height and (
                mark.left < block.right and block.left < mark.right
            )
            beside = 0 <= mark.left - block.right <= height and (
                mark.top < block.bottom and block.top < mark.bottom
            )
            if (under or beside) and inside(mark, fig):
                found.append(([index, other], f"{text} {mark.text.strip()}"))
                break
    return found[0] if len(found) == 1 else None


def _price_far_right(page: PageLayout, fig: Block, members: list[int], used: set[int]) -> list[int]:
    """A list's row (a photo, its text beside it) with its price set apart at the row's right
    edge: the one block that is only a price, right of where the entry's text starts, level
    with the photo or the text beside it, no other photo between (the next column's entry's
    price beyond it is that entry's); or its prices stacked there one over the other, a line
    each ("8,03 €/ud." over "96,36 €/caja"), top first. None when there are none or several
    side by side (a row of cards, each priced)."""
    text_left = min(page.blocks[m].left for m in members)
    bottom = max(fig.bottom, *(page.blocks[m].bottom for m in members))
    found = [
        index
        for index, block in enumerate(page.blocks)
        if index not in used
        and block.kind in CAPTION_KINDS
        and len(lines_of([block])) == 1
        and is_price(block.text.strip())
        and PRICE.match(block.text.strip())
        and block.left > text_left
        and fig.top - line_height_of(block) <= block.top
        and block.bottom <= bottom + line_height_of(block)
    ]
    found = [
        i
        for i in found
        if not any(
            b.kind == "figure"
            and b is not fig
            and b.left >= fig.right - 2
            and b.top < bottom
            and b.bottom > fig.top
            and b.left < page.blocks[i].left
            for b in page.blocks
        )
    ]
    stacked = all(
        page.blocks[a].left < page.blocks[b].right and page.blocks[b].left < page.blocks[a].right
        for a, b in itertools.combinations(found, 2)
    )
    if len(found) == 1 or (1 < len(found) <= MAX_STACKED_PRICES and stacked):
        return sorted(found, key=lambda i: page.blocks[i].top)
    return []


def _price_low_in_card(
    page: PageLayout, fig: Block, members: list[int], used: set[int]
) -> int | None:
    """A card's price set low in its column, past a gap under its caption (a presentation's
    cards in a row, "Cod. AU-2210-NR" closing the copy, "€ 1.290,00" centred far below): the
    one block under the caption that is only a price, within the photo's width, no further
    below than the photo is high, no other photo between; None when none or several."""
    bottom = max(page.blocks[m].bottom for m in members)
    reach = bottom + fig.bottom - fig.top
    found = [
        index
        for index, block in enumerate(page.blocks)
        if index not in used
        and index not in members
        and block.kind in CAPTION_KINDS
        and len(lines_of([block])) == 1
        and PRICE.fullmatch(block.text.strip())
        and bottom <= block.top
        and block.bottom <= reach
        and fig.left - 2 <= block.left
        and block.right <= fig.right + 2
    ]
    if len(found) != 1:
        return None
    top = page.blocks[found[0]].top
    between = any(
        b.kind == "figure"
        and b is not fig
        and bottom <= b.top < top
        and b.left < fig.right
        and fig.left < b.right
        for b in page.blocks
    )
    return None if between else found[0]


def _labelled_amount(block: Block) -> str:
    """The amount of a block that is one line, a price label and a bare amount ("UVP 174,72");
    else ""."""
    lines = lines_of([block])
    match = LABELLED_AMOUNT.match(lines[0].strip()) if len(lines) == 1 else None
    return match.group("amount") if match else ""


def _labelled_level(page: PageLayout, members: list[int], used: set[int]) -> list[int]:
    """The blocks set level right of a caption's labelled price ("HEK 96,09"), each a labelled
    price too ("UVP 174,72": the shop's price beside the dealer's), no photo between."""
    out: list[int] = []
    for m in members:
        block = page.blocks[m]
        if not _labelled_amount(block):
            continue
        middle, height = (block.top + block.bottom) / 2, line_height_of(block)
        for index, other in enumerate(page.blocks):
            if index in used or index in out or other.kind not in CAPTION_KINDS:
                continue
            if (
                other.left <= block.right
                or abs((other.top + other.bottom) / 2 - middle) > 0.6 * height
            ):
                continue
            if not _labelled_amount(other):
                continue
            between = any(
                b.kind == "figure"
                and block.right <= b.left < other.left
                and b.top < other.bottom
                and b.bottom > other.top
                for b in page.blocks
            )
            if not between:
                out.append(index)
    return out


_PENCE = re.compile(r"^\d{1,2}p$")  # a sticker's price in pence: "91p" (a shop's, on its own)
_MULTI_BUY = re.compile(r"(?:^|\s)\d+\s*for$", re.I)  # "2 for" over "£3", "3 for" over "2"


def _deal_over(page: PageLayout, fig: Block, price: Block) -> bool:
    """A multi-buy's head ("2 for") set on the photo right over the price, overlapping it."""
    return any(
        _MULTI_BUY.search(b.text.strip())
        and inside(b, fig)
        and 0 <= price.top - b.bottom <= line_height_of(b)
        and b.left < price.right
        and price.left < b.right
        for b in page.blocks
    )


def _beside_left(page: PageLayout, fig: Block, used: set[int]) -> list[int]:
    """The blocks left of a photo, level with it, with nothing between them and it, when the
    nearest of them ends within `CAPTION_BESIDE_LEFT` of the photo; top down, up to a wide
    gap (`_beside`, mirrored: a ragged right edge leaves a wider gap than a left one)."""
    level = [
        i
        for i, b in enumerate(page.blocks)
        if i not in used
        and b.kind in CAPTION_KINDS
        and b.right <= fig.left + 2
        and fig.top - max(4.0, line_height_of(b)) <= b.top < fig.bottom
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
        if not is_name(" ".join(lines_of([block]))):
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
            and b.kind in CAPTION_KINDS
            and abs(b.left - first.left) <= 6
            and -0.5 * line_height_of(first) <= first.top - b.bottom <= line_height_of(first)
        ]
        names = [" ".join(lines_of([page.blocks[i] for i in [m, *out]])) for m in more]
        lines = len(lines_of([page.blocks[i] for i in out]))
        if len(more) != 1 or lines >= 3 or not is_name(names[0]):
            return out
        over = page.blocks[more[0]]
        if over.kind == "heading" and over.font_size >= TITLE_OVER_TAGLINE * first.font_size:
            # the card's title, set far larger, over a tagline a scan's OCR cut short enough
            # to read as a name ("Exe 430 Compact" over "Front lounge, ce"): the title names
            if len(out) == 1 and is_name(over.text):
                return [more[0]]
            return out
        out.insert(0, more[0])


PRICE_OVER_LABEL = 2.0  # times a price's small label over it its type is set at least


def _price_label_first(page: PageLayout, fig: Block, members: list[int]) -> bool:
    """Whether the caption under a photo opens with a price's label: one short line in
    regular type ("On the road", "Ex-display, one only") right over a price alone set at
    least `PRICE_OVER_LABEL` times as large, and no other photo level with this one (a
    card of its own on its row, not a grid's cell under a section's heading). Such a line
    qualifies the price; the card's title, when one is set over the photo, names it."""
    if len(members) < 2:
        return False
    label, price = page.blocks[members[0]], page.blocks[members[1]]
    amounts = price.text.split()
    if len(label.lines) > 1 or label.bold or not amounts or not all(map(is_price, amounts)):
        return False
    if price.font_size < PRICE_OVER_LABEL * label.font_size:
        return False
    height = fig.bottom - fig.top
    return not any(
        other is not fig and abs(other.top - fig.top) <= 0.25 * height
        for _, other in photo_figures(page)
    )


def _set_contents(blocks: list[Block]) -> bool:
    """Text under a photo that lists what the item holds, not its caption: a label ending in
    a colon ("Zawartość zestawu:", "Contents:", "Im Set:") over bulleted lines (list items):
    a set's contents or a feature list, none of them the item's name."""
    if blocks and len(blocks[0].lines) >= 2:
        # the label and its list's first lines read as one block (a scan's OCR, bullets it
        # could not read), the rest of the list under it
        label = blocks[0].lines[0].strip()
        return (
            len(blocks[0].lines) + len(blocks) >= 4
            and label.endswith(":")
            and len(label.split()) <= CONTENTS_LABEL_WORDS
            and all(b.kind == "list_item" for b in blocks[1:])
        )
    return (
        len(blocks) >= 2
        and blocks[0].text.strip().endswith(":")
        and len(blocks[0].text.split()) <= CONTENTS_LABEL_WORDS
        and all(b.kind == "list_item" for b in blocks[1:])
    )


CONTENTS_LABEL_WORDS = 4  # words of the label over a set's contents ("What's in the box:")


def _named_beside_contents(
    page: PageLayout,
    fig: Block,
    index: int,
    contents: list[int],
    used: set[int],
    claimed: set[int],
) -> tuple[list[int], Product] | None:
    """(members, product) of a photo whose contents are listed under it: the name and code
    set beside the photo, the price at the foot under the contents; None unless the text
    beside gives a name with a code."""
    right = _beside(page, fig, used | set(contents))
    aside = _caption_product(page, fig, index, right) if right else None
    if aside is None or not aside.codes:
        return None
    foot = _card_foot(page, fig, contents, claimed | set(right))
    first = page.blocks[right[0]]
    lines = lines_of([first])
    wrapped = (  # the bold name wrapped over a few lines beside the photo: one name
        (first.bold or _set_larger(page, right))
        and 1 < len(lines) <= TITLE_MAX_LINES
        and is_name(" ".join(lines))
        and not any(PRICE.search(line) or CODE_LABEL.search(line) for line in lines)
    )
    product = _caption_product(page, fig, index, [*right, *foot], title=1 if wrapped else 0)
    if product is None:
        return None
    product.block_indexes.extend(contents)
    return [*right, *foot, *contents], product


TITLE_OVER_TAGLINE = 1.8  # times a tagline's type a card's title over it is set at least
SET_LARGER = 1.15  # times the type of the line under it a scanned name's type is at least


def _set_larger(page: PageLayout, right: list[int]) -> bool:
    """On a scanned page (the OCR sees no bold), the first block beside a photo set larger than
    the one under it (a name over its number): the name, as if bold."""
    if page.source != "ocr" or len(right) < 2:
        return False
    first, second = page.blocks[right[0]], page.blocks[right[1]]
    return first.font_size >= SET_LARGER * second.font_size


def _beside(page: PageLayout, fig: Block, used: set[int], spread: bool = False) -> list[int]:
    """The blocks right of a photo, starting level with it, top down, up to a wide gap; with
    `spread`, a gap within the photo's height does not end them (a card's text spread down
    beside its photo: the name at the top, the item number and price at the bottom)."""
    out: list[int] = []
    bottom = None
    candidates = [
        i
        for i, b in enumerate(page.blocks)
        if i not in used
        and b.kind in CAPTION_KINDS
        and 0 <= b.left - fig.right <= CAPTION_BESIDE
        and fig.top - max(4.0, line_height_of(b)) <= b.top < fig.bottom
    ]
    candidates += _run_on(page, candidates, used)
    above: Block | None = None
    for index in sorted(candidates, key=lambda i: page.blocks[i].top):
        block = page.blocks[index]
        # a big price set under small print leaves a gap as wide as its own lines are tall
        gap = _caption_gap(block, above) if _big_price(block.text) else CAPTION_GAP
        within = spread and block.bottom <= fig.bottom + line_height_of(block)
        if bottom is not None and block.top - bottom > gap and not within:
            break
        if len(block.text.split()) > 30:
            break
        out.append(index)
        bottom = block.bottom if bottom is None else max(bottom, block.bottom)
        above = block
    return out


RUN_ON_GAP = 3.0  # line heights between two blocks set on one line that read as one line


def _run_on(page: PageLayout, starts: list[int], used: set[int]) -> list[int]:
    """The blocks that carry on the lines of `starts` to their right: level with one, set
    after it within a short gap, as a line broken by a badge or a change of type is ("MY26"
    then "Art. 26-1813"; a price then the one struck beside it). A list's text beside its
    photo starts close to the photo, but such a line's later parts start farther right."""
    out: list[int] = []
    line = list(starts)
    grown = True
    while grown:
        grown = False
        for i, b in enumerate(page.blocks):
            if i in used or i in line or b.kind not in CAPTION_KINDS:
                continue
            before = page.blocks
            if any(
                _level(b, before[c])
                and 0 <= b.left - before[c].right <= RUN_ON_GAP * line_height_of(before[c])
                for c in line
            ):
                line.append(i)
                out.append(i)
                grown = True
    return out


EVIDENCE_LINE_WORDS = 6  # words of a line of sizes under a caption ("7 gears - 17,9 kg")


def _evidence_only(block: Block) -> bool:
    """Lines that are a caption's evidence and nothing else: each starts with a price
    ("£23.22 per pack"), holds only codes ("BL 810-90 BK 810-25", "Art. 4711") or is a short
    line of sizes ("5 gears - 38,0 kg"), not a sentence that names a price ("Tickets £12 at
    the door")."""
    for line in lines_of([block]):
        text = _FORMER_PRICE.sub("", line).strip()  # "før 5 390,-": the struck price
        if PRICE.match(text) or BARE_PRICE.match(text):
            continue
        if SIZE.search(text) and len(text.split()) <= EVIDENCE_LINE_WORDS:
            continue
        rest = CODE_LABEL.sub("", text).split()
        if not all(has_digit(t) or (t.isupper() and len(t) <= 4) for t in rest):
            return False
        if not any(has_digit(t) for t in text.split()):
            return False
    return True


CARD_FOOT_REACH = 1.5  # photo heights under a photo where a box's foot may end


def _card_foot(page: PageLayout, fig: Block, members: list[int], claimed: set[int]) -> list[int]:
    """The foot of a sale flyer's box under its caption (its code, its price large and the
    struck one small: "Art.nr. 56024", "4 490,-", "før 5 390,-"): the blocks under the
    caption within the photo's width, down to the first that is not evidence or a photo,
    within `CARD_FOOT_REACH` photo heights, when one is a price set as large as the name."""
    bottom = max(page.blocks[m].bottom for m in members)
    reach = fig.bottom + max(CAPTION_BELOW, CARD_FOOT_REACH * (fig.bottom - fig.top))
    below = sorted(
        (
            (index, block)
            for index, block in enumerate(page.blocks)
            if block.top >= bottom
            and block.top <= reach
            and fig.left - 4 <= block.left
            and (block.right <= fig.right + 4 or _price_run_on(page, fig, block))
        ),
        key=lambda item: item[1].top,
    )
    foot: list[int] = []
    for index, block in below:
        if index in claimed or block.kind not in CAPTION_KINDS or not _evidence_only(block):
            break
        foot.append(index)
    # the price set large, as large as the name at least (a small unit price is no foot)
    name_size = max(page.blocks[m].font_size for m in members)
    if not any(
        (_big_price(page.blocks[m].text) or _run_on_prices(page, page.blocks[m].text))
        and page.blocks[m].font_size >= name_size
        for m in foot
    ):
        return []
    return foot


def _foot_under_card(
    page: PageLayout, fig: Block, members: list[int], claimed: set[int]
) -> list[int]:
    """The foot line of a card whose text stands beside its photo: one row of blocks, the
    first text under both the photo and that text within `CAPTION_BELOW`, starting within the
    card's span (the photo's left edge to the text's right edge), each only evidence (an item
    code, a price) and one a price ("ED5219" at the left, "$68.50" at the right). Nothing
    else may lie between the card and its foot, and a row that is not all evidence (a remark,
    the next entry's name) is no foot."""
    texts = [page.blocks[m] for m in members]
    top = max(fig.bottom, *(b.bottom for b in texts))
    right = max(b.right for b in texts)
    below = sorted(
        (
            (index, block)
            for index, block in enumerate(page.blocks)
            if index not in members
            and block.top >= top - 2
            and block.top <= top + CAPTION_BELOW
            and fig.left - 4 <= block.left < right
        ),
        key=lambda item: item[1].top,
    )
    if not below:
        return []
    first = below[0][1]
    row = [
        (index, block)
        for index, block in below
        if abs(block.top - first.top) <= line_height_of(first) / 2
    ]
    if any(
        index in claimed or block.kind not in CAPTION_KINDS or not _evidence_only(block)
        for index, block in row
    ):
        return []
    if not any(PRICE.search(block.text) for _, block in row):
        return []
    return sorted((index for index, _ in row), key=lambda i: page.blocks[i].left)


def _card_under_beside(
    page: PageLayout,
    fig: Block,
    index: int,
    right: list[int],
    under: list[int],
    claimed: set[int],
) -> tuple[list[int], Product] | None:
    """A leaflet's card: its name and specs beside its photo (`right`), its code under the
    photo (a code by its label or a long number among `under`, a savings badge aside), its
    price at the card's foot, under the text beside the photo: the blocks there, from the
    text's bottom down to the first that is neither evidence nor a former price's label
    ("PVP anterior"), within `CARD_FOOT_REACH` photo heights, one of them a price as large as
    the name. The price set after a former price's label comes after the others (struck)."""
    texts = [page.blocks[m] for m in right]
    top = max(b.bottom for b in texts)
    reach = fig.bottom + CARD_FOOT_REACH * (fig.bottom - fig.top)
    # the card ends where the next card's photo to its right starts
    edge = min(
        (
            other.left
            for _, other in photo_figures(page)
            if other.left > fig.right and other.top < reach and other.bottom > fig.top
        ),
        default=page.width,
    )
    below = sorted(
        (
            (n, block)
            for n, block in enumerate(page.blocks)
            if n not in right
            and n not in under
            and block.top >= top - 2
            and block.top <= reach
            and block.left >= fig.right
            and block.right <= edge
        ),
        key=lambda item: item[1].top,
    )
    foot: list[int] = []
    former: list[int] = []
    after_label = False
    for n, block in below:
        if n in claimed or block.kind not in CAPTION_KINDS:
            break
        text = block.text.strip()
        if _FORMER_PRICE.fullmatch(text):
            foot.append(n)
            after_label = True
            continue
        if not (_evidence_only(block) or _labelled_price(text)):
            break
        foot.append(n)
        if after_label and PRICE.search(text):
            former.append(n)
        after_label = False
    name_size = max(b.font_size for b in texts)
    if not any(
        (_big_price(page.blocks[m].text) or _labelled_price(page.blocks[m].text))
        and page.blocks[m].font_size >= name_size
        for m in foot
        if m not in former
    ):
        return None
    # the reference: a code by its label or a long number, not a badge's "3+"
    codes = [
        m
        for m in under
        if _evidence_only(page.blocks[m])
        and (CODE_LABEL.search(page.blocks[m].text) or _long_number(page.blocks[m].text))
    ]
    if not codes:
        return None
    members = [*right, *codes, *(m for m in foot if m not in former), *former]
    product = _caption_product(page, fig, index, members)
    if product is None or not product.prices:
        return None
    struck = [m.group(0) for n in former for m in PRICE.finditer(page.blocks[n].text)]
    product.prices = unique_texts([p for p in product.prices if p not in struck] + struck)
    # the badge under the photo ("Poupe 150 €", "Save £50") is the card's, read as nothing
    return [*members, *(m for m in under if m not in codes)], product


def _labelled_price(text: str) -> bool:
    """A price by its offer's label and nothing else: "desde 299,99 €", "from £12", "Now $5"."""
    words = text.split()
    return (
        2 <= len(words) <= LABELLED_PRICE_WORDS
        and is_price_label(words[0])
        and offers_price(text)
        and not PRICE.match(text)
    )


LABELLED_PRICE_WORDS = 4  # words of a labelled price ("desde 299,99 €", "Price: $ 1,299")


def _price_run_on(page: PageLayout, fig: Block, block: Block) -> bool:
    """On a scanned page, a card's price and the struck one beside it the OCR read as one
    block ("389,00 zł 459,00"), starting under the photo and running past its right edge."""
    return page.source == "ocr" and block.left <= fig.right and _evidence_only(block)


def _run_on_prices(page: PageLayout, text: str) -> bool:
    """On a scanned page, a price and the struck one read as one line ("389,00 zł 459,00")."""
    found = PRICE.match(text.strip())
    return page.source == "ocr" and found is not None and _big_price(text.strip()[found.end() :])


TITLE_MAX_LINES = 3  # lines a card's name heading wraps to


def _spread_product(page: PageLayout, fig: Block, index: int, members: list[int]) -> Product | None:
    """The product of a card's text spread down beside its photo, when it ends in its price
    (else the price stands further off, for another form to find); a heading first, wrapped
    over up to `TITLE_MAX_LINES` lines, is one name ("Wooden Stacking / Rainbow")."""
    if not members or not any(PRICE.search(page.blocks[m].text) for m in members):
        return None
    first = page.blocks[members[0]]
    lines = lines_of([first])
    wrapped = (
        first.kind == "heading"
        and 1 < len(lines) <= TITLE_MAX_LINES
        and is_name(" ".join(lines))
        and not any(PRICE.search(line) or CODE_LABEL.search(line) for line in lines)
    )
    return _caption_product(page, fig, index, members, title=1 if wrapped else 0)


def _no_caption(page: PageLayout, product: Product | None, members: list[int]) -> bool:
    """The text under a photo is not its caption: it gives no code or price, and it is a
    remark on the photo or too little to be a grid's caption (an age badge hanging below
    the photo, "3+ YRS")."""
    if product is not None and (product.codes or product.prices):
        return False
    under = lines_of([page.blocks[m] for m in members])
    if any(PRICE.search(line) or _long_number(line) for line in under):
        return False  # a code or price under a photo is its caption's, a name or not
    lines = (
        len(under)
        if product is None
        else _caption_lines([page.blocks[m] for m in members], product.name)
    )
    return (
        product is None
        or _remark([page.blocks[m] for m in members])
        or not _grid_caption(product, lines)
    )


def _entries_under(product: Product | None) -> bool:
    """A "caption" under a photo that carries several codes and no price: entries of their
    own set under it (a section's heading over its small items, each its reference), not one
    product's caption. Whether the photo's own text stands beside it is left to the caller."""
    return product is not None and len(product.codes) >= 2 and not product.prices


def _long_number(line: str) -> bool:
    """A word of at least four digits: a code of any length, a year; not a badge's "3+"."""
    return any(sum(c.isdigit() for c in word) >= 4 for word in line.split())


REMARK_MIN_WORDS = 4  # words of a sentence set under a photo as a remark


def _remark(blocks: list[Block]) -> bool:
    """Text under a photo that is a remark on it, not its caption: a sentence (of at least
    `REMARK_MIN_WORDS` words, ending with a full stop) without a code or a price."""
    text = " ".join(" ".join(b.text.split()) for b in blocks)
    return (
        len(text.split()) >= REMARK_MIN_WORDS
        and text.endswith((".", "!"))
        and not PRICE.search(text)
        and not any(BARE_CODE.match(w) for w in text.split())
        and not any(has_digit(m.group("code")) for m in CODE_LABEL.finditer(text))
    )


ROW_MIN_CELLS = 3  # cells side by side right of a thumbnail that make a list's row
ROW_CELL_MAX_WORDS = 8  # words a row's cell holds at most (more is prose beside a photo)


def _row_beside(page: PageLayout, fig: Block, used: set[int]) -> list[int]:
    """A list's row right of its thumbnail: the blocks level with the photo (starting within
    its height), the nearest within `CAPTION_BESIDE` of it, in at least `ROW_MIN_CELLS`
    columns side by side, each a short cell; no other photo level with them between or among
    them. Left to right."""
    level = [
        i
        for i, b in enumerate(page.blocks)
        if i not in used
        and b.kind in CAPTION_KINDS
        and b.left >= fig.right - 2
        and fig.top - max(4.0, line_height_of(b)) <= b.top < fig.bottom
    ]
    if not level or min(page.blocks[i].left for i in level) - fig.right > CAPTION_BESIDE:
        return []
    if any(len(page.blocks[i].text.split()) > ROW_CELL_MAX_WORDS for i in level):
        return []
    reach = max(page.blocks[i].right for i in level)
    if any(
        b.kind == "figure"
        and b is not fig
        and b.left >= fig.right - 2
        and b.left < reach
        and b.top < fig.bottom
        and b.bottom > fig.top
        for b in page.blocks
    ):
        return []
    ordered = sorted(level, key=lambda i: (page.blocks[i].left, page.blocks[i].top))
    columns: list[float] = []  # right edges of the columns so far
    for index in ordered:
        block = page.blocks[index]
        if not columns or block.left >= columns[-1] - 2:
            columns.append(block.right)
        else:
            columns[-1] = max(columns[-1], block.right)
    return ordered if len(columns) >= ROW_MIN_CELLS else []


def _big_price(text: str) -> bool:
    """Only a price, as a leaflet sets its deal price large: "1.36", "1 36", "-.99", "2,49 €"."""
    bare = text.strip()
    return bool(
        BARE_PRICE.match(bare) or PRICE.fullmatch(bare) or split_price(bare, SPLIT_PRICE_PROMINENCE)
    )


def _close_under(
    page: PageLayout, fig: Block, members: list[int], lines: float = CAPTION_GAP_LINES
) -> list[int]:
    """The blocks right under a photo, top down, up to a wide gap (of more than `lines` line
    heights) or a block of prose."""
    out: list[int] = []
    bottom = fig.bottom
    above: Block | None = None
    for index in sorted(members, key=lambda m: page.blocks[m].top):
        block = page.blocks[index]
        too_far = block.top - bottom > _caption_gap(block, above, lines)
        if too_far or len(block.text.split()) > 30:
            break
        out.append(index)
        bottom = max(bottom, block.bottom)
        above = block
    return out


def _caption_gap(block: Block, above: Block | None, lines: float = CAPTION_GAP_LINES) -> float:
    """How far under the caption so far (or the photo) its next line may start: `CAPTION_GAP`,
    or `lines` of the larger of the two lines' heights when that is more (a grid's 14-point
    names; a code over a name with a brand's logo between them)."""
    tallest = max(line_height_of(block), line_height_of(above) if above is not None else 0.0)
    return max(CAPTION_GAP, lines * tallest)


def _grid_caption(product: Product, lines: int) -> bool:
    """A name and a one-line description, as a product grid captions its photos: not a
    sentence wrapped over two lines, nor a quotation."""
    name, description = product.name, product.description
    return (
        lines <= 3
        and len(name.split()) <= 6
        and starts_like_a_name(name)
        and not re.search(r"[,;:“”\"«»!?]", name)
        and 2 <= len(description.split()) <= 15
        # a description may open with a figure: a share of what the item is made of ("100%
        # thyme honey", "3,5% fat milk")
        and (description[:1].isupper() or _SHARE_FIRST.match(description) is not None)
    )


_SHARE_FIRST = re.compile(r"\d+(?:[.,]\d+)?\s?%\s+[^\W\d_]")


def _caption_lines(blocks: list[Block], name: str) -> int:
    """The lines of a caption, a name wrapped over its first lines counting as one (a grid's
    name in capitals broken at the photo's width: "GREEK YOGURT STRAINED" over "2%")."""
    lines = [line.strip() for line in lines_of(blocks) if line.strip()]
    for count in range(len(lines), 1, -1):
        if " ".join(lines[:count]) == name.strip():
            return len(lines) - count + 1
    return len(lines)


# a price struck through and said to be the former one: "Was $239.99", "statt 19,99 €"
_FORMER_PRICE = re.compile(
    r"^\s*(?:was|reg\.?|regular|statt|vorher|anziché|invece\s+di|au\s+lieu\s+de|antes"
    r"|van|normaal|før|för|ennen"
    # a price's label said to be the former one: "PVP anterior", "Precio anterior"
    r"|(?:pvp|rrp|pre[cç]o|precio|prezzo|price|prix|preis)\s+(?:anterior|precedente|ancien))(?!\w)",
    re.I,
)


WRAP_SLACK = 0.95  # share of a photo's width a line plus the next line's first word fills


def _bold_head(blocks: list[Block]) -> bool:
    """The caption opens with a name too long for a plain line's (up to
    `BOLD_NAME_MAX_WORDS` words, on up to `TITLE_MAX_LINES` lines) set bold, over lines in
    regular type no larger than it: the weight marks the name, and the regular lines under it
    describe (a jeweller's "A silver and enamel brooch in the form of a swallow" over "Blue
    and green guilloche enamel"), however name-like they read."""
    first, others = blocks[0], blocks[1:]
    lines = first.lines or [first.text]
    text = " ".join(lines)
    regular = [b for b in others if not b.bold and b.kind in ("heading", "paragraph", "caption")]
    return (
        first.kind in ("heading", "paragraph", "caption")
        and first.bold
        and bool(regular)
        and not others[0].bold
        and all(b.font_size <= first.font_size for b in regular)
        and len(lines) <= TITLE_MAX_LINES
        and not is_name(text)
        and is_name(text, BOLD_NAME_MAX_WORDS)
        and not any(PRICE.search(line) for line in lines)
    )


def _wrapped_title(blocks: list[Block], fig: Block) -> bool:
    """The caption's first block is one name wrapped over a few lines: a bold heading set
    larger than every other line of the caption (a hero's), or lines that each broke because
    the next word would not fit under the photo (a web shop tile's name, "Máquina de café
    expresso / Arvo Crema 15 bar", where a name over a description line leaves room)."""
    first, others = blocks[0], blocks[1:]
    wrapped = first.lines if first.lines and len(first.lines) > 1 else []
    if not (
        1 < len(wrapped) <= TITLE_MAX_LINES
        and is_name(wrapped[0])
        and not any(PRICE.search(line) for line in wrapped)
        and is_name(" ".join(wrapped))
    ):
        return False
    if first.kind in ("heading", "paragraph") and first.bold:
        # its price may be set as large (a gift guide's "8 990 kr." in the name's bold)
        others = [b for b in others if not PRICE.fullmatch(b.text.strip().rstrip("."))]
        if all(b.font_size < first.font_size for b in others):
            return True
        if first.kind == "heading":
            return False
    if first.kind not in ("caption", "paragraph"):
        return False
    per_char = (first.right - first.left) / max(len(line) for line in wrapped)
    return all(
        (len(line) + 1 + len(after.split()[0])) * per_char > WRAP_SLACK * (fig.right - fig.left)
        for line, after in itertools.pairwise(wrapped)
    )


def _unruled(line: str) -> str:
    """A caption line without a card's border that a scan's OCR read as "|" at its start or
    end ("| Hydrangea paniculata"): a rule, not a mark of the name's (a code's or a price's
    would make the line no name)."""
    return line.strip().strip("|¦").strip()


def _named_under_brand(
    name: str | None, line: str, size: float, name_size: float, next_line: bool
) -> bool:
    """A brand in capitals ("NIVEA") right over a line in mixed case no smaller than it
    ("Krem do twarzy"): the line names the product, under its brand (a drugstore's tile)."""
    return (
        next_line
        and name is not None
        and is_brand(name)
        and not all_caps(line)
        and name_size > 0
        and size >= name_size
        and (starts_like_a_name(line) or _particle_first(line))
    )


_PARTICLE_MAX_LETTERS = 3  # a name's particle before its capitalised word: "de", "van", "von"


def _particle_first(line: str) -> bool:
    """A name opening with a particle in lower case, then a capitalised word ("de Havilland
    Mosquito", "van Gogh Sunflowers", "le Creuset Casserole"), as makers and people are named."""
    words = line.split()
    return (
        len(words) >= 2
        and words[0].isalpha()
        and words[0].islower()
        and len(words[0]) <= _PARTICLE_MAX_LETTERS
        and words[1][:1].isupper()
    )


def _named_under_banner(name: str | None, line: str, next_line: bool) -> bool:
    """A promo banner in capitals ("HIT TYGODNIA") right over a line that starts as a name:
    the line names the offer, the banner only flags it."""
    return next_line and name is not None and is_promo_banner(name) and starts_like_a_name(line)


def _caption_product(
    page: PageLayout,
    fig: Block,
    index: int,
    members: list[int],
    title: int = 0,
    row: bool = False,
) -> Product | None:
    """The product a photo's caption lines make; with `title`, the first `title` blocks are a
    name of its own set over the photo, their lines one name ("Gently Used Steel / Gloves");
    with `row`, the members are a list's cells side by side, and the first that can be a
    name is it (no logo is set over a name in a row)."""
    blocks = [page.blocks[m] for m in members]
    lines = lines_of(blocks)
    bold_head = not title and not row and _bold_head(blocks)
    if bold_head or (not title and not row and _wrapped_title(blocks, fig)):
        # a hero's name in a heading wrapped over lines ("Digitalpiano Kaya / DP-330"), a
        # web shop tile's name wrapped at the tile's width; a long name set bold over its
        # description in regular type
        title = 1
    if title:
        lines = [" ".join(lines_of(blocks[:title])), *lines_of(blocks[title:])]
    if CAPTION_WORD.match(lines[0]):
        return None  # "Figure 3: ..." captions a paper's figure, not a product
    name, rest = None, []
    name_size = 0.0
    name_line = False  # the line before was the name so far
    bare_prices: list[str] = []
    labelled_prices: list[str] = []  # "UVP 174,72"
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
    labelled_codes: list[str] = []  # "Art.nr 48-9835": a code by its label
    bare_codes: list[str] = []  # a line that is only a token shaped like a code ("IP20")
    # a feed's post: the account's handle over every caption is the seller's, no name
    bylines = page_bylines(page) if any(is_handle(line) for line, _ in sized) else set()
    for line, size in sized:
        if line.strip() in bylines:
            continue
        found = [m.group("code") for m in CODE_LABEL.finditer(line) if has_digit(m.group("code"))]
        codes += found
        labelled_codes += found
        # a sentence that mentions an amount ("Tickets £12 at the door") offers nothing
        offered = [m.group(0) for m in PRICE.finditer(line)] if offers_price(line) else []
        if _FORMER_PRICE.match(line):  # "Was $239.99": the price struck, not the price
            former += offered
        else:
            prices += offered
        sizes += [m.group(0) for m in SIZE.finditer(line)]
        bare = line.strip()
        if not offered and (labelled := LABELLED_AMOUNT.match(bare)) and name is not None:
            # "UVP 174,72": a price by its label, no currency printed; after a deal's big
            # price, which it is compared with
            (former if _FORMER_PRICE.match(line) else labelled_prices).append(
                labelled.group("amount")
            )
            name_line = False
            continue
        if BARE_PRICE.match(bare) is None and name is not None and name_size:
            bare = split_price(bare, size / name_size) or bare  # "1 36", "-.99": one price
        if BARE_PRICE.match(bare) and name is not None and size >= name_size:
            bare_prices.append(bare)  # a deal's price, set large without its currency
            name_line = False
            continue
        if BARE_CODE.match(bare):
            codes.append(bare)
            bare_codes.append(bare)
            name_line = False
            continue
        if not codes:  # an OCR'd label ("Iltem GR-1475"): a token shaped like a code
            codes += [t for t in bare.split()[1:] if _CODE_SHAPE.match(t)]
        stripped = strip_evidence(line)
        lead_in = KEY_VALUE.match(line)
        if bylines and name is None and lead_in and is_name(lead_in.group(2)):
            # a post's text under its handle: "New in: Linen Wrap Dress, sage" names it
            name, name_size = lead_in.group(2).strip(), size
            name_line = True
            continue
        if lead_in and not (title and name is None):  # a title: "Bók: Fuglar"
            rest.append(line.strip())  # "Mineral: corundum" describes, it does not name
        elif (
            is_name(stripped, BOLD_NAME_MAX_WORDS if bold_head and name is None else NAME_MAX_WORDS)
            and stripped == _unruled(line)
            and (
                name is None
                or (
                    not row
                    and name_size > 0
                    and size >= NAME_PROMINENCE * name_size
                    and starts_like_a_name(stripped)
                    and name_line
                )
                or _named_under_brand(name, stripped, size, name_size, name_line and not row)
                or _named_under_banner(name, stripped, name_line and not row)
            )
        ):
            # the name is the first line that could be one, unless the line right after it
            # is set clearly larger (a scan's brand logo, read as text, above the name) and
            # starts as a name does (not a size chip OCR read as "(onee"); past the name's
            # code, a larger line is a specification's key OCR set large ("Power")
            if name is not None and is_brand(name) and not all_caps(stripped) and name_line:
                stripped = branded(name, stripped)  # a brand in capitals set over the name
            elif name is not None:
                rest.append(name)
            name, name_size = stripped, size
            name_line = True
            continue
        elif stripped:
            rest.append(stripped)
        name_line = False
    if name is None or min(len(lines), _printed_lines(blocks)) > CAPTION_MAX_LINES:
        return None
    if labelled_codes and bare_codes:
        # a card's row of specification values ("E27", "IP20", "GU10") beside its article
        # number by its label: the label says which is the code, the rest describe
        rest += [c for c in bare_codes if c not in labelled_codes]
        codes = [c for c in codes if c not in bare_codes or c in labelled_codes]
    prices = prices or bare_prices[:1] + labelled_prices or former
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
        codes=unique_texts(codes),
        prices=unique_texts(prices),
        sizes=unique_texts(sizes),
        description=" ".join(rest),
        block_indexes=[index, *members],
        figure_boxes=[page_space(page, fig.bbox)],
        figure_indexes=[fig.image_index or 0],
    )


STRIP_GAP = 40.0  # points between a row of captions and the strip of their details under it
# a price per unit of measure ("1 kg = 8,73 €"): a comparison, not the pack's price
_UNIT_PRICE = re.compile(r"^\s*1\s?(?:kg|l|m|m²|m2|lb)\s*=")


def _strip_details(
    page: PageLayout, captioned: list[Product], used: set[int]
) -> list[tuple[Product, int]]:
    """A row of captioned photos (a name and a line of copy each) over a strip of their
    details read as one table, a column under each photo (its pack and code, its price per
    unit, its price): each column's codes, prices and pack are its photo's product's. Only
    when every photo of the row has its column and every column a price or a code."""
    out: list[tuple[Product, int]] = []
    for index, table in enumerate(page.blocks):
        if index in used or table.kind != "table" or not table.rows or not table.columns:
            continue
        above = [
            p
            for p in captioned
            if 0 <= table.top - p.bbox[3] <= STRIP_GAP
            and table.left - 12 <= p.bbox[0]
            and p.bbox[2] <= table.right + 12
        ]
        if len(above) < 2 or len(above) != len(table.columns):
            continue
        details = []
        for product in above:
            under = [
                n
                for n, (left, right) in enumerate(table.columns)
                if product.bbox[0] - 8 <= (left + right) / 2 <= product.bbox[2] + 8
            ]
            if len(under) != 1:
                break
            cells = [r[under[0]] for r in table.rows if under[0] < len(r) and r[under[0]].strip()]
            codes = [
                m.group("code")
                for cell in cells
                for m in CODE_LABEL.finditer(cell)
                if has_digit(m.group("code"))
            ]
            prices = [
                m.group(0)
                for cell in cells
                if offers_price(cell) and not _UNIT_PRICE.match(cell)
                for m in PRICE.finditer(cell)
            ]
            sizes = [
                m.group(0)
                for cell in cells
                if not _UNIT_PRICE.match(cell)
                for m in SIZE.finditer(cell)
            ]
            if not (codes or prices):
                break
            details.append((product, codes, prices, sizes))
        else:
            for product, codes, prices, sizes in details:
                product.codes = unique_texts(product.codes + codes)
                # a struck price printed before the offer's: the larger last
                product.prices = unique_texts(product.prices + _offer_first(prices))
                product.sizes = unique_texts(product.sizes + sizes)
                product.block_indexes = [*product.block_indexes, index]
                out.append((product, index))
    return out


def _offer_first(prices: list[str]) -> list[str]:
    """Two prices side by side in a cell, the one struck printed first (larger): the offer's
    price first, then the struck one."""
    if len(prices) == 2:
        values = [amount_value(p) for p in prices]
        if None not in values and values[0] > values[1]:  # type: ignore[operator]
            return [prices[1], prices[0]]
    return prices
