"""Blind batch 27: catalogs of the kinds a PDF-ingestion service gets, in forms unlike every
earlier batch's, written WITHOUT the engine.

Bench figures, never test floors: only ``bench/quality.py --layouts blind27`` writes them, and the
batch is meant to be scored ONCE, at the end, as an honest estimate on catalogs nobody tuned on.
Nobody who wrote it read ``pdfqueue.engines`` or ``pdfqueue.pipeline``, nor ran the engine or
the bench on it; its forms are unlike every earlier batch's (1-26). Mostly English, one in
German and one in French.

What counts as a product is as in batches 21 to 26 (see generate_blind21's docstring): a thing
the document offers, once, on the page where it is presented (with its price), named as
printed; its codes, prices (printed order) and sizes as printed. Legends, column headings,
headings, coupons, delivery charges, services, fees and notes are not products. Per layout
(files ``b27-<layout>``; seeds ``SEED_27`` + index):

- ``bladechart``: a power-tool accessory maker's saw-blade SELECTION CHART (A4 landscape, 2
  pages): a ruled table whose column headings are all TURNED 90 degrees (Blade, Cat. no., the
  materials Softwood ... Steel, Cut, Length, TPI, Pack, Price), suitability shown by DRAWN DOTS
  (full or half) in the material columns, a legend for the dots. A row is a product named as
  printed ("T101B Clean for Wood"); code the Cat. no.; price; size the Length.
- ``tortenrad``: a German bakery's cake-order leaflet (A4, DejaVu, 2 pages) laid out as a WHEEL:
  a drawn cake plate in the middle with the page's title and eight entries AROUND it on a circle,
  each joined to the plate by a thin spoke: a round photo, the bold name, "Art.-Nr. KT-412",
  "Ø 26 cm · 16 Stück", "Stück 3,90 €" and "ganze Torte 54,00 €". An entry is a product: code
  the Art.-Nr.; prices slice then whole; size the diameter.
- ``barcodes``: a confectionery wholesaler's rep ORDER GUIDE (A4, 2 pages) with a DRAWN EAN-13
  BARCODE (real bar pattern, its digits under it in groups "5 012345 678900") at the left of
  each row, group bands, then the bold name, "Case 24 × 45 g", "Item MC-20418   EAN
  5012345678900", a quantity box, the case price, "RRP £0.85" and "POR 31%". A row is a
  product: codes the Item then the EAN; prices case then RRP; size the case content.
- ``newsflyer``: a border-town builders' merchant's flyer set as a NEWSPAPER (A4, 2 pages, Times
  masthead, three columns with column rules): short articles in prose run between boxed product
  items (bold name, a line of copy, "Code 40-2211", the price in TWO CURRENCIES "£34.99 /
  €41.50"); page 2 carries a dashed cut-out COUPON (money off, not a product). A box is a
  product: code; prices sterling then euro; no sizes.
- ``monthbars``: a nursery's vegetable PLUG-PLANT availability list (A4 landscape, 2 pages):
  rows Variety | Code | twelve month columns (J F M ... D) in which DRAWN BARS show when plants
  are despatched | "12 plugs" | "24 plugs" prices ("—" where not sold), crop bands, a legend. A
  row is a product named crop + variety as printed ("Tomato 'Gardener's Delight'"); code; prices
  12 then 24; sizes the plug counts priced.
- ``chocolaterie``: a Swiss chocolatier's tri-fold leaflet printed as three DL pages (99 × 210
  mm, French): a section a panel (tablettes, pralinés, coffrets), entries with a small photo,
  the bold name, "Réf. CT-210", the weight and the price in TWO CURRENCIES "CHF 7.90" and
  "€ 8,30". An entry is a product: code the Réf.; prices CHF then euro; size the weight.
- ``luggage``: a luggage maker's range pages (A4 landscape, 2 pages): the cases DRAWN TO SCALE
  side by side on a floor line beside a height ruler in cm, each with its name, "Code LG-5520",
  "55 × 40 × 20 cm · 36 L · 2.4 kg" and the price, some with a struck "was" price; an airline
  cabin-size note. A case is a product: code; prices now then was; size the dimensions.

Non-catalogs (truth: no products): ``packing`` (an exporter's packing list: shipper, consignee,
cartons with SKUs, descriptions, quantities, weights, dimensions and declared values),
``priceindex`` (a statistics office's consumer price bulletin: average prices of everyday items
a year apart with percentage changes, a drawn bar chart and commentary), ``stocktake`` (a shop's
stock count variance report: bins, SKUs, book and counted quantities, unit costs and variance
values, sign-off), ``warranty`` (an appliance's warranty registration card, filled in: model,
serial number, price paid, retailer, a survey of other appliances owned and the terms).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 27 [--scanned]
"""

from __future__ import annotations

import math
from collections.abc import Callable

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo, wrap
from generate_blind import A4_LANDSCAPE, Batch, product, right, sized_pdf
from generate_blind6 import strike
from generate_blind9 import black, centre, grey
from generate_blind11 import cells, rule
from generate_blind15 import fill
from generate_blind16 import dejavu_pdf, ean
from generate_blind18 import lines
from generate_blind23 import band, folio, pounds

F = "DejaVu"
H = "Helvetica"
T = "Times"
DL = (280.63, 595.28)


def euro_comma(value: float) -> str:
    """3.9 -> '3,90 €'."""
    return f"{value:,.2f}".replace(",", "§").replace(".", ",").replace("§", ".") + " €"


def dot(pdf: FPDF, x: float, y: float, level: int) -> None:
    """A suitability dot: 2 full, 1 half (outlined with the left half filled), 0 nothing."""
    if not level:
        return
    pdf.set_draw_color(30, 30, 30)
    fill(pdf, (30, 30, 30))
    if level == 2:
        pdf.ellipse(x - 3.5, y - 3.5, 7, 7, style="DF")
    else:
        pdf.ellipse(x - 3.5, y - 3.5, 7, 7, style="D")
        pdf.rect(x - 3.5, y - 3.5, 3.5, 7, style="F")


# === catalogs ==================================================================================

MATERIALS = ("Softwood", "Hardwood", "Laminate", "Plastics", "Aluminium", "Steel")
BLADES = (  # per page: heading, rows (name, code, dots per material, cut, length, tpi, pack, price)
    (
        "Jigsaw blades, T shank",
        (
            (
                "T101B Clean for Wood",
                "JB-101B-5",
                (2, 2, 1, 1, 0, 0),
                "Clean",
                "100 mm",
                "10",
                7.95,
            ),
            (
                "T101BR Clean for Wood, reverse",
                "JB-101R-5",
                (2, 2, 2, 1, 0, 0),
                "Clean",
                "100 mm",
                "10",
                8.45,
            ),
            ("T111C Basic for Wood", "JB-111C-5", (2, 1, 0, 1, 0, 0), "Fast", "100 mm", "8", 5.95),
            ("T144D Speed for Wood", "JB-144D-5", (2, 2, 0, 0, 0, 0), "Fast", "100 mm", "6", 6.75),
            (
                "T234X Progressor for Wood",
                "JB-234X-3",
                (2, 2, 1, 1, 0, 0),
                "Fast",
                "117 mm",
                "3-8",
                7.20,
            ),
            (
                "T301CD Clean for Hardwood",
                "JB-301C-3",
                (1, 2, 1, 0, 0, 0),
                "Clean",
                "117 mm",
                "8",
                6.60,
            ),
            (
                "T101AO Curves for Wood",
                "JB-101A-5",
                (2, 1, 1, 2, 0, 0),
                "Clean",
                "83 mm",
                "20",
                7.45,
            ),
            (
                "T118A Basic for Metal",
                "JB-118A-5",
                (0, 0, 0, 1, 1, 2),
                "Clean",
                "92 mm",
                "21",
                6.95,
            ),
            ("T127D Special for Alu", "JB-127D-3", (0, 0, 0, 1, 2, 0), "Fast", "100 mm", "8", 6.30),
            (
                "T345XF Progressor Wood and Metal",
                "JB-345X-3",
                (2, 1, 0, 1, 1, 1),
                "Fast",
                "132 mm",
                "3-14",
                9.80,
            ),
        ),
    ),
    (
        "Reciprocating saw blades",
        (
            (
                "S922BF Flexible for Metal",
                "RB-922B-5",
                (0, 0, 0, 1, 2, 2),
                "Clean",
                "150 mm",
                "14",
                11.95,
            ),
            (
                "S922HF Flexible for Wood and Metal",
                "RB-922H-5",
                (2, 1, 0, 1, 1, 1),
                "Fast",
                "150 mm",
                "10",
                12.45,
            ),
            (
                "S1111DF Heavy for Wood and Metal",
                "RB-111D-5",
                (2, 2, 0, 0, 1, 1),
                "Fast",
                "225 mm",
                "4-6",
                17.90,
            ),
            ("S644D Top for Wood", "RB-644D-5", (2, 2, 0, 0, 0, 0), "Fast", "150 mm", "6", 10.80),
            (
                "S1531L Top for Wood, long",
                "RB-153L-5",
                (2, 1, 0, 0, 0, 0),
                "Fast",
                "240 mm",
                "3",
                15.60,
            ),
            (
                "S1122VF Flexible for Metal, thick",
                "RB-122V-5",
                (0, 0, 0, 0, 2, 2),
                "Clean",
                "225 mm",
                "10-14",
                18.75,
            ),
            (
                "S3456XF Thick Tough Metal",
                "RB-345T-1",
                (0, 0, 0, 0, 1, 2),
                "Clean",
                "150 mm",
                "10",
                9.95,
            ),
            (
                "S1130CHM Endurance for Hard Metal",
                "RB-113C-1",
                (0, 0, 0, 0, 1, 2),
                "Clean",
                "225 mm",
                "8",
                14.40,
            ),
        ),
    ),
)


