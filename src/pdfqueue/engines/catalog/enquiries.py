"""Pages that ask for prices instead of giving them: a buyer's request for quotation, a tender
enquiry, a public tender's bill of quantities (its lots and items, the price schedule the
bidders fill in). They list what the buyer wants (its quantities filled in, a delivery date)
under a column titled as a price left blank for the supplier to fill ("Unit price: £ ____").
Nothing on them is offered. An order form is their inverse: its prices are printed and its
quantity column is left blank for the customer, and it stays a catalog.

A tender's text may name amounts in its sentences (the contract's estimated value, a penalty
per day of delay): those are prose, not prices of the items; an amount printed in a table or
on a line of its own is a price, and a page that prints one offers something."""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.words import PRICE, column_title_role
from pdfqueue.engines.layout import Block, PageLayout

# a page naming itself a request for prices, in the languages catalogs come in
_REQUEST = re.compile(
    r"\b(?:request\s+for\s+(?:quotations?|quotes?|proposals?|tenders?|pricing)|rfq"
    r"|invitation\s+to\s+(?:tender|bid)|tender\s+enquiry|enquiry\s+for\s+quotation"
    r"|please\s+quote|angebotsanfrage|preisanfrage|anfrage\s+nr|aufforderung\s+zur\s+angebotsabgabe"
    r"|bitten\s+um\s+(?:ihr|ein)\s+(?:preis)?angebot|demande\s+de\s+(?:prix|devis|cotation"
    r"|cotations|offre)|appel\s+d'offres?|solicitud\s+de\s+(?:cotizaci[oó]n|oferta|presupuesto)"
    r"|petici[oó]n\s+de\s+oferta|richiesta\s+di\s+(?:offerta|preventivo|quotazione)"
    r"|pedido\s+de\s+(?:cota[cç][aã]o|or[cç]amento)|offerteaanvraag|prijsaanvraag"
    # a public tender: its call, its procurement, its price schedule for the bidders
    r"|call\s+for\s+(?:tenders?|bids)|tender\s+(?:no|number|ref|documents?|form|specification"
    r"|schedule|notice)|public\s+procurement|procurement\s+(?:notice|procedure)|bid\s+form"
    r"|pricing\s+schedule|schedule\s+of\s+(?:rates|prices)|aanbesteding|inschrijvingsstaat"
    r"|inschrijfstaat|inschrijvingsformulier|ausschreibung|leistungsverzeichnis|vergabe\w*"
    r"|appel\s+public\s+[àa]\s+la\s+concurrence|bordereau\s+des\s+prix|march[ée]\s+public"
    r"|licitaci[oó]n|pliego\s+de\s+(?:condiciones|prescripciones)|gara\s+d'appalto"
    r"|bando\s+di\s+gara|capitolato|concurso\s+p[uú]blico|upphandling|anbudsformul[äa]r"
    r"|udbud|anbudskonkurranse|tarjouspyynt[öo]|kilpailutus|przetarg|zam[óo]wienie\s+publiczne"
    r"|ve[řr]ejn[áa]\s+zak[áa]zka|k[öo]zbeszerz[ée]s)\b",
    re.I,
)
# a column counting what is wanted
_QUANTITY_TITLE = re.compile(
    r"\b(?:qty|quantity|quantities|menge|anzahl|stückzahl|quantité|qté|cantidad|cant|quantità"
    r"|q\.tà|quantidade|qtd|aantal)\b",
    re.I,
)


PROSE_MIN_WORDS = 8  # words of a sentence that may name an amount without pricing anything


def _amounts(block: Block) -> bool:
    """Some cell or line of the block is an amount in a currency, outside a sentence of prose
    (a tender's "The estimated value is € 640,000.00 excluding VAT.")."""
    if block.rows:
        cells = [c for r in block.rows for c in r]
    else:
        cells = [line for line in _sentences(block.text) if not _prose(line)]
    return any(PRICE.search(c) and re.search(r"\d", c) for c in cells)


PROSE_MIN_LOWER = 3  # words in lower case a sentence has at least (German capitalises nouns)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=\S)", " ".join(text.split())) if s]


def _prose(sentence: str) -> bool:
    """A sentence: at least `PROSE_MIN_WORDS` words, `PROSE_MIN_LOWER` of them in lower case."""
    words = sentence.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= PROSE_MIN_WORDS and lower >= PROSE_MIN_LOWER


def _blank_price_column(block: Block) -> bool:
    """A table titled with a quantity and a price whose price column holds no figure under it:
    what the buyer wants, priced by nobody yet."""
    rows = [r for r in block.rows or [] if any(c.strip() for c in r)]
    if len(rows) < 2:
        return False
    header = rows[0]
    if not any(_QUANTITY_TITLE.search(c) for c in header):
        return False
    priced = [n for n, c in enumerate(header) if column_title_role(c) == "price"]
    return bool(priced) and all(
        not re.search(r"\d", r[n]) for r in rows[1:] for n in priced if n < len(r)
    )


def presents_a_request_for_quotation(page: PageLayout) -> bool:
    """A page that names itself a request for quotation (a tender enquiry, "please quote"),
    prints no amount in a currency and has a table titled with the quantities wanted beside a
    price column left blank: the buyer's list of needs, not a supplier's offer."""
    if not _REQUEST.search(page.text):
        return False
    tables = [b for b in page.blocks if b.kind == "table" and b.rows]
    if any(_amounts(b) for b in page.blocks):
        return False
    return any(_blank_price_column(b) for b in tables)
