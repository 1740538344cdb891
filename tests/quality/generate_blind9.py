"""Blind batch 9: trade catalogs and price books written WITHOUT reading the product engine's rules.

Bench figures, never test floors: only ``bench/quality.py --layouts blind9`` writes them, and the
batch is meant to be scored ONCE, at the end, as an honest estimate on catalogs nobody tuned on.
Nobody who wrote it read ``pdfqueue.engines.catalog*``, ``layout*`` or ``ocr*``, nor ran the
engine on it; its forms are unlike every earlier batch's (1-8).

What counts as a product (what a careful human labeller would list): a thing the document
offers, ONCE, named as printed; its codes, prices and sizes as printed (prices in printed
order). Section headings, categories, brands, legends, column headings, notes, totals and
charges are not. Where two languages print the same item's name, the main one is the name and
the other an ``aliases`` entry. Per layout (files ``b9-<layout>``; seeds ``SEED_9`` + index):

- ``matrix``: a fastener price book (A4): per family a heading ("Socket head cap screw DIN
  912"), a small drawing, and a CROSS-TABLE: thread sizes (M4, M5, ...) as rows under "d x l",
  lengths as columns under a spanning "Length l (mm)" header; an offered cell holds a grey
  article number over a price per 100, others a dash. A product is an offered cell, named
  family + size as a labeller writes it ("Socket head cap screw DIN 912 M6 x 20").
- ``binlist``: a restaurant's cellar list (A4): section headings, columns Bin | Vintage | Wine
  | 125 ml | 175 ml | Bottle; the wine's name regular, the producer in italics after a comma,
  glass prices only for some, "NV" vintages. A wine is a product, named as its wine (without
  the producer); its code the bin number.
- ``seedtables``: a seed catalogue (A4, two columns): per crop a green capitals heading, an
  italic growing note, a small table Code | Variety | Days | Pkt | 10 g | 50 g (dashes where not
  sold), a red "NEW" after some varieties. A variety is a product, named as printed in its row
  (the crop its alias, with the variety: "Provider Dwarf French Bean").
- ``bearings``: a rolling-bearing catalogue table (A4 landscape) with two-level headers
  (Principal dimensions d D B, Basic load ratings C C0, Speed ratings, Mass, Designation,
  Price), the bore d printed only on the first row of its group. A row is a product named by
  its designation ("6204-2Z"), that also its code.
- ``linesheet``: a fashion wholesale line sheet (Letter landscape): rows of a thumbnail, Style #,
  style name, fabric, colour swatches with names, sizes, WHSL and RRP prices. A row is a product
  (the style name; code the style number; WHSL then RRP).
- ``crossref``: an aftermarket parts list (A4) under shaded vehicle headings: Part | Our No. |
  OE No. | Replaces | Net £; the "Replaces" column names another maker and its number. A row is a
  product named by its part description; every printed number is one of its codes.
- ``mobilya``: a Turkish / English furniture catalogue (A4, DejaVu): a cover page with prose,
  then two products a page: a photo, the Turkish name in bold, the English in italics below,
  "Ürün kodu / Code", "G 280 × D 180 × Y 84 cm", materials in both languages, "24.990 TL".
  A product is a block (Turkish name, English alias).
- ``orderform``: a book distributor's trade order form (A4): Qty boxes, ISBN, Author
  ("HOLLOWAY, Ruth"), Title, Format, Pub. date, RRP, category rows; account fields below. A
  title is a product (its ISBN, its RRP).
- ``eyewear``: an optical frames collection (A4, DejaVu, 3 × 3): a frame photo, the model name
  in bold with its model number, a size line "52□18 145", colour codes on swatches, "RRP
  € 149". A frame is a product (name the model name, code the model number).

Batch 9 non-catalogs (truth: no products): ``tender`` (a priced bill of quantities in a
tender: item letters, descriptions, units, quantities, rates, amounts, a collection total),
``paper`` (a materials-science paper, two columns, tables of sample codes and measured values),
``school`` (a school class timetable, days by periods, subject, teacher and room codes),
``minutes`` (a committee's minutes, an action table, a purchase approved in prose with a
price), ``fxrates`` (a bank's exchange-rate board: currency names, ISO codes, buy and sell
rates).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 9 [--scanned]
"""

from __future__ import annotations

from collections.abc import Callable

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo, wrap
from generate_blind import (
    A4_LANDSCAPE,
    LETTER,
    Batch,
    isbn13,
    product,
    right,
    sized_pdf,
)
from generate_blind6 import unicode_pdf

LETTER_LANDSCAPE = (LETTER[1], LETTER[0])


def centre(pdf: FPDF, x_mid: float, y: float, text: str) -> None:
    pdf.text(x_mid - pdf.get_string_width(text) / 2, y, text)


def grey(pdf: FPDF, level: int = 110) -> None:
    pdf.set_text_color(level, level, level)


def black(pdf: FPDF) -> None:
    pdf.set_text_color(0, 0, 0)


# === catalogs ==================================================================================

SCREW_FAMILIES = (
    (
        "Socket head cap screw DIN 912",
        "912",
        "Steel 8.8, zinc plated",
        (4, 5, 6, 8),
        (10, 16, 20, 25, 30, 40),
    ),
    (
        "Hexagon head bolt DIN 931",
        "931",
        "Steel 8.8, hot-dip galvanised",
        (6, 8, 10, 12),
        (40, 50, 60, 80, 100),
    ),
    (
        "Countersunk socket screw ISO 10642",
        "10642",
        "Steel 10.9, black",
        (3, 4, 5, 6),
        (8, 10, 12, 16, 20),
    ),
    (
        "Button head socket screw ISO 7380",
        "7380",
        "Stainless A2",
        (4, 5, 6, 8),
        (8, 10, 12, 16, 20, 25),
    ),
)


def screw_drawing(pdf: FPDF, x: float, y: float, countersunk: bool) -> None:
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.8)
    if countersunk:
        pdf.polygon([(x, y), (x + 14, y + 10), (x + 14, y + 30), (x, y + 40)])
    else:
        pdf.rect(x, y + 4, 16, 32)
    pdf.rect(x + 14, y + 12, 70, 16)
    for k in range(12):
        pdf.line(x + 30 + k * 5, y + 12, x + 33 + k * 5, y + 28)
    pdf.set_line_width(0.3)
    pdf.line(x + 14, y + 44, x + 84, y + 44)
    pdf.set_font("Helvetica", "I", 8)
    centre(pdf, x + 49, y + 53, "l")
    pdf.text(x + 88, y + 23, "d")
    pdf.set_line_width(0.2)


