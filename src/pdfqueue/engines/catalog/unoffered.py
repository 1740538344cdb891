"""Tables that offer nothing though they look like price lists: market data (an exchange-rate
board, a quote table of shares, commodities or indices), timetables (a class's week, a day's
schedule), parts legends (a drawing's callouts, a bill of materials) and compositions (a
safety data sheet's ingredients by CAS number) and count sheets (a stocktake's bins and
items, their book quantities, a blank column to write the count in). Their rows have names,
codes and figures, but no row is an article.

A price list prints its prices as amounts in a currency, each its own; a rate board's figures
are bare rates (four decimals, a sign, a percentage) under columns titled buy, sell, bid, ask,
change, and its rows are named by currencies, tickers or indices. A timetable's axes are the
days of the week or the clock (08:50, 09:45 ...), and its cells hold subjects, teachers and
rooms, never a price. A legend counts the pieces an assembly holds ("Qty") and neither codes
nor prices them: a parts list that sells them prints one or the other. A composition names
the substances a product holds by their CAS numbers and prices none of them. A count sheet
records what is in stock (a column of whole quantities titled as stock, a titled column left
blank for the count) and prices nothing: a list that sells prints prices, and an order form's
blank quantity column stands beside its prices, not beside quantities already filled in.

An energy tariff prices what is drawn from the meter: its rows (the supplier's tariffs) cost so
much per kilowatt-hour (in each cell, or once in the title over bare rates: "lei/kWh"), beside a
standing charge. No article is sold by the kilowatt-hour. A
table of meter readings (a flat's handover protocol, a bill's consumption) sets down what the
meters showed, each figure in kilowatt-hours or cubic metres and none in a currency.

A fee schedule (a bank's charges, an insurance policy's premiums) prices services to the holder
of an account or a policy: its amounts are titled fees, charges or premiums, never prices, and
it speaks of the reader's own account, policy or contract. Whatever its amounts are titled
("Preis", "Price", "Precio", "Tarif"), a bank's schedule is known by what its rows charge for:
the services of an account (keeping it, its cards, transfers, direct debits and standing orders,
statements, cash withdrawals, cheques, an overdraft, a safe deposit box), several kinds of them
on one page. No shop sells a transfer or a statement. An inventory of one's belongings (an
insurance claim's stolen items, a household's list for cover) dates each purchase or says what
was paid for it: these things were bought, they are not on offer.

A settlement (a payslip's deductions, a tax assessment's allowances, a statement's payments
out) sets amounts down with a minus sign: what is taken off a sum. No price list prices an
article below nothing, so a table with negative amounts in `MIN_NEGATIVE_ROWS` rows offers
nothing (a discount is a percentage, "-20 %", not an amount).

An index (a catalogue's alphabetical index, its code-to-page cross-reference) lists again what
the pages before presented, each entry pointing to its page ("Knob Orbit ...... 1"): a table
with no price whose rows mostly end in leaders and a page number offers nothing. Nor do the
lines a supplement or a catalogue withdraws (a "Discontinued" table of codes and descriptions,
perhaps what replaces each): a table with no price under a heading saying its lines are no
longer sold, or with a column of their replacements ("Replaced by"), offers nothing.

A nutrition panel (a food's "Nutrition Facts", a supplement's "Supplement Facts") lists what
one serving holds: its rows are nutrients and their amounts, never articles. It labels itself
in several ways (its title, the serving's size, the servings per container, the amount per
serving, the daily value): a table holding `MIN_PANEL_LABELS` of them is a panel, and so is a
scan's table that ran a panel together with the name and price beside it (their product is
lost with it, but no nutrient is taken for one).

A game's cards price what its players pay one another in the game's money: a property-trading
game's title deeds set the rent of a site (bare, with houses, with a hotel) beside what it may
be mortgaged for. A table whose rows name a rent and a mortgage value, on a page that speaks of
players, offers nothing: a hire shop's rents are charged to customers, and nothing a shop sells
is mortgaged."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pdfqueue.engines import currencies
from pdfqueue.engines.catalog.rate_cards import tariff_titled_above, weight_band_tariff
from pdfqueue.engines.catalog.words import BARE_PRICE, PRICE, column_title_role, is_code
from pdfqueue.engines.layout import Block, PageLayout

MIN_MARKET_TITLES = 2  # column titles of market data a quote table has (buy and sell, bid/ask)
RATE_SHARE = 0.25  # share of a table's figures that are rates or changes, not amounts
CURRENCY_ROWS = 0.6  # share of rows named by an ISO currency code on an exchange-rate board
TITLED_CURRENCY_ROWS = 0.5  # the same, under columns titled as quotes
MIN_AXIS_DAYS = 3  # days of the week a timetable's axis names at least
MIN_CLOCK_TIMES = 3  # times of day (08:50) a timetable shows at least
MIN_AXIS_TIMES = 3  # times of day down a table's first column: a schedule's rows
CODED_ROWS = 0.5  # share of rows with an article code that makes a counted table a parts list
COMPOSITION_ROWS = 0.5  # share of rows (its titles aside) naming a substance by CAS number

# the columns of market data, in the languages catalogs come in
_MARKET_WORDS = frozenset(
    re.findall(
        r"\S+",
        "buy buying sell selling bid ask rate change chg % open close high low last mid yield "
        "spread volume vol ankauf verkauf kurs achat vente cours compra venta cambio acquisto "
        "vendita variazione alış satış değişim",
    )
)
# a rate (1.2158), a change (+0.35, -1.2 %) or a percentage: market figures, not amounts
_RATE = re.compile(r"^\d{1,6}[.,]\d{4,}$|^[+\-−±▲▼]\s?\d+(?:[.,]\d+)?\s?%?$|^\d+(?:[.,]\d+)?\s?%$")
_FIGURE = re.compile(r"^[+\-−±▲▼]?\s?\d[\d.,' ]*\s?%?$")

_WEEKDAY = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur"
    r"|thurs|fri|sat|sun)\.?$|^(?:montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì"
    r"|venerdì|sabato|domenica|mo|di|mi|do|fr|sa|so)\.?$",
    re.I,
)
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3]):[0-5]\d\b")
_CLOCK_CELL = re.compile(
    r"^(?:[01]?\d|2[0-3])[:h][0-5]\d(?:\s?[-–]\s?(?:[01]?\d|2[0-3])[:h][0-5]\d)?$"
)

_CAS = re.compile(r"^(\d{2,7})-(\d{2})-(\d)$")  # a CAS registry number: its check digit last

# a column counting pieces: what an assembly holds (a drawing's legend, a bill of materials)
_QUANTITY_TITLE = re.compile(
    r"^(?:qty|quantity|qté|quantité|menge|anz(?:ahl)?|cant(?:idad)?|q\.?tà|pcs|pieces|stk|stück)"
    r"\.?$",
    re.I,
)


# a column of quantities held: "Book qty", "On hand", "Stock", "Bestand", "Menge"
_STOCK_TITLE = re.compile(
    r"\b(?:qty|quantity|stock|on\s+hand|book|menge|bestand|anzahl|cantidad|existencias|qté"
    r"|quantité|stk|pcs)\b",
    re.I,
)
_WHOLE = re.compile(r"^\d{1,6}$")
# the amount column of a fee schedule or a policy's schedule: what a holder pays for a service
_FEE_TITLE = re.compile(
    r"\b(?:fees?|charges?|commissions?|premiums?|entgelte?|geb[üu]hr(?:en)?|pr[äa]mien?"
    r"|comisi(?:ón|on|ones)|cuotas?|primas?|frais|cotisations?|commission[ei]|spese|premio)\b",
    re.I,
)
# the reader's own account, policy or contract (a word or three may stand between)
_OWN_HOLDING = re.compile(
    r"\b(?:your|ihre?[mnrs]?|su|sus|votre|vos|tu|tus|vostro|vostra|il\s+suo|la\s+sua)"
    r"(?:\s+[\w-]+){0,3}?\s+(?:accounts?|polic(?:y|ies)|contracts?|\w*kontos?|\w*vertrag(?:e?s)?"
    r"|\w*police|cuentas?|pólizas?|contratos?|comptes?|contrats?|conto|polizza|contratto)\b",
    re.I,
)
ACCOUNT_SERVICE_ROWS = 0.5  # share of a table's priced rows charging for an account's services
MIN_ACCOUNT_SERVICE_KINDS = 2  # kinds of account service a page's tables charge for at least
# the services of a bank account, by kind, in the languages catalogs come in; OCR may lose an
# umlaut ("Uberweisung", "Echtzeitiiberweisung", "SchlieBfach")
_ACCOUNT_SERVICES = {
    "account": r"\w*kontos?|kontof\w*hrung|account\s+(?:maintenance|keeping|management|fee"
    r"|closure|opening)|tenue\s+de\s+compte|mantenimiento\s+de\s+(?:la\s+)?cuenta"
    r"|(?:canone|tenuta)\s+(?:mensile\s+)?(?:del\s+)?conto|manuten\w+o\s+de\s+conta"
    r"|buchungsposten|online[- ]?banking|mobile\s+banking|banca\s+online",
    "card": r"(?:debit|credit|replacement|bank|atm|cash|visa|master)\s?cards?"
    r"|(?:kredit|debit|giro|ersatz|bank|ec|spar)-?karten?|girocard|cartes?\s+(?:bancaire|de"
    r"\s+cr\w+dit|de\s+d\w+bit|visa)|tarjetas?\s+(?:de\s+)?(?:cr\w+dito|d\w+bito)"
    r"|carta\s+di\s+(?:credito|debito)|bancomat|cart\w+o\s+de\s+(?:cr\w+dito|d\w+bito)",
    "transfer": r"(?:bank|wire|sepa|international|domestic|foreign|online|outgoing|incoming"
    r"|same-day|money|swift)\s+(?:transfers?|payments?)|faster\s+payments?|chaps|\w*berweisung\w*"
    r"|virements?|transferencias?|bonific\w+|transfer\w+ncias?",
    "debit": r"direct\s+debits?|\w*lastschrift\w*|pr\w+l\w+vements?|domiciliaci\w+n"
    r"|addebit\w+\s+diretto|d\w+bitos?\s+diretos?",
    "standing order": r"standing\s+orders?|dauerauftr\w+ge?|ordres?\s+permanents?"
    r"|[óo]rden(?:es)?\s+permanentes?|ordine\s+permanente",
    "statement": r"(?:paper|bank|account|monthly|duplicate|interim)\s+statements?"
    r"|kontoausz\w+ge?|relev\w+s?\s+de\s+compte|extractos?\s+(?:de\s+cuenta|bancarios?|en"
    r"\s+papel)|estratt\w\s+conto|extratos?\s+banc\w+",
    "cash": r"cash\s+withdrawals?|withdrawals?|atm\s+(?:withdrawals?|fees?)|bargeld\w*"
    r"|geldautomat\w*|\w*einzahlung"
    r"|retraits?|retiradas?|reintegros?|cajeros?|prelievo|prelievi|levantamentos?",
    "cheque": r"cheques?|chequebooks?|schecks?|ch\w+ques?|ch\w+quiers?|talonarios?|assegn[oi]",
    "overdraft": r"overdrafts?|\w*berziehung\w*|dispositionskredit|d\w+couvert|descubierto"
    r"|scoperto|sconfinamento",
    "safe": r"safe\s+deposit\s+box(?:es)?|schlie(?:ß|ss|b)f\w+cher|schlie(?:ß|ss|b)fach",
}
# what holds or handles a card, a cheque or cash is an article: "Credit card holder"
_ACCESSORY = (
    r"(?!\s+(?:holders?|cases?|covers?|wallets?|sleeves?|readers?|terminals?|printers?|sorters?"
    r"|counters?|trays?|boxes|book\s+covers?|h[üu]llen?|etuis?|lesegeräte?|porte|fundas?))"
)
_ACCOUNT_SERVICE = {
    kind: re.compile(rf"\b(?:{words})\b{_ACCESSORY}", re.I)
    for kind, words in _ACCOUNT_SERVICES.items()
}
METERED_ROWS = 0.5  # share of a table's rows priced per kilowatt-hour in an energy tariff
# an amount per kilowatt-hour drawn: "38,95 ct/kWh", "24.50p per kWh", "0,1520 €/kWh"
# (a scan's OCR may lose the slash: "38,95 ctkwh")
_PER_KWH = re.compile(
    r"\d\s?(?:(?:ct|cents?|p|€|eur|£|\$)\s?(?:/|per|pro|por|par|je)?|/|per|pro|por|par|je)"
    r"\s?[km]?wh\b",
    re.I,
)
# a column titled as an amount per kilowatt-hour, its figures bare: "lei/kWh", "€/kWh",
# "(ct/kWh)", "Kč / MWh", "per kWh"
_PER_KWH_TITLE = re.compile(
    r"(?:^|[\s(])(?:[^\W\d]{1,4}\.?\s?/|per|pro|por|par|je)\s?[km]?wh\b", re.I
)
METER_ROWS = 0.5  # share of a table's rows (two at least) that read a figure off a meter
# what a meter counts: energy and volume drawn ("1 479,24 kWh", "m³"; a scan's "m3", "m?",
# "kwWh")
_METER_UNIT = r"(?:[kmg]w{1,2}h|kvarh|m[³3?]|gj)"
_METER_UNIT_CELL = re.compile(rf"^{_METER_UNIT}$", re.I)
_METER_READING = re.compile(rf"^\d[\d .,']*\s?{_METER_UNIT}$", re.I)
# a two-part tariff's column titles: the rate per unit drawn, and the standing charge
_UNIT_RATE_TITLE = re.compile(
    r"\b(?:arbeitspreis|verbrauchspreis|unit\s+rates?|energy\s+(?:rate|charge|price)"
    r"|término\s+de\s+energía|precio\s+de\s+(?:la\s+)?energía|prix\s+du\s+kwh"
    r"|prezzo\s+(?:dell')?energia)\b",
    re.I,
)
_STANDING_TITLE = re.compile(
    r"\b(?:grundpreis|standing\s+charges?|término\s+de\s+potencia|abonnement|quota\s+fissa)\b",
    re.I,
)
# what a thing was bought for: beside its date of purchase, no asking price
_PAID = re.compile(
    r"\b(?:purchase\s+price|kaufpreis|anschaffungs(?:preis|kosten)|precio\s+de\s+compra"
    r"|prix\s+d'achat|prezzo\s+d'acquisto)\b",
    re.I,
)
# what a fee is charged for or how often: per month, per transfer, pro Auftrag, al mes, monthly
_CHARGE_CONDITION = re.compile(
    r"\b(?:per|pro|por|je|par|each|monthly|yearly|annual(?:ly)?|quarterly|weekly|daily"
    r"|monatlich|jährlich|vierteljährlich|mensual|anual|trimestral|mensuel|annuel|mensile"
    r"|annuale)\b|\bal\s+(?:mes|año|día)\b|/\s?(?:month|monat|mes|mois|mese|year|jahr|año|anno)\b",
    re.I,
)
# a column dating the purchase of each thing, saying what was paid for it or what it is insured
# for (its replacement value, its sum insured)
_PURCHASE_TITLE = re.compile(
    r"\b(?:date\s+(?:of\s+)?purchased?|purchase\s+date|(?:date|year|when)\s+(?:bought|purchased)"
    r"|year\s+of\s+purchase|(?:price|amount)\s+paid|kaufdatum|anschaffungs(?:datum|jahr)"
    r"|kaufjahr|gekauft\s+am|fecha\s+de\s+(?:compra|adquisición)|año\s+de\s+compra"
    r"|precio\s+pagado|importe\s+pagado|date\s+d'achat|prix\s+pay[ée]|data\s+(?:di\s+)?acquisto"
    r"|prezzo\s+pagato|aankoopdatum|replacement\s+(?:value|cost)|sum\s+insured|neuwert"
    r"|wiederbeschaffungswert|versicherungssumme|valor\s+de\s+reposición|suma\s+asegurada"
    r"|valeur\s+à\s+neuf|valore\s+a\s+nuovo)\b",
    re.I,
)


def _market_words(row: Sequence[str]) -> set[str]:
    """The market words a row's cells title columns with, each counted once ("Daily rate",
    "Weekly rate": one; "We buy", "We sell": two)."""
    words = {w for c in row for w in re.findall(r"[\w%]+", c.casefold())}
    return {w if w in _MARKET_WORDS else w.removesuffix("s") for w in words} & _MARKET_WORDS


def _filled(cells: Sequence[str]) -> list[str]:
    return [c.strip() for c in cells if c.strip()]


def _has_price(rows: list[list[str]]) -> bool:
    """Some cell is an amount in a currency that differs from row to row: a price list's
    prices. A currency word the same on every row ("1 GBP") is a rate board's unit."""
    by_column: dict[int, set[str]] = {}
    for row in rows:
        for column, cell in enumerate(row):
            if PRICE.search(cell) and re.search(r"\d", cell):
                by_column.setdefault(column, set()).add(re.sub(r"\D", "", cell))
    return any(len(values) >= 2 for values in by_column.values())


