"""Zero-shot classification of a chunk into the seven categories of DESIGN.md.

No training data exists for these categories, so a chunk's embedding is compared with the
embeddings of a few plain-language descriptions of each category (embedded once per embedder
and cached), and textual cues that an embedding sees poorly are added on top: prices, SKUs and
bare product codes point to PRODUCT; sizes with units, standards and ratings to SPECIFICATION;
"warranty", "liability", "copyright", "all rights reserved" to LEGAL_DISCLAIMER; and so on.

Scores: per category, the best cosine over its descriptions divided by TEMPERATURE plus the cue
bonus, turned into probabilities with a softmax. `confidence` is the winner's probability, so
it is in [0, 1] and comparable across chunks (a clear catalog page scores ~0.9, a chunk that
reads like two categories ~0.4).

Where the chunk comes from helps, and the pipeline says it (`classify(..., kind=, heading_path=,
page=)`, from the document model's chunks): a heading it sits under that names a section
("Introduction", "Vorwort", "References", "Copyright", "Technical data", "Contact us", in
several languages) adds to that section's category; a table with a column of prices adds to
PRODUCT; an INTRODUCTION far into a document (past `INTRO_LAST_PAGE`) needs such a heading.
Cues that an embedding reads poorly are also checked against the text itself: a
SPECIFICATION needs measurements (numbers with units, tolerances, ratings), a table of contents,
an index or a list of references is OTHER. The embedding counts less the further the text is
from English (share of English function words, down to `FOREIGN_WEIGHT`), and not at all for a
script the English model cannot read (Arabic, Korean, ...): there the cues decide, else OTHER.

Measured against hand-labelled pages in BENCHMARKS.md ("Quality", classification).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from pdfqueue.engines.embedding import Embedder, get_embedder

__all__ = ["CATEGORIES", "LABEL_DESCRIPTIONS", "Classification", "classify", "prepare"]

CATEGORIES = (
    "PRODUCT",
    "SPECIFICATION",
    "INTRODUCTION",
    "LEGAL_DISCLAIMER",
    "TECHNICAL_DETAIL",
    "MARKETING",
    "OTHER",
)
TEMPERATURE = 0.05  # cosine units per logit: label similarities differ by ~0.02–0.15
MIN_LETTERS = 12  # fewer letters than this: nothing to classify, the chunk is OTHER
METHOD = "zero-shot embedding similarity + textual cues"

LABEL_DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "PRODUCT": (
        "A product catalog entry with the product name, article number and price.",
        "A list of products for sale with their codes, names and prices.",
        "Catalog page: item, model, colour options and price per unit.",
        "Products offered for sale, each with its name and main features.",
        "Menu items with short descriptions and prices.",
        "Product name followed by a one-line description of the product.",
        "Smartphone, laptop, tablet, earbuds, speaker: product names with a short description.",
    ),
    "SPECIFICATION": (
        "Technical specifications: dimensions, thickness, weight, material and tolerances.",
        "A table of technical data with sizes in mm, ratings and standards compliance.",
        "Product data sheet: format 60 x 120 cm, thickness 10 mm, slip resistance R10.",
        "Specification table listing values and units for each parameter.",
    ),
    "INTRODUCTION": (
        "Introduction: this document presents an overview of the topic and its goals.",
        "Abstract of a research paper summarising the problem, approach and results.",
        "In this chapter we introduce the main ideas and outline the rest of the book.",
        "Preface and welcome to the reader explaining what the book covers.",
    ),
    "LEGAL_DISCLAIMER": (
        "Copyright notice. All rights reserved. No part of this publication may be reproduced.",
        "Disclaimer of warranty and limitation of liability.",
        "© Company name. All rights reserved. Reproduction without permission is prohibited.",
        "Terms and conditions, legal notice, trademarks and privacy policy.",
        "Information is subject to change without notice; the manufacturer accepts no liability.",
    ),
    "TECHNICAL_DETAIL": (
        "A detailed technical explanation of how an algorithm or system works.",
        "Implementation details, equations, procedures and step-by-step technical method.",
        "Instructions explaining how to compute, configure or install something in detail.",
        "Engineering analysis of loads, stresses, performance measurements and results.",
        "Research paper body: the method, experiments and results compared with prior work.",
    ),
    "MARKETING": (
        "Discover our exclusive collection, designed to inspire your home.",
        "Contact us today for the best quality and service; visit our website.",
        "A promotional brochure praising the company's expertise and values.",
        "Why choose us: innovative, sustainable solutions trusted by our customers.",
        "Our company offers a complete range of services, from the first proposal to delivery.",
        "We help our clients with reliable, efficient work tailored to every project.",
    ),
    "OTHER": (
        "Table of contents, index and page numbers.",
        "References: numbered bibliography entries with authors, titles, journals and years.",
        "A story or narrative with characters and dialogue.",
        "Government form instructions about taxes and filing.",
        "Memories of childhood and of people met, told in the first person.",
        "Survey answers: each question with the number of people who gave each answer.",
        "A list of records with dates, names, places and counts.",
    ),
}

_LEGAL_TERMS = r"terms and conditions|trademarks?|without notice|licen[cs]e"
_INTRO_WORDS = (
    r"introduction|abstract|summary|preface|foreword|overview|einleitung|vorwort|"
    r"zusammenfassung|einführung|résumé|avant-propos|préface|introducción|resumen|prólogo|"
    r"introduzione|sommario|prefazione"
)
_INTRO_HEADING = rf"^\s*(?:\d+\.?\s*)?(?:{_INTRO_WORDS})\b"
_INTRO_PHRASE = (
    r"\bthis (?:paper|book|chapter|document|guide|report|recommendation|manual)\b"
    r"|\bwe (?:present|propose|describe|introduce)\b"
)
_TECHNICAL = r"\b(?:algorithm|equation|theorem|proof|implementation|parameter|lemma|definition)s?\b"
# Headed statements of mathematics and engineering texts in other languages (capitalised).
_TECHNICAL_WORDS = (
    r"\b(?:Definition|Satz|Beweis|Lemma|Korollar|Proposition|Bemerkung|Théorème|Démonstration"
    r"|Corollaire|Définition|Teorema|Demostración|Corolario|Algorithmus|Algorithme)\b"
)
_PROMOTION = (
    r"\b(?:discover|exclusive|premium|innovative|leading|trusted|contact us|visit|solutions?"
    r"|expertise|dedicated|tailored|we (?:offer|provide|deliver|specialize|specialise|welcome"
    r"|help|produce|combine)|our (?:team|services|clients|customers|expertise|mission|values"
    r"|solutions|products|proposals?|experts?))\b"
)
# Measurements: a SPECIFICATION without any reads like one to the model but is not one.
MEASUREMENT = re.compile(
    r"\d\s*(?:mm|cm|m|km|kg|g|mg|t|ml|l|µm|nm|in|ft|lb|oz|N|kN|MPa|GPa|bar|Pa|°C|°F|K|W|kW|V"
    r"|mV|A|mA|Hz|kHz|MHz|dB|dBm|lm|lx|ms|bit/s|kbit/s|%|lines/mm|pels|dpi|ppm)(?![\w/])"
    r"|±|\d\s*[x×]\s*\d"
)
NO_MEASUREMENT_PENALTY = 1.5  # SPECIFICATION logits lost by a chunk without any measurement
TABLE_PROSE_PENALTY = 1.5  # a table is seldom an introduction, an advertisement or a notice
INTRO_LAST_PAGE = 5  # past this page an introduction needs a heading that says so
FAR_INTRO_PENALTY = 1.5
LATIN_SHARE = 0.5  # below this share of Latin letters the English model's embedding is noise
# English prose has about a third of its words among these; a German, French or Spanish text
# few. The model (all-MiniLM-L6-v2) learned English: elsewhere its similarities count less.
_ENGLISH_STOPWORDS = frozenset((
    "the", "of", "and", "to", "in", "is", "a", "for", "that", "with", "on", "as", "are", "by",
    "this", "be", "from", "or", "it", "an", "which", "at", "we", "not", "can", "was", "were",
    "has", "have", "its", "our", "you", "your", "will", "their", "these", "there",
))  # fmt: skip
ENGLISH_STOPWORD_SHARE = 0.15  # this share or more: English, the model's similarities count whole
FOREIGN_WEIGHT = 0.5  # the least weight of the similarities for text in another Latin language


def _heading(words: str) -> re.Pattern[str]:
    """A heading that is a section's name: optional numbering, the name, at most two more
    words ("1 Introduction", "CONTACT US", "References and notes"), nothing longer."""
    return re.compile(rf"^\W*(?:[\dIVX]+[.)]?\W*)?(?:{words})(?:\W+\w+){{0,2}}\W*$", re.I)


# Headings that name their section, in several languages: (category, pattern, bonus).
_SECTION_HEADINGS: tuple[tuple[str, re.Pattern[str], float], ...] = (
    ("INTRODUCTION", _heading(_INTRO_WORDS), 2.0),
    (
        "OTHER",
        _heading(
            r"(?:table of )?contents|index|references|bibliography|literatur(?:verzeichnis)?"
            r"|inhalt(?:sverzeichnis)?|stichwortverzeichnis|register|table des matières|sommaire"
            r"|bibliographie|índice|referencias|acknowledge?ments|danksagung(?:en)?|remerciements"
            r"|agradecimientos|glossary"
        ),
        2.0,
    ),
    (
        "LEGAL_DISCLAIMER",
        _heading(
            r"copyright|legal notice|disclaimer|terms(?: and conditions| of use)?|privacy"
            r"(?: policy| notice)?|licen[cs]e|warranty|impressum|haftungsausschluss"
            r"|mentions légales|aviso legal|garantie"
        ),
        2.0,
    ),
    (
        "SPECIFICATION",
        _heading(
            r"(?:technical )?specifications?|technical data|dimensions|technische daten"
            r"|caractéristiques(?: techniques)?|datos técnicos|ficha técnica"
        ),
        1.5,
    ),
    (
        "MARKETING",
        _heading(
            r"about us|contact(?: us)?|why choose us|our (?:services|story|mission)"
            r"|über uns|kontakt|qui sommes-nous|contactez-nous|nous contacter|sobre nosotros"
            r"|contacto"
        ),
        1.5,
    ),
)
_INDEX_ENTRY = re.compile(r"[^\W\d][\w-]+,\s\d{1,4}(?:[–-]\d{1,4})?(?=\s*(?:[|,]|$))", re.M)
_TOC_LINE = re.compile(r"(?:\.\s?){4,}\s*[\divxlc]+\s*$|\s\d{1,4}\s*$", re.M | re.I)
_INDEX_LINE = re.compile(r"^[^\d\n]{2,40},\s*\d{1,4}(?:\s*[,–-]\s*\d{1,4})*\s*$", re.M)
_REFERENCE = re.compile(
    r"^\s*\[\d{1,3}\]|\bet al\.|\bIn (?:Proc(?:eedings|\.)|[A-Z]{2,})|\bpp\.\s?\d"
    r"|\(\d{4}[a-z]?\)\.|\b(?:19|20)\d{2}[a-z]?\)",
    re.M,
)

_CUES: dict[str, tuple[tuple[re.Pattern[str], float], ...]] = {
    "PRODUCT": (
        # prices with a currency, each up to a cap (see _cue_bonus)
        (re.compile(r"(?:[$€£¥]\s?\d|\d[\d.,]*\s?(?:[$€£¥]|USD|EUR|GBP)(?!\w))"), 0.5),
        (re.compile(r"\b(?:SKU|Art\.?\s*No|Item\s*No|Part\s*No|Model\s*No|Ref\.)", re.I), 0.8),
        (re.compile(r"^\s*(?:\d{5,8}|[A-Z]{1,4}-?\d{3,8}[A-Z]?)\s*$", re.M), 0.4),
        (re.compile(r"(?:→|->)\s*[A-Z][a-z]+", re.M), 0.3),
        (re.compile(r"\b(?:catalog(?:ue)?|price list|in stock|order)\b", re.I), 0.3),
    ),
    "SPECIFICATION": (
        (re.compile(r"\d\s*[x×]\s*\d+(?:[.,]\d+)?\s*(?:mm|cm|m|in)\b", re.I), 0.6),
        (re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:mm|cm|kg|g/m²|kN|MPa|°C|W|V|lm|Hz)\b"), 0.15),
        (re.compile(r"\b(?:EN|ISO|DIN|ASTM)\s?\d{3,6}"), 0.3),
        (re.compile(r"\b(?:R(?:9|1[0-3])|PEI\s?[1-5]|IP[0-6][0-9]|A\+{1,3})(?![\w+])"), 0.3),
        (re.compile(r"\b(?:specifications?|technical data|data sheet|tolerance)\b", re.I), 0.5),
    ),
    "LEGAL_DISCLAIMER": (
        (re.compile(r"\ball rights reserved\b|©|\(c\)\s*\d{4}|\bcopyright\b", re.I), 1.2),
        (re.compile(r"\b(?:warrant(?:y|ies)|liabilit(?:y|ies)|liable|disclaim\w*)\b", re.I), 0.6),
        (re.compile(rf"\b(?:{_LEGAL_TERMS})\b", re.I), 0.5),
        (re.compile(r"\b(?:privacy|indemnif\w+|jurisdiction|governing law)\b", re.I), 0.4),
    ),
    "INTRODUCTION": (
        (re.compile(_INTRO_HEADING, re.I | re.M), 1.0),
        (re.compile(_INTRO_PHRASE, re.I), 0.4),
    ),
    "TECHNICAL_DETAIL": (
        (re.compile(_TECHNICAL, re.I), 0.2),
        (re.compile(_TECHNICAL_WORDS), 0.3),
        (re.compile(r"[=<>]\s*\w|\w\(\w*\)|\{|\}"), 0.05),
        (re.compile(r"[∈∉⊆⊂⊃∪∩∀∃⇒⇔→↦≤≥≠≈≡∑∏∫√∂∞∘×]"), 0.3),  # mathematics, in any language
        (re.compile(r"::=|\\[a-z]+\b|;\s*$|^\s*(?:def|return|if|for|while)\b", re.M), 0.2),
    ),
    "MARKETING": (
        (re.compile(r"!"), 0.15),
        (re.compile(_PROMOTION, re.I), 0.3),
        (re.compile(r"\bwww\.|https?://|@\w+", re.I), 0.15),
    ),
    "OTHER": (
        (re.compile(r"(?:\.\s?){5,}\s*\d+"), 0.5),  # table-of-contents leaders, dotted or spaced
        (_INDEX_ENTRY, 0.4),  # index entries: "Abschluss, 3", in lines or table cells
        (_REFERENCE, 0.25),  # bibliography entries
    ),
}
LIST_BONUS = 0.8  # PRODUCT bonus for a catalog-like layout: mostly short lines, many of them
MIN_PRICED_ENTRIES = 3  # prices in a chunk that make it a price list, beyond the cue cap
PRICED_BONUS = 1.0
CUE_CAP = 1.5  # most logit a label's cues can add: cues tip a balance, they do not decide alone


@dataclass
class Classification:
    """A chunk's category, the winner's probability, and every category's probability."""

    label: str
    confidence: float
    scores: dict[str, float] = field(default_factory=dict)
    method: str = METHOD


