"""The words a catalog prints: prices, article codes, sizes, names and brands, as patterns and
predicates every form of product shares (no page geometry here)."""

from __future__ import annotations

import functools
import re

from pdfqueue.engines import currencies
from pdfqueue.engines.catalog import columns

NAME_MAX_WORDS = 8  # words a product's name runs to at most

_BEFORE = currencies.BEFORE_AMOUNT  # see currencies.py
PRICE = currencies.PRICE  # an amount in a currency, or a whole one with a dash for its cents
# units of measure: the one vocabulary the catalog's patterns read them by (alternations, to set
# in a group): a length ("60 × 40 cm", "12 in"), a weight ("250 g", "1 lb"), a volume ("75 cl");
# a pattern that reads fewer or more of them says why where it is built
LENGTH_UNITS = r"mm|cm|m|in"
WEIGHT_UNITS = r"kg|g|lb|oz"
VOLUME_UNITS = r"ml|cl|l"
# an article number set in groups of digits ("Art.-Nr. 2261 9700 00", as German makers print
# them) is one code; a group followed by a decimal figure is a price, not the code's part; so
# is a part number in short groups each holding a digit, a letter's index at the end ("Part
# no. 5H0 071 151 A", "0 986 494 123"), in capitals whatever the label's case
_GROUP = r"(?=[A-Z]{0,3}\d)[A-Z0-9]"
# a figure followed by a unit counts or measures what the code sells ("Art. 8174 15 st. € 5,75"
# as bulb growers, "Art.-Nr. 4410 10 Stück" as German and "Ref. 2210 12 uds." as Spanish makers
# print a pack; "4410 250 g"): a quantity, never the code's last group (not the length "in":
# after a figure it is as often the English word, "Art. 4410 10 in stock")
_UNIT_AFTER = (
    r"(?!\s?(?:st(?:k|ck|ück|uks?)?|pcs?|pieces?|pz|uds?|unid|pk|pack|pkt|x|er"
    rf"|(?-i:mm|cm|m|{WEIGHT_UNITS}|{VOLUME_UNITS}))(?![^\W\d_]))"
)
_SPACED_CODE = (
    rf"(?-i:{_GROUP}{{1,4}}(?: {_GROUP}{{2,4}}){{2,4}}(?: [A-Z]{{1,2}})?)(?![\w.,]){_UNIT_AFTER}"
)
_CODE_TOKEN = (
    rf"{_SPACED_CODE}|\d{{3,4}}(?: \d{{2,4}}){{1,3}}(?![\d.,]){_UNIT_AFTER}"
    r"|[A-Z0-9][A-Z0-9]*(?:[-./][A-Z0-9]+)*"
)
CODE_LABEL = re.compile(
    r"(?:\b(?:item|artikel|art(?:icle)?|art\.?-?nr|part|sku|ref(?:erence)?|code|model|réf"
    # Polish "Nr kat." (a catalogue number) and "Kod", Czech and Hungarian "Kód", an "EAN"
    r"|prod(?:uct)?|cat|vare-?(?=n)|nr\.?\s?kat|kód(?![^\W\d_])|kod(?![^\W\d_])"
    r"|ean(?![^\W\d_])"
    # the Baltic and Finnish words for a code ("(kood 43026)")
    r"|kood|kods|kodas|koodi"
    # the Italian, Spanish and Portuguese words for a code ("cod. BS16023", "Código 4410"),
    # before a code holding a figure: "cod" alone is a fish ("Salt cod croquetas")
    r"|(?:cod\.|codice|c[oó]digo|cód\.?)(?=\s*[:.]?\s*[A-Z]{0,4}[-./]?\d)"
    # the South Slavic word for a code ("Šifra ZL-4412", "Sifra" as a scan without the
    # language's letters reads it)
    r"|šifra|sifra"
    # the Cyrillic word for a code ("Код 1466333"), an article ("Арт. 20451")
    r"|код(?![^\W\d_])|арт(?:икул)?(?![^\W\d_])"
    # the Greek for a code ("Κωδ. 204518", "Κωδικός 204518")
    r"|κωδ(?:ικός)?(?![^\W\d_])"
    # a book's, a periodical's or printed music's standard number ("ISBN 978-1-1029-3867-5")
    r"|isbn(?:-1[03])?|issn|ismn"
    # a fashion label's style number opening a line ("Style 24-1187", "Style No. 4410"),
    # never a style named, nor a car's trim level ("2.0 TDI Style" over its year and mileage)
    r"|(?<![^\n])style(?=[ \t]*(?:no\.?|nr\.?|#)?[ \t]*[:.]?[ \t]*[A-Z]{0,3}-?\d))"
    r"\.?\s*(?:no|nr|number|nummer|num|n°|#)?\.?|\bnr\."
    # "#" alone before one or two figures is a grade or a size ("recyclable #5", "size #2"),
    # no article's code; after a label ("Item #5") it is one
    r"|#(?!\s*\d{1,2}(?![\w/-]|[.,]\d))"
    # "No." alone before one or two figures numbers a work or a scent ("Sonata No. 1", "No.
    # 5"): part of its name, no article's code
    r"|\bno\.(?!\s*\d{1,2}(?![\w.,/-]))"
    # Vietnamese: "Mã SP", "Mã hàng", "Mã sản phẩm" (the product's code; "Ma SP" as OCR
    # without a Vietnamese model reads it)
    r"|\bmã(?:\s+(?:sp|hàng|sản\s+phẩm))?|\bma\s+(?:sp|hang)\b)\s*[:.]?\s*"
    # a scan's icon read as one character between the label and its code ("Art.nr 2
    # 23-1280"): no part of the code, which is the dashed number after it
    r"(?:[^\W_]\s(?=[A-Z0-9]{1,4}[-./]\d{3,}(?![\w.,/-])))?"
    rf"(?P<code>{_CODE_TOKEN})",
    re.I,
)
# a price not printed but asked for: the item is offered, its price given on request
ON_REQUEST = re.compile(
    r"^\s*(?:price\s+)?(?:on|upon)\s+request\s*$|^\s*POA\s*$"
    r"|^\s*(?:preis\s+)?auf\s+anfrage\s*$|^\s*(?:prix\s+)?sur\s+demande\s*$"
    r"|^\s*(?:precio\s+)?(?:a|bajo)\s+consultar?\s*$|^\s*(?:prezzo\s+)?su\s+richiesta\s*$"
    r"|^\s*(?:cijena\s+)?na\s+upit\s*$|^\s*(?:cena\s+)?na\s+(?:zapytanie|povpraševanje)\s*$"
    r"|^\s*(?:ціна\s+)?за\s+запитом\s*$|^\s*(?:цена\s+)?по\s+запросу\s*$"
    r"|^\s*(?:τιμή\s+)?κατόπιν\s+(?:ζήτησης|παραγγελίας)\s*$",
    re.I,
)
# article numbers ("AB-1234", "123456", "ABC123", a reference work's "S.3926" as coin and
# stamp dealers cite it: four figures at least after the dot, "S.123" may be a page), and EAN /
# UPC / GTIN numbers (12 to 14 digits)
BARE_CODE = re.compile(
    r"^(?:[A-Z]{1,4}(?:-?\d{3,8}|\.\d{4,8})(?:-[A-Z0-9]{1,3})?|\d{5,8}|\d{12,14}"
    r"|[A-Z]{2,4}\d{2,6})$"
)
# an order code of capitals and figures joined by dashes, dots or slashes, a figure and a
# capital in it ("LUN-3S-648", "QUO-STA-SUB-12", "4711.20A")
JOINED_CODE = re.compile(r"^(?=\S*\d)(?=\S*[A-Z])[A-Z0-9]+(?:[-./][A-Z0-9]+)+$")
# a dimension of several figures may letter each of them ("G 280 × D 180 × Y 84 cm", "L 130 ×
# P 39 × H 196 cm", "Ø 90 × H 38 cm": width, depth, height as furniture is measured), or
# abbreviate its word ("An. 60 × Al. 72 × Fo. 56 cm": ancho, alto, fondo; "Br. 40 × H. 30 cm")
_LETTERED = r"(?<!\w)(?:(?-i:[A-Z][a-z]{0,2})\.?|Ø)\s?\d+(?:[.,]\d+)?"
SIZE = re.compile(
    r"\d+(?:[.,]\d+)?\s?[x×]\s?\d+(?:[.,]\d+)?(?:\s?[x×]\s?\d+(?:[.,]\d+)?)?"
    rf"\s?(?:{LENGTH_UNITS})\b"
    rf"|{_LETTERED}(?:\s?[x×]\s?{_LETTERED}){{1,2}}\s?(?:{LENGTH_UNITS})\b"
    # a figure joined to its unit in a compound word ("je 600-g-Packung", "1-l-Flasche"): the
    # metric units, as the languages that write such compounds (German, Dutch) measure
    rf"|(?<![\w.,-])\d+(?:[.,]\d+)?-(?:mm|cm|m|{VOLUME_UNITS}|kg|g)(?=-[^\W\d_])"
    # a single figure and its unit (a bare "in" or "m" is left to the dimensions above: "2 in 1"
    # names a product)
    rf"|\d+(?:[.,]\d+)?\s?(?:mm|cm|{VOLUME_UNITS}|lit(?:re|er|ro|ri)s?|{WEIGHT_UNITS}|ct"
    r"|m²|m2|ft²|sq\.?\s?ft)\b"
    # a unit price's measure ("1 kg = 9,37", "1 l = 32,48 zł") is what the price is per, not
    # a size the article comes in
    r"(?!\s?=)",
    re.I,
)
# what parts the measures of one line: a middle dot, a bar, a semicolon, a bullet, a comma
# before a space (a decimal comma has none: "2,4 kg")
_MEASURE_PARTS = re.compile(r"\s*[·|;•]\s*|,\s+")


