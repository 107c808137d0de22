"""Amounts, multipliers and currencies."""

from __future__ import annotations

import csv
import re
from functools import cache

from orgkg.resources import data_file

QUALIFIER = (
    r"(?P<qual>about|approximately|approx\.|around|roughly|over|more than|nearly|almost|some"
    r"|fewer than|less than|under|circa|ca\.|~|an estimated)"
)
MULTIPLIERS = {
    "thousand": 3,
    "k": 3,
    "million": 6,
    "mn": 6,
    "m": 6,
    "mio": 6,
    "billion": 9,
    "bn": 9,
    "b": 9,
    "trillion": 12,
    "tn": 12,
}
# Linear time (issue 13 item 6): an amount never starts inside a digit run. No match ends
# between two digits, so such a start only follows a failed attempt one digit earlier that
# tried every amount it could; without the guard finditer rescans a long run from each of
# its digits (quadratic: 53 s for 20,000 digits).
AMOUNT = re.compile(
    r"(?P<pre>[^\d\s(]{1,4}|[A-Z]{3})?\s?(?P<num>(?<!\d)\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<mult>thousand|million|billion|trillion|mn|bn|tn|mio|[kmb])?\b\.?\s*"
    r"(?P<post>[A-Z]{3}\b|dollars|euros?|pounds|yen|yuan|francs|rupees)?",
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
