"""Table rows as products: a table with a column of names and a column of prices or article
codes (by header word or by content) is a price list; each row is a product, its cells its
attributes.

Column titles may be set over several rows (`_header_rows`) or apart above the table
(`header_above`); a row holding only a name followed by rows of variants is one product with
its variants' codes and prices (`_variant_groups`, `_grouped_products`); a table with a total
row and no code column is a budget or a bill. A table may set its products as columns
(`transposable`, `transposed`); a name column repeating a few values is an attribute, the
products being the heading above the table (`_naming_columns`, `title_above`); bare amounts
right of an article list's names are its prices by quantity (`_quantity_breaks`); a list in
sections repeating its column titles has its rows of text and amounts as products
(`column_titles`, `sectioned_list`). Columns titled by measures ("125 ml", "Bottle", "Pkt",
"10 g") over bare amounts are prices (`_measure_columns`), and titles set once atop a list in
sections title each section's table, as a table's own titles do its part the table finder cut
off (`_titles_carried`), a currency's sign alone among them ("£") titling its bare amounts; a
column of years leading each row (a coin's date, a wine's vintage) is part of the row's name
(`_dates_before`); a column titled "Model" names the rows, not a column repeating a few
words beside it (a driver: `_attribute`); a column titled as names holding
designations ("6204-2Z") names and codes the rows (`_designations`); "Item, Maker" names
keep the maker apart (`_makers`), a capitalised mark after names ("NEW") is a tag (`_tags`),
a sentence alone under a row its description; tables side by side, their titles repeated
across (or set once over both, or their columns' contents repeating), are read one by one
(`_side_by_side`); a group row naming the model its rows fit, a vehicle and its years, names
its parts with it (`_fitted_model`); and a price matrix, an article code over each
offered cell's price, yields one product per offer (`_price_matrix`)."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from pdfqueue.engines import currencies
from pdfqueue.engines.catalog import columns
from pdfqueue.engines.catalog.blocks import rows_of_blocks
from pdfqueue.engines.catalog.ladders import PART_NUMBER, break_value
from pdfqueue.engines.catalog.priced import MIN_PRICED_ENTRIES
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.titled import MIN_TITLED_ENTRIES
from pdfqueue.engines.catalog.words import (
    BARE_CODE,
    BARE_PRICE,
    CODE_LABEL,
    JOINED_CODE,
    KEY_VALUE,
    LENGTH_UNITS,
    NAME_MAX_WORDS,
    PRICE,
    RATING,
    SIZE,
    SOLD,
    VOLUME_UNITS,
    WEIGHT_UNITS,
    amount_value,
    bracketed_size,
    cell_prices,
    column_title_role,
    has_digit,
    is_amount,
    is_code,
    is_duration,
    is_name,
    is_price,
    is_price_label,
    is_size,
    name_key,
    starts_like_a_name,
    unique_ints,
    unique_texts,
    without_continued,
)
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

MIN_TABLE_ROWS = 2  # data rows a product table has at least
TITLE_ROW_MIN_WORDS = 4  # a row of one cell of more words than this over a table titles it
MAX_HEADER_ROWS = 3  # rows a table's header may be set over (cells spanning rows, columns)
HEADER_ABOVE_ROWS = 3.0  # row heights above a table where its column titles set apart may be
COLUMN_SHARE = 0.6  # share of a column's cells that must look like prices (or codes, sizes)
WRAPPED_NAME_MAX_WORDS = 24  # words of a row's description wrapped over lines, when the row
# has both its article code and its price (its first line names it, the rest describes it)


def _share(values: Sequence[str], test: Callable[[str], bool]) -> float:
    filled = [v for v in values if v.strip()]
    return sum(1 for v in filled if test(v)) / len(filled) if filled else 0.0


MIN_COUNTED_PACKS = 3  # cells of counts or sizes a content column needs at least
# a cell counting what a pack holds: a figure and one word ("90 tabletten", "25 ks", "38 szt.")
_COUNTED = re.compile(r"^\d{1,5}\s?([^\W\d_]{1,12})\.?$")


def _counted_packs(values: Sequence[str]) -> bool:
    """A column of what each article's pack holds, counted ("90 tabletten", "120 capsules",
    "25 ks") or measured ("250 ml"): its cells a figure and a unit, the count words few and
    repeated, as a price list's content column reads; not a lead time ("3 days")."""
    filled = [v.strip() for v in values if v.strip()]
    if _share(filled, lambda v: bool(RATING.fullmatch(v))) >= COLUMN_SHARE:
        return False  # a rating ("600 mA", "1.5 A", "40 W"): what the article does, no pack
    counted = [
        m.group(1).casefold()
        for v in filled
        if (m := _COUNTED.match(v)) and not is_size(v) and not is_duration(v)
    ]
    packed = [v for v in filled if _COUNTED.match(v) or is_size(v)]
    return (
        bool(counted)
        and len(packed) >= MIN_COUNTED_PACKS
        and len(packed) >= COLUMN_SHARE * len(filled)
        and _share(filled, is_duration) < COLUMN_SHARE
        and len(set(counted)) <= max(1, len(counted) // 2)
    )


def _roles(rows: list[list[str]], models_first: bool = False) -> tuple[dict[str, int], bool]:
    """Which column holds names, codes, prices and sizes; and whether row 0 is a header.
    `models_first`: a table read across, whose first column (its first row as printed) names
    the rows, by names or by models ("Hydra 3-45")."""
    width = max(len(r) for r in rows)
    header = rows[0] + [""] * (width - len(rows[0]))
    body = [r + [""] * (width - len(r)) for r in rows[1:]]
    # a header names columns: it holds no price, nor an article code or a size (a first
    # row "527008 | Flour | 10 x 1 kg | 88,02 zł" whose currency word titles a price column)
    measures = _measure_columns(header, body) or _break_columns(header, body)
    evidence = [
        c
        for n, c in enumerate(header)
        if has_digit(c) and (is_code(c) or is_size(c)) and n not in measures
    ]
    has_header = (
        not evidence
        and not any(is_price(c) for c in header)
        and sum(1 for n, c in enumerate(header) if column_title_role(c) or n in measures)
        >= min(2, width)
    )
    if not has_header:
        body = [header, *body]
    roles: dict[str, int] = {}
    for column in range(width):
        values = [r[column] for r in body]
        by_content = None
        if _share(values, is_price) >= COLUMN_SHARE or _unit_prices(values):
            by_content = "price"
        elif _share(values, is_code) >= COLUMN_SHARE and not _attribute(body, column):
            # codes identify articles: a column repeating a few (a file format's "CARD32" field
            # types, a lamp's "E27" base) is an attribute
            by_content = "code"
        elif column == 0 and _joined_codes(values):
            by_content = "code"
        elif _share(values, is_size) >= COLUMN_SHARE or _counted_packs(values):
            by_content = "size"
        by_header = column_title_role(header[column]) if has_header else None
        role = by_content or (by_header if by_header != "name" else None)
        if role and role not in roles:
            roles[role] = column
    if has_header and measures and "price" not in roles:
        roles["price"] = measures[0]  # "125 ml | 175 ml | Bottle": the price of each measure
    if "price" in roles:
        roles["price"] = _before_comparison(body, roles)
    # the name column: by header, else the wordiest column of names that is not taken and
    # does not repeat a few values; a column of the same names in another language aside
    listed = [r for r in body if not _note_only(r)] or body  # notes under rows aside
    candidates = [
        c
        for c in range(width)
        if c not in roles.values()
        and _share([r[c] for r in listed], is_duration) < COLUMN_SHARE  # a lead time column
        # a second column of measures ("Floor 20 sq ft", "Weight 2 lb 4 oz"): data, no names
        and _share([r[c] for r in listed], is_size) < COLUMN_SHARE
    ]
    name, alias = columns.naming_columns(
        header, listed, candidates, has_header, is_name, COLUMN_SHARE, column_title_role
    )
    titled = has_header and any(column_title_role(header[c]) == "name" for c in candidates)
    firsts = [r[0] for r in listed]
    if models_first and not titled and 0 in candidates and (_card_names(firsts) or _models(firsts)):
        # cards read across: the line atop each card names it, not its wordiest line below
        name, alias = 0, None
    if name is None and "code" in roles and "price" in roles:
        # no column short enough for names, its title unread: a row with its code and price is
        # an article's, named however long (a configuration set out in full), as rows are
        name, alias = columns.naming_columns(
            header,
            listed,
            candidates,
            has_header,
            lambda v: is_name(v, WRAPPED_NAME_MAX_WORDS),
            COLUMN_SHARE,
            column_title_role,
        )
    if name is None and models_first and 0 in candidates and _models([r[0] for r in listed]):
        name = 0
    part = _maker_part_column(header, body, roles) if has_header and not titled else None
    if part is not None:
        name, roles["part"] = part, part  # a distributor's table: the maker's part number
    if name is not None:
        roles["name"] = name
    if alias is not None:
        roles["other names"] = alias
    if has_header and "code" in roles and ("name" not in roles or _attribute(body, roles["name"])):
        # a tool family's table: its models ("TP-330", "Arco 600/830 DALI") look like codes,
        # but the column is titled "Model" and another column titled as codes ("Ref.") holds
        # the order codes; a column repeating a few words ("DALI": the driver) names nothing
        model = roles["code"]
        others = [
            c
            for c in range(width)
            if c != model and c not in roles.values() and column_title_role(header[c]) == "code"
        ]
        if _MODEL_HEADER.match(header[model].strip()) and others and not _attribute(body, model):
            roles["name"], roles["code"] = model, others[0]
    if has_header and "name" not in roles and "price" in roles and "code" in roles:
        named = roles["code"]
        if _names_not_codes([r[named] for r in listed]) and not _attribute(body, named):
            # a plain price list: "Item", "Artikel", "Model" title its names, not its codes
            # ("City Comfort 7"); a column titled as codes beside it holds them ("Art.-Nr.")
            others = [
                c
                for c in range(width)
                if c not in roles.values() and column_title_role(header[c]) == "code"
            ]
            roles["name"] = named
            if others:
                roles["code"] = others[0]
            else:
                del roles["code"]
    if has_header and "name" not in roles and "price" in roles and "code" not in roles:
        fits = roles.get("application")
        values = [r[fits] for r in listed if r[fits].strip()] if fits is not None else []
        if values and _share(values, is_name) >= COLUMN_SHARE and _distinct(values):
            # no article code, nothing else named: the vehicles (machines) themselves are
            # for sale ("Vehicle | Year | Mileage | Price"), not parts that fit them
            roles["name"] = roles.pop("application")
    return roles, has_header


def _joined_codes(values: Sequence[str]) -> bool:
    """A column of order codes joined from segments ("KR-3V-200", "OB-BUB-C4", "FX-PAS-PP12"),
    each row its own: a wholesaler's codes, too long or too many-parted for a bare code's
    shape, are codes all the same when most of the column leading the rows holds them and none
    repeats (further right, a parts list's designations or a bill of materials' distributor
    numbers are left to their titles)."""
    filled = [v.strip() for v in values if v.strip()]
    shaped = [v for v in filled if _SEGMENTS.match(v)]
    return (
        len(shaped) >= MIN_TABLE_ROWS
        and len(shaped) >= COLUMN_SHARE * len(filled)
        and any(JOINED_CODE.match(v) for v in shaped)  # a figure in one at least
        and _distinct(shaped)
    )


# capitals and figures in two to five segments joined by dashes ("TS-PAP-M", "KR-3V-200")
_SEGMENTS = re.compile(r"^(?=\S*[A-Z])[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8}){1,4}$")


# a price per unit of measure or piece closing a cell ("14,50 kr/kg", "0,19 kr/st", "2,05 €/ud."):
# a comparison price when the row's own amounts stand left of it (the pieces and measures as
# `priced.PER_UNIT`'s but for the words each form met: "ml", "cl", "ud", "kom" here, "gab" there)
_PER_MEASURE = re.compile(
    rf"/\s?(?:{WEIGHT_UNITS}|{VOLUME_UNITS}|m|m²|m2|pc|pcs|st|stk|kpl|szt|ks|db|ud|kom)\.?$", re.I
)


def _before_comparison(body: list[list[str]], roles: dict[str, int]) -> int:
    """The price column; but when the column read as prices holds only prices per unit of
    measure or piece ("14,50 kr/kg": a wholesaler's comparison price), the first column of
    bare amounts left of it that has no other role ("290,00": the pack's price) is."""
    price = roles["price"]
    values = [r[price].strip() for r in body if r[price].strip()]
    if not values or not all(is_price(v) and _PER_MEASURE.search(v) for v in values):
        return price
    for column in range(price):
        if column in roles.values():
            continue
        cells = [r[column] for r in body]
        if _share(cells, lambda v: bool(BARE_PRICE.match(v.strip()))) >= COLUMN_SHARE:
            return column
    return price


def _unit_prices(values: Sequence[str]) -> bool:
    """A column of bare amounts most of which say the unit they are for ("14,95 /kg",
    "1,10 /st": a butcher's, a greengrocer's prices per kilo and per piece): prices, with no
    currency printed. Amounts alone (a budget's, a statement's) say no unit."""
    filled = [v.strip() for v in values if v.strip()]
    per_unit = sum(1 for v in filled if _PER_UNIT.match(v))
    amounts = sum(1 for v in filled if _PER_UNIT.match(v) or BARE_PRICE.match(v))
    return bool(filled) and amounts >= COLUMN_SHARE * len(filled) and 2 * per_unit >= len(filled)


def _distinct(values: Sequence[str]) -> bool:
    return len({v.strip().casefold() for v in values}) == len(values)


def _names_not_codes(values: Sequence[str]) -> bool:
    """A column of names, none an article code: "City Comfort 7", "Garden hose 25 m"."""
    filled = [v for v in values if v.strip()]
    return (
        len(filled) >= MIN_TABLE_ROWS
        and _share(filled, is_code) == 0
        and _share(filled, is_name) >= COLUMN_SHARE
        and columns.names_like(filled) >= columns.NAMES_LIKE
    )


def roles_of(rows: list[list[str]]) -> tuple[dict[str, int], bool]:
    """Which column holds names, codes, prices and sizes; and whether row 0 is a header."""
    return _roles(rows)


def _attribute(body: list[list[str]], column: int) -> bool:
    """A column repeating a few values (a driver, a finish): an attribute, not names."""
    filled = [r[column].strip() for r in body if r[column].strip()]
    return len(filled) >= 2 and len(set(filled)) <= len(filled) / 2


# a model: a name and its designation ("Hydra 3-45", "Nerea 4-12"), its figures outweighing
# its letters (the share `is_name` asks of a name)
# (a model's suffix may follow apart: "Rova 1200 X", "Rova 2000 RTK"; its name may be two
# words: "Vrtni robnik 5/25", a garden kerb beside the kerbs "Robnik 12/25")
_MODEL = re.compile(
    r"^[A-ZÀ-Ý][^\W\d_]{2,}(?: [^\W\d_]{3,})?(?:[ -][A-Za-z]{1,3})?[ -]\d+(?:[-/.x]\d+)*[A-Za-z]?"
    r"(?: [A-Z]{1,4})?$"
)


def _card_names(values: Sequence[str]) -> bool:
    """Values naming cards one each: names, capitalised, none repeated."""
    filled = [v.strip() for v in values if v.strip()]
    return (
        len(filled) == len(values)
        and len(filled) >= MIN_TABLE_ROWS
        and all(is_name(v) and starts_like_a_name(v) for v in filled)
        and len({name_key(v) for v in filled}) == len(filled)
    )


def _models(values: Sequence[str]) -> bool:
    """Values naming models one each: every one a name and its designation, none repeated."""
    filled = [v.strip() for v in values if v.strip()]
    return (
        len(filled) >= MIN_TABLE_ROWS
        and all(_MODEL.match(v) for v in filled)
        and len(set(filled)) == len(filled)
    )


# titles of price columns that name what the price buys: a quantity ("125 ml", "10 g",
# "1 kg"), a serving or a pack ("Bottle", "Glass", "Pkt")
_MEASURE_WORD = re.compile(r"(?:pkt|packet|pack|sachet|bag|box|case|dozen)\.?", re.I)


def _is_measure(title: str) -> bool:
    title = title.strip()
    return bool(
        SIZE.fullmatch(title)
        or _SERVING.fullmatch(title)
        or _MEASURE_WORD.fullmatch(title)
        or _NAMED_MEASURE.fullmatch(title)
    )


# a volume in a serving's title, and a whole amount under it: drinks (a wine list's glass, bottle
# and magnum) are priced in whole units of a currency as often as not
_VOLUME = re.compile(rf"\d+(?:[.,]\d+)?\s?(?:{VOLUME_UNITS})\b", re.I)
_WHOLE = re.compile(r"\d{1,4}")
# a serving titled by its name over its quantity ("Calice 0,15 l", "Glass 125 ml", "Magnum
# 1,5 l"): a wine list's columns by the glass, the bottle, the magnum
_NAMED_MEASURE = re.compile(rf"[^\W\d_]+(?:\s[^\W\d_]+)?\s+(?:{SIZE.pattern})", re.I)


# a price column's title counting what the price buys: "12 plugs", "6 bottles", "10 Stück"
_COUNT_TITLE = re.compile(r"(?P<count>\d{1,4})\s?(?P<word>[^\W\d_]{2,}\.?)")


def _counted_titles(titles: Sequence[str]) -> set[int]:
    """The columns titled by counts of one thing, sold in packs of different sizes ("12 plugs
    | 24 plugs", "6 bottles | 12 bottles"): two titles at least, the same word after
    different counts. A lone count ("12 plugs"), counts of different things, and terms
    ("1 year | 3 years") are not packs."""
    found: dict[str, list[tuple[int, int]]] = {}
    for column, title in enumerate(titles):
        match = _COUNT_TITLE.fullmatch(title.strip())
        if match and not is_duration(title) and not SIZE.fullmatch(title.strip()):
            word = match.group("word").casefold().rstrip(".")
            found.setdefault(word, []).append((column, int(match.group("count"))))
    out: set[int] = set()
    for counted in found.values():
        if len(counted) >= 2 and len({count for _, count in counted}) == len(counted):
            out |= {column for column, _ in counted}
    return out


def _title_like(titles: Sequence[str]) -> int:
    """How many of a row's cells read as column titles: a column's role, a measure, or one of
    a set of packs counted ("12 plugs | 24 plugs")."""
    counted = _counted_titles(titles)
    return sum(
        1
        for n, title in enumerate(titles)
        if column_title_role(title) or _is_measure(title) or n in counted
    )


def _served(title: str, counted: set[str]) -> str:
    """The quantity a price column's title gives: its measure ("Glass 125 ml": "125 ml"), or
    the whole title when it counts a pack ("12 plugs"); else ""."""
    if title.strip() in counted:
        return title.strip()
    match = SIZE.search(title)
    return match.group(0) if match else ""


def _measure_columns(header: Sequence[str], body: Sequence[Sequence[str]]) -> list[int]:
    """The columns titled by a measure ("125 ml", "Bottle", "Pkt") whose cells are all
    amounts ("6.50", "£21.19"; a dash or a blank a measure not offered): prices, one a
    measure, when there are two such columns at least, one titled by a quantity. A table of
    figures per measure (a nutrition table's "100 g | Portion") has units in its cells
    ("1250 kJ")."""
    out = []
    amounts = 0
    counted = _counted_titles(header)  # packs of so many ("12 plugs | 24 plugs")
    for column, title in enumerate(header):
        values = [r[column].strip() if column < len(r) else "" for r in body]
        values = [v for v in values if v and v not in _DASHES]
        whole = bool(_VOLUME.search(title))  # a drink's serving: whole euros ("14", "78")
        if (_is_measure(title) or column in counted) and all(
            is_amount(v) or (whole and _WHOLE.fullmatch(v)) for v in values
        ):
            out.append(column)  # dashes only: a measure none of these is sold in
            amounts += len(values)
    # one a quantity at least ("125 ml | Bottle"): servings alone ("Tapa | Ración") title a
    # menu, read as a sectioned list (`sectioned_list`) with its dishes' marks
    quantity = any(
        SIZE.fullmatch(header[c].strip())
        or _NAMED_MEASURE.fullmatch(header[c].strip())
        or c in counted
        for c in out
    )
    return out if len(out) >= 2 and amounts and quantity else []


# an amount in a price break's column: bare, with two to four decimals (a component's unit price,
# "0.380", "0.0412"), a footnote's mark after it ("0.243*": a condition printed under the table)
_BREAK_AMOUNT = re.compile(r"^\d{1,3}(?:[,']?\d{3})*(?:[.,]\d{2,4})?(?P<mark>\s?[*¹²³⁴⁵⁶⁷⁸⁹†‡]+)?$")


def _break_columns(header: Sequence[str], body: Sequence[Sequence[str]]) -> list[int]:
    """The columns titled by quantity breaks ("1+ | 10+ | 100+", "≥ 250"), the quantities
    rising left to right, whose cells are bare amounts (a dash: no price at that break): a
    distributor's unit prices by the quantity bought, the first the price, two at least."""
    out, last = [], 0
    for column, title in enumerate(header):
        value = break_value(title) if title.strip() else None
        if value is None or value <= last:
            continue
        values = [r[column].strip() if column < len(r) else "" for r in body]
        values = [v for v in values if v and v not in _DASHES]
        if values and all(_BREAK_AMOUNT.match(v) for v in values):
            out.append(column)
            last = value
    return out if len(out) >= 2 else []


def _without_note_mark(amount: str) -> str:
    """A price break's amount without the footnote's mark after it ("0.243*" -> "0.243")."""
    match = _BREAK_AMOUNT.match(amount.strip())
    if match is None or not match.group("mark"):
        return amount.strip()
    return amount.strip()[: match.start("mark")]


# a column title naming the maker's own part number ("Mfr part no.", "Manufacturer Part
# Number", "MPN", "Hersteller-Teilenr."), which a distributor lists beside its stock number
_MAKER_PART = re.compile(
    r"\b(?:mfr|mfg|manufacturer|maker|hersteller|herst|fabricant|fabricante|produttore|mpn)\b",
    re.I,
)


def _maker_part_column(
    header: Sequence[str], body: Sequence[Sequence[str]], roles: dict[str, int]
) -> int | None:
    """In a distributor's parametric table (no column of names; its own stock number, the
    maker's part number, the maker, the package, ratings, prices), the column of the maker's
    part numbers names the rows: the one a buyer orders by and searches for. It must be titled
    so and hold a distinct part number on each row; the stock numbers stay the codes."""
    if "code" not in roles or "price" not in roles:
        return None
    for column, title in enumerate(header):
        if column in roles.values() or not _MAKER_PART.search(title):
            continue
        if column_title_role(title) != "code":
            continue  # "Mfr": the maker's name, no part number
        values = [r[column].strip() for r in body if column < len(r) and r[column].strip()]
        if (
            len(values) >= 2
            and len(set(values)) == len(values)
            and all(
                JOINED_CODE.match(v) or BARE_CODE.match(v) or PART_NUMBER.match(v) for v in values
            )
        ):
            return column
    return None


_LENGTH_UNIT = re.compile(rf"^\(?({LENGTH_UNITS})\)?$")
_FIGURE = re.compile(r"^\d+(?:[.,]\d+)?$")


def _dimension_columns(
    header: Sequence[str], body: Sequence[Sequence[str]]
) -> tuple[list[int], str] | None:
    """Columns side by side whose titles each end in one dimension's letter ("d", "D", "B" of
    a bearing, "L", "W", "H"; a unit after it), a unit of length among them ("B mm"), their
    cells figures, the first blank where the rows above give it: the columns and the unit,
    else None. A row's size is its dimensions in order ("10 x 26 x 8 mm")."""
    best: list[int] = []
    run: list[int] = []
    for column, title in enumerate([*header, ""]):
        words = [t for t in title.split() if not _LENGTH_UNIT.match(t)]
        letter = bool(words) and len(words[-1]) == 1 and words[-1].isalpha()  # "dimensions D"
        values = [(r[column] if column < len(r) else "").strip() for r in body]
        figures = [v for v in values if v]
        if letter and figures and all(_FIGURE.match(v) for v in figures):
            run.append(column)
            continue
        best = run if len(run) > len(best) else best
        run = []
    units = [m.group(1) for c in best for t in header[c].split() if (m := _LENGTH_UNIT.match(t))]
    if len(best) < 2 or len(units) != 1:
        return None
    if any(not (r[c] if c < len(r) else "").strip() for r in body for c in best[1:]):
        return None  # only the first dimension is printed once for its group
    return best, units[0]


def _dimensions(row: Sequence[str], carried: str, dimensions: tuple[list[int], str]) -> str:
    """The row's size from its dimension columns, the first `carried` from the rows above
    when printed only on the first row of its group ("10 x 30 x 9 mm" under "10 x 26 x 8
    mm")."""
    columns, unit = dimensions
    values = [row[c].strip() for c in columns]
    values[0] = values[0] or carried
    return f"{' x '.join(values)} {unit}" if all(values) else ""


def _offer_columns(header: Sequence[str], body: Sequence[Sequence[str]]) -> list[int]:
    """The columns titled by a price's label alone ("Was | Now", "RRP | Our price") whose
    cells are all prices in a currency: an offer's prices, in the order printed, when there
    are two such columns at least."""
    out = []
    for column, title in enumerate(header):
        values = [r[column].strip() if column < len(r) else "" for r in body]
        values = [v for v in values if v and v not in _DASHES]
        if is_price_label(title) and values and all(is_price(v) for v in values):
            out.append(column)
    return out if len(out) >= 2 else []


def _more_price_columns(
    header: Sequence[str], body: Sequence[Sequence[str]], roles: dict[str, int]
) -> list[int]:
    """Columns right of the price column that are titled as prices too and hold amounts only
    ("MSRP (EUR) | Partner (EUR)", "Preis netto | Preis brutto", "€ / m² | € / kut.": per
    unit of area, per box; a row priced per piece, "6,90 / kom", where it is not sold by the
    box; whole amounts beside a price column of whole amounts, a currency without cents):
    the row's further prices, in the order printed. A column of rates ("Margin", "18%") is
    not titled so."""
    if "price" not in roles:
        return []
    whole = _whole_amounts(_filled_cells(body, roles["price"]))
    out = []
    for column in range(roles["price"] + 1, len(header)):
        if column in roles.values():
            continue
        if column_title_role(header[column]) != "price" and not _titled_alike(
            header[roles["price"]], header[column]
        ):
            continue
        values = _filled_cells(body, column)
        if values and (
            all(is_amount(v) or _PER_UNIT_READ.match(v) for v in values)
            or (whole and _whole_amounts(values))
        ):
            out.append(column)
    return out


def _titled_alike(price_title: str, title: str) -> bool:
    """A column titled as the price column is, then what its price is for ("MAP single |
    MAP 3-pack", "Net 1 | Net 10"): the same first word, a word of letters."""
    first, own = price_title.split(), title.split()
    return (
        len(first) >= 2
        and len(own) >= 2
        and first[0].isalpha()
        and first[0].casefold() == own[0].casefold()
    )


def _filled_cells(body: Sequence[Sequence[str]], column: int) -> list[str]:
    """A column's cells that hold something other than a dash."""
    values = [r[column].strip() for r in body if column < len(r) and r[column].strip()]
    return [v for v in values if v not in _DASHES]


# a whole amount, its thousands grouped ("37,500", "3 750", "800"): a price in a currency printed
# without cents (shillings, forints, dong)
_WHOLE_AMOUNT = re.compile(r"^\d{1,3}(?:[ ,.']\d{3})*$")


def _whole_amounts(values: Sequence[str]) -> bool:
    """Cells all whole amounts: the prices of a list in a currency without cents, when the
    column is titled as prices ("Bei/Katoni | Bei/Kipande" over "37,500 | 3,750")."""
    return bool(values) and all(_WHOLE_AMOUNT.match(v) for v in values)


# an amount and the unit it is for, set in a price column ("6,90 / kom", "12.50/pc"): a row
# priced per piece where the others are priced per pack
_PER_UNIT = re.compile(r"^\d{1,3}(?:[ ,.']?\d{3})*[.,]\d{2}\s?/\s?[^\W\d_]{1,5}\.?$")
# the same in a column titled as prices, as a scan's OCR may read it: the slash read as a bar
# or a bracket ("4,75 | kom", "4,75 [ kom") or lost ("7,46 kom")
_PER_UNIT_READ = re.compile(
    r"^\d{1,3}(?:[ ,.']?\d{3})*[.,]\d{2}(?:\s?[/|\[\]]\s?|\s)[^\W\d_]{1,5}\.?$"
)


# a quantity's title opening a price column's (the table finder ran the two columns into one,
# "Aantal Prijs € excl. btw"), and its cells: a count, then the amount ("1 34,50")
_QUANTITY_TITLE = re.compile(
    r"^(?:qty|quantity|aantal|anzahl|menge|antal|antall|ilość|quantité|qté|cantidad|quantità"
    r"|mennyiség|počet|määrä)\b",
    re.I,
)
_COUNTED_AMOUNT = re.compile(r"^\d{1,4}\s+(?P<amount>\d{1,3}(?:[ .]\d{3})*[.,]\d{2})$")


def _note_only(row: Sequence[str]) -> bool:
    """A row of one sentence and nothing else: a note set under the row above."""
    filled = [c.strip() for c in row if c.strip()]
    return len(filled) == 1 and filled[0].endswith(".") and " " in filled[0]


_MODEL_HEADER = re.compile(r"^(?:model[oeil]?|modèle|type|typ|tipo)\b", re.I)
# a column titled as the variant each row is of its family ("Variant", "Version", "Colour",
# "Finish"), in the languages catalogs come in: its cells name no product alone
_VARIANT_HEADER = re.compile(
    r"^(?:variants?|versions?|colou?rs?|finish(?:es)?|glaze|variante[ns]?|version(?:en)?"
    r"|ausführung|farbe|couleur|coloris|finition|acabado|colore|finitura|kleur|uitvoering"
    r"|wariant|kolor|varianta|provedení|barva)$",
    re.I,
)


def _words(text: str) -> int:
    """Words of a cell, signs set apart aside ("Prezzo € / 1000 pz": three)."""
    return sum(1 for word in text.split() if any(c.isalnum() for c in word))


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
    measured = False  # a row of quantities under the servings' titles ends the header
    while count < min(MAX_HEADER_ROWS, len(padded) - MIN_TABLE_ROWS - 1) and not measured:
        cells = [c for c in padded[count] if c.strip()]
        evidence = any(is_price(c) or is_code(c) or is_size(c) for c in cells)
        if count and _measures_under_titles(padded[count - 1], padded[count]):
            evidence = False  # each serving's quantity under its title ("Calice" / "0,15 l")
            measured = True
        figures = sum(1 for c in cells if re.fullmatch(r"[\d.,' ]+", c.strip())) >= 2
        if not cells or evidence or figures or any(_words(c) > 4 for c in cells):
            break
        if count and cells == [padded[count][0].strip()]:
            break  # under the titles, a row of its first cell alone: a group's name ("Oak Chair")
        if count and _YEAR_SPAN.search(" ".join(cells)):
            break  # a model and its years ("Toyota Corolla E210 | 1.8 Hybrid · 2019-2025")
        count += 1
    if count < 2:
        return rows
    joined = []
    for column in range(width):
        cells = [r[column].strip() for r in padded[:count] if r[column].strip()]
        lowest_titles = bool(cells) and column_title_role(cells[-1]) is not None
        joined.append(cells[-1] if lowest_titles else " ".join(cells))
    if _title_like(joined) < 2:
        return rows
    return [joined, *padded[count:]]


def _measures_under_titles(titles: Sequence[str], row: Sequence[str]) -> bool:
    """A header's second line giving the quantity of each serving titled over it ("Calice |
    Bottiglia | Magnum" over "0,15 l | 0,75 l | 1,5 l"): sizes alone, two at least, each
    under a title, beside words at most (another column's title)."""
    sizes = [n for n, c in enumerate(row) if SIZE.fullmatch(c.strip())]
    return (
        len(sizes) >= 2
        and all(n < len(titles) and titles[n].strip() and not has_digit(titles[n]) for n in sizes)
        and all(not has_digit(c) for n, c in enumerate(row) if n not in sizes)
    )


def header_above(page: PageLayout, index: int) -> list[str] | None:
    """A table's column titles set apart above it, one line of short blocks (a section's
    heading may come between them and the table's first row), when the table's own first
    row is no header: one title per column, at least two naming a role."""
    table = page.blocks[index]
    width = max(len(r) for r in table.rows or [[]])
    line_height = (table.bottom - table.top) / max(len(table.rows or []), 1)
    candidates = []
    for block in page.blocks[:index]:
        if block.kind not in ("paragraph", "heading", "caption"):
            continue
        grouped = _under_group_title(block, page.blocks[:index])
        if grouped is not None:
            block = grouped  # "Price breaks (qty)" over "1+": the column's title is "1+"
        elif not _title_lines(block):
            continue
        reach = HEADER_ABOVE_ROWS * line_height + _headings_between(page, block, table)
        if not (0 <= table.top - block.bottom <= reach):
            continue
        if block.right < table.left - 4 or block.left > table.right + 4:
            continue
        if not any(c.isalnum() or unicodedata.category(c) == "Sc" for c in block.text):
            # a speck a scan's OCR read as a mark (";", "'"), no column's title; a currency's
            # sign alone ("£", "€") titles a column of bare amounts: their prices
            continue
        if len(block.lines) == 2:  # set on the line of its lower line, as the other titles
            middle = (block.top + block.bottom) / 2
            block = replace(block, bbox=(block.left, middle, block.right, block.bottom))
        candidates.append(block)
    for blocks in reversed(rows_of_blocks(candidates)):  # the nearest line first
        if len(blocks) > width and table.columns and len(table.columns) == width:
            blocks = (
                _over_columns(blocks, table.columns)
                or _joined_over_columns(blocks, table.columns)
                or blocks
            )
        titles = [b.text.strip() for b in blocks]
        if len(titles) == width - 1 or (len(titles) == width - 2 and page.source == "ocr"):
            titles = _joined_titles_split(titles)
        if len(titles) == width - 1 and page.source == "ocr" and table.columns:
            titles = _title_lost(page, blocks, titles, table.columns) or titles
        if len(titles) != width:
            continue
        if _title_like(titles) >= 2 and not any(is_price(t) or len(t.split()) > 4 for t in titles):
            return titles
    return _titles_carried(page, index)


TITLE_LINE_WORDS = 3  # words of each line of a column title wrapped over two lines


def _under_group_title(block: Block, others: Sequence[Block]) -> Block | None:
    """A column's title read together with the title of a group of columns set over it
    ("Price breaks (qty)" over "1+", "10+", "100+"): two lines, the upper reaching over the
    titles of the next columns, level with the lower line and within the upper line's span.
    The lower line alone, on its own line and ending before the next title; else None."""
    if len(block.lines) != 2 or len(block.lines[1].split()) > TITLE_LINE_WORDS:
        return None
    middle = (block.top + block.bottom) / 2
    lower = (block.left, middle, block.right, block.bottom)
    beside = [
        o
        for o in others
        if o is not block
        and o.kind in ("paragraph", "heading", "caption")
        and len(o.lines) <= 1
        and block.left < o.left
        and o.right <= block.right + 2
        and min(o.bottom, lower[3]) - max(o.top, lower[1]) >= 0.5 * (o.bottom - o.top) > 0
    ]
    if not beside:
        return None
    right = min(o.left for o in beside) - 1
    text = block.lines[1].strip()
    return replace(block, bbox=(block.left, middle, right, block.bottom), text=text, lines=[text])


def _title_lines(block: Block) -> bool:
    """A block that can be a column's title: one line, or two short lines without figures
    (a currency over the title, "RSD / Cena sa PDV"; a title wrapped, "Preis / netto")."""
    if len(block.lines) <= 1:
        return True
    return len(block.lines) == 2 and all(
        len(line.split()) <= TITLE_LINE_WORDS and not has_digit(line) for line in block.lines
    )


OUTLINE_HEADING_LINES = 1  # lines of a section's heading between a table and its titles


def _headings_between(page: PageLayout, titles: Block, table: Block) -> float:
    """The depth of the section headings set between a line of column titles and the table
    under them (an outline's "1. WALLING" over "1.1 Blocks"): each one line, across the
    table's left part; they push the table down without parting it from its titles."""
    depth = 0.0
    for block in page.blocks:
        if (
            block.kind in ("heading", "list_item")
            and len(block.lines) <= OUTLINE_HEADING_LINES
            and titles.bottom <= block.top
            and block.bottom <= table.top
            and block.left <= table.left + 4
        ) or _outline_heading(block, titles, table):
            depth += block.bottom - block.top + 4.0
    return depth


def _title_lost(
    page: PageLayout, blocks: list[Block], titles: list[str], spans: list[tuple[float, float]]
) -> list[str] | None:
    """A line of titles one short of the table's columns on a scanned page, the OCR having
    lost a short title ("J.m." over the units): each title set over the first column it
    overlaps (a title split in two, "Poz. / Naziv", over that column and the next), in order,
    and an empty title put over the one column left without; None unless so."""
    placed: list[int] = []
    for block in blocks:
        over = [
            c
            for c, (left, right) in enumerate(spans)
            if block.left - 4 <= right and left <= block.right + 4
        ]
        if not over:
            return None
        halves = len(_joined_titles_split([block.text.strip()]))
        placed += [over[0] + h for h in range(halves)]
    if len(placed) != len(titles) or placed != sorted(set(placed)) or placed[-1] >= len(spans):
        return None
    missing = [c for c in range(len(spans)) if c not in placed]
    if len(missing) != 1:
        return None
    split = _two_titles_read_as_one(blocks, titles, placed, spans, missing[0])
    if split is not None:
        return split
    left, right = spans[missing[0]]
    top, bottom = min(b.top for b in blocks), max(b.bottom for b in blocks)
    if any(
        b.top < bottom and top < b.bottom and b.left <= right and left <= b.right
        for b in page.blocks
    ):
        return None  # something is set there (a "#" left out as a speck): no title lost
    return [*titles[: missing[0]], "", *titles[missing[0] :]]


def _two_titles_read_as_one(
    blocks: list[Block],
    titles: list[str],
    placed: list[int],
    spans: list[tuple[float, float]],
    missing: int,
) -> list[str] | None:
    """The titles of two neighbouring columns that a scan's OCR read as one block ("Msimbo
    Bidhaa" over a code column and a name column, the gap between them narrow): the block
    placed over the column left of the one without a title and reaching into it, its words
    parted where their place in the block (by their letters' share of its width) crosses
    from the one column to the next. None unless each column gets a word or more."""
    if missing == 0 or missing - 1 not in placed:
        return None
    number = placed.index(missing - 1)
    block = blocks[number]
    left, right = spans[missing]
    if not (left <= block.right + 4 and block.right <= right + 4):
        return None
    words = block.text.split()
    if len(words) < 2 or len(_joined_titles_split([block.text.strip()])) != 1:
        return None
    boundary = (spans[missing - 1][1] + left) / 2  # the middle of the gap between the columns
    per_letter = (block.right - block.left) / max(len(block.text.strip()), 1)
    first: list[str] = []
    offset = 0
    for word in words:
        middle = block.left + per_letter * (offset + len(word) / 2)
        if middle > boundary:
            break
        first.append(word)
        offset += len(word) + 1
    if not first or len(first) == len(words):
        return None
    rest = words[len(first) :]
    return [*titles[:number], " ".join(first), " ".join(rest), *titles[number + 1 :]]


def _outline_heading(block: Block, titles: Block, table: Block) -> bool:
    """A one-line paragraph between a table and its titles opening with an outline's position
    ("1.1 Blocks"): a section's heading a scan's OCR could not see set bold."""
    return (
        block.kind == "paragraph"
        and len(block.lines) <= OUTLINE_HEADING_LINES
        and titles.bottom <= block.top
        and block.bottom <= table.top
        and block.left <= table.left + 4
        and bool(_POSITION.match(block.text.split(" ", 1)[0]))
    )


def _joined_titles_split(titles: list[str]) -> list[str]:
    """A line of column titles with one title standing for two columns, joined by a slash
    ("Poz. / Naziv": the position number and the name), split in two when each half titles
    a role; else the titles as they were."""
    for number, title in enumerate(titles):
        halves = [h.strip() for h in title.split(" / ")]
        if len(halves) == 2 and all(column_title_role(h) for h in halves):
            return [*titles[:number], *halves, *titles[number + 1 :]]
    return titles


def _over_columns(titles: list[Block], columns: list[tuple[float, float]]) -> list[Block] | None:
    """One title per column, each the one whose middle lies over that column, when the line
    has more titles than the table has columns: a scan's OCR loses a column of lone digits
    ("Pos." 1, 2, 3 or "Qty" 1, 1, 1) and its title stays. None unless every column gets
    exactly one title; the titles over no column are dropped."""
    out: list[Block] = []
    for left, right in columns:
        over = [t for t in titles if left - 4 <= (t.left + t.right) / 2 <= right + 4]
        if len(over) != 1:
            return None
        out.append(over[0])
    return out


_UNIT_NOTE = re.compile(r"^\([^()]{1,12}\)$")  # a title's unit in brackets: "(mm)", "(VNĐ)"


def _joined_over_columns(
    titles: list[Block], columns: list[tuple[float, float]]
) -> list[Block] | None:
    """One title per column when a scan's OCR broke a title before its unit in brackets
    ("Quy" and "(mm)" for "Quy cách (mm)", a word lost between them): each piece goes to the
    column it overlaps most, the pieces of a column joined in reading order. None unless
    every piece overlaps a column, every column gets one (a lost column's title stays over
    nothing) and a column's pieces after its first are units (two titles over one column,
    "Part no." and "Pos.", are two columns', one of them lost)."""
    pieces: list[list[Block]] = [[] for _ in columns]
    for title in titles:
        overlaps = [min(title.right, right) - max(title.left, left) for left, right in columns]
        best = max(range(len(columns)), key=lambda c: overlaps[c])
        if overlaps[best] <= 0:
            return None
        pieces[best].append(title)
    if not all(pieces):
        return None
    out = []
    for group in pieces:
        group = sorted(group, key=lambda b: b.left)
        if not all(_UNIT_NOTE.match(b.text.strip()) for b in group[1:]):
            return None  # two titles over one column ("Part no.", "Pos."): two columns'
        box = (
            group[0].left,
            min(b.top for b in group),
            max(b.right for b in group),
            max(b.bottom for b in group),
        )
        out.append(replace(group[0], bbox=box, text=" ".join(b.text.strip() for b in group)))
    return out


def names_over_columns(page: PageLayout, index: int) -> tuple[list[str], set[int]] | None:
    """A comparison table whose models are named over it, apart (a photo over each column,
    its model's name under the photo, the table's first column titling the rows "Article no.",
    "RRP"): the header row it lacks ("", then a name a column) and the blocks naming them;
    None unless the nearest line of names within `HEADER_ABOVE_ROWS` rows above the table sets
    exactly one name over each of its columns but the first, and none over that."""
    table = page.blocks[index]
    if not table.columns or len(table.columns) < 3:
        return None
    line_height = (table.bottom - table.top) / max(len(table.rows or []), 1)
    candidates = [
        b
        for b in page.blocks[:index]
        if b.kind in ("paragraph", "heading", "caption")
        and len(b.lines) <= 1
        and 0 <= table.top - b.bottom <= HEADER_ABOVE_ROWS * line_height
        and b.right >= table.left
        and b.left <= table.right
    ]
    for line in reversed(rows_of_blocks(candidates)):  # the nearest line first
        first, *rest = table.columns
        if any(first[0] - 4 <= (b.left + b.right) / 2 <= first[1] + 4 for b in line):
            continue
        over = _over_columns(line, rest)
        if over is None:
            continue
        names = [b.text.strip() for b in over]
        if all(_column_name(n) for n in names) and len({name_key(n) for n in names}) == len(names):
            position = {id(b): i for i, b in enumerate(page.blocks)}
            return ["", *names], {position[id(b)] for b in over}
    return None


COLUMN_NAME_MAX_WORDS = 5  # words of a model's name over a comparison's column ("Rova 2000 RTK")


def _column_name(text: str) -> bool:
    """A model's name: a few words, one of them a word of letters ("Rova 1200 X", "Verdia 46
    S"), not a price, not a sentence."""
    words = text.split()
    return (
        1 <= len(words) <= COLUMN_NAME_MAX_WORDS
        and starts_like_a_name(text)
        and not is_price(text)
        and not text.endswith((".", ":"))
        and any(sum(c.isalpha() for c in w) >= 3 for w in words)
    )


CARRY_ALIGN = 6.0  # points two tables' edges may differ by and still be one list's sections


def _titles_carried(page: PageLayout, index: int) -> list[str] | None:
    """The column titles of a list set in sections (a heading between them, the titles set
    once at the top): a table with the same columns and edges as the one before it on the page,
    with only headings and short lines between them, has that table's titles set apart."""
    table = page.blocks[index]
    width = max(len(r) for r in table.rows or [[]])
    for earlier in range(index - 1, -1, -1):
        block = page.blocks[earlier]
        if block.bottom > table.top:
            continue  # beside it or below it: another column of the page
        if block.kind != "table":
            # a section's heading; an outline's numbered one ("2. INSULATION") is a list item
            if block.kind in ("heading", "paragraph", "caption", "list_item") and (
                len(block.lines) <= 1 or _opens_outline(block, page)
            ):
                continue
            return None
        same = (
            max(len(r) for r in block.rows or [[]]) == width
            and abs(block.left - table.left) <= CARRY_ALIGN
            and abs(block.right - table.right) <= CARRY_ALIGN
        )
        if not same and _columns_kept(page, block, table) is not None:
            continue  # a section whose OCR lost a column: the titles are carried past it
        if not same:
            return _titles_of_kept_columns(page, earlier, index)
        # a table the table finder cut in two (at a rule's gap): its first part's own titles,
        # when both parts fill the same columns (a scan's tables may be cut at other places)
        first = (block.rows or [[]])[0]
        own = None
        if _roles(block.rows or [[]])[1] and _filled_columns(
            (block.rows or [])[1:]
        ) == _filled_columns(table.rows or []):
            own = first + [""] * (width - len(first))
        return header_above(page, earlier) or own
    return None


def _titles_of_kept_columns(page: PageLayout, earlier: int, index: int) -> list[str] | None:
    """On a scanned page, the titles carried to a section's table with fewer columns than the
    one before it (the OCR lost a column of short words, the units "kom", "kg"): each of its
    columns under exactly one of the earlier table's, the edges of both the same; that
    column's title each."""
    block, table = page.blocks[earlier], page.blocks[index]
    kept = _columns_kept(page, table, block)
    if kept is None:
        return None
    titles = header_above(page, earlier)
    if not titles or len(titles) != len(block.columns or []):
        return None
    return [titles[c] for c in kept]


def _columns_kept(page: PageLayout, fewer: Block, more: Block) -> list[int] | None:
    """On a scanned page, for each column of a table, the one column of another table (the
    same edges, more columns) under it, in order; None unless each has exactly one."""
    if page.source != "ocr" or not fewer.columns or not more.columns:
        return None
    if abs(fewer.left - more.left) > CARRY_ALIGN or abs(fewer.right - more.right) > CARRY_ALIGN:
        return None
    if len(fewer.columns) != max(len(r) for r in fewer.rows or [[]]):
        return None
    if len(more.columns) != max(len(r) for r in more.rows or [[]]):
        return None
    kept = []
    for left, right in fewer.columns:
        under = [c for c, (l2, r2) in enumerate(more.columns) if left < r2 - 1 and l2 + 1 < right]
        if len(under) != 1:
            return None
        kept.append(under[0])
    if kept != sorted(set(kept)) or len(kept) >= len(more.columns):
        return None
    return kept


def _opens_outline(block: Block, page: PageLayout) -> bool:
    """On a scanned page, a paragraph opening with an outline's position ("3.1 Rebar"): a
    section's heading, the OCR having read the row under it into the same block."""
    return (
        page.source == "ocr"
        and block.kind == "paragraph"
        and bool(block.lines)
        and bool(_POSITION.match(block.lines[0].strip().split(" ", 1)[0]))
    )


def _filled_columns(rows: Sequence[Sequence[str]]) -> set[int]:
    """The columns at least half of the rows fill."""
    width = max((len(r) for r in rows), default=0)
    return {
        c
        for c in range(width)
        if sum(1 for r in rows if c < len(r) and r[c].strip()) * 2 >= len(rows)
    }


def table_heads(page: PageLayout, index: int) -> set[int]:
    """The text blocks between a table and a photo right above it (at most `HEAD_DEPTH`
    apart), under the photo, with no price or code (the crop's name and a line on sowing
    over its table of varieties): the table's heading and note, not a photo's caption naming
    a product of its own."""
    table = page.blocks[index]
    heads: set[int] = set()
    for block in page.blocks:
        if block.kind != "figure" or not (0 <= table.top - block.bottom <= HEAD_DEPTH):
            continue
        if block.right < table.left or block.left > table.right:
            continue
        heads.update(
            n
            for n, b in enumerate(page.blocks)
            if b.kind in ("heading", "caption", "paragraph")
            and block.bottom <= b.top
            and b.bottom <= table.top
            and block.left - 4 <= b.left
            and b.right <= block.right + 4
            and not (PRICE.search(b.text) or CODE_LABEL.search(b.text))
        )
    return heads


HEAD_DEPTH = 80.0  # points between a photo and a table whose heading sits between them


_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ)])\.\s+(?=[A-ZÀ-Ý])")