def presents_market_data(block: Block) -> bool:
    """A table of market data: columns titled as quotes (buy and sell, bid and ask, change)
    over figures that are rates or changes, or rows named by currency codes; its amounts
    carry no currency of their own. An exchange-rate board, a share price table."""
    rows = [r for r in block.rows or [] if _filled(r)]
    if len(rows) < 3:
        return False
    titles = max(len(_market_words(r)) for r in rows[:3])
    body = rows[1:]
    figures = [c for r in body for c in _filled(r) if _FIGURE.match(c)]
    rates = sum(1 for c in figures if _RATE.match(c))
    rate_share = rates / len(figures) if figures else 0.0
    named = sum(1 for r in body if any(c in currencies.ISO_CODES for c in _filled(r)))
    currency_rows = named / len(body)
    if _has_price(body):
        return False
    if titles >= MIN_MARKET_TITLES and (
        rate_share >= RATE_SHARE or currency_rows >= TITLED_CURRENCY_ROWS
    ):
        return True
    return currency_rows >= CURRENCY_ROWS and rate_share >= RATE_SHARE


def timetable_blocks(page: PageLayout) -> set[int]:
    """The tables of a timetable on the page: tables whose first row or first column name the
    days of the week (three of them across the page's tables, the page showing times of day)
    or run down the clock (08:30, 09:15 ...), none of them pricing anything."""
    tables = {i: b.rows for i, b in enumerate(page.blocks) if b.kind == "table" and b.rows}
    clock_times = len(set(_CLOCK.findall(page.text)))
    days: set[str] = set()
    by_days: set[int] = set()
    by_clock: set[int] = set()
    for index, rows in tables.items():
        if _has_price(rows):
            continue
        axis = _filled(rows[0]) + _filled([r[0] for r in rows[1:] if r])
        named = {c.casefold().rstrip(".") for c in axis if _WEEKDAY.match(c)}
        if named:
            days |= named
            by_days.add(index)
        times = [r[0].strip() for r in rows if r and _CLOCK_CELL.match(r[0].strip())]
        if len(times) >= MIN_AXIS_TIMES:
            by_clock.add(index)
    found = set(by_clock)
    if len(days) >= MIN_AXIS_DAYS and clock_times >= MIN_CLOCK_TIMES:
        found |= by_days
    return found