def measures_alone(text: str) -> list[str]:
    """The measures of a line that holds measures alone, one or several parted by a middle dot,
    a bar, a semicolon or a comma ("55 × 40 × 20 cm · 36 L · 2.4 kg": a case's dimensions,
    volume and weight, as a label or a card sets them on one line), in printed order; none
    from a line with any other word ("Fits 55 × 40 cm", "Lid 20 cm · blue")."""
    parts = [p for p in _MEASURE_PARTS.split(text.strip()) if p]
    if parts and all(SIZE.fullmatch(p) for p in parts):
        return parts
    return []


# a pack counted in pieces right before its price ("15 st. € 5,75", "10 Stück 12,50 €", "24 pcs
# $9.99"): the size that price is for, as bulb growers and wholesalers print their packs, and
# seed merchants their packets ("Packet of 10 seeds £3.25", "100 graines 2,90 €")
PACK = re.compile(
    r"(?<![\w.,])\d{1,5}(?:\s?(?:stk|stck|stuks?|stück|pcs|pz|uds)"
    r"|\s(?:st|seeds?|graines|samen|semi|semillas|zaden))\.?"
    rf"(?=\s*(?:à\s*)?(?:{_BEFORE})?\s?\d)",
    re.I,
)
# a rating an article's name carries: power, voltage, current, colour temperature, luminous
# flux, an angle ("8 W", "230 V", "16 A", "2700 K", "806 lm", "36°"): figures, but a name still
RATING = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:[kmM]?W|k?V|VA|[km]?A|mAh|Ah|K|lm|lx|Hz|Nm|dB|°)(?![^\W\d_])"
)
KEY_VALUE = re.compile(r"^\s*([A-Za-zÀ-ÿ][\w .()/-]{1,30}?)\s*:\s*(\S.{0,80})$")

