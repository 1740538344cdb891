"""Product records from analysed chunks: names, types, attributes, images and pages.

Catalogs put many products in one chunk (a grid of photos with captions, a price list, a list
of article numbers and names), while brochures spread one product over a heading and the
specification that follows. So each chunk classified PRODUCT is read for *entries* in the
layouts catalogs use, and the layout that yields the most entries wins:

- code lines: a bare article number on its own line, the name on the next line;
- priced lines: "Margherita 8$", "Oak plank ... €34.90", the lines below as description;
- arrows: "กรองอากาศ → Air Filter" (bilingual lists), the name after the arrow;
- caption pairs: a grid's short lines, alternately a name and its one-line description.

A chunk with fewer than two entries is one product, named by its first title-like line (or its
product code) and described by its text; its neighbouring SPECIFICATION / TECHNICAL_DETAIL
chunks add their attributes, chunks and pages. Each product gets the images of its pages.

Near-duplicates are merged: the same name (or nearly: difflib ratio >= 0.9) unless their
product codes differ — two SKUs named "Espresso" stay two products — and, for one-product
chunks, chunk embeddings with cosine >= 0.95 and similar names. Chunk overlap makes every
product at a chunk border appear twice, so merging is routine, not an edge case.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from pdfqueue.engines.metadata import extract_metadata
from pdfqueue.engines.product_types import PRODUCT_TYPES, most_named_type, product_type

__all__ = ["PRODUCT_TYPES", "ChunkInfo", "ProductDraft", "build_products", "product_type"]

_CODE_LINE = re.compile(r"^(?:\d{5,8}|[A-Z]{1,4}-?\d{3,8}[A-Z]?)$")
_PRICE = re.compile(r"(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£¥]|USD|EUR|GBP)(?!\w))")
_ARROW = re.compile(r"(?:→|->)\s*([A-Za-z][A-Za-z /&-]{1,40}?)\s*(?:[^\x00-\x7F]\s*)?$")
_NOISE = re.compile(
    r"^\d{1,3}$|^page\s+\d+|www\.|https?://|@|✆|✉|\.{5,}|^(?:\S\s){3,}\S?(?:\s+\d+)?$", re.I
)
_BULLET = re.compile(r"^[•·*\-–]\s*")

LAYOUT_SHARE = 0.5  # a specific layout wins with half the entries of a looser one
MERGE_NAME_RATIO = 0.9  # difflib ratio above which two names are the same product
MERGE_NAME_RATIO_WITH_COSINE = 0.6  # ... and above which they are if their chunks' cosine is high
MERGE_COSINE = 0.95  # chunk-embedding cosine above which one-product chunks may be one product
_LAYOUT_CONFIDENCE = {"code": 0.95, "price": 0.9, "arrow": 0.85, "caption": 0.8, "single": 0.6}


@dataclass
class ChunkInfo:
    """What product building needs of an analysed chunk."""

    id: str
    index: int
    content: str
    page_numbers: list[int]
    classification: str | None
    confidence: float | None
    metadata: dict[str, Any]
    embedding: np.ndarray | None


@dataclass
class ProductDraft:
    """A product found in a document, ready to be stored."""

    name: str
    product_type: str
    description: str
    attributes: dict[str, Any]
    image_ids: list[str]
    chunk_ids: list[str]
    page_numbers: list[int]
    confidence: float
    embedding: np.ndarray | None = None
    codes: list[str] = field(default_factory=list, repr=False)


@dataclass
class _Entry:
    name: str
    description: str
    code: str | None
    start: int  # character offset in the chunk, to find its page
    layout: str
    price: str | None = None


def build_products(
    chunks: Sequence[ChunkInfo], images_by_page: Mapping[int, Sequence[str]]
) -> list[ProductDraft]:
    """Products of one document's chunks (in any order), near-duplicates merged."""
    ordered = sorted(chunks, key=lambda c: c.index)
    by_index = {c.index: c for c in ordered}
    drafts: list[ProductDraft] = []
    for chunk in ordered:
        if chunk.classification != "PRODUCT":
            continue
        entries = _entries(chunk.content)
        if len(entries) >= 2:
            drafts.extend(_from_entry(chunk, e, images_by_page) for e in entries)
        else:
            draft = _single(chunk, by_index, images_by_page, entries[0] if entries else None)
            if draft is not None:
                drafts.append(draft)
    return _merge(drafts, images_by_page)


