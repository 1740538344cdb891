"""How output is scored against truth: products, tables, OCR text and page categories.

Shared by `bench/quality.py` (which prints the figures) and the fast tests in this folder
(which fail when they drop), so both measure the same thing.

Products. A prediction matches a label one-to-one, best first: pairs are ranked by the token
Jaccard of their normalised names, and a pair counts when that is at least `NAME_JACCARD`
and no printed code contradicts (both have codes and share none). A label may list `aliases`,
the same product's name printed in another language of the document (a trilingual guide's
"Berlian (Diamond)" and "Diamond"): the best of its names counts. Price, code and size
accuracy are over the matched pairs whose label has one: the prediction must carry the same
value (prices compared as numbers, codes without case and spaces, sizes as their digits).

Tables. Cell F1 is the F1 of the adjacency relations of non-empty cells (each cell with its
right and lower neighbours, by text), as in the ICDAR 2013 table competition: it does not
collapse when a table gains or loses one row at its edge, and it rewards rows and columns
that are kept together.

OCR. Character error rate: Levenshtein distance over the length of the reference, after
whitespace is collapsed to one space (line breaks are layout, not characters). It compares the
texts in their own orders, so it is measured on pages of one text flow, where pdfium's content
order and Tesseract's reading order agree.

Classification. Per category, precision, recall and F1 of the predicted page categories
against the labelled ones; macro-F1 is their mean over the categories that have labels (a
category never labelled and never predicted has no F1 to average); the confusion matrix counts
(label, prediction) pairs.

Headings. A predicted heading matches a true one one-to-one, best first, on the same page when
their normalised texts agree: token Jaccard at least `HEADING_JACCARD`, or the tokens of one
contain the other's, the contained at least a third of the container (a section number or a
subtitle kept or lost: "1.2 Metrische Räume" and "Metrische Räume"). Precision, recall and F1
count the matches. Levels agree by their order, not their numbers (a document's top level may be
printed `#` or `##`): over every two matched headings of a document, the share of pairs whose
predicted levels order them as the true levels do (higher, lower or the same).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz.distance import Levenshtein

NAME_JACCARD = 0.6  # token Jaccard of normalised names at and above which two names agree


def tokens(name: str) -> set[str]:
    """Lower-case word tokens without accents: 'Küche-Tisch' -> {'kuche', 'tisch'}.

    Every combining mark is dropped, not only accents: Thai or Devanagari vowel signs are
    marks too, and `\\w` would split a word at each of them."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.category(c).startswith("M"))
    return set(re.findall(r"\w+", folded))