_HEADER_ROLES: dict[str, tuple[str, ...]] = {
    "price": (
        "price",
        "preis",
        "rrp",  # recommended retail prices: "RRP", "MSRP", "UVP", a pharmacy's "AVP"
        "msrp",
        "uvp",
        "avp",
        "prix",
        "precio",
        "prezzo",
        "cost",
        "€",
        "$",
        "£",
        "eur",
        "usd",
        "gbp",
    ),
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
        "bin",  # a cellar list's bin number
        # a piece's serial number: a second-hand dealer's list gives it beside its own
        # reference ("Rif. | Strumento | Matricola"), the one piece on offer
        "serial",
        "matricola",
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
        "gauge",  # a wire's, a needle's, a set of strings' ("11-52")
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
        "configuration",  # a configurator's orderable combinations, each printed in full
        "konfiguration",
    ),
}


def unique_ints(values: list[int]) -> list[int]:
    return list(dict.fromkeys(values))


# what a price is labelled with, set before it: "RRP € 149", "Price: $20", "Now $5", "Was $9"
_LABEL = (
    r"(?:(?:our|sale|special|offer|unit|retail|list|club|member)\s+)?"
    r"(?:rrp|msrp|srp|uvp|pvp|price|preis|richtpreis|prix|precio|prezzo|prijs|pris|cena|fiyat"
    r"|cijena|only|now|from|ab|dès|desde|vanaf|nur|jetzt|was|reg|regular|statt"
    # a German dealer list's abbreviations: the dealer's and the shop's price, the chemist's
    r"|hek|vk|avp"
    # a price chip's label choosing how to buy: once, or on a repeat delivery at a discount
    r"|one[-\s]time\s+purchase|subscribe\s*(?:&|and)\s*save|auto-?ship|repeat\s+delivery)"
)
# a price label and a bare amount, nothing else ("UVP 174,72", "HEK 96,09", "Price: 4.99"): the
# label says the amount is a price where no currency is printed
LABELLED_AMOUNT = re.compile(
    rf"^{_LABEL}\.?\s*:?\s*(?P<amount>\d{{1,3}}(?:[ .']\d{{3}})*[.,]\d{{2}})$", re.I
)
_OFFER_LABEL = re.compile(rf"^{_LABEL}\b\.?\s*:?\s*", re.I)
_LABEL_ALONE = re.compile(rf"^{_LABEL}\s*[.:]?$", re.I)


