"""Pages that are a shipment's papers, not an offer: a packing list (what each carton holds, its
weights and size), a delivery or dispatch note, a bill of lading (a waybill, a consignment
note), a commercial invoice or a customs (export) declaration. They list one sender's goods on
their way to one receiver: their cartons, SKUs, descriptions, quantities, weights and perhaps
a value declared for customs. Nothing on them is for sale.

Such a page names itself so in its title (a heading or header in its top third, in the
languages catalogs come in) and speaks as one in at least `MIN_SHIPPING_KINDS` ways, one of
them a column title of its goods table: the cartons or packages counted ("Cartons", "Ctn
No.", "Colli", "Packstücke"), the net or gross weight, the carton's size or volume ("CBM"),
the goods' tariff code ("HS code"), the quantity shipped (delivered, dispatched), and, in its
boxes, the parties (shipper, consignee, exporter, notify party) or the route (ports of
loading and discharge, a container, a vessel). A page of the same document whose goods
table is titled with `MIN_SHIPPING_KINDS` such columns continues it (the list run on to a
page its title was not repeated on).

Where it stops: a catalog that speaks of delivery or prints each item's shipping weight, a
price list with a packing unit or a carton quantity, a catalog with a box of delivery terms
and an order form are titled as none of these papers and keep their products; so does a
stationery catalog's section of delivery-note books or packing-list envelopes (its title
names the article, and its table has no shipping columns)."""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.notices import top_titles
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout

# a shipment's paper names itself so in its title; the stationery sold for it ("Packing list
# envelopes", "Delivery note books") is named by what follows the paper's name
_SHIPPING_TITLE = re.compile(
    r"\b(?:packing\s+(?:list|slip|specification)|packliste|packzettel|liste\s+de\s+colisage"
    r"|lista\s+de\s+(?:empaque|embalaje|embalagem|empacamiento)|distinta\s+(?:di\s+)?(?:imballaggio"
    r"|colli)|lista\s+(?:colli|imballaggio)|paklijst|paklist[ae]|packlista|pakkeliste"
    r"|pakkausluettelo|lista\s+pakunkowa|specyfikacja\s+(?:wysy[łl]ki|pakowania)"
    r"|balic[íi]\s+list|csomaglista"
    # a delivery or dispatch note
    r"|(?:delivery|dispatch|despatch|shipping|goods\s+received)\s+(?:note|docket|slip|advice)"
    r"|advice\s+of\s+(?:dispatch|despatch|delivery)|lieferschein|versandschein|warenbegleitschein"
    r"|bon\s+de\s+(?:livraison|l'exp[ée]dition)|bordereau\s+(?:de\s+livraison|d'exp[ée]dition)"
    r"|albar[aá]n(?:\s+de\s+(?:entrega|salida))?|nota\s+de\s+(?:entrega|remisi[oó]n|envio|envío)"
    r"|gu[ií]a\s+de\s+(?:remessa|remisi[oó]n|despacho)|bolla\s+di\s+(?:consegna|accompagnamento)"
    r"|documento\s+di\s+trasporto|pakbon|afleverbon|vrachtbon|f[øo]lgeseddel|f[öo]ljesedel"
    r"|l[äa]hetysluettelo|dow[óo]d\s+dostawy|dodac[íi]\s+list|sz[áa]ll[íi]t[óo]lev[ée]l"
    # a carrier's paper: a bill of lading, a waybill, a consignment note, a manifest
    r"|bill\s+of\s+lading|(?:air\s*|sea\s*)?waybill|consignment\s+note|(?:cargo|shipping|freight)\s+manifest"
    r"|frachtbrief|konnossement|connaissement|lettre\s+de\s+voiture|conocimiento\s+de\s+embarque"
    r"|carta\s+de\s+porte|polizza\s+di\s+carico|lettera\s+di\s+vettura|cognizione\s+di\s+carico"
    r"|vrachtbrief|cognossement|fraktsedel|fragtbrev|fraktbrev|rahtikirja|konosament"
    r"|list\s+przewozowy|n[áa]kladn[íi]\s+list|fuvarlev[ée]l"
    # a commercial invoice, a customs or export declaration
    r"|commercial\s+invoice|handelsrechnung|facture\s+commerciale|factura\s+comercial"
    r"|fattura\s+commerciale|fatura\s+comercial|handelsfactuur|handelsfaktura|kauppalasku"
    r"|faktura\s+handlowa|obchodn[íi]\s+faktura|customs\s+(?:declaration|invoice)"
    r"|export\s+declaration|ausfuhranmeldung|zollinhaltserkl\w+rung|zollfaktura"
    r"|d[ée]claration\s+(?:en\s+douane|d'exportation)|facture\s+(?:en\s+)?douane"
    r"|declaraci[oó]n\s+(?:de\s+aduana|aduanera|de\s+exportaci[oó]n)|factura\s+aduanera"
    r"|dichiarazione\s+(?:doganale|di\s+esportazione)|douaneaangifte|exportaangifte)\b"
    r"(?!\s*(?:envelopes?|pouch(?:es)?|wallets?|books?|pads?|forms?|sets?|holders?|sleeves?"
    r"|labels?|printers?|software|templates?|tasche\w*|taschen|umschl[äa]ge?|bl[öo]cke?"
    r"|pochettes?|carnets?|blocs?|sobres?|talonarios?|buste|blocchi))",
    re.I,
)

