"""Blind batch 20: WHOLE catalogs, cover to back page, and look-alikes, written WITHOUT the engine.

Bench figures, never test floors: only ``bench/quality.py --layouts blind20`` writes them, and the
batch is meant to be scored ONCE, at the end, as an honest estimate on catalogs nobody tuned on.
Nobody who wrote it read ``pdfqueue.engines`` or ``pdfqueue.pipeline``, nor ran the engine or
the bench on it; its forms are unlike every earlier batch's (1-19).

Unlike most earlier batches, every catalog here is a WHOLE catalog as a company sends it: a
cover (title, season, a photo), a welcome / about-us page with a contents list (section names
with dotted leaders and page numbers), three or four pages of products, and a back page (terms
of sale with delivery charges and fees, an order form with blank rows, a size guide, a code,
shade or author index). The front and back pages present NO product, though they print prices
(delivery, engraving, embroidery, restocking fees), codes (an index of the products' codes with
their page, an order form's filled-in example row) and names (an index repeating them).

What counts as a product (what a careful human labeller would list): a thing the document
offers, ONCE, on the page where it is presented, named as printed; its codes, prices and sizes
as printed (prices in printed order). Section headings, categories, colours and shades, size
runs (S-3XL), spec icons, legends, column headings, index and order-form entries, notes,
charges, fees and totals are not. Per layout (files ``b20-<layout>``; seeds ``SEED_20`` +
index):

- ``workwear``: a British workwear catalogue (A4, 6 pages): cover, welcome letter and contents,
  three pages of six products each (a photo on the left, the bold name, two feature bullets,
  colour swatches with names, size chips "S M L XL 2XL", "Style HW-4012", at the right the
  price ex VAT large and the price inc VAT below it, a red "NEW" flag on some), a back page
  with a size guide table and terms of sale. A block is a product; prices ex VAT then inc VAT;
  no sizes (the size run is a choice, not the item's size).
- ``bureau``: a French office-furniture catalogue (A4, 6 pages): cover, "Édito" and "Sommaire",
  three pages of four products (photo left; bold name "Bureau droit Axis 160"; a line of copy;
  "Dimensions : L 160 × P 80 × H 74 cm"; finishes; "Réf. AX-1608"; at the right "429,00 € HT"
  large and "514,80 € TTC"), then "Conditions générales de vente" (delivery and installation
  charges) and an "Index des références" (Réf. | Désignation | Page). A block is a product;
  prices HT then TTC; size the dimensions line's value.
- ``bollen``: a Dutch flower-bulb mail-order catalogue (A4, 5 pages): cover, "Welkom" and
  "Inhoud", two pages of two columns of entries under group headings (a small photo, the bold
  name "Tulipa 'Queen of Night'", a run-on italic description, "Bloei: april-mei · Hoogte:
  60 cm", then "Art. 2140" and one or two packs "10 st. € 4,95 · 25 st. € 10,95"), a back page
  with a "Bestelformulier" (blank rows, postage "Verzendkosten € 5,95") and delivery terms. An
  entry is a product; prices one per pack in printed order; sizes the packs ("10 st.").
- ``belysning``: a Swedish lighting catalogue (A4, 6 pages): cover, "Om oss" and "Innehåll",
  three pages of 2 × 3 cards (photo, bold name "Pendellampa Lykta 40", finish, "Ø 40 cm · H 32
  cm", a row of four DRAWN SPEC ICONS each with its value under it: "E27", "2700 K", "IP44",
  "8 W", then "Art.nr 71-4402" and "1 495 kr"), a back page with a lighting glossary ("Ljusskola")
  and an "Artikelregister" (Art.nr | Sida). A card is a product; size its dimensions line.
- ``school``: a US school-supplies catalogue (Letter, 6 pages): cover, a welcome letter and
  contents, three pages of two columns of entries (thumbnail, bold name, "Grades K–2 · Pack of
  30", two lines of copy, the item code "ED4102" in bold at the left and "$18.95" at the right),
  a back page with an ORDER FORM whose first row is a filled-in EXAMPLE repeating a real item's
  code, name and price, and an "Index by item code" (code ... page). An entry is a product; no
  sizes.
- ``cuberteria``: a Spanish hotel-supply cutlery catalogue (A4, 6 pages): cover, "Presentación"
  and "Índice", three pages of two cutlery SERIES each (a heading "Serie Sevilla", a wide photo,
  a material line, then a ruled table Artículo | Longitud | Ref. | Precio / docena with five
  rows "Tenedor mesa | 20,5 cm | SEV-101 | 38,40 €"), and "Condiciones de venta" with the
  engraving price per piece. A row is a product named ITEM + SERIES as a labeller writes it
  ("Tenedor mesa Sevilla"; aliases "Tenedor mesa Serie Sevilla", "Serie Sevilla Tenedor
  mesa"); code the Ref.; price per dozen; size the length.
- ``yarn``: a British yarn shop's catalogue (A4, 6 pages): cover, "About us" and contents, three
  pages of four yarns (photo left, bold name "Highland Merino DK", composition, "50 g · 125 m ·
  needles 4 mm", a row of shade swatches with shade numbers under them, "Code YW-2210", at the
  right "£4.95 per ball" and "pack of 10 £44.50"), a back page with a SHADE INDEX (yarn, shade
  number, shade name) and terms. A yarn is ONE product (its shades are not products nor codes);
  prices per ball then per pack; size the ball's weight ("50 g").
- ``backlist``: a British publisher's backlist (A4, 6 pages): a typographic cover, "From the
  publisher" and contents, three pages of ruled tables under subject headings (Title | Author |
  ISBN | Format | Published | Price), an AUTHOR INDEX (author, page) and trade terms. A row is a
  product named by its title; code the ISBN; no sizes.

Batch 20 non-catalogs (truth: no products): ``maintenance`` (a facilities contractor's annual
maintenance report and invoice: assets by make, model and serial, findings, parts used with
part numbers, quantities and prices, labour, totals), ``rappel`` (a French product recall
notice naming the kettle models, their EAN and batch codes, sale dates and the refund price),
``troubleshoot`` (a dishwasher manual's troubleshooting pages: the models it covers, error
codes, problem | cause | remedy), ``aanbesteding`` (a Dutch tender specification: lots,
items with descriptions, quantities and units, requirements, the estimated contract value),
``review`` (a magazine's group test of three coffee machines: prose, photos, a price and a
star rating each, a spec comparison table and a "Best buy" verdict; a review is not a
catalog).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 20 [--scanned]
"""

from __future__ import annotations

from collections.abc import Callable

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo
from generate_blind import LETTER, Batch, product, right, sized_pdf
from generate_blind6 import comma
from generate_blind9 import black, centre, grey
from generate_blind11 import cells, rule
from generate_blind15 import fill, leader
from generate_blind18 import lines, spaced

# === the parts every whole catalog has =========================================================


def cover(
    pdf: FPDF,
    seed: int,
    band: tuple[int, int, int],
    title: str,
    subtitle: str,
    edition: str,
) -> None:
    """A cover: a photo over two thirds of the page, a coloured band with the title under it."""
    pdf.add_page()
    width, height = pdf.w, pdf.h
    pdf.image(photo(seed, (420, 520)), x=0, y=0, w=width, h=height * 0.66)
    fill(pdf, band)
    pdf.rect(0, height * 0.66, width, height * 0.34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 34)
    pdf.text(40, height * 0.66 + 72, title)
    pdf.set_font("Helvetica", "", 14)
    pdf.text(40, height * 0.66 + 100, subtitle)
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, height - 48, edition)
    black(pdf)


def contents(
    pdf: FPDF, x: float, y: float, width: float, entries: list[tuple[str, int]], leading: float = 20
) -> float:
    """A contents list: each section, a dotted leader and its page number at the right."""
    for title, page in entries:
        pdf.text(x, y, title)
        leader(pdf, x + pdf.get_string_width(title) + 6, x + width - 24, y)
        right(pdf, x + width, y, str(page))
        y += leading
    return y


def folio(pdf: FPDF, text: str, page: int) -> None:
    pdf.set_font("Helvetica", "", 7)
    grey(pdf, 120)
    pdf.text(40, pdf.h - 22, text)
    right(pdf, pdf.w - 40, pdf.h - 22, str(page))
    black(pdf)


def band(pdf: FPDF, colour: tuple[int, int, int], title: str, height: float = 48) -> None:
    """A product page's coloured head band with its section title in white."""
    fill(pdf, colour)
    pdf.rect(0, 0, pdf.w, height, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 17)
    pdf.text(40, height - 16, title)
    black(pdf)


def prose(pdf: FPDF, x: float, y: float, width: float, texts: list[str], leading: float) -> float:
    """Paragraphs wrapped to `width`, a half line between them; return the baseline below."""
    for text in texts:
        y = lines(pdf, x, y, width, text, leading) + leading / 2
    return y


def distinct(words: Words, pool: tuple[str, ...], count: int) -> list[str]:
    return words.rng.sample(pool, count)


# === catalogs ==================================================================================

WORKWEAR = (
    ("Trousers & Shorts", "trousers"),
    ("Jackets & Layers", "jackets"),
    ("Footwear & Accessories", "footwear"),
)
GARMENT_NAMES = {
    "trousers": (
        "Tradesman Holster Pocket Trousers",
        "Ripstop Cargo Shorts",
        "Stretch Slim-Fit Work Trousers",
        "Bib and Brace Overalls",
        "Waterproof Over Trousers",
        "Lightweight Chino Work Trousers",
        "Kneepad Combat Trousers",
    ),
    "jackets": (
        "Softshell Work Jacket",
        "Hi-Vis Bomber Jacket Class 3",
        "Fleece-Lined Zip Hoodie",
        "Padded Body Warmer",
        "Heavyweight Polo Shirt",
        "Insulated Winter Parka",
        "Thermal Base Layer Top",
    ),
    "footwear": (
        "Ranger S3 Safety Boot",
        "Composite Toe Safety Trainer",
        "Rigger Boot S1P",
        "Kneepad Inserts Level 1",
        "Canvas Tool Vest",
        "Thermal Work Gloves",
        "Hi-Vis Waistcoat",
    ),
}
GARMENT_FEATURES = (
    "Triple-stitched main seams",
    "Cordura reinforced knees and pockets",
    "Two-way stretch panels for movement",
    "Water-repellent finish",
    "YKK zips throughout",
    "Reflective piping for low light",
    "Pre-shrunk, 60 °C wash",
    "Phone pocket on the left thigh",
    "Anti-pill fleece lining",
    "Slip-resistant sole SRC",
)
WORK_COLOURS = (
    ("Black", (30, 30, 30)),
    ("Navy", (25, 40, 90)),
    ("Graphite", (80, 84, 90)),
    ("Khaki", (150, 140, 95)),
    ("Hi-Vis Yellow", (230, 230, 40)),
    ("Hi-Vis Orange", (240, 130, 30)),
    ("Royal Blue", (40, 80, 170)),
)


