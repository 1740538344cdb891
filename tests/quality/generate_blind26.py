"""Blind batch 26: catalogs of the kinds a PDF-ingestion service gets, in forms unlike every
earlier batch's, written WITHOUT the engine.

Bench figures, never test floors: only ``bench/quality.py --layouts blind26`` writes them, and the
batch is meant to be scored ONCE, at the end, as an honest estimate on catalogs nobody tuned on.
Nobody who wrote it read ``pdfqueue.engines`` or ``pdfqueue.pipeline``, nor ran the engine or
the bench on it; its forms are unlike every earlier batch's (1-25). Mostly English, one in
Dutch and one in Spanish.

What counts as a product is as in batches 21 to 25 (see generate_blind21's docstring): a thing
the document offers, once, on the page where it is presented (with its price), named as
printed; its codes, prices (printed order) and sizes as printed. Where a row prints only a
size under a family heading, the product is named family + size. Section tabs, legends,
headings, the text printed INSIDE a drawn sign, services, fees and notes are not products. Per
layout (files ``b26-<layout>``; seeds ``SEED_26`` + index):

- ``railtabs``: a catering-equipment supplier's catalogue (A4, 3 pages, a section a page) with
  a grey LEFT RAIL of thumbnails, each level with its entry in the main column (the bold name, a
  line of copy, "W 600 × D 700 × H 850 mm · 230 V · 2.8 kW", "Cat. no. BW-R1204" and the price
  "£1,245.00" with "ex VAT"), and THUMB-INDEX TABS down the right edge, their section names
  turned 90 degrees, the current one coloured. An entry is a product: code the Cat. no.; price;
  size the W × D × H dimensions.
- ``vervolg``: a Dutch fastener wholesaler's price list (A4, 2 pages, TWO COLUMNS): per family a
  bold heading ("Spaanplaatschroef platverzonken kop, Torx"), an italic material line and a
  small table Maat | Art.nr | Inhoud | € /doos; a family whose rows do not fit CONTINUES at the
  head of the next column (or page) under its heading again with "(vervolg)" and the table's
  header repeated. A row is a product named family + size ("Spaanplaatschroef platverzonken kop,
  Torx 4,0 × 30"); code the Art.nr; price the € /doos (no currency sign); size the Maat.
- ``uniform``: a primary school's UNIFORM ORDER FORM (A4, 2 pages): a drawn crest, fields to fill
  in, then ruled group tables Item | Code | Size (tick one): a row of small labelled BOXES ("3-4",
  "5-6", ... or "One size") | Price | Qty | £ (blank), a pre-loved uniform note, totals and
  payment boxes. A row is a product: code the Code; price; no sizes (the boxes are a choice, as
  batch 20's workwear size chips).
- ``honeycomb``: a spice merchant's range (A4, 2 pages) of HEXAGONAL tiles in a honeycomb (rows of
  five and four, offset): inside each hexagon the bold name (wrapping), its origin in italics,
  "SP-114", "50 g tin £4.20" and on most "100 g refill £6.80"; one hexagon a page holds the
  shop's mark or its ordering note (no product). A hexagon is a product: code; prices tin then
  refill; sizes the weights in the same order.
- ``cocinas``: a Spanish kitchen maker's PRICE BOOK of cabinet modules (A4 landscape, DejaVu,
  2 pages): a band per module group ("Muebles bajos"), up to six cells a row, each a DRAWN FRONT
  ELEVATION of the module (carcass, doors, drawers, handles, a width dimension line with "80"),
  the bold name "Bajo 2 puertas 80", "Ref. LN-B80-2P", "An. 80 × Al. 72 × Fo. 56 cm" and
  "412,00 €"; a finishes note and a fitting charge (a service). A cell is a product: code the
  Ref.; price; size the An. × Al. × Fo. line.
- ``leaderlines``: an outdoor shop's "kit list" pages (A4 landscape, 2 pages): a large photo in
  the middle and four labels on each side joined to DOTS on the photo by thin LEADER LINES, the
  left labels set flush right against their line: bold name, "Item 40-218 · 1.35 kg" and the
  price, on some "was £229.00" struck. A label is a product: code the Item; prices now then
  was; size the spec after the code (weight or capacity).
- ``signs``: a safety-sign maker's catalogue (A4, 2 pages, 3 × 3 cards): each card a DRAWN SIGN
  (warning triangle, prohibition ring, mandatory disc, fire and safe-condition panels) whose
  panel prints its own wording in capitals ("CAUTION WET FLOOR"), then under it the bold product
  name ("Wet floor warning sign"), "SS-W104 · 200 × 300 mm" and two ruled material lines,
  "Rigid PVC" with "£5.40" at the right and "Self-adhesive" with "£3.95". A card is a product
  named by the line under the sign (the sign's own wording is not the name); code; prices rigid
  then self-adhesive; size the format.

Non-catalogs (truth: no products): ``taxfree`` (a department store's tax-free export sales form:
the traveller's passport details, goods lines with quantities and prices including VAT, the VAT,
an administration fee, the refund and a customs stamp box), ``credit`` (a furniture retailer's
fixed-sum loan agreement: the goods financed with their codes and cash prices, delivery,
deposit, APR, monthly payments and a repayment schedule, signatures), ``compatibility`` (a
repair café's vacuum bag and filter finder: brands and model numbers against bag types and
filter codes, no prices, nothing sold), ``valuation`` (a jeweller's insurance valuation for one
client: numbered items with photos, long descriptions, weights, hallmarks and replacement
values, a total and the valuer's notes).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 26 [--scanned]
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
from generate_blind16 import dejavu_pdf
from generate_blind18 import lines
from generate_blind23 import band, folio, pounds

F = "DejaVu"
H = "Helvetica"
T = "Times"

Colour = tuple[int, int, int]


def euro_comma(value: float) -> str:
    """412.0 -> '412,00 €'; 1290.0 -> '1.290,00 €'."""
    return f"{value:,.2f}".replace(",", "§").replace(".", ",").replace("§", ".") + " €"


def comma(value: float) -> str:
    """8.45 -> '8,45'."""
    return f"{value:.2f}".replace(".", ",")


def hexagon(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    """A pointy-topped hexagon's corners around (cx, cy)."""
    return [
        (cx + r * math.cos(math.radians(a)), cy + r * math.sin(math.radians(a)))
        for a in (-90, -30, 30, 90, 150, 210)
    ]


# === catalogs ==================================================================================

CATERING = (  # per page: section, colour, entries (name, copy, size, electrics, price)
    (
        "Refrigeration",
        (0, 112, 160),
        (
            (
                "Upright Gastronorm Fridge 600 L",
                "Single door, stainless inside and out, takes GN 2/1 shelves; +1 to +4 °C.",
                "W 700 × D 830 × H 2010 mm",
                "230 V · 0.35 kW",
                1245.00,
            ),
            (
                "Two-Door Counter Fridge 280 L",
                "Prep counter with a 40 mm upstand; self-closing doors and auto defrost.",
                "W 1360 × D 700 × H 850 mm",
                "230 V · 0.30 kW",
                1389.00,
            ),
            (
                "Undercounter Freezer 130 L",
                "Fits under a 900 mm worktop; -18 to -22 °C, lockable door.",
                "W 600 × D 640 × H 820 mm",
                "230 V · 0.25 kW",
                689.00,
            ),
            (
                "Blast Chiller 5 x GN 1/1",
                "Chills 18 kg from +70 to +3 °C in 90 minutes; probe and HACCP log.",
                "W 790 × D 720 × H 850 mm",
                "230 V · 1.10 kW",
                3475.00,
            ),
            (
                "Chilled Saladette 3 x GN 1/3",
                "Lift-up lid over three GN pans and a single door cabinet below.",
                "W 900 × D 700 × H 1050 mm",
                "230 V · 0.28 kW",
                945.00,
            ),
        ),
    ),
    (
        "Cooking",
        (190, 80, 30),
        (
            (
                "Six-Burner Gas Range with Oven",
                "Cast iron pan supports, flame failure on every burner, GN 2/1 oven.",
                "W 900 × D 800 × H 900 mm",
                "Natural gas · 38 kW",
                2190.00,
            ),
            (
                "Twin Tank Electric Fryer 2 x 8 L",
                "Two independent tanks with cool zones and drain taps; four baskets.",
                "W 600 × D 600 × H 400 mm",
                "400 V · 2 x 6.0 kW",
                1129.00,
            ),
            (
                "Ribbed Griddle 600 mm",
                "12 mm steel plate, half ribbed, with a 3 litre fat drawer.",
                "W 600 × D 520 × H 280 mm",
                "230 V · 3.0 kW",
                599.00,
            ),
            (
                "Combination Oven 6 x GN 1/1",
                "Steam, convection and combi modes, core probe and automatic cleaning.",
                "W 850 × D 770 × H 780 mm",
                "400 V · 10.8 kW",
                6850.00,
            ),
            (
                "Salamander Grill 800 mm",
                "Wall-mounted, two heat zones, removable grid and crumb tray.",
                "W 800 × D 480 × H 500 mm",
                "400 V · 4.0 kW",
                875.00,
            ),
        ),
    ),
    (
        "Warewashing",
        (60, 130, 70),
        (
            (
                "Undercounter Glasswasher 400",
                "Two-minute cycle, built-in rinse aid pump and drain pump.",
                "W 460 × D 510 × H 700 mm",
                "230 V · 2.8 kW",
                1095.00,
            ),
            (
                "Undercounter Dishwasher 500",
                "Takes 500 x 500 mm baskets and plates up to 330 mm.",
                "W 600 × D 600 × H 820 mm",
                "230 V · 3.4 kW",
                1495.00,
            ),
            (
                "Pass-Through Dishwasher 500",
                "Hood type, 60 racks an hour, break tank and rinse booster.",
                "W 720 × D 760 × H 1500 mm",
                "400 V · 9.7 kW",
                3890.00,
            ),
            (
                "Pre-Rinse Spray Unit",
                "Deck-mounted mixer with a spring riser and a 3 l/min spray head.",
                "W 250 × D 300 × H 1100 mm",
                "Water only",
                289.00,
            ),
            (
                "Water Softener 12 L",
                "Manual regeneration with salt; protects machines in hard-water areas.",
                "W 200 × D 200 × H 520 mm",
                "No power",
                249.00,
            ),
        ),
    ),
)


def thumb_tabs(pdf: FPDF, current: int) -> None:
    """Thumb-index tabs down the right edge, each section name turned 90 degrees."""
    for k, (section, colour, _) in enumerate(CATERING):
        top = 150 + k * 132
        fill(pdf, colour if k == current else (225, 225, 225))
        pdf.rect(pdf.w - 34, top, 34, 124, style="F")
        if k == current:
            pdf.set_text_color(255, 255, 255)
        else:
            grey(pdf, 110)
        pdf.set_font(H, "B", 9)
        width = pdf.get_string_width(section.upper())
        with pdf.rotation(90, pdf.w - 14, top + 62 + width / 2):
            pdf.text(pdf.w - 14, top + 62 + width / 2, section.upper())
    black(pdf)


