"""Blind batch 14: catalogs and look-alikes a PDF service receives, written WITHOUT the engine.

Bench figures, never test floors: only ``bench/quality.py --layouts blind14`` writes them, and the
batch is meant to be scored ONCE, at the end, as an honest estimate on catalogs nobody tuned on.
Nobody who wrote it read ``pdfqueue.engines`` (``catalog*``, ``layout*``, ``ocr*``,
``products*``), nor ran the engine or the bench on it; its forms are unlike every earlier
batch's (1-13).

What counts as a product (what a careful human labeller would list): a thing the document
offers, ONCE, named as printed; its codes, prices and sizes as printed (prices in printed
order, an offer price before the struck one it replaces). Section headings, categories, brands,
legends, column headings, pictograms, notes, charges and totals are not. Where a row prints
only a colour and a format under a series (or a date under a description), the product is named
as a labeller writes it: series + colour + format (description + date). Per layout (files
``b14-<layout>``; seeds ``SEED_14`` + index):

- ``ploscice``: a Croatian tile catalogue (A4, DejaVu): per series a drawn tile swatch (tiles and
  grout), the series name in capitals, a property line ("Rektificirano · R10 · mat · PEI IV"),
  then a ruled table Format (cm) | Boja | Šifra | Debljina | Kom/kut. | m²/kut. | € / m² |
  € / kut. A row is a product named series + colour + format ("Nordsand antracit 60 × 60"), its
  code the Šifra, its size the format, its prices the price per m² then per box; a skirting row
  ("sokl 8 × 60") is priced per piece only ("— | 6,90 / kom").
- ``apotheke``: a German pharmacy's OTC price list (A4): TWO narrow ruled tables side by side
  on each page (the list flows down the left column, then the right), group heading rows in the
  flow ("Schmerz & Fieber"), PZN | Artikel | Menge | AVP¹ | Unser Preis; footnote ¹ on AVP. A row
  is a product named by its Artikel cell ("Dolorin akut 400 mg Filmtabletten"), its code the
  8-digit PZN, its size the Menge ("20 St"), its prices AVP then ours (printed order); an
  article listed in two packs is two products, named article + pack ("... Filmtabletten 50 St").
- ``groothandel``: a Dutch electrical wholesaler's gross price list (A4, dense, 7 pt): group
  bars, Artikelnr. | Fabrikant | Type | Omschrijving | Kort.gr. | PE | Bruto € | VE, where PE (the
  price unit) is 1 or 100 ("per 100 st."), the discount group a code ("K12"). A row is a
  product named by its Omschrijving; codes the article number and the maker's type; the price
  the gross price as printed (per its unit). The discount-group legend is not a product.
- ``tapeedid``: an Estonian wallpaper collection (A4, DejaVu, 2 x 3 cards): a drawn repeating
  pattern swatch, the design name in bold, the colourway, "Art. 38412-2", the roll "10,05 ×
  0,53 m", drawn care pictograms (no text) with "Rapport 64 cm", the price "24,90 € / rull". A
  card is a product (its roll size as size).
- ``vozidla``: a Slovak used-car dealer's stock list (A4, DejaVu, four cars a page, a row each):
  a photo, the bold title ("Škoda Octavia Combi 2.0 TDI Style"), a line of grey chips (year, km,
  fuel, gearbox, kW), equipment prose, "Skladové číslo 24117", at the right the price "18 490 €"
  large and "bez DPH 15 032,52 €" under it on VAT-deductible cars. A car is a product (the price,
  then the net one where printed).
- ``coins``: a coin dealer's fixed-price list (A4, Times): reign headings ("VICTORIA 1837-1901"),
  lines Date | Description | Ref. | Grade | £, grading abbreviations legend and terms at the foot.
  A coin line is a product, named description + date ("Shilling, Jubilee head 1887"); code the
  Ref. ("S.3926"); its one price. Grades are not sizes.
- ``dienthoai``: a Vietnamese phone shop's monthly price sheet (A4, DejaVu, 2 x 4 cards): photo,
  a "Trả góp 0%" badge on some, the name ("Nova X9 5G 8GB/256GB"), "Mã SP: DT10234", a warranty
  line, the price "8.490.000₫" in red and a struck "9.990.000₫" on some. A card is a product.
- ``listino``: an Italian bathroom-accessories catalogue whose PRICES are in a separate price
  list at the end (A4): two pages of 3 x 3 photo cells (name, "Art. 4512.CR", finish, size; no
  price), then a "Listino prezzi" page: a table Art. | € sorted by article number, in four
  column pairs. A cell is a product on its own page; its price is the one listed against its
  article number on the last page (as a labeller joins them).
- ``noten``: a music publisher's new-editions list (A4, Helvetica, two columns): instrument
  headings, per edition the composer (surname in capitals), the bold title, the scoring in
  italics, "ED 21488 · ISMN 979-0-2201-1234-5 · 32 pp." and the price "£14.50" at the right. An
  edition is a product, named by its title as printed (the composer is not part of it); codes
  the edition number and the ISMN; pages as size.

Batch 14 non-catalogs (truth: no products): ``purchaseorder`` (a buyer's purchase order to a
supplier: lines with supplier codes, quantities, unit prices, amounts, totals, terms),
``folio`` (an Italian hotel folio: the stay's charges day by day, minibar and restaurant, city
tax, payments and balance), ``cn23`` (a customs declaration CN23: contents lines with HS tariff
numbers, quantities, weights, values, origin), ``attribution`` (a French tender award notice:
lots, bidders and their offer amounts, the winner), ``realised`` (an auction house's prices
realised list: lot numbers, short descriptions, hammer prices).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 14 [--scanned]
"""

from __future__ import annotations

import io
from collections.abc import Callable

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo
from generate_blind import Batch, product, right, sized_pdf
from generate_blind6 import comma, strike, unicode_pdf
from generate_blind9 import black, centre, grey
from generate_blind11 import cells, rule
from generate_blind12 import paragraph
from generate_blind13 import spaced
from PIL import Image, ImageDraw


def swatch(seed: int, kind: str, size: tuple[int, int] = (240, 160)) -> io.BytesIO:
    """A drawn tile swatch (tiles and grout) or a wallpaper's repeating motif, as a JPEG."""
    import random

    rng = random.Random(seed)
    width, height = size
    base = tuple(rng.randrange(60, 230) for _ in range(3))
    image = Image.new("RGB", size, base)
    draw = ImageDraw.Draw(image)
    if kind == "tile":
        step = rng.choice((40, 60, 80))
        for x in range(0, width, step):
            for y in range(0, height, step):
                shade = rng.randrange(-18, 18)
                fill = tuple(max(0, min(255, c + shade)) for c in base)
                draw.rectangle((x + 2, y + 2, x + step - 2, y + step - 2), fill=fill)
                for _ in range(6):  # veins
                    x0, y0 = x + rng.randrange(step), y + rng.randrange(step)
                    vein = tuple(max(0, c - 30) for c in fill)
                    draw.line((x0, y0, x0 + rng.randrange(-20, 20), y0 + 15), fill=vein)
    else:
        ink = tuple(rng.randrange(20, 200) for _ in range(3))
        motif = rng.choice(("leaf", "dot", "stripe"))
        for x in range(0, width + 40, 40):
            for y in range(0, height + 40, 40):
                off = 20 if (y // 40) % 2 else 0
                if motif == "leaf":
                    draw.ellipse((x + off, y, x + off + 14, y + 26), outline=ink, width=2)
                elif motif == "dot":
                    draw.ellipse((x + off + 10, y + 10, x + off + 22, y + 22), fill=ink)
                else:
                    draw.line((x, 0, x, height), fill=ink, width=3)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82)
    out.seek(0)
    return out


def fill(pdf: FPDF, colour: tuple[int, int, int]) -> None:
    pdf.set_fill_color(*colour)


# === catalogs ==================================================================================

TILE_SERIES = (
    ("NORDSAND", "Rektificirano · R10 · mat · PEI IV", ("antracit", "bež", "siva")),
    ("CARRARA LUX", "Rektificirano · poliran · PEI III", ("bijela", "zlatna žila")),
    ("TERRA COTTO", "Vanjska primjena · R11 · otporno na mraz", ("crvena", "oker")),
    ("LEGNO RUSTICO", "Izgled drva · R10 · mat · PEI IV", ("hrast", "orah", "siva")),
)
TILE_FORMATS = (("60 × 60", 0.9, 4, 1.44), ("30 × 60", 0.9, 8, 1.44), ("60 × 120", 1.0, 2, 1.44))
PLANK_FORMATS = (("20 × 120", 0.9, 5, 1.20), ("15 × 90", 0.9, 10, 1.35))


