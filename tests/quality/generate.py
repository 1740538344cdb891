"""Catalogs with exact ground truth, generated deterministically, to measure output quality.

Six layouts, each a small PDF with its truth as JSON (every product's name, codes, prices,
sizes and page; every table's cells, row by row, header first):

- ``grid``: a product grid, photos with a caption (name, description, article number, price);
- ``pricelist``: a ruled price-list table (code, name, size, price);
- ``borderless``: the same kind of table without any rule;
- ``datasheet``: one product per page, with a ruled specification table;
- ``brochure``: products among two columns of marketing prose;
- ``katalog``: a German catalog (grid of photos, Art.-Nr., prices in EUR with a comma);
- ``liste``: a French list, one product a row: the photo left, its text right (Réf., EUR).
- ``guia``: a bilingual (Spanish, English) guide, one item a page: a numbered name with an
  epithet, its properties as bullets ("Origen: ...", justified, the bullet a glyph of its own),
  the same in English, and a photo; an introduction and chapter titles that are no products;
- ``teile``: a bilingual parts list: under system headings with a photo each, bullet lines
  "Luftfilter → Air Filter" in two columns of unequal length;
- ``badges``: product tiles as grocers and electronics dealers print them, photos on a white
  backdrop (a plate, a device on white): first under each photo its code in white on a grey
  badge, a brand's logo (an image of serif text) and the name; then tiles on a grey panel
  with a frame, the photo on a white rectangle, a bold name and a grey description.

Held out (written after the engine was tuned on the nine above, scored before it was changed
for them; BENCHMARKS.md, "Held-out layouts"): ``HELDOUT`` (``cards``, ``menu``, ``spanning``,
``rightcode``, ``labelled``, ``spread``, ``sheet2col``) and ``NON_CATALOGS`` (``advice``,
``stats``, ``contents``: catalog-ish, no product, ``presents_products`` false); then a second
batch, ``HELDOUT_2`` (``tiles``, ``variants``, ``runin``, ``eanlist``) and ``NON_CATALOGS_2``
(``glossary``, ``budget``); a third, ``HELDOUT_3`` (``zigzag``, ``compare``, ``stickers``) and
``NON_CATALOGS_3`` (``timetable``). Each is described in its function's docstring.
A fourth, blind batch (written without reading the engine's rules, a bench figure and no test
floor) lives in ``generate_blind.py``; ``--blind`` writes it too.

``scanned=True`` adds a scanned twin of each (suffix ``-scan``): pages rasterised at 150–300
dpi, turned by up to a degree, with sensor noise, stored as JPEG only, no text layer.

Names come from faker-commerce's word lists (adjective, material, product) drawn with our own
seeded generator — its ``ecommerce_name`` uses the global ``random`` and is not reproducible.

    .venv/bin/python tests/quality/generate.py OUTPUT_DIR [--scanned]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from faker import Faker
from faker_commerce import PRODUCT_DATA
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter

A4 = (595.28, 841.89)
LAYOUTS = ("grid", "pricelist", "borderless", "datasheet", "brochure", "katalog", "liste")
LAYOUTS += ("guia", "teile")
# held out: added after tuning, to estimate the engine on unseen catalogs (and non-catalogs)
HELDOUT = ("cards", "menu", "spanning", "rightcode", "labelled", "spread", "sheet2col")
NON_CATALOGS = ("advice", "stats", "contents")
LAYOUTS += HELDOUT + NON_CATALOGS
# a second held-out batch, written after the first one's fixes
HELDOUT_2 = ("tiles", "variants", "runin", "eanlist")
NON_CATALOGS_2 = ("glossary", "budget")
LAYOUTS += HELDOUT_2 + NON_CATALOGS_2
# a third, written after the second one's fixes
HELDOUT_3 = ("zigzag", "compare", "stickers")
NON_CATALOGS_3 = ("timetable",)
LAYOUTS += HELDOUT_3 + NON_CATALOGS_3
SCAN_DPI = {"grid": 200, "pricelist": 150, "borderless": 300, "datasheet": 200}
SCAN_DPI |= {"brochure": 250, "katalog": 200, "liste": 200, "guia": 200, "teile": 250}
SCAN_DPI |= {"cards": 200, "menu": 150, "spanning": 300, "rightcode": 200, "labelled": 250}
SCAN_DPI |= {"spread": 200, "sheet2col": 150, "advice": 200, "stats": 200, "contents": 150}
SCAN_DPI |= {"tiles": 200, "variants": 200, "runin": 250, "eanlist": 200, "glossary": 200}
SCAN_DPI |= {"budget": 150, "zigzag": 200, "compare": 250, "stickers": 200, "timetable": 200}
# after them (added by the scans work beside the held-out batches)
LAYOUTS += ("badges",)
SCAN_DPI |= {"badges": 200}

# German word lists for the `katalog` layout (faker-commerce has English only).
DE_ADJECTIVES = ("Klassischer", "Moderner", "Robuster", "Eleganter", "Praktischer", "Kompakter")
DE_MATERIALS = ("Eichen", "Stahl", "Leinen", "Keramik", "Glas", "Leder", "Bambus", "Kupfer")
DE_PRODUCTS = ("Stuhl", "Tisch", "Becher", "Korb", "Spiegel", "Hocker", "Teppich", "Krug")
DE_PRODUCTS += ("Schrank", "Kessel", "Rahmen", "Eimer")
DE_DESCRIPTIONS = (
    "Handgefertigt in kleiner Serie",
    "Pflegeleicht und langlebig",
    "Ideal für Küche und Wohnzimmer",
    "Zeitloses Design aus Europa",
    "Mit zwei Jahren Garantie",
)


# The bilingual guide's items (English, Spanish) and the parts list's terms (German, English).
ES_PRODUCTS = {
    "Chair": "Silla",
    "Table": "Mesa",
    "Lamp": "Lámpara",
    "Vase": "Jarrón",
    "Bowl": "Cuenco",
    "Rug": "Alfombra",
    "Mirror": "Espejo",
    "Basket": "Cesta",
    "Stool": "Taburete",
    "Clock": "Reloj",
}
ES_MATERIALS = {
    "Oak": "roble",
    "Steel": "acero",
    "Linen": "lino",
    "Ceramic": "cerámica",
    "Glass": "vidrio",
    "Leather": "cuero",
    "Bamboo": "bambú",
    "Copper": "cobre",
}
PARTS = {
    "MOTOR / ENGINE": (
        ("Luftfilter", "Air Filter"),
        ("Ölfilter", "Oil Filter"),
        ("Zündkerze", "Spark Plug"),
        ("Zündspule", "Ignition Coil"),
        ("Wasserpumpe", "Water Pump"),
        ("Turbolader", "Turbocharger"),
        ("Ölkühler", "Oil Cooler"),
    ),
    "BREMSEN / BRAKES": (
        ("Bremsscheibe", "Brake Disc"),
        ("Bremsbelag", "Brake Pad"),
        ("Bremssattel", "Brake Caliper"),
        ("Hauptbremszylinder", "Master Cylinder"),
    ),
    "ELEKTRIK / ELECTRICAL": (
        ("Anlasser", "Starter Motor"),
        ("Lichtmaschine", "Alternator"),
        ("Batterie", "Battery"),
        ("Steuergerät", "Control Unit"),
        ("Lambdasonde", "Oxygen Sensor"),
    ),
    "FAHRWERK / SUSPENSION": (
        ("Stoßdämpfer", "Shock Absorber"),
        ("Querlenker", "Control Arm"),
        ("Traggelenk", "Ball Joint"),
        ("Stabilisator", "Stabilizer Bar"),
        ("Radlager", "Wheel Bearing"),
        ("Spurstange", "Tie Rod"),
    ),
    "KÜHLUNG / COOLING": (
        ("Kühler", "Radiator"),
        ("Klimakompressor", "Compressor"),
        ("Lüfter", "Cooling Fan"),
        ("Thermostat", "Thermostat"),
    ),
    "ANTRIEB / DRIVE": (
        ("Keilriemen", "Drive Belt"),
        ("Umlenkrolle", "Idler Pulley"),
        ("Riemenspanner", "Belt Tensioner"),
        ("Kupplung", "Clutch Kit"),
        ("Antriebswelle", "Drive Shaft"),
    ),
}


FR_DESCRIPTIONS = (
    "Fabriqué en France, garanti deux ans",
    "Facile à entretenir au quotidien",
    "Idéal pour la cuisine et le salon",
    "Un classique revisité",
)


@dataclass
class Truth:
    """What a generated document holds, as `bench/quality.py` and the tests read it."""

    name: str
    layout: str
    language: str
    pages: int = 0
    scanned: bool = False
    products: list[dict[str, Any]] = field(default_factory=list)
    tables: list[dict[str, Any]] = field(default_factory=list)
    presents_products: bool = True
    # the section titles as printed (page, text, level: 1 the document's top), for the
    # structure section of bench/quality.py; recorded by the main layouts only
    headings: list[dict[str, Any]] = field(default_factory=list)

    def heading(self, page: int, text: str, level: int) -> None:
        self.headings.append({"page": page, "text": text, "level": level})

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "layout": self.layout,
            "language": self.language,
            "pages": self.pages,
            "scanned": self.scanned,
            "presents_products": self.presents_products,
            "products": self.products,
            "tables": self.tables,
            "headings": self.headings,
        }


class Words:
    """Product names, codes, prices and sizes from one seed."""

    def __init__(self, seed: int, locale: str = "en_US") -> None:
        self.rng = random.Random(seed)
        self.faker = Faker(locale)
        self.faker.seed_instance(seed)
        self.used: set[str] = set()

    def name(self, german: bool = False) -> str:
        for _ in range(1000):
            if german:
                parts = (
                    self.rng.choice(DE_ADJECTIVES),
                    self.rng.choice(DE_MATERIALS) + self.rng.choice(DE_PRODUCTS).lower(),
                )
            else:
                parts = (
                    self.rng.choice(PRODUCT_DATA["adjective"]),
                    self.rng.choice(PRODUCT_DATA["material"]),
                    self.rng.choice(PRODUCT_DATA["product"]),
                )
            name = " ".join(parts)
            # distinct first two words too, so no two products of a document look alike
            if name not in self.used and not any(
                n.split()[-1] == name.split()[-1] and n.split()[0] == name.split()[0]
                for n in self.used
            ):
                self.used.add(name)
                return name
        raise RuntimeError("ran out of distinct names")

    def code(self, style: int) -> str:
        if style == 0:
            letters = "".join(self.rng.choice("ABCDEFGHKLMNPRST") for _ in range(2))
            return f"{letters}-{self.rng.randrange(1000, 9999)}"
        return str(self.rng.randrange(100000, 999999))

    def price(self, german: bool = False) -> str:
        value = self.rng.randrange(199, 49999) / 100
        if german:
            return f"{value:.2f}".replace(".", ",") + " EUR"
        return f"${value:.2f}"

    def size(self) -> str:
        kind = self.rng.randrange(4)
        if kind == 0:
            return f"{self.rng.randrange(10, 120)} x {self.rng.randrange(10, 120)} cm"
        if kind == 1:
            return f"{self.rng.choice((250, 330, 500, 750, 1000))} ml"
        if kind == 2:
            return f"{self.rng.randrange(1, 25)} kg"
        return f"{self.rng.randrange(20, 200)} mm"

    def sentence(self, words: int = 14) -> str:
        return self.faker.sentence(nb_words=words)

    def paragraph(self, sentences: int = 4) -> str:
        return " ".join(self.sentence(self.rng.randrange(9, 18)) for _ in range(sentences))

    def description(self) -> str:
        adjective = self.rng.choice(("Durable", "Lightweight", "Elegant", "Compact", "Sturdy"))
        use = self.rng.choice(("for everyday use", "for the kitchen", "for the office"))
        return f"{adjective} design {use}"


# --- drawing helpers --------------------------------------------------------------------------


def new_pdf(title: str) -> FPDF:
    pdf = FPDF(unit="pt", format=A4)
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.set_title(title)
    pdf.set_creator("pdfqueue tests/quality/generate.py")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    return pdf


def photo(seed: int, size: tuple[int, int] = (200, 150)) -> io.BytesIO:
    """A product-photo stand-in: a shaded backdrop and an object, as a small JPEG."""
    rng = np.random.default_rng(seed)
    width, height = size
    base = rng.integers(150, 240, size=3)
    ys = np.linspace(0.0, 1.0, height)[:, None, None]
    backdrop = (base[None, None, :] * (0.75 + 0.25 * ys)).repeat(width, axis=1)
    image = Image.fromarray(backdrop.astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(image)
    colour = tuple(int(c) for c in rng.integers(20, 200, size=3))
    w, h = width * rng.uniform(0.3, 0.6), height * rng.uniform(0.3, 0.6)
    box = (width / 2 - w / 2, height / 2 - h / 2, width / 2 + w / 2, height / 2 + h / 2)
    draw.rounded_rectangle(box, radius=int(min(w, h) / 8), fill=colour)
    image = image.filter(ImageFilter.GaussianBlur(1.0))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    out.seek(0)
    return out


def wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if pdf.get_string_width(candidate) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def running(pdf: FPDF, header: str, page: int) -> None:
    """A running header and a page-number footer, as catalogs have."""
    pdf.set_font("Helvetica", "", 8)
    pdf.text(40, 28, header)
    pdf.line(40, 34, 555, 34)
    pdf.text(290, 818, str(page))


def table(
    pdf: FPDF,
    rows: list[list[str]],
    x: float,
    y: float,
    widths: list[float],
    ruled: bool,
    row_height: float = 18.0,
    aligns: str = "",
) -> float:
    """Draw rows (the first is the header, in bold); return the y below the table.

    Borderless tables get no rule at all, not even under the header."""
    for r, row in enumerate(rows):
        pdf.set_font("Helvetica", "B" if r == 0 else "", 9)
        left = x
        for c, (cell, width) in enumerate(zip(row, widths, strict=True)):
            right_aligned = aligns[c : c + 1] == "R"
            tx = left + width - 4 - pdf.get_string_width(cell) if right_aligned else left + 4
            pdf.text(tx, y + row_height - 5.5, cell)
            if ruled:
                pdf.rect(left, y, width, row_height)
            left += width
        y += row_height
    return y


# --- layouts ----------------------------------------------------------------------------------


def grid(words: Words, truth: Truth, german: bool = False) -> FPDF:
    pdf = new_pdf("Katalog 2026" if german else "Product catalog 2026")
    header = "Haus & Garten GmbH - Katalog 2026" if german else "Northwind Supply - Catalog 2026"
    for page in range(1, 3):
        pdf.add_page()
        running(pdf, header, page)
        pdf.set_font("Helvetica", "B", 18)
        title = "Wohnen und Küche" if german else ("New arrivals" if page == 1 else "Bestsellers")
        pdf.text(40, 70, title)
        truth.heading(page, title, 1)
        cols, rows = 3, 3
        for index in range(cols * rows):
            col, row = index % cols, index // cols
            x, y = 40 + col * 180, 95 + row * 235
            pdf.image(photo(truth.pages * 100 + page * 10 + index), x=x, y=y, w=160, h=120)
            name = words.name(german)
            description = words.rng.choice(DE_DESCRIPTIONS) if german else words.description()
            code = words.code(1 if german else 0)
            price = words.price(german)
            pdf.set_font("Helvetica", "B", 11)
            pdf.text(x, y + 138, name)
            pdf.set_font("Helvetica", "", 9)
            pdf.text(x, y + 152, description)
            pdf.text(x, y + 165, f"Art.-Nr. {code}" if german else f"Item {code}")
            pdf.set_font("Helvetica", "B", 10)
            pdf.text(x, y + 180, price)
            truth.products.append(
                {"name": name, "codes": [code], "prices": [price], "sizes": [], "page": page}
            )
    return pdf


def price_table(words: Words, truth: Truth, ruled: bool) -> FPDF:
    pdf = new_pdf("Price list 2026")
    header = ["Code", "Product", "Size", "Price"]
    if not ruled:
        header = ["Product", "Item no.", "Pack", "Price"]
    widths = [80.0, 230.0, 100.0, 80.0] if ruled else [230.0, 90.0, 100.0, 80.0]
    for page in range(1, 3):
        pdf.add_page()
        running(pdf, "Contoso Wholesale - Price list 2026", page)
        pdf.set_font("Helvetica", "B", 16)
        pdf.text(50, 70, "Price list" if page == 1 else "Price list (continued)")
        truth.heading(page, "Price list" if page == 1 else "Price list (continued)", 1)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(50, 92, "All prices per unit, excluding VAT. Valid from 1 January 2026.")
        rows = [header]
        for _ in range(20):
            name, code, size, price = words.name(), words.code(0), words.size(), words.price()
            rows.append([code, name, size, price] if ruled else [name, code, size, price])
            truth.products.append(
                {"name": name, "codes": [code], "prices": [price], "sizes": [size], "page": page}
            )
        table(pdf, rows, 50, 110, widths, ruled, row_height=18 if ruled else 20, aligns="___R")
        truth.tables.append({"page": page, "ruled": ruled, "rows": rows})
    return pdf


def datasheet(words: Words, truth: Truth) -> FPDF:
    pdf = new_pdf("Product data sheets")
    for page in range(1, 4):
        pdf.add_page()
        running(pdf, "Fabrikam Industrial - Data sheets", page)
        name, code, price = words.name(), words.code(0), words.price()
        pdf.set_font("Helvetica", "B", 22)
        pdf.text(50, 80, name)
        truth.heading(page, name, 1)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(50, 100, f"Item no. {code}")
        pdf.image(photo(500 + page, (240, 180)), x=345, y=120, w=200, h=150)
        pdf.set_font("Helvetica", "", 10)
        y = 130
        for line in wrap(pdf, words.paragraph(4), 270):
            pdf.text(50, y, line)
            y += 13
        pdf.set_font("Helvetica", "B", 13)
        pdf.text(50, 320, "Technical data")
        truth.heading(page, "Technical data", 2)
        size = " x ".join(str(words.rng.randrange(10, 200)) for _ in range(3)) + " mm"
        rows = [
            ["Property", "Value"],
            ["Dimensions", size],
            ["Weight", f"{words.rng.randrange(1, 40)} kg"],
            ["Material", words.rng.choice(PRODUCT_DATA["material"])],
            ["Colour", words.faker.safe_color_name().capitalize()],
            ["Warranty", f"{words.rng.randrange(1, 6)} years"],
            ["Price", price],
        ]
        table(pdf, rows, 50, 335, [150.0, 200.0], ruled=True, row_height=20)
        truth.tables.append({"page": page, "ruled": True, "rows": rows})
        truth.products.append(
            {"name": name, "codes": [code], "prices": [price], "sizes": [size], "page": page}
        )
    return pdf


def brochure(words: Words, truth: Truth) -> FPDF:
    pdf = new_pdf("Spring brochure")
    for page in range(1, 3):
        pdf.add_page()
        running(pdf, "Tailspin Home - Spring 2026", page)
        pdf.set_font("Helvetica", "B", 20)
        pdf.text(50, 72, "Make your home yours" if page == 1 else "Crafted to last")
        truth.heading(page, "Make your home yours" if page == 1 else "Crafted to last", 1)
        for column, x in enumerate((50.0, 310.0)):
            y = 100.0
            pdf.set_font("Helvetica", "", 10)
            for line in wrap(pdf, words.paragraph(5), 235):
                pdf.text(x, y, line)
                y += 13
            # one product box per column, among the prose
            y += 14
            pdf.image(photo(700 + page * 2 + column), x=x, y=y, w=120, h=90)
            name, code, price = words.name(), words.code(1), words.price()
            pdf.set_font("Helvetica", "B", 12)
            pdf.text(x, y + 108, name)
            pdf.set_font("Helvetica", "", 9)
            pdf.text(x, y + 121, words.description())
            pdf.text(x, y + 134, f"Item no. {code}   {price}")
            truth.products.append(
                {"name": name, "codes": [code], "prices": [price], "sizes": [], "page": page}
            )
            y += 160
            pdf.set_font("Helvetica", "", 10)
            for line in wrap(pdf, words.paragraph(6), 235):
                pdf.text(x, y, line)
                y += 13
    return pdf


def product_list(words: Words, truth: Truth) -> FPDF:
    """French: one product a row, the photo on the left and its text beside it."""
    pdf = new_pdf("Catalogue 2026")
    for page in range(1, 3):
        pdf.add_page()
        running(pdf, "Maison Dupont - Catalogue 2026", page)
        pdf.set_font("Helvetica", "B", 18)
        pdf.text(50, 70, "Nos produits" if page == 1 else "Nos produits (suite)")
        truth.heading(page, "Nos produits" if page == 1 else "Nos produits (suite)", 1)
        for row in range(7):
            y = 95 + row * 100
            pdf.image(photo(900 + page * 10 + row, (160, 120)), x=50, y=y, w=110, h=82)
            name, code, size = words.name(), words.code(0), words.size()
            price = words.price(german=True)
            pdf.set_font("Helvetica", "B", 12)
            pdf.text(175, y + 14, name)
            pdf.set_font("Helvetica", "", 9)
            pdf.text(175, y + 29, words.rng.choice(FR_DESCRIPTIONS))
            pdf.text(175, y + 43, f"Réf. {code}   Format {size}")
            pdf.set_font("Helvetica", "B", 11)
            pdf.text(175, y + 60, price)
            truth.products.append(
                {"name": name, "codes": [code], "prices": [price], "sizes": [size], "page": page}
            )
    return pdf


BULLET = "l"  # in ZapfDingbats: a black circle, U+25CF in the text layer
ARROW = chr(0xD5)  # in ZapfDingbats: U+2192, a rightwards arrow


def justified(pdf: FPDF, x: float, y: float, width: float, text: str, line: float) -> float:
    """Draw `text` in lines justified to `width` by placing each word (the last line flush
    left); word spaces stretch as a justified line's do. Returns the y below."""
    lines = wrap(pdf, text, width)
    for number, words in enumerate(lines):
        parts = words.split()
        if number == len(lines) - 1 or len(parts) == 1:
            pdf.text(x, y, words)
        else:
            spare = width - sum(pdf.get_string_width(w) for w in parts)
            gap, left = spare / (len(parts) - 1), x
            for word in parts:
                pdf.text(left, y, word)
                left += pdf.get_string_width(word) + gap
        y += line
    return y


