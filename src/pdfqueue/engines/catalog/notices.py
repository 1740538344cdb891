"""Pages that are recall notices, not offers: a page titled as a product recall (a safety
notice, a withdrawal) names the product, its pack and its batches so that buyers return it;
it offers nothing and yields no products. Nor does a ruling (a customs authority's advance or
binding tariff classification, an origin or a valuation ruling): titled as the decision it is,
it lists the models it covers, their specifications and commodity codes, and decides how they
are classified, selling none of them. Nor does a magazine's review of products (a group
test: each one pictured, priced and judged, a verdict), which judges what it shows and sells
none of it."""

from __future__ import annotations

import re

from pdfqueue.engines.layout import Block, PageLayout

# a recall or a safety notice names itself so in its title (in the languages catalogs come in)
_NOTICE_TITLE = re.compile(
    r"\b(?:(?:product\s+)?recall|safety\s+(?:notice|warning|alert)|product\s+withdrawal"
    r"|(?:produkt)?r[üu]ckruf|rappel\s+(?:de\s+)?(?:produits?|conso)|retirada\s+de\s+producto"
    r"|richiamo|terugroep(?:actie)?|återkallelse|tilbagekaldelse"
    # Ukrainian, Russian, Polish, Czech, Greek, Romanian, Croatian: "ВІДКЛИКАННЯ ПРОДУКЦІЇ"
    r"|відкликання|отзыв\s+(?:продукции|товара)|wycofanie\s+produktu|stažení\s+výrobku"
    r"|ανάκληση|rechemarea?|povlačenje\s+proizvoda|opoziv)(?![^\W\d_])",
    re.I,
)
# a ruling names itself so in its title: "Advance Tariff Ruling", "Binding Tariff Information",
# "Verbindliche Zolltarifauskunft", "Renseignement tarifaire contraignant", "Classification
# ruling"; a ruling alone ("Ruling pens") is no decision
_RULING_TITLE = re.compile(
    r"\b(?:(?:advance|binding|customs|tariff|classification|origin|valuation)\s+)+rulings?\b"
    r"|\bbinding\s+(?:tariff|origin)\s+information\b"
    r"|\bverbindliche\s+(?:zolltarif|ursprungs)auskunft"
    r"|\brenseignements?\s+(?:tarifaires?|d'origine)\s+contraignants?"
    r"|\binformazion[ei]\s+tariffari[ae]\s+vincolant[ei]"
    r"|\binformaci[óo]n\s+arancelaria\s+vinculante"
    r"|\bbindende\s+tariefinlichting",
    re.I,
)
TITLE_ZONE = 1 / 3  # share of the page's height, from the top, where its title stands


def top_titles(page: PageLayout) -> list[Block]:
    """A page's headings and headers in its top `TITLE_ZONE`: its title among them, a
    letterhead's name too."""
    return [
        b
        for b in page.blocks
        if b.kind in ("heading", "header") and b.top <= TITLE_ZONE * page.height
    ]


def page_title(page: PageLayout) -> str:
    """A page's title: its largest heading in the top third ("" when it has none)."""
    headings = top_titles(page)
    return max(headings, key=lambda b: b.font_size).text if headings else ""


def presents_a_recall(page: PageLayout) -> bool:
    """A page whose title names a product recall or a safety notice."""
    return bool(_NOTICE_TITLE.search(page_title(page)))


def presents_a_ruling(page: PageLayout) -> bool:
    """A page whose title names a customs authority's ruling on goods (`_RULING_TITLE`)."""
    return bool(_RULING_TITLE.search(page_title(page)))


