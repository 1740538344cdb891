"""Blind batch 21: catalogs of the real corpus's kinds, in new shapes, written WITHOUT the engine.

Bench figures, never test floors: only ``bench/quality.py --layouts blind21`` writes them, and the
batch is meant to be scored ONCE, at the end, as an honest estimate on catalogs nobody tuned on.
Nobody who wrote it read ``pdfqueue.engines`` or ``pdfqueue.pipeline``, nor ran the engine or
the bench on it; its forms are unlike every earlier batch's (1-20).

The kinds are those of the hand-labelled real catalogs (a supermarket's products, an
electronics leaflet, bilingual auto parts, a gemstone guide with chapters and prose, a café
menu, a precast-concrete brochure), each laid out as a company would, with what real ones carry
besides products: headers and footers with phone numbers and page numbers, validity dates,
promo banners, terms, struck old prices, "from" prices, unit prices per kg, instalment prices,
translations under the names, OEM cross-reference numbers, spec tables, service fees and prose.

What counts as a product (what a careful human labeller would list): a thing the document
offers, ONCE, on the page where it is presented, named as printed; its codes, prices and sizes
as printed (prices in printed order, an offer price before the struck one it replaces). Section
headings, categories, brands, legends, column headings, deal stickers ("2 za 10 zł"), unit
prices of a pack ("1 kg = 29,95 zł"), instalments ("ou 12x 54,17 €"), extras ("Ekstra shot
+15"), services and fees, notes, index rows and totals are not. Where a row prints only a
vehicle, a type or a grade under a family heading, the product is named as a labeller writes
it: family + that cell. Per layout (files ``b21-<layout>``; seeds ``SEED_21`` + index):

- ``gazetka``: a Polish supermarket's weekly promo flyer (A4, DejaVu, 2 pages): a red head band
  with the validity dates and the hotline, a yellow "HIT TYGODNIA" lead offer, then 3 × 3 tiles
  (photo, bold name, "opak. 200 g", a yellow price sticker "5,99 zł", on some a struck old price
  and a "-25%" badge or a "2 za 10 zł" / "1+1 GRATIS" ribbon, a grey unit price "1 kg = 29,95
  zł"), on page 2 a strip of loose produce sold by weight ("cena za 1 kg", "2,99 zł/kg"), a
  loyalty-card banner and legal small print. A tile is a product: prices the sticker then the
  struck one; size the pack ("200 g"; none for loose produce).
- ``folheto``: a Portuguese electronics retailer's leaflet (A4, 2 pages): a head band with the
  validity and the support line, 2 × 4 cards (photo, bold name "Portátil Lumex Air 14", three
  spec bullets, "Ref. 1048822" in grey, at the right a struck "PVP anterior 799,99 €", the red
  price "649,99 €", a "Poupe 150 €" badge and "ou 12x 54,17 €*"; some "desde 299,99 €"), a
  services strip (installation, extended warranty fees) and small print. A card is a product:
  code the Ref.; prices the red price then the struck one; no sizes.
- ``ricambi``: an Italian / English auto-parts catalogue (A4, 3 pages): per part family a photo,
  the Italian heading with the English one in italics under it, a line of copy, then a ruled
  table Codice | Veicolo / Vehicle | Anni / Years | Misure / Size | Rif. OE / OE ref. | € with
  one or two OEM cross-reference numbers a row; page 3 ends with an OE cross-reference index
  and terms. A row is a product named family + vehicle ("Dischi freno anteriori Fiat Panda
  1.2", alias the English family + vehicle); codes the Codice then the OE numbers; price the
  € column; size the Misure cell.
- ``permata``: an Indonesian / English gemstone dealer's guide and price list (A4, 4 pages):
  chapter 1 is two columns of prose (Indonesian left, English right) on choosing stones, with
  prices per carat in the text; chapter 2 is ruled tables per stone group, Kode | Nama / Name |
  Asal / Origin | Berat / Weight | Ukuran (mm) | Harga (Rp), the Indonesian name in bold over
  the English one in italics; chapter 3 is care advice and a fee table of services
  (certificates, setting). A row is a product named in Indonesian ("Safir Biru Oval", alias
  "Blue Sapphire, oval"); code the Kode; price "Rp 18.750.000"; size the carat weight.
- ``kafe``: a Turkish café-bakery menu (A4, DejaVu, 2 pages): a head with the address, phone
  and Wi-Fi password; hot and cold drinks in a table with size columns "Küçük / Orta / Büyük"
  (cup sizes under them) and prices without currency, a dash where a size is not served, the
  English name in italics under each Turkish one, an extras line and a loyalty-card banner;
  page 2 the bakery with the English name beside the Turkish one and dotted leaders, cakes
  priced by slice and whole, breakfast plates with a description; footers with the service
  and allergen notes. A drink, bakery item, cake or plate is a product (alias its English
  name where one is printed): prices in printed order (S, M, L; slice then whole); no sizes.
- ``betong``: a Vietnamese precast-concrete company's brochure (A4, DejaVu, 4 pages): page 1 an
  introduction in prose with certifications, a photo and the hotline; pages 2-3 per product
  family a heading, a photo and a ruled spec table Mã SP | Loại | Quy cách (mm) | Khối lượng
  (kg) | Tải trọng | Đơn giá (VNĐ); page 4 services (transport per km, crane hire, installation)
  and terms. A row is a product named family + Loại ("Cống tròn BTCT D600"); code the Mã SP;
  price the Đơn giá; size the Quy cách.
- ``mayorista``: a Spanish grocery wholesaler's catalogue (A4, 2 pages): category bands, list
  rows with a thumbnail, the bold name, the brand in grey, "Formato: caja 12 × 1 L", "EAN" and
  "Cód." codes, the price per unit "4,85 €/ud." and per box "58,20 €/caja" at the right, some
  rows with a "NOVEDAD" flag; a head with the order line and minimum order, terms at the end.
  A row is a product: codes the Cód. then the EAN; prices per unit then per box; size the
  unit's content ("1 L").

Batch 21 non-catalogs (truth: no products): ``handbook`` (two pages of a precast-concrete
handbook: numbered clauses, a reinforcing-bar table, a table of standard box culvert units with
designations, sizes and masses, a figure, a worked example with a cost), ``oplaty`` (a Polish
town office's notice of fees: a numbered schedule of services and amounts in zł),
``relatorio`` (a Portuguese electronics retailer's annual report: revenue by product segment,
key figures, prose naming the best-selling models and their prices), ``resep`` (an Indonesian
recipe and nutrition booklet: ingredients with amounts, a nutrition facts table, a cost per
portion).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 21 [--scanned]
"""

from __future__ import annotations

import re
from collections.abc import Callable

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo, wrap
from generate_blind import Batch, product, right, sized_pdf
from generate_blind6 import comma, strike
from generate_blind9 import black, centre, grey
from generate_blind11 import cells, rule
from generate_blind15 import fill, leader
from generate_blind16 import dejavu_pdf
from generate_blind18 import lines

# === shared parts ==============================================================================


def folio(pdf: FPDF, text: str, page: str, font: str = "Helvetica") -> None:
    """A footer line: the company's small print at the left, the page at the right."""
    pdf.set_font(font, "", 6.5)
    grey(pdf, 110)
    pdf.text(36, pdf.h - 20, text)
    right(pdf, pdf.w - 36, pdf.h - 20, page)
    black(pdf)