def guide(words: Words, truth: Truth) -> FPDF:
    """Spanish and English: an introduction, then one item a page, its entry in each
    language (a numbered name and three "Key: value" bullets), and its photo."""
    spanish = Faker("es_ES")
    spanish.seed_instance(words.rng.randrange(10**6))
    pdf = new_pdf("Guía de objetos / Guide to objects")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(60, 90, "Guía de objetos / Guide to objects")
    pdf.set_font("Helvetica", "", 11)
    y = justified(pdf, 60, 130, 470, spanish.paragraph(nb_sentences=6), 15) + 15
    justified(pdf, 60, y, 470, words.paragraph(6), 15)
    products = list(ES_PRODUCTS.items())
    materials = list(ES_MATERIALS.items())
    words.rng.shuffle(products)
    words.rng.shuffle(materials)
    keys = (("Origen", "Origin"), ("Colores", "Colours"), ("Características", "Features"))
    for number in range(1, 6):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        pdf.text(280, 815, f"Página {number + 1} de 6")
        top = 70
        if number % 2 == 1:
            pdf.set_font("Helvetica", "B", 12)
            chapter = (number + 1) // 2
            pdf.text(150, top, f"Capítulo {chapter}: Piezas de la casa / Chapter {chapter}: Home")
            top += 30
        (product_en, product_es), (material_en, material_es) = products[number], materials[number]
        name_es, name_en = f"{product_es} de {material_es}", f"{material_en} {product_en}"
        epithets = (spanish.word().capitalize(), words.faker.word().capitalize())
        y = top
        for language, name, epithet in (
            (0, f"{name_es} ({name_en})", epithets[0]),
            (1, name_en, epithets[1]),
        ):
            pdf.set_font("Helvetica", "B", 12)
            pdf.text(60, y, f"{number}. {name} - {epithet}")
            y += 24
            for key in keys:
                text = (spanish if language == 0 else words.faker).paragraph(nb_sentences=4)
                pdf.set_font("zapfdingbats", "", 6)
                pdf.text(78, y - 1, BULLET)
                pdf.set_font("Helvetica", "", 10)
                y = justified(pdf, 96, y, 420, f"{key[language]}: {text}", 13) + 6
            y += 12
        pdf.image(photo(1100 + number, (240, 180)), x=200, y=max(y + 10, 560), w=200, h=150)
        truth.products.append(
            {
                "name": f"{name_es} ({name_en})",
                "aliases": [name_en],
                "codes": [],
                "prices": [],
                "sizes": [],
                "page": number + 1,
            }
        )
    return pdf


