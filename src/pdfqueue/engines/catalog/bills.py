"""Pages that are bills, not offers: a page that names itself an invoice (a receipt, an order
confirmation, an estimate, a priced bill of quantities), an expense report (what was spent, to
be paid back), a bill for a billing period, a payslip (one employee's pay for a period) or an
insurance policy's schedule (one holder's insured items and their premiums) and totals its
lines (or carries them to a summary, or pays out a net) yields no products. So does
a purchase order (what one buyer orders), a quotation (a supplier's offer to one customer,
numbered and totalled), a hotel's guest folio (a stay's charges and its balance) and a customs
declaration (a parcel's contents and their total value): their lines are one transaction's,
not a catalog's offer, and so does a restaurant's bill split among the people at the table
(what each had, each one's share of the total). A delivery note names itself and counts
what was ordered and delivered; it prices nothing, and offers nothing. A consignment note (a
waybill, a bill of lading) names itself and weighs the goods it lists: one sender's shipment,
not an offer.

A transaction is also known by its arithmetic, whatever its title (which OCR may lose, and
which a purchase order may print only as "PURCHASE ORDER"): its lines are priced as a
quantity times a unit price and their amounts add up to a figure printed under them (the net,
the subtotal, the total), or add up to a net that the figures after it carry on to a total
(the net, a tax, the total: net plus tax; the sum's own line may name no total, "Annual
premium"), or two of its columns are each added up under it (a shipment's weights and
values). What is printed under a table may be a box of its own (a table of the totals). A
catalog prints no sum of its prices: a set's total price sums one column and prices no
quantities, a pack price list multiplies a count by a unit price and totals nothing, and an
order form leaves its quantities and totals blank.

An account's settlement is known so too: two columns of amounts, what is paid and what is
taken off (a payslip's earnings and deductions, a statement's credits and debits), never both
in one row, whose difference is printed under them or in a row of its own (the net pay). A
price list's two price columns are both filled in each row, and nothing is taken off them."""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.shipping_documents import (
    presents_a_consignment_note,
    presents_a_delivery_note,
)
from pdfqueue.engines.catalog.variants import printed_lines
from pdfqueue.engines.catalog.words import amount_value
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
    # a restaurant's bill shared out among the people at the table
    r"|bill\s+split|split(?:ting)?\s+(?:the\s+|your\s+)?bill|split\s+bill|addition\s+partag\w+"
    r"|partage\s+de\s+l'addition|dividir\s+la\s+cuenta|cuenta\s+dividida|conto\s+diviso"
    r"|dividere\s+il\s+conto|rekening\s+splitsen|gesplitste\s+rekening"
    # the same in the Nordic, Baltic and Central European languages: a quotation's number, an
    # invoice's, an order's confirmation
    r"|tarjous(?:numero|\s+n(?::o|ro))|offert(?:nummer|\s+nr)|tilbud(?:snummer|\s+nr)"
    r"|oferta\s+(?:nr|n[°º])|cenov[áa]\s+nab[íi]dka|nab[íi]dka\s+[čc]\.|aj[áa]nlat(?:sz[áa]m|\s+sz[áa]ma)"
    r"|lasku(?:n\s+numero|numero)|faktura(?:nummer|\s+(?:nr|[čc]\.|vat))|sz[áa]mlasz[áa]m"
    r"|factuur(?:nummer)?|auftragsbest[äa]tigung|tilausvahvistus|order(?:bekr[äa]ftelse|bevestiging)"
    r"|ordrebekr(?:æ|e)ftelse|potwierdzenie\s+zam[óo]wienia|potvrzen[íi]\s+objedn[áa]vky"
    r"|customs\s+declaration|cn\s?2[23]|zollinhaltserkl\w+rung|d\w+claration\s+en\s+douane"
    r"|declaraci[oó]n\s+(?:de\s+aduana|aduanera)|dichiarazione\s+doganale"
    # a web shop's order confirmation e-mail: the order it thanks for, confirms or summarises
    r"|thanks?\s+(?:you\s+)?for\s+your\s+(?:order|purchase)|order\s+summary"
    r"|your\s+(?:\S+\s+)?order\s+(?:\S+\s+)?(?:is\s+confirmed|is\s+on\s+its\s+way"
    r"|has\s+been\s+(?:confirmed|received|placed|shipped|dispatched))"
    r"|we(?:'|’|\s+ha)ve\s+received\s+your\s+order"
    r"|bestellbest[äa]tigung|vielen\s+dank\s+f[üu]r\s+ihre\s+bestellung|confirmation\s+de\s+commande"
    r"|merci\s+pour\s+votre\s+commande|confirmaci[óo]n\s+de(?:l)?\s+pedido"
    r"|gracias\s+por\s+tu\s+pedido|conferma\s+(?:dell'|d')?ordine|grazie\s+per\s+il\s+tuo\s+ordine"
    r"|bedankt\s+voor\s+je\s+bestelling|tack\s+f[öo]r\s+din\s+best[äa]llning"
    # a web shop's basket printed from a browser: what was put in it, and its total
    r"|shopping\s+(?:basket|cart|bag)|your\s+(?:basket|cart)|warenkorb|(?:mon|votre)\s+panier"
    r"|carrinho\s+de\s+compras|o\s+seu\s+carrinho|carrito\s+de\s+compras?|tu\s+carrito"
    r"|carrello\s+acquisti|il\s+tuo\s+carrello|winkelwagen|kundvagn|handlekurv|indkøbskurv"
    r"|ostoskori|koszyk|košík|kosár"
    # a payslip: one employee's pay for a period, what is taken off it, what is paid out
    r"|pay\s?slip|pay\s+(?:advice|stub|statement)|salary\s+slip|earnings\s+statement"
    r"|(?:lohn|gehalts|entgelt|verdienst|bez[üu]ge)abrechnung|loonstrook|salarisstrook"
    r"|loonspecificatie|bulletin\s+de\s+(?:paie|salaire)|fiche\s+de\s+paie|n[óo]mina"
    r"|recibo\s+de\s+(?:salarios?|n[óo]mina|vencimento)|busta\s+paga|cedolino|holerite"
    r"|contracheque|l[öo]nespecifikation|l[øo]nseddel|l[øo]nnsslipp|palkkalaskelma"
    r"|pasek\s+wyp[łl]aty|v[ýy]platn[ií]\s+p[áa]ska"
    # an insurance policy's schedule: one holder's cover, its items and their premiums
    r"|policy\s+schedule|schedule\s+of\s+(?:insurance|cover|vehicles|insured\s+\w+)"
    r"|certificate\s+of\s+insurance|policy\s+(?:no\b|number|#)|versicherungsschein"
    r"|conditions\s+particuli\w+res|condiciones\s+particulares|condizioni\s+particolari"
    r"|n[°ºo]\s*de\s+(?:police|p[óo]liza)|p[óo]liza\s+n[°ºo.]|polizza\s+n[°o.]|polisblad"
    r"|polisnummer)(?!\w)",
    re.I,
)
_BILL_TOTAL = re.compile(
    # a form's box number may stand before it: "(6) Total value"
    r"^\s*(?:\(\d{1,2}\)\s*)?(?:(?:grand\s+|sub-?|order\s+|invoice\s+)?total|amount\s+due|balance\s+due|total\s+due"
    r"|gesamtbetrag|rechnungsbetrag|montant\s+total|total\s+ttc|balance(?=\s*(?:due|to\s+pay|[€£$:]|\d))"
    r"|carried\s+(?:to\s+(?:summary|collection)|forward)"
    # a total in the Nordic, Baltic and Central European languages (a scan may lose an accent)
    r"|yhteens[äa]|summa|totalt|i\s+alt|samtals|razem|do\s+zap[łl]aty|celkem|spolu|[öo]sszesen"
    r"|kokku|i[šs]\s+viso|kop[āa]|ukupno|skupaj"
    # what a payslip pays out
    r"|net\s+(?:pay|salary|wages?|[àa]\s+payer)|netto\w*|neto\s+a\s+(?:pagar|percibir|cobrar)"
    r"|l[ií]quido|auszahlung\w*|take[- ]home\s+pay"
    # what a policy's holder pays
    r"|(?:annual\s+)?premium\s+payable|gesamtbeitrag|zu\s+zahlen|prime\s+(?:ttc|totale)"
    r"|prima\s+total|premio\s+(?:lordo|totale)|totale\s+premio)\b",
    re.I,
)


