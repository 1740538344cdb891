"""Markdown's structure on documents of any kind: a contents list whose page numbers stand in a
column of their own, right of the leaders, keeps each title with its page; a price or an
article's code set large on a product's card is no heading; the next section's heading under a
table ends it rather than becoming its last row. Each with controls: the real headings that hold
a number, the rows of a table that hold a word alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from pdfqueue.engines.chunking import chunk_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout, analyse_document
from pdfqueue.engines.markdown import reads_as_heading, to_markdown

ENTRIES = (
    ("Desks and worktops", "3"),
    ("Storage", "4"),
    ("Seating and reception areas for visitors", "5"),
    ("General terms of sale", "6"),
    ("Index of references", "12"),
)


def _leader(pdf: FPDF, x0: float, x1: float, y: float) -> None:
    """Spaced dots from `x0` to `x1` on baseline `y`, a typesetter's leader."""
    dot = pdf.get_string_width(". ")
    count = int((x1 - x0) / dot)
    pdf.text(x1 - count * dot, y, ". " * count)


def _contents_page(path: Path) -> Path:
    """A welcome page: a heading, a letter, then a contents list in a tinted box, each
    section's name, a dotted leader and its page number set flush right, apart from it."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 24)
    pdf.text(40, 80, "Welcome")
    pdf.set_font("Helvetica", "", 11)
    pdf.text(40, 110, "Our advisers visit free of charge for any project of ten desks or more.")
    pdf.set_fill_color(235, 238, 243)
    pdf.rect(30, 270, 535, 150, style="F")
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(40, 305, "Contents")
    pdf.set_font("Helvetica", "", 12)
    y = 340.0
    for title, page in ENTRIES:
        pdf.text(40, y, title)
        _leader(pdf, 40 + pdf.get_string_width(title) + 6, 531, y)
        pdf.text(555 - pdf.get_string_width(page), y, page)
        y += 20
    pdf.output(str(path))
    return path


def test_a_contents_list_keeps_each_title_with_its_page_in_order(tmp_path: Path) -> None:
    """Each entry one list item, its title then its page, in the printed order; no page
    numbers left over in a paragraph of their own, no title cut at the leader's dots."""
    document = analyse_document(_contents_page(tmp_path / "contents.pdf"))
    markdown = to_markdown(document)
    expected = "\n".join(f"- {title} … {page}" for title, page in ENTRIES)
    assert expected in markdown, markdown
    assert "3 4 5 6 12" not in markdown
    text = "\n".join(chunk.content for chunk in chunk_layout(document))
    assert "Seating and reception areas for visitors … 5" in text, text


def test_control_a_column_of_figures_beside_prose_is_no_contents_list() -> None:
    """Lines of prose (no leaders) beside a column of numbers stay as they are printed."""
    page = PageLayout(1, 600, 800)
    lines = ["Apples picked this week", "Pears picked this week", "Plums picked this week"]
    page.blocks = [
        Block("paragraph", (40, 100, 300, 136), " ".join(lines), font_size=11, lines=lines),
        Block("paragraph", (320, 100, 330, 136), "3 4 5", font_size=11, lines=["3", "4", "5"]),
    ]
    markdown = to_markdown(DocumentLayout([page]))
    assert "Apples picked this week Pears picked this week" in markdown
    assert "3 4 5" in markdown


def test_leader_lines_keep_titles_with_points_and_short_leaders() -> None:
    """Line by line, a title holding points ("Fig. 3") or set with a leader of three dots
    (it is long) is one entry; a line set without a leader, its figure last, one of its own."""
    lines = [
        "Fig. 3 Wiring of the panel . . . . . . . 14",
        "6435 Hinge, concealed, 35 mm . . . 15,16",
        "2260 Mortice lock 45 mm 19,17",
        "4219 Euro cylinder 30x30 . . . . . . 22,28",
    ]
    page = PageLayout(1, 600, 800)
    page.blocks = [Block("paragraph", (40, 100, 300, 160), " ".join(lines), lines=lines)]
    markdown = to_markdown(DocumentLayout([page]))
    assert (
        "- Fig. 3 Wiring of the panel … 14\n- 6435 Hinge, concealed, 35 mm … 15,16\n"
        "- 2260 Mortice lock 45 mm 19,17\n- 4219 Euro cylinder 30x30 … 22,28"
    ) in markdown, markdown


# --- prices and codes set large ------------------------------------------------------------