def is_price_label(text: str) -> bool:
    """A price's label and nothing else ("RRP", "Preis:", "Now"): no name of a product."""
    return bool(_LABEL_ALONE.match(text.strip()))


# what a price is for, set after it: "each", "per pack", "/kg", "incl. VAT", "a pair", "le kg"
_OFFER_QUALIFIER = re.compile(
    r"^(?:each|ea\b|pièce|stück|stk\b|net\b|netto|brutto|ttc|ht\b|/\s*\S+|l'\S+"
    r"|(?:per|pro|par|por|je|a|the|le|la|les|el|il|der|die|das|inc|incl|ex|excl|plus|zzgl"
    r"|inkl|exkl)\.?\s+\S+)",
    re.I,
)
# what sets an amount as a threshold, right before it: "orders over $350", "fri fragt over 800
# kr", "versandkostenfrei über 50 €", "spedizione gratuita oltre 49 €"
_THRESHOLD = re.compile(
    r"\b(?:over|above|under|below|über|unter|oltre|sopra|más\s+de|plus\s+de|meer\s+dan"
    # what a buyer must spend for an offer ("0% finance (min. spend £500)", "when you spend £50")
    r"|mindst|minst|yli|powyżej|nad|spend|min\.)\s*$",
    re.I,
)
# what sets an amount as an estimate, right before it (a label of a word or two between):
# "estimated cost £6.50", "approx. $40", "perkiraan biaya Rp 28.000", "custo estimado 4,20 €"
# set after its label: a recipe's or a project's cost, what something comes to, not a price
# anyone offers
_ESTIMATE = re.compile(
    r"\b(?:estimated|approx\.?|approximately|perkiraan|kira-kira|estimasi|estimad[oa]"
    r"|aproximad[oa]|stimat[oa]|geschätzte?[nrs]?|estimée?|szacunkow[yae]|yaklaşık|tahmini"
    r"|ước\s+tính)"
    r"(?:\s+[^\W\d_]+){0,2}\s*:?\s*$",
    re.I,
)
OFFER_TAIL_WORDS = 2  # lower-case words after a line's last price that make it a sentence


def offers_price(line: str) -> bool:
    """A line whose price is evidence of an offer: it starts with a price or a price label
    ("£23.22 per pack", "RRP £149", "Price: $20"), or ends with its price and what it is for
    ("Oak Chair £149", "2 for £3", "Mug £4 each"); not a sentence that mentions an amount
    ("Tickets £12 at the door": prose going on past the price)."""
    text = line.strip()
    prices = list(PRICE.finditer(text))
    if not prices or all(_THRESHOLD.search(text[: m.start()]) for m in prices):
        return False  # "Free delivery on orders over $50": a threshold, no item's price
    if all(_ESTIMATE.search(text[: m.start()]) for m in prices):
        return False  # "Estimated cost $12": what something comes to, not an offer
    if all(_SAVING_BEFORE.search(text[: m.start()]) for m in prices):
        return False  # "Save £200.00" under a price: what the offer saves, no price
    if PRICE.match(_OFFER_LABEL.sub("", text, count=1)):
        return True
    tail = _OFFER_QUALIFIER.sub("", text[prices[-1].end() :].strip(" .,;:)–-"), count=1)
    prose = [w for w in tail.split() if w.isalpha() and w.islower()]
    return len(prose) < OFFER_TAIL_WORDS