def presents_a_parts_legend(block: Block) -> bool:
    """A table with a column counting pieces ("Qty") that prices nothing and whose rows carry
    no article codes: a drawing's legend or a bill of materials (what an assembly holds, how
    many of each), not an offer. A parts list that sells its parts prints codes or prices."""
    rows = [r for r in block.rows or [] if _filled(r)]
    if len(rows) < 3 or not any(_QUANTITY_TITLE.match(c) for c in _filled(rows[0])):
        return False
    if any(column_title_role(c) == "price" for c in rows[0]):
        return False  # "Description | Qty | Price": an order form, a price list
    body = rows[1:]
    if any(PRICE.search(c) or BARE_PRICE.match(c.strip()) for r in body for c in r):
        return False
    coded = sum(1 for r in body if any(is_code(c) for c in _filled(r)))
    return coded < CODED_ROWS * len(body)


def _cas_number(text: str) -> bool:
    """A CAS registry number ("7732-18-5"), its check digit right: a substance's identity."""
    match = _CAS.match(text.strip())
    if not match:
        return False
    digits = (match.group(1) + match.group(2))[::-1]
    return sum(n * int(d) for n, d in enumerate(digits, 1)) % 10 == int(match.group(3))


def presents_a_composition(block: Block) -> bool:
    """A table of what a product is made of: most rows identify a substance by its CAS number
    and none prices anything (a safety data sheet's ingredients, a formulation). A chemicals
    dealer's list that sells substances by CAS number prints their prices."""
    rows = [r for r in block.rows or [] if _filled(r)]
    if len(rows) < 2 or _has_price(rows):
        return False
    if any(PRICE.search(c) or BARE_PRICE.match(c.strip()) for r in rows for c in r):
        return False
    registered = sum(1 for r in rows if any(_cas_number(c) for c in _filled(r)))
    return registered >= COMPOSITION_ROWS * (len(rows) - 1)


