"""Money and counts: budget, headcount (Number of employees, Staff) and funding sources."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from orgkg.model import Budget, EmployeeCount, Field, FieldStatus, FundingSource, Identity, OrgKind

from .dates import YEAR
from .numbers import AMOUNT, MULTIPLIERS, QUALIFIER, currency
from .reader import ReaderResult
from .status import NOT_PUBLIC
from .text import clean, split_list

# Linear time (issue 13 item 6): a number never starts inside a digit run or right after a
# thousands separator. finditer would otherwise retry at every digit of a long run and scan
# to its end each time (quadratic: 77 s for 20,000 digits); such a restart can only succeed
# where the attempt one character earlier already did.
_NO_RESTART = r"(?<!\d)(?<!\d[,\u00a0\u202f ])"
_HEADCOUNT = re.compile(
    rf"(?:{QUALIFIER}\s*)?(?P<num>{_NO_RESTART}\d{{1,3}}(?:[,\u00a0\u202f ]\d{{3}})+|(?<!\d)\d+)(?!\s*[-/]\d)"
    r"(?:\s+(?P<unit>[a-z][a-z -]*?))?(?=\s*(?:\(|plus\b|\band\b|as of\b|in \d{4}|[,;.]|$))",
    re.I,
)
_FISCAL = re.compile(
    r"\b(?:FY|fiscal\s+year)\s*(?P<fy>\d{4})\b|\b(?P<start>\d{4})\s*[/–-]\s*(?P<end>\d{2,4})\b|\((?P<year>\d{4})\)",
    re.I,
)


def read_headcount(field: Field, _: Identity) -> ReaderResult:
    text = field.text
    for match in _HEADCOUNT.finditer(text):
        digits = re.sub(r"\D", "", match["num"])
        if len(digits) > 15:  # no organization has a quadrillion staff; int() of huge runs is slow
            continue
        number = int(digits)
        if YEAR.fullmatch(match["num"]) and "(" in text[max(0, match.start() - 1) : match.start()]:
            continue  # "(2024)" is the as-of year, not a count
        as_of = re.search(r"\((?:as of\s+|in\s+)?(\d{4})\)|\bas of\s+(?:\w+\s+)?(\d{4})", text[match.end() :])
        return [
            EmployeeCount(
                value=number,
                verbatim=text,
                qualifier=(match["qual"] or "").lower() or None,
                as_of=int(as_of[1] or as_of[2]) if as_of else None,
                unit_text=clean(match["unit"]) if match["unit"] else None,
            )
        ], None
    return [], None


def read_budget(field: Field, identity: Identity) -> ReaderResult:
    text = field.text
    if NOT_PUBLIC.search(text):
        return [], FieldStatus.NOT_PUBLICLY_SPECIFIED
    for match in AMOUNT.finditer(text):
        code = currency(match["pre"]) or currency(match["post"])
        if not code:
            continue
        try:
            amount = Decimal(match["num"].replace(",", ""))
        except InvalidOperation:
            continue
        multiplier = (match["mult"] or "").lower()
        if multiplier:
            amount = amount.scaleb(MULTIPLIERS[multiplier])
        amount = amount.normalize()
        if amount == amount.to_integral_value():
            try:
                amount = amount.quantize(Decimal(1))
            except InvalidOperation:  # more digits than a decimal context holds: not a budget
                continue
        fiscal = _FISCAL.search(text)
        fiscal_year = None
        us_fy = False
        if fiscal:
            if fiscal["fy"]:
                fiscal_year = int(fiscal["fy"])
                us_fy = code == "USD" and identity.kind == OrgKind.GOVERNMENT
            elif fiscal["end"]:
                end = fiscal["end"]
                fiscal_year = int(end) if len(end) == 4 else int(fiscal["start"][:2] + end)
            else:
                fiscal_year = int(fiscal["year"])
        return [Budget(amount, code, text, fiscal_year, us_fy)], None
    return [], None


def read_funding(field: Field, _: Identity) -> ReaderResult:
    text = field.text
    tail = re.search(
        r"\b(?:comes?|derived|drawn)\s+from\s+(?P<rest>.+)$|\b(?:funded|financed|supported)\s+(?:by|through)\s+(?P<rest2>.+)$",
        text,
        re.I,
    )
    scope = (tail["rest"] or tail["rest2"]) if tail else text
    labels = [
        re.sub(r"^(?:typically|mainly|mostly|largely|primarily)\s+", "", p, flags=re.I)
        for p in split_list(scope, on_and=False)
    ]
    if len(labels) > 1:
        labels[-1] = re.sub(r"^and\s+", "", labels[-1])
    return [FundingSource(label) for label in labels if label], None
