"""Pages that are a valuation, not an offer: a jeweller's (an auctioneer's, a dealer's)
valuation for insurance describes one client's pieces, each numbered, photographed, weighed and
hallmarked, with the value it would cost to replace, a total and the valuer's signature. It
prices what the client owns; it offers none of it.

A document is a valuation's when one of its pages is titled as one (a heading or header in its
top third: "Valuation for Insurance Purposes", "Insurance appraisal", "Wertgutachten",
"Taxatierapport") and it speaks as one in another way too: values labelled as replacement (or
insured) values, a valuer, "for insurance purposes". Such a page yields no products, nor does a
page of the same document that labels its values so (the items continued on a page its title
was not repeated on). A jeweller's catalog that offers "a free insurance valuation with every
ring" titles no page so, and keeps its products."""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.notices import top_titles
from pdfqueue.engines.layout import DocumentLayout, PageLayout

# a valuation names itself so in its title (in the languages catalogs come in); a service's
# heading ("Valuations", "Free valuation service") is none; a scan may lose an accent
_VALUATION_TITLE = re.compile(
    r"^\s*(?:valuation|appraisal|tasaci[oó]n|expertise|perizia|v[äa]rdering|vurdering"
    r"|wycena)\s*$"
    r"|\b(?:insurance|probate|jewel(?:le)?ry|(?:retail\s+)?replacement)\s+(?:valuation|appraisal)\b"
    r"(?!s|\s+services?)"
    r"|\b(?:valuation|appraisal)\s+(?:for\s+(?:insurance|probate)|certificate|report|schedule)"
    r"|\b(?:certificate|schedule|report)\s+of\s+(?:valuation|appraisal)\b"
    r"|(?:wert|sch[äa]tz(?:ungs)?|schmuck|bewertungs)gutachten|versicherungssch[äa]tzung"
    r"|(?:certificat|rapport)\s+d'expertise|(?:expertise|estimation)\s+(?:pour\s+(?:l'\s?)?|d')assurance"
    r"|(?:certificado|informe)\s+de\s+tasaci[oó]n|tasaci[oó]n\s+(?:para|a\s+efectos\s+de)\s+seguro"
    r"|perizia\s+(?:di\s+stima|assicurativa)|stima\s+(?:per|ai\s+fini)\s+assicurativ\w+"
    r"|taxatie(?:rapport)?\b|v[äa]rderingsintyg|(?:forsikrings)?vurderingsrapport"
    r"|operat\s+szacunkowy|znaleck[ýy]\s+posudek",
    re.I,
)

# what else says a document is a valuation, by kind: its values labelled as what it would
# cost to replace each piece (or what it is insured for), its valuer, its purpose
_VALUATION_EVIDENCE = {
    "replacement value": r"replacement\s+(?:value|cost)|insur(?:ance|ed)\s+value|appraised\s+value"
    r"|value\s+for\s+insurance|wiederbeschaffungs(?:wert|preis)|versicherungswert"
    r"|valeur\s+(?:de\s+remplacement|[àa]\s+neuf|d'assurance|assur[ée]e)"
    r"|valor\s+(?:de\s+reposici[oó]n|asegurad[oa]|a\s+efectos\s+de\s+seguro)"
    r"|valore\s+(?:di\s+(?:sostituzione|rimpiazzo)|assicurativo|assicurato)|vervangingswaarde"
    r"|verzekerde\s+waarde|[åa]teranskaffningsv[äa]rde|f[öo]rs[äa]kringsv[äa]rde"
    r"|genanskaffelses(?:v[æa]rdi|pris)|gjenanskaffelsesverdi|warto[śs][ćc]\s+odtworzeniowa",
    "valuer": r"\bvaluers?\b|\bappraisers?\b|\bgutachter\w*|sachverst[äa]ndige\w*"
    r"|\bexperts?\s+(?:agr[ée][ée]s?|pr[èe]s)|\btasador\w*|\bperito\b|\btaxateur|v[äa]rderingsman"
    r"|vurderingsmand|rzeczoznawc\w+|\bznalec\b",
    "purpose": r"\bfor\s+insurance\s+purposes|zu\s+versicherungszwecken"
    r"|(?:[àa]\s+des\s+fins|pour\s+les\s+besoins)\s+d'assurance|a\s+efectos\s+de\s+seguro"
    r"|ai\s+fini\s+assicurativi|voor\s+verzekeringsdoeleinden|f[öo]r\s+f[öo]rs[äa]kringsändamål",
}
_EVIDENCE_PATTERNS = {kind: re.compile(p, re.I) for kind, p in _VALUATION_EVIDENCE.items()}
LABELLED_VALUES = "replacement value"  # the kind that marks a page of the valuation's items


def valuation_evidence(page: PageLayout) -> set[str]:
    """The kinds of a valuation's evidence a page holds (`_VALUATION_EVIDENCE`)."""
    text = " ".join(page.text.split())
    return {kind for kind, pattern in _EVIDENCE_PATTERNS.items() if pattern.search(text)}


def titled_as_a_valuation(page: PageLayout) -> bool:
    """A heading or header in the page's top third names a valuation."""
    return any(_VALUATION_TITLE.search(b.text.strip()) for b in top_titles(page))


def valuation_pages(document: DocumentLayout) -> set[int]:
    """The numbers of the pages that are a valuation's: in a document titled as one on some
    page and holding other evidence of one, each page titled so or labelling its values as
    replacement values."""
    titled = {p.page_number for p in document.pages if titled_as_a_valuation(p)}
    if not titled:
        return set()
    evidence = {p.page_number: valuation_evidence(p) for p in document.pages}
    if not set().union(*evidence.values()):
        return set()
    return titled | {n for n, kinds in evidence.items() if LABELLED_VALUES in kinds}
