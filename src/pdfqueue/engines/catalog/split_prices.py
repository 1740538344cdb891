"""Leaflet prices: a big price drawn in two pieces, large euros and small raised cents.

A supermarket leaflet prints "1.36" as a large "1." with a small "36" set high beside it;
"-.99" for 99 cents and "2,-" for two euros even. The layout reads the pieces as one line of
the large size ("1.36"), OCR often as "1 36" (the dot lost under the raised cents). Either is
ONE price. Read as a bare "1 36" it is only taken for a price when it is set clearly larger
than the product's name, as a leaflet's deal price is: small print "1 36" is anything else.
(On a text layer the layout already joins a large amount and its raised cents into one word,
"7,94 €", by their sizes: `layout.join_raised_cents`; this reads what is left as text.)
"""

from __future__ import annotations

import re

SPLIT_PRICE_PROMINENCE = 1.5  # times the name's size a price read without its dot is set at

_SPLIT = re.compile(r"^(?P<units>\d{1,3}|-)(?:\s*(?P<mark>[.,])\s*|\s+)(?P<cents>\d{2}|-{1,2}|–)$")


def split_price(text: str, prominence: float) -> str | None:
    """The price a big split price reads as ("1.36", "0.99", "2.00"), or None. `prominence`
    is its size over the name's: "1 36" without its dot needs `SPLIT_PRICE_PROMINENCE`."""
    match = _SPLIT.match(text.strip())
    if match is None:
        return None
    units, mark, cents = match.group("units"), match.group("mark"), match.group("cents")
    if units == "-" and not cents.isdigit():
        return None  # "- -" is a dash, not a price
    if mark is None and (prominence < SPLIT_PRICE_PROMINENCE or not cents.isdigit()):
        return None
    if mark is None and units == "-":
        return None
    return f"{0 if units == '-' else int(units)}.{cents if cents.isdigit() else '00'}"
