"""History: renames, mergers, successions and other change events."""

from __future__ import annotations

import re

from orgkg.model import ChangeEvent, DateValue, Fact, Field, Identity

from . import lexicon
from .names import mention, same_name
from .reader import ReaderResult
from .text import SENTENCE_SPLIT, clean, unique

_EVENT_GLUE = lexicon.alternation(g.word for g in lexicon.name_glue() if g.in_events)
_EVENT_NAME = (
    r"(?:the\s+)?(?P<name>(?<![\w.&'’-])[A-Z][\w.&'’-]*"
    rf"(?:\s+(?:(?:{_EVENT_GLUE})\s+){{0,3}}[A-Z][\w.&'’-]*|\s+\d[\d.]{{0,20}}(?![\d.]*\s+\w)){{0,15}})"
)
_EVENT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("evolved", re.compile(rf"\b(?:evolved|developed|grew|was transformed|transformed)\s+into\s+{_EVENT_NAME}")),
    ("renamed", re.compile(rf"\b(?:was\s+)?renamed\s+(?:to\s+|as\s+)?{_EVENT_NAME}")),
    ("merged", re.compile(rf"\bmerged\s+(?:into|with)\s+{_EVENT_NAME}")),
    ("succeeded-by", re.compile(rf"\b(?:succeeded|replaced|superseded)\s+by\s+{_EVENT_NAME}")),
    ("succeeded", re.compile(rf"\b(?:succeeded|replaced|superseded)\s+{_EVENT_NAME}")),
    ("reorganized", re.compile(rf"\b(?:reorganized|reconstituted)\s+as\s+{_EVENT_NAME}")),
    ("transfer", re.compile(rf"\btook over\s+(?:[\w-]+\s+){{0,3}}?from\s+{_EVENT_NAME}")),
    # "In 2012, the X Secretariat merged into the agency": another organization absorbed into this one
    (
        "absorbed",
        re.compile(
            rf"{_EVENT_NAME}\s+(?:was\s+)?(?:merged|folded|absorbed|integrated)\s+into\s+(?:the|this|it)\b(?!\s+[A-Z])"
        ),
    ),
)
_AS_FORMER = re.compile(rf"\b(?:as|formerly(?:\s+known\s+as)?|originally)\s+{_EVENT_NAME}")


def read_history(field: Field, identity: Identity) -> ReaderResult:
    facts: list[Fact] = []
    for sentence in SENTENCE_SPLIT.split(field.text):
        for kind, pattern in _EVENT_PATTERNS:
            for match in pattern.finditer(sentence):
                name = match["name"].rstrip(".,;")
                tail = sentence[match.end() : match.end() + 40]
                year = re.match(r"\s*(?:in|by)\s+(\d{4})\b", tail)
                date = DateValue(int(year[1])) if year else None
                other = mention(name)
                if other is None:
                    continue
                # An event is described by its sentence; a run-on "sentence" (no full stops) is cut
                # around the match, or each of its many events would carry all of it (output blow-up).
                around = (
                    sentence if len(sentence) <= 1000 else sentence[max(0, match.start() - 200) : match.end() + 200]
                )
                clause = clean(around)
                if kind in {"succeeded", "absorbed", "transfer"}:
                    facts.append(
                        ChangeEvent("predecessor" if kind == "succeeded" else kind, clause, original=other, date=date)
                    )
                elif kind == "renamed" and same_name(name, identity.name):
                    previous = _previous_name(sentence, identity)
                    original = mention(previous) if previous else None
                    facts.append(ChangeEvent("renamed", clause, original=original, date=date, previous_name=previous))
                else:
                    facts.append(ChangeEvent(kind.replace("-by", ""), clause, resulting=other, date=date))
    return unique(facts), None


def _previous_name(sentence: str, identity: Identity) -> str | None:
    """The name before a rename: "founded in 1901 as the National Bureau of Standards"."""
    if identity.former_names:
        return identity.former_names[0]
    match = _AS_FORMER.search(sentence)
    if match and not same_name(match["name"], identity.name):
        return match["name"].rstrip(".,;")
    return None