# what else says a page is a shipment's paper, by kind: its goods table's column titles
_COLUMN_EVIDENCE = {
    "packages": r"\b(?:cartons?|ctns?|c/no|packages?|pkgs?|pkg\s+no|packing\s+no|colli|kolli"
    r"|packst[üu]ck\w*|colis|bultos?|volumi|verpakkingen|kartonger|kartons?|laatikot"
    r"|opakowa[ńn]|pallets?\s+no|case\s+no|box\s+no|crates?)\b",
    "weight": r"\b(?:net|nett|gross)\s*(?:weight|wt|kg|kgs|mass)\b|\b[ng]\.\s?w\b"
    r"|\b(?:netto|brutto)\s*-?\s*(?:gewicht|vikt|v[æa]gt|vekt|kg)\b|(?:netto|brutto)gewicht"
    r"|poids\s+(?:net|brut)|peso\s+(?:neto|bruto|netto|lordo|l[íi]quido)",
    "measure": r"\b(?:cbm|m[³3]|volume|measurement|dimensions?|carton\s+size|case\s+size"
    r"|abmessungen|ma[ßs]e|dimensioni|medidas|afmetingen)\b",
    "tariff": r"\b(?:hs(?:\s*code)?|h\.s\.|tariff\s+(?:code|no)|commodity\s+code|taric"
    r"|(?:zoll|waren)tarifnummer|code\s+(?:sh|douanier)|nomenclature|c[óo]digo\s+(?:arancelario|ncm)"
    r"|codice\s+doganale|goederencode|statistical\s+no)\b",
    "shipped": r"\b(?:qty|quantity|menge)?\s*(?:shipped|delivered|dispatched|despatched|geliefert"
    r"|versandt|livr[ée]e?s?|exp[ée]di[ée]e?s?|enviad[oa]s?|entregad[oa]s?|spedit[oa]"
    r"|consegnat[oa]|geleverd|levererat|leveret|toimitettu)\b",
}
# the parties and the route, in its boxes
_PAGE_EVIDENCE = {
    "parties": r"\b(?:shipper|consignee|consignor|exporter|notify\s+party|versender|empf[äa]nger"
    r"|absender|exp[ée]diteur|destinataire|remitente|consignatario|destinatario|mittente"
    r"|afzender|geadresseerde|avs[äa]ndare|mottagare|afsender|modtager)\b",
    "route": r"\b(?:port\s+of\s+(?:loading|discharge|destination)|place\s+of\s+(?:receipt|delivery)"
    r"|container\s+(?:no|number)|container|vessel|voyage|incoterms?|verschiffungshafen"
    r"|port\s+de\s+(?:chargement|d[ée]chargement)|puerto\s+de\s+(?:carga|descarga)"
    r"|porto\s+di\s+(?:carico|scarico))\b",
}
_COLUMN_PATTERNS = {kind: re.compile(p, re.I) for kind, p in _COLUMN_EVIDENCE.items()}
_PAGE_PATTERNS = {kind: re.compile(p, re.I) for kind, p in _PAGE_EVIDENCE.items()}
MIN_SHIPPING_KINDS = 2  # kinds of a shipment's evidence a page holds, at least
TITLE_ROWS = 2  # rows of a table that may hold its column titles (a unit under a title)