# --- entries ---------------------------------------------------------------------------------


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of the lines that can be part of a product, noise removed."""
    out, offset = [], 0
    for raw in text.split("\n"):
        line = _BULLET.sub("", raw.strip())
        if line and not _NOISE.search(line):
            out.append((offset, line))
        offset += len(raw) + 1
    return out


def _entries(text: str) -> list[_Entry]:
    """The entries of the most specific layout that explains most of the chunk.

    Layouts are tried from the most to the least specific (a code or a price is strong
    evidence, caption pairs are weak); the first with at least LAYOUT_SHARE of the largest
    count wins, so a code list is not read as captions just because its headings add pairs.
    """
    lines = _lines(text)
    layouts = [
        _code_entries(lines),
        _price_entries(lines),
        _arrow_entries(lines),
        _caption_entries(lines),
    ]
    most = max(len(found) for found in layouts)
    for found in layouts:
        if len(found) >= 2 and len(found) >= LAYOUT_SHARE * most:
            return found
    return max(layouts, key=len)


def _is_name(line: str) -> bool:
    words = line.split()
    letters = sum(c.isalpha() for c in line)
    return 1 <= len(words) <= 8 and letters >= 2 and letters >= len(line) / 2


def _code_entries(lines: list[tuple[int, str]]) -> list[_Entry]:
    out = []
    for (offset, line), (_, nxt) in itertools.pairwise(lines):
        if _CODE_LINE.match(line) and not _CODE_LINE.match(nxt) and _is_name(nxt):
            out.append(_Entry(nxt, "", line, offset, "code"))
    return out


def _price_entries(lines: list[tuple[int, str]]) -> list[_Entry]:
    out: list[_Entry] = []
    for offset, line in lines:
        price = _PRICE.search(line)
        if price:
            name = (line[: price.start()] + line[price.end() :]).strip(" .,:-–")
            if len(name.split()) > 6:  # "Rigatoni en salsa napole, acompañado con ...": cut
                name = re.split(r"[,.;:(]", name)[0].strip()
            if name and len(name.split()) <= 10:
                out.append(_Entry(name, "", None, offset, "price", price.group(0)))
        elif out and len(out[-1].description) < 300 and not _is_heading(line):
            out[-1].description = f"{out[-1].description} {line}".strip()
    return out


def _arrow_entries(lines: list[tuple[int, str]]) -> list[_Entry]:
    out = []
    for offset, line in lines:
        match = _ARROW.search(line)
        if match:
            out.append(_Entry(match.group(1).strip(), line, None, offset, "arrow"))
    return out


def _caption_entries(lines: list[tuple[int, str]]) -> list[_Entry]:
    """A grid's captions: name, one-line description, name, description..."""
    if len(lines) < 4 or sum(len(line.split()) <= 6 for _, line in lines) < 0.8 * len(lines):
        return []
    out = []
    for (offset, name), (_, description) in zip(lines[::2], lines[1::2], strict=False):
        if _is_name(name) and not _CODE_LINE.match(name):
            out.append(_Entry(name, description, None, offset, "caption"))
    return out


def _is_heading(line: str) -> bool:
    return line.isupper() and len(line.split()) <= 4


def _title(text: str) -> tuple[str, int] | None:
    """The first title-like line: short, mostly letters, not a sentence."""
    for offset, line in _lines(text):
        words = line.split()
        if 1 <= len(words) <= 8 and not line.endswith((".", ",", ";")) and _is_name(line):
            if len(words) == 1 and len(line) < 4:
                continue
            return line.strip(" :–-"), offset
    return None


# --- drafts ----------------------------------------------------------------------------------


def _pages_at(chunk: ChunkInfo, offset: int) -> list[int]:
    """The page an offset falls on, when the chunk's sources can be told apart."""
    pages = sorted(set(chunk.page_numbers))
    if len(pages) <= 1:
        return pages
    segments = chunk.content.split("\n\n")  # the chunker joins its sources with a blank line
    if len(segments) != len(pages):
        return pages
    end = 0
    for segment, page in zip(segments, pages, strict=True):
        end += len(segment) + 2
        if offset < end:
            return [page]
    return [pages[-1]]


def _images(pages: Sequence[int], images_by_page: Mapping[int, Sequence[str]]) -> list[str]:
    return list(dict.fromkeys(i for p in pages for i in images_by_page.get(p, ())))


