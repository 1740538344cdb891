"""Blind batch 22: catalogs of the real corpus's kinds, in new shapes and languages, written
WITHOUT the engine.

Bench figures, never test floors: only ``bench/quality.py --layouts blind22`` writes them, and the
batch is meant to be scored ONCE, at the end, as an honest estimate on catalogs nobody tuned on.
Nobody who wrote it read ``pdfqueue.engines`` or ``pdfqueue.pipeline``, nor ran the engine or
the bench on it; its forms are unlike every earlier batch's (1-21), its languages rarely used
before (Greek, Ukrainian, Romanian, Croatian, Malay, Slovenian, Swahili, Catalan).

What counts as a product is as in batch 21 (see generate_blind21's docstring): a thing the
document offers, once, on the page where it is presented, named as printed (here in capitals
where the catalog sets its names in capitals); its codes, prices (printed order, an offer price
before the struck one) and sizes as printed; "price on request" items are products with no
price. Headings, categories, legends, unit prices per kg, instalments, services and fees, sets
and notes are not. Per layout (files ``b22-<layout>``; seeds ``SEED_22`` + index):

- ``agora``: a Greek supermarket's flyer printed as two-page spreads on A4 landscape sheets
  (2 sheets): each half page has its own category in the head band and its own folio; its six
  products stand in horizontal bands, photo above, the NAME IN CAPITALS, an ingredient line,
  then a grey spec strip "400 g · Κωδ. 204518 · 1 kg = 8,73 €" and the price at the right, some
  with a struck old price. Product: code the Κωδ.; prices now then struck; size the pack.
- ``tekhnosvit``: a Ukrainian electronics leaflet (A4, 2 pages) whose product codes stand in a
  grey left margin column ("Код" over the number) beside each row; a row has a photo, the bold
  name, a spec line with " | " separators, the price at the right (some struck old prices, some
  "Ціна за запитом" with no price) and an instalment line. Code the Код; no sizes.
- ``piese``: a Romanian / English auto-parts price list (A4 landscape, 2 pages), each page two
  side-by-side ruled tables; vehicle rows inside the tables, part rows under them with the
  Romanian name, the English one in grey italics under it, and prices per quantity break
  ("1-4 buc." and "5+ buc.", lei without currency sign). Product named part + vehicle
  ("Filtru ulei Dacia Logan II", alias the English part + vehicle); code the Cod; prices the
  1-4 price then the 5+ price.
- ``zlatarna``: a Croatian jeweller's collection guide (A4, 2 pages): one large photo a page
  with numbered callouts, a key list under it "1  Prsten Zora" with the material, the carat
  weight, "Šifra ZL-4412" and the price ("Cijena na upit" for some), prose and a services box.
  Code the Šifra; size the carat weight, chain length or band width where printed.
- ``kopitiam``: a Malay / English café menu (A4, 2 pages): names on one line "Nasi Lemak Ayam /
  Chicken Nasi Lemak", prices right-aligned without leaders and without currency, a grey
  description line, hot drinks with two prices (Panas, Ais). Product named the Malay part, alias
  the English one; prices in printed order; no codes or sizes.
- ``beton``: a Slovenian precast-concrete brochure (A4, 3 pages): page 1 prose and
  certificates; pages 2-3 per family a photo and a TRANSPOSED spec table (products as columns
  headed "Robnik 15/25", attributes as rows: Šifra, Dimenzije, Masa, Kosov na paleti, Cena
  €/kos, some "na povpraševanje"). Code the Šifra; price the Cena; size the Dimenzije.
- ``jumla``: a Swahili (Tanzanian) wholesaler's price list (A4, 1 page): a dense zebra table
  Msimbo | Bidhaa | Ujazo | Kwa katoni | EAN | Bei/Katoni | Bei/Kipande with category rows, head and
  terms. Codes the Msimbo then the EAN; prices per carton then per piece; size the Ujazo.

Non-catalogs (truth: no products): ``diagonismos`` (a Greek municipality's tender award notice:
lots, CPV codes, bidders and awarded amounts), ``museu`` (a Catalan museum room guide: works
with inventory numbers, techniques and sizes, a ticket-price box), ``tarife`` (a Romanian
electricity tariff sheet: tariff codes, lei/kWh tables), ``vidklykannia`` (a Ukrainian food
recall notice: the recalled product, EAN, batch numbers, the refund of the price paid).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 22 [--scanned]
"""

from __future__ import annotations

import re
from collections.abc import Callable

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo, wrap
from generate_blind import A4_LANDSCAPE, Batch, product, right
from generate_blind6 import comma, strike
from generate_blind9 import black, centre, grey
from generate_blind11 import cells, rule
from generate_blind15 import fill
from generate_blind16 import dejavu_pdf, ean
from generate_blind18 import lines

F = "DejaVu"


def folio(pdf: FPDF, x0: float, x1: float, text: str, page: str) -> None:
    pdf.set_font(F, "", 6.5)
    grey(pdf, 110)
    pdf.text(x0, pdf.h - 18, text)
    right(pdf, x1, pdf.h - 18, page)
    black(pdf)


def prose(pdf: FPDF, x: float, y: float, width: float, texts: list[str], leading: float) -> float:
    for text in texts:
        y = lines(pdf, x, y, width, text, leading) + leading / 2
    return y


def spaced(value: int) -> str:
    return f"{value:,}".replace(",", " ")


# === catalogs ==================================================================================

AGORA = (  # category, (NAME, ingredient line, pack, usual price)
    (
        "ΓΑΛΑΚΤΟΚΟΜΙΚΑ",
        (
            ("ΓΙΑΟΥΡΤΙ ΣΤΡΑΓΓΙΣΤΟ 2%", "Αγελαδινό γάλα, καλλιέργεια γιαουρτιού", "1 kg", 4.89),
            ("ΦΕΤΑ ΠΟΠ ΣΕ ΑΛΜΗ", "Πρόβειο και κατσικίσιο γάλα, αλάτι", "400 g", 5.79),
            ("ΓΑΛΑ ΦΡΕΣΚΟ ΠΛΗΡΕΣ", "Παστεριωμένο αγελαδινό γάλα 3,5%", "1 l", 1.69),
            ("ΚΑΣΕΡΙ ΣΕ ΦΕΤΕΣ", "Πρόβειο γάλα, πυτιά, αλάτι", "200 g", 3.29),
            ("ΒΟΥΤΥΡΟ ΑΓΕΛΑΔΟΣ", "Κρέμα γάλακτος 82% λιπαρά", "250 g", 3.99),
            ("ΚΕΦΑΛΟΤΥΡΙ ΤΡΙΜΜΕΝΟ", "Πρόβειο γάλα, ωρίμανση 3 μηνών", "200 g", 3.49),
        ),
    ),
    (
        "ΠΡΩΙΝΟ & ΑΡΤΟΠΟΙΙΑ",
        (
            ("ΨΩΜΙ ΤΟΣΤ ΟΛΙΚΗΣ", "Αλεύρι ολικής άλεσης, προζύμι, ελαιόλαδο", "600 g", 2.19),
            ("ΦΡΥΓΑΝΙΕΣ ΣΙΚΑΛΗΣ", "Αλεύρι σίκαλης 60%, μαγιά, αλάτι", "250 g", 1.89),
            ("ΜΕΛΙ ΘΥΜΑΡΙΣΙΟ", "100% ελληνικό μέλι θυμαριού", "450 g", 7.49),
            ("ΝΙΦΑΔΕΣ ΒΡΩΜΗΣ", "Ολικής άλεσης βρώμη", "500 g", 1.99),
            ("ΚΑΦΕΣ ΕΛΛΗΝΙΚΟΣ", "Καβουρδισμένος αλεσμένος καφές", "194 g", 3.19),
            ("ΤΑΧΙΝΙ ΟΛΙΚΗΣ", "Σουσάμι ολικής 100%", "300 g", 3.59),
        ),
    ),
    (
        "ΤΡΟΦΙΜΑ ΝΤΟΥΛΑΠΙΟΥ",
        (
            ("ΕΛΑΙΟΛΑΔΟ ΕΞΑΙΡΕΤΙΚΟ ΠΑΡΘΕΝΟ", "Κορωνέικη ποικιλία, ψυχρή έκθλιψη", "1 l", 9.99),
            ("ΜΑΚΑΡΟΝΙΑ ΝΟ 10", "Σιμιγδάλι από σκληρό σιτάρι", "500 g", 1.29),
            ("ΦΑΚΕΣ ΨΙΛΕΣ", "Ελληνική καλλιέργεια", "500 g", 2.39),
            ("ΡΥΖΙ ΚΑΡΟΛΙΝΑ", "Μεσόκοκκο ρύζι", "1 kg", 2.69),
            ("ΝΤΟΜΑΤΑ ΨΙΛΟΚΟΜΜΕΝΗ", "Ντομάτα, χυμός ντομάτας", "400 g", 0.99),
            ("ΕΛΙΕΣ ΚΑΛΑΜΩΝ", "Ελιές, νερό, αλάτι, ξύδι", "350 g", 3.89),
        ),
    ),
    (
        "ΚΑΘΑΡΙΟΤΗΤΑ",
        (
            ("ΥΓΡΟ ΠΙΑΤΩΝ ΛΕΜΟΝΙ", "Με φυσικό εκχύλισμα λεμονιού", "750 ml", 2.49),
            ("ΑΠΟΡΡΥΠΑΝΤΙΚΟ ΡΟΥΧΩΝ ΥΓΡΟ", "Για λευκά και χρωματιστά", "2 l", 8.99),
            ("ΧΑΡΤΙ ΚΟΥΖΙΝΑΣ", "Τριπλό φύλλο, υψηλή απορροφητικότητα", "2 ρολά", 2.79),
            ("ΧΛΩΡΙΝΗ ΠΑΧΥΡΡΕΥΣΤΗ", "Με ενεργό χλώριο", "1,25 l", 1.79),
            ("ΜΑΛΑΚΤΙΚΟ ΡΟΥΧΩΝ", "Άρωμα λεβάντας", "1,5 l", 3.49),
            ("ΣΑΚΟΥΛΕΣ ΑΠΟΡΡΙΜΜΑΤΩΝ", "Με κορδόνι, 52 × 75 cm", "20 τεμ.", 2.29),
        ),
    ),
)


