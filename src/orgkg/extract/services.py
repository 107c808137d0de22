"""Services provided and regulations overseen: free-text lists."""

from __future__ import annotations

import re

from orgkg.model import Field, FieldStatus, Identity, RegulatoryScope, Service

from .reader import ReaderResult
from .text import clean, split_list


def read_services(field: Field, identity: Identity) -> ReaderResult:
    text = field.text
    if field.items and all(item.bullet for item in field.items):
        parts = [clean(item.text) for item in field.items]
    else:
        text = re.sub(r"^[^,]*?\b(?:provides|offers|delivers)\s+", "", text, flags=re.I)
        parts = split_list(text, on_and=False)
    return [Service(p) for p in parts if p], None


def read_regulations(field: Field, _: Identity) -> ReaderResult:
    text = field.text
    if re.search(r"\bdoes not\b|\bno regulat|^none\b|\bnot (?:a )?regulat", text, re.I):
        return [], FieldStatus.EXPLICITLY_NONE
    scope = re.sub(r"^[^,]*?\b(?:oversees|enforces|administers|regulates)\s+", "", text, flags=re.I)
    return [RegulatoryScope(p) for p in split_list(scope, on_and=False) if p], None