def parts_list(words: Words, truth: Truth) -> FPDF:
    """German and English: under each system's heading and photo, its parts as bullet lines
    "German term → English name", two systems side by side with lists of unequal length."""
    pdf = new_pdf("Teilekatalog / Parts catalog")
    systems = list(PARTS.items())
    words.rng.shuffle(systems)
    for page in range(1, 4):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 22)
        pdf.text(150, 70, "Teilekatalog / Parts Catalog")
        truth.heading(page, "Teilekatalog / Parts Catalog", 1)
        for column, (system, parts) in enumerate(systems[2 * page - 2 : 2 * page]):
            x = 60 + column * 260
            pdf.image(photo(1200 + page * 10 + column, (200, 150)), x=x + 20, y=110, w=160, h=120)
            pdf.set_font("Helvetica", "B", 12)
            pdf.text(x, 260, system)
            truth.heading(page, system, 2)
            chosen = [p for p in parts if words.rng.random() < 0.85] or list(parts[:2])
            y = 285
            for german, english in chosen:
                pdf.set_font("zapfdingbats", "", 6)
                pdf.text(x + 4, y - 1, BULLET)
                pdf.set_font("Helvetica", "", 11)
                pdf.text(x + 16, y, german)
                left = x + 20 + pdf.get_string_width(german)
                pdf.set_font("zapfdingbats", "", 9)
                pdf.text(left, y, ARROW)
                pdf.set_font("Helvetica", "", 11)
                pdf.text(left + 14, y, english)
                y += 18
                truth.products.append(
                    {
                        "name": english,
                        "aliases": [german],
                        "codes": [],
                        "prices": [],
                        "sizes": [],
                        "page": page,
                    }
                )
        pdf.set_font("Helvetica", "", 9)
        pdf.text(170, 800, "Contoso Autoteile | Lieferung deutschlandweit")
    return pdf


