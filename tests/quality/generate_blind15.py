"""Blind batch 15: catalogs and look-alikes a PDF service receives, written WITHOUT the engine.

Bench figures, never test floors: only ``bench/quality.py --layouts blind15`` writes them, and the
batch is meant to be scored ONCE, at the end, as an honest estimate on catalogs nobody tuned on.
Nobody who wrote it read ``pdfqueue.engines`` (``catalog*``, ``layout*``, ``ocr*``,
``products*``), nor ran the engine or the bench on it; its forms are unlike every earlier
batch's (1-14).

What counts as a product (what a careful human labeller would list): a thing the document
offers, ONCE, named as printed; its codes, prices and sizes as printed (prices in printed
order, an offer price before the struck one it replaces). Section headings, categories, brands,
legends, column headings, compatible models, notes, charges and totals are not. Per layout
(files ``b15-<layout>``; seeds ``SEED_15`` + index):

- ``chemicals``: a laboratory chemicals price list (Letter, English): a navy band, section rows
  ("Inorganic salts"), each with its own pack-size header (25 g | 100 g | 500 g | 2.5 kg, or
  100 mL ... 2.5 L), zebra-shaded rows Cat. No. | Product | CAS No. | Grade | one price per pack,
  "—" where a pack is not sold, "*" for a hazardous-goods surcharge. A row is a product named by
  its Product cell ("Copper(II) sulfate pentahydrate"; the cell and grade as an alias); codes
  the catalogue number ("AS-10482") and the CAS number ("7758-99-8"); prices those printed, left
  to right; sizes the packs they are for.
- ``fahrradteile``: a German bicycle-parts distributor's dealer price list (A4 landscape): three
  columns a page under coloured group bars ("Antrieb"), each part a small photo, the bold name
  ("Kettenblatt 34 Z. 110 BCD"), "Ausführung: ...", "Art.-Nr. 702-1184 · EAN 4026495123457",
  then on one line the dealer price in bold ("HEK 21,95") and at the right "UVP 39,90". A part
  is a product; codes the article number and the EAN; prices HEK then UVP (printed order); size
  the Ausführung.
- ``designbutik``: a Danish design shop's lookbook (A5, sparse): two products a page, a wide
  photo, "Nº 03" in grey, the name in light type ("Fjord skål"), material and size in grey
  ("Stentøj, mat glasur · Ø 18 cm"), "Varenr. 30118" and "DKK 349" at the right; a "Nyhed" tag
  on some. A pair of photo and caption is a product.
- ``medelynas``: a Lithuanian tree nursery's catalogue (A4, DejaVu, 2 x 3 cards a page): a photo,
  the botanical name in italics ("Hydrangea paniculata 'Vanille Fraise'"), the Lithuanian name in
  bold, a line of growth facts, a short description, "Kodas: HY-0412", and a mini table Talpa |
  Aukštis | Kaina with one row per container ("C2 | 30–40 cm | 9,50 €"). A card (a plant) is
  ONE product named by its botanical name (the Lithuanian name an alias); prices one per
  container, in printed order; sizes the containers.
- ``foodservice``: a US restaurant-supply catalog (Letter): per group a photo, heading and
  blurb, then a ruled table Item # | Description | Pack | Case | Each; a sale row prints the sale
  case price then the struck regular one. A row is a product named by its Description; prices
  as printed (case, struck case where on sale, each).
- ``inmobiliaria``: a Spanish estate agent's property selection (A4, three listings a page): a
  photo, "VENTA"/"ALQUILER" tag, the bold title ("Ático con terraza en Calle San Vicente"), the
  place, "3 hab. · 2 baños · 118 m² · Garaje", prose, "Ref. CA-2217", the price large ("245.000
  €", or "950 €/mes"), on some "Antes 260.000 €" struck. A property offered is a product; its
  size the area.
- ``thes``: a French tea merchant's list (A4, Times, one page, two columns that FLOW):
  section headings ("Thés verts"), per tea the bold name, its origin in italics, two or three
  lines of prose and "Réf. TV-118 — 9,80 € les 100 g · 86,00 € le kg". A tea is a product;
  prices per 100 g then per kg.
- ``toner``: a Swedish office-supplies dealer's toner and ink list (A4, one page, borderless):
  printer-make headings, Art.nr | Benämning | Passar till | Kapacitet | Pris exkl. moms | Pris
  inkl. moms. "Passar till" names the PRINTERS a cartridge fits ("HL-L2350DW, DCP-L2530DW"):
  they are not products. A row is a product named by its Benämning ("Brother TN-2420 svart
  toner"); code the Art.nr; prices excl. then incl. VAT.
- ``ferragens``: a Portuguese ironmonger's counter price list (A4, DejaVu, narrow columns that
  flow, dot leaders, a shaded box of opening hours): bold capital section heads ("DOBRADIÇAS"),
  each line a 4-digit code in grey, the name and a price after the leader ("4471  Dobradiça inox
  80 mm ........ 3,95"). A line is a product; its size the measure in its name, where there is
  one.

Batch 15 non-catalogs (truth: no products): ``creditnote`` (a supplier's credit note: returned
lines with item codes, quantities, unit prices, credit amounts, VAT and the total credited),
``stromrechnung`` (a German electricity bill: meter readings, consumption, price per kWh, the
standing charge, taxes, the instalment plan), ``loonstrook`` (a Dutch payslip on A5 landscape:
wage codes, hours, rates, deductions, year-to-date figures), ``premium`` (a commercial motor
fleet's insurance premium schedule: vehicles by registration, make and model, cover, excess and
premium), ``itinerario`` (an Italian travel itinerary: booking code, flights, hotel nights, a
fare breakdown with taxes and total).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 15 [--scanned]
"""

from __future__ import annotations

from collections.abc import Callable

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo, wrap
from generate_blind import LETTER, Batch, product, right, sized_pdf
from generate_blind6 import DEJAVU, comma, strike, unicode_pdf
from generate_blind9 import black, centre, grey
from generate_blind11 import cells, rule
from generate_blind12 import paragraph
from generate_blind13 import spaced

A5 = (419.53, 595.28)
A5_LANDSCAPE = (A5[1], A5[0])
A4_LANDSCAPE = (A4[1], A4[0])


def fill(pdf: FPDF, colour: tuple[int, int, int]) -> None:
    pdf.set_fill_color(*colour)


def leader(pdf: FPDF, x0: float, x1: float, y: float) -> None:
    """Dots from `x0` to `x1` on baseline `y`, as a typesetter's leader between name and price."""
    dot = pdf.get_string_width(". ")
    count = int((x1 - x0) / dot)
    if count > 1:
        pdf.text(x1 - count * dot, y, ". " * count)


# === catalogs ==================================================================================

CHEMICAL_SECTIONS = (
    (
        "Inorganic salts",
        ("25 g", "100 g", "500 g", "2.5 kg"),
        (
            ("Sodium chloride", "7647-14-5"),
            ("Potassium dihydrogen phosphate", "7778-77-0"),
            ("Magnesium sulfate heptahydrate", "10034-99-8"),
            ("Copper(II) sulfate pentahydrate", "7758-99-8"),
            ("Calcium carbonate, precipitated", "471-34-1"),
            ("Ammonium chloride", "12125-02-9"),
            ("Potassium iodide", "7681-11-0"),
            ("Zinc oxide", "1314-13-2"),
        ),
    ),
    (
        "Solvents",
        ("100 mL", "500 mL", "1 L", "2.5 L"),
        (
            ("Acetone", "67-64-1"),
            ("Ethanol, absolute", "64-17-5"),
            ("Methanol", "67-56-1"),
            ("2-Propanol", "67-63-0"),
            ("Ethyl acetate", "141-78-6"),
            ("Acetonitrile", "75-05-8"),
            ("Toluene", "108-88-3"),
        ),
    ),
    (
        "Acids and bases",
        ("100 mL", "500 mL", "1 L", "2.5 L"),
        (
            ("Hydrochloric acid 37%", "7647-01-0"),
            ("Sulfuric acid 95-97%", "7664-93-9"),
            ("Acetic acid, glacial", "64-19-7"),
            ("Nitric acid 65%", "7697-37-2"),
            ("Ammonia solution 25%", "1336-21-6"),
        ),
    ),
    (
        "Organic reagents",
        ("5 g", "25 g", "100 g", "500 g"),
        (
            ("Citric acid, anhydrous", "77-92-9"),
            ("D(+)-Glucose monohydrate", "14431-43-7"),
            ("Urea", "57-13-6"),
            ("EDTA disodium salt dihydrate", "6381-92-6"),
            ("L-Ascorbic acid", "50-81-7"),
            ("Phenolphthalein", "77-09-8"),
        ),
    ),
)
GRADES = ("ACS reagent", "ReagentPlus", "HPLC grade", "Ph. Eur.", "technical", "AR")


