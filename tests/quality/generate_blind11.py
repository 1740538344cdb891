"""Blind batch 11: manufacturer and B2B product literature written WITHOUT reading the engine.

Bench figures, never test floors: only ``bench/quality.py --layouts blind11`` writes them, and the
batch is meant to be scored ONCE, as an honest estimate on catalogs nobody tuned on. Nobody who
wrote it read ``pdfqueue.engines`` (``catalog*``, ``layout*``, ``ocr*``), nor ran the engine or
the bench on it; its forms are unlike every earlier batch's (1-9).

What counts as a product (what a careful human labeller would list): a thing the document
offers, ONCE, named as printed; its codes, prices and sizes as printed (prices in printed
order). Section headings, categories, brands, legends, column headings, option swatches, notes,
totals and charges are not. Where a row prints only a size under a family heading, the product
is named family + size, as a labeller writes it. Where two or three languages print the same
item's name, the main one is the name and the others ``aliases``. Per layout (files
``b11-<layout>``; seeds ``SEED_11`` + index):

- ``luminaire``: a lighting manufacturer's family pages (A4): a family photo, the family name
  large, feature bullets, a drawn dimension sketch, then a variant table Model | Length/Ø | W |
  lm | CCT | CRI | Driver | Order code | € net. A variant row is a product, named by its model
  as printed ("Arco 1200/840 DALI"), code the order code.
- ``twinsheet``: pump data sheets (A4): one series a page, a photo, a spec table with the TWO
  variants as columns ("Aquarius 25-40" | "Aquarius 25-60"), article numbers and list prices as
  rows, then a small accessories table. Each variant and each accessory is a product.
- ``sanitary``: a German sanitary-ware catalogue (A4, DejaVu, 2 x 2): each cell a technical
  line drawing drawn with vector lines and dimension lines with figures, the name ("Wand-WC
  Lino spülrandlos"), "Art.-Nr.", the measures line, the colour, "389,00 €". A cell is a product.
- ``configurator``: an office furniture range (A4): per range a photo, "Configure" steps with
  size buttons and finish swatches (options, not products), then a table of the orderable
  configurations as printed ("Axis sit-stand desk 1600 x 800, white / silver"), each a product.
- ``colourcard``: a paint colour card (A4): two pages of swatches with colour names and codes,
  then a page of finishes with prices per tin size. Decision (as a labeller would, and as the
  cosmetics and skin-care layouts of batches 3 and 7 do with shades): a COLOUR is not a
  product, it is a tint every finish is mixed in; the finishes with their prices are.
- ``pneus``: a French tyre catalogue (A4, DejaVu): per tread pattern a heading, a tread photo, a
  table Dimension | Indice | CAI | EU label (rolling resistance, wet grip, noise dB) | Prix HT.
  A row is a product named pattern + size + index ("EcoGrip 5 205/55 R16 91V"), code the CAI.
- ``cables``: a cable catalogue (A4): per cable type a heading ("NYY-J 0.6/1 kV"), a drawn
  cross-section (concentric circles), then Cores x section | outer Ø | Cu kg/km | kg/km | Part
  no. | € / 100 m. A row is a product named type + cores x section ("NYY-J 3 x 1.5").
- ``trilingual``: an exploded-view spare-parts list in English / French / German side by side
  (A4, DejaVu): page 1 the vector drawing with circled position numbers, then Pos. | Part no. |
  Description | Désignation | Bezeichnung | Qty | EUR. A row is a product (English name, the
  French and German names its aliases); the machine drawn is the subject, not a product.
- ``fittings``: press fittings with ICONS instead of words (A4): per fitting a line drawing,
  its name and approval pictograms, rows whose column heads are pictograms (a diameter sign, a
  box for the pack, a tag for the price); a legend on the last page. A fitting in one size is a
  product, named fitting + size ("Elbow 90° 22").

Batch 11 non-catalogs (truth: no products): ``install`` (a downlight's installation manual: a
lettered box-contents list with quantities, steps, technical data), ``sds`` (a paint's safety
data sheet: sections, hazard statements, a composition table with CAS numbers), ``warranty``
(a warranty registration form: model tick boxes, blank fields), ``testreport`` (a laboratory
report comparing six cable samples: designations, measured values, pass/fail), ``ppi`` (a
statistics office's building-materials producer price index bulletin: series, index values).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 11 [--scanned]
"""

from __future__ import annotations

import math
from collections.abc import Callable

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo, wrap
from generate_blind import Batch, product, right, sized_pdf
from generate_blind6 import DEJAVU, comma, unicode_pdf
from generate_blind9 import black, centre, grey


def dejavu_italic(pdf: FPDF) -> FPDF:
    pdf.add_font("DejaVu", "I", str(DEJAVU / "DejaVuSans-Oblique.ttf"))
    return pdf


def cells(pdf: FPDF, y: float, columns: tuple[tuple[float, str], ...], values: list[str]) -> None:
    """One table row: each column an x and an alignment ("l" left from x, "r" right to x, "c")."""
    for (x, align), value in zip(columns, values, strict=True):
        if align == "r":
            right(pdf, x, y, value)
        elif align == "c":
            centre(pdf, x, y, value)
        else:
            pdf.text(x, y, value)


def rule(pdf: FPDF, y: float, level: int = 200, x0: float = 40, x1: float = 555) -> None:
    pdf.set_draw_color(level, level, level)
    pdf.line(x0, y, x1, y)


def dimension(pdf: FPDF, x0: float, y0: float, x1: float, y1: float, label: str) -> None:
    """A dimension line with end ticks and its figure, as technical drawings print them."""
    pdf.set_draw_color(90, 90, 90)
    pdf.set_line_width(0.3)
    pdf.line(x0, y0, x1, y1)
    pdf.set_font(pdf.font_family, "", 6.5)
    if y0 == y1:  # horizontal
        pdf.line(x0, y0 - 3, x0, y0 + 3)
        pdf.line(x1, y1 - 3, x1, y1 + 3)
        centre(pdf, (x0 + x1) / 2, y0 - 2.5, label)
    else:
        pdf.line(x0 - 3, y0, x0 + 3, y0)
        pdf.line(x1 - 3, y1, x1 + 3, y1)
        pdf.text(x0 + 3, (y0 + y1) / 2 + 2, label)


# === catalogs ==================================================================================

LUMINAIRE_FAMILIES = (
    (
        "Arco",
        "Linear pendant, direct / indirect",
        ("Extruded aluminium, anodised", "Opal PMMA diffuser, UGR < 19", "IP20, class I"),
        "Length",
        ((600, 18, 2350), (1200, 36, 4700), (1500, 45, 5850)),
    ),
    (
        "Disc",
        "Recessed downlight",
        ("Die-cast aluminium, white RAL 9016", "Cut-out Ø 75 % of diameter", "IP44 from below"),
        "Ø",
        ((150, 12, 1300), (200, 19, 2100), (250, 27, 3050)),
    ),
    (
        "Kappa",
        "Track spotlight, 3-phase adapter",
        ("Rotates 355°, tilts 90°", "Reflector beams 24° and 36°", "Matt black or white"),
        "Ø",
        ((70, 15, 1450), (90, 25, 2500), (110, 35, 3400)),
    ),
)


def luminaire_sketch(pdf: FPDF, x: float, y: float, family: str, size: int) -> None:
    pdf.set_draw_color(40, 40, 40)
    pdf.set_line_width(0.6)
    if family == "Arco":
        pdf.line(x + 20, y, x + 20, y + 22)
        pdf.line(x + 150, y, x + 150, y + 22)
        pdf.rect(x, y + 22, 170, 14)
        dimension(pdf, x, y + 50, x + 170, y + 50, f"{size}")
        dimension(pdf, x + 180, y + 22, x + 180, y + 36, "65")
    elif family == "Disc":
        pdf.ellipse(x + 40, y, 90, 30)
        pdf.rect(x + 55, y + 15, 60, 30)
        dimension(pdf, x + 40, y + 60, x + 130, y + 60, f"Ø {size}")
        dimension(pdf, x + 140, y + 15, x + 140, y + 45, "92")
    else:
        pdf.rect(x + 20, y, 110, 10)
        pdf.line(x + 75, y + 10, x + 75, y + 22)
        pdf.rect(x + 55, y + 22, 40, 40)
        dimension(pdf, x + 55, y + 72, x + 95, y + 72, f"Ø {size}")
    pdf.set_line_width(0.2)