def presents_a_bill(page: PageLayout) -> bool:
    """A page that names itself an invoice (a receipt, an order confirmation or a web shop's
    e-mail confirming an order, an estimate, a quotation, a purchase order, an expense report,
    a bill for a billing period, a guest folio, a customs declaration, a web shop's basket, a
    restaurant's bill split among the table)
    and has a total line or row with an amount, or a delivery note or a consignment note: its
    lines are one transaction's, not a catalog's offer."""
    if (
        presents_a_delivery_note(page)
        or presents_a_consignment_note(page)
        or presents_a_tally(page)
        or presents_a_balance(page)
    ):
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


MIN_TALLY_LINES = 3  # lines whose amounts a total adds up, at least
MULTIPLIED_LINES = 0.5  # share of a tally's lines priced as a quantity times a unit price
TALLIED_COLUMNS = 2  # columns a shipment's table adds up (its weights and its values)

# a figure alone in a cell, a currency or a unit beside it: "£1,130.10", "0.620", "24 m²"
_CELL_FIGURE = re.compile(
    r"^[^\d\s]{0,4}\s?(\d{1,3}(?:[ ,.'’]\d{3})+(?:[.,]\d{1,3})?|\d+(?:[.,]\d{1,3})?)\s?\S{0,4}$"
)
# figures in a line of text: "(6) Total value £175.48", "Net weight of contents 3.380 kg"; a
# rate ("Tax 6,15 %") is none
_TEXT_FIGURE = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:[,.'’ ]\d{3})+(?:[.,]\d{1,3})?|\d+(?:[.,]\d{1,3})?)(?!\d|\s?%)"
)