def white_photo(seed: int, size: tuple[int, int] = (200, 200), plate: bool = True) -> io.BytesIO:
    """A product shot on a white backdrop: a plate (a white disc, its grey rim and shadow)
    holding food, or a light device with a thin outline; most of the picture is white."""
    rng = np.random.default_rng(seed)
    width, height = size
    image = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    if plate:
        margin = width * 0.06
        draw.ellipse(
            (margin + 3, margin + 5, width - margin + 3, height - margin + 5), fill=(225,) * 3
        )
        draw.ellipse(
            (margin, margin, width - margin, height - margin),
            fill=(250,) * 3,
            outline=(190,) * 3,
            width=3,
        )
        inner = width * 0.3
        colour = tuple(int(c) for c in rng.integers(30, 160, size=3))
        draw.ellipse((inner, inner, width - inner, height - inner), fill=colour)
    else:
        w, h = width * rng.uniform(0.45, 0.65), height * rng.uniform(0.5, 0.75)
        box = (width / 2 - w / 2, height / 2 - h / 2, width / 2 + w / 2, height / 2 + h / 2)
        draw.rounded_rectangle(box, radius=int(w / 6), fill=(238,) * 3, outline=(160,) * 3, width=2)
        draw.ellipse((width / 2 - 6, box[1] + 10, width / 2 + 6, box[1] + 22), fill=(120,) * 3)
    image = image.filter(ImageFilter.GaussianBlur(0.8))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    out.seek(0)
    return out


