"""The field-status layer: what a field's text says about the existence of its value."""

from __future__ import annotations

import re

from orgkg.model import FieldStatus

# Status phrases, checked in this order. The first that matches a field's text decides
# the status when no value could be read.
NOT_PUBLIC = re.compile(
    r"\bnot\s+(?:publicly\s+)?(?:specified|published|disclosed|available|reported|known)\b"
    r"|\bunknown\b|\bundisclosed\b|\bnot made public\b",
    re.I,
)
NOT_APPLICABLE = re.compile(
    r"\bnot applicable\b|^n/?a\.?$|\bdoes not have traditional\b|\bdoes not have (?:a |an )?(?:formal )?",
    re.I,
)
EXPLICIT_NONE = re.compile(
    r"^none\b|^no\b|\bno (?:formal |dedicated |single )?\w+|\bhas no\b|\bwithout (?:a |any )?\w+"
    r"|\bnot under\b|\bdoes not (?:directly )?(?:oversee|have|employ)\b|\bnot established by\b",
    re.I,
)


def status_from_text(text: str) -> FieldStatus:
    if not text.strip():
        return FieldStatus.EMPTY
    for pattern, status in (
        (NOT_PUBLIC, FieldStatus.NOT_PUBLICLY_SPECIFIED),
        (NOT_APPLICABLE, FieldStatus.NOT_APPLICABLE),
        (EXPLICIT_NONE, FieldStatus.EXPLICITLY_NONE),
    ):
        if pattern.search(text):
            return status
    return FieldStatus.STATED