def workwear(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Hartley Workwear 2026", A4)
    blue = (20, 50, 95)
    cover(pdf, 20000, blue, "HARTLEY WORKWEAR", "Built for the job. Catalogue 2026", "Edition 14")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.text(40, 80, "Welcome")
    pdf.set_font("Helvetica", "", 10)
    manager = words.faker.name()
    letter = [
        "Thank you for choosing Hartley. For fourteen years we have been dressing electricians, "
        "joiners, groundworkers and warehouse teams across the country, and this catalogue is "
        "our biggest range yet.",
        "Everything on the following pages is in stock in our Leeds warehouse. Orders over "
        "£150.00 ex VAT are delivered free; below that a delivery charge of £7.95 applies. "
        "Orders placed before 3 pm are dispatched the same day.",
        "Want your logo on it? Embroidery starts at £3.50 per garment with a one-off set-up "
        "fee of £25.00; heat-transfer printing from £2.20. Ask for a free sample.",
        "All prices are shown excluding VAT, with the price including VAT beneath. Prices are "
        "valid until 31 December 2026 unless sold out sooner.",
    ]
    y = prose(pdf, 40, 110, 320, letter, 14)
    pdf.set_font("Helvetica", "I", 10)
    pdf.text(40, y + 10, manager)
    pdf.text(40, y + 24, "Managing Director")
    pdf.image(photo(20001, (200, 260)), x=390, y=70, w=165, h=215)
    fill(pdf, (235, 238, 243))
    pdf.rect(40, 470, 515, 210, style="F")
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(60, 500, "Contents")
    pdf.set_font("Helvetica", "", 11)
    entries = [(title, 3 + i) for i, (title, _) in enumerate(WORKWEAR)]
    entries += [("Size guide", 6), ("Terms of sale", 6), ("Order hotline", 6)]
    contents(pdf, 60, 530, 475, entries)
    folio(pdf, "Hartley Workwear Ltd  ·  0113 496 0275  ·  hartleyworkwear.co.uk", 2)
    for page, (section, kind) in enumerate(WORKWEAR, start=3):
        pdf.add_page()
        band(pdf, blue, section)
        names = distinct(words, GARMENT_NAMES[kind], 6)
        for index, name in enumerate(names):
            top = 70 + index * 122
            pdf.image(photo(20010 + page * 10 + index, (180, 190)), x=40, y=top, w=95, h=100)
            if words.rng.random() < 0.3:
                fill(pdf, (210, 30, 40))
                pdf.rect(40, top, 30, 13, style="F")
                pdf.set_text_color(255, 255, 255)
                pdf.set_font("Helvetica", "B", 7.5)
                pdf.text(44, top + 9.5, "NEW")
                black(pdf)
            pdf.set_font("Helvetica", "B", 11.5)
            pdf.text(150, top + 13, name)
            pdf.set_font("Helvetica", "", 8)
            for k, feature in enumerate(words.rng.sample(GARMENT_FEATURES, 2)):
                pdf.text(150, top + 28 + k * 11, f"•  {feature}")
            x = 150.0
            pdf.set_font("Helvetica", "", 6.5)
            for colour, rgb in words.rng.sample(WORK_COLOURS, words.rng.randrange(2, 5)):
                fill(pdf, rgb)
                pdf.rect(x, top + 52, 8, 8, style="FD")
                pdf.text(x + 11, top + 58.5, colour)
                x += 18 + pdf.get_string_width(colour)
            x = 150.0
            run = ("S", "M", "L", "XL", "2XL", "3XL") if kind != "footwear" else ("6", "7", "8")
            if kind == "footwear":
                run += ("9", "10", "11", "12")
            for size in run:
                box = max(14.0, pdf.get_string_width(size) + 6)
                pdf.rect(x, top + 66, box, 11)
                centre(pdf, x + box / 2, top + 74, size)
                x += box + 3
            grey(pdf, 110)
            pdf.set_font("Helvetica", "", 7.5)
            code = f"HW-{words.rng.randrange(1000, 9999)}"
            pdf.text(150, top + 93, f"Style {code}")
            black(pdf)
            value = words.rng.randrange(8, 95) + words.rng.choice((0.5, 0.95, 0.99, 0.0))
            ex, inc = f"£{value:.2f}", f"£{value * 1.2:.2f}"
            pdf.set_font("Helvetica", "B", 17)
            right(pdf, 555, top + 30, ex)
            pdf.set_font("Helvetica", "", 7)
            right(pdf, 555, top + 40, "ex VAT")
            pdf.set_font("Helvetica", "", 8.5)
            right(pdf, 555, top + 55, f"{inc} inc VAT")
            rule(pdf, top + 110, 200)
            truth.products.append(product(name, [code], [ex, inc], page))
        folio(pdf, "Hartley Workwear 2026  ·  All prices ex VAT unless stated", page)
    pdf.add_page()
    band(pdf, blue, "Size guide & terms of sale")
    pdf.set_font("Helvetica", "B", 9)
    heads = ("Size", "S", "M", "L", "XL", "2XL", "3XL")
    columns = tuple((60 + i * 70, "l") for i in range(len(heads)))
    cells(pdf, 90, columns, list(heads))
    pdf.set_font("Helvetica", "", 9)
    rows = (("Chest (cm)", 92), ("Waist (cm)", 76), ("Inside leg (cm)", 79))
    for r, (label, start) in enumerate(rows):
        step = 2 if "leg" in label else 8
        values = [label] + [str(start + i * step) for i in range(6)]
        cells(pdf, 110 + r * 18, columns, values)
        rule(pdf, 114 + r * 18, 210)
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(40, 210, "Terms of sale")
    pdf.set_font("Helvetica", "", 8.5)
    terms = [
        "1. Prices. All prices are in pounds sterling excluding VAT at 20%. We reserve the right "
        "to correct errors. Carriage: free over £150.00 ex VAT, otherwise £7.95 per order; "
        "next-day delivery £12.50; Highlands and islands £18.00.",
        "2. Returns. Unworn goods in their original packaging may be returned within 30 days. "
        "A restocking fee of £5.00 applies to returns not caused by a fault. Embroidered or "
        "printed garments cannot be returned.",
        "3. Accounts. Credit accounts are available to businesses, subject to status; payment "
        "is due 30 days from the date of invoice. Minimum first order £250.00.",
        "4. Personalisation. Logo set-up £25.00 per design, embroidery from £3.50 per position, "
        "printing from £2.20; allow ten working days.",
    ]
    y = prose(pdf, 40, 232, 515, terms, 12)
    fill(pdf, (235, 238, 243))
    pdf.rect(40, y + 20, 515, 80, style="F")
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(60, y + 55, "Order hotline 0113 496 0275")
    pdf.set_font("Helvetica", "", 9)
    pdf.text(60, y + 75, "Mon-Fri 7.30-17.00  ·  sales@hartleyworkwear.co.uk")
    folio(pdf, "Hartley Workwear Ltd, Unit 4, Canal Wharf, Leeds LS11 5QX", 6)
    return pdf


OFFICE_TYPES = (
    ("Bureau droit", True, (120, 180), (70, 90), (72, 76)),
    ("Bureau d'angle", True, (140, 180), (120, 160), (72, 76)),
    ("Bureau assis-debout", True, (120, 180), (70, 90), (65, 130)),
    ("Caisson mobile 3 tiroirs", False, (42, 43), (55, 60), (55, 60)),
    ("Armoire haute à rideaux", False, (80, 120), (43, 47), (180, 200)),
    ("Table de réunion ronde", True, (100, 140), (100, 140), (72, 74)),
    ("Bibliothèque ouverte", False, (80, 100), (33, 36), (110, 200)),
    ("Fauteuil de direction", False, (64, 70), (64, 70), (110, 125)),
    ("Chaise visiteur empilable", False, (52, 56), (54, 58), (80, 84)),
    ("Siège ergonomique", False, (66, 70), (66, 70), (98, 118)),
    ("Vestiaire 2 cases", False, (60, 61), (50, 51), (180, 181)),
    ("Bench 4 postes", True, (240, 320), (160, 164), (72, 74)),
    ("Banque d'accueil", False, (160, 200), (80, 90), (105, 110)),
    ("Desserte mobile", False, (80, 90), (45, 50), (60, 65)),
)
OFFICE_SERIES = ("Axis", "Linéa", "Opale", "Kora", "Tempo", "Ardoise", "Nova", "Sillon")
OFFICE_FINISHES = ("Chêne clair", "Blanc", "Anthracite", "Noyer", "Gris perle", "Noir mat")
OFFICE_COPY = (
    "Plateau mélaminé 25 mm, chants ABS 2 mm, piètement acier laqué époxy.",
    "Garantie 5 ans, conforme à la norme NF EN 527-1.",
    "Structure acier, assise et dossier garnis de mousse haute résilience.",
    "Serrure à clé, tiroirs sur glissières à billes, roulettes freinées.",
    "Livré monté ou en kit, montage sur site en option.",
    "Passe-câbles intégré et goulotte horizontale de série.",
)


def bureau(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Mobilier de bureau 2026", A4)
    green = (40, 85, 75)
    cover(pdf, 20100, green, "BUREAUX & CIE", "Mobilier de bureau  ·  Collection 2026", "Tarif HT")
    pdf.add_page()
    pdf.set_font("Times", "B", 24)
    pdf.text(40, 80, "Édito")
    pdf.set_font("Times", "", 11)
    edito = [
        "Depuis 1987, Bureaux & Cie aménage les espaces de travail des entreprises, des "
        "collectivités et des professions libérales. Ce catalogue réunit nos collections "
        "phares, fabriquées en France pour la plupart, et sélectionnées pour leur robustesse.",
        "Nos conseillers se déplacent gratuitement pour tout projet de plus de dix postes. La "
        "livraison est offerte dès 800,00 € HT de commande ; en deçà, une participation de "
        "49,00 € HT est demandée. Le montage sur site est facturé 35,00 € HT par meuble.",
        "Les prix s'entendent hors taxes ; le prix TTC est indiqué à titre indicatif avec une "
        "TVA de 20 %.",
    ]
    y = prose(pdf, 40, 110, 515, edito, 15)
    pdf.set_font("Times", "I", 11)
    pdf.text(40, y + 6, f"{words.faker.name()}, directrice commerciale")
    pdf.set_font("Times", "B", 20)
    pdf.text(40, y + 70, "Sommaire")
    pdf.set_font("Times", "", 12)
    sections = ("Bureaux et plans de travail", "Rangements", "Sièges et accueil")
    entries = [(title, 3 + i) for i, title in enumerate(sections)]
    entries += [("Conditions générales de vente", 6), ("Index des références", 6)]
    contents(pdf, 40, y + 100, 515, entries, 22)
    pdf.image(photo(20101, (500, 200)), x=40, y=y + 230, w=515, h=190)
    folio(pdf, "Bureaux & Cie  ·  12 rue des Tanneurs, 69007 Lyon  ·  04 72 00 18 40", 2)
    used: set[str] = set()
    index: list[tuple[str, str, int]] = []
    types = list(OFFICE_TYPES)
    words.rng.shuffle(types)
    for page, section in enumerate(sections, start=3):
        pdf.add_page()
        band(pdf, green, section)
        for slot in range(4):
            kind, sized, (w0, w1), (d0, d1), (h0, h1) = types.pop()
            for _ in range(50):
                series = words.rng.choice(OFFICE_SERIES)
                width = words.rng.randrange(w0, w1 + 1, 20 if sized else 1)
                name = f"{kind} {series} {width}" if sized else f"{kind} {series}"
                if name not in used:
                    used.add(name)
                    break
            depth, height = words.rng.randrange(d0, d1 + 1), words.rng.randrange(h0, h1 + 1)
            if kind.startswith("Table de réunion"):
                dims = f"Ø {width} × H {height} cm"
            else:
                dims = f"L {width} × P {depth} × H {height} cm"
            code = f"{series[:2].upper()}-{width}{words.rng.randrange(10, 99)}"
            code = code.replace("É", "E")
            ht = words.rng.randrange(89, 1490) + words.rng.choice((0.0, 0.9, 0.5))
            top = 72 + slot * 186
            pdf.image(photo(20110 + page * 10 + slot, (240, 180)), x=40, y=top, w=190, h=150)
            pdf.set_font("Helvetica", "B", 13)
            pdf.text(250, top + 16, name)
            pdf.set_font("Helvetica", "", 8.5)
            y = lines(pdf, 250, top + 34, 300, " ".join(words.rng.sample(OFFICE_COPY, 2)), 11)
            pdf.text(250, y + 6, f"Dimensions : {dims}")
            finishes = words.rng.sample(OFFICE_FINISHES, 3)
            pdf.text(250, y + 19, "Coloris : " + ", ".join(finishes))
            grey(pdf, 100)
            pdf.text(250, y + 34, f"Réf. {code}")
            black(pdf)
            pdf.set_font("Helvetica", "B", 16)
            price_ht = f"{comma(ht, ' ')} € HT"
            price_ttc = f"{comma(ht * 1.2, ' ')} € TTC"
            right(pdf, 555, top + 128, price_ht)
            pdf.set_font("Helvetica", "", 8.5)
            right(pdf, 555, top + 142, price_ttc)
            rule(pdf, top + 170, 200)
            truth.products.append(product(name, [code], [price_ht, price_ttc], page, sizes=[dims]))
            index.append((code, name, page))
        folio(pdf, "Bureaux & Cie  ·  Collection 2026  ·  Prix HT", page)
    pdf.add_page()
    band(pdf, green, "Conditions générales de vente")
    pdf.set_font("Helvetica", "", 8)
    terms = [
        "Article 1 - Commandes. Toute commande implique l'acceptation des présentes conditions. "
        "Les devis sont valables 30 jours.",
        "Article 2 - Prix. Les prix sont exprimés en euros hors taxes, départ entrepôt. Franco "
        "de port à partir de 800,00 € HT ; en deçà, participation de 49,00 € HT.",
        "Article 3 - Livraison et installation. Livraison au pied du camion ; installation "
        "dans les étages 35,00 € HT par meuble, reprise de l'ancien mobilier 18,00 € HT par "
        "poste.",
        "Article 4 - Paiement. À 30 jours date de facture. Pénalités de retard : trois fois le "
        "taux d'intérêt légal ; indemnité forfaitaire de recouvrement 40,00 €.",
        "Article 5 - Garantie. Garantie 5 ans pièces sur le mobilier, 2 ans sur les sièges.",
    ]
    prose(pdf, 40, 76, 250, terms, 10.5)
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(310, 76, "Index des références")
    pdf.set_font("Helvetica", "B", 7.5)
    columns = ((310, "l"), (365, "l"), (555, "r"))
    cells(pdf, 96, columns, ["Réf.", "Désignation", "Page"])
    pdf.set_font("Helvetica", "", 7.5)
    for row, (code, name, page) in enumerate(sorted(index)):
        cells(pdf, 110 + row * 11, columns, [code, name, str(page)])
    folio(pdf, "Bureaux & Cie  ·  SAS au capital de 150 000 €  ·  RCS Lyon 412 118 305", 6)
    return pdf


BULB_GROUPS = (
    (
        "Tulpen",
        "Tulipa",
        (
            "Queen of Night",
            "Ballerina",
            "Angélique",
            "Apricot Beauty",
            "Spring Green",
            "Black Parrot",
            "Purissima",
            "World Peace",
        ),
        "april-mei",
        (35, 65),
    ),
    (
        "Narcissen",
        "Narcissus",
        (
            "Tête-à-Tête",
            "Thalia",
            "Jetfire",
            "Pheasant's Eye",
            "Bridal Crown",
            "Mount Hood",
            "February Gold",
            "Minnow",
        ),
        "maart-april",
        (15, 45),
    ),
    (
        "Allium",
        "Allium",
        (
            "Purple Sensation",
            "Globemaster",
            "Mount Everest",
            "Gladiator",
            "Ambassador",
            "Summer Drummer",
        ),
        "mei-juni",
        (60, 120),
    ),
    (
        "Krokussen en kleinere bollen",
        "Crocus",
        (
            "Ruby Giant",
            "Pickwick",
            "Jeanne d'Arc",
            "Tricolor",
            "Blue Pearl",
            "Cream Beauty",
        ),
        "februari-maart",
        (8, 12),
    ),
)
BULB_COPY = (
    "Een klassieker die in geen enkele border mag ontbreken; prachtig in combinatie met witte "
    "en roze soorten.",
    "Sterke, weerbestendige bloemen op stevige stelen, ook zeer geschikt voor pot en bak.",
    "Verwildert gemakkelijk en komt jaar na jaar terug; plant in groepen van minstens tien.",
    "Heerlijk geurend en lang bloeiend, een favoriet van bijen en hommels.",
    "Opvallende kleur die van ver zichtbaar is; mooi als snijbloem in de vaas.",
    "Plant in oktober of november op een zonnige tot halfbeschaduwde plek.",
)


def bollen(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Bloembollen najaar 2026", A4)
    plum = (95, 40, 90)
    cover(pdf, 20200, plum, "De Bollenhof", "Bloembollen voor het najaar 2026", "Plantseizoen")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.text(40, 80, "Welkom")
    pdf.set_font("Helvetica", "", 10)
    welkom = [
        "Al drie generaties kweken wij bloembollen op de zandgronden bij Lisse. Elke bol in "
        "deze catalogus is door ons zelf geteeld of zorgvuldig geselecteerd bij collega-kwekers "
        "en wordt vers gerooid verstuurd.",
        "Bestel vóór 15 september en u ontvangt uw bollen precies op tijd om te planten. De "
        "verzendkosten bedragen € 5,95 per zending; vanaf € 50,00 bestelbedrag versturen wij "
        "gratis. Bij elke bestelling ontvangt u gratis onze plantgids.",
        "Niet tevreden? Dan vervangen wij de bollen kosteloos of storten het aankoopbedrag "
        "terug: dat is onze bloeigarantie.",
    ]
    y = prose(pdf, 40, 110, 320, welkom, 14)
    pdf.set_font("Helvetica", "I", 10)
    pdf.text(40, y + 8, f"Familie {words.faker.last_name()}")
    pdf.image(photo(20201, (200, 240)), x=385, y=70, w=170, h=210)
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 430, "Inhoud")
    pdf.set_font("Helvetica", "", 11)
    entries = [(group[0], 3 if g < 2 else 4) for g, group in enumerate(BULB_GROUPS)]
    entries += [("Bestelformulier", 5), ("Leveringsvoorwaarden", 5)]
    contents(pdf, 40, 460, 515, entries, 22)
    folio(pdf, "De Bollenhof  ·  Heereweg 211, 2161 BM Lisse  ·  www.debollenhof.nl", 2)
    used_codes: set[int] = set()
    for page in (3, 4):
        pdf.add_page()
        band(pdf, plum, "Tulpen en narcissen" if page == 3 else "Allium, krokussen en meer")
        for column, group in enumerate(BULB_GROUPS[2 * page - 6 : 2 * page - 4]):
            heading, genus, cultivars, season, (low, high) = group
            x = 40 + column * 265
            pdf.set_font("Helvetica", "B", 13)
            pdf.set_text_color(*plum)
            pdf.text(x, 78, heading)
            black(pdf)
            y = 96.0
            for k, cultivar in enumerate(distinct(words, cultivars, min(8, len(cultivars)))):
                name = f"{genus} '{cultivar}'"
                seed = 20210 + page * 20 + column * 10 + k
                pdf.image(photo(seed, (80, 80)), x=x, y=y, w=52, h=52)
                pdf.set_font("Helvetica", "B", 9.5)
                pdf.text(x + 60, y + 8, name)
                pdf.set_font("Helvetica", "I", 7.5)
                copy = " ".join(words.rng.sample(BULB_COPY, 2))
                yy = lines(pdf, x + 60, y + 19, 190, copy, 9)
                pdf.set_font("Helvetica", "", 7.5)
                height = words.rng.randrange(low, high + 1, 5 if high > 20 else 1)
                pdf.text(x + 60, yy + 1, f"Bloei: {season}  ·  Hoogte: {height} cm")
                code = words.rng.randrange(1000, 9999)
                while code in used_codes:
                    code = words.rng.randrange(1000, 9999)
                used_codes.add(code)
                small = words.rng.choice((10, 15, 20, 25))
                first = words.rng.randrange(2, 9) + words.rng.choice((0.25, 0.5, 0.75, 0.95))
                packs = [(f"{small} st.", first)]
                if words.rng.random() < 0.7:
                    packs.append((f"{small * 5} st.", round(first * 4.2) - 0.05))
                offer = "  ·  ".join(f"{pack} € {comma(value)}" for pack, value in packs)
                pdf.set_font("Helvetica", "B", 8)
                pdf.text(x + 60, yy + 13, f"Art. {code}")
                pdf.set_font("Helvetica", "", 8)
                pdf.text(x + 60 + 44, yy + 13, offer)
                truth.products.append(
                    product(
                        name,
                        [str(code)],
                        [comma(value) for _, value in packs],
                        page,
                        sizes=[pack for pack, _ in packs],
                    )
                )
                y = yy + 34
        folio(pdf, "De Bollenhof  ·  Najaar 2026  ·  Prijzen incl. btw", page)
    pdf.add_page()
    band(pdf, plum, "Bestelformulier")
    pdf.set_font("Helvetica", "", 9)
    for k, label in enumerate(("Naam", "Adres", "Postcode en plaats", "E-mail", "Telefoon")):
        pdf.text(40, 80 + k * 20, f"{label}:")
        rule(pdf, 82 + k * 20, 150, 140, 555)
    pdf.set_font("Helvetica", "B", 8.5)
    columns = ((44, "l"), (110, "l"), (330, "l"), (400, "l"), (480, "l"))
    cells(pdf, 200, columns, ["Art.", "Naam", "Verpakking", "Aantal", "Bedrag"])
    pdf.set_draw_color(120, 120, 120)
    for row in range(14):
        pdf.rect(40, 206 + row * 18, 515, 18)
    pdf.set_font("Helvetica", "", 9)
    y = 206 + 14 * 18 + 18
    for label in ("Subtotaal", "Verzendkosten  € 5,95 (gratis vanaf € 50,00)", "Totaal"):
        pdf.text(300, y, label)
        rule(pdf, y + 2, 150, 480, 555)
        y += 18
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, y + 20, "Leveringsvoorwaarden")
    pdf.set_font("Helvetica", "", 8)
    terms = [
        "Wij leveren vanaf half september tot half december, op volgorde van binnenkomst. "
        "Betaling via iDEAL of na ontvangst van de factuur binnen 14 dagen.",
        "Bloeigarantie: bloeit een bol niet, meld het ons vóór 1 juni en u ontvangt kosteloos "
        "vervanging. Bij retour van niet-geopende verpakkingen binnen 14 dagen betalen wij het "
        "aankoopbedrag terug, verzendkosten (€ 5,95) uitgezonderd.",
    ]
    prose(pdf, 40, y + 38, 515, terms, 11)
    folio(pdf, "De Bollenhof  ·  KvK 28041177  ·  Bestellen ook via www.debollenhof.nl", 5)
    return pdf


LAMP_TYPES = (
    ("Pendellampa", ("E27", "E14")),
    ("Taklampa", ("LED", "E27")),
    ("Golvlampa", ("E27",)),
    ("Bordslampa", ("E14", "E27")),
    ("Vägglampa", ("G9", "LED")),
    ("Spotlight", ("GU10",)),
    ("Fasadlampa", ("LED", "E27")),
    ("Läslampa", ("LED",)),
)
LAMP_MODELS = ("Lykta", "Bris", "Glimt", "Fjäril", "Kupol", "Ljung", "Mira", "Strand", "Ask")
LAMP_MODELS += ("Tova", "Sigge", "Vind", "Opal", "Hylla")
LAMP_FINISHES = ("Mässing / opalglas", "Svart metall", "Vit matt", "Ek / linne", "Krom")
LAMP_FINISHES += ("Rökfärgat glas", "Rotting / natur", "Grön emalj", "Betonggrå")


def icon(pdf: FPDF, kind: int, cx: float, cy: float) -> None:
    """One drawn spec pictogram: a bulb, a sun, a drop, a plug."""
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.8)
    if kind == 0:
        pdf.circle(cx, cy - 2, 4.5)
        pdf.rect(cx - 2, cy + 2.5, 4, 3)
    elif kind == 1:
        pdf.circle(cx, cy, 3.5)
        for dx, dy in ((0, -7), (0, 7), (-7, 0), (7, 0), (5, 5), (-5, -5), (5, -5), (-5, 5)):
            pdf.line(cx + dx * 0.7, cy + dy * 0.7, cx + dx, cy + dy)
    elif kind == 2:
        pdf.polygon([(cx, cy - 7), (cx + 4.5, cy + 1), (cx - 4.5, cy + 1)], style="D")
        pdf.circle(cx, cy + 2, 4.5)
    else:
        pdf.rect(cx - 4, cy - 4, 8, 7)
        pdf.line(cx - 2, cy - 4, cx - 2, cy - 7)
        pdf.line(cx + 2, cy - 4, cx + 2, cy - 7)
        pdf.line(cx, cy + 3, cx, cy + 7)
    pdf.set_line_width(0.2)


