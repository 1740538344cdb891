"""Markdown's heading levels: among headings set in one size, a deeper section number ranks
lower ("3.1 ..." under "3 ..."), and levels go down to Markdown's sixth, not only the third.
Controls: headings of one size without numbers keep one level; a number that is a quantity
("2.5 kg bags") numbers no section; sizes still rank before numbers."""

from __future__ import annotations

from pdfqueue.engines.chunking import chunk_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout
from pdfqueue.engines.markdown import section_depth, to_markdown


def _document(headings: list[tuple[str, float]]) -> DocumentLayout:
    page = PageLayout(1, 600, 800)
    y = 40.0
    for text, size in headings:
        page.blocks.append(
            Block("heading", (40, y, 400, y + size), text, font_size=size, bold=True)
        )
        y += 30
        body = "Some text of the section, set in the body's type, as a paragraph reads."
        page.blocks.append(Block("paragraph", (40, y, 400, y + 10), body, font_size=10))
        y += 30
    return DocumentLayout([page])


def test_a_deeper_section_number_in_the_same_size_is_a_deeper_level() -> None:
    document = _document(
        [
            ("3 Transmission time", 12),
            ("3.1 Minimum transmission time", 12),
            ("3.1.1 Data", 12),
            ("4 Coding scheme", 12),
        ]
    )
    markdown = to_markdown(document)
    assert "\n# 3 Transmission time\n" in markdown, markdown
    assert "\n## 3.1 Minimum transmission time\n" in markdown, markdown
    assert "\n### 3.1.1 Data\n" in markdown, markdown
    assert "\n# 4 Coding scheme\n" in markdown, markdown
    chunks = chunk_layout(document, size=2000)
    paths = [c.heading_path for c in chunks]
    assert ["3 Transmission time", "3.1 Minimum transmission time", "3.1.1 Data"] in paths, paths


def test_sizes_rank_first_and_an_unnumbered_heading_ranks_with_its_size() -> None:
    """The exercises after a chapter's last section, before the next chapter (as a lecture's
    notes set them): a part of the chapter, beside its sections."""
    document = _document(
        [
            ("1 Topologische Grundbegriffe", 17),
            ("1.1 Topologische Räume", 14),
            ("1.2 Metrische Räume", 14),
            ("Übungsaufgaben", 14),
            ("2 Mannigfaltigkeiten", 17),
        ]
    )
    markdown = to_markdown(document)
    assert "\n# 1 Topologische Grundbegriffe\n" in markdown, markdown
    assert "\n## 1.1 Topologische Räume\n" in markdown, markdown
    assert "\n## Übungsaufgaben\n" in markdown, markdown


def test_an_unnumbered_heading_between_numbered_sections_is_a_part_of_the_first() -> None:
    """A paper's paragraph heads, bold in the size of its subsections ("3.1 Overview",
    "Inference", "3.2 Training"): under 3.1, not beside it; the sections' own unnumbered
    heads ("Abstract", "References", in the size of "1 Introduction") stay beside them."""
    document = _document(
        [
            ("Abstract", 12),
            ("1 Introduction", 12),
            ("3 Dense Passage Retriever", 12),
            ("3.1 Overview", 10.9),
            ("Inference", 10.9),
            ("3.2 Training", 10.9),
            ("In-batch negatives", 10.9),  # two parts of 3.2, one after the other
            ("Similarity and loss", 10.9),
            ("3.3 Results", 10.9),
            ("12 64 kbit/s option", 12),  # control: a clause titled by a figure, no part of 3
            ("13 Continuous-tone colour", 12),
            ("4 Experimental Setup", 12),
            ("References", 12),
        ]
    )
    markdown = to_markdown(document)
    assert "\n# Abstract\n" in markdown and "\n# References\n" in markdown, markdown
    assert "\n## 3.1 Overview\n" in markdown, markdown
    assert "\n### Inference\n" in markdown, markdown
    assert "\n## 3.2 Training\n" in markdown, markdown
    assert "\n### In-batch negatives\n" in markdown, markdown
    assert "\n### Similarity and loss\n" in markdown, markdown
    assert "\n# 12 64 kbit/s option\n" in markdown, markdown
    paths = [c.heading_path for c in chunk_layout(document, size=2000)]
    assert ["3 Dense Passage Retriever", "3.1 Overview", "Inference"] in paths, paths