def _attributes(metadata: Mapping[str, Any]) -> dict[str, Any]:
    """The non-empty attribute lists of a metadata result, without its bookkeeping keys."""
    out: dict[str, Any] = {}
    for group, values in metadata.items():
        if isinstance(values, Mapping):
            kept = {k: list(v) for k, v in values.items() if isinstance(v, list) and v}
            if kept:
                out[group] = kept
    return out


def _merge_attributes(a: dict[str, Any], b: Mapping[str, Any]) -> dict[str, Any]:
    out = {group: {k: list(v) for k, v in values.items()} for group, values in a.items()}
    for group, values in b.items():
        target = out.setdefault(group, {})
        for key, items in values.items():
            target[key] = list(dict.fromkeys([*target.get(key, []), *items]))
    return out


def _confidence(chunk: ChunkInfo, layout: str) -> float:
    base = chunk.confidence if chunk.confidence is not None else 0.5
    return round(float(min(1.0, 0.5 + 0.5 * base) * _LAYOUT_CONFIDENCE[layout]), 4)


def _from_entry(
    chunk: ChunkInfo, entry: _Entry, images_by_page: Mapping[int, Sequence[str]]
) -> ProductDraft:
    text = "\n".join(x for x in (entry.code, entry.name, entry.description) if x)
    attributes = _attributes(extract_metadata(text))
    if entry.price:
        attributes = _merge_attributes(attributes, {"commercial": {"prices": [entry.price]}})
    if entry.code:
        attributes = _merge_attributes(attributes, {"identity": {"product_codes": [entry.code]}})
    pages = _pages_at(chunk, entry.start)
    own_type = most_named_type(entry.name, entry.description)
    return ProductDraft(
        name=entry.name,
        product_type=own_type if own_type != "other" else most_named_type(chunk.content),
        description=entry.description,
        attributes=attributes,
        image_ids=_images(pages, images_by_page),
        chunk_ids=[chunk.id],
        page_numbers=pages,
        confidence=_confidence(chunk, entry.layout),
        embedding=None,
        codes=[entry.code] if entry.code else [],
    )


def _single(
    chunk: ChunkInfo,
    by_index: Mapping[int, ChunkInfo],
    images_by_page: Mapping[int, Sequence[str]],
    entry: _Entry | None,
) -> ProductDraft | None:
    metadata = chunk.metadata or extract_metadata(chunk.content)
    attributes = _attributes(metadata)
    codes = list(attributes.get("identity", {}).get("product_codes", []))
    title = (entry.name, entry.start) if entry else _title(chunk.content)
    if title is None and not codes:
        return None
    name = title[0] if title else codes[0]
    chunk_ids, pages = [chunk.id], set(chunk.page_numbers)
    for neighbour in (by_index.get(chunk.index - 1), by_index.get(chunk.index + 1)):
        if neighbour and neighbour.classification in ("SPECIFICATION", "TECHNICAL_DETAIL"):
            extra = (
                neighbour.metadata if neighbour.metadata else extract_metadata(neighbour.content)
            )
            attributes = _merge_attributes(attributes, _attributes(extra))
            chunk_ids.append(neighbour.id)
            pages.update(neighbour.page_numbers)
    description = " ".join(chunk.content.split())
    if description.startswith(name):
        description = description[len(name) :].strip(" :–-")
    ordered_pages = sorted(pages)
    embedding = None if chunk.embedding is None else np.asarray(chunk.embedding, np.float32)
    return ProductDraft(
        name=name,
        product_type=most_named_type(name, chunk.content),
        description=description[:500],
        attributes=attributes,
        image_ids=_images(ordered_pages, images_by_page),
        chunk_ids=chunk_ids,
        page_numbers=ordered_pages,
        confidence=_confidence(chunk, "single"),
        embedding=embedding,
        codes=codes,
    )


# --- merging ---------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", name.casefold()).split())


@lru_cache(maxsize=4096)
def _characters(key: str) -> Counter[str]:
    return Counter(key)