def belysning(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Ljus 2026", A4)
    dark = (35, 35, 40)
    cover(pdf, 20300, dark, "NORRSKEN LJUS", "Belysning för hem och trädgård 2026", "Katalog")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.text(40, 80, "Om oss")
    pdf.set_font("Helvetica", "", 10)
    about = [
        "Norrsken Ljus grundades 1994 i Borås av två formgivare som ville göra bra belysning "
        "tillgänglig för alla. I dag säljer vi våra lampor genom 140 återförsäljare i Norden.",
        "Alla lampor i katalogen är CE-märkta och testade enligt gällande standard. LED-"
        "ljuskällor ingår där det anges; övriga lampor levereras utan ljuskälla.",
        "Fri frakt vid köp över 1 000 kr, annars tillkommer 79 kr. Öppet köp i 30 dagar.",
    ]
    prose(pdf, 40, 110, 515, about, 14)
    pdf.image(photo(20301, (500, 220)), x=40, y=240, w=515, h=220)
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 510, "Innehåll")
    pdf.set_font("Helvetica", "", 11)
    sections = ("Tak och pendlar", "Golv och bord", "Vägg, spot och utomhus")
    entries = [(title, 3 + i) for i, title in enumerate(sections)]
    entries += [("Ljusskola", 6), ("Artikelregister", 6)]
    contents(pdf, 40, 540, 515, entries, 22)
    folio(pdf, "Norrsken Ljus AB  ·  Druveforsvägen 8, 504 33 Borås  ·  norrskenljus.se", 2)
    types = {
        3: ("Pendellampa", "Taklampa", "Spotlight"),
        4: ("Golvlampa", "Bordslampa", "Läslampa"),
        5: ("Vägglampa", "Fasadlampa", "Spotlight"),
    }
    bases = dict(LAMP_TYPES)
    used: set[str] = set()
    register: list[tuple[str, int]] = []
    for page, section in enumerate(sections, start=3):
        pdf.add_page()
        band(pdf, dark, section)
        for slot in range(6):
            row, col = divmod(slot, 2)
            x, top = 40 + col * 265, 66 + row * 250
            kind = types[page][slot % 3]
            for _ in range(50):
                diameter = words.rng.choice((12, 18, 25, 30, 40, 45, 60))
                name = f"{kind} {words.rng.choice(LAMP_MODELS)} {diameter}"
                if name not in used:
                    used.add(name)
                    break
            pdf.image(photo(20310 + page * 10 + slot, (250, 120)), x=x, y=top, w=250, h=115)
            if words.rng.random() < 0.25:
                fill(pdf, (250, 200, 40))
                pdf.rect(x + 190, top + 8, 52, 15, style="F")
                pdf.set_font("Helvetica", "B", 8)
                pdf.text(x + 200, top + 18.5, "NYHET")
            pdf.set_font("Helvetica", "B", 11)
            pdf.text(x, top + 132, name)
            pdf.set_font("Helvetica", "", 8)
            grey(pdf, 100)
            pdf.text(x, top + 145, words.rng.choice(LAMP_FINISHES))
            black(pdf)
            dims = f"Ø {diameter} cm · H {words.rng.randrange(12, 160)} cm"
            pdf.text(x, top + 157, dims)
            base = words.rng.choice(bases[kind])
            kelvin = words.rng.choice((2200, 2700, 3000))
            values = [
                base,
                f"{kelvin} K",
                words.rng.choice(("IP20", "IP44", "IP65")),
                f"{words.rng.choice((4, 6, 8, 10, 12, 18))} W",
            ]
            pdf.set_font("Helvetica", "", 6.5)
            for k, value in enumerate(values):
                cx = x + 14 + k * 40
                icon(pdf, k, cx, top + 175)
                centre(pdf, cx, top + 194, value)
            code = f"{words.rng.randrange(10, 99)}-{words.rng.randrange(1000, 9999)}"
            grey(pdf, 100)
            pdf.set_font("Helvetica", "", 7.5)
            pdf.text(x, top + 214, f"Art.nr {code}")
            black(pdf)
            price = spaced(words.rng.randrange(3, 60) * 100 - words.rng.choice((1, 5, 51)), "kr")
            pdf.set_font("Helvetica", "B", 15)
            right(pdf, x + 250, top + 216, price)
            truth.products.append(product(name, [code], [price], page, sizes=[dims]))
            register.append((code, page))
        folio(pdf, "Norrsken Ljus 2026  ·  Rekommenderade priser inkl. moms", page)
    pdf.add_page()
    band(pdf, dark, "Ljusskola och artikelregister")
    pdf.set_font("Helvetica", "", 8.5)
    glossary = [
        (
            "Lumen (lm)",
            "mäter hur mycket ljus en ljuskälla ger. En 8 W LED ger cirka 806 lm, "
            "ungefär som en gammal glödlampa på 60 W.",
        ),
        (
            "Kelvin (K)",
            "anger ljusets färgtemperatur. 2200-2700 K är varmvitt och mysigt, "
            "3000 K neutralt, 4000 K kallvitt som i kontor.",
        ),
        (
            "IP-klass",
            "anger skyddet mot damm och vatten. IP20 för torra rum, IP44 för badrum "
            "och under tak utomhus, IP65 för fasad och trädgård.",
        ),
        (
            "Sockel",
            "E27 och E14 är skruvsocklar, GU10 och G9 stiftsocklar. Kontrollera "
            "sockeln innan du köper ljuskälla.",
        ),
        (
            "Dimbar",
            "en dimbar lampa kräver en dimmer för LED, till exempel vår dimmer 20-300 W "
            "för 349 kr.",
        ),
    ]
    y = 80.0
    for term, text in glossary:
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(40, y, term)
        pdf.set_font("Helvetica", "", 8.5)
        y = lines(pdf, 40, y + 12, 270, text, 11) + 8
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(340, 80, "Artikelregister")
    pdf.set_font("Helvetica", "", 7.5)
    for k, (code, page) in enumerate(sorted(register)):
        col, row = divmod(k, 27)
        x = 340 + col * 110
        pdf.text(x, 98 + row * 11, code)
        leader(pdf, x + 38, x + 90, 98 + row * 11)
        right(pdf, x + 100, 98 + row * 11, str(page))
    folio(pdf, "Med reservation för tryckfel och prisändringar", 6)
    return pdf