def _cards_page(path: Path) -> Path:
    """A product page: its section's heading, then cards (a bold name, a description, a large
    bold price with its tax qualifier, the price with tax in small type under it), an article
    code in bold at the text's size, and a heading that holds a number."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.core_fonts_encoding = "cp1252"  # the euro sign
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 17)
    pdf.text(40, 32, "Desks and worktops")
    y = 90.0
    for name, price, taxed in (
        ("Round meeting table Nova 120", "995,50 € HT", "1 194,60 € TTC"),
        ("Mobile trolley Linea", "1 184,50 € HT", "1 421,40 € TTC"),
        ("Wool yarn, chunky", "£3.50 per ball", "£31.50 per pack of 10"),
    ):
        pdf.set_font("Helvetica", "B", 13)
        pdf.text(250, y, name)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.text(250, y + 18, "Steel frame, seat and back padded with resilient foam.")
        pdf.text(250, y + 30, "Cable pass and integrated duct, delivered assembled.")
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.text(250, y + 50, "ED5219")
        pdf.set_font("Helvetica", "B", 16)
        pdf.text(555 - pdf.get_string_width(price), y + 112, price)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.text(555 - pdf.get_string_width(taxed), y + 126, taxed)
        y += 180
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, y + 20, "Chapter 3")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.text(40, y + 40, "Delivery is free for orders over 800 euros before tax.")
    pdf.output(str(path))
    return path


def test_a_price_set_large_is_no_heading(tmp_path: Path) -> None:
    """A card's large price (with "HT", or "per ball") is bold text, not a heading, and opens
    no section of the chunks; the card's name and a real heading with a number stay
    headings."""
    document = analyse_document(_cards_page(tmp_path / "cards.pdf"))
    markdown = to_markdown(document)
    for price in ("995,50 € HT", "1 184,50 € HT", "£3.50 per ball"):
        assert f"\n**{price}**\n" in markdown, markdown
        assert f"# {price}" not in markdown
    assert "**ED5219**" in markdown and "# ED5219" not in markdown
    assert "# Round meeting table Nova 120" in markdown
    assert "# Chapter 3" in markdown
    paths = {tuple(chunk.heading_path) for chunk in chunk_layout(document)}
    assert not any("995,50 € HT" in path for path in paths), paths


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("995,50 € HT", False),
        ("$18.95", False),
        ("1 495 kr", False),
        ("Price: £549", False),
        ("600 €/mes", False),
        ("MN-3197-F", False),
        ("`17,81,841 crore", False),  # a report's key figure, its rupee sign read as "`"
        ("2,32,822", False),
        ("+25,000 jobs", False),
        ("Exception for dual citizens and", False),  # a run-in head's first line, cut off
        ("Refundable credit for prior-", False),
        ("July 1, 1986, and you used this method last year to figure the taxable part, or", False),
        ("the", False),  # a fragment of a slogan set large
        ("Mise en place des", False),
        # controls: sections named with a number, an amount after a name, a model, a year
        ("Chapter 3", True),
        ("2024 Annual Report", True),
        ("2024", True),
        ("3.12 Tolerances", True),
        ("Gifts under $50", True),
        ("$5 Meals", True),
        ("Chapter 3: $5 Meals", True),
        ("A320", True),
        ("COVID-19", True),
        ("1.10 INTRODUCTION", True),
        ("10.000 Schritte am Tag", True),
        ("2021-22 Highlights", True),
        ("12 64 kbit/s option", True),  # a clause's number, then its title
        ("25 000 emplois", False),
        ("Plan A", True),
        ("Vitamin E", True),
        ("Questions and answers", True),
        ("Refundable credit for prior-year", True),
        ("Tips & tricks", True),
    ],
)
def test_which_lines_read_as_headings(text: str, heading: bool) -> None:
    block = Block("heading", (0, 0, 100, 20), text, font_size=16, bold=True, lines=[text])
    assert reads_as_heading(block) is heading


# --- a section's heading under a table -----------------------------------------------------

BOOKS = (
    ("The Long Empire", "P. Morris", "Hardback", "£29.99"),
    ("Meadows and Road", "A. Woodward", "Hardback", "£22.99"),
    ("Mountain and Rivers", "D. Davis", "Paperback", "£23.99"),
    ("Harbour and Field", "B. Parkin", "Paperback", "£23.99"),
)


def _backlist(path: Path, between: str) -> Path:
    """Two subjects of a publisher's list, each a heading, a line of introduction and a table
    (its titles, then one row a book); under the first table's last row, `between`: the next
    subject's heading set large ("heading"), a row of one word in the cells' type ("row"), or
    a heading in large type with the table's rows going on under it ("within")."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    x = (40, 230, 360, 470)

    def row(y: float, cells: tuple[str, ...], bold: bool = False) -> None:
        pdf.set_font("Helvetica", "B" if bold else "", 9)
        for text, left in zip(cells, x, strict=True):
            pdf.text(left, y, text)

    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 60, "Nature")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.text(40, 78, "Field guides and nature writing, many illustrated in colour throughout.")
    row(98, ("Title", "Author", "Format", "RRP"), bold=True)
    y = 116.0
    for book in BOOKS:
        row(y, book)
        y += 16
    if between == "row":
        row(y, ("Reprints", "", "", ""))
        y += 16
        row(y, BOOKS[0])
        y += 24
    elif between == "within":
        pdf.set_font("Helvetica", "B", 12)
        pdf.text(40, y + 2, "Reprints")
        y += 18
        for book in BOOKS[1:]:
            row(y, book)
            y += 16
        y += 8
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, y + 8, "History")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.text(
        40, y + 26, "Local and social history: the landscapes, trades and people of the region."
    )
    row(y + 46, ("Title", "Author", "Format", "RRP"), bold=True)
    y += 64
    for book in BOOKS:
        row(y, book)
        y += 16
    pdf.output(str(path))
    return path


