"""Blind batch 24: catalogs of the kinds a PDF-ingestion service gets, in forms unlike every
earlier batch's, written WITHOUT the engine.

Bench figures, never test floors: only ``bench/quality.py --layouts blind24`` writes them, and the
batch is meant to be scored ONCE, at the end, as an honest estimate on catalogs nobody tuned on.
Nobody who wrote it read ``pdfqueue.engines`` or ``pdfqueue.pipeline``, nor ran the engine or
the bench on it; its forms are unlike every earlier batch's (1-23). Mostly English, one in
Italian.

What counts as a product is as in batches 21 to 23 (see generate_blind21's docstring): a thing
the document offers, once, on the page where it is presented (with its price), named as
printed; its codes, prices (printed order) and sizes as printed. Services, gift vouchers, sold
items, footnotes, legends, headings and delivery charges are not products. Per layout (files
``b24-<layout>``; seeds ``SEED_24`` + index):

- ``petshop``: an American pet-supplies mail-order catalog (Letter, 2 pages): a green head band, 2
  x 3 product BOXES each with a photo, the bold name, "SKU PS-40218", a SELECTOR LINE of drawn
  chips ("Flavor: Chicken Salmon Lamb", "Size: 4 lb 12 lb 24 lb", the first size highlighted,
  "price shown for 4 lb") and two prices side by side, the one-time price and a green "Subscribe &
  Save $17.09". A box is a product: code the SKU; prices one-time then subscribe; sizes every size
  chip in printed order.
- ``components``: an electronics distributor's PARAMETRIC TABLE (A4 landscape, 2 pages): section
  bands (LDO regulators, voltage references, Li-ion chargers, buck regulators), rows Stock no. |
  Mfr part no. | Mfr | Package | Vout | Tol. | Iout | 1+ | 10+ | 100+ | Stock, with superscript
  FOOTNOTE MARKERS in some Package and Tol. cells and an asterisk after some 100+ prices,
  footnotes under the table. A row is a product named by its manufacturer part number; codes the
  stock number then the part number; prices the 1+, 10+, 100+ breaks as printed (no currency
  sign); no sizes.
- ``bikes``: a bicycle shop's model-year catalogue (A4, 3 pages, two bikes a page): a photo, the
  model name with a "MY27" badge, "Art. 27-1104", a SPEC SHEET in two columns of "label: value"
  (frame, fork, groupset, brakes, wheels, tyres, weight, frame sizes), a COLOUR SWATCH ROW with
  colour names, and the price; page 3 is "MY26 clearance" with struck old prices. A bike is a
  product: code the Art.; prices now (then was); size the frame-size value as printed.
- ``seedtext``: a seed company's catalogue whose products are in RUNNING TEXT (A4, 2 pages, Times,
  two columns): per crop a heading, then paragraphs naming two or three varieties each in bold
  ("Tomato 'Sungold' F1 - ... Packet of 10 seeds £3.25, code T114."), some with two packet sizes;
  a photo band on page 1; an ordering box with postage and a blank ORDER FORM (ruled rows to fill
  in) on page 2. A variety is a product named as printed in bold; code the code; prices and sizes
  (seed counts / weights) in printed order.
- ``officegrid``: an office-supplies catalogue (A4, 2 pages) of 3 x 3 CARDS, each with a photo,
  the name, "Item 40-1187", the pack, on some a "5+ £3.99" line, and the price on a small coloured
  FLAG ROTATED 90 degrees along the card's right edge. A card is a product: code the Item; prices
  the flag then the 5+ price; size the pack ("Box of 12"; none where it says "Each").
- ``spa``: a day spa's "treatments & retail" brochure (A4, 2 pages, Times headings): services
  (facials, hands & feet, massages, add-ons, each with a duration and price) and RETAIL PRODUCTS
  (photo, name, size, price) mixed on each page, a gift-voucher box and a booking policy. Only the
  retail products are products: no codes; price; size the content ("30 ml").
- ``usato``: an Italian music shop's PRE-OWNED STOCK LIST (A4 landscape, 2 pages, DejaVu):
  category bands (electric and acoustic guitars, basses, keyboards, drums, amps), rows Rif. |
  Strumento | Anno | Matricola | Cond. | Note | Prezzo with condition grades A-D (legend in the
  head) and serial numbers; some rows greyed "VENDUTO" (sold: not products); a trade-in box. An
  unsold row is a product named by its Strumento; codes the Rif. then the serial (Matricola);
  price "€ 1.290"; no sizes.

Non-catalogs (truth: no products): ``assets`` (a company's fixed-asset register and
depreciation schedule: asset numbers, equipment and vehicles by make and model, cost,
depreciation and net book value), ``ruling`` (a customs advance tariff-classification ruling
on a range of air fryers: models, commodity codes, reasoning, a declared customs value),
``planogram`` (a supermarket's shelf planogram: a drawn bay of facings and a position table
with EANs, descriptions, facings and shelf prices), ``costing`` (a restaurant's recipe-costing
sheets: ingredients with supplier codes and pack costs, cost per portion, menu price, gross
profit).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 24 [--scanned]
"""

from __future__ import annotations

from collections.abc import Callable

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo
from generate_blind import A4_LANDSCAPE, LETTER, Batch, product, right
from generate_blind6 import strike
from generate_blind9 import black, centre, grey
from generate_blind11 import cells, rule
from generate_blind15 import fill
from generate_blind16 import dejavu_pdf
from generate_blind18 import lines
from generate_blind23 import band, folio, pounds, prose

F = "DejaVu"
H = "Helvetica"
T = "Times"


def dollars(value: float) -> str:
    return f"${value:,.2f}"


def euro_it(value: int) -> str:
    """1290 -> '€ 1.290', as Italian shops print whole-euro prices."""
    return "€ " + f"{value:,}".replace(",", ".")


def chip(pdf: FPDF, x: float, y: float, text: str, selected: bool) -> float:
    """A rounded selector chip (a size or flavour button); return the x after it."""
    width = pdf.get_string_width(text) + 8
    if selected:
        fill(pdf, (40, 110, 70))
        pdf.set_draw_color(40, 110, 70)
        pdf.set_text_color(255, 255, 255)
    else:
        fill(pdf, (255, 255, 255))
        pdf.set_draw_color(160, 160, 160)
    pdf.rect(x, y - 8, width, 11, style="DF", round_corners=True, corner_radius=3)
    pdf.text(x + 4, y, text)
    black(pdf)
    return x + width + 3


def superscript(pdf: FPDF, x: float, y: float, mark: str, size: float) -> None:
    """A footnote marker set small and raised, right after the cell text ending at `x`."""
    family, style, old = pdf.font_family, pdf.font_style, pdf.font_size_pt
    pdf.set_font(family, style, size * 0.6)
    pdf.text(x + 0.5, y - size * 0.35, mark)
    pdf.set_font(family, style, old)


# === catalogs ==================================================================================

PETS = (  # page title, products (name, selector label, options, sizes, one-time price)
    (
        "Dogs: food, treats & chews",
        (
            (
                "Harvest Grain-Free Adult Dog Food",
                "Flavor",
                ("Chicken", "Salmon", "Lamb"),
                ("4 lb", "12 lb", "24 lb"),
                18.99,
            ),
            ("Puppy Starter Kibble", "Flavor", ("Chicken", "Turkey"), ("5 lb", "15 lb"), 21.49),
            (
                "Dental Chew Sticks",
                "Flavor",
                ("Mint", "Peanut butter"),
                ("10 ct", "30 ct"),
                9.99,
            ),
            ("Freeze-Dried Liver Bites", "Flavor", ("Beef", "Chicken"), ("3 oz", "8 oz"), 12.49),
            (
                "Senior Joint Support Stew",
                "Flavor",
                ("Beef", "Chicken", "Venison"),
                ("12 x 13 oz",),
                34.99,
            ),
            ("Rope Tug Toy Trio", "Color", ("Red/blue", "Green/gray"), ("Medium", "Large"), 11.99),
        ),
    ),
    (
        "Cats & small pets",
        (
            ("Indoor Cat Dry Food", "Flavor", ("Chicken", "Whitefish"), ("3 lb", "7 lb"), 15.99),
            (
                "Clumping Clay Litter",
                "Scent",
                ("Unscented", "Lavender"),
                ("20 lb", "40 lb"),
                13.49,
            ),
            (
                "Salmon Pate Cans",
                "Texture",
                ("Smooth", "Chunky"),
                ("24 x 3 oz",),
                27.99,
            ),
            ("Catnip Kicker Toy", "Color", ("Teal", "Coral", "Mustard"), ("12 in",), 7.99),
            ("Timothy Hay for Rabbits", "Cut", ("First", "Second"), ("40 oz", "96 oz"), 14.99),
            ("Tropical Fish Flakes", "Formula", ("Color", "Growth"), ("1 oz", "7 oz"), 6.49),
        ),
    ),
)