MIN_PANEL_LABELS = 2  # kinds of a nutrition panel's labels a table holds at least

# a nutrition panel's labels, in the languages catalogs come in
_PANEL_LABELS = {
    "title": r"\b(?:supplement|nutrition(?:al)?)\s+(?:facts|information)\b"
    r"|n[äa]hrwert(?:e|angaben|tabelle|information\w*)|valeurs?\s+nutritionnelles?"
    r"|informaci[óo]n\s+nutricional|valori\s+nutrizionali|voedingswaarden?"
    r"|n[äa]ringsv[äa]rde|n[æa]ringsindhold|warto[śs][ćc]\s+od[żz]ywcza",
    "serving": r"\bserving\s+size\b|\bportionsgr(?:ö|oe)(?:ß|ss)e|\bportion\s+de\b"
    r"|\btama[ñn]o\s+de\s+(?:la\s+)?porci[óo]n",
    "servings": r"\bservings\s+per\s+(?:container|pack(?:age)?|bottle)\b",
    "amount": r"\bamount\s+per\s+serving\b|\bpro\s+portion\b|\bpar\s+portion\b"
    r"|\bpor\s+porci[óo]n\b|\bper\s+porzione\b",
    "daily value": r"%\s*(?:daily\s+value|dv)\b|\bdaily\s+value|\b(?:nrv|ri|gda)\s*%"
    r"|%\s*(?:nrv|ri|ar|vnr)\b|\bvaleur\s+nutritionnelle\s+de\s+r[ée]f[ée]rence|\breferenzmenge",
}
_PANEL_PATTERNS = {kind: re.compile(p, re.I) for kind, p in _PANEL_LABELS.items()}


