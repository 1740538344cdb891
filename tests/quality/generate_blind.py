"""Blind batch 3: catalog layouts written WITHOUT reading the product engine's rules.

A bench figure, not a test floor: these layouts estimate how the engine generalises to
catalogs it was never tuned on. They were designed from how real catalogs, price lists, wine
lists, lookbooks, flyers and spec sheets are typeset; nobody who wrote them read
`pdfqueue.engines.catalog` or `pdfqueue.engines.layout`. Do not tune the engine on them and
keep them blind: a later batch should again be written by someone who has not seen the rules.

Catalogs (truth: every product's name as printed, codes, prices, sizes, page):

- ``furniture``: one large hero photo, then three or four smaller product photos, each with a
  name, "W 80 × D 45 × H 75 cm", a price in pounds and an article number;
- ``fasteners``: industrial fasteners, a family heading ("Hexagon head screw DIN 933") over a
  ruled table of sizes ("M6 × 20"), material, pack quantity, price and "Art. No."; a product
  is a family in one size, named as a hand labeller would: family and size;
- ``winelist``: a wine list, region headings, each wine a bold name over an italic grape and
  appellation line, prices for a glass and a bottle in two columns without currency sign;
- ``lookbook``: a fashion lookbook, a photo covering half the page, beside it numbered entries
  in small capitals: name, colours, sizes, reference and price;
- ``compare``: an electronics comparison table, products as COLUMNS (names in the header, a
  photo above each), attributes as rows (article number, price, display, weight, ...);
- ``flyer``: a hardware store flyer, tiles with the price in big type and the cents raised
  ("19⁹⁹"), a struck-through "was" price and "SAVE" badges;
- ``tiered``: a B2B price list with tiered quantity prices (1+, 10+, 100+), rules only above
  and below the header and at the end, category rows inside the table;
- ``cosmetics``: product lines as headings with price and content, shades as a grid of
  swatches with numbers and shade names (the line is the product, the shades its variants);
- ``bilingual``: a product list in English and French side by side, code and price once.

Non-catalogs that look catalog-ish (truth: no products):

- ``review``: a restaurant review, dishes and their prices mentioned in prose, an info box;
- ``timetable``: a bus timetable, stops by departures, route numbers;
- ``invoice``: an invoice with line items (codes, descriptions, quantities, prices) and totals;
- ``results``: a sports league table and match results.

Each has a scanned twin (``-scan``), rasterised as tests/quality/generate.py's are. Files are
named ``b3-<layout>.pdf`` so no bench section that globs ``q-*.pdf`` picks them up.

Blind batch 5 (``BLIND_5``, ``BLIND_5_NON_CATALOGS``; files ``b5-<layout>``; seeds from
``SEED_5``), written later by someone else who again did not read the engine's rules, to be
scored ONCE on the final engine: only ``bench/quality.py --layouts blind5`` writes it. Page
sizes vary (A4, Letter, A4 landscape; scanned twins keep their page's size). Catalogs:

- ``roomset``: IKEA-style room photo (Letter), labels on it in white boxes: NAME in capitals,
  "Armchair, light grey", "$1,299.99", article number; two more products with photos below;
- ``books``: a publisher's catalogue (Times, two columns, running header, category heading),
  cover, title, author, blurb, "Hardback · 352 pp · ISBN ...", "£20" / "£8.99";
- ``exploded``: a German / English spare-parts list, exploded drawing with position numbers,
  ruled table Pos. | Teile-Nr. | Bezeichnung | Description | Menge | Preis EUR ("12,50");
- ``textlist``: a Dutch record shop's mail-order list in Courier, columns made of spaces,
  genre headings, "ARTIST - Title", format, "EUR 24,99";
- ``hero``: electronics retailer ad pages (A4 landscape), two big products a page, specs,
  "Model: ... | SKU: ...", "$1,299.99", struck "Was" price and a "Save $200" badge;
- ``pharmacy``: an Italian pharmacy's offers, 3 × 3 framed tiles, brand in grey capitals
  over the product, pack, "Minsan" code, "anziché € 15,90" struck, "€ 12,90";
- ``toolspec``: a Spanish power-tool catalog, per family a photo and bullets, then a
  borderless zebra table of models with "Ref." and "PVP" ("1.299,00 €");
- ``fashion``: a French fashion catalogue (Letter), 4-column grid of tall photos, names in
  regular type, "dès 19,99 €", colour dots, "Réf." and sizes;
- ``offers``: a Dutch supermarket's weekly offers, a lead offer and a grid, deal stickers
  ("2 voor 5,00", "1+1 gratis"), unit, struck normal price and "2,49".

Non-catalogs: ``annual`` (an annual report's segment revenue table and key figures),
``programme`` (a conference programme with registration fees), ``recipe`` (a recipe page,
ingredients with amounts, a cost per serving), ``manual`` (a user manual's parts and
controls of ONE device, "In the box", technical data: no order numbers, no prices).

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 3 [--scanned]
    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 5 [--scanned]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fpdf import FPDF
from generate import A4, Truth, Words, new_pdf, photo, scan, wrap
from generate import _write as write

BLIND = ("furniture", "fasteners", "winelist", "lookbook", "compare", "flyer", "tiered")
BLIND += ("cosmetics", "bilingual")
BLIND_NON_CATALOGS = ("review", "timetable", "invoice", "results")
LAYOUTS = BLIND + BLIND_NON_CATALOGS
SCAN_DPI = {"furniture": 200, "fasteners": 200, "winelist": 150, "lookbook": 300}
SCAN_DPI |= {"compare": 200, "flyer": 150, "tiered": 200, "cosmetics": 250, "bilingual": 200}
SCAN_DPI |= {"review": 200, "timetable": 150, "invoice": 200, "results": 250}
LANGUAGE = {"bilingual": "fr"}
SEED = 3000  # seeds of this batch: SEED + the layout's index in LAYOUTS


def cp1252(pdf: FPDF) -> FPDF:
    """Core fonts in Windows-1252: "€", "£", "×", "–" and "•" print and extract as themselves."""
    pdf.core_fonts_encoding = "windows-1252"
    return pdf


def money(words: Words, low: int, high: int, cents: bool = True) -> float:
    if not cents:
        return float(words.rng.randrange(low, high))
    return words.rng.randrange(low * 100, high * 100) / 100


def pounds(value: float) -> str:
    return f"£{value:,.0f}" if value == int(value) else f"£{value:,.2f}"


def euros(value: float) -> str:
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") + " €"


def right(pdf: FPDF, x_right: float, y: float, text: str) -> None:
    pdf.text(x_right - pdf.get_string_width(text), y, text)


def footer(pdf: FPDF, text: str, page: int) -> None:
    pdf.set_font("Helvetica", "", 7)
    pdf.set_text_color(90, 90, 90)
    pdf.text(40, 820, text)
    right(pdf, 555, 820, str(page))
    pdf.set_text_color(0, 0, 0)


# --- catalogs ---------------------------------------------------------------------------------


CODE_PARTS = ((100, 999), (100, 999), (10, 99))  # "402.118.77"


def furniture(words: Words, truth: Truth) -> FPDF:
    pdf = cp1252(new_pdf("The Hallam Collection"))
    collections = ("The Hallam Collection", "Living with Wood")
    for page in (1, 2):
        pdf.add_page()
        # the hero: full bleed across the top, the collection's title on it in white
        pdf.image(photo(3000 + page, (600, 340)), x=0, y=0, w=A4[0], h=330)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Times", "B", 30)
        pdf.text(40, 290, collections[page - 1])
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Times", "I", 11)
        y = 360
        for line in wrap(pdf, words.paragraph(3), 515):
            pdf.text(40, y, line)
            y += 14
        count = 4 if page == 1 else 3
        width = (515 - (count - 1) * 15) / count
        for index in range(count):
            x = 40 + index * (width + 15)
            top = 450
            pdf.image(
                photo(3010 + page * 10 + index, (200, 160)), x=x, y=top, w=width, h=width * 0.8
            )
            name = words.name()
            code = ".".join(str(words.rng.randrange(low, high)) for low, high in CODE_PARTS)
            dims = (
                f"W {words.rng.randrange(40, 220)} × D {words.rng.randrange(35, 100)}"
                f" × H {words.rng.randrange(40, 210)} cm"
            )
            price = pounds(money(words, 49, 1900, cents=False))
            ty = top + width * 0.8 + 18
            pdf.set_font("Helvetica", "B", 10)
            for line in wrap(pdf, name, width):
                pdf.text(x, ty, line)
                ty += 12
            pdf.set_font("Helvetica", "", 8)
            pdf.text(x, ty + 2, dims)
            pdf.set_font("Helvetica", "", 7)
            pdf.text(x, ty + 14, code)
            pdf.set_font("Helvetica", "B", 15)
            pdf.text(x, ty + 36, price)
            truth.products.append(
                {"name": name, "codes": [code], "prices": [price], "sizes": [dims], "page": page}
            )
        footer(
            pdf,
            "Hallam & Hart Furniture  ·  hallamhart.co.uk  ·  Prices valid until 31.08.2026",
            page,
        )
    return pdf


FAMILIES = (
    ("Hexagon head screw", "DIN 933", "screw"),
    ("Socket head cap screw", "DIN 912", "screw"),
    ("Hexagon nut", "DIN 934", "nut"),
    ("Countersunk screw", "DIN 7991", "screw"),
)
METRIC = ((4, 6, 8), (5, 10, 16), (6, 12, 20, 30), (8, 16, 25, 40), (10, 20, 30, 50), (12, 30))


def fasteners(words: Words, truth: Truth) -> FPDF:
    pdf = cp1252(new_pdf("Fasteners 2026"))
    widths = [80.0, 80.0, 150.0, 70.0, 80.0]
    header = ["Art. No.", "Size", "Material", "Pack", "Price / pack"]
    for page in (1, 2):
        pdf.add_page()
        pdf.set_fill_color(30, 60, 120)
        pdf.rect(0, 0, A4[0], 46, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 16)
        pdf.text(40, 30, "FASTENERS")
        pdf.set_font("Helvetica", "", 9)
        right(pdf, 555, 30, "Screws, nuts and washers  |  Prices in EUR excl. VAT")
        pdf.set_text_color(0, 0, 0)
        y = 80.0
        for family, norm, kind in FAMILIES[2 * page - 2 : 2 * page]:
            pdf.image(
                photo(3100 + page * 10 + len(truth.products), (160, 120)),
                x=435,
                y=y - 12,
                w=120,
                h=90,
            )
            pdf.set_font("Helvetica", "B", 14)
            pdf.text(40, y, f"{family} {norm}")
            pdf.set_font("Helvetica", "", 9)
            pdf.text(
                40, y + 16, "Property class 8.8 / A2-70, metric ISO thread, partially threaded"
            )
            pdf.text(40, y + 28, "Packed in cardboard boxes; larger packs on request.")
            y += 95
            pdf.set_fill_color(220, 225, 235)
            pdf.rect(40, y, sum(widths), 16, style="F")
            pdf.set_font("Helvetica", "B", 8.5)
            left = 40.0
            for text, width in zip(header, widths, strict=True):
                pdf.text(left + 4, y + 11, text)
                left += width
            y += 16
            pdf.set_font("Helvetica", "", 8.5)
            rows = [header]
            for diameter, *lengths in METRIC[page - 1 : page + 3]:
                for length in lengths[:2] if kind == "screw" else [0]:
                    size = f"M{diameter} × {length}" if kind == "screw" else f"M{diameter}"
                    material = words.rng.choice(("Steel 8.8, zinc plated", "Stainless A2"))
                    pack = str(words.rng.choice((100, 200, 500)) if diameter < 10 else 50)
                    code = f"{norm.split()[1]}{diameter:02d}{length:03d}{words.rng.randrange(1, 9)}"
                    price = f"{money(words, 3, 60):.2f}"
                    row = [code, size, material, pack, price]
                    rows.append(row)
                    left = 40.0
                    for c, (text, width) in enumerate(zip(row, widths, strict=True)):
                        if c == 4:
                            right(pdf, left + width - 4, y + 11, text)
                        else:
                            pdf.text(left + 4, y + 11, text)
                        left += width
                    pdf.set_draw_color(170, 170, 170)
                    pdf.line(40, y + 16, 40 + sum(widths), y + 16)
                    y += 16
                    truth.products.append(
                        {
                            "name": f"{family} {norm} {size}",
                            "aliases": [f"{family} {size}"],
                            "codes": [code],
                            "prices": [price],
                            "sizes": [],
                            "page": page,
                        }
                    )
            pdf.set_draw_color(0, 0, 0)
            truth.tables.append({"page": page, "ruled": True, "rows": rows})
            y += 40
        footer(pdf, "Kessler Industrial Supply GmbH  ·  Order hotline +49 711 555 010", page)
    return pdf


WINE_HOUSES = ("Château", "Domaine", "Bodega", "Weingut", "Tenuta", "Quinta", "Clos")
GRAPES = ("Pinot Noir", "Chardonnay", "Riesling", "Tempranillo", "Sangiovese", "Syrah")
GRAPES += ("Sauvignon Blanc", "Grenache", "Merlot", "Touriga Nacional", "Chenin Blanc")
REGIONS = (
    ("Burgundy", "France"),
    ("Rioja", "Spain"),
    ("Mosel", "Germany"),
    ("Tuscany", "Italy"),
    ("Douro", "Portugal"),
    ("Loire", "France"),
)


def winelist(words: Words, truth: Truth) -> FPDF:
    pdf = cp1252(new_pdf("Wine list"))
    regions = list(REGIONS)
    words.rng.shuffle(regions)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Times", "B", 24)
        title = "Wine list" if page == 1 else "Wine list, continued"
        pdf.text((A4[0] - pdf.get_string_width(title)) / 2, 70, title)
        pdf.set_font("Times", "I", 9)
        note = "All prices in pounds sterling. Glass 175 ml. Vintages may change."
        pdf.text((A4[0] - pdf.get_string_width(note)) / 2, 88, note)
        y = 125.0
        for region, country in regions[3 * page - 3 : 3 * page]:
            pdf.set_font("Times", "B", 13)
            pdf.text(70, y, f"{region.upper()}  ·  {country}")
            pdf.set_font("Times", "", 9)
            right(pdf, 455, y, "Glass")
            right(pdf, 525, y, "Bottle")
            pdf.line(70, y + 5, 525, y + 5)
            y += 24
            for _ in range(words.rng.randrange(3, 5)):
                house = f"{words.rng.choice(WINE_HOUSES)} {words.faker.last_name()}"
                grape = words.rng.choice(GRAPES)
                name = f"{house} {grape} {words.rng.randrange(2012, 2024)}"
                bottle = money(words, 28, 140, cents=False)
                glass = round(bottle / 4.2 * 2) / 2 if words.rng.random() < 0.6 else None
                pdf.set_font("Times", "B", 11)
                pdf.text(70, y, name)
                pdf.set_font("Times", "", 11)
                if glass:
                    right(pdf, 455, y, f"{glass:.2f}")
                right(pdf, 525, y, f"{bottle:.2f}")
                pdf.set_font("Times", "I", 9)
                detail = f"{region}, {country}. {words.faker.sentence(nb_words=8)}"
                pdf.text(70, y + 12, detail)
                y += 32
                prices = [f"{bottle:.2f}"] + ([f"{glass:.2f}"] if glass else [])
                truth.products.append(
                    {"name": name, "codes": [], "prices": prices, "sizes": [], "page": page}
                )
            y += 14
        footer(pdf, "The Old Granary  ·  Wine list  ·  Spring 2026", page)
    return pdf


GARMENT_ADJECTIVES = ("Relaxed", "Cropped", "Oversized", "Tailored", "Pleated", "Wide-Leg")
GARMENT_ADJECTIVES += ("Ribbed", "Boxy", "Slim", "Belted", "Wrap", "Quilted")
GARMENT_FABRICS = ("Linen", "Cotton", "Merino", "Denim", "Silk", "Cashmere", "Twill", "Jersey")
GARMENTS = ("Shirt", "Blazer", "Trousers", "Dress", "Cardigan", "Skirt", "Jacket", "Knit")
GARMENTS += ("Coat", "Shorts", "Top", "Jumpsuit")
COLOURS = ("Sand", "Navy", "Ecru", "Black", "Olive", "Rust", "Sky", "Stone", "Charcoal")


def lookbook(words: Words, truth: Truth) -> FPDF:
    pdf = cp1252(new_pdf("SS26 Lookbook"))
    used: set[str] = set()
    for page in (1, 2, 3):
        pdf.add_page()
        photo_left = page % 2 == 1
        pdf.image(photo(3200 + page, (320, 460)), x=0 if photo_left else 300, y=0, w=295, h=A4[1])
        x = 325 if photo_left else 40
        pdf.set_font("Helvetica", "", 8)
        pdf.text(x, 60, f"SS26  /  LOOK {page:02d}")
        pdf.set_font("Times", "I", 20)
        pdf.text(x, 100, words.rng.choice(("Easy layers", "Soft tailoring", "Summer city")))
        y = 160.0
        for number in range(1, words.rng.randrange(4, 6)):
            for _ in range(100):
                name = " ".join(
                    (
                        words.rng.choice(GARMENT_ADJECTIVES),
                        words.rng.choice(GARMENT_FABRICS),
                        words.rng.choice(GARMENTS),
                    )
                )
                if name not in used:
                    used.add(name)
                    break
            colours = ", ".join(words.rng.sample(COLOURS, words.rng.randrange(1, 4)))
            sizes = words.rng.choice(("XS–XL", "34–44", "S–XXL", "One size"))
            ref = f"{words.rng.randrange(1000, 9999)}/{words.rng.randrange(100, 999)}"
            price = euros(money(words, 29, 390, cents=False) - 0.05)
            pdf.set_font("Helvetica", "B", 8)
            pdf.text(x, y, str(number))
            pdf.set_font("Helvetica", "", 7.5)
            pdf.text(x + 14, y, name.upper())
            pdf.set_font("Helvetica", "", 7)
            pdf.set_text_color(100, 100, 100)
            pdf.text(x + 14, y + 10, colours)
            pdf.text(x + 14, y + 20, f"{sizes}   Ref. {ref}")
            pdf.set_text_color(0, 0, 0)
            pdf.text(x + 14, y + 30, price)
            y += 62
            truth.products.append(
                {"name": name, "codes": [ref], "prices": [price], "sizes": [], "page": page}
            )
        pdf.set_font("Helvetica", "", 7)
        pdf.text(x, 815, f"MAISON OREL  ·  {page}")
    return pdf


BRANDS = ("Nimbus", "Vektor", "Orion", "Kestrel", "Lumio", "Zephyr", "Arca", "Polaris")
MODELS = ("Air", "Pro", "Max", "Go", "Studio", "Flex", "Ultra", "One")


def compare(words: Words, truth: Truth) -> FPDF:
    pdf = cp1252(new_pdf("Compare"))
    kinds = (
        ("Laptops", ("14", "15", "16", "13"), ("Display", "Processor", "Memory", "Storage")),
        ("Tablets", ("8", "10", "11", "12"), ("Display", "Chip", "Storage", "Camera")),
    )
    for page, (kind, sizes, attributes) in enumerate(kinds, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 20)
        pdf.text(40, 60, f"Compare {kind.lower()}")
        pdf.set_font("Helvetica", "", 9)
        pdf.text(40, 78, "Find the right one for you. All prices include VAT.")
        count = 3 if page == 1 else 4
        label_width = 110.0
        width = (515 - label_width) / count
        products = []
        for index in range(count):
            name = f"{words.rng.choice(BRANDS)} {words.rng.choice(MODELS)} {sizes[index]}"
            while any(p["name"] == name for p in products):
                name = f"{words.rng.choice(BRANDS)} {words.rng.choice(MODELS)} {sizes[index]}"
            products.append(
                {
                    "name": name,
                    "code": str(words.rng.randrange(1000000, 9999999)),
                    "price": f"${money(words, 199, 2499, cents=False) - 0.01:,.2f}",
                    "dims": f"{words.rng.randrange(180, 360)} × {words.rng.randrange(120, 250)}"
                    f" × {words.rng.randrange(6, 19)} mm",
                    "weight": f"{words.rng.randrange(300, 2200)} g",
                }
            )
        for index in range(count):
            x = 40 + label_width + index * width
            pdf.image(
                photo(3300 + page * 10 + index, (160, 120)),
                x=x + 8,
                y=100,
                w=width - 16,
                h=(width - 16) * 0.75,
            )
        values = {
            "Display": lambda i, sizes=sizes: (
                f'{sizes[i]}" {words.rng.choice(("IPS", "OLED", "LCD"))}'
            ),
            "Processor": lambda i: f"{words.rng.choice(('8', '10', '12'))}-core",
            "Chip": lambda i: f"{words.rng.choice(('A', 'M', 'X'))}{words.rng.randrange(2, 9)}",
            "Memory": lambda i: f"{words.rng.choice((8, 16, 32))} GB",
            "Storage": lambda i: f"{words.rng.choice((128, 256, 512, 1024))} GB",
            "Camera": lambda i: f"{words.rng.choice((8, 12, 48))} MP",
        }
        rows = [[""] + [p["name"] for p in products]]
        rows.append(["Art. No."] + [p["code"] for p in products])
        rows.append(["Price"] + [p["price"] for p in products])
        for attribute in attributes:
            rows.append([attribute] + [values[attribute](i) for i in range(count)])
        rows.append(["Dimensions"] + [p["dims"] for p in products])
        rows.append(["Weight"] + [p["weight"] for p in products])
        y = 110 + (width - 16) * 0.75 + 10
        for r, row in enumerate(rows):
            height = 24 if r == 0 else 20
            if r % 2 == 1:
                pdf.set_fill_color(242, 242, 242)
                pdf.rect(40, y, 515, height, style="F")
            for c, cell in enumerate(row):
                bold = r == 0 or c == 0 or row[0] == "Price"
                pdf.set_font("Helvetica", "B" if bold else "", 10 if r == 0 else 9)
                x = 40 + (0 if c == 0 else label_width + (c - 1) * width)
                pdf.text(x + 6, y + height - 7, cell)
            y += height
        pdf.line(40, y, 555, y)
        truth.tables.append({"page": page, "ruled": False, "rows": rows})
        for product in products:
            truth.products.append(
                {
                    "name": product["name"],
                    "codes": [product["code"]],
                    "prices": [product["price"]],
                    "sizes": [product["dims"]],
                    "page": page,
                }
            )
        footer(pdf, "VoltMart  ·  Compare and save  ·  voltmart.example", page)
    return pdf


TOOLS = ("Cordless Drill", "Impact Driver", "Angle Grinder", "Jigsaw", "Hedge Trimmer")
TOOLS += ("Pressure Washer", "Work Light", "Tool Box", "Step Ladder", "Wet Vac", "Paint Roller Set")
TOOLS += ("Laser Level", "Garden Hose", "Circular Saw", "Sander")
TOOL_BRANDS = ("PowerCraft", "Ironhand", "TradeLine", "BuildPro", "Stanmore")


def flyer(words: Words, truth: Truth) -> FPDF:
    pdf = cp1252(new_pdf("Weekend deals"))
    tools = list(TOOLS)
    words.rng.shuffle(tools)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_fill_color(230, 40, 30)
        pdf.rect(0, 0, A4[0], 90, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 38)
        pdf.text(30, 55, "WEEKEND DEALS")
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(32, 76, "Friday to Sunday only  ·  while stocks last")
        pdf.set_text_color(0, 0, 0)
        for index in range(6):
            col, row = index % 2, index // 2
            x, y = 25 + col * 280, 110 + row * 235
            pdf.set_draw_color(200, 200, 200)
            pdf.rect(x, y, 265, 220)
            pdf.image(photo(3400 + page * 10 + index, (200, 150)), x=x + 8, y=y + 8, w=130, h=100)
            tool = tools[(page - 1) * 6 + index]
            name = f"{words.rng.choice(TOOL_BRANDS)} {tool}"
            detail = words.rng.choice(
                ("18 V, incl. 2 batteries", "with carry case", "1200 W", "3-year guarantee")
            )
            now = money(words, 4, 199, cents=False) + words.rng.choice((0.99, 0.49, 0.0))
            was = now + money(words, 3, 60, cents=False)
            whole, cents = f"{now:.2f}".split(".")
            # the price: "$19" large, "99" raised and small beside it
            pdf.set_text_color(230, 40, 30)
            pdf.set_font("Helvetica", "B", 40)
            pdf.text(x + 148, y + 60, f"${whole}")
            cx = x + 148 + pdf.get_string_width(f"${whole}") + 1
            if cents != "00":
                pdf.set_font("Helvetica", "B", 18)
                pdf.text(cx, y + 38, cents)
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Helvetica", "", 9)
            was_text = f"was ${was:.2f}"
            pdf.text(x + 150, y + 80, was_text)
            pdf.line(x + 150, y + 77, x + 150 + pdf.get_string_width(was_text), y + 77)
            if words.rng.random() < 0.5:
                pdf.set_fill_color(255, 210, 0)
                pdf.rect(x + 150, y + 88, 70, 16, style="F")
                pdf.set_font("Helvetica", "B", 9)
                pdf.text(x + 155, y + 100, f"SAVE {round(100 * (was - now) / was)}%")
            pdf.set_font("Helvetica", "B", 13)
            pdf.text(x + 10, y + 135, name)
            pdf.set_font("Helvetica", "", 9)
            pdf.text(x + 10, y + 151, detail)
            code = str(words.rng.randrange(100000, 999999))
            pdf.set_font("Helvetica", "", 7)
            pdf.text(x + 10, y + 205, f"Item {code}")
            truth.products.append(
                {
                    "name": name,
                    "codes": [code],
                    "prices": [f"${now:.2f}", f"${was:.2f}"],
                    "sizes": [],
                    "page": page,
                }
            )
        footer(pdf, "Prices valid 6–8 March 2026 at all Harbour Hardware stores.", page)
    return pdf


B2B_CATEGORIES = {
    "Cable ties": ("Cable tie", "Releasable cable tie", "Mounting base"),
    "Connectors": ("Butt connector", "Ring terminal", "Spade terminal", "Wire ferrule"),
    "Heat shrink": ("Heat shrink tube", "Heat shrink assortment", "Adhesive heat shrink"),
    "Tools": ("Crimping pliers", "Wire stripper", "Cable cutter"),
}


def tiered(words: Words, truth: Truth) -> FPDF:
    pdf = cp1252(new_pdf("Price list 2026 - trade"))
    widths = [70.0, 235.0, 50.0, 55.0, 55.0, 55.0]
    header = ["Part no.", "Description", "Unit", "1+", "10+", "100+"]
    categories = list(B2B_CATEGORIES.items())
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 15)
        pdf.text(40, 60, "Trade price list 2026")
        pdf.set_font("Helvetica", "", 8.5)
        pdf.text(
            40, 76, "Net prices in EUR per unit, excl. VAT. Quantity breaks apply per line item."
        )
        y = 100.0
        pdf.set_line_width(1.2)
        pdf.line(40, y, 560, y)
        pdf.set_font("Helvetica", "B", 8.5)
        left = 40.0
        for c, (text, width) in enumerate(zip(header, widths, strict=True)):
            if c >= 3:
                right(pdf, left + width - 4, y + 13, text)
            else:
                pdf.text(left + 4, y + 13, text)
            left += width
        y += 18
        pdf.set_line_width(0.5)
        pdf.line(40, y, 560, y)
        rows = [header]
        for category, items in categories[2 * page - 2 : 2 * page]:
            y += 6
            pdf.set_font("Helvetica", "B", 9)
            pdf.text(44, y + 11, category.upper())
            rows.append([category.upper(), "", "", "", "", ""])
            y += 16
            pdf.set_font("Helvetica", "", 8.5)
            for item in items:
                for _ in range(words.rng.randrange(2, 4)):
                    variant = words.rng.choice(
                        (
                            "black",
                            "natural",
                            "2.5 × 100 mm",
                            "4.8 × 200 mm",
                            "1.5 mm²",
                            "6 mm²",
                            "red",
                            "blue",
                            "yellow",
                            "assorted",
                        )
                    )
                    name = f"{item}, {variant}"
                    if any(p["name"] == name for p in truth.products):
                        continue
                    code = f"{words.rng.choice('KCHT')}{words.rng.randrange(10000, 99999)}"
                    unit = words.rng.choice(("pc", "pack 100", "m", "pack 10"))
                    base = money(words, 1, 40)
                    prices = [f"{base:.2f}", f"{base * 0.88:.2f}", f"{base * 0.75:.2f}"]
                    row = [code, name, unit, *prices]
                    rows.append(row)
                    left = 40.0
                    for c, (text, width) in enumerate(zip(row, widths, strict=True)):
                        if c >= 3:
                            right(pdf, left + width - 4, y + 11, text)
                        else:
                            pdf.text(left + 4, y + 11, text)
                        left += width
                    y += 15
                    truth.products.append(
                        {"name": name, "codes": [code], "prices": prices, "sizes": [], "page": page}
                    )
        pdf.set_line_width(1.2)
        pdf.line(40, y + 4, 560, y + 4)
        pdf.set_line_width(0.2)
        truth.tables.append({"page": page, "ruled": False, "rows": rows})
        footer(
            pdf, "Elwood Electrical Wholesale  ·  Terms: 30 days net  ·  trade@elwood.example", page
        )
    return pdf


COSMETIC_LINES = (
    ("Velvet Matte Lipstick", "3.5 g"),
    ("Hydra Glow Foundation", "30 ml"),
    ("Silk Touch Blush", "5 g"),
    ("Lash Lift Mascara", "9 ml"),
    ("Dew Drop Primer", "30 ml"),
    ("Soft Focus Concealer", "6 ml"),
)
SHADES = ("Rosewood", "Coral Dusk", "Nude Beige", "Berry Kiss", "Warm Sand", "Cocoa", "Ivory")
SHADES += ("Golden Hour", "Mauve", "Cherry", "Porcelain", "Honey", "Espresso", "Peach")


def cosmetics(words: Words, truth: Truth) -> FPDF:
    pdf = cp1252(new_pdf("Beauty 2026"))
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Times", "I", 26)
        pdf.text(40, 62, "Colour Collection" if page == 1 else "Complexion")
        y = 95.0
        for line_name, content in COSMETIC_LINES[3 * page - 3 : 3 * page]:
            pdf.image(
                photo(3500 + page * 10 + len(truth.products), (140, 180)), x=40, y=y, w=95, h=125
            )
            price = pounds(money(words, 12, 48, cents=False))
            pdf.set_font("Helvetica", "B", 13)
            pdf.text(150, y + 14, line_name.upper())
            pdf.set_font("Helvetica", "", 9)
            pdf.text(150, y + 28, f"{content}  ·  {price}")
            pdf.set_font("Times", "I", 9.5)
            ty = y + 44
            for text in wrap(pdf, words.sentence(16), 390)[:2]:
                pdf.text(150, ty, text)
                ty += 12
            shades = words.rng.sample(SHADES, words.rng.randrange(4, 7))
            for index, shade in enumerate(shades):
                sx, sy = 150 + (index % 3) * 130, ty + 10 + (index // 3) * 26
                pdf.set_fill_color(*(words.rng.randrange(90, 240) for _ in range(3)))
                pdf.ellipse(sx, sy, 14, 14, style="F")
                number = f"{index + 1:02d}"
                pdf.set_font("Helvetica", "", 8)
                pdf.text(sx + 20, sy + 10, f"{number} {shade}")
            truth.products.append(
                {
                    "name": line_name,
                    "codes": [],
                    "prices": [price],
                    "sizes": [content],
                    "page": page,
                }
            )
            y += 235
        footer(pdf, "LUMEN BEAUTY  ·  Cruelty free  ·  lumenbeauty.example", page)
    return pdf


FR_PRODUCTS = {"Chair": "Chaise", "Table": "Table", "Lamp": "Lampe", "Vase": "Vase"}
FR_PRODUCTS |= {"Bowl": "Bol", "Rug": "Tapis", "Mirror": "Miroir", "Basket": "Panier"}
FR_PRODUCTS |= {"Stool": "Tabouret", "Clock": "Horloge", "Shelf": "Étagère", "Bench": "Banc"}
FR_MATERIALS = {"Oak": "chêne", "Steel": "acier", "Linen": "lin", "Ceramic": "céramique"}
FR_MATERIALS |= {"Glass": "verre", "Leather": "cuir", "Rattan": "rotin", "Walnut": "noyer"}
COLLECTIONS = ("Alba", "Brume", "Cèdre", "Dune", "Éole", "Flore", "Gaïa", "Hélios", "Iris")
EN_LINES = ("Hand-finished, easy to clean.", "Made in Portugal.", "Assembly required.")
FR_LINES = ("Finition à la main, facile à nettoyer.", "Fabriqué au Portugal.", "À monter soi-même.")


def bilingual(words: Words, truth: Truth) -> FPDF:
    pdf = cp1252(new_pdf("Catalogue / Catalog 2026"))
    used: set[tuple[str, str]] = set()
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 16)
        pdf.text(40, 60, "Catalogue 2026")
        pdf.text(320, 60, "Catalog 2026")
        pdf.set_font("Helvetica", "", 8)
        pdf.text(40, 74, "FRANÇAIS")
        pdf.text(320, 74, "ENGLISH")
        pdf.line(305, 50, 305, 790)
        y = 100.0
        for _ in range(7):
            while True:
                product = words.rng.choice(list(FR_PRODUCTS))
                material = words.rng.choice(list(FR_MATERIALS))
                collection = words.rng.choice(COLLECTIONS)
                if (product, collection) not in used:
                    used.add((product, collection))
                    break
            english = f"{collection} {material} {product}"
            french = f"{FR_PRODUCTS[product]} {collection} en {FR_MATERIALS[material]}"
            code = f"{words.rng.randrange(10, 99)}-{words.rng.randrange(1000, 9999)}"
            price = euros(money(words, 15, 900))
            line = words.rng.randrange(len(EN_LINES))
            pdf.image(
                photo(3600 + page * 10 + len(truth.products), (120, 90)), x=40, y=y, w=60, h=45
            )
            pdf.set_font("Helvetica", "B", 10)
            pdf.text(110, y + 10, french)
            pdf.text(320, y + 10, english)
            pdf.set_font("Helvetica", "", 8.5)
            pdf.text(110, y + 23, FR_LINES[line])
            pdf.text(320, y + 23, EN_LINES[line])
            pdf.text(110, y + 36, f"Réf. {code}")
            pdf.text(320, y + 36, f"Ref. {code}")
            pdf.set_font("Helvetica", "B", 10)
            right(pdf, 555, y + 36, price)
            y += 95
            truth.products.append(
                {
                    "name": english,
                    "aliases": [french],
                    "codes": [code],
                    "prices": [price],
                    "sizes": [],
                    "page": page,
                }
            )
        footer(pdf, "Atelier Brume SARL  ·  Lyon", page)
    return pdf


# --- non-catalogs -----------------------------------------------------------------------------

DISHES = ("Grilled octopus with smoked paprika", "Duck breast, cherries and chard")
DISHES += ("Burrata with blood orange", "Braised short rib", "Wild mushroom risotto")
DISHES += ("Lemon tart", "Crab linguine", "Roast cauliflower, tahini", "Chocolate fondant")


def review(words: Words, truth: Truth) -> FPDF:
    pdf = cp1252(new_pdf("Restaurant review"))
    dishes = list(DISHES)
    words.rng.shuffle(dishes)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        pdf.text(40, 40, "FOOD & DRINK  |  RESTAURANT REVIEW")
        if page == 1:
            pdf.set_font("Times", "B", 28)
            pdf.text(40, 85, "Harbour Lights: small plates, big ideas")
            pdf.set_font("Times", "I", 11)
            pdf.text(
                40, 105, "A seaside dining room that finally lives up to its view. By Jo Marsh"
            )
            pdf.image(photo(3700, (400, 240)), x=40, y=120, w=515, h=250)
            y = 400.0
        else:
            y = 70.0
        for column, x in enumerate((40.0, 305.0)):
            cy = y
            pdf.set_font("Times", "", 10.5)
            for paragraph in range(3):
                dish = dishes[(page - 1) * 4 + column * 2 + paragraph % 2]
                price = f"£{words.rng.randrange(6, 32)}"
                text = (
                    f"{words.paragraph(2)} The {dish.lower()} ({price})"
                    f" {words.sentence(12).lower()} {words.paragraph(2)}"
                )
                for line in wrap(pdf, text, 250):
                    pdf.text(x, cy, line)
                    cy += 13.5
                cy += 8
        if page == 2:
            pdf.set_fill_color(240, 236, 228)
            pdf.rect(305, 600, 250, 150, style="F")
            pdf.set_font("Helvetica", "B", 10)
            pdf.text(315, 620, "Harbour Lights")
            pdf.set_font("Helvetica", "", 9)
            for n, line in enumerate(
                (
                    "12 Quay Street, Whitby",
                    "Open Tue–Sat, 12–22",
                    "Small plates £6–£14, mains £18–£32",
                    "Set lunch: two courses £24",
                    "Rating: 4 out of 5",
                )
            ):
                pdf.text(315, 640 + 16 * n, line)
        footer(pdf, "The Coastal Weekly  ·  14 March 2026", page)
    return pdf


STOPS = ("Central Station", "Market Square", "Town Hall", "Victoria Road", "Hospital")
STOPS += ("Park Lane", "Riverside", "College", "Mill Street", "Oak Farm", "Airport")


def timetable(words: Words, truth: Truth) -> FPDF:
    pdf = cp1252(new_pdf("Timetable"))
    for page, (route, days) in enumerate((("42", "Monday to Friday"), ("42A", "Saturday")), 1):
        pdf.add_page()
        pdf.set_fill_color(0, 110, 80)
        pdf.rect(40, 40, 60, 40, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 22)
        pdf.text(48, 68, route)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Helvetica", "B", 14)
        pdf.text(115, 58, "Central Station - Airport")
        pdf.set_font("Helvetica", "", 10)
        pdf.text(115, 74, f"{days}  ·  valid from 6 April 2026")
        starts = [6 * 60 + 5 + 20 * i + words.rng.randrange(0, 4) for i in range(9)]
        rows = [["Stop"] + ["" for _ in starts]]
        y = 110.0
        for s, stop in enumerate(STOPS):
            row = [stop]
            for start in starts:
                t = start + s * 4 + (s // 3)
                row.append(f"{t // 60:02d}:{t % 60:02d}")
            rows.append(row)
        widths = [110.0] + [45.0] * len(starts)
        for r, row in enumerate(rows[1:]):
            if r % 2 == 0:
                pdf.set_fill_color(235, 245, 240)
                pdf.rect(40, y, sum(widths), 17, style="F")
            left = 40.0
            for c, (text, width) in enumerate(zip(row, widths, strict=True)):
                pdf.set_font("Helvetica", "B" if c == 0 else "", 8.5)
                pdf.text(left + 4, y + 12, text)
                left += width
            y += 17
        pdf.set_font("Helvetica", "", 8)
        for n, note in enumerate(
            (
                "Times are approximate and may vary with traffic.",
                "Single fare £2.40, day ticket £5.20, weekly £18.00. Children under 5 travel free.",
                "Lost property: 0345 600 7272.",
            )
        ):
            pdf.text(40, y + 30 + 12 * n, note)
        footer(pdf, "Coastline Buses", page)
    return pdf


def invoice(words: Words, truth: Truth) -> FPDF:
    pdf = cp1252(new_pdf("Invoice"))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.text(40, 70, "INVOICE")
    pdf.set_font("Helvetica", "", 9)
    for n, line in enumerate(
        ("Northwind Trading Ltd", "4 Canal Wharf", "Leeds LS1 4AB", "VAT GB 123 4567 89")
    ):
        pdf.text(40, 95 + 12 * n, line)
    for n, line in enumerate(
        (
            "Invoice no. INV-2026-0412",
            "Date: 12 March 2026",
            "Customer no. C-20817",
            "Due: 11 April 2026",
        )
    ):
        right(pdf, 555, 95 + 12 * n, line)
    pdf.set_font("Helvetica", "B", 9)
    pdf.text(40, 170, "Bill to")
    pdf.set_font("Helvetica", "", 9)
    pdf.text(40, 183, words.faker.company())
    pdf.text(40, 195, words.faker.street_address())
    pdf.text(40, 207, words.faker.city())
    widths = [70.0, 245.0, 40.0, 80.0, 80.0]
    header = ["Item", "Description", "Qty", "Unit price", "Amount"]
    y = 240.0
    pdf.set_fill_color(230, 230, 230)
    pdf.rect(40, y, sum(widths), 18, style="F")
    rows = [header]
    total = 0.0
    for _ in range(8):
        qty = words.rng.randrange(1, 25)
        unit = money(words, 2, 300)
        total += qty * unit
        rows.append([words.code(0), words.name(), str(qty), f"£{unit:,.2f}", f"£{qty * unit:,.2f}"])
    for r, row in enumerate(rows):
        pdf.set_font("Helvetica", "B" if r == 0 else "", 9)
        left = 40.0
        for c, (text, width) in enumerate(zip(row, widths, strict=True)):
            if c >= 2:
                right(pdf, left + width - 4, y + 12, text)
            else:
                pdf.text(left + 4, y + 12, text)
            left += width
        y += 18
        pdf.line(40, y, 40 + sum(widths), y)
    for n, (label, value) in enumerate(
        (("Subtotal", total), ("VAT 20%", total * 0.2), ("Total due", total * 1.2))
    ):
        pdf.set_font("Helvetica", "B" if n == 2 else "", 9)
        right(pdf, 435, y + 20 + 14 * n, label)
        right(pdf, 551, y + 20 + 14 * n, f"£{value:,.2f}")
    pdf.set_font("Helvetica", "", 8)
    pdf.text(
        40, y + 90, "Payment by bank transfer within 30 days. Sort code 20-00-00, account 12345678."
    )
    pdf.text(40, y + 102, "Thank you for your business.")
    footer(pdf, "Northwind Trading Ltd  ·  Registered in England no. 0123456", 1)
    return pdf


TEAMS = ("Riverside United", "Harbour City", "Northgate Rovers", "Kingsbridge Athletic")
TEAMS += ("Millbrook Town", "Ashford Wanderers", "Castle Vale", "Eastfield Albion")


def results(words: Words, truth: Truth) -> FPDF:
    pdf = cp1252(new_pdf("League table"))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(40, 60, "Premier Division - Results and table")
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, 90, "Saturday's results")
    pdf.set_font("Helvetica", "", 10)
    teams = list(TEAMS)
    words.rng.shuffle(teams)
    for n in range(4):
        home, away = teams[2 * n], teams[2 * n + 1]
        score = f"{words.rng.randrange(0, 5)} - {words.rng.randrange(0, 4)}"
        y = 110 + 16 * n
        right(pdf, 250, y, home)
        pdf.text(262, y, score)
        pdf.text(300, y, away)
    header = ["Pos", "Team", "P", "W", "D", "L", "GF", "GA", "GD", "Pts"]
    widths = [30.0, 170.0] + [38.0] * 8
    rows = []
    for team in teams:
        w, d = words.rng.randrange(3, 15), words.rng.randrange(0, 8)
        lost = 20 - w - d
        gf, ga = words.rng.randrange(15, 50), words.rng.randrange(15, 50)
        rows.append([team, 20, w, d, lost, gf, ga, gf - ga, 3 * w + d])
    rows.sort(key=lambda r: (-r[-1], -r[-2]))
    y = 200.0
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, y, "Table")
    y += 10
    for r, row in enumerate(
        [header] + [[str(i + 1), *map(str, row)] for i, row in enumerate(rows)]
    ):
        pdf.set_font("Helvetica", "B" if r == 0 else "", 9.5)
        left = 40.0
        for c, (text, width) in enumerate(zip(row, widths, strict=True)):
            if c >= 2:
                right(pdf, left + width - 4, y + 13, text)
            else:
                pdf.text(left + 4, y + 13, text)
            left += width
        y += 18
        pdf.line(40, y, 40 + sum(widths), y)
    pdf.set_font("Helvetica", "", 9)
    pdf.text(
        40,
        y + 24,
        "Top two promoted; bottom two relegated. Next fixtures: Saturday 21 March, 15:00.",
    )
    footer(pdf, "County League  ·  Season 2025/26", 1)
    return pdf


# --- the batch --------------------------------------------------------------------------------

MAKERS: dict[str, Callable[[Words, Truth], FPDF]] = {
    "furniture": furniture,
    "fasteners": fasteners,
    "winelist": winelist,
    "lookbook": lookbook,
    "compare": compare,
    "flyer": flyer,
    "tiered": tiered,
    "cosmetics": cosmetics,
    "bilingual": bilingual,
    "review": review,
    "timetable": timetable,
    "invoice": invoice,
    "results": results,
}


def generate(out: Path, *, scanned: bool = False, layouts: tuple[str, ...] = LAYOUTS) -> list[Path]:
    """Write the blind batch (and scanned twins) with `*.truth.json`; return the PDFs."""
    return write_batch(out, "3", scanned=scanned, layouts=layouts)


@dataclass(frozen=True)
class Batch:
    layouts: tuple[str, ...]  # every layout of the batch, in seed order
    catalogs: tuple[str, ...]  # those that present products
    makers: dict[str, Callable[[Words, Truth], FPDF]]
    seed: int
    languages: dict[str, str]
    locales: dict[str, str]
    scan_dpi: dict[str, int]


def write_batch(
    out: Path, number: str, *, scanned: bool = False, layouts: tuple[str, ...] | None = None
) -> list[Path]:
    """Write the chosen `layouts` (default: all) of blind batch `number` (files
    ``b<number>-<layout>``, and scanned twins), each with its `*.truth.json`. Each layout is
    seeded by its place in the batch, so choosing some does not change the others."""
    batch = BATCHES[number]
    layouts = batch.layouts if layouts is None else layouts
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, layout in enumerate(batch.layouts):
        if layout not in layouts:
            continue
        language = batch.languages.get(layout, "en")
        words = Words(batch.seed + index, batch.locales[language])
        stem = f"b{number}-{layout}"
        truth = Truth(name=stem, layout=layout, language=language)
        pdf = batch.makers[layout](words, truth)
        truth.pages = pdf.pages_count
        data = bytes(pdf.output())
        presents = layout in batch.catalogs
        truth_json: dict[str, Any] = truth.as_json() | {"presents_products": presents}
        truth_json["batch"] = f"blind {number}"
        if not presents:
            truth_json["products"] = []
        written.append(write(out, stem, data, truth_json))
        if scanned:
            dpi = batch.scan_dpi[layout]
            twin_pdf = scan(data, dpi, batch.seed + 100 + index, f"{layout} (scanned)")
            twin = truth_json | {"name": f"{stem}-scan", "scanned": True, "scan_dpi": dpi}
            written.append(write(out, f"{stem}-scan", bytes(twin_pdf.output()), twin))
    return written


# --- blind batch 5 ----------------------------------------------------------------------------
# Written, like batch 3, without reading the engine's rules, and later: keep it blind too. Only
# `bench/quality.py --layouts blind5` writes it, so nobody scores (and tunes on) it by accident.

BLIND_5 = ("roomset", "books", "exploded", "textlist", "hero", "pharmacy", "toolspec")
BLIND_5 += ("fashion", "offers")
BLIND_5_NON_CATALOGS = ("annual", "programme", "recipe", "manual")
LAYOUTS_5 = BLIND_5 + BLIND_5_NON_CATALOGS
SCAN_DPI_5 = {"roomset": 200, "books": 250, "exploded": 200, "textlist": 300, "hero": 150}
SCAN_DPI_5 |= {"pharmacy": 250, "toolspec": 200, "fashion": 200, "offers": 150}
SCAN_DPI_5 |= {"annual": 200, "programme": 200, "recipe": 150, "manual": 250}
LANGUAGE_5 = {"exploded": "de", "textlist": "nl", "pharmacy": "it", "toolspec": "es"}
LANGUAGE_5 |= {"fashion": "fr", "offers": "nl"}
LOCALES_5 = {"en": "en_US", "de": "de_DE", "nl": "nl_NL", "it": "it_IT", "es": "es_ES"}
LOCALES_5 |= {"fr": "fr_FR"}
SEED_5 = 5000  # seeds of batch 5: SEED_5 + the layout's index in LAYOUTS_5
LETTER = (612.0, 792.0)
A4_LANDSCAPE = (A4[1], A4[0])


def sized_pdf(title: str, size: tuple[float, float]) -> FPDF:
    """`new_pdf` on another page size (Letter, landscape), core fonts in Windows-1252."""
    pdf = cp1252(FPDF(unit="pt", format=size))
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.set_title(title)
    pdf.set_creator("pdfqueue tests/quality/generate_blind.py")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    return pdf


def product(name: str, codes: list[str], prices: list[str], page: int, **extra: Any) -> dict:
    return {"name": name, "codes": codes, "prices": prices, "sizes": [], "page": page} | extra


def dollars(value: float) -> str:
    return f"${value:,.2f}"


def pick(words: Words, pool: tuple[str, ...], used: set[str]) -> str:
    for _ in range(200):
        choice = words.rng.choice(pool)
        if choice not in used:
            used.add(choice)
            return choice
    raise RuntimeError("ran out of distinct choices")


SYLLABLES = ("KAL", "SVE", "LIN", "NEA", "BRO", "TOR", "MAL", "VIK", "ULL", "STA", "HEM")
SYLLABLES += ("GRO", "SKA", "FJÄ", "RIK", "DAL", "ENS", "OLA", "BÅ", "NOR", "KEN")
ROOM_ITEMS = ("Armchair", "Sofa, 3-seat", "Coffee table", "Floor lamp", "Bookcase", "Rug, low pile")
ROOM_ITEMS += ("Side table", "Cushion cover", "Curtains, 1 pair", "Wall shelf", "Plant pot")
ROOM_ITEMS += ("Storage box with lid", "TV bench", "Footstool", "Throw")
ROOM_FINISHES = ("light grey", "oak veneer", "white", "anthracite", "natural", "dark blue")
ROOM_FINISHES += ("birch", "beige", "black-brown", "green")


def roomset(words: Words, truth: Truth) -> FPDF:
    """IKEA-style room scene (Letter): a photo of a room over most of the page, product labels
    set on it in white boxes (NAME in bold capitals, what it is, price, article number), then a
    strip of two more products below with small photos."""
    pdf = sized_pdf("Living room ideas", LETTER)
    used: set[str] = set()
    spots = ((30, 60), (400, 90), (60, 330), (420, 380), (230, 220))
    for page in (1, 2):
        pdf.add_page()
        pdf.image(photo(5000 + page, (640, 560)), x=0, y=0, w=LETTER[0], h=560)
        pdf.set_font("Helvetica", "B", 26)
        pdf.set_text_color(255, 255, 255)
        pdf.text(30, 40, ("Make room for reading", "A sofa for every family")[page - 1])
        pdf.set_text_color(0, 0, 0)
        entries = []
        for x, y in spots[: 4 + page % 2]:
            entries.append((x, y, True))
        entries += [(30, 600, False), (320, 600, False)]
        for x, y, over in entries:
            while True:
                name = "".join(words.rng.sample(SYLLABLES, words.rng.randrange(2, 4)))
                if name not in used and len(name) <= 9:
                    used.add(name)
                    break
            what = f"{words.rng.choice(ROOM_ITEMS)}, {words.rng.choice(ROOM_FINISHES)}"
            value = money(words, 5, 1400) if words.rng.random() < 0.7 else money(words, 5, 60)
            price = dollars(round(value) - 0.01 if value > 20 else value)
            code = ".".join(str(words.rng.randrange(low, high)) for low, high in CODE_PARTS)
            if over:
                pdf.set_fill_color(255, 255, 255)
                pdf.rect(x, y, 160, 66, style="F")
                tx, ty = x + 8, y + 16
            else:
                pdf.image(photo(5010 + len(truth.products), (160, 120)), x=x, y=y, w=110, h=82)
                tx, ty = x + 122, y + 14
            pdf.set_font("Helvetica", "B", 12)
            pdf.text(tx, ty, name)
            pdf.set_font("Helvetica", "", 8)
            pdf.text(tx, ty + 12, what)
            pdf.set_font("Helvetica", "B", 15)
            pdf.text(tx, ty + 32, price)
            pdf.set_font("Helvetica", "", 7)
            pdf.text(tx, ty + 44, code)
            truth.products.append(product(name, [code], [price], page, aliases=[f"{name} {what}"]))
        pdf.set_font("Helvetica", "", 7)
        pdf.text(30, 770, "Prices valid through March 31, 2026 while supplies last.")
        right(pdf, 582, 770, str(page))
    return pdf


BOOK_ADJECTIVES = ("Silent", "Last", "Hidden", "Burning", "Winter", "Glass", "Salt", "Iron")
BOOK_ADJECTIVES += ("Lost", "Northern", "Paper", "Quiet", "Restless", "Golden")
BOOK_NOUNS = ("Harbour", "Garden", "Orchard", "Lighthouse", "River", "Kingdom", "Archive")
BOOK_NOUNS += ("Daughter", "Bridge", "Cartographer", "Season", "Island", "Letters", "Mountain")
BOOK_FORMATS = (("Hardback", 18, 25), ("Paperback", 8, 13), ("Trade paperback", 12, 17))


def isbn13(words: Words) -> str:
    digits = "9781" + "".join(str(words.rng.randrange(10)) for _ in range(8))
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10
    return f"{digits[:3]}-{digits[3]}-{digits[4:8]}-{digits[8:]}-{check}"


def books(words: Words, truth: Truth) -> FPDF:
    """A publisher's seasonal catalogue (A4, Times): two columns, category headings, each
    title a small cover, the bold title, "by" author, a blurb, a format / pages / ISBN line and
    a price in pounds ("£20", "£8.99"); a running header naming the season and category."""
    pdf = cp1252(new_pdf("Spring 2026"))
    used: set[str] = set()
    categories = ("Fiction", "Crime & Thrillers", "History", "Nature Writing")
    for page in (1, 2, 3):
        pdf.add_page()
        category = categories[page - 1]
        pdf.set_font("Times", "I", 9)
        pdf.text(40, 32, f"Harrow & Pike  ·  Spring 2026  ·  {category}")
        right(pdf, 555, 32, str(page + 11))
        pdf.line(40, 38, 555, 38)
        pdf.set_font("Times", "B", 20)
        pdf.text(40, 72, category.upper())
        for x in (40.0, 305.0):
            y = 100.0
            for _ in range(3):
                while True:
                    form = words.rng.randrange(3)
                    adjective = words.rng.choice(BOOK_ADJECTIVES)
                    noun = words.rng.choice(BOOK_NOUNS)
                    other = words.rng.choice(BOOK_NOUNS)
                    title = (
                        f"The {adjective} {noun}",
                        f"{adjective} {noun}",
                        f"The {noun} of {other}s",
                    )[form]
                    if title not in used and noun != other:
                        used.add(title)
                        break
                author = words.faker.name()
                fmt, low, high = words.rng.choice(BOOK_FORMATS)
                value = float(words.rng.randrange(low, high)) + words.rng.choice((0, 0.99, 0.99))
                price = pounds(value)
                isbn = isbn13(words)
                pdf.image(photo(5100 + len(truth.products), (80, 120)), x=x, y=y, w=58, h=87)
                tx = x + 68
                pdf.set_font("Times", "B", 12)
                ty = y + 10
                for line in wrap(pdf, title, 182):
                    pdf.text(tx, ty, line)
                    ty += 13
                pdf.set_font("Times", "I", 10)
                pdf.text(tx, ty, f"by {author}")
                pdf.set_font("Times", "", 8.5)
                ty += 13
                for line in wrap(pdf, words.paragraph(2), 182)[:5]:
                    pdf.text(tx, ty, line)
                    ty += 10.5
                pdf.set_font("Times", "", 8)
                pages = words.rng.randrange(180, 560)
                pdf.text(tx, ty + 4, f"{fmt}  ·  {pages} pp  ·  ISBN {isbn}")
                pdf.set_font("Times", "B", 11)
                right(pdf, x + 250, ty + 18, price)
                pdf.set_font("Times", "", 8)
                pdf.text(tx, ty + 18, f"Published {words.rng.choice(('March', 'April', 'May'))}")
                truth.products.append(product(title, [isbn], [price], page))
                y = max(y + 95, ty + 40)
        pdf.set_font("Times", "", 7)
        pdf.text(40, 820, "Prices and publication dates are subject to change.")
    return pdf


SPARE_PARTS = (
    ("Messerbalken", "Blade"),
    ("Messerbefestigungsschraube", "Blade bolt"),
    ("Luftfilter", "Air filter"),
    ("Zündkerze", "Spark plug"),
    ("Grasfangkorb komplett", "Grass bag, complete"),
    ("Radkappe", "Hub cap"),
    ("Hinterrad 200 mm", "Rear wheel 200 mm"),
    ("Vorderrad 175 mm", "Front wheel 175 mm"),
    ("Seilzug Motorbremse", "Engine brake cable"),
    ("Starterseil", "Starter rope"),
    ("Schubbügel unten", "Lower handle"),
    ("Schubbügel oben", "Upper handle"),
    ("Sterngriffmutter", "Star knob"),
    ("Schnitthöhenverstellung", "Cutting height lever"),
    ("Heckklappe", "Rear flap"),
    ("Tankdeckel", "Fuel cap"),
    ("Keilriemen", "V-belt"),
    ("Federring", "Spring washer"),
    ("Mulchkeil", "Mulching plug"),
    ("Ölmessstab", "Oil dipstick"),
)
ACCESSORIES = (
    ("Motoröl SAE 30, 0,6 l", "Engine oil SAE 30, 0.6 l"),
    ("Wartungsset", "Service kit"),
    ("Abdeckhaube", "Protective cover"),
    ("Ersatzmesser Mulch", "Mulching blade"),
)


def exploded(words: Words, truth: Truth) -> FPDF:
    """A German / English spare-parts list of a lawn mower (A4): an exploded drawing with
    circled position numbers, then a ruled table Pos. | Teile-Nr. | Bezeichnung | Description |
    Menge | Preis EUR ("12,50"; some "a. A." on request); continued on page two with an
    accessories heading; a running header naming the machine."""
    pdf = cp1252(new_pdf("Ersatzteilliste RM 46"))
    parts = list(SPARE_PARTS)
    words.rng.shuffle(parts)
    widths = [32.0, 78.0, 150.0, 150.0, 40.0, 65.0]
    header = ["Pos.", "Teile-Nr.", "Bezeichnung", "Description", "Menge", "Preis EUR"]
    groups = [(None, parts[:11]), (None, parts[11:]), ("Zubehör / Accessories", ACCESSORIES)]
    position = 0
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        pdf.text(40, 28, "Ersatzteilliste / Spare parts list  ·  Rasenmäher / Lawn mower RM 46 B")
        right(pdf, 555, 28, f"Seite / Page {page}")
        pdf.line(40, 34, 555, 34)
        y = 60.0
        if page == 1:
            pdf.image(photo(5200, (520, 300)), x=40, y=y, w=515, h=290)
            pdf.set_font("Helvetica", "", 8)
            for n in range(1, 12):
                cx = 60 + words.rng.randrange(0, 470)
                cy = y + 15 + words.rng.randrange(0, 255)
                pdf.set_fill_color(255, 255, 255)
                pdf.ellipse(cx, cy, 14, 14, style="DF")
                pdf.text(cx + (4.5 if n < 10 else 2.5), cy + 10, str(n))
            y += 310
        for heading, rows_in in groups[page - 1 : page + page - 1]:
            if heading:
                y += 14
                pdf.set_font("Helvetica", "B", 11)
                pdf.text(40, y, heading)
                y += 8
            pdf.set_fill_color(225, 225, 225)
            pdf.rect(40, y, sum(widths), 16, style="F")
            pdf.set_font("Helvetica", "B", 8)
            left = 40.0
            for text, width in zip(header, widths, strict=True):
                pdf.text(left + 3, y + 11, text)
                left += width
            y += 16
            rows = [header]
            pdf.set_font("Helvetica", "", 8)
            for german, english in rows_in:
                position += 1
                code = f"{words.rng.randrange(1000, 9999)}-{words.rng.randrange(100, 999)}-01"
                on_request = words.rng.random() < 0.12
                price = "a. A." if on_request else f"{money(words, 1, 160):.2f}".replace(".", ",")
                qty = str(words.rng.choice((1, 1, 1, 2, 4)))
                pos = str(position) if heading is None else "-"
                row = [pos, code, german, english, qty, price]
                rows.append(row)
                left = 40.0
                for c, (text, width) in enumerate(zip(row, widths, strict=True)):
                    if c >= 4:
                        right(pdf, left + width - 4, y + 11, text)
                    else:
                        pdf.text(left + 3, y + 11, text)
                    left += width
                pdf.set_draw_color(180, 180, 180)
                pdf.line(40, y + 16, 40 + sum(widths), y + 16)
                pdf.set_draw_color(0, 0, 0)
                y += 16
                truth.products.append(
                    product(german, [code], [] if on_request else [price], page, aliases=[english])
                )
            truth.tables.append({"page": page, "ruled": True, "rows": rows})
        pdf.set_font("Helvetica", "", 7)
        pdf.text(
            40, 815, "a. A. = auf Anfrage / on request. Preise zzgl. MwSt. / prices excl. VAT."
        )
        pdf.text(40, 825, "Gartenwerk Nord GmbH  ·  Kundendienst 040 555 1290")
    return pdf


GENRES = ("JAZZ", "SOUL & FUNK", "REGGAE / DUB", "ROCK & POP", "ELECTRONIC")
RECORD_WORDS = ("Blue", "Night", "Train", "Moon", "Sessions", "Live", "Groove", "City", "Rain")
RECORD_WORDS += ("Heat", "Echoes", "Dreams", "Sun", "Street", "Fire", "River", "Soul", "Dub")
BANDS = ("BAND", "QUARTET", "COLLECTIVE", "BROTHERS", "ORCHESTRA")
FORMATS = ("LP", "2LP", "CD", '7"', '12"', "LP+DL")


def textlist(words: Words, truth: Truth) -> FPDF:
    """A mail-order record list set in Courier on Letter (Dutch shop): fixed-width columns made
    of spaces, genre headings in capitals under a dashed rule, each line a catalogue number,
    "ARTIST - Title", the format and "EUR 24,99"; a running header with the list's number."""
    pdf = sized_pdf("Postorderlijst 87", LETTER)
    used: set[str] = set()
    genres = list(GENRES)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Courier", "", 9)
        pdf.text(
            40, 36, f"PLATENZAAK DE GROEF - POSTORDERLIJST NR. 87 - MAART 2026     blad {page}"
        )
        pdf.text(40, 48, "Prijzen incl. 21% BTW. Verzendkosten NL EUR 6,95, EU EUR 14,50.")
        pdf.text(40, 72, f"{'CAT.NR.':<12}{'ARTIEST - TITEL':<52}{'FORMAAT':<8}{'PRIJS':>10}")
        pdf.text(40, 82, "=" * 82)
        y = 100.0
        for genre in genres[2 * page - 2 : 2 * page + (page - 1)]:
            y += 6
            pdf.set_font("Courier", "B", 9)
            pdf.text(40, y, genre)
            pdf.set_font("Courier", "", 9)
            pdf.text(40, y + 9, "-" * len(genre))
            y += 22
            for _ in range(words.rng.randrange(5, 8)):
                while True:
                    band = f"THE {words.rng.choice(RECORD_WORDS).upper()} {words.rng.choice(BANDS)}"
                    artist = words.faker.name().upper() if words.rng.random() < 0.5 else band
                    title = " ".join(words.rng.sample(RECORD_WORDS, words.rng.randrange(2, 4)))
                    name = f"{artist} - {title}"
                    if name not in used and len(name) <= 50:
                        used.add(name)
                        break
                label = "".join(words.rng.choice("ABCDEGHJKLMPRSTW") for _ in range(3))
                code = f"{label} {words.rng.randrange(100, 9999)}"
                fmt = words.rng.choice(FORMATS)
                price = "EUR " + f"{money(words, 6, 45):.2f}".replace(".", ",")
                pdf.text(40, y, f"{code:<12}{name:<52}{fmt:<8}{price:>10}")
                y += 12
                truth.products.append(product(name, [code], [price], page))
        pdf.text(40, 750, "Bestellen: bestel@degroef.example  -  tel. 020 555 7788")
    return pdf


