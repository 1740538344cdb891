"""Blind batch 10: consumer and retail catalogs written WITHOUT reading the product engine's rules.

Bench figures, never test floors: only ``bench/quality.py --layouts blind10`` writes them, and
the batch is meant to be scored ONCE, at the end, as an honest estimate on catalogs nobody tuned
on. Nobody who wrote it read ``pdfqueue.engines.catalog*``, ``layout*`` or ``ocr*``, nor ran the
engine on it; its forms are unlike every earlier batch's (1-9): shop flyers, counters and
mail-order pages as retailers print them for their customers.

What counts as a product (what a careful human labeller would list): a thing the document
offers, ONCE, named as printed; its codes, prices and sizes as printed (prices in printed
order, an offer price before the struck one it replaces). Section headings, categories, brands,
legends, multi-buy stickers ("2 for £3": an offer on a product, kept as ``deal``), column
headings, notes, totals and charges are not. Where two languages print the same item's name,
the main one is the name and the other an ``aliases`` entry. Per layout (files
``b10-<layout>``; seeds ``SEED_10`` + index):

- ``weekly``: a British supermarket's weekly flyer (A4, 3 × 3 tiles a page): a photo with a
  yellow star-shaped price burst on its corner ("£1.45"), a round "2 for £3" sticker on some
  tiles, the bold name, the pack ("4 pints"), a struck "Was £2.10" on some and a grey unit price
  ("£0.64 per litre"). A tile is a product: the burst price, then the struck one.
- ``toys``: a toy catalog (Letter, 2 × 4 a page): a photo in a rounded frame, a coloured round
  age badge ("3+" over "YRS"), the name, a short blurb, "Item No. 48213", "142 pcs" on
  construction sets, a price "$24.99". A block is a product (its item number; its pieces as size,
  the age badge kept as ``age``).
- ``drogist``: a Dutch drugstore's price list (A4, DejaVu): per product group a coloured bar,
  rows Artikelnr. | Omschrijving | Inhoud | Prijs | Prijs per stuk / 100 ml, prices "€ 4,49", a
  small red "NIEUW" tag after some descriptions. A row is a product (name its description; size its
  content "30 tabletten"; prices the price then the unit price).
- ``diy``: a DIY store's tool pages (A4): per tool a photo on the left, the bold name and code,
  a small ruled spec table (Power, Voltage, Weight, ...) in the middle, and on the right an
  orange price box ("£89" with raised ".99") and "Was £109.99" on some. A block is a product.
- ``cyklar``: a Swedish bicycle shop's catalog (A4 landscape, DejaVu, 2 × 3 a page): a photo,
  the model name in bold ("Crescent Elda 7-vxl"), "Årsmodell 2026", frame-size chips (S M L XL,
  greyed where sold out; "Onesize" on children's bikes), gears and weight, "Art.nr 1029-344",
  "12 995 kr". A card is a product (its frame sizes as sizes).
- ``pastelaria``: a Portuguese bakery and coffee-shop menu board (A4 landscape, DejaVu, a dark
  "chalkboard" page, three columns, cream lettering): section headings, items with dotted leaders
  and prices "1,20 €"; some sections have two price columns headed "mesa" and "levar" (at the
  table, to take away). Every priced item is a product (both its prices, as printed).
- ``mailorder``: a mail-order catalog (Letter): a narrow grey side column holds every item's
  ORDER CODE level with it, the main column the item's bold name, a paragraph of copy, a
  "Colours:" line and the price "$19.95"; a phone-order box. A block is a product (its code from
  the side column).
- ``stationery``: an office stationery catalog (A4, three columns, two groups a page): group
  headings, per item a photo, a bold name, "Pack of 10", colour squares each with its own code
  below ("BL 401-22"), a price "£3.49" and "per pack". An item is a product; every colour code
  is one of its codes.
- ``jewellery``: a jeweller's catalog (A4, serif, 2 × 2 a page, gold rules): a large photo,
  the name in capitals, "18 ct yellow gold · 3.2 g", a stone line ("0.25 ct diamond"), "Ref.
  R-2281", "£1,250". A piece is a product, named in capitals as printed (the metal weight its
  size).

Batch 10 non-catalogs (truth: no products): ``receipt`` (a supermarket till receipt on a narrow
paper roll: items, prices, multi-buy savings, totals, VAT, card payment), ``recall`` (a product
recall notice: the product's name, pack size, batch codes, best-before dates, barcode, what to
do), ``testreview`` (a consumer magazine's test of kettles: scores by criterion, a "Best Buy"
badge, typical prices; reviewed, not offered), ``hours`` (a store's opening-hours and services
leaflet: hours by day, services and what they cost in prose), ``survey`` (a price-comparison
survey report: a basket of named groceries priced at five supermarkets, totals, commentary).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 10 [--scanned]
"""

from __future__ import annotations

import math
from collections.abc import Callable

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo, wrap
from generate_blind import (
    A4_LANDSCAPE,
    LETTER,
    Batch,
    product,
    right,
    sized_pdf,
)
from generate_blind6 import DEJAVU, comma, strike, unicode_pdf


def centre(pdf: FPDF, x_mid: float, y: float, text: str) -> None:
    pdf.text(x_mid - pdf.get_string_width(text) / 2, y, text)


def grey(pdf: FPDF, level: int = 110) -> None:
    pdf.set_text_color(level, level, level)


def black(pdf: FPDF) -> None:
    pdf.set_text_color(0, 0, 0)


