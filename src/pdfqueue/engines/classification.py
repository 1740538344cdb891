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
"""

from __future__ import annotations

import re
import threading
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
    ),
    "OTHER": (
        "Table of contents, index and page numbers.",
        "References: numbered bibliography entries with authors, titles, journals and years.",
        "A story or narrative with characters and dialogue.",
        "Government form instructions about taxes and filing.",
    ),
}

_LEGAL_TERMS = r"terms and conditions|trademarks?|without notice|licen[cs]e"
_INTRO_HEADING = r"^\s*(?:\d+\.?\s*)?(?:introduction|abstract|preface|overview)\b"
_INTRO_PHRASE = r"\bthis (?:paper|book|chapter|document|guide)\b|\bwe (?:present|propose)\b"
_TECHNICAL = r"\b(?:algorithm|equation|theorem|proof|implementation|parameter)s?\b"
_PROMOTION = r"\b(?:discover|exclusive|premium|innovative|leading|trusted|contact us|visit)\b"

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
        (re.compile(r"[=<>]\s*\w|\w\(\w*\)|\{|\}"), 0.05),
    ),
    "MARKETING": (
        (re.compile(r"!"), 0.15),
        (re.compile(_PROMOTION, re.I), 0.2),
        (re.compile(r"\bwww\.|https?://|@\w+", re.I), 0.15),
    ),
    "OTHER": (
        (re.compile(r"\.{5,}\s*\d+"), 0.5),  # table-of-contents leaders
    ),
}
LIST_BONUS = 0.8  # PRODUCT bonus for a catalog-like layout: mostly short lines, many of them
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
    return bonus


def _looks_like_a_list(text: str) -> bool:
    """Catalog grids and menus: at least 6 lines, 70 % of them of at most 5 words, no leaders."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 6 or re.search(r"\.{5,}", text):
        return False
    short = sum(1 for line in lines if len(line.split()) <= 5)
    return short / len(lines) >= 0.7


def classify(
    text: str, embedding: np.ndarray | None = None, embedder: Embedder | None = None
) -> Classification:
    """The category of `text`; pass its `embedding` when already computed to skip a model call."""
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
    logits = best / TEMPERATURE + _cue_bonus(text)
    probs = np.exp(logits - logits.max())
    probs /= probs.sum()
    winner = int(probs.argmax())
    return Classification(
        label=CATEGORIES[winner],
        confidence=round(float(probs[winner]), 4),
        scores={label: round(float(p), 4) for label, p in zip(CATEGORIES, probs, strict=True)},
    )
