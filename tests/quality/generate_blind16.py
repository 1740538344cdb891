"""Blind batch 16: catalogs and look-alikes a PDF service receives, written WITHOUT the engine.

Bench figures, never test floors: only ``bench/quality.py --layouts blind16`` writes them, and the
batch is meant to be scored ONCE, at the end, as an honest estimate on catalogs nobody tuned on.
Nobody who wrote it read ``pdfqueue.engines`` (``catalog*``, ``layout*``, ``ocr*``,
``products*``), nor ran the engine or the bench on it; its forms are unlike every earlier
batch's (1-15).

What counts as a product (what a careful human labeller would list): a thing the document
offers, ONCE, named as printed; its codes, prices and sizes as printed (prices in printed
order, an offer price before the struck one it replaces). Section headings, categories, brands,
legends, column headings, drawings, energy labels, notes, charges and totals are not. Where
variants are sub-rows with a code of their own, each is a product named family + variant as a
labeller writes it; where they are sub-lines WITHOUT a code of their own (volumes of one
perfume), the item is one product with one price per variant, in printed order, and the
variants as its sizes. Per layout (files ``b16-<layout>``; seeds ``SEED_16`` + index):

- ``kaashandel``: a Dutch cheese shop's counter list (A5, Times and Helvetica): section bands
  spanning the page, TWO PRODUCTS PER ROW (a left and a right half, each "name ..... 14,95"
  with dotted leaders), "€ per kilo" over each half's prices; some "per stuk" items marked
  "st. 4,25"; page 2 delicatessen priced per 100 gram, a few per jar or bag ("pot 5,95"). No
  codes. A name with its price is a product (its price the figure, without "st." or "pot").
- ``drzwi``: a Polish interior-door catalogue (A4, DejaVu, 3 x 2 cards a page): each door DRAWN
  with vector shapes (leaf, panels or glass panes, handle), the model name in bold ("Verona 2"),
  the collection and finish, "Szerokości: 60 cm · 70 cm · 80 cm · 90 cm", "Nr kat. DW-VER-02",
  a FROM price "od 1 189,00 zł". A door is a product; its sizes the widths; its price the from
  price.
- ``modelbahn``: a German model-railway maker's novelties (A4 landscape, 2 x 2 cards a page):
  a drawn side view of the vehicle (body, windows, bogies, wheels), a red "NEU" corner, the
  bold name ("Elektrolokomotive BR 103 der DB"), "Spur H0 · Epoche IV · ...", "Länge über
  Puffer 23,3 cm", prose, "Art.-Nr. 39.103" (dotted), "UVP 389,99 €" or "Preis auf Anfrage"
  (still a product, with no prices). A card is a product; its size the length.
- ``imballaggi``: an Italian glass and PET container price list (A4): per section a strip of
  drawn bottle silhouettes, then a ruled table with a TWO-ROW HEADER ("Dimensioni (mm)" over Ø |
  H, "Prezzo € / 1000 pz" over cartone | pallet): Codice | Articolo | Colore | Imboccatura | Ø |
  H | Peso g | cartone | pallet | Pz/pallet. A row is a product named by its Articolo cell
  ("Bottiglia Marasca 250 ml"); code "BT-MAR-0250"; prices per 1000 by the carton then by the
  pallet; size the capacity.
- ``kumas``: a Turkish fabric shop's swatch catalogue (A4, DejaVu, 3 x 3 cards a page): a
  Pillow-drawn fabric swatch (stripes, checks, herringbone, plain weave, dots), the bold name
  ("Keten Karışım Düz Bej"), composition, "En: 140 cm · 180 g/m²", "Kod: KE-9488", the price
  PER METRE "189,90 TL / metre", a red "İNDİRİM" with the struck old price on some. A swatch is
  a product; its size the width.
- ``outdoor``: a US outfitter's dealer spec sheet (Letter landscape): three sections with
  their own column heads, "Temp. rating (°F)" over Comfort | Limit, Item # "#60214", model,
  specs, and MSRP as a RANGE where lengths differ ("$189.95 - $219.95"). A row is a product;
  its prices the range's ends, low first.
- ``spotrebice``: a Czech appliance store's offer (A4, DejaVu, 2 x 3 cards): a photo with a
  DRAWN ENERGY LABEL (coloured arrows A-G, the class marked), the name ("Pračka ALVEA WF 8140
  Inverter"), a spec line, "Kód: 1042337 · EAN 8590123456781", the price "12 990 Kč" large and
  a struck "14 490 Kč" on some. A card is a product (codes the shop code and the EAN).
- ``perfumaria``: a Brazilian perfumery's price list (A4, three columns that FLOW): brand
  headings in capitals, per perfume the bold name, an italic line (concentration and family),
  and one SUB-LINE per volume with a leader and a price ("50 ml ..... R$ 389,90"). No codes. A
  perfume is ONE product; prices one per volume in printed order; sizes the volumes.
- ``horgasz``: a Hungarian angling shop's catalogue (A4, DejaVu): per family a photo, the bold
  family name ("Carbon Pro feeder bot"), copy, then ruled VARIANT SUB-ROWS Cikkszám | Méret |
  two columns of the family's own (Dobósúly | Részek, Áttétel | Zsinórkapacitás, ...) | Ár
  ("2204360 | 3,60 m | 40-80 g | 3 rész | 24 990 Ft"); four families a page. A sub-row is
  a product named family + size ("Carbon Pro feeder bot 3,60 m"), its code the Cikkszám, its
  size the Méret.

Batch 16 non-catalogs (truth: no products): ``releve`` (a French bank statement: card
payments and direct debits with merchant names, transfers, debits, credits, balances),
``medikationsplan`` (a German medication plan on A4 landscape: active substances, brand names
and strengths, dose schedule 1-0-1, notes, a drawn 2D code), ``bom`` (an electronics bill of
materials: reference designators, manufacturers, part numbers, unit and extended costs, cost
per board), ``protokol`` (a Polish flat handover protocol: meter numbers and readings, keys,
an inventory of furnishings with makes and condition, the deposit), ``gastos`` (a Spanish
travel expense report: dated receipts with suppliers, invoice numbers, VAT, mileage, the
advance and the sum to refund).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 16 [--scanned]
"""

from __future__ import annotations

import io
from collections.abc import Callable

import generate_blind
import numpy as np
from fpdf import FPDF
from generate import A4, Truth, Words, photo
from generate_blind import LETTER, Batch, product, right, sized_pdf
from generate_blind6 import DEJAVU, comma, strike, unicode_pdf
from generate_blind9 import black, centre, grey
from generate_blind11 import cells, rule
from generate_blind12 import paragraph
from generate_blind13 import spaced
from generate_blind15 import A4_LANDSCAPE, A5, fill, leader
from PIL import Image, ImageDraw, ImageFilter

LETTER_LANDSCAPE = (LETTER[1], LETTER[0])


def dejavu_pdf(title: str, size: tuple[float, float]) -> FPDF:
    """`unicode_pdf` with DejaVu's oblique, for accented languages' italic lines."""
    pdf = unicode_pdf(title, size)
    pdf.add_font("DejaVu", "I", str(DEJAVU / "DejaVuSans-Oblique.ttf"))
    return pdf


def ean(words: Words, prefix: str) -> str:
    """A 13-digit EAN with a correct check digit."""
    body = prefix + "".join(str(words.rng.randrange(10)) for _ in range(12 - len(prefix)))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


# === catalogs ==================================================================================

CHEESES = (
    (
        "Goudse boerenkaas",
        (
            ("Jonge boerenkaas", "11,95"),
            ("Jong belegen boerenkaas", "13,25"),
            ("Belegen boerenkaas", "14,50"),
            ("Extra belegen boerenkaas", "15,95"),
            ("Oude boerenkaas", "17,45"),
            ("Overjarige boerenkaas", "19,90"),
            ("Boerenkaas met komijn", "15,25"),
            ("Boerenkaas met brandnetel", "15,75"),
        ),
    ),
    (
        "Geit & schaap",
        (
            ("Jonge geitenkaas", "16,95"),
            ("Belegen geitenkaas met honing", "18,50"),
            ("Schapenkaas Texel", "19,25"),
            ("Geitenrolletje met peper", "st. 4,25"),
            ("Pecorino Toscano", "24,90"),
            ("Manchego 6 maanden", "26,50"),
        ),
    ),
    (
        "Buitenlandse kazen",
        (
            ("Comté 18 maanden", "32,95"),
            ("Brie de Meaux", "22,50"),
            ("Gruyère AOP", "29,75"),
            ("Parmigiano Reggiano 24 mnd", "27,90"),
            ("Roquefort Société", "34,50"),
            ("Camembert de Normandie", "st. 6,95"),
            ("Taleggio DOP", "21,25"),
            ("Stilton blue", "28,40"),
        ),
    ),
)
DELI = (
    (
        "Olijven & antipasti",
        (
            ("Groene olijven met knoflook", "2,45"),
            ("Kalamata olijven", "2,75"),
            ("Gevulde pepers met roomkaas", "3,40"),
            ("Zongedroogde tomaten", "3,15"),
            ("Artisjokharten in olie", "3,65"),
            ("Tapenade zwarte olijf", "pot 5,95"),
        ),
    ),
    (
        "Noten & zuidvruchten",
        (
            ("Gebrande amandelen", "2,25"),
            ("Walnoten halve", "2,60"),
            ("Cashewnoten gezouten", "2,85"),
            ("Gedroogde vijgen", "1,95"),
            ("Dadels Medjool", "2,95"),
            ("Studentenhaver", "1,75"),
        ),
    ),
    (
        "Bij de kaas",
        (
            ("Vijgenbrood", "3,20"),
            ("Mosterd-dillesaus", "pot 4,50"),
            ("Appelstroop Limburgs", "pot 3,95"),
            ("Kaaskoekjes met sesam", "zak 3,75"),
        ),
    ),
)