# a total is an amount or a measure (decimals, thousands): a plain count ("6") says too little
_SEPARATED = re.compile(r"\d[.,'’ ]\d")

# a line under a table that adds it up says so: a total, a net, a sum, a value, a tax (in the
# languages catalogs come in); a set's worth in a catalog's offer does not
_SUM_WORD = re.compile(
    r"\b(?:(?:sub)?totale?s?|totaal|net|netto|brutto|gross|sum|summe|gesamt\w*|somma|suma|soma"
    r"|montant|importe|importo|betrag|amount|balance|saldo|value|wert|valeur|valor|valore"
    r"|weight|gewicht|poids|peso|vat|tax|mwst|ust|iva|tva|btw|moms|gst)\b",
    re.I,
)


def _readings(figure: str) -> tuple[float, float]:
    """A figure's value read with its last group of three digits as decimals ("0.620" kg) and
    as thousands ("1,240"); a group of one or two digits is decimals either way."""
    return amount_value(figure, decimals=3) or 0.0, amount_value(figure) or 0.0


def _cell_readings(cell: str) -> tuple[float, float] | None:
    match = _CELL_FIGURE.match(cell.strip())
    return _readings(match.group(1)) if match else None


def _equal(a: float, b: float) -> bool:
    return abs(a - b) <= 0.011 + 1e-6 * abs(b)


def _multiplied(row: list[str], column: int) -> bool:
    """Two other figures of the row multiply to its amount in `column` (a quantity times a
    unit price), neither of them one."""
    amount = _cell_readings(row[column])
    if amount is None:
        return False
    factors = [r[0] for n, c in enumerate(row) if n != column and (r := _cell_readings(c))]
    return any(
        _equal(a * b, amount[0])
        for i, a in enumerate(factors)
        for b in factors[i + 1 :]
        if a != 1 and b != 1
    )


def _rounded_sum(total: float, added: float, lines: int) -> bool:
    """A whole total off the sum of `lines` whole amounts by their rounding at most (half a
    unit a line, one unit at least: a statement's commissions, each rounded to the forint,
    add up to 190 363 under a total of 190 364), never by as much as one of them."""
    whole = total == int(total) and added == int(added)
    return whole and lines >= MIN_TALLY_LINES and 0 < abs(total - added) <= max(1.0, lines / 2)


def _carried_on(total: float, mode: int, after: list[tuple[float, float]]) -> bool:
    """Figures after a total carry it on: one of them is the total plus those between it
    (a tax, carriage): 743.10, then VAT 148.62, then 891.72."""
    running = total
    for count, readings in enumerate(after):
        if count and _equal(readings[mode], running):
            return True
        running += readings[mode]
    return False


