"""Writes the generated files of the test corpus, deterministically, with their truth as JSON.

Some real files of the corpus this project was developed on may not be redistributed (no
licence stated, or a licence that asks for permission). Each is replaced here by a generated
file that tests the same thing: a product grid with captioned photos, a grocery catalog whose
few images repeat over many placements, a parts catalog whose photos sit inside a scaled form
XObject, a product guide whose first pages repeat some photos, a Spanish menu with prices, a
long text book, and a two-page office scan with no text layer.

Run it from the repository root to rewrite the files (the output is committed):

    .venv/bin/python tests/corpus/generate.py [OUTPUT_DIR]

The same seed gives the same text, images and layout; `tests/test_corpus.py` checks that the
committed files are what this script makes.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter

HERE = Path(__file__).resolve().parent
EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)


# --- building blocks --------------------------------------------------------------------------


def new_pdf(size: tuple[float, float] = A4, title: str = "") -> FPDF:
    pdf = FPDF(unit="pt", format=size)
    pdf.set_creation_date(EPOCH)
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.set_title(title)
    pdf.set_creator("pdfqueue tests/corpus/generate.py")
    pdf.set_producer("fpdf2")
    return pdf


def photo(seed: int, size: tuple[int, int], kind: str = "object") -> Image.Image:
    """A product-photo stand-in: a lit backdrop, a shaded object and sensor noise."""
    rng = np.random.default_rng(seed)
    width, height = size
    base = rng.integers(150, 240, size=3)
    ys = np.linspace(0.0, 1.0, height)[:, None, None]
    backdrop = (base[None, None, :] * (0.75 + 0.25 * ys)).repeat(width, axis=1)
    image = Image.fromarray(backdrop.astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(image)
    colour = tuple(int(c) for c in rng.integers(20, 200, size=3))
    cx, cy = width / 2, height / 2
    if kind == "gem":
        r = min(width, height) * 0.3
        points = [
            (cx + r * math.cos(a), cy + r * math.sin(a))
            for a in np.linspace(0, 2 * math.pi, 9)[:-1] + rng.uniform(0, 1)
        ]
        draw.polygon(points, fill=colour, outline=(255, 255, 255))
    elif kind == "round":
        r = min(width, height) * 0.32
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour)
    else:
        w, h = width * rng.uniform(0.3, 0.6), height * rng.uniform(0.3, 0.6)
        draw.rounded_rectangle(
            (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), radius=int(min(w, h) / 8), fill=colour
        )
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    noise = rng.normal(0, 9, size=(height, width, 3))
    pixels = np.clip(np.asarray(image, dtype=np.float64) + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "RGB")


def icon(seed: int, side: int = 96) -> Image.Image:
    """A flat badge with few colours (stored as PNG)."""
    rng = random.Random(seed)
    image = Image.new("RGB", (side, side), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    colour = (rng.randrange(40, 200), rng.randrange(40, 200), rng.randrange(40, 200))
    draw.ellipse((4, 4, side - 4, side - 4), fill=colour)
    draw.rectangle((side * 0.3, side * 0.45, side * 0.7, side * 0.55), fill=(255, 255, 255))
    return image


def as_jpeg(image: Image.Image, quality: int = 85) -> io.BytesIO:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=False)
    out.seek(0)
    return out


def as_png(image: Image.Image) -> io.BytesIO:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
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


def write_truth(out: Path, name: str, truth: dict) -> None:
    path = out / name.replace(".pdf", ".truth.json")
    path.write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# --- a product grid with captioned photos -----------------------------------------------------

GRID_PRODUCTS = [
    ("Aurora Desk Lamp", "Dimmable LED lamp with a steel arm"),
    ("Nimbus Headphones", "Wireless over-ear headphones"),
    ("Vertex Keyboard", "Mechanical keyboard with backlight"),
    ("Cascade Speaker", "Portable speaker with deep bass"),
    ("Orbit Webcam", "Full HD camera for video calls"),
    ("Pulse Smartwatch", "Fitness tracker with heart-rate sensor"),
    ("Quill Stylus", "Pressure-sensitive pen for tablets"),
]


def product_grid(out: Path) -> str:
    name = "gen-catalog-product-grid-2p.pdf"
    pdf = new_pdf(LETTER, "Product grid")
    truth = {"kind": "product-grid", "pages": 2, "products": []}
    # Page 1 holds six products in a 2 x 3 grid, page 2 the seventh; photos alternate between
    # JPEG and PNG, and the second is a large square photo.
    slots = [(54 + (i % 2) * 270, 60 + (i // 2) * 230) for i in range(6)] + [(54, 60)]
    for index, ((title, caption), (x, y)) in enumerate(zip(GRID_PRODUCTS, slots, strict=True)):
        if index in (0, 6):
            pdf.add_page()
        side = 1144 if index == 1 else 480
        image = photo(100 + index, (side, side), "round" if index % 2 else "object")
        data = as_jpeg(image) if index % 2 == 1 or index == 6 else as_png(image.quantize(64))
        pdf.image(data, x=x, y=y, w=150, h=150)
        pdf.set_font("Helvetica", "B", 13)
        pdf.text(x, y + 172, title)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(x, y + 188, caption)
        truth["products"].append(
            {"name": title, "description": caption, "page": pdf.page, "codes": [], "prices": []}
        )
        if index in (5, 6):
            pdf.set_font("Helvetica", "", 9)
            pdf.text(300, 770, str(pdf.page))
    pdf.output(str(out / name))
    write_truth(out, name, truth)
    return name


# --- a grocery catalog: few images, many placements -------------------------------------------

BEVERAGES = [
    "Chocolate smoothie", "Orange juice", "Herbal tea", "Iced tea", "Apple juice", "Coffee",
    "Espresso", "Green tea", "Mineral water", "Black tea", "Ginger beer", "Lemonade",
    "Rooibos tea", "Red wine", "Carrot juice", "Lemon juice",
    "Latte", "Soda", "Watermelon juice", "Cabbage juice", "Beetroot juice", "Cappuccino",
    "Cocoa", "Chocolate milk", "Matcha", "Espresso", "Hot chocolate", "Cola", "Pear juice",
    "Mango juice",
]  # fmt: skip
FRUIT = [
    "Kiwi", "Lime", "Plum", "Mango", "Papaya", "Banana", "Apple", "Orange", "Blueberry",
    "Pineapple", "Cherry", "Lychee", "Strawberry", "Watermelon", "Avocado", "Raspberry",
    "Grapes", "Lemon", "Pear", "Peach", "Tangerine", "Blackberry", "Fig", "Melon", "Guava",
    "Coconut", "Apricot", "Nectarine", "Pomegranate", "Passion fruit", "Quince",
]  # fmt: skip
VEGETABLES = [
    "Spinach", "Eggplant", "Celery", "Carrot", "Tomato", "Broccoli", "Cucumber", "Leek",
    "Potato", "Onion", "Garlic", "Ginger", "Kale", "Cabbage", "Cauliflower", "Beetroot",
    "Green beans", "Asparagus", "Chili pepper", "Brussels sprouts", "Radish", "Pea",
    "Zucchini", "Sweet potato", "Fennel",
]  # fmt: skip
GROCERY_PAGES = [("Beverage", BEVERAGES, (16, 14)), ("Fruit", FRUIT, (16, 15)),
                 ("Vegetable", VEGETABLES, (16, 9))]  # fmt: skip


def grocery_catalog(out: Path) -> str:
    name = "gen-catalog-grocery-9p.pdf"
    rng = random.Random(9)
    pdf = new_pdf(A4, "Grocery catalog")
    truth = {"kind": "code-grid", "pages": 9, "products": []}
    cover = as_jpeg(photo(900, (800, 600), "round"))
    # Five article images, all shown on pages 3-4 and shown again on pages 5-8.
    article_images = [as_jpeg(photo(901 + i, (240, 240), "round")) for i in range(3)]
    badges = [as_png(icon(910 + i)) for i in range(2)]

    pdf.add_page()
    pdf.image(cover, x=60, y=300, w=475, h=356)
    pdf.set_font("Helvetica", "B", 40)
    pdf.text(60, 150, "FRESHLINE")
    pdf.text(60, 200, "CATALOG 2026")
    pdf.set_font("Helvetica", "", 14)
    pdf.text(60, 240, "Q U A L I T Y   P R O D U C T S")
    pdf.set_font("Helvetica", "", 10)
    pdf.text(60, 780, "Tel. +00 (000) 000 0000   www.freshline.example   sales@freshline.example")

    pdf.add_page()
    pdf.set_font("Helvetica", "B", 28)
    pdf.text(60, 100, "Index")
    pdf.set_font("Helvetica", "", 14)
    for row, (section, first_page) in enumerate((("Beverage", 3), ("Fruit", 5), ("Vegetable", 7))):
        pdf.text(60, 150 + row * 28, f"{section} {'.' * 80} {first_page}")
    _footer(pdf)

    used_codes: set[int] = set()
    for section, names, per_page in GROCERY_PAGES:
        names = iter(names)
        for page_index, count in enumerate(per_page):
            pdf.add_page()
            if page_index == 0:
                pdf.set_font("Helvetica", "B", 28)
                pdf.text(40, 70, section)
            _footer(pdf)
            for slot in range(count):
                article = next(names)
                code = rng.randrange(100000, 999999)
                while code in used_codes:
                    code = rng.randrange(100000, 999999)
                used_codes.add(code)
                x, y = 40 + (slot % 4) * 135, 100 + (slot // 4) * 175
                pdf.image(article_images[(slot + page_index) % 3], x=x, y=y, w=110, h=110)
                pdf.image(badges[slot % 2], x=x + 90, y=y + 90, w=24, h=24)
                pdf.set_font("Helvetica", "", 9)
                pdf.text(x, y + 128, str(code))
                pdf.set_font("Helvetica", "B", 11)
                pdf.text(x, y + 143, article)
                truth["products"].append(
                    {"name": article, "codes": [str(code)], "page": pdf.page, "prices": []}
                )
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 32)
    pdf.text(60, 380, "FRESHLINE")
    pdf.set_font("Helvetica", "", 12)
    for row, line in enumerate(("Tel. +00 (000) 000 0000", "sales@freshline.example")):
        pdf.text(60, 420 + row * 20, line)
    pdf.output(str(out / name))
    write_truth(out, name, truth)
    return name


def _footer(pdf: FPDF) -> None:
    pdf.set_font("Helvetica", "", 9)
    pdf.text(480, 815, f"F R E S H L I N E   {pdf.page}")


# --- a parts catalog drawn inside a scaled form XObject ---------------------------------------

PARTS = [
    "Brake pad set", "Brake disc", "Oil filter", "Air filter", "Fuel pump", "Spark plug",
    "Ignition coil", "Water pump", "Timing belt kit", "Clutch kit", "Shock absorber",
    "Control arm", "Tie rod end", "Wheel bearing", "Radiator", "Alternator", "Starter motor",
    "Headlight unit", "Tail lamp", "Wiper blade", "Drive shaft", "Engine mount", "Thermostat",
    "Oxygen sensor",
]  # fmt: skip


def parts_catalog(out: Path) -> str:
    """Each page is drawn at 1/0.24 scale, then placed inside a form scaled by 0.24, as design
    tools export it; the photos are large and noisy, so the file is about 3 MB."""
    import pikepdf

    name = "gen-catalog-parts-3p.pdf"
    scale = 0.24
    rng = random.Random(3)
    big = (A4[0] / scale, A4[1] / scale)
    pdf = new_pdf(big, "Parts catalog")
    truth = {"kind": "parts-grid", "pages": 3, "products": []}
    parts = iter(PARTS)
    for page in range(3):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 90)
        pdf.text(150, 260, "AUTO PARTS CATALOG" if page == 0 else "AUTO PARTS")
        for slot in range(8):
            part = next(parts)
            code = f"MN-{rng.randrange(1000, 9999)}-{rng.choice('ABCDEFGH')}"
            x, y = 150 + (slot % 2) * 1150, 420 + (slot // 2) * 820
            seed = 300 + page * 10 + slot
            pdf.image(as_jpeg(photo(seed, (900, 640)), quality=80), x=x, y=y, w=900, h=600)
            pdf.image(as_png(icon(seed, 120)), x=x + 760, y=y + 20, w=120, h=120)
            pdf.set_font("Helvetica", "B", 52)
            pdf.text(x, y + 680, part)
            pdf.set_font("Helvetica", "", 44)
            pdf.text(x, y + 740, f"Part no. {code}")
            truth["products"].append(
                {"name": part, "codes": [code], "page": page + 1, "prices": []}
            )
    raw = io.BytesIO(pdf.output())
    with pikepdf.open(raw) as source, pikepdf.new() as target:
        for page in source.pages:
            form = page.as_form_xobject()
            target_page = target.add_blank_page(page_size=A4)
            target_page.Resources = pikepdf.Dictionary(
                XObject=pikepdf.Dictionary(Fx0=target.copy_foreign(form))
            )
            placement = f"q {scale} 0 0 {scale} 0 0 cm /Fx0 Do Q"
            target_page.Contents = target.make_stream(placement.encode())
        target.docinfo["/Title"] = "Parts catalog"
        target.save(out / name, deterministic_id=True, compress_streams=True)
    write_truth(out, name, truth)
    return name


# --- a product guide whose pages repeat some photos -------------------------------------------

GEMS = [
    ("Blue Sapphire", "corundum", "Ceylon", "2.10 ct"),
    ("Ruby", "corundum", "Mozambique", "1.45 ct"),
    ("Emerald", "beryl", "Colombia", "1.80 ct"),
    ("Amethyst", "quartz", "Brazil", "6.20 ct"),
    ("Citrine", "quartz", "Bolivia", "4.75 ct"),
    ("Peridot", "olivine", "Arizona", "3.10 ct"),
    ("Garnet", "almandine", "Tanzania", "2.95 ct"),
]


def gem_guide(out: Path) -> str:
    name = "gen-catalog-gem-guide-8p.pdf"
    pdf = new_pdf(A4, "Gemstone guide")
    truth = {"kind": "one-per-page", "pages": 8, "products": []}
    logo = as_png(icon(700, 160))
    pdf.add_page()
    pdf.image(logo, x=220, y=200, w=150, h=150)
    pdf.set_font("Helvetica", "B", 30)
    pdf.text(120, 420, "Gemstone Guide 2026")
    pdf.set_font("Helvetica", "", 12)
    pdf.text(120, 450, "Natural stones, certified and sold by the carat.")
    for index, (gem, mineral, origin, weight) in enumerate(GEMS):
        pdf.add_page()
        pdf.image(logo, x=500, y=30, w=60, h=60)  # the same logo on every page
        main = as_jpeg(photo(710 + index, (600, 600), "gem"))
        pdf.image(main, x=60, y=120, w=260, h=260)
        detail = as_jpeg(photo(720 + index, (300, 300), "gem"))
        pdf.image(detail, x=340, y=120, w=160, h=160)
        code = f"GEM-{index + 1:03d}"
        price = f"USD {180 + index * 65}"
        pdf.set_font("Helvetica", "B", 24)
        pdf.text(60, 90, gem)
        pdf.set_font("Helvetica", "", 11)
        rows = [("Code", code), ("Mineral", mineral), ("Origin", origin), ("Weight", weight),
                ("Price", price)]  # fmt: skip
        for row, (label, value) in enumerate(rows):
            pdf.text(60, 420 + row * 18, f"{label}: {value}")
        pdf.set_font("Helvetica", "", 10)
        text = (
            f"{gem} is a natural {mineral} from {origin}. Each stone is cut by hand, measured "
            "and certified, and its colour is graded under daylight. Keep it away from hard "
            "knocks and clean it with warm soapy water."
        )
        for row, line in enumerate(wrap(pdf, text, 470)):
            pdf.text(60, 530 + row * 14, line)
        pdf.text(290, 815, str(pdf.page))
        truth["products"].append(
            {"name": gem, "codes": [code], "page": pdf.page, "prices": [price]}
        )
    pdf.output(str(out / name))
    write_truth(out, name, truth)
    return name


# --- a Spanish menu with prices ---------------------------------------------------------------

MENU = [
    ("ENTRADAS", [
        ("Focaccia de romero", "Focaccia con romero y aceite de oliva.", 6),
        ("Ensalada Primavera", "Verdes, aderezo de yogurt y cereales crocantes.", 9),
        ("Carpaccio de Res", "Finas laminas de res, pesto de albahaca y parmesano.", 10),
        ("Tartar de Atun", "Atun con cremoso de aguacate y pepinillo fresco.", 9),
        ("Ceviche de la Casa", "Pescado, leche de tigre y quinoa crocante.", 10),
        ("Sopa del Dia", "Sopa de temporada con pan de la casa.", 7),
    ]),
    ("PRINCIPALES", [
        ("Salmon a la Plancha", "Salmon con pure de batata y salsa de aji dulce.", 25),
        ("Pescado al Papillote", "Pescado con ajo, romero y platano caramelizado.", 20),
        ("Medallones de Res", "Res a la parrilla con queso de cabra y vegetales.", 20),
        ("Rigatoni Napoli", "Rigatoni en salsa napoli con langostinos.", 15),
        ("Penne Aurora", "Penne en salsa aurora con salmon y tomate cherry.", 18),
        ("Linguine Tres Quesos", "Linguine en salsa de tres quesos.", 15),
    ]),
    ("SNACKS Y POSTRES", [
        ("Hamburguesa Clasica", "Carne de res, queso gruyere y cebolla caramelizada.", 10),
        ("Panini de Pollo", "Pollo, lechuga, tomate y mayonesa de la casa.", 9),
        ("Panini Vegetal", "Vegetales asados, queso fresco y rucula.", 8),
        ("Pie de Parchita", "Tarta de maracuya con merengue.", 4),
        ("Torta de Chocolate", "Torta de chocolate sin harina.", 4),
    ]),
    ("PIZZAS", [
        ("Margherita", "Base de salsa napoli y queso mozzarella.", 8),
        ("La Apetitosa", "Salsa napoli, mozzarella, anchoas y aceitunas negras.", 12),
        ("Costilla", "Salsa napoli, costilla asada, mozzarella y tomate.", 12),
        ("Bianca", "Salsa fondue, tocineta, maiz y champinon.", 15),
        ("Primavera", "Salsa napoli, mozzarella, cebolla, pimenton y maiz.", 12),
        ("Della Casa", "Salsa fondue, lomo de cerdo y cebolla caramelizada.", 15),
    ]),
]  # fmt: skip


def menu(out: Path) -> str:
    name = "gen-menu-es-4p.pdf"
    pdf = new_pdf((612.0, 790.92), "Menu")
    truth = {"kind": "menu", "pages": 4, "products": []}
    leaf = as_png(icon(500, 64))
    for index, (section, dishes) in enumerate(MENU):
        pdf.add_page()
        for corner in range(4):  # decoration in the corners
            pdf.image(leaf, x=20 + (corner % 2) * 540, y=20 + (corner // 2) * 720, w=32, h=32)
        pdf.image(as_jpeg(photo(510 + index, (500, 360))), x=400, y=90, w=170, h=122)
        pdf.set_font("Helvetica", "B", 26)
        pdf.text(60, 90, section)
        y = 140
        for dish, description, price in dishes:
            pdf.set_font("Helvetica", "B", 13)
            pdf.text(60, y, f"{dish} {price}$")
            pdf.set_font("Helvetica", "", 10)
            pdf.text(60, y + 15, description)
            y += 50
            truth["products"].append(
                {
                    "name": dish,
                    "description": description,
                    "page": pdf.page,
                    "codes": [],
                    "prices": [f"{price}$"],
                }
            )
        pdf.set_font("Helvetica", "I", 9)
        pdf.text(60, 750, "Precios no incluyen 10 % de servicio")
    pdf.output(str(out / name))
    write_truth(out, name, truth)
    return name


# --- a long text book, and an office scan -----------------------------------------------------

WORDS = str.split(
    "the queue holds each job until a worker claims it and the lease keeps the claim alive "
    "while the work runs a page is read its text is split into chunks and every chunk is "
    "embedded classified and searched progress moves forward as items complete and never "
    "back a retry waits longer after each failure and a job that keeps failing is set aside "
    "for an operator to inspect the database keeps every row so nothing is lost on a crash"
)


def sentences(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        words = [rng.choice(WORDS) for _ in range(rng.randrange(8, 20))]
        out.append(" ".join(words).capitalize() + ".")
    return " ".join(out)


def long_book(out: Path, pages: int = 120) -> str:
    name = f"gen-text-book-{pages}p.pdf"
    rng = random.Random(120)
    pdf = new_pdf(A4, "A long book")
    for page in range(1, pages + 1):
        pdf.add_page()
        y = 80
        if page % 10 == 1:
            pdf.set_font("Helvetica", "B", 18)
            pdf.text(70, y, f"Chapter {page // 10 + 1}")
            y += 40
        pdf.set_font("Times", "", 11)
        while y < 760:
            for line in wrap(pdf, sentences(rng, 4), 455):
                pdf.text(70, y, line)
                y += 14
                if y >= 760:
                    break
            y += 8
        pdf.set_font("Times", "", 9)
        pdf.text(290, 810, str(page))
    pdf.output(str(out / name))
    return name


def office_scan(out: Path) -> str:
    """Two dense text pages rendered at 200 dpi, skewed by half a degree, with scanner noise,
    and stored as JPEG images only: no text layer."""
    import pypdfium2 as pdfium

    name = "gen-scan-office-2p.pdf"
    rng = random.Random(2)
    source = new_pdf(LETTER, "Office letter")
    texts = []
    for page in range(2):
        source.add_page()
        source.set_font("Helvetica", "B", 14)
        source.text(72, 80, f"Quarterly maintenance report, part {page + 1}")
        source.set_font("Helvetica", "", 11)
        y, body = 110, sentences(rng, 30)
        texts.append(body)
        for line in wrap(source, body, 468):
            source.text(72, y, line)
            y += 15
    document = pdfium.PdfDocument(bytes(source.output()))
    scan = new_pdf(LETTER, "Scanned letter")
    for index in range(len(document)):
        bitmap = document[index].render(scale=200 / 72, grayscale=True).to_pil()
        skewed = bitmap.rotate(0.5 + index * 0.3, fillcolor=255, resample=Image.BICUBIC)
        noise = np.random.default_rng(20 + index).normal(0, 12, size=skewed.size[::-1])
        pixels = np.clip(np.asarray(skewed, dtype=np.float64) + noise, 0, 255).astype(np.uint8)
        scan.add_page()
        scan.image(as_jpeg(Image.fromarray(pixels, "L"), quality=70), x=0, y=0, w=612, h=792)
    document.close()
    scan.output(str(out / name))
    return name


@dataclass(frozen=True)
class Generated:
    name: str
    make: Callable[[Path], str]


GENERATORS = [
    Generated("gen-catalog-product-grid-2p.pdf", product_grid),
    Generated("gen-catalog-grocery-9p.pdf", grocery_catalog),
    Generated("gen-catalog-parts-3p.pdf", parts_catalog),
    Generated("gen-catalog-gem-guide-8p.pdf", gem_guide),
    Generated("gen-menu-es-4p.pdf", menu),
    Generated("gen-text-book-120p.pdf", long_book),
    Generated("gen-scan-office-2p.pdf", office_scan),
]


def main(out: Path = HERE) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    return [generated.make(out) for generated in GENERATORS]


if __name__ == "__main__":
    for written in main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(written)