class _LabelMatrix:
    """Description embeddings of one embedder, computed on first use."""

    def __init__(self, embedder: Embedder) -> None:
        texts, owners = [], []
        for label in CATEGORIES:
            for description in LABEL_DESCRIPTIONS[label]:
                texts.append(description)
                owners.append(CATEGORIES.index(label))
        self.vectors = embedder.embed(texts)
        self.owners = np.array(owners)


_matrices: dict[int, tuple[Embedder, _LabelMatrix]] = {}
_matrices_lock = threading.Lock()


def _label_matrix(embedder: Embedder) -> _LabelMatrix:
    with _matrices_lock:
        entry = _matrices.get(id(embedder))
        if entry is None or entry[0] is not embedder:
            entry = (embedder, _LabelMatrix(embedder))
            _matrices[id(embedder)] = entry
        return entry[1]


def prepare(embedder: Embedder) -> None:
    """Embed the label descriptions for this embedder now (a worker warming up) rather than
    on the first classification."""
    _label_matrix(embedder)


def _cue_bonus(text: str) -> np.ndarray:
    bonus = np.zeros(len(CATEGORIES))
    for label, cues in _CUES.items():
        total = sum(weight * min(len(pattern.findall(text)), 4) for pattern, weight in cues)
        bonus[CATEGORIES.index(label)] = min(total, CUE_CAP)
    if _looks_like_a_list(text):
        bonus[CATEGORIES.index("PRODUCT")] += LIST_BONUS
    if len(_CUES["PRODUCT"][0][0].findall(text)) >= MIN_PRICED_ENTRIES:  # a price list or menu
        bonus[CATEGORIES.index("PRODUCT")] += PRICED_BONUS
    if not MEASUREMENT.search(text):
        bonus[CATEGORIES.index("SPECIFICATION")] -= NO_MEASUREMENT_PENALTY
    return bonus