def logo(text: str) -> io.BytesIO:
    """A brand's logo: its name in serif type over a rule, as a picture (no text layer)."""
    from PIL import ImageFont

    image = Image.new("RGB", (200, 40), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=22)
    width = draw.textlength(text, font=font)
    draw.text(((200 - width) / 2, 4), text, fill=(40, 40, 40), font=font)
    draw.line((20, 34, 180, 34), fill=(60, 60, 60), width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    out.seek(0)
    return out


def badges(words: Words, truth: Truth) -> FPDF:
    """Page 1: a grocer's grid, each photo on white with its code white on a grey badge, a
    logo and the name under it. Page 2: tiles on grey panels, the photo on white, a bold name
    and a description in grey."""
    pdf = new_pdf("Product tiles 2026")
    pdf.add_page()
    pdf.set_fill_color(25, 25, 25)
    pdf.rect(0, 0, A4[0], 70, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 26)
    pdf.text(50, 48, "Pantry")
    for index in range(12):
        col, row = index % 4, index // 4
        x, y = 50 + col * 128, 95 + row * 240
        pdf.image(white_photo(1400 + index), x=x, y=y, w=110, h=110)
        code = words.code(1)
        pdf.set_fill_color(120, 120, 120)
        pdf.rect(x - 4, y + 114, 118, 20, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "", 13)
        pdf.text(x + 55 - pdf.get_string_width(code) / 2, y + 129, code)
        pdf.image(logo(f"Brand {words.rng.randrange(1, 6)} LOGO"), x=x + 25, y=y + 140, w=60, h=12)
        name = words.name()
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(x + 55 - pdf.get_string_width(name) / 2, y + 168, name)
        truth.products.append({"name": name, "codes": [code], "prices": [], "sizes": [], "page": 1})
    pdf.add_page()
    for index in range(6):
        col, row = index % 2, index // 2
        x, y = 30 + col * 275, 40 + row * 265
        pdf.set_fill_color(205, 205, 205)
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(x, y, 260, 250, style="DF")
        pdf.image(
            white_photo(1500 + index, (200, 180), plate=False), x=x + 55, y=y + 15, w=150, h=135
        )
        name = words.name()
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Helvetica", "B", 14)
        pdf.text(x + 130 - pdf.get_string_width(name) / 2, y + 178, name)
        description = words.description()
        pdf.set_text_color(110, 110, 110)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(x + 130 - pdf.get_string_width(description) / 2, y + 194, description)
        truth.products.append({"name": name, "codes": [], "prices": [], "sizes": [], "page": 2})
    pdf.set_text_color(0, 0, 0)
    return pdf


# --- held-out layouts -------------------------------------------------------------------------
# Added after the engine was tuned on the nine above, to estimate how it does on catalogs it has
# never seen: each differs from those in a way real catalogs commonly do. The last three
# (`advice`, `stats`, `contents`) look catalog-ish but present no product: their truth is none.

DISH_STYLES = ("Grilled", "Roasted", "Braised", "Smoked", "Glazed", "Crispy", "Poached")
DISH_STYLES += ("Charred", "Marinated", "Steamed")
DISH_MAINS = ("Salmon", "Duck", "Lamb", "Aubergine", "Chicken", "Pork", "Seabass", "Mushrooms")
DISH_MAINS += ("Halloumi", "Octopus", "Cauliflower", "Venison", "Prawns", "Tofu")
DISH_SIDES = ("Lentils", "Polenta", "Fennel", "Chickpeas", "Barley", "Beetroot", "Leeks")
DISH_SIDES += ("Celeriac", "Spinach", "Gnocchi", "Couscous", "Asparagus")
SECTIONS = ("Starters", "Mains", "From the grill", "Desserts", "Sides", "Specials")
CATEGORIES = ("Office furniture", "Kitchen and dining", "Garden", "Lighting", "Storage")
CATEGORIES += ("Bathroom", "Workshop")
FEATURES = (
    "Water resistant",
    "Dishwasher safe",
    "Easy to assemble",
    "Made from recycled material",
    "Stackable",
    "Five-year warranty",
    "Adjustable height",
    "Scratch-proof finish",
    "Fits standard shelves",
    "Suitable for outdoor use",
)
ADVICE_VERBS = ("Strengthen", "Improve", "Expand", "Review", "Reduce", "Protect", "Support")
ADVICE_VERBS += ("Monitor", "Integrate", "Simplify")
ADVICE_OBJECTS = (
    "regional supply chains",
    "data collection in schools",
    "access to primary care",
    "water management plans",
    "public procurement rules",
    "training for field staff",
    "early warning systems",
    "reporting on emissions",
    "coordination between agencies",
    "funding for local clinics",
)
CHAPTERS = (
    "Introduction",
    "Background and scope",
    "Methods",
    "Regional markets",
    "Supply and demand",
    "Prices and costs",
    "Trade flows",
    "Outlook",
    "Risks and uncertainties",
    "Policy options",
    "Annex: data sources",
    "Annex: glossary",
)


def cp1252(pdf: FPDF) -> FPDF:
    """Core fonts in Windows-1252, so "€" and "•" are printable (and extracted as such)."""
    pdf.core_fonts_encoding = "windows-1252"
    return pdf


def amount(words: Words, low: int, high: int) -> float:
    return words.rng.randrange(low * 100, high * 100) / 100


def dollars(value: float) -> str:
    """'$1,299.00': thousands separated."""
    return f"${value:,.2f}"


def euros(value: float) -> str:
    """'1.299,00 €': the currency after the number, a decimal comma."""
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") + " €"


def badge(pdf: FPDF, x: float, y: float, text: str, colour: tuple[int, int, int]) -> None:
    """A price in white on a filled, coloured box."""
    pdf.set_font("Helvetica", "B", 10)
    width = pdf.get_string_width(text) + 12
    pdf.set_fill_color(*colour)
    pdf.rect(x, y, width, 17, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.text(x + 6, y + 12, text)
    pdf.set_text_color(0, 0, 0)


def cards(words: Words, truth: Truth) -> FPDF:
    """Four-column product cards: the name ABOVE the photo (wrapping to two lines), then
    "SKU: ..." and the price in a coloured badge; a category heading above each page."""
    pdf = cp1252(new_pdf("Spring collection"))
    for page in range(1, 3):
        pdf.add_page()
        running(pdf, "Adventure Works Outlet - Spring collection", page)
        pdf.set_font("Helvetica", "B", 16)
        category = words.rng.choice(CATEGORIES)
        pdf.text(40, 66, category)
        truth.heading(page, category, 1)
        for index in range(12):
            col, row = index % 4, index // 4
            x, y = 40 + col * 130, 88 + row * 236
            name, code = words.name(), words.code(0)
            price = dollars(amount(words, 5, 900))
            pdf.set_font("Helvetica", "B", 10)
            lines = wrap(pdf, name, 118)
            for number, line in enumerate(lines):
                pdf.text(x, y + 10 + 12 * number, line)
            pdf.image(photo(2000 + page * 20 + index, (160, 120)), x=x, y=y + 30, w=118, h=88)
            pdf.set_font("Helvetica", "", 8)
            pdf.text(x, y + 132, f"SKU: {code}")
            badge(pdf, x, y + 140, price, (200, 30, 45))
            truth.products.append(
                {"name": name, "codes": [code], "prices": [price], "sizes": [], "page": page}
            )
    return pdf


def leader(pdf: FPDF, x: float, right: float, y: float, left_text: str, right_text: str) -> None:
    """'Name ........ 12,50 €': the left text, dots to the right text, flush right."""
    pdf.text(x, y, left_text)
    end = right - pdf.get_string_width(right_text)
    pdf.text(end, y, right_text)
    start = x + pdf.get_string_width(left_text) + 4
    dot = pdf.get_string_width(" .")
    dots = int((end - 4 - start) / dot)
    if dots > 0:
        pdf.text(start, y, " ." * dots)


def menu(words: Words, truth: Truth) -> FPDF:
    """A menu: section headings, each dish a bold name with dotted leaders to its price
    ("12,50 €"), and an italic description below the name."""
    pdf = cp1252(new_pdf("Menu"))
    used: set[str] = set()
    for page in range(1, 3):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 22)
        pdf.text(230, 60, "La Terrazza")
        truth.heading(page, "La Terrazza", 1)
        y = 100.0
        for _ in range(2):
            pdf.set_font("Helvetica", "B", 14)
            section = words.rng.choice(SECTIONS)
            pdf.text(280 - pdf.get_string_width(section) / 2, y, section.upper())
            truth.heading(page, section.upper(), 2)
            y += 28
            for _ in range(6):
                while True:
                    main, side = words.rng.choice(DISH_MAINS), words.rng.choice(DISH_SIDES)
                    name = f"{words.rng.choice(DISH_STYLES)} {main} with {side}"
                    if main not in used:
                        used.add(main)
                        break
                    if len(used) == len(DISH_MAINS):
                        used.clear()
                price = euros(amount(words, 6, 38))
                pdf.set_font("Helvetica", "B", 11)
                leader(pdf, 80, 515, y, name, price)
                pdf.set_font("Helvetica", "I", 9)
                pdf.text(80, y + 13, words.sentence(8).rstrip(".").lower())
                y += 40
                truth.products.append(
                    {"name": name, "codes": [], "prices": [price], "sizes": [], "page": page}
                )
            y += 16
        pdf.set_font("Helvetica", "", 8)
        pdf.text(150, 810, "All prices include VAT. Please tell us about any allergies.")
    return pdf


def spanning(words: Words, truth: Truth) -> FPDF:
    """A ruled table whose header has a cell spanning three columns ("Dimensions (mm)" over
    W, H, D) and cells spanning two rows; the names wrap to two lines in a narrow column."""
    pdf = cp1252(new_pdf("Technical price list"))
    widths = [70.0, 125.0, 45.0, 45.0, 45.0, 75.0, 90.0]
    for page in range(1, 3):
        pdf.add_page()
        running(pdf, "Litware Fittings - Technical price list 2026", page)
        pdf.set_font("Helvetica", "B", 15)
        pdf.text(40, 66, "Shelving and racks")
        truth.heading(page, "Shelving and racks", 1)
        x0, y = 40.0, 84.0
        pdf.set_font("Helvetica", "B", 9)
        spans = [(0, 1, "Art. no."), (1, 1, "Description"), (2, 3, "Dimensions (mm)")]
        spans += [(5, 1, "Weight"), (6, 1, "Price (net)")]
        for first, count, text in spans:
            left = x0 + sum(widths[:first])
            width = sum(widths[first : first + count])
            height = 16 if count > 1 else 32
            pdf.rect(left, y, width, height)
            pdf.text(left + 4, y + (11 if count > 1 else 19), text)
        for offset, text in enumerate(("W", "H", "D")):
            left = x0 + sum(widths[: 2 + offset])
            pdf.rect(left, y + 16, widths[2 + offset], 16)
            pdf.text(left + 4, y + 27, text)
        y += 32
        for _ in range(14):
            name, code = words.name(), words.code(1)
            dims = [str(words.rng.randrange(200, 2000)) for _ in range(3)]
            price = dollars(amount(words, 20, 3000))
            cells = [code, "", *dims, f"{words.rng.randrange(2, 80)} kg", price]
            pdf.set_font("Helvetica", "", 9)
            left = x0
            for cell, width in zip(cells, widths, strict=True):
                pdf.rect(left, y, width, 30)
                pdf.text(left + 4, y + 12, cell)
                left += width
            lines = wrap(pdf, name, widths[1] - 8)
            if len(lines) == 1 and " " in name:  # a narrow column: the last word goes below
                lines = [name.rsplit(" ", 1)[0], name.rsplit(" ", 1)[1]]
            for number, line in enumerate(lines[:2]):
                pdf.text(x0 + widths[0] + 4, y + 12 + 11 * number, line)
            y += 30
            truth.products.append(
                {"name": name, "codes": [code], "prices": [price], "sizes": [], "page": page}
            )
    return pdf


def rightcode(words: Words, truth: Truth) -> FPDF:
    """A borderless price list with zebra stripes: name, description, price ("$1,299.00"),
    and the code in the RIGHT-most column; a category heading above each group, running
    header and "Page n of 2" footer."""
    pdf = cp1252(new_pdf("Trade price list"))
    columns = [(40.0, "Product"), (220.0, "Description"), (400.0, "Price"), (480.0, "Order code")]
    for page in range(1, 3):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        pdf.text(40, 28, "Proseware Trade - Price list, valid from March 2026")
        pdf.text(480, 820, f"Page {page} of 2")
        y = 70.0
        pdf.set_font("Helvetica", "B", 9)
        for x, title in columns:
            pdf.text(x, y, title)
        y += 14
        for _ in range(3):
            y += 10
            pdf.set_font("Helvetica", "B", 12)
            category = words.rng.choice(CATEGORIES)
            pdf.text(40, y, category)
            truth.heading(page, category, 1)
            y += 8
            for row in range(7):
                name, code = words.name(), words.code(0)
                price = dollars(amount(words, 40, 4000))
                if row % 2 == 0:
                    pdf.set_fill_color(236, 236, 236)
                    pdf.rect(36, y, 524, 20, style="F")
                pdf.set_font("Helvetica", "", 9)
                pdf.text(40, y + 13, name)
                pdf.text(220, y + 13, words.description())
                pdf.text(460 - pdf.get_string_width(price), y + 13, price)
                pdf.text(480, y + 13, code)
                y += 20
                truth.products.append(
                    {"name": name, "codes": [code], "prices": [price], "sizes": [], "page": page}
                )
            y += 12
    return pdf


def labelled(words: Words, truth: Truth) -> FPDF:
    """Two columns of cards, photo left, text right: name, bullet features, a labelled code
    ("SKU:", "Art.-Nr.:", "Ref.:", one label a page) and a price "from $49.00" / "ab 12,50 €"."""
    pdf = cp1252(new_pdf("Catalogue"))
    styles = [("SKU:", "from ", 0), ("Art.-Nr.:", "ab ", 1), ("Ref.:", "dès ", 0)]
    for page, (label, prefix, code_style) in enumerate(styles, start=1):
        pdf.add_page()
        running(pdf, "Wide World Importers - Catalogue", page)
        for index in range(6):
            col, row = index % 2, index // 2
            x, y = 40 + col * 265, 70 + row * 245
            pdf.image(photo(2300 + page * 10 + index, (140, 140)), x=x, y=y, w=100, h=100)
            name, code = words.name(), words.code(code_style)
            value = amount(words, 10, 600)
            price = prefix + (dollars(value) if page == 1 else euros(value))
            pdf.set_font("Helvetica", "B", 11)
            lines = wrap(pdf, name, 140)
            tx, ty = x + 110, y + 10
            for line in lines:
                pdf.text(tx, ty, line)
                ty += 13
            pdf.set_font("Helvetica", "", 9)
            ty += 4
            for feature in words.rng.sample(FEATURES, 3):
                pdf.text(tx, ty, f"\u2022 {feature}")
                ty += 12
            ty += 4
            pdf.text(tx, ty, f"{label} {code}")
            pdf.set_font("Helvetica", "B", 11)
            pdf.text(tx, ty + 18, price)
            truth.products.append(
                {"name": name, "codes": [code], "prices": [price], "sizes": [], "page": page}
            )
    return pdf


def spread(words: Words, truth: Truth) -> FPDF:
    """Two catalog pages side by side on one landscape sheet (a scanned or exported spread):
    each half with its own running header, page number and a 2 x 2 grid of photos with
    captions (name, "No. 123456", "EUR 24.90")."""
    pdf = cp1252(FPDF(unit="pt", format=(A4[1], A4[0])))
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.set_title("Catalogue spreads")
    pdf.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    for sheet in range(1, 3):
        pdf.add_page()
        for half in range(2):
            left = 30 + half * 421
            folio = 2 * sheet + 10 + half
            pdf.set_font("Helvetica", "", 7)
            pdf.text(left, 24, "Fourth Coffee Home - Catalogue 2026")
            pdf.text(left + 180, 580, str(folio))
            for index in range(4):
                col, row = index % 2, index // 2
                x, y = left + col * 190, 40 + row * 268
                pdf.image(photo(2500 + folio * 10 + index, (200, 150)), x=x, y=y, w=170, h=128)
                name, code = words.name(), words.code(1)
                price = f"EUR {amount(words, 5, 500):.2f}"
                pdf.set_font("Helvetica", "B", 10)
                pdf.text(x, y + 144, name)
                pdf.set_font("Helvetica", "", 8)
                pdf.text(x, y + 157, words.description())
                pdf.text(x, y + 169, f"No. {code}")
                pdf.set_font("Helvetica", "B", 10)
                pdf.text(x + 100, y + 169, price)
                truth.products.append(
                    {"name": name, "codes": [code], "prices": [price], "sizes": [], "page": sheet}
                )
    return pdf


def sheet2col(words: Words, truth: Truth) -> FPDF:
    """A data sheet in two columns: left the photo, prose and a bullet list of features;
    right "Specifications" as label / value lines without any rule; the price among them."""
    pdf = cp1252(new_pdf("Data sheets"))
    for page in range(1, 4):
        pdf.add_page()
        running(pdf, "Coho Instruments - Product information", page)
        name, code = words.name(), words.code(0)
        price = dollars(amount(words, 100, 5000))
        pdf.set_font("Helvetica", "B", 20)
        pdf.text(40, 74, name)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(40, 92, f"Order no.: {code}")
        pdf.image(photo(2700 + page, (240, 180)), x=40, y=110, w=240, h=180)
        y = 312.0
        pdf.set_font("Helvetica", "", 10)
        for line in wrap(pdf, words.paragraph(3), 240):
            pdf.text(40, y, line)
            y += 13
        y += 14
        pdf.set_font("Helvetica", "B", 12)
        pdf.text(40, y, "Features")
        y += 18
        pdf.set_font("Helvetica", "", 10)
        for feature in words.rng.sample(FEATURES, 5):
            pdf.text(46, y, f"\u2022 {feature}")
            y += 14
        pdf.set_font("Helvetica", "B", 12)
        pdf.text(320, 124, "Specifications")
        size = " x ".join(str(words.rng.randrange(10, 200)) for _ in range(3)) + " mm"
        specs = [
            ("Dimensions", size),
            ("Weight", f"{words.rng.randrange(1, 40)} kg"),
            ("Material", words.rng.choice(PRODUCT_DATA["material"])),
            ("Power supply", f"{words.rng.choice((12, 24, 230))} V"),
            ("Operating temperature", "-10 to 45 °C"),
            ("Colour", words.faker.safe_color_name().capitalize()),
            ("List price", price),
        ]
        y = 146.0
        for key, value in specs:
            pdf.set_font("Helvetica", "B", 9)
            pdf.text(320, y, key)
            pdf.set_font("Helvetica", "", 9)
            pdf.text(440, y, value)
            y += 17
        truth.products.append(
            {"name": name, "codes": [code], "prices": [price], "sizes": [size], "page": page}
        )
    return pdf


def advice(words: Words, truth: Truth) -> FPDF:
    """No products: a report's numbered recommendations, each a bold title and a paragraph."""
    pdf = new_pdf("Recommendations")
    objects = list(ADVICE_OBJECTS)
    words.rng.shuffle(objects)
    number = 0
    for page in range(1, 3):
        pdf.add_page()
        running(pdf, "Annual review 2026 - Recommendations", page)
        y = 80.0
        if page == 1:
            pdf.set_font("Helvetica", "B", 18)
            pdf.text(50, 70, "Recommendations")
            truth.heading(page, "Recommendations", 1)
            y = 100.0
        for _ in range(5):
            number += 1
            title = f"{words.rng.choice(ADVICE_VERBS)} {objects[number - 1]}"
            pdf.set_font("Helvetica", "B", 12)
            pdf.text(50, y, f"{number}. {title}")
            truth.heading(page, f"{number}. {title}", 2)
            y += 16
            pdf.set_font("Helvetica", "", 10)
            for line in wrap(pdf, words.paragraph(3), 480):
                pdf.text(66, y, line)
                y += 13
            y += 16
    truth.presents_products = False
    return pdf


def stats(words: Words, truth: Truth) -> FPDF:
    """No products: a statistical report, prose and ruled tables of countries by year, with
    figures like '1,234.5' and '+3.2'."""
    pdf = new_pdf("Statistical annex")
    countries = sorted({words.faker.country() for _ in range(40)}, key=lambda c: (len(c), c))[:24]
    words.rng.shuffle(countries)
    for page in range(1, 3):
        pdf.add_page()
        running(pdf, "Regional statistics - Annex", page)
        pdf.set_font("Helvetica", "B", 14)
        pdf.text(50, 70, f"Table {page}. Exports by country, million tonnes")
        pdf.set_font("Helvetica", "", 10)
        y = 90.0
        for line in wrap(pdf, words.paragraph(3), 495):
            pdf.text(50, y, line)
            y += 13
        rows = [["Country", "2021", "2022", "2023", "2024", "Change (%)"]]
        for country in countries[(page - 1) * 12 : page * 12]:
            values = [words.rng.randrange(100, 99999) / 10 for _ in range(4)]
            change = 100 * (values[3] - values[2]) / values[2]
            rows.append([country, *(f"{v:,.1f}" for v in values), f"{change:+.1f}"])
        table(
            pdf,
            rows,
            50,
            y + 10,
            [170.0, 65.0, 65.0, 65.0, 65.0, 70.0],
            ruled=True,
            aligns="_RRRRR",
        )
        truth.tables.append({"page": page, "ruled": True, "rows": rows})
        y += 10 + 18 * len(rows) + 20
        pdf.set_font("Helvetica", "I", 8)
        pdf.text(50, y, "Source: national statistical offices; 2024 provisional.")
    truth.presents_products = False
    return pdf


def contents(words: Words, truth: Truth) -> FPDF:
    """No products: a table of contents, numbered chapters and sections with dotted leaders
    to their page numbers."""
    pdf = new_pdf("Contents")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(60, 80, "Contents")
    truth.heading(1, "Contents", 1)
    y, page_number = 120.0, 3
    for chapter, title in enumerate(CHAPTERS, start=1):
        pdf.set_font("Helvetica", "B", 11)
        leader(pdf, 60, 530, y, f"{chapter}  {title}", str(page_number))
        y += 18
        for section in range(1, words.rng.randrange(2, 4)):
            page_number += words.rng.randrange(1, 6)
            pdf.set_font("Helvetica", "", 10)
            heading = words.faker.sentence(nb_words=4).rstrip(".")
            leader(pdf, 80, 530, y, f"{chapter}.{section}  {heading}", str(page_number))
            y += 15
        y += 6
        page_number += words.rng.randrange(2, 8)
    truth.presents_products = False
    return pdf


# --- second held-out batch --------------------------------------------------------------------
# Written after the first batch's fixes, and scored before any change for them: the estimate
# for unseen catalogs after that round.

GLOSSARY = (
    ("Anodising", "An electrolytic process that thickens the oxide layer on aluminium."),
    ("Bill of materials", "The list of parts and quantities needed to build one unit."),
    ("Carbon steel", "Steel whose main alloying element is carbon, up to about two percent."),
    ("Drop forging", "Shaping hot metal between dies by repeated blows of a hammer."),
    ("Enamel", "A glassy coating fused to metal or ceramic at high temperature."),
    ("Feedstock", "Raw material supplied to a machine or a processing plant."),
    ("Galvanising", "Coating iron or steel with zinc to protect it from rust."),
    ("Hardwood", "Wood from broad-leaved trees such as oak, ash and beech."),
    ("Injection moulding", "Forcing molten plastic into a mould where it cools and sets."),
    ("Joinery", "The craft of cutting and fitting wooden parts without nails."),
    ("Kiln drying", "Drying timber in a heated chamber to a set moisture content."),
    ("Lead time", "The time between placing an order and receiving the goods."),
    ("Minimum order", "The smallest quantity a supplier will accept in one order."),
    ("Powder coating", "A dry paint applied electrostatically and cured under heat."),
    ("Tolerance", "The permitted deviation of a dimension from its nominal value."),
    ("Veneer", "A thin slice of wood glued onto a core panel."),
)
BUDGET_LINES = (
    "Staff salaries", "Travel and subsistence", "Equipment", "Office rent", "Training",
    "External audit", "Communication", "Software licences", "Field surveys", "Contingency",
)  # fmt: skip


def tiles(words: Words, truth: Truth) -> FPDF:
    """Three columns of tiles: photo, then the price large and first, then the name in
    capitals, then "Item # 123456" and a size."""
    pdf = cp1252(new_pdf("Outlet"))
    for page in range(1, 3):
        pdf.add_page()
        running(pdf, "Blue Yonder Outlet - Weekly offers", page)
        for index in range(9):
            col, row = index % 3, index // 3
            x, y = 45 + col * 180, 60 + row * 250
            pdf.image(photo(3000 + page * 10 + index, (200, 150)), x=x, y=y, w=150, h=112)
            name, code, size = words.name().upper(), words.code(1), words.size()
            price = dollars(amount(words, 3, 300))
            pdf.set_font("Helvetica", "B", 16)
            pdf.text(x, y + 134, price)
            pdf.set_font("Helvetica", "B", 9)
            pdf.text(x, y + 150, name)
            pdf.set_font("Helvetica", "", 8)
            pdf.text(x, y + 163, f"Item # {code}  |  {size}")
            truth.products.append(
                {"name": name, "codes": [code], "prices": [price], "sizes": [size], "page": page}
            )
    return pdf


def variants(words: Words, truth: Truth) -> FPDF:
    """A ruled table of products with variants: the product's name on a row of its own
    (bold, spanning), its variants below (size, code, price). One product per name."""
    pdf = cp1252(new_pdf("Product range"))
    widths = [200.0, 110.0, 100.0, 90.0]
    for page in range(1, 3):
        pdf.add_page()
        running(pdf, "Woodgrove Supplies - Range 2026", page)
        y = 60.0
        rows = [["Product / variant", "Size", "Article", "Price"]]
        pdf.set_font("Helvetica", "B", 9)
        left = 45.0
        for text, width in zip(rows[0], widths, strict=True):
            pdf.rect(left, y, width, 18)
            pdf.text(left + 4, y + 12.5, text)
            left += width
        y += 18
        for _ in range(6):
            name = words.name()
            pdf.set_font("Helvetica", "B", 10)
            pdf.rect(45, y, sum(widths), 18)
            pdf.text(49, y + 12.5, name)
            y += 18
            codes, prices = [], []
            for label in ("Small", "Medium", "Large")[: words.rng.randrange(2, 4)]:
                code, size = words.code(0), words.size()
                price = dollars(amount(words, 5, 400))
                codes.append(code)
                prices.append(price)
                pdf.set_font("Helvetica", "", 9)
                left = 45.0
                for text, width in zip((label, size, code, price), widths, strict=True):
                    pdf.rect(left, y, width, 16)
                    pdf.text(left + (14 if left == 45.0 else 4), y + 11, text)
                    left += width
                y += 16
            truth.products.append(
                {"name": name, "codes": codes, "prices": prices, "sizes": [], "page": page}
            )
    return pdf


def runin(words: Words, truth: Truth) -> FPDF:
    """German run-in entries in two columns: the bold name, then on the same line its
    description, "Art. 123456" and "€ 49,90", wrapped as one paragraph."""
    pdf = cp1252(new_pdf("Sortiment"))
    for page in range(1, 3):
        pdf.add_page()
        running(pdf, "Haus & Hof - Sortiment 2026", page)
        pdf.set_font("Helvetica", "B", 16)
        pdf.text(45, 66, "Unser Sortiment")
        for column in range(2):
            x, y = 45 + column * 265, 95.0
            for _ in range(7):
                name, code = words.name(german=True), words.code(1)
                price = f"€ {amount(words, 4, 300):.2f}".replace(".", ",")
                pdf.set_font("Helvetica", "B", 10)
                pdf.text(x, y, name)
                start = x + pdf.get_string_width(name) + 4
                pdf.set_font("Helvetica", "", 10)
                rest = f"- {words.rng.choice(DE_DESCRIPTIONS)}. Art. {code}, {price}"
                first, *more = wrap(pdf, rest, 240 - (start - x))
                pdf.text(start, y, first)
                lines = wrap(pdf, " ".join(more), 240) if more else []
                for line in lines:
                    y += 13
                    pdf.text(x, y, line)
                y += 30
                truth.products.append(
                    {"name": name, "codes": [code], "prices": [price], "sizes": [], "page": page}
                )
    return pdf


def eanlist(words: Words, truth: Truth) -> FPDF:
    """A German borderless price list: EAN-13 codes, prices without a currency sign (it is in
    the header, "Preis €"), a unit column, a heading per group."""
    pdf = cp1252(new_pdf("Preisliste"))
    columns = [(45.0, "EAN"), (150.0, "Bezeichnung"), (390.0, "Einheit"), (470.0, "Preis €")]
    for page in range(1, 3):
        pdf.add_page()
        running(pdf, "Grosshandel Nord - Preisliste 2026", page)
        y = 70.0
        pdf.set_font("Helvetica", "B", 9)
        for x, title in columns:
            pdf.text(x, y, title)
        y += 20
        for group in range(2):
            pdf.set_font("Helvetica", "B", 11)
            pdf.text(45, y, ("Küche", "Wohnen", "Garten", "Bad")[page * 2 - 2 + group])
            y += 18
            for _ in range(10):
                name = words.name(german=True)
                ean = "400" + "".join(str(words.rng.randrange(10)) for _ in range(10))
                price = f"{amount(words, 1, 90):.2f}".replace(".", ",")
                unit = words.rng.choice(("Stück", "Karton", "Paar", "Set"))
                pdf.set_font("Helvetica", "", 9)
                pdf.text(45, y, ean)
                pdf.text(150, y, name)
                pdf.text(390, y, unit)
                pdf.text(510 - pdf.get_string_width(price), y, price)
                y += 15
                truth.products.append(
                    {
                        "name": name,
                        "codes": [ean],
                        "prices": [price + " €"],
                        "sizes": [],
                        "page": page,
                    }
                )
            y += 14
    return pdf


def glossary(words: Words, truth: Truth) -> FPDF:
    """No products: a glossary, bold terms (some of them materials) with their definitions."""
    pdf = new_pdf("Glossary")
    pdf.add_page()
    running(pdf, "Buyer's handbook - Glossary", 1)
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(50, 70, "Glossary")
    y = 100.0
    for term, definition in GLOSSARY:
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(50, y, term)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(170, y, definition)
        y += 22
    truth.presents_products = False
    return pdf


def budget(words: Words, truth: Truth) -> FPDF:
    """No products: a project report with a ruled budget table, one line item a row and one
    amount column ("$12,400.00"), a total row, and prose."""
    pdf = cp1252(new_pdf("Project budget"))
    pdf.add_page()
    running(pdf, "Regional water project - Interim report", 1)
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(50, 70, "4. Budget")
    pdf.set_font("Helvetica", "", 10)
    y = 90.0
    for line in wrap(pdf, words.paragraph(4), 495):
        pdf.text(50, y, line)
        y += 13
    rows = [["Budget line", "Cost"]]
    total = 0.0
    for line in BUDGET_LINES:
        value = amount(words, 1000, 90000)
        total += value
        rows.append([line, dollars(value)])
    rows.append(["Total", dollars(total)])
    table(pdf, rows, 50, y + 12, [250.0, 120.0], ruled=True, aligns="_R")
    truth.tables.append({"page": 1, "ruled": True, "rows": rows})
    y += 12 + 18 * len(rows) + 20
    pdf.set_font("Helvetica", "", 10)
    for line in wrap(pdf, words.paragraph(4), 495):
        pdf.text(50, y, line)
        y += 13
    truth.presents_products = False
    return pdf


# --- third held-out batch ---------------------------------------------------------------------
# Written after the second batch's fixes, scored before any change for it.

STOPS = ("Central Station", "Market Square", "Old Town Hall", "Riverside", "University")
STOPS += ("Hospital", "Northgate", "Airport Road", "Business Park", "Harbour")


def zigzag(words: Words, truth: Truth) -> FPDF:
    """One product a band, the photo alternating left and right: on every other band the
    text is LEFT of its photo (name, description, "Model: AB-1234", "USD 49.00")."""
    pdf = cp1252(new_pdf("Featured products"))
    for page in range(1, 3):
        pdf.add_page()
        running(pdf, "Litware Living - Featured", page)
        for band in range(4):
            y = 60 + band * 185
            right = band % 2 == 1
            px, tx = (375, 60) if right else (60, 250)
            pdf.image(photo(3300 + page * 10 + band, (220, 160)), x=px, y=y, w=170, h=124)
            name, code = words.name(), words.code(0)
            price = f"USD {amount(words, 10, 900):.2f}"
            pdf.set_font("Helvetica", "B", 13)
            pdf.text(tx, y + 16, name)
            pdf.set_font("Helvetica", "", 10)
            ty = y + 34
            for line in wrap(pdf, words.sentence(14), 280):
                pdf.text(tx, ty, line)
                ty += 13
            pdf.text(tx, ty + 6, f"Model: {code}")
            pdf.set_font("Helvetica", "B", 12)
            pdf.text(tx, ty + 26, price)
            truth.products.append(
                {"name": name, "codes": [code], "prices": [price], "sizes": [], "page": page}
            )
    return pdf


def compare(words: Words, truth: Truth) -> FPDF:
    """A comparison table, products as COLUMNS: a row of model names, then rows of
    properties (order no., capacity, weight, price), a photo over each column."""
    pdf = cp1252(new_pdf("Compare models"))
    for page in range(1, 3):
        pdf.add_page()
        running(pdf, "Contoso Appliances - Compare models", page)
        pdf.set_font("Helvetica", "B", 16)
        pdf.text(45, 66, "Which one is right for you?")
        names = [words.name() for _ in range(4)]
        codes = [words.code(0) for _ in range(4)]
        prices = [dollars(amount(words, 50, 2000)) for _ in range(4)]
        for column in range(4):
            pdf.image(
                photo(3400 + page * 10 + column, (160, 120)), x=160 + column * 100, y=85, w=90, h=68
            )
        rows = [
            ["", *names],
            ["Order no.", *codes],
            ["Capacity", *(f"{words.rng.choice((250, 500, 750, 1000))} ml" for _ in range(4))],
            ["Weight", *(f"{words.rng.randrange(1, 20)} kg" for _ in range(4))],
            ["Price", *prices],
        ]
        y = 165.0
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                x = 45 + (0 if c == 0 else 115 + (c - 1) * 100)
                pdf.set_font("Helvetica", "B" if c == 0 or r == 0 else "", 8)
                for number, line in enumerate(wrap(pdf, cell, 92)[:2]):
                    pdf.text(x, y + 11 + 10 * number, line)
            pdf.line(45, y + 26, 555, y + 26)
            y += 28
        for name, code, price in zip(names, codes, prices, strict=True):
            truth.products.append(
                {"name": name, "codes": [code], "prices": [price], "sizes": [], "page": page}
            )
    return pdf


def stickers(words: Words, truth: Truth) -> FPDF:
    """A 3 x 3 grid whose prices sit ON the photos (a sticker in the corner), the name and
    "Art. No. 123456" under each photo."""
    pdf = cp1252(new_pdf("Angebote"))
    for page in range(1, 3):
        pdf.add_page()
        running(pdf, "Fabrikam Markt - Angebote der Woche", page)
        for index in range(9):
            col, row = index % 3, index // 3
            x, y = 45 + col * 180, 60 + row * 245
            pdf.image(photo(3500 + page * 10 + index, (200, 160)), x=x, y=y, w=160, h=128)
            name, code = words.name(german=True), words.code(1)
            price = euros(amount(words, 1, 200))
            pdf.set_fill_color(255, 230, 0)
            pdf.rect(x + 95, y + 100, 62, 22, style="F")
            pdf.set_font("Helvetica", "B", 11)
            pdf.text(x + 99, y + 115, price)
            pdf.set_font("Helvetica", "B", 10)
            pdf.text(x, y + 146, name)
            pdf.set_font("Helvetica", "", 8)
            pdf.text(x, y + 159, f"Art. No. {code}")
            truth.products.append(
                {"name": name, "codes": [code], "prices": [price], "sizes": [], "page": page}
            )
    return pdf


def timetable(words: Words, truth: Truth) -> FPDF:
    """No products: a bus timetable, stops down, departures across, a route code per
    column heading ("Route 12A")."""
    pdf = new_pdf("Timetable")
    pdf.add_page()
    running(pdf, "City buses - Timetable valid from 1 March", 1)
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(50, 70, "Line 12: Central Station - Harbour")
    starts = sorted(words.rng.sample(range(5 * 60, 22 * 60, 10), 6))
    rows = [["Stop", *(f"Route 12{'AB'[i % 2]}" for i in range(6))]]
    for number, stop in enumerate(STOPS):
        rows.append(
            [stop, *(f"{(s + 4 * number) // 60:02d}:{(s + 4 * number) % 60:02d}" for s in starts)]
        )
    table(pdf, rows, 50, 90, [130.0, 65.0, 65.0, 65.0, 65.0, 65.0, 65.0], ruled=False)
    truth.tables.append({"page": 1, "ruled": False, "rows": rows})
    truth.presents_products = False
    return pdf


# --- scanning ---------------------------------------------------------------------------------


def scan(source: bytes, dpi: int, seed: int, title: str) -> FPDF:
    """Rasterise every page at `dpi`, turn it slightly, add noise; JPEG pages, no text."""
    import pypdfium2 as pdfium

    rng = np.random.default_rng(seed)
    document = pdfium.PdfDocument(source)
    out = new_pdf(title)
    try:
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()  # each page keeps its size (A4, Letter, landscape)
            bitmap = page.render(scale=dpi / 72, grayscale=True).to_pil()
            page.close()
            angle = float(rng.uniform(-1.0, 1.0))
            skewed = bitmap.rotate(angle, fillcolor=255, resample=Image.Resampling.BICUBIC)
            noise = rng.normal(0, 10, size=skewed.size[::-1])
            pixels = np.clip(np.asarray(skewed, dtype=np.float64) + noise, 0, 255)
            buffer = io.BytesIO()
            Image.fromarray(pixels.astype(np.uint8), "L").save(buffer, "JPEG", quality=75)
            buffer.seek(0)
            out.add_page(format=(width, height))
            out.image(buffer, x=0, y=0, w=width, h=height)
    finally:
        document.close()
    return out


# --- the set ----------------------------------------------------------------------------------


def _make(layout: str, words: Words, truth: Truth) -> FPDF:
    makers: dict[str, Callable[[], FPDF]] = {
        "grid": lambda: grid(words, truth),
        "pricelist": lambda: price_table(words, truth, ruled=True),
        "borderless": lambda: price_table(words, truth, ruled=False),
        "datasheet": lambda: datasheet(words, truth),
        "brochure": lambda: brochure(words, truth),
        "katalog": lambda: grid(words, truth, german=True),
        "liste": lambda: product_list(words, truth),
        "guia": lambda: guide(words, truth),
        "teile": lambda: parts_list(words, truth),
        "cards": lambda: cards(words, truth),
        "menu": lambda: menu(words, truth),
        "spanning": lambda: spanning(words, truth),
        "rightcode": lambda: rightcode(words, truth),
        "labelled": lambda: labelled(words, truth),
        "spread": lambda: spread(words, truth),
        "sheet2col": lambda: sheet2col(words, truth),
        "advice": lambda: advice(words, truth),
        "stats": lambda: stats(words, truth),
        "contents": lambda: contents(words, truth),
        "tiles": lambda: tiles(words, truth),
        "variants": lambda: variants(words, truth),
        "runin": lambda: runin(words, truth),
        "eanlist": lambda: eanlist(words, truth),
        "glossary": lambda: glossary(words, truth),
        "budget": lambda: budget(words, truth),
        "zigzag": lambda: zigzag(words, truth),
        "compare": lambda: compare(words, truth),
        "stickers": lambda: stickers(words, truth),
        "timetable": lambda: timetable(words, truth),
        "badges": lambda: badges(words, truth),
    }
    return makers[layout]()


def generate(out: Path, *, scanned: bool = False, layouts: tuple[str, ...] = LAYOUTS) -> list[Path]:
    """Write the catalogs (and their scanned twins) with `*.truth.json`; return the PDFs."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for seed, layout in enumerate(LAYOUTS):
        if layout not in layouts:
            continue
        language = {"katalog": "de", "liste": "fr", "guia": "es", "teile": "de"}.get(layout, "en")
        language = {"runin": "de", "eanlist": "de", "stickers": "de"}.get(layout, language)
        locale = {"de": "de_DE", "fr": "fr_FR"}.get(language, "en_US")
        words = Words(seed + 1, locale)
        truth = Truth(name=f"q-{layout}", layout=layout, language=language)
        pdf = _make(layout, words, truth)
        truth.pages = pdf.pages_count
        data = bytes(pdf.output())
        written.append(_write(out, f"q-{layout}", data, truth.as_json()))
        if scanned:
            scanned_pdf = scan(data, SCAN_DPI[layout], seed + 100, f"{layout} (scanned)")
            twin = truth.as_json() | {"name": f"q-{layout}-scan", "scanned": True}
            twin["scan_dpi"] = SCAN_DPI[layout]
            written.append(_write(out, f"q-{layout}-scan", bytes(scanned_pdf.output()), twin))
    return written


def _write(out: Path, stem: str, data: bytes, truth: dict[str, Any]) -> Path:
    path = out / f"{stem}.pdf"
    path.write_bytes(data)
    (out / f"{stem}.truth.json").write_text(
        json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="directory to write the PDFs and truth into")
    parser.add_argument("--scanned", action="store_true", help="also write scanned twins")
    parser.add_argument("--blind", action="store_true", help="also write generate_blind.py's")
    args = parser.parse_args()
    for path in generate(args.out, scanned=args.scanned):
        print(path)
    if args.blind:
        import generate_blind

        for path in generate_blind.generate(args.out, scanned=args.scanned):
            print(path)


if __name__ == "__main__":
    main()
