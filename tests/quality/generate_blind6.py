"""Blind batches 6 and 7: catalogs written WITHOUT reading the product engine's rules.

Bench figures, never test floors. They imitate the kinds of real catalogs acceptance runs on
(a bilingual auto-parts list with a non-Latin second language, an electronics grid, a gemstone
guide in a language other than English, a grocery leaflet, precast concrete, a restaurant
menu) and documents that are NOT catalogs but look tempting. Nobody who wrote them read
`pdfqueue.engines.catalog*`, `layout.py` or `products.py`. Batch 6 (``--layouts blind6``) may be
looked at; batch 7 (``--layouts blind7``) is kept for ONE final estimate: do not score it before.

What counts as a product (what a careful human labeller would list): a thing offered for sale
or presented as an item of the catalog, once, named as printed; its codes, prices and sizes as
printed. Section headings, categories, brands, legends, delivery charges, coupons and totals are
not. Where two languages print the same item's name, the main one is the name and the other an
``aliases`` entry (scoring takes the best). Per layout:

Batch 6 (files ``b6-<layout>``; seeds ``SEED_6`` + index):

- ``partsru``: a Russian / English auto-parts price list (A4, DejaVu), bilingual system headings
  ("ТОРМОЗНАЯ СИСТЕМА / BRAKES"), ruled table № | Артикул | OEM | Наименование | Description |
  Применение (the vehicle it fits) | Цена, руб. A product is a row: name the English
  description, the Russian one its alias, codes the part number and the OEM cross-reference,
  price "1 250,00".
- ``gadgets``: an electronics grid (Letter, 3 × 3), a "NEW" or "-20%" badge over each photo,
  a brand in grey capitals, the bold name, drawn star ratings with a review count, three spec
  bullets, a struck old price on discounted ones, a big price and "Item #". A tile is a
  product: name as printed in bold (without the brand line above it, which the name repeats).
- ``batu``: an Indonesian gemstone guide (A4): an introduction page, then two stones a page,
  "3. Kecubung (Amethyst)", a photo, a borderless property table (Kekerasan, Warna, Asal,
  Berat jenis, Harga per karat "Rp 250.000") and a paragraph. A stone is a product, named as
  its heading without the number; the English name in brackets is an alias.
- ``leaflet``: a German supermarket leaflet (A4, 2 × 3 tiles a page): prices drawn large with small
  raised cents ("2." and "49"; "-.99"), pack and unit price ("je 500-g-Packung (1 kg = 4,98)"),
  multi-buy stickers ("3 für 2"), some struck "UVP" prices; a banner and a footer. A tile is a
  product; its prices the offer price (and the struck one), its size the pack.
- ``carta``: a Spanish restaurant menu (A4, two columns, a section a column): headings, a dish
  name with allergen numbers in small type, dotted leaders, a price "12,50 €", an italic
  description. A dish is a product, named without the allergen numbers. The allergen legend
  and the bread and service charge at the foot are not.
- ``wholesale``: a wholesaler's tier price list, the table turned 90° on portrait pages (a
  landscape table printed sideways): Item code | Description | Pack | Case qty | 1-4 cases |
  5-19 | 20+ | Unit, category rows. A row is a product: name the description, its code, the
  three tier prices (the first the list price), its pack as size.
- ``precast``: a precast concrete products catalogue (A4): intro prose (with a delivery charge,
  not a product), three products a page, each a drawn section sketch, the bold name, a spec
  table (Code, internal size, height, wall, weight, price per piece). A block is a product.
- ``mobili``: an Italian furniture catalogue (A4 landscape): per page two products, a photo,
  "Aria - divano 3 posti" in bold, a dimensions line "L 228 × P 96 × H 82 cm", finishes,
  "Cod. AR-228-TX", "€ 1.890,00". A block is a product.

Batch 6 non-catalogs (truth: no products): ``services`` (a precast engineering firm's services
brochure: services in a table, a process, project references; no prices, no goods), ``cpi``
(a statistics office's consumer price report: average prices of named items, "White bread,
800 g  $2.49", in tables with year-on-year change), ``install`` (an installation guide for a
spare part: numbered steps that name part numbers and torques, a tools list; no prices).

Batch 7 (files ``b7-<layout>``; seeds ``SEED_7`` + index):

- ``partsgr``: a Greek / English parts catalog (A4, 3 × 3 cards): a photo, the English name in
  bold, the Greek name below, "Κωδ./Code", "OE" cross-reference codes, a price "€ 38,90",
  under bilingual system headings. A card is a product (English name, Greek alias).
- ``phones``: an electronics list (Letter), one product a row: photo, name, "★★★★☆ 4.3 (212)",
  a small spec table, a badge, a struck price and a big price, "SKU". A row is a product.
- ``edelsteine``: a German gemstone lexicon, one stone a page: a big photo, its name, a ruled
  property table (Mineralklasse, Härte, Dichte, Farbe, Fundorte), "Richtpreis je Karat: ab
  45 €", prose; a glossary page at the end (no product). A stone is a product.
- ``promo``: a French supermarket leaflet (A4, 3 columns): prices with a big euro and small
  "€99" cents, "le lot de 3 x 125 g", "soit 5,31 € le kg", "2ème à -50%" stickers, loyalty
  prices. A tile is a product (offer price first).
- ``tapas``: a Spanish tapas bar menu (A4): centred section headings, names with two price
  columns (Tapa | Ración, "—" where there is none), allergen numbers, drinks. Every priced
  item, drinks too, is a product.
- ``hurt``: a Polish cash & carry list (A4, DejaVu): Kod | Nazwa | Opak. | Cena netto | VAT |
  Cena brutto, thin rules, group headings. A row is a product (name as printed, both prices,
  the net first as printed first).
- ``plants``: a garden centre's plant list (A4, two columns): the Latin name in italics, the
  common name, pot size and height, a price "£7.99", "3 for £20" offers on some. A plant is a
  product: name the Latin name, alias the common name.
- ``skincare``: a skin-care catalogue (A4, 2 × 3 pastel cards): brand in capitals, product name,
  "30 ml · € 24,90 (€ 83,00 / 100 ml)", colour dots for the tints it comes in (no codes). A card
  is a product (the tints are not products of their own).

Batch 7 non-catalogs: ``newsletter`` (a company newsletter, two columns, mentions a launch and a
price in prose), ``recipes`` (a recipe book page: ingredients with amounts, cost per serving),
``slides`` (a slide deck, landscape pages, bullets, a roadmap table of product names by quarter
and a revenue chart, no prices to buy at).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`. Only
``bench/quality.py --layouts blind6`` (or ``blind7``) writes them.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 6 [--scanned]
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")  # fonts-dejavu-core: Cyrillic, Greek, Polish


def unicode_pdf(title: str, size: tuple[float, float] = A4) -> FPDF:
    """A page of `size` with DejaVu Sans (regular, bold, condensed) for non-Latin text."""
    pdf = sized_pdf(title, size)
    pdf.add_font("DejaVu", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVuC", "", str(DEJAVU / "DejaVuSansCondensed.ttf"))
    pdf.add_font("DejaVuC", "B", str(DEJAVU / "DejaVuSansCondensed-Bold.ttf"))
    return pdf


def comma(value: float, thousands: str = ".") -> str:
    """1890.0 -> '1.890,00' (or '1 890,00' with thousands=' ')."""
    return f"{value:,.2f}".replace(",", "§").replace(".", ",").replace("§", thousands)


def strike(pdf: FPDF, x: float, y: float, text: str) -> None:
    pdf.text(x, y, text)
    width = pdf.get_string_width(text)
    pdf.line(x - 1, y - pdf.font_size * 0.3, x + width + 1, y - pdf.font_size * 0.3)


def stars(pdf: FPDF, x: float, y: float, rating: float, size: float = 7) -> float:
    """Five drawn stars (no text), `rating` of them filled; return the x after them."""
    import math

    for i in range(5):
        cx, cy = x + i * (size + 1.5) + size / 2, y - size / 2
        points = []
        for k in range(10):
            radius = size / 2 if k % 2 == 0 else size / 4.5
            angle = math.pi / 2 + k * math.pi / 5
            points.append((cx + radius * math.cos(angle), cy - radius * math.sin(angle)))
        filled = i + 1 <= rating + 0.25
        pdf.set_fill_color(240, 170, 0)
        pdf.set_draw_color(240, 170, 0)
        pdf.polygon(points, style="DF" if filled else "D")
    pdf.set_draw_color(0, 0, 0)
    return x + 5 * (size + 1.5) + 3


# === batch 6 ===================================================================================

RU_PARTS = {
    "ДВИГАТЕЛЬ / ENGINE": (
        ("Фильтр масляный", "Oil Filter"),
        ("Фильтр воздушный", "Air Filter"),
        ("Свеча зажигания", "Spark Plug"),
        ("Катушка зажигания", "Ignition Coil"),
        ("Помпа водяная", "Water Pump"),
        ("Ремень ГРМ", "Timing Belt"),
        ("Прокладка ГБЦ", "Cylinder Head Gasket"),
        ("Термостат", "Thermostat"),
        ("Датчик кислорода", "Oxygen Sensor"),
        ("Опора двигателя", "Engine Mount"),
    ),
    "ТОРМОЗНАЯ СИСТЕМА / BRAKES": (
        ("Колодки тормозные передние", "Front Brake Pads"),
        ("Колодки тормозные задние", "Rear Brake Pads"),
        ("Диск тормозной", "Brake Disc"),
        ("Суппорт тормозной", "Brake Caliper"),
        ("Шланг тормозной", "Brake Hose"),
        ("Главный тормозной цилиндр", "Brake Master Cylinder"),
    ),
    "ПОДВЕСКА / SUSPENSION": (
        ("Амортизатор передний", "Front Shock Absorber"),
        ("Стойка стабилизатора", "Stabiliser Link"),
        ("Шаровая опора", "Ball Joint"),
        ("Рычаг нижний", "Lower Control Arm"),
        ("Сайлентблок", "Bushing"),
        ("Подшипник ступицы", "Wheel Hub Bearing"),
        ("Наконечник рулевой тяги", "Tie Rod End"),
    ),
    "ЭЛЕКТРИКА / ELECTRICAL": (
        ("Стартер", "Starter Motor"),
        ("Генератор", "Alternator"),
        ("Аккумулятор 60 Ач", "Battery 60 Ah"),
        ("Лампа фары H7", "Headlamp Bulb H7"),
        ("Датчик ABS", "ABS Sensor"),
        ("Реле поворотов", "Indicator Relay"),
    ),
}
CARS = ("Toyota Camry XV70", "Kia Rio IV", "Hyundai Solaris", "VW Polo Sedan", "Lada Vesta")
CARS += ("Renault Logan II", "Skoda Octavia A7", "Nissan Qashqai J11")


def partsru(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Прайс-лист 03/2026")
    widths = [18.0, 62.0, 70.0, 122.0, 100.0, 85.0, 58.0]
    header = ["№", "Артикул", "OEM", "Наименование", "Description", "Применение", "Цена, руб."]
    sections = list(RU_PARTS.items())
    page, y, number = 0, 1000.0, 0

    def new_page() -> float:
        nonlocal page
        page += 1
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 12)
        pdf.text(40, 40, "АВТОЗАПЧАСТИ ВОСТОК")
        pdf.set_font("DejaVu", "", 8)
        pdf.text(40, 52, "Прайс-лист / Price list · действует с 01.03.2026 · цены с НДС")
        right(pdf, 555, 40, "+7 (423) 240-18-77")
        pdf.set_font("DejaVu", "", 7)
        pdf.text(40, 820, "Цены указаны в рублях с учётом НДС 20 %. Доставка по России.")
        right(pdf, 555, 820, f"стр. {page}")
        return 70.0

    for heading, parts in sections:
        if y > 640:
            y = new_page()
        pdf.set_fill_color(30, 60, 110)
        pdf.rect(40, y, 515, 16, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 9)
        pdf.text(44, y + 11.5, heading)
        pdf.set_text_color(0, 0, 0)
        y += 16
        pdf.set_font("DejaVuC", "B", 7.5)
        x = 40.0
        for cell, width in zip(header, widths, strict=True):
            pdf.rect(x, y, width, 14)
            pdf.text(x + 2, y + 10, cell)
            x += width
        y += 14
        for ru, en in parts:
            if y > 790:
                y = new_page()
            number += 1
            code = (
                f"{words.rng.choice(('VX', 'TR', 'MK', 'AS'))}{words.rng.randrange(10000, 99999)}"
            )
            oem = f"{words.rng.randrange(10000, 99999)}-{words.rng.choice('ABCDEFJK')}"
            oem += f"{words.rng.randrange(1000, 9999)}"
            price = comma(words.rng.randrange(180, 24000) + words.rng.choice((0, 0.5)), " ")
            cells = [str(number), code, oem, ru, en, words.rng.choice(CARS), price]
            pdf.set_font("DejaVuC", "", 7.5)
            x = 40.0
            for c, (cell, width) in enumerate(zip(cells, widths, strict=True)):
                pdf.rect(x, y, width, 14)
                if c == 6:
                    right(pdf, x + width - 3, y + 10, cell)
                else:
                    pdf.text(x + 2, y + 10, cell)
                x += width
            y += 14
            truth.products.append(product(en, [code, oem], [price], page, aliases=[ru]))
        y += 14
    return pdf


GADGETS = (
    ("Laptop", ('14" 2.8K OLED display', "16 GB RAM, 512 GB SSD", "Up to 12 h battery")),
    ("Tablet", ('11" LCD, 90 Hz', "128 GB storage", "Stylus support")),
    ("Smartphone", ('6.7" AMOLED, 120 Hz', "50 MP triple camera", "5G, dual SIM")),
    ("Smartwatch", ('1.4" always-on display', "GPS + heart rate", "7-day battery")),
    ("Earbuds", ("Active noise cancelling", "30 h with case", "IPX4 splash proof")),
    ("Soundbar", ("3.1 channels, 300 W", "Wireless subwoofer", "HDMI eARC")),
    ("Monitor", ('27" QHD IPS, 165 Hz', "1 ms response time", "Height adjustable")),
    ("Router", ("Wi-Fi 6, AX3000", "4 gigabit ports", "Mesh ready")),
    ("Action Camera", ("5.3K video at 60 fps", "Waterproof to 10 m", "HyperSmooth stabiliser")),
    ("Smart Speaker", ("360° sound", "Voice assistant built in", "Multi-room audio")),
    ("E-Reader", ('7" glare-free screen', "32 GB, waterproof", "Weeks of battery")),
    ("Projector", ("Full HD, 3000 lumens", "Built-in speaker", "Keystone correction")),
    ("Power Bank", ("20,000 mAh", "65 W USB-C PD", "Charges 3 devices")),
    ("Webcam", ("4K, auto focus", "Dual microphones", "Privacy shutter")),
    ("Keyboard", ("Mechanical, hot-swap", "RGB backlight", "Wireless + USB-C")),
    ("Drone", ("4K camera, 3-axis gimbal", "34 min flight time", "Obstacle sensing")),
    ("Gaming Mouse", ("26,000 DPI sensor", "63 g ultra-light", "70 h wireless")),
    ("Dash Cam", ("2K front + rear", "Night vision", "Parking mode")),
)
GADGET_BRANDS = ("Nimbus", "Vektor", "Orion", "Lumio", "Zephyr", "Arca", "Polaris", "Kestrel")
GADGET_MODELS = ("Air", "Pro", "Max", "Go", "Studio", "Flex", "Ultra", "One", "Lite", "Neo")


def gadgets(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Tech deals", LETTER)
    items = list(GADGETS)
    words.rng.shuffle(items)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 18)
        pdf.text(30, 40, ("This week's tech picks", "Home & entertainment")[page - 1])
        pdf.set_font("Helvetica", "", 8)
        right(pdf, 582, 40, "Prices valid 3/2 - 3/15/2026 · voltmart.com")
        pdf.line(30, 48, 582, 48)
        for slot in range(9):
            kind, specs = items[(page - 1) * 9 + slot]
            x, y = 30 + (slot % 3) * 186, 60 + (slot // 3) * 236
            pdf.image(photo(6100 + page * 20 + slot, (180, 120)), x=x, y=y, w=176, h=100)
            discount = words.rng.choice((0, 0, 10, 15, 20, 25))
            badge = f"-{discount}%" if discount else ("NEW" if words.rng.random() < 0.5 else "")
            if badge:
                pdf.set_fill_color(210, 20, 40) if discount else pdf.set_fill_color(20, 140, 60)
                pdf.rect(x, y, 34, 16, style="F")
                pdf.set_text_color(255, 255, 255)
                pdf.set_font("Helvetica", "B", 9)
                pdf.text(x + 4, y + 11.5, badge)
                pdf.set_text_color(0, 0, 0)
            brand = words.rng.choice(GADGET_BRANDS)
            name = f"{brand} {words.rng.choice(GADGET_MODELS)} {kind}"
            while any(p["name"] == name for p in truth.products):
                name = (
                    f"{brand} {words.rng.choice(GADGET_MODELS)} {kind} {words.rng.randrange(2, 9)}"
                )
            pdf.set_font("Helvetica", "B", 7)
            pdf.set_text_color(120, 120, 120)
            pdf.text(x, y + 113, brand.upper())
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Helvetica", "B", 10)
            pdf.text(x, y + 126, name)
            rating = words.rng.choice((3.5, 4.0, 4.5, 4.5, 5.0))
            after = stars(pdf, x, y + 138, rating)
            pdf.set_font("Helvetica", "", 7)
            pdf.text(after, y + 137, f"{rating} ({words.rng.randrange(8, 2400)})")
            for k, spec in enumerate(specs):
                pdf.text(x, y + 150 + k * 10, f"• {spec}")
            value = words.rng.randrange(19, 1600) + 0.99
            if discount:
                old = f"${value:,.2f}"
                value = round(value * (100 - discount) / 100, 0) - 0.01
                pdf.set_font("Helvetica", "", 8)
                pdf.set_text_color(110, 110, 110)
                strike(pdf, x + 100, y + 196, old)
                pdf.set_text_color(0, 0, 0)
            price = f"${value:,.2f}"
            pdf.set_font("Helvetica", "B", 17)
            pdf.text(x, y + 200, price)
            item = str(words.rng.randrange(1000000, 9999999))
            pdf.set_font("Helvetica", "", 6.5)
            pdf.text(x, y + 212, f"Item # {item}")
            prices = [price, old] if discount else [price]
            truth.products.append(product(name, [item], prices, page))
    return pdf


GEMS = (
    ("Kecubung", "Amethyst", "7", "Ungu muda hingga ungu tua", "Brasil, Zambia, Uruguay", "2,65"),
    ("Zamrud", "Emerald", "7,5 – 8", "Hijau", "Kolombia, Zambia, Brasil", "2,72"),
    ("Garnet Merah", "Garnet", "6,5 – 7,5", "Merah tua", "India, Sri Lanka, Madagaskar", "3,9"),
    ("Pirus", "Turquoise", "5 – 6", "Biru kehijauan", "Iran, Amerika Serikat", "2,7"),
    ("Topas Biru", "Blue Topaz", "8", "Biru langit", "Brasil, Nigeria", "3,53"),
    ("Opal Kalimaya", "Banten Opal", "5,5 – 6", "Putih dengan kilau pelangi", "Banten", "2,1"),
    ("Akik Bacan", "Bacan Chrysocolla", "6 – 7", "Hijau tua", "Pulau Bacan, Maluku", "2,6"),
    ("Mutiara", "Pearl", "2,5 – 4,5", "Putih, krem, hitam", "Lombok, Sulawesi", "2,7"),
    ("Safir Kuning", "Yellow Sapphire", "9", "Kuning keemasan", "Sri Lanka, Thailand", "4,0"),
    ("Peridot", "Peridot", "6,5 – 7", "Hijau zaitun", "Pakistan, Myanmar", "3,34"),
)
ID_SENTENCES = (
    "Batu ini terbentuk jauh di dalam kerak bumi selama jutaan tahun.",
    "Warna dan kejernihannya sangat menentukan nilai di pasaran.",
    "Banyak kolektor menyimpannya sebagai batu cincin atau liontin.",
    "Hindari benturan keras dan bahan kimia saat membersihkannya.",
    "Batu alami biasanya memiliki inklusi kecil yang terlihat dengan lup.",
    "Perlakuan panas sering dipakai untuk memperindah warnanya.",
    "Sertifikat laboratorium disarankan untuk pembelian di atas satu karat.",
    "Simpan terpisah dari perhiasan lain agar permukaannya tidak tergores.",
)


def id_paragraph(words: Words, count: int) -> str:
    return " ".join(words.rng.sample(ID_SENTENCES, count))


def batu(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Panduan Batu Permata Nusantara", A4)
    gems = words.rng.sample(GEMS, 8)
    pdf.add_page()
    pdf.set_font("Times", "B", 24)
    pdf.text(50, 90, "Panduan Batu Permata")
    pdf.set_font("Times", "", 12)
    y = 130.0
    for _ in range(3):
        for line in wrap(pdf, id_paragraph(words, 4), 495):
            pdf.text(50, y, line)
            y += 16
        y += 10
    pdf.set_font("Times", "B", 14)
    pdf.text(50, y + 20, "BAB 1 · BATU MULIA DAN SETENGAH MULIA")
    for index, (local, english, hardness, colour, origin, density) in enumerate(gems):
        page = 2 + index // 2
        if index % 2 == 0:
            pdf.add_page()
            pdf.set_font("Times", "I", 9)
            pdf.text(50, 30, "Panduan Batu Permata Nusantara")
            right(pdf, 545, 30, f"Halaman {page} dari 5")
        top = 60 + (index % 2) * 385
        name = f"{local} ({english})"
        pdf.set_font("Times", "B", 17)
        pdf.text(50, top + 20, f"{index + 1}. {name}")
        pdf.image(photo(6200 + index, (200, 160)), x=365, y=top + 34, w=180, h=140)
        carat = words.rng.choice((75, 150, 250, 400, 650, 1200, 2500)) * 1000
        price = f"Rp {carat:,}".replace(",", ".")
        rows = (
            ("Kekerasan (Mohs)", hardness),
            ("Warna", colour),
            ("Asal", origin),
            ("Berat jenis", density),
            ("Harga per karat", price),
        )
        ty = top + 50
        for key, value in rows:
            pdf.set_font("Times", "B", 11)
            pdf.text(50, ty, key)
            pdf.set_font("Times", "", 11)
            pdf.text(165, ty, value)
            ty += 18
        pdf.set_font("Times", "", 11)
        ty += 70
        for line in wrap(pdf, id_paragraph(words, 3), 495):
            pdf.text(50, ty, line)
            ty += 14
        truth.products.append(product(name, [], [price], page, aliases=[english, local]))
    return pdf


DE_GROCERIES = (
    ("Bio-Vollmilch", "3,8 % Fett", "je 1-l-Packung", 1.0, "1 l"),
    ("Hähnchen-Brustfilet", "aus Deutschland", "je 400-g-Packung", 0.4, "1 kg"),
    ("Gouda jung", "48 % Fett i. Tr., am Stück", "je 500-g-Packung", 0.5, "1 kg"),
    ("Erdbeeren", "Klasse I, aus Spanien", "je 500-g-Schale", 0.5, "1 kg"),
    ("Kaffee Crema", "ganze Bohnen", "je 1-kg-Packung", 1.0, "1 kg"),
    ("Mineralwasser Classic", "6 x 1,5 l", "je Packung", 9.0, "1 l"),
    ("Butter", "mildgesäuert", "je 250-g-Stück", 0.25, "1 kg"),
    ("Rispentomaten", "Klasse I, aus den Niederlanden", "je 500-g-Packung", 0.5, "1 kg"),
    ("Toilettenpapier", "3-lagig, 10 x 150 Blatt", "je Packung", 0, ""),
    ("Orangensaft", "100 % Direktsaft", "je 1-l-Flasche", 1.0, "1 l"),
    ("Spaghetti", "aus Hartweizengrieß", "je 500-g-Packung", 0.5, "1 kg"),
    ("Schweinenacken-Steaks", "mariniert", "je 600-g-Packung", 0.6, "1 kg"),
)


def leaflet(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Angebote der Woche", A4)
    items = list(DE_GROCERIES)
    words.rng.shuffle(items)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_fill_color(200, 0, 20)
        pdf.rect(0, 0, A4[0], 62, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 26)
        pdf.text(28, 42, "Angebote der Woche")
        pdf.set_font("Helvetica", "", 9)
        right(pdf, 567, 28, "Gültig ab Montag, 09.03.")
        right(pdf, 567, 42, "Frische-Markt Hansen")
        pdf.set_text_color(0, 0, 0)
        for slot in range(6):
            name, sub, pack, amount, unit = items.pop()
            x, y = 28 + (slot % 2) * 275, 78 + (slot // 2) * 182
            if page == 1 and slot == 0:
                pdf.set_font("Helvetica", "B", 13)
                pdf.set_text_color(200, 0, 20)
                pdf.text(28, 640, "Nur Freitag und Samstag: 10 % auf alle Backwaren!")
                pdf.set_text_color(0, 0, 0)
            pdf.image(photo(6300 + page * 10 + slot, (160, 120)), x=x, y=y, w=130, h=110)
            value = words.rng.randrange(49, 599) / 100
            if words.rng.random() < 0.15 and value < 1:
                printed, euros_, cents = "-.99", "-.", "99"
                value = 0.99
            else:
                euros_, cents = f"{int(value)}.", f"{round(value * 100) % 100:02d}"
                printed = f"{value:.2f}".replace(".", ",")
            tx = x + 140
            pdf.set_font("Helvetica", "B", 12)
            pdf.text(tx, y + 14, name)
            pdf.set_font("Helvetica", "", 8)
            pdf.text(tx, y + 26, sub)
            pdf.text(tx, y + 37, pack + (f" ({unit} = {comma(value / amount)})" if amount else ""))
            prices = [printed]
            deal = words.rng.random()
            if deal < 0.3:
                old = f"{value * words.rng.uniform(1.2, 1.6):.2f}".replace(".", ",")
                pdf.set_font("Helvetica", "", 8)
                strike(pdf, tx, y + 52, f"UVP {old}")
                prices.append(old)
            elif deal < 0.5:
                pdf.set_fill_color(255, 220, 0)
                pdf.ellipse(x + 88, y - 6, 48, 48, style="F")
                pdf.set_font("Helvetica", "B", 10)
                pdf.text(x + 95, y + 22, "3 für 2")
            pdf.set_fill_color(255, 230, 0)
            pdf.rect(tx, y + 60, 110, 46, style="F")
            pdf.set_font("Helvetica", "B", 34)
            pdf.text(tx + 6, y + 96, euros_)
            pdf.set_font("Helvetica", "B", 16)
            pdf.text(tx + 8 + pdf.get_string_width(euros_) * 34 / 16, y + 82, cents)
            truth.products.append(
                product(
                    name, [], prices, page, sizes=[pack] if any(c.isdigit() for c in pack) else []
                )
            )
        pdf.set_font("Helvetica", "", 6.5)
        pdf.text(28, 825, "Abgabe nur in haushaltsüblichen Mengen. Solange der Vorrat reicht.")
    return pdf


ES_DISHES = {
    "Entrantes": (
        ("Croquetas caseras de jamón ibérico", "Seis unidades, bechamel suave y crujientes."),
        ("Pulpo a la gallega", "Sobre cachelos, pimentón de la Vera y aceite de oliva."),
        ("Ensalada de tomate rosa", "Con ventresca de bonito, cebolleta y aceitunas."),
        ("Pimientos de Padrón", "Fritos al momento con sal en escamas."),
        ("Gazpacho andaluz", "Frío, con guarnición de pepino, pimiento y picatostes."),
        ("Alcachofas confitadas", "Con jamón crujiente y yema curada."),
        ("Provolone al horno", "Con orégano, tomate seco y pan de cristal."),
    ),
    "Del mar": (
        ("Merluza a la romana", "Con pimientos asados y mahonesa de ajo negro."),
        ("Arroz negro con chipirones", "Con alioli suave; mínimo dos personas."),
        ("Lubina a la espalda", "Al estilo de Getaria, con refrito de ajos."),
        ("Gambas al ajillo", "En cazuela de barro con guindilla."),
        ("Bacalao al pil pil", "Lomo confitado sobre pisto manchego."),
        ("Calamares a la andaluza", "Con limón y salsa tártara."),
    ),
    "De la tierra": (
        ("Secreto ibérico a la brasa", "Con patatas panaderas y pimientos del piquillo."),
        ("Entrecot de vaca madurada", "300 g, con sal Maldon y guarnición."),
        ("Carrillera de ternera al vino tinto", "Guisada lentamente, con puré de apionabo."),
        ("Pollo de corral al ajillo", "Con patatas fritas caseras."),
        ("Cordero asado", "Paletilla al horno de leña con ensalada verde."),
        ("Hamburguesa de buey", "Queso de cabra, cebolla caramelizada, pan brioche."),
    ),
    "Postres": (
        ("Tarta de queso al horno", "Cremosa, con coulis de frutos rojos."),
        ("Torrija caramelizada", "Con helado de vainilla."),
        ("Crema catalana", "Quemada al momento."),
        ("Coulant de chocolate", "Con helado de avellana."),
        ("Arroz con leche asturiano", "Con canela y corteza de limón."),
    ),
}


def dotted(pdf: FPDF, x: float, right_x: float, y: float, left: str, right_text: str) -> None:
    """`left` at x, `right_text` ending at right_x, dots between them."""
    pdf.text(x, y, left)
    start = x + pdf.get_string_width(left) + 4
    end = right_x - pdf.get_string_width(right_text) - 4
    dot = pdf.get_string_width(". ")
    count = max(0, int((end - start) / dot))
    pdf.text(end - count * dot, y, ". " * count)
    right(pdf, right_x, y, right_text)


def carta(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Casa Lucía · Carta", A4)
    sections = list(ES_DISHES.items())
    columns = ((40, 283), (312, 555))
    page, column, y = 0, 1, 0.0
    for heading, dishes in sections:  # a section a column, two columns a page
        column += 1
        if column >= 2:
            pdf.add_page()
            page += 1
            column = 0
            pdf.set_font("Times", "B", 22)
            pdf.text(235, 50, "Casa Lucía")
            pdf.set_font("Times", "I", 10)
            pdf.text(242, 64, "Cocina de mercado · Carta")
            pdf.set_font("Helvetica", "", 6.5)
            pdf.text(
                40,
                790,
                "Alérgenos: 1 Gluten · 2 Crustáceos · 3 Huevo · 4 Pescado ·"
                " 5 Cacahuetes · 6 Soja · 7 Lácteos · 8 Frutos de cáscara · 9 Apio ·"
                " 10 Mostaza · 14 Moluscos",
            )
            pdf.text(40, 800, "IVA incluido. Servicio de pan y aperitivo: 2,20 € por persona.")
            right(pdf, 555, 820, str(page))
        y = 100.0
        left, right_x = columns[column]
        pdf.set_font("Times", "B", 14)
        pdf.text(left, y, heading.upper())
        pdf.line(left, y + 4, left + 60, y + 4)
        y += 24
        for name, description in dishes:
            value = words.rng.randrange(12, 58 if heading != "Postres" else 20) / 2
            price = f"{comma(value)} €"
            allergens = ",".join(str(a) for a in sorted(words.rng.sample(range(1, 15), 2)))
            pdf.set_font("Times", "B", 11)
            pdf.text(left, y, name)
            after = left + pdf.get_string_width(name) + 2
            pdf.set_font("Times", "", 6.5)
            pdf.text(after, y - 4, allergens)
            after += pdf.get_string_width(allergens) + 4
            pdf.set_font("Times", "", 11)
            dot = pdf.get_string_width(". ")
            end = right_x - pdf.get_string_width(price) - 4
            count = max(0, int((end - after) / dot))
            pdf.text(end - count * dot, y, ". " * count)
            right(pdf, right_x, y, price)
            pdf.set_font("Times", "I", 9.5)
            pdf.text(left, y + 12, description)
            y += 32
            truth.products.append(product(name, [], [price], page))
        y += 12
    return pdf


WHOLESALE = {
    "DRY GOODS": (
        ("Basmati rice, long grain", "10 kg bag", 1),
        ("Plain flour", "16 kg sack", 1),
        ("Penne rigate", "6 x 3 kg", 6),
        ("Chopped tomatoes", "6 x 2.5 kg tin", 6),
        ("Chickpeas in water", "12 x 400 g", 12),
        ("Caster sugar", "20 x 1 kg", 20),
    ),
    "OILS & SAUCES": (
        ("Rapeseed oil", "20 L drum", 1),
        ("Extra virgin olive oil", "4 x 5 L", 4),
        ("Mayonnaise, catering", "2 x 5 L", 2),
        ("Soy sauce, light", "6 x 1.9 L", 6),
        ("Tomato ketchup", "2 x 4.5 kg", 2),
    ),
    "BEVERAGES": (
        ("Orange juice, chilled", "12 x 1 L", 12),
        ("Cola, cans", "24 x 330 ml", 24),
        ("Sparkling water, glass", "24 x 250 ml", 24),
        ("Breakfast tea bags", "1100 bags", 1),
        ("Instant coffee granules", "6 x 750 g", 6),
    ),
    "CLEANING & DISPOSABLES": (
        ("Blue centrefeed roll", "6 x 150 m", 6),
        ("Nitrile gloves, medium", "10 x 100", 10),
        ("Washing-up liquid", "2 x 5 L", 2),
        ("Bin liners, 90 L", "200 bags", 1),
        ("Kraft takeaway boxes", "250 boxes", 1),
        ("Hard surface sanitiser", "2 x 5 L", 2),
    ),
}


def wholesale(words: Words, truth: Truth) -> FPDF:
    """The table is drawn on a landscape canvas (u, v) that `rotation` turns onto the page."""
    pdf = sized_pdf("Trade price list", A4)
    widths = [62.0, 200.0, 100.0, 58.0, 72.0, 72.0, 72.0, 70.0]
    header = ["Item code", "Description", "Pack", "Case qty", "1-4 cases", "5-19 cases"]
    header += ["20+ cases", "Unit price"]
    groups = list(WHOLESALE.items())
    for page, chunk in ((1, groups[:2]), (2, groups[2:])):
        pdf.add_page()
        with pdf.rotation(90, x=0, y=A4[1]):
            oy = A4[1]  # canvas (u, v) is drawn at (u, A4[1] + v)
            pdf.set_font("Helvetica", "B", 16)
            pdf.text(40, oy + 40, "Harbour Foodservice Ltd - Trade price list, spring 2026")
            pdf.set_font("Helvetica", "", 8)
            pdf.text(
                40, oy + 54, "All prices in GBP, ex VAT, per case, delivered. Minimum order £150."
            )
            right(pdf, 800, oy + 40, f"Page {page} of 2")
            v = 70.0
            pdf.set_font("Helvetica", "B", 8)
            u = 40.0
            for cell, width in zip(header, widths, strict=True):
                pdf.text(u + 3, oy + v + 11, cell)
                u += width
            pdf.line(40, oy + v + 15, 40 + sum(widths), oy + v + 15)
            v += 16
            for category, rows in chunk:
                pdf.set_font("Helvetica", "B", 8.5)
                pdf.set_fill_color(225, 225, 225)
                pdf.rect(40, oy + v, sum(widths), 14, style="F")
                pdf.text(43, oy + v + 10, category)
                v += 14
                for name, pack, qty in rows:
                    code = f"{words.rng.choice('BCDFHKMPT')}{words.rng.randrange(10000, 99999)}"
                    base = words.rng.randrange(600, 6500) / 100
                    tiers = [base, base * 0.95, base * 0.9]
                    tier_text = [f"£{t:.2f}" for t in tiers]
                    unit = f"£{tiers[0] / qty:.2f}"
                    cells = [code, name, pack, str(qty), *tier_text, unit]
                    pdf.set_font("Helvetica", "", 8)
                    u = 40.0
                    for c, (cell, width) in enumerate(zip(cells, widths, strict=True)):
                        if c >= 3:
                            right(pdf, u + width - 4, oy + v + 10, cell)
                        else:
                            pdf.text(u + 3, oy + v + 10, cell)
                        u += width
                    v += 15
                    truth.products.append(product(name, [code], tier_text, page, sizes=[pack]))
            pdf.line(40, oy + v + 2, 40 + sum(widths), oy + v + 2)
    return pdf


PRECAST = (
    ("Manhole Chamber Ring DN 1200", "1200 mm", "500 mm", "120 mm", 1150),
    ("Manhole Cover Slab DN 1500", "1500 mm", "200 mm", "-", 1380),
    ("Box Culvert 2000 x 1500", "2000 x 1500 mm", "1000 mm", "200 mm", 5600),
    ("Road Kerb HB2 Half Battered", "125 x 255 mm", "915 mm", "-", 67),
    ("U-Channel Drain 400", "400 x 400 mm", "1000 mm", "80 mm", 310),
    ("Boundary Wall Panel 2.4 m", "2400 x 1000 mm", "1000 mm", "100 mm", 560),
    ("Septic Tank 3000 L", "1600 mm", "1900 mm", "100 mm", 3200),
    ("Lintel 1200 Prestressed", "140 x 215 mm", "1200 mm", "-", 78),
    ("Cable Pit 900 x 600", "900 x 600 mm", "750 mm", "90 mm", 540),
)


def precast(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Product catalogue", A4)
    items = words.rng.sample(PRECAST, 6)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_fill_color(60, 60, 60)
        pdf.rect(0, 0, A4[0], 40, style="F")
        pdf.set_text_color(255, 190, 0)
        pdf.set_font("Helvetica", "B", 14)
        pdf.text(40, 26, "STONEBRIDGE PRECAST")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "", 8)
        right(pdf, 555, 26, "Product catalogue 2026 · Drainage & civils")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Helvetica", "", 9)
        intro = (
            "All units are cast in our BS EN 13369 certified plant and cured for at least"
            " 28 days. Delivery by crane lorry within 50 miles: £145 per load; offloading is"
            " included. Prices per piece, ex works, excluding VAT."
            if page == 1
            else "Lifting anchors are cast in. Ask our engineers for reinforcement details and"
            " bespoke sizes; typical lead time is two to three weeks."
        )
        y = 62.0
        for line in wrap(pdf, intro, 515):
            pdf.text(40, y, line)
            y += 12
        for slot in range(3):
            name, size, height, wall, weight = items[(page - 1) * 3 + slot]
            top = 110 + slot * 235
            pdf.set_draw_color(90, 90, 90)
            pdf.rect(40, top, 170, 150)
            pdf.rect(70, top + 30, 110, 90)
            pdf.rect(90, top + 50, 70, 50)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_font("Helvetica", "", 6)
            pdf.text(44, top + 146, "Section A-A (not to scale)")
            code = f"SBP-{words.rng.randrange(100, 999)}-{words.rng.randrange(10, 99)}"
            price = f"£{words.rng.randrange(18, 2400)}.00"
            pdf.set_font("Helvetica", "B", 13)
            pdf.text(230, top + 14, name)
            rows = (
                ("Product code", code),
                ("Internal / overall size", size),
                ("Height / length", height),
                ("Wall thickness", wall),
                ("Weight", f"{weight:,} kg"),
                ("Price per piece", price),
            )
            ty = top + 28
            for key, value in rows:
                pdf.set_font("Helvetica", "", 9)
                pdf.text(230, ty + 11, key)
                pdf.set_font("Helvetica", "B" if key.startswith("Price") else "", 9)
                pdf.text(390, ty + 11, value)
                pdf.line(230, ty + 15, 555, ty + 15)
                ty += 17
            truth.products.append(product(name, [code], [price], page, sizes=[f"{weight:,} kg"]))
        pdf.set_font("Helvetica", "", 7)
        pdf.text(40, 825, "Stonebridge Precast Ltd · Unit 4, Quarry Road, Leeds · 0113 496 0001")
        right(pdf, 555, 825, str(page))
    return pdf


MOBILI = (
    ("divano 3 posti", "tessuto bouclé", (200, 240), (90, 100), (78, 86)),
    ("poltrona", "velluto a coste", (70, 90), (75, 90), (75, 95)),
    ("tavolo allungabile", "rovere naturale", (160, 200), (90, 100), (75, 76)),
    ("madia 4 ante", "noce canaletto", (180, 220), (45, 50), (75, 85)),
    ("letto matrimoniale", "tessuto sfoderabile", (170, 180), (210, 220), (95, 110)),
    ("libreria a giorno", "frassino laccato", (90, 180), (35, 40), (180, 220)),
    ("sedia imbottita", "ecopelle", (45, 55), (50, 58), (80, 90)),
    ("comodino", "rovere termotrattato", (45, 55), (38, 42), (45, 55)),
)
COLLECTIONS_IT = ("Aria", "Brezza", "Luna", "Sole", "Vela", "Nido", "Onda", "Terra", "Rio")


def mobili(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Collezione 2026", A4_LANDSCAPE)
    items = words.rng.sample(MOBILI, 6)
    names = words.rng.sample(COLLECTIONS_IT, 6)
    for page in (1, 2, 3):
        pdf.add_page()
        pdf.set_font("Times", "I", 10)
        pdf.text(40, 30, "Casa Ferretti · Collezione 2026")
        right(pdf, 802, 30, str(page))
        for slot in (0, 1):
            index = (page - 1) * 2 + slot
            kind, finish, (w1, w2), (d1, d2), (h1, h2) = items[index]
            x = 40 + slot * 390
            pdf.image(photo(6500 + index, (300, 200)), x=x, y=50, w=370, h=250)
            name = f"{names[index]} - {kind}"
            pdf.set_font("Times", "B", 18)
            pdf.text(x, 330, name)
            pdf.set_font("Times", "I", 11)
            pdf.text(x, 348, f"Rivestimento in {finish}")
            dims = (
                f"L {words.rng.randrange(w1, w2 + 1)} × P {words.rng.randrange(d1, d2 + 1)}"
                f" × H {words.rng.randrange(h1, h2 + 1)} cm"
            )
            pdf.set_font("Helvetica", "", 9)
            pdf.text(x, 372, "Dimensioni")
            pdf.text(x + 80, 372, dims)
            pdf.text(x, 386, "Finiture")
            pdf.text(
                x + 80,
                386,
                ", ".join(
                    words.rng.sample(("naturale", "grafite", "sabbia", "salvia", "terracotta"), 3)
                ),
            )
            code = f"{names[index][:2].upper()}-{words.rng.randrange(100, 999)}-"
            code += words.rng.choice(("TX", "LG", "VL", "NC"))
            pdf.text(x, 400, "Cod.")
            pdf.text(x + 80, 400, code)
            price = f"€ {comma(words.rng.randrange(89, 3200))}"
            pdf.set_font("Helvetica", "B", 20)
            pdf.text(x, 436, price)
            pdf.set_font("Helvetica", "", 7)
            pdf.text(x, 450, "Prezzo consigliato IVA inclusa, trasporto escluso")
            truth.products.append(product(name, [code], [price], page, sizes=[dims]))
        pdf.set_font("Times", "", 10)
        text = (
            "Ogni pezzo è realizzato a mano nel nostro laboratorio in Brianza con legni"
            " certificati FSC e tessuti italiani."
        )
        pdf.text(40, 520, text)
    return pdf


# --- batch 6 non-catalogs ----------------------------------------------------------------------


SERVICES = (
    (
        "Structural Design & Calculations",
        "Design reports and calculations to Eurocode 2 and ACI 318",
    ),
    ("General Arrangement Drawings", "Layouts of all precast elements, connections and tolerances"),
    ("Shop Drawings", "Fabrication-ready drawings of walls, slabs, stairs and manholes"),
    ("Erection Sequencing", "Crane studies, temporary works and sequence drawings"),
    ("Quantity Take-off", "Bills of quantities and bar bending schedules"),
    ("BIM Coordination", "Tekla and Revit models, clash detection, IFC exchange"),
)


def services(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Our services", A4)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_fill_color(20, 20, 20)
        pdf.rect(40, 50, 515, 34, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 15)
        pdf.text(52, 73, ("OUR SERVICES", "HOW WE WORK")[page - 1])
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Helvetica", "", 9.5)
        y = 110.0
        for line in wrap(pdf, words.paragraph(3), 515):
            pdf.text(40, y, line)
            y += 13
        y += 10
        if page == 1:
            for name, what in SERVICES:
                pdf.set_fill_color(242, 242, 242)
                pdf.rect(40, y, 515, 34, style="F")
                pdf.set_font("Helvetica", "B", 10)
                pdf.text(50, y + 21, name)
                pdf.set_font("Helvetica", "", 8.5)
                pdf.set_text_color(110, 110, 110)
                pdf.text(260, y + 21, what)
                pdf.set_text_color(0, 0, 0)
                y += 38
        else:
            steps = (
                "Enquiry & scope",
                "Proposal & fee",
                "Design & checking",
                "Issue for fabrication",
            )
            for number, step in enumerate(steps, 1):
                pdf.set_font("Helvetica", "B", 22)
                pdf.text(40 + (number - 1) * 130, y + 20, f"0{number}")
                pdf.set_font("Helvetica", "", 9)
                pdf.text(40 + (number - 1) * 130, y + 36, step)
            y += 70
            pdf.set_font("Helvetica", "B", 11)
            pdf.text(40, y, "Selected projects")
            y += 18
            for project in (
                "Logistics warehouse, Dammam - 12,400 m², 1,850 hollow-core slabs",
                "Hospital car park, Doha - 6 levels, 2,300 precast elements",
                "Residential towers, Riyadh - 420 apartments, sandwich walls",
            ):
                pdf.set_font("Helvetica", "", 9)
                pdf.text(50, y, f"•  {project}")
                y += 15
        pdf.set_font("Helvetica", "", 7)
        pdf.text(40, 825, "Precastia Engineering | info@precastia.example | +971 4 555 0199")
        right(pdf, 555, 825, f"Page {page}")
    return pdf


CPI_ITEMS = (
    ("White bread, sliced", "800 g"),
    ("Whole milk", "1 gal"),
    ("Eggs, grade A, large", "dozen"),
    ("Ground beef, 80% lean", "1 lb"),
    ("Chicken breast, boneless", "1 lb"),
    ("Bananas", "1 lb"),
    ("Coffee, ground", "12 oz"),
    ("Cheddar cheese", "8 oz"),
    ("Tomatoes, field grown", "1 lb"),
    ("Gasoline, regular", "1 gal"),
    ("Electricity", "per kWh"),
    ("Rice, white, long grain", "2 lb"),
)


def cpi(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Consumer Price Index - February 2026", LETTER)
    pdf.add_page()
    pdf.set_font("Times", "B", 16)
    pdf.text(50, 60, "Consumer Price Index - February 2026")
    pdf.set_font("Times", "", 10.5)
    y = 84.0
    text = (
        "The all-items index rose 0.3 percent in February on a seasonally adjusted basis,"
        " after rising 0.2 percent in January. Over the last 12 months, the all-items index"
        " increased 2.9 percent. The food index rose 0.4 percent; food at home rose 0.5"
        " percent, driven by eggs and beef. The energy index fell 0.6 percent."
    )
    for line in wrap(pdf, text, 512):
        pdf.text(50, y, line)
        y += 13
    y += 14
    pdf.set_font("Times", "B", 10)
    pdf.text(50, y, "Table 3. Average retail prices of selected items, U.S. city average")
    y += 8
    cols = (50, 250, 330, 410, 490)
    heads = ("Item and unit", "Unit", "Feb 2025", "Feb 2026", "Change (%)")
    pdf.line(50, y, 562, y)
    for x, head in zip(cols, heads, strict=True):
        pdf.text(x, y + 12, head)
    y += 18
    pdf.line(50, y, 562, y)
    pdf.set_font("Times", "", 10)
    for item, unit in CPI_ITEMS:
        before = words.rng.randrange(80, 900) / 100
        after = before * words.rng.uniform(0.93, 1.12)
        y += 14
        pdf.text(50, y, item)
        pdf.text(250, y, unit)
        right(pdf, 380, y, f"${before:.2f}" if item != "Electricity" else f"{before / 4:.3f}")
        right(pdf, 460, y, f"${after:.2f}" if item != "Electricity" else f"{after / 4:.3f}")
        right(pdf, 540, y, f"{100 * (after - before) / before:+.1f}")
    y += 8
    pdf.line(50, y, 562, y)
    pdf.set_font("Times", "I", 8.5)
    pdf.text(
        50, y + 12, "Source: Bureau of Price Statistics. Prices are averages over 75 urban areas."
    )
    y += 40
    pdf.set_font("Times", "B", 10)
    pdf.text(50, y, "Table 4. Index by expenditure category (1982-84 = 100)")
    y += 16
    pdf.set_font("Times", "", 10)
    for category in (
        "All items",
        "Food",
        "Food at home",
        "Energy",
        "Shelter",
        "Apparel",
        "New vehicles",
        "Medical care services",
        "Transportation services",
    ):
        value = words.rng.uniform(150, 420)
        pdf.text(50, y, category)
        right(pdf, 380, y, f"{value:.3f}")
        right(pdf, 460, y, f"{value * words.rng.uniform(1.0, 1.05):.3f}")
        y += 14
    pdf.set_font("Times", "", 8)
    right(pdf, 562, 760, "4")
    return pdf


def install(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Installation guide", A4)
    steps = (
        "Disconnect the negative battery terminal and let the engine cool for at least 30 minutes.",
        "Remove the engine cover (two 10 mm bolts) and unplug the MAF sensor connector.",
        "Loosen the hose clamp and lift out the old filter element; discard seal ring 90301-12045.",
        "Clean the housing with a lint-free cloth. Do not use compressed air on the MAF sensor.",
        "Fit the new element 17801-0T030 with the arrow towards the engine.",
        "Refit the lid and tighten the clips; tighten the hose clamp to 3 N·m.",
        "Reconnect the sensor and the battery. Reset the service reminder (see page 12).",
    )
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 16)
        pdf.text(
            40, 56, ("Air filter replacement - 2.5 L petrol", "Checks after fitting")[page - 1]
        )
        pdf.set_font("Helvetica", "", 8)
        pdf.text(40, 30, "Service Manual · Section 11 · Engine intake")
        right(pdf, 555, 30, f"11-{page + 3}")
        y = 84.0
        if page == 1:
            pdf.set_font("Helvetica", "B", 10)
            pdf.text(40, y, "Tools required")
            pdf.set_font("Helvetica", "", 9.5)
            for tool in ("10 mm socket and ratchet", "Flat screwdriver", "Torque wrench 1-25 N·m"):
                y += 14
                pdf.text(50, y, f"• {tool}")
            y += 24
            pdf.image(photo(6900, (260, 160)), x=330, y=74, w=225, h=140)
            for number, step in enumerate(steps, 1):
                pdf.set_font("Helvetica", "B", 11)
                pdf.text(40, y, f"{number}.")
                pdf.set_font("Helvetica", "", 10)
                for line in wrap(pdf, step, 480):
                    pdf.text(60, y, line)
                    y += 13
                y += 9
        else:
            pdf.set_font("Helvetica", "", 10)
            for line in wrap(pdf, words.paragraph(5), 515):
                pdf.text(40, y, line)
                y += 13
            y += 14
            pdf.set_font("Helvetica", "B", 10)
            pdf.text(40, y, "CAUTION")
            pdf.set_font("Helvetica", "", 10)
            y += 14
            for line in wrap(
                pdf,
                "An incorrectly seated element lets unfiltered air into the"
                " engine. Check that seal 90301-12045 is not twisted.",
                515,
            ):
                pdf.text(40, y, line)
                y += 13
    return pdf


# === batch 7 ===================================================================================

GR_PARTS = {
    "ΚΙΝΗΤΗΡΑΣ / ENGINE": (
        ("Φίλτρο λαδιού", "Oil Filter"),
        ("Φίλτρο αέρα", "Air Filter"),
        ("Μπουζί", "Spark Plug"),
        ("Αντλία νερού", "Water Pump"),
        ("Ιμάντας χρονισμού", "Timing Belt Kit"),
        ("Θερμοστάτης", "Thermostat Housing"),
    ),
    "ΦΡΕΝΑ / BRAKES": (
        ("Τακάκια εμπρός", "Front Brake Pad Set"),
        ("Δισκόπλακα", "Brake Disc"),
        ("Δαγκάνα φρένου", "Brake Caliper"),
    ),
    "ΑΝΑΡΤΗΣΗ / SUSPENSION": (
        ("Αμορτισέρ", "Shock Absorber"),
        ("Ψαλίδι", "Control Arm"),
        ("Ρουλεμάν τροχού", "Wheel Bearing Kit"),
        ("Ακρόμπαρο", "Tie Rod End"),
    ),
    "ΗΛΕΚΤΡΙΚΑ / ELECTRICAL": (
        ("Μίζα", "Starter Motor"),
        ("Δυναμό", "Alternator"),
        ("Πολλαπλασιαστής", "Ignition Coil"),
        ("Αισθητήρας ABS", "ABS Wheel Sensor"),
    ),
}


def partsgr(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Κατάλογος ανταλλακτικών")
    cards = [(h, gr, en) for h, parts in GR_PARTS.items() for gr, en in parts]
    page, slot = 0, 9
    last_heading = ""
    for heading, gr, en in cards:
        if slot >= 9 or (heading != last_heading and slot % 3):
            slot += (3 - slot % 3) % 3
        if slot >= 9:
            page += 1
            slot = 0
            pdf.add_page()
            pdf.set_font("DejaVu", "B", 13)
            pdf.text(36, 36, "ΠΑΠΑΔΟΠΟΥΛΟΣ ΑΝΤΑΛΛΑΚΤΙΚΑ")
            pdf.set_font("DejaVu", "", 7.5)
            right(pdf, 559, 36, "Τιμοκατάλογος 2026 · τιμές με ΦΠΑ 24%")
            pdf.text(36, 826, "Θεσσαλονίκη · 2310 555 010 · www.papadopoulos-parts.example")
            right(pdf, 559, 826, f"Σελ. {page}")
        x, y = 36 + (slot % 3) * 178, 60 + (slot // 3) * 252
        if heading != last_heading or slot % 3 == 0:
            pdf.set_font("DejaVu", "B", 8)
            pdf.set_text_color(200, 30, 30)
            pdf.text(x, y + 8, heading)
            pdf.set_text_color(0, 0, 0)
        last_heading = heading
        pdf.set_draw_color(200, 200, 200)
        pdf.rect(x, y + 14, 168, 232)
        pdf.set_draw_color(0, 0, 0)
        pdf.image(photo(7000 + len(truth.products), (160, 120)), x=x + 6, y=y + 20, w=156, h=110)
        code = f"{words.rng.randrange(10, 99)}-{words.rng.randrange(1000, 9999)}"
        oes = [
            f"{words.rng.randrange(10000, 99999)}-{words.rng.randrange(10000, 99999)}",
            f"{words.rng.randrange(1, 9)}K0 {words.rng.randrange(100, 999)} "
            f"{words.rng.randrange(100, 999)}",
        ]
        price = f"€ {comma(words.rng.randrange(450, 38000) / 100)}"
        pdf.set_font("DejaVu", "B", 10)
        pdf.text(x + 6, y + 146, en)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.text(x + 6, y + 159, gr)
        pdf.set_font("DejaVuC", "", 7.5)
        pdf.text(x + 6, y + 176, f"Κωδ./Code: {code}")
        pdf.text(x + 6, y + 188, f"OE: {oes[0]}")
        pdf.text(x + 6, y + 199, f"OE: {oes[1]}")
        pdf.set_font("DejaVu", "B", 14)
        right(pdf, x + 162, y + 232, price)
        truth.products.append(product(en, [code, *oes], [price], page, aliases=[gr]))
        slot += 1
    return pdf


PHONES = (
    ("Nova X5", "Smartphone", {"Display": '6.1" OLED', "Storage": "128 GB", "Camera": "48 MP"}),
    (
        "Nova X5 Plus",
        "Smartphone",
        {"Display": '6.7" OLED', "Storage": "256 GB", "Camera": "48 MP"},
    ),
    (
        "Terra Fold 2",
        "Foldable",
        {"Display": '7.6" AMOLED', "Storage": "512 GB", "Camera": "50 MP"},
    ),
    ("Pulse Buds 3", "Earbuds", {"ANC": "Yes", "Battery": "8 + 24 h", "Codec": "LDAC"}),
    ("Atlas Tab 11", "Tablet", {"Display": '11" LCD', "Storage": "64 GB", "Weight": "480 g"}),
    (
        "Atlas Tab 13 Pro",
        "Tablet",
        {"Display": '13" mini-LED', "Storage": "256 GB", "Weight": "630 g"},
    ),
    ("Stride Watch S", "Smartwatch", {"Case": "41 mm", "GPS": "Dual band", "Battery": "5 days"}),
    ("Echo Home Mini", "Speaker", {"Power": "15 W", "Voice": "Built in", "Colour": "Chalk"}),
    ("Volt Charger 100", "Charger", {"Output": "100 W", "Ports": "3 x USB-C", "GaN": "Yes"}),
    ("Lens Cam 4K", "Camera", {"Video": "4K 60", "Sensor": '1"', "Zoom": "5x optical"}),
)


def phones(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Mobile & more", LETTER)
    items = list(PHONES)
    words.rng.shuffle(items)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 16)
        pdf.text(36, 44, "Mobile & more")
        pdf.set_font("DejaVu", "", 8)
        right(pdf, 576, 44, "Spring sale · free shipping over $35")
        pdf.line(36, 52, 576, 52)
        for slot in range(5):
            name, kind, specs = items[(page - 1) * 5 + slot]
            y = 64 + slot * 140
            pdf.image(photo(7100 + page * 10 + slot, (150, 150)), x=36, y=y, w=118, h=118)
            pdf.set_font("DejaVu", "B", 13)
            pdf.text(168, y + 16, name)
            pdf.set_font("DejaVu", "", 8)
            pdf.set_text_color(100, 100, 100)
            pdf.text(168, y + 28, kind)
            pdf.set_text_color(0, 0, 0)
            rating = words.rng.choice((3.8, 4.1, 4.3, 4.6, 4.8))
            full = int(rating + 0.3)
            pdf.set_text_color(230, 150, 0)
            pdf.text(168, y + 42, "★" * full + "☆" * (5 - full))
            pdf.set_text_color(0, 0, 0)
            pdf.text(228, y + 42, f"{rating} ({words.rng.randrange(12, 980)} reviews)")
            ty = y + 54
            for key, value in specs.items():
                pdf.set_draw_color(210, 210, 210)
                pdf.rect(168, ty, 80, 14)
                pdf.rect(248, ty, 110, 14)
                pdf.text(172, ty + 10, key)
                pdf.text(252, ty + 10, value)
                ty += 14
            pdf.set_draw_color(0, 0, 0)
            value = words.rng.randrange(29, 1400) + 0.99
            sku = f"{words.rng.randrange(100, 999)}-{words.rng.randrange(100, 999)}"
            pdf.set_font("DejaVu", "", 7)
            pdf.text(168, ty + 14, f"SKU {sku}")
            prices = []
            if words.rng.random() < 0.6:
                cut = words.rng.choice((10, 15, 20, 30))
                old = f"${value:,.2f}"
                value = round(value * (100 - cut) / 100, 2)
                pdf.set_fill_color(220, 0, 60)
                pdf.rect(470, y + 4, 40, 16, style="F")
                pdf.set_text_color(255, 255, 255)
                pdf.set_font("DejaVu", "B", 9)
                pdf.text(476, y + 16, f"-{cut}%")
                pdf.set_text_color(120, 120, 120)
                pdf.set_font("DejaVu", "", 9)
                strike(pdf, 470, y + 44, old)
                pdf.set_text_color(0, 0, 0)
                prices.append(old)
            elif words.rng.random() < 0.5:
                pdf.set_fill_color(0, 120, 200)
                pdf.rect(470, y + 4, 40, 16, style="F")
                pdf.set_text_color(255, 255, 255)
                pdf.set_font("DejaVu", "B", 9)
                pdf.text(475, y + 16, "NEW")
                pdf.set_text_color(0, 0, 0)
            price = f"${value:,.2f}"
            pdf.set_font("DejaVu", "B", 20)
            pdf.text(470, y + 72, price)
            pdf.set_font("DejaVu", "", 7)
            pdf.text(470, y + 86, "or $" + f"{value / 12:.2f}" + "/mo. for 12 mo.")
            pdf.line(36, y + 130, 576, y + 130)
            truth.products.append(product(name, [sku], [price, *prices], page))
    return pdf


STEINE = (
    (
        "Turmalin",
        "Silikate (Ringsilikate)",
        "7 – 7,5",
        "3,02 – 3,26",
        "fast alle Farben, oft mehrfarbig",
        "Brasilien, Afghanistan, Nigeria",
    ),
    (
        "Aquamarin",
        "Silikate (Beryll-Gruppe)",
        "7,5 – 8",
        "2,67 – 2,71",
        "hellblau bis blaugrün",
        "Brasilien, Madagaskar, Pakistan",
    ),
    (
        "Rosenquarz",
        "Oxide (Quarz-Gruppe)",
        "7",
        "2,65",
        "zartrosa",
        "Madagaskar, Brasilien, Südafrika",
    ),
    (
        "Lapislazuli",
        "Gestein (Lasurit, Calcit, Pyrit)",
        "5 – 6",
        "2,7 – 2,9",
        "tiefblau mit Goldflecken",
        "Afghanistan, Chile",
    ),
    (
        "Mondstein",
        "Silikate (Feldspat)",
        "6 – 6,5",
        "2,56 – 2,59",
        "farblos mit blauem Schimmer",
        "Sri Lanka, Indien",
    ),
    ("Citrin", "Oxide (Quarz-Gruppe)", "7", "2,65", "gelb bis goldbraun", "Brasilien, Bolivien"),
    (
        "Spinell",
        "Oxide (Spinell-Gruppe)",
        "8",
        "3,58 – 3,61",
        "rot, rosa, blau",
        "Myanmar, Tansania, Vietnam",
    ),
)
DE_PROSE = (
    "Der Name geht auf eine alte Handelsbezeichnung zurück.",
    "Schon in der Antike wurde der Stein als Schmuckstein geschätzt.",
    "Die Farbe entsteht durch geringe Beimengungen von Eisen oder Mangan.",
    "Im Handel finden sich häufig erhitzte oder bestrahlte Steine.",
    "Größere, klare Exemplare sind selten und entsprechend teuer.",
    "Der Stein ist empfindlich gegen plötzliche Temperaturwechsel.",
    "Zur Reinigung genügen lauwarmes Wasser und eine weiche Bürste.",
    "Imitationen aus Glas lassen sich an Bläschen im Inneren erkennen.",
)


def edelsteine(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Kleines Edelsteinlexikon", A4)
    stones = words.rng.sample(STEINE, 5)
    for index, (name, klasse, haerte, dichte, farbe, fundorte) in enumerate(stones):
        page = index + 1
        pdf.add_page()
        pdf.set_font("Times", "I", 9)
        pdf.text(60, 36, "Kleines Edelsteinlexikon")
        right(pdf, 535, 36, str(page))
        pdf.image(photo(7200 + index, (400, 260)), x=60, y=56, w=475, h=300)
        pdf.set_font("Times", "B", 26)
        pdf.text(60, 396, name)
        rows = (
            ("Mineralklasse", klasse),
            ("Mohshärte", haerte),
            ("Dichte (g/cm³)", dichte),
            ("Farbe", farbe),
            ("Fundorte", fundorte),
        )
        y = 414.0
        for key, value in rows:
            pdf.rect(60, y, 140, 18)
            pdf.rect(200, y, 335, 18)
            pdf.set_font("Times", "B", 10)
            pdf.text(64, y + 13, key)
            pdf.set_font("Times", "", 10)
            pdf.text(204, y + 13, value)
            y += 18
        price = f"ab {words.rng.choice((5, 12, 25, 45, 90, 180, 350))} €"
        pdf.set_font("Times", "B", 11)
        pdf.text(60, y + 22, f"Richtpreis je Karat: {price}")
        pdf.set_font("Times", "", 11)
        y += 46
        for line in wrap(pdf, " ".join(words.rng.sample(DE_PROSE, 5)), 475):
            pdf.text(60, y, line)
            y += 15
        truth.products.append(product(name, [], [price], page))
    pdf.add_page()
    pdf.set_font("Times", "B", 20)
    pdf.text(60, 80, "Begriffe")
    y = 110.0
    for term, meaning in (
        ("Karat", "Gewichtseinheit für Edelsteine, 1 ct = 0,2 g"),
        ("Mohshärte", "Ritzhärte auf einer Skala von 1 (Talk) bis 10 (Diamant)"),
        ("Dichte", "Masse je Volumen, hilft bei der Bestimmung"),
        ("Einschluss", "Fremdkörper oder Hohlraum im Kristall"),
    ):
        pdf.set_font("Times", "B", 11)
        pdf.text(60, y, term)
        pdf.set_font("Times", "", 11)
        pdf.text(160, y, meaning)
        y += 18
    return pdf


FR_PROMO = (
    ("Yaourt nature bio", "le lot de 4 x 125 g", 0.5, "le kg"),
    ("Filet de poulet", "la barquette de 600 g", 0.6, "le kg"),
    ("Camembert de Normandie AOP", "250 g", 0.25, "le kg"),
    ("Pommes Golden", "le sachet de 2 kg", 2.0, "le kg"),
    ("Café moulu pur arabica", "le lot de 2 x 250 g", 0.5, "le kg"),
    ("Jus d'orange sans pulpe", "la bouteille de 1,5 L", 1.5, "le L"),
    ("Lessive liquide", "40 lavages, 2 L", 2.0, "le L"),
    ("Pizza jambon fromage", "400 g", 0.4, "le kg"),
    ("Saumon fumé d'Écosse", "4 tranches, 120 g", 0.12, "le kg"),
    ("Eau minérale naturelle", "le pack de 6 x 1,5 L", 9.0, "le L"),
    ("Chocolat noir 70 %", "le lot de 3 x 100 g", 0.3, "le kg"),
    ("Croissants pur beurre", "x 8, 320 g", 0.32, "le kg"),
)


def promo(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Les promos de la semaine", A4)
    items = list(FR_PROMO)
    words.rng.shuffle(items)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_fill_color(0, 90, 170)
        pdf.rect(0, 0, A4[0], 56, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 22)
        pdf.text(24, 36, "Les promos de la semaine")
        pdf.set_font("Helvetica", "", 9)
        right(pdf, 571, 36, "du mercredi 11 au dimanche 22 mars")
        pdf.set_text_color(0, 0, 0)
        for slot in range(6):
            name, pack, amount, per = items.pop()
            x, y = 24 + (slot % 3) * 184, 72 + (slot // 3) * 370
            pdf.set_draw_color(0, 90, 170)
            pdf.rect(x, y, 176, 356)
            pdf.set_draw_color(0, 0, 0)
            pdf.image(photo(7300 + page * 10 + slot, (160, 160)), x=x + 8, y=y + 8, w=160, h=150)
            pdf.set_font("Helvetica", "B", 11)
            ty = y + 178
            for line in wrap(pdf, name, 160):
                pdf.text(x + 8, ty, line)
                ty += 13
            pdf.set_font("Helvetica", "", 8)
            pdf.text(x + 8, ty, pack)
            value = words.rng.randrange(99, 1299) / 100
            pdf.text(x + 8, ty + 11, f"soit {comma(value / amount)} € {per}")
            deal = words.rng.random()
            if deal < 0.35:
                pdf.set_fill_color(230, 0, 40)
                pdf.rect(x + 8, y + 12, 70, 30, style="F")
                pdf.set_text_color(255, 255, 255)
                pdf.set_font("Helvetica", "B", 9)
                pdf.text(x + 12, y + 25, "le 2ème")
                pdf.text(x + 12, y + 37, "à -50%")
                pdf.set_text_color(0, 0, 0)
            elif deal < 0.6:
                pdf.set_font("Helvetica", "", 7.5)
                pdf.set_text_color(230, 0, 40)
                pdf.text(x + 8, ty + 24, "avec la carte fidélité")
                pdf.set_text_color(0, 0, 0)
            euros_, cents = str(int(value)), f"€{round(value * 100) % 100:02d}"
            pdf.set_font("Helvetica", "B", 44)
            pdf.text(x + 40, y + 320, euros_)
            after = x + 42 + pdf.get_string_width(euros_)
            pdf.set_font("Helvetica", "B", 18)
            pdf.text(after, y + 298, cents)
            printed = f"{comma(value)} €"
            truth.products.append(product(name, [], [printed], page, sizes=[pack]))
        pdf.set_font("Helvetica", "", 6.5)
        pdf.text(
            24,
            830,
            "Offres valables dans la limite des stocks disponibles. Photos non contractuelles.",
        )
    return pdf


TAPAS = {
    "Tapas frías": (
        ("Jamón ibérico de bellota", True),
        ("Queso manchego curado", True),
        ("Boquerones en vinagre", True),
        ("Ensaladilla rusa", True),
        ("Salmorejo cordobés", False),
    ),
    "Tapas calientes": (
        ("Patatas bravas", True),
        ("Tortilla de patatas", True),
        ("Chipirones fritos", True),
        ("Albóndigas en salsa", True),
        ("Huevos rotos con chistorra", False),
        ("Champiñones al ajillo", True),
    ),
    "Raciones para compartir": (
        ("Parrillada de verduras", False),
        ("Pulpo a la brasa", False),
        ("Secreto ibérico con pimientos", False),
    ),
}
DRINKS = (
    ("Caña", "2,20"),
    ("Copa de vino de la casa", "3,00"),
    ("Vermut de grifo", "3,50"),
    ("Agua mineral", "2,00"),
    ("Tinto de verano", "3,20"),
)


def tapas(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Bar La Esquina", A4)
    pdf.add_page()
    page = 1
    pdf.set_font("Times", "B", 26)
    title = "Bar La Esquina"
    pdf.text((A4[0] - pdf.get_string_width(title)) / 2, 60, title)
    y = 100.0
    for heading, dishes in TAPAS.items():
        if y > 640:
            pdf.add_page()
            page += 1
            y = 60.0
        pdf.set_font("Times", "B", 15)
        pdf.text((A4[0] - pdf.get_string_width(heading.upper())) / 2, y, heading.upper())
        y += 20
        pdf.set_font("Times", "I", 9)
        pdf.text(400, y, "Tapa")
        pdf.text(470, y, "Ración")
        y += 16
        for name, has_tapa in dishes:
            racion = words.rng.randrange(16, 44) / 2
            tapa = round(racion * 0.45 * 2) / 2
            allergens = ", ".join(str(a) for a in sorted(words.rng.sample(range(1, 15), 2)))
            pdf.set_font("Times", "", 12)
            pdf.text(80, y, name)
            pdf.set_font("Times", "", 7)
            pdf.text(82 + pdf.get_string_width(name) * 12 / 7, y - 5, f"({allergens})")
            pdf.set_font("Times", "", 12)
            right(pdf, 425, y, comma(tapa) if has_tapa else "—")
            right(pdf, 505, y, comma(racion))
            prices = ([comma(tapa)] if has_tapa else []) + [comma(racion)]
            truth.products.append(product(name, [], prices, page))
            y += 20
        y += 18
    pdf.set_font("Times", "B", 15)
    pdf.text((A4[0] - pdf.get_string_width("BEBIDAS")) / 2, y, "BEBIDAS")
    y += 24
    for name, price in DRINKS:
        pdf.set_font("Times", "", 12)
        pdf.text(80, y, name)
        right(pdf, 505, y, price)
        truth.products.append(product(name, [], [price], page))
        y += 18
    pdf.set_font("Times", "I", 8)
    pdf.text(80, 800, "Precios en euros, IVA incluido. Alérgenos: consulte a nuestro personal.")
    pdf.text(80, 811, "1 Gluten 2 Crustáceos 3 Huevos 4 Pescado 7 Lácteos 14 Moluscos")
    return pdf


HURT = {
    "ARTYKUŁY SPOŻYWCZE SYPKIE": (
        ("Mąka pszenna typ 450", "10 x 1 kg"),
        ("Cukier biały kryształ", "10 x 1 kg"),
        ("Ryż długoziarnisty", "5 kg"),
        ("Kasza gryczana prażona", "10 x 400 g"),
        ("Makaron świderki", "12 x 500 g"),
    ),
    "NABIAŁ": (
        ("Masło ekstra 82%", "20 x 200 g"),
        ("Ser żółty gouda, blok", "ok. 3 kg"),
        ("Śmietana 18%", "12 x 400 g"),
        ("Jogurt naturalny", "12 x 370 g"),
    ),
    "NAPOJE": (
        ("Woda mineralna niegazowana", "6 x 1,5 l"),
        ("Sok jabłkowy 100%", "12 x 1 l"),
        ("Herbata czarna ekspresowa", "100 torebek"),
        ("Kawa mielona", "6 x 500 g"),
    ),
    "CHEMIA": (
        ("Płyn do naczyń", "5 l"),
        ("Ręcznik papierowy", "6 rolek"),
        ("Worki na śmieci 120 l", "25 szt."),
    ),
}


def hurt(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Cennik hurtowy")
    widths = [56.0, 190.0, 80.0, 66.0, 40.0, 70.0]
    header = ["Kod", "Nazwa towaru", "Opak.", "Cena netto", "VAT", "Cena brutto"]
    page = 0
    y = 1000.0
    for group, rows in HURT.items():
        if y > 600:
            page += 1
            pdf.add_page()
            pdf.set_font("DejaVu", "B", 14)
            pdf.text(40, 44, "Hurtownia Spożywcza „Wisła” – cennik")
            pdf.set_font("DejaVu", "", 7.5)
            pdf.text(
                40, 58, "Ceny w PLN, obowiązują od 1 marca 2026. Minimalne zamówienie 500 zł netto."
            )
            right(pdf, 555, 820, f"Strona {page}")
            y = 76.0
            pdf.set_font("DejaVuC", "B", 8)
            x = 40.0
            for cell, width in zip(header, widths, strict=True):
                pdf.text(x + 2, y + 10, cell)
                x += width
            pdf.line(40, y + 14, 542, y + 14)
            y += 16
        pdf.set_font("DejaVuC", "B", 8.5)
        pdf.text(42, y + 12, group)
        y += 16
        for name, pack in rows:
            code = str(words.rng.randrange(100000, 999999))
            net = words.rng.randrange(199, 14999) / 100
            vat = 5 if group in ("NABIAŁ", "ARTYKUŁY SPOŻYWCZE SYPKIE", "NAPOJE") else 23
            gross = round(net * (100 + vat) / 100, 2)
            cells = [
                code,
                name,
                pack,
                f"{comma(net, ' ')} zł",
                f"{vat}%",
                f"{comma(gross, ' ')} zł",
            ]
            pdf.set_font("DejaVuC", "", 8)
            x = 40.0
            for c, (cell, width) in enumerate(zip(cells, widths, strict=True)):
                if c >= 3:
                    right(pdf, x + width - 3, y + 10, cell)
                else:
                    pdf.text(x + 2, y + 10, cell)
                x += width
            pdf.set_draw_color(200, 200, 200)
            pdf.line(40, y + 14, 542, y + 14)
            pdf.set_draw_color(0, 0, 0)
            y += 15
            truth.products.append(product(name, [code], [cells[3], cells[5]], page, sizes=[pack]))
        y += 6
    return pdf


PLANTS = (
    ("Lavandula angustifolia 'Hidcote'", "English lavender"),
    ("Hydrangea macrophylla 'Bela'", "Mophead hydrangea"),
    ("Salvia nemorosa 'Caradonna'", "Balkan clary"),
    ("Geranium 'Rozanne'", "Cranesbill"),
    ("Buxus sempervirens", "Common box"),
    ("Acer palmatum 'Bloodgood'", "Japanese maple"),
    ("Rosa 'Gertrude Jekyll'", "English shrub rose"),
    ("Nepeta x faassenii", "Catmint"),
    ("Echinacea purpurea 'Magnus'", "Purple coneflower"),
    ("Clematis 'Nelly Moser'", "Clematis"),
    ("Hosta 'Francee'", "Plantain lily"),
    ("Olea europaea", "Olive tree"),
    ("Miscanthus sinensis 'Gracillimus'", "Maiden grass"),
    ("Digitalis purpurea", "Foxglove"),
)


def plants(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Plant list spring 2026", A4)
    items = list(PLANTS)
    words.rng.shuffle(items)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Times", "B", 20)
        pdf.text(40, 50, ("Perennials & shrubs", "Trees, climbers & grasses")[page - 1])
        pdf.set_font("Times", "I", 9)
        right(pdf, 555, 50, "Fernhill Nurseries · Plant list spring 2026")
        pdf.line(40, 58, 555, 58)
        for slot in range(7):
            latin, common = items.pop()
            column, row = slot % 2, slot // 2
            if slot == 6:
                column, row = 0, 3
            x, y = 40 + column * 265, 74 + row * 180
            pdf.image(photo(7500 + page * 10 + slot, (120, 120)), x=x, y=y, w=90, h=90)
            tx = x + 100
            pdf.set_font("Times", "BI", 11)
            ty = y + 12
            for line in wrap(pdf, latin, 150):
                pdf.text(tx, ty, line)
                ty += 13
            pdf.set_font("Times", "", 10)
            pdf.text(tx, ty, common)
            pot = words.rng.choice(("P9", "1 L", "2 L", "3 L", "5 L", "10 L"))
            height = f"{words.rng.randrange(2, 8) * 10}-{words.rng.randrange(8, 16) * 10} cm"
            pdf.set_font("Times", "", 9)
            pdf.text(tx, ty + 14, f"Pot {pot} · supplied {height}")
            pdf.text(tx, ty + 26, words.rng.choice(("Full sun", "Sun or part shade", "Shade")))
            price = f"£{words.rng.randrange(4, 60)}.99"
            pdf.set_font("Times", "B", 13)
            pdf.text(tx, ty + 46, price)
            if words.rng.random() < 0.35:
                pdf.set_font("Times", "I", 10)
                pdf.set_text_color(0, 110, 40)
                pdf.text(tx + 50, ty + 46, "3 for £20")
                pdf.set_text_color(0, 0, 0)
            truth.products.append(product(latin, [], [price], page, aliases=[common]))
        pdf.set_font("Times", "", 9)
        note = (
            "Plants are dispatched from late March. Carriage £7.95 per order, free over £60."
            if page == 1
            else "All plants are peat-free and grown on our nursery in Kent."
        )
        pdf.text(40, 815, note)
    return pdf


SKINCARE = (
    ("Hydra Glow Serum", "30 ml"),
    ("Velvet Skin Tint SPF 20", "40 ml"),
    ("Overnight Repair Cream", "50 ml"),
    ("Gentle Foam Cleanser", "150 ml"),
    ("Vitamin C Brightening Drops", "15 ml"),
    ("Soothing Toner", "200 ml"),
    ("Tinted Lip Balm", "4.5 g"),
    ("Eye Contour Gel", "15 ml"),
    ("Mineral Sun Fluid SPF 50", "50 ml"),
    ("Clay Detox Mask", "75 ml"),
    ("Cushion Foundation", "12 g"),
    ("Nourishing Body Oil", "100 ml"),
)
SKIN_BRANDS = ("LUMÉA", "SAVONNE", "KIBO", "MAREL")


def skincare(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Skin care 2026", A4)
    items = list(SKINCARE)
    words.rng.shuffle(items)
    pastel = ((250, 232, 228), (232, 240, 250), (236, 246, 234), (248, 244, 228))
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 9)
        pdf.text(40, 34, "SKIN CARE · SPRING 2026")
        right(pdf, 555, 34, f"{page + 11}")
        for slot in range(6):
            name, size = items.pop()
            x, y = 40 + (slot % 2) * 262, 50 + (slot // 2) * 258
            pdf.set_fill_color(*pastel[(slot + page) % 4])
            pdf.rect(x, y, 252, 246, style="F")
            pdf.image(photo(7600 + page * 10 + slot, (140, 140)), x=x + 76, y=y + 12, w=100, h=100)
            brand = words.rng.choice(SKIN_BRANDS)
            pdf.set_font("Helvetica", "", 8)
            pdf.text(x + 14, y + 132, brand)
            pdf.set_font("Helvetica", "B", 13)
            pdf.text(x + 14, y + 150, name)
            amount = float(size.split()[0])
            value = words.rng.randrange(9, 69) + 0.9
            per = "100 ml" if size.endswith("ml") else "100 g"
            price = f"€ {comma(value)}"
            pdf.set_font("Helvetica", "", 9)
            pdf.text(x + 14, y + 166, f"{size} · {price} (€ {comma(value * 100 / amount)} / {per})")
            if "Tint" in name or "Foundation" in name or "Lip" in name:
                for k in range(words.rng.randrange(3, 6)):
                    shade = words.rng.randrange(120, 230)
                    pdf.set_fill_color(shade, int(shade * 0.8), int(shade * 0.65))
                    pdf.ellipse(x + 14 + k * 14, y + 176, 10, 10, style="F")
            pdf.set_font("Helvetica", "", 8)
            for k, line in enumerate(wrap(pdf, words.rng.choice(SKIN_CLAIMS), 224)):
                pdf.text(x + 14, y + 206 + k * 10, line)
            truth.products.append(product(name, [], [price], page, sizes=[size]))
    return pdf


SKIN_CLAIMS = (
    "Lightweight texture that absorbs in seconds. Suitable for sensitive skin.",
    "With hyaluronic acid and niacinamide. Dermatologically tested.",
    "Fragrance-free, vegan formula in a recyclable glass bottle.",
    "Calms redness and restores the skin barrier overnight.",
)


# --- batch 7 non-catalogs ----------------------------------------------------------------------


def newsletter(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Inside Halden - March 2026", A4)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_fill_color(0, 70, 60)
        pdf.rect(0, 0, A4[0], 80, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Times", "B", 28)
        pdf.text(40, 50, "Inside Halden")
        pdf.set_font("Helvetica", "", 9)
        pdf.text(40, 68, "The staff newsletter · March 2026 · Issue 41")
        pdf.set_text_color(0, 0, 0)
        heads = (
            ("Our new cordless range is here", "Meet the Leeds warehouse team"),
            ("Charity bake sale raises £2,340", "Dates for your diary"),
        )[page - 1]
        for column, head in enumerate(heads):
            x = 40 + column * 265
            pdf.set_font("Times", "B", 15)
            y = 110.0
            for line in wrap(pdf, head, 245):
                pdf.text(x, y, line)
                y += 18
            if column == 0 and page == 1:
                pdf.image(photo(7800, (240, 160)), x=x, y=y, w=245, h=150)
                y += 166
            pdf.set_font("Times", "", 10.5)
            text = words.paragraph(5)
            if column == 0 and page == 1:
                text = (
                    "The PowerLine 18V drill and impact driver went on sale on 3 March at"
                    " £129 and £149, and the first 500 sold out in a week. "
                ) + text
            if column == 1 and page == 2:
                text = (
                    "Spring social on 18 April at the Grand Hotel, tickets £15 from HR."
                    " Quarterly town hall on 2 May. "
                ) + text
            for line in wrap(pdf, text + " " + words.paragraph(4), 245):
                pdf.text(x, y, line)
                y += 13.5
                if y > 790:
                    break
        pdf.set_font("Helvetica", "", 7)
        pdf.text(40, 825, f"Inside Halden is published by Internal Communications · page {page}")
    return pdf


RECIPES = (
    (
        "Spaghetti with lemon, chilli and parsley",
        (
            "400 g spaghetti",
            "2 unwaxed lemons",
            "1 red chilli",
            "4 tbsp olive oil",
            "2 garlic cloves",
            "a bunch of flat-leaf parsley",
            "50 g parmesan",
        ),
        "4",
        "20 min",
        "£1.35",
    ),
    (
        "Chickpea and spinach curry",
        (
            "2 x 400 g tins chickpeas",
            "1 onion",
            "3 tbsp curry paste",
            "400 ml coconut milk",
            "200 g baby spinach",
            "250 g basmati rice",
            "1 lime",
        ),
        "4",
        "35 min",
        "£1.10",
    ),
)


def recipes(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Cheap and cheerful", (420.0, 595.0))  # A5 cookbook page
    for page, (title, ingredients, serves, time, cost) in enumerate(RECIPES, 1):
        pdf.add_page()
        pdf.image(photo(7850 + page, (300, 180)), x=0, y=0, w=420, h=200)
        pdf.set_font("Times", "B", 17)
        y = 228.0
        for line in wrap(pdf, title, 360):
            pdf.text(30, y, line)
            y += 19
        pdf.set_font("Helvetica", "", 8)
        pdf.text(30, y, f"Serves {serves} · Ready in {time} · About {cost} a portion")
        y += 20
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(30, y, "INGREDIENTS")
        pdf.set_font("Helvetica", "", 9)
        iy = y + 14
        for item in ingredients:
            pdf.text(30, iy, item)
            iy += 12
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(170, y, "METHOD")
        pdf.set_font("Times", "", 10)
        my = y + 14
        for number in range(1, 5):
            for line in wrap(pdf, f"{number}. {words.paragraph(2)}", 220):
                if my > 570:
                    break
                pdf.text(170, my, line)
                my += 12.5
            my += 4
        pdf.set_font("Times", "I", 8)
        right(pdf, 390, 585, str(page + 41))
    return pdf


def slides(words: Words, truth: Truth) -> FPDF:
    size = (720.0, 405.0)  # 16:9
    pdf = sized_pdf("Q4 business review", size)
    titles = ("Q4 business review", "Highlights", "Product roadmap 2026", "Revenue by quarter")
    for page, title in enumerate(titles, 1):
        pdf.add_page()
        pdf.set_fill_color(30, 30, 70)
        pdf.rect(0, 0, 720, 8, style="F")
        pdf.set_font("Helvetica", "B", 26 if page == 1 else 20)
        pdf.text(40, 60 if page > 1 else 190, title)
        pdf.set_font("Helvetica", "", 9)
        right(pdf, 690, 390, f"{page} / {len(titles)}  ·  Confidential")
        if page == 1:
            pdf.set_font("Helvetica", "", 14)
            pdf.text(40, 220, "Leadership team · 14 January 2026")
        elif page == 2:
            pdf.set_font("Helvetica", "", 14)
            for k, bullet in enumerate(
                (
                    "Revenue $48.2 M, +12% year on year",
                    "Gross margin 41.5% (Q3: 39.8%)",
                    "Net promoter score up from 38 to 46",
                    "Average order value $86.40",
                )
            ):
                pdf.text(56, 110 + k * 34, f"•  {bullet}")
        elif page == 3:
            rows = (
                ("Product", "Q1", "Q2", "Q3", "Q4"),
                ("Atlas 2 controller", "beta", "launch", "", ""),
                ("Cloud sync for Atlas", "", "pilot", "GA", ""),
                ("Pocket sensor kit", "", "", "design", "launch"),
                ("Partner API v3", "spec", "build", "launch", ""),
            )
            y = 90.0
            for r, row in enumerate(rows):
                pdf.set_font("Helvetica", "B" if r == 0 else "", 11)
                for c, cell in enumerate(row):
                    pdf.text(40 + (0 if c == 0 else 200 + (c - 1) * 110), y, cell)
                pdf.line(40, y + 8, 680, y + 8)
                y += 30
        else:
            values = [words.rng.uniform(9, 14) for _ in range(4)]
            for k, value in enumerate(values):
                height = value * 18
                pdf.set_fill_color(60, 110, 200)
                pdf.rect(100 + k * 130, 340 - height, 70, height, style="F")
                pdf.set_font("Helvetica", "", 10)
                pdf.text(110 + k * 130, 355, f"Q{k + 1}")
                pdf.text(104 + k * 130, 334 - height, f"${value:.1f} M")
    return pdf


# === the batches ===============================================================================

BLIND_6 = ("partsru", "gadgets", "batu", "leaflet", "carta", "wholesale", "precast", "mobili")
BLIND_6_NON_CATALOGS = ("services", "cpi", "install")
LAYOUTS_6 = BLIND_6 + BLIND_6_NON_CATALOGS
SCAN_DPI_6 = {"partsru": 300, "gadgets": 200, "batu": 150, "leaflet": 200, "carta": 200}
SCAN_DPI_6 |= {"wholesale": 250, "precast": 200, "mobili": 150}
SCAN_DPI_6 |= {"services": 200, "cpi": 200, "install": 150}
LANGUAGE_6 = {"partsru": "ru", "batu": "id", "leaflet": "de", "carta": "es", "mobili": "it"}
SEED_6 = 6000
MAKERS_6: dict[str, Callable[[Words, Truth], FPDF]] = {
    "partsru": partsru,
    "gadgets": gadgets,
    "batu": batu,
    "leaflet": leaflet,
    "carta": carta,
    "wholesale": wholesale,
    "precast": precast,
    "mobili": mobili,
    "services": services,
    "cpi": cpi,
    "install": install,
}

BLIND_7 = ("partsgr", "phones", "edelsteine", "promo", "tapas", "hurt", "plants", "skincare")
BLIND_7_NON_CATALOGS = ("newsletter", "recipes", "slides")
LAYOUTS_7 = BLIND_7 + BLIND_7_NON_CATALOGS
SCAN_DPI_7 = {"partsgr": 200, "phones": 200, "edelsteine": 150, "promo": 200, "tapas": 250}
SCAN_DPI_7 |= {"hurt": 300, "plants": 200, "skincare": 150}
SCAN_DPI_7 |= {"newsletter": 200, "recipes": 200, "slides": 150}
LANGUAGE_7 = {"partsgr": "el", "edelsteine": "de", "promo": "fr", "tapas": "es", "hurt": "pl"}
SEED_7 = 7000
MAKERS_7: dict[str, Callable[[Words, Truth], FPDF]] = {
    "partsgr": partsgr,
    "phones": phones,
    "edelsteine": edelsteine,
    "promo": promo,
    "tapas": tapas,
    "hurt": hurt,
    "plants": plants,
    "skincare": skincare,
    "newsletter": newsletter,
    "recipes": recipes,
    "slides": slides,
}
LOCALES = {"en": "en_GB", "ru": "ru_RU", "id": "id_ID", "de": "de_DE", "es": "es_ES"}
LOCALES |= {"it": "it_IT", "el": "el_GR", "fr": "fr_FR", "pl": "pl_PL"}

# registered beside batches 3 and 5, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["6"] = Batch(
    LAYOUTS_6, BLIND_6, MAKERS_6, SEED_6, LANGUAGE_6, LOCALES, SCAN_DPI_6
)
generate_blind.BATCHES["7"] = Batch(
    LAYOUTS_7, BLIND_7, MAKERS_7, SEED_7, LANGUAGE_7, LOCALES, SCAN_DPI_7
)