def _looks_like_a_list(text: str) -> bool:
    """Catalog grids and menus: at least 6 lines, 70 % of them of at most 5 words, and not a
    table of contents or an index (most lines ending in a page number)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 6 or re.search(r"(?:\.\s?){5,}", text):
        return False
    numbered = sum(1 for line in lines if _TOC_LINE.search(line) or _INDEX_LINE.search(line))
    if numbered > 0.5 * len(lines):
        return False
    short = sum(1 for line in lines if len(line.split()) <= 5)
    return short / len(lines) >= 0.7


def _context_bonus(
    text: str, kind: str | None, heading_path: Sequence[str], page: int | None
) -> np.ndarray:
    """What the chunk's place in the document says: the headings above it, a priced table, and
    how far into the document an introduction may be."""
    bonus = np.zeros(len(CATEGORIES))
    headings = [h.strip() for h in heading_path[-2:] if h.strip()]
    named = set()
    for category, pattern, weight in _SECTION_HEADINGS:
        if any(pattern.search(h) for h in headings):
            bonus[CATEGORIES.index(category)] += weight
            named.add(category)
    if kind == "table" and _priced_rows(text) >= 2:
        bonus[CATEGORIES.index("PRODUCT")] += 1.0
    if kind == "table" and _data_cells(text):  # products, specifications, results or records
        for category in ("INTRODUCTION", "MARKETING", "LEGAL_DISCLAIMER"):
            bonus[CATEGORIES.index(category)] -= TABLE_PROSE_PENALTY
    if page is not None and page > INTRO_LAST_PAGE and "INTRODUCTION" not in named:
        bonus[CATEGORIES.index("INTRODUCTION")] -= FAR_INTRO_PENALTY
    return bonus


def _priced_rows(table: str) -> int:
    """Rows of a Markdown table that hold a price."""
    price = _CUES["PRODUCT"][0][0]
    return sum(1 for row in table.splitlines() if row.startswith("|") and price.search(row))


def _data_cells(table: str) -> bool:
    """Whether a Markdown table holds data (short cells) rather than sentences laid out in
    cells (a brochure's "our values" boxes)."""
    cells = [
        cell.strip()
        for row in table.splitlines()
        if row.startswith("|") and not row.startswith("| ---")
        for cell in row.strip("|").split("|")
        if cell.strip()
    ]
    return bool(cells) and sum(len(c.split()) for c in cells) / len(cells) <= 5


def _readable(text: str) -> float:
    """How far the English model can read `text`: 1 for English, less for another language in
    Latin script (down to `FOREIGN_WEIGHT`), 0 for another script (Arabic, Korean, ...)."""
    latin = min(1.0, _latin_share(text) / LATIN_SHARE)
    words = re.findall(r"[^\W\d_]+", text.casefold())
    if not words:
        return latin
    english = sum(1 for w in words if w in _ENGLISH_STOPWORDS) / len(words)
    return latin * min(1.0, max(FOREIGN_WEIGHT, english / ENGLISH_STOPWORD_SHARE))


def _latin_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c < "\u0250") / len(letters)  # Basic Latin to IPA


