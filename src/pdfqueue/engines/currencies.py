"""Currencies as documents print them: the one place their marks and codes are listed.

A price is an amount with a currency before it ("$4.99", "EUR 12") or after it ("12,50 €",
"11.790 TL"), a tax marker glued to it or not ("431,00 €HT"); a rate board lists currencies by
ISO 4217 code; OCR may read a currency mark as a word of its own beside a price ("€" "12,50").
Each use reads its list from here."""

from __future__ import annotations

import re

# written before the amount, or after it ("$4.99", "4,99 €", "EUR 12", "12 CHF", "Rp 15.000");
# a currency's ISO code may lead its amount as well as follow it ("DKK 899", "SEK 1 299"; not
# "RON": a fuel's octane rating, "RON 95"); Brazil's real leads its amount as "R$ 389,90"
BEFORE_AMOUNT = r"R\$|[$€£¥]|USD|EUR|GBP|CHF|US\$|Rp\.?|SEK|NOK|DKK|PLN|CZK|HUF"
# written only after the amount ("11.790 TL", "249,00 zł", "1 290 Kč", "349 kr"; "349 Kr" as
# price tags capitalise it; "8.490.000₫" and "8.490.000đ" as Vietnamese shops write the dong;
# "2 999 грн" as Ukrainian shops write the hryvnia)
AFTER_AMOUNT = (
    r"TL|₺|zł|Kč|[kK]r|lei|Ft|руб\.?|₽|грн\.?|₴|UAH|PLN|CZK|SEK|NOK|DKK|TRY|HUF|RON|₫|đ|VND"
)
# a currency printed as a word of its own (a column's "€", a price box's "Rp")
ALONE = re.compile(r"^(?:[€$£]|EUR|USD|GBP|CHF|Rp|RM|฿|₽|грн|₴|zł|Kč|kr|₫|VND)\.?$", re.I)
# the currencies a rate board lists (ISO 4217): the majors and the ones banks post
ISO_CODES = frozenset(
    re.findall(
        r"[A-Z]{3}",
        "EUR USD GBP CHF JPY CAD AUD NZD SEK NOK DKK PLN CZK HUF RON BGN HRK ISK TRY RUB UAH CNY "
        "HKD SGD TWD KRW INR IDR THB MYR PHP VND AED SAR QAR KWD BHD OMR ILS EGP MAD TND ZAR NGN "
        "KES BRL MXN ARS CLP COP PEN RSD MKD BAM GEL KZT",
    )
)

_NUMBER = r"\d(?:[\d.,' ]*\d)?"
# the South African rand, a capital R before an amount with its cents ("R 64,99", "R1 299.00");
# not a tyre's rim ("R15") nor a radius without cents
_RAND = r"(?<![\w/$])R\s?\d{1,3}(?:[ ,]\d{3})*[.,]\d{2}(?![\d%])"
# a tax marker a price list may set against its currency with no space ("431,00 €HT", "€TTC")
_TAX_MARK = r"(?:HT|TTC|HTVA|TVAC|HTT)(?![A-Za-z\d])"
# a price as printed: an amount with its currency before or after it, or a whole amount whose
# cents are a dash ("4 490,-"), as Scandinavian, German and Dutch sale flyers print prices, or
# Swedish shops with a colon ("4 995:-"; a one-digit "2,-" is read as a big split price)
PRICE = re.compile(
    rf"(?:(?:{BEFORE_AMOUNT})\s?{_NUMBER}(?:[,:]-)?"
    rf"|{_NUMBER}(?:[,:]-)?\s?(?:{BEFORE_AMOUNT}|€)(?:(?![A-Za-z\d])|(?={_TAX_MARK}))"
    rf"|{_NUMBER}(?:[,:]-)?\s?(?:{AFTER_AMOUNT})(?![^\W\d_]|\d)"
    r"|(?<![\d.,])(?:\d{1,3}(?:[ .]\d{3})+|\d{2,3})[,:]-(?![\d-])"
    rf"|{_RAND})"
)