def _tallies(block: Block, column: int, under: list[str]) -> tuple[list[int], bool] | None:
    """The lines (row numbers) whose figures in `column` add up to a total: a later row that
    holds fewer cells than they do (a summary's label and its amount), or a figure printed in
    a line under the table that names a total, a net, a value or a weight; and whether the
    figures after that total carry it on (a tax added to a net); None if nothing adds them
    up."""
    rows = block.rows or []
    lines: list[int] = []
    sums = [0.0, 0.0]
    fullness = 0
    # a row whose amount is what the lines above it add up to, nothing carrying it on: a
    # summary row, or a line that happens to cost what those before it did together (a shared
    # bill's 24.00 after 5.50, 11.00 and 7.50) when a total further down adds up all of them
    summary: tuple[list[int], bool] | None = None
    for number, row in enumerate(rows):
        readings = _cell_readings(row[column]) if column < len(row) else None
        if readings is None:
            continue
        filled = sum(1 for c in row if c.strip())
        matched = [
            m
            for m in (0, 1)
            if _equal(readings[m], sums[m]) or _rounded_sum(readings[m], sums[m], len(lines))
        ]
        if (
            len(lines) >= MIN_TALLY_LINES
            and filled < fullness
            and _SEPARATED.search(row[column])
            and matched
        ):
            after = [r for later in rows[number + 1 :] if (r := _cell_readings(later[column]))]
            if any(_carried_on(sums[m], m, after) for m in matched):
                return lines, True
            summary = summary or (list(lines), False)
        # a line (one a cell short, OCR lost it) or a charge added before the total (carriage)
        lines.append(number)
        fullness = max(fullness, filled)
        sums = [s + r for s, r in zip(sums, readings, strict=True)]
    if len(lines) < MIN_TALLY_LINES or not any(sums):
        return summary
    values = {round(v, 2) for n in lines for v in (_cell_readings(rows[n][column]) or ())}
    if len(values) < 2:
        return summary
    # the figures under the table, a plain count ("6 items", "VAT 20%") saying too little; a
    # sum whose line names no total ("Annual premium £8,848.86", "Prime nette") is one when
    # the figures after it (a tax) carry it on
    figures = _figures(under)
    for number, (readings, named) in enumerate(figures):
        matched = [m for m in (0, 1) if _equal(readings[m], sums[m])]
        after = [r for r, later in figures[number + 1 :] if later or not named]
        carried = any(_carried_on(sums[m], m, after) for m in matched)
        if matched and (named or carried):
            return lines, carried
    return summary


def _figures(lines: list[str]) -> list[tuple[tuple[float, float], bool]]:
    """The amounts and measures printed in `lines` (a plain count saying too little), each
    with whether its line names a total, a net, a value or a tax, or follows a label that does
    and holds no figure of its own (a summary set in two columns: "Subtotal Cafetaria", then
    its amount "491,70")."""
    out = []
    labelled = False
    for line in lines:
        figures = [f for f in _TEXT_FIGURE.findall(line) if _SEPARATED.search(f)]
        named = bool(_SUM_WORD.search(line))
        out += [(_readings(f), named or labelled) for f in figures]
        labelled = named and not _TEXT_FIGURE.search(line)
    return out


def _lines_under(page: PageLayout, block: Block) -> list[str]:
    """What is printed under a table or level with it: the text's printed lines, top to
    bottom (a summary set in two columns, its labels in one block and their amounts in another
    beside it, read line by line: "Total 226.57"), and the rows of a table set below it (a box
    of the totals, apart from the lines it adds up)."""
    tables = {n for n, other in enumerate(page.blocks) if other.kind == "table"}
    lines = [line.text for line in printed_lines(page, tables) if line.bbox[1] >= block.top - 1]
    # a page's header and footer, its figures' text, are not among the printed lines
    lines += [
        line
        for other in page.blocks
        if other.kind in ("header", "footer", "figure") and other.top >= block.top
        for line in other.lines or [other.text]
    ]
    return lines + [
        " ".join(c for c in row if c.strip())
        for other in page.blocks
        if other is not block and other.kind == "table" and other.top >= block.bottom - 2
        for row in other.rows or []
    ]


