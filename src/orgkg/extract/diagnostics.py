"""Per-field diagnostics: invalid dates, agents that look like addresses, unstructured fields."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType

from orgkg.model import Diagnostic, Fact, Field, FieldStatus, Profile, Severity

from .address import address_findings
from .budget import Finding, budget_findings, headcount_findings, own_words
from .dates import bad_dates
from .founding import (
    LEGAL_INSTRUMENT,
    catalogue_founding_date,
    described_instruments,
    founded_by_agents,
    signed_by_agents,
    uncertain_own_founding,
)
from .history import history_findings
from .identity import read_identity
from .links import link_findings
from .parent import parent_findings
from .people import leader_findings, without_honorifics
from .services import label_findings, service_findings
from .text import clean, unreal_sentences

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


def _date_findings(field: Field, facts: list[Fact], status: FieldStatus) -> list[Finding]:
    """A written date that is no valid date ("31 February 2001") is a violation, read or not."""
    return [
        Finding(Severity.VIOLATION, "extract.unparsable-date", f"'{bad}' is not a valid date", bad)
        for bad in bad_dates(field.text)
    ]


def _agent_findings(field: Field, facts: list[Fact], status: FieldStatus) -> list[Finding]:
    """A founder or signer that looks like an address was taken from the wrong part of the text."""
    found: list[Finding] = []
    for role, agents in (("founder", founded_by_agents), ("signer", signed_by_agents)):
        for who in agents(field.text):
            agent = without_honorifics(clean(who))
            address_like = _HOUSE_NUMBER.match(agent) or _ZIP_CODE.search(agent)
            if address_like and not LEGAL_INSTRUMENT.search(agent):
                found.append(
                    Finding(
                        Severity.VIOLATION,
                        f"extract.{role}-not-a-person",
                        f"{role} '{agent}' looks like an address, not a person or organization",
                        agent,
                    )
                )
    return found


def _number_findings(profile: Profile, field: Field, facts: list[Fact], status: FieldStatus) -> list[Finding]:
    """Why a stated number field gave no value, told by the organization's own words as its
    reader was ("The ministry employs 12,000" is another body's but in a ministry's profile)."""
    findings = _NUMBER_FINDINGS.get(field.name)
    if findings is None or status != FieldStatus.STATED or facts or not field.text:
        return []
    return findings(field.text, own_words(read_identity(profile)))


def _address_findings(field: Field, facts: list[Fact], status: FieldStatus) -> list[Finding]:
    """Problems of a stated address, also when only some components were read."""
    return address_findings(field) if status == FieldStatus.STATED else []


def _parent_findings(field: Field, facts: list[Fact], status: FieldStatus) -> list[Finding]:
    """A post ("Minister for ...") after a parent cue, where no parent was read."""
    return parent_findings(field.text) if status == FieldStatus.STATED and not facts else []


def _link_findings(field: Field, facts: list[Fact], status: FieldStatus) -> list[Finding]:
    return link_findings(field)


def _history_findings(field: Field, facts: list[Fact], status: FieldStatus) -> list[Finding]:
    """A history verb about the organization with no event read from it."""
    return history_findings(field.text, facts) if status == FieldStatus.STATED else []


def _leader_findings(field: Field, facts: list[Fact], status: FieldStatus) -> list[Finding]:
    """ "Role: <a holder not read as a person>": no post."""
    return leader_findings(field) if status == FieldStatus.STATED else []


def _instrument_findings(field: Field, facts: list[Fact], status: FieldStatus) -> list[Finding]:
    """ "by a Law of the Western Region": an instrument described, not named, read as none."""
    if status != FieldStatus.STATED:
        return []
    return [
        Finding(
            Severity.INFO,
            "extract.instrument-described",
            f"'{name}' describes an instrument without naming it; no legislation read from it",
            name,
        )
        for name in described_instruments(field.text)
    ]


def _catalogue_date_findings(field: Field, facts: list[Fact], status: FieldStatus) -> list[Finding]:
    """ "Dates: ca. 1890", "Dates: 1952?": an approximate catalogue year, read as no founding date."""
    found = catalogue_founding_date(field.text) if status == FieldStatus.STATED else None
    if found is None or not found.uncertain:
        return []
    message = f"'{found.text}' is an approximate date; no founding date read from it (kept as text)"
    return [Finding(Severity.INFO, "extract.uncertain-date", message, found.text)]


# The fields whose founding reading dates the organization itself (founding.py).
_OWN_FOUNDING_FIELDS = frozenset({"History", "Legislation"})


def _approximate_date_findings(profile: Profile, field: Field, status: FieldStatus) -> list[Finding]:
    """ "It was founded c. 1890": the organization's own founding year written approximate,
    which its founding reading refused (no other body's, no other field's)."""
    if field.name not in _OWN_FOUNDING_FIELDS or status != FieldStatus.STATED:
        return []
    phrase = uncertain_own_founding(field, read_identity(profile), profile.intro or "")
    if phrase is None:
        return []
    message = f"'{phrase}' gives an approximate date; no founding date read from it (kept as text)"
    return [Finding(Severity.INFO, "extract.uncertain-date", message, phrase)]


def _unreal_findings(field: Field, facts: list[Fact], status: FieldStatus) -> list[Finding]:
    """A planned, proposed, negated or ended statement ("Chair (proposed): A"): no name read."""
    if status != FieldStatus.STATED:
        return []
    return [
        Finding(
            Severity.INFO,
            "extract.unreal-statement",
            f"'{clean(sentence)}' states no current fact (planned, proposed, negated or ended); "
            "no name read from it, kept as text",
            sentence.strip(),
        )
        for sentence in unreal_sentences(field)
    ]


def _unstructured_findings(field: Field, facts: list[Fact], status: FieldStatus) -> list[Finding]:
    """A stated field where a structured value is expected but none was read: kept as text.
    An unrecognised field (extract/__init__.py) says so with its own code."""
    if status == FieldStatus.UNRECOGNISED:
        return [
            Finding(
                Severity.INFO,
                "extract.unrecognised",
                f"neither a value nor a status recognised in '{field.name}'; kept as text, "
                "field status orgkg:unrecognised",
                "",
            )
        ]
    if field.name in _STRUCTURED_FIELDS and status == FieldStatus.STATED and not facts and field.text:
        return [
            Finding(
                Severity.INFO,
                "extract.unstructured",
                f"no structured value recognised in '{field.name}'; kept as text",
                "",
            )
        ]
    return []


def _service_findings(field: Field, _: list[Fact], status: FieldStatus) -> list[Finding]:
    """Another body's, former or planned services told in prose (services.py)."""
    return service_findings(field) if status == FieldStatus.STATED else []


