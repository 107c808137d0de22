"""Identity: the name, acronym, former names and kind of the profiled organization."""

from __future__ import annotations

import re

from orgkg.model import Field, Identity, OrgKind, Profile, Purpose

from . import lexicon
from .names import is_acronym, same_name
from .reader import ReaderResult

_KIND_WORDS: tuple[tuple[OrgKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"\b(?:{'|'.join(patterns)})\b", re.I))
    for kind, patterns in lexicon.kinds_in_order(lexicon.org_kind_keywords())
)
_NAME_KIND_WORDS: tuple[tuple[OrgKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"\b(?:{'|'.join(patterns)})\b"))
    for kind, patterns in lexicon.kinds_in_order(lexicon.org_name_keywords())
)


def org_kind_of(description: str) -> OrgKind:
    """The kind of organization an intro sentence describes.

    Only the head of the predicate ("is a collaborative initiative between ... government
    agencies") counts first, so a collaboration *with* agencies is not an agency.
    """
    predicate = re.search(r"\b(?:is|was|are)\s+(?:an?|the)?\s*(?P<rest>.*)", description)
    rest = predicate["rest"] if predicate else description
    head = " ".join(rest.split()[:6])
    for scope in (head, rest):
        for kind, pattern in _KIND_WORDS:
            if pattern.search(scope):
                return kind
    return OrgKind.ORGANIZATION


def name_kind(name: str) -> OrgKind:
    """The kind of an organization known only by its name."""
    for kind, pattern in _NAME_KIND_WORDS:
        if pattern.search(name):
            return kind
    return OrgKind.ORGANIZATION


_SENTENCE_TITLE = re.compile(r"\s(?:is|was|are)\s+(?:an?|the)\s|\.$")


def title_is_missing(profile: Profile) -> bool:
    """The first line is the intro sentence ("X (X) is an agency ...."): the title is missing."""
    return profile.intro is None and bool(_SENTENCE_TITLE.search(profile.title)) and len(profile.title.split()) >= 5


def read_identity(profile: Profile) -> Identity:
    """Name from the title; acronym, former names and kind from the intro sentence.

    Without a title line, the intro takes its place and the name is read from its start."""
    intro = profile.intro or ""
    title = profile.title.strip()
    if title_is_missing(profile):
        intro = title
        lead = re.match(r"^(?:the\s+)?(?P<name>.+?)(?<!\s)(?:\s*\([^()]*\))?(?:,|\s+(?:is|was|are)\b)", intro, re.I)
        title = lead["name"].strip() if lead else title
    acronym = None
    former: list[str] = []
    former_acronyms: list[str] = []
    formerly = re.search(
        r"^(?:the\s+)?(?P<name>[^,]+?),\s+(?:formerly|previously|originally)\s+(?:known\s+as\s+)?"
        r"(?:the\s+)?(?P<former>[^,(]+?)(?<!\s)(?:\s*\((?P<facr>[^)\s]+)\))?\s*,",
        intro,
        re.I,
    )
    if formerly:
        former.append(formerly["former"].strip())
        if formerly["facr"] and is_acronym(formerly["facr"]):
            former_acronyms.append(formerly["facr"])
    else:
        lead = re.match(r"^(?:the\s+)?(?P<name>[^()]+?)(?<!\s)\s*\((?P<acr>[^()\s]{1,16})\)", intro, re.I)
        if lead and is_acronym(lead["acr"]) and same_name(lead["name"], title):
            acronym = lead["acr"]
    return Identity(
        name=title,
        kind=org_kind_of(intro) if intro else OrgKind.ORGANIZATION,
        acronym=acronym,
        description=intro or None,
        former_names=tuple(former),
        former_acronyms=tuple(former_acronyms),
    )


def read_purpose(field: Field, _: Identity) -> ReaderResult:
    return ([Purpose(field.text)] if field.text else []), None