def chemicals(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Alderwick Scientific - Laboratory Chemicals 2026", LETTER)
    columns = ((40, "l"), (102, "l"), (276, "l"), (334, "l"), (426, "r"), (476, "r"))
    columns += ((526, "r"), (572, "r"))
    number = words.rng.randrange(10100, 10400)
    for page, sections in enumerate((CHEMICAL_SECTIONS[:2], CHEMICAL_SECTIONS[2:]), 1):
        pdf.add_page()
        fill(pdf, (20, 40, 80))
        pdf.rect(0, 0, LETTER[0], 54, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 16)
        pdf.text(40, 34, "ALDERWICK SCIENTIFIC")
        pdf.set_font("Helvetica", "", 8.5)
        right(pdf, 572, 26, "Laboratory Chemicals  |  Price List 2026")
        right(pdf, 572, 38, "All prices in USD per pack, FOB Wilmington, DE")
        black(pdf)
        pdf.set_font("Helvetica", "", 7.5)
        grey(pdf)
        pdf.text(40, 72, "* Hazardous goods: a surcharge of $18.00 per order applies.")
        pdf.text(
            40, 82, "Certificates of analysis available for every lot at alderwick.example/coa"
        )
        black(pdf)
        y = 104.0
        for title, packs, items in sections:
            fill(pdf, (200, 210, 228))
            pdf.rect(36, y - 11, 540, 15, style="F")
            pdf.set_font("Helvetica", "B", 9)
            pdf.text(40, y, title.upper())
            y += 16
            pdf.set_font("Helvetica", "B", 7.5)
            cells(pdf, y, columns, ["Cat. No.", "Product", "CAS No.", "Grade", *packs])
            rule(pdf, y + 4, 90, 36, 576)
            y += 4
            for row, (name, cas) in enumerate(items):
                y += 14
                number += words.rng.randrange(3, 40)
                code = f"AS-{number}"
                grade = words.rng.choice(GRADES)
                offered = words.rng.choice(((1, 1, 1, 1), (1, 1, 1, 0), (0, 1, 1, 1), (1, 1, 0, 0)))
                base = words.rng.uniform(8, 40)
                prices, sizes, shown = [], [], []
                for k, (pack, sold) in enumerate(zip(packs, offered, strict=True)):
                    if sold:
                        value = f"{base * (1, 2.6, 8.5, 30)[k] * (1 + 0.1 * row):,.2f}"
                        prices.append(value)
                        sizes.append(pack)
                        shown.append(value)
                    else:
                        shown.append("—")
                hazardous = title in ("Solvents", "Acids and bases") and words.rng.random() < 0.6
                if row % 2:
                    fill(pdf, (240, 242, 247))
                    pdf.rect(36, y - 10, 540, 14, style="F")
                pdf.set_font("Helvetica", "", 7.5)
                cells(
                    pdf, y, columns, [code, name + (" *" if hazardous else ""), cas, grade, *shown]
                )
                truth.products.append(
                    product(
                        name,
                        [code, cas],
                        prices,
                        page,
                        sizes=sizes,
                        aliases=[f"{name} {grade}"],
                    )
                )
            y += 30
        pdf.set_font("Helvetica", "", 7)
        grey(pdf)
        pdf.text(
            40, 770, "Alderwick Scientific Inc.  ·  orders@alderwick.example  ·  +1 302 555 0148"
        )
        right(pdf, 572, 770, f"Page {page} of 2")
        black(pdf)
    return pdf


BIKE_GROUPS = (
    (
        "Antrieb",
        (
            ("Kette 11-fach 116 Glieder", "116 Glieder"),
            ("Kettenblatt 34 Z. 110 BCD", "34 Zähne"),
            ("Kassette 11-34 10-fach", "11-34 Z."),
            ("Innenlager BSA Hollowtech", "68/73 mm"),
            ("Kurbelgarnitur Alu 170 mm", "170 mm"),
            ("Schaltwerk 10-fach Shadow", "langer Käfig"),
        ),
        (30, 140, 200),
    ),
    (
        "Bremsen",
        (
            ("Scheibenbremse hydraulisch VR", "800 mm Leitung"),
            ("Bremsscheibe 6-Loch 180 mm", "Ø 180 mm"),
            ("Bremsbeläge organisch B01S", "1 Paar"),
            ("Felgenbremse Dual-Pivot", "Reach 47-57 mm"),
            ("Bremszug Edelstahl Set", "1700/2050 mm"),
        ),
        (200, 50, 40),
    ),
    (
        "Laufräder & Reifen",
        (
            ("Faltreifen Trail 29 x 2,35", "60-622"),
            ("Schlauch SV 28 Zoll", "28/47-622"),
            ("Felgenband 27,5 Zoll", "22 mm"),
            ("Laufrad HR Boost 148", "29 Zoll"),
            ("Speichen Edelstahl 2,0 mm", "292 mm"),
        ),
        (40, 130, 70),
    ),
    (
        "Cockpit",
        (
            ("Lenker Riser Alu 780 mm", "780 mm"),
            ("Vorbau 31,8 mm 60 mm", "60 mm"),
            ("Griffe ergonomisch Schraubgriff", "135 mm"),
            ("Sattelstütze Carbon 27,2", "Ø 27,2 x 350 mm"),
            ("Steuersatz semi-integriert", "ZS44/ZS56"),
        ),
        (120, 80, 160),
    ),
    (
        "Zubehör",
        (
            ("Standpumpe mit Manometer", "11 bar"),
            ("Flaschenhalter Alu schwarz", "74 mm"),
            ("Akkuleuchte StVZO 70 Lux", "70 Lux"),
            ("Gepäckträger 28 Zoll", "belastbar 25 kg"),
            ("Fahrradschloss Bügel", "230 x 110 mm"),
        ),
        (180, 120, 20),
    ),
)


def fahrradteile(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("VELOTEC Händlerpreisliste Frühjahr 2026", A4_LANDSCAPE)
    width = 236.0
    layout = ((BIKE_GROUPS[0], BIKE_GROUPS[1], BIKE_GROUPS[2]), (BIKE_GROUPS[3], BIKE_GROUPS[4]))
    for page, groups in enumerate(layout, 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 18)
        pdf.text(40, 40, "VELOTEC")
        pdf.set_font("Helvetica", "", 9)
        pdf.text(132, 40, "Großhandel Teile & Zubehör  ·  Händlerpreisliste Frühjahr 2026")
        grey(pdf)
        right(pdf, 802, 40, "UVP = unverbindliche Preisempfehlung inkl. MwSt.  ·  HEK netto")
        black(pdf)
        rule(pdf, 48, 60, 40, 802)
        for column, (group, parts, colour) in enumerate(groups):
            x = 40 + column * (width + 27)
            fill(pdf, colour)
            pdf.rect(x, 62, width, 18, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Helvetica", "B", 10)
            pdf.text(x + 6, 75, group)
            black(pdf)
            y = 92.0
            for name, spec in parts:
                pdf.image(photo(15100 + len(truth.products), (90, 90)), x=x, y=y, w=52, h=52)
                article = f"{words.rng.randrange(700, 760)}-{words.rng.randrange(1000, 9999)}"
                ean = f"40{words.rng.randrange(10**9, 10**10)}"
                ean += str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(ean))) % 10)
                uvp = words.rng.randrange(599, 18999) / 100
                hek = uvp * words.rng.uniform(0.5, 0.62)
                pdf.set_font("Helvetica", "B", 8.5)
                pdf.text(x + 60, y + 10, name)
                pdf.set_font("Helvetica", "", 7)
                pdf.text(x + 60, y + 22, f"Ausführung: {spec}")
                grey(pdf, 90)
                pdf.text(x + 60, y + 32, f"Art.-Nr. {article}  ·  EAN {ean}")
                black(pdf)
                pdf.set_font("Helvetica", "", 7.5)
                right(pdf, x + width, y + 44, f"UVP {comma(uvp)}")
                pdf.set_font("Helvetica", "B", 9)
                pdf.text(x + 60, y + 46, f"HEK {comma(hek)}")
                rule(pdf, y + 56, 215, x, x + width)
                y += 64
                truth.products.append(
                    product(name, [article, ean], [comma(hek), comma(uvp)], page, sizes=[spec])
                )
        pdf.set_font("Helvetica", "", 7)
        grey(pdf)
        pdf.text(40, 575, "VELOTEC Fahrradteile GmbH · Lagerstraße 12 · 33602 Bielefeld")
        right(pdf, 802, 575, f"Seite {page}")
        black(pdf)
    return pdf