def test_a_heading_under_a_table_ends_it(tmp_path: Path) -> None:
    """The next subject's heading under a table's last row is a heading of its own, not the
    table's last row with its other cells empty."""
    markdown = to_markdown(analyse_document(_backlist(tmp_path / "list.pdf", "heading")))
    assert "| History |" not in markdown, markdown
    assert "\n# History\n" in markdown or "\n## History\n" in markdown, markdown
    assert "| Harbour and Field | B. Parkin | Paperback | £23.99 |" in markdown


@pytest.mark.parametrize("between", ["row", "within"])
def test_control_a_row_of_one_word_stays_a_row_of_the_table(tmp_path: Path, between: str) -> None:
    """A row whose first cell is a word alone, in the cells' type, or a heading in large type
    with the table's rows going on under it, stays within the table: a group's title over the
    rows under it, which Markdown sets as a bold line between the table's rows (see
    test_markdown_group_rows.py), not a heading of the document's that would end the table."""
    document = analyse_document(_backlist(tmp_path / "list.pdf", between))
    (table, *_) = [b for b in document.pages[0].blocks if b.kind == "table"]
    assert ["Reprints", "", "", ""] in (table.rows or [])
    markdown = to_markdown(document)
    assert "\n**Reprints**\n" in markdown and "# Reprints" not in markdown, markdown
    assert markdown.index("**Reprints**") < markdown.index("# History")


# --- a sentence the layout split at a change of style --------------------------------------


def _run_in_heads(path: Path) -> Path:
    """Instructions set with bold run-in heads whose sentences run on in regular type on the
    next line ("Domestic production activities" / "deduction. The rate..."), then controls:
    a heading in a larger type over a description in lower case, a finished sentence over
    one in lower case, and two lone lines."""
    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    y = 100.0
    for text, style, size, space in (
        ("Tax benefits extended. The following", "B", 9, 0),
        ("benefits were extended through 2007 and apply to", "", 9, 0),
        ("this return as well as to amended returns.", "", 9, 4),
        ("Domestic production activities", "B", 9, 0),
        ("deduction. The deduction rate for 2007 is increased", "", 9, 0),
        ("to 6% of the qualified production activities income.", "", 9, 4),
        ("Tomato soup", "B", 13, 0),
        ("with basil and cream, in glass jars of 500 ml each,", "", 9, 0),
        ("delivered by the case of twelve jars.", "", 9, 4),
        ("Keep a copy of this return for your records.", "B", 9, 0),
        ("iPhone and iPad owners may file with the mobile app,", "", 9, 0),
        ("which is free of charge.", "", 9, 4),
    ):
        pdf.set_font("Helvetica", style, size)
        pdf.text(42, y, text)
        y += 10.5 + space
    pdf.output(str(path))
    return path


def test_a_sentence_split_at_a_bold_run_in_head_is_one_paragraph(tmp_path: Path) -> None:
    """A bold run-in head's sentence that runs on in regular type is one paragraph, the head
    no heading of its own; a heading in a larger type, a finished sentence and a sentence
    opening with a capital stay apart."""
    document = analyse_document(_run_in_heads(tmp_path / "instructions.pdf"))
    markdown = to_markdown(document)
    paths = [chunk.heading_path for chunk in chunk_layout(document)]
    assert not any("Domestic production activities" in path for path in paths), paths
    assert (
        "\n\nTax benefits extended. The following benefits were extended through 2007 and"
        " apply to this return as well as to amended returns.\n\n"
    ) in markdown, markdown
    assert (
        "\n\nDomestic production activities deduction. The deduction rate for 2007 is"
        " increased to 6% of the qualified production activities income.\n\n"
    ) in markdown, markdown
    assert "# Tomato soup\n\nwith basil and cream" in markdown
    assert "for your records.\n\niPhone and iPad owners" in markdown