SCHOOL_ITEMS = {
    "Literacy": (
        ("Phonics Flashcards Set 1", "Grades K–1", "Pack of 96 cards"),
        ("Wipe-Clean Handwriting Mats", "Grades K–2", "Pack of 30"),
        ("Sight Word Readers Level A", "Grade K", "Pack of 24 books"),
        ("Story Sequencing Cards", "Grades K–1", "Pack of 60"),
        ("Fluency Reading Strips", "Grades 2–4", "Pack of 120"),
        ("Alphabet Beanbags", "Grade K", "Set of 26"),
        ("Magnetic Letters Lowercase", "Grades K–1", "Set of 208"),
        ("Rhyming Picture Puzzles", "Grade K", "Set of 20"),
        ("Guided Reading Whisper Phones", "Grades K–3", "Pack of 12"),
    ),
    "Math": (
        ("Magnetic Number Line 0–100", "Grades K–2", "1 line, 8 ft"),
        ("Place Value Counters", "Grades 1–3", "Pack of 500"),
        ("Double-Sided Geoboards", "Grades 2–5", "Pack of 10"),
        ("Rainbow Fraction Tiles", "Grades 2–5", "Set of 51 tiles"),
        ("Tangram Puzzle Class Set", "Grades 1–4", "Set of 15"),
        ("Times Tables Bingo", "Grades 2–4", "Game for 36 players"),
        ("Linking Cubes 2 cm", "Grades K–3", "Tub of 1,000"),
        ("Hundred Chart Pocket Chart", "Grades K–2", "1 chart, 120 cards"),
        ("Coin Stamps Set", "Grades 1–3", "Set of 8"),
        ("Pattern Blocks Foam", "Grades K–3", "Bucket of 250"),
        ("Measuring Tapes 60 in.", "Grades 1–5", "Pack of 10"),
    ),
    "Science & Classroom Essentials": (
        ("Student Whiteboards with Markers", "All grades", "Pack of 30"),
        ("Classroom Timer Cube", "All grades", "1 timer"),
        ("Early Science Magnifiers", "Grades K–2", "Pack of 12"),
        ("World Map Floor Puzzle", "Grades 1–4", "48 pieces"),
        ("Plant Life Cycle Models", "Grades 1–3", "Set of 4"),
        ("Student Scissors Blunt Tip", "Grades K–5", "Pack of 24"),
        ("Jumbo Colored Pencils", "Grades K–2", "Class pack of 240"),
        ("Dry-Erase Pocket Sleeves", "All grades", "Pack of 25"),
        ("Noise-Reducing Headphones", "All grades", "1 pair"),
        ("Solar System Mobile Kit", "Grades 3–5", "Kit for 24"),
        ("Classroom Rug Counting Dots", "All grades", "6 × 9 ft"),
    ),
}
SCHOOL_COPY = (
    "Durable and easy to clean, made to last through years of classroom use.",
    "Includes a teacher guide with ready-made activities and answer keys.",
    "Perfect for small-group work, centers and whole-class lessons.",
    "Supports the standards for number sense and operations.",
    "Bright colors help young learners sort, count and compare.",
    "Comes in a sturdy storage tub with a resealable lid.",
    "Non-toxic, AP certified, meets ASTM D-4236.",
)


