"""Blind batch 23: catalogs of the kinds a PDF-ingestion service gets, in forms unlike every
earlier batch's, written WITHOUT the engine.

Bench figures, never test floors: only ``bench/quality.py --layouts blind23`` writes them, and the
batch is meant to be scored ONCE, at the end, as an honest estimate on catalogs nobody tuned on.
Nobody who wrote it read ``pdfqueue.engines`` or ``pdfqueue.pipeline``, nor ran the engine or
the bench on it; its forms are unlike every earlier batch's (1-22). Mostly English this time,
two in Czech and Dutch.

What counts as a product is as in batches 21 and 22 (see generate_blind21's docstring): a thing
the document offers, once, on the page where it is presented (with its price), named as
printed; its codes, prices (printed order) and sizes as printed. Where a row prints only a
variant under a family or species heading, the product is named family + variant. Index and
cross-reference entries, the contents of a hamper, discontinued lines, headings, notes,
delivery charges and services are not products. Per layout (files ``b23-<layout>``; seeds
``SEED_23`` + index):

- ``cookware``: a British cookware maker's trade catalogue of PRODUCT FAMILIES (A4, 3 pages,
  Times headings, Helvetica text): per family a photo, the family name, two lines of prose and a
  grey-headed VARIANT TABLE Variant | Code | Size | Weight | RRP whose rows are the products
  ("Classic", "Deep", "Cerise", "16 cm"; some with a red "NEW" after the variant). A row is a
  product named family + variant ("Forge Cast Iron Skillet Deep"); code the Code; price the RRP;
  size the Size cell.
- ``cabinet``: a cabinet-hardware catalogue in TWO COLUMNS (A4, 3 pages): entries with a small
  photo, the bold name, a grey finish line, "Code KH-2140-BN", the size ("CC 128 mm") and the
  price "£4.85 each"; the last page ends with an ALPHABETICAL INDEX (name .... page) and a
  "Code / page" cross-reference, both repeating every product already presented. An entry is a
  product (code, price, size); index and cross-reference lines are not.
- ``roastery``: a coffee roaster's wholesale list (A4, 2 pages): grey continent bands, bold
  country headings with a note, lot rows Lot | Process | Altitude | Cup notes | 250 g | 1 kg |
  5 kg ("—" where a pack is not sold), then the house blends the same way, a terms box
  with the delivery charge. A lot is a product named as printed (alias country + lot); prices
  left to right; sizes the packs priced.
- ``hampers``: a food shop's Christmas hamper brochure (A4, 2 pages, Times names): per hamper a
  photo, the name, "Ref. H-204", the price, the container, and a two-column CONTENTS list of
  foods with weights (not products); page 2 ends with three small gift boxes (name, ref, price,
  contents on one line) and a gift-card service line. A hamper or box is a product: code the
  Ref., price the price; no sizes.
- ``priceupdate``: a plumbing merchant's PRICE-UPDATE SUPPLEMENT to its catalogue (A4, 2 pages):
  a covering letter on page 1 (no prices), then on page 2 an "Amended prices" table Code |
  Description | Cat. page | Unit | New price | Was, a "New lines" table (no Was) and a
  "Discontinued" table Code | Description | Replaced by (not products: no longer offered). A
  priced row is a product named by its Description; code the Code; prices new then was; size
  the dimension inside the description.
- ``trvalky``: a Czech perennial nursery's price list (A4, 2 pages, DejaVu): genus bands, then
  SPECIES headings "Salvia nemorosa – šalvěj hajní" over CULTIVAR rows "'Caradonna'" | Výška |
  Barva | Kvete | K9 | 1,5 l | 3 l (prices in Kč without currency, "–" where the pot is not
  sold). A cultivar row is a product named species + cultivar ("Salvia nemorosa
  'Caradonna'"); prices left to right; sizes the pots priced.
- ``tuinlook``: a Dutch garden-furniture LOOKBOOK (A4 landscape, 2 pages): a large scene photo
  with white name labels on the pieces (name only), and under it a "Shop de look" strip of
  thumbnails, each with the name again, "Art. 40211", the size and the price (some "€ 1.099,-"
  with the struck old price). A piece is ONE product on its page: code the Art.; prices now then
  was; size the dimensions.

Non-catalogs (truth: no products): ``delivery`` (a wholesaler's priced delivery note: order and
delivery numbers, lines with item codes, ordered / delivered / back-ordered quantities, unit
prices and amounts, a signature box), ``returns`` (an appliance brand's warranty and returns
policy: warranty periods per product range and model, a restocking fee, a worked refund
example), ``roundup`` (a magazine's buyer's guide to cordless stick vacuums: six models
reviewed in prose with typical prices, scores and a comparison table), ``ironmongery`` (an
architect's door-hardware schedule from a building specification: door numbers, locations,
items with manufacturer references, finishes and quantities, no prices).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 23 [--scanned]
"""

from __future__ import annotations

from collections.abc import Callable

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo
from generate_blind import A4_LANDSCAPE, Batch, product, right
from generate_blind6 import strike
from generate_blind9 import black, centre, grey
from generate_blind11 import cells, rule
from generate_blind15 import fill
from generate_blind16 import dejavu_pdf
from generate_blind18 import lines

F = "DejaVu"
H = "Helvetica"
T = "Times"


def pounds(value: float) -> str:
    return f"£{value:,.2f}"


def folio(pdf: FPDF, font: str, left: str, page: str, x0: float = 36) -> None:
    """A footer rule, the company line at the left and the page number at the right."""
    rule(pdf, pdf.h - 30, 170, x0, pdf.w - x0)
    pdf.set_font(font, "", 7)
    grey(pdf, 100)
    pdf.text(x0, pdf.h - 19, left)
    right(pdf, pdf.w - x0, pdf.h - 19, page)
    black(pdf)


def prose(pdf: FPDF, x: float, y: float, width: float, texts: list[str], leading: float) -> float:
    for text in texts:
        y = lines(pdf, x, y, width, text, leading) + leading / 2
    return y


def band(pdf: FPDF, x: float, y: float, width: float, height: float, level: int) -> None:
    fill(pdf, (level, level, level))
    pdf.rect(x, y, width, height, style="F")


# === catalogs ==================================================================================

COOKWARE = (  # family, prose, size kind, rows (variant, size, weight, price, new)
    (
        "Forge Cast Iron Skillet",
        "Cast in one piece in our Sheffield foundry and seasoned three times with rapeseed oil, "
        "the Forge skillet goes from hob to oven to table. Suitable for all hobs including "
        "induction; oven safe to 260 °C.",
        (
            ("Mini", "Ø 16 cm", "1.1 kg", 29.0, False),
            ("Classic", "Ø 26 cm", "2.6 kg", 54.0, False),
            ("Deep", "Ø 26 cm", "3.1 kg", 62.0, False),
            ("Grill", "Ø 28 cm", "3.0 kg", 64.0, True),
        ),
    ),
    (
        "Enamel Cast Iron Casserole",
        "Our round casserole in four glazes, with a tight-fitting lid whose spikes return the "
        "steam to the food. Cream enamel interior, stainless knob, lifetime guarantee.",
        (
            ("Flame", "24 cm / 4.2 l", "4.6 kg", 159.0, False),
            ("Cerise", "24 cm / 4.2 l", "4.6 kg", 159.0, False),
            ("Slate", "24 cm / 4.2 l", "4.6 kg", 159.0, False),
            ("Sage", "28 cm / 6.7 l", "5.9 kg", 189.0, True),
        ),
    ),
    (
        "Tri-Ply Stainless Saucepan",
        "An aluminium core bonded between two layers of 18/10 stainless steel heats evenly up "
        "the sides. Pouring rims, measuring marks inside, cool-touch cast handles.",
        (
            ("14 cm", "1.2 l", "0.9 kg", 45.0, False),
            ("16 cm", "1.8 l", "1.1 kg", 52.0, False),
            ("18 cm", "2.6 l", "1.3 kg", 59.0, False),
            ("20 cm", "3.5 l", "1.6 kg", 66.0, False),
        ),
    ),
    (
        "Carbon Steel Wok",
        "Spun from 1.8 mm carbon steel and pre-seasoned, the wok builds a natural non-stick "
        "patina with use. Riveted beech handle and helper handle.",
        (
            ("Round base", "Ø 35 cm", "1.7 kg", 42.0, False),
            ("Flat base", "Ø 35 cm", "1.8 kg", 42.0, False),
        ),
    ),
    (
        "Copper Sauté Pan",
        "2 mm hammered copper with a tin lining, made to order by our coppersmiths. Cast bronze "
        "handle; retinning service available for the life of the pan.",
        (
            ("24 cm", "Ø 24 cm / 2.9 l", "2.4 kg", 245.0, False),
            ("28 cm", "Ø 28 cm / 4.1 l", "3.2 kg", 295.0, True),
        ),
    ),
    (
        "Everyday Non-Stick Frying Pan",
        "A forged aluminium body with a three-layer PFAS-free ceramic coating. Dishwasher safe; "
        "suitable for gas, electric and induction hobs.",
        (
            ("20 cm", "Ø 20 cm", "0.8 kg", 32.0, False),
            ("24 cm", "Ø 24 cm", "1.0 kg", 36.0, False),
            ("28 cm", "Ø 28 cm", "1.3 kg", 42.0, False),
        ),
    ),
)


