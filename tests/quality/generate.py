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
  "Luftfilter → Air Filter" in two columns of unequal length.

A third, blind batch (written without reading the engine's rules, a bench figure and no test
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
SCAN_DPI = {"grid": 200, "pricelist": 150, "borderless": 300, "datasheet": 200}
SCAN_DPI |= {"brochure": 250, "katalog": 200, "liste": 200, "guia": 200, "teile": 250}

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

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "layout": self.layout,
            "language": self.language,
            "pages": self.pages,
            "scanned": self.scanned,
            "presents_products": True,
            "products": self.products,
            "tables": self.tables,
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
        for column, (system, parts) in enumerate(systems[2 * page - 2 : 2 * page]):
            x = 60 + column * 260
            pdf.image(photo(1200 + page * 10 + column, (200, 150)), x=x + 20, y=110, w=160, h=120)
            pdf.set_font("Helvetica", "B", 12)
            pdf.text(x, 260, system)
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
            bitmap = page.render(scale=dpi / 72, grayscale=True).to_pil()
            page.close()
            angle = float(rng.uniform(-1.0, 1.0))
            skewed = bitmap.rotate(angle, fillcolor=255, resample=Image.Resampling.BICUBIC)
            noise = rng.normal(0, 10, size=skewed.size[::-1])
            pixels = np.clip(np.asarray(skewed, dtype=np.float64) + noise, 0, 255)
            buffer = io.BytesIO()
            Image.fromarray(pixels.astype(np.uint8), "L").save(buffer, "JPEG", quality=75)
            buffer.seek(0)
            out.add_page()
            out.image(buffer, x=0, y=0, w=A4[0], h=A4[1])
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