def school(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Bright Start Classroom Catalog 2026-27", LETTER)
    teal = (0, 120, 130)
    cover(pdf, 20400, teal, "Bright Start", "Classroom resources catalog 2026-27", "Fall issue")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.text(40, 80, "Dear Educator,")
    pdf.set_font("Helvetica", "", 10)
    letter = [
        "Welcome to our 2026-27 catalog. Every product on these pages has been tried in real "
        "classrooms by teachers on our advisory board, and we stand behind all of it with our "
        "no-questions-asked guarantee.",
        "Ordering is easy: use the order form on the back page, call 1-800-555-0148, or order "
        "online. Purchase orders are welcome. Shipping is free on orders of $99 or more; "
        "smaller orders ship for a flat $8.95.",
        "Looking for something you don't see? Our education consultants can quote on any "
        "item, and schools spending $1,500 or more receive 10% off their next order.",
    ]
    y = prose(pdf, 40, 110, 530, letter, 14)
    pdf.set_font("Helvetica", "I", 10)
    pdf.text(40, y + 6, f"{words.faker.name()}, Customer Care")
    sections = ("Literacy", "Math", "Science & Classroom Essentials")
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, y + 60, "Contents")
    pdf.set_font("Helvetica", "", 11)
    entries = [(title, 3 + i) for i, title in enumerate(sections)]
    entries += [("Order form", 6), ("Index by item code", 6)]
    contents(pdf, 40, y + 88, 532, entries, 22)
    pdf.image(photo(20401, (500, 200)), x=40, y=y + 210, w=532, h=200)
    folio(pdf, "Bright Start Learning Co.  ·  1-800-555-0148  ·  brightstartclassroom.com", 2)
    codes: list[tuple[str, str, str, int]] = []
    for page, section in enumerate(sections, start=3):
        pdf.add_page()
        band(pdf, teal, section)
        items = distinct(words, SCHOOL_ITEMS[section], 8)
        for slot in range(8):
            col, row = divmod(slot, 4)
            x, top = 40 + col * 272, 76 + row * 150
            name, grades, pack = items.pop()
            pdf.image(photo(20410 + page * 10 + slot, (120, 120)), x=x, y=top, w=70, h=70)
            pdf.set_font("Helvetica", "B", 10)
            y = lines(pdf, x + 80, top + 10, 178, name, 12)
            pdf.set_font("Helvetica", "", 7.5)
            grey(pdf, 90)
            pdf.text(x + 80, y + 1, f"{grades}  ·  {pack}")
            black(pdf)
            pdf.set_font("Helvetica", "", 8)
            lines(pdf, x + 80, y + 14, 178, " ".join(words.rng.sample(SCHOOL_COPY, 2)), 10)
            code = f"ED{words.rng.randrange(1000, 9999)}"
            price = f"${words.rng.randrange(4, 80) + words.rng.choice((0.95, 0.99, 0.5)):.2f}"
            pdf.set_font("Helvetica", "B", 9)
            grey(pdf, 80)
            pdf.text(x, top + 106, code)
            black(pdf)
            pdf.set_font("Helvetica", "B", 13)
            right(pdf, x + 258, top + 107, price)
            rule(pdf, top + 118, 215, x, x + 258)
            truth.products.append(product(name, [code], [price], page))
            codes.append((code, name, price, page))
        folio(pdf, "Bright Start Classroom Catalog 2026-27  ·  Prices in US dollars", page)
    pdf.add_page()
    band(pdf, teal, "Order form")
    pdf.set_font("Helvetica", "", 9)
    for k, label in enumerate(("School", "Ship to", "Contact", "P.O. number")):
        pdf.text(40, 78 + k * 18, f"{label}:")
        rule(pdf, 80 + k * 18, 150, 110, 380)
    pdf.set_font("Helvetica", "B", 8.5)
    columns = ((44, "l"), (104, "l"), (290, "r"), (340, "r"), (376, "r"))
    cells(pdf, 172, columns, ["Item #", "Description", "Qty", "Price", "Total"])
    pdf.set_draw_color(120, 120, 120)
    code, name, price, _ = codes[words.rng.randrange(len(codes))]
    value = float(price.strip("$"))
    pdf.set_font("Helvetica", "I", 8)
    grey(pdf, 110)
    pdf.text(44, 190, f"e.g. {code}")
    pdf.text(104, 190, name[:34])
    right(pdf, 290, 190, "2")
    right(pdf, 340, 190, price)
    right(pdf, 376, 190, f"${2 * value:.2f}")
    black(pdf)
    for row in range(18):
        pdf.rect(40, 178 + row * 17, 340, 17)
    pdf.set_font("Helvetica", "", 8.5)
    y = 178 + 18 * 17 + 16
    for label in ("Subtotal", "Shipping ($8.95, free over $99)", "Tax exempt #", "Total"):
        pdf.text(180, y, label)
        rule(pdf, y + 2, 150, 320, 380)
        y += 16
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(410, 78, "Index by item code")
    pdf.set_font("Helvetica", "", 7.5)
    for k, (code, _, _, page) in enumerate(sorted(codes)):
        pdf.text(410, 96 + k * 11.5, code)
        leader(pdf, 448, 560, 96 + k * 11.5)
        right(pdf, 572, 96 + k * 11.5, str(page))
    folio(
        pdf, "Prices valid through June 30, 2027. Mail to: Bright Start, PO Box 3301, Dayton OH", 6
    )
    return pdf


CUTLERY_SERIES = ("Sevilla", "Toledo", "Alhambra", "Mónaco", "Cádiz", "Bilbao", "Ronda", "Lisboa")
CUTLERY_ITEMS = (
    ("Tenedor mesa", (19.5, 21.0)),
    ("Cuchillo mesa", (22.5, 24.0)),
    ("Cuchara mesa", (19.5, 21.0)),
    ("Cucharilla café", (13.0, 14.5)),
    ("Tenedor postre", (17.5, 18.5)),
    ("Cuchillo chuletero", (22.0, 23.5)),
    ("Cuchara postre", (17.5, 18.5)),
    ("Tenedor pescado", (18.5, 19.5)),
    ("Pala pescado", (19.5, 21.0)),
    ("Cucharilla moka", (10.5, 11.5)),
)
CUTLERY_FINISH = (
    "Acero inoxidable 18/10 · espesor 3 mm · pulido brillo · apto lavavajillas",
    "Acero inoxidable 18/0 · espesor 2,5 mm · satinado · apto lavavajillas",
    "Acero inoxidable 18/10 · espesor 4 mm · acabado martelé",
    "Acero inoxidable 18/10 · PVD negro mate · espesor 3 mm",
)

CUTLERY_BLURBS = (
    "La serie {serie} combina un mango de líneas rectas con un peso equilibrado en la mano; "
    "una de las más vendidas en restaurantes de menú y hoteles de ciudad.",
    "Diseño clásico con filo ribeteado. La serie {serie} se fabrica desde hace más de veinte "
    "años y garantiza reposiciones durante al menos diez años más.",
    "Mango ancho y contemporáneo para la alta restauración. {serie} es resistente al uso "
    "intensivo y conserva su brillo tras miles de lavados.",
)