def test_control_unnumbered_headings_of_a_size_mostly_unnumbered_keep_their_level() -> None:
    """A rule's sections, bold in 9 points, between two headers "14 CFR Part 39" in that
    size (read as numbered): the size's headings are mostly unnumbered, its own sections."""
    sections = ["Examining the Docket", "Comments Invited", "Background", "Costs"]
    document = _document(
        [("14 CFR Part 39", 9), *((name, 9) for name in sections), ("14 CFR Part 39", 9)]
    )
    markdown = to_markdown(document)
    assert all(f"\n# {name}\n" in markdown for name in sections), markdown


def test_control_an_unnumbered_heading_before_a_shallower_section_keeps_its_level() -> None:
    """ "2.3.2", "Summary", "2.4": the summary may close 2.3 as well as 2.3.2, so it keeps the
    level of its size."""
    document = _document(
        [
            ("2.3 Results", 12),
            ("2.3.1 Data", 12),
            ("2.3.2 Model", 12),
            ("Summary", 12),
            ("2.4 Limits", 12),
        ]
    )
    markdown = to_markdown(document)
    assert "\n# Summary\n" in markdown and "\n## 2.3.1 Data\n" in markdown, markdown


def test_sizes_a_hair_apart_are_one_level() -> None:
    """A producer's rounding sets one of a paper's subsection titles in 8.9 points among
    others in 9.0: one type, one level (not a level of its own under its siblings)."""
    document = _document(
        [("Trace Trees", 11), ("Traces", 9), ("Blacklisting", 8.9), ("Nesting", 9), ("Small", 8.5)]
    )
    markdown = to_markdown(document)
    assert "\n## Traces\n" in markdown and "\n## Blacklisting\n" in markdown, markdown
    assert "\n### Small\n" in markdown, markdown  # control: half a point apart is another type


def test_levels_go_below_the_third() -> None:
    sizes = [("Part", 24), ("Chapter", 20), ("Section", 16), ("Subsection", 14), ("Topic", 12)]
    markdown = to_markdown(_document(sizes))
    assert "\n#### Subsection\n" in markdown and "\n##### Topic\n" in markdown, markdown


def test_one_off_sizes_share_a_level_when_levels_run_short() -> None:
    """A cover in three sizes, one heading each, over a standard's sections in two sizes and
    four depths of numbers: the cover takes the first level, and the sections' deepest
    numbers keep levels of their own."""
    document = _document(
        [
            ("ITU-T", 36),
            ("T.4", 30),
            ("Standardization of Group 3 facsimile terminals", 18),
            ("Annex A", 14),
            ("Annex B", 14),
            ("1 Scanning track", 12),
            ("4 Coding scheme", 12),
            ("4.2 Two-dimensional coding scheme", 12),
            ("4.2.1 Data", 12),
            ("4.2.1.3 Two-dimensional coding", 12),
            ("4.2.1.3.1 Definition of changing picture elements", 12),
        ]
    )
    markdown = to_markdown(document)
    for cover in ("ITU-T", "T.4", "Standardization of Group 3 facsimile terminals"):
        assert f"\n# {cover}\n" in markdown, markdown
    assert "\n## Annex A\n" in markdown and "\n### 4 Coding scheme\n" in markdown, markdown
    assert "\n##### 4.2.1 Data\n" in markdown, markdown
    assert "\n###### 4.2.1.3 Two-dimensional coding\n" in markdown, markdown


def test_control_one_off_sizes_keep_their_levels_when_six_suffice() -> None:
    sizes = [("Report", 30), ("Summary", 20), ("Results", 14), ("Methods", 14)]
    markdown = to_markdown(_document(sizes))
    assert "\n# Report\n" in markdown and "\n## Summary\n" in markdown, markdown
    assert "\n### Results\n" in markdown, markdown


