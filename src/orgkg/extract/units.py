"""Divisions and programs (named units of the organization)."""

from __future__ import annotations

import re

from orgkg.model import Fact, Field, FieldStatus, Identity, Mention, Program, Unit

from . import lexicon
from .names import NameKind, is_description, is_proper_name, org_mention, split_acronym, split_names
from .reader import ReaderResult
from .text import clean, sentences, split_items, split_list, split_top_level, strip_lead_in, unique

UNIT_WORDS = lexicon.alternation(lexicon.unit_words())
UNIT_PHRASE = re.compile(
    rf"\b(?:an?|the|its|one)\s+(?P<unit>(?:[\w-]+\s+){{0,4}}?(?:{UNIT_WORDS}))\b(?:\s*\((?P<acr>[A-Z][\w&.-]+)\))?",
    re.I,
)
# "Working groups focused on aspects like A, B or C": the unit, then its topics.
_TOPIC_LEAD = re.compile(r"\b(?:focused on|on|covering|dealing with|for)\b", re.I)
_TOPIC_CUE = re.compile(r"\b(?:like|such as|including|namely)\s+", re.I)
_TOPIC_ON = re.compile(r"\b(?:on|covering)\s+", re.I)
_THROUGH = re.compile(r"\bthrough\b", re.I)
# "Eight departments, among them A; B", "Centers include the A, the B and the C".
_CUE = re.compile(
    r"^(?P<head>(?:[^;:\s]+\s+){0,20}?)(?:among them|such as|including|includes|include|namely|comprise|comprising)"
    r"(?::\s*|,\s*|\s+)(?P<list>[^\s,:].*)$",
    re.I,
)
# "Its institutes are A, B and C" (a lowercase head before "are") and "A, B and C are the
# three areas ..." (a lowercase description after it).
_ARE = re.compile(r"\s(?:are|is)\s")
# "omniORB", "iPhone": a name written with a lowercase first letter and an inner capital.
_INNER_CAPITAL = re.compile(r"[a-z]+[A-Z][\w-]*")
_PROGRAM_LEAD = re.compile(
    r"^(?:the\s+)?(?:development|creation|establishment|launch|formation)\s+of\s+(?:the\s+)?", re.I
)


def read_divisions(field: Field, identity: Identity) -> ReaderResult:
    facts: list[Fact] = []
    bullets = [item.text for item in field.items if item.bullet]
    no_formal = re.search(r"\bno\s+(?:formal\s+)?(?:divisions|units|departments)\b", field.text, re.I)
    if no_formal and not bullets:
        through = _THROUGH.search(field.text)
        rest = field.text[through.end() :].lstrip(" :") if through else ""
        items = [(rest, False)] if rest else []
    else:
        items = [(text, True) for text in bullets] or list_items(field.text)
    for text, single in items:
        topics_match = _topics(text)
        name = text
        topics: tuple[str, ...] = ()
        if topics_match and (no_formal or not is_proper_name(text)):
            name = text[: topics_match[0]]
            topics = tuple(split_list(topics_match[1], on_and=False))
            topics = tuple(re.sub(r"^or\s+", "", t) for t in topics)
            single = True
        for piece in [one_item(name)] if single else (split_names(name, NameKind.UNIT) or []):
            found = org_mention(piece, NameKind.UNIT)
            if found:
                facts.append(Unit(found.name, found.acronym, topics))
            elif no_formal and is_description(clean(piece)):  # "Working groups or subcommittees"
                facts.append(Unit(clean(piece), None, topics))
    status = FieldStatus.EXPLICITLY_NONE if no_formal and not facts else None
    return unique(facts), status


def _topics(text: str) -> tuple[int, str] | None:
    """Where a topic clause starts in ``text`` and its list ("focused on ... like A, B")."""
    for lead in _TOPIC_LEAD.finditer(text):
        cue = _TOPIC_CUE.search(text, lead.end(), lead.end() + 300)
        if cue and text[cue.end() :].strip():
            return lead.start(), text[cue.end() :]
    on = _TOPIC_ON.search(text)
    return (on.start(), text[on.end() :]) if on and text[on.end() :].strip() else None


def list_items(text: str) -> list[tuple[str, bool]]:
    """The items of a prose list of units or programs, each with whether it is one name.

    A lead-in ("Research centres: ...", "Eight departments, among them ...") goes; then
    semicolons split, each part one name; without semicolons the list splits at commas and
    "and" only where every piece is a name (``names.split_names``).
    """
    text = _without_copula(strip_lead_in(clean(text)))
    cue = _CUE.match(text)
    if cue and ";" not in cue["head"]:
        text = cue["list"]
    parts = [
        clean(item)
        for sentence in sentences(text)
        for part in split_top_level(sentence, ";")
        for item in split_items(part)
    ]
    if len(parts) > 1:
        return [(part, True) for part in parts]
    return [(part, False) for part in parts]


def _without_copula(text: str) -> str:
    """The list in "Its institutes are the A, the B and C" or "A, B and C are the three
    areas into which ..."; ``text`` itself when "are" joins no such head or description."""
    copula = _ARE.search(text)
    if not copula or ";" in text:
        return text
    head, tail = text[: copula.start()], text[copula.end() :]
    head_words = head.split()
    if 1 <= len(head_words) <= 6 and all(w.islower() for w in head_words[1:]) and not is_proper_name(head):
        return tail  # "Its institutes are ..."
    tail_words = re.sub(r"^(?:the|its|a|an)\s", "", tail).split()
    if tail_words and tail_words[0][0].islower() and is_proper_name(split_top_level(head, ",")[0]):
        return head  # "..., B and C are the three areas ..."
    return text


def one_item(text: str) -> str:
    """One bullet or semicolon item: "X (ACR), Place" and "X, the Y" name X; an
    enumeration ("Atmosphere, Ice and Climate") stays whole."""
    text = clean(text)
    pieces = split_top_level(text, ",")
    if len(pieces) < 2:
        return text
    rest = pieces[1:]
    if pieces[0].endswith(")") or rest[0].lower().startswith("the ") or (len(rest) == 1 and " and " not in rest[0]):
        return pieces[0]
    return text


def read_programs(field: Field, _identity: Identity) -> ReaderResult:
    facts: list[Fact] = []
    bullets = [item.text for item in field.items if item.bullet]
    items = [(text, True) for text in bullets] or list_items(field.text)
    for text, single in items:
        for piece in [one_item(text)] if single else (split_names(text, NameKind.PROGRAM) or []):
            core = _PROGRAM_LEAD.sub("", piece)
            found = org_mention(core, NameKind.PROGRAM)
            name, acronym, _ = split_acronym(clean(core))
            if not found and _INNER_CAPITAL.fullmatch(name):
                found = Mention(name, "organization", acronym)  # "omniORB", "iCompute (IC)"
            if not found:
                continue
            org = Mention(found.name, "organization", found.acronym) if core != clean(piece) else None
            facts.append(Program(found.name, org, None if org else found.acronym))
    return unique(facts), None
