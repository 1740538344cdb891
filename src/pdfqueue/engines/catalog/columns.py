"""Reading a price list's columns in the languages and scripts catalogs come in.

A table's column titles say what each column holds: the item's name ("Наименование",
"Bezeichnung", "รายการ"), its codes ("Артикул", "OEM", "Réf."), its price ("Цена, руб."), its
size, the row's number ("№") or what the item fits ("Применение", "Application",
"Fahrzeug"): an attribute, never the name. This module holds that small vocabulary (each
name word tagged with the languages it belongs to, so that two name columns titled in two
languages are told from a name beside its description) and the choices made from it:

- `header_role(text)`: the role a column title names, or None;
- `naming_columns(header, body, candidates)`: the column naming the rows, and the column of
  the same names in the other language (kept as other names), when there is one;
- `is_header_row(cells)`: a row of column titles (in any script) is never a product: the
  table finder may not set it apart, or the titles repeat at the top of each page;
- `code_columns(...)`: every column of codes (an article number and an OEM cross-reference).
"""

from __future__ import annotations

import functools
import itertools
import re
import statistics
import unicodedata
from collections.abc import Callable, Sequence

# name words and the languages they are written in (ISO 639-1)
NAME_WORDS: dict[str, frozenset[str]] = {
    word: frozenset(langs.split())
    for word, langs in {
        "name": "en",
        "product": "en nl",
        "product name": "en",
        "item name": "en",
        "description": "en fr",
        "designation": "en fr",
        "désignation": "fr",
        "libellé": "fr",
        "nom": "fr",
        "produit": "fr",
        "bezeichnung": "de",
        "benennung": "de",
        "beschreibung": "de",
        "produkt": "de pl",
        "artikelbezeichnung": "de",
        "nombre": "es",
        "descripción": "es",
        "descripcion": "es",
        "denominación": "es",
        "producto": "es",
        "nome": "it pt",
        "descrizione": "it",
        "denominazione": "it",
        "prodotto": "it",
        "descrição": "pt",
        "designação": "pt",
        "produto": "pt",
        "naam": "nl",
        "omschrijving": "nl",
        "benaming": "nl",
        "nazwa": "pl",
        "opis": "pl",
        "towar": "pl",
        "наименование": "ru",
        "название": "ru",
        "описание": "ru",
        "товар": "ru",
        "περιγραφή": "el",
        "ονομασία": "el",
        "όνομα": "el",
        "προϊόν": "el",
        "είδος": "el",
        "nama": "id",
        "deskripsi": "id",
        "produk": "id",
        "barang": "id",
        "uraian": "id",
        "ชื่อ": "th",
        "รายการ": "th",
        "สินค้า": "th",
        "รายละเอียด": "th",
        "tuote": "fi",
        "nimike": "fi",
        "nimi": "fi",
        "benämning": "sv",
        "betegnelse": "da no",
        "varenavn": "da no",
        "megnevezés": "hu",
        "terméknév": "hu",
        "izdelek": "sl",
        "naziv": "sl hr sr bs",
        "proizvod": "hr sr bs",
        "artikl": "hr",
        "název": "cs",
        "názov": "sk",
        "položka": "cs sk",
        "výrobek": "cs",
        "výrobok": "sk",
        "tovar": "sk",
        "denumire": "ro",
        "produs": "ro",
        "descriere": "ro",
        "pavadinimas": "lt",
        "prekė": "lt",
        "nosaukums": "lv",
        "prece": "lv",
        "produkts": "lv",
        "nimetus": "et",
        "toode": "et",
        "ürün": "tr",
        "ürün adı": "tr",
        "açıklama": "tr",
        "tên sản phẩm": "vi",
        "tên hàng": "vi",
        "sản phẩm": "vi",
        "mô tả": "vi",
        "bidhaa": "sw",
        "jina": "sw",
        "maelezo": "sw",
    }.items()
}
_ROLE_WORDS: dict[str, tuple[str, ...]] = {
    role: tuple(words.split("|"))
    for role, words in {
        "price": "цена|стоимость|руб|₽|rub|τιμή|harga|ราคา|บาท|cena|prijs|preço|preco|pvp|zł|pln"
        "|idr|thb|rp|hinta|pris|ár|egységár|cijena|kaina|hind|preț|pret|fiyat|fiyatı"
        "|giá|đơn giá|vnđ|vnd|prezzo|listino",
        "code": "артикул|код|каталожный|oem|oe|kod|indeks|codice|código|codigo|kode|bestellnummer"
        "|teilenummer|referencia|referência|riferimento|référence|κωδικός|รหัส|cross|ean|gtin|upc|isbn"
        "|tuotenumero|tuotekoodi|artikkelinumero|varenummer|varenr|artikelnummer|artikelnr"
        "|cikkszám|cikkszam|termékkód|šifra|sifra|koda|kód|šifra artikla|katalógové číslo"
        "|katalogové číslo|obj. č.|cod|cod produs|kodas|kods|kood|tootekood|kodu|stok kodu"
        "|mã|mã sp|mã hàng|mã số|rif|msimbo",
        "size": "размер|вес|объём|объем|ukuran|berat|ขนาด|rozmiar|waga|maat|tamanho|dimensioni"
        "|μέγεθος|βάρος|koko|pakkaus|størrelse|storlek|förpackning|pakning|emballage|méret"
        "|kiszerelés|mere|dimenzije|rozměry|rozmery|mål|izmēri|matmenys|mõõdud|dimensiuni"
        "|ölçü|ölçüler|boyut|velikost|veličina"
        "|quy cách|kích thước|khối lượng|trọng lượng|misure|misura|ujazo|uzito|kipimo",
        # what the item fits or is used for: an attribute of the row, never its name
        "application": "application|fits|fitment|vehicle|compatib|suitable|применение"
        "|применяемость|автомобиль|модель авто|anwendung|verwendung|fahrzeug|passend|véhicule"
        "|aplicación|vehículo|applicazione|veicolo|aplicação|veículo|toepassing|voertuig"
        "|zastosowanie|pojazd|εφαρμογή|όχημα|aplikasi|kendaraan|ใช้กับ|รุ่นรถ|การใช้งาน"
        "|use|uses|usage|ideal for|einsatzbereich|utilisation|emploi|uso|utilizzo",
    }.items()
}
# Swahili's price opening a title ("Bei", "Bei/Kipande", "Bei ya jumla", "Bei kwa katoni"): a
# word German writes too ("Drehmoment bei 1500 U/min"), so only at the start, alone or before
# what the price is for
_SWAHILI_PRICE = re.compile(r"^\s*bei(?:\s*(?:$|[/(:])|\s+(?:ya|za|kwa)\b)", re.I)
# a column of row numbers: "№", "№ п/п", "Lp.", "#", "ลำดับ", "Α/Α"
_NUMBER_TITLE = re.compile(
    r"^\s*(?:№(?:\s*п/п)?|п/п|lp\.?|#|ลำดับ|α/α|n°|nº|poz\.?|r\.\s?br\.|rb\.?)\s*$", re.I
)