def euro(value: float) -> str:
    return f"{comma(value)} €"


def per_unit(pack: str, price: float) -> str | None:
    found = re.fullmatch(r"(\d+(?:,\d+)?) (g|kg|ml|l)", pack)
    if not found:
        return None
    amount = float(found.group(1).replace(",", "."))
    per = amount / 1000 if found.group(2) in ("g", "ml") else amount
    return f"1 {'kg' if found.group(2) in ('g', 'kg') else 'l'} = {euro(price / per)}"


def agora(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Φυλλάδιο προσφορών ΑΓΟΡΑ", A4_LANDSCAPE)
    blue = (0, 80, 160)
    half = pdf.w / 2
    for sheet in (1, 2):
        pdf.add_page()
        pdf.set_draw_color(190, 190, 190)
        pdf.line(half, 10, half, pdf.h - 10)  # the fold of the spread
        for side in (0, 1):
            number = 2 * sheet - 1 + side
            category, items = AGORA[number - 1]
            x0 = side * half + 22
            width = half - 44
            fill(pdf, blue)
            pdf.rect(x0, 16, width, 40, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font(F, "B", 16)
            pdf.text(x0 + 10, 42, category)
            pdf.set_font(F, "", 7)
            right(pdf, x0 + width - 10, 30, "ΑΓΟΡΑ Σούπερ Μάρκετ")
            right(pdf, x0 + width - 10, 44, "Προσφορές 10.12 - 23.12.2026")
            black(pdf)
            w = (width - 16) / 3
            for slot, (name, line, pack, usual) in enumerate(items):
                column, row = slot % 3, slot // 3
                x, y = x0 + column * (w + 8), 66 + row * 250
                seed = 22000 + number * 10 + slot
                pdf.image(photo(seed, (160, 110)), x=x, y=y, w=w, h=92)
                pdf.set_font(F, "B", 8.5)
                y_text = y + 108
                for text in wrap(pdf, name, w)[:2]:
                    pdf.text(x, y_text, text)
                    y_text += 11
                pdf.set_font(F, "", 6.5)
                grey(pdf, 90)
                for text in wrap(pdf, line, w)[:2]:
                    pdf.text(x, y_text + 2, text)
                    y_text += 8.5
                black(pdf)
                sale = words.rng.random() < 0.5
                now = round(usual * 0.75, 1) - 0.01 if sale else usual
                code = str(words.rng.randrange(200000, 299999))
                fill(pdf, (232, 232, 232))
                pdf.rect(x, y + 150, w, 50, style="F")
                pdf.set_font(F, "", 6.5)
                unit = per_unit(pack, now)
                pdf.text(x + 4, y + 162, f"{pack}  ·  Κωδ. {code}")
                if unit:
                    pdf.text(x + 4, y + 172, unit)
                prices = [euro(now)]
                pdf.set_font(F, "B", 15)
                pdf.set_text_color(200, 0, 40)
                right(pdf, x + w - 4, y + 194, euro(now))
                black(pdf)
                if sale:
                    pdf.set_font(F, "", 7.5)
                    grey(pdf, 80)
                    strike(pdf, x + 4, y + 192, euro(usual))
                    black(pdf)
                    prices.append(euro(usual))
                truth.products.append(product(name, [code], prices, sheet, sizes=[pack]))
            fill(pdf, (255, 214, 0))
            pdf.rect(x0, 530, width, 26, style="F")
            pdf.set_font(F, "B", 9)
            banners = (
                "Με την κάρτα ΑΓΟΡΑ+ συλλέγετε πόντους σε κάθε αγορά!",
                "Δωρεάν παράδοση για αγορές άνω των 50 € στο agora.gr",
            )
            pdf.text(x0 + 10, 547, banners[side])
            folio(
                pdf,
                x0,
                x0 + width,
                "Οι τιμές περιλαμβάνουν ΦΠΑ. Έως εξαντλήσεως αποθεμάτων. Τηλ. 210 555 0100",
                f"σελ. {number}",
            )
    return pdf


ELECTRO_UK = (  # name, specs, usual price (грн)
    ("Ноутбук Ліра 15 Pro", ('15,6" IPS', "Core i7", "16 ГБ", "SSD 1 ТБ"), 38999),
    ("Ноутбук Ліра 14 Air", ('14" OLED', "Ryzen 5", "16 ГБ", "SSD 512 ГБ"), 29999),
    ("Смартфон Сокіл X9", ('6,7" AMOLED', "256 ГБ", "50 Мп", "5000 мАг"), 17499),
    ("Смартфон Сокіл A3", ('6,5" LCD', "128 ГБ", "13 Мп", "5000 мАг"), 5999),
    ("Телевізор Обрій 50U7", ('50" 4K', "Smart TV", "HDR10", "Wi-Fi"), 16999),
    ("Телевізор Обрій 65Q9", ('65" QLED', "120 Гц", "Dolby Vision", "HDMI 2.1"), 42999),
    ("Навушники Тиша ANC 2", ("Bluetooth 5.3", "ANC", "до 40 год"), 3499),
    ("Планшет Крок Tab 10", ('10,4" 2K', "64 ГБ", "LTE"), 8999),
    ("Пральна машина Хвиля 8", ("8 кг", "1200 об/хв", "Клас A"), 15499),
    ("Холодильник Полюс NF340", ("340 л", "No Frost", "Клас E"), 22999),
    ("Мікрохвильова піч Жар 20", ("20 л", "800 Вт", "Гриль"), 3299),
    ("Робот-пилосос Чистун R5", ("Лідар", "Вологе прибирання", "Додаток"), 11999),
    ("Ігрова консоль Гравець One", ("1 ТБ", "4K", "2 геймпади"), 21999),
    ("Проєктор Промінь P1", ("Full HD", "3000 лм", "Android TV"), 14999),
)


def tekhnosvit(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("ТЕХНОСВІТ акційна листівка", A4)
    dark = (20, 40, 90)
    pool = list(ELECTRO_UK)
    words.rng.shuffle(pool)
    for page in (1, 2):
        pdf.add_page()
        fill(pdf, dark)
        pdf.rect(0, 0, pdf.w, 58, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(F, "B", 20)
        pdf.text(84, 32, "ТЕХНОСВІТ")
        pdf.set_font(F, "", 7.5)
        pdf.text(84, 47, "Акція діє з 1 по 14 грудня 2026 року")
        right(pdf, pdf.w - 30, 32, "Гаряча лінія 0 800 300 200")
        right(pdf, pdf.w - 30, 47, "tekhnosvit.ua")
        black(pdf)
        fill(pdf, (236, 236, 236))
        pdf.rect(0, 58, 70, pdf.h - 58, style="F")  # the code margin
        pdf.set_font(F, "B", 7)
        grey(pdf, 90)
        pdf.text(14, 76, "КОД ТОВАРУ")
        black(pdf)
        for slot in range(7):
            y = 86 + slot * 100
            name, specs, usual = pool.pop()
            code = str(words.rng.randrange(1000000, 1999999))
            shape = words.rng.choice(("sale", "sale", "plain", "plain", "request"))
            pdf.set_font(F, "", 6.5)
            grey(pdf, 100)
            pdf.text(14, y + 16, "Код")
            black(pdf)
            pdf.set_font(F, "B", 8.5)
            pdf.text(14, y + 28, code)
            pdf.image(photo(22100 + page * 10 + slot, (140, 110)), x=82, y=y + 4, w=104, h=80)
            pdf.set_font(F, "B", 11)
            pdf.text(198, y + 22, name)
            pdf.set_font(F, "", 8)
            pdf.text(198, y + 40, " | ".join(specs))
            prices: list[str] = []
            if shape == "request":
                pdf.set_font(F, "B", 11)
                right(pdf, pdf.w - 30, y + 30, "Ціна за запитом")
                pdf.set_font(F, "", 7)
                right(pdf, pdf.w - 30, y + 44, "Телефонуйте: 0 800 300 200")
            else:
                now = usual if shape == "plain" else int(round(usual * 0.85, -2)) - 1
                text = f"{spaced(now)} грн"
                prices.append(text)
                pdf.set_font(F, "B", 17)
                pdf.set_text_color(210, 30, 30)
                right(pdf, pdf.w - 30, y + 34, text)
                black(pdf)
                if shape == "sale":
                    pdf.set_font(F, "", 9)
                    grey(pdf, 90)
                    old = f"{spaced(usual)} грн"
                    strike(pdf, pdf.w - 30 - pdf.get_string_width(old), y + 14, old)
                    black(pdf)
                    prices.append(old)
                pdf.set_font(F, "", 7)
                right(pdf, pdf.w - 30, y + 48, f"або 10 платежів по {spaced(round(now / 10))} грн")
            pdf.set_font(F, "", 7)
            grey(pdf, 110)
            pdf.text(198, y + 56, "Гарантія 12 місяців  ·  Доставка по Україні")
            black(pdf)
            rule(pdf, y + 94, 210, 76, pdf.w - 30)
            truth.products.append(product(name, [code], prices, page))
        if page == 2:
            fill(pdf, (255, 210, 0))
            pdf.rect(76, 790, pdf.w - 106, 22, style="F")
            pdf.set_font(F, "B", 8.5)
            pdf.text(84, 805, "Оплата частинами до 10 платежів без переплат - у всіх магазинах")
        folio(
            pdf,
            82,
            pdf.w - 30,
            "Ціни вказано з ПДВ. Кількість товару обмежена. ТОВ «Техносвіт», Київ",
            f"стор. {page}",
        )
    return pdf


PARTS_RO = (  # vehicle, (Romanian part, English part, usual price lei)
    (
        "Dacia Logan II",
        "1.5 dCi  ·  2012-2020",
        (
            ("Filtru ulei", "Oil filter", 34),
            ("Plăcuțe frână față", "Front brake pads", 149),
            ("Discuri frână față", "Front brake discs", 289),
            ("Kit distribuție", "Timing belt kit", 459),
        ),
    ),
    (
        "Dacia Duster",
        "1.6 SCe  ·  2018-2024",
        (
            ("Filtru aer", "Air filter", 52),
            ("Amortizor spate", "Rear shock absorber", 238),
            ("Bujii iridium", "Iridium spark plugs", 64),
            ("Pompă apă", "Water pump", 199),
        ),
    ),
    (
        "Renault Clio IV",
        "0.9 TCe  ·  2013-2019",
        (
            ("Filtru habitaclu", "Cabin filter", 45),
            ("Bieletă antiruliu", "Stabiliser link", 68),
            ("Kit ambreiaj", "Clutch kit", 689),
            ("Termostat", "Thermostat", 112),
        ),
    ),
    (
        "Volkswagen Golf VII",
        "1.6 TDI  ·  2013-2020",
        (
            ("Filtru combustibil", "Fuel filter", 96),
            ("Rulment roată față", "Front wheel bearing", 179),
            ("Lamele ștergător", "Wiper blades", 89),
            ("Senzor ABS", "ABS sensor", 134),
        ),
    ),
    (
        "Ford Focus III",
        "1.0 EcoBoost  ·  2011-2018",
        (
            ("Curea accesorii", "Auxiliary belt", 78),
            ("Bobină inducție", "Ignition coil", 245),
            ("Capăt bară direcție", "Tie rod end", 86),
            ("Baterie 60 Ah", "Battery 60 Ah", 429),
        ),
    ),
    (
        "Škoda Octavia III",
        "2.0 TDI  ·  2013-2020",
        (
            ("Filtru particule", "Diesel particulate filter", 1890),
            ("Placă presiune", "Pressure plate", 512),
            ("Braț suspensie", "Control arm", 265),
            ("Radiator apă", "Radiator", 398),
        ),
    ),
    (
        "Toyota Corolla E210",
        "1.8 Hybrid  ·  2019-2025",
        (
            ("Plăcuțe frână spate", "Rear brake pads", 168),
            ("Filtru ulei cartuș", "Oil filter cartridge", 41),
            ("Senzor parcare", "Parking sensor", 154),
            ("Oglindă exterioară", "Door mirror glass", 119),
        ),
    ),
    (
        "Opel Astra K",
        "1.4 Turbo  ·  2015-2021",
        (
            ("Kit lanț distribuție", "Timing chain kit", 845),
            ("Arc suspensie față", "Front coil spring", 143),
            ("Sondă lambda", "Lambda sensor", 276),
            ("Electromotor", "Starter motor", 699),
        ),
    ),
)


def piese(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Listă de prețuri AutoPiese Carpați", A4_LANDSCAPE)
    navy = (25, 45, 95)
    width = (pdf.w - 74) / 2
    groups = {(1, 0): PARTS_RO[0:3], (1, 1): PARTS_RO[3:6], (2, 0): PARTS_RO[6:7]}
    groups[(2, 1)] = PARTS_RO[7:8]
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font(F, "B", 14)
        pdf.set_text_color(*navy)
        pdf.text(30, 32, "AUTOPIESE CARPAȚI")
        black(pdf)
        pdf.set_font(F, "", 7.5)
        pdf.text(
            30, 45, "Listă de prețuri / Price list  ·  Decembrie 2026  ·  Prețuri în lei cu TVA"
        )
        right(pdf, pdf.w - 30, 32, "Comenzi / Orders: 0264 455 900")
        right(pdf, pdf.w - 30, 45, "Cluj-Napoca, Str. Fabricii 12")
        rule(pdf, 52, 120, 30, pdf.w - 30)
        for side in (0, 1):
            x0 = 30 + side * (width + 14)
            cols = ((x0 + 4, "l"), (x0 + 66, "l"), (x0 + width - 64, "r"), (x0 + width - 6, "r"))
            y = 72.0
            fill(pdf, navy)
            pdf.rect(x0, y - 12, width, 17, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font(F, "B", 7)
            cells(pdf, y, cols, ["Cod", "Denumire / Description", "1-4 buc.", "5+ buc."])
            black(pdf)
            y += 18
            for vehicle, engine, parts in groups[(page, side)]:
                fill(pdf, (225, 230, 240))
                pdf.rect(x0, y - 10, width, 14, style="F")
                pdf.set_font(F, "B", 8)
                pdf.text(x0 + 4, y, vehicle)
                x_engine = x0 + 14 + pdf.get_string_width(vehicle)
                pdf.set_font(F, "", 7)
                pdf.text(x_engine, y, engine)
                y += 18
                for romanian, english, usual in parts:
                    code = f"AC{words.rng.randrange(10000, 99999)}"
                    one = comma(usual + words.rng.choice((0, 0.5, 0.9)))
                    five = comma(round(usual * 0.9, 1))
                    pdf.set_font(F, "", 7.5)
                    pdf.text(cols[0][0], y, code)
                    pdf.set_font(F, "B", 8)
                    pdf.text(cols[1][0], y, romanian)
                    pdf.set_font(F, "I", 6.5)
                    grey(pdf, 100)
                    pdf.text(cols[1][0], y + 9, english)
                    black(pdf)
                    pdf.set_font(F, "", 8)
                    right(pdf, cols[2][0], y, one)
                    right(pdf, cols[3][0], y, five)
                    rule(pdf, y + 14, 215, x0, x0 + width)
                    truth.products.append(
                        product(
                            f"{romanian} {vehicle}",
                            [code],
                            [one, five],
                            page,
                            aliases=[f"{english} {vehicle}"],
                        )
                    )
                    y += 26
                y += 6
        if page == 2:
            fill(pdf, (255, 236, 170))
            pdf.rect(30, 250, pdf.w - 60, 56, style="F")
            pdf.set_font(F, "B", 10)
            pdf.text(42, 270, "Comandă până la ora 14:00 - livrare a doua zi în toată țara")
            pdf.set_font(F, "", 8)
            pdf.text(
                42,
                286,
                "Order by 2 pm for next-day delivery  ·  Ridicare personală: L-V 8-18, S 9-13",
            )
            pdf.set_font(F, "B", 10)
            pdf.text(30, 336, "Condiții generale / Terms")
            pdf.set_font(F, "", 8)
            terms = [
                "1. Prețurile pentru 5+ buc. se aplică pe același cod și aceeași comandă. "
                "/ Quantity prices apply per code and order.",
                "2. Livrare gratuită peste 300 lei; sub această valoare, transport 19,90 lei. "
                "/ Free delivery over 300 lei.",
                "3. Garanție 24 luni pentru piesele montate în service autorizat, cu factura de "
                "montaj. / 24-month warranty when fitted by an approved garage.",
                "4. Piesele electrice nu se primesc înapoi după montaj. "
                "/ Electrical parts cannot be returned once fitted.",
            ]
            prose(pdf, 30, 354, pdf.w - 60, terms, 11)
        folio(pdf, 30, pdf.w - 30, "AutoPiese Carpați SRL · CUI RO18273645", f"Pagina {page} / 2")
    return pdf


JEWELS_HR = (  # name, material, ct or None, length/size or None, price or None
    (
        ("Prsten Zora", "bijelo zlato 585, briljant", "0,30 ct", 1450.0),
        ("Naušnice Kap", "žuto zlato 585, akvamarin", "1,20 ct", 890.0),
        ("Ogrlica Val", "srebro 925, rodirano", "45 cm", 159.0),
        ("Narukvica Luna", "ružičasto zlato 585", None, 720.0),
        ("Prsten Solitaire Dalmacija", "platina 950, briljant", "1,01 ct", None),
        ("Privjesak Morska zvijezda", "srebro 925, sedef", None, 89.0),
    ),
    (
        ("Vjenčani prsten Klasik", "žuto zlato 585", "4 mm", 540.0),
        ("Vjenčani prsten Sjaj", "bijelo zlato 585, 5 briljanata", "0,10 ct", 780.0),
        ("Naušnice Zvijezda", "bijelo zlato 585, safir", "0,60 ct", 1120.0),
        ("Ogrlica Perla", "slatkovodni biseri, srebrna kopča", None, 249.0),
        ("Broš Šipak", "srebro 925, emajl, granat", None, 135.0),
        ("Prsten Smaragd Kraljica", "žuto zlato 750, smaragd", "2,05 ct", None),
    ),
)


def zlatarna(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Zlatarna Adria - Kolekcija Zima 2026", A4)
    gold = (150, 115, 40)
    intros = (
        "Kolekcija Zima 2026 nastala je u našoj radionici u Zagrebu. Svaki komad ručno je "
        "završen, a kamenje dolazi s certifikatom o podrijetlu.",
        "Vjenčano prstenje izrađujemo po mjeri u roku od tri tjedna; gravura imena i datuma "
        "uključena je u cijenu.",
    )
    codes = iter(f"ZL-{n}" for n in words.rng.sample(range(1000, 10000), 12))
    for page, items in enumerate(JEWELS_HR, start=1):
        pdf.add_page()
        pdf.set_font(F, "B", 16)
        pdf.set_text_color(*gold)
        pdf.text(36, 38, "ZLATARNA ADRIA")
        black(pdf)
        pdf.set_font(F, "", 8)
        right(pdf, pdf.w - 36, 30, "Ilica 48, Zagreb  ·  +385 1 4812 300")
        right(pdf, pdf.w - 36, 42, "Kolekcija Zima 2026")
        rule(pdf, 50, 160, 36, pdf.w - 36)
        pdf.set_font(F, "", 9)
        lines(pdf, 36, 68, 523, intros[page - 1], 12)
        top = 100
        pdf.image(photo(22300 + page, (520, 330)), x=36, y=top, w=523, h=330)
        spots = [
            (90 + (k % 3) * 170 + words.rng.uniform(-30, 30), top + 80 + (k // 3) * 160)
            for k in range(len(items))
        ]
        for k, (x, y) in enumerate(spots, start=1):
            pdf.set_fill_color(255, 255, 255)
            pdf.set_draw_color(*gold)
            pdf.ellipse(x - 9, y - 9, 18, 18, style="DF")
            pdf.set_font(F, "B", 9)
            centre(pdf, x, y + 3.5, str(k))
        y0 = top + 352
        for k, (name, material, carat, price) in enumerate(items, start=1):
            column, row = (k - 1) % 2, (k - 1) // 2
            x, y = 36 + column * 266, y0 + row * 74
            pdf.set_font(F, "B", 14)
            pdf.set_text_color(*gold)
            pdf.text(x, y + 4, str(k))
            black(pdf)
            pdf.set_font(F, "B", 10)
            pdf.text(x + 22, y + 4, name)
            pdf.set_font(F, "", 8)
            detail = material + (f", {carat}" if carat else "")
            pdf.text(x + 22, y + 17, detail)
            code = next(codes)
            grey(pdf, 110)
            pdf.text(x + 22, y + 29, f"Šifra {code}")
            black(pdf)
            pdf.set_font(F, "B", 10)
            prices = []
            if price is None:
                pdf.text(x + 22, y + 44, "Cijena na upit")
            else:
                prices.append(euro(price))
                pdf.text(x + 22, y + 44, euro(price))
            sizes = [carat] if carat else []
            truth.products.append(product(name, [code], prices, page, sizes=sizes))
        if page == 1:
            pdf.set_font(F, "B", 9.5)
            pdf.text(36, 700, "Njega nakita")
            pdf.set_font(F, "", 8.5)
            care = (
                "Nakit čuvajte odvojeno u mekanoj vrećici, daleko od parfema i klora. Srebro "
                "čistite suhom krpicom, a zlato mlakom vodom i blagim sapunom. Jednom godišnje "
                "donesite nakit na besplatnu provjeru kopčica i ležišta kamenja."
            )
            lines(pdf, 36, 716, 523, care, 12)
        if page == 2:
            fill(pdf, (246, 240, 228))
            pdf.rect(36, 690, 523, 92, style="F")
            pdf.set_font(F, "B", 9.5)
            pdf.text(48, 708, "Usluge radionice")
            pdf.set_font(F, "", 8.5)
            services = (
                "Gravura do 20 znakova: 15,00 €   ·   Promjena veličine prstena: od 25,00 €",
                "Čišćenje i poliranje nakita: 10,00 €   ·   Procjena i certifikat: 40,00 €",
            )
            for k, text in enumerate(services):
                pdf.text(48, 726 + k * 14, text)
        folio(
            pdf,
            36,
            pdf.w - 36,
            "Cijene u eurima s PDV-om. Fotografije nisu u stvarnoj veličini. zlatarna-adria.hr",
            f"{page}",
        )
    return pdf


MENU_MS = (  # section, second price column or None, (Malay, English, description, prices)
    (
        "MINUMAN / DRINKS",
        ("Panas", "Ais"),
        (
            ("Kopi O", "Black Coffee", "Kopi tradisional dibancuh dengan mentega", (2.5, 3.0)),
            ("Kopi Susu", "White Coffee", "Dengan susu pekat manis", (3.0, 3.5)),
            ("Teh Tarik", "Pulled Milk Tea", "Ditarik tiga kali", (3.2, 3.8)),
            ("Milo Dinosaur", "Milo Dinosaur", "Ditabur serbuk Milo", (6.5, 7.0)),
            ("Cham", "Coffee and Tea Mix", "Kopi dan teh bersama", (3.2, 3.8)),
            ("Teh Halia", "Ginger Tea", "Halia segar", (3.5, 4.0)),
        ),
    ),
    (
        "SARAPAN / BREAKFAST",
        None,
        (
            ("Roti Bakar Kaya", "Kaya Toast", "Roti arang, kaya pandan, mentega", (4.5,)),
            ("Telur Separuh Masak", "Half-boiled Eggs", "Dua biji, kicap dan lada", (3.8,)),
            ("Nasi Lemak Biasa", "Classic Nasi Lemak", "Sambal, ikan bilis, kacang, telur", (6.9,)),
            ("Roti Canai Banjir", "Flooded Roti Canai", "Kuah dal dan kari ayam", (5.5,)),
            ("Mee Goreng Mamak", "Mamak Fried Noodles", "Tauhu, sotong, telur", (9.9,)),
        ),
    ),
    (
        "HIDANGAN UTAMA / MAINS",
        None,
        (
            (
                "Nasi Lemak Ayam Rempah",
                "Spiced Chicken Nasi Lemak",
                "Ayam goreng berempah",
                (14.9,),
            ),
            (
                "Nasi Goreng Kampung",
                "Village Fried Rice",
                "Ikan bilis, kangkung, telur mata",
                (11.9,),
            ),
            ("Laksa Penang", "Penang Laksa", "Kuah asam ikan, nanas, bunga kantan", (12.5,)),
            ("Mee Kari Ayam", "Chicken Curry Noodles", "Santan, tauhu pok, taugeh", (13.5,)),
            ("Nasi Ayam Hainan", "Hainanese Chicken Rice", "Sup, sos cili halia", (12.9,)),
            ("Kuey Teow Goreng", "Fried Flat Noodles", "Udang, kerang, taugeh", (13.9,)),
        ),
    ),
    (
        "KUIH & PENCUCI MULUT / DESSERTS",
        None,
        (
            ("Cendol Durian", "Durian Cendol", "Santan, gula Melaka, durian", (9.5,)),
            ("Ais Kacang", "Shaved Ice Dessert", "Kacang merah, jagung, cincau", (7.5,)),
            ("Pisang Goreng", "Banana Fritters", "Lima keping, madu", (5.0,)),
            ("Kuih Seri Muka", "Glutinous Rice Kuih", "Dua potong", (3.5,)),
            ("Puding Roti", "Bread Pudding", "Sos kastard vanila", (6.5,)),
        ),
    ),
)


def ringgit(value: float) -> str:
    return f"{value:.2f}"


def kopitiam(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Kopitiam Pak Mat - Menu", A4)
    brown = (110, 60, 20)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font(F, "B", 22)
        pdf.set_text_color(*brown)
        centre(pdf, pdf.w / 2, 46, "Kopitiam Pak Mat")
        black(pdf)
        pdf.set_font(F, "", 8)
        centre(
            pdf,
            pdf.w / 2,
            62,
            "Sejak 1968  ·  No. 21, Jalan Tun Perak, Kuala Lumpur  ·  Tel 03-2691 4455",
        )
        centre(pdf, pdf.w / 2, 74, "Buka setiap hari 7 pagi - 10 malam  ·  Harga dalam RM")
        rule(pdf, 84, 120, 60, pdf.w - 60)
        y = 110.0
        for section, columns, items in MENU_MS[(page - 1) * 2 : page * 2]:
            pdf.set_font(F, "B", 12)
            pdf.set_text_color(*brown)
            pdf.text(60, y, section)
            black(pdf)
            if columns:
                pdf.set_font(F, "B", 8)
                right(pdf, pdf.w - 120, y, columns[0])
                right(pdf, pdf.w - 60, y, columns[1])
            y += 22
            for malay, english, description, prices in items:
                pdf.set_font(F, "B", 10)
                pdf.text(60, y, f"{malay} / {english}" if malay != english else malay)
                printed = [ringgit(p) for p in prices]
                pdf.set_font(F, "", 10)
                if len(printed) == 2:
                    right(pdf, pdf.w - 120, y, printed[0])
                    right(pdf, pdf.w - 60, y, printed[1])
                else:
                    right(pdf, pdf.w - 60, y, printed[0])
                pdf.set_font(F, "", 7.5)
                grey(pdf, 110)
                pdf.text(60, y + 11, description)
                black(pdf)
                aliases = [english] if malay != english else []
                truth.products.append(product(malay, [], printed, page, aliases=aliases))
                y += 30
            y += 16
        if page == 1:
            fill(pdf, (245, 230, 200))
            pdf.rect(60, y, pdf.w - 120, 40, style="F")
            pdf.set_font(F, "B", 9)
            pdf.text(72, y + 17, "Set Sarapan tersedia 7 pagi - 11 pagi setiap hari")
            pdf.set_font(F, "", 8)
            pdf.text(72, y + 31, "Breakfast sets available daily, ask our staff")
        shots = 3 if page == 1 else 2
        for k in range(shots):
            x = 60 + k * (pdf.w - 120) / shots
            pdf.image(
                photo(22400 + page * 10 + k, (200, 140)),
                x=x,
                y=640,
                w=(pdf.w - 120) / shots - 8,
                h=140,
            )
        folio(
            pdf,
            60,
            pdf.w - 60,
            "Harga termasuk SST 6%. Caj perkhidmatan 10% untuk makan di sini. Halal.",
            f"{page}/2",
        )
    return pdf


CONCRETE_SL = (  # family, unit of price, photo note, (column name, dims, mass, per pallet)
    (
        "Betonski robniki",
        "€/kos",
        (
            ("Robnik 8/20", "1000 × 80 × 200", 38, 96),
            ("Robnik 12/25", "1000 × 120 × 250", 68, 60),
            ("Robnik 15/25", "1000 × 150 × 250", 85, 48),
            ("Robnik 18/30", "1000 × 180 × 300", 118, 36),
            ("Vrtni robnik 5/25", "1000 × 50 × 250", 29, 120),
        ),
    ),
    (
        "Tlakovci",
        "€/m²",
        (
            ("Tlakovec Klasik 6", "200 × 100 × 60", 130, 10),
            ("Tlakovec Klasik 8", "200 × 100 × 80", 175, 8),
            ("Tlakovec Mediteran", "240 × 160 × 60", 132, 10),
            ("Tlakovec Eko trava", "600 × 400 × 100", 150, 8),
        ),
    ),
    (
        "Betonske cevi",
        "€/kos",
        (
            ("Cev BC 300", "Ø 300 × 1000", 190, 12),
            ("Cev BC 400", "Ø 400 × 1000", 270, 8),
            ("Cev BC 600", "Ø 600 × 1000", 520, 4),
            ("Cev BC 800", "Ø 800 × 1000", 760, 2),
        ),
    ),
    (
        "Jaški in pokrovi",
        "€/kos",
        (
            ("Jašek JB 600", "Ø 600 × 500", 210, 4),
            ("Jašek JB 800", "Ø 800 × 500", 310, 2),
            ("Jašek JB 1000", "Ø 1000 × 500", 480, 1),
            ("Pokrov AK 600", "Ø 760 × 120", 95, 6),
        ),
    ),
)


def beton(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Prefabrikati Sava - katalog 2026", A4)
    green = (40, 90, 60)

    def header(page: int) -> None:
        pdf.set_font(F, "B", 11)
        pdf.set_text_color(*green)
        pdf.text(36, 30, "PREFABRIKATI SAVA d.o.o.")
        black(pdf)
        pdf.set_font(F, "", 7.5)
        right(pdf, pdf.w - 36, 30, "Tel. 03 712 40 00  ·  prodaja@prefabrikati-sava.si")
        rule(pdf, 38, 140, 36, pdf.w - 36)
        folio(
            pdf,
            36,
            pdf.w - 36,
            "Industrijska cesta 7, 3270 Laško  ·  ID za DDV SI12345678",
            f"stran {page}",
        )

    pdf.add_page()
    header(1)
    pdf.set_font(F, "B", 24)
    pdf.text(36, 90, "Betonski izdelki 2026")
    pdf.image(photo(22500, (500, 260)), x=36, y=110, w=523, h=260)
    pdf.set_font(F, "", 10)
    texts = [
        "Prefabrikati Sava že od leta 1979 izdelujemo betonske izdelke za urejanje okolice, "
        "cestogradnjo in komunalno infrastrukturo. Proizvodnja v Laškem letno izdela več kot "
        "80.000 ton izdelkov.",
        "Vsi izdelki so izdelani v skladu s standardi SIST EN 1340, SIST EN 1338 in SIST EN 1916 "
        "ter imajo izjavo o lastnostih. Kakovost nadzira neodvisni ZAG Ljubljana.",
        "Dostava s kamionom z dvigalom po vsej Sloveniji; manjše količine lahko prevzamete v "
        "skladišču od ponedeljka do sobote.",
    ]
    y = prose(pdf, 36, 400, 523, texts, 14)
    fill(pdf, (228, 240, 232))
    pdf.rect(36, y + 10, 523, 56, style="F")
    pdf.set_font(F, "B", 10)
    pdf.text(50, y + 32, "ISO 9001  ·  ISO 14001  ·  CE  ·  Certifikat ZAG")
    pdf.set_font(F, "", 8.5)
    pdf.text(50, y + 50, "Cene veljajo od 1. 1. 2026 do preklica, brez DDV, franko skladišče.")
    for family, (title, unit, columns) in enumerate(CONCRETE_SL):
        page, part = 2 + family // 2, family % 2
        if part == 0:
            pdf.add_page()
            header(page)
        top = 60 + part * 370
        pdf.set_font(F, "B", 15)
        pdf.set_text_color(*green)
        pdf.text(36, top + 14, title)
        black(pdf)
        pdf.image(photo(22510 + family, (200, 110)), x=36, y=top + 26, w=180, h=100)
        pdf.set_font(F, "", 8.5)
        lines(
            pdf,
            230,
            top + 40,
            329,
            (
                "Robniki iz betona razreda C35/45, odporni proti zmrzovanju in soli. Barva "
                "siva; rdeča in antracit po naročilu.",
                "Tlakovci za dvorišča, parkirišča in pločnike; površina peskana ali gladka. "
                "Ena paleta pokrije navedeno površino.",
                "Cevi z utorom in peresom za meteorno in fekalno kanalizacijo, tesnilo je "
                "priloženo. Nosilnost po SIST EN 1916.",
                "Jaški za revizijo kanalizacije, pokrovi z odprtino za lito železni okvir. "
                "Dno jaška po naročilu.",
            )[family],
            12,
        )
        area = unit == "€/m²"
        mass_label, pallet_label = (
            ("Masa (kg/m²)", "m² na paleti") if area else ("Masa (kg)", "Kosov na paleti")
        )
        labels = ["", "Šifra", "Dimenzije (mm)", mass_label, pallet_label, f"Cena ({unit})"]
        left = 36
        first = 130
        width = (559 - first) / len(columns)
        y = top + 150
        rows = [[], [], [], [], []]
        for name, dims, mass, pallet in columns:
            code = f"{words.rng.randrange(100, 999)}-{words.rng.randrange(10, 99)}"
            request = words.rng.random() < 0.15
            rate = (0.12, 0.11, 0.24, 0.2)[family] * words.rng.uniform(0.9, 1.1)
            price = None if request else comma(round(mass * rate, 2))
            rows[0].append(code)
            rows[1].append(dims)
            rows[2].append(str(mass))
            rows[3].append(str(pallet))
            rows[4].append(price or "na povpraševanje")
            truth.products.append(
                product(name, [code], [price] if price else [], page, sizes=[dims])
            )
        fill(pdf, green)
        pdf.rect(left, y - 13, 523, 19, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(F, "B", 8)
        for k, (name, *_rest) in enumerate(columns):
            centre(pdf, first + width * (k + 0.5), y, name)
        black(pdf)
        for r, label in enumerate(labels[1:]):
            y += 20
            pdf.set_font(F, "B", 7.5)
            pdf.text(left + 4, y, label)
            pdf.set_font(F, "", 8)
            for k, value in enumerate(rows[r]):
                centre(pdf, first + width * (k + 0.5), y, value)
            rule(pdf, y + 6, 200, left, 559)
        pdf.set_font(F, "", 7)
        grey(pdf, 100)
        pdf.text(left, y + 22, "Paleta se zaračuna 12,00 € in se ob vračilu dobropiše.")
        black(pdf)
    pdf.set_font(F, "B", 9)
    pdf.text(36, 760, "Dostava")
    pdf.set_font(F, "", 8)
    lines(
        pdf,
        36,
        774,
        523,
        "Prevoz s kamionom z dvigalom do 30 km: 85,00 € na vožnjo; vsak nadaljnji km 1,60 €. "
        "Naročila sprejemamo do 12. ure za dostavo naslednji delovni dan.",
        11,
    )
    return pdf


WHOLESALE_SW = (  # category, (name, size, pack count, usual piece price TSh)
    (
        "VYAKULA VIKAVU / DRY FOODS",
        (
            ("Unga wa Mahindi Dona", "2 kg", 10, 3800),
            ("Unga wa Ngano Azam", "2 kg", 10, 4200),
            ("Mchele Kyela Daraja la Kwanza", "5 kg", 4, 17500),
            ("Sukari Nyeupe Kilombero", "1 kg", 20, 3000),
            ("Maharage ya Njano", "1 kg", 20, 3600),
            ("Tambi za Mayai", "400 g", 24, 1500),
        ),
    ),
    (
        "MAFUTA NA VIUNGO / OILS & SPICES",
        (
            ("Mafuta ya Alizeti Safi", "3 l", 6, 21000),
            ("Mafuta ya Kupikia Korie", "1 l", 12, 7500),
            ("Chumvi ya Mezani", "500 g", 24, 700),
            ("Pilipili Manga Iliyosagwa", "100 g", 24, 2500),
            ("Masala ya Pilau", "50 g", 48, 1200),
        ),
    ),
    (
        "VINYWAJI / DRINKS",
        (
            ("Maji ya Kunywa Uhai", "1,5 l", 12, 1000),
            ("Juisi ya Embe Azam", "1 l", 12, 3500),
            ("Chai ya Majani Simba", "250 g", 24, 2800),
            ("Kahawa ya Kilimanjaro", "250 g", 12, 9500),
            ("Soda ya Machungwa", "350 ml", 24, 700),
        ),
    ),
    (
        "USAFI / CLEANING",
        (
            ("Sabuni ya Unga Foma", "1 kg", 12, 5200),
            ("Sabuni ya Mche Jamaa", "800 g", 24, 3500),
            ("Dawa ya Vyombo Limau", "500 ml", 12, 2800),
            ("Karatasi za Chooni", "roli 10", 6, 6500),
        ),
    ),
)


def shilingi(value: int) -> str:
    return f"{value:,}"


def jumla(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Orodha ya Bei - Jumla Bora", A4)
    teal = (0, 110, 110)
    cols = ((32, "l"), (78, "l"), (246, "l"), (330, "r"), (346, "l"), (482, "r"), (563, "r"))
    heads = ["Msimbo", "Bidhaa", "Ujazo", "Kwa katoni", "EAN", "Bei/Katoni", "Bei/Kipande"]

    def header(page: int) -> float:
        fill(pdf, teal)
        pdf.rect(0, 0, pdf.w, 54, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(F, "B", 18)
        pdf.text(32, 30, "JUMLA BORA LTD")
        pdf.set_font(F, "", 7.5)
        pdf.text(32, 44, "Orodha ya bei za jumla · Desemba 2026 · Bei kwa TSh, VAT imejumuishwa")
        right(pdf, pdf.w - 32, 30, "Simu: +255 22 286 4400")
        right(pdf, pdf.w - 32, 44, "Kariakoo, Dar es Salaam")
        black(pdf)
        pdf.set_font(F, "B", 7.5)
        cells(pdf, 76, cols, heads)
        rule(pdf, 81, 60, 32, 563)
        folio(
            pdf,
            32,
            563,
            "Bei zinaweza kubadilika bila taarifa. Oda ya chini: katoni 5.",
            f"Ukurasa {page}",
        )
        return 94.0

    page = 1
    pdf.add_page()
    y = header(page)
    for category, items in WHOLESALE_SW:
        if y > 700:
            page += 1
            pdf.add_page()
            y = header(page)
        fill(pdf, (210, 235, 235))
        pdf.rect(32, y - 10, 531, 15, style="F")
        pdf.set_font(F, "B", 8)
        pdf.text(36, y, category)
        y += 18
        for k, (name, size, count, usual) in enumerate(items):
            if y > 780:
                page += 1
                pdf.add_page()
                y = header(page)
            piece = usual + words.rng.choice((0, 50, 100, -50))
            carton = piece * count - words.rng.choice((0, 500, 1000))
            code = f"JB-{words.rng.randrange(1000, 9999)}"
            barcode = ean(words, "620")
            if k % 2:
                fill(pdf, (244, 244, 244))
                pdf.rect(32, y - 10, 531, 15, style="F")
            pdf.set_font(F, "", 7.5)
            values = [code, name, size, str(count), barcode, shilingi(carton), shilingi(piece)]
            cells(pdf, y, cols, values)
            truth.products.append(
                product(
                    name, [code, barcode], [shilingi(carton), shilingi(piece)], page, sizes=[size]
                )
            )
            y += 16
        y += 8
    pdf.set_font(F, "B", 9)
    pdf.text(32, y + 14, "Masharti ya mauzo")
    pdf.set_font(F, "", 8)
    terms = (
        "Malipo ni taslimu, M-Pesa au benki kabla ya kupakia mzigo. Usafirishaji ndani ya Dar es "
        "Salaam ni bure kwa oda zaidi ya TSh 500,000. Bidhaa zilizoharibika zirudishwe ndani ya "
        "siku 3 pamoja na risiti."
    )
    lines(pdf, 32, y + 30, 531, terms, 11)
    return pdf


# === non-catalogs ==============================================================================


def diagonismos(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Ανακοίνωση κατακύρωσης", A4)
    pdf.add_page()
    pdf.set_font(F, "B", 10)
    pdf.text(36, 40, "ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ")
    pdf.set_font(F, "", 9)
    pdf.text(36, 54, "ΔΗΜΟΣ ΘΕΡΜΑΪΚΟΥ  ·  Διεύθυνση Οικονομικών Υπηρεσιών")
    right(pdf, pdf.w - 36, 40, "Αρ. πρωτ.: 18422")
    right(pdf, pdf.w - 36, 54, "Περαία, 4 Δεκεμβρίου 2026")
    pdf.set_font(F, "B", 13)
    centre(pdf, pdf.w / 2, 96, "ΑΝΑΚΟΙΝΩΣΗ ΑΠΟΤΕΛΕΣΜΑΤΟΣ ΔΙΑΓΩΝΙΣΜΟΥ")
    pdf.set_font(F, "", 9.5)
    text = [
        "Ο Δήμος Θερμαϊκού ανακοινώνει ότι με την υπ' αριθ. 312/2026 απόφαση της Οικονομικής "
        "Επιτροπής κατακυρώθηκε ο ανοικτός ηλεκτρονικός διαγωνισμός για την «Προμήθεια "
        "εξοπλισμού πληροφορικής και γραφείου» (ΑΔΑΜ 26PROC018223344), συνολικού "
        "προϋπολογισμού 148.800,00 € με ΦΠΑ, με κριτήριο την πλέον συμφέρουσα από οικονομική "
        "άποψη προσφορά βάσει τιμής.",
        "Τα τμήματα κατακυρώθηκαν ως εξής (ποσά χωρίς ΦΠΑ):",
    ]
    y = prose(pdf, 36, 124, 523, text, 13)
    lots = (
        ("1", 'Φορητοί υπολογιστές 15,6" (40 τεμ.)', "30213100-6", "Τεχνοδομή Α.Ε.", 27840.0),
        ("2", 'Οθόνες 27" QHD (60 τεμ.)', "30231310-3", "Infoline Ο.Ε.", 11460.0),
        ("3", "Πολυμηχανήματα A3 (6 τεμ.)", "30232110-8", "Γραφοτεχνική Ε.Π.Ε.", 14220.0),
        ("4", "Καρέκλες εργασίας (80 τεμ.)", "39112000-0", "Έπιπλο Βορρά Α.Ε.", 13600.0),
        ("5", "Ερμάρια αρχειοθέτησης (25 τεμ.)", "39122000-3", "Έπιπλο Βορρά Α.Ε.", 6875.0),
        ("6", "Διακομιστής και UPS (1 σύστημα)", "48820000-2", "—", 0.0),
    )
    cols = ((40, "l"), (62, "l"), (268, "l"), (345, "l"), (555, "r"))
    y += 10
    pdf.set_font(F, "B", 8)
    cells(pdf, y, cols, ["Τμ.", "Περιγραφή", "CPV", "Ανάδοχος", "Ποσό (€)"])
    rule(pdf, y + 5, 60, 36, 559)
    pdf.set_font(F, "", 8)
    total = 0.0
    for lot, what, cpv, winner, amount in lots:
        y += 17
        total += amount
        shown = comma(amount) if amount else "άγονο"
        cells(pdf, y, cols, [lot, what, cpv, winner, shown])
        rule(pdf, y + 6, 210, 36, 559)
    y += 18
    pdf.set_font(F, "B", 8)
    cells(pdf, y, cols, ["", "Σύνολο", "", "", comma(total)])
    pdf.set_font(F, "", 9.5)
    more = [
        "Το τμήμα 6 κηρύχθηκε άγονο λόγω μη υποβολής προσφορών και θα επαναληφθεί με "
        "διαπραγμάτευση. Κατά της απόφασης χωρεί προδικαστική προσφυγή ενώπιον της ΑΕΠΠ εντός "
        "δέκα (10) ημερών από την κοινοποίησή της.",
        "Πληροφορίες: Γραφείο Προμηθειών, κα Μ. Παπαδοπούλου, τηλ. 2392 3 30412, "
        "promitheies@thermaikos.gr.",
    ]
    prose(pdf, 36, y + 30, 523, more, 13)
    pdf.set_font(F, "", 9)
    centre(pdf, 430, 700, "Ο Δήμαρχος")
    centre(pdf, 430, 740, "Ιωάννης Καραγιάννης")
    folio(pdf, 36, pdf.w - 36, "Δήμος Θερμαϊκού · Δημαρχείου 1, 57019 Περαία", "1/1")
    return pdf


def museu(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Museu d'Art de Girona - Guia de sales", A4)
    rooms = (
        (
            "Sala 4  ·  El gòtic català",
            (
                (
                    "Retaule de Sant Miquel",
                    "Taller de Lluís Borrassà",
                    "c. 1410",
                    "Tremp i or sobre fusta",
                    "212 × 165 cm",
                    "MAG 004521",
                ),
                (
                    "Mare de Déu de l'Esperança",
                    "Anònim gironí",
                    "c. 1380",
                    "Alabastre policromat",
                    "96 × 38 × 25 cm",
                    "MAG 001177",
                ),
                (
                    "Frontal d'altar de Sant Pere",
                    "Mestre de Sant Pere",
                    "s. XIV",
                    "Tremp sobre fusta",
                    "98 × 174 cm",
                    "MAG 000934",
                ),
                (
                    "Creu processional",
                    "Taller d'orfebreria de Girona",
                    "1432",
                    "Argent daurat i esmalts",
                    "64 × 41 cm",
                    "MAG 003308",
                ),
            ),
        ),
        (
            "Sala 9  ·  Segle XIX i modernisme",
            (
                (
                    "Paisatge de Sant Feliu",
                    "Joaquim Vayreda",
                    "1886",
                    "Oli sobre tela",
                    "78 × 112 cm",
                    "MAG 102245",
                ),
                (
                    "La collita",
                    "Modest Urgell",
                    "1890",
                    "Oli sobre tela",
                    "65 × 98 cm",
                    "MAG 102310",
                ),
                (
                    "Vas amb libèl·lules",
                    "Antoni Serra Fiter",
                    "c. 1905",
                    "Gres esmaltat",
                    "42 × 18 cm",
                    "MAG 207781",
                ),
                (
                    "Retrat de dona",
                    "Ramon Casas",
                    "1903",
                    "Carbó i pastel sobre paper",
                    "61 × 47 cm",
                    "MAG 102498",
                ),
            ),
        ),
    )
    for page, (room, works) in enumerate(rooms, start=1):
        pdf.add_page()
        pdf.set_font(F, "", 8)
        pdf.text(36, 30, "MUSEU D'ART DE GIRONA  ·  Guia de sales")
        right(pdf, pdf.w - 36, 30, "Pujada de la Catedral, 12  ·  972 20 38 34")
        rule(pdf, 38, 150, 36, pdf.w - 36)
        pdf.set_font(F, "B", 18)
        pdf.text(36, 70, room)
        pdf.set_font(F, "", 9.5)
        intro = (
            "Les obres d'aquesta sala provenen majoritàriament d'esglésies de les comarques "
            "gironines i van ingressar al museu entre 1869 i 1936. Els números d'inventari "
            "permeten consultar-ne la fitxa completa al catàleg en línia."
        )
        y = lines(pdf, 36, 92, 523, intro, 13) + 10
        for k, (title, author, date, technique, dims, inventory) in enumerate(works):
            x = 36 + (k % 2) * 266
            yy = y + (k // 2) * 250
            pdf.image(photo(22800 + page * 10 + k, (200, 160)), x=x, y=yy, w=250, h=160)
            pdf.set_font(F, "B", 10)
            pdf.text(x, yy + 178, title)
            pdf.set_font(F, "", 8)
            pdf.text(x, yy + 191, f"{author}, {date}")
            pdf.text(x, yy + 202, f"{technique}  ·  {dims}")
            grey(pdf, 100)
            pdf.text(x, yy + 213, f"Núm. inv. {inventory}")
            black(pdf)
        if page == 1:
            pdf.set_font(F, "", 9.5)
            visit = [
                "El retaule de Sant Miquel, restaurat el 2019, es mostra amb la predel·la original "
                "per primera vegada des de 1936. La visita comentada de la sala surt cada dissabte "
                "a les 12 h des del vestíbul.",
                "La botiga del museu ofereix el catàleg de la col·lecció gòtica (edició 2024) i "
                "reproduccions de les obres exposades.",
            ]
            prose(pdf, 36, 650, 523, visit, 13)
        if page == 2:
            fill(pdf, (238, 232, 220))
            pdf.rect(36, 640, 523, 140, style="F")
            pdf.set_font(F, "B", 10)
            pdf.text(48, 660, "Horaris i entrades")
            pdf.set_font(F, "", 8.5)
            info = (
                "De dimarts a dissabte, de 10 a 19 h; diumenges i festius, de 10 a 14 h.",
                "Entrada general 6,00 €  ·  Reduïda 3,00 €  ·  Menors de 16 anys gratuïta",
                "Entrada combinada amb el Museu d'Història: 9,00 €",
                "Primer diumenge de cada mes, entrada gratuïta.",
                "Audioguia en català, castellà, anglès i francès: 2,00 €",
            )
            for k, text in enumerate(info):
                pdf.text(48, 680 + k * 16, text)
        folio(pdf, 36, pdf.w - 36, "Agència Catalana del Patrimoni Cultural", str(page + 13))
    return pdf


def tarife(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Tarife energie electrică 2026", A4)
    pdf.add_page()
    pdf.set_font(F, "B", 12)
    pdf.text(36, 40, "ELECTRO-NORD FURNIZARE S.A.")
    pdf.set_font(F, "", 8)
    pdf.text(36, 54, "Furnizor de ultimă instanță  ·  Licența ANRE nr. 2215")
    right(pdf, pdf.w - 36, 40, "Call center: 0800 500 333")
    right(pdf, pdf.w - 36, 54, "În vigoare de la 1 ianuarie 2026")
    rule(pdf, 62, 120, 36, pdf.w - 36)
    pdf.set_font(F, "B", 14)
    pdf.text(36, 92, "Prețuri pentru clienții casnici")
    pdf.set_font(F, "", 9.5)
    y = lines(
        pdf,
        36,
        114,
        523,
        "Prețurile de mai jos includ componenta de furnizare, tarifele de transport și "
        "distribuție și serviciile de sistem; nu includ acciza, certificatele verzi, "
        "contribuția de cogenerare și TVA 19%, care se adaugă pe factură.",
        13,
    )
    tables = (
        (
            "Tabelul 1. Tarife de energie activă",
            ["Cod tarif", "Tip tarif", "Interval orar", "lei/kWh"],
            (
                ("CR-M", "Monom simplu", "00-24", "0,8934"),
                ("CR-2Z", "Diferențiat zi", "07-22", "0,9821"),
                ("CR-2N", "Diferențiat noapte", "22-07", "0,6315"),
                ("CS-V", "Social, consum sub 900 kWh/an", "00-24", "0,6802"),
            ),
        ),
        (
            "Tabelul 2. Alte componente",
            ["Cod", "Componentă", "Unitate", "Valoare"],
            (
                ("CV", "Certificate verzi", "lei/kWh", "0,0523"),
                ("CG", "Contribuție cogenerare", "lei/kWh", "0,0037"),
                ("AC", "Acciză", "lei/MWh", "5,61"),
                ("AB", "Abonament lunar", "lei/lună", "5,00"),
            ),
        ),
    )
    cols = ((40, "l"), (120, "l"), (360, "l"), (555, "r"))
    for title, heads, rows in tables:
        y += 14
        pdf.set_font(F, "B", 9)
        pdf.text(36, y, title)
        y += 18
        pdf.set_font(F, "B", 8)
        cells(pdf, y, cols, heads)
        rule(pdf, y + 5, 60, 36, 559)
        pdf.set_font(F, "", 8.5)
        for row in rows:
            y += 16
            cells(pdf, y, cols, list(row))
            rule(pdf, y + 5, 210, 36, 559)
        y += 16
    pdf.set_font(F, "B", 10)
    pdf.text(36, y + 10, "Exemplu de calcul")
    pdf.set_font(F, "", 9.5)
    example = (
        "Pentru un consum lunar de 175 kWh la tariful CR-M: 175 × 0,8934 = 156,35 lei, plus "
        "certificate verzi 9,15 lei, cogenerare 0,65 lei, acciză 0,98 lei și abonament 5,00 lei; "
        "total fără TVA 172,13 lei, TVA 32,70 lei, de plată 204,83 lei."
    )
    y = lines(pdf, 36, y + 28, 523, example, 13)
    notes = (
        "Schimbarea tarifului se poate solicita o dată la 12 luni, gratuit, la orice punct de "
        "informare sau pe www.electronord.ro. Reclamațiile privind facturarea se soluționează "
        "în 30 de zile."
    )
    lines(pdf, 36, y + 12, 523, notes, 13)
    folio(pdf, 36, pdf.w - 36, "Electro-Nord Furnizare S.A. · CUI RO14455667 · Iași", "Pag. 1")
    return pdf


def vidklykannia(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Повідомлення про відкликання продукції", A4)
    pdf.add_page()
    fill(pdf, (200, 20, 20))
    pdf.rect(0, 0, pdf.w, 60, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font(F, "B", 18)
    pdf.text(36, 38, "ВІДКЛИКАННЯ ПРОДУКЦІЇ")
    pdf.set_font(F, "", 8)
    right(pdf, pdf.w - 36, 38, "4 грудня 2026 року")
    black(pdf)
    pdf.set_font(F, "", 10)
    text = [
        "ТОВ «Молочна Долина» з метою безпеки споживачів добровільно відкликає з продажу "
        "наведені нижче партії продукції, у яких лабораторний контроль виявив можливу "
        "присутність бактерій Listeria monocytogenes.",
        "Відкликання погоджено з Держпродспоживслужбою. Інші партії та інші продукти "
        "виробника не підпадають під відкликання і можуть безпечно вживатися.",
    ]
    y = prose(pdf, 36, 90, 523, text, 14)
    pdf.image(photo(22900, (240, 180)), x=36, y=y + 4, w=200, h=150)
    facts = (
        ("Продукт", "Сир м'який «Карпатський» 45%"),
        ("Фасування", "250 г, вакуумна упаковка"),
        ("Штрихкод EAN", "4820012345678"),
        ("Номери партій", "L2611-03, L2611-07, L2612-01"),
        ("Вжити до", "з 18.12.2026 по 24.12.2026"),
        ("Роздрібна ціна", "89,90 грн"),
    )
    pdf.set_font(F, "", 9)
    for k, (label, value) in enumerate(facts):
        yy = y + 20 + k * 22
        pdf.set_font(F, "B", 8.5)
        pdf.text(252, yy, label)
        pdf.set_font(F, "", 9)
        pdf.text(360, yy, value)
        rule(pdf, yy + 7, 210, 252, 559)
    y += 175
    pdf.set_font(F, "B", 11)
    pdf.text(36, y, "Що робити споживачам")
    steps = [
        "1. Не вживайте продукт із зазначеними номерами партій.",
        "2. Поверніть упаковку до магазину, де її було придбано: вам повернуть повну вартість "
        "(89,90 грн за упаковку) навіть без чека.",
        "3. Якщо після вживання з'явилися температура, біль у м'язах або розлад травлення, "
        "зверніться до лікаря.",
    ]
    pdf.set_font(F, "", 10)
    y = prose(pdf, 36, y + 20, 523, steps, 14)
    pdf.set_font(F, "", 9)
    lines(
        pdf,
        36,
        y + 10,
        523,
        "Гаряча лінія виробника: 0 800 210 450 (щодня 8:00-20:00), info@molochna-dolyna.ua. "
        "Перелік магазинів, які отримали партії: сайт виробника, розділ «Новини».",
        12,
    )
    folio(pdf, 36, pdf.w - 36, "ТОВ «Молочна Долина» · Вінниця, вул. Промислова, 5", "1")
    return pdf


# === the batch =================================================================================

BLIND_22 = ("agora", "tekhnosvit", "piese", "zlatarna", "kopitiam", "beton", "jumla")
BLIND_22_NON_CATALOGS = ("diagonismos", "museu", "tarife", "vidklykannia")
LAYOUTS_22 = BLIND_22 + BLIND_22_NON_CATALOGS
SCAN_DPI_22 = {"agora": 200, "tekhnosvit": 150, "piese": 300, "zlatarna": 200, "kopitiam": 200}
SCAN_DPI_22 |= {"beton": 250, "jumla": 300}
SCAN_DPI_22 |= {"diagonismos": 200, "museu": 150, "tarife": 250, "vidklykannia": 200}
LANGUAGE_22 = {"agora": "el", "tekhnosvit": "uk", "piese": "ro", "zlatarna": "hr", "kopitiam": "ms"}
LANGUAGE_22 |= {"beton": "sl", "jumla": "sw", "diagonismos": "el", "museu": "ca"}
LANGUAGE_22 |= {"tarife": "ro", "vidklykannia": "uk"}
LOCALES_22 = {"en": "en_GB", "el": "el_GR", "uk": "uk_UA", "ro": "ro_RO", "hr": "hr_HR"}
LOCALES_22 |= {"ms": "en_MS", "sl": "sl_SI", "sw": "en_GB", "ca": "es_ES"}
SEED_22 = 22000
MAKERS_22: dict[str, Callable[[Words, Truth], FPDF]] = {
    "agora": agora,
    "tekhnosvit": tekhnosvit,
    "piese": piese,
    "zlatarna": zlatarna,
    "kopitiam": kopitiam,
    "beton": beton,
    "jumla": jumla,
    "diagonismos": diagonismos,
    "museu": museu,
    "tarife": tarife,
    "vidklykannia": vidklykannia,
}

# registered beside the earlier batches, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["22"] = Batch(
    LAYOUTS_22, BLIND_22, MAKERS_22, SEED_22, LANGUAGE_22, LOCALES_22, SCAN_DPI_22
)