def accented_pdf(title: str, size: tuple[float, float]) -> FPDF:
    """`unicode_pdf` plus DejaVu's oblique and serif faces, for accented languages' italics."""
    pdf = unicode_pdf(title, size)
    pdf.add_font("DejaVu", "I", str(DEJAVU / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DejaVuSerif", "", str(DEJAVU / "DejaVuSerif.ttf"))
    pdf.add_font("DejaVuSerif", "B", str(DEJAVU / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DejaVuSerif", "I", str(DEJAVU / "DejaVuSerif-Italic.ttf"))
    return pdf


def leaders(pdf: FPDF, x_left: float, x_right: float, y: float) -> None:
    """Dotted leaders from `x_left` to `x_right`, as menus and price lists draw them."""
    dot = pdf.get_string_width(". ")
    count = int((x_right - x_left) / dot)
    if count > 1:
        pdf.text(x_right - count * dot, y, ". " * count)


def star(pdf: FPDF, cx: float, cy: float, outer: float, inner: float, points: int = 14) -> None:
    corners = []
    for k in range(points * 2):
        radius = outer if k % 2 == 0 else inner
        angle = math.pi * k / points
        corners.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    pdf.polygon(corners, style="F")


# === catalogs ==================================================================================

GROCERIES = (
    ("British Semi-Skimmed Milk", "4 pints", 2.272, "litre"),
    ("Free Range Large Eggs", "12 pack", 12, "each"),
    ("Wholemeal Medium Sliced Bread", "800g", 0.8, "kg"),
    ("Mature Cheddar Cheese", "400g", 0.4, "kg"),
    ("Smoked Back Bacon", "300g", 0.3, "kg"),
    ("Scottish Salmon Fillets", "2 x 120g", 0.24, "kg"),
    ("Chicken Breast Fillets", "650g", 0.65, "kg"),
    ("Beef Lean Steak Mince", "500g", 0.5, "kg"),
    ("Cherry Vine Tomatoes", "250g", 0.25, "kg"),
    ("Baby Spinach Leaves", "200g", 0.2, "kg"),
    ("Braeburn Apples", "6 pack", 6, "each"),
    ("Greek Style Natural Yoghurt", "1kg", 1.0, "kg"),
    ("Penne Pasta", "1kg", 1.0, "kg"),
    ("Basmati Rice", "2kg", 2.0, "kg"),
    ("Orange Juice with Bits", "1.75L", 1.75, "litre"),
    ("Sparkling Spring Water", "6 x 1.5L", 9.0, "litre"),
    ("Milk Chocolate Digestives", "400g", 0.4, "kg"),
    ("Sea Salt Crisps Sharing Bag", "150g", 0.15, "kg"),
)


def burst(pdf: FPDF, cx: float, cy: float, price: str) -> None:
    pdf.set_fill_color(255, 214, 0)
    star(pdf, cx, cy, 34, 27)
    pdf.set_text_color(200, 16, 46)
    pdf.set_font("Helvetica", "B", 17 if len(price) < 6 else 14)
    centre(pdf, cx, cy + 6, price)
    black(pdf)


def weekly(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("FreshWay - this week's offers", A4)
    width, height = 172.0, 232.0
    for page in (1, 2):
        pdf.add_page()
        pdf.set_fill_color(0, 122, 61)
        pdf.rect(0, 0, A4[0], 78, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 30)
        pdf.text(30, 46, "THIS WEEK'S OFFERS")
        pdf.set_font("Helvetica", "", 11)
        pdf.text(32, 66, "FreshWay  ·  Wednesday 2 to Tuesday 8 December")
        right(pdf, 565, 46, "Fresh" if page == 1 else "Cupboard")
        for index, (name, pack, amount, unit) in enumerate(GROCERIES[(page - 1) * 9 : page * 9]):
            x = 30 + (index % 3) * (width + 7.6)
            y = 92 + (index // 3) * (height + 8)
            pdf.set_draw_color(210, 210, 210)
            pdf.rect(x, y, width, height)
            pdf.image(
                photo(words.rng.randrange(10**6), (240, 160)), x=x + 6, y=y + 6, w=width - 12, h=136
            )
            normal = words.rng.randrange(90, 450) / 100
            kind = words.rng.randrange(3)  # 0: a cut price, 1: multi-buy, 2: a plain low price
            price = round(normal * 0.75, 1) - 0.01 if kind == 0 else normal
            offer = f"£{price:.2f}" if price >= 1 else f"{round(price * 100)}p"
            burst(pdf, x + width - 34, y + 34, offer)
            deal = ""
            if kind == 1:
                deal = f"2 for £{math.floor(normal * 1.7)}"
                pdf.set_fill_color(200, 16, 46)
                pdf.ellipse(x + 10, y + 92, 44, 44, style="F")
                pdf.set_text_color(255, 255, 255)
                pdf.set_font("Helvetica", "B", 9)
                centre(pdf, x + 32, y + 111, deal.rsplit(" ", 1)[0])
                pdf.set_font("Helvetica", "B", 12)
                centre(pdf, x + 32, y + 125, deal.rsplit(" ", 1)[1])
                black(pdf)
            pdf.set_font("Helvetica", "B", 11)
            lines = wrap(pdf, name, width - 16)
            for k, line in enumerate(lines):
                pdf.text(x + 8, y + 162 + k * 13, line)
            ty = y + 162 + len(lines) * 13
            pdf.set_font("Helvetica", "", 9.5)
            pdf.text(x + 8, ty, pack)
            prices = [offer]
            if kind == 0:
                was = f"£{normal:.2f}"
                pdf.set_font("Helvetica", "", 9)
                pdf.text(x + 8, ty + 16, "Was")
                pdf.set_draw_color(0, 0, 0)
                strike(pdf, x + 28, ty + 16, was)
                prices.append(was)
            per = price / amount
            grey(pdf)
            pdf.set_font("Helvetica", "", 7.5)
            pdf.text(
                x + 8, y + height - 10, f"£{per:.2f} " + (unit if unit == "each" else f"per {unit}")
            )
            black(pdf)
            extra = {"deal": deal} if deal else {}
            truth.products.append(product(name, [], prices, page, sizes=[pack], **extra))
        pdf.set_font("Helvetica", "", 7)
        grey(pdf)
        pdf.text(
            30,
            828,
            "Offers available in England, Scotland and Wales while stocks last."
            " Subject to availability. Multi-buy: cheapest item free where stated.",
        )
        black(pdf)
    return pdf


TOYS = (
    ("Wooden Stacking Rainbow", 1, ""),
    ("Pull-Along Dachshund", 1, ""),
    ("My First Tool Bench", 2, ""),
    ("Shape Sorter Post Box", 2, ""),
    ("Fire Station Playset", 3, ""),
    ("Magnetic Tile Starter Set", 3, "32 pcs"),
    ("Farmyard Animals Bucket", 3, "20 pcs"),
    ("Marble Run Adventure", 5, "142 pcs"),
    ("Harbour Crane Building Kit", 6, "388 pcs"),
    ("Remote Control Stunt Car", 6, ""),
    ("Dolls House Garden Terrace", 4, "46 pcs"),
    ("Glow-in-the-Dark Space Puzzle", 7, "500 pcs"),
    ("Junior Science Lab", 8, ""),
    ("Racing Rally Board Game", 7, ""),
    ("Build-Your-Own Robot Arm", 10, "210 pcs"),
    ("Watercolour Studio Case", 8, ""),
)

AGE_COLOURS = {1: (240, 120, 160), 2: (250, 160, 40), 3: (90, 180, 80), 4: (90, 180, 80)}


def toys(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Playtime Toy Catalog - Holiday 2026", LETTER)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_fill_color(38, 70, 160)
        pdf.rect(0, 0, LETTER[0], 56, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Times", "BI", 26)
        pdf.text(36, 38, "Playtime")
        pdf.set_font("Helvetica", "B", 12)
        right(pdf, 576, 36, "Little Ones" if page == 1 else "Builders & Explorers")
        black(pdf)
        for index, (name, age, pieces) in enumerate(TOYS[(page - 1) * 8 : page * 8]):
            x = 36 + (index % 2) * 276
            y = 74 + (index // 2) * 172
            pdf.set_draw_color(38, 70, 160)
            pdf.set_line_width(1.2)
            pdf.rect(x, y, 118, 150, style="D", round_corners=True, corner_radius=10)
            pdf.set_line_width(0.2)
            pdf.image(photo(words.rng.randrange(10**6), (120, 150)), x=x + 5, y=y + 5, w=108, h=140)
            colour = AGE_COLOURS.get(age, (60, 150, 220) if age < 8 else (150, 80, 200))
            pdf.set_fill_color(*colour)
            pdf.ellipse(x + 92, y - 8, 36, 36, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Helvetica", "B", 12)
            centre(pdf, x + 110, y + 11, f"{age}+")
            pdf.set_font("Helvetica", "B", 5.5)
            centre(pdf, x + 110, y + 19, "YRS")
            black(pdf)
            tx = x + 136
            pdf.set_font("Helvetica", "B", 11)
            lines = wrap(pdf, name, 132)
            for k, line in enumerate(lines):
                pdf.text(tx, y + 16 + k * 13, line)
            ty = y + 16 + len(lines) * 13
            pdf.set_font("Helvetica", "", 8.5)
            grey(pdf, 80)
            for k, line in enumerate(wrap(pdf, words.sentence(9), 132)[:3]):
                pdf.text(tx, ty + 4 + k * 11, line)
            black(pdf)
            item = str(words.rng.randrange(40000, 59999))
            pdf.set_font("Helvetica", "", 8)
            pdf.text(tx, y + 104, f"Item No. {item}")
            if pieces:
                pdf.text(tx, y + 116, pieces)
            price = f"${words.rng.randrange(9, 90)}.{words.rng.choice(('99', '49', '95'))}"
            pdf.set_font("Helvetica", "B", 18)
            pdf.set_text_color(200, 30, 40)
            pdf.text(tx, y + 142, price)
            black(pdf)
            sizes = [pieces] if pieces else []
            truth.products.append(product(name, [item], [price], page, sizes=sizes, age=f"{age}+"))
        pdf.set_font("Helvetica", "", 7)
        grey(pdf)
        pdf.text(
            36,
            770,
            "WARNING: CHOKING HAZARD - small parts. Not for children under 3 years"
            " where marked 3+. Call 1-800-555-0142 to order.",
        )
        right(pdf, 576, 782, str(page + 23))
        black(pdf)
    return pdf


DROGIST = (
    (
        "VITAMINES & MINERALEN",
        (
            ("Vitamine D3 25 mcg", "90 tabletten", 90, "stuk"),
            ("Magnesium citraat 400 mg", "60 tabletten", 60, "stuk"),
            ("Multivitamine 50+ compleet", "100 tabletten", 100, "stuk"),
            ("Visolie omega-3 1000 mg", "120 capsules", 120, "stuk"),
            ("Vitamine C bruistabletten sinaasappel", "20 stuks", 20, "stuk"),
            ("IJzer bisglycinaat 14 mg", "60 capsules", 60, "stuk"),
        ),
    ),
    (
        "VERZORGING",
        (
            ("Douchegel gevoelige huid", "250 ml", 250, "100 ml"),
            ("Zonnebrand spray SPF 30", "200 ml", 200, "100 ml"),
            ("Handcrème ureum 10%", "75 ml", 75, "100 ml"),
            ("Shampoo anti-roos", "300 ml", 300, "100 ml"),
            ("Deodorant roller 48 uur", "50 ml", 50, "100 ml"),
            ("Bodylotion met amandelolie", "400 ml", 400, "100 ml"),
            ("Lippenbalsem met honing", "4,8 g", 0, ""),
        ),
    ),
    (
        "MONDVERZORGING",
        (
            ("Tandpasta fluoride extra fris", "75 ml", 75, "100 ml"),
            ("Tandenborstel medium duopak", "2 stuks", 2, "stuk"),
            ("Mondspoeling zonder alcohol", "500 ml", 500, "100 ml"),
            ("Ragers 0,45 mm", "8 stuks", 8, "stuk"),
        ),
    ),
    (
        "BABY & KIND",
        (
            ("Billendoekjes sensitive", "3 x 64 stuks", 192, "stuk"),
            ("Luiers maat 4 (9-14 kg)", "44 stuks", 44, "stuk"),
            ("Babyshampoo zonder tranen", "200 ml", 200, "100 ml"),
            ("Zinkzalf", "100 ml", 100, "100 ml"),
            ("Kinderpleisters dierenprint", "20 stuks", 20, "stuk"),
        ),
    ),
)


def drogist(words: Words, truth: Truth) -> FPDF:
    pdf = accented_pdf("Drogisterij De Linde - prijslijst", A4)
    cols = (40, 96, 330, 442, 555)
    page, y = 0, 900.0
    for group, items in DROGIST:
        if y + 30 + len(items) * 18 > 790 or group == "MONDVERZORGING":  # a page per two groups
            page += 1
            pdf.add_page()
            # the footer first, while this page is current: a TTF font's text written to an
            # earlier page after later pages used the font comes out garbled in fpdf2
            pdf.set_font("DejaVu", "", 7)
            grey(pdf)
            pdf.text(
                40, 815, "Prijswijzigingen en drukfouten voorbehouden. Bestellen: 020-555 0184."
            )
            right(pdf, 555, 815, f"Pagina {page}")
            pdf.set_font("DejaVu", "B", 18)
            pdf.set_text_color(0, 110, 120)
            pdf.text(40, 54, "Drogisterij De Linde")
            black(pdf)
            pdf.set_font("DejaVu", "", 8.5)
            right(pdf, 555, 54, "Prijslijst december 2026 · prijzen incl. btw")
            pdf.set_font("DejaVu", "B", 7.5)
            grey(pdf, 70)
            pdf.text(cols[0], 86, "Artikelnr.")
            pdf.text(cols[1], 86, "Omschrijving")
            pdf.text(cols[2], 86, "Inhoud")
            right(pdf, cols[3], 86, "Prijs")
            right(pdf, cols[4], 86, "Prijs per stuk / 100 ml")
            black(pdf)
            pdf.set_draw_color(0, 110, 120)
            pdf.line(40, 91, 555, 91)
            y = 112
        pdf.set_fill_color(0, 110, 120)
        pdf.rect(40, y - 11, 515, 15, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.text(46, y, group)
        black(pdf)
        y += 20
        for name, content, amount, unit in items:
            code = str(words.rng.randrange(2000000, 2999999))
            value = words.rng.randrange(179, 2499) / 100
            price = f"€ {comma(value)}"
            pdf.set_font("DejaVuC", "", 9)
            pdf.text(cols[0], y, code)
            pdf.text(cols[1], y, name)
            if words.rng.random() < 0.15:
                tag_x = cols[1] + pdf.get_string_width(name) + 6
                pdf.set_font("DejaVu", "B", 6)
                pdf.set_text_color(220, 60, 60)
                pdf.text(tag_x, y, "NIEUW")
                black(pdf)
            pdf.set_font("DejaVuC", "", 9)
            pdf.text(cols[2], y, content)
            pdf.set_font("DejaVuC", "B", 9)
            right(pdf, cols[3], y, price)
            prices = [price]
            if unit:
                per = value / amount * (100 if unit == "100 ml" else 1)
                unit_price = f"€ {comma(per)}"
                pdf.set_font("DejaVuC", "", 8)
                grey(pdf, 90)
                right(pdf, cols[4], y, unit_price)
                black(pdf)
                prices.append(unit_price)
            pdf.set_draw_color(215, 215, 215)
            pdf.line(40, y + 5, 555, y + 5)
            truth.products.append(product(name, [code], prices, page, sizes=[content]))
            y += 18
        y += 12
    return pdf


TOOLS_DIY = (
    (
        "18V Cordless Combi Drill",
        (("Voltage", "18 V"), ("Chuck", "13 mm"), ("Torque", "55 Nm"), ("Weight", "1.6 kg")),
    ),
    (
        "Corded Hammer Drill 750W",
        (("Power", "750 W"), ("Chuck", "13 mm"), ("Speed", "0-2800 rpm"), ("Weight", "2.1 kg")),
    ),
    (
        "Cordless Jigsaw 18V",
        (("Voltage", "18 V"), ("Stroke", "22 mm"), ("Cut in wood", "100 mm"), ("Weight", "2.3 kg")),
    ),
    (
        "Random Orbit Sander 125mm",
        (("Power", "300 W"), ("Pad", "125 mm"), ("Orbit", "2.5 mm"), ("Weight", "1.4 kg")),
    ),
    (
        "Mitre Saw 210mm",
        (("Power", "1400 W"), ("Blade", "210 mm"), ("Mitre", "±47°"), ("Weight", "9.8 kg")),
    ),
    (
        "Wet & Dry Vacuum 20L",
        (("Power", "1250 W"), ("Tank", "20 L"), ("Hose", "1.9 m"), ("Weight", "5.2 kg")),
    ),
    (
        "Laser Level Cross-Line",
        (("Range", "15 m"), ("Accuracy", "±0.5 mm/m"), ("Battery", "2 x AA")),
    ),
    (
        "Pressure Washer 130 bar",
        (("Power", "1800 W"), ("Pressure", "130 bar"), ("Flow", "420 l/h"), ("Hose", "6 m")),
    ),
    (
        "Angle Grinder 115mm",
        (("Power", "850 W"), ("Disc", "115 mm"), ("Speed", "11000 rpm"), ("Weight", "1.9 kg")),
    ),
    (
        "Aluminium Step Ladder 5 Tread",
        (("Height", "1.73 m"), ("Max. load", "150 kg"), ("Weight", "5.6 kg")),
    ),
    (
        "Stud & Cable Detector",
        (("Depth", "38 mm"), ("Detects", "wood, metal, AC"), ("Battery", "9 V")),
    ),
    ("Heat Gun 2000W", (("Power", "2000 W"), ("Temp.", "50-600 °C"), ("Airflow", "500 l/min"))),
    (
        "Multi-Tool Oscillating 300W",
        (("Power", "300 W"), ("Angle", "3.2°"), ("Speed", "11000-21000 opm")),
    ),
    (
        "Tile Cutter 600mm",
        (("Cut length", "600 mm"), ("Tile depth", "12 mm"), ("Weight", "6.9 kg")),
    ),
    (
        "Workbench Folding Portable",
        (("Height", "80 cm"), ("Top", "60 x 56 cm"), ("Max. load", "100 kg")),
    ),
)


def price_box(pdf: FPDF, x: float, y: float, pounds: int, pence: str) -> None:
    """An orange box with the pounds large and the pence raised, as DIY chains print prices."""
    pdf.set_fill_color(240, 120, 0)
    pdf.rect(x, y, 96, 50, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 30)
    whole = f"£{pounds}"
    width = pdf.get_string_width(whole)
    pdf.set_font("Helvetica", "B", 14)
    start = x + (96 - width - pdf.get_string_width(pence)) / 2
    pdf.set_font("Helvetica", "B", 30)
    pdf.text(start, y + 37, whole)
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(start + width + 1, y + 23, pence)
    black(pdf)


def diy(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("BuildBase DIY - power tools", A4)
    for page in (1, 2, 3):
        pdf.add_page()
        pdf.set_fill_color(30, 30, 30)
        pdf.rect(0, 0, A4[0], 50, style="F")
        pdf.set_text_color(240, 120, 0)
        pdf.set_font("Helvetica", "B", 20)
        pdf.text(36, 33, "BUILDBASE")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "", 10)
        right(
            pdf, 559, 32, ("Drilling & Cutting", "Sanding & Cleaning", "Measuring & More")[page - 1]
        )
        black(pdf)
        for index, (name, specs) in enumerate(TOOLS_DIY[(page - 1) * 5 : page * 5]):
            y = 70 + index * 150
            pdf.set_draw_color(200, 200, 200)
            pdf.line(36, y + 140, 559, y + 140)
            pdf.image(photo(words.rng.randrange(10**6), (160, 130)), x=36, y=y + 4, w=150, h=122)
            pdf.set_font("Helvetica", "B", 12.5)
            pdf.text(200, y + 18, name)
            code = f"{words.rng.randrange(100, 999)}-{words.rng.randrange(100, 999)}"
            pdf.set_font("Helvetica", "", 8.5)
            grey(pdf, 90)
            pdf.text(200, y + 32, f"Code {code}")
            black(pdf)
            top = y + 42
            pdf.set_draw_color(170, 170, 170)
            for k, (label, value) in enumerate(specs):
                row = top + k * 15
                pdf.set_fill_color(*((238, 238, 238) if k % 2 == 0 else (255, 255, 255)))
                pdf.rect(200, row, 200, 15, style="FD")
                pdf.set_font("Helvetica", "B", 8)
                pdf.text(205, row + 10.5, label)
                pdf.set_font("Helvetica", "", 8)
                pdf.text(290, row + 10.5, value)
            pounds = words.rng.randrange(19, 249)
            price = f"£{pounds}.99"
            price_box(pdf, 440, y + 30, pounds, ".99")
            prices = [price]
            if words.rng.random() < 0.4:
                was = f"£{pounds + words.rng.choice((10, 20, 30))}.99"
                pdf.set_font("Helvetica", "", 9)
                pdf.set_draw_color(0, 0, 0)
                pdf.text(440, y + 96, "Was")
                strike(pdf, 462, y + 96, was)
                prices.append(was)
            truth.products.append(product(name, [code], prices, page))
        pdf.set_font("Helvetica", "", 7)
        grey(pdf)
        pdf.text(
            36,
            825,
            "Batteries and chargers sold separately unless stated. Prices valid until"
            " 31 January 2027.",
        )
        right(pdf, 559, 825, str(page + 41))
        black(pdf)
    return pdf


BIKES = (
    ("Crescent Elda 7-vxl", "Stadscykel", 7, "17,9 kg"),
    ("Crescent Eton 3-vxl", "Stadscykel", 3, "16,4 kg"),
    ("Monark Karin 3-vxl", "Damcykel", 3, "18,2 kg"),
    ("Skeppshult Natur Pro", "Herrcykel", 7, "19,0 kg"),
    ("Nordväg Gravel 2x11", "Gruscykel", 22, "10,3 kg"),
    ("Nordväg Terräng 29er", "Mountainbike", 12, "13,8 kg"),
    ("Stålfåglar Pendla E+", "Elcykel", 8, "24,6 kg"),
    ("Stålfåglar Last 500", "Lådcykel, el", 5, "38,0 kg"),
    ("Kungsleden Tur 24", "Hybridcykel", 24, "14,1 kg"),
    ('Lilla Björn 16"', "Barncykel", 1, "8,2 kg"),
    ('Lilla Björn 20" 3-vxl', "Barncykel", 3, "10,4 kg"),
    ('Ekorre Balanscykel 12"', "Springcykel", 0, "3,4 kg"),
)


BIKE_PRICES = {"Stadscykel": 7000, "Damcykel": 6500, "Herrcykel": 8000, "Gruscykel": 16000}
BIKE_PRICES |= {"Mountainbike": 14000, "Elcykel": 26000, "Lådcykel, el": 38000}
BIKE_PRICES |= {"Hybridcykel": 9000, "Barncykel": 3000, "Springcykel": 1200}


def cyklar(words: Words, truth: Truth) -> FPDF:
    pdf = accented_pdf("Cykelhuset - sortiment 2026", A4_LANDSCAPE)
    width, height = A4_LANDSCAPE[0], A4_LANDSCAPE[1]
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 20)
        pdf.text(36, 44, "Cykelhuset")
        pdf.set_font("DejaVu", "", 10)
        grey(pdf, 90)
        pdf.text(170, 44, ("Vardag & pendling", "Sport, el & barn")[page - 1])
        right(pdf, width - 36, 44, "Sortiment 2026 · priser inkl. moms")
        black(pdf)
        pdf.set_draw_color(20, 90, 160)
        pdf.set_line_width(1.5)
        pdf.line(36, 54, width - 36, 54)
        pdf.set_line_width(0.2)
        for index, (name, kind, gears, weight) in enumerate(BIKES[(page - 1) * 6 : page * 6]):
            x = 36 + (index % 3) * 260
            y = 70 + (index // 3) * 255
            pdf.image(photo(words.rng.randrange(10**6), (240, 120)), x=x, y=y, w=245, h=138)
            pdf.set_font("DejaVu", "B", 12)
            pdf.text(x, y + 158, name)
            pdf.set_font("DejaVu", "", 8.5)
            grey(pdf, 80)
            pdf.text(x, y + 172, f"{kind} · Årsmodell 2026")
            black(pdf)
            pdf.set_font("DejaVuC", "", 8)
            frames = ("Onesize",) if kind in ("Barncykel", "Springcykel") else ("S", "M", "L", "XL")
            cx = x
            for frame in frames:
                sold_out = len(frames) > 1 and words.rng.random() < 0.25
                w = pdf.get_string_width(frame) + 10
                pdf.set_draw_color(*((190, 190, 190) if sold_out else (20, 90, 160)))
                pdf.rect(cx, y + 180, w, 14)
                pdf.set_text_color(*((180, 180, 180) if sold_out else (0, 0, 0)))
                pdf.text(cx + 5, y + 190, frame)
                cx += w + 4
            black(pdf)
            pdf.set_font("DejaVu", "", 8)
            spec = f"{gears} växlar · {weight}" if gears > 1 else f"Utan växlar · {weight}"
            pdf.text(x, y + 208, spec)
            code = f"{words.rng.randrange(1000, 1999)}-{words.rng.randrange(100, 999)}"
            pdf.text(x, y + 222, f"Art.nr {code}")
            value = round(BIKE_PRICES[kind] * words.rng.uniform(0.8, 1.3) / 100) * 100 - 5
            price = f"{value:,} kr".replace(",", " ")
            pdf.set_font("DejaVu", "B", 17)
            pdf.set_text_color(20, 90, 160)
            right(pdf, x + 245, y + 222, price)
            black(pdf)
            truth.products.append(
                product(name, [code], [price], page, sizes=list(frames), kind=kind)
            )
        pdf.set_font("DejaVu", "", 7)
        grey(pdf)
        pdf.text(
            36,
            height - 20,
            "Fri montering och första service ingår. Med reservation för"
            " slutförsäljning och tryckfel.",
        )
        black(pdf)
    return pdf


PASTELARIA = (
    (
        (
            "Cafés",
            (
                ("Bica (café expresso)", 0.90),
                ("Pingado", 0.95),
                ("Abatanado", 1.10),
                ("Galão", 1.50),
                ("Meia de leite", 1.40),
                ("Cappuccino", 2.20),
            ),
        ),
        (
            "Pastelaria",
            (
                ("Pastel de nata", 1.20),
                ("Bola de Berlim", 1.60),
                ("Queijada de Sintra", 1.30),
                ("Travesseiro", 1.90),
                ("Bolo de arroz", 1.10),
                ("Pão de Deus", 1.40),
            ),
        ),
        (
            "Pão",
            (
                ("Papo-seco", 0.25),
                ("Broa de milho", 2.80),
                ("Pão alentejano (500 g)", 2.40),
                ("Carcaça integral", 0.30),
            ),
        ),
    ),
    (
        (
            "Salgados",
            (
                ("Rissol de camarão", 1.50),
                ("Pastel de bacalhau", 1.70),
                ("Croquete de carne", 1.40),
                ("Empada de galinha", 1.90),
            ),
        ),
        (
            "Tostas & Sandes",
            (
                ("Tosta mista", 2.90),
                ("Sande de presunto", 3.20),
                ("Bifana no pão", 3.50),
                ("Prego no prato", 7.50),
            ),
        ),
        (
            "Bebidas",
            (
                ("Sumo de laranja natural", 2.50),
                ("Chá de cidreira", 1.20),
                ("Chocolate quente", 2.00),
                ("Água das Pedras", 1.30),
            ),
        ),
    ),
)


def pastelaria(words: Words, truth: Truth) -> FPDF:
    pdf = accented_pdf("Pastelaria Estrela - ementa", A4_LANDSCAPE)
    width, height = A4_LANDSCAPE
    cream, gold = (245, 236, 210), (225, 180, 90)
    for page, columns in enumerate(PASTELARIA, start=1):
        pdf.add_page()
        pdf.set_fill_color(38, 44, 40)
        pdf.rect(0, 0, width, height, style="F")
        pdf.set_draw_color(*gold)
        pdf.set_line_width(1)
        pdf.rect(18, 18, width - 36, height - 36)
        pdf.set_line_width(0.2)
        pdf.set_text_color(*gold)
        pdf.set_font("DejaVuSerif", "B", 26)
        centre(pdf, width / 2, 66, "Pastelaria Estrela")
        pdf.set_font("DejaVuSerif", "I", 11)
        centre(pdf, width / 2, 86, "desde 1958 · fabrico próprio")
        column_width = (width - 160) / 3
        for k, (section, items) in enumerate(columns):
            x = 48 + k * (column_width + 32)
            y = 130.0
            pdf.set_text_color(*gold)
            pdf.set_font("DejaVuSerif", "B", 15)
            centre(pdf, x + column_width / 2, y, section.upper())
            pdf.set_draw_color(*gold)
            pdf.line(x + 40, y + 8, x + column_width - 40, y + 8)
            takeaway = section in ("Cafés", "Salgados", "Tostas & Sandes")
            y += 44
            if takeaway:
                pdf.set_font("DejaVu", "I", 8)
                right(pdf, x + column_width - 52, y - 20, "mesa")
                right(pdf, x + column_width, y - 20, "levar")
            for name, value in items:
                pdf.set_text_color(*cream)
                pdf.set_font("DejaVu", "", 12)
                pdf.text(x, y, name)
                here = f"{comma(value)} €"
                prices = [here]
                end = x + column_width
                if takeaway:
                    away = f"{comma(value - 0.10 if value < 2 else value - 0.30)} €"
                    right(pdf, end, y, away)
                    end -= 52
                    prices.append(away)
                right(pdf, end, y, here)
                pdf.set_font("DejaVu", "", 9)
                leaders(
                    pdf,
                    x + pdf.get_string_width(name) * 12 / 9 + 4,
                    end - 46,
                    y,
                )
                truth.products.append(product(name, [], prices, page))
                y += 50
        pdf.set_text_color(*gold)
        pdf.set_font("DejaVu", "", 7.5)
        pdf.set_font("DejaVuSerif", "I", 12)
        centre(pdf, width / 2, height - 70, "Aceitamos encomendas para festas e aniversários")
        pdf.set_font("DejaVu", "", 7.5)
        centre(
            pdf,
            width / 2,
            height - 32,
            "IVA incluído à taxa legal em vigor · Existe livro de reclamações",
        )
    black(pdf)
    return pdf


MAILORDER = (
    ("Cedar Shoe Trees, Pair", "Natural"),
    ("Microfibre Lint Roller Set", "Grey, Blue"),
    ("Cast Iron Bootjack", "Black"),
    ("Flannel-Lined Gardening Gloves", "Sage, Rust"),
    ("Brass Kitchen Timer", "Brass"),
    ("Folding Reading Magnifier", "Tortoiseshell, Black"),
    ("Weekender Canvas Tote", "Navy, Olive, Sand"),
    ("Enamel Camping Mug Set of 4", "White, Blue"),
    ("Wool Blend Stadium Blanket", "Red Plaid, Grey Plaid"),
    ("Bamboo Bath Caddy", "Natural"),
    ("Heated Ice Scraper", "Black"),
    ("Cordless Window Vacuum", "White"),
    ("Merino Boot Socks, 3 Pairs", "Charcoal, Oatmeal"),
    ("Pocket Rain Poncho", "Yellow, Clear"),
)


def mailorder(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Hollis & Finch mail-order catalog", LETTER)
    width, height = LETTER
    for page in (1, 2):
        pdf.add_page()
        pdf.set_fill_color(228, 226, 218)
        pdf.rect(0, 0, 118, height, style="F")
        pdf.set_font("Times", "B", 9)
        pdf.text(14, 48, "ORDER CODE")
        pdf.set_font("Times", "B", 22)
        pdf.text(136, 48, "Hollis & Finch")
        pdf.set_font("Times", "I", 10)
        right(pdf, width - 36, 48, "Useful things for house and garden since 1962")
        pdf.line(136, 56, width - 36, 56)
        y = 84.0
        for name, colours in MAILORDER[(page - 1) * 7 : page * 7]:
            code = f"{words.rng.choice('HKLMPRTW')}{words.rng.randrange(1000, 9999)}"
            pdf.set_font("Courier", "B", 11)
            pdf.text(14, y, code)
            pdf.set_font("Times", "B", 12.5)
            pdf.text(136, y, name)
            pdf.set_font("Times", "", 9.5)
            lines = wrap(pdf, words.paragraph(2), width - 136 - 130)[:3]
            for k, line in enumerate(lines):
                pdf.text(136, y + 14 + k * 11.5, line)
            pdf.set_font("Times", "I", 9.5)
            pdf.text(136, y + 18 + len(lines) * 11.5, f"Colours: {colours}")
            price = f"${words.rng.randrange(9, 129)}.{words.rng.choice(('95', '50', '00'))}"
            pdf.set_font("Times", "B", 13)
            right(pdf, width - 36, y, price)
            truth.products.append(product(name, [code], [price], page, colours=colours))
            y += 44 + len(lines) * 11.5
        box_y = height - 96
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(136, box_y, width - 172, 52)
        pdf.set_font("Times", "B", 11)
        pdf.text(
            146, box_y + 18, "To order by phone call 1-800-555-0199, 7 days a week, 8am-10pm ET."
        )
        pdf.set_font("Times", "", 9)
        pdf.text(
            146,
            box_y + 34,
            "Quote the order code beside each item. Shipping $6.95 per order;"
            " free on orders over $75.",
        )
        pdf.set_font("Times", "", 8)
        pdf.text(14, height - 30, f"Page {page + 11}")
    return pdf


STATIONERY = (
    (
        "Writing",
        (
            ("Gel Ink Rollerball 0.5mm", "Pack of 10", ("BL", "BK", "RD")),
            ("Ballpoint Pen Medium", "Pack of 50", ("BL", "BK")),
            ("Fineliner Pen 0.4mm", "Pack of 10", ("BL", "BK", "RD", "GN")),
            ("Highlighter Chisel Tip", "Wallet of 6", ("AS",)),
            ("HB Pencils with Eraser", "Box of 12", ("HB",)),
            ("Permanent Marker Bullet", "Pack of 4", ("BK", "BL")),
        ),
    ),
    (
        "Paper & Pads",
        (
            ("A4 Copier Paper 80gsm", "Box of 5 reams", ("WH",)),
            ("Refill Pad A4 Ruled", "Pack of 5", ("WH",)),
            ("Spiral Notebook A5", "Pack of 3", ("BL", "RD", "GN")),
            ("Sticky Notes 76 x 76mm", "Pack of 12", ("YE", "AS")),
            ("Index Cards 6 x 4in", "Pack of 100", ("WH", "AS")),
            ("Flipchart Pad Plain", "Pack of 2", ("WH",)),
        ),
    ),
    (
        "Filing",
        (
            ("Lever Arch File A4", "Pack of 10", ("BL", "BK", "RD")),
            ("Ring Binder 2-Ring 25mm", "Pack of 10", ("BL", "BK")),
            ("Clear Punched Pockets", "Pack of 100", ("CL",)),
            ("Suspension Files Foolscap", "Box of 50", ("GN",)),
            ("Document Wallet Manilla", "Pack of 50", ("BF", "AS")),
            ("Box File with Lock", "Each", ("BL", "BK")),
        ),
    ),
    (
        "Desk Accessories",
        (
            ("Stapler Half Strip", "Each", ("BK", "BL")),
            ("Staples 26/6", "Box of 5000", ("SL",)),
            ("Mesh Letter Tray", "Each", ("BK", "SL")),
            ("Desk Tidy Organiser", "Each", ("BK",)),
            ("Scissors Soft Grip 21cm", "Each", ("BL",)),
            ("Paper Clips 33mm", "Box of 100", ("SL", "AS")),
        ),
    ),
)

SWATCHES = {
    "BL": (30, 70, 180),
    "BK": (20, 20, 20),
    "RD": (200, 30, 40),
    "GN": (30, 140, 60),
    "AS": (240, 170, 40),
    "HB": (120, 120, 120),
    "WH": (250, 250, 250),
    "YE": (250, 230, 60),
    "CL": (225, 240, 245),
    "BF": (225, 200, 150),
    "SL": (190, 195, 200),
}


def stationery(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("OfficeDirect - stationery", A4)
    column_width = 166.0
    page = 0
    for group_index, (group, items) in enumerate(STATIONERY):
        if group_index % 2 == 0:  # two groups a page
            page += 1
            pdf.add_page()
            pdf.set_fill_color(0, 84, 140)
            pdf.rect(0, 0, A4[0], 44, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Helvetica", "B", 16)
            pdf.text(34, 29, "OfficeDirect")
            pdf.set_font("Helvetica", "", 9)
            right(pdf, 561, 29, "Next-day delivery on orders placed by 5pm")
            black(pdf)
            top = 70.0
        pdf.set_font("Helvetica", "B", 13)
        pdf.set_text_color(0, 84, 140)
        pdf.text(34, top, group)
        black(pdf)
        pdf.set_draw_color(0, 84, 140)
        pdf.line(34, top + 5, 561, top + 5)
        for index, (name, pack, colours) in enumerate(items):
            x = 34 + (index % 3) * (column_width + 14.5)
            y = top + 18 + (index // 3) * 160
            pdf.image(photo(words.rng.randrange(10**6), (160, 90)), x=x, y=y, w=column_width, h=62)
            pdf.set_font("Helvetica", "B", 9.5)
            lines = wrap(pdf, name, column_width)
            for k, line in enumerate(lines):
                pdf.text(x, y + 76 + k * 11, line)
            ty = y + 76 + len(lines) * 11
            pdf.set_font("Helvetica", "", 8)
            pdf.text(x, ty + 1, pack)
            base = words.rng.randrange(100, 999)
            codes = []
            for k, colour in enumerate(colours):
                cx = x + k * 40
                pdf.set_fill_color(*SWATCHES[colour])
                pdf.set_draw_color(150, 150, 150)
                pdf.rect(cx, ty + 8, 12, 12, style="FD")
                code = f"{colour} {base}-{words.rng.randrange(10, 99)}"
                pdf.set_font("Helvetica", "", 6.5)
                pdf.text(cx, ty + 29, code)
                codes.append(code)
            value = words.rng.randrange(99, 3499) / 100
            price = f"£{value:.2f}"
            pdf.set_font("Helvetica", "B", 14)
            pdf.text(x, ty + 50, price)
            pdf.set_font("Helvetica", "", 7.5)
            grey(pdf, 90)
            pdf.text(
                x + pdf.get_string_width(price) * 14 / 7.5 + 4,
                ty + 50,
                "per pack" if pack != "Each" else "each",
            )
            black(pdf)
            truth.products.append(product(name, codes, [price], page, sizes=[pack]))
        top += 18 + 2 * 160 + 20
    for number in range(1, page + 1):
        pdf.page = number
        pdf.set_font("Helvetica", "", 7)
        grey(pdf)
        pdf.text(
            34,
            825,
            "All prices exclude VAT. Colour codes: BL blue, BK black, RD red,"
            " GN green, AS assorted, WH white, SL silver.",
        )
        right(pdf, 561, 825, str(number + 6))
        black(pdf)
    pdf.page = page
    return pdf


JEWELLERY = (
    ("Solitaire Engagement Ring", "18 ct white gold", "0.50 ct diamond", "3.4 g"),
    ("Halo Cluster Ring", "Platinum", "0.35 ct diamonds", "4.8 g"),
    ("Eternity Band", "18 ct yellow gold", "0.25 ct diamonds", "3.2 g"),
    ("Signet Ring Oval", "9 ct yellow gold", "", "6.1 g"),
    ("Tennis Bracelet", "18 ct white gold", "2.00 ct diamonds", "12.6 g"),
    ("Curb Chain Bracelet", "9 ct rose gold", "", "8.4 g"),
    ("Sapphire Drop Pendant", "18 ct white gold", "0.80 ct sapphire", "2.1 g"),
    ("Pearl Strand Necklace", "Sterling silver clasp", "7-7.5 mm pearls", "24.0 g"),
    ("Diamond Stud Earrings", "18 ct white gold", "0.30 ct diamonds", "1.2 g"),
    ("Hoop Earrings Medium", "9 ct yellow gold", "", "2.6 g"),
    ("Emerald Cocktail Ring", "18 ct yellow gold", "1.10 ct emerald", "5.5 g"),
    ("Locket Heart Engraved", "9 ct yellow gold", "", "4.0 g"),
)


def jewellery(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Ashworth Jewellers - fine jewellery", A4)
    gold = (170, 135, 60)
    for page in (1, 2, 3):
        pdf.add_page()
        pdf.set_text_color(*gold)
        pdf.set_font("Times", "", 22)
        centre(pdf, A4[0] / 2, 52, "A S H W O R T H")
        pdf.set_font("Times", "I", 10)
        centre(pdf, A4[0] / 2, 68, ("Rings", "Bracelets & Necklaces", "Earrings & Gifts")[page - 1])
        pdf.set_draw_color(*gold)
        pdf.line(60, 78, A4[0] - 60, 78)
        black(pdf)
        for index, (name, metal, stone, weight) in enumerate(JEWELLERY[(page - 1) * 4 : page * 4]):
            x = 60 + (index % 2) * 250
            y = 98 + (index // 2) * 352
            pdf.image(photo(words.rng.randrange(10**6), (200, 200)), x=x, y=y, w=225, h=225)
            pdf.set_font("Times", "", 12)
            name = name.upper()  # set in capitals, and named as printed
            centre(pdf, x + 112.5, y + 250, name)
            pdf.set_font("Times", "I", 9.5)
            grey(pdf, 70)
            centre(pdf, x + 112.5, y + 266, f"{metal} · {weight}")
            if stone:
                centre(pdf, x + 112.5, y + 280, stone)
            black(pdf)
            code = f"{name[0]}-{words.rng.randrange(1000, 9999)}"
            pdf.set_font("Times", "", 8.5)
            centre(pdf, x + 112.5, y + 296, f"Ref. {code}")
            value = words.rng.randrange(18, 480) * 10 + words.rng.choice((0, 5))
            price = f"£{value:,}"
            pdf.set_text_color(*gold)
            pdf.set_font("Times", "B", 14)
            centre(pdf, x + 112.5, y + 316, price)
            black(pdf)
            truth.products.append(
                product(name, [code], [price], page, sizes=[weight], metal=metal, stone=stone)
            )
        pdf.set_font("Times", "I", 7.5)
        grey(pdf)
        centre(
            pdf,
            A4[0] / 2,
            822,
            "All diamonds are conflict-free. Free engraving and"
            " gift-wrapping in store. Prices include VAT.",
        )
        black(pdf)
    return pdf


# === non-catalogs ==============================================================================

RECEIPT_ITEMS = (
    ("SEMI SKIMMED MILK 4PT", 1.45),
    ("WHOLEMEAL BREAD 800G", 1.15),
    ("BANANAS LOOSE", 0.78),
    ("CHEDDAR MATURE 400G", 3.20),
    ("CHERRY TOMATOES 250G", 0.99),
    ("CHERRY TOMATOES 250G", 0.99),
    ("PENNE PASTA 1KG", 1.39),
    ("FREE RANGE EGGS 12", 3.10),
    ("ORANGE JUICE 1.75L", 2.25),
    ("WASHING UP LIQUID", 1.10),
    ("DIGESTIVES 400G", 1.05),
    ("CARRIER BAG", 0.10),
)


def receipt(words: Words, truth: Truth) -> FPDF:
    """A till receipt on an 80 mm paper roll: items, a multi-buy saving, totals, VAT, card."""
    size = (227.0, 620.0)
    pdf = sized_pdf("Receipt", size)
    pdf.add_page()
    width = size[0]
    pdf.set_font("Courier", "B", 12)
    centre(pdf, width / 2, 34, "FRESHWAY")
    pdf.set_font("Courier", "", 7.5)
    for k, line in enumerate(
        ("Canal Street, Leeds LS1 4PL", "VAT No. GB 284 1193 07", "Tel 0113 555 0140")
    ):
        centre(pdf, width / 2, 48 + k * 10, line)
    y = 92.0
    pdf.text(14, y, "04/12/26 17:42  ST 0412 TILL 03")
    y += 18
    total = 0.0
    for name, value in RECEIPT_ITEMS:
        pdf.text(14, y, name)
        right(pdf, width - 14, y, f"{value:.2f}")
        total += value
        y += 10
        if name == "BANANAS LOOSE":
            pdf.text(24, y, "0.972 kg @ £0.80/kg")
            y += 10
    pdf.text(14, y, "MULTIBUY SAVING 2 FOR £1.50")
    right(pdf, width - 14, y, "-0.48")
    total -= 0.48
    y += 14
    pdf.text(14, y, "-" * 48)
    y += 14
    pdf.set_font("Courier", "B", 10)
    pdf.text(14, y, f"{len(RECEIPT_ITEMS)} ITEMS")
    right(pdf, width - 14, y, f"BALANCE DUE  £{total:.2f}")
    pdf.set_font("Courier", "", 7.5)
    y += 18
    for label, amount in (("VISA DEBIT CONTACTLESS", f"{total:.2f}"), ("CHANGE", "0.00")):
        pdf.text(14, y, label)
        right(pdf, width - 14, y, amount)
        y += 10
    y += 8
    pdf.text(14, y, "VAT  RATE   NET    VAT")
    y += 10
    pdf.text(14, y, "A    0%    15.89   0.00")
    y += 10
    pdf.text(14, y, "S    20%    2.21   0.44")
    y += 18
    pdf.text(14, y, "CARD ************4417  AUTH 739104")
    y += 10
    pdf.text(14, y, "POINTS EARNED TODAY: 17  BALANCE: 1,342")
    y += 20
    for line in (
        "THANK YOU FOR SHOPPING AT FRESHWAY",
        "Refunds within 30 days with receipt",
        f"{words.rng.randrange(10**11, 10**12)}",
    ):
        centre(pdf, width / 2, y, line)
        y += 10
    return pdf


def recall(words: Words, truth: Truth) -> FPDF:
    """A product recall notice: one product, its pack size, batch codes and dates, a barcode."""
    pdf = sized_pdf("Product recall", A4)
    pdf.add_page()
    pdf.set_fill_color(200, 20, 30)
    pdf.rect(0, 0, A4[0], 90, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 32)
    pdf.text(40, 56, "PRODUCT RECALL")
    pdf.set_font("Helvetica", "", 11)
    pdf.text(40, 76, "Issued 3 December 2026 in agreement with the Food Standards Agency")
    black(pdf)
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 130, "FreshWay Sea Salt Crisps Sharing Bag 150g")
    pdf.image(photo(words.rng.randrange(10**6), (200, 160)), x=395, y=110, w=160, h=128)
    pdf.set_font("Helvetica", "", 10.5)
    text = (
        "FreshWay is recalling the product below because it may contain small pieces of hard"
        " plastic, which makes it unsafe to eat. Only the batches listed are affected; no other"
        " FreshWay products are known to be affected."
    )
    for k, line in enumerate(wrap(pdf, text, 340)):
        pdf.text(40, 156 + k * 14, line)
    rows = (
        ("Product", "Sea Salt Crisps Sharing Bag"),
        ("Pack size", "150g"),
        ("Batch codes", "L2611A, L2611B, L2613A"),
        ("Best before", "14 February 2027 and 21 February 2027"),
        ("Barcode", "5 012345 678900"),
        ("Price paid", "Full refund, with or without a receipt"),
    )
    y = 260.0
    for label, value in rows:
        pdf.set_draw_color(200, 200, 200)
        pdf.line(40, y + 6, 555, y + 6)
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(40, y, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(180, y, value)
        y += 22
    y += 20
    pdf.set_font("Helvetica", "B", 13)
    pdf.text(40, y, "What you should do")
    pdf.set_font("Helvetica", "", 10.5)
    steps = (
        "Do not eat the product.",
        "Return it to any FreshWay store for a full refund. You do not need a receipt.",
        "If you have any questions, call our customer care line on 0800 555 0161"
        " (Monday to Saturday, 8am to 8pm).",
    )
    y += 20
    for k, step in enumerate(steps, start=1):
        for line in wrap(pdf, f"{k}.  {step}", 500):
            pdf.text(40, y, line)
            y += 14
        y += 4
    pdf.set_font("Helvetica", "", 9)
    grey(pdf)
    for line in wrap(pdf, "We apologise for any inconvenience. " + words.paragraph(3), 515):
        y += 12
        pdf.text(40, y + 10, line)
    black(pdf)
    return pdf


KETTLES = (
    ("Breville Aura Glass 1.7L", 4.5, 3.5, 4.0, 3.0, "£39.99", 78),
    ("Russell Hobbs Luna Quiet Boil", 4.0, 4.5, 4.0, 4.0, "£34.99", 81),
    ("Bosch Styline TWK8613GB", 5.0, 4.0, 4.5, 3.5, "£59.99", 84),
    ("Morphy Richards Dimensions", 3.5, 3.5, 3.0, 3.5, "£29.99", 69),
    ("Tower Cavaletto 1.7L", 3.0, 4.0, 3.5, 2.5, "£24.99", 63),
    ("Smeg KLF03 Retro", 4.0, 3.0, 4.5, 4.5, "£149.00", 76),
    ("FreshWay Basics 1.7L", 2.5, 3.0, 3.0, 2.0, "£9.50", 51),
)


def testreview(words: Words, truth: Truth) -> FPDF:
    """A consumer magazine's test of kettles: prose, a score table, a Best Buy badge."""
    pdf = sized_pdf("Which Kettle? - tested", A4)
    pdf.add_page()
    pdf.set_font("Times", "B", 28)
    pdf.text(40, 64, "Best kettles 2026: we test seven")
    pdf.set_font("Times", "I", 11)
    pdf.text(
        40,
        84,
        "Our lab boiled 4,200 litres to find out which kettles are quick, quiet and easy to pour.",
    )
    pdf.set_font("Times", "", 10)
    columns = (40, 305)
    body = wrap(pdf, words.paragraph(6) + " " + words.paragraph(5), 250)
    for k, line in enumerate(body[:24]):
        x = columns[k // 12]
        pdf.text(x, 112 + (k % 12) * 13, line)
    y = 290.0
    headers = ("Kettle", "Speed", "Noise", "Ease", "Limescale", "Typical price", "Score")
    xs = (40, 250, 295, 340, 385, 480, 555)
    pdf.set_fill_color(30, 30, 30)
    pdf.rect(40, y - 13, 515, 19, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 8.5)
    for k, (x, label) in enumerate(zip(xs, headers, strict=True)):
        if k == 0:
            pdf.text(x + 4, y, label)
        else:
            right(pdf, x, y, label)
    black(pdf)
    for name, speed, noise, ease, scale, price, score in KETTLES:
        y += 22
        pdf.set_font("Helvetica", "", 9)
        pdf.text(44, y, name)
        for x, stars in zip(xs[1:5], (speed, noise, ease, scale), strict=True):
            right(pdf, x, y, f"{stars:.1f}")
        right(pdf, xs[5], y, price)
        pdf.set_font("Helvetica", "B", 10)
        right(pdf, xs[6], y, f"{score}%")
        if score >= 80:
            pdf.set_fill_color(220, 30, 40)
            pdf.ellipse(190, y - 12, 16, 16, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Helvetica", "B", 5)
            centre(pdf, 198, y - 5, "BEST")
            centre(pdf, 198, y, "BUY")
            black(pdf)
        pdf.set_draw_color(210, 210, 210)
        pdf.line(40, y + 7, 555, y + 7)
    pdf.set_font("Helvetica", "", 8)
    grey(pdf)
    pdf.text(
        40,
        y + 26,
        "Scores out of 5 per test; overall score weighted. Typical price"
        " checked at three retailers in November 2026.",
    )
    black(pdf)
    pdf.set_font("Times", "B", 14)
    pdf.text(40, y + 62, "Our verdict")
    pdf.set_font("Times", "", 10)
    for k, line in enumerate(wrap(pdf, words.paragraph(5), 515)):
        pdf.text(40, y + 80 + k * 13, line)
    return pdf


def hours(words: Words, truth: Truth) -> FPDF:
    """A store's opening hours and services leaflet (A5-like panels on A4 landscape)."""
    pdf = sized_pdf("FreshWay Canal Street - opening hours", A4_LANDSCAPE)
    pdf.add_page()
    width, height = A4_LANDSCAPE
    panel = (width - 80) / 3
    pdf.set_fill_color(0, 122, 61)
    pdf.rect(40 + 2 * (panel + 20), 40, panel, height - 80, style="F")
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(40, 70, "Opening hours")
    days = (
        ("Monday", "7am - 10pm"),
        ("Tuesday", "7am - 10pm"),
        ("Wednesday", "7am - 10pm"),
        ("Thursday", "7am - 10pm"),
        ("Friday", "7am - 11pm"),
        ("Saturday", "7am - 11pm"),
        ("Sunday", "10am - 4pm"),
        ("Bank holidays", "8am - 8pm"),
    )
    pdf.set_font("Helvetica", "", 11)
    for k, (day, time) in enumerate(days):
        y = 100 + k * 22
        pdf.text(40, y, day)
        leaders(pdf, 40 + pdf.get_string_width(day) + 4, 40 + panel - 80, y)
        right(pdf, 40 + panel, y, time)
    pdf.set_font("Helvetica", "", 9)
    for k, line in enumerate(
        wrap(
            pdf,
            "Christmas and New Year hours are shown in store from"
            " 1 December. " + words.paragraph(2),
            panel,
        )
    ):
        pdf.text(40, 300 + k * 12, line)
    x = 40 + panel + 20
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(x, 70, "In this store")
    services = (
        ("Pharmacy", "Free prescription collection; flu jabs from £14.99 by appointment."),
        ("Post Office counter", "Parcels, bill payments and foreign currency."),
        (
            "Click & Collect",
            "Order by 1pm, collect after 4pm. Free on orders over £40, £1.50 below.",
        ),
        ("Photo booth", "Passport photos in 5 minutes."),
        ("Café", "Hot food until 3pm. Children eat free with an adult main, weekdays."),
        ("Dry cleaning", "Drop off by 10am, ready the next day."),
        ("Cash machine", "Free to use, outside the main entrance."),
    )
    y = 100.0
    for name, text in services:
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(x, y, name)
        pdf.set_font("Helvetica", "", 9)
        lines = wrap(pdf, text, panel)
        for k, line in enumerate(lines):
            pdf.text(x, y + 13 + k * 11, line)
        y += 26 + len(lines) * 11
    x = 40 + 2 * (panel + 20) + 16
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 26)
    pdf.text(x, 110, "FreshWay")
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(x, 136, "Canal Street")
    pdf.set_font("Helvetica", "", 10)
    for k, line in enumerate(
        (
            "Canal Street, Leeds LS1 4PL",
            "Tel 0113 555 0140",
            "Free parking for 2 hours",
            "Step-free access, hearing loop",
        )
    ):
        pdf.text(x, 170 + k * 15, line)
    black(pdf)
    return pdf


BASKET = (
    ("Semi-skimmed milk, 4 pints", (1.45, 1.55, 1.45, 1.49, 1.39)),
    ("White sliced bread, 800g", (0.75, 0.79, 0.75, 1.10, 0.69)),
    ("Free range eggs, 6", (1.75, 1.89, 1.79, 2.10, 1.55)),
    ("Cheddar, mature, 400g", (3.20, 3.35, 3.25, 3.60, 2.99)),
    ("Bananas, per kg", (0.80, 0.86, 0.80, 0.95, 0.79)),
    ("Baked beans, 415g", (0.95, 1.00, 0.95, 1.20, 0.85)),
    ("Spaghetti, 500g", (0.69, 0.75, 0.70, 0.95, 0.59)),
    ("Chicken breast fillets, 650g", (4.35, 4.50, 4.40, 5.25, 3.99)),
    ("Orange juice, 1L", (1.40, 1.50, 1.45, 1.75, 1.29)),
    ("Teabags, 80", (2.50, 2.75, 2.60, 3.10, 2.19)),
    ("Butter, 250g", (2.25, 2.35, 2.25, 2.60, 1.99)),
    ("Potatoes, 2kg", (1.35, 1.45, 1.39, 1.75, 1.19)),
)
SHOPS = ("FreshWay", "Grocemart", "ValueCo", "Harvest Fine", "PennySave")


def survey(words: Words, truth: Truth) -> FPDF:
    """A price-comparison survey: a basket priced at five supermarkets, totals, commentary."""
    pdf = sized_pdf("Grocery price survey - November 2026", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 9)
    grey(pdf, 90)
    pdf.text(40, 40, "CONSUMER PRICE WATCH  ·  RESEARCH REPORT 11/2026")
    black(pdf)
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(40, 72, "Where is the weekly shop cheapest?")
    pdf.set_font("Helvetica", "", 10)
    intro = (
        "Our researchers priced the same basket of twelve everyday groceries online at five"
        " supermarkets on 18 November 2026, choosing the cheapest own-label item of each."
        " Multi-buy and loyalty prices were excluded. " + words.paragraph(2)
    )
    y = 96.0
    for line in wrap(pdf, intro, 515):
        pdf.text(40, y, line)
        y += 13
    y += 16
    xs = (40, 310, 370, 430, 495, 555)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.text(xs[0], y, "Item (cheapest own label)")
    for x, shop in zip(xs[1:], SHOPS, strict=True):
        right(pdf, x, y, shop)
    pdf.line(40, y + 5, 555, y + 5)
    totals = [0.0] * 5
    pdf.set_font("Helvetica", "", 9)
    for item, prices in BASKET:
        y += 17
        pdf.text(xs[0], y, item)
        for k, (x, value) in enumerate(zip(xs[1:], prices, strict=True)):
            totals[k] += value
            right(pdf, x, y, f"£{value:.2f}" if value >= 1 else f"{round(value * 100)}p")
    y += 8
    pdf.line(40, y, 555, y)
    y += 14
    pdf.set_font("Helvetica", "B", 9)
    pdf.text(xs[0], y, "Basket total")
    for x, value in zip(xs[1:], totals, strict=True):
        right(pdf, x, y, f"£{value:.2f}")
    y += 15
    pdf.set_font("Helvetica", "", 9)
    pdf.text(xs[0], y, "Difference from cheapest")
    for x, value in zip(xs[1:], totals, strict=True):
        right(pdf, x, y, f"+{(value / min(totals) - 1) * 100:.0f}%")
    y += 40
    pdf.set_font("Helvetica", "B", 13)
    pdf.text(40, y, "What we found")
    pdf.set_font("Helvetica", "", 10)
    for line in wrap(pdf, words.paragraph(5) + " " + words.paragraph(4), 515):
        y += 13
        pdf.text(40, y + 6, line)
    return pdf


# === the batch =================================================================================

BLIND_10 = ("weekly", "toys", "drogist", "diy", "cyklar", "pastelaria", "mailorder")
BLIND_10 += ("stationery", "jewellery")
BLIND_10_NON_CATALOGS = ("receipt", "recall", "testreview", "hours", "survey")
LAYOUTS_10 = BLIND_10 + BLIND_10_NON_CATALOGS
SCAN_DPI_10 = {"weekly": 200, "toys": 150, "drogist": 300, "diy": 200, "cyklar": 150}
SCAN_DPI_10 |= {"pastelaria": 250, "mailorder": 200, "stationery": 250, "jewellery": 150}
SCAN_DPI_10 |= {"receipt": 300, "recall": 150, "testreview": 200, "hours": 200, "survey": 250}
LANGUAGE_10 = {"drogist": "nl", "cyklar": "sv", "pastelaria": "pt"}
LOCALES_10 = {"en": "en_GB", "nl": "nl_NL", "sv": "sv_SE", "pt": "pt_PT"}
SEED_10 = 10000
MAKERS_10: dict[str, Callable[[Words, Truth], FPDF]] = {
    "weekly": weekly,
    "toys": toys,
    "drogist": drogist,
    "diy": diy,
    "cyklar": cyklar,
    "pastelaria": pastelaria,
    "mailorder": mailorder,
    "stationery": stationery,
    "jewellery": jewellery,
    "receipt": receipt,
    "recall": recall,
    "testreview": testreview,
    "hours": hours,
    "survey": survey,
}

# registered beside batches 3 and 5-9, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["10"] = Batch(
    LAYOUTS_10, BLIND_10, MAKERS_10, SEED_10, LANGUAGE_10, LOCALES_10, SCAN_DPI_10
)