def matrix(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Price book 2026 - machine screws", A4)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(40, 30, "NORFIX TRADE PRICE BOOK 2026")
        pdf.set_font("Helvetica", "", 9)
        right(pdf, 555, 30, "Section 4  Machine screws")
        pdf.set_draw_color(0, 0, 0)
        pdf.line(40, 36, 555, 36)
        y = 70
        for family, din, finish, diameters, lengths in SCREW_FAMILIES[(page - 1) * 2 : page * 2]:
            pdf.set_font("Helvetica", "B", 14)
            pdf.text(40, y, family)
            pdf.set_font("Helvetica", "", 9)
            grey(pdf)
            pdf.text(40, y + 14, f"{finish}. Prices in GBP per 100 pieces.")
            black(pdf)
            screw_drawing(pdf, 440, y - 20, "10642" in din)
            factor = words.rng.uniform(1.6, 2.4)  # the family's price level
            top = y + 34
            first, width = 110, (555 - 110) / len(lengths)
            pdf.set_fill_color(225, 232, 240)
            pdf.rect(40, top, 515, 30, style="F")
            pdf.set_font("Helvetica", "B", 9)
            pdf.text(48, top + 19, "d x l")
            centre(pdf, first + (555 - first) / 2, top + 11, "Length l (mm)")
            pdf.set_draw_color(150, 150, 150)
            pdf.line(first + 6, top + 14, 549, top + 14)
            for k, length in enumerate(lengths):
                centre(pdf, first + (k + 0.5) * width, top + 26, str(length))
            row_y = top + 30
            for d in diameters:
                pdf.set_draw_color(200, 200, 200)
                pdf.line(40, row_y, 555, row_y)
                pdf.set_font("Helvetica", "B", 10)
                pdf.text(48, row_y + 20, f"M{d}")
                fitting = [length for length in lengths if length >= d * 2]
                offered = {length for length in fitting if words.rng.random() < 0.35}
                offered = offered or {fitting[0]}  # every size in the book has a length or two
                for k, length in enumerate(lengths):
                    mid = first + (k + 0.5) * width
                    if length not in offered:
                        pdf.set_font("Helvetica", "", 9)
                        grey(pdf, 150)
                        centre(pdf, mid, row_y + 20, "-")
                        black(pdf)
                        continue
                    code = f"{din}.{d:02d}.{length:03d}"
                    value = (d * d * 0.09 + length * 0.05) * factor
                    price = f"{value:.2f}"
                    pdf.set_font("Helvetica", "", 6.5)
                    grey(pdf)
                    centre(pdf, mid, row_y + 12, code)
                    black(pdf)
                    pdf.set_font("Helvetica", "B", 9.5)
                    centre(pdf, mid, row_y + 25, price)
                    name = f"{family} M{d} x {length}"
                    truth.products.append(
                        product(name, [code], [price], page, sizes=[f"M{d} x {length}"])
                    )
                row_y += 32
            pdf.line(40, row_y, 555, row_y)
            for k in range(len(lengths) + 1):
                pdf.line(
                    first + k * width,
                    top + (14 if 0 < k < len(lengths) else 0),
                    first + k * width,
                    row_y,
                )
            y = row_y + 60
        pdf.set_font("Helvetica", "", 8)
        pdf.text(40, 812, "Minimum order value GBP 25. Carriage paid over GBP 150. E&OE.")
        right(pdf, 555, 812, f"4-{page}")
    return pdf


WINES = (
    (
        "Champagne & Sparkling",
        (
            ("NV", "Crémant de Loire Brut", "Domaine de Langlois", True),
            ("NV", "Prosecco Superiore Valdobbiadene", "Bortolomiol", True),
            ("2015", "Champagne Blanc de Blancs", "Pierre Gimonnet", False),
            ("NV", "English Sparkling Classic Cuvée", "Nyetimber", False),
        ),
    ),
    (
        "White",
        (
            ("2023", "Picpoul de Pinet", "Domaine Félines Jourdan", True),
            ("2022", "Sancerre 'Les Baronnes'", "Henri Bourgeois", True),
            ("2023", "Albariño Rías Baixas", "Pazo de Señoráns", True),
            ("2021", "Chablis Premier Cru Montmains", "Domaine Laroche", False),
            ("2022", "Grüner Veltliner Federspiel", "Domäne Wachau", False),
            ("2020", "Meursault 'Les Tillets'", "Domaine Roulot", False),
        ),
    ),
    (
        "Rosé",
        (
            ("2023", "Côtes de Provence Rosé", "Château Minuty", True),
            ("2023", "Tavel 'La Dame Rousse'", "Domaine de la Mordorée", False),
        ),
    ),
    (
        "Red",
        (
            ("2021", "Côtes du Rhône 'Belleruche'", "M. Chapoutier", True),
            ("2020", "Rioja Reserva 'Viña Ardanza'", "La Rioja Alta", True),
            ("2019", "Malbec 'Catena Alta'", "Catena Zapata", True),
            ("2018", "Barolo 'Cannubi'", "Borgogno", False),
            ("2016", "Saint-Julien 'Clos du Marquis'", "Léoville Las Cases", False),
            ("2021", "Pinot Noir 'Te Muna'", "Craggy Range", False),
            ("2019", "Douro Tinto 'Quinta do Crasto'", "Quinta do Crasto", False),
            ("2017", "Brunello di Montalcino", "Il Poggione", False),
        ),
    ),
    (
        "Sweet & Fortified",
        (
            ("2018", "Sauternes 'Carmes de Rieussec'", "Château Rieussec", True),
            ("NV", "Fino Sherry 'Tio Pepe'", "González Byass", True),
        ),
    ),
)


def binlist(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("The Cellar List", A4)
    cols = {"bin": 40, "vintage": 72, "wine": 118, "g125": 448, "g175": 498, "bottle": 555}
    page, y = 0, 900.0
    bin_no = words.rng.randrange(101, 140)

    def header_row(y: float) -> None:
        pdf.set_font("Helvetica", "B", 7.5)
        grey(pdf, 90)
        pdf.text(cols["bin"], y, "BIN")
        pdf.text(cols["vintage"], y, "VINTAGE")
        pdf.text(cols["wine"], y, "WINE")
        right(pdf, cols["g125"], y, "125 ml")
        right(pdf, cols["g175"], y, "175 ml")
        right(pdf, cols["bottle"], y, "Bottle")
        black(pdf)
        pdf.set_draw_color(120, 120, 120)
        pdf.line(40, y + 4, 555, y + 4)

    for section, wines in WINES:
        if y + 40 + len(wines) * 19 > 790:
            page += 1
            pdf.add_page()
            pdf.set_font("Times", "", 26)
            centre(
                pdf, A4[0] / 2, 62, "The Cellar List" if page == 1 else "The Cellar List, continued"
            )
            pdf.set_font("Times", "I", 10)
            centre(
                pdf,
                A4[0] / 2,
                80,
                "All prices include VAT. Wines by the glass are served in 125 ml or 175 ml"
                " measures.",
            )
            header_row(108)
            y = 140
        pdf.set_font("Times", "B", 13)
        pdf.text(40, y, section.upper())
        y += 20
        for vintage, wine, producer, by_glass in wines:
            bin_no += words.rng.randrange(1, 9)
            bottle = words.rng.randrange(26, 48) if by_glass else words.rng.randrange(42, 190)
            prices = []
            pdf.set_font("Times", "", 10.5)
            pdf.text(cols["bin"], y, str(bin_no))
            pdf.text(cols["vintage"], y, vintage)
            pdf.text(cols["wine"], y, wine + ",")
            pdf.set_font("Times", "I", 10.5)
            pdf.text(cols["wine"] + pdf.get_string_width(wine + ", ") + 1, y, producer)
            pdf.set_font("Times", "", 10.5)
            if by_glass:
                small = f"{round(bottle / 5.2 * 4) / 4:.2f}"
                large = f"{round(bottle / 3.8 * 4) / 4:.2f}"
                right(pdf, cols["g125"], y, small)
                right(pdf, cols["g175"], y, large)
                prices += [small, large]
            bottle_text = f"{bottle}.00"
            right(pdf, cols["bottle"], y, bottle_text)
            prices.append(bottle_text)
            truth.products.append(
                product(wine, [str(bin_no)], prices, page, producer=producer, vintage=vintage)
            )
            y += 19
        y += 14
    for number in range(1, page + 1):
        pdf.page = number
        pdf.set_font("Times", "I", 8.5)
        centre(pdf, A4[0] / 2, 815, f"Please ask our sommelier for older vintages  ~  {number}")
    pdf.page = page
    return pdf


CROPS = (
    (
        "BEAN, DWARF FRENCH",
        "Dwarf French Bean",
        "Sow outdoors May to July, 5 cm deep.",
        ("Provider", "Cobra", "Purple Teepee"),
    ),
    (
        "BEETROOT",
        "Beetroot",
        "Sow thinly March to July; pull at golf-ball size.",
        ("Boltardy", "Chioggia", "Burpees Golden"),
    ),
    (
        "CARROT",
        "Carrot",
        "Sow April to June in light, stone-free soil.",
        ("Autumn King 2", "Nantes 5", "Flyaway F1"),
    ),
    (
        "LETTUCE",
        "Lettuce",
        "Sow little and often, March to August.",
        ("Little Gem", "Lollo Rosso", "Tom Thumb"),
    ),
    (
        "PEA",
        "Pea",
        "Sow March to June in a flat-bottomed drill.",
        ("Kelvedon Wonder", "Hurst Green Shaft", "Sugar Ann"),
    ),
    (
        "TOMATO",
        "Tomato",
        "Sow indoors February to April at 18-21 °C.",
        ("Gardener's Delight", "Shirley F1", "Black Krim"),
    ),
    (
        "COURGETTE",
        "Courgette",
        "Sow indoors April, plant out after the last frost.",
        ("Defender F1", "Black Beauty", "Soleil F1"),
    ),
    (
        "RADISH",
        "Radish",
        "Sow outdoors March to September, every two weeks.",
        ("French Breakfast 3", "Cherry Belle", "Mooli Minowase"),
    ),
)


VARIETY_NOTES = (
    "Heavy cropper, stringless pods.",
    "Reliable even in a cool summer.",
    "Excellent flavour, stores well.",
    "Good resistance to bolting.",
    "Compact plants for pots and patios.",
    "Award of Garden Merit.",
    "Smooth skin, deep colour.",
    "Early and uniform.",
    "Striking colour in the kitchen.",
)


def seedtables(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Hedgerow Seeds - vegetable catalogue 2026", A4)
    code_no = 2000
    for page in (1, 2):
        pdf.add_page()
        pdf.set_fill_color(60, 110, 50)
        pdf.rect(0, 0, A4[0], 46, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Times", "BI", 20)
        pdf.text(40, 31, "Hedgerow Seeds")
        pdf.set_font("Helvetica", "", 9)
        right(pdf, 555, 30, "Vegetable seeds 2026  |  order line 01632 960 412")
        black(pdf)
        for slot in range(4):
            column, row = slot % 2, slot // 2
            crop, crop_name, note, varieties = CROPS[(page - 1) * 4 + slot]
            x, y = 40 + column * 265, 80 + row * 370
            pdf.image(photo(9100 + page * 10 + slot, (240, 110)), x=x, y=y, w=250, h=120)
            y += 144
            pdf.set_text_color(60, 110, 50)
            pdf.set_font("Helvetica", "B", 12)
            pdf.text(x, y, crop)
            black(pdf)
            pdf.set_font("Times", "I", 9)
            for line in wrap(pdf, note, 250):
                y += 13
                pdf.text(x, y, line)
            y += 20
            heads = (("Code", 0, False), ("Variety", 40, False), ("Days", 150, True))
            heads += (("Pkt", 185, True), ("10 g", 217, True), ("50 g", 250, True))
            pdf.set_font("Helvetica", "B", 7.5)
            for label, dx, is_right in heads:
                if is_right:
                    right(pdf, x + dx, y, label)
                else:
                    pdf.text(x + dx, y, label)
            pdf.set_draw_color(60, 110, 50)
            pdf.line(x, y + 4, x + 250, y + 4)
            for variety in varieties:
                y += 17
                code_no += words.rng.randrange(3, 40)
                code = f"V{code_no}"
                pdf.set_font("Helvetica", "", 8.5)
                pdf.text(x, y, code)
                pdf.set_font("Helvetica", "B", 8.5)
                pdf.text(x + 40, y, variety)
                if words.rng.random() < 0.25:
                    width = pdf.get_string_width(variety)
                    pdf.set_text_color(200, 30, 30)
                    pdf.set_font("Helvetica", "B", 6)
                    pdf.text(x + 43 + width, y - 2, "NEW")
                    black(pdf)
                pdf.set_font("Helvetica", "", 8.5)
                right(pdf, x + 150, y, str(words.rng.randrange(25, 120)))
                packet = f"{words.rng.choice((1.95, 2.25, 2.49, 2.75, 2.99, 3.45)):.2f}"
                prices = [packet]
                right(pdf, x + 185, y, packet)
                for dx, factor in ((217, 2.6), (250, 9.5)):
                    if "F1" in variety or crop in ("TOMATO", "COURGETTE"):
                        right(pdf, x + dx, y, "-")
                        continue
                    bulk = f"{float(packet) * factor:.2f}"
                    right(pdf, x + dx, y, bulk)
                    prices.append(bulk)
                note_text = words.rng.choice(VARIETY_NOTES)
                pdf.set_font("Times", "I", 8)
                grey(pdf, 90)
                y += 11
                pdf.text(x + 40, y, note_text)
                black(pdf)
                pdf.set_draw_color(215, 225, 210)
                pdf.line(x, y + 5, x + 250, y + 5)
                truth.products.append(
                    product(
                        variety,
                        [code],
                        prices,
                        page,
                        aliases=[f"{variety} {crop_name}"],
                        description=note_text,
                    )
                )
        pdf.set_font("Helvetica", "", 8)
        grey(pdf)
        pdf.text(
            40,
            818,
            "Pkt = packet; F1 hybrids and tomatoes in packets only. Days = sowing to harvest.",
        )
        right(pdf, 555, 818, str(page + 11))
        black(pdf)
    return pdf


BORES = (
    (10, ((26, 8), (30, 9), (35, 11))),
    (12, ((28, 8), (32, 10), (37, 12))),
    (15, ((32, 9), (35, 11), (42, 13))),
    (17, ((35, 10), (40, 12), (47, 14))),
    (20, ((42, 12), (47, 14), (52, 15))),
    (25, ((47, 12), (52, 15), (62, 17))),
)
BORE_CODE = {10: "00", 12: "01", 15: "02", 17: "03", 20: "04", 25: "05"}


def bearings(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Deep groove ball bearings, single row", A4_LANDSCAPE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 17)
    pdf.text(40, 50, "Deep groove ball bearings, single row")
    pdf.set_font("Helvetica", "", 9)
    pdf.text(
        40, 66, "Open, shielded (2Z) or sealed (2RS1). d 10 - 25 mm. Prices net per piece, EUR."
    )
    # a cross-section sketch
    pdf.set_draw_color(40, 40, 40)
    pdf.rect(660, 30, 90, 16)
    pdf.rect(660, 64, 90, 16)
    pdf.ellipse(690, 44, 22, 22)
    pdf.set_font("Helvetica", "I", 8)
    pdf.text(756, 58, "B")
    pdf.text(640, 58, "D  d")
    xs = {"d": 70, "D": 110, "B": 150, "C": 215, "C0": 265, "Pu": 325, "ref": 400, "lim": 465}
    xs |= {"mass": 530, "des": 575, "price": 760}
    top = 100
    pdf.set_fill_color(230, 230, 230)
    pdf.rect(40, top, 762, 38, style="F")
    pdf.set_font("Helvetica", "B", 8)
    groups = (("Principal dimensions", 50, 160), ("Basic load ratings", 180, 275))
    groups += (("Fatigue load limit", 290, 335), ("Speed ratings", 360, 475))
    for label, x0, x1 in groups:
        centre(pdf, (x0 + x1) / 2, top + 12, label)
        pdf.line(x0, top + 15, x1, top + 15)
    pdf.text(xs["mass"] - 22, top + 12, "Mass")
    pdf.text(xs["des"], top + 12, "Designation")
    right(pdf, xs["price"], top + 12, "Price")
    pdf.set_font("Helvetica", "", 7.5)
    subs = (("d", "d"), ("D", "D"), ("B", "B"), ("C", "C dyn."), ("C0", "C0 stat."), ("Pu", "Pu"))
    subs += (("ref", "Reference"), ("lim", "Limiting"), ("mass", "kg"), ("price", "EUR"))
    for key, label in subs:
        right(pdf, xs[key], top + 26, label)
    for key, unit in (("B", "mm"), ("C0", "kN"), ("Pu", "kN"), ("lim", "r/min")):
        right(pdf, xs[key], top + 35, unit)
    y = top + 56
    for bore, sizes in BORES:
        for k, (outer, width) in enumerate(sizes):
            series = ("60", "62", "63")[k]
            suffix = words.rng.choice(("", "-2Z", "-2RS1"))
            designation = f"{series}{BORE_CODE[bore]}{suffix}"
            c_dyn = (outer * width) * words.rng.uniform(0.016, 0.02)
            values = {
                "D": str(outer),
                "B": str(width),
                "C": f"{c_dyn:.2f}",
                "C0": f"{c_dyn * 0.52:.2f}",
                "Pu": f"{c_dyn * 0.022:.3f}",
                "ref": f"{int(1_300_000 / outer) // 100 * 100:,}".replace(",", " "),
                "lim": f"{int(800_000 / outer) // 100 * 100:,}".replace(",", " "),
                "mass": f"{outer * outer * width * 2.1e-6:.3f}",
                "price": f"{words.rng.uniform(3.5, 7) + outer * 0.12 + (2.5 if suffix else 0):.2f}",
            }
            pdf.set_font("Helvetica", "B" if k == 0 else "", 9)
            if k == 0:
                right(pdf, xs["d"], y, str(bore))
            pdf.set_font("Helvetica", "", 9)
            for key, value in values.items():
                right(pdf, xs[key], y, value)
            pdf.set_font("Helvetica", "B", 9)
            pdf.text(xs["des"], y, designation)
            pdf.set_draw_color(215, 215, 215)
            if k == 2:
                pdf.line(40, y + 6, 802, y + 6)
            truth.products.append(
                product(
                    designation,
                    [designation],
                    [values["price"]],
                    1,
                    sizes=[f"{bore} x {outer} x {width} mm"],
                )
            )
            y += 17
        y += 4
    pdf.set_font("Helvetica", "", 7.5)
    grey(pdf)
    pdf.text(
        40,
        560,
        "Reference speed for oil lubrication; sealed bearings are limited to the limiting"
        " speed of the seal.",
    )
    pdf.text(
        40,
        571,
        "Suffix 2Z: shields on both sides. 2RS1: contact seals on both sides."
        " Catalogue 10.4, page 312.",
    )
    black(pdf)
    return pdf


STYLES = (
    ("Harbour Linen Shirt", "100% linen", ("Ecru", "Navy")),
    ("Dune Wide Trouser", "55% linen, 45% viscose", ("Sand", "Black")),
    ("Coastline Knit Polo", "100% organic cotton", ("Stone", "Sage", "Rust")),
    ("Marina Wrap Dress", "100% Tencel lyocell", ("Ink", "Terracotta")),
    ("Pier Chore Jacket", "100% cotton twill", ("Olive", "Ecru")),
    ("Tide Pleated Skirt", "100% recycled polyester", ("Black", "Dove")),
    ("Saltmarsh Cardigan", "70% cotton, 30% alpaca", ("Oat", "Moss")),
    ("Breakwater Short", "98% cotton, 2% elastane", ("Navy", "Sand", "White")),
    ("Lighthouse Striped Tee", "100% cotton jersey", ("Ecru/Navy", "White/Red")),
    ("Estuary Overshirt", "60% wool, 40% polyamide", ("Charcoal", "Camel")),
    ("Gull Poplin Blouse", "100% cotton poplin", ("White", "Sky")),
    ("Quay Cargo Pant", "100% cotton ripstop", ("Khaki", "Black")),
)
SWATCH = {
    "Ecru": (235, 228, 210),
    "Navy": (30, 40, 80),
    "Sand": (214, 196, 160),
    "Black": (20, 20, 20),
    "Stone": (190, 184, 172),
    "Sage": (160, 175, 145),
    "Rust": (170, 80, 40),
    "Ink": (35, 40, 60),
    "Terracotta": (190, 100, 70),
    "Olive": (110, 110, 60),
    "Dove": (180, 180, 185),
    "Oat": (220, 205, 175),
    "Moss": (95, 110, 60),
    "White": (250, 250, 250),
    "Charcoal": (60, 60, 62),
    "Camel": (190, 150, 100),
    "Sky": (160, 200, 230),
    "Khaki": (150, 140, 100),
    "Ecru/Navy": (130, 130, 150),
    "White/Red": (230, 150, 150),
}


def linesheet(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Marlow & Finch SS26 line sheet", LETTER_LANDSCAPE)
    xs = {"img": 36, "style": 110, "name": 180, "fabric": 330, "colours": 460, "sizes": 600}
    xs |= {"whsl": 690, "rrp": 756}
    number = words.rng.randrange(100, 120)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Times", "", 22)
        pdf.text(36, 44, "MARLOW & FINCH")
        pdf.set_font("Helvetica", "", 9)
        right(pdf, 756, 36, "SPRING / SUMMER 2026")
        right(pdf, 756, 48, "WHOLESALE LINE SHEET  -  USD")
        pdf.set_draw_color(0, 0, 0)
        pdf.line(36, 58, 756, 58)
        pdf.set_font("Helvetica", "B", 7.5)
        for key, label in (("style", "STYLE #"), ("name", "STYLE NAME"), ("fabric", "FABRICATION")):
            pdf.text(xs[key], 74, label)
        pdf.text(xs["colours"], 74, "COLOURS")
        pdf.text(xs["sizes"], 74, "SIZES")
        right(pdf, xs["whsl"], 74, "WHSL")
        right(pdf, xs["rrp"], 74, "RRP")
        y = 82
        for index in range(6):
            name, fabric, colours = STYLES[(page - 1) * 6 + index]
            number += words.rng.randrange(1, 6)
            style = f"MF26-{number}"
            pdf.image(photo(9300 + page * 10 + index, (60, 80)), x=xs["img"], y=y, w=54, h=72)
            base = y + 22
            pdf.set_font("Helvetica", "", 9)
            pdf.text(xs["style"], base, style)
            pdf.set_font("Helvetica", "B", 10)
            pdf.text(xs["name"], base, name)
            pdf.set_font("Helvetica", "", 8.5)
            for k, line in enumerate(wrap(pdf, fabric, 120)):
                pdf.text(xs["fabric"], base + k * 11, line)
            for k, colour in enumerate(colours):
                pdf.set_fill_color(*SWATCH[colour])
                pdf.set_draw_color(150, 150, 150)
                pdf.rect(xs["colours"], base - 8 + k * 13, 9, 9, style="DF")
                pdf.text(xs["colours"] + 14, base + k * 13, colour)
            sizes = words.rng.choice(("XS - XL", "0 - 12", "S - XXL", "One size", "26 - 34"))
            pdf.text(xs["sizes"], base, sizes)
            whsl = words.rng.randrange(24, 90)
            rrp = int(whsl * 2.5) - 0.05
            pdf.set_font("Helvetica", "B", 9.5)
            right(pdf, xs["whsl"], base, f"${whsl}.00")
            pdf.set_font("Helvetica", "", 9.5)
            right(pdf, xs["rrp"], base, f"${rrp:.2f}")
            pdf.set_draw_color(210, 210, 210)
            pdf.line(36, y + 78, 756, y + 78)
            truth.products.append(
                product(
                    name,
                    [style],
                    [f"${whsl}.00", f"${rrp:.2f}"],
                    page,
                    sizes=[sizes],
                    description=fabric,
                )
            )
            y += 82
        pdf.set_font("Helvetica", "", 7.5)
        grey(pdf)
        pdf.text(
            36,
            590,
            "Minimum 6 units per style, sizes may be mixed. Delivery window 15 Jan - 28 Feb"
            " 2026. Net 30.",
        )
        right(pdf, 756, 590, f"{page} / 2")
        black(pdf)
    return pdf


VEHICLES = (
    (
        "VOLKSWAGEN  GOLF VII  1.6 TDI  (2013 - 2020)",
        (
            ("Oil filter element", "04E 115 561", "OX 388D", 7.45, "Mahle"),
            ("Air filter panel", "5Q0 129 620", "C 35 154", 11.20, "Mann"),
            ("Brake pad set, front axle", "5Q0 698 151", "0 986 494 660", 32.90, "Bosch"),
            ("Brake disc, front, 312 mm vented", "5Q0 615 301", "BD-1412", 41.60, "Brembo"),
            ("Timing belt kit with water pump", "04L 198 119", "KTBWP 8810", 164.00, "Dayco"),
            ("Glow plug 11 V", "N 105 651 01", "0 250 403 009", 14.80, "Bosch"),
        ),
    ),
    (
        "FORD  FOCUS III  1.0 EcoBoost  (2012 - 2018)",
        (
            ("Spark plug, iridium", "CYFS-12Y-2", "ILKAR7L11", 12.95, "NGK"),
            ("Cabin filter, activated carbon", "1 709 013", "CUK 2862", 16.40, "Mann"),
            ("Wiper blade set 650/430 mm", "1 799 716", "3 397 007 187", 24.50, "Bosch"),
            ("Drive belt 6PK1070", "1 708 939", "6PK1070", 18.30, "Gates"),
            ("Thermostat with housing, 90 °C", "1 778 373", "TH6790.90J", 38.75, "Wahler"),
        ),
    ),
    (
        "TOYOTA  YARIS III  1.33 VVT-i  (2011 - 2020)",
        (
            ("Shock absorber, front left, gas", "48520-0D540", "333416", 58.20, "KYB"),
            ("Wheel bearing kit, rear", "42450-52060", "VKBA 7433", 47.10, "SKF"),
            ("Clutch kit, 3-piece", "31250-52201", "624 3370 00", 139.00, "LuK"),
            ("Fuel filter, in-line", "23300-21030", "KL 570", 21.85, "Mahle"),
            ("Anti-roll bar link, front", "48820-0D030", "JTS441", 15.60, "TRW"),
        ),
    ),
)


def crossref(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Partsline cross-reference price list", A4)
    xs = {"part": 40, "our": 235, "oe": 300, "rep": 390, "net": 555}
    ours = words.rng.randrange(40000, 41000)
    for page, vehicles in ((1, VEHICLES[:2]), (2, VEHICLES[2:])):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 15)
        pdf.text(40, 48, "PARTSLINE  Cross-reference price list")
        pdf.set_font("Helvetica", "", 8.5)
        pdf.text(40, 62, "Trade prices in GBP excluding VAT. Check the OE number before ordering.")
        pdf.set_font("Helvetica", "B", 8)
        y = 88
        pdf.text(xs["part"], y, "Part")
        pdf.text(xs["our"], y, "Our No.")
        pdf.text(xs["oe"], y, "OE No.")
        pdf.text(xs["rep"], y, "Replaces")
        right(pdf, xs["net"], y, "Net £")
        pdf.set_draw_color(0, 0, 0)
        pdf.line(40, y + 4, 555, y + 4)
        y += 16
        for vehicle, parts in vehicles:
            y += 10
            pdf.set_fill_color(235, 235, 235)
            pdf.rect(40, y - 11, 515, 16, style="F")
            pdf.set_font("Helvetica", "B", 9)
            pdf.text(44, y, vehicle)
            y += 20
            for part, oe, other, price, maker in parts:
                ours += words.rng.randrange(3, 90)
                our = f"PL-{ours}"
                pdf.set_font("Helvetica", "", 8.5)
                lines = wrap(pdf, part, 185)
                for k, line in enumerate(lines):
                    pdf.text(xs["part"], y + k * 10, line)
                pdf.set_font("Courier", "B", 8.5)
                pdf.text(xs["our"], y, our)
                pdf.set_font("Courier", "", 8.5)
                pdf.text(xs["oe"], y, oe)
                pdf.text(xs["rep"], y, f"{maker} {other}")
                pdf.set_font("Helvetica", "B", 8.5)
                price_text = f"{price:.2f}"
                right(pdf, xs["net"], y, price_text)
                y += 10 * len(lines) + 8
                pdf.set_draw_color(220, 220, 220)
                pdf.line(40, y - 12, 555, y - 12)
                truth.products.append(
                    product(part, [our, oe, other], [price_text], page, fits=vehicle)
                )
        pdf.set_font("Helvetica", "", 8)
        right(pdf, 555, 815, f"Page {page}")
    return pdf


MOBILYA = (
    (
        "Ada Köşe Koltuk",
        "Ada Corner Sofa",
        "G 280 × D 180 × Y 84 cm",
        "Kumaş: bukle, krem",
        "Fabric: bouclé, cream",
    ),
    (
        "Lina Yemek Masası",
        "Lina Dining Table",
        "G 200 × D 95 × Y 76 cm",
        "Masif meşe, yağlı",
        "Solid oak, oiled",
    ),
    (
        "Mira Sandalye",
        "Mira Chair",
        "G 48 × D 55 × Y 81 cm",
        "Ceviz kaplama, keten döşeme",
        "Walnut veneer, linen seat",
    ),
    (
        "Deniz Kitaplık",
        "Deniz Bookcase",
        "G 90 × D 35 × Y 210 cm",
        "Lake, kum beji",
        "Lacquer, sand beige",
    ),
    (
        "Selin Berjer",
        "Selin Armchair",
        "G 78 × D 82 × Y 92 cm",
        "Kadife, zeytin yeşili",
        "Velvet, olive green",
    ),
    (
        "Çınar Orta Sehpa",
        "Çınar Coffee Table",
        "Ø 90 × Y 38 cm",
        "Traverten tabla, metal ayak",
        "Travertine top, metal base",
    ),
    (
        "Göl Konsol",
        "Göl Console",
        "G 160 × D 40 × Y 78 cm",
        "Füme cam, pirinç detay",
        "Smoked glass, brass detail",
    ),
    (
        "Yaz Şezlong",
        "Yaz Lounger",
        "G 70 × D 190 × Y 35 cm",
        "Tik ağacı, dış mekân",
        "Teak, outdoor",
    ),
)


TR_LINES = (
    "Zamansız çizgileriyle her mekâna uyum sağlar; kılıfı çıkarılabilir ve yıkanabilir.",
    "Dayanıklı iskeleti ve özenli işçiliğiyle uzun yıllar kullanım için tasarlandı.",
    "Doğal malzemenin dokusu her parçada farklıdır; bu, el yapımı olmanın izidir.",
    "Ücretsiz teslimat ve kurulum İstanbul, Ankara ve İzmir'de geçerlidir.",
)


def mobilya(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Ev & Yaşam Koleksiyonu 2026", A4)
    pdf.add_font("DejaVu", "I", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf")
    pdf.add_page()
    pdf.image(photo(9500, (600, 380)), x=0, y=0, w=A4[0], h=380)
    pdf.set_font("DejaVu", "B", 30)
    pdf.text(40, 440, "Ev & Yaşam 2026")
    pdf.set_font("DejaVu", "I", 14)
    pdf.text(40, 464, "Home & Living Collection")
    pdf.set_font("DejaVu", "", 10)
    y = 500
    intro = (
        "Yeni koleksiyonumuz doğal malzemeleri ve sade çizgileri bir araya getiriyor. "
        "Tüm ürünlerimiz İstanbul'daki atölyemizde el işçiliğiyle üretilir ve iki yıl garantilidir."
    )
    for line in wrap(pdf, intro + " " + TR_LINES[3], 515):
        pdf.text(40, y, line)
        y += 14
    pdf.set_font("DejaVu", "I", 10)
    y += 8
    english = (
        "Our new collection brings natural materials and simple lines together. Every piece is "
        "handmade in our Istanbul workshop and carries a two-year guarantee."
    )
    for line in wrap(pdf, english, 515):
        pdf.text(40, y, line)
        y += 14
    code = words.rng.randrange(4100, 4200)
    for page in (2, 3, 4, 5):
        pdf.add_page()
        pdf.set_font("DejaVu", "", 8)
        pdf.text(40, 30, "EV & YAŞAM  ·  Oturma ve yemek odası / Living and dining")
        for slot in (0, 1):
            tr_name, en_name, dims, tr_mat, en_mat = MOBILYA[(page - 2) * 2 + slot]
            y = 60 + slot * 385
            pdf.image(photo(9510 + page * 2 + slot, (300, 220)), x=40, y=y, w=300, h=220)
            x = 360
            pdf.set_font("DejaVu", "B", 16)
            pdf.text(x, y + 24, tr_name)
            pdf.set_font("DejaVu", "I", 11)
            pdf.text(x, y + 42, en_name)
            code += words.rng.randrange(2, 30)
            code_text = f"MB-{code}"
            pdf.set_font("DejaVu", "", 8.5)
            pdf.text(x, y + 70, f"Ürün kodu / Code: {code_text}")
            pdf.text(x, y + 86, dims)
            pdf.text(x, y + 102, tr_mat)
            pdf.set_font("DejaVu", "I", 8.5)
            pdf.text(x, y + 116, en_mat)
            value = words.rng.randrange(60, 600) * 50 - 10
            price = f"{value:,} TL".replace(",", ".")
            pdf.set_font("DejaVu", "B", 18)
            pdf.text(x, y + 160, price)
            pdf.set_font("DejaVu", "", 7.5)
            pdf.text(x, y + 174, "KDV dahil / VAT included")
            pdf.set_font("DejaVu", "", 9)
            for k, line in enumerate(wrap(pdf, words.rng.choice(TR_LINES), 515)):
                pdf.text(40, y + 244 + k * 12, line)
            truth.products.append(
                product(tr_name, [code_text], [price], page, aliases=[en_name], sizes=[dims])
            )
        pdf.set_font("DejaVu", "", 8)
        right(pdf, 555, 815, str(page))
    return pdf


AUTHORS = ("Ruth Holloway", "Tomasz Wierzba", "Amara Okafor", "Jonah Pike", "Elin Sandberg")
AUTHORS += ("Priya Raman", "Daniel Ferris", "Maud Lefèvre", "Callum Reid", "Yuki Tanabe")
AUTHORS += ("Grace Adeyemi", "Owen Tregarthen", "Hannah Kowal", "Luis Carvalho", "Isla Mackay")
TITLES = {
    "FICTION": (
        "A Field of Small Lanterns",
        "The Ferryman's Year",
        "What the Tide Keeps",
        "Nine Rooms in Lisbon",
        "The Orchard at Dusk",
        "Paper Birds",
    ),
    "CRIME & THRILLER": (
        "Cold Harbour Road",
        "The Quiet Witness",
        "A Knife in Winter",
        "Dead Reckoning",
        "The Ninth Floor",
    ),
    "NON-FICTION": (
        "The Salt Roads",
        "How Bridges Stand Up",
        "A Short History of Maps",
        "Mushrooms of the North",
        "The Sleep Cure",
    ),
    "CHILDREN'S": (
        "Otter Goes to Sea",
        "The Moon Is a Biscuit",
        "Zara and the Clockwork Fox",
        "Dinosaur Detectives",
    ),
}


def orderform(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Kestrel Books Distribution - new titles order form", A4)
    xs = {"qty": 40, "isbn": 72, "author": 170, "title": 265, "fmt": 430, "pub": 470, "rrp": 555}
    authors = list(AUTHORS)
    words.rng.shuffle(authors)
    sections = list(TITLES.items())
    for page, chunk in ((1, sections[:2]), (2, sections[2:])):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 14)
        pdf.text(40, 46, "KESTREL BOOKS DISTRIBUTION")
        pdf.set_font("Helvetica", "", 9)
        pdf.text(
            40,
            60,
            "New titles March - May 2026  |  Trade order form  |  Standard terms, 35% discount",
        )
        y = 86
        pdf.set_fill_color(30, 30, 30)
        pdf.rect(40, y - 11, 515, 16, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 7.5)
        for key, label in (
            ("qty", "Qty"),
            ("isbn", "ISBN"),
            ("author", "Author"),
            ("title", "Title"),
        ):
            pdf.text(xs[key] + 2, y, label)
        pdf.text(xs["fmt"], y, "Format")
        pdf.text(xs["pub"], y, "Pub.")
        right(pdf, xs["rrp"] - 2, y, "RRP")
        black(pdf)
        y += 22
        for category, titles in chunk:
            pdf.set_font("Helvetica", "B", 9)
            pdf.text(40, y, category)
            y += 18
            for title in titles:
                author = authors.pop()
                first, last = author.split(" ", 1)
                isbn = isbn13(words).replace("-", "")
                binding = words.rng.choice(("HB", "PB", "TPB"))
                rrp = {"HB": ("20.00", "22.00", "18.99"), "PB": ("9.99", "10.99", "8.99")}.get(
                    binding, ("14.99", "16.99")
                )
                price = f"£{words.rng.choice(rrp)}"
                month = words.rng.choice(("Mar", "Apr", "May"))
                pdf.set_draw_color(120, 120, 120)
                pdf.rect(xs["qty"], y - 9, 22, 12)
                pdf.set_font("Helvetica", "", 8)
                pdf.text(xs["isbn"], y, isbn)
                pdf.text(xs["author"], y, f"{last.upper()}, {first}")
                pdf.set_font("Helvetica", "B", 8)
                pdf.text(xs["title"], y, title)
                pdf.set_font("Helvetica", "", 8)
                pdf.text(xs["fmt"], y, binding)
                pdf.text(xs["pub"], y, f"{month} 26")
                right(pdf, xs["rrp"], y, price)
                truth.products.append(
                    product(title, [isbn], [price], page, author=f"{last.upper()}, {first}")
                )
                y += 19
                if not authors:
                    authors = list(AUTHORS)
            y += 12
        if page == 2:
            y += 10
            pdf.set_font("Helvetica", "", 9)
            for label in ("Account no.", "Shop name", "Order ref.", "Total copies"):
                pdf.text(40, y, label)
                pdf.line(130, y + 2, 330, y + 2)
                y += 22
        pdf.set_font("Helvetica", "", 7.5)
        pdf.text(
            40,
            812,
            "HB hardback, PB paperback, TPB trade paperback. Prices and dates subject to change.",
        )
        right(pdf, 555, 812, f"{page}/2")
    return pdf


FRAMES = (
    "Hayes",
    "Linden",
    "Morrow",
    "Astor",
    "Bexley",
    "Calloway",
    "Delphine",
    "Ember",
    "Fenwick",
    "Gilda",
    "Harlow",
    "Iver",
    "Juno",
    "Kensal",
    "Larkin",
    "Marlo",
    "Nell",
    "Orsino",
)
FRAME_COLOURS = ((20, 20, 20), (120, 70, 40), (180, 150, 90), (90, 100, 120), (160, 40, 50))


def eyewear(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Vela Optical collection 2026", A4)
    model = words.rng.randrange(3000, 3050)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 20)
        pdf.text(40, 52, "VELA")
        pdf.set_font("DejaVu", "", 9)
        pdf.text(
            104,
            52,
            ("Optical collection 2026  ·  Acetate", "Optical collection 2026  ·  Metal & titanium")[
                page - 1
            ],
        )
        for index in range(9):
            name = FRAMES[(page - 1) * 9 + index]
            x, y = 40 + (index % 3) * 176, 80 + (index // 3) * 245
            pdf.set_draw_color(225, 225, 225)
            pdf.rect(x, y, 164, 232)
            pdf.image(photo(9700 + page * 10 + index, (200, 90)), x=x + 8, y=y + 10, w=148, h=66)
            model += words.rng.randrange(1, 12)
            number = f"VL {model}"
            pdf.set_font("DejaVu", "B", 14)
            pdf.text(x + 10, y + 104, name)
            pdf.set_font("DejaVu", "", 9)
            right(pdf, x + 154, y + 104, number)
            eye, bridge = words.rng.randrange(46, 56), words.rng.randrange(16, 22)
            temple = words.rng.choice((135, 140, 145, 150))
            size = f"{eye}□{bridge} {temple}"
            pdf.set_font("DejaVu", "", 8.5)
            pdf.text(x + 10, y + 124, size)
            colours = sorted(words.rng.sample(range(len(FRAME_COLOURS)), words.rng.randrange(2, 5)))
            for k, colour in enumerate(colours):
                pdf.set_fill_color(*FRAME_COLOURS[colour])
                pdf.ellipse(x + 10 + k * 36, y + 140, 10, 10, style="F")
                pdf.set_font("DejaVu", "", 7)
                pdf.text(x + 23 + k * 36, y + 148, f"C{colour + 1}")
            pdf.set_font("DejaVu", "", 7.5)
            pdf.text(
                x + 10,
                y + 176,
                words.rng.choice(("Unisex", "Women", "Men"))
                + " · "
                + words.rng.choice(("Panto", "Rectangle", "Cat-eye", "Round", "Square")),
            )
            price = f"€ {words.rng.choice((119, 129, 139, 149, 169, 189, 219))}"
            pdf.set_font("DejaVu", "B", 11)
            pdf.text(x + 10, y + 212, f"RRP {price}")
            truth.products.append(product(name, [number], [price], page, sizes=[size]))
        pdf.set_font("DejaVu", "", 7.5)
        pdf.text(
            40,
            818,
            "Sizes: eye □ bridge, temple in mm. Colours C1 black, C2 havana, C3 gold, C4 slate,"
            " C5 burgundy.",
        )
        right(pdf, 555, 818, str(page))
    return pdf


# === non-catalogs ==============================================================================

BOQ = (
    ("A", "Excavate topsoil average 150 mm deep and remove from site", "m²", 420, 6.85),
    ("B", "Excavate trench for strip foundation not exceeding 1.00 m deep", "m³", 64, 38.20),
    ("C", "Earthwork support to sides of excavation", "m²", 128, 4.10),
    ("D", "Disposal of excavated material off site to licensed tip", "m³", 96, 42.50),
    ("E", "Hardcore filling, 150 mm thick, compacted in layers", "m²", 310, 11.75),
    ("F", "Plain in-situ concrete C25/30 in strip foundations", "m³", 58, 128.00),
    ("G", "Reinforced concrete C32/40 in ground slab, 200 mm thick", "m³", 62, 165.00),
    ("H", "High-yield steel bar reinforcement, 12 mm, to BS 4449", "t", 4.2, 1240.00),
    ("J", "Formwork to edges of slab, not exceeding 250 mm high", "m", 140, 18.40),
    ("K", "Damp-proof membrane, 1200 gauge polythene, lapped joints", "m²", 335, 3.20),
    ("L", "Rigid insulation board, 100 mm, under slab", "m²", 310, 21.60),
)


def tender(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("ITT RPS-2026-04 Bill of Quantities", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 60, "Invitation to Tender RPS-2026-04")
    pdf.set_font("Helvetica", "", 11)
    pdf.text(40, 78, "Riverside Primary School: extension and refurbishment")
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, 110, "1.  Instructions to tenderers")
    pdf.set_font("Helvetica", "", 9.5)
    y = 128
    text = (
        "Tenders shall be returned in a sealed envelope marked with the tender reference no later "
        "than 12:00 on 20 January 2027. The Bill of Quantities is to be priced in full; rates are "
        "to include all labour, plant, materials, overheads and profit. Quantities are measured in "
        "accordance with NRM2 and are provisional where so marked. "
    ) + words.paragraph(3)
    for line in wrap(pdf, text, 515):
        pdf.text(40, y, line)
        y += 13
    pdf.set_font("Helvetica", "B", 11)
    y += 14
    pdf.text(40, y, "Bill No. 3  Substructure")
    y += 20
    xs = {"item": 40, "desc": 64, "unit": 350, "qty": 415, "rate": 480, "amount": 555}
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.text(xs["item"], y, "Item")
    pdf.text(xs["desc"], y, "Description")
    pdf.text(xs["unit"], y, "Unit")
    right(pdf, xs["qty"], y, "Qty")
    right(pdf, xs["rate"], y, "Rate £")
    right(pdf, xs["amount"], y, "Amount £")
    pdf.set_draw_color(0, 0, 0)
    pdf.line(40, y + 4, 555, y + 4)
    y += 18
    total = 0.0
    for item, desc, unit, qty, rate in BOQ:
        pdf.set_font("Helvetica", "", 8.5)
        lines = wrap(pdf, desc, 275)
        pdf.text(xs["item"], y, item)
        for k, line in enumerate(lines):
            pdf.text(xs["desc"], y + k * 11, line)
        pdf.text(xs["unit"], y, unit)
        right(pdf, xs["qty"], y, f"{qty:g}")
        right(pdf, xs["rate"], y, f"{rate:,.2f}")
        amount = qty * rate
        total += amount
        right(pdf, xs["amount"], y, f"{amount:,.2f}")
        y += 11 * len(lines) + 8
    pdf.line(400, y - 4, 555, y - 4)
    pdf.set_font("Helvetica", "B", 9)
    pdf.text(xs["desc"], y + 8, "Bill No. 3 carried to Summary")
    right(pdf, xs["amount"], y + 8, f"{total:,.2f}")
    pdf.set_font("Helvetica", "", 8)
    right(pdf, 555, 815, "ITT RPS-2026-04  ·  page 14")
    return pdf


ALLOYS = ("A1", "A2", "A3", "B1", "B2", "B3", "C1")


def paper(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Effect of Mg content on Al-Si-Mg castings", A4)
    pdf.add_page()
    pdf.set_font("Times", "B", 15)
    centre(pdf, A4[0] / 2, 60, "Effect of magnesium content on the tensile properties")
    centre(pdf, A4[0] / 2, 78, "of sand-cast Al-Si-Mg alloys")
    pdf.set_font("Times", "", 10)
    centre(pdf, A4[0] / 2, 98, "L. Marchetti, S. Okonkwo and J. Brandt")
    pdf.set_font("Times", "I", 9)
    centre(pdf, A4[0] / 2, 111, "Institute of Foundry Technology, University of Leoben")
    pdf.set_font("Times", "B", 9)
    pdf.text(60, 136, "Abstract")
    pdf.set_font("Times", "", 9)
    y = 148
    for line in wrap(pdf, words.paragraph(4), 475):
        pdf.text(60, y, line)
        y += 11
    y += 14
    col_w, gap = 250, 15
    heights = [y, y]
    for column in (0, 1):
        x = 40 + column * (col_w + gap)
        yy = heights[column]
        pdf.set_font("Times", "B", 10)
        pdf.text(x, yy, ("1. Introduction", "2. Experimental")[column])
        yy += 14
        pdf.set_font("Times", "", 9.5)
        for line in wrap(pdf, words.paragraph(6), col_w):
            pdf.text(x, yy, line)
            yy += 11.5
        heights[column] = yy
    y = max(heights) + 20
    pdf.set_font("Times", "", 9)
    pdf.text(
        40, y, "Table 1. Chemical composition (wt %) and tensile properties of the cast samples."
    )
    y += 8
    pdf.set_draw_color(0, 0, 0)
    pdf.line(40, y, 555, y)
    heads = ("Sample", "Si", "Mg", "Fe", "Cu", "Rp0.2 (MPa)", "Rm (MPa)", "A (%)")
    xs = (40, 150, 205, 260, 315, 400, 475, 555)
    y += 12
    for k, head in enumerate(heads):
        if k == 0:
            pdf.text(xs[k], y, head)
        else:
            right(pdf, xs[k], y, head)
    pdf.line(40, y + 4, 555, y + 4)
    for sample in ALLOYS:
        y += 14
        mg = words.rng.uniform(0.2, 0.65)
        values = (
            sample,
            f"{words.rng.uniform(6.8, 7.3):.2f}",
            f"{mg:.2f}",
            f"{words.rng.uniform(0.08, 0.15):.2f}",
            f"{words.rng.uniform(0.0, 0.02):.3f}",
            f"{180 + mg * 180 + words.rng.uniform(-8, 8):.0f}",
            f"{240 + mg * 150 + words.rng.uniform(-8, 8):.0f}",
            f"{9 - mg * 9 + words.rng.uniform(-0.5, 0.5):.1f}",
        )
        for k, value in enumerate(values):
            if k == 0:
                pdf.text(xs[k], y, value)
            else:
                right(pdf, xs[k], y, value)
    pdf.line(40, y + 5, 555, y + 5)
    y += 30
    pdf.set_font("Times", "B", 10)
    pdf.text(40, y, "3. Results and discussion")
    pdf.set_font("Times", "", 9.5)
    for line in wrap(pdf, words.paragraph(5), 515):
        y += 11.5
        pdf.text(40, y, line)
    pdf.set_font("Times", "", 8)
    right(pdf, 555, 815, "Int. J. Cast Met. Res. 39 (2026) 211-219")
    return pdf


SUBJECTS = (
    ("Maths", "JKH"),
    ("English", "RPA"),
    ("Science", "MOS"),
    ("History", "TLE"),
    ("Geography", "CWN"),
    ("French", "ADU"),
    ("Art", "SBR"),
    ("Music", "PLO"),
    ("PE", "DGR"),
    ("Computing", "NKA"),
    ("RE", "HMI"),
    ("Drama", "EFR"),
)
ROOMS = ("M12", "E04", "S21", "H03", "G07", "L15", "A02", "MU1", "GYM", "IT2", "R09", "D01")


def school(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Year 9 timetable 9B", A4_LANDSCAPE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 46, "Hillcrest Academy  -  Class timetable 9B  (Autumn term 2026)")
    pdf.set_font("Helvetica", "", 9)
    pdf.text(40, 62, "Form tutor: Mrs A. Duval (ADU)  ·  Form room L15  ·  Week A")
    periods = (("1", "08:50"), ("2", "09:45"), ("Break", "10:40"), ("3", "11:00"))
    periods += (("4", "11:55"), ("Lunch", "12:50"), ("5", "13:40"), ("6", "14:35"))
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    left, top, col_w, row_h = 40, 80, 84, 84
    pdf.set_draw_color(120, 120, 120)
    for k, (label, time) in enumerate(periods):
        x = left + 80 + k * col_w
        pdf.set_font("Helvetica", "B", 9)
        centre(pdf, x + col_w / 2, top + 14, label)
        pdf.set_font("Helvetica", "", 8)
        centre(pdf, x + col_w / 2, top + 26, time)
    for d, day in enumerate(days):
        y = top + 34 + d * row_h
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(left, y + row_h / 2, day)
        for k, (label, _time) in enumerate(periods):
            x = left + 80 + k * col_w
            pdf.rect(x, y, col_w, row_h)
            if label in ("Break", "Lunch"):
                pdf.set_fill_color(235, 235, 235)
                pdf.rect(x, y, col_w, row_h, style="DF")
                continue
            index = words.rng.randrange(len(SUBJECTS))
            subject, teacher = SUBJECTS[index]
            pdf.set_font("Helvetica", "B", 10)
            centre(pdf, x + col_w / 2, y + 38, subject)
            pdf.set_font("Helvetica", "", 8.5)
            centre(pdf, x + col_w / 2, y + 54, teacher)
            centre(pdf, x + col_w / 2, y + 68, ROOMS[index])
    pdf.set_font("Helvetica", "", 8)
    pdf.text(
        40, 575, "Clubs after school: Robotics (Tue, IT2), Choir (Wed, MU1), Netball (Thu, GYM)."
    )
    return pdf


def minutes(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Facilities committee minutes", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 56, "Facilities Committee - Minutes of the meeting held on 12 November 2026")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.text(
        40,
        74,
        "Present: K. Osei (chair), M. Lindqvist, P. Harrow, D. Nair, F. Costa. Apologies: R. Bell.",
    )
    y = 104
    items = (
        (
            "1. Minutes of the previous meeting",
            "The minutes of 8 October were approved without amendment.",
        ),
        (
            "2. IT equipment",
            "The committee approved the purchase of 12 laptops (Lenovo ThinkPad E14, quoted at "
            "£849.00 each excluding VAT) and 6 docking stations at £139.00 each, to be funded from "
            "the capital budget. " + words.sentence(14),
        ),
        (
            "3. Cleaning contract",
            "Three quotes were compared: Brightway £2,340 per month, CleanCo £2,115 per month and "
            "Spotless Ltd £2,480 per month. CleanCo was preferred subject to references. "
            + words.sentence(12),
        ),
        ("4. Car park resurfacing", words.paragraph(2)),
        ("5. Any other business", words.paragraph(1)),
    )
    for heading, body in items:
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.text(40, y, heading)
        y += 15
        pdf.set_font("Helvetica", "", 9.5)
        for line in wrap(pdf, body, 515):
            pdf.text(40, y, line)
            y += 13
        y += 10
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.text(40, y, "Actions")
    y += 16
    xs = (40, 70, 380, 470)
    pdf.set_font("Helvetica", "B", 8.5)
    for x, label in zip(xs, ("No.", "Action", "Owner", "Due"), strict=True):
        pdf.text(x, y, label)
    pdf.line(40, y + 4, 555, y + 4)
    actions = (
        ("Raise purchase order for laptops and docks", "D. Nair", "20 Nov 2026"),
        ("Take up CleanCo references", "P. Harrow", "30 Nov 2026"),
        ("Obtain second quote for car park", "F. Costa", "15 Dec 2026"),
        ("Circulate revised risk register", "M. Lindqvist", "10 Dec 2026"),
    )
    pdf.set_font("Helvetica", "", 8.5)
    for k, (action, owner, due) in enumerate(actions, start=1):
        y += 15
        for x, value in zip(xs, (f"{k}", action, owner, due), strict=True):
            pdf.text(x, y, value)
    pdf.set_font("Helvetica", "", 9)
    pdf.text(40, y + 40, "Next meeting: 14 January 2027, 14:00, Board Room.")
    return pdf


CURRENCIES = (
    ("Euro", "EUR", 1.1642),
    ("US dollar", "USD", 1.2675),
    ("Swiss franc", "CHF", 1.1190),
    ("Japanese yen", "JPY", 191.35),
    ("Canadian dollar", "CAD", 1.7420),
    ("Australian dollar", "AUD", 1.9310),
    ("Swedish krona", "SEK", 13.482),
    ("Norwegian krone", "NOK", 13.917),
    ("Danish krone", "DKK", 8.6815),
    ("Polish zloty", "PLN", 5.0420),
    ("Czech koruna", "CZK", 29.114),
    ("Hungarian forint", "HUF", 457.20),
    ("Turkish lira", "TRY", 44.860),
    ("UAE dirham", "AED", 4.6550),
    ("Indian rupee", "INR", 105.92),
    ("Thai baht", "THB", 43.870),
    ("South African rand", "ZAR", 23.105),
    ("New Zealand dollar", "NZD", 2.1460),
)


def fxrates(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Foreign exchange rates", A4)
    pdf.add_page()
    pdf.set_fill_color(10, 60, 110)
    pdf.rect(0, 0, A4[0], 70, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(40, 42, "Foreign exchange rates")
    pdf.set_font("Helvetica", "", 10)
    right(pdf, 555, 42, "Friday 4 December 2026, 09:00")
    black(pdf)
    pdf.set_font("Helvetica", "", 9)
    pdf.text(
        40, 94, "Rates per 1 GBP for cash and card transactions at our branches. Commission-free."
    )
    xs = (40, 250, 330, 440, 555)
    y = 124
    pdf.set_font("Helvetica", "B", 9)
    for k, label in enumerate(("Currency", "Code", "Unit", "We buy", "We sell")):
        if k < 3:
            pdf.text(xs[k], y, label)
        else:
            right(pdf, xs[k], y, label)
    pdf.line(40, y + 5, 555, y + 5)
    for name, code, rate in CURRENCIES:
        y += 19
        spread = rate * words.rng.uniform(0.025, 0.045)
        digits = 2 if rate > 100 else 4
        pdf.set_font("Helvetica", "", 9.5)
        pdf.text(xs[0], y, name)
        pdf.text(xs[1], y, code)
        pdf.text(xs[2], y, "1 GBP")
        right(pdf, xs[3], y, f"{rate + spread:.{digits}f}")
        right(pdf, xs[4], y, f"{rate - spread:.{digits}f}")
        pdf.set_draw_color(225, 225, 225)
        pdf.line(40, y + 6, 555, y + 6)
    pdf.set_font("Helvetica", "", 8)
    grey(pdf)
    for k, line in enumerate(
        wrap(pdf, "Rates are indicative and may change during the day. " + words.paragraph(2), 515)
    ):
        pdf.text(40, y + 30 + k * 11, line)
    black(pdf)
    return pdf


# === the batch =================================================================================

BLIND_9 = ("matrix", "binlist", "seedtables", "bearings", "linesheet", "crossref", "mobilya")
BLIND_9 += ("orderform", "eyewear")
BLIND_9_NON_CATALOGS = ("tender", "paper", "school", "minutes", "fxrates")
LAYOUTS_9 = BLIND_9 + BLIND_9_NON_CATALOGS
SCAN_DPI_9 = {"matrix": 250, "binlist": 200, "seedtables": 200, "bearings": 300, "linesheet": 150}
SCAN_DPI_9 |= {"crossref": 250, "mobilya": 150, "orderform": 200, "eyewear": 200}
SCAN_DPI_9 |= {"tender": 200, "paper": 250, "school": 150, "minutes": 200, "fxrates": 200}
LANGUAGE_9 = {"mobilya": "tr"}
LOCALES_9 = {"en": "en_GB", "tr": "tr_TR"}
SEED_9 = 9000
MAKERS_9: dict[str, Callable[[Words, Truth], FPDF]] = {
    "matrix": matrix,
    "binlist": binlist,
    "seedtables": seedtables,
    "bearings": bearings,
    "linesheet": linesheet,
    "crossref": crossref,
    "mobilya": mobilya,
    "orderform": orderform,
    "eyewear": eyewear,
    "tender": tender,
    "paper": paper,
    "school": school,
    "minutes": minutes,
    "fxrates": fxrates,
}

# registered beside batches 3, 5, 6, 7 and 8, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["9"] = Batch(
    LAYOUTS_9, BLIND_9, MAKERS_9, SEED_9, LANGUAGE_9, LOCALES_9, SCAN_DPI_9
)
