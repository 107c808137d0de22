"""Services provided and regulations overseen: free-text lists.

Each sentence is cut at commas and semicolons outside brackets (and not between digits);
a piece loses a list's marks ("(a)", "iv)", "1948 →", "→") and is a label only when it
reads as one: brackets that pair up, a word of three letters, at most 15 words, no colon,
no clause opener first ("It", "Which", "Yes"; ``lexicon/clause-openers.csv``) and no finite
verb after its first word ("… when supplies are disrupted"; ``sentence-verbs.csv``). Other
pieces stay in the field's verbatim text, with an ``extract.label-unread`` note."""

from __future__ import annotations

import re

from orgkg.model import Field, FieldStatus, Identity, RegulatoryScope, Service, Severity

from . import lexicon
from .budget import Finding
from .reader import ReaderResult
from .text import field_labels, list_lines, unmarked_lines

_NO_SERVICE = re.compile(
    rf"(?<!\w)(?:{lexicon.alternation(w for (w,) in lexicon.table('no-service-phrases'))})(?!\w)", re.I
)
_NOT_OWN_SERVICE = re.compile(
    rf"(?<!\w)(?:{lexicon.alternation(w for (w,) in lexicon.table('not-own-service-cues'))})(?!\w)", re.I
)


def read_services(field: Field, identity: Identity) -> ReaderResult:
    if _prose_without_own_services(field):
        # "does not provide direct services": none named; another body's, former or planned
        # services: the statement keeps the text
        return [], FieldStatus.EXPLICITLY_NONE if _NO_SERVICE.search(field.text) else None
    return [Service(label) for label in field_labels(field, _SERVICE_LEAD)[0]], None


def _prose_without_own_services(field: Field) -> bool:
    """Prose (not only a list) that names no service or only another body's."""
    prose = not list_lines(field) or bool(unmarked_lines(field))
    return prose and bool(_NO_SERVICE.search(field.text) or _NOT_OWN_SERVICE.search(field.text))


# "AMP provides …", "The office offers …": the subject and verb before the list
_SERVICE_LEAD = re.compile(r"^[^,]*?\b(?:provides|offers|delivers)\s+", re.I)
_REGULATION_LEAD = re.compile(r"^[^,]*?\b(?:oversees|enforces|administers|regulates)\s+", re.I)
_NO_REGULATION = re.compile(r"\bdoes not\b|\bno regulat|^none\b|\bnot (?:a )?regulat", re.I)


def label_findings(field: Field) -> list[Finding]:
    """The pieces of a Services provided or Regulations overseen text that read as clauses or
    fragments, not labels (``free_text_labels``): kept as text only."""
    regulations = field.name == "Regulations overseen"
    if regulations and _NO_REGULATION.search(field.text):
        return []
    if not regulations and _prose_without_own_services(field):
        return []  # read as none or as not the organization's own: no label was looked for
    refused = field_labels(field, _REGULATION_LEAD if regulations else _SERVICE_LEAD)[1]
    return [
        Finding(
            Severity.INFO,
            "extract.label-unread",
            f"'{piece}' reads as a clause or a fragment, not a label; kept as text",
            piece,
        )
        for piece in refused
    ]


def service_findings(field: Field) -> list[Finding]:
    """Why a Services provided text told in prose gave no service: another body's, former or
    planned services (the cue is named)."""
    if (field.items and all(item.bullet for item in field.items)) or _NO_SERVICE.search(field.text):
        return []
    cue = _NOT_OWN_SERVICE.search(field.text)
    if cue is None:
        return []
    message = (
        f"the services are not the organization's own now ('{cue[0]}': another body's, former or planned); kept as text"
    )
    return [Finding(Severity.INFO, "extract.services-not-own", message, cue[0])]


def read_regulations(field: Field, _: Identity) -> ReaderResult:
    text = field.text
    if _NO_REGULATION.search(text):
        return [], FieldStatus.EXPLICITLY_NONE
    return [RegulatoryScope(label) for label in field_labels(field, _REGULATION_LEAD)[0]], None