HERO_ITEMS = (
    ("Aurora", 'X15 15.6" Laptop, 16 GB RAM, 1 TB SSD', "AX15-"),
    ("Vantix", '65" 4K QLED Smart TV', "VQ65-"),
    ("Soundra", "Noise-Cancelling Wireless Headphones", "SH-"),
    ("Kestrel", "Mirrorless Camera with 18-55 mm Lens", "KM-"),
    ("Nimbus", "Robot Vacuum & Mop, Self-Emptying", "NR-"),
    ("Pixora", '11" Tablet, Wi-Fi, 128 GB', "PT11-"),
    ("Brevio", "Espresso Machine with Milk Frother", "BE-"),
    ("Zentra", "Smartwatch 45 mm, GPS", "ZW45-"),
)
HERO_SPECS = ("Up to 14 hours battery life", "Bluetooth 5.3", "2-year warranty included")
HERO_SPECS += ("Voice assistant built in", "Dolby Atmos sound", "Works with your smart home")
HERO_SPECS += ("Free delivery and setup", "Energy class B")


def hero(words: Words, truth: Truth) -> FPDF:
    """An electronics retailer's ad pages (A4 landscape): two big products a page, each a large
    photo, a grey brand, the bold name, spec bullets, "Model: ... | SKU: ...", a big price
    ("$1,299.99"), the old price and a red "Save $200" badge; a running header with the dates."""
    pdf = sized_pdf("Back to school deals", A4_LANDSCAPE)
    items = list(HERO_ITEMS)
    words.rng.shuffle(items)
    for page in (1, 2, 3):
        pdf.add_page()
        pdf.set_fill_color(20, 40, 90)
        pdf.rect(0, 0, A4_LANDSCAPE[0], 36, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 14)
        pdf.text(30, 24, "TECHWORLD")
        pdf.set_font("Helvetica", "", 9)
        right(pdf, 812, 24, "Back to school deals  ·  Aug 1 - Aug 14, 2026")
        pdf.set_text_color(0, 0, 0)
        for slot in (0, 1):
            brand, what, prefix = items[(page - 1) * 2 + slot]
            x = 30 + slot * 400
            pdf.image(photo(5300 + page * 10 + slot, (360, 240)), x=x, y=60, w=380, h=230)
            pdf.set_font("Helvetica", "B", 9)
            pdf.set_text_color(110, 110, 110)
            pdf.text(x, 312, brand.upper())
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Helvetica", "B", 15)
            name = f"{brand} {what}"
            ty = 330.0
            for line in wrap(pdf, name, 380):
                pdf.text(x, ty, line)
                ty += 17
            pdf.set_font("Helvetica", "", 9)
            for spec in words.rng.sample(HERO_SPECS, 3):
                pdf.text(x, ty + 4, f"•  {spec}")
                ty += 13
            model = f"{prefix}{words.rng.randrange(1000, 9999)}"
            sku = str(words.rng.randrange(6000000, 6999999))
            pdf.set_font("Helvetica", "", 7.5)
            pdf.text(x, ty + 10, f"Model: {model}  |  SKU: {sku}")
            value = words.rng.randrange(49, 2000) - 0.01
            saving = words.rng.choice((20, 50, 100, 200, 300))
            price = dollars(value)
            pdf.set_font("Helvetica", "B", 30)
            pdf.text(x, ty + 52, price)
            pdf.set_font("Helvetica", "", 9)
            was = f"Was {dollars(value + saving)}"
            pdf.text(x + 230, ty + 36, was)
            pdf.line(x + 230, ty + 33, x + 230 + pdf.get_string_width(was), ty + 33)
            pdf.set_fill_color(200, 20, 30)
            pdf.rect(x + 230, ty + 42, 80, 18, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Helvetica", "B", 10)
            pdf.text(x + 236, ty + 55, f"Save ${saving}")
            pdf.set_text_color(0, 0, 0)
            truth.products.append(product(name, [model, sku], [price], page))
        pdf.set_font("Helvetica", "", 6.5)
        pdf.text(
            30, 580, "Offers valid while supplies last. No rain checks. See store for details."
        )
    return pdf


PHARMA_BRANDS = ("BIOFARMA", "DERMALIA", "NATURVITA", "SOLEMED", "EUPHYTO", "ROSACLIN")
PHARMA_PRODUCTS = (
    ("Vitamina C 1000 mg", "30 compresse"),
    ("Magnesio e Potassio", "20 bustine"),
    ("Crema viso idratante SPF 30", "50 ml"),
    ("Fermenti lattici", "12 flaconcini"),
    ("Gel detergente delicato", "200 ml"),
    ("Spray nasale isotonico", "100 ml"),
    ("Collirio lubrificante", "10 ml"),
    ("Crema mani riparatrice", "75 ml"),
    ("Omega 3 Forte", "60 capsule"),
    ("Shampoo anticaduta", "250 ml"),
    ("Melatonina 1 mg", "120 compresse"),
    ("Latte solare bambini SPF 50+", "150 ml"),
    ("Siero contorno occhi", "15 ml"),
    ("Pastiglie per la gola al miele", "24 pastiglie"),
    ("Dentifricio gengive sensibili", "75 ml"),
    ("Olio di mandorle dolci", "250 ml"),
    ("Cerotti assortiti", "40 pezzi"),
    ("Tisana digestiva", "20 filtri"),
)


PHARMA_HEALTH = {"Vitamina C 1000 mg", "Magnesio e Potassio", "Fermenti lattici", "Omega 3 Forte"}
PHARMA_HEALTH |= {"Spray nasale isotonico", "Collirio lubrificante", "Melatonina 1 mg"}
PHARMA_HEALTH |= {"Pastiglie per la gola al miele", "Tisana digestiva"}


def pharmacy(words: Words, truth: Truth) -> FPDF:
    """An Italian pharmacy's offers (A4): a green band, a category heading, a 3 × 3 grid of
    framed tiles (photo, brand in grey capitals, the product in bold, the pack, "Minsan" code,
    "anziché € 15,90" struck, "€ 12,90" in red and a "-20%" badge)."""
    pdf = cp1252(new_pdf("Offerte di primavera"))
    health = [item for item in PHARMA_PRODUCTS if item[0] in PHARMA_HEALTH]
    care = [item for item in PHARMA_PRODUCTS if item[0] not in PHARMA_HEALTH]
    words.rng.shuffle(health)
    words.rng.shuffle(care)
    items = health + care  # page 1 health, page 2 skin care and hygiene, nine each
    for page in (1, 2):
        pdf.add_page()
        pdf.set_fill_color(0, 130, 80)
        pdf.rect(0, 0, A4[0], 60, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 20)
        pdf.text(30, 38, "Farmacia Centrale")
        pdf.set_font("Helvetica", "", 10)
        right(pdf, 565, 38, "Offerte di primavera  ·  dal 1 al 30 aprile")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Helvetica", "B", 14)
        pdf.text(30, 90, ("Integratori e salute", "Dermocosmesi e igiene")[page - 1])
        for index in range(9):
            item, pack = items[(page - 1) * 9 + index]
            brand = words.rng.choice(PHARMA_BRANDS)
            x, y = 30 + (index % 3) * 180, 105 + (index // 3) * 235
            pdf.set_draw_color(200, 200, 200)
            pdf.rect(x, y, 172, 225)
            pdf.set_draw_color(0, 0, 0)
            pdf.image(photo(5400 + page * 10 + index, (160, 100)), x=x + 6, y=y + 6, w=160, h=100)
            pdf.set_font("Helvetica", "", 7)
            pdf.set_text_color(120, 120, 120)
            pdf.text(x + 8, y + 120, brand)
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Helvetica", "B", 9.5)
            ty = y + 133
            for line in wrap(pdf, item, 156):
                pdf.text(x + 8, ty, line)
                ty += 11
            pdf.set_font("Helvetica", "", 8)
            pdf.text(x + 8, ty, pack)
            minsan = f"{words.rng.randrange(9, 99):02d}{words.rng.randrange(1000000, 9999999)}"
            pdf.set_font("Helvetica", "", 6.5)
            pdf.text(x + 8, ty + 10, f"Minsan {minsan}")
            new = money(words, 3, 40)
            percent = words.rng.choice((15, 20, 25, 30))
            old = round(new / (1 - percent / 100), 1)
            pdf.set_font("Helvetica", "", 8)
            was = f"anziché € {old:.2f}".replace(".", ",")
            pdf.text(x + 8, y + 200, was)
            pdf.line(x + 44, y + 197, x + 8 + pdf.get_string_width(was), y + 197)
            price = f"€ {new:.2f}".replace(".", ",")
            pdf.set_font("Helvetica", "B", 17)
            pdf.set_text_color(200, 20, 30)
            right(pdf, x + 164, y + 216, price)
            pdf.set_fill_color(200, 20, 30)
            pdf.rect(x + 126, y + 10, 40, 18, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Helvetica", "B", 10)
            pdf.text(x + 132, y + 23, f"-{percent}%")
            pdf.set_text_color(0, 0, 0)
            truth.products.append(
                product(
                    f"{brand} {item}",
                    [minsan],
                    [price],
                    page,
                    aliases=[item],
                    sizes=[pack],
                )
            )
        pdf.set_font("Helvetica", "", 6.5)
        pdf.text(30, 825, "Offerte valide fino a esaurimento scorte. Leggere le avvertenze.")
    return pdf


TOOL_FAMILIES = (
    ("Taladro percutor", "TP", ("Potencia", "W"), ("Par", "Nm")),
    ("Amoladora angular", "AA", ("Potencia", "W"), ("Disco", "mm")),
    ("Sierra circular", "SC", ("Potencia", "W"), ("Corte", "mm")),
    ("Atornillador a batería", "AB", ("Tensión", "V"), ("Par", "Nm")),
)
REF_PARTS = ((10, 99), (100, 999), (10, 99))  # "26.118.40"
TOOL_FEATURES = ("Empuñadura ergonómica antideslizante", "Motor sin escobillas de larga vida")
TOOL_FEATURES += ("Incluye maletín de transporte", "Freno rápido del motor")
TOOL_FEATURES += ("Luz LED de trabajo", "Garantía de 3 años registrándose en línea")


def toolspec(words: Words, truth: Truth) -> FPDF:
    """A Spanish power-tool catalog (A4): per family a bold heading, a photo on the left and
    feature bullets on the right, then a borderless zebra table of its models: Modelo |
    power | torque or size | Peso | Ref. | PVP ("129,00 €"); a product is a family's model."""
    pdf = cp1252(new_pdf("Herramientas eléctricas 2026"))
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(40, 30, "HERRAMIENTAS ELÉCTRICAS")
        pdf.set_font("Helvetica", "", 9)
        right(pdf, 555, 30, f"Catálogo 2026  |  {page + 33}")
        y = 60.0
        for family, prefix, (a_name, a_unit), (b_name, b_unit) in TOOL_FAMILIES[
            2 * page - 2 : 2 * page
        ]:
            pdf.set_font("Helvetica", "B", 16)
            pdf.text(40, y + 14, family)
            pdf.image(photo(5500 + len(truth.products), (200, 150)), x=40, y=y + 24, w=150, h=112)
            pdf.set_font("Helvetica", "", 9)
            for n, feature in enumerate(words.rng.sample(TOOL_FEATURES, 4)):
                pdf.text(210, y + 40 + 15 * n, f"•  {feature}")
            y += 150
            header = ["Modelo", f"{a_name} ({a_unit})", f"{b_name} ({b_unit})", "Peso (kg)"]
            header += ["Ref.", "PVP"]
            widths = [95.0, 80.0, 80.0, 70.0, 95.0, 95.0]
            pdf.set_font("Helvetica", "B", 8.5)
            left = 40.0
            for text, width in zip(header, widths, strict=True):
                pdf.text(left + 4, y + 11, text)
                left += width
            y += 16
            rows = [header]
            for r in range(words.rng.randrange(3, 5)):
                model = f"{prefix}-{words.rng.randrange(10, 99) * 10 + r}"
                a = str(words.rng.randrange(4, 25) * (50 if a_unit == "W" else 1))
                b = str(words.rng.randrange(20, 230))
                weight = f"{words.rng.randrange(12, 45) / 10:.1f}".replace(".", ",")
                ref = ".".join(str(words.rng.randrange(lo, hi)) for lo, hi in REF_PARTS)
                price = euros(money(words, 39, 1450, cents=False))
                row = [model, a, b, weight, ref, price]
                rows.append(row)
                if r % 2 == 0:
                    pdf.set_fill_color(238, 238, 238)
                    pdf.rect(40, y, sum(widths), 16, style="F")
                left = 40.0
                pdf.set_font("Helvetica", "", 8.5)
                for c, (text, width) in enumerate(zip(row, widths, strict=True)):
                    if c == 5:
                        pdf.set_font("Helvetica", "B", 8.5)
                    pdf.text(left + 4, y + 11, text)
                    left += width
                y += 16
                truth.products.append(
                    product(f"{family} {model}", [ref], [price], page, aliases=[model])
                )
            truth.tables.append({"page": page, "ruled": False, "rows": rows})
            y += 40
        pdf.set_font("Helvetica", "", 7)
        pdf.text(40, 820, "PVP recomendado, IVA incluido. Ferretería Ibérica S.L.")
    return pdf


FR_GARMENTS = ("Robe portefeuille", "Pull col roulé", "Chemise oversize", "Jean droit")
FR_GARMENTS += ("Veste courte", "Gilet boutonné", "Jupe midi plissée", "Pantalon large")
FR_GARMENTS += ("T-shirt col V", "Trench long", "Blouse à volants", "Short taille haute")
FR_GARMENTS += ("Débardeur côtelé", "Combinaison fluide", "Cardigan court", "Manteau droit")
FR_FABRICS = ("en lin", "en coton bio", "en mérinos", "en denim", "en viscose", "en maille")
FR_FABRICS += ("à rayures", "en satin", "imprimé fleuri", "en velours côtelé")


def fashion(words: Words, truth: Truth) -> FPDF:
    """A French fashion catalogue (Letter): a big category heading, a 4-column grid of tall
    photos, under each the name in REGULAR type, "dès 19,99 €" or "29,99 €", colour dots
    with "4 coloris", a grey reference and the sizes."""
    pdf = sized_pdf("Collection printemps", LETTER)
    used: set[str] = set()
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Times", "", 34)
        pdf.text(36, 70, ("Robes & jupes", "Mailles & vestes")[page - 1])
        pdf.set_font("Helvetica", "", 8)
        right(pdf, 576, 70, f"NOUVELLE COLLECTION  —  {page + 5}")
        for index in range(8):
            name = f"{pick(words, FR_GARMENTS, used)} {words.rng.choice(FR_FABRICS)}"
            x, y = 36 + (index % 4) * 138, 95 + (index // 4) * 335
            pdf.image(photo(5600 + page * 10 + index, (150, 220)), x=x, y=y, w=128, h=190)
            pdf.set_font("Helvetica", "", 9)
            ty = y + 206
            for line in wrap(pdf, name, 128):
                pdf.text(x, ty, line)
                ty += 11
            value = money(words, 9, 140)
            value = round(value) - 0.01
            price = f"{value:.2f}".replace(".", ",") + " €"
            printed = f"dès {price}" if words.rng.random() < 0.35 else price
            pdf.set_font("Helvetica", "B", 10)
            pdf.text(x, ty + 4, printed)
            colours = words.rng.randrange(1, 6)
            for c in range(colours):
                pdf.set_fill_color(*(words.rng.randrange(30, 240) for _ in range(3)))
                pdf.ellipse(x + c * 10, ty + 12, 7, 7, style="F")
            pdf.set_font("Helvetica", "", 7)
            if colours > 1:
                pdf.text(x + colours * 10 + 4, ty + 18, f"{colours} coloris")
            ref = f"{words.rng.randrange(100, 999)}.{words.rng.randrange(100, 999)}"
            pdf.set_text_color(130, 130, 130)
            pdf.text(x, ty + 32, f"Réf. {ref}  ·  {words.rng.choice(('XS-XL', '34-46', 'S-XXL'))}")
            pdf.set_text_color(0, 0, 0)
            truth.products.append(product(name, [ref], [printed], page))
    return pdf


NL_OFFERS = (
    ("Verse kipfilet", "per 500 gram"),
    ("Hollandse aardbeien", "bak 400 gram"),
    ("Jonge kaas 48+", "per kilo"),
    ("Volkoren brood", "heel, 800 gram"),
    ("Halfvolle melk", "pak 1 liter"),
    ("Biologische bananen", "per tros"),
    ("Rundergehakt", "per 300 gram"),
    ("Pindakaas", "pot 350 gram"),
    ("Appelsap", "fles 1,5 liter"),
    ("Griekse yoghurt", "beker 500 gram"),
    ("Komkommer", "per stuk"),
    ("Koffiebonen", "zak 1 kilo"),
)


def offers(words: Words, truth: Truth) -> FPDF:
    """A Dutch supermarket's weekly offers (A4): a yellow band with the week, a large lead
    offer with a big photo, then a 3-column grid of offers each with a photo, an orange
    deal sticker ("2 voor 5,00", "1+1 gratis", "25% korting"), the bold name, the unit, the
    struck normal price and the offer price ("2,49")."""
    pdf = cp1252(new_pdf("Aanbiedingen week 12"))
    items = list(NL_OFFERS)
    words.rng.shuffle(items)
    pdf.add_page()
    pdf.set_fill_color(255, 210, 0)
    pdf.rect(0, 0, A4[0], 70, style="F")
    pdf.set_font("Helvetica", "B", 24)
    pdf.text(30, 45, "Aanbiedingen")
    pdf.set_font("Helvetica", "", 10)
    right(pdf, 565, 45, "Week 12  ·  geldig van maandag 16 t/m zondag 22 maart")
    slots = [(30, 90, 535, True)] + [
        (30 + (i % 3) * 182, 330 + (i // 3) * 165, 170, False) for i in range(9)
    ]
    for index, (x, y, width, lead) in enumerate(slots):
        name, unit = items[index]
        normal = money(words, 1, 12)
        kind = words.rng.randrange(3)
        if kind == 0:
            deal, price = f"2 voor {2 * normal * 0.8:.2f}".replace(".", ","), normal * 0.8
        elif kind == 1:
            deal, price = "1+1 gratis", normal
        else:
            deal, price = "25% korting", normal * 0.75
        offer = f"{price:.2f}".replace(".", ",")
        was = f"{normal:.2f}".replace(".", ",")
        if lead:
            pdf.image(photo(5700, (320, 200)), x=x, y=y, w=300, h=220)
            tx, ty, size = x + 320, y + 40, 22
        else:
            pdf.image(photo(5700 + index, (160, 100)), x=x, y=y, w=width, h=85)
            tx, ty, size = x, y + 100, 11
        pdf.set_fill_color(240, 110, 0)
        pdf.rect(x + (width - 82 if not lead else 210), y + 6, 82 if not lead else 86, 22, "F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(x + (width - 78 if not lead else 214), y + 21, deal)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Helvetica", "B", size)
        pdf.text(tx, ty, name)
        pdf.set_font("Helvetica", "", 8 if not lead else 11)
        pdf.text(tx, ty + (12 if not lead else 20), unit)
        pdf.set_font("Helvetica", "", 8 if not lead else 11)
        wy = ty + (26 if not lead else 50)
        if kind != 1:  # "1+1 gratis" keeps the normal price: nothing to strike
            pdf.text(tx, wy, was)
            pdf.line(tx, wy - 3, tx + pdf.get_string_width(was), wy - 3)
        pdf.set_font("Helvetica", "B", 18 if not lead else 40)
        pdf.text(tx + (40 if not lead else 0), wy + (2 if not lead else 46), offer)
        truth.products.append(
            product(
                name,
                [],
                [offer] if kind == 1 else [offer, was],
                1,
                sizes=[unit] if any(c.isdigit() for c in unit) else [],
            )
        )
    pdf.set_font("Helvetica", "", 7)
    pdf.text(30, 825, "Zolang de voorraad strekt. Op = op. Prijzen in euro.")
    return pdf


# --- batch 5 non-catalogs ---------------------------------------------------------------------

SEGMENTS = ("Consumer Products", "Professional Tools", "Industrial Solutions", "Services")
SEGMENTS += ("Digital & Software",)


def annual(words: Words, truth: Truth) -> FPDF:
    """An annual report's segment review (A4): a heading, two columns of prose, a table of
    revenue by segment (€ million, two years, change) and key figures in a shaded box."""
    pdf = cp1252(new_pdf("Annual Report 2025"))
    pdf.add_page()
    pdf.set_font("Helvetica", "", 8)
    pdf.text(40, 30, "Nordhaven Group  ·  Annual Report 2025  ·  Management report")
    right(pdf, 555, 30, "37")
    pdf.set_font("Times", "B", 22)
    pdf.text(40, 80, "Business performance by segment")
    for x in (40.0, 305.0):
        y = 110.0
        pdf.set_font("Times", "", 10)
        for line in wrap(pdf, words.paragraph(6), 250):
            pdf.text(x, y, line)
            y += 13
    y = 400.0
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(40, y, "Revenue by segment (in € million)")
    header = ["Segment", "2025", "2024", "Change"]
    widths = [215.0, 100.0, 100.0, 100.0]
    y += 10
    pdf.line(40, y, 555, y)
    rows = [header]
    total = [0.0, 0.0]
    for segment in SEGMENTS:
        now, before = money(words, 200, 2400), money(words, 200, 2400)
        total[0] += now
        total[1] += before
        rows.append([segment, f"{now:,.1f}", f"{before:,.1f}", f"{(now / before - 1) * 100:+.1f}%"])
    rows.append(
        [
            "Group",
            f"{total[0]:,.1f}",
            f"{total[1]:,.1f}",
            f"{(total[0] / total[1] - 1) * 100:+.1f}%",
        ]
    )
    for r, row in enumerate(rows):
        pdf.set_font("Helvetica", "B" if r in (0, len(rows) - 1) else "", 9)
        left = 40.0
        for c, (text, width) in enumerate(zip(row, widths, strict=True)):
            if c:
                right(pdf, left + width - 4, y + 13, text)
            else:
                pdf.text(left + 4, y + 13, text)
            left += width
        y += 18
        if r in (0, len(rows) - 2):
            pdf.line(40, y, 555, y)
    pdf.line(40, y, 555, y)
    truth.tables.append({"page": 1, "ruled": True, "rows": rows})
    pdf.set_fill_color(235, 240, 245)
    pdf.rect(40, y + 30, 515, 110, style="F")
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(50, y + 50, "Key figures")
    pdf.set_font("Helvetica", "", 9)
    for n, line in enumerate(
        (
            f"EBIT margin {words.rng.randrange(60, 140) / 10:.1f}%"
            f" (prior year {words.rng.randrange(60, 140) / 10:.1f}%)",
            f"Free cash flow € {words.rng.randrange(100, 900)} million",
            f"Dividend proposed € {words.rng.randrange(80, 320) / 100:.2f} per share",
            f"Employees at year end: {words.rng.randrange(8000, 40000):,}",
        )
    ):
        pdf.text(50, y + 68 + 14 * n, line)
    pdf.set_font("Times", "", 10)
    ty = y + 170
    for line in wrap(pdf, words.paragraph(4), 515):
        pdf.text(40, ty, line)
        ty += 13
    return pdf


TALKS = ("Scaling event-driven systems", "What we learned from ten years of Postgres")
TALKS += ("Designing for accessibility", "Observability on a budget", "Rust in production")
TALKS += ("The economics of open source", "Keynote: the next decade of the web")
TALKS += ("Data contracts in practice", "Panel: hiring and growing engineers")
TALKS += ("Edge computing myths", "Testing without mocks", "Lightning talks")
TALKS += ("Workshop: profiling Python", "Closing keynote: software that lasts")


def programme(words: Words, truth: Truth) -> FPDF:
    """A conference programme (A4, two days): time slots, talk titles in bold, speakers with
    their company, rooms; a box of registration fees and a sponsor line."""
    pdf = cp1252(new_pdf("DevConf Nord 2026 programme"))
    talks = list(TALKS)
    words.rng.shuffle(talks)
    for page, day in enumerate(("Thursday, 14 May", "Friday, 15 May"), 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 20)
        pdf.text(40, 60, "DevConf Nord 2026  —  Programme")
        pdf.set_font("Helvetica", "B", 13)
        pdf.text(40, 90, f"Day {page}: {day}")
        y = 120.0
        minutes = 9 * 60
        for slot in range(8):
            start = f"{minutes // 60:02d}:{minutes % 60:02d}"
            length = words.rng.choice((30, 45, 45, 60))
            minutes += length
            end = f"{minutes // 60:02d}:{minutes % 60:02d}"
            pdf.set_font("Helvetica", "", 9)
            pdf.text(40, y, f"{start}–{end}")
            if slot == 3:
                pdf.set_font("Helvetica", "I", 10)
                pdf.text(130, y, "Lunch break (included with your ticket)")
                y += 30
                continue
            title = talks.pop()
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.text(130, y, title)
            pdf.set_font("Helvetica", "", 9)
            pdf.text(130, y + 13, f"{words.faker.name()}, {words.faker.company()}")
            right(pdf, 555, y, words.rng.choice(("Main hall", "Room A", "Room B", "Workshop 1")))
            y += 42
            minutes += 15 if slot in (1, 5) else 0
        if page == 2:
            pdf.set_fill_color(240, 240, 240)
            pdf.rect(40, y + 10, 515, 96, style="F")
            pdf.set_font("Helvetica", "B", 10)
            pdf.text(50, y + 30, "Registration")
            pdf.set_font("Helvetica", "", 9)
            for n, line in enumerate(
                (
                    "Early bird (until 31 March): € 450",
                    "Standard ticket: € 590   ·   Workshop day add-on: € 120",
                    "Students and non-profits: € 190 (ID required)",
                    "All prices excl. 19% VAT. Register at devconf-nord.example",
                )
            ):
                pdf.text(50, y + 48 + 13 * n, line)
        pdf.set_font("Helvetica", "", 7)
        pdf.text(
            40, 820, "Programme subject to change. Sponsors: Hafenbyte, Cloudmeer, Nordlicht Data."
        )
    return pdf


INGREDIENTS = ("plain flour", "unsalted butter, cubed", "caster sugar", "large eggs")
INGREDIENTS += ("whole milk", "vanilla extract", "baking powder", "lemon, zest and juice")
INGREDIENTS += ("fresh raspberries", "icing sugar, to dust", "fine sea salt", "double cream")
AMOUNTS = ("250 g", "125 g", "2", "150 ml", "1 tsp", "1½ tsp", "1", "200 g", "a pinch", "300 ml")


def recipe(words: Words, truth: Truth) -> FPDF:
    """A recipe book page (Letter): a photo across the top half, the title, "Serves 8 ·
    Prep 25 min · Cook 40 min", ingredients with amounts on the left, numbered method steps on
    the right, a tip with an approximate cost per serving."""
    pdf = sized_pdf("Baking at home", LETTER)
    pdf.add_page()
    pdf.image(photo(5900, (600, 320)), x=0, y=0, w=LETTER[0], h=330)
    pdf.set_font("Times", "B", 26)
    pdf.text(40, 375, "Lemon & raspberry sponge")
    pdf.set_font("Times", "I", 11)
    pdf.text(40, 395, "Serves 8  ·  Prep 25 min  ·  Cook 40 min  ·  Vegetarian")
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(40, 430, "INGREDIENTS")
    y = 448.0
    for ingredient in words.rng.sample(INGREDIENTS, 9):
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(40, y, words.rng.choice(AMOUNTS))
        pdf.set_font("Helvetica", "", 9)
        pdf.text(90, y, ingredient)
        y += 15
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(250, 430, "METHOD")
    y = 448.0
    for step in range(1, 6):
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(250, y, str(step))
        pdf.set_font("Times", "", 10)
        for line in wrap(pdf, words.paragraph(2), 300):
            pdf.text(265, y, line)
            y += 12.5
        y += 6
    pdf.set_fill_color(250, 240, 220)
    pdf.rect(40, 610, 190, 90, style="F")
    pdf.set_font("Helvetica", "B", 9)
    pdf.text(48, 628, "Cook's tip")
    pdf.set_font("Helvetica", "", 8)
    tip = "Use frozen raspberries out of season. Costs about $1.80 a serving; keeps 3 days."
    ty = 642.0
    for line in wrap(pdf, tip, 170):
        pdf.text(48, ty, line)
        ty += 11
    pdf.set_font("Times", "", 8)
    pdf.text(40, 770, "96  ·  Cakes and bakes")
    return pdf


MANUAL_PARTS = ("Water tank", "Drip tray", "Grounds container", "Milk frother nozzle")
MANUAL_PARTS += ("Control panel", "Bean hopper lid", "Grind setting dial", "Power switch")
MANUAL_PARTS += ("Steam knob", "Cup warmer", "Brew unit", "Coffee spout (height adjustable)")


def manual(words: Words, truth: Truth) -> FPDF:
    """A user manual's "Parts and controls" page of ONE device (A4): a drawing with numbered
    callouts, a numbered list of the parts (no order numbers, no prices), "In the box" and the
    technical data; the device is described, nothing is offered."""
    pdf = cp1252(new_pdf("User manual BE-820"))
    pdf.add_page()
    pdf.set_font("Helvetica", "", 8)
    pdf.text(40, 30, "Brevio BE-820 Espresso Machine  ·  User manual")
    right(pdf, 555, 30, "EN  6")
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 70, "2  Parts and controls")
    pdf.image(photo(5950, (300, 360)), x=40, y=90, w=250, h=300)
    parts = list(MANUAL_PARTS)
    words.rng.shuffle(parts)
    for n in range(1, len(parts) + 1):
        cx, cy = 45 + words.rng.randrange(0, 230), 100 + words.rng.randrange(0, 270)
        pdf.set_fill_color(255, 255, 255)
        pdf.ellipse(cx, cy, 13, 13, style="DF")
        pdf.set_font("Helvetica", "B", 7)
        pdf.text(cx + (4 if n < 10 else 2), cy + 9, str(n))
    y = 100.0
    for n, part in enumerate(parts, 1):
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(310, y, f"{n}")
        pdf.set_font("Helvetica", "", 9)
        pdf.text(330, y, part)
        y += 16
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, 420, "In the box")
    pdf.set_font("Helvetica", "", 9)
    for n, line in enumerate(
        (
            "1 × espresso machine",
            "1 × milk jug, 350 ml",
            "1 × measuring spoon",
            "2 × water filter",
            "1 × descaling tablet",
        )
    ):
        pdf.text(50, 438 + 13 * n, f"•  {line}")
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(300, 420, "Technical data")
    pdf.set_font("Helvetica", "", 9)
    for n, (key, value) in enumerate(
        (
            ("Voltage", "220–240 V ~ 50 Hz"),
            ("Power", "1450 W"),
            ("Pump pressure", "15 bar"),
            ("Water tank", "1.8 l"),
            ("Weight", "7.4 kg"),
            ("Dimensions", "24 × 43 × 36 cm"),
        )
    ):
        pdf.text(300, 438 + 13 * n, key)
        pdf.text(400, 438 + 13 * n, value)
    pdf.set_font("Helvetica", "", 9)
    y = 540.0
    for line in wrap(pdf, words.paragraph(5), 515):
        pdf.text(40, y, line)
        y += 12
    pdf.set_font("Helvetica", "B", 9)
    pdf.text(
        40, y + 14, "WARNING: Never immerse the appliance in water. Keep out of reach of children."
    )
    return pdf


MAKERS_5: dict[str, Callable[[Words, Truth], FPDF]] = {
    "roomset": roomset,
    "books": books,
    "exploded": exploded,
    "textlist": textlist,
    "hero": hero,
    "pharmacy": pharmacy,
    "toolspec": toolspec,
    "fashion": fashion,
    "offers": offers,
    "annual": annual,
    "programme": programme,
    "recipe": recipe,
    "manual": manual,
}


BATCHES = {
    "3": Batch(LAYOUTS, BLIND, MAKERS, SEED, LANGUAGE, {"en": "en_GB", "fr": "fr_FR"}, SCAN_DPI),
    "5": Batch(LAYOUTS_5, BLIND_5, MAKERS_5, SEED_5, LANGUAGE_5, LOCALES_5, SCAN_DPI_5),
}