def column_titles(document: DocumentLayout) -> Counter[tuple[str, ...]]:
    """How often each row of column titles ("Glass | Bottle" right of a section's name)
    starts a table or a section of one in the document."""
    counts: Counter[tuple[str, ...]] = Counter()
    for page in document.pages:
        for block in page.blocks:
            for row in block.rows or []:
                cells = tuple(c.strip() for c in row[1:] if c.strip())  # blank columns aside
                if cells and not any(has_digit(c) for c in cells):
                    counts[cells] += 1
    return counts


def sectioned_list(
    block: Block, page: int, index: int, titles_seen: Counter[tuple[str, ...]]
) -> list[Product]:
    """A list set in sections that repeat its column titles ("Glass | Bottle" under each
    region's name): each other row with text and amounts under those titles is a product,
    named by its first cell's first sentence (the rest describes it). Recurring titles
    without figures show a list by sections, not a statement of accounts; so do titles that
    name nothing but servings ("Tapa | Ración", "Small | Large": a menu's two prices a dish),
    even when set once. A dash under a serving's title is a serving not offered; a column
    the titles leave empty and no row fills with an amount (a centred section heading the
    table finder cut a column for) is no column of the list."""
    rows = block.rows or []
    if len(rows) < MIN_TABLE_ROWS + 2:
        return []
    width = max(len(r) for r in rows)
    padded = [[c.strip() for c in r + [""] * (width - len(r))] for r in rows]
    padded = _without_blank_columns(padded)
    titles = tuple(padded[0][1:])
    sections = [n for n, r in enumerate(padded) if tuple(r[1:]) == titles]
    if titles_seen[titles] < 2 and not (titles and all(_SERVING.fullmatch(t) for t in titles)):
        titles, sections = _serving_titles(padded) or (titles, sections)
    cups = _volume_rows(padded)
    if (
        (titles_seen[titles] < 2 and not (titles and all(_SERVING.fullmatch(t) for t in titles)))
        or not all(titles)
        or any(has_digit(t) or len(t.split()) > 3 for t in titles)
    ):
        served = _served_sections(padded)
        if len(cups) < 2 and served is None:
            return []
        if len(cups) >= 2:
            # the size titles lost (a scan set them apart) or unread: the rows of cup volumes
            # under them, set again for each section, start the sections
            titles, sections = tuple(padded[cups[0]][1:]), cups
        else:
            titles, sections = served or (titles, sections)
    height = (block.bottom - block.top) / max(len(rows), 1)
    whole = sections == cups or _served_volumes(padded, sections)
    if not whole and titles and all(_SERVING.fullmatch(t) for t in titles):
        # a section titled by servings ("PASTALAR | Dilim | Bütün"): whole numbers under them
        # are a dish's prices, unless they rise down the list as a contents list's pages do
        whole = not _rising(padded, sections)
    out = []
    for number, row in enumerate(padded):
        if number in sections:
            continue
        amounts = [c for c in row[1:] if c and (is_amount(c) or (whole and _WHOLE.fullmatch(c)))]
        if not amounts or any(
            c and c not in amounts and c not in _DASHES and not _LEADER_CELL.fullmatch(c)
            for c in row[1:]
        ):
            continue
        first = _SENTENCE_END.split(row[0], maxsplit=1)
        name = _FOOTNOTE_MARKS.sub("", first[0]).strip(" .")
        name, gloss = _without_gloss(name, block.asides)
        # a name may carry its size, in two languages too ("Øl 33 cl Beer 33 cl"): figures
        if not is_name(SIZE.sub("", name).strip(" ,;")) or not starts_like_a_name(name):
            continue
        section = max((n for n in sections if n < number), default=sections[0])
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
                    **{
                        t: c
                        for t, c in zip(titles, row[1:], strict=True)
                        if c in amounts and number > section
                    },
                    **({"other names": gloss} if gloss else {}),
                },
                block_indexes=[index],
            )
        )
    return out if len(out) >= MIN_PRICED_ENTRIES else []


