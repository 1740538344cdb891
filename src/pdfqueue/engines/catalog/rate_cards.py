"""Pages that are rate cards, not offers: a carrier's (or a courier's) price grid charges for a
service by weight band and zone ("up to 1 kg", "1-2 kg", "2-5 kg" down, zones across, an
amount in each cell), and what is printed around it (surcharges, a fuel levy, a failed
collection's fee) are charges of that service too. No item there is a product; a shop's
price list names its articles, a weight being one of their sizes, not a band of them.

So does a table of routes (a freight quote's lanes, a booking's flights and trains): columns
titled where from and where to ("From | To", "Port of loading | Port of discharge", "Origen |
Destino", "Von | Nach") or a route ("Relation", "Strecke"): what is priced is a carriage
between two places, not an article.

A carrier's tariff set the other way round (`weight_band_tariff`) has its weight bands across,
as column titles ("1 kg | 5 kg | 10 kg | 20 kg", "bis 2 kg | bis 5 kg"), and down its side
the destinations, zones or services it carries to or by ("UK mainland", "Zone 2", "Next
day"), or a title saying it is one ("Postage and packing", "Versandkosten", "Frais de
port"): it may stand alone or as a box on a catalog's order page, whose articles stay. A
coffee or a compost list priced per pack ("250 g | 1 kg | 5 kg") names its articles down the
side.

Its rows may name only places, countries most often ("Germany", "France", "Österreich"),
which a coffee list names its lots by as well; the columns tell them apart (`places_by_weight`):
a shop's packs are weights ("250 g | 1 kg"), a tariff's columns bands of weight or distance
("up to 2 kg", "bis 5 kg", "0-50 km") whose charge rises band by band, or weights under a first
column titled as places ("Country", "Destination", "Region", "Land", "Pays")."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from pdfqueue.engines.catalog.blocks import rows_of_blocks
from pdfqueue.engines.catalog.words import WEIGHT_UNITS, amount_value, is_amount
from pdfqueue.engines.layout import Block, PageLayout

MIN_BANDS = 3  # weight bands down a rate grid at least
MIN_ZONES = 2  # columns of amounts across it (zones, services) at least
BAND_SHARE = 0.8  # share of its rows a grid's first column gives as bands

# a band of weight or distance: "up to 1 kg", "1-2 kg", "2–5 kg", "over 30 kg", "bis 5 kg",
# "30+ kg", "0-50 km": a weight (pounds also as "lbs", as carriers print them), in tonnes for
# freight, or a distance
_UNIT = rf"(?:{WEIGHT_UNITS}|lbs|t|km|mi|miles)"
_BAND_TEXT = (
    rf"(?:(?:up\s+to|under|over|above|max\.?|bis|ab|jusqu'à|hasta|fino\s+a|<|>|≤|≥)\s*"
    rf"\d+(?:[.,]\d+)?\s?{_UNIT}|\d+(?:[.,]\d+)?\s?{_UNIT}?\s?[-–]\s?\d+(?:[.,]\d+)?\s?{_UNIT}"
    rf"|\d+(?:[.,]\d+)?\s?\+\s?{_UNIT})"
)
_BAND = re.compile(rf"^{_BAND_TEXT}\.?$", re.I)

# a weight as a column's title: a band ("up to 2 kg", "0-1 kg") or a plain weight ("5 kg")
_WEIGHT_TITLE = re.compile(rf"^(?:{_BAND_TEXT}|\d+(?:[.,]\d+)?\s?(?:{WEIGHT_UNITS}|lbs))\.?$", re.I)
MIN_WEIGHT_TITLES = 2  # columns a tariff titles by weight at least
CARRIED_ROWS = 0.5  # share of a tariff's rows named by a destination, a zone or a service
MIN_CARRIED_ROWS = 2  # rows so named at least
# a destination, a zone or a carrier's service naming a tariff's row, in the languages
# catalogs come in (no country: a coffee list names its lots by their origin)
_CARRIED = re.compile(
    r"\b(?:zones?|zona|zonas|zóna|strefa|mainland|islands?|highlands|overseas|worldwide"
    r"|rest\s+of\s+(?:the\s+)?world|world|europe|eu|international|domestic|inland|ausland"
    r"|weltweit|europa|festland|inseln|monde|outre-mer|mundo|península|peninsular|baleares"
    r"|canarias|next[\s-]day|same[\s-]day|overnight|express|economy|priority|tracked"
    r"|signed(?:\s+for)?|first\s+class|second\s+class|before\s+(?:noon|\d)|24\s?h|48\s?h"
    r"|\d\s?-\s?\d\s+(?:working\s+)?days|standard\s+(?:delivery|shipping|service|parcel)"
    r"|courier|kurier|prioritaire|urgente)\b",
    re.I,
)
# a title saying a table is a carriage's prices: its first column's or the heading over it
_CARRIAGE_TITLE = re.compile(
    r"\b(?:shipping|postage|delivery|carriage|p\s?&\s?p|zones?|destinations?|tariffs?"
    r"|freight|versand\w*|porto\w*|zustellung|lieferung|livraison|frais\s+de\s+port|envíos?"
    r"|envio|gastos\s+de\s+env[ií]o|spedizion[ei]|consegna|verzend\w*|bezorg\w*|doprava"
    r"|poštovné|wysyłka|przesyłka)\b",
    re.I,
)
HEADING_WORDS = 6  # words a tariff's heading has at most
# a first column's title saying its rows are places a carriage goes to
_PLACE_TITLE = re.compile(
    r"^(?:countr(?:y|ies)|destinations?|regions?|areas?|states?|provinces?|land|länder"
    r"|zielland|bestimmungsland|empfängerland|pays|país(?:es)?|paese|paesi|regione|landen"
    r"|kraj|země|ország|maa)\b",
    re.I,
)
RISING_ROWS = 0.8  # share of a banded tariff's rows whose charge rises band by band
PLACE_MAX_WORDS = 3  # words of a place's name ("Rest of Europe"), no figures


def weight_band_tariff(block: Block, heading: str = "") -> bool:
    """A table with `MIN_WEIGHT_TITLES` columns titled by weight, an amount alone under them
    in every row, its rows named by destinations, zones or services (`CARRIED_ROWS` of them)
    or its first column or its short `heading` titled as a carriage's prices: a carrier's
    tariff, its prices a carriage's by weight, not articles."""
    rows = [[c.strip() for c in r] for r in block.rows or [] if any(c.strip() for c in r)]
    if len(rows) < 1 + MIN_CARRIED_ROWS:
        return False
    # a group's heading spanning the table ("Overseas", its other cells empty) prices nothing
    titles, body = rows[0], [r for r in rows[1:] if any(r[1:])]
    if len(body) < MIN_CARRIED_ROWS:
        return False
    weights = [n for n, t in enumerate(titles) if n and _WEIGHT_TITLE.match(t)]
    if len(weights) < MIN_WEIGHT_TITLES:
        return False
    if not all(any(n < len(r) and is_amount(r[n], alone=True) for n in weights) for r in body):
        return False
    carried = sum(1 for r in body if _CARRIED.search(r[0]))
    if carried >= MIN_CARRIED_ROWS and carried >= CARRIED_ROWS * len(body):
        return True
    if places_by_weight(titles, body):
        return True
    short = len(heading.split()) <= HEADING_WORDS
    return bool(_CARRIAGE_TITLE.search(titles[0]) or (short and _CARRIAGE_TITLE.search(heading)))


