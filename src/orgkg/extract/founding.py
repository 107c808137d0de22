"""Founding: date, founders, legal basis and the founding act (Legislation; History as fallback)."""

from __future__ import annotations

import re
from dataclasses import replace

from orgkg.model import DateValue, Fact, Field, FieldFacts, FieldStatus, Founding, Identity, Mention, Profile

from . import lexicon
from .dates import find_dates, most_precise
from .names import is_proper_name, mention, person
from .reader import ReaderResult
from .text import clean

# The agent after "founded by": it never crosses another "by", and a period only ends it
# when it is not an initial ("Harry S. Truman").
_AGENT_END = r"(?=\s+(?:in|on|through|via|under|with|as)\b|[,;]|(?<!\b[A-Z])\.|$)"
FOUNDED_BY = re.compile(
    r"\b(?:launched|founded|established|created|initiated|started|set up|formed|chartered)"
    rf"\s+(?:\w+\s+){{0,3}}?by\s+(?P<who>(?:(?!\bby\b)[^,;])+?){_AGENT_END}",
    re.I,
)
SIGNED_BY = re.compile(rf"\bsigned(?:\s+into\s+law)?\s+by\s+(?P<who>(?:(?!\bby\b)[^,;])+?){_AGENT_END}", re.I)
_ACT = re.compile(
    r"(?P<act>(?<![\w'’.-])(?:[A-Z][\w'’.-]*\s+)"
    rf"(?:(?:[A-Z][\w'’.-]*|{lexicon.alternation(g.word for g in lexicon.name_glue() if g.in_acts)})\s+){{0,20}}Act"
    r"(?:\s+of\s+\d{4})?)"
)
_NO_LEGISLATION = re.compile(r"\bnot\s+(?:established|created)\s+by\s+(?:\w+\s+)?(?:legislation|law|statute)", re.I)
_STATUTE = re.compile(
    r"\bRegulation\s+\((?:EU|EC|EEC)\)|"
    r"(?<!not )\b(?:established|created|enacted)\s+by\s+(?:an?\s+)?(?:act|statute|law)\b"
    r"|\bact of (?:congress|parliament)\b",
    re.I,
)
_EXECUTIVE = re.compile(
    r"\bexecutive\s+(?:action|order)\b|\bpresidential\s+(?:memorandum|directive)\b|\broyal\s+decree\b", re.I
)
_ASSOCIATION = re.compile(
    r"\bregistered\s+(?:as\s+)?(?:an?\s+)?(?:association|charity|society|non-?profit)\b|\be\.\s?V\.", re.I
)
LEGAL_INSTRUMENT = re.compile(rf"\b(?:{lexicon.alternation(lexicon.legal_instruments())})\b", re.I)
_FOUNDED_IN = re.compile(r"\b(?:launched|founded|established|created|formed|set up)\s+in\s+(?P<year>\d{4})\b", re.I)


def read_founding(field: Field, _: Identity) -> ReaderResult:
    text = field.text
    act = None
    if not _NO_LEGISLATION.search(text):
        found = _ACT.search(text)
        act = found["act"] if found else None
        if act:
            act = re.sub(r"^(?:Established|Created|Enacted|Authorized|Founded)\s+by\s+(?:the\s+)?", "", act)
    founder = None
    phrase = founder_phrase(text)
    if phrase:
        founder = person(phrase) or _org_founder(phrase)
    signer_match = SIGNED_BY.search(text)
    signer = person(signer_match["who"]) if signer_match else None
    if _EXECUTIVE.search(text) or (founder and founder.kind == "person" and not act):
        basis = "executiveAction" if _EXECUTIVE.search(text) or "President" in text else None
    else:
        basis = None
    if act or _STATUTE.search(text):
        basis = "statute"
    elif _ASSOCIATION.search(text):
        basis = "registeredAssociation"
    dates = [value for _, value in find_dates(text)]
    date = most_precise(dates)
    if not (act or founder or date or basis):
        return [], None
    founding = Founding(
        date=date,
        founder=founder,
        legal_basis=basis,
        act=act,
        act_date=date if act else None,
        act_passed_by=signer if act else None,
    )
    return [founding], None


def _org_founder(text: str) -> Mention | None:
    text = clean(text)
    return mention(text) if is_proper_name(text) and not re.search(r"\d", text) else None


def founder_phrase(text: str) -> str | None:
    """The phrase after "founded by" etc. that names an agent (a named act is no founder)."""
    for match in FOUNDED_BY.finditer(text):
        who = clean(match["who"])
        if not (LEGAL_INSTRUMENT.search(who) or re.search(r"\blegislation\b", who, re.I)):
            return who
    return None


def founding_from_history(fields: list[FieldFacts], profile: Profile) -> list[FieldFacts]:
    """No Legislation date? "Launched in 2011" in History or the intro dates the founding."""
    if any(isinstance(f, Founding) and f.date for ff in fields for f in ff.facts):
        return fields
    for index, field_facts in enumerate(fields):
        if field_facts.slug not in {"history", "intro"}:
            continue
        match = _FOUNDED_IN.search(field_facts.verbatim)
        if match:
            founding = Founding(date=DateValue(int(match["year"])))
            fields[index] = _with_fact(field_facts, founding)
            break
    return fields


def _with_fact(field_facts: FieldFacts, fact: Fact) -> FieldFacts:
    status = FieldStatus.STATED if field_facts.status != FieldStatus.EMPTY else field_facts.status
    return replace(field_facts, facts=(*field_facts.facts, fact), status=status)