def is_price(text: str) -> bool:
    match = PRICE.search(text)
    return bool(match) and len(text) <= len(match.group(0)) + 6


QUALIFIER_MAX_WORDS = 3  # words of what a price is for, set after it ("per ball", "le kg")


def is_qualified_price(text: str) -> bool:
    """A price, or a price and what it is for after it and nothing else ("£3.50 per ball",
    "14,95 € le kg", "$2 each"): a price set apart on a line of its own."""
    text = text.strip()
    match = PRICE.match(text)
    if match is None:
        return False
    rest = text[match.end() :].strip()
    if not rest:
        return True
    qualifier = _OFFER_QUALIFIER.match(rest)
    return (
        qualifier is not None
        and len(rest.split()) <= QUALIFIER_MAX_WORDS
        and not any(c.isdigit() for c in rest)
    )


# a range of prices, from the lowest to the highest ("$219.95 - $239.95": a sleeping bag in its
# regular and its long length, one article number for both)
_PRICE_RANGE = re.compile(rf"^(?P<low>{PRICE.pattern})\s?[-–]\s?(?P<high>{PRICE.pattern})$")


def range_prices(text: str) -> list[str]:
    """The two prices of a price range ("$219.95 - $239.95"), else none."""
    match = _PRICE_RANGE.match(text.strip())
    return [match.group("low"), match.group("high")] if match else []


# a bare count run into a price cell before the price's opening currency sign ("1 £13.80"):
# a thousands group never stands before the sign, so the figures are another column's (a
# pack's count a scan's reading set into the price's cell), not the amount's
_COUNT_BEFORE_SIGN = re.compile(r"^\d{1,4}\s+(?=\D)")


def cell_prices(text: str) -> list[str]:
    """The prices a price cell holds: the two ends of a range ("$219.95 - $239.95"), the
    prices side by side in it and nothing else (a sale price beside the price struck
    through, "$270.42 $318.14", in the order printed), the price alone after a bare count
    before its currency sign ("1 £13.80": `_COUNT_BEFORE_SIGN`), else the cell as it is."""
    ranged = range_prices(text)
    if ranged:
        return ranged
    found = [m.group(0) for m in PRICE.finditer(text)]
    if len(found) >= 2 and not PRICE.sub("", text).strip():
        return found
    count = _COUNT_BEFORE_SIGN.match(text.strip())
    if count and len(found) == 1 and text.strip()[count.end() :] == found[0]:
        return found
    return [text]


def is_amount(text: str, *, leading: bool = False, alone: bool = False) -> bool:
    """A cell holding an amount alone: a bare one ("4.95", "1,290.00") or a price in a
    currency with little else ("£4.95", "24 990 Kč", "from $5").

    `leading`: the price starts the cell ("€0.533", "$4.50 ea", not "ab €0.50"): a price
    ladder takes the cell beside a quantity break as the step's price as printed, so it must
    open with the amount. `alone`: nothing but the amount ("£4.95", not "£4.95 + VAT"): a rate
    card's zone cells, which decide that a whole table offers nothing, are read strictly."""
    bare = text.strip()
    if BARE_PRICE.match(bare):
        return True
    if alone:
        return bool(PRICE.fullmatch(bare))
    return is_price(bare) and (not leading or bool(PRICE.match(bare)))


# a minus sign before an amount, a currency before or after it: "-412.60", "− 1.230 €",
# "£-25.00", "- £ 25.00" (an accountant's "(25.00)" is not read as negative)
_MINUS = re.compile(rf"^\s*(?:(?:{_BEFORE})\s?)?[-−–]\s?(?:(?:{_BEFORE})\s?)?\d")


