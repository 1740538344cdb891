"""Blind batch 18: catalogs and look-alikes a PDF service receives, written WITHOUT the engine.

Bench figures, never test floors: only ``bench/quality.py --layouts blind18`` writes them, and the
batch is meant to be scored ONCE, at the end, as an honest estimate on catalogs nobody tuned on.
Nobody who wrote it read ``pdfqueue.engines`` (``catalog*``, ``layout*``, ``ocr*``,
``products*``, ``bills*``, ``words*``, ``columns*``, ``sheets*``, ``tables*``), nor ran the
engine or the bench on it; its forms are unlike every earlier batch's (1-17).

What counts as a product (what a careful human labeller would list): a thing the document
offers, ONCE, named as printed; its codes, prices and sizes as printed (prices in printed
order, an offer price before the struck one it replaces). Section headings, categories, brands,
legends, column headings, position numbers, the CONTENTS OF A SET OR PACKAGE (a set's parts, a
BBQ package's sausages: sold only inside it), teaser doors that hide their offer, notes,
charges and totals are not. A footnote mark after a name ("*") is not part of the name. Where
lengths have NO code of their own (one ski in three lengths), the item is one product with
those lengths as its sizes. Per layout (files ``b18-<layout>``; seeds ``SEED_18`` + index):

- ``narzedzia``: a Polish tool shop's catalogue of TOOL SETS (A4, DejaVu, 2 x 3 framed cards a
  page): a photo, the bold set name wrapped beside it ("Zestaw kluczy nasadowych 1/2" 24 el.",
  some with a footnote "*"), "Nr kat. ZN-24012", then "Zawartość zestawu:" and BULLETED
  CONTENTS ("10 nasadek 6-kątnych 10-24 mm", "grzechotka 72 zęby"), the price large in red
  ("389,00 zł"), on some "cena katalogowa" with the struck old price and a yellow "-15%" disc.
  A set is a product; its contents are not.
- ``sizek``: a Hungarian ski shop's catalogue (A4 landscape, DejaVu, six skis a page): each ski
  DRAWN upright as a tall rounded shape with its NAME PRINTED TURNED 90° along it in white
  ("Vertex Ridge 84 Ti"), the category over it ("ALL-MOUNTAIN"), below it a note, "Rádiusz
  16,0 m", the lengths "163 cm · 170 cm · 177 cm", "Cikkszám: SK-27421", the price "219 990 Ft"
  and a struck one on some. A ski is ONE product (its lengths its sizes).
- ``julekalender``: a Danish department store's ADVENT CALENDAR of daily offers (A4, DejaVu, a
  dark green page, 3 x 4 doors a page, days 1-24): each door a coloured panel with the big day
  number and "7. december", the bold name (wrapped), a line of copy, "Varenr. 43-5712", the
  price "79,-" large and "Før 349,-" struck on some. Three doors are "Hemmelig låge" teasers
  with a big "?" (no product). A door with an offer is a product.
- ``grillfolder``: a Flemish butcher's BBQ TRIFOLD (A4 landscape, DejaVu, three panels a side,
  dashed fold lines): outside an order panel with a blank order form and opening hours, a back
  panel of prose and the cover; inside four BBQ PACKAGES in rounded boxes ("Pakket Luxe  € 17,90
  p.p.") listing their contents ("- 1 lamskotelet"), and à la carte lines under meat headings
  over two panels, name left and "14,95" with a small "/kg" or "/st" at the right. A package is
  a product (not its contents); an à la carte line is a product (sauces with "(250 ml)" as size).
- ``presentazione``: an Italian appliance maker's DEALER SLIDE DECK exported to PDF (16:9 pages,
  DejaVu): a title slide (no product), then per slide a title and FOUR product columns: photo,
  a red "NOVITÀ" flag on some, the bold name, three bullets, "Cod. AU-2210-NR", the price white
  on a dark pill ("€ 1.290,00"), "Prezzo consigliato IVA inclusa", a drawn QR code with "Scheda
  tecnica"; the dealer terms in the footer. A column is a product.
- ``rakke``: an Afrikaans liquor store's weekend specials drawn as SHELVES (A4, DejaVu, three
  shelves a page, five items a shelf): bottles, six-packs and bags DRAWN standing on a wooden
  plank, each item's name centred over it, and on the shelf edge under it a yellow ticket with
  the price "R 64,99", the size "750 ml", a 6-digit code and on some "Was R 79,99" struck. An item
  is a product (its ticket's price, code and size).
- ``gjafir``: an Icelandic newspaper's Christmas GIFT GUIDE (A4, DejaVu, two pages "Fyrir hann",
  "Fyrir hana"): photos of uneven sizes in a three-column COLLAGE, numbered red discs, captions
  under or BESIDE the photos (bold name, maker in italics, "24 990 kr."), a pull quote and prose.
  A numbered item is a product (the maker is not part of its name).
- ``cenovnik``: a Serbian builders' merchant's price list (A4, DejaVu, Latin script) with
  DECIMAL OUTLINE NUMBERING: "1. ZIDNI MATERIJALI", "1.1 Blokovi i opeke", items "1.1.2  Termo
  blok 38 × 25 × 23,8 cm, brušeni" stepped in, names wrapping, J.m. (kom, džak, m², rol), the
  prices without and with VAT ("1.540,00", "1.848,00"), "*" footnotes, a delivery charge in the
  notes. An item is a product named by its text (the outline number is a position, not a code;
  the "*" is a footnote mark); prices without then with VAT.
- ``kasutatud``: an Estonian camera shop's USED-EQUIPMENT LIST (A4, DejaVu, three narrow
  columns): black category bars, each entry a RUN-IN paragraph, its first words bold ("Nikon
  F3 korpus, kroom, 8/10, karbiga (kood 43026)"), wrapped over two or three lines with the
  price "295 €" at the right of its last line; a condition legend in the header and a trade-in
  box. An entry is a product named by its bold words before the first comma; its code the
  "kood".

Batch 18 non-catalogs (truth: no products): ``dichiarazione`` (an Italian EU declaration of
conformity for a family of espresso machines: models with codes, voltages and powers,
directives, standards, signature), ``jadlospis`` (a Polish school canteen's weekly menu: days
by soup, main course and dessert, allergens, the month's meal fee), ``jutalek`` (a Hungarian
sales rep's commission statement: products sold with codes, quantities, net revenue, rates and
commissions, deductions and bonus), ``fragtbrev`` (a Danish CMR consignment note: the numbered
boxes, goods lines with marks, packages, statistical numbers, weights and volumes, the carriage
charge, signatures), ``tarifa`` (an extract of the Serbian customs tariff: tariff numbers,
descriptions stepped by dashes, units and duty rates).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 18 [--scanned]
"""

from __future__ import annotations

from collections.abc import Callable

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo, wrap
from generate_blind import Batch, product, right
from generate_blind6 import comma, strike
from generate_blind9 import black, centre, grey
from generate_blind11 import cells, rule
from generate_blind12 import paragraph
from generate_blind15 import A4_LANDSCAPE, fill
from generate_blind16 import dejavu_pdf

SLIDE = (842.0, 473.6)  # a 16:9 slide deck exported to PDF


def spaced(value: int, unit: str = "") -> str:
    """189990 -> '189 990' (and the unit after it): thousands with a space, no decimals."""
    text = f"{value:,}".replace(",", " ")
    return f"{text} {unit}".strip()


def lines(pdf: FPDF, x: float, y: float, width: float, text: str, leading: float) -> float:
    """`text` wrapped to `width` from baseline `y`; return the baseline below the last line."""
    for line in wrap(pdf, text, width):
        pdf.text(x, y, line)
        y += leading
    return y


# === catalogs ==================================================================================

SETS = (
    (
        'Zestaw kluczy nasadowych 1/2" 24 el.',
        (
            "10 nasadek 6-kątnych 10-24 mm",
            "grzechotka 72 zęby",
            "przedłużki 125 i 250 mm",
            "przegub Cardana",
            "walizka z tworzywa",
        ),
        389.0,
        459.0,
        False,
    ),
    (
        "Zestaw kluczy płaskooczkowych 12 el.",
        (
            "klucze 8, 10, 11, 12, 13, 14 mm",
            "klucze 15, 17, 19, 22, 24 i 27 mm",
            "stal Cr-V, satynowane",
            "zwijane etui",
        ),
        219.0,
        0.0,
        True,
    ),
    (
        "Zestaw wkrętaków precyzyjnych 32 el.",
        (
            "uchwyt z obrotową główką",
            "24 bity PH, PZ, TX, HEX",
            "przedłużka giętka",
            "pęseta i kaseta",
        ),
        79.9,
        99.9,
        False,
    ),
    (
        "Zestaw szczypiec 3 el. w etui",
        (
            "szczypce uniwersalne 180 mm",
            "szczypce półokrągłe 160 mm",
            "obcinaczki boczne 160 mm",
            "rękojeści dwukomponentowe",
        ),
        149.0,
        0.0,
        False,
    ),
    (
        "Walizka narzędziowa mechanika 108 el.",
        (
            'nasadki 1/4" i 1/2" 4-32 mm',
            "2 grzechotki, 3 przedłużki",
            "klucze imbusowe",
            "bity i wkrętaki",
            "walizka z zamkami metalowymi",
        ),
        699.0,
        849.0,
        True,
    ),
    (
        "Zestaw wierteł do metalu HSS-G 19 el.",
        ("wiertła 1-10 mm co 0,5 mm", "szlifowane, kąt 118°", "kaseta metalowa"),
        64.9,
        0.0,
        False,
    ),
    (
        "Zestaw bitów udarowych 40 el.",
        ("bity PH, PZ, TX 25 i 50 mm", "adapter magnetyczny", "kaseta z klipsem do pasa"),
        89.0,
        109.0,
        False,
    ),
    (
        "Zestaw kluczy imbusowych kulkowych 9 el.",
        ("klucze 1,5-10 mm długie", "końcówka kulista 25°", "uchwyt z oznaczeniem rozmiarów"),
        54.9,
        0.0,
        False,
    ),
    (
        "Zestaw do gwintowania M3-M12 40 el.",
        (
            "gwintowniki i narzynki M3-M12",
            "pokrętła do gwintowników i narzynek",
            "sprawdzian do gwintów",
            "walizka",
        ),
        279.0,
        329.0,
        True,
    ),
    (
        "Zestaw kluczy dynamometrycznych 2 el.",
        ('klucz 1/4" 5-25 Nm', 'klucz 1/2" 40-210 Nm', "świadectwa kalibracji", "etui"),
        549.0,
        0.0,
        False,
    ),
    (
        "Zestaw otwornic bimetalowych 9 el.",
        ("otwornice 19, 22, 29, 35, 44, 51, 64 mm", "2 adaptery z wiertłem centrującym", "kaseta"),
        159.0,
        189.0,
        False,
    ),
    (
        "Zestaw ściągaczy do łożysk 3-ramiennych 3 el.",
        ("ściągacze 75, 100 i 150 mm", "ramiona odwracalne", "kuta stal węglowa"),
        189.0,
        0.0,
        False,
    ),
)