def _served_sections(rows: list[list[str]]) -> tuple[tuple[str, ...], list[int]] | None:
    """The titles and sections of a menu whose section names stand in its rows, one at least
    with its price columns titled by servings beside it ("PASTALAR | Dilim | Bütün": by the
    slice, whole), the others set in capitals alone on their row ("KAHVALTI · 09.00-14.00").
    The servings are what a menu prices, never a contents list's or a report's columns."""
    served = [
        n
        for n, r in enumerate(rows)
        if sum(1 for c in r[1:] if c) >= 2 and all(_SERVING.fullmatch(c) for c in r[1:] if c)
    ]
    if not served or not all(rows[served[0]]):
        return None  # servings under no section's name: a report's row, a survey's
    capitals = [
        n
        for n, r in enumerate(rows)
        if r[0] and not any(r[1:]) and r[0].upper() == r[0] and any(ch.isalpha() for ch in r[0])
    ]
    return tuple(rows[served[0]][1:]), sorted(served + capitals)


def _rising(rows: list[list[str]], sections: list[int]) -> bool:
    """Whether the whole numbers at the rows' ends rise all the way down (three at least): a
    table of contents' page numbers, where a menu's prices go up and down."""
    ends = [
        int(c)
        for n, r in enumerate(rows)
        if n not in sections
        for c in [next((c for c in reversed(r[1:]) if c), "")]
        if _WHOLE.fullmatch(c)
    ]
    return len(ends) >= 3 and all(a <= b for a, b in itertools.pairwise(ends))


