"""Partners: member organizations and partner categories."""

from __future__ import annotations

import re
from collections.abc import Iterable

from orgkg.model import Fact, Field, Identity, Member, PartnerCategory

from .names import is_acronym, is_proper_name, mention
from .reader import ReaderResult
from .text import clean, split_list, strip_article, unique

_INCLUDING = re.compile(r"^(?P<head>.+?),?(?<!\s)\s+(?:including|such as|like|notably|e\.g\.,?)\s+(?P<list>.+)$", re.I)
_PARTNER_PREAMBLE = re.compile(
    r"^.*?\b(?:works|partners|collaborates|cooperates|partnered)\s+(?:closely\s+)?with\s+"
    r"|^(?:its\s+)?(?:partners|members)\s+(?:include|are)\s+",
    re.I,
)


def read_partners(field: Field, _: Identity) -> ReaderResult:
    facts: list[Fact] = []
    prose = _PARTNER_PREAMBLE.sub("", field.text)
    items = [item.text for item in field.items if item.bullet] or split_list(prose, on_and=False)
    for text in items:
        including = _INCLUDING.match(text)
        if including:
            facts.append(PartnerCategory(clean(including["head"])))
            facts.extend(_members(split_list(including["list"])))
            continue
        parts = split_list(text)
        proper = [p for p in parts if is_proper_name(strip_article(p)) or is_acronym(p)]
        if not proper:
            for label in split_list(text, on_and=False):
                facts.append(PartnerCategory(label))
        elif len(proper) == len(parts):
            facts.extend(_members(parts))
        else:
            facts.extend(_members(proper))
            facts.extend(PartnerCategory(p) for p in parts if p not in proper)
    return unique(facts), None


def _members(names: Iterable[str]) -> list[Fact]:
    members: list[Fact] = []
    for name in names:
        found = mention(name)
        if found and (is_proper_name(found.name) or is_acronym(found.name)):
            members.append(Member(found))
    return members