def ploscice(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Keramika Jadran - katalog pločica 2026", A4)
    code = words.rng.randrange(21000, 21500)
    columns = ((44, "l"), (104, "l"), (190, "l"), (270, "r"), (316, "r"), (362, "r"))
    columns += ((440, "r"), (540, "r"))
    heads = ["Format (cm)", "Boja", "Šifra", "Debljina", "Kom/kut.", "m²/kut.", "€ / m²"]
    heads += ["€ / kut."]
    for page in (1, 2):
        pdf.add_page()
        fill(pdf, (35, 60, 90))
        pdf.rect(0, 0, A4[0], 46, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 15)
        pdf.text(40, 30, "KERAMIKA JADRAN")
        pdf.set_font("DejaVu", "", 8)
        right(pdf, 555, 30, "Zidne i podne pločice · cjenik 2026")
        black(pdf)
        y = 66.0
        for series, properties, colours in TILE_SERIES[(page - 1) * 2 : page * 2]:
            pdf.image(swatch(14000 + code, "tile"), x=40, y=y, w=170, h=115)
            pdf.set_font("DejaVu", "B", 18)
            pdf.text(228, y + 20, series)
            pdf.set_font("DejaVu", "", 8.5)
            grey(pdf)
            pdf.text(228, y + 36, properties)
            black(pdf)
            paragraph(
                pdf,
                228,
                y + 54,
                320,
                words.rng.choice(
                    (
                        "Porculanske pločice u punoj masi, za stambene i poslovne prostore.",
                        "Prirodan izgled kamena, jednaka boja kroz cijelu pločicu.",
                        "Pogodno za podno grijanje, jednostavno održavanje.",
                    )
                ),
                11,
            )
            y += 132
            pdf.set_font("DejaVu", "B", 7.5)
            fill(pdf, (225, 230, 236))
            pdf.rect(40, y - 10, 515, 14, style="F")
            cells(pdf, y, columns, heads)
            y += 6
            planks = series.startswith("LEGNO")
            base = words.rng.uniform(16, 45)
            for colour in colours:
                for fmt, thick, pieces, area in PLANK_FORMATS if planks else TILE_FORMATS:
                    y += 14
                    code += words.rng.randrange(1, 9)
                    per_m2 = base * (1.25 if "120" in fmt else 1.0)
                    m2, box = comma(per_m2), comma(per_m2 * area)
                    name = f"{series.title()} {colour} {fmt}"
                    pdf.set_font("DejaVu", "", 7.5)
                    cells(
                        pdf,
                        y,
                        columns,
                        [
                            fmt,
                            colour,
                            str(code),
                            f"{thick:.1f} cm".replace(".", ","),
                            str(pieces),
                            f"{area:.2f}".replace(".", ","),
                            m2,
                            box,
                        ],
                    )
                    rule(pdf, y + 4, 215)
                    truth.products.append(product(name, [str(code)], [m2, box], page, sizes=[fmt]))
                if not planks:
                    y += 14
                    code += words.rng.randrange(1, 9)
                    piece = comma(base * 0.22)
                    cells(
                        pdf,
                        y,
                        columns,
                        [
                            "sokl 8 × 60",
                            colour,
                            str(code),
                            "0,9 cm",
                            "10",
                            "—",
                            "—",
                            f"{piece} / kom",
                        ],
                    )
                    rule(pdf, y + 4, 215)
                    name = f"{series.title()} {colour} sokl 8 × 60"
                    truth.products.append(
                        product(name, [str(code)], [piece], page, sizes=["8 × 60"])
                    )
            y += 34
        pdf.set_font("DejaVu", "", 7)
        grey(pdf)
        pdf.text(40, 815, "Cijene u EUR s PDV-om. Prodaja isključivo u cijelim kutijama.")
        right(pdf, 555, 815, f"{page + 23}")
        black(pdf)
    return pdf


OTC_GROUPS = (
    (
        "Schmerz & Fieber",
        (
            ("Dolorin akut 400 mg Filmtabletten", "20 St", 6.97),
            ("Dolorin akut 400 mg Filmtabletten", "50 St", 13.95),
            ("Paracetamol-ratio 500 mg Tabletten", "20 St", 2.95),
            ("Migrafix Kopfschmerztabletten", "30 St", 11.49),
            ("Thermagel Wärmepflaster", "4 St", 9.99),
            ("Voltafen Schmerzgel 1 %", "100 g", 14.98),
        ),
    ),
    (
        "Erkältung & Husten",
        (
            ("Sinusan Nasenspray 0,1 %", "10 ml", 4.49),
            ("Bronchoplant Hustensaft", "200 ml", 12.90),
            ("Salvia Halstabletten", "24 St", 7.45),
            ("Meersalz Nasendusche mit Spülsalz", "1 Pck", 19.95),
            ("Heißgetränk Erkältung 600 mg", "10 Btl", 9.48),
            ("Mucofit Brausetabletten 600 mg", "20 St", 16.37),
            ("Kamillan Inhalationslösung", "100 ml", 8.90),
        ),
    ),
    (
        "Magen & Darm",
        (
            ("Lactovit Kapseln", "30 St", 18.95),
            ("Antacidum Kautabletten", "40 St", 8.25),
            ("Elektrolyt Pulver Orange", "10 Btl", 6.79),
            ("Karminat Tropfen", "50 ml", 10.49),
        ),
    ),
    (
        "Haut & Allergie",
        (
            ("Cetirex Allergietabletten 10 mg", "20 St", 5.95),
            ("Panthesol Wund- und Heilsalbe", "50 g", 7.98),
            ("Hydrocort Creme 0,5 %", "15 g", 6.45),
            ("Lippenbalsam Herpes Akut", "2 g", 8.29),
            ("Urea 10 % Körperlotion", "400 ml", 15.90),
        ),
    ),
    (
        "Vitamine & Mineralstoffe",
        (
            ("Magnesium 400 Direkt-Granulat", "60 St", 17.95),
            ("Vitamin D3 1000 I.E. Tabletten", "100 St", 9.95),
            ("Eisen + Vitamin C Kapseln", "50 St", 12.49),
            ("Zink 25 mg Lutschtabletten", "60 St", 8.95),
            ("Omega-3 Fischöl Kapseln", "120 St", 22.90),
            ("Calcium 600 + D3 Brausetabletten", "40 St", 11.75),
        ),
    ),
    (
        "Reise & Sonstiges",
        (
            ("Reisetabletten gegen Übelkeit", "10 St", 6.45),
            ("Insektenschutz Spray 50 % DEET", "100 ml", 13.95),
            ("Blasenpflaster Mix", "8 St", 7.49),
            ("Fieberthermometer digital", "1 St", 9.90),
            ("FFP2-Masken einzeln verpackt", "10 St", 6.90),
        ),
    ),
)


def apotheke(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Linden-Apotheke Preisliste Selbstmedikation", A4)
    rows: list[tuple[str, tuple[str, str, str, str, str]]] = []
    for group, items in OTC_GROUPS:
        rows.append(("group", (group, "", "", "", "")))
        for name, amount, avp in items:
            pzn = f"{words.rng.randrange(1000000, 19999999):08d}"
            ours = avp * words.rng.choice((0.8, 0.85, 0.9))
            rows.append(("item", (pzn, f"{name}", amount, comma(avp), comma(ours))))
    per_column = (len(rows) + 1) // 2  # the list flows down the left table, then the right
    columns = [rows[k : k + per_column] for k in range(0, len(rows), per_column)]
    # the same product in two packs is two rows; its name then carries the pack to be unique
    seen: dict[str, int] = {}
    for _, (_, name, *_rest) in (r for r in rows if r[0] == "item"):
        seen[name] = seen.get(name, 0) + 1
    for page_index in range(0, len(columns), 2):
        page = page_index // 2 + 1
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 16)
        fill(pdf, (0, 130, 80))
        pdf.rect(40, 36, 22, 22, style="F")
        pdf.set_text_color(255, 255, 255)
        centre(pdf, 51, 53, "+")
        pdf.set_text_color(0, 130, 80)
        pdf.text(70, 54, "Linden-Apotheke")
        black(pdf)
        pdf.set_font("Helvetica", "", 8)
        right(pdf, 555, 46, "Preisliste rezeptfreie Arzneimittel")
        right(pdf, 555, 57, "gültig ab 1. März 2026")
        for side, chunk in enumerate(columns[page_index : page_index + 2]):
            x0 = 40 + side * 262
            y = 84.0
            pdf.set_font("Helvetica", "B", 6.5)
            fill(pdf, (230, 240, 234))
            pdf.rect(x0, y, 253, 13, style="F")
            spots = ((x0 + 3, "l"), (x0 + 40, "l"), (x0 + 166, "l"), (x0 + 212, "r"))
            spots += ((x0 + 251, "r"),)
            cells(pdf, y + 9, spots, ["PZN", "Artikel", "Menge", "AVP¹", "Unser Preis"])
            y += 13
            for kind, values in chunk:
                pdf.set_draw_color(200, 200, 200)
                pdf.rect(x0, y, 253, 20)
                if kind == "group":
                    pdf.set_font("Helvetica", "B", 8)
                    pdf.set_text_color(0, 110, 70)
                    pdf.text(x0 + 3, y + 13.5, values[0])
                    black(pdf)
                    y += 20
                    continue
                pzn, name, amount, avp, ours = values
                pdf.set_font("Helvetica", "", 6.5)
                pdf.text(x0 + 3, y + 12.5, pzn)
                lines = [name] if pdf.get_string_width(name) < 122 else name.rsplit(" ", 1)
                for k, line in enumerate(lines):
                    pdf.text(x0 + 40, y + 8.5 + k * 7.5 + (4 if len(lines) == 1 else 0), line)
                pdf.text(x0 + 166, y + 12.5, amount)
                right(pdf, x0 + 212, y + 12.5, avp)
                pdf.set_font("Helvetica", "B", 7)
                right(pdf, x0 + 251, y + 12.5, ours)
                label = f"{name} {amount}" if seen[name] > 1 else name
                truth.products.append(product(label, [pzn], [avp, ours], page, sizes=[amount]))
                y += 20
        pdf.set_font("Helvetica", "", 6.5)
        grey(pdf)
        pdf.text(
            40,
            800,
            "¹ AVP: Apothekenverkaufspreis, unverbindliche Preisempfehlung des Herstellers. "
            "Alle Preise in Euro inkl. MwSt. Abgabe nur in haushaltsüblichen Mengen.",
        )
        pdf.text(
            40,
            810,
            "Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und "
            "fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.",
        )
        right(pdf, 555, 825, f"Seite {page}")
        black(pdf)
    return pdf


ELEKTRO = (
    (
        "SCHAKELMATERIAAL",
        (
            ("Hager", "WXD110", "Wandcontactdoos enkel met randaarde, inbouw, wit", 100, 412.0),
            ("Hager", "WXD210", "Wandcontactdoos dubbel met randaarde, inbouw, wit", 100, 786.0),
            ("Niko", "101-31100", "Wisselschakelaar 1-polig 10 A, inbouw, wit", 100, 598.0),
            ("Niko", "101-31200", "Serieschakelaar 10 A, inbouw, wit", 100, 689.0),
            ("Niko", "101-76100", "Afdekraam enkelvoudig, wit", 100, 212.0),
            ("Attema", "AT3200", "Inbouwdoos 1-voudig 50 mm diep", 100, 58.9),
            ("Attema", "AT3224", "Inbouwdoos 2-voudig 50 mm diep", 100, 161.0),
            ("Hager", "WXB811", "Opbouw wandcontactdoos spatwaterdicht IP55, grijs", 1, 14.85),
        ),
    ),
    (
        "INSTALLATIEMATERIAAL",
        (
            ("Pipelife", "PL1602", "Installatiebuis PVC 16 mm crème, lengte 4 m", 100, 96.5),
            ("Pipelife", "PL1902", "Installatiebuis PVC 19 mm crème, lengte 4 m", 100, 118.0),
            ("Wago", "221-413", "Verbindingsklem 3-voudig 0,2-4 mm² met hendel", 100, 41.2),
            ("Wago", "221-415", "Verbindingsklem 5-voudig 0,2-4 mm² met hendel", 100, 58.6),
            ("Hellermann", "T50R", "Kabelbinder 200 x 4,6 mm zwart UV-bestendig", 100, 6.95),
            ("Spelsberg", "AB-S 11", "Aftakdoos opbouw IP65 met 8 invoeren", 1, 9.4),
        ),
    ),
    (
        "INSTALLATIEAUTOMATEN EN VERDELERS",
        (
            ("ABB", "S201-B16", "Installatieautomaat 1P B16 6 kA", 1, 17.95),
            ("ABB", "S201-C16", "Installatieautomaat 1P C16 6 kA", 1, 18.4),
            ("ABB", "DS201-B16A30", "Aardlekautomaat 1P+N B16 30 mA type A", 1, 96.8),
            ("Hager", "CDA440D", "Aardlekschakelaar 4P 40 A 30 mA type A", 1, 142.5),
            ("Hager", "VK12N", "Installatiekast opbouw 12 modulen", 1, 58.7),
            ("Hager", "KB63A", "Kamrail 1P+N 12 modulen 63 A", 1, 11.25),
        ),
    ),
    (
        "VERLICHTING",
        (
            ("Philips", "CorePro 8W", "LED-lamp E27 8 W 2700 K 806 lm mat", 1, 6.45),
            ("Philips", "CorePro 4.9W", "LED-spot GU10 4,9 W 3000 K 36°", 1, 5.85),
            ("Opple", "LEDPanel 600", "LED-paneel 600 x 600 mm 36 W 4000 K UGR<19", 1, 48.9),
            ("Opple", "Batten 1500", "LED-armatuur waterdicht IP65 1500 mm 50 W", 1, 62.4),
            ("Kopp", "NL-3H", "Noodverlichtingsarmatuur 3 uur, opbouw", 1, 118.0),
        ),
    ),
)


def groothandel(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Elektrotechnische Groothandel Van Dalen - brutoprijslijst 2026-03", A4)
    columns = ((40, "l"), (92, "l"), (138, "l"), (200, "l"), (404, "l"), (450, "r"))
    columns += ((500, "r"), (555, "r"))
    heads = ["Artikelnr.", "Fabrikant", "Type", "Omschrijving", "Kort.gr.", "PE", "Bruto €"]
    heads += ["VE"]
    article = words.rng.randrange(4100000, 4200000)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 12)
        pdf.text(40, 40, "VAN DALEN ELEKTROTECHNISCHE GROOTHANDEL B.V.")
        pdf.set_font("Helvetica", "", 7.5)
        pdf.text(
            40,
            52,
            "Brutoprijslijst maart 2026  ·  prijzen in euro excl. btw  ·  "
            "uw netto prijs = bruto -/- korting van uw kortingsgroep",
        )
        right(pdf, 555, 40, f"Blad {page} van 2")
        pdf.set_line_width(0.8)
        rule(pdf, 60, 0)
        pdf.set_line_width(0.3)
        y = 74.0
        pdf.set_font("Helvetica", "B", 7)
        cells(pdf, y, columns, heads)
        rule(pdf, y + 3, 0)
        for group, items in ELEKTRO[(page - 1) * 2 : page * 2]:
            y += 18
            fill(pdf, (250, 215, 60))
            pdf.rect(40, y - 9, 515, 12, style="F")
            pdf.set_font("Helvetica", "B", 7.5)
            pdf.text(43, y, group)
            discount = f"K{words.rng.randrange(10, 40)}"
            for maker, kind, description, unit, gross in items:
                y += 13
                article += words.rng.randrange(3, 400)
                price = comma(gross * words.rng.uniform(0.96, 1.04), ".")
                pack = "100" if unit == 100 else words.rng.choice(("1", "6", "10", "12"))
                pdf.set_font("Helvetica", "", 7)
                values = [str(article), maker, kind, description, discount, str(unit), price]
                cells(pdf, y, columns, [*values, pack])
                pdf.set_draw_color(225, 225, 225)
                pdf.line(40, y + 3.5, 555, y + 3.5)
                truth.products.append(product(description, [str(article), kind], [price], page))
        y += 30
        pdf.set_font("Helvetica", "", 6.5)
        grey(pdf)
        for line in (
            "PE = prijseenheid: de brutoprijs geldt per 1 stuk of per 100 stuks. VE = "
            "verpakkingseenheid, bestellen in veelvouden hiervan.",
            "Kortingsgroepen: K10-K19 schakelmateriaal, K20-K29 installatiemateriaal, "
            "K30-K39 verdelers en verlichting. Prijswijzigingen voorbehouden.",
        ):
            pdf.text(40, y, line)
            y += 9
        black(pdf)
    return pdf


WALLPAPERS = (
    ("Metsaaed", "roheline / kuld"),
    ("Rannaliiv", "liivabeež"),
    ("Põhjatäht", "tumesinine"),
    ("Kanarbik", "lilla / hall"),
    ("Sammal", "samblaroheline"),
    ("Linnutee", "valge / hõbe"),
    ("Vahtralehed", "punane / ooker"),
    ("Kivisein", "grafiit"),
    ("Kaselaast", "naturaalne"),
    ("Rukkilill", "sinine / kreem"),
    ("Udune hommik", "helehall"),
    ("Lainetus", "türkiis"),
)


def care_icons(pdf: FPDF, x: float, y: float) -> None:
    """Wallpaper care pictograms drawn as shapes (a wave, a sponge, a brush, an arrow pair)."""
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.6)
    for k in range(4):
        pdf.rect(x + k * 16, y, 13, 13)
    pdf.line(x + 2, y + 7, x + 6, y + 4)
    pdf.line(x + 6, y + 4, x + 11, y + 9)
    pdf.rect(x + 19, y + 4, 7, 5, style="F")
    pdf.line(x + 35, y + 2, x + 35, y + 11)
    pdf.line(x + 33, y + 4, x + 37, y + 4)
    pdf.line(x + 50, y + 6.5, x + 58, y + 6.5)
    pdf.line(x + 55, y + 4, x + 58, y + 6.5)
    pdf.line(x + 55, y + 9, x + 58, y + 6.5)


