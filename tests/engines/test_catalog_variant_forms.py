"""Forms that name a product from lines around its offer: a name over rows that print only a
variant (a vintage, a size) with their own code and price; each with the look-alike it must
leave alone."""

from __future__ import annotations

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout


def _page(*blocks: Block) -> DocumentLayout:
    page = PageLayout(1, 595, 842)
    page.blocks = list(blocks)
    return DocumentLayout([page])


def _text(kind: str, left: float, top: float, lines: list[str], size: float = 9.0) -> Block:
    height = size * 1.4 * len(lines)
    right = left + 0.5 * size * max(len(line) for line in lines)
    box = (left, top, right, top + height)
    return Block(kind, box, " ".join(lines), font_size=size, lines=lines)  # type: ignore[arg-type]


# --- a name over its vintage rows ----------------------------------------------------------


def _wine(top: float, name: str, rows: list[tuple[str, str, str]]) -> list[Block]:
    """A wine's name, then its vintage rows cut into three pieces as the layout finds them:
    the years, the references with their leaders, the prices."""
    step = 9.0 * 1.4
    return [
        _text("paragraph", 90, top, [name], 10),
        _text("paragraph", 110, top + 16, [r[0] for r in rows]),
        _text("paragraph", 170, top + 16, [f"Ref. {r[1]} {'.' * 60}" for r in rows]),
        Block(
            "paragraph",
            (473, top + 16, 505, top + 16 + step * len(rows)),
            " ".join(r[2] for r in rows),
            font_size=9.0,
            lines=[r[2] for r in rows],
        ),
    ]


def test_a_wine_list_s_vintage_rows_are_products_named_wine_and_vintage() -> None:
    blocks = [
        _text("heading", 90, 100, ["D.O.Ca. RIOJA"], 11),
        *_wine(
            124,
            "Viña Lorca Reserva — Bodegas Lorca",
            [("2016", "40170", "42,48 €"), ("2018", "40173", "38,67 €")],
        ),
        *_wine(180, "Montecillo Alto Blanco — Hermanos Ruiz", [("2022", "40179", "47,42 €")]),
        *_wine(222, "Fino Alegría — González Peña", [("s/a", "40236", "11,50 €")]),
    ]
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Viña Lorca Reserva 2016", ["40170"], ["42,48 €"]),
        ("Viña Lorca Reserva 2018", ["40173"], ["38,67 €"]),
        ("Montecillo Alto Blanco 2022", ["40179"], ["47,42 €"]),
        ("Fino Alegría", ["40236"], ["11,50 €"]),
    ]


def test_vintage_rows_found_as_a_table_are_named_by_the_wine_not_the_region() -> None:
    rows = [
        ["2019", "Ref. 40153", "." * 60, "23,56 €"],
        ["2020", "Ref. 40155", "." * 60, "22,34 €"],
        ["2021", "Ref. 40163", "." * 60, "21,11 €"],
    ]
    blocks = [
        _text("heading", 90, 100, ["D.O.Ca. RIOJA"], 11),
        _text("paragraph", 90, 123, ["Viña Lorca Crianza — Bodegas Lorca"], 10),
        Block("table", (110, 139, 505, 177), "", rows=rows),
        *_wine(190, "Castrillo Tinto Fino — Bodega Castrillo", [("2020", "40213", "26,29 €")]),
    ]
    names = [p.name for p in products_from_layout(_page(*blocks))]
    assert names[:3] == [
        "Viña Lorca Crianza 2019",
        "Viña Lorca Crianza 2020",
        "Viña Lorca Crianza 2021",
    ]


def test_rows_that_print_their_own_names_or_years_of_figures_are_no_variants() -> None:
    """A price list's rows name themselves ("Oak stool  40112  18,50 €"): each row is its own
    product, never "<heading> <row>"; a report's rows by year ("2019  12,450 visitors
    1.200 €") name no product."""
    price_list = [
        _text("heading", 90, 100, ["Stools"], 11),
        _text("paragraph", 90, 124, ["Oak stool 40112 18,50 €", "Ash stool 40113 19,50 €"]),
        _text("heading", 90, 170, ["Benches"], 11),
        _text("paragraph", 90, 194, ["Oak bench 40114 48,50 €", "Pine bench 40115 39,00 €"]),
    ]
    names = [p.name for p in products_from_layout(_page(*price_list))]
    assert all(not name.startswith(("Stools", "Benches")) for name in names)
    report = [
        _text("paragraph", 90, 100, ["Visitors and takings by year"], 10),
        _text("paragraph", 110, 116, ["2019 12,450 1.200 €", "2020 8,210 900 €"]),
        _text("paragraph", 90, 160, ["Members and fees by year"], 10),
        _text("paragraph", 110, 176, ["2019 1,450 14.500 €", "2020 1,510 15.100 €"]),
    ]
    assert products_from_layout(_page(*report)) == []