def test_headings_of_one_size_without_numbers_keep_one_level() -> None:
    markdown = to_markdown(_document([("Starters", 14), ("Mains", 14), ("Desserts", 14)]))
    assert markdown.count("\n# ") == 3, markdown


def test_what_numbers_a_section() -> None:
    assert section_depth("4.2.1 Flächeninhalt") == 3
    assert section_depth("1.1. Pourquoi avons-nous besoin") == 2
    assert section_depth("C.4 Graphic character set") == 2
    assert section_depth("12 Continuous-tone colour") == 1
    assert section_depth("2.5 kg bags") == 0  # a quantity
    assert section_depth("2024 Annual Report") == 0  # a year
    assert section_depth("A new beginning") == 0
    assert section_depth("Chapter 3") == 0
    assert section_depth("1.Mise en contexte") == 1  # its point touching the title
    assert section_depth("3.Une consultation") == 1
    assert section_depth("U.S. Nonresident Alien") == 0


def test_an_annex_whose_sections_are_numbered_by_its_label_is_a_clause_s_peer() -> None:
    """A standard's annex, its label and title set larger than its clauses ("Annex A" over
    "Optional error correction mode", 14 points), its sections numbered "A.1", "A.2" in the
    clauses' size: the annex is a peer of clause 1 (A.1 is one of its sections as 3.1 is one
    of clause 3's), not their parent."""
    document = _document(
        [
            ("ITU-T Recommendation T.4", 14),
            ("1 Scanning track", 12),
            ("3 Transmission time", 12),
            ("3.1 Minimum transmission time", 12),
            ("Annex A", 14),
            ("Optional error correction mode", 14),
            ("A.1 Introduction", 12),
            ("A.2 Definitions", 12),
        ]
    )
    markdown = to_markdown(document)
    assert "\n# ITU-T Recommendation T.4\n" in markdown, markdown
    assert "\n## 1 Scanning track\n" in markdown and "\n## Annex A\n" in markdown, markdown
    assert "\n## Optional error correction mode\n" in markdown, markdown
    assert "\n### 3.1 Minimum transmission time\n" in markdown, markdown
    assert "\n### A.1 Introduction\n" in markdown, markdown


def test_control_a_chapter_over_its_numbered_sections_keeps_its_size_s_place() -> None:
    """ "Chapter 3" set large over "3.1", "3.2" with no one-part numbers in their size, and an
    annex whose sections are numbered otherwise ("1 Scope"): placed by their sizes."""
    chapter = [("Chapter 3", 18), ("3.1 Homotopy", 14), ("3.2 Coverings", 14)]
    markdown = to_markdown(_document(chapter))
    assert "\n# Chapter 3\n" in markdown and "\n## 3.1 Homotopy\n" in markdown, markdown
    annex = [("Annex B", 18), ("1 Scope", 14), ("1.1 Terms", 14)]
    markdown = to_markdown(_document(annex))
    assert "\n# Annex B\n" in markdown and "\n## 1 Scope\n" in markdown, markdown


def test_a_heading_set_larger_than_the_numbered_section_it_stands_in_is_under_it() -> None:
    """A report's chart titles in 18 points after "3.2. Results" in 16, within chapter "3.
    Consultation" in 24: under 3.2, beside "3.1.1" (one part deeper), not above 3.2."""
    document = _document(
        [
            ("3. Consultation", 24),
            ("3.1. Virtual consultation", 16),
            ("3.1.1 Respondents", 14),
            ("3.2. Survey results", 16),
            ("Summary of the results", 18),
            ("4. Strategy", 24),
        ]
    )
    markdown = to_markdown(document)
    assert "\n# 3. Consultation\n" in markdown and "\n## 3.2. Survey results\n" in markdown
    assert "\n### 3.1.1 Respondents\n" in markdown, markdown
    assert "\n### Summary of the results\n" in markdown, markdown