def presents_a_nutrition_panel(block: Block) -> bool:
    """A table labelled as a nutrition panel in `MIN_PANEL_LABELS` ways at least (its title,
    the serving's size, servings per container, amount per serving, daily value): what a
    serving holds, no article."""
    text = " ".join(" ".join(c for row in block.rows or [] for c in row).split())
    kinds = {kind for kind, pattern in _PANEL_PATTERNS.items() if pattern.search(text)}
    return len(kinds) >= MIN_PANEL_LABELS


def presents_a_count_sheet(block: Block) -> bool:
    """A stocktake's count sheet: no price anywhere, a column of whole quantities titled as
    stock ("Book qty", "On hand") and a titled column blank in every row (where the counter
    writes what is there). What a store holds, not what it offers."""
    rows = [r for r in block.rows or [] if _filled(r)]
    if len(rows) < 3:
        return False
    width = max(len(r) for r in rows)
    header, *body = [r + [""] * (width - len(r)) for r in rows]
    if any(column_title_role(c) == "price" for c in header):
        return False
    if any(PRICE.search(c) or BARE_PRICE.match(c.strip()) for r in body for c in r):
        return False
    held = any(
        _STOCK_TITLE.search(header[c]) and all(_WHOLE.match(r[c].strip()) for r in body)
        for c in range(width)
    )
    blank = any(header[c].strip() and not any(r[c].strip() for r in body) for c in range(width))
    return held and blank


