"""Blind batch 28: catalogs of the kinds a PDF-ingestion service gets, in forms unlike every
earlier batch's, written WITHOUT the engine.

Bench figures, never test floors: only ``bench/quality.py --layouts blind28`` writes them, and the
batch is meant to be scored ONCE, at the end, as an honest estimate on catalogs nobody tuned on.
Nobody who wrote it read ``pdfqueue.engines`` or ``pdfqueue.pipeline``, nor ran the engine or
the bench on it; its forms are unlike every earlier batch's (1-27). Mostly English, one in
Spanish and one in Italian.

What counts as a product is as in batches 21 to 27 (see generate_blind21's docstring): a thing
the document offers, once, on the page where it is presented (with its price), named as
printed; its codes, prices (printed order) and sizes as printed. Face values printed on a
stamp, the key of a table, questions, services, posts that sell nothing, authors, headings and
notes are not products. Per layout (files ``b28-<layout>``; seeds ``SEED_28`` + index):

- ``stamps``: a stamp dealer's NEW-ISSUES bulletin (A4, 2 pages, four issues a page): per issue
  a row of DRAWN STAMPS with perforated (scalloped) edges, each a small picture with its FACE
  VALUE printed on it ("1st", "£2.20": not prices), the issue's name in bold with its date and
  set size, and at the right a box "SG 4921-4926" with "Mint set £14.50", "Used set £13.20" and
  "First day cover £16.95". An issue is a product: code the SG range; prices mint, used, FDC.
- ``colchones``: a Spanish bed shop's "which mattress?" FLOWCHART (A4, 2 pages): question
  DIAMONDS ("¿Duermes de lado?") joined by arrows labelled Sí / No to four LEAF BOXES a page
  (photo, the bold name, "Ref. CL-2041", "135 × 190 cm", the price "549,00 €", on some a struck
  "antes 649,00 €"); page 2 the pillow tree; each page ends with a services note (delivery,
  removal: not products). A leaf is a product: code the Ref.; prices now then was; size the measure.
- ``periodic``: a tea merchant's "PERIODIC TABLE OF TEA" (A4 landscape, 1 page): a staircase of
  coloured element cells under group headings (Black, Green, ...), each with its number "104"
  top left, the weight top right, a big two-letter SYMBOL ("Eg"), the tea's name in small type
  and the price; a large KEY cell in the gap explains the fields (not a product). A cell is a
  product named by the small name (not the symbol): code the number; price; size the weight.
- ``spines``: a bookshop's "staff picks" as BOOKSHELVES (A4, 2 pages, three shelves a page):
  books DRAWN AS SPINES standing on a plank, each spine's title and author TURNED 90 degrees
  (reading top to bottom), a small price tag under each spine on the shelf edge, a category
  board over each shelf. A book is a product named by its title: price; no code or size.
- ``listino``: an Italian electrical wholesaler's price list as a NUMBERED OUTLINE (A4, 2 pages):
  chapters "4 APPARECCHI CIVILI DA INCASSO", sections "4.1 Interruttori e deviatori", items
  "4.1.3" with the description, DOTTED LEADERS to "cod. BS16023" and the price "€ 6,40" at the
  right margin; italic notes; page 2 ends with a chapter of services (survey, testing: not
  products). An item is a product named by its description: code the cod.; price; no sizes.
- ``feed``: a boutique's SOCIAL-MEDIA FEED printed from a browser (A4, 2 pages): the profile
  head (handle, post and follower counts), then 3 × 3 square photos each with a caption (the
  handle in bold, "New in:", the product name in bold, "£64.00 · SKU WW-2041", hashtags, "214
  likes · 3 days ago"); two posts a page sell nothing (a studio visit, a giveaway). A post
  naming a product is a product: code the SKU; price; no sizes.
- ``tyres``: a tyre dealer's price list BY SIZE (A4, 2 pages): a ruled table whose Size column
  cell ("205/55 R16") SPANS the rows of the three to four tyres made in it, each row the brand
  and pattern, load and speed index "91V", a DRAWN EU LABEL (fuel and wet-grip letters in
  coloured squares, noise in dB), the article no. and the fitted price "£89.50". A row is a
  product named brand + pattern + size as a labeller writes it ("Michelin Primacy 4 205/55
  R16"); code the article no.; price (the "Fitted" column); size the tyre size.

Non-catalogs (truth: no products): ``billsplit`` (a restaurant bill split four ways: dishes and
drinks with prices, who had what, service, each diner's share), ``worksheet`` (a primary
school's maths worksheet: a drawn price board of a school-fair stall and word problems about
it, answer boxes), ``titledeeds`` (a property-trading board game's print-and-play title deed
cards: street names, purchase prices, rents with houses and hotels, mortgage values),
``raffle`` (a village fête's raffle prize list: numbered prizes with their donors and values,
ticket prices, drawn winning numbers).

Each has a scanned twin (``-scan``) rasterised by tests/quality/generate.py's `scan`.

    .venv/bin/python tests/quality/blind_batches.py OUTPUT_DIR --batch 28 [--scanned]
"""

from __future__ import annotations

from collections.abc import Callable

import generate_blind
from fpdf import FPDF
from generate import A4, Truth, Words, photo, wrap
from generate_blind import A4_LANDSCAPE, Batch, product, right, sized_pdf
from generate_blind6 import strike
from generate_blind9 import black, centre, grey
from generate_blind11 import cells, rule
from generate_blind15 import fill, leader
from generate_blind18 import lines
from generate_blind23 import band, folio, pounds

H = "Helvetica"
T = "Times"


def euro_it(value: float) -> str:
    """6.4 -> '€ 6,40'."""
    return "€ " + f"{value:,.2f}".replace(",", "§").replace(".", ",").replace("§", ".")


def euro_es(value: float) -> str:
    """549 -> '549,00 €'."""
    return f"{value:,.2f}".replace(",", "§").replace(".", ",").replace("§", ".") + " €"


# === catalogs ==================================================================================

ISSUES = (  # per page: (name, date, values on the stamps, first SG number, mint, used, fdc)
    (
        (
            "Coastal Birds",
            "14 January 2027",
            ("2nd", "1st", "£1.85", "£2.20", "£2.60", "£3.10"),
            4921,
            14.50,
            13.20,
            16.95,
        ),
        (
            "Lighthouses of the North",
            "4 February 2027",
            ("1st", "1st", "£2.20", "£2.60"),
            4927,
            9.80,
            8.90,
            12.50,
        ),
        (
            "Centenary of the Folk Song Society",
            "25 February 2027",
            ("2nd", "1st", "£1.85", "£2.20", "£3.10"),
            4931,
            11.40,
            10.50,
            14.25,
        ),
        (
            "Ancient Woodlands",
            "18 March 2027",
            ("1st", "1st", "1st", "£2.60", "£2.60", "£3.10"),
            4936,
            15.20,
            13.90,
            17.95,
        ),
    ),
    (
        (
            "Great British Railway Posters",
            "8 April 2027",
            ("1st", "£1.85", "£2.20", "£2.60", "£3.10"),
            4942,
            12.60,
            11.40,
            15.50,
        ),
        (
            "Wildflowers of the Hedgerow",
            "29 April 2027",
            ("2nd", "2nd", "1st", "1st"),
            4947,
            5.40,
            4.90,
            8.25,
        ),
        (
            "Women of Science",
            "20 May 2027",
            ("1st", "£1.85", "£2.20", "£2.20", "£2.60", "£3.10"),
            4951,
            14.90,
            13.60,
            17.50,
        ),
        (
            "Royal Navy Submarines",
            "10 June 2027",
            ("1st", "£2.20", "£2.60"),
            4957,
            7.20,
            6.60,
            9.95,
        ),
    ),
)
PAPER = (243, 238, 226)


