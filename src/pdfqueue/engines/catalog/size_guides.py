"""Pages that are size guides, not offers: a clothing label's size and fit guide charts the
body's measures by size (bust, waist, hip, inside leg), converts sizes between countries and
notes how each style fits, naming the styles and their numbers; it prices none of them and
offers nothing. A page is a size guide's when it is titled as one, its document charts body
measures by size and the page prints no price. A catalog page that prints a size chart beside
its garments prices them, and keeps them."""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.notices import top_titles
from pdfqueue.engines.catalog.words import PRICE
from pdfqueue.engines.layout import PageLayout

TITLE_ROWS = 2  # rows of a table its column titles may stand in
MIN_MEASURES = 2  # body measures a size chart names at least
MAX_TITLE_CHARS = 30  # a column's title, short

# a size guide names itself so (in the languages catalogs come in): "Size & fit guide", "Size
# chart", "Größentabelle", "Guide des tailles", "Guía de tallas", "Tabella taglie"
_GUIDE_TITLE = re.compile(
    r"\bsiz(?:e|ing)\s+(?:(?:&|and)\s+fit\s+)?(?:guide|chart|table)s?\b|\bfit\s+guide\b"
    r"|gr(?:ö|oe|o)(?:ß|ss)en(?:tabelle|ratgeber|berater|tafel)|\bma(?:ß|ss)tabelle"
    r"|guide\s+des\s+tailles|tableau\s+des\s+tailles|gu[íi]a\s+de\s+tallas|tabla\s+de\s+tallas"
    r"|guia\s+de\s+tamanhos|tabela\s+de\s+(?:tamanhos|medidas)|guida\s+alle\s+taglie"
    r"|tabella\s+(?:delle\s+)?taglie|maattabel|storleks(?:guide|tabell)|st[øo]rrelses(?:guide|tabel)"
    r"|kokotaulukko|tabela\s+rozmiar[óo]w|tabulka\s+velikost[íi]",
    re.I,
)
# a body's measure, as a chart's column (or row) title: "Bust cm", "Inside leg", "Hüfte"
_BODY_MEASURE = re.compile(
    r"^(?:(?:under\s*)?bust|chest|waist|hips?|seat|inside\s+leg|inseam|neck|collar|foot\s+length"
    r"|brust(?:umfang)?|taille(?:numfang)?|h[üu]ft(?:e|umfang)|innenbein\w*|schrittl[äa]nge"
    r"|halsweite|kragenweite|(?:tour\s+de\s+)?(?:poitrine|hanches|cou)|tour\s+de\s+taille"
    r"|entrejambe|pecho|cintura|cadera|entrepierna|busto|quadril|petto|torace|vita|fianchi"
    r"|borst(?:omvang)?|heup(?:omvang)?|binnenbeen\w*|biust|talia|biodra|br[öo]st(?:vidd)?"
    r"|midja|h[öo]ft(?:vidd)?|innerben\w*)(?![^\W\d_])",
    re.I,
)


def charts_body_measures(page: PageLayout) -> bool:
    """A page with a table whose column titles (in its first `TITLE_ROWS` rows) or row
    titles (its first column) name `MIN_MEASURES` body measures at least: a size chart."""
    for block in page.blocks:
        if block.kind != "table" or not block.rows:
            continue
        titles = [c for row in block.rows[:TITLE_ROWS] for c in row]
        titles += [row[0] for row in block.rows if row]
        measures = {
            m.group(0).lower()
            for cell in titles
            if len(cell.strip()) <= MAX_TITLE_CHARS and (m := _BODY_MEASURE.match(cell.strip()))
        }
        if len(measures) >= MIN_MEASURES:
            return True
    return False


def presents_a_size_guide(page: PageLayout, measured: bool) -> bool:
    """A page titled as a size guide (a heading or header in its top third names one,
    `notices.top_titles`) that prints no price, in a document that charts body measures by
    size (`measured`: any of its pages `charts_body_measures`)."""
    if not measured or _prices_anything(page):
        return False
    return any(_GUIDE_TITLE.search(b.text) for b in top_titles(page))


def _prices_anything(page: PageLayout) -> bool:
    """A price anywhere on the page: in a block's text or a table's cells."""
    return any(
        PRICE.search(b.text) or any(PRICE.search(c) for row in b.rows or [] for c in row)
        for b in page.blocks
    )
