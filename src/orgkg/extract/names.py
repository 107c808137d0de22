"""Proper-name spans, acronyms, person names and the name check."""

from __future__ import annotations

import re

from orgkg.iri import slugify
from orgkg.model import Mention

from . import lexicon
from .text import clean, strip_article

CAP_WORD = r"(?:[A-Z][\w.&'’-]*|\d[\w.]*)"
NAME_GLUE = rf"(?:{lexicon.alternation(g.word for g in lexicon.name_glue() if g.in_names)})"
# A proper-noun phrase: capitalised words, glued by short lowercase words, optional (ACR).
PROPER = re.compile(
    rf"(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:{NAME_GLUE}\s+)*{CAP_WORD})*)"
    r"(?:\s*\((?P<acr>[A-Z][A-Za-z0-9&.\-]{1,15})\))?"
)
ACRONYM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&.\-]{1,11}$")
GLUE_WORDS = lexicon.glue_words()
PERSON = re.compile(
    r"(?P<person>[A-Z][a-zà-ÿ'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-zà-ÿ'’-]+|"
    rf"{lexicon.alternation(lexicon.name_particles())})){{1,3}})"
)
PERSON_TITLES = re.compile(
    "^(?:"
    + "|".join(re.escape(t.title) + (r"\.?" if t.abbreviation else "") for t in lexicon.person_titles())
    + r")\s+"
)
# Words that make a capitalised phrase an organization or a role, not a person.
NOT_PERSON_WORDS = lexicon.not_person_words()


def is_acronym(text: str) -> bool:
    return bool(ACRONYM.match(text))


def is_proper_name(text: str) -> bool:
    """True when every significant word is capitalised (``Department of Defense``).

    A single word must be an acronym or have an inner capital ("PowerAmerica"): a list
    that starts "Manufacturers, universities, ..." is capitalised only by position.
    """
    words = text.replace("(", " ").replace(")", " ").split()
    if not words:
        return False
    if len(words) == 1:
        return is_acronym(words[0]) or any(c.isupper() for c in words[0][1:])
    significant = [w for w in words if w.lower() not in GLUE_WORDS]
    return bool(significant) and all(w[0].isupper() or w[0].isdigit() for w in significant)


def mention(text: str, kind: str = "organization") -> Mention | None:
    """A mention from a phrase such as ``"the Advanced ... Office (AMNPO)"``."""
    text = strip_article(clean(text))
    match = re.fullmatch(r"(?P<name>.+?)\s*\((?P<acr>[A-Z][A-Za-z0-9&.\-]{1,15})\)", text)
    if match:
        return Mention(match["name"].strip(), kind, match["acr"])
    return Mention(text, kind) if text else None


def first_proper(text: str) -> Mention | None:
    """The first capitalised name in ``text`` (skipping a sentence-initial article)."""
    for match in PROPER.finditer(text):
        name = strip_article(match["name"]).strip(" .,")
        if name.lower() in GLUE_WORDS or not name:
            continue
        if name.split()[0].lower() in {"it", "its", "this", "these", "while", "with"}:
            continue
        return Mention(name, "organization", match["acr"])
    return None


def person(text: str) -> Mention | None:
    """A person's name at the start of ``text``, titles such as "President" removed."""
    text = PERSON_TITLES.sub("", clean(text))
    match = PERSON.match(text)
    if not match:
        return None
    name = match["person"].strip()
    if any(word.lower().strip(".,") in NOT_PERSON_WORDS for word in name.split()):
        return None
    return Mention(name, "person")


def same_name(a: str, b: str) -> bool:
    return slugify(strip_article(a)) == slugify(strip_article(b))
