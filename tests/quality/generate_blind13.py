"""Blind batch 13: catalogs and look-alikes a PDF service receives, written WITHOUT the engine.

Bench figures, never test floors: only ``bench/quality.py --layouts blind13`` writes them, and the
batch is meant to be scored ONCE, at the end, as an honest estimate on catalogs nobody tuned on.
Nobody who wrote it read ``pdfqueue.engines`` (``catalog*``, ``layout*``, ``ocr*``,
``products*``), nor ran the engine or the bench on it; its forms are unlike every earlier
batch's (1-12).

What counts as a product (what a careful human labeller would list): a thing the document
offers, ONCE, named as printed; its codes, prices and sizes as printed (prices in printed
order, an offer price before the struck one it replaces). Section headings, categories, brands,
legends, column headings, filters, surcharges, set-up and origination charges, notes and totals
are not. Where a row or a line prints only an element or a weight under a model's name, the
product is named name + element (or weight), as a labeller writes it. Per layout (files
``b13-<layout>``; seeds ``SEED_13`` + index):

- ``licences``: a software partner price list printed from a SPREADSHEET (A4 landscape): grey
  gridlines round every cell, column letters A-H along the top and row numbers down the left as
  a spreadsheet prints them, the file name as the page header, "Page 1 of 2" at the foot, the
  title row and the header row repeated on each page, shaded product-line rows between. A SKU row
  is a product, named by its Description cell ("Ledgerly Professional Subscription 3 years");
  its code the SKU; prices the MSRP then the partner price as printed ("1,290.00"); the margin
  percentage is not a price.
- ``gifts``: a promotional-merchandise catalogue (A4, 2 x 3 cells a page): a photo ABOVE each
  item, the item code, the bold name, two lines of copy, the print area and method, and under
  it a small ruled tier table "Qty 50 | 100 | 250 | 500 | 1000" over "£ each 4.95 | 4.20 | ...",
  a dash where a quantity is below the minimum. An item is a product; its prices the tier prices
  left to right (dashes skipped). The origination charge in the footer is not.
- ``instrumenter``: a Norwegian music shop's sale flyer (A4, DejaVu, 3 pages): a red banner with
  the sale's dates, per page a HERO box (a large photo, the name, copy, the price on a yellow
  tag turned a few degrees, "før 14 990,-" struck) and five smaller boxes in a 2 + 3 masonry of
  unequal widths, prices "4 490,-". A box is a product: the sale price, then the struck one.
- ``sedacky``: a Czech upholstery type list (A4, DejaVu): per model a photo beside the model name
  ("Lund") and copy, then a ruled table whose first column is a drawn top-view pictogram of the
  element, then Provedení (the element: "trojsedák") | Kód | š × h × v cm | fabric-group price
  columns Skupina A | B | C | Kůže. A row is a product named model + element ("Lund trojsedák"),
  its code the Kód, its size the dimensions, its four prices left to right. The fabric-group
  legend and the sleeping-function surcharge are not products.
- ``krmivo``: a Hungarian pet-food range (A4, DejaVu, borderless): coloured section bars, per
  food a small photo at the left, the bold name, a line of copy, then ONE line of weight variants
  with their prices ("2 kg 4 990 Ft · 7,5 kg 14 490 Ft · 15 kg 24 990 Ft") and under it the
  article numbers in the same order ("Cikkszám: 31102 / 31103 / 31104"). Each weight is a
  product, named food + weight ("Prémium felnőtt kutyatáp bárány és rizs 7,5 kg"), its code
  the article number in the same place, its price the one after its weight.
- ``etichete``: a Romanian supermarket's sheet of SHELF-EDGE LABELS (A4, DejaVu, 3 x 5 labels
  a page with cut marks): the store's name, the product's name in bold, the pack, a large price
  ("7,49" with "lei" small), the unit price ("Preț/l: 7,49 lei"), a drawn EAN barcode with its
  digits, "Cod 102334"; some labels are red PROMO labels with the old price struck. A label is
  a product: its name, codes the internal code and the EAN, prices the price (then the struck
  one); the unit price is not a price of the label's pack and is left out.
- ``bakery``: a wholesale bakery's STANDING ORDER FORM (A4 landscape, ruled): account fields to
  fill in, then Code | Product | Weight | Pack | Price | Mon ... Sat (blank boxes), group rows
  ("BREAD", "ROLLS AND BAPS", ...), "NEW" after some names; two pages. A row is a product (its
  code, its price "£1.45", its weight as size); the delivery charge note is not.
- ``montres``: a Swiss watchmaker's catalogue (A4, serif, French): page 1 an introduction (a
  large photo and prose, no product), then two watches a page, photos alternating left and
  right, the model name, "Réf. 2214.40.07", a spec line, the strap, and "CHF 4'250.–" or "Prix
  sur demande" (a watch without a price is still a product, with no prices); on the last page a
  borderless list of straps and a winder, each a product.
- ``loja``: a Portuguese web shop's category page PRINTED FROM A BROWSER (A4, DejaVu): the
  browser's date and page title at the top, the URL and "1/3" at the foot, the site's header
  and search box, a breadcrumb, a left column of filters with counts ("Arvo (14)": facets, not
  products), a sort line, then a 3 x 3 grid of tiles: photo, a "-20%" badge on some, the name
  wrapped over two lines, drawn stars with a review count, the price, a struck price on some,
  "Adicionar ao carrinho" buttons; pagination. A tile is a product (price, then struck price).

Batch 13 non-catalogs (truth: no products): ``gebuehren`` (a German bank's schedule of prices
and services: account models with monthly fees, card fees, transfer fees), ``rfq`` (a buyer's
request for quotation: items, specifications, quantities, required dates, blank price columns),
``packing`` (an exporter's packing list: cartons, item codes, descriptions, quantities, net
and gross weights, dimensions, totals), ``claim`` (a household contents insurance claim: a
schedule of stolen items with make, date bought and price paid), ``supplies`` (a school's
equipment list for a year group: items and quantities, a cost estimate in prose).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 13 [--scanned]
"""

from __future__ import annotations

from collections.abc import Callable

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo, wrap
from generate_blind import A4_LANDSCAPE, Batch, product, right, sized_pdf
from generate_blind6 import DEJAVU, stars, strike, unicode_pdf
from generate_blind9 import black, centre, grey
from generate_blind11 import cells, rule
from generate_blind12 import paragraph, serif_pdf


def spaced(value: float, decimals: int = 0) -> str:
    """14990 -> '14 990' (a space between thousands, a comma before decimals)."""
    text = f"{value:,.{decimals}f}".replace(",", " ")
    return text.replace(".", ",")


def with_italic(pdf: FPDF) -> FPDF:
    pdf.add_font("DejaVu", "I", str(DEJAVU / "DejaVuSans-Oblique.ttf"))
    return pdf


# === catalogs ==================================================================================

LICENCE_LINES = (
    ("LEDGERLY ACCOUNTING", "Ledgerly", 240.0),
    ("STACKPAD TEAM NOTES", "Stackpad", 96.0),
    ("QUORUM VIDEO MEETINGS", "Quorum", 150.0),
)
EDITIONS = (("Standard", 1.0), ("Professional", 1.8), ("Enterprise", 3.1))
LICENCE_TYPES = (
    ("Subscription 1 year", "SUB", "12 months", 1.0),
    ("Subscription 3 years", "SUB", "36 months", 2.6),
    ("Perpetual licence", "PERP", "perpetual", 3.4),
    ("Maintenance renewal 1 year", "MNT", "12 months", 0.7),
)


