"""Services provided and regulations overseen: free-text lists."""

from __future__ import annotations

import re

from orgkg.model import Field, FieldStatus, Identity, RegulatoryScope, Service, Severity

from . import lexicon
from .budget import Finding
from .reader import ReaderResult
from .text import clean, split_list

_NO_SERVICE = re.compile(
    rf"(?<!\w)(?:{lexicon.alternation(w for (w,) in lexicon.table('no-service-phrases'))})(?!\w)", re.I
)
_NOT_OWN_SERVICE = re.compile(
    rf"(?<!\w)(?:{lexicon.alternation(w for (w,) in lexicon.table('not-own-service-cues'))})(?!\w)", re.I
)


def read_services(field: Field, identity: Identity) -> ReaderResult:
    text = field.text
    if field.items and all(item.bullet for item in field.items):
        parts = [clean(item.text) for item in field.items]
    elif _NO_SERVICE.search(text):
        return [], FieldStatus.EXPLICITLY_NONE  # "does not provide direct services": none named
    elif _NOT_OWN_SERVICE.search(text):
        return [], None  # another body's, former or planned services: the statement keeps the text
    else:
        text = re.sub(r"^[^,]*?\b(?:provides|offers|delivers)\s+", "", text, flags=re.I)
        parts = split_list(text, on_and=False)
    return [Service(p) for p in parts if p], None


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
    if re.search(r"\bdoes not\b|\bno regulat|^none\b|\bnot (?:a )?regulat", text, re.I):
        return [], FieldStatus.EXPLICITLY_NONE
    scope = re.sub(r"^[^,]*?\b(?:oversees|enforces|administers|regulates)\s+", "", text, flags=re.I)
    return [RegulatoryScope(p) for p in split_list(scope, on_and=False) if p], None
