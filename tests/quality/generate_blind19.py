"""Batch 19: a PRACTICE batch, NOT blind. Its writer (helper ``forms19``) wrote it before reading
the engine, scored it once for a first-contact figure, and then TUNED THE ENGINE ON IT: its
figures after that are training figures, never an honest estimate. It is registered like the
blind batches (``bench/quality.py --layouts blind19``) only so that it is written the same way.

Its forms are meant to be unlike batches 1-17. Truth follows batch 17's conventions: a product is
a thing the document offers, ONCE, named as printed; its codes, prices and sizes as printed
(prices in printed order, an offer price before the struck one it replaces). Section headings,
brands, legends, column headings, unit or comparison prices (per litre, per kg), multi-buy
terms ("2 szt. za ..."), charges, notes and totals are not products or prices. Where sizes have
no code of their own, the item is one product with one price per size, in printed order, those
sizes its sizes. Per layout (files ``b19-<layout>``; seeds ``SEED_19`` + index):

- ``plytki``: a Polish tile price list (A4, DejaVu): per series a bold heading beside a drawn
  swatch and a grey spec line, then a ruled table Kod | Nazwa (a name of two lines in a narrow
  column) | Format cm | Opak. (m² / szt.) | zł/m² | zł/opak.; promotion rows print the offer
  price per m² in red with the regular one struck beneath it. A row is a product; prices per m²
  (offer, then struck) then per box; size the format. Running header and "str. N" footer.
- ``enoteca``: an Italian wine bar's wine list (A4, Helvetica): region headings in spaced
  capitals, per wine a bold name over an italic producer and grape line, the vintage in its own
  column ("2019", a four-digit number that is no price), and prices by serving: Calice 0,15 l |
  Bottiglia 0,75 l | Magnum 1,5 l, "—" where not served. A wine is ONE product, its prices left
  to right, its sizes the servings it is sold in. The cover charge in the footer is not.
- ``festek``: a Hungarian paint maker's range (A4, DejaVu): per paint a small tin photo, the
  bold name, a property line with "Termékkód", and a row of drawn TIN BOXES, each the tin size
  over its price ("4 990 Ft") over the price per litre in small grey (not a price of anything
  sold). A paint is one product, prices per tin in order, sizes the tins.
- ``onderdelen``: a Dutch lawnmower maker's spare-parts list (A4, Helvetica): a running header,
  the part numbers printed in the LEFT MARGIN outside the ruled table (shapes "5140-2210-01",
  "KIT-0032", "M10x25-8.8"), a position number, the description over TWO LINES (the name runs
  on), "Past op" model codes ("GM 46 S, GM 53 SP"), a quantity, and the price excl. btw. A part
  is a product named by its whole description, code the margin number.
- ``gaveguide``: a Danish magazine's gift guide (A4, DejaVu, three columns, a running header and
  a folio): an intro paragraph, then per gift a photo with its price in a DRAWN ROUND BADGE
  (white on colour, "349 kr."), the bold name, copy and "Fås hos ..." (the shop, no product).
- ``drogeria``: a Polish drugstore leaflet (A4, DejaVu, 3 × 3 tiles): brand in capitals, the
  name (wrapping), the content "400 ml", the big price with small "zł", sometimes the struck
  regular price, a multi-buy strip ("2 szt. za 19,98 zł" or "2. sztuka -50%"), and the unit
  price ("1 l = 32,48 zł"). A tile is a product; prices the big price then the struck one.
- ``velkoobchod``: a Czech packaging wholesaler's QUANTITY-BREAK price list (A4, DejaVu,
  7.5 pt): group bands, Kód | Název (wrapping, some with a "NOVINKA" tag) | Balení | 1–9 bal. |
  10–49 bal. | od 50 bal. in Kč without VAT, a running header and "Strana x / y". A row is a
  product, prices the three breaks in order, size the pack.
- ``rea``: a Swedish furniture OUTLET list (A4, Helvetica, two columns of text blocks, no
  photos): the bold name, the dimensions and colour, "Art.nr 402.118.55", "Nu 4 995:-" in red
  and "Ord. pris 7 495:-" struck, "1 st kvar". A block is a product; prices now then before.

Non-catalogs (truth: no products): ``zamowienie`` (a Polish shop's purchase order to its
supplier: item codes, names, quantities, net prices, totals, signatures), ``lagerliste`` (a
Danish stocktake count sheet: item numbers, descriptions, locations, expected and counted
quantities, cost values), ``degustazione`` (an Italian wine-tasting score sheet: wines, vintages
and producers with scores and notes, no prices).

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 19
"""

# ruff: noqa: E501  (the data tables keep one product a line)
from __future__ import annotations

from collections.abc import Callable

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo, wrap
from generate_blind import Batch, product, right, sized_pdf
from generate_blind6 import comma, strike
from generate_blind9 import black, centre, grey
from generate_blind11 import cells, rule
from generate_blind12 import paragraph
from generate_blind15 import fill
from generate_blind16 import dejavu_pdf


def spaced(value: float) -> str:
    """4990 -> '4 990' (thousands by a space, no decimals), as Hungarian and Swedish prices."""
    return f"{value:,.0f}".replace(",", " ")


# === catalogs ==================================================================================

TILES = (
    (
        "Marmo Bianco",
        "Gres szkliwiony, rektyfikowany, PEI IV, antypoślizg R9",
        (235, 232, 226),
        (
            ("płytka podłogowa poler", "60×60", "1,44 / 4", 89.9, 69.9),
            ("płytka podłogowa mat", "60×120", "1,44 / 2", 119.9, None),
            ("płytka ścienna połysk", "30×60", "1,62 / 9", 64.9, None),
            ("dekor ścienny Linea", "30×60", "0,36 / 2", 149.0, None),
        ),
    ),
    (
        "Legno Rovere",
        "Gres drewnopodobny, barwiony w masie, do ogrzewania podłogowego",
        (176, 132, 90),
        (
            ("deska podłogowa naturalna", "20×120", "1,20 / 5", 99.9, 84.9),
            ("deska podłogowa szara", "20×120", "1,20 / 5", 99.9, None),
            ("deska tarasowa 2 cm", "40×120", "0,96 / 2", 169.0, None),
            ("cokół z podciętą krawędzią", "7×60", "—  / 10", 24.9, None),
        ),
    ),
    (
        "Cemento Grafit",
        "Gres techniczny, efekt betonu, mrozoodporny, klasa ścieralności 5",
        (95, 97, 100),
        (
            ("płytka podłogowa lappato", "80×80", "1,92 / 3", 109.9, None),
            ("płytka podłogowa strukturalna", "60×60", "1,44 / 4", 79.9, 64.9),
            ("stopnica z kapinosem", "30×120", "— / 1", 139.0, None),
            ("mozaika heksagonalna na siatce", "26×30", "0,78 / 10", 219.0, None),
        ),
    ),
    (
        "Terra Cotta",
        "Klinkier ręcznie formowany, nasiąkliwość < 3 %",
        (190, 100, 60),
        (
            ("płytka elewacyjna", "6,5×24,5", "0,56 / 35", 189.0, None),
            ("płytka podłogowa ośmiokątna", "33×33", "1,00 / 9", 129.9, 109.9),
            ("narożnik elewacyjny", "24,5×11,5", "— / 20", 8.9, None),
        ),
    ),
)