def amount_value(text: str, decimals: int = 2) -> float | None:
    """The value of the amount a cell or figure holds: "$80,452.11", "1.234,50 €", "12,50",
    "1'234.50", "4 490,-"; None when it holds no digit. The digits after the last point or
    comma are decimals when there are `decimals` of them or fewer ("12,50", "1.234,5"), else
    the mark groups thousands ("1.290", "1,234", "24 990"); a mark with no digit after it ends
    a whole amount ("12,-"). Spaces, apostrophes, currencies and other letters are not read
    (a caller first checks that the cell is an amount: `is_amount`); a minus sign before the
    amount or its currency makes it negative. A bill's weights pass `decimals=3` to read
    "0.620" kg as well as "1,240" as a thousand (`bills._readings` tries both)."""
    digits = re.sub(r"[^\d.,]", "", text)
    if not re.search(r"\d", digits):
        return None
    mark = max(digits.rfind("."), digits.rfind(","))
    tail = digits[mark + 1 :] if mark >= 0 else ""
    if 0 < len(tail) <= decimals:
        value = float(re.sub(r"\D", "", digits[:mark]) + "." + tail)
    else:
        value = float(re.sub(r"\D", "", digits))
    return -value if _MINUS.match(text) else value


def is_code(text: str) -> bool:
    """An article code, bare ("AB-1234") or labelled ("Art.-Nr. 4410"); a word that only
    starts like a label ("Articolo", "Items", "Referenz") is a column's title, no code."""
    text = text.strip()
    if BARE_CODE.match(text):
        return True
    labelled = CODE_LABEL.fullmatch(text)
    if labelled is None:
        return False
    start = labelled.start("code")
    return has_digit(labelled.group("code")) or not text[start - 1 : start].isalpha()


# a lead time ("3 weeks", "2-3 Tage", "ex stock"): when an item ships, never what it is called
_DURATION = re.compile(
    r"^(?:\d+(?:\s?[-–]\s?\d+)?\s?(?:working\s)?(?:days?|weeks?|months?|wks?|tage?n?|wochen?"
    r"|monate?n?|jours?|semaines?|mois|días?|semanas?|meses|giorni|settimane?|mesi)"
    r"|ex stock|on stock|in stock|ab lager|sofort)\.?$",
    re.I,
)


def is_duration(text: str) -> bool:
    return bool(_DURATION.match(text.strip()))


def is_size(text: str) -> bool:
    match = SIZE.search(text)
    return bool(match) and len(text) <= len(match.group(0)) + 8


def is_name(text: str, max_words: int = NAME_MAX_WORDS) -> bool:
    """A few words, mostly letters; or a model's name: a word of letters, then designations
    that each hold a letter ("Lumi A25 4GB/128GB", "Nova X9 5G 8GB/256GB": figures outweigh
    its letters, yet no word is a bare figure, as in a row of figures or dates). The sizes a
    name carries ("Krabice 3VL 200 × 150 × 100 mm, hnědá") do not count against its letters:
    a name of a few words with its dimensions is still a name (`_letter_share`)."""
    words = [w for w in text.split() if any(c.isalnum() for c in w)]  # "/" is no word
    letters = sum(c.isalpha() for c in text)
    modelled = (
        len(words) >= 2
        and len(words[0]) >= 3
        and words[0].isalpha()
        and words[0][0].isupper()
        and all(any(c.isalpha() for c in w) for w in words)
    )
    sized = _letter_share(text, max_words)
    return (
        (1 <= len(words) <= max_words or sized)
        and letters >= 3
        and (letters >= 0.6 * len(text.replace(" ", "")) or modelled or sized)
        and (not text.rstrip().endswith((".", ";", ":")) or bool(_COUNTED_END.search(text)))
        and len({c.lower() for c in text if c.isalpha()}) >= 2  # "HHHHHHHH": a test sheet's row
    )


# a saving's label, before the amount a card's badge says its offer saves ("Save £50", "Poupe
# 150 €", "Sie sparen 20 €"): a name of these words alone names no product
_SAVING = re.compile(
    r"(?:you\s+)?(?:save|poupe|poupa|ahorra|ahorre|risparmi|économisez|spare|sparen|"
    r"sie\s+sparen|bespaar|spar|oszczędzasz|ušetříte|ušetríte)[\s!:]*",
    re.I,
)


