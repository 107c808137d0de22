"""Amounts, multipliers and currencies."""

from __future__ import annotations

import csv
import re
from functools import cache

from orgkg.resources import data_file

from . import lexicon

QUALIFIER = rf"(?P<qual>{lexicon.alternation(lexicon.count_qualifiers())})"
MULTIPLIERS = lexicon.multipliers()
# Longest first; the word boundary after the multiplier makes the order otherwise irrelevant.
_MULTIPLIER_WORDS = lexicon.alternation(sorted(MULTIPLIERS, key=lambda word: (-len(word), word)))
# Linear time (issue 13 item 6): an amount never starts inside a digit run. No match ends
# between two digits, so such a start only follows a failed attempt one digit earlier that
# tried every amount it could; without the guard finditer rescans a long run from each of
# its digits (quadratic: 53 s for 20,000 digits).
AMOUNT = re.compile(
    r"(?P<pre>[^\d\s(]{1,4}|[A-Z]{3})?\s?(?P<num>(?<!\d)\d[\d,]*(?:\.\d+)?)\s*"
    rf"(?P<mult>{_MULTIPLIER_WORDS})?\b\.?\s*"
    rf"(?P<post>[A-Z]{{3}}\b|{lexicon.alternation(lexicon.currency_words())})?",
    re.I,
)


@cache
def _currency_signs() -> list[tuple[str, str]]:
    with data_file("ontology", "currencies.csv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.reader(handle) if row and not row[0].startswith("#")]
    return sorted(((sign, code) for sign, code in rows[1:]), key=lambda r: -len(r[0]))


def currency(sign: str | None) -> str | None:
    """ISO 4217 code for a currency sign, code or word as written, or None."""
    if not sign:
        return None
    sign = sign.strip()
    if re.fullmatch(r"[A-Z]{3}", sign):
        import pycountry

        return sign if pycountry.currencies.get(alpha_3=sign) else None
    for candidate, code in _currency_signs():
        if sign.casefold() == candidate.casefold():
            return code
    return None