def petshop(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Pawsome Supply Co. - Spring Catalog", LETTER)
    skus = words.rng.sample(range(40100, 40990), 12)
    serial = 0
    for page, (title, items) in enumerate(PETS, start=1):
        pdf.add_page()
        fill(pdf, (40, 110, 70))
        pdf.rect(0, 0, pdf.w, 58, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(H, "B", 20)
        pdf.text(36, 32, "Pawsome Supply Co.")
        pdf.set_font(H, "", 8.5)
        pdf.text(36, 47, "Spring Catalog 2027  ·  Order at 1-800-555-0173 or pawsomesupply.com")
        pdf.set_font(H, "B", 10)
        right(pdf, pdf.w - 36, 32, "FREE SHIPPING over $49")
        pdf.set_font(H, "", 8)
        right(pdf, pdf.w - 36, 47, "Subscribe & Save: 10% off every repeat delivery")
        black(pdf)
        pdf.set_font(H, "B", 14)
        pdf.text(36, 84, title)
        rule(pdf, 90, 180, 36, pdf.w - 36)
        box_w, box_h = (pdf.w - 72 - 14) / 2, 196
        for slot, (name, label, options, sizes, price) in enumerate(items):
            x = 36 + (slot % 2) * (box_w + 14)
            y = 100 + (slot // 2) * (box_h + 10)
            pdf.set_draw_color(200, 200, 200)
            pdf.rect(x, y, box_w, box_h, round_corners=True, corner_radius=6)
            pdf.image(photo(24000 + page * 10 + slot, (160, 140)), x=x + 8, y=y + 8, w=96, h=84)
            tx = x + 114
            pdf.set_font(H, "B", 11)
            ty = lines(pdf, tx, y + 22, box_w - 122, name, 13)
            sku = f"PS-{skus[serial]}"
            serial += 1
            pdf.set_font(H, "", 7.5)
            grey(pdf, 100)
            pdf.text(tx, ty, f"SKU {sku}")
            black(pdf)
            pdf.set_font(H, "", 7.5)
            blurb = words.rng.choice(
                (
                    "Vet-formulated, made in the USA.",
                    "No artificial colors or preservatives.",
                    "Rated 4.8 by 2,100 customers.",
                    "Best seller in our stores.",
                )
            )
            pdf.text(tx, ty + 13, blurb)
            sy = y + 112
            pdf.set_font(H, "B", 7.5)
            pdf.text(x + 10, sy, f"{label}:")
            pdf.set_font(H, "", 7.5)
            cx = x + 54
            for k, option in enumerate(options):
                cx = chip(pdf, cx, sy, option, k == 0)
            sy += 18
            pdf.set_font(H, "B", 7.5)
            pdf.text(x + 10, sy, "Size:")
            pdf.set_font(H, "", 7.5)
            cx = x + 54
            for k, size in enumerate(sizes):
                cx = chip(pdf, cx, sy, size, k == 0)
            if len(sizes) > 1:
                pdf.set_font(H, "I", 6.5)
                grey(pdf, 110)
                pdf.text(cx + 4, sy, f"price shown for {sizes[0]}")
                black(pdf)
            rule(pdf, y + 144, 225, x + 8, x + box_w - 8)
            py = y + 172
            once = dollars(price)
            save = dollars(round(price * 0.9, 2))
            pdf.set_font(H, "", 7)
            grey(pdf, 90)
            pdf.text(x + 10, py - 14, "One-time purchase")
            black(pdf)
            pdf.set_font(H, "B", 16)
            pdf.text(x + 10, py + 2, once)
            fill(pdf, (226, 242, 230))
            pdf.rect(x + box_w / 2, py - 22, box_w / 2 - 8, 36, style="F")
            pdf.set_text_color(30, 100, 55)
            pdf.set_font(H, "B", 7)
            pdf.text(x + box_w / 2 + 6, py - 11, "Subscribe & Save")
            pdf.set_font(H, "B", 13)
            pdf.text(x + box_w / 2 + 6, py + 6, save)
            black(pdf)
            truth.products.append(product(name, [sku], [once, save], page, sizes=list(sizes)))
        pdf.set_font(H, "", 7)
        grey(pdf, 90)
        note = (
            "Subscribe & Save prices apply to autoship orders delivered every 2 to 12 weeks; "
            "cancel any time. Standard shipping $6.95 on orders under $49. Prices valid "
            "March 1 to May 31, 2027, while supplies last."
        )
        lines(pdf, 36, pdf.h - 44, pdf.w - 72, note, 9)
        black(pdf)
        folio(pdf, H, "Pawsome Supply Co., 410 Elm Street, Columbus OH 43215", str(page))
    return pdf


COMPONENTS = (  # section, rows (mfr part, mfr, package, vout, tol, iout, 1+, 10+, 100+, stock)
    (
        "Linear regulators (LDO)",
        (
            ("AP2112K-3.3TRG1", "Diodes Inc", "SOT-23-5", "3.3", "±1.5 %", "600 mA", 0.38),
            ("LM1117IMP-3.3", "TI", "SOT-223", "3.3", "±1 %", "800 mA", 0.92),
            ("MCP1700T-3302E/TT", "Microchip", "SOT-23", "3.3", "±2 %", "250 mA", 0.41),
            ("TLV75533PDBVR", "TI", "SOT-23-5", "3.3", "±1 %", "500 mA", 0.29),
            ("LP5907MFX-1.8", "TI", "SOT-23-5", "1.8", "±2 %", "250 mA", 0.33),
            ("NCP1117ST50T3G", "onsemi", "SOT-223", "5.0", "±1 %", "1 A", 0.47),
            ("LT1763CS8-5", "ADI", "SO-8", "5.0", "±1 %", "500 mA", 4.86),
        ),
    ),
    (
        "Voltage references",
        (
            ("REF3033AIDBZR", "TI", "SOT-23", "3.3", "±0.2 %", "25 mA", 1.22),
            ("LM4040DIM3-2.5", "TI", "SOT-23", "2.5", "±1 %", "15 mA", 0.52),
            ("ADR4525BRZ", "ADI", "SO-8", "2.5", "±0.02 %", "10 mA", 6.74),
            ("MAX6126AASA50", "Maxim", "SO-8", "5.0", "±0.02 %", "10 mA", 9.18),
        ),
    ),
    (
        "Li-ion battery chargers",
        (
            ("MCP73831T-2ACI/OT", "Microchip", "SOT-23-5", "4.2", "±0.75 %", "500 mA", 0.52),
            ("BQ24075RGTR", "TI", "VQFN-16", "4.2", "±0.5 %", "1.5 A", 2.38),
            ("LTC4054ES5-4.2", "ADI", "TSOT-23-5", "4.2", "±1 %", "800 mA", 2.95),
        ),
    ),
    (
        "Switching regulators (buck)",
        (
            ("TPS62160DGKR", "TI", "VSSOP-8", "0.9-6.5", "±2 %", "1 A", 1.64),
            ("LM2596S-5.0", "TI", "TO-263-5", "5.0", "±4 %", "3 A", 3.95),
            ("MP2307DN-LF-Z", "MPS", "SOIC-8E", "0.925-20", "±1.5 %", "3 A", 1.37),
            ("AOZ1282CI", "AOS", "SOT-23-6", "0.8-30", "±1 %", "1.2 A", 0.58),
            ("RT8059GJ5", "Richtek", "TSOT-23-5", "0.6-5", "±2 %", "1 A", 0.44),
        ),
    ),
)


def components(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Voltwerk Components - Power Management Price List", A4_LANDSCAPE)
    cols = (
        (40, "l"),
        (104, "l"),
        (238, "l"),
        (306, "l"),
        (400, "r"),
        (470, "r"),
        (530, "r"),
        (610, "r"),
        (670, "r"),
        (730, "r"),
        (800, "r"),
    )
    head = ["Stock no.", "Mfr part no.", "Mfr", "Package", "Vout (V)", "Tol.", "Iout"]
    head += ["1+", "10+", "100+", "Stock"]
    marks = {"SOT-223": "¹", "TO-263-5": "¹", "SOIC-8E": "²"}
    sections = (COMPONENTS[:3], COMPONENTS[3:])
    for page, groups in enumerate(sections, start=1):
        pdf.add_page()
        pdf.set_font(F, "B", 15)
        pdf.set_text_color(0, 70, 140)
        pdf.text(40, 40, "VOLTWERK")
        logo_end = 40 + pdf.get_string_width("VOLTWERK") + 10
        black(pdf)
        pdf.set_font(F, "", 8)
        pdf.text(logo_end, 40, "Components  ·  Power management  ·  Price list Q1 2027")
        right(pdf, pdf.w - 40, 34, "sales@voltwerk.co.uk  ·  0118 555 0190")
        right(pdf, pdf.w - 40, 46, "Unit prices in GBP, ex VAT, per piece at the break quantity")
        pdf.set_draw_color(0, 70, 140)
        pdf.set_line_width(1.2)
        pdf.line(40, 54, pdf.w - 40, 54)
        pdf.set_line_width(0.2)
        y = 78
        pdf.set_font(F, "B", 7.5)
        cells(pdf, y, cols, head)
        right(pdf, 670, y - 11, "Price breaks (qty)")
        rule(pdf, y + 4, 120, 36, pdf.w - 36)
        for section, rows in groups:
            y += 12
            band(pdf, 36, y, pdf.w - 72, 15, 222)
            pdf.set_font(F, "B", 8)
            pdf.text(42, y + 11, section)
            y += 15
            for k, (part, mfr, package, vout, tol, iout, base) in enumerate(rows):
                y += 16
                stock_no = f"{words.rng.randrange(100, 999)}-{words.rng.randrange(1000, 9999)}"
                breaks = [base, round(base * 0.82, 3), round(base * 0.64, 3)]
                shown = [f"{p:.3f}" if p < 1 else f"{p:.2f}" for p in breaks]
                reel = base < 0.5 and k % 2 == 0
                stock = words.rng.choice(("12,480", "3,215", "860", "On order", "27,900", "1,404"))
                pdf.set_font(F, "", 8)
                values = [stock_no, part, mfr, package, vout, tol, iout, *shown, stock]
                cells(pdf, y, cols, values)
                if package in marks:
                    superscript(pdf, 306 + pdf.get_string_width(package), y, marks[package], 8)
                if "0.02" in tol:
                    superscript(pdf, 470, y, "³", 8)
                if reel:
                    pdf.text(731, y, "*")
                rule(pdf, y + 5, 228, 36, pdf.w - 36)
                truth.products.append(product(part, [stock_no, part], shown, page))
        y += 26
        pdf.set_font(F, "", 7)
        grey(pdf, 70)
        notes = (
            "¹ Also on tape and reel: add -TR to the stock number, 2,500 pieces a reel.",
            "² Exposed pad must be soldered to ground; see the datasheet's layout guide.",
            "³ Initial accuracy at 25 °C; temperature coefficient 2 ppm/°C maximum.",
            "* 100+ price applies to cut tape; full reels quoted on request.",
        )
        for note in notes:
            pdf.text(40, y, note)
            y += 10
        if page == 2:
            y += 12
            band(pdf, 36, y, pdf.w - 72, 58, 242)
            pdf.set_font(F, "B", 8.5)
            black(pdf)
            pdf.text(46, y + 16, "Ordering")
            pdf.set_font(F, "", 7.5)
            terms = (
                "Orders before 17:00 ship the same day. UK delivery £4.95 under £40, free "
                "above. Mixed price breaks are not combined across part numbers. Datasheets "
                "and RoHS / REACH declarations at voltwerk.co.uk."
            )
            lines(pdf, 46, y + 30, pdf.w - 100, terms, 10)
        black(pdf)
        folio(pdf, F, "Voltwerk Components Ltd  ·  Reading RG2 0TD", f"Page {page} of 2", 40)
    return pdf


BIKES = (  # name, specs, frame sizes, colours, price, was
    (
        "Vento SL Disc 105",
        (
            ("Frame", "Carbon, endurance geometry"),
            ("Fork", "Full carbon, 12 mm thru-axle"),
            ("Groupset", "Shimano 105 Di2, 2 x 12"),
            ("Brakes", "Hydraulic disc, 160 / 140 mm"),
            ("Wheels", "Ridgeway R30 tubeless-ready"),
            ("Tyres", "Continental GP5000 28 mm"),
            ("Weight", "8.4 kg (size 54)"),
        ),
        "49, 52, 54, 56, 58 cm",
        (("Racing Red", (190, 30, 40)), ("Matt Slate", (80, 88, 96))),
        2349.0,
        None,
    ),
    (
        "Vento AL Sora",
        (
            ("Frame", "6061 aluminium, rack mounts"),
            ("Fork", "Carbon blades, alloy steerer"),
            ("Groupset", "Shimano Sora, 2 x 9"),
            ("Brakes", "Mechanical disc, 160 mm"),
            ("Wheels", "Ridgeway R22 alloy"),
            ("Tyres", "Vittoria Zaffiro 30 mm"),
            ("Weight", "10.1 kg (size 54)"),
        ),
        "49, 52, 54, 56, 58 cm",
        (("Pearl White", (235, 235, 230)), ("Navy", (30, 45, 90))),
        899.0,
        None,
    ),
    (
        "Terra GRX 600 Gravel",
        (
            ("Frame", "Aluminium, flared bars, 3 bottle mounts"),
            ("Fork", "Carbon, luggage bosses"),
            ("Groupset", "Shimano GRX 600, 1 x 11"),
            ("Brakes", "Hydraulic disc, 160 mm"),
            ("Wheels", "Ridgeway G25 tubeless"),
            ("Tyres", "WTB Riddler 45 mm"),
            ("Weight", "10.3 kg (size M)"),
        ),
        "S, M, L, XL",
        (("Sage Green", (120, 140, 105)), ("Sand", (200, 180, 140)), ("Black", (25, 25, 25))),
        1449.0,
        None,
    ),
    (
        "Cityline 7 Step-Through",
        (
            ("Frame", "Aluminium, low step-through"),
            ("Fork", "Suspension, 50 mm travel"),
            ("Groupset", "Shimano Nexus 7-speed hub"),
            ("Brakes", "Roller brakes front and rear"),
            ("Wheels", "28 in, double-wall rims"),
            ("Tyres", "Schwalbe Road Cruiser 40 mm"),
            ("Weight", "16.8 kg, with rack and lights"),
        ),
        "46, 50, 54 cm",
        (("Mint", (150, 210, 190)), ("Anthracite", (60, 62, 66))),
        749.0,
        None,
    ),
    (
        "Ridgeback Trail 29 Deore",
        (
            ("Frame", "Aluminium hardtail, 66° head angle"),
            ("Fork", "RockShox Recon, 130 mm"),
            ("Groupset", "Shimano Deore, 1 x 12"),
            ("Brakes", "Shimano MT410 4-piston"),
            ("Wheels", "29 in, 30 mm rims"),
            ("Tyres", "Maxxis Minion DHF 2.4 in"),
            ("Weight", "13.9 kg (size L)"),
        ),
        "S, M, L, XL",
        (("Ocean Blue", (30, 90, 150)), ("Raw Orange", (210, 110, 40))),
        1199.0,
        1399.0,
    ),
    (
        "Volt E-City 500",
        (
            ("Frame", "Aluminium, integrated 500 Wh battery"),
            ("Motor", "Bosch Active Line Plus, 50 Nm"),
            ("Groupset", "Shimano Deore, 1 x 10"),
            ("Brakes", "Hydraulic disc, 180 / 160 mm"),
            ("Wheels", "28 in, reflective sidewalls"),
            ("Tyres", "Schwalbe Big Ben 50 mm"),
            ("Weight", "24.6 kg, range up to 120 km"),
        ),
        "S, M, L",
        (("Graphite", (70, 72, 76)), ("Olive", (110, 115, 70))),
        2499.0,
        2899.0,
    ),
)


def bikes(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Cadence Cycles - Model Year 2027", A4)
    numbers = sorted(words.rng.sample(range(1100, 1999), len(BIKES)))
    for page in (1, 2, 3):
        pdf.add_page()
        pdf.set_font(H, "B", 18)
        pdf.text(36, 44, "CADENCE")
        pdf.set_font(H, "", 18)
        pdf.text(36 + pdf.get_string_width("CADENCE") + 5, 44, "CYCLES")
        pdf.set_font(H, "", 8)
        grey(pdf, 90)
        titles = ("Road & endurance", "Gravel & city", "MY26 clearance: while stocks last")
        right(pdf, pdf.w - 36, 38, "Model year 2027")
        right(pdf, pdf.w - 36, 50, titles[page - 1])
        black(pdf)
        rule(pdf, 58, 30, 36, pdf.w - 36)
        for k in (0, 1):
            index = (page - 1) * 2 + k
            name, specs, frames, colours, price, was = BIKES[index]
            y = 76 + k * 370
            pdf.image(photo(24100 + index, (320, 180)), x=36, y=y, w=300, h=170)
            pdf.set_font(H, "B", 17)
            pdf.text(352, y + 20, name)
            badge = "MY26" if was else "MY27"
            pdf.set_font(H, "B", 7)
            fill(pdf, (20, 20, 20))
            pdf.rect(352, y + 28, 26, 11, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.text(355, y + 36, badge)
            black(pdf)
            code = f"27-{numbers[index]}" if not was else f"26-{numbers[index]}"
            pdf.set_font(H, "", 8)
            grey(pdf, 90)
            pdf.text(384, y + 36, f"Art. {code}")
            black(pdf)
            pdf.set_font(H, "B", 22)
            shown = pounds(price)
            pdf.text(352, y + 74, shown)
            prices = [shown]
            if was:
                pdf.set_font(H, "", 11)
                grey(pdf, 110)
                strike(pdf, 352 + 118, y + 74, pounds(was))
                black(pdf)
                pdf.set_font(H, "B", 8)
                pdf.set_text_color(190, 30, 30)
                pdf.text(352, y + 90, f"Save {pounds(was - price)}")
                black(pdf)
                prices.append(pounds(was))
            pdf.set_font(H, "", 8)
            grey(pdf, 90)
            pdf.text(352, y + 106, "or 0% finance over 12 months (min. spend £500)")
            pdf.text(352, y + 118, "Free first service within 8 weeks")
            black(pdf)
            # the spec sheet: two columns of label: value
            sy = y + 196
            pdf.set_font(H, "B", 9)
            pdf.text(36, sy - 8, "Specification")
            rule(pdf, sy - 3, 190, 36, pdf.w - 36)
            rows = [*specs, ("Frame sizes", frames)]
            for n, (label, value) in enumerate(rows):
                cx = 36 + (n % 2) * 262
                cy = sy + 12 + (n // 2) * 14
                pdf.set_font(H, "B", 8)
                pdf.text(cx, cy, f"{label}:")
                pdf.set_font(H, "", 8)
                pdf.text(cx + 62, cy, value)
            # the colour swatches
            cy = sy + 12 + ((len(rows) + 1) // 2) * 14 + 8
            pdf.set_font(H, "B", 8)
            pdf.text(36, cy + 8, "Colours:")
            cx = 98
            for colour, rgb in colours:
                fill(pdf, rgb)
                pdf.set_draw_color(120, 120, 120)
                pdf.ellipse(cx, cy - 1, 12, 12, style="DF")
                pdf.set_font(H, "", 8)
                pdf.text(cx + 16, cy + 8, colour)
                cx += 16 + pdf.get_string_width(colour) + 18
            truth.products.append(product(name, [code], prices, page, sizes=[frames]))
        if page == 3:
            pdf.set_font(H, "I", 7.5)
            grey(pdf, 80)
            pdf.text(36, 790, "Clearance prices while stocks last; sizes subject to availability.")
            black(pdf)
        folio(
            pdf, H, "Cadence Cycles  ·  14 Mill Lane, Bristol BS3 4QR  ·  0117 555 0122", f"{page}"
        )
    return pdf


SEEDS = (  # crop heading, intro, paragraphs of (name, text, packs [(size, price)], code)
    (
        "Tomatoes",
        "Sow indoors February to April at 18-21 °C; plant out after the last frost.",
        (
            (
                (
                    "Tomato 'Sungold' F1",
                    "the sweetest orange cherry we grow, heavy trusses from July to the frosts.",
                    (("10 seeds", 3.25),),
                    "T114",
                ),
                (
                    "Tomato 'Gardener's Delight'",
                    "a reliable red cherry for pots and greenhouse borders alike.",
                    (("50 seeds", 2.45),),
                    "T102",
                ),
            ),
            (
                (
                    "Tomato 'Black Krim'",
                    "a Crimean beefsteak, dusky red-brown with a rich, smoky flavour; cordon.",
                    (("15 seeds", 3.10),),
                    "T131",
                ),
                (
                    "Tomato 'San Marzano'",
                    "the classic plum for sauces, meaty with few seeds.",
                    (("25 seeds", 2.75), ("100 seeds", 7.95)),
                    "T126",
                ),
                (
                    "Tomato 'Tumbling Tom Red'",
                    "a trailing bush for hanging baskets; no side-shooting needed.",
                    (("20 seeds", 2.95),),
                    "T140",
                ),
            ),
        ),
    ),
    (
        "Beans & peas",
        "Sow direct from late April, or in deep modules under glass a month earlier.",
        (
            (
                (
                    "Runner Bean 'Firestorm'",
                    "self-setting, red-flowered and stringless; sets pods even in hot summers.",
                    (("40 seeds", 3.45),),
                    "B210",
                ),
                (
                    "French Bean 'Cobra'",
                    "a climbing bean with violet flowers and long, straight pods.",
                    (("50 seeds", 2.95),),
                    "B224",
                ),
            ),
            (
                (
                    "Pea 'Hurst Green Shaft'",
                    "a second-early with pods of ten peas, easy to pick at waist height.",
                    (("250 seeds", 2.60), ("500 seeds", 4.20)),
                    "P301",
                ),
                (
                    "Mangetout 'Shiraz'",
                    "purple pods and bicolour flowers, as good in the border as on the plate.",
                    (("100 seeds", 2.85),),
                    "P318",
                ),
            ),
        ),
    ),
    (
        "Salad leaves",
        "Sow little and often from March to September for a steady supply.",
        (
            (
                (
                    "Lettuce 'Little Gem'",
                    "crisp, sweet, compact hearts, ready in ten weeks.",
                    (("1000 seeds", 1.95),),
                    "L402",
                ),
                (
                    "Rocket 'Wildfire'",
                    "deeply lobed, peppery leaves slow to bolt.",
                    (("2 g", 2.25), ("10 g", 6.50)),
                    "L417",
                ),
                (
                    "Mizuna 'Red Knight'",
                    "frilly burgundy leaves for cut-and-come-again.",
                    (("500 seeds", 2.40),),
                    "L425",
                ),
            ),
        ),
    ),
    (
        "Flowers for cutting",
        "Half-hardy annuals: sow under glass in March and plant out in late May.",
        (
            (
                (
                    "Cosmos 'Purity'",
                    "pure white single flowers on tall, airy stems.",
                    (("60 seeds", 2.65),),
                    "F512",
                ),
                (
                    "Zinnia 'Queen Lime Red'",
                    "dahlia-like blooms in lime, rose and coral.",
                    (("30 seeds", 3.35),),
                    "F530",
                ),
            ),
            (
                (
                    "Sweet Pea 'Matucana'",
                    "the old bicolour maroon and violet, richly scented.",
                    (("25 seeds", 2.95), ("60 seeds", 5.45)),
                    "F547",
                ),
                (
                    "Cornflower 'Blue Boy'",
                    "hardy, sown in autumn for June flowers.",
                    (("200 seeds", 1.95),),
                    "F509",
                ),
            ),
        ),
    ),
    (
        "Herbs",
        "Sow on a warm windowsill from March, or outdoors in drills from May.",
        (
            (
                (
                    "Basil 'Sweet Genovese'",
                    "the large-leaved Italian basil for pesto.",
                    (("300 seeds", 1.95),),
                    "H601",
                ),
                (
                    "Coriander 'Calypso'",
                    "bred for leaf, cut three or four times before it runs to seed.",
                    (("100 seeds", 2.35),),
                    "H612",
                ),
            ),
            (
                (
                    "Parsley 'Giant of Italy'",
                    "flat-leaved, strong-flavoured and very productive.",
                    (("500 seeds", 1.85),),
                    "H620",
                ),
                (
                    "Chives 'Staro'",
                    "thick, dark leaves for cutting; a perennial.",
                    (("250 seeds", 1.75),),
                    "H633",
                ),
            ),
        ),
    ),
    (
        "Squash & courgettes",
        "Sow singly in 9 cm pots in late April; plant out in June into rich soil.",
        (
            (
                (
                    "Courgette 'Defender' F1",
                    "dark green fruit on an open plant, tolerant of mosaic virus.",
                    (("10 seeds", 3.45),),
                    "S701",
                ),
                (
                    "Squash 'Crown Prince' F1",
                    "steel-blue skin and deep orange flesh; stores until spring.",
                    (("8 seeds", 3.65),),
                    "S715",
                ),
                (
                    "Pumpkin 'Jack of All Trades' F1",
                    "even, 5 kg fruit for Hallowe'en carving.",
                    (("10 seeds", 3.15), ("25 seeds", 6.95)),
                    "S722",
                ),
            ),
        ),
    ),
    (
        "Roots",
        "Sow thinly in drills from March to July; keep weeded and evenly moist.",
        (
            (
                (
                    "Carrot 'Autumn King 2'",
                    "long, stump-rooted carrots that stand well in the ground.",
                    (("1500 seeds", 1.95),),
                    "R801",
                ),
                (
                    "Beetroot 'Boltardy'",
                    "smooth round roots, resistant to bolting in early sowings.",
                    (("250 seeds", 1.85), ("1000 seeds", 4.95)),
                    "R812",
                ),
                (
                    "Parsnip 'Gladiator' F1",
                    "vigorous, canker-resistant and sweet after frost.",
                    (("300 seeds", 3.25),),
                    "R820",
                ),
            ),
        ),
    ),
)
SEED_COLUMNS = (((0, 1), (2, 3)), ((4, 5), (6,)))  # per page, the crops of each column


def seed_paragraph(variety: tuple) -> tuple[str, list[str], list[str]]:
    """One variety as running text with its name in bold; its price and size strings."""
    name, text, packs, code = variety
    sizes = [size for size, _ in packs]
    prices = [pounds(price) for _, price in packs]
    offer = f"Packet of {sizes[0]} {prices[0]}"
    if len(packs) > 1:
        offer += f", or {sizes[1]} {prices[1]}"
    return f"**{name}** – {text[:1].upper()}{text[1:]} {offer}, code {code}.", prices, sizes


def seed_crop(pdf: FPDF, truth: Truth, crop: tuple, x: float, y: float, page: int) -> float:
    """A crop's heading, its italic sowing note and its paragraphs of varieties; return the
    baseline below them."""
    heading, intro, paragraphs = crop
    col_w = (pdf.w - 72 - 24) / 2
    pdf.set_font(T, "B", 14)
    pdf.text(x, y, heading)
    pdf.set_font(T, "I", 9.5)
    grey(pdf, 60)
    y = lines(pdf, x, y + 15, col_w, intro, 12) + 4
    black(pdf)
    for paragraph in paragraphs:
        texts = []
        for variety in paragraph:
            text, prices, sizes = seed_paragraph(variety)
            texts.append(text)
            truth.products.append(product(variety[0], [variety[3]], prices, page, sizes=sizes))
        pdf.set_font(T, "", 10.5)
        pdf.set_xy(x, y - 9)
        pdf.multi_cell(col_w, 13, " ".join(texts), markdown=True, align="J")
        y = pdf.get_y() + 16
    return y + 10


def order_form(pdf: FPDF, y: float) -> None:
    """The catalogue's blank order form: headings and empty ruled rows to fill in by hand."""
    pdf.set_font(T, "B", 13)
    pdf.text(36, y, "Order form")
    pdf.set_font(H, "", 7.5)
    pdf.text(120, y, "Name ............................................  Postcode ..............")
    cols = ((40, "l"), (110, "l"), (400, "r"), (470, "r"), (555, "r"))
    y += 22
    pdf.set_font(H, "B", 8)
    cells(pdf, y, cols, ["Code", "Variety", "Packets", "Price", "Total"])
    rule(pdf, y + 5, 100, 36, pdf.w - 36)
    for _ in range(7):
        y += 17
        rule(pdf, y + 5, 190, 36, pdf.w - 36)
    y += 20
    pdf.set_font(H, "", 8)
    right(pdf, 470, y, "Postage")
    right(pdf, 470, y + 14, "Total")
    rule(pdf, y + 4, 190, 480, pdf.w - 36)
    rule(pdf, y + 18, 190, 480, pdf.w - 36)


def seedtext(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Thornfield Seeds - Catalogue 2027", A4)
    col_w = (pdf.w - 72 - 24) / 2
    for page, columns in enumerate(SEED_COLUMNS, start=1):
        pdf.add_page()
        pdf.set_font(T, "B", 24)
        pdf.text(36, 50, "Thornfield Seeds")
        pdf.set_font(T, "I", 10)
        pdf.text(36, 66, "Vegetable and flower seed from our trial grounds in Suffolk, since 1952")
        pdf.set_font(H, "", 7.5)
        right(pdf, pdf.w - 36, 50, "Catalogue 2027")
        right(pdf, pdf.w - 36, 62, "Orders: 01728 555 014")
        rule(pdf, 74, 60, 36, pdf.w - 36)
        if page == 1:
            pdf.image(photo(24150, (300, 90)), x=36, y=84, w=pdf.w - 72, h=96)
        top = 208.0 if page == 1 else 100.0
        for column, crops in enumerate(columns):
            y = top
            for crop in crops:
                y = seed_crop(pdf, truth, SEEDS[crop], 36 + column * (col_w + 24), y, page)
        if page == 2:
            x = 36 + 24 + col_w
            y += 10
            band(pdf, x, y, col_w, 110, 236)
            pdf.set_font(H, "B", 9)
            pdf.text(x + 12, y + 20, "How to order")
            pdf.set_font(H, "", 8)
            steps = [
                "Quote the code of each variety on the order form or by phone. Postage is "
                "£1.95 on seed-only orders, free over £25.",
                "All our seed is tested for germination each season and meets or exceeds "
                "the statutory standards. Seed is despatched within two working days.",
            ]
            prose(pdf, x + 12, y + 36, col_w - 24, steps, 11)
            order_form(pdf, 600)
        folio(pdf, H, "Thornfield Seeds Ltd  ·  Framlingham, Suffolk IP13 9EZ", str(page))
    return pdf


OFFICE = (  # page heading, cards (name, pack, price, five-plus price or None)
    (
        "Filing & paper",
        (
            ("Lever Arch File A4 75 mm", "Box of 10", 18.95, 16.95),
            ("Ring Binder A4 2-Ring 25 mm", "Box of 10", 12.49, None),
            ("Copier Paper A4 80 gsm", "Box of 5 reams", 22.99, 20.99),
            ("Punched Pockets A4 Clear", "Pack of 100", 4.29, 3.99),
            ("Suspension Files Foolscap", "Box of 50", 21.50, None),
            ("Archive Storage Box", "Pack of 10", 15.75, 13.95),
            ("Index Dividers 1-31", "Set of 31", 3.85, None),
            ("Spiral Notebook A5 Ruled", "Pack of 5", 6.20, 5.40),
            ("Sticky Notes 76 x 76 mm", "Pack of 12 pads", 7.99, None),
        ),
    ),
    (
        "Desk & writing",
        (
            ("Gel Rollerball 0.7 mm Black", "Box of 12", 9.60, 8.40),
            ("Ballpoint Pen Medium Blue", "Box of 50", 6.45, None),
            ("Highlighter Chisel Tip Assorted", "Wallet of 6", 3.49, None),
            ("Whiteboard Marker Bullet Tip", "Pack of 10", 8.25, 7.25),
            ("Desktop Stapler 20 Sheet", "Each", 5.95, None),
            ("Staples 26/6", "Box of 5000", 1.49, 1.29),
            ("Heavy Duty Hole Punch 2-Hole", "Each", 24.50, None),
            ("Desk Organiser Mesh Black", "Each", 11.90, None),
            ("Correction Tape Roller 5 mm", "Pack of 10", 10.80, 9.60),
        ),
    ),
)


FEATURES = (
    "Made from 100% recycled material; FSC certified.",
    "Our own brand: same quality, lower price.",
    "Best seller. Stocked in all colours shown online.",
    "Next-day delivery when ordered by 5 pm.",
    "Lifetime guarantee on the mechanism.",
    "Refills and spares available separately.",
)


def officegrid(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("DeskDirect Office Supplies - Essentials", A4)
    colours = ((230, 60, 40), (0, 120, 190))
    for page, (heading, cards) in enumerate(OFFICE, start=1):
        pdf.add_page()
        fill(pdf, (245, 245, 245))
        pdf.rect(0, 0, pdf.w, 60, style="F")
        pdf.set_font(H, "B", 18)
        pdf.set_text_color(*colours[0])
        pdf.text(36, 36, "Desk")
        pdf.set_text_color(*colours[1])
        pdf.text(36 + pdf.get_string_width("Desk"), 36, "Direct")
        black(pdf)
        pdf.set_font(H, "", 8)
        pdf.text(36, 50, "Office essentials  ·  prices ex VAT  ·  next-day delivery")
        pdf.set_font(H, "B", 12)
        right(pdf, pdf.w - 36, 36, heading)
        pdf.set_font(H, "", 8)
        right(pdf, pdf.w - 36, 50, "Order line 0800 555 0147")
        card_w, card_h = (pdf.w - 72 - 24) / 3, 226
        for slot, (name, pack, price, bulk) in enumerate(cards):
            x = 36 + (slot % 3) * (card_w + 12)
            y = 76 + (slot // 3) * (card_h + 10)
            pdf.set_draw_color(210, 210, 210)
            pdf.rect(x, y, card_w, card_h)
            pdf.image(
                photo(24200 + page * 10 + slot, (200, 150)), x=x + 8, y=y + 8, w=card_w - 40, h=104
            )
            pdf.set_font(H, "B", 9.5)
            ty = lines(pdf, x + 8, y + 130, card_w - 40, name, 11.5)
            code = f"40-{words.rng.randrange(1000, 9999)}"
            pdf.set_font(H, "", 7.5)
            grey(pdf, 100)
            pdf.text(x + 8, ty + 2, f"Item {code}")
            black(pdf)
            pdf.set_font(H, "", 8)
            pdf.text(x + 8, ty + 15, pack)
            pdf.set_font(H, "", 7.5)
            grey(pdf, 80)
            lines(pdf, x + 8, card_h + y - 26, card_w - 16, words.rng.choice(FEATURES), 9.5)
            black(pdf)
            pdf.set_font(H, "", 8)
            prices = [pounds(price)]
            if bulk is not None:
                pdf.set_font(H, "B", 8)
                pdf.set_text_color(*colours[1])
                pdf.text(x + 8, ty + 28, f"5+ {pounds(bulk)}")
                black(pdf)
                prices.append(pounds(bulk))
            # the price flag: a coloured strip on the card's right edge, its text turned 90°
            fx, fy = x + card_w - 24, y + 8
            fill(pdf, colours[slot % 2])
            pdf.rect(fx, fy, 18, 72, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font(H, "B", 10)
            with pdf.rotation(90, fx + 13, fy + 66):
                pdf.text(fx + 13, fy + 66, prices[0])
            black(pdf)
            sizes = [] if pack == "Each" else [pack]  # "Each" says how it is sold, not a size
            truth.products.append(product(name, [code], prices, page, sizes=sizes))
        pdf.set_font(H, "", 7)
        grey(pdf, 90)
        pdf.text(36, pdf.h - 40, "5+ prices apply when five or more of the same item are ordered.")
        black(pdf)
        folio(pdf, H, "DeskDirect Ltd  ·  Unit 9, Crown Park, Leicester LE4 1BT", str(page))
    return pdf


SPA = (  # page: (services heading, services (name, minutes, price, text), retail)
    (
        "Facial treatments",
        (
            (
                "Signature Glow Facial",
                "60 min",
                85,
                "Double cleanse, enzyme peel, "
                "extractions, massage and a mask chosen for your skin.",
            ),
            (
                "Express Radiance Facial",
                "30 min",
                49,
                "A lunchtime lift: cleanse, exfoliate, serum and SPF.",
            ),
            (
                "Rose Quartz Lifting Facial",
                "75 min",
                110,
                "Facial massage with cooled rose quartz to sculpt and de-puff.",
            ),
            (
                "Teen Clear Skin Facial",
                "45 min",
                55,
                "Gentle deep cleanse and advice for ages 13 to 17.",
            ),
        ),
        (
            ("Rosehip Renewal Serum", "30 ml", 38.0),
            ("Gentle Milk Cleanser", "150 ml", 24.0),
            ("Hyaluronic Day Cream SPF 20", "50 ml", 42.0),
            ("Overnight Repair Mask", "75 ml", 32.5),
        ),
    ),
    (
        "Body & massage",
        (
            ("Deep Tissue Massage", "60 min", 80, "Firm pressure for knotted shoulders and back."),
            ("Hot Stone Ritual", "90 min", 115, "Basalt stones and warm oil, full body."),
            (
                "Seaweed Body Wrap",
                "60 min",
                75,
                "Exfoliation, mineral wrap and a scalp massage while you rest.",
            ),
            (
                "Pregnancy Massage",
                "50 min",
                70,
                "From the second trimester, side-lying with support cushions.",
            ),
        ),
        (
            ("Sea Salt Body Scrub", "250 g", 26.0),
            ("Arnica Muscle Balm", "100 ml", 19.5),
            ("Lavender Pillow Mist", "100 ml", 16.0),
        ),
    ),
)


SPA_MORE = (  # per page, a second list of services, shorter
    (
        "Hands & feet",
        (
            ("Luxury Manicure", "45 min", 38, "Soak, shape, cuticle care, massage and polish."),
            ("Spa Pedicure", "60 min", 48, "Foot soak, scrub, hard-skin removal and polish."),
            ("Gel Polish Refresh", "40 min", 30, "Removal and a new gel colour, hands or feet."),
        ),
    ),
    (
        "Add to any treatment",
        (
            ("Scalp Massage", "15 min", 15, "With warm oil, while your mask sets."),
            ("Brightening Eye Treatment", "15 min", 18, "Cooling gel pads and lymphatic massage."),
            ("Paraffin Hand Wrap", "15 min", 12, "Softens dry hands; lovely in winter."),
        ),
    ),
)


def spa_services(pdf: FPDF, x: float, y: float, heading: str, services: tuple) -> float:
    """A heading and its services, each name with duration and price at the right and an
    italic description under it; return the baseline below them."""
    pdf.set_font(T, "B", 15)
    pdf.text(x, y, heading)
    y += 10
    for name, minutes, price, text in services:
        y += 22
        pdf.set_font(T, "B", 11.5)
        pdf.text(x, y, name)
        pdf.set_font(T, "", 10.5)
        right(pdf, 320, y, f"{minutes}   £{price}")
        pdf.set_font(T, "I", 9.5)
        grey(pdf, 80)
        y = lines(pdf, x, y + 14, 270, text, 12) - 6
        black(pdf)
    return y


def spa(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("The Linden Spa - Treatments & Retail", A4)
    for page, (heading, services, retail) in enumerate(SPA, start=1):
        pdf.add_page()
        fill(pdf, (246, 241, 234))
        pdf.rect(0, 0, pdf.w, pdf.h, style="F")
        pdf.set_font(T, "I", 26)
        pdf.set_text_color(90, 70, 60)
        centre(pdf, pdf.w / 2, 56, "The Linden Spa")
        pdf.set_font(H, "", 7.5)
        centre(pdf, pdf.w / 2, 72, "TREATMENTS  ·  RETAIL  ·  GIFTS")
        pdf.set_draw_color(170, 150, 130)
        pdf.line(200, 80, pdf.w - 200, 80)
        black(pdf)
        # services on the left
        y = spa_services(pdf, 44, 116, heading, services)
        y = spa_services(pdf, 44, y + 40, *SPA_MORE[page - 1])
        # retail on the right, in a white panel
        px, pw = 346, pdf.w - 346 - 36
        fill(pdf, (255, 255, 255))
        pdf.rect(px, 96, pw, 96 * len(retail) + 44, style="F")
        pdf.set_font(H, "B", 8.5)
        pdf.set_text_color(90, 70, 60)
        pdf.text(px + 12, 114, "TAKE THE RITUAL HOME")
        black(pdf)
        for k, (name, size, price) in enumerate(retail):
            ry = 126 + k * 96
            pdf.image(photo(24300 + page * 10 + k, (120, 160)), x=px + 12, y=ry, w=54, h=76)
            pdf.set_font(T, "B", 11)
            ty = lines(pdf, px + 76, ry + 14, pw - 88, name, 13)
            pdf.set_font(H, "", 8)
            grey(pdf, 90)
            pdf.text(px + 76, ty, size)
            black(pdf)
            pdf.set_font(H, "B", 10)
            pdf.text(px + 76, ty + 16, pounds(price))
            truth.products.append(product(name, [], [pounds(price)], page, sizes=[size]))
        y = max(y, 96 + 96 * len(retail) + 44) + 30
        if page == 1:
            pdf.set_draw_color(170, 150, 130)
            pdf.rect(44, y, pdf.w - 88, 90)
            pdf.set_font(T, "B", 13)
            pdf.text(60, y + 24, "Gift vouchers")
            pdf.set_font(T, "", 10)
            vouchers = (
                "Any treatment, or a money voucher from £25, presented in a linen envelope. "
                "Our Half-Day Escape (facial, massage, lunch and use of the thermal suite) "
                "makes a voucher of £165. Vouchers are valid for twelve months."
            )
            lines(pdf, 60, y + 42, pdf.w - 120, vouchers, 13)
        else:
            pdf.set_font(T, "B", 13)
            pdf.text(44, y, "Booking & cancellation")
            pdf.set_font(T, "", 10)
            policy = [
                "Please arrive fifteen minutes early to complete a consultation form. A "
                "deposit of £20 secures each booking; appointments cancelled with less than "
                "24 hours' notice are charged in full.",
                "Retail products are available at reception and by post (UK postage £3.95, "
                "free with any treatment booking). Members enjoy 10% off all retail.",
            ]
            prose(pdf, 44, y + 18, pdf.w - 88, policy, 13)
        folio(
            pdf,
            H,
            "The Linden Spa  ·  2 Linden Walk, Harrogate HG1 2RB  ·  01423 555 081",
            str(page),
        )
    return pdf


USATO = (  # category, rows (instrument, year, condition, note, price or None if sold)
    (
        "Chitarre elettriche",
        (
            (
                "Fender Stratocaster American Professional II",
                2021,
                "A",
                "custodia originale, come nuova",
                1390,
            ),
            ("Gibson Les Paul Standard '50s", 2019, "B", "piccolo segno sul top", 2190),
            ("Epiphone Casino Coupe", 2017, "B", "tasti rifatti 2025", None),
            ("PRS SE Custom 24-08", 2022, "A", "gig bag PRS", 690),
            ("Fender Telecaster Player", 2020, "C", "usura sul manico, meccaniche nuove", 540),
            ("Ibanez RG550 Genesis", 2018, "B", "setup completo", 820),
        ),
    ),
    (
        "Chitarre acustiche",
        (
            ("Martin D-18 Standard", 2015, "A", "custodia Martin, umidificatore", 2490),
            ("Taylor 214ce", 2020, "B", "preamp ES2 revisionato", 890),
            ("Yamaha FG830", 2021, "A", "", None),
            ("Furch Blue Gc-CM", 2019, "B", "piccola crepa riparata sul fondo", 760),
        ),
    ),
    (
        "Bassi",
        (
            ("Fender Precision Bass Player Plus", 2023, "A", "custodia rigida", 990),
            ("Yamaha TRBX304", 2016, "C", "graffi sul retro", 260),
            ("Music Man StingRay Special 4", 2021, "B", "pickup originali", None),
        ),
    ),
    (
        "Tastiere e synth",
        (
            ("Nord Stage 3 88", 2019, "B", "con pedale Nord Triple", 2650),
            ("Korg Minilogue XD", 2021, "A", "imballo originale", 480),
            ("Roland Juno-DS61", 2018, "B", "alimentatore incluso", 450),
        ),
    ),
    (
        "Batterie",
        (
            ("Roland TD-17KVX", 2022, "B", "pelli mesh nuove", 1190),
            ("Pearl Export EXX 5 pezzi", 2014, "C", "senza piatti", 390),
        ),
    ),
    (
        "Amplificatori ed effetti",
        (
            ("Fender Blues Junior IV", 2019, "B", "valvole nuove 2025", 490),
            ("Marshall DSL40CR", 2020, "A", "footswitch incluso", 570),
            ("Boss GT-1000", 2021, "B", "", None),
            ("Strymon BigSky", 2019, "A", "scatola e manuale", 380),
        ),
    ),
)


def usato(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Armonia Strumenti - Usato garantito", A4_LANDSCAPE)
    cols = ((40, "l"), (100, "l"), (388, "l"), (430, "l"), (530, "c"), (560, "l"), (800, "r"))
    pages = (USATO[:3], USATO[3:])
    serial = 0
    for page, groups in enumerate(pages, start=1):
        pdf.add_page()
        fill(pdf, (120, 20, 30))
        pdf.rect(0, 0, pdf.w, 50, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(F, "B", 17)
        pdf.text(40, 32, "ARMONIA STRUMENTI")
        title_end = 40 + pdf.get_string_width("ARMONIA STRUMENTI") + 14
        pdf.set_font(F, "", 8)
        pdf.text(title_end, 32, "Usato garantito  ·  aggiornato al 4 gennaio 2027")
        right(pdf, pdf.w - 40, 26, "Via dei Mille 18, Bologna  ·  051 555 0321")
        right(pdf, pdf.w - 40, 38, "Garanzia 12 mesi su tutto l'usato")
        black(pdf)
        pdf.set_font(F, "", 7.5)
        grey(pdf, 70)
        legend = (
            "Condizione:  A = come nuovo   B = ottime condizioni, lievi segni d'uso   "
            "C = buone condizioni, segni evidenti   D = da revisionare"
        )
        pdf.text(40, 68, legend)
        black(pdf)
        y = 92
        pdf.set_font(F, "B", 7.5)
        cells(pdf, y, cols, ["Rif.", "Strumento", "Anno", "Matricola", "Cond.", "Note", "Prezzo"])
        rule(pdf, y + 4, 90, 36, pdf.w - 36)
        for category, rows in groups:
            y += 12
            pdf.set_font(F, "B", 9)
            pdf.set_text_color(120, 20, 30)
            pdf.text(40, y + 10, category.upper())
            black(pdf)
            rule(pdf, y + 14, 200, 36, pdf.w - 36)
            y += 14
            for instrument, year, condition, note, price in rows:
                y += 17
                serial += 1
                ref = f"U{27}-{serial * 7 + 100:03d}"
                letters = "".join(words.rng.choice("ABCDEFKLMNRSUZ") for _ in range(2))
                matricola = f"{letters}{words.rng.randrange(10**6, 10**7)}"
                shown = euro_it(price) if price is not None else "VENDUTO"
                if price is None:
                    grey(pdf, 150)
                pdf.set_font(F, "", 8.5)
                values = [ref, instrument, str(year), matricola, condition, note, ""]
                cells(pdf, y, cols, values)
                pdf.set_font(F, "B", 9)
                right(pdf, 800, y, shown)
                if price is None:
                    pdf.set_draw_color(150, 150, 150)
                    pdf.line(100, y - 3, 100 + pdf.get_string_width(instrument) * 8.5 / 9, y - 3)
                black(pdf)
                rule(pdf, y + 5, 228, 36, pdf.w - 36)
                if price is not None:
                    truth.products.append(product(instrument, [ref, matricola], [shown], page))
        if page == 2:
            y += 34
            band(pdf, 36, y, pdf.w - 72, 74, 240)
            pdf.set_font(F, "B", 9.5)
            pdf.text(48, y + 18, "Permute e valutazioni")
            pdf.set_font(F, "", 8)
            text = (
                "Valutiamo il tuo strumento in negozio o da foto: la valutazione è gratuita e "
                "l'importo può essere scalato da qualsiasi acquisto. Revisione e setup di "
                "chitarre e bassi da € 45; sostituzione valvole amplificatori da € 60 più "
                "ricambi. Spedizione assicurata in Italia € 15."
            )
            lines(pdf, 48, y + 34, pdf.w - 96, text, 11)
        folio(pdf, F, "Armonia Strumenti s.r.l.  ·  P. IVA 04512870371", f"Pagina {page} di 2", 40)
    return pdf


# === non-catalogs ==============================================================================

ASSETS = (  # category, rows (description, location, acquired, cost, rate)
    (
        "Computer equipment (straight line, 3 years)",
        (
            ("Apple MacBook Pro 14in M3, 16 GB", "Studio", "12/05/2024", 1899.0),
            ("Dell Latitude 5440 laptop", "Office", "03/09/2024", 1049.0),
            ("Dell Latitude 5440 laptop", "Office", "03/09/2024", 1049.0),
            ("Synology DS923+ NAS with 4 x 8 TB", "Server room", "21/01/2025", 1688.0),
            ("HP Color LaserJet Pro MFP 4302fdw", "Office", "14/11/2025", 612.0),
        ),
        0.3333,
    ),
    (
        "Plant and machinery (reducing balance, 20%)",
        (
            ("Hobart AM15 pass-through dishwasher", "Kitchen", "02/04/2023", 6450.0),
            ("Rational iCombi Pro 6-1/1 oven", "Kitchen", "02/04/2023", 11880.0),
            ("Foster EcoPro G2 upright fridge", "Kitchen", "18/07/2024", 2340.0),
            ("Williams HJ2 bench freezer", "Bar", "09/10/2025", 1475.0),
        ),
        0.20,
    ),
    (
        "Motor vehicles (reducing balance, 25%)",
        (
            ("Toyota Proace Medium van, YR24 KXT", "Depot", "28/03/2024", 27950.0),
            ("Ford Transit Custom Trail, LN25 PWD", "Depot", "06/06/2025", 34200.0),
        ),
        0.25,
    ),
)


def assets(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Fixed asset register and depreciation schedule FY2026-27", A4_LANDSCAPE)
    pdf.add_page()
    pdf.set_font(H, "B", 13)
    pdf.text(36, 40, "Harbourside Kitchens Ltd")
    pdf.set_font(H, "", 9)
    pdf.text(36, 55, "Fixed asset register and depreciation schedule  ·  year ended 31 March 2027")
    right(pdf, pdf.w - 36, 40, "Prepared by: Finance  ·  Draft for audit")
    right(pdf, pdf.w - 36, 55, "All amounts in £")
    rule(pdf, 62, 80, 36, pdf.w - 36)
    cols = ((40, "l"), (96, "l"), (318, "l"), (392, "l"), (496, "r"), (572, "r"))
    cols += ((644, "r"), (722, "r"), (800, "r"))
    y = 82
    pdf.set_font(H, "B", 7.5)
    cells(
        pdf,
        y,
        cols,
        [
            "Asset no.",
            "Description",
            "Location",
            "Acquired",
            "Cost",
            "Dep'n b/f",
            "Charge",
            "Dep'n c/f",
            "NBV c/f",
        ],
    )
    rule(pdf, y + 4, 120, 36, pdf.w - 36)
    number = 1040
    grand = [0.0, 0.0, 0.0, 0.0, 0.0]
    for category, rows, rate in ASSETS:
        y += 20
        pdf.set_font(H, "B", 8)
        pdf.text(40, y, category)
        sums = [0.0, 0.0, 0.0, 0.0, 0.0]
        for description, location, acquired, cost in rows:
            y += 14
            number += words.rng.randrange(1, 9)
            years = 2027 - int(acquired[-4:]) - 1
            if rate < 0.3:
                bf = cost * (1 - (1 - rate) ** max(years, 0))
                charge = (cost - bf) * rate
            else:
                bf = min(cost, cost * rate * max(years, 0))
                charge = min(cost - bf, cost * rate)
            cf = bf + charge
            figures = [cost, bf, charge, cf, cost - cf]
            sums = [a + b for a, b in zip(sums, figures, strict=True)]
            pdf.set_font(H, "", 8)
            shown = [f"{v:,.2f}" for v in figures]
            cells(pdf, y, cols, [f"FA-{number}", description, location, acquired, *shown])
            rule(pdf, y + 4, 230, 36, pdf.w - 36)
        y += 14
        pdf.set_font(H, "B", 8)
        cells(pdf, y, cols, ["", "Subtotal", "", "", *[f"{v:,.2f}" for v in sums]])
        grand = [a + b for a, b in zip(grand, sums, strict=True)]
    y += 22
    rule(pdf, y - 10, 60, 36, pdf.w - 36)
    pdf.set_font(H, "B", 8.5)
    cells(pdf, y, cols, ["", "Total fixed assets", "", "", *[f"{v:,.2f}" for v in grand]])
    y += 30
    pdf.set_font(H, "", 7.5)
    grey(pdf, 70)
    notes = (
        "Notes: 1. Assets below the capitalisation threshold of £500 are expensed. 2. A full "
        "year's charge is taken in the year of acquisition, none in the year of disposal. "
        "3. Disposals in the year: Lincat OE8414 fryer (FA-1022), net book value £210.40, sold "
        "for £150.00; loss on disposal £60.40 taken to profit and loss. 4. Additions are "
        "agreed to purchase invoices; vehicle registrations agreed to V5C documents."
    )
    lines(pdf, 40, y, pdf.w - 80, notes, 10)
    black(pdf)
    folio(pdf, H, "Harbourside Kitchens Ltd  ·  Company no. 09812345", "Schedule 4", 36)
    return pdf


RULING_MODELS = (
    ("AF-350", "3.5 l", "1400 W", "Basket, manual dial"),
    ("AF-550", "5.5 l", "1700 W", "Basket, digital, 8 presets"),
    ("AF-900 Duo", "2 x 4.5 l", "2400 W", "Two drawers, sync finish"),
    ("AFO-1200", "12 l", "1800 W", "Oven style, rotisserie spit, 3 racks"),
)


def ruling(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Advance Tariff Ruling GBATR2027-004187", A4)
    paragraphs = (
        (
            "Description of the goods",
            "A range of electric countertop appliances marketed as air fryers under the brand "
            "Crispo. Each consists of a plastic housing containing a heating element of 1400 W "
            "to 2400 W and a fan which circulates hot air around a removable non-stick basket "
            "or drawer; the AFO-1200 has a glass door, three wire racks and a rotisserie spit. "
            "The appliances are for domestic use and are imported in retail packaging with a "
            "recipe booklet. The applicant states a customs value of £31.40 per unit for the "
            "AF-350 and £58.90 for the AF-550, for information only.",
        ),
        (
            "Classification",
            "Commodity code 8516 60 80 00 for the basket and drawer models; 8516 60 10 00 for "
            "the AFO-1200.",
        ),
        (
            "Justification",
            "Classification is determined by General Interpretative Rules 1 and 6 and the "
            "wording of CN codes 8516, 8516 60 and 8516 60 80. The goods are electrothermic "
            "appliances of a kind used for domestic purposes which cook food by hot air; they "
            "are not ovens within subheading 8516 60 10 because they have no oven chamber "
            "with a door, except the AFO-1200, whose enclosed chamber, door and racks give it "
            "the character of an oven. Heading 8509 is excluded by note 1 to chapter 85.",
        ),
    )
    pdf.add_page()
    pdf.set_font(F, "B", 10)
    pdf.text(50, 50, "HM Revenue & Customs")
    pdf.set_font(F, "", 8)
    pdf.text(50, 63, "Tariff Classification Service  ·  Advance Tariff Rulings")
    right(pdf, pdf.w - 50, 50, "Ruling reference GBATR2027-004187")
    right(pdf, pdf.w - 50, 63, "Valid from 11 January 2027 to 10 January 2030")
    rule(pdf, 72, 100, 50, pdf.w - 50)
    pdf.set_font(F, "B", 15)
    pdf.text(50, 100, "Advance Tariff Ruling")
    y = 124
    fields = (
        ("Holder", "Crispo Home Appliances UK Ltd, EORI GB 417 2290 31000"),
        ("Application received", "2 November 2026"),
        ("Goods", "Electric air fryers, models listed below"),
        ("Country of origin", "People's Republic of China (not part of this ruling)"),
    )
    pdf.image(photo(24400, (160, 120)), x=pdf.w - 50 - 96, y=110, w=96, h=72)
    pdf.set_font(F, "", 6.5)
    grey(pdf, 90)
    right(pdf, pdf.w - 50, 190, "Image supplied by the applicant (AF-550)")
    black(pdf)
    for label, value in fields:
        pdf.set_font(F, "B", 8.5)
        pdf.text(50, y, label)
        pdf.set_font(F, "", 8.5)
        pdf.text(190, y, value)
        y += 15
    for title, text in paragraphs:
        y += 14
        pdf.set_font(F, "B", 10)
        pdf.text(50, y, title)
        pdf.set_font(F, "", 9)
        y = lines(pdf, 50, y + 16, pdf.w - 100, text, 12.5)
    y += 16
    pdf.set_font(F, "B", 10)
    pdf.text(50, y, "Models covered by this ruling")
    y += 18
    cols = ((56, "l"), (140, "l"), (210, "l"), (270, "l"), (460, "l"))
    band(pdf, 50, y - 11, pdf.w - 100, 15, 225)
    pdf.set_font(F, "B", 8)
    cells(pdf, y, cols, ["Model", "Capacity", "Power", "Construction", "Commodity code"])
    pdf.set_font(F, "", 8.5)
    for model, capacity, power, build in RULING_MODELS:
        y += 16
        code = "8516 60 10 00" if model.startswith("AFO") else "8516 60 80 00"
        cells(pdf, y, cols, [model, capacity, power, build, code])
        rule(pdf, y + 5, 215, 50, pdf.w - 50)
    y += 30
    pdf.set_font(F, "", 8)
    grey(pdf, 70)
    closing = (
        "This ruling is legally binding on HMRC and the holder for the goods described, for "
        "imports into Great Britain. It does not determine the customs value, origin or "
        "eligibility for preferential duty, and it ceases to be valid if the goods change or "
        "the legislation or its interpretation changes. You may ask for a review within 30 "
        "days of the date of this ruling."
    )
    lines(pdf, 50, y, pdf.w - 100, closing, 11)
    black(pdf)
    folio(pdf, F, "HMRC  ·  Tariff Classification Service, Southend-on-Sea", "1 of 1", 50)
    return pdf


PLANOGRAM = (  # shelf, items (description, EAN tail, facings, width mm, RSP)
    (
        1,
        (
            ("McVitie's Digestives 400 g", "001", 3, 75, 1.49),
            ("McVitie's Chocolate Digestives 266 g", "014", 3, 70, 1.89),
            ("Own Label Rich Tea 300 g", "207", 2, 62, 0.59),
            ("Own Label Custard Creams 400 g", "213", 2, 66, 0.65),
        ),
    ),
    (
        2,
        (
            ("Fox's Crunch Creams 230 g", "328", 2, 68, 1.50),
            ("Oreo Original 154 g", "442", 4, 52, 1.19),
            ("Jaffa Cakes 10 pack", "516", 4, 60, 1.35),
        ),
    ),
    (
        3,
        (
            ("Hobnobs Milk Chocolate 262 g", "610", 3, 72, 2.10),
            ("Maryland Cookies 200 g", "624", 3, 64, 1.25),
            ("Own Label Ginger Nuts 300 g", "231", 2, 62, 0.55),
        ),
    ),
    (
        4,
        (
            ("Borders Dark Chocolate Ginger 150 g", "708", 2, 80, 2.60),
            ("Walkers Shortbread Fingers 160 g", "715", 2, 74, 2.35),
            ("Lotus Biscoff 250 g", "809", 3, 70, 1.99),
        ),
    ),
)


def planogram(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Planogram BIS-04-B - Biscuits bay", A4_LANDSCAPE)
    pdf.add_page()
    pdf.set_font(H, "B", 12)
    pdf.text(36, 36, "PLANOGRAM  BIS-04-B  ·  Sweet biscuits, 4 ft bay, 4 shelves")
    pdf.set_font(H, "", 8)
    pdf.text(36, 50, "Store cluster B (convenience)  ·  Effective 12 January 2027  ·  Version 3")
    right(pdf, pdf.w - 36, 36, "Category: Ambient / Biscuits")
    right(pdf, pdf.w - 36, 50, "Replaces BIS-04-B v2. Do not order from this document.")
    rule(pdf, 58, 80, 36, pdf.w - 36)
    # the bay drawing on the left: each shelf a row of coloured facings
    bx, by, bw = 36, 76, 380
    pdf.set_draw_color(60, 60, 60)
    pdf.rect(bx, by, bw, 4 * 100 + 10)
    position = 0
    rows: list[tuple[int, int, str, str, int, int, float]] = []
    for shelf, items in PLANOGRAM:
        sy = by + (shelf - 1) * 100 + 10
        pdf.set_fill_color(200, 200, 200)
        pdf.rect(bx, sy + 84, bw, 6, style="F")
        x = bx + 6
        for description, tail, facings, width, rsp in items:
            position += 1
            shade = 150 + (position * 37) % 90
            for _ in range(facings):
                w = width * 0.5
                pdf.set_fill_color(shade, 255 - shade // 2, 180)
                pdf.rect(x, sy + 8, w - 2, 76, style="DF")
                x += w
            pdf.set_font(H, "B", 9)
            centre(pdf, x - facings * width * 0.5 / 2, sy + 50, str(position))
            rows.append(
                (
                    position,
                    shelf,
                    f"50{words.rng.randrange(10**7, 10**8)}{tail}",
                    description,
                    facings,
                    width,
                    rsp,
                )
            )
        pdf.set_font(H, "", 7)
        pdf.text(bx - 2 + bw + 4, sy + 90, f"S{shelf}")
    # the position table on the right
    cols = ((436, "l"), (458, "l"), (482, "l"), (556, "l"), (736, "r"), (770, "r"), (806, "r"))
    y = 86
    pdf.set_font(H, "B", 7)
    cells(pdf, y, cols, ["Pos", "Shelf", "EAN", "Description", "Facings", "mm", "RSP"])
    rule(pdf, y + 4, 120, 432, pdf.w - 36)
    pdf.set_font(H, "", 7.5)
    for pos, shelf, ean, description, facings, width, rsp in rows:
        y += 14
        shown = [str(pos), f"S{shelf}", ean, description, str(facings), str(width), f"£{rsp:.2f}"]
        cells(pdf, y, cols, shown)
        rule(pdf, y + 4, 225, 432, pdf.w - 36)
    y += 24
    pdf.set_font(H, "", 7.5)
    grey(pdf, 70)
    text = (
        "Set left to right, top shelf first. Shelf-edge labels print from the store system "
        "overnight; RSPs shown are for checking labels only and may change with promotions. "
        "Own label to sit at eye level beside the brand leader. Report gaps via the "
        "merchandising app, not by email."
    )
    lines(pdf, 436, y, pdf.w - 472, text, 10)
    black(pdf)
    folio(pdf, H, "Merchandising & Space Planning  ·  Internal use", "BIS-04-B v3", 36)
    return pdf


COSTING = (  # dish, portions, menu price, ingredients (name, code, pack, pack cost, used, cost)
    (
        "Pan-roast hake, crushed potatoes, salsa verde",
        10,
        18.50,
        (
            ("Hake fillet, skin on", "FSH-2231", "5 kg", 62.50, "1.6 kg", 20.00),
            ("Charlotte potatoes", "VEG-1104", "10 kg", 11.80, "2.2 kg", 2.60),
            ("Flat-leaf parsley", "HRB-0310", "250 g", 2.10, "120 g", 1.01),
            ("Capers in brine", "DRY-5520", "700 g", 4.95, "60 g", 0.42),
            ("Anchovy fillets", "DRY-5541", "365 g", 7.20, "40 g", 0.79),
            ("Extra virgin olive oil", "OIL-0012", "5 l", 31.00, "300 ml", 1.86),
            ("Unsalted butter", "DAI-0207", "2.5 kg", 16.40, "150 g", 0.98),
        ),
    ),
    (
        "Sticky toffee pudding, clotted cream",
        12,
        8.25,
        (
            ("Medjool dates", "DRY-6012", "5 kg", 38.00, "360 g", 2.74),
            ("Dark muscovado sugar", "DRY-4030", "3 kg", 7.65, "400 g", 1.02),
            ("Self-raising flour", "DRY-1001", "16 kg", 12.20, "350 g", 0.27),
            ("Free-range eggs", "DAI-0411", "180 eggs", 38.70, "4", 0.86),
            ("Double cream", "DAI-0150", "2 l", 9.10, "500 ml", 2.28),
            ("Cornish clotted cream", "DAI-0162", "907 g", 8.95, "360 g", 3.55),
        ),
    ),
)


def costing(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("The Anchor - Recipe costing sheets", A4)
    cols = ((44, "l"), (236, "l"), (318, "r"), (382, "r"), (452, "r"), (550, "r"))
    for page, (dish, portions, price, ingredients) in enumerate(COSTING, start=1):
        pdf.add_page()
        pdf.set_font(H, "B", 9)
        pdf.text(40, 36, "THE ANCHOR  ·  KITCHEN")
        pdf.set_font(H, "", 8)
        right(
            pdf, pdf.w - 40, 36, "Recipe costing sheet  ·  prices from supplier lists of 5 Jan 2027"
        )
        rule(pdf, 44, 100, 40, pdf.w - 40)
        pdf.set_font(T, "B", 16)
        pdf.text(40, 74, dish)
        pdf.set_font(H, "", 8.5)
        pdf.image(photo(24500 + page, (160, 110)), x=pdf.w - 40 - 110, y=54, w=110, h=76)
        pdf.text(
            40,
            92,
            f"Sheet {page}  ·  Yield: {portions} portions  ·  Menu section: "
            + ("Mains" if page == 1 else "Puddings"),
        )
        pdf.text(40, 106, "Allergens: " + ("fish, milk" if page == 1 else "gluten, eggs, milk"))
        y = 150
        band(pdf, 40, y - 11, pdf.w - 80, 15, 225)
        pdf.set_font(H, "B", 7.5)
        cells(pdf, y, cols, ["Ingredient", "Supplier code", "Pack", "Pack cost", "Used", "Cost"])
        pdf.set_font(H, "", 8.5)
        total = 0.0
        for name, code, pack, pack_cost, used, cost in ingredients:
            y += 16
            cells(pdf, y, cols, [name, code, pack, pounds(pack_cost), used, pounds(cost)])
            rule(pdf, y + 5, 215, 40, pdf.w - 40)
            total += cost
        y += 24
        per_portion = total / portions
        net = price / 1.2
        gp = (net - per_portion) / net * 100
        summary = (
            ("Total recipe cost", pounds(total)),
            ("Cost per portion", pounds(per_portion)),
            ("Menu price (inc. VAT)", pounds(price)),
            ("Net price (ex VAT at 20%)", pounds(net)),
            ("Gross profit per portion", pounds(net - per_portion)),
            ("Gross profit %", f"{gp:.1f}%  (target 70%)"),
        )
        for label, value in summary:
            pdf.set_font(H, "B" if label.startswith("Gross profit %") else "", 9)
            pdf.text(300, y, label)
            right(pdf, 550, y, value)
            y += 15
        y += 20
        pdf.set_font(H, "B", 9)
        pdf.text(40, y, "Method and portioning")
        pdf.set_font(H, "", 8.5)
        method = (
            "Portion hake at 160 g raw; crush potatoes with butter and salsa verde, 180 g a "
            "plate. Salsa verde keeps two days chilled."
            if page == 1
            else "Bake in a 30 x 40 cm tray at 170 °C for 35 minutes; cut 12 and reheat to "
            "order with 50 ml sauce. Clotted cream 30 g a portion."
        )
        y = lines(pdf, 40, y + 16, pdf.w - 80, method, 12)
        pdf.set_font(H, "I", 7.5)
        grey(pdf, 80)
        pdf.text(40, y + 12, "Recost when any supplier price moves by more than 5%.")
        black(pdf)
        folio(
            pdf, H, "The Anchor, Quay Street, Falmouth  ·  Head chef: R. Penrose", f"{page}/2", 40
        )
    return pdf


# === the batch =================================================================================

BLIND_24 = ("petshop", "components", "bikes", "seedtext", "officegrid", "spa", "usato")
BLIND_24_NON_CATALOGS = ("assets", "ruling", "planogram", "costing")
LAYOUTS_24 = BLIND_24 + BLIND_24_NON_CATALOGS
SCAN_DPI_24 = {"petshop": 200, "components": 300, "bikes": 150, "seedtext": 250}
SCAN_DPI_24 |= {"officegrid": 200, "spa": 200, "usato": 250}
SCAN_DPI_24 |= {"assets": 250, "ruling": 200, "planogram": 200, "costing": 150}
LANGUAGE_24 = {"usato": "it"}
LOCALES_24 = {"en": "en_GB", "it": "it_IT"}
SEED_24 = 24000
MAKERS_24: dict[str, Callable[[Words, Truth], FPDF]] = {
    "petshop": petshop,
    "components": components,
    "bikes": bikes,
    "seedtext": seedtext,
    "officegrid": officegrid,
    "spa": spa,
    "usato": usato,
    "assets": assets,
    "ruling": ruling,
    "planogram": planogram,
    "costing": costing,
}

# registered beside the earlier batches, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["24"] = Batch(
    LAYOUTS_24, BLIND_24, MAKERS_24, SEED_24, LANGUAGE_24, LOCALES_24, SCAN_DPI_24
)