def kaashandel(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Kaashandel De Gouden Korst - prijslijst", A5)
    halves = ((28.0, 200.0), (220.0, 392.0))
    for page, (sections, unit) in enumerate(((CHEESES, "€ per kilo"), (DELI, "€ per 100 gram")), 1):
        pdf.add_page()
        pdf.set_font("Times", "B", 17)
        centre(pdf, A5[0] / 2, 42, "Kaashandel De Gouden Korst")
        pdf.set_font("Times", "I", 9)
        centre(
            pdf,
            A5[0] / 2,
            56,
            "Ambachtelijke kaas & delicatessen  ·  Markt 14, Woerden  ·  prijslijst week 12",
        )
        pdf.set_draw_color(150, 120, 40)
        pdf.set_line_width(0.8)
        pdf.line(28, 64, 392, 64)
        pdf.set_line_width(0.2)
        y = 84.0
        pdf.set_font("Helvetica", "I", 7)
        grey(pdf, 90)
        for _, end in halves:
            right(pdf, end, y, unit)
        black(pdf)
        y += 6
        for section, items in sections:
            y += 16
            fill(pdf, (244, 232, 196))
            pdf.rect(28, y - 10, 364, 14, style="F")
            pdf.set_font("Times", "B", 10)
            pdf.text(33, y, section)
            y += 4
            for row in range(0, len(items), 2):
                y += 14
                for (left, end), (name, shown) in zip(halves, items[row : row + 2], strict=False):
                    pdf.set_font("Helvetica", "", 8)
                    pdf.text(left, y, name)
                    start = left + pdf.get_string_width(name) + 2
                    stop = end - pdf.get_string_width(shown) - 2
                    grey(pdf, 150)
                    leader(pdf, start, stop, y)
                    black(pdf)
                    right(pdf, end, y, shown)
                    truth.products.append(product(name, [], [shown.split()[-1]], page))
        y += 30
        pdf.set_font("Helvetica", "", 7)
        grey(pdf, 90)
        if page == 1:
            lines = (
                "Alle kaas wordt vers voor u gesneden; vanaf 250 gram, ook vacuüm verpakt.",
                "st. = per stuk.  Prijzen incl. 9% btw, onder voorbehoud van prijswijzigingen.",
            )
        else:
            lines = (
                "Kaasplankjes en cadeaupakketten op bestelling, vraag naar de mogelijkheden.",
                "Geopend di-vr 8.30-18.00, za 8.00-17.00  ·  0348 55 12 40  ·  degoudenkorst.nl",
            )
        for n, line in enumerate(lines):
            centre(pdf, A5[0] / 2, 560 + 10 * n, line)
        black(pdf)
    return pdf


DOORS = (
    ("Verona 2", "Kolekcja Klasyczna", "okleina CPL dąb bielony", "panel", 649),
    ("Verona 4", "Kolekcja Klasyczna", "okleina CPL orzech", "glass4", 729),
    ("Lugano", "Kolekcja Nowoczesna", "lakier biały mat", "flat", 589),
    ("Sorrento 1", "Kolekcja Nowoczesna", "lakier grafit", "strip", 899),
    ("Sorrento 3", "Kolekcja Nowoczesna", "lakier grafit", "glass3", 989),
    ("Capri", "Kolekcja Loft", "szkło hartowane satyna, rama czarna", "loft", 1189),
    ("Amalfi", "Kolekcja Loft", "dąb naturalny, szprosy stalowe", "loft", 1349),
    ("Trento", "Kolekcja Skandynawska", "okleina 3D jesion", "grooves", 679),
    ("Bari", "Kolekcja Skandynawska", "lakier biały, frezowanie", "panel", 759),
    ("Como", "Kolekcja Klasyczna", "okleina CPL dąb złoty", "glass1", 699),
    ("Siena", "Kolekcja Premium", "fornir dębowy, olej", "flat", 1590),
    ("Pisa", "Kolekcja Premium", "fornir orzech amerykański", "strip", 1740),
)
DOOR_COLOURS = {
    "dąb bielony": (222, 210, 190),
    "orzech": (120, 82, 52),
    "biały": (244, 244, 240),
    "grafit": (70, 72, 76),
    "czarna": (225, 230, 232),
    "naturalny": (190, 150, 100),
    "jesion": (212, 196, 168),
    "złoty": (196, 150, 80),
    "dębowy": (176, 132, 84),
}


def door_drawing(
    pdf: FPDF, x: float, y: float, w: float, h: float, style: str, colour: tuple[int, int, int]
) -> None:
    """A door leaf in its frame: panels, panes, grooves or a loft grid, and a handle."""
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.6)
    fill(pdf, (120, 120, 120))
    pdf.rect(x - 4, y - 4, w + 8, h + 4, style="FD")
    fill(pdf, colour)
    pdf.rect(x, y, w, h, style="FD")
    pdf.set_line_width(0.4)
    shade = tuple(max(0, c - 35) for c in colour)
    glass = (205, 225, 235)
    if style == "panel":
        pdf.set_draw_color(*shade)
        for top, height in ((0.08, 0.38), (0.54, 0.38)):
            pdf.rect(x + w * 0.15, y + h * top, w * 0.7, h * height)
    elif style.startswith("glass"):
        panes = int(style[-1])
        fill(pdf, glass)
        pane = h * 0.6 / panes
        for k in range(panes):
            pdf.rect(x + w * 0.2, y + h * 0.1 + k * pane, w * 0.6, pane - 4, style="FD")
    elif style == "strip":
        fill(pdf, glass)
        pdf.rect(x + w * 0.72, y + h * 0.06, 5, h * 0.88, style="FD")
    elif style == "loft":
        fill(pdf, glass)
        pdf.rect(x + 5, y + 5, w - 10, h - 10, style="FD")
        pdf.set_draw_color(20, 20, 20)
        pdf.set_line_width(1.6)
        for k in (1, 2, 3):
            pdf.line(x + 5, y + h * k / 4, x + w - 5, y + h * k / 4)
        pdf.line(x + w / 2, y + 5, x + w / 2, y + h - 5)
    elif style == "grooves":
        pdf.set_draw_color(*shade)
        for k in range(1, 7):
            pdf.line(x + 6, y + h * k / 7, x + w - 6, y + h * k / 7)
    pdf.set_line_width(0.2)
    fill(pdf, (170, 170, 175))
    pdf.set_draw_color(90, 90, 90)
    pdf.rect(x + w - 12, y + h * 0.52, 9, 3, style="FD")
    pdf.rect(x + w - 10, y + h * 0.52 - 4, 3, 12, style="FD")