def _same(a: ProductDraft, b: ProductDraft) -> bool:
    if a.codes and b.codes and not set(a.codes) & set(b.codes):
        return False  # two article numbers: two products, whatever their names
    if a.codes and set(a.codes) & set(b.codes):
        return True
    ka, kb = _key(a.name), _key(b.name)
    if ka == kb:
        return True
    ratio = difflib.SequenceMatcher(None, ka, kb).ratio()
    if ratio >= MERGE_NAME_RATIO:
        return True
    if (
        a.embedding is not None
        and b.embedding is not None
        and ratio >= MERGE_NAME_RATIO_WITH_COSINE
    ):
        ea, eb = np.asarray(a.embedding), np.asarray(b.embedding)
        cosine = float(ea @ eb / max(np.linalg.norm(ea) * np.linalg.norm(eb), 1e-12))
        return cosine >= MERGE_COSINE
    return False


class _NameIndex:
    """Character counts of the merged products' names, so a new name is compared (difflib,
    `_same`) only with those whose ratio to it can reach a merge threshold. difflib's ratio is
    2·matches / total length, and matches are at most the shorter length and at most the
    characters the names share (difflib's own quick bounds), here for all names at once: a
    catalog of n products costs about n numpy rows per product instead of n difflib
    comparisons (O(n²) in Python: seconds at 1,000)."""

    def __init__(self) -> None:
        self._columns: dict[str, int] = {}
        self._counts = np.zeros((64, 64), dtype=np.int32)
        self._lengths = np.zeros(64, dtype=np.int64)
        self._size = 0

    def add(self, key: str) -> None:
        row = self._row(key)
        if self._size == len(self._lengths):
            self._counts = np.concatenate([self._counts, np.zeros_like(self._counts)])
            self._lengths = np.concatenate([self._lengths, np.zeros_like(self._lengths)])
        self._counts[self._size, : len(row)] = row
        self._lengths[self._size] = len(key)
        self._size += 1

    def candidates(self, key: str) -> np.ndarray:
        """Positions (in the order added) of the names that may match `key`."""
        row = self._row(key)
        counts, lengths = self._counts[: self._size, : len(row)], self._lengths[: self._size]
        shared = np.minimum(counts, row).sum(axis=1)
        total = lengths + len(key)
        lowest = min(MERGE_NAME_RATIO, MERGE_NAME_RATIO_WITH_COSINE)
        possible = (2 * np.minimum(lengths, len(key)) >= lowest * total) & (
            2 * shared >= lowest * total
        )
        return np.flatnonzero(possible)

    def _row(self, key: str) -> np.ndarray:
        for char in key:
            if char not in self._columns:
                self._columns[char] = len(self._columns)
        if len(self._columns) > self._counts.shape[1]:
            wider = np.zeros((len(self._counts), 2 * len(self._columns)), dtype=np.int32)
            wider[:, : self._counts.shape[1]] = self._counts
            self._counts = wider
        row = np.zeros(len(self._columns), dtype=np.int32)
        for char, n in _characters(key).items():
            row[self._columns[char]] = n
        return row


def _merge(
    drafts: list[ProductDraft], images_by_page: Mapping[int, Sequence[str]]
) -> list[ProductDraft]:
    """Each draft joins the first earlier product it is the same as (`_same`), else is new."""
    merged: list[ProductDraft] = []
    names = _NameIndex()
    by_code: dict[str, set[int]] = {}
    for draft in drafts:
        # every product _same could accept: one sharing a code, or one whose name may match
        candidates = set(names.candidates(_key(draft.name)).tolist())
        for code in draft.codes:
            candidates |= by_code.get(code, set())
        position = next((i for i in sorted(candidates) if _same(merged[i], draft)), None)
        if position is None:
            for code in draft.codes:
                by_code.setdefault(code, set()).add(len(merged))
            merged.append(draft)
            names.add(_key(draft.name))
            continue
        twin = merged[position]
        for code in draft.codes:
            by_code.setdefault(code, set()).add(position)
        twin.chunk_ids = list(dict.fromkeys([*twin.chunk_ids, *draft.chunk_ids]))
        twin.page_numbers = sorted({*twin.page_numbers, *draft.page_numbers})
        twin.image_ids = _images(twin.page_numbers, images_by_page)
        twin.attributes = _merge_attributes(twin.attributes, draft.attributes)
        twin.codes = list(dict.fromkeys([*twin.codes, *draft.codes]))
        if len(draft.description) > len(twin.description):
            twin.description = draft.description
        if twin.product_type == "other":
            twin.product_type = draft.product_type
        # Seen twice is a little more certain than seen once.
        twin.confidence = round(min(1.0, max(twin.confidence, draft.confidence) + 0.02), 4)
        if twin.embedding is None:
            twin.embedding = draft.embedding
    return merged
