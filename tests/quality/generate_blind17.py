"""Blind batch 17: catalogs and look-alikes a PDF service receives, written WITHOUT the engine.

Bench figures, never test floors: only ``bench/quality.py --layouts blind17`` writes them, and the
batch is meant to be scored ONCE, at the end, as an honest estimate on catalogs nobody tuned on.
Nobody who wrote it read ``pdfqueue.engines`` (``catalog*``, ``layout*``, ``ocr*``,
``products*``, ``bills*``, ``words*``), nor ran the engine or the bench on it; its forms are
unlike every earlier batch's (1-16).

What counts as a product (what a careful human labeller would list): a thing the document
offers, ONCE, named as printed; its codes, prices and sizes as printed (prices in printed
order, an offer price before the struck one it replaces). Section headings, categories, brands,
legends, column headings, stock statuses, group summaries, charges, notes and totals are not.
Where variants have a code of their own, each is a product named family + variant as a
labeller writes it; where sizes have NO code of their own (pots of one plant, sizes of one
bouquet), the item is one product with one price per size, in printed order, and those sizes as
its sizes. An item shown twice (a garment in two looks) is listed once, on its first page. Per
layout (files ``b17-<layout>``; seeds ``SEED_17`` + index):

- ``rautakauppa``: a Finnish hardware catalogue (A4, DejaVu): per family a bold name over a
  blue rule and a feature line, the PHOTO ON THE LEFT and on the right a TRANSPOSED variant
  table: row labels down its first column (Tuotenro | Koko | one property of the family |
  Myyntierä | Hinta €) and ONE COLUMN PER VARIANT; three families a page. A variant column is a
  product named family + size ("Kiila-ankkuri A4 M10 × 90"), its code the Tuotenro, its size
  the Koko, its price the Hinta.
- ``hagesenter``: a Norwegian garden centre's plant price list (A4, Helvetica): section rows
  ("Stauder", "Roser"), a ruled table whose pot-size column heads are printed TURNED 90°
  ("P11", "2 liter" ... "25 liter"), the plant cell "Latin name - norsk navn" (Latin in
  italics), Sone "H4", Høyde "40-60 cm", then a price per pot size in whole kroner, "-" where
  that pot is not sold. A plant is ONE product named by its Latin name (the Norwegian name an
  alias), prices left to right, sizes the pots they are for.
- ``eshop``: a Slovak web shop's ADMIN PRODUCT EXPORT printed on A4 landscape (DejaVu
  Condensed, 7 pt): the export's filter and time stamp, a zebra table # | Kód | EAN | Názov
  produktu | Kategória ("Záhrada › Zavlažovanie") | Sklad (coloured status: "Skladom (24 ks)",
  "Na objednávku", "Vypredané") | Cena bez DPH | Cena s DPH | DPH; header repeated, "Strana 1
  / 2". A row is a product (sold out or not) named by Názov; codes the Kód and the EAN; prices
  without then with VAT.
- ``grossist``: a Swedish food-service wholesaler's weekly price list (A4, Helvetica, 7.5 pt):
  group bands, Art.nr | Benämning | Varumärke | Förp. ("10 × 2 kg") | Pris/kolli | À-pris |
  Jmf-pris ("14,48 kr/kg"), and after each group a grey SUMMARY line ("Torrvaror: 8 artiklar ·
  snittpris/kolli 312,40 kr"). A row is a product named by Benämning; its code the Art.nr; its
  prices the case price then the unit price; its size the pack. The comparison price (per kg or
  litre, not the price of anything sold) and the group summaries are not.
- ``mailshot``: a British homeware shop's sale E-MAIL PRINTED FROM A MAIL CLIENT (A4): the
  client's From / Sent / To / Subject block, then the e-mail's narrow centred column: logo,
  "View in browser", a banner, products TWO-UP (photo, bold name, a line of copy, the sale price
  "£59.00" then "was £85.00" struck, or "New in £18.00", a "SHOP NOW" button), delivery and
  unsubscribe small print. A block is a product (no codes); its prices the sale price then the
  struck one.
- ``dnevna``: a Slovenian furniture store's "shop the room" pages (A4 landscape, DejaVu): a room
  DRAWN with vector shapes (sofa, chair, lamp, table, rug, shelf, plants, pictures), numbered
  circles on the pieces, and below it a ruled KEY TABLE Št. | Izdelek | Material / barva | Mere
  (cm) | Šifra | Cena, some rows with a sale price and the struck regular one. A numbered row is
  a product named by its Izdelek cell ("Kavč Lina, trosed"); code the Šifra; size the
  dimensions.
- ``floristeria``: a Catalan florist's catalogue (A4, Helvetica, 2 x 3 cards a page): a photo,
  the bold name ("Ram Mediterrani"), the flowers in italics, "Ref. FL-2043" and ONE LINE OF
  SIZE-PRICE PAIRS ("Petit 29,90 € · Mitjà 39,90 € · Gran 49,90 €"; "Mida única 34,90 €").
  A card is ONE product; its prices in printed order; its sizes the size words. The delivery
  charge in the footer is not.
- ``majas``: a Latvian farm shop's price list typed in a WORD PROCESSOR (A4, DejaVu): a centred
  letterhead, bold underlined headings, BULLET LINES "Liepu medus, 500 g – 7,50 €" and
  multi-size lines "Ziedu medus: 250 g – 4,20 €; 1 kg – 13,50 €", a few "€/kg" prices, the
  delivery terms as prose and one bullet "Piegāde ... – 5,00 €" under "Piegāde" (a charge, not a
  product). A bullet is a product named by its text before the comma or colon; prices in
  printed order; sizes the weights or volumes.
- ``looks``: an Australian fashion label's lookbook (A4): a cover with prose (no product), then a
  look a page: a tall photo on the left with "LOOK 03", on the right "Shop the look" and two or
  three garments: "Style 24-1187" in grey, the bold name, "Colourways: Sand · Sage · Ink" with
  drawn dots, "Sizes 6-16", "$89.95". A garment is a product (code its style number, size its
  size range); two garments appear in two looks each and are listed ONCE, on their first page.

Batch 17 non-catalogs (truth: no products): ``tarjous`` (a Finnish sales quotation to one
customer: lines with product codes, quantities, unit prices, discounts, VAT and the total, its
validity and terms), ``hire`` (an Australian equipment hire agreement: assets hired with asset
numbers, day and week rates, days, damage waiver, deposit, GST, conditions and signatures),
``vendas`` (a Portuguese café's daily sales report by article from its till: article codes,
names, quantities sold, unit prices, totals by family, VAT summary, payment methods),
``produktblad`` (a Swedish EU product information sheet for one dishwasher: the supplier, the
model identifier, energy and water figures; no price), ``landed`` (a British importer's landed
cost calculation for one shipment: supplier references, FOB prices in dollars, freight and duty
allocated, landed cost per unit, target retail prices and margins).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 17 [--scanned]
"""

from __future__ import annotations

from collections.abc import Callable

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo
from generate_blind import Batch, product, right, sized_pdf
from generate_blind6 import comma, strike
from generate_blind9 import black, centre, grey
from generate_blind11 import cells, rule
from generate_blind12 import paragraph
from generate_blind15 import A4_LANDSCAPE, fill
from generate_blind16 import dejavu_pdf, ean

# === catalogs ==================================================================================

HARDWARE = (
    (
        "Puuruuvi uppokanta, sinkitty",
        "Torx-kolo, jyrsivä kanta ja viiltokärki: ei esiporausta havupuuhun.",
        "Pituus",
        (("4,0 × 30", "30 mm"), ("4,0 × 40", "40 mm"), ("5,0 × 50", "50 mm")),
        (("5,0 × 70", "70 mm"), ("6,0 × 90", "90 mm")),
        "200 kpl",
        (9.9, 31.9),
    ),
    (
        "Kiila-ankkuri A4",
        "Haponkestävä, betoniin C20/25–C50/60, ETA-hyväksytty.",
        "Porareikä",
        (("M8 × 75", "Ø 8 mm"), ("M10 × 90", "Ø 10 mm"), ("M12 × 100", "Ø 12 mm")),
        (("M16 × 125", "Ø 16 mm"),),
        "10 kpl",
        (14.9, 44.9),
    ),
    (
        "Jakoavain Ergo",
        "Kromivanadiumterästä, mitta-asteikko leuassa, kaksikomponenttikahva.",
        "Leuan avaus",
        (("150 mm", "20 mm"), ("200 mm", "27 mm"), ("250 mm", "30 mm")),
        (("300 mm", "34 mm"),),
        "1 kpl",
        (16.9, 36.9),
    ),
    (
        "Vesivaaka alumiini",
        "Kaksi iskunkestävää päätyä, tarkkuus 0,5 mm/m, magneettipohja.",
        "Libellit",
        (("40 cm", "2"), ("60 cm", "2"), ("80 cm", "3")),
        (("100 cm", "3"), ("120 cm", "3")),
        "1 kpl",
        (19.9, 54.9),
    ),
    (
        "Nippuside musta UV",
        "Polyamidi 6.6, UV-suojattu ulkokäyttöön, käyttölämpö -40…+85 °C.",
        "Vetolujuus",
        (("2,5 × 100", "8 kg"), ("3,6 × 200", "18 kg"), ("4,8 × 300", "22 kg")),
        (("7,6 × 450", "55 kg"),),
        "100 kpl",
        (3.9, 14.9),
    ),
    (
        "Timanttilaikka betonille",
        "Segmentoitu laikka kulmahiomakoneeseen, kuiva- ja märkäleikkaus.",
        "Segmentti",
        (("Ø 115 mm", "10 mm"), ("Ø 125 mm", "10 mm"), ("Ø 180 mm", "10 mm")),
        (("Ø 230 mm", "10 mm"),),
        "1 kpl",
        (24.9, 69.9),
    ),
)