def _label_findings(field: Field, _: list[Fact], status: FieldStatus) -> list[Finding]:
    """Free-text pieces that read as clauses or fragments, not labels (services.py)."""
    return label_findings(field) if status == FieldStatus.STATED else []


_FieldFindings = Callable[[Field, list[Fact], FieldStatus], list[Finding]]
# The diagnostic readers of each field, in the order their diagnostics are reported.
_FIELD_FINDINGS: Mapping[str, tuple[_FieldFindings, ...]] = MappingProxyType(
    {
        "Legislation": (_date_findings, _agent_findings, _instrument_findings),
        "History": (_date_findings, _history_findings),
        "Headquarters address": (_address_findings,),
        "Parent organization": (_parent_findings,),
        "Leader": (_leader_findings, _unreal_findings),
        "Partners": (_unreal_findings,),
        "Divisions": (_unreal_findings,),
        "Organization structure": (_unreal_findings,),
        "List of programs": (_unreal_findings,),
        "External links": (_link_findings,),
        "Services provided": (_service_findings, _label_findings),
        "Regulations overseen": (_label_findings,),
    }
)


def field_diagnostics(profile: Profile, field: Field, facts: list[Fact], status: FieldStatus) -> list[Diagnostic]:
    """The diagnostics about one field: its own readers' findings, then the unstructured note."""
    readers = (*_FIELD_FINDINGS.get(field.name, ()), _catalogue_date_findings)
    # an unrecognised field is text read as if stated: its readers' findings say why no value came
    read_as = FieldStatus.STATED if status is FieldStatus.UNRECOGNISED else status
    findings = _number_findings(profile, field, facts, read_as)  # needs the profile's identity
    findings += [finding for reader in readers for finding in reader(field, facts, read_as)]
    findings += _approximate_date_findings(profile, field, read_as)  # needs the profile's identity
    findings += _unstructured_findings(field, facts, status)
    return [_diagnostic(profile, field, finding) for finding in findings]


def _diagnostic(profile: Profile, field: Field, finding: Finding) -> Diagnostic:
    """A finding placed on the line of the first item that contains its needle, else on the
    field's first line."""
    needle = finding.needle
    line = next((item.line for item in field.items if needle and needle in item.text), None)
    line = line or (field.items[0].line if field.items else field.heading_line)
    return Diagnostic(finding.severity, finding.code, finding.message, profile.source, line, field.name)
