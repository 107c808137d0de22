"""Lines typed in capitals, read in the case their words usually have, stated as written.

A registry clerk's "COMMR GENERAL: JOHN R MUSINGUZI (SINCE 2019)" hides what the readers use
to tell a name from the words around it: every word looks like a name. The readers get such a
line in the case each word usually has (``lexicon/word-case.csv``, learned from text written in
ordinary case by ``devkit/word_case.py``): "Commr General: John R Musinguzi (since 2019)". A
word the table does not know is a name's word ("Musinguzi"), or an acronym when it is short
("URA"). Only the case of single letters changes, so every position stays where it was, and
each name the readers find is then stated as the text writes it: "JOHN R MUSINGUZI".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import fields, is_dataclass, replace
from functools import cache
from types import MappingProxyType
from typing import Any

from orgkg.model import FieldFacts, Profile

from .lexicon import table

_WORD = re.compile(r"[^\W\d_]+")
_ADDRESS = re.compile(r"www\.|://|@", re.I)
_WORD_LETTERS = 4  # "N/A", "NIL", "USD 5M", "ISO 3166-1: DE" are no shouting: a line must hold words
_ACRONYM_LENGTH = 4  # an unknown word this short is an acronym ("URA", "NSSF"), a longer one a name
# The attributes of facts that hold text read from the line (names, labels, clauses), which
# are stated as written; a role word, a code or a kind is not
_AS_WRITTEN = frozenset(
    {"name", "label", "previous_name", "act", "text", "verbatim", "acronym", "street", "locality", "unit_text"}
)


@cache
def word_case() -> Mapping[str, str]:
    """Casefolded word → "lower", "title" or "upper" (lexicon/word-case.csv)."""
    return MappingProxyType({word: case for word, case in table("word-case")})


def is_shouted(text: str) -> bool:
    """Whether ``text`` is typed in capitals: no lower-case letter, and at least two words of four
    letters or more ("JOHN R MUSINGUZI"; not "EUMETSAT", "ISO 3166-1: AU", nor a script without
    case)."""
    if any(c.islower() for c in text):
        return False
    words = [w for w in _WORD.findall(text) if len(w) >= _WORD_LETTERS and w.lower() != w]
    return len(words) >= 2


def _word_in_case(word: str) -> str:
    case = word_case().get(word.casefold())
    if case is None:
        case = "upper" if len(word) <= _ACRONYM_LENGTH else "title"
    if case == "upper":
        return word
    lowered = _lower(word)
    return lowered if case == "lower" else word[0] + lowered[1:]


def _lower(text: str) -> str:
    """``text`` in lower case, one character for one ("İ" stays: ``str.lower`` makes it two), so
    positions in it are positions in ``text``."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def in_usual_case(text: str) -> str:
    """``text``, typed in capitals, with each word in its usual case; the length is unchanged. A
    web or mail address ("WWW.URA.GO.UG") stays as typed."""
    return " ".join(
        chunk if _ADDRESS.search(chunk) else _WORD.sub(lambda match: _word_in_case(match[0]), chunk)
        for chunk in text.split(" ")
    )


def as_written(fields_read: tuple[FieldFacts, ...], written: Profile) -> tuple[FieldFacts, ...]:
    """``fields_read`` with each text the readers took from a line typed in capitals given as the
    line writes it: the same letters, found in the field's written text regardless of case."""
    by_line = {field.heading_line: field for field in written.fields}
    out: list[FieldFacts] = []
    for facts in fields_read:
        source = by_line.get(facts.first_line)
        if source is None or not any(is_shouted(item.text) for item in source.items):
            out.append(facts)
            continue
        text = "\n".join(item.text for item in source.items)
        out.append(replace(facts, facts=tuple(_recased(fact, text, _lower(text)) for fact in facts.facts)))
    return tuple(out)


def _recased(value: Any, text: str, folded: str) -> Any:
    if isinstance(value, tuple):
        return tuple(_recased(item, text, folded) for item in value)
    if not is_dataclass(value) or isinstance(value, type):
        return value
    changes: dict[str, Any] = {}
    for attribute in fields(value):
        current = getattr(value, attribute.name)
        if isinstance(current, str) and attribute.name in _AS_WRITTEN:
            at = folded.find(_lower(current))
            if at >= 0 and text[at : at + len(current)] != current:
                changes[attribute.name] = text[at : at + len(current)]
        elif isinstance(current, tuple) or is_dataclass(current):
            recased = _recased(current, text, folded)
            if recased != current:
                changes[attribute.name] = recased
    return replace(value, **changes) if changes else value
