"""Blind batch 12: a mix of catalogs a PDF-ingestion service receives, written WITHOUT the engine.

Bench figures, never test floors: only ``bench/quality.py --layouts blind12`` writes them, and the
batch is meant to be scored ONCE, at the end, as an honest estimate on catalogs nobody tuned on.
Nobody who wrote it read ``pdfqueue.engines`` (``catalog*``, ``layout*``, ``ocr*``), nor ran the
engine or the bench on it; its forms are unlike every earlier batch's (1-11).

What counts as a product (what a careful human labeller would list): a thing the document
offers, ONCE, named as printed; its codes, prices and sizes as printed (prices in printed
order). Section headings, categories, brands, legends, column headings, stockists, fitting or
delivery charges, notes and totals are not. Where a row prints only a size or a vintage under a
name, the product is named name + size (or vintage), as a labeller writes it. Where two
languages print the same item's name, the main one is the name and the other an ``aliases``
entry. Per layout (files ``b12-<layout>``; seeds ``SEED_12`` + index):

- ``editorial``: a magazine fashion story (A4): a full-bleed photo with small numbered dots on
  it, a headline, and the credits as RUNNING CAPTION PROSE at the foot ("1. Linen shirt, £45,
  Marlow & Co. 2. Wide-leg trousers, £89, ...") between a standfirst and two columns of copy.
  A numbered item is a product, named as printed before its price (the stockist after it is
  not part of the name; the photographer and stylist credits are no products).
- ``auction``: an antiques auction catalogue (A4, serif): per lot a photo, "LOT 112" and a
  description whose first sentence is in capitals ("A GEORGE III MAHOGANY BRACKET CLOCK"),
  provenance prose, "Estimate £800 - £1,200". Decision: a lot IS a product (it is offered for
  sale, and a buyer bids on it by number): named by its capitals title as printed (up to the
  first comma), its code the lot number ("112"), prices the low then the high estimate. The
  buyer's premium is not.
- ``distributor``: a B2B electronics distributor's search-result print (A4): per part a row
  block, the manufacturer part number in bold, a description line, "Mfr.: ...", "Order no.",
  stock, RoHS, and at the right a stacked price-break ladder "1+ / 10+ / 100+ / 1000+" with
  unit prices. A part is a product, named by its MPN (its description an alias); codes the MPN
  and the order number; prices the ladder top to bottom.
- ``mowers``: a garden machinery brochure (A4 landscape): per range a comparison table, FIVE
  models as columns with a photo over each and a "BEST SELLER" ribbon over one, features as
  drawn filled / hollow dots, rows for article number and RRP. A model column is a product.
- ``vinos``: a Spanish wine merchant's list (A4, DejaVu): D.O. headings, a wine's bold name with
  the bodega in italics, then VINTAGE SUB-ROWS each with its reference and price ("2019 ...
  Ref. 40112 ... 18,50 €"). A vintage is a product (its own reference and price), named wine +
  vintage ("Viña Lorca Reserva 2019").
- ``ksiegarnia``: a Polish bookshop's new-titles list (A4, DejaVu, two columns that FLOW: an
  entry may start at the foot of one column and end at the head of the next): a small cover,
  the bold title, the author, a blurb, "oprawa twarda · 352 s.", "ISBN 978-83-...", "49,90 zł".
  A title is a product (its ISBN; pages as size); its page is where its entry starts.
- ``minibar``: a hotel minibar and room-service card (A5, DejaVu, Danish / English): a centred
  crest, headings "Drikkevarer · Drinks", item lines "Øl, Tuborg Classic 33 cl / Beer" with a
  price at the right in "kr", a "consumed" tick column; room service on page 2. Every priced
  item is a product (Danish name, English alias). The service charge note is not.
- ``caraccess``: a car maker's genuine accessories pages (A4): per accessory a photo, the name,
  "Part no. 5H0 071 151 A", a "Fits:" list of models and years in two small columns, the price
  "£249.00" and "Fitting from £45.00" (a service, not a price of the part).
- ``tarvikkeet``: a Finnish medical supplies list (A4, DejaVu): product families as headings
  with a short description and a small photo, rows Koko | REF | Pakkaus | Hinta / pkt; a family
  in one size is a product named family + size ("Nitriilitutkimuskäsine, puuteriton M"), its
  REF number the code, its pack as size; a family sold in one size only is named as the family.

Batch 12 non-catalogs (truth: no products): ``notice`` (a supplier's price-change notice:
product groups with percentage increases and effective dates), ``nutrition`` (a nutrition facts
leaflet for a cereal range: energy and nutrients per 100 g and per serving), ``shipping`` (a
courier's rate card: weight bands by zones, surcharges), ``stocktake`` (an inventory count sheet:
locations, item codes, descriptions, book quantities, blank count boxes), ``allergens`` (a
pub's allergen chart: dish names by the fourteen allergens, crosses, no prices).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 12 [--scanned]
"""

from __future__ import annotations

from collections.abc import Callable

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo, wrap
from generate_blind import A4_LANDSCAPE, Batch, product, right, sized_pdf
from generate_blind6 import DEJAVU, comma, unicode_pdf
from generate_blind9 import black, centre, grey
from generate_blind11 import cells, rule

A5 = (419.53, 595.28)