# a cell of a row of cup sizes: a volume, or a quantity whose unit a scan misread ("250 mi")
_QUANTITY = re.compile(r"\d+(?:[.,]\d+)?\s?[^\W\d_]{1,2}")


def _volume_rows(rows: list[list[str]]) -> list[int]:
    """The rows of a list that give its sizes' volumes alone ("| 250 ml | 350 ml | 450 ml"):
    a blank first cell, a quantity in every other filled one, two volumes at least."""
    return [
        n
        for n, row in enumerate(rows)
        if not row[0]
        and sum(1 for c in row[1:] if _VOLUME.fullmatch(c)) >= 2
        and all(_QUANTITY.fullmatch(c) for c in row[1:] if c)
    ]


def _served_volumes(rows: list[list[str]], sections: list[int]) -> bool:
    """Whether the titles of a list by sections stand over a row of volumes, one a title
    ("Small | Medium | Large" over "250 ml | 350 ml | 450 ml"): cup or glass sizes, so the
    whole numbers under them are a drink's prices ("80 | 95 | 110"), as whole numbers under
    a volume in the titles are (`_measure_columns`). Every section's titles row bears them
    (set again under the next section's name); a row of figures in a unit is no price. The
    row of volumes is read as `_volume_rows` reads it: two volumes at least, the other cells
    quantities, so a unit a scan misread ("250 mi" beside "350 ml") keeps the drinks' prices,
    as it does where OCR set the titles apart; weights alone ("500 g | 1 kg") are no cups."""
    below = [n + 1 for n in sections if n + 1 < len(rows)]
    volumes = set(_volume_rows(rows))
    return bool(below) and all(n in volumes for n in below)


