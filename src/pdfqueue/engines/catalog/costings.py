"""Pages that are costings, not offers: a kitchen's recipe-costing sheet (a bakery's, a bar's, a
workshop's bill of what a job uses) lists what it buys in, each line with the pack it comes in
and what the pack costs, then how much of the pack the recipe uses and what that share costs
("Hake fillet | 5 kg | £62.50 | 1.6 kg | £20.00"), and sums them into a cost per portion set
against the selling price. Its lines name goods and price them, but what is priced is what
the maker spends, not what anyone is offered.

The sign is the arithmetic, in whatever language the sheet is written: a line's cost is its
pack's cost times the share of the pack used (1.6 kg of 5 kg: 62.50 × 0.32 = 20.00), a share
below the whole pack that differs from line to line. A price list never prices a fraction of
its own pack: it prints the pack's price, perhaps a price per kilogram or per piece (a share
that is the same on every line, one unit of each pack), or a case's (more than the pack). A
spice merchant pricing each spice's sizes strictly by weight ("50 g £2.50 | 250 g £12.50")
prints such shares, but titles them prices or sizes: a costing titles a column as a cost
("Pack cost", "Cost", "Kosten", "Coût", "Costo")."""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.words import amount_value, is_amount
from pdfqueue.engines.layout import PageLayout

MIN_COSTED_LINES = 3  # lines of a costing that price the share of a pack used, at least
COSTED_SHARE = 0.5  # share of a page's lines with two amounts that price such a share
ROUNDING = 0.011  # an amount's rounding to the cent (and a little for the float)
ROUNDING_SHARE = 0.01  # and a relative slack for a cost worked out from a rounded pack cost

# a column of costs, in the languages catalogs come in
_COST_TITLE = re.compile(r"\b(?:cost[oe]?s?|kosten|co[uû]ts?|custos?|koszty?)\b", re.I)
# a quantity: a number and its unit, or a bare count ("1.6 kg", "300 ml", "180 eggs", "4")
_QUANTITY = re.compile(r"^(?P<number>\d+(?:[.,]\d+)?)\s?(?P<unit>[^\W\d_]{1,12}\.?)?$")
# the units of mass and volume, in grams and millilitres
_MASS = {"mg": 0.001, "g": 1.0, "gr": 1.0, "kg": 1000.0, "lb": 453.592, "lbs": 453.592}
_MASS |= {"oz": 28.3495}
_VOLUME = {"ml": 1.0, "cl": 10.0, "dl": 100.0, "l": 1000.0, "lt": 1000.0, "ltr": 1000.0}


def _quantity(cell: str) -> tuple[str, float] | None:
    """A cell's quantity as its dimension and its size in that dimension's base unit: mass in
    grams, volume in millilitres, a count (a bare number, or one of a unit no other sheet
    shares: "180 eggs") as itself, its dimension named by its unit."""
    match = _QUANTITY.match(cell.strip())
    if not match or is_amount(cell):
        return None
    number = match.group("number").replace(",", ".")
    unit = (match.group("unit") or "").rstrip(".").lower()
    value = float(number)
    if unit in _MASS:
        return "mass", value * _MASS[unit]
    if unit in _VOLUME:
        return "volume", value * _VOLUME[unit]
    return f"count {unit}".strip(), value


def _alike(used: str, pack: str) -> bool:
    """Two dimensions a share can be taken of: the same, or a bare count of a counted pack
    ("4" of "180 eggs")."""
    return used == pack or (used == "count" and pack.startswith("count"))


def _costed_share(row: list[str]) -> float | None:
    """The share of a pack a line prices, when one of its amounts is another times the share
    of one of its quantities in another (a used 1.6 kg of a 5 kg pack), below the whole."""
    amounts = [v for c in row if is_amount(c) and (v := amount_value(c)) is not None and v > 0]
    quantities = [q for c in row if (q := _quantity(c)) is not None and q[1] > 0]
    for used_kind, used in quantities:
        for pack_kind, pack in quantities:
            if not used < pack or not _alike(used_kind, pack_kind):
                continue
            share = used / pack
            for pack_cost in amounts:
                for cost in amounts:
                    slack = ROUNDING + ROUNDING_SHARE * cost
                    if cost < pack_cost and abs(pack_cost * share - cost) <= slack:
                        return share
    return None


def presents_a_costing(page: PageLayout) -> bool:
    """A page whose tables price, line after line (`MIN_COSTED_LINES`, `COSTED_SHARE` of those
    with two amounts), the share of a pack a recipe uses, the shares not all one, under a
    column titled as a cost."""
    tables = [b for b in page.blocks if b.kind == "table" and b.rows]
    titles = [c for b in tables if not any(is_amount(c) for c in b.rows[0]) for c in b.rows[0]]
    if not any(_COST_TITLE.search(c) for c in titles):
        return False
    rows = [r for b in tables for r in b.rows]
    priced = [r for r in rows if sum(is_amount(c) for c in r) >= 2]
    shares = [s for r in priced if (s := _costed_share(r)) is not None]
    return (
        len(shares) >= MIN_COSTED_LINES
        and len(shares) >= COSTED_SHARE * len(priced)
        and len({round(s, 4) for s in shares}) > 1
    )