# One page, whatever its title's place: a delivery note or a carrier's note that names itself
# so anywhere and has the column that shows it (`bills.presents_a_bill` asks these of each
# page); `shipping_document_pages` below reads the whole document by its titles.

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


# a carrier's consignment note, a waybill, a bill of lading names itself so (in the languages
# catalogs come in)
_CONSIGNMENT_NOTE = re.compile(
    r"\b(?:consignment\s+note|(?:air\s*)?waybill|bill\s+of\s+lading|frachtbrief"
    r"|lettre\s+de\s+voiture|carta\s+de\s+porte|lettera\s+di\s+vettura|vrachtbrief"
    r"|fragtbrev|fraktbrev|rahtikirja|list\s+przewozowy|n[áa]kladn[íi]\s+list|fuvarlev[ée]l"
    r"|tovorni\s+list|konosament|konnossement|connaissement|conocimiento\s+de\s+embarque"
    r"|polizza\s+di\s+carico)\b",
    re.I,
)
# a column of the goods' weights ("Gross weight kg", "Bruttovægt kg", "Poids brut")
_WEIGHT_TITLE = re.compile(
    r"(?:weight|v(?:æ|ae)gt|vikt|vekt|gewicht|poids|peso|waga|paino|s[úu]ly|hmotnost|te[žz]a)"
    r"|\bkg\b",
    re.I,
)


def presents_a_consignment_note(page: PageLayout) -> bool:
    """A page that names itself a consignment note (a waybill, a bill of lading) and has a
    table with a column titled as the goods' weight: what one carrier carries for one sender,
    its goods lines marked and numbered, not an offer (a goods table weighed and measured
    without such a name is `unoffered.presents_a_shipment`'s)."""
    if not _CONSIGNMENT_NOTE.search(page.text):
        return False
    return any(
        b.kind == "table"
        and any(_WEIGHT_TITLE.search(c) for row in (b.rows or [])[:2] for c in row)
        for b in page.blocks
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


def _table_titles(block: Block) -> list[str]:
    return [c for row in (block.rows or [])[:TITLE_ROWS] for c in row if c.strip()]


def column_kinds(block: Block) -> set[str]:
    """The kinds of a shipment's columns (`_COLUMN_EVIDENCE`) a table is titled with."""
    titles = _table_titles(block)
    return {
        kind for kind, pattern in _COLUMN_PATTERNS.items() if any(pattern.search(c) for c in titles)
    }


def _page_kinds(page: PageLayout) -> set[str]:
    text = " ".join(page.text.split())
    return {kind for kind, pattern in _PAGE_PATTERNS.items() if pattern.search(text)}


def titled_as_a_shipping_document(page: PageLayout) -> bool:
    """A heading or header in the page's top third names a shipment's paper."""
    return any(_SHIPPING_TITLE.search(" ".join(b.text.split())) for b in top_titles(page))


def shipping_document_pages(document: DocumentLayout) -> set[int]:
    """The numbers of the pages that are a shipment's papers: a page titled as one whose goods
    table is titled with a shipment's column and which holds `MIN_SHIPPING_KINDS` kinds of its
    evidence in all, and, in a document with such a page, each page whose goods table alone is
    titled with `MIN_SHIPPING_KINDS` kinds of a shipment's columns."""
    found: set[int] = set()
    continued: set[int] = set()
    for page in document.pages:
        tables = [column_kinds(b) for b in page.blocks if b.kind == "table" and b.rows]
        columns = set().union(*tables)
        if any(len(kinds) >= MIN_SHIPPING_KINDS for kinds in tables):
            continued.add(page.page_number)
        if not columns or not titled_as_a_shipping_document(page):
            continue
        if len(columns | _page_kinds(page)) >= MIN_SHIPPING_KINDS:
            found.add(page.page_number)
    return found | continued if found else set()