def _serving_titles(rows: list[list[str]]) -> tuple[tuple[str, ...], list[int]] | None:
    """A menu's serving titles as a scan reads them: each section's title row ("| Tapa |
    Ración") has a blank first cell and servings only, but OCR drops a title here and there
    ("| Tapa |"), or sets the first row apart from the table. The titles are those of a row
    naming every column; the sections start at each row of servings, at least two of them
    (the rows before the first are the first section, its title row lost)."""
    marked = [
        n
        for n, r in enumerate(rows)
        if not r[0] and any(r[1:]) and all(_SERVING.fullmatch(c) for c in r[1:] if c)
    ]
    full = [n for n in marked if all(rows[n][1:])]
    if len(marked) < 2 or not full:
        return None
    return tuple(rows[full[0]][1:]), marked


# titles of a menu's price columns that name a serving (a portion, a glass or a bottle)
_SERVING = re.compile(
    r"(?:1/2|½|media|tapa|raci[oó]n|media raci[oó]n|pincho|small|medium|large|regular|half|full"
    r"|glass|bottle|carafe|pint|cup|bowl|slice|whole|piece|portion|copa|botella|vaso|jarra"
    r"|pequeñ[oa]|grande|klein|groß|gross|glas|flasche|halbe|verre|bouteille|pichet"
    r"|petit|grand|demi|bicchiere|bottiglia|caraffa|piccol[oa]|intera|porzione|mezza"
    r"|dilim|bütün|porsiyon|yarım|yarım porsiyon"
    # a drink served hot or iced ("Panas | Ais" on a Malaysian kopitiam's menu)
    r"|hot|iced|cold|heiß|kalt|chaud|froid|caliente|fr[ií]o|caldo|freddo|sıcak|soğuk"
    r"|panas|ais|sejuk|nóng|đá"
    r"|(?-i:[SML]|XL))\.?",
    re.I,
)
# a serving not offered; a scan reads a dash as "=", "~" or "_" now and then
_DASHES = ("-", "–", "—", "/", "·", "=", "~", "_")
# footnote marks after a dish's name: its allergens by number ("(2, 10)"), "*", "¹", or
# small raised numbers as a scan reads them (quotes, "®", "?": "Patatas bravas “'?")
_FOOTNOTE_MARKS = re.compile(r"\s*(?:\(\s*\d{1,2}(?:\s*[,;/]\s*\d{1,2})*\s*\)|[*¹²³'‘’“”®?°]+)\s*$")


def _without_blank_columns(rows: list[list[str]]) -> list[list[str]]:
    """The rows without the columns (after the first) that the first row leaves empty and no
    row fills with an amount."""
    keep = [
        c
        for c in range(len(rows[0]))
        if c == 0 or rows[0][c] or any(is_amount(r[c]) for r in rows[1:])
    ]
    return [[r[c] for c in keep] for r in rows]


def _without_section(name: str, section: str) -> str:
    """A name without the words it ends in that repeat its section's title ("... 2012 Mosel,
    Germany" under "MOSEL · Germany": where it comes from, said again in its detail line)."""
    known = {w.casefold() for w in re.findall(r"\w+", section)}
    words = name.split()
    while len(words) > 1 and re.sub(r"\W", "", words[-1]).casefold() in known:
        words.pop()
    return " ".join(words).strip(" ,;·-–")


_LEADER_CELL = re.compile(r"^\s*(?:[.·…_]\s*){3,}$")  # a cell of dot leaders alone


def transposable(block: Block) -> bool:
    """A table that may present its products as columns: its first column titles rows by
    role ("Art. No.", "Price"; not the first cell of a row of column titles), or a row of it
    holds labelled codes ("Ref. 30-7850") one a column (bare figures across a row are a
    register's bits or a year's values), or it is a row of cards: names across its first
    row, a row of prices under them."""
    rows = block.rows or []
    if sum(1 for r in rows for c in r if _LEADER_CELL.match(c)) >= 2:
        return False  # its dot leaders run entries out to page numbers: an index, read across
    # a row of column titles ("Item | Basis of design | Finish | Qty / door", set again over
    # each section) titles the columns under it: its first cell titles no row
    titles = [
        r[0].strip()
        for r in rows
        if r and len(r[0].split()) <= 3 and not columns.is_header_row(r, column_title_role)
    ]
    if sum(1 for t in titles if column_title_role(t)) >= 2:
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
        and all(is_name(n) and starts_like_a_name(n) for n in names)
        and any(
            sum(1 for c in r if c.strip()) >= 2 and all(is_price(c) for c in r if c.strip())
            for r in rows[1:]
        )
    )


def prices_under(page: PageLayout, index: int, products: list[Product]) -> None:
    """Cards side by side read as a table across, their prices set apart at their feet: the
    first line under the table holding nothing but prices, one a card, prices them left to
    right (each card's price under its own column)."""
    if not products or any(p.prices for p in products):
        return
    table = page.blocks[index]
    below = [b for b in page.blocks if b.kind != "figure" and b.top >= table.bottom - 1]
    if not below:
        return
    first = min(b.top for b in below)
    height = min(b.bottom - b.top for b in below if b.top == first)
    line = sorted((b for b in below if b.top - first <= 0.5 * height), key=lambda b: b.left)
    texts = [b.text.strip() for b in line]
    apart = all(a.right <= b.left for a, b in itertools.pairwise(line))
    if len(line) == len(products) and apart and all(is_price(t) and has_digit(t) for t in texts):
        for product, price in zip(products, texts, strict=True):
            product.prices = [price]


def transposed(block: Block) -> Block:
    """A table read the other way: products as its columns, their properties as its rows
    (a comparison table: names in the first row, "Price", "Art. No." down the first column)."""
    rows = block.rows or []
    width = max((len(r) for r in rows), default=0)
    padded = [r + [""] * (width - len(r)) for r in rows]
    rows = [list(column) for column in zip(*padded, strict=True)]
    return replace(block, rows=rows, columns=None)  # its columns were rows: no edges known


# a line of nothing but labelled codes: "Cód. 87415 EAN 8488309824404", "Art. 1048822"
_CODES_LINE = re.compile(r"(?:[^\W\d_]{1,4}\.?:?\s*\d{4,14}\s*){1,3}")


def _stacked_entry_lines(rows: list[list[str]]) -> bool:
    """Whether a "table" is a list's entries read line by line beside their prices (a scan's
    rows of name, brand, "Formato: caja 12 x 1 L", "Cód. 97487 EAN 84…" stacked in its first
    column): a first cell that is a code line alone on its row and another that is a "key:
    value" line are an entry's lines, never a table's row names."""
    firsts = [r[0].strip() for r in rows if r]
    coded = any(
        _CODES_LINE.fullmatch(r[0].strip()) and not any(c.strip() for c in r[1:]) for r in rows if r
    )
    return coded and any(KEY_VALUE.match(c) for c in firsts)


def table_products(
    block: Block,
    page: int,
    index: int,
    above: list[str] | None = None,
    title: str | None = None,
    least: int = MIN_TABLE_ROWS + 1,
    tags: set[str] | None = None,
    models_first: bool = False,
    fewest: int = MIN_TABLE_ROWS,
) -> list[Product]:
    """The rows of a price list as products, `fewest` of them at least (`models_first`: a
    comparison table read across, its first column the models compared, named as its column
    titles were printed)."""
    rows = block.rows or []
    # column titles set apart over it (or carried from the section before) are its first row
    if len(rows) + (above is not None) < least or max(len(r) for r in rows) < 2:
        return []
    # their titles repeated in the table, or over it, set apart
    halves = _side_by_side(rows) or (_side_by_side([above, *rows]) if above else [])
    if halves:  # two tables set side by side, read as one: each on its own, marks in common
        marks = _tags([c for r in rows for c in r])
        return [
            p
            for h in halves
            for p in table_products(replace(block, rows=h), page, index, tags=marks)
        ]
    if _stacked_entry_lines(rows):
        return []
    printed = len(rows)
    rows = _header_rows(_titles_over_two_cells(code_and_name_split(_without_title_rows(rows))))
    header_rows = printed - len(rows) + 1  # rows of the block its header takes, when it has one
    roles, has_header = _roles(rows, models_first)
    if not has_header and above is not None:
        rows, header_rows = [above, *rows], 0
        roles, has_header = _roles(rows, models_first)
    if "name" not in roles or not ("price" in roles or "code" in roles):
        return _price_matrix(block, page, index, title)
    if "price" not in roles and _counts_rows(
        [r[roles["code"]] for r in rows[1:] if len(r) > roles["code"]]
    ):
        return []  # a drawing's legend (1 Housing cover, 2 Gasket ...): callouts, not articles
    if "price" not in roles and _listing_rows(
        [r[roles["code"]] for r in rows[1:] if len(r) > roles["code"]]
    ):
        return []  # models covered by a guarantee, fitted, compatible: no article's code
    if "code" in roles and _letters_rows(
        [r[roles["code"]] for r in rows[1:] if len(r) > roles["code"]]
    ):
        del roles["code"]  # a bill of quantities' items lettered A, B, C: no article codes
        if "price" not in roles:
            return []
    width = max(len(r) for r in rows)
    header = rows[0] + [""] * (width - len(rows[0])) if has_header else [""] * width
    body = rows[1:] if has_header else rows
    # a column titled as names ("Designation") holding designations ("6204-2Z"): an
    # engineering table names its articles by their codes, its other columns their data
    designated = (
        has_header
        and "code" not in roles  # a column of its own holds the codes ("Model | ... | Ref.")
        and _designations([(r + [""] * width)[roles["name"]] for r in body])
    )
    if designated:
        roles["code"] = roles["name"]
    measures = _measure_columns(header, body) if has_header else []
    counted = {header[c].strip() for c in _counted_titles(header) if c in measures}
    quantity_breaks = _break_columns(header, body) if has_header and not measures else []
    measures = measures or quantity_breaks or (_offer_columns(header, body) if has_header else [])
    if (
        "code" not in roles
        and not measures
        and _amount_columns(body) >= 2
        and not _priced_beside_figures(header, body, roles)
        and not (has_header and _amounts_titled_as_prices(header, body))
    ):
        return []  # a financial table: amounts per year or per quarter, not a price list
    naming = _naming_columns(body, roles, width) if title else None
    variants = has_header and _variants_named(
        title, header[roles["name"]], [(r + [""] * width)[roles["name"]] for r in body]
    )
    dated = _dates_before(body, roles, width)
    sized_by = _groups_before(body, roles, width) if dated is None else None
    makers = _makers([(r + [""] * width)[roles["name"]] for r in body])
    tags = tags or _tags([(r + [""] * width)[roles["name"]] for r in body])
    # a column titled "Model" names its rows by designations ("TP-330") that look like codes
    models = ("code" in roles and bool(_MODEL_HEADER.match(header[roles["name"]].strip()))) or (
        models_first and roles["name"] == 0 and _models([r[0] for r in body])
    )
    breaks = _quantity_breaks(body, roles, width) if "code" in roles else []
    breaks = [c for c in measures if c != roles.get("price")] or breaks
    breaks = breaks or (_more_price_columns(header, body, roles) if has_header else [])
    more_codes = columns.code_columns(header, body, roles, has_header, column_title_role)
    if "code" not in roles and any(_TOTAL.match(r[roles["name"]].strip()) for r in body):
        return []  # a budget, a bill: a price list does not total its prices
    if "code" not in roles and "price" in roles and _totals_its_amounts(body, roles["price"]):
        return []  # the same, its "Total" label lost (a scan's OCR missed it)
    row_height = (block.bottom - block.top) / max(printed, 1)
    offset = header_rows if has_header else 0
    grouped = _variant_groups(body, roles, width)
    if grouped is not None:
        return _grouped_products(block, page, index, grouped, roles, row_height, offset)
    out: list[Product] = []
    fits: dict[int, str] = {}  # a product's number: the model it fits, by the group row over it
    fitted = ""
    dimensions = _dimension_columns(header, body) if has_header else None
    carried = ""  # the first dimension, printed on its group's first row only
    for number, row in enumerate(body):
        row = row + [""] * (width - len(row))
        if dimensions is not None:
            carried = row[dimensions[0][0]].strip() or carried
        model = _fitted_model(row, roles)
        if model is not None:
            fitted = model
            continue
        if fitted and out and _continues(row, roles["name"]):
            out[-1].name = f"{out[-1].name} {row[roles['name']].strip()}"
            continue
        name, gloss = _without_gloss(row[roles["name"]].strip(), block.asides)
        name, _, maker = name.rpartition(", ") if makers and ", " in name else (name, "", "")
        tag = name.rsplit(" ", 1)[-1] if " " in name and name.rsplit(" ", 1)[-1] in tags else ""
        name = name[: -len(tag)].strip() if tag else name
        filled_columns = [c for c in range(width) if row[c].strip()]
        if out and filled_columns == [roles["name"]] and name.endswith(".") and " " in name:
            out[-1].description = name  # a note set under its row ("Smooth skin, deep colour.")
            continue
        if out and _continues(row, roles["name"]) and name in block.asides:
            # a note set smaller under its row ("light hairlines" under a coin): no more name
            out[-1].description = f"{out[-1].description} {name}".strip()
            continue
        if out and _continues(row, roles["name"]):
            out[-1].name = f"{out[-1].name} {name}"  # its description wrapped onto a row
            continue
        former = _former_under(row, body[number - 1], roles) if out and number else None
        if former is not None:  # its name wrapped beside the price struck under the offer
            out[-1].name = f"{out[-1].name} {name}"
            if former:
                out[-1].prices = unique_texts([*out[-1].prices[:1], former, *out[-1].prices[1:]])
            continue
        if naming is not None:  # the name column only tells a few materials apart
            name = titled(title, " ".join(row[c].strip() for c in naming))
        elif variants:  # "Mini", "Deep" under "Forge Cast Iron Skillet": the family's variants
            name = titled(title, name)
        filled = [c.strip() for c in row if c.strip()]
        if columns.is_header_row(row, column_title_role):
            continue  # its column titles, set again (at the top of a page) or not set apart
        if not name and filled and all(is_price(c) for c in filled):
            if out and not out[-1].prices:  # its price set apart, after it (a column of its own)
                out[-1].prices = filled
            continue
        code = row[roles["code"]].strip() if "code" in roles else ""
        price = row[roles["price"]].strip() if "price" in roles else ""
        if "price" in roles and _QUANTITY_TITLE.match(header[roles["price"]].strip()):
            # "Aantal Prijs" over "1 34,50": the quantity's column run into the price's
            counted = _COUNTED_AMOUNT.match(price)
            price = counted.group("amount") if counted else price
        # a description wrapped over lines, read as one cell: a name still when the row's
        # code and price show it is an article's row
        longest = WRAPPED_NAME_MAX_WORDS if code and has_digit(price) else NAME_MAX_WORDS
        if (designated or "part" in roles) and name:
            pass  # the designation (the maker's part number) is the name
        elif models and name and any(c.isalpha() for c in name):
            # "Taladro percutor TP-330"; a model named by a word is named in full
            name = name if _WORDED.match(name) else titled(title, name)
        # a name may carry its size ("Cable tie, 4.8 × 200 mm") and its ratings ("LED-lamp
        # E27 8 W 2700 K"): figures, but a name
        elif not is_name(RATING.sub("", SIZE.sub("", name)).strip(" ,;"), longest) or _TOTAL.match(
            name
        ):
            continue
        if dated is not None and _YEAR.match(row[dated].strip()):
            name = f"{name} {row[dated].strip()}"  # "Shilling, Jubilee head 1887"
        if sized_by is not None:
            name = f"{name} {row[sized_by].strip()}"  # "Michelin Primacy 4 205/55 R16"
        tiers = [row[c].strip() for c in breaks if has_digit(row[c])]
        if quantity_breaks:  # "0.243*": a footnote's mark on a break's price
            tiers = [_without_note_mark(t) for t in tiers]
            price = _without_note_mark(price)
        # a dash under the first measure: not sold in it, priced in the others
        price = (price if has_digit(price) else "") or (tiers[0] if tiers else "")
        if not has_digit(price):
            price = ""  # a header the table finder did not set apart ("Cost"), "on request"
        if not price and any(SOLD.fullmatch(c.strip()) for c in row):
            continue  # a piece sold, kept on a dealer's list ("VENDUTO" for its price)
        if not (code or price):
            continue  # a subtotal or a section line inside the table
        size = row[roles["size"]].strip() if "size" in roles else ""
        size = "" if size in _DASHES else size  # a dash: no size (a pad holds no ink)
        size = row[sized_by].strip() if sized_by is not None else size
        if dimensions is not None:
            size = _dimensions(row, carried, dimensions) or size  # "10 x 26 x 8 mm"
        if not size:
            name, size = bracketed_size(name)  # "Looksaus (250 ml)": its size in brackets
        # priced by measure ("Calice 0,15 l | Bottiglia 0,75 l"): the quantity of each offered
        served = [_served(header[c], counted) for c in measures if has_digit(row[c])]
        sizes = [size] if size else [m for m in served if m]
        attributes = {
            (header[c] or f"column {c + 1}"): row[c].strip() for c in range(width) if row[c].strip()
        }
        if maker:
            attributes["maker"] = maker
        if tag:
            attributes["tag"] = tag
        if gloss:
            attributes["other names"] = gloss  # set smaller after the name: its translation
        if "other names" in roles and row[roles["other names"]].strip():
            attributes["other names"] = row[roles["other names"]].strip()  # its translation
        codes = [row[c].strip() for c in ([roles["code"]] if code else []) + more_codes]
        codes = [code_of(c) for c in codes if c]
        if "part" in roles:  # the maker's part number after its own, as printed ("REF3033…")
            codes.append(row[roles["part"]].strip())
        top = block.top + (number + offset) * row_height
        out.append(
            Product(
                name=name,
                page=page,
                bbox=(block.left, top, block.right, top + row_height),
                source="table_row",
                confidence=0.95 if code and price else 0.9,
                codes=unique_texts([c for c in codes if c]),
                prices=unique_texts([*cell_prices(price), *tiers]) if price else [],
                sizes=sizes,
                attributes=attributes,
                block_indexes=[index],
            )
        )
        if fitted:
            fits[len(out) - 1] = fitted
    for number, model in fits.items():  # "Filtru ulei" under "Dacia Logan II ... 2012-2020"
        out[number].name = f"{out[number].name} {model}"
        out[number].attributes["fits"] = model
    # price chips read as a table ("One-time purchase" over "$18.99"): labels, no articles; a
    # row with its own article code is an article whatever its name ("Regular": a variant)
    out = [p for p in out if not is_price_label(p.name) or p.codes]
    return out if len(out) >= fewest else []


