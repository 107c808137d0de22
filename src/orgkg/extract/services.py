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
from .text import clean, list_lines, sentences, split_outside_brackets, unmarked_lines

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
# a list's marks before a piece: "(a) ", "iv) ", "1948 → ", "1876–1945 → ", "→ ", "• "
_PIECE_MARK = re.compile(r"\A(?:\(?(?:[a-z]|[ivx]{1,4})\)\s|\d{4}(?:\s?[–-]\s?\d{2,4})?\s?→\s?|[→•·]\s?)")
_MAX_LABEL_WORDS = 15
_NO_REGULATION = re.compile(r"\bdoes not\b|\bno regulat|^none\b|\bnot (?:a )?regulat", re.I)


def field_labels(field: Field, lead: re.Pattern[str]) -> tuple[list[str], list[str]]:
    """The labels of a free-text list field and the pieces refused as clauses or fragments:
    a bulleted or numbered list's items whole (``list_lines``), the prose around them cut."""
    listed = list_lines(field)
    labels: list[str] = []
    refused: list[str] = []
    for line in listed:
        read, left = free_text_labels(line, whole=True)
        labels += read
        refused += left
    read, left = free_text_labels(" ".join(unmarked_lines(field)) if listed else field.text, lead)
    return labels + read, refused + left


def free_text_labels(
    text: str, lead: re.Pattern[str] | None = None, *, whole: bool = False
) -> tuple[list[str], list[str]]:
    """The labels of a free-text list and the pieces refused as clauses or fragments;
    ``whole``: the text is one list item, cut only at its semicolons."""
    labels: list[str] = []
    refused: list[str] = []
    for sentence in [text] if whole else sentences(text):
        if lead is not None:
            sentence = lead.sub("", sentence, count=1)
        for piece in split_outside_brackets(sentence, ";" if whole else ",;"):
            label = clean(_PIECE_MARK.sub("", clean(piece)))
            if label:
                (labels if _reads_as_label(label) else refused).append(label)
    return labels, refused


def _reads_as_label(piece: str) -> bool:
    words = piece.split()
    bare = [word.strip("()[]{}\"'“”‘’.,:;!?").lower() for word in words]
    return (
        _brackets_pair(piece)
        and len(words) <= _MAX_LABEL_WORDS
        and ":" not in piece
        and any(len(word) >= 3 and word.isalpha() for word in bare)
        and bare[0] not in lexicon.clause_openers()
        and not any(word in lexicon.sentence_verbs() for word in bare[1:])
    )


def _brackets_pair(text: str) -> bool:
    depth = 0
    for char in text:
        depth += char in "([{"
        depth -= char in ")]}"
        if depth < 0:
            return False
    return depth == 0


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