def rautakauppa(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Rautakauppa Kuusela - Kiinnitys ja käsityökalut 2026", A4)
    labels = ("Tuotenro", "Koko", "", "Myyntierä", "Hinta €")
    for page, families in enumerate((HARDWARE[:3], HARDWARE[3:]), 1):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 15)
        pdf.text(40, 44, "RAUTAKAUPPA KUUSELA")
        pdf.set_font("DejaVu", "", 8.5)
        grey(pdf, 90)
        right(pdf, 555, 44, "Kiinnitys ja käsityökalut · Hinnat sis. alv 25,5 %")
        black(pdf)
        fill(pdf, (235, 170, 0))
        pdf.rect(40, 52, 515, 3, style="F")
        y = 92.0
        for family, feature, extra, first, more, pack, (low, high) in families:
            variants = first + more
            pdf.set_font("DejaVu", "B", 12.5)
            pdf.text(40, y, family)
            pdf.set_draw_color(20, 70, 140)
            pdf.set_line_width(0.8)
            pdf.line(40, y + 5, 555, y + 5)
            pdf.set_line_width(0.2)
            pdf.set_font("DejaVu", "", 8)
            grey(pdf, 70)
            pdf.text(40, y + 18, feature)
            black(pdf)
            pdf.image(photo(17050 + len(truth.products), (220, 170)), x=40, y=y + 28, w=180, h=140)
            x0, label_w = 240.0, 78.0
            col_w = (555 - x0 - label_w) / len(variants)
            ty = y + 42
            step = 22.0
            prices, codes = [], []
            for k in range(len(variants)):
                value = low + (high - low) * k / max(1, len(variants) - 1)
                prices.append(comma(round(value) - 0.1))
                codes.append(str(words.rng.randrange(1100000, 1999999)))
            rows = (codes, [v[0] for v in variants], [v[1] for v in variants])
            rows += ([pack] * len(variants), prices)
            for r, (label, values) in enumerate(zip(labels, rows, strict=True)):
                if r % 2 == 0:
                    fill(pdf, (238, 242, 248))
                    pdf.rect(x0, ty - 14, 555 - x0, step, style="F")
                pdf.set_font("DejaVu", "B", 7.5)
                pdf.text(x0 + 5, ty, label or extra)
                pdf.set_font("DejaVu", "B" if r == 4 else "", 8 if r != 4 else 9)
                for k, value in enumerate(values):
                    centre(pdf, x0 + label_w + col_w * (k + 0.5), ty, value)
                ty += step
            pdf.set_draw_color(180, 180, 190)
            pdf.rect(x0, y + 28, 555 - x0, step * 5)
            for k in range(len(variants)):
                cx = x0 + label_w + col_w * k
                pdf.line(cx, y + 28, cx, y + 28 + step * 5)
            for (size, _), code, price in zip(variants, codes, prices, strict=True):
                truth.products.append(
                    product(f"{family} {size}", [code], [price], page, sizes=[size])
                )
            pdf.set_font("DejaVu", "", 7)
            grey(pdf, 110)
            pdf.text(x0, y + 28 + step * 5 + 14, "Myyntierä: hinta koskee koko pakkausta.")
            black(pdf)
            y += 232
        pdf.set_font("DejaVu", "", 6.5)
        grey(pdf)
        pdf.text(40, 815, "Rautakauppa Kuusela Oy · Tehtaankatu 14, 40100 Jyväskylä · kuusela.fi")
        right(pdf, 555, 815, f"Sivu {page}")
        black(pdf)
    return pdf


POTS = ("P11", "2 liter", "3 liter", "5 liter", "10 liter", "25 liter")
PLANTS = (
    (
        "Stauder",
        (
            ("Hosta 'June'", "hosta", "H5", "30-40 cm", (0, 1), 89),
            ("Astilbe chinensis 'Pumila'", "kinesisk astilbe", "H5", "20-30 cm", (0, 1), 69),
            ("Geranium 'Rozanne'", "storkenebb", "H4", "40-50 cm", (0, 1, 2), 79),
            ("Nepeta × faassenii 'Walker's Low'", "kattemynte", "H4", "50-60 cm", (0, 1), 75),
            ("Alchemilla mollis", "praktmarikåpe", "H7", "30-40 cm", (0,), 59),
            ("Heuchera 'Palace Purple'", "alunrot", "H5", "30-40 cm", (0, 1), 85),
            ("Echinacea purpurea 'Magnus'", "purpursolhatt", "H4", "70-90 cm", (0, 1), 79),
            ("Salvia nemorosa 'Caradonna'", "steppesalvie", "H4", "40-60 cm", (0, 1), 79),
            ("Hemerocallis 'Stella de Oro'", "daglilje", "H6", "30-40 cm", (1, 2), 99),
            ("Phlox paniculata 'David'", "høstfloks", "H6", "90-110 cm", (0, 1), 89),
        ),
    ),
    (
        "Prydbusker",
        (
            ("Hydrangea paniculata 'Limelight'", "syrinhortensia", "H5", "60-80 cm", (2, 4), 299),
            ("Spiraea japonica 'Goldflame'", "rosespirea", "H5", "30-40 cm", (1, 2), 129),
            ("Syringa vulgaris 'Sensation'", "syrin", "H6", "80-100 cm", (3, 4), 349),
            ("Physocarpus opulifolius 'Diabolo'", "blærespirea", "H6", "60-80 cm", (2, 3), 199),
            ("Cornus alba 'Sibirica'", "hvitkornell", "H7", "60-80 cm", (2, 3), 169),
            ("Rhododendron 'Cunningham's White'", "rododendron", "H5", "40-50 cm", (3, 4), 329),
            ("Buxus sempervirens", "buksbom", "H4", "25-30 cm", (1, 2, 3), 99),
            ("Forsythia × intermedia 'Lynwood'", "forsythia", "H5", "60-80 cm", (2, 3), 179),
        ),
    ),
    (
        "Roser",
        (
            ("Rosa 'Flammentanz'", "klatrerose", "H5", "60-80 cm", (2, 3), 249),
            ("Rosa rugosa 'Hansa'", "rynkerose", "H7", "40-60 cm", (2, 3), 199),
            ("Rosa 'The Fairy'", "bunndekkerose", "H4", "30-40 cm", (2,), 229),
            ("Rosa 'Ingrid Bergman'", "storblomstret rose", "H3", "40-60 cm", (2, 3), 269),
        ),
    ),
    (
        "Frukt og bær",
        (
            ("Malus domestica 'Aroma'", "eple", "H4", "150-180 cm", (4, 5), 549),
            ("Prunus domestica 'Opal'", "plomme", "H4", "150-180 cm", (4, 5), 599),
            ("Pyrus communis 'Herzogin Elsa'", "pære", "H3", "150-180 cm", (4, 5), 599),
            ("Ribes rubrum 'Rød hollandsk'", "rips", "H6", "40-60 cm", (2, 3), 149),
            ("Vaccinium corymbosum 'Bluecrop'", "hageblåbær", "H5", "40-60 cm", (2, 3), 229),
            ("Rubus idaeus 'Glen Ample'", "bringebær", "H5", "40-60 cm", (1, 2), 99),
        ),
    ),
)