# --- an auction's lots ---------------------------------------------------------------------


def _lot(top: float, number: str, description: str, last: str) -> list[Block]:
    return [
        Block("figure", (40, top, 170, top + 112), "", image_index=0),
        _text("heading", 190, top + 1, [number], 12),
        _text("paragraph", 190, top + 20, [description, "Provenance: by descent."], 8.5),
        _text("paragraph", 190, top + 68, [last], 9),
    ]


def test_an_auction_s_lots_are_products_named_by_their_title_with_the_estimates() -> None:
    blocks = [
        *_lot(
            62,
            "LOT 108",
            "A GEORGE III MAHOGANY BRACKET CLOCK, the arched case.",
            "Estimate £800 - £1,200",
        ),
        *_lot(
            204,
            "LOT 110",
            "A PAIR OF MEISSEN FIGURES, modelled as a shepherd.",
            "Estimate £1,200 - £1,800",
        ),
    ]
    products = products_from_layout(_page(*blocks))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("A GEORGE III MAHOGANY BRACKET CLOCK", ["108"], ["£800", "£1,200"]),
        ("A PAIR OF MEISSEN FIGURES", ["110"], ["£1,200", "£1,800"]),
    ]


def test_an_auction_s_results_without_estimates_offer_no_lots() -> None:
    """A results list prints what each lot fetched: sold, not offered."""
    blocks = [
        *_lot(
            62,
            "LOT 108",
            "A GEORGE III MAHOGANY BRACKET CLOCK, the arched case.",
            "Hammer price £1,450",
        ),
        *_lot(
            204, "LOT 110", "A PAIR OF MEISSEN FIGURES, modelled as a shepherd.", "Sold for £2,100"
        ),
    ]
    assert products_from_layout(_page(*blocks)) == []


# --- a comparison whose models are named over its columns, apart ---------------------------


def _comparison(names: list[str], rows: list[list[str]]) -> list[Block]:
    """Photos with a model's name under each, over a table whose first column titles rows."""
    edges = [(40.0, 120.0)] + [(250.0 + 118 * k, 300.0 + 118 * k) for k in range(len(names))]
    blocks: list[Block] = []
    for k, name in enumerate(names):
        left = 222 + 118 * k
        blocks.append(Block("figure", (left, 78, left + 94, 166), "", image_index=k))
        blocks.append(_text("caption", left + 8, 176, [name], 11))
    height = 20.0 * len(rows)
    table = Block("table", (40, 212, 770, 212 + height), "", rows=rows, columns=edges)
    return [*blocks, table]


def test_a_comparison_s_models_named_over_its_columns_are_its_products() -> None:
    names = ["Rova 400", "Rova 1200 X", "Rova 2000 RTK"]
    rows = [
        ["Max. area", "400 m²", "1,200 m²", "2,000 m²"],
        ["Boundary", "wire", "wire", "RTK GPS"],
        ["Article no.", "9460917", "9461045", "9461123"],
        ["RRP incl. VAT", "£649.00", "£1,199.00", "£1,699.00"],
    ]
    products = products_from_layout(_page(*_comparison(names, rows)))
    assert [(p.name, p.codes, p.prices) for p in products] == [
        ("Rova 400", ["9460917"], ["£649.00"]),
        ("Rova 1200 X", ["9461045"], ["£1,199.00"]),
        ("Rova 2000 RTK", ["9461123"], ["£1,699.00"]),
    ]


def test_a_results_table_with_teams_over_its_columns_offers_nothing() -> None:
    """A league's table of results: names over the columns, but rows of scores, no price, no
    article code."""
    names = ["Harbour United", "Mill Lane", "Castle Rovers"]
    rows = [
        ["Played", "12", "12", "12"],
        ["Won", "8", "6", "3"],
        ["Goals", "24", "19", "11"],
        ["Points", "26", "20", "11"],
    ]
    assert products_from_layout(_page(*_comparison(names, rows))) == []


# --- entries flowing on from one column to the next ----------------------------------------


def _book(left: float, top: float, title: str, n: int) -> list[Block]:
    """A cover, the title beside it, the author and a blurb under the title."""
    return [
        Block("figure", (left, top, left + 52, top + 74), "", image_index=n),
        _text("heading", left + 62, top, [title], 10.5),
        _text("paragraph", left + 62, top + 15, ["Anna Nowak"], 8.5),
        _text("paragraph", left + 62, top + 29, ["Powieść o morzu i ludziach.", "Tom pierwszy."]),
    ]