def presents_fees(block: Block, page_text: str) -> bool:
    """A table whose amounts are titled fees, charges or premiums, none titled a price, each
    charged per something or for a period (its title or half its priced rows say so), on a page that
    speaks of the reader's own account, policy or contract: a bank's schedule of fees, a
    policy's schedule of premiums. What the holder pays for services, not an offer (a course
    list's fees are charged once, whoever books)."""
    rows = [r for r in block.rows or [] if _filled(r)]
    if len(rows) < 3 or not _OWN_HOLDING.search(page_text):
        return False
    titles = _filled(rows[0])
    if any(column_title_role(c) == "price" for c in titles):
        return False
    if not any(_FEE_TITLE.search(c) for c in titles):
        return False
    priced = [r for r in rows[1:] if any(PRICE.search(c) or BARE_PRICE.match(c) for c in r)]
    charged = sum(1 for r in priced if any(_CHARGE_CONDITION.search(c) for c in r))
    return any(_CHARGE_CONDITION.search(c) for c in titles) or 2 * charged >= len(priced) > 0


def _account_services(row: Sequence[str]) -> set[str]:
    """The kinds of account service a row speaks of."""
    text = " ".join(row)
    return {kind for kind, words in _ACCOUNT_SERVICE.items() if words.search(text)}


def account_service_tables(page: PageLayout) -> set[int]:
    """The tables of a bank's schedule of prices and services: at least half the priced rows
    of each charge for an account's services, and the page's tables charge for two kinds of
    them at least (cards and transfers, statements and cash withdrawals). Whatever their
    amounts are titled, they price what the holder of an account pays for, not articles: a
    bank's merchandise, a course list, a hosting plan's months name no such service."""
    found: set[int] = set()
    kinds: set[str] = set()
    for index, block in enumerate(page.blocks):
        rows = [r for r in block.rows or [] if _filled(r)] if block.kind == "table" else []
        priced = [r for r in rows if any(PRICE.search(c) or BARE_PRICE.match(c) for c in r)]
        serving = [_account_services(r) for r in priced]
        if len(priced) >= 2 and sum(1 for k in serving if k) >= ACCOUNT_SERVICE_ROWS * len(priced):
            found.add(index)
            kinds |= set().union(*serving)
    return found if len(kinds) >= MIN_ACCOUNT_SERVICE_KINDS else set()


def presents_possessions(block: Block) -> bool:
    """A table with a column titled as the date of each thing's purchase, the price paid for
    it or its replacement value, and no column titled as an asking price: an inventory of
    belongings (an insurance claim's stolen items, a household's list for its cover), not an
    offer."""
    rows = [r for r in block.rows or [] if _filled(r)]
    if len(rows) < 2:
        return False
    titles = _filled(rows[0])
    if any(
        column_title_role(c) == "price" and not (_PURCHASE_TITLE.search(c) or _PAID.search(c))
        for c in titles
    ):
        return False  # "Year bought | Price": a second-hand dealer's asking prices
    return any(_PURCHASE_TITLE.search(c) for c in titles)


def presents_a_shipment(block: Block) -> bool:
    """A table titled with each line's gross weight in kilograms and its volume in cubic
    metres (the units set in the titles) and no column titled as a price: the goods of a
    consignment note or a packing list, shipped, not offered (a page naming itself a
    consignment note is `shipping_documents.presents_a_consignment_note`'s, whatever its titles)."""
    rows = [r for r in block.rows or [] if _filled(r)]
    if len(rows) < 2:
        return False
    titles = [c.strip() for c in rows[0]]
    if any(column_title_role(c) == "price" for c in titles):
        return False
    return any(_KILOGRAMS_TITLE.search(c) for c in titles) and any(
        _VOLUME_TITLE.search(c) for c in titles
    )


# a column's title giving its unit: a weight in kilograms, a volume in cubic metres (the
# superscript a scan's OCR may read as "3" or "?"), not a rate ("m³/h")
_KILOGRAMS_TITLE = re.compile(r"\bkg\b", re.I)
_VOLUME_TITLE = re.compile(r"\bm[³3?]$")


MIN_NEGATIVE_ROWS = 2  # rows of a settlement with an amount set down below nothing
# a negative amount ending a cell: "-412.60", "−1.230 €", "- £ 25.00" (OCR may part a merged
# cell's name and amount by a space only); a separator or a currency says it is money. A dash
# after an amount joins a range ("$219.95 - $239.95": a price from regular to long), no minus
_NEGATIVE_AMOUNT = re.compile(
    r"(?:^|(?<![\d€£$])\s)[-−–]\s?(?:[€£$]\s?)?(\d{1,3}(?:[.,' ]\d{3})*(?:[.,]\d{2})?)\s?"
    r"(€|£|\$|eur|gbp|usd|chf)?$",
    re.I,
)


def _negative_amount(cell: str) -> bool:
    match = _NEGATIVE_AMOUNT.search(cell.strip())
    return bool(match) and bool(match.group(2) or re.search(r"[.,' ]", match.group(1)))