def classify(
    text: str,
    embedding: np.ndarray | None = None,
    embedder: Embedder | None = None,
    *,
    kind: str | None = None,
    heading_path: Sequence[str] = (),
    page: int | None = None,
) -> Classification:
    """The category of `text`; pass its `embedding` when already computed to skip a model call.

    `kind` ("text", "table", "image_text"), `heading_path` (the headings above the chunk,
    outermost first) and `page` (its first page, 1-based) are what the document model says of
    the chunk; without them the text alone decides.
    """
    if sum(c.isalpha() for c in text) < MIN_LETTERS:
        scores = {label: 0.0 for label in CATEGORIES} | {"OTHER": 1.0}
        return Classification("OTHER", 1.0, scores, "too little text to classify")
    embedder = embedder or get_embedder()
    if embedding is None:
        embedding = embedder.embed([text])[0]
    labels = _label_matrix(embedder)
    sims = labels.vectors @ np.asarray(embedding, dtype=np.float32)
    best = np.full(len(CATEGORIES), -1.0)
    np.maximum.at(best, labels.owners, sims)
    readable = _readable(text)
    logits = readable * best / TEMPERATURE + _cue_bonus(text)
    logits += _context_bonus(text, kind, heading_path, page)
    logits[CATEGORIES.index("OTHER")] += 1.0 - readable  # unreadable script: OTHER unless cued
    probs = np.exp(logits - logits.max())
    probs /= probs.sum()
    winner = int(probs.argmax())
    return Classification(
        label=CATEGORIES[winner],
        confidence=round(float(probs[winner]), 4),
        scores={label: round(float(p), 4) for label, p in zip(CATEGORIES, probs, strict=True)},
    )