DESIGN_ITEMS = (
    ("Fjord skål", "Stentøj, mat glasur", "Ø 18 cm"),
    ("Lys vase", "Mundblæst glas, røg", "H 24 cm"),
    ("Ro taburet", "Massiv eg, olieret", "Ø 32 × H 45 cm"),
    ("Strand plaid", "100% uld, vævet i Danmark", "130 × 180 cm"),
    ("Halm lampe", "Papirskærm, messing", "Ø 40 cm"),
    ("Tide kande", "Porcelæn, 1,2 l", "H 19 cm"),
)


def designbutik(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("HYGGE & HÅND forår 2026", A5)
    number = 0
    for page in (1, 2, 3):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 6.5)
        grey(pdf, 120)
        pdf.text(36, 30, "HYGGE & HÅND")
        right(pdf, 384, 30, f"Forår 2026   {page}")
        black(pdf)
        if page == 1:
            pdf.set_font("Times", "I", 10)
            pdf.text(36, 58, "Enkle ting, lavet til at holde. Et lille udvalg til foråret.")
        for slot in (0, 1):
            name, material, size = DESIGN_ITEMS[number]
            number += 1
            top = 76 + slot * 256
            pdf.image(photo(15200 + number, (360, 200)), x=36, y=top, w=348, h=186)
            code = str(30000 + words.rng.randrange(100, 999))
            price = str(words.rng.choice((149, 199, 249, 349, 449, 599, 899, 1299)))
            pdf.set_font("Helvetica", "", 7)
            grey(pdf, 140)
            pdf.text(36, top + 204, f"Nº {number:02d}")
            black(pdf)
            pdf.set_font("Helvetica", "", 11)
            pdf.text(66, top + 204, name)
            tag_x = 66 + pdf.get_string_width(name) + 8
            if number in (2, 5):
                fill(pdf, (232, 226, 214))
                pdf.rect(tag_x, top + 196, 30, 10, style="F")
                pdf.set_font("Helvetica", "", 6)
                pdf.text(tag_x + 4, top + 203, "Nyhed")
            pdf.set_font("Helvetica", "", 7.5)
            grey(pdf, 120)
            pdf.text(66, top + 218, f"{material}  ·  {size}")
            pdf.text(66, top + 230, f"Varenr. {code}")
            black(pdf)
            pdf.set_font("Helvetica", "", 10)
            right(pdf, 384, top + 204, f"DKK {price}")
            truth.products.append(product(name, [code], [f"DKK {price}"], page, sizes=[size]))
        if page == 3:
            pdf.set_font("Helvetica", "", 6.5)
            grey(pdf, 120)
            pdf.text(36, 570, "Alle priser inkl. moms. Fri fragt over 800 kr. hyggeoghaand.dk")
            black(pdf)
    return pdf


NURSERY = (
    ("Hydrangea paniculata 'Vanille Fraise'", "Šluotelinė hortenzija", "Žydi VII–IX mėn."),
    ("Acer palmatum 'Bloodgood'", "Japoninis klevas", "Aukštis iki 4 m"),
    ("Thuja occidentalis 'Smaragd'", "Vakarinė tuja", "Gyvatvorėms, visžalė"),
    ("Syringa vulgaris 'Sensation'", "Paprastoji alyva", "Žydi V mėn., kvapni"),
    ("Rosa 'Ghislaine de Féligonde'", "Vijoklinė rožė", "Žydi VI–IX mėn."),
    ("Buxus sempervirens", "Visžalis buksmedis", "Karpomas, pavėsiui"),
    ("Cornus alba 'Sibirica'", "Baltoji sedula", "Raudonos šakos žiemą"),
    ("Magnolia x soulangeana", "Sulanžo magnolija", "Žydi IV–V mėn."),
    ("Picea abies 'Nidiformis'", "Paprastoji eglė", "Lizdo formos, žema"),
    ("Spiraea japonica 'Goldflame'", "Japoninė lanksva", "Geltoni lapai"),
    ("Lavandula angustifolia 'Hidcote'", "Siauralapė levanda", "Saulėtoms vietoms"),
    ("Clematis 'Jackmanii'", "Raganė", "Vijoklis, iki 3 m"),
)
NURSERY_PROSE = (
    "Nereikalauja ypatingos priežiūros, atspari šalčiui, tinka soliniam sodinimui.",
    "Mėgsta saulėtą ar pusiau pavėsingą vietą ir drėgną, derlingą dirvą.",
    "Puikiai tinka gyvatvorėms ir kompozicijoms su kitais krūmais.",
    "Pavasarį patartina genėti; laistyti sausuoju laikotarpiu.",
)
CONTAINERS = (("P9", "15–20 cm", 1.0), ("C2", "30–40 cm", 2.1), ("C5", "60–80 cm", 4.2))
CONTAINERS += (("C10", "100–125 cm", 8.0),)