def drzwi(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("DRZWI-POL katalog drzwi wewnętrznych 2026", A4)
    for page in (1, 2):
        pdf.add_page()
        fill(pdf, (150, 30, 40))
        pdf.rect(0, 0, A4[0], 6, style="F")
        pdf.set_font("DejaVu", "B", 20)
        pdf.text(40, 46, "DRZWI-POL")
        pdf.set_font("DejaVu", "", 9)
        grey(pdf, 80)
        pdf.text(40, 62, "Drzwi wewnętrzne · katalog 2026 · ceny detaliczne brutto")
        right(pdf, 555, 46, f"str. {page}")
        black(pdf)
        rule(pdf, 72, 170)
        for slot in range(6):
            name, collection, finish, style, base = DOORS[(page - 1) * 6 + slot]
            x = 40 + (slot % 3) * 176
            top = 90 + (slot // 3) * 360
            colour = next((c for k, c in DOOR_COLOURS.items() if k in finish), (200, 190, 170))
            fill(pdf, (246, 244, 240))
            pdf.rect(x, top, 163, 200, style="F")
            door_drawing(pdf, x + 46, top + 18, 72, 176, style, colour)
            pdf.set_font("DejaVu", "B", 13)
            pdf.text(x, top + 224, name)
            pdf.set_font("DejaVu", "", 7.5)
            grey(pdf, 90)
            pdf.text(x, top + 238, collection)
            ty = paragraph(pdf, x, top + 250, 160, finish, 10)
            black(pdf)
            widths = (60, 70, 80, 90) if base < 1000 else (70, 80, 90, 100)
            pdf.text(x, ty + 2, "Szerokości: " + " · ".join(f"{w} cm" for w in widths))
            last = name.split()[-1]
            number = int(last) if last.isdigit() else words.rng.randrange(10, 99)
            code = f"DW-{name[:3].upper()}-{number:02d}"
            grey(pdf, 110)
            pdf.text(x, ty + 14, f"Nr kat. {code}")
            black(pdf)
            price = spaced(base) + ",00 zł"
            pdf.set_font("DejaVu", "", 8)
            pdf.text(x, ty + 36, "od")
            pdf.set_font("DejaVu", "B", 14)
            pdf.set_text_color(150, 30, 40)
            pdf.text(x + 14, ty + 36, price)
            black(pdf)
            truth.products.append(
                product(name, [code], [price], page, sizes=[f"{w} cm" for w in widths])
            )
        pdf.set_font("DejaVu", "", 6.5)
        grey(pdf)
        pdf.text(
            40,
            812,
            "Ceny skrzydeł drzwiowych w wersji pełnej, bez ościeżnicy, klamki i montażu."
            " Wersje szklone i lewe/prawe w tej samej cenie.",
        )
        pdf.text(
            40, 822, "DRZWI-POL Sp. z o.o. · ul. Fabryczna 8 · 36-100 Kolbuszowa · drzwipol.pl"
        )
        black(pdf)
    return pdf


TRAINS = (
    (
        "Elektrolokomotive BR 103 der DB",
        "Spur H0 · Epoche IV · Digital mfx/DCC · Sound",
        "23,3 cm",
        (150, 30, 30),
        "loco",
    ),
    (
        "Dampflokomotive BR 50 mit Wannentender",
        "Spur H0 · Epoche III · Digital · Rauchgenerator",
        "26,4 cm",
        (30, 30, 30),
        "steam",
    ),
    (
        "Diesellokomotive V 100.20 der DR",
        "Spur H0 · Epoche IV · analog, Schnittstelle PluX22",
        "14,2 cm",
        (160, 40, 40),
        "loco",
    ),
    (
        "Schnellzugwagen-Set Rheingold, 4-teilig",
        "Spur H0 · Epoche III · Innenbeleuchtung vorbereitet",
        "114,0 cm",
        (90, 60, 120),
        "coach",
    ),
    (
        "Kesselwagen-Set VTG, 3-teilig",
        "Spur N · Epoche V · Kurzkupplungskulisse",
        "32,1 cm",
        (200, 200, 205),
        "tank",
    ),
    (
        "Elektrotriebzug ET 425 S-Bahn",
        "Spur N · Epoche VI · Digital DCC · Sound",
        "42,8 cm",
        (220, 40, 40),
        "coach",
    ),
    (
        "Startpackung Güterzug mit Schienenoval",
        "Spur Z · Epoche IV · mit Trafo und Gleisoval",
        "38,5 cm",
        (40, 90, 50),
        "loco",
    ),
    (
        "Museumswagen 2026 Brauerei Kesselring",
        "Spur H0 · Epoche II · limitierte Auflage",
        "11,6 cm",
        (230, 230, 215),
        "tank",
    ),
)
TRAIN_PROSE = (
    "Fein detaillierter Metallrahmen, zahlreiche angesetzte Griffstangen und Zurüstteile.",
    "Lichtwechsel weiß/rot mit der Fahrtrichtung, digital schaltbar, warmweiße LED.",
    "Geschlossene Kupplungsdeichsel, Kupplungsköpfe nach NEM 362, Mindestradius 360 mm.",
    "Bedruckung nach Vorbildfotos, Anschriften und Revisionsdaten lupenrein.",
)


def train_drawing(
    pdf: FPDF, x: float, y: float, w: float, colour: tuple[int, int, int], kind: str
) -> None:
    """A side view: body, roof, windows, bogies and wheels (a stand-in for a product photo)."""
    fill(pdf, (238, 240, 242))
    pdf.rect(x, y, w, 110, style="F")
    pdf.set_draw_color(40, 40, 40)
    pdf.set_line_width(0.5)
    fill(pdf, (90, 80, 70))
    pdf.rect(x + 6, y + 92, w - 12, 3, style="F")  # rail
    body_y, body_h = y + 44, 34
    fill(pdf, colour)
    if kind == "steam":
        pdf.rect(x + 40, body_y + 4, w * 0.45, body_h - 6, style="FD")  # boiler
        pdf.rect(x + 40 + w * 0.45, body_y - 10, 46, body_h + 6, style="FD")  # cab
        pdf.rect(x + 40 + w * 0.45 + 52, body_y + 2, w * 0.25, body_h - 4, style="FD")  # tender
        pdf.rect(x + 56, body_y - 10, 12, 14, style="FD")  # chimney
        wheels = [x + 58 + 24 * k for k in range(5)]
    elif kind == "tank":
        pdf.ellipse(x + 30, body_y - 4, w - 60, body_h + 4, style="FD")
        pdf.rect(x + 24, body_y + 26, w - 48, 8, style="FD")
        wheels = [x + 50, x + 70, x + w - 70, x + w - 50]
    else:
        pdf.rect(x + 20, body_y - 8, w - 40, body_h + 8, style="FD")
        fill(pdf, (210, 225, 235))
        count = 3 if kind == "loco" else 8
        step = (w - 60) / count
        for k in range(count):
            pdf.rect(x + 30 + k * step, body_y - 2, step * 0.6, 12, style="FD")
        if kind == "loco":
            pdf.line(x + w / 2 - 20, body_y - 8, x + w / 2, body_y - 24)
            pdf.line(x + w / 2, body_y - 24, x + w / 2 + 20, body_y - 8)
        wheels = [x + 44, x + 66, x + w - 66, x + w - 44]
    fill(pdf, (30, 30, 30))
    for cx in wheels:
        pdf.ellipse(cx - 8, y + 76, 16, 16, style="F")
    pdf.set_line_width(0.2)


def modelbahn(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Kesselring Modellbahnen - Neuheiten 2026", A4_LANDSCAPE)
    for page in (1, 2):
        pdf.add_page()
        fill(pdf, (0, 45, 100))
        pdf.rect(0, 0, A4_LANDSCAPE[0], 46, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 18)
        pdf.text(36, 30, "KESSELRING")
        pdf.set_font("Helvetica", "", 10)
        pdf.text(170, 30, "Neuheiten 2026  ·  Spur H0  ·  N  ·  Z")
        right(pdf, 806, 30, f"{page + 1}")
        black(pdf)
        for slot in range(4):
            name, spec, length, colour, kind = TRAINS[(page - 1) * 4 + slot]
            x = 36 + (slot % 2) * 392
            top = 64 + (slot // 2) * 262
            pdf.set_draw_color(200, 205, 212)
            pdf.rect(x, top, 378, 248)
            train_drawing(pdf, x + 8, top + 8, 362, colour, kind)
            if (page, slot) in ((1, 0), (1, 3), (2, 1), (2, 3)):
                fill(pdf, (210, 20, 30))
                pdf.rect(x + 8, top + 8, 34, 14, style="F")
                pdf.set_text_color(255, 255, 255)
                pdf.set_font("Helvetica", "B", 8)
                pdf.text(x + 14, top + 18, "NEU")
                black(pdf)
            pdf.set_font("Helvetica", "B", 11.5)
            pdf.text(x + 10, top + 138, name)
            pdf.set_font("Helvetica", "", 8)
            pdf.text(x + 10, top + 152, spec)
            grey(pdf, 80)
            pdf.text(x + 10, top + 164, f"Länge über Puffer {length}")
            black(pdf)
            pdf.set_font("Helvetica", "", 7.5)
            paragraph(pdf, x + 10, top + 180, 358, " ".join(words.rng.sample(TRAIN_PROSE, 2)), 10)
            code = f"{words.rng.choice((39, 37, 71, 81))}.{words.rng.randrange(100, 999)}"
            pdf.set_font("Helvetica", "", 8)
            pdf.text(x + 10, top + 236, f"Art.-Nr. {code}")
            if "limitiert" in spec or "Rheingold" in name:
                pdf.set_font("Helvetica", "I", 9)
                right(pdf, x + 368, top + 236, "Preis auf Anfrage")
                prices: list[str] = []
            else:
                engine = any(k in name for k in ("lokomotive", "triebzug", "Startpackung"))
                value = words.rng.randrange(*((24, 60) if engine else (6, 24))) * 10 - 0.01
                price = f"{comma(value)} €"
                pdf.set_font("Helvetica", "", 8)
                pdf.text(x + 250, top + 236, "UVP")
                pdf.set_font("Helvetica", "B", 13)
                right(pdf, x + 368, top + 236, price)
                prices = [price]
            truth.products.append(product(name, [code], prices, page, sizes=[length]))
        pdf.set_font("Helvetica", "", 7)
        grey(pdf)
        pdf.text(
            36,
            582,
            "UVP = unverbindliche Preisempfehlung inkl. MwSt. Auslieferung ab Herbst 2026."
            " Abbildungen zeigen Handmuster.",
        )
        black(pdf)
    return pdf


CONTAINERS_IT = (
    (
        "BOTTIGLIE IN VETRO",
        "bottle",
        (
            ("Bottiglia Marasca 250 ml", "UV verde", "PP 31,5", 60, 268, 360),
            ("Bottiglia Marasca 500 ml", "UV verde", "PP 31,5", 66, 305, 455),
            ("Bottiglia Dorica 500 ml", "extra-bianco", "PP 31,5", 60, 301, 430),
            ("Bottiglia Dorica 750 ml", "extra-bianco", "PP 31,5", 68, 330, 520),
            ("Bottiglia Quadrotta 1000 ml", "mezzo bianco", "TO 43", 78, 285, 610),
            ("Bottiglia Frontiera 200 ml", "extra-bianco", "GPI 28", 56, 170, 210),
        ),
    ),
    (
        "VASI IN VETRO",
        "jar",
        (
            ("Vaso cilindrico 106 ml", "extra-bianco", "TO 53", 55, 66, 95),
            ("Vaso cilindrico 212 ml", "extra-bianco", "TO 63", 66, 86, 150),
            ("Vaso esagonale 280 ml", "extra-bianco", "TO 63", 72, 94, 180),
            ("Vaso conserva 370 ml", "mezzo bianco", "TO 70", 75, 110, 215),
            ("Vaso conserva 720 ml", "mezzo bianco", "TO 82", 89, 145, 330),
        ),
    ),
    (
        "FLACONI IN PET",
        "flask",
        (
            ("Flacone tondo 100 ml", "cristallo", "DIN 24/410", 38, 112, 16),
            ("Flacone tondo 250 ml", "cristallo", "DIN 24/410", 50, 145, 24),
            ("Flacone Boston 500 ml", "ambra", "DIN 28/410", 66, 178, 36),
            ("Flacone quadro 1000 ml", "cristallo", "DIN 28/410", 80, 225, 52),
        ),
    ),
)


def silhouette(pdf: FPDF, x: float, y_base: float, shape: str, scale: float) -> None:
    """A container drawn from rectangles and an ellipse: a bottle, a jar or a flask."""
    pdf.set_draw_color(60, 80, 90)
    fill(pdf, (196, 220, 214) if shape != "flask" else (226, 232, 240))
    if shape == "bottle":
        w, h = 18 * scale, 42 * scale
        pdf.rect(x, y_base - h, w, h, style="FD")
        pdf.rect(x + w * 0.3, y_base - h - 16 * scale, w * 0.4, 16 * scale, style="FD")
        fill(pdf, (200, 170, 60))
        pdf.rect(x + w * 0.27, y_base - h - 21 * scale, w * 0.46, 5 * scale, style="FD")
    elif shape == "jar":
        w, h = 26 * scale, 30 * scale
        pdf.rect(x, y_base - h, w, h, style="FD")
        fill(pdf, (190, 40, 40))
        pdf.rect(x - 1, y_base - h - 6 * scale, w + 2, 6 * scale, style="FD")
    else:
        w, h = 20 * scale, 40 * scale
        pdf.ellipse(x, y_base - h, w, h, style="FD")
        pdf.rect(x + w * 0.32, y_base - h - 8 * scale, w * 0.36, 10 * scale, style="FD")
        fill(pdf, (40, 40, 40))
        pdf.rect(x + w * 0.25, y_base - h - 14 * scale, w * 0.5, 6 * scale, style="FD")


CONTAINER_HEADS = ("Codice", "Articolo", "Colore", "Imboccatura", "Ø", "H", "Peso g", "cartone")
CONTAINER_HEADS += ("pallet", "Pz/pallet")


def imballaggi(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("VetroPack Italia - Listino contenitori 2026", A4)
    columns = ((40, "l"), (106, "l"), (236, "l"), (296, "l"), (360, "r"), (390, "r"))
    columns += ((424, "r"), (472, "r"), (516, "r"), (555, "r"))
    layout = ((CONTAINERS_IT[0], CONTAINERS_IT[1]), (CONTAINERS_IT[2],))
    for page, sections in enumerate(layout, 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 16)
        pdf.set_text_color(0, 90, 80)
        pdf.text(40, 46, "VetroPack Italia S.r.l.")
        black(pdf)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.text(40, 60, "Listino contenitori in vetro e PET  ·  valido dal 1° marzo 2026")
        grey(pdf, 90)
        right(pdf, 555, 46, f"Listino 03/2026  -  pag. {page}/2")
        right(pdf, 555, 60, "Prezzi in euro per 1000 pezzi, IVA esclusa, franco partenza")
        black(pdf)
        y = 84.0
        for title, shape, items in sections:
            fill(pdf, (0, 90, 80))
            pdf.rect(40, y, 515, 16, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Helvetica", "B", 9.5)
            pdf.text(46, y + 11.5, title)
            black(pdf)
            y += 24
            fill(pdf, (246, 248, 247))
            pdf.rect(40, y, 515, 78, style="F")
            for k in range(len(items)):
                silhouette(pdf, 70 + k * 80, y + 70, shape, 0.8 + 0.08 * k)
            y += 96
            # the two-row header: spanning titles over their sub-columns, the rest below
            pdf.set_font("Helvetica", "B", 7.5)
            centre(pdf, 375, y, "Dimensioni (mm)")
            rule(pdf, y + 3, 120, 340, 400)
            centre(pdf, 494, y, "Prezzo € / 1000 pz")
            rule(pdf, y + 3, 120, 436, 522)
            y += 12
            cells(
                pdf,
                y,
                columns,
                list(CONTAINER_HEADS),
            )
            pdf.set_draw_color(0, 0, 0)
            pdf.line(40, y + 4, 555, y + 4)
            pdf.set_font("Helvetica", "", 7.5)
            for name, colour, neck, diameter, height, weight in items:
                y += 15
                prefix = {"bottle": "BT", "jar": "VS", "flask": "FL"}[shape]
                code = f"{prefix}-{name.split()[1][:3].upper()}-{int(name.split()[-2]):04d}"
                carton = weight * words.rng.uniform(0.55, 0.75) + 60
                pallet = carton * words.rng.uniform(0.84, 0.92)
                per_pallet = words.rng.choice((1980, 2520, 3360, 4200, 5600, 7200))
                cells(
                    pdf,
                    y,
                    columns,
                    [
                        code,
                        name,
                        colour,
                        neck,
                        str(diameter),
                        str(height),
                        str(weight),
                        comma(carton),
                        comma(pallet),
                        spaced(per_pallet).replace(" ", "."),
                    ],
                )
                rule(pdf, y + 5, 215)
                capacity = " ".join(name.split()[-2:])
                truth.products.append(
                    product(name, [code], [comma(carton), comma(pallet)], page, sizes=[capacity])
                )
            y += 40
        if page == 2:
            pdf.set_font("Helvetica", "B", 9)
            pdf.text(40, y, "Condizioni di vendita")
            pdf.set_font("Helvetica", "", 8)
            paragraph(
                pdf,
                40,
                y + 14,
                515,
                "Ordine minimo: 1 cartone per articolo. Prezzo pallet per pallet completi e"
                " omogenei. Capsule e tappi non inclusi, vedi listino accessori. Trasporto in"
                " Italia: 4% sul valore della merce, minimo 45,00 €. Pagamento: bonifico"
                " bancario 60 gg d.f.f.m. Le tolleranze dimensionali sono secondo norma UNI.",
                11,
            )
        pdf.set_font("Helvetica", "", 7)
        grey(pdf)
        pdf.text(40, 815, "VetroPack Italia S.r.l. · Via dell'Industria 22 · 25030 Coccaglio (BS)")
        right(pdf, 555, 815, "P. IVA 03318270982")
        black(pdf)
    return pdf


FABRICS = (
    ("Pamuk Poplin Beyaz", "%100 pamuk", 150, 110, "plain", (245, 245, 240)),
    ("Keten Karışım Düz Bej", "%55 keten, %45 pamuk", 140, 180, "plain", (214, 196, 164)),
    ("Oxford Gömleklik Mavi Çizgili", "%100 pamuk", 150, 125, "stripes", (90, 130, 190)),
    ("Kadife Fitilli Lacivert", "%98 pamuk, %2 elastan", 145, 290, "cord", (40, 50, 90)),
    ("Gabardin Haki", "%97 pamuk, %3 elastan", 150, 240, "twill", (120, 118, 80)),
    ("Ekose Flanel Kırmızı", "%100 pamuk", 150, 200, "check", (180, 40, 40)),
    ("Krep Saten Pudra", "%100 polyester", 150, 130, "plain", (232, 196, 196)),
    ("Balıksırtı Yün Gri", "%70 yün, %30 polyester", 150, 320, "herring", (120, 120, 124)),
    ("Puantiyeli Viskon Siyah", "%100 viskon", 140, 120, "dots", (30, 30, 34)),
    ("Denim 12 oz İndigo", "%100 pamuk", 155, 405, "twill", (40, 60, 110)),
    ("Müslin Çift Katlı Adaçayı", "%100 pamuk", 135, 140, "plain", (160, 180, 150)),
    ("Şönil Döşemelik Hardal", "%100 polyester", 140, 380, "cord", (200, 160, 40)),
    ("Tül Perdelik Ekru", "%100 polyester", 300, 45, "plain", (238, 232, 214)),
    ("Vual Çiçekli Mint", "%100 polyester", 280, 60, "dots", (150, 210, 190)),
    ("Kanvas Doğal", "%100 pamuk", 180, 340, "herring", (210, 200, 180)),
    ("Süprem Penye Antrasit", "%95 pamuk, %5 elastan", 180, 190, "plain", (60, 62, 66)),
    ("Pazen Kareli Yeşil", "%100 pamuk", 150, 170, "check", (40, 110, 60)),
    ("Şifon Desenli Lila", "%100 polyester", 150, 75, "stripes", (170, 140, 200)),
)


ASCII = str.maketrans("ÇĞİÖŞÜçğıöşü", "CGIOSUcgiosu")


def swatch(seed: int, pattern: str, colour: tuple[int, int, int]) -> io.BytesIO:
    """A fabric swatch drawn with Pillow: weave noise and the pattern, as a small JPEG."""
    rng = np.random.default_rng(seed)
    size = 180
    base = np.array(colour, dtype=np.float64)
    pixels = np.ones((size, size, 3)) * base
    pixels += rng.normal(0, 6, size=(size, size, 1))
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(image)
    light = tuple(min(255, c + 60) for c in colour)
    dark = tuple(max(0, c - 50) for c in colour)
    if pattern == "stripes":
        for x in range(0, size, 14):
            draw.rectangle((x, 0, x + 4, size), fill=(245, 245, 245))
    elif pattern == "check":
        for k in range(0, size, 30):
            draw.rectangle((k, 0, k + 12, size), fill=dark)
            draw.rectangle((0, k, size, k + 12), fill=dark)
            draw.line((k + 20, 0, k + 20, size), fill=(240, 230, 200), width=2)
    elif pattern == "cord":
        for x in range(0, size, 6):
            draw.line((x, 0, x, size), fill=dark, width=2)
    elif pattern == "twill":
        for k in range(-size, size, 6):
            draw.line((k, size, k + size, 0), fill=dark, width=2)
    elif pattern == "herring":
        for band in range(0, size, 20):
            for k in range(0, size, 6):
                draw.line((band, k, band + 10, k + 8), fill=light, width=1)
                draw.line((band + 10, k + 8, band + 20, k), fill=dark, width=1)
    elif pattern == "dots":
        for y in range(8, size, 22):
            for x in range(8 + (y // 22 % 2) * 11, size, 22):
                draw.ellipse((x - 4, y - 4, x + 4, y + 4), fill=(250, 250, 250))
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82)
    out.seek(0)
    return out


def kumas(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Kumaşçı Yıldız - Metraj Kumaş Kataloğu İlkbahar 2026", A4)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 18)
        pdf.text(40, 48, "Kumaşçı Yıldız")
        pdf.set_font("DejaVu", "", 8.5)
        grey(pdf, 90)
        pdf.text(40, 63, "Metraj kumaş kataloğu · İlkbahar 2026 · Fiyatlara KDV dahildir")
        right(pdf, 555, 48, f"Sayfa {page}")
        black(pdf)
        rule(pdf, 72, 60)
        for slot in range(9):
            index = (page - 1) * 9 + slot
            name, composition, width, weight, pattern, colour = FABRICS[index]
            x = 40 + (slot % 3) * 176
            top = 86 + (slot // 3) * 244
            pdf.image(swatch(16400 + index, pattern, colour), x=x, y=top, w=163, h=120)
            pdf.set_font("DejaVu", "B", 9)
            ty = paragraph(pdf, x, top + 136, 160, name, 11)
            pdf.set_font("DejaVu", "", 7.5)
            grey(pdf, 80)
            pdf.text(x, ty + 1, composition)
            pdf.text(x, ty + 12, f"En: {width} cm · {weight} g/m²")
            code = f"{name[:2].translate(ASCII).upper()}-{words.rng.randrange(1000, 9999)}"
            pdf.text(x, ty + 23, f"Kod: {code}")
            black(pdf)
            metre = words.rng.randrange(6, 60) * 10 - 0.1
            shown = f"{comma(metre)} TL"
            prices = [shown]
            pdf.set_font("DejaVu", "B", 12)
            pdf.text(x, ty + 44, shown)
            label_x = x + pdf.get_string_width(shown) + 3
            pdf.set_font("DejaVu", "", 7.5)
            pdf.text(label_x, ty + 44, "/ metre")
            if index % 4 == 2:
                old = f"{comma(round(metre * 0.13) * 10 - 0.1)} TL"
                fill(pdf, (200, 20, 40))
                pdf.rect(x + 104, top + 6, 52, 13, style="F")
                pdf.set_text_color(255, 255, 255)
                pdf.set_font("DejaVu", "B", 7)
                pdf.text(x + 109, top + 15.5, "İNDİRİM")
                black(pdf)
                grey(pdf, 110)
                pdf.set_font("DejaVu", "", 8)
                strike(pdf, x + 108, ty + 44, old)
                black(pdf)
                prices.append(old)
            truth.products.append(product(name, [code], prices, page, sizes=[f"{width} cm"]))
        pdf.set_font("DejaVu", "", 6.5)
        grey(pdf)
        pdf.text(
            40,
            818,
            "Minimum kesim 50 cm, 10 cm artışlarla. Renkler ekranda ve baskıda farklı görünebilir."
            " Kumaşçı Yıldız · Merkez Efendi Cad. 12 · Bursa",
        )
        black(pdf)
    return pdf


OUTDOOR_SECTIONS = (
    (
        "SLEEPING BAGS",
        ["Item #", "Model", "Fill", "Comfort", "Limit", "Weight", "Packed", "Lengths", "MSRP"],
        (
            ("Cirque 20 Down", "650 FP duck down", "28", "18", "2 lb 9 oz", '8" x 15"', "R / L"),
            ("Cirque 35 Down", "650 FP duck down", "40", "30", "2 lb 1 oz", '7" x 13"', "R / L"),
            (
                "Kestrel 15 Synthetic",
                "PolarLoft HL",
                "24",
                "12",
                "3 lb 14 oz",
                '10" x 17"',
                "R / L",
            ),
            ("Kestrel 40 Synthetic", "PolarLoft HL", "44", "36", "2 lb 6 oz", '8" x 14"', "R"),
            (
                "Alpenglow 0 Expedition",
                "850 FP goose down",
                "8",
                "-4",
                "3 lb 2 oz",
                '9" x 16"',
                "R / L",
            ),
            ("Sprout 30 Youth", "PolarLoft", "38", "28", "2 lb 2 oz", '7" x 12"', "one"),
        ),
    ),
    (
        "SLEEPING PADS",
        ["Item #", "Model", "Type", "R-value", "Thick.", "Weight", "Packed", "Lengths", "MSRP"],
        (
            ("Nimbus UL Air Pad", "insulated air", "4.2", '3"', "15 oz", '4" x 8"', "R / L / W"),
            (
                "Nimbus Camp Air Pad",
                "insulated air",
                "3.1",
                '3.5"',
                "1 lb 6 oz",
                '5" x 9"',
                "R / L",
            ),
            (
                "Basecamp Self-Inflating",
                "foam + air",
                "6.0",
                '2"',
                "2 lb 11 oz",
                '7" x 14"',
                "R / L",
            ),
            ("Trailfold Foam Pad", "closed-cell foam", "2.0", '0.75"', "14 oz", '5" x 20"', "R"),
        ),
    ),
    (
        "TENTS",
        ["Item #", "Model", "Sleeps", "Floor", "Peak", "Min. wt.", "Packed", "Doors", "MSRP"],
        (
            ("Highline 1 UL", "1", "20 sq ft", '39"', "2 lb 4 oz", '6" x 18"', "1"),
            ("Highline 2 UL", "2", "29 sq ft", '40"', "2 lb 15 oz", '6" x 19"', "2"),
            ("Switchback 3", "3", "41 sq ft", '44"', "4 lb 12 oz", '7" x 21"', "2"),
            ("Meadow 4 Family", "4", "58 sq ft", '60"', "8 lb 3 oz", '9" x 25"', "2"),
            ("Summit 2 Four-Season", "2", "33 sq ft", '42"', "5 lb 6 oz", '8" x 20"', "2"),
        ),
    ),
)


def outdoor(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Ridgeline Outfitters - Sleep Systems 2026 Dealer Spec Sheet", LETTER_LANDSCAPE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.text(36, 40, "RIDGELINE OUTFITTERS")
    pdf.set_font("Helvetica", "", 9)
    pdf.text(220, 40, "Sleep Systems & Shelter  |  2026 Dealer Spec Sheet")
    grey(pdf, 90)
    right(pdf, 756, 40, "MSRP in USD. Ranges: Regular - Long (or Wide).")
    black(pdf)
    pdf.set_line_width(1.0)
    pdf.line(36, 48, 756, 48)
    pdf.set_line_width(0.2)
    columns = ((36, "l"), (86, "l"), (236, "l"), (366, "r"), (416, "r"), (490, "r"))
    columns += ((566, "r"), (630, "c"), (756, "r"))
    y = 68.0
    bands = {"SLEEPING BAGS": (13, 50), "SLEEPING PADS": (6, 20), "TENTS": (22, 70)}
    for section, heads, rows in OUTDOOR_SECTIONS:
        fill(pdf, (60, 80, 60))
        pdf.rect(36, y, 720, 15, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(42, y + 11, section)
        black(pdf)
        y += 30
        pdf.set_font("Helvetica", "B", 7.5)
        if section == "SLEEPING BAGS":
            centre(pdf, 380, y - 13, "Temp. rating (°F)")
            rule(pdf, y - 10, 120, 340, 420)
        cells(pdf, y, columns, heads)
        rule(pdf, y + 4, 60, 36, 756)
        pdf.set_font("Helvetica", "", 8)
        for n, row in enumerate(rows):
            y += 15
            if n % 2:
                fill(pdf, (238, 242, 236))
                pdf.rect(36, y - 10, 720, 14, style="F")
            code = f"#{words.rng.randrange(60100, 69999)}"
            low = words.rng.randrange(*bands[section]) * 10 - 0.05
            lengths = row[-1]
            if "/" in lengths:
                high = low + 10 * lengths.count("/") + words.rng.choice((10, 20, 30))
                shown = f"${low:,.2f} - ${high:,.2f}"
                prices = [f"${low:,.2f}", f"${high:,.2f}"]
            else:
                shown = f"${low:,.2f}"
                prices = [shown]
            cells(pdf, y, columns, [code, *row, shown])
            truth.products.append(product(row[0], [code], prices, 1))
        y += 34
    pdf.set_font("Helvetica", "", 7.5)
    grey(pdf, 80)
    for n, line in enumerate(
        (
            "Temperature ratings per ISO 23537-1. R-value per ASTM F3340. Weights are minimum"
            " trail weights; packed sizes approximate.",
            "MAP policy applies to all models. Dealer cost: see your account portal or call"
            " 1-800-555-0186. Prices subject to change without notice.",
        )
    ):
        pdf.text(36, 578 + 10 * n, line)
    black(pdf)
    return pdf


APPLIANCES = (
    ("Pračka ALVEA WF 8140 Inverter", "8 kg · 1400 ot./min · parní program", "A"),
    ("Pračka ALVEA WF 6120 Slim", "6 kg · 1200 ot./min · hloubka 44 cm", "B"),
    ("Sušička NORDIS TD 9 Heat Pump", "9 kg · tepelné čerpadlo · senzor vlhkosti", "A"),
    ("Lednice NORDIS KG 366 NoFrost", "366 l · výška 186 cm · NoFrost", "C"),
    ("Myčka BRAVA DW 60 Silence", "14 sad · 42 dB · 3. koš na příbory", "B"),
    ("Myčka BRAVA DW 45 Vestavná", "10 sad · 44 dB · plně vestavná", "D"),
    ("Trouba KORONA BO 72 Pyro", "72 l · pyrolýza · teleskopické výsuvy", "A"),
    ("Indukční deska KORONA IH 604", "4 zóny · Booster · 60 cm", "A"),
    ("Mraznička NORDIS FZ 240", "240 l · 7 šuplíků · NoFrost", "E"),
    ("Digestoř VENTO 90 Komín", "90 cm · 650 m³/h · LED osvětlení", "B"),
    ("Mikrovlnná trouba VENTO MW 25", "25 l · 900 W · gril", "B"),
    ("Kombinovaná lednice ALVEA CB 185", "301 l · výška 185 cm · dvě zóny", "D"),
)
APPLIANCE_PRICES = {"Pračka": (89, 190), "Sušička": (140, 260), "Lednice": (110, 240)}
APPLIANCE_PRICES |= {"Myčka": (80, 180), "Trouba": (90, 220), "Indukční": (60, 160)}
APPLIANCE_PRICES |= {"Mraznička": (90, 180), "Digestoř": (40, 120), "Mikrovlnná": (20, 50)}
APPLIANCE_PRICES |= {"Kombinovaná": (120, 260)}
ENERGY = (
    ("A", (0, 150, 70)),
    ("B", (80, 180, 50)),
    ("C", (190, 210, 40)),
    ("D", (250, 230, 20)),
    ("E", (250, 180, 20)),
    ("F", (240, 100, 30)),
    ("G", (225, 30, 30)),
)


def energy_label(pdf: FPDF, x: float, y: float, grade: str) -> None:
    """The EU energy label's arrows A-G, the appliance's class as a black arrow beside them."""
    fill(pdf, (255, 255, 255))
    pdf.set_draw_color(80, 80, 80)
    pdf.rect(x, y, 48, 66, style="FD")
    pdf.set_font("DejaVu", "B", 5.5)
    for k, (letter, colour) in enumerate(ENERGY):
        width = 14 + 3 * k
        top = y + 4 + k * 8.5
        fill(pdf, colour)
        pdf.polygon(
            [
                (x + 3, top),
                (x + 3 + width, top),
                (x + 7 + width, top + 3.5),
                (x + 3 + width, top + 7),
                (x + 3, top + 7),
            ],
            style="F",
        )
        pdf.set_text_color(255, 255, 255)
        pdf.text(x + 5, top + 5.6, letter)
        if letter == grade:
            fill(pdf, (0, 0, 0))
            pdf.polygon(
                [
                    (x + 45, top - 1),
                    (x + 34, top - 1),
                    (x + 30, top + 3.5),
                    (x + 34, top + 8),
                    (x + 45, top + 8),
                ],
                style="F",
            )
            pdf.text(x + 37, top + 5.6, letter)
    black(pdf)


def spotrebice(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("ELEKTRO Vltava - akční nabídka spotřebičů, březen 2026", A4)
    for page in (1, 2):
        pdf.add_page()
        fill(pdf, (0, 80, 160))
        pdf.rect(0, 0, A4[0], 58, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 18)
        pdf.text(40, 36, "ELEKTRO Vltava")
        pdf.set_font("DejaVu", "", 9)
        pdf.text(230, 36, "Akční nabídka velkých spotřebičů · 1.–31. března 2026")
        black(pdf)
        for slot in range(6):
            index = (page - 1) * 6 + slot
            name, spec, grade = APPLIANCES[index]
            x = 40 + (slot % 2) * 262
            top = 76 + (slot // 2) * 246
            pdf.set_draw_color(200, 200, 200)
            pdf.rect(x, top, 250, 234)
            pdf.image(photo(16600 + index, (220, 160)), x=x + 8, y=top + 8, w=150, h=110)
            energy_label(pdf, x + 166, top + 10, grade)
            pdf.set_font("DejaVu", "B", 9.5)
            ty = paragraph(pdf, x + 8, top + 136, 234, name, 12)
            pdf.set_font("DejaVu", "", 7.5)
            pdf.text(x + 8, ty + 1, spec)
            pdf.text(x + 8, ty + 12, f"Energetická třída {grade}")
            code = str(words.rng.randrange(1000000, 1099999))
            barcode = ean(words, "859")
            grey(pdf, 100)
            pdf.text(x + 8, ty + 24, f"Kód: {code} · EAN {barcode}")
            black(pdf)
            low, high = APPLIANCE_PRICES[name.split()[0]]
            price = words.rng.randrange(low, high) * 100 - 10
            shown = f"{spaced(price)} Kč"
            prices = [shown]
            pdf.set_font("DejaVu", "B", 18)
            pdf.set_text_color(200, 20, 30)
            right(pdf, x + 242, top + 222, shown)
            black(pdf)
            if index % 3 != 1:
                old = f"{spaced(price + words.rng.randrange(5, 30) * 100)} Kč"
                pdf.set_font("DejaVu", "", 8.5)
                grey(pdf, 100)
                strike(pdf, x + 8, top + 222, old)
                black(pdf)
                prices.append(old)
            if index % 4 == 0:
                fill(pdf, (255, 210, 0))
                pdf.rect(x + 8, top + 8, 70, 13, style="F")
                pdf.set_font("DejaVu", "B", 6.5)
                pdf.text(x + 12, top + 17, "DOPRAVA ZDARMA")
            truth.products.append(product(name, [code, barcode], prices, page))
        pdf.set_font("DejaVu", "", 6.5)
        grey(pdf)
        pdf.text(
            40,
            820,
            "Ceny včetně DPH a recyklačního poplatku. Nabídka platí do vyprodání zásob."
            " ELEKTRO Vltava s.r.o. · Týnská 14 · České Budějovice",
        )
        right(pdf, 555, 830, f"{page}/2")
        black(pdf)
    return pdf


PERFUMES = (
    (
        "ÂMBAR & CO.",
        (
            ("Noite de Jasmim", "Eau de Parfum feminino · floral", ("30 ml", "50 ml", "100 ml")),
            ("Couro Selvagem", "Eau de Parfum masculino · amadeirado", ("50 ml", "100 ml")),
            ("Flor de Laranjeira", "Eau de Toilette feminino · cítrico", ("50 ml", "100 ml")),
            ("Madeira Azul", "Eau de Toilette masculino · aromático", ("100 ml", "200 ml")),
        ),
    ),
    (
        "MAISON LUZIA",
        (
            ("Rosa Imperial", "Eau de Parfum feminino · floral", ("30 ml", "75 ml")),
            ("Oud Solar", "Extrait de Parfum unissex · oriental", ("50 ml",)),
            ("Vetiver do Sertão", "Eau de Parfum masculino · amadeirado", ("50 ml", "100 ml")),
            ("Baunilha Noir", "Eau de Parfum feminino · gourmand", ("30 ml", "50 ml", "90 ml")),
        ),
    ),
    (
        "VERDE MAR",
        (
            ("Brisa Atlântica", "Eau de Cologne unissex · aquático", ("150 ml", "250 ml")),
            ("Capim-Limão", "Eau de Cologne unissex · cítrico", ("150 ml",)),
            ("Maresia", "Eau de Toilette masculino · aquático", ("50 ml", "100 ml")),
        ),
    ),
    (
        "CASA TIRADENTES",
        (
            ("Café com Cacau", "Eau de Parfum unissex · gourmand", ("50 ml", "100 ml")),
            ("Jabuticaba", "Eau de Parfum feminino · frutado", ("30 ml", "75 ml")),
            ("Tabaco & Mel", "Eau de Parfum masculino · oriental", ("50 ml", "100 ml")),
            ("Orquídea Branca", "Eau de Parfum feminino · floral", ("30 ml", "50 ml", "100 ml")),
            ("Pau-Brasil", "Eau de Parfum masculino · amadeirado", ("100 ml",)),
        ),
    ),
    (
        "ATELIÊ OLINDA",
        (
            ("Frevo", "Eau de Parfum unissex · especiado", ("50 ml", "100 ml")),
            ("Caju Dourado", "Eau de Toilette feminino · frutado", ("50 ml", "100 ml")),
            ("Mangue Beat", "Eau de Toilette masculino · aromático", ("100 ml",)),
            ("Maracatu", "Eau de Parfum masculino · amadeirado", ("50 ml", "100 ml")),
        ),
    ),
    (
        "SOL DE IPANEMA",
        (
            ("Areia Quente", "Body splash feminino · floral", ("200 ml",)),
            ("Água de Coco", "Body splash unissex · frutado", ("200 ml", "500 ml")),
            ("Pôr do Sol", "Eau de Toilette feminino · ambarado", ("30 ml", "75 ml")),
        ),
    ),
    (
        "LINHA KIDS",
        (
            ("Pé de Moleque", "Colônia infantil · suave", ("100 ml",)),
            ("Nuvem de Algodão", "Colônia infantil · suave", ("100 ml", "200 ml")),
        ),
    ),
)


def reais(value: float) -> str:
    return "R$ " + comma(value)


def perfumaria(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Perfumaria Bellaflor - Tabela de preços Outono 2026", A4)
    width, gap, top, bottom = 158.0, 20.5, 116.0, 790.0
    page, column, y = 0, 0, top

    def new_page() -> None:
        nonlocal page, column, y
        pdf.add_page()
        page += 1
        column, y = 0, top if page == 1 else 80.0
        pdf.set_font("Times", "I", 9)
        grey(pdf, 90)
        right(pdf, 555, 40, f"Tabela de preços · Outono 2026 · pág. {page}")
        black(pdf)
        if page == 1:
            pdf.set_font("Times", "B", 26)
            pdf.text(40, 62, "Bellaflor")
            pdf.set_font("Times", "I", 11)
            pdf.text(40, 80, "Perfumaria de autor · São Paulo")
            pdf.set_draw_color(160, 120, 60)
            pdf.line(40, 94, 555, 94)

    def advance(height: float) -> None:
        nonlocal column, y
        if y + height <= bottom:
            return
        column += 1
        y = top if page == 1 else 80.0
        if column == 3:
            new_page()

    new_page()
    for brand, items in PERFUMES:
        advance(70)
        x = 40 + column * (width + gap)
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_text_color(140, 100, 40)
        pdf.text(x, y, brand)
        black(pdf)
        rule(pdf, y + 4, 170, x, x + width)
        y += 20
        for name, kind, volumes in items:
            advance(30 + 12 * len(volumes))
            x = 40 + column * (width + gap)
            pdf.set_font("Helvetica", "B", 9.5)
            pdf.text(x, y, name)
            pdf.set_font("Times", "I", 8.5)
            grey(pdf, 80)
            pdf.text(x, y + 11, kind)
            black(pdf)
            y += 24
            base = words.rng.uniform(2.0, 4.5)
            prices = []
            for volume in volumes:
                ml = int(volume.split()[0])
                value = round(base * ml**0.8 + 60) - 0.1
                shown = reais(value)
                pdf.set_font("Helvetica", "", 8)
                pdf.text(x + 8, y, volume)
                start = x + 8 + pdf.get_string_width(volume) + 2
                stop = x + width - pdf.get_string_width(shown) - 2
                grey(pdf, 150)
                leader(pdf, start, stop, y)
                black(pdf)
                right(pdf, x + width, y, shown)
                prices.append(shown)
                y += 12
            y += 10
            truth.products.append(product(name, [], prices, page, sizes=list(volumes)))
        y += 8
    pdf.set_font("Times", "I", 8)
    grey(pdf, 80)
    pdf.text(
        40,
        815,
        "Preços em reais, válidos até 30/06/2026 ou enquanto durarem os estoques. Parcelamos"
        " em até 6x sem juros no cartão.",
    )
    black(pdf)
    return pdf


TACKLE = (
    (
        "Carbon Pro feeder bot",
        "Közepes akciójú, könnyű karbon blank, három spiccel (0,75 / 1,00 / 1,25 oz).",
        ("Dobósúly", "Részek"),
        (("3,30 m", "30-60 g", "3 rész"), ("3,60 m", "40-80 g", "3 rész")),
        (("3,90 m", "60-120 g", "3 rész"),),
        (180, 420),
    ),
    (
        "Tisza Carp pontyozó bot",
        "Parabolikus akció, távdobásra; SiC gyűrűk, parafa-EVA nyél.",
        ("Tesztgörbe", "Részek"),
        (("3,60 m", "3,00 lbs", "2 rész"), ("3,90 m", "3,50 lbs", "2 rész")),
        (),
        (250, 520),
    ),
    (
        "Elsőfékes orsó Tisza FD",
        "Alumínium dob, 7+1 csapágy, tartalék grafitdobbal.",
        ("Áttétel", "Zsinórkapacitás"),
        (("3000", "5,2:1", "0,25 mm / 200 m"), ("4000", "4,8:1", "0,30 mm / 200 m")),
        (("5000", "4,6:1", "0,35 mm / 250 m"),),
        (140, 330),
    ),
    (
        "Teleszkópos merítőszák",
        "Gumírozott háló, alumínium nyél, 60 x 60 cm-es fej, szállítózsákkal.",
        ("Fej", "Szállítási hossz"),
        (("2,50 m", "60 x 60 cm", "1,05 m"), ("3,00 m", "60 x 60 cm", "1,15 m")),
        (),
        (90, 190),
    ),
    (
        "Monofil zsinór Clear",
        "Alacsony nyúlású, UV-álló, átlátszó; 150 m-es orsón.",
        ("Szakítószilárdság", "Hossz"),
        (("0,20 mm", "4,9 kg", "150 m"), ("0,25 mm", "7,1 kg", "150 m")),
        (("0,30 mm", "9,8 kg", "150 m"),),
        (18, 40),
    ),
    (
        "Feeder kosár nyitott",
        "Ólomsúlyos fémrács kosár, gyorskapoccsal.",
        ("Jelölés", "Kiszerelés"),
        (("30 g", "M", "3 db"), ("40 g", "L", "3 db")),
        (("60 g", "XL", "2 db"),),
        (9, 20),
    ),
    (
        "Szakállas horog Method",
        "Vegyszerrel élezett, fekete nikkel bevonat, füles kivitel.",
        ("Horog", "Kiszerelés"),
        (("8-as", "füles", "10 db"), ("10-es", "füles", "10 db")),
        (("12-es", "füles", "10 db"), ("14-es", "füles", "10 db")),
        (7, 12),
    ),
    (
        "Bojli Scopex & Eper",
        "Oldódó etetőbojli, halliszt alapú, tartósítva; zip-záras tasakban.",
        ("Kiszerelés", "Típus"),
        (("16 mm", "1 kg", "oldódó"), ("20 mm", "1 kg", "oldódó")),
        (("24 mm", "5 kg", "oldódó"),),
        (30, 160),
    ),
)


def horgasz(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Horgászcentrum Tisza - Katalógus 2026", A4)
    columns = ((190, "l"), (254, "l"), (316, "l"), (420, "l"), (555, "r"))
    for page, families in enumerate((TACKLE[:4], TACKLE[4:]), 1):
        pdf.add_page()
        fill(pdf, (20, 90, 110))
        pdf.rect(0, 0, A4[0], 52, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 17)
        pdf.text(40, 33, "Horgászcentrum Tisza")
        pdf.set_font("DejaVu", "", 8.5)
        right(pdf, 555, 33, f"Katalógus 2026 · Bruttó árak · {page}. oldal")
        black(pdf)
        y = 80.0
        for family, copy, heads, rows, extra, (low, high) in families:
            pdf.image(photo(16800 + len(truth.products), (190, 170)), x=40, y=y - 4, w=134, h=120)
            pdf.set_font("DejaVu", "B", 12)
            pdf.text(190, y + 8, family)
            pdf.set_font("DejaVu", "", 8)
            grey(pdf, 70)
            ty = paragraph(pdf, 190, y + 24, 365, copy, 11)
            black(pdf)
            ty += 6
            pdf.set_font("DejaVu", "B", 7.5)
            cells(pdf, ty, columns, ["Cikkszám", "Méret", heads[0], heads[1], "Ár"])
            pdf.set_draw_color(20, 90, 110)
            pdf.line(190, ty + 4, 555, ty + 4)
            pdf.set_font("DejaVu", "", 8)
            for size, first, second in rows + extra:
                ty += 15
                code = str(words.rng.randrange(2200000, 2299999))
                low += words.rng.randrange(0, (high - low) // 3 + 1)
                price = f"{spaced(low * 100 - 10)} Ft"
                cells(pdf, ty, columns, [code, size, first, second, price])
                rule(pdf, ty + 5, 215, 190, 555)
                truth.products.append(
                    product(f"{family} {size}", [code], [price], page, sizes=[size])
                )
            y = max(y + 150, ty + 40)
        pdf.set_font("DejaVu", "", 6.5)
        grey(pdf)
        pdf.text(
            40,
            820,
            "Az árak forintban értendők és az áfát tartalmazzák. Horgászcentrum Tisza Kft."
            " · Szeged, Felső Tisza-part 31 · tiszahorgasz.hu",
        )
        black(pdf)
    return pdf


# === non-catalogs ==============================================================================

STATEMENT_LINES = (
    ("CB CARREFOUR MARKET {d} LYON 03", "debit", 20, 140),
    ("PRLV SEPA EDF CLIENTS PARTICULIERS", "debit", 60, 140),
    ("VIR SEPA SALAIRE MARS SOCIETE RHONE LOGISTIQUE", "credit", 2100, 2900),
    ("CB SNCF CONNECT {d} PARIS", "debit", 25, 120),
    ("CB PHARMACIE DU PONT {d} LYON", "debit", 8, 45),
    ("PRLV SEPA FREE MOBILE FORFAIT", "debit", 10, 20),
    ("CHQ N° {c}", "debit", 50, 400),
    ("CB DECATHLON {d} VENISSIEUX", "debit", 15, 180),
    ("RETRAIT DAB {d} LYON BELLECOUR", "debit", 20, 100),
    ("PRLV SEPA MAIF ASSURANCE HABITATION", "debit", 20, 40),
    ("VIR INSTANTANE RECU M. OU MME LEROY", "credit", 20, 150),
    ("CB AMAZON EU SARL {d} LUXEMBOURG", "debit", 10, 90),
    ("CB BOULANGERIE PAUL {d} LYON", "debit", 4, 15),
    ("PRLV SEPA DGFIP IMPOT PAS", "debit", 80, 260),
    ("CB FNAC BELLECOUR {d} LYON", "debit", 15, 160),
    ("COTISATION CARTE VISA PREMIER", "debit", 11, 14),
    ("CB LEROY MERLIN {d} BRON", "debit", 12, 220),
    ("PRLV SEPA TOTALENERGIES ELECTRICITE", "debit", 40, 95),
    ("CB INTERMARCHE {d} VILLEURBANNE", "debit", 20, 110),
    ("REMISE CHEQUE N° {c}", "credit", 40, 300),
)


def releve(words: Words, truth: Truth) -> FPDF:
    """A French bank statement (A4): account holder and IBAN, a month's card payments, direct
    debits and transfers with merchant names, debit and credit columns, opening and closing
    balances and the period's totals."""
    pdf = sized_pdf("Relevé de compte n° 03", A4)
    pdf.add_page()
    fill(pdf, (0, 60, 110))
    pdf.rect(40, 34, 30, 30, style="F")
    pdf.set_font("Helvetica", "B", 15)
    pdf.text(80, 54, "Banque Rhodanienne")
    pdf.set_font("Helvetica", "", 8)
    pdf.text(80, 66, "Agence Lyon Part-Dieu · 12, rue Servient · 69003 Lyon")
    pdf.set_font("Helvetica", "B", 13)
    right(pdf, 555, 54, "RELEVÉ DE COMPTE")
    pdf.set_font("Helvetica", "", 8.5)
    right(pdf, 555, 68, "du 1er mars 2026 au 31 mars 2026 · n° 03")
    pdf.set_font("Helvetica", "", 9)
    for n, line in enumerate(
        (
            f"M. {words.faker.name()}",
            words.faker.street_address(),
            f"69{words.rng.randrange(100, 999)} {words.faker.city()}",
        )
    ):
        pdf.text(330, 110 + 13 * n, line)
    pdf.set_font("Helvetica", "", 8)
    account = "".join(str(words.rng.randrange(10)) for _ in range(11))
    for n, (key, value) in enumerate(
        (
            ("Compte de dépôt n°", account),
            ("IBAN", f"FR76 1027 8073 {account[:4]} {account[4:8]} {account[8:]}0 12"),
            ("BIC", "CMCIFR2A"),
        )
    ):
        pdf.text(40, 110 + 12 * n, key)
        pdf.text(125, 110 + 12 * n, value)
    columns = ((44, "l"), (90, "l"), (140, "l"), (478, "r"), (551, "r"))
    y = 180.0
    fill(pdf, (225, 232, 240))
    pdf.rect(40, y - 11, 515, 16, style="F")
    pdf.set_font("Helvetica", "B", 8)
    cells(pdf, y, columns, ["Date", "Valeur", "Opération", "Débit €", "Crédit €"])
    balance = words.rng.randrange(40000, 250000) / 100
    y += 18
    pdf.set_font("Helvetica", "B", 8)
    pdf.text(140, y, "SOLDE CRÉDITEUR AU 28/02/2026")
    right(pdf, 551, y, comma(balance, " "))
    pdf.set_font("Helvetica", "", 8)
    debits = credits = 0.0
    day = 1
    for label, side, low, high in STATEMENT_LINES:
        day = min(31, day + words.rng.randrange(0, 3))
        y += 14
        amount = words.rng.randrange(low * 100, high * 100) / 100
        date = f"{day:02d}/03"
        text = label.format(d=f"{day:02d}03", c=words.rng.randrange(1000000, 9999999))
        cells(pdf, y, columns[:3], [date, f"{min(31, day + 1):02d}/03", text])
        if side == "debit":
            right(pdf, 478, y, comma(amount, " "))
            debits += amount
        else:
            right(pdf, 551, y, comma(amount, " "))
            credits += amount
        rule(pdf, y + 4, 230)
    y += 20
    pdf.set_font("Helvetica", "B", 8)
    pdf.text(140, y, "TOTAL DES OPÉRATIONS")
    right(pdf, 478, y, comma(debits, " "))
    right(pdf, 551, y, comma(credits, " "))
    y += 14
    closing = balance + credits - debits
    pdf.text(140, y, f"SOLDE {'CRÉDITEUR' if closing >= 0 else 'DÉBITEUR'} AU 31/03/2026")
    right(pdf, 551, y, comma(abs(closing), " "))
    pdf.set_font("Helvetica", "", 7)
    grey(pdf, 80)
    paragraph(
        pdf,
        40,
        y + 40,
        515,
        "Sauf erreur ou omission. Vérifiez les opérations de ce relevé; toute réclamation doit"
        " être formulée dans un délai de 13 mois. Autorisation de découvert: 500,00 €, taux"
        " débiteur 15,90 % (TAEG 16,94 %). Garantie des dépôts: 100 000 € par déposant (FGDR).",
        10,
    )
    black(pdf)
    return pdf


MEDICATIONS = (
    ("Metoprololsuccinat", "Metoprolol-ratiopharm Succ 47,5 mg", "47,5 mg", "Retardtabl."),
    ("Ramipril", "Ramipril HEXAL 5 mg", "5 mg", "Tabl."),
    ("Atorvastatin", "Atorvastatin AbZ 20 mg", "20 mg", "Filmtabl."),
    ("Metformin", "Metformin Lich 1000 mg", "1000 mg", "Filmtabl."),
    ("Acetylsalicylsäure", "ASS 100 TAH", "100 mg", "Tabl."),
    ("Pantoprazol", "Pantoprazol-1A Pharma 20 mg", "20 mg", "magensaftr. Tabl."),
    ("Colecalciferol", "Dekristol 20.000 I.E.", "20.000 I.E.", "Weichkaps."),
)
DOSES = (
    ("1", "0", "0", "0", "Stück", "", "Bluthochdruck"),
    ("1", "0", "0", "0", "Stück", "", "Bluthochdruck"),
    ("0", "0", "1", "0", "Stück", "", "Cholesterin"),
    ("1", "0", "1", "0", "Stück", "zu den Mahlzeiten", "Diabetes"),
    ("1", "0", "0", "0", "Stück", "nach dem Frühstück", "Blutverdünnung"),
    ("1", "0", "0", "0", "Stück", "30 min vor dem Frühstück", "Magenschutz"),
    ("", "", "", "", "Stück", "1 x wöchentlich, sonntags", "Vitamin-D-Mangel"),
)

MEDICATION_HEADS = ("Wirkstoff", "Handelsname", "Stärke", "Form", "mo", "mi", "ab", "z.N.")
MEDICATION_HEADS += ("Einheit",)
ON_DEMAND = ("Ibuprofen", "Ibu-ratiopharm 400 mg akut", "400 mg", "Filmtabl.", "", "", "", "")


def medikationsplan(words: Words, truth: Truth) -> FPDF:
    """A German medication plan (A4 landscape, the federal form's layout): patient and doctor,
    a drawn 2D code, active substances with brand names, strengths and forms, the dose
    schedule morning-noon-evening-night, notes and reasons, a line of on-demand medication."""
    pdf = sized_pdf("Medikationsplan", A4_LANDSCAPE)
    pdf.add_page()
    pdf.set_draw_color(0, 0, 0)
    pdf.rect(30, 30, 782, 82)
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 56, "Medikationsplan")
    pdf.set_font("Helvetica", "", 8)
    pdf.text(40, 70, "Seite 1 von 1")
    pdf.set_font("Helvetica", "", 9)
    patient = words.faker.name()
    pdf.text(200, 50, f"für: {patient}")
    pdf.text(
        200, 64, f"geb. am: {words.rng.randrange(1, 28):02d}.0{words.rng.randrange(1, 9)}.1951"
    )
    pdf.text(
        200,
        86,
        f"ausgedruckt von: Dr. med. {words.faker.last_name()}, Fachärztin für Allgemeinmedizin",
    )
    pdf.text(200, 98, "Hauptstraße 41 · 69117 Heidelberg · Tel. 06221 55 30 17 · am 09.03.2026")
    rng = np.random.default_rng(words.rng.randrange(10**6))
    grid = rng.integers(0, 2, size=(22, 22))
    fill(pdf, (0, 0, 0))
    for (row, column), value in np.ndenumerate(grid):
        if value or row in (0, 21) or column == 0:
            pdf.rect(720 + column * 3.4, 36 + row * 3.4, 3.4, 3.4, style="F")
    columns = ((36, "l"), (140, "l"), (316, "l"), (374, "l"), (448, "c"), (482, "c"))
    columns += ((516, "c"), (550, "c"), (574, "l"), (616, "l"), (736, "l"))
    y = 134.0
    fill(pdf, (225, 225, 225))
    pdf.rect(30, y - 11, 782, 26, style="F")
    pdf.set_font("Helvetica", "B", 7.5)
    cells(
        pdf,
        y,
        columns,
        [*MEDICATION_HEADS, "Hinweise", "Grund"],
    )
    pdf.set_font("Helvetica", "", 6.5)
    cells(pdf, y + 10, columns[4:8], ["morgens", "mittags", "abends", "zur Nacht"])
    y += 16
    pdf.set_font("Helvetica", "", 8.5)
    for medication, dose in zip(MEDICATIONS, DOSES, strict=True):
        y += 22
        cells(pdf, y, columns, [*medication, *dose])
        rule(pdf, y + 8, 160, 30, 812)
    y += 30
    pdf.set_font("Helvetica", "B", 9)
    pdf.text(36, y, "Bedarfsmedikation")
    pdf.set_font("Helvetica", "", 8.5)
    y += 18
    cells(
        pdf,
        y,
        columns,
        [*ON_DEMAND, "Stück", "max. 3 x täglich 1", "Schmerzen"],
    )
    y += 30
    pdf.set_font("Helvetica", "B", 9)
    pdf.text(36, y, "Wichtige Hinweise")
    pdf.set_font("Helvetica", "", 8.5)
    paragraph(
        pdf,
        36,
        y + 16,
        770,
        "Bitte bringen Sie diesen Plan zu jedem Arzt- und Apothekenbesuch mit. Nehmen Sie keine"
        " zusätzlichen Schmerzmittel ohne Rücksprache ein. Blutzucker zweimal wöchentlich"
        " messen. Nächste Laborkontrolle (HbA1c, Kreatinin) im Juni 2026.",
        12,
    )
    pdf.set_font("Helvetica", "", 7)
    grey(pdf)
    pdf.text(30, 575, "Bundeseinheitlicher Medikationsplan · Version 2.7 · DE-DE")
    black(pdf)
    return pdf


BOM_LINES = (
    ("C1, C2, C5-C8", "Capacitor MLCC 100nF 50V X7R 0603", "Murata", "GRM188R71H104KA93D"),
    ("C3, C4", "Capacitor MLCC 10uF 25V X5R 0805", "Samsung", "CL21A106KAYNNNE"),
    ("C9", "Capacitor electrolytic 220uF 35V", "Panasonic", "EEE-FK1V221P"),
    ("D1", "Schottky diode 40V 1A SOD-123", "onsemi", "MBR140SFT1G"),
    ("D2, D3", "LED green 0603", "Kingbright", "APT1608SGC"),
    ("J1", "USB-C receptacle 16-pin SMT", "GCT", "USB4105-GF-A"),
    ("J2", "Terminal block 3-pos 5.08 mm", "Phoenix Contact", "1729021"),
    ("L1", "Inductor 4.7uH 3A shielded", "Bourns", "SRR6028-4R7Y"),
    ("Q1", "MOSFET N-ch 30V 5.8A SOT-23", "Vishay", "SI2302CDS-T1-GE3"),
    ("R1-R4", "Resistor 10k 1% 0603", "Yageo", "RC0603FR-0710KL"),
    ("R5, R6", "Resistor 4.7k 1% 0603", "Yageo", "RC0603FR-074K7L"),
    ("U1", "MCU ARM Cortex-M4 LQFP-64", "STMicroelectronics", "STM32F405RGT6"),
    ("U2", "Buck converter 3A 1.2MHz", "Texas Instruments", "TPS563200DDCR"),
    ("U3", "CAN transceiver SOIC-8", "NXP", "TJA1051T/3,118"),
    ("Y1", "Crystal 8 MHz 20pF", "Abracon", "ABM3-8.000MHZ-D2Y-T"),
)

BOM_HEADS = ("#", "Qty", "Ref. des.", "Description", "Manufacturer", "MPN", "Digi-Key P/N")


def bom(words: Words, truth: Truth) -> FPDF:
    """An electronics bill of materials (Letter): the assembly and revision, lines with
    reference designators, descriptions, manufacturers, part numbers, supplier numbers,
    quantities per board, unit and extended costs at a build quantity, the cost per board and
    an approval block."""
    pdf = sized_pdf("BOM CTRL-204 rev C", LETTER)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(36, 46, "Bill of Materials")
    pdf.set_font("Helvetica", "", 8.5)
    for n, (key, value) in enumerate(
        (
            ("Assembly", "CTRL-204 Motor controller board"),
            ("Revision", "C (ECO-0117)"),
            ("PCB", "PCB-204-C, 4 layers, 80 x 60 mm"),
            ("Build quantity", "250"),
        )
    ):
        pdf.text(36, 66 + 12 * n, key)
        pdf.text(110, 66 + 12 * n, value)
    right(pdf, 576, 46, f"Doc. no. BOM-{words.rng.randrange(1000, 9999)}")
    right(pdf, 576, 58, "Printed 2026-03-04 from PLM")
    columns = ((36, "l"), (62, "r"), (68, "l"), (124, "l"), (246, "l"), (318, "l"))
    columns += ((404, "l"), (528, "r"), (576, "r"))
    y = 132.0
    pdf.set_font("Helvetica", "B", 7)
    cells(
        pdf,
        y,
        columns,
        [*BOM_HEADS, "Unit $", "Ext. $"],
    )
    rule(pdf, y + 4, 40, 36, 576)
    total = 0.0
    pdf.set_font("Helvetica", "", 6.8)
    for n, (refs, description, maker, mpn) in enumerate(BOM_LINES, 1):
        y += 14
        qty = sum(
            int(part[-1]) - int(part.split("-")[0][1:]) + 1 if "-" in part else 1
            for part in refs.replace(" ", "").split(",")
        )
        unit = words.rng.randrange(2, 1400) / 1000 if "U1" not in refs else 7.42
        total += qty * unit
        ext = f"{qty * unit:.2f}"
        supplier = f"{words.rng.randrange(100, 999)}-{mpn[:10].rstrip('-')}-ND"
        cells(
            pdf,
            y,
            columns,
            [str(n), str(qty), refs, description, maker, mpn, supplier, f"{unit:.4f}", ext],
        )
        rule(pdf, y + 4, 220, 36, 576)
    y += 22
    pdf.set_font("Helvetica", "B", 8.5)
    for key, value in (
        ("Components per board", f"{total:.2f}"),
        ("PCB (quote Q-2291, 250 pcs)", "3.18"),
        ("Assembly labour (quote A-0774)", "6.40"),
        ("Cost per board", f"{total + 9.58:.2f}"),
    ):
        pdf.text(348, y, key)
        right(pdf, 576, y, value)
        y += 13
    y += 20
    pdf.set_font("Helvetica", "", 7.5)
    pdf.text(36, y, "DNP (do not place): R7, C10, J3.  Alternates approved: see AVL-204.")
    y += 30
    for n, role in enumerate(("Drawn", "Checked", "Approved")):
        x = 36 + n * 180
        pdf.rect(x, y, 170, 40)
        pdf.text(x + 6, y + 12, role)
        pdf.text(x + 6, y + 32, "Date:")
    return pdf


FURNISHINGS = (
    ("Lodówka z zamrażarką Beko RCSA300", "1", "dobry", "drobne rysy na drzwiach"),
    ("Pralka Bosch Serie 4 WAN28", "1", "bardzo dobry", ""),
    ("Płyta indukcyjna Electrolux 60 cm", "1", "dobry", ""),
    ("Okap kuchenny Amica", "1", "dobry", "filtr do wymiany"),
    ("Kanapa rozkładana szara", "1", "dobry", "plama na lewym boku"),
    ("Stół rozkładany + 4 krzesła", "5", "bardzo dobry", ""),
    ("Szafa przesuwna z lustrem 200 cm", "1", "dobry", ""),
    ("Łóżko 160 x 200 z materacem", "1", "bardzo dobry", "materac w pokrowcu"),
    ("Firany i zasłony", "3 kpl.", "dobry", ""),
    ("Lampa sufitowa LED", "4", "sprawne", ""),
    ('Telewizor Samsung 43"', "1", "sprawny", "pilot w komplecie"),
)


def protokol(words: Words, truth: Truth) -> FPDF:
    """A Polish flat handover protocol (A4, DejaVu): the parties and the flat, meter numbers
    and readings, keys handed over, an inventory of furnishings and appliances with makes,
    quantities and condition, the deposit, signatures."""
    pdf = dejavu_pdf("Protokół zdawczo-odbiorczy lokalu", A4)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    centre(pdf, A4[0] / 2, 52, "PROTOKÓŁ ZDAWCZO-ODBIORCZY LOKALU")
    pdf.set_font("DejaVu", "", 8.5)
    centre(pdf, A4[0] / 2, 66, "sporządzony w dniu 1 marca 2026 r. w Krakowie")
    y = 96.0
    for line in (
        f"Wynajmujący: {words.faker.name()}, PESEL {words.rng.randrange(10**10, 10**11)}",
        f"Najemca: {words.faker.name()}, dowód osobisty ABC {words.rng.randrange(100000, 999999)}",
        "Lokal: ul. Długa 17/9, 31-147 Kraków, 2 pokoje, 48,6 m², piętro 3",
        "Umowa najmu z dnia 20 lutego 2026 r., czas określony do 28 lutego 2027 r.",
    ):
        pdf.text(40, y, line)
        y += 13
    y += 14
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.text(40, y, "1. Stany liczników")
    columns = ((44, "l"), (180, "l"), (330, "r"), (420, "l"))
    y += 18
    pdf.set_font("DejaVu", "B", 7.5)
    cells(pdf, y, columns, ["Medium", "Nr licznika", "Stan", "Jednostka"])
    rule(pdf, y + 4, 120)
    pdf.set_font("DejaVu", "", 8)
    for medium, unit in (
        ("Energia elektryczna", "kWh"),
        ("Gaz", "m³"),
        ("Woda zimna", "m³"),
        ("Woda ciepła", "m³"),
    ):
        y += 14
        number = f"{words.rng.randrange(10**7, 10**8)}"
        reading = comma(words.rng.randrange(1000, 900000) / 100).replace(".", " ")
        cells(pdf, y, columns, [medium, number, reading, unit])
    y += 28
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.text(40, y, "2. Klucze")
    pdf.set_font("DejaVu", "", 8)
    pdf.text(
        40, y + 14, "Klucze do drzwi wejściowych: 3 szt. · do skrzynki pocztowej: 2 szt. · pilot"
    )
    pdf.text(40, y + 26, "do bramy: 1 szt. · karta do komórki lokatorskiej nr 14: 1 szt.")
    y += 52
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.text(40, y, "3. Wyposażenie lokalu")
    columns = ((44, "l"), (66, "l"), (306, "c"), (340, "l"), (420, "l"))
    y += 18
    pdf.set_font("DejaVu", "B", 7.5)
    cells(pdf, y, columns, ["Lp.", "Przedmiot", "Ilość", "Stan", "Uwagi"])
    rule(pdf, y + 4, 120)
    pdf.set_font("DejaVu", "", 8)
    for n, row in enumerate(FURNISHINGS, 1):
        y += 15
        cells(pdf, y, columns, [f"{n}.", *row])
        rule(pdf, y + 5, 225)
    y += 32
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.text(40, y, "4. Kaucja i uwagi")
    pdf.set_font("DejaVu", "", 8)
    paragraph(
        pdf,
        40,
        y + 14,
        515,
        "Najemca wpłacił kaucję zabezpieczającą w wysokości 3 200,00 zł (słownie: trzy tysiące"
        " dwieście złotych) przelewem w dniu 25.02.2026. Strony stwierdzają, że lokal jest"
        " czysty, ściany bez uszkodzeń, okna i drzwi sprawne. Czynsz najmu 2 900,00 zł oraz"
        " opłaty administracyjne 640,00 zł płatne do 10. dnia miesiąca.",
        11,
    )
    for n, role in enumerate(("Wynajmujący", "Najemca")):
        x = 60 + n * 280
        pdf.line(x, 770, x + 190, 770)
        pdf.text(x + 60, 782, role)
    return pdf


EXPENSES = (
    ("03/02/2026", "Billete AVE Madrid - Barcelona", "Renfe Viajeros", 0.10, 62, 128),
    ("03/02/2026", "Taxi estación - hotel", "Radio Taxi Barcelona", 0.10, 12, 26),
    ("03/02/2026", "Alojamiento 2 noches", "Hotel Condal Eixample", 0.10, 180, 290),
    ("03/02/2026", "Cena con cliente", "Restaurante La Barceloneta", 0.10, 60, 140),
    ("04/02/2026", "Almuerzo de trabajo", "Bar Mundial", 0.10, 14, 30),
    ("04/02/2026", "Aparcamiento", "Saba Aparcamientos", 0.21, 18, 32),
    ("05/02/2026", "Material para la feria", "Papelería Abacus", 0.21, 20, 60),
    ("05/02/2026", "Billete AVE Barcelona - Madrid", "Renfe Viajeros", 0.10, 62, 128),
)


def gastos(words: Words, truth: Truth) -> FPDF:
    """A Spanish travel expense report (A4): employee, department and project, dated receipts
    with suppliers, invoice numbers, base, VAT and total, mileage at a rate per km, per diems,
    the advance received and the sum to refund, approval signatures."""
    pdf = sized_pdf("Nota de gastos de viaje", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.text(40, 52, "NOTA DE GASTOS DE VIAJE")
    pdf.set_font("Helvetica", "", 8.5)
    right(pdf, 555, 46, "Aceros Tajo, S.A.")
    right(pdf, 555, 58, "Departamento de Administración")
    y = 88.0
    for key, value in (
        ("Empleado", words.faker.name()),
        ("N.º de empleado", f"E-{words.rng.randrange(1000, 9999)}"),
        ("Departamento", "Ventas Zona Noreste"),
        ("Motivo del viaje", "Feria Industrial de Barcelona, visita a clientes"),
        ("Proyecto / centro de coste", f"CC-{words.rng.randrange(300, 399)} / PRY-2026-014"),
        ("Fechas", "03/02/2026 al 05/02/2026"),
    ):
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.text(40, y, key)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.text(190, y, value)
        y += 13
    columns = ((40, "l"), (92, "l"), (232, "l"), (358, "l"), (446, "r"), (496, "r"), (555, "r"))
    y += 20
    fill(pdf, (230, 230, 230))
    pdf.rect(38, y - 11, 519, 16, style="F")
    pdf.set_font("Helvetica", "B", 7.5)
    cells(
        pdf, y, columns, ["Fecha", "Concepto", "Proveedor", "N.º factura", "Base", "IVA", "Total"]
    )
    pdf.set_font("Helvetica", "", 7.5)
    total = 0.0
    for date, concept, supplier, rate, low, high in EXPENSES:
        y += 15
        gross = words.rng.randrange(low * 100, high * 100) / 100
        base = gross / (1 + rate)
        total += gross
        invoice = f"{words.rng.choice('ABFT')}{words.rng.randrange(10**5, 10**6)}"
        cells(
            pdf,
            y,
            columns,
            [date, concept, supplier, invoice, comma(base), comma(gross - base), comma(gross)],
        )
        rule(pdf, y + 5, 215)
    y += 26
    km = words.rng.randrange(40, 120)
    per_diem = 2 * 26.67
    pdf.set_font("Helvetica", "", 8.5)
    for key, value in (
        ("Total justificantes", total),
        (f"Kilometraje vehículo propio: {km} km × 0,26 €/km", km * 0.26),
        ("Dietas: 2 días × 26,67 €", per_diem),
        ("Anticipo recibido", -300.0),
    ):
        pdf.text(232, y, key)
        right(pdf, 555, y, f"{comma(value)} €")
        y += 14
    pdf.set_font("Helvetica", "B", 9.5)
    refund = total + km * 0.26 + per_diem - 300
    pdf.text(232, y + 4, "IMPORTE A REEMBOLSAR")
    right(pdf, 555, y + 4, f"{comma(refund)} €")
    pdf.set_font("Helvetica", "", 7.5)
    grey(pdf, 80)
    paragraph(
        pdf,
        40,
        y + 40,
        515,
        "Se adjuntan los justificantes originales numerados del 1 al 8. El reembolso se abonará"
        " en la nómina del mes siguiente. Los gastos de alojamiento superiores a 120 € por noche"
        " requieren autorización previa del director del departamento.",
        10,
    )
    black(pdf)
    for n, role in enumerate(
        ("Firma del empleado", "Aprobado: jefe de departamento", "Contabilidad")
    ):
        x = 40 + n * 180
        pdf.line(x, 740, x + 155, 740)
        pdf.text(x, 752, role)
    return pdf


# === the batch =================================================================================

BLIND_16 = ("kaashandel", "drzwi", "modelbahn", "imballaggi", "kumas", "outdoor")
BLIND_16 += ("spotrebice", "perfumaria", "horgasz")
BLIND_16_NON_CATALOGS = ("releve", "medikationsplan", "bom", "protokol", "gastos")
LAYOUTS_16 = BLIND_16 + BLIND_16_NON_CATALOGS
SCAN_DPI_16 = {"kaashandel": 250, "drzwi": 200, "modelbahn": 150, "imballaggi": 300}
SCAN_DPI_16 |= {"kumas": 200, "outdoor": 250, "spotrebice": 150, "perfumaria": 200}
SCAN_DPI_16 |= {"horgasz": 200, "releve": 250, "medikationsplan": 200, "bom": 300}
SCAN_DPI_16 |= {"protokol": 150, "gastos": 200}
LANGUAGE_16 = {"kaashandel": "nl", "drzwi": "pl", "modelbahn": "de", "imballaggi": "it"}
LANGUAGE_16 |= {"kumas": "tr", "spotrebice": "cs", "perfumaria": "pt", "horgasz": "hu"}
LANGUAGE_16 |= {"releve": "fr", "medikationsplan": "de", "protokol": "pl", "gastos": "es"}
LOCALES_16 = {"en": "en_US", "nl": "nl_NL", "pl": "pl_PL", "de": "de_DE", "it": "it_IT"}
LOCALES_16 |= {"tr": "tr_TR", "cs": "cs_CZ", "pt": "pt_BR", "hu": "hu_HU", "fr": "fr_FR"}
LOCALES_16 |= {"es": "es_ES"}
SEED_16 = 16000
MAKERS_16: dict[str, Callable[[Words, Truth], FPDF]] = {
    "kaashandel": kaashandel,
    "drzwi": drzwi,
    "modelbahn": modelbahn,
    "imballaggi": imballaggi,
    "kumas": kumas,
    "outdoor": outdoor,
    "spotrebice": spotrebice,
    "perfumaria": perfumaria,
    "horgasz": horgasz,
    "releve": releve,
    "medikationsplan": medikationsplan,
    "bom": bom,
    "protokol": protokol,
    "gastos": gastos,
}

# registered beside the earlier batches, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["16"] = Batch(
    LAYOUTS_16, BLIND_16, MAKERS_16, SEED_16, LANGUAGE_16, LOCALES_16, SCAN_DPI_16
)