# a saving's label right before an amount, opening the line or after a word break
_SAVING_BEFORE = re.compile(rf"(?:^|(?<=\s)){_SAVING.pattern}$", re.I)


def is_saving_label(name: str) -> bool:
    """A name that is a saving's label alone ("Save", "Poupe"): a card's badge read apart."""
    return bool(_SAVING.fullmatch(name.strip()))


# dimensions without their unit, the catalog's own understood ("Matta Runa 200 × 300": cm)
_BARE_DIMENSIONS = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)?(?:\s?×\s?\d+(?:[.,]\d+)?){1,2}(?![\w.,])"
)


def _letter_share(text: str, max_words: int) -> bool:
    """Letters make most of a name once its sizes are set aside ("200 × 150 × 100 mm",
    "1,5 kg", "200 × 300" without its unit), two to `max_words` words being left, the first
    capitalised, and no bare figure among them (a specification line's "oprawa twarda · 352
    s." is no name)."""
    rest = _BARE_DIMENSIONS.sub(" ", SIZE.sub(" ", text))
    if rest == text or not rest.strip()[:1].isupper():
        return False
    if any(w.strip(".,;").isdigit() for w in rest.split()):
        return False
    letters = sum(c.isalpha() for c in rest)
    words = [w for w in rest.split() if sum(c.isalpha() for c in w) >= 2]
    left = [w for w in rest.split() if any(c.isalnum() for c in w)]
    return (
        len(words) >= 2
        and len(left) <= max_words
        and letters >= 0.6 * len(re.sub(r"[\s,×x]", "", rest))
    )


# a name ending in a count and its unit abbreviated ("Socket set 1/2" 24 el.", "Bits 10 pcs."),
# not a sentence's full stop
_COUNTED_END = re.compile(r"(?<!\S)\d{1,4}\s?[^\W\d_]{1,3}\.\s*$")


@functools.lru_cache(maxsize=4096)  # asked of every cell of every table-like page, often again
def column_title_role(text: str) -> str | None:
    other = columns.header_role(text)  # other languages; what an item fits; "№"
    if other in ("application", "number"):
        return other
    if _BARE_PART.match(text):
        return "name"  # "Part" over the parts' names, beside "Part No." / "Our No." over codes
    text = _TITLE_NOTE.sub("", text)  # a footnote's mark on a title: "AVP¹", "Price*"
    folded = text.casefold()
    words = set(re.findall(r"[\w€$£]+", folded))
    for role in ("price", "code", "size", "name"):
        if any(k in words or (len(k) > 4 and k in folded) for k in _HEADER_ROLES[role]):
            return role
    return other


_TITLE_NOTE = re.compile(r"[¹²³⁴⁵*†‡]+")
_BARE_PART = re.compile(r"^\s*(?:parts?|teil|pièce|pieza)\s*$", re.I)
# the word a dealer prints in a row's price cell once the piece is sold (a second-hand list
# keeps sold pieces on it, greyed or struck: "VENDUTO", "SOLD", "Verkauft"): no longer offered
SOLD = re.compile(
    r"(?:sold|verkauft|vendu|vendue|venduto|venduta|vendido|vendida|verkocht|solgt|såld"
    r"|sprzedan[ey]|prodáno|prodano|myyty|eladva|продано)\.?",
    re.I,
)
BARE_PRICE = re.compile(r"^\d{1,3}(?:[ ,.']?\d{3})*[.,]\d{2}$")


def starts_like_a_name(text: str) -> bool:
    """Capitalised, or a brand written in camel case ("iPhone 15", "eBook Reader")."""
    first = text.split()[0] if text.split() else ""
    return first[:1].isupper() or (first[:1].islower() and any(c.isupper() for c in first[1:]))


BULLET_MARK = re.compile(r"^\s*[•·▪■◦●○‣⁃*]\s*")
CAPTION_WORD = re.compile(r"^(?:fig(?:ure)?|table|tab|abb|abbildung|tableau|chart|photo)\b", re.I)


def has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


