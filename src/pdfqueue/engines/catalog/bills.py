"""Pages that are bills, not offers: a page that names itself an invoice (a receipt, an order
confirmation, an estimate, a priced bill of quantities), an expense report (what was spent, to
be paid back) or a bill for a billing period and totals its lines (or carries them to a summary)
yields no products."""

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
    r"|bill\s+of\s+quantities"
    # a web shop's basket printed from a browser: what was put in it, and its total
    r"|shopping\s+(?:basket|cart|bag)|your\s+(?:basket|cart)|warenkorb|(?:mon|votre)\s+panier"
    r"|carrinho\s+de\s+compras|o\s+seu\s+carrinho|carrito\s+de\s+compras?|tu\s+carrito"
    r"|carrello\s+acquisti|il\s+tuo\s+carrello|winkelwagen|kundvagn|handlekurv|indkøbskurv"
    r"|ostoskori|koszyk|košík|kosár)\b",
    re.I,
)
_BILL_TOTAL = re.compile(
    r"^\s*(?:(?:grand\s+|sub-?)?total|amount\s+due|balance\s+due|total\s+due"
    r"|gesamtbetrag|rechnungsbetrag|montant\s+total|total\s+ttc"
    r"|carried\s+(?:to\s+(?:summary|collection)|forward))\b",
    re.I,
)


def presents_a_bill(page: PageLayout) -> bool:
    """A page that names itself an invoice (a receipt, an order confirmation, an estimate, an
    expense report, a bill for a billing period, a web shop's basket) and has a total line or
    row with an amount: its lines are a purchase, not a catalog's offer."""
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
