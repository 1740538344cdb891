"""Pages that are bills, not offers: a page that names itself an invoice (a receipt, an order
confirmation, an estimate, a priced bill of quantities), an expense report (what was spent, to
be paid back) or a bill for a billing period and totals its lines (or carries them to a summary)
yields no products. So does a purchase order (what one buyer orders), a quotation (a
supplier's offer to one customer, numbered and totalled), a hotel's guest folio (a stay's
charges and its balance) and a customs declaration (a parcel's contents and their total
value): their lines are one transaction's, not a catalog's offer. A delivery note names
itself and counts what was ordered and delivered; it prices nothing, and offers nothing."""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.variants import printed_lines
from pdfqueue.engines.layout import Block, PageLayout

# an invoice, a receipt, an order, a credit note, an estimate, an expense report, a utility's
# bill (its billing period) or a priced bill of quantities says so (in the languages catalogs
# come in)
_BILL_WORD = re.compile(
    r"\b(?:invoice|bill\s+to|receipt|order\s+confirmation|credit\s+note|packing\s+slip"
    r"|rechnung|lieferschein|facture|factura|fattura|ricevuta|quittung"
    r"|expenses?\s+(?:report|claim|statement)|(?:reise|spesen|auslagen)\w*abrechnung"
    r"|informe\s+de\s+gastos|nota\s+de\s+gastos|note\s+de\s+frais|nota\s+spese"
    r"|estimate|kostenvoranschlag|devis|preventivo|billing\s+period|abrechnungszeitraum"
    r"|periodo\s+de\s+facturaci[oó]n|période\s+de\s+facturation|periodo\s+di\s+fatturazione"
    r"|bill\s+of\s+quantities|purchase\s+order\s*(?:no\b|number|#|:)|p\.?\s?o\.?\s+(?:no\b|number|#)"
    r"|orden\s+de\s+compra|pedido\s+de\s+compra|ordine\s+d[i']\s?acquisto"
    r"|quot(?:ation|e)\s*(?:no\b|number|#|ref)|angebot\s+nr"
    r"|offerta\s+n[°o.]|presupuesto\s+n[°ºo.]|guest\s+folio|hotel\s+bill"
    r"|customs\s+declaration|cn\s?2[23]|zollinhaltserkl\w+rung|d\w+claration\s+en\s+douane"
    r"|declaraci[oó]n\s+(?:de\s+aduana|aduanera)|dichiarazione\s+doganale"
    # a web shop's basket printed from a browser: what was put in it, and its total
    r"|shopping\s+(?:basket|cart|bag)|your\s+(?:basket|cart)|warenkorb|(?:mon|votre)\s+panier"
    r"|carrinho\s+de\s+compras|o\s+seu\s+carrinho|carrito\s+de\s+compras?|tu\s+carrito"
    r"|carrello\s+acquisti|il\s+tuo\s+carrello|winkelwagen|kundvagn|handlekurv|indkøbskurv"
    r"|ostoskori|koszyk|košík|kosár)(?!\w)",
    re.I,
)
_BILL_TOTAL = re.compile(
    r"^\s*(?:(?:grand\s+|sub-?)?total|amount\s+due|balance\s+due|total\s+due"
    r"|gesamtbetrag|rechnungsbetrag|montant\s+total|total\s+ttc|balance(?=\s*(?:due|to\s+pay|[€£$:]|\d))"
    r"|carried\s+(?:to\s+(?:summary|collection)|forward))\b",
    re.I,
)


# a delivery note, in the languages catalogs come in
_DELIVERY_NOTE = re.compile(
    r"\b(?:delivery\s+(?:note|docket|slip)|lieferschein|bon\s+de\s+livraison|albar[aá]n"
    r"|nota\s+de\s+entrega|bolla\s+di\s+consegna|documento\s+di\s+trasporto|guia\s+de\s+remessa"
    r"|pakbon)\b",
    re.I,
)
# a column counting what was delivered or is still owed
_DELIVERED = re.compile(
    r"\b(?:delivered|shipped|despatched|dispatched|back\s*order(?:ed)?|geliefert|liefermenge"
    r"|r[üu]ckstand|livr[ée]e?s?|entregad[oa]s?|servid[oa]s?|consegnat[oa]|spedit[oa]"
    r"|geleverd)\b",
    re.I,
)


def presents_a_delivery_note(page: PageLayout) -> bool:
    """A page that names itself a delivery note and has a column titled as the quantity
    delivered (shipped, on back order): what went to one customer, not an offer."""
    if not _DELIVERY_NOTE.search(page.text):
        return False
    # the titles over a table: its first row, or short lines set apart above it
    titles = [c for b in page.blocks if b.kind == "table" and b.rows for c in b.rows[0]]
    titles += [b.text for b in page.blocks if b.kind != "table" and len(b.text.split()) <= 3]
    return any(_DELIVERED.search(c) for c in titles)


def presents_a_bill(page: PageLayout) -> bool:
    """A page that names itself an invoice (a receipt, an order confirmation, an estimate, a
    quotation, a purchase order, an expense report, a bill for a billing period, a guest folio,
    a customs declaration, a web shop's basket) and has a total line or row with an amount, or
    a delivery note: its lines are one transaction's, not a catalog's offer."""
    if presents_a_delivery_note(page):
        return True
    if not _BILL_WORD.search(page.text):
        return False
    # a total set apart from its amount on one line (a web page's "Total … 408,97 €")
    level = [[line.text] for line in printed_lines(page, set())]
    for block in [*page.blocks, Block("table", (0, 0, 0, 0), "", rows=level)]:
        for row in block.rows or [[line] for line in block.lines or [block.text]]:
            cells = [c for c in row if c.strip()]
            for n, cell in enumerate(cells):
                rest = " ".join(cells[n:])
                if _BILL_TOTAL.match(cell) and re.search(r"\d", rest):
                    return True
    return False
