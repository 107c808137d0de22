"""Per-field diagnostics: invalid dates, agents that look like addresses, unstructured fields."""

from __future__ import annotations

import re
from types import MappingProxyType

from orgkg.model import Diagnostic, Fact, Field, FieldStatus, Profile, Severity

from .address import address_findings
from .budget import budget_findings, headcount_findings
from .dates import bad_dates
from .founding import LEGAL_INSTRUMENT, founded_by_agents, signed_by_agents
from .history import history_findings
from .names import PERSON_TITLES
from .parent import parent_findings
from .people import leader_findings
from .text import clean

# Fields where a structured value is expected: saying nothing about them is worth a note.
_STRUCTURED_FIELDS = frozenset(
    {
        "Parent organization",
        "Legislation",
        "Partners",
        "Number of employees",
        "Leader",
        "Divisions",
        "List of programs",
        "Last total enacted budget",
        "Headquarters address",
    }
)
# Why a number field gave no value (budget.py): currency apart from the amount, unreadable digits.
_NUMBER_FINDINGS = MappingProxyType(
    {
        "Last total enacted budget": budget_findings,
        "Number of employees": headcount_findings,
        "Staff": headcount_findings,
    }
)
# An agent that looks like an address: a house number first, or a ZIP code anywhere. Two
# patterns, so the house number is only tried at the start (a "^" inside an alternation is
# tried at every position by search, which the regex safety test cannot tell apart).
_HOUSE_NUMBER = re.compile(r"\d+[A-Za-z]?\s+\w")
_ZIP_CODE = re.compile(r"\b\d{5}(?:-\d{4})?\b")


def field_diagnostics(profile: Profile, field: Field, facts: list[Fact], status: FieldStatus) -> list[Diagnostic]:
    found: list[Diagnostic] = []

    def at(severity: Severity, code: str, message: str, needle: str = "") -> None:
        line = next((item.line for item in field.items if needle and needle in item.text), None)
        line = line or (field.items[0].line if field.items else field.heading_line)
        found.append(Diagnostic(severity, code, message, profile.source, line, field.name))

    if field.name in {"Legislation", "History"}:
        for bad in bad_dates(field.text):
            at(Severity.VIOLATION, "extract.unparsable-date", f"'{bad}' is not a valid date", bad)
    if field.name == "Legislation":
        for role, agents in (("founder", founded_by_agents), ("signer", signed_by_agents)):
            for who in agents(field.text):
                agent = PERSON_TITLES.sub("", clean(who))
                address_like = _HOUSE_NUMBER.match(agent) or _ZIP_CODE.search(agent)
                if address_like and not LEGAL_INSTRUMENT.search(agent):
                    at(
                        Severity.VIOLATION,
                        f"extract.{role}-not-a-person",
                        f"{role} '{agent}' looks like an address, not a person or organization",
                        agent,
                    )
    if field.name in _NUMBER_FINDINGS and status == FieldStatus.STATED and not facts and field.text:
        for finding in _NUMBER_FINDINGS[field.name](field.text):
            at(finding.severity, finding.code, finding.message, finding.needle)
    if field.name == "Headquarters address" and status == FieldStatus.STATED:
        for finding in address_findings(field):  # also when only some components were read
            at(finding.severity, finding.code, finding.message, finding.needle)
    if field.name == "Parent organization" and status == FieldStatus.STATED and not facts:
        for finding in parent_findings(field.text):  # a post ("Minister for ...") after a parent cue
            at(finding.severity, finding.code, finding.message, finding.needle)
    if field.name == "History" and status == FieldStatus.STATED:
        for finding in history_findings(field.text, facts):  # a history verb about it, no event read
            at(finding.severity, finding.code, finding.message, finding.needle)
    if field.name == "Leader" and status == FieldStatus.STATED:
        for finding in leader_findings(field):  # "Role: <a holder not read as a person>": no post
            at(finding.severity, finding.code, finding.message, finding.needle)
    if field.name in _STRUCTURED_FIELDS and status == FieldStatus.STATED and not facts and field.text:
        at(Severity.INFO, "extract.unstructured", f"no structured value recognised in '{field.name}'; kept as text")
    return found
