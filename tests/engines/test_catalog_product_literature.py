"""Manufacturers' product literature: a configurator's table of orderable configurations, a
pump data sheet comparing two models across, a sanitary catalogue's framed cards with
technical drawings, a paint card's finishes priced per tin size, a safety data sheet's
composition; and the look-alikes each rule must leave alone."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from catalog_blocks import a4_pdf, one_page, products_of_pdf, table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.columns import names_like
from pdfqueue.engines.catalog.unoffered import presents_a_composition
from pdfqueue.engines.catalog.words import CODE_LABEL, is_duration
from pdfqueue.engines.layout import Block, Word, analyse_document, figures_in_image, layout_words


def _names(*blocks) -> list[str]:
    return [p.name for p in products_from_layout(one_page(*blocks))]


# --- a configurator: configurations titled as names, lead times beside them -------------------

CONFIGURATIONS = [
    ["ME-1216-LB", "Meta bench desk for 2 1200 x 1600, light grey / black", "5 weeks", "762.28"],
    ["ME-1216-WW", "Meta bench desk for 2 1200 x 1600, white / white", "3 weeks", "692.40"],
    ["ME-1416-NW", "Meta bench desk for 2 1400 x 1600, walnut / white", "4 weeks", "829.62"],
]


def test_a_configuration_column_names_the_rows_however_long() -> None:
    rows = [["Art. no.", "Configuration", "Delivery", "Price EUR"], *CONFIGURATIONS]
    assert _names(table(rows)) == [r[1] for r in CONFIGURATIONS]


def test_a_lead_time_never_names_a_row() -> None:
    # the names too long to be taken for names untitled: the lead times are still no names
    rows = [["Art. no.", "Combination", "Delivery", "Price EUR"], *CONFIGURATIONS]
    assert not any("weeks" in name for name in _names(table(rows)))
    assert is_duration("2-3 Wochen") and is_duration("5 weeks")
    assert not is_duration("5 Weeks Diet Book") and not is_duration("Week planner")


def test_an_article_s_row_is_named_by_its_long_name_when_its_title_is_unread() -> None:
    # a scan's OCR garbled "Configuration": the rows' codes and prices still show articles
    rows = [["Ref.", "Qonfiguraton", "Delivery", "Price EUR"], *CONFIGURATIONS]
    assert _names(table(rows)) == [r[1] for r in CONFIGURATIONS]


def test_long_lines_beside_codes_without_prices_name_nothing() -> None:
    rows = [["Ref.", "Qonfiguraton", "Delivery"], *(r[:3] for r in CONFIGURATIONS)]
    assert _names(table(rows)) == []


# --- a data sheet comparing two models, set across -------------------------------------------


def test_a_comparison_across_is_named_by_its_models() -> None:
    rows = [
        ["Technical data", "Hydra 3-45", "Hydra 5-55"],
        ["Article no.", "9820320", "9820335"],
        ["Max. head", "45 m", "55 m"],
        ["Tank", "24 l", "24 l"],
        ["List price EUR", "469.00", "625.97"],
    ]
    products = products_from_layout(one_page(table(rows)))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Hydra 3-45", ["9820320"], ["469.00"]),
        ("Hydra 5-55", ["9820335"], ["625.97"]),
    ]


def test_a_comparison_across_of_one_model_twice_names_nothing() -> None:
    rows = [
        ["Technical data", "Hydra 3-45", "Hydra 3-45"],
        ["Article no.", "9820320", "9820335"],
        ["Max. head", "45 m", "55 m"],
        ["List price EUR", "469.00", "625.97"],
    ]
    assert _names(table(rows)) == []


def test_a_comparison_across_names_models_of_two_words_beside_models_of_one() -> None:
    # a precast brochure's kerbs as columns: "Robnik 12/25" beside a garden kerb, "Vrtni
    # robnik 5/25", its name two words before the designation; "8/20" a name of its own
    rows = [
        ["", "Robnik 8/20", "Robnik 12/25", "Robnik 15/25", "Vrtni robnik 5/25"],
        ["Šifra", "696-54", "278-91", "329-42", "786-74"],
        ["Dimenzije (mm)", "1000 × 80 × 200", "1000 × 120 × 250", "1000 × 150 × 250", "1000 × 50"],
        ["Masa (kg)", "38", "68", "85", "29"],
        ["Cena (€/kos)", "4,84", "8,78", "10,89", "3,75"],
    ]
    products = products_from_layout(one_page(table(rows)))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Robnik 8/20", ["696-54"], ["4,84"]),
        ("Robnik 12/25", ["278-91"], ["8,78"]),
        ("Robnik 15/25", ["329-42"], ["10,89"]),
        ("Vrtni robnik 5/25", ["786-74"], ["3,75"]),
    ]


def test_a_table_of_years_read_across_under_words_names_nothing() -> None:
    # the control: a statement's columns headed by words and years, no code, no price titled
    rows = [
        ["", "Fiscal year 2023", "Fiscal year 2024", "Fiscal year 2025"],
        ["Revenue", "4,84", "8,78", "10,89"],
        ["Staff", "38", "68", "85"],
        ["Sites", "3", "4", "5"],
    ]
    assert _names(table(rows)) == []


def _cell(text: str, left: float, top: float) -> Block:
    box = (left, top, left + 5.0 * len(text), top + 10.0)
    return Block("paragraph", box, text, font_size=8.0, lines=[text])


def _one_row(values: list[str], top: float = 500.0) -> list[Block]:
    titles = ["Article no.", "Item", "EUR"]
    lefts = (40.0, 120.0, 520.0)
    return [
        *(_cell(t, x, top) for t, x in zip(titles, lefts, strict=True)),
        *(_cell(v, x, top + 19) for v, x in zip(values, lefts, strict=True)),
    ]


def test_a_table_of_one_row_set_as_text_is_a_product() -> None:
    products = products_from_layout(one_page(*_one_row(["9820339", "Dry-running kit", "63.47"])))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Dry-running kit", ["9820339"], ["63.47"])
    ]


def test_titles_over_a_row_of_blank_fields_or_words_are_no_product() -> None:
    # a registration form: its titles over what the customer fills in, nothing priced
    assert _names(*_one_row(["________", "Your model", "________"])) == []
    assert _names(*_one_row(["9820339", "Dry-running kit", "on request"])) == []


# --- framed cards with a technical drawing ---------------------------------------------------

SANITARY = [
    ("Wand-WC Lino spülrandlos", "2261 9700 00", "B 360 × T 540 × H 400 mm", "409,00 €"),
    ("Stand-WC Lino Tiefspüler", "2266 7500 00", "B 360 × T 670 × H 400 mm", "349,00 €"),
]


def _framed_card(pdf, x: float, y: float, name: str, code: str, measures: str, price: str):
    pdf.set_draw_color(0, 0, 0)
    pdf.rect(x, y, 250, 340)  # the card's frame
    pdf.rect(x + 25, y + 40, 70, 50)  # the drawing: a plan and a side view
    pdf.line(x + 115, y + 40, x + 185, y + 40)
    pdf.line(x + 185, y + 40, x + 165, y + 90)
    pdf.line(x + 115, y + 90, x + 165, y + 90)
    for x0, x1, label in ((x + 25, x + 95, "360"), (x + 115, x + 165, "540")):
        pdf.line(x0, y + 100, x1, y + 100)  # dimension lines with their ticks and figures
        pdf.line(x0, y + 97, x0, y + 103)
        pdf.line(x1, y + 97, x1, y + 103)
        pdf.set_font("Helvetica", "", 6.5)
        pdf.text((x0 + x1) / 2 - 5, y + 97, label)
    pdf.line(x + 200, y + 40, x + 200, y + 90)
    pdf.set_font("Helvetica", "", 6.5)
    pdf.text(x + 205, y + 68, "400")
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(x + 15, y + 190, name)
    pdf.set_font("Helvetica", "", 8)
    for n, line in enumerate((f"Art.-Nr. {code}", measures, "Farbe: weiß 01")):
        pdf.text(x + 15, y + 208 + 13 * n, line)
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(x + 160, y + 320, price)


def test_framed_cards_with_drawings_are_products_not_a_ruled_table(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    for n, card in enumerate(SANITARY):
        _framed_card(pdf, 40 + 265 * n, 80, *card)
    products = products_of_pdf(pdf, tmp_path)
    assert [(p.name, p.codes) for p in products] == [(c[0], [c[1]]) for c in SANITARY]


def test_a_ruled_table_inside_a_frame_is_still_a_table(tmp_path: Path) -> None:
    pdf = a4_pdf(windows_1252=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 9)
    pdf.rect(40, 80, 400, 90)  # its frame, rules across under each row
    for n, row in enumerate([("Item", "Code", "Price"), ("Tap", "T-100", "12.00 €")]):
        for x, cell in zip((50, 200, 350), row, strict=True):
            pdf.text(x, 98 + 25 * n, cell)
        pdf.line(40, 105 + 25 * n, 440, 105 + 25 * n)
    pdf.line(190, 80, 190, 170)
    pdf.line(340, 80, 340, 170)
    pdf.text(50, 148, "Mixer")
    pdf.text(200, 148, "M-200")
    pdf.text(350, 148, "19.50 €")
    path = tmp_path / "ruled.pdf"
    pdf.output(str(path))
    (page,) = analyse_document(path).pages
    tables = [b for b in page.blocks if b.kind == "table"]
    assert tables and tables[0].ruled
    assert tables[0].rows[-1] == ["Mixer", "M-200", "19.50 €"]


def _cards_across(prices: list[str]) -> list[Block]:
    cards = table(
        [
            ["Wand-WC Lino spülrandlos", "Stand-WC Lino Tiefspüler"],
            ["Art.-Nr. 2261 9700 00", "Art.-Nr. 2266 7500 00"],
            ["B 360 × T 540 × H 400 mm", "B 360 × T 670 × H 400 mm"],
            ["Befestigung im Lieferumfang", "Befestigung im Lieferumfang"],
        ]
    )
    feet = [
        Block("heading", (200.0 + 265 * n, 250.0, 270.0 + 265 * n, 266.0), price)
        for n, price in enumerate(prices)
    ]
    return [cards, *feet]


def test_cards_across_are_priced_by_the_prices_at_their_feet() -> None:
    products = products_from_layout(one_page(*_cards_across(["409,00 €", "349,00 €"])))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Wand-WC Lino spülrandlos", ["2261 9700 00"], ["409,00 €"]),
        ("Stand-WC Lino Tiefspüler", ["2266 7500 00"], ["349,00 €"]),
    ]


def test_one_price_under_two_cards_prices_neither() -> None:
    products = products_from_layout(one_page(*_cards_across(["ab 349,00 €"])))
    assert [p.prices for p in products] == [[], []]


def test_cards_across_are_named_by_their_top_line_not_their_wordiest() -> None:
    # a scan's OCR read the colour line a little differently on each card
    rows = [
        ["Wand-WC Lino spülrandlos", "Stand-WC Lino Tiefspüler"],
        ["Art.-Nr. 2261 9700 00", "Art.-Nr. 2266 7500 00"],
        ["Farbe: wei 01, mit Glasur CeramicPlus", "Farbe: weiB 01, mit Glasur CeramicPlus"],
    ]
    assert _names(table(rows)) == ["Wand-WC Lino spülrandlos", "Stand-WC Lino Tiefspüler"]


def test_cards_across_without_names_atop_are_named_as_before() -> None:
    rows = [
        ["1", "2"],
        ["Art.-Nr. 2261 9700 00", "Art.-Nr. 2266 7500 00"],
        ["Wand-WC Lino spülrandlos", "Stand-WC Lino Tiefspüler"],
    ]
    assert _names(table(rows)) == ["Wand-WC Lino spülrandlos", "Stand-WC Lino Tiefspüler"]


def test_an_article_number_in_digit_groups_is_one_code() -> None:
    codes = [m.group("code") for m in CODE_LABEL.finditer("Art.-Nr. 2261 9700 00")]
    assert codes == ["2261 9700 00"]
    # a group followed by a decimal figure is the price after the code, not its part
    assert [m.group("code") for m in CODE_LABEL.finditer("Art. 4711 12,50 €")] == ["4711"]
    assert [m.group("code") for m in CODE_LABEL.finditer("Art. 742868, € 150,51")] == ["742868"]


def test_one_text_on_every_row_names_no_row() -> None:
    assert names_like(["Befestigung im Lieferumfang"] * 2) == 0.0
    assert names_like(["Wand-WC Lino", "Stand-WC Lino"]) == 1.0


# --- a paint card: finishes priced per tin size ----------------------------------------------

FINISHES = [
    ["Finish", "Code", "Sheen", "Use", "1 L", "2.5 L", "5 L"],
    ["Durable Matt Emulsion", "HF-34", "Matt, 2 %", "Walls and ceilings", "£21.19", "£35.19", "-"],
    ["Chalky Flat", "HF-47", "Flat, < 2 %", "Feature walls, period homes", "£21.98", "-", "-"],
    ["Floor Paint", "HF-61", "Eggshell, 20 %", "Concrete and wooden floors", "-", "£34.11", "£63"],
]


def test_finishes_priced_per_tin_size_in_a_currency() -> None:
    products = products_from_layout(one_page(table(FINISHES)))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Durable Matt Emulsion", ["HF-34"], ["£21.19", "£35.19"]),
        ("Chalky Flat", ["HF-47"], ["£21.98"]),
        ("Floor Paint", ["HF-61"], ["£34.11", "£63"]),
    ]
    assert products[0].attributes["Use"] == "Walls and ceilings"  # what it is for: no name


def test_figures_with_units_under_measures_are_no_prices() -> None:
    rows = [
        ["Nutrient", "100 g", "250 g"],
        ["Energy", "1250 kJ", "3125 kJ"],
        ["Protein", "12 g", "30 g"],
        ["Fat", "4 g", "10 g"],
    ]
    assert _names(table(rows)) == []


def _word(text: str, left: float, top: float, size: float = 10.0) -> Word:
    return Word(text, left, top, left + 0.5 * size * len(text), top + 1.2 * size, size)


def test_a_dash_before_a_priced_cell_marks_an_empty_cell() -> None:
    words = [_word("Floor", 40, 100), _word("£34.11", 270, 100)]
    words += [_word("-", 240, 100), _word("£63.46", 360, 100)]
    blocks = layout_words(sorted(words, key=lambda w: w.left), [], [], 600, 800)
    assert "- £34.11" not in [b.text for b in blocks]
    assert not [b for b in blocks if b.kind == "list_item"]


def test_a_dash_before_words_is_still_a_bullet() -> None:
    words = [_word("-", 60, 100), _word("Concrete", 80, 100), _word("floors", 125, 100)]
    (block,) = layout_words(words, [], [], 600, 800)
    assert (block.kind, block.text) == ("list_item", "- Concrete floors")


# --- a safety data sheet's composition -------------------------------------------------------

COMPOSITION = [
    ["Substance", "CAS No.", "EC No.", "% w/w"],
    ["Titanium dioxide", "13463-67-7", "236-675-5", "10 - < 20"],
    ["Kaolin", "1332-58-7", "310-194-1", "5 - < 10"],
    ["2-Methyl-2H-isothiazol-3-one", "2682-20-4", "220-239-6", "< 0.0015"],
    ["1,2-Benzisothiazol-3(2H)-one", "2634-33-5", "220-120-9", "< 0.05"],
]


def test_a_composition_by_cas_numbers_offers_nothing() -> None:
    assert presents_a_composition(table(COMPOSITION))
    assert _names(table(COMPOSITION)) == []


def test_a_chemicals_dealer_pricing_substances_by_cas_number_offers_them() -> None:
    rows = [
        ["Product", "CAS No.", "Pack", "Price EUR"],
        ["Titanium dioxide", "13463-67-7", "1 kg", "24.50"],
        ["Kaolin", "1332-58-7", "1 kg", "12.80"],
        ["Calcium carbonate", "471-34-1", "1 kg", "9.90"],
    ]
    assert not presents_a_composition(table(rows))
    assert _names(table(rows)) == ["Titanium dioxide", "Kaolin", "Calcium carbonate"]


def test_figures_that_look_like_cas_numbers_but_fail_the_check_digit() -> None:
    rows = [["Part", "Ref.", "Qty"], *[[f"Bolt {n}", f"1332-58-{n}", "2"] for n in range(1, 5)]]
    assert not presents_a_composition(table(rows))


# --- a colour card's swatches on a scan ------------------------------------------------------

PT = 200 / 72  # pixels per point of the scans below


def _px(points: float) -> int:
    return round(points * PT)


def test_a_scanned_colour_swatch_is_no_photo_a_shaded_photo_is() -> None:
    pixels = np.full((_px(842), _px(595)), 250.0)
    for n, level in enumerate((150, 90, 200)):  # swatches of flat tints, side by side
        left = 40 + 130 * n
        pixels[_px(100) : _px(180), _px(left) : _px(left + 120)] = level
    x0, y0, x1, y1 = _px(40), _px(300), _px(200), _px(420)  # a product shot, shaded
    pixels[y0:y1, x0:x1] = np.linspace(120, 210, x1 - x0)[None, :]
    pixels[y0 + 30 : y1 - 30, x0 + 40 : x1 - 40] = 60
    noise = np.random.default_rng(11).normal(0, 9, pixels.shape)  # a scanner's noise
    pixels = np.clip(pixels + noise, 0, 255).astype(np.uint8)
    figures = figures_in_image(pixels, 1 / PT)
    assert len(figures) == 1, figures
    assert 290 <= figures[0][1] <= 310, figures


def test_a_flat_object_on_a_photo_s_backdrop_stays_a_figure() -> None:
    pixels = np.full((_px(842), _px(595)), 250.0)
    # a flat grey backdrop with a word read on it (a panel: what differs from its fill is
    # the photo), the product on it one flat dark tone
    pixels[_px(100) : _px(220), _px(40) : _px(200)] = 185
    pixels[_px(130) : _px(190), _px(90) : _px(150)] = 70
    noise = np.random.default_rng(12).normal(0, 9, pixels.shape)
    pixels = np.clip(pixels + noise, 0, 255).astype(np.uint8)
    figures = figures_in_image(pixels, 1 / PT, [Word("Sale", 50, 200, 80, 212, 10.0)])
    assert any(f[0] <= 92 and f[2] >= 148 and f[1] <= 132 for f in figures), figures