def plytki(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Ceramika Nowak - cennik płytek 2026", A4)
    cols = ((40, "l"), (118, "l"), (268, "c"), (330, "c"), (440, "r"), (545, "r"))
    page = 0

    def new_page() -> float:
        nonlocal page
        page += 1
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 12)
        pdf.text(40, 40, "CERAMIKA NOWAK")
        pdf.set_font("DejaVu", "", 8)
        grey(pdf, 90)
        right(pdf, 555, 40, "Cennik detaliczny płytek · ważny od 1 marca 2026 · ceny brutto")
        pdf.text(40, 815, "Ceramika Nowak sp. z o.o. · ul. Kolejowa 12, 26-600 Radom")
        right(pdf, 555, 815, f"str. {page}")
        black(pdf)
        rule(pdf, 48, 120)
        return 78.0

    y = new_page()
    for series, spec, colour, rows in TILES:
        if y + 60 + 38 * len(rows) > 790:
            y = new_page()
        fill(pdf, colour)
        pdf.rect(40, y - 14, 22, 22, style="F")
        pdf.set_font("DejaVu", "B", 12)
        pdf.text(70, y, f"Seria {series}")
        pdf.set_font("DejaVu", "", 7.5)
        grey(pdf, 90)
        pdf.text(70, y + 11, spec)
        black(pdf)
        y += 30
        pdf.set_font("DejaVu", "B", 7)
        cells(pdf, y, cols, ["Kod", "Nazwa", "Format cm", "Opak. m² / szt.", "zł/m²", "zł/opak."])
        rule(pdf, y + 4, 80)
        y += 16
        for name, size, pack, regular, offer in rows:
            code = f"{series[:2].upper()}{words.rng.randrange(100, 999)}-{size.split('×')[0]}"
            full = f"{series} {name}"
            area = pack.split("/")[0].strip().replace(",", ".")
            per_m2 = offer if offer is not None else regular
            box = round(per_m2 * float(area), 2) if area[0].isdigit() else per_m2
            pdf.set_font("DejaVu", "", 7.5)
            pdf.text(40, y, code)
            lines = wrap(pdf, full, 120)
            for k, line in enumerate(lines):
                pdf.text(118, y + 9 * k, line)
            centre(pdf, 268, y, size)
            centre(pdf, 330, y, pack)
            prices = []
            if offer is not None:
                pdf.set_text_color(200, 20, 30)
                pdf.set_font("DejaVu", "B", 8)
                right(pdf, 440, y, comma(offer, " "))
                black(pdf)
                pdf.set_font("DejaVu", "", 6.5)
                grey(pdf, 100)
                strike(
                    pdf, 440 - pdf.get_string_width(comma(regular, " ")), y + 9, comma(regular, " ")
                )
                black(pdf)
                prices += [comma(offer, " "), comma(regular, " ")]
            else:
                right(pdf, 440, y, comma(regular, " "))
                prices.append(comma(regular, " "))
            pdf.set_font("DejaVu", "B", 7.5)
            right(pdf, 545, y, comma(box, " "))
            prices.append(comma(box, " "))
            truth.products.append(product(full, [code], prices, page, sizes=[size]))
            y += max(len(lines), 2) * 9 + 8
            rule(pdf, y - 10, 215)
        y += 26
    return pdf


WINES = (
    (
        "PIEMONTE",
        (
            ("Barolo DOCG Cannubi", "Borgogno — Nebbiolo", "2019", (14, 78, 165)),
            ("Barbaresco DOCG Rabajà", "Castello di Verduno — Nebbiolo", "2020", (None, 62, 130)),
            ("Barbera d'Asti Superiore", "Braida — Barbera", "2021", (7, 34, None)),
            ("Dolcetto di Dogliani", "Pecchenino — Dolcetto", "2022", (6, 26, None)),
            ("Roero Arneis", "Malvirà — Arneis", "2023", (6, 28, 60)),
        ),
    ),
    (
        "TOSCANA",
        (
            ("Brunello di Montalcino DOCG", "Biondi-Santi — Sangiovese", "2018", (None, 95, 210)),
            ("Chianti Classico Riserva", "Fèlsina — Sangiovese", "2020", (9, 42, 90)),
            ("Bolgheri Rosso", "Le Macchiole — Merlot, Cabernet Franc", "2021", (10, 48, None)),
            ("Vernaccia di San Gimignano", "Montenidoli — Vernaccia", "2023", (6, 27, None)),
        ),
    ),
    (
        "VENETO E FRIULI",
        (
            ("Amarone della Valpolicella Classico", "Bertani — Corvina", "2016", (16, 89, 190)),
            ("Soave Classico Calvarino", "Pieropan — Garganega", "2022", (7, 32, None)),
            ("Prosecco Superiore Rive di Guia", "Ruggeri — Glera", "NV", (7, 30, 64)),
            ("Friulano Collio", "Schiopetto — Friulano", "2022", (8, 36, None)),
        ),
    ),
    (
        "SUD E ISOLE",
        (
            ("Taurasi Radici", "Mastroberardino — Aglianico", "2017", (None, 54, 115)),
            ("Etna Rosso Contrada", "Passopisciaro — Nerello Mascalese", "2020", (11, 52, None)),
            ("Vermentino di Gallura Superiore", "Capichera — Vermentino", "2022", (8, 38, None)),
            ("Primitivo di Manduria", "Gianfranco Fino — Primitivo", "2019", (9, 45, 98)),
        ),
    ),
)
SERVINGS = (("Calice", "0,15 l"), ("Bottiglia", "0,75 l"), ("Magnum", "1,5 l"))