# A magazine's test of products (a group test, a buyer's guide's review) names its products,
# pictures and prices them, but it judges them; it offers none of them. It speaks as a tester:
# a verdict, the pros and cons of each, "we tested". A catalog may print a badge ("Best seller",
# "Testsieger"), a customer rating or quote one line of a magazine's verdict beside a product,
# never the tester's voice in several ways: a page is a review's when it speaks so itself and
# the document speaks so in at least `MIN_REVIEW_KINDS` ways in all. A buyer's guide speaks so
# by its marks out of ten ("SCORE 8/10"), the prices it found in the shops ("Typical price")
# and its method ("How we test"); a catalog's star ratings, "Our pick" and "Best buy" badges
# are not among them.
_REVIEW_EVIDENCE = {
    "verdict": r"(?:our|the|final)\s+verdict|verdict\s*:|fazit|unser\s+urteil|notre\s+verdict"
    r"|le\s+verdict|nuestro\s+veredicto|el\s+veredicto|il\s+(?:nostro\s+)?verdetto"
    r"|ons\s+oordeel|eindoordeel|v[åa]r\s+dom|v[åa]rt\s+omd[öo]me|vores\s+dom|v[åa]r\s+konklusjon",
    "pros and cons": r"\bfor\s*:.{1,200}?\bagainst\s*:|\bpros?\s*:.{1,200}?\bcons?\s*:"
    r"|\bplus(?:punkte)?\s*:.{1,200}?\bminus(?:punkte)?\s*:|\bpro\s*:.{1,200}?\bcontra\s*:"
    r"|points?\s+forts?\s*:.{1,200}?points?\s+faibles?\s*:|\bon\s+aime\s*:.{1,200}?on\s+aime\s+moins"
    r"|ventajas\s*:.{1,200}?inconvenientes\s*:|pregi\s*:.{1,200}?difetti\s*:"
    r"|voordelen\s*:.{1,200}?nadelen\s*:|\bplussar?\s*:.{1,200}?\bminussar?\s*:",
    "tested": r"\bwe\s+(?:tested|tried|compared|rated|put\s+\w+\s+to\s+the\s+test)"
    r"|\b(?:for|in)\s+(?:this|our)\s+(?:group\s+)?test\b(?!\s+(?:kitchens?|labs?|cent(?:re|er)s?))"
    r"|\bgroup\s+test|\bhead-to-head"
    r"|wir\s+haben\s+(?:\S+\s+){0,4}getestet|vergleichstest|nous\s+avons\s+(?:test|compar)\w*"
    r"|banc\s+d'essai|hemos\s+(?:probado|analizado|comparado)|abbiamo\s+(?:provato|testato)"
    r"|wij\s+(?:testten|hebben\s+(?:\S+\s+){0,4}getest)|vi\s+(?:har\s+)?testa(?:t|de)"
    # the test's method and its independence: "How we test", "our testers", "buys every
    # product it tests", "no payment for reviews"
    r"|\bhow\s+we\s+test(?:ed)?\b|\bour\s+testers\b|\bproducts?\s+(?:it|we)\s+tests?\b"
    r"|\bno\s+payment\s+for\s+(?:its\s+)?reviews",
    # a tester's mark out of ten (or a hundred), labelled so: "SCORE 8/10", "Wertung: 85/100"
    # (a customer's rating out of five and a repairability index are no tester's)
    "score": r"(?<!repairability\s)(?<!reparability\s)"
    r"\b(?:score|wertung|testnote|punteggio|puntuaci[óo]n|cijfer|betyg)\s*:?\s*"
    r"\d{1,3}(?:[.,]\d)?\s*/\s*(?:10|100)\b",
    # the price the tester found in the shops, not the writer's own: "Typical price £349"
    "typical price": r"\btypical(?:ly)?\s+(?:price|costs?)\b|\bstreet\s+price\b"
    r"|\bprice\s+when\s+reviewed\b|\bprices?\s+checked\s+(?:on|at)\b|stra(?:ß|ss)enpreis",
}
_REVIEW_PATTERNS = {kind: re.compile(p, re.I | re.S) for kind, p in _REVIEW_EVIDENCE.items()}
MIN_REVIEW_KINDS = 2  # ways a document speaks as a tester


def review_evidence(page: PageLayout) -> set[str]:
    """The kinds of a product review's evidence a page holds (`_REVIEW_EVIDENCE`)."""
    text = " ".join(page.text.split())
    return {kind for kind, pattern in _REVIEW_PATTERNS.items() if pattern.search(text)}


def presents_a_review(page: PageLayout, document_evidence: set[str]) -> bool:
    """A page of a magazine's product test: it speaks as a tester itself (a verdict, pros and
    cons, "we tested") and its document does so in `MIN_REVIEW_KINDS` ways
    (`document_evidence`, the union of its pages' `review_evidence`)."""
    return len(document_evidence) >= MIN_REVIEW_KINDS and bool(review_evidence(page))