def medelynas(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Medelynas Žalioji giria - katalogas 2026", A4)
    pdf.add_font("DejaVu", "I", str(DEJAVU / "DejaVuSans-Oblique.ttf"))
    for page in (1, 2):
        pdf.add_page()
        fill(pdf, (46, 94, 52))
        pdf.rect(0, 0, A4[0], 40, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 14)
        pdf.text(36, 26, "Medelynas „Žalioji giria“")
        pdf.set_font("DejaVu", "", 8)
        right(pdf, 559, 26, "Sodinukų katalogas · pavasaris 2026 · kainos su PVM")
        black(pdf)
        for cell in range(6):
            plant, local, fact = NURSERY[(page - 1) * 6 + cell]
            x = 36 + (cell % 3) * 178
            y = 58 + (cell // 3) * 378
            pdf.set_draw_color(190, 205, 190)
            pdf.rect(x, y, 168, 362)
            pdf.image(photo(15300 + page * 10 + cell, (200, 190)), x=x + 6, y=y + 6, w=156, h=150)
            pdf.set_font("DejaVu", "I", 8.5)
            ty = paragraph(pdf, x + 8, y + 174, 152, plant, 11)
            pdf.set_font("DejaVu", "B", 9)
            pdf.text(x + 8, ty + 2, local)
            pdf.set_font("DejaVu", "", 7.5)
            grey(pdf, 90)
            pdf.text(x + 8, ty + 16, fact)
            code = f"{plant[:2].upper()}-{words.rng.randrange(100, 999):04d}"
            pdf.text(x + 8, ty + 28, f"Kodas: {code}")
            black(pdf)
            pdf.set_font("DejaVu", "", 7)
            ty = paragraph(pdf, x + 8, ty + 44, 150, words.rng.choice(NURSERY_PROSE), 9.5) + 10
            pdf.set_font("DejaVu", "B", 7)
            cells(
                pdf,
                ty,
                ((x + 8, "l"), (x + 50, "l"), (x + 160, "r")),
                ["Talpa", "Aukštis", "Kaina"],
            )
            rule(pdf, ty + 3, 120, x + 8, x + 160)
            start = words.rng.randrange(0, 2)
            count = words.rng.randrange(2, 4)
            base = words.rng.uniform(3.5, 9)
            prices, sizes = [], []
            pdf.set_font("DejaVu", "", 7)
            for container, height, factor in CONTAINERS[start : start + count]:
                ty += 13
                value = comma(round(base * factor * 2) / 2)
                cells(
                    pdf,
                    ty,
                    ((x + 8, "l"), (x + 50, "l"), (x + 160, "r")),
                    [container, height, f"{value} €"],
                )
                prices.append(f"{value} €")
                sizes.append(container)
            truth.products.append(
                product(plant, [code], prices, page, sizes=sizes, aliases=[local])
            )
        pdf.set_font("DejaVu", "", 6.5)
        grey(pdf)
        pdf.text(
            36, 826, "Žalioji giria, UAB · Kauno r. · tel. +370 600 12345 · www.zaliojigiria.lt"
        )
        right(pdf, 559, 826, str(page))
        black(pdf)
    return pdf


FOOD_GROUPS = (
    (
        "Food Pans",
        "NSF-listed 22-gauge stainless steel, anti-jam corners, stackable.",
        (
            ('Steam table pan, full size, 2½" deep', "6/cs"),
            ('Steam table pan, full size, 4" deep', "6/cs"),
            ('Steam table pan, half size, 6" deep', "6/cs"),
            ('Steam table pan, third size, 4" deep', "12/cs"),
            ("Slotted cover, half size", "12/cs"),
        ),
    ),
    (
        "Cutting Boards",
        "Color-coded HACCP boards, dishwasher safe, non-absorbent polyethylene.",
        (
            ('Cutting board 12" x 18" x ½", red', "6/cs"),
            ('Cutting board 12" x 18" x ½", green', "6/cs"),
            ('Cutting board 18" x 24" x ½", white', "4/cs"),
            ("Cutting board rack, 6 slot", "1/cs"),
        ),
    ),
    (
        "Take-Out Containers",
        "Microwavable polypropylene with vented lids; recyclable #5.",
        (
            ("Round deli container 16 oz with lid", "240/cs"),
            ("Round deli container 32 oz with lid", "240/cs"),
            ('Hinged container 9" x 9", 3 compartment', "200/cs"),
            ("Kraft soup cup 12 oz with vented lid", "500/cs"),
            ("Portion cup 2 oz, clear", "2500/cs"),
        ),
    ),
    (
        "Gloves & Safety",
        "Powder-free, food-safe; sizes S, M, L, XL at the same price.",
        (
            ("Nitrile gloves, blue, powder-free", "1000/cs"),
            ("Vinyl gloves, clear, powder-free", "1000/cs"),
            ("Cut-resistant glove, level A4", "1 ea"),
            ('Hairnet, 21", brown', "1000/cs"),
            ('Poly apron, white, 28" x 46"', "1000/cs"),
        ),
    ),
)


def foodservice(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Harbor Restaurant Supply - Smallwares & Disposables", LETTER)
    columns = ((42, "l"), (108, "l"), (398, "l"), (500, "r"), (570, "r"))
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Times", "B", 20)
        pdf.text(40, 48, "Harbor Restaurant Supply")
        pdf.set_font("Helvetica", "", 8.5)
        grey(pdf, 80)
        pdf.text(
            40,
            62,
            "Smallwares & Disposables  ·  Spring 2026  ·  Order by 4 pm for next-day delivery",
        )
        black(pdf)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(1.2)
        pdf.line(40, 70, 572, 70)
        pdf.set_line_width(0.2)
        y = 92.0
        for title, blurb, rows in FOOD_GROUPS[(page - 1) * 2 : page * 2]:
            pdf.image(photo(15400 + len(truth.products), (160, 110)), x=40, y=y, w=110, h=76)
            pdf.set_font("Helvetica", "B", 13)
            pdf.text(164, y + 16, title)
            pdf.set_font("Helvetica", "", 8.5)
            paragraph(pdf, 164, y + 32, 400, blurb, 11)
            y += 96
            pdf.set_font("Helvetica", "B", 8)
            fill(pdf, (30, 30, 30))
            pdf.rect(40, y - 10, 532, 14, style="F")
            pdf.set_text_color(255, 255, 255)
            cells(pdf, y, columns, ["Item #", "Description", "Pack", "Case", "Each"])
            black(pdf)
            for description, pack in rows:
                y += 17
                item = f"HRS-{words.rng.randrange(40000, 49999)}"
                units = int(pack.split("/")[0].split()[0])
                each = words.rng.uniform(0.03, 2.5) if units > 50 else words.rng.uniform(4, 30)
                case = each * units
                sale = words.rng.random() < 0.3
                pdf.set_font("Helvetica", "", 8.5)
                cells(pdf, y, columns[:3], [item, description, pack])
                prices = []
                if sale:
                    offer = case * 0.85
                    pdf.set_text_color(190, 20, 20)
                    pdf.set_font("Helvetica", "B", 8.5)
                    right(pdf, 456, y, f"${offer:,.2f}")
                    black(pdf)
                    pdf.set_font("Helvetica", "", 8.5)
                    strike(pdf, 462, y, f"${case:,.2f}")
                    prices += [f"${offer:,.2f}", f"${case:,.2f}"]
                else:
                    right(pdf, 500, y, f"${case:,.2f}")
                    prices.append(f"${case:,.2f}")
                right(pdf, 570, y, f"${each:,.2f}")
                prices.append(f"${each:,.2f}")
                rule(pdf, y + 5, 170, 40, 572)
                truth.products.append(product(description, [item], prices, page, pack=pack))
            y += 44
        pdf.set_font("Helvetica", "I", 7.5)
        grey(pdf)
        pdf.text(
            40,
            760,
            "Sale prices in red valid through May 31, 2026. Freight free on orders over $350.",
        )
        right(pdf, 572, 760, f"HRS  {page + 13}")
        black(pdf)
    return pdf


PROPERTIES = (
    ("Ático con terraza en Calle San Vicente", "Castellón de la Plana · Centro", 3, 2, 118),
    ("Piso reformado junto al Parque Ribalta", "Castellón de la Plana · Ribalta", 2, 1, 76),
    ("Chalet adosado con piscina comunitaria", "Benicàssim · Els Terrers", 4, 3, 186),
    ("Apartamento en primera línea de playa", "Oropesa del Mar · Marina d'Or", 1, 1, 54),
    ("Casa de pueblo para rehabilitar", "Vilafamés · Casco antiguo", 3, 1, 142),
    ("Local comercial en esquina", "Vila-real · Avenida Francesc Tàrrega", 0, 1, 95),
)


def inmobiliaria(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Inmobiliaria Costa Azahar - Selección de propiedades", A4)
    for page in (1, 2):
        pdf.add_page()
        fill(pdf, (0, 98, 120))
        pdf.rect(0, 0, A4[0], 8, style="F")
        pdf.set_font("Times", "B", 18)
        pdf.text(40, 44, "Inmobiliaria Costa Azahar")
        pdf.set_font("Helvetica", "", 8.5)
        grey(pdf, 90)
        right(pdf, 555, 44, "Selección de propiedades  ·  marzo 2026")
        black(pdf)
        rule(pdf, 54, 150)
        for slot in range(3):
            title, place, rooms, baths, area = PROPERTIES[(page - 1) * 3 + slot]
            top = 70 + slot * 250
            pdf.image(photo(15500 + page * 10 + slot, (300, 210)), x=40, y=top, w=220, h=154)
            rental = "Apartamento" in title
            tag = "ALQUILER" if rental else "VENTA"
            fill(pdf, (0, 98, 120) if rental else (200, 90, 30))
            pdf.rect(46, top + 6, 52, 14, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Helvetica", "B", 7.5)
            centre(pdf, 72, top + 16, tag)
            black(pdf)
            pdf.set_font("Helvetica", "B", 12)
            ty = paragraph(pdf, 276, top + 14, 280, title, 14)
            pdf.set_font("Helvetica", "", 8.5)
            grey(pdf, 90)
            pdf.text(276, ty, place)
            black(pdf)
            facts = [
                f"{rooms} hab." if rooms else "Diáfano",
                f"{baths} baño{'s' if baths > 1 else ''}",
            ]
            facts += [f"{area} m²", words.rng.choice(("Garaje", "Ascensor", "Trastero", "Terraza"))]
            pdf.set_font("Helvetica", "B", 8.5)
            pdf.text(276, ty + 16, "  ·  ".join(facts))
            pdf.set_font("Times", "", 9.5)
            prose = words.rng.choice(
                (
                    "Luminoso, orientación sur, cocina equipada y carpintería de aluminio con"
                    " rotura de puente térmico. Muy cerca de colegios y comercios.",
                    "Para entrar a vivir. Suelos de gres porcelánico, aire acondicionado por"
                    " conductos y armarios empotrados en todos los dormitorios.",
                    "Zona tranquila y bien comunicada, a cinco minutos de la estación."
                    " Gastos de comunidad reducidos.",
                )
            )
            paragraph(pdf, 276, ty + 32, 280, prose, 12)
            ref = f"CA-{words.rng.randrange(1000, 2999)}"
            pdf.set_font("Helvetica", "", 8)
            grey(pdf, 90)
            pdf.text(276, top + 150, f"Ref. {ref}")
            black(pdf)
            if rental:
                value = f"{words.rng.randrange(6, 14) * 50} €/mes"
                prices = [value]
            else:
                value = f"{spaced(words.rng.randrange(60, 420) * 1000).replace(' ', '.')} €"
                prices = [value]
            pdf.set_font("Helvetica", "B", 17)
            right(pdf, 555, top + 150, value)
            if slot == 1 and not rental:
                before = spaced(int(value[:-2].replace(".", "")) + 15000).replace(" ", ".")
                pdf.set_font("Helvetica", "", 9)
                grey(pdf, 90)
                width = pdf.get_string_width(f"Antes {before} €")
                strike(pdf, 555 - width, top + 128, f"Antes {before} €")
                black(pdf)
                prices.append(f"{before} €")
            rule(pdf, top + 172, 210)
            truth.products.append(product(title, [ref], prices, page, sizes=[f"{area} m²"]))
        pdf.set_font("Helvetica", "", 7)
        grey(pdf)
        text = "Precios sin impuestos ni honorarios. Información no contractual. Tel. 964 555 210"
        pdf.text(40, 812, text)
        right(pdf, 555, 812, f"{page}/2")
        black(pdf)
    return pdf


TEAS = (
    (
        "Thés verts",
        "TV",
        (
            ("Sencha Kagoshima", "Japon · récolte de printemps"),
            ("Long Jing Dragon Well", "Chine, Zhejiang"),
            ("Gunpowder Temple of Heaven", "Chine, Anhui"),
            ("Genmaicha au riz soufflé", "Japon"),
        ),
    ),
    (
        "Thés noirs",
        "TN",
        (
            ("Darjeeling Castleton FTGFOP1", "Inde · second flush"),
            ("Assam Halmari GFOP", "Inde, vallée du Brahmapoutre"),
            ("Lapsang Souchong fumé", "Chine, Fujian"),
            ("Earl Grey à la bergamote", "Mélange de la maison"),
        ),
    ),
    (
        "Oolongs",
        "TO",
        (
            ("Tie Guan Yin Anxi", "Chine, Fujian"),
            ("Milky Oolong Jin Xuan", "Taïwan"),
        ),
    ),
    (
        "Infusions",
        "IN",
        (
            ("Rooibos vanille bourbon", "Afrique du Sud"),
            ("Verveine citronnée", "France, Drôme provençale"),
            ("Camomille matricaire", "Égypte"),
        ),
    ),
)
TEA_PROSE = (
    "Une liqueur claire et vive, des notes végétales et iodées, une belle longueur en bouche.",
    "Feuilles entières roulées à la main, parfum de fleurs blanches et de miel.",
    "Infuser trois minutes dans une eau à 80 °C ; se réinfuse volontiers deux fois.",
    "Corsé et rond, il accompagne le petit déjeuner, avec ou sans un nuage de lait.",
    "Un grand classique de notre comptoir, apprécié l'après-midi comme le soir.",
)


def thes(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Maison Verbena - Thés & infusions", A4)
    pdf.add_page()
    page = 1
    pdf.set_font("Times", "B", 24)
    centre(pdf, A4[0] / 2, 60, "Maison Verbena")
    pdf.set_font("Times", "I", 11)
    centre(pdf, A4[0] / 2, 78, "Thés & infusions · carte du comptoir 2026")
    rule(pdf, 90, 100, 150, 445)
    columns = (50.0, 312.0)
    width, bottom, top = 233.0, 790.0, 112.0
    column, y = 0, top

    def advance(height: float) -> None:
        nonlocal column, y, page
        if y + height <= bottom:
            return
        if column == 0:
            column, y = 1, (top if page == 1 else 60.0)
            return
        pdf.add_page()
        page += 1
        column, y = 0, 60.0

    for section, prefix, teas in TEAS:
        advance(90)
        pdf.set_font("Times", "B", 14)
        pdf.text(columns[column], y, section)
        rule(pdf, y + 5, 150, columns[column], columns[column] + width)
        y += 24
        for name, origin in teas:
            prose = " ".join(words.rng.sample(TEA_PROSE, 2))
            pdf.set_font("Times", "", 10)
            lines = wrap(pdf, prose, width)
            advance(46 + 12 * len(lines))
            x = columns[column]
            pdf.set_font("Times", "B", 11)
            pdf.text(x, y, name)
            pdf.set_font("Times", "I", 9.5)
            pdf.text(x, y + 12, origin)
            pdf.set_font("Times", "", 10)
            y = paragraph(pdf, x, y + 26, width, prose, 12)
            ref = f"{prefix}-{words.rng.randrange(100, 399)}"
            hundred = words.rng.randrange(55, 240) / 10
            kilo = hundred * 10 * 0.88
            pdf.set_font("Times", "B", 9.5)
            pdf.text(x, y, f"Réf. {ref} — {comma(hundred)} € les 100 g  ·  {comma(kilo)} € le kg")
            y += 22
            truth.products.append(
                product(name, [ref], [f"{comma(hundred)} €", f"{comma(kilo)} €"], page)
            )
    pdf.set_font("Times", "I", 8)
    pdf.text(50, 815, "Maison Verbena · 14, rue des Carmes · 69002 Lyon · vente au poids")
    return pdf


TONER_MAKES = (
    (
        "Brother",
        (
            ("Brother TN-2420 svart toner", "HL-L2350DW, DCP-L2530DW, MFC-L2710DW", "3 000 sidor"),
            ("Brother TN-2410 svart toner", "HL-L2310D, DCP-L2510D", "1 200 sidor"),
            ("Brother DR-2400 trumma", "HL-L2350DW, MFC-L2750DW", "12 000 sidor"),
            ("Brother LC-3213 BK bläckpatron", "DCP-J772DW, MFC-J890DW", "400 sidor"),
        ),
    ),
    (
        "HP",
        (
            ("HP 59X CF259X svart toner", "LaserJet Pro M404dn, M428fdw", "10 000 sidor"),
            ("HP 207A W2210A svart toner", "Color LaserJet Pro M255dw, M282nw", "1 350 sidor"),
            ("HP 207A W2211A cyan toner", "Color LaserJet Pro M255dw, M282nw", "1 250 sidor"),
            ("HP 305XL 3YM62AE svart bläck", "DeskJet 2710, 2720, 4120", "240 sidor"),
        ),
    ),
    (
        "Canon",
        (
            ("Canon 055H svart toner", "i-SENSYS LBP663Cdw, MF742Cdw", "7 600 sidor"),
            ("Canon PG-545XL svart bläck", "PIXMA MG2950, TS3150", "400 sidor"),
            ("Canon CL-546XL färg bläck", "PIXMA MG2950, TS3150", "300 sidor"),
        ),
    ),
    (
        "Kyocera",
        (
            ("Kyocera TK-1170 svart toner", "ECOSYS M2040dn, M2540dn, M2640idw", "7 200 sidor"),
            ("Kyocera TK-5240K svart toner", "ECOSYS P5026cdn, M5526cdw", "4 000 sidor"),
            ("Kyocera TK-5240M magenta toner", "ECOSYS P5026cdn, M5526cdw", "3 000 sidor"),
        ),
    ),
)


def toner(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Kontorsvaruhuset Norrland - Toner & bläck", A4)
    columns = ((40, "l"), (86, "l"), (236, "l"), (420, "r"), (490, "r"), (555, "r"))
    heads = ["Art.nr", "Benämning", "Passar till", "Kapacitet", "exkl. moms", "inkl. moms"]
    for page, makes in enumerate((TONER_MAKES,), 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 15)
        pdf.text(40, 50, "Kontorsvaruhuset Norrland AB")
        pdf.set_font("Helvetica", "", 9)
        pdf.text(40, 64, "Toner & bläck  ·  Prislista vecka 14, 2026  ·  Priser i SEK")
        y = 96.0
        pdf.set_font("Helvetica", "B", 7.5)
        cells(pdf, y, columns, heads)
        rule(pdf, y + 4, 60)
        for make, items in makes:
            y += 26
            pdf.set_font("Helvetica", "B", 11)
            pdf.text(40, y, make)
            for name, fits, capacity in items:
                article = f"{words.rng.randrange(10, 99)}{words.rng.randrange(1000, 9999)}"
                excl = words.rng.randrange(89, 1890) + words.rng.choice((0, 0.5, 0.9))
                incl = excl * 1.25
                pdf.set_font("Helvetica", "", 7.5)
                fit_lines = wrap(pdf, fits, 124)
                y += 14
                cells(
                    pdf,
                    y,
                    columns,
                    [article, name, fit_lines[0], capacity, comma(excl, " "), comma(incl, " ")],
                )
                for line in fit_lines[1:]:
                    y += 9.5
                    grey(pdf, 80)
                    pdf.text(236, y, line)
                    black(pdf)
                truth.products.append(
                    product(
                        name,
                        [article],
                        [comma(excl, " "), comma(incl, " ")],
                        page,
                        capacity=capacity,
                    )
                )
        y += 40
        pdf.set_font("Helvetica", "", 7.5)
        grey(pdf, 80)
        note = (
            "Kapacitet enligt ISO/IEC 19752 och 24711. Returnera tomma kassetter gratis i butiken."
        )
        pdf.text(40, y, note)
        pdf.text(
            40, 815, "Kontorsvaruhuset Norrland AB · Storgatan 41 · 903 26 Umeå · 090-555 14 00"
        )
        right(pdf, 555, 815, f"Sida {page} av 1")
        black(pdf)
    return pdf


IRONMONGERY = (
    (
        "DOBRADIÇAS",
        (
            ("Dobradiça inox 80 mm", "80 mm"),
            ("Dobradiça latão 60 mm", "60 mm"),
            ("Dobradiça de piano 1 m", "1 m"),
            ("Dobradiça invisível 35 mm", "35 mm"),
            ("Dobradiça de mola", ""),
        ),
    ),
    (
        "FECHADURAS",
        (
            ("Fechadura de embutir 45 mm", "45 mm"),
            ("Cilindro europeu 30x30", "30x30"),
            ("Cadeado latão 40 mm", "40 mm"),
            ("Trinco de segurança", ""),
            ("Puxador alumínio anodizado", ""),
        ),
    ),
    (
        "PARAFUSOS (CAIXA 100 UN.)",
        (
            ("Parafuso madeira 4x40", "4x40"),
            ("Parafuso madeira 5x60", "5x60"),
            ("Parafuso autorroscante 3,5x25", "3,5x25"),
            ("Bucha nylon 8 mm", "8 mm"),
            ("Prego aço polido 50 mm", "50 mm"),
            ("Anilha zincada M8", "M8"),
        ),
    ),
    (
        "COLAS E SILICONES",
        (
            ("Silicone transparente 280 ml", "280 ml"),
            ("Cola de contacto 125 ml", "125 ml"),
            ("Cola branca madeira 750 g", "750 g"),
            ("Espuma poliuretano 750 ml", "750 ml"),
        ),
    ),
    (
        "FERRAMENTAS",
        (
            ("Martelo de carpinteiro", ""),
            ("Serrote 500 mm", "500 mm"),
            ("Chave de fendas PH2", "PH2"),
            ("Alicate universal 180 mm", "180 mm"),
            ("Fita métrica 5 m", "5 m"),
            ("Nível de bolha 60 cm", "60 cm"),
            ("Espátula inox 80 mm", "80 mm"),
        ),
    ),
    (
        "ELETRICIDADE",
        (
            ("Extensão 3 tomadas 1,5 m", "1,5 m"),
            ("Fita isoladora preta", ""),
            ("Lâmpada LED E27 9 W", "9 W"),
            ("Casquilho E27 baquelite", ""),
            ("Abraçadeiras nylon 200 mm", "200 mm"),
        ),
    ),
)


def ferragens(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Ferragens Silva & Filhos - Tabela de preços", A4)
    width, gap, top, bottom = 166.0, 8.5, 96.0, 570.0
    page, column, y = 0, 3, 0.0

    def new_page() -> None:
        nonlocal page, column, y
        pdf.add_page()
        page += 1
        column, y = 0, top
        pdf.set_font("DejaVu", "B", 15)
        pdf.text(40, 44, "FERRAGENS SILVA & FILHOS, LDA.")
        pdf.set_font("DejaVu", "", 8)
        pdf.text(
            40,
            60,
            "Tabela de preços ao balcão · IVA incluído · válida a partir de 1 de março de 2026",
        )
        right(pdf, 555, 44, f"Pág. {page}")
        rule(pdf, 70, 40)

    new_page()
    for section, items in IRONMONGERY:
        if y + 60 > bottom:
            column += 1
            y = top
            if column == 3:
                new_page()
        x = 40 + column * (width + gap)
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.text(x, y, section)
        y += 16
        for name, size in items:
            if y > bottom:
                column += 1
                y = top
                if column == 3:
                    new_page()
                x = 40 + column * (width + gap)
            code = str(words.rng.randrange(1000, 9999))
            price = comma(words.rng.randrange(45, 2490) / 100)
            pdf.set_font("DejaVu", "", 7)
            grey(pdf, 110)
            pdf.text(x, y, code)
            black(pdf)
            pdf.set_font("DejaVu", "", 7.4)
            pdf.text(x + 23, y, name)
            start = x + 23 + pdf.get_string_width(name) + 3
            end = x + width - pdf.get_string_width(price) - 3
            grey(pdf, 140)
            leader(pdf, start, end, y)
            black(pdf)
            right(pdf, x + width, y, price)
            y += 15
            truth.products.append(
                product(name, [code], [price], page, sizes=[size] if size else [])
            )
        y += 12
    fill(pdf, (238, 236, 230))
    pdf.rect(40, 600, 515, 70, style="F")
    pdf.set_font("DejaVu", "B", 8)
    pdf.text(50, 618, "Horário e condições")
    pdf.set_font("DejaVu", "", 7.5)
    for n, line in enumerate(
        (
            "Segunda a sexta 8h30–19h00 · sábado 9h00–13h00 · encerra ao domingo e feriados.",
            "Entregas ao domicílio no concelho do Porto a partir de 50 € de compras.",
            "Aceitamos Multibanco, MB WAY e cheque. Descontos para profissionais sob consulta.",
        )
    ):
        pdf.text(50, 634 + 11 * n, line)
    pdf.set_font("DejaVu", "", 6.5)
    grey(pdf)
    pdf.text(
        40, 825, "Rua do Bonjardim, 512 · 4000-123 Porto · Preços em euros · Sujeitos a alteração"
    )
    black(pdf)
    return pdf


# === non-catalogs ==============================================================================


def creditnote(words: Words, truth: Truth) -> FPDF:
    """A supplier's credit note (A4): returned lines with codes, quantities, unit prices and the
    amounts credited, reasons, VAT and the total credited to the customer's account."""
    pdf = sized_pdf("Credit note CN-2026-0147", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 56, "Brampton Office Interiors Ltd")
    pdf.set_font("Helvetica", "", 8.5)
    for n, line in enumerate(
        ("Unit 7, Riverside Trade Park", "Leeds LS10 1QR", "VAT GB 284 5519 03")
    ):
        pdf.text(40, 72 + 11 * n, line)
    pdf.set_font("Helvetica", "B", 22)
    right(pdf, 555, 60, "CREDIT NOTE")
    pdf.set_font("Helvetica", "", 9)
    for n, (key, value) in enumerate(
        (
            ("Credit note no.", "CN-2026-0147"),
            ("Date", "12 March 2026"),
            ("Against invoice", "INV-2026-0893"),
            ("Customer account", "C-10442"),
        )
    ):
        pdf.text(360, 84 + 13 * n, key)
        right(pdf, 555, 84 + 13 * n, value)
    pdf.set_font("Helvetica", "B", 9)
    pdf.text(40, 150, "Credit to")
    pdf.set_font("Helvetica", "", 9)
    for n, line in enumerate(
        (words.faker.company(), words.faker.street_address(), words.faker.city())
    ):
        pdf.text(40, 164 + 12 * n, line)
    columns = ((44, "l"), (110, "l"), (350, "l"), (410, "r"), (480, "r"), (551, "r"))
    y = 230.0
    fill(pdf, (230, 230, 230))
    pdf.rect(40, y - 11, 515, 16, style="F")
    pdf.set_font("Helvetica", "B", 8.5)
    cells(pdf, y, columns, ["Item code", "Description", "Reason", "Qty", "Unit price", "Credit"])
    lines = (
        ("DSK-1600-WO", "Desk 1600 x 800, white oak top", "Damaged"),
        ("CHR-ERG-24B", "Task chair, black mesh", "Wrong item"),
        ("PED-3D-GR", "Mobile pedestal, 3 drawers, grey", "Damaged"),
        ("CAB-1200-W", "Cupboard 1200 mm, white", "Not ordered"),
    )
    total = 0.0
    pdf.set_font("Helvetica", "", 8.5)
    for code, description, reason in lines:
        y += 18
        qty = words.rng.randrange(1, 5)
        unit = words.rng.randrange(8900, 42000) / 100
        total += qty * unit
        cells(
            pdf,
            y,
            columns,
            [code, description, reason, str(qty), f"{unit:,.2f}", f"-{qty * unit:,.2f}"],
        )
        rule(pdf, y + 6, 200)
    vat = total * 0.2
    for n, (key, value) in enumerate(
        (
            ("Net credit", f"-{total:,.2f}"),
            ("VAT 20%", f"-{vat:,.2f}"),
            ("Total credited (GBP)", f"-£{total + vat:,.2f}"),
        )
    ):
        pdf.set_font("Helvetica", "B" if n == 2 else "", 9)
        pdf.text(360, y + 30 + 15 * n, key)
        right(pdf, 551, y + 30 + 15 * n, value)
    pdf.set_font("Helvetica", "", 8.5)
    paragraph(
        pdf,
        40,
        y + 100,
        515,
        "This credit has been applied to your account and will be set against your next"
        " invoice. Collected goods were returned to our warehouse under return authorisation"
        f" RA-{words.rng.randrange(3000, 3999)}. Please contact accounts@brampton.example with"
        " any query quoting the credit note number.",
        12,
    )
    pdf.set_font("Helvetica", "", 7)
    grey(pdf)
    pdf.text(40, 810, "Brampton Office Interiors Ltd · Registered in England No. 08812345")
    black(pdf)
    return pdf


def stromrechnung(words: Words, truth: Truth) -> FPDF:
    """A German electricity bill (A4): account and meter numbers, readings, consumption, the
    price per kWh and the standing charge, taxes, and the instalment plan for the next year."""
    pdf = unicode_pdf("Stromrechnung 2025", A4)
    pdf.add_page()
    fill(pdf, (0, 120, 80))
    pdf.rect(40, 36, 24, 24, style="F")
    pdf.set_font("DejaVu", "B", 13)
    pdf.text(72, 54, "Stadtwerke Lindental")
    pdf.set_font("DejaVu", "", 8)
    pdf.text(40, 100, "Stadtwerke Lindental GmbH · Postfach 1120 · 79001 Lindental")
    pdf.set_font("DejaVu", "", 9.5)
    for n, line in enumerate(
        (
            words.faker.name(),
            words.faker.street_address(),
            f"79{words.rng.randrange(100, 999)} Lindental",
        )
    ):
        pdf.text(40, 118 + 13 * n, line)
    pdf.set_font("DejaVu", "", 8)
    for n, (key, value) in enumerate(
        (
            ("Kundennummer", f"{words.rng.randrange(10**8, 10**9)}"),
            ("Vertragskonto", f"{words.rng.randrange(10**9, 10**10)}"),
            ("Zählernummer", f"1ESY{words.rng.randrange(10**7, 10**8)}"),
            ("Marktlokation", f"5{words.rng.randrange(10**9, 10**10)}"),
            ("Rechnungsdatum", "14.01.2026"),
        )
    ):
        pdf.text(360, 110 + 12 * n, key)
        right(pdf, 555, 110 + 12 * n, value)
    pdf.set_font("DejaVu", "B", 14)
    pdf.text(40, 210, "Jahresabrechnung Strom 2025")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.text(40, 226, "Tarif „LindenStrom Öko 24“ · Abrechnungszeitraum 01.01.2025 – 31.12.2025")
    old, used = words.rng.randrange(20000, 40000), words.rng.randrange(1800, 4200)
    y = 256.0
    columns = ((40, "l"), (200, "r"), (290, "r"), (370, "r"), (460, "r"), (555, "r"))
    pdf.set_font("DejaVu", "B", 8)
    cells(pdf, y, columns, ["Zählerstand", "alt", "neu", "Verbrauch", "Preis", "Betrag €"])
    rule(pdf, y + 4, 80)
    per_kwh = words.rng.randrange(2900, 3600) / 100
    energy = used * per_kwh / 100
    base = words.rng.randrange(1100, 1600) / 100
    rows = [
        [
            "Arbeitspreis",
            f"{old}",
            f"{old + used}",
            f"{used} kWh",
            f"{comma(per_kwh)} ct/kWh",
            comma(energy),
        ],
        ["Grundpreis", "", "", "12 Monate", f"{comma(base)} €/Monat", comma(base * 12)],
    ]
    net = energy + base * 12
    pdf.set_font("DejaVu", "", 8)
    for row in rows:
        y += 16
        cells(pdf, y, columns, row)
    y += 24
    paid = words.rng.randrange(8, 12) * 100.0
    for key, value in (
        ("Summe netto", net),
        ("Umsatzsteuer 19 %", net * 0.19),
        ("Rechnungsbetrag brutto", net * 1.19),
        ("abzüglich geleistete Abschläge", -paid),
    ):
        pdf.text(290, y, key)
        right(pdf, 555, y, comma(value))
        y += 13
    balance = net * 1.19 - paid
    pdf.set_font("DejaVu", "B", 9)
    pdf.text(290, y + 4, "Nachzahlung" if balance > 0 else "Ihr Guthaben")
    right(pdf, 555, y + 4, f"{comma(abs(balance))} €")
    y += 40
    pdf.set_font("DejaVu", "B", 10)
    pdf.text(40, y, "Ihre neuen Abschläge")
    pdf.set_font("DejaVu", "", 8)
    monthly = round(net * 1.19 / 12, 0)
    for n, month in enumerate(("15.02.", "15.03.", "15.04.", "15.05.", "15.06.", "15.07.")):
        pdf.text(40 + 85 * n, y + 18, f"{month}2026")
        pdf.text(40 + 85 * n, y + 30, f"{comma(monthly)} €")
    y += 60
    pdf.set_font("DejaVu", "", 8)
    paragraph(
        pdf,
        40,
        y,
        515,
        "Ihr Verbrauch lag 4 % unter dem Vorjahr. Der Betrag wird per SEPA-Lastschrift"
        " (Mandatsreferenz LW-2231) von Ihrem Konto eingezogen. Stromkennzeichnung: 100 %"
        " erneuerbare Energien. Fragen? 0800 555 7711 (kostenfrei).",
        11,
    )
    return pdf


def loonstrook(words: Words, truth: Truth) -> FPDF:
    """A Dutch payslip (A5 landscape): employer and employee, period, wage codes with hours,
    rates and amounts, deductions, net pay and year-to-date figures."""
    pdf = sized_pdf("Loonstrook maart 2026", A5_LANDSCAPE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(30, 36, "LOONSTROOK")
    pdf.set_font("Helvetica", "", 7.5)
    pdf.text(30, 50, "Bakkerij De Korenschoof B.V. · Loonheffingennr. 8123.45.678.L01")
    right(pdf, 565, 36, "Periode 03 · maart 2026")
    right(pdf, 565, 50, f"Personeelsnr. {words.rng.randrange(100, 999)}")
    pdf.text(
        30,
        66,
        f"Werknemer: {words.faker.name()}   ·   Functie: Broodbakker   ·   Schaal 4, trede 6",
    )
    rule(pdf, 74, 90, 30, 565)
    columns = ((30, "l"), (62, "l"), (250, "r"), (320, "r"), (400, "r"), (480, "r"), (565, "r"))
    y = 90.0
    pdf.set_font("Helvetica", "B", 7.5)
    cells(
        pdf,
        y,
        columns,
        ["Code", "Omschrijving", "Aantal", "Tarief", "Bruto", "Inhouding", "Cumulatief"],
    )
    rate = words.rng.randrange(1650, 2150) / 100
    hours = 152.0
    gross = hours * rate
    overtime = words.rng.randrange(4, 14)
    lines = [
        ("1000", "Uurloon", comma(hours), comma(rate), comma(gross), "", comma(gross * 3)),
        (
            "1120",
            "Overwerk 125%",
            comma(overtime),
            comma(rate * 1.25),
            comma(overtime * rate * 1.25),
            "",
            "",
        ),
        (
            "1300",
            "Toeslag vroege dienst",
            "12,00",
            comma(rate * 0.3),
            comma(12 * rate * 0.3),
            "",
            "",
        ),
        ("4010", "Pensioenpremie BPF", "", "", "", comma(gross * 0.062), comma(gross * 0.186)),
        ("5000", "Loonheffing", "", "", "", comma(gross * 0.09), comma(gross * 0.27)),
        ("6200", "Reiskostenvergoeding", "21 dgn", "0,23", comma(21 * 0.23 * 18), "", ""),
    ]
    pdf.set_font("Helvetica", "", 7.5)
    for line in lines:
        y += 13
        cells(pdf, y, columns, list(line))
    y += 10
    rule(pdf, y, 90, 30, 565)
    net = gross + overtime * rate * 1.25 + 12 * rate * 0.3 + 21 * 0.23 * 18 - gross * 0.152
    pdf.set_font("Helvetica", "B", 9)
    pdf.text(320, y + 18, "Netto uit te betalen")
    right(pdf, 565, y + 18, f"€ {comma(net)}")
    pdf.set_font("Helvetica", "", 7)
    grey(pdf, 80)
    for n, line in enumerate(
        (
            f"Reservering vakantiegeld 8%: € {comma(gross * 0.08)}"
            "   ·   Vakantie-uren saldo: 112,5",
            f"Overgemaakt op NL{words.rng.randrange(10, 99)}INGB000"
            f"{words.rng.randrange(10**6, 10**7)} op 25-03-2026",
            "Heffingskorting toegepast: ja   ·   Tabel: wit, maand",
        )
    ):
        pdf.text(30, y + 48 + 11 * n, line)
    black(pdf)
    return pdf


FLEET = (
    ("Ford Transit Custom 2.0 EcoBlue 130", "Comprehensive"),
    ("Vauxhall Vivaro 1.5 Turbo D", "Comprehensive"),
    ("Mercedes-Benz Sprinter 314 CDI", "Comprehensive"),
    ("Toyota Hilux 2.4 D-4D Invincible", "Third party, fire & theft"),
    ("Peugeot Partner 1.5 BlueHDi", "Comprehensive"),
    ("Volkswagen Crafter CR35 TDI", "Third party, fire & theft"),
)


def premium(words: Words, truth: Truth) -> FPDF:
    """A commercial motor fleet's insurance premium schedule (Letter): policy data, vehicles by
    registration with make and model, cover, excess and premium, insurance premium tax, total."""
    pdf = sized_pdf("Fleet policy schedule", LETTER)
    pdf.add_page()
    pdf.set_font("Times", "B", 17)
    pdf.text(40, 56, "Kingsmead Mutual Insurance")
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, 80, "Motor Fleet Policy  —  Schedule of Vehicles and Premium")
    pdf.set_font("Helvetica", "", 8.5)
    for n, (key, value) in enumerate(
        (
            ("Policy number", f"KMF/{words.rng.randrange(100000, 999999)}/26"),
            ("Policyholder", words.faker.company()),
            ("Period of insurance", "01/04/2026 to 31/03/2027 (both days inclusive)"),
            ("Use", "Social, domestic, pleasure and business use; carriage of own goods"),
        )
    ):
        pdf.text(40, 104 + 13 * n, key)
        pdf.text(150, 104 + 13 * n, value)
    columns = ((40, "l"), (110, "l"), (300, "l"), (440, "r"), (500, "r"), (572, "r"))
    y = 180.0
    fill(pdf, (225, 232, 240))
    pdf.rect(36, y - 11, 540, 16, style="F")
    pdf.set_font("Helvetica", "B", 8)
    cells(pdf, y, columns, ["Reg. no.", "Make and model", "Cover", "Excess", "Value", "Premium"])
    total = 0.0
    pdf.set_font("Helvetica", "", 8)
    letters = "ABCDEFGHJKLMNPRSTVWXY"
    for model, cover in FLEET:
        y += 17
        reg = (
            f"{words.rng.choice(letters)}{words.rng.choice(letters)}{words.rng.randrange(18, 25)}"
            f" {''.join(words.rng.choice(letters) for _ in range(3))}"
        )
        value = words.rng.randrange(12, 45) * 1000
        prem = words.rng.randrange(68000, 190000) / 100
        total += prem
        cells(pdf, y, columns, [reg, model, cover, "£500", f"£{value:,}", f"£{prem:,.2f}"])
        rule(pdf, y + 5, 210, 36, 576)
    y += 24
    for n, (key, value) in enumerate(
        (
            ("Annual premium", total),
            ("Insurance Premium Tax at 12%", total * 0.12),
            ("Total payable", total * 1.12),
        )
    ):
        pdf.set_font("Helvetica", "B" if n == 2 else "", 9)
        pdf.text(380, y + 14 * n, key)
        right(pdf, 572, y + 14 * n, f"£{value:,.2f}")
    pdf.set_font("Helvetica", "", 8)
    paragraph(
        pdf,
        40,
        y + 70,
        532,
        "Endorsements applicable: E04 (approved drivers aged 25 and over), E11 (telematics"
        " device fitted), E17 (windscreen cover, £75 excess). Payable by ten monthly instalments"
        " by direct debit. This schedule forms part of and must be read with the policy wording"
        " KM-MF-2026 and any certificate of motor insurance issued.",
        11,
    )
    return pdf


def itinerario(words: Words, truth: Truth) -> FPDF:
    """An Italian travel itinerary (A4): booking code, passengers, flights with numbers and
    times, hotel nights, a fare breakdown with taxes and the total paid."""
    pdf = sized_pdf("Itinerario di viaggio", A4)
    pdf.add_page()
    fill(pdf, (20, 70, 140))
    pdf.rect(0, 0, A4[0], 60, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 38, "Viaggi Aurora")
    pdf.set_font("Helvetica", "", 9)
    right(pdf, 555, 38, "Itinerario di viaggio e ricevuta")
    black(pdf)
    code = "".join(words.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, 92, f"Codice prenotazione (PNR): {code}")
    pdf.set_font("Helvetica", "", 9)
    pdf.text(40, 108, f"Passeggeri: {words.faker.name()}, {words.faker.name()}")
    pdf.text(40, 121, "Data emissione: 03/02/2026   ·   Biglietti elettronici n. 055-2417736512/13")
    y = 154.0
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(40, y, "Voli")
    columns = ((40, "l"), (110, "l"), (170, "l"), (330, "l"), (420, "l"), (555, "r"))
    y += 16
    pdf.set_font("Helvetica", "B", 8)
    cells(pdf, y, columns, ["Data", "Volo", "Tratta", "Orario", "Classe", "Bagaglio"])
    rule(pdf, y + 4, 90)
    pdf.set_font("Helvetica", "", 8)
    for row in (
        [
            "14/04/2026",
            "AZ 1782",
            "Roma FCO - Bari BRI",
            "08:15 - 09:20",
            "Economy (Y)",
            "1 x 23 kg",
        ],
        [
            "18/04/2026",
            "AZ 1789",
            "Bari BRI - Roma FCO",
            "19:40 - 20:45",
            "Economy (Y)",
            "1 x 23 kg",
        ],
    ):
        y += 15
        cells(pdf, y, columns, row)
    y += 34
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(40, y, "Soggiorno")
    pdf.set_font("Helvetica", "", 8.5)
    for line in (
        "Hotel Palazzo del Porto ****, Via Venezia 12, Bari",
        "Check-in 14/04/2026 dalle 14:00 · Check-out 18/04/2026 entro le 11:00",
        "4 notti · camera doppia superior · colazione inclusa · conferma n. 88213",
    ):
        y += 14
        pdf.text(40, y, line)
    y += 34
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(40, y, "Riepilogo costi")
    fare = words.rng.randrange(9000, 18000) / 100
    hotel = words.rng.randrange(42000, 68000) / 100
    pdf.set_font("Helvetica", "", 8.5)
    total = 0.0
    for key, value in (
        ("Tariffa aerea (2 passeggeri)", fare * 2),
        ("Tasse e supplementi aeroportuali", 2 * 38.62),
        ("Hotel, 4 notti", hotel),
        ("Tassa di soggiorno (da pagare in hotel)", 0.0),
        ("Diritti di agenzia", 25.0),
    ):
        y += 14
        total += value
        pdf.text(40, y, key)
        right(pdf, 555, y, "in loco" if value == 0 else f"€ {comma(value)}")
    y += 6
    rule(pdf, y, 80)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.text(40, y + 16, "Totale pagato con carta Visa **** 4417")
    right(pdf, 555, y + 16, f"€ {comma(total)}")
    pdf.set_font("Helvetica", "", 8)
    paragraph(
        pdf,
        40,
        y + 50,
        515,
        "Presentarsi al check-in almeno 90 minuti prima della partenza con un documento"
        " d'identità valido. Cambi e rimborsi secondo le regole tariffarie. In caso di"
        " necessità: assistenza 24 ore su 24 al numero +39 06 5550 1234.",
        11,
    )
    return pdf


# === the batch =================================================================================

BLIND_15 = ("chemicals", "fahrradteile", "designbutik", "medelynas", "foodservice")
BLIND_15 += ("inmobiliaria", "thes", "toner", "ferragens")
BLIND_15_NON_CATALOGS = ("creditnote", "stromrechnung", "loonstrook", "premium", "itinerario")
LAYOUTS_15 = BLIND_15 + BLIND_15_NON_CATALOGS
SCAN_DPI_15 = {"chemicals": 250, "fahrradteile": 200, "designbutik": 150, "medelynas": 200}
SCAN_DPI_15 |= {"foodservice": 200, "inmobiliaria": 150, "thes": 200, "toner": 300}
SCAN_DPI_15 |= {"ferragens": 250, "creditnote": 200, "stromrechnung": 200, "loonstrook": 250}
SCAN_DPI_15 |= {"premium": 150, "itinerario": 200}
LANGUAGE_15 = {"fahrradteile": "de", "designbutik": "da", "medelynas": "lt"}
LANGUAGE_15 |= {"inmobiliaria": "es", "thes": "fr", "toner": "sv", "ferragens": "pt"}
LANGUAGE_15 |= {"stromrechnung": "de", "loonstrook": "nl", "itinerario": "it"}
LOCALES_15 = {"en": "en_GB", "de": "de_DE", "da": "da_DK", "lt": "lt_LT", "es": "es_ES"}
LOCALES_15 |= {"fr": "fr_FR", "sv": "sv_SE", "pt": "pt_PT", "nl": "nl_NL", "it": "it_IT"}
SEED_15 = 15000
MAKERS_15: dict[str, Callable[[Words, Truth], FPDF]] = {
    "chemicals": chemicals,
    "fahrradteile": fahrradteile,
    "designbutik": designbutik,
    "medelynas": medelynas,
    "foodservice": foodservice,
    "inmobiliaria": inmobiliaria,
    "thes": thes,
    "toner": toner,
    "ferragens": ferragens,
    "creditnote": creditnote,
    "stromrechnung": stromrechnung,
    "loonstrook": loonstrook,
    "premium": premium,
    "itinerario": itinerario,
}

# registered beside the earlier batches, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["15"] = Batch(
    LAYOUTS_15, BLIND_15, MAKERS_15, SEED_15, LANGUAGE_15, LOCALES_15, SCAN_DPI_15
)