def presents_a_settlement(block: Block) -> bool:
    """A table with amounts set down below nothing in `MIN_NEGATIVE_ROWS` rows at least: a
    payslip's, a tax assessment's or a statement's deductions, not an offer."""
    rows = block.rows or []
    return sum(any(_negative_amount(c) for c in r) for r in rows) >= MIN_NEGATIVE_ROWS


def presents_metered_tariffs(block: Block) -> bool:
    """A table most of whose rows (two at least) price energy per kilowatt-hour, or whose
    titles name a unit rate beside a standing charge: a utility's tariffs, what the meter's
    units cost, not articles on offer."""
    rows = [r for r in block.rows or [] if _filled(r)]
    if len(rows) < 3:
        return False
    titles = " | ".join(_filled(rows[0]))
    if _UNIT_RATE_TITLE.search(titles) and _STANDING_TITLE.search(titles):
        return True
    body = rows[1:]
    metered = sum(1 for r in body if any(_PER_KWH.search(c) for c in r))
    if metered >= 2 and metered >= METERED_ROWS * len(body):
        return True
    return _rates_titled_per_kwh(rows[0], body)


def _rates_titled_per_kwh(titles: Sequence[str], body: list[list[str]]) -> bool:
    """Bare figures under a column titled as an amount per kilowatt-hour ("lei/kWh"), the
    table's only amounts: a tariff sheet's rates set once in the title. A list of articles that
    works out a price per kWh beside its prices (a home battery's cost per kWh of capacity)
    prints those prices in another column, titled as prices or in a currency."""
    rated = [n for n, t in enumerate(titles) if _PER_KWH_TITLE.search(t.strip())]
    if len(rated) != 1:
        return False
    column = rated[0]
    figures = [r[column].strip() for r in body if len(r) > column and r[column].strip()]
    if len(figures) < 2 or sum(1 for f in figures if _FIGURE.match(f)) < METERED_ROWS * len(body):
        return False
    others = [n for n in range(len(titles)) if n != column]
    if any(column_title_role(titles[n]) == "price" for n in others):
        return False
    return not any(
        PRICE.search(r[n]) and re.search(r"\d", r[n]) for r in body for n in others if n < len(r)
    )


def _reads_a_meter(row: Sequence[str]) -> bool:
    """A figure with a meter's unit in its cell, or a figure with the unit in the next cell."""
    cells = _filled(row)
    return any(
        _METER_READING.match(cell)
        or (
            _FIGURE.match(cell)
            and index + 1 < len(cells)
            and _METER_UNIT_CELL.match(cells[index + 1])
        )
        for index, cell in enumerate(cells)
    )


def presents_meter_readings(block: Block) -> bool:
    """A table most of whose rows (two at least) read a figure off a meter, in kilowatt-hours or
    cubic metres, with no price title and no amount in a currency anywhere: the meters' states in
    a handover protocol or on a bill, what was drawn, not what is sold."""
    rows = [r for r in block.rows or [] if _filled(r)]
    if len(rows) < 3 or any(column_title_role(c) == "price" for c in rows[0]):
        return False
    if any(PRICE.search(c) and re.search(r"\d", c) for r in rows for c in r):
        return False
    body = rows[1:]
    read = sum(1 for r in body if _reads_a_meter(r))
    return read >= 2 and read >= METER_ROWS * len(body)


INDEX_ROWS = 0.5  # share of an index's rows that point to a page with leaders
# a page reference after leaders: "...... 3", "Knob Orbit ..... 12"
_PAGE_REFERENCE = re.compile(r"^(?P<entry>.*?)\s?[.…·_]{3,}\s?(?P<page>\d{1,4})$")


# an index's title, in the languages catalogs come in
_INDEX_TITLE = re.compile(
    r"^(?:(?:alphabetical|product|general|subject) )?index$|^index alphab[ée]tique$|^register$"
    r"|^(?:stichwort|sach|artikel)verzeichnis$|^(?:sach)?register$|^[íi]ndice(?: alfab[ée]tico)?$"
    r"|^rejstřík$|^trefwoordenregister$|^indeks$",
    re.I,
)


def presents_an_index(block: Block, page_number: int) -> bool:
    """An index's table: no price, and titled as an index in its first cell ("Alphabetical
    index"), or most rows pointing after leaders to a page no later than its own (an index
    looks back), its entries in each column in alphabetical order (a menu's leaders end in
    prices, its dishes in the order served)."""
    rows = [r for r in block.rows or [] if _filled(r)]
    if len(rows) < 2 or _has_price(rows):
        return False
    if _INDEX_TITLE.match(_filled(rows[0])[0]):
        return True  # a scan's OCR may lose the leaders
    entries: dict[int, list[str]] = {}  # column of the references: the entries they point from
    pointing = 0
    for row in rows:
        found = False
        for column, cell in enumerate(row):
            match = _PAGE_REFERENCE.match(cell.strip())
            if match is None or int(match.group("page")) > page_number:
                continue
            entry = match.group("entry").strip() or (row[column - 1].strip() if column else "")
            if entry:
                entries.setdefault(column, []).append(entry.casefold())
                found = True
        pointing += found
    return pointing >= INDEX_ROWS * len(rows) and all(
        names == sorted(names) for names in entries.values()
    )