def _words(folded: str) -> frozenset[str]:
    return frozenset(re.findall(r"[\w€$₽]+", folded))


def _spaced_script(word: str) -> bool:
    """Scripts that set spaces between words (not Thai): a title word is matched whole there."""
    return not any("THAI" in unicodedata.name(c, "") for c in word)


def _matched_whole(word: str) -> bool:
    """A short title word of a spaced script is matched as a whole word ("oe" not in "shoe")."""
    return _spaced_script(word) and " " not in word and len(word) <= 5


def _fold(text: str) -> str:
    """Accents off: a scan read with English's letters only prints "Nazov" for "Názov",
    "Sifra" for "Šifra"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _forms(word: str) -> set[str]:
    """A title word casefolded, and without its accents too when it is long enough to stay
    itself (a short one would become another's: "år", a year, is no "ár", a price) and is no
    English title then."""
    folded = word.casefold()
    bare = _fold(folded)
    if len(folded) < ACCENTLESS_LENGTH or bare in _ENGLISH_TITLES:
        return {folded}
    return {folded, bare}


ACCENTLESS_LENGTH = 5  # letters a title word has at least to be matched without its accents
# accentless forms that are English titles of their own: "Reference" over a bearing's reference
# speed is no French "Référence" (a code)
_ENGLISH_TITLES = frozenset({"reference"})

# the vocabulary casefolded once (Greek's final sigma folds to σ), each word with how it matches
_NAME_VOCABULARY = tuple(
    (form, _matched_whole(w), langs) for w, langs in NAME_WORDS.items() for form in _forms(w)
)
_ROLE_VOCABULARY = {
    role: tuple((form, _matched_whole(w)) for w in words for form in _forms(w))
    for role, words in _ROLE_WORDS.items()
}


def _found(word: str, whole: bool, folded: str, words: frozenset[str]) -> bool:
    if whole:
        return word in words
    if " " in word:  # a title of words is found whole too: "ma sp" is not in "plasma spray"
        return bool(_bounded(word).search(folded))
    return word in folded


@functools.lru_cache(maxsize=512)
def _bounded(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")


@functools.lru_cache(maxsize=4096)  # asked of every cell of every table-like page, often again
def name_languages(text: str) -> frozenset[str] | None:
    """The languages a column title naming items may be in, or None if it names none."""
    folded = text.casefold()
    words = _words(folded)
    found = [langs for word, whole, langs in _NAME_VOCABULARY if _found(word, whole, folded, words)]
    return frozenset().union(*found) if found else None


@functools.lru_cache(maxsize=4096)
def header_role(text: str) -> str | None:
    """The role a column title names ("price", "code", "size", "name", "application",
    "number"), in the words of the languages above; None when it names none."""
    if _NUMBER_TITLE.match(text):
        return "number"
    folded = text.casefold()
    words = _words(folded)
    for role in ("application", "price", "code", "size"):
        if any(_found(word, whole, folded, words) for word, whole in _ROLE_VOCABULARY[role]):
            return role
        if role == "price" and _SWAHILI_PRICE.match(text):
            return role
    if name_languages(text):
        return "name"
    return None


def _script(text: str) -> str | None:
    """The script most of a text's letters are in ("LATIN", "CYRILLIC", "THAI", ...)."""
    scripts = [unicodedata.name(c, "?").split()[0] for c in text if c.isalpha()]
    return max(set(scripts), key=scripts.count) if scripts else None


def _distinct(values: Sequence[str]) -> float:
    filled = [v.strip().casefold() for v in values if v.strip()]
    return len(set(filled)) / len(filled) if filled else 0.0


MIN_LIKENESS_VALUES = 3  # values a column needs before its repeats say it lists a few things
NAMES_LIKE = 0.6  # how much a column's values must look like names to win over the wordiest
# a model's designation ("A7", "XV70", "J11", "II"), a model year or years ("2008-2013")
_DESIGNATION = re.compile(
    r"\b(?:[A-Z]+\d+[A-Z\d]*|\d+[A-Z]+[A-Z\d]*|[IVX]{2,4}|(?:19|20)\d\d(?:\s?[-–]\s?\d{2,4})?)\b"
)


def names_like(values: Sequence[str]) -> float:
    """How much a column's values look like item names rather than a list of a few models,
    cars or brands: the share of distinct values, less the share carrying a model's
    designation or year."""
    filled = [v for v in values if v.strip()]
    if len(filled) >= 2 and _distinct(filled) * len(filled) == 1:
        return 0.0  # one text on every row ("Fixings included") tells no row from another
    if len(filled) < MIN_LIKENESS_VALUES:
        return 1.0  # two values tell no list of a few things from names: the wordiest names
    designated = sum(1 for v in filled if _DESIGNATION.search(v)) / len(filled)
    return _distinct(filled) - designated


def naming_columns(
    header: Sequence[str],
    body: Sequence[Sequence[str]],
    candidates: Sequence[int],
    has_header: bool,
    is_name: Callable[[str], bool],
    share: float,
    role: Callable[[str], str | None] = header_role,
) -> tuple[int | None, int | None]:
    """(the column naming the rows, the column of the same names in another language).

    Columns titled as names come first; of two titled in different languages (or whose
    names are in different scripts) one is the other's translation, and the one in Latin
    script names the rows (the other its other names). Untitled, the column of names whose
    values differ from row to row (not a few cars or brands repeated), the wordiest, names
    them (`names_like`); a column titled as what the item fits never does."""

    def column(c: int) -> list[str]:
        return [r[c] if c < len(r) else "" for r in body]

    def names(c: int) -> bool:
        values = column(c)
        filled = [v for v in values if v.strip()]
        return bool(filled) and sum(1 for v in filled if is_name(v)) / len(filled) >= share

    titled = [c for c in candidates if has_header and role(header[c]) == "name"]
    if titled:
        first = titled[0]
        for other in titled[1:]:
            if not (names(first) and names(other)):
                continue
            a, b = name_languages(header[first]), name_languages(header[other])
            scripts = (_script(" ".join(column(first))), _script(" ".join(column(other))))
            if (a and b and not a & b) or scripts[0] != scripts[1]:
                if scripts[1] == "LATIN" and scripts[0] != "LATIN":
                    return other, first
                return first, other
        return first, None
    scored = [
        (
            not _lower_case(column(c)),
            names_like(column(c)) >= NAMES_LIKE,
            statistics.fmean(len(v.split()) for v in column(c)),
            -c,
        )
        for c in candidates
        if not (has_header and role(header[c]) in ("application", "number")) and names(c)
    ]
    return (-max(scored)[3], None) if scored else (None, None)


def _lower_case(values: Sequence[str]) -> bool:
    """Most values start with a small letter: remarks on each row ("custodia rigida", "senza
    piatti": a notes column), which a wordier note would otherwise make the names; names
    start with a capital (a brand, a model, a noun's first word), and name the rows even where
    their models' designations ("Marshall DSL40CR") make them look like a few models repeated."""
    filled = [v.strip() for v in values if v.strip()]
    return bool(filled) and sum(1 for v in filled if v[:1].islower()) * 2 > len(filled)


def is_header_row(cells: Sequence[str], role: Callable[[str], str | None] = header_role) -> bool:
    """A row of column titles: no figures, at least two cells and half of them titling a role."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) < 2 or any(any(ch.isdigit() for ch in c) for c in filled):
        return False
    titled = sum(1 for c in filled if role(c))
    return titled >= 2 and titled >= 0.5 * len(filled)


def _row_numbers(values: Sequence[str]) -> bool:
    """Values counting rows: 1, 2, 3 ... (consecutive integers)."""
    filled = [v.strip().rstrip(".") for v in values if v.strip()]
    if len(filled) < 2 or not all(v.isdigit() for v in filled):
        return False
    numbers = [int(v) for v in filled]
    return all(b - a == 1 for a, b in itertools.pairwise(numbers))


_CROSS_CODE = re.compile(r"^(?=[^\s]*\d)[A-Z0-9]+(?:[-./ ][A-Z0-9]+){0,3}$")


def code_columns(
    header: Sequence[str],
    body: Sequence[Sequence[str]],
    roles: dict[str, int],
    has_header: bool,
    role: Callable[[str], str | None] = header_role,
) -> list[int]:
    """The columns of codes besides the first (an OEM number, a cross-reference): titled as
    codes, their values code-shaped (capitals and figures, no words), not counting rows."""
    if "code" not in roles or not has_header:
        return []
    out = []
    for c, title in enumerate(header):
        if c in roles.values() or role(title) != "code":
            continue
        values = [r[c].strip() for r in body if c < len(r) and r[c].strip()]
        if (
            values
            and not _row_numbers(values)
            and sum(1 for v in values if _CROSS_CODE.match(v)) >= 0.6 * len(values)
        ):
            out.append(c)
    return out