def cuberteria(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Cubertería profesional 2026", A4)
    red = (140, 30, 35)
    cover(pdf, 20500, red, "HOSTELPRO", "Cubertería profesional para hostelería", "Tarifa 2026")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.text(40, 80, "Presentación")
    pdf.set_font("Helvetica", "", 10)
    intro = [
        "Desde hace más de treinta años equipamos hoteles, restaurantes y empresas de catering "
        "de toda la península con cubertería de fabricación propia y de las mejores marcas.",
        "Todas nuestras series se venden por docenas y se sirven en 24/48 horas desde nuestro "
        "almacén de Valencia. Pedido mínimo 150,00 €; portes gratuitos a partir de 300,00 €, en "
        "caso contrario 12,00 € por envío.",
        "Personalizamos cualquier pieza con el logotipo de su establecimiento mediante grabado "
        "láser: consulte precios en la última página.",
    ]
    y = prose(pdf, 40, 110, 515, intro, 14)
    pdf.image(photo(20501, (500, 200)), x=40, y=y + 10, w=515, h=200)
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, y + 260, "Índice")
    pdf.set_font("Helvetica", "", 11)
    series = distinct(words, CUTLERY_SERIES, 6)
    entries = [(f"Serie {name}", 3 + k // 2) for k, name in enumerate(series)]
    entries += [("Condiciones de venta", 6), ("Servicio de grabado", 6)]
    contents(pdf, 40, y + 290, 515, entries, 21)
    folio(pdf, "Hostelpro S.L.  ·  Polígono Fuente del Jarro, 46988 Paterna  ·  961 32 18 40", 2)
    columns = ((48, "l"), (250, "r"), (300, "l"), (547, "r"))
    for page in (3, 4, 5):
        pdf.add_page()
        band(pdf, red, "Cubertería")
        for half in range(2):
            serie = series[2 * (page - 3) + half]
            top = 72 + half * 375
            pdf.set_font("Helvetica", "B", 15)
            pdf.set_text_color(*red)
            pdf.text(40, top + 12, f"Serie {serie}")
            black(pdf)
            pdf.image(photo(20510 + page * 10 + half, (600, 90)), x=40, y=top + 22, w=515, h=80)
            pdf.set_font("Helvetica", "", 8.5)
            pdf.text(40, top + 118, words.rng.choice(CUTLERY_FINISH))
            pdf.set_font("Helvetica", "I", 8.5)
            blurb = words.rng.choice(CUTLERY_BLURBS).format(serie=serie)
            y = lines(pdf, 40, top + 133, 515, blurb, 11) + 14
            fill(pdf, (235, 225, 225))
            pdf.rect(40, y - 11, 515, 16, style="F")
            pdf.set_font("Helvetica", "B", 8.5)
            cells(pdf, y, columns, ["Artículo", "Longitud", "Ref.", "Precio / docena"])
            pdf.set_font("Helvetica", "", 9)
            items = words.rng.sample(CUTLERY_ITEMS, 5)
            items.sort(key=CUTLERY_ITEMS.index)
            base = words.rng.randrange(18, 60)
            for k, (item, (low, high)) in enumerate(items):
                y += 21
                length = f"{comma(words.rng.choice((low, high)))[:-1]} cm"
                code = f"{serie[:3].upper().replace('Á', 'A').replace('Ó', 'O')}-{101 + k}"
                price = f"{comma(round(base * words.rng.uniform(0.7, 1.3), 1))} €"
                cells(pdf, y, columns, [item, length, code, price])
                pdf.set_draw_color(170, 170, 170)
                pdf.line(40, y + 6, 555, y + 6)
                aliases = [f"{item} Serie {serie}", f"Serie {serie} {item}"]
                truth.products.append(
                    product(
                        f"{item} {serie}", [code], [price], page, sizes=[length], aliases=aliases
                    )
                )
        folio(pdf, "Hostelpro  ·  Precios por docena, IVA no incluido", page)
    pdf.add_page()
    band(pdf, red, "Condiciones de venta y servicio de grabado")
    pdf.set_font("Helvetica", "", 9)
    terms = [
        "1. Precios. Los precios de esta tarifa son por docena de piezas, IVA no incluido, y "
        "anulan los anteriores. Pedido mínimo 150,00 €.",
        "2. Portes. Gratuitos a partir de 300,00 € de pedido; en caso contrario, 12,00 € por "
        "envío en la península y 25,00 € a Baleares.",
        "3. Forma de pago. Transferencia anticipada para el primer pedido; clientes con "
        "cuenta, recibo a 30 días.",
        "4. Devoluciones. Se aceptan en un plazo de 15 días en su embalaje original, con un "
        "cargo de 6,00 € por gestión. Las piezas grabadas no admiten devolución.",
    ]
    y = prose(pdf, 40, 80, 515, terms, 12.5)
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(40, y + 16, "Servicio de grabado")
    pdf.set_font("Helvetica", "B", 8.5)
    grab = ((48, "l"), (300, "r"), (420, "r"), (547, "r"))
    cells(pdf, y + 40, grab, ["Cantidad", "1-99 piezas", "100-499", "500 o más"])
    pdf.set_font("Helvetica", "", 9)
    cells(pdf, y + 58, grab, ["Grabado láser por pieza", "0,65 €", "0,45 €", "0,30 €"])
    cells(pdf, y + 76, grab, ["Puesta en marcha (una vez)", "35,00 €", "35,00 €", "gratis"])
    rule(pdf, y + 82, 170)
    folio(pdf, "Hostelpro S.L.  ·  CIF B-46218830  ·  pedidos@hostelpro.es", 6)
    return pdf


YARNS = {
    "Wool and wool blends": (
        ("Highland Merino DK", "100% extra-fine merino wool", 50, 125, "4 mm"),
        ("Shetland Heritage Jumper", "100% pure Shetland wool", 25, 110, "3.25 mm"),
        ("Sock Yarn Tweedy", "75% wool, 25% nylon", 100, 420, "2.5 mm"),
        ("Ragg Rustic Worsted", "85% wool, 15% alpaca", 100, 200, "4.5 mm"),
        ("Hebridean Aran", "100% British wool", 100, 166, "5 mm"),
    ),
    "Cotton, linen and plant fibres": (
        ("Harbour Cotton 4 Ply", "100% mercerised cotton", 50, 170, "3 mm"),
        ("Linen Drape Sport", "60% linen, 40% cotton", 50, 150, "3.75 mm"),
        ("Bamboo Bliss DK", "100% bamboo viscose", 50, 120, "4 mm"),
        ("Organic Baby Cotton", "100% GOTS organic cotton", 50, 105, "4 mm"),
        ("Recycled Denim Aran", "80% recycled cotton, 20% polyester", 100, 175, "5 mm"),
    ),
    "Luxury and chunky": (
        ("Cloudsoft Alpaca Aran", "70% baby alpaca, 30% silk", 50, 90, "5 mm"),
        ("Mohair Haze Lace", "72% kid mohair, 28% silk", 25, 210, "3.5 mm"),
        ("Cashmere Merino Silk", "55% merino, 33% microfibre, 12% cashmere", 50, 125, "4 mm"),
        ("Festival Velvet Chunky", "100% polyester chenille", 100, 120, "6 mm"),
        ("Big Softie Chunky", "51% wool, 49% acrylic", 100, 80, "8 mm"),
    ),
}
SHADES = ("Heather", "Oatmeal", "Storm", "Moss", "Rust", "Ink", "Dusky Pink", "Mustard")
SHADES += ("Seafoam", "Charcoal", "Cream", "Teal", "Berry", "Slate", "Ochre", "Lilac")


def yarn(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Purl & Loop yarn catalogue", A4)
    wine = (110, 40, 70)
    cover(pdf, 20600, wine, "Purl & Loop", "Yarns for knitting and crochet", "Autumn/Winter")
    pdf.add_page()
    pdf.set_font("Times", "B", 24)
    pdf.text(40, 80, "About us")
    pdf.set_font("Times", "", 11)
    about = [
        "Purl & Loop began as a market stall in Hebden Bridge in 2009. Today we send yarn to "
        "knitters all over the world, but we still wind, label and pack every order ourselves.",
        "Each yarn comes with its own shade card below. Shade numbers are printed on the ball "
        "band; when you buy for one project, order enough from one dye lot.",
        "UK postage is £3.20 per order, free over £40.00. Overseas postage from £9.50.",
    ]
    y = prose(pdf, 40, 110, 320, about, 15)
    pdf.image(photo(20601, (220, 260)), x=385, y=70, w=170, h=200)
    pdf.set_font("Times", "B", 18)
    pdf.text(40, 330, "Contents")
    pdf.set_font("Times", "", 12)
    sections = tuple(YARNS)
    entries = [(title, 3 + i) for i, title in enumerate(sections)]
    entries += [("Shade index", 6), ("Ordering and postage", 6)]
    contents(pdf, 40, 360, 515, entries, 22)
    folio(pdf, "Purl & Loop  ·  7 Market Street, Hebden Bridge HX7 6AA  ·  purlandloop.co.uk", 2)
    shade_index: list[tuple[str, str, str]] = []
    for page, section in enumerate(sections, start=3):
        pdf.add_page()
        band(pdf, wine, section)
        yarns = distinct(words, YARNS[section], 4)
        for slot in range(4):
            name, fibre, grams, metres, needles = yarns.pop()
            top = 70 + slot * 184
            pdf.image(photo(20610 + page * 10 + slot, (160, 160)), x=40, y=top, w=130, h=130)
            pdf.set_font("Times", "B", 15)
            pdf.text(185, top + 16, name)
            pdf.set_font("Helvetica", "", 8.5)
            pdf.text(185, top + 32, fibre)
            weight = f"{grams} g"
            pdf.text(185, top + 45, f"{weight} · {metres} m · needles {needles}")
            base, step = words.rng.randrange(1, 9) * 100, words.rng.randrange(1, 4)
            x = 185.0
            pdf.set_font("Helvetica", "", 6.5)
            for k, shade in enumerate(words.rng.sample(SHADES, 8)):
                number = str(base + 1 + k * step)
                fill(pdf, tuple(words.rng.randrange(40, 240) for _ in range(3)))
                pdf.rect(x, top + 56, 26, 26, style="F")
                centre(pdf, x + 13, top + 91, number)
                shade_index.append((name, number, shade))
                x += 30
            code = f"YW-{words.rng.randrange(1000, 9999)}"
            ball = words.rng.randrange(3, 15) + words.rng.choice((0.5, 0.95, 0.2))
            pack = ball * 10 * 0.9
            grey(pdf, 100)
            pdf.set_font("Helvetica", "", 8)
            pdf.text(185, top + 112, f"Code {code}")
            black(pdf)
            pdf.set_font("Helvetica", "B", 14)
            right(pdf, 555, top + 112, f"£{ball:.2f} per ball")
            pdf.set_font("Helvetica", "", 8.5)
            right(pdf, 555, top + 126, f"pack of 10 £{pack:.2f}")
            rule(pdf, top + 150, 200)
            prices = [f"£{ball:.2f}", f"£{pack:.2f}"]
            truth.products.append(product(name, [code], prices, page, sizes=[weight]))
        folio(pdf, "Purl & Loop  ·  Prices include VAT", page)
    pdf.add_page()
    band(pdf, wine, "Shade index")
    pdf.set_font("Helvetica", "", 6.8)
    for k, (name, number, shade) in enumerate(shade_index):
        col, row = divmod(k, 48)
        x, y = 40 + col * 175, 72 + row * 10.5
        pdf.text(x, y, f"{number}  {shade}")
        right(pdf, x + 165, y, name)
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, 600, "Ordering and postage")
    pdf.set_font("Helvetica", "", 8.5)
    terms = [
        "Order online, by phone on 01422 555 019 or by post with a cheque. UK postage £3.20 per "
        "order, free over £40.00; Europe £9.50; rest of world £14.00.",
        "Unwanted balls in their bands may be returned within 60 days for a refund of the yarn "
        "price. Pattern booklets are £4.50 each or free with ten balls of the same yarn.",
    ]
    prose(pdf, 40, 618, 515, terms, 11.5)
    folio(pdf, "Purl & Loop  ·  Colours are as close as printing allows", 6)
    return pdf


BOOK_SUBJECTS = ("Nature and Environment", "History", "Food and Drink", "Travel", "Poetry")
BOOK_SUBJECTS += ("Art and Design",)
TITLE_ADJ = ("Quiet", "Hidden", "Last", "Wild", "Salt", "Iron", "Northern", "Lost", "Green")
TITLE_ADJ += ("Broken", "Winter", "Small", "Long", "Bright", "Secret", "Empty")
TITLE_NOUN = ("Rivers", "Orchard", "Coast", "Kitchen", "Empire", "Harbour", "Meadows", "Road")
TITLE_NOUN += ("Islands", "Hours", "Gardens", "Field", "Tide", "Garden", "Mountain", "Map")
TITLE_PATTERNS = ("The {a} {n}", "{a} {n}", "A History of the {n}", "{n} and {n2}")
TITLE_PATTERNS += ("The {a} {n}: A Year on Foot", "Notes from the {a} {n}")
FORMATS = (("Hardback", 20, 30), ("Paperback", 9, 15), ("Paperback", 8, 13), ("Flexibound", 16, 25))

SUBJECT_BLURBS = {
    "Nature and Environment": "Field guides, nature writing and the award-winning Wild "
    "Britain series, many illustrated in colour throughout.",
    "History": "Local and social history: the landscapes, trades and people of the Welsh "
    "Marches and beyond.",
    "Food and Drink": "Cookery from our region's farms and kitchens, from baking to brewing.",
    "Travel": "Walking guides and travel writing, with maps; all updated within the last "
    "five years.",
    "Poetry": "New and selected poems from the Fernhill poets, in uniform paperback editions.",
    "Art and Design": "Monographs and exhibition books produced with regional galleries.",
}


def backlist(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Fernhill Press Backlist 2026", A4)
    pdf.add_page()
    fill(pdf, (242, 237, 225))
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_draw_color(60, 60, 60)
    pdf.rect(40, 40, pdf.w - 80, pdf.h - 80)
    pdf.set_font("Times", "B", 40)
    centre(pdf, pdf.w / 2, 330, "FERNHILL PRESS")
    pdf.set_font("Times", "I", 20)
    centre(pdf, pdf.w / 2, 370, "Backlist 2026")
    pdf.set_font("Times", "", 11)
    centre(pdf, pdf.w / 2, 740, "Trade orders: Gardners, Bertrams or direct")
    pdf.add_page()
    pdf.set_font("Times", "B", 22)
    pdf.text(50, 80, "From the publisher")
    pdf.set_font("Times", "", 11)
    letter = [
        "Fernhill Press has published books about the land, its people and their food for "
        "thirty years. This backlist lists every title currently in print, with its ISBN, "
        "format, publication date and recommended retail price.",
        "Booksellers receive a standard trade discount of 35%, rising to 40% on orders of 25 "
        "copies or more. Carriage is paid on orders over £100.00 net; smaller orders are "
        "charged £4.50. See the back page for full trade terms.",
    ]
    y = prose(pdf, 50, 110, 495, letter, 15)
    pdf.set_font("Times", "I", 11)
    pdf.text(50, y + 4, f"{words.faker.name()}, Publisher")
    pdf.set_font("Times", "B", 18)
    pdf.text(50, y + 60, "Contents")
    pdf.set_font("Times", "", 12)
    entries = [(subject, 3 + k // 2) for k, subject in enumerate(BOOK_SUBJECTS)]
    entries += [("Author index", 6), ("Trade terms", 6)]
    contents(pdf, 50, y + 90, 495, entries, 21)
    folio(pdf, "Fernhill Press, The Old Dairy, Ludlow SY8 1AB", 2)
    used: set[str] = set()
    authors: list[tuple[str, int]] = []
    columns = ((44, "l"), (230, "l"), (340, "l"), (432, "l"), (490, "l"), (551, "r"))
    for page in (3, 4, 5):
        pdf.add_page()
        y = 60.0
        for subject in BOOK_SUBJECTS[2 * page - 6 : 2 * page - 4]:
            pdf.set_font("Times", "B", 14)
            pdf.text(40, y, subject)
            rule(pdf, y + 5, 60)
            pdf.set_font("Times", "I", 9.5)
            y = lines(pdf, 40, y + 20, 515, SUBJECT_BLURBS[subject], 12) + 6
            pdf.set_font("Helvetica", "B", 7.5)
            cells(pdf, y, columns, ["Title", "Author", "ISBN", "Format", "Published", "RRP"])
            rule(pdf, y + 4, 120)
            pdf.set_font("Helvetica", "", 7.5)
            for _ in range(12):
                for _ in range(100):
                    noun, other = words.rng.sample(TITLE_NOUN, 2)
                    title = words.rng.choice(TITLE_PATTERNS).format(
                        a=words.rng.choice(TITLE_ADJ), n=noun, n2=other
                    )
                    if title not in used and pdf.get_string_width(title) < 180:
                        used.add(title)
                        break
                author = f"{words.faker.first_name()} {words.faker.last_name()}"
                fmt, low, high = words.rng.choice(FORMATS)
                price = f"£{words.rng.randrange(low, high)}.99"
                digits = f"9781{words.rng.randrange(10**7, 10**8)}"
                check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits))) % 10
                isbn = f"{digits[:3]}-{digits[3]}-{digits[4:9]}-{digits[9:12]}-{check}"
                date = f"{words.rng.choice(('Mar', 'Jun', 'Sep', 'Oct', 'Apr'))} "
                date += str(words.rng.randrange(2012, 2026))
                y += 16
                cells(pdf, y, columns, [title, author, isbn, fmt, date, price])
                rule(pdf, y + 4, 215)
                truth.products.append(product(title, [isbn], [price], page))
                authors.append((author, page))
            y += 30
        folio(pdf, "Fernhill Press  ·  Backlist 2026  ·  Prices and availability may change", page)
    pdf.add_page()
    pdf.set_font("Times", "B", 16)
    pdf.text(40, 60, "Author index")
    pdf.set_font("Helvetica", "", 7.5)
    authors.sort(key=lambda item: item[0].split()[-1])
    for k, (author, page) in enumerate(authors):
        col, row = divmod(k, 38)
        x, y = 40 + col * 180, 82 + row * 11
        first, _, surname = author.rpartition(" ")
        pdf.text(x, y, f"{surname}, {first}")
        right(pdf, x + 165, y, str(page))
    pdf.set_font("Times", "B", 14)
    pdf.text(40, 540, "Trade terms")
    pdf.set_font("Times", "", 10)
    terms = [
        "Discount: 35% on all titles; 40% on orders of 25 copies or more of one title. "
        "Carriage paid on orders over £100.00 net, otherwise £4.50 per consignment.",
        "Returns: saleable copies returned within 12 months with prior authorisation are "
        "credited at the invoiced price. Payment 60 days from end of month of invoice.",
        "Prices are recommended retail prices and may be changed without notice. Titles marked "
        "out of print in our next list will be supplied while stocks last.",
    ]
    prose(pdf, 40, 565, 515, terms, 13)
    folio(pdf, "Fernhill Press  ·  trade@fernhillpress.co.uk  ·  01584 555 210", 6)
    return pdf


# === non-catalogs ==============================================================================

ASSETS = (
    ("Gas boiler", "Vaillant ecoTEC plus 838"),
    ("Air handling unit", "Daikin Modular L 3"),
    ("Split air conditioner", "Mitsubishi SRK35ZS-W"),
    ("Passenger lift", "Otis Gen2 Life 630 kg"),
    ("Emergency lighting", "Eaton ZoneSafe 20"),
    ("Fire alarm panel", "Advanced MxPro 5"),
    ("Water heater", "Andrews MAXXflo EVO 45"),
    ("Roller shutter", "Hörmann SB 3.5 m"),
)
PARTS_USED = (
    ("Ignition electrode kit", "0020255729"),
    ("Pleated filter G4 592 × 592", "FLT-G4-592"),
    ("Condensate pump", "ASP-MINI-2"),
    ("Door operator belt", "GAA 402 BN1"),
    ("Battery 6V 7Ah", "YU-NP7-6"),
    ("Smoke detector head", "MX-OPT-9"),
    ("Anode rod", "E-105-AN"),
    ("Spring tension cable", "HM-SC-35"),
)


def maintenance(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Annual maintenance report", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(40, 60, "Annual Planned Maintenance Report & Invoice")
    pdf.set_font("Helvetica", "", 9)
    client = words.faker.company()
    meta = [
        f"Client: {client}",
        f"Site: {words.faker.street_address()}, {words.faker.city()}",
        f"Contract no. PPM-{words.rng.randrange(1000, 9999)}   Period: 1 Jan - 31 Dec 2026",
        f"Invoice no. INV-{words.rng.randrange(20000, 29999)}   Date: 15 January 2027",
    ]
    for k, text in enumerate(meta):
        pdf.text(40, 84 + k * 13, text)
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, 150, "1. Assets serviced")
    columns = ((44, "l"), (150, "l"), (300, "l"), (380, "r"), (395, "l"))
    pdf.set_font("Helvetica", "B", 8)
    cells(pdf, 170, columns, ["Asset", "Make / model", "Serial no.", "Visits", "Findings"])
    pdf.set_font("Helvetica", "", 7.5)
    y = 170.0
    findings = ("No defects", "Filter replaced", "Electrode worn, replaced", "Battery low")
    findings += ("Adjusted, tested OK", "Advise replacement 2028")
    for asset, model in words.rng.sample(ASSETS, 7):
        y += 14
        serial = f"{words.rng.choice('ABKSV')}{words.rng.randrange(10**6, 10**7)}"
        cells(
            pdf,
            y,
            columns,
            [asset, model, serial, str(words.rng.randrange(1, 5)), words.rng.choice(findings)],
        )
        rule(pdf, y + 4, 215)
    y += 40
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, y, "2. Parts and labour")
    columns = ((44, "l"), (130, "l"), (370, "r"), (440, "r"), (551, "r"))
    pdf.set_font("Helvetica", "B", 8)
    y += 20
    cells(pdf, y, columns, ["Part no.", "Description", "Qty", "Unit £", "Amount £"])
    pdf.set_font("Helvetica", "", 7.5)
    total = 0.0
    for description, code in words.rng.sample(PARTS_USED, 5):
        qty = words.rng.randrange(1, 6)
        unit = words.rng.randrange(800, 18000) / 100
        total += qty * unit
        y += 14
        cells(pdf, y, columns, [code, description, str(qty), f"{unit:.2f}", f"{qty * unit:.2f}"])
        rule(pdf, y + 4, 215)
    hours = words.rng.randrange(20, 60)
    y += 14
    cells(
        pdf,
        y,
        columns,
        ["LAB-ENG", "Engineer labour (hours)", str(hours), "58.00", f"{hours * 58:.2f}"],
    )
    total += hours * 58 + 1450
    y += 14
    cells(pdf, y, columns, ["PPM-FEE", "Annual contract fee", "1", "1450.00", "1450.00"])
    y += 26
    pdf.set_font("Helvetica", "B", 9)
    for label, value in (("Net", total), ("VAT 20%", total * 0.2), ("Total due", total * 1.2)):
        right(pdf, 440, y, label)
        right(pdf, 551, y, f"£{value:,.2f}")
        y += 14
    pdf.set_font("Helvetica", "", 8)
    note = (
        "Payment within 30 days. Recommendations: replace the lift door operator belt at the "
        "next visit; the air handling unit's fan bearings show wear. Next service due March."
    )
    lines(pdf, 40, y + 20, 515, note, 11)
    folio(pdf, "Northgate Facilities Services Ltd  ·  Reg. 08841277  ·  VAT GB 318 4471 20", 1)
    return pdf


def rappel(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Avis de rappel", A4)
    pdf.add_page()
    fill(pdf, (200, 20, 30))
    pdf.rect(0, 0, pdf.w, 90, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 30)
    pdf.text(40, 55, "RAPPEL DE PRODUIT")
    pdf.set_font("Helvetica", "", 11)
    pdf.text(40, 76, "Information importante pour votre sécurité")
    black(pdf)
    pdf.set_font("Helvetica", "", 10.5)
    intro = [
        "Par mesure de précaution, la société Kelio rappelle les bouilloires électriques "
        "énumérées ci-dessous. Un défaut du thermostat peut, dans de rares cas, empêcher "
        "l'arrêt automatique et provoquer une surchauffe du socle.",
        "Si vous possédez l'un de ces modèles, cessez immédiatement de l'utiliser et "
        "débranchez-le. Aucun autre produit de la marque n'est concerné.",
    ]
    y = prose(pdf, 40, 120, 515, intro, 14)
    pdf.image(photo(20901, (200, 160)), x=40, y=y + 5, w=160, h=128)
    columns = ((220, "l"), (345, "l"), (440, "l"))
    pdf.set_font("Helvetica", "B", 9)
    cells(pdf, y + 18, columns, ["Modèle", "EAN", "Lots concernés"])
    pdf.set_font("Helvetica", "", 9)
    for k in range(4):
        model = f"Bouilloire Kelio KE-{170 + 5 * k}" + (" Inox" if k >= 2 else "")
        code = f"3760{words.rng.randrange(10**8, 10**9)}"
        batches = f"L{words.rng.randrange(2401, 2452)} à L{words.rng.randrange(2501, 2520)}"
        cells(pdf, y + 36 + k * 16, columns, [model, code, batches])
        rule(pdf, y + 40 + k * 16, 200, 220, 555)
    y += 160
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(40, y, "Que faire ?")
    pdf.set_font("Helvetica", "", 10)
    steps = [
        "1. Vérifiez le numéro de lot imprimé sous le socle (format L2431).",
        "2. Rapportez la bouilloire dans le magasin où vous l'avez achetée, même sans ticket.",
        "3. Vous serez remboursé du prix d'achat (39,90 € pour la KE-170, 49,90 € pour les "
        "modèles en inox) ou recevrez un modèle de remplacement.",
        "Produits vendus entre le 1er mars 2025 et le 30 septembre 2026 chez les "
        "distributeurs d'électroménager et en ligne.",
    ]
    y = prose(pdf, 40, y + 20, 515, steps, 14)
    fill(pdf, (245, 240, 240))
    pdf.rect(40, y + 10, 515, 60, style="F")
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(55, y + 35, "Service consommateurs : 0 800 12 34 56 (appel gratuit)")
    pdf.set_font("Helvetica", "", 9)
    pdf.text(55, y + 52, "Du lundi au vendredi de 9 h à 18 h  ·  rappel@kelio.fr")
    pdf.set_font("Helvetica", "I", 8)
    pdf.text(40, y + 100, "Nous vous prions de nous excuser pour la gêne occasionnée.")
    return pdf


FAULTS = (
    (
        "E1",
        "Water does not drain",
        "Filter blocked; drain hose kinked",
        "Clean the filter (page 18); straighten the hose",
    ),
    (
        "E2",
        "Machine does not fill",
        "Tap closed; inlet hose blocked",
        "Open the tap fully; clean the inlet strainer",
    ),
    (
        "E4",
        "Flood protection active",
        "Leak in the base tray",
        "Switch off at the mains and call Service",
    ),
    ("E7", "Water does not heat", "Heating element fault", "Call Service; do not use the machine"),
    (
        "E9",
        "Spray arm blocked",
        "Tall items in the way",
        "Rearrange the load; check the arm turns freely",
    ),
    (
        "--",
        "White film on glasses",
        "Rinse aid empty; salt setting low",
        "Refill rinse aid; raise the hardness setting",
    ),
    (
        "--",
        "Dishes not dry",
        "Rinse aid empty; Eco programme",
        "Refill rinse aid; open the door at the end",
    ),
    ("--", "Noise during washing", "Items knocking together", "Place items so they do not touch"),
    (
        "--",
        "Detergent left in dispenser",
        "Dispenser flap blocked by a plate",
        "Load so the flap can open",
    ),
)


def troubleshoot(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Dishwasher user manual", A4)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        grey(pdf, 110)
        pdf.text(40, 30, "User manual  ·  DW 4520 / DW 4540 / DW 4560 i  ·  EN")
        right(pdf, 555, 30, "Troubleshooting")
        black(pdf)
        pdf.set_font("Helvetica", "B", 18)
        pdf.text(40, 70, "9. What to do if..." if page == 1 else "9. What to do if... (cont.)")
        pdf.set_font("Helvetica", "", 9)
        y = 92.0
        if page == 1:
            intro = (
                "Many faults you can put right yourself. Before calling Service, check the "
                "table below. If the display shows an error code, switch the dishwasher "
                "off, wait 30 seconds and switch it on again."
            )
            y = lines(pdf, 40, y, 515, intro, 12) + 10
        columns = ((44, "l"), (80, "l"), (240, "l"), (400, "l"))
        fill(pdf, (225, 230, 235))
        pdf.rect(40, y - 11, 515, 16, style="F")
        pdf.set_font("Helvetica", "B", 8.5)
        cells(pdf, y, columns, ["Code", "Problem", "Possible cause", "Remedy"])
        pdf.set_font("Helvetica", "", 8.5)
        faults = FAULTS[:5] if page == 1 else FAULTS[5:]
        for code, problem, cause, remedy in faults:
            y += 8
            pdf.text(44, y + 10, code)
            a = lines(pdf, 80, y + 10, 150, problem, 11)
            b = lines(pdf, 240, y + 10, 150, cause, 11)
            c = lines(pdf, 400, y + 10, 150, remedy, 11)
            y = max(a, b, c)
            rule(pdf, y - 4, 190)
        if page == 2:
            pdf.set_font("Helvetica", "B", 12)
            pdf.text(40, y + 30, "Service")
            pdf.set_font("Helvetica", "", 9)
            service = (
                "When calling Service please give the model (DW 4540) and the E-Nr. and FD number "
                "on the rating plate inside the door. A call-out within the two-year warranty "
                "is free; outside it a call-out charge of £89.00 plus parts applies. Spare "
                "filters and baskets are available from our website."
            )
            lines(pdf, 40, y + 48, 515, service, 12)
        pdf.set_font("Helvetica", "", 8)
        right(pdf, 555, pdf.h - 22, str(40 + page))
    return pdf


TENDER_ITEMS = (
    ("Bureaustoel ergonomisch, NEN-EN 1335, armleuningen verstelbaar", "stuk"),
    ("Zit-sta bureau 160 × 80 cm, elektrisch verstelbaar 65-125 cm", "stuk"),
    ("Ladeblok verrijdbaar, 3 laden, centrale vergrendeling", "stuk"),
    ("Vergadertafel 240 × 100 cm, kabelgoot", "stuk"),
    ("Akoestisch scherm 160 × 140 cm, geluidsabsorptie klasse B", "stuk"),
    ("Kast met roldeuren 120 × 45 × 198 cm", "stuk"),
    ("Lockerkast 12 vakken met cijferslot", "stuk"),
    ("Monitorarm dubbel, VESA 75/100", "stuk"),
    ("Montage en plaatsing op locatie", "uur"),
    ("Afvoer en recycling bestaand meubilair", "m³"),
)


def aanbesteding(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Programma van eisen", A4)
    city = words.faker.city()
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        grey(pdf, 110)
        pdf.text(40, 30, f"Gemeente {city}  ·  Europese openbare aanbesteding 2026-017")
        right(pdf, 555, 30, f"Pagina {page} van 2")
        black(pdf)
        y = 70.0
        if page == 1:
            pdf.set_font("Helvetica", "B", 17)
            pdf.text(40, y, "Bijlage 2 - Programma van eisen en inschrijvingsstaat")
            pdf.set_font("Helvetica", "", 9.5)
            intro = [
                "Deze bijlage beschrijft de te leveren kantoorinrichting voor het nieuwe "
                "stadskantoor. De opdracht is verdeeld in twee percelen. De geraamde "
                "opdrachtwaarde bedraagt € 640.000,00 exclusief btw voor de looptijd van vier "
                "jaar.",
                "De aantallen zijn indicatief. Inschrijvers vullen per regel een eenheidsprijs "
                "in; de inschrijvingsstaat is leidend bij de beoordeling (prijs 40%, kwaliteit "
                "60%).",
            ]
            y = prose(pdf, 40, y + 26, 515, intro, 13) + 6
        columns = ((44, "l"), (80, "l"), (400, "r"), (420, "l"), (480, "l"))
        lots = ((1, TENDER_ITEMS[:6]), (2, TENDER_ITEMS[6:])) if page == 1 else ()
        for lot, items in lots:
            pdf.set_font("Helvetica", "B", 11)
            pdf.text(
                40, y, f"Perceel {lot} - {'Meubilair' if lot == 1 else 'Toebehoren en diensten'}"
            )
            y += 18
            pdf.set_font("Helvetica", "B", 8)
            cells(pdf, y, columns, ["Nr.", "Omschrijving", "Aantal", "Eenheid", "Eenheidsprijs €"])
            rule(pdf, y + 4, 120)
            pdf.set_font("Helvetica", "", 8)
            for k, (text, unit) in enumerate(items, start=1):
                y += 15
                qty = str(words.rng.randrange(2, 60) * (10 if unit == "stuk" else 1))
                cells(pdf, y, columns, [f"{lot}.{k}", text, qty, unit, "............"])
                rule(pdf, y + 4, 215)
            y += 30
        if page == 2:
            pdf.set_font("Helvetica", "B", 12)
            pdf.text(40, y, "Eisen")
            pdf.set_font("Helvetica", "", 9)
            eisen = [
                "E1. Alle meubelen zijn voorzien van een geldig NEN-EN keurmerk; bewijs bij "
                "inschrijving bijvoegen.",
                "E2. De garantie bedraagt minimaal 5 jaar op onderdelen en arbeid.",
                "E3. Levering binnen 8 weken na opdracht; boete € 500,00 per dag vertraging.",
                "E4. Minimaal 50% van het hout is FSC- of PEFC-gecertificeerd.",
                "E5. De inschrijver beschikt over een servicepunt binnen 75 km van de gemeente.",
                "Inschrijvingen uiterlijk 14 oktober 2026 om 12.00 uur via TenderNed. Vragen "
                "kunnen tot 23 september 2026 worden gesteld in de nota van inlichtingen.",
            ]
            prose(pdf, 40, y + 20, 515, eisen, 13)
    return pdf


def review(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Group test: bean-to-cup coffee machines", A4)
    machines = (
        ("Brevio Barista Touch 2", "£549", 5),
        ("Kaffeeko Avanti 600", "£399", 4),
        ("Milano Smart Crema", "£329", 3),
    )
    pdf.add_page()
    pdf.set_font("Helvetica", "", 8)
    grey(pdf, 110)
    pdf.text(40, 30, "HOME & KITCHEN MONTHLY  ·  TESTED")
    right(pdf, 555, 30, "November 2026")
    black(pdf)
    pdf.set_font("Times", "B", 28)
    pdf.text(40, 75, "Which bean-to-cup machine")
    pdf.text(40, 105, "is worth your money?")
    pdf.set_font("Times", "I", 11)
    pdf.text(40, 128, f"We brewed 300 cups to find out. By {words.faker.name()}")
    pdf.set_font("Times", "", 10)
    intro = [
        "A good bean-to-cup machine grinds, tamps and brews at the touch of a button, and the "
        "best froth milk too. Prices have fallen: all three machines in this test cost less "
        "than £550, and two were on offer when we went to press.",
        "We tested each machine for a month in a family kitchen, timing warm-up, measuring "
        "the temperature in the cup and counting how often it asked to be descaled.",
    ]
    y = prose(pdf, 40, 155, 515, intro, 13)
    for k, (name, price, rating) in enumerate(machines):
        top = y + 10 + k * 190
        pdf.image(photo(21401 + k, (180, 180)), x=40, y=top, w=130, h=130)
        pdf.set_font("Times", "B", 15)
        pdf.text(185, top + 14, name)
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(185, top + 30, f"Price: {price}")
        for s in range(5):
            fill(pdf, (220, 30, 40) if s < rating else (220, 220, 220))
            pdf.rect(260 + s * 11, top + 22, 9, 9, style="F")
        pdf.set_font("Times", "", 9.5)
        verdicts = (
            "Silky microfoam and a grinder with 30 settings make this the most cafe-like "
            "machine here; the touchscreen is quick to learn. FOR: coffee quality. AGAINST: "
            "noisy grinder.",
            "Compact and quick to heat, with a manual steam wand that rewards practice. FOR: "
            "price, size. AGAINST: small water tank.",
            "Easy to clean and simple to use, but the coffee was the least hot of the three. "
            "FOR: value. AGAINST: lukewarm milk drinks.",
        )
        lines(pdf, 185, top + 48, 370, verdicts[k], 12)
    pdf.add_page()
    pdf.set_font("Times", "B", 16)
    pdf.text(40, 60, "How they compare")
    columns = ((44, "l"), (230, "l"), (350, "l"), (470, "l"))
    pdf.set_font("Helvetica", "B", 8.5)
    cells(pdf, 85, columns, ["", *(name for name, _, _ in machines)])
    rule(pdf, 89, 120)
    pdf.set_font("Helvetica", "", 8.5)
    specs = (
        ("Price", "£549", "£399", "£329"),
        ("Water tank", "2.0 l", "1.5 l", "1.8 l"),
        ("Bean hopper", "250 g", "200 g", "250 g"),
        ("Warm-up time", "45 s", "30 s", "60 s"),
        ("Temperature in cup", "71 °C", "68 °C", "62 °C"),
        ("Milk system", "Automatic", "Steam wand", "Automatic"),
        ("Dimensions (W × D × H)", "28 × 43 × 38 cm", "24 × 40 × 35 cm", "26 × 45 × 37 cm"),
        ("Our rating", "5/5", "4/5", "3/5"),
    )
    for k, row in enumerate(specs):
        cells(pdf, 105 + k * 16, columns, list(row))
        rule(pdf, 109 + k * 16, 215)
    fill(pdf, (250, 235, 200))
    pdf.rect(40, 260, 515, 130, style="F")
    pdf.set_font("Times", "B", 15)
    pdf.text(55, 285, "Our verdict")
    pdf.set_font("Times", "", 10)
    verdict = (
        "BEST BUY: the Brevio Barista Touch 2 makes the best coffee of the three and is worth "
        "the extra money if you drink milky coffees. On a budget, the Kaffeeko Avanti 600 is "
        "the one to buy. Prices checked on 20 October; shop around, as retailers often discount "
        "these machines by £50 or more."
    )
    lines(pdf, 55, 305, 485, verdict, 13)
    pdf.set_font("Times", "I", 8.5)
    pdf.text(
        40,
        420,
        "The manufacturers lent the machines for this test; we returned them "
        "afterwards. No payment was received.",
    )
    pdf.set_font("Helvetica", "", 8)
    right(pdf, 555, pdf.h - 22, "87")
    return pdf


# === the batch =================================================================================

BLIND_20 = ("workwear", "bureau", "bollen", "belysning", "school", "cuberteria", "yarn")
BLIND_20 += ("backlist",)
BLIND_20_NON_CATALOGS = ("maintenance", "rappel", "troubleshoot", "aanbesteding", "review")
LAYOUTS_20 = BLIND_20 + BLIND_20_NON_CATALOGS
SCAN_DPI_20 = {"workwear": 200, "bureau": 250, "bollen": 200, "belysning": 150}
SCAN_DPI_20 |= {"school": 200, "cuberteria": 300, "yarn": 200, "backlist": 300}
SCAN_DPI_20 |= {"maintenance": 250, "rappel": 150, "troubleshoot": 200}
SCAN_DPI_20 |= {"aanbesteding": 200, "review": 150}
LANGUAGE_20 = {"bureau": "fr", "bollen": "nl", "belysning": "sv", "cuberteria": "es"}
LANGUAGE_20 |= {"rappel": "fr", "aanbesteding": "nl"}
LOCALES_20 = {"en": "en_GB", "fr": "fr_FR", "nl": "nl_NL", "sv": "sv_SE", "es": "es_ES"}
SEED_20 = 20000
MAKERS_20: dict[str, Callable[[Words, Truth], FPDF]] = {
    "workwear": workwear,
    "bureau": bureau,
    "bollen": bollen,
    "belysning": belysning,
    "school": school,
    "cuberteria": cuberteria,
    "yarn": yarn,
    "backlist": backlist,
    "maintenance": maintenance,
    "rappel": rappel,
    "troubleshoot": troubleshoot,
    "aanbesteding": aanbesteding,
    "review": review,
}

# registered beside the earlier batches, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["20"] = Batch(
    LAYOUTS_20, BLIND_20, MAKERS_20, SEED_20, LANGUAGE_20, LOCALES_20, SCAN_DPI_20
)
