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

    .venv/bin/python tests/quality/generate_blind.py OUTPUT_DIR [--scanned]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
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
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, layout in enumerate(LAYOUTS):
        if layout not in layouts:
            continue
        language = LANGUAGE.get(layout, "en")
        words = Words(SEED + index, {"fr": "fr_FR"}.get(language, "en_GB"))
        truth = Truth(name=f"b3-{layout}", layout=layout, language=language)
        pdf = MAKERS[layout](words, truth)
        truth.pages = pdf.pages_count
        data = bytes(pdf.output())
        presents = layout in BLIND
        truth_json: dict[str, Any] = truth.as_json() | {"presents_products": presents}
        truth_json["batch"] = "blind 3"
        if not presents:
            truth_json["products"] = []
        written.append(write(out, f"b3-{layout}", data, truth_json))
        if scanned:
            scanned_pdf = scan(data, SCAN_DPI[layout], SEED + 100 + index, f"{layout} (scanned)")
            twin = truth_json | {"name": f"b3-{layout}-scan", "scanned": True}
            twin["scan_dpi"] = SCAN_DPI[layout]
            written.append(write(out, f"b3-{layout}-scan", bytes(scanned_pdf.output()), twin))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="directory to write the PDFs and truth into")
    parser.add_argument("--scanned", action="store_true", help="also write scanned twins")
    args = parser.parse_args()
    for path in generate(args.out, scanned=args.scanned):
        print(path)


if __name__ == "__main__":
    main()
