"""Pages that ask for prices instead of giving them: a buyer's request for quotation, a tender
enquiry. They list what the buyer wants (its quantities filled in, a delivery date) under a
column titled as a price left blank for the supplier to fill ("Unit price: £ ____"). Nothing on
them is offered. An order form is their inverse: its prices are printed and its quantity
column is left blank for the customer, and it stays a catalog."""

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
    r"|pedido\s+de\s+(?:cota[cç][aã]o|or[cç]amento)|offerteaanvraag|prijsaanvraag)\b",
    re.I,
)
# a column counting what is wanted
_QUANTITY_TITLE = re.compile(
    r"\b(?:qty|quantity|quantities|menge|anzahl|stückzahl|quantité|qté|cantidad|cant|quantità"
    r"|q\.tà|quantidade|qtd|aantal)\b",
    re.I,
)


def _amounts(block: Block) -> bool:
    """Some cell or line of the block is an amount in a currency."""
    cells = [c for r in block.rows or [] for c in r] or [block.text]
    return any(PRICE.search(c) and re.search(r"\d", c) for c in cells)


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
