"""Blind batch 25: catalogs of the kinds a PDF-ingestion service gets, in forms unlike every
earlier batch's, written WITHOUT the engine.

Bench figures, never test floors: only ``bench/quality.py --layouts blind25`` writes them, and the
batch is meant to be scored ONCE, at the end, as an honest estimate on catalogs nobody tuned on.
Nobody who wrote it read ``pdfqueue.engines`` or ``pdfqueue.pipeline``, nor ran the engine or
the bench on it; its forms are unlike every earlier batch's (1-24). Mostly English, one in
Polish.

What counts as a product is as in batches 21 to 24 (see generate_blind21's docstring): a thing
the document offers, once, on the page where it is presented (with its price), named as
printed; its codes, prices (printed order) and sizes as printed. Where a row prints only a
variant under a family heading, the product is named family + variant. Sold items, services,
sample text, legends, headings, notes and delivery charges are not products. Per layout (files
``b25-<layout>``; seeds ``SEED_25`` + index):

- ``pinboard``: a pottery studio's sale sheet (A4, 2 pages) on a kraft-paper background: six
  POLAROID prints a page, each TURNED a few degrees (the photo and its handwritten-style caption
  turn together), held by a strip of translucent tape: the name in bold italic serif, "No.
  27-014 · H 24 cm", the price "£48" and on seconds a struck "was £56"; one print on page 2
  carries a red "SOLD" stamp (not a product); a turned note card with the sale's terms. A
  print is a product: code the No.; prices now then was; size the measure after the No.
- ``strings``: a guitar-string maker's dealer price list (Letter, 2 pages): series headings
  ("Phosphor Bronze Acoustic") with a line of copy, rows Set No. | Set ("Custom Light") | Gauge
  ("11-52") | a GAUGE STRIP of small boxes holding each string's gauge (".011 .015 ...", decimals
  that are no prices) | MAP single | MAP 3-pack. A row is a product named series + set
  ("Phosphor Bronze Acoustic Custom Light"); code the Set No.; prices single then 3-pack; size
  the gauge range.
- ``caravans``: a touring-caravan dealer's season brochure (A4, 3 pages, two models a page):
  the model name large with a round berth badge, a photo, a DRAWN FLOOR PLAN (the body with its
  A-frame, rooms with small labels "Fixed bed", "Washroom", "Kitchen", "Lounge", and a
  dimension line with the internal length), a spec list (Berths, Internal length, Shipping
  length, MTPLM, Mass in running order, Model code) and "On the road £26,495"; on page 3 one
  ex-display model with the struck price and a dealer-services box (services, not products). A
  model is a product: code the Model code; prices now (then was); size the internal length.
- ``supplements``: a US vitamin shop's catalog (Letter, 2 pages, four rows a page): a bottle
  photo, the bold name ("Vitamin D3 2000 IU"), "120 softgels · Item #GL-3012", copy, a black-
  ruled SUPPLEMENT FACTS PANEL (serving size, Amount Per Serving, % Daily Value, nutrient rows
  with amounts like "50 mcg (2000 IU)"), and at the right the price and "Rewards price $9.59";
  FDA disclaimer at the foot. A row is a product: code the Item #; prices regular then
  rewards; size the count ("120 softgels").
- ``pieczatki``: a Polish stamp maker's price list (A4, DejaVu, 2 pages): per model a drawn
  self-inking stamp, a drawn blue IMPRESSION holding sample text (a made-up company, street, NIP;
  on the round stamp the text runs around the ring), the bold model name ("Tampo Print 4912"),
  "Wymiar odcisku: 47 × 18 mm", the number of lines, "Kod: TP-4912", "netto 48,78 zł" and
  "brutto 60,00 zł"; page 2 a ruled accessories table Kod | Nazwa | Poj. | netto | brutto and
  a services box (design, express: not products). A model or an accessory row is a product:
  code the Kod; prices netto then brutto; size the impression size (an ink's capacity, none for
  pads).
- ``pimsheet``: a product-information-system EXPORT printed in Courier (A4, 2 pages): an export
  header with the channel and filter, then one RECORD a block of "field ....... value" lines
  (title, brand, sku, gtin, category, net_content, list_price "GBP 89.00", sale_price or "-",
  shipping_band "B (GBP 4.95)", stock, description wrapped). A record is a product named by its
  title; codes the sku then the gtin; prices list then sale; size the net_content (none where
  "n/a"). The shipping band's charge is not a price.
- ``modelkits``: a model shop's new-kits catalogue (A4, 2 pages, 3 x 2 cards a page): a box-art
  photo with a diagonal corner RIBBON carrying the scale ("1:72") turned 45 degrees, a "NEW
  TOOL" tag on some, the maker in grey capitals, the bold kit name, "1:72 scale · 112 parts",
  "Kit AF-07214", a skill level drawn as five squares, the price; page 2 ends with a "Paints,
  glues & tools" strip of three priced lines. A kit is a product (not the maker): code the
  Kit; price; size the scale. A strip line is a product: code and price, no size.

Non-catalogs (truth: no products): ``ordermail`` (a web shop's order confirmation e-mail printed
from a mail client: thumbnails, items with colours, quantities and prices, subtotal, delivery,
discount, total, delivery address and returns), ``floorplan`` (a trade fair's hall plan: drawn
stands with numbers and exhibitor names, an exhibitor index with stand numbers and product
categories, stand-space rates per m²), ``bidsheet`` (a school's evaluation of three quotations
for catering equipment: items and quantities, each supplier's unit prices and totals, the
lowest in bold, weighted scores and a recommendation), ``sizeguide`` (a fashion label's size and
fit guide: body-measurement charts, a drawn how-to-measure figure, fit notes by style with
style numbers, international conversions; no prices).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 25 [--scanned]
"""

from __future__ import annotations

import math
from collections.abc import Callable

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo
from generate_blind import A4_LANDSCAPE, LETTER, Batch, product, right
from generate_blind6 import strike
from generate_blind9 import black, centre, grey
from generate_blind11 import cells, rule
from generate_blind15 import fill
from generate_blind16 import dejavu_pdf, ean
from generate_blind18 import lines
from generate_blind23 import band, folio, pounds, prose

F = "DejaVu"
H = "Helvetica"
T = "Times"
C = "Courier"


def dollars(value: float) -> str:
    return f"${value:,.2f}"


def whole_pounds(value: int) -> str:
    return f"£{value:,}"


def zloty(value: float) -> str:
    """44.0 -> '44,00 zł'."""
    return f"{value:,.2f}".replace(",", " ").replace(".", ",") + " zł"


def disc(pdf: FPDF, cx: float, cy: float, r: float, style: str = "F") -> None:
    pdf.ellipse(cx - r, cy - r, 2 * r, 2 * r, style=style)


# === catalogs ==================================================================================

POTTERY = (  # per page: (name, size, price, was or None, sold)
    (
        ("Speckled moon jar", "H 24 cm", 48, None, False),
        ("Celadon breakfast bowl", "Ø 15 cm", 18, None, False),
        ("Tenmoku pouring jug", "H 17 cm", 34, 42, False),
        ("Ash-glazed bud vase", "H 12 cm", 14, None, False),
        ("Oatmeal dinner plate", "Ø 27 cm", 22, None, False),
        ("Cobalt sgraffito mug", "350 ml", 16, 20, False),
    ),
    (
        ("Shino serving platter", "38 × 24 cm", 65, None, False),
        ("Nerikomi trinket dish", "Ø 10 cm", 12, None, False),
        ("Chun blue teapot", "800 ml", 78, 95, False),
        ("Large garden planter", "Ø 40 cm", 120, None, True),
        ("Iron-spot salt pig", "H 13 cm", 26, None, False),
        ("Crawl-glaze lantern", "H 21 cm", 38, None, False),
    ),
)
TILTS = (-4.0, 3.0, -2.0, 2.5, -3.5, 4.0)


def polaroid(pdf: FPDF, cx: float, cy: float, seed: int) -> None:
    """A white print with its photo and a shadow, centred on (cx, cy); the caller turns it."""
    w, h = 168, 222
    x, y = cx - w / 2, cy - h / 2
    fill(pdf, (150, 130, 100))
    pdf.rect(x + 3, y + 4, w, h, style="F")  # shadow
    fill(pdf, (252, 251, 247))
    pdf.rect(x, y, w, h, style="F")
    pdf.image(photo(seed, (190, 175)), x=x + 8, y=y + 8, w=w - 16, h=140)