def luminaire(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("LUMENTA architectural lighting 2026", A4)
    code = words.rng.randrange(40100, 40200)
    cols = ((40, "l"), (160, "r"), (200, "r"), (245, "r"), (290, "r"), (322, "r"))
    cols += ((340, "l"), (430, "l"), (555, "r"))
    heads = ["Model", "mm", "W", "lm", "CCT K", "CRI", "Driver", "Order code", "€ net"]
    for page, (family, kind, features, size_label, sizes) in enumerate(LUMINAIRE_FAMILIES, 1):
        pdf.add_page()
        pdf.set_fill_color(20, 20, 20)
        pdf.rect(0, 0, A4[0], 40, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(40, 25, "LUMENTA")
        pdf.set_font("Helvetica", "", 8)
        right(pdf, 555, 25, "Architectural lighting  |  Indoor  |  2026")
        black(pdf)
        pdf.image(photo(11000 + page, (260, 200)), x=40, y=62, w=250, h=190)
        pdf.set_font("Helvetica", "B", 30)
        pdf.text(310, 96, family.upper())
        pdf.set_font("Helvetica", "", 11)
        grey(pdf, 80)
        pdf.text(310, 114, kind)
        black(pdf)
        pdf.set_font("Helvetica", "", 8.5)
        for k, feature in enumerate(features):
            pdf.set_fill_color(230, 160, 30)
            pdf.rect(310, 132 + k * 14, 4, 4, style="F")
            pdf.text(320, 136 + k * 14, feature)
        luminaire_sketch(pdf, 320, 180, family, sizes[-1][0])
        top = 290
        pdf.set_font("Helvetica", "B", 7.5)
        heads[1] = f"{size_label} mm"
        cells(pdf, top, cols, heads)
        rule(pdf, top + 5, 0)
        y = top + 5
        price_factor = words.rng.uniform(1.1, 1.5)
        for size, watts, lumen in sizes:
            for cct in (3000, 4000):
                y += 17
                driver = "DALI" if family != "Kappa" else "On/off"
                ra = 90 if family == "Kappa" else 80
                model = f"{family} {size}/{str(ra)[0]}{str(cct)[0]}0"
                if driver == "DALI":
                    model += " DALI"
                lm = int(lumen * (0.94 if cct == 3000 else 1.0))
                code += words.rng.randrange(1, 7)
                order = f"LM-{code}"
                value = (watts * 4.2 + size * 0.08 + 40) * price_factor
                price = f"{value:.2f}"
                pdf.set_font("Helvetica", "B", 8.5)
                pdf.text(40, y, model)
                pdf.set_font("Helvetica", "", 8.5)
                row = [str(size), str(watts), f"{lm:,}", str(cct), str(ra), driver, order, price]
                cells(pdf, y, cols[1:], row)
                rule(pdf, y + 5, 215)
                truth.products.append(product(model, [order], [price], page, sizes=[str(size)]))
        pdf.set_font("Helvetica", "", 7)
        grey(pdf)
        note = (
            "Lumen values are luminaire lumens at 25 °C ambient, tolerance ± 10 %. L80 B10 at "
            "50,000 h. Prices are net trade prices in EUR excluding VAT, ex works."
        )
        for k, line in enumerate(wrap(pdf, note, 515)):
            pdf.text(40, y + 30 + k * 10, line)
        pdf.text(40, 812, f"LUMENTA GmbH  ·  Technical changes reserved  ·  {page + 11}")
        black(pdf)
    return pdf


PUMP_SERIES = (
    (
        "Aquarius",
        "Circulator pumps for heating and cooling",
        ("25-40", "25-60"),
        (
            ("Max. head", "4.0 m", "6.0 m"),
            ("Max. flow", "2.8 m³/h", "3.4 m³/h"),
            ("Power input P1", "4-22 W", "4-40 W"),
            ("Energy efficiency index", "≤ 0.20", "≤ 0.21"),
            ("Connection", "G 1½", "G 1½"),
            ("Port-to-port length", "180 mm", "180 mm"),
            ("Weight", "1.9 kg", "2.1 kg"),
        ),
        (("Insulation shell for Aquarius 25", 24), ("Union set G 1½ x Rp 1", 18)),
    ),
    (
        "Hydra",
        "Compact booster sets for domestic water",
        ("3-45", "5-55"),
        (
            ("Max. head", "45 m", "55 m"),
            ("Max. flow", "3.6 m³/h", "5.4 m³/h"),
            ("Power input P1", "0.75 kW", "1.1 kW"),
            ("Tank", "24 l", "24 l"),
            ("Connection", "Rp 1", "Rp 1¼"),
            ("Noise level", "52 dB(A)", "55 dB(A)"),
            ("Weight", "18 kg", "22 kg"),
        ),
        (("Dry-running protection kit", 56),),
    ),
    (
        "Nerea",
        "Submersible pumps for wells 4 inch",
        ("4-12", "4-18"),
        (
            ("Max. head", "78 m", "112 m"),
            ("Max. flow", "4.2 m³/h", "4.2 m³/h"),
            ("Motor", "0.75 kW, 1~230 V", "1.1 kW, 1~230 V"),
            ("Stages", "12", "18"),
            ("Outlet", "Rp 1¼", "Rp 1¼"),
            ("Cable", "20 m", "30 m"),
            ("Weight", "11.5 kg", "14.0 kg"),
        ),
        (("Control box with capacitor", 88), ("Cable joint kit, resin", 21)),
    ),
    (
        "Vortex",
        "Drainage pumps for dirty water",
        ("V 400", "V 750"),
        (
            ("Max. head", "7 m", "10 m"),
            ("Max. flow", "10 m³/h", "15 m³/h"),
            ("Power input P1", "0.40 kW", "0.75 kW"),
            ("Free passage", "30 mm", "35 mm"),
            ("Outlet", "G 1¼", "G 1½"),
            ("Float switch", "yes", "yes"),
            ("Weight", "5.2 kg", "7.8 kg"),
        ),
        (("Hose connector 1¼ in, 3 sizes", 9),),
    ),
)


def twinsheet(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("HYDROVA product data sheets", A4)
    article = words.rng.randrange(9820100, 9820400)
    for page, (series, purpose, models, specs, accessories) in enumerate(PUMP_SERIES, 1):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 9)
        pdf.set_text_color(0, 80, 150)
        pdf.text(40, 34, "HYDROVA")
        grey(pdf)
        pdf.set_font("DejaVu", "", 8)
        right(pdf, 555, 34, "Product data sheet  ·  Edition 03/2026")
        black(pdf)
        rule(pdf, 42, 0)
        pdf.set_font("DejaVu", "B", 22)
        pdf.text(40, 80, series)
        pdf.set_font("DejaVu", "", 11)
        pdf.text(40, 98, purpose)
        pdf.image(photo(11100 + page, (220, 220)), x=375, y=56, w=180, h=180)
        pdf.set_font("DejaVu", "", 8.5)
        text = words.paragraph(3)
        for k, line in enumerate(wrap(pdf, text, 310)):
            pdf.text(40, 124 + k * 12, line)
        names = [f"{series} {model}" for model in models]
        top = 262
        pdf.set_fill_color(0, 80, 150)
        pdf.rect(40, top, 515, 24, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 10)
        pdf.text(48, top + 16, "Technical data")
        for k, name in enumerate(names):
            centre(pdf, 330 + k * 150, top + 16, name)
        black(pdf)
        y = top + 24
        codes = []
        for _ in range(2):
            article += words.rng.randrange(3, 40)
            codes.append(str(article))
        base = words.rng.randrange(180, 900)
        prices = [f"{base:,.2f}", f"{base * words.rng.uniform(1.15, 1.45):,.2f}"]
        rows = [("Article no.", *codes), *specs, ("List price EUR", *prices)]
        for k, (label, left, right_value) in enumerate(rows):
            if k % 2:
                pdf.set_fill_color(238, 243, 248)
                pdf.rect(40, y, 515, 18, style="F")
            bold = label in ("Article no.", "List price EUR")
            pdf.set_font("DejaVu", "B" if bold else "", 8.5)
            pdf.text(48, y + 12.5, label)
            centre(pdf, 330, y + 12.5, left)
            centre(pdf, 480, y + 12.5, right_value)
            y += 18
        rule(pdf, y, 0)
        for k, name in enumerate(names):
            truth.products.append(product(name, [codes[k]], [prices[k]], page))
        y += 36
        pdf.set_font("DejaVu", "B", 11)
        pdf.text(40, y, "Accessories")
        y += 8
        rule(pdf, y, 0)
        pdf.set_font("DejaVu", "B", 7.5)
        cells(pdf, y + 12, ((40, "l"), (120, "l"), (555, "r")), ["Article no.", "Item", "EUR"])
        y += 16
        for name, value in accessories:
            y += 16
            article += words.rng.randrange(3, 40)
            price = f"{value * words.rng.uniform(0.9, 1.3):.2f}"
            pdf.set_font("DejaVu", "", 8.5)
            cells(pdf, y, ((40, "l"), (120, "l"), (555, "r")), [str(article), name, price])
            rule(pdf, y + 5, 215)
            truth.products.append(product(name, [str(article)], [price], page))
        pdf.set_font("DejaVu", "", 7)
        grey(pdf)
        pdf.text(40, 812, "Prices excl. VAT. Subject to technical change. hydrova.example")
        right(pdf, 555, 812, f"DS-{series[:3].upper()}-{page:02d}")
        black(pdf)
    return pdf


SANITARY = (
    ("Wand-WC Lino spülrandlos", "wc", (360, 540, 400), 389),
    ("Stand-WC Lino Tiefspüler", "wc", (360, 670, 400), 329),
    ("Waschtisch Lino 60", "basin", (600, 470, 180), 219),
    ("Waschtisch Lino 80", "basin", (800, 470, 180), 289),
    ("Handwaschbecken Nova 45", "basin", (450, 340, 150), 129),
    ("Doppelwaschtisch Nova 120", "basin", (1200, 480, 170), 599),
    ("Urinal Duo mit Zulauf von hinten", "urinal", (325, 355, 620), 349),
    ("Bidet Lino wandhängend", "wc", (360, 530, 350), 279),
    ("Wand-WC Nova Compact", "wc", (350, 490, 380), 349),
    ("Aufsatzbecken Nova rund", "round", (420, 420, 140), 239),
    ("Duschwanne Terra 90 x 90", "tray", (900, 900, 45), 259),
    ("Duschwanne Terra 120 x 80", "tray", (1200, 800, 45), 309),
)


def sanitary_drawing(pdf: FPDF, x: float, y: float, kind: str, dims: tuple[int, int, int]) -> None:
    """A front (or top) view and a side view in vector lines, with dimension lines."""
    width, depth, height = dims
    pdf.set_draw_color(30, 30, 30)
    pdf.set_line_width(0.5)
    if kind in ("basin", "round", "tray"):
        w = 80 if width <= 600 else 110
        d = w * depth / width
        if kind == "round":
            pdf.ellipse(x, y, w, w)
            pdf.ellipse(x + 8, y + 8, w - 16, w - 16)
            d = w
        else:
            pdf.rect(x, y, w, d, round_corners=True, corner_radius=4)
            pdf.rect(x + 6, y + 6, w - 12, d - 12, round_corners=True, corner_radius=6)
        pdf.ellipse(x + w / 2 - 2, y + d / 2 - 2, 4, 4)
        dimension(pdf, x, y + d + 10, x + w, y + d + 10, str(width))
        dimension(pdf, x + w + 8, y, x + w + 8, y + d, str(depth))
        side_x, side_h = x + w + 40, 20 if kind == "tray" else 26
        pdf.rect(side_x, y, 50, side_h * height / max(height, 180))
        dimension(pdf, side_x + 56, y, side_x + 56, y + side_h * height / max(height, 180), "")
        pdf.set_font(pdf.font_family, "", 6.5)
        pdf.text(side_x + 60, y + 10, str(height))
    else:
        h = 70 if kind == "urinal" else 50
        pdf.rect(x, y, 56, h, round_corners=True, corner_radius=10)
        pdf.line(x + 6, y + 8, x + 50, y + 8)
        dimension(pdf, x, y + h + 10, x + 56, y + h + 10, str(width))
        side_x = x + 80
        pdf.line(side_x, y, side_x, y + h)
        pdf.line(side_x, y, side_x + 70, y + 4)
        pdf.line(side_x, y + h, side_x + 50, y + h)
        pdf.line(side_x + 70, y + 4, side_x + 50, y + h)
        dimension(pdf, side_x, y + h + 10, side_x + 70, y + h + 10, str(depth))
        dimension(pdf, side_x + 80, y, side_x + 80, y + h, str(height))
    pdf.set_line_width(0.2)


def sanitary(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Sanitärkeramik 2026", A4)
    article = words.rng.randrange(2210, 2290)
    for page in (1, 2, 3):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 16)
        pdf.text(40, 48, "Sanitärkeramik")
        pdf.set_font("DejaVu", "", 9)
        grey(pdf, 90)
        right(pdf, 555, 48, "Serien Lino · Nova · Duo · Terra")
        black(pdf)
        rule(pdf, 58, 0)
        for slot in range(4):
            name, kind, dims, base = SANITARY[(page - 1) * 4 + slot]
            x = 40 + (slot % 2) * 265
            y = 78 + (slot // 2) * 360
            pdf.set_draw_color(200, 200, 200)
            pdf.rect(x, y, 250, 340)
            sanitary_drawing(pdf, x + 20, y + 30, kind, dims)
            article += words.rng.randrange(1, 9)
            code = f"{article} {words.rng.randrange(10, 99)}00 00"
            size = f"B {dims[0]} × T {dims[1]} × H {dims[2]} mm"
            price = comma(base + words.rng.randrange(0, 4) * 10, ".") + " €"
            ty = y + 190
            pdf.set_font("DejaVu", "B", 10.5)
            for k, line in enumerate(wrap(pdf, name, 225)):
                pdf.text(x + 12, ty + k * 13, line)
            ty += 13 * len(wrap(pdf, name, 225)) + 6
            pdf.set_font("DejaVu", "", 8)
            pdf.text(x + 12, ty, f"Art.-Nr. {code}")
            pdf.text(x + 12, ty + 13, size)
            pdf.text(x + 12, ty + 26, "Farbe: weiß 01, mit Glasur CeramicPlus")
            pdf.text(x + 12, ty + 39, "Befestigung im Lieferumfang")
            pdf.set_font("DejaVu", "B", 14)
            right(pdf, x + 238, y + 326, price)
            truth.products.append(product(name, [code], [price], page, sizes=[size]))
        pdf.set_font("DejaVu", "", 7)
        grey(pdf)
        pdf.text(40, 815, "Maße in mm. Unverbindliche Preisempfehlung inkl. 19 % MwSt.")
        right(pdf, 555, 815, f"Seite {page + 23}")
        black(pdf)
    return pdf


OFFICE_RANGES = (
    (
        "Axis",
        "sit-stand desk",
        ("1400 x 800", "1600 x 800", "1800 x 900"),
        (("white", "W"), ("oak", "O"), ("graphite", "G")),
        (("silver", "S"), ("black", "B")),
        470,
    ),
    (
        "Meta",
        "bench desk for 2",
        ("1200 x 1600", "1400 x 1600"),
        (("white", "W"), ("walnut", "N"), ("light grey", "L")),
        (("white", "W"), ("black", "B")),
        690,
    ),
    (
        "Cubo",
        "storage cabinet",
        ("800 x 420 x 740", "800 x 420 x 1110", "800 x 420 x 1850"),
        (("white", "W"), ("oak", "O")),
        (("white", "W"), ("anthracite", "A")),
        320,
    ),
)


def swatch_row(pdf: FPDF, x: float, y: float, options: tuple[tuple[str, str], ...]) -> None:
    palette = {"white": 245, "oak": 190, "graphite": 70, "walnut": 120, "light grey": 200}
    palette |= {"silver": 190, "black": 25, "anthracite": 55}
    for k, (label, letter) in enumerate(options):
        level = palette[label]
        warm = label in ("oak", "walnut")
        pdf.set_fill_color(level, level - (40 if warm else 0), level - (80 if warm else 0))
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(x + k * 78, y, 18, 18, style="DF")
        pdf.set_font("Helvetica", "", 7.5)
        pdf.text(x + k * 78 + 22, y + 8, label)
        pdf.set_font("Helvetica", "B", 7.5)
        pdf.text(x + k * 78 + 22, y + 17, letter)


def configurator(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("OFFICINA office furniture 2026", A4)
    for page, (name, kind, sizes, tops, frames, base) in enumerate(OFFICE_RANGES, 1):
        pdf.add_page()
        pdf.image(photo(11300 + page, (400, 190)), x=0, y=0, w=A4[0], h=220)
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(40, 170, 260, 70, style="F")
        pdf.set_font("Helvetica", "B", 28)
        pdf.text(54, 208, name.upper())
        pdf.set_font("Helvetica", "", 10)
        pdf.text(54, 228, kind.capitalize())
        y = 268
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(40, y, "CONFIGURE")
        steps = (("1", "Size (mm)"), ("2", "Top"), ("3", "Frame"))
        for k, (number, label) in enumerate(steps):
            sy = y + 20 + k * 36
            pdf.set_fill_color(30, 30, 30)
            pdf.ellipse(40, sy, 14, 14, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Helvetica", "B", 8)
            centre(pdf, 47, sy + 10, number)
            black(pdf)
            pdf.text(62, sy + 10, label)
            if k == 0:
                for s, size in enumerate(sizes):
                    pdf.set_draw_color(80, 80, 80)
                    pdf.rect(140 + s * 100, sy - 2, 90, 18)
                    pdf.set_font("Helvetica", "", 8)
                    centre(pdf, 185 + s * 100, sy + 10, size)
            else:
                swatch_row(pdf, 140, sy - 4, tops if k == 1 else frames)
        y += 140
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(40, y, "ORDERABLE CONFIGURATIONS")
        y += 10
        cols = ((40, "l"), (130, "l"), (470, "r"), (555, "r"))
        pdf.set_font("Helvetica", "B", 7.5)
        cells(pdf, y + 10, cols, ["Art. no.", "Configuration", "Delivery", "Price EUR"])
        rule(pdf, y + 15, 0)
        y += 15
        chosen = [(s, t, f) for s in sizes for t in tops for f in frames]
        words.rng.shuffle(chosen)
        chosen = sorted(chosen[:6], key=lambda c: (sizes.index(c[0]), c[1][1], c[2][1]))
        for size, (top, top_letter), (frame, frame_letter) in chosen:
            y += 18
            digits = "".join(part[:2] for part in size.split(" x "))
            code = f"{name[:2].upper()}-{digits}-{top_letter}{frame_letter}"
            label = f"{name} {kind} {size}, {top} / {frame}"
            value = base + sizes.index(size) * 60 + (40 if top_letter != "W" else 0)
            price = f"{value * words.rng.uniform(1.0, 1.06):,.2f}"
            weeks = f"{words.rng.randrange(2, 7)} weeks"
            pdf.set_font("Helvetica", "", 8.5)
            cells(pdf, y, cols, [code, label, weeks, price])
            rule(pdf, y + 6, 215)
            truth.products.append(product(label, [code], [price], page, sizes=[size]))
        pdf.set_font("Helvetica", "", 7.5)
        grey(pdf)
        for k, line in enumerate(wrap(pdf, words.paragraph(2), 515)):
            pdf.text(40, y + 34 + k * 11, line)
        pdf.text(
            40, 815, "OFFICINA  ·  Prices excl. VAT, incl. delivery and assembly in mainland UK"
        )
        right(pdf, 555, 815, str(page + 40))
        black(pdf)
    return pdf


COLOUR_WORDS = (
    ("Harbour", "Mist", "Fog", "Slate", "Blue", "Grey"),
    ("Meadow", "Sage", "Fern", "Olive", "Moss", "Green"),
    ("Sandstone", "Linen", "Clay", "Oat", "Stone", "White"),
    ("Ember", "Rust", "Terracotta", "Brick", "Copper", "Red"),
)

FINISHES = (
    ("Durable Matt Emulsion", "Matt, 2 %", "Walls and ceilings", (1, 2.5, 5)),
    ("Soft Sheen Emulsion", "Soft sheen, 10 %", "Kitchens and bathrooms", (1, 2.5, 5)),
    ("Chalky Flat", "Flat, < 2 %", "Feature walls, period homes", (1, 2.5)),
    ("Satinwood", "Satin, 30 %", "Interior wood and metal", (1, 2.5)),
    ("High Gloss", "Gloss, 85 %", "Doors, trims, radiators", (1, 2.5)),
    ("Floor Paint", "Eggshell, 20 %", "Concrete and wooden floors", (2.5, 5)),
    ("Masonry Smooth", "Matt", "Exterior render and brick", (5,)),
)


def colour_rgb(group: int, k: int) -> tuple[int, int, int]:
    bases = ((90, 120, 150), (110, 140, 95), (205, 190, 160), (170, 85, 60))
    shade = 0.55 + (k % 6) * 0.09
    return tuple(min(255, int(c * shade + 40)) for c in bases[group])  # type: ignore[return-value]


def colourcard(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Colours by Halden - colour card 2026", A4)
    used: set[str] = set()
    colour_code = words.rng.randrange(100, 300)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Times", "I", 26)
        pdf.text(40, 62, "Colours by Halden")
        pdf.set_font("Helvetica", "", 9)
        grey(pdf, 90)
        pdf.text(40, 80, "The 2026 colour card  ·  every colour in every finish")
        black(pdf)
        for k in range(24):
            group = (page - 1) * 2 + k // 12
            column, line = k % 4, k // 4
            x, y = 40 + column * 130, 104 + line * 116
            pdf.set_fill_color(*colour_rgb(group, k))
            pdf.rect(x, y, 120, 78, style="F")
            first, second = "", ""
            while not first or f"{first} {second}" in used:
                first = words.rng.choice(COLOUR_WORDS[group][:4])
                second = words.rng.choice(("No. 2", "Light", "Deep", "Pale", "Dusk", "Dawn"))
            used.add(f"{first} {second}")
            pdf.set_font("Helvetica", "B", 8.5)
            pdf.text(x, y + 91, f"{first} {second}")
            pdf.set_font("Helvetica", "", 7.5)
            grey(pdf, 100)
            colour_code += words.rng.randrange(3, 30)
            pdf.text(x, y + 102, f"HC {group + 1}{colour_code}")
            black(pdf)
        pdf.set_font("Helvetica", "", 7)
        grey(pdf)
        pdf.text(40, 815, "Printed colours are a guide only; please try a tester pot first.")
        black(pdf)
    pdf.add_page()
    pdf.set_font("Times", "I", 22)
    pdf.text(40, 62, "Choose your finish")
    pdf.set_font("Helvetica", "", 9)
    for k, line in enumerate(wrap(pdf, words.paragraph(2), 515)):
        pdf.text(40, 84 + k * 12, line)
    y = 150
    cols = ((40, "l"), (165, "l"), (215, "l"), (300, "l"), (450, "r"), (505, "r"), (555, "r"))
    pdf.set_font("Helvetica", "B", 7.5)
    cells(pdf, y, cols, ["Finish", "Code", "Sheen", "Use", "1 L", "2.5 L", "5 L"])
    rule(pdf, y + 5, 0)
    number = words.rng.randrange(10, 40)
    for name, sheen, use, tins in FINISHES:
        y += 26
        number += words.rng.randrange(2, 9)
        code = f"HF-{number}"
        prices = []
        row = [name, code, sheen, use, "", "", ""]
        for size in tins:
            value = 11 + size * words.rng.uniform(8.5, 11.5)
            slot = {1: 4, 2.5: 5, 5: 6}[size]
            row[slot] = f"£{value:.2f}"
            prices.append(row[slot])
        for slot in (4, 5, 6):
            row[slot] = row[slot] or "-"
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(40, y, name)
        pdf.set_font("Helvetica", "", 8.5)
        cells(pdf, y, cols[1:], row[1:])
        rule(pdf, y + 8, 215)
        sizes = [f"{size:g} L" for size in tins]
        truth.products.append(product(name, [code], prices, 3, sizes=sizes))
    pdf.set_font("Helvetica", "", 8)
    pdf.text(40, y + 40, "Tester pots 100 ml £4.50 each, in any colour. Mixing is free of charge.")
    return pdf


TYRE_PATTERNS = (
    (
        "EcoGrip 5",
        "Été",
        "Faible résistance au roulement, freinage court sur sol mouillé.",
        (
            ("185/65 R15", "88H"),
            ("195/65 R15", "91V"),
            ("205/55 R16", "91V"),
            ("205/55 R16", "94V XL"),
            ("215/60 R16", "99H XL"),
            ("225/45 R17", "94Y XL"),
            ("225/50 R17", "98W XL"),
        ),
    ),
    (
        "AlpinTrack 3",
        "Hiver",
        "Marquage 3PMSF, lamelles 3D pour la neige et le verglas.",
        (
            ("175/65 R14", "82T"),
            ("185/60 R15", "88T XL"),
            ("195/65 R15", "91T"),
            ("205/55 R16", "91H"),
            ("215/55 R17", "98V XL"),
            ("225/40 R18", "92V XL"),
            ("235/45 R18", "98V XL"),
        ),
    ),
    (
        "QuattroSeason",
        "Toutes saisons",
        "Homologué hiver, confort de roulement toute l'année.",
        (
            ("165/70 R14", "81T"),
            ("185/65 R15", "92V XL"),
            ("195/55 R16", "87H"),
            ("205/60 R16", "96V XL"),
            ("215/65 R17", "103V XL"),
            ("235/55 R18", "104V XL"),
        ),
    ),
)


def pneus(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_italic(unicode_pdf("Gamme Tourisme 2026", A4))
    cols = ((40, "l"), (130, "l"), (200, "l"), (290, "c"), (345, "c"), (400, "c"), (470, "r"))
    cols += ((555, "r"),)
    heads = ["Dimension", "Indice", "CAI", "RR", "Adh.", "Bruit dB", "Prix HT €", "Dispo."]
    for page, (pattern, season, pitch, rows) in enumerate(TYRE_PATTERNS, 1):
        pdf.add_page()
        pdf.set_fill_color(250, 200, 0)
        pdf.rect(0, 0, 18, A4[1], style="F")
        pdf.set_font("DejaVu", "", 8)
        grey(pdf, 90)
        pdf.text(40, 32, "GAMME TOURISME 2026  ·  TARIF PROFESSIONNEL")
        black(pdf)
        pdf.image(photo(11500 + page, (160, 240)), x=40, y=50, w=120, h=180)
        pdf.set_font("DejaVu", "B", 26)
        pdf.text(180, 84, pattern)
        pdf.set_font("DejaVu", "I", 12)
        pdf.text(180, 104, f"Pneu {season.lower()}")
        pdf.set_font("DejaVu", "", 9)
        for k, line in enumerate(wrap(pdf, pitch + " " + words.paragraph(2), 370)):
            pdf.text(180, 128 + k * 12, line)
        top = 262
        pdf.set_font("DejaVu", "B", 7.5)
        cells(pdf, top, cols, heads)
        rule(pdf, top + 5, 0)
        y = top + 5
        cai = words.rng.randrange(210000, 260000)
        for size, index in rows:
            y += 20
            cai += words.rng.randrange(3, 80)
            rim = int(size[-2:])
            value = 38 + rim * 4.1 + words.rng.uniform(0, 22) + (12 if "XL" in index else 0)
            price = comma(value, " ")
            label = [
                words.rng.choice("ABC"),
                words.rng.choice("AB"),
                str(words.rng.randrange(68, 73)),
            ]
            stock = words.rng.choice(("Oui", "Oui", "Sur commande"))
            pdf.set_font("DejaVu", "B", 9)
            pdf.text(40, y, size)
            pdf.set_font("DejaVu", "", 9)
            cells(pdf, y, cols[1:], [index, str(cai), *label, price, stock])
            rule(pdf, y + 7, 215)
            name = f"{pattern} {size} {index}"
            truth.products.append(product(name, [str(cai)], [price], page, sizes=[size]))
        pdf.set_font("DejaVu", "", 7)
        grey(pdf)
        legend = (
            "RR : classe de résistance au roulement ; Adh. : classe d'adhérence sur sol mouillé ; "
            "Bruit : bruit de roulement externe. Prix hors taxes, hors écotaxe (1,65 € par pneu)."
        )
        for k, line in enumerate(wrap(pdf, legend, 515)):
            pdf.text(40, y + 30 + k * 10, line)
        right(pdf, 555, 815, str(page + 6))
        black(pdf)
    return pdf


CABLE_TYPES = (
    (
        "NYY-J 0.6/1 kV",
        "NYY-J",
        "PVC-insulated power cable for fixed installation in ground, water and indoors.",
        ("3 x 1.5", "3 x 2.5", "5 x 2.5", "5 x 4", "5 x 6"),
    ),
    (
        "H07RN-F",
        "H07RN-F",
        "Rubber-sheathed flexible cable for medium mechanical stress, outdoor use.",
        ("3 G 1.5", "3 G 2.5", "4 G 2.5", "5 G 2.5", "5 G 4"),
    ),
    (
        "NHXMH-J",
        "NHXMH-J",
        "Halogen-free installation cable, improved fire behaviour, for public buildings.",
        ("3 x 1.5", "3 x 2.5", "5 x 1.5", "5 x 2.5", "7 x 1.5"),
    ),
    (
        "LiYCY",
        "LiYCY",
        "Screened data and control cable, tinned copper braid, PVC sheath grey.",
        ("2 x 0.25", "4 x 0.25", "2 x 0.5", "4 x 0.5", "8 x 0.5"),
    ),
)


def cable_section(pdf: FPDF, x: float, y: float, cores: int) -> None:
    """A drawn cross-section: the sheath, the cores in a ring, each core's conductor."""
    pdf.set_draw_color(30, 30, 30)
    pdf.set_fill_color(225, 225, 225)
    pdf.ellipse(x, y, 70, 70, style="DF")
    pdf.set_fill_color(250, 250, 250)
    pdf.ellipse(x + 6, y + 6, 58, 58, style="DF")
    for k in range(cores):
        angle = 2 * math.pi * k / cores
        cx, cy = x + 35 + 14 * math.cos(angle), y + 35 + 14 * math.sin(angle)
        pdf.set_fill_color(255, 255, 255)
        pdf.ellipse(cx - 8, cy - 8, 16, 16, style="DF")
        pdf.set_fill_color(200, 120, 50)
        pdf.ellipse(cx - 4, cy - 4, 8, 8, style="DF")


def cables(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("KABELWERK NORD - cable catalogue 2026", A4)
    cols = ((40, "l"), (150, "r"), (210, "r"), (270, "r"), (360, "l"), (470, "r"), (555, "r"))
    heads = ["Cores x mm²", "Ø mm", "Cu kg/km", "kg/km", "Part no.", "Drum m", "€ / 100 m"]
    part = words.rng.randrange(1001000, 1001500)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(40, 32, "KABELWERK NORD")
        pdf.set_font("Helvetica", "", 8)
        right(pdf, 555, 32, "Power and control cables  ·  Price list 2026/1")
        rule(pdf, 38, 0)
        y = 70
        for heading, short, use, sizes in CABLE_TYPES[(page - 1) * 2 : page * 2]:
            pdf.set_font("Helvetica", "B", 15)
            pdf.text(40, y, heading)
            pdf.set_font("Helvetica", "", 8.5)
            for k, line in enumerate(wrap(pdf, use, 360)):
                pdf.text(40, y + 16 + k * 11, line)
            grey(pdf, 100)
            pdf.text(40, y + 44, "Conductor: plain copper, class 2  ·  Sheath colour: black")
            black(pdf)
            cable_section(pdf, 470, y - 22, int(sizes[2].split()[0]))
            top = y + 74
            pdf.set_fill_color(235, 235, 235)
            pdf.rect(40, top - 12, 515, 18, style="F")
            pdf.set_font("Helvetica", "B", 7.5)
            cells(pdf, top, cols, heads)
            row_y = top + 6
            bulk = words.rng.uniform(0.85, 1.2)  # sheath and insulation of the type
            level = words.rng.uniform(0.9, 1.7)  # the type's price level
            for size in sizes:
                row_y += 17
                cores = int(size.split()[0])
                section = float(size.split()[-1])
                diameter = (6 + cores * section**0.5 * 1.6) * bulk
                copper = cores * section * 9.6
                weight = copper + diameter * 9
                part += words.rng.randrange(2, 20)
                price = f"{(copper * 0.13 + diameter * 1.9 + 8) * level:.2f}"
                drum = "500" if section < 2 else "250"
                row = [
                    size,
                    f"{diameter:.1f}",
                    f"{copper:.1f}",
                    f"{weight:.0f}",
                    str(part),
                    drum,
                    price,
                ]
                pdf.set_font("Helvetica", "", 8.5)
                cells(pdf, row_y, cols, row)
                rule(pdf, row_y + 6, 220)
                name = f"{short} {size}"
                truth.products.append(product(name, [str(part)], [price], page, sizes=[size]))
            y = row_y + 70
        pdf.set_font("Helvetica", "", 7)
        grey(pdf)
        pdf.text(
            40, 812, "Copper base 850 €/100 kg (DEL). Prices subject to the daily copper price."
        )
        right(pdf, 555, 812, str(page + 2))
        black(pdf)
    return pdf


TRI_PARTS = (
    ("Blade assembly 600 mm", "Lamier 600 mm", "Messerbalken 600 mm"),
    ("Blade guard", "Protège-lame", "Messerschutz"),
    ("Gear housing", "Carter d'engrenage", "Getriebegehäuse"),
    ("Gear wheel", "Roue dentée", "Zahnrad"),
    ("Connecting rod", "Bielle", "Pleuelstange"),
    ("Front handle", "Poignée avant", "Vorderer Handgriff"),
    ("Hand guard", "Protège-main", "Handschutz"),
    ("Switch lever", "Levier d'interrupteur", "Schalthebel"),
    ("Safety switch", "Interrupteur de sécurité", "Sicherheitsschalter"),
    ("Motor 600 W", "Moteur 600 W", "Motor 600 W"),
    ("Carbon brush set", "Jeu de balais de charbon", "Kohlebürstensatz"),
    ("Motor housing, left", "Boîtier moteur, gauche", "Motorgehäuse, links"),
    ("Motor housing, right", "Boîtier moteur, droit", "Motorgehäuse, rechts"),
    ("Cable strain relief", "Serre-câble", "Zugentlastung"),
    ("Power cable 0.35 m", "Câble secteur 0,35 m", "Netzkabel 0,35 m"),
    ("Rear handle", "Poignée arrière", "Hinterer Handgriff"),
    ("Cable hook", "Crochet de câble", "Kabelhaken"),
    ("Screw set", "Jeu de vis", "Schraubensatz"),
    ("Storage sleeve", "Fourreau de rangement", "Schutzköcher"),
    ("Warning label set", "Jeu d'étiquettes d'avertissement", "Warnaufklebersatz"),
)


def exploded_drawing(pdf: FPDF, words: Words) -> None:
    """Parts of a hedge trimmer as vector shapes, each with a leader to a circled number."""
    pdf.set_draw_color(30, 30, 30)
    pdf.set_line_width(0.6)
    shapes = []
    for k in range(len(TRI_PARTS)):
        column, line = k % 5, k // 5
        x = 70 + column * 95 + words.rng.uniform(-6, 6)
        y = 170 + line * 120 + words.rng.uniform(-10, 10)
        w, h = words.rng.uniform(28, 52), words.rng.uniform(14, 40)
        if k % 3 == 0:
            pdf.ellipse(x, y, w, h)
        elif k % 3 == 1:
            pdf.rect(x, y, w, h, round_corners=True, corner_radius=4)
        else:
            pdf.polygon([(x, y + h), (x + w / 2, y), (x + w, y + h)])
        shapes.append((x + w, y + h / 2))
    pdf.set_line_width(0.3)
    pdf.set_font("DejaVu", "", 7.5)
    for k, (x, y) in enumerate(shapes, start=1):
        pdf.line(x, y, x + 14, y - 16)
        pdf.ellipse(x + 12, y - 28, 14, 14)
        centre(pdf, x + 19, y - 18.5, str(k))
    pdf.set_line_width(0.2)


def trilingual(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("HT 600 spare parts / pièces détachées / Ersatzteile", A4)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.text(40, 60, "Hedge trimmer HT 600")
    pdf.set_font("DejaVu", "", 10)
    pdf.text(40, 78, "Taille-haie HT 600  ·  Heckenschere HT 600")
    pdf.set_font("DejaVu", "", 8)
    grey(pdf)
    pdf.text(40, 96, "Spare parts list / Liste des pièces détachées / Ersatzteilliste  ·  03/2026")
    black(pdf)
    exploded_drawing(pdf, words)
    pdf.set_font("DejaVu", "", 7)
    pdf.text(40, 812, "Machine no. 1 600 HT0 6.. from serial no. 2026/01")
    cols = ((52, "r"), (62, "l"), (128, "l"), (260, "l"), (390, "l"), (520, "r"), (555, "r"))
    heads = ["Pos.", "Part no.", "Description", "Désignation", "Bezeichnung", "Qty", "EUR"]
    part = words.rng.randrange(140000, 150000)
    for page, chunk in ((2, TRI_PARTS[:12]), (3, TRI_PARTS[12:])):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 11)
        pdf.text(40, 50, "HT 600  ·  Pos. 1-20")
        pdf.set_font("DejaVuC", "B", 7.5)
        cells(pdf, 80, cols, heads)
        rule(pdf, 86, 0)
        y = 86
        start = 1 if page == 2 else 13
        for pos, (en, fr, de) in enumerate(chunk, start=start):
            part += words.rng.randrange(7, 300)
            code = f"1 619 P{part}"
            price = f"{words.rng.randrange(180, 9800) / 100:.2f}".replace(".", ",")
            qty = "2" if "screw" in en.lower() else "1"
            y += 24
            pdf.set_font("DejaVuC", "", 8)
            values = [str(pos), code, en, fr, de, qty, price]
            for k, ((x, align), value) in enumerate(zip(cols, values, strict=True)):
                if align == "r":
                    right(pdf, x, y, value)
                    continue
                room = cols[k + 1][0] - x - (24 if cols[k + 1][1] == "r" else 6)
                lines = wrap(pdf, value, room)
                for n, line in enumerate(lines):  # a long name takes two lines of the row
                    pdf.text(x, y - 4.5 * (len(lines) - 1) + 9 * n, line)
            rule(pdf, y + 9, 215)
            truth.products.append(product(en, [code], [price], page, aliases=[fr, de]))
        pdf.set_font("DejaVu", "", 7)
        grey(pdf)
        pdf.text(
            40, 812, "Prices in EUR incl. VAT  ·  Prix en EUR TTC  ·  Preise in EUR inkl. MwSt."
        )
        right(pdf, 555, 812, str(page))
        black(pdf)
    return pdf


FITTINGS = (
    ("Elbow 90°", "elbow", True),
    ("Elbow 45°", "elbow45", True),
    ("Equal tee", "tee", True),
    ("Straight coupling", "coupling", True),
    ("Reducer", "reducer", False),
    ("Male adaptor", "male", True),
    ("Female adaptor", "female", False),
    ("End cap", "cap", False),
)


def fitting_drawing(pdf: FPDF, x: float, y: float, kind: str) -> None:
    pdf.set_draw_color(30, 30, 30)
    pdf.set_line_width(0.8)
    if kind == "elbow":
        pdf.rect(x, y + 20, 30, 14)
        pdf.rect(x + 30, y, 14, 34)
    elif kind == "elbow45":
        pdf.rect(x, y + 20, 30, 14)
        pdf.polygon([(x + 30, y + 20), (x + 50, y), (x + 60, y + 10), (x + 30, y + 34)])
    elif kind == "tee":
        pdf.rect(x, y + 20, 60, 14)
        pdf.rect(x + 23, y, 14, 20)
    elif kind == "reducer":
        pdf.rect(x, y + 16, 24, 22)
        pdf.polygon([(x + 24, y + 16), (x + 40, y + 21), (x + 40, y + 33), (x + 24, y + 38)])
        pdf.rect(x + 40, y + 21, 20, 12)
    else:
        pdf.rect(x, y + 18, 60, 16)
        if kind in ("male", "female"):
            for k in range(6):
                pdf.line(x + 36 + k * 4, y + 18, x + 38 + k * 4, y + 34)
        if kind == "cap":
            pdf.line(x + 60, y + 14, x + 60, y + 38)
    # the press ring beads, as the maker's drawings show them
    pdf.set_line_width(0.4)
    pdf.line(x + 4, y + 18, x + 4, y + 36)
    pdf.set_line_width(0.2)


def icon(pdf: FPDF, x: float, y: float, kind: str) -> None:
    """Column-head and approval pictograms drawn as vector shapes (no words)."""
    pdf.set_draw_color(20, 20, 20)
    pdf.set_line_width(0.7)
    if kind == "diameter":
        pdf.ellipse(x, y, 11, 11)
        pdf.line(x - 1, y + 12, x + 12, y - 1)
    elif kind == "box":
        pdf.rect(x, y + 3, 12, 9)
        pdf.line(x, y + 3, x + 3, y)
        pdf.line(x + 3, y, x + 15, y)
        pdf.line(x + 15, y, x + 12, y + 3)
    elif kind == "tag":
        pdf.polygon([(x, y + 6), (x + 5, y), (x + 14, y), (x + 14, y + 12), (x + 5, y + 12)])
        pdf.ellipse(x + 4, y + 5, 2, 2)
    elif kind == "barcode":
        for k in range(7):
            pdf.set_line_width(0.5 + (k % 3) * 0.4)
            pdf.line(x + k * 2, y, x + k * 2, y + 12)
    elif kind == "water":
        pdf.set_fill_color(40, 120, 200)
        pdf.polygon([(x + 6, y), (x + 11, y + 8), (x + 1, y + 8)], style="F")
        pdf.ellipse(x + 1, y + 3, 10, 10, style="F")
    elif kind == "gas":
        pdf.set_fill_color(250, 200, 0)
        pdf.polygon([(x, y + 12), (x + 12, y + 12), (x + 6, y)], style="F")
        pdf.set_fill_color(30, 30, 30)
        pdf.ellipse(x + 4.5, y + 6, 3, 4, style="F")
    pdf.set_line_width(0.2)


def fittings(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("PRESSLINE copper press fittings", A4)
    article = words.rng.randrange(61000, 61500)
    xs = {"diameter": 250, "barcode": 330, "box": 430, "tag": 530}
    for page in (1, 2):
        pdf.add_page()
        pdf.set_fill_color(180, 90, 40)
        pdf.rect(0, 0, A4[0], 56, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 20)
        pdf.text(40, 36, "PRESSLINE")
        pdf.set_font("Helvetica", "", 10)
        right(pdf, 555, 36, "Cu")
        black(pdf)
        y = 86
        for name, kind, gas in FITTINGS[(page - 1) * 4 : page * 4]:
            pdf.set_draw_color(200, 200, 200)
            pdf.rect(40, y - 10, 515, 140)
            fitting_drawing(pdf, 60, y + 20, kind)
            pdf.set_font("Helvetica", "B", 12)
            pdf.text(60, y + 8, name)
            icon(pdf, 60, y + 90, "water")
            if gas:
                icon(pdf, 80, y + 90, "gas")
            for key, x in xs.items():
                icon(pdf, x - 12, y - 2, key)
            rule(pdf, y + 16, 0, 200, 545)
            row_y = y + 16
            factor = words.rng.uniform(1.1, 2.2)  # the fitting's price level
            for size in (15, 22, 28):
                row_y += 22
                article += words.rng.randrange(1, 12)
                code = f"{article}"
                pack = str(words.rng.choice((10, 10, 25, 50)) if size < 28 else 5)
                value = (1.2 + size**1.3 * 0.07) * factor
                price = f"{value:.2f}"
                pdf.set_font("Helvetica", "B", 10)
                right(pdf, xs["diameter"], row_y, str(size))
                pdf.set_font("Helvetica", "", 9)
                right(pdf, xs["barcode"], row_y, code)
                right(pdf, xs["box"], row_y, pack)
                pdf.set_font("Helvetica", "B", 9)
                right(pdf, xs["tag"], row_y, price)
                rule(pdf, row_y + 7, 225, 200, 545)
                truth.products.append(
                    product(f"{name} {size}", [code], [price], page, sizes=[str(size)])
                )
            y += 160
        if page == 2:
            pdf.set_font("Helvetica", "", 7.5)
            legend = (
                ("diameter", "pipe OD mm"),
                ("barcode", "article"),
                ("box", "pack"),
                ("tag", "EUR / pc"),
                ("water", "drinking water"),
                ("gas", "gas"),
            )
            for k, (key, label) in enumerate(legend):
                icon(pdf, 40 + k * 86, 790, key)
                pdf.text(58 + k * 86, 800, label)
    return pdf


# === non-catalogs ==============================================================================


def install(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Disc downlight - installation instructions", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(40, 60, "Disc 200")
    pdf.set_font("Helvetica", "", 11)
    pdf.text(40, 80, "Installation instructions  ·  Recessed downlight, IP44")
    rule(pdf, 90, 0)
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, 118, "In the box")
    box = (
        ("A", "Downlight with integrated LED module", "1"),
        ("B", "Constant-current driver 350 mA", "1"),
        ("C", "Spring clips", "2"),
        ("D", "Strain relief with screws", "1"),
        ("E", "Cut-out template Ø 175 mm", "1"),
        ("F", "These instructions", "1"),
    )
    pdf.set_font("Helvetica", "", 9.5)
    for k, (letter, item, qty) in enumerate(box):
        y = 138 + k * 17
        pdf.set_fill_color(30, 30, 30)
        pdf.ellipse(40, y - 9, 12, 12, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 7.5)
        centre(pdf, 46, y - 0.5, letter)
        black(pdf)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.text(60, y, item)
        right(pdf, 300, y, f"{qty} x")
    pdf.image(photo(11900, (220, 160)), x=340, y=110, w=215, h=150)
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, 268, "Tools required")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.text(40, 286, "Hole saw Ø 175 mm, screwdriver PZ 2, voltage tester.")
    steps = (
        "Switch off the mains supply and check that the circuit is dead.",
        "Cut the opening with the template (E). Ceiling thickness 10 to 25 mm.",
        "Connect the mains cable to the driver (B): L brown, N blue. Fit the strain relief (D).",
        "Plug the LED module lead into the driver output. Observe polarity.",
        "Fold the spring clips (C) upward and push the downlight into the opening.",
        "Switch on the supply. The light must reach full output within 0.5 s.",
    )
    y = 320
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, y, "Installation")
    for k, step in enumerate(steps, start=1):
        y += 24
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(40, y, f"{k}")
        pdf.set_font("Helvetica", "", 9.5)
        for n, line in enumerate(wrap(pdf, step, 480)):
            pdf.text(60, y + n * 12, line)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, 60, "Technical data")
    data = (
        ("Rated voltage", "220-240 V AC, 50/60 Hz"),
        ("Power", "19 W"),
        ("Luminous flux", "2,100 lm (4000 K), 1,970 lm (3000 K)"),
        ("Colour rendering", "CRI > 80"),
        ("Protection", "IP44 from below, IP20 from above"),
        ("Ambient temperature", "-20 to +35 °C"),
        ("Weight", "0.82 kg"),
        ("Dimmable", "DALI-2 (version DALI only)"),
    )
    for k, (label, value) in enumerate(data):
        y = 84 + k * 17
        pdf.set_font("Helvetica", "", 9.5)
        pdf.text(40, y, label)
        pdf.text(220, y, value)
        rule(pdf, y + 5, 225)
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, 254, "Safety")
    pdf.set_font("Helvetica", "", 9)
    for k, line in enumerate(wrap(pdf, words.paragraph(4), 515)):
        pdf.text(40, 272 + k * 12, line)
    pdf.set_font("Helvetica", "", 8)
    pdf.text(40, 812, "LUMENTA GmbH  ·  Doc. IM-DISC-200 rev. C")
    return pdf


def sds(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Safety data sheet - Durable Matt Emulsion", A4)
    sections = (
        (
            "1. Identification",
            "Product identifier: Durable Matt Emulsion (all colours). Recommended use: "
            "decorative wall paint for interior use. Supplier: Halden Paints Ltd, "
            "Unit 4, Mill Lane, Leeds. Emergency telephone: +44 113 496 0000.",
        ),
        (
            "2. Hazards identification",
            "Not classified as hazardous according to Regulation (EC) No 1272/2008. EUH208: "
            "Contains 1,2-benzisothiazol-3(2H)-one. May produce an allergic reaction. EUH211: "
            "Warning! Hazardous respirable droplets may be formed when sprayed.",
        ),
    )
    pdf.add_page()
    pdf.set_fill_color(200, 30, 30)
    pdf.rect(40, 40, 515, 34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(50, 62, "SAFETY DATA SHEET")
    pdf.set_font("Helvetica", "", 8)
    right(pdf, 545, 62, "according to Regulation (EC) No 1907/2006  ·  Version 4.1")
    black(pdf)
    y = 100
    for heading, body in sections:
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.text(40, y, heading)
        y += 15
        pdf.set_font("Helvetica", "", 9)
        for line in wrap(pdf, body, 515):
            pdf.text(40, y, line)
            y += 12
        y += 12
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.text(40, y, "3. Composition / information on ingredients")
    y += 16
    cols = ((40, "l"), (250, "l"), (340, "l"), (450, "r"), (555, "l"))
    pdf.set_font("Helvetica", "B", 8)
    cells(pdf, y, cols[:4], ["Substance", "CAS No.", "EC No.", "% w/w"])
    rule(pdf, y + 5, 0)
    substances = (
        ("Titanium dioxide", "13463-67-7", "236-675-5", "10 - < 20"),
        ("Calcium carbonate", "471-34-1", "207-439-9", "10 - < 25"),
        ("Kaolin", "1332-58-7", "310-194-1", "5 - < 10"),
        ("2-Methyl-2H-isothiazol-3-one", "2682-20-4", "220-239-6", "< 0.0015"),
        ("1,2-Benzisothiazol-3(2H)-one", "2634-33-5", "220-120-9", "< 0.05"),
    )
    pdf.set_font("Helvetica", "", 8.5)
    for row in substances:
        y += 16
        cells(pdf, y, cols[:4], list(row))
        rule(pdf, y + 5, 225)
    y += 34
    rest = (
        ("4. First-aid measures", words.paragraph(2)),
        ("5. Fire-fighting measures", "Non-flammable. " + words.paragraph(1)),
        ("6. Accidental release measures", words.paragraph(2)),
    )
    for heading, body in rest:
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.text(40, y, heading)
        y += 15
        pdf.set_font("Helvetica", "", 9)
        for line in wrap(pdf, body, 515):
            pdf.text(40, y, line)
            y += 12
        y += 12
    pdf.add_page()
    y = 60
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.text(40, y, "9. Physical and chemical properties")
    props = (
        ("Appearance", "Viscous liquid, various colours"),
        ("Odour", "Slight"),
        ("pH", "8.0 - 9.0"),
        ("Density", "1.42 g/cm³ at 20 °C"),
        ("VOC content", "< 1 g/l (EU limit cat. A/a: 30 g/l)"),
        ("Pack sizes", "1 L, 2.5 L, 5 L"),
    )
    for label, value in props:
        y += 16
        pdf.set_font("Helvetica", "", 9)
        pdf.text(40, y, label)
        pdf.text(220, y, value)
    y += 30
    for heading in ("11. Toxicological information", "13. Disposal considerations"):
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.text(40, y, heading)
        y += 15
        pdf.set_font("Helvetica", "", 9)
        for line in wrap(pdf, words.paragraph(3), 515):
            pdf.text(40, y, line)
            y += 12
        y += 12
    pdf.set_font("Helvetica", "", 7.5)
    pdf.text(40, 812, "Date of issue 12.01.2026  ·  Supersedes 03.05.2024  ·  Page 2 of 2")
    return pdf


def warranty(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Warranty registration", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(40, 60, "HYDROVA 5-year warranty registration")
    pdf.set_font("Helvetica", "", 9)
    for k, line in enumerate(
        wrap(
            pdf,
            "Register your pump within 30 days of installation to extend the statutory warranty "
            "to five years. Please complete in BLOCK CAPITALS and return to the address below.",
            515,
        )
    ):
        pdf.text(40, 82 + k * 12, line)
    y = 130
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(40, y, "1. Product")
    models = (
        "Aquarius 25-40",
        "Aquarius 25-60",
        "Hydra 3-45",
        "Hydra 5-55",
        "Nerea 4-12",
        "Nerea 4-18",
        "Vortex V 400",
        "Vortex V 750",
    )
    pdf.set_font("Helvetica", "", 9)
    for k, model in enumerate(models):
        x, my = 40 + (k % 4) * 130, y + 20 + (k // 4) * 20
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(x, my - 8, 9, 9)
        pdf.text(x + 14, my, model)
    y += 76
    fields = (
        "Serial number (on the rating plate)",
        "Date of purchase",
        "Purchased from (installer / merchant)",
        "Purchase price (optional)",
    )
    for label in fields:
        pdf.text(40, y, label)
        rule(pdf, y + 16, 0, 40, 555)
        y += 34
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(40, y + 10, "2. Owner")
    y += 30
    pdf.set_font("Helvetica", "", 9)
    for label in ("Name", "Address", "Postcode and town", "Email", "Telephone"):
        pdf.text(40, y, label)
        rule(pdf, y + 16, 0, 40, 555)
        y += 34
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(40, y + 10, "3. Installation")
    y += 30
    pdf.set_font("Helvetica", "", 9)
    for k, use in enumerate(("Heating", "Domestic water", "Well", "Drainage", "Other")):
        pdf.rect(40 + k * 110, y - 8, 9, 9)
        pdf.text(54 + k * 110, y, use)
    pdf.set_font("Helvetica", "", 7.5)
    grey(pdf)
    for k, line in enumerate(wrap(pdf, words.paragraph(3), 515)):
        pdf.text(40, 760 + k * 10, line)
    black(pdf)
    return pdf


def testreport(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Test report TR-2026-0418", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 9)
    pdf.text(40, 40, "ELEKTROPRÜF LABORATORY  ·  accredited to ISO/IEC 17025")
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 76, "Test report TR-2026-0418")
    pdf.set_font("Helvetica", "", 9)
    meta = (
        ("Client", "Consumer Association, Technical Department"),
        ("Subject", "Comparative test of flexible rubber cables H07RN-F 3 G 2.5"),
        ("Samples received", "14 January 2026, bought anonymously in retail"),
        ("Test method", "EN 50395, EN 50396, EN 60332-1-2"),
    )
    for k, (label, value) in enumerate(meta):
        pdf.text(40, 100 + k * 14, label)
        pdf.text(160, 100 + k * 14, value)
    y = 178
    cols = ((40, "l"), (90, "l"), (310, "r"), (370, "r"), (430, "r"), (490, "r"), (555, "r"))
    pdf.set_font("Helvetica", "B", 7.5)
    cells(pdf, y, cols[:4], ["Sample", "Designation as marked", "R20 ohm/km", "Insul. mm"])
    cells(pdf, y, cols[4:], ["Sheath mm", "Flame", "Result"])
    rule(pdf, y + 5, 0)
    samples = ("Kabelwerk Nord", "Flexicab", "Cableo", "Ultraflex", "Generic import", "Voltix")
    pdf.set_font("Helvetica", "", 8.5)
    for k, maker in enumerate(samples, start=1):
        y += 17
        resistance = 7.98 * words.rng.uniform(0.97, 1.05)
        fail = resistance > 8.21 or k == 5
        row = [
            f"S{k:02d}",
            f"{maker} H07RN-F 3G2,5",
            f"{resistance:.2f}",
            f"{words.rng.uniform(0.8, 1.0):.2f}",
            f"{words.rng.uniform(1.6, 2.0):.2f}",
            "fail" if k == 5 else "pass",
            "FAIL" if fail else "PASS",
        ]
        cells(pdf, y, cols, row)
        rule(pdf, y + 5, 225)
    y += 30
    pdf.set_font("Helvetica", "", 8)
    pdf.text(40, y, "Limit values: R20 max. 7.98 ohm/km (+3 % tolerance); insulation min. 0.72 mm.")
    y += 30
    for heading in ("Findings", "Statement of conformity"):
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.text(40, y, heading)
        y += 15
        pdf.set_font("Helvetica", "", 9)
        for line in wrap(pdf, words.paragraph(4), 515):
            pdf.text(40, y, line)
            y += 12
        y += 16
    pdf.text(40, y + 20, "Signed: Dr. H. Brandt, head of laboratory        Date: 2 February 2026")
    return pdf


PPI_SERIES = (
    ("Ready-mixed concrete", 131.4),
    ("Cement", 142.8),
    ("Clay bricks", 128.0),
    ("Structural steel sections", 121.7),
    ("Copper wire and cable", 138.2),
    ("Ceramic sanitaryware", 116.3),
    ("Plastic pipes and fittings", 124.9),
    ("Copper fittings", 133.5),
    ("Paints and varnishes", 119.8),
    ("Luminaires", 112.4),
    ("Pumps", 118.6),
    ("Office furniture", 114.1),
)


def ppi(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Statistical bulletin - construction materials prices", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 8)
    pdf.text(40, 36, "Statistical bulletin  ·  Release 5 December 2026  ·  Official statistics")
    pdf.set_font("Helvetica", "B", 17)
    pdf.text(40, 70, "Building materials and components price index:")
    pdf.text(40, 90, "October 2026")
    pdf.set_font("Helvetica", "", 9.5)
    y = 116
    for line in wrap(
        pdf,
        "The all-work materials index rose by 0.4 % in the month and by 3.1 % in the year to "
        "October 2026. Copper products rose most, following metal prices. " + words.paragraph(2),
        515,
    ):
        pdf.text(40, y, line)
        y += 13
    y += 16
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.text(40, y, "Table 1: Price indices by material, 2021 = 100, not seasonally adjusted")
    y += 20
    cols = ((40, "l"), (300, "r"), (360, "r"), (420, "r"), (485, "r"), (555, "r"))
    pdf.set_font("Helvetica", "B", 8)
    cells(pdf, y, cols, ["Series", "Aug 2026", "Sep 2026", "Oct 2026", "1 month %", "12 months %"])
    rule(pdf, y + 5, 0)
    pdf.set_font("Helvetica", "", 8.5)
    for name, level in PPI_SERIES:
        y += 16
        values = [level + words.rng.uniform(-1.5, 0) for _ in range(2)] + [level]
        month = (values[2] / values[1] - 1) * 100
        year = words.rng.uniform(-1.5, 7.5)
        row = [name, *(f"{v:.1f}" for v in values), f"{month:+.1f}", f"{year:+.1f}"]
        cells(pdf, y, cols, row)
        rule(pdf, y + 5, 228)
    y += 26
    pdf.set_font("Helvetica", "", 7.5)
    grey(pdf)
    for line in wrap(
        pdf, "Source: survey of manufacturers' selling prices. " + words.paragraph(2), 515
    ):
        pdf.text(40, y, line)
        y += 10
    black(pdf)
    return pdf


# === the batch =================================================================================

BLIND_11 = ("luminaire", "twinsheet", "sanitary", "configurator", "colourcard", "pneus")
BLIND_11 += ("cables", "trilingual", "fittings")
BLIND_11_NON_CATALOGS = ("install", "sds", "warranty", "testreport", "ppi")
LAYOUTS_11 = BLIND_11 + BLIND_11_NON_CATALOGS
SCAN_DPI_11 = {"luminaire": 200, "twinsheet": 250, "sanitary": 300, "configurator": 150}
SCAN_DPI_11 |= {"colourcard": 200, "pneus": 200, "cables": 250, "trilingual": 300}
SCAN_DPI_11 |= {"fittings": 200, "install": 150, "sds": 200, "warranty": 200}
SCAN_DPI_11 |= {"testreport": 250, "ppi": 200}
LANGUAGE_11 = {"sanitary": "de", "pneus": "fr"}
LOCALES_11 = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR"}
SEED_11 = 11000
MAKERS_11: dict[str, Callable[[Words, Truth], FPDF]] = {
    "luminaire": luminaire,
    "twinsheet": twinsheet,
    "sanitary": sanitary,
    "configurator": configurator,
    "colourcard": colourcard,
    "pneus": pneus,
    "cables": cables,
    "trilingual": trilingual,
    "fittings": fittings,
    "install": install,
    "sds": sds,
    "warranty": warranty,
    "testreport": testreport,
    "ppi": ppi,
}

# registered beside the earlier batches, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["11"] = Batch(
    LAYOUTS_11, BLIND_11, MAKERS_11, SEED_11, LANGUAGE_11, LOCALES_11, SCAN_DPI_11
)