def tapeedid(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Tapeedimaja - kollektsioon Põhjala 2026", A4)
    article = words.rng.randrange(38000, 38900)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 20)
        pdf.text(40, 50, "PÕHJALA")
        pdf.set_font("DejaVu", "", 9)
        grey(pdf)
        pdf.text(40, 66, "Fliistapeedid · kollektsioon 2026 · Tapeedimaja")
        black(pdf)
        for k, (design, colourway) in enumerate(WALLPAPERS[(page - 1) * 6 : page * 6]):
            x, y = 40 + (k % 2) * 265, 86 + (k // 2) * 240
            pdf.image(swatch(14100 + page * 10 + k, "paper", (250, 130)), x=x, y=y, w=250, h=125)
            article += words.rng.randrange(2, 30)
            code = f"{article}-{words.rng.randrange(1, 6)}"
            pdf.set_font("DejaVu", "B", 11)
            pdf.text(x, y + 142, design)
            pdf.set_font("DejaVu", "", 8)
            pdf.text(x, y + 155, colourway)
            grey(pdf)
            pdf.text(x, y + 167, f"Art. {code}")
            black(pdf)
            roll = words.rng.choice(("10,05 × 0,53 m", "10,05 × 1,06 m"))
            repeat = words.rng.choice((32, 53, 64))
            pdf.text(x, y + 179, f"Rull {roll}  ·  Rapport {repeat} cm")
            care_icons(pdf, x, y + 186)
            value = words.rng.uniform(18, 69) * (1.8 if "1,06" in roll else 1)
            price = comma(value)
            pdf.set_font("DejaVu", "B", 13)
            right(pdf, x + 250, y + 200, f"{price} € / rull")
            truth.products.append(product(design, [code], [price], page, sizes=[roll]))
        pdf.set_font("DejaVu", "", 7)
        grey(pdf)
        pdf.text(40, 815, "Hinnad sisaldavad käibemaksu. Värvitoonid võivad trükis erineda.")
        right(pdf, 555, 815, str(page + 7))
        black(pdf)
    return pdf


CARS = (
    ("Škoda Octavia Combi 2.0 TDI Style", "Diesel", "Automat", 110, 2021),
    ("Volkswagen Golf 1.5 TSI Life", "Benzín", "Manuál", 96, 2022),
    ("Hyundai Tucson 1.6 T-GDi Smart", "Benzín", "Manuál", 110, 2020),
    ("Toyota Corolla 1.8 Hybrid Comfort", "Hybrid", "Automat", 90, 2022),
    ("Kia Ceed SW 1.5 T-GDi Gold", "Benzín", "Automat", 118, 2023),
    ("Dacia Duster 1.3 TCe Journey 4x2", "Benzín", "Manuál", 96, 2023),
    ("BMW 320d xDrive Touring", "Diesel", "Automat", 140, 2019),
    ("Škoda Kodiaq 2.0 TDI 4x4 Scout", "Diesel", "Automat", 147, 2021),
)
EQUIPMENT = (
    "Navigácia, vyhrievané sedadlá, parkovacia kamera, adaptívny tempomat.",
    "Prvý majiteľ, servisná knižka, zimné pneumatiky v cene.",
    "LED svetlomety, bezkľúčové štartovanie, Apple CarPlay, ťažné zariadenie.",
    "Kúpené na Slovensku, nehavarované, garancia pôvodu a km.",
)


def vozidla(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("AutoCentrum Žilina - skladové vozidlá", A4)
    stock = words.rng.randrange(24000, 24500)
    for page in (1, 2):
        pdf.add_page()
        fill(pdf, (15, 15, 15))
        pdf.rect(0, 0, A4[0], 52, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 16)
        pdf.text(40, 33, "AutoCentrum Žilina")
        pdf.set_font("DejaVu", "", 8)
        right(pdf, 555, 28, "Ponuka jazdených vozidiel skladom")
        right(pdf, 555, 40, "stav k 2. 3. 2026")
        black(pdf)
        for k, (title, fuel, gearbox, kw, year) in enumerate(CARS[(page - 1) * 4 : page * 4]):
            y = 70 + k * 185
            pdf.image(photo(14200 + page * 10 + k, (240, 160)), x=40, y=y, w=180, h=120)
            pdf.set_font("DejaVu", "B", 12)
            pdf.text(234, y + 14, title)
            km = words.rng.randrange(18, 160) * 1000 + words.rng.randrange(0, 999)
            chips = (str(year), f"{spaced(km)} km", fuel, gearbox, f"{kw} kW")
            x = 234.0
            pdf.set_font("DejaVu", "", 7.5)
            for chip in chips:
                width = pdf.get_string_width(chip) + 10
                fill(pdf, (235, 235, 235))
                pdf.rect(x, y + 22, width, 13, style="F")
                pdf.text(x + 5, y + 31.5, chip)
                x += width + 4
            pdf.set_font("DejaVu", "", 8)
            paragraph(pdf, 234, y + 50, 190, words.rng.choice(EQUIPMENT), 10.5)
            stock += words.rng.randrange(3, 60)
            grey(pdf)
            pdf.text(234, y + 112, f"Skladové číslo {stock}")
            black(pdf)
            value = round(words.rng.uniform(11000, 42000), -1) - 10
            price = f"{spaced(value)} €"
            pdf.set_font("DejaVu", "B", 17)
            pdf.set_text_color(190, 20, 20)
            right(pdf, 555, y + 80, price)
            black(pdf)
            prices = [price]
            if words.rng.random() < 0.5:
                net = f"{spaced(value / 1.23, 2)} €"
                pdf.set_font("DejaVu", "", 8)
                right(pdf, 555, y + 94, f"bez DPH {net}")
                fill(pdf, (20, 110, 60))
                pdf.rect(480, y + 100, 75, 12, style="F")
                pdf.set_text_color(255, 255, 255)
                pdf.set_font("DejaVu", "B", 6.5)
                pdf.text(485, y + 108.5, "ODPOČET DPH")
                black(pdf)
                prices.append(net)
            rule(pdf, y + 165, 200)
            truth.products.append(product(title, [str(stock)], prices, page))
        pdf.set_font("DejaVu", "", 7)
        grey(pdf)
        pdf.text(40, 820, "Ceny sú vrátane DPH. Možnosť financovania a výkupu vášho vozidla.")
        black(pdf)
    return pdf


COIN_REIGNS = (
    (
        "GEORGE III 1760-1820",
        (
            ("1787", "Shilling, no semée of hearts", "S.3746", "GVF", 145),
            ("1816", "Sixpence, bull head", "S.3791", "EF", 65),
            ("1817", "Halfcrown, bull head", "S.3788", "VF", 120),
            ("1819", "Crown, LIX edge", "S.3787", "Fine", 95),
            ("1820", "Shilling, laureate head", "S.3790", "aUnc", 140),
        ),
    ),
    (
        "GEORGE IV 1820-1830",
        (
            ("1821", "Crown, SECUNDO edge", "S.3805", "VF", 325),
            ("1824", "Halfcrown, bare head type", "S.3809", "GF", 110),
            ("1826", "Shilling, third head", "S.3812", "EF", 175),
            ("1829", "Sixpence, lion on crown", "S.3815", "VF", 48),
        ),
    ),
    (
        "WILLIAM IV 1830-1837",
        (
            ("1834", "Halfcrown, block WW", "S.3834", "GVF", 195),
            ("1836", "Shilling", "S.3835", "VF", 85),
            ("1837", "Sixpence", "S.3836", "Fine", 38),
            ("1836", "Groat, Britannia", "S.3837", "EF", 42),
        ),
    ),
    (
        "VICTORIA 1837-1901",
        (
            ("1845", "Crown, young head, cinquefoil stops", "S.3882", "GF", 450),
            ("1874", "Halfcrown, young head", "S.3889", "VF", 75),
            ("1887", "Shilling, Jubilee head", "S.3926", "BU", 30),
            ("1887", "Double florin, Roman I", "S.3923", "EF", 60),
            ("1889", "Crown, Jubilee head", "S.3921", "VF", 55),
            ("1893", "Halfcrown, old head", "S.3938", "EF", 70),
            ("1896", "Florin, old head", "S.3939", "GVF", 32),
            ("1900", "Sixpence, old head", "S.3941", "aUnc", 22),
            ("1901", "Shilling, old head", "S.3940", "Unc", 45),
        ),
    ),
)


def coins(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Hallam Coins fixed price list 218", A4)
    pdf.add_page()
    pdf.set_font("Times", "B", 20)
    centre(pdf, A4[0] / 2, 56, "HALLAM COINS")
    pdf.set_font("Times", "I", 10)
    centre(pdf, A4[0] / 2, 72, "Fixed Price List No. 218  ·  Spring 2026  ·  English Silver")
    pdf.set_font("Times", "", 8.5)
    centre(pdf, A4[0] / 2, 86, "PO Box 412, Sheffield S10 2XX  ·  Tel. 0114 496 0188")
    rule(pdf, 96, 0, 60, 535)
    columns = ((60, "l"), (100, "l"), (360, "l"), (430, "l"), (535, "r"))
    y = 114.0
    pdf.set_font("Times", "B", 9)
    cells(pdf, y, columns, ["Date", "Description", "Ref.", "Grade", "£"])
    page = 1
    for reign, lines in COIN_REIGNS:
        y += 24
        pdf.set_font("Times", "B", 10.5)
        pdf.text(60, y, reign)
        for date, description, ref, grade, value in lines:
            y += 15
            pdf.set_font("Times", "", 9.5)
            cells(pdf, y, columns, [date, description, ref, grade, str(value)])
            if words.rng.random() < 0.3:
                pdf.set_font("Times", "I", 8)
                y += 11
                note = words.rng.choice(
                    ("attractive old cabinet tone", "light hairlines", "ex Norweb collection")
                )
                pdf.text(100, y, note)
            truth.products.append(
                product(f"{description} {date}", [ref], [str(value)], page, grade=grade)
            )
    y += 34
    pdf.set_font("Times", "B", 8.5)
    pdf.text(60, y, "Grading")
    pdf.set_font("Times", "", 8.5)
    paragraph(
        pdf,
        60,
        y + 12,
        475,
        "Fine, GF good fine, VF very fine, GVF good very fine, EF extremely fine, aUnc about "
        "uncirculated, Unc uncirculated, BU brilliant uncirculated. References are to Coins of "
        "England and the United Kingdom.",
        11,
    )
    pdf.set_font("Times", "B", 8.5)
    pdf.text(60, y + 52, "Terms")
    pdf.set_font("Times", "", 8.5)
    paragraph(
        pdf,
        60,
        y + 64,
        475,
        "All coins are guaranteed genuine. Orders by telephone or e-mail are reserved for seven "
        "days. Postage £4.50 recorded, free on orders over £250. Coins may be returned within "
        "14 days for any reason.",
        11,
    )
    return pdf


PHONES = (
    ("Nova X9 5G 8GB/256GB", 8490000),
    ("Nova X9 Pro 12GB/512GB", 12990000),
    ("Lumi A25 4GB/128GB", 3290000),
    ("Lumi A55 5G 8GB/128GB", 6490000),
    ("Orca S24 Ultra 12GB/256GB", 24990000),
    ("Orca Z Flip6 12GB/256GB", 21490000),
    ("Kite 13C 6GB/128GB", 2790000),
    ("Kite Note 14 Pro 8GB/256GB", 7190000),
    ("Phoenix 15 128GB", 19990000),
    ("Phoenix 15 Plus 256GB", 25490000),
    ("Bamboo Reno12 F 8GB/256GB", 7990000),
    ("Bamboo A3x 4GB/64GB", 2490000),
    ("Pixo 9a 8GB/128GB", 9990000),
    ("Pixo 9 Pro 16GB/256GB", 22990000),
    ("Vinta Y19s 6GB/128GB", 3490000),
    ("Vinta V40 Lite 8GB/256GB", 6990000),
)


def dong(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".") + "₫"


def dienthoai(words: Words, truth: Truth) -> FPDF:
    pdf = unicode_pdf("Di Động Sao Mai - bảng giá tháng 3/2026", A4)
    code = words.rng.randrange(10100, 10500)
    for page in (1, 2):
        pdf.add_page()
        fill(pdf, (250, 200, 0))
        pdf.rect(0, 0, A4[0], 58, style="F")
        pdf.set_font("DejaVu", "B", 17)
        pdf.text(40, 30, "DI ĐỘNG SAO MAI")
        pdf.set_font("DejaVu", "", 9)
        pdf.text(40, 46, "Bảng giá điện thoại tháng 3/2026 · Hotline 1900 6868")
        for k, (name, value) in enumerate(PHONES[(page - 1) * 8 : page * 8]):
            x, y = 40 + (k % 2) * 262, 72 + (k // 2) * 186
            pdf.set_draw_color(220, 220, 220)
            pdf.rect(x, y, 253, 176)
            pdf.image(photo(14300 + page * 10 + k, (110, 150)), x=x + 8, y=y + 12, w=95, h=130)
            if words.rng.random() < 0.5:
                fill(pdf, (0, 120, 215))
                pdf.rect(x + 8, y + 12, 58, 14, style="F")
                pdf.set_text_color(255, 255, 255)
                pdf.set_font("DejaVu", "B", 7)
                pdf.text(x + 12, y + 22, "Trả góp 0%")
                black(pdf)
            pdf.set_font("DejaVu", "B", 9.5)
            y2 = paragraph(pdf, x + 112, y + 24, 134, name, 12)
            code += words.rng.randrange(3, 50)
            pdf.set_font("DejaVu", "", 7.5)
            grey(pdf)
            pdf.text(x + 112, y2 + 4, f"Mã SP: DT{code}")
            pdf.text(x + 112, y2 + 16, "Bảo hành chính hãng 12 tháng")
            black(pdf)
            price = dong(value)
            prices = [price]
            pdf.set_font("DejaVu", "B", 13)
            pdf.set_text_color(215, 0, 20)
            pdf.text(x + 112, y + 120, price)
            black(pdf)
            if words.rng.random() < 0.6:
                before = dong(round(value * words.rng.uniform(1.08, 1.25), -5) - 10000)
                pdf.set_font("DejaVu", "", 8)
                grey(pdf)
                strike(pdf, x + 112, y + 134, before)
                black(pdf)
                prices.append(before)
            truth.products.append(product(name, [f"DT{code}"], prices, page))
        pdf.set_font("DejaVu", "", 7)
        grey(pdf)
        pdf.text(40, 825, "Giá đã bao gồm VAT. Giá có thể thay đổi mà không báo trước.")
        black(pdf)
    return pdf


BATH = (
    ("Portasciugamani a barra 60 cm", "60 × 6,5 cm"),
    ("Portasciugamani ad anello", "Ø 18 cm"),
    ("Porta rotolo con coperchio", "15 × 9 cm"),
    ("Porta rotolo di riserva", "5 × 16 cm"),
    ("Scopino WC a parete", "Ø 9 × 38 cm"),
    ("Portasapone a muro", "12 × 10 cm"),
    ("Dispenser sapone liquido", "250 ml"),
    ("Bicchiere porta spazzolini", "Ø 7 × 11 cm"),
    ("Appendiabiti doppio", "6 × 5 cm"),
    ("Mensola in vetro 50 cm", "50 × 12 cm"),
    ("Specchio ingranditore 3x", "Ø 20 cm"),
    ("Maniglione di sicurezza 40 cm", "40 cm"),
    ("Cestello doccia angolare", "22 × 22 cm"),
    ("Porta phon a muro", "10 × 12 cm"),
    ("Tergivetro doccia", "25 cm"),
    ("Porta asciugamani girevole", "45 cm"),
    ("Gancio singolo", "Ø 3 cm"),
    ("Porta scopino da terra", "Ø 10 × 40 cm"),
)
FINISHES = (("CR", "cromo lucido"), ("NO", "nero opaco"), ("SS", "acciaio satinato"))


def listino(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Linea Bagno Lago - catalogo e listino 2026", A4)
    articles: list[tuple[str, str]] = []
    number = words.rng.randrange(4500, 4520)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 16)
        pdf.text(40, 48, "LAGO")
        pdf.set_font("Helvetica", "", 9)
        pdf.text(96, 48, "accessori bagno  ·  collezione Ottone")
        grey(pdf)
        right(pdf, 555, 48, "Prezzi: vedere listino a pag. 3")
        black(pdf)
        rule(pdf, 58, 120)
        for k, (name, size) in enumerate(BATH[(page - 1) * 9 : page * 9]):
            x, y = 40 + (k % 3) * 175, 74 + (k // 3) * 245
            pdf.image(photo(14400 + page * 10 + k, (180, 180)), x=x, y=y, w=165, h=160)
            number += words.rng.randrange(1, 12)
            suffix, finish = words.rng.choice(FINISHES)
            art = f"{number}.{suffix}"
            pdf.set_font("Helvetica", "B", 9)
            y2 = paragraph(pdf, x, y + 176, 165, name, 11)
            pdf.set_font("Helvetica", "", 7.5)
            pdf.text(x, y2 + 2, f"Art. {art}")
            grey(pdf)
            pdf.text(x, y2 + 13, f"Finitura {finish}  ·  {size}")
            black(pdf)
            value = comma(words.rng.uniform(14, 180))
            articles.append((art, value))
            truth.products.append(product(name, [art], [value], page, sizes=[size]))
        pdf.set_font("Helvetica", "", 7)
        right(pdf, 555, 825, str(page))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 50, "Listino prezzi 2026")
    pdf.set_font("Helvetica", "", 8)
    pdf.text(
        40, 64, "Prezzi al pubblico consigliati in euro, IVA inclusa. Valido dal 1° aprile 2026."
    )
    ordered = sorted(articles)
    per_column = (len(ordered) + 3) // 4
    for column in range(4):
        x = 40 + column * 130
        pdf.set_font("Helvetica", "B", 8)
        pdf.text(x, 92, "Art.")
        right(pdf, x + 105, 92, "€")
        rule(pdf, 96, 0, x, x + 110)
        for row, (art, value) in enumerate(
            ordered[column * per_column : (column + 1) * per_column]
        ):
            pdf.set_font("Helvetica", "", 8)
            pdf.text(x, 110 + row * 13, art)
            right(pdf, x + 105, 110 + row * 13, value)
    pdf.set_font("Helvetica", "", 7)
    grey(pdf)
    pdf.text(
        40, 800, "Finiture: CR cromo lucido, NO nero opaco, SS acciaio satinato. Fissaggi inclusi."
    )
    right(pdf, 555, 825, "3")
    black(pdf)
    return pdf


EDITIONS = (
    (
        "Violin",
        (
            ("FAURÉ, Gabriel", "Sonata No. 1 in A major, Op. 13", "for violin and piano", 48),
            ("BACH, Johann Sebastian", "Six Partitas and Sonatas", "for violin solo", 72),
            ("KREISLER, Fritz", "Liebesleid and Liebesfreud", "for violin and piano", 16),
            ("MILLS, Harriet", "Northern Lights Suite", "for violin and piano", 24),
        ),
    ),
    (
        "Cello",
        (
            ("SAINT-SAËNS, Camille", "The Swan from Carnival of the Animals", "cello, piano", 8),
            ("BOCCHERINI, Luigi", "Concerto in B flat major, G 482", "cello and piano", 36),
            ("OKAFOR, Chidi", "Three Songs Without Words", "for cello and piano", 20),
        ),
    ),
    (
        "Piano",
        (
            ("SATIE, Erik", "Gymnopédies and Gnossiennes", "for piano solo", 32),
            ("SCHUBERT, Franz", "Impromptus, Op. 90, D 899", "for piano solo", 44),
            ("HOLM, Ingrid", "Winter Miniatures for Young Pianists", "piano, grades 2-4", 28),
            ("CHOPIN, Frédéric", "Nocturnes, complete", "for piano solo", 120),
            ("GERSHWIN, George", "Three Preludes", "for piano solo", 16),
        ),
    ),
    (
        "Choir",
        (
            ("FAURÉ, Gabriel", "Cantique de Jean Racine, Op. 11", "SATB and organ", 16),
            ("ARNESEN, Kim André", "Magnificat for Upper Voices", "SSA and piano", 40),
            ("TALLIS, Thomas", "If ye love me", "SATB a cappella", 4),
            ("BRIGHT, Laura", "Carols from the Fells", "SATB and piano", 52),
        ),
    ),
)


def noten(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Fellside Music - new editions spring 2026", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(40, 52, "Fellside Music")
    pdf.set_font("Helvetica", "", 10)
    pdf.text(40, 68, "New editions  ·  Spring 2026")
    rule(pdf, 78, 0)
    number = words.rng.randrange(21400, 21500)
    x, y, column = 40.0, 100.0, 0
    for heading, items in EDITIONS:
        if y > 680:
            column += 1
            x, y = 40 + column * 265, 100.0
        y += 22
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_text_color(120, 20, 40)
        pdf.text(x, y, heading.upper())
        black(pdf)
        rule(pdf, y + 4, 120, x, x + 250)
        y += 8
        for composer, title, scoring, pages in items:
            if y > 740:
                column += 1
                x, y = 40 + column * 265, 100.0
            number += words.rng.randrange(3, 90)
            ismn = f"979-0-2201-{words.rng.randrange(1000, 9999)}-{words.rng.randrange(10)}"
            value = words.rng.choice((4.5, 6.95, 9.95, 12.5, 14.5, 18.95, 24.95, 32.0))
            y += 16
            pdf.set_font("Helvetica", "", 7.5)
            grey(pdf)
            pdf.text(x, y, composer)
            black(pdf)
            pdf.set_font("Helvetica", "B", 9)
            y = paragraph(pdf, x, y + 12, 200, title, 11) - 11
            pdf.set_font("Helvetica", "", 9)
            right(pdf, x + 250, y, f"£{value:.2f}")
            pdf.set_font("Helvetica", "I", 8)
            pdf.text(x, y + 11, scoring)
            pdf.set_font("Helvetica", "", 7.5)
            line = f"ED {number}  ·  ISMN {ismn}  ·  {pages} pp."
            pdf.text(x, y + 22, line)
            y += 26
            truth.products.append(
                product(title, [f"ED {number}", ismn], [f"£{value:.2f}"], 1, sizes=[f"{pages} pp."])
            )
    pdf.set_font("Helvetica", "", 7)
    grey(pdf)
    pdf.text(40, 815, "Available from all good music shops or direct: orders@fellsidemusic.example")
    black(pdf)
    return pdf


# === non-catalogs ==============================================================================


def purchaseorder(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Purchase order PO-2026-00417", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 52, "PURCHASE ORDER")
    pdf.set_font("Helvetica", "", 9)
    pdf.text(40, 68, "Greenway Facilities Ltd  ·  Unit 4, Canal Park, Leeds LS11 5QR")
    pdf.set_font("Helvetica", "B", 9)
    for k, (label, value) in enumerate(
        (("PO number", "PO-2026-00417"), ("Date", "03/03/2026"), ("Buyer", "S. Patel"))
    ):
        pdf.text(380, 52 + k * 13, label)
        pdf.set_font("Helvetica", "", 9)
        pdf.text(450, 52 + k * 13, value)
        pdf.set_font("Helvetica", "B", 9)
    pdf.set_draw_color(0, 0, 0)
    for k, (title, lines) in enumerate(
        (
            ("Supplier", ("Northern Janitorial Supplies", "Acct no. NJS-2281", "Bradford BD4 7TT")),
            ("Deliver to", ("Greenway Facilities Ltd", "Goods in, Door 2", "Leeds LS11 5QR")),
        )
    ):
        x = 40 + k * 262
        pdf.rect(x, 92, 253, 60)
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.text(x + 6, 105, title)
        pdf.set_font("Helvetica", "", 8.5)
        for j, line in enumerate(lines):
            pdf.text(x + 6, 118 + j * 11, line)
    lines = (
        ("JAN-1044", "Centrefeed blue roll 2-ply, case of 6", 20, 14.85),
        ("JAN-2210", "Heavy duty black refuse sacks, box of 200", 12, 18.40),
        ("JAN-0871", "Nitrile gloves, powder free, large, box of 100", 30, 4.95),
        ("JAN-3305", "Washroom cleaner 5 litre", 8, 9.60),
        ("JAN-1150", "Hand towels C-fold white, case of 2400", 15, 21.30),
        ("JAN-4020", "Microfibre cloths, pack of 10, mixed", 10, 6.75),
    )
    columns = ((44, "l"), (84, "l"), (150, "l"), (410, "r"), (430, "l"), (495, "r"), (551, "r"))
    y = 176.0
    pdf.set_font("Helvetica", "B", 8)
    fill(pdf, (230, 230, 230))
    pdf.rect(40, y - 10, 515, 14, style="F")
    cells(
        pdf, y, columns, ["Line", "Supplier code", "Description", "Qty", "UoM", "Unit £", "Net £"]
    )
    total = 0.0
    for k, (code, text, qty, unit) in enumerate(lines, 1):
        y += 16
        pdf.set_font("Helvetica", "", 8)
        amount = qty * unit
        total += amount
        cells(
            pdf, y, columns, [str(k), code, text, str(qty), "EA", f"{unit:.2f}", f"{amount:,.2f}"]
        )
        rule(pdf, y + 5, 210)
    vat = total * 0.2
    for label, value in (("Net", total), ("VAT 20%", vat), ("Order total", total + vat)):
        y += 15
        pdf.set_font("Helvetica", "B" if label == "Order total" else "", 8.5)
        right(pdf, 495, y, label)
        right(pdf, 551, y, f"£{value:,.2f}")
    pdf.set_font("Helvetica", "", 8)
    paragraph(
        pdf,
        40,
        y + 36,
        515,
        "Please quote the PO number on all delivery notes and invoices. Deliveries Monday to "
        "Friday 08:00-15:00 only. Payment 30 days end of month. Goods must match the prices "
        "agreed in our supply contract GF-2025-12; invoices without a PO number will be returned.",
        11,
    )
    pdf.text(40, y + 110, "Authorised by: ____________________     Budget code: FM-CLEAN-04")
    return pdf


def folio(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Hotel Bellavista conto 88412", A4)
    pdf.add_page()
    pdf.set_font("Times", "B", 18)
    centre(pdf, A4[0] / 2, 54, "Hotel Bellavista")
    pdf.set_font("Times", "", 9)
    centre(pdf, A4[0] / 2, 68, "Via Lungolago 12  ·  22021 Bellagio (CO)  ·  P.IVA 01234560137")
    pdf.set_font("Helvetica", "", 8.5)
    fields = (("Ospite", "Sig. Martin Keller"), ("Camera", "214 - Doppia vista lago"))
    fields += (("Arrivo", "26/02/2026"), ("Partenza", "01/03/2026"), ("Conto n.", "88412"))
    for k, (label, value) in enumerate(fields):
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.text(40 + (k % 2) * 260, 100 + (k // 2) * 13, label)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.text(110 + (k % 2) * 260, 100 + (k // 2) * 13, value)
    charges = (
        ("26/02", "Pernottamento camera 214", 185.00),
        ("26/02", "Imposta di soggiorno 2 pers.", 6.00),
        ("26/02", "Ristorante - cena", 96.50),
        ("27/02", "Pernottamento camera 214", 185.00),
        ("27/02", "Imposta di soggiorno 2 pers.", 6.00),
        ("27/02", "Minibar: acqua minerale, succo d'arancia", 9.00),
        ("27/02", "Bar - 2 aperitivi", 18.00),
        ("28/02", "Pernottamento camera 214", 185.00),
        ("28/02", "Imposta di soggiorno 2 pers.", 6.00),
        ("28/02", "Parcheggio", 15.00),
        ("01/03", "Lavanderia - 3 capi", 21.00),
    )
    columns = ((44, "l"), (100, "l"), (460, "r"), (551, "r"))
    y = 156.0
    pdf.set_font("Helvetica", "B", 8.5)
    rule(pdf, y - 11, 0)
    cells(pdf, y, columns, ["Data", "Descrizione", "Addebito €", "Accredito €"])
    rule(pdf, y + 4, 0)
    total = 0.0
    for date, text, amount in charges:
        y += 15
        total += amount
        pdf.set_font("Helvetica", "", 8.5)
        cells(pdf, y, columns, [date, text, comma(amount), ""])
    y += 15
    cells(pdf, y, columns, ["01/03", "Pagamento carta Visa ****4471", "", comma(total)])
    rule(pdf, y + 6, 0)
    for label, value in (("Totale addebiti", total), ("Totale accrediti", total), ("Saldo", 0)):
        y += 15
        pdf.set_font("Helvetica", "B", 8.5)
        right(pdf, 460, y, label)
        right(pdf, 551, y, comma(value))
    y += 30
    pdf.set_font("Helvetica", "", 8)
    taxable = total - 18
    pdf.text(
        40,
        y,
        f"Di cui IVA 10% su € {comma(taxable)}: € {comma(taxable / 11)}. "
        "Imposta di soggiorno fuori campo IVA (€ 18,00).",
    )
    pdf.text(40, y + 12, "Grazie per aver soggiornato con noi. Arrivederci!")
    return pdf


CN23_LINES = (
    ("Wool knitted jumper, women's", "2", "0.620", "89.00", "6110.11", "United Kingdom"),
    ("Ceramic mugs, stoneware, set of 2", "1", "0.940", "32.00", "6912.00", "United Kingdom"),
    ("Loose leaf tea, black, 250 g tins", "3", "0.810", "27.00", "0902.30", "India"),
    ("Paperback books (novels)", "2", "0.560", "18.98", "4901.99", "United Kingdom"),
    ("Shortbread biscuits, tin", "1", "0.450", "8.50", "1905.31", "United Kingdom"),
)


def cn23(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("CN 23 customs declaration", A4)
    pdf.add_page()
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.6)
    pdf.rect(30, 30, 535, 400)
    pdf.set_font("Helvetica", "B", 13)
    pdf.text(40, 52, "CUSTOMS DECLARATION  CN 23")
    pdf.set_font("Helvetica", "", 7)
    pdf.text(
        40, 63, "DÉCLARATION EN DOUANE  ·  May be opened officially / Peut être ouvert d'office"
    )
    right(pdf, 555, 52, "No. of item: RR 418 226 903 GB")
    pdf.set_line_width(0.4)
    boxes = (
        ("From / Expéditeur", ("Margaret Lowe", "14 Heather Close", "Harrogate HG2 8LN", "GB")),
        ("To / Destinataire", ("Daniel Lowe", "88 Rue des Tanneurs", "1000 Bruxelles", "BE")),
    )
    for k, (title, lines) in enumerate(boxes):
        x = 40 + k * 262
        pdf.rect(x, 72, 253, 70)
        pdf.set_font("Helvetica", "B", 7)
        pdf.text(x + 4, 82, title)
        pdf.set_font("Helvetica", "", 8.5)
        for j, line in enumerate(lines):
            pdf.text(x + 4, 95 + j * 11, line)
    columns = ((44, "l"), (250, "r"), (310, "r"), (370, "r"), (400, "l"), (480, "l"))
    y = 164.0
    pdf.set_font("Helvetica", "B", 6.5)
    cells(
        pdf,
        y,
        columns,
        [
            "(1) Detailed description of contents",
            "(2) Qty",
            "(3) Net kg",
            "(5) Value £",
            "(7) HS tariff no.",
            "(8) Origin",
        ],
    )
    rule(pdf, y + 4, 0, 40, 555)
    weight = value = 0.0
    for line in CN23_LINES:
        y += 15
        pdf.set_font("Helvetica", "", 8)
        cells(pdf, y, columns, list(line))
        rule(pdf, y + 4, 180, 40, 555)
        weight += float(line[2])
        value += float(line[3])
    y += 18
    pdf.set_font("Helvetica", "B", 8)
    pdf.text(44, y, "(4) Total gross weight 3.720 kg")
    right(pdf, 370, y, f"(6) Total value £{value:.2f}")
    y += 24
    pdf.set_font("Helvetica", "", 8)
    pdf.text(
        44,
        y,
        "(10) Category of item:   [X] Gift    [ ] Commercial sample    [ ] Documents    "
        "[ ] Returned goods    [ ] Sale of goods",
    )
    pdf.text(
        44,
        y + 14,
        f"Net weight of contents {weight:.3f} kg. Postal charges / Frais de port: £38.60",
    )
    paragraph(
        pdf,
        44,
        y + 40,
        505,
        "I certify that the particulars given in this customs declaration are correct and that "
        "this item does not contain any dangerous article or articles prohibited by legislation "
        "or by postal or customs regulations.",
        11,
    )
    pdf.text(44, y + 90, "Date and sender's signature: 02/03/2026   M. Lowe")
    return pdf


LOTS = (
    (
        "Lot 1",
        "Nettoyage des locaux administratifs",
        ("Clair Services", "Net Horizon", "Brillance SA"),
    ),
    ("Lot 2", "Entretien des espaces verts", ("Jardins du Val", "Verdure & Cie")),
    ("Lot 3", "Maintenance des ascenseurs", ("Élévation Maintenance", "Ascenseurs Dumont", "TKO")),
    ("Lot 4", "Fourniture de repas scolaires", ("Restauval", "Les Cuisines Réunies")),
)


def attribution(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Avis d'attribution - marché 2026-014", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    centre(pdf, A4[0] / 2, 52, "COMMUNE DE SAINT-AMAND-SUR-LOIRE")
    pdf.set_font("Helvetica", "B", 14)
    centre(pdf, A4[0] / 2, 76, "AVIS D'ATTRIBUTION")
    pdf.set_font("Helvetica", "", 9)
    centre(pdf, A4[0] / 2, 92, "Marché public de services n° 2026-014  ·  procédure adaptée")
    y = paragraph(
        pdf,
        50,
        122,
        495,
        "Objet : prestations de services pour les bâtiments communaux, marché alloti, durée "
        "un an reconductible trois fois. Critères : prix 40 %, valeur technique 60 %. Date "
        "d'envoi du présent avis : 2 mars 2026.",
        12,
    )
    columns = ((54, "l"), (250, "r"), (320, "r"), (400, "r"), (545, "r"))
    for lot, title, bidders in LOTS:
        y += 18
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.text(50, y, f"{lot} - {title}")
        y += 14
        pdf.set_font("Helvetica", "B", 7.5)
        cells(pdf, y, columns, ["Soumissionnaire", "Note prix", "Note tech.", "Rang", "Offre € HT"])
        rule(pdf, y + 3, 0, 50, 545)
        for rank, bidder in enumerate(bidders, 1):
            y += 13
            amount = words.rng.uniform(40000, 380000)
            pdf.set_font("Helvetica", "B" if rank == 1 else "", 8)
            cells(
                pdf,
                y,
                columns,
                [
                    bidder,
                    f"{words.rng.uniform(28, 40):.1f}",
                    f"{words.rng.uniform(40, 58):.1f}",
                    str(rank),
                    comma(amount, " "),
                ],
            )
        y += 12
        pdf.set_font("Helvetica", "I", 8)
        pdf.text(54, y, f"Attributaire : {bidders[0]}. Nombre d'offres reçues : {len(bidders)}.")
    pdf.set_font("Helvetica", "", 8)
    paragraph(
        pdf,
        50,
        y + 30,
        495,
        "Le marché peut être consulté à la mairie, service de la commande publique, sur rendez-"
        "vous. Recours : tribunal administratif d'Orléans dans un délai de deux mois.",
        11,
    )
    return pdf


REALISED = (
    ("A George III silver sauce boat, London 1768", 420),
    ("A pair of Staffordshire spaniels, 19th century", 180),
    ("A Victorian walnut work table", 260),
    ("An Edwardian diamond and sapphire ring", 1450),
    ("A Meissen figure of a gardener", 650),
    ("A set of six Regency dining chairs", 1100),
    ("A Japanese Satsuma vase, Meiji period", 380),
    ("A gentleman's Omega Seamaster wristwatch", 1900),
    ("A Persian Heriz carpet, 340 x 250 cm", 720),
    ("After L. S. Lowry, a signed print", 2300),
    ("A Chinese blue and white ginger jar", 5200),
    ("A Georgian oak longcase clock", 880),
    ("A Moorcroft pomegranate pattern bowl", 540),
    ("A silver cigarette case, Birmingham 1924", 110),
    ("A Lalique glass scent bottle", 300),
    ("An Art Deco chrome table lamp", 140),
)


def realised(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Prices realised - Fine art and antiques 18 February 2026", A4)
    pdf.add_page()
    pdf.set_font("Times", "B", 16)
    pdf.text(50, 56, "Ashdown & Reeve")
    pdf.set_font("Times", "I", 10)
    pdf.text(
        50, 72, "Prices realised · Fine Art, Antiques and Collectors' Items · 18 February 2026"
    )
    pdf.set_font("Times", "", 8.5)
    pdf.text(
        50, 88, "Hammer prices in pounds sterling, excluding buyer's premium. Unsold lots omitted."
    )
    rule(pdf, 96, 0, 50, 545)
    lot = words.rng.randrange(100, 140)
    y = 116.0
    pdf.set_font("Times", "B", 9)
    cells(pdf, y, ((50, "l"), (100, "l"), (545, "r")), ["Lot", "Description", "Hammer £"])
    for description, value in REALISED:
        lot += words.rng.randrange(1, 5)
        y += 16
        pdf.set_font("Times", "", 9.5)
        cells(pdf, y, ((50, "l"), (100, "l"), (545, "r")), [str(lot), description, f"{value:,}"])
    pdf.set_font("Times", "", 8.5)
    paragraph(
        pdf,
        50,
        y + 36,
        495,
        "Total hammer £18,530. 412 lots offered, 87% sold by lot. Our next sale of fine art and "
        "antiques is on 24 March 2026; entries are invited until 6 March.",
        11,
    )
    return pdf


# === the batch =================================================================================

BLIND_14 = ("ploscice", "apotheke", "groothandel", "tapeedid", "vozidla", "coins", "dienthoai")
BLIND_14 += ("listino", "noten")
BLIND_14_NON_CATALOGS = ("purchaseorder", "folio", "cn23", "attribution", "realised")
LAYOUTS_14 = BLIND_14 + BLIND_14_NON_CATALOGS
SCAN_DPI_14 = {"ploscice": 200, "apotheke": 300, "groothandel": 250, "tapeedid": 150}
SCAN_DPI_14 |= {"vozidla": 200, "coins": 200, "dienthoai": 150, "listino": 250, "noten": 200}
SCAN_DPI_14 |= {"purchaseorder": 200, "folio": 150, "cn23": 250, "attribution": 200}
SCAN_DPI_14 |= {"realised": 300}
LANGUAGE_14 = {"ploscice": "hr", "apotheke": "de", "groothandel": "nl", "tapeedid": "et"}
LANGUAGE_14 |= {"vozidla": "sk", "dienthoai": "vi", "listino": "it", "folio": "it"}
LANGUAGE_14 |= {"attribution": "fr"}
LOCALES_14 = {"en": "en_GB", "hr": "hr_HR", "de": "de_DE", "nl": "nl_NL", "et": "et_EE"}
LOCALES_14 |= {"sk": "sk_SK", "vi": "vi_VN", "it": "it_IT", "fr": "fr_FR"}
SEED_14 = 14000
MAKERS_14: dict[str, Callable[[Words, Truth], FPDF]] = {
    "ploscice": ploscice,
    "apotheke": apotheke,
    "groothandel": groothandel,
    "tapeedid": tapeedid,
    "vozidla": vozidla,
    "coins": coins,
    "dienthoai": dienthoai,
    "listino": listino,
    "noten": noten,
    "purchaseorder": purchaseorder,
    "folio": folio,
    "cn23": cn23,
    "attribution": attribution,
    "realised": realised,
}

# registered beside the earlier batches, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["14"] = Batch(
    LAYOUTS_14, BLIND_14, MAKERS_14, SEED_14, LANGUAGE_14, LOCALES_14, SCAN_DPI_14
)