# a model's production years: "2012-2020", "09/2015 - 2021", "2018→" (a vintage's dash, a
# serving not poured, is no span: "2020 -")
_YEAR_SPAN = re.compile(
    r"(?<!\d)(?:\d{2}/)?(?:19|20)\d\d\s?(?:[-–]\s?(?:\d{2}/)?(?:19|20)\d\d(?!\d)|→)"
)
_BARE_FIGURE = re.compile(r"[-–]?\s?\d[\d.,' ]*")
# where a model's name ends and its engine or years begin: a displacement ("1.5", "2,0"), a
# separator ("·", "|", "-"), the years
_MODEL_END = re.compile(r"\s(?:\d+[.,]\d+\b|[·|•–—-]\s|(?:\d{2}/)?(?:19|20)\d\d\s?[-–→])")


def _fitted_model(row: Sequence[str], roles: dict[str, int]) -> str | None:
    """A row inside a parts list naming the model the rows under it fit (a vehicle and its
    years: "Dacia Logan II 1.5 dCi · 2012-2020"): no code and no price, its text a name and
    the model's production years. The parts are named with the model ("Filtru ulei Dacia
    Logan II"), cut before its engine and its years. A section row naming a kind of goods
    ("Soft drinks") gives no years: its rows keep their names."""
    if "price" in roles and has_digit(row[roles["price"]]):
        return None
    if "code" in roles and is_code(row[roles["code"]].strip()):
        return None
    text = " ".join(c.strip() for c in row if c.strip())
    if not _YEAR_SPAN.search(text) or any(_BARE_FIGURE.fullmatch(c.strip()) for c in row):
        return None  # a row of figures (a wine's vintage and its prices) is an article's
    end = _MODEL_END.search(text)
    model = text[: end.start()].strip() if end else ""
    # a maker's name leads it, then its model, which may be figures ("Saab 9-3", "Peugeot
    # 308"): a season's or a range's years under one word ("Season 2024-2025") name no model
    words = model.split()
    if not model[:1].isupper() or not _MAKER_FIRST.match(model) or not 2 <= len(words) <= 6:
        return None
    return model


_MAKER_FIRST = re.compile(r"^[^\W\d_][^\W\d_]+\b")


_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")


# a model named by a word ("Cirque 20 Down", "Highline 1 UL"), not a bare designation ("TP-330"):
# named in full, not under its section's title
_WORDED = re.compile(r"^[^\W\d_]{3,}\s")


def _dates_before(body: list[list[str]], roles: dict[str, int], width: int) -> int | None:
    """A column of years leading each row, before the names (a coin's date, a wine's vintage:
    "1887 | Shilling, Jubilee head | S.3926 | 30"): part of what each row offers, so of its
    name; a year after the name (a used car's, beside its mileage) describes it."""
    if roles["name"] == 0 or 0 in roles.values():
        return None
    values = [(r + [""] * width)[0].strip() for r in body]
    filled = [v for v in values if v]
    if len(filled) >= MIN_TABLE_ROWS and _share(values, _YEAR.match) >= COLUMN_SHARE:
        return 0
    return None


def _groups_before(body: list[list[str]], roles: dict[str, int], width: int) -> int | None:
    """A column before the names whose value, a figure in it, holds for a group of rows
    running one after the other (a tyre list's size over the tyres made in it, printed once in
    a cell drawn over them or on every row): what each row of the group is, so part of its
    name and its size; the same pattern sold in two sizes is two products ("Michelin Primacy
    4 205/55 R16"). At least two groups, each of two rows or more on average; the column
    untitled or titled as sizes."""
    if roles["name"] == 0 or 0 in (v for k, v in roles.items() if k != "size"):
        return None
    values = [(r + [""] * width)[0].strip() for r in body]
    if not all(values) or not all(has_digit(v) for v in values):
        return None
    runs = [value for value, _ in itertools.groupby(values)]
    if len(set(runs)) != len(runs) or not 2 <= len(runs) <= len(values) / 2:
        return None  # a value again after others: no groups, a column of its own
    return 0


def _without_title_rows(rows: list[list[str]]) -> list[list[str]]:
    """The rows from its column titles on, when a table's first rows each fill one cell only (a
    spreadsheet's title and note rows, "Northwind partner price list Q1 2026", set in the sheet
    above its column titles: more words than a column's title) and the row after them titles
    the columns."""
    for count, row in enumerate(rows[: MAX_HEADER_ROWS + 1]):
        if columns.is_header_row(row, column_title_role):
            return rows[count:] if count and len(rows) - count > MIN_TABLE_ROWS else rows
        filled = [c for c in row if c.strip()]
        if len(filled) != 1 or len(filled[0].split()) <= TITLE_ROW_MIN_WORDS:
            return rows  # a title spanning columns ("Dimensions (mm)") is a column's title
    return rows


def _variants_named(title: str | None, column_title: str, names: Sequence[str]) -> bool:
    """Whether a table's name column prints only each row's variant of the family its heading
    names ("Variant" over "Mini", "Deep" under "Forge Cast Iron Skillet"): titled as variants,
    each cell a few words sharing none with the heading (a cell naming the product in full
    repeats the family's words), and the heading no section's title about that column
    ("Choose your finish" over "Finish": the rows are finishes named in full)."""
    if not title or not _VARIANT_HEADER.match(column_title.strip()):
        return False
    family = set(name_key(title).split())
    if family & set(name_key(column_title).split()):
        return False
    filled = [n for n in names if n.strip()]
    return bool(filled) and all(
        len(n.split()) <= VARIANT_MAX_WORDS and not family & set(name_key(n).split())
        for n in filled
    )


VARIANT_MAX_WORDS = 3  # words of a variant's cell ("Round base", "28 cm NEW")


def titled(title: str | None, name: str) -> str:
    """A row's name under the title above its table: the title, then the name; a name that
    names its family already ("Arco 600/830" under "ARCO") is not named twice; a title
    marked as running on ("(vervolg)", "(continued)") names the family without the mark."""
    title = without_continued(title) if title else title
    if not title or name.casefold().startswith(title.casefold()):
        return name.strip()
    return f"{title} {name}".strip()


_DESIGNATION = re.compile(r"^(?=\S*\d)[A-Z0-9]{2,}(?:[-./][A-Z0-9]+)*$")


def _designations(values: Sequence[str]) -> bool:
    """A column of designations: every value one token of capitals and figures ("6204-2Z",
    "6200"), distinct, some with letters, at least `MIN_TABLE_ROWS + 1` of them; no words."""
    filled = [v.strip() for v in values if v.strip()]
    return (
        len(filled) > MIN_TABLE_ROWS
        and len(set(filled)) == len(filled)
        and all(len(v) >= 3 and _DESIGNATION.match(v) for v in filled)
        and any(any(c.isalpha() for c in v) for v in filled)
    )