def jaccard(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def norm_code(code: str) -> str:
    return re.sub(r"[\s.]", "", code.upper())


def norm_price(price: str) -> float | None:
    """'$1,234.50', '1.234,50 EUR', '8$' -> 1234.5, 1234.5, 8.0."""
    digits = re.sub(r"[^\d.,]", "", price)
    if not digits:
        return None
    if re.search(r",\d{2}$", digits):  # decimal comma
        digits = digits.replace(".", "").replace(",", ".")
    else:
        digits = digits.replace(",", "")
    try:
        return round(float(digits), 2)
    except ValueError:
        return None


def norm_size(size: str) -> str:
    """A size as its figures and its unit's letters; the "x" of "32 x 51 cm" is the sign "×"
    (as OCR and many catalogs type it), not a letter of the unit."""
    size = re.sub(r"(?<=\d)\s*[xX×]\s*(?=\d)", " ", size)
    return (
        " ".join(re.findall(r"\d+(?:[.,]\d+)?", size))
        + " "
        + "".join(re.findall(r"[a-z]+", size.lower()))
    )


@dataclass
class MatchCounts:
    """Labels, predictions and the pairs matched one to one: precision, recall and F1."""

    labels: int = 0
    predictions: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predictions if self.predictions else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.labels if self.labels else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ProductScore(MatchCounts):
    code_total: int = 0
    code_right: int = 0
    price_total: int = 0
    price_right: int = 0
    size_total: int = 0
    size_right: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def add(self, other: ProductScore) -> None:
        for name in (
            "labels",
            "predictions",
            "matched",
            "code_total",
            "code_right",
            "price_total",
            "price_right",
            "size_total",
            "size_right",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.missed += other.missed
        self.spurious += other.spurious

    @staticmethod
    def _share(right: int, total: int) -> float | None:
        return right / total if total else None

    @property
    def code_accuracy(self) -> float | None:
        return self._share(self.code_right, self.code_total)

    @property
    def price_accuracy(self) -> float | None:
        return self._share(self.price_right, self.price_total)

    @property
    def size_accuracy(self) -> float | None:
        return self._share(self.size_right, self.size_total)


def _contradicts(label: dict[str, Any], prediction: dict[str, Any]) -> bool:
    a = {norm_code(c) for c in label.get("codes", [])}
    b = {norm_code(c) for c in prediction.get("codes", [])}
    return bool(a and b and not a & b)


def score_products(
    labels: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]]
) -> ProductScore:
    """Match predictions to labels (dicts with name, aliases, codes, prices, sizes) and count."""
    pairs = []
    for i, label in enumerate(labels):
        names = [label["name"], *label.get("aliases", [])]
        for j, prediction in enumerate(predictions):
            similarity = max(jaccard(name, prediction["name"]) for name in names)
            if similarity >= NAME_JACCARD and not _contradicts(label, prediction):
                same_page = label.get("page") in (prediction.get("pages") or [])
                pairs.append((similarity, same_page, -i, -j, i, j))
    pairs.sort(reverse=True)
    used_labels: set[int] = set()
    used_predictions: set[int] = set()
    score = ProductScore(labels=len(labels), predictions=len(predictions))
    for *_, i, j in pairs:
        if i in used_labels or j in used_predictions:
            continue
        used_labels.add(i)
        used_predictions.add(j)
        score.matched += 1
        label, prediction = labels[i], predictions[j]
        if label.get("codes"):
            score.code_total += 1
            predicted = {norm_code(c) for c in prediction.get("codes", [])}
            score.code_right += bool(predicted & {norm_code(c) for c in label["codes"]})
        if label.get("prices"):
            score.price_total += 1
            predicted_prices = {norm_price(p) for p in prediction.get("prices", [])}
            score.price_right += norm_price(label["prices"][0]) in predicted_prices
        if label.get("sizes"):
            score.size_total += 1
            predicted_sizes = {norm_size(s) for s in prediction.get("sizes", [])}
            score.size_right += norm_size(label["sizes"][0]) in predicted_sizes
    score.missed = [labels[i]["name"] for i in range(len(labels)) if i not in used_labels]
    score.spurious = [
        predictions[j]["name"] for j in range(len(predictions)) if j not in used_predictions
    ]
    return score


# --- tables ------------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return " ".join(text.split()).casefold()


def adjacency(rows: Sequence[Sequence[str]]) -> Counter[tuple[str, str, str]]:
    """Each non-empty cell with its nearest non-empty neighbour to the right and below."""
    grid = [[_cell(c) for c in row] for row in rows]
    out: Counter[tuple[str, str, str]] = Counter()
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if not text:
                continue
            right = next((t for t in row[c + 1 :] if t), None)
            if right is not None:
                out[(text, right, "right")] += 1
            below = next(
                (grid[k][c] for k in range(r + 1, len(grid)) if c < len(grid[k]) and grid[k][c]),
                None,
            )
            if below is not None:
                out[(text, below, "below")] += 1
    return out