def test_control_a_heading_after_numbered_sections_under_an_unnumbered_title_keeps_its_size() -> (
    None
):
    """The document's title unnumbered, then "1 Introduction" and "1.1 Scope" smaller than an
    "Appendix" in 18 points: the appendix is no part of 1.1, its size places it."""
    document = _document(
        [
            ("Annual report", 24),
            ("1 Introduction", 14),
            ("1.1 Scope", 14),
            ("Appendix", 18),
            ("2 Results", 14),
        ]
    )
    markdown = to_markdown(document)
    assert "\n## Appendix\n" in markdown and "\n### 1.1 Scope\n" not in markdown, markdown


def test_sections_in_capitals_rank_over_headings_a_point_larger_in_lower_case() -> None:
    """A brochure's sections in capitals, bold in 11 points, each over the services it lists
    in lower case, bold in 12: the capitals read as large, the services are under them."""
    document = _document(
        [
            ("ABOUT PRECASTERZ", 11),
            ("SHOP DRAWINGS", 11),
            ("Manholes & Chambers", 12),
            ("Precast Foundations", 12),
            ("PROPOSAL PREPARATION", 11),
            ("Cost Estimation Support", 12),
        ]
    )
    markdown = to_markdown(document)
    assert "\n# SHOP DRAWINGS\n" in markdown and "\n## Precast Foundations\n" in markdown, markdown


def test_control_labels_in_capitals_or_capitals_far_smaller_rank_by_their_size() -> None:
    """A lone label in capitals ("TIP") among lower-case heads, and sections in capitals two
    points under the chapters: their sizes rank them."""
    document = _document([("Who Must File", 11), ("TIP", 10), ("Line 6 Qualifying", 11)])
    assert "\n## TIP\n" in to_markdown(document)
    document = _document(
        [("Introduction", 14), ("KEY FINDINGS", 12), ("OUR METHOD", 12), ("Results", 14)]
    )
    markdown = to_markdown(document)
    assert "\n# Introduction\n" in markdown and "\n## KEY FINDINGS\n" in markdown, markdown
    contents = [
        ("Corporate Overview", 12.5),  # under no heading in capitals
        ("Management Review", 12.5),
        ("RETAIL BUSINESS", 12),
        ("DIGITAL SERVICES", 12),
        ("Governance", 12.5),
    ]
    markdown = to_markdown(_document(contents))
    assert "\n# Management Review\n" in markdown and "\n## RETAIL BUSINESS\n" in markdown


def test_a_title_opening_the_document_smaller_than_its_sections_is_over_them() -> None:
    """A document that opens with its title, bold in the body's 12 points, its text under it,
    then sections in 13.4: the title is `#`, the sections under it."""
    document = _document(
        [
            ("The Evolution of the Word Processor", 12),
            ("Pre-Digital Era", 13.4),
            ("The Birth of Word Processing", 13.4),
        ]
    )
    markdown = to_markdown(document)
    assert "\n# The Evolution of the Word Processor\n" in markdown, markdown
    assert "\n## Pre-Digital Era\n" in markdown, markdown


def test_control_an_opening_heading_of_a_repeated_style_or_a_kicker_keeps_its_place() -> None:
    """The first of several headings in one style ("Summary", then "Methods", in 12 under
    chapters in 14), and a kicker over a title ("Case study" over the title in 20, no text
    between): their sizes place them."""
    document = _document([("Summary", 12), ("Scope", 14), ("Methods", 12), ("Results", 14)])
    assert "\n## Summary\n" in to_markdown(document)
    page = PageLayout(1, 600, 800)
    page.blocks += [
        Block("heading", (40, 40, 200, 50), "Case study", font_size=10, bold=True),
        Block("heading", (40, 60, 400, 80), "Moving a plant in a week", font_size=20, bold=True),
        Block("paragraph", (40, 90, 400, 100), "The plant moved over one week.", font_size=9),
    ]
    assert "\n## Case study\n" in to_markdown(DocumentLayout([page]))
