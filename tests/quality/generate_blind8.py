"""Blind batch 8: design-tool catalogs written WITHOUT reading the product engine's rules.

Bench figures, never test floors: only ``bench/quality.py --layouts blind8`` writes them. They
imitate catalogs made in design tools (Canva-like templates, spreads, tags and badges) of the
kinds acceptance runs on (bilingual auto parts with a non-Latin script, an electronics range,
a gemstone guide in Indonesian, a grocery catalog, a restaurant menu) and documents that are
NOT catalogs but look tempting. Nobody who wrote them read ``pdfqueue.engines.catalog*``,
``layout.py``, ``products.py`` or ``ocr.py``; their layouts are unlike every earlier batch's.

What counts as a product (what a careful human labeller would list): a thing the document
offers or presents as an item of its range, ONCE, named as printed (as a reader sees it, text
layer or not); its codes, prices and sizes as printed. Section headings, categories, brands,
slogans, legends, index entries that repeat a product, service charges and totals are not.
Where two languages print the same item's name, the main one is the name and the other an
``aliases`` entry. Per layout (files ``b8-<layout>``; seeds ``SEED_8`` + index):

- ``canva``: a Canva-style home-decor template (Letter): full-bleed colour panels, a title on a
  coloured shape, photos in rounded white frames, each name in a display font (bold italic
  serif) on a coloured pill, a one-line tagline, the price in a circle ("$48") over the photo's
  corner. A framed photo with its name is a product; price the circle's. The collection title
  and the "NEW IN" ribbon are not.
- ``twoup``: a kitchenware catalog printed as spreads: each landscape page holds two catalog
  pages side by side, each with its own category heading and its own page number (2 | 3, 4 | 5).
  A block (photo, bold name, "Art. 40-118", "€ 12,95") is a product; its ``page`` the PDF page.
- ``grocer``: a grocery catalog (A4, 4 × 4 tiles): a 6-digit code ABOVE the name, the pack size
  below it, the price white on a red tag. A tile is a product (code, price, size). The last page
  is an index (name ... code ... page) of the same products: not products again.
- ``modeltable``: an electronics range (Letter): per family, three photo cards (name and a
  tagline, no price) and a comparison table whose columns are the same models, with a price
  row. A model is a product once; its price the table's.
- ``dotparts``: a Georgian / English auto-parts list (A4, DejaVu): a cover of eight category
  tiles and brand "logos" (not products), then two columns of system headings
  ("ENGINE · ძრავი") over lines "ჰაერის ფილტრი ........ Air Filter", no codes or prices. Each line
  is a product, as the hand-labelled Thai / English catalog counts its "Thai → English" lines
  (the parts the dealer sells): the English name, the Georgian one its alias.
- ``menucaps``: a Spanish menu (A4, centred): letter-spaced section headings between rules, each
  dish NAME IN CAPITALS, the price on the line below ("9,50 €"), an italic description below
  that. A dish is a product, named in capitals as printed. The footer's bread and service
  charge and "IVA incluido" are not.
- ``gemstone``: an Indonesian gem and mineral encyclopedia (A4): two pages of introduction, then
  one stone a page: "Giok (Jade)", several paragraphs of prose on the left, a tinted side box
  with a photo and properties (Kekerasan, Berat jenis, Warna, Sistem kristal, Asal); no codes or
  prices. A stone is a product named as its heading, the English name in brackets an alias.
- ``imagenames``: a gift-shop catalog (A4, 2 × 3 blocks) whose product NAMES are images
  (lettering drawn as pictures, no text layer for them); the code "Ref. 2231-04" and the price
  are text. A reader sees the names, so each block is a product named as drawn (the scanned
  twin reads them like everything else; the text layer alone cannot).
- ``splittable``: a hardware price list (A4) whose table runs over three pages, its header row
  repeated on each, "(continued)" in the title; some descriptions wrap onto a second line. A
  row is a product named by its whole description (both lines), its code and unit price (the
  "M6 x 20" inside the description is not split off as a size).

Batch 8 non-catalogs (truth: no products): ``profile`` (a manufacturer's company profile: an
"Our products" section of prose and captioned photos, key figures, no item offered),
``eventday`` (a conference programme set like a menu: session titles centred in capitals, a
time range on the line below, a speaker line in italics), ``callouts`` (a service manual's
parts-diagram page: a drawing with numbered callouts, a legend No. | Part | Qty, torque
values and steps; nothing offered).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 8 [--scanned]
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo, wrap
from generate_blind import A4_LANDSCAPE, LETTER, Batch, product, right, sized_pdf
from generate_blind6 import comma, id_paragraph, unicode_pdf
from PIL import Image, ImageDraw, ImageFont

LIBERATION = Path("/usr/share/fonts/truetype/liberation")


def centre(pdf: FPDF, x_mid: float, y: float, text: str) -> None:
    pdf.text(x_mid - pdf.get_string_width(text) / 2, y, text)


def text_image(text: str, font: Path, points: float, colour: tuple[int, int, int]) -> tuple:
    """`text` drawn as a transparent PNG at 300 dpi: (image, width and height in points)."""
    scale = 300 / 72
    face = ImageFont.truetype(str(font), int(points * scale))
    left, top, right_, bottom = face.getbbox(text)
    image = Image.new("RGBA", (right_ - left + 8, bottom - top + 8), (255, 255, 255, 0))
    ImageDraw.Draw(image).text((4 - left, 4 - top), text, font=face, fill=(*colour, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    out.seek(0)
    return out, image.width / scale, image.height / scale


def dots(pdf: FPDF, x: float, right_x: float, y: float, left_text: str, right_text: str) -> None:
    pdf.text(x, y, left_text)
    start = x + pdf.get_string_width(left_text) + 4
    end = right_x - pdf.get_string_width(right_text) - 4
    dot = pdf.get_string_width(".")
    if end > start:
        pdf.text(start, y, "." * int((end - start) / dot))
    right(pdf, right_x, y, right_text)


# === catalogs ==================================================================================

DECOR = (
    ("Sienna Vase", "Hand-thrown terracotta, 30 cm"),
    ("Luna Throw", "Stonewashed linen, 130 x 170 cm"),
    ("Oak Tray", "Solid oak with brass handles"),
    ("Dune Cushion", "Bouclé cover, feather inner"),
    ("Amber Candle", "Soy wax, 45 hours"),
    ("Palma Basket", "Woven seagrass, lidded"),
    ("Cove Mirror", "Arched, 50 x 80 cm"),
    ("Ivy Planter", "Glazed stoneware, drainage hole"),
)
PANELS = ((233, 196, 170), (196, 214, 200), (244, 226, 190), (214, 200, 228))
INKS = ((150, 80, 60), (60, 110, 90), (170, 120, 40), (110, 80, 140))


def canva(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Summer Living Collection", LETTER)
    items = list(DECOR)
    words.rng.shuffle(items)
    for page in (1, 2):
        pdf.add_page()
        panel, ink = PANELS[page - 1 + 2 * words.rng.randrange(2)], INKS[page - 1]
        pdf.set_fill_color(*panel)
        pdf.rect(0, 0, LETTER[0], LETTER[1], style="F")
        pdf.set_fill_color(*ink)
        pdf.rect(0, 0, LETTER[0], 120, style="F")
        pdf.set_fill_color(255, 255, 255)
        pdf.ellipse(470, 30, 110, 110, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Times", "BI", 38)
        pdf.text(40, 70, ("Summer Living", "Cosy Corners")[page - 1])
        pdf.set_font("Helvetica", "", 11)
        pdf.text(
            42, 95, ("T H E   C O L L E C T I O N   2 0 2 6", "S H O P   T H E   L O O K")[page - 1]
        )
        pdf.set_text_color(*ink)
        pdf.set_font("Helvetica", "B", 13)
        centre(pdf, 525, 82, "NEW IN")
        for index in range(4):
            name, tagline = items[(page - 1) * 4 + index]
            x, y = 45 + (index % 2) * 275, 160 + (index // 2) * 300
            pdf.set_fill_color(255, 255, 255)
            pdf.rect(x - 8, y - 8, 246, 196, style="F", round_corners=True, corner_radius=18)
            pdf.image(photo(8000 + page * 10 + index, (230, 180)), x=x, y=y, w=230, h=180)
            pdf.set_fill_color(*ink)
            pdf.rect(x + 10, y + 196, 210, 34, style="F", round_corners=True, corner_radius=17)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Times", "BI", 20)
            centre(pdf, x + 115, y + 219, name)
            pdf.set_text_color(70, 70, 70)
            pdf.set_font("Helvetica", "", 9)
            centre(pdf, x + 115, y + 246, tagline)
            price = f"${words.rng.randrange(18, 160)}"
            pdf.set_fill_color(*INKS[(page + index) % 4])
            pdf.ellipse(x + 180, y - 20, 56, 56, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Helvetica", "B", 16)
            centre(pdf, x + 208, y + 14, price)
            truth.products.append(product(name, [], [price], page, description=tagline))
        pdf.set_text_color(*ink)
        pdf.set_font("Helvetica", "", 8)
        centre(pdf, LETTER[0] / 2, 770, "www.summerliving.example  ·  @summerliving")
    pdf.set_text_color(0, 0, 0)
    return pdf


KITCHEN = {
    "Cookware": (
        "Cast Iron Skillet 26 cm",
        "Stainless Saucepan 18 cm",
        "Enamel Casserole 4 l",
        "Non-Stick Wok 30 cm",
        "Stock Pot 8 l",
        "Griddle Pan 28 cm",
    ),
    "Knives & Boards": (
        "Chef's Knife 20 cm",
        "Bread Knife 22 cm",
        "Paring Knife Set",
        "Walnut Cutting Board",
        "Magnetic Knife Rack",
        "Whetstone 1000/6000",
    ),
    "Baking": (
        "Springform Tin 24 cm",
        "Silicone Baking Mat",
        "Loaf Tin 1 kg",
        "Cooling Rack Trio",
        "Pastry Brush Set",
        "Digital Kitchen Scale",
    ),
    "Tableware": (
        "Stoneware Dinner Plate",
        "Pasta Bowl Set of 4",
        "Linen Napkins Set of 4",
        "Glass Carafe 1 l",
        "Espresso Cups Set of 2",
        "Olive Wood Salad Servers",
    ),
}


def twoup(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Kitchen Essentials 2026", A4_LANDSCAPE)
    half = A4_LANDSCAPE[0] / 2
    categories = list(KITCHEN)
    for sheet in (1, 2):
        pdf.add_page()
        pdf.set_draw_color(200, 200, 200)
        pdf.line(half, 0, half, A4_LANDSCAPE[1])
        for side in (0, 1):
            x0 = side * half
            category = categories[(sheet - 1) * 2 + side]
            printed_page = sheet * 2 + side
            pdf.set_fill_color(30, 60, 70)
            pdf.rect(x0, 0, half, 52, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Helvetica", "B", 20)
            pdf.text(x0 + 28, 34, category.upper())
            pdf.set_text_color(0, 0, 0)
            for index, name in enumerate(KITCHEN[category]):
                col, row = index % 2, index // 2
                x, y = x0 + 28 + col * 195, 70 + row * 165
                pdf.image(
                    photo(8100 + printed_page * 10 + index, (170, 110)), x=x, y=y, w=170, h=100
                )
                pdf.set_font("Helvetica", "B", 10.5)
                pdf.text(x, y + 116, name)
                code = f"Art. {words.rng.randrange(10, 99)}-{words.rng.randrange(100, 999)}"
                pdf.set_font("Helvetica", "", 8)
                pdf.set_text_color(110, 110, 110)
                pdf.text(x, y + 129, code)
                pdf.set_text_color(0, 0, 0)
                price = f"€ {comma(words.rng.randrange(495, 8995) / 100)}"
                pdf.set_font("Helvetica", "B", 13)
                pdf.set_text_color(190, 40, 40)
                pdf.text(x, y + 146, price)
                pdf.set_text_color(0, 0, 0)
                truth.products.append(product(name, [code.removeprefix("Art. ")], [price], sheet))
            pdf.set_font("Helvetica", "", 9)
            pdf.set_text_color(120, 120, 120)
            if side == 0:
                pdf.text(x0 + 28, 580, f"{printed_page}   Kitchen Essentials 2026")
            else:
                right(pdf, x0 + half - 28, 580, f"Kitchen Essentials 2026   {printed_page}")
            pdf.set_text_color(0, 0, 0)
    return pdf


GROCERIES = (
    ("Jasmine Rice", "1 kg"),
    ("Penne Rigate", "500 g"),
    ("Extra Virgin Olive Oil", "750 ml"),
    ("Chickpeas in Brine", "400 g"),
    ("Rolled Oats", "1 kg"),
    ("Peanut Butter Smooth", "340 g"),
    ("Strawberry Jam", "370 g"),
    ("Green Tea Bags", "25 pcs"),
    ("Ground Coffee Medium", "250 g"),
    ("Tomato Passata", "690 g"),
    ("Coconut Milk", "400 ml"),
    ("Basmati Rice", "2 kg"),
    ("Sparkling Water", "1.5 l"),
    ("Apple Juice", "1 l"),
    ("Dark Chocolate 70%", "100 g"),
    ("Salted Crackers", "200 g"),
    ("Honey Blossom", "500 g"),
    ("Soy Sauce", "150 ml"),
    ("Red Lentils", "500 g"),
    ("Corn Flakes", "375 g"),
    ("Tuna in Olive Oil", "160 g"),
    ("Sunflower Oil", "1 l"),
    ("Brown Sugar", "1 kg"),
    ("Plain Flour", "1.5 kg"),
    ("Black Olives Pitted", "350 g"),
    ("Mango Nectar", "1 l"),
    ("Vanilla Yogurt", "4 x 125 g"),
    ("Instant Noodles Chicken", "5 x 70 g"),
    ("Baked Beans", "415 g"),
    ("Iced Tea Lemon", "1.5 l"),
    ("Almond Drink", "1 l"),
    ("Muesli Fruit & Nut", "750 g"),
)


def grocer(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("FreshMart Product Catalog", A4)
    entries = []
    for page in (1, 2):
        pdf.add_page()
        pdf.set_fill_color(40, 140, 70)
        pdf.rect(0, 0, A4[0], 60, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 22)
        pdf.text(30, 40, "FreshMart")
        pdf.set_font("Helvetica", "", 11)
        right(pdf, 565, 40, ("Pantry & Breakfast", "Drinks & Snacks")[page - 1])
        pdf.set_text_color(0, 0, 0)
        for index in range(16):
            name, size = GROCERIES[(page - 1) * 16 + index]
            x, y = 30 + (index % 4) * 136, 78 + (index // 4) * 182
            pdf.set_draw_color(220, 220, 220)
            pdf.rect(x, y, 128, 174)
            pdf.image(photo(8200 + page * 20 + index, (120, 90)), x=x + 14, y=y + 6, w=100, h=75)
            code = f"{words.rng.randrange(100000, 999999)}"
            pdf.set_font("Helvetica", "", 8)
            pdf.set_text_color(120, 120, 120)
            pdf.text(x + 8, y + 96, code)
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Helvetica", "B", 10)
            lines = wrap(pdf, name, 112)
            for k, line in enumerate(lines):
                pdf.text(x + 8, y + 110 + k * 12, line)
            pdf.set_font("Helvetica", "", 8)
            pdf.text(x + 8, y + 112 + len(lines) * 12, size)
            price = f"${words.rng.randrange(89, 1299) / 100:.2f}"
            pdf.set_fill_color(215, 35, 45)
            pdf.rect(x + 58, y + 140, 64, 26, style="F", round_corners=True, corner_radius=6)
            pdf.set_fill_color(255, 255, 255)
            pdf.ellipse(x + 61, y + 150, 6, 6, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Helvetica", "B", 13)
            right(pdf, x + 118, y + 158, price)
            pdf.set_text_color(0, 0, 0)
            truth.products.append(product(name, [code], [price], page, sizes=[size]))
            entries.append((name, code, page))
    pdf.add_page()  # the index: the same products again, not new ones
    pdf.set_font("Helvetica", "B", 22)
    pdf.text(40, 60, "Index")
    pdf.set_font("Helvetica", "", 9)
    for k, (name, code, page) in enumerate(sorted(entries)):
        x, y = 40 + (k // 40) * 265, 90 + (k % 40) * 17
        dots(pdf, x, x + 220, y, name, f"{code}   p. {page}")
    return pdf


FAMILIES = (
    (
        "Headphones",
        "Arca Pulse",
        (
            ("300", "Everyday wireless sound"),
            ("500", "Adaptive noise cancelling"),
            ("700 Pro", "Studio-grade, lossless"),
        ),
        ("Driver", "Battery life", "Noise cancelling", "Weight", "Bluetooth"),
    ),
    (
        "Speakers",
        "Orion Boom",
        (
            ("Mini", "Pocket-sized, splashproof"),
            ("Go", "Rugged party speaker"),
            ("Max", "360° sound for big rooms"),
        ),
        ("Output", "Battery life", "Water resistance", "Weight", "Bluetooth"),
    ),
)
SPEC_VALUES = {
    "Driver": ("30 mm", "40 mm", "40 mm planar"),
    "Battery life": ("20 h", "30 h", "40 h"),
    "Noise cancelling": ("—", "Yes", "Yes, adaptive"),
    "Weight": ("190 g", "250 g", "320 g"),
    "Bluetooth": ("5.2", "5.3", "5.3 LE"),
    "Output": ("10 W", "30 W", "80 W"),
    "Water resistance": ("IP67", "IP67", "IPX4"),
}


def modeltable(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Sound range 2026", LETTER)
    for page, (family, series, models, specs) in enumerate(FAMILIES, start=1):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 26)
        pdf.text(40, 60, family)
        pdf.set_font("DejaVu", "", 10)
        pdf.set_text_color(100, 100, 100)
        pdf.text(40, 80, f"The {series} series: pick the one that fits how you listen.")
        pdf.set_text_color(0, 0, 0)
        names = [f"{series} {model}" for model, _ in models]
        for k, (_model, tagline) in enumerate(models):
            x = 40 + k * 180
            pdf.set_fill_color(243, 244, 247)
            pdf.rect(x, 100, 168, 220, style="F", round_corners=True, corner_radius=10)
            pdf.image(photo(8300 + page * 10 + k, (150, 130)), x=x + 14, y=112, w=140, h=120)
            pdf.set_font("DejaVu", "B", 13)
            pdf.text(x + 14, 260, names[k])
            pdf.set_font("DejaVu", "", 9)
            pdf.text(x + 14, 278, tagline)
        pdf.set_font("DejaVu", "B", 14)
        pdf.text(40, 360, "Compare models")
        rows = [["", *names]]
        for spec in specs:
            rows.append([spec, *SPEC_VALUES[spec]])
        prices = [f"${words.rng.randrange(59, 119) + k * 100}.99" for k in range(3)]
        rows.append(["Price", *prices])
        y = 380
        for r, row in enumerate(rows):
            if r % 2 == 0:
                pdf.set_fill_color(243, 244, 247)
                pdf.rect(40, y, 532, 24, style="F")
            for c, cell in enumerate(row):
                bold = r == 0 or c == 0 or r == len(rows) - 1
                pdf.set_font("DejaVu", "B" if bold else "", 9.5)
                pdf.text(48 + (0 if c == 0 else 130 + (c - 1) * 134), y + 16, cell)
            y += 24
        for k, name in enumerate(names):
            truth.products.append(product(name, [], [prices[k]], page, description=models[k][1]))
        pdf.set_font("DejaVu", "", 8)
        pdf.text(40, 760, "Prices include VAT. Battery life measured with noise cancelling off.")
    return pdf


KA_PARTS = {
    ("ENGINE", "ძრავი"): (
        ("ჰაერის ფილტრი", "Air Filter"),
        ("ზეთის ფილტრი", "Oil Filter"),
        ("საწვავის ფილტრი", "Fuel Filter"),
        ("ანთების სანთელი", "Spark Plug"),
        ("ანთების კოჭა", "Ignition Coil"),
        ("დროის ღვედი", "Timing Belt"),
        ("თერმოსტატი", "Thermostat"),
    ),
    ("BRAKES", "მუხრუჭები"): (
        ("სამუხრუჭე ხუნდები", "Brake Pads"),
        ("სამუხრუჭე დისკი", "Brake Disc"),
        ("სამუხრუჭე ცილინდრი", "Brake Cylinder"),
        ("სამუხრუჭე სითხე", "Brake Fluid"),
        ("ხელის მუხრუჭის გვარლი", "Handbrake Cable"),
    ),
    ("SUSPENSION", "სავალი ნაწილი"): (
        ("ამორტიზატორი", "Shock Absorber"),
        ("ზამბარა", "Coil Spring"),
        ("სფერული სახსარი", "Ball Joint"),
        ("საჭის წევა", "Tie Rod End"),
        ("სტაბილიზატორის ბუშინგი", "Stabilizer Bushing"),
    ),
    ("COOLING", "გაგრილება"): (
        ("რადიატორი", "Radiator"),
        ("წყლის ტუმბო", "Water Pump"),
        ("რადიატორის ხუფი", "Radiator Cap"),
        ("ვენტილატორის ძრავა", "Fan Motor"),
    ),
    ("ELECTRICAL", "ელექტროობა"): (
        ("გენერატორი", "Alternator"),
        ("სტარტერი", "Starter Motor"),
        ("აკუმულატორი", "Battery"),
        ("ფარის ნათურა", "Headlight Bulb"),
        ("რელე", "Relay"),
    ),
    ("TRANSMISSION", "გადაცემათა კოლოფი"): (
        ("გადაბმულობის დისკი", "Clutch Disc"),
        ("გადაბმულობის კალათა", "Clutch Cover"),
        ("ნახევარღერძი", "Drive Shaft"),
        ("საკისარი", "Wheel Bearing"),
    ),
}
BRANDS_8 = ("BOSCH", "DENSO", "NGK", "AISIN", "MANN", "VALEO", "KYB", "GATES")


def dotparts(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Auto parts · ავტონაწილები", A4)
    pdf.add_page()  # the cover: category tiles and brands, no products
    pdf.set_fill_color(200, 30, 40)
    pdf.rect(0, 0, A4[0], 110, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVu", "B", 28)
    pdf.text(40, 60, "TBILISI AUTO PARTS")
    pdf.set_font("DejaVu", "", 12)
    pdf.text(40, 88, "ავტონაწილები ყველა მარკისთვის · Parts for every make")
    pdf.set_text_color(0, 0, 0)
    tiles = [*KA_PARTS, ("BODY", "ძარა"), ("LIGHTING", "განათება")]
    for k, (english, georgian) in enumerate(tiles):
        x, y = 40 + (k % 4) * 130, 140 + (k // 4) * 190
        pdf.image(photo(8400 + k, (120, 110)), x=x, y=y, w=120, h=110)
        pdf.set_fill_color(30, 30, 30)
        pdf.rect(x, y + 110, 120, 50, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 11)
        pdf.text(x + 8, y + 128, english)
        pdf.set_font("DejaVu", "", 8)
        pdf.text(x + 8, y + 144, georgian)
        pdf.text(x + 8, y + 155, "OEM & Aftermarket")
        pdf.set_text_color(0, 0, 0)
    for k, brand in enumerate(BRANDS_8):
        x, y = 40 + (k % 4) * 130, 560 + (k // 4) * 70
        pdf.set_draw_color(180, 180, 180)
        pdf.rect(x, y, 120, 54, round_corners=True, corner_radius=6)
        pdf.set_font("DejaVu", "B", 16)
        pdf.set_text_color(*((20, 60, 160), (200, 30, 40), (0, 0, 0))[k % 3])
        centre(pdf, x + 60, y + 34, brand)
    pdf.set_text_color(0, 0, 0)
    systems = list(KA_PARTS.items())
    for page in (2, 3):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 16)
        pdf.text(40, 50, "პროდუქცია · Product range")
        for column in (0, 1):
            x, y = 40 + column * 270, 90
            chosen = systems[(page - 2) * 3 : (page - 2) * 3 + 3]
            for index, ((english, georgian), parts) in enumerate(chosen):
                if (index == 2) != (column == 1):  # two systems left, one right
                    continue
                pdf.image(photo(8450 + page * 10 + index, (90, 60)), x=x, y=y, w=90, h=60)
                pdf.set_font("DejaVu", "B", 13)
                pdf.text(x + 100, y + 26, english)
                pdf.set_font("DejaVu", "", 10)
                pdf.text(x + 100, y + 44, georgian)
                y += 80
                for georgian_name, english_name in parts:
                    pdf.set_font("DejaVuC", "", 9.5)
                    dots(pdf, x, x + 245, y, georgian_name, english_name)
                    truth.products.append(
                        product(english_name, [], [], page, aliases=[georgian_name])
                    )
                    y += 19
                y += 24
        pdf.set_font("DejaVu", "", 8)
        centre(pdf, A4[0] / 2, 815, f"ტელ. +995 32 000 00 00 · {page}")
    return pdf


CARTA_8 = {
    "ENTRANTES": (
        ("CROQUETAS DE JAMÓN IBÉRICO", "Ocho unidades, bechamel de leche fresca"),
        ("PULPO A LA GALLEGA", "Pimentón de la Vera, aceite de oliva y sal en escamas"),
        ("ENSALADA DE TOMATE RAF", "Ventresca de bonito, cebolleta y olivas negras"),
        ("GAZPACHO ANDALUZ", "Con guarnición de pepino, pimiento y picatostes"),
        ("PIMIENTOS DE PADRÓN", "Unos pican y otros no"),
    ),
    "PRINCIPALES": (
        ("ARROZ NEGRO CON ALIOLI", "Sepia, calamar y caldo de pescado de roca"),
        ("LUBINA A LA SAL", "Patatas panaderas y verduras de temporada"),
        ("SECRETO IBÉRICO A LA BRASA", "Chimichurri casero y patatas fritas"),
        ("CARRILLERAS AL VINO TINTO", "Puré de patata trufado"),
        ("RISOTTO DE BOLETUS", "Parmesano curado y aceite de trufa blanca"),
    ),
    "POSTRES": (
        ("TARTA DE QUESO AL HORNO", "Cremosa, con frutos rojos"),
        ("CREMA CATALANA", "Azúcar quemado al momento"),
        ("TORRIJA CARAMELIZADA", "Helado de vainilla de Madagascar"),
        ("COULANT DE CHOCOLATE", "Corazón fundido y sorbete de mandarina"),
    ),
}


def menucaps(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Casa Lucía - Carta", A4)
    mid = A4[0] / 2
    sections = list(CARTA_8.items())
    for page, chunk in (
        (1, [*sections[:1], (sections[1][0], sections[1][1][:2])]),
        (2, [(sections[1][0], sections[1][1][2:]), *sections[2:]]),
    ):
        pdf.add_page()
        pdf.set_fill_color(250, 245, 235)
        pdf.rect(0, 0, A4[0], A4[1], style="F")
        pdf.set_font("Times", "BI", 34)
        centre(pdf, mid, 70, "Casa Lucía")
        pdf.set_font("Times", "", 10)
        centre(pdf, mid, 90, "C O C I N A   M E D I T E R R Á N E A")
        y = 135
        for heading, dishes in chunk:
            pdf.set_draw_color(150, 120, 80)
            pdf.line(mid - 150, y - 5, mid - 60, y - 5)
            pdf.line(mid + 60, y - 5, mid + 150, y - 5)
            pdf.set_font("Times", "", 15)
            pdf.set_text_color(150, 120, 80)
            shown = heading if page == 1 or heading != "PRINCIPALES" else f"{heading} (cont.)"
            centre(pdf, mid, y, " ".join(shown))
            pdf.set_text_color(0, 0, 0)
            y += 40
            for name, description in dishes:
                pdf.set_font("Times", "B", 13)
                centre(pdf, mid, y, name)
                price = f"{comma(words.rng.randrange(12, 56) / 2)} €"
                pdf.set_font("Times", "", 12)
                centre(pdf, mid, y + 17, price)
                pdf.set_font("Times", "I", 10)
                pdf.set_text_color(90, 90, 90)
                centre(pdf, mid, y + 32, description)
                pdf.set_text_color(0, 0, 0)
                truth.products.append(product(name, [], [price], page, description=description))
                y += 62
            y += 20
        pdf.set_font("Times", "I", 9)
        centre(pdf, mid, 800, "IVA incluido. Pan y servicio 1,80 € por persona.")
    return pdf


STONES_8 = (
    (
        "Giok (Jade)",
        "Jade",
        "6 - 7",
        "2,9 - 3,4",
        "Hijau, putih, lavender",
        "Monoklin",
        "Myanmar, Aceh, Guatemala",
    ),
    (
        "Kecubung (Ametis)",
        "Ametis",
        "7",
        "2,65",
        "Ungu muda hingga ungu tua",
        "Trigonal",
        "Kalimantan, Brasil, Zambia",
    ),
    (
        "Opal Kalimaya",
        "Opal",
        "5,5 - 6,5",
        "2,1",
        "Putih susu dengan permainan warna",
        "Amorf",
        "Banten, Australia, Ethiopia",
    ),
    (
        "Pirus (Turquoise)",
        "Turquoise",
        "5 - 6",
        "2,6 - 2,8",
        "Biru langit, hijau kebiruan",
        "Triklinik",
        "Iran, Amerika Serikat, Tiongkok",
    ),
    (
        "Delima (Garnet)",
        "Garnet",
        "6,5 - 7,5",
        "3,5 - 4,3",
        "Merah tua, oranye, hijau",
        "Kubik",
        "India, Sri Lanka, Madagaskar",
    ),
    (
        "Akik Bacan",
        "Bacan",
        "6,5 - 7",
        "2,6",
        "Hijau tua hingga hijau kebiruan",
        "Trigonal (mikrokristalin)",
        "Pulau Bacan, Maluku Utara",
    ),
    (
        "Topas (Topaz)",
        "Topaz",
        "8",
        "3,5",
        "Kuning keemasan, biru, tak berwarna",
        "Ortorombik",
        "Brasil, Nigeria, Pakistan",
    ),
    (
        "Mutiara (Pearl)",
        "Pearl",
        "2,5 - 4,5",
        "2,7",
        "Putih, krem, hitam",
        "Organik",
        "Lombok, Papua, Jepang",
    ),
)
PROPERTY_LABELS = ("Kekerasan (Mohs)", "Berat jenis", "Warna", "Sistem kristal", "Asal")


def gemstone(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Ensiklopedia Batu Permata Nusantara", A4)
    for page in (1, 2):  # the introduction: prose only
        pdf.add_page()
        pdf.set_font("Times", "B", 24 if page == 1 else 16)
        pdf.text(60, 90, ("Ensiklopedia Batu Permata", "Cara membaca ensiklopedia ini")[page - 1])
        pdf.set_font("Times", "", 11)
        y = 130
        for _ in range(5):
            for line in wrap(pdf, id_paragraph(words, 5), 475):
                pdf.text(60, y, line)
                y += 15
            y += 10
        pdf.set_font("Times", "", 9)
        centre(pdf, A4[0] / 2, 810, str(page))
    for index, (heading, english, *values) in enumerate(STONES_8):
        page = index + 3
        pdf.add_page()
        pdf.set_font("Times", "I", 9)
        pdf.set_text_color(120, 120, 120)
        pdf.text(60, 40, "Ensiklopedia Batu Permata Nusantara")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Times", "B", 26)
        pdf.text(60, 95, heading)
        pdf.set_font("Times", "I", 11)
        pdf.text(60, 115, f"Dalam bahasa Inggris: {english}")
        pdf.set_font("Times", "", 11)
        y = 145
        for _ in range(6):
            for line in wrap(pdf, id_paragraph(words, 4), 300):
                pdf.text(60, y, line)
                y += 14.5
            y += 8
            if y > 760:
                break
        pdf.set_fill_color(238, 232, 245)
        pdf.rect(380, 130, 170, 400, style="F")
        pdf.image(photo(8600 + index, (150, 130)), x=390, y=140, w=150, h=130)
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(390, 292, "SIFAT FISIK")
        yy = 312
        for label, value in zip(PROPERTY_LABELS, values, strict=True):
            pdf.set_font("Helvetica", "B", 8)
            pdf.text(390, yy, label)
            pdf.set_font("Helvetica", "", 9)
            for line in wrap(pdf, value, 150):
                yy += 12
                pdf.text(390, yy, line)
            yy += 20
        pdf.set_font("Times", "", 9)
        centre(pdf, A4[0] / 2, 810, str(page))
        truth.products.append(product(heading, [], [], page, aliases=[english]))
    return pdf


GIFTS = (
    "Wildflower Tea Tin",
    "Copper Watering Can",
    "Marbled Notebook",
    "Beeswax Wrap Trio",
    "Enamel Camp Mug",
    "Pressed Flower Frame",
    "Wool Felt Slippers",
    "Botanical Playing Cards",
    "Brass Bottle Opener",
    "Ceramic Incense Holder",
    "Recycled Glass Tumbler",
    "Leather Key Fob",
)


def imagenames(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("The Little Gift Shop", A4)
    inks = ((120, 60, 40), (40, 90, 110), (90, 110, 50))
    font = LIBERATION / "LiberationSerif-BoldItalic.ttf"
    for page in (1, 2):
        pdf.add_page()
        title, tw, th = text_image("The Little Gift Shop", font, 30, (60, 60, 60))
        pdf.image(title, x=(A4[0] - tw) / 2, y=30, w=tw, h=th)
        pdf.set_font("Helvetica", "", 9)
        centre(pdf, A4[0] / 2, 90, ("Autumn gifts under £40", "Little luxuries")[page - 1])
        for index in range(6):
            name = GIFTS[(page - 1) * 6 + index]
            x, y = 50 + (index % 2) * 255, 110 + (index // 2) * 235
            pdf.image(photo(8700 + page * 10 + index, (220, 140)), x=x, y=y, w=235, h=140)
            image, w, h = text_image(name, font, 16, inks[index % 3])
            pdf.image(image, x=x, y=y + 148, w=w, h=h)
            code = f"{words.rng.randrange(1000, 9999)}-{words.rng.randrange(10, 99)}"
            pdf.set_font("Helvetica", "", 8.5)
            pdf.set_text_color(110, 110, 110)
            pdf.text(x, y + 186, f"Ref. {code}")
            pdf.set_text_color(0, 0, 0)
            price = f"£{words.rng.randrange(6, 40)}.{words.rng.choice(('00', '50', '95'))}"
            pdf.set_font("Helvetica", "B", 12)
            right(pdf, x + 235, y + 186, price)
            truth.products.append(product(name, [code], [price], page, name_in_text_layer=False))
        pdf.set_font("Helvetica", "", 8)
        centre(pdf, A4[0] / 2, 815, f"thelittlegiftshop.example  ·  {page}")
    return pdf


HARDWARE = (
    "Wood screw countersunk",
    "Chipboard screw pozidriv",
    "Hex bolt zinc plated",
    "Hex nut DIN 934",
    "Flat washer DIN 125",
    "Spring washer DIN 127",
    "Wall plug nylon",
    "Frame fixing with screw",
    "Threaded rod 1 m",
    "Coach screw hex head",
    "Self-drilling screw",
    "Drywall screw phosphated",
    "Cable tie black UV-resistant",
    "Split pin zinc",
    "Wing nut",
    "Eye bolt forged",
    "Shelf bracket steel white",
    "Hinge butt brass",
    "Corner brace galvanised",
    "Hook and eye bolt",
)
HW_LONG = (
    "for use in timber and board materials, partially threaded",
    "for fixing in hollow walls, plasterboard and lightweight concrete",
    "with sealing washer EPDM, for roofing and cladding",
)


def splittable(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Fixings price list", A4)
    header = ("Item no.", "Description", "Unit", "Qty/box", "Price")
    xs = (40, 110, 380, 440, 555)
    rows = []
    used: set[str] = set()
    while len(rows) < 54:
        base = words.rng.choice(HARDWARE)
        size = (
            f"M{words.rng.choice((4, 5, 6, 8, 10, 12))} x {words.rng.choice((16, 20, 30, 40, 60))}"
        )
        name = f"{base} {size}"
        if name in used:
            continue
        used.add(name)
        extra = words.rng.choice(HW_LONG) if words.rng.random() < 0.2 else ""
        code = f"{words.rng.randrange(10, 99)}{words.rng.randrange(1000, 9999)}"
        unit = words.rng.choice(("box", "pack", "pc"))
        qty = str(words.rng.choice((50, 100, 200, 500))) if unit == "box" else "1"
        price = f"{words.rng.randrange(45, 4999) / 100:.2f}"
        rows.append((code, name, extra, unit, qty, price))
    index = 0
    for page in (1, 2, 3):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 16)
        pdf.text(40, 50, "Fixings & fasteners price list" + (" (continued)" if page > 1 else ""))
        pdf.set_font("Helvetica", "", 8)
        pdf.text(40, 66, "Prices in GBP excluding VAT, valid from 1 March 2026.")
        y = 90
        pdf.set_fill_color(40, 40, 40)
        pdf.rect(36, y - 13, 523, 19, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 9)
        for k, label in enumerate(header):
            if k == 4:
                right(pdf, xs[k], y, label)
            else:
                pdf.text(xs[k], y, label)
        pdf.set_text_color(0, 0, 0)
        y += 22
        while index < len(rows) and y < 780:
            code, name, extra, unit, qty, price = rows[index]
            pdf.set_font("Helvetica", "", 9)
            pdf.text(xs[0], y, code)
            pdf.text(xs[1], y, name)
            pdf.text(xs[2], y, unit)
            right(pdf, xs[3] + 30, y, qty)
            right(pdf, xs[4], y, price)
            full = name
            if extra:
                pdf.set_font("Helvetica", "", 8)
                pdf.text(xs[1], y + 11, extra)
                full = f"{name} {extra}"
                y += 11
            pdf.set_draw_color(210, 210, 210)
            pdf.line(36, y + 5, 559, y + 5)
            truth.products.append(product(full, [code], [f"£{price}"], page, unit=unit))
            y += 19
            index += 1
        pdf.set_font("Helvetica", "", 8)
        right(pdf, 555, 815, f"Page {page} of 3")
    assert index == len(rows), "the price list must fit on three pages"
    return pdf


# === non-catalogs ==============================================================================

PRODUCT_LINES = (
    (
        "Precision bearings",
        "Our deep-groove and angular-contact bearings run in wind turbines, "
        "rail bogies and food machinery on four continents.",
    ),
    (
        "Linear guides",
        "Ground rails and recirculating carriages, made to length in our Brno "
        "plant and tested for straightness on every metre.",
    ),
    (
        "Custom assemblies",
        "From a single drawing to a series of ten thousand: housings, shafts "
        "and seals designed with your engineers.",
    ),
)


def profile(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Kovotech company profile", A4)
    pdf.add_page()
    pdf.image(photo(8800, (600, 300)), x=0, y=0, w=A4[0], h=300)
    pdf.set_fill_color(20, 50, 90)
    pdf.rect(0, 230, A4[0], 70, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 28)
    pdf.text(40, 275, "KOVOTECH  ·  Company profile 2026")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 340, "Who we are")
    pdf.set_font("Helvetica", "", 10.5)
    y = 362
    for _ in range(3):
        for line in wrap(pdf, words.paragraph(5), 515):
            pdf.text(40, y, line)
            y += 14
        y += 8
    figures = (
        ("Founded", "1994"),
        ("Employees", "640"),
        ("Revenue 2025", "EUR 118 million"),
        ("Export share", "72 %"),
        ("Plants", "Brno, Zlín, Graz"),
    )
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(40, y + 10, "Key figures")
    y += 30
    for label, value in figures:
        pdf.set_font("Helvetica", "", 10)
        pdf.text(40, y, label)
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(200, y, value)
        y += 16
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.text(40, 60, "Our products")
    pdf.set_font("Helvetica", "", 10.5)
    y = 85
    for line in wrap(pdf, words.paragraph(4), 515):
        pdf.text(40, y, line)
        y += 14
    y += 10
    for k, (title, text) in enumerate(PRODUCT_LINES):
        pdf.image(photo(8810 + k, (200, 140)), x=40, y=y, w=180, h=125)
        pdf.set_font("Helvetica", "B", 14)
        pdf.text(240, y + 18, title)
        pdf.set_font("Helvetica", "", 10)
        yy = y + 38
        for line in wrap(pdf, text + " " + words.paragraph(2), 315):
            pdf.text(240, yy, line)
            yy += 13
        pdf.set_font("Helvetica", "I", 8)
        pdf.text(40, y + 137, f"Fig. {k + 1}: {title.lower()} leaving final inspection")
        y += 170
    pdf.set_font("Helvetica", "", 9)
    pdf.text(40, 800, "Enquiries: sales@kovotech.example  ·  ISO 9001 · IATF 16949 · ISO 14001")
    return pdf


SESSIONS = (
    (
        "MORNING",
        (
            ("REGISTRATION AND COFFEE", "08:30 – 09:15", "Foyer, level 1"),
            ("OPENING KEYNOTE: DATA AT THE EDGE", "09:15 – 10:00", "Dr. Maren Holt, Nordlab"),
            ("PANEL: OPEN HARDWARE IN INDUSTRY", "10:00 – 11:00", "Moderated by Ana Ruiz"),
            ("COFFEE BREAK", "11:00 – 11:30", "Exhibition hall"),
            ("LIGHTNING TALKS", "11:30 – 12:30", "Six speakers, ten minutes each"),
        ),
    ),
    (
        "AFTERNOON",
        (
            ("NETWORKING LUNCH", "12:30 – 13:45", "Garden terrace"),
            ("WORKSHOP: SENSOR FUSION", "13:45 – 15:15", "Bring a laptop"),
            (
                "CASE STUDY: A CITY THAT MEASURES ITSELF",
                "15:30 – 16:15",
                "Tomás Ferreira, City of Porto",
            ),
            ("CLOSING REMARKS", "16:15 – 16:45", "Programme committee"),
            ("RECEPTION", "17:00 – 19:00", "Rooftop bar"),
        ),
    ),
)


def eventday(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Edge Summit 2026 programme", A4)
    mid = A4[0] / 2
    for _page, (part, sessions) in enumerate(SESSIONS, start=1):
        pdf.add_page()
        pdf.set_fill_color(245, 240, 250)
        pdf.rect(0, 0, A4[0], A4[1], style="F")
        pdf.set_font("Times", "BI", 30)
        centre(pdf, mid, 70, "Edge Summit 2026")
        pdf.set_font("Times", "", 11)
        centre(pdf, mid, 92, "Thursday 14 May  ·  Congress Centre, Hall B")
        pdf.set_font("Times", "", 15)
        centre(pdf, mid, 140, " ".join(part))
        y = 190
        for title, time, who in sessions:
            pdf.set_font("Times", "B", 13)
            centre(pdf, mid, y, title)
            pdf.set_font("Times", "", 12)
            centre(pdf, mid, y + 17, time)
            pdf.set_font("Times", "I", 10)
            centre(pdf, mid, y + 32, who)
            y += 66
        pdf.set_font("Times", "I", 9)
        centre(pdf, mid, 800, "Programme subject to change. Wi-Fi: EdgeSummit / password on badge.")
    return pdf


LEGEND = (
    ("Housing cover", 1),
    ("Gasket", 1),
    ("Impeller", 1),
    ("Shaft seal", 1),
    ("Bearing 6202", 2),
    ("Drive shaft", 1),
    ("Pump housing", 1),
    ("Pulley", 1),
    ("Bolt M6 x 25", 6),
    ("O-ring 42 x 3", 1),
)


def callouts(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Service manual - coolant pump", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 8)
    pdf.text(40, 30, "Service manual WP-200  ·  Section 4: Coolant pump")
    pdf.set_font("Helvetica", "B", 15)
    pdf.text(40, 60, "4.3  Coolant pump - exploded view")
    shapes = (
        (120, 120, 90, 90),
        (230, 140, 60, 50),
        (310, 110, 80, 110),
        (410, 150, 40, 30),
        (140, 260, 50, 50),
        (220, 280, 180, 16),
        (300, 330, 120, 90),
        (440, 270, 70, 70),
        (90, 360, 20, 20),
        (200, 380, 60, 12),
    )
    for k, (x, y, w, h) in enumerate(shapes, start=1):
        pdf.set_draw_color(60, 60, 60)
        pdf.set_line_width(1.2)
        if k % 3 == 0:
            pdf.ellipse(x, y, w, h)
        else:
            pdf.rect(x, y, w, h)
        pdf.set_line_width(0.5)
        cx, cy = x + w + 25, y - 10
        pdf.line(x + w * 0.7, y + h * 0.3, cx, cy + 8)
        pdf.ellipse(cx - 9, cy - 9, 18, 18)
        pdf.set_font("Helvetica", "B", 9)
        centre(pdf, cx, cy + 3, str(k))
    pdf.set_line_width(0.2)
    pdf.set_font("Helvetica", "B", 10)
    y = 480
    for k, label in enumerate(("No.", "Part", "Qty")):
        pdf.text((40, 80, 300)[k], y, label)
    pdf.line(40, y + 5, 330, y + 5)
    pdf.set_font("Helvetica", "", 10)
    for k, (part, qty) in enumerate(LEGEND, start=1):
        y += 16
        pdf.text(40, y, str(k))
        pdf.text(80, y, part)
        pdf.text(300, y, str(qty))
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(360, 480, "Tightening torques")
    pdf.set_font("Helvetica", "", 9)
    for k, line in enumerate(
        ("Bolts (9) to housing: 10 Nm", "Pulley (8) nut: 25 Nm", "Cover (1): 8 Nm, crosswise")
    ):
        pdf.text(360, 498 + k * 14, line)
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(40, 680, "Removal")
    pdf.set_font("Helvetica", "", 9.5)
    steps = (
        "Drain the coolant and remove the drive belt.",
        "Undo the six bolts (9) and lift off the housing cover (1) with the gasket (2).",
        "Pull the impeller (3) off the drive shaft (6); renew the shaft seal (4).",
        "Fit a new O-ring (10) and tighten all bolts to the torques above.",
    )
    for k, step in enumerate(steps, start=1):
        pdf.text(40, 680 + k * 15, f"{k}. {step}")
    pdf.set_font("Helvetica", "", 8)
    right(pdf, 555, 815, "4-7")
    return pdf


# === the batch =================================================================================

BLIND_8 = ("canva", "twoup", "grocer", "modeltable", "dotparts", "menucaps", "gemstone")
BLIND_8 += ("imagenames", "splittable")
BLIND_8_NON_CATALOGS = ("profile", "eventday", "callouts")
LAYOUTS_8 = BLIND_8 + BLIND_8_NON_CATALOGS
SCAN_DPI_8 = {"canva": 150, "twoup": 200, "grocer": 250, "modeltable": 200, "dotparts": 300}
SCAN_DPI_8 |= {"menucaps": 200, "gemstone": 150, "imagenames": 200, "splittable": 250}
SCAN_DPI_8 |= {"profile": 150, "eventday": 200, "callouts": 200}
LANGUAGE_8 = {"dotparts": "ka", "menucaps": "es", "gemstone": "id"}
LOCALES_8 = {"en": "en_GB", "ka": "ka_GE", "es": "es_ES", "id": "id_ID"}
SEED_8 = 8000
MAKERS_8: dict[str, Callable[[Words, Truth], FPDF]] = {
    "canva": canva,
    "twoup": twoup,
    "grocer": grocer,
    "modeltable": modeltable,
    "dotparts": dotparts,
    "menucaps": menucaps,
    "gemstone": gemstone,
    "imagenames": imagenames,
    "splittable": splittable,
    "profile": profile,
    "eventday": eventday,
    "callouts": callouts,
}

# registered beside batches 3, 5, 6 and 7, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["8"] = Batch(
    LAYOUTS_8, BLIND_8, MAKERS_8, SEED_8, LANGUAGE_8, LOCALES_8, SCAN_DPI_8
)