def enoteca(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Enoteca Ferraris - Carta dei vini", A4)
    xs = (400, 460, 530)
    page = 0

    def new_page() -> float:
        nonlocal page
        page += 1
        pdf.add_page()
        pdf.set_font("Times", "B", 20)
        centre(pdf, A4[0] / 2, 60, "Enoteca Ferraris")
        pdf.set_font("Times", "I", 10)
        centre(pdf, A4[0] / 2, 76, "Carta dei vini · Torino, via Po 21")
        pdf.set_font("Helvetica", "B", 7.5)
        pdf.text(330, 112, "Annata")
        for x, (label, size) in zip(xs, SERVINGS, strict=True):
            right(pdf, x, 104, label)
            right(pdf, x, 113, size)
        rule(pdf, 118, 60, 60, 535)
        pdf.set_font("Helvetica", "", 7)
        grey(pdf, 100)
        centre(pdf, A4[0] / 2, 812, f"Coperto € 3,00 · Prezzi in euro, IVA inclusa · {page}")
        black(pdf)
        return 140.0

    y = new_page()
    for region, wines in WINES:
        if y + 30 + 28 * len(wines) > 790:
            y = new_page()
        pdf.set_font("Helvetica", "B", 9)
        centre(pdf, A4[0] / 2, y, " ".join(region))
        y += 20
        for name, producer, vintage, prices in wines:
            pdf.set_font("Helvetica", "B", 10)
            pdf.text(60, y, name)
            pdf.set_font("Times", "I", 9)
            pdf.text(60, y + 11, producer)
            pdf.set_font("Helvetica", "", 9.5)
            pdf.text(330, y, vintage)
            printed, sizes = [], []
            for x, value, (_, size) in zip(xs, prices, SERVINGS, strict=True):
                right(pdf, x, y, "—" if value is None else str(value))
                if value is not None:
                    printed.append(str(value))
                    sizes.append(size)
            truth.products.append(product(name, [], printed, page, sizes=sizes))
            y += 28
        y += 10
    return pdf


PAINTS = (
    ("Prémium beltéri falfesték, matt", "FP-210", "12–14 m²/l", (1, 2.5, 5), 4990),
    ("Konyha- és fürdőszobafesték, selyemfényű", "FP-240", "10–12 m²/l", (1, 2.5), 5690),
    ("Mennyezetfesték, extra fehér", "FP-118", "8–10 m²/l", (2.5, 5, 10), 3290),
    ("Homlokzatfesték szilikonos", "HF-520", "6–8 m²/l", (5, 10, 15), 7490),
    ("Lábazatfesték, szürke", "HF-561", "6–8 m²/l", (2.5, 5), 8190),
    ("Fa- és fémzománc, fényes", "ZM-030", "12 m²/l", (0.75, 2.5), 6990),
    ("Radiátorzománc hőálló", "ZM-044", "10 m²/l", (0.75,), 7990),
    ("Alapozó mélyalapozó", "AL-007", "8–12 m²/l", (1, 5, 10), 2490),
    ("Vékonylazúr tölgy színben", "LZ-312", "10 m²/l", (0.75, 2.5, 5), 6290),
    ("Padlófesték beton- és fapadlóra", "PF-801", "8 m²/l", (0.75, 2.5), 8890),
    ("Penészgátló falfesték", "FP-290", "10 m²/l", (1, 2.5, 5), 6490),
    ("Kerítésfesték vízbázisú", "KF-150", "8–10 m²/l", (2.5, 5), 4590),
)


def litres(value: float) -> str:
    return f"{value:g} l".replace(".", ",")


def festek(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Színvár Festékgyár - termékkínálat 2026", A4)
    for index, (name, code, coverage, tins, base) in enumerate(PAINTS):
        if index % 4 == 0:
            pdf.add_page()
            page = index // 4 + 1
            fill(pdf, (200, 40, 60))
            pdf.rect(0, 0, A4[0], 46, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("DejaVu", "B", 15)
            pdf.text(40, 30, "SZÍNVÁR")
            pdf.set_font("DejaVu", "", 8.5)
            right(pdf, 555, 30, "Termékkínálat és kiskereskedelmi árak 2026")
            black(pdf)
            pdf.set_font("DejaVu", "", 7)
            grey(pdf, 110)
            pdf.text(40, 820, "Az árak az ÁFA-t tartalmazzák. Színkeverés díjmentes.")
            right(pdf, 555, 820, f"{page}. oldal")
            black(pdf)
        y = 80 + (index % 4) * 182
        pdf.image(photo(19100 + index, (120, 150)), x=40, y=y, w=84, h=105)
        pdf.set_font("DejaVu", "B", 12)
        pdf.text(140, y + 14, name)
        pdf.set_font("DejaVu", "", 8)
        grey(pdf, 80)
        pdf.text(140, y + 30, f"Termékkód: {code} · Kiadósság: {coverage} · Száradás: 2 óra")
        black(pdf)
        prices, sizes = [], []
        for k, tin in enumerate(tins):
            bx = 140 + k * 118
            price = round(base * tin * (1 - 0.06 * k) / 10) * 10
            pdf.set_draw_color(200, 40, 60)
            pdf.set_line_width(0.8)
            pdf.rect(bx, y + 44, 106, 66, round_corners=True, style="D")
            pdf.set_line_width(0.2)
            pdf.set_font("DejaVu", "B", 10)
            centre(pdf, bx + 53, y + 60, litres(tin))
            pdf.set_font("DejaVu", "B", 14)
            centre(pdf, bx + 53, y + 82, f"{spaced(price)} Ft")
            pdf.set_font("DejaVu", "", 7)
            grey(pdf, 110)
            centre(pdf, bx + 53, y + 100, f"{spaced(round(price / tin))} Ft/l")
            black(pdf)
            prices.append(f"{spaced(price)} Ft")
            sizes.append(litres(tin))
        truth.products.append(product(name, [code], prices, page, sizes=sizes))
    return pdf


PARTS = (
    (
        "5140-2210-01",
        "Mes 46 cm, gehard staal,",
        "incl. centreerring",
        "GM 46 S, GM 46 SP",
        1,
        34.5,
    ),
    (
        "5140-2210-02",
        "Mes 53 cm, gehard staal,",
        "incl. centreerring",
        "GM 53 S, GM 53 SP",
        1,
        39.95,
    ),
    ("M10x25-8.8", "Zeskantbout mesbevestiging", "M10 x 25, klasse 8.8", "alle GM", 1, 2.4),
    ("5140-3305-00", "Mesadapter met spie", "voor krukas Ø 22,2 mm", "GM 46 S, GM 53 S", 1, 18.75),
    ("KIT-0032", "Onderhoudsset: bougie,", "luchtfilter en olie 0,6 l", "GM 46, GM 53", 1, 24.9),
    ("5230-1140-10", "Luchtfilterelement", "papier met voorfilter", "GM 46, GM 53", 1, 9.6),
    ("5230-1150-00", "Bougie RN9YC", "elektrodeafstand 0,7 mm", "alle GM", 1, 6.25),
    ("5310-0420-01", "Gaskabel compleet", "met hendel en veer, 1450 mm", "GM 46 S", 1, 21.3),
    (
        "5310-0425-01",
        "Koppelingskabel aandrijving",
        "lengte 1620 mm",
        "GM 46 SP, GM 53 SP",
        1,
        19.8,
    ),
    (
        "5410-7720-00",
        "Achterwiel Ø 200 mm",
        "met kogellager en naafkap",
        "GM 46 S, GM 46 SP",
        2,
        16.4,
    ),
    (
        "5410-7721-00",
        "Voorwiel Ø 180 mm",
        "met kogellager en naafkap",
        "GM 46 S, GM 46 SP",
        2,
        14.9,
    ),
    ("5410-7790-00", "Aandrijfwiel Ø 210 mm", "met tandkrans, links", "GM 53 SP", 1, 27.5),
    ("5410-7791-00", "Aandrijfwiel Ø 210 mm", "met tandkrans, rechts", "GM 53 SP", 1, 27.5),
    ("5520-0100-02", "Opvangzak 60 l", "met frame en handgreep", "GM 46 S, GM 46 SP", 1, 42.0),
    ("5520-0110-02", "Opvangzak 70 l", "met frame en handgreep", "GM 53 S, GM 53 SP", 1, 46.5),
    ("5520-0150-00", "Mulchprop", "kunststof, met klemveer", "GM 46, GM 53", 1, 12.95),
    ("5610-3300-00", "Aandrijfriem 3L 330", "voor versnellingsbak", "GM 46 SP, GM 53 SP", 1, 15.6),
    ("5610-3400-01", "Versnellingsbak compleet", "1 snelheid, met as", "GM 46 SP", 1, 129.0),
    ("5710-0020-00", "Hoogteverstelling hendel", "met veer en knop", "GM 46, GM 53", 4, 8.75),
    ("5710-0090-00", "Duwboom onderdeel", "gepoedercoat, met bouten", "GM 46 S, GM 53 S", 1, 31.4),
    ("5810-0011-00", "Brandstoftank 1,2 l", "met dop en filterzeef", "alle GM", 1, 23.9),
    ("5810-0015-00", "Tankdop met ontluchting", "zwart", "alle GM", 1, 5.45),
)


def onderdelen(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Groenmeester - onderdelenlijst GM-serie", A4)
    cols = ((95, "r"), (105, "l"), (330, "l"), (470, "c"), (550, "r"))
    per_page = 12
    pages = (len(PARTS) + per_page - 1) // per_page
    for index, (code, line1, line2, fits, qty, price) in enumerate(PARTS):
        page = index // per_page + 1
        if index % per_page == 0:
            pdf.add_page()
            pdf.set_font("Helvetica", "B", 8)
            grey(pdf, 60)
            pdf.text(92, 36, "GROENMEESTER · ONDERDELENLIJST GM-SERIE")
            right(pdf, 555, 36, "geldig vanaf 1-3-2026")
            black(pdf)
            pdf.set_font("Helvetica", "B", 7.5)
            cells(pdf, 70, cols, ["Pos.", "Omschrijving", "Past op", "Aantal", "Prijs € excl. btw"])
            pdf.set_draw_color(0, 0, 0)
            pdf.rect(90, 58, 465, per_page * 30 + 22)
            rule(pdf, 76, 0, 90, 555)
            pdf.set_font("Helvetica", "", 7)
            grey(pdf, 90)
            pdf.text(92, 815, "Prijzen excl. btw, af magazijn Zwolle. Wijzigingen voorbehouden.")
            right(pdf, 555, 815, f"Pagina {page} van {pages}")
            black(pdf)
        y = 92 + (index % per_page) * 30
        pdf.set_font("Courier", "", 7)
        grey(pdf, 70)
        pdf.text(18, y, code)
        black(pdf)
        pdf.set_font("Helvetica", "", 8)
        cells(pdf, y, cols, [str(index + 1), line1, fits, str(qty), comma(price, ".")])
        pdf.text(105, y + 10, line2)
        rule(pdf, y + 17, 210, 90, 555)
        name = f"{line1} {line2}"
        truth.products.append(product(name, [code], [comma(price, ".")], page))
    return pdf


GIFTS = (
    (
        "Uldplaid i sildebensmønster",
        "Blød lammeuld fra Skagen-væveriet, 130 × 180 cm, i dyb skovgrøn.",
        "Hygge & Co.",
        449,
    ),
    (
        "Keramikkrus med hank",
        "Drejet i hånden på Bornholm, hver glasur er unik. 3 dl.",
        "Lerværket",
        189,
    ),
    (
        "Duftlys Nordisk Skov",
        "Sojavoks med gran og enebær, brændetid 40 timer.",
        "Lysestøberiet",
        229,
    ),
    (
        "Læderpung med møntlomme",
        "Vegetabilsk garvet læder, plads til seks kort.",
        "Sadelmageren",
        349,
    ),
    (
        "Kaffekværn i eg",
        "Manuel kværn med keramisk kværnværk og justerbar grovhed.",
        "Brødrene Bønne",
        399,
    ),
    ("Strikkede luffer", "Alpaka og merino, foret med fleece. Fås i tre farver.", "Garnstuen", 279),
    (
        "Kogebog: Året rundt i køkkenet",
        "120 opskrifter efter årstiderne, indbundet, 288 sider.",
        "Boghandlen",
        299,
    ),
    ("Serveringsbræt i valnød", "Olieret valnød med læderstrop, 45 × 20 cm.", "Snedkeriet", 329),
    (
        "Ansigtsolie med hyben",
        "Koldpresset olie i glasflaske med pipette, 30 ml.",
        "Urtehaven",
        249,
    ),
    (
        "Sølvørestikker Dråbe",
        "Sterlingsølv, håndlavet i København, med gaveæske.",
        "Guldsmed Holm",
        395,
    ),
    ("Termokande i stål", "Holder varmen i 12 timer, 1 liter, mat sort.", "Køkkenbutikken", 359),
    (
        "Brætspil Øhop",
        "Familiespil om at sejle mellem de danske øer, 2-5 spillere.",
        "Legekassen",
        269,
    ),
)


def gaveguide(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("BOLIG & LIV nr. 12 - Gaveguide", A4)
    col_x = (40, 215, 390)
    col_w = 165
    per_page = 6
    for index, (name, copy, shop, price) in enumerate(GIFTS):
        page = index // per_page + 1
        if index % per_page == 0:
            pdf.add_page()
            pdf.set_font("DejaVu", "", 7)
            grey(pdf, 120)
            pdf.text(40, 30, "BOLIG & LIV · DECEMBER 2026")
            right(pdf, 555, 30, "GAVEGUIDE")
            pdf.set_font("DejaVu", "B", 8)
            pdf.text(40 if page % 2 == 0 else 545, 820, str(40 + page))
            black(pdf)
            top = 62.0
            if page == 1:
                pdf.set_font("DejaVu", "B", 26)
                pdf.text(40, 78, "Gaver til hende under 500 kr.")
                pdf.set_font("DejaVu", "", 9)
                paragraph(
                    pdf,
                    40,
                    100,
                    515,
                    "Vi har samlet tolv gaver, der både er smukke og praktiske, og som alle kan"
                    " købes hos danske butikker. Priserne er vejledende og gælder, så længe"
                    " lager haves. God jul!",
                    12,
                )
                top = 140.0
        slot = index % per_page
        x = col_x[slot % 3]
        y = top + (slot // 3) * 330
        pdf.image(photo(19300 + index, (165, 140)), x=x, y=y, w=col_w, h=140)
        fill(pdf, (196, 30, 58))
        pdf.ellipse(x + col_w - 58, y + 86, 50, 50, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 12)
        centre(pdf, x + col_w - 33, y + 111, str(price))
        pdf.set_font("DejaVu", "", 7)
        centre(pdf, x + col_w - 33, y + 122, "kr.")
        black(pdf)
        pdf.set_font("DejaVu", "B", 10.5)
        ny = y + 160
        for line in wrap(pdf, name, col_w):
            pdf.text(x, ny, line)
            ny += 13
        pdf.set_font("DejaVu", "", 8.5)
        ny = paragraph(pdf, x, ny + 2, col_w, copy, 11)
        pdf.set_font("DejaVu", "", 7.5)
        grey(pdf, 100)
        pdf.text(x, ny + 4, f"Fås hos {shop}")
        black(pdf)
        truth.products.append(product(name, [], [f"{price} kr."], page))
    return pdf


DRUGSTORE = (
    ("NIVEA", "Krem do twarzy nawilżający na dzień", "50 ml", 17.99, 24.99, "2. sztuka -50%"),
    (
        "GARNIER",
        "Szampon Fructis do włosów farbowanych",
        "400 ml",
        12.99,
        None,
        "2 szt. za 22,98 zł",
    ),
    ("COLGATE", "Pasta do zębów Total Whitening", "75 ml", 8.49, 11.99, None),
    ("DOVE", "Żel pod prysznic Deeply Nourishing", "250 ml", 9.99, None, "2 szt. za 16,98 zł"),
    ("ZIAJA", "Mleczko do demakijażu kozie mleko", "200 ml", 7.49, None, None),
    ("REXONA", "Antyperspirant w sprayu Cotton Dry", "150 ml", 10.99, 14.49, "2. sztuka -50%"),
    ("PAMPERS", "Chusteczki nawilżane Sensitive", "4 × 52 szt.", 29.99, 39.99, None),
    ("FINISH", "Kapsułki do zmywarki All in 1 Max", "60 szt.", 54.99, 69.99, None),
    ("PERSIL", "Żel do prania kolorów", "1,8 l", 34.99, None, "2 szt. za 59,98 zł"),
    ("GILLETTE", "Wkłady do maszynki Fusion5", "4 szt.", 49.99, 62.99, None),
    ("L'OREAL", "Farba do włosów Excellence 6.0 ciemny blond", "1 szt.", 27.99, None, None),
    ("BALEA", "Balsam do ciała z masłem shea", "400 ml", 11.49, None, "2 szt. za 19,98 zł"),
    ("VELVET", "Papier toaletowy Delikatnie biały", "8 rolek", 15.99, 19.99, None),
    ("BIOVAX", "Maska do włosów bambus i olej avocado", "250 ml", 19.99, None, "2. sztuka -50%"),
    ("EVELINE", "Płyn micelarny 3w1 z kwasem hialuronowym", "400 ml", 9.49, 12.99, None),
    ("SENSODYNE", "Pasta do zębów Ochrona Szkliwa", "75 ml", 14.99, None, None),
    ("VIZIR", "Kapsułki do prania Platinum Color", "38 szt.", 44.99, 59.99, None),
    ("LACTACYD", "Płyn do higieny intymnej Classic", "300 ml", 16.99, None, "2 szt. za 27,98 zł"),
)


def _unit(size: str, price: float) -> str:
    amount, unit = size.split()[0].replace(",", "."), size.split()[-1]
    if unit == "ml":
        return f"1 l = {comma(price / float(amount) * 1000, ' ')} zł"
    if unit == "l":
        return f"1 l = {comma(price / float(amount), ' ')} zł"
    if size.startswith("4 ×"):
        return f"1 szt. = {comma(price / 208, ' ')} zł"
    return f"1 szt. = {comma(price / float(amount), ' ')} zł"


def drogeria(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Drogeria Róża - gazetka 5-18 marca 2026", A4)
    w, h = 165.0, 232.0
    for index, (brand, name, size, price, regular, deal) in enumerate(DRUGSTORE):
        page = index // 9 + 1
        if index % 9 == 0:
            pdf.add_page()
            fill(pdf, (230, 0, 126))
            pdf.rect(0, 0, A4[0], 52, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("DejaVu", "B", 20)
            pdf.text(40, 34, "drogeria Róża")
            pdf.set_font("DejaVu", "", 9)
            right(pdf, 555, 34, "Oferta ważna 5.03–18.03.2026 lub do wyczerpania zapasów")
            black(pdf)
            pdf.set_font("DejaVu", "", 6)
            grey(pdf, 110)
            pdf.text(40, 824, "Ceny w zł z VAT. Zdjęcia produktów mają charakter poglądowy.")
            right(pdf, 555, 824, f"{page}/2")
            black(pdf)
        slot = index % 9
        x, y = 40 + (slot % 3) * (w + 10), 66 + (slot // 3) * (h + 18)
        pdf.set_draw_color(230, 0, 126)
        pdf.rect(x, y, w, h)
        pdf.image(photo(19500 + index, (150, 100)), x=x + 20, y=y + 8, w=125, h=80)
        pdf.set_font("DejaVu", "B", 7.5)
        grey(pdf, 90)
        pdf.text(x + 8, y + 102, brand)
        black(pdf)
        pdf.set_font("DejaVu", "", 8.5)
        ny = y + 114
        for line in wrap(pdf, name, w - 16):
            pdf.text(x + 8, ny, line)
            ny += 10
        pdf.set_font("DejaVu", "", 7)
        grey(pdf, 90)
        pdf.text(x + 8, ny + 1, size)
        black(pdf)
        zl, gr = f"{price:.2f}".split(".")
        pdf.set_text_color(230, 0, 126)
        pdf.set_font("DejaVu", "B", 24)
        pdf.text(x + 8, y + 178, f"{zl},{gr}")
        pdf.set_font("DejaVu", "B", 9)
        pdf.text(x + 12 + pdf.get_string_width(f"{zl},{gr}") * 24 / 9, y + 178, "zł")
        black(pdf)
        prices = [comma(price, " ")]
        if regular is not None:
            pdf.set_font("DejaVu", "", 8)
            grey(pdf, 90)
            strike(pdf, x + w - 60, y + 170, f"{comma(regular, ' ')} zł")
            black(pdf)
            prices.append(comma(regular, " "))
        if deal:
            fill(pdf, (255, 220, 0))
            pdf.rect(x + 1, y + 188, w - 2, 16, style="F")
            pdf.set_font("DejaVu", "B", 8.5)
            centre(pdf, x + w / 2, y + 199, deal)
        pdf.set_font("DejaVu", "", 6.5)
        grey(pdf, 100)
        pdf.text(x + 8, y + 220, _unit(size, price))
        black(pdf)
        truth.products.append(product(name, [], prices, page, sizes=[size]))
    return pdf


PACKAGING = (
    (
        "Krabice z vlnité lepenky",
        (
            ("KR-3V-200", "Krabice 3VL 200 × 150 × 100 mm, hnědá", "25 ks", 162.0, False),
            ("KR-3V-300", "Krabice 3VL 300 × 200 × 150 mm, hnědá", "25 ks", 214.0, False),
            (
                "KR-5V-400",
                "Krabice 5VL 400 × 300 × 300 mm, zesílená pro těžké zboží",
                "20 ks",
                389.0,
                False,
            ),
            ("KR-3V-ARCH", "Archivační krabice s víkem A4, bílá", "20 ks", 298.0, True),
            (
                "KR-POST-S",
                "Poštovní krabice samosvinovací S 250 × 175 × 70 mm",
                "50 ks",
                415.0,
                False,
            ),
        ),
    ),
    (
        "Obálky a tašky",
        (
            ("OB-BUB-C4", "Bublinková obálka C4 papírová, recyklovatelná", "100 ks", 689.0, True),
            ("OB-BUB-E15", "Bublinková obálka E/15 bílá", "100 ks", 349.0, False),
            (
                "OB-FOL-LDPE",
                "Plastová obálka LDPE 325 × 425 mm se samolepicí klopou",
                "500 ks",
                845.0,
                False,
            ),
            (
                "TS-PAP-M",
                "Papírová taška s krouceným uchem 240 × 110 × 320 mm",
                "50 ks",
                399.0,
                False,
            ),
        ),
    ),
    (
        "Fixace a výplně",
        (
            ("FX-STR-500", "Strečová fólie ruční 500 mm × 23 µm, 1,5 kg", "6 rolí", 612.0, False),
            ("FX-PAS-PP12", "Vázací páska PP 12 mm × 2500 m, černá", "1 role", 498.0, False),
            ("VY-PAP-75", "Výplňový papír v kotouči 750 mm × 250 m", "1 role", 579.0, True),
            ("VY-CHIPS-120", "Výplňové chipsy biologicky odbouratelné", "120 l", 389.0, False),
            ("PB-FOL-10", "Bublinková fólie 1 m × 100 m, 2vrstvá", "1 role", 729.0, False),
        ),
    ),
    (
        "Lepicí pásky",
        (
            (
                "LP-AKR-48",
                "Lepicí páska akrylová 48 mm × 66 m, transparentní",
                "36 ks",
                648.0,
                False,
            ),
            ("LP-HM-48", "Lepicí páska hot-melt 48 mm × 132 m, hnědá", "36 ks", 1152.0, False),
            (
                "LP-PAP-50",
                "Papírová lepicí páska 50 mm × 50 m s potiskem KŘEHKÉ",
                "36 ks",
                1404.0,
                True,
            ),
            ("OD-PIST-50", "Odvíječ lepicí pásky pistolový do 50 mm", "1 ks", 189.0, False),
        ),
    ),
)


def velkoobchod(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("OBALY HOLUB - ceník 2026", A4)
    cols = ((40, "l"), (112, "l"), (368, "c"), (430, "r"), (490, "r"), (550, "r"))
    page = 0
    total_pages = 1

    def new_page() -> float:
        nonlocal page
        page += 1
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 11)
        pdf.text(40, 40, "OBALY HOLUB s.r.o.")
        pdf.set_font("DejaVu", "", 7.5)
        grey(pdf, 90)
        right(pdf, 555, 40, "Velkoobchodní ceník obalů · platný od 1. 3. 2026 · ceny v Kč bez DPH")
        pdf.text(40, 815, "Holub s.r.o., Průmyslová 8, 602 00 Brno · IČ 27654321")
        right(pdf, 555, 815, f"Strana {page} / {total_pages}")
        black(pdf)
        pdf.set_font("DejaVu", "B", 7)
        pdf.text(395, 60, "Cena za balení při odběru")
        cells(pdf, 72, cols, ["Kód", "Název", "Balení", "1–9 bal.", "10–49 bal.", "od 50 bal."])
        rule(pdf, 76, 60)
        return 92.0

    y = new_page()
    for group, rows in PACKAGING:
        if y + 22 + 24 * len(rows) > 790:
            y = new_page()
        fill(pdf, (225, 232, 240))
        pdf.rect(40, y - 9, 515, 13, style="F")
        pdf.set_font("DejaVu", "B", 8)
        pdf.text(44, y, group)
        y += 16
        for code, name, pack, base, new in rows:
            pdf.set_font("DejaVu", "", 7.5)
            lines = wrap(pdf, name, 180 if new else 215)
            cells(pdf, y, cols[:1], [code])
            for k, line in enumerate(lines):
                pdf.text(112, y + 9 * k, line)
            if new:
                pdf.set_font("DejaVu", "B", 6)
                pdf.set_text_color(0, 140, 60)
                right(pdf, 338, y, "NOVINKA")
                black(pdf)
                pdf.set_font("DejaVu", "", 7.5)
            breaks = [comma(base, " "), comma(base * 0.92, " "), comma(base * 0.85, " ")]
            cells(pdf, y, cols[2:], [pack, *breaks])
            truth.products.append(product(name, [code], breaks, page, sizes=[pack]))
            y += 9 * len(lines) + 6
            rule(pdf, y - 8, 225)
        y += 8
    return pdf


OUTLET = (
    ("Soffa Lund 3-sits, sammet", "B 212 × D 92 × H 80 cm · mossgrön", 4995, 7495, 1),
    ("Fåtölj Berga med fotpall", "B 78 × D 84 × H 96 cm · konjak läder", 3495, 5995, 2),
    ("Matbord Ask ø 120 cm", "ask massiv, vitoljad", 3995, 5495, 1),
    ("Matstol Vide, 2-pack", "B 46 × D 52 × H 80 cm · svartbetsad ek", 1495, 2390, 3),
    ("Sänggavel Mira 180", "B 184 × H 120 cm · linnetyg beige", 1295, 2495, 1),
    ("Byrå Tove med 6 lådor", "B 120 × D 45 × H 78 cm · vitpigmenterad furu", 2495, 3995, 1),
    ("Soffbord Sten, marmor", "B 110 × D 60 × H 40 cm · grön marmor", 2995, 4995, 1),
    ("Golvlampa Båge", "H 185 cm · mässing", 995, 1795, 4),
    ("Matta Runa 200 × 300", "handknuten ull · natur", 3295, 5995, 2),
    ("Bokhylla Ramsö", "B 80 × D 30 × H 200 cm · ek", 1795, 2795, 2),
    ("Hallbänk Nora", "B 100 × D 35 × H 45 cm · rotting och björk", 895, 1495, 3),
    ("Kontorsstol Stig", "ergonomisk, grå tyg", 1995, 3495, 1),
    ("Tv-bänk Alva 180", "B 180 × D 42 × H 50 cm · valnöt", 2795, 4495, 1),
    ("Pall Knut", "ø 35 × H 45 cm · bouclé offwhite", 595, 995, 5),
    ("Spegel Solvik 60 × 160", "ram i svart metall", 795, 1295, 2),
    ("Sideboard Lina", "B 160 × D 45 × H 75 cm · räfflad ek", 5995, 8995, 1),
)


def rea(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Hemma Möbler - outletlista vecka 10", A4)
    per_page = 10
    for index, (name, detail, now, before, left) in enumerate(OUTLET):
        page = index // per_page + 1
        if index % per_page == 0:
            pdf.add_page()
            pdf.set_font("Helvetica", "B", 16)
            pdf.text(40, 50, "OUTLET-LISTA VECKA 10")
            pdf.set_font("Helvetica", "", 8.5)
            grey(pdf, 90)
            pdf.text(
                40, 64, "Hemma Möbler Outlet · Lagergatan 3, Borås · Endast så länge lagret räcker"
            )
            pdf.text(40, 815, "Utställningsexemplar och returer. Hemkörning från 495:- inom 5 mil.")
            right(pdf, 555, 815, f"Sida {page}")
            black(pdf)
            rule(pdf, 74, 0)
        slot = index % per_page
        x, y = (40 if slot % 2 == 0 else 310), 104 + (slot // 2) * 140
        code = f"{words.rng.randrange(100, 999)}.{words.rng.randrange(100, 999)}.{words.rng.randrange(10, 99)}"
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(x, y, name)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.text(x, y + 14, detail)
        grey(pdf, 100)
        pdf.text(x, y + 27, f"Art.nr {code}")
        black(pdf)
        pdf.set_text_color(200, 0, 0)
        pdf.set_font("Helvetica", "B", 16)
        pdf.text(x, y + 52, f"Nu {spaced(now)}:-")
        black(pdf)
        pdf.set_font("Helvetica", "", 9)
        strike(pdf, x + 110, y + 52, f"Ord. pris {spaced(before)}:-")
        pdf.set_font("Helvetica", "", 7.5)
        grey(pdf, 90)
        pdf.text(x, y + 66, f"{left} st kvar")
        black(pdf)
        truth.products.append(
            product(name, [code], [f"{spaced(now)}:-", f"{spaced(before)}:-"], page)
        )
    return pdf


# === non-catalogs ==============================================================================


def zamowienie(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Zamówienie ZAM/2026/03/114", A4)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.text(40, 60, "ZAMÓWIENIE nr ZAM/2026/03/114")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.text(40, 80, "Data zamówienia: 04.03.2026    Termin dostawy: 11.03.2026")
    pdf.text(40, 104, "Zamawiający: Drogeria Róża, ul. Długa 5, 31-147 Kraków, NIP 676-101-22-33")
    pdf.text(40, 118, "Dostawca: Hurtownia Kosmetyków Delta sp. z o.o., ul. Magazynowa 2, Katowice")
    cols = ((40, "l"), (62, "l"), (140, "l"), (400, "r"), (420, "l"), (490, "r"), (550, "r"))
    pdf.set_font("DejaVu", "B", 7.5)
    cells(pdf, 150, cols, ["Lp.", "Kod", "Nazwa towaru", "Ilość", "J.m.", "Cena netto", "Wartość"])
    rule(pdf, 154, 60)
    rows = (
        ("NIV-80152", "Krem do twarzy nawilżający 50 ml", 24, 11.2),
        ("GAR-11820", "Szampon Fructis 400 ml", 36, 7.9),
        ("COL-20031", "Pasta do zębów Total 75 ml", 48, 5.1),
        ("DOV-40221", "Żel pod prysznic 250 ml", 36, 6.15),
        ("ZIA-00714", "Mleczko do demakijażu 200 ml", 24, 4.35),
        ("FIN-66012", "Kapsułki do zmywarki 60 szt.", 12, 33.8),
        ("PER-10480", "Żel do prania 1,8 l", 12, 21.4),
        ("VEL-00808", "Papier toaletowy 8 rolek", 40, 9.6),
    )
    y, total = 170.0, 0.0
    pdf.set_font("DejaVu", "", 8)
    for k, (code, name, qty, price) in enumerate(rows, 1):
        cells(
            pdf,
            y,
            cols,
            [str(k), code, name, str(qty), "szt.", comma(price, " "), comma(qty * price, " ")],
        )
        total += qty * price
        y += 15
    rule(pdf, y - 8, 60)
    pdf.set_font("DejaVu", "B", 9)
    right(pdf, 550, y + 8, f"Razem netto: {comma(total, ' ')} zł")
    right(pdf, 550, y + 22, f"VAT 23%: {comma(total * 0.23, ' ')} zł")
    right(pdf, 550, y + 36, f"Razem brutto: {comma(total * 1.23, ' ')} zł")
    pdf.set_font("DejaVu", "", 8.5)
    paragraph(
        pdf,
        40,
        y + 70,
        515,
        "Prosimy o potwierdzenie przyjęcia zamówienia w ciągu 2 dni roboczych. Płatność"
        " przelewem 14 dni od daty dostawy. Towar z datą ważności krótszą niż 12 miesięcy"
        " nie zostanie przyjęty.",
        12,
    )
    pdf.text(40, y + 150, "Zamawiający: ......................................")
    pdf.text(330, y + 150, "Zatwierdził: ......................................")
    return pdf


def lagerliste(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Optælling lager 2026-01-02", A4)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.text(40, 56, "Lageroptælling pr. 2. januar 2026")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.text(40, 74, "Butik: Hygge & Co., Aarhus C · Optalt af: M. Jensen og L. Poulsen")
    cols = ((40, "l"), (100, "l"), (290, "l"), (360, "r"), (410, "r"), (455, "r"))
    cols += ((500, "r"), (555, "r"))
    pdf.set_font("DejaVu", "B", 7.5)
    labels = ["Varenr.", "Beskrivelse", "Lokation", "Forv.", "Optalt", "Diff.", "Kostpris", "Værdi"]
    cells(pdf, 104, cols, labels)
    rule(pdf, 108, 60)
    rows = (
        ("10-4471", "Uldplaid sildeben, grøn", "A-03", 14, 12, 212.0),
        ("10-4472", "Uldplaid sildeben, grå", "A-03", 9, 9, 212.0),
        ("22-1180", "Keramikkrus med hank", "B-11", 46, 44, 74.5),
        ("22-1181", "Keramikskål lav", "B-11", 30, 31, 61.0),
        ("31-0090", "Duftlys Nordisk Skov", "C-02", 60, 57, 88.0),
        ("31-0091", "Duftlys Havbrise", "C-02", 42, 42, 88.0),
        ("40-2210", "Serveringsbræt valnød", "D-07", 18, 17, 131.0),
        ("55-0703", "Termokande stål 1 l", "D-09", 11, 11, 149.0),
        ("61-3302", "Strikkede luffer alpaka", "E-01", 25, 22, 102.0),
        ("70-0015", "Gaveæske lille", "Lager", 200, 184, 6.5),
    )
    y, total = 124.0, 0.0
    pdf.set_font("DejaVu", "", 8)
    for code, name, loc, expected, counted, cost in rows:
        value = counted * cost
        total += value
        cells(
            pdf, y, cols,
            [code, name, loc, str(expected), str(counted), str(counted - expected),
             comma(cost), comma(value)],
        )  # fmt: skip
        y += 15
    rule(pdf, y - 8, 60)
    pdf.set_font("DejaVu", "B", 9)
    right(pdf, 555, y + 8, f"Samlet lagerværdi: {comma(total)} kr.")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.text(
        40, y + 50, "Differencer over 5 stk. er genoptalt. Værdi opgjort til kostpris ekskl. moms."
    )
    pdf.text(40, y + 90, "Underskrift: ____________________    Dato: ___________")
    return pdf


def degustazione(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Scheda di degustazione - serata Piemonte", A4)
    pdf.add_page()
    pdf.set_font("Times", "B", 16)
    pdf.text(40, 60, "Scheda di degustazione")
    pdf.set_font("Times", "I", 10)
    pdf.text(
        40,
        76,
        "Serata Piemonte e Toscana · Enoteca Ferraris · 12 marzo 2026 · Sommelier: G. Rinaldi",
    )
    cols = ((40, "l"), (60, "l"), (260, "c"), (300, "l"), (470, "c"), (500, "c"), (530, "c"))
    pdf.set_font("Helvetica", "B", 7.5)
    cells(pdf, 110, cols, ["N.", "Vino", "Annata", "Produttore", "Vista", "Naso", "Tot./100"])
    rule(pdf, 114, 60)
    wines = (
        ("Barolo DOCG Cannubi", "2019", "Borgogno", 14, 27, 93),
        ("Barbaresco DOCG Rabajà", "2020", "Castello di Verduno", 13, 26, 91),
        ("Brunello di Montalcino", "2018", "Biondi-Santi", 15, 28, 95),
        ("Chianti Classico Riserva", "2020", "Fèlsina", 13, 25, 89),
        ("Bolgheri Rosso", "2021", "Le Macchiole", 12, 24, 87),
        ("Roero Arneis", "2023", "Malvirà", 12, 23, 86),
    )
    y = 132.0
    for k, (wine, vintage, producer, sight, nose, total) in enumerate(wines, 1):
        pdf.set_font("Helvetica", "", 9)
        cells(pdf, y, cols, [str(k), wine, vintage, producer, str(sight), str(nose), str(total)])
        pdf.set_font("Times", "I", 8.5)
        grey(pdf, 80)
        pdf.text(60, y + 11, "Note: frutto rosso maturo, tannino fitto, finale lungo e sapido.")
        black(pdf)
        y += 30
    pdf.set_font("Helvetica", "", 8.5)
    paragraph(
        pdf,
        40,
        y + 20,
        515,
        "Punteggio: vista 15, naso 30, gusto 45, armonia 10. Servire a 16-18 °C. Le schede"
        " compilate vanno consegnate al sommelier a fine serata.",
        12,
    )
    return pdf


# === the batch =================================================================================

BLIND_19 = ("plytki", "enoteca", "festek", "onderdelen", "gaveguide", "drogeria")
BLIND_19 += ("velkoobchod", "rea")
BLIND_19_NON_CATALOGS = ("zamowienie", "lagerliste", "degustazione")
LAYOUTS_19 = BLIND_19 + BLIND_19_NON_CATALOGS
SCAN_DPI_19 = {"plytki": 250, "enoteca": 200, "festek": 200, "onderdelen": 250}
SCAN_DPI_19 |= {"gaveguide": 150, "drogeria": 200, "velkoobchod": 300, "rea": 200}
SCAN_DPI_19 |= {"zamowienie": 200, "lagerliste": 250, "degustazione": 200}
LANGUAGE_19 = {"plytki": "pl", "enoteca": "it", "festek": "hu", "onderdelen": "nl"}
LANGUAGE_19 |= {"gaveguide": "da", "drogeria": "pl", "velkoobchod": "cs", "rea": "sv"}
LANGUAGE_19 |= {"zamowienie": "pl", "lagerliste": "da", "degustazione": "it"}
LOCALES_19 = {"en": "en_GB", "pl": "pl_PL", "it": "it_IT", "hu": "hu_HU", "nl": "nl_NL"}
LOCALES_19 |= {"da": "da_DK", "cs": "cs_CZ", "sv": "sv_SE"}
SEED_19 = 19000
MAKERS_19: dict[str, Callable[[Words, Truth], FPDF]] = {
    "plytki": plytki,
    "enoteca": enoteca,
    "festek": festek,
    "onderdelen": onderdelen,
    "gaveguide": gaveguide,
    "drogeria": drogeria,
    "velkoobchod": velkoobchod,
    "rea": rea,
    "zamowienie": zamowienie,
    "lagerliste": lagerliste,
    "degustazione": degustazione,
}

# registered beside the blind batches, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["19"] = Batch(
    LAYOUTS_19, BLIND_19, MAKERS_19, SEED_19, LANGUAGE_19, LOCALES_19, SCAN_DPI_19
)