TITLE_MAX_WORDS = 3  # words of a column's title set apart over a tariff ("up to 2 kg")
_TITLE_KINDS = ("paragraph", "heading", "caption")


def tariff_titled_above(page: PageLayout, index: int, heading: str = "") -> bool:
    """A table (`page.blocks[index]`) whose column titles are set apart above it, once over
    the page's sections of rows or right over it ("Land | Transit | bis 2 kg | bis 5 kg"),
    read with those titles as its header is a carrier's tariff (`weight_band_tariff`): its
    own rows carry no title to say so."""
    table = page.blocks[index]
    width = max((len(r) for r in table.rows or []), default=0)
    short = [
        b
        for b in page.blocks[:index]
        if b.kind in _TITLE_KINDS
        and len(b.lines) <= 1
        and 0 < len(b.text.split()) <= TITLE_MAX_WORDS
        and b.bottom <= table.top + 1
        and b.right > table.left - 4
        and b.left < table.right + 4
    ]
    for line in reversed(rows_of_blocks(short)):  # the nearest line first
        if len(line) == width:
            titled = replace(table, rows=[[b.text.strip() for b in line], *(table.rows or [])])
            if weight_band_tariff(titled, heading):
                return True
    return False


def places_by_weight(titles: list[str], body: list[list[str]]) -> bool:
    """Rows named by places only (`body`'s first cells: words, no figures) priced under
    columns that are a tariff's, not a shop's packs: `MIN_WEIGHT_TITLES` bands of weight or
    distance whose amounts rise band by band in most rows (a quantity break's unit price
    falls), or weights under a first column titled as places ("Country", "Destination")."""
    names = [r[0] for r in body if r and r[0]]
    placed = [
        n
        for n in names
        if not any(c.isdigit() for c in n)
        and len(n.split()) <= PLACE_MAX_WORDS
        and sum(c.isalpha() for c in n) >= PLACE_LETTERS
    ]
    if len(body) < MIN_CARRIED_ROWS or len(placed) < PLACE_SHARE * len(body):
        return False
    weights = [n for n, t in enumerate(titles) if n and _WEIGHT_TITLE.match(t)]
    if len(weights) < MIN_WEIGHT_TITLES:
        return False
    if _PLACE_TITLE.match(titles[0]):
        return True
    bands = [n for n in weights if _BAND.match(titles[n])]
    if len(bands) < MIN_WEIGHT_TITLES:
        return False
    rising = sum(1 for r in body if _rising([r[n] for n in bands if n < len(r)]))
    return rising >= RISING_ROWS * len(body)


