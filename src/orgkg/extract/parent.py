"""Parent organization and coordinator."""

from __future__ import annotations

import re

from orgkg.model import Coordinator, Fact, Field, FieldStatus, Identity, Parent

from .names import first_proper, is_proper_name, mention
from .reader import ReaderResult
from .text import clean

_COORDINATED = re.compile(
    r"\b(?:coordinated|hosted|convened|managed|administered|overseen|supported)\s+by\s+(?P<rest>.+)",
    re.I,
)
_NO_PARENT = re.compile(r"^none\b|\bindependent\b|\bnot (?:under|part of)\b|\bno (?:single )?parent\b", re.I)


def read_parent(field: Field, _: Identity) -> ReaderResult:
    text = field.text
    facts: list[Fact] = []
    coordinated = _COORDINATED.search(text)
    if coordinated:
        coordinator = first_proper(coordinated["rest"])
        if coordinator:
            facts.append(Coordinator(coordinator))
    if _NO_PARENT.search(text):
        return facts, FieldStatus.EXPLICITLY_NONE
    if coordinated:
        return facts, FieldStatus.STATED
    scope = re.sub(
        r"^(?:it is\s+)?(?:(?:an?|the)\s+)?(?:part|agency|unit|division|component"
        r"|subsidiary|office|bureau)\s+(?:of|within|under)\s+",
        "",
        text,
        flags=re.I,
    )
    whole = clean(scope)
    if is_proper_name(whole.replace(",", " ")) and len(whole.split()) <= 12:
        parent = mention(whole)  # "Department for Science, Innovation and Technology"
    else:
        parent = first_proper(scope)
    if parent:
        facts.append(Parent(parent))
    return facts, None