def stamp(pdf: FPDF, x: float, y: float, w: float, h: float, value: str, seed: int) -> None:
    """A stamp with perforated edges: a white paper with half-holes along its four sides, a
    picture and its face value."""
    fill(pdf, (255, 255, 255))
    pdf.rect(x, y, w, h, style="F")
    fill(pdf, PAPER)
    hole = 1.6
    for k in range(int(w // 5) + 1):
        px = x + 2 + k * 5
        if px <= x + w:
            pdf.ellipse(px - hole, y - hole, 2 * hole, 2 * hole, style="F")
            pdf.ellipse(px - hole, y + h - hole, 2 * hole, 2 * hole, style="F")
    for k in range(int(h // 5) + 1):
        py = y + 2 + k * 5
        if py <= y + h:
            pdf.ellipse(x - hole, py - hole, 2 * hole, 2 * hole, style="F")
            pdf.ellipse(x + w - hole, py - hole, 2 * hole, 2 * hole, style="F")
    pdf.image(photo(seed, (80, 100)), x=x + 4, y=y + 4, w=w - 8, h=h - 8)
    fill(pdf, (255, 255, 255))
    pdf.set_font(H, "B", 8)
    pdf.rect(x + 5, y + 5, pdf.get_string_width(value) + 4, 10, style="F")
    pdf.text(x + 7, y + 13, value)


def stamps(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Harbourside Stamps - New Issues Bulletin 118", A4)
    for page, issues in enumerate(ISSUES, start=1):
        pdf.add_page()
        fill(pdf, PAPER)
        pdf.rect(0, 0, pdf.w, pdf.h, style="F")
        pdf.set_font(T, "B", 22)
        pdf.set_text_color(20, 50, 90)
        pdf.text(40, 52, "Harbourside Stamps")
        black(pdf)
        pdf.set_font(T, "I", 10)
        pdf.text(40, 68, "New Issues Bulletin No. 118  ·  January to June 2027")
        pdf.set_font(H, "", 8)
        right(pdf, pdf.w - 40, 52, "Standing orders welcome")
        right(pdf, pdf.w - 40, 66, "Tel. 01803 555 218")
        rule(pdf, 78, 120, 40, pdf.w - 40)
        y = 100
        for name, date, values, first, mint, used, fdc in issues:
            pdf.set_font(T, "B", 14)
            pdf.text(40, y, name)
            pdf.set_font(H, "", 8)
            grey(pdf, 80)
            count = len(values)
            pdf.text(40, y + 13, f"Issued {date}  ·  set of {count}  ·  gummed, perf 14")
            black(pdf)
            for k, value in enumerate(values):
                stamp(pdf, 44 + k * 56, y + 26, 46, 58, value, 28000 + first + k)
            code = f"SG {first}-{first + count - 1}"
            box = 400
            pdf.set_draw_color(20, 50, 90)
            fill(pdf, (255, 255, 255))
            pdf.rect(box, y + 20, pdf.w - 40 - box, 74, style="DF")
            pdf.set_font(H, "B", 9)
            pdf.text(box + 8, y + 35, code)
            shown = [pounds(mint), pounds(used), pounds(fdc)]
            for n, (label, price) in enumerate(
                zip(("Mint set", "Used set", "First day cover"), shown, strict=True)
            ):
                pdf.set_font(H, "", 8.5)
                pdf.text(box + 8, y + 52 + n * 14, label)
                pdf.set_font(H, "B", 9)
                right(pdf, pdf.w - 48, y + 52 + n * 14, price)
            truth.products.append(product(name, [code], shown, page))
            rule(pdf, y + 110, 190, 40, pdf.w - 40)
            y += 138
        pdf.set_font(H, "", 7.5)
        note = (
            "Values printed on the stamps are face values. Postage on orders under £30 is "
            "£1.95 (signed for £3.40). Used sets are cancelled to order on the day of issue."
        )
        lines(pdf, 40, pdf.h - 62, pdf.w - 80, note, 10)
        folio(pdf, H, "Harbourside Stamps  ·  3 Quay Street, Brixham TQ5 8AW", f"{page}/2", 40)
    return pdf


MATTRESS_TREES = (  # per page: title, root question, two questions, four leaves
    (
        "¿Qué colchón es para ti?",
        "¿Duermes de lado?",
        ("¿Pesas más de 90 kg?", "¿Pasas calor por la noche?"),
        (
            ("Colchón Aura Viscoelástico", "CL-2041", "135 × 190 cm", 549.00, 649.00),
            ("Colchón Aura Plus Muelles Ensacados", "CL-2047", "150 × 190 cm", 729.00, None),
            ("Colchón Brisa Gel Fresh", "CL-2112", "135 × 190 cm", 489.00, None),
            ("Colchón Roble Firme HR", "CL-2150", "150 × 200 cm", 399.00, 459.00),
        ),
    ),
    (
        "¿Y la almohada?",
        "¿Duermes boca abajo?",
        ("¿Te gusta hundirte?", "¿Tienes dolor cervical?"),
        (
            ("Almohada Pluma Suave", "AL-310", "70 cm", 39.90, None),
            ("Almohada Fibra Baja", "AL-314", "90 cm", 24.90, 29.90),
            ("Almohada Cervical Memory", "AL-322", "70 cm", 59.00, None),
            ("Almohada Látex Perfilada", "AL-327", "90 cm", 69.00, 79.00),
        ),
    ),
)


def diamond(pdf: FPDF, cx: float, cy: float, text: str, half: float) -> None:
    """A flowchart's question: a diamond `half` wide each side of `cx`, the text in it."""
    fill(pdf, (255, 236, 200))
    pdf.set_draw_color(200, 120, 30)
    pdf.polygon([(cx, cy - 42), (cx + half, cy), (cx, cy + 42), (cx - half, cy)], style="DF")
    pdf.set_font(H, "B", 9)
    parts = wrap(pdf, text, half * 1.25)
    ty = cy + 3 - (len(parts) - 1) * 5.5
    for part in parts:
        centre(pdf, cx, ty, part)
        ty += 11


def arrow(pdf: FPDF, x0: float, y0: float, x1: float, y1: float, label: str) -> None:
    pdf.set_draw_color(90, 90, 90)
    pdf.set_line_width(0.8)
    pdf.line(x0, y0, x1, y0)
    pdf.line(x1, y0, x1, y1)
    pdf.set_line_width(0.2)
    fill(pdf, (90, 90, 90))
    pdf.polygon([(x1 - 4, y1 - 7), (x1 + 4, y1 - 7), (x1, y1)], style="F")
    pdf.set_font(H, "B", 8.5)
    pdf.set_text_color(200, 120, 30)
    if abs(x1 - x0) > 40:  # above a long run, else beside the drop
        centre(pdf, (x0 + x1) / 2, y0 - 4, label)
    elif x1 < x0:
        right(pdf, x1 - 4, y0 + 18, label)
    else:
        pdf.text(x1 + 4, y0 + 18, label)
    black(pdf)


def colchones(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Descanso Levante - Guía de colchones y almohadas", A4)
    leaf_x = (100, 232, 364, 496)
    for page, (title, root, questions, leaves) in enumerate(MATTRESS_TREES, start=1):
        pdf.add_page()
        fill(pdf, (30, 70, 110))
        pdf.rect(0, 0, pdf.w, 60, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(H, "B", 18)
        pdf.text(40, 38, "Descanso Levante")
        pdf.set_font(H, "", 8.5)
        right(pdf, pdf.w - 40, 32, "Avda. del Puerto 112 · 46023 Valencia")
        right(pdf, pdf.w - 40, 45, "Tel. 963 555 418 · descansolevante.es")
        black(pdf)
        pdf.set_font(H, "B", 20)
        centre(pdf, pdf.w / 2, 100, title)
        pdf.set_font(H, "", 9)
        grey(pdf, 80)
        centre(pdf, pdf.w / 2, 116, "Responde a dos preguntas y sigue las flechas")
        black(pdf)
        root_y, mid_y, leaf_y = 180, 300, 392
        mids = (166, 430)
        diamond(pdf, pdf.w / 2, root_y, root, 78)
        arrow(pdf, pdf.w / 2 - 78, root_y, mids[0], mid_y - 42, "Sí")
        arrow(pdf, pdf.w / 2 + 78, root_y, mids[1], mid_y - 42, "No")
        for m, (mx, question) in enumerate(zip(mids, questions, strict=True)):
            diamond(pdf, mx, mid_y, question, 56)
            arrow(pdf, mx - 56, mid_y, leaf_x[2 * m], leaf_y, "Sí")
            arrow(pdf, mx + 56, mid_y, leaf_x[2 * m + 1], leaf_y, "No")
        for k, ((name, code, size, now, was), lx) in enumerate(zip(leaves, leaf_x, strict=True)):
            x = lx - 62
            pdf.set_draw_color(30, 70, 110)
            pdf.set_line_width(1)
            fill(pdf, (255, 255, 255))
            pdf.rect(x, leaf_y, 124, 214, style="D")
            pdf.set_line_width(0.2)
            pdf.image(photo(28100 + page * 10 + k, (120, 80)), x=x + 6, y=leaf_y + 6, w=112, h=70)
            pdf.set_font(H, "B", 9.5)
            ty = lines(pdf, x + 8, leaf_y + 92, 108, name, 11.5)
            pdf.set_font(H, "", 7.5)
            grey(pdf, 80)
            pdf.text(x + 8, ty + 2, f"Ref. {code}")
            black(pdf)
            pdf.text(x + 8, ty + 14, size)
            prices = [euro_es(now)]
            pdf.set_font(H, "B", 15)
            pdf.set_text_color(200, 40, 40)
            pdf.text(x + 8, leaf_y + 186, prices[0])
            black(pdf)
            if was is not None:
                prices.append(euro_es(was))
                pdf.set_font(H, "", 8)
                grey(pdf, 90)
                strike(pdf, x + 8, leaf_y + 202, f"antes {prices[1]}")
                black(pdf)
            truth.products.append(product(name, [code], prices, page, sizes=[size]))
        pdf.set_font(H, "", 8)
        grey(pdf, 60)
        note = (
            "Entrega y montaje gratis en la provincia de Valencia. Retirada del colchón viejo "
            "25,00 €. Otras medidas bajo pedido, consulta en tienda. Precios con IVA incluido, "
            "válidos hasta el 30 de junio de 2027."
        )
        lines(pdf, 40, pdf.h - 96, pdf.w - 80, note, 11)
        black(pdf)
        folio(pdf, H, "Descanso Levante S.L. · CIF B-46555418", f"Página {page} de 2", 40)
    return pdf


TEA_GROUPS = (  # column heading, colour, cells (symbol, name, weight, price)
    (
        "Black",
        (150, 70, 50),
        (
            ("As", "Assam Halmari Gold", "50 g", 6.50),
            ("Dj", "Darjeeling First Flush", "50 g", 9.80),
            ("Ce", "Ceylon Uva Highlands", "50 g", 5.90),
            ("Kn", "Keemun Mao Feng", "50 g", 7.40),
        ),
    ),
    (
        "Green",
        (70, 140, 70),
        (
            ("Se", "Sencha Fukamushi", "50 g", 8.20),
            ("Gy", "Gyokuro Asahi", "25 g", 12.90),
            ("Lj", "Long Jing Dragon Well", "50 g", 10.50),
        ),
    ),
    (
        "White",
        (170, 170, 140),
        (("Sn", "Silver Needle", "25 g", 11.80), ("Bm", "Bai Mu Dan", "50 g", 8.90)),
    ),
    (
        "Oolong",
        (200, 140, 40),
        (("Tk", "Tie Guan Yin", "50 g", 9.40), ("Dh", "Da Hong Pao", "25 g", 13.50)),
    ),
    (
        "Pu-erh",
        (110, 80, 110),
        (("Py", "Pu-erh Yunnan Shou", "50 g", 7.90), ("Pt", "Pu-erh Tuocha Mini", "50 g", 8.60)),
    ),
    (
        "Scented",
        (190, 90, 130),
        (
            ("Jp", "Jasmine Pearls", "50 g", 11.20),
            ("Ls", "Lapsang Souchong", "50 g", 6.80),
            ("Eg", "Earl Grey Imperial", "50 g", 6.20),
        ),
    ),
    (
        "Herbal",
        (90, 150, 150),
        (
            ("Pm", "Peppermint Leaf", "50 g", 4.50),
            ("Ch", "Chamomile Flowers", "30 g", 4.90),
            ("Rb", "Rooibos Vanilla", "50 g", 5.20),
        ),
    ),
    (
        "Matcha",
        (60, 120, 40),
        (
            ("Mc", "Matcha Ceremonial Uji", "30 g", 18.50),
            ("Mk", "Matcha Kitchen Grade", "50 g", 9.90),
        ),
    ),
    (
        "Chai",
        (170, 100, 40),
        (
            ("Mv", "Masala Chai Spice", "50 g", 5.60),
            ("Cc", "Cacao Chai", "50 g", 6.10),
            ("Gc", "Ginger Chai Green", "50 g", 5.80),
        ),
    ),
)
# rows each column starts at: a staircase like the periodic table's, a gap in the middle
TEA_START = (0, 1, 2, 2, 2, 1, 1, 2, 0)


def tea_cell(
    pdf: FPDF,
    x: float,
    y: float,
    w: float,
    h: float,
    colour: tuple[int, int, int],
    fields: tuple[str, str, str, str, str],
) -> None:
    number, weight, symbol, name, price = fields
    fill(pdf, colour)
    pdf.set_draw_color(255, 255, 255)
    pdf.rect(x, y, w, h, style="DF")
    pdf.set_text_color(255, 255, 255)
    scale = w / 82
    pdf.set_font(H, "B", 7 * scale)
    pdf.text(x + 4, y + 9 * scale, number)
    pdf.set_font(H, "", 6.5 * scale)
    right(pdf, x + w - 4, y + 9 * scale, weight)
    pdf.set_font(H, "B", 24 * scale)
    centre(pdf, x + w / 2, y + 38 * scale, symbol)
    pdf.set_font(H, "", 6.2 * scale)
    ty = y + 50 * scale
    for part in wrap(pdf, name, w - 8):
        centre(pdf, x + w / 2, ty, part)
        ty += 7.5 * scale
    pdf.set_font(H, "B", 7.5 * scale)
    centre(pdf, x + w / 2, y + h - 5 * scale, price)
    black(pdf)


def periodic(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Leaf & Kettle - The Periodic Table of Tea", A4_LANDSCAPE)
    pdf.add_page()
    fill(pdf, (250, 248, 242))
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    cw, ch, x0, y0 = 84.0, 88.0, 43.0, 92.0
    number = 101
    for col, ((group, colour, teas), start) in enumerate(zip(TEA_GROUPS, TEA_START, strict=True)):
        x = x0 + col * cw
        pdf.set_font(H, "B", 8)
        pdf.set_text_color(*colour)
        centre(pdf, x + cw / 2, y0 + start * ch - 5, group.upper())
        black(pdf)
        for row, (symbol, name, weight, price) in enumerate(teas):
            shown = pounds(price)
            y = y0 + (start + row) * ch
            tea_cell(pdf, x, y, cw, ch, colour, (str(number), weight, symbol, name, shown))
            truth.products.append(product(name, [str(number)], [shown], 1, sizes=[weight]))
            number += 1
    # the title and the key stand in the staircase's gap
    pdf.set_font(T, "B", 24)
    centre(pdf, pdf.w / 2, 44, "The Periodic Table of Tea")
    pdf.set_font(H, "", 9)
    grey(pdf, 70)
    centre(pdf, pdf.w / 2, 60, "Leaf & Kettle  ·  loose-leaf teas by weight  ·  spring 2027")
    black(pdf)
    kx, ky = x0 + 2 * cw + 40, y0 + 10
    tea_cell(
        pdf, kx, ky, 124, 132, (120, 120, 120), ("No.", "weight", "Sy", "Name of the tea", "price")
    )
    pdf.set_font(H, "", 8)
    text = (
        "Order by number. Symbols are our shorthand on the caddy labels. Prices per pouch; "
        "refills in kraft bags. UK postage £3.50, free over £40."
    )
    lines(pdf, kx + 140, ky + 20, 240, text, 11)
    folio(pdf, H, "Leaf & Kettle Tea Merchants  ·  12 Lower Bridge Street, Chester CH1 1RS", "", 40)
    return pdf


SHELVES = (  # per page: three shelves (category, count)
    (("Fiction", 7), ("Crime & thrillers", 7), ("History", 6)),
    (("Nature writing", 7), ("Food & drink", 6), ("Children's", 7)),
)
TITLE_A = ("The Salt", "A Winter", "The Glass", "The Last", "The Quiet", "The Long", "The Lost")
TITLE_A += ("Ashes of the", "Night at the", "Letters from the", "Small Hours at the")
TITLE_B = ("Orchard", "Harbour", "Ferry", "Lighthouse", "Garden", "Weather", "Marsh", "Crossing")
TITLE_B += ("Cartographer", "Midsummer", "Inn", "Winter House")
SURNAMES = (
    "Okafor",
    "Lindqvist",
    "Marsh",
    "Castellano",
    "Pryce",
    "Adeyemi",
    "Holloway",
    "Brennan",
    "Sato",
    "Whitlock",
    "Moreau",
    "Kapoor",
    "Fairbairn",
    "Duarte",
)
INITIALS = ("A.", "Clare", "Tom", "Nadia", "J. R.", "Ruth", "Ellis", "Mina", "Owen", "Priya")
PRICES = (8.99, 9.99, 10.99, 12.99, 14.99, 16.99, 18.99, 20.00, 22.00, 25.00)


def spines(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Fenwick & Daughter Booksellers - Staff picks", A4)
    used: set[str] = set()
    for page, shelves in enumerate(SHELVES, start=1):
        pdf.add_page()
        pdf.set_font(T, "B", 20)
        pdf.text(40, 46, "Fenwick & Daughter")
        pdf.set_font(T, "I", 10)
        pdf.text(40, 62, "Booksellers since 1921  ·  what we are reading this spring")
        pdf.set_font(H, "", 8)
        right(pdf, pdf.w - 40, 46, "Staff picks")
        right(pdf, pdf.w - 40, 60, "Any three paperbacks for the price of two")
        y_plank = 290.0
        for category, count in shelves:
            fill(pdf, (140, 100, 60))
            pdf.rect(36, y_plank, pdf.w - 72, 22, style="F")
            # the category board
            fill(pdf, (40, 40, 40))
            pdf.rect(40, y_plank - 205, 130, 16, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font(H, "B", 8.5)
            pdf.text(46, y_plank - 194, category.upper())
            black(pdf)
            x = 44.0
            for k in range(count):
                while True:
                    title = f"{words.rng.choice(TITLE_A)} {words.rng.choice(TITLE_B)}"
                    if title not in used:
                        used.add(title)
                        break
                author = f"{words.rng.choice(INITIALS)} {words.rng.choice(SURNAMES)}"
                width = words.rng.randrange(44, 60)
                height = words.rng.randrange(150, 184)
                pdf.set_font(T, "B", 9.5)
                height = max(height, round(pdf.get_string_width(title)) + 26)
                top = y_plank - height
                shade = words.rng.choice(
                    (
                        (150, 40, 40),
                        (30, 60, 110),
                        (230, 220, 190),
                        (40, 100, 80),
                        (200, 150, 50),
                        (80, 60, 100),
                        (235, 235, 235),
                    )
                )
                fill(pdf, shade)
                pdf.set_draw_color(60, 60, 60)
                pdf.rect(x, top, width, height, style="DF")
                dark = sum(shade) < 450
                if dark:
                    pdf.set_text_color(255, 255, 255)
                pdf.set_font(T, "B", 9.5)
                with pdf.rotation(-90, x + width / 2 + 7, top + 10):
                    pdf.text(x + width / 2 + 7, top + 10, title)
                pdf.set_font(H, "", 7)
                with pdf.rotation(-90, x + width / 2 - 4, top + 10):
                    pdf.text(x + width / 2 - 4, top + 10, author)
                black(pdf)
                price = pounds(words.rng.choice(PRICES))
                pdf.set_draw_color(120, 120, 120)
                fill(pdf, (255, 255, 255))
                pdf.set_font(H, "B", 7.5)
                tag = pdf.get_string_width(price) + 6
                pdf.rect(x + width / 2 - tag / 2, y_plank + 6, tag, 11, style="DF")
                centre(pdf, x + width / 2, y_plank + 14.5, price)
                truth.products.append(product(title, [], [price], page))
                x += width + 4 + (18 if k == count // 2 else 0)
            y_plank += 240
        folio(pdf, H, "Fenwick & Daughter  ·  22 Castle Street, Ludlow SY8 1AT", f"{page}", 40)
    return pdf


OUTLINE = (  # per page: chapters (number, title, sections (number, title, note, items))
    (
        (
            "4",
            "APPARECCHI CIVILI DA INCASSO",
            (
                (
                    "4.1",
                    "Interruttori e deviatori",
                    "Serie Luce, colore bianco; placche vendute a parte (vedi 4.4).",
                    (
                        ("Interruttore unipolare 1P 16 AX", "BS16021", 4.85),
                        ("Interruttore bipolare 2P 16 AX", "BS16022", 7.90),
                        ("Deviatore 1P 16 AX", "BS16023", 6.40),
                        ("Invertitore 1P 16 AX", "BS16024", 11.20),
                        ("Pulsante 1P NA 10 A con portacartellino", "BS16031", 6.10),
                        ("Pulsante a tirante 1P NA 10 A", "BS16035", 9.75),
                    ),
                ),
                (
                    "4.2",
                    "Prese di corrente",
                    "Prese con alveoli schermati secondo CEI 23-50.",
                    (
                        ("Presa 2P+T 10 A bipasso", "BS16110", 5.30),
                        ("Presa 2P+T 16 A universale Schuko", "BS16114", 8.95),
                        ("Presa USB doppia tipo A+C 3 A", "BS16140", 32.60),
                        ("Presa TV-SAT terminale", "BS16152", 12.40),
                        ("Presa telefonica RJ11", "BS16160", 7.15),
                        ("Presa dati RJ45 Cat. 6 UTP", "BS16165", 14.80),
                    ),
                ),
                (
                    "4.3",
                    "Dimmer e comandi",
                    "Per lampade LED dimmerabili; carico minimo indicato sull'apparecchio.",
                    (
                        ("Dimmer a pulsante 230 V 5-300 W", "BS16210", 38.90),
                        ("Dimmer rotativo per LED 5-150 W", "BS16214", 29.50),
                        ("Relè passo-passo 1P 10 A", "BS16220", 17.40),
                        ("Termostato ambiente elettronico 2 moduli", "BS16235", 46.80),
                        ("Rivelatore di presenza IR 3 fili", "BS16242", 54.20),
                        ("Lampada di emergenza estraibile", "BS16250", 41.60),
                    ),
                ),
            ),
        ),
    ),
    (
        (
            "4",
            "APPARECCHI CIVILI DA INCASSO",
            (
                (
                    "4.4",
                    "Placche e supporti",
                    "Supporti con viti; placche in tecnopolimero salvo diversa indicazione.",
                    (
                        ("Supporto 3 moduli per scatola 503", "BS16303", 1.45),
                        ("Placca 3 moduli bianco lucido", "BS16313", 2.90),
                        ("Placca 3 moduli alluminio satinato", "BS16323", 8.60),
                        ("Placca 4 moduli vetro nero", "BS16334", 21.50),
                    ),
                ),
            ),
        ),
        (
            "5",
            "SCATOLE E TUBAZIONI",
            (
                (
                    "5.1",
                    "Scatole da incasso",
                    "Confezioni da 50 pezzi; prezzo al pezzo.",
                    (
                        ("Scatola rettangolare 503 per muratura", "BS25503", 0.62),
                        ("Scatola rettangolare 504 per muratura", "BS25504", 0.88),
                        ("Scatola tonda diametro 65 per cartongesso", "BS25565", 0.79),
                        ("Cassetta di derivazione 196 × 152 × 70", "BS25196", 4.35),
                    ),
                ),
                (
                    "5.2",
                    "Tubi e guaine",
                    "Prezzo al metro; rotoli da 50 m e barre da 3 m.",
                    (
                        ("Tubo corrugato pesante diametro 20, grigio", "BS25620", 0.34),
                        ("Tubo corrugato pesante diametro 25, grigio", "BS25625", 0.46),
                        ("Tubo rigido PVC diametro 20, barra", "BS25720", 1.12),
                        ("Guaina spiralata diametro 32", "BS25832", 1.95),
                    ),
                ),
            ),
        ),
    ),
)
SERVICES_IT = (
    ("6.1", "Sopralluogo tecnico in cantiere", 60.00),
    ("6.2", "Collaudo impianto e dichiarazione di conformità", 150.00),
    ("6.3", "Consegna in cantiere entro 30 km", 25.00),
)


def outline_line(pdf: FPDF, y: float, number: str, text: str, code: str, price: str) -> None:
    pdf.set_font(H, "", 8.5)
    pdf.text(40, y, number)
    pdf.text(82, y, text)
    start = 82 + pdf.get_string_width(text) + 4
    leader(pdf, start, 420, y)
    if code:
        pdf.text(424, y, code)
    right(pdf, pdf.w - 40, y, price)


def listino(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Elettroforniture Bassani - Listino prezzi 2027", A4)
    for page, chapters in enumerate(OUTLINE, start=1):
        pdf.add_page()
        pdf.set_font(H, "B", 15)
        pdf.text(40, 46, "ELETTROFORNITURE BASSANI s.r.l.")
        pdf.set_font(H, "", 8)
        pdf.text(40, 60, "Via dell'Industria 27 · 25030 Castel Mella (BS) · Tel. 030 555 2718")
        right(pdf, pdf.w - 40, 46, "Listino prezzi 2027")
        right(pdf, pdf.w - 40, 60, "Prezzi netti IVA esclusa · validi dal 1° marzo 2027")
        rule(pdf, 70, 60, 40, pdf.w - 40)
        y = 100
        for number, title, sections in chapters:
            if page == 2 and number == "4":
                title += " (segue)"
            pdf.set_font(H, "B", 12)
            pdf.text(40, y, number)
            pdf.text(82, y, title)
            y += 26
            for snumber, stitle, note, items in sections:
                pdf.set_font(H, "B", 10)
                pdf.text(40, y, snumber)
                pdf.text(82, y, stitle)
                pdf.set_font(H, "I", 8)
                grey(pdf, 80)
                pdf.text(82, y + 13, note)
                black(pdf)
                y += 30
                for n, (text, code, price) in enumerate(items, start=1):
                    shown = euro_it(price)
                    outline_line(pdf, y, f"{snumber}.{n}", text, f"cod. {code}", shown)
                    truth.products.append(product(text, [code], [shown], page))
                    y += 17
                y += 14
            y += 6
        if page == 2:
            pdf.set_font(H, "B", 12)
            pdf.text(40, y, "6")
            pdf.text(82, y, "SERVIZI")
            y += 26
            for number, text, price in SERVICES_IT:
                outline_line(pdf, y, number, text, "", euro_it(price))
                y += 17
            y += 20
            pdf.set_font(H, "I", 8)
            note = (
                "Condizioni: ordine minimo € 150,00; pagamento 60 gg d.f.f.m.; resa franco nostro "
                "magazzino. I codici sono validi anche per gli ordini via EDI."
            )
            lines(pdf, 40, y, pdf.w - 80, note, 11)
        folio(pdf, H, "Elettroforniture Bassani s.r.l. · P. IVA 03555270178", f"pag. {page}/2", 40)
    return pdf


POSTS = (  # per page: nine posts; a product (name, sku, price, tags) or a text-only post
    (
        ("Linen Wrap Dress, sage", "WW-2041", 64.00, "#linen #summerdress"),
        ("Striped Breton Top", "WW-1187", 32.00, "#breton #stripes"),
        (
            "studio",
            "A peek behind the scenes at the studio: Hannah cutting the new season's "
            "linen. Everything is made here in Hebden Bridge.",
            "#madeinyorkshire",
        ),
        ("Wide Leg Cord Trousers", "WW-3320", 58.00, "#corduroy"),
        ("Chunky Knit Cardigan, oat", "WW-2215", 78.00, "#knitwear #cosy"),
        ("Canvas Tote Bag", "WW-4002", 18.00, "#tote #everyday"),
        ("Cotton Shirt Dress, navy", "WW-2056", 69.00, "#shirtdress"),
        (
            "giveaway",
            "GIVEAWAY! Win a £50 gift card: follow us, like this post and tag two "
            "friends. Closes Sunday at midnight.",
            "#giveaway #win",
        ),
        ("Merino Beanie", "WW-4110", 24.00, "#merino #beanie"),
    ),
    (
        ("Quilted Gilet, olive", "WW-5031", 72.00, "#layering"),
        ("Smock Blouse, ditsy print", "WW-1240", 42.00, "#printlove"),
        ("Leather Belt, tan", "WW-4120", 28.00, "#accessories"),
        (
            "restock",
            "Restock news: the cord trousers are back in all colours from Friday. Set "
            "a reminder so you don't miss out.",
            "#restock",
        ),
        ("Jersey Lounge Pants", "WW-3345", 36.00, "#lounge"),
        ("Raincoat with Hood, mustard", "WW-5060", 95.00, "#rainyday"),
        ("Silk Square Scarf", "WW-4150", 34.00, "#silk #scarf"),
        (
            "market",
            "See you at Hebden Bridge Makers Market this Saturday, 10 till 4, stall "
            "14 by the bridge!",
            "#makersmarket",
        ),
        ("Organic Cotton Tee, white", "WW-1101", 22.00, "#basics"),
    ),
)


def feed(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Wren & Willow (@wren.and.willow) - Instagram photos and videos", A4)
    side, gap = 156.0, 33.5
    for page, posts in enumerate(POSTS, start=1):
        pdf.add_page()
        pdf.set_font(H, "", 7)
        grey(pdf, 90)
        pdf.text(30, 20, "07/04/2027, 21:14")
        centre(pdf, pdf.w / 2, 20, "Wren & Willow (@wren.and.willow) - Instagram photos and videos")
        black(pdf)
        if page == 1:
            pdf.set_draw_color(200, 200, 200)
            fill(pdf, (230, 220, 205))
            pdf.ellipse(50, 40, 64, 64, style="DF")
            pdf.set_font(H, "B", 14)
            pdf.text(140, 62, "wren.and.willow")
            pdf.set_font(H, "", 9)
            pdf.text(140, 80, "1,204 posts      18.6K followers      412 following")
            pdf.set_font(H, "B", 8.5)
            pdf.text(140, 96, "Wren & Willow")
            pdf.set_font(H, "", 8.5)
            pdf.text(225, 96, "Slow fashion, cut and sewn in Yorkshire · shop via link in bio")
            top = 124.0
        else:
            top = 40.0
        rule(pdf, top - 8, 210, 30, pdf.w - 30)
        for k, post in enumerate(posts):
            x = 30 + (k % 3) * (side + gap)
            y = top + (k // 3) * (side + 76)
            pdf.image(photo(28400 + page * 10 + k, (160, 160)), x=x, y=y, w=side, h=side)
            pdf.set_font(H, "B", 7.5)
            pdf.text(x, y + side + 12, "wren.and.willow")
            ty = y + side + 23
            if len(post) == 3:  # a post that sells nothing
                _, text, tags = post
                pdf.set_font(H, "", 7.5)
                ty = lines(pdf, x, ty, side, text, 9)
            else:
                name, sku, price, tags = post
                shown = pounds(price)
                pdf.set_font(H, "", 7.5)
                pdf.text(x, ty, "New in:")
                pdf.set_font(H, "B", 7.5)
                pdf.text(x + 28, ty, name)
                pdf.set_font(H, "", 7.5)
                pdf.text(x, ty + 10, f"{shown} · SKU {sku} · tap to shop")
                ty += 20
                truth.products.append(product(name, [sku], [shown], page))
            pdf.set_text_color(30, 80, 150)
            pdf.text(x, ty, tags)
            grey(pdf, 120)
            likes = words.rng.randrange(80, 900)
            pdf.text(x, ty + 11, f"{likes} likes · {words.rng.randrange(2, 12)} days ago")
            black(pdf)
        pdf.set_font(H, "", 7)
        grey(pdf, 90)
        pdf.text(30, pdf.h - 18, "https://www.instagram.com/wren.and.willow/")
        right(pdf, pdf.w - 30, pdf.h - 18, f"{page}/2")
        black(pdf)
    return pdf


TYRE_SIZES = (  # per page: sizes (size, rows (brand and pattern, index, fuel, wet, db, price))
    (
        (
            "185/65 R15",
            (
                ("Michelin e.Primacy", "88H", "A", "A", 68, 82.00),
                ("Uniroyal RainExpert 5", "88T", "C", "A", 69, 61.50),
                ("Landsail LS388", "88H", "D", "C", 70, 44.90),
            ),
        ),
        (
            "195/65 R15",
            (
                ("Michelin Energy Saver+", "91H", "B", "A", 69, 84.50),
                ("Bridgestone Turanza 6", "91V", "C", "A", 70, 79.00),
                ("Falken Sincera SN110", "91H", "C", "B", 70, 58.90),
            ),
        ),
        (
            "205/55 R16",
            (
                ("Michelin Primacy 4", "91V", "B", "A", 68, 96.00),
                ("Continental PremiumContact 7", "91V", "B", "A", 71, 99.50),
                ("Goodyear EfficientGrip 2", "91V", "B", "A", 69, 89.50),
                ("Nankang Econex NA-1", "91V", "D", "C", 71, 54.90),
            ),
        ),
        (
            "225/45 R17",
            (
                ("Pirelli P Zero PZ4", "94Y", "C", "A", 71, 124.00),
                ("Dunlop Sport Maxx RT2", "94Y", "C", "A", 70, 112.50),
                ("Hankook Ventus Prime 4", "94W", "B", "A", 71, 86.00),
            ),
        ),
    ),
    (
        (
            "215/60 R16",
            (
                ("Michelin CrossClimate 2", "99V", "B", "B", 69, 118.00),
                ("Vredestein Quatrac", "99V", "C", "B", 72, 88.90),
                ("Nokian Seasonproof 1", "99V", "C", "B", 71, 94.50),
            ),
        ),
        (
            "235/55 R18",
            (
                ("Continental EcoContact 6", "100V", "A", "A", 71, 142.00),
                ("Bridgestone Alenza 001", "100V", "C", "A", 71, 131.50),
                ("Kumho Crugen HP71", "100V", "C", "B", 72, 98.00),
                ("Yokohama Geolandar CV G058", "100V", "C", "B", 70, 104.90),
            ),
        ),
        (
            "225/40 R18",
            (
                ("Michelin Pilot Sport 5", "92Y", "C", "A", 72, 138.00),
                ("Goodyear Eagle F1 Asymmetric 6", "92Y", "C", "A", 71, 129.50),
                ("Toyo Proxes Sport 2", "92Y", "C", "A", 72, 97.90),
            ),
        ),
        (
            "195/75 R16C",
            (
                ("Michelin Agilis 3", "107/105R", "B", "A", 72, 128.00),
                ("Continental VanContact Eco", "107/105T", "A", "A", 72, 121.50),
                ("Falken Linam Van01", "107/105R", "C", "B", 72, 82.50),
            ),
        ),
    ),
)
LABEL_COLOURS = {"A": (0, 150, 70), "B": (80, 180, 60), "C": (200, 210, 30), "D": (240, 170, 20)}


def eu_label(pdf: FPDF, x: float, y: float, fuel: str, wet: str, db: int) -> None:
    """The EU tyre label in small: a pump and a cloud as grey marks, each with its class letter in
    a coloured square, and the noise in dB beside a drawn loudspeaker."""
    for k, letter in enumerate((fuel, wet)):
        bx = x + k * 34
        fill(pdf, (120, 120, 120))
        if k == 0:
            pdf.rect(bx, y - 8, 8, 9, style="F")
        else:
            pdf.ellipse(bx, y - 8, 10, 8, style="F")
        fill(pdf, LABEL_COLOURS[letter])
        pdf.rect(bx + 12, y - 9, 12, 11, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(H, "B", 8)
        centre(pdf, bx + 18, y, letter)
        black(pdf)
    fill(pdf, (60, 60, 60))
    pdf.polygon(
        [
            (x + 70, y - 6),
            (x + 74, y - 6),
            (x + 79, y - 10),
            (x + 79, y + 3),
            (x + 74, y - 1),
            (x + 70, y - 1),
        ],
        style="F",
    )
    pdf.set_font(H, "", 7.5)
    pdf.text(x + 83, y, f"{db} dB")


def tyres(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Tyreline Autocentre - Tyre prices by size", A4)
    cols = ((46, "l"), (126, "l"), (282, "l"), (330, "l"), (450, "l"), (553, "r"))
    serial = words.rng.randrange(40100, 40200)
    for page, sizes in enumerate(TYRE_SIZES, start=1):
        pdf.add_page()
        fill(pdf, (20, 20, 20))
        pdf.rect(0, 0, pdf.w, 58, style="F")
        fill(pdf, (250, 200, 0))
        pdf.rect(0, 58, pdf.w, 4, style="F")
        pdf.set_text_color(250, 200, 0)
        pdf.set_font(H, "BI", 20)
        pdf.text(40, 38, "TYRELINE")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(H, "", 8.5)
        pdf.text(170, 36, "Autocentre  ·  Summer and all-season tyres  ·  prices by size")
        right(pdf, pdf.w - 40, 36, "0161 555 0427")
        black(pdf)
        y = 92
        band(pdf, 40, y - 12, pdf.w - 80, 18, 220)
        pdf.set_font(H, "B", 8)
        cells(
            pdf,
            y,
            cols,
            ["Size", "Brand & pattern", "Load/speed", "EU label", "Article no.", "Fitted"],
        )
        y += 8
        for size, rows in sizes:
            top = y
            for brand, index, fuel, wet, db, price in rows:
                y += 22
                code = f"TL-{serial}"
                serial += words.rng.randrange(3, 29)
                shown = pounds(price)
                pdf.set_font(H, "B", 9)
                pdf.text(126, y, brand)
                pdf.set_font(H, "", 8.5)
                pdf.text(282, y, index)
                eu_label(pdf, 330, y, fuel, wet, db)
                pdf.text(450, y, code)
                pdf.set_font(H, "B", 9.5)
                right(pdf, 553, y, shown)
                rule(pdf, y + 8, 220, 120, pdf.w - 40)
                name = f"{brand} {size}"
                truth.products.append(product(name, [code], [shown], page, sizes=[size]))
            bottom = y + 8
            # the size cell spans its tyres' rows, its text in the middle of them
            band(pdf, 40, top + 0.5, 76, bottom - top - 1, 240)
            pdf.set_font(H, "B", 11)
            pdf.text(46, (top + bottom) / 2 + 4, size)
            rule(pdf, bottom, 90, 40, pdf.w - 40)
        y += 40
        fill(pdf, (120, 120, 120))
        pdf.rect(40, y - 8, 8, 9, style="F")
        pdf.set_font(H, "", 7.5)
        pdf.text(52, y, "fuel efficiency")
        pdf.ellipse(120, y - 8, 10, 8, style="F")
        pdf.text(134, y, "wet grip (A best to E)")
        pdf.text(240, y, "external rolling noise in decibels")
        note = (
            "Prices include fitting, new valve, balancing, disposal of the old tyre and VAT. "
            "Wheel alignment £39.00 and nitrogen inflation £2.00 per tyre are extra services. "
            "Other sizes on request: most tyres can be fitted the next working day."
        )
        lines(pdf, 40, y + 20, pdf.w - 80, note, 10.5)
        folio(
            pdf,
            H,
            "Tyreline Autocentre Ltd  ·  Ashton Old Road, Manchester M11 2NF",
            f"{page}/2",
            40,
        )
    return pdf


# === non-catalogs ==============================================================================

BILL = (  # item, price, who (initials sharing it)
    ("Sourdough & whipped butter", 5.50, "AB CD EF GH"),
    ("Burrata, blood orange, pistachio", 11.00, "AB CD"),
    ("Salt cod croquetas (3)", 7.50, "EF GH"),
    ("Hake, mussels, saffron broth", 24.00, "AB"),
    ("Short rib, celeriac, bone marrow", 27.50, "CD"),
    ("Wild mushroom risotto", 18.50, "EF"),
    ("Chalk stream trout, brown shrimp", 23.00, "GH"),
    ("Hispi cabbage, miso butter", 6.50, "CD EF"),
    ("Triple-cooked chips", 5.00, "AB GH"),
    ("Bottle: Albariño, Rías Baixas 2025", 38.00, "AB CD EF"),
    ("Glass: Malbec 175 ml", 9.50, "GH"),
    ("Sparkling water 750 ml", 4.50, "AB CD EF GH"),
    ("Burnt Basque cheesecake", 8.50, "AB"),
    ("Affogato", 6.00, "EF"),
    ("Espresso", 3.20, "CD"),
    ("Espresso", 3.20, "GH"),
)
DINERS = {"AB": "Amira B.", "CD": "Callum D.", "EF": "Esther F.", "GH": "George H."}


def billsplit(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("The Tidewater Kitchen - bill split, table 12", A4)
    pdf.add_page()
    pdf.set_font(T, "B", 18)
    centre(pdf, pdf.w / 2, 50, "The Tidewater Kitchen")
    pdf.set_font(H, "", 8)
    centre(pdf, pdf.w / 2, 64, "4 Harbour Row, Falmouth TR11 3DF  ·  VAT no. GB 555 2718 04")
    centre(pdf, pdf.w / 2, 76, "Table 12  ·  4 covers  ·  Fri 9 April 2027 21:52  ·  Server: Kit")
    rule(pdf, 86, 120, 40, pdf.w - 40)
    pdf.set_font(H, "B", 11)
    pdf.text(40, 108, "Bill split by item")
    cols = ((42, "l"), (300, "r"), (330, "c"), (380, "c"), (430, "c"), (480, "c"))
    y = 130
    band(pdf, 40, y - 11, pdf.w - 80, 16, 228)
    pdf.set_font(H, "B", 7.5)
    cells(pdf, y, cols, ["Item", "Price", *DINERS])
    right(pdf, 553, y, "Per head")
    shares = dict.fromkeys(DINERS, 0.0)
    for item, price, who in BILL:
        y += 16
        people = who.split()
        pdf.set_font(H, "", 8)
        cells(pdf, y, cols[:2], [item, f"{price:.2f}"])
        for n, initials in enumerate(DINERS):
            if initials in people:
                centre(pdf, 330 + n * 50, y, "x")
                shares[initials] += price / len(people)
        right(pdf, 553, y, f"{price / len(people):.2f}")
        rule(pdf, y + 4, 225, 40, pdf.w - 40)
    food = sum(p for _, p, _ in BILL)
    service = round(food * 0.125, 2)
    y += 26
    pdf.set_font(H, "", 8.5)
    for label, value in (
        ("Food & drink", food),
        ("Discretionary service 12.5%", service),
        ("Total", food + service),
    ):
        pdf.text(140, y, label)
        right(pdf, 300, y, f"{value:.2f}")
        y += 14
    y += 18
    pdf.set_font(H, "B", 11)
    pdf.text(40, y, "Each diner pays")
    y += 20
    for n, (initials, name) in enumerate(DINERS.items()):
        x = 40 + n * 130
        band(pdf, x, y - 12, 120, 56, 240)
        pdf.set_font(H, "B", 9)
        pdf.text(x + 8, y + 2, name)
        pdf.set_font(H, "", 8)
        share = shares[initials]
        pdf.text(x + 8, y + 16, f"items {share:.2f} + service {share * 0.125:.2f}")
        pdf.set_font(H, "B", 12)
        pdf.text(x + 8, y + 36, f"£{share * 1.125:.2f}")
    y += 80
    pdf.set_font(H, "", 8)
    note = (
        "Shared dishes are divided equally between the diners who shared them. Service is "
        "optional and goes in full to the team. Card payments: please tell your server how "
        "much to put on each card. Thank you for dining with us."
    )
    lines(pdf, 40, y, pdf.w - 80, note, 11)
    folio(pdf, H, "Printed from table 12  ·  cheque no. 5513", "", 40)
    return pdf


STALL = (
    ("Lemonade", "45p"),
    ("Cupcake", "£1.20"),
    ("Flapjack", "85p"),
    ("Popcorn bag", "60p"),
    ("Toffee apple", "£1.05"),
    ("Hot chocolate", "95p"),
    ("Badge", "30p"),
    ("Lucky dip", "50p"),
)
QUESTIONS = (
    "Maya buys a cupcake and a lemonade. How much does she spend?",
    "Ben has £2. He buys a toffee apple. How much change does he get?",
    "How much do three flapjacks cost altogether?",
    "Which costs more: two badges or one popcorn bag? By how much?",
    "Mrs Patel buys a hot chocolate for each of her 4 children. She pays with a £5 note. How "
    "much change does she get?",
    "Leo spends exactly £2.00 on two different things from the stall. What could he have "
    "bought? Find two answers.",
    "The stall sold 24 cupcakes. How much money did the cupcakes make?",
    "Challenge: the school wants to make £50 from lemonade. How many cups must it sell? Show "
    "your working.",
)


def worksheet(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Year 4 Maths - Money at the school fair", A4)
    pdf.add_page()
    pdf.set_font(H, "B", 16)
    pdf.text(40, 50, "Money: at the school fair")
    pdf.set_font(H, "", 9)
    pdf.text(40, 66, "Year 4  ·  Maths  ·  Spring term, week 6")
    for k, label in enumerate(("Name", "Class", "Date")):
        x = 300 + k * 90
        pdf.text(x, 50, label)
        pdf.line(x + 30, 51, x + 84, 51)
    pdf.set_font(H, "", 9)
    lines(
        pdf,
        40,
        90,
        pdf.w - 80,
        "The Year 6 children have made a stall for the summer fair. Look at their price board "
        "carefully, then answer the questions. Show your working in the boxes.",
        12,
    )
    # the stall's price board, drawn as a chalkboard with a striped awning
    top = 130
    for k in range(10):
        fill(pdf, (220, 60, 60) if k % 2 == 0 else (255, 255, 255))
        pdf.rect(120 + k * 35.5, top, 35.5, 22, style="F")
    fill(pdf, (40, 60, 50))
    pdf.rect(130, top + 22, 335, 160, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font(T, "B", 14)
    centre(pdf, pdf.w / 2 + 0.5, top + 44, "Year 6 Treat Stall")
    pdf.set_font(T, "", 11)
    for k, (item, price) in enumerate(STALL):
        x = 150 + (k % 2) * 165
        ty = top + 68 + (k // 2) * 28
        pdf.text(x, ty, item)
        right(pdf, x + 140, ty, price)
    black(pdf)
    y = top + 210
    for n, question in enumerate(QUESTIONS, start=1):
        pdf.set_font(H, "B", 9.5)
        pdf.text(40, y, f"{n}.")
        pdf.set_font(H, "", 9.5)
        end = lines(pdf, 58, y, 330, question, 12)
        pdf.set_draw_color(150, 150, 150)
        pdf.rect(400, y - 11, 155, max(34, end - y + 10))
        pdf.set_font(H, "", 7)
        grey(pdf, 120)
        pdf.text(404, y - 2, "answer")
        black(pdf)
        y = max(end, y + 34) + 20
    folio(pdf, H, "Year 4 maths practice  ·  St Aidan's Primary", "page 1", 40)
    return pdf


DEEDS = (  # street, colour, price, rents (site, 1-4 houses, hotel), mortgage, house cost
    ("Cobble Lane", (140, 80, 40), 60, (2, 10, 30, 90, 160, 250), 30, 50),
    ("Tannery Row", (140, 80, 40), 60, (4, 20, 60, 180, 320, 450), 30, 50),
    ("Chapel Street", (120, 190, 230), 100, (6, 30, 90, 270, 400, 550), 50, 50),
    ("Weavers Walk", (120, 190, 230), 100, (6, 30, 90, 270, 400, 550), 50, 50),
    ("Market Cross", (120, 190, 230), 120, (8, 40, 100, 300, 450, 600), 60, 50),
    ("Abbey Gardens", (200, 60, 140), 140, (10, 50, 150, 450, 625, 750), 70, 100),
    ("Mill Race", (200, 60, 140), 140, (10, 50, 150, 450, 625, 750), 70, 100),
    ("Castle Mound", (200, 60, 140), 160, (12, 60, 180, 500, 700, 900), 80, 100),
    ("Harbour Parade", (240, 140, 30), 180, (14, 70, 200, 550, 750, 950), 90, 100),
)


def titledeeds(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Borough Tycoon - print and play title deeds", A4)
    pdf.add_page()
    pdf.set_font(H, "B", 16)
    pdf.text(40, 46, "BOROUGH TYCOON")
    pdf.set_font(H, "", 8.5)
    pdf.text(
        40,
        60,
        "Print & play set 1 of 3: title deed cards. Print on card, cut along the grey lines.",
    )
    cw, chh = 165.0, 236.0
    for k, (street, colour, price, rents, mortgage, house) in enumerate(DEEDS):
        x = 40 + (k % 3) * (cw + 10)
        y = 76 + (k // 3) * (chh + 10)
        pdf.set_draw_color(170, 170, 170)
        pdf.rect(x, y, cw, chh)
        fill(pdf, colour)
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(x + 8, y + 8, cw - 16, 42, style="DF")
        pdf.set_font(H, "", 6.5)
        centre(pdf, x + cw / 2, y + 20, "TITLE DEED")
        pdf.set_font(H, "B", 11)
        centre(pdf, x + cw / 2, y + 38, street.upper())
        pdf.set_font(H, "", 8)
        ty = y + 68
        labels = (
            "Rent, site only",
            "With 1 house",
            "With 2 houses",
            "With 3 houses",
            "With 4 houses",
            "With HOTEL",
        )
        for label, rent in zip(labels, rents, strict=True):
            pdf.text(x + 12, ty, label)
            right(pdf, x + cw - 12, ty, f"£{rent}")
            ty += 13
        ty += 6
        rule(pdf, ty - 10, 170, x + 12, x + cw - 12)
        for label, value in (
            ("Mortgage value", mortgage),
            ("Houses cost", house),
            ("Hotels cost", house),
        ):
            pdf.text(x + 12, ty, label)
            right(pdf, x + cw - 12, ty, f"£{value}" + (" each" if label == "Houses cost" else ""))
            ty += 13
        pdf.set_font(H, "", 6.5)
        ty = lines(
            pdf,
            x + 12,
            ty + 4,
            cw - 24,
            "If a player owns ALL the sites of a colour "
            "group, the rent is doubled on unimproved sites in that group.",
            8,
        )
        pdf.set_font(H, "B", 9)
        centre(pdf, x + cw / 2, y + chh - 10, f"PRICE £{price}")
    folio(pdf, H, "Borough Tycoon © 2027 Pennyfarthing Games  ·  for home printing only", "1", 40)
    return pdf


PRIZES = (  # prize, donor, value
    ("Afternoon tea for two", "The Old Mill Tearooms", 45),
    ("Hamper of local produce", "Hartley's Farm Shop", 60),
    ("Cut and blow-dry", "Snips of Upper Wharfe", 38),
    ("Family ticket to the steam railway", "Wharfedale Light Railway", 52),
    ("Bottle of single malt whisky", "The Fleece Inn", 40),
    ("Hand-thrown stoneware jug", "Beck Pottery", 35),
    ("Voucher for a Sunday roast for two", "The Fleece Inn", 36),
    ("One hour golf lesson", "Ilkley Moor Golf Club", 30),
    ("Garden centre voucher", "Greenfingers Nursery", 25),
    ("Box of chocolates", "Co-op, Main Street", 12),
    ("Car valet", "Spotless Hand Car Wash", 25),
    ("Knitted baby blanket", "Mrs J. Atkinson", 20),
)


def raffle(words: Words, truth: Truth) -> FPDF:
    pdf = sized_pdf("Burley Village Fête 2027 - Grand raffle", A4)
    pdf.add_page()
    fill(pdf, (250, 240, 210))
    pdf.rect(0, 0, pdf.w, 110, style="F")
    for k in range(14):  # bunting
        fill(pdf, ((220, 60, 60), (60, 120, 200), (240, 190, 40))[k % 3])
        pdf.polygon([(k * 43, 0), (k * 43 + 43, 0), (k * 43 + 21.5, 24)], style="F")
    pdf.set_font(T, "B", 24)
    centre(pdf, pdf.w / 2, 62, "Burley Village Fête")
    pdf.set_font(T, "I", 12)
    centre(pdf, pdf.w / 2, 82, "Grand Raffle  ·  Saturday 3 July 2027  ·  on the Green")
    pdf.set_font(H, "", 9)
    centre(
        pdf,
        pdf.w / 2,
        100,
        "Tickets £1 each or a strip of five for £4. Draw at 4 pm by the bandstand.",
    )
    y = 140
    pdf.set_font(H, "B", 11)
    pdf.text(40, y, "The prizes, with thanks to our generous donors")
    y += 22
    cols = ((44, "l"), (70, "l"), (300, "l"), (470, "r"), (553, "r"))
    band(pdf, 40, y - 11, pdf.w - 80, 16, 228)
    pdf.set_font(H, "B", 7.5)
    cells(pdf, y, cols, ["No.", "Prize", "Kindly donated by", "Value", "Winning ticket"])
    for n, (prize, donor, value) in enumerate(PRIZES, start=1):
        y += 17
        colour = words.rng.choice(("pink", "blue", "yellow", "green"))
        ticket = f"{colour} {words.rng.randrange(1, 500):03d}"
        pdf.set_font(H, "", 8.5)
        cells(pdf, y, cols, [f"{n}", prize, donor, f"£{value}", ticket])
        rule(pdf, y + 5, 225, 40, pdf.w - 40)
    total = sum(v for _, _, v in PRIZES)
    y += 24
    pdf.set_font(H, "B", 9)
    pdf.text(70, y, "Total value of prizes")
    right(pdf, 470, y, f"£{total}")
    y += 34
    pdf.set_font(H, "", 9)
    texts = (
        "Winners who were not at the draw have been telephoned. Please collect your prize from "
        "the Village Hall on Sunday between 10 and 12, bringing your ticket stub.",
        "The raffle raised £1,236 towards the new roof for the Village Hall. Thank you to "
        "everyone who bought tickets, and to the Scouts for selling them door to door.",
        "Small print: the raffle is run under the Gambling Act 2005 as an incidental lottery at "
        "a non-commercial event. No prize may be exchanged for cash.",
    )
    for text in texts:
        y = lines(pdf, 40, y, pdf.w - 80, text, 12) + 8
    folio(pdf, H, "Burley Village Fête Committee  ·  registered charity 1055271", "", 40)
    return pdf


# === the batch =================================================================================

BLIND_28 = ("stamps", "colchones", "periodic", "spines", "listino", "feed", "tyres")
BLIND_28_NON_CATALOGS = ("billsplit", "worksheet", "titledeeds", "raffle")
LAYOUTS_28 = BLIND_28 + BLIND_28_NON_CATALOGS
SCAN_DPI_28 = {"stamps": 200, "colchones": 150, "periodic": 250, "spines": 200}
SCAN_DPI_28 |= {"listino": 200, "feed": 150, "tyres": 200}
SCAN_DPI_28 |= {"billsplit": 200, "worksheet": 150, "titledeeds": 200, "raffle": 250}
LANGUAGE_28 = {"colchones": "es", "listino": "it"}
LOCALES_28 = {"en": "en_GB", "es": "es_ES", "it": "it_IT"}
SEED_28 = 28000
MAKERS_28: dict[str, Callable[[Words, Truth], FPDF]] = {
    "stamps": stamps,
    "colchones": colchones,
    "periodic": periodic,
    "spines": spines,
    "listino": listino,
    "feed": feed,
    "tyres": tyres,
    "billsplit": billsplit,
    "worksheet": worksheet,
    "titledeeds": titledeeds,
    "raffle": raffle,
}

# registered beside the earlier batches, so generate_blind's writer names and seeds them alike
generate_blind.BATCHES["28"] = Batch(
    LAYOUTS_28, BLIND_28, MAKERS_28, SEED_28, LANGUAGE_28, LOCALES_28, SCAN_DPI_28
)