def head(
    pdf: FPDF, colour: tuple[int, int, int], title: str, small: tuple[str, str], font: str
) -> None:
    """A coloured head band: the title large, small print under it at the left and right."""
    left, right_text = small
    fill(pdf, colour)
    pdf.rect(0, 0, pdf.w, 64, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font(font, "B", 22)
    pdf.text(36, 34, title)
    pdf.set_font(font, "", 8)
    pdf.text(36, 52, left)
    right(pdf, pdf.w - 36, 52, right_text)
    black(pdf)


def prose(pdf: FPDF, x: float, y: float, width: float, texts: list[str], leading: float) -> float:
    for text in texts:
        y = lines(pdf, x, y, width, text, leading) + leading / 2
    return y


def zloty(value: float) -> str:
    return f"{comma(value, ' ')} zł"


def euro(value: float) -> str:
    return f"{comma(value)} €"


def rupiah(value: int) -> str:
    return "Rp " + f"{value:,}".replace(",", ".")


def dong(value: int) -> str:
    return f"{value:,}".replace(",", ".")


# === catalogs ==================================================================================

GROCERY_PL = (  # name, pack, usual shelf price
    ("Masło Ekstra 82% Mleczna Dolina", "200 g", 7.49),
    ("Ser Gouda w plastrach", "150 g", 5.99),
    ("Jogurt naturalny gęsty", "400 g", 3.79),
    ("Kawa mielona Złote Ziarno", "500 g", 26.99),
    ("Makaron świderki durum", "400 g", 4.29),
    ("Olej rzepakowy tłoczony na zimno", "1 l", 12.99),
    ("Sok jabłkowy 100% tłoczony", "1,5 l", 7.49),
    ("Czekolada gorzka 70% kakao", "100 g", 5.49),
    ("Herbata czarna ekspresowa", "100 torebek", 13.99),
    ("Płatki owsiane górskie", "500 g", 3.99),
    ("Szynka wiejska wędzona", "100 g", 4.99),
    ("Woda mineralna gazowana", "6 × 1,5 l", 11.94),
    ("Pierogi ruskie mrożone", "450 g", 8.99),
    ("Ketchup łagodny", "480 g", 5.29),
    ("Mleko UHT 3,2%", "1 l", 3.69),
    ("Chleb żytni na zakwasie", "500 g", 6.99),
    ("Proszek do prania Color", "2,6 kg", 39.99),
    ("Papier toaletowy 3-warstwowy", "8 rolek", 15.99),
    ("Pasztet z drobiu", "195 g", 3.29),
    ("Kiełbasa śląska", "1 kg", 21.99),
    ("Dżem truskawkowy niskosłodzony", "280 g", 6.49),
    ("Płyn do naczyń Cytryna", "900 ml", 8.99),
)
LOOSE_PL = (  # name, origin, usual price per kg
    ("Jabłka Ligol", "Polska", 3.49),
    ("Pomidory malinowe", "Polska", 11.99),
    ("Banany", "Ekwador", 5.99),
    ("Ziemniaki młode", "Egipt", 3.99),
    ("Papryka czerwona", "Hiszpania", 12.99),
)


def unit_price(pack: str, price: float) -> str | None:
    """The shelf-label unit price of a pack in g, kg, ml or l ("1 kg = 29,95 zł")."""
    found = re.fullmatch(r"(\d+(?:,\d+)?) (g|kg|ml|l)", pack)
    if not found:
        return None
    amount = float(found.group(1).replace(",", "."))
    unit = found.group(2)
    per = amount / 1000 if unit in ("g", "ml") else amount
    return f"1 {'kg' if unit in ('g', 'kg') else 'l'} = {zloty(price / per)}"


def sticker(pdf: FPDF, x: float, y: float, text: str, size: float) -> None:
    """A yellow price sticker with the price in red bold, its top-left at (x, y)."""
    pdf.set_font("DejaVu", "B", size)
    width = pdf.get_string_width(text) + 12
    fill(pdf, (255, 222, 0))
    pdf.rect(x, y, width, size * 1.5, style="F")
    pdf.set_text_color(200, 20, 30)
    pdf.text(x + 6, y + size * 1.12, text)
    black(pdf)


def gazetka(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Gazetka DOBRA CENA", A4)
    red = (200, 20, 30)
    pool = list(GROCERY_PL)
    words.rng.shuffle(pool)
    for page in (1, 2):
        pdf.add_page()
        head(
            pdf,
            red,
            "DOBRA CENA",
            ("Oferta ważna od 7.12 do 13.12.2026", "Infolinia 801 100 200  ·  dobracena.pl"),
            "DejaVu",
        )
        top = 76.0
        if page == 1:
            name, pack, usual = pool.pop()
            was = usual
            now = round(usual * 0.7) - 0.01
            fill(pdf, (255, 240, 150))
            pdf.rect(36, top, pdf.w - 72, 150, style="F")
            pdf.image(photo(21000, (300, 200)), x=44, y=top + 8, w=200, h=134)
            pdf.set_font("DejaVu", "B", 12)
            pdf.set_text_color(*red)
            pdf.text(260, top + 24, "HIT TYGODNIA")
            black(pdf)
            pdf.set_font("DejaVu", "B", 13)
            pdf.text(260, top + 48, name)
            pdf.set_font("DejaVu", "", 9)
            pdf.text(260, top + 64, f"opak. {pack}")
            grey(pdf, 90)
            strike(pdf, 260, top + 84, zloty(was))
            black(pdf)
            sticker(pdf, 260, top + 92, zloty(now), 26)
            truth.products.append(product(name, [], [zloty(now), zloty(was)], 1, sizes=[pack]))
            top += 162
        pitch = 168 if page == 1 else 176
        for slot in range(9):
            column, row = slot % 3, slot // 3
            x, y = 36 + column * 176, top + row * pitch
            name, pack, usual = pool.pop()
            deal = words.rng.choice(("old", "pct", "multi", "plain", "free"))
            now = usual
            if deal in ("old", "pct"):
                now = round(usual * words.rng.choice((0.7, 0.75, 0.8)), 1) - 0.01
            pdf.set_draw_color(220, 220, 220)
            pdf.rect(x, y, 168, 160)
            pdf.image(photo(21010 + page * 10 + slot, (200, 120)), x=x + 6, y=y + 6, w=156, h=60)
            pdf.set_font("DejaVu", "B", 8.5)
            y_text = y + 78
            for line in wrap(pdf, name, 156)[:2]:
                pdf.text(x + 6, y_text, line)
                y_text += 10
            pdf.set_font("DejaVu", "", 7)
            pdf.text(x + 6, y_text + 1, f"opak. {pack}")
            prices = [zloty(now)]
            if deal in ("old", "pct"):
                was = usual
                grey(pdf, 90)
                pdf.set_font("DejaVu", "", 8)
                strike(pdf, x + 6, y + 118, zloty(was))
                black(pdf)
                prices.append(zloty(was))
                if deal == "pct":
                    fill(pdf, red)
                    pdf.ellipse(x + 126, y + 8, 34, 34, style="F")
                    pdf.set_text_color(255, 255, 255)
                    pdf.set_font("DejaVu", "B", 9)
                    centre(pdf, x + 143, y + 28, f"-{round(100 * (1 - now / was))}%")
                    black(pdf)
            elif deal in ("multi", "free"):
                ribbon = f"2 za {round(now * 1.7)} zł" if deal == "multi" else "1+1 GRATIS"
                fill(pdf, red)
                pdf.rect(x + 6, y + 6, 70, 15, style="F")
                pdf.set_text_color(255, 255, 255)
                pdf.set_font("DejaVu", "B", 8)
                pdf.text(x + 10, y + 17, ribbon)
                black(pdf)
                pdf.set_font("DejaVu", "", 6.5)
                pdf.text(x + 6, y + 118, "cena za 1 szt.")
            else:
                pdf.set_font("DejaVu", "B", 7)
                pdf.set_text_color(*red)
                pdf.text(x + 6, y + 118, "NISKA CENA")
                black(pdf)
            sticker(pdf, x + 6, y + 122, zloty(now), 15)
            unit = unit_price(pack, now)
            if unit:
                grey(pdf, 100)
                pdf.set_font("DejaVu", "", 6)
                pdf.text(x + 6, y + 154, unit)
                black(pdf)
            truth.products.append(product(name, [], prices, page, sizes=[pack]))
        if page == 2:
            y = 650.0
            pdf.set_font("DejaVu", "B", 11)
            pdf.text(36, y, "Owoce i warzywa prosto od rolnika")
            for k, (name, origin, usual) in enumerate(words.rng.sample(LOOSE_PL, 4)):
                x = 36 + k * 132
                price = zloty(round(usual * words.rng.choice((0.8, 0.9))) - 0.01) + "/kg"
                pdf.image(photo(21060 + k, (120, 80)), x=x, y=y + 8, w=124, h=50)
                pdf.set_font("DejaVu", "B", 8.5)
                pdf.text(x, y + 70, name)
                pdf.set_font("DejaVu", "", 6.5)
                pdf.text(x, y + 80, f"cena za 1 kg  ·  kraj poch.: {origin}")
                sticker(pdf, x, y + 84, price, 12)
                truth.products.append(product(name, [], [price], 2))
            fill(pdf, (30, 110, 60))
            pdf.rect(36, 772, pdf.w - 72, 30, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("DejaVu", "B", 9)
            pdf.text(
                46, 791, "Karta DOBRA CENA: 1 punkt za każde 10 zł zakupów. Zapisz się w kasie!"
            )
            black(pdf)
        folio(
            pdf,
            "Oferta ważna 7.12-13.12.2026 lub do wyczerpania zapasów. Zdjęcia poglądowe. "
            "Ceny zawierają VAT.",
            f"str. {page}/2",
            "DejaVu",
        )
    return pdf


ELECTRONICS_PT = (  # kind, model, usual price, spec bullets
    (
        "Portátil",
        "Lumex Air 14",
        749,
        ('Ecrã 14" Full HD IPS', "Intel Core i5, 16 GB RAM", "SSD 512 GB"),
    ),
    ("Portátil Gaming", "Vektor G16", 1399, ('Ecrã 16" 165 Hz', "RTX 4060 8 GB", "SSD 1 TB")),
    ("Smartphone", "Orion S24 5G", 429, ('Ecrã 6,6" AMOLED', "128 GB, 8 GB RAM", "Câmara 50 MP")),
    ("Smartphone", "Kestrel A15", 159, ('Ecrã 6,5" HD+', "64 GB, 4 GB RAM", "Bateria 5000 mAh")),
    ("Smart TV LED", "Zephyr 55UQ8", 549, ('55" 4K UHD', "HDR10+, Wi-Fi", "3 × HDMI")),
    ("Smart TV OLED", "Zephyr 65OL9", 1799, ('65" OLED 120 Hz', "Dolby Vision", "4 × HDMI 2.1")),
    ("Auscultadores", "Arca Buds Pro", 129, ("Cancelamento de ruído", "Até 30 h", "Bluetooth 5.3")),
    ("Coluna Bluetooth", "Arca Boom 3", 99, ("IP67", "Até 20 h", "Som 360°")),
    ("Tablet", "Polaris Tab 11", 279, ('Ecrã 11" 2K', "128 GB", "Wi-Fi 6")),
    ("Smartwatch", "Orion Watch 6", 199, ('Ecrã 1,4" AMOLED', "GPS", "Até 7 dias")),
    ("Máquina de Lavar Roupa", "Nimbus WM9", 499, ("9 kg, 1400 rpm", "Classe A", "Vapor")),
    ("Frigorífico Combinado", "Nimbus NF360", 699, ("360 l No Frost", "Classe D", "Inox")),
    ("Micro-ondas", "Lumio MW25", 119, ("25 l", "900 W", "Grill")),
    ("Aspirador Robô", "Lumio R8", 399, ("Aspira e lava", "Mapeamento laser", "App")),
    ("Consola", "Polaris Play X", 549, ("1 TB", "4K 120 fps", "Comando incluído")),
    ("Impressora Multifunções", "Vektor Jet 3", 229, ("Wi-Fi", "Tinteiros recarregáveis", "A4")),
    ("Monitor", "Kestrel 27Q", 259, ('27" QHD IPS', "75 Hz", "HDMI, DP")),
    ("Router Wi-Fi 6", "Arca Mesh AX3", 189, ("Mesh, 3 unidades", "Até 3000 Mbps", "WPA3")),
)


def folheto(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Folheto Tecnomax", A4)
    blue = (10, 60, 140)
    red = (215, 25, 35)
    pool = list(ELECTRONICS_PT)
    words.rng.shuffle(pool)
    for page in (1, 2):
        pdf.add_page()
        head(
            pdf,
            blue,
            "TECNOMAX",
            (
                "Folheto válido de 4 a 17 de dezembro de 2026, salvo rutura de stock",
                "Apoio ao cliente 210 000 111  ·  tecnomax.pt",
            ),
            "Helvetica",
        )
        for slot in range(8):
            column, row = slot % 2, slot // 2
            x, y = 36 + column * 266, 80 + row * 160
            kind, model, usual, specs = pool.pop()
            name = f"{kind} {model}"
            code = str(words.rng.randrange(1000000, 9999999))
            shape = words.rng.choice(("sale", "sale", "sale", "plain", "plain", "from"))
            was = usual + 0.99
            now = was if shape != "sale" else round(usual * words.rng.choice((0.8, 0.85))) - 0.01
            pdf.set_draw_color(210, 210, 210)
            pdf.rect(x, y, 258, 150)
            pdf.image(photo(21100 + page * 10 + slot, (150, 150)), x=x + 6, y=y + 6, w=90, h=90)
            pdf.set_font("Helvetica", "B", 9.5)
            y_text = y + 18
            for line in wrap(pdf, name, 150)[:2]:
                pdf.text(x + 102, y_text, line)
                y_text += 11
            pdf.set_font("Helvetica", "", 7.5)
            for spec in specs:
                pdf.text(x + 102, y_text + 2, f"•  {spec}")
                y_text += 10
            grey(pdf, 120)
            pdf.set_font("Helvetica", "", 7)
            pdf.text(x + 6, y + 110, f"Ref. {code}")
            black(pdf)
            prices = [euro(now)]
            if shape == "sale":
                pdf.set_font("Helvetica", "", 7)
                grey(pdf, 100)
                right(pdf, x + 250, y + 98, "PVP anterior")
                pdf.set_font("Helvetica", "", 9)
                old = euro(was)
                strike(pdf, x + 250 - pdf.get_string_width(old), y + 109, old)
                prices.append(old)
                fill(pdf, (255, 210, 0))
                black(pdf)
                pdf.set_font("Helvetica", "B", 7.5)
                badge = f"Poupe {round(was - now)} €"
                pdf.rect(x + 6, y + 118, pdf.get_string_width(badge) + 8, 12, style="F")
                pdf.text(x + 10, y + 127, badge)
            pdf.set_text_color(*red)
            pdf.set_font("Helvetica", "B", 19)
            right(pdf, x + 250, y + 131, euro(now))
            if shape == "from":
                x_price = x + 250 - pdf.get_string_width(euro(now))
                pdf.set_font("Helvetica", "B", 8)
                right(pdf, x_price - 4, y + 131, "desde")
            black(pdf)
            if now > 200:
                pdf.set_font("Helvetica", "", 7)
                grey(pdf, 90)
                right(pdf, x + 250, y + 143, f"ou 12x {comma(now / 12)} €*")
                black(pdf)
            truth.products.append(product(name, [code], prices, page))
        fill(pdf, (235, 240, 248))
        pdf.rect(36, 730, pdf.w - 72, 60, style="F")
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(46, 748, "Serviços Tecnomax" if page == 1 else "Vantagens Cartão Tecnomax")
        pdf.set_font("Helvetica", "", 7.5)
        if page == 1:
            pdf.text(46, 762, "Entrega ao domicílio 9,90 €  ·  grátis em compras acima de 50,00 €")
            pdf.text(46, 774, "Instalação de TV e eletrodomésticos 39,90 €  ·  Recolha do usado")
            pdf.text(46, 786, "Extensão de garantia 3 anos desde 49,00 €")
        else:
            pdf.text(46, 762, "Pague em 12x sem juros. TAEG 0%. Montante mínimo 200,00 €.")
            pdf.text(46, 774, "Acumule 5% em cartão em todos os artigos deste folheto.")
        folio(
            pdf,
            "*Pagamento em prestações com Cartão Tecnomax, sujeito a aprovação. Preços com IVA "
            "à taxa legal em vigor e ecovalor incluído. Imagens meramente ilustrativas.",
            f"{page}",
        )
    return pdf


PART_FAMILIES = (
    ("Pastiglie freno anteriori", "Front brake pads", "{:.1f} × {:.1f} × {} mm"),
    ("Dischi freno anteriori", "Front brake discs", "Ø {} × {} mm"),
    ("Filtri olio", "Oil filters", "Ø {} × H {} mm"),
    ("Filtri aria", "Air filters", "{} × {} × {} mm"),
    ("Ammortizzatori posteriori", "Rear shock absorbers", "L {}-{} mm"),
)
PART_COPY = (
    "Mescola a basso contenuto di rame, conforme ECE R90. Low-copper compound, ECE R90 approved.",
    "Ghisa G3000, verniciatura anticorrosione. G3000 cast iron with anti-corrosion coating.",
    "Carta filtrante in fibra sintetica, valvola antidrenaggio. Synthetic media, anti-drain valve.",
    "Elemento pieghettato ad alta capacità. High-capacity pleated element.",
    "A gas bitubo, montaggio senza modifiche. Twin-tube gas, direct fit.",
)
VEHICLES = (
    ("Fiat Panda 1.2", "2012-2020", "fiat"),
    ("Fiat 500 1.0 Hybrid", "2020-2024", "fiat"),
    ("Alfa Romeo Giulietta 1.6 JTDm", "2010-2020", "fiat"),
    ("Lancia Ypsilon 0.9 TwinAir", "2011-2023", "fiat"),
    ("VW Golf VII 1.6 TDI", "2012-2019", "vw"),
    ("VW Polo 1.0 TSI", "2017-2024", "vw"),
    ("Audi A3 2.0 TDI", "2012-2020", "vw"),
    ("Skoda Octavia III 1.6 TDI", "2013-2020", "vw"),
    ("Renault Clio IV 1.5 dCi", "2012-2019", "renault"),
    ("Dacia Sandero 1.0 SCe", "2016-2022", "renault"),
    ("Peugeot 208 1.2 PureTech", "2019-2024", "psa"),
    ("Citroën C3 1.2", "2016-2023", "psa"),
    ("Toyota Yaris 1.5 Hybrid", "2020-2024", "toyota"),
)


def oe_number(words: Words, make: str) -> str:
    rng = words.rng
    if make == "fiat":
        return str(rng.randrange(50000000, 77999999))
    if make == "vw":
        letters = "".join(rng.choice("ABCDEGHKLMNQRST") for _ in range(1))
        return (
            f"{rng.randrange(1, 6)}{letters}0 {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
        )
    if make == "renault":
        pairs = f"{rng.randrange(10, 99)} {rng.randrange(10, 99)}"
        return f"{pairs} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
    if make == "psa":
        return f"16 {rng.randrange(100, 999)} {rng.randrange(100, 999)} 80"
    return f"04465-{rng.randrange(10000, 99999)}"


def part_size(words: Words, index: int) -> str:
    rng = words.rng
    template = PART_FAMILIES[index][2]
    if index == 0:
        size = template.format(rng.randrange(1000, 1600) / 10, rng.randrange(450, 650) / 10, 17)
        return size.replace(".", ",")
    if index == 1:
        return template.format(rng.choice((240, 257, 280, 284, 312)), rng.choice((12, 20, 22, 25)))
    if index == 2:
        return template.format(rng.choice((68, 76, 80)), rng.choice((65, 79, 86, 100)))
    if index == 3:
        return template.format(
            rng.randrange(200, 300), rng.randrange(120, 220), rng.choice((40, 50))
        )
    low = rng.randrange(300, 380)
    return template.format(low, low + rng.randrange(160, 220))


def ricambi(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Catalogo ricambi Zanetti 2026", A4)
    index: list[tuple[str, str]] = []
    placements = ((1, 0), (1, 1), (2, 0), (2, 1), (3, 0))
    for family, (page, half) in enumerate(placements):
        if half == 0:
            pdf.add_page()
            pdf.set_font("Helvetica", "B", 11)
            pdf.text(36, 34, "AUTORICAMBI ZANETTI")
            pdf.set_font("Helvetica", "I", 8)
            pdf.text(190, 34, "Catalogo freni e filtri 2026  /  Brakes and filters catalogue 2026")
            pdf.set_font("Helvetica", "", 7.5)
            right(pdf, pdf.w - 36, 34, "Tel. +39 051 634 2210")
            rule(pdf, 40, 120, 36, pdf.w - 36)
        italian, english, _ = PART_FAMILIES[family]
        top = 56 + half * 380
        pdf.image(photo(21200 + family, (200, 140)), x=36, y=top, w=150, h=105)
        pdf.set_font("Helvetica", "B", 15)
        pdf.text(200, top + 18, italian)
        pdf.set_font("Helvetica", "I", 11)
        grey(pdf, 90)
        pdf.text(200, top + 34, english)
        black(pdf)
        pdf.set_font("Helvetica", "", 8)
        lines(pdf, 200, top + 54, 355, PART_COPY[family], 11)
        columns = ((36, "l"), (96, "l"), (246, "l"), (300, "l"), (410, "l"), (559, "r"))
        y = top + 130
        pdf.set_font("Helvetica", "B", 7)
        cells(pdf, y, columns[:4], ["Codice", "Veicolo / Vehicle", "Anni / Years", "Misure / Size"])
        pdf.text(410, y, "Rif. OE / OE ref.")
        right(pdf, 559, y, "€")
        rule(pdf, y + 4, 80, 36, 559)
        y += 16
        for vehicle, years, make in words.rng.sample(VEHICLES, 5):
            code = f"ZB{family + 1}{words.rng.randrange(1000, 9999)}"
            oes = [oe_number(words, make) for _ in range(words.rng.choice((1, 1, 2)))]
            size = part_size(words, family)
            price = comma(words.rng.randrange(9, 140) + words.rng.choice((0.5, 0.9, 0.0)))
            pdf.set_font("Helvetica", "B", 7.5)
            pdf.text(36, y, code)
            pdf.set_font("Helvetica", "", 7.5)
            cells(pdf, y, columns[1:4], [vehicle, years, size])
            for k, oe in enumerate(oes):
                pdf.text(410, y + k * 9, oe)
                index.append((oe, code))
            right(pdf, 559, y, price)
            y += 9 * len(oes) + 6
            rule(pdf, y - 6, 215, 36, 559)
            name = f"{italian} {vehicle}"
            truth.products.append(
                product(
                    name,
                    [code, *oes],
                    [price],
                    page,
                    sizes=[size],
                    aliases=[f"{english} {vehicle}"],
                )
            )
        if half == 1 or page == 3:
            folio(
                pdf,
                "Autoricambi Zanetti S.r.l.  ·  Via dell'Industria 18, 40138 Bologna",
                str(page),
            )
    y = 380.0
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(36, y, "Tabella di corrispondenza OE  /  OE cross-reference")
    pdf.set_font("Helvetica", "", 6.5)
    for k, (oe, code) in enumerate(sorted(index)):
        x = 36 + (k // 25) * 130
        pdf.text(x, y + 16 + (k % 25) * 8.5, f"{oe}  >  {code}")
    pdf.set_font("Helvetica", "", 7)
    pdf.text(
        36,
        752,
        "Prezzi IVA esclusa, validi dal 1/1/2026. Porto franco per ordini superiori a 300,00 €; "
        "spese di spedizione 12,00 €.",
    )
    pdf.text(36, 762, "Prices exclude VAT. Free delivery on orders over 300,00 €.")
    return pdf


STONES = (
    ("Safir Biru", "Blue Sapphire", "Sri Lanka", (2_500_000, 9_000_000)),
    ("Safir Kuning", "Yellow Sapphire", "Thailand", (1_500_000, 5_000_000)),
    ("Rubi Merah Delima", "Pigeon Blood Ruby", "Myanmar", (6_000_000, 20_000_000)),
    ("Zamrud Kolombia", "Colombian Emerald", "Kolombia", (4_000_000, 15_000_000)),
    ("Aquamarine", "Aquamarine", "Brasil", (800_000, 2_500_000)),
    ("Kecubung Ungu", "Amethyst", "Brasil", (150_000, 600_000)),
    ("Bacan Doko", "Bacan Doko Chrysocolla", "Maluku Utara", (300_000, 1_500_000)),
    ("Pirus Persia", "Persian Turquoise", "Iran", (250_000, 900_000)),
    ("Opal Kalimaya", "Kalimaya Opal", "Banten", (400_000, 2_000_000)),
    ("Garnet Merah", "Red Garnet", "Tanzania", (200_000, 800_000)),
)
SHAPES = (("Oval", "oval"), ("Bulat", "round"), ("Bantal", "cushion"), ("Tetes", "pear"))


def permata(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Galeri Permata Nusantara", A4)

    def header(page: int) -> None:
        pdf.set_font("Times", "B", 10)
        pdf.text(36, 30, "Galeri Permata Nusantara")
        pdf.set_font("Times", "", 8)
        pdf.text(200, 30, "Jl. Kebon Sirih 12, Jakarta Pusat  ·  (021) 3190 4455")
        rule(pdf, 36, 150, 36, pdf.w - 36)
        folio(pdf, "Panduan & Daftar Harga 2026  /  Guide & Price List 2026", f"Halaman {page}")

    def chapter(y: float, indonesian: str, english: str) -> None:
        pdf.set_font("Times", "B", 20)
        pdf.text(36, y, indonesian)
        pdf.set_font("Times", "I", 13)
        grey(pdf, 90)
        pdf.text(36, y + 18, english)
        black(pdf)

    pdf.add_page()
    header(1)
    chapter(76, "Bab 1. Mengenal Batu Permata", "Chapter 1. Understanding Gemstones")
    pdf.image(photo(21300, (400, 160)), x=36, y=108, w=523, h=170)
    indonesian = [
        "Batu permata dinilai dari empat hal: warna, kejernihan, potongan dan berat. Berat "
        "diukur dalam karat (ct); satu karat sama dengan 0,2 gram. Harga naik jauh lebih cepat "
        "daripada beratnya: safir 1 ct mungkin Rp 2.500.000 per karat, sedangkan batu 5 ct "
        "dengan warna yang sama bisa mencapai Rp 8.000.000 per karat.",
        "Mintalah selalu sertifikat dari laboratorium yang diakui. Batu yang dipanaskan lebih "
        "murah daripada batu alami tanpa perlakuan, dan penjual yang jujur akan menyebutkannya.",
        "Warna terbaik biasanya terlihat di bawah cahaya matahari pagi. Bandingkan batu di atas "
        "kertas putih, jangan di bawah lampu toko yang hangat.",
    ]
    english = [
        "Gemstones are judged on four things: colour, clarity, cut and weight. Weight is "
        "measured in carats (ct); one carat is 0.2 grams. Prices rise much faster than weight: "
        "a 1 ct sapphire may cost Rp 2,500,000 per carat, while a 5 ct stone of the same colour "
        "can reach Rp 8,000,000 per carat.",
        "Always ask for a certificate from a recognised laboratory. Heated stones are cheaper "
        "than untreated natural ones, and an honest dealer will say so.",
        "The best colour is usually seen in morning daylight. Compare stones on white paper, not "
        "under a shop's warm lights.",
    ]
    pdf.set_font("Times", "", 10)
    prose(pdf, 36, 302, 250, indonesian, 13)
    pdf.set_font("Times", "I", 10)
    prose(pdf, 309, 302, 250, english, 13)
    groups = (
        ("Korundum", "Corundum", STONES[:3]),
        ("Beril & Kuarsa", "Beryl & Quartz", STONES[3:6]),
    )
    groups += (("Batu Nusantara & Lainnya", "Indonesian & other stones", STONES[6:]),)
    placements = ((2, 60.0), (2, 370.0), (3, 60.0))
    used: set[str] = set()
    for (group_id, group_en, stones), (page, top) in zip(groups, placements, strict=True):
        if top == 60.0:
            pdf.add_page()
            header(page)
            if page == 2:
                chapter(70, "Bab 2. Daftar Harga", "Chapter 2. Price List")
                top = 112.0
        pdf.set_font("Times", "B", 13)
        pdf.text(36, top, f"{group_id}  /  {group_en}")
        columns = ((36, "l"), (100, "l"), (250, "l"), (375, "r"), (455, "r"), (559, "r"))
        pdf.set_font("Helvetica", "B", 7)
        y = top + 20
        heads = ["Kode", "Nama / Name", "Asal / Origin", "Berat / Weight", "Ukuran (mm)"]
        cells(pdf, y, columns, [*heads, "Harga (Rp)"])
        rule(pdf, y + 4, 60, 36, 559)
        y += 18
        rows = 7 if page == 3 else 6
        for _ in range(rows):
            for _ in range(100):
                stone = words.rng.choice(stones)
                shape = words.rng.choice(SHAPES)
                name = f"{stone[0]} {shape[0]}"
                if name not in used:
                    used.add(name)
                    break
            carat = words.rng.randrange(50, 600) / 100
            weight = f"{comma(carat)} ct"
            side = 6 * carat ** (1 / 3)
            size = f"{side * 1.3:.1f} × {side:.1f}".replace(".", ",")
            low, high = stone[3]
            price = rupiah(int(round(words.rng.randrange(low, high) * carat, -4)))
            code = f"GPN-{words.rng.randrange(1000, 9999)}"
            pdf.set_font("Helvetica", "", 7.5)
            cells(
                pdf,
                y,
                ((36, "l"), (250, "l"), (375, "r"), (455, "r")),
                [code, stone[2], weight, size],
            )
            right(pdf, 559, y, price)
            pdf.set_font("Times", "B", 9.5)
            pdf.text(100, y, name)
            pdf.set_font("Times", "I", 8)
            grey(pdf, 90)
            english_name = f"{stone[1]}, {shape[1]}"
            pdf.text(100, y + 10, english_name)
            black(pdf)
            rule(pdf, y + 15, 215, 36, 559)
            y += 27
            truth.products.append(
                product(name, [code], [price], page, sizes=[weight], aliases=[english_name])
            )
        if page == 3:
            pdf.set_font("Times", "I", 8.5)
            pdf.text(
                36,
                y + 10,
                "Harga termasuk sertifikat laboratorium. Prices include a laboratory certificate.",
            )
    pdf.add_page()
    header(4)
    chapter(70, "Bab 3. Perawatan & Layanan", "Chapter 3. Care & Services")
    care = [
        "Bersihkan perhiasan dengan air hangat, sabun lembut dan sikat gigi yang halus. Opal dan "
        "pirus berpori: jangan direndam dan jauhkan dari parfum.",
        "Clean jewellery with warm water, mild soap and a soft toothbrush. Opal and turquoise "
        "are porous: do not soak them and keep them away from perfume.",
    ]
    pdf.set_font("Times", "", 10)
    y = prose(pdf, 36, 116, 523, care, 13)
    pdf.set_font("Times", "B", 12)
    pdf.text(36, y + 14, "Tarif layanan  /  Service fees")
    pdf.set_font("Times", "", 10)
    fees = (
        ("Sertifikat laboratorium / Laboratory certificate", 350_000),
        ("Pemasangan pada cincin perak / Setting in a silver ring", 750_000),
        ("Pemasangan pada cincin emas / Setting in a gold ring", 1_500_000),
        ("Poles ulang / Re-polishing", 200_000),
    )
    for k, (service, fee) in enumerate(fees):
        pdf.text(36, y + 36 + k * 16, service)
        leader(pdf, 36 + pdf.get_string_width(service) + 6, 480, y + 36 + k * 16)
        right(pdf, 559, y + 36 + k * 16, rupiah(fee))
    return pdf


DRINKS_TR = (
    ("Filtre Kahve", "Filter coffee"),
    ("Americano", "Americano"),
    ("Latte", "Caffè latte"),
    ("Cappuccino", "Cappuccino"),
    ("Flat White", "Flat white"),
    ("Mocha", "Mocha"),
    ("Sahlep", "Salep, hot milk with orchid root"),
    ("Sıcak Çikolata", "Hot chocolate"),
    ("Chai Tea Latte", "Chai tea latte"),
    ("Demleme Çay", "Brewed black tea"),
)
SINGLE_TR = (("Türk Kahvesi", "Turkish coffee"), ("Espresso", "Espresso"))
COLD_TR = (
    ("Buzlu Latte", "Iced latte"),
    ("Soğuk Demleme", "Cold brew"),
    ("Limonata", "Homemade lemonade"),
    ("Frappé Karamel", "Caramel frappé"),
    ("Çilekli Milkshake", "Strawberry milkshake"),
)
BAKERY_TR = (
    ("Simit", "Sesame bagel"),
    ("Peynirli Poğaça", "Cheese pogača"),
    ("Zeytinli Açma", "Olive açma roll"),
    ("Tereyağlı Kruvasan", "Butter croissant"),
    ("Çikolatalı Kruvasan", "Chocolate croissant"),
    ("Su Böreği", "Layered cheese börek"),
    ("Tarçınlı Çörek", "Cinnamon roll"),
    ("Kurabiye", "Cookie"),
)
CAKES_TR = (
    ("Limonlu Cheesecake", "Lemon cheesecake"),
    ("Islak Kek", "Chocolate wet cake"),
    ("Havuçlu Tarçınlı Kek", "Carrot and cinnamon cake"),
    ("San Sebastian", "Basque cheesecake"),
)
BREAKFAST_TR = (
    ("Serpme Kahvaltı", "Two-person spread: cheeses, olives, honey, jams, eggs, simit"),
    ("Menemen", "Eggs scrambled with tomato and peppers, served with bread"),
    ("Kahvaltı Tabağı", "Cheese, olives, tomato, cucumber, boiled egg, bread"),
)


def kafe(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Kahve Durağı menü", A4)
    brown = (90, 55, 35)
    pdf.add_page()
    head(
        pdf,
        brown,
        "KAHVE DURAĞI",
        (
            "Kahve & Fırın  ·  Moda Cad. 41, Kadıköy",
            "Tel. 0216 345 18 90  ·  Wi-Fi: kahveduragi / şifre: simit2026",
        ),
        "DejaVu",
    )
    columns = ((400, "r"), (470, "r"), (540, "r"))

    def table_head(y: float, title: str) -> None:
        pdf.set_font("DejaVu", "B", 13)
        pdf.set_text_color(*brown)
        pdf.text(40, y, title)
        black(pdf)
        pdf.set_font("DejaVu", "B", 8.5)
        cells(pdf, y, columns, ["Küçük", "Orta", "Büyük"])
        pdf.set_font("DejaVu", "", 6.5)
        grey(pdf, 110)
        cells(pdf, y + 10, columns, ["250 ml", "350 ml", "450 ml"])
        black(pdf)

    def drink(y: float, name: str, english: str, prices: list[str], page: int) -> None:
        pdf.set_font("DejaVu", "B", 10)
        pdf.text(40, y, name)
        pdf.set_font("DejaVu", "I", 7.5)
        grey(pdf, 100)
        pdf.text(40, y + 10, english)
        black(pdf)
        pdf.set_font("DejaVu", "", 10)
        printed = {3: prices, 2: ["–", *prices], 1: ["–", *prices, "–"]}[len(prices)]
        cells(pdf, y, columns, printed)
        aliases = [english] if english != name else []
        truth.products.append(product(name, [], prices, page, aliases=aliases))

    y = 100.0
    table_head(y, "SICAK İÇECEKLER")
    y += 32
    for name, english in words.rng.sample(DRINKS_TR, 8):
        base = words.rng.randrange(6, 13) * 10
        drink(y, name, english, [str(base), str(base + 15), str(base + 30)], 1)
        y += 28
    for name, english in SINGLE_TR:
        drink(y, name, english, [str(words.rng.randrange(6, 10) * 10)], 1)
        y += 28
    pdf.set_font("DejaVu", "I", 8)
    pdf.text(40, y, "Ekstra shot +15  ·  Bitkisel süt (yulaf, badem) +20  ·  Aromalı şurup +10")
    y += 30
    table_head(y, "SOĞUK İÇECEKLER")
    y += 32
    for name, english in words.rng.sample(COLD_TR, 4):
        base = words.rng.randrange(8, 14) * 10
        drink(y, name, english, [str(base + 10), str(base + 25)], 1)
        y += 28
    fill(pdf, (245, 235, 220))
    pdf.rect(40, y + 10, 515, 44, style="F")
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_text_color(*brown)
    pdf.text(54, y + 30, "Sadakat kartı: 9 kahveye 10.'su bizden!")
    black(pdf)
    pdf.set_font("DejaVu", "", 8)
    pdf.text(
        54,
        y + 44,
        "Öğrenci kartıyla tüm içeceklerde %10 indirim  ·  Kendi bardağını getir, 10 TL indirim",
    )
    folio(pdf, "Fiyatlarımız Türk Lirası'dır, KDV dahildir. Servis ücreti alınmaz.", "1", "DejaVu")
    pdf.add_page()
    fill(pdf, brown)
    pdf.rect(0, 0, pdf.w, 40, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVu", "B", 16)
    pdf.text(40, 27, "FIRINDAN  ·  From our oven")
    black(pdf)
    y = 70.0
    pdf.set_font("DejaVu", "", 8)
    grey(pdf, 90)
    pdf.text(40, y, "Her sabah 06.30'da taze çıkar. Baked fresh every morning at 6.30.")
    black(pdf)
    y += 24
    for name, english in words.rng.sample(BAKERY_TR, 7):
        price = str(words.rng.randrange(2, 9) * 10 + 5)
        pdf.set_font("DejaVu", "B", 10)
        pdf.text(40, y, name)
        x_english = 46 + pdf.get_string_width(name)
        pdf.set_font("DejaVu", "I", 8)
        grey(pdf, 100)
        pdf.text(x_english, y, english)
        black(pdf)
        pdf.set_font("DejaVu", "", 10)
        leader(pdf, 300, 520, y)
        right(pdf, 555, y, price)
        truth.products.append(product(name, [], [price], 2, aliases=[english]))
        y += 20
    y += 16
    pdf.set_font("DejaVu", "B", 13)
    pdf.set_text_color(*brown)
    pdf.text(40, y, "PASTALAR")
    black(pdf)
    pdf.set_font("DejaVu", "B", 8.5)
    cells(pdf, y, ((470, "r"), (555, "r")), ["Dilim", "Bütün"])
    y += 22
    for name, english in CAKES_TR:
        slice_price = words.rng.randrange(11, 18) * 10
        whole = slice_price * 8 - 50
        pdf.set_font("DejaVu", "B", 10)
        pdf.text(40, y, name)
        pdf.set_font("DejaVu", "I", 7.5)
        grey(pdf, 100)
        pdf.text(40, y + 10, english)
        black(pdf)
        pdf.set_font("DejaVu", "", 10)
        cells(pdf, y, ((470, "r"), (555, "r")), [str(slice_price), str(whole)])
        truth.products.append(
            product(name, [], [str(slice_price), str(whole)], 2, aliases=[english])
        )
        y += 28
    y += 16
    pdf.set_font("DejaVu", "B", 13)
    pdf.set_text_color(*brown)
    pdf.text(40, y, "KAHVALTI  ·  09.00-14.00")
    black(pdf)
    y += 24
    for k, (name, description) in enumerate(BREAKFAST_TR):
        price = str(words.rng.randrange(24, 70) * 10)
        if k == 0:
            price = str(int(price) * 2)
        pdf.set_font("DejaVu", "B", 10)
        pdf.text(40, y, name)
        right(pdf, 555, y, price)
        pdf.set_font("DejaVu", "", 8)
        grey(pdf, 90)
        pdf.text(40, y + 11, description)
        black(pdf)
        truth.products.append(product(name, [], [price], 2))
        y += 30
    pdf.image(photo(21400, (300, 160)), x=40, y=y + 10, w=515, h=130)
    folio(
        pdf,
        "Alerjen bilgisi için lütfen personelimize danışınız. Menü no. 4 - Aralık 2026",
        "2",
        "DejaVu",
    )
    return pdf


CONCRETE_VI = (
    ("Cống tròn BTCT", "Cống tròn bê tông cốt thép, đúc ly tâm, mối nối âm dương", "CT"),
    ("Cống hộp BTCT", "Cống hộp đúc sẵn cho thoát nước dưới đường giao thông", "CH"),
    ("Cọc bê tông ly tâm", "Cọc bê tông ly tâm ứng suất trước, tiêu chuẩn TCVN 7888:2014", "PHC"),
    ("Bó vỉa bê tông", "Bó vỉa hè và dải phân cách, bê tông mác 300", "BV"),
)


def concrete_rows(words: Words, family: int) -> list[tuple[str, str, int, str]]:
    """(Loại, Quy cách, kg, tải trọng) rows of one family."""
    rng = words.rng
    if family == 0:
        out = []
        for d in (300, 400, 600, 800, 1000):
            wall = d // 10 + 20
            out.append(
                (
                    f"D{d}",
                    f"Ø{d} × 4000 × {wall}",
                    round(3.14 * (d + wall) * wall * 4 * 2.5 / 1000),
                    "H30",
                )
            )
        return out
    if family == 1:
        return [
            (f"H{b}", f"{b} × {b} × 1200", round(b * b * 0.0012 + 600), rng.choice(("HL93", "H30")))
            for b in (800, 1000, 1200, 1600, 2000)
        ]
    if family == 2:
        return [
            (f"PHC {d} {g}", f"Ø{d} × {length}000", round(d * length * 0.35), g)
            for d, g, length in (
                (300, "A", 12),
                (400, "A", 12),
                (400, "B", 15),
                (500, "A", 15),
                (600, "C", 18),
            )
        ]
    return [
        (f"BV-{k + 1}", f"{length} × {w} × {h}", round(length * w * h * 2.4e-6), "M300")
        for k, (length, w, h) in enumerate(
            (
                (1000, 180, 220),
                (1000, 230, 260),
                (500, 150, 300),
                (1000, 260, 300),
                (1000, 100, 200),
            )
        )
    ]


def betong(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Bê tông đúc sẵn Phú Mỹ", A4)
    green = (20, 90, 70)

    def header(page: int) -> None:
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_text_color(*green)
        pdf.text(36, 30, "CÔNG TY CP BÊ TÔNG ĐÚC SẴN PHÚ MỸ")
        black(pdf)
        pdf.set_font("DejaVu", "", 7.5)
        right(pdf, pdf.w - 36, 30, "Hotline: 0903 456 789  ·  betongphumy.vn")
        rule(pdf, 37, 150, 36, pdf.w - 36)
        folio(
            pdf,
            "KCN Phú Mỹ I, Thị xã Phú Mỹ, Bà Rịa - Vũng Tàu  ·  ĐT: 0254 389 1234",
            str(page),
            "DejaVu",
        )

    pdf.add_page()
    header(1)
    pdf.set_font("DejaVu", "B", 22)
    pdf.text(36, 80, "Giới thiệu công ty")
    pdf.image(photo(21500, (400, 200)), x=36, y=96, w=523, h=220)
    intro = [
        "Được thành lập năm 2004, Bê tông đúc sẵn Phú Mỹ sản xuất cấu kiện bê tông cho các công "
        "trình giao thông, thoát nước và hạ tầng khu công nghiệp tại miền Nam. Nhà máy rộng "
        "6 ha với công suất 120.000 m³ mỗi năm.",
        "Sản phẩm được sản xuất theo hệ thống quản lý chất lượng ISO 9001:2015, thử nghiệm tại "
        "phòng thí nghiệm LAS-XD 1234 và được chứng nhận hợp quy. Chúng tôi nhận thiết kế và đúc "
        "theo yêu cầu của chủ đầu tư.",
        "Đội xe chuyên dụng và cẩu tự hành giao hàng đến chân công trình trong vòng 48 giờ tại "
        "TP. Hồ Chí Minh, Đồng Nai, Bình Dương và Bà Rịa - Vũng Tàu.",
    ]
    pdf.set_font("DejaVu", "", 10)
    y = prose(pdf, 36, 342, 523, intro, 14)
    fill(pdf, (230, 242, 236))
    pdf.rect(36, y + 10, 523, 70, style="F")
    pdf.set_font("DejaVu", "B", 11)
    pdf.text(50, y + 34, "Chứng nhận: ISO 9001:2015  ·  TCVN 9113:2012  ·  TCVN 7888:2014")
    pdf.set_font("DejaVu", "", 9)
    pdf.text(50, y + 54, "Hơn 350 công trình đã thi công  ·  20 năm kinh nghiệm")
    for family, (name, copy, prefix) in enumerate(CONCRETE_VI):
        page, half = 2 + family // 2, family % 2
        if half == 0:
            pdf.add_page()
            header(page)
            if page == 2:
                pdf.set_font("DejaVu", "B", 18)
                pdf.text(36, 66, "Bảng giá sản phẩm 2026")
        top = 84 + half * 360
        pdf.image(photo(21510 + family, (200, 120)), x=36, y=top, w=150, h=90)
        pdf.set_font("DejaVu", "B", 14)
        pdf.set_text_color(*green)
        pdf.text(200, top + 16, name)
        black(pdf)
        pdf.set_font("DejaVu", "", 8.5)
        lines(pdf, 200, top + 34, 355, copy, 12)
        columns = ((36, "l"), (100, "l"), (180, "l"), (350, "r"), (430, "r"), (559, "r"))
        y = top + 118
        pdf.set_font("DejaVu", "B", 7.5)
        heads = ["Mã SP", "Loại", "Quy cách (mm)", "Khối lượng (kg)", "Tải trọng", "Đơn giá (VNĐ)"]
        cells(pdf, y, columns, heads)
        rule(pdf, y + 5, 60, 36, 559)
        y += 19
        pdf.set_font("DejaVu", "", 8.5)
        for kind, spec, mass, load in concrete_rows(words, family):
            code = f"{prefix}-{words.rng.randrange(100, 999)}"
            price = dong(round(mass * words.rng.randrange(2500, 4000), -3))
            cells(pdf, y, columns, [code, kind, spec, str(mass), load, price])
            rule(pdf, y + 6, 215, 36, 559)
            truth.products.append(product(f"{name} {kind}", [code], [price], page, sizes=[spec]))
            y += 20
        pdf.set_font("DejaVu", "", 7)
        grey(pdf, 100)
        pdf.text(
            36, y + 4, "Đơn giá chưa bao gồm VAT 10% và chi phí vận chuyển. Giá giao tại nhà máy."
        )
        black(pdf)
    pdf.add_page()
    header(4)
    pdf.set_font("DejaVu", "B", 18)
    pdf.text(36, 70, "Dịch vụ vận chuyển và lắp đặt")
    services = [
        "Vận chuyển bằng xe cẩu tự hành 15 tấn: 45.000 VNĐ/km, tối thiểu 1.500.000 VNĐ mỗi chuyến.",
        "Cho thuê cẩu bánh xích 50 tấn kèm người vận hành: 9.500.000 VNĐ/ca (8 giờ).",
        "Lắp đặt cống tròn và cống hộp tại công trình: theo đơn giá mét dài, báo giá miễn phí.",
        "Thiết kế cấu kiện theo yêu cầu: liên hệ phòng kỹ thuật.",
    ]
    pdf.set_font("DejaVu", "", 10)
    y = prose(pdf, 36, 100, 523, [f"•  {s}" for s in services], 14)
    pdf.set_font("DejaVu", "B", 12)
    pdf.text(36, y + 20, "Điều khoản thương mại")
    terms = [
        "1. Báo giá có hiệu lực 30 ngày. Giá có thể điều chỉnh theo giá thép và xi măng.",
        "2. Thanh toán: tạm ứng 30% khi ký hợp đồng, 70% trước khi giao hàng.",
        "3. Bảo hành kết cấu 24 tháng kể từ ngày nghiệm thu.",
    ]
    pdf.set_font("DejaVu", "", 9.5)
    prose(pdf, 36, y + 42, 523, terms, 13)
    return pdf


WHOLESALE_ES = (  # category, (name, brand, format, unit content, usual unit price)
    (
        "ACEITES Y CONSERVAS",
        (
            ("Aceite de oliva virgen extra", "Olivar del Sur", "caja 12 × 1 L", "1 L", 8.45),
            ("Aceite de girasol alto oleico", "Campoalto", "caja 15 × 1 L", "1 L", 2.35),
            ("Atún claro en aceite de oliva", "Mar Cantábrico", "pack 6 × 80 g", "80 g", 1.32),
            ("Tomate triturado natural", "Huerta Riojana", "caja 12 × 400 g", "400 g", 0.78),
            ("Garbanzo cocido extra", "La Vega", "caja 12 × 570 g", "570 g", 0.95),
            ("Pimiento del piquillo entero", "Lodosa", "caja 24 × 185 g", "185 g", 2.1),
        ),
    ),
    (
        "DESAYUNO Y DULCES",
        (
            ("Café molido natural mezcla", "Tostadero Real", "caja 20 × 250 g", "250 g", 3.65),
            ("Cacao soluble instantáneo", "Dulcacao", "caja 12 × 750 g", "750 g", 4.2),
            ("Galletas María tradicionales", "Horno Aragonés", "caja 24 × 200 g", "200 g", 0.89),
            ("Mermelada de melocotón", "Valle del Jerte", "caja 6 × 340 g", "340 g", 1.95),
            ("Magdalenas de aceite", "Horno Aragonés", "caja 10 × 350 g", "350 g", 1.75),
            ("Cereales de maíz tostado", "Campoalto", "caja 14 × 500 g", "500 g", 1.85),
        ),
    ),
    (
        "BEBIDAS",
        (
            ("Agua mineral natural", "Fuente Clara", "pack 6 × 1,5 L", "1,5 L", 0.32),
            ("Zumo de naranja sin azúcar", "Citrus Levante", "caja 12 × 1 L", "1 L", 1.45),
            ("Refresco de limón con gas", "Burbuja", "pack 24 × 33 cl", "33 cl", 0.41),
            ("Vino tinto crianza D.O. Rioja", "Bodegas Ebro", "caja 6 × 75 cl", "75 cl", 4.9),
            ("Cerveza lager especial", "Cervecera del Norte", "pack 24 × 33 cl", "33 cl", 0.52),
        ),
    ),
)


def ean13(words: Words, prefix: str = "84") -> str:
    body = prefix + "".join(str(words.rng.randrange(10)) for _ in range(12 - len(prefix)))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def mayorista(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Catálogo Distribuciones Ebro", A4)
    orange = (225, 110, 20)

    def header(page: int) -> None:
        pdf.set_font("Helvetica", "B", 13)
        pdf.set_text_color(*orange)
        pdf.text(36, 32, "DISTRIBUCIONES EBRO")
        black(pdf)
        pdf.set_font("Helvetica", "", 7.5)
        pdf.text(36, 44, "Catálogo de alimentación  ·  Invierno 2026")
        right(pdf, pdf.w - 36, 32, "Pedidos: 976 45 12 30  ·  pedidos@distebro.es")
        right(pdf, pdf.w - 36, 44, "Pedido mínimo 150,00 € · Entrega en 24/48 h")
        rule(pdf, 50, 150, 36, pdf.w - 36)
        folio(
            pdf,
            "Precios sin IVA. Distribuciones Ebro S.L. · CIF B50123456 · Zaragoza",
            f"Pág. {page}",
        )

    y, page, shot = 800.0, 0, 0
    for category, items in WHOLESALE_ES:
        if y > 560:
            page += 1
            pdf.add_page()
            header(page)
            y = 64.0
        fill(pdf, orange)
        pdf.rect(36, y, pdf.w - 72, 18, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(44, y + 13, category)
        black(pdf)
        y += 28
        for name, brand, fmt, content, usual in items:
            if y > 720:
                page += 1
                pdf.add_page()
                header(page)
                y = 64.0
            units = int(re.search(r"(\d+) ×", fmt).group(1))
            unit = round(usual * words.rng.choice((0.95, 1.0, 1.05)), 2)
            shot += 1
            per_unit, per_box = f"{comma(unit)} €/ud.", f"{comma(unit * units)} €/caja"
            code, barcode = str(words.rng.randrange(10000, 99999)), ean13(words)
            pdf.image(photo(21600 + shot, (100, 100)), x=36, y=y, w=54, h=54)
            pdf.set_font("Helvetica", "B", 10)
            pdf.text(100, y + 12, name)
            if words.rng.random() < 0.2:
                fill(pdf, (30, 140, 70))
                x_flag = 106 + pdf.get_string_width(name)
                pdf.rect(x_flag, y + 3, 44, 11, style="F")
                pdf.set_text_color(255, 255, 255)
                pdf.set_font("Helvetica", "B", 6.5)
                pdf.text(x_flag + 4, y + 11, "NOVEDAD")
                black(pdf)
            pdf.set_font("Helvetica", "", 8)
            grey(pdf, 110)
            pdf.text(100, y + 24, brand)
            black(pdf)
            pdf.text(100, y + 36, f"Formato: {fmt}")
            pdf.set_font("Helvetica", "", 7)
            pdf.text(100, y + 48, f"Cód. {code}      EAN {barcode}")
            pdf.set_font("Helvetica", "B", 12)
            right(pdf, 559, y + 20, per_unit)
            pdf.set_font("Helvetica", "", 9)
            right(pdf, 559, y + 36, per_box)
            rule(pdf, y + 60, 220, 36, 559)
            truth.products.append(
                product(name, [code, barcode], [per_unit, per_box], page, sizes=[content])
            )
            y += 68
        y += 8
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(36, y + 14, "Condiciones de venta")
    pdf.set_font("Helvetica", "", 8)
    terms = [
        "Portes pagados en pedidos superiores a 150,00 €; pedidos inferiores, 12,00 € de portes. "
        "Forma de pago: transferencia a 30 días o recibo domiciliado. Precios válidos hasta el "
        "28 de febrero de 2026 salvo error tipográfico. Las cajas no se fraccionan.",
    ]
    prose(pdf, 36, y + 30, 523, terms, 11)
    return pdf


# === non-catalogs ==============================================================================


def handbook(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Precast Concrete Handbook", A4)
    pdf.add_page()
    pdf.set_font("Times", "", 8)
    pdf.text(36, 30, "PRECAST CONCRETE HANDBOOK  ·  Part 4: Detailing")
    right(pdf, pdf.w - 36, 30, "4-17")
    rule(pdf, 36, 150, 36, pdf.w - 36)
    pdf.set_font("Times", "B", 14)
    pdf.text(36, 70, "4.3  Reinforcement")
    clauses = [
        "4.3.1  Reinforcing bars shall be ribbed weldable steel of grade B500B or B500C to "
        "BS 4449. Bars are designated by their nominal diameter in millimetres, preceded by H.",
        "4.3.2  The minimum cover to reinforcement in precast units made under factory "
        "conditions may be reduced by 5 mm from the values of Table 4.2, but shall be not less "
        "than 25 mm for units exposed to de-icing salts.",
        "4.3.3  Table 4.6 gives the cross-sectional area and mass of the standard bar sizes. "
        "Sizes marked * are not normally stocked and should be avoided in standard units.",
    ]
    pdf.set_font("Times", "", 10)
    y = prose(pdf, 36, 94, 523, clauses, 13)
    pdf.set_font("Times", "B", 9)
    pdf.text(36, y + 10, "Table 4.6  Standard reinforcing bars")
    columns = ((40, "l"), (170, "r"), (290, "r"), (400, "r"), (520, "r"))
    y += 30
    pdf.set_font("Helvetica", "B", 8)
    cells(pdf, y, columns, ["Designation", "Diameter (mm)", "Area (mm²)", "Mass (kg/m)", "Grade"])
    rule(pdf, y + 4, 80, 36, 559)
    pdf.set_font("Helvetica", "", 8)
    for diameter in (6, 8, 10, 12, 16, 20, 25, 32, 40):
        y += 15
        area = 3.14159 * diameter**2 / 4
        label = f"H{diameter}" + ("*" if diameter in (6, 40) else "")
        cells(
            pdf, y, columns, [label, str(diameter), f"{area:.0f}", f"{area * 0.00785:.3f}", "B500B"]
        )
        rule(pdf, y + 4, 220, 36, 559)
    pdf.image(photo(21700, (300, 150)), x=36, y=y + 24, w=260, h=130)
    pdf.set_font("Times", "I", 8.5)
    pdf.text(36, y + 168, "Figure 4.9  Lifting loops cast into a box culvert unit")
    pdf.set_font("Times", "", 10)
    more = [
        "4.3.4  Lifting inserts shall be proprietary cast-in anchors with a safety factor of at "
        "least 3 against concrete failure. Reinforcing bars shall not be used as lifting loops.",
        "4.3.5  Where units are to be joined on site, projecting bars shall be protected against "
        "damage during transport; see Section 6.2.",
    ]
    prose(pdf, 310, y + 40, 249, more, 13)
    pdf.add_page()
    pdf.set_font("Times", "", 8)
    pdf.text(36, 30, "PRECAST CONCRETE HANDBOOK  ·  Part 4: Detailing")
    right(pdf, pdf.w - 36, 30, "4-18")
    rule(pdf, 36, 150, 36, pdf.w - 36)
    pdf.set_font("Times", "B", 14)
    pdf.text(36, 70, "4.4  Standard box culvert units")
    pdf.set_font("Times", "", 10)
    text = [
        "4.4.1  The units of Table 4.8 are made by most UK manufacturers from common moulds; "
        "designers should choose from them where possible. Designations give the internal span "
        "by the internal height in millimetres. Masses are for a 1 m unit and are approximate.",
    ]
    y = prose(pdf, 36, 94, 523, text, 13)
    pdf.set_font("Times", "B", 9)
    pdf.text(36, y + 10, "Table 4.8  Standard box culvert units (EN 14844)")
    columns = ((40, "l"), (160, "r"), (250, "r"), (340, "r"), (430, "r"), (555, "r"))
    y += 30
    pdf.set_font("Helvetica", "B", 8)
    heads = ["Designation", "Span (mm)", "Height (mm)", "Wall (mm)", "Mass (t/m)", "Cover (m)"]
    cells(pdf, y, columns, heads)
    rule(pdf, y + 4, 80, 36, 559)
    pdf.set_font("Helvetica", "", 8)
    for span, height in ((1200, 900), (1500, 1000), (1800, 1200), (2100, 1500), (2500, 1500)):
        y += 15
        wall = 150 + (span - 1200) // 10
        mass = 2.4 * ((span + 2 * wall) * (height + 2 * wall) - span * height) / 1e6
        values = [f"BC {span} × {height}", str(span), str(height), str(wall), f"{mass:.2f}"]
        cells(pdf, y, columns, [*values, "0.6 - 4.0"])
        rule(pdf, y + 4, 220, 36, 559)
    pdf.set_font("Times", "", 10)
    text = [
        "4.4.2  Joints shall be sealed with a preformed bitumen strip or a compression gasket. "
        "Where the cover exceeds 4.0 m, or the unit carries HB loading directly, a special "
        "design is required: consult the manufacturer's engineer.",
        "4.4.3  Worked example. A 1800 × 1200 culvert under 1.5 m of fill needs 24 units for a "
        "24 m crossing; at a typical delivered cost of £1,450 a unit the units alone cost "
        "£34,800, before headwalls, bedding and craneage.",
    ]
    prose(pdf, 36, y + 30, 523, text, 13)
    return pdf


def oplaty(words: Words, truth: Truth) -> FPDF:
    pdf = dejavu_pdf("Obwieszczenie w sprawie opłat", A4)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    centre(pdf, pdf.w / 2, 60, "OBWIESZCZENIE BURMISTRZA MIASTA I GMINY ZŁOTÓW")
    pdf.set_font("DejaVu", "", 9.5)
    centre(pdf, pdf.w / 2, 78, "z dnia 1 grudnia 2026 r.")
    centre(pdf, pdf.w / 2, 94, "w sprawie wysokości opłat za czynności urzędowe")
    text = [
        "Na podstawie ustawy z dnia 16 listopada 2006 r. o opłacie skarbowej podaje się do "
        "publicznej wiadomości wysokość opłat pobieranych przez Urząd Miasta i Gminy od dnia "
        "1 stycznia 2027 r. Opłatę wnosi się przelewem na rachunek urzędu lub w kasie.",
    ]
    y = prose(pdf, 50, 126, 495, text, 13)
    columns = ((56, "l"), (84, "l"), (540, "r"))
    pdf.set_font("DejaVu", "B", 8.5)
    y += 10
    cells(pdf, y, columns, ["Lp.", "Rodzaj czynności", "Stawka opłaty"])
    rule(pdf, y + 5, 60, 50, 545)
    fees = (
        ("Wydanie zaświadczenia", "17 zł"),
        ("Wydanie zezwolenia na sprzedaż napojów alkoholowych (do 4,5%)", "525 zł"),
        ("Decyzja o warunkach zabudowy", "598 zł"),
        ("Pozwolenie na budowę budynku mieszkalnego, za 1 m² powierzchni", "1 zł"),
        ("Zgłoszenie budowy lub przebudowy", "zwolnione"),
        ("Udzielenie ślubu poza urzędem", "1000 zł"),
        ("Złożenie dokumentu stwierdzającego udzielenie pełnomocnictwa", "17 zł"),
        ("Wypis z miejscowego planu zagospodarowania (do 5 stron)", "30 zł"),
        ("Wyrys z planu, za każdą część odpowiadającą stronie A4", "20 zł"),
        ("Wydanie licencji na transport osób taksówką", "320 zł"),
    )
    pdf.set_font("DejaVu", "", 8.5)
    for k, (service, fee) in enumerate(fees, start=1):
        y += 17
        cells(pdf, y, columns, [f"{k}.", service, fee])
        rule(pdf, y + 5, 220, 50, 545)
    pdf.set_font("DejaVu", "", 9)
    pdf.text(50, y + 40, "Numer rachunku: 12 1020 4027 0000 1202 0345 6789")
    pdf.text(50, y + 56, "Informacji udziela Wydział Finansowy, pokój 14, tel. 67 263 24 00.")
    pdf.text(360, y + 110, "Burmistrz Miasta i Gminy")
    pdf.text(380, y + 126, words.faker.name())
    return pdf


SEGMENTS_PT = (
    ("Informática e tablets", 412.6, 388.1),
    ("Telemóveis e wearables", 356.2, 331.9),
    ("Imagem e som", 248.9, 262.4),
    ("Grandes eletrodomésticos", 301.5, 289.0),
    ("Pequenos eletrodomésticos", 122.8, 115.3),
    ("Serviços e garantias", 64.1, 55.7),
)


def relatorio(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Relatório e Contas 2025", A4)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 8)
    pdf.text(36, 30, "Tecnomax SGPS, S.A.  ·  Relatório e Contas 2025")
    rule(pdf, 36, 150, 36, pdf.w - 36)
    pdf.set_font("Helvetica", "B", 18)
    pdf.text(36, 74, "2. Desempenho por segmento")
    text = [
        "O volume de negócios consolidado atingiu 1.506,1 milhões de euros, mais 4,1% do que em "
        "2024. O crescimento foi liderado pela informática, com a renovação do parque de "
        "portáteis nas empresas, e pelos telemóveis, onde os modelos 5G representaram 78% das "
        "unidades vendidas.",
        "A imagem e som recuou 5,1%: o mercado de televisores manteve-se deprimido após os "
        "grandes eventos desportivos de 2024, apesar do bom desempenho dos modelos OLED.",
        "Os artigos mais vendidos do ano foram o Smartphone Orion S24 5G (429,99 €), o Portátil "
        "Lumex Air 14 (749,99 €) e a Smart TV LED Zephyr 55UQ8 (549,99 €); a marca própria "
        "Lumio ultrapassou as 300 mil unidades.",
    ]
    pdf.set_font("Helvetica", "", 9.5)
    y = prose(pdf, 36, 100, 523, text, 13)
    columns = ((40, "l"), (330, "r"), (430, "r"), (530, "r"))
    pdf.set_font("Helvetica", "B", 8.5)
    y += 10
    cells(pdf, y, columns, ["Volume de negócios (milhões €)", "2025", "2024", "Var."])
    rule(pdf, y + 5, 60, 36, 559)
    pdf.set_font("Helvetica", "", 8.5)
    total_now = total_before = 0.0
    for name, now, before in SEGMENTS_PT:
        y += 16
        total_now, total_before = total_now + now, total_before + before
        change = f"{100 * (now / before - 1):+.1f}%".replace(".", ",")
        cells(pdf, y, columns, [name, comma(now)[:-1], comma(before)[:-1], change])
        rule(pdf, y + 5, 220, 36, 559)
    y += 18
    pdf.set_font("Helvetica", "B", 8.5)
    cells(pdf, y, columns, ["Total", comma(total_now)[:-1], comma(total_before)[:-1], ""])
    pdf.image(photo(21800, (400, 200)), x=36, y=y + 24, w=300, h=160)
    fill(pdf, (235, 240, 248))
    pdf.rect(350, y + 24, 209, 160, style="F")
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(362, y + 46, "Indicadores-chave")
    pdf.set_font("Helvetica", "", 8.5)
    figures = (
        "EBITDA: 118,4 M€ (7,9%)",
        "Lojas: 182",
        "Colaboradores: 4.310",
        "Vendas online: 21%",
    )
    for k, figure in enumerate(figures):
        pdf.text(362, y + 70 + k * 18, figure)
    folio(pdf, "Tecnomax SGPS, S.A. · Capital social 50.000.000 € · NIPC 500 123 456", "14")
    return pdf


def resep(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Buku Resep Sehat", A4)
    recipes = (
        (
            "Sayur Asem Jakarta",
            (
                ("labu siam, potong dadu", "1 buah"),
                ("jagung manis, potong", "2 tongkol"),
                ("kacang panjang", "100 g"),
                ("asam jawa", "2 sdm"),
                ("gula merah", "30 g"),
                ("air", "1,5 liter"),
            ),
            ("Energi 142 kkal", "Protein 4 g", "Lemak 2 g", "Karbohidrat 29 g", "Serat 5 g"),
            "Rp 28.000",
        ),
        (
            "Pepes Ikan Kembung",
            (
                ("ikan kembung, bersihkan", "4 ekor"),
                ("daun pisang", "secukupnya"),
                ("bawang merah", "8 siung"),
                ("kunyit", "3 cm"),
                ("tomat hijau", "2 buah"),
                ("garam", "1 sdt"),
            ),
            ("Energi 210 kkal", "Protein 24 g", "Lemak 9 g", "Karbohidrat 6 g", "Serat 1 g"),
            "Rp 45.000",
        ),
    )
    for page, (title, ingredients, nutrition, cost) in enumerate(recipes, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        pdf.text(36, 30, "Buku Resep Sehat Keluarga  ·  Puskesmas Kecamatan Menteng")
        rule(pdf, 36, 150, 36, pdf.w - 36)
        pdf.image(photo(21900 + page, (400, 220)), x=36, y=50, w=523, h=240)
        pdf.set_font("Helvetica", "B", 22)
        pdf.text(36, 325, title)
        pdf.set_font("Helvetica", "", 9)
        pdf.text(36, 342, f"Untuk 4 porsi  ·  Waktu 45 menit  ·  Perkiraan biaya {cost}")
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(36, 372, "Bahan")
        pdf.set_font("Helvetica", "", 9.5)
        for k, (item, amount) in enumerate(ingredients):
            pdf.text(36, 392 + k * 15, amount)
            pdf.text(110, 392 + k * 15, item)
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(36, 500, "Cara membuat")
        pdf.set_font("Helvetica", "", 9.5)
        steps = [
            "1. Didihkan air, masukkan bumbu halus dan bahan yang paling lama matang.",
            "2. Tambahkan sisa bahan, masak dengan api kecil sampai empuk, koreksi rasa.",
            "3. Sajikan hangat dengan nasi merah dan sambal terasi.",
        ]
        prose(pdf, 36, 520, 300, steps, 13)
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(370, 365, 189, 150)
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(378, 382, "Informasi Nilai Gizi")
        pdf.set_font("Helvetica", "", 8)
        pdf.text(378, 396, "Per porsi (250 g)")
        for k, value in enumerate(nutrition):
            label, figure = value.rsplit(" ", 2)[0], " ".join(value.rsplit(" ", 2)[1:])
            pdf.text(378, 416 + k * 16, label)
            right(pdf, 551, 416 + k * 16, figure)
            rule(pdf, 420 + k * 16, 200, 378, 551)
        folio(
            pdf,
            "Dinas Kesehatan Provinsi DKI Jakarta · Tidak untuk diperjualbelikan",
            str(page + 11),
        )
    return pdf


# === the batch =================================================================================

BLIND_21 = ("gazetka", "folheto", "ricambi", "permata", "kafe", "betong", "mayorista")
BLIND_21_NON_CATALOGS = ("handbook", "oplaty", "relatorio", "resep")
LAYOUTS_21 = BLIND_21 + BLIND_21_NON_CATALOGS
SCAN_DPI_21 = {"gazetka": 150, "folheto": 200, "ricambi": 300, "permata": 200, "kafe": 200}
SCAN_DPI_21 |= {"betong": 250, "mayorista": 200}
SCAN_DPI_21 |= {"handbook": 200, "oplaty": 250, "relatorio": 150, "resep": 200}
LANGUAGE_21 = {"gazetka": "pl", "folheto": "pt", "ricambi": "it", "permata": "id", "kafe": "tr"}
LANGUAGE_21 |= {"betong": "vi", "mayorista": "es", "oplaty": "pl", "relatorio": "pt", "resep": "id"}
LOCALES_21 = {"en": "en_GB", "pl": "pl_PL", "pt": "pt_PT", "it": "it_IT", "id": "id_ID"}
LOCALES_21 |= {"tr": "tr_TR", "vi": "vi_VN", "es": "es_ES"}
SEED_21 = 21000
MAKERS_21: dict[str, Callable[[Words, Truth], FPDF]] = {
    "gazetka": gazetka,
    "folheto": folheto,
    "ricambi": ricambi,
    "permata": permata,
    "kafe": kafe,
    "betong": betong,
    "mayorista": mayorista,
    "handbook": handbook,
    "oplaty": oplaty,
    "relatorio": relatorio,
    "resep": resep,
}

# registered beside the earlier batches, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["21"] = Batch(
    LAYOUTS_21, BLIND_21, MAKERS_21, SEED_21, LANGUAGE_21, LOCALES_21, SCAN_DPI_21
)