def bladechart(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Hexley Tools - Blade selection chart 2027", A4_LANDSCAPE)
    heads = ["Blade", "Cat. no.", *MATERIALS, "Cut", "Length", "TPI", "Pack", "Price"]
    xs = [40, 262, 340, 372, 404, 436, 468, 500, 536, 590, 648, 700, 780]
    for page, (heading, rows) in enumerate(BLADES, start=1):
        pdf.add_page()
        fill(pdf, (0, 70, 120))
        pdf.rect(0, 0, pdf.w, 54, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(H, "B", 17)
        pdf.text(40, 34, "HEXLEY")
        pdf.set_font(H, "", 9)
        pdf.text(130, 34, "Which blade for which job?  ·  Selection chart 2027")
        right(pdf, pdf.w - 40, 34, heading)
        black(pdf)
        pdf.set_font(H, "B", 12)
        pdf.text(40, 82, heading)
        pdf.set_font(H, "", 8)
        grey(pdf, 80)
        pdf.text(
            40, 96, "Prices per pack, inc VAT. All blades bi-metal or HCS as marked on the blade."
        )
        black(pdf)
        base = 172  # the rotated headings stand on this line
        band(pdf, 36, 104, xs[-1] - 36 + 8, base - 100, 236)
        pdf.set_font(H, "B", 8)
        for k, (x, head) in enumerate(zip(xs, heads, strict=True)):
            hx = x + 6 if k < 2 or k > 7 else (x + xs[k + 1]) / 2 + 3
            if k == len(heads) - 1:
                hx = x - 4
            with pdf.rotation(90, hx, base - 4):
                pdf.text(hx, base - 4, head)
        rule(pdf, base + 2, 60, 36, xs[-1] + 8)
        y = base + 2
        for name, code, suits, cut, length, tpi, price in rows:
            y += 22
            pdf.set_font(H, "B", 8.5)
            pdf.text(40, y, name)
            pdf.set_font(H, "", 8.5)
            pdf.text(262, y, code)
            for m, level in enumerate(suits):
                dot(pdf, (xs[2 + m] + xs[3 + m]) / 2, y - 3, level)
            shown = pounds(price)
            pack = "3 pcs" if code.endswith("-3") else ("1 pc" if code.endswith("-1") else "5 pcs")
            cells(
                pdf, y, ((542, "l"), (596, "l"), (654, "l"), (700, "l")), [cut, length, tpi, pack]
            )
            pdf.set_font(H, "B", 9)
            right(pdf, xs[-1] + 4, y, shown)
            rule(pdf, y + 8, 215, 36, xs[-1] + 8)
            truth.products.append(product(name, [code], [shown], page, sizes=[length]))
        for x in xs[2:9]:
            pdf.set_draw_color(215, 215, 215)
            pdf.line(x, 104, x, y + 8)
        y += 34
        dot(pdf, 44, y - 3, 2)
        pdf.set_font(H, "", 8)
        pdf.text(52, y, "recommended")
        dot(pdf, 124, y - 3, 1)
        pdf.text(132, y, "suitable")
        pdf.text(190, y, "blank: not suitable")
        pdf.text(290, y, "Clean = splinter-free cut  ·  Fast = rough cut  ·  TPI = teeth per inch")
        folio(pdf, H, "Hexley Tools Ltd  ·  Unit 4, Tame Valley, Tamworth B77 5DY", f"{page}/2", 40)
    return pdf


TORTEN = (  # per page: title, entries (name, code, diameter, pieces, slice, whole)
    (
        "Torten",
        (
            ("Schwarzwälder Kirschtorte", "KT-412", "Ø 26 cm", 16, 3.90, 54.00),
            ("Käse-Sahne-Torte", "KT-418", "Ø 26 cm", 16, 3.60, 49.50),
            ("Frankfurter Kranz", "KT-421", "Ø 24 cm", 14, 3.80, 46.00),
            ("Prinzregententorte", "KT-430", "Ø 24 cm", 14, 4.10, 52.00),
            ("Erdbeer-Sahnetorte", "KT-436", "Ø 26 cm", 16, 3.95, 55.00),
            ("Himbeer-Joghurttorte", "KT-441", "Ø 26 cm", 16, 3.70, 51.00),
            ("Nusstorte mit Marzipan", "KT-447", "Ø 24 cm", 14, 3.90, 47.50),
            ("Sachertorte", "KT-452", "Ø 22 cm", 12, 4.20, 44.00),
        ),
    ),
    (
        "Kuchen & Tartes",
        (
            ("Gedeckter Apfelkuchen", "KK-510", "Ø 28 cm", 16, 2.80, 38.00),
            ("Bienenstich", "KK-516", "Ø 28 cm", 16, 2.90, 39.50),
            ("Zwetschgendatschi", "KK-522", "Ø 28 cm", 16, 2.70, 36.00),
            ("Rhabarber-Baiser-Kuchen", "KK-527", "Ø 26 cm", 14, 3.20, 39.00),
            ("Zitronentarte", "KK-533", "Ø 24 cm", 12, 3.40, 34.50),
            ("Schokoladentarte mit Fleur de Sel", "KK-538", "Ø 24 cm", 12, 3.60, 37.00),
            ("Mohnkuchen mit Streuseln", "KK-544", "Ø 28 cm", 16, 2.85, 38.50),
            ("Linzer Torte", "KK-549", "Ø 24 cm", 12, 3.10, 33.00),
        ),
    ),
)


def tortenrad(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Konditorei Brandl - Torten bestellen", A4)
    cx, cy, radius = pdf.w / 2, 430.0, 200.0
    for page, (title, entries) in enumerate(TORTEN, start=1):
        pdf.add_page()
        pdf.set_font(F, "B", 20)
        pdf.set_text_color(120, 50, 60)
        centre(pdf, cx, 52, "Konditorei Brandl")
        black(pdf)
        pdf.set_font(F, "", 8.5)
        grey(pdf, 80)
        centre(pdf, cx, 68, "Marktplatz 7 · 94032 Passau · Tel. 0851 555 3170 · seit 1952")
        centre(pdf, cx, 82, "Ganze Torten bitte 48 Stunden vorher bestellen")
        black(pdf)
        # the spokes first, so the plate and the entries cover their ends
        pdf.set_draw_color(200, 170, 170)
        pdf.set_line_width(0.5)
        spots = []
        for k in range(8):
            angle = math.radians(-90 + k * 45)
            spots.append((cx + radius * math.cos(angle), cy + radius * 1.15 * math.sin(angle)))
            pdf.line(cx, cy, *spots[-1])
        pdf.set_line_width(0.2)
        fill(pdf, (250, 244, 236))
        pdf.set_draw_color(150, 110, 100)
        pdf.ellipse(cx - 78, cy - 78, 156, 156, style="DF")
        pdf.ellipse(cx - 64, cy - 64, 128, 128, style="D")
        pdf.set_font(F, "B", 15 if len(title) < 10 else 12)
        pdf.set_text_color(120, 50, 60)
        centre(pdf, cx, cy - 2, title)
        black(pdf)
        pdf.set_font(F, "", 7)
        centre(pdf, cx, cy + 14, "täglich frisch")
        centre(pdf, cx, cy + 24, "aus eigener Backstube")
        for k, ((name, code, diameter, pieces, piece, whole), (x, y)) in enumerate(
            zip(entries, spots, strict=True)
        ):
            fill(pdf, (255, 255, 255))
            pdf.set_draw_color(255, 255, 255)
            pdf.rect(x - 66, y - 50, 132, 104, style="F")
            with pdf.local_context():
                pdf.set_draw_color(150, 110, 100)
                pdf.ellipse(x - 27, y - 55, 54, 54, style="D")
            pdf.image(photo(27100 + page * 10 + k, (90, 90)), x=x - 18, y=y - 46, w=36, h=36)
            pdf.set_font(F, "B", 8.5)
            parts = wrap(pdf, name, 120)
            ty = y + 6
            for part in parts:
                centre(pdf, x, ty, part)
                ty += 10
            pdf.set_font(F, "", 6.8)
            grey(pdf, 90)
            centre(pdf, x, ty, f"Art.-Nr. {code}  ·  {diameter} · {pieces} Stück")
            black(pdf)
            slice_, cake = euro_comma(piece), euro_comma(whole)
            pdf.set_font(F, "", 7.5)
            centre(pdf, x, ty + 11, f"Stück {slice_}")
            pdf.set_font(F, "B", 7.5)
            centre(pdf, x, ty + 21, f"ganze Torte {cake}")
            truth.products.append(product(name, [code], [slice_, cake], page, sizes=[diameter]))
        pdf.set_font(F, "", 7.5)
        grey(pdf, 70)
        note = (
            "Lieferung im Stadtgebiet 9,50 €, ab 3 ganzen Torten frei. Beschriftung mit Namen "
            "oder Glückwunsch 4,00 €. Alle Preise inkl. MwSt.; Allergenliste an der Theke."
        )
        lines(pdf, 60, pdf.h - 70, pdf.w - 120, note, 10)
        black(pdf)
        folio(pdf, F, "Konditorei Brandl GmbH · brandl-passau.de", f"Seite {page} von 2", 40)
    return pdf


L_CODES = ("0001101", "0011001", "0010011", "0111101", "0100011")
L_CODES += ("0110001", "0101111", "0111011", "0110111", "0001011")
G_CODES = tuple("".join("1" if c == "0" else "0" for c in code)[::-1] for code in L_CODES)
R_CODES = tuple("".join("1" if c == "0" else "0" for c in code) for code in L_CODES)
PARITY = ("LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL", "LGLGLG")
PARITY += ("LGLGGL", "LGGLGL")


def barcode(pdf: FPDF, x: float, y: float, digits: str, module: float = 0.9) -> None:
    """An EAN-13 barcode drawn as bars (guards longer), its digits printed under it."""
    parity = PARITY[int(digits[0])]
    bits = "101"
    for k, d in enumerate(digits[1:7]):
        bits += (L_CODES if parity[k] == "L" else G_CODES)[int(d)]
    bits += "01010"
    for d in digits[7:]:
        bits += R_CODES[int(d)]
    bits += "101"
    guards = {0, 1, 2, 45, 46, 47, 48, 49, 92, 93, 94}
    fill(pdf, (0, 0, 0))
    for k, bit in enumerate(bits):
        if bit == "1":
            height = 36 if k in guards else 32
            pdf.rect(x + 8 + k * module, y, module, height, style="F")
    pdf.set_font(H, "", 6.5)
    pdf.text(x, y + 40, digits[0])
    pdf.text(x + 8 + 6 * module, y + 40, digits[1:7])
    pdf.text(x + 8 + 52 * module, y + 40, digits[7:])


SWEETS = (  # per page: groups (band, rows (name, case, case price, rrp))
    (
        (
            "Chocolate bars",
            (
                ("Hollins Milk Chocolate Bar", "Case 24 × 45 g", 13.68, 0.85),
                ("Hollins Dark 70% Bar", "Case 24 × 45 g", 15.12, 0.95),
                ("Caramel Crunch Bar", "Case 36 × 40 g", 18.72, 0.80),
                ("Peanut Nougat Bar", "Case 32 × 52 g", 17.60, 0.85),
                ("Orange Crisp Bar", "Case 24 × 41 g", 12.96, 0.80),
            ),
        ),
        (
            "Sharing bags",
            (
                ("Chocolate Buttons Sharing Bag", "Case 12 × 150 g", 14.40, 1.99),
                ("Fruit Jellies Sharing Bag", "Case 12 × 175 g", 12.60, 1.75),
                ("Fizzy Cola Bottles Bag", "Case 12 × 160 g", 11.88, 1.65),
                ("Honeycomb Bites Bag", "Case 10 × 130 g", 12.50, 2.00),
                ("Toffee Eclairs Bag", "Case 12 × 140 g", 11.40, 1.60),
            ),
        ),
    ),
    (
        (
            "Mints & gum",
            (
                ("Extra Strong Mints Roll", "Case 48 × 25 g", 16.32, 0.55),
                ("Spearmint Gum 10 Pieces", "Case 30 × 14 g", 10.80, 0.60),
                ("Sugar Free Mint Tin", "Case 12 × 35 g", 11.16, 1.49),
                ("Liquorice Pellets Tin", "Case 12 × 40 g", 11.76, 1.55),
            ),
        ),
        (
            "Boxes & gifts",
            (
                ("Hollins Assortment Box", "Case 6 × 350 g", 27.90, 7.00),
                ("Sea Salt Caramels Gift Box", "Case 6 × 200 g", 22.50, 5.50),
                ("Mint Creams Box", "Case 8 × 200 g", 19.60, 3.50),
                ("Fudge Selection Box", "Case 8 × 250 g", 24.00, 4.25),
                ("Chocolate Coins Net", "Case 24 × 60 g", 21.60, 1.25),
            ),
        ),
    ),
)


def barcodes(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Hollins Confectionery - Trade order guide", A4)
    serial = words.rng.randrange(20300, 20400)
    for page, groups in enumerate(SWEETS, start=1):
        pdf.add_page()
        pdf.set_font(H, "B", 16)
        pdf.set_text_color(110, 30, 90)
        pdf.text(40, 46, "Hollins Confectionery")
        black(pdf)
        pdf.set_font(H, "", 8.5)
        pdf.text(
            40, 61, "Trade order guide  ·  scan the barcode with the rep app or quote the item"
        )
        right(pdf, pdf.w - 40, 46, "Spring 2027")
        right(pdf, pdf.w - 40, 61, "Prices per case ex VAT")
        rule(pdf, 70, 120, 40, pdf.w - 40)
        y = 88
        for group, rows in groups:
            band(pdf, 40, y, pdf.w - 80, 16, 225)
            pdf.set_font(H, "B", 9)
            pdf.text(46, y + 11.5, group.upper())
            y += 24
            for name, case, price, rrp in rows:
                code = ean(words, "50")
                item = f"MC-{serial}"
                serial += words.rng.randrange(3, 17)
                barcode(pdf, 44, y + 2, code)
                pdf.set_font(H, "B", 10)
                pdf.text(160, y + 13, name)
                pdf.set_font(H, "", 8)
                pdf.text(160, y + 26, case)
                grey(pdf, 80)
                pdf.text(160, y + 38, f"Item {item}   EAN {code}")
                black(pdf)
                shown, retail = pounds(price), pounds(rrp)
                profit = round(100 * (1 - price / case_units(case) / (rrp / 1.2)))
                pdf.set_font(H, "B", 12)
                right(pdf, pdf.w - 44, y + 15, shown)
                pdf.set_font(H, "", 7.5)
                right(pdf, pdf.w - 44, y + 28, f"RRP {retail}")
                grey(pdf, 80)
                right(pdf, pdf.w - 44, y + 39, f"POR {profit}%")
                black(pdf)
                pdf.set_draw_color(120, 120, 120)
                pdf.rect(380, y + 8, 36, 18)
                pdf.set_font(H, "", 6)
                pdf.text(380, y + 33, "cases")
                rule(pdf, y + 48, 215, 40, pdf.w - 40)
                truth.products.append(
                    product(
                        name,
                        [item, code],
                        [shown, retail],
                        page,
                        sizes=[case.removeprefix("Case ")],
                    )
                )
                y += 54
            y += 8
        pdf.set_font(H, "", 7.5)
        grey(pdf, 80)
        note = (
            "Minimum order 10 cases, delivered free; smaller orders carry a £9.50 delivery "
            "charge. POR = profit on return at RRP, VAT at 20%."
        )
        lines(pdf, 40, pdf.h - 50, pdf.w - 80, note, 10)
        black(pdf)
        folio(pdf, H, "Hollins Confectionery Ltd  ·  Order line 01924 555 204", f"{page} / 2", 40)
    return pdf


def case_units(case: str) -> int:
    return int(case.split()[1])


NEWS = (  # per page: blocks ("article", headline, text) or ("product", name, copy, code, £, €)
    (
        (
            "article",
            "Decking season starts early",
            "With the mild spring the yard has been busy "
            "since February. Our timber shed is full of pressure-treated boards, and Gerry in the "
            "yard will cut joists to length while you wait, as he has for twenty years.",
        ),
        (
            "product",
            "Grooved Decking Board 3.6 m",
            "Pressure treated softwood, 28 × 144 mm, reversible.",
            "40-2211",
            11.49,
            13.60,
        ),
        (
            "product",
            "Decking Screws Box of 500",
            "Green coated, 4.5 × 60 mm, with a free bit.",
            "40-2230",
            24.99,
            29.50,
        ),
        (
            "article",
            "New opening hours",
            "From April the counter opens at 7 am on weekdays "
            "for trade customers, and the yard stays open until 1 pm on Saturdays. Sunday "
            "collection can be arranged for larger orders.",
        ),
        (
            "product",
            "Cordless Combi Drill 18V Kit",
            "Two 2.0 Ah batteries, charger and case.",
            "51-1180",
            89.99,
            106.50,
        ),
        (
            "article",
            "Meet the team",
            "Siobhan joins us from a kitchen fitter in Dundalk and "
            "will look after our new kitchen and bathroom showroom upstairs. Drop in for a "
            "coffee and a chat about your plans.",
        ),
        (
            "product",
            "Exterior Wood Stain 5 L",
            "Water based, six colours, covers 40 m².",
            "62-3014",
            34.99,
            41.50,
        ),
        (
            "article",
            "Trade counter of the year",
            "The yard was named trade counter of the year for the north-east at the Builders "
            "Merchants awards in Belfast in March. Thank you to every customer who voted.",
        ),
        (
            "product",
            "Wet and Dry Vacuum 20 L",
            "1300 W, blower function, 4 m cable.",
            "75-2108",
            64.99,
            76.90,
        ),
    ),
    (
        (
            "product",
            "Galvanised Wheelbarrow 90 L",
            "Pneumatic tyre, tubular handles.",
            "70-1102",
            54.99,
            65.00,
        ),
        (
            "article",
            "Fencing advice day",
            "Saturday 12 April, 10 till 2: our supplier's "
            "rep will be in the yard to talk through post sizes, panels and gravel boards, with "
            "tea, coffee and a barbecue for all comers.",
        ),
        (
            "product",
            "Concrete Fence Post 2.4 m",
            "Slotted intermediate post for 1.8 m panels.",
            "41-0624",
            17.95,
            21.25,
        ),
        (
            "product",
            "Postcrete Bag 20 kg",
            "Sets in 10 minutes, no mixing needed.",
            "41-0710",
            7.49,
            8.85,
        ),
        (
            "article",
            "Paying in euro",
            "Customers from across the border are welcome to pay in "
            "euro at the counter: we use the day's rate, and prices in this paper are shown in "
            "both currencies at the rate of the day it went to print.",
        ),
        (
            "product",
            "Pressure Washer 1800 W",
            "130 bar, patio cleaner and 8 m hose included.",
            "75-2201",
            129.00,
            152.90,
        ),
        (
            "product",
            "Garden Hose Reel Set 30 m",
            "Wall-mounted reel with spray gun.",
            "75-2240",
            39.99,
            47.40,
        ),
        (
            "article",
            "Skip hire and deliveries",
            "Our own lorry delivers within 20 miles, free on orders over £150. Skips from "
            "4 to 8 yards can be booked at the counter, from £220 a week including the permit "
            "where one is needed.",
        ),
    ),
)


def euro_dot(value: float) -> str:
    return f"€{value:,.2f}"


def newsflyer(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("The Yard Gazette - McCartan Building Supplies", A4)
    xs = (40, 223, 406)
    width = 150
    for page, blocks in enumerate(NEWS, start=1):
        pdf.add_page()
        pdf.set_font(T, "B", 34)
        centre(pdf, pdf.w / 2, 62, "The Yard Gazette")
        pdf.set_line_width(1.2)
        pdf.set_draw_color(0, 0, 0)
        pdf.line(40, 74, pdf.w - 40, 74)
        pdf.set_line_width(0.3)
        pdf.line(40, 77, pdf.w - 40, 77)
        pdf.set_font(T, "", 8.5)
        pdf.text(40, 88, f"No. 27  ·  Spring 2027  ·  Page {page}")
        centre(pdf, pdf.w / 2, 88, "McCartan Building Supplies, Newry")
        right(pdf, pdf.w - 40, 88, "FREE  ·  £ and € welcome")
        pdf.line(40, 94, pdf.w - 40, 94)
        pdf.set_draw_color(160, 160, 160)
        for x in xs[1:]:
            pdf.line(
                x - 16, 288 if page == 1 else 104, x - 16, pdf.h - 50 if page == 1 else pdf.h - 205
            )
        column, y = 0, 112.0
        if page == 1:  # the front page's lead story runs across all three columns
            pdf.set_font(T, "B", 22)
            pdf.text(40, 124, "Yard celebrates forty years on the Warrenpoint Road")
            pdf.image(photo(27390, (400, 120)), x=40, y=134, w=pdf.w - 80, h=124)
            pdf.set_font(T, "I", 8.5)
            grey(pdf, 80)
            pdf.text(
                40, 270, "The yard in 1987 and today: three generations of the McCartan family."
            )
            black(pdf)
            pdf.set_draw_color(0, 0, 0)
            pdf.line(40, 280, pdf.w - 40, 280)
            y = 292.0
        top_y = y
        bottom = pdf.h - 60 if page == 1 else pdf.h - 215
        for block in blocks:
            need = 150 if block[0] == "product" else 130
            if y + need > bottom and column < 2:
                column, y = column + 1, top_y
            x = xs[column]
            if block[0] == "article":
                _, headline, text = block
                pdf.set_font(T, "B", 13)
                y = lines(pdf, x, y + 8, width, headline, 14)
                pdf.set_font(T, "", 9)
                y = lines(pdf, x, y + 2, width, text, 11) + 12
                continue
            _, name, copy, code, sterling, euro = block
            top = y
            pdf.image(
                photo(27300 + page * 10 + len(truth.products), (150, 90)),
                x=x + 6,
                y=top + 6,
                w=width - 12,
                h=62,
            )
            pdf.set_font(H, "B", 10)
            ty = lines(pdf, x + 6, top + 82, width - 12, name, 11.5)
            pdf.set_font(T, "I", 8.5)
            ty = lines(pdf, x + 6, ty, width - 12, copy, 10)
            pdf.set_font(H, "", 7.5)
            pdf.text(x + 6, ty + 2, f"Code {code}")
            shown = [pounds(sterling), euro_dot(euro)]
            pdf.set_font(H, "B", 13)
            pdf.set_text_color(190, 20, 30)
            pdf.text(x + 6, ty + 20, f"{shown[0]} / {shown[1]}")
            black(pdf)
            pdf.set_draw_color(0, 0, 0)
            pdf.rect(x, top, width, ty + 28 - top)
            y = ty + 42
            truth.products.append(product(name, [code], shown, page))
        if page == 2:
            top = pdf.h - 200
            pdf.set_draw_color(0, 0, 0)
            pdf.set_dash_pattern(dash=4, gap=3)
            pdf.rect(40, top, pdf.w - 80, 130)
            pdf.set_dash_pattern()
            pdf.set_font(H, "", 7)
            pdf.text(44, top - 4, "- - cut here - -")
            pdf.set_font(T, "B", 30)
            pdf.text(60, top + 56, "£5 off / €6 off")
            pdf.set_font(T, "", 10)
            lines(
                pdf,
                60,
                top + 80,
                300,
                "when you spend £50 / €60 or more in one visit. One coupon per customer, not "
                "with trade accounts. Valid until 31 May 2027.",
                12,
            )
            pdf.set_font(H, "B", 11)
            right(pdf, pdf.w - 60, top + 56, "Voucher SPRING5")
            pdf.set_font(H, "", 8)
            right(pdf, pdf.w - 60, top + 72, "Hand this in at the counter")
        folio(
            pdf,
            H,
            "McCartan Building Supplies  ·  Warrenpoint Road, Newry  ·  028 3055 0188",
            "",
            40,
        )
    return pdf


MONTHS = "JFMAMJJASOND"
PLUGS = (  # per page: crops (crop, rows (variety, first month, last month, price 12, price 24))
    (
        (
            "Tomato",
            (
                ("'Gardener's Delight'", 3, 5, 6.95, 11.95),
                ("'Sungold' F1", 3, 5, 8.45, 14.50),
                ("'Shirley' F1", 3, 4, 7.95, 13.50),
                ("'Black Krim'", 4, 5, 8.45, None),
                ("'San Marzano'", 3, 5, 7.45, 12.95),
            ),
        ),
        (
            "Courgette",
            (("'Defender' F1", 4, 6, 7.95, 13.95), ("'Romanesco'", 4, 6, 7.95, None)),
        ),
        (
            "Cucumber",
            (("'Marketmore'", 4, 5, 7.45, 12.95), ("'Passandra' F1", 4, 5, 9.45, None)),
        ),
        (
            "Sweet pepper",
            (("'California Wonder'", 3, 5, 7.95, 13.50), ("'Sweet Palermo'", 3, 5, 8.45, 14.50)),
        ),
    ),
    (
        (
            "Lettuce",
            (
                ("'Little Gem'", 2, 9, 4.95, 8.45),
                ("'Lollo Rosso'", 3, 9, 4.95, 8.45),
                ("'Cos Lobjoits'", 3, 8, 4.95, 8.45),
            ),
        ),
        (
            "Brassica",
            (
                ("Kale 'Nero di Toscana'", 5, 8, 5.95, 9.95),
                ("Cabbage 'January King'", 5, 7, 5.95, 9.95),
                ("Broccoli 'Claret' F1", 5, 7, 6.45, 10.95),
                ("Brussels sprout 'Trafalgar' F1", 4, 6, 6.95, None),
            ),
        ),
        (
            "Leek",
            (("'Musselburgh'", 5, 7, 4.95, 8.45), ("'Bandit'", 5, 7, 5.45, 9.25)),
        ),
        (
            "Herbs",
            (
                ("Basil 'Sweet Genovese'", 4, 7, 5.45, None),
                ("Parsley 'Giant of Italy'", 3, 8, 4.95, 8.45),
            ),
        ),
    ),
)


def monthbars(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Thornfield Nurseries - Vegetable plug plants 2027", A4_LANDSCAPE)
    start = words.rng.randrange(300, 400)
    month_x, month_w = 330, 26
    for page, crops in enumerate(PLUGS, start=1):
        pdf.add_page()
        fill(pdf, (50, 100, 40))
        pdf.rect(0, 0, pdf.w, 50, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(H, "B", 16)
        pdf.text(40, 32, "Thornfield Nurseries")
        pdf.set_font(H, "", 9)
        pdf.text(230, 32, "Vegetable plug plants  ·  despatch calendar and prices 2027")
        right(pdf, pdf.w - 40, 32, "thornfieldplants.co.uk")
        black(pdf)
        y = 80
        band(pdf, 36, y - 12, pdf.w - 72, 18, 225)
        pdf.set_font(H, "B", 8)
        pdf.text(40, y, "Variety")
        pdf.text(250, y, "Code")
        for m, letter in enumerate(MONTHS):
            centre(pdf, month_x + m * month_w + month_w / 2, y, letter)
        right(pdf, 720, y, "12 plugs")
        right(pdf, 790, y, "24 plugs")
        for crop, rows in crops:
            y += 22
            pdf.set_font(H, "B", 9.5)
            pdf.set_text_color(50, 100, 40)
            pdf.text(40, y, crop)
            black(pdf)
            for variety, first, last, p12, p24 in rows:
                y += 17
                name = variety if not variety.startswith("'") else f"{crop} {variety}"
                code = f"VP{start}"
                start += words.rng.randrange(2, 9)
                pdf.set_font(H, "", 8.5)
                pdf.text(52, y, name)
                pdf.text(250, y, code)
                pdf.set_draw_color(225, 225, 225)
                for m in range(13):
                    pdf.line(month_x + m * month_w, y - 10, month_x + m * month_w, y + 4)
                fill(pdf, (90, 160, 60))
                pdf.rect(
                    month_x + (first - 1) * month_w + 2,
                    y - 7,
                    (last - first + 1) * month_w - 4,
                    8,
                    style="F",
                )
                fill(pdf, (200, 225, 180))
                pdf.rect(month_x + (first - 2) * month_w + 2, y - 7, month_w - 4, 8, style="F")
                prices = [pounds(p12)]
                sizes = ["12 plugs"]
                right(pdf, 720, y, prices[0])
                if p24 is None:
                    right(pdf, 790, y, "—")
                else:
                    prices.append(pounds(p24))
                    sizes.append("24 plugs")
                    right(pdf, 790, y, prices[1])
                rule(pdf, y + 5, 230, 48, 800)
                truth.products.append(product(name, [code], prices, page, sizes=sizes))
        y += 34
        fill(pdf, (90, 160, 60))
        pdf.rect(40, y - 7, 26, 8, style="F")
        pdf.set_font(H, "", 8)
        pdf.text(72, y, "despatched in these months")
        fill(pdf, (200, 225, 180))
        pdf.rect(210, y - 7, 26, 8, style="F")
        pdf.text(242, y, "pre-order: orders taken, despatch the month after")
        pdf.text(
            40,
            y + 16,
            "Postage £5.95 per order, free over £40. Plugs arrive in a 5 cm cell ready to pot on.",
        )
        folio(pdf, H, "Thornfield Nurseries  ·  Evesham WR11 8RL", f"{page}/2", 40)
    return pdf


CHOCOLATS = (  # per page: section, entries (name, code, weight, CHF, EUR)
    (
        "Tablettes",
        (
            ("Lait alpin 38 %", "CT-210", "100 g", 7.90, 8.30),
            ("Noir Équateur 72 %", "CT-214", "100 g", 8.90, 9.40),
            ("Lait noisettes entières", "CT-219", "150 g", 10.50, 11.00),
            ("Blanc vanille de Madagascar", "CT-223", "100 g", 7.90, 8.30),
            ("Noir fleur de sel", "CT-228", "100 g", 8.50, 8.90),
        ),
    ),
    (
        "Pralinés & truffes",
        (
            ("Truffes au champagne", "CP-310", "125 g", 16.50, 17.30),
            ("Pralinés assortis", "CP-315", "250 g", 29.00, 30.50),
            ("Pavés de Genève", "CP-321", "180 g", 18.90, 19.80),
            ("Amandes caramélisées au cacao", "CP-326", "200 g", 14.50, 15.20),
            ("Orangettes", "CP-332", "150 g", 15.90, 16.70),
        ),
    ),
    (
        "Coffrets",
        (
            ("Coffret Découverte 16 pièces", "CC-410", "190 g", 34.00, 35.70),
            ("Coffret Grand Cru 30 pièces", "CC-415", "360 g", 62.00, 65.10),
            ("Boîte Mont-Blanc", "CC-421", "250 g", 39.50, 41.50),
            ("Ballotin du Léman", "CC-427", "500 g", 72.00, 75.60),
        ),
    ),
)


def chf(value: float) -> str:
    return f"CHF {value:.2f}"


def euro_fr(value: float) -> str:
    return "€ " + f"{value:.2f}".replace(".", ",")


def chocolaterie(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Maison Vuillemin - Chocolatier à Genève", DL)
    for page, (section, entries) in enumerate(CHOCOLATS, start=1):
        pdf.add_page()
        fill(pdf, (70, 40, 30))
        pdf.rect(0, 0, pdf.w, 70, style="F")
        pdf.set_text_color(230, 200, 150)
        pdf.set_font(T, "BI", 19)
        centre(pdf, pdf.w / 2, 34, "Maison Vuillemin")
        pdf.set_font(H, "", 7)
        centre(pdf, pdf.w / 2, 48, "Chocolatier à Genève depuis 1931")
        pdf.set_font(H, "B", 9)
        centre(pdf, pdf.w / 2, 62, section.upper())
        black(pdf)
        y = 84
        for k, (name, code, weight, franc, euro) in enumerate(entries):
            pdf.image(photo(27500 + page * 10 + k, (120, 100)), x=18, y=y, w=64, h=54)
            pdf.set_font(T, "B", 10.5)
            ty = lines(pdf, 92, y + 11, pdf.w - 110, name, 12)
            pdf.set_font(H, "", 7.5)
            grey(pdf, 90)
            pdf.text(92, ty + 1, f"Réf. {code}  ·  {weight}")
            black(pdf)
            prices = [chf(franc), euro_fr(euro)]
            pdf.set_font(H, "B", 10)
            pdf.set_text_color(120, 60, 40)
            pdf.text(92, ty + 18, prices[0])
            black(pdf)
            pdf.set_font(H, "", 8)
            pdf.text(92 + 60, ty + 18, prices[1])
            rule(pdf, y + 88, 215, 18, pdf.w - 18)
            truth.products.append(product(name, [code], prices, page, sizes=[weight]))
            y += 96
        if len(entries) < 5:
            pdf.set_font(H, "B", 8)
            pdf.text(18, y + 8, "Expédition")
            pdf.set_font(H, "", 7)
            note = (
                "Envoi réfrigéré en Suisse CHF 9.50, dans l'UE € 14,90. Gravure d'un message "
                "sur le couvercle CHF 6.00. Prix TTC; conversion en euros indicative."
            )
            lines(pdf, 18, y + 20, pdf.w - 36, note, 9)
        folio(pdf, H, "Rue du Rhône 48 · 1204 Genève", f"{page}/3", 18)
    return pdf


CASES = (  # per page: range, cases (name, code, w, d, h, litres, kg, now, was)
    (
        "Aero hardside",
        (
            ("Aero Underseat 45", "LG-4520", 45, 36, 20, 28, 2.1, 99.00, None),
            ("Aero Cabin 55", "LG-5520", 55, 40, 20, 36, 2.4, 129.00, 159.00),
            ("Aero Medium 68", "LG-6826", 68, 46, 26, 70, 3.5, 159.00, None),
            ("Aero Large 78", "LG-7830", 78, 52, 30, 105, 4.3, 189.00, 229.00),
        ),
    ),
    (
        "Trek softside",
        (
            ("Trek Cabin Duffel 55", "LG-5523", 55, 35, 23, 40, 1.9, 89.00, None),
            ("Trek Wheeled Duffel 70", "LG-7035", 70, 38, 35, 85, 3.2, 139.00, 169.00),
            ("Trek Expandable 75", "LG-7532", 75, 48, 32, 98, 3.9, 149.00, None),
            ("Trek Travel Backpack 40 L", "LG-4024", 53, 34, 24, 40, 1.4, 79.00, 95.00),
        ),
    ),
)


def luggage(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Voyager Luggage - The 2027 range", A4_LANDSCAPE)
    floor, scale = 360.0, 3.2  # pt per cm
    for page, (series, cases) in enumerate(CASES, start=1):
        pdf.add_page()
        pdf.set_font(H, "B", 22)
        pdf.text(40, 52, "VOYAGER")
        pdf.set_font(H, "", 10)
        pdf.text(160, 52, f"The {series} range  ·  shown to scale")
        right(pdf, pdf.w - 40, 52, "10-year guarantee on every case")
        rule(pdf, 62, 150, 40, pdf.w - 40)
        # a height ruler in cm at the left
        pdf.set_draw_color(90, 90, 90)
        pdf.line(70, floor, 70, floor - 80 * scale)
        pdf.set_font(H, "", 6.5)
        for cm in range(0, 81, 10):
            ty = floor - cm * scale
            pdf.line(64, ty, 70, ty)
            right(pdf, 62, ty + 2, f"{cm}")
        pdf.text(50, floor - 80 * scale - 8, "cm")
        pdf.set_draw_color(60, 60, 60)
        pdf.set_line_width(1)
        pdf.line(40, floor, pdf.w - 40, floor)
        pdf.set_line_width(0.2)
        for k, (name, code, w, d, h, litres, kg, now, was) in enumerate(cases):
            cx = 175 + k * 180
            bw, bh = d * scale, w * scale  # seen from the front: height w, width d
            x, top = cx - bw / 2, floor - bh - 6
            shade = 40 + 40 * k
            fill(pdf, (shade, 70 + 20 * page, 110))
            pdf.set_draw_color(30, 30, 30)
            pdf.rect(x, top, bw, bh, style="DF", round_corners=True, corner_radius=8)
            for rib in range(1, 4):
                pdf.line(x + 6, top + rib * bh / 4, x + bw - 6, top + rib * bh / 4)
            fill(pdf, (30, 30, 30))
            pdf.rect(cx - 14, top - 10, 28, 10, style="D")
            pdf.ellipse(x + 6, floor - 7, 7, 7, style="F")
            pdf.ellipse(x + bw - 13, floor - 7, 7, 7, style="F")
            size = f"{w} × {d} × {h} cm"
            pdf.set_font(H, "B", 10.5)
            centre(pdf, cx, floor + 24, name)
            pdf.set_font(H, "", 7.5)
            grey(pdf, 80)
            centre(pdf, cx, floor + 38, f"Code {code}")
            centre(pdf, cx, floor + 50, f"{size}  ·  {litres} L  ·  {kg} kg")
            black(pdf)
            prices = [pounds(now)]
            pdf.set_font(H, "B", 14)
            centre(pdf, cx, floor + 72, prices[0])
            if was is not None:
                prices.append(pounds(was))
                pdf.set_font(H, "", 8)
                grey(pdf, 100)
                label = f"was {prices[1]}"
                strike(pdf, cx - pdf.get_string_width(label) / 2, floor + 86, label)
                black(pdf)
            truth.products.append(product(name, [code], prices, page, sizes=[size]))
        band(pdf, 40, pdf.h - 110, pdf.w - 80, 54, 240)
        pdf.set_font(H, "B", 8.5)
        pdf.text(52, pdf.h - 92, "Will it fit in the cabin?")
        pdf.set_font(H, "", 8)
        note = (
            "Most airlines allow 55 × 40 × 20 cm as cabin baggage and 40 × 30 × 20 cm under the "
            "seat; check yours before you fly. Personalised luggage tags £6.50 (a service, "
            "made to order). Delivery free over £75."
        )
        lines(pdf, 52, pdf.h - 78, pdf.w - 110, note, 10)
        folio(pdf, H, "Voyager Luggage Ltd  ·  voyagerluggage.co.uk", f"{page} of 2", 40)
    return pdf


# === non-catalogs ==============================================================================

PACKED = (  # carton, sku, description, qty, net kg, gross kg, dimensions, unit value
    (
        "1-4",
        "HT-18-CD",
        "Cordless combi drill 18V, bare unit",
        40,
        1.6,
        2.0,
        "60 × 40 × 35 cm",
        38.50,
    ),
    ("5-6", "HT-18-BAT4", "Battery pack 18V 4.0 Ah", 60, 0.7, 0.8, "40 × 30 × 25 cm", 21.00),
    ("7", "HT-18-CHG", "Fast charger 18V, UK plug", 30, 0.5, 0.6, "40 × 30 × 25 cm", 12.75),
    ("8-10", "HT-JS-650", "Jigsaw 650 W with case", 36, 2.3, 2.9, "60 × 40 × 40 cm", 27.40),
    ("11-12", "HT-AG-115", "Angle grinder 115 mm 750 W", 40, 1.9, 2.2, "50 × 40 × 30 cm", 18.90),
    ("13", "HT-BS-5", "Jigsaw blade assortment, 5 pcs", 400, 0.04, 0.05, "40 × 30 × 20 cm", 1.10),
    ("14-15", "HT-SDS-800", "SDS plus hammer drill 800 W", 20, 3.1, 3.8, "60 × 40 × 40 cm", 46.00),
    ("16", "HT-LV-60", "Spirit level 600 mm, aluminium", 50, 0.4, 0.5, "70 × 30 × 25 cm", 4.20),
    (
        "17-18",
        "HT-TB-19",
        "Toolbox 19 inch with organiser lid",
        48,
        1.2,
        1.4,
        "50 × 50 × 60 cm",
        6.80,
    ),
    ("19", "HT-GL-L", "Work gloves, size L, 12 pairs", 25, 0.9, 1.0, "60 × 40 × 30 cm", 9.60),
)


def dollars(value: float) -> str:
    return f"USD {value:,.2f}"


def packing(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Packing list PL-27-0418", A4)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font(H, "B", 18)
        pdf.text(40, 50, "PACKING LIST")
        pdf.set_font(H, "", 8.5)
        right(pdf, pdf.w - 40, 40, "No. PL-27-0418")
        right(pdf, pdf.w - 40, 52, "Commercial invoice CI-27-0418  ·  14 April 2027")
        right(pdf, pdf.w - 40, 64, f"Page {page} of 2")
        rule(pdf, 74, 120, 40, pdf.w - 40)
        if page == 1:
            boxes = (
                (
                    "Shipper",
                    (
                        "Ningbo Hengtai Tools Co., Ltd",
                        "88 Jiangnan Road, Beilun",
                        "Ningbo 315800, China",
                    ),
                ),
                ("Consignee", ("Hexley Tools Ltd", "Unit 4, Tame Valley", "Tamworth B77 5DY, UK")),
                (
                    "Shipment",
                    (
                        "FCL 1 × 20' GP, container TGHU 418 207 3",
                        "Port of loading Ningbo",
                        "Port of discharge Felixstowe",
                    ),
                ),
            )
            for k, (title, text) in enumerate(boxes):
                x = 40 + k * 176
                pdf.set_draw_color(150, 150, 150)
                pdf.rect(x, 86, 168, 62)
                pdf.set_font(H, "B", 8)
                pdf.text(x + 6, 98, title)
                pdf.set_font(H, "", 7.5)
                for n, line in enumerate(text):
                    pdf.text(x + 6, 111 + n * 11, line)
            y = 176
            rows = PACKED[:6]
        else:
            y = 100
            rows = PACKED[6:]
        cols = (
            (42, "l"),
            (78, "l"),
            (144, "l"),
            (330, "r"),
            (370, "r"),
            (410, "r"),
            (420, "l"),
            (553, "r"),
        )
        band(pdf, 40, y - 11, pdf.w - 80, 26, 228)
        pdf.set_font(H, "B", 7)
        cells(
            pdf,
            y,
            cols,
            ["Cartons", "SKU", "Description", "Qty", "Net kg", "Gross kg", "Carton size", "Value"],
        )
        pdf.set_font(H, "", 6.5)
        pdf.text(330 - 20, y + 10, "pcs")
        right(pdf, 553, y + 10, "declared, USD")
        y += 14
        for carton, sku, text, qty, net, gross, size, unit in rows:
            y += 17
            pdf.set_font(H, "", 7.5)
            values = [carton, sku, text, f"{qty}", f"{net * qty:.1f}", f"{gross * qty:.1f}", size]
            cells(pdf, y, cols, [*values, dollars(unit * qty)])
            rule(pdf, y + 5, 220, 40, pdf.w - 40)
        if page == 2:
            total = sum(r[3] * r[7] for r in PACKED)
            net = sum(r[3] * r[4] for r in PACKED)
            gross = sum(r[3] * r[5] for r in PACKED)
            y += 24
            pdf.set_font(H, "B", 8.5)
            pdf.text(42, y, "Totals: 19 cartons")
            right(pdf, 370, y, f"{net:.1f}")
            right(pdf, 410, y, f"{gross:.1f}")
            right(pdf, 553, y, dollars(total))
            y += 30
            pdf.set_font(H, "", 8)
            notes = (
                "Marks and numbers: HEXLEY / TAMWORTH / C/NO. 1-19 / MADE IN CHINA. Goods packed "
                "in export cartons on 4 pallets, stretch-wrapped. Values are for customs purposes "
                "as per the commercial invoice; Incoterms FOB Ningbo.",
                "We certify that this packing list is true and correct and that the contents of "
                "the cartons agree with it.",
            )
            for text in notes:
                y = lines(pdf, 40, y, pdf.w - 80, text, 11) + 6
            y += 30
            pdf.line(40, y, 220, y)
            pdf.text(40, y + 11, "For Ningbo Hengtai Tools Co., Ltd  (stamp and signature)")
        folio(pdf, H, "Ningbo Hengtai Tools Co., Ltd  ·  export@hengtai-tools.cn", "", 40)
    return pdf


INDEX_ITEMS = (  # group, rows (item, unit, a year ago, last month, this month)
    (
        "Food",
        (
            ("White sliced bread", "800 g", 1.39, 1.45, 1.46),
            ("Semi-skimmed milk", "4 pints", 1.55, 1.62, 1.59),
            ("Free range eggs", "6", 2.15, 2.32, 2.35),
            ("Cheddar cheese, mild", "per kg", 8.20, 8.95, 9.05),
            ("Bananas, loose", "per kg", 0.88, 0.91, 0.92),
            ("Minced beef, 20% fat", "per kg", 7.10, 7.65, 7.72),
            ("Instant coffee", "200 g", 5.60, 6.45, 6.50),
            ("Baked beans", "400 g", 0.85, 0.92, 0.92),
        ),
    ),
    (
        "Household and personal",
        (
            ("Washing-up liquid", "450 ml", 1.10, 1.15, 1.15),
            ("Toilet rolls", "pack of 9", 4.60, 4.95, 4.85),
            ("Toothpaste", "100 ml", 2.30, 2.40, 2.45),
            ("Laundry detergent, non-bio", "1.4 kg", 7.50, 7.80, 7.95),
        ),
    ),
    (
        "Energy and transport",
        (
            ("Unleaded petrol", "per litre", 1.43, 1.38, 1.36),
            ("Diesel", "per litre", 1.51, 1.47, 1.45),
            ("Electricity, unit rate", "per kWh", 0.25, 0.24, 0.24),
        ),
    ),
)


def priceindex(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Consumer price bulletin - March 2027", A4)
    for page in (1, 2):
        pdf.add_page()
        fill(pdf, (30, 60, 110))
        pdf.rect(0, 0, pdf.w, 8, style="F")
        pdf.set_font(H, "B", 9)
        pdf.set_text_color(30, 60, 110)
        pdf.text(40, 36, "OFFICE FOR REGIONAL STATISTICS")
        black(pdf)
        pdf.set_font(H, "", 8)
        right(pdf, pdf.w - 40, 36, "Statistical bulletin  ·  released 16 April 2027")
        y = 70
        if page == 1:
            pdf.set_font(T, "B", 20)
            pdf.text(40, y, "Consumer prices, March 2027")
            pdf.set_font(H, "B", 9)
            y = 100
            for k, (figure, label) in enumerate(
                (
                    ("3.1%", "CPI, 12 months to March"),
                    ("3.4%", "February"),
                    ("0.2%", "change on the month"),
                )
            ):
                x = 40 + k * 175
                band(pdf, x, y - 14, 165, 54, 238)
                pdf.set_font(H, "B", 20)
                pdf.text(x + 10, y + 14, figure)
                pdf.set_font(H, "", 7.5)
                pdf.text(x + 10, y + 30, label)
            y += 70
            pdf.set_font(T, "", 10)
            texts = (
                "Annual consumer price inflation eased to 3.1% in March from 3.4% in February. "
                "Falling motor fuel prices made the largest downward contribution, partly offset "
                "by food, where prices of dairy products and coffee continued to rise.",
                "The average prices below are collected each month from around 120 shops across "
                "the region, large and small, in store and online. They show what a typical item "
                "cost, not what any one shop charges; they are not offers.",
            )
            for text in texts:
                y = lines(pdf, 40, y, pdf.w - 80, text, 13) + 8
            # a bar chart of the annual rates by group
            pdf.set_font(H, "B", 9)
            pdf.text(40, y + 14, "Figure 1: annual rate by group, March 2027 (%)")
            bars = (
                ("Food", 5.6),
                ("Household", 4.1),
                ("Clothing", 2.2),
                ("Transport", -1.8),
                ("Energy", -3.5),
                ("All items", 3.1),
            )
            zero = 220
            for k, (label, rate) in enumerate(bars):
                by = y + 32 + k * 20
                pdf.set_font(H, "", 8)
                pdf.text(40, by + 9, label)
                fill(pdf, (30, 60, 110) if rate >= 0 else (190, 90, 60))
                width = rate * 22
                pdf.rect(zero + min(0, width), by, abs(width), 12, style="F")
                pdf.text(zero + max(0, width) + 4, by + 9, f"{rate:+.1f}")
            pdf.set_draw_color(0, 0, 0)
            pdf.line(zero, y + 28, zero, y + 32 + 6 * 20)
            y += 32 + 6 * 20 + 30
            pdf.set_font(T, "B", 12)
            pdf.text(40, y, "What drove the change")
            pdf.set_font(T, "", 10)
            texts = (
                "Petrol fell by 2p a litre on the month to an average of £1.36, its lowest since "
                "the autumn of 2025; diesel fell to £1.45. Together they took 0.21 percentage "
                "points off the annual rate.",
                "Food prices rose 5.6% on the year. Instant coffee was up 16%, a 200 g jar now "
                "averaging £6.50, and free range eggs 9%. Bread and milk were broadly flat on "
                "the month. Household goods rose 4.1%, led by laundry products.",
                "Table 3 overleaf gives the average prices of the items in this month's "
                "spotlight basket. The full list of 700 items is published as a spreadsheet.",
            )
            y += 16
            for text in texts:
                y = lines(pdf, 40, y, pdf.w - 80, text, 13) + 8
        else:
            pdf.set_font(H, "B", 11)
            pdf.text(40, y, "Table 3: average prices of selected items (£)")
            y += 24
            cols = ((42, "l"), (230, "l"), (360, "r"), (430, "r"), (500, "r"), (553, "r"))
            band(pdf, 40, y - 11, pdf.w - 80, 16, 228)
            pdf.set_font(H, "B", 7.5)
            cells(pdf, y, cols, ["Item", "Unit", "Mar 2026", "Feb 2027", "Mar 2027", "12-month %"])
            for group, rows in INDEX_ITEMS:
                y += 18
                pdf.set_font(H, "B", 8.5)
                pdf.text(42, y, group)
                for item, unit, before, last, now in rows:
                    y += 15
                    pdf.set_font(H, "", 8.5)
                    change = f"{100 * (now / before - 1):+.1f}"
                    cells(
                        pdf,
                        y,
                        cols,
                        [item, unit, f"{before:.2f}", f"{last:.2f}", f"{now:.2f}", change],
                    )
                    rule(pdf, y + 4, 225, 40, pdf.w - 40)
            y += 28
            pdf.set_font(H, "", 8)
            note = (
                "Notes: prices include VAT and exclude multibuy and loyalty-card discounts. An "
                "item's sample may change from one year to the next; the 12-month change "
                "compares like with like. Next release: 14 May 2027. Enquiries: "
                "prices@ors-stats.gov.example."
            )
            lines(pdf, 40, y, pdf.w - 80, note, 11)
        folio(pdf, H, "Office for Regional Statistics  ·  Crown copyright 2027", f"{page}", 40)
    return pdf


COUNTED = (  # bin, sku, description, book, counted, unit cost
    ("A01-03", "PT-2210", "Emulsion paint, brilliant white 5 L", 24, 22, 11.40),
    ("A01-04", "PT-2214", "Emulsion paint, magnolia 5 L", 18, 18, 11.40),
    ("A02-01", "PT-3102", "Gloss paint, white 750 ml", 36, 33, 5.85),
    ("A02-06", "PT-3310", "Wood primer undercoat 2.5 L", 12, 13, 14.20),
    ("B04-02", "BR-0412", "Synthetic paint brush set, 5 pcs", 40, 37, 3.90),
    ("B04-05", "BR-0930", "Roller and tray set 9 inch", 22, 22, 4.75),
    ("B05-01", "FL-1120", "Filler, ready mixed 600 g", 30, 26, 2.95),
    ("C01-02", "TP-0048", "Masking tape 48 mm × 50 m", 60, 61, 1.65),
    ("C01-07", "DS-2500", "Dust sheet, cotton twill 12 × 9 ft", 15, 12, 7.30),
    ("C02-03", "SP-0180", "Sandpaper assorted, pack of 10", 45, 45, 1.80),
    ("C03-01", "SL-0310", "Decorator's caulk 310 ml", 48, 41, 1.45),
    ("C03-04", "SL-0325", "Sanitary silicone, white 310 ml", 32, 30, 3.10),
)


def stocktake(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Stock count variance report - Store 014", A4)
    cols = (
        (42, "l"),
        (90, "l"),
        (140, "l"),
        (360, "r"),
        (400, "r"),
        (440, "r"),
        (495, "r"),
        (553, "r"),
    )
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font(H, "B", 14)
        pdf.text(40, 46, "Stock count variance report")
        pdf.set_font(H, "", 8)
        pdf.text(
            40, 60, "Store 014  Harrogate  ·  Department: Decorating  ·  Count date 28/03/2027"
        )
        right(pdf, pdf.w - 40, 46, "Printed 29/03/2027 07:12")
        right(pdf, pdf.w - 40, 60, f"Page {page}/2")
        rule(pdf, 68, 120, 40, pdf.w - 40)
        y = 92
        band(pdf, 40, y - 11, pdf.w - 80, 16, 228)
        pdf.set_font(H, "B", 7)
        cells(
            pdf,
            y,
            cols,
            ["Bin", "SKU", "Description", "Book", "Count", "Var.", "Unit cost", "Var. value"],
        )
        rows = COUNTED[:7] if page == 1 else COUNTED[7:]
        for bin_, sku, text, book, counted, cost in rows:
            y += 16
            var = counted - book
            pdf.set_font(H, "", 7.5)
            values = [bin_, sku, text, f"{book}", f"{counted}", f"{var:+d}" if var else "0"]
            cells(pdf, y, cols, [*values, f"{cost:.2f}", f"{var * cost:+.2f}" if var else "0.00"])
            rule(pdf, y + 4, 225, 40, pdf.w - 40)
        y += 30
        if page == 1:
            pdf.set_font(H, "", 8)
            text = (
                "Book quantities are taken from the stock system at 18:00 on the count date, after "
                "the day's sales were posted. Recounts were made for every line with a variance "
                "of more than 5 units or £20; the counted figure shown is the recount."
            )
            lines(pdf, 40, y, pdf.w - 80, text, 11)
        else:
            loss = sum((c - b) * u for _, _, _, b, c, u in COUNTED)
            book_value = sum(b * u for _, _, _, b, _, u in COUNTED)
            pdf.set_font(H, "B", 9)
            pdf.text(42, y, "Net variance at cost")
            right(pdf, 553, y, f"{loss:+.2f}")
            pdf.set_font(H, "", 8.5)
            pdf.text(42, y + 15, "Book value of lines counted")
            right(pdf, 553, y + 15, f"{book_value:.2f}")
            pdf.text(42, y + 30, "Shrinkage rate")
            right(pdf, 553, y + 30, f"{100 * -loss / book_value:.2f}%")
            y += 66
            for k, role in enumerate(
                ("Counted by", "Checked by (store manager)", "Area loss prevention")
            ):
                pdf.line(40 + k * 175, y, 200 + k * 175, y)
                pdf.set_font(H, "", 7.5)
                pdf.text(40 + k * 175, y + 10, role)
        folio(pdf, H, "Internal  ·  not for distribution", "", 40)
    return pdf


def warranty(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Kelvair - Warranty registration", A4)
    for page in (1, 2):
        pdf.add_page()
        fill(pdf, (0, 120, 130))
        pdf.rect(0, 0, pdf.w, 64, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(H, "B", 20)
        pdf.text(40, 40, "kelvair")
        pdf.set_font(H, "", 9)
        right(pdf, pdf.w - 40, 36, "Warranty registration card")
        black(pdf)
        y = 100
        if page == 1:
            pdf.set_font(H, "B", 12)
            pdf.text(40, y, "Register within 28 days to activate your 3-year guarantee")
            y += 26
            fields = (
                ("Product", "Kelvair Pure 400 air purifier"),
                ("Model number", "KP-400-W"),
                ("Serial number", "KP4W 27 031 88412"),
                ("Date of purchase", "21 / 03 / 2027"),
                ("Price paid", "£189.99"),
                ("Bought from", "Harlow Home Electrical, Bristol"),
                ("Name", "Mr D. Okafor"),
                ("Address", "9 Severn Walk, Bristol BS3 4QR"),
                ("E-mail", "d.okafor@example.com"),
            )
            for label, value in fields:
                pdf.set_font(H, "", 8.5)
                pdf.text(40, y, label)
                pdf.set_draw_color(150, 150, 150)
                pdf.rect(160, y - 11, 300, 16)
                pdf.set_font("Courier", "", 10)
                pdf.text(166, y, value)
                y += 24
            y += 10
            pdf.set_font(H, "B", 10)
            pdf.text(40, y, "Which of these appliances do you already own?  (tick all that apply)")
            y += 18
            owned = (
                "Kelvair Pure 200 purifier",
                "Kelvair Dry 12 dehumidifier",
                "Kelvair Breeze tower fan",
                "Another brand's purifier",
                "A humidifier",
                "None of these",
            )
            for k, label in enumerate(owned):
                x = 40 + (k % 2) * 250
                ty = y + (k // 2) * 18
                pdf.rect(x, ty - 8, 9, 9)
                if k in (1, 4):
                    pdf.text(x + 1.5, ty, "X")
                pdf.set_font(H, "", 8.5)
                pdf.text(x + 16, ty, label)
            y += 70
            pdf.set_font(H, "", 8)
            text = (
                "Keep your receipt with this card: we will ask for proof of purchase if you need "
                "to claim. Replacement filters (KF-400, about every 12 months) are not covered by "
                "the guarantee."
            )
            lines(pdf, 40, y, pdf.w - 80, text, 11)
        else:
            pdf.set_font(H, "B", 12)
            pdf.text(40, y, "Terms of the guarantee")
            y += 22
            terms = (
                "1. The guarantee covers faults in materials and workmanship for three years "
                "from the date of purchase, for products bought new from an authorised retailer "
                "in the UK.",
                "2. We will repair the product or, at our option, replace it with the same or an "
                "equivalent model. Collection and return are free of charge.",
                "3. The guarantee does not cover filters, accidental damage, misuse or products "
                "used commercially. Your statutory rights are not affected.",
                "4. You may extend the guarantee to five years for £29.99 within the first year; "
                "call 0345 555 0400 or visit kelvair.co.uk/register.",
                "5. We use your details only to administer the guarantee and, if you ticked the "
                "box below, to send you product news. You can unsubscribe at any time.",
            )
            pdf.set_font(H, "", 9)
            for text in terms:
                y = lines(pdf, 40, y, pdf.w - 80, text, 12.5) + 8
            y += 10
            pdf.rect(40, y - 8, 9, 9)
            pdf.text(56, y, "Yes, send me news and offers by e-mail")
            y += 40
            pdf.line(40, y, 240, y)
            pdf.text(40, y + 12, "Signature")
            pdf.line(300, y, 440, y)
            pdf.text(300, y + 12, "Date")
            y += 50
            pdf.set_font(H, "B", 9)
            pdf.text(40, y, "Post free to: FREEPOST KELVAIR REGISTRATIONS")
        folio(pdf, H, "Kelvair Appliances Ltd  ·  Reading RG2 0TD", f"{page}/2", 40)
    return pdf


# === the batch =================================================================================

BLIND_27 = ("bladechart", "tortenrad", "barcodes", "newsflyer", "monthbars", "chocolaterie")
BLIND_27 += ("luggage",)
BLIND_27_NON_CATALOGS = ("packing", "priceindex", "stocktake", "warranty")
LAYOUTS_27 = BLIND_27 + BLIND_27_NON_CATALOGS
SCAN_DPI_27 = {"bladechart": 200, "tortenrad": 150, "barcodes": 250, "newsflyer": 200}
SCAN_DPI_27 |= {"monthbars": 200, "chocolaterie": 200, "luggage": 150}
SCAN_DPI_27 |= {"packing": 200, "priceindex": 150, "stocktake": 250, "warranty": 200}
LANGUAGE_27 = {"tortenrad": "de", "chocolaterie": "fr"}
LOCALES_27 = {"en": "en_GB", "de": "de_DE", "fr": "fr_CH"}
SEED_27 = 27000
MAKERS_27: dict[str, Callable[[Words, Truth], FPDF]] = {
    "bladechart": bladechart,
    "tortenrad": tortenrad,
    "barcodes": barcodes,
    "newsflyer": newsflyer,
    "monthbars": monthbars,
    "chocolaterie": chocolaterie,
    "luggage": luggage,
    "packing": packing,
    "priceindex": priceindex,
    "stocktake": stocktake,
    "warranty": warranty,
}

# registered beside the earlier batches, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["27"] = Batch(
    LAYOUTS_27, BLIND_27, MAKERS_27, SEED_27, LANGUAGE_27, LOCALES_27, SCAN_DPI_27
)
