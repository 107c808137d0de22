"""People and posts: the Leader field and the organization structure."""

from __future__ import annotations

import re
from dataclasses import replace

from orgkg.model import Fact, Field, FieldFacts, Identity, Post, Unit

from . import lexicon
from .names import PROPER, person, same_name
from .reader import ReaderResult
from .text import clean, strip_article, unique
from .units import UNIT_PHRASE, UNIT_WORDS

# Longest first, so "chief executive" wins over "chief"; "-" in the list stands for a space or a hyphen.
ROLE_WORDS = "|".join(role.replace("-", r"[\s-]") for role in sorted(lexicon.roles(), key=lambda r: (-len(r), r)))
ROLE = re.compile(rf"\b(?P<role>{ROLE_WORDS})\b", re.I)
_NAMED_POST = (
    re.compile(rf"^(?P<person>[^,:()]+),\s*(?P<role>.*\b(?:{ROLE_WORDS})\b.*)$", re.I),
    re.compile(rf"^(?=[^:]*:)(?P<role>[^:]*\b(?:{ROLE_WORDS})\b[^:]*):\s*(?P<person>.+)$", re.I),
    re.compile(rf"^(?P<person>[^()]+?)(?<!\s)\s*\((?=[^)]*\)$)(?P<role>[^)]*\b(?:{ROLE_WORDS})\b[^)]*)\)$", re.I),
    re.compile(rf"^(?P<role>(?:{ROLE_WORDS}))\s+(?P<person>[A-Z].+)$", re.I),
)


def role_name(word: str) -> str:
    role = re.sub(r"\s+", " ", word.lower())
    if role in {"ceo"}:
        return "chief executive officer"
    return re.sub(r"s$", "", role) if role.endswith(("chairs", "directors", "heads")) else role


def read_structure(field: Field, identity: Identity) -> ReaderResult:
    facts: list[Fact] = []
    for match in UNIT_PHRASE.finditer(field.text):
        name = clean(match["unit"])
        if re.search(r"\b(?:various|several|multiple|many)\b", name, re.I):
            continue
        facts.append(Unit(name, match["acr"]))
    for match in re.finditer(
        r"\b(?:headed|led|chaired|directed|run|managed)\s+by\s+(?:an?\s+|the\s+|two\s+)?"
        rf"(?P<role>{ROLE_WORDS})\b",
        field.text,
        re.I,
    ):
        role = role_name(match["role"])
        facts.append(Post(role, role))
    # Named bodies ("the National Science Board") that the unit pattern did not catch whole.
    for match in PROPER.finditer(field.text):
        name = match["name"]
        is_unit = re.search(rf"\b(?:{UNIT_WORDS})\b", name, re.I) and not same_name(name, identity.name)
        if is_unit and not any(isinstance(f, Unit) and same_name(strip_article(name), f.name) for f in facts):
            facts = [f for f in facts if not (isinstance(f, Unit) and f.name.lower() in name.lower())]
            facts.append(Unit(strip_article(name), match["acr"]))
    return unique(facts), None


def read_leader(field: Field, _: Identity) -> ReaderResult:
    facts: list[Fact] = []
    lines = [item.text for item in field.items] or [field.text]
    for text in lines:
        text = clean(text)
        post = _named_post(text)
        if post:
            facts.append(post)
            continue
        led_by = re.search(rf"\b(?:led|headed|chaired|directed)\s+by\s+(?:\w+\s+)?(?P<role>{ROLE_WORDS})\b", text, re.I)
        role = led_by or ROLE.search(text)
        if role:
            label = text if len(text) <= 120 and not led_by else role_name(role["role"])
            facts.append(Post(label, role_name(role["role"])))
    return unique(facts), None


def _named_post(text: str) -> Post | None:
    for pattern in _NAMED_POST:
        match = pattern.match(text)
        if not match:
            continue
        holders = [found for part in re.split(r"\s+and\s+|,\s*|\s*&\s*", match["person"]) if (found := person(part))]
        if holders:
            role_match = ROLE.search(match["role"])
            assert role_match  # guaranteed by the patterns
            return Post(clean(match["role"]), role_name(role_match["role"]), tuple(holders))
    return None


def drop_duplicate_posts(fields: list[FieldFacts]) -> list[FieldFacts]:
    """ "Headed by a Director" in the structure and "Director of X" under Leader are one
    post: the Leader field's wording wins."""
    leader_roles = {fact.role for ff in fields if ff.slug == "leader" for fact in ff.facts if isinstance(fact, Post)}
    return [
        ff
        if ff.slug == "leader"
        else replace(ff, facts=tuple(f for f in ff.facts if not (isinstance(f, Post) and f.role in leader_roles)))
        for ff in fields
    ]