def licences(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("PartnerPriceList_Q1_2026", A4_LANDSCAPE)
    letters = "ABCDEFGH"
    widths = (105.0, 220.0, 50.0, 65.0, 55.0, 80.0, 80.0, 60.0)
    x0, row_h, gutter = 58.0, 17.0, 24.0
    heads = ("SKU", "Description", "Licence", "Term", "Min. users")
    heads += ("MSRP (EUR)", "Partner (EUR)", "Margin")
    rows: list[tuple[str, list[str]]] = []
    for title, line, base in LICENCE_LINES:
        rows.append(("group", [title, "", "", "", "", "", "", ""]))
        for edition, factor in EDITIONS:
            for kind, short, term, weight in LICENCE_TYPES:
                sku = f"{line[:3].upper()}-{edition[:3].upper()}-{short}-{term[:2].upper()}"
                sku += f"{words.rng.randrange(10, 99)}"
                msrp = round(base * factor * weight, -1)
                margin = words.rng.choice((18, 20, 22, 25))
                partner = msrp * (1 - margin / 100)
                users = "1" if edition != "Enterprise" else "25"
                name = f"{line} {edition} {kind}"
                rows.append(
                    (
                        "item",
                        [
                            sku,
                            name,
                            short,
                            term,
                            users,
                            f"{msrp:,.2f}",
                            f"{partner:,.2f}",
                            f"{margin}%",
                        ],
                    )
                )
    per_page = 26
    pages = [rows[k : k + per_page] for k in range(0, len(rows), per_page)]
    row_number = 4
    for page, chunk in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        centre(pdf, A4_LANDSCAPE[0] / 2, 24, "PartnerPriceList_Q1_2026.xlsx")
        # the sheet's column letters, as a spreadsheet prints its headings
        pdf.set_fill_color(230, 230, 230)
        pdf.set_draw_color(170, 170, 170)
        pdf.set_line_width(0.4)
        y = 40.0
        pdf.rect(x0 - gutter, y, gutter, 14, style="DF")
        x = x0
        for letter, width in zip(letters, widths, strict=True):
            pdf.rect(x, y, width, 14, style="DF")
            centre(pdf, x + width / 2, y + 10, letter)
            x += width
        y += 14
        sheet = [("title", ["Northwind Software - partner price list Q1 2026"] + [""] * 7)]
        sheet += [("note", ["Prices in EUR excluding VAT, valid 01.01.2026 to 31.03.2026"])]
        sheet += [("head", list(heads))]
        numbers = [1, 2, 3, *range(row_number, row_number + len(chunk))]
        row_number += len(chunk)
        for number, (kind, values) in zip(numbers, sheet + chunk, strict=True):
            pdf.set_fill_color(230, 230, 230)
            pdf.set_draw_color(170, 170, 170)
            pdf.rect(x0 - gutter, y, gutter, row_h, style="DF")
            pdf.set_font("Helvetica", "", 7.5)
            right(pdf, x0 - 4, y + 12, str(number))
            x = x0
            pdf.set_draw_color(205, 205, 205)
            for width in widths:
                if kind == "group":
                    pdf.set_fill_color(221, 235, 247)
                    pdf.rect(x, y, width, row_h, style="DF")
                else:
                    pdf.rect(x, y, width, row_h)
                x += width
            bold = kind in ("title", "head", "group")
            pdf.set_font("Helvetica", "B" if bold else "", 11 if kind == "title" else 8.5)
            x = x0
            for k, (value, width) in enumerate(zip(values, widths, strict=False)):
                if k >= 5 and kind in ("item", "head"):
                    right(pdf, x + width - 4, y + 12, value)
                else:
                    pdf.text(x + 4, y + 12, value)
                x += width
            if kind == "item":
                sku, name, *_, msrp, partner, _ = values
                truth.products.append(product(name, [sku], [msrp, partner], page))
            y += row_h
        pdf.set_font("Helvetica", "", 8)
        centre(pdf, A4_LANDSCAPE[0] / 2, 575, f"Page {page} of {len(pages)}")
    return pdf


GIFTS = (
    ("Bamboo desk organiser", "Four compartments for pens, phone and cards.", "80 x 25 mm", 50),
    ("Recycled cotton tote bag", "140 g/m², long handles, natural colour.", "250 x 250 mm", 100),
    ("Stainless steel travel mug", "Double-walled, 400 ml, leak-proof lid.", "70 x 40 mm", 50),
    ("Wheat-straw ballpen", "Blue ink, push button, biodegradable barrel.", "45 x 8 mm", 250),
    (
        "A5 notebook with elastic band",
        "80 lined sheets, PU cover, ribbon marker.",
        "90 x 60 mm",
        50,
    ),
    ("Wireless charging pad 10 W", "Qi-compatible, wheat-straw composite housing.", "50 Ø mm", 25),
    ("Golf umbrella 30 inch", "Windproof fibreglass frame, auto-open.", "200 x 120 mm", 25),
    ("Enamel camping mug", "350 ml, steel with enamel coating, black rim.", "60 x 40 mm", 100),
    ("Lanyard with safety clip", "20 mm polyester, metal hook, full colour.", "15 x 800 mm", 250),
    ("Fleece blanket in pouch", "120 x 150 cm, 180 g/m², with carry strap.", "100 x 50 mm", 25),
    ("Seed paper bookmark", "Plantable wildflower paper, printed both sides.", "50 x 150 mm", 250),
    ("USB-C memory stick 32 GB", "Aluminium twist case, data preloading.", "30 x 10 mm", 50),
    ("Bluetooth speaker cube", "5 W, 8 h playtime, rubberised finish.", "40 x 40 mm", 25),
    ("Cork coaster set of 4", "Round, 10 cm, in a kraft gift box.", "60 Ø mm", 50),
    ("Glass water bottle 500 ml", "Borosilicate glass, bamboo lid, sleeve.", "60 x 80 mm", 50),
    ("Foldable shopping bag", "Ripstop polyester, folds into its pocket.", "150 x 150 mm", 100),
    ("Highlighter set of 3", "Chisel tip, yellow, pink and green.", "40 x 8 mm", 250),
    ("Cotton baseball cap", "Six panels, brass buckle, 12 colours.", "70 x 50 mm", 50),
)
GIFT_TIERS = (50, 100, 250, 500, 1000)


def gifts(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Brandworks promotional products 2026", A4)
    per_page = 6
    code = words.rng.randrange(4000, 4100)
    for page in range(1, len(GIFTS) // per_page + 1):
        pdf.add_page()
        pdf.set_fill_color(20, 40, 80)
        pdf.rect(0, 0, A4[0], 40, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 14)
        pdf.text(40, 26, "BRANDWORKS")
        pdf.set_font("Helvetica", "", 8.5)
        right(
            pdf, 555, 26, ("Office and desk", "Drinkware and outdoors", "Bags and more")[page - 1]
        )
        black(pdf)
        for k, (name, copy, area, minimum) in enumerate(
            GIFTS[(page - 1) * per_page : page * per_page]
        ):
            x, y = 40 + (k % 2) * 265, 60 + (k // 2) * 250
            pdf.image(photo(13010 + page * 10 + k, (220, 120)), x=x, y=y, w=250, h=110)
            code += words.rng.randrange(3, 40)
            item = f"BW-{code}"
            pdf.set_font("Helvetica", "", 7.5)
            grey(pdf)
            pdf.text(x, y + 124, item)
            black(pdf)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.text(x, y + 138, name)
            pdf.set_font("Helvetica", "", 8)
            pdf.text(x, y + 151, copy)
            method = words.rng.choice(("Pad print", "Screen print", "Laser engraving", "Transfer"))
            pdf.text(x, y + 162, f"Print area: {area}  ·  {method}, 1 colour")
            base = words.rng.uniform(0.6, 14.0)
            prices = []
            pdf.set_draw_color(150, 150, 150)
            pdf.set_line_width(0.4)
            tx, cw = x, 250 / 6
            for row, label in enumerate(("Qty", "£ each")):
                ry = y + 172 + row * 15
                pdf.rect(tx, ry, cw, 15)
                pdf.set_font("Helvetica", "B" if row == 0 else "", 7.5)
                pdf.text(tx + 3, ry + 10.5, label)
                for c, qty in enumerate(GIFT_TIERS):
                    cx = tx + (c + 1) * cw
                    if row == 0:
                        pdf.set_fill_color(235, 235, 235)
                        pdf.rect(cx, ry, cw, 15, style="DF")
                        centre(pdf, cx + cw / 2, ry + 10.5, str(qty))
                        continue
                    pdf.rect(cx, ry, cw, 15)
                    if qty < minimum:
                        centre(pdf, cx + cw / 2, ry + 10.5, "—")
                        continue
                    value = f"{base * (1 - 0.07 * c):.2f}"
                    prices.append(value)
                    centre(pdf, cx + cw / 2, ry + 10.5, value)
            truth.products.append(product(name, [item], prices, page, sizes=[area]))
        pdf.set_font("Helvetica", "", 7)
        grey(pdf)
        pdf.text(
            40,
            818,
            "Prices per unit excl. VAT, including a 1-colour print in one position. "
            "Origination £45.00 per design. Delivery to one UK address included.",
        )
        right(pdf, 555, 818, str(page + 11))
        black(pdf)
    return pdf


INSTRUMENTER = (
    (
        ("Digitalpiano Kaya DP-330 Sort", "88 vektede tangenter, 256 stemmer, inkl. benk.", 12990),
        ("Akustisk gitar Norda D-18 Natur", "Massiv grantopp, mahogni", 4490),
        ("Gitarforsterker Volt 40 W", "To kanaler, innebygd romklang", 2790),
        ("Ukulele Solbær sopran", "Inkl. bag og stemmeapparat", 690),
        ("Stemmeapparat Klipp T2", "Klemmes på hodet", 149),
        ("Gitarstativ Fjell GS-1", "Sammenleggbart", 249),
    ),
    (
        ("Trommesett Torden Fusion 5", "Komplett med cymbaler og krakk.", 8990),
        ("Elektronisk trommesett Puls E8", "Mesh-skinn, 30 sett", 6990),
        ("Trommestikker Eik 5A", "Tre par, hickory", 199),
        ("Cajón Bris med basslue", "Inkl. bag", 1290),
        ("Hodetelefoner Studio M50", "Lukket, 38 ohm", 1190),
        ("Øreplugger Lydvern Musiker", "Flat demping 20 dB", 329),
    ),
    (
        ("Keyboard Kaya KX-61", "61 anslagsfølsomme tangenter, 600 lyder.", 3490),
        ("MIDI-keyboard Puls Mini 25", "25 tangenter, 8 pads", 990),
        ("Lydkort Volt Duo USB", "To innganger, 24 bit", 1490),
        ("Mikrofon Norda Vokal 58", "Dynamisk, kardioide", 890),
        ("Mikrofonstativ Fjell Bom", "Med bom-arm", 349),
        ("Keyboardstativ Fjell X2", "Dobbeltkryss", 449),
    ),
)


HERO_COPY = (
    "Prøv den i butikken, våre selgere hjelper deg gjerne.",
    "Fri frakt ved netthandel og 60 dagers åpent kjøp.",
    "Leveres med to års garanti og gratis første service.",
)


def was(value: int) -> int:
    """The price before the sale, rounded as shops round (690 -> 869, 4490 -> 5390)."""
    if value < 1000:
        return round(value * 1.25, -1) - 1
    return round(value * 1.2, -2) - 10


def price_tag(pdf: FPDF, x: float, y: float, price: str, angle: float) -> None:
    with pdf.rotation(angle, x + 70, y + 25):
        pdf.set_fill_color(255, 214, 0)
        pdf.rect(x, y, 140, 50, style="F")
        pdf.set_font("DejaVu", "B", 26)
        centre(pdf, x + 70, y + 35, price)


def instrumenter(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Musikkhuset - vintersalg", A4)
    article = words.rng.randrange(55000, 56000)
    for page, boxes in enumerate(INSTRUMENTER, 1):
        pdf.add_page()
        pdf.set_fill_color(200, 20, 30)
        pdf.rect(0, 0, A4[0], 64, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 24)
        pdf.text(40, 40, "MUSIKKHUSET")
        pdf.set_font("DejaVu", "B", 11)
        right(pdf, 555, 32, "VINTERSALG")
        pdf.set_font("DejaVu", "", 8)
        right(pdf, 555, 47, "Gjelder 2.–15. februar 2026, så langt lageret rekker")
        black(pdf)
        # the hero: a big photo, copy, a turned price tag
        (name, copy, value), *rest = boxes
        pdf.image(photo(13100 + page, (300, 220)), x=40, y=80, w=290, h=230)
        pdf.set_font("DejaVu", "B", 15)
        y = paragraph(pdf, 345, 104, 210, name, 18)
        pdf.set_font("DejaVu", "", 9)
        y = paragraph(pdf, 345, y + 4, 210, f"{copy} {words.rng.choice(HERO_COPY)}", 12)
        article += words.rng.randrange(5, 60)
        pdf.set_font("DejaVu", "", 7.5)
        pdf.text(345, y + 4, f"Art.nr. {article}")
        sale, before = f"{spaced(value)},-", f"{spaced(value * 1.16 // 10 * 10)},-"
        price_tag(pdf, 380, 230, sale, 6)
        pdf.set_font("DejaVu", "", 10)
        strike(pdf, 395, 300, f"før {before}")
        truth.products.append(product(name, [str(article)], [sale, before], page))
        # the masonry: two wide boxes, then three narrow ones
        spans = ((40, 330, 252.5), (307.5, 330, 247.5))
        spans += ((40, 560, 165), (215, 560, 165), (390, 560, 165))
        for (bx, by, bw), (name, copy, value) in zip(spans, rest, strict=True):
            tall = by == 330
            ph = 120 if tall else 95
            pdf.set_draw_color(200, 200, 200)
            pdf.rect(bx, by, bw, 220 if tall else 230)
            pdf.image(
                photo(13120 + page * 10 + int(bx), (200, 120)), x=bx + 6, y=by + 6, w=bw - 12, h=ph
            )
            pdf.set_font("DejaVu", "B", 9.5)
            ty = paragraph(pdf, bx + 8, by + ph + 22, bw - 16, name, 12)
            pdf.set_font("DejaVu", "", 7.5)
            grey(pdf, 80)
            pdf.text(bx + 8, ty + 1, copy)
            black(pdf)
            article += words.rng.randrange(5, 60)
            sale = f"{spaced(value)},-"
            prices = [sale]
            pdf.set_font("DejaVu", "B", 18)
            pdf.set_text_color(200, 20, 30)
            right(pdf, bx + bw - 8, by + (210 if tall else 220), sale)
            black(pdf)
            if words.rng.random() < 0.6:
                before = f"{spaced(was(value))},-"
                pdf.set_font("DejaVu", "", 7.5)
                strike(pdf, bx + 8, by + (210 if tall else 220), f"før {before}")
                prices.append(before)
            pdf.set_font("DejaVu", "", 6.5)
            grey(pdf)
            pdf.text(bx + 8, by + (196 if tall else 206), f"Art.nr. {article}")
            black(pdf)
            truth.products.append(product(name, [str(article)], prices, page))
        pdf.set_font("DejaVu", "", 7)
        grey(pdf)
        pdf.text(
            40,
            815,
            "Musikkhuset Oslo · Bergen · Trondheim · musikkhuset.example · Vi tar "
            "forbehold om trykkfeil.",
        )
        right(pdf, 555, 815, f"Side {page}")
        black(pdf)
    return pdf


SEDACKY = (
    (
        "Lund",
        "Skandinávská souprava s tenkými područkami a nožkami z masivního dubu. Sedák s "
        "taštičkovými pružinami, opěrák z pěny HR.",
        (
            ("trojsedák", "3S", (214, 92, 84), 24990),
            ("dvojsedák", "2S", (174, 92, 84), 21490),
            ("křeslo", "1S", (94, 92, 84), 12990),
            ("taburet", "TB", (70, 60, 44), 4990),
        ),
    ),
    (
        "Bergen",
        "Rohová sestava s nastavitelnými hlavovými opěrkami. Roh lze objednat vlevo i vpravo.",
        (
            ("rohová sestava L", "RL", (282, 184, 86), 42990),
            ("rohová sestava P", "RP", (282, 184, 86), 42990),
            ("trojsedák s lenoškou", "3L", (262, 160, 86), 36490),
            ("trojsedák", "3S", (226, 98, 86), 27990),
        ),
    ),
    (
        "Oslo",
        "Kompaktní pohovka do menších obývacích pokojů, volné polštáře v opěráku.",
        (
            ("dvojsedák", "2S", (156, 86, 80), 15990),
            ("trojsedák", "3S", (196, 86, 80), 18490),
            ("křeslo", "1S", (82, 86, 80), 9990),
        ),
    ),
    (
        "Tromsø",
        "Modulová souprava s elektrickým relaxem, ovládání tlačítky v područce.",
        (
            ("trojsedák relax", "3R", (232, 102, 102), 44990),
            ("dvojsedák relax", "2R", (182, 102, 102), 37990),
            ("křeslo relax", "1R", (98, 102, 102), 24990),
            ("taburet", "TB", (72, 62, 46), 5990),
        ),
    ),
    (
        "Vesna",
        "Rozkládací pohovka s úložným prostorem, funkce spaní 140 × 200 cm.",
        (
            ("trojsedák rozkládací", "3F", (218, 96, 88), 26990),
            ("rohová sestava rozkládací", "RF", (268, 172, 88), 38990),
        ),
    ),
    (
        "Kodaň",
        "Nízká lounge pohovka s hlubokým sedem a prošíváním.",
        (
            ("čtyřsedák", "4S", (256, 104, 76), 34990),
            ("trojsedák", "3S", (216, 104, 76), 29990),
            ("lenoška", "LE", (96, 168, 76), 19990),
        ),
    ),
)
FABRIC_GROUPS = (1.0, 1.12, 1.27, 1.55)


def pictogram(pdf: FPDF, x: float, y: float, code: str) -> None:
    """A small top view of the element, as type lists draw them."""
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.5)
    seats = {"1": 1, "2": 2, "3": 3, "4": 4}.get(code[0], 0)
    if code == "TB":
        pdf.rect(x + 8, y + 3, 14, 10)
    elif code[0] in "RL" and code[1] in "LPFE":
        pdf.rect(x, y + 2, 30, 6)
        pdf.rect(x + (0 if code[1] != "P" else 22), y + 2, 8, 14)
    else:
        pdf.rect(x, y + 2, 30, 12)
        for k in range(1, max(seats, 1)):
            pdf.line(x + k * 30 / seats, y + 4, x + k * 30 / seats, y + 14)
        if code[1] == "L":
            pdf.rect(x + 22, y + 2, 8, 16)


def sedacky(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("POHODA nábytek - ceník sedacích souprav 2026", A4)
    cols = ((82, "l"), (196, "l"), (254, "l"), (393, "r"), (447, "r"), (501, "r"), (553, "r"))
    code = words.rng.randrange(610, 690)
    per_page = 2
    for page in range(1, len(SEDACKY) // per_page + 1):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 11)
        pdf.text(40, 36, "POHODA nábytek")
        pdf.set_font("DejaVu", "", 8)
        right(pdf, 555, 36, "Ceník sedacích souprav · platný od 1. 1. 2026 · ceny v Kč vč. DPH")
        rule(pdf, 44, 120)
        y = 64
        for model, copy, elements in SEDACKY[(page - 1) * per_page : page * per_page]:
            pdf.image(photo(13200 + code, (240, 150)), x=40, y=y, w=200, h=125)
            pdf.set_font("DejaVu", "B", 22)
            pdf.text(258, y + 24, model)
            pdf.set_font("DejaVu", "", 8.5)
            paragraph(pdf, 258, y + 44, 297, copy, 12)
            pdf.set_font("DejaVu", "", 7.5)
            grey(pdf)
            pdf.text(258, y + 110, "Nožky: dub olejovaný · Záruka 5 let na kostru")
            black(pdf)
            y += 150
            pdf.set_fill_color(235, 235, 235)
            pdf.rect(40, y - 11, 515, 15, style="F")
            pdf.set_font("DejaVu", "B", 7.5)
            heads = ["Provedení", "Kód", "š × h × v cm", "Skupina A", "Skupina B"]
            cells(pdf, y, cols, [*heads, "Skupina C", "Kůže"])
            for element, short, dims, base in elements:
                y += 22
                code += words.rng.randrange(1, 9)
                ref = f"{model[:3].upper()}-{short}-{code}"
                size = " × ".join(str(d) for d in dims)
                prices = [
                    spaced(round(base * f, -1) - 10 if f > 1 else base) for f in FABRIC_GROUPS
                ]
                pictogram(pdf, 44, y - 14, short)
                pdf.set_font("DejaVu", "", 8.5)
                cells(pdf, y, cols, [element, ref, size, *prices])
                pdf.set_draw_color(180, 180, 180)
                pdf.set_line_width(0.3)
                pdf.line(40, y + 7, 555, y + 7)
                truth.products.append(
                    product(f"{model} {element}", [ref], prices, page, sizes=[size])
                )
            y += 48
        pdf.set_font("DejaVu", "", 7)
        grey(pdf, 80)
        paragraph(
            pdf,
            40,
            780,
            515,
            "Skupina A: mikroplyš Aura, Soft · Skupina B: žinylka Nova, Velvet Lux · Skupina C: "
            "bouclé Nube, len Natura · Kůže: hovězí kůže Nappa. Příplatek za funkci spaní "
            "4 990 Kč. Dodací lhůta 6–8 týdnů.",
            9,
        )
        right(pdf, 555, 815, f"strana {page}")
        black(pdf)
    return pdf


KRMIVO = (
    (
        "Kutyatáp (száraz)",
        (
            (
                "Prémium felnőtt kutyatáp bárány és rizs",
                "Közepes és nagy testű kutyáknak, 26% fehérje",
                ("2 kg", "7,5 kg", "15 kg"),
                4990,
            ),
            (
                "Kölyök kutyatáp csirkével",
                "Kölyköknek 12 hónapos korig, DHA-val",
                ("1,5 kg", "7,5 kg"),
                3990,
            ),
            (
                "Gabonamentes kutyatáp lazaccal",
                "Érzékeny emésztésű kutyáknak",
                ("2 kg", "6 kg", "12 kg"),
                5990,
            ),
            (
                "Senior kutyatáp pulykával",
                "7 év feletti kutyáknak, ízületvédő",
                ("3 kg", "12 kg"),
                5490,
            ),
        ),
    ),
    (
        "Kutyakonzerv és jutalomfalat",
        (
            ("Marhahúsos kutyakonzerv", "Szószban, 65% hústartalom", ("400 g", "800 g"), 690),
            ("Rágócsont kacsahússal", "Fogtisztító, natúr", ("100 g", "250 g"), 1290),
            ("Edzésfalat csirkemellből", "Szárított, gabonamentes", ("80 g", "200 g"), 990),
        ),
    ),
    (
        "Macskatáp",
        (
            (
                "Felnőtt macskatáp tonhallal",
                "Ivartalanított macskáknak is",
                ("400 g", "2 kg", "7 kg"),
                1490,
            ),
            ("Kölyök macskatáp csirkével", "Apró szemcsék, taurinnal", ("400 g", "2 kg"), 1690),
            ("Beltéri macskatáp nyúllal", "Szőrlabda-kontroll", ("1,5 kg", "4 kg"), 3490),
            (
                "Alutasakos macskaeledel mix",
                "12 × 85 g, négy ízben",
                ("12 × 85 g", "48 × 85 g"),
                2990,
            ),
        ),
    ),
)


def weight_factor(weight: str, first: str) -> float:
    def grams(text: str) -> float:
        number, unit = text.rsplit(" ", 1)
        if "×" in number:
            count, each = number.split("×")
            return float(count) * float(each.strip())
        value = float(number.replace(",", "."))
        return value * 1000 if unit == "kg" else value

    ratio = grams(weight) / grams(first)
    return ratio**0.85


def krmivo(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Állatpatika Kft. - kutya- és macskaeledel árlista 2026", A4)
    colours = ((210, 120, 30), (150, 90, 40), (60, 120, 160))
    code = words.rng.randrange(31000, 31100)
    for page, ((section, foods), colour) in enumerate(zip(KRMIVO, colours, strict=True), 1):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 16)
        pdf.text(40, 48, "ÁLLATPATIKA")
        pdf.set_font("DejaVu", "", 8)
        grey(pdf, 90)
        right(pdf, 555, 40, "Kutya- és macskaeledel árlista · 2026. január")
        right(pdf, 555, 51, "Az árak bruttó árak, forintban")
        black(pdf)
        pdf.set_fill_color(*colour)
        pdf.rect(40, 70, 515, 22, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 11)
        pdf.text(48, 85, section.upper())
        black(pdf)
        y = 120
        for name, copy, weights, base in foods:
            pdf.image(photo(13300 + code % 997, (100, 100)), x=40, y=y - 10, w=70, h=70)
            pdf.set_font("DejaVu", "B", 11)
            pdf.text(125, y + 4, name)
            pdf.set_font("DejaVu", "", 8.5)
            grey(pdf, 80)
            pdf.text(125, y + 18, copy)
            black(pdf)
            parts, codes, prices = [], [], []
            for weight in weights:
                code += words.rng.randrange(1, 4)
                value = round(base * weight_factor(weight, weights[0]), -1) - 10
                value = base if weight == weights[0] else value
                price = f"{spaced(value)} Ft"
                parts.append(f"{weight} {price}")
                codes.append(str(code))
                prices.append(price)
                truth.products.append(
                    product(f"{name} {weight}", [str(code)], [price], page, sizes=[weight])
                )
            pdf.set_font("DejaVu", "B", 9.5)
            pdf.set_text_color(*colour)
            pdf.text(125, y + 36, "  ·  ".join(parts))
            black(pdf)
            pdf.set_font("DejaVu", "", 7.5)
            grey(pdf)
            pdf.text(125, y + 50, "Cikkszám: " + " / ".join(codes))
            black(pdf)
            y += 150 if len(foods) == 3 else 140
        pdf.set_font("DejaVu", "", 7)
        grey(pdf)
        paragraph(
            pdf,
            40,
            790,
            515,
            "Az árváltozás jogát fenntartjuk. 15 000 Ft feletti rendelés esetén a házhozszállítás "
            "ingyenes, alatta 1 490 Ft.",
            9,
        )
        right(pdf, 555, 815, f"{page}. oldal")
        black(pdf)
    return pdf


ETICHETE = (
    ("Lapte de vacă 1,5% grăsime", "1 l", 7.49, "l", 1.0),
    ("Iaurt grecesc natural 10%", "400 g", 9.99, "kg", 0.4),
    ("Unt 82% grăsime", "200 g", 11.49, "kg", 0.2),
    ("Brânză telemea de vacă", "500 g", 18.90, "kg", 0.5),
    ("Ouă de găină mărimea M", "10 buc", 12.99, "buc", 10),
    ("Pâine albă feliată", "500 g", 5.49, "kg", 0.5),
    ("Făină albă tip 000", "1 kg", 4.79, "kg", 1.0),
    ("Zahăr tos", "1 kg", 5.29, "kg", 1.0),
    ("Ulei de floarea-soarelui", "1 l", 8.99, "l", 1.0),
    ("Orez bob lung", "1 kg", 7.89, "kg", 1.0),
    ("Paste spaghetti nr. 5", "500 g", 4.49, "kg", 0.5),
    ("Pastă de roșii 24%", "400 g", 6.79, "kg", 0.4),
    ("Cafea măcinată Clasic", "250 g", 16.99, "kg", 0.25),
    ("Ceai negru 20 plicuri", "40 g", 8.49, "kg", 0.04),
    ("Apă minerală carbogazoasă", "2 l", 3.29, "l", 2.0),
    ("Suc de portocale 100%", "1 l", 9.49, "l", 1.0),
    ("Ciocolată cu lapte și alune", "100 g", 6.99, "kg", 0.1),
    ("Biscuiți cu unt", "175 g", 4.99, "kg", 0.175),
    ("Fasole boabe albă", "500 g", 8.29, "kg", 0.5),
    ("Mălai extra", "1 kg", 5.99, "kg", 1.0),
    ("Muștar dulce", "300 g", 4.59, "kg", 0.3),
    ("Maioneză cu ulei de măsline", "400 ml", 11.99, "l", 0.4),
    ("Detergent de vase lămâie", "900 ml", 9.79, "l", 0.9),
    ("Hârtie igienică 3 straturi", "10 role", 21.99, "rolă", 10),
    ("Șervețele umede", "72 buc", 7.49, "buc", 72),
    ("Pastă de dinți cu fluor", "75 ml", 8.99, "l", 0.075),
    ("Șampon pentru păr normal", "400 ml", 14.49, "l", 0.4),
    ("Săpun lichid cu aloe", "500 ml", 10.99, "l", 0.5),
    ("Cartofi albi", "2 kg", 6.98, "kg", 2.0),
    ("Mere roșii Ionatan", "1 kg", 4.99, "kg", 1.0),
)


def ean13(words: Words) -> str:
    body = "594" + "".join(str(words.rng.randrange(10)) for _ in range(9))
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return body + str(check)


def barcode(pdf: FPDF, x: float, y: float, digits: str, width: float, height: float) -> None:
    """Bars drawn from the digits (a stand-in for EAN-13 modules), the digits below."""
    pdf.set_fill_color(0, 0, 0)
    module = width / 95
    pattern = "101" + "".join(f"{int(d) * 7 + 3:07b}"[-7:] for d in digits[1:]) + "101"
    for k, bit in enumerate(pattern[:95]):
        if bit == "1":
            pdf.rect(x + k * module, y, module, height, style="F")
    pdf.set_font("DejaVu", "", 6)
    centre(pdf, x + width / 2, y + height + 7, f"{digits[0]} {digits[1:7]} {digits[7:]}")


def etichete(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Market Nou - etichete raft 12.01.2026", A4)
    w, h, x0, y0 = 178.0, 152.0, 30.5, 40.0
    code = words.rng.randrange(102000, 103000)
    per_page = 15
    for page in range(1, len(ETICHETE) // per_page + 1):
        pdf.add_page()
        pdf.set_font("DejaVu", "", 6.5)
        grey(pdf)
        pdf.text(
            30, 24, f"Market Nou · Raion alimentar · tipărit 12.01.2026 08:14 · foaia {page}/2"
        )
        black(pdf)
        for k, (name, pack, value, unit, qty) in enumerate(
            ETICHETE[(page - 1) * per_page : page * per_page]
        ):
            x, y = x0 + (k % 3) * w, y0 + (k // 3) * h
            promo = words.rng.random() < 0.25
            pdf.set_draw_color(120, 120, 120)
            pdf.set_line_width(0.3)
            for cx in (x, x + w):  # cut marks at the corners
                for cy in (y, y + h):
                    pdf.line(cx - 4, cy, cx + 4, cy)
                    pdf.line(cx, cy - 4, cx, cy + 4)
            if promo:
                pdf.set_fill_color(210, 20, 30)
                pdf.rect(x + 4, y + 4, w - 8, 16, style="F")
                pdf.set_text_color(255, 255, 255)
                pdf.set_font("DejaVu", "B", 8)
                pdf.text(x + 8, y + 15, "PROMO")
                right(pdf, x + w - 8, y + 15, "până la 25.01.2026")
                black(pdf)
            else:
                pdf.set_font("DejaVu", "B", 7)
                grey(pdf, 90)
                pdf.text(x + 8, y + 15, "MARKET NOU")
                black(pdf)
            pdf.set_font("DejaVu", "B", 9.5)
            ty = paragraph(pdf, x + 8, y + 33, w - 16, name, 11)
            pdf.set_font("DejaVu", "", 8)
            pdf.text(x + 8, ty + 1, pack)
            price = f"{value:.2f}".replace(".", ",")
            pdf.set_font("DejaVu", "B", 26)
            if promo:
                pdf.set_text_color(210, 20, 30)
            right(pdf, x + w - 28, y + 92, price)
            black(pdf)
            pdf.set_font("DejaVu", "B", 9)
            pdf.text(x + w - 26, y + 92, "lei")
            prices = [price]
            if promo:
                old = f"{value * 1.25:.2f}".replace(".", ",")
                pdf.set_font("DejaVu", "", 8)
                strike(pdf, x + 8, y + 92, old)
                prices.append(old)
            per = f"{value / qty:.2f}".replace(".", ",")
            pdf.set_font("DejaVu", "", 6.5)
            pdf.text(x + 8, y + 106, f"Preț/{unit}: {per} lei")
            code += words.rng.randrange(1, 50)
            ean = ean13(words)
            barcode(pdf, x + 8, y + 112, ean, 90, 22)
            pdf.set_font("DejaVu", "", 6.5)
            right(pdf, x + w - 8, y + 124, f"Cod {code}")
            right(pdf, x + w - 8, y + 134, "Afișat 12.01.2026")
            truth.products.append(product(name, [str(code), ean], prices, page, sizes=[pack]))
    return pdf


BAKERY = (
    (
        "BREAD",
        (
            ("White tin loaf, sliced", "800 g", "1", 1.45),
            ("Wholemeal tin loaf, sliced", "800 g", "1", 1.55),
            ("Seeded batch loaf", "800 g", "1", 1.95),
            ("Sourdough boule", "750 g", "1", 2.90),
            ("Rye and caraway loaf", "600 g", "1", 2.60),
            ("Farmhouse bloomer", "800 g", "1", 1.85),
            ("Gluten-free white loaf", "400 g", "1", 2.75),
        ),
    ),
    (
        "ROLLS AND BAPS",
        (
            ("Soft white baps", "6 x 70 g", "6", 1.20),
            ("Brioche burger buns", "4 x 80 g", "4", 1.65),
            ("Crusty rolls", "6 x 60 g", "6", 1.35),
            ("Mini ciabatta rolls", "8 x 50 g", "8", 2.10),
            ("Seeded sub rolls", "6 x 90 g", "6", 1.90),
        ),
    ),
    (
        "MORNING GOODS",
        (
            ("All-butter croissant", "70 g", "12", 6.60),
            ("Pain au chocolat", "80 g", "12", 7.20),
            ("Cinnamon swirl", "90 g", "12", 7.80),
            ("Fruit scone", "100 g", "10", 4.90),
            ("Iced finger bun", "85 g", "10", 4.40),
        ),
    ),
    (
        "CAKES AND TRAYBAKES",
        (
            ("Chocolate brownie tray", "16 portions", "1", 14.50),
            ("Lemon drizzle tray", "16 portions", "1", 13.80),
            ("Carrot cake, 9 inch", "14 portions", "1", 16.20),
            ("Flapjack tray", "20 portions", "1", 11.90),
            ("Victoria sponge, 8 inch", "10 portions", "1", 9.60),
        ),
    ),
)
NEW_BAKES = {"Rye and caraway loaf", "Mini ciabatta rolls", "Cinnamon swirl"}
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat")


def bakery(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Hartley's Wholesale Bakery - standing order form", A4_LANDSCAPE)
    cols = ((44, "l"), (96, "l"), (330, "l"), (410, "c"), (480, "r"))
    code = words.rng.randrange(100, 130)
    page, y = 0, 999.0

    def new_page() -> float:
        nonlocal page
        page += 1
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 16)
        pdf.text(40, 42, "Hartley's Wholesale Bakery")
        pdf.set_font("Helvetica", "", 8.5)
        right(pdf, 802, 34, "Standing order form 2026")
        right(pdf, 802, 46, "Return to orders@hartleys.example or fax 0113 496 0000")
        pdf.set_font("Helvetica", "", 7)
        grey(pdf)
        pdf.text(40, 578, "Hartley's Wholesale Bakery Ltd  ·  Armley Road, Leeds LS12 2QF")
        right(pdf, 802, 578, f"Page {page} of 2")
        black(pdf)
        pdf.set_font("Helvetica", "", 8.5)
        top = 66.0
        if page == 1:
            pdf.set_draw_color(0, 0, 0)
            for k, label in enumerate(("Account no.", "Business name", "Delivery address")):
                pdf.text(40 + k * 255, top + 12, label)
                pdf.rect(40 + k * 255 + 76, top, 168, 18)
            for k, label in enumerate(("Contact", "Telephone", "Start date")):
                pdf.text(40 + k * 255, top + 36, label)
                pdf.rect(40 + k * 255 + 76, top + 24, 168, 18)
            top += 58
        pdf.set_fill_color(225, 225, 225)
        pdf.rect(40, top, 762, 18, style="F")
        pdf.set_font("Helvetica", "B", 8.5)
        cells(pdf, top + 12, cols, ["Code", "Product", "Weight", "Pack", "Price"])
        for d, day in enumerate(DAYS):
            centre(pdf, 530 + d * 46, top + 12, day)
        return top + 18

    for group, items in BAKERY:
        if y + 22 + 19 * len(items) > 560:
            y = new_page()
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.text(44, y + 14, group)
        pdf.set_draw_color(120, 120, 120)
        pdf.line(40, y + 19, 802, y + 19)
        y += 19
        for name, weight, pack, value in items:
            code += words.rng.randrange(1, 6)
            price = f"£{value:.2f}"
            pdf.set_font("Helvetica", "", 8.5)
            cells(pdf, y + 13, cols, [f"B{code}", name, weight, pack, price])
            if name in NEW_BAKES:
                pdf.set_text_color(200, 40, 40)
                width = pdf.get_string_width(name)
                pdf.set_font("Helvetica", "B", 6.5)
                pdf.text(100 + width, y + 13, "NEW")
                black(pdf)
            pdf.set_draw_color(0, 0, 0)
            for d in range(len(DAYS)):
                pdf.rect(514 + d * 46, y + 3, 32, 14)
            pdf.set_draw_color(200, 200, 200)
            pdf.line(40, y + 19, 802, y + 19)
            truth.products.append(product(name, [f"B{code}"], [price], page, sizes=[weight]))
            y += 19
        y += 6
    pdf.set_font("Helvetica", "", 8)
    paragraph(
        pdf,
        40,
        y + 20,
        762,
        "Orders placed by 2 pm are delivered the next morning before 7 am. Minimum drop £40.00; "
        "below that a delivery charge of £6.50 applies. Changes to a standing order need 48 hours' "
        "notice. Signed: ______________________   Date: ____________",
        12,
    )
    return pdf


MONTRES = (
    (
        "Lac Léman Automatique 40",
        "2214.40.07",
        "Boîtier acier 40 mm · calibre automatique LM-21 · réserve de marche 42 h · étanche 100 m",
        "Bracelet cuir d'alligator brun",
        4250,
    ),
    (
        "Lac Léman Chronographe",
        "2230.42.01",
        "Boîtier acier 42 mm · chronographe à roue à colonnes · réserve de marche 60 h",
        "Bracelet acier, boucle déployante",
        7900,
    ),
    (
        "Jura Petite Seconde",
        "1108.38.12",
        "Boîtier or rose 18 ct 38 mm · remontage manuel · cadran émail grand feu",
        "Bracelet cuir de veau noir",
        0,
    ),
    (
        "Rhône GMT Voyageur",
        "3302.41.09",
        "Boîtier titane 41 mm · second fuseau horaire · lunette céramique 24 h",
        "Bracelet caoutchouc noir",
        5600,
    ),
    (
        "Rhône Plongée 300",
        "3310.43.02",
        "Boîtier acier 43 mm · étanche 300 m · valve à hélium · lunette unidirectionnelle",
        "Bracelet acier, rallonge plongée",
        0,
    ),
)
MONTRES_ACCESSORIES = (
    ("Bracelet cuir d'alligator 20 mm", "B20.ALG.BR", 390),
    ("Bracelet caoutchouc 22 mm", "B22.CAO.NR", 220),
    ("Boucle déployante acier", "BD.18.ACR", 480),
    ("Remontoir de montre double, noyer", "RM.2.NOY", 1250),
)


def chf(value: int) -> str:
    return f"CHF {value:,}.–".replace(",", "'")


def montres(words: Words, truth: Truth) -> FPDF:
    pdf = serif_pdf("Maison Vauclair - collection 2026", A4)
    pdf.add_page()
    pdf.image(photo(13400, (320, 400)), x=0, y=0, w=A4[0], h=520)
    pdf.set_font("Serif", "", 30)
    centre(pdf, A4[0] / 2, 580, "MAISON VAUCLAIR")
    pdf.set_font("Serif", "I", 11)
    centre(pdf, A4[0] / 2, 602, "Manufacture horlogère · Genève depuis 1894")
    pdf.set_font("Serif", "", 9.5)
    intro = (
        "Depuis quatre générations, nos horlogers assemblent chaque mouvement à la main dans "
        "notre atelier du quai des Bergues. Chaque montre est réglée dans cinq positions et "
        "contrôlée pendant quinze jours avant de quitter la manufacture. Cette collection "
        "réunit trois lignes: Lac Léman, l'élégance de tous les jours; Jura, les complications "
        "classiques; Rhône, les montres d'exploration."
    )
    paragraph(pdf, 110, 640, 375, intro, 14)
    # two watches a page; the last page one, and the accessories under it
    for page, watches in enumerate((MONTRES[0:2], MONTRES[2:4], MONTRES[4:]), 2):
        pdf.add_page()
        pdf.set_font("Serif", "", 8)
        grey(pdf)
        pdf.text(40, 36, "MAISON VAUCLAIR")
        right(pdf, 555, 36, "Collection 2026")
        black(pdf)
        for k, (name, ref, spec, strap, value) in enumerate(watches):
            y = 70 + k * 380
            photo_left = (page + k) % 2 == 0
            px, tx = (40, 320) if photo_left else (300, 40)
            pdf.image(photo(13410 + page * 2 + k, (300, 360)), x=px, y=y, w=255, h=330)
            pdf.set_font("Serif", "", 18)
            ty = paragraph(pdf, tx, y + 100, 235, name, 22)
            pdf.set_font("Serif", "", 7.5)
            grey(pdf, 90)
            pdf.text(tx, ty + 2, f"Réf. {ref}")
            black(pdf)
            pdf.set_font("Serif", "", 8.5)
            ty = paragraph(pdf, tx, ty + 26, 235, spec, 12)
            pdf.set_font("Serif", "I", 8.5)
            pdf.text(tx, ty + 4, strap)
            pdf.set_font("Serif", "", 12)
            price = chf(value) if value else "Prix sur demande"
            pdf.text(tx, ty + 40, price)
            truth.products.append(product(name, [ref], [chf(value)] if value else [], page))
        pdf.set_font("Serif", "", 8)
        centre(pdf, A4[0] / 2, 815, str(page))
    pdf.set_font("Serif", "", 13)
    y = 500.0
    pdf.text(40, y - 8, "Accessoires")
    rule(pdf, y, 150)
    pdf.set_font("Serif", "", 8.5)
    for name, ref, value in MONTRES_ACCESSORIES:
        y += 16
        pdf.text(40, y, name)
        grey(pdf, 90)
        pdf.text(300, y, ref)
        black(pdf)
        right(pdf, 555, y, chf(value))
        truth.products.append(product(name, [ref], [chf(value)], pdf.pages_count))
    return pdf


LOJA = (
    ("Máquina de café expresso Arvo Crema 15 bar", 89.99, 0.20, 4.5, 128),
    ("Chaleira elétrica Lumo 1,7 l inox", 34.99, 0.0, 4.0, 342),
    ("Torradeira Lumo 2 ranhuras creme", 29.99, 0.0, 4.0, 87),
    ("Varinha mágica Brisa 800 W com acessórios", 39.99, 0.15, 4.5, 211),
    ("Robot de cozinha Arvo Chef 1000 W", 249.00, 0.0, 5.0, 56),
    ("Fritadeira sem óleo Brisa 5,5 l", 79.99, 0.25, 4.5, 904),
    ("Batedeira Solar 5 velocidades", 24.99, 0.0, 3.5, 45),
    ("Liquidificadora Brisa Power 1,5 l", 54.99, 0.0, 4.0, 133),
    ("Espremedor de citrinos Solar 40 W", 19.99, 0.0, 4.0, 78),
    ("Moinho de café elétrico Arvo Mó", 27.99, 0.10, 4.0, 64),
    ("Máquina de pão Lumo 1 kg", 94.99, 0.0, 4.5, 118),
    ("Grelhador de contacto Solar Duo", 44.99, 0.20, 4.0, 96),
    ("Sanduicheira Lumo antiaderente", 22.99, 0.0, 3.5, 150),
    ("Iogurteira Brisa 7 frascos", 32.99, 0.0, 4.0, 39),
    ("Panela de arroz Arvo 1,8 l", 49.99, 0.0, 4.5, 71),
    ("Máquina de waffles Solar Belga", 36.99, 0.0, 4.0, 58),
    ("Cafeteira de filtro Lumo 12 chávenas", 42.99, 0.15, 4.0, 203),
    ("Processador de alimentos Brisa Mini", 29.99, 0.0, 3.5, 27),
    ("Forno elétrico Arvo 28 l convecção", 119.00, 0.0, 4.5, 84),
    ("Balança de cozinha digital Solar 5 kg", 14.99, 0.0, 4.5, 512),
    ("Aquecedor de leite Lumo Espuma", 59.99, 0.25, 4.0, 166),
)
FACETS = (
    ("Marca", ("Arvo (14)", "Brisa (12)", "Lumo (15)", "Solar (7)")),
    ("Preço", ("Até 25 € (11)", "25 € - 50 € (19)", "50 € - 100 € (12)", "Mais de 100 € (6)")),
    ("Avaliação", ("4 estrelas ou mais (37)", "3 estrelas ou mais (46)")),
    ("Disponibilidade", ("Em stock (44)", "Entrega em 48 h (31)")),
)


def euros_pt(value: float) -> str:
    return f"{value:.2f}".replace(".", ",") + " €"


def loja(words: Words, truth: Truth) -> FPDF:
    pdf = with_italic(unicode_pdf("Pequenos eletrodomésticos | CasaViva", A4))
    per_page = 9
    pages = (len(LOJA) + per_page - 1) // per_page
    sku = words.rng.randrange(700000, 710000)
    for page in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("DejaVu", "", 7)
        pdf.text(24, 18, "12/01/2026, 14:32")
        centre(pdf, A4[0] / 2, 18, "Pequenos eletrodomésticos | CasaViva")
        pdf.text(
            24, 830, f"https://www.casaviva.example/cozinha/pequenos-eletrodomesticos?p={page}"
        )
        right(pdf, 571, 830, f"{page}/{pages}")
        # the site's header, printed on every page as browsers do
        pdf.set_font("DejaVu", "B", 16)
        pdf.set_text_color(0, 120, 100)
        pdf.text(36, 50, "CasaViva")
        black(pdf)
        pdf.set_draw_color(160, 160, 160)
        pdf.rect(170, 36, 250, 20)
        pdf.set_font("DejaVu", "", 8)
        grey(pdf, 150)
        pdf.text(178, 49, "Pesquisar produtos...")
        black(pdf)
        pdf.text(445, 49, "Entrar")
        pdf.text(495, 49, "Carrinho (0)")
        rule(pdf, 66, 210, 24, 571)
        pdf.set_font("DejaVu", "", 7.5)
        grey(pdf, 90)
        pdf.text(36, 82, "Início  ›  Cozinha  ›  Pequenos eletrodomésticos")
        black(pdf)
        pdf.set_font("DejaVu", "B", 14)
        pdf.text(36, 104, "Pequenos eletrodomésticos")
        # the filters, in a left column
        y = 134.0
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.text(36, y, "Filtrar por")
        for facet, values in FACETS:
            y += 20
            pdf.set_font("DejaVu", "B", 7.5)
            pdf.text(36, y, facet)
            pdf.set_font("DejaVu", "", 7.5)
            for value in values:
                y += 13
                pdf.rect(36, y - 7, 7, 7)
                pdf.text(48, y, value)
        pdf.set_font("DejaVu", "", 7.5)
        pdf.text(170, 128, f"{len(LOJA)} produtos")
        right(pdf, 571, 128, "Ordenar por: Mais vendidos  ▾")
        tile_w, tile_h = 127.0, 215.0
        for k, (name, value, off, rating, reviews) in enumerate(
            LOJA[(page - 1) * per_page : page * per_page]
        ):
            x, y = 170 + (k % 3) * (tile_w + 10), 140 + (k // 3) * (tile_h + 6)
            pdf.set_draw_color(225, 225, 225)
            pdf.rect(x, y, tile_w, tile_h)
            pdf.image(photo(13500 + sku % 1000, (150, 120)), x=x + 8, y=y + 8, w=tile_w - 16, h=90)
            sku += words.rng.randrange(3, 90)
            if off:
                pdf.set_fill_color(220, 30, 60)
                pdf.rect(x + 8, y + 8, 30, 14, style="F")
                pdf.set_text_color(255, 255, 255)
                pdf.set_font("DejaVu", "B", 7.5)
                centre(pdf, x + 23, y + 18, f"-{round(off * 100)}%")
                black(pdf)
            pdf.set_font("DejaVu", "", 8)
            for i, line in enumerate(wrap(pdf, name, tile_w - 16)[:3]):
                pdf.text(x + 8, y + 114 + i * 10.5, line)
            after = stars(pdf, x + 8, y + 152, rating, 7)
            pdf.set_font("DejaVu", "", 6.5)
            grey(pdf, 90)
            pdf.text(after, y + 151, f"({reviews})")
            black(pdf)
            price = euros_pt(value)
            prices = [price]
            pdf.set_font("DejaVu", "B", 12)
            pdf.text(x + 8, y + 172, price)
            if off:
                old = euros_pt(value / (1 - off))
                after_price = x + 14 + pdf.get_string_width(price)
                pdf.set_font("DejaVu", "", 7.5)
                grey(pdf, 100)
                strike(pdf, after_price, y + 172, old)
                black(pdf)
                prices.append(old)
            pdf.set_font("DejaVu", "", 6.5)
            pdf.set_text_color(0, 120, 100)
            pdf.text(x + 8, y + 184, "Portes grátis" if value >= 50 else "Entrega em 48 h")
            pdf.set_fill_color(0, 120, 100)
            pdf.rect(x + 8, y + 192, tile_w - 16, 20, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("DejaVu", "B", 7.5)
            centre(pdf, x + tile_w / 2, y + 205, "Adicionar ao carrinho")
            black(pdf)
            truth.products.append(product(name, [], prices, page))
        pdf.set_font("DejaVu", "", 8)
        centre(
            pdf,
            370,
            817,
            "‹  "
            + "  ".join(str(p) if p != page else f"[{p}]" for p in range(1, pages + 1))
            + "  ›",
        )
    return pdf


# === non-catalogs =============================================================================

GIRO = (
    (
        "GiroBasis",
        "4,90 €",
        "0,35 € je beleghafter Posten",
        "Online-Banking, girocard 12,00 € p. a.",
    ),
    ("GiroKomfort", "9,90 €", "inklusive", "girocard inklusive, Bargeld an 1.200 Automaten"),
    ("GiroPremium", "14,90 €", "inklusive", "Kreditkarte Classic und Reiseversicherung"),
    ("GiroJunge Leute", "0,00 €", "inklusive", "bis zum 27. Geburtstag, Nachweis erforderlich"),
)
GEBUEHREN = (
    (
        "Karten",
        (
            ("girocard (Debitkarte)", "12,00 € p. a."),
            ("Ersatzkarte bei Verlust", "15,00 €"),
            ("Kreditkarte Classic", "39,00 € p. a."),
            ("Kreditkarte Gold", "89,00 € p. a."),
            ("Bargeld an fremden Automaten im Inland", "nach Aushang des Betreibers"),
        ),
    ),
    (
        "Überweisungen und Lastschriften",
        (
            ("SEPA-Überweisung online", "0,00 €"),
            ("SEPA-Überweisung beleghaft", "2,50 €"),
            ("Echtzeitüberweisung", "0,00 €"),
            ("Dauerauftrag einrichten oder ändern", "0,00 €"),
            ("Rückgabe einer Lastschrift mangels Deckung", "3,00 €"),
        ),
    ),
    (
        "Sonstige Leistungen",
        (
            ("Kontoauszug am Schalter, je Auszug", "1,00 €"),
            ("Nachforschung bei Überweisungen", "25,00 €"),
            ("Schließfach klein, jährlich", "60,00 € zzgl. MwSt."),
            ("Münzeinzahlung über 100 Stück", "7,50 €"),
        ),
    ),
)


def gebuehren(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Preis- und Leistungsverzeichnis - Sparkasse Elbtal (Auszug)", A4)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_text_color(200, 0, 0)
        pdf.text(40, 40, "Sparkasse Elbtal")
        black(pdf)
        pdf.set_font("DejaVu", "", 7.5)
        right(pdf, 555, 40, "Preis- und Leistungsverzeichnis · Stand 1. Januar 2026")
        rule(pdf, 48, 150)
        pdf.text(40, 815, "Sparkasse Elbtal · Anstalt des öffentlichen Rechts")
        right(pdf, 555, 815, f"Seite {page} von 2")
        if page == 1:
            pdf.set_font("DejaVu", "B", 16)
            pdf.text(40, 84, "Preis- und Leistungsverzeichnis (Auszug)")
            pdf.set_font("DejaVu", "", 8.5)
            y = paragraph(
                pdf,
                40,
                106,
                515,
                "Dieser Auszug nennt die Entgelte für die häufigsten Leistungen im "
                "Privatkundengeschäft. Maßgeblich ist das vollständige Preis- und "
                "Leistungsverzeichnis, das in jeder Geschäftsstelle ausliegt. Alle Preise in "
                "Euro; umsatzsteuerfrei, soweit nicht anders angegeben.",
                12,
            )
            pdf.set_font("DejaVu", "B", 11)
            pdf.text(40, y + 20, "1. Girokonten")
            y += 42
            cols = ((40, "l"), (200, "r"), (220, "l"), (370, "l"))
            pdf.set_fill_color(235, 235, 235)
            pdf.rect(36, y - 12, 523, 17, style="F")
            pdf.set_font("DejaVu", "B", 7.5)
            cells(
                pdf,
                y,
                cols,
                ["Kontomodell", "Grundpreis / Monat", "Buchungsposten", "Enthaltene Leistungen"],
            )
            pdf.set_font("DejaVu", "", 7.5)
            for model, fee, posting, included in GIRO:
                y += 20
                cells(pdf, y, cols, [model, fee, posting, included])
                rule(pdf, y + 7, 210, 36, 559)
            y += 40
            sections = GEBUEHREN[:2]
        else:
            y = 84.0
            sections = GEBUEHREN[2:]
        for number, (title, rows) in enumerate(sections, 2 if page == 1 else 4):
            pdf.set_font("DejaVu", "B", 11)
            pdf.text(40, y, f"{number}. {title}")
            y += 8
            for label, fee in rows:
                y += 17
                pdf.set_font("DejaVu", "", 8.5)
                pdf.text(52, y, label)
                right(pdf, 555, y, fee)
                rule(pdf, y + 6, 225, 52, 555)
            y += 34
        if page == 2:
            pdf.set_font("DejaVu", "B", 11)
            pdf.text(40, y, "5. Hinweise")
            pdf.set_font("DejaVu", "", 8.5)
            paragraph(
                pdf,
                40,
                y + 18,
                515,
                "Entgeltänderungen werden Ihnen spätestens zwei Monate vor ihrem Wirksamwerden "
                "in Textform angeboten. Ihre Zustimmung gilt als erteilt, wenn Sie Ihre "
                "Ablehnung nicht vor dem vorgeschlagenen Zeitpunkt angezeigt haben. "
                "Der Dispositionskredit wird derzeit mit 11,25 % p. a. verzinst, geduldete "
                "Überziehungen mit 14,25 % p. a.",
                12,
            )
    return pdf


RFQ_ITEMS = (
    ("Hydraulic hose assembly 1/2 in, 1.5 m", "2SN, JIC female both ends", 40, "pcs"),
    ("Ball valve DN25 stainless", "PN63, full bore, lockable handle", 12, "pcs"),
    ("Pressure gauge 0-250 bar", "100 mm dial, glycerine filled, bottom entry", 8, "pcs"),
    ("Return filter element 10 µm", "to fit existing housing RF-160", 30, "pcs"),
    ("Hydraulic oil HLP 46", "ISO VG 46, 208 l drum", 6, "drums"),
    ("O-ring kit, NBR 70", "metric, 382 pieces in case", 4, "sets"),
    ("Quick coupling 1/2 in", "ISO 7241-A, male and female", 24, "pairs"),
)


def rfq(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Request for quotation RFQ-2026-0147", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.text(40, 50, "KELDALE ENGINEERING LTD")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.text(40, 64, "Purchasing Department  ·  Riverside Works, Hull HU9 1TB")
    pdf.set_font("Helvetica", "B", 18)
    right(pdf, 555, 54, "REQUEST FOR QUOTATION")
    pdf.set_font("Helvetica", "", 8.5)
    details = (
        ("RFQ no.", "RFQ-2026-0147"),
        ("Date issued", "12 January 2026"),
        ("Quotes due", "26 January 2026, 12:00"),
        ("Buyer", words.faker.name()),
    )
    for k, (label, value) in enumerate(details):
        pdf.text(360, 84 + k * 13, label)
        pdf.text(440, 84 + k * 13, value)
    pdf.text(40, 96, "To: all approved suppliers of hydraulic components")
    y = paragraph(
        pdf,
        40,
        150,
        515,
        "Please quote your best price and delivery for the items below, delivered to Riverside "
        "Works. Quote unit prices in GBP excluding VAT, valid for 60 days. Partial quotes are "
        "accepted. Please state the country of origin and any minimum order quantity.",
        12,
    )
    y += 14
    cols = ((44, "l"), (64, "l"), (250, "l"), (410, "r"), (418, "l"), (500, "l"))
    pdf.set_fill_color(225, 225, 225)
    pdf.rect(40, y - 12, 515, 17, style="F")
    pdf.set_font("Helvetica", "B", 8)
    cells(pdf, y, cols, ["#", "Item", "Specification", "Qty", "Unit", "Unit price"])
    pdf.set_font("Helvetica", "", 8)
    for k, (item, spec, qty, unit) in enumerate(RFQ_ITEMS, 1):
        y += 24
        cells(pdf, y, cols, [str(k), item, spec, str(qty), unit, "£ ________"])
        rule(pdf, y + 8, 200, 40, 555)
    y += 40
    pdf.set_font("Helvetica", "B", 9)
    pdf.text(40, y, "Terms")
    pdf.set_font("Helvetica", "", 8.5)
    terms = (
        "Required delivery: week 8, 2026. Payment 60 days end of month. Certificates of "
        "conformity with each delivery. Our standard purchasing conditions apply."
    )
    y = paragraph(pdf, 40, y + 14, 515, terms, 12)
    pdf.text(40, y + 40, "Supplier name: ______________________________   Lead time: __________")
    pdf.text(40, y + 64, "Signed: ______________________   Date: ____________")
    pdf.set_font("Helvetica", "", 7)
    grey(pdf)
    pdf.text(40, 815, "Keldale Engineering Ltd  ·  Registered in England 04417288  ·  Page 1 of 1")
    black(pdf)
    return pdf


PACKING = (
    ("1-4", "CT-2208", "Ceramic mug 350 ml, matt white", 4, 36, 11.8, 13.1, "42 x 32 x 28"),
    ("5-7", "CT-2209", "Ceramic mug 350 ml, sage green", 3, 36, 11.8, 13.1, "42 x 32 x 28"),
    ("8-9", "PL-1140", "Stoneware dinner plate 27 cm", 2, 24, 14.2, 15.6, "38 x 30 x 30"),
    ("10-11", "PL-1141", "Stoneware side plate 21 cm", 2, 36, 12.6, 13.9, "34 x 26 x 30"),
    ("12", "BW-0310", "Serving bowl 24 cm, reactive glaze", 1, 12, 10.4, 11.5, "52 x 40 x 26"),
    ("13-15", "TP-0401", "Teapot 1.0 l with infuser", 3, 12, 9.6, 10.8, "48 x 36 x 34"),
    ("16", "MX-0099", "Mixed samples, no commercial value", 1, 18, 4.1, 4.7, "40 x 30 x 20"),
)


def packing(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Packing list PL-26-0088", A4_LANDSCAPE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(40, 46, "PACKING LIST")
    pdf.set_font("Helvetica", "", 8.5)
    right(pdf, 802, 36, "No. PL-26-0088   Date 09.01.2026")
    right(pdf, 802, 49, "Commercial invoice INV-26-0088   Order PO 55120")
    blocks = (
        (
            "Shipper",
            ("Cerâmica Vale do Lis, Lda.", "Zona Industrial, Lote 12", "2400-441 Leiria, Portugal"),
        ),
        ("Consignee", ("Hearth & Table Ltd", "Unit 9, Kingsway Park", "Derby DE22 3FT, UK")),
        ("Shipment", ("Road freight, FCA Leiria", "Trailer 44-TR-91", "16 cartons on 2 pallets")),
    )
    for k, (label, lines) in enumerate(blocks):
        x = 40 + k * 260
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.text(x, 84, label)
        pdf.set_font("Helvetica", "", 8.5)
        for i, line in enumerate(lines):
            pdf.text(x, 98 + i * 12, line)
    y = 160
    cols = ((44, "l"), (100, "l"), (170, "l"), (430, "r"), (500, "r"), (570, "r"))
    cols += ((640, "r"), (700, "l"))
    heads = ["Cartons", "Item", "Description", "No. of ctns", "Pcs / ctn", "Net kg"]
    heads += ["Gross kg", "Carton cm"]
    pdf.set_draw_color(0, 0, 0)
    pdf.rect(40, y - 13, 762, 19)
    pdf.set_font("Helvetica", "B", 8)
    cells(pdf, y, cols, heads)
    pdf.set_font("Helvetica", "", 8.5)
    total = [0, 0, 0.0, 0.0]
    for numbers, item, description, ctns, pcs, net, gross, dims in PACKING:
        y += 20
        weights = [f"{gross * ctns:.1f}", dims]
        cells(
            pdf,
            y,
            cols,
            [numbers, item, description, str(ctns), str(pcs), f"{net * ctns:.1f}", *weights],
        )
        pdf.line(40, y + 7, 802, y + 7)
        total = [
            total[0] + ctns,
            total[1] + ctns * pcs,
            total[2] + net * ctns,
            total[3] + gross * ctns,
        ]
    y += 22
    pdf.set_font("Helvetica", "B", 8.5)
    cells(
        pdf,
        y,
        cols,
        [
            "TOTAL",
            "",
            f"{total[1]} pieces",
            str(total[0]),
            "",
            f"{total[2]:.1f}",
            f"{total[3]:.1f}",
            "",
        ],
    )
    y += 40
    pdf.set_font("Helvetica", "", 8.5)
    paragraph(
        pdf,
        40,
        y,
        762,
        "Marks and numbers: HEARTH & TABLE / DERBY / PO 55120 / C/No. 1-16. Fragile, this way up. "
        "Goods of Portuguese origin. Pallets: 2 x EUR pallet 120 x 80 cm, gross 392 kg.",
        12,
    )
    pdf.text(40, 560, "Packed and checked by: ________________________")
    pdf.set_font("Helvetica", "", 7)
    right(pdf, 802, 575, "Page 1 of 1")
    return pdf


CLAIM_ITEMS = (
    ("Laptop computer, 14 inch", "Lenora Book 14, silver", "03/2024", "Online", "£899.00"),
    (
        "Games console with two controllers",
        "Zentro One S",
        "12/2023",
        "High street shop",
        "£449.99",
    ),
    ("Wedding ring, 18 ct gold", "—", "06/2015", "Jeweller, Bath", "£1,150.00"),
    ("Wristwatch, automatic", "Halden Field 38", "09/2021", "Jeweller, Bristol", "£620.00"),
    ("Digital camera with 24-70 mm lens", "Optima R6", "04/2022", "Online", "£1,479.00"),
    ("Wireless headphones", "Sonar Q45", "11/2024", "Department store", "£279.00"),
    ("Tablet 11 inch, 256 GB", "Lenora Tab 11", "02/2023", "Online", "£549.00"),
    ("Cash in a kitchen drawer", "—", "—", "—", "£120.00"),
)


def claim(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Home insurance claim - schedule of lost or stolen items", A4)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(40, 40, "Harbourside Home Insurance")
        pdf.set_font("Helvetica", "", 8)
        right(pdf, 555, 40, "Claim form HC-3  ·  Contents")
        rule(pdf, 48, 120)
        right(pdf, 555, 815, f"Page {page} of 2")
        if page == 1:
            pdf.set_font("Helvetica", "B", 15)
            pdf.text(40, 82, "Schedule of lost, stolen or damaged items")
            pdf.set_font("Helvetica", "", 8.5)
            fields = (
                ("Policy number", "HH-7720-118-04"),
                ("Claim reference", "CLM/26/004417"),
                ("Policyholder", words.faker.name()),
                ("Date of loss", "4 January 2026"),
                ("Crime reference", "ASP-26-001932"),
            )
            for k, (label, value) in enumerate(fields):
                pdf.text(40, 108 + k * 14, label)
                pdf.text(160, 108 + k * 14, value)
            y = 200.0
            cols = ((44, "l"), (210, "l"), (330, "l"), (390, "l"), (555, "r"))
            pdf.set_fill_color(230, 230, 230)
            pdf.rect(40, y - 12, 515, 17, style="F")
            pdf.set_font("Helvetica", "B", 8)
            cells(pdf, y, cols, ["Item", "Make and model", "Bought", "Where bought", "Price paid"])
            pdf.set_font("Helvetica", "", 8.5)
            for item in CLAIM_ITEMS:
                y += 21
                cells(pdf, y, cols, list(item))
                rule(pdf, y + 7, 200)
            y += 24
            pdf.set_font("Helvetica", "B", 8.5)
            cells(pdf, y, cols[:1] + cols[-1:], ["Total claimed", "£5,546.99"])
            pdf.set_font("Helvetica", "", 8.5)
            paragraph(
                pdf,
                40,
                y + 36,
                515,
                "Please attach receipts, bank statements, photographs or instruction booklets "
                "for each item where you have them. Items of jewellery and watches over £1,000 "
                "each must be named on your schedule. We may replace items rather than pay "
                "cash; our suppliers often obtain a lower price than the one you paid.",
                12,
            )
        else:
            pdf.set_font("Helvetica", "B", 11)
            pdf.text(40, 84, "Declaration")
            pdf.set_font("Helvetica", "", 8.5)
            y = paragraph(
                pdf,
                40,
                104,
                515,
                "I declare that the information I have given is true and complete. I understand "
                "that giving false or misleading information may make this policy invalid and "
                "that my claim may be refused. I agree that Harbourside may contact the police, "
                "retailers and other insurers to check the details of this claim.",
                12,
            )
            for k, label in enumerate(("Signed", "Name in capitals", "Date")):
                pdf.text(40, y + 40 + k * 26, f"{label}: ________________________________")
    return pdf


SUPPLIES = (
    (
        "Writing",
        (
            ("Handwriting pens, black ink", "2"),
            ("HB pencils", "6"),
            ("Eraser, white", "2"),
            ("Pencil sharpener with pot", "1"),
            ("Highlighters, assorted", "3"),
        ),
    ),
    (
        "Maths",
        (
            ("Clear 30 cm ruler", "1"),
            ("Protractor 180°", "1"),
            ("Scientific calculator (the school recommends a two-line display)", "1"),
            ("Compass with pencil holder", "1"),
        ),
    ),
    (
        "Art and other",
        (
            ("Glue stick, large", "2"),
            ("Colouring pencils, 12", "1 set"),
            ("Scissors with rounded ends", "1"),
            ("Clear pencil case (for exams)", "1"),
            ("Reading book from home", "1"),
            ("Named water bottle", "1"),
        ),
    ),
)


def supplies(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Year 5 equipment list 2026-27", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    centre(pdf, A4[0] / 2, 50, "ST AIDAN'S CHURCH OF ENGLAND PRIMARY SCHOOL")
    pdf.set_font("Helvetica", "", 9)
    centre(pdf, A4[0] / 2, 66, "Year 5  ·  Equipment list for September 2026")
    pdf.set_font("Helvetica", "", 9)
    y = paragraph(
        pdf,
        60,
        100,
        475,
        "Dear Parents and Carers, please make sure your child brings the items below in the "
        "first week of term. Label everything with your child's name. Exercise books, planners "
        "and reading records are provided by the school.",
        12,
    )
    for heading, items in SUPPLIES:
        y += 18
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(60, y, heading)
        y += 4
        for item, qty in items:
            y += 16
            pdf.set_font("Helvetica", "", 9)
            pdf.rect(60, y - 8, 8, 8)
            pdf.text(76, y, item)
            right(pdf, 535, y, qty)
        y += 6
    pdf.set_font("Helvetica", "", 9)
    y = paragraph(
        pdf,
        60,
        y + 24,
        475,
        "A complete set costs about £18 from most supermarkets and stationers; second-hand "
        "calculators are fine. If buying equipment is difficult, please speak to Mrs "
        "Okonkwo in the office in confidence: the PTA keeps a supply for any family who needs "
        "it. PE kit and uniform are on the separate uniform list.",
        12,
    )
    pdf.text(60, y + 24, "Thank you for your support.")
    pdf.text(60, y + 40, "Mr D. Ferreira, Year 5 team leader")
    pdf.set_font("Helvetica", "", 7)
    grey(pdf)
    centre(
        pdf,
        A4[0] / 2,
        815,
        "St Aidan's CE Primary  ·  Church Lane, Whitby YO21 3PT  ·  office@staidans.example",
    )
    black(pdf)
    return pdf


# === the batch =================================================================================

BLIND_13 = ("licences", "gifts", "instrumenter", "sedacky", "krmivo", "etichete", "bakery")
BLIND_13 += ("montres", "loja")
BLIND_13_NON_CATALOGS = ("gebuehren", "rfq", "packing", "claim", "supplies")
LAYOUTS_13 = BLIND_13 + BLIND_13_NON_CATALOGS
SCAN_DPI_13 = {"licences": 200, "gifts": 250, "instrumenter": 150, "sedacky": 300}
SCAN_DPI_13 |= {"krmivo": 200, "etichete": 250, "bakery": 150, "montres": 300, "loja": 200}
SCAN_DPI_13 |= {"gebuehren": 250, "rfq": 150, "packing": 200, "claim": 300, "supplies": 200}
LANGUAGE_13 = {"instrumenter": "no", "sedacky": "cs", "krmivo": "hu", "etichete": "ro"}
LANGUAGE_13 |= {"montres": "fr", "loja": "pt", "gebuehren": "de"}
LOCALES_13 = {"en": "en_GB", "no": "no_NO", "cs": "cs_CZ", "hu": "hu_HU", "ro": "ro_RO"}
LOCALES_13 |= {"fr": "fr_CH", "pt": "pt_PT", "de": "de_DE"}
SEED_13 = 13000
MAKERS_13: dict[str, Callable[[Words, Truth], FPDF]] = {
    "licences": licences,
    "gifts": gifts,
    "instrumenter": instrumenter,
    "sedacky": sedacky,
    "krmivo": krmivo,
    "etichete": etichete,
    "bakery": bakery,
    "montres": montres,
    "loja": loja,
    "gebuehren": gebuehren,
    "rfq": rfq,
    "packing": packing,
    "claim": claim,
    "supplies": supplies,
}

# registered beside the earlier batches, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["13"] = Batch(
    LAYOUTS_13, BLIND_13, MAKERS_13, SEED_13, LANGUAGE_13, LOCALES_13, SCAN_DPI_13
)
