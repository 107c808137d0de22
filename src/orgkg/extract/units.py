"""Divisions and programs (named units of the organization)."""

from __future__ import annotations

import re

from orgkg.model import Fact, Field, FieldStatus, Identity, Program, Unit

from . import lexicon
from .names import is_proper_name, mention
from .reader import ReaderResult
from .text import clean, split_list

UNIT_WORDS = lexicon.alternation(lexicon.unit_words())
UNIT_PHRASE = re.compile(
    rf"\b(?:an?|the|its|one)\s+(?P<unit>(?:[\w-]+\s+){{0,4}}?(?:{UNIT_WORDS}))\b(?:\s*\((?P<acr>[A-Z][\w&.-]+)\))?",
    re.I,
)
_TOPICS = re.compile(
    r"\b(?:focused on|on|covering|dealing with|for)\b.{0,300}?\b(?:like|such as|including|namely)\s+(?P<list>.+)$"
    r"|\b(?:on|covering)\s+(?P<list2>.+)$",
    re.I,
)
_PROGRAM_LEAD = re.compile(
    r"^(?:the\s+)?(?:development|creation|establishment|launch|formation)\s+of\s+(?:the\s+)?", re.I
)


def read_divisions(field: Field, identity: Identity) -> ReaderResult:
    facts: list[Fact] = []
    bullets = [item.text for item in field.items if item.bullet]
    no_formal = re.search(r"\bno\s+(?:formal\s+)?(?:divisions|units|departments)\b", field.text, re.I)
    candidates = bullets or ([] if no_formal else split_list(field.text))
    if no_formal and not bullets:
        rest = re.search(r"\bthrough\s*:?\s*(?P<rest>.+)$", field.text, re.I)
        candidates = [rest["rest"]] if rest else []
    for text in candidates:
        topics_match = _TOPICS.search(text)
        name = text
        topics: tuple[str, ...] = ()
        if topics_match and (no_formal or not is_proper_name(text)):
            name = text[: topics_match.start()]
            topics = tuple(split_list(topics_match["list"] or topics_match["list2"], on_and=False))
            topics = tuple(re.sub(r"^or\s+", "", t) for t in topics)
        found = mention(name)
        if found and found.name and (no_formal or is_proper_name(found.name)):
            facts.append(Unit(found.name, found.acronym, topics))
    status = FieldStatus.EXPLICITLY_NONE if no_formal and not facts else None
    return facts, status


def read_programs(field: Field, _: Identity) -> ReaderResult:
    facts: list[Fact] = []
    items = [item.text for item in field.items if item.bullet] or split_list(field.text, on_and=False)
    for text in items:
        text = clean(text)
        core = _PROGRAM_LEAD.sub("", text)
        found = mention(core) if core != text else None
        facts.append(Program(text, found))
    return facts, None