def pinboard(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Hollow Lane Pottery - Studio sale", A4)
    numbers = sorted(words.rng.sample(range(10, 99), 12))
    serial = 0
    for page, pieces in enumerate(POTTERY, start=1):
        pdf.add_page()
        fill(pdf, (214, 194, 158))
        pdf.rect(0, 0, pdf.w, pdf.h, style="F")
        with pdf.rotation(-1.5, pdf.w / 2, 70):
            fill(pdf, (250, 248, 240))
            pdf.rect(90, 36, pdf.w - 180, 64, style="F")
            pdf.set_font(T, "BI", 26)
            pdf.set_text_color(60, 40, 30)
            centre(pdf, pdf.w / 2, 70, "Hollow Lane Pottery")
            pdf.set_font(T, "I", 11)
            subtitle = "Studio sale  ·  Saturday 13 & Sunday 14 March 2027  ·  10 till 4"
            centre(pdf, pdf.w / 2, 88, subtitle if page == 1 else "Studio sale, continued")
        for slot, (name, size, price, was, sold) in enumerate(pieces):
            cx = 112 + (slot % 3) * 186
            cy = 262 + (slot // 3) * 284
            angle = TILTS[(slot + page) % len(TILTS)]
            code = f"27-0{numbers[serial]}"
            serial += 1
            with pdf.rotation(angle, cx, cy):
                polaroid(pdf, cx, cy, 25000 + page * 10 + slot)
                x, y = cx - 76, cy - 111 + 168
                pdf.set_text_color(50, 40, 35)
                pdf.set_font(T, "BI", 11)
                pdf.text(x, y, name)
                pdf.set_font(H, "", 7)
                grey(pdf, 95)
                pdf.text(x, y + 14, f"No. {code}  ·  {size}")
                pdf.set_text_color(140, 40, 30)
                pdf.set_font(T, "B", 15)
                now = whole_pounds(price)
                pdf.text(x, y + 34, now)
                prices = [now]
                if was is not None:
                    pdf.set_font(T, "I", 9)
                    grey(pdf, 90)
                    pdf.set_draw_color(90, 90, 90)
                    shown = f"was {whole_pounds(was)}"
                    strike(pdf, x + 42, y + 33, shown)
                    pdf.text(x + 48 + pdf.get_string_width(shown), y + 33, "(second)")
                    prices.append(whole_pounds(was))
                if sold:
                    with pdf.rotation(18, cx, cy - 40):
                        pdf.set_draw_color(200, 30, 30)
                        pdf.set_line_width(2)
                        pdf.rect(cx - 44, cy - 62, 88, 36)
                        pdf.set_line_width(0.2)
                        pdf.set_text_color(200, 30, 30)
                        pdf.set_font(H, "B", 22)
                        centre(pdf, cx, cy - 36, "SOLD")
            with pdf.rotation(angle * 3, cx, cy - 112), pdf.local_context(fill_opacity=0.55):
                fill(pdf, (240, 232, 180))
                pdf.rect(cx - 28, cy - 122, 56, 18, style="F")
            black(pdf)
            if not sold:
                truth.products.append(product(name, [code], prices, page, sizes=[size]))
        with pdf.rotation(1.2, pdf.w / 2, 790):
            fill(pdf, (255, 255, 255))
            pdf.rect(70, 762, pdf.w - 140, 54, style="F")
            pdf.set_font(T, "I", 9)
            pdf.set_text_color(60, 40, 30)
            note = (
                "Everything is made here in the studio and fired in our wood kiln. Seconds have "
                "small glaze faults and are marked. Cash or card; we can wrap and post anything "
                "under 5 kg for £8.50. Hollow Lane, Stroud GL5 3PX  ·  hollowlanepottery.co.uk"
                if page == 1
                else "Sold pieces stay on the board until the end of the sale so you can see "
                "the range; commissions in the same glazes take about eight weeks. Thank you "
                "for supporting a small workshop!"
            )
            lines(pdf, 82, 780, pdf.w - 164, note, 11)
        black(pdf)
    return pdf


STRINGS = (  # page, series, copy, rows (set, code, gauge, gauges, single, three-pack)
    (
        1,
        "Nickel Wound Electric",
        "Nickel-plated steel wrap on a hex core: bright, balanced, our best seller since 1986.",
        (
            ("Extra Super Light", "LS-0838", "8-38", (8, 10, 15, 21, 30, 38), 6.99, 18.99),
            ("Super Light", "LS-0942", "9-42", (9, 11, 16, 24, 32, 42), 6.99, 18.99),
            ("Regular Light", "LS-1046", "10-46", (10, 13, 17, 26, 36, 46), 6.99, 18.99),
            ("Medium", "LS-1149", "11-49", (11, 14, 18, 28, 38, 49), 7.49, 19.99),
            ("Heavy Bottom", "LS-1052", "10-52", (10, 13, 17, 30, 42, 52), 7.49, 19.99),
        ),
    ),
    (
        1,
        "Pure Nickel Vintage",
        "Pure nickel wrap for the warm, round tone of 1950s records; plain steel trebles.",
        (
            ("Light", "LP-1050", "10-50", (10, 13, 17, 28, 38, 50), 8.49, 22.99),
            ("Medium", "LP-1152", "11-52", (11, 14, 18, 30, 40, 52), 8.49, 22.99),
        ),
    ),
    (
        1,
        "Flatwound Jazz",
        "Polished stainless flatwounds on a round core: smooth under the fingers, dark and thumpy.",
        (
            ("Light", "LF-1150", "11-50", (11, 15, 20, 30, 40, 50), 19.99, 54.99),
            ("Medium", "LF-1252", "12-52", (12, 16, 20, 32, 42, 52), 19.99, 54.99),
            ("Heavy", "LF-1356", "13-56", (13, 17, 24, 34, 46, 56), 21.49, 57.99),
        ),
    ),
    (
        2,
        "Phosphor Bronze Acoustic",
        "92/8 phosphor bronze on a round core: warm and long lasting, for steel-string acoustics.",
        (
            ("Extra Light", "LB-1047", "10-47", (10, 14, 23, 30, 39, 47), 8.99, 23.99),
            ("Custom Light", "LB-1152", "11-52", (11, 15, 22, 32, 42, 52), 8.99, 23.99),
            ("Light", "LB-1253", "12-53", (12, 16, 24, 32, 42, 53), 8.99, 23.99),
            ("Medium", "LB-1356", "13-56", (13, 17, 26, 35, 45, 56), 9.49, 24.99),
        ),
    ),
    (
        2,
        "Nickel Roundwound Bass",
        'Long scale (34") nickel-plated roundwounds with a tapered B on the five-string set.',
        (
            ("Light", "LR-4095", "45-95", (45, 65, 80, 95), 21.99, 59.99),
            ("Regular", "LR-45105", "45-105", (45, 65, 85, 105), 21.99, 59.99),
            ("5-String Regular", "LR-45130", "45-130", (45, 65, 85, 105, 130), 28.99, 78.99),
        ),
    ),
    (
        2,
        "Classical Nylon",
        "Clear nylon trebles and silver-plated wound basses, tie ends.",
        (
            ("Normal Tension", "LN-2843", "28-43", (28, 32, 40, 29, 35, 43), 9.99, 26.99),
            ("Hard Tension", "LN-2944", "29-44", (29, 33, 41, 30, 36, 44), 9.99, 26.99),
        ),
    ),
)


def gauge_strip(pdf: FPDF, x: float, y: float, gauges: tuple[int, ...]) -> None:
    """One small ruled box per string, its gauge in thousandths of an inch (".010")."""
    pdf.set_font(H, "", 6.5)
    pdf.set_draw_color(150, 150, 150)
    for k, gauge in enumerate(gauges):
        bx = x + k * 27
        pdf.rect(bx, y - 8, 25, 11)
        centre(pdf, bx + 12.5, y, f".{gauge:03d}")


def strings(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Larkspur Strings - Dealer Price List 2027", LETTER)
    cols = ((40, "l"), (96, "l"), (240, "l"), (505, "r"), (576, "r"))
    for page in (1, 2):
        pdf.add_page()
        fill(pdf, (24, 38, 64))
        pdf.rect(0, 0, pdf.w, 66, style="F")
        pdf.set_text_color(235, 200, 120)
        pdf.set_font(T, "BI", 24)
        pdf.text(36, 40, "Larkspur")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(H, "", 9)
        pdf.text(36, 56, "STRINGS  ·  Nashville, Tennessee")
        pdf.set_font(H, "B", 10)
        right(pdf, pdf.w - 36, 34, "Dealer Price List & MAP Schedule")
        pdf.set_font(H, "", 8)
        right(pdf, pdf.w - 36, 48, "Effective February 1, 2027  ·  supersedes all earlier lists")
        black(pdf)
        y = 96
        for series_page, series, copy, rows in STRINGS:
            if series_page != page:
                continue
            pdf.set_font(T, "B", 15)
            pdf.set_text_color(24, 38, 64)
            pdf.text(40, y, series)
            black(pdf)
            pdf.set_font(H, "I", 8)
            grey(pdf, 80)
            pdf.text(40, y + 13, copy)
            black(pdf)
            y += 34
            band(pdf, 36, y - 10, pdf.w - 72, 14, 226)
            pdf.set_font(H, "B", 7)
            cells(pdf, y, cols, ["Set No.", "Set", "Gauges (in.)", "MAP single", "MAP 3-pack"])
            pdf.text(196, y, "Gauge")
            for name, code, gauge, gauges, single, three in rows:
                y += 21
                pdf.set_font(H, "B", 8.5)
                pdf.text(40, y, code)
                pdf.set_font(H, "", 9)
                pdf.text(96, y, name)
                pdf.set_font(H, "", 8.5)
                pdf.text(196, y, gauge)
                gauge_strip(pdf, 240, y, gauges)
                pdf.set_font(H, "", 9)
                cells(pdf, y, cols[3:], [dollars(single), dollars(three)])
                rule(pdf, y + 7, 220, 36, pdf.w - 36)
                shown = [dollars(single), dollars(three)]
                full = f"{series} {name}"
                truth.products.append(product(full, [code], shown, page, sizes=[gauge]))
            y += 44
        pdf.set_font(H, "", 7.5)
        grey(pdf, 70)
        if page == 1:
            note = (
                "Buy twelve single sets of one gauge and we ship a thirteenth free. Custom "
                "gauges and bulk singles (.008 to .024 plain, .020 to .080 wound) are on price "
                "list SG-27. Sets are sealed in corrosion-inhibiting foil."
            )
        else:
            note = (
                "MAP = minimum advertised price. Dealer cost is 50% of MAP less your tier "
                "discount (Tier 1: 5%, Tier 2: 10%). Freight prepaid on orders over $250; "
                "under $250 add $12.50. Returns within 60 days with RA number only."
            )
        lines(pdf, 40, y - 10, pdf.w - 80, note, 10)
        black(pdf)
        folio(pdf, H, "Larkspur Strings LLC  ·  dealers@larkspurstrings.com", str(page), 36)
    return pdf


CARAVANS = (  # page, name, code, berths, internal, shipping, mtplm, mass, price, was, plan
    (1, "Solent 554", "WB-554", 4, "5.54 m", "7.38 m", "1,480 kg", "1,332 kg", 26495, None, "E"),
    (1, "Solent 574", "WB-574", 4, "5.74 m", "7.58 m", "1,520 kg", "1,365 kg", 27995, None, "T"),
    (
        2,
        "Tamar 640 Island",
        "WB-640",
        4,
        "6.40 m",
        "8.02 m",
        "1,640 kg",
        "1,470 kg",
        31495,
        None,
        "I",
    ),
    (
        2,
        "Tamar 660 Twin",
        "WB-660",
        4,
        "6.60 m",
        "8.22 m",
        "1,690 kg",
        "1,512 kg",
        31995,
        None,
        "T",
    ),
    (
        3,
        "Exe 430 Compact",
        "WB-430",
        2,
        "4.30 m",
        "6.10 m",
        "1,150 kg",
        "1,020 kg",
        21995,
        None,
        "E",
    ),
    (
        3,
        "Exe 520 Family",
        "WB-520",
        6,
        "5.20 m",
        "7.04 m",
        "1,450 kg",
        "1,298 kg",
        23995,
        25995,
        "B",
    ),
)
PLANS = {  # rooms front to back as (share of the length, label)
    "E": ((0.3, "Lounge"), (0.25, "Kitchen"), (0.2, "Washroom"), (0.25, "End bedroom")),
    "T": ((0.3, "Lounge"), (0.2, "Kitchen"), (0.25, "Twin beds"), (0.25, "Washroom")),
    "I": ((0.28, "Lounge"), (0.22, "Kitchen"), (0.18, "Washroom"), (0.32, "Fixed bed")),
    "B": ((0.28, "Lounge"), (0.2, "Kitchen"), (0.27, "Bunks"), (0.25, "Washroom")),
}


def floor_plan(pdf: FPDF, x: float, y: float, w: float, plan: str, length: str) -> None:
    """The body seen from above: A-frame at the front, rooms with labels, a length line."""
    h = 62
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.8)
    pdf.rect(x + 22, y, w - 22, h, round_corners=True, corner_radius=6)
    pdf.set_line_width(0.4)
    pdf.line(x, y + h / 2, x + 22, y + 10)
    pdf.line(x, y + h / 2, x + 22, y + h - 10)
    pdf.set_font(H, "", 5.5)
    grey(pdf, 60)
    rx = x + 22
    for share, label in PLANS[plan]:
        rw = (w - 22) * share
        fill(pdf, (236, 240, 244))
        pdf.rect(rx + 3, y + 6, rw - 6, h - 12, style="F")
        centre(pdf, rx + rw / 2, y + h / 2 + 2, label)
        rx += rw
        if rx < x + w - 1:
            pdf.line(rx, y + 4, rx, y + h - 4)
    pdf.set_line_width(0.3)
    pdf.line(x + 22, y + h + 10, x + w, y + h + 10)
    pdf.line(x + 22, y + h + 6, x + 22, y + h + 14)
    pdf.line(x + w, y + h + 6, x + w, y + h + 14)
    pdf.set_font(H, "", 6.5)
    fill(pdf, (255, 255, 255))
    label = f"internal {length}"
    lw = pdf.get_string_width(label) + 6
    mid = x + 22 + (w - 22) / 2
    pdf.rect(mid - lw / 2, y + h + 5, lw, 10, style="F")
    centre(pdf, mid, y + h + 12.5, label)
    pdf.set_line_width(0.2)
    black(pdf)


def caravans(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Westbay Leisure - Touring Caravans 2027", A4)
    navy, sea = (16, 52, 84), (0, 128, 140)
    for page in (1, 2, 3):
        pdf.add_page()
        fill(pdf, navy)
        pdf.rect(0, 0, pdf.w, 44, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(H, "B", 15)
        pdf.text(36, 28, "WESTBAY LEISURE")
        pdf.set_font(H, "", 8)
        right(pdf, pdf.w - 36, 20, "Touring caravans  ·  2027 season")
        right(pdf, pdf.w - 36, 32, "Exeter Road, Dawlish EX7 0NH  ·  01626 555 014")
        black(pdf)
        models = [m for m in CARAVANS if m[0] == page]
        for slot, (
            _,
            name,
            code,
            berths,
            internal,
            shipping,
            mtplm,
            mass,
            price,
            was,
            plan,
        ) in enumerate(models):
            top = 66 + slot * 352
            pdf.set_font(H, "B", 20)
            pdf.set_text_color(*navy)
            pdf.text(40, top + 22, name)
            black(pdf)
            fill(pdf, sea)
            disc(pdf, pdf.w - 62, top + 14, 20)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font(H, "B", 13)
            centre(pdf, pdf.w - 62, top + 16, str(berths))
            pdf.set_font(H, "B", 5.5)
            centre(pdf, pdf.w - 62, top + 24, "BERTH")
            black(pdf)
            tagline = {
                "E": "Front lounge, central kitchen and a full-width end bedroom.",
                "T": "Fixed twin single beds that convert to a king-size double.",
                "I": "An island double bed you can walk round, with an end washroom.",
                "B": "Triple bunks beside a side dinette: room for the whole family.",
            }[plan]
            pdf.set_font(H, "I", 9)
            grey(pdf, 70)
            pdf.text(40, top + 38, tagline)
            black(pdf)
            pdf.image(photo(25100 + page * 10 + slot, (250, 160)), x=40, y=top + 50, w=250, h=160)
            floor_plan(pdf, 310, top + 56, 245, plan, internal)
            specs = (
                ("Berths", str(berths)),
                ("Internal length", internal),
                ("Shipping length", shipping),
                ("MTPLM", mtplm),
                ("Mass in running order", mass),
                ("Model code", code),
            )
            sy = top + 158
            for label, value in specs:
                pdf.set_font(H, "", 8)
                grey(pdf, 80)
                pdf.text(310, sy, label)
                black(pdf)
                pdf.set_font(H, "B", 8)
                right(pdf, 470, sy, value)
                rule(pdf, sy + 4, 220, 310, 470)
                sy += 13
            now = whole_pounds(price)
            prices = [now]
            py = top + 250
            pdf.set_font(H, "", 8)
            grey(pdf, 80)
            pdf.text(40, py - 14, "Ex-display, one only" if was else "On the road")
            black(pdf)
            pdf.set_font(H, "B", 24)
            pdf.set_text_color(*sea)
            pdf.text(40, py + 12, now)
            black(pdf)
            if was is not None:
                pdf.set_font(H, "", 11)
                grey(pdf, 100)
                pdf.set_draw_color(100, 100, 100)
                strike(pdf, 50 + pdf.get_string_width(now) * 24 / 11, py + 10, whole_pounds(was))
                black(pdf)
                prices.append(whole_pounds(was))
            pdf.set_font(H, "", 8)
            kit = (
                "Includes Alde wet heating, 100 W roof solar panel, Truma Mover-ready chassis, "
                "full Westbay handover and a 3-year body warranty."
            )
            lines(pdf, 40, py + 34, 500, kit, 11)
            truth.products.append(product(name, [code], prices, page, sizes=[internal]))
            rule(pdf, top + 320, 190, 36, pdf.w - 36)
        if page == 3:
            band(pdf, 36, 770, pdf.w - 72, 40, 236)
            pdf.set_font(H, "B", 8)
            pdf.text(46, 784, "Dealer services")
            pdf.set_font(H, "", 7.5)
            services = (
                "Pre-delivery inspection and handover included  ·  Annual habitation service "
                "£229  ·  Secure storage from £35 a month  ·  Part exchange welcome"
            )
            pdf.text(46, 798, services)
        folio(pdf, H, "Prices on the road, inc VAT, valid to 31 August 2027", f"{page} / 3", 36)
    return pdf


SUPPLEMENTS = (  # name, count, code, copy, serving, facts, price, rewards
    (
        "Vitamin D3 2000 IU",
        "120 softgels",
        "GL-3012",
        "Supports healthy bones and immune function through the darker months.",
        "1 Softgel",
        (("Vitamin D3 (as cholecalciferol)", "50 mcg (2000 IU)", "250%"),),
        11.99,
    ),
    (
        "Magnesium Glycinate 200 mg",
        "90 capsules",
        "GL-3140",
        "A gentle, well-absorbed form of magnesium; take with the evening meal.",
        "2 Capsules",
        (("Magnesium (as magnesium glycinate)", "200 mg", "48%"),),
        18.49,
    ),
    (
        "Vitamin C 1000 mg with Rose Hips",
        "100 tablets",
        "GL-3021",
        "Antioxidant support in an easy-to-swallow coated tablet.",
        "1 Tablet",
        (("Vitamin C (as ascorbic acid)", "1000 mg", "1111%"), ("Rose hips powder", "25 mg", "†")),
        9.99,
    ),
    (
        "Zinc Picolinate 30 mg",
        "60 capsules",
        "GL-3177",
        "Zinc for immune support and healthy skin. Vegan capsules.",
        "1 Capsule",
        (("Zinc (as zinc picolinate)", "30 mg", "273%"),),
        8.49,
    ),
    (
        "Omega-3 Fish Oil 1200 mg",
        "90 softgels",
        "GL-3305",
        "Molecularly distilled, lemon flavored to avoid fishy aftertaste.",
        "2 Softgels",
        (
            ("Total Omega-3 Fatty Acids", "720 mg", "†"),
            ("EPA (eicosapentaenoic acid)", "430 mg", "†"),
            ("DHA (docosahexaenoic acid)", "290 mg", "†"),
        ),
        21.99,
    ),
    (
        "Elderberry Gummies",
        "60 gummies",
        "GL-3410",
        "Black elderberry with vitamin C and zinc in a tasty berry gummy.",
        "2 Gummies",
        (
            ("Calories", "15", ""),
            ("Total Sugars", "3 g", "*"),
            ("Vitamin C (as ascorbic acid)", "45 mg", "50%"),
            ("Elderberry extract", "100 mg", "†"),
        ),
        14.99,
    ),
    (
        "B-Complex 100",
        "100 capsules",
        "GL-3066",
        "High-potency B vitamins for energy metabolism.",
        "1 Capsule",
        (
            ("Thiamin (as thiamin HCl)", "100 mg", "8333%"),
            ("Riboflavin", "100 mg", "7692%"),
            ("Niacin (as niacinamide)", "100 mg", "625%"),
            ("Vitamin B12 (as methylcobalamin)", "100 mcg", "4167%"),
        ),
        16.99,
    ),
    (
        "Probiotic 30 Billion CFU",
        "30 capsules",
        "GL-3522",
        "Ten clinically studied strains in a delayed-release capsule. Shelf stable.",
        "1 Capsule",
        (("Probiotic blend (10 strains)", "30 Billion CFU", "†"),),
        24.99,
    ),
)


Facts = tuple[tuple[str, str, str], ...]  # nutrient, amount per serving, % daily value


def facts_panel(
    pdf: FPDF, x: float, y: float, w: float, serving: str, count: str, facts: Facts
) -> None:
    """A Supplement Facts panel: black frame, heavy rules, amounts and % daily values."""
    rows = len(facts)
    h = 58 + rows * 11
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.8)
    pdf.rect(x, y, w, h)
    pdf.set_font(H, "B", 10)
    pdf.text(x + 4, y + 13, "Supplement Facts")
    pdf.set_font(H, "", 6.5)
    pdf.text(x + 4, y + 22, f"Serving Size {serving}")
    pdf.text(x + 4, y + 30, f"Servings Per Container {count.split()[0]}")
    pdf.set_line_width(3)
    pdf.line(x + 3, y + 35, x + w - 3, y + 35)
    pdf.set_line_width(0.3)
    pdf.set_font(H, "B", 6)
    pdf.text(x + 4, y + 44, "Amount Per Serving")
    right(pdf, x + w - 4, y + 44, "% Daily Value")
    pdf.line(x + 3, y + 47, x + w - 3, y + 47)
    ry = y + 56
    for nutrient, amount, dv in facts:
        pdf.set_font(H, "", 6)
        pdf.text(x + 4, ry, nutrient)
        pdf.set_font(H, "B", 6)
        right(pdf, x + w - 36, ry, amount)
        right(pdf, x + w - 4, ry, dv)
        pdf.line(x + 3, ry + 3, x + w - 3, ry + 3)
        ry += 11
    pdf.set_line_width(0.2)


def supplements(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Greenleaf Vitamins - Winter Wellness Catalog", LETTER)
    green = (46, 110, 60)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font(H, "B", 18)
        pdf.set_text_color(*green)
        pdf.text(36, 42, "greenleaf")
        pdf.set_font(H, "", 18)
        pdf.text(36 + pdf.get_string_width("greenleaf") + 16, 42, "VITAMINS")
        black(pdf)
        pdf.set_font(H, "", 8)
        right(pdf, pdf.w - 36, 32, "Winter Wellness Catalog  ·  valid through March 31, 2027")
        right(pdf, pdf.w - 36, 44, "Rewards members save 20% every day  ·  greenleafvitamins.com")
        fill(pdf, green)
        pdf.rect(36, 52, pdf.w - 72, 3, style="F")
        for slot in range(4):
            index = (page - 1) * 4 + slot
            name, count, code, copy, serving, facts, price = SUPPLEMENTS[index]
            top = 70 + slot * 164
            pdf.image(photo(25200 + index, (110, 150)), x=40, y=top + 6, w=82, h=112)
            pdf.set_font(H, "B", 12)
            ty = lines(pdf, 134, top + 20, 168, name, 14)
            pdf.set_font(H, "", 8)
            grey(pdf, 90)
            pdf.text(134, ty, f"{count}  ·  Item #{code}")
            black(pdf)
            pdf.set_font(H, "", 8.5)
            lines(pdf, 134, ty + 18, 168, copy, 11)
            facts_panel(pdf, 312, top + 6, 190, serving, count, facts)
            regular = dollars(price)
            rewards = dollars(round(price * 0.8, 2))
            pdf.set_font(H, "B", 17)
            right(pdf, pdf.w - 38, top + 30, regular)
            fill(pdf, (232, 244, 230))
            pdf.rect(pdf.w - 102, top + 42, 66, 30, style="F")
            pdf.set_text_color(*green)
            pdf.set_font(H, "", 7)
            right(pdf, pdf.w - 40, top + 53, "Rewards price")
            pdf.set_font(H, "B", 11)
            right(pdf, pdf.w - 40, top + 67, rewards)
            black(pdf)
            rule(pdf, top + 156, 215, 36, pdf.w - 36)
            truth.products.append(product(name, [code], [regular, rewards], page, sizes=[count]))
        pdf.set_font(H, "", 6.5)
        grey(pdf, 80)
        disclaimer = (
            "*These statements have not been evaluated by the Food and Drug Administration. "
            "These products are not intended to diagnose, treat, cure, or prevent any disease. "
            "† Daily Value not established. Percent Daily Values are based on a 2,000 calorie "
            "diet. Rewards price for signed-in members; free shipping on orders of $35 or more."
        )
        lines(pdf, 36, pdf.h - 56, pdf.w - 72, disclaimer, 8.5)
        black(pdf)
        folio(pdf, H, "Greenleaf Vitamins, 220 Mill Street, Burlington VT 05401", str(page), 36)
    return pdf


STAMPS = (  # page, name, imprint, shape, lines note, code, netto, brutto, sample lines
    (1, "Tampo Print 4910", "26 × 9 mm", "rect", "maks. 3 linie", "TP-4910", 35.77, 44.00, 3),
    (1, "Tampo Print 4911", "38 × 14 mm", "rect", "maks. 4 linie", "TP-4911", 42.28, 52.00, 4),
    (1, "Tampo Print 4912", "47 × 18 mm", "rect", "maks. 5 linii", "TP-4912", 48.78, 60.00, 5),
    (1, "Tampo Print 4913", "58 × 22 mm", "rect", "maks. 6 linii", "TP-4913", 56.10, 69.00, 5),
    (1, "Tampo Print 4915", "70 × 25 mm", "rect", "maks. 7 linii", "TP-4915", 69.92, 86.00, 5),
    (
        2,
        "Tampo Round 46040",
        "Ø 40 mm",
        "round",
        "tekst w otoku + 3 linie",
        "TR-46040",
        65.04,
        80.00,
        3,
    ),
    (
        2,
        "Tampo Dater 4750",
        "41 × 24 mm",
        "date",
        "data + 2 linie nad i pod",
        "TD-4750",
        113.01,
        139.00,
        4,
    ),
)
SAMPLE = (
    "PRZEDSIĘBIORSTWO HANDLOWE",
    "„ZORZA” Sp. z o.o.",
    "ul. Długa 12/4, 80-827 Gdańsk",
    "NIP 583-214-77-09",
    "tel. 58 301 22 14",
)
INKS = (  # code, name, capacity, netto, brutto
    ("TU-28N", "Tusz wodny do pieczątek, niebieski", "28 ml", 8.94, 11.00),
    ("TU-28C", "Tusz wodny do pieczątek, czarny", "28 ml", 8.94, 11.00),
    ("TU-50R", "Tusz olejowy do metalu i folii, czerwony", "50 ml", 23.58, 29.00),
    ("WK-4912", "Wkład tuszujący 6/4912, niebieski", "", 9.76, 12.00),
    ("WK-4911", "Wkład tuszujący 6/4911, czarny", "", 8.13, 10.00),
)


def stamp_body(pdf: FPDF, x: float, y: float) -> None:
    """A self-inking stamp seen from the side: handle, frame and base."""
    fill(pdf, (40, 40, 48))
    pdf.rect(x + 18, y, 34, 30, style="F", round_corners=True, corner_radius=8)
    fill(pdf, (70, 70, 80))
    pdf.rect(x + 6, y + 30, 58, 40, style="F")
    fill(pdf, (190, 190, 196))
    pdf.rect(x + 2, y + 70, 66, 12, style="F")
    fill(pdf, (30, 60, 140))
    pdf.rect(x + 8, y + 82, 54, 5, style="F")


def impression(pdf: FPDF, x: float, y: float, shape: str, imprint: str, count: int) -> None:
    """The stamp's print in blue ink with made-up sample text."""
    pdf.set_draw_color(30, 60, 160)
    pdf.set_text_color(30, 60, 160)
    if shape == "round":
        r = 44
        cx, cy = x + 70, y + 46
        pdf.set_line_width(1.0)
        disc(pdf, cx, cy, r, "D")
        disc(pdf, cx, cy, r - 12, "D")
        pdf.set_font(F, "", 6.5)
        ring = "ZORZA SP. Z O.O. • GDAŃSK • "
        for k, letter in enumerate(ring):
            angle = 90 - k * 360 / len(ring)
            lx = cx + (r - 8) * math.cos(math.radians(angle))
            ly = cy - (r - 8) * math.sin(math.radians(angle))
            with pdf.rotation(angle - 90, lx, ly):
                pdf.text(lx - 2, ly + 2, letter)
        pdf.set_font(F, "B", 6)
        for k, text in enumerate(("NIP", "583-214-77-09", "REGON 3801")[:count]):
            centre(pdf, cx, cy - 6 + k * 8, text)
    else:
        mm = [float(v) for v in imprint.removesuffix(" mm").split(" × ")]
        w, h = mm[0] * 2.4, mm[1] * 2.4  # drawn at 2.4 times life size
        pdf.set_line_width(0.9)
        pdf.rect(x, y, w, h)
        leading = h / (count + 0.9)
        ty = y + leading * 0.95
        texts = list(SAMPLE[:count])
        if shape == "date":
            texts = ["WPŁYNĘŁO", "„ZORZA” Sp. z o.o.", "", "Podpis ..........."]
        for k, text in enumerate(texts):
            pdf.set_font(F, "B" if k < 2 else "", min(6.5, leading * 0.8))
            centre(pdf, x + w / 2, ty, text)
            ty += leading
        if shape == "date":
            pdf.set_font(F, "B", 10)
            centre(pdf, x + w / 2, y + h / 2 + 8, "14 STY 2027")
    pdf.set_line_width(0.2)
    black(pdf)


def pieczatki(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("STEMPEL-EXPRES - Cennik pieczątek 2027", A4)
    red = (196, 28, 36)
    for page in (1, 2):
        pdf.add_page()
        fill(pdf, red)
        pdf.rect(0, 0, pdf.w, 50, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(F, "B", 17)
        pdf.text(36, 32, "STEMPEL-EXPRES")
        pdf.set_font(F, "", 8)
        right(pdf, pdf.w - 36, 24, "Cennik pieczątek i akcesoriów  ·  obowiązuje od 2.01.2027")
        right(pdf, pdf.w - 36, 36, "ul. Grunwaldzka 88, Gdańsk  ·  tel. 58 555 01 20")
        black(pdf)
        pdf.set_font(F, "B", 12)
        heading = "Pieczątki samotuszujące prostokątne" if page == 1 else "Okrągłe i datowniki"
        pdf.text(36, 76, heading)
        rule(pdf, 82, 150, 36, pdf.w - 36)
        models = [s for s in STAMPS if s[0] == page]
        y = 96
        for _, name, imprint, shape, note, code, netto, brutto, count in models:
            stamp_body(pdf, 44, y + 6)
            impression(pdf, 130, y + 8, shape, imprint, count)
            tx = 310
            pdf.set_font(F, "B", 11)
            pdf.text(tx, y + 16, name)
            pdf.set_font(F, "", 8)
            pdf.text(tx, y + 32, f"Wymiar odcisku: {imprint}")
            pdf.text(tx, y + 44, f"Tekst: {note}")
            grey(pdf, 90)
            pdf.text(tx, y + 56, f"Kod: {code}")
            black(pdf)
            shown = [zloty(netto), zloty(brutto)]
            pdf.set_font(F, "", 8)
            grey(pdf, 90)
            pdf.text(tx, y + 78, f"netto {shown[0]}")
            black(pdf)
            pdf.set_font(F, "B", 14)
            pdf.set_text_color(*red)
            pdf.text(tx + 90, y + 80, f"brutto {shown[1]}")
            black(pdf)
            truth.products.append(product(name, [code], shown, page, sizes=[imprint]))
            y += 118 if page == 1 else 110
            rule(pdf, y - 12, 215, 36, pdf.w - 36)
        if page == 2:
            y += 8
            pdf.set_font(F, "B", 12)
            pdf.text(36, y, "Akcesoria")
            y += 20
            cols = ((40, "l"), (110, "l"), (370, "r"), (460, "r"), (550, "r"))
            band(pdf, 36, y - 11, pdf.w - 72, 15, 228)
            pdf.set_font(F, "B", 7.5)
            cells(pdf, y, cols, ["Kod", "Nazwa", "Poj.", "Cena netto", "Cena brutto"])
            pdf.set_font(F, "", 8.5)
            for code, name, capacity, netto, brutto in INKS:
                y += 16
                shown = [zloty(netto), zloty(brutto)]
                cells(pdf, y, cols, [code, name, capacity or "–", *shown])
                rule(pdf, y + 5, 220, 36, pdf.w - 36)
                sizes = [capacity] if capacity else []
                truth.products.append(product(name, [code], shown, page, sizes=sizes))
            y += 30
            band(pdf, 36, y, pdf.w - 72, 52, 242)
            pdf.set_font(F, "B", 8.5)
            pdf.text(46, y + 15, "Usługi")
            pdf.set_font(F, "", 7.5)
            services = (
                "Projekt graficzny z logo: 30,00 zł  ·  Realizacja ekspresowa w 1 godzinę: "
                "+20,00 zł  ·  Wysyłka kurierem: 15,00 zł (gratis od 150 zł)  ·  Wymiana gumki "
                "tekstowej w posiadanej obudowie: 25,00 zł. Wzór odcisku wysyłamy do akceptacji."
            )
            lines(pdf, 46, y + 29, pdf.w - 100, services, 10)
        folio(pdf, F, "STEMPEL-EXPRES s.c.  ·  NIP 584-102-33-71", f"str. {page}/2", 36)
    return pdf


PIM = (  # title, brand, category, content, list, sale, band, description
    (
        "Enamelled Cast Iron Casserole 24 cm",
        "Kestrel",
        "Cookware > Casseroles",
        "4.2 l",
        89.00,
        74.00,
        "C (GBP 6.95)",
        "Heavy enamelled cast iron with a self-basting lid; oven safe to 250 C; all hobs.",
    ),
    (
        "Tri-Ply Stainless Saucepan 18 cm",
        "Kestrel",
        "Cookware > Saucepans",
        "2.0 l",
        52.00,
        None,
        "B (GBP 4.95)",
        "Aluminium core between two layers of 18/10 stainless steel; riveted handle.",
    ),
    (
        "Carbon Steel Wok 32 cm",
        "Kestrel Pro",
        "Cookware > Woks",
        "n/a",
        38.50,
        None,
        "B (GBP 4.95)",
        "Pre-seasoned 1.6 mm carbon steel, flat base for induction, beech handle.",
    ),
    (
        "Non-Stick Frying Pan Set of 2",
        "Kestrel",
        "Cookware > Frying pans",
        "n/a",
        45.00,
        36.00,
        "B (GBP 4.95)",
        "20 cm and 28 cm pans with a three-layer PFAS-free coating. Dishwasher safe.",
    ),
    (
        "Glass Storage Jar with Oak Lid",
        "Kestrel Home",
        "Storage > Jars",
        "1.2 l",
        14.00,
        None,
        "A (GBP 3.50)",
        "Borosilicate glass, airtight silicone seal, FSC oak lid.",
    ),
    (
        "Digital Kitchen Scale",
        "Kestrel Home",
        "Tools > Scales",
        "n/a",
        24.99,
        19.99,
        "A (GBP 3.50)",
        "Weighs to 5 kg in 1 g steps; tare and unit buttons; two AAA batteries included.",
    ),
    (
        "Olive Wood Spatula Trio",
        "Kestrel Home",
        "Tools > Utensils",
        "n/a",
        18.00,
        None,
        "A (GBP 3.50)",
        "Three spatulas cut from one piece of olive wood; hand wash, oil occasionally.",
    ),
    (
        "Stainless Steel Stockpot 28 cm",
        "Kestrel Pro",
        "Cookware > Stockpots",
        "11.5 l",
        79.00,
        None,
        "C (GBP 6.95)",
        "Capsule base, measuring marks inside, glass lid with steam vent.",
    ),
    (
        "Ceramic Baking Dish 30 x 20 cm",
        "Kestrel",
        "Bakeware > Dishes",
        "2.4 l",
        27.00,
        22.00,
        "B (GBP 4.95)",
        "Stoneware with a reactive glaze; freezer, oven and microwave safe.",
    ),
    (
        "Cast Iron Griddle Pan 26 cm",
        "Kestrel",
        "Cookware > Griddles",
        "n/a",
        49.00,
        None,
        "C (GBP 6.95)",
        "Square ridged griddle with pouring lips on two sides; pre-seasoned.",
    ),
)


def pimsheet(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("pim-export-marketplace-uk-20270114.txt", A4)
    per_page = 5
    total = len(PIM)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font(C, "", 7.5)
        grey(pdf, 80)
        pdf.text(40, 30, "pim-export-marketplace-uk-20270114.txt")
        right(pdf, pdf.w - 40, 30, f"Page {page} of 2")
        black(pdf)
        y = 58
        if page == 1:
            pdf.set_font(C, "B", 9)
            pdf.text(40, y, "KESTREL KITCHENWARE LTD - PRODUCT DATA EXPORT")
            pdf.set_font(C, "", 8)
            header = (
                "channel ....... Marketplace UK (en-GB, GBP, prices inc VAT)",
                "generated ..... 2027-01-14 09:12:44 UTC by feed-runner 4.2",
                "filter ........ status = active AND category IN (Cookware/*, Storage/*,",
                "                Tools/*, Bakeware/*)",
                f"records ....... {total}",
            )
            for line in header:
                y += 11
                pdf.text(40, y, line)
            y += 14
        for index in range((page - 1) * per_page, page * per_page):
            title, brand, category, content, list_price, sale, ship, description = PIM[index]
            sku = f"KK-{words.rng.randrange(1000, 9999)}-{words.rng.choice('ABCDEFGH')}"
            gtin = ean(words, "50601")
            stock = words.rng.randrange(4, 400)
            y += 10
            pdf.set_font(C, "B", 8)
            dashes = "-" * 70
            pdf.text(40, y, f"----- record {index + 1:04d} / {total:04d} {dashes}"[:86])
            list_shown = f"GBP {list_price:.2f}"
            sale_shown = f"GBP {sale:.2f}" if sale is not None else "-"
            fields = (
                ("title", title),
                ("brand", brand),
                ("sku", sku),
                ("gtin", gtin),
                ("category", category),
                ("net_content", content),
                ("list_price", list_shown),
                ("sale_price", sale_shown),
                ("shipping_band", ship),
                ("stock", str(stock)),
            )
            pdf.set_font(C, "", 7.5)
            for label, value in fields:
                y += 9.6
                pdf.text(40, y, f"{label} {'.' * (16 - len(label))} {value}")
            y += 9.6
            pdf.text(40, y, "description ..... ")
            y = lines(
                pdf, 40 + pdf.get_string_width("description ..... "), y, 330, description, 9.6
            )
            prices = [list_shown] + ([sale_shown] if sale is not None else [])
            sizes = [content] if content != "n/a" else []
            truth.products.append(product(title, [sku, gtin], prices, page, sizes=sizes))
        y += 10
        pdf.set_font(C, "", 8)
        pdf.text(40, y, f"----- end of page {page} {'-' * 60}"[:86])
    return pdf


KITS = (  # page, maker, name, scale, parts, code, skill, price, new tooling
    (1, "AEROFORGE", "Supermarine Spitfire Mk.IXc", "1:72", 112, "AF-07214", 2, 18.99, False),
    (1, "AEROFORGE", "de Havilland Mosquito FB.VI", "1:48", 246, "AF-04831", 4, 54.99, True),
    (1, "KESTREL KITS", "Hawker Hurricane Mk.I", "1:72", 86, "KK-72016", 2, 14.99, False),
    (1, "KESTREL KITS", "Avro Lancaster B.III", "1:72", 318, "KK-72210", 4, 62.99, False),
    (1, "MARITIMA", "HMS Belfast 1942", "1:350", 520, "MA-35011", 5, 89.99, True),
    (1, "MARITIMA", "Type VIIC U-boat", "1:144", 74, "MA-14402", 2, 24.99, False),
    (2, "ROADCRAFT", "Land Rover Series III 109", "1:35", 212, "RC-35109", 3, 39.99, False),
    (2, "ROADCRAFT", "Mini Cooper S 1965", "1:24", 138, "RC-24065", 3, 27.99, True),
    (2, "ROADCRAFT", "Routemaster RM Bus", "1:76", 96, "RC-76001", 2, 21.99, False),
    (2, "AEROFORGE", "Bell UH-1D Iroquois", "1:48", 188, "AF-04812", 3, 42.99, False),
    (2, "KESTREL KITS", "Sopwith Camel F.1", "1:32", 104, "KK-32003", 4, 36.99, False),
    (2, "MARITIMA", "Cutty Sark 1869", "1:96", 440, "MA-09601", 5, 119.00, False),
)
KIT_COPY = {
    "AEROFORGE": "Crisp recessed panel lines, clear parts for the canopy, decals for three "
    "schemes.",
    "KESTREL KITS": "Classic tooling, refreshed with new decals and a colour painting guide.",
    "MARITIMA": "Photo-etched railings and a display stand included in the box.",
    "ROADCRAFT": "Detailed engine and interior, rubber tyres, printed number plates.",
}
SUNDRIES = (
    ("Acrylic starter set, 12 colours", "PT-1200", 16.50),
    ("Extra thin polystyrene cement", "GL-0030", 5.25),
    ("Precision sprue cutter", "TL-0101", 11.95),
)


def ribbon(pdf: FPDF, x: float, y: float, text: str) -> None:
    """A diagonal band across the photo's top-left corner, the scale printed along it."""
    with pdf.rotation(45, x + 26, y + 26):
        fill(pdf, (200, 30, 40))
        pdf.rect(x - 14, y + 18, 80, 15, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(H, "B", 9)
        centre(pdf, x + 26, y + 29, text)
    black(pdf)


def modelkits(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Hangar Nine Models - New Kits Spring 2027", A4)
    for page in (1, 2):
        pdf.add_page()
        fill(pdf, (30, 34, 40))
        pdf.rect(0, 0, pdf.w, 70, style="F")
        pdf.set_text_color(250, 200, 60)
        pdf.set_font(H, "B", 22)
        pdf.text(36, 38, "HANGAR NINE MODELS")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(H, "", 9)
        pdf.text(36, 56, "New kits & re-releases  ·  Spring 2027" if page == 1 else "Continued")
        right(pdf, pdf.w - 36, 38, "Mail order 01332 555 090")
        right(pdf, pdf.w - 36, 52, "Unit 4, Osmaston Road, Derby DE23 8LG")
        black(pdf)
        kits = [k for k in KITS if k[0] == page]
        for slot, (_, maker, name, scale, parts, code, skill, price, new) in enumerate(kits):
            x = 36 + (slot % 3) * 178
            y = 86 + (slot // 3) * 300
            pdf.set_draw_color(200, 200, 200)
            pdf.rect(x, y, 166, 284)
            pdf.image(photo(25300 + page * 10 + slot, (200, 150)), x=x + 1, y=y + 1, w=164, h=122)
            ribbon(pdf, x, y, scale)
            if new:
                fill(pdf, (250, 200, 60))
                pdf.rect(x + 98, y + 106, 64, 14, style="F")
                pdf.set_font(H, "B", 7)
                centre(pdf, x + 130, y + 116, "NEW TOOL")
            pdf.set_font(H, "B", 7)
            grey(pdf, 110)
            pdf.text(x + 8, y + 140, maker)
            black(pdf)
            pdf.set_font(H, "B", 11)
            ty = lines(pdf, x + 8, y + 156, 150, name, 13)
            pdf.set_font(H, "", 8)
            pdf.text(x + 8, ty + 2, f"{scale} scale  ·  {parts} parts")
            grey(pdf, 90)
            pdf.text(x + 8, ty + 14, f"Kit {code}")
            black(pdf)
            pdf.set_font(H, "I", 7.5)
            lines(pdf, x + 8, ty + 32, 150, KIT_COPY[maker], 9.5)
            pdf.set_font(H, "", 7)
            pdf.text(x + 8, y + 236, "Skill")
            pdf.set_draw_color(60, 60, 60)
            for k in range(5):
                fill(pdf, (60, 60, 60) if k < skill else (255, 255, 255))
                pdf.rect(x + 30 + k * 9, y + 229, 7, 7, style="DF")
            shown = pounds(price)
            pdf.set_font(H, "B", 16)
            right(pdf, x + 158, y + 270, shown)
            truth.products.append(product(name, [code], [shown], page, sizes=[scale]))
        if page == 2:
            y = 700
            band(pdf, 36, y, pdf.w - 72, 18, 40)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font(H, "B", 9)
            pdf.text(44, y + 13, "Paints, glues & tools")
            black(pdf)
            pdf.set_font(H, "", 9)
            y += 8
            for name, code, price in SUNDRIES:
                y += 22
                pdf.text(44, y, name)
                grey(pdf, 90)
                pdf.text(300, y, code)
                black(pdf)
                right(pdf, pdf.w - 44, y, pounds(price))
                rule(pdf, y + 6, 220, 36, pdf.w - 36)
                truth.products.append(product(name, [code], [pounds(price)], page))
        folio(pdf, H, "Postage £3.95, free over £50  ·  hangarnine.co.uk", str(page), 36)
    return pdf


# === non-catalogs ==============================================================================

ORDER_LINES = (  # name, option, qty, unit price
    ("Linen Duvet Cover Set, King", "Colour: Sage", 1, 95.00),
    ("Waffle Bath Towel", "Colour: Oat", 2, 22.00),
    ("Stoneware Table Lamp", "Shade: Natural linen", 1, 68.00),
    ("Wool Throw, Herringbone", "Colour: Charcoal", 1, 54.00),
)


def ordermail(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Your Fernbrook order FB-118204 is confirmed", A4)
    pdf.add_page()
    pdf.set_font(H, "", 7.5)
    grey(pdf, 90)
    pdf.text(40, 26, "14/01/2027, 18:42")
    right(pdf, pdf.w - 40, 26, "Mail - Your Fernbrook order FB-118204 is confirmed")
    black(pdf)
    head = (
        ("From:", "Fernbrook Home <orders@fernbrookhome.co.uk>"),
        ("Sent:", "Thursday, 14 January 2027 18:41"),
        ("To:", "Sarah Whitfield <sarah.whitfield@example.co.uk>"),
        ("Subject:", "Your Fernbrook order FB-118204 is confirmed"),
    )
    y = 50
    for label, value in head:
        pdf.set_font(H, "B", 8.5)
        pdf.text(40, y, label)
        pdf.set_font(H, "", 8.5)
        pdf.text(96, y, value)
        y += 13
    rule(pdf, y - 4, 170, 40, pdf.w - 40)
    x0, width = 110, 375
    y += 20
    pdf.set_font(T, "B", 20)
    centre(pdf, x0 + width / 2, y, "FERNBROOK")
    y += 30
    pdf.set_font(H, "B", 13)
    pdf.text(x0, y, "Thanks for your order, Sarah!")
    pdf.set_font(H, "", 8.5)
    y = lines(
        pdf,
        x0,
        y + 18,
        width,
        "We've received your order and will e-mail you again when it leaves our warehouse. "
        "Order number FB-118204, placed 14 January 2027.",
        12,
    )
    y += 8
    subtotal = 0.0
    for k, (name, option, qty, price) in enumerate(ORDER_LINES):
        pdf.image(photo(25400 + k, (90, 90)), x=x0, y=y, w=54, h=54)
        pdf.set_font(H, "B", 9)
        pdf.text(x0 + 66, y + 14, name)
        pdf.set_font(H, "", 8)
        grey(pdf, 90)
        pdf.text(x0 + 66, y + 28, option)
        pdf.text(x0 + 66, y + 40, f"Qty {qty}")
        black(pdf)
        pdf.set_font(H, "B", 9)
        right(pdf, x0 + width, y + 14, pounds(price * qty))
        subtotal += price * qty
        y += 64
        rule(pdf, y - 5, 225, x0, x0 + width)
    summary = (
        ("Subtotal", pounds(subtotal)),
        ("Discount (WELCOME10)", "-" + pounds(subtotal * 0.1)),
        ("Delivery (standard, 3-5 working days)", pounds(4.95)),
        ("Total paid (Visa ending 4417)", pounds(subtotal * 0.9 + 4.95)),
    )
    y += 8
    for label, value in summary:
        pdf.set_font(H, "B" if label.startswith("Total") else "", 9)
        pdf.text(x0 + 120, y, label)
        right(pdf, x0 + width, y, value)
        y += 15
    y += 12
    pdf.set_font(H, "B", 9)
    pdf.text(x0, y, "Delivering to")
    pdf.text(x0 + 200, y, "Returns")
    pdf.set_font(H, "", 8)
    for k, line in enumerate(("Sarah Whitfield", "27 Orchard Close", "Harrogate", "HG2 8JW")):
        pdf.text(x0, y + 14 + k * 11, line)
    lines(
        pdf,
        x0 + 200,
        y + 14,
        175,
        "Changed your mind? Return unused items within 30 days for a refund; "
        "bedding must be in its original packaging.",
        11,
    )
    pdf.set_font(H, "", 7)
    grey(pdf, 110)
    centre(pdf, x0 + width / 2, y + 80, "Fernbrook Home Ltd, 4 Mill Yard, Leeds LS9 8AB")
    centre(pdf, x0 + width / 2, y + 90, "Unsubscribe  ·  Privacy  ·  Help centre")
    black(pdf)
    return pdf


HALL_ROWS = "ABCD"
EXHIBITORS = (  # stand, company, categories
    ("A02", "Northwind Packaging", "Corrugated boxes, mailers"),
    ("A05", "Brightline Labels", "Labels, label printers"),
    ("A09", "Corvid Robotics", "Palletising robots"),
    ("B01", "Harlow Conveyors", "Belt and roller conveyors"),
    ("B04", "Pellucid Films", "Stretch and shrink film"),
    ("B07", "Tessera Scales", "Checkweighers, scales"),
    ("C03", "Graymoor Pallets", "Timber and plastic pallets"),
    ("C06", "Ostrava Strapping", "PET strapping tools"),
    ("C10", "Quayside Logistics", "Contract packing"),
    ("D02", "Veritas Inspection", "X-ray, metal detection"),
    ("D05", "Fenwick Fillers", "Liquid filling machines"),
    ("D08", "Lumen Print Systems", "Coders, inkjet printers"),
)


def floorplan(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("PackExpo North 2027 - Hall 2 floor plan", A4_LANDSCAPE)
    pdf.add_page()
    pdf.set_font(H, "B", 16)
    pdf.text(36, 40, "PackExpo North 2027  ·  Hall 2")
    pdf.set_font(H, "", 8.5)
    pdf.text(36, 55, "Manchester Central, 9-11 March 2027  ·  Floor plan and exhibitor list, v7")
    right(pdf, pdf.w - 36, 40, "Plan not to scale. Stand numbers as allocated at 4 January.")
    rule(pdf, 64, 120, 36, pdf.w - 36)
    names = {stand: company for stand, company, _ in EXHIBITORS}
    x0, y0, sw, sh = 40, 90, 44, 40
    pdf.set_draw_color(80, 80, 80)
    pdf.rect(x0 - 6, y0 - 6, 10 * sw + 48, 4 * (sh * 2 + 18) - 6)
    for r, row in enumerate(HALL_ROWS):
        for c in range(1, 11):
            stand = f"{row}{c:02d}"
            x = x0 + (c - 1) * sw
            y = y0 + r * (sh * 2 + 18)
            taken = stand in names
            fill(pdf, (214, 232, 246) if taken else (246, 246, 246))
            pdf.rect(x, y, sw - 2, sh * 2 - 4, style="DF")
            pdf.set_font(H, "B", 6.5)
            pdf.text(x + 3, y + 9, stand)
            if taken:
                pdf.set_font(H, "", 5)
                lines(pdf, x + 3, y + 24, sw - 8, names[stand], 6.5)
        pdf.set_font(H, "I", 6)
        grey(pdf, 120)
        pdf.text(x0 + 10 * sw + 4, y0 + r * (sh * 2 + 18) + 40, f"Aisle {row}")
        black(pdf)
    pdf.set_font(H, "B", 7)
    pdf.text(x0, 486, "ENTRANCE  ->")
    pdf.text(x0 + 200, 486, "Café & seminar theatre")
    pdf.text(x0 + 380, 486, "Fire exit")
    pdf.set_font(H, "", 7)
    fill(pdf, (214, 232, 246))
    pdf.rect(x0, 500, 10, 8, style="DF")
    pdf.text(x0 + 14, 507, "Booked")
    fill(pdf, (246, 246, 246))
    pdf.rect(x0 + 60, 500, 10, 8, style="DF")
    pdf.text(x0 + 74, 507, "Available: ask the sales team")
    cols = ((544, "l"), (574, "l"), (688, "l"))
    y = 92
    pdf.set_font(H, "B", 7.5)
    cells(pdf, y, cols, ["Stand", "Exhibitor", "Showing"])
    rule(pdf, y + 4, 120, 540, pdf.w - 36)
    pdf.set_font(H, "", 7.5)
    for stand, company, categories in sorted(EXHIBITORS, key=lambda e: e[1]):
        y += 14
        cells(pdf, y, cols, [stand, company, categories])
        rule(pdf, y + 4, 225, 540, pdf.w - 36)
    y += 30
    band(pdf, 540, y, pdf.w - 576, 66, 240)
    pdf.set_font(H, "B", 8.5)
    pdf.text(548, y + 15, "Remaining space - rates")
    pdf.set_font(H, "", 7.5)
    rates = (
        "Shell scheme £395 per m² (walls, fascia, two spots, one socket). Space only £345 per "
        "m², minimum 18 m². Corner stands add 10%. All rates exclude VAT and the £120 "
        "exhibitor insurance. Contact the sales team on 0161 555 0148."
    )
    lines(pdf, 548, y + 29, pdf.w - 592, rates, 10)
    folio(pdf, H, "PackExpo North Ltd  ·  Organiser's plan, subject to change", "Hall 2", 36)
    return pdf


BID_ITEMS = (  # item, qty, supplier unit prices (A, B, C)
    ("Combination oven, 10 x GN 1/1, electric", 1, (8450.00, 7990.00, 8725.00)),
    ("Induction range, 4 zones, with oven", 1, (5120.00, 5380.00, 4995.00)),
    ("Tilting bratt pan, 80 l", 1, (6240.00, 6015.00, 6400.00)),
    ("Undercounter dishwasher, 500 mm basket", 2, (2180.00, 2245.00, 2060.00)),
    ("Upright fridge, 600 l, stainless", 2, (1495.00, 1410.00, 1525.00)),
    ("Stainless worktable with undershelf, 1800 mm", 4, (385.00, 362.00, 399.00)),
    ("Extraction canopy, 3.6 m, with filters", 1, (4860.00, 5125.00, 4790.00)),
    ("Installation, commissioning and training", 1, (2400.00, 1950.00, 2750.00)),
)


def bidsheet(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Quotation evaluation - kitchen equipment", A4_LANDSCAPE)
    pdf.add_page()
    pdf.set_font(H, "B", 13)
    pdf.text(36, 40, "Riverside Primary School  ·  Kitchen refurbishment, phase 2")
    pdf.set_font(H, "", 8.5)
    pdf.text(36, 55, "Evaluation of quotations for catering equipment  ·  RFQ ref. RPS/KIT/2027/03")
    right(pdf, pdf.w - 36, 40, "Prepared by: School Business Manager")
    right(pdf, pdf.w - 36, 55, "Quotations opened 20 January 2027")
    rule(pdf, 64, 100, 36, pdf.w - 36)
    suppliers = ("Caterquip Ltd", "Northern Catering Supplies", "Stainless Solutions")
    cols = ((40, "l"), (300, "r"), (400, "r"), (470, "r"), (560, "r"), (630, "r"), (720, "r"))
    cols += ((790, "r"),)
    y = 90
    pdf.set_font(H, "B", 7.5)
    for k, supplier in enumerate(suppliers):
        centre(pdf, 365 + k * 160 + 5, y - 12, supplier)
    cells(
        pdf, y, cols, ["Item", "Qty", "Unit £", "Total £", "Unit £", "Total £", "Unit £", "Total £"]
    )
    rule(pdf, y + 4, 100, 36, pdf.w - 36)
    totals = [0.0, 0.0, 0.0]
    for item, qty, units in BID_ITEMS:
        y += 16
        lowest = min(units)
        pdf.set_font(H, "", 8)
        pdf.text(40, y, item)
        right(pdf, 300, y, str(qty))
        for k, unit in enumerate(units):
            pdf.set_font(H, "B" if unit == lowest else "", 8)
            right(pdf, 400 + k * 160, y, f"{unit:,.2f}")
            right(pdf, 470 + k * 160, y, f"{unit * qty:,.2f}")
            totals[k] += unit * qty
        rule(pdf, y + 5, 220, 36, pdf.w - 36)
    y += 18
    pdf.set_font(H, "B", 8.5)
    pdf.text(40, y, "Total quoted (ex VAT)")
    for k, total in enumerate(totals):
        right(pdf, 470 + k * 160, y, f"{total:,.2f}")
    rule(pdf, y + 5, 100, 36, pdf.w - 36)
    y += 34
    pdf.set_font(H, "B", 10)
    pdf.text(40, y, "Weighted evaluation")
    y += 16
    criteria = (
        (
            "Price (lowest total scores 60)",
            60,
            tuple(round(60 * min(totals) / t, 1) for t in totals),
        ),
        ("Delivery and installation programme", 20, (16, 18, 12)),
        ("Warranty and service response", 15, (12, 13, 14)),
        ("Social value / local supplier", 5, (3, 5, 2)),
    )
    ecols = ((40, "l"), (300, "r"), (470, "r"), (630, "r"), (790, "r"))
    pdf.set_font(H, "B", 7.5)
    cells(pdf, y, ecols, ["Criterion", "Weight", *suppliers])
    rule(pdf, y + 4, 120, 36, pdf.w - 36)
    pdf.set_font(H, "", 8)
    sums = [0.0, 0.0, 0.0]
    for label, weight, scores in criteria:
        y += 14
        cells(pdf, y, ecols, [label, str(weight), *[f"{s:g}" for s in scores]])
        sums = [a + b for a, b in zip(sums, scores, strict=True)]
    y += 16
    pdf.set_font(H, "B", 8.5)
    cells(pdf, y, ecols, ["Total score", "100", *[f"{s:.1f}" for s in sums]])
    y += 28
    pdf.set_font(H, "", 8.5)
    text = (
        "Recommendation: award the contract to Northern Catering Supplies, the lowest total "
        "and the highest weighted score, subject to the governors' finance committee approving "
        "the spend above the £25,000 threshold. Prices are fixed for 60 days from the date of "
        "quotation. Caterquip's quotation excluded removal of the old equipment."
    )
    y = lines(pdf, 40, y, pdf.w - 80, text, 12)
    y += 24
    for k, role in enumerate(("School Business Manager", "Head Teacher", "Chair of Finance")):
        pdf.line(40 + k * 260, y, 240 + k * 260, y)
        pdf.set_font(H, "", 7.5)
        pdf.text(40 + k * 260, y + 10, f"{role}    Date")
    folio(pdf, H, "Confidential: commercially sensitive until award", "1 of 1", 36)
    return pdf


SIZE_CHART = (  # UK size, bust, waist, hip (cm)
    ("6", 78, 60, 86),
    ("8", 82, 64, 90),
    ("10", 87, 69, 95),
    ("12", 92, 74, 100),
    ("14", 97, 79, 105),
    ("16", 103, 85, 111),
    ("18", 109, 91, 117),
)
FIT_NOTES = (  # style no., style, fit, model wears, note
    ("24-1187", "Linen overshirt", "Relaxed", "UK 10", "Size down for a closer fit."),
    ("24-1203", "Wide-leg trousers", "Regular", "UK 10", "High rise; inside leg 78 cm (regular)."),
    ("24-1231", "Merino crew jumper", "Slim", "UK 8", "Fine knit; runs small across the shoulder."),
    ("24-1250", "Cotton shirt dress", "Relaxed", "UK 10", "Length 112 cm in a UK 10."),
    ("24-1266", "Wool blend coat", "Oversized", "UK 8", "Room for a jumper; size down if between."),
    ("24-1272", "Jersey wrap top", "Regular", "UK 12", "Ties at the side; true to size."),
)


def sizeguide(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Marlowe & Sage - Size and fit guide", A4)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font(T, "", 22)
        pdf.text(50, 60, "MARLOWE & SAGE")
        pdf.set_font(H, "", 9)
        grey(pdf, 90)
        right(pdf, pdf.w - 50, 60, "Size & fit guide  ·  Women's")
        black(pdf)
        rule(pdf, 72, 60, 50, pdf.w - 50)
        if page == 1:
            pdf.set_font(H, "B", 11)
            pdf.text(50, 100, "Body measurements")
            cols = ((56, "l"), (140, "r"), (200, "r"), (260, "r"), (320, "r"), (380, "r"))
            cols += ((440, "r"),)
            y = 124
            band(pdf, 50, y - 11, 400, 15, 230)
            pdf.set_font(H, "B", 7.5)
            cells(pdf, y, cols, ["UK size", "Bust cm", "in", "Waist cm", "in", "Hip cm", "in"])
            pdf.set_font(H, "", 8.5)
            for size, bust, waist, hip in SIZE_CHART:
                y += 16
                inch = [f"{v / 2.54:.1f}" for v in (bust, waist, hip)]
                cells(
                    pdf, y, cols, [size, str(bust), inch[0], str(waist), inch[1], str(hip), inch[2]]
                )
                rule(pdf, y + 5, 220, 50, 450)
            # the how-to-measure figure: a dress-form outline with three measuring lines
            fx, fy = 470, 120
            pdf.set_draw_color(60, 60, 60)
            pdf.set_line_width(0.8)
            outline = [(fx + 20, fy), (fx + 50, fy), (fx + 62, fy + 40), (fx + 54, fy + 80)]
            outline += [
                (fx + 66, fy + 130),
                (fx + 4, fy + 130),
                (fx + 16, fy + 80),
                (fx + 8, fy + 40),
            ]
            pdf.polygon(outline)
            pdf.set_line_width(0.3)
            pdf.set_draw_color(200, 60, 60)
            for ly, label in ((fy + 40, "A"), (fy + 80, "B"), (fy + 118, "C")):
                pdf.line(fx + 2, ly, fx + 68, ly)
                pdf.set_font(H, "B", 8)
                pdf.text(fx + 72, ly + 3, label)
            black(pdf)
            y += 40
            pdf.set_font(H, "B", 11)
            pdf.text(50, y, "How to measure")
            pdf.set_font(H, "", 9)
            steps = [
                "A  Bust: measure around the fullest part of your chest, keeping the tape level.",
                "B  Waist: measure around your natural waistline, the narrowest part.",
                "C  Hip: stand with your feet together and measure around the fullest part.",
                "If you are between sizes, choose the larger size for a relaxed fit and the "
                "smaller for a closer one. Measure over underwear, not clothes.",
            ]
            y = prose(pdf, 50, y + 18, pdf.w - 100, steps, 13)
            y += 10
            pdf.set_font(H, "B", 11)
            pdf.text(50, y, "International sizes")
            y += 20
            icols = ((56, "l"), *((140 + k * 50, "r") for k in range(7)))
            pdf.set_font(H, "", 8.5)
            for label, values in (
                ("UK", ("6", "8", "10", "12", "14", "16", "18")),
                ("EU", ("34", "36", "38", "40", "42", "44", "46")),
                ("US", ("2", "4", "6", "8", "10", "12", "14")),
                ("AU", ("6", "8", "10", "12", "14", "16", "18")),
            ):
                cells(pdf, y, icols, [label, *values])
                rule(pdf, y + 5, 220, 50, 450)
                y += 16
            pdf.image(photo(25500, (300, 150)), x=50, y=y + 20, w=300, h=150)
            pdf.set_font(H, "I", 8)
            grey(pdf, 90)
            caption = "Our model is 175 cm tall and wears a UK 10 in the Linen overshirt."
            pdf.text(50, y + 184, caption)
            black(pdf)
        else:
            pdf.set_font(H, "B", 11)
            pdf.text(50, 100, "Fit by style: this season's pieces")
            cols = ((56, "l"), (116, "l"), (250, "l"), (310, "l"), (370, "l"))
            y = 124
            band(pdf, 50, y - 11, pdf.w - 100, 15, 230)
            pdf.set_font(H, "B", 7.5)
            cells(pdf, y, cols, ["Style no.", "Style", "Fit", "Model wears", "Notes"])
            pdf.set_font(H, "", 8.5)
            for row in FIT_NOTES:
                y += 18
                cells(pdf, y, cols, list(row))
                rule(pdf, y + 6, 220, 50, pdf.w - 50)
            y += 40
            pdf.set_font(H, "B", 11)
            pdf.text(50, y, "Trouser inside leg (cm)")
            y += 20
            lcols = ((56, "l"), (160, "r"), (240, "r"), (320, "r"))
            pdf.set_font(H, "B", 7.5)
            cells(pdf, y, lcols, ["Length", "UK 6-10", "UK 12-14", "UK 16-18"])
            pdf.set_font(H, "", 8.5)
            for label, values in (
                ("Petite", ("71", "72", "73")),
                ("Regular", ("78", "79", "80")),
                ("Long", ("84", "85", "86")),
            ):
                y += 16
                cells(pdf, y, lcols, [label, *values])
            y += 40
            pdf.set_font(H, "", 9)
            text = (
                "Our models are between 172 and 178 cm tall. Garment measurements are taken "
                "flat and may vary by up to 1 cm. Still unsure? Our stylists answer fit "
                "questions by chat, seven days a week, and exchanges are free within 28 days."
            )
            lines(pdf, 50, y, pdf.w - 100, text, 13)
        folio(pdf, H, "marloweandsage.com/size-guide", f"{page} / 2", 50)
    return pdf


# === the batch =================================================================================

BLIND_25 = ("pinboard", "strings", "caravans", "supplements", "pieczatki", "pimsheet")
BLIND_25 += ("modelkits",)
BLIND_25_NON_CATALOGS = ("ordermail", "floorplan", "bidsheet", "sizeguide")
LAYOUTS_25 = BLIND_25 + BLIND_25_NON_CATALOGS
SCAN_DPI_25 = {"pinboard": 200, "strings": 250, "caravans": 150, "supplements": 250}
SCAN_DPI_25 |= {"pieczatki": 200, "pimsheet": 200, "modelkits": 200}
SCAN_DPI_25 |= {"ordermail": 150, "floorplan": 250, "bidsheet": 200, "sizeguide": 200}
LANGUAGE_25 = {"pieczatki": "pl"}
LOCALES_25 = {"en": "en_GB", "pl": "pl_PL"}
SEED_25 = 25000
MAKERS_25: dict[str, Callable[[Words, Truth], FPDF]] = {
    "pinboard": pinboard,
    "strings": strings,
    "caravans": caravans,
    "supplements": supplements,
    "pieczatki": pieczatki,
    "pimsheet": pimsheet,
    "modelkits": modelkits,
    "ordermail": ordermail,
    "floorplan": floorplan,
    "bidsheet": bidsheet,
    "sizeguide": sizeguide,
}

# registered beside the earlier batches, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["25"] = Batch(
    LAYOUTS_25, BLIND_25, MAKERS_25, SEED_25, LANGUAGE_25, LOCALES_25, SCAN_DPI_25
)
