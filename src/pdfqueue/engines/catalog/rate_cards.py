"""Pages that are rate cards, not offers: a carrier's (or a courier's) price grid charges for a
service by weight band and zone ("up to 1 kg", "1-2 kg", "2-5 kg" down, zones across, an
amount in each cell), and what is printed around it (surcharges, a fuel levy, a failed
collection's fee) are charges of that service too. No item there is a product; a shop's
price list names its articles, a weight being one of their sizes, not a band of them."""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.words import BARE_PRICE, PRICE
from pdfqueue.engines.layout import Block, PageLayout

MIN_BANDS = 3  # weight bands down a rate grid at least
MIN_ZONES = 2  # columns of amounts across it (zones, services) at least
BAND_SHARE = 0.8  # share of its rows a grid's first column gives as bands

# a band of weight or distance: "up to 1 kg", "1-2 kg", "2–5 kg", "over 30 kg", "bis 5 kg",
# "30+ kg", "0-50 km"
_UNIT = r"(?:kg|g|lbs?|oz|t|km|mi|miles)"
_BAND = re.compile(
    rf"^(?:(?:up\s+to|under|over|above|max\.?|bis|ab|jusqu'à|hasta|fino\s+a|<|>|≤|≥)\s*"
    rf"\d+(?:[.,]\d+)?\s?{_UNIT}|\d+(?:[.,]\d+)?\s?{_UNIT}?\s?[-–]\s?\d+(?:[.,]\d+)?\s?{_UNIT}"
    rf"|\d+(?:[.,]\d+)?\s?\+\s?{_UNIT})\.?$",
    re.I,
)


def _amount(text: str) -> bool:
    bare = text.strip()
    return bool(BARE_PRICE.match(bare) or PRICE.fullmatch(bare))


def rate_grid(block: Block) -> bool:
    """A table pricing bands of weight (or distance) across zones: `MIN_BANDS` rows at least,
    most named by a band, each with amounts in `MIN_ZONES` columns at least."""
    rows = [[c.strip() for c in r] for r in block.rows or [] if any(c.strip() for c in r)]
    banded = [r for r in rows if r and _BAND.match(r[0])]
    if len(banded) < MIN_BANDS or len(banded) < BAND_SHARE * (len(rows) - 1):
        return False
    return all(sum(_amount(c) for c in r[1:]) >= MIN_ZONES for r in banded)


def presents_a_rate_card(page: PageLayout) -> bool:
    """A page holding a rate grid (`rate_grid`): its prices are a service's charges."""
    return any(b.kind == "table" and rate_grid(b) for b in page.blocks)