WITHDRAWN_DEPTH = 60.0  # points a heading may stand above the table of withdrawn lines
# a heading over lines no longer sold, in the languages catalogs come in
_WITHDRAWN = re.compile(
    r"\b(?:discontinued|withdrawn|no longer (?:available|supplied|stocked)|obsolete|deleted"
    r" lines|auslaufartikel|nicht mehr lieferbar|ausgelistet|supprimés?|retirés?"
    r"|descatalogados?|fuori produzione|vervallen|niet meer leverbaar|vyřazen[éo]"
    r"|wycofane)\b",
    re.I,
)
# a column of what replaces each withdrawn line
_REPLACED_TITLE = re.compile(
    r"^(?:replaced by|superseded by|replacement|successor|ersetzt durch|nachfolger"
    r"|remplacé par|sustituido por|sostituito da|vervangen door|nahrazen[oa]?)$",
    re.I,
)


def presents_withdrawn_lines(page: PageLayout, index: int) -> bool:
    """A table of lines no longer sold: no price, and a column of their replacements or a
    heading right over it saying they are withdrawn."""
    block = page.blocks[index]
    rows = [r for r in block.rows or [] if _filled(r)]
    if len(rows) < 2 or _has_price(rows):
        return False
    if any(_REPLACED_TITLE.match(c.strip()) for c in rows[0]):
        return True
    heading = _heading_over(page, index)
    return heading is not None and bool(_WITHDRAWN.search(heading.text))


def _heading_over(page: PageLayout, index: int) -> Block | None:
    """The heading right over a table (`WITHDRAWN_DEPTH` at most, no other block between): a
    heading, or a bold line (a numbered one read as a list's item)."""
    table = page.blocks[index]
    above = [
        b
        for b in page.blocks
        if b is not table
        and b.bottom <= table.top + 1
        and table.top - b.bottom <= WITHDRAWN_DEPTH
        and b.left < table.right
        and b.right > table.left
    ]
    if not above:
        return None
    nearest = max(above, key=lambda b: b.bottom)
    titled = nearest.kind == "heading" or (nearest.bold and len(nearest.lines) <= 1)
    return nearest if titled else None


def _heading_text(page: PageLayout, index: int) -> str:
    heading = _heading_over(page, index)
    return heading.text if heading else ""


# a rent in a game's money, in the languages catalogs come in: "Rent, site only", "Miete"
_RENT = re.compile(r"\b(?:rent|miete|loyer|alquiler|affitto|rendita|huur|hyra)\b", re.I)
# what a site may be mortgaged for: "Mortgage value", "Hypothekenwert", "Valeur hypothécaire"
_MORTGAGE = re.compile(r"\b(?:mortgage|hypothe[kc]|hypoth[ée]c|hipotec|ipotec)\w*", re.I)
# a game's players: what its cards and rules speak of
_PLAYER = re.compile(
    r"\b(?:players?|spieler(?:in|innen|s)?|joueurs?|jugador(?:es|as?)?|giocator[ei]|spelers?)\b",
    re.I,
)


def presents_game_rents(block: Block, page_text: str) -> bool:
    """A table whose rows name a rent and a mortgage value, on a page that speaks of players:
    a property-trading game's title deeds, what one player pays another, not an offer."""
    cells = [c for row in block.rows or [] for c in _filled(row)]
    return (
        any(_RENT.search(c) for c in cells)
        and any(_MORTGAGE.search(c) for c in cells)
        and bool(_PLAYER.search(page_text))
    )


def unoffered_tables(page: PageLayout) -> set[int]:
    """Indexes of the page's tables that present no products: market data, timetables,
    parts legends, compositions, nutrition panels, count sheets, fee schedules (a bank's
    services), inventories of belongings, energy tariffs, meter readings, settlements
    (amounts below nothing), a game's rents, indexes, withdrawn lines and a carrier's tariffs
    by weight band."""
    found = timetable_blocks(page) | account_service_tables(page)
    for index, block in enumerate(page.blocks):
        if block.kind == "table" and (
            presents_market_data(block)
            or presents_a_parts_legend(block)
            or presents_a_composition(block)
            or presents_a_nutrition_panel(block)
            or presents_a_count_sheet(block)
            or presents_fees(block, page.text)
            or presents_possessions(block)
            or presents_metered_tariffs(block)
            or presents_meter_readings(block)
            or presents_a_settlement(block)
            or presents_game_rents(block, page.text)
            or presents_a_shipment(block)
            or presents_an_index(block, page.page_number)
            or presents_withdrawn_lines(page, index)
            or weight_band_tariff(block, _heading_text(page, index))
            or tariff_titled_above(page, index, _heading_text(page, index))
        ):
            found.add(index)
    return found