def presents_a_tally(page: PageLayout) -> bool:
    """A page with a table of one transaction's lines, known by its arithmetic whatever its
    title: amounts that are a quantity times a unit price in most lines and add up to a
    total, amounts added up to a net that a tax carries on to a total (OCR lost the
    quantities), or two columns each added up (a shipment's weights and values)."""
    for block in page.blocks:
        if block.kind != "table" or not block.rows:
            continue
        under = _lines_under(page, block)
        width = max(len(r) for r in block.rows)
        tallied = 0
        for column in range(width):
            tally = _tallies(block, column, under)
            if tally is None:
                continue
            lines, carried = tally
            tallied += 1
            multiplied = sum(1 for n in lines if _multiplied(block.rows[n], column))
            if multiplied >= 2 and multiplied >= MULTIPLIED_LINES * len(lines):
                return True
            if carried or tallied >= TALLIED_COLUMNS:
                return True
    return False


def _money(cell: str) -> tuple[float, float] | None:
    """A cell's amount: a figure with decimals or thousands ("170,86", "£2,850.00")."""
    readings = _cell_readings(cell)
    return readings if readings and _SEPARATED.search(cell) else None


def _spelled(cell: str, value: float) -> bool:
    """A cell OCR misread ("152:37", "1.O18,45") whose digits still spell `value` to the cent."""
    digits = re.sub(r"\D", "", cell).lstrip("0")
    return value > 0 and bool(digits) and digits == f"{value:.2f}".replace(".", "").lstrip("0")


def _balances(rows: list[list[str]], paid: int, taken: int, under: list[str]) -> bool:
    """The amounts of column `paid` less those of column `taken`, never both in one row, come
    to a figure printed under the table, or to a later row's amount in either column or in a
    row that holds neither (its net). One amount OCR misread counts when its digits spell
    what the others leave for it."""
    width = max(len(r) for r in rows)
    money = [[_money(r[c]) if c < len(r) else None for c in range(width)] for r in rows]
    if any(m[paid] and m[taken] for m in money):
        return False
    blurred = [
        (number, row[column], column)
        for number, row in enumerate(rows)
        for column in (paid, taken)
        if column < len(row) and money[number][column] is None and re.search(r"\d", row[column])
    ]
    if len(blurred) > 1:
        return False

    def comes_to(target: float, net: float, before: int) -> bool:
        """`target` is the net, or what the one misread amount (above row `before`) leaves."""
        unread = [(cell, column) for number, cell, column in blurred if number < before]
        if not unread:
            return net > 0 and _equal(target, net)
        cell, column = unread[0]
        return _spelled(cell, target - net if column == paid else net - target)

    for mode in (0, 1):
        added: list[float] = []
        deducted: list[float] = []
        for number, cells in enumerate(money):
            lines = len(added) + len(deducted) + sum(1 for b in blurred if b[0] < number)
            net = sum(added) - sum(deducted)
            settled = bool(added and deducted) and lines >= MIN_TALLY_LINES
            if settled and any(c and comes_to(c[mode], net, number) for c in cells):
                return True
            if cells[paid]:
                added.append(cells[paid][mode])
            elif cells[taken]:
                deducted.append(cells[taken][mode])
        if added and deducted and len(added) + len(deducted) + len(blurred) >= MIN_TALLY_LINES:
            net = sum(added) - sum(deducted)
            if any(comes_to(r[mode], net, len(rows)) for r, _ in _figures(under)):
                return True
    return False


def presents_a_balance(page: PageLayout) -> bool:
    """A page with a table of one account's settlement, known by its arithmetic whatever its
    title or language: two columns of amounts, what is paid and what is taken off (earnings
    and deductions, credits and debits), never both in one row, whose difference is printed
    under them (the net pay, the balance). A price list's two price columns (net and gross,
    each and per case) are both filled in its rows, and nothing is taken off a price list."""
    for block in page.blocks:
        if block.kind != "table" or not block.rows:
            continue
        rows = block.rows
        under = _lines_under(page, block)
        width = max(len(r) for r in rows)
        for paid in range(width):
            for taken in range(width):
                if paid != taken and _balances(rows, paid, taken, under):
                    return True
    return False
