"""Pages that are a credit agreement, not an offer: a shop's finance agreement (a fixed-sum
loan, a hire purchase, a conditional sale) lists the goods it finances with their codes and
cash prices, then the credit's terms (the amount of credit, the APR, the repayments, the total
payable), a repayment schedule and the parties' signatures. Its goods were bought by one
borrower; it offers none of them.

A document is an agreement's when one of its pages is titled as a credit agreement (a heading
or header in its top third names one) and its pages state the credit's terms in
`MIN_CREDIT_TERMS` ways at least. Such a page yields no products, nor does a page of the same
document that states the terms itself (the goods financed on a page its title was not repeated
on). A catalog that advertises finance ("0% APR, 36 monthly payments of £25", a representative
example) states the terms too, but no page of it is titled as the agreement: it keeps its
products."""

from __future__ import annotations

import re

from pdfqueue.engines.catalog.notices import top_titles
from pdfqueue.engines.layout import DocumentLayout, PageLayout

MIN_CREDIT_TERMS = 2  # kinds of credit term a document (or an untitled page of it) states

# a credit agreement names itself so in its title (in the languages catalogs come in): "Fixed-
# Sum Loan Agreement", "Hire Purchase Agreement", "Kreditvertrag", "Contrat de crédit"; a scan
# may lose an accent
_AGREEMENT_TITLE = re.compile(
    r"\b(?:credit|loan|hire[- ]purchase|conditional\s+sale|finance|instal?ment(?:\s+sale)?)"
    r"\s+(?:agreement|contract)s?\b|\bagreement\s+for\s+(?:credit|a\s+loan|hire[- ]purchase)"
    r"|\bstandard\s+european\s+consumer\s+credit\s+information|\bpre-?contract(?:ual)?\s+credit"
    r"|(?:kredit|darlehens|finanzierungs|teilzahlungs|ratenzahlungs|ratenkredit)vertrag"
    r"|contrat\s+de\s+(?:cr[ée]dit|pr[êe]t|financement|location[- ]vente)"
    r"|offre\s+(?:pr[ée]alable\s+)?de\s+(?:cr[ée]dit|pr[êe]t)"
    r"|contrato\s+de\s+(?:cr[ée]dito|pr[ée]stamo|financiaci[oó]n|financiamento|empr[ée]stimo"
    r"|compraventa\s+a\s+plazos)|contratto\s+di\s+(?:credito|prestito|finanziamento)"
    r"|(?:krediet|lenings|financierings|huurkoop)overeenkomst|overeenkomst\s+van\s+geldlening"
    r"|kreditavtal|l[åa]neavtal|avbetalningskontrakt|kreditaftale|l[åa]neaftale|kredittavtale"
    r"|l[åa]neavtale|luottosopimus|lainasopimus|umowa\s+(?:o\s+)?(?:kredyt|po[żz]yczk)\w*"
    r"|smlouva\s+o\s+(?:[úu]v[ěe]ru|z[áa]p[ůu]j[čc]ce)|[úu]v[ěe]rov[áa]\s+smlouva",
    re.I,
)

# the terms of a credit, by kind: its rate, its amount, what is paid back in all, the
# instalments (in the languages catalogs come in)
_CREDIT_TERMS = {
    "rate": r"\bAPR\b|annual\s+percentage\s+rate|rate\s+of\s+interest|interest\s+rate"
    r"|effektive[rn]?\s+jahreszins|sollzins|\bTAEG?\b|taux\s+(?:annuel\s+effectif|d[ée]biteur)"
    r"|tipo\s+(?:de\s+inter[ée]s|deudor)|tasso\s+(?:annuo\s+effettivo|debitore|di\s+interesse)"
    r"|jaarlijks\w*\s+kostenpercentage|debetrentevoet|effektiv\s+r[äa]nta|[åa]rlige?\s+omkostning"
    r"|\bRRSO\b|\bRPSN\b",
    "amount": r"amount\s+of\s+(?:the\s+)?(?:credit|loan)|(?:credit|loan)\s+amount"
    r"|amount\s+(?:borrowed|financed)|(?:darlehens|kredit)betrag"
    r"|montant\s+(?:total\s+)?du\s+(?:cr[ée]dit|pr[êe]t)|montant\s+emprunt[ée]"
    r"|importe\s+(?:total\s+)?del\s+(?:cr[ée]dito|pr[ée]stamo)"
    r"|importo\s+(?:totale\s+)?del\s+(?:credito|prestito|finanziamento)|kredietbedrag|leenbedrag"
    r"|kreditbelopp|l[åa]nebel(?:opp|øb|[øo]p)|kwota\s+kredytu|v[ýy][šs]e\s+[úu]v[ěe]ru",
    "total": r"total\s+(?:amount\s+)?(?:payable|repayable|to\s+(?:re)?pay)"
    r"|total\s+(?:charge|cost)\s+(?:for|of)\s+(?:the\s+)?credit|gesamtkosten\s+des\s+kredits"
    r"|zu\s+zahlender\s+gesamtbetrag|montant\s+total\s+d[ûu]|co[ûu]t\s+total\s+du\s+cr[ée]dit"
    r"|importe\s+total\s+adeudado|coste\s+total\s+del\s+cr[ée]dito|importo\s+totale\s+dovuto"
    r"|costo\s+totale\s+del\s+credito|totaal\s+te\s+betalen|totale\s+kosten\s+van\s+het\s+krediet"
    r"|totalt\s+(?:att\s+)?betala|ca[łl]kowita\s+kwota\s+do\s+zap[łl]aty",
    "instalments": r"\b(?:monthly\s+)?repayments?\b|\bmonthly\s+(?:payments?|instal?ments?)"
    r"|monatliche\s+rate|monatsrate|mensualit[ée]s?|cuotas?\s+mensual(?:es)?|rate\s+mensili"
    r"|maandtermijn|maandelijkse\s+termijn|m[åa]nadsbelopp|m[åa]nedlig\s+ydelse"
    r"|rata\s+miesi[ęe]czna|m[ěe]s[íi][čc]n[íi]\s+spl[áa]tka",
}
_TERM_PATTERNS = {kind: re.compile(p, re.I) for kind, p in _CREDIT_TERMS.items()}


def credit_terms(page: PageLayout) -> set[str]:
    """The kinds of credit term a page states (`_CREDIT_TERMS`)."""
    text = " ".join(page.text.split())
    return {kind for kind, pattern in _TERM_PATTERNS.items() if pattern.search(text)}


def titled_as_an_agreement(page: PageLayout) -> bool:
    """A heading or header in the page's top third names a credit agreement."""
    return any(_AGREEMENT_TITLE.search(b.text) for b in top_titles(page))


def credit_agreement_pages(document: DocumentLayout) -> set[int]:
    """The numbers of the pages that are a credit agreement's: in a document titled as one on
    some page and stating `MIN_CREDIT_TERMS` kinds of credit term, each page titled so or
    stating that many itself."""
    titled = {p.page_number for p in document.pages if titled_as_an_agreement(p)}
    if not titled:
        return set()
    terms = {p.page_number: credit_terms(p) for p in document.pages}
    if len(set().union(*terms.values())) < MIN_CREDIT_TERMS:
        return set()
    return titled | {n for n, kinds in terms.items() if len(kinds) >= MIN_CREDIT_TERMS}