def _side_by_side(rows: list[list[str]]) -> list[list[list[str]]]:
    """A table whose first row repeats the same column titles two or more times ("Code |
    Variety | Pkt | Code | Variety | Pkt"): tables set side by side on the page, read across
    as one. Each one's rows, or nothing when the titles do not repeat."""
    width = max(len(r) for r in rows)
    padded = [r + [""] * (width - len(r)) for r in rows]
    titles = [c.strip() for c in padded[0]]
    for period in range(2, width // 2 + 1):
        if width % period or not all(titles[:period]):
            continue
        if all(titles[i] == titles[i % period] for i in range(width)):
            return [[r[a : a + period] for r in padded] for a in range(0, width, period)]
    return _alike_side_by_side(padded, width)


def _column_kind(values: Sequence[str]) -> str:
    """What a column holds by its content: prices, codes, names, or other things."""
    for kind, test in (("price", is_price), ("code", is_code), ("name", is_name)):
        if _share(values, test) >= COLUMN_SHARE:
            return kind
    return "other"


def _alike_side_by_side(padded: list[list[str]], width: int) -> list[list[list[str]]]:
    """Tables side by side without titles in the table (they stand apart above, out of the
    finder's reach): the columns' contents repeat with a period, each part holding names and
    codes or prices ("code | name | price | price" twice). Each part's rows."""
    kinds = [_column_kind([r[c] for r in padded]) for c in range(width)]
    for period in range(2, width // 2 + 1):
        if width % period or not all(kinds[i] == kinds[i % period] for i in range(width)):
            continue
        part = kinds[:period]
        if "name" in part and ("price" in part or "code" in part):
            return [[r[a : a + period] for r in padded] for a in range(0, width, period)]
    return []


# a marker set after names: "NEW", "HOT", "SALE"; two capitals are a model's suffix ("Highline
# 1 UL", "Velo 3 XL": ultralight, extra large), part of its name
_TAG = re.compile(r"^[A-Z]{3,5}!?$")


def _tags(values: Sequence[str]) -> set[str]:
    """Words in capitals that end two names or more of a column whose names are not set in
    capitals ("Boltardy NEW", "Nantes 5 NEW"): a mark on the item, not part of its name. A
    word ending every name is no mark picking some out but the models' suffix ("Arco 600/830
    DALI", "Arco 1200/830 DALI": the driver they are built with)."""
    ends = Counter(
        v.split()[-1] for v in values if len(v.split()) >= 2 and _TAG.match(v.split()[-1])
    )
    filled = sum(1 for v in values if v.strip())
    capitals = sum(1 for v in values if v.strip() and v.strip().isupper())
    if capitals >= len(values) / 2:
        return set()
    return {w for w, n in ends.items() if 2 <= n < filled}


MAKER_MAX_WORDS = 4  # words of a maker's name set after an item's name and a comma


def _makers(values: Sequence[str]) -> bool:
    """A name column of "Item, Maker" ("Barolo 'Cannubi', Borgogno": a wine and its producer,
    a title and its author): most cells end in a comma and a capitalised name of a few words
    without figures, the items before it all different (not "Screw, Wood", "Screw, Machine":
    one noun and its kinds)."""
    filled = [v.strip() for v in values if v.strip()]
    pairs = [v.rpartition(", ") for v in filled if ", " in v]
    pairs = [
        (item, maker)
        for item, _, maker in pairs
        if item
        and starts_like_a_name(maker)
        and len(maker.split()) <= MAKER_MAX_WORDS
        and not has_digit(maker)
    ]
    items = [name_key(item) for item, _ in pairs]
    return (
        len(pairs) > MIN_TABLE_ROWS
        and len(pairs) >= COLUMN_SHARE * len(filled)
        and len(set(items)) == len(items)
    )


_CELL_CODE = re.compile(r"^(?=\S*\d)[A-Z0-9]+(?:[-./][A-Z0-9]+)+$|^\d{5,8}$")


def _price_matrix(block: Block, page: int, index: int, title: str | None) -> list[Product]:
    """A price matrix: a table under a title whose first row titles its columns (lengths,
    widths) and whose first column titles its rows (thread sizes), each offered cell an
    article code over its price (a dash, or nothing, where the size is not offered). Each
    offer is a product: the title in the row's and the column's size ("M4 x 16"). A table of
    amounts by row and column without a code over each (a statement by year, a rate board)
    is no price list."""
    rows = block.rows or []
    if title is None or len(rows) < MIN_TABLE_ROWS + 1:
        return []
    width = max(len(r) for r in rows)
    padded = [[c.strip() for c in r + [""] * (width - len(r))] for r in rows]
    columns_titles = padded[0][1:]
    if width < 3 or not all(
        any(c.isalnum() for c in t) and len(t.split()) <= 3 and not BARE_PRICE.match(t)
        for t in columns_titles
    ):
        return []  # no row of column titles (a dash, an amount: the table's first offers)
    row_height = (block.bottom - block.top) / len(rows)
    out: list[Product] = []
    for number in range(2, len(padded)):
        row, above = padded[number], padded[number - 1]
        label = row[0]
        if not label or len(label.split()) > 3:
            continue
        for column in range(1, width):
            cell = row[column]
            if not BARE_PRICE.match(cell) and not is_price(cell):
                if cell and cell not in _DASHES:
                    return []  # a figure that is no price: a table of measurements
                continue
            code = above[column] if not above[0] else ""
            if not _CELL_CODE.match(code):
                return []  # an amount without its article code: a statement, not an offer
            size = f"{label} x {padded[0][column]}"
            top = block.top + (number - 1) * row_height
            out.append(
                Product(
                    name=f"{title} {size}",
                    page=page,
                    bbox=(block.left, top, block.right, top + 2 * row_height),
                    source="table_row",
                    confidence=0.85,
                    codes=[code],
                    prices=[cell],
                    sizes=[size],
                    attributes={"row": label, "column": padded[0][column]},
                    block_indexes=[index],
                )
            )
    labels = {p.attributes["row"] for p in out}
    return out if len(out) > MIN_TABLE_ROWS and len(labels) >= 2 else []


def code_and_name_split(rows: list[list[str]]) -> list[list[str]]:
    """A narrow code column and the name column beside it read as one (a scan's table finder
    missing the rule between them): the header cell holds both titles ("SKU Description") and
    the cells under it a code, then the name ("QUO-STA-SUB-12 Quorum Standard"); the column
    is cut in two, a code's and a name's."""
    if len(rows) <= MIN_TABLE_ROWS:
        return rows
    header = rows[0]
    for column, title in enumerate(header):
        words = title.split()
        if len(words) != 2 or [column_title_role(w) for w in words] != ["code", "name"]:
            continue
        cells = [r[column].split(maxsplit=1) if column < len(r) else [] for r in rows[1:]]
        coded = [c for c in cells if len(c) == 2 and JOINED_CODE.match(c[0])]
        if len(coded) < COLUMN_SHARE * len(cells):
            continue
        out = [[*header[:column], words[0], words[1], *header[column + 1 :]]]
        for row, parts in zip(rows[1:], cells, strict=True):
            code, name = (parts[0], parts[1]) if parts in coded else ("", " ".join(parts))
            out.append([*row[:column], code, name, *row[column + 1 :]])
        return out
    return rows


def _counts_rows(values: Sequence[str]) -> bool:
    """A column numbering its rows from 1 (1, 2, 3 ...): a drawing's callout numbers or a
    list's positions, not article codes."""
    filled = [v.strip().rstrip(".") for v in values if v.strip()]
    return columns._row_numbers(filled) and filled[0] in ("0", "1")


_LISTED = re.compile(r"\S[^,;]*(?:[,;]\s+\S[^,;]*)+")  # "Vireo K1, K2 Rapid, K3 Glass"


def _listing_rows(values: Sequence[str]) -> bool:
    """A column titled as codes (or holding them) whose cells each list several models or codes
    ("Vireo K1, K2 Rapid, K3 Glass": a guarantee's models covered, the models a part fits):
    each row names a range of articles, and, unpriced, offers none of them. An article's code
    is one."""
    filled = [v.strip() for v in values if v.strip()]
    listing = [v for v in filled if _LISTED.fullmatch(v) and has_digit(v)]
    return len(listing) >= MIN_TABLE_ROWS and len(listing) >= COLUMN_SHARE * len(filled)


def _letters_rows(values: Sequence[str]) -> bool:
    """A column lettering its rows in order (A, B, C ...; a bill of quantities' items): single
    capitals, each after the one above, `MIN_TABLE_ROWS + 1` of them at least."""
    filled = [v.strip().rstrip(".") for v in values if v.strip()]
    return (
        len(filled) > MIN_TABLE_ROWS
        and all(len(v) == 1 and v.isupper() for v in filled)
        and all(a < b for a, b in itertools.pairwise(filled))
    )


def _former_under(row: list[str], above: list[str], roles: dict[str, int]) -> str | None:
    """A row holding only the rest of the name above, in lower case, and a price under the
    row above's price (a tile list's regular price, struck under its offer, the name wrapped
    beside it): that former price; else None."""
    if "price" not in roles or "name" not in roles:
        return None
    filled = [n for n, c in enumerate(row) if c.strip()]
    text = row[roles["name"]].strip()
    price = roles["price"]
    if filled != sorted({roles["name"], price}) or not text[:1].islower():
        return None
    cell = row[price].strip()
    over = above[price].strip() if price < len(above) else ""
    if not (is_amount(over) or is_price(over)):
        return None
    if is_amount(cell) or is_price(cell):
        return cell
    # on a scan, OCR reads the stroke through it into the amount ("89;96-" for 89,90): a
    # former price still, its figures unsure, so none is kept
    return "" if _STRUCK_READ.match(cell) else None


# an amount struck through as OCR reads it: the stroke a separator or a dash ("89;96-")
_STRUCK_READ = re.compile(r"^\d{1,5}[.,:;]\d{2}-$")


def _without_gloss(name: str, asides: Sequence[str]) -> tuple[str, str]:
    """A name cell closed by a gloss set smaller after its bold words (`Block.asides`:
    "Tereyağlı Kruvasan Butter croissant"): the name before it, and the gloss; else the cell
    and ""."""
    for gloss in asides:
        head = name[: -len(gloss)].strip()
        if name.endswith(f" {gloss}") and is_name(head):
            return head, gloss
    return name, ""


def _continues(row: list[str], name_column: int) -> bool:
    """A row with only its name cell filled, in lower case: the rest of the row above's
    description, wrapped onto a line of its own ("for fixing in hollow walls")."""
    filled = [n for n, c in enumerate(row) if c.strip()]
    text = row[name_column].strip()
    return filled == [name_column] and text[:1].islower() and not is_price(text)


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
            [(r + [""] * width)[c] for r in body], lambda v: bool(BARE_PRICE.match(v.strip()))
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
        sizes = [(r + [""] * width)[roles["size"]].strip() for r in body]
        pairs = [(n, z) for n, z in zip(names, sizes, strict=True) if n or z]
        if len(set(sizes)) < len(sizes) and len(set(pairs)) == len(pairs):
            # each size in each colour ("antracit 60 × 60", "bež 60 × 60"): the attribute
            # tells the rows apart with the size, and a labeller names both
            return [roles["name"], roles["size"]]
        return [roles["size"]]
    for column in range(width):
        if column in roles.values():
            continue
        values = [(r + [""] * width)[column].strip() for r in body]
        if all(values) and len(set(values)) == len(values):
            return [column]
    return None


def title_above(page: PageLayout, index: int) -> str | None:
    """The heading a table is set under (only text between them, no other table)."""
    table = page.blocks[index]
    for block in reversed(page.blocks[:index]):
        if block.kind in ("table", "figure") and block.bottom <= table.top:
            if block.kind == "table":
                return None
            continue
        if block.kind == "heading" and block.bottom <= table.top:
            text = block.text.strip()
            if _column_title_over(page, table, block) or _axis_title_over(page, table, block):
                continue  # one of its column titles set apart (as a scan reads it, a heading)
            return text if is_name(text) and table.top - block.bottom <= 200 else None
    return None


def _axis_title_over(page: PageLayout, table: Block, block: Block) -> bool:
    """A bold line in the text's own size right above a table (within `HEADER_ABOVE_ROWS` of
    its rows' heights): what its columns measure ("Length l (mm)" over a price matrix's
    lengths), not the title of the table, which is set larger above."""
    row_height = (table.bottom - table.top) / max(len(table.rows or []), 1)
    if table.top - block.bottom > HEADER_ABOVE_ROWS * row_height:
        return False
    sizes = Counter[float]()
    for other in page.blocks:
        if other.kind == "paragraph":
            sizes[other.font_size] += len(other.text)
    return bool(sizes) and block.font_size <= sizes.most_common(1)[0][0] + 0.25


def _column_title_over(page: PageLayout, table: Block, block: Block) -> bool:
    """A block right above a table (within `HEADER_ABOVE_ROWS` of its rows' heights) on one
    line with two others or more: one of the table's column titles set apart, not its title."""
    row_height = (table.bottom - table.top) / max(len(table.rows or []), 1)
    if table.top - block.bottom > HEADER_ABOVE_ROWS * row_height:
        return False
    middle = (block.top + block.bottom) / 2
    beside = [
        b
        for b in page.blocks
        if b is not block
        and b.kind in ("paragraph", "heading", "caption")
        and abs((b.top + b.bottom) / 2 - middle) <= 0.5 * (block.bottom - block.top)  # one line
    ]
    return len(beside) >= 2


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
        if len(filled) == 1 and is_name(filled[0]) and not _TOTAL.match(filled[0]):
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
            return unique_texts([r[roles[role]] for r in rows]) if role in roles else []

        top = block.top + (number + offset) * row_height
        variants = {r[roles["name"]].strip(): " ".join(c for c in r if c.strip()) for r in rows}
        out.append(
            Product(
                name=name,
                page=page,
                bbox=(block.left, top, block.right, top + (len(rows) + 1) * row_height),
                source="table_row",
                confidence=0.9,
                codes=[code_of(c) for c in column("code")],
                prices=column("price"),
                sizes=column("size"),
                attributes={f"variant {k}": v for k, v in variants.items()},
                block_indexes=[index],
            )
        )
    return out


def _totals_its_amounts(body: list[list[str]], price: int) -> bool:
    """A row of nothing but an amount that is the sum of the amounts above it (at least
    three): a total, so the table is a budget or a bill (its label may be lost)."""
    running = 0.0
    counted = 0
    for row in body:
        cells = [c.strip() for c in row if c.strip()]
        value = amount_value(row[price]) if price < len(row) else None
        if value is None:
            continue
        if len(cells) == 1 and counted >= 3 and abs(value - running) <= 0.005 * max(running, 1):
            return True
        running += value
        counted += 1
    return False


def _amount_columns(body: list[list[str]]) -> int:
    """Columns of money amounts or plain numbers: a price list has one, a statement several."""
    width = max(len(r) for r in body)
    count = 0
    for column in range(width):
        values = [r[column] for r in body if column < len(r)]
        if _share(values, lambda v: is_price(v) or bool(_AMOUNT.match(v))) >= COLUMN_SHARE:
            count += 1
    return count


def _amounts_titled_as_prices(header: Sequence[str], body: list[list[str]]) -> bool:
    """Every column of amounts is titled as a price or as the rows' position ("Cena bez PDV |
    Cena sa PDV", "Poz."), two of them saying whether tax is in the price: a price list's
    prices without and with tax, not a statement's figures (a revenue, a rate, a commission
    are titled otherwise), nor a price change's old and new prices."""
    width = max(len(r) for r in body)
    amounts = [
        c
        for c in range(width)
        if _share(
            [r[c] for r in body if c < len(r)], lambda v: is_price(v) or bool(_AMOUNT.match(v))
        )
        >= COLUMN_SHARE
    ]
    titles = [header[c].strip() if c < len(header) else "" for c in amounts]
    if any(t.upper() in currencies.ISO_CODES or currencies.ALONE.match(t) for t in titles):
        return False  # a cross table of exchange rates: columns titled by currencies
    titled = [column_title_role(t) for t in titles]
    taxed = sum(
        1 for t, role in zip(titles, titled, strict=True) if role == "price" and _TAX.search(t)
    )
    return taxed >= 2 and all(t in ("price", "number") for t in titled)


# a price's title saying whether tax is in it ("Cena bez PDV", "Preis inkl. MwSt.", "Prix HT",
# "Price ex VAT", "Precio con IVA", "netto", "brutto"): prices without and with tax, not a
# price change's old and new prices
_TAX = re.compile(
    r"\b(?:vat|pdv|ddv|mwst|ust|iva|tva|btw|moms|alv|áfa|afa|dph|gst|ht|ttc|netto|brutto|net|gross"
    r"|nett|bruto|neto)\b",
    re.I,
)


def _priced_beside_figures(
    header: Sequence[str], body: list[list[str]], roles: dict[str, int]
) -> bool:
    """One column titled as the price holds prices in a currency ("£ 8,995"), every other
    column of figures none (a year, a mileage): a price list, not a statement or a report of
    amounts (figures under years or periods, revenue beside units: no price column)."""
    price = roles.get("price")
    if price is None or column_title_role(header[price]) != "price":
        return False
    priced = [
        c
        for c in range(len(header))
        if _share([r[c] if c < len(r) else "" for r in body], is_price) > 0
    ]
    return priced == [price] and _share([r[price] for r in body], is_price) >= COLUMN_SHARE


_AMOUNT = re.compile(r"^\(?[-+]?[$€£]?\s?\d[\d,.' ]*\)?%?$")
_TOTAL = re.compile(r"^(?:sub-?)?totals?\b|^(?:net|gross|sum|summe|gesamt)\b", re.I)


_SIGNED_NUMBER = re.compile(r"#\d{3,}")


def code_of(text: str) -> str:
    """A code cell's article code, its label dropped ("Art.-Nr. 4410"); an item number printed
    with its number sign alone ("#68156", as US dealers print them) is kept as printed."""
    if _SIGNED_NUMBER.fullmatch(text.strip()):
        return text.strip()
    match = CODE_LABEL.search(text)
    # a dash standing for no position number, the position's column run into the code's
    return match.group("code") if match else re.sub(r"^[-–—]\s+(?=\S)", "", text.strip())


def linked_columns(
    page: PageLayout, named: list[Product], taken: set[int]
) -> tuple[set[int], list[Product]]:
    """A comparison table whose column headers name products found elsewhere on the page (a
    card per model, then "Compare models": one column per model, a row per property): each
    such column's cells are its product's properties, a cell that is a price its price. The
    table's indexes and the products it completed; a table of which fewer than two headers
    name a product on the page (a report's years, regions) is left alone; the other named
    columns of a table that names two are products of their own."""
    by_key = {name_key(p.name): p for p in named}
    tables: set[int] = set()
    completed: list[Product] = []
    for index, block in enumerate(page.blocks):
        if index in taken or block.kind != "table" or len(block.rows or []) < 2:
            continue
        header = block.rows[0]
        columns = {
            c: by_key[name_key(cell)]
            for c, cell in enumerate(header)
            if c > 0 and cell.strip() and name_key(cell) in by_key
        }
        if len(columns) < 2:
            continue
        tables.add(index)
        for c, cell in enumerate(header):  # a model the cards left out is the table's
            if c > 0 and c not in columns and is_name(cell.strip()):
                columns[c] = Product(
                    name=cell.strip(),
                    page=page.page_number,
                    bbox=block.bbox,
                    source="table_row",
                    confidence=0.6,
                )
        for c, product in columns.items():
            for row in block.rows[1:]:
                if c >= len(row) or not row[c].strip() or not row[0].strip():
                    continue
                cell = row[c].strip()
                product.attributes.setdefault(row[0].strip(), cell)
                if is_price(cell):
                    product.prices = unique_texts([*product.prices, cell])
            product.block_indexes = unique_ints([*product.block_indexes, index])
            completed.append(product)
    return tables, completed


ROW_LEFT_OUT_SLACK = 3.0  # points a left-out row's cell may stand out of its table's column
ROW_LEFT_OUT_SHARE = 0.6  # share of a table's columns a left-out row fills at least
_ROW_TEXT_KINDS = ("paragraph", "caption", "heading")


def rows_left_out(page: PageLayout, used: set[int]) -> tuple[PageLayout, set[int]]:
    """A borderless table's first or last row that the table finder left out as loose blocks
    (a cell wrapped over two lines made the row taller than the others): blocks whose tops are
    level, right above the table's first row or right under its last (within a row's pitch),
    each inside one of its columns, filling most of them, the first among them, with a figure
    in one (a code, an amount; not titles set apart). The page with those rows put back in
    their tables, and the blocks so read."""
    page = _outline_headings_parted(page)
    blocks = list(page.blocks)
    adopted: set[int] = set()
    for index, table in enumerate(page.blocks):
        spans = table.columns
        rows = table.rows or []
        if table.kind != "table" or table.ruled or index in used or not spans or len(rows) < 2:
            continue
        if any(len(r) != len(spans) for r in rows):
            continue
        pitch = (table.bottom - table.top) / len(rows)
        for above in (True, False):
            for _ in range(ROWS_LEFT_OUT):  # rows wrapped over two lines, one after another
                inside = [
                    (n, b)
                    for n, b in enumerate(page.blocks)
                    if n not in used
                    and n not in adopted
                    and b.kind in _ROW_TEXT_KINDS
                    and _first_column_left(b, spans) <= b.left
                    and b.right <= spans[-1][1] + ROW_LEFT_OUT_SLACK
                ]
                inside, taken = _wrapped_lines_joined(inside)
                loose = [
                    (n, b)
                    for n, b in inside
                    if (
                        0 <= table.top - b.bottom <= pitch  # above its first row
                        if above
                        else 0 <= b.top - table.bottom <= pitch  # under its last
                    )
                ]
                if above and loose:  # a row's cells top-aligned beside its wrapped name
                    top = min(b.top for _, b in loose)
                    loose += [
                        (n, b)
                        for n, b in inside
                        if (n, b) not in loose and abs(b.top - top) <= 2.0 and b.bottom <= table.top
                    ]
                row = _left_out_row(loose, spans)
                if row is None:
                    break
                cells, members = row
                rows = [cells, *rows] if above else [*rows, cells]
                box = (
                    table.left,
                    min(table.top, *(blocks[n].top for n in members)),
                    table.right,
                    max(table.bottom, *(blocks[n].bottom for n in members)),
                )
                table = replace(table, rows=rows, bbox=box)
                adopted.update(members, (taken[m] for m in members if m in taken))
        blocks[index] = table
    if not adopted:
        return page, set()
    return replace(page, blocks=blocks), adopted


PARTS_GAP = 2.5  # row pitches at most between a table's two parts the table finder cut apart


def parts_joined(page: PageLayout, used: set[int]) -> tuple[PageLayout, set[int]]:
    """A table the table finder cut in two at a wider gap between rows (a row wrapped onto
    two lines under it): a table of its column titles and too few rows to be read alone, and
    right under it (within `PARTS_GAP` of its row pitch, nothing between them) a table of as
    many columns with the same edges and no titles of its own. The page with the first part
    holding both parts' rows, and the second parts' blocks so read."""
    blocks = list(page.blocks)
    joined: set[int] = set()
    for index, first in enumerate(page.blocks[:-1]):
        second = page.blocks[index + 1]
        if index in used or index in joined or not _parts(first, second):
            continue
        rows = [*(first.rows or []), *(second.rows or [])]
        box = (first.left, first.top, max(first.right, second.right), second.bottom)
        blocks[index] = replace(first, rows=rows, bbox=box)
        joined.add(index + 1)
    if not joined:
        return page, set()
    return replace(page, blocks=blocks), joined


def _parts(first: Block, second: Block) -> bool:
    """Whether two blocks are one table's parts (see `parts_joined`)."""
    if first.kind != "table" or second.kind != "table" or not first.rows or not second.rows:
        return False
    width = max(len(r) for r in first.rows)
    if len(first.rows) > MIN_TABLE_ROWS or max(len(r) for r in second.rows) != width:
        return False
    if abs(first.left - second.left) > CARRY_ALIGN or abs(first.right - second.right) > CARRY_ALIGN:
        return False
    pitch = (first.bottom - first.top) / len(first.rows)
    if not 0 <= second.top - first.bottom <= PARTS_GAP * pitch:
        return False
    return _roles(first.rows)[1] and not _roles(second.rows)[1]


ROWS_LEFT_OUT = 4  # rows above or under a table it may have left out, one after another
# an outline's position as a scan's OCR reads it, a dot now and then a colon: "3.2:1:"
_OCR_POSITION = re.compile(r"^(\d{1,3}(?:[.:]\d{1,3}){1,3})[.:]?(?=\s)")


def _outline_headings_parted(page: PageLayout) -> PageLayout:
    """On a scanned page, a section's heading the OCR read as one paragraph with the row
    under it ("4.1 Roofing" over "4.1.1 Clay tile, natural, 14 pcs/m²"): its first line opens
    with an outline position, the next with a deeper one under it; parted in two, the
    heading's line alone and the row's lines (their position read with dots)."""
    if page.source != "ocr":
        return page
    out: list[Block] = []
    for block in page.blocks:
        lines = block.lines
        if block.kind == "paragraph" and len(lines) >= 2:
            head = _OCR_POSITION.match(lines[0].strip() + " ")
            row = _OCR_POSITION.match(lines[1].strip() + " ")
            if head and row:
                outer = head.group(1).replace(":", ".").split(".")
                inner = row.group(1).replace(":", ".").split(".")
                if len(inner) == len(outer) + 1 and inner[: len(outer)] == outer:
                    pitch = (block.bottom - block.top) / len(lines)
                    cut = block.top + pitch
                    # the row's top is that of its cells beside it, when they are read
                    beside = [
                        b.top
                        for b in page.blocks
                        if b.left > block.right and cut - 3.0 <= b.top <= cut + pitch / 2
                    ]
                    cut = min(beside, default=cut)
                    first = ".".join(inner) + lines[1].strip()[row.end() :]
                    rest = [first, *(line.strip() for line in lines[2:])]
                    out.append(
                        replace(
                            block,
                            bbox=(block.left, block.top, block.right, block.top + pitch),
                            text=lines[0].strip(),
                            lines=[lines[0]],
                        )
                    )
                    out.append(
                        replace(
                            block,
                            bbox=(block.left, cut, block.right, block.bottom),
                            text=" ".join(rest),
                            lines=rest,
                        )
                    )
                    continue
        out.append(block)
    if len(out) == len(page.blocks):
        return page
    return replace(page, blocks=out)


_POSITION = re.compile(r"^\d{1,3}(?:\.\d{1,3}){1,3}\.?$")  # an outline's position: "3.1.1"


def _first_column_left(block: Block, spans: Sequence[tuple[float, float]]) -> float:
    """How far left a loose block may start and still be a table's row: its first column's
    left edge; a column's width further for a block opening with an outline position (a
    scan's OCR read it with the section's heading over it, from that heading's left)."""
    left, right = spans[0]
    if _POSITION.match(block.text.split(" ", 1)[0] if block.text else ""):
        return left - (right - left)
    return left - ROW_LEFT_OUT_SLACK


def _wrapped_lines_joined(
    loose: list[tuple[int, Block]],
) -> tuple[list[tuple[int, Block]], dict[int, int]]:
    """Loose blocks with a cell's wrapped line that a scan's OCR read as a block of its own
    joined to the block over it ("... Ø 8 mm, šipka 12" over "m*"): one line under it, no
    wider, its top within half a line of its bottom, nothing level with it (a row's other
    cells sit level with its first line). The joined block keeps the upper one's index; with
    each upper index, the lower one's taken with it."""
    out = list(loose)
    taken: dict[int, int] = {}
    for n, lower in loose:
        if len(lower.lines) > 1 or any(m != n and abs(b.top - lower.top) <= 2.0 for m, b in loose):
            continue
        for k, (m, upper) in enumerate(out):
            line = (upper.bottom - upper.top) / max(len(upper.lines), 1)
            if (
                m != n
                and m not in taken
                and upper.kind == lower.kind
                and upper.left - ROW_LEFT_OUT_SLACK <= lower.left
                and lower.right <= upper.right + ROW_LEFT_OUT_SLACK
                and -2.0 <= lower.top - upper.bottom <= line / 2
            ):
                out[k] = (
                    m,
                    replace(
                        upper,
                        bbox=(upper.left, upper.top, upper.right, lower.bottom),
                        text=f"{upper.text} {lower.text}",
                        lines=[*(upper.lines or [upper.text]), *(lower.lines or [lower.text])],
                    ),
                )
                out = [(i, b) for i, b in out if i != n]
                taken[m] = n
                break
    return out, taken


def _position_and_name(block: Block, text: str, spans: list[tuple[float, float]]) -> bool:
    """A loose block across a table's first two columns, its first word an outline position
    ("3.1.1") that fits the first: the row's position and its name wrapped over lines."""
    first, second = spans[0], spans[1]
    return (
        _first_column_left(block, spans) <= block.left <= first[1]
        and second[0] < block.right
        and block.right <= spans[2][0]
        and " " in text
        and bool(_POSITION.match(text.split(" ", 1)[0]))
    )


def _badge(text: str) -> bool:
    """One word of capitals, set after a name within its cell ("NOVINKA", "NEW", "SALE")."""
    return " " not in text and len(text) >= 3 and text.isalpha() and text.isupper()


def _left_out_row(
    loose: list[tuple[int, Block]], spans: list[tuple[float, float]]
) -> tuple[list[str], list[int]] | None:
    """(cells, blocks) of loose blocks that make one row of a table of columns `spans`."""
    if not loose:
        return None
    top = min(b.top for _, b in loose)
    level = [(n, b) for n, b in loose if b.top - top <= 2.0]
    if len(level) != len(loose):
        return None  # more than one line of blocks: no row by itself
    cells = [""] * len(spans)
    for _, b in sorted(level, key=lambda item: item[1].left):
        inside = [
            c
            for c, (left, right) in enumerate(spans)
            if left - ROW_LEFT_OUT_SLACK <= b.left
            and (
                b.right <= right + ROW_LEFT_OUT_SLACK
                # a wrapped name a little wider than the rows' names, short of the next column
                or (b.left <= right and c + 1 < len(spans) and b.right < spans[c + 1][0])
            )
        ]
        text = " ".join(line.strip() for line in (b.lines or [b.text]))
        if not inside and len(spans) > 2 and _position_and_name(b, text, spans):
            cells[0], cells[1] = text.split(" ", 1)  # "3.1.1 Rebar B500B Ø 8 mm, 12 m"
            continue
        if len(inside) == 1 and cells[inside[0]] and _badge(text):
            cells[inside[0]] = f"{cells[inside[0]]} {text}"  # "NOVINKA" after the name
            continue
        if len(inside) != 1 or cells[inside[0]]:
            return None  # a block across columns, or two in one: no row of this table
        cells[inside[0]] = text
    filled = sum(1 for c in cells if c)
    if not cells[0] or filled < max(2, ROW_LEFT_OUT_SHARE * len(spans)):
        return None
    if not any(has_digit(c) for c in cells) or all(b.bold for _, b in level):
        return None
    return cells, [n for n, _ in level]