def test_control_two_lone_lines_or_another_size_do_not_run_on() -> None:
    """A heading over a fragment in lower case (both lone lines: the layout's order may be
    wrong there) and a formula's index in a smaller type stay apart."""
    page = PageLayout(1, 600, 800)
    page.blocks = [
        Block(
            "paragraph",
            (40, 100, 120, 110),
            "General Terms",
            font_size=9,
            bold=True,
            lines=["General Terms"],
        ),
        Block("paragraph", (40, 111, 70, 121), "mance.", font_size=9, lines=["mance."]),
        Block("paragraph", (40, 140, 60, 148), "i,j", font_size=6, lines=["i,j"]),
        Block(
            "paragraph",
            (40, 149, 300, 180),
            "as the negative log likelihood of it",
            9,
            lines=["as the negative log", "likelihood of it"],
        ),
    ]
    markdown = to_markdown(DocumentLayout([page]))
    assert "General Terms\n\nmance." in markdown
    assert "i,j\n\nas the negative" in markdown


def test_the_text_under_a_numbered_title_does_not_run_on_into_it() -> None:
    """A numbered section's title over a definition whose bold term opens in lower case: the
    title stays a heading, the definition a paragraph of its own (an unnumbered bold head
    wrapped into its text still runs on: the control above)."""
    title = "4.2.1.3.1 Definition of changing picture elements (see Figure 3)"
    text = "changing element: Element whose colour is different from that of the previous"
    page = PageLayout(1, 600, 800)
    page.blocks = [
        Block("heading", (57, 100, 420, 113), title, font_size=12, bold=True, lines=[title]),
        Block(
            "paragraph",
            (57, 117, 540, 141),
            f"{text} element along the same scan line.",
            font_size=12,
            lines=[text, "element along the same scan line."],
            head="changing element:",
        ),
    ]
    markdown = to_markdown(DocumentLayout([page]))
    assert f"# {title}\n\n**changing element:** Element whose" in markdown, markdown


def test_list_items_one_after_another_make_one_tight_list() -> None:
    """Items line under line, no blank line between them (which would make each a paragraph
    of a loose list); a paragraph after the list stays apart from it."""
    page = PageLayout(1, 600, 800)
    items = ["• Keilriemen → Drive Belt", "• Umlenkrolle → Idler Pulley", "2) Kupplung"]
    for number, text in enumerate(items):
        top = 100 + 14 * number
        page.blocks.append(Block("list_item", (40, top, 300, top + 10), text, 10, lines=[text]))
    page.blocks.append(Block("paragraph", (40, 160, 300, 170), "Prices on request.", font_size=10))
    markdown = to_markdown(DocumentLayout([page]))
    expected = "- Keilriemen → Drive Belt\n- Umlenkrolle → Idler Pulley\n2. Kupplung\n\nPrices on"
    assert expected in markdown, markdown


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("#define foo (int)(bar)", "\\#define foo (int)(bar)"),  # no heading
        ("#N 7 31 127", "\\#N 7 31 127"),
        ("1990. The year the first word processor shipped.", "1990\\. The year the first"),
        ("3) Cut along the line.", "3\\) Cut along the line."),  # no list's item
        ("- 5 % on every order", "\\- 5 % on every order"),
        ("---", "\\---"),  # no rule
    ],
)
def test_a_paragraph_that_opens_like_markup_is_escaped(text: str, printed: str) -> None:
    """A paragraph whose text opens as Markdown would open a heading, a list or a rule is
    printed with that first mark escaped: it reads as the text printed on the page."""
    page = PageLayout(1, 600, 800)
    page.blocks.append(Block("paragraph", (40, 100, 400, 110), text, 10, lines=[text]))
    assert f"\n{printed}" in to_markdown(DocumentLayout([page]))


@pytest.mark.parametrize(
    "text", ["2.5 kg bags are sold by the pallet.", "-5 % on every order", "12 Monkeys", "Note"]
)
def test_control_a_paragraph_that_opens_with_no_markup_is_printed_as_it_is(text: str) -> None:
    page = PageLayout(1, 600, 800)
    page.blocks.append(Block("paragraph", (40, 100, 400, 110), text, 10, lines=[text]))
    assert f"\n{text}\n" in to_markdown(DocumentLayout([page]))


def test_items_lettered_stay_items_of_a_list_with_their_letters() -> None:
    """Markdown numbers lists by figures only: items lettered "(a)", "b." are items of a
    bulleted list that keep their letters ("a. Comments" would be a paragraph, and items
    line under line one paragraph); items numbered by figures stay a numbered list."""
    page = PageLayout(1, 600, 800)
    items = ["(a) Comments due date", "(b) Affected ADs", "c. Applicability", "2) Subject"]
    for number, text in enumerate(items):
        top = 100 + 14 * number
        page.blocks.append(Block("list_item", (40, top, 300, top + 10), text, 10, lines=[text]))
    markdown = to_markdown(DocumentLayout([page]))
    expected = "- (a) Comments due date\n- (b) Affected ADs\n- c. Applicability\n2. Subject"
    assert expected in markdown, markdown