def hagesenter(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Lia Hagesenter - Planteliste våren 2026", A4)
    pot_x = [350 + 38 * k for k in range(len(POTS))]  # right edges of the price columns

    def page_head(page: int) -> float:
        pdf.add_page()
        fill(pdf, (40, 95, 50))
        pdf.rect(40, 34, 515, 30, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 14)
        pdf.text(50, 54, "Lia Hagesenter")
        pdf.set_font("Helvetica", "", 9)
        right(pdf, 545, 54, f"Planteliste våren 2026 · side {page}")
        black(pdf)
        pdf.set_font("Helvetica", "B", 7.5)
        pdf.text(40, 132, "Plante")
        pdf.text(250, 132, "Sone")
        pdf.text(276, 132, "Høyde")
        centre(pdf, (pot_x[0] + pot_x[-1]) / 2 - 14, 80, "Pris kr per pottestørrelse")
        for x, pot in zip(pot_x, POTS, strict=True):
            with pdf.rotation(90, x - 4, 132):
                pdf.text(x - 4, 132, pot)
        pdf.set_draw_color(40, 95, 50)
        pdf.line(40, 137, 555, 137)
        return 150.0

    page = 1
    y = page_head(page)
    for section, plants in PLANTS:
        if y + 30 > 790:
            page += 1
            y = page_head(page)
        fill(pdf, (222, 236, 222))
        pdf.rect(40, y - 10, 515, 14, style="F")
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.text(44, y, section)
        y += 16
        for latin, local, zone, height, pots, base in plants:
            if y > 790:
                page += 1
                y = page_head(page)
            pdf.set_font("Helvetica", "I", 8)
            pdf.text(44, y, latin)
            pdf.set_font("Helvetica", "", 8)
            pdf.text(44 + pdf.get_string_width(latin + " "), y, f"- {local}")
            pdf.text(250, y, zone)
            pdf.text(276, y, height)
            prices, sizes = [], []
            for k, x in enumerate(pot_x):
                if k in pots:
                    value = base + 40 * (k - pots[0]) * (1 + k // 3) + words.rng.choice((0, 10))
                    shown = str(value)
                    prices.append(shown)
                    sizes.append(POTS[k])
                else:
                    shown = "-"
                right(pdf, x, y, shown)
            rule(pdf, y + 4, 215)
            truth.products.append(product(latin, [], prices, page, sizes=sizes, aliases=[local]))
            y += 15
        y += 6
    pdf.set_font("Helvetica", "", 7)
    grey(pdf, 90)
    paragraph(
        pdf,
        40,
        y + 10,
        515,
        "Sone = herdighetssone H1-H8 etter Norsk Hagesenter-kjedes sonekart. Alle priser inkl."
        " mva. Vi tar forbehold om utsolgte varer og trykkfeil. Plantegaranti ett år på trær og"
        " busker mot fremvist kvittering. Utkjøring i Lillehammer-området fra 249 kr.",
        10,
    )
    black(pdf)
    return pdf


ESHOP_ITEMS = (
    ("Zavlažovanie", 'Záhradná hadica Flex 1/2" 25 m', 19.9),
    ("Zavlažovanie", 'Záhradná hadica Flex 3/4" 50 m', 54.9),
    ("Zavlažovanie", "Postrekovač kruhový Rondo", 8.9),
    ("Zavlažovanie", "Pištoľ zavlažovacia 7-funkčná", 12.5),
    ("Zavlažovanie", 'Rýchlospojka 1/2" so stopventilom', 3.2),
    ("Zavlažovanie", "Navijak na hadicu s vozíkom", 49.0),
    ("Zavlažovanie", "Kvapková súprava pre 20 rastlín", 29.9),
    ("Zavlažovanie", "Časovač zavlažovania digitálny", 34.9),
    ("Náradie", "Záhradné nožnice Pro 200", 24.9),
    ("Náradie", "Nožnice na živý plot 630 mm", 39.9),
    ("Náradie", "Rýľ oceľový s násadou T", 27.5),
    ("Náradie", "Hrable listové 22 zubov", 11.9),
    ("Náradie", "Motyka s násadou 150 cm", 14.9),
    ("Náradie", "Fúrik záhradný 100 l", 69.0),
    ("Náradie", "Rezačka na konáre teleskopická", 44.9),
    ("Náradie", "Sekera štiepacia 1,6 kg", 32.9),
    ("Kvetináče", "Kvetináč Terra 30 cm antracit", 9.9),
    ("Kvetináče", "Kvetináč Terra 40 cm antracit", 16.9),
    ("Kvetináče", "Truhlík balkónový 80 cm terakota", 7.5),
    ("Kvetináče", "Závesný kôš kokosový 30 cm", 12.9),
    ("Kvetináče", "Podmiska okrúhla 26 cm", 2.4),
    ("Kvetináče", "Vyvýšený záhon drevený 120 × 80", 89.0),
    ("Substráty", "Substrát univerzálny 50 l", 6.9),
    ("Substráty", "Substrát pre muškáty 20 l", 4.5),
    ("Substráty", "Kôra mulčovacia 70 l", 8.9),
    ("Substráty", "Hnojivo na trávnik 10 kg", 21.9),
    ("Substráty", "Hnojivo tekuté na paradajky 1 l", 6.5),
    ("Substráty", "Vápenec mletý 5 kg", 4.9),
    ("Osivá", "Trávna zmes Sport 1 kg", 12.9),
    ("Osivá", "Trávna zmes Tieň 1 kg", 14.5),
    ("Osivá", "Paradajka Bejbino F1 osivo", 2.9),
    ("Osivá", "Uhorka Marketer osivo", 1.9),
    ("Osivá", "Bazalka pravá osivo", 1.5),
    ("Nábytok", "Lavica záhradná Oslo 150 cm", 149.0),
    ("Nábytok", "Stolička skladacia Bistro", 29.9),
    ("Nábytok", "Slnečník 300 cm s kľukou", 79.0),
    ("Nábytok", "Ležadlo hliníkové Relax", 99.0),
    ("Nábytok", "Hojdacia sieť bavlnená", 34.9),
)
STOCK = (
    ("Skladom ({n} ks)", (30, 130, 60)),
    ("Skladom ({n} ks)", (30, 130, 60)),
    ("Skladom ({n} ks)", (30, 130, 60)),
    ("Posledné kusy ({k} ks)", (200, 120, 0)),
    ("Na objednávku (5–7 dní)", (200, 120, 0)),
    ("Vypredané", (190, 30, 30)),
)


def eshop(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("export_produkty_2026-12-06.pdf", A4_LANDSCAPE)
    width = A4_LANDSCAPE[0]
    columns = ((34, "r"), (42, "l"), (98, "l"), (170, "l"), (382, "l"), (504, "l"))
    columns += ((676, "r"), (738, "r"), (800, "r"))
    heads = ["#", "Kód", "EAN", "Názov produktu", "Kategória", "Sklad", "Cena bez DPH"]
    heads += ["Cena s DPH", "DPH"]
    per_page = 26
    pages = [ESHOP_ITEMS[:per_page], ESHOP_ITEMS[per_page:]]
    number = 0
    for page, items in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 11)
        pdf.text(24, 34, "ZahradaPlus.sk · Administrácia")
        pdf.set_font("DejaVuC", "", 7.5)
        grey(pdf, 80)
        pdf.text(24, 47, "Produkty › Export (PDF)")
        right(pdf, width - 24, 34, "Vygenerované: 06.12.2026 09:14 · Používateľ: m.kovacova")
        right(
            pdf,
            width - 24,
            47,
            "Filter: Kategória = Záhrada (vrátane podkategórií) · Zoradenie: Kategória, Názov",
        )
        black(pdf)
        y = 72.0
        fill(pdf, (52, 58, 64))
        pdf.rect(24, y - 11, width - 48, 16, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVuC", "B", 7.5)
        cells(pdf, y, columns, heads)
        black(pdf)
        y += 17
        for row, (category, name, gross) in enumerate(items):
            number += 1
            if row % 2:
                fill(pdf, (243, 244, 246))
                pdf.rect(24, y - 11, width - 48, 17, style="F")
            status, colour = STOCK[words.rng.randrange(len(STOCK))]
            status = status.format(n=words.rng.randrange(5, 80), k=words.rng.randrange(1, 4))
            sku = f"ZP-{words.rng.randrange(10000, 39999)}"
            code = ean(words, "858")
            net = comma(gross / 1.23)
            with_vat = comma(gross)
            pdf.set_font("DejaVuC", "", 7.5)
            values = [str(number), sku, code, name, f"Záhrada › {category}", ""]
            values += [f"{net} €", f"{with_vat} €", "23 %"]
            cells(pdf, y, columns, values)
            pdf.set_text_color(*colour)
            pdf.set_font("DejaVuC", "B", 7.5)
            pdf.text(504, y, status)
            black(pdf)
            truth.products.append(product(name, [sku, code], [f"{net} €", f"{with_vat} €"], page))
            y += 17
        pdf.set_draw_color(200, 200, 200)
        pdf.line(24, y - 8, width - 24, y - 8)
        pdf.set_font("DejaVuC", "", 7)
        grey(pdf, 100)
        pdf.text(24, 575, f"Spolu záznamov: {len(ESHOP_ITEMS)} · Mena: EUR · Ceny s DPH 23 %")
        right(pdf, width - 24, 575, f"Strana {page} / {len(pages)}")
        black(pdf)
    return pdf


GROSSIST = (
    (
        "Torrvaror",
        (
            ("Vetemjöl special", "Norrkvarn", 10, "2 kg", 14.5, "kg"),
            ("Strösocker", "Dansukker", 12, "1 kg", 16.9, "kg"),
            ("Jasminris", "Orient Star", 4, "5 kg", 27.5, "kg"),
            ("Pasta penne rigate", "Bästa Köket", 6, "3 kg", 23.9, "kg"),
            ("Havregryn storpack", "Norrkvarn", 4, "4 kg", 17.5, "kg"),
            ("Potatismos pulver", "Bästa Köket", 6, "2,5 kg", 52.0, "kg"),
            ("Buljong kyckling pasta", "Fond Nord", 6, "1 kg", 129.0, "kg"),
            ("Salt finkornigt jodberikat", "Falksalt", 10, "1 kg", 9.9, "kg"),
        ),
    ),
    (
        "Konserver",
        (
            ("Krossade tomater", "Bella Terra", 6, "2,5 kg", 24.0, "kg"),
            ("Kikärtor i lake", "Bella Terra", 6, "2,5 kg", 31.0, "kg"),
            ("Tonfisk i vatten", "Ocean Pride", 12, "1 kg", 99.0, "kg"),
            ("Majskorn", "Greenfield", 6, "2,1 kg", 29.5, "kg"),
            ("Ananas i bitar", "Greenfield", 6, "3 kg", 34.9, "kg"),
            ("Röda kidneybönor", "Bella Terra", 6, "2,5 kg", 28.0, "kg"),
        ),
    ),
    (
        "Mejeri och ägg",
        (
            ("Vispgrädde 36 %", "Norrmejerier", 6, "1 l", 44.5, "l"),
            ("Matlagningsgrädde 15 %", "Norrmejerier", 6, "1 l", 32.9, "l"),
            ("Smör normalsaltat", "Svenskt Smör", 10, "500 g", 109.0, "kg"),
            ("Ost Präst 31 % bit", "Fjällgården", 4, "2,5 kg", 119.0, "kg"),
            ("Ägg frigående M", "Gårdsägg", 12, "15 st", 2.9, "st"),
            ("Crème fraiche 34 %", "Norrmejerier", 6, "2 l", 59.0, "l"),
            ("Mjölk standard 3 %", "Norrmejerier", 10, "1,5 l", 13.9, "l"),
        ),
    ),
    (
        "Engångsartiklar",
        (
            ("Servett 33 cm 2-lags vit", "Servera", 8, "250 st", 0.19, "st"),
            ("Bägare kaffe 24 cl papp", "Servera", 20, "50 st", 0.65, "st"),
            ("Bestick gaffel trä", "Servera", 10, "100 st", 0.39, "st"),
            ("Matlåda kraft 750 ml", "EcoPack", 6, "50 st", 2.45, "st"),
            ("Handske nitril blå L", "SafeHand", 10, "100 st", 0.49, "st"),
            ("Sopsäck 125 l svart", "Plastbolaget", 10, "25 st", 3.2, "st"),
        ),
    ),
    (
        "Rengöring",
        (
            ("Diskmedel maskin flytande", "Clenix", 2, "10 l", 38.0, "l"),
            ("Sköljmedel maskin", "Clenix", 2, "5 l", 44.0, "l"),
            ("Allrent parfymfri", "Clenix", 6, "1 l", 29.5, "l"),
            ("Handdiskmedel citron", "Clenix", 6, "1 l", 24.9, "l"),
            ("Ytdesinfektion sprit 70 %", "HygiaPro", 6, "750 ml", 71.0, "l"),
        ),
    ),
)


def _pack_amount(size: str) -> tuple[float, str]:
    value, unit = size.split()
    number = float(value.replace(",", "."))
    if unit == "g":
        return number / 1000, "kg"
    if unit == "ml":
        return number / 1000, "l"
    return number, unit


def grossist(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Storköksgrossisten Norrland - Prislista vecka 49", A4)
    columns = ((40, "l"), (84, "l"), (232, "l"), (318, "l"), (430, "r"), (488, "r"), (555, "r"))
    heads = ["Art.nr", "Benämning", "Varumärke", "Förp.", "Pris/kolli", "À-pris", "Jmf-pris"]

    def page_head(page: int) -> float:
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 15)
        pdf.text(40, 46, "Storköksgrossisten Norrland AB")
        pdf.set_font("Helvetica", "", 8.5)
        grey(pdf, 80)
        pdf.text(40, 60, "Prislista vecka 49 · 30 november - 6 december 2026 · priser exkl. moms")
        right(pdf, 555, 46, f"Sida {page} (2)")
        right(pdf, 555, 60, "Kundnr 40218 · Restaurang Älvbrinken")
        black(pdf)
        pdf.set_font("Helvetica", "B", 7.5)
        cells(pdf, 86, columns, heads)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.6)
        pdf.line(40, 90, 555, 90)
        pdf.set_line_width(0.2)
        return 104.0

    page = 1
    y = page_head(page)
    for group, items in GROSSIST:
        if y + 40 + 13 * len(items) > 780 or group == "Engångsartiklar":  # non-food: page 2
            page += 1
            y = page_head(page)
        fill(pdf, (30, 70, 120))
        pdf.rect(40, y - 10, 515, 14, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 8)
        pdf.text(44, y, group.upper())
        black(pdf)
        y += 15
        case_prices = []
        for name, brand, count, size, unit_value, unit in items:
            code = str(words.rng.randrange(100000, 899999))
            amount, base = _pack_amount(size)
            if unit == "st":
                each = round(unit_value * int(size.split()[0]), 2)
                case = round(each * count, 2)
                compare = f"{comma(unit_value)} kr/st"
            else:
                each = round(unit_value * amount, 2)
                case = round(each * count, 2)
                compare = f"{comma(unit_value)} kr/{base}"
            case_prices.append(case)
            pack = f"{count} × {size}" if count > 1 else size
            shown = [comma(case, " "), comma(each)]
            pdf.set_font("Helvetica", "", 7.5)
            cells(pdf, y, columns, [code, name, brand, pack, *shown, ""])
            grey(pdf, 100)
            right(pdf, 555, y, compare)
            black(pdf)
            rule(pdf, y + 3.5, 225)
            truth.products.append(product(name, [code], shown, page, sizes=[pack]))
            y += 13
        pdf.set_font("Helvetica", "I", 7)
        grey(pdf, 90)
        mean = comma(sum(case_prices) / len(case_prices), " ")
        right(pdf, 555, y, f"{group}: {len(items)} artiklar · snittpris/kolli {mean} kr")
        black(pdf)
        y += 20
    pdf.set_font("Helvetica", "", 7)
    grey(pdf, 90)
    paragraph(
        pdf,
        40,
        796,
        515,
        "À-pris = pris per styck/förpackning i kollit. Jmf-pris = jämförpris per kg, liter eller"
        " styck. Fraktfritt vid order över 3 500 kr, annars frakt 295 kr. Reservation för"
        " slutförsäljning och prisändringar.",
        9,
        830,
    )
    black(pdf)
    return pdf


MAILSHOT = (
    ("Chunky Knit Throw", "Hand-knitted merino blend, 130 × 170 cm", "£59.00", "£85.00"),
    ("Herringbone Wool Blanket", "Woven in Wales, double bed size", "£96.00", "£120.00"),
    ("Faux Fur Cushion", "45 × 45 cm, feather pad included", "£22.50", "£32.00"),
    ("Cable Knit Hot Water Bottle", "2 litre bottle with removable cover", "£18.00", ""),
    ("Sheepskin Slipper Boots", "Genuine sheepskin, sizes 3-8", "£44.00", "£62.00"),
    ("Waffle Cotton Dressing Gown", "Unisex, S/M and L/XL", "£48.00", "£65.00"),
    ("Soy Wax Candle Fireside", "Three wicks, 50 hours burn time", "£24.00", ""),
    ("Brushed Cotton Duvet Set", "Double, grey check", "£52.00", "£75.00"),
)


def mailshot(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Winter Warmers - Harbour & Pine", A4)
    left, width = 110.0, 375.0
    block_w = (width - 15) / 2

    def chrome(page: int) -> None:
        pdf.add_page()
        pdf.set_font("Helvetica", "", 7.5)
        grey(pdf, 80)
        pdf.text(40, 26, "Jamie Morrison")
        right(pdf, 555, 26, "03/12/2026, 07:15")
        pdf.text(40, 826, "https://outlook.office.com/mail/inbox/id/AAQkADk3ZGM5")
        right(pdf, 555, 826, f"{page}/2")
        black(pdf)

    chrome(1)
    pdf.set_font("Helvetica", "B", 13)
    pdf.text(40, 54, "Winter Warmers: up to 40% off blankets, throws & knitwear")
    pdf.set_font("Helvetica", "", 8.5)
    rows = (
        ("From:", "Harbour & Pine <hello@harbourandpine.co.uk>"),
        ("Sent:", "Thursday, 3 December 2026 07:02"),
        ("To:", "jamie.morrison@fastmail.co.uk"),
    )
    for k, (key, value) in enumerate(rows):
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.text(40, 72 + 12 * k, key)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.text(72, 72 + 12 * k, value)
    rule(pdf, 112, 190)
    grey(pdf, 120)
    pdf.set_font("Helvetica", "", 7)
    centre(pdf, A4[0] / 2, 128, "Having trouble seeing this email? View in browser")
    black(pdf)
    pdf.set_font("Times", "B", 22)
    centre(pdf, A4[0] / 2, 156, "HARBOUR & PINE")
    pdf.set_font("Helvetica", "", 7)
    centre(pdf, A4[0] / 2, 168, "HOME  ·  BEDROOM  ·  LIVING  ·  GIFTS  ·  SALE")
    fill(pdf, (150, 40, 45))
    pdf.rect(left, 178, width, 92, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 24)
    centre(pdf, A4[0] / 2, 220, "WINTER WARMERS")
    pdf.set_font("Helvetica", "", 10)
    centre(pdf, A4[0] / 2, 240, "Up to 40% off cosy essentials - ends Sunday at midnight")
    black(pdf)
    y = 286.0
    page = 1
    for k, (name, copy, now, was) in enumerate(MAILSHOT):
        column = k % 2
        if column == 0 and k and y + 245 > 800:
            chrome(2)
            page = 2
            y = 50.0
        x = left + column * (block_w + 15)
        pdf.image(photo(17400 + k, (180, 150)), x=x, y=y, w=block_w, h=150)
        pdf.set_font("Helvetica", "B", 10)
        centre(pdf, x + block_w / 2, y + 166, name)
        pdf.set_font("Helvetica", "", 7.5)
        grey(pdf, 90)
        centre(pdf, x + block_w / 2, y + 178, copy)
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_text_color(150, 40, 45)
        if was:
            pdf.set_font("Helvetica", "B", 11)
            total = pdf.get_string_width(now) + 8
            pdf.set_font("Helvetica", "", 8.5)
            total += pdf.get_string_width(f"was {was}")
            start = x + block_w / 2 - total / 2
            pdf.set_font("Helvetica", "B", 11)
            pdf.text(start, y + 194, now)
            start += pdf.get_string_width(now) + 8
            pdf.set_font("Helvetica", "", 8.5)
            grey(pdf, 120)
            pdf.text(start, y + 194, "was ")
            strike(pdf, start + pdf.get_string_width("was "), y + 194, was)
            prices = [now, was]
        else:
            centre(pdf, x + block_w / 2, y + 194, f"New in  {now}")
            prices = [now]
        black(pdf)
        fill(pdf, (30, 30, 30))
        pdf.rect(x + block_w / 2 - 42, y + 202, 84, 18, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 7.5)
        centre(pdf, x + block_w / 2, y + 214, "SHOP NOW")
        black(pdf)
        truth.products.append(product(name, [], prices, page))
        if column == 1:
            y += 240
    pdf.set_font("Helvetica", "", 7)
    grey(pdf, 90)
    y = paragraph(
        pdf,
        left,
        y + 10,
        width,
        "Free UK delivery on orders over £50; standard delivery £4.95. Sale prices while stocks"
        " last, online and in our Falmouth and Truro shops. You are receiving this email because"
        " you signed up at harbourandpine.co.uk. Unsubscribe | Manage preferences | Privacy.",
        10,
    )
    pdf.text(left, y + 4, "Harbour & Pine Ltd, 12 Arwenack Street, Falmouth TR11 3JD. No. 09412877")
    black(pdf)
    return pdf


ROOMS = (
    (
        "Dnevna soba Nordijski mir",
        (
            ("Kavč Lina, trosed", "tkanina Boucle, svetlo siva", "228 × 92 × 80", 899.0, 749.0),
            ("Fotelj Oslo", "tkanina, gorčično rumena", "76 × 80 × 78", 349.0, 0.0),
            ("Klubska miza Ring", "hrast, oljeno", "Ø 80 × 40", 229.0, 0.0),
            ("Stoječa svetilka Arc", "kovina, mat črna", "Ø 35 × 165", 129.0, 99.0),
            ("Preproga Dune", "volna in viskoza, bež", "200 × 300", 319.0, 0.0),
            ("Stenska polica Linea", "jesen, naravna", "120 × 22 × 25", 89.0, 0.0),
            ("Okrasna blazina Tuft", "bombaž, rjasta", "45 × 45", 24.9, 0.0),
            ("Lonec za rastline Terra", "keramika, peščena", "Ø 32 × 30", 39.9, 0.0),
        ),
    ),
    (
        "Jedilnica Mediteranski dom",
        (
            ("Jedilna miza Sora, raztegljiva", "masivni oreh", "180–240 × 95 × 76", 1290.0, 0.0),
            ("Jedilni stol Vela", "ratan in bukev", "48 × 55 × 82", 169.0, 139.0),
            ("Klop Sora", "masivni oreh", "160 × 38 × 46", 399.0, 0.0),
            ("Viseča svetilka Cesta", "ratan, naravna", "Ø 55 × 40", 149.0, 0.0),
            ("Komoda Alto", "hrast, bela", "180 × 45 × 80", 799.0, 0.0),
            ("Ogledalo Sol", "kovina, zlata", "Ø 90", 119.0, 95.0),
            ("Namizni prt Lan", "lan, olivno zelena", "150 × 250", 44.9, 0.0),
        ),
    ),
)


def _room(pdf: FPDF, page: int) -> list[tuple[float, float]]:
    """A drawn room: wall, floor, window, furniture and plants; return the markers' places."""
    x0, y0, x1, y1 = 30.0, 60.0, 812.0, 320.0
    fill(pdf, (236, 230, 220) if page == 1 else (225, 232, 228))
    pdf.rect(x0, y0, x1 - x0, y1 - y0, style="F")
    fill(pdf, (196, 170, 135))
    pdf.rect(x0, 250, x1 - x0, y1 - 250, style="F")
    if page == 1:  # a window; the dining room has a mirror there
        fill(pdf, (200, 220, 235))
        pdf.set_draw_color(250, 250, 250)
        pdf.set_line_width(3)
        pdf.rect(560, 90, 150, 110, style="DF")
        pdf.line(635, 90, 635, 200)
        pdf.set_line_width(0.2)
    fill(pdf, (150, 120, 90))
    for fx, fy, fw, fh in ((80, 110, 70, 90), (170, 125, 55, 70)):
        pdf.rect(fx, fy, fw, fh, style="F")
        fill(pdf, (230, 205, 150))
        pdf.rect(fx + 5, fy + 5, fw - 10, fh - 10, style="F")
        fill(pdf, (150, 120, 90))
    if page == 1:
        fill(pdf, (210, 195, 170))
        pdf.ellipse(220, 262, 360, 46, style="F")  # rug
        fill(pdf, (150, 150, 155))
        pdf.rect(240, 200, 210, 55, style="F")  # sofa
        pdf.rect(230, 185, 230, 25, style="F")
        fill(pdf, (200, 150, 40))
        pdf.rect(490, 205, 55, 50, style="F")  # armchair
        fill(pdf, (160, 110, 70))
        pdf.ellipse(330, 262, 80, 18, style="F")  # table
        pdf.set_draw_color(30, 30, 30)
        pdf.set_line_width(2)
        pdf.line(170, 300, 170, 120)  # lamp
        pdf.line(170, 120, 215, 120)
        pdf.set_line_width(0.2)
        fill(pdf, (30, 30, 30))
        pdf.ellipse(205, 118, 22, 16, style="F")
        fill(pdf, (200, 180, 140))
        pdf.rect(600, 222, 120, 6, style="F")  # shelf
        fill(pdf, (180, 80, 50))
        pdf.rect(270, 192, 26, 22, style="F")  # cushion
        fill(pdf, (220, 200, 170))
        pdf.rect(740, 250, 34, 40, style="F")  # pot
        fill(pdf, (60, 120, 60))
        pdf.ellipse(725, 190, 64, 66, style="F")
        return [
            (330, 195),
            (515, 215),
            (370, 270),
            (184, 236),
            (260, 290),
            (660, 215),
            (283, 200),
            (757, 275),
        ]
    fill(pdf, (110, 80, 55))
    pdf.rect(250, 215, 260, 12, style="F")  # table
    pdf.rect(262, 227, 8, 70, style="F")
    pdf.rect(490, 227, 8, 70, style="F")
    fill(pdf, (190, 160, 110))
    for cx in (280, 340, 400, 460):
        pdf.rect(cx, 240, 30, 10, style="F")  # chairs' seats behind the table top
        pdf.rect(cx, 195, 6, 60, style="F")
    fill(pdf, (110, 80, 55))
    pdf.rect(270, 280, 220, 10, style="F")  # bench
    pdf.set_draw_color(60, 60, 60)
    pdf.line(380, 60, 380, 120)
    fill(pdf, (200, 170, 110))
    pdf.ellipse(350, 118, 60, 34, style="F")  # pendant
    fill(pdf, (245, 245, 240))
    pdf.rect(580, 230, 150, 60, style="F")  # sideboard
    fill(pdf, (210, 175, 60))
    pdf.ellipse(610, 120, 90, 90, style="F")  # mirror
    fill(pdf, (200, 225, 240))
    pdf.ellipse(620, 130, 70, 70, style="F")
    fill(pdf, (110, 130, 70))
    pdf.rect(250, 211, 260, 4, style="F")  # cloth
    return [(380, 210), (343, 228), (380, 285), (380, 136), (655, 260), (655, 165), (470, 213)]


def dnevna(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Dom&Stil - Navdih za dom, jesen 2026", A4_LANDSCAPE)
    columns = ((44, "c"), (62, "l"), (272, "l"), (470, "l"), (600, "l"), (800, "r"))
    for page, (title, items) in enumerate(ROOMS, 1):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 15)
        pdf.text(30, 42, title)
        pdf.set_font("DejaVu", "", 8)
        grey(pdf, 90)
        right(pdf, 812, 42, f"Dom&Stil · Navdih za dom, jesen 2026 · {page}")
        black(pdf)
        for number, (mx, my) in enumerate(_room(pdf, page), 1):
            fill(pdf, (255, 255, 255))
            pdf.set_draw_color(30, 30, 30)
            pdf.ellipse(mx - 8, my - 8, 16, 16, style="DF")
            pdf.set_font("DejaVu", "B", 8)
            centre(pdf, mx, my + 3, str(number))
        y = 346.0
        pdf.set_font("DejaVu", "B", 7.5)
        cells(pdf, y, columns, ["Št.", "Izdelek", "Material / barva", "Mere (cm)", "Šifra", "Cena"])
        pdf.set_draw_color(30, 30, 30)
        pdf.line(30, y + 5, 812, y + 5)
        y += 20
        for number, (name, material, dims, regular, sale) in enumerate(items, 1):
            parts = (words.rng.randrange(100, 999), words.rng.randrange(100, 999))
            code = f"{parts[0]}.{parts[1]}.{words.rng.randrange(10, 99)}"
            pdf.set_font("DejaVu", "", 8.5)
            cells(pdf, y, columns[:5], [str(number), name, material, dims, code])
            prices = (
                [f"{comma(sale)} €", f"{comma(regular)} €"] if sale else [f"{comma(regular)} €"]
            )
            pdf.set_font("DejaVu", "B", 9)
            if sale:
                pdf.set_text_color(190, 30, 30)
                right(pdf, 745, y, prices[0])
                black(pdf)
                pdf.set_font("DejaVu", "", 8)
                grey(pdf, 120)
                strike(pdf, 800 - pdf.get_string_width(prices[1]), y, prices[1])
                black(pdf)
            else:
                right(pdf, 800, y, prices[0])
            rule(pdf, y + 6, 210, 30, 812)
            truth.products.append(product(name, [code], prices, page, sizes=[dims]))
            y += 22
        pdf.set_font("DejaVu", "", 6.8)
        grey(pdf, 100)
        pdf.text(
            30,
            575,
            "Cene so v EUR z DDV in veljajo do 31. 1. 2027 oz. do razprodaje zalog. Dostava na dom"
            " od 39 €, montaža po ceniku storitev. Dom&Stil d.o.o., Šmartinska 152, Ljubljana.",
        )
        black(pdf)
    return pdf


BOUQUETS = (
    ("Ram Mediterrani", "Roses, eucaliptus, lavanda i olivera", (29.9, 39.9, 49.9)),
    ("Ram Tardor Daurada", "Crisantems, hortènsies i espigues", (34.9, 44.9, 59.9)),
    ("Centre de taula Nadal", "Avet, pinyes, canyella i espelma", (42.0,)),
    ("Ram de peònies", "Peònies de temporada i verd variat", (45.0, 59.0, 75.0)),
    ("Caixa de roses vermelles", "Roses Red Naomi en caixa rodona", (39.0, 69.0)),
    ("Ram Boho", "Pampa, flors seques i cotó", (32.0, 42.0, 55.0)),
    ("Orquídia Phalaenopsis", "Dues vares en test de ceràmica", (36.5,)),
    ("Ram de gira-sols", "Gira-sols, matricària i eucaliptus", (27.9, 36.9, 46.9)),
    ("Corona de porta Hivern", "Avet natural, bedoll i cintes", (38.0, 52.0)),
    ("Ram Blanc Nupcial", "Roses blanques, lisianthus i paniculata", (55.0, 75.0, 95.0)),
    ("Cistella de plantes", "Tres plantes d'interior en cistella de vímet", (49.0,)),
    ("Ram Sant Jordi", "Rosa vermella, espiga i senyera", (12.5,)),
)
SIZE_WORDS = {1: ("Mida única",), 2: ("Mitjà", "Gran"), 3: ("Petit", "Mitjà", "Gran")}


def floristeria(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Floristeria Les Violetes - Catàleg Tardor-Hivern 2026", A4)
    card_w, card_h = 160.0, 330.0
    for page, bouquets in enumerate((BOUQUETS[:6], BOUQUETS[6:]), 1):
        pdf.add_page()
        pdf.set_font("Times", "BI", 20)
        pdf.set_text_color(110, 40, 110)
        pdf.text(40, 52, "Floristeria Les Violetes")
        black(pdf)
        pdf.set_font("Helvetica", "", 8.5)
        grey(pdf, 90)
        right(pdf, 555, 52, f"Catàleg de rams i centres · Tardor-Hivern 2026 · {page}/2")
        black(pdf)
        pdf.set_draw_color(110, 40, 110)
        pdf.line(40, 62, 555, 62)
        for k, (name, flowers, values) in enumerate(bouquets):
            x = 40 + (k % 3) * (card_w + 17.5)
            y = 78 + (k // 3) * (card_h + 22)
            pdf.set_draw_color(220, 210, 225)
            pdf.rect(x, y, card_w, card_h)
            pdf.image(
                photo(17600 + len(truth.products), (160, 200)),
                x=x + 8,
                y=y + 8,
                w=card_w - 16,
                h=200,
            )
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.text(x + 10, y + 228, name)
            pdf.set_font("Helvetica", "I", 7.5)
            grey(pdf, 80)
            paragraph(pdf, x + 10, y + 242, card_w - 20, flowers, 9.5)
            pdf.set_font("Helvetica", "", 7)
            code = f"FL-{words.rng.randrange(2000, 2999)}"
            pdf.text(x + 10, y + 270, f"Ref. {code}")
            black(pdf)
            sizes = SIZE_WORDS[len(values)]
            prices = [f"{comma(v)} €" for v in values]
            parts = [f"{s} {p}" for s, p in zip(sizes, prices, strict=True)]
            pdf.set_font("Helvetica", "B", 7.5)
            pdf.set_text_color(110, 40, 110)
            line = " · ".join(parts)
            while pdf.get_string_width(line) > card_w - 16:  # one line, as the florist sets it
                pdf.set_font_size(pdf.font_size_pt - 0.25)
            pdf.text(x + 8, y + 292, line)
            black(pdf)
            truth.products.append(product(name, [code], prices, page, sizes=list(sizes)))
        pdf.set_font("Helvetica", "", 7)
        grey(pdf, 90)
        pdf.text(
            40,
            822,
            "Lliurament a domicili a Girona ciutat: 6,00 €. Comandes fins a les 12 h per lliurar el"
            " mateix dia. C/ de la Força, 9 · 17004 Girona · 972 20 41 18",
        )
        black(pdf)
    return pdf


FARM = (
    (
        "Medus un bišu produkti",
        (
            ("Liepu medus", (("500 g", 7.5),)),
            ("Ziedu medus", (("250 g", 4.2), ("1 kg", 13.5))),
            ("Griķu medus", (("500 g", 8.2),)),
            ("Krēmveida medus ar dzērvenēm", (("250 g", 5.4),)),
            ("Bišu maize", (("100 g", 6.0),)),
            ("Propolisa tinktūra", (("30 ml", 5.5),)),
        ),
    ),
    (
        "Gaļas izstrādājumi",
        (
            ("Kūpināta cūkgaļa", (("", 14.5),)),
            ("Mājas desa ar ķiplokiem", (("", 12.8),)),
            ("Žāvēts šķiņķis", (("", 18.9),)),
            ("Jēra gaļas sautējums", (("0,5 l", 9.5),)),
        ),
    ),
    (
        "Piena produkti",
        (
            ("Kazas siers ar ķimenēm", (("", 22.0),)),
            ("Biezpiens", (("500 g", 3.8),)),
            ("Skābais krējums 30 %", (("400 g", 2.9),)),
            ("Jāņu siers", (("", 11.5),)),
        ),
    ),
    (
        "Maize un konditoreja",
        (
            ("Rupjmaize ar sēklām", (("800 g", 3.9),)),
            ("Saldskābmaize", (("600 g", 3.2),)),
            ("Sklandrausis", (("1 gab.", 1.6),)),
            ("Piparkūkas", (("200 g", 3.5), ("500 g", 7.9))),
        ),
    ),
    (
        "Ievārījumi un sulas",
        (
            ("Upeņu ievārījums", (("350 g", 4.6),)),
            ("Smiltsērkšķu sula", (("0,33 l", 2.8), ("1 l", 7.2))),
            ("Bērzu sula ar citronu", (("1 l", 3.4),)),
            ("Rabarberu kompots", (("0,7 l", 3.9),)),
        ),
    ),
)


def majas(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Cenradis_rudens_2026.docx", A4)
    pdf.add_font("DejaVuSerif", "", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
    pdf.add_font("DejaVuSerif", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")
    page = 1

    def new_page() -> float:
        pdf.add_page()
        return 72.0

    y = new_page()
    pdf.set_font("DejaVuSerif", "B", 16)
    centre(pdf, A4[0] / 2, y + 10, "Zemnieku saimniecība „Kalnieši”")
    pdf.set_font("DejaVuSerif", "", 10)
    centre(pdf, A4[0] / 2, y + 28, "Cēsu novads, Vecpiebalgas pagasts · tālr. 29 114 507")
    centre(pdf, A4[0] / 2, y + 42, "kalniesi.saimnieciba@inbox.lv")
    pdf.set_font("DejaVuSerif", "B", 13)
    centre(pdf, A4[0] / 2, y + 74, "CENRĀDIS 2026. gada rudens")
    y += 110
    for heading, items in FARM:
        if y + 30 + 17 * len(items) > 790:
            page += 1
            y = new_page()
        pdf.set_font("DejaVuSerif", "B", 11.5)
        pdf.text(72, y, heading)
        pdf.line(72, y + 2, 72 + pdf.get_string_width(heading), y + 2)
        y += 20
        pdf.set_font("DejaVuSerif", "", 10.5)
        for name, offers in items:
            prices = [f"{comma(v)} €" for _, v in offers]
            sizes = [s for s, _ in offers if s]
            if len(offers) > 1:
                text = f"{name}: " + "; ".join(
                    f"{s} – {p}" for (s, _), p in zip(offers, prices, strict=True)
                )
            elif offers[0][0]:
                text = f"{name}, {offers[0][0]} – {prices[0]}"
            else:
                text = f"{name} – {prices[0]}/kg"
            pdf.text(90, y, "•")
            pdf.text(104, y, text)
            truth.products.append(product(name, [], prices, page, sizes=sizes))
            y += 17
        y += 12
    if y + 130 > 790:
        page += 1
        y = new_page()
    pdf.set_font("DejaVuSerif", "B", 11.5)
    pdf.text(72, y, "Piegāde")
    pdf.line(72, y + 2, 72 + pdf.get_string_width("Piegāde"), y + 2)
    y += 20
    pdf.set_font("DejaVuSerif", "", 10.5)
    pdf.text(90, y, "•")
    pdf.text(104, y, "Piegāde Cēsīs un Rīgā sestdienās – 5,00 €")
    y += 24
    y = paragraph(
        pdf,
        72,
        y,
        450,
        "Pasūtījumus pieņemam līdz ceturtdienas vakaram pa tālruni vai e-pastu. Pasūtījumiem"
        " virs 40 € piegāde bez maksas. Gaļas un siera cenas norādītas par kilogramu, gala"
        " summu aprēķinām pēc svēršanas. Cenas ar PVN. Paldies, ka atbalstāt vietējo"
        " saimniecību!",
        15,
    )
    pdf.text(72, y + 20, "Ar cieņu, Inese un Jānis Kalnieši")
    return pdf


LOOK_STYLES = {
    "24-1187": ("Linen Boxy Shirt", ("Sand", "Sage", "Ink"), "6-16", "$89.95"),
    "24-2210": ("Wide Leg Drawstring Pant", ("Sand", "Black"), "6-16", "$99.95"),
    "24-3051": ("Merino Crew Knit", ("Oat", "Navy", "Rust"), "XS-XL", "$149.00"),
    "24-1302": ("Pleated Midi Skirt", ("Olive", "Ink"), "6-14", "$119.95"),
    "24-4410": ("Cotton Trench Coat", ("Stone", "Khaki"), "XS-L", "$289.00"),
    "24-2268": ("Straight Leg Jean", ("Washed Blue", "Black"), "6-16", "$129.95"),
    "24-5120": ("Leather Slide Sandal", ("Tan", "Black"), "36-41", "$139.00"),
    "24-3099": ("Cropped Cardigan", ("Cream", "Sage"), "XS-XL", "$119.00"),
    "24-1455": ("Silk Slip Dress", ("Champagne", "Ink"), "6-14", "$219.00"),
    "24-6002": ("Woven Market Tote", ("Natural",), "One size", "$79.95"),
    "24-4477": ("Oversized Blazer", ("Charcoal", "Camel"), "6-16", "$249.00"),
}
LOOKS = (
    ("24-1187", "24-2210", "24-5120"),
    ("24-3051", "24-1302", "24-6002"),
    ("24-4410", "24-2268", "24-1187"),  # the linen shirt again: listed once, on page 2
    ("24-3099", "24-1455"),
    ("24-4477", "24-2268"),  # the jean again
)
LOOK_COLOURS = {
    "Sand": (214, 195, 160),
    "Sage": (160, 175, 140),
    "Ink": (40, 45, 70),
    "Black": (20, 20, 20),
    "Oat": (220, 208, 185),
    "Navy": (30, 40, 80),
    "Rust": (170, 80, 40),
    "Olive": (110, 110, 60),
    "Stone": (190, 185, 170),
    "Khaki": (150, 140, 95),
    "Washed Blue": (120, 150, 185),
    "Tan": (180, 130, 80),
    "Cream": (240, 232, 210),
    "Champagne": (230, 210, 170),
    "Natural": (215, 195, 150),
    "Charcoal": (60, 60, 65),
    "Camel": (190, 150, 100),
}


def looks(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Saltbush - The Coastline Edit, Autumn Winter 2026", A4)
    pdf.add_page()
    pdf.image(photo(17700, (300, 260)), x=0, y=0, w=A4[0], h=500)
    pdf.set_font("Times", "", 40)
    pdf.text(50, 570, "SALTBUSH")
    pdf.set_font("Helvetica", "", 12)
    pdf.text(52, 596, "The Coastline Edit · Autumn / Winter 2026")
    pdf.set_font("Times", "I", 10.5)
    grey(pdf, 70)
    paragraph(
        pdf,
        52,
        640,
        440,
        "Made for the long weekends between Byron and the Otways: washed linens, honest denim and"
        " merino that layers from a cool morning to a warm afternoon. Every piece is cut in our"
        " Collingwood studio and made in small runs with partners we visit each season. Wholesale"
        " enquiries: trade@saltbush.com.au.",
        15,
    )
    black(pdf)
    seen: set[str] = set()
    for number, look in enumerate(LOOKS, 1):
        pdf.add_page()
        page = number + 1
        pdf.image(photo(17710 + number, (200, 320)), x=0, y=0, w=300, h=A4[1])
        fill(pdf, (255, 255, 255))
        pdf.rect(20, 24, 70, 22, style="F")
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(28, 39, f"LOOK {number:02d}")
        pdf.set_font("Times", "I", 18)
        pdf.text(330, 80, "Shop the look")
        pdf.set_draw_color(180, 180, 180)
        pdf.line(330, 92, 555, 92)
        y = 130.0
        for style in look:
            name, colours, sizes, price = LOOK_STYLES[style]
            pdf.set_font("Helvetica", "", 7.5)
            grey(pdf, 120)
            pdf.text(330, y, f"Style {style}")
            black(pdf)
            pdf.set_font("Helvetica", "B", 12)
            pdf.text(330, y + 17, name)
            pdf.set_font("Helvetica", "", 8.5)
            line = "Colourways: " + " · ".join(colours)
            pdf.text(330, y + 34, line)
            dx = 330.0
            for colour in colours:
                fill(pdf, LOOK_COLOURS[colour])
                pdf.set_draw_color(150, 150, 150)
                pdf.ellipse(dx, y + 42, 10, 10, style="DF")
                dx += 14
            pdf.text(330, y + 66, f"Sizes {sizes}" if sizes != "One size" else sizes)
            pdf.set_font("Helvetica", "B", 11)
            right(pdf, 555, y + 17, price)
            rule(pdf, y + 82, 215, 330, 555)
            if style not in seen:
                seen.add(style)
                truth.products.append(product(name, [style], [price], page, sizes=[sizes]))
            y += 110
        pdf.set_font("Helvetica", "", 7)
        grey(pdf, 120)
        pdf.text(330, 815, "saltbush.com.au · RRP in AUD incl. GST")
        right(pdf, 555, 815, str(page))
        black(pdf)
    return pdf


# === non-catalogs ==============================================================================

QUOTE_LINES = (
    ("1420418", "Akkuporakone 18 V, 2 × 4,0 Ah, laturi ja laukku", 4, "kpl", 249.0, 15),
    ("1420533", "Akkukulmahiomakone 125 mm 18 V, runko", 2, "kpl", 189.0, 15),
    ("1188204", "Puuruuvi uppokanta 5,0 × 70, 200 kpl", 40, "pkt", 21.9, 20),
    ("1311987", "Kiila-ankkuri A4 M10 × 90, 10 kpl", 25, "pkt", 24.9, 20),
    ("1502271", "Työvalo LED 50 W, jalusta", 3, "kpl", 79.0, 10),
    ("1009836", "Suojalasit kirkas, EN 166", 20, "kpl", 6.9, 0),
    ("1754410", "Kuljetus työmaalle, Jyväskylä", 1, "erä", 65.0, 0),
)


def tarjous(words: Words, truth: Truth) -> FPDF:
    """A Finnish supplier's quotation to one customer: the offer's number and validity, lines
    with product codes, quantities, units, unit prices, discounts and line totals, VAT and the
    total, delivery and payment terms, a signature."""
    pdf = sized_pdf("Tarjous 2026-0417", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.text(40, 52, "RAUTAKAUPPA KUUSELA")
    pdf.set_font("Helvetica", "", 8)
    pdf.text(40, 64, "Tehtaankatu 14, 40100 Jyväskylä · Y-tunnus 2291844-6")
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(360, 52, "TARJOUS")
    pdf.set_font("Helvetica", "", 8.5)
    for k, (key, value) in enumerate(
        (
            ("Tarjousnumero", "2026-0417"),
            ("Päiväys", "2.12.2026"),
            ("Voimassa", "16.12.2026 asti"),
            ("Viitteenne", "T. Lehto / Keskuskatu 8"),
            ("Yhteyshenkilö", "Mikko Salonen, 040 512 7788"),
        )
    ):
        pdf.text(360, 72 + 12 * k, key)
        pdf.text(440, 72 + 12 * k, value)
    pdf.set_font("Helvetica", "B", 9)
    pdf.text(40, 110, "Rakennusliike Lehto & Pojat Oy")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.text(40, 122, "Tapani Lehto")
    pdf.text(40, 134, "Vapaudenkatu 41 B")
    pdf.text(40, 146, "40100 Jyväskylä")
    pdf.text(40, 182, "Kiitämme tiedustelustanne. Tarjoamme seuraavaa:")
    columns = ((40, "l"), (62, "l"), (108, "l"), (382, "r"), (390, "l"), (455, "r"))
    columns += ((490, "r"), (555, "r"))
    y = 206.0
    pdf.set_font("Helvetica", "B", 7.5)
    cells(
        pdf,
        y,
        columns,
        ["Rivi", "Tuotenro", "Nimike", "Määrä", "Yks.", "À-hinta", "Ale %", "Yhteensä"],
    )
    rule(pdf, y + 4, 0)
    y += 16
    net = 0.0
    pdf.set_font("Helvetica", "", 7.5)
    for k, (code, name, qty, unit, price, discount) in enumerate(QUOTE_LINES, 1):
        line = qty * price * (1 - discount / 100)
        net += line
        values = [
            str(k),
            code,
            name,
            str(qty),
            unit,
            comma(price, " "),
            str(discount) if discount else "",
            comma(line, " "),
        ]
        cells(pdf, y, columns, values)
        rule(pdf, y + 4, 220)
        y += 15
    vat = net * 0.255
    y += 10
    for key, value, bold in (
        ("Veroton yhteensä", net, False),
        ("ALV 25,5 %", vat, False),
        ("Yhteensä EUR", net + vat, True),
    ):
        pdf.set_font("Helvetica", "B" if bold else "", 8.5)
        pdf.text(380, y, key)
        right(pdf, 555, y, comma(value, " "))
        y += 14
    y += 16
    pdf.set_font("Helvetica", "", 8.5)
    for key, value in (
        ("Toimitusaika", "Varastotuotteet 1-2 arkipäivää tilauksesta"),
        ("Toimitusehto", "Toimitettuna työmaalle (rivi 7)"),
        ("Maksuehto", "14 pv netto, viivästyskorko 8 %"),
        ("Hinnat", "Tarjouksen hinnat ovat voimassa yllä mainittuun päivään asti"),
    ):
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.text(40, y, key)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.text(130, y, value)
        y += 13
    y += 20
    paragraph(
        pdf,
        40,
        y,
        515,
        "Tarjous on annettu yllä mainituin määrin; määrien muuttuessa pidätämme oikeuden"
        " hinnantarkistukseen. Noudatamme Kaupan yleisiä toimitusehtoja. Toivomme tarjouksemme"
        " johtavan tilaukseen ja palvelemme mielellämme.",
        12,
    )
    pdf.text(40, y + 70, "Ystävällisin terveisin")
    pdf.text(40, y + 100, "Mikko Salonen, myyntineuvottelija")
    return pdf


HIRE_ITEMS = (
    ("EX-0217", "Mini excavator 1.7 t, rubber tracks, 3 buckets", 1, 385.0, 1540.0, 5),
    ("TR-1102", "Tipping trailer 2.5 t GVM", 1, 95.0, 380.0, 5),
    ("CP-0558", "Plate compactor 90 kg, petrol", 1, 75.0, 300.0, 3),
    ("SC-2031", "Concrete saw 350 mm, petrol, water kit", 1, 110.0, 440.0, 2),
    ("GN-0874", "Generator 6 kVA, Honda engine", 1, 88.0, 352.0, 5),
    ("FN-4410", "Temporary fence panel 2.4 × 2.1 m with feet", 20, 3.5, 14.0, 5),
)


def hire(words: Words, truth: Truth) -> FPDF:
    """An Australian equipment hire agreement: the hirer, site and hire period, the assets hired
    with asset numbers, day and week rates, days and amounts, damage waiver, deposit, GST and the
    total, conditions of hire and the signatures on check-out."""
    pdf = sized_pdf("Hire Agreement HA-58213", A4)
    pdf.add_page()
    fill(pdf, (250, 190, 0))
    pdf.rect(40, 34, 515, 40, style="F")
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(50, 59, "COASTAL PLANT & TOOL HIRE")
    pdf.set_font("Helvetica", "", 8)
    right(pdf, 545, 52, "ABN 61 604 228 917")
    right(pdf, 545, 64, "7 Enterprise Dr, Tweed Heads NSW 2485 · (07) 5536 4410")
    pdf.set_font("Helvetica", "B", 13)
    pdf.text(40, 100, "HIRE AGREEMENT  HA-58213")
    pdf.set_font("Helvetica", "", 8.5)
    details = (
        ("Hirer", "Banksia Landscapes Pty Ltd (acct 20417)"),
        ("Contact", "Dean Kowalski · 0412 558 903"),
        ("Site", "14 Pacific Pde, Kingscliff NSW 2487"),
        ("Hire from", "Mon 7 Dec 2026 07:00"),
        ("Due back", "Fri 11 Dec 2026 17:00"),
        ("Licence", "NSW 14022871, sighted"),
    )
    for k, (key, value) in enumerate(details):
        x = 40 if k < 3 else 320
        yy = 120 + 13 * (k % 3)
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.text(x, yy, key)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.text(x + 62, yy, value)
    columns = ((40, "l"), (92, "l"), (330, "r"), (385, "r"), (440, "r"), (480, "r"), (555, "r"))
    y = 178.0
    pdf.set_font("Helvetica", "B", 7.5)
    cells(
        pdf,
        y,
        columns,
        ["Asset No.", "Description", "Qty", "Rate/day", "Rate/week", "Days", "Amount"],
    )
    rule(pdf, y + 4, 0)
    y += 16
    subtotal = 0.0
    pdf.set_font("Helvetica", "", 7.5)
    for asset, name, qty, day, week, days in HIRE_ITEMS:
        amount = qty * (week if days >= 5 else day * days)
        subtotal += amount
        values = [
            asset,
            name,
            str(qty),
            f"${day:,.2f}",
            f"${week:,.2f}",
            str(days),
            f"${amount:,.2f}",
        ]
        cells(pdf, y, columns, values)
        rule(pdf, y + 4, 220)
        y += 15
    waiver = subtotal * 0.08
    gst = (subtotal + waiver) * 0.1
    y += 10
    for key, value in (
        ("Hire charges", subtotal),
        ("Damage waiver 8%", waiver),
        ("GST 10%", gst),
        ("Total hire (incl. GST)", subtotal + waiver + gst),
        ("Security deposit (refundable, card pre-auth)", 500.0),
    ):
        pdf.set_font("Helvetica", "B" if key.startswith("Total") else "", 8.5)
        pdf.text(300, y, key)
        right(pdf, 555, y, f"${value:,.2f}")
        y += 14
    y += 14
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.text(40, y, "Conditions of hire (summary)")
    pdf.set_font("Helvetica", "", 7.5)
    y = paragraph(
        pdf,
        40,
        y + 13,
        515,
        "1. Equipment remains the property of Coastal Plant & Tool Hire and must be used only at"
        " the site above by competent operators. 2. Fuel is charged at $3.20 per litre if not"
        " returned full. 3. Cleaning fee of $60 applies to equipment returned dirty. 4. Damage"
        " waiver does not cover tyres, tracks, misuse, theft without police report, or loss."
        " 5. Late returns are charged at the daily rate. 6. The hirer has inspected the equipment"
        " and received instruction in its safe use.",
        10,
    )
    y += 30
    for n, role in enumerate(("Hirer's signature", "Checked out by", "Returned / checked in")):
        x = 40 + n * 180
        pdf.line(x, y, x + 155, y)
        pdf.set_font("Helvetica", "", 7.5)
        pdf.text(x, y + 11, role)
    return pdf


SALES = (
    (
        "Cafetaria",
        (
            ("101", "Café expresso", 214, 0.8),
            ("102", "Café descafeinado", 31, 0.9),
            ("105", "Galão", 88, 1.5),
            ("106", "Meia de leite", 64, 1.4),
            ("110", "Chá de cidreira", 17, 1.2),
            ("112", "Chocolate quente", 23, 2.2),
        ),
    ),
    (
        "Pastelaria",
        (
            ("201", "Pastel de nata", 176, 1.3),
            ("203", "Bola de Berlim", 42, 1.6),
            ("205", "Croissant misto", 57, 2.4),
            ("208", "Queque de laranja", 19, 1.2),
            ("211", "Tosta mista", 48, 3.2),
            ("214", "Sopa do dia", 36, 2.5),
        ),
    ),
    (
        "Bebidas",
        (
            ("301", "Água 0,5 l", 71, 1.0),
            ("304", "Sumo de laranja natural", 39, 2.8),
            ("306", "Imperial", 58, 1.5),
            ("309", "Refrigerante lata", 44, 1.6),
            ("312", "Copo de vinho da casa", 22, 2.5),
        ),
    ),
)


def vendas(words: Words, truth: Truth) -> FPDF:
    """A Portuguese café's daily sales report by article, printed from the till's back office:
    the day and terminal, per family the articles sold with codes, quantities, unit prices and
    totals, family subtotals, the VAT summary and the takings by payment method."""
    pdf = dejavu_pdf("Relatorio_vendas_artigo_2026-12-05", A4)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.text(40, 50, "Relatório de vendas por artigo")
    pdf.set_font("DejaVu", "", 8)
    pdf.text(
        40,
        64,
        "Café Pastelaria Flor do Bairro, Lda. · NIF 514 227 830 · Rua de Cedofeita 212, Porto",
    )
    right(pdf, 555, 50, "Emitido 05/12/2026 23:41")
    pdf.text(
        40,
        78,
        "Período: 05/12/2026 07:00 - 05/12/2026 22:30 · Terminal: POS 1 e POS 2 · Operador: todos",
    )
    columns = ((40, "l"), (80, "l"), (330, "r"), (400, "r"), (470, "r"), (555, "r"))
    y = 104.0
    pdf.set_font("DejaVu", "B", 7.5)
    cells(pdf, y, columns, ["Código", "Artigo", "Qtd.", "PVP unit.", "IVA", "Total c/ IVA"])
    rule(pdf, y + 4, 0)
    y += 18
    grand = 0.0
    vat_totals = {13: 0.0, 23: 0.0}
    for family, items in SALES:
        pdf.set_font("DejaVu", "B", 8)
        pdf.text(40, y, f"Família: {family}")
        y += 14
        subtotal = 0.0
        pdf.set_font("DejaVu", "", 7.5)
        for code, name, qty, price in items:
            total = qty * price
            rate = 23 if family == "Bebidas" and code != "301" else 13
            subtotal += total
            vat_totals[rate] += total
            cells(pdf, y, columns, [code, name, str(qty), comma(price), f"{rate}%", comma(total)])
            y += 12.5
        pdf.set_font("DejaVu", "B", 7.5)
        right(pdf, 470, y, f"Subtotal {family}")
        right(pdf, 555, y, comma(subtotal))
        rule(pdf, y + 4, 200)
        grand += subtotal
        y += 22
    pdf.set_font("DejaVu", "B", 9)
    pdf.text(330, y, "TOTAL VENDAS")
    right(pdf, 555, y, f"{comma(grand)} €")
    y += 28
    pdf.set_font("DejaVu", "B", 8)
    pdf.text(40, y, "Resumo de IVA")
    pdf.text(320, y, "Meios de pagamento")
    pdf.set_font("DejaVu", "", 7.5)
    for k, (rate, total) in enumerate(vat_totals.items()):
        base = total / (1 + rate / 100)
        pdf.text(
            40, y + 14 + 12 * k, f"Taxa {rate}%   base {comma(base)}   IVA {comma(total - base)}"
        )
    split = (("Numerário", 0.31), ("Multibanco", 0.46), ("MB WAY", 0.23))
    for k, (method, share) in enumerate(split):
        pdf.text(320, y + 14 + 12 * k, method)
        right(pdf, 555, y + 14 + 12 * k, comma(grand * share))
    pdf.text(
        40,
        y + 64,
        f"N.º de documentos: 612 · Anulações: 3 (7,40 €) · Ticket médio: {comma(grand / 612)} €",
    )
    return pdf


SHEET = (
    ("Leverantörens namn eller varumärke", "Nordhem"),
    ("Leverantörens adress", "Nordhem Hushåll AB, Industrigatan 9, 602 38 Norrköping"),
    ("Modellbeteckning", "DW 6012 S"),
    ("Nominell kapacitet (kuvert)", "13"),
    ("Energieffektivitetsklass", "C"),
    ("Energieffektivitetsindex (EEI)", "55,9"),
    ("Rengöringseffektivitetsindex", "1,130"),
    ("Torkeffektivitetsindex", "1,067"),
    ("Energiförbrukning i kWh per cykel (eco-programmet)", "0,798"),
    ("Energiförbrukning per 100 cykler", "80 kWh"),
    ("Vattenförbrukning i liter per cykel", "9,9"),
    ("Programtid (h:min)", "3:49"),
    ("Luftburet buller, dB(A) re 1 pW", "44"),
    ("Bullerklass", "B"),
    ("Typ", "Fristående"),
    ("Effekt i frånläge (W)", "0,45"),
    ("Effekt i standbyläge (W)", "0,90"),
    ("Fördröjd start (W) (om tillämpligt)", "1,00"),
    ("Minsta tid för leverantörens garanti", "24 månader"),
    ("Mått h × b × d (mm)", "845 × 598 × 600"),
)


def produktblad(words: Words, truth: Truth) -> FPDF:
    """A Swedish EU product information sheet for one dishwasher: the regulation's heading, the
    supplier and the model identifier, then the prescribed parameters (energy class, energy and
    water per cycle, noise, power in off and standby modes, warranty). No price, nothing offered."""
    pdf = sized_pdf("Produktinformationsblad DW 6012 S", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    centre(pdf, A4[0] / 2, 60, "Produktinformationsblad")
    pdf.set_font("Helvetica", "", 8.5)
    centre(
        pdf,
        A4[0] / 2,
        76,
        "enligt kommissionens delegerade förordning (EU) 2019/2017 om energimärkning av"
        " diskmaskiner",
    )
    fill(pdf, (20, 90, 160))
    pdf.rect(40, 96, 515, 18, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 9)
    pdf.text(46, 108, "Allmänna produktparametrar")
    black(pdf)
    y = 130.0
    for k, (key, value) in enumerate(SHEET):
        if k % 2:
            fill(pdf, (238, 242, 248))
            pdf.rect(40, y - 11, 515, 17, style="F")
        pdf.set_font("Helvetica", "", 8.5)
        pdf.text(46, y, key)
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.text(308, y, value)
        y += 17
    pdf.set_draw_color(150, 150, 150)
    pdf.rect(40, 119, 515, y - 125)
    pdf.line(300, 119, 300, y - 6)
    y += 14
    pdf.set_font("Helvetica", "", 8)
    paragraph(
        pdf,
        40,
        y,
        515,
        "Eco-programmet är lämpligt för att diska normalt smutsad disk och är det effektivaste"
        " programmet i fråga om kombinerad energi- och vattenförbrukning. Ytterligare information:"
        " länk till leverantörens webbplats, där den information som avses i punkt 6 i bilaga II"
        " till kommissionens förordning (EU) 2019/2022 finns: www.nordhem.se/dw6012s. Uppgifterna"
        " i produktdatabasen EPREL: registreringsnummer 1184022.",
        11,
    )
    return pdf


LANDED = (
    ("NX-2201", "Ceramic table lamp, oat glaze", 400, 11.40, 49.00),
    ("NX-2207", "Rattan pendant shade 45 cm", 250, 14.80, 65.00),
    ("NX-3110", "Linen cushion cover 50 × 50, sage", 1200, 2.35, 18.00),
    ("NX-3114", "Linen cushion cover 50 × 50, rust", 1200, 2.35, 18.00),
    ("NX-4052", "Stoneware vase, speckled, 28 cm", 600, 4.10, 24.00),
    ("NX-5006", "Jute rug 160 × 230 cm", 150, 31.50, 129.00),
    ("NX-5021", "Wool throw, herringbone", 300, 12.90, 59.00),
)


def landed(words: Words, truth: Truth) -> FPDF:
    """A British importer's landed cost calculation for one shipment (A4 landscape): shipment
    and exchange-rate header, lines with supplier references, quantities, FOB prices in
    dollars, freight and duty allocated, landed cost per unit, target retail prices and the
    margins, and the shipment's totals; an internal costing sheet, nothing offered."""
    pdf = sized_pdf("Landed cost - shipment HP-2611", A4_LANDSCAPE)
    pdf.add_page()
    width = A4_LANDSCAPE[0]
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(30, 44, "Landed cost calculation - Shipment HP-2611")
    pdf.set_font("Helvetica", "", 8.5)
    grey(pdf, 70)
    pdf.text(
        30,
        60,
        "Supplier: Ningbo Hengda Home Co. Ltd · Incoterm FOB Ningbo · 1 × 40' HC · ETA"
        " Felixstowe 14/01/2027",
    )
    pdf.text(
        30,
        73,
        "Rate used: US$ 1.262 = £1 · Freight & clearance £4,860 (allocated by value) · Duty"
        " per commodity code",
    )
    right(pdf, width - 30, 44, "Internal - Buying team")
    black(pdf)
    columns = ((30, "l"), (90, "l"), (300, "r"), (360, "r"), (420, "r"), (480, "r"), (535, "r"))
    columns += ((595, "r"), (670, "r"), (745, "r"), (812, "r"))
    heads = ["Supplier ref", "Description", "Qty", "FOB US$", "FOB £", "Freight £", "Duty %"]
    heads += ["Duty £", "Landed £/unit", "Target RRP £", "Margin %"]
    y = 104.0
    pdf.set_font("Helvetica", "B", 7.5)
    cells(pdf, y, columns, heads)
    rule(pdf, y + 4, 0, 30, width - 30)
    y += 16
    fob_total = sum(q * usd for _, _, q, usd, _ in LANDED) / 1.262
    totals = [0.0, 0.0, 0.0]
    pdf.set_font("Helvetica", "", 7.5)
    for ref, name, qty, usd, rrp in LANDED:
        fob = usd / 1.262
        freight = 4860 * fob * qty / fob_total / qty
        duty_rate = 4.7 if "rug" in name or "throw" in name else 2.7 if "lamp" in name else 0.0
        duty = (fob + freight) * duty_rate / 100
        cost = fob + freight + duty
        margin = (rrp / 1.2 - cost) / (rrp / 1.2) * 100
        totals[0] += fob * qty
        totals[1] += freight * qty
        totals[2] += duty * qty
        values = [ref, name, f"{qty:,}", f"{usd:.2f}", f"{fob:.2f}", f"{freight:.2f}"]
        values += [f"{duty_rate:.1f}", f"{duty:.2f}", f"{cost:.2f}", f"{rrp:.2f}", f"{margin:.1f}"]
        cells(pdf, y, columns, values)
        rule(pdf, y + 4, 220, 30, width - 30)
        y += 15
    y += 8
    pdf.set_font("Helvetica", "B", 8)
    for key, value in (
        ("FOB value", totals[0]),
        ("Freight & clearance", totals[1]),
        ("Import duty", totals[2]),
        ("Total landed cost", sum(totals)),
    ):
        pdf.text(560, y, key)
        right(pdf, width - 30, y, f"£{value:,.2f}")
        y += 14
    pdf.set_font("Helvetica", "", 7.5)
    grey(pdf, 80)
    paragraph(
        pdf,
        30,
        y + 16,
        width - 60,
        "Margins are on target RRP excluding VAT. Import VAT is reclaimed through postponed VAT"
        " accounting and is not a cost. Rates to be confirmed against the final freight invoice;"
        " cushion covers may qualify for preferential duty with a valid statement on origin.",
        10,
    )
    black(pdf)
    return pdf


# === the batch =================================================================================

BLIND_17 = ("rautakauppa", "hagesenter", "eshop", "grossist", "mailshot", "dnevna")
BLIND_17 += ("floristeria", "majas", "looks")
BLIND_17_NON_CATALOGS = ("tarjous", "hire", "vendas", "produktblad", "landed")
LAYOUTS_17 = BLIND_17 + BLIND_17_NON_CATALOGS
SCAN_DPI_17 = {"rautakauppa": 200, "hagesenter": 300, "eshop": 300, "grossist": 250}
SCAN_DPI_17 |= {"mailshot": 150, "dnevna": 200, "floristeria": 150, "majas": 200}
SCAN_DPI_17 |= {"looks": 150, "tarjous": 200, "hire": 250, "vendas": 200}
SCAN_DPI_17 |= {"produktblad": 150, "landed": 250}
LANGUAGE_17 = {"rautakauppa": "fi", "hagesenter": "no", "eshop": "sk", "grossist": "sv"}
LANGUAGE_17 |= {"dnevna": "sl", "floristeria": "ca", "majas": "lv", "tarjous": "fi"}
LANGUAGE_17 |= {"vendas": "pt", "produktblad": "sv"}
LOCALES_17 = {"en": "en_GB", "fi": "fi_FI", "no": "no_NO", "sk": "sk_SK", "sv": "sv_SE"}
LOCALES_17 |= {"sl": "sl_SI", "ca": "es_ES", "lv": "lv_LV", "pt": "pt_PT"}
SEED_17 = 17000
MAKERS_17: dict[str, Callable[[Words, Truth], FPDF]] = {
    "rautakauppa": rautakauppa,
    "hagesenter": hagesenter,
    "eshop": eshop,
    "grossist": grossist,
    "mailshot": mailshot,
    "dnevna": dnevna,
    "floristeria": floristeria,
    "majas": majas,
    "looks": looks,
    "tarjous": tarjous,
    "hire": hire,
    "vendas": vendas,
    "produktblad": produktblad,
    "landed": landed,
}

# registered beside the earlier batches, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["17"] = Batch(
    LAYOUTS_17, BLIND_17, MAKERS_17, SEED_17, LANGUAGE_17, LOCALES_17, SCAN_DPI_17
)