def narzedzia(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Narzędziownia Kowalski - Zestawy narzędzi 2027", A4)
    card_w, card_h = 250.0, 228.0
    for page, sets in enumerate((SETS[:6], SETS[6:]), 1):
        pdf.add_page()
        fill(pdf, (190, 25, 30))
        pdf.rect(0, 0, A4[0], 58, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 17)
        pdf.text(40, 36, "NARZĘDZIOWNIA KOWALSKI")
        pdf.set_font("DejaVu", "", 9)
        right(pdf, 555, 30, "Zestawy narzędzi · katalog 2027")
        right(pdf, 555, 43, "ceny brutto, zawierają 23% VAT")
        black(pdf)
        for k, (name, contents, price, old, case) in enumerate(sets):
            x = 40 + (k % 2) * (card_w + 15)
            y = 76 + (k // 2) * (card_h + 12)
            pdf.set_draw_color(200, 200, 200)
            pdf.rect(x, y, card_w, card_h)
            pdf.image(photo(18000 + len(truth.products), (150, 120)), x=x + 8, y=y + 8, w=96, h=78)
            pdf.set_font("DejaVu", "B", 10)
            printed = name + ("*" if case else "")
            ny = lines(pdf, x + 112, y + 20, card_w - 120, printed, 12)
            code = f"ZN-{words.rng.randrange(10, 99)}{words.rng.randrange(100, 999)}"
            pdf.set_font("DejaVu", "", 7.5)
            grey(pdf, 100)
            pdf.text(x + 112, ny + 2, f"Nr kat. {code}")
            black(pdf)
            pdf.set_font("DejaVu", "B", 7.5)
            pdf.text(x + 8, y + 104, "Zawartość zestawu:")
            pdf.set_font("DejaVu", "", 7.5)
            cy = y + 116
            for item in contents:
                pdf.text(x + 12, cy, f"• {item}")
                cy += 10.5
            shown = f"{comma(price, ' ')} zł"
            pdf.set_font("DejaVu", "B", 16)
            pdf.set_text_color(190, 25, 30)
            pdf.text(x + 10, y + card_h - 14, shown)
            prices = [shown]
            width = pdf.get_string_width(shown)
            black(pdf)
            if old:
                was = f"{comma(old, ' ')} zł"
                pdf.set_font("DejaVu", "", 9)
                grey(pdf, 90)
                pdf.text(x + 18 + width, y + card_h - 26, "cena katalogowa")
                strike(pdf, x + 18 + width, y + card_h - 14, was)
                black(pdf)
                prices.append(was)
                fill(pdf, (255, 205, 0))
                pdf.ellipse(x + card_w - 50, y + card_h - 52, 42, 42, style="F")
                pdf.set_font("DejaVu", "B", 10)
                centre(pdf, x + card_w - 29, y + card_h - 27, f"-{round(100 - price / old * 100)}%")
            truth.products.append(product(name, [code], prices, page))
        pdf.set_font("DejaVu", "", 6.5)
        grey(pdf, 90)
        pdf.text(40, 806, "* Zestaw dostarczany w walizce z wkładem piankowym.")
        pdf.text(40, 818, "Narzędziownia Kowalski sp. z o.o. · ul. Przemysłowa 12, 61-001 Poznań")
        right(pdf, 555, 818, f"str. {page}/2")
        black(pdf)
    return pdf


SKIS = (
    ("All-mountain", "Vertex Ridge 78", "Ti lemez, kezdő-haladó", (156, 163, 170), 14.5, 139990, 0),
    (
        "All-mountain",
        "Vertex Ridge 84 Ti",
        "Két Titanal réteg, erős sízőknek",
        (163, 170, 177),
        16.0,
        219990,
        249990,
    ),
    (
        "All-mountain",
        "Nordkamm Allrounder 80",
        "Fa mag, rocker orr",
        (152, 160, 168),
        13.0,
        159990,
        0,
    ),
    ("Pálya", "Carve Pro SL", "Versenyszerkezet, rövid ív", (155, 160, 165), 12.5, 249990, 0),
    (
        "Pálya",
        "Carve Pro GS Race",
        "Óriás-műlesiklás, hosszú ív",
        (170, 175, 180),
        18.0,
        279990,
        319990,
    ),
    (
        "Pálya",
        "Alpenfux Comfort 72",
        "Könnyű, toleráns, kötéssel",
        (146, 153, 160),
        11.5,
        109990,
        0,
    ),
    ("Freeride", "Powder Hawk 104", "Széles orr, mély hóba", (172, 179, 186), 19.0, 229990, 0),
    (
        "Freeride",
        "Backline Explorer 96",
        "Túrázásra is, 1350 g/db",
        (164, 171, 178),
        17.5,
        199990,
        239990,
    ),
    (
        "Freestyle",
        "Parkrat Twin 86",
        "Twin tip, kapuzásra és ugratóra",
        (151, 158, 165),
        16.5,
        149990,
        0,
    ),
    ("Gyerek", "Kölyök Star Junior", "Kötéssel, 25-45 kg", (100, 110, 120), 8.5, 59990, 69990),
    ("Gyerek", "Mini Mókus", "Kötéssel, 3-6 éveseknek", (70, 80, 90), 6.0, 39990, 0),
    ("Női", "Lumina W 76", "Női geometria, puha flex", (146, 153, 160), 13.0, 169990, 0),
)
SKI_COLOURS = ((20, 60, 140), (200, 30, 40), (30, 30, 30), (0, 130, 110), (240, 140, 0))
SKI_COLOURS += ((110, 40, 150),)


def sizek(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Csúcs Sport - Sí katalógus 2026/27", A4_LANDSCAPE)
    width = A4_LANDSCAPE[0]
    slot = (width - 60) / 6
    for page, skis in enumerate((SKIS[:6], SKIS[6:]), 1):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 16)
        pdf.text(30, 38, "CSÚCS SPORT")
        pdf.set_font("DejaVu", "", 9)
        grey(pdf, 80)
        pdf.text(160, 38, "Sí katalógus 2026/27 · Lécek")
        right(pdf, width - 30, 38, "Az árak forintban, áfával · kötés nélkül, ha nincs jelölve")
        black(pdf)
        rule(pdf, 46, 0, 30, width - 30)
        for k, (kind, name, note, lengths, radius, price, old) in enumerate(skis):
            cx = 30 + slot * (k + 0.5)
            colour = SKI_COLOURS[(k + page) % len(SKI_COLOURS)]
            top, height, ski_w = 74.0, 340.0, 34.0
            fill(pdf, colour)
            pdf.rect(
                cx - ski_w / 2, top, ski_w, height, style="F", round_corners=True, corner_radius=14
            )
            fill(pdf, (235, 235, 235))
            pdf.rect(cx - ski_w / 2 + 4, top + 70, ski_w - 8, 40, style="F")
            fill(pdf, (255, 255, 255))
            pdf.rect(cx - 3, top + 20, 6, 36, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("DejaVu", "B", 11)
            base_x, base_y = cx + 4, top + height - 26
            with pdf.rotation(90, base_x, base_y):
                pdf.text(base_x, base_y, name)
            black(pdf)
            code = f"SK-{words.rng.randrange(20000, 29999)}"
            y = top + height + 22
            pdf.set_font("DejaVu", "", 7)
            centre(pdf, cx, y, note)
            centre(pdf, cx, y + 12, f"Rádiusz {str(radius).replace('.', ',')} m")
            sizes = [f"{n} cm" for n in lengths]
            centre(pdf, cx, y + 24, " · ".join(sizes))
            grey(pdf, 100)
            centre(pdf, cx, y + 36, f"Cikkszám: {code}")
            black(pdf)
            shown = f"{spaced(price)} Ft"
            pdf.set_font("DejaVu", "B", 13)
            centre(pdf, cx, y + 58, shown)
            prices = [shown]
            if old:
                was = f"{spaced(old)} Ft"
                pdf.set_font("DejaVu", "", 8)
                grey(pdf, 90)
                w = pdf.get_string_width(was)
                strike(pdf, cx - w / 2, y + 72, was)
                black(pdf)
                prices.append(was)
            truth.products.append(product(name, [code], prices, page, sizes=sizes))
            pdf.set_font("DejaVu", "", 7)  # the category over the ski, set last
            grey(pdf, 100)
            centre(pdf, cx, 64, kind.upper())
            black(pdf)
        pdf.set_font("DejaVu", "", 6.5)
        grey(pdf, 90)
        pdf.text(
            30,
            572,
            "A kötés beállítása és a szervizelés díja 6 990 Ft. Csúcs Sport Kft.,"
            " 1117 Budapest, Október huszonharmadika u. 8.",
        )
        right(pdf, width - 30, 572, f"{page}. oldal")
        black(pdf)
    return pdf


DOORS = (
    ("Elektrisk kedel Nordlys 1,7 l", "Rustfrit stål, 2200 W, kalkfilter", 199, 349),
    ("Uldplaid Fjordblå", "100 % lammeuld, 130 × 180 cm", 299, 499),
    ("Stegepande Jern 28 cm", "Smedejern, til alle kogeplader", 249, 0),
    ("LED-lyskæde 80 pærer", "Varm hvid, 8 m, inde og ude", 89, 149),
    ("Kaffebrygger Morgenro", "1,25 l, termokande, timer", 399, 699),
    ("Julestjerne i papir Ø 60 cm", "Hvid, med ledning og fatning", 79, 0),
    ("Knivsæt 3 dele Skarp", "Kokkekniv, brødkniv og urtekniv", 349, 599),
    ("Dynebetræk Stribe 140 × 200 cm", "Bomuldssatin, med pudebetræk", 199, 0),
    ("Bluetooth-højttaler Bølge", "Vandtæt, 12 timers spilletid", 299, 449),
    ("Brætspil Vikingernes Rige", "2-5 spillere, fra 10 år", 179, 249),
    ("Stavblender Turbo 800 W", "Med hakker og målebæger", 229, 0),
    ("Duftlys Gran & Kanel", "Sojavoks, 40 timers brændetid", 59, 99),
    ("Støvsugerrobot Rask S5", "Kortlægning, app-styring", 899, 0),
    ("Vinterhandsker touch", "Fleecefor, str. S-XL", 99, 149),
    ("Pebermøllesæt eg", "2 stk., keramisk kværn", 149, 0),
    ("Termokrus Vandring 0,45 l", "Dobbeltvægget, tæt låg", 119, 179),
    ("Gløgg-gryde 5 l", "Emaljeret stål, med øse", 279, 399),
    ("Badekåbe vaffel", "Unisex, str. S/M og L/XL", 249, 0),
    ("Julekugler glas 24 stk.", "Mat og blank, Ø 6 cm", 129, 199),
    ("Juicepresser Solstrejf", "Langsomtpresser, 150 W", 599, 999),
    ("Fuglefoderhus Granly", "Lakeret fyrretræ med tag", 169, 0),
)
SECRET_DAYS = (6, 14, 24)


def julekalender(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Hjemmehuset - Julekalender 2026", A4)
    doors = iter(DOORS)
    cols, rows = 3, 4
    door_w, door_h = 166.0, 166.0
    for page in (1, 2):
        pdf.add_page()
        fill(pdf, (20, 70, 45))
        pdf.rect(0, 0, A4[0], A4[1], style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 22)
        centre(pdf, A4[0] / 2, 46, "JULEKALENDER 2026")
        pdf.set_font("DejaVu", "", 9.5)
        centre(pdf, A4[0] / 2, 62, "Hjemmehuset · Én skarp pris hver dag 1.-24. december")
        for k in range(cols * rows):
            day = (page - 1) * 12 + k + 1
            x = 40 + (k % cols) * (door_w + 8.5)
            y = 78 + (k // cols) * (door_h + 8)
            colour = (170, 25, 35) if (k + page) % 2 else (245, 238, 220)
            fill(pdf, colour)
            pdf.rect(x, y, door_w, door_h, style="F", round_corners=True, corner_radius=6)
            dark = colour[0] > 200
            ink = (20, 20, 20) if dark else (255, 255, 255)
            pdf.set_text_color(*ink)
            pdf.set_draw_color(*ink)
            pdf.set_font("DejaVu", "B", 26)
            pdf.text(x + 8, y + 30, str(day))
            pdf.set_font("DejaVu", "", 6.5)
            pdf.text(x + 10 + pdf.get_string_width(str(day)) * 4, y + 14, f"{day}. december")
            if day in SECRET_DAYS:
                pdf.set_font("DejaVu", "B", 48)
                centre(pdf, x + door_w / 2, y + 100, "?")
                pdf.set_font("DejaVu", "", 8)
                centre(pdf, x + door_w / 2, y + 126, "Hemmelig låge")
                centre(pdf, x + door_w / 2, y + 138, f"åbner {day}. december kl. 8")
                continue
            name, copy, price, old = next(doors)
            pdf.set_font("DejaVu", "B", 9.5)
            ny = lines(pdf, x + 10, y + 52, door_w - 20, name, 11.5)
            pdf.set_font("DejaVu", "", 7)
            ny = lines(pdf, x + 10, ny + 1, door_w - 20, copy, 9)
            code = f"{words.rng.randrange(10, 99)}-{words.rng.randrange(1000, 9999)}"
            pdf.text(x + 10, ny + 2, f"Varenr. {code}")
            shown = f"{price},-"
            pdf.set_font("DejaVu", "B", 22)
            right(pdf, x + door_w - 10, y + door_h - 14, shown)
            prices = [shown]
            if old:
                was = f"{old},-"
                pdf.set_font("DejaVu", "", 8)
                pdf.text(x + 10, y + door_h - 27, "Før")
                strike(pdf, x + 10, y + door_h - 16, was)
                prices.append(was)
            truth.products.append(product(name, [code], prices, page))
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "", 6.5)
        pdf.text(
            40,
            815,
            "Dagens tilbud gælder kun på dagen og så længe lager haves. Max 2 stk."
            " pr. kunde. Hjemmehuset A/S · Vestergade 21 · 8000 Aarhus C",
        )
        right(pdf, 555, 828, f"Side {page} af 2")
        black(pdf)
    return pdf


PACKAGES = (
    (
        "Pakket Klassiek",
        "12,50",
        ("1 chipolata", "1 barbecueworst", "1 kippenbrochette", "1 gemarineerde varkenslapje"),
    ),
    (
        "Pakket Luxe",
        "17,90",
        (
            "1 kalfsbrochette",
            "1 lamskotelet",
            "1 scampispies",
            "1 hamburger Black Angus",
            "100 g spek in honingmarinade",
        ),
    ),
    ("Pakket Kids", "7,95", ("1 chipolata", "1 mini-hamburger", "1 kipfiletreepje")),
    (
        "Pakket Veggie",
        "11,50",
        ("1 halloumispies", "1 groenteburger", "1 gevulde paprika", "1 maïskolf met kruidenboter"),
    ),
)
A_LA_CARTE = (
    (
        "Varken",
        (
            ("Chipolata", "1,10", "/st", ""),
            ("Barbecueworst met kaas", "1,45", "/st", ""),
            ("Spareribs gemarineerd", "14,95", "/kg", ""),
            ("Buikspek in honingmarinade", "13,50", "/kg", ""),
            ("Varkenssaté 'Vercauteren'", "2,10", "/st", ""),
        ),
    ),
    (
        "Rund & kalf",
        (
            ("Hamburger Black Angus 180 g", "3,40", "/st", ""),
            ("Côte à l'os Belgisch wit-blauw", "34,90", "/kg", ""),
            ("Entrecote Simmental", "42,50", "/kg", ""),
            ("Kalfsbrochette met salie", "4,20", "/st", ""),
        ),
    ),
    (
        "Gevogelte & lam",
        (
            ("Kippenbrochette met paprika", "1,95", "/st", ""),
            ("Kippenboutjes piri-piri", "10,95", "/kg", ""),
            ("Lamskoteletjes met rozemarijn", "36,50", "/kg", ""),
            ("Kalkoenspies teriyaki", "2,30", "/st", ""),
        ),
    ),
    (
        "Vis & veggie",
        (
            ("Scampispies look & peterselie", "3,60", "/st", ""),
            ("Zalmpapillotte met citroen", "5,90", "/st", ""),
            ("Halloumispies met courgette", "2,80", "/st", ""),
            ("Groenteburger quinoa", "2,40", "/st", ""),
        ),
    ),
    (
        "Sauzen & bijgerechten",
        (
            ("Looksaus huisbereid", "3,20", "", "250 ml"),
            ("Tartaar van de chef", "3,40", "", "250 ml"),
            ("Aardappelsalade met bieslook", "9,80", "/kg", ""),
            ("Pastasalade pesto", "11,20", "/kg", ""),
        ),
    ),
)


def grillfolder(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Slagerij Vercauteren - BBQ-folder 2027", A4_LANDSCAPE)
    width, height = A4_LANDSCAPE
    panel = width / 3

    def folds() -> None:
        pdf.set_draw_color(190, 190, 190)
        pdf.set_dash_pattern(dash=2, gap=3)
        for k in (1, 2):
            pdf.line(panel * k, 8, panel * k, height - 8)
        pdf.set_dash_pattern()

    # outside: order info | back | cover
    pdf.add_page()
    folds()
    x = 24.0
    pdf.set_font("DejaVu", "B", 13)
    pdf.text(x, 60, "Bestellen?")
    pdf.set_font("DejaVu", "", 8.5)
    y = lines(
        pdf,
        x,
        80,
        panel - 48,
        "Bestel ten laatste 48 uur op voorhand in de winkel, "
        "telefonisch op 09 372 18 44 of via info@vercauteren.be. Vanaf 10 personen "
        "leveren wij gratis aan huis binnen 10 km.",
        12,
    )
    pdf.set_font("DejaVu", "B", 9)
    pdf.text(x, y + 16, "Openingsuren")
    pdf.set_font("DejaVu", "", 8.5)
    hours = (
        ("Maandag", "gesloten"),
        ("Di - vr", "8.00 - 18.30"),
        ("Zaterdag", "7.30 - 17.00"),
        ("Zondag", "8.00 - 12.00"),
    )
    for k, (day, time) in enumerate(hours):
        pdf.text(x, y + 32 + 12 * k, day)
        pdf.text(x + 80, y + 32 + 12 * k, time)
    y += 100
    pdf.set_font("DejaVu", "B", 9)
    pdf.text(x, y, "Bestelbon")
    pdf.set_font("DejaVu", "", 8)
    pdf.set_draw_color(150, 150, 150)
    for k, field in enumerate(("Naam", "Telefoon", "Afhalen op", "Aantal personen", "Pakket")):
        pdf.text(x, y + 22 + 22 * k, field)
        pdf.line(x + 80, y + 23 + 22 * k, panel - 24, y + 23 + 22 * k)
    x = panel + 24
    pdf.set_font("DejaVu", "B", 13)
    pdf.text(x, 60, "Ambachtelijk sinds 1962")
    pdf.set_font("DejaVu", "", 8.5)
    y = lines(
        pdf,
        x,
        80,
        panel - 48,
        "Al onze worsten, brochettes en marinades maken we zelf, "
        "met vlees van boeren uit het Meetjesland. Ons rundvlees rijpt minstens 21 dagen "
        "op het bot. Vraag gerust raad aan de toog: we snijden op maat van uw "
        "barbecue.",
        12,
    )
    pdf.image(photo(18300, (220, 150)), x=x, y=y + 10, w=panel - 48, h=140)
    x = panel * 2
    fill(pdf, (120, 20, 25))
    pdf.rect(x, 0, panel, height, style="F")
    pdf.image(photo(18301, (240, 200)), x=x + 24, y=150, w=panel - 48, h=200)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVu", "B", 22)
    centre(pdf, x + panel / 2, 80, "SLAGERIJ")
    centre(pdf, x + panel / 2, 106, "VERCAUTEREN")
    pdf.set_font("DejaVu", "", 12)
    centre(pdf, x + panel / 2, 400, "BBQ-folder zomer 2027")
    pdf.set_font("DejaVu", "", 8)
    centre(pdf, x + panel / 2, 540, "Stationsstraat 41 · 9900 Eeklo")
    black(pdf)

    # inside: packages | à la carte | à la carte
    pdf.add_page()
    folds()
    x = 24.0
    pdf.set_font("DejaVu", "B", 14)
    pdf.set_text_color(120, 20, 25)
    pdf.text(x, 44, "BBQ-pakketten")
    black(pdf)
    pdf.set_font("DejaVu", "", 7.5)
    pdf.text(x, 58, "Prijs per persoon, vanaf 4 personen")
    y = 72.0
    for name, price, contents in PACKAGES:
        box_h = 40 + 10 * len(contents)
        pdf.set_draw_color(120, 20, 25)
        pdf.rect(x, y, panel - 48, box_h, round_corners=True, corner_radius=5)
        pdf.set_font("DejaVu", "B", 10)
        pdf.text(x + 8, y + 16, name)
        shown = f"€ {price}"
        right(pdf, x + panel - 56, y + 16, f"{shown} p.p.")
        pdf.set_font("DejaVu", "", 7.5)
        for k, item in enumerate(contents):
            pdf.text(x + 12, y + 30 + 10 * k, f"- {item}")
        truth.products.append(product(name, [], [shown], 2))
        y += box_h + 10
    pdf.set_font("DejaVu", "I", 7)
    lines(
        pdf,
        x,
        y + 6,
        panel - 48,
        "Alle pakketten worden geleverd met sauzen naar keuze. "
        "Barbecuetoestel te huur: € 25 per dag (waarborg € 50).",
        9,
    )
    x, y = panel + 24, 44.0
    pdf.set_font("DejaVu", "B", 14)
    pdf.set_text_color(120, 20, 25)
    pdf.text(x, y, "À la carte")
    black(pdf)
    y += 22
    for section, items in A_LA_CARTE:
        if section == "Gevogelte & lam":  # the rest on the third panel, a photo above it
            pdf.image(photo(18302, (220, 150)), x=x, y=y + 4, w=panel - 48, h=150)
            x, y = panel * 2 + 24, 44.0
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.text(x, y, section)
        pdf.set_draw_color(120, 20, 25)
        pdf.line(x, y + 3, x + panel - 48, y + 3)
        y += 16
        for name, price, unit, size in items:
            pdf.set_font("DejaVu", "", 8.5)
            label = f"{name} ({size})" if size else name
            pdf.text(x, y, label)
            pdf.set_font("DejaVu", "B", 8.5)
            right(pdf, x + panel - 66, y, price)
            pdf.set_font("DejaVu", "", 7)
            pdf.text(x + panel - 64, y, unit)
            truth.products.append(product(name, [], [price], 2, sizes=[size] if size else []))
            y += 14
        y += 10
    pdf.set_font("DejaVu", "", 6.5)
    grey(pdf, 100)
    pdf.text(
        panel * 2 + 24, 575, "Prijzen in euro, btw inbegrepen. Onder voorbehoud van drukfouten."
    )
    black(pdf)
    return pdf


MACHINES = (
    (
        "Macchine espresso",
        (
            (
                "Aurora Duo",
                "AU-2210-NR",
                ("Doppia caldaia, 15 bar", "Lancia vapore 360°", "Serbatoio 2,2 l"),
                1290,
                True,
            ),
            (
                "Aurora Compact",
                "AU-1805-BI",
                ("Thermoblock, 15 bar", "Avvio in 25 secondi", "Larghezza 18 cm"),
                449,
                False,
            ),
            (
                "Vesuvio Pro Leva",
                "VS-3001-AC",
                ("Gruppo a leva E61", "Manometro caldaia", "Acciaio inox satinato"),
                1890,
                False,
            ),
            (
                "Aurora Latte Smart",
                "AU-2402-GR",
                ("Cappuccino con un tocco", "App e Wi-Fi", "12 ricette salvabili"),
                899,
                True,
            ),
        ),
    ),
    (
        "Macinacaffè e accessori",
        (
            (
                "Macina Conica 64",
                "MC-6400-NR",
                ("Macine coniche 64 mm", "40 gradi di finezza", "Dose a tempo"),
                389,
                False,
            ),
            (
                "Macina Piatta Barista",
                "MC-8300-AL",
                ("Macine piatte 83 mm", "Display touch", "Silenziosa, 58 dB"),
                749,
                True,
            ),
            (
                "Bilancia Dosa 0,1 g",
                "AC-0107-NR",
                ("Timer integrato", "Ricarica USB-C", "Impermeabile IPX5"),
                59,
                False,
            ),
            (
                "Lattiera Inox 600 ml",
                "AC-0600-IN",
                ("Becco di precisione", "Scala graduata", "Lavabile in lavastoviglie"),
                29,
                False,
            ),
        ),
    ),
    (
        "Bollitori e tostapane",
        (
            (
                "Bollitore Gradi 1,7 l",
                "BL-1700-BI",
                ("Temperatura 40-100 °C", "Mantenimento 30 min", "2200 W"),
                119,
                False,
            ),
            (
                "Bollitore Retrò 1,5 l",
                "BL-1500-VE",
                ("Termometro analogico", "Filtro anticalcare", "Finitura verde salvia"),
                89,
                True,
            ),
            (
                "Tostapane Retrò 2 fette",
                "TP-0200-VE",
                ("6 livelli di doratura", "Griglia scaldapanini", "Scongelamento"),
                79,
                False,
            ),
            (
                "Tostapane Lungo 4 fette",
                "TP-0400-NR",
                ("Due fessure extra lunghe", "Cassetto briciole", "1500 W"),
                99,
                False,
            ),
        ),
    ),
)


def qr(pdf: FPDF, words: Words, x: float, y: float, size: float) -> None:
    """A QR-like square of drawn modules (no text), finder squares in three corners."""
    cells_n = 21
    step = size / cells_n
    fill(pdf, (0, 0, 0))
    for r in range(cells_n):
        for c in range(cells_n):
            finder = (r < 7 and c < 7) or (r < 7 and c >= 14) or (r >= 14 and c < 7)
            if finder:
                rr, cc = r % 14 if r >= 14 else r, c % 14 if c >= 14 else c
                on = rr in (0, 6) or cc in (0, 6) or (2 <= rr <= 4 and 2 <= cc <= 4)
            else:
                on = words.rng.random() < 0.5
            if on:
                pdf.rect(x + c * step, y + r * step, step, step, style="F")


def presentazione(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Casa Moka - Novità 2027 per i rivenditori", SLIDE)
    width, height = SLIDE
    pdf.add_page()
    fill(pdf, (35, 30, 28))
    pdf.rect(0, 0, width, height, style="F")
    pdf.image(photo(18400, (300, 260)), x=470, y=60, w=320, h=300)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVu", "B", 30)
    pdf.text(50, 170, "Novità 2027")
    pdf.set_font("DejaVu", "", 14)
    pdf.text(50, 200, "Linea Casa · presentazione per i rivenditori")
    pdf.set_font("DejaVu", "", 9)
    pdf.text(50, 420, "Casa Moka S.p.A. · Milano · Riservato - non divulgare al pubblico")
    black(pdf)
    total = len(MACHINES) + 1
    for slide, (title, machines) in enumerate(MACHINES, 2):
        pdf.add_page()
        fill(pdf, (180, 120, 60))
        pdf.rect(0, 0, width, 6, style="F")
        pdf.set_font("DejaVu", "B", 20)
        pdf.text(40, 48, title)
        pdf.set_font("DejaVu", "", 8)
        grey(pdf, 110)
        right(pdf, width - 40, 48, "LINEA CASA 2027")
        black(pdf)
        col = (width - 80) / 4
        for k, (name, code, bullets, price, new) in enumerate(machines):
            x = 40 + k * col
            pdf.image(
                photo(18410 + len(truth.products), (160, 140)), x=x + 6, y=70, w=col - 24, h=130
            )
            if new:
                fill(pdf, (200, 40, 40))
                pdf.rect(x + 6, 70, 48, 15, style="F")
                pdf.set_text_color(255, 255, 255)
                pdf.set_font("DejaVu", "B", 7)
                pdf.text(x + 11, 80.5, "NOVITÀ")
                black(pdf)
            pdf.set_font("DejaVu", "B", 11)
            y = lines(pdf, x + 6, 222, col - 24, name, 13)
            pdf.set_font("DejaVu", "", 8)
            for bullet in bullets:
                pdf.text(x + 6, y + 2, f"• {bullet}")
                y += 11
            grey(pdf, 100)
            pdf.set_font("DejaVu", "", 7.5)
            pdf.text(x + 6, y + 6, f"Cod. {code}")
            black(pdf)
            shown = f"€ {comma(price)}"
            fill(pdf, (35, 30, 28))
            pdf.rect(x + 6, 352, col - 24, 24, style="F", round_corners=True, corner_radius=12)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("DejaVu", "B", 12)
            centre(pdf, x + 6 + (col - 24) / 2, 368, shown)
            black(pdf)
            pdf.set_font("DejaVu", "", 6.5)
            grey(pdf, 100)
            pdf.text(x + 6, 388, "Prezzo consigliato IVA inclusa")
            black(pdf)
            qr(pdf, words, x + 6, 398, 38)
            pdf.set_font("DejaVu", "", 6.5)
            pdf.text(x + 50, 420, "Scheda tecnica")
            truth.products.append(product(name, [code], [shown], slide))
        rule(pdf, height - 30, 200, 40, width - 40)
        pdf.set_font("DejaVu", "", 7)
        grey(pdf, 110)
        pdf.text(
            40,
            height - 16,
            "Casa Moka S.p.A. · Condizioni per i rivenditori: sconto 38%"
            " sul prezzo consigliato, franco magazzino da 1.500 € netti",
        )
        right(pdf, width - 40, height - 16, f"{slide} / {total}")
        black(pdf)
    return pdf


SHELVES = (
    (
        ("Kaapse Vallei Chenin Blanc 2025", "750 ml", "64,99", "79,99", "wine"),
        ("Bergrivier Pinotage 2023", "750 ml", "119,99", "", "wine"),
        ("Klipkop Sauvignon Blanc", "750 ml", "89,99", "", "wine"),
        ("Rooiberg Shiraz Reserwe", "750 ml", "149,99", "179,99", "wine"),
        ("Suikerbos Vonkelwyn Brut", "750 ml", "99,99", "", "wine"),
    ),
    (
        ("Ou Kaapse 5 jaar Brandewyn", "750 ml", "239,99", "", "spirit"),
        ("Karoo Droë Gin", "750 ml", "289,99", "319,99", "spirit"),
        ("Hoëveld Rooibos-likeur", "500 ml", "179,99", "", "spirit"),
        ("Leeukop Enkelmout Whisky 10 jaar", "750 ml", "499,99", "", "spirit"),
        ("Duinevlei Rum Donker", "750 ml", "219,99", "", "spirit"),
    ),
    (
        ("Padstal Gemmerbier", "6 x 330 ml", "54,99", "", "can"),
        ("Vlakte Lager", "6 x 440 ml", "89,99", "99,99", "can"),
        ("Bosveld Cider Droog", "6 x 330 ml", "94,99", "", "can"),
        ("Seepunt IPA", "6 x 440 ml", "119,99", "", "can"),
        ("Soda-water Helder", "1 l", "14,99", "", "wine"),
    ),
    (
        ("Tonikwater Bitter", "4 x 200 ml", "39,99", "", "can"),
        ("Biltong Beesvleis Sout & Peper", "250 g", "89,99", "109,99", "box"),
        ("Droëwors Tradisioneel", "200 g", "64,99", "", "box"),
        ("Grondboontjies Gesout", "400 g", "34,99", "", "box"),
        ("Ys in blokkies", "2 kg", "24,99", "", "box"),
    ),
    (
        ("Bergkelder Merlot 2022", "750 ml", "129,99", "", "wine"),
        ("Klipkop Rosé", "750 ml", "74,99", "84,99", "wine"),
        ("Kaapse Vallei Muskadel", "500 ml", "94,99", "", "wine"),
        ("Hoëveld Maroela-roomlikeur", "750 ml", "229,99", "", "spirit"),
        ("Karoo Pienk Gin", "750 ml", "299,99", "", "spirit"),
    ),
    (
        ("Suikerbos Vonkelwyn Rosé", "750 ml", "109,99", "", "wine"),
        ("Vlakte Lager Ligte", "6 x 440 ml", "84,99", "", "can"),
        ("Kaapse Vallei Soet Hanepoot", "750 ml", "69,99", "89,99", "wine"),
        ("Rooibos Ystee Perske", "6 x 330 ml", "49,99", "", "can"),
        ("Mielie-skyfies Rooi Pepers", "150 g", "19,99", "", "box"),
    ),
)


def draw_item(pdf: FPDF, kind: str, cx: float, base: float, colour: tuple[int, int, int]) -> None:
    """A bottle, a six-pack of cans or a bag, standing on the shelf at `base`."""
    fill(pdf, colour)
    if kind in ("wine", "spirit"):
        body_h = 78 if kind == "wine" else 64
        w = 24 if kind == "wine" else 30
        pdf.rect(
            cx - w / 2, base - body_h, w, body_h, style="F", round_corners=True, corner_radius=4
        )
        pdf.rect(cx - 4, base - body_h - 30, 8, 32, style="F")
        fill(pdf, (240, 235, 220))
        pdf.rect(cx - w / 2 + 3, base - body_h + 22, w - 6, 26, style="F")
    elif kind == "can":
        for k in range(3):
            pdf.rect(
                cx - 30 + 20 * k, base - 50, 18, 50, style="F", round_corners=True, corner_radius=3
            )
        fill(pdf, (255, 255, 255))
        pdf.rect(cx - 32, base - 30, 64, 10, style="F")
    else:
        pdf.rect(cx - 26, base - 62, 52, 62, style="F", round_corners=True, corner_radius=6)
        fill(pdf, (250, 245, 235))
        pdf.ellipse(cx - 14, base - 44, 28, 20, style="F")


def rakke(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Oosterland Drankwinkel - Naweekspesiale", A4)
    slot = 515 / 5
    per_page = (SHELVES[:3], SHELVES[3:])
    for page, shelves in enumerate(per_page, 1):
        pdf.add_page()
        fill(pdf, (245, 240, 228))
        pdf.rect(0, 0, A4[0], A4[1], style="F")
        pdf.set_font("DejaVu", "B", 18)
        pdf.set_text_color(90, 20, 40)
        pdf.text(40, 44, "OOSTERLAND DRANKWINKEL")
        pdf.set_font("DejaVu", "", 9)
        black(pdf)
        pdf.text(40, 60, "Naweekspesiale · Vrydag 4 tot Sondag 6 Desember · solank voorraad hou")
        right(pdf, 555, 44, "Bl. " + str(page))
        for s, shelf in enumerate(shelves):
            top = 80 + s * 240
            base = top + 170
            for k, (name, size, price, old, kind) in enumerate(shelf):
                cx = 40 + slot * (k + 0.5)
                pdf.set_font("DejaVu", "B", 7.5)
                ny = base - 132
                for line in wrap(pdf, name, slot - 12):
                    centre(pdf, cx, ny, line)
                    ny += 9
                colour = ((120, 20, 40), (40, 80, 40), (20, 60, 110), (150, 100, 20))[(k + s) % 4]
                draw_item(pdf, kind, cx, base, colour)
                code = str(words.rng.randrange(600000, 699999))
                tag_x = cx - slot / 2 + 6
                fill(pdf, (255, 221, 0))
                pdf.rect(tag_x, base + 12, slot - 12, 44, style="F")
                pdf.set_font("DejaVu", "B", 13)
                shown = f"R {price}"
                pdf.text(tag_x + 4, base + 30, shown)
                pdf.set_font("DejaVu", "", 6.5)
                pdf.text(tag_x + 4, base + 40, size)
                right(pdf, tag_x + slot - 16, base + 40, code)
                prices = [shown]
                if old:
                    was = f"R {old}"
                    pdf.text(tag_x + 4, base + 51, "Was")
                    strike(pdf, tag_x + 20, base + 51, was)
                    prices.append(was)
                truth.products.append(product(name, [code], prices, page, sizes=[size]))
            fill(pdf, (120, 85, 50))
            pdf.rect(36, base, 523, 12, style="F")
        pdf.set_font("DejaVu", "", 6.5)
        grey(pdf, 90)
        pdf.text(
            40,
            822,
            "Geen drank aan persone onder 18 verkoop nie. Pryse sluit BTW in."
            " Oosterland Drankwinkel, Hoofweg 88, Worcester",
        )
        black(pdf)
    return pdf


GIFTS = (
    (
        "Fyrir hann",
        (
            ("Ullarpeysa Hekla", "Prjónastofan Lykkja", 24990, 150, False),
            ("Leðurveski handsaumað", "Sútarinn", 8990, 80, True),
            ("Hnífur Skerpir 15 cm", "Járnsmiðja Vesturbæjar", 15990, 110, False),
            ("Kaffikvörn handknúin", "Kaffibrennslan Ögn", 12490, 120, False),
            ("Heyrnartól Þögn ANC", "Hljóðhús", 39990, 90, True),
            ("Viskíglös 2 stk.", "Glerverk Reykjavíkur", 7490, 80, True),
            ("Göngustafir kolefni", "Fjallakofinn", 18990, 140, False),
            ("Bók: Fuglar Íslands", "Forlagið Lundi", 6990, 100, True),
        ),
    ),
    (
        "Fyrir hana",
        (
            ("Trefill úr alpakaull", "Prjónastofan Lykkja", 11990, 120, False),
            ("Eyrnalokkar hraunmoli", "Gullsmiðja Ásu", 19990, 80, True),
            ("Ilmkerti Birki & mosi", "Ljósverk", 4990, 140, False),
            ("Keramikbolli Jökull", "Leirlist Sólveigar", 5490, 90, True),
            ("Baðsalt úr Breiðafirði", "Saltverk", 3290, 100, False),
            ("Silkináttföt", "Náttfatabúðin", 29990, 130, False),
            ("Lopasokkar 2 pör", "Handprjónasambandið", 5990, 80, True),
            ("Snyrtitaska úr roði", "Sútarinn", 9490, 110, False),
        ),
    ),
)
COLUMNS_IS = ((40.0, 150.0), (212.0, 170.0), (404.0, 151.0))  # a collage's uneven columns


def gjafir(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Jólagjafahandbókin 2026", A4)
    for page, (theme, gifts) in enumerate(GIFTS, 1):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 26)
        pdf.set_text_color(150, 30, 50)
        pdf.text(40, 56, theme)
        black(pdf)
        pdf.set_font("DejaVu", "", 8)
        grey(pdf, 90)
        right(pdf, 555, 40, "JÓLAGJAFAHANDBÓKIN 2026")
        right(pdf, 555, 52, f"Jólablaðið · bls. {page + 13}")
        black(pdf)
        tops = [84.0, 100.0 + 14 * page, 90.0]
        for k, (name, maker, price, h, beside) in enumerate(gifts):
            c = min(range(3), key=lambda i: tops[i])  # the shortest column, as a collage fills
            x, col_w = COLUMNS_IS[c]
            y = tops[c]
            w = col_w * 0.55 if beside else col_w
            pdf.image(
                photo(18500 + len(truth.products), (int(w * 1.5), int(h * 1.5))), x=x, y=y, w=w, h=h
            )
            fill(pdf, (150, 30, 50))
            pdf.ellipse(x - 6, y - 6, 16, 16, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("DejaVu", "B", 8)
            centre(pdf, x + 2, y + 5, str(k + 1))
            black(pdf)
            cx, cy = (x + w + 6, y + 12) if beside else (x, y + h + 12)
            width = col_w - w - 6 if beside else col_w
            pdf.set_font("DejaVu", "B", 8.5)
            cy = lines(pdf, cx, cy, width, name, 10)
            pdf.set_font("DejaVu", "I", 7)
            grey(pdf, 90)
            cy = lines(pdf, cx, cy, width, maker, 9)
            black(pdf)
            shown = f"{spaced(price)} kr."
            pdf.set_font("DejaVu", "B", 8.5)
            pdf.text(cx, cy + 1, shown)
            tops[c] = max(cy, y + h) + 26
            truth.products.append(product(name, [], [shown], page))
        y = max(tops) + 10
        pdf.set_font("DejaVu", "B", 15)
        pdf.set_text_color(150, 30, 50)
        quote = (
            "„Mjúkir pakkar eru aldrei of margir.“"
            if page == 1
            else "„Gjöf sem endist er gjöf sem gleður.“"
        )
        centre(pdf, A4[0] / 2, y, quote)
        black(pdf)
        pdf.set_font("DejaVu", "", 8.5)
        texts = (
            "Við fórum á stúfana og fundum gjafir sem eru hannaðar eða framleiddar hér á landi, "
            "flestar í litlum upplögum. Verð eru leiðbeinandi og geta breyst; margar "
            "verslananna bjóða frían jólapappír og skilarétt til 6. janúar.",
            "Athugið að sumar vörurnar fást aðeins í netverslun framleiðandans og "
            "afhendingartími getur verið lengri í desember. Pantið tímanlega svo pakkinn nái "
            "undir tréð.",
        )
        for c, text in enumerate(texts):
            paragraph(pdf, 40 + c * 265, y + 28, 250, text, 12, 790)
        rule(pdf, 800, 150)
        pdf.set_font("DejaVu", "", 7)
        grey(pdf, 90)
        pdf.text(40, 815, "Texti: Hrefna Guðmundsdóttir · Myndir: framleiðendur")
        right(pdf, 555, 815, str(page + 13))
        black(pdf)
    return pdf


MATERIALS = (
    (
        "1",
        "ZIDNI MATERIJALI",
        (
            (
                "1.1",
                "Blokovi i opeke",
                (
                    ("Giter blok 25 × 19 × 19 cm", "kom", 68.5),
                    ("Termo blok 38 × 25 × 23,8 cm, brušeni", "kom", 214.0),
                    ("Puna opeka 25 × 12 × 6,5 cm", "kom", 24.9),
                    ("Gas-beton blok 60 × 25 × 20 cm", "kom", 395.0),
                ),
            ),
            (
                "1.2",
                "Veziva",
                (
                    ("Cement PC 20M(S-L) 42,5R, džak 25 kg*", "džak", 690.0),
                    ("Hidratisani kreč, džak 25 kg", "džak", 520.0),
                    ("Maltering mašinski MP 75, džak 30 kg", "džak", 710.0),
                    ("Lepak za pločice C1T unutrašnji i spoljašnji, džak 25 kg", "džak", 835.0),
                ),
            ),
        ),
    ),
    (
        "2",
        "TERMO I HIDRO IZOLACIJA",
        (
            (
                "2.1",
                "Termoizolacija",
                (
                    ("Stiropor EPS 100, debljina 5 cm", "m²", 480.0),
                    ("Stiropor EPS 100, debljina 10 cm", "m²", 950.0),
                    ("Kamena vuna fasadna 10 cm, paket 2,4 m²", "pak", 3690.0),
                    ("Staklena vuna za potkrovlje 15 cm, rolna 6 m²", "rol", 4250.0),
                ),
            ),
            (
                "2.2",
                "Hidroizolacija",
                (
                    ("Bitumenska traka V4 sa posipom, rolna 10 m²", "rol", 3980.0),
                    ("Hladni bitumenski premaz, kanta 20 l", "kom", 5890.0),
                    ("Cementna hidroizolacija dvokomponentna, set 35 kg", "set", 7450.0),
                    ("PE folija parna brana 0,2 mm, rolna 50 m²", "rol", 3150.0),
                ),
            ),
        ),
    ),
    (
        "3",
        "ARMATURA I PROFILI",
        (
            (
                "3.1",
                "Armatura",
                (
                    ("Rebrasta armatura B500B Ø 8 mm, šipka 12 m*", "kom", 690.0),
                    ("Rebrasta armatura B500B Ø 12 mm, šipka 12 m*", "kom", 1540.0),
                    ("Armaturna mreža Q188, 6 × 2,15 m", "kom", 5490.0),
                    ("Paljena žica za vezivanje, kotur 25 kg", "kg", 245.0),
                ),
            ),
            (
                "3.2",
                "Gips-karton sistem",
                (
                    ("Gips-karton ploča standardna 12,5 mm, 2 × 1,2 m", "kom", 820.0),
                    ("Gips-karton ploča vodootporna 12,5 mm, 2 × 1,2 m", "kom", 1190.0),
                    ("CW profil 50 mm, dužina 3 m", "kom", 385.0),
                    ("UW profil 50 mm, dužina 3 m", "kom", 310.0),
                    ("Šrafovi za gips-karton 3,5 × 25 mm, kutija 1000 kom", "kut", 1450.0),
                ),
            ),
        ),
    ),
    (
        "4",
        "KROV I ODVODNJAVANJE",
        (
            (
                "4.1",
                "Crep i pokrivači",
                (
                    ("Crep glineni falcovani, prirodna boja, 14 kom/m²", "kom", 112.0),
                    ("Crep betonski rimski, crvena boja, 10 kom/m²", "kom", 98.0),
                    ("Slemenjak glineni univerzalni, prirodna boja", "kom", 265.0),
                    ("Bitumenska šindra pravougaona, crna, paket 3 m²", "pak", 2890.0),
                    (
                        "Paropropusna vodonepropusna krovna folija 135 g/m², rolna 75 m²",
                        "rol",
                        6490.0,
                    ),
                ),
            ),
            (
                "4.2",
                "Oluci",
                (
                    ("Horizontalni oluk PVC 125 mm, dužina 4 m, smeđi", "kom", 1590.0),
                    ("Vertikalna cev PVC 90 mm, dužina 3 m, smeđa", "kom", 1190.0),
                    ("Kuka za oluk PVC sa metalnim ojačanjem, smeđa", "kom", 145.0),
                    ("Koleno 67° za vertikalnu cev 90 mm", "kom", 310.0),
                ),
            ),
        ),
    ),
)


def cenovnik(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Stovarište Graditelj - Cenovnik građevinskog materijala", A4)
    columns = ((40, "l"), (360, "c"), (470, "r"), (555, "r"))

    def page_head(page: int) -> float:
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 14)
        pdf.text(40, 46, "STOVARIŠTE GRADITELJ d.o.o.")
        pdf.set_font("DejaVu", "", 8)
        pdf.text(40, 59, "Novosadski put 114, 21000 Novi Sad · PIB 104882317 · tel. 021/6402-118")
        right(pdf, 555, 46, "CENOVNIK br. 12/2026")
        right(pdf, 555, 59, "važi od 01.12.2026.")
        pdf.set_font("DejaVu", "B", 7.5)
        cells(pdf, 86, columns, ["Poz. / Naziv", "J.m.", "Cena bez PDV", "Cena sa PDV"])
        right(pdf, 555, 76, "RSD")
        pdf.set_line_width(0.7)
        pdf.line(40, 91, 555, 91)
        pdf.set_line_width(0.2)
        return 106.0

    page = 1
    y = page_head(page)
    for number, heading, groups in MATERIALS:
        if y > 640:
            page += 1
            y = page_head(page)
        pdf.set_font("DejaVu", "B", 10)
        pdf.text(40, y, f"{number}. {heading}")
        y += 16
        for sub, title, items in groups:
            pdf.set_font("DejaVu", "B", 8.5)
            pdf.text(52, y, f"{sub} {title}")
            y += 13
            for k, (name, unit, net) in enumerate(items, 1):
                if y > 770:
                    page += 1
                    y = page_head(page)
                pdf.set_font("DejaVu", "", 8)
                pdf.text(64, y, f"{sub}.{k}")
                text_lines = wrap(pdf, name, 185)
                for n, line in enumerate(text_lines):
                    pdf.text(96, y + 10 * n, line)
                gross = net * 1.2
                shown = [comma(net), comma(gross)]
                cells(pdf, y, columns[1:], [unit, *shown])
                clean = name.rstrip("*")
                truth.products.append(product(clean, [], shown, page))
                y += 10 * len(text_lines) + 4
            y += 6
        y += 6
    pdf.set_font("DejaVu", "", 7)
    grey(pdf, 80)
    y = max(y, 700)
    notes = (
        "* Cena važi za preuzimanje na stovarištu; za isporuku na gradilište cena po dogovoru.",
        "Prevoz kamionom do 10 km od stovarišta 2.400,00 RSD po turi. Istovar kranom 1.800,00"
        " RSD. Cene su u dinarima; PDV 20%.",
    )
    for note in notes:
        y = lines(pdf, 40, y + 4, 515, note, 9)
    black(pdf)
    for n in range(1, page + 1):
        pdf.page = n
        pdf.set_font("DejaVu", "", 7)
        right(pdf, 555, 820, f"Strana {n} od {page}")
    pdf.page = page
    return pdf


USED = (
    (
        "KAAMERAD",
        (
            ("Nikon F3 korpus", "kroom, 8/10, karbiga", 295),
            ("Nikon FM2n korpus", "must, 9/10, uus katik vahetatud 2024", 420),
            ("Canon AE-1 Program", "koos FD 50 mm f/1.8, 8/10", 259),
            ("Olympus OM-1n korpus", "kroom, 7/10, valgusmõõtur töötab", 189),
            ("Pentax K1000", "koos SMC 50 mm f/2, 8/10, rihm", 219),
            ("Leica M6 TTL 0.72", "must, 9/10, karp ja paberid", 2890),
            ("Mamiya RB67 Pro S", "koos 127 mm f/3.8 ja 120 kassetiga, 8/10", 749),
            ("Fujifilm X100V", "hõbe, 9/10, 2100 kaadrit, akuga", 1190),
            ("Sony A7 III korpus", "8/10, 38 000 kaadrit, 2 akut", 1090),
            ("Canon EOS 5D Mark IV korpus", "9/10, 61 000 kaadrit", 1490),
        ),
    ),
    (
        "OBJEKTIIVID",
        (
            ("Nikkor 50 mm f/1.4 AI-S", "9/10, kaaned", 219),
            ("Nikkor 105 mm f/2.5 AI", "8/10, sisseehitatud varjuk", 189),
            ("Canon FD 28 mm f/2.8", "7/10, väike kriimustus esiläätsel", 69),
            ("Zeiss Planar 50 mm f/1.7 (Contax/Yashica)", "9/10", 149),
            ("Helios 44-2 58 mm f/2 (M42)", "8/10", 59),
            ("Leica Summicron-M 35 mm f/2 IV", "9/10, karbiga", 2450),
            ("Sigma 35 mm f/1.4 DG HSM Art (Canon EF)", "8/10", 449),
            ("Sony FE 24-105 mm f/4 G OSS", "9/10, varjuk ja kaaned", 790),
            ("Fujinon XF 23 mm f/2 R WR", "hõbe, 9/10", 329),
        ),
    ),
    (
        "KOMPAKTKAAMERAD",
        (
            ("Olympus mju-II", "must, 8/10, ilmastikukindel", 279),
            ("Yashica T4", "8/10, välgu kate kulunud", 349),
            ("Ricoh GR III", "9/10, 4200 kaadrit, 2 akut", 690),
            ("Canon PowerShot G7 X Mark II", "8/10, laadija", 379),
            ("Contax T2", "titaan, 9/10, nahkümbris", 990),
            ("Minolta Hi-Matic 7s II", "7/10, mõõtur töötab", 159),
            ("Fujifilm Klasse W", "must, 9/10, karbiga", 890),
        ),
    ),
    (
        "VÄLGUD JA TARVIKUD",
        (
            ("Nikon SB-800 välk", "8/10, patareikorpus", 129),
            ("Godox V1 (Sony)", "9/10, akuga", 179),
            ("Manfrotto 055XPROB statiiv", "8/10, ilma peata", 119),
            ("Gossen Lunasix 3 valgusmõõtur", "7/10, töötab", 89),
            ("Lowepro Flipside 300 seljakott", "8/10", 49),
        ),
    ),
)


def kasutatud(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Fotopood Kaader - kasutatud tehnika nimekiri", A4)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.text(40, 46, "FOTOPOOD KAADER · KASUTATUD TEHNIKA")
    pdf.set_font("DejaVu", "", 8)
    grey(pdf, 70)
    pdf.text(
        40, 60, "Nimekiri seisuga 05.12.2026 · Telliskivi 60a, Tallinn · kaader.ee · +372 600 4182"
    )
    pdf.text(
        40,
        72,
        "Seisukord: 10 = uus, 9 = nagu uus, 8 = väga hea, 7 = hea, kasutusjälgedega."
        " Kõigile toodetele 6-kuuline garantii.",
    )
    black(pdf)
    rule(pdf, 80, 0)
    col_w, gap = 160.0, 17.5
    col, y = 0, 100.0
    bottom = 800.0

    def column_x() -> float:
        return 40 + col * (col_w + gap)

    for heading, items in USED:
        if y + 40 > bottom:
            col, y = col + 1, 100.0
        x = column_x()
        fill(pdf, (30, 30, 30))
        pdf.rect(x, y - 10, col_w, 14, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 8)
        pdf.text(x + 4, y, heading)
        black(pdf)
        y += 18
        for name, note, price in items:
            code = str(words.rng.randrange(40000, 49999))
            pdf.set_font("DejaVu", "", 7.5)
            run = f"{name}, {note} (kood {code})"
            body = wrap(pdf, run, col_w - 34)
            if y + 10 * len(body) > bottom:
                col, y = col + 1, 100.0
            x = column_x()
            bold_lines = 0
            if not body[0].startswith(name):  # a long name: its own bold lines, then the rest
                pdf.set_font("DejaVu", "B", 7.5)
                body = wrap(pdf, name, col_w - 34)
                bold_lines = len(body)
                pdf.set_font("DejaVu", "", 7.5)
                body += wrap(pdf, f"{note} (kood {code})", col_w - 34)
            for n, line in enumerate(body):
                head = line if n < bold_lines else line[: len(name)] if n == 0 else ""
                pdf.set_font("DejaVu", "B", 7.5)
                pdf.text(x, y + 10 * n, head)
                bold_w = pdf.get_string_width(head)
                pdf.set_font("DejaVu", "", 7.5)
                pdf.text(x + bold_w, y + 10 * n, line[len(head) :])
            shown = f"{price} €"
            pdf.set_font("DejaVu", "B", 7.5)
            right(pdf, x + col_w, y + 10 * (len(body) - 1), shown)
            truth.products.append(product(name, [code], [shown], 1))
            y += 10 * len(body) + 5
        y += 8
    x = 40 + 2 * (col_w + gap)  # the last column: a box on buying and trade-in
    fill(pdf, (238, 238, 232))
    pdf.rect(x, 90, col_w, 200, style="F")
    pdf.set_font("DejaVu", "B", 9)
    pdf.text(x + 8, 108, "Ostame ja vahetame")
    pdf.set_font("DejaVu", "", 7.5)
    lines(
        pdf,
        x + 8,
        124,
        col_w - 16,
        "Ostame filmikaameraid, objektiive ja "
        "pimikutarvikuid. Hindame tehnika kohapeal 15 minutiga; raha kohe kontole. "
        "Vahetuse korral arvestame vana tehnika väärtusele 10% juurde. Remont ja "
        "katiku kalibreerimine meie töökojas alates 35 €.",
        10,
    )
    pdf.set_font("DejaVu", "", 6.5)
    grey(pdf, 90)
    pdf.text(
        40,
        818,
        "Hinnad sisaldavad käibemaksu (kasutatud kaup, kasuminormi maksustamine)."
        " Postiga saatmine Omniva pakiautomaati 4,50 €.",
    )
    black(pdf)
    return pdf


# === non-catalogs ==============================================================================

DECLARED = (
    ("Aurora Duo", "AU-2210-NR", "220-240 V~ 50 Hz", "2000 W"),
    ("Aurora Duo", "AU-2210-BI", "220-240 V~ 50 Hz", "2000 W"),
    ("Aurora Compact", "AU-1805-BI", "220-240 V~ 50 Hz", "1350 W"),
    ("Aurora Compact", "AU-1805-NR", "220-240 V~ 50 Hz", "1350 W"),
    ("Aurora Latte Smart", "AU-2402-GR", "220-240 V~ 50 Hz", "1450 W"),
    ("Vesuvio Pro Leva", "VS-3001-AC", "230 V~ 50 Hz", "2200 W"),
)


def dichiarazione(words: Words, truth: Truth) -> FPDF:
    """An Italian EU declaration of conformity for a family of espresso machines: the maker, the
    models with their codes, voltages and powers, the directives and harmonised standards, place,
    date and signature. Nothing offered, no prices."""
    pdf = dejavu_pdf("Dichiarazione UE di conformità - Aurora", A4)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    centre(pdf, A4[0] / 2, 60, "DICHIARAZIONE UE DI CONFORMITÀ")
    pdf.set_font("DejaVu", "", 8.5)
    centre(pdf, A4[0] / 2, 75, "EU Declaration of Conformity · N. DoC-2026-117")
    y = 106.0
    for key, value in (
        ("Fabbricante", "Casa Moka S.p.A., Via Tortona 31, 20144 Milano (MI), Italia"),
        ("Prodotto", "Macchina per caffè espresso per uso domestico"),
        ("Marchio", "Casa Moka"),
    ):
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.text(40, y, key)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.text(140, y, value)
        y += 14
    y += 8
    pdf.set_font("DejaVu", "", 8.5)
    pdf.text(40, y, "Modelli a cui si riferisce la presente dichiarazione:")
    y += 18
    columns = ((46, "l"), (200, "l"), (320, "l"), (470, "l"))
    pdf.set_font("DejaVu", "B", 8)
    fill(pdf, (230, 230, 230))
    pdf.rect(40, y - 11, 515, 16, style="F")
    cells(pdf, y, columns, ["Modello", "Codice", "Alimentazione", "Potenza nominale"])
    y += 16
    pdf.set_font("DejaVu", "", 8)
    for row in DECLARED:
        cells(pdf, y, columns, list(row))
        rule(pdf, y + 4, 210)
        y += 15
    y += 14
    y = lines(
        pdf,
        40,
        y,
        515,
        "L'oggetto della dichiarazione sopra descritto è conforme alla "
        "pertinente normativa di armonizzazione dell'Unione:",
        12,
    )
    for item in (
        "Direttiva 2014/35/UE (bassa tensione)",
        "Direttiva 2014/30/UE (compatibilità elettromagnetica)",
        "Direttiva 2011/65/UE e (UE) 2015/863 (RoHS)",
        "Regolamento (CE) n. 1935/2004 (materiali a contatto con gli alimenti)",
    ):
        pdf.text(52, y + 2, f"– {item}")
        y += 13
    y += 10
    pdf.text(40, y, "Norme armonizzate applicate:")
    y += 14
    for item in (
        "EN 60335-1:2012 + A11:2014 + A13:2017 + A1:2019 + A2:2019 + A14:2019 + A15:2021",
        "EN 60335-2-15:2016 + A11:2018 + A1:2023",
        "EN 55014-1:2021 · EN 55014-2:2021 · EN 61000-3-2:2019 · EN 61000-3-3:2013",
        "EN 62233:2008 · EN IEC 63000:2018",
    ):
        pdf.text(52, y, item)
        y += 13
    y += 30
    pdf.text(40, y, "Firmato a nome e per conto di: Casa Moka S.p.A.")
    pdf.text(40, y + 14, "Milano, 14/11/2026")
    pdf.line(340, y + 30, 540, y + 30)
    pdf.text(340, y + 42, "Ing. Paola Bertani, Responsabile Qualità")
    return pdf


MENU = (
    (
        "Poniedziałek 7.12",
        "Krem z dyni z grzankami (1, 7, 9)",
        "Kotlet z kurczaka, ziemniaki, surówka z marchewki (1, 3, 7)",
        "Jabłko",
    ),
    (
        "Wtorek 8.12",
        "Rosół z makaronem (1, 3, 9)",
        "Makaron z sosem bolońskim i serem (1, 7, 9)",
        "Kisiel truskawkowy",
    ),
    (
        "Środa 9.12",
        "Zupa ogórkowa (7, 9)",
        "Pierogi ruskie z cebulką, kompot (1, 3, 7)",
        "Mandarynki",
    ),
    (
        "Czwartek 10.12",
        "Barszcz czerwony z ziemniakami (9)",
        "Gulasz wieprzowy, kasza jęczmienna, ogórek kiszony (1)",
        "Jogurt naturalny (7)",
    ),
    (
        "Piątek 11.12",
        "Zupa pomidorowa z ryżem (7, 9)",
        "Paluszki rybne, puree, surówka z kapusty (1, 3, 4, 7)",
        "Banan",
    ),
)


def jadlospis(words: Words, truth: Truth) -> FPDF:
    """A Polish primary school canteen's weekly menu: days by soup, main course and dessert,
    allergen numbers and their legend, and the month's meal fee (days times the daily rate).
    Dishes served, not offered for sale one by one."""
    pdf = dejavu_pdf("Jadłospis SP 14 - 7-11 grudnia 2026", A4_LANDSCAPE)
    width = A4_LANDSCAPE[0]
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    centre(pdf, width / 2, 44, "JADŁOSPIS · 7-11 grudnia 2026")
    pdf.set_font("DejaVu", "", 9)
    centre(
        pdf, width / 2, 60, "Stołówka Szkoły Podstawowej nr 14 im. Marii Konopnickiej w Lublinie"
    )
    x0, head_w = 30.0, 130.0
    col_w = (width - 60 - head_w) / 3
    y = 84.0
    fill(pdf, (60, 130, 70))
    pdf.rect(x0, y, width - 60, 22, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVu", "B", 10)
    pdf.text(x0 + 8, y + 15, "Dzień")
    for k, head in enumerate(("Zupa", "Drugie danie", "Deser / owoc")):
        pdf.text(x0 + head_w + col_w * k + 8, y + 15, head)
    black(pdf)
    y += 22
    pdf.set_draw_color(60, 130, 70)
    for k, (day, soup, main, dessert) in enumerate(MENU):
        if k % 2:
            fill(pdf, (236, 245, 236))
            pdf.rect(x0, y, width - 60, 62, style="F")
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.text(x0 + 8, y + 20, day)
        pdf.set_font("DejaVu", "", 9)
        for c, text in enumerate((soup, main, dessert)):
            lines(pdf, x0 + head_w + col_w * c + 8, y + 20, col_w - 16, text, 12)
        pdf.rect(x0, y, width - 60, 62)
        y += 62
    for k in range(1, 3):
        pdf.line(x0 + head_w + col_w * k, 84, x0 + head_w + col_w * k, y)
    pdf.line(x0 + head_w, 84, x0 + head_w, y)
    pdf.set_font("DejaVu", "", 7.5)
    lines(
        pdf,
        x0,
        y + 18,
        width - 60,
        "Alergeny: 1 gluten, 3 jaja, 4 ryby, 7 mleko, 9 seler. "
        "Szkoła zastrzega sobie prawo do zmian w jadłospisie. Do obiadu codziennie kompot lub "
        "herbata owocowa.",
        10,
    )
    pdf.set_font("DejaVu", "B", 9)
    pdf.text(x0, y + 52, "Opłata za obiady w grudniu: 14 dni × 9,50 zł = 133,00 zł")
    pdf.set_font("DejaVu", "", 8)
    pdf.text(
        x0,
        y + 66,
        "Wpłaty do 5 grudnia na rachunek 12 1020 3147 0000 8402 0118 4490,"
        " w tytule imię i nazwisko oraz klasa ucznia.",
    )
    right(pdf, width - 30, y + 66, "Intendent: Barbara Wiśniewska")
    return pdf


COMMISSION = (
    ("CS-0412", 'Dugókulcs készlet 1/2" 24 részes', 42, 18990.0, 5.0),
    ("CS-1187", "Akkus fúrócsavarozó 18 V szett", 18, 42990.0, 4.0),
    ("CS-1190", "Sarokcsiszoló 125 mm 1100 W", 25, 24990.0, 4.0),
    ("CS-2210", "Csavarhúzó készlet 32 részes", 63, 7990.0, 6.0),
    ("CS-3104", "Szerszámos láda 108 részes", 9, 89990.0, 3.5),
    ("CS-4120", "Lézeres távolságmérő 40 m", 21, 19990.0, 5.0),
    ("CS-5002", "Munkavédelmi kesztyű 12 pár", 140, 3490.0, 8.0),
    ("CS-5118", "Fejlámpa LED 300 lm", 57, 5990.0, 8.0),
)


def jutalek(words: Words, truth: Truth) -> FPDF:
    """A Hungarian sales rep's monthly commission statement: the rep and the period, per product
    sold the code, name, quantity, net revenue, commission rate and commission, the totals,
    deductions and what is paid out. An internal settlement, nothing offered."""
    pdf = dejavu_pdf("Jutalékelszámolás 2026. november", A4)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.text(40, 52, "Jutalékelszámolás · 2026. november")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.text(40, 68, "Csúcs Szerszám Kereskedelmi Kft. · Értékesítési osztály")
    rows = (
        ("Üzletkötő", "Kovács Gergely (K-017)"),
        ("Terület", "Észak-Magyarország"),
        ("Időszak", "2026.11.01-2026.11.30"),
        ("Kifizetés", "2026.12.10, bérrel együtt"),
    )
    for k, (key, value) in enumerate(rows):
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.text(40 + (k % 2) * 260, 92 + 13 * (k // 2), key)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.text(110 + (k % 2) * 260, 92 + 13 * (k // 2), value)
    columns = ((40, "l"), (100, "l"), (330, "r"), (410, "r"), (470, "r"), (555, "r"))
    y = 136.0
    pdf.set_font("DejaVu", "B", 7.5)
    cells(
        pdf,
        y,
        columns,
        ["Cikkszám", "Termék", "Eladott db", "Nettó forgalom Ft", "Jutalék %", "Jutalék Ft"],
    )
    rule(pdf, y + 4, 0)
    y += 17
    revenue_total = commission_total = 0.0
    pdf.set_font("DejaVu", "", 7.5)
    for code, name, qty, price, rate in COMMISSION:
        revenue = qty * price / 1.27
        commission = revenue * rate / 100
        revenue_total += revenue
        commission_total += commission
        cells(
            pdf,
            y,
            columns,
            [
                code,
                name,
                str(qty),
                spaced(round(revenue)),
                str(rate).replace(".", ","),
                spaced(round(commission)),
            ],
        )
        rule(pdf, y + 4, 215)
        y += 15
    y += 8
    pdf.set_font("DejaVu", "B", 8)
    cells(
        pdf,
        y,
        columns,
        ["", "Összesen", "", spaced(round(revenue_total)), "", spaced(round(commission_total))],
    )
    y += 26
    pdf.set_font("DejaVu", "", 8.5)
    for key, value in (
        ("Bruttó jutalék", commission_total),
        ("Levonás: visszáru (CS-3104, 1 db)", -89990 / 1.27 * 0.035),
        ("Célprémium (forgalom > 4 millió Ft)", 50000.0),
        ("Kifizetendő (bruttó, adóelőleg előtt)", commission_total - 89990 / 1.27 * 0.035 + 50000),
    ):
        pdf.text(300, y, key)
        right(pdf, 555, y, f"{spaced(round(value))} Ft".replace(" -", "-"))
        y += 14
    pdf.set_font("DejaVu", "I", 7.5)
    lines(
        pdf,
        40,
        y + 20,
        515,
        "Az elszámolás a számlázott és kiegyenlített tételeket "
        "tartalmazza. Kifogás esetén 8 napon belül jelezze a kereskedelmi igazgatónak.",
        10,
    )
    return pdf


CMR_GOODS = (
    (
        "DK-AAR-01/1-12",
        "12",
        "paller",
        "Møbler, spiseborde i eg, adskilte",
        "9403 60",
        "2 880",
        "14,4",
    ),
    ("DK-AAR-01/13-20", "8", "paller", "Stole, polstrede, stablede", "9401 61", "1 040", "11,2"),
    ("DK-AAR-01/21-24", "4", "kasser", "Lamper, gulv- og bordlamper", "9405 21", "310", "3,1"),
    ("DK-AAR-01/25", "1", "pakke", "Monteringsbeslag og skruer", "8302 42", "46", "0,2"),
)


def fragtbrev(words: Words, truth: Truth) -> FPDF:
    """A Danish CMR consignment note (fragtbrev) for a truck from Aarhus to Hamburg: the numbered
    boxes of the convention with trilingual labels (sender, consignee, places, documents), the
    goods lines with marks, packages, packing, description, statistical number, gross weight and
    volume, carriage charges, and three signature boxes. A transport document, nothing offered."""
    pdf = dejavu_pdf("CMR fragtbrev 2026-11822", A4)
    pdf.add_page()
    pdf.set_draw_color(200, 30, 30)

    def box(n: str, x: float, y: float, w: float, h: float, label: str, value: str) -> None:
        pdf.rect(x, y, w, h)
        pdf.set_text_color(200, 30, 30)
        pdf.set_font("DejaVu", "B", 7)
        pdf.text(x + 3, y + 9, n)
        pdf.set_font("DejaVu", "", 5.5)
        pdf.text(x + 14, y + 9, label)
        black(pdf)
        pdf.set_font("DejaVu", "", 8)
        lines(pdf, x + 6, y + 22, w - 12, value, 10)

    box(
        "1",
        30,
        30,
        270,
        62,
        "Afsender / Sender / Absender",
        "Nordeg Møbler ApS, Søren Frichs Vej 40, 8230 Åbyhøj, Danmark",
    )
    pdf.set_font("DejaVu", "B", 16)
    pdf.text(320, 52, "CMR")
    pdf.set_font("DejaVu", "", 7)
    lines(
        pdf,
        320,
        66,
        240,
        "FRAGTBREV · Internationaler Frachtbrief · International consignment note",
        9,
    )
    pdf.set_font("DejaVu", "B", 10)
    pdf.text(320, 88, "Nr. 2026-11822")
    box(
        "2",
        30,
        92,
        270,
        62,
        "Modtager / Consignee / Empfänger",
        "Wohnhaus Elbe GmbH, Stresemannstraße 201, 22769 Hamburg, Deutschland",
    )
    box(
        "16",
        300,
        92,
        265,
        62,
        "Fragtfører / Carrier / Frachtführer",
        "Jysk Linjefart A/S, Industrivej 12, 8660 Skanderborg · DK 28 41 77 Ø / AB 1194",
    )
    box("3", 30, 154, 270, 40, "Leveringssted / Place of delivery", "Hamburg, Deutschland")
    box("17", 300, 154, 265, 40, "Efterfølgende fragtførere / Successive carriers", "-")
    box(
        "4",
        30,
        194,
        270,
        40,
        "Sted og dato for overtagelse / Place and date of taking over",
        "Aarhus, Danmark · 03.12.2026",
    )
    box(
        "18",
        300,
        194,
        265,
        40,
        "Fragtførers forbehold / Carrier's reservations",
        "Emballage på 2 paller let beskadiget",
    )
    box(
        "5",
        30,
        234,
        535,
        32,
        "Vedlagte dokumenter / Documents attached",
        "Faktura 40-2211, pakkeliste",
    )
    y = 266.0
    heads = (
        "6 Mærker og nr.",
        "7 Antal kolli",
        "8 Emballage",
        "9 Godsets art",
        "10 Stat. nr.",
        "11 Bruttovægt kg",
        "12 Rumfang m³",
    )
    xs = (30, 130, 180, 235, 395, 450, 510, 565)
    pdf.rect(30, y, 535, 150)
    pdf.set_text_color(200, 30, 30)
    pdf.set_font("DejaVu", "", 5.5)
    for k, head in enumerate(heads):
        lines(pdf, xs[k] + 3, y + 9, xs[k + 1] - xs[k] - 6, head, 7)
        if k:
            pdf.line(xs[k], y, xs[k], y + 150)
    black(pdf)
    pdf.set_font("DejaVu", "", 7.5)
    gy = y + 34
    for row in CMR_GOODS:
        for k, value in enumerate(row):
            if k in (1, 5, 6):
                right(pdf, xs[k + 1] - 4, gy, value)
            else:
                lines(pdf, xs[k] + 3, gy, xs[k + 1] - xs[k] - 6, value, 9)
        gy += 24
    pdf.set_font("DejaVu", "B", 7.5)
    right(pdf, xs[2] - 4, y + 142, "25")
    right(pdf, xs[6] - 4, y + 142, "4 276")
    right(pdf, xs[7] - 4, y + 142, "28,9")
    box(
        "13",
        30,
        416,
        270,
        56,
        "Afsenders instrukser / Sender's instructions",
        "Må ikke stables. Levering efter aftale, tlf. +49 40 3344 120",
    )
    box("19", 300, 416, 265, 56, "Særlige aftaler / Special agreements", "Levering senest 05.12.")
    box(
        "14",
        30,
        472,
        270,
        40,
        "Fragtbetaling / Instructions as to payment for carriage",
        "Franko / Carriage paid",
    )
    box("20", 300, 472, 265, 40, "Betales af / To be paid by", "Afsender: fragt 6.450,00 DKK")
    box("21", 30, 512, 535, 30, "Udfærdiget i / Established in", "Aarhus, 03.12.2026")
    for k, label in enumerate(
        (
            "22 Afsenders underskrift og stempel",
            "23 Fragtførers underskrift og stempel",
            "24 Modtagers underskrift og stempel",
        )
    ):
        x = 30 + k * 178.3
        pdf.set_draw_color(200, 30, 30)
        pdf.rect(x, 542, 178.3, 90)
        pdf.set_text_color(200, 30, 30)
        pdf.set_font("DejaVu", "", 6)
        pdf.text(x + 3, 552, label)
    black(pdf)
    pdf.set_font("DejaVu", "", 6.5)
    lines(
        pdf,
        30,
        650,
        535,
        "Denne transport er underkastet bestemmelserne i konventionen om "
        "fragtaftaler ved international vejtransport (CMR), uanset enhver modstående klausul.",
        9,
    )
    return pdf


TARIFF = (
    ("8467", "", "Alati za ručni rad, pneumatski, hidraulični ili sa ugrađenim motorom:", "", ""),
    ("", "", "– rotacioni (uključujući kombinovane rotacione-udarne):", "", ""),
    ("8467 11", "", "– – bušilice svih vrsta", "", ""),
    ("8467 11 10 00", "", "– – – za obradu metala", "kom", "2,7"),
    ("8467 11 90 00", "", "– – – ostali", "kom", "2,7"),
    ("", "", "– sa ugrađenim elektromotorom:", "", ""),
    ("8467 21", "", "– – bušilice svih vrsta:", "", ""),
    ("8467 21 10 00", "", "– – – sposobni za rad bez spoljašnjeg izvora energije", "kom", "2,7"),
    ("8467 21 91 00", "", "– – – ostale, elektropneumatske", "kom", "2,7"),
    ("8467 22", "", "– – testere:", "", ""),
    ("8467 22 10 00", "", "– – – lančane testere", "kom", "2,7"),
    ("8467 22 30 00", "", "– – – kružne testere", "kom", "2,7"),
    ("8467 29", "", "– – ostali:", "", ""),
    ("8467 29 51 00", "", "– – – ugaone brusilice", "kom", "2,7"),
    ("8467 29 85 00", "", "– – – ostali", "kom", "2,7"),
    ("8205", "", "Ručni alati (uključujući dijamantske rezače stakla), nepomenuti:", "", ""),
    ("8205 10 00 00", "", "– alati za bušenje, urezivanje ili izradu navoja", "kg", "3,7"),
    ("8205 20 00 00", "", "– čekići i maljevi", "kg", "3,7"),
    ("8205 40 00 00", "", "– odvijači", "kg", "3,7"),
    ("8205 59 80 00", "", "– – ostali ručni alati", "kg", "2,7"),
    ("8205 70 00 00", "", "– stege, stezači i slično", "kg", "3,7"),
)


def tarifa(words: Words, truth: Truth) -> FPDF:
    """An extract of the Serbian customs tariff (chapters 82 and 84): tariff numbers in groups
    of digits, descriptions stepped by dashes, supplementary units and duty rates in percent,
    the chapter notes. A law's schedule, nothing offered and no prices."""
    pdf = dejavu_pdf("Carinska tarifa 2027 - izvod", A4)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 8)
    grey(pdf, 80)
    centre(
        pdf,
        A4[0] / 2,
        36,
        "Službeni glasnik RS · Uredba o usklađivanju nomenklature Carinske tarife za 2027. godinu",
    )
    black(pdf)
    pdf.set_font("DejaVu", "B", 11)
    centre(pdf, A4[0] / 2, 60, "Glava 82 i 84 (izvod)")
    pdf.set_font("DejaVu", "", 8)
    y = lines(
        pdf,
        40,
        82,
        515,
        "Napomena: 1. Ova glava ne obuhvata alate kod kojih je radni "
        "deo od plemenitih metala. 2. Delovi od običnih metala svrstavaju se zajedno sa "
        "proizvodom kome pripadaju, osim delova posebno pomenutih.",
        10,
    )
    columns = ((40, "l"), (130, "l"), (470, "c"), (555, "r"))
    y += 12
    pdf.set_font("DejaVu", "B", 7.5)
    pdf.rect(40, y - 10, 515, 26)
    cells(pdf, y, columns, ["Tarifna oznaka", "Naimenovanje", "Dopunska", "Stopa carine"])
    cells(pdf, y + 10, columns, ["", "", "jedinica", "(%)"])
    cells(pdf, y + 24, columns, ["1", "2", "3", "4"])
    y += 40
    pdf.set_font("DejaVu", "", 8)
    for code, _, text, unit, rate in TARIFF:
        bold = len(code) == 4
        pdf.set_font("DejaVu", "B" if bold else "", 8)
        pdf.text(40, y, code)
        ny = lines(pdf, 130, y, 310, text, 10)
        cells(pdf, y, columns[2:], [unit, rate])
        y = ny + 3 + (5 if bold else 0)
    rule(pdf, y, 0)
    pdf.set_font("DejaVu", "", 7)
    lines(
        pdf,
        40,
        y + 14,
        515,
        "Za robu poreklom iz EU i zemalja CEFTA primenjuje se stopa 0% "
        "uz dokaz o poreklu (EUR.1 ili izjava na fakturi).",
        9,
    )
    pdf.text(40, 820, "Izvod pripremljen za internu upotrebu · nije zvanični tekst")
    right(pdf, 555, 820, "82/84-1")
    return pdf


# === the batch =================================================================================

BLIND_18 = ("narzedzia", "sizek", "julekalender", "grillfolder", "presentazione", "rakke")
BLIND_18 += ("gjafir", "cenovnik", "kasutatud")
BLIND_18_NON_CATALOGS = ("dichiarazione", "jadlospis", "jutalek", "fragtbrev", "tarifa")
LAYOUTS_18 = BLIND_18 + BLIND_18_NON_CATALOGS
SCAN_DPI_18 = {"narzedzia": 200, "sizek": 250, "julekalender": 150, "grillfolder": 200}
SCAN_DPI_18 |= {"presentazione": 150, "rakke": 200, "gjafir": 150, "cenovnik": 300}
SCAN_DPI_18 |= {"kasutatud": 300, "dichiarazione": 200, "jadlospis": 150, "jutalek": 250}
SCAN_DPI_18 |= {"fragtbrev": 200, "tarifa": 250}
LANGUAGE_18 = {"narzedzia": "pl", "sizek": "hu", "julekalender": "da", "grillfolder": "nl"}
LANGUAGE_18 |= {"presentazione": "it", "rakke": "af", "gjafir": "is", "cenovnik": "sr"}
LANGUAGE_18 |= {"kasutatud": "et", "dichiarazione": "it", "jadlospis": "pl", "jutalek": "hu"}
LANGUAGE_18 |= {"fragtbrev": "da", "tarifa": "sr"}
LOCALES_18 = {"en": "en_GB", "pl": "pl_PL", "hu": "hu_HU", "da": "da_DK", "nl": "nl_BE"}
LOCALES_18 |= {"it": "it_IT", "af": "en_GB", "is": "is_IS", "sr": "hr_HR", "et": "et_EE"}
SEED_18 = 18000
MAKERS_18: dict[str, Callable[[Words, Truth], FPDF]] = {
    "narzedzia": narzedzia,
    "sizek": sizek,
    "julekalender": julekalender,
    "grillfolder": grillfolder,
    "presentazione": presentazione,
    "rakke": rakke,
    "gjafir": gjafir,
    "cenovnik": cenovnik,
    "kasutatud": kasutatud,
    "dichiarazione": dichiarazione,
    "jadlospis": jadlospis,
    "jutalek": jutalek,
    "fragtbrev": fragtbrev,
    "tarifa": tarifa,
}

# registered beside the earlier batches, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["18"] = Batch(
    LAYOUTS_18, BLIND_18, MAKERS_18, SEED_18, LANGUAGE_18, LOCALES_18, SCAN_DPI_18
)