def _rising(cells: list[str]) -> bool:
    """Two amounts at least, each above the one before it."""
    values = [amount_value(c) for c in cells if is_amount(c, alone=True)]
    found = [v for v in values if v is not None]
    return len(found) >= 2 and all(a < b for a, b in itertools.pairwise(found))


# columns titled as where a carriage starts and where it ends, or as the route itself, in the
# languages catalogs come in ("From | To" and "Von | Nach" only over places: a quantity
# break's "from | to" holds counts)
_ORIGIN_TITLE = re.compile(
    r"^(?:from|origin|departure|port\s+of\s+loading|von|abfahrt|abgangsort|départ|origine"
    r"|origen|salida|partenza|origem|van|vertrek)\b",
    re.I,
)
_DESTINATION_TITLE = re.compile(
    r"^(?:to|destination|arrival|port\s+of\s+discharge|nach|ankunft|zielort|ziel|arrivée"
    r"|destino|llegada|arrivo|destinazione|chegada|naar|aankomst)\b",
    re.I,
)
_ROUTE_TITLE = re.compile(
    r"^(?:route|lane|relation|strecke|verbindung|trajet|itinéraire|ruta|trayecto|tratta"
    r"|percorso|rota|traject)$",
    re.I,
)
MIN_ROUTES = 2  # rows of a table of routes at least
PLACE_SHARE = 0.6  # share of a column's cells that name a place
PLACE_LETTERS = 4  # letters a place's name has at least (a size, "XS" or "XXL", has fewer)


def _places(rows: list[list[str]], column: int) -> bool:
    """Most of the column's cells name a place: a word first, four letters at least."""
    cells = [r[column] for r in rows if column < len(r) and r[column]]
    named = [c for c in cells if c[0].isalpha() and sum(ch.isalpha() for ch in c) >= PLACE_LETTERS]
    return bool(cells) and len(named) >= PLACE_SHARE * len(cells)


def route_table(block: Block) -> bool:
    """A table whose titles (in its first two rows) name where from and where to, one of
    them over places, or a route, over `MIN_ROUTES` rows at least: carriage between places,
    priced or not."""
    rows = [[c.strip() for c in r] for r in block.rows or [] if any(c.strip() for c in r)]
    for number, titles in enumerate(rows[:2]):
        body = rows[number + 1 :]
        if len(body) < MIN_ROUTES:
            break
        if any(_ROUTE_TITLE.match(c) for c in titles):
            return True
        origins = [n for n, c in enumerate(titles) if _ORIGIN_TITLE.match(c)]
        ends = [n for n, c in enumerate(titles) if _DESTINATION_TITLE.match(c)]
        if origins and ends and any(_places(body, n) for n in origins + ends):
            return True
    return False


def rate_grid(block: Block) -> bool:
    """A table pricing bands of weight (or distance) across zones: `MIN_BANDS` rows at least,
    most named by a band, each with amounts in `MIN_ZONES` columns at least."""
    rows = [[c.strip() for c in r] for r in block.rows or [] if any(c.strip() for c in r)]
    banded = [r for r in rows if r and _BAND.match(r[0])]
    if len(banded) < MIN_BANDS or len(banded) < BAND_SHARE * (len(rows) - 1):
        return False
    return all(sum(is_amount(c, alone=True) for c in r[1:]) >= MIN_ZONES for r in banded)


def presents_a_rate_card(page: PageLayout) -> bool:
    """A page holding a rate grid (`rate_grid`) or a table of routes (`route_table`): its
    prices are a carriage's charges."""
    return any(b.kind == "table" and (rate_grid(b) or route_table(b)) for b in page.blocks)