def table_f1(truth: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> float:
    a, b = adjacency(truth), adjacency(predicted)
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(b.values()), common / sum(a.values())
    return 2 * precision * recall / (precision + recall)


def best_table_f1(
    truth: Sequence[Sequence[str]], candidates: Iterable[Sequence[Sequence[str]]]
) -> float:
    return max((table_f1(truth, c) for c in candidates), default=0.0)


# --- OCR ---------------------------------------------------------------------------------------


def collapse(text: str) -> str:
    return " ".join(text.split())


def cer(reference: str, hypothesis: str) -> float:
    ref, hyp = collapse(reference), collapse(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return Levenshtein.distance(ref, hyp) / len(ref)


# --- classification ----------------------------------------------------------------------------


@dataclass
class ClassScore:
    """Per-category figures and the confusion matrix of predicted against labelled categories."""

    categories: tuple[str, ...]
    confusion: dict[str, Counter[str]]  # label -> predicted -> pages

    def support(self, category: str) -> int:
        return sum(self.confusion[category].values())

    def predicted(self, category: str) -> int:
        return sum(row[category] for row in self.confusion.values())

    def precision(self, category: str) -> float:
        predicted = self.predicted(category)
        return self.confusion[category][category] / predicted if predicted else 0.0

    def recall(self, category: str) -> float:
        support = self.support(category)
        return self.confusion[category][category] / support if support else 0.0

    def f1(self, category: str) -> float:
        p, r = self.precision(category), self.recall(category)
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def macro_f1(self) -> float:
        present = [c for c in self.categories if self.support(c)]
        return sum(self.f1(c) for c in present) / len(present) if present else 0.0

    @property
    def accuracy(self) -> float:
        total = sum(self.support(c) for c in self.categories)
        return sum(self.confusion[c][c] for c in self.categories) / total if total else 0.0


def score_classes(categories: Sequence[str], pairs: Iterable[tuple[str, str]]) -> ClassScore:
    """Score (labelled, predicted) category pairs."""
    confusion: dict[str, Counter[str]] = {c: Counter() for c in categories}
    for label, prediction in pairs:
        confusion[label][prediction] += 1
    return ClassScore(tuple(categories), confusion)


# --- headings ------------------------------------------------------------------------------------

HEADING_JACCARD = 0.6
CONTAINED_SHARE = 1 / 3  # a contained title holds at least this share of its container's tokens


def headings_agree(truth: str, predicted: str) -> bool:
    a, b = tokens(truth), tokens(predicted)
    if not a or not b:
        return False
    if len(a & b) / len(a | b) >= HEADING_JACCARD:
        return True
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return small <= large and len(small) >= CONTAINED_SHARE * len(large)


@dataclass
class HeadingScore(MatchCounts):
    level_pairs: int = 0
    level_agree: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_level: list[str] = field(default_factory=list)

    def add(self, other: HeadingScore) -> None:
        for name in ("labels", "predictions", "matched", "level_pairs", "level_agree"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.missed += other.missed
        self.spurious += other.spurious
        self.wrong_level += other.wrong_level

    @property
    def level_agreement(self) -> float | None:
        return self.level_agree / self.level_pairs if self.level_pairs else None


def _sign(x: int) -> int:
    return (x > 0) - (x < 0)


def score_headings(
    truth: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]]
) -> HeadingScore:
    """Score one document's predicted headings ({page, text, level}) against its true ones."""
    pairs = []
    for i, t in enumerate(truth):
        for j, p in enumerate(predicted):
            if t["page"] == p["page"] and headings_agree(t["text"], p["text"]):
                pairs.append((jaccard(t["text"], p["text"]), i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_t: set[int] = set()
    used_p: set[int] = set()
    matches = []
    for _, i, j in pairs:
        if i not in used_t and j not in used_p:
            used_t.add(i)
            used_p.add(j)
            matches.append((i, j))
    score = HeadingScore(labels=len(truth), predictions=len(predicted), matched=len(matches))
    score.missed = [f"p{t['page']} {t['text']}" for i, t in enumerate(truth) if i not in used_t]
    score.spurious = [
        f"p{p['page']} {p['text']}" for j, p in enumerate(predicted) if j not in used_p
    ]
    wrong: Counter[int] = Counter()
    for a, (ti, pi) in enumerate(matches):
        for ti2, pi2 in matches[a + 1 :]:
            true_order = _sign(truth[ti]["level"] - truth[ti2]["level"])
            predicted_order = _sign(predicted[pi]["level"] - predicted[pi2]["level"])
            score.level_pairs += 1
            if true_order == predicted_order:
                score.level_agree += 1
            else:
                wrong[ti] += 1
                wrong[ti2] += 1
    score.wrong_level = [
        f"p{truth[ti]['page']} {truth[ti]['text']} (level {truth[ti]['level']}, predicted "
        f"{predicted[pi]['level']})"
        for ti, pi in matches
        if wrong[ti] * 2 > len(matches) - 1
    ]
    return score