def cookware(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Hartwell & Crane - Trade Catalogue 2027", A4)
    cols = ((50, "l"), (190, "l"), (270, "l"), (420, "r"), (545, "r"))
    serial = 1100
    for page in (1, 2, 3):
        pdf.add_page()
        pdf.set_font(T, "B", 15)
        pdf.text(36, 40, "HARTWELL & CRANE")
        pdf.set_font(H, "", 7.5)
        grey(pdf, 90)
        right(pdf, pdf.w - 36, 34, "Trade Catalogue 2027  ·  Cookware")
        right(pdf, pdf.w - 36, 45, "Prices are recommended retail, inc. VAT")
        black(pdf)
        pdf.set_draw_color(150, 30, 30)
        pdf.set_line_width(1.5)
        pdf.line(36, 52, pdf.w - 36, 52)
        pdf.set_line_width(0.2)
        y = 74
        for k in (0, 1):
            family, text, rows = COOKWARE[(page - 1) * 2 + k]
            pdf.image(photo(23000 + page * 10 + k, (200, 150)), x=36, y=y, w=170, h=128)
            pdf.set_font(T, "B", 16)
            pdf.text(222, y + 16, family)
            pdf.set_font(H, "", 9)
            yy = lines(pdf, 222, y + 36, 337, text, 12.5)
            pdf.set_font(H, "I", 8)
            grey(pdf, 90)
            pdf.text(222, yy + 6, "Made in England  ·  Lifetime guarantee")
            black(pdf)
            y += 146
            band(pdf, 36, y, pdf.w - 72, 16, 215)
            pdf.set_font(H, "B", 8)
            cells(pdf, y + 11, cols, ["Variant", "Code", "Size", "Weight", "RRP"])
            y += 16
            for variant, size, weight, price, new in rows:
                y += 16
                code = f"HC-{serial}"
                serial += words.rng.choice((3, 7, 10, 12))
                pdf.set_font(H, "", 8.5)
                cells(pdf, y - 4.5, cols, [variant, code, size, weight, pounds(price)])
                if new:
                    pdf.set_font(H, "B", 6.5)
                    pdf.set_text_color(190, 20, 20)
                    pdf.text(54 + pdf.get_string_width(variant) * 8.5 / 6.5, y - 4.5, "NEW")
                    black(pdf)
                rule(pdf, y, 200, 36, pdf.w - 36)
                name = f"{family} {variant}"
                truth.products.append(product(name, [code], [pounds(price)], page, sizes=[size]))
            y += 40
        if page == 3:
            pdf.set_font(H, "", 8)
            grey(pdf, 70)
            note = (
                "Lids for the saucepans and frying pans are sold separately through our trade "
                "counter. Carriage is free on orders over £250; otherwise £9.95 per consignment."
            )
            lines(pdf, 36, y - 10, pdf.w - 72, note, 11)
            black(pdf)
        folio(pdf, H, "Hartwell & Crane Ltd  ·  Attercliffe Road, Sheffield S9 3QS", str(page))
    return pdf


CABINET = (  # name, finish, size, price
    ("Bar Handle Loft", "Brushed nickel", "CC 128 mm", 4.85),
    ("Bar Handle Loft XL", "Brushed nickel", "CC 320 mm", 8.40),
    ("Cup Pull Heritage", "Antique brass", "CC 76 mm", 6.95),
    ("Knob Orbit", "Matt black", "Ø 30 mm", 3.20),
    ("Knob Pebble", "Polished chrome", "Ø 35 mm", 3.65),
    ("Edge Pull Slim", "Anodised aluminium", "L 150 mm", 5.10),
    ("T-Bar Handle Ridge", "Gunmetal", "CC 160 mm", 6.25),
    ("Leather Tab Pull", "Tan leather, brass", "L 120 mm", 9.80),
    ("Concealed Hinge 110°", "Nickel plated steel", "Ø 35 mm", 2.15),
    ("Soft-Close Hinge 165°", "Nickel plated steel", "Ø 35 mm", 4.30),
    ("Blind Corner Hinge", "Nickel plated steel", "Ø 35 mm", 3.90),
    ("Piano Hinge", "Stainless steel", "1800 × 32 mm", 14.50),
    ("Ball-Bearing Slide Pair", "Zinc plated", "450 mm", 11.20),
    ("Undermount Slide Pair", "Zinc plated", "500 mm", 27.60),
    ("Push-to-Open Latch", "Grey plastic", "42 × 18 mm", 2.40),
    ("Magnetic Catch Double", "White", "56 × 16 mm", 0.95),
    ("Cam Lock Cylinder", "Chrome", "Ø 19 mm", 5.75),
    ("Shelf Support Pin", "Brass", "Ø 5 mm", 0.18),
    ("Adjustable Cabinet Leg", "Black plastic", "100-120 mm", 1.35),
    ("Wardrobe Rail Oval", "Chrome", "2500 mm", 12.90),
    ("Lift-Up Stay Compact", "Silver grey", "400 mm", 18.75),
    ("Lid Stay Soft-Down", "Brass finish", "250 mm", 7.60),
)


def cabinet(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Kestrel Architectural Hardware - Cabinet Fittings", A4)
    codes = {}
    for k, (name, finish, _, _) in enumerate(CABINET):
        initials = (finish[:1] + finish.split()[-1][:1]).upper()
        codes[name] = f"KH-{2100 + 10 * k + words.rng.randrange(9)}-{initials}"
    pages = (CABINET[:9], CABINET[9:18], CABINET[18:])
    sections = ("Handles & knobs", "Hinges, slides & catches", "Fittings & stays")
    entries: list[tuple[str, str, int]] = []
    for page, items in enumerate(pages, start=1):
        pdf.add_page()
        fill(pdf, (25, 60, 55))
        pdf.rect(0, 0, pdf.w, 44, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(H, "B", 14)
        pdf.text(36, 28, "KESTREL")
        pdf.set_font(H, "", 8)
        pdf.text(112, 28, "Architectural Hardware")
        right(pdf, pdf.w - 36, 28, sections[page - 1])
        black(pdf)
        pdf.set_draw_color(200, 200, 200)
        bottom = 790 if page < 3 else 340
        pdf.line(pdf.w / 2, 64, pdf.w / 2, bottom)
        for slot, (name, finish, size, price) in enumerate(items):
            column, row = (slot % 2, slot // 2) if page == 3 else (slot // 5, slot % 5)
            x = 36 + column * (pdf.w / 2 - 26)
            y = 66 + row * 144 if page < 3 else 66 + row * 138
            pdf.image(photo(23100 + page * 20 + slot, (120, 100)), x=x, y=y, w=84, h=70)
            tx = x + 94
            pdf.set_font(H, "B", 10)
            pdf.text(tx, y + 12, name)
            pdf.set_font(H, "", 8)
            grey(pdf, 100)
            pdf.text(tx, y + 25, finish)
            black(pdf)
            code = codes[name]
            pdf.text(tx, y + 38, f"Code {code}")
            pdf.text(tx, y + 50, size)
            pdf.set_font(H, "B", 11)
            shown = pounds(price)
            pdf.text(tx, y + 68, shown)
            pdf.set_font(H, "", 7.5)
            pdf.text(tx + pdf.get_string_width(shown) * 11 / 7.5 + 3, y + 68, "each")
            pdf.set_font(H, "", 7.5)
            grey(pdf, 90)
            pack = "Packed in 10s" if price < 3 else "Sold singly"
            pdf.text(x, y + 86, f"{pack}  ·  Screws included")
            black(pdf)
            entries.append((name, code, page))
            truth.products.append(product(name, [code], [shown], page, sizes=[size]))
        if page == 3:
            index(pdf, entries)
        folio(
            pdf,
            H,
            "Kestrel Architectural Hardware Ltd  ·  Trade line 0161 555 0142",
            f"Page {page}",
        )
    return pdf


def index(pdf: FPDF, entries: list[tuple[str, str, int]]) -> None:
    """The catalogue's alphabetical index and code / page cross-reference."""
    rule(pdf, 356, 120, 36, pdf.w - 36)
    pdf.set_font(H, "B", 11)
    pdf.text(36, 376, "Alphabetical index")
    pdf.text(372, 376, "Code / page")
    pdf.set_font(H, "", 7.5)
    for k, (name, _, page) in enumerate(sorted(entries)):
        x, y = 36 + (k // 11) * 162, 394 + (k % 11) * 13
        pdf.text(x, y, name)
        dots = "." * 6
        right(pdf, x + 150, y, f"{dots} {page}")
    for k, (_, code, page) in enumerate(sorted(entries, key=lambda e: e[1])):
        x, y = 372 + (k // 11) * 94, 394 + (k % 11) * 13
        pdf.text(x, y, code)
        right(pdf, x + 84, y, str(page))
    pdf.set_font(H, "I", 8)
    grey(pdf, 80)
    pdf.text(36, 560, "All prices exclude VAT. Minimum order £30; carriage £6.50 under £150.")
    black(pdf)


ROASTERY = (  # band, country, note, lots (lot, process, altitude, notes, prices 250 g/1 kg/5 kg)
    (
        "AFRICA",
        "Ethiopia",
        "Harvest 2026, arrived October. Grade 1, hand-sorted on raised beds.",
        (
            (
                "Yirgacheffe Konga",
                "Washed",
                "1900-2100 m",
                "jasmine, bergamot",
                (8.50, 27.0, 120.0),
            ),
            ("Guji Hambela", "Natural", "2000-2200 m", "blueberry, cocoa", (9.00, 29.5, 132.0)),
            ("Sidamo Bensa", "Honey", "1950 m", "peach, black tea", (8.75, 28.0, None)),
        ),
    ),
    (
        "AFRICA",
        "Kenya",
        "AA and AB screens from smallholder factories in Nyeri.",
        (
            ("Nyeri Gatomboya AA", "Washed", "1750 m", "blackcurrant, tomato", (9.50, 31.0, None)),
            ("Kirinyaga Kii AB", "Washed", "1800 m", "grapefruit, cane sugar", (9.25, 30.0, 136.0)),
        ),
    ),
    (
        "LATIN AMERICA",
        "Colombia",
        "Direct trade with the Asociación Huila Sur since 2019.",
        (
            ("Huila La Plata", "Washed", "1800 m", "red apple, caramel", (7.50, 23.5, 104.0)),
            ("Nariño Buesaco", "Washed", "2100 m", "orange, panela", (8.00, 25.0, 110.0)),
            ("Cauca Decaf Sugarcane", "EA decaf", "1700 m", "toffee, plum", (7.75, 24.0, 106.0)),
        ),
    ),
    (
        "LATIN AMERICA",
        "Brazil",
        "Pulped naturals from the Mantiqueira de Minas.",
        (
            (
                "Carmo de Minas Sertão",
                "Pulped natural",
                "1150 m",
                "hazelnut, milk chocolate",
                (6.50, 19.5, 86.0),
            ),
            ("Cerrado Mineiro Estrela", "Natural", "1000 m", "peanut, cocoa", (6.25, 18.5, 82.0)),
        ),
    ),
    (
        "ASIA & PACIFIC",
        "Indonesia",
        "Giling basah (wet-hulled) lots from Aceh and Flores.",
        (
            (
                "Sumatra Gayo Mountain",
                "Wet-hulled",
                "1500 m",
                "cedar, dark chocolate",
                (7.25, 22.0, 98.0),
            ),
            ("Flores Bajawa", "Washed", "1400 m", "spice, molasses", (7.50, 23.0, None)),
        ),
    ),
    (
        "HOUSE BLENDS",
        "Espresso & filter blends",
        "Roasted every Tuesday and Thursday; rested five days before dispatch.",
        (
            ("Lantern Espresso", "Blend", "—", "dark chocolate, cherry", (7.00, 21.0, 92.0)),
            ("Night Watch Espresso", "Blend", "—", "molasses, walnut", (6.75, 20.0, 88.0)),
            ("Harbour Filter", "Blend", "—", "stone fruit, honey", (7.25, 22.0, 96.0)),
        ),
    ),
)


def roastery(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Lantern Coffee Roasters - Wholesale List", A4)
    cols = ((44, "l"), (176, "l"), (248, "l"), (310, "l"), (448, "r"), (503, "r"), (555, "r"))
    split = 4  # countries on page 1
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font(T, "B", 20)
        pdf.text(36, 48, "Lantern Coffee Roasters")
        pdf.set_font(H, "", 8)
        grey(pdf, 80)
        pdf.text(
            36, 62, "Wholesale list  ·  Winter 2026/27  ·  prices ex VAT per bag, roasted to order"
        )
        right(pdf, pdf.w - 36, 48, "wholesale@lanterncoffee.co.uk")
        right(pdf, pdf.w - 36, 62, "01273 555 019")
        black(pdf)
        rule(pdf, 70, 60, 36, pdf.w - 36)
        y = 92
        pdf.set_font(H, "B", 7.5)
        cells(pdf, y, cols, ["Lot", "Process", "Altitude", "Cup notes", "250 g", "1 kg", "5 kg"])
        rule(pdf, y + 5, 120, 36, pdf.w - 36)
        y += 8
        shown_band = ""
        groups = ROASTERY[:split] if page == 1 else ROASTERY[split:]
        for group, country, note, lots in groups:
            if group != shown_band:
                y += 8
                band(pdf, 36, y, pdf.w - 72, 16, 222)
                pdf.set_font(H, "B", 8)
                pdf.text(44, y + 11.5, group)
                shown_band = group
                y += 16
            y += 20
            pdf.set_font(T, "B", 13)
            pdf.text(40, y, country)
            pdf.set_font(T, "I", 9)
            grey(pdf, 70)
            pdf.text(40 + pdf.get_string_width(country) * 13 / 9 + 10, y, note)
            black(pdf)
            for lot, process, altitude, cup, prices in lots:
                y += 17
                packs = ("250 g", "1 kg", "5 kg")
                shown = [pounds(p) if p is not None else "—" for p in prices]
                pdf.set_font(H, "", 8.5)
                cells(pdf, y, cols, [lot, process, altitude, cup, *shown])
                rule(pdf, y + 5, 225, 36, pdf.w - 36)
                priced = [pounds(p) for p in prices if p is not None]
                sizes = [s for s, p in zip(packs, prices, strict=True) if p is not None]
                aliases = [] if group == "HOUSE BLENDS" else [f"{country} {lot}"]
                truth.products.append(product(lot, [], priced, page, sizes=sizes, aliases=aliases))
        if page == 1:
            roasting(pdf, y + 30)
        if page == 2:
            y += 30
            band(pdf, 36, y, pdf.w - 72, 96, 242)
            pdf.set_font(H, "B", 9)
            pdf.text(48, y + 18, "Terms")
            pdf.set_font(H, "", 8)
            terms = [
                "Orders received by 10:00 are roasted the next roasting day and dispatched by "
                "DPD. Delivery £8.50 for orders under 20 kg, free above. Payment 30 days from "
                "invoice for account customers.",
                "Barista training at our Hove roastery: £95 per person per half day. Grinder "
                "loan available to cafés buying 15 kg a week or more.",
            ]
            prose(pdf, 48, y + 34, pdf.w - 100, terms, 11)
        folio(
            pdf,
            H,
            "Lantern Coffee Roasters Ltd  ·  Unit 4, Sackville Trading Estate, Hove BN3 7AN",
            f"{page} / 2",
        )
    return pdf


HAMPERS = (  # name, price, container, contents
    (
        "The Ashdown Classic",
        85.0,
        "Presented in a lidded willow basket",
        (
            "Christmas pudding 454 g",
            "Vintage Cheddar 200 g",
            "Oatcakes 150 g",
            "Spiced apple chutney 220 g",
            "Butter shortbread 150 g",
            "Claret, Bordeaux 75 cl",
            "Stem ginger biscuits 200 g",
            "Dark chocolate truffles 125 g",
        ),
    ),
    (
        "The Cheeseboard",
        62.0,
        "Presented in a slate-grey gift box",
        (
            "Stilton 200 g",
            "Cornish Yarg 200 g",
            "Charcoal crackers 100 g",
            "Fig relish 200 g",
            "Quince paste 150 g",
            "Tawny port 37.5 cl",
        ),
    ),
    (
        "The Highland Fling",
        110.0,
        "Presented in a wooden crate with straw",
        (
            "Single malt whisky 70 cl",
            "Smoked salmon 200 g",
            "Whisky marmalade 340 g",
            "Highland oatcakes 150 g",
            "Tablet fudge 170 g",
            "Heather honey 227 g",
            "Venison pâté 180 g",
        ),
    ),
    (
        "The Teatime Tin",
        38.0,
        "Presented in a keepsake tin",
        (
            "Earl Grey leaf tea 100 g",
            "Lemon curd 220 g",
            "Strawberry preserve 227 g",
            "All-butter shortbread 150 g",
            "Fruit cake 400 g",
        ),
    ),
    (
        "The Grand Ashdown",
        195.0,
        "Presented in a double willow hamper with leather straps",
        (
            "Champagne brut 75 cl",
            "Christmas cake 900 g",
            "Smoked salmon 200 g",
            "Stilton 200 g",
            "Duck liver parfait 180 g",
            "Claret, Bordeaux 75 cl",
            "Chocolate florentines 150 g",
            "Cranberry sauce 200 g",
            "Panettone 750 g",
        ),
    ),
    (
        "The Vegan Feast",
        72.0,
        "Presented in a recycled kraft gift box",
        (
            "Mushroom pâté 180 g",
            "Olive oil crackers 120 g",
            "Red onion marmalade 220 g",
            "Dark chocolate buttons 100 g",
            "Organic red wine 75 cl",
            "Spiced nuts 150 g",
        ),
    ),
)

GIFT_BOXES = (
    ("Chocolate Trio Box", 18.5, "milk, dark and salted caramel bars, 3 × 90 g"),
    ("Stocking Filler Box", 14.0, "fudge 100 g, mini shortbread 75 g, hot chocolate 30 g"),
    ("Cheese Lover's Box", 24.0, "Cheddar 200 g, crackers 100 g, chutney 110 g"),
)


def roasting(pdf: FPDF, y: float) -> None:
    """Page 1's closing box: a photo of the roaster and a paragraph on samples."""
    band(pdf, 36, y, pdf.w - 72, 130, 242)
    pdf.image(photo(23250, (200, 140)), x=48, y=y + 12, w=150, h=106)
    pdf.set_font(T, "B", 12)
    pdf.text(214, y + 28, "Roasted in Hove, twice a week")
    pdf.set_font(H, "", 8.5)
    text = [
        "Every lot is cupped on arrival and profiled on our 15 kg Giesen before it joins the "
        "list. Filter roasts are developed lighter than espresso roasts of the same coffee; "
        "tell us which you need when you order.",
        "Free 100 g samples of any lot for cafés and restaurants opening an account.",
    ]
    prose(pdf, 214, y + 46, pdf.w - 262, text, 11.5)


def hampers(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Ashdown Provisions - Christmas Hampers 2026", A4)
    refs = iter(words.rng.sample(range(201, 299), 9))
    green = (30, 70, 45)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_draw_color(*green)
        pdf.set_line_width(0.8)
        pdf.rect(20, 20, pdf.w - 40, pdf.h - 40)
        pdf.set_line_width(0.2)
        pdf.set_font(T, "I", 11)
        pdf.set_text_color(*green)
        centre(pdf, pdf.w / 2, 46, "Ashdown Provisions  ·  Forest Row")
        pdf.set_font(T, "B", 22)
        centre(pdf, pdf.w / 2, 72, "Christmas Hampers" if page == 1 else "Hampers & Gift Boxes")
        black(pdf)
        y = 92
        for k in range(3):
            name, price, container, contents = HAMPERS[(page - 1) * 3 + k]
            ref = f"H-{next(refs)}"
            step = 170 if page == 1 else 138
            pdf.image(photo(23300 + page * 10 + k, (200, 160)), x=40, y=y, w=150, h=step - 26)
            pdf.set_font(T, "B", 15)
            pdf.text(206, y + 14, name)
            pdf.set_font(T, "B", 14)
            right(pdf, pdf.w - 40, y + 14, pounds(price))
            pdf.set_font(H, "", 7.5)
            grey(pdf, 90)
            pdf.text(206, y + 28, f"Ref. {ref}  ·  {container}")
            black(pdf)
            pdf.set_font(H, "B", 7.5)
            pdf.text(206, y + 44, "Contents")
            pdf.set_font(H, "", 7.5)
            half = (len(contents) + 1) // 2
            for i, item in enumerate(contents):
                column, row = divmod(i, half)
                pdf.text(206 + column * 176, y + 57 + row * 11, f"•  {item}")
            rule(pdf, y + step - 12, 200, 40, pdf.w - 40)
            truth.products.append(product(name, [ref], [pounds(price)], page))
            y += step
        if page == 1:
            pdf.set_font(T, "I", 10)
            text = (
                "Every hamper is packed by hand in our Forest Row shop and delivered by courier "
                "on the day you choose between 1 and 23 December. Order by 14 December for "
                "guaranteed Christmas delivery."
            )
            y = lines(pdf, 40, y + 14, pdf.w - 80, text, 13)
            band(pdf, 40, y + 8, pdf.w - 80, 58, 240)
            pdf.set_font(H, "B", 8.5)
            pdf.text(50, y + 26, "How to order")
            pdf.set_font(H, "", 8)
            pdf.text(
                50,
                y + 40,
                "Online at ashdownprovisions.co.uk, by phone on 01342 555 870, or "
                "in the shop on Station Road.",
            )
            pdf.text(
                50,
                y + 53,
                "Corporate orders of ten hampers or more: ask for our business gifting team.",
            )
        else:
            pdf.set_font(T, "B", 13)
            pdf.set_text_color(*green)
            pdf.text(40, y + 6, "Small gift boxes")
            black(pdf)
            for k, (name, price, contents) in enumerate(GIFT_BOXES):
                yy = y + 26 + k * 30
                ref = f"G-{next(refs)}"
                pdf.set_font(H, "B", 9)
                pdf.text(40, yy, name)
                right(pdf, pdf.w - 40, yy, pounds(price))
                pdf.set_font(H, "", 7.5)
                grey(pdf, 80)
                pdf.text(40, yy + 11, f"Ref. {ref}  ·  {contents}")
                black(pdf)
                truth.products.append(product(name, [ref], [pounds(price)], page))
            pdf.set_font(H, "I", 8)
            pdf.text(
                40,
                y + 122,
                "Add a handwritten gift card to any order for £2.50. UK "
                "delivery £7.95 per address.",
            )
        pdf.set_font(H, "", 7)
        grey(pdf, 100)
        centre(pdf, pdf.w / 2, pdf.h - 28, f"ashdownprovisions.co.uk  ·  01342 555 870  ·  {page}")
        black(pdf)
    return pdf


AMENDED = (  # description with its size, size, unit, old price, new price
    ("Compression elbow 15 mm", "15 mm", "each", 2.18, 2.36),
    ("Compression elbow 22 mm", "22 mm", "each", 3.94, 4.27),
    ("Compression tee 15 mm", "15 mm", "each", 3.12, 3.38),
    ("Push-fit straight coupler 22 mm", "22 mm", "each", 3.60, 3.86),
    ("Copper tube R250 15 mm x 3 m", "15 mm x 3 m", "length", 18.40, 17.25),
    ("Copper tube R250 22 mm x 3 m", "22 mm x 3 m", "length", 36.90, 34.60),
    ("Isolating valve 15 mm chrome", "15 mm", "each", 4.75, 5.10),
    ("Gate valve 22 mm", "22 mm", "each", 9.85, 10.60),
    ("Thermostatic radiator valve 15 mm", "15 mm", "pair", 24.90, 26.95),
    ("Radiator single panel 600 x 1000", "600 x 1000", "each", 78.50, 84.00),
    ("Radiator double panel 600 x 1200", "600 x 1200", "each", 142.00, 151.50),
    ("Pipe clip 15 mm", "15 mm", "pack 100", 9.60, 10.25),
    ("PTFE tape 12 mm x 12 m", "12 mm x 12 m", "pack 10", 3.40, 3.55),
    ("Solder ring elbow 28 mm", "28 mm", "each", 4.10, 4.45),
)

NEW_LINES = (
    ("Smart TRV head, Zigbee", "", "each", 44.95),
    ("Magnetic system filter 22 mm", "22 mm", "each", 59.50),
    ("Push-fit tap connector 15 mm x 1/2", "15 mm x 1/2", "each", 6.80),
    ("Flexible hose 300 mm", "300 mm", "each", 5.25),
)

DISCONTINUED = (
    ("Gate valve 15 mm", "PV-4410"),
    ("Radiator single panel 300 x 800", "—"),
    ("Pipe clip 22 mm, white", "PV-7022"),
)


def covering_letter(pdf: FPDF) -> None:
    """Page 1 of the supplement: the letter to trade customers, no prices."""
    pdf.set_font(H, "", 9)
    for k, text in enumerate(("To all trade account holders", "", "12 January 2027")):
        pdf.text(36, 84 + k * 13, text)
    pdf.set_font(H, "B", 11)
    pdf.text(36, 140, "Price changes from 1 February 2027")
    pdf.set_font(H, "", 9.5)
    letter = [
        "Dear customer,",
        "This supplement replaces the prices printed in our Trade Catalogue 2026 for the lines "
        "listed overleaf. All other prices are unchanged and the catalogue remains valid until "
        "the 2027 edition is published in June.",
        "Copper tube has come down with the metal price over the autumn, and we are passing the "
        "full reduction on. Brass compression and valve lines rise by between 6 and 9 per cent "
        "after two increases from our manufacturers, which we had absorbed since March. Steel "
        "panel radiators rise by 7 per cent.",
        "We have also added four new lines to the range, among them the smart radiator valve "
        "head many of you asked for, and withdrawn three slow-moving lines; where there is a "
        "direct replacement the table shows its code.",
        "Prices are net trade, excluding VAT, and apply to orders confirmed on or after 1 "
        "February 2027. Your account manager will be happy to quote for project quantities.",
        "Yours faithfully,",
    ]
    y = prose(pdf, 36, 166, pdf.w - 72, letter, 13.5)
    pdf.set_font(T, "I", 16)
    pdf.text(36, y + 26, "R. Whitaker")
    pdf.set_font(H, "", 9)
    pdf.text(36, y + 44, "Rachel Whitaker, Commercial Director")
    band(pdf, 36, y + 74, pdf.w - 72, 52, 238)
    pdf.set_font(H, "B", 9)
    pdf.text(48, y + 94, "Download the full price file")
    pdf.set_font(H, "", 8.5)
    pdf.text(
        48, y + 110, "CSV and PDF price files are in your account at trade.haldenplumbing.co.uk."
    )


def priceupdate(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Halden Plumbing Supplies - Price Update Supplement 3", A4)
    cols = ((40, "l"), (104, "l"), (330, "c"), (372, "l"), (490, "r"), (555, "r"))
    codes = iter(f"PV-{n}" for n in sorted(words.rng.sample(range(1001, 9899), 24)))

    def head(page: int) -> None:
        pdf.set_font(H, "B", 13)
        pdf.text(36, 40, "HALDEN PLUMBING SUPPLIES")
        pdf.set_font(H, "", 8)
        right(pdf, pdf.w - 36, 34, "Price Update Supplement No. 3")
        right(pdf, pdf.w - 36, 45, "to Trade Catalogue 2026  ·  effective 1 February 2027")
        rule(pdf, 52, 40, 36, pdf.w - 36)

    def table_head(y: float, last: str) -> None:
        band(pdf, 36, y - 11, pdf.w - 72, 15, 225)
        pdf.set_font(H, "B", 7.5)
        cells(pdf, y, cols, ["Code", "Description", "Cat. page", "Unit", "New price", last])

    pdf.add_page()
    head(1)
    covering_letter(pdf)
    folio(pdf, H, "Halden Plumbing Supplies Ltd  ·  Leeds LS11 5QR", "Supplement 3 · page 1 of 2")
    pdf.add_page()
    head(2)
    pdf.set_font(H, "B", 10)
    pdf.text(36, 80, "1. Amended prices")
    y = 102
    table_head(y, "Was")
    for k, (desc, size, unit, old, new) in enumerate(AMENDED):
        y += 16
        code = next(codes)
        pdf.set_font(H, "", 8)
        cat_page = str(40 + 3 * k + words.rng.randrange(3))
        cells(pdf, y, cols, [code, desc, cat_page, unit, f"{new:.2f}", f"{old:.2f}"])
        rule(pdf, y + 5, 215, 36, pdf.w - 36)
        sizes = [size] if size else []
        truth.products.append(product(desc, [code], [f"{new:.2f}", f"{old:.2f}"], 2, sizes=sizes))
    y += 34
    pdf.set_font(H, "B", 10)
    pdf.text(36, y, "2. New lines")
    y += 22
    band(pdf, 36, y - 11, pdf.w - 72, 15, 225)
    pdf.set_font(H, "B", 7.5)
    cells(pdf, y, cols, ["Code", "Description", "", "Unit", "Price", ""])
    for desc, size, unit, price in NEW_LINES:
        y += 16
        code = next(codes)
        pdf.set_font(H, "", 8)
        cells(pdf, y, cols, [code, desc, "", unit, f"{price:.2f}", ""])
        pdf.set_font(H, "B", 6.5)
        pdf.set_text_color(0, 110, 60)
        pdf.text(534, y, "NEW")
        black(pdf)
        rule(pdf, y + 5, 215, 36, pdf.w - 36)
        sizes = [size] if size else []
        truth.products.append(product(desc, [code], [f"{price:.2f}"], 2, sizes=sizes))
    y += 34
    pdf.set_font(H, "B", 10)
    pdf.text(36, y, "3. Discontinued - no longer available")
    y += 22
    band(pdf, 36, y - 11, pdf.w - 72, 15, 225)
    pdf.set_font(H, "B", 7.5)
    gone = ((40, "l"), (104, "l"), (400, "l"))
    cells(pdf, y, gone, ["Code", "Description", "Replaced by"])
    for desc, replacement in DISCONTINUED:
        y += 16
        pdf.set_font(H, "", 8)
        cells(pdf, y, gone, [next(codes), desc, replacement])
        rule(pdf, y + 5, 215, 36, pdf.w - 36)
    pdf.set_font(H, "I", 8)
    grey(pdf, 70)
    lines(
        pdf,
        36,
        y + 30,
        pdf.w - 72,
        "Orders already confirmed before 1 February 2027 are invoiced at the old prices. "
        "Questions: your branch or pricing@haldenplumbing.co.uk.",
        11,
    )
    black(pdf)
    folio(pdf, H, "Halden Plumbing Supplies Ltd  ·  Leeds LS11 5QR", "Supplement 3 · page 2 of 2")
    return pdf


TRVALKY = (  # genus band, (species heading, cultivars (name, height, colour, bloom, prices))
    (
        "ŠALVĚJE A DOBROMYSLI",
        (
            (
                "Salvia nemorosa – šalvěj hajní",
                (
                    ("'Caradonna'", "50 cm", "tmavě fialová", "VI–VIII", (69, 119, None)),
                    ("'Schneehügel'", "40 cm", "bílá", "VI–VIII", (69, 119, None)),
                    ("'Rosakönigin'", "45 cm", "růžová", "VI–IX", (72, None, None)),
                ),
            ),
            (
                "Origanum vulgare – dobromysl obecná",
                (
                    ("'Aureum'", "25 cm", "růžová", "VII–IX", (59, 99, None)),
                    ("'Compactum'", "15 cm", "světle růžová", "VII–VIII", (59, None, None)),
                ),
            ),
        ),
    ),
    (
        "KAKOSTY",
        (
            (
                "Geranium × cantabrigiense – kakost cambridgeský",
                (
                    ("'Biokovo'", "25 cm", "bílorůžová", "V–VII", (65, 109, 189)),
                    ("'Karmina'", "25 cm", "karmínová", "V–VII", (65, 109, None)),
                ),
            ),
            (
                "Geranium sanguineum – kakost krvavý",
                (
                    ("'Album'", "30 cm", "bílá", "V–VIII", (62, 105, None)),
                    ("'Max Frei'", "20 cm", "purpurová", "V–VIII", (62, 105, 179)),
                ),
            ),
        ),
    ),
    (
        "TRÁVY",
        (
            (
                "Calamagrostis × acutiflora – třtina ostrokvětá",
                (
                    ("'Karl Foerster'", "150 cm", "béžová", "VII–IX", (None, 139, 229)),
                    ("'Overdam'", "120 cm", "pestrolistá", "VII–IX", (None, 149, 239)),
                ),
            ),
            (
                "Pennisetum alopecuroides – dochan psárkovitý",
                (
                    ("'Hameln'", "60 cm", "krémová", "VIII–X", (79, 135, 219)),
                    ("'Little Bunny'", "30 cm", "krémová", "VIII–X", (85, 145, None)),
                ),
            ),
        ),
    ),
    (
        "STÍNOMILNÉ TRVALKY",
        (
            (
                "Hosta – bohyška",
                (
                    ("'June'", "40 cm", "zlatozelený list", "VII", (89, 159, 269)),
                    ("'Halcyon'", "35 cm", "modrý list", "VII", (85, 149, None)),
                    ("'Patriot'", "50 cm", "bíle lemovaný list", "VII–VIII", (85, 149, 259)),
                ),
            ),
            (
                "Astilbe chinensis – čechrava čínská",
                (
                    ("'Pumila'", "30 cm", "růžovofialová", "VIII–IX", (69, 115, None)),
                    ("'Vision in White'", "50 cm", "bílá", "VII–VIII", (72, 125, None)),
                ),
            ),
        ),
    ),
)


def trvalky(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Zahradnictví Podlesí - ceník trvalek jaro 2027", A4)
    cols = ((56, "l"), (210, "r"), (226, "l"), (340, "l"), (450, "r"), (503, "r"), (555, "r"))
    pots = ("K9", "1,5 l", "3 l")
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font(F, "B", 15)
        pdf.set_text_color(40, 100, 40)
        pdf.text(36, 44, "Zahradnictví Podlesí")
        black(pdf)
        pdf.set_font(F, "", 8)
        pdf.text(36, 58, "Ceník trvalek  ·  jaro 2027  ·  ceny v Kč vč. DPH za kus")
        right(pdf, pdf.w - 36, 44, "Podlesí 118, 763 26 Luhačovice")
        right(pdf, pdf.w - 36, 58, "tel. 577 555 310  ·  www.zahradnictvi-podlesi.cz")
        rule(pdf, 66, 100, 36, pdf.w - 36)
        y = 86
        pdf.set_font(F, "B", 7)
        cells(pdf, y, cols, ["Odrůda", "Výška", "Barva", "Kvete", *pots])
        rule(pdf, y + 5, 120, 36, pdf.w - 36)
        y += 6
        for genus, species_list in TRVALKY[(page - 1) * 2 : page * 2]:
            y += 12
            fill(pdf, (225, 236, 220))
            pdf.rect(36, y, pdf.w - 72, 17, style="F")
            pdf.set_font(F, "B", 8.5)
            pdf.text(42, y + 12, genus)
            y += 17
            for species, cultivars in species_list:
                y += 20
                pdf.set_font(F, "B", 10)
                pdf.text(42, y, species)
                latin = species.split(" – ")[0]
                for cultivar, height, colour, bloom, prices in cultivars:
                    y += 16
                    shown = [str(p) if p is not None else "–" for p in prices]
                    pdf.set_font(F, "", 8.5)
                    cells(pdf, y, cols, [cultivar, height, colour, bloom, *shown])
                    rule(pdf, y + 5, 225, 56, pdf.w - 36)
                    priced = [str(p) for p in prices if p is not None]
                    sizes = [s for s, p in zip(pots, prices, strict=True) if p is not None]
                    name = f"{latin} {cultivar}"
                    truth.products.append(product(name, [], priced, page, sizes=sizes))
        pdf.set_font(F, "", 7.5)
        grey(pdf, 80)
        notes = (
            "K9 = kontejner 9 × 9 cm. Při odběru nad 50 ks jedné odrůdy sleva 10 %. "
            "Zasíláme v jarní sezóně (březen–květen); balné a doprava 290 Kč, nad 3 000 Kč zdarma."
        )
        lines(pdf, 36, 770, pdf.w - 72, notes, 10)
        black(pdf)
        folio(pdf, F, "Zahradnictví Podlesí s.r.o.  ·  IČO 27655310", f"strana {page}/2")
    return pdf


TUINLOOK = (  # scene title, pieces (name, material, size, price, old price)
    (
        "Terras aan zee",
        (
            ("Loungebank Siesta", "teak, grijze kussens", "214 × 86 × 72 cm", 1249, 1499),
            ("Fauteuil Siesta", "teak, grijze kussens", "92 × 86 × 72 cm", 649, None),
            ("Salontafel Duin", "teak, Ø 80 cm", "Ø 80 × 38 cm", 329, None),
            ("Parasol Zonneveld", "aluminium, écru doek", "Ø 300 cm", 279, 349),
            ("Buitenkleed Helm", "polypropyleen", "200 × 290 cm", 149, None),
        ),
    ),
    (
        "Eten onder de pergola",
        (
            (
                "Tuintafel Lange Jan",
                "gegalvaniseerd staal, teak blad",
                "220 × 100 × 75 cm",
                899,
                None,
            ),
            ("Stapelstoel Vink", "staal, saliegroen", "54 × 56 × 82 cm", 119, 139),
            ("Bank Vink", "staal, saliegroen", "160 × 40 × 45 cm", 259, None),
            ("Hanglamp Lantaarn", "gerecycled kunststof, solar", "Ø 35 × 40 cm", 69, None),
            ("Plantenbak Klei", "terracotta", "Ø 50 × 45 cm", 89, None),
            ("Windlicht Baken", "glas en teak", "Ø 18 × 42 cm", 39, 49),
        ),
    ),
)


def euro_nl(value: int) -> str:
    return f"€ {value:,}".replace(",", ".") + ",-"


def tuinlook(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Buitenhuis - Lookbook tuin 2027", A4_LANDSCAPE)
    for page, (scene, pieces) in enumerate(TUINLOOK, start=1):
        pdf.add_page()
        pdf.image(photo(23600 + page, (420, 200)), x=0, y=0, w=pdf.w, h=350)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(T, "BI", 30)
        pdf.text(36, 60, scene)
        pdf.set_font(H, "", 9)
        pdf.text(38, 78, "BUITENHUIS  ·  Lookbook tuin 2027")
        black(pdf)
        for k, (name, *_rest) in enumerate(pieces):  # the name labels on the photo
            x = 60 + k * (pdf.w - 160) / len(pieces) + words.rng.randrange(-10, 30)
            y = 170 + words.rng.randrange(0, 130)
            pdf.set_font(H, "", 7.5)
            width = pdf.get_string_width(name) + 10
            fill(pdf, (255, 255, 255))
            pdf.rect(x, y, width, 14, style="F")
            pdf.text(x + 5, y + 9.5, name)
            pdf.ellipse(x - 7, y + 4, 5, 5, style="F")
        pdf.set_font(H, "B", 11)
        pdf.text(36, 376, "Shop de look")
        pdf.set_font(H, "", 8)
        grey(pdf, 90)
        pdf.text(130, 376, "Alle artikelen ook online en in onze winkels in Haarlem en Amersfoort.")
        black(pdf)
        width = (pdf.w - 72 - (len(pieces) - 1) * 10) / len(pieces)
        for k, (name, material, size, price, old) in enumerate(pieces):
            x = 36 + k * (width + 10)
            pdf.image(photo(23610 + page * 10 + k, (120, 90)), x=x, y=388, w=width, h=width * 0.55)
            y = 388 + width * 0.55 + 16
            pdf.set_font(H, "B", 9)
            pdf.text(x, y, name)
            pdf.set_font(H, "", 7.5)
            grey(pdf, 90)
            pdf.text(x, y + 12, material)
            pdf.text(x, y + 23, size)
            code = str(40000 + words.rng.randrange(100, 9999))
            pdf.text(x, y + 34, f"Art. {code}")
            black(pdf)
            pdf.set_font(H, "B", 12)
            pdf.text(x, y + 52, euro_nl(price))
            prices = [euro_nl(price)]
            if old:
                pdf.set_font(H, "", 8)
                grey(pdf, 110)
                strike(pdf, x + 74, y + 52, euro_nl(old))
                black(pdf)
                prices.append(euro_nl(old))
            truth.products.append(product(name, [code], prices, page, sizes=[size]))
        folio(pdf, H, "Buitenhuis B.V.  ·  Prijzen geldig t/m 31 augustus 2027", str(page))
    return pdf


# === non-catalogs ==============================================================================


def delivery(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Delivery note DN-2026-18734", A4)
    pdf.add_page()
    pdf.set_font(H, "B", 16)
    pdf.text(36, 46, "NORTHGATE CATERING SUPPLIES")
    pdf.set_font(H, "", 8)
    pdf.text(36, 60, "Units 7-9 Ferry Lane Industrial Estate, Gateshead NE8 2QL  ·  0191 555 2280")
    pdf.set_font(H, "B", 20)
    right(pdf, pdf.w - 36, 46, "DELIVERY NOTE")
    rule(pdf, 70, 60, 36, pdf.w - 36)
    pdf.set_font(H, "", 8.5)
    facts = (
        ("Delivery note", "DN-2026-18734"),
        ("Date", "3 December 2026"),
        ("Your order", "PO 55120 / Chef Marsh"),
        ("Account", "HOT-0412"),
        ("Route / van", "R3 / NK24 XPV"),
    )
    for k, (label, value) in enumerate(facts):
        pdf.set_font(H, "B", 8.5)
        pdf.text(340, 92 + k * 14, label)
        pdf.set_font(H, "", 8.5)
        pdf.text(430, 92 + k * 14, value)
    pdf.set_font(H, "B", 8.5)
    pdf.text(36, 92, "Deliver to")
    pdf.set_font(H, "", 8.5)
    for k, text in enumerate(
        (
            "The Quayside Hotel",
            "Kitchen goods-in, rear yard",
            "19 Sandhill",
            "Newcastle upon Tyne NE1 3JF",
        )
    ):
        pdf.text(36, 106 + k * 13, text)
    items = (
        ("CH-3310", "Gastronorm pan 1/1, 65 mm, stainless", 12, 12, 14.20),
        ("CH-3314", "Gastronorm lid 1/1, stainless", 12, 8, 6.80),
        ("CK-1021", "Chef's knife 26 cm, black handle", 4, 4, 32.50),
        ("CK-1188", "Knife guard 26 cm", 4, 4, 2.95),
        ("CB-0502", "Chopping board 450 x 300 mm, red", 2, 2, 11.40),
        ("CB-0503", "Chopping board 450 x 300 mm, blue", 2, 0, 11.40),
        ("GL-2207", "Hi-ball glass 34 cl, box of 24", 6, 6, 21.60),
        ("DP-4410", "Cling film 45 cm x 300 m", 10, 10, 8.75),
        ("DP-4452", "Nitrile gloves, blue, M, box of 100", 20, 15, 5.90),
    )
    cols = ((40, "l"), (96, "l"), (330, "r"), (384, "r"), (430, "r"), (490, "r"), (555, "r"))
    y = 180
    band(pdf, 36, y - 11, pdf.w - 72, 15, 220)
    pdf.set_font(H, "B", 7.5)
    cells(
        pdf,
        y,
        cols,
        ["Item", "Description", "Ordered", "Delivered", "To follow", "Unit £", "Amount £"],
    )
    total = 0.0
    pdf.set_font(H, "", 8)
    for code, desc, ordered, delivered, price in items:
        y += 17
        amount = delivered * price
        total += amount
        cells(
            pdf,
            y,
            cols,
            [
                code,
                desc,
                str(ordered),
                str(delivered),
                str(ordered - delivered),
                f"{price:.2f}",
                f"{amount:.2f}",
            ],
        )
        rule(pdf, y + 6, 215, 36, pdf.w - 36)
    y += 22
    pdf.set_font(H, "B", 8.5)
    cells(pdf, y, ((430, "r"), (555, "r")), ["Goods value delivered", f"{total:.2f}"])
    pdf.set_font(H, "", 8)
    cells(pdf, y + 14, ((430, "r"), (555, "r")), ["Packages", "5 cartons, 1 tote"])
    pdf.set_font(H, "", 8.5)
    text = [
        "Items shown under 'To follow' are on back order and will come on your next scheduled "
        "delivery. This is not an invoice: your invoice follows by e-mail at the end of the week.",
        "Please check the goods before signing. Shortages or damage must be noted on this copy "
        "and reported within 24 hours.",
    ]
    y = prose(pdf, 36, y + 50, pdf.w - 72, text, 12)
    pdf.set_draw_color(120, 120, 120)
    pdf.rect(36, y + 10, 250, 70)
    pdf.rect(309, y + 10, 250, 70)
    pdf.set_font(H, "", 7.5)
    pdf.text(42, y + 22, "Received in good condition - name and signature")
    pdf.text(315, y + 22, "Driver")
    pdf.text(42, y + 74, "Time:")
    folio(
        pdf,
        H,
        "Northgate Catering Supplies Ltd  ·  Reg. 08812345  ·  VAT GB 233 4455 61",
        "Customer copy",
    )
    return pdf


def returns(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Vireo Home - Warranty and Returns Policy", A4)
    pdf.add_page()
    pdf.set_font(T, "B", 22)
    pdf.text(36, 56, "Warranty & Returns Policy")
    pdf.set_font(H, "", 8)
    grey(pdf, 90)
    pdf.text(36, 72, "Vireo Home Appliances  ·  UK & Ireland  ·  version 4, November 2026")
    black(pdf)
    rule(pdf, 80, 60, 36, pdf.w - 36)
    pdf.set_font(H, "B", 10.5)
    pdf.text(36, 104, "1. Your guarantee")
    pdf.set_font(H, "", 9)
    y = prose(
        pdf,
        36,
        122,
        pdf.w - 72,
        [
            "Every Vireo appliance bought new from Vireo or an authorised retailer is guaranteed "
            "against defects in materials and workmanship for the period below, from the date of "
            "purchase. Register your appliance within 28 days at vireo.co.uk/register to extend "
            "the guarantee where shown.",
        ],
        12.5,
    )
    cols = ((40, "l"), (170, "l"), (395, "l"), (555, "r"))
    y += 8
    band(pdf, 36, y - 11, pdf.w - 72, 15, 225)
    pdf.set_font(H, "B", 8)
    cells(pdf, y, cols, ["Product range", "Models covered", "Guarantee", "If registered"])
    ranges = (
        ("Kettles", "Vireo K1, K2 Rapid, K3 Glass", "2 years", "3 years"),
        ("Toasters", "Vireo T2, T4 Long Slot", "2 years", "3 years"),
        ("Stand mixers", "Vireo Mixa 5, Mixa 7 Pro", "3 years", "5 years"),
        ("Coffee machines", "Vireo Barista B6, Bean-to-cup BC9", "2 years", "3 years"),
        ("Cordless vacuums", "Vireo Aero V8, Aero V12", "2 years", "2 years + battery 1 year"),
        ("Air fryers", "Vireo Crisp 4 l, Crisp Duo 9 l", "2 years", "3 years"),
    )
    pdf.set_font(H, "", 8.5)
    for row in ranges:
        y += 16
        cells(pdf, y, cols, list(row))
        rule(pdf, y + 5, 215, 36, pdf.w - 36)
    sections = (
        (
            "2. What is not covered",
            [
                "Wear parts (filters, brushes, batteries after the first year, glass jugs), damage "
                "from misuse, limescale, commercial use, repairs by anyone other than a Vireo "
                "service partner, and accessories bought separately.",
            ],
        ),
        (
            "3. Changed your mind?",
            [
                "Appliances bought directly from vireo.co.uk may be returned within 30 days if "
                "unused and in the original packaging. Opened appliances that are not faulty are "
                "accepted within 14 days subject to a restocking fee of 15% of the price paid. "
                "Return postage is free with the prepaid label in your account.",
                "Example: a Vireo K2 Rapid kettle bought for £49.99, opened and returned after 10 "
                "days, is refunded £42.49 (£49.99 less the £7.50 restocking fee).",
            ],
        ),
        (
            "4. Making a claim",
            [
                "Call 0330 555 0190 or use the form at vireo.co.uk/support with your model number "
                "(on the rating label under the appliance) and proof of purchase. We repair, "
                "replace or refund at our choice; a replacement carries the remainder of the "
                "original guarantee. This guarantee does not affect your statutory rights.",
            ],
        ),
    )
    y += 20
    for title, texts in sections:
        y += 14
        pdf.set_font(H, "B", 10.5)
        pdf.text(36, y, title)
        pdf.set_font(H, "", 9)
        y = prose(pdf, 36, y + 18, pdf.w - 72, texts, 12.5)
    folio(pdf, H, "Vireo Home Appliances Ltd  ·  Milton Keynes MK9 2FP", "Page 1 of 1")
    return pdf


VACUUMS = (  # model, typical price, runtime, weight, score, verdict, what we found
    (
        "Vireo Aero V12",
        349,
        "60 min",
        "2.6 kg",
        9,
        "The best all-rounder: strong on carpets, quiet, with a laser head that shows up fine "
        "dust.",
        "The anti-tangle brush came through the pet-hair test clean, and the screen counts "
        "the particles it picks up, which is more fun than it should be.",
    ),
    (
        "Kestrel Storm 5",
        279,
        "45 min",
        "2.9 kg",
        8,
        "Nearly as powerful for much less, though the bin is fiddly to empty.",
        "It lifted 97% of our test grit from carpet in two passes; the boost button halves "
        "the runtime, so save it for the doormat.",
    ),
    (
        "Tidal CleanPro S",
        219,
        "40 min",
        "2.4 kg",
        7,
        "Light and nimble, with a swappable battery; struggles with long pet hair.",
        "A second battery costs extra, but clicking it in takes seconds, and the crevice tool "
        "lives on the wand where you need it.",
    ),
    (
        "Orbis Feather 2",
        149,
        "35 min",
        "1.9 kg",
        7,
        "Our budget pick: surprisingly good on hard floors, weak on deep carpet.",
        "At under two kilos it is the one our testers reached for on the stairs, and the "
        "washable filter keeps running costs down.",
    ),
    (
        "Hallam Duo Wet",
        399,
        "50 min",
        "3.8 kg",
        6,
        "Mops and vacuums in one pass, but heavy and loud.",
        "It left kitchen tiles properly clean, yet the dirty-water tank needs rinsing after "
        "every use and the 3.8 kg body tires the wrist.",
    ),
    (
        "Polaris Slim 300",
        189,
        "30 min",
        "2.2 kg",
        5,
        "Tidy design, short runtime, poor edge cleaning.",
        "The slim dock fits a narrow hallway, but along skirting boards it left a line of "
        "crumbs that every other model picked up.",
    ),
)


def roundup(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Home Tech Monthly - Cordless vacuums tested", A4)
    col_w = (pdf.w - 72 - 18) / 2
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font(H, "B", 7.5)
        grey(pdf, 90)
        pdf.text(36, 28, "HOME TECH MONTHLY  ·  JANUARY 2027")
        right(pdf, pdf.w - 36, 28, "BUYER'S GUIDE")
        black(pdf)
        rule(pdf, 34, 150, 36, pdf.w - 36)
        y0 = 50
        if page == 1:
            pdf.set_font(T, "B", 28)
            pdf.text(36, 82, "Six cordless vacuums, one winner")
            pdf.set_font(T, "I", 11)
            pdf.text(
                36,
                102,
                "We ran each stick vacuum over carpet, boards and pet hair for a "
                "month. Here is what to buy.",
            )
            pdf.image(photo(23900, (300, 120)), x=36, y=114, w=pdf.w - 72, h=170)
            y0 = 304
        columns = [y0, y0]
        picks = VACUUMS[:3] if page == 1 else VACUUMS[3:]
        for model, price, runtime, weight, score, verdict, found in picks:
            column = 0 if columns[0] <= columns[1] else 1
            x, y = 36 + column * (col_w + 18), columns[column] + 16
            pdf.set_font(T, "B", 13)
            pdf.text(x, y, model)
            pdf.set_font(H, "B", 8)
            pdf.set_text_color(180, 30, 30)
            pdf.text(x, y + 14, f"SCORE {score}/10   ·   Typical price £{price}")
            black(pdf)
            pdf.set_font(T, "", 10)
            body = f"{verdict} {found} Runtime in eco mode: {runtime}; weight: {weight}."
            columns[column] = lines(pdf, x, y + 30, col_w, body, 13) + 6
        if page == 1:
            y = max(columns) + 16
            band(pdf, 36, y, pdf.w - 72, 84, 236)
            pdf.set_font(H, "B", 9)
            pdf.text(48, y + 18, "HOW WE TEST")
            pdf.set_font(H, "", 8.5)
            method = (
                "Each vacuum cleaned the same 40 m² test flat twice a week for four weeks. We "
                "spread a measured 20 g of sand, rice and cereal on carpet and boards, weighed "
                "what was collected, timed the battery from full in eco and boost, and asked "
                "five testers to score handling, emptying and noise."
            )
            lines(pdf, 48, y + 34, pdf.w - 96, method, 11.5)
        if page == 2:
            y = max(columns) + 20
            pdf.set_font(H, "B", 10)
            pdf.text(36, y, "How they compare")
            cols = ((40, "l"), (230, "r"), (310, "r"), (390, "r"), (470, "r"))
            y += 20
            band(pdf, 36, y - 11, pdf.w - 72, 15, 225)
            pdf.set_font(H, "B", 8)
            cells(pdf, y, cols, ["Model", "Typical price", "Runtime", "Weight", "Score"])
            pdf.set_font(H, "", 8.5)
            for model, price, runtime, weight, score, _, _ in VACUUMS:
                y += 16
                cells(pdf, y, cols, [model, f"£{price}", runtime, weight, f"{score}/10"])
                rule(pdf, y + 5, 215, 36, pdf.w - 36)
            pdf.set_font(H, "I", 8)
            grey(pdf, 80)
            lines(
                pdf,
                36,
                y + 24,
                pdf.w - 72,
                "Prices checked on 2 December 2026. Home Tech "
                "Monthly buys every product it tests and accepts no payment for reviews.",
                11,
            )
            black(pdf)
        folio(pdf, H, "Home Tech Monthly", str(page + 45))
    return pdf


def ironmongery(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Specification section 32 - Door ironmongery schedule", A4_LANDSCAPE)
    sets = (
        (
            "IS-01",
            "Office doors, single leaf, 60 min fire",
            "D1.04, D1.05, D1.07, D2.04",
            (
                ("Lever handle on rose", "Allgood 7103/19", "SSS", "1 pair"),
                ("Sashlock 60 mm backset", "Union JL2277", "SSS", "1"),
                ("Euro cylinder 70 mm", "Union J2X10", "SCP", "1"),
                ("Butt hinge 100 mm, grade 13", "Eclipse 14944", "SSS", "1½ pair"),
                ("Overhead closer EN 2-4", "Dorma TS73V", "Silver", "1"),
            ),
        ),
        (
            "IS-02",
            "WC doors",
            "D1.10, D1.11, D2.10, D2.11",
            (
                ("Lever handle on rose", "Allgood 7103/19", "SSS", "1 pair"),
                ("Bathroom lock 60 mm", "Union JL2226", "SSS", "1"),
                ("Turn and release", "Allgood 8110", "SSS", "1"),
                ("Butt hinge 100 mm, grade 11", "Eclipse 14942", "SSS", "1½ pair"),
            ),
        ),
        (
            "IS-03",
            "Stair core, double leaf, 30 min fire",
            "D0.01, D1.01, D2.01",
            (
                ("Pull handle 300 mm c/c", "Allgood 8300", "SSS", "2"),
                ("Push plate 300 × 75 mm", "Allgood 8002", "SSS", "2"),
                ("Concealed closer", "Dorma ITS96", "—", "2"),
                ("Door selector", "Dorma SR390", "Silver", "1"),
                ("Intumescent seal 15 × 4 mm", "Lorient LAS8001", "White", "2 sets"),
                ("Kick plate 1000 × 150 mm", "Allgood 8500", "SSS", "2"),
            ),
        ),
    )
    for page, chunk in enumerate((sets[:2], sets[2:]), start=1):
        pdf.add_page()
        pdf.set_font(H, "B", 9)
        pdf.text(36, 30, "Riverside Health Centre, Phase 2  ·  Employer's Requirements")
        pdf.set_font(H, "", 8)
        right(pdf, pdf.w - 36, 30, "Section 32: Door ironmongery  ·  Rev C  ·  Issued for tender")
        rule(pdf, 36, 60, 36, pdf.w - 36)
        y = 58
        if page == 1:
            pdf.set_font(H, "B", 13)
            pdf.text(36, y + 6, "32.4 Ironmongery schedule")
            pdf.set_font(H, "", 8.5)
            y = lines(
                pdf,
                36,
                y + 24,
                pdf.w - 72,
                "Products named are the basis of design; "
                "equivalents may be proposed under clause 32.2 with CE / UKCA marking and "
                "fire test evidence. Finishes: SSS satin stainless steel, SCP satin chrome "
                "plated. Quantities are per door.",
                11.5,
            )
        cols = ((44, "l"), (250, "l"), (430, "l"), (560, "l"), (700, "r"))
        for set_no, use, doors, items in chunk:
            y += 22
            band(pdf, 36, y - 12, pdf.w - 72, 17, 220)
            pdf.set_font(H, "B", 9)
            pdf.text(44, y, f"{set_no}  {use}")
            pdf.set_font(H, "", 8)
            right(pdf, pdf.w - 44, y, f"Doors: {doors}")
            y += 18
            pdf.set_font(H, "B", 7.5)
            cells(pdf, y, cols, ["Item", "Basis of design", "Finish", "Qty / door", ""])
            pdf.set_font(H, "", 8.5)
            for item, ref, finish, qty in items:
                y += 15
                cells(pdf, y, cols, [item, ref, finish, qty, ""])
                rule(pdf, y + 5, 215, 36, pdf.w - 36)
        folio(pdf, H, "Hartley Bruce Architects LLP  ·  Job 2418", f"32/{page + 6}")
    return pdf


# === the batch =================================================================================

BLIND_23 = ("cookware", "cabinet", "roastery", "hampers", "priceupdate", "trvalky", "tuinlook")
BLIND_23_NON_CATALOGS = ("delivery", "returns", "roundup", "ironmongery")
LAYOUTS_23 = BLIND_23 + BLIND_23_NON_CATALOGS
SCAN_DPI_23 = {"cookware": 200, "cabinet": 250, "roastery": 300, "hampers": 150}
SCAN_DPI_23 |= {"priceupdate": 200, "trvalky": 250, "tuinlook": 200}
SCAN_DPI_23 |= {"delivery": 200, "returns": 150, "roundup": 200, "ironmongery": 250}
LANGUAGE_23 = {"trvalky": "cs", "tuinlook": "nl"}
LOCALES_23 = {"en": "en_GB", "cs": "cs_CZ", "nl": "nl_NL"}
SEED_23 = 23000
MAKERS_23: dict[str, Callable[[Words, Truth], FPDF]] = {
    "cookware": cookware,
    "cabinet": cabinet,
    "roastery": roastery,
    "hampers": hampers,
    "priceupdate": priceupdate,
    "trvalky": trvalky,
    "tuinlook": tuinlook,
    "delivery": delivery,
    "returns": returns,
    "roundup": roundup,
    "ironmongery": ironmongery,
}

# registered beside the earlier batches, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["23"] = Batch(
    LAYOUTS_23, BLIND_23, MAKERS_23, SEED_23, LANGUAGE_23, LOCALES_23, SCAN_DPI_23
)