def serif_pdf(title: str, size: tuple[float, float]) -> FPDF:
    """DejaVu Serif (regular, bold, italic) for the auction catalogue's book typography."""
    pdf = unicode_pdf(title, size)
    pdf.add_font("Serif", "", str(DEJAVU / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(DEJAVU / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(DEJAVU / "DejaVuSerif-Italic.ttf"))
    pdf.add_font("DejaVu", "I", str(DEJAVU / "DejaVuSans-Oblique.ttf"))
    return pdf


def paragraph(
    pdf: FPDF, x: float, y: float, width: float, text: str, leading: float, bottom: float = 800
) -> float:
    """Set `text` wrapped to `width`, cut where it would pass `bottom` (a column's foot, as
    an editor cuts copy to fit); return the baseline below its last line."""
    for line in wrap(pdf, text, width):
        if y > bottom:
            break
        pdf.text(x, y, line)
        y += leading
    return y


# === catalogs ==================================================================================

EDITORIAL_STORIES = (
    (
        "Coastal light",
        (
            ("Linen shirt", 45, "Marlow & Co."),
            ("Wide-leg trousers", 89, "Ardent"),
            ("Woven raffia tote", 38, "Salt House"),
            ("Leather slides", 65, "Pelle"),
            ("Gold hoop earrings", 29, "Oriel"),
            ("Striped cotton scarf", 22, "Marlow & Co."),
        ),
    ),
    (
        "After hours",
        (
            ("Silk slip dress", 139, "Noor"),
            ("Tailored wool blazer", 185, "Ardent"),
            ("Patent block heels", 95, "Pelle"),
            ("Beaded clutch bag", 58, "Oriel"),
            ("Sheer black tights", 12, "Fine Leg"),
            ("Pearl drop necklace", 48, "Oriel"),
        ),
    ),
    (
        "Weekend layers",
        (
            ("Chunky merino cardigan", 120, "Hearth"),
            ("Straight-leg jeans", 75, "Bluebird"),
            ("Quilted gilet", 98, "Northway"),
            ("Suede ankle boots", 149, "Pelle"),
            ("Ribbed beanie", 18, "Hearth"),
            ("Canvas backpack", 55, "Northway"),
        ),
    ),
)


def editorial(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Maison magazine - spring style stories", A4)
    for page, (story, items) in enumerate(EDITORIAL_STORIES, 1):
        pdf.add_page()
        pdf.image(photo(12000 + page, (300, 320)), x=0, y=0, w=A4[0], h=560)
        rng = words.rng
        for k in range(len(items)):
            # numbered dots on the photo, where each garment is worn
            x, y = 70 + (k % 3) * 160 + rng.uniform(0, 60), 120 + (k // 3) * 200
            pdf.set_fill_color(255, 255, 255)
            pdf.ellipse(x, y, 16, 16, style="F")
            pdf.set_font("Helvetica", "B", 8)
            centre(pdf, x + 8, y + 11, str(k + 1))
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Times", "I", 40)
        pdf.text(40, 520, story)
        black(pdf)
        pdf.set_font("Times", "", 10)
        y = paragraph(pdf, 40, 590, 515, words.paragraph(4), 13)
        pdf.set_font("Helvetica", "B", 7)
        pdf.text(40, y + 14, "STOCKISTS AND CREDITS")
        credits = " ".join(
            f"{k}. {name}, £{price}, {stockist.rstrip('.')}."
            for k, (name, price, stockist) in enumerate(items, 1)
        )
        credits += " Photography Ines Varga. Styling Tom Hale. Hair and make-up Rhea Lund."
        pdf.set_font("Helvetica", "", 7.5)
        y = paragraph(pdf, 40, y + 26, 515, credits, 10)
        pdf.set_font("Times", "", 10)
        for x in (40, 307):
            paragraph(pdf, x, y + 24, 248, words.paragraph(5), 13, bottom=790)
        for name, price, _ in items:
            truth.products.append(product(name, [], [f"£{price}"], page))
        pdf.set_font("Helvetica", "", 7)
        pdf.text(40, 820, f"MAISON  ·  SPRING 2026  ·  {page * 2 + 40}")
    return pdf


AUCTION_LOTS = (
    ("A GEORGE III MAHOGANY BRACKET CLOCK", "the arched case with brass carrying handle", 800),
    ("A PAIR OF MEISSEN PORCELAIN FIGURES", "modelled as a shepherd and shepherdess", 1200),
    ("A VICTORIAN SILVER TEA SERVICE", "London 1868, comprising teapot, jug and bowl", 600),
    ("AN OAK REFECTORY TABLE", "the plank top on turned legs joined by stretchers", 1500),
    ("A CHINESE BLUE AND WHITE GINGER JAR", "painted with prunus on a cracked-ice ground", 400),
    ("A REGENCY ROSEWOOD CARD TABLE", "the swivel top with brass inlay", 700),
    ("A SET OF SIX BALLOON-BACK CHAIRS", "walnut, with carved top rails", 300),
    ("A CONTINENTAL GILTWOOD MIRROR", "the oval plate within a foliate frame", 500),
    ("A PERSIAN HERIZ CARPET", "the brick-red field with a large central medallion", 900),
    ("A BRONZE FIGURE OF A HORSE", "after Pierre-Jules Mêne, on a marble base", 1000),
    ("AN EDWARDIAN INLAID DISPLAY CABINET", "the glazed door enclosing velvet shelves", 450),
    ("A LATE VICTORIAN DOLLS HOUSE", "painted pine, opening to reveal six rooms", 250),
    ("A GEORGIAN SILVER SAUCE BOAT", "on three hoof feet, maker's mark rubbed", 350),
    ("A PAIR OF STAFFORDSHIRE SPANIELS", "with gilt collars and chains", 150),
    ("AN ART DECO WALNUT COCKTAIL CABINET", "the fall front revealing a mirrored interior", 650),
)


def estimate(low: int) -> tuple[str, str]:
    high = low * 3 // 2 if low >= 500 else low * 2
    return f"£{low:,}", f"£{high:,}"


def auction(words: Words, truth: Truth) -> FPDF:
    pdf = serif_pdf("Harrow & Finch - Fine Furniture, Clocks and Works of Art", A4)
    lot = 100 + words.rng.randrange(1, 20)
    per_page = 5
    for page in range(1, len(AUCTION_LOTS) // per_page + 1):
        pdf.add_page()
        pdf.set_font("Serif", "", 8)
        pdf.text(40, 32, "HARROW & FINCH  ·  Fine Furniture, Clocks and Works of Art")
        right(pdf, 555, 32, "Wednesday 14 January 2026 at 10 am")
        rule(pdf, 40, 0)
        y = 62
        for title, detail, low in AUCTION_LOTS[(page - 1) * per_page : page * per_page]:
            lot += words.rng.randrange(1, 4)
            pdf.image(photo(12100 + lot, (160, 140)), x=40, y=y, w=130, h=112)
            pdf.set_font("Serif", "B", 12)
            pdf.text(190, y + 12, f"LOT {lot}")
            first = f"{title}, {detail}."
            pdf.set_font("Serif", "", 8.5)
            text = f"{first} {words.sentence(12)} Provenance: {words.faker.name()}, by descent."
            end = paragraph(pdf, 190, y + 28, 365, text, 11)
            lo, hi = estimate(low)
            pdf.set_font("Serif", "I", 9)
            pdf.text(190, max(end, y + 70) + 6, f"Estimate {lo} - {hi}")
            truth.products.append(product(title, [str(lot)], [lo, hi], page))
            y += 142
        pdf.set_font("Serif", "", 7)
        grey(pdf)
        pdf.text(40, 812, "A buyer's premium of 25% plus VAT is added to the hammer price.")
        right(pdf, 555, 812, str(page + 6))
        black(pdf)
    return pdf


PARTS = (
    ("TLV9062IDR", "Texas Instruments", "Op-amp, dual, rail-to-rail, 10 MHz, SOIC-8", 0.62),
    ("LM1117MPX-3.3/NOPB", "Texas Instruments", "LDO regulator 3.3 V 800 mA, SOT-223", 0.48),
    ("STM32G031K8T6", "STMicroelectronics", "MCU Arm Cortex-M0+, 64 KB flash, LQFP-32", 1.95),
    ("ESP32-C3-MINI-1-N4", "Espressif", "Wi-Fi + BLE module, 4 MB flash, PCB antenna", 2.40),
    ("BSS138LT1G", "onsemi", "MOSFET N-ch 50 V 200 mA, SOT-23", 0.11),
    ("1N4148WS-7-F", "Diodes Inc.", "Switching diode 75 V 150 mA, SOD-323", 0.05),
    ("GRM188R71C104KA01D", "Murata", "MLCC 0.1 µF 16 V X7R, 0603", 0.02),
    ("RC0603FR-0710KL", "Yageo", "Thick-film resistor 10 kΩ 1 % 0.1 W, 0603", 0.01),
    ("ADS1115IDGSR", "Texas Instruments", "ADC 16-bit 4-ch I²C, VSSOP-10", 3.85),
    ("MCP2515-I/SO", "Microchip", "CAN controller with SPI, SOIC-18", 1.72),
    ("W25Q128JVSIQ", "Winbond", "Serial NOR flash 128 Mbit, SPI, SOIC-8", 1.38),
    ("SN74LVC1G14DBVR", "Texas Instruments", "Single Schmitt-trigger inverter, SOT-23-5", 0.14),
    ("TPS62160DSGR", "Texas Instruments", "Buck converter 3-17 V 1 A, WSON-8", 1.10),
    ("CH340C", "WCH", "USB to UART bridge, SOP-16", 0.55),
    ("B3F-1000", "Omron", "Tactile switch 6 x 6 mm, through hole", 0.19),
    ("USB4105-GF-A", "GCT", "USB Type-C receptacle, 16 pin, SMT", 0.68),
    ("NE555DR", "Texas Instruments", "Precision timer, SOIC-8", 0.23),
    ("AO3401A", "Alpha & Omega", "MOSFET P-ch 30 V 4 A, SOT-23", 0.09),
)


def distributor(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Voltara Components - search results", A4)
    per_page = 6
    order = words.rng.randrange(2100000, 2200000)
    for page in range(1, len(PARTS) // per_page + 1):
        pdf.add_page()
        pdf.set_fill_color(16, 60, 110)
        pdf.rect(0, 0, A4[0], 46, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 14)
        pdf.text(40, 29, "voltara")
        pdf.set_font("DejaVu", "", 8)
        right(pdf, 555, 29, "Semiconductors  ›  search results  ›  sorted by relevance")
        black(pdf)
        pdf.set_font("DejaVu", "", 7.5)
        grey(pdf)
        pdf.text(40, 64, f"Results {(page - 1) * per_page + 1}-{page * per_page} of 18")
        right(pdf, 555, 64, "Prices in EUR per unit, excl. VAT  ·  Cut tape")
        black(pdf)
        y = 80
        for mpn, maker, description, base in PARTS[(page - 1) * per_page : page * per_page]:
            order += words.rng.randrange(11, 400)
            number = f"{order // 1000}-{order % 1000:03d}"
            rule(pdf, y, 200)
            pdf.image(photo(12200 + order % 997, (90, 90)), x=40, y=y + 10, w=60, h=60)
            pdf.set_font("DejaVu", "B", 10)
            pdf.set_text_color(16, 60, 110)
            pdf.text(115, y + 22, mpn)
            black(pdf)
            pdf.set_font("DejaVu", "", 8)
            pdf.text(115, y + 36, description)
            grey(pdf, 90)
            pdf.text(115, y + 50, f"Mfr.: {maker}     Order no.: {number}")
            stock = words.rng.randrange(0, 60000)
            pdf.text(115, y + 63, f"In stock: {stock:,}     RoHS compliant     Datasheet (PDF)")
            black(pdf)
            ladder = [base, base * 0.86, base * 0.71, base * 0.58]
            prices = [f"€{value:.3f}" for value in ladder]
            pdf.set_fill_color(240, 243, 248)
            pdf.rect(440, y + 8, 115, 66, style="F")
            for k, (qty, price) in enumerate(
                zip(("1+", "10+", "100+", "1000+"), prices, strict=True)
            ):
                pdf.set_font("DejaVu", "B" if k == 0 else "", 8)
                pdf.text(450, y + 22 + k * 15, qty)
                right(pdf, 548, y + 22 + k * 15, price)
            truth.products.append(product(mpn, [mpn, number], prices, page, aliases=[description]))
            y += 118
        pdf.set_font("DejaVu", "", 7)
        grey(pdf)
        pdf.text(40, 815, "voltara.example  ·  Minimum order value €20  ·  Same-day dispatch")
        right(pdf, 555, 815, f"Page {page} of 3")
        black(pdf)
    return pdf


MOWER_RANGES = (
    (
        "Petrol lawnmowers",
        ("Cutting width", "Engine", "Drive", "Grass box", "Height settings"),
        (
            ("Verdia 42 P", ("42 cm", "125 cc", "push", "45 l", "6"), (1, 0, 0, 0), 279),
            ("Verdia 46 S", ("46 cm", "140 cc", "self-propelled", "55 l", "7"), (1, 1, 0, 0), 379),
            ("Verdia 51 SV", ("51 cm", "166 cc", "variable", "70 l", "7"), (1, 1, 1, 0), 529),
            ("Verdia 53 SVE", ("53 cm", "170 cc", "variable", "70 l", "8"), (1, 1, 1, 1), 649),
            ("Verdia 56 Pro", ("56 cm", "190 cc", "variable", "80 l", "8"), (1, 1, 1, 1), 899),
        ),
    ),
    (
        "Robotic mowers",
        ("Max. area", "Max. slope", "Cutting width", "Noise", "Boundary"),
        (
            ("Rova 400", ("400 m²", "35 %", "18 cm", "58 dB(A)", "wire"), (0, 1, 0, 0), 649),
            ("Rova 800", ("800 m²", "40 %", "20 cm", "57 dB(A)", "wire"), (1, 1, 0, 0), 899),
            ("Rova 1200 X", ("1,200 m²", "45 %", "22 cm", "56 dB(A)", "wire"), (1, 1, 1, 0), 1199),
            (
                "Rova 2000 RTK",
                ("2,000 m²", "45 %", "22 cm", "55 dB(A)", "RTK GPS"),
                (1, 1, 1, 1),
                1699,
            ),
            (
                "Rova 3500 AWD",
                ("3,500 m²", "70 %", "24 cm", "58 dB(A)", "RTK GPS"),
                (1, 1, 1, 1),
                2499,
            ),
        ),
    ),
    (
        "Ride-on mowers and tractors",
        ("Cutting width", "Engine", "Transmission", "Grass box", "Turning circle"),
        (
            (
                "Terra R 76",
                ("76 cm", "224 cc", "hydrostatic", "200 l", "140 cm"),
                (1, 0, 0, 0),
                2199,
            ),
            (
                "Terra T 92",
                ("92 cm", "432 cc", "hydrostatic", "240 l", "120 cm"),
                (1, 1, 0, 0),
                2899,
            ),
            (
                "Terra T 107 H",
                ("107 cm", "656 cc", "hydrostatic", "300 l", "100 cm"),
                (1, 1, 1, 0),
                3799,
            ),
            ("Terra Z 122", ("122 cm", "724 cc", "zero-turn", "—", "0 cm"), (0, 1, 1, 1), 5499),
        ),
    ),
)
MOWER_FEATURES = (
    ("Petrol lawnmowers", ("Mulching", "Rear discharge", "Electric start", "Folding handle")),
    ("Robotic mowers", ("App control", "Rain sensor", "Anti-theft alarm", "Zones")),
    ("Ride-on mowers and tractors", ("Mulch kit", "Cruise control", "LED lights", "Cup holder")),
)


def feature_dot(pdf: FPDF, x: float, y: float, filled: bool) -> None:
    pdf.set_draw_color(30, 110, 50)
    pdf.set_fill_color(30, 110, 50)
    pdf.ellipse(x - 4, y - 7, 8, 8, style="DF" if filled else "D")


def mowers(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("GREENWAY garden machinery 2026", A4_LANDSCAPE)
    features = dict(MOWER_FEATURES)
    article = words.rng.randrange(9400000, 9500000)
    for page, (title, specs, models) in enumerate(MOWER_RANGES, 1):
        pdf.add_page()
        pdf.set_fill_color(30, 110, 50)
        pdf.rect(0, 0, A4_LANDSCAPE[0], 50, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 20)
        pdf.text(40, 34, title)
        pdf.set_font("DejaVu", "", 9)
        right(pdf, 802, 34, "GREENWAY  ·  Garden machinery 2026")
        black(pdf)
        label_w, col_w = 170, (762 - 170) / len(models)
        best = 1 if len(models) == 5 else 2
        pdf.set_font("DejaVu", "", 7.5)
        for k, (model, _, _, _) in enumerate(models):
            x = 40 + label_w + k * col_w
            pdf.image(photo(12300 + page * 10 + k, (140, 110)), x=x + 12, y=78, w=col_w - 24, h=88)
            if k == best:
                pdf.set_fill_color(220, 60, 40)
                pdf.rect(x + 12, 70, col_w - 24, 14, style="F")
                pdf.set_text_color(255, 255, 255)
                pdf.set_font("DejaVu", "B", 7.5)
                centre(pdf, x + col_w / 2, 80, "BEST SELLER")
                black(pdf)
            pdf.set_font("DejaVu", "B", 11)
            centre(pdf, x + col_w / 2, 186, model)
        y = 200
        rows = [(spec, [values[i] for _, values, _, _ in models]) for i, spec in enumerate(specs)]
        for spec, values in rows:
            y += 20
            pdf.set_font("DejaVu", "", 8.5)
            pdf.text(40, y, spec)
            for k, value in enumerate(values):
                centre(pdf, 40 + label_w + (k + 0.5) * col_w, y, value)
            rule(pdf, y + 6, 215, 40, 802)
        for i, feature in enumerate(features[title]):
            y += 20
            pdf.set_font("DejaVu", "", 8.5)
            pdf.text(40, y, feature)
            for k, (_, _, dots, _) in enumerate(models):
                feature_dot(pdf, 40 + label_w + (k + 0.5) * col_w, y, bool(dots[i]))
            rule(pdf, y + 6, 215, 40, 802)
        y += 22
        codes = []
        pdf.set_font("DejaVu", "", 8.5)
        pdf.text(40, y, "Article no.")
        for k in range(len(models)):
            article += words.rng.randrange(7, 90)
            codes.append(str(article))
            centre(pdf, 40 + label_w + (k + 0.5) * col_w, y, codes[-1])
        y += 24
        pdf.set_fill_color(235, 244, 236)
        pdf.rect(40, y - 15, 762, 22, style="F")
        pdf.set_font("DejaVu", "B", 10)
        pdf.text(46, y, "RRP incl. VAT")
        for k, (model, _, _, price) in enumerate(models):
            text = f"£{price:,}.00"
            centre(pdf, 40 + label_w + (k + 0.5) * col_w, y, text)
            truth.products.append(product(model, [codes[k]], [text], page))
        pdf.set_font("DejaVu", "B", 10)
        pdf.text(40, y + 44, f"Why choose a GREENWAY {title.split()[0].lower()} model?")
        pdf.set_font("DejaVu", "", 8.5)
        for x in (40, 431):
            paragraph(pdf, x, y + 62, 371, words.paragraph(3), 11.5)
        pdf.set_font("DejaVu", "", 7)
        grey(pdf)
        pdf.text(
            40, 570, "● standard   ○ optional accessory   —  not available.  " + words.sentence(10)
        )
        right(pdf, 802, 570, str(page + 17))
        black(pdf)
    return pdf


VINOS_DO = (
    (
        "D.O.Ca. RIOJA",
        (
            ("Viña Lorca Crianza", "Bodegas Lorca", (2019, 2020, 2021)),
            ("Viña Lorca Reserva", "Bodegas Lorca", (2016, 2018)),
            ("Montecillo Alto Blanco", "Hermanos Ruiz", (2022, 2023)),
            ("Sierra Cantabria Joven", "Viñedos del Norte", (2023,)),
        ),
    ),
    (
        "D.O. RIBERA DEL DUERO",
        (
            ("Pago de Ordóñez Roble", "Pago de Ordóñez", (2021, 2022)),
            ("Pago de Ordóñez Gran Reserva", "Pago de Ordóñez", (2012, 2014, 2015)),
            ("Castrillo Tinto Fino", "Bodega Castrillo", (2020,)),
        ),
    ),
    (
        "D.O. RÍAS BAIXAS",
        (
            ("Albariño Mar de Cíes", "Adega Costa", (2022, 2023)),
            ("Albariño Sobre Lías", "Adega Costa", (2021,)),
        ),
    ),
    (
        "D.O. JEREZ-XÉRÈS-SHERRY",
        (
            ("Fino Alegría", "González Peña", (0,)),
            ("Amontillado Viejo 20 años", "González Peña", (0,)),
        ),
    ),
    (
        "D.O.Q. PRIORAT",
        (
            ("Coster de l'Ermita", "Celler Vall", (2017, 2018, 2019)),
            ("Clos Figueres Negre", "Clos Figueres", (2020,)),
        ),
    ),
)


def vinos(words: Words, truth: Truth) -> FPDF:
    pdf = serif_pdf("Vinoteca El Sarmiento - lista de vinos", A4)
    ref = words.rng.randrange(40100, 40200)
    page, y = 0, 900.0

    def new_page() -> float:
        nonlocal page
        page += 1
        pdf.add_page()
        pdf.set_font("Serif", "B", 16)
        centre(pdf, A4[0] / 2, 52, "VINOTECA EL SARMIENTO")
        pdf.set_font("Serif", "I", 9)
        centre(
            pdf, A4[0] / 2, 68, "Lista de vinos · invierno 2026 · precios por botella, IVA incluido"
        )
        rule(pdf, 80, 120, 90, 505)
        return 110.0

    for region, wines in VINOS_DO:
        need = 40 + sum(28 + 15 * len(v) for _, _, v in wines)
        if y + min(need, 200) > 780:
            y = new_page()
        pdf.set_font("Serif", "B", 11)
        pdf.set_text_color(120, 20, 40)
        pdf.text(90, y, region)
        black(pdf)
        y += 22
        for wine, bodega, vintages in wines:
            if y + 20 + 15 * len(vintages) > 790:
                y = new_page()
            pdf.set_font("Serif", "B", 10)
            pdf.text(90, y, wine)
            width = pdf.get_string_width(wine)
            pdf.set_font("Serif", "I", 9)
            pdf.text(96 + width, y, f"— {bodega}")
            y += 15
            base = words.rng.uniform(9, 60)
            for vintage in vintages:
                ref += words.rng.randrange(1, 9)
                value = base * (1 + (2024 - vintage) * 0.07) if vintage else base
                price = f"{comma(value)} €"
                label = str(vintage) if vintage else "s/a"
                pdf.set_font("DejaVu", "", 8.5)
                pdf.text(110, y, label)
                grey(pdf)
                pdf.text(170, y, f"Ref. {ref}")
                black(pdf)
                dots = "." * int(
                    (495 - pdf.get_string_width(price) - 240) / pdf.get_string_width(".")
                )
                pdf.set_text_color(170, 170, 170)
                pdf.text(240, y, dots)
                black(pdf)
                right(pdf, 505, y, price)
                name = f"{wine} {vintage}" if vintage else wine
                truth.products.append(product(name, [str(ref)], [price], page))
                y += 14
            y += 10
        y += 8
    pdf.set_font("Serif", "I", 8)
    grey(pdf)
    centre(pdf, A4[0] / 2, 815, "s/a: sin añada. Descuento del 10 % por caja de 6 botellas.")
    black(pdf)
    return pdf


KSIAZKI = (
    ("Sól i popiół", "Agnieszka Wrona", "oprawa twarda", 352, 49.90),
    ("Ogród pani Heleny", "Marek Zieliński", "oprawa miękka", 288, 39.90),
    ("Północna latarnia", "Ewa Kubiak", "oprawa twarda", 416, 54.90),
    ("Dziennik z Mazur", "Tomasz Sobczak", "oprawa miękka ze skrzydełkami", 240, 42.00),
    ("Zimowe archiwum", "Katarzyna Lis", "oprawa twarda", 504, 64.90),
    ("Rzeka bez brzegów", "Paweł Nowicki", "oprawa miękka", 320, 44.90),
    ("Szklany dom", "Joanna Mazur", "oprawa twarda", 384, 52.00),
    ("Kuchnia babci Zosi", "Zofia Król", "oprawa twarda", 208, 79.90),
    ("Ostatni pociąg do Gdyni", "Jan Wójcik", "oprawa miękka", 272, 39.99),
    ("Mapa ptaków Polski", "Dorota Pawlak", "oprawa zintegrowana", 192, 59.90),
    ("Cisza nad Wisłą", "Michał Dąbrowski", "oprawa miękka", 336, 46.90),
    ("Dzieci z ulicy Lipowej", "Anna Kaczmarek", "oprawa twarda", 160, 34.90),
    ("Żelazne królestwo", "Piotr Grabowski", "oprawa twarda", 592, 69.90),
    ("Sad w październiku", "Magdalena Wieczorek", "oprawa miękka", 256, 37.90),
    ("Historia jednej kamienicy", "Krzysztof Jabłoński", "oprawa twarda", 448, 58.00),
    ("Słone powietrze", "Natalia Adamczyk", "oprawa miękka", 304, 42.90),
)


def isbn_pl(words: Words) -> str:
    body = f"97883{words.rng.randrange(10, 99)}{words.rng.randrange(10000, 99999)}"
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return f"978-83-{body[5:7]}-{body[7:]}-{check}"


def ksiegarnia(words: Words, truth: Truth) -> FPDF:
    """Entries flow down two columns and on: an entry's lines may continue in the next column."""
    pdf = unicode_pdf("Księgarnia Pod Globusem - nowości", A4)
    columns = (40.0, 310.0)
    width, top, bottom = 245.0, 96.0, 790.0
    state = {"page": 0, "column": 1, "y": bottom}

    def next_column() -> None:
        if state["column"] == 1:
            pdf.add_page()
            state["page"] += 1
            pdf.set_font("DejaVu", "B", 18)
            pdf.text(40, 52, "Nowości · styczeń 2026")
            pdf.set_font("DejaVu", "", 8)
            grey(pdf)
            pdf.text(
                40, 68, "Księgarnia Pod Globusem · ul. Długa 14, Gdańsk · zamówienia: 58 301 22 14"
            )
            black(pdf)
            rule(pdf, 78, 0, 40, 555)
            pdf.text(40, 815, f"— {state['page']} —")
            state["column"] = 0
        else:
            state["column"] = 1
        state["y"] = top

    def line(text: str, font: str, size: float, gap: float, indent: float = 0) -> None:
        if state["y"] + gap > bottom:
            next_column()
        pdf.set_font("DejaVu", font, size)
        pdf.text(columns[int(state["column"])] + indent, state["y"], text)
        state["y"] += gap

    for title, author, binding, pages, value in KSIAZKI:
        if state["y"] + 90 > bottom:
            next_column()
        x = columns[int(state["column"])]
        pdf.image(photo(12400 + pages, (70, 100)), x=x, y=state["y"] - 8, w=52, h=74)
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.text(x + 62, state["y"] + 2, title)
        start_page = state["page"]
        pdf.set_font("DejaVu", "", 8.5)
        pdf.text(x + 62, state["y"] + 15, author)
        pdf.set_font("DejaVu", "", 7.5)
        blurb = wrap(pdf, words.paragraph(2), width - 62)[:4]
        for k, text in enumerate(blurb):
            pdf.text(x + 62, state["y"] + 28 + k * 10, text)
        state["y"] += 28 + len(blurb) * 10 + 28
        isbn = isbn_pl(words)
        price = f"{comma(value, ' ')} zł"
        # the details may fall into the next column (or page): the entry flows on
        line(f"{binding} · {pages} s. · 14,5 × 20,5 cm", "", 7.5, 11)
        line(f"ISBN {isbn}", "", 7.5, 11)
        line(price, "B", 10, 26)
        truth.products.append(product(title, [isbn], [price], start_page, sizes=[f"{pages} s."]))
    return pdf


MINIBAR = (
    (
        "Drikkevarer · Drinks",
        (
            ("Øl, Tuborg Classic 33 cl", "Beer, Tuborg Classic 33 cl", 45),
            ("Øl, Carlsberg Nordic alkoholfri 33 cl", "Beer, Carlsberg Nordic alcohol-free", 40),
            ("Hvidvin, Grüner Veltliner 37,5 cl", "White wine, Grüner Veltliner", 185),
            ("Champagne, brut 20 cl", "Champagne, brut", 245),
            ("Aalborg Akvavit 4 cl", "Aalborg aquavit", 60),
            ("Kildevand med brus 50 cl", "Sparkling water", 35),
            ("Hyldeblomstsaft 25 cl", "Elderflower cordial", 38),
            ("Appelsinjuice 25 cl", "Orange juice", 38),
        ),
    ),
    (
        "Snacks",
        (
            ("Chips med havsalt", "Crisps with sea salt", 35),
            ("Ristede mandler", "Roasted almonds", 45),
            ("Mørk chokolade 70 %", "Dark chocolate 70 %", 42),
            ("Lakridskugler", "Liquorice balls", 40),
        ),
    ),
)
ROOM_SERVICE = (
    (
        "Room service 07-22",
        (
            ("Smørrebrød med æg og rejer", "Open sandwich, egg and prawns", 125),
            ("Stjerneskud", "Fried plaice with prawns on rye", 165),
            ("Frikadeller med kartoffelsalat", "Danish meatballs, potato salad", 155),
            ("Klubsandwich", "Club sandwich", 145),
            ("Dagens suppe med brød", "Soup of the day with bread", 110),
            ("Æblekage med flødeskum", "Danish apple trifle", 85),
            ("Ostetallerken, tre oste", "Cheese plate, three cheeses", 135),
        ),
    ),
    (
        "Natmenu · Night menu 22-07",
        (
            ("Toast med skinke og ost", "Ham and cheese toastie", 95),
            ("Pølse med brød", "Hot dog", 75),
        ),
    ),
)


def minibar(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Hotel Strandvejen - minibar og room service", A5)
    pdf.add_font("DejaVu", "I", str(DEJAVU / "DejaVuSans-Oblique.ttf"))
    for page, sections in enumerate((MINIBAR, ROOM_SERVICE), 1):
        pdf.add_page()
        pdf.set_draw_color(150, 120, 60)
        pdf.rect(16, 16, A5[0] - 32, A5[1] - 32)
        pdf.ellipse(A5[0] / 2 - 14, 28, 28, 28)
        pdf.set_font("DejaVu", "B", 10)
        centre(pdf, A5[0] / 2, 47, "HS")
        pdf.set_font("DejaVu", "B", 12)
        centre(pdf, A5[0] / 2, 76, "HOTEL STRANDVEJEN")
        pdf.set_font("DejaVu", "", 7.5)
        heading = "Minibar" if page == 1 else "Room service · ring 9"
        centre(pdf, A5[0] / 2, 89, heading)
        y = 114
        for title, items in sections:
            pdf.set_font("DejaVu", "B", 9)
            pdf.set_text_color(150, 120, 60)
            pdf.text(36, y, title.upper())
            black(pdf)
            if page == 1:
                pdf.set_font("DejaVu", "", 6.5)
                right(pdf, 330, y, "kr")
                right(pdf, 390, y, "antal / qty")
            y += 16
            for danish, english, value in items:
                pdf.set_font("DejaVu", "", 8.5)
                pdf.text(36, y, danish)
                pdf.set_font("DejaVu", "I", 7)
                grey(pdf)
                pdf.text(36, y + 9, english)
                black(pdf)
                pdf.set_font("DejaVu", "", 8.5)
                price = f"{value},00"
                right(pdf, 330 if page == 1 else 384, y, price)
                if page == 1:
                    pdf.rect(362, y - 7, 14, 10)
                truth.products.append(product(danish, [], [price], page, aliases=[english]))
                y += 23
            y += 10
        pdf.set_font("DejaVu", "", 6.5)
        grey(pdf)
        note = (
            "Alle priser i DKK inkl. moms. Forbrug debiteres værelset. "
            "All prices in DKK incl. VAT; charged to your room. A tray charge of 40 kr applies "
            "to room service."
        )
        paragraph(pdf, 36, 548, A5[0] - 72, note, 8.5)
        black(pdf)
    return pdf


ACCESSORIES = (
    ("Roof bars, aluminium, lockable", 249.0, 45),
    ("Bicycle carrier for roof bars", 119.0, 0),
    ("Roof box 340 l, glossy black", 499.0, 0),
    ("Tow bar, detachable, with 13-pin socket", 685.0, 280),
    ("Rubber floor mats, set of 4", 79.0, 0),
    ("Boot liner with raised edge", 69.0, 0),
    ("Mud flaps, front and rear", 89.0, 35),
    ("Wireless phone charging pad", 159.0, 90),
    ("Dash cam, front and rear", 299.0, 120),
    ("Snow chains, 16 inch", 145.0, 0),
    ("Alloy wheel 18 in Aero, graphite", 389.0, 0),
    ("Winter wheel set 17 in with sensors", 1495.0, 60),
)
VEHICLES = (
    "Corvo Hatch (2020-)",
    "Corvo Estate (2021-)",
    "Corvo GTE (2021-)",
    "Tessa (2019-)",
    "Tessa Sport (2022-)",
    "Alta SUV (2020-)",
    "Alta SUV LWB (2022-)",
    "Mira EV (2023-)",
)


def caraccess(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Corvo Genuine Accessories 2026", A4)
    per_page = 4
    for page in range(1, len(ACCESSORIES) // per_page + 1):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 9)
        pdf.text(40, 36, "CORVO  Genuine Accessories")
        pdf.set_font("DejaVu", "", 8)
        right(pdf, 555, 36, ("Transport", "Protection", "Technology and wheels")[page - 1])
        rule(pdf, 44, 0)
        y = 64
        for name, value, fitting in ACCESSORIES[(page - 1) * per_page : page * per_page]:
            pdf.image(photo(12500 + int(value), (200, 150)), x=40, y=y, w=180, h=135)
            pdf.set_font("DejaVu", "B", 12)
            pdf.text(240, y + 14, name)
            code = (
                f"{words.rng.randrange(1, 9)}{words.rng.choice('GHKS')}"
                f"{words.rng.randrange(0, 9)} {words.rng.randrange(0, 99):03d} "
                f"{words.rng.randrange(100, 999)} {words.rng.choice('ABCDE')}"
            )
            pdf.set_font("DejaVu", "", 8.5)
            pdf.text(240, y + 30, f"Part no. {code}")
            pdf.set_font("DejaVu", "B", 7.5)
            pdf.text(240, y + 48, "Fits:")
            pdf.set_font("DejaVu", "", 7.5)
            fits = words.rng.sample(VEHICLES, words.rng.randrange(3, 7))
            for k, vehicle in enumerate(fits):
                pdf.text(240 + (k % 2) * 130, y + 60 + (k // 2) * 10, f"• {vehicle}")
            price = f"£{value:,.2f}"
            pdf.set_font("DejaVu", "B", 14)
            right(pdf, 555, y + 118, price)
            pdf.set_font("DejaVu", "", 7.5)
            grey(pdf)
            extra = f"Fitting from £{fitting:.2f}" if fitting else "Self-fit, instructions included"
            pdf.text(240, y + 118, extra)
            black(pdf)
            truth.products.append(product(name, [code], [price], page))
            rule(pdf, y + 150, 210)
            y += 180
        pdf.set_font("DejaVu", "", 7)
        grey(pdf)
        pdf.text(
            40, 815, "Prices include VAT. Fitting prices are a guide; ask your Corvo retailer."
        )
        black(pdf)
    return pdf


TARVIKKEET = (
    (
        "Nitriilitutkimuskäsine, puuteriton",
        "Sininen, lateksiton, AQL 1,5. EN 455, EN ISO 374-5.",
        ("S", "M", "L", "XL"),
        "200 kpl",
        11.9,
    ),
    (
        "Haavasidos, itsekiinnittyvä",
        "Steriili, imukykyinen tyyny, hengittävä kuitukangas.",
        ("5 × 7 cm", "9 × 10 cm", "9 × 15 cm", "9 × 25 cm"),
        "50 kpl",
        8.4,
    ),
    (
        "Kertakäyttöinen injektioruisku, Luer Lock",
        "Kolmiosainen, steriili, asteikko 0,1 ml.",
        ("2 ml", "5 ml", "10 ml", "20 ml"),
        "100 kpl",
        9.8,
    ),
    (
        "Injektioneula, steriili",
        "Ruostumaton teräs, värikoodattu kanta.",
        ("0,4 × 19 mm", "0,6 × 25 mm", "0,8 × 40 mm"),
        "100 kpl",
        6.2,
    ),
    (
        "Harsotaitos, steriili",
        "100 % puuvillaa, 8-kertainen, 17 lankaa.",
        ("5 × 5 cm", "7,5 × 7,5 cm", "10 × 10 cm"),
        "25 × 2 kpl",
        5.1,
    ),
    (
        "Elastinen sideharso",
        "Joustava, hyvin mukautuva, pituus venytettynä 4 m.",
        ("4 cm", "6 cm", "8 cm", "10 cm"),
        "20 kpl",
        7.6,
    ),
    (
        "Kirurginen suu-nenäsuojain, tyyppi IIR",
        "Kolmikerroksinen, korvalenkit, EN 14683.",
        ("aikuinen",),
        "50 kpl",
        6.9,
    ),
    (
        "Kertakäyttöinen suojaesiliina",
        "Polyeteeni, valkoinen, rullalla, 71 × 125 cm.",
        ("yksi koko",),
        "200 kpl",
        14.5,
    ),
    (
        "Ihonsuojavoide, hajusteeton",
        "Kosteuttava, suojaa käsiä pesun jälkeen.",
        ("100 ml", "500 ml"),
        "1 kpl",
        4.9,
    ),
    (
        "Kuumemittari, digitaalinen",
        "Mittausaika 10 s, muisti viimeiselle lukemalle.",
        ("kainalo / suu",),
        "1 kpl",
        12.8,
    ),
)


def tarvikkeet(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("MedTarvike Oy - hinnasto 2026", A4)
    cols = ((60, "l"), (190, "l"), (330, "l"), (555, "r"))
    ref = words.rng.randrange(301000, 302000)
    page, y = 0, 900.0
    for family, description, sizes, pack, base in TARVIKKEET:
        if y + 50 + 16 * len(sizes) > 790:
            page += 1
            pdf.add_page()
            pdf.set_font("DejaVu", "B", 15)
            pdf.set_text_color(0, 110, 120)
            pdf.text(40, 50, "MedTarvike")
            black(pdf)
            pdf.set_font("DejaVu", "", 8)
            right(pdf, 555, 50, "Hinnasto 1/2026 · hinnat alv 0 %")
            rule(pdf, 60, 0)
            pdf.text(40, 815, f"MedTarvike Oy · Tilaukset tilaus@medtarvike.example · sivu {page}")
            y = 90
        pdf.image(photo(12600 + ref % 991, (90, 60)), x=503, y=y - 16, w=52, h=30)
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.text(40, y, family)
        pdf.set_font("DejaVu", "", 8)
        grey(pdf, 80)
        pdf.text(40, y + 13, description)
        black(pdf)
        y += 30
        pdf.set_font("DejaVu", "B", 7.5)
        cells(pdf, y, cols, ["Koko", "REF", "Pakkaus", "Hinta / pkt"])
        rule(pdf, y + 4, 150, 60, 555)
        for k, size in enumerate(sizes):
            y += 15
            ref += words.rng.randrange(1, 30)
            price = f"{comma(base * (1 + k * 0.18))} €"
            pdf.set_font("DejaVu", "", 8.5)
            cells(pdf, y, cols, [size, f"REF {ref}", pack, price])
            # a family sold in one size only is named as the family, as a labeller would
            name = f"{family} {size}" if len(sizes) > 1 else family
            truth.products.append(product(name, [str(ref)], [price], page, sizes=[pack]))
        y += 30
    return pdf


# === non-catalogs =============================================================================

NOTICE_GROUPS = (
    ("Hand tools", "+3.5 %"),
    ("Power tool accessories", "+4.0 %"),
    ("Fixings and anchors", "+6.2 %"),
    ("Adhesives and sealants", "+7.8 %"),
    ("Abrasives", "+2.9 %"),
    ("Personal protective equipment", "unchanged"),
    ("Copper plumbing fittings", "+9.5 %"),
    ("Cable and cable management", "+5.1 %"),
)


def notice(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Price adjustment notice 2026", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(40, 50, "FIXWELL TRADE SUPPLY LTD")
    pdf.set_font("Helvetica", "", 9)
    pdf.text(40, 66, "Unit 4, Mill Lane Industrial Estate  ·  Leeds LS12 6BD")
    right(pdf, 555, 66, "5 December 2025")
    pdf.text(40, 110, "Dear Customer,")
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 140, "Price adjustment from 1 February 2026")
    pdf.set_font("Helvetica", "", 9.5)
    y = paragraph(
        pdf,
        40,
        164,
        515,
        "Following increases in raw material, energy and freight costs, we must adjust our list "
        "prices. The changes below apply to orders received on or after 1 February 2026; orders "
        "placed before then will be invoiced at current prices. " + words.paragraph(2),
        13,
    )
    y += 16
    cols = ((60, "l"), (340, "r"), (470, "r"))
    pdf.set_font("Helvetica", "B", 9)
    cells(pdf, y, cols, ["Product group", "Average change", "Effective"])
    rule(pdf, y + 5, 0, 60, 500)
    pdf.set_font("Helvetica", "", 9)
    for group, change in NOTICE_GROUPS:
        y += 17
        cells(pdf, y, cols, [group, change, "01.02.2026"])
        rule(pdf, y + 5, 220, 60, 500)
    y += 36
    y = paragraph(
        pdf,
        40,
        y,
        515,
        "Updated price files in CSV and PDF are available in the trade portal from 15 January. "
        "Contract prices agreed for 2026 are not affected. " + words.paragraph(2),
        13,
    )
    pdf.text(40, y + 30, "Yours faithfully,")
    pdf.text(40, y + 70, "Sarah Whitcombe, Commercial Director")
    return pdf


CEREALS = (
    ("Oat Crunch Original", 412, 8.1, 1.4, 62.0, 12.5, 8.4, 10.2, 0.02),
    ("Oat Crunch Honey", 425, 8.8, 1.6, 66.1, 21.0, 7.2, 8.6, 0.05),
    ("Bran Flakes", 352, 2.4, 0.5, 60.0, 14.0, 15.1, 10.9, 0.70),
    ("Fruit & Nut Muesli", 376, 6.7, 1.1, 61.2, 22.3, 7.6, 9.8, 0.03),
    ("Cocoa Hoops", 392, 4.1, 1.2, 76.0, 24.8, 6.5, 7.1, 0.38),
)


def nutrition(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Nutrition information - breakfast cereals", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(40, 60, "Nutrition information")
    pdf.set_font("Helvetica", "", 10)
    pdf.text(40, 78, "Our breakfast cereal range  ·  values per 100 g")
    y = 110
    heads = ["Cereal", "Energy kcal", "Fat g", "Saturates g", "Carbs g", "Sugars g"]
    heads += ["Fibre g", "Protein g", "Salt g"]
    cols = ((40, "l"), (225, "r"), (268, "r"), (328, "r"), (378, "r"), (428, "r"))
    cols += ((473, "r"), (518, "r"), (553, "r"))
    pdf.set_fill_color(235, 235, 235)
    pdf.rect(36, y - 12, 528, 18, style="F")
    pdf.set_font("Helvetica", "B", 8)
    cells(pdf, y, cols, heads)
    pdf.set_font("Helvetica", "", 8.5)
    for cereal, *values in CEREALS:
        y += 18
        kcal, *grams, salt = values
        cells(pdf, y, cols, [cereal, str(kcal), *(f"{v:.1f}" for v in grams), f"{salt:.2f}"])
        rule(pdf, y + 6, 220, 36, 564)
    y += 40
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, y, "Per 40 g serving with 125 ml semi-skimmed milk")
    y += 18
    pdf.set_font("Helvetica", "", 8.5)
    for cereal, kcal, fat, _, carbs, sugars, *_ in CEREALS:
        serving = f"{cereal}: {kcal * 0.4 + 62:.0f} kcal, fat {fat * 0.4 + 2.2:.1f} g, "
        serving += f"carbohydrate {carbs * 0.4 + 6:.1f} g, of which sugars {sugars * 0.4 + 6:.1f} g"
        pdf.text(40, y, serving)
        y += 14
    y += 20
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(40, y, "Reference intakes")
    pdf.set_font("Helvetica", "", 8.5)
    y = paragraph(
        pdf,
        40,
        y + 15,
        515,
        "Reference intake of an average adult (8400 kJ / 2000 kcal). Allergens are shown in bold "
        "in the ingredients on each pack. " + words.paragraph(3),
        12,
    )
    return pdf


def shipping(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Parcelway rate card 2026", A4_LANDSCAPE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(40, 50, "Parcelway business rate card 2026")
    pdf.set_font("Helvetica", "", 9)
    pdf.text(40, 68, "Prices per parcel in GBP excluding VAT and fuel surcharge")
    zones = ["UK mainland", "Highlands & Islands", "Zone 1 EU", "Zone 2 EU", "Zone 3 World"]
    bands = ("up to 1 kg", "1-2 kg", "2-5 kg", "5-10 kg", "10-15 kg", "15-20 kg", "20-30 kg")
    y = 104
    cols = ((40, "l"), *((260 + k * 125, "r") for k in range(5)))
    pdf.set_font("Helvetica", "B", 9)
    cells(pdf, y, cols, ["Weight", *zones])
    rule(pdf, y + 6, 0, 40, 802)
    pdf.set_font("Helvetica", "", 9)
    base = (4.35, 9.80, 11.50, 15.90, 24.60)
    for k, band in enumerate(bands):
        y += 19
        rates = [f"{b * (1 + 0.32 * k):.2f}" for b in base]
        cells(pdf, y, cols, [band, *rates])
        rule(pdf, y + 6, 220, 40, 802)
    y += 40
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(40, y, "Surcharges")
    surcharges = (
        ("Saturday delivery", "£6.50"),
        ("Signature on delivery", "£1.20"),
        ("Oversize (longest side over 120 cm)", "£12.00"),
        ("Fuel surcharge (December 2026)", "8.75 %"),
        ("Failed collection", "£9.00"),
    )
    pdf.set_font("Helvetica", "", 9)
    for k, (label, value) in enumerate(surcharges):
        pdf.text(40, y + 18 + k * 15, label)
        right(pdf, 385, y + 18 + k * 15, value)
    pdf.set_font("Helvetica", "", 7.5)
    grey(pdf)
    paragraph(pdf, 430, y + 18, 370, words.paragraph(4), 10)
    black(pdf)
    return pdf


STOCK_ITEMS = (
    ("A-01-1", "40211", "Hex bolt M8 x 40, zinc", "box 100"),
    ("A-01-2", "40212", "Hex bolt M10 x 50, zinc", "box 50"),
    ("A-01-3", "40388", "Washer M8, form A", "box 500"),
    ("A-02-1", "51007", "Wood screw 4 x 40, countersunk", "box 200"),
    ("A-02-2", "51009", "Wood screw 5 x 60, countersunk", "box 200"),
    ("B-01-1", "62110", "Cable tie 200 x 4.8, black", "bag 100"),
    ("B-01-2", "62114", "Cable tie 300 x 4.8, black", "bag 100"),
    ("B-02-1", "70450", "Silicone sealant, clear, 310 ml", "each"),
    ("B-02-2", "70452", "Silicone sealant, white, 310 ml", "each"),
    ("B-03-1", "81202", "Nitrile gloves, size L", "box 100"),
    ("C-01-1", "90015", "Masking tape 25 mm x 50 m", "roll"),
    ("C-01-2", "90018", "Duct tape 50 mm x 25 m, silver", "roll"),
)


def stocktake(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Stock count sheet - warehouse 2", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.text(40, 54, "Annual stock count  ·  Count sheet 07")
    pdf.set_font("Helvetica", "", 9)
    pdf.text(40, 72, "Warehouse 2, aisles A-C  ·  Count date 31.12.2026  ·  Counter: ____________")
    y = 108
    cols = ((40, "l"), (95, "l"), (150, "l"), (370, "l"), (455, "r"))
    pdf.set_font("Helvetica", "B", 8.5)
    cells(pdf, y, cols, ["Bin", "Item", "Description", "Unit", "Book qty"])
    pdf.text(475, y, "Counted")
    rule(pdf, y + 6, 0)
    pdf.set_font("Helvetica", "", 9)
    for location, item, description, unit in STOCK_ITEMS:
        y += 24
        book = words.rng.randrange(0, 80)
        cells(pdf, y, cols, [location, item, description, unit, str(book)])
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(475, y - 13, 78, 18)
        rule(pdf, y + 8, 225)
    y += 44
    pdf.set_font("Helvetica", "", 8.5)
    y = paragraph(
        pdf,
        40,
        y,
        515,
        "Count every bin, including empty ones (write 0). Do not move stock during the count. "
        "Differences over 5 % are recounted by a second counter. " + words.paragraph(2),
        12,
    )
    for k, label in enumerate(("Counted by", "Checked by", "Entered by")):
        pdf.text(40 + k * 175, y + 50, f"{label}: ______________")
    return pdf


ALLERGENS = ("Gluten", "Crustaceans", "Eggs", "Fish", "Peanuts", "Soya", "Milk", "Nuts")
ALLERGENS += ("Celery", "Mustard", "Sesame", "Sulphites", "Lupin", "Molluscs")
ALLERGEN_DISHES = (
    ("Starters", ("Soup of the day", "Prawn cocktail", "Chicken liver pâté", "Halloumi fries")),
    ("Mains", ("Fish and chips", "Steak and ale pie", "Mushroom risotto", "Caesar salad")),
    ("Desserts", ("Sticky toffee pudding", "Lemon posset", "Cheese board")),
)


def allergens(words: Words, truth: Truth) -> FPDF:
    """A pub's allergen matrix: dishes by the 14 allergens, ticks, no prices."""
    pdf = sized_pdf("The Old Bell - allergen information", A4_LANDSCAPE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 46, "The Old Bell  ·  Allergen information")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.text(
        40, 62, "Ask your server before ordering. This chart is updated whenever a recipe changes."
    )
    x0, step, y = 210, 42, 120
    pdf.set_font("Helvetica", "B", 7)
    for k, allergen in enumerate(ALLERGENS):
        # column heads turned upright, as printed allergen charts do to fit fourteen columns
        with pdf.rotation(60, x0 + k * step + 14, y - 4):
            pdf.text(x0 + k * step + 14, y - 4, allergen)
    for section, dishes in ALLERGEN_DISHES:
        y += 18
        pdf.set_fill_color(230, 230, 230)
        pdf.rect(36, y - 11, 770, 15, style="F")
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.text(40, y, section)
        for dish in dishes:
            y += 17
            pdf.set_font("Helvetica", "", 8.5)
            pdf.text(40, y, dish)
            for k in range(len(ALLERGENS)):
                if words.rng.random() < 0.22:
                    centre(pdf, x0 + k * step + 14, y, "X")
            rule(pdf, y + 5, 225, 36, 806)
    pdf.set_font("Helvetica", "", 7.5)
    grey(pdf)
    paragraph(pdf, 40, y + 30, 760, "X = contains. " + words.paragraph(3), 10)
    black(pdf)
    return pdf


# === the batch =================================================================================

BLIND_12 = ("editorial", "auction", "distributor", "mowers", "vinos", "ksiegarnia")
BLIND_12 += ("minibar", "caraccess", "tarvikkeet")
BLIND_12_NON_CATALOGS = ("notice", "nutrition", "shipping", "stocktake", "allergens")
LAYOUTS_12 = BLIND_12 + BLIND_12_NON_CATALOGS
SCAN_DPI_12 = {"editorial": 200, "auction": 250, "distributor": 300, "mowers": 150}
SCAN_DPI_12 |= {"vinos": 200, "ksiegarnia": 250, "minibar": 300, "caraccess": 150}
SCAN_DPI_12 |= {"tarvikkeet": 200, "notice": 200, "nutrition": 250, "shipping": 150}
SCAN_DPI_12 |= {"stocktake": 200, "allergens": 250}
LANGUAGE_12 = {"vinos": "es", "ksiegarnia": "pl", "minibar": "da", "tarvikkeet": "fi"}
LOCALES_12 = {"en": "en_GB", "es": "es_ES", "pl": "pl_PL", "da": "da_DK", "fi": "fi_FI"}
SEED_12 = 12000
MAKERS_12: dict[str, Callable[[Words, Truth], FPDF]] = {
    "editorial": editorial,
    "auction": auction,
    "distributor": distributor,
    "mowers": mowers,
    "vinos": vinos,
    "ksiegarnia": ksiegarnia,
    "minibar": minibar,
    "caraccess": caraccess,
    "tarvikkeet": tarvikkeet,
    "notice": notice,
    "nutrition": nutrition,
    "shipping": shipping,
    "stocktake": stocktake,
    "allergens": allergens,
}

# registered beside the earlier batches, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["12"] = Batch(
    LAYOUTS_12, BLIND_12, MAKERS_12, SEED_12, LANGUAGE_12, LOCALES_12, SCAN_DPI_12
)