def railtabs(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Brakewell Catering Equipment - Catalogue 2027", A4)
    codes = sorted(words.rng.sample(range(1100, 1999), 15))
    serial = 0
    for page, (section, colour, entries) in enumerate(CATERING, start=1):
        pdf.add_page()
        band(pdf, 0, 0, 112, pdf.h, 238)
        pdf.set_font(H, "B", 13)
        pdf.set_text_color(*colour)
        pdf.text(128, 46, "BRAKEWELL")
        grey(pdf, 90)
        pdf.set_font(H, "", 8)
        pdf.text(128, 58, "Catering Equipment  ·  Trade catalogue 2027")
        right(pdf, pdf.w - 48, 46, "Sales 0114 555 0190")
        right(pdf, pdf.w - 48, 58, "brakewell.co.uk")
        pdf.set_font(H, "B", 18)
        pdf.set_text_color(*colour)
        pdf.text(128, 100, section)
        black(pdf)
        pdf.set_font(H, "B", 7)
        grey(pdf, 100)
        centre(pdf, 56, 100, "IN THIS SECTION")
        rule(pdf, 108, 190, 128, pdf.w - 48)
        thumb_tabs(pdf, page - 1)
        letter = section[0]
        for slot, (name, copy, size, power, price) in enumerate(entries):
            top = 124 + slot * 128
            pdf.image(photo(26000 + page * 10 + slot, (160, 120)), x=16, y=top, w=80, h=60)
            pdf.set_font(H, "", 6.5)
            grey(pdf, 90)
            centre(pdf, 56, top + 70, f"{page}.{slot + 1}")
            code = f"BW-{letter}{codes[serial]}"
            serial += 1
            black(pdf)
            pdf.set_font(H, "B", 11.5)
            pdf.text(128, top + 12, name)
            pdf.set_font(H, "", 8.5)
            grey(pdf, 70)
            y = lines(pdf, 128, top + 27, 300, copy, 11)
            black(pdf)
            pdf.set_font(H, "", 8)
            pdf.text(128, y + 3, f"{size}  ·  {power}")
            pdf.set_font(H, "B", 8.5)
            pdf.text(128, y + 20, f"Cat. no. {code}")
            pdf.set_font(H, "", 7.5)
            grey(pdf, 90)
            pdf.text(128, y + 34, "2 years parts and labour  ·  next-day delivery from stock")
            black(pdf)
            shown = pounds(price)
            pdf.set_font(H, "B", 15)
            pdf.set_text_color(*colour)
            right(pdf, pdf.w - 48, top + 14, shown)
            black(pdf)
            pdf.set_font(H, "", 7)
            grey(pdf, 90)
            right(pdf, pdf.w - 48, top + 25, "ex VAT")
            black(pdf)
            rule(pdf, top + 112, 215, 128, pdf.w - 48)
            truth.products.append(product(name, [code], [shown], page, sizes=[size]))
        pdf.set_font(H, "", 6.5)
        grey(pdf, 90)
        note = (
            "Prices ex VAT, delivered to ground floor kerbside. Installation and commissioning "
            "from £145 per appliance; gas work by Gas Safe engineers."
        )
        lines(pdf, 128, pdf.h - 46, pdf.w - 180, note, 8)
        black(pdf)
        folio(pdf, H, "Brakewell Catering Equipment Ltd  ·  Sheffield S9 2RT", str(page), 128)
    return pdf


FASTENERS = (  # family, material line, unit, rows (size, pack, price)
    (
        "Spaanplaatschroef platverzonken kop, Torx",
        "Verzinkt staal, deeldraad, TX-aandrijving",
        (
            ("3,5 × 25", "500 st.", 6.95),
            ("3,5 × 35", "500 st.", 7.85),
            ("4,0 × 30", "500 st.", 8.45),
            ("4,0 × 40", "500 st.", 9.90),
            ("4,0 × 50", "200 st.", 5.75),
            ("5,0 × 50", "200 st.", 7.40),
            ("5,0 × 60", "200 st.", 8.65),
            ("5,0 × 80", "200 st.", 11.20),
            ("6,0 × 100", "100 st.", 9.35),
        ),
    ),
    (
        "Houtdraadbout zeskantkop DIN 571",
        "Thermisch verzinkt, voor buitenwerk",
        (
            ("8 × 60", "50 st.", 7.95),
            ("8 × 80", "50 st.", 9.10),
            ("8 × 100", "50 st.", 10.85),
            ("10 × 80", "50 st.", 12.40),
            ("10 × 100", "50 st.", 14.25),
            ("10 × 120", "25 st.", 8.90),
            ("12 × 140", "25 st.", 12.60),
        ),
    ),
    (
        "Slotbout met moer DIN 603",
        "Elektrolytisch verzinkt, klasse 4.6",
        (
            ("M6 × 40", "100 st.", 8.20),
            ("M6 × 60", "100 st.", 9.45),
            ("M8 × 50", "100 st.", 12.90),
            ("M8 × 80", "100 st.", 15.30),
            ("M10 × 80", "50 st.", 12.75),
            ("M10 × 100", "50 st.", 14.40),
        ),
    ),
    (
        "Nylon plug met kraag",
        "Voor beton, steen en kalkzandsteen",
        (
            ("5 × 25", "200 st.", 4.35),
            ("6 × 30", "200 st.", 4.95),
            ("8 × 40", "100 st.", 4.60),
            ("10 × 50", "50 st.", 4.25),
            ("12 × 60", "25 st.", 3.95),
        ),
    ),
    (
        "Keilbout A4 RVS",
        "Roestvast staal A4, ETA-goedgekeurd voor gescheurd beton",
        (
            ("M8 × 75", "50 st.", 28.50),
            ("M8 × 115", "50 st.", 34.75),
            ("M10 × 90", "25 st.", 26.90),
            ("M10 × 130", "25 st.", 32.40),
            ("M12 × 100", "20 st.", 31.80),
            ("M12 × 160", "20 st.", 41.25),
            ("M16 × 145", "10 st.", 36.60),
        ),
    ),
    (
        "Sluitring DIN 125",
        "Verzinkt staal, vlak",
        (
            ("M6 (6,4 × 12)", "500 st.", 3.85),
            ("M8 (8,4 × 16)", "500 st.", 5.60),
            ("M10 (10,5 × 20)", "250 st.", 5.15),
            ("M12 (13 × 24)", "250 st.", 7.30),
        ),
    ),
    (
        "Zeskantmoer DIN 934",
        "Verzinkt staal, klasse 8",
        (
            ("M6", "500 st.", 5.95),
            ("M8", "500 st.", 8.70),
            ("M10", "250 st.", 7.90),
            ("M12", "250 st.", 11.45),
            ("M16", "100 st.", 10.20),
        ),
    ),
    (
        "Draadeind DIN 976, 1 meter",
        "Verzinkt staal, klasse 4.8",
        (
            ("M6", "10 st.", 9.80),
            ("M8", "10 st.", 13.60),
            ("M10", "10 st.", 19.40),
            ("M12", "10 st.", 27.90),
        ),
    ),
    (
        "Plaatschroef bolkop DIN 7981",
        "Verzinkt staal, kruiskop PH",
        (
            ("2,9 × 9,5", "1000 st.", 6.40),
            ("3,5 × 13", "1000 st.", 8.15),
            ("3,9 × 16", "1000 st.", 9.70),
            ("4,2 × 19", "500 st.", 6.35),
            ("4,8 × 25", "500 st.", 8.90),
            ("5,5 × 32", "250 st.", 7.65),
        ),
    ),
    (
        "Gipsplaatschroef fijne draad",
        "Gefosfateerd, trompetkop PH2",
        (
            ("3,5 × 25", "1000 st.", 7.20),
            ("3,5 × 35", "1000 st.", 8.95),
            ("3,5 × 45", "500 st.", 5.80),
            ("3,9 × 55", "500 st.", 7.10),
        ),
    ),
    (
        "Vleugelmoer DIN 315",
        "Verzinkt, Amerikaanse vorm",
        (
            ("M5", "100 st.", 6.90),
            ("M6", "100 st.", 7.45),
            ("M8", "100 st.", 10.80),
            ("M10", "50 st.", 8.95),
        ),
    ),
    (
        "Oogbout DIN 444",
        "Verzinkt staal, met moer en ring",
        (
            ("M6 × 50", "25 st.", 9.60),
            ("M8 × 60", "25 st.", 12.85),
            ("M10 × 80", "10 st.", 9.40),
            ("M12 × 100", "10 st.", 13.75),
        ),
    ),
)

ROW = 15.0  # pt between the rows of the fastener tables


def vervolg(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Van Dijk IJzerwaren - Prijslijst bevestigingsmaterialen 2027", A4)
    columns = (40, 310)
    width = 245
    tcols = ((0, "l"), (82, "l"), (150, "l"), (245, "r"))
    bottom = pdf.h - 52
    state = {"page": 0, "column": 1, "y": 0.0}
    start = words.rng.randrange(10100, 10400)

    def new_page() -> None:
        pdf.add_page()
        state["page"] += 1
        fill(pdf, (200, 30, 40))
        pdf.rect(0, 0, pdf.w, 50, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(H, "B", 16)
        pdf.text(40, 32, "VAN DIJK IJZERWAREN")
        pdf.set_font(H, "", 8)
        right(pdf, pdf.w - 40, 24, "Groothandel in bevestigingsmaterialen")
        right(pdf, pdf.w - 40, 36, "Prijslijst 2027  ·  prijzen per doos, excl. btw")
        black(pdf)
        folio(pdf, H, "Van Dijk IJzerwaren B.V.  ·  Industrieweg 14, 3861 Nijkerk", "", 40)
        pdf.set_font(H, "", 7)
        grey(pdf, 100)
        right(pdf, pdf.w - 40, pdf.h - 19, f"Blad {state['page']} van 2")
        black(pdf)
        if state["page"] > 1:
            pdf.set_draw_color(200, 200, 200)
            pdf.line(pdf.w / 2, 70, pdf.w / 2, bottom)
        state["y"] = 78.0

    def next_column() -> None:
        if state["column"] == 0:
            state["column"] = 1
            state["y"] = 78.0
        else:
            new_page()
            state["column"] = 0

    def heading(family: str, material: str, continued: bool) -> None:
        x = columns[state["column"]]
        y = state["y"] + 14
        pdf.set_font(H, "B", 9.5)
        pdf.set_text_color(150, 20, 30)
        pdf.text(x, y, family + ("  (vervolg)" if continued else ""))
        black(pdf)
        if not continued:
            pdf.set_font(F, "I", 7)
            grey(pdf, 80)
            pdf.text(x, y + 11, material)
            black(pdf)
            y += 11
        y += 16
        band(pdf, x - 2, y - 9, width + 4, 12, 230)
        pdf.set_font(H, "B", 7)
        cells(
            pdf, y, tuple((x + dx, a) for dx, a in tcols), ["Maat", "Art.nr", "Inhoud", "€ /doos"]
        )
        state["y"] = y + 2

    new_page()
    state["column"] = 0
    pdf.set_font(H, "", 8)
    intro = (
        "Alle artikelen uit voorraad leverbaar; voor 16.00 uur besteld is morgen in huis. "
        "Prijzen per doos, excl. btw. Bij afname van 10 dozen of meer van één artikel 8% extra "
        "korting. Franco levering vanaf € 250,- netto."
    )
    top = lines(pdf, 40, 80, pdf.w - 80, intro, 11) - 4
    pdf.set_draw_color(200, 200, 200)
    pdf.line(pdf.w / 2, top + 4, pdf.w / 2, bottom)
    state["y"] = top  # the first page's columns start under the introduction
    serial = start
    for family, material, rows in FASTENERS:
        if state["y"] + 40 + 2 * ROW > bottom:
            next_column()
            if state["column"] == 1 and state["page"] == 1:
                state["y"] = top
        heading(family, material, False)
        for size, pack, price in rows:
            if state["y"] + ROW > bottom:
                next_column()
                if state["column"] == 1 and state["page"] == 1:
                    state["y"] = top
                heading(family, material, True)
            state["y"] += ROW
            x = columns[state["column"]]
            code = f"VD-{serial}"
            serial += 7
            shown = comma(price)
            pdf.set_font(H, "", 8)
            cells(pdf, state["y"], tuple((x + dx, a) for dx, a in tcols), [size, code, pack, shown])
            rule(pdf, state["y"] + 3.5, 228, x - 2, x + width + 2)
            name = f"{family} {size}"
            page = state["page"]
            truth.products.append(product(name, [code], [shown], page, sizes=[size]))
        state["y"] += 8
    # the terms under the last family, across the page
    y = state["y"] + 24 if state["column"] == 0 else bottom - 120
    pdf.set_draw_color(200, 200, 200)
    fill(pdf, (246, 246, 246))
    pdf.rect(40, y, pdf.w - 80, 96, style="DF")
    pdf.set_font(H, "B", 9)
    pdf.text(52, y + 18, "Leveringsvoorwaarden")
    pdf.set_font(H, "", 8)
    terms = (
        "Levering franco vanaf € 250,- netto per order; daaronder rekenen wij € 12,50 "
        "orderkosten. Afhalen in Nijkerk kan op werkdagen van 7.00 tot 16.30 uur. Retouren "
        "alleen in ongeopende dozen, binnen 30 dagen en na overleg. Prijswijzigingen en "
        "drukfouten voorbehouden; op al onze leveringen zijn de Metaalunievoorwaarden van "
        "toepassing."
    )
    lines(pdf, 52, y + 34, pdf.w - 104, terms, 11)
    return pdf


JUNIOR = ("3-4", "5-6", "7-8", "9-10", "11-12")
ONE = ("One size",)
UNIFORM = (  # page, group, rows (name, code, sizes offered, price)
    (
        1,
        "Everyday uniform",
        (
            ("Sweatshirt with embroidered crest, navy", "SA-101", JUNIOR, 14.50),
            ("Cardigan with embroidered crest, navy", "SA-102", JUNIOR, 16.00),
            ("Polo shirt with crest, sky blue", "SA-110", JUNIOR, 8.75),
            ("Polo shirt, plain sky blue (pack of 2)", "SA-111", JUNIOR, 9.50),
            ("Gingham summer dress, blue", "SA-120", JUNIOR, 11.00),
            ("Grey school trousers, pull-on", "SA-125", JUNIOR, 9.00),
            ("Grey pleated skirt", "SA-126", JUNIOR, 9.00),
            ("Fleece jacket with crest, navy", "SA-130", JUNIOR, 19.50),
        ),
    ),
    (
        2,
        "PE kit",
        (
            ("PE T-shirt in house colour", "SA-201", JUNIOR, 6.50),
            ("PE shorts, navy", "SA-202", JUNIOR, 6.00),
            ("Tracksuit bottoms, navy", "SA-203", JUNIOR, 12.50),
            ("PE bag with crest", "SA-210", ONE, 6.25),
        ),
    ),
    (
        2,
        "Bags and accessories",
        (
            ("Book bag with crest, navy", "SA-301", ONE, 7.50),
            ("Water bottle, 500 ml", "SA-302", ONE, 4.00),
            ("Knitted hat with crest", "SA-310", ("Small", "Large"), 5.50),
            ("Iron-on name labels (pack of 50)", "SA-320", ONE, 6.00),
        ),
    ),
)


def crest(pdf: FPDF, x: float, y: float) -> None:
    """A drawn school shield: navy with a gold chevron and a cross."""
    fill(pdf, (20, 40, 100))
    pdf.set_draw_color(200, 160, 40)
    pdf.set_line_width(1.5)
    pdf.polygon([(x, y), (x + 44, y), (x + 44, y + 30), (x + 22, y + 52), (x, y + 30)], style="DF")
    fill(pdf, (220, 180, 50))
    pdf.polygon([(x + 4, y + 30), (x + 22, y + 16), (x + 40, y + 30), (x + 22, y + 24)], style="F")
    fill(pdf, (255, 255, 255))
    pdf.rect(x + 20, y + 32, 4, 14, style="F")
    pdf.rect(x + 15, y + 36, 14, 4, style="F")
    pdf.set_line_width(0.2)


def size_boxes(pdf: FPDF, x: float, y: float, sizes: tuple[str, ...]) -> None:
    """A row of small tick boxes, each with its size label beside it."""
    pdf.set_font(H, "", 6.5)
    pdf.set_draw_color(90, 90, 90)
    for label in sizes:
        pdf.rect(x, y - 7, 8, 8)
        pdf.text(x + 10, y - 0.5, label)
        x += 16 + pdf.get_string_width(label)


def uniform(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("St Aldhelm's Primary School - Uniform order form 2027-28", A4)
    cols = ((44, "l"), (226, "l"), (268, "l"), (452, "r"), (490, "c"), (550, "r"))
    for page in (1, 2):
        pdf.add_page()
        crest(pdf, 44, 30)
        pdf.set_font(T, "B", 17)
        pdf.set_text_color(20, 40, 100)
        pdf.text(102, 50, "St Aldhelm's C of E Primary School")
        black(pdf)
        pdf.set_font(H, "", 9)
        pdf.text(102, 66, "Uniform order form 2027-28" + ("" if page == 1 else "  (continued)"))
        pdf.set_font(H, "", 7.5)
        grey(pdf, 90)
        pdf.text(102, 78, "Supplied by the PTA uniform shop  ·  Church Lane, Frome BA11 4EH")
        black(pdf)
        y = 104
        if page == 1:
            pdf.set_font(H, "", 8.5)
            for k, label in enumerate(("Child's name", "Class", "Parent / carer", "Phone")):
                fx = 44 + (k % 2) * 260
                fy = y + (k // 2) * 22
                pdf.text(fx, fy, label)
                pdf.set_draw_color(120, 120, 120)
                pdf.line(fx + 70, fy + 1, fx + 240, fy + 1)
            y += 56
            pdf.set_font(H, "", 8)
            intro = (
                "Tick ONE size for each item and write the quantity. Sizes are ages in years. "
                "Orders handed in at the school office by Friday are ready for collection the "
                "following Wednesday. Everything in this form is machine washable at 40 °C."
            )
            y = lines(pdf, 44, y, 507, intro, 10.5) + 10
        for group_page, group, rows in UNIFORM:
            if group_page != page:
                continue
            band(pdf, 40, y - 11, 515, 16, 225)
            pdf.set_font(H, "B", 9)
            pdf.text(44, y, group)
            pdf.set_font(H, "B", 7)
            cells(pdf, y, cols[1:], ["Code", "Size (tick one)", "Price", "Qty", "£"])
            for name, code, sizes, price in rows:
                y += 22
                pdf.set_font(H, "", 8)
                pdf.text(44, y, name)
                pdf.text(226, y, code)
                size_boxes(pdf, 268, y, sizes)
                shown = pounds(price)
                pdf.set_font(H, "B", 8)
                right(pdf, 452, y, shown)
                pdf.set_draw_color(120, 120, 120)
                pdf.rect(478, y - 9, 24, 12)
                pdf.rect(512, y - 9, 40, 12)
                rule(pdf, y + 7, 210, 40, 555)
                truth.products.append(product(name, [code], [shown], page))
            y += 36
        if page == 1:
            pdf.set_draw_color(40, 110, 60)
            pdf.rect(40, y - 6, 515, 62)
            pdf.set_font(H, "B", 9)
            pdf.set_text_color(40, 110, 60)
            pdf.text(50, y + 10, "Pre-loved uniform")
            black(pdf)
            pdf.set_font(H, "", 8)
            note = (
                "Good-as-new sweatshirts, cardigans and PE kit are on the rail by the office "
                "every Friday after school, £1 an item, all money to the PTA. Donations of "
                "outgrown uniform are always welcome."
            )
            lines(pdf, 50, y + 24, 490, note, 10.5)
        else:
            pdf.set_font(H, "B", 9)
            pdf.text(300, y, "Total to pay")
            pdf.rect(480, y - 10, 72, 16)
            pdf.text(486, y + 1, "£")
            y += 28
            pdf.set_font(H, "", 8)
            pdf.text(44, y, "Payment:")
            for k, label in enumerate(("Cash (exact, in an envelope)", "Card in the office")):
                pdf.rect(100 + k * 170, y - 7, 8, 8)
                pdf.text(112 + k * 170, y, label)
            pdf.rect(440, y - 7, 8, 8)
            pdf.text(452, y, "ParentPay")
            y += 26
            pdf.text(44, y, "Signed")
            pdf.line(80, y + 1, 280, y + 1)
            pdf.text(300, y, "Date")
            pdf.line(326, y + 1, 450, y + 1)
            y += 30
            pdf.set_font(H, "I", 7.5)
            grey(pdf, 80)
            note = (
                "Office use: order no. ______  received ______  packed ______  collected ______. "
                "Exchanges within 28 days if unworn with the receipt."
            )
            lines(pdf, 44, y, 507, note, 10)
            black(pdf)
        folio(pdf, H, "St Aldhelm's PTA is a registered charity no. 1108842", f"{page} of 2", 40)
    return pdf


SPICES = (  # per page: a heading, the tiles (name, origin, code, tin price, refill or None)
    (
        "Single spices & seeds",
        (
            ("Smoked Sweet Paprika", "La Vera, Spain", "SP-114", 4.20, 6.80),
            ("Ceylon Cinnamon Quills", "Sri Lanka", "SP-121", 5.40, 8.90),
            ("Green Cardamom Pods", "Kerala, India", "SP-132", 6.95, 11.50),
            ("Sumac", "Turkey", "SP-140", 3.90, 6.20),
            ("Whole Cumin Seed", "Rajasthan, India", "SP-151", 3.20, 5.10),
            ("Fennel Seed", "Egypt", "SP-156", 2.95, 4.60),
            ("Kashmiri Chilli Powder", "Kashmir, India", "SP-163", 3.75, 5.95),
            ("Ground Turmeric", "Alleppey, India", "SP-170", 3.10, 4.90),
            ("Star Anise", "Guangxi, China", "SP-178", 4.60, None),
            ("Nutmeg, whole", "Grenada", "SP-185", 4.85, None),
            ("Cloves", "Zanzibar", "SP-190", 4.30, 6.95),
            ("Black Mustard Seed", "Canada", "SP-194", 2.60, 3.95),
            ("Saffron Threads", "La Mancha, Spain", "SP-199", 9.50, None),
        ),
    ),
    (
        "Peppers & blends",
        (
            ("Tellicherry Black Pepper", "Kerala, India", "SP-210", 4.40, 7.20),
            ("Kampot Red Pepper", "Cambodia", "SP-214", 7.90, None),
            ("Sichuan Pepper", "Sichuan, China", "SP-218", 4.95, 7.95),
            ("Pink Peppercorns", "Réunion", "SP-222", 5.20, None),
            ("Ras el Hanout", "House blend", "SP-305", 4.60, 7.40),
            ("Garam Masala", "House blend", "SP-310", 3.95, 6.30),
            ("Za'atar", "House blend", "SP-318", 4.25, 6.80),
            ("Baharat", "House blend", "SP-322", 4.10, 6.60),
            ("Chinese Five Spice", "House blend", "SP-327", 3.80, 6.10),
            ("Berbere", "House blend", "SP-331", 4.45, 7.10),
            ("Jerk Seasoning", "House blend", "SP-336", 3.90, 6.25),
            ("Dukkah", "House blend", "SP-340", 4.75, None),
            ("Herbes de Provence", "House blend", "SP-345", 3.60, 5.80),
        ),
    ),
)
ORDER_NOTE = ("Online, by phone", "01584 555 071", "or at the stall.", "Post £3.20,")
ORDER_NOTE += ("free over £35",)
TIN_WEIGHTS = {"SP-199": "1 g"}  # tins that are not the usual 50 g
HEX_FILLS = ((246, 226, 196), (240, 214, 190), (232, 226, 200), (244, 232, 214))


def honeycomb(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Saffron & Salt - Spice merchants - Price list", A4)
    r = 72.0
    step_x = r * math.sqrt(3)
    x0 = (pdf.w - 4 * step_x) / 2 + step_x / 2
    for page, (heading, tiles) in enumerate(SPICES, start=1):
        pdf.add_page()
        fill(pdf, (64, 36, 28))
        pdf.rect(0, 0, pdf.w, 92, style="F")
        pdf.set_text_color(240, 200, 120)
        pdf.set_font(T, "BI", 26)
        pdf.text(40, 48, "Saffron & Salt")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(H, "", 8.5)
        pdf.text(40, 66, "Spice merchants  ·  Market Hall, Ludlow SY8 1AR  ·  saffronandsalt.co.uk")
        pdf.set_font(H, "B", 12)
        right(pdf, pdf.w - 40, 48, heading)
        pdf.set_font(H, "", 8)
        right(pdf, pdf.w - 40, 64, "Spring 2027 price list")
        black(pdf)
        slots = [(row, k) for row in range(4) for k in range(4 if row % 2 == 0 else 3)]
        special = 5 if page == 1 else 13  # the shop's mark on page 1, the order note on page 2
        tile = iter(tiles)
        for index, (row, k) in enumerate(slots):
            cx = x0 + k * step_x + (step_x / 2 if row % 2 else 0)
            cy = 180 + row * 1.5 * r
            pdf.set_draw_color(150, 110, 70)
            pdf.set_line_width(1)
            if index == special:
                fill(pdf, (64, 36, 28))
                pdf.polygon(hexagon(cx, cy, r - 2), style="DF")
                pdf.set_text_color(240, 200, 120)
                if page == 1:
                    pdf.set_font(T, "BI", 13)
                    centre(pdf, cx, cy - 4, "S & S")
                    pdf.set_font(H, "", 6.5)
                    centre(pdf, cx, cy + 10, "ground to order")
                    centre(pdf, cx, cy + 19, "since 1998")
                else:
                    pdf.set_font(H, "B", 7.5)
                    centre(pdf, cx, cy - 18, "How to order")
                    pdf.set_font(H, "", 6.2)
                    for n, text in enumerate(ORDER_NOTE):
                        centre(pdf, cx, cy - 6 + n * 9, text)
                black(pdf)
                continue
            name, origin, code, tin, refill = next(tile)
            fill(pdf, HEX_FILLS[(index + page) % len(HEX_FILLS)])
            pdf.polygon(hexagon(cx, cy, r - 2), style="DF")
            pdf.set_line_width(0.2)
            pdf.set_font(H, "B", 8.5)
            pdf.set_text_color(64, 36, 28)
            name_lines = wrap(pdf, name, 96)
            y = cy - 18 - 5 * (len(name_lines) - 1)
            for line in name_lines:
                centre(pdf, cx, y, line)
                y += 10
            pdf.set_font(T, "I", 7.5)
            grey(pdf, 80)
            centre(pdf, cx, y, origin)
            pdf.set_font(H, "", 6.5)
            centre(pdf, cx, y + 10, code)
            black(pdf)
            pdf.set_font(H, "B", 7.5)
            weight = TIN_WEIGHTS.get(code, "50 g")
            prices = [pounds(tin)]
            sizes = [weight]
            centre(pdf, cx, y + 24, f"{weight} tin {pounds(tin)}")
            if refill is not None:
                pdf.set_font(H, "", 7.5)
                centre(pdf, cx, y + 34, f"100 g refill {pounds(refill)}")
                prices.append(pounds(refill))
                sizes.append("100 g")
            truth.products.append(product(name, [code], prices, page, sizes=sizes))
        pdf.set_line_width(0.2)
        y = 180 + 3 * 1.5 * r + r + 40
        pdf.set_font(H, "B", 10)
        pdf.set_text_color(64, 36, 28)
        pdf.text(40, y, "Freshly ground, small batches" if page == 1 else "Gift tins & trade")
        black(pdf)
        pdf.set_font(H, "", 8.5)
        text = (
            "Everything is ground in the shop the week it is packed, in airtight 50 g tins with "
            "a window lid. Refills come in compostable pouches to top your tins up. Whole spices "
            "keep their flavour for a year, ground ones for six months."
            if page == 1
            else "Any three tins in a gift box with a recipe card for £14.00 (box only £2.50). "
            "Restaurants and delis: ask for our trade list with 500 g and 1 kg packs. Prices "
            "include VAT where it applies."
        )
        lines(pdf, 40, y + 16, pdf.w - 80, text, 12)
        folio(pdf, H, "Saffron & Salt  ·  01584 555 071", f"{page} / 2", 40)
    return pdf


MODULES = (  # per page: groups (heading, rows (name, ref, w, h, d, front, price))
    (
        (
            "Muebles bajos",
            (
                ("Bajo 1 puerta 40", "LN-B40-1P", 40, 72, 56, "door1", 236.00),
                ("Bajo 1 puerta 60", "LN-B60-1P", 60, 72, 56, "door1", 284.00),
                ("Bajo 2 puertas 80", "LN-B80-2P", 80, 72, 56, "door2", 412.00),
                ("Bajo 3 cajones 60", "LN-B60-3C", 60, 72, 56, "drawers", 498.00),
                ("Bajo fregadero 90", "LN-B90-FR", 90, 72, 56, "door2", 356.00),
                ("Bajo cajón y puerta 45", "LN-B45-CP", 45, 72, 56, "drawerdoor", 318.00),
            ),
        ),
        (
            "Muebles altos",
            (
                ("Alto 1 puerta 40", "LN-A40-1P", 40, 70, 33, "door1", 158.00),
                ("Alto 1 puerta 60", "LN-A60-1P", 60, 70, 33, "door1", 189.00),
                ("Alto 2 puertas 80", "LN-A80-2P", 80, 70, 33, "door2", 246.00),
                ("Alto vitrina 60", "LN-A60-VT", 60, 70, 33, "glass", 268.00),
                ("Alto campana 60", "LN-A60-CA", 60, 35, 33, "flap", 142.00),
                ("Alto abatible 90", "LN-A90-AB", 90, 35, 33, "flap", 198.00),
            ),
        ),
    ),
    (
        (
            "Columnas",
            (
                ("Columna horno 60", "LN-C60-HO", 60, 214, 58, "oven", 689.00),
                ("Columna despensa 60", "LN-C60-DE", 60, 214, 58, "pantry", 745.00),
                ("Columna frigorífico 60", "LN-C60-FR", 60, 214, 58, "fridge", 712.00),
                ("Columna escobero 40", "LN-C40-ES", 40, 214, 58, "tall", 498.00),
            ),
        ),
        (
            "Complementos",
            (
                ("Zócalo PVC aluminio", "LN-ZO-240", 240, 10, 0, "strip", 38.00),
                ("Cornisa superior", "LN-CO-240", 240, 4, 0, "strip", 46.00),
                ("Costado decorativo bajo", "LN-CD-072", 0, 72, 58, "side", 72.00),
                ("Encimera laminada 38 mm", "LN-EN-300", 300, 4, 62, "strip", 189.00),
            ),
        ),
    ),
)
SCALE = 0.8  # pt per cm in the elevations


def handle(pdf: FPDF, x: float, y: float, upright: bool) -> None:
    fill(pdf, (90, 90, 90))
    if upright:
        pdf.rect(x - 0.8, y - 6, 1.6, 12, style="F")
    else:
        pdf.rect(x - 6, y - 0.8, 12, 1.6, style="F")


def elevation(pdf: FPDF, cx: float, base: float, w: float, h: float, front: str) -> None:
    """A module seen from the front, bottom at `base`, with a width dimension line under it."""
    pw, ph = w * SCALE, h * SCALE
    if front == "strip":
        pw, ph = min(pw, 110), max(ph, 4)
    if front == "side":
        pw = 58 * SCALE * 0.35
    x, y = cx - pw / 2, base - ph
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.6)
    fill(pdf, (244, 241, 234))
    pdf.rect(x, y, pw, ph, style="DF")
    pdf.set_line_width(0.3)
    plinth = 8.0 if h >= 72 and front not in ("side",) and h != 70 else 0.0
    if plinth:
        pdf.line(x, base - plinth, x + pw, base - plinth)
    top, bottom = y + 1.5, base - plinth - 1.5
    inner = (x + 1.5, x + pw - 1.5)
    if front in ("door1", "door2", "glass", "tall"):
        leaves = 2 if front == "door2" else 1
        lw = (inner[1] - inner[0]) / leaves
        for k in range(leaves):
            lx = inner[0] + k * lw
            pdf.rect(lx + 0.5, top, lw - 1, bottom - top)
            if front == "glass":
                fill(pdf, (214, 230, 238))
                pdf.rect(lx + 5, top + 5, lw - 11, bottom - top - 10, style="DF")
            hx = lx + 5 if leaves == 2 and k == 1 else lx + lw - 5  # at the meeting edge
            handle(pdf, hx, top + 10 if h < 72 else top + 12, True)
    elif front in ("drawers", "drawerdoor", "flap"):
        shares = {"drawers": (0.25, 0.35, 0.4), "drawerdoor": (0.25, 0.75), "flap": (1.0,)}[front]
        fy = top
        for n, share in enumerate(shares):
            fh = (bottom - top) * share
            pdf.rect(inner[0] + 0.5, fy + 0.5, inner[1] - inner[0] - 1, fh - 1)
            if front == "drawerdoor" and n == 1:
                handle(pdf, inner[1] - 5, fy + 12, True)
            else:
                handle(pdf, cx, fy + 6 if front != "flap" else fy + fh - 6, False)
            fy += fh
    elif front in ("oven", "pantry", "fridge"):
        parts = {
            "oven": ((0.38, "door"), (0.3, "oven"), (0.12, "drawer"), (0.2, "drawer")),
            "pantry": ((0.62, "door"), (0.38, "door")),
            "fridge": ((0.64, "door"), (0.36, "door")),
        }[front]
        fy = top
        for share, kind in parts:
            fh = (bottom - top) * share
            if kind == "oven":
                fill(pdf, (50, 50, 55))
                pdf.rect(inner[0] + 1, fy + 1, inner[1] - inner[0] - 2, fh - 2, style="F")
                fill(pdf, (120, 120, 130))
                pdf.rect(inner[0] + 7, fy + 12, inner[1] - inner[0] - 14, fh - 20, style="F")
            else:
                pdf.rect(inner[0] + 0.5, fy + 0.5, inner[1] - inner[0] - 1, fh - 1)
                if kind == "drawer":
                    handle(pdf, cx, fy + 6, False)
                else:
                    handle(pdf, inner[1] - 5, fy + (fh - 14 if fy == top else 14), True)
            fy += fh
    # the width dimension line, the width in cm above its middle
    if front != "side" and w:
        pdf.set_draw_color(150, 40, 40)
        dy = base + 7
        pdf.line(x, dy, x + pw, dy)
        pdf.line(x, dy - 3, x, dy + 3)
        pdf.line(x + pw, dy - 3, x + pw, dy + 3)
        pdf.set_font(F, "", 6)
        pdf.set_text_color(150, 40, 40)
        label = str(w)
        lw = pdf.get_string_width(label) + 4
        fill(pdf, (255, 255, 255))
        pdf.rect(cx - lw / 2, dy - 3, lw, 6, style="F")
        centre(pdf, cx, dy + 2, label)
        black(pdf)


def measures(w: int, h: int, d: int) -> str:
    if not w:
        return f"Al. {h} × Fo. {d} cm"
    if not d:
        return f"L. {w} × Al. {h} cm"
    if h < 10:
        return f"L. {w} × Fo. {d} cm"
    return f"An. {w} × Al. {h} × Fo. {d} cm"


def cocinas(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Cocinas Almudena - Tarifa de precios 2027 - Serie Lino", A4_LANDSCAPE)
    cell = 128.0
    for page, groups in enumerate(MODULES, start=1):
        pdf.add_page()
        fill(pdf, (96, 112, 88))
        pdf.rect(0, 0, pdf.w, 54, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(F, "B", 17)
        pdf.text(36, 34, "COCINAS ALMUDENA")
        pdf.set_font(F, "", 8.5)
        right(pdf, pdf.w - 36, 26, "Tarifa de precios 2027  ·  Serie Lino")
        right(pdf, pdf.w - 36, 39, "Precios de venta al público, IVA incluido")
        black(pdf)
        pdf.set_font(F, "", 7.5)
        grey(pdf, 70)
        finishes = (
            "Acabados Lino: blanco seda, arena, verde salvia y roble natural, todos al mismo "
            "precio. Tirador de perfil en aluminio incluido. Medidas en centímetros."
        )
        pdf.text(36, 72, finishes)
        black(pdf)
        y = 88
        for heading, rows in groups:
            tall = any(row[3] > 100 for row in rows)
            band(pdf, 36, y, pdf.w - 72, 16, 226)
            pdf.set_font(F, "B", 9)
            pdf.text(42, y + 11.5, heading.upper())
            flat = all(row[5] in ("strip", "side") for row in rows)
            drawing = 190.0 if tall else 60.0 if flat else 80.0
            base = y + 24 + drawing
            for k, (name, ref, w, h, d, front, price) in enumerate(rows):
                cx = 36 + cell / 2 + k * cell
                if front != "strip" and h < 72:  # wall units hang from the top line
                    elevation(pdf, cx, y + 24 + h * SCALE + 10, w, h, front)
                else:
                    elevation(pdf, cx, base - 6, w, h, front)
                ty = base + 20
                pdf.set_font(F, "B", 8)
                for line in wrap(pdf, name, cell - 14):
                    centre(pdf, cx, ty, line)
                    ty += 10
                pdf.set_font(F, "", 6.8)
                grey(pdf, 80)
                centre(pdf, cx, ty, f"Ref. {ref}")
                size = measures(w, h, d)
                centre(pdf, cx, ty + 9, size)
                black(pdf)
                shown = euro_comma(price)
                pdf.set_font(F, "B", 10)
                pdf.set_text_color(96, 112, 88)
                centre(pdf, cx, ty + 24, shown)
                black(pdf)
                if k:
                    pdf.set_draw_color(215, 215, 215)
                    pdf.line(cx - cell / 2, y + 22, cx - cell / 2, ty + 28)
                truth.products.append(product(name, [ref], [shown], page, sizes=[size]))
            y = base + 70
        pdf.set_font(F, "", 7)
        grey(pdf, 80)
        note = (
            "Montaje por nuestro equipo: 35,00 € por módulo, encimera aparte. Plazo de entrega "
            "de 4 a 6 semanas. Precios válidos hasta el 31 de diciembre de 2027 salvo error "
            "tipográfico."
        )
        lines(pdf, 36, pdf.h - 50, pdf.w - 72, note, 9)
        black(pdf)
        folio(pdf, F, "Cocinas Almudena S.L.  ·  Avda. de Andalucía 112, 14014 Córdoba", f"{page}")
    return pdf


KIT = (  # per page: title, subtitle, labels (name, item, spec, price, was) left then right
    (
        "The Kit List: wild camping",
        "Everything for two nights out, under 9 kg",
        (
            ("Ridgeline 2 Backpacking Tent", "40-218", "1.35 kg", 249.00, 299.00),
            ("Ember Down Sleeping Bag", "40-305", "980 g", 219.00, None),
            ("Self-Inflating Mat 3.8R", "40-342", "720 g", 84.00, None),
            ("Titanium Pot Set", "40-417", "900 ml", 42.00, None),
            ("Cairn 55+10 Trekking Pack", "40-126", "65 litres", 169.00, 189.00),
            ("Compact Gas Stove", "40-409", "88 g", 39.00, None),
            ("Headtorch 400", "40-511", "78 g", 34.00, None),
            ("Filter Water Bottle", "40-530", "750 ml", 36.00, None),
        ),
    ),
    (
        "The Kit List: trail running",
        "Light, fast and ready for the hills",
        (
            ("Vantage Trail Shoe", "41-102", "290 g", 135.00, None),
            ("Race Vest 8", "41-210", "8 litres", 89.00, 99.00),
            ("Featherlight Shell Jacket", "41-233", "195 g", 149.00, None),
            ("Soft Flask", "41-248", "500 ml", 22.00, None),
            ("Carbon Folding Poles", "41-301", "120 cm", 110.00, 125.00),
            ("Mesh Running Cap", "41-320", "45 g", 24.00, None),
            ("Emergency Bivvy Bag", "41-340", "110 g", 18.00, None),
            ("Summit GPS Sport Watch", "41-402", "52 g", 299.00, 349.00),
        ),
    ),
)


def leaderlines(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Trailhead Outfitters - The Kit List", A4_LANDSCAPE)
    px, py, pw, ph = 296.0, 92.0, 250.0, 420.0
    for page, (title, subtitle, labels) in enumerate(KIT, start=1):
        pdf.add_page()
        pdf.set_font(H, "B", 22)
        pdf.set_text_color(30, 70, 50)
        pdf.text(36, 48, title)
        black(pdf)
        pdf.set_font(H, "", 10)
        grey(pdf, 80)
        pdf.text(36, 66, subtitle)
        pdf.set_font(H, "B", 10)
        pdf.set_text_color(30, 70, 50)
        right(pdf, pdf.w - 36, 48, "TRAILHEAD OUTFITTERS")
        grey(pdf, 80)
        pdf.set_font(H, "", 8)
        right(pdf, pdf.w - 36, 62, "Keswick  ·  Ambleside  ·  trailhead-outfitters.co.uk")
        black(pdf)
        pdf.image(photo(26500 + page, (250, 420)), x=px, y=py, w=pw, h=ph)
        for slot, (name, item, spec, price, was) in enumerate(labels):
            left = slot < 4
            ly = 128 + (slot % 4) * 100
            dot_x = px + (40 + (slot % 4) * 18 if left else pw - 40 - (slot % 4) * 18)
            dot_y = ly + 20 + ((slot * 37) % 50) - 25
            edge = 254.0 if left else pdf.w - 254.0
            pdf.set_draw_color(40, 40, 40)
            pdf.set_line_width(0.5)
            pdf.line(edge, ly - 4, edge + (12 if left else -12), ly - 4)
            pdf.line(edge + (12 if left else -12), ly - 4, dot_x, dot_y)
            fill(pdf, (255, 255, 255))
            pdf.ellipse(dot_x - 3.5, dot_y - 3.5, 7, 7, style="DF")
            fill(pdf, (30, 70, 50))
            pdf.ellipse(dot_x - 1.5, dot_y - 1.5, 3, 3, style="F")
            pdf.set_line_width(0.2)
            tx = edge - 6 if left else edge + 6

            def put(y: float, text: str, left: bool = left, tx: float = tx) -> None:
                if left:
                    right(pdf, tx, y, text)
                else:
                    pdf.text(tx, y, text)

            pdf.set_font(H, "B", 10.5)
            put(ly, name)
            pdf.set_font(H, "", 7.5)
            grey(pdf, 80)
            put(ly + 12, f"Item {item}  ·  {spec}")
            black(pdf)
            shown = pounds(price)
            pdf.set_font(H, "B", 13)
            pdf.set_text_color(190, 60, 20)
            prices = [shown]
            if was is None:
                put(ly + 29, shown)
            else:
                struck = f"was {pounds(was)}"
                pdf.set_font(H, "", 8)
                grey(pdf, 110)
                sw = pdf.get_string_width(struck)
                pdf.set_font(H, "B", 13)
                nw = pdf.get_string_width(shown)
                start = tx - nw - 8 - sw if left else tx
                pdf.set_text_color(190, 60, 20)
                pdf.text(start, ly + 29, shown)
                pdf.set_font(H, "", 8)
                grey(pdf, 110)
                pdf.set_draw_color(110, 110, 110)
                strike(pdf, start + nw + 8, ly + 28, struck)
                prices.append(pounds(was))
            black(pdf)
            truth.products.append(product(name, [item], prices, page, sizes=[spec]))
        pdf.set_font(H, "", 7.5)
        grey(pdf, 80)
        note = (
            "Prices valid until 30 June 2027 or while stocks last. Free UK delivery over £50; "
            "click and collect from either shop. Members get 10% off full-price kit."
        )
        centre(pdf, pdf.w / 2, pdf.h - 48, note)
        black(pdf)
        folio(pdf, H, "Trailhead Outfitters Ltd", f"{page}")
    return pdf


SIGNS = (  # per page: heading, signs (kind, wording lines, name, code, format, rigid, vinyl)
    (
        "Warning and prohibition signs",
        (
            (
                "warning",
                ("CAUTION", "WET FLOOR"),
                "Wet floor warning sign",
                "SS-W104",
                "200 × 300 mm",
                5.40,
                3.95,
            ),
            (
                "warning",
                ("DANGER", "HIGH VOLTAGE"),
                "High voltage warning sign",
                "SS-W112",
                "200 × 300 mm",
                5.40,
                3.95,
            ),
            (
                "warning",
                ("CAUTION", "FORKLIFT TRUCKS"),
                "Forklift trucks warning sign",
                "SS-W125",
                "300 × 400 mm",
                8.90,
                6.60,
            ),
            (
                "warning",
                ("CAUTION", "HOT SURFACE"),
                "Hot surface warning sign",
                "SS-W131",
                "150 × 200 mm",
                3.80,
                2.75,
            ),
            (
                "prohibition",
                ("NO SMOKING",),
                "No smoking sign",
                "SS-P201",
                "200 × 300 mm",
                5.40,
                3.95,
            ),
            (
                "prohibition",
                ("NO UNAUTHORISED", "ACCESS"),
                "No unauthorised access sign",
                "SS-P214",
                "200 × 300 mm",
                5.40,
                3.95,
            ),
            (
                "prohibition",
                ("DO NOT USE", "MOBILE PHONES"),
                "No mobile phones sign",
                "SS-P220",
                "150 × 200 mm",
                3.80,
                2.75,
            ),
            (
                "prohibition",
                ("NO PEDESTRIANS",),
                "No pedestrians sign",
                "SS-P233",
                "300 × 400 mm",
                8.90,
                6.60,
            ),
            (
                "prohibition",
                ("NOT DRINKING", "WATER"),
                "Not drinking water sign",
                "SS-P241",
                "100 × 150 mm",
                2.60,
                1.85,
            ),
        ),
    ),
    (
        "Mandatory, fire and safe-condition signs",
        (
            (
                "mandatory",
                ("EAR PROTECTION", "MUST BE WORN"),
                "Ear protection mandatory sign",
                "SS-M302",
                "200 × 300 mm",
                5.40,
                3.95,
            ),
            (
                "mandatory",
                ("SAFETY HELMETS", "MUST BE WORN"),
                "Hard hat mandatory sign",
                "SS-M308",
                "300 × 400 mm",
                8.90,
                6.60,
            ),
            (
                "mandatory",
                ("WASH YOUR", "HANDS"),
                "Hand washing sign",
                "SS-M315",
                "150 × 200 mm",
                3.80,
                2.75,
            ),
            (
                "mandatory",
                ("FIRE DOOR", "KEEP SHUT"),
                "Fire door keep shut sign",
                "SS-M321",
                "100 × 200 mm",
                2.95,
                2.10,
            ),
            (
                "fire",
                ("FIRE ALARM", "CALL POINT"),
                "Fire alarm call point sign",
                "SS-F404",
                "150 × 200 mm",
                3.80,
                2.75,
            ),
            (
                "fire",
                ("FIRE", "EXTINGUISHER"),
                "Fire extinguisher ID sign",
                "SS-F410",
                "100 × 200 mm",
                2.95,
                2.10,
            ),
            ("safe", ("FIRST AID",), "First aid point sign", "SS-S502", "200 × 300 mm", 5.40, 3.95),
            (
                "safe",
                ("FIRE EXIT",),
                "Fire exit running man sign",
                "SS-S510",
                "300 × 150 mm",
                4.20,
                3.10,
            ),
            (
                "safe",
                ("EMERGENCY", "EYE WASH"),
                "Eye wash station sign",
                "SS-S518",
                "200 × 300 mm",
                5.40,
                3.95,
            ),
        ),
    ),
)
SIGN_COLOURS: dict[str, tuple[Colour, Colour]] = {  # panel fill, wording colour
    "warning": ((250, 204, 20), (0, 0, 0)),
    "prohibition": ((210, 30, 40), (255, 255, 255)),
    "mandatory": ((20, 80, 170), (255, 255, 255)),
    "fire": ((210, 30, 40), (255, 255, 255)),
    "safe": ((20, 140, 70), (255, 255, 255)),
}


def symbol(pdf: FPDF, kind: str, cx: float, cy: float) -> None:
    """The sign's pictogram area: a triangle, a ring with a bar, a disc or a square."""
    panel, _ = SIGN_COLOURS[kind]
    if kind == "warning":
        fill(pdf, panel)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(3)
        pdf.polygon([(cx, cy - 26), (cx + 29, cy + 22), (cx - 29, cy + 22)], style="DF")
        fill(pdf, (0, 0, 0))
        pdf.rect(cx - 2, cy - 10, 4, 18, style="F")
        pdf.ellipse(cx - 2.5, cy + 11, 5, 5, style="F")
    elif kind == "prohibition":
        pdf.set_draw_color(*panel)
        pdf.set_line_width(5)
        pdf.ellipse(cx - 24, cy - 24, 48, 48)
        fill(pdf, (40, 40, 40))
        pdf.rect(cx - 12, cy - 3, 24, 7, style="F")
        pdf.line(cx - 17, cy - 17, cx + 17, cy + 17)
    elif kind == "mandatory":
        fill(pdf, panel)
        pdf.ellipse(cx - 25, cy - 25, 50, 50, style="F")
        fill(pdf, (255, 255, 255))
        pdf.ellipse(cx - 6, cy - 17, 12, 12, style="F")
        pdf.rect(cx - 9, cy - 3, 18, 20, style="F", round_corners=True, corner_radius=4)
    else:
        fill(pdf, panel)
        pdf.rect(cx - 25, cy - 25, 50, 50, style="F")
        fill(pdf, (255, 255, 255))
        if kind == "safe":
            pdf.rect(cx - 5, cy - 17, 10, 34, style="F")
            pdf.rect(cx - 17, cy - 5, 34, 10, style="F")
        else:  # a flame
            pdf.polygon(
                [(cx, cy - 18), (cx + 12, cy), (cx + 9, cy + 16), (cx - 9, cy + 16), (cx - 12, cy)],
                style="F",
            )
    pdf.set_line_width(0.2)


def signs(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("SafeSite Signs - Safety sign catalogue", A4)
    cw, ch = 172.0, 226.0
    for page, (heading, entries) in enumerate(SIGNS, start=1):
        pdf.add_page()
        fill(pdf, (250, 204, 20))
        pdf.rect(0, 0, pdf.w, 12, style="F")
        pdf.set_font(H, "B", 16)
        pdf.text(36, 42, "SafeSite Signs")
        pdf.set_font(H, "", 9)
        grey(pdf, 70)
        pdf.text(36, 56, heading)
        pdf.set_font(H, "", 7.5)
        right(pdf, pdf.w - 36, 38, "To BS EN ISO 7010  ·  orders 0800 555 0127")
        right(pdf, pdf.w - 36, 50, "Custom wording from £12.50 a sign (setting charge)")
        black(pdf)
        for slot, (kind, wording, name, code, size, rigid, vinyl) in enumerate(entries):
            x = 38 + (slot % 3) * (cw + 8)
            y = 74 + (slot // 3) * (ch + 8)
            pdf.set_draw_color(210, 210, 210)
            pdf.rect(x, y, cw, ch)
            # the sign itself: a white plate, the pictogram, the coloured wording panel
            sx, sy, sw, sh = x + cw / 2 - 48, y + 10, 96.0, 122.0
            pdf.set_draw_color(120, 120, 120)
            fill(pdf, (255, 255, 255))
            pdf.rect(sx, sy, sw, sh, style="DF", round_corners=True, corner_radius=4)
            symbol(pdf, kind, x + cw / 2, sy + 40)
            panel, ink = SIGN_COLOURS[kind]
            fill(pdf, panel)
            pdf.rect(sx + 4, sy + 76, sw - 8, 42, style="F")
            pdf.set_text_color(*ink)
            pdf.set_font(H, "B", 7.5 if max(len(w) for w in wording) < 14 else 6.5)
            wy = sy + 97 - 5 * (len(wording) - 1)
            for line in wording:
                centre(pdf, x + cw / 2, wy + 2.5, line)
                wy += 10
            black(pdf)
            ty = y + ch - 76
            pdf.set_font(H, "B", 9.5)
            centre(pdf, x + cw / 2, ty, name)
            pdf.set_font(H, "", 7.5)
            grey(pdf, 80)
            centre(pdf, x + cw / 2, ty + 13, f"{code}  ·  {size}")
            black(pdf)
            pdf.set_font(H, "", 8)
            pdf.text(x + 16, ty + 32, "Rigid PVC")
            pdf.text(x + 16, ty + 46, "Self-adhesive")
            pdf.set_font(H, "B", 9)
            right(pdf, x + cw - 16, ty + 32, pounds(rigid))
            right(pdf, x + cw - 16, ty + 46, pounds(vinyl))
            rule(pdf, ty + 36, 225, x + 16, x + cw - 16)
            prices = [pounds(rigid), pounds(vinyl)]
            truth.products.append(product(name, [code], prices, page, sizes=[size]))
        folio(pdf, H, "SafeSite Signs Ltd  ·  Unit 7, Brunel Way, Swindon SN2 8BA", f"{page}")
    return pdf


# === non-catalogs ==============================================================================

TAXFREE_GOODS = (  # description, article, qty, price incl. VAT, VAT rate
    ("Leather tote bag, cognac", "0412-88731", 1, 395.00, 20),
    ("Cashmere scarf, camel", "0398-22014", 2, 129.00, 20),
    ("Eau de parfum 100 ml", "0710-55102", 1, 142.00, 20),
    ("Silk tie, navy dot", "0233-19045", 3, 65.00, 20),
    ("Children's wool coat, age 6", "0511-40318", 1, 189.00, 0),
)


def taxfree(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Tax free form - Harcourt & Lyle", A4)
    pdf.add_page()
    fill(pdf, (30, 60, 120))
    pdf.rect(0, 0, pdf.w, 58, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font(H, "B", 18)
    pdf.text(36, 36, "TAX FREE FORM")
    pdf.set_font(H, "", 8)
    right(pdf, pdf.w - 36, 26, "Export sales VAT refund  ·  keep this form with your goods")
    right(pdf, pdf.w - 36, 40, "Form no. TF 2027 0418 55192")
    black(pdf)
    pdf.set_font(H, "B", 9)
    pdf.text(36, 84, "Retailer")
    pdf.text(310, 84, "Traveller (complete in BLOCK CAPITALS)")
    pdf.set_font(H, "", 8.5)
    shop = (
        "Harcourt & Lyle",
        "Department store, 40-48 King Street",
        "Bath BA1 2DJ, United Kingdom",
    )
    shop += ("VAT reg. GB 398 5521 07", "Till 14  ·  receipt 2027-0418-0093")
    for k, text in enumerate(shop):
        pdf.text(36, 100 + k * 12, text)
    fields = (
        ("Surname", "TANAKA"),
        ("First name", "HARUKI"),
        ("Passport no.", "TZ4471093"),
        ("Country of residence", "JAPAN"),
        ("Address", "3-14-2 Ebisu, Shibuya-ku, Tokyo"),
        ("Departure date", "21 / 04 / 2027"),
    )
    for k, (label, value) in enumerate(fields):
        fy = 100 + k * 14
        grey(pdf, 90)
        pdf.text(310, fy, label)
        black(pdf)
        pdf.text(430, fy, value)
        rule(pdf, fy + 3, 200, 430, pdf.w - 36)
    y = 196
    cols = ((40, "l"), (250, "l"), (340, "r"), (420, "r"), (470, "r"), (555, "r"))
    band(pdf, 36, y - 11, pdf.w - 72, 15, 228)
    pdf.set_font(H, "B", 7.5)
    cells(
        pdf, y, cols, ["Description of goods", "Article", "Qty", "Price inc. VAT", "VAT", "Total"]
    )
    pdf.set_font(H, "", 8.5)
    total = vat = 0.0
    for description, article, qty, price, rate in TAXFREE_GOODS:
        y += 17
        line_total = qty * price
        line_vat = line_total * rate / (100 + rate)
        total += line_total
        vat += line_vat
        values = [description, article, str(qty), pounds(price), f"{rate}%", pounds(line_total)]
        cells(pdf, y, cols, values)
        rule(pdf, y + 5, 220, 36, pdf.w - 36)
    fee = round(vat * 0.18, 2)
    summary = (
        ("Total purchase inc. VAT", total),
        ("of which VAT", vat),
        ("Administration fee (18% of VAT)", fee),
        ("REFUND TO TRAVELLER", vat - fee),
    )
    y += 12
    for k, (label, value) in enumerate(summary):
        y += 15
        pdf.set_font(H, "B" if k == 3 else "", 9 if k == 3 else 8.5)
        right(pdf, 470, y, label)
        right(pdf, 555, y, pounds(value))
    y += 30
    pdf.set_font(H, "B", 9)
    pdf.text(36, y, "Refund method")
    pdf.set_font(H, "", 8.5)
    for k, label in enumerate(("Credit card no. **** **** **** 4417", "Cash at the airport desk")):
        pdf.rect(36 + k * 260, y + 8, 8, 8)
        pdf.text(50 + k * 260, y + 15, label)
    y += 44
    pdf.set_font(H, "B", 9)
    pdf.text(36, y, "Traveller's declaration")
    pdf.set_font(H, "", 8)
    declaration = (
        "I declare that I live outside the UK and the EU, that I will take the goods listed "
        "above out of the country unused within three months of purchase, and that the details "
        "I have given are correct. I understand that the refund is paid only after customs have "
        "validated this form."
    )
    y = lines(pdf, 36, y + 14, 300, declaration, 10.5)
    pdf.text(36, y + 18, "Signature")
    pdf.line(84, y + 19, 320, y + 19)
    pdf.set_draw_color(120, 120, 120)
    pdf.set_dash_pattern(dash=4, gap=3)
    pdf.rect(360, y - 62, 195, 96)
    pdf.set_dash_pattern()
    pdf.set_font(H, "B", 8)
    grey(pdf, 110)
    centre(pdf, 457, y - 48, "CUSTOMS VALIDATION STAMP")
    pdf.set_font(H, "", 7)
    centre(pdf, 457, y - 36, "Official use only")
    black(pdf)
    y += 60
    fill(pdf, (0, 0, 0))
    rng = words.rng
    bx = 36.0
    while bx < 260:
        bw = rng.choice((1.0, 1.5, 2.5))
        pdf.rect(bx, y, bw, 34, style="F")
        bx += bw + rng.choice((1.0, 1.5, 2.0))
    pdf.set_font(H, "", 7)
    pdf.text(36, y + 44, "TF 2027 0418 55192")
    pdf.set_font(H, "", 7.5)
    grey(pdf, 80)
    how = (
        "How to claim: show this form, your passport, your boarding pass and the goods at the "
        "customs desk before check-in. Post the stamped form in the envelope provided or hand it "
        "to a refund desk airside. Refunds to cards are made within 5 weeks."
    )
    lines(pdf, 290, y + 6, 265, how, 10)
    black(pdf)
    folio(pdf, H, "Refund service operated for Harcourt & Lyle by Meridian Refunds Ltd", "Copy 1")
    return pdf


def credit(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Fixed-sum loan agreement - Hartley Home", A4)
    goods = (
        ("Harlow corner sofa, left hand, grey bouclé", "HH-22310", 1899.00),
        ("Harlow footstool, grey bouclé", "HH-22318", 299.00),
        ("Oslo oak coffee table 120 × 60 cm", "HH-40127", 449.00),
        ("Delivery and two-person assembly", "SRV-DEL2", 49.00),
    )
    cash = sum(price for _, _, price in goods)
    deposit = 270.00
    credit_amount = cash - deposit
    months, apr = 36, 19.9
    rate = (1 + apr / 100) ** (1 / 12) - 1
    payment = round(credit_amount * rate / (1 - (1 + rate) ** -months), 2)
    payable = payment * months + deposit
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font(T, "B", 15)
        pdf.text(40, 48, "Fixed-Sum Loan Agreement")
        pdf.set_font(H, "", 8)
        grey(pdf, 80)
        pdf.text(
            40, 62, "regulated by the Consumer Credit Act 1974  ·  Agreement no. HHF-2027-118402"
        )
        right(pdf, pdf.w - 40, 48, "Hartley Home Finance")
        black(pdf)
        rule(pdf, 70, 120, 40, pdf.w - 40)
        if page == 1:
            pdf.set_font(H, "B", 9.5)
            pdf.text(40, 92, "Parties")
            pdf.set_font(H, "", 8.5)
            parties = (
                "Lender: Hartley Home Finance Ltd, 2 Mill Yard, Leeds LS11 5QT (FRN 731904), "
                "acting through its credit broker Hartley Home (Leeds) Ltd, the goods' supplier.",
                "Borrower: Mrs Joanne Pemberton, 17 Elm Grove, Otley LS21 1HD. Date of birth "
                "04/09/1981.",
            )
            y = 106
            for text in parties:
                y = lines(pdf, 40, y, pdf.w - 80, text, 11) + 4
            y += 10
            pdf.set_font(H, "B", 9.5)
            pdf.text(40, y, "Goods and services financed")
            y += 16
            cols = ((44, "l"), (330, "l"), (555, "r"))
            band(pdf, 40, y - 10, pdf.w - 80, 14, 230)
            pdf.set_font(H, "B", 7.5)
            cells(pdf, y, cols, ["Description", "Reference", "Cash price"])
            pdf.set_font(H, "", 8.5)
            for name, ref, price in goods:
                y += 16
                cells(pdf, y, cols, [name, ref, pounds(price)])
                rule(pdf, y + 5, 220, 40, pdf.w - 40)
            figures = (
                ("Total cash price", pounds(cash)),
                ("Deposit paid", pounds(deposit)),
                ("Amount of credit", pounds(credit_amount)),
                ("Duration", f"{months} months"),
                ("Monthly repayment", pounds(payment)),
                ("Total charge for credit", pounds(payable - cash)),
                ("Total amount payable", pounds(payable)),
                ("Rate of interest (fixed)", "18.29% a year"),
                ("APR", f"{apr}%"),
            )
            y += 24
            pdf.set_font(H, "B", 9.5)
            pdf.text(40, y, "Key financial information")
            y += 6
            for label, value in figures:
                y += 15
                pdf.set_font(H, "B" if label in ("APR", "Total amount payable") else "", 8.5)
                pdf.text(44, y, label)
                right(pdf, 300, y, value)
                rule(pdf, y + 4, 225, 40, 300)
            box_y = y - 9 * 15 - 4
            band(pdf, 330, box_y, 225, 130, 240)
            pdf.set_font(H, "B", 8.5)
            pdf.text(340, box_y + 16, "Repayments")
            pdf.set_font(H, "", 8)
            repay = (
                f"{months} monthly repayments of {pounds(payment)} by direct debit, the first one "
                "month after the goods are delivered, then on the same day each month. Paying "
                "late costs £12 each time."
            )
            lines(pdf, 340, box_y + 32, 205, repay, 10.5)
            y += 30
            pdf.set_font(H, "B", 9.5)
            pdf.text(40, y, "Your right to withdraw")
            pdf.set_font(H, "", 8)
            text = (
                "You may withdraw from this agreement without giving a reason within 14 days of "
                "the day after it is made, by telling us in writing or by phone on 0113 555 0172. "
                "You must then repay the credit and interest accrued at £0.76 a day within 30 "
                "days. Withdrawing from the loan does not cancel your contract for the goods."
            )
            lines(pdf, 40, y + 14, pdf.w - 80, text, 10.5)
        else:
            pdf.set_font(H, "B", 9.5)
            pdf.text(40, 92, "Repayment schedule (first twelve months)")
            cols = ((44, "l"), (170, "r"), (270, "r"), (370, "r"), (470, "r"))
            y = 112
            band(pdf, 40, y - 10, 440, 14, 230)
            pdf.set_font(H, "B", 7.5)
            cells(pdf, y, cols, ["Month", "Repayment", "Interest", "Capital", "Balance"])
            pdf.set_font(H, "", 8.5)
            balance = credit_amount
            for month in range(1, 13):
                interest = round(balance * rate, 2)
                capital = payment - interest
                balance -= capital
                y += 15
                values = [f"{month}", pounds(payment), pounds(interest), pounds(capital)]
                cells(pdf, y, cols, [*values, pounds(balance)])
                rule(pdf, y + 4, 225, 40, 480)
            y += 30
            terms = [
                "Early settlement: you may repay all or part of the credit at any time. We may "
                "charge up to 1% of the amount repaid early if more than a year remains.",
                "Missing payments: missing payments could have severe consequences, make "
                "obtaining credit more difficult and may lead to court action.",
                "Ownership: the goods belong to you from delivery; this is not a hire-purchase "
                "agreement and the goods are not security for the loan.",
                "Complaints: write to us first; you may then refer a complaint to the Financial "
                "Ombudsman Service.",
            ]
            pdf.set_font(H, "", 8)
            for text in terms:
                y = lines(pdf, 40, y, pdf.w - 80, text, 10.5) + 6
            y += 20
            for k, role in enumerate(("Signature of borrower", "Signed for the lender")):
                pdf.line(40 + k * 270, y, 250 + k * 270, y)
                pdf.set_font(H, "", 7.5)
                pdf.text(40 + k * 270, y + 10, f"{role}        Date")
        folio(
            pdf,
            H,
            "Hartley Home Finance Ltd is authorised and regulated by the FCA",
            f"{page} of 2",
        )
    return pdf


VACUUMS = (  # brand, rows (model numbers, bag type, filter, note)
    (
        "Hoover",
        (
            ("Purepower PP71, PP80", "H30", "U66", ""),
            ("Sprint SP1600, SP2100", "H63", "U57", "Micro filter behind the bag"),
            ("Telios TE70, TE80", "H64", "U73", ""),
            ("Freespace FV70, FV80", "H64", "U77", "H30 fits with an adaptor"),
        ),
    ),
    (
        "Miele",
        (
            ("S2000 series (S2110-S2190)", "FJM", "SF-AAC50", ""),
            ("S5000 series (S5210-S5780)", "GN", "SF-HA50", "HEPA filter optional"),
            ("Complete C2, C3", "GN", "SF-HA50", ""),
            ("Compact C1, C2", "FJM", "SF-AAC30", ""),
        ),
    ),
    (
        "Vax",
        (
            ("Power 3 V-091, V-092", "1-1-126", "1-1-131", "Cloth bag also available"),
            ("Commercial VCC-08", "1-9-125", "-", ""),
        ),
    ),
    (
        "Numatic",
        (
            ("Henry HVR200, HVR200A", "NVM-1CH", "-", "Hepaflo bags, 10 per box"),
            ("Hetty HET200, James JVP180", "NVM-1CH", "-", ""),
            ("George GVE370", "NVM-2BH", "-", "Larger bag for dry pick-up"),
        ),
    ),
    (
        "Sebo",
        (
            ("Automatic X4, X5, X7", "1093", "1120", "Exhaust filter every 10 bags"),
            ("Felix Premium", "8028", "7011", ""),
        ),
    ),
)


def compatibility(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Which bag fits my vacuum? - Hallam Repair Cafe", A4_LANDSCAPE)
    pdf.add_page()
    pdf.set_font(H, "B", 18)
    pdf.text(36, 44, "Which bag fits my vacuum?")
    pdf.set_font(H, "", 9)
    grey(pdf, 80)
    pdf.text(36, 60, "Bag and filter finder compiled by the volunteers of the Hallam Repair Café")
    right(pdf, pdf.w - 36, 44, "Edition 4, March 2027")
    right(pdf, pdf.w - 36, 58, "We do not sell bags: take this sheet to any shop")
    black(pdf)
    rule(pdf, 70, 120, 36, pdf.w - 36)
    cols = ((40, "l"), (120, "l"), (330, "l"), (410, "l"), (470, "l"))
    y = 92
    band(pdf, 36, y - 11, 520, 15, 228)
    pdf.set_font(H, "B", 7.5)
    cells(pdf, y, cols, ["Brand", "Models", "Bag type", "Filter", "Notes"])
    for brand, rows in VACUUMS:
        for k, (models, bag, filt, note) in enumerate(rows):
            y += 15
            pdf.set_font(H, "B" if k == 0 else "", 8.5)
            pdf.text(40, y, brand if k == 0 else "")
            pdf.set_font(H, "", 8.5)
            cells(pdf, y, cols[1:], [models, bag, filt, note])
        rule(pdf, y + 5, 190, 36, 556)
    # the bag types drawn, with their collar shapes
    pdf.set_font(H, "B", 10)
    pdf.text(590, 92, "Bag types at a glance")
    shapes = (("H30", "square collar"), ("GN", "slide-in plate"), ("NVM-1CH", "round flap"))
    shapes += (("1093", "clip-on tube"),)
    for k, (label, shape) in enumerate(shapes):
        bx, by = 590 + (k % 2) * 110, 110 + (k // 2) * 120
        fill(pdf, (236, 232, 222))
        pdf.set_draw_color(120, 110, 90)
        pdf.rect(bx, by, 70, 84, style="DF", round_corners=True, corner_radius=6)
        fill(pdf, (255, 255, 255))
        if k % 2:
            pdf.ellipse(bx + 23, by + 10, 24, 24, style="DF")
        else:
            pdf.rect(bx + 20, by + 8, 30, 26, style="DF")
        pdf.set_font(H, "B", 8.5)
        centre(pdf, bx + 35, by + 58, label)
        pdf.set_font(H, "", 7)
        centre(pdf, bx + 35, by + 70, shape)
    pdf.set_font(H, "", 8)
    tips = (
        "Check the model number on the plate under the machine, not the name on the lid. "
        "Pattern bags fit as well as branded ones; the bag type is the same. Change the bag "
        "when it is two-thirds full: suction falls long before it is packed tight. If your "
        "model is not here, bring it to a session and we will look it up."
    )
    lines(pdf, 590, 370, 210, tips, 11)
    pdf.set_font(H, "B", 8.5)
    pdf.text(590, 470, "Repair Café sessions")
    pdf.set_font(H, "", 8)
    pdf.text(590, 484, "First Saturday of the month, 10-1")
    pdf.text(590, 496, "St Mark's Hall, Broomhill, Sheffield")
    folio(pdf, H, "Free to copy and share  ·  hallamrepaircafe.org.uk", "1")
    return pdf


VALUED = (  # item, description, weight, marks, value
    (
        "An 18 carat yellow gold single-stone diamond ring",
        "The round brilliant-cut diamond in a six-claw setting, estimated 0.72 ct, colour G, "
        "clarity VS2, on a plain court-section band. Finger size M½.",
        "3.9 g",
        "Hallmarked Birmingham 2011",
        4850.00,
    ),
    (
        "A platinum diamond half-eternity ring",
        "Eleven round brilliant-cut diamonds, total estimated 0.55 ct, colour H, clarity SI1, "
        "channel set. Finger size M.",
        "5.2 g",
        "Hallmarked London 2014",
        3200.00,
    ),
    (
        "A gentleman's stainless steel automatic wristwatch",
        "Swiss made, 40 mm case, black dial with luminous hands, date at 3 o'clock, on an "
        "Oyster-type bracelet. Serial number 7K21Q448, with box and papers dated 2019.",
        "148 g",
        "Case and movement signed",
        6400.00,
    ),
    (
        "A 9 carat yellow gold curb-link bracelet",
        "Graduated filed curb links with a lobster clasp and safety chain, length 20 cm.",
        "24.6 g",
        "Hallmarked Sheffield 1998",
        1450.00,
    ),
    (
        "A pair of cultured pearl and white gold stud earrings",
        "Akoya pearls of 7.0-7.5 mm, good lustre, on 18 carat white gold posts and scroll backs.",
        "2.1 g",
        "Posts stamped 750",
        420.00,
    ),
    (
        "A Victorian gold and garnet locket on chain",
        "Oval locket set with a cabochon garnet, glazed compartment to the reverse, on a later "
        "9 carat trace chain, 45 cm.",
        "11.3 g",
        "Locket unmarked, tested 15 ct; chain hallmarked",
        980.00,
    ),
)


def valuation(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Insurance valuation - Pemberton", A4)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font(T, "B", 20)
        pdf.set_text_color(90, 70, 30)
        pdf.text(50, 52, "Ashworth & Daughters")
        black(pdf)
        pdf.set_font(T, "I", 9.5)
        pdf.text(50, 67, "Jewellers and registered valuers since 1921")
        pdf.set_font(H, "", 7.5)
        grey(pdf, 80)
        right(pdf, pdf.w - 50, 50, "14 Stonegate, York YO1 8AS")
        right(pdf, pdf.w - 50, 61, "Valuation ref. V27/0331")
        black(pdf)
        rule(pdf, 76, 150, 50, pdf.w - 50)
        y = 100
        if page == 1:
            pdf.set_font(T, "B", 14)
            pdf.text(50, y, "Valuation for Insurance Purposes")
            pdf.set_font(H, "", 8.5)
            intro = (
                "Prepared for Mrs J. Pemberton, 17 Elm Grove, Otley LS21 1HD, on 31 March 2027, "
                "following inspection of the items at our premises. Values are the cost of "
                "replacing each item with one of similar kind and quality, new where available, "
                "from a retail jeweller in the United Kingdom, including VAT at 20%."
            )
            y = lines(pdf, 50, y + 18, pdf.w - 100, intro, 11.5) + 12
        items = VALUED[:3] if page == 1 else VALUED[3:]
        for k, (title, description, weight, marks, value) in enumerate(items):
            number = k + 1 + (0 if page == 1 else 3)
            pdf.image(photo(26900 + number, (140, 140)), x=50, y=y, w=84, h=84)
            pdf.set_font(H, "B", 9.5)
            pdf.text(150, y + 10, f"Item {number}.  {title}")
            pdf.set_font(H, "", 8.5)
            ty = lines(pdf, 150, y + 25, pdf.w - 210, description, 11)
            grey(pdf, 80)
            pdf.text(150, ty + 2, f"Weight {weight}  ·  {marks}")
            black(pdf)
            pdf.set_font(H, "", 8.5)
            pdf.text(150, ty + 18, "Replacement value")
            pdf.set_font(H, "B", 10)
            right(pdf, pdf.w - 50, ty + 18, pounds(value))
            rule(pdf, ty + 24, 200, 150, pdf.w - 50)
            y = max(y + 100, ty + 40)
        if page == 2:
            total = sum(item[4] for item in VALUED)
            pdf.set_font(H, "B", 10.5)
            pdf.text(150, y + 6, "Total replacement value, items 1 to 6")
            right(pdf, pdf.w - 50, y + 6, pounds(total))
            y += 36
            notes = [
                "This valuation is for insurance purposes only and is not a price at which we or "
                "anyone else would buy the items. Diamond weights are estimated from measurement "
                "without removing stones from their settings.",
                "Precious metal and gem prices move: we recommend a revaluation every three "
                "years. Photographs are for identification and are not to scale.",
            ]
            pdf.set_font(H, "", 8)
            for text in notes:
                y = lines(pdf, 50, y, pdf.w - 100, text, 11) + 6
            y += 30
            pdf.line(50, y, 240, y)
            pdf.set_font(H, "", 8)
            pdf.text(50, y + 11, "R. Ashworth FGA DGA, registered valuer")
            pdf.text(330, y + 11, "Fee for this valuation: £95.00 (paid)")
        folio(
            pdf,
            H,
            "Ashworth & Daughters Ltd  ·  Member of the National Association of Jewellers",
            f"Page {page} of 2",
            50,
        )
    return pdf


# === the batch =================================================================================

BLIND_26 = ("railtabs", "vervolg", "uniform", "honeycomb", "cocinas", "leaderlines", "signs")
BLIND_26_NON_CATALOGS = ("taxfree", "credit", "compatibility", "valuation")
LAYOUTS_26 = BLIND_26 + BLIND_26_NON_CATALOGS
SCAN_DPI_26 = {"railtabs": 200, "vervolg": 250, "uniform": 200, "honeycomb": 150}
SCAN_DPI_26 |= {"cocinas": 200, "leaderlines": 150, "signs": 200}
SCAN_DPI_26 |= {"taxfree": 200, "credit": 250, "compatibility": 200, "valuation": 150}
LANGUAGE_26 = {"vervolg": "nl", "cocinas": "es"}
LOCALES_26 = {"en": "en_GB", "nl": "nl_NL", "es": "es_ES"}
SEED_26 = 26000
MAKERS_26: dict[str, Callable[[Words, Truth], FPDF]] = {
    "railtabs": railtabs,
    "vervolg": vervolg,
    "uniform": uniform,
    "honeycomb": honeycomb,
    "cocinas": cocinas,
    "leaderlines": leaderlines,
    "signs": signs,
    "taxfree": taxfree,
    "credit": credit,
    "compatibility": compatibility,
    "valuation": valuation,
}

# registered beside the earlier batches, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["26"] = Batch(
    LAYOUTS_26, BLIND_26, MAKERS_26, SEED_26, LANGUAGE_26, LOCALES_26, SCAN_DPI_26
)