def test_entries_that_run_on_into_the_next_column_keep_their_code_and_price() -> None:
    """The second book's ISBN and price stand at the head of the right column."""
    blocks = [
        _text("heading", 40, 40, ["Nowości · styczeń 2026"], 18),
        _text(
            "paragraph", 40, 62, ["Księgarnia Pod Globusem · ul. Długa 14, Gdańsk · tel. 58 301"]
        ),
        *_book(40, 100, "Sól i popiół", 0),
        _text("caption", 40, 200, ["oprawa twarda · 352 s.", "ISBN 978-83-21-69498-6"], 7.5),
        _text("heading", 40, 222, ["49,90 zł"], 10),
        *_book(40, 660, "Zimowe archiwum", 1),
        _text("caption", 40, 760, ["oprawa twarda · 504 s."], 7.5),
        _text("caption", 310, 100, ["ISBN 978-83-75-51881-8"], 7.5),
        _text("heading", 310, 112, ["64,90 zł"], 10),
        *_book(310, 150, "Rzeka bez brzegów", 2),
        _text("caption", 310, 250, ["oprawa miękka · 320 s.", "ISBN 978-83-88-31707-1"], 7.5),
        _text("heading", 310, 272, ["44,90 zł"], 10),
    ]
    products = products_from_layout(_page(*blocks))
    assert sorted((p.name, p.codes, p.prices) for p in products) == [
        ("Rzeka bez brzegów", ["978-83-88-31707-1"], ["44,90 zł"]),
        ("Sól i popiół", ["978-83-21-69498-6"], ["49,90 zł"]),
        ("Zimowe archiwum", ["978-83-75-51881-8"], ["64,90 zł"]),
    ]


def test_a_magazine_s_stories_beside_photos_without_codes_are_no_entries() -> None:
    """News items headed beside their photos, prose mentioning a price: no code, no offer."""
    blocks: list[Block] = []
    for n, (left, top) in enumerate(((40, 100), (40, 300), (310, 100), (310, 300))):
        blocks += _book(left, top, f"Festival news {n + 1}", n)
        blocks.append(_text("paragraph", left, top + 100, ["Tickets cost 49,90 zł at the door."]))
        blocks.append(_text("heading", left, top + 120, ["49,90 zł"], 10))
    assert products_from_layout(_page(*blocks)) == []


# --- a story's credits in running prose ----------------------------------------------------


def _prose(text: str) -> list[Block]:
    return [
        _text("heading", 40, 485, ["Coastal light"], 40),
        _text("paragraph", 40, 581, ["Deleniti fugiat quis enim nemo sunt dignissimos."], 10),
        _text("list_item", 40, 648, [text], 7.5),
    ]


def test_a_story_s_numbered_credits_are_products_named_before_their_prices() -> None:
    credits = (
        "1. Linen shirt, £45, Marlow & Co. 2. Wide-leg trousers, £89, Ardent. 3. Woven raffia"
        " tote, £38, salthouse.com. Photography Ines Varga. Styling Tom Hale."
    )
    products = products_from_layout(_page(*_prose(credits)))
    assert [(p.name, p.prices) for p in products] == [
        ("Linen shirt", ["£45"]),
        ("Wide-leg trousers", ["£89"]),
        ("Woven raffia tote", ["£38"]),
    ]


def test_minutes_and_a_programme_numbered_in_prose_are_no_credits() -> None:
    minutes = (
        "1. Venue hire, £450, paid in March. 2. Catering, £1,200, still owed to the caterer."
        " 3. Printing, £180, agreed by the committee."
    )
    assert products_from_layout(_page(*_prose(minutes))) == []
    programme = (
        "1. Opening remarks, 10:00, Main Hall. 2. Keynote, 10:30, Main Hall. 3. Panel, 11:30,"
        " Room B."
    )
    assert products_from_layout(_page(*_prose(programme))) == []


def test_a_row_of_column_titles_over_size_rows_names_none_of_them() -> None:
    """ "Size  Ref.  Price" right over the rows titles their columns; it is no wine's name."""
    blocks = [
        _text("heading", 90, 100, ["Nitrile gloves, powder-free"], 11),
        _text("paragraph", 90, 124, ["Size Ref. Price"], 9),
        _text("paragraph", 90, 138, ["S 40112 18,50 €", "M 40113 18,50 €", "L 40114 18,50 €"]),
        _text("heading", 90, 200, ["Vinyl gloves"], 11),
        _text("paragraph", 90, 224, ["Size Ref. Price"], 9),
        _text("paragraph", 90, 238, ["S 40115 9,50 €", "M 40116 9,50 €"]),
    ]
    names = [p.name for p in products_from_layout(_page(*blocks))]
    assert not any(name.startswith("Size") for name in names)