_BRACKETED_SIZE = re.compile(rf"\s*\((?P<size>(?:{SIZE.pattern}))\)$", re.I)
# a heading's mark that its table runs on from the column or page before, in brackets or
# after a dash: "(vervolg)", "(continued)", "(cont'd)", "(suite)", "(Fortsetzung)",
# "– Continued", "(continuación)", "(segue)", "(ciąg dalszy)"
_CONTINUED_WORD = (
    r"vervolg|continued|cont(?:'d|\.|inued)?|suite|fortsetzung|forts\.?|continuaci[oó]n"
    r"|continua(?:zione)?|segue|seguito|fortsatt|fortsættelse|jatkuu|ciąg dalszy|pokračování"
)
# after a dash only the words no name ends in ("Bathroom – Suite" is a name)
_CONTINUED_AFTER_DASH = r"vervolg|continued|cont(?:'d|\.)|fortsetzung|continuaci[oó]n"
_CONTINUED = re.compile(
    rf"\s*(?:[(\[]\s*(?:{_CONTINUED_WORD})\s*[)\]]|[-–—,:]\s*(?:{_CONTINUED_AFTER_DASH}))\s*$",
    re.I,
)


def without_continued(heading: str) -> str:
    """A heading without the mark that its table runs on from the column or page before
    ("Keilbout A4 RVS (vervolg)", "Hex bolts – continued"): the family is the one named
    before, and the mark names no product."""
    return _CONTINUED.sub("", heading).strip() or heading


def bracketed_size(name: str) -> tuple[str, str]:
    """A name ending in its size in brackets ("Looksaus huisbereid (250 ml)"): the name
    without it, and the size (a pack's content, set apart from the name as its size); else
    the name as it is and no size."""
    match = _BRACKETED_SIZE.search(name)
    if not match or not name[: match.start()].strip():
        return name, ""
    return name[: match.start()].strip(), match.group("size")


def strip_evidence(line: str) -> str:
    """The line without its codes, prices and labels ("Item no. X", "$4.99")."""
    text = CODE_LABEL.sub(lambda m: "" if has_digit(m.group("code")) else m.group(0), line)
    text = PRICE.sub("", text)
    return " ".join(text.split()).strip(" -–|·,:")


def unique_texts(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v.strip()))


def all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


BRAND_MAX_WORDS = 3  # a brand set over a product's name: "BIOFARMA", "LA ROCHE-POSAY"


def is_brand(text: str) -> bool:
    """A short line in capitals, as a brand is set over a product's name; not a promo banner
    ("HIT TYGODNIA", "NEW", "SUPER PRICE"), which is set over a lead offer the same way."""
    return (
        all_caps(text)
        and len(text.split()) <= BRAND_MAX_WORDS
        and not has_digit(text)
        and not is_promo_banner(text)
    )


# the words of a retailer's promo banner over an offer: "hit of the week", "new", "super
# price", "offer of the month", in the languages of the catalogs read
_PROMO_WORD = re.compile(
    r"hit|hity|top|super|mega|extra|new|neu|neuheit|nowość|nowosc|nouveau|nouveauté|novedad"
    r"|novità|novidade|nieuw|promo|promocja|promoción|promoção|promozione|sale|okazja|oferta"
    r"|offer|offre|angebot|aanbieding|deal|bestseller|best|price|cena|precio|preço|prix|preis"
    r"|prezzo|prijs|week|tygodnia|tydzień|semana|woche|semaine|settimana|month|miesiąca|mes"
    r"|mês|mois|monat|mese|of|the|du|de|del|da|do|der|des|di|della|la|le|il",
    re.I,
)


def is_promo_banner(text: str) -> bool:
    """A line in capitals of nothing but promo words ("HIT TYGODNIA", "NOWOŚĆ"), one at least
    not a joining word: a banner set over an offer, never its brand or part of its name."""
    words = re.findall(r"[^\W\d_]+", text)
    return (
        all_caps(text)
        and bool(words)
        and all(_PROMO_WORD.fullmatch(w) for w in words)
        and any(len(w) > 3 or w.casefold() in {"hit", "top", "new", "neu"} for w in words)
    )


def branded(brand: str, name: str) -> str:
    """A name with its brand before it, unless it starts with it ("ZENTRA" over "Zentra
    Smartwatch 45 mm")."""
    return name if name.casefold().startswith(brand.casefold()) else f"{brand} {name}"


def name_key(name: str) -> str:
    return " ".join(re.findall(r"\w+", name.casefold()))
